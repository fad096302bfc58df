package dk.pulje.application.security;

import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;

/**
 * Remembers the language a person switched Pulje to, so that what Pulje sends them (reminder e-mails) speaks it too.
 * Always the caller's own account, by the caller's principal: no id travels. An atomic update, not a versioned entity
 * write, so that switching language never conflicts with an administrator editing the account.
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF, Roles.SYSTEM_ADMIN})
public class LanguagePreferences {

    private static final Set<String> SUPPORTED = Set.of("da", "en");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The language the caller last chose ("da" unless they switched); empty when the account is gone. */
    public java.util.Optional<String> stored() {
        return em.createNativeQuery("select preferred_language from user_account where username = ?1")
                .setParameter(1, context.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(String::valueOf);
    }

    /** "da" or "en"; anything else is ignored, as the language switch ignores it. */
    public void remember(String language) {
        if (language == null || !SUPPORTED.contains(language)) {
            return;
        }
        em.createNativeQuery("update user_account set preferred_language = ?1 where username = ?2 and preferred_language <> ?1")
                .setParameter(1, language)
                .setParameter(2, context.getCallerPrincipal().getName())
                .executeUpdate();
    }
}

package dk.pulje.application.fund;

import dk.pulje.application.security.ScopePerRequest;
import dk.pulje.domain.model.fund.Fund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Who administers a fund: the link user_fund, written here for a fund its creator administers from the start. */
@ApplicationScoped
public class FundAdministrators {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScopePerRequest scopePerRequest;

    /**
     * Makes the user administer the fund.
     * <p>
     * The one place that writes user_fund outside the user administration. Plain SQL on purpose, so that it does not
     * depend on how UserAccount maps the link. Each link says in which role the fund is given (V5): here always as
     * administrator, the role FundService already demanded of the caller.
     */
    public void makeAdministrator(String username, Fund fund) {
        int linked = em.createNativeQuery("""
                        insert into user_fund (user_id, fund_id, role)
                        select id, ?1, 'FUND_ADMIN' from user_account where username = ?2""")
                .setParameter(1, fund.getId())
                .setParameter(2, username)
                .executeUpdate();
        if (linked != 1) {
            throw new IllegalStateException("No user account " + username + " to administer fund " + fund.getId());
        }
        try {
            scopePerRequest.forget(); // the caller's scope, if already read in this request, lacks the new fund
        } catch (ContextNotActiveException e) {
            // no request: nothing was remembered
        }
    }
}

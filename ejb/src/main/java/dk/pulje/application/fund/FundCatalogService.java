package dk.pulje.application.fund;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rounds and sub-pools as the API reads them (issue 13): for those who read a whole portfolio, the funds they
 * administer or read as regional staff. A round outside it is not found, exactly like one that does not exist.
 * ({@link FundService} is the administrators' own, with their editing views.)
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class FundCatalogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** A round of a fund. */
    public record RoundView(long id, long fundId, String name, Integer year, Money envelope,
                            LocalDate applicationDeadline, LocalDate decisionDate) {
    }

    /** A sub-pool of a round; the target share 0..1, null when none is set. */
    public record SubPoolView(long id, long roundId, String name, SubPoolKind kind, BigDecimal targetShare) {
    }

    public Optional<RoundView> round(long roundId) {
        CallerScope scope = scopes.current();
        TypedQuery<RoundView> query = em.createQuery("""
                select new dk.pulje.application.fund.FundCatalogService$RoundView(r.id, f.id, r.name, r.year, r.envelope,
                       r.applicationDeadline, r.decisionDate)
                from FundingRound r join r.fund f where r.id = :id and\s""" + scope.readableFunds("f"), RoundView.class)
                .setParameter("id", roundId);
        scope.bind(query);
        return query.getResultStream().findFirst();
    }

    /** The round's sub-pools by name; empty when the round is not the caller's (or does not exist). */
    public Optional<List<SubPoolView>> subPools(long roundId) {
        if (round(roundId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("""
                        select new dk.pulje.application.fund.FundCatalogService$SubPoolView(sp.id, sp.round.id, sp.name,
                               sp.kind, sp.targetShare)
                        from SubPool sp where sp.round.id = :id order by sp.name, sp.id""", SubPoolView.class)
                .setParameter("id", roundId).getResultList());
    }
}

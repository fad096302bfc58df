package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Whether a round lies in the caller's portfolio: one small statement, for the API's "unknown or foreign → 404". */
final class PortfolioRounds {

    private PortfolioRounds() {
    }

    static boolean inPortfolio(EntityManager em, CallerScope scope, long roundId) {
        if (scope.portfolioFunds().isEmpty()) {
            return false;
        }
        List<?> found = em.createNativeQuery("select r.id from funding_round r where r.id = :id and r.fund_id in (:funds)")
                .setParameter("id", roundId).setParameter("funds", List.copyOf(scope.portfolioFunds()))
                .getResultList();
        return !found.isEmpty();
    }
}

package dk.pulje.it.domain;

import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: an amendment in its own transaction that reads the grant, waits until the other editor has read it
 * too, and only then writes. Both start from the same version, so only JPA's version check can stop the second.
 */
@Stateless
public class GrantRace {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Money amendAfterBothHaveRead(long grantId, Money newGranted, CyclicBarrier bothHaveRead) throws Exception {
        Grant grant = em.find(Grant.class, grantId);
        grant.getAmendments().size();
        grant.getPayments().size();
        bothHaveRead.await(30, TimeUnit.SECONDS);
        grant.amend(LocalDate.of(2025, 3, 1), "Samtidig ændring", newGranted, null, null);
        guard.flush(grant, "subject.grant");
        return newGranted;
    }
}

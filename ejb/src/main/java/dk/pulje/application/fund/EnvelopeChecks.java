package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.EnvelopeCheck;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/**
 * Builds a grant's {@link EnvelopeCheck} from what its round has granted to the other projects (one SQL sum). The rule
 * itself lives in the domain; this only fetches the figures it needs.
 */
@ApplicationScoped
public class EnvelopeChecks {

    @PersistenceContext
    private EntityManager em;

    /** For a warning: what the round has granted elsewhere now. */
    public EnvelopeCheck preview(Grant grant) {
        FundingRound round = grant.getProject().getRound();
        return round == null ? EnvelopeCheck.NONE : round.envelopeCheck(grantedElsewhere(round, grant));
    }

    /**
     * For a decision: the round is locked first, so that two administrators granting in the same round at the same
     * moment are counted one after the other and cannot together slip past the envelope each thought they kept.
     */
    public EnvelopeCheck forDecision(Grant grant) {
        FundingRound round = grant.getProject().getRound();
        if (round == null) {
            return EnvelopeCheck.NONE;
        }
        lockRoundOf(grant.getProject());
        return round.envelopeCheck(grantedElsewhere(round, grant));
    }

    /**
     * Locks the project's round for a decision that counts against its envelope, and reads the round as it is now.
     * <p>
     * The lock is {@code FOR NO KEY UPDATE}, not the {@code FOR UPDATE} that {@code em.lock(PESSIMISTIC_WRITE)} takes:
     * it makes two decisions in a round wait for each other, and nothing else. Every write that moves a round's sums
     * goes through its summary row (triggers), whose foreign key makes PostgreSQL take a key-share lock on the round:
     * at a project's insert, and again at any later write of a summary row the transaction has already written (an
     * import, a project registered with its grant). {@code FOR UPDATE} conflicts with key-share, so a decision that
     * held the round and waited for the summary row, and a writer that held the summary row and wanted its key-share,
     * waited for each other until PostgreSQL ended one of them as a deadlock (RegisterAndGrantConcurrentlyIT). A
     * decision writes the summary too, so it must lock the round before it writes anything, or two decisions wait for
     * each other the same way: a transaction that may first create the grant calls this at its start. Locking twice in
     * one transaction is harmless; the lock's query flushes nothing.
     */
    public void lockRoundOf(Project project) {
        FundingRound round = project.getRound();
        if (round == null) {
            return;
        }
        em.createNativeQuery("select id from funding_round where id = ?1 for no key update")
                .setParameter(1, round.getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        em.refresh(round); // the envelope as committed when the lock was granted
    }

    /** Σ granted in the round, all projects. */
    public Money grantedIn(FundingRound round) {
        BigDecimal sum = em.createQuery("select sum(g.granted.amount) from Grant g where g.project.round = :round",
                        BigDecimal.class)
                .setParameter("round", round)
                .getSingleResult();
        return Money.dkk(sum == null ? BigDecimal.ZERO : sum);
    }

    private Money grantedElsewhere(FundingRound round, Grant grant) {
        BigDecimal sum = em.createQuery("""
                        select sum(g.granted.amount) from Grant g
                        where g.project.round = :round and g <> :grant""", BigDecimal.class)
                .setParameter("round", round)
                .setParameter("grant", grant)
                .getSingleResult();
        return Money.dkk(sum == null ? BigDecimal.ZERO : sum);
    }
}

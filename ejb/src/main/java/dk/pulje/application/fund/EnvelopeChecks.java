package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.EnvelopeCheck;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
     * Locks the project's round for a decision that counts against its envelope. A transaction that will decide must
     * call this before it writes anything that moves the round's sums: such a write updates the round's summary row
     * (a trigger), and a project being registered in the round meanwhile holds a key-share lock on the round (its
     * foreign key) while it waits for that same summary row. Locking the round after the summary made the two wait
     * for each other, and PostgreSQL ended one of them as a deadlock (RegisterAndGrantConcurrentlyIT). Locking it
     * twice in one transaction is harmless.
     */
    public void lockRoundOf(Project project) {
        FundingRound round = project.getRound();
        if (round != null) {
            em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        }
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

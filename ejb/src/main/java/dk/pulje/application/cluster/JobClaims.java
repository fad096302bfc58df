package dk.pulje.application.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes a scheduled job run once across all servers (job_run, V31; ADR 0022): each server's timer asks to
 * {@link #claim} the slot it fires for, and only the one that gets it runs. Each call is a transaction of its own, so
 * the claim is visible to the other servers before the run starts, and the outcome is recorded even when the run's
 * own work rolled back.
 * <p>
 * {@code @PermitAll}: called by timers, which have no caller; no page or endpoint reaches it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    /** Runs older than this are forgotten when a new one is claimed (11 a day for the reminders). */
    static final Duration KEPT = Duration.ofDays(90);

    @PersistenceContext(unitName = "pulje")
    private EntityManager em;

    /** True when this server got the slot and is to run the job; false when another server (or run) had it. */
    public boolean claim(String job, Instant slot, Instant now) {
        em.createNativeQuery("delete from job_run where job = ?1 and slot < ?2")
                .setParameter(1, job)
                .setParameter(2, Timestamp.from(slot.minus(KEPT)))
                .executeUpdate();
        return em.createNativeQuery("""
                        insert into job_run (job, slot, node, started_at) values (?1, ?2, ?3, ?4)
                        on conflict (job, slot) do nothing""")
                .setParameter(1, job)
                .setParameter(2, Timestamp.from(slot))
                .setParameter(3, node())
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /** What the run did, in words for an operator (kept short). */
    public void finish(String job, Instant slot, Instant now, String outcome) {
        em.createNativeQuery("update job_run set finished_at = ?1, outcome = ?2 where job = ?3 and slot = ?4")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .setParameter(3, job)
                .setParameter(4, Timestamp.from(slot))
                .executeUpdate();
    }

    /** The server that holds a slot, if any has claimed it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> holder(String job, Instant slot) {
        return em.createNativeQuery("select node from job_run where job = ?1 and slot = ?2", String.class)
                .setParameter(1, job)
                .setParameter(2, Timestamp.from(slot))
                .getResultStream().findFirst().map(String.class::cast);
    }

    /** The name this server goes by: WildFly's node name (set per node in a cluster), else the host name. */
    static String node() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            name = System.getProperty("jboss.host.name", "pulje");
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}

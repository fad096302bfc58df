package dk.pulje.application.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The API's idempotency keys (ADR 0019): a POST with {@code Idempotency-Key} first claims the key for the calling user,
 * in a transaction of its own, before anything is written. The unique (user, key) constraint lets exactly one of two
 * concurrent retries through; the others see the claim. When the write has answered, its answer is kept with the key,
 * and a repeat gets that answer instead of a second write. A write that failed releases its claim, so that the client
 * may correct and resend. Each method is its own transaction so that a claim is visible to a retry at once and
 * survives the write's rollback.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyService {

    /** How long a key is remembered. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /**
     * Claims the key for the caller, or says what an earlier request with the same key did.
     *
     * @param requestHash the hash of method, path and body, to tell a repeat from another request under the same key
     */
    public IdempotencyClaim claim(String key, String method, String path, String requestHash) {
        Instant now = clock.instant();
        long user = callerId();
        em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(LIFETIME))).executeUpdate();
        int inserted = em.createNativeQuery("""
                        insert into idempotency_key (user_id, idempotency_key, request_method, request_path, request_hash,
                                                     created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (user_id, idempotency_key) do nothing""")
                .setParameter(1, user).setParameter(2, key).setParameter(3, method).setParameter(4, path)
                .setParameter(5, requestHash).setParameter(6, Timestamp.from(now)).executeUpdate();
        List<?> rows = em.createNativeQuery("""
                        select id, request_hash, status, response_headers, response_body from idempotency_key
                        where user_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, user).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            // Claimed and released again by a concurrent request in the same instant: treat as in progress.
            return IdempotencyClaim.inProgress();
        }
        Object[] row = (Object[]) rows.get(0);
        long id = ((Number) row[0]).longValue();
        if (inserted == 1) {
            return IdempotencyClaim.claimed(id);
        }
        if (!requestHash.equals(row[1])) {
            return IdempotencyClaim.otherRequest();
        }
        if (row[2] == null) {
            return IdempotencyClaim.inProgress();
        }
        return IdempotencyClaim.replay(((Number) row[2]).intValue(), (String) row[3], (String) row[4]);
    }

    /** Keeps the answer of the write that claimed the key. */
    public void complete(long claimId, int status, String headers, String body) {
        em.createNativeQuery("""
                        update idempotency_key set status = ?2, response_headers = ?3, response_body = ?4, completed_at = ?5
                        where id = ?1 and user_id = ?6""")
                .setParameter(1, claimId).setParameter(2, status).setParameter(3, headers).setParameter(4, body)
                .setParameter(5, Timestamp.from(clock.instant())).setParameter(6, callerId()).executeUpdate();
    }

    /** Gives the key back after a write that changed nothing (refused or failed), so that it may be sent again. */
    public void release(long claimId) {
        em.createNativeQuery("delete from idempotency_key where id = ?1 and user_id = ?2 and status is null")
                .setParameter(1, claimId).setParameter(2, callerId()).executeUpdate();
    }

    private long callerId() {
        String username = context.getCallerPrincipal().getName();
        Optional<?> id = em.createNativeQuery("select id from user_account where username = ?1")
                .setParameter(1, username).getResultStream().findFirst();
        return id.map(v -> ((Number) v).longValue())
                .orElseThrow(() -> new IllegalStateException("no account for the caller"));
    }
}

package dk.pulje.application.security;

import dk.pulje.domain.model.account.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the expensive password hash (PBKDF2, ~0.15 s of one core) so that a burst of logins cannot take the server
 * down:
 * <ul>
 *   <li>at most {@link #PERMITS} hashes run at once; an attempt that cannot start within {@link #WAIT_MS} ms is
 *       answered {@link Verdict#BUSY} (the caller says "try again in a second") instead of queueing threads;</li>
 *   <li>the same credentials checked concurrently are hashed once and the others wait for that result (an API client
 *       firing 50 calls in parallel costs one hash);</li>
 *   <li>a credential that matched is remembered for {@link #REMEMBER_MS} ms as an HMAC under a key that exists only in
 *       this process, tied to the stored hash (a new password forgets it), so repeated API calls do not hash again.
 *       Failures are never remembered: every wrong guess costs the full hash, known user or not.</li>
 * </ul>
 * No database connection is held by any of this: callers read the account first and write the outcome afterwards.
 */
@ApplicationScoped
public class PasswordCheck {

    public enum Verdict { MATCH, NO_MATCH, BUSY }

    static final int PERMITS = Math.max(2, Runtime.getRuntime().availableProcessors());
    static final long WAIT_MS = 250;
    static final long REMEMBER_MS = 60_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Semaphore permits = new Semaphore(PERMITS);
    private final Map<String, CompletableFuture<Verdict>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    public PasswordCheck() {
        new SecureRandom().nextBytes(key);
    }

    public Verdict verify(char[] password, String storedHash) {
        String id = fingerprint(password, storedHash);
        Long until = remembered.get(id);
        if (until != null && until > System.currentTimeMillis()) {
            return Verdict.MATCH;
        }
        CompletableFuture<Verdict> mine = new CompletableFuture<>();
        CompletableFuture<Verdict> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Verdict verdict = hash(password, storedHash);
            if (verdict == Verdict.MATCH) {
                if (remembered.size() > MAX_REMEMBERED) {
                    remembered.clear();
                }
                remembered.put(id, System.currentTimeMillis() + REMEMBER_MS);
            }
            mine.complete(verdict);
            return verdict;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    /** A hash of a new password, under the same bound on concurrent hashing. Empty when the server is too busy. */
    public java.util.Optional<String> hashNew(char[] password) {
        if (!acquire()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(hasher.hash(password));
        } finally {
            permits.release();
        }
    }

    public boolean needsRehash(String storedHash) {
        return hasher.needsRehash(storedHash);
    }

    private Verdict hash(char[] password, String storedHash) {
        if (!acquire()) {
            return Verdict.BUSY;
        }
        try {
            return hasher.verify(password, storedHash) ? Verdict.MATCH : Verdict.NO_MATCH;
        } finally {
            permits.release();
        }
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String fingerprint(char[] password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

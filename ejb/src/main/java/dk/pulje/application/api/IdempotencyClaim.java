package dk.pulje.application.api;

/**
 * What claiming an idempotency key found: the key is now this request's ({@code CLAIMED}, with the claim's id), an
 * earlier request with the same key and body has answered ({@code REPLAY}, with that answer), it is still running
 * ({@code IN_PROGRESS}), or the key was used for a different request ({@code OTHER_REQUEST}).
 */
public record IdempotencyClaim(Outcome outcome, long claimId, int status, String headers, String body) {

    public enum Outcome { CLAIMED, REPLAY, IN_PROGRESS, OTHER_REQUEST }

    static IdempotencyClaim claimed(long id) {
        return new IdempotencyClaim(Outcome.CLAIMED, id, 0, null, null);
    }

    static IdempotencyClaim replay(int status, String headers, String body) {
        return new IdempotencyClaim(Outcome.REPLAY, 0, status, headers, body);
    }

    static IdempotencyClaim inProgress() {
        return new IdempotencyClaim(Outcome.IN_PROGRESS, 0, 0, null, null);
    }

    static IdempotencyClaim otherRequest() {
        return new IdempotencyClaim(Outcome.OTHER_REQUEST, 0, 0, null, null);
    }
}

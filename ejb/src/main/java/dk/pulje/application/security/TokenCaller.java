package dk.pulje.application.security;

/**
 * Who a request with a valid token acts as: the token's user as the account is now (roles read on each request), and
 * which token it was, for the read-only check and the security log.
 */
public record TokenCaller(AuthenticatedUser user, long tokenId, String tokenName, String tokenPrefix, boolean readOnly) {
}

package dk.pulje.application.security;

import java.io.Serializable;

import dk.pulje.domain.model.account.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the user administration lists them: no password hash, ever.
 *
 * @param administeredFundIds funds the user administers (as {@link Role#FUND_ADMIN})
 * @param readFundIds         funds the user reads (as {@link Role#REGIONAL_STAFF})
 */
public record UserSummary(long id, long version, String username, String displayName, String email, boolean enabled,
                          Set<Role> roles, Set<Long> organisationIds, Set<Long> administeredFundIds,
                          Set<Long> readFundIds, Instant lastLoginAt) implements Serializable {
}

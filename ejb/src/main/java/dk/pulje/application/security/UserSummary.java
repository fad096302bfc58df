package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;

import java.time.Instant;
import java.util.Set;

/** A user as the user administration lists them: no password hash, ever. */
public record UserSummary(long id, long version, String username, String displayName, String email, boolean enabled,
                          boolean locked, Set<Role> roles, Set<Long> organisationIds, Set<Long> fundIds,
                          Instant lastLoginAt) {
}

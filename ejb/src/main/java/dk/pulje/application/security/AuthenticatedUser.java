package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;

import java.time.Instant;
import java.util.Set;

/**
 * Who logged in, with the roles the container is told about.
 *
 * @param passwordChangedAt when the password was last set: a session started under an older password is ended
 */
public record AuthenticatedUser(String username, String displayName, Set<Role> roles, Instant passwordChangedAt) {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}

package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;

import java.util.Set;

/** Who logged in, with the roles the container is told about. */
public record AuthenticatedUser(String username, String displayName, Set<Role> roles) {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}

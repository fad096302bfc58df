package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A user as a system administrator creates them, with a first password that the user should change. Funds are given
 * per role: administered ones to a fund administrator, read ones to regional staff.
 */
public record NewUser(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String displayName,
                      @Size(max = 254) String email, @NotNull char[] password, @NotNull Set<Role> roles,
                      @NotNull Set<Long> organisationIds, @NotNull Set<Long> administeredFundIds,
                      @NotNull Set<Long> readFundIds) {
}

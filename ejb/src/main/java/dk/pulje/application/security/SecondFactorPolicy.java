package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.function.Function;

/**
 * Whether fund administrators and system administrators must have a second factor: {@code PULJE_REQUIRE_MFA=true|false}
 * as a system property (which WildFly's management model can set and remove while the server runs) or an environment
 * variable. Without either it is on, except on a demo database ({@code PULJE_DEMO_DATA=true}, where everybody shares
 * one published password anyway). Read at each use: it costs a map lookup.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    static final String SWITCH = "PULJE_REQUIRE_MFA";
    static final String DEMO_SWITCH = "PULJE_DEMO_DATA";

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    public SecondFactorPolicy() {
        this(System::getProperty, System::getenv);
    }

    SecondFactorPolicy(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public boolean required() {
        String value = properties.apply(SWITCH);
        if (value == null || value.isBlank()) {
            value = environment.apply(SWITCH);
        }
        if (value == null || value.isBlank()) {
            return !Boolean.parseBoolean(environment.apply(DEMO_SWITCH));
        }
        return Boolean.parseBoolean(value.strip());
    }

    /** Whether a person with these roles must have a second factor before doing anything. */
    public boolean requiredFor(Set<Role> roles) {
        return (roles.contains(Role.FUND_ADMIN) || roles.contains(Role.SYSTEM_ADMIN)) && required();
    }
}

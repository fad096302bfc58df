package dk.pulje.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Pulje's part of {@code /health/ready} on the management interface (issue 14): ready only while PuljeDS hands out a
 * connection that answers. WildFly adds its own checks (boot errors, server state, deployments); before this check is
 * deployed, i.e. while Flyway migrates, the server answers DOWN (configure-server.cli sets the empty readiness status).
 * Not a liveness check: a database that is away is no reason to restart WildFly, which recovers by itself.
 *
 * <p>In a library jar of the EAR ({@code lib/pulje-health.jar}), not in the WAR or the EJB jar: WildFly does not look
 * for health checks in an EAR's subdeployments (WFLY-12835; a check in either was silently left out), only in what
 * the EAR itself holds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "pulje-database";
    /** Seconds; well below a probe's usual timeout, so the probe gets an answer instead of a hang. */
    private static final int VALIDATION_TIMEOUT = 2;

    @Resource(lookup = "java:jboss/datasources/PuljeDS")
    private DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT);
            return HealthCheckResponse.named(NAME).status(valid).build();
        } catch (SQLException | RuntimeException unreachable) {
            // The kind of failure only: a message may carry host names or the database's own words.
            return HealthCheckResponse.named(NAME).down()
                    .withData("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}

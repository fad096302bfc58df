package dk.pulje.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Pulje's REST API under {@code /pulje/api}. Clients authenticate with HTTP Basic on every request (no session,
 * no cookie); what they see is scoped exactly like the pages.
 */
@ApplicationPath("/api")
public class PuljeApi extends Application {
}

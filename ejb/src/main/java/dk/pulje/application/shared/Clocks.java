package dk.pulje.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: Danish time, so that "today" is the funders' today. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}

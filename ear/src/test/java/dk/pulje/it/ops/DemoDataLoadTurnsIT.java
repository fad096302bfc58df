package dk.pulje.it.ops;

import dk.pulje.infrastructure.demo.DemoDataLoader;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two servers starting at once on an empty database (./pulje cluster) must not both load the demo portfolio: the
 * loader looks for funds only while it holds a database lock, so the second waits for the first one's commit. Here a
 * connection of the test holds that lock, as the other server's start-up would, and the loader must wait for it.
 */
@PuljeIntegrationTest
class DemoDataLoadTurnsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DemoDataLoadTurnsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/PuljeDS")
    DataSource database;

    @EJB
    DemoDataLoader loader;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aSecondServerLooksForFundsOnlyAfterTheFirstHasCommitted() throws Exception {
        Future<?> secondServer;
        try (Connection firstServer = database.getConnection()) {
            // a transaction-scoped advisory lock, as the loader takes it: held until this connection's transaction ends
            boolean autoCommit = firstServer.getAutoCommit();
            firstServer.setAutoCommit(false);
            try (PreparedStatement lock = firstServer.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, DemoDataLoader.LOAD_LOCK);
                lock.execute();
            }
            secondServer = executor.submit(() -> loader.loadIfWanted());
            assertThrows(TimeoutException.class, () -> secondServer.get(1500, TimeUnit.MILLISECONDS),
                    "the loader went on while another server held the lock");
            firstServer.commit();
            firstServer.setAutoCommit(autoCommit);
        }
        secondServer.get(30, TimeUnit.SECONDS); // and once it is released, it looks, finds funds, and loads nothing
    }
}

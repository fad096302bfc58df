package dk.pulje.web.support;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are "the database is away" (503, try again) and which are bugs (500 with an incident). */
class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionDeepInTheChainIsUnavailable() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertTrue(DatabaseUnavailable.isCauseOf(new ServletException(new EJBException(new PersistenceException(refused)))));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("An I/O error occurred", "08006")));
    }

    @Test
    void aCrashedOrRecoveringServerIsUnavailable() {
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection because of crash", "57P02")));
        assertTrue(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("the database system is starting up", "57P03"))));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "22000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DatabaseUnavailable.isCauseOf(batch), "the real cause of a batch failure is in the next exception");
    }

    @Test
    void aConnectorThatHasNoConnectionToGiveIsUnavailable() {
        assertTrue(DatabaseUnavailable.isCauseOf(new IllegalStateException(
                new jakarta.resource.ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/PuljeDS"))));
    }

    /**
     * The shape FaultsIT met when PostgreSQL died during a commit: Narayana's RollbackException names the connector's
     * failure to commit only as a suppressed exception, whose causes lead to the lost connection.
     */
    @Test
    void aCommitThatLostItsConnectionIsUnavailableThoughOnlySuppressedSaysSo() throws Exception {
        jakarta.transaction.RollbackException rollback =
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException commit = new javax.transaction.xa.XAException("IJ001156: Could not commit local transaction");
        commit.initCause(new jakarta.resource.ResourceException("SQLException",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        rollback.addSuppressed(commit);
        assertTrue(DatabaseUnavailable.isCauseOf(new jakarta.ejb.EJBTransactionRolledbackException("rolled back", rollback)));
        assertFalse(DatabaseUnavailable.isCauseOf(new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    @Test
    void bugsAndBrokenRulesAreNot() {
        assertFalse(DatabaseUnavailable.isCauseOf(new NullPointerException()));
        assertFalse(DatabaseUnavailable.isCauseOf(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("no state")));
        RuntimeException loop = new RuntimeException();
        assertFalse(DatabaseUnavailable.isCauseOf(new RuntimeException(loop)));
        RuntimeException suppressesItself = new RuntimeException();
        suppressesItself.addSuppressed(new IllegalStateException(suppressesItself));
        assertFalse(DatabaseUnavailable.isCauseOf(suppressesItself));
    }
}

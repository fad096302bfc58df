package dk.pulje.web.support;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which failures are answered 503 "try again", and why: the database away, or a change that met another. */
class TryAgainTest {

    @Test
    void aDeadlockOrSerialisationFailureAnywhereInTheChainIsAConcurrentWrite() {
        SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
        assertEquals(Optional.of(TryAgain.CONCURRENT_WRITE),
                TryAgain.of(new EJBException(new OptimisticLockException(new PersistenceException(deadlock)))));
        assertEquals(Optional.of(TryAgain.CONCURRENT_WRITE),
                TryAgain.of(new SQLException("could not serialize access due to concurrent update", "40001")));
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into project … was aborted", "22000",
                new int[0]);
        batch.setNextException(deadlock);
        assertEquals(Optional.of(TryAgain.CONCURRENT_WRITE), TryAgain.of(new PersistenceException(batch)),
                "a batch names the statement's own error as its next exception");
    }

    @Test
    void theDatabaseAwayComesFirstAndKeepsItsLongerWait() {
        assertEquals(Optional.of(TryAgain.DATABASE_AWAY), TryAgain.of(new SQLException("I/O error", "08006")));
        assertEquals(DatabaseUnavailable.RETRY_AFTER_SECONDS, TryAgain.DATABASE_AWAY.retryAfterSeconds());
        assertEquals("1", TryAgain.CONCURRENT_WRITE.retryAfterSeconds());
        assertEquals("error.busy.text", TryAgain.CONCURRENT_WRITE.textKey());
        assertEquals("api.database.busy", TryAgain.CONCURRENT_WRITE.apiKey());
    }

    @Test
    void bugsBrokenRulesAndVersionConflictsAreNeither() {
        assertEquals(Optional.empty(), TryAgain.of(null));
        assertEquals(Optional.empty(), TryAgain.of(new NullPointerException()));
        assertEquals(Optional.empty(), TryAgain.of(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertEquals(Optional.empty(), TryAgain.of(new OptimisticLockException("Row was updated by another transaction")),
                "a newer version is a conflict the editor must see (412/ConcurrentChange), not a retry");
        assertEquals(Optional.empty(), TryAgain.of(new SQLException("canceling statement due to lock timeout", "55P03")));
    }
}

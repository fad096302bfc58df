package dk.pulje.it.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while some code runs (inside the server). */
public final class Statements {

    private Statements() {
    }

    public static long countWhile(EntityManagerFactory emf, Runnable work) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        synchronized (Statements.class) {
            boolean wasEnabled = statistics.isStatisticsEnabled();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            try {
                work.run();
                return statistics.getPrepareStatementCount();
            } finally {
                statistics.setStatisticsEnabled(wasEnabled);
            }
        }
    }
}

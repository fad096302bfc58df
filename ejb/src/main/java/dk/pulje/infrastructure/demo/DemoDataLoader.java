package dk.pulje.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the demo portfolio at start-up when {@code PULJE_DEMO_DATA=true} and the database holds no fund yet.
 * Demo data is deliberately not a migration: a production database starts empty (docs/adr/0002-flyway-migrations.md).
 * {@code ./pulje run} sets the switch for its own embedded database; the integration tests set it too.
 */
@Singleton
@Startup
public class DemoDataLoader {

    static final String SWITCH = "PULJE_DEMO_DATA";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadIfWanted() {
        if (!Boolean.parseBoolean(System.getenv(SWITCH))) {
            return;
        }
        long funds = em.createQuery("select count(f) from Fund f", Long.class).getSingleResult();
        if (funds > 0) {
            LOG.info("Demo data requested, but the database already holds funds: nothing loaded");
            return;
        }
        new DemoPortfolio(em).load(clock.instant());
        LOG.info("Demo data loaded: the seed documents' funds and projects, and the demo users");
    }
}

package dk.pulje.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
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
    /** The PostgreSQL advisory lock that lets one server at a time look for funds and load (any fixed number). */
    public static final long LOAD_LOCK = 0x70756c6a65L; // "pulje"

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** At start-up; public so that a test can show two servers starting at once take turns. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @PermitAll // takes no input, loads only into a database without funds, and only when the server's switch says so
    public void loadIfWanted() {
        if (!Boolean.parseBoolean(System.getenv(SWITCH))) {
            return;
        }
        // Two servers starting at once on an empty database (./pulje cluster, issue 14) would both find no fund and
        // both load the demo. The first to take this lock loads; the other waits for its commit, then finds the funds.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l").setParameter(1, LOAD_LOCK)
                .getSingleResult();
        long funds = em.createQuery("select count(f) from Fund f", Long.class).getSingleResult();
        if (funds > 0) {
            LOG.info("Demo data requested, but the database already holds funds: nothing loaded");
            return;
        }
        new DemoPortfolio(em).load(clock.instant());
        LOG.info("Demo data loaded: the seed documents' funds and projects, and the demo users");
    }
}

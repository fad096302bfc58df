package dk.pulje.it.domain;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.Hibernate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entity is its row, whether Hibernate hands out the loaded object or a lazy proxy of it: a proxy that has not been
 * read yet compares equal to the loaded entity, both ways, and finds it in a set.
 */
@PuljeIntegrationTest
class EntityIdentityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(EntityIdentityIT.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @Test
    void anUninitialisedProxyEqualsItsOwnLoadedRow() {
        // Two persistence contexts: within one, getReference after find would return the loaded object itself.
        EntityManager proxies = emf.createEntityManager();
        EntityManager loads = emf.createEntityManager();
        try {
            long fundId = loads.createQuery("select min(f.id) from Fund f", Long.class).getSingleResult();
            long otherFundId = loads.createQuery("select max(f.id) from Fund f", Long.class).getSingleResult();
            assertNotEquals(fundId, otherFundId, "the demo data has two funds");

            Fund proxy = proxies.getReference(Fund.class, fundId);
            Fund loaded = loads.find(Fund.class, fundId);
            assertFalse(Hibernate.isInitialized(proxy), "a proxy, not yet read");
            assertNotSame(proxy, loaded);

            assertTrue(proxy.equals(loaded), "proxy equals the loaded row");
            assertTrue(loaded.equals(proxy), "loaded row equals the proxy");
            assertEquals(proxy.hashCode(), loaded.hashCode());
            Set<Fund> funds = new HashSet<>(Set.of(loaded));
            assertTrue(funds.contains(proxies.getReference(Fund.class, fundId)), "a set of loaded rows finds the proxy");

            assertNotEquals(proxies.getReference(Fund.class, otherFundId), loaded, "another row is another entity");
        } finally {
            proxies.close();
            loads.close();
        }
    }
}

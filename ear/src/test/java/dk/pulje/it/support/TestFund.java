package dk.pulje.it.support;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The fund that tests which change data work in, administered by the demo user admin. The demo funds stay exactly as
 * the seed documents say, whatever order the test classes run in.
 */
@Stateless
@PermitAll
public class TestFund {

    public static final String SHORT_NAME = "Testpuljen";

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long ensure() {
        List<Long> existing = em.createQuery("select f.id from Fund f where f.shortName = :name", Long.class)
                .setParameter("name", SHORT_NAME).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Organisation funder = new Organisation("Testfonden", OrganisationType.AGENCY, null);
        em.persist(funder);
        Fund fund = new Fund(funder, "Puljen til integrationstestene", SHORT_NAME);
        em.persist(fund);
        em.flush();
        em.createNativeQuery("insert into user_fund (user_id, fund_id, role) select id, ?1, 'FUND_ADMIN' from user_account where username = 'admin'")
                .setParameter(1, fund.getId()).executeUpdate();
        return fund.getId();
    }
}

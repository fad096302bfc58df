package dk.pulje.it.dashboard;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/**
 * Runs test code as demo user "region" (regional staff) inside one transaction that is always rolled back, like
 * {@code AdminRolledBack}: the dashboards must show regional staff their funds' figures, not only administrators.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@RunAs("REGIONAL_STAFF")
@RunAsPrincipal("region")
public class RegionRolledBack {

    @Resource
    private SessionContext context;

    public <T> T call(Callable<T> work) throws Exception {
        try {
            return work.call();
        } finally {
            context.setRollbackOnly();
        }
    }
}

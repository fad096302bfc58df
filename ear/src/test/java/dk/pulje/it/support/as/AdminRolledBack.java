package dk.pulje.it.support.as;

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
 * Runs test code as demo user "admin" inside one transaction that is always rolled back: the rows a test writes in SQL
 * are seen by the services it calls (they join the transaction) and are gone afterwards, so that the work lists of
 * other test classes stay as they were.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@RunAs("FUND_ADMIN")
@RunAsPrincipal("admin")
public class AdminRolledBack {

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

package dk.pulje.it.support.as;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/**
 * Runs test code as "mixed-roles": a fund administrator who is also regional staff. @RunAs grants one role; the
 * second (REGIONAL_STAFF) is added for this principal by the test deployment's jboss-ejb3.xml in pulje-ejb.jar
 * ({@link dk.pulje.it.support.PuljeDeployments#withTests}). The user is created by the test that uses it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs("FUND_ADMIN")
@RunAsPrincipal("mixed-roles")
public class AsMixed {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

package dk.pulje.it.support.as;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Runs test code inside the server as demo user "sysadmin": the system administrator. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call keeps its own transaction
@RunAs("SYSTEM_ADMIN")
@RunAsPrincipal("sysadmin")
public class AsSysadmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

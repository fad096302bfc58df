package dk.pulje.it.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Runs work as "randers" inside the caller's transaction, so that it reads rows the caller wrote and will roll back. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@RunAs("APPLICANT")
@RunAsPrincipal("randers")
public class RandersInTheSameTransaction {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

package dk.pulje.it.support.as;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/**
 * Runs test code as "partner-aalborg", an applicant of Aalborg Bibliotekerne, which takes part in "AI i borgernes
 * hænder" without owning it. The user is not demo data: the test that needs it creates it first.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs("APPLICANT")
@RunAsPrincipal("partner-aalborg")
public class AsPartner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

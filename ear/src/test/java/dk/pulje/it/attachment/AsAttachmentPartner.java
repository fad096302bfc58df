package dk.pulje.it.attachment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/**
 * Runs test code as "attachment-partner", an applicant of the partner organisation of the attachment tests' projects
 * (its own, so that the demo partner's view of the seed stays as ScopingIT counts it).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs("APPLICANT")
@RunAsPrincipal(AsAttachmentPartner.USERNAME)
public class AsAttachmentPartner {

    static final String USERNAME = "attachment-partner";
    static final String ORGANISATION = "Bilagspartnerens Bibliotek";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

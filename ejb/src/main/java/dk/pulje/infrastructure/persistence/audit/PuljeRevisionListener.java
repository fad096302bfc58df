package dk.pulje.infrastructure.persistence.audit;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Stamps each revision with the caller of the service that made the change. Envers creates the listener itself, so it
 * looks the EJB context up instead of having it injected. Without a logged-in caller the change is the system's.
 */
public class PuljeRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((PuljeRevision) revisionEntity).setUsername(currentUser());
    }

    static String currentUser() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal caller = context.getCallerPrincipal();
            return caller == null || "anonymous".equals(caller.getName()) ? SYSTEM : caller.getName();
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}

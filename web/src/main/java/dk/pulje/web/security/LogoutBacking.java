package dk.pulje.web.security;

import dk.pulje.application.security.SecurityLog;
import dk.pulje.domain.model.account.SecurityEventType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The "Log ud" button in the header: ends the login and the whole session. A POST, so no link can log anyone out. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private SecurityLog securityLog;

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        securityLog.record(SecurityEventType.LOGOUT, username, null, request.getRemoteAddr(), null);
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        faces.responseComplete();
    }
}

package dk.pulje.web.security;

import dk.pulje.domain.model.account.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;


/** Who is looking, for the header and menus. What they may do is decided by the services, not here. */
@Named
@RequestScoped
public class UserBacking {

    @Inject
    private SecurityContext securityContext;

    /** The remote user, not the caller principal: WildFly names an unauthenticated caller "anonymous". */
    public boolean isLoggedIn() {
        return externalContext().getRemoteUser() != null;
    }

    /** The person's name as their account states it ("Anne Kjær Madsen"); the username when the account has none. */
    public String getDisplayName() {
        ExternalContext externalContext = externalContext();
        String user = externalContext.getRemoteUser();
        if (user == null) {
            return "";
        }
        Object name = externalContext.getRequestMap().get(PuljeAuthenticationMechanism.DISPLAY_NAME);
        return name instanceof String text && !text.isBlank() ? text : user;
    }

    /**
     * The current Faces request's context, looked up at each use, never injected: Faces produces an injected
     * ExternalContext once per servlet request, and when a page fails, the error page is a second Faces request inside
     * the same servlet request, so the injected one would be the failed request's, released, with a null request.
     */
    private static ExternalContext externalContext() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public boolean isSeesProjects() {
        return securityContext.isCallerInRole(Roles.FUND_ADMIN) || securityContext.isCallerInRole(Roles.APPLICANT)
                || securityContext.isCallerInRole(Roles.REGIONAL_STAFF);
    }

    public boolean isSystemAdmin() {
        return securityContext.isCallerInRole(Roles.SYSTEM_ADMIN);
    }

    public boolean isApplicant() {
        return securityContext.isCallerInRole(Roles.APPLICANT);
    }

    public boolean isFundAdmin() {
        return securityContext.isCallerInRole(Roles.FUND_ADMIN);
    }

    public boolean isRegionalStaff() {
        return securityContext.isCallerInRole(Roles.REGIONAL_STAFF);
    }
}

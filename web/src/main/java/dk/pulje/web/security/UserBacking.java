package dk.pulje.web.security;

import dk.pulje.domain.model.account.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;


/** Who is looking, for the header and menus. What they may do is decided by the services, not here. */
@Named
@RequestScoped
public class UserBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    /** The remote user, not the caller principal: WildFly names an unauthenticated caller "anonymous". */
    public boolean isLoggedIn() {
        return externalContext.getRemoteUser() != null;
    }

    /** The person's name as their account states it ("Anne Kjær Madsen"); the username when the account has none. */
    public String getDisplayName() {
        String user = externalContext.getRemoteUser();
        if (user == null) {
            return "";
        }
        Object name = externalContext.getRequestMap().get(PuljeAuthenticationMechanism.DISPLAY_NAME);
        return name instanceof String text && !text.isBlank() ? text : user;
    }

    public boolean isSeesProjects() {
        return securityContext.isCallerInRole(Roles.FUND_ADMIN) || securityContext.isCallerInRole(Roles.APPLICANT)
                || securityContext.isCallerInRole(Roles.REGIONAL_STAFF);
    }

    public boolean isSystemAdmin() {
        return securityContext.isCallerInRole(Roles.SYSTEM_ADMIN);
    }

    public boolean isFundAdmin() {
        return securityContext.isCallerInRole(Roles.FUND_ADMIN);
    }
}

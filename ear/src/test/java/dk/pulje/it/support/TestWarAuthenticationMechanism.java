package dk.pulje.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test WAR's own authentication mechanism. Jakarta Security turns itself on for every web module of an EAR whose
 * WAR declares a mechanism, but Pulje's mechanism is a bean of pulje.war and invisible from the test WAR: without one
 * of its own, Arquillian's test runner servlet fails. It authenticates nobody; tests choose their identity with
 * {@link dk.pulje.it.support.as.AsDemoUser}.
 */
@ApplicationScoped
public class TestWarAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.doNothing();
    }
}

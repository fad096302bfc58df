package dk.pulje.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After login, Pulje only goes to its own pages: no open redirect for phishing links. */
class LoginBackingTest {

    @Test
    void aPathInsidePuljeIsFollowed() {
        assertEquals("/projects/view.xhtml?id=3", LoginBacking.safeNext("/projects/view.xhtml?id=3", null));
    }

    @Test
    void anythingElseGoesToTheStartPage() {
        assertEquals("/index.xhtml", LoginBacking.safeNext("https://evil.example/", null));
        assertEquals("/index.xhtml", LoginBacking.safeNext("//evil.example/", null));
        assertEquals("/index.xhtml", LoginBacking.safeNext("/\\evil.example", null));
        assertEquals("/index.xhtml", LoginBacking.safeNext("/login.xhtml?next=/x", null));
        assertEquals("/index.xhtml", LoginBacking.safeNext(null, null));
    }

    @Test
    void anApplicantStartsOnTheirOwnProjects() {
        assertEquals("/my/projects.xhtml", LoginBacking.safeNext(null, withRoles("APPLICANT")));
        assertEquals("/my/projects.xhtml", LoginBacking.safeNext("//evil.example/", withRoles("APPLICANT")));
        assertEquals("/projects/view.xhtml?id=3", LoginBacking.safeNext("/projects/view.xhtml?id=3", withRoles("APPLICANT")),
                "a page asked for before login still wins");
        assertEquals("/index.xhtml", LoginBacking.safeNext(null, withRoles("APPLICANT", "FUND_ADMIN")),
                "who also works for a fund starts on the fund's start page");
        assertEquals("/index.xhtml", LoginBacking.safeNext(null, withRoles("FUND_ADMIN")));
        assertEquals("/admin/users.xhtml", LoginBacking.safeNext(null, withRoles("SYSTEM_ADMIN")));
    }

    /** A request that only answers which roles its user has: all that the landing rule reads. */
    private static HttpServletRequest withRoles(String... roles) {
        Set<String> granted = Set.of(roles);
        return (HttpServletRequest) Proxy.newProxyInstance(LoginBackingTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isUserInRole")) {
                        return granted.contains((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

package dk.pulje.web.security;

import org.junit.jupiter.api.Test;

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
}

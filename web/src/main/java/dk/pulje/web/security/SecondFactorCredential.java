package dk.pulje.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the login's second step; whose it is, the session knows (the password step put it there). */
public record SecondFactorCredential(String code) implements Credential {

    @Override
    public String toString() {
        return "SecondFactorCredential[code hidden]";
    }
}

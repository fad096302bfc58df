package dk.pulje.application.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The callers' scopes already read in this request. A list page asks the catalog twice (count, then the page) and
 * each service call needs the scope; reading it once per request instead of once per call halves the statements of a
 * page. A change of roles or memberships still acts from the next request on. Keyed by caller, because code running
 * as another user (run-as) within one request has a scope of its own.
 */
@RequestScoped
public class ScopePerRequest {

    private final Map<String, CallerScope> scopes = new HashMap<>();

    /** Forgets the scopes read so far: the caller's own memberships changed in this request (they created a fund). */
    public void forget() {
        scopes.clear();
    }

    CallerScope remember(String caller, Supplier<CallerScope> read) {
        CallerScope scope = scopes.get(caller);
        if (scope == null) {
            scope = read.get();
            scopes.put(caller, scope);
        }
        return scope;
    }
}

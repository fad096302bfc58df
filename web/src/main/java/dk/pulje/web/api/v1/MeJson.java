package dk.pulje.web.api.v1;

import java.util.List;

/**
 * {@code GET /api/v1/me}: who the API takes the caller for, and with which token ({@code null} for HTTP Basic).
 * Also the cheapest authenticated request there is (the benchmark's baseline).
 */
public record MeJson(String username, String displayName, List<String> roles, String tokenPrefix, Boolean tokenReadOnly) {
}

package dk.pulje.web.api.v1;

/**
 * The body of {@code POST /api/v1/me/tokens}: {@code {"name": "Økonomisystem", "readOnly": true,
 * "expiresAt": "2027-06-30"}}. {@code expiresAt} is a date (the token is valid through that day, Danish time) or a
 * date-time with an offset ({@code 2027-06-30T12:00:00Z}); absent: until revoked.
 */
public record NewApiTokenJson(String name, Boolean readOnly, String expiresAt) {
}

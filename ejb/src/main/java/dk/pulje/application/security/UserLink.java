package dk.pulje.application.security;

/** A user's link to an organisation or a fund, as the user list reads it ({@code select new}, not a positional row). */
public record UserLink(long userId, long targetId) {
}

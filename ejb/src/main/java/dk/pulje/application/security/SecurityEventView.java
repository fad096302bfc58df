package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEventType;

import java.time.Instant;

/** One line of the security log as administrators read it. */
public record SecurityEventView(long id, Instant occurredAt, SecurityEventType type, String username, String actor,
                                String remoteAddress, String detail) {
}

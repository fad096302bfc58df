package dk.pulje.application.security;

import java.io.Serializable;

import dk.pulje.domain.model.account.SecurityEventType;

import java.time.Instant;

/**
 * One line of the security log as administrators read it.
 *
 * @param detail     a message key ({@code security.detail.*}), or English text in rows older than V5_1
 * @param detailArgs the key's arguments, separated by {@link dk.pulje.domain.model.account.SecurityEvent#ARGUMENT_SEPARATOR}
 */
public record SecurityEventView(long id, Instant occurredAt, SecurityEventType type, String username, String actor,
                                String remoteAddress, String detail, String detailArgs) implements Serializable {

    public java.util.List<String> arguments() {
        return detailArgs == null ? java.util.List.of()
                : java.util.List.of(detailArgs.split(dk.pulje.domain.model.account.SecurityEvent.ARGUMENT_SEPARATOR, -1));
    }
}

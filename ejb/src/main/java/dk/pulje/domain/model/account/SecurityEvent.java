package dk.pulje.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One security-relevant event: a login, a failure, a lock, a role change, an export. Written once, never changed. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private SecurityEventType type;

    /** Whom the event is about (the account that logged in, was locked, got new roles). */
    @Column(name = "username", length = 100)
    private String username;

    /** Who did it, when that is someone else (the system administrator who reset a password). */
    @Column(name = "actor", length = 100)
    private String actor;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    /** A message key ({@code security.detail.*}); rows written before V5_1 hold English text here instead. */
    @Column(name = "detail", length = 1000)
    private String detail;

    /** The key's arguments, separated by {@link #ARGUMENT_SEPARATOR}. */
    @Column(name = "detail_args", length = 2000)
    private String detailArgs;

    /** The ASCII unit separator: never typed, and escaped out of every argument. */
    public static final String ARGUMENT_SEPARATOR = "\u001f";

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(Instant occurredAt, SecurityEventType type, String username, String actor,
                         String remoteAddress, String detail, String detailArgs) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.username = clip(username, 100);
        this.actor = clip(actor, 100);
        this.remoteAddress = clip(remoteAddress, 64);
        this.detail = clip(detail, 1000);
        this.detailArgs = clip(detailArgs, 2000);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getDetailArgs() {
        return detailArgs;
    }
}

package dk.pulje.infrastructure.persistence.audit;

import dk.pulje.application.shared.AuditRevision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/** One audited transaction: when, and by whom. Every row in a {@code *_aud} table points at one of these. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(PuljeRevisionListener.class)
public class PuljeRevision implements AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String username;

    @Override
    public long getId() {
        return id;
    }

    @Override
    public Instant getChangedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    @Override
    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}

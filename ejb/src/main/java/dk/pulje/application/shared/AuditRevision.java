package dk.pulje.application.shared;

import java.time.Instant;

/**
 * One audited transaction as the application reads it: its number, when, and by whom. The application owns this view;
 * the persistence layer's revision entity implements it (infrastructure depends on application, never the reverse).
 */
public interface AuditRevision {

    long getId();

    Instant getChangedAt();

    String getUsername();
}

package dk.pulje.application.portal;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/**
 * One thing that falls due, read by one UNION ALL of the three kinds ({@link DeadlineQueries}).
 *
 * @param itemId  the report obligation's, milestone's or payment's id
 * @param detail  the report's type (as its enum name), the milestone's title, or the tranche's release condition
 * @param amount  the tranche's planned amount (payments only; null otherwise)
 * @param overdue its date has passed and it is still open (due today is not overdue)
 */
public record Deadline(DeadlineKind kind, long itemId, long projectId, String projectTitle, String fundName,
                       String ownerName, LocalDate dueDate, String detail, Money amount, boolean overdue) {
}

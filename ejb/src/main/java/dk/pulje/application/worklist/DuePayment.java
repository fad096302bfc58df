package dk.pulje.application.worklist;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/**
 * A planned tranche not yet paid whose date has come or comes within the horizon.
 *
 * @param condition what releases it ("når statusrapporten er godkendt"), or null
 */
public record DuePayment(long paymentId, long projectId, String projectTitle, String ownerName, String fundName,
                         LocalDate plannedDate, Money amount, String condition) {

    /** Its date has passed: it should have been paid. A tranche planned for today is due, not overdue. */
    public boolean overdueOn(LocalDate today) {
        return plannedDate.isBefore(today);
    }
}

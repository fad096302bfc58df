package dk.pulje.application.worklist;

/**
 * The start page's "Det skal du i dag": how many rows each work list holds, and the applications waiting for review.
 *
 * @param paymentsComing  tranches due today or within the horizon
 * @param paymentsOverdue tranches whose date has passed, still unpaid
 */
public record TodaysWork(long paymentsComing, long paymentsOverdue, long grantsNotFullyPlanned, long reportsComing,
                         long reportsOverdue, long applicationsReceived, long applicationsUnderReview) {

    public boolean nothingToDo() {
        return paymentsComing + paymentsOverdue + grantsNotFullyPlanned + reportsComing + reportsOverdue
                + applicationsReceived + applicationsUnderReview == 0;
    }
}

package dk.pulje.application.opendata;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/** A tranche of a grant: planned (amount, maybe a date) and, once paid, when and how much. */
public record OpenDataTranche(long projectId, LocalDate plannedDate, Money planned, LocalDate paidDate, Money paid) {

    public boolean isPaid() {
        return paid != null;
    }
}

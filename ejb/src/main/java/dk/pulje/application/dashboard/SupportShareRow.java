package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/** A project by its support share (grant ÷ total, four decimals), for the lowest and highest lists. */
public record SupportShareRow(long projectId, String title, String town, Money total, Money granted,
                              BigDecimal supportShare) {
}

package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/** One project of the scatter chart: its total project sum against its grant. */
public record ScatterPoint(long projectId, String title, String town, Money total, Money granted, BigDecimal supportShare) {
}

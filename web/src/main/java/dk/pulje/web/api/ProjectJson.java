package dk.pulje.web.api;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project as the API shows it: amounts as exact decimals in DKK, null when unknown. No internal notes. */
public record ProjectJson(long id, String title, String fund, String round, String owner, String town, String status,
                          LocalDate startDate, LocalDate endDate, BigDecimal totalSum, BigDecimal granted,
                          String currency) {

    static ProjectJson of(ProjectSummary p) {
        return new ProjectJson(p.id(), p.title(), p.fundName(), p.roundName(), p.ownerName(), p.town(),
                p.status().name(), null, null, amount(p.totalSum()), amount(p.granted()), Money.DKK.getCurrencyCode());
    }

    static ProjectJson of(ProjectDetail p) {
        return new ProjectJson(p.id(), p.title(), p.fundName(), p.roundName(), p.ownerName(), p.town(),
                p.status().name(), p.startDate(), p.endDate(), amount(p.totalSum()), amount(p.granted()),
                Money.DKK.getCurrencyCode());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}

package dk.pulje.web.my;

import dk.pulje.application.portal.Deadline;
import dk.pulje.application.portal.PortalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /my/deadlines.xhtml}: the applicant's calendar for the next twelve months, as one table per month,
 * with everything overdue in a group of its own before them (overdue is said in words and with an icon, never by
 * colour alone).
 */
@Named
@RequestScoped
public class MyDeadlinesBacking {

    @Inject
    private PortalService portal;

    private List<Month> months;

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    /** The calendar's download: one row per deadline, the applicant's own only (the same service call). */
    static final dk.pulje.web.support.export.ListExport<Deadline> EXPORT = dk.pulje.web.support.export.ListExport
            .<Deadline>named("mine-frister", "Mine frister")
            .date("deadline.column.date", Deadline::dueDate)
            .text("deadline.column.kind", Deadline::kind)
            .text("deadline.column.what", Deadline::detail)
            .text("deadline.column.project", Deadline::projectTitle)
            .money("export.column.amount", d -> dk.pulje.web.support.export.Amounts.of(d.amount()));

    /** View action: {@code ?export=CSV|XLSX} sends the calendar's deadlines. */
    public void export() {
        downloads.sendIfAsked(EXPORT, () -> EXPORT.of(portal.myDeadlines(PortalService.CALENDAR_MONTHS)));
    }

    /** A group of the calendar: the overdue items ({@code month} null), or one month's. */
    public record Month(YearMonth month, List<Deadline> deadlines) {

        public boolean isOverdue() {
            return month == null;
        }

        /** The first day of the month, for formatting its name; null for the overdue group. */
        public LocalDate getFirstDay() {
            return month == null ? null : month.atDay(1);
        }

        /** An id for the group's heading, that the table names as its caption. */
        public String getKey() {
            return month == null ? "overdue" : month.toString();
        }
    }

    public List<Month> getMonths() {
        if (months == null) {
            months = group(portal.myDeadlines(PortalService.CALENDAR_MONTHS));
        }
        return months;
    }

    public int getMonthsAhead() {
        return PortalService.CALENDAR_MONTHS;
    }

    static List<Month> group(List<Deadline> deadlines) {
        List<Deadline> overdue = new ArrayList<>();
        Map<YearMonth, List<Deadline>> byMonth = new LinkedHashMap<>();
        for (Deadline deadline : deadlines) {
            if (deadline.overdue()) {
                overdue.add(deadline);
            } else {
                byMonth.computeIfAbsent(YearMonth.from(deadline.dueDate()), m -> new ArrayList<>()).add(deadline);
            }
        }
        List<Month> result = new ArrayList<>();
        if (!overdue.isEmpty()) {
            result.add(new Month(null, List.copyOf(overdue)));
        }
        byMonth.forEach((month, items) -> result.add(new Month(month, List.copyOf(items))));
        return result;
    }
}

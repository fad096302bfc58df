package dk.pulje.application.history;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ReportSection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report's events in the history read as a clerk would say them, in Danish and in English. */
class HistoryEventTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void reportEventsInBothLanguages() {
        assertEquals("indsendt", new HistoryEvent("history.event.report.submitted").textIn(DANISH));
        assertEquals("handed in", new HistoryEvent("history.event.report.submitted").textIn(Locale.ENGLISH));
        HistoryEvent returned = new HistoryEvent("history.event.report.returnedWithComments",
                (Object) List.of(ReportSection.RESULTS, ReportSection.SPENDING));
        assertEquals("sendt retur med kommentarer til Resultater; Forbrug pr. budgetpost", returned.textIn(DANISH));
        assertEquals("returned with comments on Results; Spending per budget line", returned.textIn(Locale.ENGLISH));
        assertEquals("sendt retur", new HistoryEvent("history.event.report.returned").textIn(DANISH));
        assertEquals("godkendt", new HistoryEvent("history.event.report.approved").textIn(DANISH));
        HistoryEvent accounts = new HistoryEvent("history.event.report.accountsApproved", Money.dkk("12500"), Money.dkk("2500"));
        assertEquals("godkendt med regnskabet (ubrugte midler 12.500 kr., tilbagebetaling 2.500 kr.)", accounts.textIn(DANISH));
        assertEquals("approved with the accounts (unspent DKK 12,500, repayment DKK 2,500)", accounts.textIn(Locale.ENGLISH));
    }
}

package dk.pulje.web.my;

import dk.pulje.application.portal.Deadline;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What a deadline is, in words, for the calendar and the board: a report by its type, a milestone by its title, a
 * tranche by its amount (and its condition, if it has one); and a month's name as a heading ("November 2026").
 */
@Named
@RequestScoped
public class DeadlineTexts {

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking localeBacking;

    public String what(Deadline deadline) {
        return switch (deadline.kind()) {
            case REPORT -> fmt.label(ReportType.valueOf(deadline.detail()));
            case MILESTONE -> deadline.detail();
            case PAYMENT -> deadline.detail() == null || deadline.detail().isBlank()
                    ? messages.text("deadline.payment", fmt.amount(deadline.amount()))
                    : messages.text("deadline.paymentWithCondition", fmt.amount(deadline.amount()), deadline.detail());
        };
    }

    /** The month's name and year with a capital letter, as a heading. */
    public String month(LocalDate firstDay) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", localeBacking.getLocale()).format(firstDay);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

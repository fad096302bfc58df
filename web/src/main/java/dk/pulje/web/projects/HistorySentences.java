package dk.pulje.web.projects;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectChange.ChangeKind;
import dk.pulje.application.shared.Clocks;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;

/**
 * A history line as one sentence in the reader's language: "Bevilling: bevilget beløb ændret fra 450.000 kr. til
 * 457.000 kr. af Anne Kjær Madsen 12.03.2026 14.02", "Budgetpost – Løn: tilføjet af admin 12.03.2026 14.02".
 * The grammar is in the bundle ({@code history.sentence.*}); the parts are named by {@code history.area.*} and
 * {@code history.field.*}.
 */
@Named
@RequestScoped
public class HistorySentences {

    @Inject
    private Messages messages;

    @Inject
    private Formats fmt;

    @Inject
    private LocaleBacking locale;

    public String sentence(ProjectChange change) {
        String subject = messages.text("history.area." + change.area())
                + (change.item() == null ? "" : " – " + fmt.value(change.item()));
        String who = change.changedByName() == null ? change.changedBy() : change.changedByName();
        String when = DateTimeFormatter.ofPattern(messages.text("history.sentence.when"), locale.getLocale())
                .withZone(Clocks.DANISH_TIME).format(change.changedAt());
        if (change.event() != null) {
            // An event tells what the change means ("sendt retur med kommentarer til Økonomi") instead of its values.
            return messages.text("history.sentence.event", subject, change.event().textIn(locale.getLocale()), who, when);
        }
        if (change.kind() != ChangeKind.CHANGED || change.field() == null) {
            String kind = change.kind() == ChangeKind.ADDED ? "added" : change.kind() == ChangeKind.REMOVED ? "removed" : "changed";
            return messages.text("history.sentence." + kind, subject, who, when);
        }
        String field = messages.text("history.field." + change.field());
        if (change.before() == null) {
            return messages.text("history.sentence.set", subject, field, fmt.value(change.after()), who, when);
        }
        if (change.after() == null) {
            return messages.text("history.sentence.cleared", subject, field, fmt.value(change.before()), who, when);
        }
        return messages.text("history.sentence.changedFromTo", subject, field, fmt.value(change.before()),
                fmt.value(change.after()), who, when);
    }
}

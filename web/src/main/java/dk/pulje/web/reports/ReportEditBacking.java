package dk.pulje.web.reports;

import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.ReportView;
import dk.pulje.application.report.SaveReport;
import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /reports/edit.xhtml?id=N}: the grantee's report form. The owner's applicant writes while the report is
 * open (due, a draft, or returned), saves drafts as often as they like, and hands it in; everyone else who may read the
 * project, and the grantee once it is handed in, reads it. The form holds what was typed until it is saved: a refused
 * save or submit keeps everything and says what is missing.
 */
@Named
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field each gap of the accounts (AccountsCheck) is about. */
    private static final Map<String, String> GAP_FIELDS = Map.of(
            "accounts.gap.signer", "report:signerName",
            "accounts.gap.declaration", "report:declaration",
            "accounts.gap.statement", "report:statement",
            "accounts.gap.qualification", "report:signerQualification");

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    @Inject
    private Formats fmt;

    private String id;
    private ReportView report;
    private boolean stale;

    // The form as the grantee leaves it; maps keyed by section or by the id of the project's part.
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private final Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
    private final Map<Long, Money> spending = new HashMap<>();
    private final Map<Long, Money> cofinancing = new HashMap<>();
    private final Map<Long, String> milestoneStatus = new HashMap<>();
    private final Map<Long, String> milestoneNotes = new HashMap<>();
    private final Map<Long, String> goalValues = new HashMap<>();
    private String signerName;
    private String signerQualification;
    private boolean declarationConfirmed;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        Long reportId = PageIds.parse(id);
        report = reportId == null ? null : ReportPages.open(reports, reportId);
        if (report == null) {
            PageIds.notFound();
            return;
        }
        fillForm();
    }

    private void fillForm() {
        periodFrom = report.periodFrom();
        periodTo = report.periodTo();
        texts.clear();
        texts.putAll(report.texts());
        spending.clear();
        report.spending().forEach(line -> spending.put(line.budgetLineId(), line.reported()));
        cofinancing.clear();
        report.cofinancing().forEach(line -> cofinancing.put(line.financingLineId(), line.realised()));
        milestoneStatus.clear();
        milestoneNotes.clear();
        report.milestones().forEach(m -> {
            milestoneStatus.put(m.milestoneId(), m.reportedStatus() == null ? null : m.reportedStatus().name());
            milestoneNotes.put(m.milestoneId(), m.note());
        });
        goalValues.clear();
        report.goals().forEach(g -> goalValues.put(g.goalId(), g.value()));
        if (report.accounts() != null) {
            signerName = report.accounts().signerName();
            signerQualification = report.accounts().signerQualification();
            declarationConfirmed = report.accounts().declarationConfirmed();
        }
    }

    /** Saves the draft; the grantee may leave and come back to it. */
    public void saveDraft() {
        try {
            reports.saveDraft(command());
            report = reports.open(report.id());
            fillForm();
            messages.info("report.edit.saved", DateTimeFormatter.ofPattern(messages.text("report.edit.timePattern"))
                    .withZone(Clocks.DANISH_TIME).format(report.draftSavedAt()));
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /**
     * Saves and hands in, in one step, then opens the report again as it now stands (read only, with a note that it is
     * locked). Refused, nothing is saved, the form keeps what was typed and the message names every gap.
     */
    public String submit() {
        try {
            reports.submit(command());
            messages.info("report.edit.submittedMessage");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/reports/edit?faces-redirect=true&id=" + report.id();
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
            markGaps(e);
        }
        return null;
    }

    /** The fields of the accounts' gaps, marked invalid (aria-invalid) so that each is found where it is. */
    private static void markGaps(RuleViolation violation) {
        if (!"accounts.incomplete".equals(violation.key()) || violation.arguments().length == 0
                || !(violation.arguments()[0] instanceof List<?> gaps)) {
            return;
        }
        UIViewRoot root = FacesContext.getCurrentInstance().getViewRoot();
        for (Object gap : gaps) {
            String field = gap instanceof MessageKey key ? GAP_FIELDS.get(key.key()) : null;
            if (field != null && root.findComponent(field) instanceof UIInput input) {
                input.setValid(false);
            }
        }
    }

    private SaveReport command() {
        Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        report.narrativeSections().forEach(section -> sections.put(section, texts.get(section)));
        Map<Long, Money> spent = new HashMap<>();
        report.spending().forEach(line -> spent.put(line.budgetLineId(), spending.get(line.budgetLineId())));
        Map<Long, Money> realised = new HashMap<>();
        report.cofinancing().forEach(line -> realised.put(line.financingLineId(), cofinancing.get(line.financingLineId())));
        Map<Long, SaveReport.MilestoneEntry> stated = new HashMap<>();
        report.milestones().forEach(m -> {
            String status = milestoneStatus.get(m.milestoneId());
            stated.put(m.milestoneId(), status == null || status.isBlank() ? null
                    : new SaveReport.MilestoneEntry(MilestoneStatus.valueOf(status), milestoneNotes.get(m.milestoneId())));
        });
        Map<Long, String> values = new HashMap<>();
        report.goals().forEach(g -> values.put(g.goalId(), goalValues.get(g.goalId())));
        SaveReport.Signature signature = report.accounts() == null ? null
                : new SaveReport.Signature(signerName, signerQualification, declarationConfirmed);
        return new SaveReport(report.id(), report.version(), periodFrom, periodTo, sections, spent, realised, stated,
                values, signature);
    }

    // What the form shows beside the fields --------------------------------------------------------------------------

    /** The deviation of a line as typed now (spending to date against the budget line). */
    public SpendingDeviation deviation(ReportView.SpendingLine line) {
        return SpendingDeviation.of(line.budgeted(), report.editable() ? spending.get(line.budgetLineId()) : line.reported());
    }

    /** Unspent money and repayment as the accounts stand in the form now. */
    public AccountsPreview getPreview() {
        if (report.accounts() == null) {
            return null;
        }
        return AccountsPreview.of(report.accounts().granted(), report.accounts().paid(),
                report.editable() ? spending.values() : report.spending().stream().map(ReportView.SpendingLine::reported).toList(),
                report.editable() ? cofinancing.values() : report.cofinancing().stream().map(ReportView.CofinancingLine::realised).toList());
    }

    /** Σ spending in the form now (on a read-only report: as handed in). */
    public Money getSpendingTotal() {
        return AccountsPreview.of(null, null, report.editable() ? spending.values()
                : report.spending().stream().map(ReportView.SpendingLine::reported).toList(), List.of()).spent();
    }

    /** "Kladden er gemt 20. november 2026 14.05" for the note under the heading; empty before the first save. */
    public String getDraftNote() {
        return report.draftSavedAt() == null ? "" : messages.text("report.edit.draftSavedAt", fmt.dateTime(report.draftSavedAt()));
    }

    public MilestoneStatus[] getMilestoneStatuses() {
        return MilestoneStatus.values();
    }

    /** Live update after an amount is typed: nothing to do but re-render the figures. */
    public void recalculate() {
        // the converted values are already in the maps
    }

    // Getters and setters --------------------------------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }

    public boolean isStale() {
        return stale;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public Map<ReportSection, String> getTexts() {
        return texts;
    }

    public Map<Long, Money> getSpending() {
        return spending;
    }

    public Map<Long, Money> getCofinancing() {
        return cofinancing;
    }

    public Map<Long, String> getMilestoneStatus() {
        return milestoneStatus;
    }

    public Map<Long, String> getMilestoneNotes() {
        return milestoneNotes;
    }

    public Map<Long, String> getGoalValues() {
        return goalValues;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerQualification() {
        return signerQualification;
    }

    public void setSignerQualification(String signerQualification) {
        this.signerQualification = signerQualification;
    }

    public boolean isDeclarationConfirmed() {
        return declarationConfirmed;
    }

    public void setDeclarationConfirmed(boolean declarationConfirmed) {
        this.declarationConfirmed = declarationConfirmed;
    }
}

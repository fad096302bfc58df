package dk.pulje.web.projects;

import dk.pulje.application.shared.Clocks;
import dk.pulje.application.project.AmendProjectGrant;
import dk.pulje.application.project.EndProject;
import dk.pulje.application.project.GrantProject;
import dk.pulje.application.project.MoveProject;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectWorkflowService;
import dk.pulje.application.project.WorkflowAction;
import dk.pulje.application.project.WorkflowView;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ClosingCheck;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The workflow buttons of {@code /projects/view.xhtml} (WEB-INF/includes/project/actions.xhtml): exactly the steps
 * the project's status allows, for an administrator of its fund, each confirmed in a dialog and sent as one command
 * with the versions the page was opened with. Success reloads the page (the new status everywhere) with a result
 * message; a refusal keeps the dialog open with what was typed, and a conflict offers to reload.
 */
@Named
@ViewScoped
public class ProjectActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The flash attribute that carries the result across the reload. */
    static final String RESULT = "workflowResult";

    @Inject
    private ProjectWorkflowService workflow;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private Messages messages;

    @Inject
    private Formats fmt;

    @Inject
    private LocaleBacking locale;

    /**
     * The project as the page showed it when the workflow was read. The page reads the project again after each of
     * the editor's own saved changes on its tabs (a payment planned, a budget line): then the workflow is read again
     * too, so that its versions are the ones the editor now sees, and an amendment after a payment on the same page is
     * not mistaken for someone else's change. Someone else's save does not refresh the page, so it is still caught.
     */
    private ProjectDetail loadedFrom;
    private WorkflowView view;
    private String statusReason;
    /** The dialog's step; null while no dialog is open. */
    private WorkflowAction action;
    /** Someone else changed the project since the page was opened: the dialog offers a reload. */
    private boolean stale;

    // The dialog's fields.
    private Money amount;
    private Long subPoolId;
    private String journalNumber;
    private LocalDate date;
    private String conditions;
    private String reason;
    private Money newTotal;
    private LocalDate newEndDate;
    /** By how much the round's envelope would be passed; non-null once the dialog has warned. */
    private Money excess;
    private boolean confirmedOverEnvelope;

    private void load() {
        ProjectDetail shown = page.getProject();
        if (shown == null || shown == loadedFrom) {
            return;
        }
        loadedFrom = shown;
        long projectId = shown.id();
        view = workflow.view(projectId).orElse(null);
        statusReason = workflow.statusReason(projectId).orElse(null);
    }

    /** Opens the dialog for a step, with its fields cleared (an amendment starts from today). */
    public void open(WorkflowAction chosen) {
        load();
        action = chosen;
        amount = chosen == WorkflowAction.GRANT && view != null ? view.applied() : null;
        subPoolId = view == null ? null : view.subPoolId();
        journalNumber = null;
        date = LocalDate.now(Clocks.DANISH_TIME);
        conditions = null;
        reason = null;
        newTotal = null;
        newEndDate = null;
        excess = null;
        confirmedOverEnvelope = false;
        stale = false;
    }

    /** The dialog's confirm button: one command; on success the page is opened again to show the new state. */
    public String confirm() {
        load();
        if (view == null || action == null || !view.allows(action)) {
            return null;
        }
        try {
            switch (action) {
                case REVIEW, ACTIVATE, AWAIT_FINAL_REPORT ->
                        workflow.move(new MoveProject(view.projectId(), view.version(), action));
                case GRANT -> {
                    if (needsEnvelopeConfirmation(amount)) {
                        return null;
                    }
                    workflow.grant(new GrantProject(view.projectId(), view.version(), view.grantVersion(), amount,
                            subPoolId, journalNumber, date, conditions, confirmedOverEnvelope));
                }
                case REJECT -> workflow.reject(new EndProject(view.projectId(), view.version(), reason));
                case WITHDRAW -> workflow.withdraw(new EndProject(view.projectId(), view.version(), reason));
                case AMEND -> {
                    boolean raise = amount != null && (view.granted() == null || amount.isGreaterThan(view.granted()));
                    if (raise && needsEnvelopeConfirmation(amount)) {
                        return null;
                    }
                    workflow.amend(new AmendProjectGrant(view.projectId(), view.version(),
                            view.grantVersion() == null ? -1 : view.grantVersion(), date, reason, amount, newTotal,
                            newEndDate, confirmedOverEnvelope));
                }
                case CLOSE -> workflow.close(view.projectId(), view.version());
            }
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
            return null;
        } catch (RuleViolation e) {
            messages.error(e);
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().put(RESULT, messages.text("workflow.done." + action.name(), view.title()));
        return "/projects/view?faces-redirect=true&id=" + view.projectId();
    }

    /**
     * Asks before a grant or a raise past the round's envelope: the first time the dialog shows by how much and
     * stops; it goes on only once the administrator has ticked the confirmation, for the amount it warned about.
     */
    private boolean needsEnvelopeConfirmation(Money wanted) {
        if (wanted == null) {
            return false; // the service says what is missing
        }
        Optional<Money> over = workflow.envelopeExcess(view.projectId(), wanted);
        if (over.isEmpty()) {
            excess = null;
            confirmedOverEnvelope = false;
            return false;
        }
        if (confirmedOverEnvelope && over.get().equals(excess)) {
            return false;
        }
        excess = over.get();
        confirmedOverEnvelope = false;
        messages.errorText("workflow.envelope.confirmFirst", fmt.amount(excess));
        return true;
    }

    public void cancel() {
        action = null;
    }

    public boolean allows(String actionName) {
        load();
        return view != null && view.allows(WorkflowAction.valueOf(actionName));
    }

    public boolean isOffered() {
        load();
        return view != null && !view.actions().isEmpty();
    }

    /** The items still missing before the project may be closed, in the reader's language. */
    public List<String> getClosingMissing() {
        load();
        return view == null ? List.of() : view.closingMissing().stream()
                .map((ClosingCheck.Missing m) -> m.messageIn(locale.getLocale())).toList();
    }

    public boolean isClosable() {
        return getClosingMissing().isEmpty();
    }

    /** The dialog's heading: the step, and from FINAL_REPORT_DUE "activate" means back to active. */
    public String label(String actionName) {
        load();
        WorkflowAction a = WorkflowAction.valueOf(actionName);
        if (a == WorkflowAction.ACTIVATE && view != null && view.status().isGranted()
                && view.status() != dk.pulje.domain.model.project.ProjectStatus.GRANTED) {
            return messages.text("workflow.action.REOPEN");
        }
        return messages.text("workflow.action." + a.name());
    }

    /** Where the dialog puts the focus when it opens: the first field, or the confirm button of a plain step. */
    public String getFocus() {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case GRANT -> ":wf-form:wf-amount";
            case AMEND -> ":wf-form:wf-new-granted";
            case REJECT, WITHDRAW -> ":wf-form:wf-end-reason";
            case CLOSE -> isClosable() ? ":wf-form:wf-confirm" : ":wf-form:wf-cancel";
            default -> ":wf-form:wf-confirm";
        };
    }

    public String getDialogTitle() {
        return action == null ? "" : label(action.name());
    }

    public String getResult() {
        Object result = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(RESULT);
        return result == null ? null : result.toString();
    }

    public WorkflowView getView() {
        load();
        return view;
    }

    public String getStatusReason() {
        load();
        return statusReason;
    }

    public String getActionName() {
        return action == null ? "" : action.name();
    }

    public boolean isStale() {
        return stale;
    }

    public Money getExcess() {
        return excess;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public Long getSubPoolId() {
        return subPoolId;
    }

    public void setSubPoolId(Long subPoolId) {
        this.subPoolId = subPoolId;
    }

    public String getJournalNumber() {
        return journalNumber;
    }

    public void setJournalNumber(String journalNumber) {
        this.journalNumber = journalNumber;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Money getNewTotal() {
        return newTotal;
    }

    public void setNewTotal(Money newTotal) {
        this.newTotal = newTotal;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public boolean isConfirmedOverEnvelope() {
        return confirmedOverEnvelope;
    }

    public void setConfirmedOverEnvelope(boolean confirmedOverEnvelope) {
        this.confirmedOverEnvelope = confirmedOverEnvelope;
    }
}

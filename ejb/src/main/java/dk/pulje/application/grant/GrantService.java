package dk.pulje.application.grant;

import dk.pulje.application.fund.EnvelopeChecks;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Grants: applications, decisions, amendments and payments. Each method is one transaction; a rule violation or a
 * conflict rolls all of it back. Every change is audited (who, when, old and new value).
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class GrantService {

    private static final String SUBJECT = "subject.grant";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private ProjectAccess access;

    @Inject
    private EnvelopeChecks envelopes;

    /** Registers a project's application to its fund, with the sub-pool and the amount applied for (may be unknown). */
    public long registerApplication(long projectId, Long subPoolId, Money applied) {
        Project project = Entities.find(em, Project.class, projectId, "subject.project");
        access.requireChangeable(project, false);
        SubPool subPool = subPoolId == null ? null : Entities.find(em, SubPool.class, subPoolId, "subject.subPool");
        Grant grant = new Grant(project, subPool, applied); // the project refuses a second grant
        em.persist(grant);
        em.flush();
        return grant.getId();
    }

    public void decide(@NotNull @Valid DecideGrant command) {
        Grant grant = load(command.grantId(), command.expectedVersion());
        requireFreeJournalNumber(command.journalNumber(), grant);
        if (grant.getGranted() == null && grant.getDecisionDate() == null) { // a decided grant says so itself
            envelopes.forDecision(grant).require(command.granted(), command.confirmedOverEnvelope());
        }
        grant.decide(command.granted(), command.decisionDate(), command.journalNumber(), command.conditions());
        guard.flush(grant, SUBJECT);
    }

    public void amend(@NotNull @Valid AmendGrant command) {
        Grant grant = load(command.grantId(), command.expectedVersion());
        // Only a raise can take the round past its envelope; a cut in a round already past it needs no confirmation.
        if (command.newGranted() != null
                && (grant.getGranted() == null || command.newGranted().isGreaterThan(grant.getGranted()))) {
            envelopes.forDecision(grant).require(command.newGranted(), command.confirmedOverEnvelope());
        }
        grant.amend(command.amendedOn(), command.reason(), command.newGranted(), command.newTotal(), command.newEndDate());
        guard.flush(grant, SUBJECT);
    }

    /**
     * By how much granting {@code amount} on this grant would take its round past the envelope (ramme); empty when it
     * fits, or the round states no envelope. The interface asks before a decision or amendment, to warn and ask for the
     * confirmation that {@link DecideGrant#confirmedOverEnvelope} carries.
     */
    public Optional<Money> envelopeExcess(long grantId, @NotNull Money amount) {
        Grant grant = Entities.find(em, Grant.class, grantId, SUBJECT);
        access.requireChangeable(grant.getProject(), false);
        return envelopes.preview(grant).excessWith(amount);
    }

    public long planPayment(long grantId, long expectedVersion, LocalDate on, @NotNull Money amount, String condition) {
        return planPayment(grantId, expectedVersion, on, amount, condition, null);
    }

    /**
     * A tranche of the payment plan; with {@code reportId} it waits for that report of the project and is released
     * when the report is approved ({@code ProjectService.approveReport}).
     */
    public long planPayment(long grantId, long expectedVersion, LocalDate on, @NotNull Money amount, String condition,
                            Long reportId) {
        Grant grant = guard.touch(load(grantId, expectedVersion), expectedVersion, SUBJECT);
        ReportObligation report = reportId == null ? null
                : Entities.part(grant.getProject().getReports(), reportId, "subject.report");
        Payment payment = grant.planPayment(on, amount, condition, report);
        guard.flush(grant, SUBJECT);
        return payment.getId();
    }

    public void recordPayment(long grantId, long expectedVersion, long paymentId, @NotNull LocalDate on, @NotNull Money amount) {
        recordPayment(grantId, expectedVersion, paymentId, on, amount, null);
    }

    /** Marks a tranche paid, with the reference the accounts know the payment by; a held tranche is refused. */
    public void recordPayment(long grantId, long expectedVersion, long paymentId, @NotNull LocalDate on,
                              @NotNull Money amount, String reference) {
        Grant grant = guard.touch(load(grantId, expectedVersion), expectedVersion, SUBJECT);
        grant.recordPayment(Entities.part(grant.getPayments(), paymentId, "subject.payment"), on, amount, reference);
        guard.flush(grant, SUBJECT);
    }

    /** Takes an unpaid tranche out of the plan. */
    public void removePayment(long grantId, long expectedVersion, long paymentId) {
        Grant grant = guard.touch(load(grantId, expectedVersion), expectedVersion, SUBJECT);
        grant.removePayment(Entities.part(grant.getPayments(), paymentId, "subject.payment"));
        guard.flush(grant, SUBJECT);
    }

    private Grant load(long grantId, long expectedVersion) {
        Grant grant = Entities.find(em, Grant.class, grantId, SUBJECT);
        access.requireChangeable(grant.getProject(), false);
        return guard.requireVersion(grant, expectedVersion, SUBJECT);
    }

    /** A journal number names one grant; the database's unique index is the last line of defence. */
    private void requireFreeJournalNumber(String journalNumber, Grant grant) {
        if (journalNumber == null || journalNumber.isBlank()) {
            return;
        }
        List<String> holders = em.createQuery("""
                        select g.project.title from Grant g where g.journalNumber = :number and g <> :grant""", String.class)
                .setParameter("number", journalNumber.strip())
                .setParameter("grant", grant)
                .getResultList();
        if (!holders.isEmpty()) {
            throw new RuleViolation("grant.journalNumberTaken", journalNumber.strip(), holders.get(0));
        }
    }
}

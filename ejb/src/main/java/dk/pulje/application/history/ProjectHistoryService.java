package dk.pulje.application.history;

import dk.pulje.domain.model.organisation.ContactPerson;

import java.util.function.Function;


import jakarta.persistence.EntityNotFoundException;

import dk.pulje.application.history.ProjectChange.ChangeKind;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.GrantAmendment;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.BudgetLine;
import dk.pulje.domain.model.project.FinancingLine;
import dk.pulje.domain.model.project.Milestone;
import dk.pulje.domain.model.project.Partner;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.application.shared.AuditRevision;
import dk.pulje.application.security.ProjectAccess;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.project.ProjectContact;
import dk.pulje.domain.model.project.ResultGoal;

/**
 * A project's history from the audit trail: every change to its money, status, dates and partners, with who made it,
 * when, and the value before and after. One query per audited part, whatever the number of changes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class ProjectHistoryService {

    private static final AuditedPart<Project> PROJECT = AuditedPart.of(Project.class, "project")
            .field("title", Project::getTitle)
            .field("status", Project::getStatus)
            .field("startDate", Project::getStartDate)
            .field("endDate", Project::getEndDate)
            .field("totalSum", Project::getTotalSum)
            .field("owner", p -> name(p.getOwner()))
            .field("town", Project::getTown)
            .field("municipality", Project::getMunicipality)
            .field("description", Project::getDescription)
            .field("internalNote", Project::getInternalNote) // INTERNAL_NOTE
            // Value lists: compared element by element into lines of their own (see elementChanges).
            .field("targetGroup", p -> List.copyOf(p.getTargetGroups()))
            .field("activity", p -> List.copyOf(p.getActivities()))
            .field("contact", p -> p.getContacts().stream().map(ProjectHistoryService::contact).toList())
            .build();
    private static final AuditedPart<ResultGoal> GOAL = AuditedPart.of(ResultGoal.class, "goal")
            .item(ResultGoal::getDescription)
            .field("description", ResultGoal::getDescription)
            .field("indicators", ResultGoal::getIndicators)
            .build();
    private static final AuditedPart<Grant> GRANT = AuditedPart.of(Grant.class, "grant")
            .field("applied", Grant::getApplied)
            .field("granted", Grant::getGranted)
            .field("decisionDate", Grant::getDecisionDate)
            .field("journalNumber", Grant::getJournalNumber)
            .field("conditions", Grant::getConditions)
            .build();
    private static final AuditedPart<GrantAmendment> AMENDMENT = AuditedPart.of(GrantAmendment.class, "amendment")
            .item(GrantAmendment::getReason)
            .build();
    private static final AuditedPart<Payment> PAYMENT = AuditedPart.of(Payment.class, "payment")
            .item(Payment::getPlannedAmount)
            .field("plannedDate", Payment::getPlannedDate)
            .field("plannedAmount", Payment::getPlannedAmount)
            .field("paidDate", Payment::getPaidDate)
            .field("paidAmount", Payment::getPaidAmount)
            .field("reference", Payment::getReference)
            .field("releasedOn", Payment::getReleasedOn)
            .build();
    private static final AuditedPart<Partner> PARTNER = AuditedPart.of(Partner.class, "partner")
            .item(p -> name(p.getOrganisation()))
            .field("role", Partner::getRole)
            .build();
    private static final AuditedPart<BudgetLine> BUDGET = AuditedPart.of(BudgetLine.class, "budget")
            .item(BudgetLine::getCategory)
            .field("year", BudgetLine::getYear)
            .field("category", BudgetLine::getCategory)
            .field("amount", BudgetLine::getAmount)
            .field("note", BudgetLine::getNote)
            .build();
    private static final AuditedPart<FinancingLine> FINANCING = AuditedPart.of(FinancingLine.class, "financing")
            .item(FinancingLine::getKind)
            .field("contributor", l -> name(l.getContributor()))
            .field("kind", FinancingLine::getKind)
            .field("amount", FinancingLine::getAmount)
            .field("note", FinancingLine::getNote)
            .build();
    private static final AuditedPart<ReportObligation> REPORT = AuditedPart.of(ReportObligation.class, "report")
            .item(ReportObligation::getType)
            .field("dueDate", ReportObligation::getDueDate)
            .field("status", ReportObligation::getStatus)
            .field("submittedOn", ReportObligation::getSubmittedOn)
            .field("decidedOn", ReportObligation::getDecidedOn)
            .build();
    private static final AuditedPart<Milestone> MILESTONE = AuditedPart.of(Milestone.class, "milestone")
            .item(Milestone::getTitle)
            .field("dueDate", Milestone::getDueDate)
            .field("status", Milestone::getStatus)
            .field("reachedOn", Milestone::getReachedOn)
            .build();

    /** Only the fund's administrators read the internal note, and so its history. */
    private static final String INTERNAL_NOTE = "internalNote";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private ProjectAccess access;

    /** The project's changes, newest first; empty when the caller may not read the project. */
    public List<ProjectChange> history(long projectId) {
        if (!access.canRead(projectId)) {
            return List.of();
        }
        AuditReader audit = AuditReaderFactory.get(em);
        List<ProjectChange> changes = new ArrayList<>();
        changes.addAll(changes(audit, PROJECT, AuditEntity.id().eq(projectId)));
        changes.addAll(changes(audit, PARTNER, AuditEntity.relatedId("project").eq(projectId)));
        changes.addAll(changes(audit, GOAL, AuditEntity.relatedId("project").eq(projectId)));
        changes.addAll(changes(audit, BUDGET, AuditEntity.relatedId("project").eq(projectId)));
        changes.addAll(changes(audit, FINANCING, AuditEntity.relatedId("project").eq(projectId)));
        ReportComments comments = reportComments(projectId);
        changes.addAll(changes(audit, REPORT, AuditEntity.relatedId("project").eq(projectId),
                (report, change) -> "status".equals(change.field()) ? change.withEvent(reportEvent(report, change, comments))
                        : change));
        changes.addAll(changes(audit, MILESTONE, AuditEntity.relatedId("project").eq(projectId)));
        List<Long> grantIds = em.createQuery("select g.id from Grant g where g.project.id = :id", Long.class)
                .setParameter("id", projectId).getResultList();
        for (Long grantId : grantIds) {
            changes.addAll(changes(audit, GRANT, AuditEntity.id().eq(grantId)));
            changes.addAll(changes(audit, AMENDMENT, AuditEntity.relatedId("grant").eq(grantId)));
            changes.addAll(changes(audit, PAYMENT, AuditEntity.relatedId("grant").eq(grantId)));
        }
        long fundId = em.createQuery("select p.fund.id from Project p where p.id = :id", Long.class)
                .setParameter("id", projectId).getSingleResult();
        if (!scopes.current().seesInternalNotes(fundId)) {
            changes.removeIf(change -> INTERNAL_NOTE.equals(change.field()));
        }
        changes.sort(Comparator.comparingLong(ProjectChange::revision).reversed());
        return withNames(resolved(changes));
    }

    private static <T> List<ProjectChange> changes(AuditReader audit, AuditedPart<T> part, AuditCriterion criterion) {
        return changes(audit, part, criterion, (snapshot, change) -> change);
    }

    /**
     * Walks the revisions of one part in order and compares each snapshot of an item with its previous one;
     * {@code meaning} may tell what a changed value means (given the snapshot after the change).
     */
    private static <T> List<ProjectChange> changes(AuditReader audit, AuditedPart<T> part, AuditCriterion criterion,
                                                   java.util.function.BiFunction<T, ProjectChange, ProjectChange> meaning) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = audit.createQuery()
                .forRevisionsOfEntity(part.type(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, T> previous = new HashMap<>();
        List<ProjectChange> changes = new ArrayList<>();
        for (Object[] envers : rows) {
            Snapshot<T> row = Snapshot.of(part.type(), envers);
            T snapshot = row.entity();
            AuditRevision revision = row.revision();
            RevisionType type = row.type();
            Object id = ((dk.pulje.domain.model.shared.VersionedEntity) snapshot).getId();
            Object item = part.item().apply(snapshot);
            switch (type) {
                case ADD -> changes.add(change(revision, part, item, ChangeKind.ADDED, null, null, null));
                case DEL -> changes.add(change(revision, part, item, ChangeKind.REMOVED, null, null, null));
                case MOD -> {
                    T before = previous.get(id);
                    part.fields().forEach((field, value) -> {
                        Object old = before == null ? null : value.apply(before);
                        Object now = value.apply(snapshot);
                        if (before != null && !Objects.equals(old, now)) {
                            if (old instanceof List<?> oldElements && now instanceof List<?> newElements) {
                                changes.addAll(elementChanges(revision, field, oldElements, newElements));
                            } else {
                                changes.add(meaning.apply(snapshot,
                                        change(revision, part, item, ChangeKind.CHANGED, field, old, now)));
                            }
                        }
                    });
                }
            }
            previous.put(id, snapshot);
        }
        return changes;
    }

    // Report events ---------------------------------------------------------------------------------------------------

    /**
     * A report's change of status as the event it is: handed in; returned, with the sections the reviewer commented
     * on; approved; or its accounts approved with what of the grant was unspent and what is to be paid back (the
     * figures recorded in that very revision).
     */
    private static HistoryEvent reportEvent(ReportObligation report, ProjectChange change, ReportComments comments) {
        return switch (report.getStatus()) {
            case SUBMITTED -> new HistoryEvent("history.event.report.submitted");
            case RETURNED -> {
                List<ReportSection> commented = comments.at(report.getId(), change.revision());
                yield commented.isEmpty() ? new HistoryEvent("history.event.report.returned")
                        : new HistoryEvent("history.event.report.returnedWithComments", (Object) commented);
            }
            case APPROVED -> report.getUnspent() == null ? new HistoryEvent("history.event.report.approved")
                    : new HistoryEvent("history.event.report.accountsApproved", report.getUnspent(), report.getRepayment());
            default -> null;
        };
    }

    /**
     * The reviewer's comments per section of the project's reports through the revisions, from the audit trail in
     * one statement: which sections carried a comment as of a given revision.
     */
    private ReportComments reportComments(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.report_id, s.section, s.rev, s.revtype, s.review_comment is not null
                        from report_section_aud s
                        where s.report_id in (select r.id from report_obligation_aud r where r.project_id = ?1)
                        order by s.rev, s.revtype desc""")
                .setParameter(1, projectId).getResultList();
        return new ReportComments(rows.stream().map(r -> new CommentRow(((Number) r[0]).longValue(),
                ReportSection.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue() != 2 && Boolean.TRUE.equals(r[4]))).toList());
    }

    /** One audited state of a report's section: whether it carried a reviewer's comment from that revision on. */
    private record CommentRow(long reportId, ReportSection section, long revision, boolean commented) {
    }

    private record ReportComments(List<CommentRow> rows) {

        /** The sections of a report that carried a comment as of a revision, in the order of the form. */
        List<ReportSection> at(long reportId, long revision) {
            Map<ReportSection, Boolean> state = new java.util.EnumMap<>(ReportSection.class);
            rows.stream().filter(r -> r.reportId() == reportId && r.revision() <= revision)
                    .forEach(r -> state.put(r.section(), r.commented()));
            return state.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        }
    }

    /**
     * One row of Envers' {@code forRevisionsOfEntity(type, false, true)}, which can only answer with an
     * {@code Object[]} of entity, revision and revision type (in that documented order): read by position here, once.
     */
    private record Snapshot<T>(T entity, AuditRevision revision, RevisionType type) {

        static <T> Snapshot<T> of(Class<T> entityType, Object[] row) {
            return new Snapshot<>(entityType.cast(row[0]), (AuditRevision) row[1], (RevisionType) row[2]);
        }
    }

    private static ProjectChange change(AuditRevision revision, AuditedPart<?> part, Object item, ChangeKind kind,
                                        String field, Object before, Object after) {
        return new ProjectChange(revision.getChangedAt(), revision.getUsername(), revision.getId(), part.area(), item,
                kind, field, before, after, null);
    }

    /**
     * A value list (target groups, activities, contacts) as lines per element: what is new was added, what is gone
     * was removed; an element edited in place reads as the old one removed and the new one added.
     */
    private static List<ProjectChange> elementChanges(AuditRevision revision, String area, List<?> before, List<?> after) {
        List<ProjectChange> lines = new ArrayList<>();
        for (Object element : before) {
            if (!after.contains(element)) {
                lines.add(new ProjectChange(revision.getChangedAt(), revision.getUsername(), revision.getId(), area,
                        element, ChangeKind.REMOVED, null, null, null, null));
            }
        }
        for (Object element : after) {
            if (!before.contains(element)) {
                lines.add(new ProjectChange(revision.getChangedAt(), revision.getUsername(), revision.getId(), area,
                        element, ChangeKind.ADDED, null, null, null, null));
            }
        }
        return lines;
    }

    private static Object contact(ProjectContact contact) {
        Object person = recorded(contact.getPerson(), ContactPerson::getName, ContactPerson.class);
        return contact.getRole() == null ? person : new WithRole(person, contact.getRole());
    }

    /** The people behind the usernames, as the history names them ("af Anne Kjær Madsen"), in one statement. */
    private List<ProjectChange> withNames(List<ProjectChange> changes) {
        Set<String> usernames = changes.stream().map(ProjectChange::changedBy).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (usernames.isEmpty()) {
            return changes;
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.displayName from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return changes.stream().map(c -> c.withName(names.getOrDefault(c.changedBy(), c.changedBy()))).toList();
    }

    private static Object name(Organisation organisation) {
        return recorded(organisation, Organisation::getName, Organisation.class);
    }

    /**
     * The name as the audit trail recorded it at that revision. Rows written outside Pulje (by SQL, before their table
     * was audited) have no snapshot; rather than fail the whole page, the history then names them as they are now
     * ({@link Unrecorded}, resolved in one look-up per row by {@link #resolved}).
     */
    private static <E> Object recorded(E entity, Function<E, String> name, Class<E> type) {
        if (entity == null) {
            return null;
        }
        try {
            return name.apply(entity);
        } catch (EntityNotFoundException e) {
            return new Unrecorded(type, entity instanceof org.hibernate.proxy.HibernateProxy proxy
                    ? proxy.getHibernateLazyInitializer().getIdentifier() : ((dk.pulje.domain.model.shared.VersionedEntity) entity).getId());
        }
    }

    /** An organisation or person the audit trail holds no snapshot of; named by its current name. */
    record Unrecorded(Class<?> type, Object id) {
    }

    /** A contact person with their role in the project: "Mette Holm (projektleder)". */
    record WithRole(Object person, String role) {
    }

    private List<ProjectChange> resolved(List<ProjectChange> changes) {
        Map<Unrecorded, String> names = new HashMap<>();
        Function<Object, Object> resolve = new Function<>() {
            @Override
            public Object apply(Object value) {
                if (value instanceof Unrecorded unrecorded) {
                    return names.computeIfAbsent(unrecorded, u -> {
                        Object current = em.find(u.type(), u.id());
                        return current instanceof Organisation o ? o.getName()
                                : current instanceof ContactPerson c ? c.getName() : null;
                    });
                }
                if (value instanceof WithRole withRole) {
                    return apply(withRole.person()) + " (" + withRole.role() + ")";
                }
                if (value instanceof List<?> list) {
                    return list.stream().map(this).toList();
                }
                return value;
            }
        };
        return changes.stream().map(c -> c.map(resolve)).toList();
    }
}

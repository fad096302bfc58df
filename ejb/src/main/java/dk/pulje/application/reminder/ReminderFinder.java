package dk.pulje.application.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, in SQL, the deadlines a reminder may be due for and whom to tell. Only the window is read (from the overdue
 * window's start to the furthest reminder ahead), from the partial indexes on open reports (V2) and open milestones
 * (V15), so the job costs the same at 100 projects as at 100,000.
 */
@Stateless
@PermitAll // only ReminderService calls it (see there)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReminderFinder {

    /** The projects that owe reports and milestones: granted and running, or awaiting their final report. */
    static final String OPEN_PROJECTS = "('GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE')";

    @PersistenceContext(unitName = "pulje")
    private EntityManager em;

    public List<DueDeadline> deadlines(LocalDate today, ReminderSettings settings) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select 'REPORT', r.id, r.due_date, r.report_type, p.id, p.title, p.owner_id
                  from report_obligation r join project p on p.id = r.project_id
                 where r.status in ('DUE', 'RETURNED') and r.due_date between ?1 and ?2
                   and p.status in %1$s
                union all
                select 'MILESTONE', m.id, m.due_date, m.title, p.id, p.title, p.owner_id
                  from milestone m join project p on p.id = m.project_id
                 where m.status in ('PLANNED', 'DELAYED') and m.due_date between ?1 and ?2
                   and p.status in %1$s
                 order by 3, 1, 2""".formatted(OPEN_PROJECTS))
                .setParameter(1, Date.valueOf(today.minusDays(ReminderSettings.OVERDUE_WINDOW_DAYS)))
                .setParameter(2, Date.valueOf(today.plusDays(settings.horizonDays())))
                .getResultList();
        return rows.stream().map(r -> new DueDeadline(SubjectKind.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                localDate(r[2]), (String) r[3], ((Number) r[4]).longValue(), (String) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue())).toList();
    }

    /**
     * The applicant users of the owning organisation who have an e-mail address, in the language they chose; when
     * there is none, the project's contact persons with an address (in Danish, as they have no account to choose with).
     */
    public List<Recipient> recipients(DueDeadline deadline) {
        if (deadline.ownerId() != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> users = em.createNativeQuery("""
                    select u.email, u.display_name, u.preferred_language
                      from user_account u
                      join user_organisation uo on uo.user_id = u.id
                      join user_role ur on ur.user_id = u.id and ur.role = 'APPLICANT'
                     where uo.organisation_id = ?1 and u.enabled and nullif(trim(u.email), '') is not null
                     order by u.id""")
                    .setParameter(1, deadline.ownerId())
                    .getResultList();
            if (!users.isEmpty()) {
                return distinct(users.stream().map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2])).toList());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> contacts = em.createNativeQuery("""
                select c.email, c.name
                  from project_contact pc join contact_person c on c.id = pc.contact_person_id
                 where pc.project_id = ?1 and nullif(trim(c.email), '') is not null
                 order by pc.position""")
                .setParameter(1, deadline.projectId())
                .getResultList();
        return distinct(contacts.stream().map(r -> new Recipient((String) r[0], (String) r[1], "da")).toList());
    }

    /** One mail per address, even when a person is both a user and a contact, or listed twice. */
    private static List<Recipient> distinct(List<Recipient> recipients) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        recipients.forEach(r -> byAddress.putIfAbsent(r.email(), r));
        return List.copyOf(byAddress.values());
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

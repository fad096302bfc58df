package dk.pulje.application.reminder;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.UnsupportedEncodingException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Claims one reminder for one recipient and sends it, in one transaction of its own (docs/adr/0008-reminder-claims.md):
 * <ol>
 *   <li>{@code INSERT … ON CONFLICT DO NOTHING} on reminder_sent's unique key. If another run has the row (committed,
 *       or still sending: PostgreSQL makes this insert wait for that transaction), nothing is inserted and nothing sent.</li>
 *   <li>Only the run that inserted the row sends. If the SMTP server refuses, the exception rolls the claim back, so
 *       a later run tries again.</li>
 *   <li>The claim commits after the SMTP server has taken the mail. A crash in between sends the mail again on the
 *       next run: at least once, never silently lost.</li>
 * </ol>
 */
@Stateless
@PermitAll // only ReminderService calls it (see there)
public class ReminderSender {

    @PersistenceContext(unitName = "pulje")
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Pulje")
    private Session mailSession;

    /** @return true when this call sent the mail, false when another run had claimed it */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndSend(DueDeadline deadline, String step, Recipient recipient, LocalDate today,
                                ReminderSettings settings) {
        ReminderMail mail = ReminderMail.compose(deadline, step, recipient, today, settings);
        int claimed = em.createNativeQuery("""
                insert into reminder_sent (subject_kind, subject_id, due_date, step, recipient, project_id, language, sent_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict on constraint reminder_sent_once do nothing""")
                .setParameter(1, deadline.kind().name())
                .setParameter(2, deadline.subjectId())
                .setParameter(3, Date.valueOf(deadline.dueDate()))
                .setParameter(4, step)
                .setParameter(5, recipient.email())
                .setParameter(6, deadline.projectId())
                .setParameter(7, recipient.language())
                .setParameter(8, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email(), recipient.name(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setHeader("Content-Language", recipient.language());
            message.setSentDate(new java.util.Date());
            String user = System.getenv("PULJE_SMTP_USER");
            if (user == null || user.isBlank()) {
                Transport.send(message); // a relay that wants no login
            } else {
                // The login is given here, not in the mail session: WildFly leaves a session with an empty username
                // unbound (configure-server.cli), and an unset variable would have been exactly that.
                Transport.send(message, user, System.getenv("PULJE_SMTP_PASSWORD"));
            }
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new ReminderNotSent(recipient.email(), e);
        }
    }
}

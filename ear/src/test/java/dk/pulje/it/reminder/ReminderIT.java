package dk.pulje.it.reminder;

import dk.pulje.application.reminder.ReminderJob;
import dk.pulje.application.reminder.ReminderRun;
import dk.pulje.application.reminder.ReminderService;
import dk.pulje.application.reminder.ReminderSettings;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminder e-mails through the real mail session to a real SMTP server (GreenMail, TestSmtp) and the claims in the
 * real database. The suite's WildFly has no PULJE_SMTP_HOST, so its job is off (as it is here, see the last test) and
 * no timer mails anyone during the other tests; these tests run the job's work themselves, with settings that name the
 * host, for a "today" of their choosing.
 */
@PuljeIntegrationTest
class ReminderIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    static final ReminderSettings ON = ReminderSettings.from(Map.of("PULJE_SMTP_HOST", "localhost",
            "PULJE_BASE_URL", "https://pulje.example.dk/pulje/"));

    @Deployment
    static EnterpriseArchive deployment() {
        return ReminderDeployments.withSmtp(ReminderIT.class);
    }

    @EJB
    ReminderService reminders;

    @EJB
    ReminderFixture fixture;

    @EJB
    TestSmtp smtp;

    @EJB
    ReminderJob job;

    @Resource
    ManagedExecutorService executor;

    @Test
    void eachApplicantGetsEachReminderOnceInTheirLanguageWithTheDeadlineAndALinkToTheProject() throws Exception {
        long library = fixture.organisation("Påmindelsesbiblioteket");
        fixture.applicant(library, "rem-dansk", "Dorthe Dansk", "Dorthe@Paamindelse.test", "da");
        fixture.applicant(library, "rem-english", "Emma English", "emma@paamindelse.test", "en");
        fixture.applicant(library, "rem-uden-mail", "Uffe Uden Mail", null, "da");
        long project = fixture.project(library, "Læselyst på Påmindelsesbiblioteket", ProjectStatus.ACTIVE, p -> {
            p.requireReport(ReportType.STATUS, TODAY.plusDays(14));
            p.addMilestone("Første læsecafé holdt", TODAY.plusDays(3));
            p.requireReport(ReportType.MIDWAY, TODAY.minusDays(2));
            p.requireReport(ReportType.FINAL, TODAY.plusDays(40));     // not yet
            p.requireReport(ReportType.ACCOUNTS, TODAY.minusDays(60)); // missed long ago: the board's, not the mail's
        });

        ReminderRun first = reminders.sendDue(TODAY, ON);

        assertTrue(first.enabled());
        assertEquals(0, first.failed());
        List<MimeMessage> danish = smtp.receivedBy("dorthe@paamindelse.test");
        List<MimeMessage> english = smtp.receivedBy("emma@paamindelse.test");
        String link = "https://pulje.example.dk/pulje/projects/view.xhtml?id=" + project;
        assertEquals(List.of(
                "Fristen er overskredet: midtvejsrapporten for \"Læselyst på Påmindelsesbiblioteket\" skulle have været afleveret " + danish(TODAY.minusDays(2)),
                "Påmindelse: milepælen \"Første læsecafé holdt\" i \"Læselyst på Påmindelsesbiblioteket\" skal være nået senest " + danish(TODAY.plusDays(3)),
                "Påmindelse: statusrapporten for \"Læselyst på Påmindelsesbiblioteket\" skal afleveres senest " + danish(TODAY.plusDays(14))),
                sortedSubjects(danish));
        assertEquals(List.of(
                "Deadline passed: the midway report for \"Læselyst på Påmindelsesbiblioteket\" was due by " + english(TODAY.minusDays(2)),
                "Reminder: the milestone \"Første læsecafé holdt\" of \"Læselyst på Påmindelsesbiblioteket\" is due by " + english(TODAY.plusDays(3)),
                "Reminder: the status report for \"Læselyst på Påmindelsesbiblioteket\" is due by " + english(TODAY.plusDays(14))),
                sortedSubjects(english));
        for (MimeMessage mail : danish) {
            assertEquals("da", mail.getHeader("Content-Language")[0]);
            assertTrue(((String) mail.getContent()).startsWith("Kære Dorthe Dansk"), (String) mail.getContent());
            assertTrue(((String) mail.getContent()).contains("Se projektet i Pulje: " + link), (String) mail.getContent());
            assertEquals("pulje@reminders.test", mail.getFrom()[0].toString());
        }
        for (MimeMessage mail : english) {
            assertEquals("en", mail.getHeader("Content-Language")[0]);
            assertTrue(((String) mail.getContent()).contains("See the project in Pulje: " + link), (String) mail.getContent());
        }
        assertEquals(3, fixture.claimsFor("dorthe@paamindelse.test"), "the address is kept in lower case, once per reminder");

        int arrived = smtp.receivedInAll();
        ReminderRun second = reminders.sendDue(TODAY, ON);

        assertEquals(0, second.sent(), "the second run finds every reminder claimed");
        assertTrue(second.alreadySent() >= 6, "the second run saw the six it must not send again: " + second);
        assertEquals(arrived, smtp.receivedInAll());
    }

    @Test
    void withoutAnApplicantAddressTheProjectsContactPersonsAreReminded() throws Exception {
        long school = fixture.organisation("Påmindelsesskolen");
        fixture.applicant(school, "rem-skole", "Søren Skole", "  ", "en");
        long project = fixture.project(school, "Kodeklub på Påmindelsesskolen", ProjectStatus.FINAL_REPORT_DUE,
                p -> p.requireReport(ReportType.FINAL, TODAY.plusDays(3)));
        fixture.contact(project, "Karin Kontakt", "karin@paamindelse.test");
        long closed = fixture.project(school, "Lukket projekt på Påmindelsesskolen", ProjectStatus.CLOSED,
                p -> p.requireReport(ReportType.FINAL, TODAY.plusDays(3)));
        fixture.contact(closed, "Karin Kontakt", "karin@paamindelse.test");

        reminders.sendDue(TODAY, ON);

        List<MimeMessage> mails = smtp.receivedBy("karin@paamindelse.test");
        assertEquals(1, mails.size(), "one mail, for the open project only");
        assertEquals("Påmindelse: slutrapporten for \"Kodeklub på Påmindelsesskolen\" skal afleveres senest " + danish(TODAY.plusDays(3)),
                mails.get(0).getSubject());
        assertTrue(((String) mails.get(0).getContent()).startsWith("Kære Karin Kontakt"));
    }

    @Test
    void twoRunsAtOnceAsOnTwoServersSendEachReminderOnce() throws Exception {
        long library = fixture.organisation("Samtidighedsbiblioteket");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            addresses.add("samtidig" + i + "@paamindelse.test");
            fixture.applicant(library, "rem-samtidig-" + i, "Samtidig " + i, addresses.get(i), i % 2 == 0 ? "da" : "en");
        }
        for (int i = 0; i < 4; i++) {
            int day = i;
            fixture.project(library, "Samtidigt projekt " + i, ProjectStatus.ACTIVE, p -> {
                p.requireReport(ReportType.STATUS, TODAY.plusDays(day));
                p.addMilestone("Milepæl " + day, TODAY.plusDays(10 + day));
            });
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<ReminderRun> run = () -> {
            start.await();
            return reminders.sendDue(TODAY, ON);
        };
        Future<ReminderRun> one = executor.submit(run);
        Future<ReminderRun> other = executor.submit(run);
        start.countDown();
        ReminderRun a = one.get();
        ReminderRun b = other.get();

        for (String address : addresses) {
            assertEquals(8, smtp.receivedBy(address).size(), address + ": 4 reports and 4 milestones, each once");
            assertEquals(8, fixture.claimsFor(address));
        }
        assertTrue(a.sent() + b.sent() >= 40, "between them the two runs sent all 40 (and whatever else was due): " + a + " " + b);
        assertEquals(0, a.failed() + b.failed());
    }

    @Test
    void aMailTheSmtpServerDoesNotTakeIsNotClaimedAndGoesOutOnTheNextRun() throws Exception {
        long library = fixture.organisation("Nedetidsbiblioteket");
        fixture.applicant(library, "rem-nedetid", "Nanna Nedetid", "nanna@paamindelse.test", "da");
        fixture.reportDue(library, "Projekt med nede SMTP", ReportType.STATUS, TODAY.plusDays(2));

        smtp.goDown();
        ReminderRun whileDown;
        try {
            whileDown = reminders.sendDue(TODAY, ON);
        } finally {
            smtp.comeBack();
        }
        assertTrue(whileDown.failed() >= 1, whileDown.toString());
        assertEquals(0, fixture.claimsFor("nanna@paamindelse.test"), "the failed send rolled its claim back");

        reminders.sendDue(TODAY, ON);

        assertEquals(1, smtp.receivedBy("nanna@paamindelse.test").size());
        assertEquals(1, fixture.claimsFor("nanna@paamindelse.test"));
    }

    /** The suite's server has no PULJE_SMTP_HOST: the job said so once at start, runs no timer and sends nothing. */
    @Test
    void withoutAnSmtpHostRemindersAreOffWithOneLogLineAndNoTimer() throws Exception {
        long library = fixture.organisation("Slukket bibliotek");
        fixture.applicant(library, "rem-slukket", "Sune Slukket", "sune@paamindelse.test", "da");
        fixture.reportDue(library, "Projekt uden påmindelser", ReportType.STATUS, TODAY.plusDays(1));

        ReminderRun off = reminders.sendDue(TODAY, ReminderSettings.from(Map.of()));

        assertFalse(off.enabled());
        assertEquals(0, off.sent());
        assertFalse(job.isScheduled());
        assertEquals(0, smtp.receivedBy("sune@paamindelse.test").size());
        assertEquals(0, fixture.claimsFor("sune@paamindelse.test"));
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        assertTrue(Files.readAllLines(log).stream()
                .anyMatch(line -> line.endsWith("Reminder e-mails are off: PULJE_SMTP_HOST is not set.")));
    }

    private static List<String> sortedSubjects(List<MimeMessage> mails) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        return subjects.stream().sorted().toList();
    }

    static String danish(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("da-DK")).format(date);
    }

    static String english(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(date);
    }
}

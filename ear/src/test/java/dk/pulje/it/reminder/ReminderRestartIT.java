package dk.pulje.it.reminder;

import dk.pulje.application.reminder.ReminderRun;
import dk.pulje.application.reminder.ReminderService;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Never twice, also after a restart": the claims live in the database and nowhere else. The application is deployed,
 * sends, and is then undeployed and deployed again (every bean, timer, cache and the SMTP test server start anew), and
 * the same run on the same day sends nothing.
 */
@PuljeIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderRestartIT {

    private static final String PULJE = "pulje-restarted";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String RECIPIENT = "rikke@genstart.test";

    @Deployment(name = PULJE, managed = false)
    static EnterpriseArchive deployment() {
        return ReminderDeployments.withSmtp(ReminderRestartIT.class);
    }

    @ArquillianResource
    Deployer deployer;

    @EJB
    ReminderService reminders;

    @EJB
    ReminderFixture fixture;

    @EJB
    TestSmtp smtp;

    @Test
    @Order(1)
    @RunAsClient
    void deploy() {
        deployer.deploy(PULJE);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(PULJE)
    void beforeTheRestartTheReminderGoesOut() {
        long library = fixture.organisation("Genstartsbiblioteket");
        fixture.applicant(library, "rem-genstart", "Rikke Genstart", RECIPIENT, "da");
        fixture.reportDue(library, "Projekt der overlever en genstart", ReportType.STATUS, TODAY.plusDays(3));

        ReminderRun run = reminders.sendDue(TODAY, ReminderIT.ON);

        assertEquals(0, run.failed());
        assertEquals(1, smtp.receivedBy(RECIPIENT).size());
        assertEquals(1, fixture.claimsFor(RECIPIENT));
    }

    @Test
    @Order(3)
    @RunAsClient
    void restart() {
        deployer.undeploy(PULJE);
        deployer.deploy(PULJE);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(PULJE)
    void afterTheRestartTheSameRunSendsNothing() {
        assertEquals(0, smtp.receivedInAll(), "a fresh SMTP server: nothing is carried over in memory");

        ReminderRun run = reminders.sendDue(TODAY, ReminderIT.ON);

        assertEquals(0, run.sent(), run.toString());
        assertEquals(true, run.alreadySent() >= 1, "it found the reminder, and its claim: " + run);
        assertEquals(0, smtp.receivedBy(RECIPIENT).size());
        assertEquals(1, fixture.claimsFor(RECIPIENT));
    }

    @Test
    @Order(5)
    @RunAsClient
    void undeploy() {
        deployer.undeploy(PULJE);
    }
}

package dk.pulje.it.reminder;

import com.icegreen.greenmail.util.GreenMail;
import dk.pulje.it.support.PuljeDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.stream.Stream;

/** The real EAR with the reminder tests, their fixture and a GreenMail SMTP server (its jar in the EAR's lib). */
final class ReminderDeployments {

    private ReminderDeployments() {
    }

    static EnterpriseArchive withSmtp(Class<?>... testClasses) {
        Class<?>[] classes = Stream.concat(Arrays.stream(testClasses),
                Stream.of(ReminderIT.class, TestSmtp.class, ReminderFixture.class)).distinct().toArray(Class<?>[]::new);
        EnterpriseArchive ear = PuljeDeployments.withTests(classes);
        try {
            // GreenMail only: WildFly gives the deployment Jakarta Mail and SLF4J.
            ear.addAsLibrary(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return ear;
    }
}

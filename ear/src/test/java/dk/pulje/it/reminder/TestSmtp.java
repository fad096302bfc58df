package dk.pulje.it.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test deployment, on the port the build reserved and gave WildFly as
 * PULJE_SMTP_PORT: the mail session java:jboss/mail/Pulje sends to it over TCP, with the build's test user and password
 * (PULJE_SMTP_USER/PASSWORD). It lives as long as the deployment, so a redeploy starts it empty.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestSmtp {

    private GreenMail server;

    @PostConstruct
    void start() {
        server = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("PULJE_SMTP_PORT")), "127.0.0.1", "smtp"));
        server.setUser(System.getenv("PULJE_SMTP_FROM"), System.getenv("PULJE_SMTP_USER"), System.getenv("PULJE_SMTP_PASSWORD"));
        server.start();
    }

    @PreDestroy
    void stop() {
        server.stop();
    }

    /** What arrived for one address, in the order it arrived. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public int receivedInAll() {
        return server.getReceivedMessages().length;
    }

    /** Stops taking mail, as an SMTP server that is down. */
    public void goDown() {
        server.stop();
    }

    public void comeBack() {
        start();
    }
}

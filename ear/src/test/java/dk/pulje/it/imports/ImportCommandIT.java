package dk.pulje.it.imports;

import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.launcher.ImportCommand;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./pulje import}: the launcher's command against the real server, as a clerk runs it from a shell: the row
 * table and totals, exit 0 when stored, 1 when rows are refused, 2 for a wrong command line or an unreachable Pulje.
 */
@PuljeIntegrationTest
@RunAsClient
class ImportCommandIT {

    private static DemoIds ids;
    private static long fund;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        ids = DemoIds.withMixedUser();
        fund = ImportFund.ensure();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> asMixed() {
        return Map.of("PULJE_URL", Urls.base(), "PULJE_USER", ImportFund.USER, "PULJE_PASSWORD", DemoUser.PASSWORD);
    }

    private static Path file(String csv) throws IOException {
        Path file = Files.createTempFile("pulje-import-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void storesPrintsTheTableAndSaysUnchangedTheSecondTime() throws IOException {
        String round = "Kommandolinje " + UUID.randomUUID().toString().substring(0, 8);
        Path list = file("Projekt;By;Delpulje;Samlet projektsum;Bevilget\n"
                + "Skriftlighed på ny;Aarhus;Åben pulje;2,642 mio. kroner;1 mio. kroner\n"
                + "Grønne rollemodeller igen;Aarhus;Åben pulje;0,689 mio.;517.000\n");
        String fundId = String.valueOf(fund);

        Run first = run(asMixed(), list.toString(), "--fund", fundId, "--round", round, "--create-round");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().matches("(?s)Række\\s+Status\\s+Titel\\s+Beskeder.*"), first.out());
        assertTrue(first.out().contains("2     CREATED   Skriftlighed på ny"), first.out());
        assertTrue(first.out().contains("I alt: 2 rækker, 2 oprettet, 0 ændret, 0 uændret, 0 afvist"), first.out());
        assertTrue(first.out().contains("Gemt."), first.out());

        Run second = run(asMixed(), list.toString(), "--fund", fundId, "--round", round);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("2 uændret"), second.out());
    }

    @Test
    void refusedRowsExitOneAndNameTheProblem() throws IOException {
        Path list = file("Projekt;By;Delpulje;Samlet projektsum;Bevilget\n"
                + "For meget;Horsen;Åben pulje;1 mio.;2 mio.\n");
        Run refused = run(asMixed(), list.toString(), "--fund", String.valueOf(fund),
                "--round", "Afvist " + UUID.randomUUID(), "--create-round");
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.out().contains("REFUSED"), refused.out());
        assertTrue(refused.out().contains("Mente du Horsens?"), refused.out());
        assertTrue(refused.out().contains("Intet er gemt."), refused.out());
    }

    @Test
    void anApiTokenTakesThePlaceOfThePassword() throws IOException {
        // An administrator with a second factor cannot use HTTP Basic (issue 13): the command takes a token instead.
        Path list = file("Projekt;By;Delpulje;Samlet projektsum;Bevilget\n"
                + "Læsning med token;Aarhus;Åben pulje;1 mio.;0,5 mio.\n");
        String token = dk.pulje.it.support.TestTokens.create(ImportFund.USER);
        Run withToken = run(Map.of("PULJE_URL", Urls.base(), "PULJE_TOKEN", token), list.toString(),
                "--fund", String.valueOf(fund), "--round", "Token " + UUID.randomUUID().toString().substring(0, 8),
                "--create-round", "--dry-run");
        assertEquals(0, withToken.exit(), withToken.err());
        assertTrue(withToken.out().contains("Læsning med token"), withToken.out());

        Run forged = run(Map.of("PULJE_URL", Urls.base(), "PULJE_TOKEN", token.substring(0, token.length() - 4) + "AAAA"),
                list.toString(), "--fund", String.valueOf(fund), "--round", "x", "--dry-run");
        assertEquals(2, forged.exit(), forged.out());
        assertTrue(forged.err().contains("401") && forged.err().contains("token"), forged.err());
    }

    @Test
    void usageWrongFundAndNoServerExitTwo() throws IOException {
        Path list = file("Projekt;Bevilget\nA;1\n");
        assertEquals(2, run(asMixed(), list.toString(), "--fund", "1").exit(), "no --round");
        Run foreign = run(asMixed(), list.toString(), "--fund", String.valueOf(ids.foreignFund()), "--round", "x",
                "--dry-run");
        assertEquals(2, foreign.exit());
        assertTrue(foreign.err().contains("404"), foreign.err());
        Run nobody = run(Map.of("PULJE_URL", "http://localhost:1/pulje", "PULJE_USER", ImportFund.USER, "PULJE_PASSWORD", "x"),
                list.toString(), "--fund", "1", "--round", "x");
        assertEquals(2, nobody.exit());
        assertTrue(nobody.err().contains("cannot reach Pulje"), nobody.err());
    }
}

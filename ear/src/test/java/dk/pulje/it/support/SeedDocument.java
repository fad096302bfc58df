package dk.pulje.it.support;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Region Midtjylland's press release (seed 002, copied to the test resources) the way a clerk would, so that
 * the tests compute what Pulje must show from the document itself rather than from numbers typed into the test.
 * <p>
 * The noise is resolved as docs/demo-data.md says: "0324 mio." is 0,324 mio.; "Samlet budget" is the total sum.
 */
public final class SeedDocument {

    public static final String RESOURCE = "seeds/uddannelsespuljen-2024-pressemeddelelse.txt";

    private static final Pattern PROJECT = Pattern.compile("^\\s*•\\s*(.+?)\\s*\\(([^)]+)\\)\\s*$");
    private static final Pattern AMOUNTS = Pattern.compile(
            "(?:Samlet projektsum|Samlet budget):\\s*([0-9,]+) mio\\. kroner\\.\\s*Region Midtjylland støtter med ([0-9,]+) mio\\. kroner\\.");
    private static final Pattern ENVELOPE = Pattern.compile("i alt ([0-9,]+) mio\\. kroner");

    /** One project of the list: title, town, sub-pool ("Temapulje"/"Åben pulje"), total sum and grant. */
    public record SeedProject(String title, String town, String subPool, Money totalSum, Money granted) {
    }

    private final List<SeedProject> projects;
    private final Money envelope;

    private SeedDocument(List<SeedProject> projects, Money envelope) {
        this.projects = List.copyOf(projects);
        this.envelope = envelope;
    }

    public static SeedDocument regionMidtjylland2024() {
        try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedDocument parse(String text) {
        List<SeedProject> projects = new ArrayList<>();
        String subPool = null;
        String title = null;
        String town = null;
        Money envelope = null;
        for (String line : text.split("\\R")) {
            Matcher envelopeMatch = ENVELOPE.matcher(line);
            if (envelope == null && envelopeMatch.find()) {
                envelope = Money.dkkMillions(millions(envelopeMatch.group(1)));
            }
            if (line.startsWith("Fakta:") && line.contains("temapulje")) {
                subPool = "Temapulje";
            } else if (line.startsWith("Fakta:") && line.contains("åbne pulje")) {
                subPool = "Åben pulje";
            }
            Matcher project = PROJECT.matcher(line);
            if (project.matches()) {
                title = project.group(1);
                town = project.group(2);
                continue;
            }
            Matcher amounts = AMOUNTS.matcher(line);
            if (amounts.find() && title != null) {
                projects.add(new SeedProject(title, town, subPool,
                        Money.dkkMillions(millions(amounts.group(1))), Money.dkkMillions(millions(amounts.group(2)))));
                title = null;
            }
        }
        return new SeedDocument(projects, envelope);
    }

    /** "11,063" → "11.063"; "0324" (the comma lost in the press release) → "0.324". */
    static String millions(String danish) {
        if (!danish.contains(",") && danish.startsWith("0") && danish.length() > 1) {
            return "0." + danish.substring(1);
        }
        return danish.replace(',', '.');
    }

    public List<SeedProject> projects() {
        return projects;
    }

    public Money envelope() {
        return envelope;
    }

    public MoneyTotal totalSum() {
        return projects.stream().map(SeedProject::totalSum).reduce(MoneyTotal.empty(Money.DKK), MoneyTotal::add, (a, b) -> a);
    }

    public MoneyTotal granted() {
        return projects.stream().map(SeedProject::granted).reduce(MoneyTotal.empty(Money.DKK), MoneyTotal::add, (a, b) -> a);
    }

    public Money grantedIn(String subPool) {
        return projects.stream().filter(p -> p.subPool().equals(subPool)).map(SeedProject::granted)
                .reduce(Money.zero(Money.DKK), Money::plus);
    }

    public BigDecimal supportShare() {
        return granted().sum().shareOf(totalSum().sum()).orElseThrow();
    }

    public long countInTown(String town) {
        return projects.stream().filter(p -> p.town().equals(town)).count();
    }
}

package dk.pulje.application.opendata;

import dk.pulje.domain.model.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A round's or a fund's grants as a 360Giving 1.4 package ({@code {"grants": [...]}}), written with JSON-P. Each grant
 * is mapped, then judged by {@link GivingQualityCheck}: a grant with problems is left out and listed in
 * {@link #omitted()}, so that what is published always validates and passes the quality checks (docs/adr/0016).
 * Amounts are JSON numbers with two decimals (the schema asks for numbers); an unknown amount is left out, never 0.
 * Beside the standard's fields each grant carries {@code totalProjectSum} and {@code coFinancing} (additional
 * fields: the schema allows other properties).
 */
public final class GivingPackage {

    public static final String STANDARD_VERSION = "1.4";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OpenDataSet set;
    private final List<JsonObject> grants = new ArrayList<>();
    private final List<OmittedGrant> omitted = new ArrayList<>();
    private final Set<Long> published = new HashSet<>();

    private GivingPackage(OpenDataSet set) {
        this.set = set;
        for (OpenDataGrant grant : set.grants()) {
            JsonObject json = grant(grant);
            List<GivingProblem> problems = GivingQualityCheck.problems(json, set.today());
            if (problems.isEmpty()) {
                grants.add(json);
                published.add(grant.projectId());
            } else {
                omitted.add(new OmittedGrant(grant.projectId(), OpenDataIds.grant(grant), grant.title(), problems));
            }
        }
    }

    public static GivingPackage of(OpenDataSet set) {
        return new GivingPackage(set);
    }

    public OpenDataScope scope() {
        return set.scope();
    }

    /** The grants that are published, in the set's order. */
    public List<JsonObject> grants() {
        return List.copyOf(grants);
    }

    /** The projects whose grants are published. */
    public Set<Long> publishedProjects() {
        return Set.copyOf(published);
    }

    public List<OmittedGrant> omitted() {
        return List.copyOf(omitted);
    }

    /**
     * The package: its grants and what describes it. Only when there is a grant to publish: the schema wants at least
     * one, and an empty package would say nothing true.
     */
    public JsonObject toJson() {
        if (grants.isEmpty()) {
            throw new IllegalStateException("no grant to publish: " + omitted);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        grants.forEach(list::add);
        OpenDataParty funder = set.scope().funder();
        return Json.createObjectBuilder()
                .add("grants", list)
                .add("version", STANDARD_VERSION)
                .add("title", set.scope().title())
                .add("description", "Bevillinger fra " + set.scope().title() + ", udgivet fra Pulje.")
                .add("issued", DATE_TIME.format(set.generated()))
                .add("publisher", Json.createObjectBuilder()
                        .add("identifier", OpenDataIds.organisation(funder))
                        .add("name", funder.name()))
                .build();
    }

    private static JsonObject grant(OpenDataGrant grant) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", OpenDataIds.grant(grant))
                .add("title", grant.title())
                .add("description", description(grant))
                .add("currency", Money.DKK.getCurrencyCode());
        amount(json, "amountAppliedFor", grant.figures().applied());
        amount(json, "amountAwarded", grant.figures().granted());
        amount(json, "amountDisbursed", grant.figures().paid());
        if (grant.awardDate() != null) {
            json.add("awardDate", grant.awardDate().toString());
        }
        plannedDates(json, grant.startDate(), grant.endDate());
        if (grant.recipient() != null) {
            json.add("recipientOrganization", Json.createArrayBuilder().add(recipient(grant.recipient())));
        }
        json.add("fundingOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", OpenDataIds.organisation(grant.funder()))
                .add("name", grant.funder().name())));
        if (grant.town() != null && !grant.town().isBlank()) {
            json.add("beneficiaryLocation", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("name", grant.town())
                    .add("countryCode", "DK")));
        }
        json.add("grantProgramme", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("code", OpenDataIds.programme(grant.programme()))
                .add("title", grant.programme().title())));
        if (!grant.related().isEmpty()) {
            JsonArrayBuilder activities = Json.createArrayBuilder();
            grant.related().forEach(link -> activities.add(OpenDataIds.grant(link.projectId())));
            json.add("relatedActivity", activities);
        }
        amount(json, "totalProjectSum", grant.figures().totalSum());
        amount(json, "coFinancing", grant.figures().cofinancing());
        return json.build();
    }

    /** The project's description; a project registered without one is described by its grant (the schema wants one). */
    private static String description(OpenDataGrant grant) {
        if (grant.description() != null && !grant.description().isBlank()) {
            return grant.description().strip();
        }
        return "Bevilling fra " + grant.programme().title() + " til projektet \"" + grant.title() + "\""
                + (grant.town() == null ? "" : " i " + grant.town()) + ".";
    }

    private static void plannedDates(JsonObjectBuilder json, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return;
        }
        JsonObjectBuilder event = Json.createObjectBuilder();
        if (start != null) {
            event.add("startDate", start.toString());
        }
        if (end != null) {
            event.add("endDate", end.toString());
        }
        if (start != null && end != null && !end.isBefore(start)) {
            event.add("duration", ChronoUnit.MONTHS.between(start, end.plusDays(1)));
        }
        json.add("plannedDates", Json.createArrayBuilder().add(event));
    }

    private static JsonObjectBuilder recipient(OpenDataParty owner) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", OpenDataIds.organisation(owner))
                .add("name", owner.name());
        if (owner.cvr() != null) {
            json.add("companyNumber", owner.cvr());
        }
        JsonObjectBuilder location = Json.createObjectBuilder().add("countryCode", owner.countryCode());
        if (owner.town() != null && !owner.town().isBlank()) {
            json.add("addressLocality", owner.town());
            location.add("name", owner.town());
        }
        return json.add("location", Json.createArrayBuilder().add(location));
    }

    private static void amount(JsonObjectBuilder json, String field, Money amount) {
        if (amount != null) {
            json.add(field, amount.amount());
        }
    }
}

package dk.pulje.application.opendata;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A small round as the service would read it: grants of every shape the writers must handle. */
final class OpenDataSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static final OpenDataParty REGION = new OpenDataParty(1, "Region Midtjylland", OrganisationType.REGION, "29190925",
            "Viborg", null);
    static final OpenDataParty MERCANTEC = new OpenDataParty(2, "Mercantec", OrganisationType.SCHOOL, null, "Viborg", null);
    static final OpenDataParty LEMVIG = new OpenDataParty(3, "Lemvig Gymnasium", OrganisationType.SCHOOL, "29189706",
            "Lemvig", null);
    static final OpenDataParty P2PU = new OpenDataParty(4, "Peer 2 Peer University", OrganisationType.NGO, null, null, "US");
    static final OpenDataScope ROUND = new OpenDataScope(10, "Region Midtjyllands uddannelsespulje", 20L,
            "Uddannelsespuljen 2024", REGION);
    static final OpenDataProgramme PROGRAMME = new OpenDataProgramme(10, "Region Midtjyllands uddannelsespulje", 20L,
            "Uddannelsespuljen 2024");

    private OpenDataSamples() {
    }

    /** MYRE Midt: everything known, a paid and an unpaid tranche, a partner, two result goals, a follow-up. */
    static OpenDataGrant myre() {
        return new OpenDataGrant(100, "MYRE Midt", "Fremtidens teknologier i erhvervsuddannelserne.", ProjectType.MATURATION,
                ProjectStatus.ACTIVE, PROGRAMME, REGION, MERCANTEC, "Viborg", LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 8, 1), LocalDate.of(2026, 7, 31),
                new OpenDataFigures(Money.dkk("3000000"), Money.dkk("2700000"), Money.dkk("1000000"), Money.dkk("4267000")),
                List.of(new OpenDataLink(150, REGION, true)));
    }

    /** Lemvig: no description, no period, nothing paid, a CVR on the owner. */
    static OpenDataGrant lemvig() {
        return new OpenDataGrant(101, "Sejl og studér på Lemvig Gymnasium", null, ProjectType.DEVELOPMENT,
                ProjectStatus.GRANTED, PROGRAMME, REGION, LEMVIG, "Lemvig", LocalDate.of(2024, 6, 1), null, null,
                new OpenDataFigures(null, Money.dkk("599000"), Money.dkk("0"), Money.dkk("798000")), List.of());
    }

    /** A grant without an owner: 360Giving cannot name its recipient. */
    static OpenDataGrant withoutOwner() {
        return new OpenDataGrant(102, "Skriftlighed forfra", null, ProjectType.DEVELOPMENT, ProjectStatus.GRANTED,
                PROGRAMME, REGION, null, "Aarhus", LocalDate.of(2024, 6, 1), null, null,
                new OpenDataFigures(null, Money.dkk("1000000"), Money.dkk("0"), Money.dkk("2642000")), List.of());
    }

    /** A rejection recorded as 0 kr., decided tomorrow. */
    static OpenDataGrant zeroInTheFuture() {
        return new OpenDataGrant(103, "Afslået", "Afslået ansøgning.", ProjectType.DEVELOPMENT, ProjectStatus.REJECTED,
                PROGRAMME, REGION, P2PU, null, TODAY.plusDays(1), null, null,
                new OpenDataFigures(null, Money.dkk("0"), Money.dkk("0"), null), List.of());
    }

    static OpenDataSet round(OpenDataGrant... grants) {
        return new OpenDataSet(ROUND, OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.ofHours(1)), TODAY,
                List.of(grants),
                Map.of(100L, List.of(
                        new OpenDataTranche(100, LocalDate.of(2024, 9, 1), Money.dkk("1000000"), LocalDate.of(2024, 9, 3),
                                Money.dkk("1000000")),
                        new OpenDataTranche(100, LocalDate.of(2025, 9, 1), Money.dkk("1700000"), null, null))),
                Map.of(100L, List.of(new OpenDataPartner(100, P2PU, PartnerRole.ADVISOR))),
                Map.of(100L, List.of(new OpenDataGoal(100, 0, "Flere elever vælger en teknisk uddannelse", null),
                        new OpenDataGoal(100, 1, "Et forløb i hver kommune", "Forløb gennemført i 19 kommuner"))));
    }
}

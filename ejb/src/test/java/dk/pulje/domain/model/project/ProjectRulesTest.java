package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants that projects, rounds, sub-pools and grants guard themselves. */
class ProjectRulesTest {

    private final Organisation region = new Organisation("Region Midtjylland", OrganisationType.REGION, "Viborg");
    private final Fund fund = withId(new Fund(region, "Region Midtjyllands uddannelsespulje", "Uddannelsespuljen"), 1L);
    private final FundingRound round = withId(new FundingRound(fund, "Uddannelsespuljen 2024", 2024, Money.dkkMillions("19.9")), 10L);

    @Test
    void aProjectCannotEndBeforeItStarts() {
        Project project = project();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> project.schedule(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)));
        assertTrue(e.getMessage().contains("2024-12-31"), e.getMessage());
        project.schedule(LocalDate.of(2024, 1, 1), null);
        assertNull(project.getEndDate(), "an unknown end is allowed");
    }

    @Test
    void amountsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> project().budgetTotal(Money.dkk("-1")));
        assertThrows(IllegalArgumentException.class, () -> new FundingRound(fund, "x", 2024, Money.dkk("-1")));
        Project project = project();
        assertThrows(IllegalArgumentException.class, () -> new Grant(project, null, Money.dkk("-0.01")));
    }

    @Test
    void aGrantCannotExceedTheTotalProjectSum() {
        Project project = project();
        project.budgetTotal(Money.dkkMillions("0.689"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grant(project, null, Money.dkkMillions("0.69")));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        assertEquals(Money.dkkMillions("0.517"), new Grant(project, null, Money.dkkMillions("0.517")).getGranted());
    }

    @Test
    void anUnknownGrantOrTotalStaysUnknown() {
        Project project = project();
        assertNull(project.getTotalSum());
        assertNull(new Grant(project, null, null).getGranted());
    }

    @Test
    void aProjectsRoundBelongsToItsFund() {
        Fund other = withId(new Fund(region, "En anden pulje", "Anden"), 2L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Project(other, round, "Titel", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED));
        assertTrue(e.getMessage().contains("another fund"), e.getMessage());
    }

    @Test
    void aGrantsSubPoolIsInTheProjectsRound() {
        FundingRound otherRound = withId(new FundingRound(fund, "Uddannelsespuljen 2025", 2025, null), 11L);
        SubPool foreign = new SubPool(otherRound, "Temapulje", SubPoolKind.THEME, new BigDecimal("0.80"));
        assertThrows(IllegalArgumentException.class, () -> new Grant(project(), foreign, null));
    }

    @Test
    void aSubPoolTargetIsAShareBetweenZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new SubPool(round, "Temapulje", SubPoolKind.THEME, new BigDecimal("80")));
        assertThrows(IllegalArgumentException.class, () -> new SubPool(round, "Temapulje", SubPoolKind.THEME, new BigDecimal("-0.1")));
    }

    @Test
    void aProjectNeedsATitle() {
        assertThrows(IllegalArgumentException.class, () -> new Project(fund, round, "  ", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED));
        assertEquals("Lær med AI", new Project(fund, round, "  Lær med AI ", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED).getTitle());
    }

    private Project project() {
        return new Project(fund, round, "Grønne Rollemodeller", ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
    }

    /** Entities compare by database id; give the unsaved ones in this test an id as if they had been saved. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = dk.pulje.domain.model.shared.VersionedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CvrAndOrganisationTest {

    @Test
    void aValidCvrPassesTheModulus11Check() {
        // 2·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 + 1·4 = 110 = 10·11
        assertEquals("12345674", new Cvr("12345674").digits());
        assertEquals("29189757", Cvr.parse("DK 29 18 97 57").digits());
        assertEquals("34567891", Cvr.parse("34567891").digits());
    }

    @Test
    void aWrongCheckDigitIsRefusedWithAClearMessage() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> Cvr.parse("12345675"));
        assertEquals("organisation.cvrCheckDigit", e.key());
        assertEquals("CVR-nummeret 12345675 er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.", e.messageIn(new Locale("da")));
        assertEquals("The CVR number 12345675 is not valid: its check digit does not match. Check for typing errors.",
                e.messageIn(Locale.ENGLISH));
    }

    @Test
    void aCvrHasEightDigits() {
        assertEquals("organisation.cvrFormat", assertThrows(RuleViolation.class, () -> Cvr.parse("1234567")).key());
        assertEquals("organisation.cvrFormat", assertThrows(RuleViolation.class, () -> Cvr.parse("1234567a")).key());
        assertEquals("organisation.cvrFormat", assertThrows(RuleViolation.class, () -> Cvr.parse(null)).key());
    }

    @Test
    void oneOrganisationUnderSeveralSpellings() {
        Organisation learnmark = new Organisation("Learnmark Horsens", OrganisationType.SCHOOL, "Horsens");
        learnmark.addAlias("Leanmark Horsens");
        learnmark.addAlias("learnmark horsens"); // its own name is no alias
        assertEquals(1, learnmark.getAliases().size());
        assertTrue(learnmark.isKnownAs("LEANMARK HORSENS"));
        assertTrue(learnmark.isKnownAs(" Learnmark Horsens "));
        assertFalse(learnmark.isKnownAs("Learnmark"));
    }

    @Test
    void aForeignOrganisationHasNoCvrAndACountry() {
        Organisation p2pu = new Organisation("Peer 2 Peer University", OrganisationType.NGO, null);
        p2pu.locate(null, null, null, "us");
        assertEquals("US", p2pu.getCountry());
        assertEquals(null, p2pu.getCvr());
    }
}

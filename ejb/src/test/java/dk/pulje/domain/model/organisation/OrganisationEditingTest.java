package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renaming, aliases, giving up names for a merge, and contact persons' e-mail addresses. */
class OrganisationEditingTest {

    @Test
    void renamingToOneOfItsAliasesDropsThatAlias() {
        Organisation o = new Organisation("Leanmark Horsens", OrganisationType.SCHOOL, "Horsens");
        o.addAlias("Learnmark Horsens");
        o.addAlias("Learnmark");
        o.describe("learnmark horsens", OrganisationType.SCHOOL);
        assertEquals("learnmark horsens", o.getName());
        assertEquals(Set.of("Learnmark"), o.getAliases());
        o.removeAlias(" LEARNMARK ");
        assertTrue(o.getAliases().isEmpty());
    }

    @Test
    void aMergedOrganisationGivesUpItsNameAndAliases() {
        Organisation o = new Organisation("Leanmark Horsens", OrganisationType.SCHOOL, "Horsens");
        o.addAlias("Leanmark");
        assertEquals(List.of("Leanmark Horsens", "Leanmark"), o.giveUpNames());
        assertTrue(o.getAliases().isEmpty());
    }

    @Test
    void aContactPersonsEmailMustLookLikeOne() {
        Organisation o = new Organisation("Randers Bibliotek", OrganisationType.LIBRARY, "Randers");
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> new ContactPerson(o, "Loke Andersen", null, "lda at randersbib.dk", null));
        assertEquals("contact.emailInvalid", e.key());
        assertEquals("The e-mail address \"lda at randersbib.dk\" does not look valid. Write it as name@example.com.",
                e.messageIn(Locale.ENGLISH));
        ContactPerson person = new ContactPerson(o, "Loke Andersen", "Projektleder", " lda@randersbib.dk ", "  ");
        assertEquals("lda@randersbib.dk", person.getEmail());
        assertNull(person.getPhone());
        person.change("Loke Andersen", null, null, "87 10 68 31");
        assertNull(person.getEmail());
        assertEquals("87 10 68 31", person.getPhone());
    }
}

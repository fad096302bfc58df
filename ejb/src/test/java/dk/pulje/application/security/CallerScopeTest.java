package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query conditions each role gets: only the branches it needs, and nothing for a caller without scope. */
class CallerScopeTest {

    @Test
    void anAdministratorIsScopedByFundAlone() {
        CallerScope admin = new CallerScope("admin", Set.of(Role.FUND_ADMIN), Set.of(1L, 2L), Set.of(), Set.of());
        String condition = admin.readableProjects();
        assertTrue(condition.contains("p.fund.id in (:scopeFunds)"), condition);
        assertFalse(condition.contains("scopeOrganisations"), condition);
        assertTrue(admin.administers(1L));
        assertFalse(admin.administers(3L));
        assertTrue(admin.seesInternalNotes(2L));
        assertEquals(" f.id in (:scopeFunds) ", admin.readableFunds("f"));
    }

    @Test
    void anApplicantIsScopedByOwnerOrPartnerOrganisation() {
        CallerScope applicant = new CallerScope("randers", Set.of(Role.APPLICANT), Set.of(), Set.of(), Set.of(7L));
        String condition = applicant.readableProjects();
        assertTrue(condition.contains("p.owner.id in (:scopeOrganisations)"), condition);
        assertTrue(condition.contains("scopePartner.organisation.id in (:scopeOrganisations)"), condition);
        assertFalse(condition.contains("scopeFunds"), condition);
        assertFalse(applicant.seesInternalNotes(1L), "applicants never see internal notes");
        assertTrue(applicant.belongsTo(7L));
        assertFalse(applicant.administers(1L));
        assertEquals(" (1 = 0) ", applicant.readableFunds("f"));
    }

    @Test
    void fundsGivenWithoutTheRoleGrantNothing() {
        // A user whose FUND_ADMIN role was taken away keeps no access through the funds still listed for them.
        CallerScope formerAdmin = new CallerScope("x", Set.of(Role.APPLICANT), Set.of(1L), Set.of(1L), Set.of());
        assertEquals(" (1 = 0) ", formerAdmin.readableProjects());
        assertFalse(formerAdmin.administers(1L));
        assertFalse(formerAdmin.seesInternalNotes(1L));
    }

    @Test
    void aCallerWithoutRolesSeesNothing() {
        CallerScope nobody = new CallerScope(null, Set.of(), Set.of(), Set.of(), Set.of());
        assertEquals(" (1 = 0) ", nobody.readableProjects());
        CallerScope sysadmin = new CallerScope("sysadmin", Set.of(Role.SYSTEM_ADMIN), Set.of(1L), Set.of(1L), Set.of(2L));
        assertEquals(" (1 = 0) ", sysadmin.readableProjects(), "the system administrator sees no project content");
    }

    @Test
    void regionalStaffReadTheirFundsAndTheirInternalNotes() {
        CallerScope region = new CallerScope("region", Set.of(Role.REGIONAL_STAFF), Set.of(), Set.of(4L), Set.of());
        assertTrue(region.readableProjects().contains("p.fund.id in (:scopeFunds)"));
        assertTrue(region.seesInternalNotes(4L));
        assertFalse(region.administers(4L), "reading is not administering");
    }
}

package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void fundsAreGivenOnlyInARoleTheUserHas() {
        UserAccount account = new UserAccount("region", "Rasmus", "hash", now);
        dk.pulje.domain.model.fund.Fund fund = new dk.pulje.domain.model.fund.Fund(
                new dk.pulje.domain.model.organisation.Organisation("SLKS", dk.pulje.domain.model.organisation.OrganisationType.AGENCY, null),
                "Udviklingspuljen", "UP");
        assertEquals("user.administeredFundsNeedRole", assertThrows(RuleViolation.class,
                () -> account.grant(java.util.Set.of(Role.REGIONAL_STAFF), java.util.List.of(), java.util.List.of(fund), java.util.List.of())).key());
        assertEquals("user.readFundsNeedRole", assertThrows(RuleViolation.class,
                () -> account.grant(java.util.Set.of(Role.FUND_ADMIN), java.util.List.of(), java.util.List.of(), java.util.List.of(fund))).key());
        account.grant(java.util.Set.of(Role.REGIONAL_STAFF), java.util.List.of(), java.util.List.of(), java.util.List.of(fund));
        assertEquals(1, account.getFundLinks().size());
        assertEquals(Role.REGIONAL_STAFF, account.getFundLinks().iterator().next().getRole());
    }

    @Test
    void usernamesAreCaseInsensitiveAndPlain() {
        assertEquals("randers", UserAccount.normaliseUsername("  Randers "));
        assertEquals("user.usernameFormat", assertThrows(RuleViolation.class,
                () -> UserAccount.normaliseUsername("ran ders")).key());
        assertEquals("user.usernameFormat", assertThrows(RuleViolation.class,
                () -> UserAccount.normaliseUsername("<script>")).key());
    }
}

package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accounts tier rule: what each tier asks of the accounts before they can be handed in, every gap named at once. */
class AccountsCheckTest {

    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);

    private final Project project = TestIds.withId(new Project(new Fund(new Organisation("Slots- og Kulturstyrelsen",
            OrganisationType.AGENCY, null), "Udviklingspuljen", "UP"), null, "AI i borgernes hænder", ProjectType.DEVELOPMENT,
            ProjectStatus.ACTIVE), 1);
    private final BudgetLine salaries = TestIds.withId(project.addBudgetLine(BudgetCategory.SALARIES, 2025, Money.dkk("60000"), null), 11);
    private final BudgetLine materials = TestIds.withId(project.addBudgetLine(BudgetCategory.MATERIALS, 2025, Money.dkk("20000"), null), 12);
    private final ReportObligation report = project.requireReport(ReportType.FINAL, DUE);

    private List<String> gaps(AccountsTier tier) {
        return AccountsCheck.of(report, tier, project.getBudgetLines()).gaps().stream().map(MessageKey::key).toList();
    }

    @Test
    void theTierFollowsTheGrantedAmount() {
        assertEquals(AccountsTier.DECLARATION, AccountsTier.forGrant(Money.dkk("80000")));
        assertEquals(AccountsTier.DECLARATION, AccountsTier.forGrant(Money.dkk("100000")), "100.000 kr. itself is the small tier");
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, AccountsTier.forGrant(Money.dkk("100000.01")));
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, AccountsTier.forGrant(Money.dkk("300000")));
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, AccountsTier.forGrant(Money.dkk("500000")));
        assertEquals(AccountsTier.AUDITED, AccountsTier.forGrant(Money.dkk("500000.01")));
        assertEquals(AccountsTier.AUDITED, AccountsTier.forGrant(Money.dkk("900000")));
    }

    @Test
    void aDeclarationNeedsEveryLineASignerAndTheTick() {
        assertEquals(List.of("accounts.gap.lines", "accounts.gap.signer", "accounts.gap.declaration"),
                gaps(AccountsTier.DECLARATION));
        report.spend(salaries, Money.dkk("58000"));
        assertEquals(List.of("accounts.gap.lines", "accounts.gap.signer", "accounts.gap.declaration"),
                gaps(AccountsTier.DECLARATION), "one line of two is not the accounts");
        report.spend(materials, Money.dkk("0"));
        report.sign("Loke Andersen", null, false);
        assertEquals(List.of("accounts.gap.declaration"), gaps(AccountsTier.DECLARATION));
        report.sign("Loke Andersen", null, true);
        assertTrue(AccountsCheck.of(report, AccountsTier.DECLARATION, project.getBudgetLines()).isComplete());
    }

    @Test
    void accountsWithAWrittenAccountNeedTheStatementAndTheSignersCompetence() {
        assertEquals(List.of("accounts.gap.lines", "accounts.gap.signer", "accounts.gap.statement",
                "accounts.gap.qualification"), gaps(AccountsTier.ACCOUNTS_AND_STATEMENT));
        everyLine();
        report.sign("Mette Holm", null, false);
        report.write(ReportSection.ACCOUNTS_STATEMENT, "Projektet har brugt midlerne som budgetteret.");
        assertEquals(List.of("accounts.gap.qualification"), gaps(AccountsTier.ACCOUNTS_AND_STATEMENT));
        report.sign("Mette Holm", "økonomichef", false);
        assertEquals(List.of(), gaps(AccountsTier.ACCOUNTS_AND_STATEMENT), "no declaration tick at this tier");
    }

    @Test
    void auditedAccountsNeedTheAuditorsStatementAttached() {
        assertEquals(List.of("accounts.gap.lines", "accounts.gap.signer", "accounts.gap.auditorStatement"),
                gaps(AccountsTier.AUDITED));
        everyLine();
        report.sign("Revisionsfirmaet Tal & Co", null, false);
        report.attach(AttachmentKind.ATTACHMENT, "regnskab.pdf", "application/pdf", 100, "ab", Instant.EPOCH, "randers");
        assertEquals(List.of("accounts.gap.auditorStatement"), gaps(AccountsTier.AUDITED), "an ordinary attachment is not it");
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> report.submitWithAccounts(DUE, AccountsTier.AUDITED, project.getBudgetLines()));
        assertEquals("The accounts cannot be submitted yet: attach the auditor's statement.", refused.messageIn(Locale.ENGLISH));
        assertEquals("Regnskabet kan ikke indsendes endnu: vedhæft revisorerklæringen.",
                refused.messageIn(Locale.forLanguageTag("da")));
        report.attach(AttachmentKind.AUDITOR_STATEMENT, "revisorerklaering.pdf", "application/pdf", 100, "cd", Instant.EPOCH, "randers");
        assertEquals(List.of(), gaps(AccountsTier.AUDITED));
    }

    @Test
    void withoutAGrantOrABudgetTheAccountsCannotBeHandedIn() {
        assertEquals(List.of("accounts.gap.noGrant"), gaps(null));
        Project empty = TestIds.withId(new Project(project.getFund(), null, "Uden budget", ProjectType.DEVELOPMENT,
                ProjectStatus.ACTIVE), 2);
        ReportObligation unbudgeted = empty.requireReport(ReportType.ACCOUNTS, DUE);
        unbudgeted.sign("A", null, true);
        assertEquals(List.of("accounts.gap.lines"), AccountsCheck.of(unbudgeted, AccountsTier.DECLARATION, List.of())
                .gaps().stream().map(MessageKey::key).toList(), "accounts compare with a budget, so there must be one");
    }

    @Test
    void everyGapIsNamedInOneMessageInDanishAndEnglish() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> report.submitWithAccounts(DUE, AccountsTier.ACCOUNTS_AND_STATEMENT, project.getBudgetLines()));
        assertEquals("accounts.incomplete", refused.key());
        assertEquals("Regnskabet kan ikke indsendes endnu: regnskabet skal have et beløb på hver budgetpost (skriv 0, hvis "
                + "intet er brugt); skriv navnet på den, der underskriver; skriv beretningen; skriv underskriverens "
                + "regnskabskyndighed (fx økonomichef).", refused.messageIn(Locale.forLanguageTag("da")));
        assertEquals("The accounts cannot be submitted yet: the accounts need an amount on every budget line (enter 0 if "
                + "nothing was spent); enter the name of the person who signs; write the written account; state the "
                + "signer's competence in accounting (e.g. finance manager).", refused.messageIn(Locale.ENGLISH));
        assertEquals(ReportStatus.DUE, report.getStatus(), "refused: still open");
        assertEquals(null, report.getAccountsTier(), "the tier is fixed only when the accounts are handed in");
    }

    @Test
    void completeAccountsAreHandedInWithTheirTierFixed() {
        everyLine();
        report.sign("Loke Andersen", null, true);
        report.submitWithAccounts(DUE, AccountsTier.DECLARATION, project.getBudgetLines());
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        assertEquals(AccountsTier.DECLARATION, report.getAccountsTier());
        ReportObligation progress = project.requireReport(ReportType.STATUS, DUE);
        assertEquals("report.noAccounts", assertThrows(RuleViolation.class,
                () -> progress.submitWithAccounts(DUE, AccountsTier.DECLARATION, project.getBudgetLines())).key());
    }

    private void everyLine() {
        report.spend(salaries, Money.dkk("58000"));
        report.spend(materials, Money.dkk("0"));
    }
}

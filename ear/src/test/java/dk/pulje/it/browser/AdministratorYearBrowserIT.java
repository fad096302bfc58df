package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's working year of issue 9, as {@code admin} in the real UI and nothing else: a new fund with a round
 * and two sub-pools; an application registered in that round; budget and co-financing; review and grant by keyboard
 * alone (the key presses counted and printed); activation, two payments planned and one paid; an amendment; the
 * history telling all of it in sentences; then the final report, the last payment, the grant settled and the project
 * closed, with the close dialog first saying what is missing. At last the closed project in English. axe looks at every
 * page state on the way; the {@code year-*} screenshots are the user guide's pictures.
 */
@PuljeIntegrationTest
@RunAsClient
class AdministratorYearBrowserIT extends BrowserTest {

    private static final String ADMIN = "Anne Kjær Madsen";

    /** Counted while the grant journey runs: from the project page to "Bevilget". */
    private boolean counting;
    private int keyPresses;
    private int fieldsTyped;
    private int charactersTyped;
    private int clicks;

    /** The journey's ajax answers redraw the regions its waits read: an element found just before a redraw is found again. */
    @org.junit.jupiter.api.BeforeEach
    void redrawsAreReadAgain() {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aWholeYearFromANewFundToAClosedProject() {
        String unique = Long.toString(System.nanoTime(), 36);
        String fundName = "Årspuljen " + unique;
        String title = "Fortællinger fra kysten " + unique;
        Browser.login(browser, "admin", DemoUser.PASSWORD);

        // 1. A fund, a round with an envelope, two sub-pools.
        browser.get(Browser.baseUrl() + "funds/list.xhtml");
        axe("funds list");
        new Select(browser.findElement(By.id("newFund:funder"))).selectByVisibleText("Slots- og Kulturstyrelsen");
        browser.findElement(By.id("newFund:name")).sendKeys(fundName);
        browser.findElement(By.id("newFund:shortName")).sendKeys("Årspuljen");
        browser.findElement(By.id("newFund:minimumShare")).sendKeys("20");
        browser.findElement(By.id("newFund:threshold")).sendKeys("100.000");
        browser.findElement(By.id("newFund:create")).click();
        wait.until(ExpectedConditions.urlContains("funds/fund.xhtml"));
        assertEquals(fundName, browser.findElement(By.id("fund-title")).getText());
        browser.findElement(By.id("newRound:roundName")).sendKeys("Årets runde 2026");
        browser.findElement(By.id("newRound:roundYear")).sendKeys("2026");
        browser.findElement(By.id("newRound:roundEnvelope")).sendKeys("2 mio.");
        browser.findElement(By.id("newRound:roundDeadline")).sendKeys("1.3.2026");
        browser.findElement(By.id("newRound:roundDecisionDate")).sendKeys("15.5.2026");
        Browser.screenshot(browser, "year-01-fund");
        axe("fund page with a round being added");
        browser.findElement(By.id("newRound:create")).click();
        wait.until(ExpectedConditions.urlContains("funds/round.xhtml"));
        assertEquals("2.000.000 kr.", browser.findElement(By.id("figure-envelope")).getText().strip());
        addSubPool("Kulturarv ved kysten", false, "70", "Kulturarv, Natur");
        addSubPool("Den åbne pulje", true, "30", "");
        assertEquals(2, rows("subPools").size(), rows("subPools").toString());
        scrollTop();
        Browser.screenshot(browser, "year-02-round");
        axe("round page with two sub-pools");

        // 2. An application in that round, from the round page: a partner, a contact, a goal, the sums.
        browser.findElement(By.id("register-application")).click();
        wait.until(ExpectedConditions.urlContains("projects/new.xhtml"));
        settle();
        assertEquals(fundName, new Select(browser.findElement(By.id("app:fund"))).getFirstSelectedOption().getText());
        assertEquals("Årets runde 2026", new Select(browser.findElement(By.id("app:round"))).getFirstSelectedOption().getText());
        browser.findElement(By.id("app:title")).sendKeys(title);
        pick("app:owner", "Roskilde Bib", "Roskilde Bibliotekerne");
        clickRedrawn(By.id("app:addPartner"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:partnerRows:0:partnerOrg_input")));
        pick("app:partnerRows:0:partnerOrg", "Herning Bib", "Herning Bibliotekerne");
        new Select(browser.findElement(By.id("app:partnerRows:0:partnerRole"))).selectByVisibleText("Projektdeltager");
        clickRedrawn(By.id("app:addContact"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:contactRows:0:contactName"))).sendKeys("Mette Lund");
        browser.findElement(By.id("app:contactRows:0:contactRole")).sendKeys("projektleder");
        clickRedrawn(By.id("app:addGoal"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:goalRows:0:goal"))).sendKeys("12 fortælleaftener langs kysten");
        browser.findElement(By.id("app:goalRows:0:indicators")).sendKeys("Antal aftener; antal deltagere");
        browser.findElement(By.id("app:startDate")).sendKeys("1.6.2026");
        browser.findElement(By.id("app:endDate")).sendKeys("31.12.2026");
        browser.findElement(By.id("app:totalSum")).sendKeys("800.000");
        browser.findElement(By.id("app:applied")).sendKeys("450.000");
        scrollTop();
        Browser.screenshot(browser, "year-03-application");
        axe("registration form filled in");
        browser.findElement(By.id("app:register")).click();
        wait.until(ExpectedConditions.urlContains("projects/view.xhtml"));
        assertTrue(browser.findElement(By.id("workflow-result")).getText().contains("er registreret"));
        assertEquals(title, browser.findElement(By.id("project-title")).getText());
        assertTrue(subtitle().contains("Ansøgning modtaget"), subtitle());
        axe("project page, application received");
        String projectPage = browser.getCurrentUrl();

        // 3. Budget lines, added and one changed in place; a co-financing line.
        tab("Økonomi");
        addBudgetLine("SALARIES", "2026", "500.000");
        addBudgetLine("ACTIVITIES", "2026", "250.000");
        List<WebElement> lines = browser.findElements(By.cssSelector("[id='tabs:budgetForm:budgetLines'] tbody tr"));
        int activities = lines.stream().map(WebElement::getText).toList().indexOf(lines.stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Aktiviteter")).findFirst().orElseThrow());
        lines.get(activities).findElement(By.cssSelector(".ui-row-editor-pencil")).sendKeys(Keys.ENTER);
        WebElement amount = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:budgetForm:budgetLines:" + activities + ":amount")));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "300.000", Keys.ENTER);
        waitForMessage("Budgetposten er gemt.");
        assertEquals("800.000 kr.", browser.findElement(By.id("budget-total")).getText().strip());
        new Select(browser.findElement(By.id("tabs:financingForm:kind"))).selectByValue("PARTNER_CONTRIBUTION");
        pick("tabs:financingForm:contributor", "Herning Bib", "Herning Bibliotekerne");
        browser.findElement(By.id("tabs:financingForm:financingAmount")).sendKeys("350.000");
        browser.findElement(By.id("tabs:financingForm:saveFinancing")).click();
        waitForMessage("Finansieringskilden er gemt.");
        List<String> financing = rows("tabs:financing");
        assertEquals(1, financing.size(), financing.toString());
        assertTrue(financing.get(0).contains("Partnerbidrag") && financing.get(0).contains("Herning Bibliotekerne")
                && financing.get(0).contains("350.000 kr."), financing.toString());
        Browser.scrollTo(browser, browser.findElement(By.id("tabs:budgetForm:budgetLines")));
        Browser.screenshot(browser, "year-04-budget");
        axe("finances tab, budget and co-financing");

        // 4. To review and granted, by keyboard alone, counted.
        browser.get(projectPage.replaceAll("&tab=[a-z]+", ""));
        settle();
        counting = true;
        tabTo(step("REVIEW"));
        press(Keys.ENTER);
        waitForDialog();
        axe("review dialog");
        tabTo("wf-form:wf-confirm");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-result"), "er sat til behandling"));
        assertTrue(subtitle().contains("Under behandling"), subtitle());
        tabTo(step("GRANT"));
        press(Keys.ENTER);
        waitForDialog();
        assertEquals("wf-form:wf-amount", active().getAttribute("id"), "the focus starts on the amount");
        assertEquals("450.000 kr.", active().getAttribute("value"), "the amount applied for, to start from");
        type(Keys.chord(Keys.CONTROL, "a"), "400.000");
        press(Keys.TAB);
        assertEquals("wf-form:wf-subpool", active().getAttribute("id"));
        type("Kulturarv"); // a closed select picks by what is typed
        press(Keys.TAB);
        type("J-2026-" + unique);
        press(Keys.TAB);
        type(Keys.chord(Keys.CONTROL, "a"), "15.5.2026");
        press(Keys.TAB);
        type("Slutrapport og regnskab senest 31.3.2027");
        Browser.screenshot(browser, "year-05-grant-dialog");
        axe("grant dialog filled in");
        tabTo("wf-form:wf-confirm");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-result"), "er bevilget"));
        counting = false;
        assertTrue(subtitle().contains("Bevilget"), subtitle());
        assertEquals("400.000 kr.", browser.findElement(By.id("project-granted")).getText());
        assertEquals("Kulturarv ved kysten", browser.findElement(By.id("project-subpool")).getText());
        System.out.println("GRANT JOURNEY (project page to granted, by keyboard): " + clicks + " clicks, " + keyPresses
                + " key presses (Tab/Enter/Space/arrows), " + fieldsTyped + " fields typed into (" + charactersTyped
                + " characters)");
        Browser.screenshot(browser, "year-06-granted");
        axe("project page, granted");

        // 5. Activate; two payments planned, one paid; the grant amended.
        step("ACTIVATE", "er aktivt");
        assertTrue(subtitle().contains("I gang"), subtitle());
        tab("Økonomi");
        plan("1.6.2026", "200.000");
        plan("1.12.2026", "200.000");
        browser.findElement(By.id("tabs:payments:0:paymentActions:pay")).click();
        WebElement paidDate = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:payForm:paidDate")));
        paidDate.clear();
        paidDate.sendKeys("3.6.2026");
        browser.findElement(By.id("tabs:payForm:reference")).sendKeys("Bilag 2026-0412");
        axe("finances tab, a payment being marked paid");
        browser.findElement(By.id("tabs:payForm:recordPaid")).click();
        waitForMessage("Udbetalingen er registreret.");
        assertEquals("200.000 kr.", browser.findElement(By.id("payments-paid")).getText());
        assertEquals("400.000 kr.", browser.findElement(By.id("payments-planned")).getText());
        Browser.scrollTo(browser, browser.findElement(By.id("tabs:payments")));
        Browser.screenshot(browser, "year-07-payments");

        openStep("AMEND");
        axe("amend dialog");
        browser.findElement(By.id("wf-form:wf-new-granted")).sendKeys("420.000");
        browser.findElement(By.id("wf-form:wf-reason")).sendKeys("Et ekstra fortællested i Hvide Sande");
        confirm("Tillægget");
        assertEquals("420.000 kr.", browser.findElement(By.id("project-granted")).getAttribute("textContent").strip());

        // 6. Every change in the history, in sentences.
        tab("Historik");
        List<String> history = rows("tabs:historyTable");
        System.out.println("HISTORY (da):\n  " + String.join("\n  ", history));
        String by = " af " + ADMIN + " \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d\\.\\d\\d";
        assertSentence(history, "Projekt: status ændret fra Ansøgning modtaget til Under behandling" + by);
        assertSentence(history, "Projekt: status ændret fra Under behandling til Bevilget" + by);
        assertSentence(history, "Projekt: status ændret fra Bevilget til I gang" + by);
        assertSentence(history, "Bevilling: bevilget beløb sat til 400\\.000 kr\\." + by);
        assertSentence(history, "Bevilling: bevilget beløb ændret fra 400\\.000 kr\\. til 420\\.000 kr\\." + by);
        assertSentence(history, "Budgetpost – Aktiviteter: beløb ændret fra 250\\.000 kr\\. til 300\\.000 kr\\." + by);
        assertSentence(history, "Budgetpost – Løn.*: tilføjet" + by);
        assertSentence(history, "Finansiering – .*: tilføjet" + by);
        assertSentence(history, "Udbetaling – .*: tilføjet" + by);
        assertSentence(history, "Udbetaling – .*: udbetalt beløb sat til 200\\.000 kr\\." + by);
        assertSentence(history, "Udbetaling – 200\\.000 kr\\.: udbetalingsdato sat til 3\\. juni 2026" + by);
        assertSentence(history, "Tillæg – Et ekstra fortællested i Hvide Sande: tilføjet" + by);
        assertSentence(history, "Projekt: tilføjet" + by);
        Browser.screenshot(browser, "year-08-history");
        axe("history tab");

        // 7. The end of the year: a final report required; closing is refused and says why until it is approved.
        tab("Rapporter og milepæle");
        new Select(browser.findElement(By.id("tabs:reportForm:reportType"))).selectByValue("FINAL");
        browser.findElement(By.id("tabs:reportForm:reportDue")).sendKeys("31.1.2027");
        browser.findElement(By.id("tabs:reportForm:addReport")).click();
        wait.until(d -> rows("tabs:reportTable").stream().anyMatch(r -> r.contains("Slutrapport")));
        step("AWAIT_FINAL_REPORT", "afventer nu slutrapport");
        assertTrue(subtitle().contains("Slutrapport afventes"), subtitle());
        openStep("CLOSE");
        assertTrue(browser.findElements(By.id("wf-form:wf-confirm")).isEmpty(), "nothing to confirm yet");
        String missing = browser.findElement(By.id("wf-form")).getText();
        assertTrue(missing.contains("Projektet kan ikke lukkes endnu. Det mangler:"), missing);
        assertTrue(missing.contains("Slutrapporten med frist 31. januar 2027 er ikke godkendt endnu"), missing);
        assertTrue(missing.contains("Der er én planlagt rate på 200.000 kr., som ikke er udbetalt."), missing);
        Browser.screenshot(browser, "year-09-close-missing");
        axe("close dialog saying what is missing");
        press(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("wf-dialog")));

        tab("Rapporter og milepæle");
        browser.findElement(By.id("tabs:reportTable:0:reportActions:handle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:handleForm:received"))).click();
        waitForMessage("Rapporten er registreret som modtaget.");
        axe("reports tab, the final report received");
        browser.findElement(By.id("tabs:handleForm:approve")).click();
        waitForMessage("Rapporten er godkendt.");
        assertTrue(rows("tabs:reportTable").get(0).contains("Godkendt"), rows("tabs:reportTable").toString());

        // The last payment; 400.000 kr. paid of 420.000 kr. is not settled until the grant is written down.
        tab("Økonomi");
        browser.findElement(By.id("tabs:payments:1:paymentActions:pay")).click();
        paidDate = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:payForm:paidDate")));
        paidDate.clear();
        paidDate.sendKeys("15.2.2027");
        browser.findElement(By.id("tabs:payForm:recordPaid")).click();
        waitForMessage("Udbetalingen er registreret.");
        assertEquals("400.000 kr.", browser.findElement(By.id("payments-paid")).getText());
        openStep("CLOSE");
        missing = browser.findElement(By.id("wf-form")).getText();
        assertTrue(missing.contains("Der er udbetalt 400.000 kr. af bevillingen på 420.000 kr.; 20.000 kr. mangler."), missing);
        assertFalse(missing.contains("Slutrapporten"), "the report is approved: " + missing);
        press(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("wf-dialog")));
        openStep("AMEND");
        browser.findElement(By.id("wf-form:wf-new-granted")).sendKeys("400.000");
        browser.findElement(By.id("wf-form:wf-reason")).sendKeys("Fortællestedet i Hvide Sande blev billigere");
        confirm("Tillægget");

        openStep("CLOSE");
        assertTrue(browser.findElements(By.id("wf-missing")).isEmpty(), "nothing is missing now");
        axe("close dialog, ready to close");
        confirm("er lukket");
        assertTrue(subtitle().contains("Afsluttet"), subtitle());
        assertTrue(browser.findElements(By.cssSelector("#workflow button")).isEmpty(), "a closed project offers no steps");
        assertTrue(browser.findElements(By.id("overviewForm")).isEmpty(), "a closed project is read, no longer edited");
        assertEquals("Projektet er afsluttet og kan ikke længere ændres.", browser.findElement(By.id("project-final")).getText());
        scrollTop();
        Browser.screenshot(browser, "year-10-closed");
        axe("project page, closed");

        // 8. The closed project and its history in English.
        String id = projectPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&lang=en");
        assertTrue(subtitle().contains("Closed"), subtitle());
        assertTrue(browser.findElement(By.id("project-granted")).getText().contains("400,000"), browser.findElement(By.id("project-granted")).getText());
        axe("project page, closed, in English");
        tab("History");
        List<String> english = rows("tabs:historyTable");
        System.out.println("HISTORY (en):\n  " + String.join("\n  ", english));
        String byEn = " by " + ADMIN + " on .*";
        assertSentence(english, "Project: status changed from Final report due to Closed" + byEn);
        assertSentence(english, "Grant: amount granted changed from DKK 420,000 to DKK 400,000" + byEn);
        assertSentence(english, "Budget line – Activities: amount changed from DKK 250,000 to DKK 300,000" + byEn);
        assertSentence(english, "Report – Final report: approved" + byEn); // an event, told as what it means
        assertSentence(english, "Payment – DKK 200,000: payment date set to February 15, 2027" + byEn);
        assertSentence(english, "Amendment – Fortællestedet i Hvide Sande blev billigere: added" + byEn);
        Browser.screenshot(browser, "year-11-history-en");
        axe("history tab in English");
    }

    private void addSubPool(String name, boolean open, String target, String themes) {
        browser.findElement(By.id("subPool:subPoolName")).sendKeys(name);
        if (open) {
            new Select(browser.findElement(By.id("subPool:subPoolKind"))).selectByIndex(1);
        }
        browser.findElement(By.id("subPool:targetShare")).sendKeys(target);
        browser.findElement(By.id("subPool:themes")).sendKeys(themes);
        browser.findElement(By.id("subPool:saveSubPool")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), name));
        wait.until(d -> "".equals(d.findElement(By.id("subPool:subPoolName")).getAttribute("value")));
        settle();
    }

    /**
     * Clicks a button in a region that an earlier pick's ajax answer may still redraw (the owner's and a partner's
     * itemSelect update the contacts): found again when the redraw replaced it between finding and clicking.
     */
    private void clickRedrawn(By button) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(button).click();
            return true;
        });
    }

    /** Types into an autocomplete and picks the suggestion that starts with {@code choice}. */
    private void pick(String id, String typed, String choice) {
        browser.findElement(By.id(id + "_input")).sendKeys(typed);
        By suggestion = By.xpath("//*[@id='" + id + "_panel']//li[starts-with(normalize-space(), '" + choice + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        wait.until(d -> d.findElement(By.id(id + "_input")).getAttribute("value").startsWith(choice));
        settle();
    }

    private void addBudgetLine(String category, String year, String amount) {
        new Select(browser.findElement(By.id("tabs:budgetForm:newCategory"))).selectByValue(category);
        browser.findElement(By.id("tabs:budgetForm:newYear")).sendKeys(year);
        browser.findElement(By.id("tabs:budgetForm:newAmount")).sendKeys(amount);
        int before = rows("tabs:budgetForm:budgetLines").size();
        browser.findElement(By.id("tabs:budgetForm:addLine")).click();
        wait.until(d -> rows("tabs:budgetForm:budgetLines").size() == before + 1);
        settle();
    }

    private void plan(String date, String amount) {
        browser.findElement(By.id("tabs:planForm:plannedDate")).sendKeys(date);
        browser.findElement(By.id("tabs:planForm:plannedAmount")).sendKeys(amount);
        int before = rows("tabs:payments").size();
        browser.findElement(By.id("tabs:planForm:planPayment")).click();
        wait.until(d -> rows("tabs:payments").size() == before + 1);
        settle();
    }

    /** A workflow step by mouse: open its dialog, confirm, wait for the result. */
    private void step(String name, String result) {
        openStep(name);
        confirm(result);
    }

    /**
     * Confirms the open dialog and waits for the result; a message in the dialog instead fails with what it says. The
     * step's answer redraws the page's regions (workflow, tabs) one after the other: a result read just before its
     * redraw is read again, and the check waits until the page has settled.
     */
    private void confirm(String result) {
        browser.findElement(By.id("wf-form:wf-confirm")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("workflow-result")).getText().contains(result)
                        || !d.findElements(By.cssSelector("#wf-form .pulje-message-error, #wf-form .ui-message-error")).isEmpty());
        settle();
        if (!browser.findElement(By.id("workflow-result")).getText().contains(result)) {
            Browser.screenshot(browser, "year-failed-step");
            throw new AssertionError("the dialog said: " + browser.findElement(By.id("wf-form")).getAttribute("outerHTML"));
        }
        settle();
    }

    private void openStep(String name) {
        settle();
        browser.findElement(By.cssSelector(step(name))).click();
        waitForDialog();
    }

    private static String step(String name) {
        return "#workflow button[data-step='" + name + "']";
    }

    private void assertSentence(List<String> history, String regex) {
        Predicate<String> matches = row -> row.matches(regex);
        assertTrue(history.stream().anyMatch(matches), "no history row matches " + regex + " in " + history);
    }

    private String subtitle() {
        return browser.findElement(By.cssSelector(".pulje-subtitle")).getText();
    }

    private void axe(String state) {
        settle();
        Accessibility.assertNoViolations(browser, "the administrator's year: " + state);
    }

    private void scrollTop() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }

    private void waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), text));
        settle();
    }

    private void waitForDialog() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-dialog")));
        settle();
    }


    private void tab(String title) {
        settle();
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        wait.until(d -> d.findElement(By.xpath("//ul[@role='tablist']//li[.//a[normalize-space()='" + title + "']]"))
                .getAttribute("class").contains("ui-state-active"));
        settle();
    }

    private List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr:not(.ui-datatable-empty-message)")).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\n', ' ').strip())
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** Presses Tab until the element (by id, or by CSS selector when it starts with '#') has the focus. */
    private void tabTo(String target) {
        settle();
        WebElement element = target.startsWith("#") ? browser.findElement(By.cssSelector(target)) : browser.findElement(By.id(target));
        for (int i = 0; i < 150; i++) {
            if (element.equals(active())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("not reachable by Tab: " + target);
    }

    private void press(CharSequence key) {
        if (counting) {
            keyPresses++;
        }
        new Actions(browser).sendKeys(key).perform();
    }

    /** Types into the focused field; counted as one field and its characters (a Ctrl+A chord as one). */
    private void type(CharSequence... text) {
        if (counting) {
            fieldsTyped++;
            for (CharSequence part : text) {
                charactersTyped += part.toString().startsWith(Keys.CONTROL.toString()) ? 1 : part.length();
            }
        }
        active().sendKeys(text);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}

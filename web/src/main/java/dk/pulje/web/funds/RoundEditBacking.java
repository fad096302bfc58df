package dk.pulje.web.funds;

import dk.pulje.application.fund.ChangeRound;
import dk.pulje.application.fund.ChangeSubPool;
import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.NewSubPool;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.fund.SubPoolFigures;
import dk.pulje.application.fund.SubPoolRule;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import dk.pulje.application.export.ExportService;
import dk.pulje.application.export.RoundExportRow;
import dk.pulje.web.support.export.ListDownloads;
import dk.pulje.web.support.export.ListExport;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /funds/round.xhtml?id=N}: a round's name, year, envelope and dates, its sub-pools, and its live
 * figures (read again after every change). A sub-pool changes the round, so its commands carry the round's version.
 */
@Named
@ViewScoped
public class RoundEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundService funds;

    @Inject
    private Messages messages;

    @Inject
    private ExportService exports;

    @Inject
    private ListDownloads downloads;

    @Inject
    private dk.pulje.web.support.pdf.PdfDownloads pdfs;

    /**
     * The round's projects as an allocation list, with the headers the import recognises (ColumnMappings), so that
     * a downloaded round imports into another round with the same figures.
     */
    static final ListExport<RoundExportRow> EXPORT = ListExport.<RoundExportRow>named("runde-projekter", "Projekter")
            .text("export.round.title", RoundExportRow::title)
            .text("export.round.journalNumber", RoundExportRow::journalNumber)
            .text("export.round.owner", RoundExportRow::ownerName)
            .text("export.round.town", RoundExportRow::town)
            .text("export.round.municipality", RoundExportRow::municipality)
            .text("export.round.subPool", RoundExportRow::subPool)
            .money("export.round.totalSum", RoundExportRow::totalSum)
            .money("export.round.applied", RoundExportRow::applied)
            .money("export.round.granted", RoundExportRow::granted)
            .date("export.round.start", RoundExportRow::startDate)
            .date("export.round.end", RoundExportRow::endDate);

    @Inject
    private Formats fmt;

    private String id;
    private RoundDetail round;
    private boolean stale;
    /** Set when a lowered envelope falls below Σ granted: the page asks before it saves (see FundService). */
    private boolean confirmingEnvelope;

    // The round as the editor leaves it.
    private String name;
    private Integer year;
    private Money envelope;
    private LocalDate applicationDeadline;
    private LocalDate decisionDate;

    // The sub-pool being added (subPoolId null) or changed.
    private Long subPoolId;
    private String subPoolName;
    private SubPoolKind subPoolKind = SubPoolKind.THEME;
    private BigDecimal targetShare;
    private String themes;
    // Its own co-financing rule (issue 11): all empty = none, the fund's applies.
    private BigDecimal ruleShare;
    private Money ruleThreshold;
    private Money ruleTolerance;
    private String ruleSource;

    public void load() throws IOException {
        if (round != null) {
            return;
        }
        Long roundId = PageIds.parse(id);
        round = roundId == null ? null : funds.round(roundId).orElse(null);
        if (round == null) {
            PageIds.notFound();
            return;
        }
        fillForm();
    }

    /**
     * View action after {@link #load}: {@code ?id=N&export=CSV|XLSX} sends the round's projects, page by page;
     * {@code export=PDF} the round report.
     */
    public void export() {
        if (round != null && dk.pulje.web.support.pdf.PdfDownloads.asked()) {
            pdfs.round(round);
        } else if (round != null) {
            long roundId = round.id();
            downloads.sendIfAsked(EXPORT, () -> EXPORT.paged((first, size) -> exports.roundProjects(roundId, first, size)));
        }
    }

    private void reload() {
        round = funds.round(round.id()).orElseThrow();
        fillForm();
    }

    private void fillForm() {
        name = round.name();
        year = round.year();
        envelope = round.envelope();
        applicationDeadline = round.applicationDeadline();
        decisionDate = round.decisionDate();
    }

    public void save() {
        saveRound(false);
    }

    /** The administrator has read the warning and lowers the envelope below what is granted all the same. */
    public void saveConfirmed() {
        saveRound(true);
    }

    /** Back from the warning to the form, with what was typed still in it. */
    public void cancelConfirmation() {
        confirmingEnvelope = false;
    }

    private void saveRound(boolean confirmed) {
        confirmingEnvelope = false;
        try {
            funds.changeRound(new ChangeRound(round.id(), round.version(), name, year, envelope,
                    applicationDeadline, decisionDate, confirmed));
            reload();
            messages.info("round.saved", name);
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            confirmingEnvelope = "round.envelopeBelowGranted".equals(e.key());
            messages.error(e);
        }
    }

    public boolean isConfirmingEnvelope() {
        return confirmingEnvelope;
    }

    public void saveSubPool() {
        String savedName = subPoolName;
        boolean saved = act(() -> {
            if (subPoolId == null) {
                funds.addSubPool(new NewSubPool(round.id(), round.version(), subPoolName, subPoolKind, targetShare, themeList(),
                        subPoolRule()));
            } else {
                funds.changeSubPool(new ChangeSubPool(round.id(), round.version(), subPoolId, subPoolName, subPoolKind,
                        targetShare, themeList(), subPoolRule()));
            }
        }, subPoolId == null ? "subPool.created" : "subPool.saved", savedName);
        if (saved) {
            clearSubPool();
        }
    }

    /** Opens a sub-pool in the form below the table. */
    public void editSubPool(SubPoolFigures pool) {
        subPoolId = pool.id();
        subPoolName = pool.name();
        subPoolKind = pool.kind();
        targetShare = pool.targetShare();
        themes = String.join(", ", pool.themes());
        SubPoolRule rule = SubPoolRule.of(pool.ownRule());
        ruleShare = rule.minimumShare();
        ruleThreshold = rule.threshold();
        ruleTolerance = rule.tolerance();
        ruleSource = rule.source();
    }

    private SubPoolRule subPoolRule() {
        return new SubPoolRule(ruleShare, ruleThreshold, ruleTolerance, ruleSource);
    }

    /**
     * The rule its projects are judged by, and whose it is: "Egen regel: mindst 25,0 % af projektsummen, tolerance ±
     * 1.125 kr. Kilde: …", "Puljens regel: …" or "Intet krav".
     */
    public String rule(SubPoolFigures pool) {
        OwnFinancingRule rule = pool.effectiveRule();
        if (rule == null) {
            return messages.text("subPool.rule.none");
        }
        String text = messages.text(pool.fundRuleApplies() ? "subPool.rule.fund" : "subPool.rule.own", fmt.rule(rule));
        return rule.source() == null ? text : text + " – " + messages.text("subPool.rule.source", rule.source());
    }

    public void clearSubPool() {
        subPoolId = null;
        subPoolName = null;
        subPoolKind = SubPoolKind.THEME;
        targetShare = null;
        themes = null;
        ruleShare = null;
        ruleThreshold = null;
        ruleTolerance = null;
        ruleSource = null;
    }

    private boolean act(Runnable command, String doneKey, String subject) {
        try {
            command.run();
            reload();
            messages.info(doneKey, subject);
            return true;
        } catch (ConcurrentChange e) {
            stale = true;
            messages.error(e);
        } catch (RuleViolation e) {
            messages.error(e);
        }
        return false;
    }

    private List<String> themeList() {
        return themes == null ? List.of() : Arrays.stream(themes.split("[,;\\n]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    /**
     * The sub-pool's target against what it got, in words, so that nothing is said by colour alone:
     * "Mål 80,0 % af rammen (8.000.000 kr.); har fået 62,5 % af rundens bevillinger (5.000.000 kr.): under målet".
     */
    public String verdict(SubPoolFigures pool) {
        String got = pool.actualShare() == null ? messages.text("subPool.verdict.nothingGranted")
                : messages.text("subPool.verdict.got", fmt.percent(pool.actualShare()), fmt.amount(pool.granted()));
        if (pool.targetShare() == null) {
            return messages.text("subPool.verdict.noTarget", got);
        }
        String target = messages.text("subPool.verdict.target", fmt.percent(pool.targetShare()),
                pool.targetAmount() == null ? messages.text("money.unknown") : fmt.amount(pool.targetAmount()));
        String outcome = pool.actualShare() == null ? "" : messages.text(pool.belowTarget()
                ? "subPool.verdict.below" : "subPool.verdict.reached");
        return target + "; " + got + outcome;
    }

    /** "Rammen er overskredet med 250.000 kr." or "Tilbage af rammen"; said in words beside the figure. */
    public String leftLabel() {
        return messages.text(round.figures().overEnvelope() ? "round.figures.exceeded" : "round.figures.left");
    }

    public Money leftAmount() {
        Money left = round.figures().left();
        return left == null || !left.isNegative() ? left : Money.dkk(left.amount().negate());
    }

    public SubPoolKind[] getKinds() {
        return SubPoolKind.values();
    }

    public RoundDetail getRound() {
        return round;
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Money getEnvelope() {
        return envelope;
    }

    public void setEnvelope(Money envelope) {
        this.envelope = envelope;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public Long getSubPoolId() {
        return subPoolId;
    }

    public String getSubPoolName() {
        return subPoolName;
    }

    public void setSubPoolName(String subPoolName) {
        this.subPoolName = subPoolName;
    }

    public SubPoolKind getSubPoolKind() {
        return subPoolKind;
    }

    public void setSubPoolKind(SubPoolKind subPoolKind) {
        this.subPoolKind = subPoolKind;
    }

    public BigDecimal getTargetShare() {
        return targetShare;
    }

    public void setTargetShare(BigDecimal targetShare) {
        this.targetShare = targetShare;
    }

    public BigDecimal getRuleShare() {
        return ruleShare;
    }

    public void setRuleShare(BigDecimal ruleShare) {
        this.ruleShare = ruleShare;
    }

    public Money getRuleThreshold() {
        return ruleThreshold;
    }

    public void setRuleThreshold(Money ruleThreshold) {
        this.ruleThreshold = ruleThreshold;
    }

    public Money getRuleTolerance() {
        return ruleTolerance;
    }

    public void setRuleTolerance(Money ruleTolerance) {
        this.ruleTolerance = ruleTolerance;
    }

    public String getRuleSource() {
        return ruleSource;
    }

    public void setRuleSource(String ruleSource) {
        this.ruleSource = ruleSource;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }
}

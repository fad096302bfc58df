package dk.pulje.application.fund;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.shared.ConcurrencyGuard;
import dk.pulje.application.shared.Entities;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.Theme;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Funds, their rounds and the rounds' sub-pools, for the administrators of each fund. Every command is one
 * transaction and carries the version its editor saw; a fund, round or sub-pool outside the caller's funds is
 * "not found", whatever its id (a forged id learns nothing). The creator of a fund administers it.
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class FundService {

    private static final String FUND = "subject.fund";
    private static final String ROUND = "subject.round";
    private static final String SUB_POOL = "subject.subPool";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ConcurrencyGuard guard;

    @Inject
    private EnvelopeChecks envelopes;

    @Inject
    private CallerScopes scopes;

    @Inject
    private FundAdministrators administrators;

    // --- commands ------------------------------------------------------------------------------------------------

    public long create(@NotNull @Valid NewFund command) {
        Organisation funder = Entities.find(em, Organisation.class, command.funderId(), "subject.organisation");
        Fund fund = new Fund(funder, command.name(), command.shortName());
        requireFreeName(fund, funder, fund.getName());
        fund.requireOwnFinancing(rule(command.ownFinancingMinimumShare(), command.ownFinancingThreshold(),
                command.ownFinancingTolerance(), command.ownFinancingSource()));
        em.persist(fund);
        em.flush();
        administrators.makeAdministrator(scopes.current().username(), fund);
        return fund.getId();
    }

    public void change(@NotNull @Valid ChangeFund command) {
        Fund fund = guard.requireVersion(administeredFund(command.fundId()), command.expectedVersion(), FUND);
        Organisation funder = Entities.find(em, Organisation.class, command.funderId(), "subject.organisation");
        OwnFinancingRule rule = rule(command.ownFinancingMinimumShare(), command.ownFinancingThreshold(),
                command.ownFinancingTolerance(), command.ownFinancingSource());
        requireFreeName(fund, funder, command.name());
        fund.describe(funder, command.name(), command.shortName());
        fund.requireOwnFinancing(rule);
        guard.flush(fund, FUND);
    }

    public long addRound(@NotNull @Valid NewRound command) {
        Fund fund = administeredFund(command.fundId());
        FundingRound round = new FundingRound(fund, command.name(), command.year(), command.envelope());
        requireFreeName(round, fund, round.getName());
        round.schedule(command.applicationDeadline(), command.decisionDate());
        em.persist(round);
        em.flush();
        return round.getId();
    }

    public void changeRound(@NotNull @Valid ChangeRound command) {
        FundingRound round = guard.requireVersion(administeredRound(command.roundId()), command.expectedVersion(), ROUND);
        requireFreeName(round, round.getFund(), command.name());
        round.describe(command.name(), command.year());
        requireEnvelopeCoversGrants(round, command);
        round.changeEnvelope(command.envelope());
        round.schedule(command.applicationDeadline(), command.decisionDate());
        guard.flush(round, ROUND);
    }

    /**
     * A lowered envelope below Σ granted needs the administrator's confirmation. Only a lowering asks: saving the
     * round's name while it is already past its envelope (after a confirmed grant) must not ask again.
     */
    private void requireEnvelopeCoversGrants(FundingRound round, ChangeRound command) {
        Money newEnvelope = command.envelope();
        Money oldEnvelope = round.getEnvelope();
        boolean lowered = newEnvelope != null && (oldEnvelope == null || oldEnvelope.isGreaterThan(newEnvelope));
        if (!lowered || command.confirmedBelowGranted()) {
            return;
        }
        Money granted = envelopes.grantedIn(round);
        if (granted.isGreaterThan(newEnvelope)) {
            throw new RuleViolation("round.envelopeBelowGranted", newEnvelope, granted, granted.minus(newEnvelope));
        }
    }

    public long addSubPool(@NotNull @Valid NewSubPool command) {
        FundingRound round = guard.touch(administeredRound(command.roundId()), command.expectedRoundVersion(), ROUND);
        OwnFinancingRule rule = rule(command.rule());
        SubPool subPool = round.addSubPool(command.name(), command.kind(), command.targetShare(), themes(command.themes()));
        subPool.requireCofinancing(rule);
        guard.flush(round, ROUND);
        return subPool.getId();
    }

    public void changeSubPool(@NotNull @Valid ChangeSubPool command) {
        FundingRound round = guard.touch(administeredRound(command.roundId()), command.expectedRoundVersion(), ROUND);
        SubPool subPool = Entities.part(round.getSubPools(), command.subPoolId(), SUB_POOL);
        OwnFinancingRule rule = rule(command.rule());
        round.changeSubPool(subPool, command.name(), command.kind(), command.targetShare(), themes(command.themes()));
        // Its own co-financing rule, or none (the fund's applies): audited with the sub-pool, versioned with the round.
        subPool.requireCofinancing(rule);
        guard.flush(round, ROUND);
    }

    // --- reads -----------------------------------------------------------------------------------------------------

    /** The funds the caller administers, by funder and name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FundSummary> administeredFunds() {
        CallerScope scope = scopes.current();
        if (scope.administeredFunds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select new dk.pulje.application.fund.FundSummary(f.id, f.name, f.shortName, funder.name, count(r.id))
                        from Fund f join f.funder funder left join FundingRound r on r.fund = f
                        where f.id in (:funds)
                        group by f.id, f.name, f.shortName, funder.name
                        order by funder.name, f.name""", FundSummary.class)
                .setParameter("funds", List.copyOf(scope.administeredFunds()))
                .getResultList();
    }

    /** A fund the caller administers, with its rounds; empty for any other id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<FundDetail> fund(long fundId) {
        if (!scopes.current().administers(fundId)) {
            return Optional.empty();
        }
        List<Fund> found = em.createQuery("select f from Fund f join fetch f.funder where f.id = :id", Fund.class)
                .setParameter("id", fundId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fund fund = found.get(0);
        List<RoundLine> rounds = em.createQuery("""
                        select r from FundingRound r where r.fund = :fund
                        order by r.year desc nulls last, r.name""", FundingRound.class)
                .setParameter("fund", fund).getResultList().stream()
                .map(r -> new RoundLine(r.getId(), r.getVersion(), r.getName(), r.getYear(), r.getEnvelope(),
                        r.getApplicationDeadline(), r.getDecisionDate()))
                .toList();
        Optional<OwnFinancingRule> rule = fund.getOwnFinancingRule();
        return Optional.of(new FundDetail(fund.getId(), fund.getVersion(), fund.getFunder().getId(),
                fund.getFunder().getName(), fund.getName(), fund.getShortName(),
                rule.map(OwnFinancingRule::minimumShare).orElse(null), rule.map(OwnFinancingRule::threshold).orElse(null),
                rule.map(OwnFinancingRule::tolerance).filter(t -> !t.isZero()).orElse(null),
                rule.map(OwnFinancingRule::source).orElse(null), rounds));
    }

    /**
     * A round of a fund the caller administers with its live figures, summed in the database (five statements
     * whatever the number of applications); empty for any other id.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RoundDetail> round(long roundId) {
        List<FundingRound> found = em.createQuery(
                        "select r from FundingRound r join fetch r.fund where r.id = :id", FundingRound.class)
                .setParameter("id", roundId).getResultList();
        if (found.isEmpty() || !scopes.current().administers(found.get(0).getFund().getId())) {
            return Optional.empty();
        }
        FundingRound round = found.get(0);
        RoundFigures figures = figures(round);
        return Optional.of(new RoundDetail(round.getId(), round.getVersion(), round.getFund().getId(),
                round.getFund().getName(), round.getName(), round.getYear(), round.getEnvelope(),
                round.getApplicationDeadline(), round.getDecisionDate(), figures, subPoolFigures(round, figures)));
    }

    private RoundFigures figures(FundingRound round) {
        RoundGrantSums sums = em.createQuery("""
                        select new dk.pulje.application.fund.RoundGrantSums(
                               count(g.id), sum(g.applied.amount), count(g.applied.amount),
                               sum(g.granted.amount), count(g.granted.amount),
                               count(case when g.granted.amount is null and g.decisionDate is not null then 1 end))
                        from Grant g join g.project p
                        where p.round = :round""", RoundGrantSums.class)
                .setParameter("round", round).getSingleResult();
        BigDecimal paid = em.createQuery("""
                        select sum(pay.paidAmount.amount) from Payment pay join pay.grant g join g.project p
                        where p.round = :round""", BigDecimal.class)
                .setParameter("round", round).getSingleResult();
        long applications = sums.applications();
        MoneyTotal applied = MoneyTotal.of(sums.applied(), sums.appliedKnown(), applications - sums.appliedKnown(), Money.DKK);
        MoneyTotal granted = MoneyTotal.of(sums.granted(), sums.grantedKnown(), sums.grantsUnknown(), Money.DKK);
        Money envelope = round.getEnvelope();
        return new RoundFigures(envelope, applications, applied, granted, Money.dkk(paid == null ? BigDecimal.ZERO : paid),
                envelope == null ? null : envelope.minus(granted.sum()));
    }

    private List<SubPoolFigures> subPoolFigures(FundingRound round, RoundFigures figures) {
        List<SubPool> subPools = em.createQuery("""
                        select distinct sp from SubPool sp left join fetch sp.themes
                        where sp.round = :round""", SubPool.class)
                .setParameter("round", round).getResultList();
        Map<Long, SubPoolGrantSums> sums = em.createQuery("""
                        select new dk.pulje.application.fund.SubPoolGrantSums(sp.id, count(g.id), sum(g.granted.amount))
                        from SubPool sp left join Grant g on g.subPool = sp
                        where sp.round = :round
                        group by sp.id""", SubPoolGrantSums.class)
                .setParameter("round", round).getResultStream()
                .collect(Collectors.toMap(SubPoolGrantSums::subPoolId, Function.identity()));
        Money envelope = round.getEnvelope();
        Money grantedInRound = figures.granted().sum();
        List<SubPoolFigures> result = new ArrayList<>();
        for (SubPool sp : subPools.stream().sorted(java.util.Comparator.comparing(SubPool::getKind).thenComparing(SubPool::getName)).toList()) {
            SubPoolGrantSums row = sums.get(sp.getId());
            Money granted = Money.dkk(row == null || row.granted() == null ? BigDecimal.ZERO : row.granted());
            Money target = envelope == null || sp.getTargetShare() == null ? null
                    : Money.dkk(envelope.amount().multiply(sp.getTargetShare()).setScale(Money.SCALE, RoundingMode.HALF_UP));
            result.add(new SubPoolFigures(sp.getId(), sp.getVersion(), sp.getName(), sp.getKind(), sp.getTargetShare(),
                    sp.getThemes().stream().map(Theme::getName).sorted().toList(), row == null ? 0 : row.grants(),
                    granted, target, granted.shareOf(grantedInRound).orElse(null),
                    sp.getCofinancingRule().orElse(null),
                    // The effective rule from the round already read (its fund fetched), not through the sub-pool's lazy round.
                    sp.getCofinancingRule().or(() -> round.getFund().getOwnFinancingRule()).orElse(null)));
        }
        return result;
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The fund, if the caller administers it; otherwise "not found", as if the id did not exist. */
    private Fund administeredFund(long fundId) {
        if (!scopes.current().administers(fundId)) {
            throw new RuleViolation("entity.notFound", new MessageKey(FUND), fundId);
        }
        return Entities.find(em, Fund.class, fundId, FUND);
    }

    /** The round, if the caller administers its fund; otherwise "not found". */
    private FundingRound administeredRound(long roundId) {
        FundingRound round = em.find(FundingRound.class, roundId);
        if (round == null || !scopes.current().administers(round.getFund().getId())) {
            throw new RuleViolation("entity.notFound", new MessageKey(ROUND), roundId);
        }
        return round;
    }

    /** A rule, or none when no share is given; a threshold, tolerance or source without a share says nothing. */
    private static OwnFinancingRule rule(BigDecimal minimumShare, Money threshold, Money tolerance, String source) {
        if (minimumShare == null) {
            if (threshold != null) {
                throw new RuleViolation("fund.thresholdWithoutShare", threshold);
            }
            if (tolerance != null || (source != null && !source.isBlank())) {
                throw new RuleViolation("cofinancing.ruleWithoutShare");
            }
            return null;
        }
        return new OwnFinancingRule(minimumShare, threshold, tolerance, source);
    }

    private static OwnFinancingRule rule(SubPoolRule rule) {
        return rule(rule.minimumShare(), rule.threshold(), rule.tolerance(), rule.source());
    }

    /** A funder names each fund once (the database's unique (funder_id, name) says so too, less kindly). */
    private void requireFreeName(Fund fund, Organisation funder, String name) {
        List<String> taken = em.createQuery("""
                        select f.name from Fund f
                        where f.funder = :funder and lower(f.name) = lower(:name) and f.id <> :self""", String.class)
                .setParameter("funder", funder)
                .setParameter("name", name == null ? "" : name.strip())
                .setParameter("self", idOrNone(fund.getId()))
                .getResultList();
        if (!taken.isEmpty()) {
            throw new RuleViolation("fund.nameTaken", taken.get(0), funder.getName());
        }
    }

    /** A fund names each round once. */
    private void requireFreeName(FundingRound round, Fund fund, String name) {
        List<String> taken = em.createQuery("""
                        select r.name from FundingRound r
                        where r.fund = :fund and lower(r.name) = lower(:name) and r.id <> :self""", String.class)
                .setParameter("fund", fund)
                .setParameter("name", name == null ? "" : name.strip())
                .setParameter("self", idOrNone(round.getId()))
                .getResultList();
        if (!taken.isEmpty()) {
            throw new RuleViolation("round.nameTaken", taken.get(0), fund.getName());
        }
    }

    /** An id no row has, for "every other row" when the row is not saved yet. */
    private static long idOrNone(Long id) {
        return id == null ? -1L : id;
    }

    /** The themes by name: known ones whatever their case, new ones created. */
    private List<Theme> themes(Collection<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .forEach(n -> wanted.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Theme> known = em.createQuery("select t from Theme t where lower(t.name) in (:names)", Theme.class)
                .setParameter("names", List.copyOf(wanted.keySet())).getResultStream()
                .collect(Collectors.toMap(t -> t.getName().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<Theme> themes = new ArrayList<>();
        wanted.forEach((key, name) -> themes.add(known.computeIfAbsent(key, k -> {
            Theme theme = new Theme(name);
            em.persist(theme);
            return theme;
        })));
        return themes;
    }
}

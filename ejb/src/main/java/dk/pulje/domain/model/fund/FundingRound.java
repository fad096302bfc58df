package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.Percent;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One year's or one call's money in a fund: its envelope (ramme), application deadline and decision date, and its
 * sub-pools (delpuljer). The round keeps the rules that span its sub-pools: a name names one sub-pool, and their
 * targets add up to at most 100 %.
 */
@Entity
@Audited
@Table(name = "funding_round")
public class FundingRound extends VersionedEntity {

    /** Years outside this range are typing errors, not rounds. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "round_year")
    private Integer year;

    /** The envelope as announced; null when not stated. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "envelope_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "envelope_currency", length = 3))
    })
    private Money envelope;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    /** Each sub-pool has its own audit rows; the list itself is the sub-pools' round_id. */
    @NotAudited
    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("name")
    private List<SubPool> subPools = new ArrayList<>();

    protected FundingRound() {
        // for JPA
    }

    public FundingRound(Fund fund, String name, Integer year, Money envelope) {
        this.fund = Objects.requireNonNull(fund, "fund");
        describe(name, year);
        this.envelope = Money.requireNotNegative(envelope);
    }

    /** The round's name and year (the year may be unknown). */
    public void describe(String newName, Integer newYear) {
        String checkedName = Text.required(newName, "round.name");
        if (newYear != null && (newYear < FIRST_YEAR || newYear > LAST_YEAR)) {
            throw new RuleViolation("round.yearOutOfRange", String.valueOf(newYear));
        }
        this.name = checkedName;
        this.year = newYear;
    }

    /** The envelope (ramme); null when not stated. Grants past it need a confirmation ({@link EnvelopeCheck}). */
    public void changeEnvelope(Money newEnvelope) {
        this.envelope = Money.requireNotNegative(newEnvelope);
    }

    /** The application deadline and the decision date; the decision cannot come before the deadline. */
    public void schedule(LocalDate deadline, LocalDate decision) {
        if (deadline != null && decision != null && decision.isBefore(deadline)) {
            throw new RuleViolation("round.decisionBeforeDeadline", decision, deadline);
        }
        this.applicationDeadline = deadline;
        this.decisionDate = decision;
    }

    /** What a grant in this round may take before the envelope is exceeded, given Σ granted to the other projects. */
    public EnvelopeCheck envelopeCheck(Money grantedToOtherProjects) {
        return new EnvelopeCheck(envelope, grantedToOtherProjects);
    }

    public SubPool addSubPool(String subPoolName, SubPoolKind kind, BigDecimal targetShare, Collection<Theme> themes) {
        requireFreeName(subPoolName, null);
        requireTargetsWithinWhole(null, targetShare);
        SubPool subPool = new SubPool(this, subPoolName, kind, targetShare, themes);
        subPools.add(subPool);
        return subPool;
    }

    public void changeSubPool(SubPool subPool, String subPoolName, SubPoolKind kind, BigDecimal targetShare,
                              Collection<Theme> themes) {
        if (!subPools.contains(subPool)) {
            throw new IllegalArgumentException("The sub-pool does not belong to this round");
        }
        requireFreeName(subPoolName, subPool);
        requireTargetsWithinWhole(subPool, targetShare);
        subPool.define(subPoolName, kind, targetShare, themes);
    }

    /** The database's unique (round_id, name) is the last line of defence; this says it in words. */
    private void requireFreeName(String subPoolName, SubPool except) {
        String wanted = subPoolName == null ? "" : subPoolName.strip();
        if (subPools.stream().anyMatch(sp -> sp != except && sp.getName().equalsIgnoreCase(wanted))) {
            throw new RuleViolation("subPool.nameTaken", wanted);
        }
    }

    /** The sub-pools' targets are shares of one round: together they cannot promise more than all of it. */
    private void requireTargetsWithinWhole(SubPool changed, BigDecimal newTarget) {
        SubPool.requireValidShare(newTarget);
        if (newTarget == null) {
            return;
        }
        BigDecimal sum = subPools.stream().filter(sp -> sp != changed).map(SubPool::getTargetShare)
                .filter(Objects::nonNull).reduce(newTarget, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("subPool.targetsExceedWhole", new Percent(newTarget), new Percent(sum));
        }
    }

    public List<SubPool> getSubPools() {
        return Collections.unmodifiableList(subPools);
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public Fund getFund() {
        return fund;
    }

    public String getName() {
        return name;
    }

    public Integer getYear() {
        return year;
    }

    public Money getEnvelope() {
        return envelope;
    }
}

package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/** One year's or one call's money in a fund: its envelope (ramme) and, through {@link SubPool}, its shares. */
@Entity
@Table(name = "funding_round")
public class FundingRound extends VersionedEntity {

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
    private java.time.LocalDate applicationDeadline;

    @Column(name = "decision_date")
    private java.time.LocalDate decisionDate;

    protected FundingRound() {
        // for JPA
    }

    public FundingRound(Fund fund, String name, Integer year, Money envelope) {
        this.fund = Objects.requireNonNull(fund, "fund");
        this.name = Text.required(name, "round.name");
        this.year = year;
        this.envelope = Money.requireNotNegative(envelope);
    }

    /** The application deadline and the decision date; the decision cannot come before the deadline. */
    public void schedule(java.time.LocalDate deadline, java.time.LocalDate decision) {
        if (deadline != null && decision != null && decision.isBefore(deadline)) {
            throw new RuleViolation("round.decisionBeforeDeadline", decision, deadline);
        }
        this.applicationDeadline = deadline;
        this.decisionDate = decision;
    }

    public java.time.LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public java.time.LocalDate getDecisionDate() {
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

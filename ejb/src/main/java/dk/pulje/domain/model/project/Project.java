package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Funded (or applied-for) work in a fund. The owner, round, period, town and total project sum may be unknown when
 * the source does not state them; they are then null, never guessed.
 */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private FundingRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @NotBlank
    @Size(max = 300)
    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "summary", columnDefinition = "text")
    private String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 30)
    private ProjectType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProjectStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Size(max = 100)
    @Column(name = "town", length = 100)
    private String town;

    /** Samlet projektsum: the whole cost of the project. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
    })
    private Money totalSum;

    protected Project() {
        // for JPA
    }

    public Project(Fund fund, FundingRound round, String title, ProjectType type, ProjectStatus status) {
        this.fund = Objects.requireNonNull(fund, "fund");
        if (round != null && !round.getFund().equals(fund)) {
            throw new IllegalArgumentException("The round " + round.getName() + " belongs to another fund");
        }
        this.round = round;
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A project needs a title");
        }
        this.title = title.strip();
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
    }

    public void describe(String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public void assignOwner(Organisation owner) {
        this.owner = owner;
    }

    public void locateIn(String town) {
        this.town = town == null || town.isBlank() ? null : town.strip();
    }

    /** Sets the period; either end may be unknown, but an end before the start is refused. */
    public void schedule(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The project cannot end (" + end + ") before it starts (" + start + ")");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public void budgetTotal(Money total) {
        if (total != null && total.isNegative()) {
            throw new IllegalArgumentException("A total project sum cannot be negative");
        }
        this.totalSum = total;
    }

    public Fund getFund() {
        return fund;
    }

    public FundingRound getRound() {
        return round;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ProjectType getType() {
        return type;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getTown() {
        return town;
    }

    public Money getTotalSum() {
        return totalSum;
    }
}

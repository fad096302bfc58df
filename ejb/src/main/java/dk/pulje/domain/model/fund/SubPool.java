package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.shared.Percent;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A share of a round with its own target, e.g. the theme pool that should get 80 % of the money. Part of its
 * {@link FundingRound}, which creates and changes it: the round keeps the rules that span its sub-pools (one name
 * once, targets adding up to at most 100 %).
 */
@Entity
@Audited
@Table(name = "sub_pool")
public class SubPool extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private FundingRound round;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SubPoolKind kind;

    /** Target share of the round's money, 0..1 (0.80 = 80 %); null when none is set. */
    @DecimalMin("0")
    @DecimalMax("1")
    @Column(name = "target_share", precision = 5, scale = 4)
    private BigDecimal targetShare;

    /**
     * The sub-pool's own co-financing rule; null: its fund's rule applies (issue 11: Region Midtjylland asked 25 % of
     * the open pool's projects, not of the theme pool's).
     */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "minimumShare", column = @Column(name = "cofinancing_min_share", precision = 5, scale = 4)),
            @AttributeOverride(name = "threshold.amount", column = @Column(name = "cofinancing_threshold_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "threshold.currency", column = @Column(name = "cofinancing_threshold_currency", length = 3)),
            @AttributeOverride(name = "tolerance.amount", column = @Column(name = "cofinancing_tolerance_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "tolerance.currency", column = @Column(name = "cofinancing_tolerance_currency", length = 3)),
            @AttributeOverride(name = "source", column = @Column(name = "cofinancing_source", length = OwnFinancingRule.SOURCE_MAX))
    })
    private OwnFinancingRule cofinancingRule;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "sub_pool_theme",
            joinColumns = @JoinColumn(name = "sub_pool_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    protected SubPool() {
        // for JPA
    }

    /** Through {@link FundingRound#addSubPool}, which checks the rules across the round's sub-pools. */
    SubPool(FundingRound round, String name, SubPoolKind kind, BigDecimal targetShare, Collection<Theme> themes) {
        this.round = Objects.requireNonNull(round, "round");
        define(name, kind, targetShare, themes);
    }

    /**
     * Name, kind, target share and themes in one step, all checked before any is set (through
     * {@link FundingRound#changeSubPool}). An open pool is open to every theme and takes none.
     */
    void define(String newName, SubPoolKind newKind, BigDecimal newTargetShare, Collection<Theme> newThemes) {
        String checkedName = Text.required(newName, "subPool.name");
        Objects.requireNonNull(newKind, "kind");
        requireValidShare(newTargetShare);
        if (newKind == SubPoolKind.OPEN && !newThemes.isEmpty()) {
            throw new RuleViolation("subPool.openWithThemes", checkedName);
        }
        this.name = checkedName;
        this.kind = newKind;
        this.targetShare = newTargetShare;
        this.themes.clear();
        this.themes.addAll(newThemes);
    }

    /** A target share is a share: 0..1, or none. */
    static void requireValidShare(BigDecimal share) {
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new RuleViolation("share.outOfRange", share);
        }
    }

    /** Adds a theme to a theme pool; an open pool takes none. */
    public void addTheme(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        if (kind == SubPoolKind.OPEN) {
            throw new RuleViolation("subPool.openWithThemes", name);
        }
        themes.add(theme);
    }

    /** Sets or (with null) drops the sub-pool's own co-financing rule; without one, the fund's rule applies. */
    public void requireCofinancing(OwnFinancingRule rule) {
        this.cofinancingRule = rule;
    }

    /** The sub-pool's own rule, if it has one (not the fund's). */
    public java.util.Optional<OwnFinancingRule> getCofinancingRule() {
        return java.util.Optional.ofNullable(cofinancingRule);
    }

    /** The rule that applies to projects granted from this sub-pool: its own, else its fund's. */
    public java.util.Optional<OwnFinancingRule> effectiveCofinancingRule() {
        return getCofinancingRule().or(() -> round.getFund().getOwnFinancingRule());
    }

    public Set<Theme> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public FundingRound getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public SubPoolKind getKind() {
        return kind;
    }

    public BigDecimal getTargetShare() {
        return targetShare;
    }
}

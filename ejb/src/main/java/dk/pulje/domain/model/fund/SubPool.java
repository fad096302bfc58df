package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
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

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A share of a round with its own target, e.g. the theme pool that should get 80 % of the money. */
@Entity
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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "sub_pool_theme",
            joinColumns = @JoinColumn(name = "sub_pool_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    protected SubPool() {
        // for JPA
    }

    public SubPool(FundingRound round, String name, SubPoolKind kind, BigDecimal targetShare) {
        this.round = Objects.requireNonNull(round, "round");
        this.name = Text.required(name, "subPool.name");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (targetShare != null && (targetShare.signum() < 0 || targetShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new RuleViolation("share.outOfRange", targetShare);
        }
        this.targetShare = targetShare;
    }

    public void addTheme(Theme theme) {
        themes.add(Objects.requireNonNull(theme, "theme"));
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

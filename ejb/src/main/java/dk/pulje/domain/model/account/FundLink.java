package dk.pulje.domain.model.account;

import dk.pulje.domain.model.fund.Fund;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** A fund given to a user in one role: administered ({@link Role#FUND_ADMIN}) or read ({@link Role#REGIONAL_STAFF}). */
@Embeddable
public class FundLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false)
    private Fund fund;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    protected FundLink() {
        // for JPA
    }

    public FundLink(Fund fund, Role role) {
        if (role != Role.FUND_ADMIN && role != Role.REGIONAL_STAFF) {
            throw new IllegalArgumentException("Funds are given to administrators and regional staff only: " + role);
        }
        this.fund = Objects.requireNonNull(fund, "fund");
        this.role = role;
    }

    public Fund getFund() {
        return fund;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FundLink link && role == link.role
                && (fund == link.fund || fund.getId() != null && fund.getId().equals(link.fund.getId()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(fund.getId() == null ? System.identityHashCode(fund) : fund.getId(), role);
    }
}

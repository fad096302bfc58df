package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the caller may see and change, as the queries need it.
 *
 * @param administeredFunds funds the caller administers (full access)
 * @param readableFunds     funds the caller reads as regional staff
 * @param organisations     organisations the caller belongs to as an applicant
 */
public record CallerScope(String username, Set<Role> roles, Set<Long> administeredFunds, Set<Long> readableFunds,
                          Set<Long> organisations) {

    public CallerScope {
        roles = Set.copyOf(roles);
        administeredFunds = Set.copyOf(administeredFunds);
        readableFunds = Set.copyOf(readableFunds);
        organisations = Set.copyOf(organisations);
    }

    /** The condition that nothing satisfies: a caller without funds or organisations reads nothing. */
    static final String NOTHING = " (1 = 0) ";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The condition on a project aliased {@code p} that lets the caller read it. Only the branches the caller's roles
     * need are written, so that PostgreSQL can use the plain fund index for administrators and regional staff
     * (docs/performance.md). Parameters are bound by {@link #bind}. The condition is always wrapped in parentheses
     * with a space on each side, so that it can be appended to any text (a text block strips a trailing space:
     * {@code "and "} + {@code "1 = 0"} once became {@code and1 = 0} and a 500 for every caller with an empty scope).
     */
    public String readableProjects() {
        return readableProjects("p");
    }

    /** The same condition on a project aliased {@code alias}. */
    public String readableProjects(String alias) {
        List<String> branches = new ArrayList<>();
        if (!funds().isEmpty()) {
            branches.add(alias + ".fund.id in (:scopeFunds)");
        }
        if (has(Role.APPLICANT) && !organisations.isEmpty()) {
            branches.add("""
                    %1$s.owner.id in (:scopeOrganisations) or exists (select 1 from Partner scopePartner
                     where scopePartner.project = %1$s and scopePartner.organisation.id in (:scopeOrganisations))"""
                    .formatted(alias));
        }
        return branches.isEmpty() ? NOTHING : " (" + String.join(" or ", branches) + ") ";
    }

    /** The condition on a fund aliased {@code alias} that the caller administers or reads. */
    public String readableFunds(String alias) {
        return funds().isEmpty() ? NOTHING : " " + alias + ".id in (:scopeFunds) ";
    }

    /** Binds the scope's parameters that the query uses. */
    public void bind(jakarta.persistence.Query query) {
        for (jakarta.persistence.Parameter<?> parameter : query.getParameters()) {
            if ("scopeFunds".equals(parameter.getName())) {
                query.setParameter("scopeFunds", List.copyOf(funds()));
            } else if ("scopeOrganisations".equals(parameter.getName())) {
                query.setParameter("scopeOrganisations", List.copyOf(organisations));
            }
        }
    }

    /**
     * The funds whose whole portfolio the caller reads: administered ones and, for regional staff, the given ones
     * (never an applicant's organisations). The dashboards aggregate over these only.
     */
    public Set<Long> portfolioFunds() {
        return funds();
    }

    /** The funds whose projects the caller reads: administered ones and, for regional staff, the given ones. */
    private Set<Long> funds() {
        Set<Long> funds = new java.util.HashSet<>();
        if (has(Role.FUND_ADMIN)) {
            funds.addAll(administeredFunds);
        }
        if (has(Role.REGIONAL_STAFF)) {
            funds.addAll(readableFunds);
        }
        return funds;
    }

    /** May the caller read the fund's internal review notes? Its administrators and regional staff; applicants never. */
    public boolean seesInternalNotes(long fundId) {
        return (has(Role.FUND_ADMIN) && administeredFunds.contains(fundId))
                || (has(Role.REGIONAL_STAFF) && readableFunds.contains(fundId));
    }

    public boolean administers(long fundId) {
        return has(Role.FUND_ADMIN) && administeredFunds.contains(fundId);
    }

    public boolean belongsTo(Long organisationId) {
        return organisationId != null && has(Role.APPLICANT) && organisations.contains(organisationId);
    }
}

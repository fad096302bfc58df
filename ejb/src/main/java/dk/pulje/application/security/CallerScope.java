package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;

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

    /** Never matches an id: lets "in (:ids)" work when a set is empty. */
    private static final Long NONE = -1L;

    public CallerScope {
        roles = Set.copyOf(roles);
        administeredFunds = Set.copyOf(administeredFunds);
        readableFunds = Set.copyOf(readableFunds);
        organisations = Set.copyOf(organisations);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The condition on a project aliased {@code p} that lets the caller read it, with parameters from {@link #bind}. */
    public static final String PROJECT_READABLE = """
            (p.fund.id in (:scopeAdminFunds) or p.fund.id in (:scopeReadFunds) or p.owner.id in (:scopeOrganisations)
             or exists (select 1 from Partner scopePartner
                        where scopePartner.project = p and scopePartner.organisation.id in (:scopeOrganisations)))""";

    /** The parameters of {@link #PROJECT_READABLE}. */
    public void bind(jakarta.persistence.Query query) {
        query.setParameter("scopeAdminFunds", ids(has(Role.FUND_ADMIN) ? administeredFunds : Set.of()));
        query.setParameter("scopeReadFunds", ids(has(Role.REGIONAL_STAFF) ? readableFunds : Set.of()));
        query.setParameter("scopeOrganisations", ids(has(Role.APPLICANT) ? organisations : Set.of()));
    }

    private static List<Long> ids(Set<Long> ids) {
        return ids.isEmpty() ? List.of(NONE) : List.copyOf(ids);
    }

    /** May the caller read internal review notes? Never applicants, and not a pure applicant either. */
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

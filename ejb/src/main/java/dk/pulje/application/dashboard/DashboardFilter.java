package dk.pulje.application.dashboard;

import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;

/**
 * The filters every dashboard and its drill-down share (issue 11), as they travel in the address: {@code fund},
 * {@code round}, {@code year}, {@code theme}, {@code town}, {@code type} (the lead institution's type), {@code status},
 * {@code subPool}. Null means "all". The filter narrows the caller's scope; it never widens it.
 *
 * @param town the project's town exactly as stored (the distributions list the towns there are)
 */
public record DashboardFilter(Long fund, Long round, Integer year, Long theme, String town,
                              OrganisationType institutionType, ProjectStatus status, Long subPool) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null, null, null, null);

    public DashboardFilter {
        town = town == null || town.isBlank() ? null : town.strip();
    }

    public static DashboardFilter ofRound(long roundId) {
        return NONE.withRound(roundId);
    }

    public static DashboardFilter ofFund(long fundId) {
        return new DashboardFilter(fundId, null, null, null, null, null, null, null);
    }

    public DashboardFilter withRound(Long roundId) {
        return new DashboardFilter(fund, roundId, year, theme, town, institutionType, status, subPool);
    }

    public DashboardFilter withFund(Long fundId) {
        return new DashboardFilter(fundId, round, year, theme, town, institutionType, status, subPool);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}

package dk.pulje.domain.model.account;

/** The {@link Role} names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String FUND_ADMIN = "FUND_ADMIN";
    public static final String APPLICANT = "APPLICANT";
    public static final String REGIONAL_STAFF = "REGIONAL_STAFF";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private Roles() {
    }
}

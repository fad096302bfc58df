package dk.pulje.application.opendata;

import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.shared.RuleViolation;

import java.util.regex.Pattern;

/**
 * Every identifier the open-data files carry, made in one place so that a grant, an organisation or an activity is
 * named alike in every file and in every export (docs/adr/0016).
 * <ul>
 * <li>A grant: {@value #GRANT_PREFIX}{@code -<project id>}: 360Giving's "your prefix + an identifier from your
 * records". Only the project id, which never changes: a project may move to another round or fund, and a maturation
 * project's follow-up (its related activity) may belong to another fund, whose id the link does not know.</li>
 * <li>An organisation with a CVR number: {@code DK-CVR-<cvr>} (org-id.guide's list for the Danish register, in both
 * standards); without one: {@value #ORGANISATION_PREFIX}{@code -<organisation id>} in 360Giving and
 * {@value #IATI_ORGANISATION_PREFIX}{@code -<organisation id>} in IATI, stable as long as Pulje keeps the organisation.</li>
 * <li>An IATI activity: the reporting organisation's identifier (the funder), {@code -PULJE-}, the project id.</li>
 * </ul>
 */
public final class OpenDataIds {

    /** Pulje's 360Giving prefix; a publisher who registers its own with 360Giving replaces it here. */
    public static final String GRANT_PREFIX = "360G-pulje";
    public static final String ORGANISATION_PREFIX = "360G-pulje-org";
    public static final String IATI_ORGANISATION_PREFIX = "XX-PULJE-ORG";

    /** What an organisation identifier must look like to pass the quality check: a register's, or Pulje's own. */
    private static final Pattern DANISH_REGISTER = Pattern.compile("DK-CVR-(\\d{8})");
    private static final Pattern PULJE_ORGANISATION = Pattern.compile(Pattern.quote(ORGANISATION_PREFIX) + "-\\d+");
    private static final Pattern OTHER_REGISTER = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,}-[A-Za-z0-9][A-Za-z0-9._-]*");

    private OpenDataIds() {
    }

    public static String grant(OpenDataGrant grant) {
        return grant(grant.projectId());
    }

    public static String grant(long projectId) {
        return GRANT_PREFIX + "-" + projectId;
    }

    /** The grant programme's code: the round's, else the fund's. */
    public static String programme(OpenDataProgramme programme) {
        return programme.roundId() == null
                ? "pulje-" + programme.fundId()
                : "pulje-" + programme.fundId() + "-runde-" + programme.roundId();
    }

    public static String organisation(OpenDataParty party) {
        return hasCvr(party) ? "DK-CVR-" + party.cvr() : ORGANISATION_PREFIX + "-" + party.id();
    }

    public static String iatiOrganisation(OpenDataParty party) {
        return hasCvr(party) ? "DK-CVR-" + party.cvr() : IATI_ORGANISATION_PREFIX + "-" + party.id();
    }

    public static String iatiActivity(OpenDataGrant grant) {
        return iatiOrganisation(grant.funder()) + "-PULJE-" + grant.projectId();
    }

    /**
     * Does a 360Giving organisation identifier look valid? A CVR number must have its check digit right; Pulje's own
     * prefix is followed by a number; any other must have the shape of org-id.guide's identifiers (country, register,
     * number), as 360Giving's quality tool expects.
     */
    public static boolean looksValid(String organisationId) {
        if (organisationId == null) {
            return false;
        }
        var cvr = DANISH_REGISTER.matcher(organisationId);
        if (cvr.matches()) {
            return hasCheckDigit(cvr.group(1));
        }
        if (organisationId.startsWith("DK-CVR-")) {
            return false;
        }
        return PULJE_ORGANISATION.matcher(organisationId).matches() || OTHER_REGISTER.matcher(organisationId).matches();
    }

    private static boolean hasCvr(OpenDataParty party) {
        return party.cvr() != null && party.cvr().matches("\\d{8}");
    }

    /** The domain's own rule (modulus 11) decides. */
    private static boolean hasCheckDigit(String digits) {
        try {
            new Cvr(digits);
            return true;
        } catch (RuleViolation wrong) {
            return false;
        }
    }
}

package dk.pulje.application.opendata;

/**
 * The maturation → follow-up link between two projects, seen from one of them: the other project and its funder (an
 * IATI activity's identifier starts with its reporting organisation's, and the other project may be another fund's).
 *
 * @param followUp true when the other project is this one's follow-up; false when this one is the other's
 */
public record OpenDataLink(long projectId, OpenDataParty funder, boolean followUp) {
}

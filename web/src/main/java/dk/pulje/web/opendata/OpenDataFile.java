package dk.pulje.web.opendata;

/**
 * An open-data file ready to send, and what its grants' quality check left out.
 *
 * @param omittedReasons how many grants per reason ("REQUIRED_FIELD(recipientOrganization)=10"); empty when none
 */
public record OpenDataFile(String fileName, String contentType, byte[] content, int omitted, String omittedReasons) {
}

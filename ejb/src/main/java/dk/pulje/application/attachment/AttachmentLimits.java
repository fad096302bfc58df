package dk.pulje.application.attachment;

import java.math.BigDecimal;

/**
 * How big an attachment may be: {@code PULJE_ATTACHMENT_MAX_MB} (environment) or the system property
 * {@code pulje.attachment.maxMb}, in megabytes (1 MB = 1,048,576 bytes; decimals allowed), 20 MB when neither is set.
 * Read at every upload, so a changed system property acts at once (the tests use a tiny limit).
 */
public final class AttachmentLimits {

    public static final String PROPERTY = "pulje.attachment.maxMb";
    public static final String ENVIRONMENT = "PULJE_ATTACHMENT_MAX_MB";
    static final BigDecimal DEFAULT_MB = BigDecimal.valueOf(20);
    private static final BigDecimal MB = BigDecimal.valueOf(1024L * 1024L);

    private AttachmentLimits() {
    }

    public static long maxBytes() {
        return maxBytes(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    static long maxBytes(String property, String environment) {
        BigDecimal mb = parse(property);
        if (mb == null) {
            mb = parse(environment);
        }
        if (mb == null) {
            mb = DEFAULT_MB;
        }
        return mb.multiply(MB).longValue();
    }

    private static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            return value.signum() > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

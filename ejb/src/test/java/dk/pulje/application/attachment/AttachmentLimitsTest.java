package dk.pulje.application.attachment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttachmentLimitsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void twentyMegabytesUnlessSaidOtherwise() {
        assertEquals(20 * MB, AttachmentLimits.maxBytes(null, null));
        assertEquals(20 * MB, AttachmentLimits.maxBytes("", "  "));
        assertEquals(20 * MB, AttachmentLimits.maxBytes("mange", "-3"));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentAndMayBeAFraction() {
        assertEquals(5 * MB, AttachmentLimits.maxBytes(null, "5"));
        assertEquals(MB / 2, AttachmentLimits.maxBytes("0,5", "5"));
        assertEquals(1048, AttachmentLimits.maxBytes("0.001", null));
    }
}

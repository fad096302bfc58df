package dk.pulje.application.attachment;

import dk.pulje.domain.model.shared.RuleViolation;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What an uploaded file really is, decided by its bytes and never by its name: Apache Tika (tika-core, magic numbers)
 * names the type; office documents, which Tika's core sees only as zip archives, are told apart by the parts their
 * standards require, read from the archive's directory without unpacking anything (a zip bomb costs nothing here).
 * A file that is empty, of a type reports do not take, visibly cut short, or named as something it is not, is refused
 * with a message that says which and why.
 */
public final class FileTypeCheck {

    /** Office documents are small XML in a zip; more than this unpacked is not a report's attachment but a bomb. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final Tika TIKA = new Tika();

    /** A file that passed: its clean name (with the type's extension), its type and its sha256 in hex. */
    public record CheckedFile(String fileName, AttachmentType type, String sha256, byte[] content) {
    }

    private FileTypeCheck() {
    }

    public static CheckedFile check(String originalName, byte[] content) {
        String clean = FileNames.sanitise(originalName);
        String name = clean;
        if (content == null || content.length == 0) {
            throw new RuleViolation("attachment.empty", name);
        }
        String detected = TIKA.detect(content);
        AttachmentType type = isZip(detected) ? officeDocument(clean, content)
                : AttachmentType.ofMediaType(detected).orElseThrow(() -> wrongType(clean, detected));
        if (!complete(type, content)) {
            throw new RuleViolation("attachment.broken", name);
        }
        String extension = FileNames.extension(name);
        if (extension.isEmpty()) {
            name = FileNames.sanitise(name + "." + type.extensions().get(0));
        } else if (!type.extensions().contains(extension)) {
            throw new RuleViolation("attachment.nameContradicts", name, extension, type.label());
        }
        return new CheckedFile(name, type, sha256(content), content);
    }

    private static RuleViolation wrongType(String name, String detected) {
        return new RuleViolation("attachment.type", name, detected, AttachmentType.labels());
    }

    private static boolean isZip(String detected) {
        return detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")
                || detected.startsWith("application/vnd.openxmlformats-officedocument.")
                || detected.startsWith("application/vnd.oasis.opendocument.");
    }

    /** DOCX, XLSX or ODT by the parts in the archive's central directory; any other zip is the wrong type. */
    private static AttachmentType officeDocument(String name, byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("pulje-upload-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Set<String> entries = new HashSet<>();
                long unpacked = 0;
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    unpacked += Math.max(0, entry.getSize());
                    if (entries.size() >= MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES) {
                        throw new RuleViolation("attachment.broken", name);
                    }
                    entries.add(entry.getName());
                }
                if (entries.contains("[Content_Types].xml") && entries.contains("word/document.xml")) {
                    return AttachmentType.DOCX;
                }
                if (entries.contains("[Content_Types].xml") && entries.contains("xl/workbook.xml")) {
                    return AttachmentType.XLSX;
                }
                if (entries.contains("content.xml") && AttachmentType.ODT.mediaType().equals(odfMimetype(zip))) {
                    return AttachmentType.ODT;
                }
                throw wrongType(name, "application/zip");
            }
        } catch (ZipException e) {
            throw new RuleViolation("attachment.broken", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temp file left behind is harmless; the upload's answer matters more
                }
            }
        }
    }

    /** The first entry of an OpenDocument file names its type in plain text; read at most 100 bytes of it. */
    private static String odfMimetype(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
        }
    }

    /** A file visibly cut short (an interrupted upload, a truncated copy) is refused rather than stored. */
    private static boolean complete(AttachmentType type, byte[] content) {
        return switch (type) {
            case PDF -> contains(tail(content, 2048), "%%EOF".getBytes(StandardCharsets.US_ASCII));
            case PNG -> endsWith(content, new byte[]{0x49, 0x45, 0x4E, 0x44, (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
            case JPEG -> contains(tail(content, 64), new byte[]{(byte) 0xFF, (byte) 0xD9});
            case DOCX, XLSX, ODT -> true; // the zip's directory was read: it sits at the very end of the file
        };
    }

    private static byte[] tail(byte[] content, int length) {
        return Arrays.copyOfRange(content, Math.max(0, content.length - length), content.length);
    }

    private static boolean endsWith(byte[] content, byte[] end) {
        return content.length >= end.length
                && Arrays.equals(content, content.length - end.length, content.length, end, 0, end.length);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package dk.pulje.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** A generated password in a file only its owner can read (0600), created with those rights from the start. */
final class Secrets {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Secrets() {
    }

    /** 24 random bytes, URL-safe Base64 (32 characters): no quoting trouble in a file, a URL or an environment. */
    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    static void write(Path file, String secret) throws IOException {
        ownerOnly(file);
        Files.writeString(file, secret + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Creates {@code file} if it is missing and makes it readable and writable by its owner only (where the file system
     * has POSIX permissions): for passwords, and for backups, which hold password hashes and personal data.
     */
    static void ownerOnly(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(file)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}

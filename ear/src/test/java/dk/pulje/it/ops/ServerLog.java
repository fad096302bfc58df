package dk.pulje.it.ops;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What a WildFly writes to its server.log from a mark on: the lines an operator would grep. */
final class ServerLog {

    private final Path file;
    private final long mark;

    private ServerLog(Path file) {
        this.file = file;
        this.mark = file.toFile().length();
    }

    /** The Arquillian server's log (failsafe passes jboss.home). */
    static ServerLog ofTestServer() {
        return from(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    }

    /** Marks the log's current end: {@link #sinceMark()} reads what comes after. */
    static ServerLog from(Path file) {
        return new ServerLog(file);
    }

    String sinceMark() {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            long from = length < mark ? 0 : mark; // rotated meanwhile: read the new file from its start
            byte[] bytes = new byte[(int) (length - from)];
            log.seek(from);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** Waits briefly for a line (the log handler writes as the request ends, but the answer can arrive first). */
    String awaitContaining(String text) {
        String since = sinceMark();
        for (int i = 0; i < 50 && !since.contains(text); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            since = sinceMark();
        }
        return since;
    }
}

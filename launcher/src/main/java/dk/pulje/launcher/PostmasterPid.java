package dk.pulje.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL's {@code postmaster.pid} in a data folder: its first line is the server's pid, its fourth the port. It is
 * left behind when the server is killed, so a server counts as running only while that pid is alive.
 */
final class PostmasterPid {

    private PostmasterPid() {
    }

    /** The pid of the PostgreSQL that runs on {@code pgdata}, or null. */
    static Long runningPid(Path pgdata) throws IOException {
        List<String> lines = lines(pgdata);
        if (lines.isEmpty()) {
            return null;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : null;
    }

    /** The port of the PostgreSQL that runs on {@code pgdata}, or null. */
    static Integer runningPort(Path pgdata) throws IOException {
        List<String> lines = lines(pgdata);
        if (lines.size() < 4 || runningPid(pgdata) == null) {
            return null;
        }
        return Integer.parseInt(lines.get(3).strip());
    }

    private static List<String> lines(Path pgdata) throws IOException {
        Path file = pgdata.resolve("postmaster.pid");
        try {
            return Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }
}

package dk.pulje.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Pulje per data folder. An OS file lock (released by the kernel even if the launcher is killed) guards the
 * folder, and a pid file tells {@code ./pulje stop} whom to stop.
 */
final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private InstanceLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    static InstanceLock acquire(Path data) throws IOException {
        Files.createDirectories(data);
        Path pidFile = data.resolve("pulje.pid");
        FileChannel channel = FileChannel.open(data.resolve("pulje.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            String pid = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "?";
            throw new LauncherException("Pulje already runs from " + data + " (pid " + pid + "). "
                    + "Open it in the browser, or stop it first with ./pulje stop.");
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        return new InstanceLock(channel, lock, pidFile);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(pidFile);
        lock.release();
        channel.close();
    }
}

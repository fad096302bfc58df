package dk.pulje.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server JVM's side of a load run: resident memory (Linux /proc: VmRSS sampled every two seconds, VmHWM the
 * kernel's peak), garbage collection ({@code jstat -gc} before and after: collections and their time), and CPU time.
 * Every figure is optional: where it cannot be read it says so instead of failing the run.
 */
final class ServerFigures implements AutoCloseable {

    private final long pid;
    private final Thread sampler;
    private volatile long maxRssKib = -1;
    private final Map<String, Double> gcBefore;
    private final Optional<Duration> cpuBefore;

    private ServerFigures(long pid) {
        this.pid = pid;
        this.gcBefore = jstat(pid);
        this.cpuBefore = cpu(pid);
        this.sampler = new Thread(this::sample, "pulje-load-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ServerFigures watch(long pid) {
        return new ServerFigures(pid);
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long rss = statusKib(pid, "VmRSS:");
            if (rss > maxRssKib) {
                maxRssKib = rss;
            }
            try {
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The lines that {@code ./pulje load} prints about the server after the run. */
    List<String> report(Duration wall) {
        Map<String, Double> gcAfter = jstat(pid);
        long rssNow = statusKib(pid, "VmRSS:");
        long peak = statusKib(pid, "VmHWM:");
        String memory = String.format(java.util.Locale.ROOT,
                "server RSS: now %s, highest sampled during the run %s, peak since start (VmHWM) %s",
                mib(rssNow), mib(maxRssKib), mib(peak));
        String gc;
        if (gcBefore.isEmpty() || gcAfter.isEmpty()) {
            gc = "server GC: jstat could not read the WildFly JVM (is the JDK's jstat on the PATH?)";
        } else {
            double young = delta(gcAfter, "YGC"), youngSeconds = delta(gcAfter, "YGCT");
            double full = delta(gcAfter, "FGC"), fullSeconds = delta(gcAfter, "FGCT");
            double concurrent = delta(gcAfter, "CGC"), total = delta(gcAfter, "GCT");
            gc = String.format(java.util.Locale.ROOT,
                    "server GC during the run: %.0f young (%.2f s), %.0f full (%.2f s), %.0f concurrent cycles; %.2f s of"
                            + " pauses in all = %.2f %% of the wall time; heap used after: %.0f MiB of %.0f MiB committed",
                    young, youngSeconds, full, fullSeconds, concurrent, total,
                    100 * total / Math.max(1e-9, wall.toMillis() / 1000.0),
                    (gcAfter.getOrDefault("EU", 0.0) + gcAfter.getOrDefault("OU", 0.0) + gcAfter.getOrDefault("S0U", 0.0)
                            + gcAfter.getOrDefault("S1U", 0.0)) / 1024,
                    (gcAfter.getOrDefault("EC", 0.0) + gcAfter.getOrDefault("OC", 0.0) + gcAfter.getOrDefault("S0C", 0.0)
                            + gcAfter.getOrDefault("S1C", 0.0)) / 1024);
        }
        Optional<Duration> cpuAfter = cpu(pid);
        String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? String.format(java.util.Locale.ROOT, "server CPU during the run: %.0f s = %.2f cores on average",
                cpuAfter.get().minus(cpuBefore.get()).toMillis() / 1000.0,
                cpuAfter.get().minus(cpuBefore.get()).toMillis() / (double) Math.max(1, wall.toMillis()))
                : "server CPU: not readable";
        return List.of(memory, gc, cpu);
    }

    private double delta(Map<String, Double> after, String column) {
        return after.getOrDefault(column, 0.0) - gcBefore.getOrDefault(column, 0.0);
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    private static String mib(long kib) {
        return kib < 0 ? "n/a" : (kib / 1024) + " MiB";
    }

    private static long statusKib(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Optional<Duration> cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration());
    }

    /** {@code jstat -gc PID} as column → value (capacities and use in KiB, times in seconds); empty if it fails. */
    static Map<String, Double> jstat(long pid) {
        try {
            Process process = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Map.of();
            }
            return parseJstat(output);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** The two lines of {@code jstat -gc}: a header of column names, then their values ("-" where a column has none). */
    static Map<String, Double> parseJstat(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            return Map.of();
        }
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        if (names.length != values.length) {
            return Map.of();
        }
        Map<String, Double> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            try {
                columns.put(names[i], Double.parseDouble(values[i].replace(',', '.')));
            } catch (NumberFormatException e) {
                // "-": the collector has no such space or count
            }
        }
        return columns;
    }
}

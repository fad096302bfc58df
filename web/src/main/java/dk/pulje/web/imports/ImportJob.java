package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One store running off the request thread: the importing thread reports its progress here, the page's poll reads
 * it. Fields are volatile: written by the worker, read by the request that polls.
 */
final class ImportJob implements ImportProgress {

    private volatile Phase phase = Phase.CHECKING;
    private volatile int done;
    private volatile int total;
    private volatile Future<ImportReport> outcome;

    ImportJob(int rows) {
        this.total = rows;
    }

    @Override
    public void reached(Phase phase, int done, int total) {
        this.phase = phase;
        this.done = done;
        this.total = total;
    }

    void started(Future<ImportReport> outcome) {
        this.outcome = outcome;
    }

    boolean finished() {
        return outcome != null && outcome.isDone();
    }

    /** The report; throws what the store threw (a broken rule, a concurrent change). Only once {@link #finished()}. */
    ImportReport report() throws ExecutionException, InterruptedException {
        return outcome.get();
    }

    Phase phase() {
        return phase;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    /** 0–100, whole percent: checking is the first half, storing the second, so the bar never runs backwards. */
    int percent() {
        if (phase == Phase.DONE) {
            return 100;
        }
        int part = total == 0 ? 0 : (int) Math.min(50, 50L * done / total);
        return phase == Phase.STORING ? 50 + part : part;
    }
}

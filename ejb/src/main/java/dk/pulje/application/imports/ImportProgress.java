package dk.pulje.application.imports;

/**
 * Told how far a long import has come, so that the upload page can show a progress bar while 10.000 rows are checked
 * and stored. Called from the importing thread; an implementation must be cheap and thread-safe.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    enum Phase { CHECKING, STORING, DONE }

    void reached(Phase phase, int done, int total);
}

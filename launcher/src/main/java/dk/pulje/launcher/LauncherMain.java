package dk.pulje.launcher;

import java.io.IOException;

/** How the long-running commands ({@code ./pulje run}, {@code ./pulje cluster}) end: one line and an exit code. */
final class LauncherMain {

    /** A command's work; its expected failures are LauncherExceptions with a sentence for the operator. */
    interface Command {
        void run() throws IOException, InterruptedException;
    }

    private LauncherMain() {
    }

    static void run(Command command) {
        try {
            command.run();
        } catch (LauncherException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("pulje: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }
}

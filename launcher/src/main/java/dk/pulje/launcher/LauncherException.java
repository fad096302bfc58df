package dk.pulje.launcher;

/** Something the person who ran {@code ./pulje} can fix; its message is printed without a stack trace. */
final class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}

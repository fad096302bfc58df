package dk.pulje.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on loopback: a configured one checked before anything starts, or one chosen free for a throw-away server. */
final class Ports {

    private Ports() {
    }

    /** A port that nothing listens on now (the operating system's choice), for servers that only the launcher knows. */
    static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Fails with the variable to change when {@code port} is taken, before a server half-starts on it. */
    static void requireFree(int port, String variable) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LauncherException("Port " + port + " is already in use. Choose another with " + variable + "=….");
        }
    }
}

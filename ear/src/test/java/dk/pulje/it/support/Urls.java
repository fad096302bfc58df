package dk.pulje.it.support;

/** Where the test server serves Pulje, seen from the test JVM or from inside the server. */
public final class Urls {

    private Urls() {
    }

    /** http://localhost:8180/pulje/ : 8080 plus the build's port offset. */
    public static String base() {
        String offset = System.getProperty("pulje.it.port.offset",
                System.getProperty("jboss.socket.binding.port-offset", "0"));
        return "http://localhost:" + (8080 + Integer.parseInt(offset)) + "/pulje/";
    }
}

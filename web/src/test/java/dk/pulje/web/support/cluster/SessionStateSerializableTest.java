package dk.pulje.web.support.cluster;

import dk.pulje.web.i18n.LocaleBacking;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On two nodes the HTTP session, with every session- and view-scoped bean in it, is copied to the other node
 * (issue 14): each such bean, and everything it holds in a field that is not transient, must be Serializable.
 */
class SessionStateSerializableTest {

    @Test
    void everySessionAndViewScopedBeanOfTheWebModuleReplicates() throws URISyntaxException {
        Path classes = Path.of(LocaleBacking.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = SessionStateScanner.sessionBeans(classes, getClass().getClassLoader());
        assertTrue(beans.size() >= 30, "the scan found only " + beans + " (is it looking in the right folder?)");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            problems.addAll(SessionStateScanner.problemsOf(bean, classes));
        }
        assertEquals(List.of(), problems, "session state that cannot be copied to the other node");
    }

    // The scanner itself: each of these would be a broken session on the second node.

    @SessionScoped
    static class NotSerializable {
    }

    @ViewScoped
    static class HoldsASupplier implements Serializable {
        private Supplier<String> later;
    }

    record Thing(Object inside) {
    }

    record Row(Thing thing) implements Serializable {
    }

    @ViewScoped
    static class HoldsARecordOfANonSerializableRecord implements Serializable {
        private List<Row> rows;
    }

    @ViewScoped
    static class HoldsAnOptional implements Serializable {
        private Optional<String> maybe;
    }

    @ViewScoped
    static class Fine implements Serializable {
        private transient Supplier<String> later;
        private List<String> names;
        private java.util.Map<Long, java.math.BigDecimal> sums;
        private static final Object SHARED = new Object();
    }

    @Test
    void theScannerSeesWhatWouldBreak() {
        assertEquals(1, SessionStateScanner.problemsOf(NotSerializable.class, null).size());
        assertEquals(1, SessionStateScanner.problemsOf(HoldsASupplier.class, null).size());
        List<String> nested = SessionStateScanner.problemsOf(HoldsARecordOfANonSerializableRecord.class, null);
        assertEquals(1, nested.size(), nested.toString());
        assertTrue(nested.get(0).contains("Thing"), nested.toString());
        assertEquals(1, SessionStateScanner.problemsOf(HoldsAnOptional.class, null).size());
        assertEquals(List.of(), SessionStateScanner.problemsOf(Fine.class, null));
    }
}

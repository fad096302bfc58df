package dk.pulje.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordELResolverTest {

    public record Card(String name, long count) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponentsThroughTheirAccessors() {
        ELContext context = new TestContext();
        assertEquals("Uddannelsespuljen 2024", resolver.getValue(context, new Card("Uddannelsespuljen 2024", 15), "name"));
        assertTrue(context.isPropertyResolved());
        assertEquals(15L, resolver.getValue(new TestContext(), new Card("x", 15), "count"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = new TestContext();
        assertNull(resolver.getValue(context, new Card("x", 1), "noSuchComponent"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getCommonPropertyType(context, "not a record"));
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new TestContext();
        assertTrue(resolver.isReadOnly(context, new Card("x", 1), "name"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new TestContext(), new Card("x", 1), "name", "y"));
    }

    /** The smallest ELContext: the resolver under test needs none of its parts. */
    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}

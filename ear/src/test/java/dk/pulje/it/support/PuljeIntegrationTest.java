package dk.pulje.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An Arquillian test on the real WildFly and a real PostgreSQL; the database starts first. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface PuljeIntegrationTest {
}

package dk.pulje.it.support.as;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs every test method of an in-container test (or one method) as a demo user, through the real security checks. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DemoUserInterceptor.class)
public @interface AsDemoUser {
    DemoUser value();
}

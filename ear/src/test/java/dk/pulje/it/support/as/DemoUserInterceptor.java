package dk.pulje.it.support.as;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;

/**
 * Wraps each test method in {@link DemoUser#call} when the test runs inside WildFly; on the client side (where
 * Arquillian only forwards the call to the server) it passes the invocation on untouched.
 */
public class DemoUserInterceptor implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        if (System.getProperty("jboss.home.dir") == null) {
            invocation.proceed();
            return;
        }
        AsDemoUser annotation = extensionContext.getRequiredTestMethod().getAnnotation(AsDemoUser.class);
        if (annotation == null) {
            annotation = extensionContext.getRequiredTestClass().getAnnotation(AsDemoUser.class);
        }
        try {
            annotation.value().call(() -> {
                try {
                    invocation.proceed();
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
                return null;
            });
        } catch (Exception e) {
            throw e;
        }
    }
}

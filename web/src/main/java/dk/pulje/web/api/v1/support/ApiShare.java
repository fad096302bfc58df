package dk.pulje.web.api.v1.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON record component that carries a share, a ratio or a difference as a decimal string
 * ({@code "0.4125"}, {@code "-3.50"}); typed in the OpenAPI document with {@link ApiSchemas#DECIMAL_PATTERN}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ApiShare {
}

package dk.pulje.web.api.v1.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON record component that carries an amount in kroner as a string with two decimals ({@code "1234567.00"},
 * never a JSON number, which clients would read as a binary double). The OpenAPI document types it as a string with
 * {@link ApiSchemas#AMOUNT_PATTERN} ({@link ApiSchemaConverter}); ApiValues.amount writes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ApiAmount {
}

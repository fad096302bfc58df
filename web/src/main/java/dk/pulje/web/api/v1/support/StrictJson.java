package dk.pulje.web.api.v1.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a write body of API v1: {@link StrictJsonReader} reads it instead of JSON-B, refusing malformed
 * JSON, unknown fields and wrong types with 400 problem details that name each field (JSON-B would silently drop an
 * unknown field and answer a wrong type with a message naming Java classes). Amounts are strings ("1234.50"), dates
 * ISO 8601 ("2027-03-31"), enums their names; a field left out is null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictJson {
}

package dk.pulje.web.api.v1.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that reads the dashboards' filter from the query string (ApiValues.filter:
 * {@code fund, round, year, theme, town, type, status, subPool}) through {@code UriInfo}, where swagger-core cannot
 * see the parameters: {@link ApiReader} adds them to the operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDashboardFilter {
}

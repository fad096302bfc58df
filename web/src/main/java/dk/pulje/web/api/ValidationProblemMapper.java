package dk.pulje.web.api;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bean validation's refusals (a service's command with a blank name, a too-long search) as problem details. Without it
 * RESTEasy's own mapper answers a text report that names Java methods and echoes the input. On a write: 422 with
 * {@code errors: [{field, message}]}, the field as the command's property path ({@code budgetLines[1].category}), the
 * message Pulje's own in the client's language; on a read: a bare 400, as before.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Map<String, String> CONSTRAINTS = Map.of(
            "NotNull", "api.field.required", "NotBlank", "api.field.required", "NotEmpty", "api.field.required",
            "Size", "api.field.size");

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        boolean write;
        try {
            write = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        } catch (RuntimeException outsideRequest) {
            write = false;
        }
        return of(exception, write, ApiLanguage.of(headers));
    }

    static Response of(ConstraintViolationException exception, boolean write, Locale locale) {
        if (!write || exception.getConstraintViolations() == null || exception.getConstraintViolations().isEmpty()) {
            return Problem.of(400).response(); // a too-long search: nothing of the input is echoed
        }
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> fieldError(v, locale))
                .sorted(Comparator.comparing(e -> e.field() == null ? "" : e.field()))
                .toList();
        return Problem.of(422).detail(new RuleViolation("api.invalid.fields").messageIn(locale)).errors(errors).response();
    }

    private static FieldError fieldError(ConstraintViolation<?> violation, Locale locale) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String key = CONSTRAINTS.getOrDefault(constraint, "api.field.invalid");
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] arguments = "api.field.size".equals(key)
                ? new Object[]{attributes.get("min"), attributes.get("max")} : new Object[0];
        return new FieldError(field.isEmpty() ? null : field.toString(), new RuleViolation(key, arguments).messageIn(locale));
    }
}

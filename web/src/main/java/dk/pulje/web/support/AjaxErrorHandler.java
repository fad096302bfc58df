package dk.pulje.web.support;

import dk.pulje.web.api.Problem;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failed ajax request (a table page, a filter, a too-long search) is answered with a plain message and an incident
 * id, never with the exception's class or message (which may echo the input); the server log gets the id with the
 * stack trace, once. Full-page requests go on to the container's error page (ErrorDispatchServlet does the same there).
 */
public class AjaxErrorHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(AjaxErrorHandler.class.getName());

    public AjaxErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.getPartialViewContext().isAjaxRequest()) {
            getWrapped().handle();
            return;
        }
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        Throwable first = null;
        boolean expired = false;
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            events.remove();
            if (exception instanceof ViewExpiredException || rootOf(exception) instanceof ViewExpiredException) {
                expired = true;
                continue;
            }
            if (first == null) {
                first = exception;
            }
        }
        Optional<TryAgain> tryAgain = TryAgain.of(first);
        if (tryAgain.isPresent()) {
            // The database is away, or the change met another: "try again", as the pages and the API say it
            // (ErrorDispatchServlet), no incident.
            Throwable root = rootOf(first);
            LOG.warning(() -> tryAgain.get() + ", ajax request answered 'try again': " + root);
            answer(context, text(context, tryAgain.get().textKey()), null);
        } else if (first != null) {
            String incident = Problem.newIncident();
            if (isRefusal(first)) {
                // Expected (a too-long search, a broken rule, a role that may not): one line, no stack trace.
                String cause = rootOf(first).getClass().getSimpleName();
                LOG.warning(() -> "Ajax request refused, incident " + incident + ": " + cause);
            } else {
                LOG.log(Level.SEVERE, "Ajax request failed, incident " + incident, first);
            }
            answer(context, text(context, "error.ajax").replace("{0}", incident), incident);
        } else if (expired) {
            reload(context);
        }
        getWrapped().handle();
    }

    /**
     * Answers on a fresh writer over a reset response. The request's own partial writer may hold half a table update
     * in its buffer ("]]&gt;&lt;/update&gt;") and PrimeFaces' callback parameters, among them the list's new address with
     * the very input that failed; reusing it would send both after the reset.
     */
    private static void answer(FacesContext context, String text, String incident) {
        try {
            ExternalContext external = context.getExternalContext();
            if (incident != null) {
                // The request log line (ops/RequestLogFilter) names the same id, though the answer's status is 200.
                external.getRequestMap().put(ErrorDispatchServlet.INCIDENT, incident);
            }
            if (!external.isResponseCommitted()) {
                external.responseReset();
            }
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding("UTF-8");
            ResponseWriter xml = context.getRenderKit() == null
                    ? null : context.getRenderKit().createResponseWriter(external.getResponseOutputWriter(), "text/xml", "UTF-8");
            PartialResponseWriter writer = xml == null
                    ? context.getPartialViewContext().getPartialResponseWriter() : new PartialResponseWriter(xml);
            writer.startDocument();
            writer.startError("pulje");
            writer.writeText(text, null);
            writer.endError();
            writer.endDocument();
            writer.flush();
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static String text(FacesContext context, String key) {
        Locale locale = context.getViewRoot() == null ? Locale.forLanguageTag("da") : context.getViewRoot().getLocale();
        return ResourceBundle.getBundle(Formats.BUNDLE, locale).getString(key);
    }

    /**
     * The view the browser holds is gone from the session (evicted, or the server restarted while the login lived on):
     * nothing it sends can be applied. The default answer is an error naming the Faces exception class, which the
     * page ignores, so the click seems to do nothing. Reloading the page gives a fresh view at once; when the session is
     * gone as well, the authentication mechanism sends the reload on to the login page.
     */
    private static void reload(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String contextPath = external.getRequestContextPath();
        String referer = external.getRequestHeaderMap().get("Referer");
        String target = contextPath + (context.getViewRoot() != null ? context.getViewRoot().getViewId()
                : external.getRequestServletPath());
        if (referer != null) {
            // Only a page of this application, as a path: never a redirect to wherever a header says.
            java.net.URI uri = java.net.URI.create(referer.replace(" ", "%20"));
            String path = uri.getRawPath();
            if (path != null && path.startsWith(contextPath + "/") && !path.contains("..")) {
                target = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
            }
            LOG.fine(() -> "Ajax request on an expired view, reloading the page");
            external.redirect(target);
            context.responseComplete();
        } catch (IOException | IllegalArgumentException e) {
            throw new FacesException(e);
        }
    }

    private static boolean isRefusal(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof jakarta.validation.ConstraintViolationException
                    || cause instanceof dk.pulje.domain.model.shared.RuleViolation
                    || cause instanceof jakarta.ejb.EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxErrorHandler(getWrapped().getExceptionHandler());
        }
    }
}

package dk.pulje.web.support;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** The id a page is opened with, as typed in its address, and the answer when there is nothing behind it. */
public final class PageIds {

    private PageIds() {
    }

    /** Anything that is not a number is simply not found. */
    public static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The plain not-found page: the same for an id that does not exist and for one outside the caller's funds, so
     * that a forged id learns nothing.
     */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }
}

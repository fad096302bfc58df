package dk.pulje.web.support.pdf;

import dk.pulje.application.shared.Clocks;
import dk.pulje.application.export.ExportService;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.web.i18n.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The PDF downloads ({@code ?id=N&export=PDF} on the project page and the round page, answered by their view action
 * after the page has loaded what the caller may see: a forged id is a 404 before anything is written). Each download
 * is written to the security log like the spreadsheet exports.
 */
@RequestScoped
public class PdfDownloads {

    @Inject
    private ProjectSheet projectSheet;

    @Inject
    private RoundReport roundReport;

    @Inject
    private ExportService exports;

    @Inject
    private LocaleBacking locale;

    /** Does the address ask for the PDF ({@code export=PDF}, not a postback)? */
    public static boolean asked() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !faces.isPostback() && "PDF".equals(faces.getExternalContext().getRequestParameterMap().get("export"));
    }

    public void project(ProjectDetail project) {
        send("projekt-" + project.id(), out -> projectSheet.write(project, locale.getLocale(), out));
    }

    public void round(RoundDetail round) {
        send("runde-" + round.id(), out -> roundReport.write(round, locale.getLocale(), out));
    }

    private void send(String name, Consumer<OutputStream> writer) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(Clocks.DANISH_TIME) + ".pdf\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            OutputStream out = external.getResponseOutputStream();
            writer.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        exports.recordListExport(name + ".pdf", 1, request.getRemoteAddr());
    }
}

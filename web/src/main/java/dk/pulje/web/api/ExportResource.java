package dk.pulje.web.api;

import dk.pulje.application.export.ExportService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import dk.pulje.web.support.export.TableDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/export/projects.csv} and {@code projects.xlsx}: the caller's projects for a spreadsheet
 * (administrators, regional staff). The XLSX has numeric amounts with a money format (support/export).
 */
@Path("/export")
@DeprecatedApi
@RequestScoped
public class ExportResource {

    @Inject
    private ExportService exports;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/projects.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response projects() {
        return Response.ok(exports.projectsCsv(request.getRemoteAddr()))
                .header("Content-Disposition", "attachment; filename=\"pulje-projekter.csv\"")
                .build();
    }

    @GET
    @Path("/projects.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response projectsXlsx() {
        List<List<Object>> rows = exports.projectsForSpreadsheet(request.getRemoteAddr()).stream()
                .map(p -> Arrays.<Object>asList(p.id(), p.title(), p.fundName(), p.roundName(), p.ownerName(), p.town(),
                        p.status().name(), amount(p.totalSum()), amount(p.granted())))
                .toList();
        ExportTable table = new ExportTable("pulje-projekter", "Projekter", List.of(ExportColumn.integer("id"),
                ExportColumn.text("titel"), ExportColumn.text("pulje"), ExportColumn.text("runde"), ExportColumn.text("projektejer"),
                ExportColumn.text("by"), ExportColumn.text("status"), ExportColumn.money("samlet_projektsum"),
                ExportColumn.money("bevilget")), rows);
        StreamingOutput body = out -> TableDownload.write(table, ExportFormat.XLSX, out);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"pulje-projekter.xlsx\"")
                .build();
    }

    /** An unknown amount stays an empty cell, never 0. */
    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}

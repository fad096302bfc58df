package dk.pulje.web.imports;

import dk.pulje.application.fund.FundDetail;
import dk.pulje.application.fund.FundService;
import dk.pulje.application.fund.FundSummary;
import dk.pulje.application.fund.RoundLine;
import dk.pulje.application.imports.AllocationImportService;
import dk.pulje.application.imports.ColumnMapping;
import dk.pulje.application.imports.ColumnMappings;
import dk.pulje.application.imports.ImportField;
import dk.pulje.application.imports.ImportProgress;
import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.ImportRequest;
import dk.pulje.application.imports.ImportSheet;
import dk.pulje.application.imports.RowMessage;
import dk.pulje.application.imports.RowReport;
import dk.pulje.application.imports.RowStatus;
import dk.pulje.application.imports.UnknownOrganisation;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.PageIds;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.TableDownload;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * Backs {@code /imports/allocations.xhtml}: a fund administrator imports an allocation list in five steps on one page:
 * upload (fund, round, file, encoding and separator), mapping with a preview of the first rows as Pulje will store
 * them, every row's problems, the store with a progress bar, and the result. The file is read once (A's reader, in
 * {@link UploadedSheet}); everything after that is {@link AllocationImportService} (check, then run), so the page
 * says exactly what the REST endpoint and {@code ./pulje import} would.
 * <p>
 * The service checks fund, round and roles again; the page only offers the caller's own funds and rounds, and a
 * forged id in the address is answered like an unknown one (404).
 */
@Named
@ViewScoped
public class AllocationImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The round select's value for "a new round named …". */
    public static final long NEW_ROUND = -1L;
    /** The mapping selects' value for "not in the file". */
    public static final int NOT_MAPPED = -1;
    /** The organisation choice "create it as a new organisation". */
    public static final long CREATE_ORGANISATION = 0L;
    static final int PREVIEW_ROWS = 10;

    public enum Step { UPLOAD, MAPPING, PROBLEMS, STORING, RESULT }

    @Inject
    private FundService funds;

    @EJB
    private AllocationImportService imports;

    @EJB
    private ImportWorker worker;

    @Inject
    private ImportReports reports;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Formats fmt;

    // From the address: a link from a fund's or round's page preselects it; the result's download names its report.
    private String fundParam;
    private String roundParam;
    private String reportParam;
    private String export;

    private Step step = Step.UPLOAD;
    private List<FundSummary> fundChoices;
    private List<RoundLine> roundChoices = List.of();
    private Long fundId;
    private Long roundId;
    private String newRoundName;
    private String encoding = UploadedSheet.AUTOMATIC;
    private String separator = UploadedSheet.AUTOMATIC;

    private transient Part file;
    private String fileName;
    private byte[] content;
    private transient UploadedSheet uploaded;

    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final Map<String, Long> organisationChoices = new LinkedHashMap<>();
    private transient ImportReport check;
    private transient ImportJob job;
    private transient ImportReport result;
    private String resultToken;

    /** The view action: a download of a kept report, or the page with the fund and round from a link preselected. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (export != null) {
            download();
            return;
        }
        Long fund = PageIds.parse(fundParam);
        Long round = PageIds.parse(roundParam);
        if ((fundParam != null && fund == null) || (roundParam != null && round == null)) {
            PageIds.notFound();
            return;
        }
        if (round != null) {
            var detail = funds.round(round);
            if (detail.isEmpty()) {
                PageIds.notFound();
                return;
            }
            fund = detail.get().fundId();
        }
        if (fund != null) {
            final long wanted = fund;
            if (getFunds().stream().noneMatch(f -> f.id() == wanted)) {
                PageIds.notFound();
                return;
            }
            fundId = fund;
            fundChanged();
            roundId = round;
        }
    }

    private void download() throws IOException {
        ImportReport report = reports.find(reportParam);
        ExportFormat format = ExportFormat.CSV.name().equals(export) ? ExportFormat.CSV
                : ExportFormat.XLSX.name().equals(export) ? ExportFormat.XLSX : null;
        if (report == null || format == null) {
            PageIds.notFound();
            return;
        }
        TableDownload.send(ImportReportTable.of(report, messages::text, this::status, this::messageText), format);
    }

    // --- step 1: upload ---------------------------------------------------------------------------------------------

    public List<FundSummary> getFunds() {
        if (fundChoices == null) {
            fundChoices = funds.administeredFunds();
        }
        return fundChoices;
    }

    /**
     * The fund select's converter: an id the page offered, or null for anything else. A forged or unknown id thus
     * reaches {@link #read} as "no fund" and gets the page's own message, the same for both, instead of Faces'
     * generic "not a valid value".
     */
    public jakarta.faces.convert.Converter<Long> getFundConverter() {
        return new OfferedIds(() -> getFunds().stream().map(FundSummary::id).toList());
    }

    /** The round select's converter: a round of the chosen fund, "new round", or null (see {@link #getFundConverter}). */
    public jakarta.faces.convert.Converter<Long> getRoundConverter() {
        return new OfferedIds(() -> java.util.stream.Stream.concat(roundChoices.stream().map(RoundLine::id),
                java.util.stream.Stream.of(NEW_ROUND)).toList());
    }

    private static final class OfferedIds implements jakarta.faces.convert.Converter<Long>, Serializable {

        private static final long serialVersionUID = 1L;
        private final transient java.util.function.Supplier<List<Long>> offered;

        OfferedIds(java.util.function.Supplier<List<Long>> offered) {
            this.offered = offered;
        }

        @Override
        public Long getAsObject(FacesContext context, jakarta.faces.component.UIComponent component, String value) {
            Long id = PageIds.parse(value);
            return id != null && offered.get().contains(id) ? id : null;
        }

        @Override
        public String getAsString(FacesContext context, jakarta.faces.component.UIComponent component, Long value) {
            return value == null ? "" : value.toString();
        }
    }

    /** The chosen fund's rounds, newest first; read again when the fund changes. */
    public void fundChanged() {
        roundId = null;
        roundChoices = fundId == null ? List.of()
                : funds.fund(fundId).map(FundDetail::rounds).orElse(List.of());
    }

    public List<RoundLine> getRounds() {
        return roundChoices;
    }

    /** Reads the uploaded file and proposes a mapping; on to the mapping and preview. */
    public void read() {
        if (!validChoice()) {
            return;
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            messages.errorText("import.page.file.missing");
            return;
        }
        if (file.getSize() > UploadedSheet.MAX_BYTES) {
            messages.errorText("import.page.file.tooLarge", file.getSubmittedFileName());
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(UploadedSheet.MAX_BYTES + 1);
            fileName = file.getSubmittedFileName();
        } catch (IOException e) {
            messages.errorText("import.page.file.unreadable", file.getSubmittedFileName());
            return;
        } finally {
            file = null;
        }
        if (readContent()) {
            columns.clear();
            columns.putAll(ColumnMappings.propose(uploaded.sheet().headers()).columns());
            if (check()) {
                step = Step.MAPPING;
            }
        }
    }

    /** Reads the kept file again with the encoding and separator now chosen (the override of what was detected). */
    public void reread() {
        if (content != null && readContent()) {
            columns.clear();
            columns.putAll(ColumnMappings.propose(uploaded.sheet().headers()).columns());
            check();
        }
    }

    private boolean readContent() {
        try {
            uploaded = UploadedSheet.read(fileName, content, encoding, separator);
            if (uploaded.sheet().rows().isEmpty()) {
                messages.errorText("import.page.file.empty", fileName);
                return false;
            }
            return true;
        } catch (UnreadableFile unreadable) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, unreadable.text(locale.getLocale()), null));
            uploaded = null;
            return false;
        }
    }

    /** Fund and round as chosen; anything not offered (a forged id) reads as unknown. */
    private boolean validChoice() {
        boolean fundKnown = fundId != null && getFunds().stream().anyMatch(f -> f.id() == fundId);
        if (!fundKnown) {
            messages.errorText("import.page.fund.unknown");
            return false;
        }
        if (roundId == null) {
            messages.errorText("import.page.round.missing");
            return false;
        }
        if (roundId == NEW_ROUND) {
            if (newRoundName == null || newRoundName.isBlank()) {
                messages.errorText("import.page.round.nameMissing");
                return false;
            }
            return true;
        }
        if (roundChoices.stream().noneMatch(r -> r.id() == roundId)) {
            messages.errorText("import.page.round.unknown");
            return false;
        }
        return true;
    }

    // --- step 2: mapping and preview --------------------------------------------------------------------------------

    /** What the service answers for the file as now mapped (nothing stored); false, with a message, when it refuses. */
    private boolean check() {
        try {
            check = imports.check(sheet(), request(true));
            keepOrganisationChoices();
            return true;
        } catch (RuleViolation violation) {
            messages.error(violation);
            return false;
        }
    }

    public void preview() {
        check();
    }

    public void confirmMapping() {
        if (check()) {
            step = Step.PROBLEMS;
        }
    }

    public void backToMapping() {
        step = Step.MAPPING;
    }

    public void startOver() {
        step = Step.UPLOAD;
        content = null;
        fileName = null;
        uploaded = null;
        check = null;
        job = null;
        result = null;
        columns.clear();
        organisationChoices.clear();
    }

    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    /** The column of this field, or {@link #NOT_MAPPED}: the value of the field's select. */
    public Integer column(ImportField field) {
        return columns.getOrDefault(field, NOT_MAPPED);
    }

    public Map<ImportField, Integer> getColumns() {
        return new ColumnsView();
    }

    /** The selects bind to #{b.columns[field]}: a map whose writes go to the mapping. */
    private final class ColumnsView extends java.util.AbstractMap<ImportField, Integer> implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Integer get(Object key) {
            return key instanceof ImportField field ? column(field) : null;
        }

        @Override
        public Integer put(ImportField key, Integer value) {
            Integer old = column(key);
            if (value == null || value < 0) {
                columns.remove(key);
            } else {
                columns.put(key, value);
            }
            return old;
        }

        @Override
        public java.util.Set<Entry<ImportField, Integer>> entrySet() {
            return java.util.Collections.unmodifiableMap(columns).entrySet();
        }
    }

    /** The file's headers as choices: "B: Samlet projektsum". */
    public List<HeaderChoice> getHeaders() {
        List<String> headers = uploaded == null ? List.of() : uploaded.sheet().headers();
        return IntStream.range(0, headers.size()).mapToObj(i -> new HeaderChoice(i, columnName(i) + ": " + headers.get(i))).toList();
    }

    /** Headers no field reads, listed so the clerk sees what is left out. */
    public List<String> getIgnoredHeaders() {
        List<String> headers = uploaded == null ? List.of() : uploaded.sheet().headers();
        return ColumnMappings.ignored(headers, new ColumnMapping(columns)).stream()
                .map(i -> columnName(i) + ": " + headers.get(i)).toList();
    }

    /** A spreadsheet's column letters: A … Z, AA …. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    public List<RowReport> getPreviewRows() {
        return check == null ? List.of() : check.rows().subList(0, Math.min(PREVIEW_ROWS, check.rows().size()));
    }

    public String amount(BigDecimal kroner) {
        return kroner == null ? "" : fmt.amount(Money.dkk(kroner));
    }

    // --- step 3: problems ---------------------------------------------------------------------------------------------

    /** One line of the problem table. */
    public record Problem(int row, String field, boolean error, String text) implements Serializable {
    }

    public List<Problem> getProblems() {
        if (check == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (RowReport row : check.rows()) {
            for (RowMessage message : row.messages()) {
                problems.add(new Problem(row.row(), message.field() == null ? "" : fmt.label(message.field()),
                        message.error(), messageText(message)));
            }
        }
        return problems;
    }

    public long getErrorCount() {
        return check == null ? 0 : check.rows().stream().flatMap(r -> r.messages().stream()).filter(RowMessage::error).count();
    }

    public long getWarningCount() {
        return check == null ? 0 : check.rows().stream().flatMap(r -> r.messages().stream()).filter(m -> !m.error()).count();
    }

    public long getRefusedRows() {
        return check == null ? 0 : check.count(RowStatus.REFUSED);
    }

    /** Storing is possible only when no row is refused. */
    public boolean isStorable() {
        return check != null && !check.refused();
    }

    public List<UnknownOrganisation> getUnknownOrganisations() {
        return check == null ? List.of() : check.unknownOrganisations();
    }

    public Map<String, Long> getOrganisationChoices() {
        return organisationChoices;
    }

    private void keepOrganisationChoices() {
        Map<String, Long> kept = new LinkedHashMap<>();
        for (UnknownOrganisation unknown : check.unknownOrganisations()) {
            Long chosen = organisationChoices.get(unknown.name());
            boolean offered = chosen != null && unknown.suggestions().stream().anyMatch(s -> s.id() == chosen);
            kept.put(unknown.name(), offered ? chosen : CREATE_ORGANISATION);
        }
        organisationChoices.clear();
        organisationChoices.putAll(kept);
    }

    public String rows(UnknownOrganisation unknown) {
        return unknown.rows().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    // --- step 4: store with progress --------------------------------------------------------------------------------

    public void store() {
        if (!isStorable()) {
            messages.errorText("import.page.store.refused");
            return;
        }
        job = new ImportJob(sheet().rows().size());
        job.started(worker.store(sheet(), request(false), job));
        step = Step.STORING;
    }

    /** The progress bar's poll: on to the result when the store is done. */
    public void poll() {
        if (job == null || !job.finished()) {
            return;
        }
        try {
            result = job.report();
            resultToken = reports.keep(result);
            step = Step.RESULT;
            if (result.stored()) {
                messages.info("import.page.result.stored", result.total());
            } else {
                check = result;
                step = Step.PROBLEMS;
                messages.errorText("import.page.store.refused");
            }
        } catch (ExecutionException e) {
            step = Step.PROBLEMS;
            Throwable cause = e.getCause() instanceof jakarta.ejb.EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e.getCause();
            if (cause instanceof RuleViolation violation) {
                messages.error(violation);
            } else {
                messages.errorText("import.page.store.failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            messages.errorText("import.page.store.failed");
        } finally {
            if (step != Step.STORING) {
                job = null;
            }
        }
    }

    public int getProgress() {
        return job == null ? (step == Step.RESULT ? 100 : 0) : job.percent();
    }

    /** "Gemmer række 4.200 af 10.000" in words beside the bar. */
    public String getProgressText() {
        if (job == null) {
            return "";
        }
        return messages.text(job.phase() == ImportProgress.Phase.STORING ? "import.page.progress.storing"
                : job.phase() == ImportProgress.Phase.DONE ? "import.page.progress.done" : "import.page.progress.checking",
                job.done(), job.total());
    }

    // --- step 5: result -------------------------------------------------------------------------------------------

    public ImportReport getResult() {
        return result;
    }

    public long count(String status) {
        return result == null ? 0 : result.count(RowStatus.valueOf(status));
    }

    public String getReportCsvUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/imports/allocations.xhtml?report=" + resultToken + "&export=CSV";
    }

    // --- labels -----------------------------------------------------------------------------------------------------

    /** "Titel (skal være med)" for the two required fields, else the field's name. */
    public String fieldLabel(ImportField field) {
        return field.required() ? messages.text("import.page.mapping.required", fmt.label(field)) : fmt.label(field);
    }

    public String matchLabel(dk.pulje.application.imports.OrganisationSuggestion suggestion) {
        return messages.text("import.page.organisations.match", suggestion.name());
    }

    public String getStoreLabel() {
        return messages.text("import.page.store", getRowCount());
    }

    public String getPreviewCaption() {
        return messages.text("import.page.preview.caption", getPreviewRows().size());
    }

    /** What a row would become, in the future tense of a preview ("Bliver oprettet"). */
    public String previewStatus(RowReport row) {
        return messages.text("import.page.preview.status." + row.status().name());
    }

    /** A separator choice's label: "Automatisk", "Semikolon (;)", …. */
    public String separatorChoice(String value) {
        return UploadedSheet.AUTOMATIC.equals(value) ? messages.text("import.page.separator.AUTO") : separatorName(value);
    }

    // --- shared -----------------------------------------------------------------------------------------------------

    public String status(RowReport row) {
        return fmt.label(row.status());
    }

    public String messageText(RowMessage message) {
        return message.text(locale.getLocale());
    }

    private ImportSheet sheet() {
        if (uploaded == null) {
            // The view outlived its transient parts (a restored session): read the kept bytes again.
            try {
                uploaded = UploadedSheet.read(fileName, Objects.requireNonNull(content, "no file"), encoding, separator);
            } catch (UnreadableFile e) {
                throw new IllegalStateException("The file read before cannot be read again", e);
            }
        }
        return uploaded.sheet();
    }

    private ImportRequest request(boolean dryRun) {
        boolean create = roundId != null && roundId == NEW_ROUND;
        Map<String, Long> matches = new LinkedHashMap<>();
        organisationChoices.forEach((name, id) -> {
            if (id != null && id != CREATE_ORGANISATION) {
                matches.put(name, id);
            }
        });
        return new ImportRequest(String.valueOf(fundId), create ? newRoundName.strip() : String.valueOf(roundId), create,
                dryRun, new ColumnMapping(columns), matches);
    }

    public String getDetectedEncoding() {
        return uploaded == null ? "" : "windows-1252".equalsIgnoreCase(uploaded.encoding()) ? "Windows-1252" : uploaded.encoding();
    }

    public String getDetectedSeparator() {
        return uploaded == null ? "" : separatorName(uploaded.separator());
    }

    public String separatorName(String value) {
        return switch (value) {
            case ";" -> messages.text("import.page.separator.semicolon");
            case "," -> messages.text("import.page.separator.comma");
            case "\t", UploadedSheet.TAB -> messages.text("import.page.separator.tab");
            case "" -> messages.text("import.page.separator.none");
            default -> value;
        };
    }

    public List<String> getEncodings() {
        return UploadedSheet.ENCODINGS;
    }

    public List<String> getSeparators() {
        return UploadedSheet.SEPARATORS;
    }

    public boolean isSpreadsheet() {
        return uploaded != null && uploaded.spreadsheet();
    }

    public int getRowCount() {
        return uploaded == null ? 0 : uploaded.sheet().rows().size();
    }

    /** One header as a mapping choice. */
    public record HeaderChoice(int index, String label) implements Serializable {
    }

    public Step getStep() {
        return step;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFundParam() {
        return fundParam;
    }

    public void setFundParam(String fundParam) {
        this.fundParam = fundParam;
    }

    public String getRoundParam() {
        return roundParam;
    }

    public void setRoundParam(String roundParam) {
        this.roundParam = roundParam;
    }

    public String getReportParam() {
        return reportParam;
    }

    public void setReportParam(String reportParam) {
        this.reportParam = reportParam;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getNewRoundName() {
        return newRoundName;
    }

    public void setNewRoundName(String newRoundName) {
        this.newRoundName = newRoundName;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public String getSeparator() {
        return separator;
    }

    public void setSeparator(String separator) {
        this.separator = separator;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getNewRound() {
        return NEW_ROUND;
    }

    public int getNotMapped() {
        return NOT_MAPPED;
    }

    public long getCreateOrganisation() {
        return CREATE_ORGANISATION;
    }
}

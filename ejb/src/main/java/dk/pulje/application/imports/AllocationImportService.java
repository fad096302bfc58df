package dk.pulje.application.imports;

import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports an allocation list into a round of a fund the caller administers: the one implementation behind the upload
 * page, {@code POST /api/v1/imports/allocations} and {@code ./pulje import}.
 * <p>
 * Every row is checked before anything is stored; one refused row and nothing is stored (the report says
 * {@code stored=false}). Rows are matched by their {@link ImportKey}: a row already imported with the same values is
 * UNCHANGED (nothing written), one with changed values UPDATED through the entities' own methods (audited, with the
 * caller as user), a new one CREATED. A fund or round the caller does not administer is "not found", like an unknown
 * one. All of it is one transaction (the bean's, container-managed).
 */
@Stateless
@RolesAllowed(Roles.FUND_ADMIN)
public class AllocationImportService {

    private static final String FUND = "subject.fund";
    private static final String ROUND = "subject.round";
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2}|2100)\\b");
    private static final int PROGRESS_STEP = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    @Inject
    private ImportStore store;

    /** The report of what {@link #run} would do; never stores anything, not even a round asked to be created. */
    public ImportReport check(@NotNull ImportSheet sheet, @NotNull ImportRequest request) {
        return evaluate(sheet, request, ImportProgress.NONE, false);
    }

    /**
     * Imports the sheet: a dry run answers as {@link #check}; otherwise all rows in one transaction, or none when any
     * row is refused. Progress is told per 100 rows checked and stored.
     */
    public ImportReport run(@NotNull ImportSheet sheet, @NotNull ImportRequest request, ImportProgress progress) {
        return evaluate(sheet, request, progress == null ? ImportProgress.NONE : progress, !request.dryRun());
    }

    private ImportReport evaluate(ImportSheet sheet, ImportRequest request, ImportProgress progress, boolean storing) {
        Fund fund = administeredFund(request.fund());
        Optional<FundingRound> round = round(fund, request.round());
        if (round.isEmpty() && !request.createRound()) {
            throw new RuleViolation("entity.notFound", new MessageKey(ROUND), request.round());
        }
        String roundName = round.map(FundingRound::getName).orElse(request.round().strip());
        List<SubPool> subPools = round.map(FundingRound::getSubPools).orElseGet(() -> templateSubPools(fund));
        ColumnMapping mapping = request.mapping() != null ? request.mapping() : ColumnMappings.propose(sheet.headers());
        for (ImportField field : ImportField.values()) {
            if (field.required() && mapping.column(field).isEmpty()) {
                throw new RuleViolation("import.fieldNotMapped", field);
            }
        }

        OrganisationDirectory organisations = new OrganisationDirectory(organisationNames());
        RowReader reader = new RowReader(mapping, subPoolNames(subPools), new TownReference(townsInPulje()),
                organisations, matches(request.organisationMatches()));
        List<CheckedRow> rows = new ArrayList<>();
        for (ImportSheet.Row row : sheet.rows()) {
            rows.add(reader.read(row));
            if (rows.size() % PROGRESS_STEP == 0) {
                progress.reached(ImportProgress.Phase.CHECKING, rows.size(), sheet.rows().size());
            }
        }
        refuseDuplicates(rows);
        // By identity: entities hash by class (VersionedEntity), so a HashMap of 10.000 projects is a list.
        Map<Project, Grant> grants = new java.util.IdentityHashMap<>();
        Map<String, Project> existing = existingProjects(round.orElse(null), rows, grants);
        Map<CheckedRow, RowStatus> statuses = new LinkedHashMap<>();
        for (CheckedRow row : rows) {
            Project project = existing.get(row.key);
            RowStatus status = project == null ? RowStatus.CREATED
                    : ImportStore.differs(project, grants.get(project), row, mapping) ? RowStatus.UPDATED : RowStatus.UNCHANGED;
            if (status == RowStatus.UPDATED && project.getStatus().isFinal()) {
                row.messages.add(RowMessage.error(null, "import.projectFinal", project.getStatus()));
            }
            statuses.put(row, status);
        }
        progress.reached(ImportProgress.Phase.CHECKING, rows.size(), rows.size());
        List<UnknownOrganisation> unknown = unknownOrganisations(rows, organisations);
        boolean refused = rows.stream().anyMatch(CheckedRow::refused);

        if (!storing || refused) {
            List<RowReport> reports = rows.stream().map(row -> row.report(statuses.get(row),
                    Optional.ofNullable(existing.get(row.key)).map(Project::getId).orElse(null))).toList();
            progress.reached(ImportProgress.Phase.DONE, rows.size(), rows.size());
            return new ImportReport(fund.getId(), round.map(FundingRound::getId).orElse(0L), !storing, false, reports,
                    fund.getName(), roundName, round.isEmpty(), unknown);
        }

        FundingRound target = round.orElseGet(() -> createRound(fund, roundName, subPools));
        List<RowReport> reports = store.store(fund, target, mapping, rows, statuses, existing, grants, LocalDate.now(clock),
                progress);
        progress.reached(ImportProgress.Phase.DONE, rows.size(), rows.size());
        return new ImportReport(fund.getId(), target.getId(), false, true, reports, fund.getName(), target.getName(),
                round.isEmpty(), unknown);
    }

    // --- the fund and round -------------------------------------------------------------------------------------

    /** The fund by id, name or short name (any case), if the caller administers it; otherwise "not found". */
    private Fund administeredFund(String fund) {
        String asked = fund == null ? "" : fund.strip();
        List<Long> administered = List.copyOf(scopes.current().administeredFunds());
        if (!asked.isEmpty() && !administered.isEmpty()) {
            List<Fund> found;
            if (asked.matches("\\d{1,18}")) {
                found = em.createQuery("select f from Fund f where f.id = :id and f.id in :funds", Fund.class)
                        .setParameter("id", Long.parseLong(asked)).setParameter("funds", administered).getResultList();
            } else {
                found = em.createQuery("""
                                select f from Fund f where f.id in :funds
                                and (lower(f.name) = lower(:name) or lower(f.shortName) = lower(:name)) order by f.id""",
                                Fund.class)
                        .setParameter("name", asked).setParameter("funds", administered).getResultList();
            }
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new RuleViolation("entity.notFound", new MessageKey(FUND), asked);
    }

    /**
     * The fund's round by id or name (any case); empty when there is none (the caller then creates it or answers "not
     * found"). Digits are an id first, but only among this fund's rounds, and otherwise a name: a round may well be
     * called "2025", and an id of another fund's round must read exactly as an unknown name.
     */
    private Optional<FundingRound> round(Fund fund, String round) {
        String asked = round == null ? "" : round.strip();
        if (asked.isEmpty()) {
            throw new RuleViolation("entity.notFound", new MessageKey(ROUND), asked);
        }
        if (asked.matches("\\d{1,18}")) {
            FundingRound byId = em.find(FundingRound.class, Long.parseLong(asked));
            if (byId != null && byId.getFund().equals(fund)) {
                return Optional.of(byId);
            }
        }
        return em.createQuery("""
                        select r from FundingRound r where r.fund = :fund and lower(r.name) = lower(:name)""",
                        FundingRound.class)
                .setParameter("fund", fund).setParameter("name", asked).getResultStream().findFirst();
    }

    /**
     * A new round takes the fund's rules from its latest round: the same sub-pools (kind, target share, themes,
     * co-financing rule), so that a list naming "Temapulje" and "Åben pulje" fits the new round as it fitted the last.
     */
    private List<SubPool> templateSubPools(Fund fund) {
        return em.createQuery("""
                        select r from FundingRound r where r.fund = :fund
                        order by r.year desc nulls last, r.id desc""", FundingRound.class)
                .setParameter("fund", fund).setMaxResults(1).getResultStream().findFirst()
                .map(FundingRound::getSubPools).orElse(List.of());
    }

    private FundingRound createRound(Fund fund, String name, List<SubPool> template) {
        Matcher year = YEAR.matcher(name);
        int roundYear = year.find() ? Integer.parseInt(year.group(1)) : LocalDate.now(clock).getYear();
        FundingRound round = new FundingRound(fund, name, roundYear, null);
        em.persist(round);
        for (SubPool model : template) {
            SubPool copy = round.addSubPool(model.getName(), model.getKind(), model.getTargetShare(),
                    List.copyOf(model.getThemes()));
            model.getCofinancingRule().ifPresent(copy::requireCofinancing);
            em.persist(copy);
        }
        return round;
    }

    private static Map<String, String> subPoolNames(List<SubPool> subPools) {
        Map<String, String> names = new LinkedHashMap<>();
        subPools.stream().sorted(Comparator.comparing(SubPool::getName))
                .forEach(s -> names.put(s.getName().toLowerCase(Locale.ROOT), s.getName()));
        return names;
    }

    // --- reference data -----------------------------------------------------------------------------------------

    private List<String> townsInPulje() {
        List<String> towns = new ArrayList<>(em.createQuery(
                "select distinct p.town from Project p where p.town is not null", String.class).getResultList());
        towns.addAll(em.createQuery(
                "select distinct o.town from Organisation o where o.town is not null", String.class).getResultList());
        return towns;
    }

    private List<OrganisationDirectory.Name> organisationNames() {
        List<OrganisationDirectory.Name> names = new ArrayList<>();
        em.createQuery("select o.id, o.name from Organisation o order by o.id", Object[].class).getResultList()
                .forEach(r -> names.add(new OrganisationDirectory.Name((Long) r[0], (String) r[1], (String) r[1])));
        em.createQuery("select o.id, o.name, a from Organisation o join o.aliases a order by o.id", Object[].class)
                .getResultList()
                .forEach(r -> names.add(new OrganisationDirectory.Name((Long) r[0], (String) r[1], (String) r[2])));
        return names;
    }

    /** The user's matches, each to an organisation that exists (a forged id is "not found"). */
    private Map<String, OrganisationSuggestion> matches(Map<String, Long> asked) {
        Map<String, OrganisationSuggestion> matches = new HashMap<>();
        asked.forEach((spelling, id) -> {
            Organisation organisation = id == null ? null : em.find(Organisation.class, id);
            if (organisation == null) {
                throw new RuleViolation("entity.notFound", new MessageKey("subject.organisation"), id);
            }
            matches.put(spelling.strip(), new OrganisationSuggestion(organisation.getId(), organisation.getName()));
        });
        return matches;
    }

    // --- rows against each other and against what is stored ------------------------------------------------------

    /** The same key twice in one file: both rows are refused, each naming the other, since neither can be chosen. */
    private static void refuseDuplicates(List<CheckedRow> rows) {
        Map<String, List<CheckedRow>> byKey = rows.stream().filter(r -> !r.values.title().isEmpty())
                .collect(Collectors.groupingBy(r -> r.key, LinkedHashMap::new, Collectors.toList()));
        byKey.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            for (CheckedRow row : same) {
                String others = same.stream().filter(o -> o != row).map(o -> String.valueOf(o.number))
                        .collect(Collectors.joining(", "));
                row.messages.add(RowMessage.error(null, "import.duplicateRow", others));
            }
        });
    }

    /**
     * The projects the rows already stand for, by key: a journal number finds its grant anywhere in Pulje (one of
     * another round or fund refuses the row, without saying whose it is); other keys are looked up in the round, where
     * a project entered by hand (no stored key) is keyed from its title and owner or town as a row would be.
     */
    private Map<String, Project> existingProjects(FundingRound round, List<CheckedRow> rows, Map<Project, Grant> grants) {
        Map<String, Project> existing = new HashMap<>();
        List<String> journals = rows.stream().map(r -> r.values.journalNumber()).filter(j -> j != null).toList();
        Map<String, Project> byJournal = new HashMap<>();
        for (int from = 0; from < journals.size(); from += 1000) {
            List<String> chunk = journals.subList(from, Math.min(journals.size(), from + 1000));
            em.createQuery("select g from Grant g join fetch g.project where g.journalNumber in :journals", Grant.class)
                    .setParameter("journals", chunk).getResultList()
                    .forEach(g -> byJournal.put(g.getJournalNumber(), g.getProject()));
        }
        for (CheckedRow row : rows) {
            Project project = row.values.journalNumber() == null ? null : byJournal.get(row.values.journalNumber());
            if (project != null && (round == null || !round.equals(project.getRound()))) {
                row.messages.add(RowMessage.error(ImportField.JOURNAL_NUMBER, "import.journalElsewhere",
                        row.values.journalNumber()));
            } else if (project != null) {
                existing.put(row.key, project);
            }
        }
        if (round == null) {
            return existing;
        }
        List<Project> inRound = em.createQuery("""
                        select distinct p from Project p left join fetch p.owner left join fetch p.themes
                        where p.round = :round""", Project.class)
                .setParameter("round", round).getResultList();
        em.createQuery("select g from Grant g where g.project.round = :round", Grant.class)
                .setParameter("round", round).getResultList().forEach(g -> grants.put(g.getProject(), g));
        for (Project project : inRound) {
            String key = project.getImportKey();
            if (key == null) {
                Grant grant = grants.get(project);
                key = ImportKey.of(grant == null ? null : grant.getJournalNumber(), project.getTitle(),
                        project.getOwner() == null ? null : project.getOwner().getName(), project.getTown());
            }
            existing.putIfAbsent(key, project);
        }
        return existing;
    }

    private static List<UnknownOrganisation> unknownOrganisations(List<CheckedRow> rows,
                                                                  OrganisationDirectory organisations) {
        Map<String, List<CheckedRow>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        rows.stream().filter(CheckedRow::newOwner)
                .forEach(r -> byName.computeIfAbsent(r.ownerSpelling, n -> new ArrayList<>()).add(r));
        return byName.entrySet().stream().map(e -> new UnknownOrganisation(e.getValue().get(0).ownerSpelling,
                e.getValue().stream().map(r -> r.number).toList(), organisations.suggestions(e.getKey()))).toList();
    }
}

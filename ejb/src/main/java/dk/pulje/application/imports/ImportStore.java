package dk.pulje.application.imports;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.fund.SubPool;
import dk.pulje.domain.model.fund.Theme;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.FinancingLine;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stores checked rows, inside the importing service's transaction: new projects with their grants through the
 * domain's constructors, changed ones through the entities' own methods (a decided grant by a dated amendment), and
 * nothing at all for unchanged ones. Inserts go out in batches of 50 (pooled ids, V24), flushed every 500 rows.
 */
@Dependent
public class ImportStore {

    /** The amendment's reason for a granted amount or total corrected by a list (data, stored in Danish). */
    static final String AMENDMENT_REASON = "Rettet ved import af bevillingsliste";
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    private EntityManager em;

    List<RowReport> store(Fund fund, FundingRound round, ColumnMapping mapping, List<CheckedRow> rows,
                          Map<CheckedRow, RowStatus> statuses, Map<String, Project> existing, Map<Project, Grant> grants,
                          LocalDate today,
                          ImportProgress progress) {
        Map<String, Organisation> newOrganisations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<Long, Organisation> knownOrganisations = new HashMap<>();
        Map<String, SubPool> subPools = new HashMap<>();
        round.getSubPools().forEach(s -> subPools.put(s.getName(), s));
        Map<String, Theme> themes = themes(rows);
        List<RowReport> reports = new ArrayList<>();
        List<Object> written = new ArrayList<>();
        int done = 0;
        for (CheckedRow row : rows) {
            RowStatus status = statuses.get(row);
            Organisation owner = owner(row, newOrganisations, knownOrganisations);
            Project project = switch (status) {
                case CREATED -> create(fund, round, row, owner, subPools, themes, written);
                case UPDATED -> update(existing.get(row.key), grants.get(existing.get(row.key)), row, mapping, owner,
                        subPools, themes, today);
                default -> existing.get(row.key);
            };
            if (project.getImportKey() == null || !project.getImportKey().equals(row.key)) {
                project.keyForImport(row.key);
            }
            reports.add(row.report(status, project.getId())); // persisted: its id is from the pool already
            if (++done % FLUSH_EVERY == 0) {
                // In chunks: Hibernate orders a flush's inserts (order_inserts) at a cost that grows faster than the
                // number of inserts, and the progress bar then moves with what has really been written.
                em.flush();
                // Written rows leave the persistence context: every flush walks (cascades over, dirty-checks) all
                // managed entities, so keeping 10.000 new projects managed made each chunk slower than the last.
                // Envers has taken their audit rows at the flush; the projects being updated stay managed.
                written.forEach(em::detach);
                written.clear();
                progress.reached(ImportProgress.Phase.STORING, done, rows.size());
            }
        }
        em.flush();
        progress.reached(ImportProgress.Phase.STORING, done, rows.size());
        return reports;
    }

    private Project create(Fund fund, FundingRound round, CheckedRow row, Organisation owner,
                           Map<String, SubPool> subPools, Map<String, Theme> themes, List<Object> written) {
        ImportedProject values = row.values;
        Project project = new Project(fund, round, values.title(), ProjectType.DEVELOPMENT, ProjectStatus.GRANTED);
        project.assignOwner(owner);
        project.locateIn(values.town(), values.municipality());
        project.schedule(values.start(), values.end());
        project.budgetTotal(money(values.total()));
        row.themes.forEach(t -> project.addTheme(themes.get(key(t))));
        if (values.granted() != null) {
            // As the demo data and the registration do: the fund's grant is also a line of the project's financing.
            project.addFinancing(FinancingKind.THIS_GRANT, fund.getFunder(), money(values.granted()), null);
        }
        // Keyed before it is written: set afterwards, every new project cost an update of its own.
        project.keyForImport(row.key);
        em.persist(project);
        Grant grant = new Grant(project, values.subPool() == null ? null : subPools.get(values.subPool()),
                money(values.applied()));
        if (values.granted() != null || values.journalNumber() != null) {
            grant.decide(money(values.granted()), null, values.journalNumber(), null);
        }
        em.persist(grant);
        written.add(grant);
        written.add(project);
        return project;
    }

    private Project update(Project project, Grant existingGrant, CheckedRow row, ColumnMapping mapping, Organisation owner,
                           Map<String, SubPool> subPools, Map<String, Theme> themes, LocalDate today) {
        ImportedProject values = row.values;
        project.rename(values.title());
        if (mapped(mapping, ImportField.OWNER)) {
            project.assignOwner(owner);
        }
        project.locateIn(mapped(mapping, ImportField.TOWN) ? values.town() : project.getTown(),
                mapped(mapping, ImportField.MUNICIPALITY) ? values.municipality() : project.getMunicipality());
        if (periodMapped(mapping)) {
            project.schedule(values.start(), values.end());
        }
        row.themes.stream().map(t -> themes.get(key(t))).filter(t -> !project.getThemes().contains(t))
                .forEach(project::addTheme);
        Grant grant = existingGrant;
        if (grant == null) {
            grant = new Grant(project, null, null);
            em.persist(grant);
        }
        // An empty amount cell says nothing: it never clears an amount Pulje has.
        Money total = values.total() != null ? money(values.total()) : project.getTotalSum();
        Money granted = money(values.granted());
        boolean decided = grant.getGranted() != null || grant.getDecisionDate() != null;
        if (decided) {
            boolean grantedChanged = !Objects.equals(granted, grant.getGranted()) && granted != null;
            boolean totalChanged = !Objects.equals(total, project.getTotalSum()) && total != null;
            if (grantedChanged || totalChanged) {
                grant.amend(today, AMENDMENT_REASON, grantedChanged ? granted : null, totalChanged ? total : null, null);
            }
        } else {
            project.budgetTotal(total);
            if (granted != null) {
                grant.decide(granted, null, values.journalNumber(), null);
            }
        }
        if (granted != null) {
            Grant decidedGrant = grant;
            project.getFinancingLines().stream().filter(l -> l.getKind() == FinancingKind.THIS_GRANT).findFirst()
                    .filter(l -> !granted.equals(l.getAmount()))
                    .ifPresent(l -> project.changeFinancing(l, l.getKind(), l.getContributor(), decidedGrant.getGranted(),
                            l.getNote()));
        }
        if (values.applied() != null) {
            grant.correctApplied(money(values.applied()));
        }
        if (mapped(mapping, ImportField.SUB_POOL) || values.subPool() != null) {
            grant.payFrom(values.subPool() == null ? null : subPools.get(values.subPool()));
        }
        return project;
    }

    /** Whether storing the row would change the project: only the fields the file maps count. */
    static boolean differs(Project project, Grant grant, CheckedRow row, ColumnMapping mapping) {
        ImportedProject values = row.values;
        List<Boolean> changes = new ArrayList<>();
        changes.add(!Objects.equals(values.title(), project.getTitle()));
        if (mapped(mapping, ImportField.OWNER)) {
            changes.add(row.ownerSpelling != null && row.ownerId == null
                    || !Objects.equals(row.ownerId, project.getOwner() == null ? null : project.getOwner().getId()));
        }
        if (mapped(mapping, ImportField.TOWN)) {
            changes.add(!Objects.equals(values.town(), project.getTown()));
        }
        if (mapped(mapping, ImportField.MUNICIPALITY)) {
            changes.add(!Objects.equals(values.municipality(), project.getMunicipality()));
        }
        if (periodMapped(mapping)) {
            changes.add(!Objects.equals(values.start(), project.getStartDate())
                    || !Objects.equals(values.end(), project.getEndDate()));
        }
        if (values.total() != null) {
            changes.add(!sameAmount(values.total(), project.getTotalSum()));
        }
        changes.add(values.granted() != null && (grant == null || !sameAmount(values.granted(), grant.getGranted())));
        if (values.applied() != null) {
            changes.add(grant == null || !sameAmount(values.applied(), grant.getApplied()));
        }
        if (mapped(mapping, ImportField.SUB_POOL) || values.subPool() != null) {
            String current = grant == null || grant.getSubPool() == null ? null : grant.getSubPool().getName();
            changes.add(!Objects.equals(values.subPool(), current));
        }
        Set<String> themes = project.getThemes().stream().map(t -> key(t.getName())).collect(Collectors.toSet());
        changes.add(row.themes.stream().anyMatch(t -> !themes.contains(key(t))));
        return changes.contains(Boolean.TRUE);
    }

    private Organisation owner(CheckedRow row, Map<String, Organisation> created, Map<Long, Organisation> known) {
        if (row.ownerId != null) {
            Organisation organisation = known.computeIfAbsent(row.ownerId, id -> em.find(Organisation.class, id));
            if (row.ownerSpelling != null && !organisation.isKnownAs(row.ownerSpelling)) {
                organisation.addAlias(row.ownerSpelling); // the user matched this spelling to it
            }
            return organisation;
        }
        if (row.ownerSpelling == null) {
            return null;
        }
        return created.computeIfAbsent(row.ownerSpelling, name -> {
            Organisation organisation = new Organisation(name, OrganisationTypes.guess(name), row.values.town());
            em.persist(organisation);
            return organisation;
        });
    }

    /** The rows' themes by name (any case): the known ones, and new ones created. */
    private Map<String, Theme> themes(List<CheckedRow> rows) {
        Set<String> names = rows.stream().flatMap(r -> r.themes.stream()).collect(
                Collectors.toCollection(() -> new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        Map<String, Theme> themes = new HashMap<>();
        if (names.isEmpty()) {
            return themes;
        }
        em.createQuery("select t from Theme t where lower(t.name) in :names", Theme.class)
                .setParameter("names", names.stream().map(ImportStore::key).toList()).getResultList()
                .forEach(t -> themes.putIfAbsent(key(t.getName()), t));
        for (String name : names) {
            themes.computeIfAbsent(key(name), n -> {
                Theme theme = new Theme(name);
                em.persist(theme);
                return theme;
            });
        }
        return themes;
    }

    private static boolean mapped(ColumnMapping mapping, ImportField field) {
        return mapping.column(field).isPresent();
    }

    private static boolean periodMapped(ColumnMapping mapping) {
        return mapped(mapping, ImportField.PERIOD) || mapped(mapping, ImportField.START_DATE)
                || mapped(mapping, ImportField.END_DATE);
    }

    private static boolean sameAmount(BigDecimal amount, Money money) {
        return amount == null ? money == null : money != null && amount.compareTo(money.amount()) == 0;
    }

    private static Money money(BigDecimal kroner) {
        return kroner == null ? null : Money.dkk(kroner);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

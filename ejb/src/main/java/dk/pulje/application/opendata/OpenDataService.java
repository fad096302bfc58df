package dk.pulje.application.opendata;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.application.security.SecurityLog;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what a round's or a fund's open-data files publish (docs/adr/0016), for fund administrators and regional staff
 * over their portfolio ({@link CallerScope#portfolioFunds()}): a round or fund outside it is not found, exactly like
 * one that does not exist. Five statements whatever the number of grants ({@link OpenDataQueries}); nothing is loaded
 * as an entity. Every export is written to the security log (who, which file, how many grants).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class OpenDataService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    @Resource
    private SessionContext context;

    /** The round's grants; empty when the round is not in the caller's portfolio. */
    public Optional<OpenDataSet> round(long roundId) {
        CallerScope scope = scopes.current();
        if (scope.portfolioFunds().isEmpty()) {
            return Optional.empty();
        }
        return read(OpenDataQueries.round(roundId, scope.portfolioFunds()).rows(em));
    }

    /** The fund's grants (all rounds, and projects without a round); empty when the fund is not in the portfolio. */
    public Optional<OpenDataSet> fund(long fundId) {
        CallerScope scope = scopes.current();
        if (!scope.portfolioFunds().contains(fundId)) {
            return Optional.empty();
        }
        return read(OpenDataQueries.fund(fundId, scope.portfolioFunds()).rows(em));
    }

    /** Writes the export to the security log: the file's name and how many grants it publishes. */
    public void logExport(String fileName, int grants, String remoteAddress) {
        securityLog.record(SecurityEventType.EXPORT, context.getCallerPrincipal().getName(), null, remoteAddress,
                "security.detail.export", fileName, grants);
    }

    private Optional<OpenDataSet> read(List<Tuple> heading) {
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = heading.get(0);
        OpenDataParty funder = party(row, "funder_id", "funder_name", "funder_type", "funder_cvr", "funder_town",
                "funder_country");
        Number round = (Number) row.get("round_id");
        OpenDataScope scope = new OpenDataScope(id(row, "fund_id"), (String) row.get("fund_name"),
                round == null ? null : round.longValue(), (String) row.get("round_name"), funder);
        List<OpenDataGrant> grants = OpenDataQueries.grants(scope).rows(em).stream().map(g -> grant(scope, g)).toList();
        Map<Long, List<OpenDataTranche>> tranches = perProject(OpenDataQueries.tranches(scope).rows(em),
                OpenDataService::tranche, OpenDataTranche::projectId);
        Map<Long, List<OpenDataPartner>> partners = perProject(OpenDataQueries.partners(scope).rows(em),
                OpenDataService::partner, OpenDataPartner::projectId);
        Map<Long, List<OpenDataGoal>> goals = perProject(OpenDataQueries.goals(scope).rows(em),
                OpenDataService::goal, OpenDataGoal::projectId);
        return Optional.of(new OpenDataSet(scope, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(clock), grants, tranches, partners, goals));
    }

    private static OpenDataGrant grant(OpenDataScope scope, Tuple row) {
        OpenDataParty owner = row.get("owner_id") == null ? null
                : party(row, "owner_id", "owner_name", "owner_type", "owner_cvr", "owner_town", "owner_country");
        Number roundId = (Number) row.get("round_id");
        OpenDataProgramme programme = new OpenDataProgramme(scope.fundId(), scope.fundName(),
                roundId == null ? null : roundId.longValue(), (String) row.get("round_name"));
        OpenDataFigures figures = new OpenDataFigures(money(row, "applied_amount"), money(row, "granted_amount"),
                money(row, "paid"), money(row, "total_amount"));
        List<OpenDataLink> related = new ArrayList<>();
        links((String) row.get("follow_up"), true, related);
        links((String) row.get("matured_from"), false, related);
        return new OpenDataGrant(id(row, "project_id"), (String) row.get("title"), (String) row.get("description"),
                ProjectType.valueOf((String) row.get("project_type")), ProjectStatus.valueOf((String) row.get("status")),
                programme, scope.funder(), owner, (String) row.get("town"), date(row, "award_date"),
                date(row, "start_date"), date(row, "end_date"), figures, related);
    }

    /** Reads {@code project:funder:cvr[,…]} (OpenDataQueries.grants) into links. */
    private static void links(String written, boolean followUp, List<OpenDataLink> into) {
        if (written == null || written.isEmpty()) {
            return;
        }
        for (String link : written.split(",")) {
            String[] parts = link.split(":", -1);
            OpenDataParty funder = new OpenDataParty(Long.parseLong(parts[1]), null, null,
                    parts[2].isEmpty() ? null : parts[2], null, null);
            into.add(new OpenDataLink(Long.parseLong(parts[0]), funder, followUp));
        }
    }

    private static OpenDataParty party(Tuple row, String id, String name, String type, String cvr, String town,
                                       String country) {
        return new OpenDataParty(id(row, id), (String) row.get(name), OrganisationType.valueOf((String) row.get(type)),
                (String) row.get(cvr), (String) row.get(town), (String) row.get(country));
    }

    private static OpenDataTranche tranche(Tuple row) {
        return new OpenDataTranche(id(row, "project_id"), date(row, "planned_date"), money(row, "planned_amount"),
                date(row, "paid_date"), money(row, "paid_amount"));
    }

    private static OpenDataPartner partner(Tuple row) {
        return new OpenDataPartner(id(row, "project_id"),
                party(row, "organisation_id", "name", "type", "cvr", "town", "country"),
                PartnerRole.valueOf((String) row.get("role")));
    }

    private static OpenDataGoal goal(Tuple row) {
        return new OpenDataGoal(id(row, "project_id"), ((Number) row.get("position")).intValue(),
                (String) row.get("description"), (String) row.get("indicators"));
    }

    private static <T> Map<Long, List<T>> perProject(List<Tuple> rows, Function<Tuple, T> read, Function<T, Long> project) {
        return rows.stream().map(read).collect(Collectors.groupingBy(project, LinkedHashMap::new, Collectors.toList()));
    }

    private static long id(Tuple row, String alias) {
        return ((Number) row.get(alias)).longValue();
    }

    private static Money money(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value == null) {
            return null;
        }
        return Money.dkk(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }

    private static LocalDate date(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}

package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Whether the caller may change a project or work in a fund. A project the caller cannot even read is "not found"
 * (a forged id learns nothing); one they can read but not change is refused and logged.
 */
@ApplicationScoped
public class ProjectAccess {

    @Inject
    private CallerScopes scopes;

    @Inject
    private SecurityLog securityLog;

    @PersistenceContext
    private EntityManager em;

    /** Administrators of the project's fund may change it; with {@code ownerToo}, so may the owner's applicants. */
    public void requireChangeable(Project project, boolean ownerToo) {
        CallerScope scope = scopes.current();
        if (scope.administers(project.getFund().getId())
                || (ownerToo && project.getOwner() != null && scope.belongsTo(project.getOwner().getId()))) {
            return;
        }
        if (!readable(project.getId(), scope)) {
            throw new RuleViolation("entity.notFound", new MessageKey("subject.project"), project.getId());
        }
        securityLog.record(SecurityEventType.ACCESS_DENIED, scope.username(), null, null,
                "security.detail.projectChange", project.getId());
        throw new RuleViolation("access.denied");
    }

    public void requireAdministers(Fund fund) {
        CallerScope scope = scopes.current();
        if (!scope.administers(fund.getId())) {
            throw new RuleViolation("entity.notFound", new MessageKey("subject.fund"), fund.getId());
        }
    }

    /** Whether the caller may read the project: the same condition as every project query. */
    public boolean canRead(long projectId) {
        return readable(projectId, scopes.current());
    }

    private boolean readable(long projectId, CallerScope scope) {
        TypedQuery<Long> query = em.createQuery(
                "select count(p) from Project p where p.id = :id and " + scope.readableProjects(), Long.class)
                .setParameter("id", projectId);
        scope.bind(query);
        return query.getSingleResult() > 0;
    }
}

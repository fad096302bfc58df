package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.GrantView;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectPartLookup;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import dk.pulje.web.api.v1.support.EntityTags;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The project as its page reads it ({@link ProjectDetailService}), for the grant, payment and report-obligation
 * resources, and their answers for one tranche or report obligation: a project the caller may not read is 404, exactly like one that does not exist. The resources read it
 * before a write too, so that a forged id is 404 before anything else is looked at, and after it for the answer.
 * A helper rather than a base class: a shared resource superclass answered 404 under RESTEasy before.
 */
@RequestScoped
public class ProjectMoneyReads {

    @Inject
    private ProjectDetailService details;

    @Inject
    private CallerScopes scopes;

    @Inject
    private ProjectPartLookup parts;

    ProjectDetail require(long projectId) {
        return details.detail(projectId).orElseThrow(NotFoundException::new);
    }

    /**
     * The project, for a write: 404 as {@link #require}, then 403 for a reader who may not change it (regional staff,
     * the applicant, another fund's administrator who reads it), before the tag and the body are looked at, so that a
     * reader learns nothing from a write's 428 or 422. The services check the same again, and are the last word.
     */
    ProjectDetail requireChangeable(long projectId) {
        ProjectDetail project = require(projectId);
        // The fund's administrators only; a closed project is theirs to be told why by the domain (422), not 403.
        if (!scopes.current().administers(project.fundId())) {
            throw new ForbiddenException();
        }
        return project;
    }

    /**
     * Whether the caller sees a tranche's state and reference, as the project page shows them: the fund's
     * administrators of this project and the applicant, not regional staff.
     */
    boolean seesPaymentState(ProjectDetail project) {
        return project.changeable() || isApplicant();
    }

    /** The project of a tranche or report obligation the caller may read; 404 for any other id. */
    long projectOfPayment(long paymentId) {
        return parts.projectOf(paymentId).orElseThrow(NotFoundException::new);
    }

    long projectOfReport(long reportId) {
        return parts.projectOfReport(reportId).orElseThrow(NotFoundException::new);
    }

    static PaymentView tranche(ProjectDetail project, long paymentId) {
        return project.grant().payments().stream().filter(p -> p.id() == paymentId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** A tranche as the answer of a read or write, tagged with the grant's version. */
    Response payment(Response.ResponseBuilder response, ProjectDetail project, long paymentId) {
        GrantView grant = project.grant();
        return response.tag(EntityTags.of(grant.version()))
                .entity(ProjectPaymentJson.of(project.id(), grant.id(), tranche(project, paymentId), seesPaymentState(project)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** A report obligation as the answer of a read or write, tagged with the project's version. */
    Response report(Response.ResponseBuilder response, ProjectDetail project, long reportId) {
        return response.tag(EntityTags.of(project.version()))
                .entity(ReportObligationJson.of(project.id(), project.reports().stream().filter(r -> r.id() == reportId)
                        .findFirst().orElseThrow(NotFoundException::new), project.changeable(), isApplicant()))
                .type(MediaType.APPLICATION_JSON).build();
    }

    boolean isApplicant() {
        return scopes.current().has(Role.APPLICANT);
    }
}

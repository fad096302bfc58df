package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/**
 * A row of what a grantee wrote in a {@link ReportObligation}: a narrative section, spending on a budget line,
 * co-financing realised, a milestone's status, a goal's indicator values, an attachment. Created and changed through
 * the report, which refuses changes once it is handed in.
 */
@MappedSuperclass
@Audited
public abstract class ReportPart extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ReportObligation report;

    protected ReportPart() {
        // for JPA
    }

    protected ReportPart(ReportObligation report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    public ReportObligation getReport() {
        return report;
    }
}

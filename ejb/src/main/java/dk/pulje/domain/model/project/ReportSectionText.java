package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A section of a report: what the grantee wrote and, on a returned report, what the reviewer said about it. */
@Entity
@Audited
@Table(name = "report_section")
public class ReportSectionText extends ReportPart {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 30)
    private ReportSection section;

    @Column(name = "body", columnDefinition = "text")
    private String body;

    @Column(name = "review_comment", columnDefinition = "text")
    private String reviewComment;

    protected ReportSectionText() {
        // for JPA
    }

    ReportSectionText(ReportObligation report, ReportSection section) {
        super(report);
        this.section = Objects.requireNonNull(section, "section");
    }

    void write(String text) {
        this.body = Text.optional(text);
    }

    void comment(String comment) {
        this.reviewComment = Text.optional(comment);
    }

    boolean isEmpty() {
        return body == null && reviewComment == null;
    }

    public ReportSection getSection() {
        return section;
    }

    public String getBody() {
        return body;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}

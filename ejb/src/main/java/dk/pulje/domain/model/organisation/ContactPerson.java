package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A person at an organisation whom the fund can reach: name, what they do there, e-mail, phone. Audited (V8). */
@Entity
@Audited
@Table(name = "contact_person")
public class ContactPerson extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Size(max = 200)
    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Email(message = "{pulje.email.invalid}")
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Size(max = 50)
    @Column(name = "phone", length = 50)
    private String phone;

    protected ContactPerson() {
        // for JPA
    }

    public ContactPerson(Organisation organisation, String name, String jobTitle, String email, String phone) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        change(name, jobTitle, email, phone);
    }

    public void change(String newName, String newJobTitle, String newEmail, String newPhone) {
        this.name = Text.required(newName, "contact.name");
        this.jobTitle = Text.optional(newJobTitle);
        this.email = checkedEmail(Text.optional(newEmail));
        this.phone = Text.optional(newPhone);
    }

    /** A merge moves the duplicate's people to the organisation kept; their projects keep them as contacts. */
    public void moveTo(Organisation kept) {
        this.organisation = Objects.requireNonNull(kept, "organisation");
    }

    /** Refused as a rule (with the field named), not as a bean-validation failure at the flush. */
    private static String checkedEmail(String typed) {
        if (typed != null && !EMAIL.matcher(typed).matches()) {
            throw new RuleViolation("contact.emailInvalid", typed);
        }
        return typed;
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}

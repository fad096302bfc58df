package dk.pulje.domain.model.project;

import dk.pulje.domain.model.organisation.ContactPerson;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;
import java.util.Objects;

/** A contact person in a project with the role they have in it ("projektleder", "leder af projektudvikling"). */
@Embeddable
public class ProjectContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_person_id", nullable = false)
    private ContactPerson person;

    @Column(name = "role", length = 200)
    private String role;

    protected ProjectContact() {
        // for JPA
    }

    public ProjectContact(ContactPerson person, String role) {
        this.person = Objects.requireNonNull(person, "person");
        this.role = role == null || role.isBlank() ? null : role.strip();
    }

    /** Same person in the same role: how the history tells a contact added from one removed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectContact that && Objects.equals(person, that.person) && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, role);
    }

    public ContactPerson getPerson() {
        return person;
    }

    public String getRole() {
        return role;
    }
}

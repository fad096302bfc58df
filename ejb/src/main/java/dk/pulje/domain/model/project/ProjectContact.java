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

    public ContactPerson getPerson() {
        return person;
    }

    public String getRole() {
        return role;
    }
}

package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/** A library, school, NGO, municipality, region, agency or company: owners, partners and funders alike. */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    @NotBlank
    @Size(max = 300)
    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private OrganisationType type;

    @Size(max = 100)
    @Column(name = "town", length = 100)
    private String town;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type, String town) {
        this.name = requireText(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.town = town;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getTown() {
        return town;
    }
}

package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A theme such as "EuroSkills 2025", "Grøn omstilling" or "AI", attached to sub-pools and projects. */
@Entity
@Table(name = "theme")
public class Theme extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200, unique = true)
    private String name;

    protected Theme() {
        // for JPA
    }

    public Theme(String name) {
        this.name = Text.required(name, "theme.name");
    }

    public String getName() {
        return name;
    }
}

package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.Text;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A library, school, NGO, municipality, region, agency or company: owners, partners, co-financiers and funders alike.
 * One organisation under several spellings ("Learnmark"/"Leanmark") is one organisation with aliases.
 * <p>
 * Audited (V8): a conflicting edit names who saved first, a merge is recorded, and a project's history reads an
 * owner's or partner's name as it was at the time, also after a merge has removed the organisation.
 */
@Entity
@Audited
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

    /** Optional: foreign organisations have none. */
    @Column(name = "cvr", length = 8, unique = true)
    private Cvr cvr;

    @Size(max = 100)
    @Column(name = "town", length = 100)
    private String town;

    @Size(max = 100)
    @Column(name = "municipality", length = 100)
    private String municipality;

    @Size(max = 100)
    @Column(name = "region", length = 100)
    private String region;

    /** ISO 3166 country code; null when not known. */
    @Size(min = 2, max = 2)
    @Column(name = "country", length = 2)
    private String country;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type, String town) {
        this.name = Text.required(name, "organisation.name");
        this.type = Objects.requireNonNull(type, "type");
        this.town = Text.optional(town);
    }

    /** A new name or kind; the name must not be one of its own aliases (those are other spellings of it). */
    public void describe(String newName, OrganisationType newType) {
        String cleaned = Text.required(newName, "organisation.name");
        aliases.removeIf(a -> a.equalsIgnoreCase(cleaned));
        this.name = cleaned;
        this.type = Objects.requireNonNull(newType, "type");
    }

    public void registerCvr(Cvr newCvr) {
        this.cvr = newCvr;
    }

    /** Where the organisation is: town, municipality, region and country, each optional. */
    public void locate(String newTown, String newMunicipality, String newRegion, String newCountry) {
        this.town = Text.optional(newTown);
        this.municipality = Text.optional(newMunicipality);
        this.region = Text.optional(newRegion);
        this.country = newCountry == null ? null : newCountry.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Another spelling under which the same organisation appears in documents. */
    public void addAlias(String alias) {
        String cleaned = Text.required(alias, "organisation.alias");
        if (!cleaned.equalsIgnoreCase(name)) {
            aliases.add(cleaned);
        }
    }

    public void removeAlias(String alias) {
        aliases.removeIf(a -> a.equalsIgnoreCase(alias == null ? "" : alias.strip()));
    }

    /**
     * For a merge into another organisation: every name this one is known by (its name first, then its aliases), which
     * it gives up here so that the kept organisation can take them as aliases (one spelling names one organisation).
     */
    public List<String> giveUpNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        aliases.clear();
        return names;
    }

    public boolean isKnownAs(String someName) {
        return someName != null && (name.equalsIgnoreCase(someName.strip())
                || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(someName.strip())));
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Cvr getCvr() {
        return cvr;
    }

    public String getTown() {
        return town;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getRegion() {
        return region;
    }

    public String getCountry() {
        return country;
    }

    public Set<String> getAliases() {
        return Collections.unmodifiableSet(aliases);
    }
}

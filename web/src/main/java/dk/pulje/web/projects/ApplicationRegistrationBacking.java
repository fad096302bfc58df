package dk.pulje.web.projects;

import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.project.ApplicationRegistrationService;
import dk.pulje.application.project.FundChoice;
import dk.pulje.application.project.RegisterApplication;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs {@code /projects/new.xhtml}: an application registered in one form and sent as one command
 * ({@link RegisterApplication}). Rows (target groups, activities, goals, partners, contacts) are added and removed
 * without losing what was typed; a refusal keeps everything and is said at the field it concerns. The owner is picked
 * as one types, or created on the spot in a small dialog.
 */
@Named
@ViewScoped
public class ApplicationRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "app:";

    @Inject
    private ApplicationRegistrationService registrations;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking locale;

    private List<FundChoice> funds;
    /** Preselection from the address (the round page's link): {@code ?round=N}. */
    private Long roundParam;

    private String title;
    private Long fundId;
    private Long roundId;
    private Long subPoolId;
    private ProjectType type = ProjectType.DEVELOPMENT;
    private FundChoice.Option followUp;
    private OrganisationSummary owner;
    private LocalDate startDate;
    private LocalDate endDate;
    private String town;
    private String themes;
    private String description;
    private Money totalSum;
    private Money applied;
    private final List<TextRow> targetGroups = new ArrayList<>();
    private final List<TextRow> activities = new ArrayList<>();
    private final List<GoalRow> goals = new ArrayList<>();
    private final List<PartnerRow> partners = new ArrayList<>();
    private final List<ContactRow> contacts = new ArrayList<>();

    // The organisation created in the dialog.
    private String newOrgName;
    private OrganisationType newOrgType = OrganisationType.LIBRARY;
    private String newOrgCvr;
    private String newOrgTown;

    /** Organisations offered by the pickers so far, by id: what the pickers' converter turns ids back into. */
    private final Map<Long, OrganisationSummary> offered = new HashMap<>();
    private final Map<Long, FundChoice.Option> offeredProjects = new HashMap<>();

    public void load() {
        if (funds != null) {
            return;
        }
        funds = registrations.choices();
        if (roundParam != null) {
            for (FundChoice fund : funds) {
                if (fund.rounds().stream().anyMatch(r -> r.id() == roundParam)) {
                    fundId = fund.id();
                    roundId = roundParam;
                }
            }
        }
        if (fundId == null && funds.size() == 1) {
            fundId = funds.get(0).id();
        }
    }

    public String register() {
        boolean complete = true;
        if (title == null || title.isBlank()) {
            fieldError("title", messages.text("registration.title.required"));
            complete = false;
        }
        if (fundId == null) {
            fieldError("fund", messages.text("registration.fund.required"));
            complete = false;
        }
        if (contacts.stream().anyMatch(c -> !c.isBlank() && c.getOrganisationId() == null)) {
            fieldError("contacts", messages.text("registration.contact.organisationRequired"));
            complete = false;
        }
        if (!complete) {
            return null;
        }
        try {
            long projectId = registrations.register(command());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().put(ProjectActionsBacking.RESULT,
                    messages.text("registration.done", title.strip()));
            return "/projects/view?faces-redirect=true&id=" + projectId;
        } catch (RuleViolation e) {
            fieldError(fieldOf(e), e.messageIn(locale.getLocale()));
            return null;
        }
    }

    private RegisterApplication command() {
        return new RegisterApplication(fundId, roundId, subPoolId, title, type,
                type == ProjectType.MATURATION && followUp != null ? followUp.id() : null,
                owner == null ? null : owner.id(), startDate, endDate, town,
                themes == null ? List.of() : Arrays.stream(themes.split("[,;\\n]")).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList(),
                texts(targetGroups), description, texts(activities),
                goals.stream().filter(g -> !g.isBlank())
                        .map(g -> new RegisterApplication.Goal(g.getDescription(), g.getIndicators())).toList(),
                partners.stream().filter(p -> p.getOrganisation() != null)
                        .map(p -> new RegisterApplication.PartnerLine(p.getOrganisation().id(), p.getRole())).toList(),
                contacts.stream().filter(c -> !c.isBlank())
                        .map(c -> new RegisterApplication.ContactLine(c.getOrganisationId() == null ? -1 : c.getOrganisationId(),
                                c.getName(), c.getJobTitle(), c.getEmail(), c.getPhone(), c.getRole())).toList(),
                totalSum, applied);
    }

    private static List<String> texts(List<TextRow> rows) {
        return rows.stream().map(TextRow::getText).filter(t -> t != null && !t.isBlank()).toList();
    }

    /** Which field a refusal concerns, so that the message stands there and the field is marked. */
    private static String fieldOf(RuleViolation e) {
        String key = e.key();
        if ("field.required".equals(key) && e.arguments().length > 0 && e.arguments()[0] instanceof MessageKey field) {
            return switch (field.key()) {
                case "field.project.title" -> "title";
                case "field.project.targetGroup" -> "targetGroups";
                case "field.project.activity" -> "activities";
                case "field.goal.description" -> "goals";
                case "field.contact.name" -> "contacts";
                default -> null;
            };
        }
        return switch (key) {
            case "project.endBeforeStart" -> "endDate";
            case "grant.exceedsTotal" -> "applied";
            case "project.ownerIsNotPartner", "project.partnerTwice" -> "partners";
            case "registration.contactOutsideProject" -> "contacts";
            case "grant.subPoolOfOtherRound", "registration.subPoolWithoutRound" -> "subPool";
            case "project.roundOfOtherFund" -> "round";
            case "project.followUpOnlyForMaturation", "project.followUpSelf" -> "followUp";
            default -> null;
        };
    }

    /** The message at the field (marked invalid; the summary at the top lists it too), or in the summary only. */
    private static void fieldError(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        if (field != null) {
            faces.addMessage(FORM + field, message);
            UIComponent component = faces.getViewRoot().findComponent(FORM + field);
            if (component instanceof jakarta.faces.component.UIInput input) {
                input.setValid(false);
            }
        } else {
            faces.addMessage(null, message);
        }
        faces.validationFailed();
    }

    // Fund, round and sub-pool: each narrows the next.

    public List<FundChoice.RoundChoice> getRounds() {
        return funds == null ? List.of() : funds.stream().filter(f -> Objects.equals(f.id(), fundId)).findFirst()
                .map(FundChoice::rounds).orElse(List.of());
    }

    public List<FundChoice.Option> getSubPools() {
        return getRounds().stream().filter(r -> Objects.equals(r.id(), roundId)).findFirst()
                .map(FundChoice.RoundChoice::subPools).orElse(List.of());
    }

    public void fundChanged() {
        roundId = null;
        subPoolId = null;
    }

    public void roundChanged() {
        subPoolId = null;
    }

    // Pickers.

    public List<OrganisationSummary> completeOrganisation(String text) {
        List<OrganisationSummary> found = organisations.search(text, 10);
        found.forEach(o -> offered.put(o.id(), o));
        return found;
    }

    public List<FundChoice.Option> completeProject(String text) {
        List<FundChoice.Option> found = registrations.followUpCandidates(text, 10);
        found.forEach(o -> offeredProjects.put(o.id(), o));
        return found;
    }

    /** "Randers Bibliotek (Randers)": a name, and the town that tells two alike apart. */
    public String organisationLabel(OrganisationSummary organisation) {
        if (organisation == null) {
            return "";
        }
        return organisation.town() == null ? organisation.name() : organisation.name() + " (" + organisation.town() + ")";
    }

    /** Turns a picked organisation into its id in the page and back, from those the picker offered. */
    public Converter<OrganisationSummary> getOrganisationConverter() {
        return new IdConverter<>(offered, OrganisationSummary::id);
    }

    public Converter<FundChoice.Option> getProjectConverter() {
        return new IdConverter<>(offeredProjects, FundChoice.Option::id);
    }

    /** The organisations in the project so far (owner and partners): whom a contact may belong to. */
    public List<OrganisationSummary> getProjectOrganisations() {
        Map<Long, OrganisationSummary> inProject = new LinkedHashMap<>();
        if (owner != null) {
            inProject.put(owner.id(), owner);
        }
        partners.stream().map(PartnerRow::getOrganisation).filter(Objects::nonNull).forEach(o -> inProject.putIfAbsent(o.id(), o));
        return List.copyOf(inProject.values());
    }

    /** The dialog's "create": registers the organisation at once and makes it the owner. */
    public void createOrganisation() {
        try {
            long id = organisations.register(new NewOrganisation(newOrgName, newOrgType, newOrgCvr, newOrgTown, null,
                    null, "DK"));
            owner = organisations.findByNameOrAlias(newOrgName).filter(o -> o.id() == id).orElseThrow();
            offered.put(owner.id(), owner);
            messages.info("registration.organisation.created", owner.name());
            newOrgName = null;
            newOrgCvr = null;
            newOrgTown = null;
            PrimeFaces.current().ajax().addCallbackParam("created", true);
        } catch (RuleViolation e) {
            FacesContext.getCurrentInstance().addMessage("orgForm:orgName",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.messageIn(locale.getLocale()), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    // Rows.

    public void addTargetGroup() {
        targetGroups.add(new TextRow());
    }

    public void removeTargetGroup(TextRow row) {
        targetGroups.remove(row);
    }

    public void addActivity() {
        activities.add(new TextRow());
    }

    public void removeActivity(TextRow row) {
        activities.remove(row);
    }

    public void addGoal() {
        goals.add(new GoalRow());
    }

    public void removeGoal(GoalRow row) {
        goals.remove(row);
    }

    public void addPartner() {
        partners.add(new PartnerRow());
    }

    public void removePartner(PartnerRow row) {
        partners.remove(row);
    }

    public void addContact() {
        ContactRow row = new ContactRow();
        row.setOrganisationId(owner == null ? null : owner.id());
        contacts.add(row);
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    public ProjectType[] getTypes() {
        return ProjectType.values();
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.values();
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    /** A row with one text: a target group or an activity. */
    public static class TextRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public static class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String indicators;

        boolean isBlank() {
            return (description == null || description.isBlank()) && (indicators == null || indicators.isBlank());
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getIndicators() {
            return indicators;
        }

        public void setIndicators(String indicators) {
            this.indicators = indicators;
        }
    }

    public static class PartnerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private OrganisationSummary organisation;
        private PartnerRole role = PartnerRole.PARTICIPANT;

        public OrganisationSummary getOrganisation() {
            return organisation;
        }

        public void setOrganisation(OrganisationSummary organisation) {
            this.organisation = organisation;
        }

        public PartnerRole getRole() {
            return role;
        }

        public void setRole(PartnerRole role) {
            this.role = role;
        }
    }

    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private String name;
        private String jobTitle;
        private String email;
        private String phone;
        private String role;

        boolean isBlank() {
            return (name == null || name.isBlank()) && (role == null || role.isBlank())
                    && (email == null || email.isBlank());
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** A converter for picked values: the id in the page, the value from what the picker offered. */
    /** How a choice names itself; Serializable because the converter lives in the view state, replicated on two nodes. */
    @FunctionalInterface
    private interface Id<T> extends java.util.function.ToLongFunction<T>, Serializable {
    }

    private static final class IdConverter<T> implements Converter<T>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<Long, T> known;
        private final Id<T> id;

        IdConverter(Map<Long, T> known, Id<T> id) {
            this.known = known;
            this.id = id;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return known.get(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? "" : Long.toString(id.applyAsLong(value));
        }
    }

    // Getters and setters for the form.

    public List<FundChoice> getFunds() {
        return funds;
    }

    public Long getRoundParam() {
        return roundParam;
    }

    public void setRoundParam(Long roundParam) {
        this.roundParam = roundParam;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getSubPoolId() {
        return subPoolId;
    }

    public void setSubPoolId(Long subPoolId) {
        this.subPoolId = subPoolId;
    }

    public ProjectType getType() {
        return type;
    }

    public void setType(ProjectType type) {
        this.type = type;
    }

    public FundChoice.Option getFollowUp() {
        return followUp;
    }

    public void setFollowUp(FundChoice.Option followUp) {
        this.followUp = followUp;
    }

    public OrganisationSummary getOwner() {
        return owner;
    }

    public void setOwner(OrganisationSummary owner) {
        this.owner = owner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Money getTotalSum() {
        return totalSum;
    }

    public void setTotalSum(Money totalSum) {
        this.totalSum = totalSum;
    }

    public Money getApplied() {
        return applied;
    }

    public void setApplied(Money applied) {
        this.applied = applied;
    }

    public List<TextRow> getTargetGroups() {
        return targetGroups;
    }

    public List<TextRow> getActivities() {
        return activities;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public String getNewOrgName() {
        return newOrgName;
    }

    public void setNewOrgName(String newOrgName) {
        this.newOrgName = newOrgName;
    }

    public OrganisationType getNewOrgType() {
        return newOrgType;
    }

    public void setNewOrgType(OrganisationType newOrgType) {
        this.newOrgType = newOrgType;
    }

    public String getNewOrgCvr() {
        return newOrgCvr;
    }

    public void setNewOrgCvr(String newOrgCvr) {
        this.newOrgCvr = newOrgCvr;
    }

    public String getNewOrgTown() {
        return newOrgTown;
    }

    public void setNewOrgTown(String newOrgTown) {
        this.newOrgTown = newOrgTown;
    }
}

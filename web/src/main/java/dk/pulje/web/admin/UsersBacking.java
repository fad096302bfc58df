package dk.pulje.web.admin;

import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.organisation.OrganisationSummary;
import dk.pulje.application.project.FundOption;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.application.security.UserSummary;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs {@code /admin/users.xhtml}: the system administrator creates users, gives them roles, organisations and funds,
 * renames them, disables them and resets passwords. Every action is one service call, logged in the security log.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdminService admin;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private dk.pulje.application.security.SecondFactorService secondFactors;

    @Inject
    private Messages messages;

    private List<UserSummary> users;
    private Map<Long, String> organisationNames;
    private Map<Long, String> fundNames;

    // The form for a new user, and for the chosen user's access.
    private String username;
    private String displayName;
    private String email;
    private String password;
    /** Role names as the check boxes submit them. */
    private List<String> roles = new ArrayList<>();
    private List<Long> organisationIds = new ArrayList<>();
    /** Funds given per role: administered (fund administrator) and read (regional staff). */
    private List<Long> administeredFundIds = new ArrayList<>();
    private List<Long> readFundIds = new ArrayList<>();
    private UserSummary selected;
    /** The chosen user's display name as the edit panel shows it. */
    private String selectedName;
    private String newPassword;

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    @Inject
    private dk.pulje.web.support.Formats fmt;

    /** View action: {@code ?export=CSV|XLSX} sends the users as the table shows them. */
    public void export() {
        dk.pulje.web.support.export.ListExport<UserSummary> columns = dk.pulje.web.support.export.ListExport
                .<UserSummary>named("brugere", "Brugere")
                .text("admin.users.username", UserSummary::username)
                .text("admin.users.name", UserSummary::displayName)
                .text("admin.users.roles", u -> u.roles().stream().map(fmt::label).sorted()
                        .collect(Collectors.joining(", ")))
                .text("admin.users.organisations", this::organisationsOf)
                .text("admin.users.administeredFunds", this::administeredFundsOf)
                .text("admin.users.readFunds", this::readFundsOf)
                .text("admin.users.state", u -> messages.text(u.enabled() ? "admin.users.active" : "admin.users.inactive"))
                .text("admin.users.lastLogin", u -> u.lastLoginAt() == null ? "" : fmt.shortDateTime(u.lastLoginAt()));
        downloads.sendIfAsked(columns, () -> columns.of(users));
    }

    @PostConstruct
    void load() {
        users = admin.users();
        organisationNames = organisationService.list().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        fundNames = admin.funds().stream().collect(Collectors.toMap(FundOption::id, FundOption::shortName));
    }

    public void create() {
        try {
            admin.create(new NewUser(username, displayName, email, password == null ? new char[0] : password.toCharArray(),
                    toSet(roles), new HashSet<>(organisationIds), new HashSet<>(administeredFundIds),
                    new HashSet<>(readFundIds)));
            messages.info("admin.users.created", username);
            username = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
            organisationIds = new ArrayList<>();
            administeredFundIds = new ArrayList<>();
            readFundIds = new ArrayList<>();
            load();
        } catch (RuleViolation e) {
            messages.error(e);
        } finally {
            password = null;
        }
    }

    /** Opens the chosen user's access for editing. */
    public void select(UserSummary user) {
        selected = user;
        selectedName = user.displayName();
        roles = user.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
        organisationIds = new ArrayList<>(user.organisationIds());
        administeredFundIds = new ArrayList<>(user.administeredFundIds());
        readFundIds = new ArrayList<>(user.readFundIds());
    }

    public void saveAccess() {
        act(() -> admin.changeAccess(selected.id(), selected.version(), toSet(roles), new HashSet<>(organisationIds),
                new HashSet<>(administeredFundIds), new HashSet<>(readFundIds)), "admin.users.accessSaved");
    }

    public void rename() {
        act(() -> admin.rename(selected.id(), selected.version(), selectedName), "admin.users.renamed");
    }

    public void toggleEnabled(UserSummary user) {
        selected = user;
        act(() -> {
            if (user.enabled()) {
                admin.disable(user.id(), user.version());
            } else {
                admin.enable(user.id(), user.version());
            }
        }, user.enabled() ? "admin.users.disabled" : "admin.users.enabled");
    }

    public void resetPassword() {
        try {
            act(() -> admin.resetPassword(selected.id(), selected.version(),
                    newPassword == null ? new char[0] : newPassword.toCharArray()), "admin.users.passwordReset");
        } finally {
            newPassword = null;
        }
    }

    /** Removes the chosen user's second factor (SecondFactorService: logged, never one's own). */
    public void resetSecondFactor() {
        act(() -> secondFactors.reset(selected.id()), "admin.user.mfa.resetDone");
    }

    public boolean isSelectedHasSecondFactor() {
        return selected != null && secondFactors.enabledFor(selected.id());
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey, selected.username());
            selected = null;
            load();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    private static Set<Role> toSet(List<String> chosen) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        chosen.forEach(name -> result.add(Role.valueOf(name)));
        return result;
    }

    public String organisationsOf(UserSummary user) {
        return names(user.organisationIds(), organisationNames::get);
    }

    public String administeredFundsOf(UserSummary user) {
        return names(user.administeredFundIds(), fundNames::get);
    }

    public String readFundsOf(UserSummary user) {
        return names(user.readFundIds(), fundNames::get);
    }

    private static String names(Set<Long> ids, Function<Long, String> name) {
        return ids.stream().map(name).sorted().collect(Collectors.joining(", "));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Map<Long, String> getOrganisationNames() {
        return organisationNames;
    }

    public Map<Long, String> getFundNames() {
        return fundNames;
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public List<Long> getAdministeredFundIds() {
        return administeredFundIds;
    }

    public void setAdministeredFundIds(List<Long> administeredFundIds) {
        this.administeredFundIds = administeredFundIds;
    }

    public List<Long> getReadFundIds() {
        return readFundIds;
    }

    public void setReadFundIds(List<Long> readFundIds) {
        this.readFundIds = readFundIds;
    }

    public UserSummary getSelected() {
        return selected;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public void setSelectedName(String selectedName) {
        this.selectedName = selectedName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}

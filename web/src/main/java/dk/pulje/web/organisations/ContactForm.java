package dk.pulje.web.organisations;

import dk.pulje.application.organisation.ContactDetails;
import dk.pulje.application.organisation.ContactSummary;

import java.io.Serializable;

/**
 * The contact person being added ({@code id} null) or changed, at the version their editor opened: by the fund on the
 * organisation page, and by the applicant on their contacts page (/my/contacts.xhtml).
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String jobTitle;
    private String email;
    private String phone;

    public static ContactForm of(ContactSummary saved) {
        ContactForm form = new ContactForm();
        form.id = saved.id();
        form.version = saved.version();
        form.name = saved.name();
        form.jobTitle = saved.jobTitle();
        form.email = saved.email();
        form.phone = saved.phone();
        return form;
    }

    public ContactDetails toDetails() {
        return new ContactDetails(name, jobTitle, email, phone);
    }

    public boolean isAdding() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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
}

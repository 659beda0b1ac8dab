package org.werkraum.web.people;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.werkraum.people.OrgUnitSummary;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonProfile;
import org.werkraum.security.Caller;
import org.werkraum.shared.NotFoundException;
import org.werkraum.signin.PasswordResetLink;
import org.werkraum.signin.PasswordService;
import org.werkraum.web.security.ApplicationUrl;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/** {@code /people/anna.schmidt}: one person, his place in the org chart, and what he knows about. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleService people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    PasswordService passwords;

    private String login;
    private Long id;
    private PersonProfile profile;
    private PasswordResetLink passwordLink;

    public void onLoad() {
        profile = find(people, currentUser.caller(), login, id);
        id = profile.id();
    }

    /** A profile by its address's login, or by the id of a first-release link; "not found" without either. */
    static PersonProfile find(PeopleService people, Caller caller, String login, Long id) {
        if (login != null) {
            return people.profile(caller, login);
        }
        if (id != null) {
            return people.profile(caller, id);
        }
        throw new NotFoundException("person", "");
    }

    /** Admins: makes a one-time link for setting a new password, mails it to the person and shows it here. */
    public void issuePasswordLink() {
        passwordLink = passwords.issueReset(currentUser.caller(), id, ApplicationUrl.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        messages.info(
                passwordLink.mailed() ? "profile.passwordLinkMailed" : "profile.passwordLinkNotMailed",
                passwordLink.email());
    }

    public PasswordResetLink getPasswordLink() {
        return passwordLink;
    }

    /** Whether this is the signed-in person's own profile (tokens and password live there). */
    public boolean isOwn() {
        return profile != null && profile.id() == currentUser.getId();
    }

    public boolean isEditable() {
        return profile != null && profile.editable();
    }

    /** The org units from the company down to the person's own, as a breadcrumb reads. */
    public List<OrgUnitSummary> getOrgPath() {
        if (profile == null) {
            return List.of();
        }
        List<OrgUnitSummary> path = new ArrayList<>(profile.orgPath());
        Collections.reverse(path);
        return path;
    }

    public List<String> getExpertise() {
        return profile == null
                ? List.of()
                : profile.expertise().stream().sorted().toList();
    }

    /**
     * A link to an external profile, or null when it is not a web address. The service accepts only http(s) links to
     * the right network; this keeps the page safe even for data that came in some other way.
     */
    public static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    public String getLinkedinUrl() {
        return profile == null ? null : webLink(profile.linkedinUrl());
    }

    public String getXingUrl() {
        return profile == null ? null : webLink(profile.xingUrl());
    }

    public String getXUrl() {
        return profile == null ? null : webLink(profile.xUrl());
    }

    public PersonProfile getProfile() {
        return profile;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

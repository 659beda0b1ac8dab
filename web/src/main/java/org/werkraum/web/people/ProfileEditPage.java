package org.werkraum.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonProfile;
import org.werkraum.people.ProfileChange;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /people/anna.schmidt/edit}: changes title, location, bio, links and expertise. The version read with the
 * profile goes back with the change, so that a concurrent edit is refused instead of overwritten.
 */
@Named
@ViewScoped
public class ProfileEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleService people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String login;
    private Long id;
    private String displayName;
    private boolean editable;
    private long version;
    private String title;
    private String location;
    private String bio;
    private String linkedinUrl;
    private String xingUrl;
    private String xUrl;
    private List<String> expertise = new ArrayList<>();

    public void onLoad() {
        PersonProfile profile = ProfilePage.find(people, currentUser.caller(), login, id);
        id = profile.id();
        login = profile.login();
        displayName = profile.displayName();
        editable = profile.editable();
        if (!editable) {
            messages.error("error.profile.notYours");
            return;
        }
        version = profile.version();
        title = profile.title();
        location = profile.location();
        bio = profile.bio();
        linkedinUrl = profile.linkedinUrl();
        xingUrl = profile.xingUrl();
        xUrl = profile.xUrl();
        expertise = new ArrayList<>(profile.expertise().stream().sorted().toList());
    }

    public String save() {
        ProfileChange change = new ProfileChange(
                title,
                location,
                bio,
                linkedinUrl,
                xingUrl,
                xUrl,
                new LinkedHashSet<>(expertise == null ? List.of() : expertise));
        people.updateProfile(currentUser.caller(), id, version, change);
        messages.flashInfo("profile.saved");
        return "/people/profile?faces-redirect=true&login=" + login;
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

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEditable() {
        return editable;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String linkedinUrl) {
        this.linkedinUrl = linkedinUrl;
    }

    public String getXingUrl() {
        return xingUrl;
    }

    public void setXingUrl(String xingUrl) {
        this.xingUrl = xingUrl;
    }

    public String getXUrl() {
        return xUrl;
    }

    public void setXUrl(String xUrl) {
        this.xUrl = xUrl;
    }

    public List<String> getExpertise() {
        return expertise;
    }

    public void setExpertise(List<String> expertise) {
        this.expertise = expertise;
    }
}

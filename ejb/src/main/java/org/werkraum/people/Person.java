package org.werkraum.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * An employee with a profile. The login is the key shared with the HR directory and the identity store; the password
 * hash is empty for people who sign in elsewhere (or not yet).
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    /** The language of his mail, {@code de} or {@code en}; null until he chooses (then the company's). */
    @Column(name = "language")
    private String language;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    private String location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    private String bio;

    @Column(name = "linkedin_url")
    private String linkedinUrl;

    @Column(name = "xing_url")
    private String xingUrl;

    @Column(name = "x_url")
    private String xUrl;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_expertise", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "tag")
    private Set<String> expertise = new TreeSet<>();

    @Version
    private long version;

    protected Person() {}

    public Person(String login, String displayName, String email) {
        this.login = login;
        this.displayName = displayName;
        this.email = email;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }

    public void language(String language) {
        this.language = language;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String location() {
        return location;
    }

    public Person manager() {
        return manager;
    }

    public String bio() {
        return bio;
    }

    public String linkedinUrl() {
        return linkedinUrl;
    }

    public String xingUrl() {
        return xingUrl;
    }

    public String xUrl() {
        return xUrl;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> expertise() {
        return Collections.unmodifiableSet(expertise);
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    void changeProfile(ProfileChange change) {
        this.title = change.title();
        this.location = change.location();
        this.bio = change.bio();
        this.linkedinUrl = change.linkedinUrl();
        this.xingUrl = change.xingUrl();
        this.xUrl = change.xUrl();
        this.expertise = new TreeSet<>(change.expertise());
    }

    void changeDirectoryFacts(
            String displayName, String email, String title, OrgUnit orgUnit, String location, Person manager) {
        this.displayName = displayName;
        this.email = email;
        this.title = title;
        this.orgUnit = orgUnit;
        this.location = location;
        this.manager = manager;
    }

    void changeRoles(Set<Role> roles) {
        EnumSet<Role> granted = EnumSet.of(Role.EMPLOYEE);
        granted.addAll(roles);
        this.roles = granted;
    }

    /** Only the sign-in package hashes passwords; this stores what it made. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}

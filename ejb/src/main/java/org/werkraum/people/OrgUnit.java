package org.werkraum.people;

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

/** A node of the org chart: company, division, department or team. {@link #code()} is the HR directory's key. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public OrgUnit parent() {
        return parent;
    }

    void update(String name, OrgUnitKind kind, OrgUnit parent) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }
}

package org.werkraum.people;

/** The level of an org unit in the company tree. */
public enum OrgUnitKind {
    COMPANY,
    DIVISION,
    DEPARTMENT,
    TEAM,
    UNIT
}

package org.werkraum.people;

/** An org unit as filters and breadcrumbs show it. */
public record OrgUnitSummary(long id, String code, String name, OrgUnitKind kind, Long parentId) {

    static OrgUnitSummary of(OrgUnit unit) {
        return new OrgUnitSummary(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.kind(),
                unit.parent() == null ? null : unit.parent().id());
    }
}

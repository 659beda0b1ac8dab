package org.werkraum.bench.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * An org unit of the generated tree. Its people are numbered in the tree's preorder, so the unit's own staff (its
 * head first) and everyone below it form one range of person numbers: [{@link #firstPerson}, {@link #subtreeEnd}).
 */
final class Unit {

    /** The values of {@code org_unit.kind}. */
    enum Kind {
        COMPANY,
        DIVISION,
        DEPARTMENT,
        TEAM
    }

    final int index;
    /** Null for the top of the generated tree, which hangs under the existing company (if there is one). */
    final Unit parent;

    final Kind kind;
    final String name;
    final String code;
    /** Null above the departments. */
    final Vocabulary.Discipline discipline;

    final Vocabulary.Location location;
    final List<Unit> children = new ArrayList<>();
    /** The people working directly in this unit, its head included. */
    int staff;

    int firstPerson;
    int subtreeEnd;

    Unit(
            int index,
            Unit parent,
            Kind kind,
            String name,
            String code,
            Vocabulary.Discipline discipline,
            Vocabulary.Location location) {
        this.index = index;
        this.parent = parent;
        this.kind = kind;
        this.name = name;
        this.code = code;
        this.discipline = discipline;
        this.location = location;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The person number of the unit's manager. */
    int head() {
        return firstPerson;
    }

    int subtreeSize() {
        return subtreeEnd - firstPerson;
    }

    /** The division this unit belongs to (itself for a division), or the company at the top. */
    Unit division() {
        Unit unit = this;
        while (unit.parent != null && unit.kind != Kind.DIVISION) {
            unit = unit.parent;
        }
        return unit;
    }
}

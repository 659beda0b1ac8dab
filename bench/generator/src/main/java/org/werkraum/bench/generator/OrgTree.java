package org.werkraum.bench.generator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The generated org tree, built like a large company's: divisions of departments, each department split into
 * sub-departments (departments too) of teams, about one unit per 16 people. Spans of control follow real ones: 6–16
 * teams per sub-department, 5–15 sub-departments per department, 6–14 departments per division. The divisions join
 * the existing company; a database without one gets a company of its own.
 */
final class OrgTree {

    /** Only for a database without a company. */
    static final String COMPANY_NAME = "Werkraum Group";

    private static final double PEOPLE_PER_TEAM = 17.5;
    private static final int CODE_LENGTH = 64;
    private static final List<String> REGIONS = List.of(
            "EMEA",
            "Americas",
            "APAC",
            "DACH",
            "Nordics",
            "UK & Ireland",
            "India",
            "North America",
            "Southern Europe",
            "Eastern Europe",
            "Benelux",
            "Japan");

    /** A sub-department is named after its work and its site: "Backend Development Stuttgart". */
    private record Site(String name, Vocabulary.Location location) {}

    private final Vocabulary vocabulary;
    private final Draw draw;
    private final List<Unit> units = new ArrayList<>();

    private OrgTree(Vocabulary vocabulary, Draw draw) {
        this.vocabulary = vocabulary;
        this.draw = draw;
    }

    /** Every unit, parents before children (preorder). */
    List<Unit> units() {
        return units;
    }

    static OrgTree build(int people, ExistingDirectory existing, Vocabulary vocabulary, Draw draw) {
        OrgTree tree = new OrgTree(vocabulary, draw);
        tree.grow(people, existing);
        return tree;
    }

    private void grow(int people, ExistingDirectory existing) {
        // the shape first, from the teams up; then the units top-down, so that they come in preorder
        int teams = Math.max(1, (int) Math.round(people / PEOPLE_PER_TEAM));
        List<Integer> teamsPerSubDepartment = spans(teams, 6, 16);
        List<Integer> subDepartmentsPerDepartment = spans(teamsPerSubDepartment.size(), 5, 15);
        List<Integer> departmentsPerDivision = spans(subDepartmentsPerDepartment.size(), 6, 14);

        Unit company = null;
        if (!existing.hasCompany()) {
            company = add(null, Unit.Kind.COMPANY, COMPANY_NAME, null, vocabulary.locations.get(0));
            company.staff = 1 + draw.between(4, 10);
        }
        UniqueNames divisionNames = new UniqueNames(existing.companyUnitNames());
        int[] nextDivisionName = {0};
        Iterator<Integer> subDepartments = subDepartmentsPerDepartment.iterator();
        Iterator<Integer> teamsLeft = teamsPerSubDepartment.iterator();
        for (int departments : departmentsPerDivision) {
            String name = divisionNames.next(
                    () -> vocabulary.divisions.get(nextDivisionName[0]++ % vocabulary.divisions.size()));
            Unit division = add(company, Unit.Kind.DIVISION, name, null, vocabulary.locationsByWeight.pick(draw));
            division.staff = 1 + draw.between(3, 8);
            UniqueNames departmentNames = new UniqueNames();
            for (int d = 0; d < departments; d++) {
                department(division, departmentNames, subDepartments.next(), teamsLeft);
            }
        }
        staffTeams(people);
        int next = 0;
        for (Unit unit : units) {
            if (unit.parent == null) {
                next = numberPeople(unit, next);
            }
        }
    }

    private void department(Unit division, UniqueNames names, int subDepartments, Iterator<Integer> teams) {
        Vocabulary.Discipline discipline = vocabulary.disciplinesByWeight.pick(draw);
        int[] attempt = {0};
        // "Sales", and where a division has two sales departments, "Sales EMEA"
        String name =
                names.next(() -> attempt[0]++ == 0 ? discipline.name() : discipline.name() + " " + draw.any(REGIONS));
        Vocabulary.Location location = draw.chance(0.5) ? division.location : vocabulary.locationsByWeight.pick(draw);
        Unit department = add(division, Unit.Kind.DEPARTMENT, name, discipline, location);
        department.staff = 1 + draw.between(1, 4);
        UniqueNames subDepartmentNames = new UniqueNames();
        for (int s = 0; s < subDepartments; s++) {
            subDepartment(department, subDepartmentNames, teams.next());
        }
    }

    private void subDepartment(Unit department, UniqueNames names, int teams) {
        Vocabulary.Discipline discipline = department.discipline;
        Site site = names.next(
                () -> {
                    Vocabulary.Location location =
                            draw.chance(0.6) ? department.location : vocabulary.locationsByWeight.pick(draw);
                    return new Site(draw.any(discipline.areas()) + " " + location.name(), location);
                },
                Site::name,
                (taken, numbered) -> new Site(numbered, taken.location()));
        Unit subDepartment = add(department, Unit.Kind.DEPARTMENT, site.name(), discipline, site.location());
        subDepartment.staff = 1 + draw.between(0, 3);
        UniqueNames teamNames = new UniqueNames();
        for (int t = 0; t < teams; t++) {
            String name = teamNames.next(() -> "Team " + draw.any(vocabulary.codenames));
            add(subDepartment, Unit.Kind.TEAM, name, discipline, site.location());
        }
    }

    /** Splits a number of children into groups of min to max (the last one may be smaller). */
    private List<Integer> spans(int children, int min, int max) {
        List<Integer> spans = new ArrayList<>();
        for (int left = children; left > 0; ) {
            int span = Math.min(left, draw.between(min, max));
            spans.add(span);
            left -= span;
        }
        return spans;
    }

    private Unit add(
            Unit parent, Unit.Kind kind, String name, Vocabulary.Discipline discipline, Vocabulary.Location location) {
        Unit unit = new Unit(units.size(), parent, kind, name, code(units.size(), name), discipline, location);
        units.add(unit);
        return unit;
    }

    /** "gen-000042-backend-development-stuttgart": the marker prefix, the unit's number, its name. */
    private static String code(int index, String name) {
        String code = String.format("%s%06d-%s", PreviousRun.CODE_PREFIX, index, Ascii.slug(name));
        return code.substring(0, Math.min(code.length(), CODE_LENGTH)).replaceAll("-+$", "");
    }

    /** Gives the teams everyone not yet placed, in sizes from about 5 to 55 (a lead and his team). */
    private void staffTeams(int people) {
        List<Unit> teams =
                units.stream().filter(unit -> unit.kind == Unit.Kind.TEAM).toList();
        int placed = units.stream().mapToInt(unit -> unit.staff).sum();
        int members = people - placed - teams.size();
        if (members < 0) {
            throw new IllegalArgumentException("too few people (" + people + ") for an org tree");
        }
        double[] weights = new double[teams.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(2.4 * (draw.fraction() - 0.5));
            sum += weights[i];
        }
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            int size = (int) Math.floor(weights[i] / sum * members);
            teams.get(i).staff = 1 + size;
            given += size;
        }
        for (int i = 0; given < members; i++, given++) {
            teams.get(i).staff++;
        }
    }

    private static int numberPeople(Unit unit, int first) {
        unit.firstPerson = first;
        int next = first + unit.staff;
        for (Unit child : unit.children) {
            next = numberPeople(child, next);
        }
        unit.subtreeEnd = next;
        return next;
    }
}

package org.werkraum.people;

/**
 * Narrows the people directory; every part is optional.
 *
 * @param orgUnitId
 *            people in this unit or any unit below it
 */
public record DirectoryFilter(String name, Long orgUnitId, String location) {

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null);
    }
}

package org.werkraum.wiki;

import java.time.Instant;

/**
 * A deleted page in its wiki's trash, with the pages that were below it.
 *
 * @param pages how many pages went with it, itself included
 */
public record TrashedPage(
        long id, String title, Instant deletedAt, String deletedByLogin, String deletedByName, int pages) {}

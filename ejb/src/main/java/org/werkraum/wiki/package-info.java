/**
 * Wikis: any employee's and every community's, pages in a tree, every save a revision. A save names the revision it
 * started from; edits made meanwhile by others are merged in three ways ({@link org.werkraum.wiki.TextMerge}), and
 * where they touch the same lines the save is refused with the writer's text, so that no word is ever lost.
 */
package org.werkraum.wiki;

package org.werkraum.wiki;

import java.time.Instant;
import java.util.List;

/**
 * A page's current revision as readers see it, in its place in the tree.
 *
 * @param revision
 *            the number of the current revision, which an edit names as the one it started from
 * @param html
 *            rendered from the Markdown and cleaned when the revision was saved
 * @param ancestors
 *            the pages above it, from the top of the wiki down (its breadcrumbs)
 * @param template
 *            whether new pages may start from it
 * @param watching
 *            whether the reader watches it
 * @param children
 *            the pages directly below it, by title
 * @param backlinks
 *            the pages that link to it, by title
 * @param attachments
 *            the files attached to it, by name
 */
public record PageView(
        long id,
        long wikiId,
        String wikiName,
        Long parentId,
        String title,
        int revision,
        String markdown,
        String html,
        String authorLogin,
        String authorName,
        Instant savedAt,
        boolean canEdit,
        boolean template,
        boolean watching,
        List<PageLink> ancestors,
        List<PageLink> children,
        List<PageLink> backlinks,
        List<AttachmentView> attachments) {}

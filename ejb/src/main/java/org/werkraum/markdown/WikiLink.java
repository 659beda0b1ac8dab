package org.werkraum.markdown;

import org.commonmark.node.CustomNode;

/**
 * A link to a page of the same wiki by its title, {@code [[Page title]]} or {@code [[Page title|label]]}; where it
 * leads is decided when the text is rendered ({@link WikiTarget}).
 */
public final class WikiLink extends CustomNode {

    private final String title;
    private final String label;
    private WikiTarget target;

    WikiLink(String title, String label) {
        this.title = title;
        this.label = label;
    }

    /** The title of the page linked to, as written. */
    public String title() {
        return title;
    }

    /** What the link shows: its label, or else the title. */
    public String label() {
        return label == null ? title : label;
    }

    boolean hasLabel() {
        return label != null;
    }

    WikiTarget target() {
        return target;
    }

    void target(WikiTarget target) {
        this.target = target;
    }
}

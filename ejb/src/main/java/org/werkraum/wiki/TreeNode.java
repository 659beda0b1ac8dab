package org.werkraum.wiki;

import java.io.Serializable;

/**
 * A page in a wiki's tree navigator, with whether pages are below it (loaded when it is opened).
 */
public record TreeNode(long id, String title, boolean hasChildren) implements Serializable {}

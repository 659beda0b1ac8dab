package org.werkraum.blog;

/** Whose voice a blog is. */
public enum BlogKind {
    /** One person's; created with his first post. */
    PERSONAL,
    /** A community's; readable as the community's content is. */
    COMMUNITY,
    /** The company's leadership blog; only executives post in it. */
    LEADERSHIP
}

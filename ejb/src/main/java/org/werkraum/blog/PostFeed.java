package org.werkraum.blog;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.werkraum.community.Community;
import org.werkraum.shared.Page;

/**
 * The newest posts of a list, with their text, for a feed reader.
 *
 * @param subject
 *            whose or what the feed is: the person's or the community's name, the tag; null for the leadership blog
 */
public record PostFeed(Source source, String subject, List<Entry> entries) {

    /** Which list a feed follows. */
    public enum Source {
        /** A person's blog, by login. */
        BLOG,
        /** A community's blog, by the community's id. */
        COMMUNITY,
        /** The posts with a tag, from every blog the reader may read. */
        TAG,
        /** A person's posts in every blog the reader may read, by login. */
        PERSON,
        /** The leadership updates. */
        LEADERSHIP
    }

    /**
     * A post in a feed.
     *
     * @param html
     *            the post's text, cleaned as the post page shows it
     * @param updated
     *            the last change after publishing, or the publication
     * @param communityName
     *            the community whose blog the post is in, or null
     */
    public record Entry(
            long id,
            String title,
            String html,
            Set<String> tags,
            String authorLogin,
            String authorName,
            Instant published,
            Instant updated,
            String communityName) {}

    public PostFeed {
        entries = List.copyOf(entries);
    }

    static PostFeed of(Source source, String subject, Page<BlogPost> posts) {
        return new PostFeed(
                source, subject, posts.items().stream().map(PostFeed::entry).toList());
    }

    private static Entry entry(BlogPost post) {
        Community community = post.blog().community();
        return new Entry(
                post.id(),
                post.title(),
                post.html(),
                post.tags(),
                post.author().login(),
                post.author().displayName(),
                post.publishedAt(),
                post.editedAt() != null ? post.editedAt() : post.publishedAt(),
                community == null ? null : community.name());
    }
}

-- The replies of the comments shown on a post's page are looked up by their parent, and removing a comment removes
-- its replies by the same key: without this index each look-up read every comment (160,000 of them at IBM's scale).
create index post_comment_parent on post_comment (parent_id) where parent_id is not null;

-- A person's posts, comments and likes by person: for deleting or deactivating someone, and for the foreign keys
-- that check them when a person row goes.
create index blog_post_author on blog_post (author_id);
create index post_comment_author on post_comment (author_id);
create index post_like_person on post_like (person_id);
create index comment_like_person on comment_like (person_id);

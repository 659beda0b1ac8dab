-- The tag box of the editor suggests the tags in use that start with what was typed: a prefix search over the posts'
-- tags, which the collation-bound index on (tag, post_id) cannot serve.
create index blog_post_tag_prefix on blog_post_tag (tag varchar_pattern_ops);

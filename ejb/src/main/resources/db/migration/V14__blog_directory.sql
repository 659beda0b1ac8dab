-- The blog directory: the blogs with the most posts of the last 90 days (a range of the published posts by time) and
-- the newest blogs (by when they were opened).
create index blog_post_recent on blog_post (published_at desc) where status = 'PUBLISHED';
create index blog_created on blog (created_at desc, id desc);

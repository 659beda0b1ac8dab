-- A post can be scheduled: its author sets a time, and the server publishes it then (whichever node looks first; the
-- rows are taken with SKIP LOCKED, so two nodes never publish the same post twice). Until then it is its author's alone,
-- like a draft.
alter table blog_post add column scheduled_at timestamptz;
alter table blog_post add constraint blog_post_scheduled_has_time check ((status = 'SCHEDULED') = (scheduled_at is not null));
-- the posts due: the few scheduled ones, by time
create index blog_post_due on blog_post (scheduled_at) where status = 'SCHEDULED';
-- a person's drafts and scheduled posts, the last changed first
drop index blog_post_drafts;
create index blog_post_unpublished on blog_post (author_id, updated_at desc) where status in ('DRAFT', 'SCHEDULED');

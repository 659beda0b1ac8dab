-- A row whose document cannot be built, or that Elasticsearch refuses, is retried a few times and then set aside
-- (failed_at) for an admin to see and retry; outages of Elasticsearch only postpone rows and never set them aside.
alter table search_outbox add column failures integer not null default 0;
alter table search_outbox add column failed_at timestamptz;
drop index search_outbox_due;
create index search_outbox_due on search_outbox (next_attempt_at, id) where failed_at is null;
create index search_outbox_failed on search_outbox (failed_at) where failed_at is not null;

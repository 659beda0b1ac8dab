-- Measured with 720,000 bookmarks and 2 million activities (bench/RESULTS.md, 2026-12-07).
-- Everyone's newest bookmarks with the reader's own private ones: walked newest first, the few private ones of
-- others passed over (the partial index of public ones cannot serve "public or mine": 720,000 rows were sorted).
create index bookmark_newest on bookmark (created_at desc, id desc);

-- The home stream's walks (the newest of each person and community followed) answered from the index alone: the
-- kind and the reader principal beside the id, no row read to filter them.
drop index activity_actor_newest;
create index activity_actor_newest on activity (actor_id, id) include (kind, readers);
drop index activity_community_newest;
create index activity_community_newest on activity (community_id, id) include (kind, readers)
    where community_id is not null;

-- A bookmark may be kept into a community: then it follows the community's visibility (a restricted community's
-- bookmarks are for its members only: not listed, counted, searched or streamed for anyone else).
alter table bookmark add column community_id bigint references community (id) on delete cascade;
create index bookmark_community_newest on bookmark (community_id, created_at desc, id desc)
    where community_id is not null;

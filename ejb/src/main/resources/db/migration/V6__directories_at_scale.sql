-- Directories for 400,000 people and 10,000 communities: every page of a directory comes from an index in the
-- order it is listed in, instead of sorting all rows for each page.

-- The people directory lists active people by name.
create index person_directory on person (display_name, id) where active;

-- Searching the people directory by part of a name or login (any case) uses trigram indexes.
create extension if not exists pg_trgm;
create index person_display_name_trgm on person using gin (lower(display_name) gin_trgm_ops);
create index person_login_trgm on person using gin (lower(login) gin_trgm_ops);

-- The communities directory lists communities by name.
create index community_directory on community (lower(name), id);

-- Member counts and member lists of one community, by status.
create index community_membership_community on community_membership (community_id, status, role);

-- The list of locations walks this index from one location to the next.
create index person_location_name on person (location) where active;

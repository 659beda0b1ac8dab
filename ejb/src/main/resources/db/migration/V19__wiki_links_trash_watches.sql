-- Wiki links name a page by its title ([[Travel policy]]), so a title is unique in its wiki, not only among siblings.
-- Pages that shared a title before keep theirs for the oldest; the others get their number added.
update page_revision r set title = left(p.title, 180) || ' (' || p.id || ')'
  from wiki_page p
 where r.page_id = p.id and r.number = p.revision and p.deleted_at is null
   and exists (select 1 from wiki_page q where q.wiki_id = p.wiki_id and lower(q.title) = lower(p.title)
                  and q.deleted_at is null and q.id < p.id);
update wiki_page p set title = left(p.title, 180) || ' (' || p.id || ')'
 where p.deleted_at is null
   and exists (select 1 from wiki_page q where q.wiki_id = p.wiki_id and lower(q.title) = lower(p.title)
                  and q.deleted_at is null and q.id < p.id);
drop index wiki_page_sibling_title;
create unique index wiki_page_title on wiki_page (wiki_id, lower(title)) where deleted_at is null;

-- The trash: a deleted page goes with the pages below it, and comes back with them.
alter table wiki_page
    add column deleted_with bigint references wiki_page (id),
    add column deleted_by   bigint references person (id);
create index wiki_page_trash on wiki_page (wiki_id, deleted_at) where deleted_with = id;

-- The links of each page's current revision, by the title linked to (lower case, as titles compare), for backlinks,
-- wanted pages (linked, missing) and orphaned pages (linked from nowhere).
create table wiki_link (
    page_id bigint not null references wiki_page (id) on delete cascade,
    wiki_id bigint not null references wiki (id),
    target  text not null,
    -- the title as written first in the page
    title   varchar(200) not null,
    primary key (page_id, target)
);
create index wiki_link_target on wiki_link (wiki_id, target);

-- Watches of a page or of a whole wiki (what they notify of comes with the notifications).
create table wiki_watch (
    person_id  bigint not null references person (id),
    wiki_id    bigint not null references wiki (id) on delete cascade,
    -- none: the whole wiki
    page_id    bigint references wiki_page (id) on delete cascade,
    created_at timestamptz not null default now()
);
create unique index wiki_watch_once on wiki_watch (person_id, wiki_id, coalesce(page_id, 0));
create index wiki_watch_page on wiki_watch (page_id) where page_id is not null;

-- Who has a page open in the editor right now (each editor says so every few seconds), so that people see each other
-- before their edits meet; kept in the database, so that every node knows.
create table page_presence (
    page_id   bigint not null references wiki_page (id) on delete cascade,
    person_id bigint not null references person (id) on delete cascade,
    seen_at   timestamptz not null default now(),
    primary key (page_id, person_id)
);

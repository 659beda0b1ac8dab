-- The wiki directory lists wikis of their own newest first, twenty a page (a scan and sort of 25,000 wikis took 4.7 ms
-- of PostgreSQL per page), and filters them by a part of the name (trigrams, as the people directory does). A wiki's
-- index filters its pages through the wiki's title index (wiki_page_title): a trigram index over all wikis' titles
-- found 15,000 pages of other wikis for a common word and was slower.
create index wiki_own_newest on wiki (created_at desc, id desc) where community_id is null;
create index wiki_name_trgm on wiki using gin (lower(name) gin_trgm_ops);

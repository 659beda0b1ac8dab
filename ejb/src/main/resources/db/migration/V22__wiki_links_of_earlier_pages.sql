-- Pages saved before wiki links were recorded (V19) have no rows in wiki_link and HTML that shows [[Title]] as text:
-- they are marked here and recorded and rendered again in the background (WikiLinkBackfill), a few at a time, so that
-- their backlinks, wanted and orphaned pages are complete without anyone saving them. Only pages whose current text
-- has a "[[" and no recorded link can need it.
alter table wiki_page add column links_recorded boolean not null default true;

update wiki_page p set links_recorded = false
where not exists (select 1 from wiki_link l where l.page_id = p.id)
  and exists (select 1 from page_revision r where r.page_id = p.id and r.number = p.revision
              and position('[[' in r.markdown) > 0);

create index wiki_page_links_unrecorded on wiki_page (id) where not links_recorded;

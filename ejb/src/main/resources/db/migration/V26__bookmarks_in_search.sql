-- Bookmarks are searchable (their own index family): the public bookmarks kept before go to the indexer once.
insert into search_outbox (document_type, document_id)
select 'BOOKMARK', id::text from bookmark where not personal order by id;

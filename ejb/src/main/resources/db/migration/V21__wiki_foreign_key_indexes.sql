-- Every reference to a wiki page, a file or a person gets an index, so that deleting one (a page with its subtree, a
-- person leaving, a benchmark run replaced) checks its references by index instead of reading the whole table for
-- each row deleted.
create index wiki_page_parent on wiki_page (parent_id) where parent_id is not null;
create index wiki_page_deleted_with on wiki_page (deleted_with) where deleted_with is not null;
create index wiki_page_deleted_by on wiki_page (deleted_by) where deleted_by is not null;
create index wiki_created_by on wiki (created_by);
create index wiki_attachment_page on wiki_attachment (page_id);
create index wiki_attachment_deleted_by on wiki_attachment (deleted_by) where deleted_by is not null;
create index attachment_version_uploaded_by on attachment_version (uploaded_by);
create index page_presence_person on page_presence (person_id);

-- The people directory's name filter matches the login as well as the name: with the login in the index, a page of
-- a filtered directory is read from the index alone, without fetching the row of every person passed over on the
-- way (at 400,000 people the first page for "anna" went from 40 to 11 ms, for "schmidt" from 5.7 to 1.2 ms).
drop index person_directory;
create index person_directory on person (display_name, id) include (login) where active;

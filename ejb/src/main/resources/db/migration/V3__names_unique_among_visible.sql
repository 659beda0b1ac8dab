-- A community name only has to be free among the communities the person naming it can see: a globally unique name
-- would tell an outsider that a restricted community of that name exists. Pages and the API address communities by
-- id, so equal names stay unambiguous.
drop index community_name;
create index community_name on community (lower(name));

-- Leadership updates: the posts of the company's one leadership blog, in which only executives write, and the posts
-- an executive marks as such in his own blog. Each stays at the top of every employee's home page until he has read
-- it or put it away; its author sees how many have read it.

alter table blog_post add column leadership_update boolean not null default false;
create index blog_post_leadership on blog_post (published_at desc, id desc)
    where leadership_update and status = 'PUBLISHED';

-- the one leadership blog
insert into blog (kind) values ('LEADERSHIP');

-- who has read a leadership update (opened its page) or dismissed it on his home page
create table leadership_reader (
    post_id      bigint not null references blog_post (id) on delete cascade,
    person_id    bigint not null references person (id),
    read_at      timestamptz,
    dismissed_at timestamptz,
    primary key (post_id, person_id),
    check (read_at is not null or dismissed_at is not null)
);

-- Leadership updates are not notifications (everyone would get one per update): a digest takes those published
-- since the time its previous one covered, for whoever chose to get them daily or weekly.
alter table mail_digest add column covered_at timestamptz;

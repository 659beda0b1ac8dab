-- Reply by mail. Every mail taken from the reply mailbox is written down under its Message-ID in the transaction
-- that acts on it (the comment, or the answer that refuses it): with two nodes reading one mailbox, the second waits
-- for the first and then finds it done, so a reply becomes one comment and a refusal is answered once.
create table mail_inbound (
    message_key varchar(300) primary key,
    sender varchar(320),
    person_id bigint references person (id) on delete set null,
    outcome varchar(12) not null,
    received_at timestamptz not null default now()
);

-- what was received is forgotten after a while, oldest first
create index mail_inbound_received on mail_inbound (received_at);

-- an answer threads under the mail it answers (In-Reply-To, References)
alter table mail_queue add column in_reply_to varchar(1000);

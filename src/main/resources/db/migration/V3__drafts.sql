-- One post-mortem draft per incident and installation; the document is the contract's JSON.
create table postmortem_draft (
    client_key  varchar(255) not null,
    issue_key   varchar(64)  not null,
    issue_id    varchar(32),
    version     bigint       not null,
    status      varchar(16)  not null,
    answered    integer      not null default 0,
    document    text         not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    primary key (client_key, issue_key)
);
create index postmortem_draft_issue_id on postmortem_draft (client_key, issue_id);

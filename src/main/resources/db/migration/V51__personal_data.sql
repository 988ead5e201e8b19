-- Personal data reporting (issue 22): each Atlassian account id the app stores for an installation, when it was first
-- stored, when it was last reported to Atlassian's personal data reporting API, and when Atlassian said the account
-- was closed (its names and ids were then replaced by "former user"; it is never reported again).
create table personal_data_account (
    client_key        varchar(255) not null,
    account_id        varchar(128) not null,
    first_stored_at   timestamp with time zone not null,
    last_reported_at  timestamp with time zone,
    closed_at         timestamp with time zone,
    primary key (client_key, account_id)
);
create index personal_data_account_due on personal_data_account (client_key, last_reported_at);

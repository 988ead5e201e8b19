-- Publishing a post-mortem: one row per (installation, incident) tracks the durable, resumable process.
-- state: PENDING (queued) / RUNNING / DONE (item errors, if any, are in item_errors) / FAILED (error says why).
create table publication (
    client_key    varchar(255) not null,
    issue_key     varchar(64)  not null,
    state         varchar(16)  not null,
    step          varchar(32),
    page_id       varchar(64),
    page_url      varchar(1000),
    page_version  integer,
    external_page_id varchar(64),
    error         varchar(4000),
    requested_by  varchar(128),
    requested_at  timestamp with time zone not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    updated_at    timestamp with time zone not null,
    primary key (client_key, issue_key)
);

-- Action-item issues we created, so an issue_updated webhook finds its draft without scanning documents.
create table action_item_issue (
    client_key    varchar(255) not null,
    jira_key      varchar(64)  not null,
    incident_key  varchar(64)  not null,
    item_id       varchar(64)  not null,
    primary key (client_key, jira_key)
);
create index action_item_issue_incident on action_item_issue (client_key, incident_key);

-- Publishing a post-mortem: one row per (installation, incident) tracks the durable, resumable process.
-- state: PENDING (queued) / RUNNING / DONE (per-item errors, if any, are on the draft's action items and
-- summarised in error) / FAILED (error says why; publishing again resumes).
-- items_attempted: a bulk create was sent at least once, so Jira may hold issues whose keys we never stored;
-- only then is the property search for our marks needed before creating.
create table publication (
    client_key       varchar(255) not null,
    issue_key        varchar(64)  not null,
    state            varchar(16)  not null,
    step             varchar(32),
    page_id          varchar(64),
    page_url         varchar(1000),
    page_version     integer,
    page_title       varchar(500),
    external_page_id varchar(64),
    items_attempted  boolean      not null default false,
    error            varchar(4000),
    requested_by     varchar(128),
    requested_at     timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    updated_at       timestamp with time zone not null,
    primary key (client_key, issue_key)
);

-- Action-item issues we created: an issue_updated webhook finds its draft without scanning documents, and
-- re-publishing compares against what was last written to Jira (summary, owner, due) to update only changes.
create table action_item_issue (
    client_key       varchar(255) not null,
    jira_key         varchar(64)  not null,
    incident_key     varchar(64)  not null,
    item_id          varchar(64)  not null,
    summary          varchar(1000),
    owner_account_id varchar(128),
    due              date,
    primary key (client_key, jira_key)
);
create index action_item_issue_incident on action_item_issue (client_key, incident_key);

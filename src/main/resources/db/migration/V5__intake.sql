-- db-scheduler's own table (its documented PostgreSQL form; varchar instead of text for the key columns so the
-- primary key also works on H2). Holds the durable intake jobs: a webhook accepted here survives a restart.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(500) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Jira delivers at least once: one row per delivery identifier (X-Atlassian-Webhook-Identifier) per installation.
create table intake_webhook_seen (
    client_key   varchar(255) not null,
    webhook_id   varchar(255) not null,
    received_at  timestamp with time zone not null,
    primary key (client_key, webhook_id)
);
create index intake_webhook_seen_received on intake_webhook_seen (received_at);

-- The same change can arrive under two identifiers (retries of a re-registered webhook): one row per changelog.
create table intake_change_seen (
    client_key    varchar(255) not null,
    issue_id      varchar(32)  not null,
    changelog_id  varchar(32)  not null,
    received_at   timestamp with time zone not null,
    primary key (client_key, issue_id, changelog_id)
);

-- What a person (and support) can see of the draft-building job of an incident: never silently dropped.
create table intake_job (
    client_key   varchar(255) not null,
    issue_key    varchar(64)  not null,
    issue_id     varchar(32),
    state        varchar(16)  not null,
    cause        varchar(32)  not null,
    attempts     integer      not null default 0,
    last_error   varchar(2000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (client_key, issue_key)
);
create index intake_job_state on intake_job (state);

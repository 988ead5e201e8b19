-- Pasted Slack/Teams threads and Slack exports, kept with their draft exactly as pasted, with the options they were
-- read with (the zone chosen, the day undated lines were placed on, the incident time used to date them): every
-- rebuild of the draft from Jira reads them again, so pasted evidence feeds the key times and is never lost.
create table postmortem_paste (
    client_key      varchar(255) not null,
    issue_key       varchar(64)  not null,
    seq             integer      not null,
    is_json         boolean      not null,
    zone            varchar(64),
    reference_date  date,
    anchor_at       timestamp with time zone,
    body            text         not null,
    added_by        varchar(128),
    added_at        timestamp with time zone not null,
    primary key (client_key, issue_key, seq)
);

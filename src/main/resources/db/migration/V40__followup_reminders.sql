-- Follow-through reminders (package followup). One row per reminder that was (or is being) sent: the primary key
-- (installation, subject, kind, period) is claimed BEFORE anything is sent, so a restart, a retry or a second
-- instance can never send the same reminder twice. subject: an action-item issue key, or the incident key for the
-- post-mortem's own reminders (unwritten, review). period: what makes a later reminder of the same kind a new one
-- (the due date, the week of overdue, the review date).
-- state: CLAIMED (being sent; a claim whose process died stays: that reminder is lost rather than doubled) / SENT /
-- FAILED (Jira failed in a way that may have delivered it: not tried again; error says why).
create table followup_reminder (
    client_key   varchar(255)  not null,
    subject      varchar(64)   not null,
    kind         varchar(32)   not null,
    period       varchar(32)   not null,
    incident_key varchar(64)   not null,
    recipients   varchar(1000),
    state        varchar(16)   not null,
    channel      varchar(16),
    claimed_at   timestamp with time zone not null,
    sent_at      timestamp with time zone,
    error        varchar(1000),
    primary key (client_key, subject, kind, period)
);
create index followup_reminder_incident on followup_reminder (client_key, incident_key);

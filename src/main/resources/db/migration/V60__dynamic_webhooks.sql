-- Dynamic webhooks (issue 22): per Connect installation, the jira:issue_updated webhooks the app registered on the
-- site with POST /rest/api/3/webhook (a JQL filter built from the installation's settings), so they can be refreshed
-- before Jira's 30-day expiry, replaced when the filter changes and deleted when no longer wanted. One row per
-- installation; the recurring job dynamic-webhooks (one instance at a time) is the only writer besides the
-- install/uninstall/settings events, which only set check_due or delete the row.
create table dynamic_webhook (
    client_key       varchar(255) not null primary key,
    webhook_ids      varchar(1000),                     -- Jira's ids, comma separated; null: none registered
    registration     text,                              -- what was registered (JSON), compared with what is wanted
    registered_at    timestamp with time zone,
    refreshed_at     timestamp with time zone,
    expires_at       timestamp with time zone,
    check_due        boolean not null,                  -- compare with Jira's own list at the next run
    attempts         integer not null default 0,        -- failed runs in a row
    next_attempt_at  timestamp with time zone,          -- after a failure: not before
    last_error       varchar(1000),
    updated_at       timestamp with time zone not null
);

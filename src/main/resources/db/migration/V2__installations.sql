-- Connect installations, one row per clientKey (the tenant id; never keyed by base URL, sites get renamed).
-- Uninstall keeps the row (installed = false) as Atlassian advises; a reinstall overwrites the secret.
create table installations (
    client_key      varchar(255) primary key,
    product         varchar(20)  not null,
    base_url        varchar(255) not null,
    site            varchar(255) not null,  -- scheme://host:port of base_url: pairs Jira and Confluence of one site
    display_url     varchar(255),
    shared_secret   varchar(512) not null,
    oauth_client_id varchar(255),
    installed       boolean      not null,
    installed_at    timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    uninstalled_at  timestamp with time zone
);
create index installations_site_product on installations (site, product);

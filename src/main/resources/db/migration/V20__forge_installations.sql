-- Forge installations (issue 19), one row per installationId (ari:cloud:ecosystem::installation/<uuid>).
-- tenant: the key the app's data lives under (drafts, settings, publication, intake jobs): the Connect clientKey this
-- installation continues when the site moved from Connect, else the installationId itself (or, after a reinstall, the
-- tenant of the earlier installation of the same app and environment on the same site). Fixed at registration.
-- The system token (x-forge-oauth-system) is kept with its expiry so background work can call the site later.
create table forge_installation (
    installation_id          varchar(255) primary key,
    tenant                   varchar(255) not null,
    connect_client_key       varchar(255),
    app_id                   varchar(255) not null,
    cloud_id                 varchar(64),
    api_base_url             varchar(500) not null,
    site_url                 varchar(500),
    environment_type         varchar(32),
    environment_id           varchar(64),
    app_version              varchar(64),
    installed                boolean      not null,
    system_token             text,
    system_token_expires_at  timestamp with time zone,
    last_tick_at             timestamp with time zone,
    installed_at             timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    uninstalled_at           timestamp with time zone
);
create index forge_installation_tenant on forge_installation (tenant);
create index forge_installation_cloud on forge_installation (cloud_id, app_id);

-- What a Connect installed callback told us while the app was "Connect on Forge": installationId -> clientKey.
create table forge_connect_link (
    installation_id  varchar(255) primary key,
    client_key       varchar(255) not null,
    linked_at        timestamp with time zone not null
);

-- One settings document (JSON, contract section 4) per installation.
create table installation_settings (
    client_key  varchar(255) primary key,
    settings    text not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(128)
);

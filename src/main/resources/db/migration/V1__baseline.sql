-- Baseline: later migrations add each feature's tables (installations, drafts, jobs, publications).
create table app_meta (
    meta_key   varchar(100) primary key,
    meta_value varchar(1000) not null
);
insert into app_meta (meta_key, meta_value) values ('schema', 'postmortem-facilitator');

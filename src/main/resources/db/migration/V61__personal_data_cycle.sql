-- Personal data reporting (issue 22): Atlassian's answer carries a Cycle-Period header (seconds until the accounts just
-- reported are due again); report_again_at keeps it per account (null for rows reported before this column existed:
-- the configured cycle after last_reported_at applies). An account Atlassian reports "updated" has its display name
-- refreshed in the drafts; refreshed_at is then what the next report sends as updatedAt.
alter table personal_data_account add column report_again_at timestamp with time zone;
alter table personal_data_account add column refreshed_at timestamp with time zone;

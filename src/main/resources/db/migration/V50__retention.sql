-- Bounded storage (issue 22): the recurring purge (task retention-purge) deletes by age, so each purged table needs
-- an index on the time it reads. intake_webhook_seen has one since V5.
create index intake_change_seen_received on intake_change_seen (received_at);
create index intake_job_finished on intake_job (state, updated_at);
-- The hourly forget-seen task became one rule of the retention purge; its row would name a task no longer known.
delete from scheduled_tasks where task_name = 'webhooks-forget-seen';

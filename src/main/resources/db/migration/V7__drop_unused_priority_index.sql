-- db-scheduler reads this index only when priority is enabled (SchedulerBuilder.enablePriority), and the intake
-- scheduler does not enable it (IntakeSchedulerConfiguration). Keeping it cost one more B-tree insert and delete for
-- every accepted webhook's job.
drop index if exists priority_execution_time_idx;

/**
 * Bounded storage: every table that grows with traffic or with time has a retention rule ({@link Purge}, declared
 * by the feature that owns the table) and one recurring db-scheduler job runs them all on the application's clock
 * ({@link RetentionTasks}); how long each kind of row is kept is {@link RetentionProperties}
 * ({@code postmortem.retention.*}). Runs on one instance at a time (db-scheduler picks a recurring task once).
 */
package io.postmortem.retention;

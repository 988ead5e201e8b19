/**
 * Follow-through after publishing: what happens to a post-mortem once its page exists.
 *
 * <ul>
 * <li>{@link io.postmortem.followup.ReminderPlan}: which reminder is due today for an action item (a notice
 * {@code daysBeforeDue} days before its due date, the overdue notice the day after, then one a week while it stays
 * open), for an unwritten post-mortem and for a review date. Pure date arithmetic.</li>
 * <li>{@link io.postmortem.followup.FollowUpReminders}: the durable recurring job's work (db-scheduler recurring task
 * {@value io.postmortem.followup.FollowUpTasks#REMINDERS}, {@link io.postmortem.followup.FollowUpTasks}), driven by
 * the application's {@link java.time.Clock}.</li>
 * <li>{@link io.postmortem.followup.ReminderLog}: table {@code followup_reminder}; a reminder is claimed there
 * (unique key installation, subject, kind, period) before it is sent, so a restart or a second instance never
 * sends it twice.</li>
 * <li>{@link io.postmortem.followup.JiraReminders}: delivery through Jira: {@code POST /issue/{key}/notify}, or a
 * comment mentioning the people where Jira refuses the notification.</li>
 * <li>{@link io.postmortem.followup.PageRefresh}: an action item changed in Jira brings the published page's table
 * up to date, debounced to one page update per post-mortem per few minutes, never a new page.</li>
 * <li>{@link io.postmortem.followup.ActionItemOverviewController}: {@code GET /api/actionitems}, the open and
 * overdue items of every post-mortem of an installation (and the full-page Jira view that shows them).</li>
 * </ul>
 */
package io.postmortem.followup;

package io.postmortem.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.settings.FollowUpSettings;

/**
 * Which reminder is due on a given day. Each reminder has a kind and a period; together with its subject (an issue
 * key) they are the reminder's identity in {@link ReminderLog}, so asking again the same day (or after a restart)
 * names the same reminder, and a reminder already sent is not sent again. A day the job did not run is not made up
 * for: the reminder of the day it runs is sent (a weekly overdue reminder covers a missed overdue notice).
 */
public final class ReminderPlan {

    /** What a reminder is about. */
    public enum Kind {
        /** An open action item is due within {@code daysBeforeDue} days; to its owner. Period: the due date. */
        DUE_SOON,
        /** The day after the due date; to the owner and the post-mortem's owner. Period: the due date. */
        OVERDUE,
        /** Every seven days after the overdue notice while the item stays open. Period: due date and week. */
        OVERDUE_WEEKLY,
        /** The incident was resolved long enough ago and its post-mortem is not published. Period: resolution day. */
        UNWRITTEN,
        /** The post-mortem's review date has come. Period: the review date. */
        REVIEW
    }

    /** A reminder's kind and period. */
    public record Due(Kind kind, String period) {
    }

    private ReminderPlan() {
    }

    /** The action item's reminder due {@code today}, if any. */
    public static Optional<Due> forItem(ActionItem item, LocalDate today, FollowUpSettings settings) {
        if (!settings.reminders() || isClosed(item) || item.jiraKey() == null || item.jiraKey().isBlank()
                || item.due() == null || quiet(today, settings)) {
            return Optional.empty();
        }
        LocalDate due = item.due();
        if (!today.isAfter(due)) {
            long daysLeft = ChronoUnit.DAYS.between(today, due);
            return daysLeft <= settings.daysBeforeDue() ? Optional.of(new Due(Kind.DUE_SOON, due.toString())) : Optional.empty();
        }
        long week = ChronoUnit.DAYS.between(due.plusDays(1), today) / 7;
        return Optional.of(week == 0 ? new Due(Kind.OVERDUE, due.toString())
                : new Due(Kind.OVERDUE_WEEKLY, due + "/w" + week));
    }

    /** The unwritten post-mortem's reminder, once {@code unwrittenAfterBusinessDays} business days after resolution. */
    public static Optional<Due> forUnwritten(LocalDate resolved, LocalDate today, FollowUpSettings settings) {
        if (!settings.reminders() || resolved == null || quiet(today, settings)) return Optional.empty();
        return businessDaysBetween(resolved, today) >= settings.unwrittenAfterBusinessDays()
                ? Optional.of(new Due(Kind.UNWRITTEN, resolved.toString())) : Optional.empty();
    }

    /** The review reminder, on (or after) the review date. */
    public static Optional<Due> forReview(LocalDate reviewAt, LocalDate today, FollowUpSettings settings) {
        if (!settings.reminders() || reviewAt == null || today.isBefore(reviewAt) || quiet(today, settings)) {
            return Optional.empty();
        }
        return Optional.of(new Due(Kind.REVIEW, reviewAt.toString()));
    }

    /** Done, or closed without being done (won't do, dismissed, cancelled, rejected, duplicate): never chased. */
    public static boolean isClosed(ActionItem item) {
        return item.isDone() || item.status().strip().matches("(?i)won'?t (do|fix)|dismissed|cancell?ed|rejected|duplicate|obsolete");
    }

    /** Open (not closed), published to Jira and past its due date. */
    public static boolean isOverdue(ActionItem item, LocalDate today) {
        return !isClosed(item) && item.isOverdue(today);
    }

    /** Monday to Friday days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    static long businessDaysBetween(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d)) days++;
            if (days > 1000) break; // far more than any setting: the answer no longer matters
        }
        return days;
    }

    private static boolean quiet(LocalDate today, FollowUpSettings settings) {
        return settings.quietWeekends() && isWeekend(today);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

package io.postmortem.settings;

/**
 * An installation's follow-through settings (the {@code followUp} object of {@code /api/settings}). Every field may
 * be absent (settings stored before these existed, or a client that does not send them): absent means the default.
 *
 * @param reminders                  reminders on action items, unwritten post-mortems and review dates; default on
 * @param daysBeforeDue              the owner's notice comes this many days before an item's due date; default 3
 * @param quietWeekends              no reminders on Saturdays and Sundays (in the installation's time zone); they
 *                                   go out on Monday; default off
 * @param unwrittenAfterBusinessDays an incident resolved this many business days ago whose post-mortem is not
 *                                   published gets one reminder; default 5
 * @param reviewAfterDays            the review date set at publishing when the draft has none; default 90
 */
public record FollowUpSettings(Boolean reminders, Integer daysBeforeDue, Boolean quietWeekends,
                               Integer unwrittenAfterBusinessDays, Integer reviewAfterDays) {

    public FollowUpSettings {
        if (reminders == null) reminders = true;
        if (daysBeforeDue == null) daysBeforeDue = 3;
        if (quietWeekends == null) quietWeekends = false;
        if (unwrittenAfterBusinessDays == null) unwrittenAfterBusinessDays = 5;
        if (reviewAfterDays == null) reviewAfterDays = 90;
    }

    public static FollowUpSettings defaults() {
        return new FollowUpSettings(null, null, null, null, null);
    }
}

package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.postmortem.followup.ReminderPlan.Due;
import io.postmortem.followup.ReminderPlan.Kind;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.settings.FollowUpSettings;
import io.postmortem.testsupport.TestClock;

/** The reminder calendar, day by day (pure date arithmetic, dates relative to the test clock). */
class ReminderPlanTest {

    static final FollowUpSettings DEFAULTS = FollowUpSettings.defaults();

    static ActionItem item(LocalDate due, String status, String key) {
        return new ActionItem("a1", "Do it", null, "acc-1", "Alex", due, ActionItem.PreventsRecurrence.YES, status, key, null);
    }

    @Test
    void distinctRemindersOverFiveWeeksAreNoticeOverdueThenWeekly() {
        LocalDate today = TestClock.today();
        ActionItem a = item(today.plusDays(5), "Open", "OPS-1");
        List<Due> distinct = new ArrayList<>();
        List<LocalDate> firstDays = new ArrayList<>();
        for (int d = 0; d < 35; d++) {
            LocalDate day = today.plusDays(d);
            ReminderPlan.forItem(a, day, DEFAULTS).filter(x -> !distinct.contains(x)).ifPresent(x -> {
                distinct.add(x);
                firstDays.add(day);
            });
        }
        LocalDate due = a.due();
        assertThat(distinct).extracting(Due::kind).containsExactly(Kind.DUE_SOON, Kind.OVERDUE, Kind.OVERDUE_WEEKLY,
                Kind.OVERDUE_WEEKLY, Kind.OVERDUE_WEEKLY, Kind.OVERDUE_WEEKLY);
        assertThat(firstDays).containsExactly(due.minusDays(3), due.plusDays(1), due.plusDays(8), due.plusDays(15),
                due.plusDays(22), due.plusDays(29));
        assertThat(distinct.get(2).period()).isEqualTo(due + "/w1");
    }

    @Test
    void closedUnpublishedOrUndatedItemsAreNeverReminded() {
        LocalDate today = TestClock.today();
        for (String status : List.of("Done", "closed", "Resolved", "Completed", "Won't Do", "Dismissed", "Cancelled", "Duplicate")) {
            assertThat(ReminderPlan.forItem(item(today.minusDays(1), status, "OPS-1"), today, DEFAULTS)).as(status).isEmpty();
        }
        assertThat(ReminderPlan.forItem(item(today.minusDays(1), "Open", null), today, DEFAULTS)).isEmpty();
        assertThat(ReminderPlan.forItem(item(null, "Open", "OPS-1"), today, DEFAULTS)).isEmpty();
        assertThat(ReminderPlan.forItem(item(today.minusDays(1), "Open", "OPS-1"), today,
                new FollowUpSettings(false, null, null, null, null))).isEmpty();
    }

    @Test
    void quietWeekendsAndBusinessDays() {
        LocalDate saturday = TestClock.today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        FollowUpSettings quiet = new FollowUpSettings(true, 3, true, 5, 90);
        ActionItem overdue = item(saturday.minusDays(2), "Open", "OPS-1");
        assertThat(ReminderPlan.forItem(overdue, saturday, quiet)).isEmpty();
        assertThat(ReminderPlan.forItem(overdue, saturday.plusDays(1), quiet)).isEmpty();
        assertThat(ReminderPlan.forItem(overdue, saturday.plusDays(2), quiet)).map(Due::kind).contains(Kind.OVERDUE);

        LocalDate friday = saturday.minusDays(1);
        assertThat(ReminderPlan.businessDaysBetween(friday, friday.plusDays(7))).isEqualTo(5);
        assertThat(ReminderPlan.forUnwritten(friday, friday.plusDays(6), DEFAULTS)).isEmpty(); // Thursday: 4 business days
        assertThat(ReminderPlan.forUnwritten(friday, friday.plusDays(7), DEFAULTS)).map(Due::kind).contains(Kind.UNWRITTEN);
        assertThat(ReminderPlan.forReview(friday, friday.minusDays(1), DEFAULTS)).isEmpty();
        assertThat(ReminderPlan.forReview(friday, friday, DEFAULTS)).map(Due::period).contains(friday.toString());
    }
}

package io.postmortem.evidence;

import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import io.postmortem.evidence.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeMentionsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static Instant at(String text, String posted, ZoneId zone) {
        List<TimeMention> ms = TimeMentions.find(text);
        assertThat(ms).as(text).isNotEmpty();
        return TimeMentions.resolve(ms.get(0), Instant.parse(posted), zone);
    }

    @Test
    void readsTheWaysPeopleWriteTimes() {
        String posted = "2026-11-20T23:10:00Z";
        assertThat(at("at 22:52 UTC we saw 5xx", posted, null)).isEqualTo("2026-11-20T22:52:00Z");
        assertThat(at("10:52pm deploy", posted, UTC)).isEqualTo("2026-11-20T22:52:00Z");
        assertThat(at("~23:00 replication lag alert", posted, UTC)).isEqualTo("2026-11-20T23:00:00Z");
        assertThat(at("13:42Z WAF rule deployed", "2026-11-20T14:00:00Z", null)).isEqualTo("2026-11-20T13:42:00Z");
        assertThat(at("alert payload 2026-11-20T09:41:03Z", posted, null)).isEqualTo("2026-11-20T09:41:00Z");
        assertThat(at("2026-11-20 09:41 UTC: first 5xx", posted, null)).isEqualTo("2026-11-20T09:41:00Z");
        assertThat(at("yesterday 17:20 it began", posted, UTC)).isEqualTo("2026-11-19T17:20:00Z");
        assertThat(at("at 09:41 (CET)", "2026-11-20T09:00:00Z", null)).isEqualTo("2026-11-20T08:41:00Z");
        assertThat(at("since 14:00", "2026-11-20T14:30:00Z", UTC)).isEqualTo("2026-11-20T14:00:00Z");
        assertThat(at("around 3pm", "2026-11-20T15:30:00Z", UTC)).isEqualTo("2026-11-20T15:00:00Z");
    }

    @Test
    void pacificTimeFollowsDaylightSavingFromTheDate() {
        // 06:45 PT is UTC-7 in July (PDT) and UTC-8 in December (PST), whatever abbreviation was written
        assertThat(at("06:45 PT", "2026-07-01T14:00:00Z", null)).isEqualTo("2026-07-01T13:45:00Z");
        assertThat(at("6:45am PST", "2026-12-01T15:00:00Z", null)).isEqualTo("2026-12-01T14:45:00Z");
        assertThat(at("6:45am PST", "2026-07-01T14:00:00Z", null)).isEqualTo("2026-07-01T13:45:00Z");
        assertThat(Zones.parse("IST")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(Zones.parse("UTC+2")).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(Zones.parse("nonsense")).isNull();
    }

    @Test
    void aStatedTimeJustBeforeMidnightInAMessageAfterMidnightIsThePreviousDay() {
        assertThat(at("cert expired at 23:50", "2026-11-20T00:05:00Z", UTC)).isEqualTo("2026-11-19T23:50:00Z");
        assertThat(at("will retry at 00:10", "2026-11-19T23:55:00Z", UTC)).isEqualTo("2026-11-20T00:10:00Z");
    }

    @Test
    void aTimeWithoutZoneAndNoFallbackIsNotGuessed() {
        TimeMention m = TimeMentions.find("at 22:52 we saw").get(0);
        assertThat(TimeMentions.resolve(m, Instant.parse("2026-11-20T23:00:00Z"), null)).isNull();
    }

    @Test
    void versionsRatiosPortsAndPercentagesAreNotTimes() {
        assertThat(TimeMentions.find("deployed checkout@4.2.1 to 99.9% of hosts via db-01:5432, ratio 10:1, 3 pods")).isEmpty();
    }

    @Test
    void aRecapCrossingMidnightMovesForward() {
        TimeMention m = TimeMentions.find("00:41 backup restore started").get(0);
        assertThat(TimeMentions.resolveAfter(m, Instant.parse("2026-11-20T23:11:00Z"), UTC)).isEqualTo("2026-11-21T00:41:00Z");
        TimeMention late = TimeMentions.find("16:24 failover").get(0);
        assertThat(TimeMentions.resolveAfter(late, Instant.parse("2026-11-21T00:41:00Z"), UTC)).isEqualTo("2026-11-21T16:24:00Z");
    }

    @Test
    void aZoneSaidAsAllUtcAppliesToTheMessage() {
        assertThat(TimeMentions.messageZone("Review notes, all UTC. Impact window 09:26 -> 09:55").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("we checked all hosts at 09:26")).isNull();
    }

    @Test
    void aFirstLineWithItsDayInBracketsThatEndsWithTheWritersZoneIsTheMessagesZone() {
        // phase 35 (held-out 43 read): a review's first line names the writer's zone after its day in brackets, whatever
        // the heading's word; a vendor's times quoted in it with UTC do not make the message UTC
        assertThat(TimeMentions.messageZone("Değerlendirme (14 Mart), Istanbul time.\nEtki / impact for us: 13:01 – 13:56, from Pushy's API"
                + " high latency (10:01 UTC) until their service stabilised (10:56 UTC).")).isEqualTo(ZoneId.of("Europe/Istanbul"));
        // words that name no zone this reader knows ("Polish time", "hora CDMX"): still the writer's own zone, so no zone
        // for the message (its times are read in the writer's), not the UTC quoted inside
        assertThat(TimeMentions.messageZone("Review (Monday 30 September), Polish time.\nWindow for us: 12:07–14:19, no webhooks (Uploadcare's"
                + " 10:07–12:19 UTC).")).isNull();
        assertThat(TimeMentions.messageZone("Revisión (martes 22 sept), hora CDMX.\nVentana para nosotros: de 10:18 a 10:42 (Inngest's window"
                + " 16:18–16:42 UTC).")).isNull();
        assertThat(TimeMentions.messageZone("Review (Friday 23 June), KST.\nImpact for us: 11:55 to 12:11 (their 2:55 AM to 3:11 AM UTC)."))
                .isEqualTo(ZoneId.of("Asia/Seoul"));
        // near misses: a first line with a clock, one with no day in brackets, and a zone word in lower case that is no
        // abbreviation keep the old reading (the times' own zone)
        assertThat(TimeMentions.messageZone("Update (Monday) at 12:07, Polish time.\nBack at 12:19 UTC.").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("Thanks all, Polish time.\nWindow 10:07–12:19 UTC.").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("Review (Monday 30 September), done.\nWindow 10:07–12:19 UTC.").normalized()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void anAbbreviationWrittenInLowerCaseBeforeAWordIsNoZone() {
        // phase 31 (held-out 37 read): "(wet weather, lightning risk)" made a Singapore report's times WET (Lisbon, UTC)
        assertThat(TimeMentions.messageZone("Detrainment slipped to 9:55pm (wet weather, lightning risk); service resumed 10:35pm.")).isNull();
        assertThat(TimeMentions.messageZone("Le trafic (et puis les bus) a repris à 10:35.")).isNull();
        // near misses: a lower-case zone that ends its phrase, "utc" before a word, and a capitalised abbreviation still count
        assertThat(TimeMentions.messageZone("Recap (in pst). Service resumed 10:35 pm.")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeMentions.messageZone("all times utc unless noted. Impact window 09:26 -> 09:55").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("Detrainment slipped to 21:55 (WET, lightning risk)")).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void liveTimesThatOnlyMakeSenseInUtcAreReadInUtc() {
        Instant written = Instant.parse("2026-03-10T18:52:00Z");
        ZoneId la = ZoneId.of("America/Los_Angeles");
        // 18:45 in Los Angeles is hours from the writing; in UTC it just happened
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("recovered at 18:45"), written, la)).isEqualTo(ZoneOffset.UTC);
        // 11:45 is just before the writing in Los Angeles itself: the profile zone stays
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("recovered at 11:45"), written, la)).isNull();
        // a time with its zone or day, or an assumed zone of UTC, decides nothing here
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("recovered at 18:45 on 9 March"), written, la)).isNull();
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("recovered at 18:45"), written, ZoneOffset.UTC)).isNull();
        // both readings in the last two hours: only UTC puts the latest minutes before the writing
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant at1745 = Instant.parse("2026-03-10T17:45:00Z");
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("paged at 17:32, called it at 17:41"), at1745, berlin)).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("paged at 16:52, called it at 17:01"), at1745, berlin)).isNull();
    }

    @Test
    void aStatusPagesPostedLineCarriesItsDayBeforeTheTime() {
        List<TimeMention> ms = TimeMentions.find("Posted Dec 09, 2022 - 00:43 UTC");
        assertThat(ms).hasSize(1);
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2022-12-08T23:00:00Z"), ZoneOffset.UTC)).isEqualTo("2022-12-09T00:43:00Z");
    }

    @Test
    void aDayWrittenBeforeAnApproximateTimeStillDatesIt() {
        // a report written the next evening: "approximately" between the day and the time must not lose the day (read
        // alone around the writing, 11:10 would even be taken for 23:10)
        List<TimeMention> ms = TimeMentions.find("This report covers an incident that began on October 21, 2016 at approximately 11:10 UTC.");
        assertThat(ms).hasSize(1);
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2016-10-22T21:40:00Z"), UTC)).isEqualTo("2016-10-21T11:10:00Z");
        // near miss: no day before it, so it stays a time of day placed near the writing
        TimeMention bare = TimeMentions.find("it began at approximately 11:10 UTC").get(0);
        assertThat(bare.date()).isNull();
        assertThat(bare.monthDay()).isNull();
    }

    @Test
    void aZoneWrittenByItsTzNameIsAZone() {
        List<TimeMention> ms = TimeMentions.find("Impact: 03:46 to 04:33 US/Pacific, authentication failed");
        assertThat(ms).extracting(TimeMention::zone).containsOnly(ZoneId.of("US/Pacific"));
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2020-12-14T12:00:00Z"), null)).isEqualTo("2020-12-14T11:46:00Z");
        assertThat(TimeMentions.messageZone("Incident report (all times are Europe/Zurich)")).isEqualTo(ZoneId.of("Europe/Zurich"));
        // near miss: a path-like word that is no tz name is not a zone
        assertThat(TimeMentions.find("restarted at 04:33 api/Pacific-edge").get(0).zone()).isNull();
    }

    @Test
    void aRangesFirstEndTakesTheZoneAndDayWrittenAfterItsSecond() {
        List<TimeMention> ms = TimeMentions.find("Between 07:05 and 12:43 UTC on 25 January 2023, customers saw timeouts.");
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2023-01-27T11:00:00Z"), ZoneId.of("Asia/Kolkata"))).isEqualTo("2023-01-25T07:05:00Z");
        ms = TimeMentions.find("impact from 23:10 until 00:40 UTC on 2026-03-16");
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2026-03-18T09:00:00Z"), null)).isEqualTo("2026-03-15T23:10:00Z");
        // near miss: two times that are not a range keep their own (missing) zone and day
        ms = TimeMentions.find("paged at 07:05, and later at 12:43 UTC on 25 January 2023 it recovered");
        assertThat(ms.get(0).zone()).isNull();
        assertThat(ms.get(0).date()).isNull();
    }

    @Test
    void aTwentyFourHourTimeWithANeedlessAmIsStillATime() {
        assertThat(at("At 00:23am UTC on Thursday, January 28th, 2016 the power dipped", "2016-02-03T20:00:00Z", null))
                .isEqualTo("2016-01-28T00:23:00Z");
        // near miss: "0:23pm" and "13:05am" are no times
        assertThat(TimeMentions.find("at 0:23pm")).isEmpty();
        assertThat(TimeMentions.find("at 13:05am")).isEmpty();
    }

    @Test
    void aDayWrittenBeforeARangeDatesBothEnds() {
        List<TimeMention> ms = TimeMentions.find("On Wednesday 08 April, 2020 from 6:48 to 7:42 US/Pacific, the API failed every request.");
        assertThat(ms).hasSize(2);
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2020-04-14T17:00:00Z"), null)).isEqualTo("2020-04-08T13:48:00Z");
        assertThat(TimeMentions.resolve(ms.get(1), Instant.parse("2020-04-14T17:00:00Z"), null)).isEqualTo("2020-04-08T14:42:00Z");
        // a second end earlier in the day than the first is the next day's
        ms = TimeMentions.find("on 28 March 2016 between 23:29 and 02:45 UTC validations failed");
        assertThat(TimeMentions.resolve(ms.get(1), Instant.parse("2016-03-30T18:00:00Z"), null)).isEqualTo("2016-03-29T02:45:00Z");
        // near miss: two times that are no range keep no day of their own
        ms = TimeMentions.find("On 08 April 2020 from 6:48 the API failed; the fix went out at 7:42 US/Pacific");
        assertThat(ms.get(1).date()).isNull();
    }

    @Test
    void aDayWrittenAfterTodayOrAfterASpokenZoneStillDatesTheTime() {
        List<TimeMention> ms = TimeMentions.find("Opened on time at 10:00am AEDT today (17 Nov), normal trading.");
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2020-11-15T23:40:00Z"), null)).isEqualTo("2020-11-16T23:00:00Z");
        ms = TimeMentions.find("between 11:45 PM Pacific on April 9 and 6:06 AM on April 10 the system was down");
        assertThat(ms.get(0).monthDay()).isEqualTo(java.time.MonthDay.of(4, 9));
        // near miss: "today" with no day after it dates nothing
        ms = TimeMentions.find("Opened on time at 10:00am AEDT today, normal trading.");
        assertThat(ms.get(0).date()).isNull();
        assertThat(ms.get(0).monthDay()).isNull();
    }

    @Test
    void aTwelveHourClockIsNotReadAsUtcJustBecauseItFitsTheWriting() {
        ZoneId sgt = ZoneId.of("Asia/Singapore");
        Instant written = Instant.parse("2017-10-07T23:00:00Z"); // 07:00 the next morning in Singapore
        // "since 9:22pm": a 12-hour clock is the writer's local habit, even though 21:22 UTC was just before the writing
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("running again since 9:22pm"), written, sgt)).isNull();
        // near miss: the same moment on a 24-hour clock is still read as a live update in UTC
        assertThat(TimeMentions.liveInUtc(TimeMentions.find("running again since 21:22"), written, sgt)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void timesWithoutAColonCountWithAZoneOrAsBothEndsOfARange() {
        List<TimeMention> ms = TimeMentions.find("The incident lasted 65 minutes between 1520 and 1625 (all times in UTC).");
        assertThat(ms).extracting(m -> m.time().toString()).containsExactly("15:20", "16:25");
        assertThat(TimeMentions.find("reinstated at 1839Z").get(0).zone().normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.find("crew on scene 0945hrs")).extracting(m -> m.time().toString()).containsExactly("09:45");
        assertThat(TimeMentions.find("1520-1625 UTC")).hasSize(2);
        // near misses: counts, years and codes
        assertThat(TimeMentions.find("between 1000 and 2000 requests per second")).isEmpty();
        assertThat(TimeMentions.find("usage grew between 2019 and 2020 (all times in UTC)")).isEmpty();
        assertThat(TimeMentions.find("ticket 1520 closed at the customer's request")).isEmpty();
        assertThat(TimeMentions.find("port 8080 UTC")).isEmpty();
    }

    @Test
    void aDayWrittenAloneAndADayMonthYearWithDashes() {
        LocalDate near = LocalDate.parse("2015-07-20");
        assertThat(TimeMentions.dayWritten("On Monday, 20th July, the servers in the US were not available.", near)).isEqualTo("2015-07-20");
        // near misses: two different days, or a span of days, name no one day; a text without a day names none
        assertThat(TimeMentions.dayWritten("the public report is titled December 8th but this all happened on 9 Dec", near)).isNull();
        assertThat(TimeMentions.dayWritten("Incident report draft (UTC, 25 -> 26 Nov)", near)).isNull();
        assertThat(TimeMentions.dayWritten("the servers were not available", near)).isNull();
        // phase 24 (held-out 31 read): "Review notes (Monday), after SentinelOne's RCA of 31 May." dated every time after it
        // on the 31st; the day a document is dated is when it was written
        assertThat(TimeMentions.dayWritten("Review notes (Monday), after the vendor's RCA of 22 July.", near)).isNull();
        assertThat(TimeMentions.dayWritten("Their post-mortem was published on 23 July.", near)).isNull();
        // near miss: a day said of the impact still dates it
        assertThat(TimeMentions.dayWritten("The outage of 21 July hit all regions.", near)).isEqualTo("2015-07-21");
        // phase 31 (held-out 37 read): "LTA's report (28 Oct): at 6:58pm a burnt cable ..." dated the report's times on the
        // 28th; the day in brackets right after a document's name is when it was written
        assertThat(TimeMentions.dayWritten("The regulator's report (28 Jul):", near)).isNull();
        assertThat(TimeMentions.dayWritten("Their statement (22 July) says the feeder tripped.", near)).isNull();
        // near miss: a day in brackets after the impact's name still dates it
        assertThat(TimeMentions.dayWritten("The outage (21 July) hit all regions.", near)).isEqualTo("2015-07-21");
        // "19-Jul-2015 09:23 UTC": the day written with dashes dates the time
        TimeMention m = TimeMentions.find("the stats-service failed from Sunday 19-Jul-2015 09:23 UTC").get(0);
        assertThat(m.date()).isEqualTo("2015-07-19");
    }

    @Test
    void aMessageThatDatesItselfFromItsWriting() {
        assertThat(TimeMentions.datesItself("eCensus form back online at 2:30pm today (Thu) after the sign-off.")).isTrue();
        assertThat(TimeMentions.datesItself("Reopening: same thing tonight, crashes between 19:22 and 20:14 UTC.")).isTrue();
        // near misses: "today" in a sentence without a time, or a time without such a word
        assertThat(TimeMentions.datesItself("Blog post (published today):\nPlayers were affected from 11:22 UTC to 13:40 UTC.")).isFalse();
        assertThat(TimeMentions.datesItself("Players were affected from 11:22 UTC to 13:40 UTC.")).isFalse();
    }

    @Test
    void publishingSaidWithTodayDoesNotDateTheTimesOfTheWriteUp() {
        assertThat(TimeMentions.datesItself("Report released today: the outage began at 4:10am on 2 May; payments failed between 4:10am and 6:00am.")).isFalse();
        assertThat(TimeMentions.datesItself("Post-mortem out today - errors from 09:12 to 09:40 UTC.")).isFalse();
        // near misses: the times themselves are said to be today's
        assertThat(TimeMentions.datesItself("Report released today: checkout failed again at 2:30pm today.")).isTrue();
        assertThat(TimeMentions.datesItself("Out again today from 09:12 to 09:40 UTC.")).isTrue();
    }

    @Test
    void weekdaysWrittenInFrenchSpanishGermanOrDutch() {
        assertThat(TimeMentions.find("el colapso fue a las 07:07 del domingo").get(0).weekday()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(TimeMentions.find("la programmation a repris jeudi à 18h00").get(0).weekday()).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(TimeMentions.find("l'antenne au noir vers 22h00 mercredi").get(0).weekday()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(TimeMentions.find("Samstag 06:40 Funk ausgefallen").get(0).weekday()).isEqualTo(java.time.DayOfWeek.SATURDAY);
        assertThat(TimeMentions.find("om 19:15 op zondag hersteld").get(0).weekday()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        // near miss: a word that only begins like a weekday, and a time with no weekday at all
        assertThat(TimeMentions.find("at 07:07 the domingos team called").get(0).weekday()).isNull();
        assertThat(TimeMentions.find("a las 07:07 hubo un colapso").get(0).weekday()).isNull();
    }

    @Test
    void aTimeSaidToBeLocalIsNotInTheZoneTheRestOfTheTextNames() {
        String s = "the dispatcher failed at 12:26 local, 10:26 UTC; late departures until 21:15 LT.";
        List<TimeMention> ms = TimeMentions.find(s);
        assertThat(ms).hasSize(3);
        assertThat(TimeMentions.saidLocal(s, ms.get(0))).isTrue();
        assertThat(TimeMentions.saidLocal(s, ms.get(1))).isFalse();
        assertThat(TimeMentions.saidLocal(s, ms.get(2))).isTrue();
        assertThat(TimeMentions.saidLocal("back at 09:40 local time", TimeMentions.find("back at 09:40 local time").get(0))).isTrue();
        // near misses: words that only begin like it
        assertThat(TimeMentions.saidLocal("09:40 locally cached", TimeMentions.find("09:40 locally cached").get(0))).isFalse();
        assertThat(TimeMentions.saidLocal("09:40 LTE cells down", TimeMentions.find("09:40 LTE cells down").get(0))).isFalse();
    }

    @Test
    void aUsZoneNamedByItsWordAfterAClock() {
        String posted = "2016-10-18T14:00:00Z";
        assertThat(at("for us it was 20:25 Eastern", posted, UTC)).isEqualTo(at("for us it was 20:25 EDT", posted, UTC));
        assertThat(TimeMentions.find("ended 20:25 Eastern").get(0).zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeMentions.find("back at 9:15 Pacific time").get(0).zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeMentions.find("down from 7:30 a.m. Central").get(0).zone()).isEqualTo(ZoneId.of("America/Chicago"));
        // near misses: Central European is not US Central; a lower-case word is prose; four bare digits take no word zone
        assertThat(TimeMentions.find("at 10:00 Central European Time").get(0).zone()).isNull();
        assertThat(TimeMentions.find("at 10:00 central region").get(0).zone()).isNull();
        assertThat(TimeMentions.find("flight 1520 Pacific")).isEmpty();
    }

    @Test
    void aWeekdayWrittenWithAClockDatesItOnThatDayNearestTheAnchor() {
        String thursday = "2026-11-19T12:00:00Z";
        assertThat(at("the impact ended at 04:10 Fri when the last layer came back", thursday, UTC)).isEqualTo("2026-11-20T04:10:00Z");
        assertThat(at("all customers restored at 3:25 a.m. Friday", thursday, UTC)).isEqualTo("2026-11-20T03:25:00Z");
        assertThat(at("power supply issue on Tuesday at about 08:30", thursday, UTC)).isEqualTo("2026-11-17T08:30:00Z");
        assertThat(at("data lost from 04:54 on Thursday", thursday, UTC)).isEqualTo("2026-11-19T04:54:00Z");
        assertThat(TimeMentions.find("04:10 Fri").get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        // a date written with it wins; lower-case "sat" and "sun" are words, not days
        assertThat(TimeMentions.find("at 04:10 Fri 28 Mar").get(0).weekday()).isNull();
        assertThat(TimeMentions.find("we sat 10:00 to 11:00 waiting").get(0).weekday()).isNull();
    }

    @Test
    void hoursWrittenAfterAClockDoNotHideTheDayAfterThem() {
        assertThat(TimeMentions.find("collapse at 02:33 hrs on 30 July").get(0).monthDay()).isEqualTo(MonthDay.of(7, 30));
        assertThat(TimeMentions.find("trip at 1420 hrs on 3 May").get(0).time()).hasToString("14:20");
    }

    @Test
    void aClockWithADotAndAmOrPmIsATime() {
        // phase 17: British, Irish and NZ writers put a dot between hour and minutes
        assertThat(at("the halt at 3.57pm", "2026-11-20T16:30:00Z", UTC)).isEqualTo("2026-11-20T15:57:00Z");
        assertThat(at("between 1 am and 2.15 am", "2026-11-20T09:00:00Z", UTC)).isEqualTo("2026-11-20T01:00:00Z");
        assertThat(TimeMentions.find("between 1 am and 2.15 am")).hasSize(2);
        assertThat(TimeMentions.find("from about 8.30am").get(0).time()).hasToString("08:30");
        // near misses: a dotted number without am/pm stays a number (a version, a share, a price)
        assertThat(TimeMentions.find("upgraded to 2.15 and then 3.57")).isEmpty();
        assertThat(TimeMentions.find("error rate 2.15 percent")).isEmpty();
    }

    @Test
    void aClockWithADotAndAZoneIsATime() {
        // phase 18: "trading halted at 9.48 CEST and reopened at 12.45 CEST" (a desk's recap)
        assertThat(at("trading halted at 9.48 CEST and reopened at 12.45 CEST", "2020-10-19T10:00:00Z", UTC)).isEqualTo("2020-10-19T07:48:00Z");
        assertThat(TimeMentions.find("trading halted at 9.48 CEST and reopened at 12.45 CEST")).hasSize(2);
        assertThat(TimeMentions.find("back at 14.05 UTC").get(0).time()).hasToString("14:05");
        // near misses: a dotted number before other capitals or words stays a number; minutes over 59 are none
        assertThat(TimeMentions.find("upgraded to 2.15 ETL jobs")).isEmpty();
        assertThat(TimeMentions.find("v3.57 UTC build")).isEmpty();
        assertThat(TimeMentions.find("load 9.75 CEST")).isEmpty();
    }

    @Test
    void anOffsetAfterUtcIsReadWithTheOffset() {
        // phase 20: "detected at 11:34 UTC+2 and fully resolved by 11:49 UTC+2" is two hours from UTC, not UTC
        assertThat(TimeMentions.find("detected at 11:34 UTC+2").get(0).zone().getRules().getOffset(Instant.EPOCH)).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(TimeMentions.find("down since 08:10 (GMT-5)").get(0).zone().getRules().getOffset(Instant.EPOCH)).isEqualTo(ZoneOffset.ofHours(-5));
        // near misses: a bare UTC stays UTC, and "UTC+0" is UTC too
        assertThat(TimeMentions.find("recovered 11:49 UTC").get(0).zone().normalized()).isEqualTo(UTC);
        assertThat(TimeMentions.find("posted 17:55 UTC+0").get(0).zone().getRules().getOffset(Instant.EPOCH)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void zonedTwelveHourTimesQuotedNextToTheWritersOwnTwentyFourHourTimesDoNotSetItsZone() {
        // phase 20: "News: most restored by about 8:15 p.m. EDT ... For our centre: first failed call 18:04": the zoned
        // times are another source's, quoted; the writer's own times keep the ticket's zone
        assertThat(TimeMentions.messageZone("News: outages after 7 p.m. Eastern, most restored by about 8:15 p.m. EDT. For our centre: first failed call 18:04, service back 19:12.")).isNull();
        // near misses: the writer's own zoned 24-hour times still set it, and so do 12-hour times next to 12-hour ones
        assertThat(TimeMentions.messageZone("first failed call 18:04 EDT, service back 19:12").normalized()).isEqualTo(ZoneId.of("America/New_York").normalized());
        assertThat(TimeMentions.messageZone("went down at 6:04 p.m. EDT, back at 7:12 p.m.")).isNotNull();
    }

    @Test
    void aCitysTimeAfterAClockIsItsZone() {
        // phase 18: "Détection: alerte vue par Mathilde à 07:38 heure de Paris." in a recap written in UTC
        assertThat(TimeMentions.find("alerte vue à 07:38 heure de Paris").get(0).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeMentions.find("the halt at 9:48 Paris time").get(0).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeMentions.find("reabriu às 11:45 hora de Lisboa").get(0).zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(TimeMentions.find("at 08:00 New York local time").get(0).zone()).isEqualTo(ZoneId.of("America/New_York"));
        // the city's time is the exception the writer marks: the message's own zone is still the one its other times carry
        assertThat(TimeMentions.messageZone("impact de 05:23 UTC à 05:35 UTC; alerte vue à 07:38 heure de Paris; fin 09:10").normalized()).isEqualTo(UTC);
        // near misses: words that name no city are no zone ("Londense tijd", "dinner time", "local time")
        assertThat(TimeMentions.find("at 10:00 dinner time").get(0).zone()).isNull();
        assertThat(TimeMentions.find("at 10:00 Londense tijd").get(0).zone()).isNull();
        assertThat(TimeMentions.find("at 10:00 Local time").get(0).zone()).isNull();
    }

    @Test
    void anAbbreviationWithTwoMeaningsIsReadAsTheIncidentsOwnZoneWhenItIsOneOfThem() {
        // phase 17: "IST" is India's by default, Irish Standard Time for a team in Dublin, Israel's for one in Jerusalem
        assertThat(Zones.parse("IST")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(Zones.readFor(ZoneId.of("Europe/Dublin"), () -> Zones.parse("IST"))).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThat(Zones.readFor(ZoneId.of("Asia/Jerusalem"), () -> Zones.parse("IST"))).isEqualTo(ZoneId.of("Asia/Jerusalem"));
        assertThat(Zones.readFor(ZoneId.of("Europe/Dublin"), () -> at("the first failed call was at 01:00 IST", "2022-06-28T09:00:00Z", UTC)))
                .isEqualTo("2022-06-28T00:00:00Z");
        // near misses: a team elsewhere keeps India's reading; an abbreviation with one meaning is not moved
        assertThat(Zones.readFor(ZoneId.of("Europe/London"), () -> Zones.parse("IST"))).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(Zones.readFor(ZoneId.of("Europe/Dublin"), () -> Zones.parse("CET"))).isEqualTo(ZoneId.of("Europe/Berlin"));
        // and the reading ends with the work
        assertThat(Zones.parse("IST")).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }
    @Test
    void theZoneAbbreviationsOfAfricaAsiaAndLatinAmericaAreZones() {
        // written by teams outside the US, Europe and Australia: East Africa, Western Indonesia, Venezuela, Turkey,
        // New Zealand's short "NZT", Germany's own "MEZ"
        ZoneId writer = ZoneId.of("America/Chicago");
        assertThat(at("the terminal lost mains power at 21:35 EAT", "2023-08-25T20:00:00Z", writer)).isEqualTo("2023-08-25T18:35:00Z");
        assertThat(at("trains stopped at 11:48 WIB", "2019-08-04T06:00:00Z", writer)).isEqualTo("2019-08-04T04:48:00Z");
        assertThat(at("payments down since 4:56 PM VET", "2019-03-07T22:00:00Z", writer)).isEqualTo("2019-03-07T20:56:00Z");
        assertThat(at("HIS unreachable from 10:36 TRT", "2015-03-31T09:00:00Z", writer)).isEqualTo("2015-03-31T07:36:00Z");
        assertThat(at("bot back at 9:15 NZT", "2014-02-10T22:00:00Z", writer)).isEqualTo("2014-02-10T20:15:00Z");
        assertThat(at("Störung ab 14:05 MEZ", "2024-01-10T14:00:00Z", writer)).isEqualTo("2024-01-10T13:05:00Z");
        assertThat(Zones.parse("SAST")).isEqualTo(ZoneId.of("Africa/Johannesburg"));
        assertThat(Zones.parse("WITA")).isEqualTo(ZoneId.of("Asia/Makassar"));
        // an abbreviation with two meanings: China Standard Time for a team in Shanghai; Bangladesh's BST for one in Dhaka
        assertThat(Zones.readFor(ZoneId.of("Asia/Shanghai"), () -> Zones.parse("CST"))).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(Zones.readFor(ZoneId.of("Asia/Dhaka"), () -> Zones.parse("BST"))).isEqualTo(ZoneId.of("Asia/Dhaka"));
        assertThat(Zones.parse("CST")).isEqualTo(ZoneId.of("America/Chicago"));
        // near misses: a word in lower case after a clock is a word ("eat", "art"), not a zone; nor are the capitals
        // that are also words or tests ("CAT scan", "PET", "AST 450 U/L")
        assertThat(TimeMentions.find("14:05 CAT scan ordered").get(0).zone()).isNull();
        assertThat(TimeMentions.find("08:00 AST 450 U/L").get(0).zone()).isNull();
        assertThat(TimeMentions.find("back at 12:30 eat lunch first").get(0).zone()).isNull();
        assertThat(TimeMentions.find("from 10:00 art team on call").get(0).zone()).isNull();
        // nor are a zone's letters joined by a hyphen to a name: a SCADA station "BST-ELCIELO" is no British Summer Time
        // (held-out 28 read its pump-station alarms four hours off); "UTC-ish" is still UTC, "UTC-5" an offset
        assertThat(TimeMentions.find("31/12/2024 05:30:41  BST-ELCIELO    UTILITY_FAIL    ALARM").get(0).zone()).isNull();
        assertThat(TimeMentions.find("05:31:02 CAT-5 cable tray alarm").get(0).zone()).isNull();
        assertThat(TimeMentions.find("somewhere around 14:00 UTC-ish").get(0).zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeMentions.find("at 09:00 UTC-5").get(0).zone()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void aTimeWrittenRightAgainstChineseJapaneseOrKoreanWordsIsATime() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<TimeMention> ms = TimeMentions.find("【お知らせ 10:00現在】8:56に原因を特定しました。");
        assertThat(ms).extracting(TimeMention::original).containsExactly("10:00", "8:56");
        assertThat(TimeMentions.resolve(ms.get(0), Instant.parse("2024-12-26T01:30:00Z"), tokyo)).isEqualTo("2024-12-26T01:00:00Z");
        assertThat(TimeMentions.find("장애는 14:05부터 계속")).extracting(TimeMention::original).containsExactly("14:05");
        // a number joined to a Latin word is still no time
        assertThat(TimeMentions.find("release v2:30 and abc10:00 build")).isEmpty();
    }

    @Test
    void aBareTwelveOClockWrittenJustAfterMidnightIsHalfPastMidnight() {
        // phase 22 (held-out 29 read): "Sirens quiet since 12:48", posted at 00:55 local, was read as noon the day before
        assertThat(at("sirens quiet since 12:48", "2026-04-08T00:55:00Z", UTC)).isEqualTo("2026-04-08T00:48:00Z");
        // near misses: noon written at lunchtime stays noon; "12:48" posted at 13:10 is noon's
        assertThat(at("deploy at 12:48", "2026-04-08T12:55:00Z", UTC)).isEqualTo("2026-04-08T12:48:00Z");
        assertThat(at("deploy at 12:48", "2026-04-08T13:10:00Z", UTC)).isEqualTo("2026-04-08T12:48:00Z");
    }

    @Test
    void aUsZoneWordInLowerCaseAfterAmOrPmOrWithItsTimeIsAZone() {
        // phase 22 (held-out 29 read): "serving traffic again at 1:52 AM eastern" was read in the comment's Pacific time
        assertThat(TimeMentions.find("serving traffic again at 1:52 AM eastern").get(0).zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeMentions.find("back at 9:15 pacific time").get(0).zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        // near misses: a lower-case word after a bare clock is a word ("14:05 central heating"), and Europe's is not the US's
        assertThat(TimeMentions.find("from 14:05 central heating off").get(0).zone()).isNull();
        assertThat(TimeMentions.find("at 9:00 am central european time").get(0).zone()).isNotEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void aDayWrittenTheChineseJapaneseOrKoreanWayBeforeATimeDatesIt() {
        // phase 22 (held-out 29 read): "日本時間 2019年8月23日 12:36 より" was read on the day the comment was written
        assertThat(TimeMentions.find("日本時間 2019年8月23日 12:36 より overheating").get(0).date()).isEqualTo("2019-08-23");
        assertThat(TimeMentions.find("2022년 10월 15일 15:19 화재").get(0).date()).isEqualTo("2022-10-15");
        assertThat(TimeMentions.find("8月23日(金) 12:36 復旧").get(0).monthDay()).isEqualTo(java.time.MonthDay.of(8, 23));
        // near miss: a number of days before a time is no date
        assertThat(TimeMentions.find("3日 12:36").get(0).date()).isNull();
        // phase 30 (held-out 36 read): "Post-incident notes (Friday 12 April), Melbourne time." dated the recap's times on
        // the 12th, three days after the incident; the day in a recap's heading is the day it is written on
        LocalDate april = LocalDate.parse("2024-04-09");
        assertThat(TimeMentions.dayWritten("Post-incident notes (Friday 12 April), Melbourne time.", april)).isNull();
        assertThat(TimeMentions.dayWritten("Review (Friday 3 Feb), Auckland time (NZDT).", LocalDate.parse("2017-01-29"))).isNull();
        assertThat(TimeMentions.dayWritten("Review, Friday 16 Oct (IST).", LocalDate.parse("2020-10-14"))).isNull();
        // near miss: the incident's day written in the text, not in the heading, still dates it
        assertThat(TimeMentions.dayWritten("Post-incident notes (Friday). On Tuesday 9 April the checkout failed.", april)).isEqualTo("2024-04-09");
    }

    @Test
    void aRecapHeadedWithItsWeekdayAndDay() {
        // phase 30 (held-out 36 read): headings with the day after the weekday, words before the noun or a reader after it
        java.util.regex.Pattern h = java.util.regex.Pattern.compile(TimeMentions.WEEKDAY_HEADING);
        for (String heading : List.of("post-incident review (tuesday 29th), central time.", "post-incident notes (friday 12 april), melbourne time.",
                "shift review (monday 30th), mountain time.", "station review (thursday 3 may), amsterdam time (cest).",
                "resumen para la dirección (lunes 27), hora de madrid.", "revisão (sexta, 16/08), horário de brasília.",
                "five-whys summary (friday), pacific.", "review (friday 3 feb), auckland time (nzdt).", "review, friday 16 oct (ist).",
                // phase 31 (held-out 37 read): a German day with the month's closing dot
                "nachbesprechung (freitag 27.9.), grazer zeit.", "auswertung (montag, 30.9.)."))
            assertThat(h.matcher(heading).find()).as(heading).isTrue();
        // near misses: a live update headed with its weekday, a weekday with a time, a sentence that is no heading
        for (String live : List.of("quick status update (friday), all fine now.", "review (friday 10:30) with the vendor",
                "we reviewed it on the call (friday 12 april)", "review, friday at 10:00 with the vendor", "review (friday, with the vendor",
                "nachbesprechung (freitag 27.9. 10:30) mit dem netzbetreiber"))
            assertThat(h.matcher(live).find()).as(live).isFalse();
    }

    @Test
    void aCitysTimeSaidOnceIsTheMessagesZone() {
        // phase 25 (held-out 32 read): "Review notes (Thursday), Sydney time unless marked." named no zone, and the one UTC
        // time quoted from the vendor made every time of the message UTC
        assertThat(TimeMentions.messageZone("Review notes (Thursday), Sydney time unless marked.\nAzure: 19:46 UTC 2 Feb. For us: merchant impact 08:02 → 11:20 Tuesday."))
                .isEqualTo(ZoneId.of("Australia/Sydney"));
        // near miss: a city's time said of one moment is not the message's
        assertThat(TimeMentions.messageZone("The call came at 08:02 Sydney time, the rest is in our notes at 09:10")).isNull();
        // phase 30 (held-out 36 read): a recap's heading that names the writer's zone ("Central time.") is the message's
        // zone, though another party's times are quoted in it with theirs ("(ElevenLabs' 12:40 to 16:40 UTC)")
        assertThat(TimeMentions.messageZone("Post-incident review (Tuesday 29th), Central time.\nImpact: every TTS call we made between "
                + "7:40 and 11:40 AM was slow (ElevenLabs' 12:40 to 16:40 UTC).")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(TimeMentions.messageZone("Post-incident notes (Friday 12 April), Melbourne time.\nOutage for our shoppers: 4:45pm to 6:55pm. "
                + "That is CL's 6:45 to 8:55 AM UTC.")).isEqualTo(ZoneId.of("Australia/Melbourne"));
        assertThat(TimeMentions.messageZone("Revisão (sexta, 16/08), horário de Brasília salvo indicação.\nImpacto: de 17:15 às 19:08. "
                + "No postmortem deles, 20:15 UTC é quando as requisições começaram a dar timeout.")).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        // near misses: a first line that is no recap heading, or has a clock of its own, names no zone for the message
        assertThat(TimeMentions.messageZone("Vendor says fixed, Central time.\nFixed at 16:40 UTC.")).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeMentions.messageZone("Review (Tuesday 29th), at 9:10, Central time.\nFixed at 16:40 UTC.")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aRangesFirstEndTakesTheSecondsPm() {
        // phase 27 (held-out 34 read): "Riders were stuck from 5:58 until 6:37 PM" read 5:58 as the morning's, so a recap
        // in sentences carried the whole window to the next day
        assertThat(TimeMentions.find("Riders were stuck from 5:58 until 6:37 PM, when")).extracting(TimeMention::time)
                .containsExactly(LocalTime.of(17, 58), LocalTime.of(18, 37));
        assertThat(TimeMentions.find("(3:52-5:20 PM Eastern)")).extracting(TimeMention::time).containsExactly(LocalTime.of(15, 52), LocalTime.of(17, 20));
        assertThat(TimeMentions.find("between 5:58 and 6:37 pm")).extracting(TimeMention::time).containsExactly(LocalTime.of(17, 58), LocalTime.of(18, 37));
        // near misses: a morning start before an afternoon end, a 24-hour first end, and two times that are no range
        assertThat(TimeMentions.find("from 8:30 until 4:15 PM")).extracting(TimeMention::time).containsExactly(LocalTime.of(8, 30), LocalTime.of(16, 15));
        assertThat(TimeMentions.find("from 05:58 until 6:37 PM")).extracting(TimeMention::time).containsExactly(LocalTime.of(5, 58), LocalTime.of(18, 37));
        assertThat(TimeMentions.find("paged at 5:58, restarted at 6:37 PM")).extracting(TimeMention::time).first().isEqualTo(LocalTime.of(5, 58));
    }

    @Test
    void aConversionInBracketsIsNoSecondZoneOfTheMessage() {
        // phase 27 (held-out 34 read): "Window: 20:52-22:20 UTC (3:52-5:20 PM Eastern) ... Detected: Hana's chat message at
        // 20:52" said no zone for the message, so its bare 20:52 was read in the profile's Eastern time
        assertThat(TimeMentions.messageZone("Window: 20:52-22:20 UTC (3:52-5:20 PM Eastern), portal unavailable.\nDetected: a chat message at 20:52.").normalized())
                .isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("Down 14:10 UTC (9:10 AM Eastern); first ticket 14:12.").normalized()).isEqualTo(ZoneOffset.UTC);
        // near miss: a second zone that is no conversion still leaves the message without one
        assertThat(TimeMentions.messageZone("Window: 20:52-22:20 UTC; our desk saw it 3:52-5:20 PM Eastern. Detected at 20:52.")).isNull();
    }

    @Test
    void anOffsetWrittenAfterUtcInAMessagesZoneIsPartOfIt() {
        // phase 32 (held-out 38 read): "Revisão (quinta 16/11), horário de Brasília (UTC-3, sem horário de verão)." read the
        // whole recap in UTC ("(UTC" matched, "-3" was dropped), and so did "hora de Buenos Aires (UTC-3)."
        Instant nov = Instant.parse("2023-11-10T12:00:00Z");
        ZoneId brasilia = TimeMentions.messageZone("Revisão (quinta 16/11), horário de Brasília (UTC-3, sem horário de verão).\n"
                + "Início para nós: 09:28 (12:28 UTC), quando a VTEX diz que os compradores começaram a falhar.");
        assertThat(brasilia.getRules().getOffset(nov)).isEqualTo(ZoneOffset.ofHours(-3));
        ZoneId ba = TimeMentions.messageZone("Revisión (lunes 19/1), hora de Buenos Aires (UTC-3).\nCorte para nosotros: 14:31.");
        assertThat(ba.getRules().getOffset(nov)).isEqualTo(ZoneOffset.ofHours(-3));
        assertThat(TimeMentions.messageZone("Notes (all times UTC+5:30): first page 09:12, fixed 09:40.")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        // near misses: UTC alone is still UTC; a clock after "UTC " is a time, not an offset; an unknown city is none
        assertThat(TimeMentions.messageZone("Timeline (UTC): 12:28 start, 12:33 first report.").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeMentions.messageZone("Recap, all times UTC - 12:28 start, 12:33 first report.").normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(Zones.parse("hora de Nenhures")).isNull();
    }

    @Test
    void aRecapHeadedWithItsZoneAloneInBracketsIsInThatZone() {
        // phase 34 (held-out 42 read): "Retro (Eastern):" then a vendor's "11:59 PDT" and "13:36 PDT" quoted in it: the
        // one zone its zoned times carried (PDT) became the message's, so "First report: Kalani in Slack at 3:02 PM" was 3 hours late
        String retro = "Retro (Eastern):\nTwo waves for us: 2:59 PM (Webflow's 11:59 PDT page) to about 3:14 PM, then again from 4:36 PM (their second incident, 13:36 PDT).\nFirst report: Kalani in Slack at 3:02 PM.";
        assertThat(TimeMentions.messageZone(retro)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeMentions.messageZone("Review (Warsaw time):\nStart: 16:00.")).isEqualTo(ZoneId.of("Europe/Warsaw"));
        // ... and after the day inside a weekday heading's bracket, over a GMT said in a quoted conversion
        assertThat(TimeMentions.messageZone("Review (Wednesday 24 June, Warsaw time):\nStart: about 16:00. A news site wrote \"4 pm local (3pm GMT)\", that is 14:00 GMT."))
                .isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(TimeMentions.messageZone("Review (Thursday 6 Feb, Madrid time, CET):\nWindow: 12:40 to 14:15.")).isEqualTo(ZoneId.of("Europe/Madrid"));
        // near misses: a heading whose bracket says something else, and a line that is no recap's heading
        assertThat(TimeMentions.messageZone("Retro (short):\nWe saw 11:59 PDT and 13:36 PDT on their page.")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(TimeMentions.messageZone("Call with the vendor (Eastern):\nThey saw 11:59 PDT.")).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }
}

package io.postmortem.evidence;

import io.postmortem.evidence.chat.ChatMessage;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.evidence.chat.PasteRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasteParserTest {
    private static final PasteOptions UTC = new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T09:45:00Z"));

    @Test
    void aTeamsCopyWhoseFirstLineIsADatedStampIsNotTakenForASlackExport() {
        // a Teams copy starting right at "[date time] Name:" begins with '[' like a JSON array, but no '{' follows
        ParsedThread t = PasteParser.parse("""
                [11/20/2026 9:24 AM] Lena Vogt:
                site gives 502, the forms too
                [11/20/2026 9:26 AM] Omar Haddad:
                rolling back the ingress change
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TEAMS);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Lena Vogt", "Omar Haddad");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2026-11-20T09:24:00Z"), Instant.parse("2026-11-20T09:26:00Z"));
        // an export still reads as one, with space or a newline after its '['
        assertThat(PasteParser.parse("[\n  {\"type\":\"message\",\"ts\":\"1763630640.000100\",\"user\":\"U1\",\"text\":\"checkout 5xx\"}\n]", UTC)
                .messages()).hasSize(1);
    }

    @Test
    void slackDesktopPasteWithHeadersSeparatorsReactionsAndContinuations() {
        ParsedThread t = PasteParser.parse("""
                Yesterday
                Dana Ops  10:52 PM
                checkout is throwing 500s (edited)
                second line of the same message
                :+1: 3
                1 reply
                screenshot.png
                Mia Krystof [10:55 PM] rolling back now
                [10:56 PM] done, errors dropping
                Today
                PagerDuty APP  12:05 AM
                Resolved: checkout 5xx
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.SLACK_DESKTOP);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Dana Ops", "Mia Krystof", "Mia Krystof", "PagerDuty");
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-19T22:52:00Z"),
                Instant.parse("2026-11-19T22:55:00Z"), Instant.parse("2026-11-19T22:56:00Z"), Instant.parse("2026-11-20T00:05:00Z"));
        assertThat(t.messages().get(0).text()).isEqualTo("checkout is throwing 500s\nsecond line of the same message");
        assertThat(t.messages().get(3).bot()).isTrue();
        assertThat(t.messages().get(0).source()).startsWith("slack:");
    }

    @Test
    void aTitleAboveTimedRowsThatWritesOneDayDatesThem() {
        // the paste's own day (20 November) is the day before the one the title writes
        ParsedThread t = PasteParser.parse("""
                Server status - 21 November 2026
                11:30 UTC: The cluster has been online since this morning and remains stable.
                16:00 UTC: A blog post with details will follow this week.
                """, UTC);
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2026-11-21T11:30:00Z"), Instant.parse("2026-11-21T16:00:00Z"));
        // near miss: a title naming a day far from the paste's (last year's incident) dates nothing
        t = PasteParser.parse("""
                Same runbook as the outage of 3 June 2014
                11:30 UTC: The cluster has been online since this morning and remains stable.
                """, UTC);
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-20T11:30:00Z"));
    }

    @Test
    void teamsPasteInItsThreeHeaderShapes() {
        ParsedThread t = PasteParser.parse("""
                Dana Ops, Yesterday 10:52 PM
                first errors on checkout
                [10:58 PM] Mia Krystof
                rolling back
                Mia Krystof 11:30 PM
                rollback done
                """, new PasteOptions(ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-11-20"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TEAMS);
        assertThat(t.messages()).extracting(ChatMessage::source).containsExactly("teams:1", "teams:2", "teams:3");
        assertThat(t.messages().get(0).at()).isEqualTo("2026-11-19T21:52:00Z");
        assertThat(t.messages().get(2).text()).isEqualTo("rollback done");
    }

    @Test
    void aChannelCopyWithTheTextAlignedAfterTheNameIsAChatNotFreeText() {
        // "[time] Name  text": no colon after the name, the text set apart by two or more spaces
        ParsedThread t = PasteParser.parse("""
                #inc-gateway-errors  (times are Berlin)
                [10:30] Datadog  [P1] Triggered: gateway 5xx ratio > 50% in 11 regions
                [10:31] Amara Njoku  support: ~40 tickets in five minutes
                [10:55] Keoni Akana  rollback done, 5xx back to baseline
                """, new PasteOptions(ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-11-20"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TEAMS);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Datadog", "Amara Njoku", "Keoni Akana");
        assertThat(t.messages().get(0).at()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(t.messages().get(0).bot()).isTrue();
        assertThat(t.messages().get(1).text()).isEqualTo("support: ~40 tickets in five minutes");
        assertThat(t.messages().get(2).text()).isEqualTo("rollback done, 5xx back to baseline");
    }

    @Test
    void aGoogleChatCopyNamesTheSenderAndTheTimeWithoutADay() {
        ParsedThread t = PasteParser.parse("""
                Space: gw-war-room
                Rina Dizon, 5:29 PM
                block rule is live, all traffic stopped at the edge
                Marco Villanueva, 6:00 PM
                last region off the rate limit, fully back for everyone
                """, new PasteOptions(ZoneId.of("Asia/Manila"), LocalDate.parse("2026-11-20"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Rina Dizon", "Marco Villanueva");
        assertThat(t.messages().get(1).at()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(t.messages().get(1).text()).isEqualTo("last region off the rate limit, fully back for everyone");
    }

    @Test
    void aNumericDayLineMovesATimelineToThatDayReadTheWayNearerThePastesDay() {
        ParsedThread t = PasteParser.parse("""
                fri 9/11
                3:14 PM  services suspended
                4:21 PM  responses back to normal
                sat 9/12
                2:11 PM  last cached page cleared
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2020-09-11"), null));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2020-09-11T22:14:00Z"),
                Instant.parse("2020-09-11T23:21:00Z"), Instant.parse("2020-09-12T21:11:00Z"));
        // day first where month first would be far from the paste's day
        ParsedThread eu = PasteParser.parse("""
                12/9
                10:00 - failover started
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2020-09-11"), null));
        assertThat(eu.messages().get(0).at()).isEqualTo("2020-09-12T10:00:00Z");
    }

    @Test
    void aDutyOrMailLogDatesEachRowWithItsNumericDate() {
        ParsedThread log = PasteParser.parse("""
                07/07/15 19:03:27 SCADA  TRACTION POWER TRIP  ALL SECTIONS
                07/07/15 19:45    PR   tweet: train service not available, free buses at all stations
                08/07/15 00:10    OCC  last train cleared
                """, new PasteOptions(ZoneId.of("Asia/Singapore"), LocalDate.parse("2015-07-07"), null));
        assertThat(log.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(log.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2015-07-07T11:03:00Z"),
                Instant.parse("2015-07-07T11:45:00Z"), Instant.parse("2015-07-07T16:10:00Z"));
        ParsedThread mail = PasteParser.parse("""
                Mon 20.07.2015 13:24  monitoring@  [DOWN] connect check failed from 3 locations
                Mon 20.07.2015 16:05  support@  "we're back, thanks"
                """, new PasteOptions(ZoneId.of("Europe/Berlin"), LocalDate.parse("2015-07-20"), null));
        assertThat(mail.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2015-07-20T11:24:00Z"), Instant.parse("2015-07-20T14:05:00Z"));
        // near miss: an Android WhatsApp export (comma after the date, dash before the name) stays a chat
        ParsedThread wa = PasteParser.parse("""
                16/12/2015, 19:00 - Helen: registry down
                16/12/2015, 19:02 - Omar: looking
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2015-12-16"), null));
        assertThat(wa.format()).isEqualTo(ParsedThread.Format.WHATSAPP);
        assertThat(wa.messages().get(0).author()).isEqualTo("Helen");
    }

    @Test
    void aPastedTimelinesTitleIsItsPreamble() {
        // phase 39: the key times read whose document a pasted timeline is by its title ("Salt Edge - Postmortem")
        ParsedThread t = PasteParser.parse("""
                Salt Edge - Postmortem - Executive Summary
                Timeline (UTC)
                12:33 Service disruption detected via monitoring alerts
                12:45 Corrective action applied
                a line under the row, part of it
                13:00 Services fully restored
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.preamble()).containsExactly("Salt Edge - Postmortem - Executive Summary", "Timeline (UTC)");
        assertThat(t.messages()).hasSize(3);
        // near miss: a timeline that opens with its first row has none
        assertThat(PasteParser.parse("12:33 disruption\n13:00 restored\n", UTC).preamble()).isEmpty();
    }

    @Test
    void aLogsYearlessSlashDateDatesItsRowTheWayNearerThePastesDay() {
        // phase 20: nursing notes "3/30 7:20 PM  Unit 2: ..." pasted the next morning: the row's day is 30 March, not the
        // ticket's; a duty log's day-first "04/11  22:10" is 4 November when the paste is of November
        ParsedThread notes = PasteParser.parse("""
                3/30 7:20 PM  Unit 2: all residents checked, flashlights out.
                3/30 8:24 PM  Power back, call lights tested ok.
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2025-03-31"), null));
        assertThat(notes.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(notes.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2025-03-31T00:20:00Z"), Instant.parse("2025-03-31T01:24:00Z"));
        ParsedThread log = PasteParser.parse("""
                04/11  22:10  ALARME  délestage fréquence
                04/11  22:31  fréquence rétablie
                """, new PasteOptions(ZoneId.of("Europe/Paris"), LocalDate.parse("2006-11-04"), null));
        assertThat(log.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2006-11-04T21:10:00Z"), Instant.parse("2006-11-04T21:31:00Z"));
    }

    @Test
    void aStatusPageCopyStartingWithABracketIsNotTakenForASlackExport() {
        ParsedThread t = PasteParser.parse("""
                [Oct 24, 14:51 UTC] Investigating - uploads are failing
                [Oct 24, 15:40 UTC] Resolved - uploads work again
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2022-10-24"), null));
        assertThat(t.messages()).isNotEmpty();
        assertThat(t.messages()).extracting(ChatMessage::text).anySatisfy(x -> assertThat(x).contains("uploads are failing"));
    }

    @Test
    void freeFormTimelineInheritsTheZoneItStatedAndCrossesMidnight() {
        ParsedThread t = PasteParser.parse("""
                ~23:00 UTC replication lag alert
                23:40 - failover started
                  (manual, runbook step 4)
                00:10 - failover complete
                """, new PasteOptions(null, null, Instant.parse("2026-11-20T23:05:00Z")));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-20T23:00:00Z"),
                Instant.parse("2026-11-20T23:40:00Z"), Instant.parse("2026-11-21T00:10:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("failover started (manual, runbook step 4)");
        assertThat(t.messages().get(1).source()).isEqualTo("paste:2");
    }

    @Test
    void anExportedTableWithoutDatesCrossesMidnightInTheOrderItWasWritten() {
        // phase 22 (held-out 29 read): a dispatch export "23:57 ... 00:17 ..." put its after-midnight rows on the day before
        ParsedThread t = PasteParser.parse("""
                time_local,source,event
                23:42,CTRL,activate all sirens
                23:57,911,800 calls since sirens began
                00:17,OEM,tweet: system malfunction
                01:20,CTRL,system disconnected
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-04-07"), Instant.parse("2026-04-08T05:00:00Z")));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-04-07T23:42:00Z"),
                Instant.parse("2026-04-07T23:57:00Z"), Instant.parse("2026-04-08T00:17:00Z"), Instant.parse("2026-04-08T01:20:00Z"));
        // near miss: a table whose times step back by less than three hours is not read as a new day (an export sorted by
        // another column)
        t = PasteParser.parse("""
                time_local,source,event
                10:42,CTRL,activate all sirens
                09:57,911,first call
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-04-07"), Instant.parse("2026-04-08T05:00:00Z")));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-04-07T09:57:00Z"),
                Instant.parse("2026-04-07T10:42:00Z"));
    }

    @Test
    void rowsThatOpenWithTheirHalfOfTheDayInKoreanOrJapaneseAreATimeline() {
        // phase 22 (held-out 29 read): an ops room's copy "오후 3:34 박지훈: ..." with day lines was read as free text, and
        // "오전 1:30" (1:30 in the morning, after the "16일" day line) as 13:30 the day before
        ParsedThread t = PasteParser.parse("""
                2022년 10월 15일 토요일
                오후 3:34 박지훈: job message not coming since some minutes
                오후 4:12 박지훈: last driver confirmed job by SMS
                2022년 10월 16일 일요일
                오전 1:30 김서연: KakaoTalk sending again (partly)
                """, new PasteOptions(ZoneId.of("Asia/Seoul"), LocalDate.parse("2022-10-15"), Instant.parse("2022-10-15T07:05:00Z")));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2022-10-15T06:34:00Z"),
                Instant.parse("2022-10-15T07:12:00Z"), Instant.parse("2022-10-15T16:30:00Z"));
        assertThat(t.messages().get(0).original()).startsWith("오후 3:34");
        // near miss: a Korean sentence that only mentions the afternoon is no row
        t = PasteParser.parse("오후에 다시 확인\n오후 회의 3시\n", new PasteOptions(ZoneId.of("Asia/Seoul"), LocalDate.parse("2022-10-15"), null));
        assertThat(t.format()).isNotEqualTo(ParsedThread.Format.TIMELINE);
    }

    @Test
    void aTeamsCopyWhoseHeadersWriteTheDayWithoutTheYearKeepsEachRowsDay() {
        // phase 22 (held-out 29 read): "[7/6 15:00] Shota Ishikawa: first terminal gate open" was put on the paste's first day
        ParsedThread t = PasteParser.parse("""
                [7/4 8:05] Shota Ishikawa: gate says system error since morning
                [7/4 11:00] Shota Ishikawa: all loading cancelled today
                [7/6 15:00] Shota Ishikawa: first terminal gate open, trucks moving
                """, new PasteOptions(ZoneId.of("Asia/Tokyo"), LocalDate.parse("2023-07-04"), Instant.parse("2023-07-04T00:00:00Z")));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2023-07-03T23:05:00Z"),
                Instant.parse("2023-07-04T02:00:00Z"), Instant.parse("2023-07-06T06:00:00Z"));
        assertThat(t.messages()).extracting(ChatMessage::author).containsOnly("Shota Ishikawa");
        // near miss: a header with its year still reads as before
        t = PasteParser.parse("[06/07/2023 15:00] Shota Ishikawa: first terminal gate open\n",
                new PasteOptions(ZoneId.of("Asia/Tokyo"), LocalDate.parse("2023-07-04"), Instant.parse("2023-07-04T00:00:00Z")));
        assertThat(t.messages()).extracting(ChatMessage::author).containsOnly("Shota Ishikawa");
    }

    @Test
    void aTeamsCopyWhoseHeadersWriteTheDayWithDashesIsAThread() {
        // phase 23 (held-out 30 read): "[30-7-2024 13:49] Monitoring Bot: ALERT ..." was one text, its author in it
        ParsedThread t = PasteParser.parse("""
                [30-7-2024 13:49] Monitoring Bot: ALERT synthetic 'checkout-nl' timeout x3 (AMS, FRA) - sev 2
                [30-7-2024 13:51] Sanne de Vries: kijk ik naar
                [31-7-2024 09:02] Sanne de Vries: alles groen
                """, new PasteOptions(ZoneId.of("Europe/Amsterdam"), LocalDate.parse("2024-07-30"), Instant.parse("2024-07-30T12:00:00Z")));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Monitoring Bot", "Sanne de Vries", "Sanne de Vries");
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2024-07-30T11:49:00Z"),
                Instant.parse("2024-07-30T11:51:00Z"), Instant.parse("2024-07-31T07:02:00Z"));
        assertThat(t.messages().get(0).text()).startsWith("ALERT synthetic");
    }

    @Test
    void aPastedAlertPayloadIsReadAsTextNotRefusedAsABrokenSlackExport() {
        // a monitoring tool's JSON body is evidence (the issue: alert payloads count); only an array of messages or an
        // object with "messages" is a Slack export
        ParsedThread oneLine = PasteParser.parse(
                "{\"alert\": \"api_error_rate\", \"severity\": \"critical\", \"fired_at\": \"2026-11-20T08:57:00Z\"}", UTC);
        assertThat(oneLine.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        assertThat(oneLine.messages()).singleElement().satisfies(m -> assertThat(m.text()).contains("2026-11-20T08:57:00Z"));

        ParsedThread pretty = PasteParser.parse("""
                {
                  "alert": "checkout_5xx",
                  "status": "firing",
                  "startsAt": "2026-11-20T08:57:00Z"
                }
                """, UTC);
        assertThat(pretty.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        assertThat(pretty.messages()).extracting(ChatMessage::text).contains("\"startsAt\": \"2026-11-20T08:57:00Z\"");

        // a broken export is still said to be one, with where it breaks
        assertThatThrownBy(() -> PasteParser.parse("[{\"ts\": \"1700000000.1\", \"text\": ", UTC))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void alertPayloadsPastedOneAfterAnotherOrCutShortAreReadAsTextToo() {
        // an on-call tool's payloads copied one after another (the trigger, then the resolve), or with a note below,
        // are several JSON values: no export, so read as text with every time kept, not refused as a broken export
        ParsedThread two = PasteParser.parse("""
                {"action": "Create", "alert": {"message": "SMS gateway timeouts", "createdAt": "2026-11-20T08:57:00Z"}}
                {"action": "Close", "alert": {"message": "SMS gateway timeouts", "updatedAt": "2026-11-20T09:31:00Z"}}
                """, UTC);
        assertThat(two.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        assertThat(String.join("\n", two.messages().stream().map(ChatMessage::text).toList()))
                .contains("2026-11-20T08:57:00Z").contains("2026-11-20T09:31:00Z");
        ParsedThread note = PasteParser.parse("{\"status\": \"firing\", \"startsAt\": \"2026-11-20T08:57:00Z\"}\nacked by Dana 09:02", UTC);
        assertThat(note.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        ParsedThread cut = PasteParser.parse("{\"incident\": {\"title\": \"Checkout 5xx\", \"created_at\": \"2026-11-20T08:57:00Z\",", UTC);
        assertThat(cut.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        assertThat(cut.messages()).extracting(ChatMessage::text).anySatisfy(t -> assertThat(t).contains("Checkout 5xx"));

        // near misses: an object with "messages" is an export, so one broken or followed by more is still refused
        assertThatThrownBy(() -> PasteParser.parse("{\"messages\": [{\"ts\": \"1700000000.1\", \"text\": ", UTC))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PasteParser.parse("{\"messages\": []} {\"messages\": []}", UTC))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> PasteParser.parse("[{\"ts\": \"1700000000.1\", \"text\": \"x\"}] {\"a\": 1}", UTC))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("Trailing token");
    }

    @Test
    void aPasteThatNeedsADayWithNoIncidentOrPasteDateIsRefusedInsteadOfGuessingToday() {
        assertThatThrownBy(() -> PasteParser.parse("\nDana Ops  10:52 PM\nchecking\n", new PasteOptions(ZoneOffset.UTC, null, null)))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("without a date");
    }

    @Test
    void aPasteWithoutZoneIsRefusedWithAMessageAskingForOne() {
        assertThatThrownBy(() -> PasteParser.parse("\nDana Ops  10:52 PM\nchecking\n", new PasteOptions(null, LocalDate.parse("2026-11-20"), null)))
                .isInstanceOf(PasteRefused.class)
                .hasMessage("This paste has times without a time zone (first: '10:52 PM' on line 2). Choose the zone the times were written in.");
        assertThatThrownBy(() -> PasteParser.parse("14:02 - rolled back\n14:10 - recovered", new PasteOptions(null, LocalDate.parse("2026-11-20"), null)))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("'14:02' on line 1");
    }

    @Test
    void slackExportNeedsNoZoneRewritesMarkupAndDropsJoins() {
        ParsedThread t = PasteParser.parse("""
                [{"type":"message","subtype":"channel_join","ts":"1700000000.000100","user":"U1","text":"<@U1> has joined"},
                 {"type":"message","ts":"1700000060.000200","user":"U1","user_profile":{"real_name":"Dana Ops"},
                  "text":"<@U2> see <https://grafana.acme.io/d/x|the dashboard> &amp; <!here>"},
                 {"type":"message","ts":"1700000120.000300","user":"U2","user_profile":{"real_name":"Mia Krystof"},"text":"ok","thread_ts":"1700000060.000200"},
                 {"type":"message","subtype":"bot_message","ts":"1700000000.000050","username":"Datadog","text":"Triggered: 5xx"}]
                """, new PasteOptions(null, null, null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.SLACK_EXPORT);
        assertThat(t.messages()).extracting(ChatMessage::source).containsExactly("slack:1700000000.000050", "slack:1700000060.000200", "slack:1700000120.000300");
        assertThat(t.messages().get(0).bot()).isTrue();
        assertThat(t.messages().get(1).text()).isEqualTo("@Mia Krystof see the dashboard (https://grafana.acme.io/d/x) & @here");
        assertThat(t.messages().get(1).at()).isEqualTo(Instant.ofEpochSecond(1700000060, 200_000));
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        assertThatThrownBy(() -> PasteParser.parse("[{\"ts\":\"1700000000.1\",\n \"text\": \"x\" ,,]", UTC))
                .isInstanceOf(PasteRefused.class)
                .hasMessageStartingWith("The Slack export is not valid JSON at line 2, column");
    }

    @Test
    void bracketedLogAndChatLinesAreTextNotABrokenSlackExport() {
        // a log with a bracketed date-time, IRC with a bracketed clock, WhatsApp with a bracketed day and time: none is
        // JSON, so none is refused as a broken export (the log is kept as text; reading its bracketed stamps as rows is
        // not done yet)
        ParsedThread log = PasteParser.parse("[2026-11-20 09:12:40 UTC] CRIT probe checkout-eu failing (5/5)\n"
                + "[2026-11-20 09:31:02 UTC] OK probe checkout-eu", UTC);
        assertThat(log.format()).isNotEqualTo(ParsedThread.Format.SLACK_EXPORT);
        assertThat(log.messages()).extracting(ChatMessage::text).first().asString().contains("CRIT probe checkout-eu failing");
        for (String paste : List.of(
                "[09:14] <mkral> checkout is throwing 502s\n[09:16] <tdoyle> looking",
                "[20/11/26, 9:14:05 AM] Mia Krystof: checkout down for us too\n[20/11/26, 9:20:41 AM] Tom Doyle: on it")) {
            ParsedThread t = PasteParser.parse(paste, UTC);
            assertThat(t.format()).as(paste).isNotEqualTo(ParsedThread.Format.SLACK_EXPORT);
            assertThat(t.messages()).as(paste).hasSize(2);
            assertThat(t.messages().get(0).at()).as(paste).isEqualTo(Instant.parse("2026-11-20T09:14:00Z")); // to the minute
        }
        // an array of message objects is still an export, and a broken one is still refused with where it broke
        assertThatThrownBy(() -> PasteParser.parse("[ {\"ts\": \"1700000000.1\" \"text\": \"x\"} ]", UTC))
                .isInstanceOf(PasteRefused.class).hasMessageStartingWith("The Slack export is not valid JSON");
    }

    @Test
    void tooLargeBinaryAndEmptyPastesAreRefusedClearly() {
        String big = "x".repeat(5_000_000);
        assertThatThrownBy(() -> PasteParser.parse(big, UTC)).isInstanceOf(PasteRefused.class)
                .hasMessageStartingWith("Paste too large: 5.0 MB, limit 4 MB");
        assertThatThrownBy(() -> PasteParser.parse("PK\u0003\u0004\u0000\u0000binary", UTC)).isInstanceOf(PasteRefused.class)
                .hasMessageContaining("does not look like text");
        assertThatThrownBy(() -> PasteParser.parse("   \n ", UTC)).isInstanceOf(PasteRefused.class).hasMessage("The paste is empty.");
        assertThatThrownBy(() -> PasteParser.parse("a\n".repeat(60_000), UTC)).isInstanceOf(PasteRefused.class)
                .hasMessageContaining("limit 50000 lines");
    }

    @Test
    void textWithoutStructureBecomesFreeTextLines() {
        ParsedThread t = PasteParser.parse("we think the db was slow\nthen it got better", UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
        assertThat(t.messages()).extracting(ChatMessage::text).containsExactly("we think the db was slow", "then it got better");
        assertThat(t.warnings()).isNotEmpty();
    }

    @Test
    void randomJunkNeverEscapesAsAnUncheckedException() {
        Random r = new Random(42);
        String alphabet = "abc XYZ 0123456789:[]{}\"\\,.-~@<>|\n\tAPMZ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(200);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            try {
                PasteParser.parse(sb.toString(), i % 2 == 0 ? UTC : new PasteOptions(null, null, null));
            } catch (PasteRefused expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void irssiLogWithDayChangesJoinsAndActions() {
        ParsedThread t = PasteParser.parse("""
                --- Log opened Wed Dec 16 18:55:01 2015
                18:58 -!- helen [~helen@10.0.0.7] has joined #ops
                [19:00] <helen> got paged a minute ago, ack
                [19:01] <@mateo> it's the queue
                   still looking at the producers
                [23:59] * victor is IC
                --- Day changed Thu Dec 17 2015
                [00:02] <+claire> status page updated
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2015-12-16"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.IRC);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("helen", "mateo", "victor", "claire");
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2015-12-17T03:00:00Z"),
                Instant.parse("2015-12-17T03:01:00Z"), Instant.parse("2015-12-17T07:59:00Z"), Instant.parse("2015-12-17T08:02:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("it's the queue\nstill looking at the producers");
        assertThat(t.messages().get(0).source()).startsWith("chat:");
        assertThat(t.messages().get(0).stamped()).isFalse();
    }

    @Test
    void weechatLogLinesCarryTheirOwnDate() {
        ParsedThread t = PasteParser.parse("""
                2015-12-16 19:00:12\t-->\thelen (~helen@10.0.0.7) has joined #ops
                2015-12-16 19:00:40\t@helen\tgot paged, API errors
                2015-12-17 00:02:05\tclaire\tall clear
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2015-12-16"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.IRC);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("helen", "claire");
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2015-12-17T03:00:00Z"), Instant.parse("2015-12-17T08:02:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("all clear");
    }

    @Test
    void discordCopyWithTodayDatedAndGroupedMessages() {
        ParsedThread t = PasteParser.parse("""
                Priya — Today at 9:41 AM
                checkout is down for me
                [9:42 AM]
                500s everywhere
                Ops Bot BOT — 20/11/2026 09:50
                Incident declared
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.DISCORD);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Priya", "Priya", "Ops Bot");
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-20T09:41:00Z"),
                Instant.parse("2026-11-20T09:42:00Z"), Instant.parse("2026-11-20T09:50:00Z"));
        assertThat(t.messages().get(2).bot()).isTrue();
    }

    @Test
    void zoomSavedChatInItsOldAndNewShapes() {
        ParsedThread t = PasteParser.parse("""
                17:44:05\t From Dmitri Volkov : shard 14 lost its primary at 17:35
                17:50:31\t From  Rachel Kim  to  Everyone : restart all nodes
                18:02:40 From Rachel Kim to Everyone:
                \terror rate at baseline
                \tcalling it
                """, new PasteOptions(ZoneId.of("Europe/Dublin"), LocalDate.parse("2026-07-10"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.ZOOM);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Dmitri Volkov", "Rachel Kim", "Rachel Kim");
        assertThat(t.messages().get(0).at()).isEqualTo("2026-07-10T16:44:00Z"); // seconds are dropped, like every chat header
        assertThat(t.messages().get(2).text()).isEqualTo("error rate at baseline\ncalling it");
    }

    @Test
    void googleMeetChatPanelWithTheSenderAndTheTimeOnTheirOwnLines() {
        ParsedThread t = PasteParser.parse("""
                Dana Ops
                10:52 AM
                checkout is throwing 500s
                You
                10:53 AM
                rolling back
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.MEET);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Dana Ops", "You");
        assertThat(t.messages()).extracting(ChatMessage::text).containsExactly("checkout is throwing 500s", "rolling back");
        assertThat(t.messages().get(1).at()).isEqualTo("2026-11-20T10:53:00Z");
    }

    @Test
    void aLogWithSlashedDatesIsATimelineOnThoseDays() {
        ParsedThread t = PasteParser.parse("""
                (live notes, all times UTC)
                2017/01/31 23:27 - removal terminated, site down
                2017/02/01 18:14 - back online
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2017-01-31"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2017-01-31T23:27:00Z"), Instant.parse("2017-02-01T18:14:00Z"));
    }

    @Test
    void whatsAppExportsAndTelegramCopies() {
        ParsedThread ios = PasteParser.parse("""
                [11/20/26, 9:41:12 AM] Priya: checkout is down
                [11/20/26, 9:47:03 AM] Sam: back up, error rate at baseline
                """, UTC);
        assertThat(ios.format()).isEqualTo(ParsedThread.Format.WHATSAPP);
        assertThat(ios.messages()).extracting(ChatMessage::author).containsExactly("Priya", "Sam");
        assertThat(ios.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-20T09:41:00Z"), Instant.parse("2026-11-20T09:47:00Z"));
        ParsedThread android = PasteParser.parse("""
                20/11/2026, 09:41 - Priya: checkout is down
                20/11/2026, 09:47 - Sam: back up
                """, UTC);
        assertThat(android.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2026-11-20T09:41:00Z"), Instant.parse("2026-11-20T09:47:00Z"));
        ParsedThread telegram = PasteParser.parse("""
                Priya, [20.11.26 09:41]
                checkout is down
                Sam, [20.11.26 09:47]
                back up
                """, UTC);
        assertThat(telegram.messages()).extracting(ChatMessage::author).containsExactly("Priya", "Sam");
        assertThat(telegram.messages()).extracting(ChatMessage::text).containsExactly("checkout is down", "back up");
        assertThat(telegram.messages().get(1).at()).isEqualTo("2026-11-20T09:47:00Z");
    }

    @Test
    void aForumThreadsPostHeadersOpenMessages() {
        // phase 18: a phpBB thread copied with its "Post by <name> » <day> <time>" headers, the post's text below
        ParsedThread forum = PasteParser.parse("""
                Server down?
                Post by kestrel » Feb 16th 2017 22:52
                cant log into portal, irc dead too. anyone else?
                Post by Laanders » Feb 17th 2017 10:55
                all services became unavailable at 22:36 CET
                by Hypello » Fri Feb 17, 2017 11:02 am
                back now
                """, new PasteOptions(ZoneId.of("Europe/Berlin"), LocalDate.parse("2017-02-16"), null));
        assertThat(forum.messages()).extracting(ChatMessage::author).containsExactly("kestrel", "Laanders", "Hypello");
        assertThat(forum.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2017-02-16T21:52:00Z"),
                Instant.parse("2017-02-17T09:55:00Z"), Instant.parse("2017-02-17T10:02:00Z"));
        assertThat(forum.messages().get(0).text()).isEqualTo("cant log into portal, irc dead too. anyone else?");
        // near miss: a line that only says who wrote it ("by kestrel, yesterday") is no header
        ParsedThread plain = PasteParser.parse("""
                Reported by kestrel » see above
                portal down since 22:40
                """, UTC);
        assertThat(plain.format()).isNotEqualTo(ParsedThread.Format.WHATSAPP);
    }

    @Test
    void frenchAndJapaneseClockTimesAreTimes() {
        assertThat(io.postmortem.evidence.time.TimeMentions.find("incident déclaré à 14h05, service rétabli vers 15h47"))
                .extracting(m -> m.time().toString()).containsExactly("14:05", "15:47");
        assertThat(io.postmortem.evidence.time.TimeMentions.find("22時17分 latency上昇、2h30 of downtime"))
                .extracting(m -> m.time().toString()).containsExactly("22:17");
    }

    @Test
    void anAmazonChimeCopyHasTheDatedStampTheNameAndTheTextOnOneLine() {
        ParsedThread t = PasteParser.parse("""
                [11/25/2020 5:22 AM] Priyanka Rao: it's the whole front-end fleet, not one cell
                [11/25/2020 10:23 PM] Owen Lagarde: all shards processing normally
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2020-11-25"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Priyanka Rao", "Owen Lagarde");
        // 10:23 PM Pacific on the 25th is the 26th in UTC
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2020-11-25T13:22:00Z"), Instant.parse("2020-11-26T06:23:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("all shards processing normally");
    }

    @Test
    void campfireAndHipChatCopiesHaveTheTimeInBracketsThenNameColonText() {
        ParsedThread t = PasteParser.parse("""
                [4:24 PM] Hubot: PagerDuty: incident #88123 TRIGGERED - frontend 5xx rate critical
                [4:26 PM] ines: half the fleet just rebooted???
                [11:52 PM] theo: here we go again, second wave
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2016-01-27"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Hubot", "ines", "theo");
        assertThat(t.messages().get(0).at()).isEqualTo("2016-01-28T00:24:00Z");
        assertThat(t.messages().get(0).text()).startsWith("PagerDuty: incident");
        assertThat(t.messages().get(0).bot()).isTrue();
        assertThat(t.messages().get(1).bot()).isFalse(); // near miss: a person
        assertThat(io.postmortem.evidence.chat.Bots.isBot("Hugo Botha")).isFalse();
    }

    @Test
    void slackDaySeparatorsWithAWeekdayAndAnOrdinalMoveTheDay() {
        ParsedThread t = PasteParser.parse("""
                Thursday, July 18th
                Tess Lowry  11:09 PM
                channel 291 content pushed to prod
                Friday, July 19th
                Kyle Brandt  12:27 AM
                291 reverted to the previous good version
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2024-07-18"), null));
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2024-07-19T04:09:00Z"), Instant.parse("2024-07-19T05:27:00Z"));
    }

    @Test
    void mattermostHandlesWithATwelveHourTimeAreMessageHeaders() {
        ParsedThread t = PasteParser.parse("""
                mtaylor 7:46 AM
                failsafe in dc2 halted issuance everywhere
                ndeluca 8:24 AM
                boulder restarted in dc2, first cert went out
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2015-12-15"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("mtaylor", "ndeluca");
        assertThat(t.messages().get(1).at()).isEqualTo("2015-12-15T16:24:00Z");
        assertThat(t.messages().get(1).text()).startsWith("boulder restarted");
        // near miss: a 24-hour time after a word is a line of text, not a header
        t = PasteParser.parse("""
                restart 07:46
                then checked again
                """, new PasteOptions(ZoneId.of("America/Los_Angeles"), LocalDate.parse("2015-12-15"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void campfireTranscriptLinesCarryNameTimeAndText() {
        ParsedThread t = PasteParser.parse("""
                Lena Ortiz 7:24am: every write 500s on BC3, support inbox filling up
                Ravi Cole 12:09pm: migration done on the primary, turning writes back on
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2018-11-08"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Lena Ortiz", "Ravi Cole");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2018-11-08T13:24:00Z"), Instant.parse("2018-11-08T18:09:00Z"));
        assertThat(t.messages().get(0).text()).isEqualTo("every write 500s on BC3, support inbox filling up");
        // near miss: a lower-case word before the time is no name
        t = PasteParser.parse("""
                deploy 7:24am: nothing happened
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2018-11-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void timelineRowsMayOpenWithAMonthAndDay() {
        ParsedThread t = PasteParser.parse("""
                Jun 07 06:34 UTC  #88121 [FIRING] file-open error ratio high (prod)
                Jun 07 17:41 UTC  #88121 resolved, engine CPU back under 60%
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2022-06-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2022-06-07T06:34:00Z"), Instant.parse("2022-06-07T17:41:00Z"));
        assertThat(t.messages().get(0).text()).startsWith("#88121 [FIRING]");
        // near miss: a sentence that mentions a day and a time is no row
        t = PasteParser.parse("""
                Since Jun 07 06:34 UTC the error ratio is high
                """, new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2022-06-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void aNameWithItsTimeInBracketsOpensAMessage() {
        ParsedThread t = PasteParser.parse("""
                Mara Quint (6:34 AM): gate printers timing out at two stations
                Olu Berg (7:58 AM): switch pulled from the path, bookings answering again
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2015-07-08"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Mara Quint", "Olu Berg");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2015-07-08T11:34:00Z"), Instant.parse("2015-07-08T12:58:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("switch pulled from the path, bookings answering again");
        // near miss: a bracket without a time is a note, not a header
        t = PasteParser.parse("""
                Rollback (step 2): done on the primary
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2015-07-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void kakaoAndLineCopiesWithAMorningOrAfternoonWordAndADateLine() {
        ParsedThread t = PasteParser.parse("""
                2021년 10월 25일 월요일
                [김민수] [오전 11:23] payments failing everywhere
                [이하늘] [오후 12:02] traffic normal again
                """, new PasteOptions(ZoneId.of("Asia/Seoul"), LocalDate.parse("2021-10-20"), null));
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("김민수", "이하늘");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2021-10-25T02:23:00Z"), Instant.parse("2021-10-25T03:02:00Z"));
        t = PasteParser.parse("""
                2022年7月2日(土)
                [Aoi] [午後 1:05] routes back
                """, new PasteOptions(ZoneId.of("Asia/Tokyo"), LocalDate.parse("2022-07-01"), null));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2022-07-02T04:05:00Z"));
        // near miss: a bracketed tag and a bracketed word that is no time
        t = PasteParser.parse("""
                [INFO] [router] config reloaded
                """, new PasteOptions(ZoneId.of("Asia/Seoul"), LocalDate.parse("2021-10-20"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void aMailChainCopiedWithItsHeadersIsReadAtEachMailsSentTime() {
        ParsedThread t = PasteParser.parse("""
                -----Original Message-----
                From: Service Desk
                Sent: 08 September 2008 08:52
                Subject: RE: Gateway - cannot connect
                Two customers report their sessions dropping.
                -----Original Message-----
                From: Operations
                Sent: 08 September 2008 09:15
                To: All members
                Subject: Notice - access suspended
                No one can place orders at this time.
                """, new PasteOptions(ZoneId.of("Europe/London"), LocalDate.parse("2008-09-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.MAIL);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Service Desk", "Operations");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2008-09-08T07:52:00Z"), Instant.parse("2008-09-08T08:15:00Z"));
        assertThat(t.messages().get(0).text()).isEqualTo("Gateway - cannot connect.\nTwo customers report their sessions dropping.");
        // near miss: a "From:" line in prose with no dated Sent line is no mail header
        t = PasteParser.parse("""
                From: the NOC
                the gateway dropped again
                """, new PasteOptions(ZoneId.of("Europe/London"), LocalDate.parse("2008-09-08"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.FREE_TEXT);
    }

    @Test
    void aMailListCopiedWithItsHeadersOnOneLineIsReadAtEachMailsSentTime() {
        // phase 30 (held-out 36 read): a mail client's list view copies "From: ... | Sent: ... | Subject: ..." on one line;
        // the body lines after it had no time and were lost from the timeline ("Patients say the phone assistant goes silent")
        ParsedThread t = PasteParser.parse("""
                From: Owen Gallagher | Sent: Thu 7/24/2025 11:58 AM | Subject: RE: phone bot super slow??
                All clear: replies are instant again since 11:40.
                From: Dana Kowalczyk | Sent: Thu 7/24/2025 7:58 AM | Subject: phone bot super slow??
                Patients say the phone assistant goes silent for ages before answering.
                """, new PasteOptions(ZoneId.of("America/Chicago"), LocalDate.parse("2025-07-24"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.MAIL);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Owen Gallagher", "Dana Kowalczyk");
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2025-07-24T16:58:00Z"), Instant.parse("2025-07-24T12:58:00Z"));
        assertThat(t.messages().get(1).text()).isEqualTo("phone bot super slow??.\nPatients say the phone assistant goes silent for ages before answering.");
        // near miss: a chat line that names a sender and a time with bars is no mail header
        t = PasteParser.parse("""
                From: the NOC | the gateway dropped again | 09:14
                """, new PasteOptions(ZoneId.of("Europe/London"), LocalDate.parse("2008-09-08"), null));
        assertThat(t.format()).isNotEqualTo(ParsedThread.Format.MAIL);
    }

    @Test
    void pidginAndTradingDeskLogsNameTheSenderAfterTheTime() {
        PasteOptions utc = new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2026-11-20"), null);
        ParsedThread t = PasteParser.parse("""
                (11:07:40 AM) Dana: no cross print yet
                (11:12:03 AM) Omar: trader alert, FB delayed
                (01:50:22 PM) Dana: execution reports arriving now
                """, utc);
        assertThat(t.messages()).extracting(ChatMessage::author).containsExactly("Dana", "Omar", "Dana");
        assertThat(t.messages().get(2).at().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)).isEqualTo("2026-11-20T13:50:00Z");
        assertThat(t.messages().get(0).text()).isEqualTo("no cross print yet");
        ParsedThread j = PasteParser.parse("""
                (21:38) jenkins: web-app #4412 FAILED - npm ERR! 404
                (21:45) olly: is the build node out of disk again?
                """, utc);
        assertThat(j.messages()).extracting(ChatMessage::author).containsExactly("jenkins", "olly");
        assertThat(j.messages().get(0).bot()).isTrue();
        ParsedThread d = PasteParser.parse("""
                13:41:55 lkowalczyk: something is very wrong, ES down 3 handles
                13:42:30 cme_desk_mike: seeing it, sellers everywhere
                13:45:28 cme_desk_mike: stop logic hit, 5 sec pause
                """, utc);
        assertThat(d.messages()).extracting(ChatMessage::author).containsExactly("lkowalczyk", "cme_desk_mike", "cme_desk_mike");
        assertThat(d.messages().get(2).text()).isEqualTo("stop logic hit, 5 sec pause");
        // near miss: a timeline's rows with a label and a colon but no seconds stay rows of text
        ParsedThread r = PasteParser.parse("""
                09:41 deploy: canary started
                09:52 rollback: done
                """, utc);
        assertThat(r.messages()).extracting(ChatMessage::author).doesNotContain("deploy", "rollback");
    }

    @Test
    void aDaySeparatorDrawnWithRulesAndAWeekdayDatesTheRowsAfterIt() {
        ParsedThread t = PasteParser.parse("""
                --- 2022-07-02 (土) ---
                01:35 Tama: core router replaced per plan
                --- 2022-07-03 (日) ---
                17:30 restoration work finished in the west
                === 2022-07-04 (Mon) ===
                15:00 traffic at normal level everywhere
                """, new PasteOptions(ZoneId.of("Asia/Tokyo"), LocalDate.parse("2022-07-02"), null));
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2022-07-01T16:35:00Z"),
                Instant.parse("2022-07-03T08:30:00Z"), Instant.parse("2022-07-04T06:00:00Z"));
    }

    @Test
    void aPastesIstIsReadInThePastesZoneWhenThatIsIrish() {
        // phase 17: an Irish floor log says "IST" for Irish Standard Time; the same line pasted in UTC keeps India's
        String log = "01:06 IST no calls presenting for 6 min, test call fails\n02:15 IST calls presenting again\n";
        PasteOptions dublin = new PasteOptions(ZoneId.of("Europe/Dublin"), LocalDate.parse("2022-06-28"), Instant.parse("2022-06-28T09:00:00Z"));
        assertThat(PasteParser.parse(log, dublin).messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2022-06-28T00:06:00Z"), Instant.parse("2022-06-28T01:15:00Z"));
        PasteOptions utc = new PasteOptions(ZoneOffset.UTC, LocalDate.parse("2022-06-28"), Instant.parse("2022-06-28T09:00:00Z"));
        assertThat(PasteParser.parse(log, utc).messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2022-06-28T19:36:00Z"), Instant.parse("2022-06-28T20:45:00Z"));
    }
    @Test
    void aPagingToolsCsvExportWithAHeaderRowGivesOneStampedRowPerPageRaised() {
        // a PagerDuty-style export: the creation column's time is when each page was raised, the urgency column says it
        // was a page, the title is what it said; a quoted title keeps its comma
        ParsedThread t = PasteParser.parse("""
                incident_number,created_on,service,urgency,title
                88412,2026-11-20 00:18:41 UTC,platform-dns,high,"DNS failures > 50%, all pods"
                88419,2026-11-20 00:25:03 UTC,events-api,high,Events API 5xx above threshold
                """, UTC);
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2026-11-20T00:18:00Z"), Instant.parse("2026-11-20T00:25:00Z"));
        assertThat(t.messages().get(0).text()).isEqualTo("triggered: 88412, platform-dns, urgency high, DNS failures > 50%, all pods");
        assertThat(t.messages().get(0).stamped()).isTrue();
        assertThat(t.messages().get(0).line()).isEqualTo(2);
        assertThat(t.messages().get(0).original()).contains("88412,2026-11-20 00:18:41 UTC,platform-dns");
    }

    @Test
    void anExportsStateColumnSaysWhatEachRowIsAndAZoneInTheHeaderReadsItsTimes() {
        // an event log (the same alert triggered, acknowledged, resolved) with its times in the header's zone
        ParsedThread log = PasteParser.parse("""
                Alert ID\tCreated At (UTC)\tStatus\tPriority\tMessage
                a-17\t2026-11-20 09:41:07\ttriggered\tP1\tcheckout 5xx > 5%
                a-17\t2026-11-20 09:44:30\tacknowledged\tP1\tcheckout 5xx > 5%
                """, new PasteOptions(ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-11-20"), null));
        assertThat(log.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2026-11-20T09:41:00Z"), Instant.parse("2026-11-20T09:44:00Z"));
        assertThat(log.messages()).extracting(ChatMessage::text)
                .containsExactly("triggered: a-17, Priority P1, checkout 5xx > 5%", "acknowledged: a-17, Priority P1, checkout 5xx > 5%");
        // a monitor's export of a state's windows: one row, both ends said; a state the row only has now is left out
        ParsedThread mon = PasteParser.parse("""
                check,target,state,since_utc,until_utc
                icmp,edge-v4,DOWN,2026-11-20 18:30:18,2026-11-20 18:34:21
                """, UTC);
        assertThat(mon.messages()).singleElement().satisfies(m -> {
            assertThat(m.at()).isEqualTo(Instant.parse("2026-11-20T18:30:00Z"));
            assertThat(m.text()).isEqualTo("down from 2026-11-20 18:30:18 UTC until 2026-11-20 18:34:21 UTC: icmp, edge-v4");
        });
        ParsedThread closed = PasteParser.parse("""
                Alias,Message,Priority,Created At (UTC),Status
                q-restarts,worker restarts > 10/min,P1,2026-11-20 09:46:31,Closed
                """, UTC);
        assertThat(closed.messages()).extracting(ChatMessage::text).containsExactly("triggered: q-restarts, worker restarts > 10/min, Priority P1");
    }

    @Test
    void aMarkdownTableOfTimesIsReadAndTextWithCommasIsNoTable() {
        ParsedThread md = PasteParser.parse("""
                | Time (UTC) | Event |
                |---|---|
                | 09:41 | first 5xx on checkout |
                | 10:02 | rollback complete, errors gone |
                """, UTC);
        assertThat(md.messages()).extracting(ChatMessage::at)
                .containsExactly(Instant.parse("2026-11-20T09:41:00Z"), Instant.parse("2026-11-20T10:02:00Z"));
        assertThat(md.messages()).extracting(ChatMessage::text).containsExactly("first 5xx on checkout", "rollback complete, errors gone");
        // prose with commas in its first line, and times in its text, stays free text
        ParsedThread prose = PasteParser.parse("""
                Summary, written by Dana, for the review
                Checkout failed from 09:41 to 10:02, then recovered.
                """, UTC);
        assertThat(prose.format()).isNotEqualTo(ParsedThread.Format.TIMELINE);
        // a time without a zone, in the header or the cell, and none given: the person is asked for it
        assertThatThrownBy(() -> PasteParser.parse("id,created,priority\n1,2026-11-20 09:41:00,P1\n", new PasteOptions(null, LocalDate.parse("2026-11-20"), null)))
                .isInstanceOf(PasteRefused.class).hasMessageContaining("zone");
    }
    @Test
    void aDutyLogsRowsDatedDayMonthYearWithDashesAreReadOnTheirOwnDays() {
        ParsedThread t = PasteParser.parse("""
                03-04-2022 10:04  monitoring: travel information 60 min behind
                03-04-2022 22:28  night network running
                04-04-2022 05:00  timetable mostly back to normal
                """, new PasteOptions(ZoneId.of("Europe/Amsterdam"), LocalDate.parse("2022-04-03"), null));
        assertThat(t.format()).isEqualTo(ParsedThread.Format.TIMELINE);
        assertThat(t.messages()).extracting(ChatMessage::at).containsExactly(Instant.parse("2022-04-03T08:04:00Z"),
                Instant.parse("2022-04-03T20:28:00Z"), Instant.parse("2022-04-04T03:00:00Z"));
        assertThat(t.messages().get(2).text()).isEqualTo("timetable mostly back to normal");
    }
}

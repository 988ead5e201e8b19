package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.testsupport.TestJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Corroboration ({@link KeyTime#corroboratedBy}) on candidate lists the evidence engine gave for study incidents
 * (quotes, confidences, sources and reasons as it wrote them): held-out 14's Linode 2022-08 and Photon 2015-07 with the
 * phase 12 rules, held-out 11's GCP IAM 2020-04 with the phase 9 rules, held-out 2's Spotify 2022 with today's.
 */
class KeyTimeAgreementTest {

    private static KeyTimeCandidate c(String at, double confidence, Statement statement, String source, String where, String author,
                                      String original, String reason, String quote) {
        return new KeyTimeCandidate(Instant.parse(at), source, where, quote, original, null, author, null, statement,
                statement == Statement.TICKET_RECORD ? KeyTime.Basis.INFERRED : KeyTime.Basis.STATED, confidence, reason);
    }

    private static KeyTime stated(KeyTimeCandidate chosen, List<KeyTimeCandidate> candidates) {
        return KeyTime.of(chosen, KeyTime.Basis.STATED, chosen.reason(), candidates);
    }

    private static KeyTimes detectedOnly(KeyTime detected) {
        return new KeyTimes(KeyTime.unknown(), detected, KeyTime.unknown());
    }

    // Linode, 1 August 2022: the netmon alert pasted into the description, and the public write-up's "alerted at 21:40 UTC"
    private static final KeyTimeCandidate ALERT = c("2022-08-01T21:40:00Z", 0.9, Statement.MACHINE_STAMP, "issue:NET-2208", "description",
            "Rafael Dominguez", "2022-08-01T21:40:07Z", "alert, machine stamp",
            "2022-08-01T21:40:07Z CRIT netmon edge-reach eu-west: 0/14 probes (rtr-lon-edge1, rtr-lon-edge2) severity=page");
    private static final KeyTimeCandidate WRITE_UP = c("2022-08-01T21:40:00Z", 0.9, Statement.HINDSIGHT, "comment:140603", "comment 140603",
            "Ines Ferraro", "21:40 UTC", "first page, alert or report, written in hindsight",
            "Our engineers were alerted to EU-West's degraded state at 21:40 UTC and began investigating immediately.");
    private static final KeyTimeCandidate TICKET = c("2022-08-01T22:02:00Z", 0.1, Statement.TICKET_RECORD, "issue:NET-2208", "ticket",
            "Rafael Dominguez", null, "the ticket's creation, which is not detection by itself", "The ticket was created.");

    @Test
    void aMachineStampAndARecapInAnotherMessageThatSayTheSameMinuteCorroborateIt() {
        KeyTimes k = detectedOnly(stated(ALERT, List.of(ALERT, WRITE_UP, TICKET)));

        assertThat(k.detected().corroborated()).isTrue();
        assertThat(k.detected().corroboratedBy()).containsExactly(WRITE_UP); // Jira's record never corroborates
        assertThat(KeyTimeAgreement.corroboratedBy("detected", k)).containsExactly(WRITE_UP);
        // a chat clock two minutes off still says the same moment
        KeyTimeCandidate twoMinutesOff = c("2022-08-01T21:42:00Z", 0.9, Statement.HINDSIGHT, WRITE_UP.source(), WRITE_UP.where(),
                WRITE_UP.author(), "21:42 UTC", WRITE_UP.reason(), WRITE_UP.quote().replace("21:40", "21:42"));
        assertThat(detectedOnly(stated(ALERT, List.of(ALERT, twoMinutesOff))).detected().corroboratedBy()).containsExactly(twoMinutesOff);
        KeyTimeCandidate fourMinutesOff = c("2022-08-01T21:44:00Z", 0.9, Statement.HINDSIGHT, WRITE_UP.source(), WRITE_UP.where(),
                WRITE_UP.author(), "21:44 UTC", WRITE_UP.reason(), WRITE_UP.quote().replace("21:40", "21:44"));
        assertThat(detectedOnly(stated(ALERT, List.of(ALERT, fourMinutesOff))).detected().corroborated()).isFalse();
    }

    @Test
    void theSameSentenceAgainIsOneSourceNotTwo() {
        // the alert line pasted again in a comment: the same sentence, so it says nothing new
        KeyTimeCandidate sameLineAgain = c(ALERT.at().toString(), 0.9, Statement.MACHINE_STAMP, "comment:140601", "comment 140601",
                "Ines Ferraro", "21:40:07Z", "alert, machine stamp", ALERT.quote());
        assertThat(detectedOnly(stated(ALERT, List.of(ALERT, sameLineAgain, TICKET))).detected().corroborated()).isFalse();
        // and the chosen sentence read twice (two readings of one line) is not a second source either
        KeyTimeCandidate secondReading = c(ALERT.at().toString(), 0.75, Statement.LIVE_REPORT, ALERT.source(), ALERT.where(),
                ALERT.author(), "21:40", "alert, said live", ALERT.quote());
        assertThat(detectedOnly(stated(ALERT, List.of(ALERT, secondReading))).detected().corroborated()).isFalse();
    }

    @Test
    void anotherSentenceOfTheSameCommentIsNotAnotherSource() {
        // GCP, 8 April 2020, as the phase 9 rules read it: two sentences of one pasted status comment, two minutes apart
        // (and both on the wrong day: one writer's misreading is not confirmed by the same writer)
        KeyTimeCandidate iam = c("2020-04-14T13:48:00Z", 0.8, Statement.LIVE_REPORT, "comment:131023", "comment 131023", "Kwame Sato",
                "6:48", "start of the impact window, said live",
                "On Wednesday 08 April, 2020 from 6:48 to 7:42 US/Pacific, Cloud IAM experienced an outage, 100% error rate globally on internal Cloud IAM API requests.");
        KeyTimeCandidate gmail = c("2020-04-14T13:50:00Z", 0.6, Statement.LIVE_REPORT, "comment:131023", "comment 131023", "Kwame Sato",
                "6:50", "start of a failure window, said live", "Gmail: delays receiving and sending emails from 6:50 to 7:39.");
        KeyTimes k = new KeyTimes(stated(iam, List.of(iam, gmail)), KeyTime.unknown(), KeyTime.unknown());

        assertThat(k.started().corroborated()).isFalse();
    }

    @Test
    void twoLooseStatementsDoNotCorroborateEachOther() {
        // Photon, 20 July 2015 (phase 12 rules): a studio's "we're back" and a live "accepting connections again" agree
        // on 14:05, but neither is firm, and impact had ended at 13:40
        KeyTimeCandidate studio = c("2015-07-20T14:05:00Z", 0.6, Statement.LIVE_REPORT, "paste:4", "paste 1, line 4", null, "16:05",
                "recovery, said live", "Mon 20.07.2015 16:05 support@ (studio in Austin) \"we're back, thanks\"");
        KeyTimeCandidate live = c("2015-07-20T14:05:00Z", 0.55, Statement.LIVE_REPORT, "comment:140702", "comment 140702", "Lena Hartmann",
                "14:05 UTC (posted)", "recovery, the message's own time", "US Cloud accepting connections again, customers confirm.");
        KeyTimes k = new KeyTimes(KeyTime.unknown(), KeyTime.unknown(), stated(studio, List.of(studio, live)));

        assertThat(k.resolved().corroborated()).isFalse();
    }

    @Test
    void aDisputedTimeIsNotCorroboratedEvenWhenAnotherMessageAgrees() {
        // Spotify, 8 March 2022: the recap and the live "fully mitigated." agree on 20:35, but the all-clear at 21:50 CET
        // (20:50 UTC) is as firm and says otherwise: the reviewer is asked to check, not told it is settled
        KeyTimeCandidate recap = c("2022-03-08T20:35:00Z", 0.9, Statement.HINDSIGHT, "comment:55087", "comment 55087", "Ingrid Solberg",
                "20:35 UTC", "end of impact, written in hindsight", "- 20:35 UTC: incident fully mitigated");
        KeyTimeCandidate live = c("2022-03-08T20:35:00Z", 0.8, Statement.LIVE_REPORT, "slack:1646771700.000015", "paste 1, line 15",
                "Ingrid Solberg", "9:35 PM", "end of impact, the message's own time", "fully mitigated.");
        KeyTimeCandidate allClear = c("2022-03-08T20:50:00Z", 0.8, Statement.LIVE_REPORT, "comment:55085", "comment 55085", "Marcus Bell",
                "21:50 CET", "end of impact, said live", "Tweeted all-clear at 21:50 CET.");
        KeyTimes k = new KeyTimes(KeyTime.unknown(), KeyTime.unknown(), stated(recap, List.of(recap, live, allClear)));

        assertThat(KeyTimeAgreement.disputedBy("resolved", k).by()).isEqualTo(allClear);
        assertThat(k.resolved().corroborated()).isFalse();
        // without the all-clear, the two messages corroborate it
        KeyTimes agreed = new KeyTimes(KeyTime.unknown(), KeyTime.unknown(), stated(recap, List.of(recap, live)));
        assertThat(agreed.resolved().corroboratedBy()).containsExactly(live);
    }

    @Test
    void aPersonsTimeAnInferredTimeAndAnUnknownTimeAreNeverCorroborated() {
        List<KeyTimeCandidate> all = List.of(ALERT, WRITE_UP, TICKET);
        KeyTime picked = KeyTime.of(ALERT, KeyTime.Basis.MANUAL, "chosen by a person: " + ALERT.reason(), all);
        assertThat(detectedOnly(picked).detected().corroborated()).isFalse();
        assertThat(detectedOnly(KeyTime.of(ALERT, KeyTime.Basis.INFERRED, ALERT.reason(), all)).detected().corroborated()).isFalse();
        assertThat(detectedOnly(KeyTime.unknown("nothing in the evidence says it clearly enough", all)).detected().corroborated()).isFalse();
    }

    @Test
    void corroborationIsDerivedNeverTakenFromJson() {
        KeyTimes k = detectedOnly(stated(ALERT, List.of(ALERT, WRITE_UP, TICKET)));
        ObjectNode json = TestJson.MAPPER.valueToTree(k);
        assertThat(json.at("/detected/corroboratedBy/0/where").asString()).isEqualTo("comment 140603");
        assertThat(json.at("/started/corroboratedBy").size()).isZero();

        // a client that sends its own list (or none) gets what the candidates say
        ((ObjectNode) json.get("detected")).putArray("corroboratedBy").addObject().put("at", "2020-01-01T00:00:00Z").put("where", "forged");
        ((ObjectNode) json.get("started")).putArray("corroboratedBy").addObject().put("at", "2020-01-01T00:00:00Z").put("where", "forged");
        KeyTimes read = TestJson.MAPPER.treeToValue(json, KeyTimes.class);
        assertThat(read.detected().corroboratedBy()).containsExactly(WRITE_UP);
        assertThat(read.started().corroboratedBy()).isEmpty();
        ((ObjectNode) json.get("detected")).remove("corroboratedBy"); // a document stored before corroboration existed
        assertThat(TestJson.MAPPER.treeToValue(json, KeyTimes.class).detected().corroboratedBy()).containsExactly(WRITE_UP);
    }
}

package io.postmortem.evidence;

import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeAgreement;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.rules.TimesRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study: incidents from public post-mortems, written as messy tickets and threads by someone who did not write the
 * rules (src/test/resources/evidence/study/, SOURCES.md, SOURCES-heldout2.md). The DEV half (dev.txt) was read while
 * building the rules (phase 1); the first HELD-OUT half (heldout.txt) was reported once untouched and then, in phase 2,
 * read and tuned on too; HELD-OUT 2 (heldout2.txt), written later by another helper, was run once untouched at the end
 * of phase 2 and then read and tuned on in phase 3. HELD-OUT 3 (heldout3.txt), written by someone else after phase 3,
 * was scored once untouched and then tuned on in phase 4. HELD-OUT 4 (heldout4.txt), sealed until phase 4 was done, was
 * scored once untouched and then tuned on in phase 5 (details with {@code -Dstudy.heldout4.details=true}). HELD-OUT 5
 * (heldout5.txt), written by someone who read only the data formats, was scored once untouched after phase 5 and then
 * tuned on in phase 6. HELD-OUT 6 (heldout6.txt), written the same way after phase 6, was scored once untouched and
 * then tuned on in phase 7; HELD-OUT 7 in phase 8; HELD-OUT 8 (scored once untouched after phase 8) lightly in phase 9;
 * HELD-OUT 10 (heldout10.txt, scored once untouched after phase 9) in phase 10, with HELD-OUT 11 kept unseen; HELD-OUT 9
 * and 11 (scored untouched after phase 9, held-out 11 once more after phase 10) in phase 11. HELD-OUT 12 (SaaS) and 13
 * (outside software), written by two helpers after phase 11, were each scored once with the phase 11 rules (15 and 9 of
 * 24 exact, 6 and 1 wrong STATED, timeline 93.3% and 83.3%) and then read and tuned on in phase 12, which fixed kinds of
 * reasoning rather than sentences (a total-outage window inside a milder impact is its worst phase; partial recoveries
 * said as 'almost', 'internally', 'resuming', 'NOT the end' in the next sentence, 'hours ago'; a later message saying the
 * start or end is not known; write-ups copied 'for the file' or '(final)' are hindsight on the incident's day; what users
 * do halted/resumed; a delay window). A calibration that labels a weak or contradicted STATED pick INFERRED was measured
 * on every set and not kept (it fixed 2 wrong STATED picks and demoted 21 right ones). HELD-OUT 14 (SaaS) and 15
 * (outside software), written during phase 12 by helpers who read no rules, were scored with the phase 11 and 12 rules
 * (phase 12: 18 and 10 of 32 exact, 9 of 26 and 5 of 15 STATED wrong, timeline 76.4% and 85.7%) and then read and tuned
 * on in phase 13, which fixed the most general causes first: time formats and days (duty and mail logs with a numeric
 * date, colonless times, a 12-hour clock never read as UTC, "today"/"tonight" in a late comment, a day written alone,
 * "19-Jul-2015", arrows in ranges, report notes as recaps), then kinds of reasoning ("affected" windows, the "most
 * significant period" of impact, recoveries "in stages" or of "99%", "precursors", a monitor's level word in capitals
 * opening a message, "no service" / a power or feeder trip / "loss of supply" as an onset). HELD-OUT 16 (cloud/SaaS)
 * and 17 (outside software), written during phase 13 by helpers who read no rules, were scored with the phase 12 and 13
 * rules (phase 13: 18 and 12 of 29 and 26 exact, 6 of 24 and 5 of 17 STATED wrong, timeline 86.4% and 79.7%) and then
 * read and tuned on in phase 14, timeline first: paste formats (a name with its time in brackets, KakaoTalk/LINE copies
 * with a morning/afternoon word and a year-month-day line, mail chains with From/Sent/Subject headers), a free-text
 * paste read whole so its header's day and zone date its later lines, US zones named by their word ("20:25 Eastern"),
 * a day written without its year dating the rows after it; then the kinds of reasoning behind wrong picks (a time that
 * only bounds the moment, a time said to be another moment's, a level "down to 15%" or a halt that "stayed halted"
 * taken as an onset, a restoration "being stepped back up" or a window over which the error rate "declined from 45% to
 * 2%" taken as the end, a wrap-up read on its own day). HELD-OUT 18 (cloud/SaaS) and 19 (outside software), written
 * during phase 14 by helpers who read no rules, were scored with the phase 13 and 14 rules (phase 14: 5 of 18 and 8 of
 * 26 exact, 1 of 6 and 5 of 13 STATED wrong, timeline 97.4% and 95.6%) and then read and tuned on in phase 15, wrong
 * STATED picks first: time formats (a weekday with a clock, "hrs" before a day, a numeric day read the way that puts it
 * near the incident, a zone nobody can read restated in a known one, a quoted text's zone not the writer's, windows
 * opened by "between approximately" or written in French/Spanish/German, a paste's Pidgin and desk-chat lines and ruled
 * day separators), then kinds of reasoning (the failure named at its time, the cause's or the infrastructure's recovery
 * not the service's, "close to 100%" partial, a posted status word or a statement out as communications, a report's
 * draft or another language's summary as a recap, a line's level word or a sender's as an alert, a person reporting
 * live what users cannot do, "our first call"); no earlier set fell, held-out 14 to 17 rose. HELD-OUT 20 (software) and
 * 21 (outside software), written during phase 15 by helpers who read no rules, were scored with the phase 14 and 15
 * rules (phase 15: 20 and 6 of 27 and 26 exact, 1 of 18 and 5 of 11 STATED wrong, timeline 92.3% and 92.6%) and then
 * read and tuned on in phase 16, by kind: time formats and pastes (a clock followed by "local" or "LT" in the writer's
 * zone, "published today" not dating a write-up's times, weekdays in French/Spanish/German/Dutch, a status entry's
 * "Posted ..." stamp keeping the entry's words, a paste's title writing one day dating its rows), hindsight (a
 * write-up "for the inquiry", an internal report or "Tijdlijn"/"Für den Bericht" in another language), refutations ("is
 * theirs, not ours", an end said not to be known in German/French/Spanish, knock-on effects, "sauf"/"außer" partial),
 * general start/detection words (an impact "for our customers", outages in the plural, people's reports arriving, a
 * paging tool's CSV row "triggered", Dutch/German/French onsets and recoveries); no earlier set fell, held-out 19's
 * timeline rose to 100%. Debug aids:
 * {@code -Dstudy.timeline=true} prints each shown incident's rows, {@code -Dstudy.look=true} prints every set's details
 * and figures without asserting.
 * HELD-OUT 22 (software) and 23 (outside software), written during phase 16 by helpers who read no rules, were scored
 * with the phase 15 and 16 rules (15 and 8 exact, 3 of 15 and 7 of 15 STATED wrong) and then read and tuned on in phase
 * 17: "IST" in the incident's own zone, "3.57pm" clocks, a monitor's RESOLVED line as a lagging hint, "warning sign, not
 * the outage", "tomorrow" as a plan, the first of several things re-energised as partial, control-system senders and
 * reporter rows of an operations log as detections, people losing the service as an onset. No unseen set is left in
 * this folder; held-out 24 stays sealed for the next phase. HELD-OUT 24 and 25, written during phases 16 and 17, were
 * scored with the phase 16 and 17 rules (16/26 and 12/28 exact, 6 and 6 STATED wrong) and then read and tuned on in phase
 * 18, by class rather than by sentence: "9.48 CEST" and "07:38 heure de Paris" clocks, a forum's post headers, a late
 * comment placing its times by weekday read as a recap of the incident's days, a window's start never an end, a harmless
 * precursor in the next clause not cancelling an explicit start, the cause fixed as the cause's recovery, "customers were
 * no longer affected" / "fin d'impact" as an end said outright. HELD-OUT 26, written while phase 18 was built, was scored with the
 * phase 17 and 18 rules (13/28 exact, 2 of 13 STATED wrong) and then read with 24 and 25 in phase 19, which worked on
 * extraction (the right minute among no candidate at all) rather than precedence: tables pasted with a header row, prose
 * forms ("until all order restrictions were removed at", "sessions dropped at", "from 17:00 on the 14th to the 15th", a
 * precise reading in parentheses, "Beginn 14:10 Uhr"), clocks against Chinese/Japanese/Korean words and full-width stops,
 * dashed day-month-year log dates, a status post said live as its own event.
 * <p>
 * Printed for each half: published events found at the right minute (±2 min); key times exact to the minute by kind
 * (started / detected / resolved) and by the expected basis (STATED / INFERRED); UNKNOWNs correctly left unknown
 * vs. wrongly given a time; and the precision of what the engine itself labels STATED (the goal: every stated key
 * time exact); and how the {@code times.disputed} warning (TimesRule) does on those STATED times: the wrong ones it
 * flags (catch) and the right ones it flags (false alarms), per set and in total over the sets it was tuned on (dev ..
 * held-out 21; held-out 22 and 23 are printed as not tuned on by it). Asserts the goals on every set, all of them now
 * tuned on, each with the misses the README names, and at most 20% false alarms of times.disputed on its tuning sets.
 * Also printed: how many STATED picks are right when corroborated ({@code KeyTime.corroboratedBy}), single-source or
 * disputed, and, for each known key time wrong or left UNKNOWN, whether the right minute was among the candidates of
 * that kind, another kind's or nowhere; corroborated picks must be right at least 95% of the time, here (dev ..
 * held-out 23, today's rules) and on each held-out set's first run (study/firstrun/, the second test).
 * {@code -Dstudy.split=dev} runs the development half alone (while tuning); {@code -Dstudy.debug=true} prints each
 * DEV incident's key times with their quotes, its candidates and its missed events; {@code -Dstudy.only=id,id} prints
 * only those incidents, with no goal asserted (for looking, not for judging).
 */
class EvidenceStudyTest {

    private static final String DIR = "study";
    private static final String[] KINDS = {"started", "detected", "resolved"};

    /** Figures of one half. */
    static final class Figures {
        int events, eventsFound;
        final Map<String, int[]> byKind = new LinkedHashMap<>();   // kind -> {exact, expected known}
        final Map<String, int[]> byBasis = new LinkedHashMap<>();  // expected basis -> {exact, total}
        int unknownExpected, unknownKept, unknownStated;
        /** Known key times the engine labels STATED at a wrong minute (the ship rules' cost counts these twice). */
        int knownStatedWrong;
        int statedByUs, statedByUsExact, inferredByUs, inferredByUsExact;
        int basisAgrees, keyTimes;
        /** times.disputed on the times the engine labels STATED: {wrong flagged, wrong, right flagged, right}. */
        final int[] disputed = new int[4];
        /**
         * The times the engine labels STATED by what their other candidates say ({@link KeyTimeAgreement}): {right, all}
         * for corroborated, single-source (neither corroborated nor disputed) and disputed, in that order.
         */
        final int[] agreement = new int[6];
        /**
         * The labelled known key times the engine got wrong (given another time), then those it left UNKNOWN: the right
         * minute (±2 min) among the candidates of that kind, only among another kind's, or nowhere (extraction, not
         * precedence, missed it).
         */
        final int[] rightMinute = new int[6];

        void add(Figures o) {
            events += o.events;
            eventsFound += o.eventsFound;
            o.byKind.forEach((k, a) -> {
                byKind.get(k)[0] += a[0];
                byKind.get(k)[1] += a[1];
            });
            o.byBasis.forEach((k, a) -> {
                byBasis.get(k)[0] += a[0];
                byBasis.get(k)[1] += a[1];
            });
            unknownExpected += o.unknownExpected;
            unknownKept += o.unknownKept;
            unknownStated += o.unknownStated;
            knownStatedWrong += o.knownStatedWrong;
            inferredByUs += o.inferredByUs;
            inferredByUsExact += o.inferredByUsExact;
            basisAgrees += o.basisAgrees;
            keyTimes += o.keyTimes;
            for (int j = 0; j < disputed.length; j++) disputed[j] += o.disputed[j];
            for (int j = 0; j < agreement.length; j++) agreement[j] += o.agreement[j];
            for (int j = 0; j < rightMinute.length; j++) rightMinute[j] += o.rightMinute[j];
            statedByUs += o.statedByUs;
            statedByUsExact += o.statedByUsExact;
        }

        Figures() {
            for (String k : KINDS) byKind.put(k, new int[2]);
            byBasis.put("STATED", new int[2]);
            byBasis.put("INFERRED", new int[2]);
        }

        double recall() {
            return events == 0 ? 0 : 100.0 * eventsFound / events;
        }

        int expectedKnown() {
            return byKind.values().stream().mapToInt(a -> a[1]).sum();
        }

        int exact() {
            return byKind.values().stream().mapToInt(a -> a[0]).sum();
        }

        /**
         * The cost the ship rules judge by (sealed/README): a known key time STATED at a wrong minute 2, a known key time
         * otherwise not exact (left UNKNOWN, or given an INFERRED wrong minute) 1, an UNKNOWN truth given a time 1.
         */
        int cost() {
            return expectedKnown() - exact() + knownStatedWrong + unknownStated;
        }
    }

    static List<String> split(String name) {
        return List.of(Corpus.resource(DIR, name).strip().split("\\s+"));
    }

    /** Runs one half; prints details only when {@code details} (never for the held-out half). */
    static Figures measure(List<String> ids, boolean details) {
        Figures f = new Figures();
        for (String id : ids) {
            Corpus.Incident inc = Corpus.load(DIR, id);
            Evidence ev = new EvidenceEngine(inc.clock()).analyze(inc.input());
            JsonNode exp = inc.expected();
            StringBuilder missed = new StringBuilder();
            int e = 0, found = 0;
            for (JsonNode x : exp.get("events")) {
                Instant at = minute(x.get(0).asString());
                e++;
                if (recovered(ev.timeline(), at, x.get(1))) found++;
                else missed.append("\n[study]     missed ").append(at).append(' ').append(x.get(1));
            }
            f.events += e;
            f.eventsFound += found;
            if (details) System.out.printf(Locale.ROOT, "[study] %-18s events %2d/%2d at the right minute%s%n", id, found, e, missed);
            if (details && Boolean.getBoolean("study.timeline"))
                for (TimelineEntry t : ev.timeline()) System.out.println("[study]     row " + t.at() + " | " + t.event());
            for (String k : KINDS) {
                JsonNode x = exp.get("keyTimes").get(k);
                KeyTime got = pick(ev, k);
                String basis = x.get("basis").asString();
                Instant want = x.get("at").isNull() ? null : minute(x.get("at").asString());
                boolean exact = want != null && got.known() && sameMinute(got.at(), want);
                f.keyTimes++;
                if (want == null) {
                    f.unknownExpected++;
                    if (got.known()) f.unknownStated++;
                    else f.unknownKept++;
                } else {
                    f.byKind.get(k)[1]++;
                    f.byBasis.get(basis)[1]++;
                    if (exact) {
                        f.byKind.get(k)[0]++;
                        f.byBasis.get(basis)[0]++;
                    }
                }
                if (got.basis().name().equals(basis)) f.basisAgrees++;
                if (want != null && !exact && got.known() && got.basis() == KeyTime.Basis.STATED) f.knownStatedWrong++;
                judge(f, k, ev.keyTimes(), want);
                if (got.basis() == KeyTime.Basis.INFERRED) {
                    f.inferredByUs++;
                    if (exact) f.inferredByUsExact++;
                }
                if (details) {
                    System.out.printf(Locale.ROOT, "[study]   %-8s %s expected %s %-8s got %s %-8s %s%s%n", k, exact || (want == null && !got.known()) ? "ok   " : "WRONG",
                            want, basis, got.at(), got.basis(), got.source(), KeyTimeAgreement.disputedBy(k, ev.keyTimes()) != null ? " (disputed)"
                                    : got.corroborated() ? " (corroborated)" : "");
                    if (Boolean.getBoolean("study.debug")) {
                        System.out.println("[study]            want quote: " + x.path("quote").asString(null) + " @ " + x.path("where").asString(null));
                        System.out.println("[study]            got  quote: " + got.quote() + " @ " + got.where() + " (" + got.reason() + ")");
                        for (var c : got.candidates())
                            System.out.printf(Locale.ROOT, "[study]              cand %s %.2f %-14s %s @ %s | %s%n", c.at(), c.confidence(), c.statement(),
                                    c.reason(), c.where(), c.quote());
                    }
                }
            }
        }
        return f;
    }

    private static KeyTime pick(Evidence ev, String kind) {
        return KeyTimeAgreement.time(kind, ev.keyTimes());
    }

    /**
     * What is derived from one key time's candidates, against the label ({@code want}, null for an expected UNKNOWN):
     * for a STATED pick, whether it is right, times.disputed flags it, and it is corroborated, single-source or
     * disputed; for a known time the engine got wrong or left UNKNOWN, where the right minute was among the candidates.
     */
    static void judge(Figures f, String kind, KeyTimes keyTimes, Instant want) {
        KeyTime got = KeyTimeAgreement.time(kind, keyTimes);
        boolean exact = want != null && got.known() && sameMinute(got.at(), want);
        if (got.basis() == KeyTime.Basis.STATED) {
            f.statedByUs++;
            if (exact) f.statedByUsExact++;
            boolean flagged = KeyTimeAgreement.disputedBy(kind, keyTimes) != null;
            f.disputed[exact ? 2 : 0] += flagged ? 1 : 0;
            f.disputed[exact ? 3 : 1]++;
            int cls = flagged ? 2 : got.corroborated() ? 0 : 1;
            f.agreement[2 * cls] += exact ? 1 : 0;
            f.agreement[2 * cls + 1]++;
        }
        if (want != null && !exact) {
            boolean sameKind = near(got.candidates(), want), otherKind = false;
            for (String k : KINDS) otherKind |= !k.equals(kind) && near(KeyTimeAgreement.time(k, keyTimes).candidates(), want);
            f.rightMinute[(got.known() ? 0 : 3) + (sameKind ? 0 : otherKind ? 1 : 2)]++;
        }
    }

    /** A candidate within 2 minutes of {@code want} (any confidence, Jira's records included). */
    private static boolean near(List<KeyTimeCandidate> candidates, Instant want) {
        return candidates.stream().anyMatch(c -> c.at() != null && Duration.between(c.at(), want).abs().compareTo(Duration.ofMinutes(2)) <= 0);
    }

    static boolean recovered(List<TimelineEntry> timeline, Instant at, JsonNode keywords) {
        for (TimelineEntry t : timeline) {
            if (t.at() == null || Duration.between(t.at(), at).abs().compareTo(Duration.ofMinutes(2)) > 0) continue;
            String event = t.event().toLowerCase(Locale.ROOT);
            for (JsonNode k : keywords) if (event.contains(k.asString().toLowerCase(Locale.ROOT))) return true; // a keyword written with capitals matches too
        }
        return false;
    }

    private static Instant minute(String s) {
        return Instant.parse(s.replace("Z", ":00Z"));
    }

    private static boolean sameMinute(Instant a, Instant b) {
        return a.getEpochSecond() / 60 == b.getEpochSecond() / 60;
    }

    static void print(String half, Figures f) {
        String p = "[study " + half + "]";
        System.out.printf(Locale.ROOT, "%s events at the right minute (±2 min): %d/%d = %.1f%% (goal >= 95%%)%n", p, f.eventsFound, f.events, f.recall());
        StringBuilder kinds = new StringBuilder();
        f.byKind.forEach((k, a) -> kinds.append(String.format(Locale.ROOT, " %s %d/%d;", k, a[0], a[1])));
        System.out.printf(Locale.ROOT, "%s key times exact to the minute: %d/%d;%s%n", p, f.exact(), f.expectedKnown(), kinds);
        StringBuilder bases = new StringBuilder();
        f.byBasis.forEach((k, a) -> bases.append(String.format(Locale.ROOT, " expected %s %d/%d;", k, a[0], a[1])));
        System.out.printf(Locale.ROOT, "%s by basis:%s expected UNKNOWN left unknown %d/%d, wrongly given a time %d%n", p, bases,
                f.unknownKept, f.unknownExpected, f.unknownStated);
        System.out.printf(Locale.ROOT, "%s what the engine labels STATED: %d, exact %d, wrong %d (goal: none wrong); labels INFERRED: %d, exact %d; basis agrees with the study %d/%d%n",
                p, f.statedByUs, f.statedByUsExact, f.statedByUs - f.statedByUsExact, f.inferredByUs, f.inferredByUsExact, f.basisAgrees, f.keyTimes);
        printDisputed(p, f.disputed);
        printAgreement(p, f);
        System.out.printf(Locale.ROOT, "%s cost %d (a known key time STATED at a wrong minute 2, otherwise not exact 1, an UNKNOWN truth given a time 1)%n", p, f.cost());
    }

    /** STATED picks that are corroborated, single-source or disputed, and how many of each are right; where wrong picks' right minutes were. */
    static void printAgreement(String p, Figures f) {
        int[] a = f.agreement;
        int right = a[0] + a[2] + a[4];
        System.out.printf(Locale.ROOT, "%s STATED picks right: corroborated %d/%d (%s), single-source %d/%d (%s), disputed %d/%d (%s); "
                        + "corroborated covers %d/%d right picks (%s)%n", p, a[0], a[1], share(a[0], a[1]), a[2], a[3], share(a[2], a[3]),
                a[4], a[5], share(a[4], a[5]), a[0], right, share(a[0], right));
        int[] m = f.rightMinute;
        System.out.printf(Locale.ROOT, "%s known key times wrong or UNKNOWN, right time (±2 min) among same-kind candidates / other-kind "
                        + "only / nowhere: wrong picks %d: %d / %d / %d; left UNKNOWN %d: %d / %d / %d; together %d / %d / %d%n", p,
                m[0] + m[1] + m[2], m[0], m[1], m[2], m[3] + m[4] + m[5], m[3], m[4], m[5], m[0] + m[3], m[1] + m[4], m[2] + m[5]);
    }

    /** The times.disputed warning on the times the engine labels STATED: the share of wrong ones it flags and of right ones. */
    static void printDisputed(String p, int[] d) {
        System.out.printf(Locale.ROOT, "%s times.disputed on STATED picks: wrong flagged %d/%d (catch %s), right flagged %d/%d (false alarms %s)%n",
                p, d[0], d[1], share(d[0], d[1]), d[2], d[3], share(d[2], d[3]));
    }

    private static String share(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * a / b);
    }

    /**
     * A held-out set and what it is held to now: the floor of the events found at the right minute, and (null: not
     * asserted) the most wrong STATED times, the most UNKNOWNs given a time, the fewest exact key times.
     */
    private record HeldOut(String file, String state, double minRecall, Integer maxWrongStated, Integer maxUnknownStated,
                           Integer minExact, String knownMisses) {
    }

    /** In the order they were written; each must share no incident with the sets before it. */
    private static final List<HeldOut> HELD_OUT = List.of(
            // tuned on since phase 2, so it kept the DEV goals until the learned precedence was retrained with held-out 27
            // (eleventh session): it then took GitLab 2017's 22:00 replication-lag page (a precursor, corroborated) for
            // the detection at 23:27; retrained on phase 20's candidates it leaves that detection UNKNOWN again (no STATED
            // wrong), so the DEV goal is back
            new HeldOut("heldout", "tuned on in phase 2", 95.0, 0, 0, null, ""),
            // read and tuned on in phase 3, so it keeps the DEV goals too
            new HeldOut("heldout2", "seen, tuned on in phase 3", 95.0, 0, 0, null, ""),
            // written by someone else after phase 3, scored once untouched (7 of 20 exact, README), then read and tuned on
            // in phase 4: it keeps the goals it now meets, and its one known miss (README) is allowed for
            new HeldOut("heldout3", "seen, tuned on in phase 4", 95.0, 1, 0, null, " (one known miss)"),
            // written by someone else after phase 3 and sealed until phase 4 was done, scored once untouched (13 of 25
            // exact, 3 wrong STATED: README), then read and tuned on in phase 5; phase 12's general rules (not tuned on
            // it) brought it to 25 of 25 with none wrong, which it keeps
            new HeldOut("heldout4", "scored once untouched, then tuned on in phase 5", 95.0, 0, 0, 25, ""),
            // written by someone who read only the data formats, after phase 5; scored once untouched (18 of 26 exact,
            // 3 wrong STATED: README), then read and tuned on in phase 6; it keeps what it now meets
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 2 STATED wrong
            // (was 1) and 1 UNKNOWN given a time (was 0)
            new HeldOut("heldout5", "scored once untouched, then tuned on in phase 6", 95.0, 2, 1, null, " (known misses)"),
            // written the same way after phase 6; scored once untouched (14 of 30 exact, 7 wrong STATED, timeline 76.7%:
            // README), then read and tuned on in phase 7; it keeps what it now meets
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 1 STATED wrong
            // (was 0)
            new HeldOut("heldout6", "scored once untouched, then tuned on in phase 7", 95.0, 1, 0, null, " (one known miss)"),
            // after phase 7; scored once untouched (19 of 30 exact, 6 wrong STATED, timeline 91.5%: README; the phase 6
            // rules gave the same), then read and tuned on in phase 8; phase 12's general rules took it from 3 wrong
            // STATED and 1 UNKNOWN given a time to 1 and 0, which it keeps (the remaining miss in the README)
            new HeldOut("heldout7", "scored once untouched, then tuned on in phase 8", 90.0, 1, 0, null, " (known misses)"),
            // after phase 8; scored once untouched (9 of 22 exact, 12 wrong STATED, timeline 73.7%: README; the phase 6
            // rules gave the same), then read and lightly tuned on in phase 9; far from the goals, the floors catch a
            // broken rule; phase 12's general rules took it from 10 exact and 9 wrong STATED to 15 and 3
            new HeldOut("heldout8", "scored once untouched, then lightly tuned on in phase 9", 60.0, 3, null, 15, ""),
            // after phase 9; scored once untouched with the phase 9 rules (12 of 25 exact, 2 wrong STATED, timeline 82.4%:
            // README), then read and tuned on in phase 11 with held-out 11; it keeps what phase 11 reached (34/34, 20 of 25
            // exact, no wrong STATED; one UNKNOWN end given an INFERRED time from a "roughly 50 minute" window)
            new HeldOut("heldout9", "scored once untouched, then tuned on in phase 11", 95.0, 0, 1, 20, " (known misses)"),
            // written after phase 9 by two helpers at once (both chose Dyn 2016 and Microsoft WAN 2023, as different
            // tickets); scored once untouched with the phase 9 rules (10 of 25 exact, 6 wrong STATED, timeline 73.1%:
            // README), then read and tuned on in phase 10 (held-out 11 not looked at); it keeps what phase 10 reached
            // (52/52, 24 of 25 exact, no wrong STATED; the one miss, Dyn's detection, is left UNKNOWN)
            new HeldOut("heldout10", "scored once untouched, then tuned on in phase 10", 95.0, 0, 0, 24, ""),
            // scored once with the phase 9 rules (14 of 30 exact, 9 wrong STATED, timeline 60.5%), then once more with the
            // phase 10 rules, which were tuned on held-out 10 only (16 of 30, 8 wrong, 69.8%: README); then read and tuned
            // on in phase 11: it keeps what phase 11 reached (43/43, 28 of 30 exact, no wrong STATED; the two misses are
            // left UNKNOWN)
            new HeldOut("heldout11", "scored twice untouched (phase 9 and 10 rules), then tuned on in phase 11", 95.0, 0, 0, 28, ""),
            // written after key-time phase 10 by two helpers at once (software/SaaS and non-software organisations);
            // scored once with the phase 11 rules (h12: 15 of 24 exact, 6 wrong STATED, 9/12 UNKNOWN kept, timeline 93.3%;
            // h13: 9 of 24, 1 wrong, 11/12, 83.3%), then read and tuned on in phase 12: they keep what phase 12 reached
            // (h12: 22 of 24, none wrong, 12/12 kept, 97.8%; h13: 21 of 24, none wrong, 12/12 kept, 95.8%; phase 13's
            // general rules, not tuned on it, took h13 to 22 of 24)
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 21 of 24 exact
            // (was 22)
            new HeldOut("heldout12", "scored once with phase 11 rules, then read and tuned on in phase 12", 95.0, 1, 1, 21, " (known miss, phase 28: honeycomb-2023-07's Zoom chat opens with 'everything is down' after the incident began; detection is unknown there)"),
            // the learned precedence retrained with held-out 32 (phase 25) leaves two of its resolved times UNKNOWN: 22 -> 20
            // phase 36's retrain (with held-out 45 and 49 and the review places) leaves one resolved time UNKNOWN that was
            // right (comment 120503's 20:10, the learned precedence's "unknown" now a little likelier): exact 20 -> 19
            // phase 39's retrain takes comment 120503's 20:10 again: exact 19 -> 20
            // phase 42's retrain (with held-out 51 and 53 in the study) takes two more of its key times: exact 20 -> 22
            new HeldOut("heldout13", "scored once with phase 11 rules, then read and tuned on in phase 12", 95.0, 0, 0, 22, ""),
            // written during phase 12 by helpers who read no rules; scored with the phase 11 rules (14: 17/32 exact, 10 of
            // 26 STATED wrong, timeline 76.4%; 15: 8/32, 6 of 14 wrong, 85.7%) and the phase 12 rules (14: 18/32, 9 wrong,
            // 2/4 UNKNOWN kept, 76.4%; 15: 10/32, 5 wrong, 3/4 kept, 85.7%), figures only; then read and tuned on in phase
            // 13: they keep what phase 13 reached (14: 25/32, 6 of 30 wrong, 2/4 kept, 96.4%; 15: 15/32, 2 of 17 wrong,
            // 4/4 kept, 96.8%); far from the goals, the floors catch a broken rule (README names the misses)
            // phase 15's general rules (not tuned on them) took 14 to 27/32 exact, 3 wrong, 3/4 kept and 15 to 17/32, none
            // wrong, which they keep
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 14: 26 of 32
            // exact (was 27); 15: 1 STATED wrong (was 0), 1 UNKNOWN given a time (was 0)
            new HeldOut("heldout14", "scored with the phase 11 and 12 rules, then read and tuned on in phase 13", 95.0, 3, 1, 26, " (known misses)"),
            new HeldOut("heldout15", "scored with the phase 11 and 12 rules, then read and tuned on in phase 13", 95.0, 0, 0, 17, " (known misses)"), // phase 41 (a recovery in another clause with its own time in words): the eGates end UNKNOWN
            // written during phase 13 by helpers who read no rules; scored with the phase 12 rules (16: 18/29 exact, 6 of
            // 24 STATED wrong, timeline 86.4%; 17: 11/26, 5 of 16 wrong, 67.2%) and the phase 13 rules (16: the same; 17:
            // 12/26, 5 of 17 wrong, 2/4 UNKNOWN kept, 79.7%), figures only; then read and tuned on in phase 14: they keep
            // what phase 14 reached (16: 21/29, 2 of 23 wrong, 4/4 kept, 95.5%; 17: 13/26, 3 of 16 wrong, 4/4 kept,
            // 96.9%); far from the key-time goal, the floors catch a broken rule (README names the misses)
            // phase 15's general rules (not tuned on them) took 16 to 22/29 exact, 1 wrong, and 17 to 18/26, 1 wrong, 98.4%,
            // which they keep
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 16: 21 of 29
            // exact (was 22), 2 STATED wrong (was 1)
            new HeldOut("heldout16", "scored with the phase 12 and 13 rules, then read and tuned on in phase 14", 95.0, 2, 0, 22, " (known misses)"), // phase 42's retrain: 21 -> 22
            new HeldOut("heldout17", "scored with the phase 12 and 13 rules, then read and tuned on in phase 14", 95.0, 1, 0, 18, " (known misses)"),
            // written during phase 14 by helpers who read no rules (held-out 18: three incidents the rules had met left
            // out before scoring); scored with the phase 13 rules (18: 4/18 exact, 2 of 6 STATED wrong, timeline 84.2%;
            // 19: 8/26, 5 of 13 wrong, 82.2%) and the phase 14 rules (18: 5/18, 1 of 6 wrong, 97.4%; 19: 8/26, 5 of 13
            // wrong, 95.6%), figures only; then read and tuned on in phase 15: they keep what phase 15 reached (18: 15/18,
            // none of 15 wrong, 3/3 kept, 100%; 19: 23/26, none of 23 wrong, 4/4 kept, 97.8%)
            new HeldOut("heldout18", "scored with the phase 13 and 14 rules, then read and tuned on in phase 15", 95.0, 0, 0, 15, ""),
            new HeldOut("heldout19", "scored with the phase 13 and 14 rules, then read and tuned on in phase 15", 95.0, 0, 0, 23, ""),
            // written during phase 15 by helpers who read no rules; scored with the phase 14 rules (20: 18/27 exact, 1 of
            // 16 STATED wrong, 3/3 UNKNOWN kept, timeline 92.3%; 21: 6/26, 5 of 11 wrong, 3/4 kept, 92.6%) and the phase
            // 15 rules (20: 20/27, 1 of 18 wrong, 3/3 kept, 92.3%; 21: the same as phase 14), figures only, misses never
            // read; then read and tuned on in phase 16: they keep what phase 16 reached (20: 24/27, none of 21 STATED wrong,
            // 3/3 kept, 100%; 21: 15/26, 1 of 16 wrong, 4/4 kept, 94.4%; README names the misses)
            // phase 42's retrain (with held-out 51 and 53 in the study) no longer gets one right STATED key time exactly (no
            // STATED pick wrong more): floor lowered 24 -> 23 (README, "Phase 42")
            new HeldOut("heldout20", "scored with the phase 14 and 15 rules, then read and tuned on in phase 16", 95.0, 0, 0, 23, ""),
            new HeldOut("heldout21", "scored with the phase 14 and 15 rules, then read and tuned on in phase 16", 94.0, 2, 0, 15, " (known misses; phase 28: ua-2015-12's first report 2 min late)"),
            // written during phase 16 by helpers who read no rules; scored with the phase 15 and 16 rules, the same
            // figures both times (22: 15/24 exact, 3 of 15 STATED wrong, 3/3 UNKNOWN kept, timeline 100%; 23: 8/27, 7 of
            // 15 wrong, 1/3 kept, 95.7%), figures only; then read and tuned on in phase 17: they keep what phase 17
            // reached (22: 23/24, none of 20 STATED wrong, 3/3 kept, 100%; 23: 20/27, 1 of 21 wrong, 3/3 kept, 93.5%:
            // a recovery row merged into the recap's row of the same minute; README names the misses)
            new HeldOut("heldout22", "scored with the phase 15 and 16 rules, then read and tuned on in phase 17", 95.0, 0, 0, 23, ""),
            new HeldOut("heldout23", "scored with the phase 15 and 16 rules, then read and tuned on in phase 17", 93.0, 1, 0, 20, " (known misses)"),
            // written during phases 16 and 17 by helpers who read no rules; scored with the phase 16 and 17 rules, the same
            // figures both times (24: 16/26 exact, 6 of 22 STATED wrong, 3/4 UNKNOWN kept, timeline 91.9%; 25: 12/28, 6 of
            // 17 wrong, 2/2 kept, 92.2%), figures only; then read and tuned on in phase 18, by class (time formats, a paste
            // format, a weekday recap, a window's start, a harmless neighbour clause): they keep what phase 18 reached
            // (24: 18/26, 4 of 22 wrong, 3/4 kept, 93.5%; 25: 19/28, 3 of 21 wrong, 2/2 kept, 92.2%; README names the misses)
            // phase 19 (extraction: tables, prose time forms, CJK clocks, dashed log dates, status posts) read them again:
            // 24 to 22/26, 3 of 25 wrong, 96.8%; 25 to 22/28, 3 of 24 wrong, 96.9%, which they keep
            // issue 15, learned precedence shipped (judged on the first runs and on two sealed sets, not on this set): 24: 2 UNKNOWN
            // given a time (was 1)
            new HeldOut("heldout24", "scored with the phase 16 and 17 rules, then read and tuned on in phases 18 and 19", 95.0, 0, 0, 24, " (known misses)"), // phase 41 (no record says the end's time): the BBC end UNKNOWN, 1 -> 0 STATED wrong
            // retrained with held-out 35 and 36 (eighteenth session) the learned precedence leaves one more key time UNKNOWN
            // (22 -> 21/28, no STATED pick wrong more): floor lowered 22 -> 21
            // retrained with held-out 42 and 43 (phase 35) it states clevercloud-2022-06's resolved time 05:35 (a disputed
            // recovery; the truth 09:10) instead of leaving it UNKNOWN (exact unchanged at 21/28): STATED wrong 3 -> 4
            new HeldOut("heldout25", "scored with the phase 16 and 17 rules, then read and tuned on in phases 18 and 19", 95.0, 4, 0, 21, " (known misses)"),
            // written while phase 18 was built by a helper who read no rules; scored with the phase 17 and 18 rules, the
            // same figures both times (13/28 exact, 2 of 13 STATED wrong, 2/2 UNKNOWN kept, timeline 98.4%), figures only;
            // then read and tuned on in phase 19 (extraction, not precedence): it keeps what phase 19 reached (22/28, 1 of
            // 21 wrong, 2/2 kept, 98.4%; README names the misses); the learned precedence's guard (no hint stated, no
            // detection after the ticket, never Jira's records) leaves one of its picks to the rules: 21/28
            new HeldOut("heldout26", "scored with the phase 17 and 18 rules, then read and tuned on in phase 19", 95.0, 1, 0, 21, " (known misses)"),
            // written after phase 18 by a helper who read no rules; scored with the phase 18 rules (12/27 exact, 9 of 21
            // STATED wrong, 3/3 UNKNOWN kept, timeline 90.2%) and the phase 19 rules (extraction: the same; with the guarded
            // learned precedence 12/27, 7 of 19 wrong), figures only, misses not read; opened in the eleventh session, then
            // read and tuned on in phase 20 by kind of writing (UTC+N offsets, quoted 12-hour zoned times, arrow and
            // "from .. until" windows, failure .. until windows, off air / went out, "all trains moving again", a time set
            // aside, alert payload keys, a warn threshold, yearless slash dates, "on the 12th", "p.m. EDT"): it keeps what
            // phase 20 reached (25/27, 1 of 26 STATED wrong, 3/3 UNKNOWN kept, timeline 61/61; README names the misses)
            // retrained with held-out 28 (twelfth session) the learned precedence leaves one resolved time UNKNOWN: 24/27
            // retrained with held-out 35 and 36 (eighteenth session, before phase 30's fixes) it left one more UNKNOWN (23/27);
            // retrained on phase 30's candidates it is back at 24/27
            // retrained with held-out 37 (nineteenth session, phase 31; before its fixes too) the learned precedence leaves
            // Amtrak 2010's resolved time UNKNOWN (24 -> 23/27, no STATED pick wrong more): floor lowered 24 -> 23
            new HeldOut("heldout27", "scored with the phase 18 and 19 rules, then read and tuned on in phase 20", 95.0, 2, 1, 23, " (known misses; phase 28: carehome-2025-03's board notes' first failure line)"),
            // written after phase 18 by a helper who read no rules; scored with the phase 18, 19 and 20 rules (17/27 exact,
            // 5 of 21 STATED wrong, 1/3 UNKNOWN kept, timeline 85.1% each time), figures only, misses not read; opened in
            // the twelfth session so the learned precedence trains on it; then read: a zone's letters joined to a SCADA
            // station's name ("05:30:41  BST-ELCIELO") were taken for British time (85.1% -> 92.5%, 17 -> 18/27, 5 -> 4 wrong)
            // and "When ... back to normal we do not know: ... our 11:10 stand-down" gave a resolution (4 -> 3 wrong); a
            // "glitch" that "started" is an impact start (18 -> 19/27) and a recovery told in a sentence that says "the end
            // ... is not recorded" is no stated end (3 -> 2 wrong, 3/3 UNKNOWN kept)
            // retrained with held-out 35 and 36 (eighteenth session) the learned precedence left one more key time UNKNOWN
            // (19 -> 18/27); retrained on phase 30's candidates (a service that "came back" is a recovery) it is 19/27 again
            // retrained with held-out 37 (nineteenth session, phase 31; before its fixes too) it leaves Puerto Rico 2024's
            // resolved time UNKNOWN (19 -> 18/27, no STATED pick wrong more): floor lowered 19 -> 18
            // retrained with held-out 38 and 40 (twentieth session, phase 33; with the kt32 patch alone too) the learned
            // precedence leaves Bursa 2020's resolved time UNKNOWN (two recoveries at 0.7 in one sentence, the halt's start
            // among them; 18 -> 17/27, no STATED pick wrong more): floor lowered 18 -> 17
            new HeldOut("heldout28", "scored with the phase 18, 19 and 20 rules, opened after phase 20", 92.0, 3, 0, 17, " (known misses; phase 28: confluence-2024-06's first report after the alert said only as 'within two minutes')"),
            // written after phase 18 by a helper who read no rules; scored with the phase 19, 20 and 21 rules (13/27 exact,
            // 4 of 16 STATED wrong, 2/3 UNKNOWN kept, timeline 79.7%), figures only, misses not read; opened in the
            // thirteenth session so the learned precedence trains on it (retrained: unchanged), then read in phase 22: the
            // time that corrects one called wrong ("was wrong, it was 10:53 our time") was refuted with it; "Post-incident
            // notes" were read as live; "our checkout died at 3:25 pm" gave no start and "was back at 4:58 pm once the
            // primary came up" no end; a dispatch export crossed midnight without its date; "12:48" posted at 00:55 was noon;
            // "1:52 AM eastern" was read in Pacific time; "2019年8月23日 12:36 より" lost its day and its "from"; "nobody
            // wrote down" when it was "OK again" left the vendor's recovery as ours; a comment opening "Review:" was no
            // recap for the timeline; an ops room's copy whose rows open with "오후 3:34" was free text; a Teams copy's
            // "[7/6 15:00]" lost its day (13 -> 20/27, 4 -> 0 STATED wrong, 3/3 UNKNOWN kept, timeline 79.7% -> 96.6%)
            new HeldOut("heldout29", "scored with the phase 19, 20 and 21 rules, then read and tuned on in phase 22", 96.0, 0, 0, 20, " (known misses)"),
            // written while phase 20 was built by a helper who read no rules; scored with the phase 19 (weights retrained
            // with 27), 20, 21 and 22 rules (10/24 exact, 3 then 4 of 13 STATED wrong, 3/3 UNKNOWN kept, timeline 96.0%,
            // 94.0% from phase 21), figures only, misses not read; opened in the thirteenth session (retrained: 3 of 12
            // STATED wrong) and read in phase 23: a page relayed as its tool writes it ("🔔 PagerDuty: boleto-api 5xx >
            // 20%"), "began experiencing impact at 16:27 UTC", an attack "mitigated automatically with minimal impact" taken
            // as the impact window, a Teams copy's "[30-7-2024 13:49] Monitoring Bot: ALERT ..." headers read as text
            // (10 -> 14/24, STATED wrong 3 of 16, 3/3 UNKNOWN kept, timeline 94.0%)
            new HeldOut("heldout30", "scored with the phase 19 to 22 rules, then read and tuned on in phase 23", 93.5, 2, 0, 18, " (known misses; phase 28: starlink-2025-07's first report after the relayed 'no Starlink')"), // phase 41 (another party's window quoted): 17 -> 18 exact, 3 -> 2 STATED wrong
            // written while phase 20 was built by a helper who read no rules; scored with the phase 20 to 23 rules (17/27
            // exact, 3 of 18 STATED wrong, 1/3 UNKNOWN kept, timeline 86.0%), figures only, misses not read; opened in the
            // fifteenth session (retrained: the same) and read in phase 24: "lasted one hour 45 minutes" read as one hour;
            // "When trains could have run again nobody recorded: ... the 19:10 handover" and "When service came back ... we
            // cannot say: ... the 7:18 PM posts are Verizon's" gave ends; "First call to the desk 2:41 pm", "First notice:
            // ... at 10:39" and an alert that "was the first we knew" gave no detection; "the 14:45 in the description was a
            // guess" set aside the 14:41 beside it; "after SentinelOne's RCA of 31 May" dated the times after it on the
            // 31st; "console and API dead 14:37 → 21:05 BST" and "caídos desde las 4:56 pm ... hasta las 11:40 am" were no
            // windows (17 -> 26/27, 3 -> 0 STATED wrong, 3/3 UNKNOWN kept, timeline 86.0% -> 93.0%)
            new HeldOut("heldout31", "scored with the phase 20 to 23 rules, then read and tuned on in phase 24", 92.5, 0, 0, 26, " (known misses)"),
            // written while phase 22 was built by a helper who read no rules; scored with the phase 21 to 23 rules (15/27
            // exact, 5 of 20 STATED wrong, 3/3 UNKNOWN kept, timeline 90.7%) and the phase 24 rules (16/27, 5 of 20, 3/3,
            // 90.7%), figures only, misses not read; opened in the sixteenth session and read in phase 25: a review headed
            // "Retro (Friday)" was no recap, so its times fell on the review's day; "(Mr. Kim, cab 3312)" cut the sentence;
            // "(2:47 PM here)" was read in UTC; "Sydney time unless marked" was no zone for the message; "For us it ended
            // at"; "lost normal power that minute"; "la alimentación se perdió a las 15:17"; "Ops desk saw the release
            // failure at 6:43"; "The \"7:30\" in the ticket ... is when the hospital announced it, not when it started";
            // "...; the node image guess was wrong" set aside the time of the clause before (16 -> 23/27, 5 -> 2 STATED
            // wrong, 3/3 UNKNOWN kept, timeline 90.7% -> 94.4%)
            // phase 31: recaps in sentences go back over their account instead of rolling a day, and a condition or a
            // timetable ahead of a live message is no row of the day before: timeline 51/54 -> 52/54
            new HeldOut("heldout32", "scored with the phase 21 to 24 rules, then read and tuned on in phase 25", 96.0, 1, 0, 23, " (known misses)"), // phase 41 (a failure's "from" time is no recovery): 2 -> 1 STATED wrong
            // written while phase 23 was built by a helper who read no rules; scored with the phase 22 to 24 rules (12/27
            // exact, 1 of 13 STATED wrong, 3/3 UNKNOWN kept, timeline 93.4%) and the phase 25 rules (13/27, 1 of 14, 3/3,
            // 93.4%), figures only, misses not read; opened in the fifteenth session and read in phase 26: labels in French and
            // Dutch ("Début d'impact : ... à 04:03", "Début : 09:14", "Voor ons einde: 17:12") gave no key time; reviews headed
            // with their weekday ("Retour (mardi).", "Evaluatie (maandag).", "Joint note (Monday), IST.") were no recaps; French
            // lengths ("indisponible 7 h 45 min au total") gave no end; logged calls ("call, Mrs. Hale, Ridge Rd: no water at
            // all") gave no detection (13 -> 20/27, STATED wrong 1 of 14 -> 1 of 19, 3/3 UNKNOWN kept, timeline 93.4% -> 95.1%)
            new HeldOut("heldout33", "scored with the phase 22 to 25 rules, then read and tuned on in phase 26", 95.0, 1, 0, 20, " (known misses)"),
            // written in the fourteenth session by a helper who read no rules; scored with the phase 23 and 24 rules (14/27
            // exact, 6 of 20 STATED wrong, 2/3 UNKNOWN kept, timeline 90.0%) and the phase 25 and 26 rules (14/27, 6 of 20,
            // 2/3, 92.2%), figures only, misses not read; opened in the fifteenth session and read in phase 27: recaps headed
            // "Look-back (Friday)", "Closing note (...)" and "For our records:" were read on the writing's day, and so was one
            // whose "today" only dated its own publishing ("Our post-mortem went on the status page at 17:57 UTC today"); "from
            // 5:58 until 6:37 PM" read 5:58 as the morning; "stuck" was no failure word; "20:52-22:20 UTC (3:52-5:20 PM
            // Eastern)" left the message without a zone (14 -> 21/27, STATED wrong 6 of 20 -> 3 of 24, 2/3 UNKNOWN kept,
            // timeline 92.2% -> 93.3%)
            new HeldOut("heldout34", "scored with the phase 23 to 26 rules, then read and tuned on in phase 27", 93.0, 3, 1, 21, " (known misses)"),
            // written in the fourteenth session by a helper who read no rules; scored with the phase 23 to 28 rules, figures
            // only (phase 28: 19/27 exact, 3 of 22 STATED wrong, 3/3 UNKNOWN kept, timeline 87.0%); read by the phase 29
            // helper (branch kt29, not merged); opened in the eighteenth session and read in phase 30: recap labels with who
            // or what before the time ("First sign in the ED: the triage clerk at 08:12", "Outage: LUS puts the failure at
            // around 1:11 p.m."), "Five-whys summary (Friday)" and "Post-incident notes (Tuesday 28th)" as recap headings,
            // another party's window "wider than what our users saw"; "the network came back at 11 am" and "app syncs resumed
            // at 11:00" as recoveries (19 -> 25/27, STATED wrong 3 -> 0 of 25, 3/3 UNKNOWN kept, timeline 87.0% -> 90.0%)
            // phase 31: recaps in sentences go back over their account instead of rolling a day, and a condition or a
            // timetable ahead of a live message is no row of the day before: timeline 95/100 -> 97/100
            // phase 38: the learned precedence retrained with held-out 39 and training set 52 leaves one right key time
            // UNKNOWN here (exact floor 25 -> 24, moved by the retrain)
            new HeldOut("heldout35", "scored with the phase 23 to 29 rules, read in phase 29 (not merged), then read and tuned on in phase 30", 97.0, 0, 0, 25, " (known misses)"), // phase 39's retrain: the SITA end right again, 24 -> 25
            // written in the fourteenth session by a helper who read no rules; scored with the phase 25 to 29 rules, figures
            // only (phase 28 and 29: 13/27 exact, 6 of 19 STATED wrong, 2/3 UNKNOWN kept, timeline 84.7%); opened in the
            // eighteenth session and read in phase 30 (with the weights retrained on it: 14/27, 5 of 19, 3/3, 84.7%): recap
            // headings with their day ("Post-incident notes (Friday 12 April)", "Shift review (Monday 30th)", "Resumen para la
            // dirección (lunes 27)", "Revisão (sexta, 16/08)") were no recaps and dated their times on the writing day; the
            // zone such a heading names ("Central time.", "horário de Brasília") lost to a vendor's UTC quoted inside;
            // labels with who before the time ("First knew: desk 12 at 04:02", "When we knew: Gurpreet at 6:58 AM",
            // "End for 811: 1:30 PM", "Back: 06:30, when ...") gave no candidate; "de 17:15 às 19:08" and "Sin cobro ... de
            // 13:10 a 14:45" were no windows; "reopened roads and trains" read as a ticket; "not the check-in outage" and
            // "not our end" did not refute (14 -> 26/27, STATED wrong 5 of 19 -> 0 of 26, 3/3 UNKNOWN kept, 84.7% -> 89.0%)
            // phase 31: recaps in sentences go back over their account instead of rolling a day, and a condition or a
            // timetable ahead of a live message is no row of the day before: timeline 109/118 -> 110/118
            new HeldOut("heldout36", "scored with the phase 25 to 29 rules, then read and tuned on in phase 30", 93.0, 0, 0, 26, " (known misses)"),
            // written by a helper who read no rules; judged phases 29 and 30 with figures only (phase 30: 20/27 exact, 5 of 25
            // STATED wrong, 3/3 UNKNOWN kept, timeline 108/120 = 90.0%; the same with the phase 30 weights in the study before
            // any change); opened in the nineteenth session and read in phase 31: "Nachbesprechung (Freitag 27.9.)" was no
            // recap heading (its times read on the writing day), "Bemerkt: Petra um 7:55" and "Su par nous : message de
            // Sandrine à 9:44" gave no detection, "Window for us: from 11:48 PM Thursday Central (JobNimbus's 10:48 PM MT) to
            // 9:35 AM Friday Central" paired the bracketed conversion with the end and was no impact window, "Monitoring post
            // (10:15 AM) and Resolved post (11:16 AM)" were recoveries, "The Circle Line stop (7:34pm to 8:40pm) only affected
            // Wei Jie" ended the impact while "Disruption for our night shift: 6:58pm to 10:35pm, LTA's own minutes ..." was a
            // vendor's recovery, "LTA's report (28 Oct): at 6:58pm" dated the report's times on the 28th and "(wet weather"
            // read as the zone WET. With the weights retrained on it: 25/27, 1 of 26 STATED wrong (Kaymbu's "until all aspects
            // were restored around 6:20 pm" after a partly degraded phase; the truth is the outage's length, INFERRED), 3/3
            // UNKNOWN kept, 110/120 = 91.7% (the retrain leaves La Scie's paste end UNKNOWN: 26 -> 25)
            // phase 31: recaps in sentences go back over their account instead of rolling a day, and a condition or a
            // timetable ahead of a live message is no row of the day before: timeline 110/120 -> 115/120
            new HeldOut("heldout37", "scored with the phase 28 to 30 rules, then read and tuned on in phase 31", 95.5, 1, 0, 25, " (known misses)"),
            // written by a helper who read no rules; judged phases 29 to 32 with figures only (phase 31: 19/27 exact, 3 of 22
            // STATED wrong, 3/3 UNKNOWN kept, timeline 110/114 = 96.5%); read by phase 32's helper (not merged, its fixes kept
            // as sealed/unshipped/kt32-extraction.patch); moved into the study in phase 33 with its phase 28 first run. The
            // patch (applied in phase 33) gives 25/27, 2 of 26 STATED wrong; the thread's first report over a later live
            // message of the same thread ("se cortó la luz en el local" before "toda la cuadra sin luz", "no trains until
            // further notice" before "staff here say the whole Sussex route is down") gives 27/27, 0 STATED wrong, 110/114
            new HeldOut("heldout38", "scored with the phase 28 to 32 rules, read in phase 32 (not merged), opened in phase 33", 96.0, 0, 0, 27, " (known misses)"),
            // written by a helper who read no rules; judged phases 30 to 37 with figures only (phase 37: 14/27 exact, 5 of 18
            // STATED wrong, 1/3 UNKNOWN kept, timeline 102/113); opened and read in phase 38 with its phase 28 first run: a
            // window written again in another zone (", which is 8:21 to 9:00 AM ... for us", ", i.e. 17:35 to 18:08 here")
            // gave a second, misread start and end; a window's end the sentence sets aside ("so don't use it as our end")
            // was the end (14 -> 18/27, STATED wrong 5 -> 1 of 18, cost 19 -> 11)
            new HeldOut("heldout39", "scored with the phase 28 to 37 rules, then read in phase 38", 90.0, 0, 1, 18, " (known misses)"), // phase 41 (a status page's quoted end): 1 -> 0 STATED wrong
            // written by a helper who read no rules; judged phases 31 and 32 with figures only (phase 31: 15/27 exact, 7 of 22
            // STATED wrong, 3/3 UNKNOWN kept, timeline 75/93 = 80.6%); opened and read in phase 33 with its phase 30 first run:
            // "We knew at 10:09 when the first user rang" was no detection and anchored a length; "Monitor is UP: tienda" was
            // an alert; "AC input lost" and "MAINS FAIL" were no onset; "status Identified 16:00, Monitoring 16:50, Resolved
            // 17:42" were recoveries; "Review Fri 28 May (AEST)" and "Post-launch review (Mon Aug 20)" dated their times on
            // the writing day; "monitoring alerted their on-call" tied with our "First knew"; a status post quoted in single
            // quotes after "publica" was ours; "Bad window for us: ..." and "Para nosotros la ventana es ..., 21:49 a 22:06"
            // gave nothing. With those fixes and the weights retrained: 27/27, 0 STATED wrong, 3/3 UNKNOWN kept, 79/93 = 84.9%
            new HeldOut("heldout40", "scored with the phase 30 to 32 rules, then read and tuned on in phase 33", 84.5, 0, 0, 27, " (known misses)"),
            // written by a helper who read no rules; judged phases 32 to 38 with figures only (phase 38: 20/27 exact, 0 of 20
            // STATED wrong, 3/3 UNKNOWN kept, timeline 61/63, cost 7; the same since its first run with phase 31); opened and
            // read in phase 39 with its phase 31 first run
            new HeldOut("heldout41", "scored with the phase 31 to 38 rules, then read in phase 39", 96.5, 0, 0, 20, " (known misses)"),
            // written by a helper who read no rules; judged phase 33 with figures only (9/27 exact, 7 of 16 STATED wrong, 3/3
            // UNKNOWN kept, timeline 91/99 = 91.9%; first run with phase 31: 8/27, 8 of 16); read by phase 34's helper (not
            // merged, its fixes kept as sealed/unshipped/kt34-extraction.patch, applied in phase 35); moved into the study in
            // phase 35 with its phase 31 first run
            new HeldOut("heldout42", "scored with the phase 31 and 33 rules, read in phase 34 (not merged), moved in in phase 35", 94.5, 0, 0, 21, " (known misses)"), // phase 41 (a quoted status state): 20 -> 21 exact
            // written by a helper who read no rules; judged phase 34 with figures only (phase 33: 14/27 exact, 11 of 25 STATED
            // wrong, 3/3 UNKNOWN kept, timeline 97/106 = 91.5%); opened and read in phase 35 with its phase 33 first run:
            // review first lines naming the writer's zone ("Değerlendirme (14 Mart), Istanbul time.", "Polish time", "hora
            // CDMX") lost to a vendor's UTC quoted inside, a recap's "Actions: ... deploy freeze 11:00 to 13:30 KST" was an
            // impact window, "...; it is not our end." did not refute its own sentence's recovery, "End for us: 09:47, power
            // back" was the infrastructure's. With those fixes and the weights retrained: 24/27, 1 of 25 STATED wrong, 3/3
            // UNKNOWN kept, 99/106 = 93.4% (cost 24 -> 4)
            new HeldOut("heldout43", "scored with the phase 33 and 34 rules, then read in phase 35", 93.0, 0, 0, 26, " (known misses)"), // phase 39: 24 -> 26 exact, none STATED wrong
            // written by a helper who read no rules (Vietnamese, Hungarian, Finnish, Romanian, Taglish, Greek, Catalan,
            // Norwegian, romanised Japanese and Swedish tickets); judged phase 35 with figures only (11/28 exact, 2 of 13
            // STATED wrong, 2/2 UNKNOWN kept, timeline 95/101 = 94.1%; first run with phase 33: 10/28, 3 of 13); opened and
            // read in phase 36 with its phase 33 first run: reviews written days later in words the lexicon does not know
            // ("Feilvindu hos oss: 12:31–13:47", "Eikyou: 10:58 kara 13:26 made", "Τέλος για μας: 16:05") gave no candidate
            // and were read as live updates on the writing day; with a review's places (KeyTimeFinder.placedInReview) and
            // the weights retrained: 26/28, 1 of 27 STATED wrong, 2/2 UNKNOWN kept, 95/101 = 94.1% (cost 19 -> 3)
            new HeldOut("heldout45", "scored with the phase 33 and 35 rules, then read in phase 36", 94.0, 0, 0, 27, " (known misses)"), // phase 41 (a quoted status state relayed live): 26 -> 27, 1 -> 0 STATED wrong
            // written in the twenty-first session by a helper who read no rules; judged phases 36 to 40 with figures only
            // (phase 40: 23/27 exact, 3 of 26 STATED wrong, 3/3 UNKNOWN kept, timeline 88.5%; first run with phase 35 11/27,
            // 2 of 13); opened and read in phase 41 with its phase 35 first run
            new HeldOut("heldout46", "scored with the phase 35 to 40 rules, then read in phase 41", 88.0, 0, 0, 26, " (known misses)"), // phase 41: 23 -> 26, 3 -> 0 STATED wrong
            // written in the twenty-second session by a helper who read no rules; judged phases 36 to 40 with figures only
            // (phase 40: 12/25 exact, 3 of 13 STATED wrong, 0/2 UNKNOWN kept, timeline 89.3%; first run with phase 35 11/25,
            // 4 of 15); opened and read in phase 41 with its phase 35 first run
            new HeldOut("heldout47", "scored with the phase 35 to 40 rules, then read in phase 41", 89.0, 0, 1, 18, " (known misses)"), // phase 41: 12 -> 18, 3 -> 0 STATED wrong, 2 -> 1 UNKNOWN truths given a time
            // written for training by a helper who read no rules (Thai, Arabic, Basque, Galician, Albanian, Tanglish,
            // Persian, Maltese and two English tickets); nobody scored it before phase 36, which opened and read it with its
            // first run under the shipped phase 35 rules (16/27 exact, 6 of 21 STATED wrong, 1/3 UNKNOWN kept, 102/106, cost
            // 17); opened after phase 36's review places were written (they gave 17 -> 10), two fixes read on it (a zone
            // after the heading's bracketed day, the Arabic comma), weights retrained: 24/27, 3 of 26 STATED wrong, cost 6
            new HeldOut("heldout49", "written for training, first run with the phase 35 rules, read in phase 36", 96.0, 0, 0, 26, " (known misses)"), // phase 39 (vendor write-ups): 24 -> 26, 3 -> 0 STATED wrong
            // written for training by a helper who read no rules; nobody scored it before phase 38, which recorded its first
            // run with the branch's rules at 57f64b5 (18/24 exact, 5 of 16 STATED wrong, 100/107, cost 11) and then read it:
            // a review heading naming the writer's city time beside another party's zone, zone words inside the heading's
            // bracket after its day (22/24, 1 of 18 STATED wrong, cost 3)
            // written in the twenty-third session by a helper who read no rules; judged phases 38 to 41 with figures only
            // (first run with phase 37 at 9e4e2687); opened in phase 42 with that first run: before any change, phase 40
            // (main) and phase 41 both 23/28 exact, 0 of 22 STATED wrong, 2/2 UNKNOWN kept, 90/100 events, cost 5
            new HeldOut("heldout51", "scored with the phase 37 to 41 rules, then read in phase 42", 90.0, 0, 0, 23, " (known misses)"),
            new HeldOut("heldout52", "written for training, first run with the phase 38 branch at 57f64b5, read in phase 38", 93.0, 0, 0, 24, " (known misses)"), // phase 39 (vendor write-ups): 22 -> 23, 1 -> 0 STATED wrong; phase 40 (a write-up's single window): 23 -> ),
            // written in the twenty-fourth session by a helper who read no rules; judged phases 39 to 41 with figures only
            // (first run with phase 38 at f848e18f); opened in phase 42 with that first run: before any change, phase 40
            // (main) 18/28 exact, 6 of 24 STATED wrong, 2/2 UNKNOWN kept, 94/102 events, cost 16; phase 41 (its retrained
            // weights) 18/28, 7 of 25, 2/2, 94/102, cost 17
            new HeldOut("heldout53", "scored with the phase 38 to 41 rules, then read in phase 42", 92.0, 3, 0, 23, " (known misses)")); // phase 42: 18 -> 23, 7 -> 3 STATED wrong

    /** The sets times.disputed (TimesRule) was tuned on, with dev; held-out 22 and 23 were not looked at for it. */
    private static final java.util.Set<String> DISPUTED_TUNED_ON = java.util.Set.of("heldout", "heldout2", "heldout3", "heldout4",
            "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
            "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21");

    @Test
    void keyTimesAndTimelinesOnIncidentsTheRulesWereNotWrittenAgainst() {
        String which = System.getProperty("study.split", "all");
        if (!System.getProperty("study.only", "").isEmpty()) { // looking at a few incidents, not judging
            print("ONLY", measure(List.of(System.getProperty("study.only").split(",")), true));
            return;
        }
        List<String> dev = split("dev.txt");
        Figures d = measure(dev, true);
        print("DEV", d);
        assertThat(dev).hasSizeGreaterThanOrEqualTo(5);
        if (!Boolean.getBoolean("study.look")) assertDev(d); // looking at every set's figures (another threshold, say), not judging
        if (which.equals("dev")) return;

        // times.disputed was tuned on dev .. held-out 21 only; held-out 22 and 23 are reported as not tuned on by it
        int[] tuned = d.disputed.clone();
        Figures all = new Figures(); // corroboration was tuned on every set here (dev .. held-out 23)
        all.add(d);
        List<String> seen = new ArrayList<>(dev);
        for (int i = 0; i < HELD_OUT.size(); i++) {
            HeldOut set = HELD_OUT.get(i);
            if (i > 0 && Corpus.class.getResource("/evidence/" + DIR + "/" + set.file() + ".txt") == null) break;
            List<String> ids = split(set.file() + ".txt");
            assertThat(ids).doesNotContainAnyElementsOf(seen);
            seen.addAll(ids);
            Figures f = measure(ids, i == 0 || Boolean.getBoolean("study." + set.file() + ".details") || Boolean.getBoolean("study.look"));
            String name = "HELD-OUT " + (set.file().equals("heldout") ? "1" : set.file().substring("heldout".length())); // by file: not every number is opened
            boolean disputedTunedOn = DISPUTED_TUNED_ON.contains(set.file());
            print(name + " (" + set.state() + (disputedTunedOn ? "" : "; not tuned on by times.disputed") + ")", f);
            if (disputedTunedOn) for (int j = 0; j < 4; j++) tuned[j] += f.disputed[j];
            all.add(f);
            if (set.file().equals("heldout23")) {
                printAgreement("[study TUNING SETS dev .. held-out 23, total, today's rules]", all);
                int[] a = all.agreement;
                assertThat(a[0]).as("corroborated STATED picks that are right, today's rules (at least 95%)").isGreaterThanOrEqualTo((int) Math.ceil(a[1] * 0.95));
            }
            if (set.file().equals("heldout21")) {
                printDisputed("[study TUNING SETS dev .. held-out 21, total]", tuned);
                assertThat(tuned[2]).as("times.disputed: right STATED picks flagged on the tuning sets (false alarms, at most 20%)")
                        .isLessThanOrEqualTo(tuned[3] / 5);
            }
            if (Boolean.getBoolean("study.look")) continue; // looking at every set's figures, not judging
            assertThat(f.recall()).as(name + ": share of published events at the right minute").isGreaterThanOrEqualTo(set.minRecall());
            if (set.maxWrongStated() != null)
                assertThat(f.statedByUs - f.statedByUsExact).as(name + ": key times labelled STATED that are wrong" + set.knownMisses())
                        .isLessThanOrEqualTo(set.maxWrongStated());
            if (set.maxUnknownStated() != null)
                assertThat(f.unknownStated).as(name + ": UNKNOWN key times given a time" + set.knownMisses()).isLessThanOrEqualTo(set.maxUnknownStated());
            if (set.minExact() != null) assertThat(f.exact()).as(name + ": key times exact").isGreaterThanOrEqualTo(set.minExact());
        }
        print("EVERY OPENED SET (dev and every held-out set above, summed; in sample)", all);
    }

    /** The DEV goals: the rules were written against these incidents. */
    private static void assertDev(Figures d) {
        assertThat(d.recall()).as("DEV: share of published events at the right minute").isGreaterThanOrEqualTo(95.0);
        assertThat(d.statedByUs - d.statedByUsExact).as("DEV: key times labelled STATED that are wrong").isZero();
        assertThat(d.byBasis.get("STATED")[0]).as("DEV: stated key times found exact").isEqualTo(d.byBasis.get("STATED")[1]);
        assertThat(d.unknownStated).as("DEV: UNKNOWN key times given a time").isZero();
    }

    /** Each held-out set's first run, kept (study/firstrun/README.md): the file and the rules that made it. */
    private static final List<String[]> FIRST_RUNS = List.of(
            new String[]{"heldout10-11.phase9-50d27a9.jsonl", "phase 9"},
            new String[]{"heldout12-13.phase11-c6bb2e2.jsonl", "phase 11"},
            new String[]{"heldout14-15.phase12-abea32d.jsonl", "phase 12"},
            new String[]{"heldout16-17.phase13-c3ac48e.jsonl", "phase 13"},
            new String[]{"heldout18-19.phase14-7387264.jsonl", "phase 14"},
            new String[]{"heldout20-21.phase15-941dafc.jsonl", "phase 15"},
            new String[]{"heldout22-23.phase16-44ee338.jsonl", "phase 16"},
            new String[]{"heldout24-25.phase17-53d6b1c.jsonl", "phase 17", "unseen"},
            new String[]{"heldout26.phase17-53d6b1c.jsonl", "phase 17", "unseen"},
            new String[]{"heldout27.phase18-981aa03.jsonl", "phase 18", "unseen"},
            new String[]{"heldout28.phase18-69da074.jsonl", "phase 18", "unseen"},
            new String[]{"heldout29.phase19-cbc67d8.jsonl", "phase 19", "unseen"},
            new String[]{"heldout30.phase19-8143ada.jsonl", "phase 19", "unseen"},
            new String[]{"heldout31.phase20-3df7322.jsonl", "phase 20", "unseen"},
            new String[]{"heldout32.phase21-36176f9.jsonl", "phase 21", "unseen"},
            new String[]{"heldout33.phase22-073070c.jsonl", "phase 22", "unseen"},
            new String[]{"heldout34.phase23-d41ce27.jsonl", "phase 23", "unseen"},
            new String[]{"heldout35.phase23-faa4f9e.jsonl", "phase 23", "unseen"},
            new String[]{"heldout36.phase25-4634008.jsonl", "phase 25", "unseen"},
            new String[]{"heldout37.phase28-50a7897.jsonl", "phase 28", "unseen"},
            new String[]{"heldout38.phase28-50a7897.jsonl", "phase 28", "unseen"},
            new String[]{"heldout39.phase28-6ca5897.jsonl", "phase 28", "unseen"},
            new String[]{"heldout40.phase30-32caaa1.jsonl", "phase 30", "unseen"},
            new String[]{"heldout41.phase31-b074a47.jsonl", "phase 31", "unseen"},
            new String[]{"heldout42.phase31-b3515a9.jsonl", "phase 31", "unseen"},
            new String[]{"heldout43.phase33-40b834d.jsonl", "phase 33", "unseen"},
            new String[]{"heldout45.phase33-3dc1bda.jsonl", "phase 33", "unseen"},
            new String[]{"heldout46.phase35-bce1ca4.jsonl", "phase 35", "unseen"},
            new String[]{"heldout47.phase35-3a30ff7.jsonl", "phase 35", "unseen"},
            new String[]{"heldout49.phase35-bce1ca4.jsonl", "phase 35", "unseen"},
            new String[]{"heldout51.phase37-9e4e2687.jsonl", "phase 37", "unseen"},
            new String[]{"heldout52.phase38-57f64b5.jsonl", "phase 38 (57f64b5)", "unseen"},
            new String[]{"heldout53.phase38-f848e18f.jsonl", "phase 38", "unseen"});

    /**
     * The regime of unseen text: the key times each held-out set got from the rules that first scored it (kept in
     * study/firstrun/, the rules untouched by the set), judged with today's labels and today's derived checks. Prints
     * per set and in total the STATED picks that are corroborated, single-source or disputed and how many of each are
     * right, times.disputed's catch, and where the right minute of each wrong or UNKNOWN known time was among the
     * candidates; asserts that corroborated picks are right at least 95% of the time (the definition was tuned on these
     * runs and on today's, dev .. held-out 23).
     */
    @Test
    void firstRunsOfTheHeldOutSetsCorroboratedPicksAreRight() {
        Figures total = new Figures();
        Figures unseen = new Figures(); // sets written after times.disputed and corroboration were defined
        for (String[] run : FIRST_RUNS) {
            Map<String, Figures> bySet = new LinkedHashMap<>();
            for (String line : Corpus.resource(DIR, "firstrun/" + run[0]).strip().split("\n")) {
                JsonNode n = Corpus.JSON.readTree(line);
                KeyTimes keyTimes = Corpus.JSON.treeToValue(n.get("keyTimes"), KeyTimes.class);
                JsonNode expected = Corpus.JSON.readTree(Corpus.resource(DIR, n.get("id").asString() + ".json")).get("expected").get("keyTimes");
                Figures f = bySet.computeIfAbsent(n.get("set").asString(), s -> new Figures());
                for (String k : KINDS) {
                    JsonNode at = expected.get(k).get("at");
                    judge(f, k, keyTimes, at.isNull() ? null : minute(at.asString()));
                }
            }
            bySet.forEach((set, f) -> {
                String p = "[study FIRST RUN " + set + ", " + run[1] + " rules]";
                System.out.printf(Locale.ROOT, "%s STATED %d, wrong %d%n", p, f.statedByUs, f.statedByUs - f.statedByUsExact);
                printDisputed(p, f.disputed);
                printAgreement(p, f);
                (run.length > 2 ? unseen : total).add(f);
            });
        }
        String u = "[study FIRST RUNS not tuned on by times.disputed or corroboration (held-out 24 on), total]";
        System.out.printf(Locale.ROOT, "%s STATED %d, wrong %d%n", u, unseen.statedByUs, unseen.statedByUs - unseen.statedByUsExact);
        printDisputed(u, unseen.disputed);
        printAgreement(u, unseen);
        String p = "[study FIRST RUNS held-out 10 .. 23 (tuned on), total]";
        System.out.printf(Locale.ROOT, "%s STATED %d, wrong %d%n", p, total.statedByUs, total.statedByUs - total.statedByUsExact);
        printDisputed(p, total.disputed);
        printAgreement(p, total);
        assertThat(total.agreement[1]).as("first runs: some STATED picks are corroborated").isPositive();
        assertThat(total.agreement[0]).as("first runs: corroborated STATED picks that are right (at least 95%)")
                .isGreaterThanOrEqualTo((int) Math.ceil(total.agreement[1] * 0.95));
    }
}

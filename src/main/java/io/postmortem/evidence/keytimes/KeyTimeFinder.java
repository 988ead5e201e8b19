package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import io.postmortem.evidence.time.Zones;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.postmortem.evidence.keytimes.Lexicon.any;

/**
 * Reads every statement about time in an incident's evidence and turns it into key-time candidates: for each time
 * written (or implied: "three minutes after the upgrade", "a minute ago", "since then", a chat message's own time), the
 * words that belong to it say whether it is when impact began, when someone first knew, or when impact ended, how
 * strongly, and what kind of statement it is (machine stamp, live report, early estimate, hindsight). The choice among
 * candidates is {@link Precedence}'s. Pure: no I/O, no clock.
 */
public final class KeyTimeFinder {

    /** The three key times. */
    public enum Kind {
        STARTED, DETECTED, RESOLVED;

        /** This kind's time among {@code t}'s three. */
        public KeyTime in(KeyTimes t) {
            return switch (this) {
                case STARTED -> t.started();
                case DETECTED -> t.detected();
                case RESOLVED -> t.resolved();
            };
        }
    }

    private static final Duration FUTURE_SLACK = Duration.ofMinutes(10);
    /**
     * "graph shows a spike, 12:24 to 12:26", typed in a chat message posted at 14:29 UTC and read in the paste's
     * assumed zone as 02:24 UTC: a live message rarely talks about a time this much earlier without saying the day, so
     * the writer's own zone is more likely than the assumed one. Such a time stays a hint, never chosen.
     */
    private static final Duration ZONE_DOUBT = Duration.ofHours(6);
    private static final int QUOTE_MAX = 320;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /**
     * Cut after a full stop before a capital, except after "a.m." / "p.m." ("8:45 a.m. UTC on 10 March" is one sentence) or
     * "i.e." / "e.g." or a title before a name ("Mr. Kim"); and after a full-width stop.
     */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?\\p{So}])(?<![aApP]\\.[mM]\\.)(?<![iIeE]\\.[eEgG]\\.)" + TimeMentions.NOT_AFTER_TITLE + "\\s+(?=[\\p{Lu}\\d~(@\\[\"'])|(?<=[\\p{So}])\\s+(?=\\p{L})"
            // Chinese and Japanese end a sentence with a full-width stop and no space: "8:56に原因を特定しました。現在復旧状況を確認中です。"
            + "|(?<=[。！？])\\s*(?=\\S)");
    /** Words that end in a full stop without ending a sentence ("approx. 10:00", "vs. yesterday"). */
    private static final Set<String> ABBREVIATIONS = Set.of("approx", "appr", "ca", "eg", "ie", "vs", "etc", "incl", "est", "min", "mins",
            "sec", "secs", "hr", "hrs", "no", "nr", "fig", "al", "cf", "resp", "esp");
    private static final Pattern RANGE_DASH = Pattern.compile(
            "(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]?(?:" + Zones.ABBR_REGEX + "))?)[ \\t]*(?:-{1,2}|–|—|->|→|=>|⟶)[ \\t]*(?=~?\\d{1,2}:\\d{2})");
    /**
     * A row of a written sequence: a line that opens with its time ("21:12 ...", "- 2026-03-10 09:41 ..."), or with
     * "At"/"By" and its time, the way an account like "At 9:37 AM PST, ... / By 1:18 PM PST, ..." writes each step.
     */
    private static final Pattern TIMED_LINE = Pattern.compile("^\\s*(?:[-*•]\\s*)?(?i:(?:at|by)\\s+)?[~≈]?(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}");
    private static final Pattern BOUNDARY = Pattern.compile(";|,\\s*but\\b|\\s+but\\s+|\\s+whereas\\s+|\\s+while\\s+|(?<=\\D):\\s+|\\s+[-–—]\\s+|,\\s+|\\s+\\|\\s+");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|a few|few|a couple of|couple of|several|some)"
            + "\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?)\\s+(ago|earlier|before|later|after(?:wards)?|prior to)\\b");
    /** "within three minutes of the start", "within 5 min of impact beginning". */
    private static final Pattern WITHIN_START = Pattern.compile("(?i)\\bwithin\\s+(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\\s+(minutes?|mins?|hours?)\\s+of\\s+"
            + "(?:the\\s+)?(?:start|beginning|onset)\\b(?:\\s+of\\s+(?:the\\s+)?(?:impact|outage|incident|errors|failures))?");
    /** "paged us the same minute", "at the same time", "moments later": the time written just before, implied again. */
    private static final Pattern SAME_TIME = Pattern.compile("(?i)\\b(?:(?:in |at |within )?the same minute|at (?:about |around )?the same time|at that (?:very )?(?:minute|moment)|simultaneously|moments? later)\\b");
    private static final Pattern LEADING_DATE = Pattern.compile("^[\\s,()]*(?:on\\s+)?(?:the\\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)(?:,?\\s+\\d{4})?[\\s,)]*");
    private static final Pattern STATUS_BOT = Pattern.compile("(?i)status ?(?:page|io|hub)?|statuspage|status\\.io|instatus|betteruptime");
    private static final Pattern SINCE_THEN = Pattern.compile("(?i)\\b(?:since then|ever since|from then on|since that (?:time|moment|point))\\b");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{3,}");
    private static final Set<String> STOP = Set.of("that", "this", "then", "when", "with", "from", "were", "have", "been", "into",
            "after", "before", "minutes", "minute", "hours", "hour", "later", "earlier", "about", "around", "which", "there", "their");

    private final List<Utterance> utterances;
    private final List<TicketRecord> records;
    private final Instant incidentAnchor;
    private final Instant finalResolution;
    private final Instant now;

    private final Map<Kind, List<KeyTimeCandidate>> found = new EnumMap<>(Kind.class);
    private final Set<Long> refutedMinutes = new HashSet<>();
    /** When a recap said that nobody knows when the organisation first knew (null: nobody said so). */
    private Instant detectionUnknownSaid;
    /** When someone said that nobody knows when impact began ("the start minute is not in our notes"), or null. */
    private Instant startUnknownSaid;
    /** When someone said that nobody knows when impact ended ("end time not recorded"), or null. */
    private Instant endUnknownSaid;
    /**
     * (phase 41) Minutes a review written in hindsight quotes as a status page's state ("the 7:45 PM \"fully restored\" came
     * after our group had left"), with when it was written: the same minute relayed live before it ("CAAP: fully restored")
     * is that status post too.
     */
    private final Map<Long, Instant> statusPostMinutes = new java.util.HashMap<>();

    /**
     * @param utterances      every piece of text evidence
     * @param records         Jira's own records (creation, transitions into a resolved status)
     * @param incidentAnchor  when the incident happened as far as Jira knows (the ticket's creation): times written
     *                        later without a date are placed on the day closest to it
     * @param finalResolution the last move into a resolved status (or the resolution date); messages written after it
     *                        are hindsight. May be null.
     * @param now             statements dated after it are ignored
     */
    public KeyTimeFinder(List<Utterance> utterances, List<TicketRecord> records, Instant incidentAnchor,
                         Instant finalResolution, Instant now) {
        this.utterances = utterances == null ? List.of() : utterances;
        this.records = records == null ? List.of() : records;
        this.incidentAnchor = incidentAnchor;
        this.finalResolution = finalResolution;
        this.now = now;
        for (Kind k : Kind.values()) found.put(k, new ArrayList<>());
    }

    /** Lines a paster wrote above a paste's first message ("(joined the channel late; scrollback not copied)"). */
    private final List<String> pasteNotes = new ArrayList<>();

    /** The pasters' notes above their pastes' first messages: a paste that says it starts late has no first report. */
    public KeyTimeFinder pasteNotes(List<String> notes) {
        if (notes != null) for (String n : notes) if (n != null) pasteNotes.add(n);
        return this;
    }

    /** Each paste's title (its first line above its rows, or a free text's first line), by paste number. */
    private final Map<Integer, String> pasteTitles = new HashMap<>();

    /** The pastes' titles, by paste number (1 for the first paste): a pasted write-up of another party's is read as theirs. */
    public KeyTimeFinder pasteTitles(Map<Integer, String> titles) {
        if (titles != null) titles.forEach((n, t) -> { if (n != null && t != null) pasteTitles.put(n, t); });
        return this;
    }

    /**
     * (phase 39) A paste whose title names it a published write-up or status page ("Webhook Service Degradation -
     * Incident Report for Uploadcare (postmortem, times UTC)", "Salt Edge - Postmortem - Executive Summary", "The Plugin
     * People - incident report (UTC)", "Greenhost status - ... - RFO", "Zoho blog \"Our Friday Outage ...\""): a vendor's or a provider's account copied into
     * the ticket, whose "detected via monitoring alerts" and "our monitoring notified us" are when they knew, not the
     * organisation the ticket is about. Not one the title calls internal or ours. (phase 42) Also "Scaleway - FR-PAR
     * Kapsule API incident (blogue, heures CET)" and "Scaleway - Details of the fr-par-1 Load Balancer incident, April 7
     * 2021": the blog in French, Swedish or Norwegian and Finnish, a provider's "details of the ... incident" page.
     */
    static final Pattern WRITE_UP_TITLE = Pattern.compile("(?i)\\bpost-?mortem\\b|\\bincident (?:report|summary)\\b|\\bpost-incident (?:review|report)\\b"
            + "|\\broot cause analysis\\b|\\bblog(?:ue|g|i)?(?: post)?\\b|\\bdetails of the\\b[^\\n]{0,60}?\\bincident\\b|\\brfo\\b|\\breason for outage\\b|\\bstatus page\\b|\\bstatus\\.[a-z]|[a-z]status\\.(?:com|io|net|org)\\b"
            + "|^\\W*[\\p{L}][\\p{L}\\d .&'-]{0,40}\\bstatus\\s*[-–—:,(]");
    /**
     * A write-up the title calls internal or ours: "Incident report (internal)", and (phase 40) "Our postmortem - checkout
     * 502s", "our status page posts": "our" right before the write-up's name (not "Zoho blog \"Our Friday Outage ...\"",
     * whose "our" is the vendor's, quoted).
     */
    private static final Pattern OUR_WRITE_UP = Pattern.compile("(?i)\\b(?:internal|our own)\\b"
            + "|\\bour (?:post-?mortem|incident (?:report|summary|review)|post-incident (?:review|report)|root cause analysis|status page|rfo)\\b");

    private boolean othersWriteUp(Utterance u) {
        if (u == null || u.paste() == 0) return false;
        String title = pasteTitles.get(u.paste());
        return title != null && WRITE_UP_TITLE.matcher(title).find() && !OUR_WRITE_UP.matcher(title).find();
    }

    /**
     * (phase 40) Whether the pasted write-up {@code u} belongs to gives one window and one only ("Resolved - From 03:15 UTC
     * until 10:46 UTC docs.python.org experienced a partial outage"): the outage's whole span as the service's owner
     * measured it, which is the end its users saw too. Not a write-up that splits its outage into several windows
     * ("Between 16:09 and 17:55: 30% of requests failed. Between 17:55 and 18:12: 100% failed."), whose ends are phases
     * of their incident, nor one that gives its end as a recovery ("all services were fully restored at 6:22 pm").
     */
    private boolean onlyWindowOfWriteUp(Utterance u) {
        if (u == null || u.paste() == 0) return false;
        return writeUpWindows.computeIfAbsent(u.paste(), n -> {
            int count = 0;
            for (Utterance o : utterances) {
                if (o == null || o.paste() != n) continue;
                Matcher w = WRITE_UP_WINDOW.matcher(o.text());
                while (w.find()) count++;
            }
            return count;
        }) == 1;
    }

    private final Map<Integer, Integer> writeUpWindows = new HashMap<>();
    /** A window written with its two ends: "from 03:15 UTC until 10:46 UTC", "between 16:09 and 17:55". */
    private static final Pattern WRITE_UP_WINDOW = Pattern.compile("(?i)\\b(?:between|from)\\b[^.;:!?\\n]{0,60}?\\d[^.;!?\\n]{0,40}?\\b(?:and|until|till|to|through)\\b[^.;!?\\n]{0,30}?\\d{1,2}[:.h]\\d{2}");

    /** The candidates of every kind, then the three key times the precedence (rules, then learned) picks from them. */
    public KeyTimes find() {
        return find(LearnedChooser.shipped());
    }

    /** {@link #find()} with {@code chooser} after the rules (null: the rules' choice alone; see {@link Precedence#decide(Map, KeyTimes, Instant, LearnedChooser)}). */
    public KeyTimes find(LearnedChooser chooser) {
        return Precedence.decide(candidates(), null, incidentAnchor, chooser);
    }

    /** Every candidate, by kind, with refuted times already lowered. */
    public Map<Kind, List<KeyTimeCandidate>> candidates() {
        for (Utterance u : utterances) {
            if (u == null || u.text().isBlank() && u.lineTime() == null) continue;
            read(u);
        }
        firstLiveReport();
        for (TicketRecord r : records) {
            if (r == null || r.at() == null) continue;
            if (r.what() == TicketRecord.What.CREATED)
                add(Kind.DETECTED, new KeyTimeCandidate(r.at(), r.source(), "ticket", "The ticket was created.", null, null,
                        r.author(), r.at(), Statement.TICKET_RECORD, KeyTime.Basis.INFERRED, 0.1,
                        "the ticket's creation, which is not detection by itself", Set.of()));
            else
                add(Kind.RESOLVED, new KeyTimeCandidate(r.at(), r.source(), "changelog", "The ticket moved to a resolved status.",
                        null, null, r.author(), r.at(), Statement.TICKET_RECORD, KeyTime.Basis.INFERRED, 0.1,
                        "the ticket's transition, which is not the end of impact", Set.of()));
        }
        Map<Kind, List<KeyTimeCandidate>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            List<KeyTimeCandidate> list = new ArrayList<>();
            for (KeyTimeCandidate c : found.get(k)) {
                if (k == Kind.DETECTED && detectionUnknownSaid != null && c.statement() != Statement.TICKET_RECORD
                        && (c.writtenAt() == null || !c.writtenAt().isAfter(detectionUnknownSaid)))
                    c = lowered(c, "a later recap says nobody knows when it was detected");
                if (k == Kind.STARTED && said(startUnknownSaid, c))
                    c = lowered(c, "a later message says nobody knows when impact began");
                if (k == Kind.RESOLVED && said(endUnknownSaid, c))
                    c = lowered(c, "a later message says nobody knows when impact ended");
                if (k == Kind.RESOLVED && afterWindow.contains(c.source() + "|" + c.minute()) && !c.reason().startsWith("end of the impact window"))
                    c = lowered(c, "the same message puts it after the impact window it states");
                if (k == Kind.RESOLVED && c.statement() != Statement.HINDSIGHT && said(statusPostMinutes.get(c.minute()), c))
                    c = lowered(c, "a later review calls that moment a status page's post, not the end of impact");
                if (c.statement() != Statement.TICKET_RECORD && refutedMinutes.contains(c.minute()))
                    c = lowered(c, "called wrong elsewhere");
                list.add(c);
            }
            out.put(k, list);
        }
        floating(out);
        return out;
    }

    /** A candidate written no later than a message that says its kind of time is not known. */
    private static boolean said(Instant unknownSaid, KeyTimeCandidate c) {
        return unknownSaid != null && c.statement() != Statement.TICKET_RECORD && (c.writtenAt() == null || !c.writtenAt().isAfter(unknownSaid));
    }

    /** The candidate kept as a hint: its confidence cut to 30 %, with the reason why. */
    private static KeyTimeCandidate lowered(KeyTimeCandidate c, String why) {
        return c.judged(c.basis(), c.confidence() * 0.3, c.reason() + "; " + why);
    }

    // ------------------------------------------------------------------ one piece of evidence

    /** A time in a sentence, with the words that belong to it. */
    private static final class Mention {
        /** The sentence without this time's own text, lower case. */
        static String bare(String sentence, Mention m) {
            int a = Math.max(0, Math.min(sentence.length(), m.start)), b = Math.max(a, Math.min(sentence.length(), m.end));
            return (sentence.substring(0, a) + " " + sentence.substring(b)).toLowerCase(Locale.ROOT);
        }

        int start;
        int end;
        Instant at;
        String original;
        String assumedZone;
        boolean approx;
        /** Typed in a live chat message without a zone, and read in the assumed one it lands hours before the message. */
        boolean zoneDoubt;
        /** Inside quotation marks after "says", "reads", "claims": another text's words, not the writer's. */
        boolean quotedClaim;
        boolean machine;
        boolean inferred;
        boolean posting;
        Role role = Role.POINT;
        boolean rangeStart;
        boolean rangeEnd;
        /** The clock reading as written (null for a message's own time) and whether its zone is written with it. */
        java.time.LocalTime clock;
        boolean zoned;
        String scope = "";
        /** The scope without the note between a window's start and this end, for a window's end; else the scope. */
        String endScope = "";
        String left = "";
        String group = "";
        /** The clause the time is written in (the sentence cut at clause boundaries), lower case; null for a message's own time. */
        String piece;
        String fixedScope;
        String quote;
        String refQuote;
        /** The candidates this time gave, by kind (null: none of that kind). */
        KeyTimeCandidate startCand;
        KeyTimeCandidate endCand;
        boolean detectCand;
        /** The sentence has other times: its clauses may be other events ("recovered at 10:05, status post at 10:31"). */
        boolean shared;
        /** The time opens its line and a monitor's level word in capitals follows it: "06:01 GMT ALERT ...", "04/11 22:10 ALARME ...". */
        boolean levelAfter;
        /**
         * The time opens its line and a monitor's clearing word in capitals follows it: "2024-11-13T17:29:50Z RESOLVED
         * lag > 5 min", "07:31 UTC OK ...": the alert's condition cleared, which lags the service's recovery.
         */
        boolean clearedAfter;
        /** (phase 41) A window's time whose window the sentence names as another party's ({@link #OTHERS_WINDOW}). */
        boolean othersWindow;
        /** (phase 41) Inside a status page's words quoted after its name ({@link #statusPageQuoted}). */
        boolean statusPageQuoted;
    }

    private enum Role { POINT, SINCE, UNTIL, BY }

    private record Context(Utterance u, boolean hindsight, boolean status, ZoneId zone, boolean zoneAssumed, Instant anchor) {
    }

    /**
     * Minutes that some evidence fixes without any assumption: machine stamps, times written with their zone, alerts'
     * own posting times. A write-up whose times carry no zone is read in the zone that puts its times on these
     * minutes ({@link #calibrated}).
     */
    private Set<Long> firmMinutes() {
        if (firm != null) return firm;
        firm = new HashSet<>();
        for (Utterance u : utterances) {
            if (u == null) continue;
            if (u.bot() && u.writtenAt() != null) firm.add(Minutes.of(u.writtenAt()));
            if (!hasClock(u.text())) continue;
            for (TimeMention tm : TimeMentions.find(u.text())) {
                if (tm.instant() == null && tm.zone() == null) continue;
                Instant at = TimeMentions.resolve(tm, u.writtenAt() != null ? u.writtenAt() : incidentAnchor, ZoneOffset.UTC);
                if (at != null) firm.add(Minutes.of(at));
            }
        }
        return firm;
    }

    /** Read once, the first time a write-up needs them (a large chat paste alone never does). */
    private Set<Long> firm;

    /**
     * "14:24 - a spike of requests starts ... 14:27 - EOC is paged", in a comment from someone whose profile zone is
     * UTC+10: a write-up without a zone is often in UTC. When reading its times in UTC puts at least two of them on
     * minutes other evidence fixes (the page's machine stamp, a "14:27 UTC" elsewhere) and the assumed zone puts fewer
     * there, UTC it is; otherwise the assumed zone stays.
     */
    private ZoneId calibrated(List<TimeMention> times, ZoneId zone, Instant anchor) {
        if (zone == null || zone.normalized().equals(ZoneOffset.UTC)) return zone;
        List<TimeMention> bare = new ArrayList<>();
        for (TimeMention tm : times) if (tm.instant() == null && tm.zone() == null) bare.add(tm);
        if (bare.size() < 2 || firmMinutes().isEmpty()) return zone;
        int asAssumed = hits(bare, anchor, zone), asUtc = hits(bare, anchor, ZoneOffset.UTC);
        return asUtc >= 2 && asUtc > asAssumed ? ZoneOffset.UTC : zone;
    }

    private int hits(List<TimeMention> bare, Instant anchor, ZoneId zone) {
        int n = 0;
        for (TimeMention tm : bare) {
            Instant at = TimeMentions.resolve(tm, anchor, zone);
            if (at == null) continue;
            long minute = Minutes.of(at);
            if (firmMinutes().contains(minute) || firm.contains(minute - 1) || firm.contains(minute + 1)) n++;
        }
        return n;
    }

    /** How long after the times it states a comment must be written to be a recap rather than a live update. */
    private static final Duration RECAP_GAP = Duration.ofHours(8);

    /** "The outage lasted from 20:20 to 20:46", written at 10:00 the next day: every time it states is hours old. */
    private static boolean writtenLongAfter(Utterance u, List<TimeMention> times, ZoneId zone) {
        if (u.origin() != Utterance.Origin.COMMENT || u.writtenAt() == null || zone == null) return false;
        int n = 0;
        for (TimeMention tm : times) {
            Instant at = TimeMentions.resolve(tm, u.writtenAt(), zone);
            if (at == null) continue;
            if (undated(tm) && at.isAfter(u.writtenAt().plus(FUTURE_SLACK))) at = at.minus(Duration.ofDays(1)); // last night's
            if (at.isAfter(u.writtenAt().minus(RECAP_GAP))) return false;
            n++;
        }
        return n > 0;
    }

    /** A comment this long after the incident that places its times by weekday looks back on those days. */
    static final Duration WEEKDAY_RECAP = Duration.ofDays(2);

    /**
     * "impact for travellers started around 10:00 on Sunday ... from 05:00 on Monday", written seventeen days later: a
     * comment written days after the incident whose times name their weekday (no date) is an account of those days,
     * so hindsight, read on the incident's days (not on the Sunday before the writing).
     */
    private boolean weekdayRecap(Utterance u, List<TimeMention> times) {
        if (u.origin() != Utterance.Origin.COMMENT || u.writtenAt() == null || incidentAnchor == null
                || !u.writtenAt().isAfter(incidentAnchor.plus(WEEKDAY_RECAP))) return false;
        for (TimeMention tm : times) if (tm.weekday() != null && tm.date() == null && tm.monthDay() == null && !tm.explicitDay()) return true;
        return false;
    }

    /** A live comment's zoneless times read in UTC when only that makes them what just happened ({@link TimeMentions#liveInUtc}). */
    private static ZoneId liveInUtc(Utterance u, List<TimeMention> times) {
        return u.origin() == Utterance.Origin.COMMENT ? TimeMentions.liveInUtc(times, u.writtenAt(), u.zone()) : null;
    }

    /** A line quoted from another text, as mail and Markdown mark it: "> Between 04:39 UTC and 18:38 UTC ...". */
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^\\s*>.*$");

    /**
     * The writer's own lines, when the message quotes another text and the writer's lines have times of their own:
     * "> Between 04:39 UTC and 18:38 UTC (Microsoft's RCA) / our first call was at 07:58". The zone the quoted text
     * writes is its author's, not the writer's, so it says nothing of the zone of "07:58".
     */
    private static String ownLines(String text) {
        if (text.indexOf('>') < 0) return text;
        String own = QUOTED_LINE.matcher(text).replaceAll("");
        return own.length() == text.length() || !hasClock(own) ? text : own;
    }

    /** "timeline" in a chat line not written as a heading. */
    private static final Pattern CHAT_TIMELINE = Pattern.compile("\\btimelines?\\b(?!\\s*[:(])");
    /** How near the incident a day written in a write-up must be to date the times after it. */
    private static final Duration DATED_NEAR = Duration.ofDays(3);
    /** The last time the message being read wrote with its day ("On 15 December 2015 at 15:40Z"), null before one. */
    private Instant datedAnchor;

    /**
     * "Customer-facing summary (RESOLVED) as posted: ...": a status word in capitals in brackets, in the heading of a
     * person's write-up (before a colon), names the state of the post relayed, not an event at the time in the sentence.
     * A status lozenge after a sentence ("All clear at 23:03 UTC [RESOLVED]") is no heading.
     */
    private static final Pattern STATUS_LABEL = Pattern.compile("[(\\[](RESOLVED|MONITORING|INVESTIGATING|IDENTIFIED|MITIGATED|UPDATE)[)\\]](?=[^:.\\n]{0,30}:)");

    private void read(Utterance u) {
        datedAnchor = null;
        String text = RANGE_DASH.matcher(u.text()).replaceAll("$1 to ");
        boolean writeUpLabel = false, resolvedLabel = false;
        if ((u.origin() == Utterance.Origin.COMMENT || u.origin() == Utterance.Origin.DESCRIPTION) && text.indexOf('(') + text.indexOf('[') > -2) {
            Matcher sl = STATUS_LABEL.matcher(text);
            StringBuilder blanked = new StringBuilder();
            while (sl.find()) {
                writeUpLabel = true;
                resolvedLabel |= sl.group(1).equals("RESOLVED");
                sl.appendReplacement(blanked, " ".repeat(sl.group().length()));
            }
            sl.appendTail(blanked);
            text = blanked.toString();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // a write-up (a comment, the description): its times, read once for the recap and zone checks below
        boolean writeUp = u.origin() == Utterance.Origin.COMMENT || u.origin() == Utterance.Origin.DESCRIPTION;
        List<TimeMention> times = writeUp && hasClock(text) ? TimeMentions.find(text) : List.of();
        ZoneId said = hasClock(text) ? TimeMentions.messageZone(ownLines(text)) : null;
        // a comment written a day or more after the incident began
        boolean writtenLater = u.origin() == Utterance.Origin.COMMENT && incidentAnchor != null && u.writtenAt() != null
                && u.writtenAt().isAfter(incidentAnchor.plus(REVIEW_LATER));
        // (phase 36) such a comment in the shape reviews take in any language
        boolean review = writtenLater && reviewShaped(text);
        // (phase 42) "Sammanfattning (fredag 9 april), svensk tid:", "Özet (Salı 26 Mayıs), İstanbul saati:" over a few lines
        // in sentences: a write-up headed as one, days later, though not every line opens with a label; its heading names
        // the writer's zone as a review's does, and the zones in brackets below are another party's
        boolean headed = !review && writtenLater && headedWriteUp(text);
        boolean othersZoneOnly = false;
        if (review || headed) {
            ZoneId own = headingZone(text, u.zone());
            if (own != null) said = own;
            // (phase 38) a review whose heading names no zone, and whose only zones are another party's ("Their window:
            // 18:31 to 19:55 US/Pacific ...", "Microsoft (voorlopige PIR): ... 07:22 UTC"): its own times are the writer's
            else if (said != null && TimeMentions.messageZone(text.substring(0, Math.max(0, text.indexOf('\n')))) == null && othersZonesOnly(text)) {
                said = null;
                othersZoneOnly = true;
            }
        }
        // in chat, "timeline" is a recap's heading only as one ("Timeline:", "timeline (UTC)"); "timeline won't load" is live
        String hindsightWords = u.origin() == Utterance.Origin.CHAT && lower.contains("timeline") ? CHAT_TIMELINE.matcher(lower).replaceAll(" ") : lower;
        boolean saysHindsight = u.origin() != Utterance.Origin.DESCRIPTION && (review || headed || any(Lexicon.HINDSIGHT, hindsightWords) || timedLines(text) >= 3
                || u.origin() == Utterance.Origin.COMMENT && text.indexOf('(') >= 0 && TimeMentions.HEADING.matcher(lower).find()
                || (finalResolution != null && u.writtenAt() != null && u.writtenAt().isAfter(finalResolution.plus(Duration.ofMinutes(5))))
                || u.origin() == Utterance.Origin.TIMELINE_LINE && any(Lexicon.LINE_HINDSIGHT, lower));
        // a write-up that says it is one ("Market notice (final):", days later) is not a live update whose times only make
        // sense in UTC as what just happened
        ZoneId live = !saysHindsight && said == null && u.zoneAssumed() && !times.isEmpty() ? liveInUtc(u, times) : null;
        boolean hindsight = saysHindsight || u.origin() != Utterance.Origin.DESCRIPTION
                && writtenLongAfter(u, times, said != null ? said : live != null ? live : u.zone())
                || weekdayRecap(u, times);
        // a status page's own bot posting ("Statuspage APP: Resolved - This incident has been resolved") is a status post
        // a relayed post labelled RESOLVED was written once the incident was over: hindsight, and a status post
        if (resolvedLabel && u.origin() == Utterance.Origin.COMMENT) hindsight = true;
        boolean status = writeUpLabel || any(Lexicon.STATUS_MESSAGE, lower) || u.bot() && u.author() != null && STATUS_BOT.matcher(u.author()).find();
        if (hindsight && u.writtenAt() != null && any(Lexicon.DETECTION_UNKNOWN, lower)
                && (detectionUnknownSaid == null || u.writtenAt().isAfter(detectionUnknownSaid))) detectionUnknownSaid = u.writtenAt();
        ZoneId zone = u.zone();
        boolean zoneAssumed = u.zoneAssumed();
        if (said != null || live != null) {
            zone = said != null ? said : live;
            zoneAssumed = false;
        }
        Instant written = u.origin() == Utterance.Origin.TIMELINE_LINE ? u.lineTime() : u.writtenAt();
        Instant anchor = written;
        // a write-up is read on the incident's day, unless it dates itself from its writing ("back online at 2:30pm today")
        if (hindsight && incidentAnchor != null && (anchor == null || anchor.isAfter(incidentAnchor))
                && !(u.origin() == Utterance.Origin.COMMENT && TimeMentions.datesItself(text, true))) anchor = incidentAnchor;
        if (anchor == null) anchor = incidentAnchor;
        // a write-up only: a chat message's own times come from its header
        if (zoneAssumed && said == null && !othersZoneOnly && !times.isEmpty()) {
            ZoneId z = calibrated(times, zone, anchor);
            if (z != zone) {
                zone = z;
                zoneAssumed = false; // what other evidence fixed, not an assumption
            }
        }
        Context ctx = new Context(u, hindsight, status, zone, zoneAssumed, anchor);

        List<Mention> earlier = new ArrayList<>();
        List<Said> told = new ArrayList<>();
        Instant previous = null;
        Instant accountStart = null; // the earliest time this message has stated so far
        boolean first = true;
        List<PlacedLine> placed = new ArrayList<>();
        for (String line : text.split("\n")) {
            boolean timedLine = TIMED_LINE.matcher(line).find();
            PlacedLine here0 = new PlacedLine(line, new ArrayList<>(), new ArrayList<>());
            placed.add(here0);
            // (phase 36) "Evaluasi (Selasa 3 Nov), WIB.": a review's heading dates the review, not the times below it
            if (review && placed.size() == 2) datedAnchor = null;
            // (phase 42) "Récap (vendredi 26 janvier), heure de Montréal :", written on that Friday, two days after the
            // incident: a heading dated the day it was written dates the write-up, whatever its shape below
            if (placed.size() == 2 && writtenLater && headingDatesItsWriting(u, text, zone)) datedAnchor = null;
            for (String sentence : sentences(line)) {
                String s = sentence.strip();
                if (s.isEmpty() && !(first && u.lineTime() != null)) continue;
                // (phase 35) "Actions: fallback to password login ..., deploy freeze 11:00 to 13:30 KST.": a recap's list of
                // actions is what will be done, so its times (a freeze window, a check's schedule) are no moment of the incident
                if (hindsight && Lexicon.ACTIONS_LIST.matcher(s).lookingAt()) {
                    first = false;
                    continue;
                }
                List<Mention> ms = mentions(s, ctx, hindsight && timedLine ? previous : null,
                        hindsight && !timedLine ? previous : null, accountStart);
                for (Mention m : ms) if (m.at != null && (accountStart == null || m.at.isBefore(accountStart))) accountStart = m.at;
                Said here = new Said(s, ms, Durations.find(s));
                told.add(here);
                unknownSaid(s, ms, ctx);
                // "Incident began at 04:07 and ended at 06:23. That's when we opened/closed the public incident, not the
                // impact.": the sentence before named other moments than the impact's
                if (told.size() >= 2 && ms.isEmpty() && NOT_THE_IMPACT.matcher(s.toLowerCase(Locale.ROOT)).find())
                    for (Mention pm : told.get(told.size() - 2).ms())
                        if (!pm.posting && pm.at != null) refutedMinutes.add(Minutes.of(pm.at));
                // "At around 15:40 UTC we saw a peak of routing changes. That is when the trouble began for our users.":
                // the sentence before has the time, this one says what it was
                if (told.size() >= 2 && ms.isEmpty()) thatIsWhen(told.get(told.size() - 2), s, ctx);
                // only the rows of a written sequence move it on: a summary sentence above the rows ("impact 09:48 - 10:16,
                // then queues drained until 11:25") would push the first row to the next day
                if (timedLine || !hindsight) for (Mention m : ms) if (m.at != null) previous = m.at;
                relative(s, ms, earlier, ctx);
                if (first && u.origin() == Utterance.Origin.TIMELINE_LINE && u.lineTime() != null) {
                    Mention lm = new Mention();
                    lm.at = u.lineTime();
                    lm.original = u.lineOriginal();
                    lm.assumedZone = u.zoneAssumed() && u.zone() != null ? Zones.label(u.zone()) : null;
                    lm.approx = u.lineOriginal() != null && (u.lineOriginal().startsWith("~") || u.lineOriginal().startsWith("≈"));
                    ms.add(0, lm);
                } else if (ms.isEmpty() && !hindsight && u.writtenAt() != null
                        && (u.origin() == Utterance.Origin.CHAT || u.origin() == Utterance.Origin.COMMENT && !any(Lexicon.PAST_REFERENCE, lower))) {
                    Mention pm = new Mention();
                    pm.at = u.writtenAt();
                    pm.posting = true;
                    pm.original = u.lineOriginal();
                    pm.assumedZone = u.lineOriginal() != null && u.zoneAssumed() && u.zone() != null ? Zones.label(u.zone()) : null;
                    ms.add(pm);
                }
                first = false;
                if (ms.isEmpty()) continue;
                leadingLiveClause(s, ms, ctx);
                preciseReading(s, ms);
                ranges(s, ms);
                restatedWindow(s, ms);
                phaseAfterWindow(s, ms, ctx);
                scopes(s, ms);
                String quote = (u.origin() == Utterance.Origin.TIMELINE_LINE && u.lineOriginal() != null && !s.contains(u.lineOriginal())
                        ? u.lineOriginal() + "  " : "") + s;
                long timed = ms.stream().filter(x -> !x.posting).count();
                String asRead = sameAsAbove(s, ms, told);
                for (Mention m : ms) {
                    m.shared = timed > 1;
                    m.levelAfter = !m.posting && !m.inferred && m.end > m.start && m.end <= s.length()
                            && LINE_HEAD.matcher(s.substring(0, m.start)).matches() && LEVEL_AFTER.matcher(s.substring(m.end)).lookingAt();
                    m.clearedAfter = !m.posting && !m.inferred && m.end > m.start && m.end <= s.length()
                            && LINE_HEAD.matcher(s.substring(0, m.start)).matches() && CLEARED_AFTER.matcher(s.substring(m.end)).lookingAt();
                    m.quote = m.refQuote == null || m.refQuote.equals(s) ? quote : m.refQuote + " " + quote;
                    classify(m, asRead, ctx);
                    here0.ms().add(m);
                    here0.in().add(s);
                }
                earlier.addAll(ms);
            }
        }
        if (review) placedInReview(placed, ctx);
        openingTrigger(told, ctx);
        deniedEnds(told);
        durations(told, ctx);
    }

    /** What a candidate read only from its line's place in a review says in its reason ({@link Precedence#placedStateLess}). */
    static final String BY_PLACE = KeyTimeCandidate.Fact.BY_PLACE.words();

    /** How long after the incident's first moment a comment in a review's shape is a review, not a live update. */
    private static final Duration REVIEW_LATER = Duration.ofHours(20);
    /**
     * A heading's closing words after a comma (in any script) or its bracketed day: the writer naming their zone in their
     * words ("..., norsk tid.", "..., Tokyo jikan.", "สรุปทบทวน (ศุกร์ 16 เม.ย. 2564) เวลาไทย", "...)، ساعت دبی").
     */
    // (phase 38) also inside the bracket, after its day: "Resumen (viernes 15 de mayo, hora CDMX):"
    private static final Pattern HEADING_TAIL = Pattern.compile("[,،，、)]\\s*(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2})\\s*\\)?\\s*[.:]?\\s*$");

    /**
     * (phase 41) A heading's closing words that give the writer's zone by its offset from UTC, after its abbreviation or
     * its name: "Kopsavilkums (Rīgas laiks, EEST = UTC+3).", "Review (Friday), Kyiv time = GMT+2:" (group 1: the offset).
     * Another party's times quoted below with theirs ("Pipedrive pirmie brīdinājumi 06:06 UTC") say nothing of the review's.
     */
    private static final Pattern HEADING_OFFSET = Pattern.compile("(?iu)[,(]\\s*[^,()\\n\\d]{1,30}?\\s*[=≈]\\s*((?:UTC|GMT)\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?)"
            + "\\s*\\)?\\s*[.:]?\\s*$");

    /** (phase 42) A heading line that opens what follows: no time, short, ending with a colon. */
    private static final Pattern HEADING_LINE = Pattern.compile("^[^\\n\\d:]{0,60}\\(?[^\\n:]{0,40}\\)?[^\\n:]{0,40}:\\s*$");

    /**
     * (phase 42) A comment opened by a heading line ({@link #HEADING_LINE}: "Récap (vendredi 26 janvier), heure de
     * Montréal :") with at least two lines below it, one of them with a time. Not a first line that is a sentence, nor
     * one with a time ("Update 14:02:").
     */
    static boolean headedWriteUp(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3 || hasClock(lines[0]) || !HEADING_LINE.matcher(lines[0].strip()).matches()) return false;
        for (int i = 1; i < lines.length; i++) if (hasClock(lines[i])) return true;
        return false;
    }

    /**
     * (phase 42) A write-up's first line with no time that gives a day, the very day (in the writer's zone) the comment was
     * written (the caller asks it only of a comment written a day or more after the incident began): "Récap (vendredi 26 janvier), heure de Montréal :", "Özet (Salı 26
     * Mayıs), İstanbul saati:". The day is the write-up's date, not the day of the times below it, which are the
     * incident's. A heading dated another day ("Recap of Tuesday 24 January:") still dates them; so does any day in a
     * comment written on the incident's own day.
     */
    private static boolean headingDatesItsWriting(Utterance u, String text, ZoneId zone) {
        if (zone == null) return false;
        int nl = text.indexOf('\n');
        if (nl < 0) return false;
        String first = text.substring(0, nl).strip();
        if (first.isEmpty() || first.length() > 90 || hasClock(first)) return false;
        LocalDate writing = u.writtenAt().atZone(zone).toLocalDate();
        return writing.equals(TimeMentions.dayWritten(first, writing));
    }

    /**
     * (phase 36) The shape of a review in any language: a first line without a time (its heading), then at least two
     * lines opening with a short label and a colon, at least one of them with a time, and at most one line opening with
     * a time ("13:40 ni machi chuumon ga zero ni natta no wa atokatazuke de, ..."; a timeline's rows are read as rows).
     */
    static boolean reviewShaped(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3 || hasClock(lines[0]) || lines[0].strip().isEmpty() || lines[0].strip().length() > 90) return false;
        int labelled = 0, timed = 0, rows = 0;
        for (int i = 1; i < lines.length; i++) {
            if (TIMED_LINE.matcher(lines[i]).find() && ++rows > 1) return false;
            if (LABELLED_LINE.matcher(lines[i]).lookingAt()) {
                labelled++;
                if (hasClock(lines[i])) timed++;
            }
        }
        return labelled >= 2 && timed >= 1;
    }

    /**
     * (phase 36) The zone a review's heading ends by naming ("Gjennomgang onsdag 18. mai, norsk tid.", "Jälkikatsaus ti
     * 18.10., Suomen aikaa."): an abbreviation, or, in words this reader does not know, the writer's own; another party's
     * zone quoted below ("(Fastlyn mukaan noin 11:10 GMT)", "a Help Scout 12:33 to 1:19pm EDT ablaka") says nothing of
     * the review's own times. Null when the heading ends with no such words, or names a zone this reader knows (then
     * the message's zone is read as every message's).
     */
    private static ZoneId headingZone(String text, ZoneId writers) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        // (phase 38) "Recap (Tue 17 Dec), all Dublin time - Greenhost's CET minus one hour:": a city's time the heading
        // names as the writer's, beside another party's zone, is the review's zone
        ZoneId city = hasClock(first) ? null : Zones.cityTimeNamed(first);
        ZoneId known = TimeMentions.messageZone(first);
        if (city != null && (known == null || !city.normalized().equals(known.normalized()))) return city;
        if (known != null) return null; // a zone this reader knows: read as every message's
        // (phase 41) "Kopsavilkums (Rīgas laiks, EEST = UTC+3).": the heading ends by naming its zone with the offset
        Matcher offset = hasClock(first) ? null : HEADING_OFFSET.matcher(first);
        if (offset != null && offset.find()) {
            ZoneId z = Zones.parse(offset.group(1).replaceAll("\\s+", "").replace('−', '-'));
            if (z != null) return z;
        }
        Matcher tail = HEADING_TAIL.matcher(first);
        if (!tail.find()) return null;
        ZoneId z = Zones.parse(tail.group(1));
        return z != null ? z : writers;
    }

    /**
     * Before a time with its zone, words that make the line another party's account: "Their window:", "Microsoft's 16:00
     * UTC", "per Google", "according to", "Microsoft (voorlopige PIR):" (a name with a bracket, then a colon, opening the
     * line). Not "Start (UTC): 10:02" (a bracket naming the zone is the line's own).
     */
    private static final Pattern OTHERS_BEFORE = Pattern.compile("(?iu)\\b(?:their|theirs|per|according to)\\b|(?-i:\\p{Lu}[\\p{L}-]+)['’]s\\b");
    private static final Pattern NAMED_LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s*\\(([^()]{1,40})\\)\\s*:");

    /**
     * (phase 38) Every line after the heading that writes a time with its zone is another party's account ({@link
     * #OTHERS_BEFORE} before that time, or a line opened by a name and a bracket), and at least one does.
     */
    private static boolean othersZonesOnly(String text) {
        String[] lines = text.split("\n");
        int others = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            Matcher label = NAMED_LABEL.matcher(line);
            boolean named = label.find() && Zones.parse(label.group(1).strip()) == null && TimeMentions.messageZone(label.group(1)) == null;
            List<TimeMention> zoned = new ArrayList<>();
            List<TimeMention> found = TimeMentions.find(line);
            for (TimeMention tm : found) if (tm.zone() != null || tm.instant() != null) zoned.add(tm);
            // "Their window: 18:31 to 19:55 US/Pacific on the 9th": a zone the line names for its times though no single
            // time carries it; the line's first time stands for them
            if (zoned.isEmpty() && !found.isEmpty() && TimeMentions.messageZone(line) != null) zoned.add(found.get(0));
            for (TimeMention tm : zoned) {
                if (!named && !OTHERS_BEFORE.matcher(line.substring(0, tm.start())).find()) return false;
                others++;
            }
        }
        return others > 0;
    }

    /** One line of a message with the times read in it and the sentence each was read in. */
    private record PlacedLine(String text, List<Mention> ms, List<String> in) {
    }

    /** A line that opens with a short label and a colon, the label without digits: "Oppdaget: ...", "Τέλος για μας: 16:05". */
    private static final Pattern LABELLED_LINE = Pattern.compile("^\\s*[-*•]?\\s*[^\\d:\\n]{1,40}:\\s+\\S");
    /** Between a window's two times: a short joiner (a dash, an arrow, "to", "kara"), no clause or sentence break. */
    private static final Pattern WINDOW_JOIN = Pattern.compile("^\\s*[^\\d.,;:!?]{1,8}?\\s*$");

    /**
     * (phase 36) A review written days later whose words this reader may not know, in the shape reviews take in any
     * language: a heading line without a time ("Gjennomgang onsdag 18. mai, norsk tid.", "Furikaeri (9/7 suiyoubi),
     * Tokyo jikan."), then labelled lines in the order a key-time summary follows: the impact (a start, or a window
     * "Feilvindu hos oss: 12:31–13:47", "Eikyou: 10:58 kara 13:26 made"), how it was detected ("Oppdaget: ... 12:31"),
     * and the end ("Τέλος για μας: 16:05"), then cause and actions. Each labelled or timed line takes the next of the three
     * places; a place whose line has no time ("Έναρξη: δεν ξέρουμε ακριβώς") stays empty. A line the lexicon understood
     * keeps its own candidates, and one it read as another kind than its place means the review does not follow that
     * order: then the places say nothing. Lines that open with a time (a timeline's rows) are no such summary. The
     * places' candidates are one tier below a known word's, so a label the lexicon knows still wins.
     */
    private void placedInReview(List<PlacedLine> lines, Context ctx) {
        if (lines.size() < 3 || hasClock(lines.get(0).text()) || lines.get(0).text().strip().length() > 90) return;
        int labelled = 0;
        for (PlacedLine l : lines.subList(1, lines.size())) if (LABELLED_LINE.matcher(l.text()).lookingAt()) labelled++;
        if (labelled < 2) return;
        Kind[] order = {Kind.STARTED, Kind.DETECTED, Kind.RESOLVED};
        List<Kind> kinds = new ArrayList<>();
        List<Mention> at = new ArrayList<>();
        List<Mention> until = new ArrayList<>();
        int place = 0;
        boolean endTaken = false;
        for (PlacedLine l : lines.subList(1, lines.size())) {
            if (place >= order.length) break;
            List<Mention> own = new ArrayList<>();
            List<String> in = new ArrayList<>();
            List<String> said = sentences(l.text());
            String opening = said.isEmpty() ? null : said.get(0).strip();
            for (int i = 0; i < l.ms().size(); i++) {
                Mention m = l.ms().get(i);
                String s = l.in().get(i);
                // only the label's own clause: "Start: unknown. ... Tuesday evening", "Quando soubemos: ninguém registou a
                // hora ...; o ticket foi aberto às 14:35" say no time of their place
                if (m.at == null || m.posting || m.inferred || !s.equals(opening) || m.start > firstClauseEnd(s) || inBracket(s, m.start)) continue; // "(Fastly: about 11:10 GMT)": an aside
                own.add(m);
                in.add(s);
            }
            boolean labelledLine = LABELLED_LINE.matcher(l.text()).lookingAt();
            if (!labelledLine && own.isEmpty()) continue;
            Kind kind = order[place];
            // a line the lexicon read as another key time than its place: the review keeps another order
            for (Mention m : l.ms()) {
                if (m.startCand != null && kind != Kind.STARTED) return;
                if (m.detectCand && kind != Kind.DETECTED) return;
                if (m.endCand != null && kind != Kind.RESOLVED && !(kind == Kind.STARTED && m.rangeEnd)) return;
            }
            Mention first = own.isEmpty() ? null : own.get(0), second = null;
            if (kind == Kind.STARTED && own.size() >= 2 && in.get(0).equals(in.get(1)) && own.get(1).start >= first.end
                    && WINDOW_JOIN.matcher(BRACKETED.matcher(in.get(0).substring(first.end, own.get(1).start)).replaceAll(" ")).matches())
                second = own.get(1);
            kinds.add(kind);
            at.add(first);
            until.add(second);
            place++;
            if (second != null) {
                endTaken = true; // the window gave the end: the next line is the detection's, and none is the end's
                order = new Kind[]{Kind.STARTED, Kind.DETECTED, null};
            }
            while (place < order.length && order[place] == null) place++;
        }
        for (int i = 0; i < kinds.size(); i++) {
            Mention m = at.get(i), e = until.get(i);
            if (m == null) continue;
            Kind kind = kinds.get(i);
            if (kind == Kind.STARTED) {
                if (m.startCand == null) add(Kind.STARTED, candidate(m, ctx, 2, e != null ? "start of the impact window, " + BY_PLACE + " (the first line after its heading)"
                        : "impact start, " + BY_PLACE + " (the first line after its heading)", KeyTimeCandidate.Fact.BY_PLACE));
                if (e != null && e.endCand == null) {
                    Mention end = e;
                    if (!e.at.isAfter(m.at)) { // "10:53 (dilluns) → 02:58 (dimarts)": past midnight
                        end = new Mention();
                        end.at = e.at.plus(Duration.ofDays(1));
                        end.original = e.original;
                        end.assumedZone = e.assumedZone;
                        end.approx = e.approx;
                        end.quote = e.quote;
                    }
                    add(Kind.RESOLVED, candidate(end, ctx, 2, "end of the impact window, " + BY_PLACE + " (the first line after its heading)", KeyTimeCandidate.Fact.BY_PLACE));
                }
            } else if (kind == Kind.DETECTED && !m.detectCand) {
                add(Kind.DETECTED, candidate(m, ctx, 2, "first report, " + BY_PLACE + " (the line after the impact's)", KeyTimeCandidate.Fact.BY_PLACE));
            } else if (kind == Kind.RESOLVED && !endTaken && m.endCand == null) {
                add(Kind.RESOLVED, candidate(m, ctx, 2, "end of impact, " + BY_PLACE + " (the line after the detection's)", KeyTimeCandidate.Fact.BY_PLACE));
            }
        }
    }

    /** Where a sentence's first clause ends: its first comma or semicolon (in any script) outside brackets (or its end). */
    private static int firstClauseEnd(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(') open++;
            else if (ch == ')' && open > 0) open--;
            else if (",;،؛，、；".indexOf(ch) >= 0 && open == 0) return i;
        }
        return s.length();
    }

    /**
     * "end time not recorded", "the start minute is not in our notes", "Nobody wrote down when the last site came back":
     * a person's sentence without a time of its own saying that the start or the end of impact is not known. Candidates
     * of that kind written until then are only hints (a later message may still state it).
     */
    private void unknownSaid(String s, List<Mention> ms, Context ctx) {
        Utterance u = ctx.u();
        if (u.bot() || u.writtenAt() == null) return;
        // "When service came back for our nurses we cannot say: ... the 5:04 and 7:18 PM posts are Verizon's": the
        // question put first and answered "not known" says so even with other times after it; only its own words count
        Matcher asked = Lexicon.WHEN_NOT_KNOWN.matcher(s.toLowerCase(Locale.ROOT));
        String lower;
        if (asked.find()) lower = asked.group();
        else {
            if (ms.stream().anyMatch(m -> !m.posting)) return;
            lower = s.toLowerCase(Locale.ROOT);
            if (!any(Lexicon.NOT_KNOWN, lower)) return;
        }
        if (Lexicon.START_WORD.matcher(lower).find() && (startUnknownSaid == null || u.writtenAt().isAfter(startUnknownSaid)))
            startUnknownSaid = u.writtenAt();
        if (Lexicon.END_WORD.matcher(lower).find() && (endUnknownSaid == null || u.writtenAt().isAfter(endUnknownSaid)))
            endUnknownSaid = u.writtenAt();
    }

    /** A sentence that says the impact is not over: "This is NOT the end", "NOT resolved", "activity log topics still damaged". */
    private static final Pattern DENIES_END = Pattern.compile("\\bnot (?:yet )?(?:the end|over|resolved|fixed|recovered|done)\\b"
            + "|\\bstill\\b[^.;]{0,40}\\b(?:fail\\w*|errors?|degrad\\w*|broken|down|damaged|missing|lost|affected|slow|impact\\w*|corrupt\\w*|unavailable)\\b");

    /**
     * "8:40 AM ET ground stop lifted. This is NOT the end - cancellations continue all day": a recovery followed in the
     * same message by a sentence without a time of its own that says the impact goes on is a partial recovery.
     */
    private void deniedEnds(List<Said> told) {
        for (int i = 0; i + 1 < told.size(); i++) {
            Said next = told.get(i + 1);
            if (next.ms().stream().anyMatch(m -> !m.posting) || !DENIES_END.matcher(next.text().toLowerCase(Locale.ROOT)).find()) continue;
            for (Mention m : told.get(i).ms()) {
                if (m.endCand == null || m.endCand.confidence() < Precedence.CHOOSE) continue;
                List<KeyTimeCandidate> list = found.get(Kind.RESOLVED);
                int at = list.indexOf(m.endCand);
                if (at < 0) continue;
                m.endCand = lowered(m.endCand, "the next sentence says the impact went on");
                list.set(at, m.endCand);
            }
        }
    }

    /** Internal data named as part of a recovery: "including logs and metrics", "analytics and dashboards too". */
    private static final Pattern OWN_DATA = Pattern.compile("\\b(?:including|incl\\.|as well as|and also|plus)\\s+(?:the\\s+|our\\s+)?(?:\\w+\\s+){0,2}?"
            + "(?:logs?|logging|metrics|analytics|dashboards?|telemetry|reporting|monitoring data)\\b");

    /** What "lasted until" must be said of: the incident itself, not a backlog or a queue. */
    private static final Pattern WHOLE_INCIDENT = Pattern.compile("\\b(?:incident|outage|impact|disruption|degradation|downtime|attack)\\b");
    /** "lasted until", "went on until", right before the time. */
    private static final Pattern LASTED_UNTIL = Pattern.compile("\\b(?:lasted|went on|continued|persisted)\\s+(?:until|till|through)\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");

    /** A sentence saying the times just written are another moment's: "that's when we opened the public incident, not the impact". */
    private static final Pattern NOT_THE_IMPACT = Pattern.compile("\\b(?:that|this|those|these)(?:'s|’s| is| was| are| were)\\s+(?:just |only |merely )?when\\b[^.;]{0,80}?"
            + ",?\\s*(?:and )?not (?:when )?(?:the )?(?:customer |user )?(?:impact|outage|failure|errors?)\\b");

    /** "That is when the trouble began", "this was when users started to fail", "that's when impact started". */
    private static final Pattern THAT_IS_WHEN_START = Pattern.compile("^\\W*(?:and\\s+)?(?:that|this)(?:'s|’s| is| was)\\s+(?:exactly |also |roughly |about )?when\\s+"
            + "(?:the\\s+|our\\s+|customer\\s+|user\\s+)*(?:trouble|impact|outage|problems?|errors?|failures?|issues?|disruption|downtime)\\s+(?:\\w+\\s+){0,1}?(?:began|begun|started|start)\\b");

    /**
     * A sentence without a time of its own that says the time written just before was the start ("That is when the
     * trouble began for our users."): the start, said of the one time of the sentence before, as firmly as if it had
     * been written next to it. A sentence before with several times says nothing clear, so nothing is added.
     */
    private void thatIsWhen(Said before, String s, Context ctx) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!THAT_IS_WHEN_START.matcher(lower).find() || any(Lexicon.INTENT, lower) || any(Lexicon.NO_IMPACT, lower)) return;
        List<Mention> timed = before.ms().stream().filter(x -> !x.posting && x.at != null).toList();
        if (timed.size() != 1 || timed.get(0).startCand != null) return;
        Mention m = timed.get(0);
        KeyTimeCandidate c = candidate(m, ctx, 3, "impact start, said of the time just before");
        add(Kind.STARTED, m.startCand = c.withQuote(quote(before.text() + " " + s.strip())));
    }

    /** The change or action a recap opens with ("released a content update", "executed a command", "automated activity"). */
    private static final Pattern OPENING_ACTION = Pattern.compile("\\b(?:deploy(?:ed|ment)?|released?|rolled out|pushed|executed|ran|applied|triggered|"
            + "(?:config(?:uration)?|content|software|firmware) (?:change|update)|automated (?:activity|job|process)|command)\\b");
    /** ... and what it did at once, said without a time of its own. */
    private static final Pattern AT_ONCE = Pattern.compile("\\b(?:crash\\w*|overwhelm\\w*|unexpected\\w*|incorrect\\w*|by mistake|mistyped|surge|boot ?loop\\w*|"
            + "out[- ]of[- ]bounds|brought down|took down|taken down|removed|deleted|wiped|failed|failing|errors?|outage|unavailable|unreachable|"
            + "triggered an? (?:\\w+ )?(?:bug|fault|defect))\\b");
    /** The consequence came later, not at once. */
    private static final Pattern LATER = Pattern.compile("\\b(?:later|hours?|minutes?|days?|next (?:day|morning)|eventually|gradually|over time|until)\\b");

    /**
     * "On Friday, July 19 at 04:09 UTC we released a content configuration update. Sensors that received it ... crashed.",
     * in a recap: an account that opens with the change that set it off, followed at once by what it broke (in the same
     * sentence or the next, which has no time of its own), with no other start stated. Impact began with it: a start
     * candidate, INFERRED (the minute is written, that impact began then is read from the account) and only just
     * choosable, so any start the evidence states outright wins over it. "The change went out at 08:40 with no customer
     * impact" or a change whose effects came "hours later" gives none.
     */
    private void openingTrigger(List<Said> told, Context ctx) {
        if (!ctx.hindsight() || ctx.u().origin() != Utterance.Origin.COMMENT) return;
        for (int i = 0; i < told.size(); i++) {
            Said said = told.get(i);
            List<Mention> timed = said.ms().stream().filter(x -> !x.posting).toList();
            if (timed.isEmpty()) continue;
            // only the account's first timed sentence, with one time that gave no start of its own
            if (timed.size() != 1) return;
            Mention m = timed.get(0);
            if (m.startCand != null || m.role != Role.POINT || m.rangeStart || m.rangeEnd || m.approx || m.at == null) return;
            String here = said.text().toLowerCase(Locale.ROOT);
            String next = i + 1 < told.size() && told.get(i + 1).ms().stream().allMatch(x -> x.posting)
                    ? told.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            if (!OPENING_ACTION.matcher(here).find() || any(Lexicon.INTENT, here)) return;
            String after = here.substring(Math.min(here.length(), m.end));
            boolean atOnce = AT_ONCE.matcher(after).find() || AT_ONCE.matcher(next).find();
            String both = here + " " + next;
            if (!atOnce || any(Lexicon.NO_IMPACT, both) || any(Lexicon.NO_FAILURE, both) || LATER.matcher(both).find()) return;
            KeyTimeCandidate c = candidate(m, ctx, 2, "the change the account opens with, followed at once by the failure it caused");
            add(Kind.STARTED, c.judged(KeyTime.Basis.INFERRED, Precedence.CHOOSE + 0.05,
                    c.reason() + "; that impact began with it is read from the account, not stated"));
            return;
        }
    }

    // ------------------------------------------------------------------ lengths of impact

    /**
     * (phase 39) "- 12:45 - 12:55 failed or slow web requests, API latency and errors / - 13:10 - 14:30 same / - 14:46 -
     * 15:21 same": a window row that says only "same" (or "ditto", "as above", "idem", "again") repeats what the row
     * above said of its window, so it is read with that row's words (appended after its own, so the row's times keep
     * their places); any other sentence is read as written. Lower case.
     */
    private static String sameAsAbove(String s, List<Mention> ms, List<Said> told) {
        String lower = s.toLowerCase(Locale.ROOT);
        String rest = withoutTimes(lower, ms);
        if (rest == null || !SAME_ROW.matcher(rest).matches()) return lower;
        // the nearest row above that says something of its window ("same" under "same" repeats the first)
        for (int i = told.size() - 2; i >= 0; i--) {
            Said above = told.get(i);
            String words = above.text().toLowerCase(Locale.ROOT), aboveRest = withoutTimes(words, above.ms());
            if (aboveRest == null) return lower;
            if (SAME_ROW.matcher(aboveRest).matches()) continue;
            return lower + " | " + aboveRest.replaceAll("\\s+", " ").strip();
        }
        return lower;
    }

    /** A window row's words without its times, or null when it has no window. */
    private static String withoutTimes(String lower, List<Mention> ms) {
        if (ms.stream().noneMatch(m -> m.rangeStart || m.rangeEnd)) return null;
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Mention m : ms.stream().filter(x -> !x.posting && x.end > x.start).sorted(java.util.Comparator.comparingInt(x -> x.start)).toList()) {
            if (m.start < at || m.end > lower.length()) return null;
            rest.append(lower, at, m.start).append(' ');
            at = m.end;
        }
        return rest.append(lower.substring(Math.min(at, lower.length()))).toString();
    }

    private static final Pattern SAME_ROW = Pattern.compile("[\\s\\p{Punct}–—→]*(?:(?:from|between|to|and|until|till)[\\s\\p{Punct}–—→]+)*"
            + "(?:same|the same|ditto|idem|as above|same as above|again|likewise)[\\s\\p{Punct}]*");

    /** One sentence of a piece of evidence: its times (once classified) and the lengths of impact it says. */
    private record Said(String text, List<Mention> ms, List<Durations.Length> lengths) {
    }

    /** A length of impact with no time of its own message to add it to: added to the chosen start once all is read. */
    private record Floating(Durations.Length length, Context ctx, String quote, double confidence) {
    }

    private final List<Floating> floating = new ArrayList<>();

    /** A page, a report or a recovery said to come some minutes after impact began, with no time of its own. */
    private record AfterStart(long minutes, Context ctx, String sentence) {
    }

    private final List<AfterStart> afterStart = new ArrayList<>();

    /** What "N minutes after ..." counts from when it is the start of impact: "after we started seeing", "after the outage began". */
    private static final Pattern START_REF = Pattern.compile("^\\s*(?:(?:we|it|they|users|customers|the (?:outage|incident|impact|problem|issues?|errors?|failures?|degradation|disruption))\\b[^.;]{0,24}?\\b(?:started|began|begun|first)\\b"
            + "|the (?:start|beginning|onset) of (?:the )?(?:outage|incident|impact|problem|errors|failures|degradation|disruption))");

    /**
     * "At 16:04 the job table hit its limit. For 27 minutes the API was unavailable": a length of impact added to the
     * start said next to it (the same sentence, the one before or after) gives an INFERRED end, taken from an end it
     * gives an INFERRED start; a time written just before the length with no other role is taken as the start it
     * counts from (INFERRED too). A length with no time next to it waits for the chosen start ({@link #floating}).
     */
    private void durations(List<Said> said, Context ctx) {
        // a message that says where impact began and where it ended needs no length to find either: a time next to its
        // length ("14:36 - source identified. The spike lasted 2 minutes") is another event, not the start
        boolean bothEnds = false, someStart = false, someEnd = false;
        for (Said x : said)
            for (Mention m : x.ms()) {
                if (m.inferred) continue;
                if (m.startCand != null && m.startCand.confidence() >= Precedence.CHOOSE) someStart = true;
                if (m.endCand != null && m.endCand.confidence() >= Precedence.CHOOSE) someEnd = true;
            }
        bothEnds = someStart && someEnd;
        for (int i = 0; i < said.size(); i++) {
            Said d = said.get(i);
            if (d.lengths().isEmpty()) continue;
            if (d.ms().stream().anyMatch(m -> m.rangeStart || m.rangeEnd)) continue; // the window says both ends
            for (Durations.Length len : d.lengths()) {
                double conf = lengthConfidence(len, ctx);
                boolean tied = tie(len, conf, d, d, ctx)
                        || i > 0 && tie(len, conf, said.get(i - 1), d, ctx)
                        || i + 1 < said.size() && tie(len, conf, said.get(i + 1), d, ctx)
                        || !bothEnds && untypedStart(len, conf, d, d, ctx)
                        || !bothEnds && i > 0 && untypedStart(len, conf, said.get(i - 1), d, ctx)
                        || !bothEnds && i + 1 < said.size() && BEGAN.matcher(said.get(i + 1).text().toLowerCase(Locale.ROOT)).find()
                        && untypedStart(len, conf, said.get(i + 1), d, ctx);
                // a length whose sentence has times of its own that it does not fit is about something else
                if (!tied && d.ms().stream().allMatch(m -> m.posting)) floating.add(new Floating(len, ctx, d.text(), conf));
            }
        }
    }

    /** A length said live counts a little, in hindsight more; an estimate ("about an hour") less. */
    private static double lengthConfidence(Durations.Length len, Context ctx) {
        Statement st = statementOf(ctx, len.approx());
        double c = 0.55 + switch (st) {
            case HINDSIGHT, MACHINE_STAMP -> 0.15;
            case LIVE_REPORT -> 0.05;
            default -> 0.0;
        } - 0.05; // inferred
        if (len.approx()) c -= 0.05;
        return c;
    }

    private static Statement statementOf(Context ctx, boolean approx) {
        if (ctx.hindsight()) return Statement.HINDSIGHT;
        if (ctx.u().origin() == Utterance.Origin.DESCRIPTION || ctx.status() || approx) return Statement.EARLY_ESTIMATE;
        return Statement.LIVE_REPORT;
    }

    /** A time next to the length that is a start (or an end) already: the other end, inferred. */
    private boolean tie(Durations.Length len, double conf, Said at, Said d, Context ctx) {
        Mention start = null, end = null;
        for (Mention m : at.ms()) {
            if (at == d && !m.posting && !sameSpan(len, m, d)) continue;
            KeyTimeCandidate own = m.startCand != null ? m.startCand : m.endCand;
            if (own != null && own.confidence() < Precedence.CHOOSE) continue; // a hint (a vendor's recovery, a status post) is no anchor
            if (m.startCand != null && m.endCand == null && (start == null || closer(m, start, len, at == d))) start = m;
            if (m.endCand != null && m.startCand == null && (end == null || closer(m, end, len, at == d))) end = m;
        }
        if (start != null && end != null && at != d) return true; // both ends said next to it: nothing to infer
        if (start != null && end != null) { // the time nearer the length is the one it counts from or to
            if (closer(start, end, len, true)) end = null;
            else start = null;
        }
        if (start != null) {
            add(Kind.RESOLVED, derived(start.at.plus(Duration.ofMinutes(len.minutes())), len, Math.min(conf, start.startCand.confidence()), ctx,
                    join(at, d), "the start (" + HM.format(start.at) + " UTC) plus how long the impact lasted ('" + len.written() + "')"));
            return true;
        }
        if (end != null) {
            add(Kind.STARTED, derived(end.at.minus(Duration.ofMinutes(len.minutes())), len, Math.min(conf, end.endCand.confidence()), ctx,
                    join(at, d), "the end (" + HM.format(end.at) + " UTC) less how long the impact lasted ('" + len.written() + "')"));
            return true;
        }
        return false;
    }

    /** Whether {@code a} is the better anchor: nearer the length in its own sentence, else the more trusted. */
    private static boolean closer(Mention a, Mention b, Durations.Length len, boolean sameSentence) {
        if (sameSentence) return distance(a, len) < distance(b, len);
        KeyTimeCandidate ca = a.startCand != null ? a.startCand : a.endCand, cb = b.startCand != null ? b.startCand : b.endCand;
        return ca.confidence() > cb.confidence();
    }

    private static int distance(Mention m, Durations.Length len) {
        return m.posting ? Integer.MAX_VALUE / 2 : m.start >= len.end() ? m.start - len.end() : Math.max(0, len.start() - m.end);
    }

    /**
     * A time and a length of the same sentence belong together unless another length stands between them, or the time
     * comes after the length and a "then" (the next phase) before it: "degraded for 9 minutes, then from 03:08 down".
     */
    private static boolean sameSpan(Durations.Length len, Mention m, Said d) {
        int from = Math.min(len.end(), m.end), to = Math.max(len.start(), m.start);
        if (from > to) return true;
        for (Durations.Length other : d.lengths()) if (other != len && other.start() >= from && other.end() <= to) return false;
        String between = d.text().substring(from, to).toLowerCase(Locale.ROOT);
        return !(m.start >= len.end() && NEXT_PHASE.matcher(between).find());
    }

    /** What a detection can say it saw that is impact itself, not a cause: errors, latency, failing requests, an outage. */
    private static final Pattern SYMPTOM = Pattern.compile("\\b(?:detected|noticed|alerted (?:on|to)|saw|observed|flagged|picked up"
            + "|(?:alarms?|alerts?) (?:\\w+ ){0,2}?(?:firing|fired|went off|triggered) (?:for|on|about))\\b[^.;]{0,40}?"
            + "\\b(?:errors?|error rates?|5xx|50[0-4]s?|latency|timeouts?|failures?|failing|fail(?:s|ed)?|outage|unavailab\\w*|down|degrad\\w*|slow\\w*|delays?|problems?)\\b");

    /** A window named as the impact itself ("customer impact 09:48 - 10:16", "impact duration", "impact window"). */
    private static final Pattern IMPACT_WORD = Pattern.compile("\\bimpact(?:ed)?\\b");

    /** Source and minute of times a message puts after the impact window it states ("then queues drained until 11:25"). */
    private final Set<String> afterWindow = new HashSet<>();

    /**
     * "Impact duration 09:48 - 10:16 UTC, then a slow recovery of queued jobs until 11:25 UTC": the later time is a
     * phase after the impact, so the same message's "11:25 full recovery" row is the end of that phase, not of impact.
     */
    private void phaseAfterWindow(String s, List<Mention> ms, Context ctx) {
        Mention end = null;
        for (Mention m : ms) {
            if (m.rangeEnd && IMPACT_WORD.matcher(s.toLowerCase(Locale.ROOT)).find()) {
                end = m;
                continue;
            }
            if (end == null || m.posting || m.inferred || m.rangeStart || !m.at.isAfter(end.at)) continue;
            String between = s.substring(end.end, m.start).toLowerCase(Locale.ROOT);
            if (NEXT_PHASE.matcher(between).find()) afterWindow.add(ctx.u().source() + "|" + Minutes.of(m.at));
        }
    }
    /** Someone answering the incident: a time of the response, never where a length of impact starts. */
    private static final Pattern RESPONSE = Pattern.compile("\\b(?:acknowledg\\w*|ack'?d|responded|joined|escalat\\w*|assigned|took (?:it|the page|ownership))\\b");

    /** "It began at 13:02 when ...": the sentence after a length names where it starts. */
    private static final Pattern BEGAN = Pattern.compile("\\b(?:began|begun|begins|started|starts|kicked off)\\b");
    private static final Pattern NEXT_PHASE = Pattern.compile("\\b(?:then|after that|afterwards|followed by|later|before)\\b");

    /**
     * "At 16:04 the ID reached its limit. For 27 minutes the API was unavailable": the only time of the sentence before
     * the length (or of its own), said of nothing else, is where the length starts.
     */
    private boolean untypedStart(Durations.Length len, double conf, Said at, Said d, Context ctx) {
        Mention only = null;
        for (Mention m : at.ms()) {
            if (m.posting) continue;
            if (only != null || m.inferred || m.rangeStart || m.rangeEnd || m.startCand != null || m.endCand != null || m.detectCand
                    || m.role == Role.UNTIL || m.role == Role.BY) return false;
            only = m;
        }
        if (only == null) return false;
        String lower = at.text().toLowerCase(Locale.ROOT);
        // "the downtime was acknowledged at 00:14": a response, not where the length starts
        if (RESPONSE.matcher(lower).find()) return false;
        if (any(Lexicon.INTENT, lower) || any(Lexicon.NO_IMPACT, lower) || any(Lexicon.STRONG_DETECT, lower) || any(Lexicon.WEAK_DETECT, lower)
                || any(Lexicon.RECOVER, lower) || any(Lexicon.STATUS_POST, lower)) return false;
        double c = conf;
        String quote = join(at, d);
        add(Kind.STARTED, derived(only.at, null, c, ctx, quote, "the time written next to how long the impact lasted ('" + len.written() + "')"));
        add(Kind.RESOLVED, derived(only.at.plus(Duration.ofMinutes(len.minutes())), len, c, ctx, quote,
                "that time (" + HM.format(only.at) + " UTC) plus how long the impact lasted ('" + len.written() + "')"));
        return true;
    }

    private static String join(Said a, Said b) {
        return a == b ? a.text() : a.text() + " " + b.text();
    }

    private KeyTimeCandidate derived(Instant at, Durations.Length len, double conf, Context ctx, String quote, String why) {
        Utterance u = ctx.u();
        Statement st = statementOf(ctx, len != null && len.approx());
        String reason = why + switch (st) {
            case HINDSIGHT -> ", written in hindsight";
            case EARLY_ESTIMATE -> ", an estimate";
            default -> ", said live";
        };
        // a length written "approximately ..." makes the time it gives approximate
        Set<KeyTimeCandidate.Fact> facts = why.contains("approximate") ? Set.of(KeyTimeCandidate.Fact.APPROXIMATE) : Set.of();
        return new KeyTimeCandidate(at, u.source(), u.where(), quote(quote), null, null, u.author(), u.writtenAt(), st,
                KeyTime.Basis.INFERRED, conf, reason, facts);
    }

    /** Lengths with no time next to them: the chosen start plus the length (or the chosen end less it), inferred. */
    private void floating(Map<Kind, List<KeyTimeCandidate>> out) {
        if (floating.isEmpty() && afterStart.isEmpty()) return;
        KeyTimes pre = Precedence.choose(out);
        KeyTime s = pre.started(), r = pre.resolved();
        if (s.known() && firm(s))
            for (AfterStart a : afterStart) {
                String lower = a.sentence().toLowerCase(Locale.ROOT);
                Kind kind = any(Lexicon.INTENT, lower) ? null : any(Lexicon.STRONG_DETECT, lower) || any(Lexicon.WEAK_DETECT, lower) ? Kind.DETECTED
                        : any(Lexicon.STRONG_END, lower) || any(Lexicon.RECOVER, lower) ? Kind.RESOLVED : null;
                if (kind == null) continue;
                double c = Math.min(0.85, s.confidence()) - 0.05;
                String why = a.minutes() + " min after the chosen start (" + HM.format(s.at()) + " UTC)";
                out.get(kind).add(derived(s.at().plus(Duration.ofMinutes(a.minutes())), null, c, a.ctx(), a.sentence(), why));
            }
        for (Floating f : floating) {
            KeyTime anchor = s.known() && firm(s) ? s : r.known() && firm(r) ? r : null;
            if (anchor == null) continue;
            boolean fromStart = anchor == s;
            Duration d = Duration.ofMinutes(f.length().minutes());
            double c = Math.min(f.confidence(), anchor.confidence()) - 0.05; // tied to another message's time
            String why = fromStart ? "the chosen start (" + HM.format(s.at()) + " UTC) plus how long the impact lasted ('" + f.length().written() + "')"
                    : "the chosen end (" + HM.format(r.at()) + " UTC) less how long the impact lasted ('" + f.length().written() + "')";
            KeyTimeCandidate k = derived(fromStart ? s.at().plus(d) : r.at().minus(d), f.length(), c, f.ctx(), f.quote(), why);
            out.get(fromStart ? Kind.RESOLVED : Kind.STARTED).add(k);
        }
    }

    /** A chosen time firm enough to count a length from: said as a boundary, not an estimate. */
    private static boolean firm(KeyTime k) {
        return k.basis() == KeyTime.Basis.STATED && k.confidence() != null && k.confidence() >= 0.7
                && k.statement() != Statement.EARLY_ESTIMATE;
    }

    /**
     * The sentences of a line: cut after ".", "!", "?" or a symbol before a capital, a digit or a quote, and, as chat is
     * written, after a lower-case word of 2-10 letters and its full stop before another lower-case word ("paged. ingest
     * error rate up. started ~1:30"), unless that word is an abbreviation.
     */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String piece : SENTENCE.split(line)) {
            int from = 0, n = piece.length();
            for (int i = 1; i < n; i++) {
                char p = piece.charAt(i - 1);
                if (!Character.isWhitespace(piece.charAt(i)) || p != '.' && p != '!' && p != '?') continue;
                int ws = i;
                while (ws < n && Character.isWhitespace(piece.charAt(ws))) ws++;
                if (ws + 1 >= n || !Character.isLowerCase(piece.charAt(ws)) || !Character.isLowerCase(piece.charAt(ws + 1))) continue;
                int w = i - 1;
                while (w > 0 && Character.isLetter(piece.charAt(w - 1))) w--;
                int len = i - 1 - w;
                if (len < 2 || len > 10 || w > 0 && piece.charAt(w - 1) == '.') continue;
                boolean lower = true;
                for (int k = w; k < i - 1; k++) if (!Character.isLowerCase(piece.charAt(k))) lower = false;
                if (!lower || p == '.' && ABBREVIATIONS.contains(piece.substring(w, i - 1))) continue;
                out.add(piece.substring(from, i));
                from = ws;
                i = ws;
            }
            out.add(piece.substring(from));
        }
        return out;
    }

    /**
     * "PagerDuty paged me, errors since 9:38": in a live chat message, a clause before the first time written is said
     * at the message's own time.
     */
    private static void leadingLiveClause(String s, List<Mention> ms, Context ctx) {
        Utterance u = ctx.u();
        if (ctx.hindsight() || u.origin() != Utterance.Origin.CHAT || u.writtenAt() == null || ms.get(0).posting || ms.get(0).start == 0) return;
        int cut = -1;
        Matcher b = BOUNDARY.matcher(s);
        while (b.find() && b.end() <= ms.get(0).start) cut = b.start();
        if (cut <= 0) return;
        Mention pm = new Mention();
        pm.at = u.writtenAt();
        pm.posting = true;
        pm.fixedScope = s.substring(0, cut).toLowerCase(Locale.ROOT);
        pm.original = u.lineOriginal();
        pm.assumedZone = u.lineOriginal() != null && u.zoneAssumed() && u.zone() != null ? Zones.label(u.zone()) : null;
        ms.add(0, pm);
    }

    /** Another party's responders or tooling, said with "their": "alerted their on-call", "their engineers were paged". */
    /** The press or a website reporting an event: "reported by a local site", "reported by the news agencies". */
    private static final Pattern MEDIA_REPORT = Pattern.compile("(?i)\\breported (?:by|in|on) (?:an? |the )?(?:local |national |news )?(?:(?:news|web)?sites?|news(?:papers?| agenc(?:y|ies)| outlets?)?|press|media|papers?|agenc(?:y|ies)|outlets?|tv|radio|reddit|twitter|x)\\b");

    private static final Pattern THEIR_RESPONDERS = Pattern.compile("(?i)\\btheir (?:own )?(?:on-?call(?: engineers?| team)?|engineers?|engineering|sres?|responders?|ops(?: team)?|noc|monitoring|alerting)\\b");

    /** "says", "reads", "claims", "stated" right before an opening quotation mark. */
    private static final Pattern CLAIM_VERB = Pattern.compile("(?i)\\b(?:says|said|reads|read|claims|claimed|states|stated|wrote|writes|put it|puts it)\\s*:?\\s*$");
    /** (phase 41) A status page named right before an opening quotation mark: "Google-Statusseite: \"", "status page: \"". */
    private static final Pattern STATUS_PAGE_OPEN = Pattern.compile("(?i)(?<![\\p{L}])status[- ]?(?:page|seite|pagina|página|side|sida|sivu)?\\s*:\\s*$");

    /**
     * The summary paragraph says "76 minutes of downtime from 15:12 UTC to 22:36 UTC": a time inside quotation marks that
     * a verb of saying introduces is another text's claim (often the one being corrected), so it is a hint, not a statement.
     */
    private static boolean quotedClaim(String s, int at) {
        return insideQuoteAfter(s, at, CLAIM_VERB) || singleQuotedPost(s, at);
    }

    /**
     * (phase 41) 'Google-Statusseite: "Incident began at 2023-09-21 23:30 and ended at 2023-09-22 23:34 (all times are
     * US/Pacific)", bei uns Samstag 08:34. Das Ende ist nur der Statuseintrag': a status page's words quoted after its
     * name. Its end is the status entry's, a status post (its start, the owner's account of the onset, stays).
     */
    private static boolean statusPageQuoted(String s, int at) {
        return insideQuoteAfter(s, at, STATUS_PAGE_OPEN);
    }

    /** Whether {@code at} lies inside double quotation marks whose opening {@code opener} ends right before. */
    private static boolean insideQuoteAfter(String s, int at, Pattern opener) {
        int open = -1;
        boolean inside = false;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                inside = !inside;
                if (inside) open = i;
            }
        }
        return inside && open >= 0 && opener.matcher(s.substring(Math.max(0, open - 30), open)).find();
    }

    /** A post quoted in single quotes after a verb of posting, with when it was posted between them. */
    private static boolean singleQuotedPost(String s, int at) {
        // "Shopify publica a las 22:28 (nuestra hora): 'Between 19:54 UTC - 20:04 UTC, we experienced errors ...'": a post
        // quoted in single quotes after a verb of posting, with when it was posted between them
        int single = -1;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            boolean opening = (c == '\'' || c == '\u2018') && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ':' || s.charAt(i - 1) == '(')
                    && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
            boolean closing = (c == '\'' || c == '\u2019') && (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))) && i > 0 && !Character.isWhitespace(s.charAt(i - 1));
            if (opening && single < 0) single = i;
            else if (closing && single >= 0) single = -1;
        }
        return single >= 0 && POST_VERB.matcher(s.substring(Math.max(0, single - 60), single)).find();
    }

    /** A verb of posting or publishing, then at most when it was posted, right before a quotation: "posted at 22:28 (our time):". */
    private static final Pattern POST_VERB = Pattern.compile("(?i)(?<![\\p{L}])(?:posts|posted|publishes|published|publica|publicó|publicou|publie|publié|veröffentlicht|says|said|reads|read|decía|dice|dijo|diz|disse|dit)(?![\\p{L}])[^'\"\u201C\u2018]{0,40}?:\\s*$");

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static final Pattern OWN_TIME = Pattern.compile("(?i)\\b(?:our|my|local|your) time\\b|^\\s*local\\b");
    /** "(08:10 to 21:01 London time)": a city's name before "time". */
    private static final Pattern CITY_TIME = Pattern.compile("\\b(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) time\\b");
    private static final Map<String, ZoneId> CITIES = new java.util.HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) continue;
            CITIES.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    /**
     * The zone a time is said to be in by the words after it or by the parenthesis it stands in: "our time" (the
     * writer's own zone), "London time" (that city's); null when nothing says so.
     */
    private static ZoneId ownTime(String s, TimeMention tm, ZoneId writers) {
        if (TimeMentions.saidLocal(s, tm)) return writers; // "failed at 12:26 local, 10:26 UTC", "until 21:15 LT"
        if (s.indexOf(" time") < 0) return null;
        String after = s.substring(tm.end(), Math.min(s.length(), tm.end() + 24));
        String scope = null;
        if (after.toLowerCase(Locale.ROOT).matches("(?s)\\s*(?:(?:a|p)\\.?m\\.?\\s*)?(?:(?:our|my|local|your)|\\p{L}+(?: \\p{L}+)?) time\\b.*")) scope = after;
        // "i.e. 15:48 local": "local" alone after the time
        else if (after.toLowerCase(Locale.ROOT).matches("(?s)\\s*(?:(?:a|p)\\.?m\\.?\\s*)?local\\b(?!\\s+time).*")) scope = after.strip();
        else {
            int open = s.lastIndexOf('(', tm.start()), shut = s.lastIndexOf(')', tm.start());
            int close = open < 0 || shut > open ? -1 : s.indexOf(')', tm.end());
            if (close > 0) scope = s.substring(open, close);
        }
        if (scope == null) return null;
        if (OWN_TIME.matcher(scope).find()) return writers;
        Matcher city = CITY_TIME.matcher(scope);
        return city.find() ? CITIES.get(city.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** A capitalised word and "time" right after a clock: "16:18 NEM time", "09:00 London time". */
    private static final Pattern NAMED_TIME = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}]+(?: \\p{Lu}\\p{L}+)?) time\\b");
    /** Between a time and the same moment written again: "16:18 NEM time, i.e. 15:48 local", "(or 15:48 ours)". */
    private static final Pattern RESTATED = Pattern.compile("^\\s*\\p{L}+(?: \\p{L}+)? time\\s*[,;]?\\s*(?:\\(|i\\.?e\\.?,?|that is,?|or|=|which is)\\s*$");

    /**
     * "16:18 NEM time": a time said to be in a zone named by a word that is neither a zone nor a city the tz database
     * knows (a market's or a grid's clock). Reading it in the writer's zone would move it by the zones' difference.
     */
    private static boolean unknownZone(String s, TimeMention tm) {
        if (tm.zone() != null || tm.instant() != null) return false;
        Matcher w = NAMED_TIME.matcher(s.substring(tm.end(), Math.min(s.length(), tm.end() + 32)));
        if (!w.find()) return false;
        String word = w.group(1);
        return Zones.parse(word) == null && CITIES.get(word.toLowerCase(Locale.ROOT)) == null;
    }

    /** A numeric day right before a time: "3/10/2024 from ", "On 3/09 ", "04/11 ", "10.03. um ". */
    private static final Pattern NUMERIC_DAY_BEFORE = Pattern.compile("(?i)(?<![\\d/.:])(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?\\.?\\s*,?\\s*"
            + "(?:at\\s+|@\\s*|(?:from|between|since|starting(?:\\s+at)?)\\s+)?(?:(?:approximately|approx\\.|about|around|roughly)\\s+)?$");

    /**
     * The day a numeric date before a time names, read month/day or day/month, whichever lies within {@link #DATED_NEAR}
     * of the incident (with the year written, or the incident's); null when neither or both do and they differ.
     */
    private LocalDate numericDay(String before, ZoneId zone) {
        if (incidentAnchor == null || before.indexOf('/') < 0 && before.indexOf('.') < 0) return null;
        Matcher d = NUMERIC_DAY_BEFORE.matcher(before);
        if (!d.find()) return null;
        LocalDate near = incidentAnchor.atZone(zone).toLocalDate();
        int a = Integer.parseInt(d.group(1)), b = Integer.parseInt(d.group(2));
        int year = d.group(3) == null ? near.getYear() : d.group(3).length() == 2 ? 2000 + Integer.parseInt(d.group(3)) : Integer.parseInt(d.group(3));
        LocalDate us = dayNear(year, a, b, near), other = dayNear(year, b, a, near);
        if (us != null && other != null && !us.equals(other)) return null;
        return us != null ? us : other;
    }

    private static LocalDate dayNear(int year, int month, int day, LocalDate near) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return Math.abs(d.toEpochDay() - near.toEpochDay()) <= DATED_NEAR.toDays() ? d : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A time written without a day of its own ("20:20", not "20:20 on 10 Jan", "yesterday 20:20" or an ISO stamp). */
    private static boolean undated(TimeMention tm) {
        return tm.instant() == null && tm.date() == null && tm.monthDay() == null && tm.weekday() == null && !tm.explicitDay();
    }

    private static boolean hasClock(String text) {
        for (int i = 1; i < text.length(); i++) if (text.charAt(i) == ':' && Character.isDigit(text.charAt(i - 1))) return true;
        return false;
    }

    private static int timedLines(String text) {
        int n = 0;
        for (String line : text.split("\n")) if (TIMED_LINE.matcher(line).find()) n++;
        return n;
    }

    /** How far before the first time of its account a later sentence's time may fall before it is read as the next day's. */
    private static final Duration BEFORE_ACCOUNT = Duration.ofHours(1);
    /** In a recap written in sentences, how far before its first time a later time must fall to be read as continuing it. */
    private static final Duration FAR_BEFORE_ACCOUNT = Duration.ofHours(6);

    /**
     * @param previousInSequence the last row's time when {@code s} is a row of a written sequence, else null
     * @param lastRow            the last row's time when {@code s} is a sentence after rows of a recap, else null
     * @param accountStart       the earliest time the message stated before {@code s}
     */
    private List<Mention> mentions(String s, Context ctx, Instant previousInSequence, Instant lastRow, Instant accountStart) {
        List<Mention> out = new ArrayList<>();
        if (!hasDigit(s)) return out;
        List<TimeMention> found = TimeMentions.find(s);
        // "On Monday, 20th July, the servers were not available. Players were affected from 11:22 UTC": a day written alone
        // in a write-up dates the times after it that carry none (only a day near the incident's)
        if (found.isEmpty() && incidentAnchor != null && ctx.zone() != null
                && (ctx.u().origin() == Utterance.Origin.COMMENT || ctx.u().origin() == Utterance.Origin.DESCRIPTION)) {
            LocalDate near = incidentAnchor.atZone(ctx.zone()).toLocalDate();
            LocalDate day = TimeMentions.dayWritten(s, near);
            if (day != null && Math.abs(day.toEpochDay() - near.toEpochDay()) <= DATED_NEAR.toDays())
                datedAnchor = day.atTime(12, 0).atZone(ctx.zone()).toInstant();
        }
        int restatedFrom = -1; // the start of a time in an unknown zone that the next time writes again in a known one
        for (int ti = 0; ti < found.size(); ti++) {
            TimeMention tm = found.get(ti);
            int carried = restatedFrom;
            restatedFrom = -1;
            // "the system black occurred at 16:18 NEM time, i.e. 15:48 local": the first time's zone is unknown, the
            // second says the same moment in a known one; one time, with the first one's words. Alone, it is skipped.
            if (unknownZone(s, tm)) {
                if (ti + 1 < found.size() && RESTATED.matcher(s.substring(tm.end(), found.get(ti + 1).start())).find()) restatedFrom = tm.start();
                continue;
            }
            // "9:01 AM PDT to 11:00 AM PDT (12:01 to 2:00 PM our time)": a time said to be in the writer's own zone is
            // read in it, not in the zone the message's other times name
            ZoneId own = tm.zone() == null ? ownTime(s, tm, ctx.u().zone()) : null;
            ZoneId zone = own != null ? own : ctx.zone();
            // "On 15 December 2015 at 15:40Z ... became aware at 15:44Z": a day the write-up wrote once dates the times
            // written after it without one (they are placed nearest the dated time, not the writing)
            Instant dayAnchor = datedAnchor != null && undated(tm) && ctx.u().origin() != Utterance.Origin.CHAT
                    && ctx.u().origin() != Utterance.Origin.TIMELINE_LINE ? datedAnchor : ctx.anchor();
            Instant at = previousInSequence != null ? TimeMentions.resolveAfter(tm, previousInSequence, zone)
                    : TimeMentions.resolve(tm, dayAnchor, zone);
            if (at == null) continue;
            // "On 3/09 from 18:00 UTC to 20:35 UTC and 3/10/2024 from 15:15 UTC": a numeric day before the time, read the way
            // (month/day or day/month) that puts it near the incident; the other way is days or months away
            LocalDate numeric = undated(tm) && zone != null ? numericDay(s.substring(Math.max(0, tm.start() - 28), tm.start()), zone) : null;
            if (numeric != null) {
                at = java.time.ZonedDateTime.of(numeric, tm.time(), tm.zone() != null ? tm.zone() : zone).toInstant();
                datedAnchor = at;
            }
            // only a day near the incident's (not "the last similar outage, on 12 Feb at 14:00")
            if (tm.date() != null && tm.dayOffset() == 0 && (incidentAnchor == null || Duration.between(at, incidentAnchor).abs().compareTo(DATED_NEAR) <= 0))
                datedAnchor = at;
            // "At 5:15 AM PST the first alarms fired. / At 9:39 AM PST ... / Streams fully returned to normal at 10:23
            // PM PST", in a recap: a sentence after the rows whose time, read near the ticket's creation, falls before
            // the account even began continues the account (that evening), it does not go back to the night before
            if (lastRow != null && accountStart != null && undated(tm) && at.isBefore(accountStart.minus(BEFORE_ACCOUNT))) {
                Instant onward = TimeMentions.resolveAfter(tm, lastRow, zone);
                if (onward != null && onward.isAfter(lastRow.minus(BEFORE_ACCOUNT))) at = onward;
            } else if (lastRow == null && ctx.hindsight() && previousInSequence == null && accountStart != null && undated(tm)
                    && at.isBefore(accountStart.minus(FAR_BEFORE_ACCOUNT))) {
                // "the collapse was at 07:07. Last of our customers re-energised at 21:46", a recap in sentences read near
                // the ticket's creation (08:30): 21:46 is not the evening before the account began, it continues it
                Instant onward = TimeMentions.resolveAfter(tm, accountStart, zone);
                if (onward != null && onward.isAfter(accountStart.minus(BEFORE_ACCOUNT))) at = onward;
            }
            Instant written = ctx.u().writtenAt();
            // a time without a day that would fall after the message was written is the day before's: in a live message,
            // "the outage lasted from 20:20 to 20:46" written at 10:00 the next morning is last night's (unless the
            // sentence is a plan); in a recap, "errors were back to baseline at 5:36 pm PT" written the next morning and
            // read around the ticket's creation is the evening before (unless the time continues a written sequence)
            if (written != null && undated(tm) && at.isAfter(written.plus(FUTURE_SLACK))) {
                Instant dayBefore = at.minus(Duration.ofDays(1));
                Instant latest = written.plus(FUTURE_SLACK);
                boolean yesterday = ctx.hindsight() ? previousInSequence == null && !dayBefore.isAfter(latest)
                        : !any(Lexicon.INTENT, s.toLowerCase(Locale.ROOT)) && dayBefore.isBefore(latest);
                if (yesterday) at = dayBefore;
            }
            if (!ctx.hindsight() && written != null && at.isAfter(written.plus(FUTURE_SLACK))) continue; // a plan
            if (now != null && at.isAfter(now.plus(FUTURE_SLACK))) continue;
            Mention m = new Mention();
            m.start = carried >= 0 ? carried : tm.start();
            m.end = tm.end();
            m.at = at;
            m.original = tm.original();
            m.machine = tm.machine();
            m.clock = tm.time();
            m.zoned = tm.zone() != null || tm.instant() != null;
            m.assumedZone = tm.zone() == null && tm.instant() == null && ctx.zoneAssumed() ? Zones.label(ctx.zone()) : null;
            String before = s.substring(Math.max(0, tm.start() - 24), tm.start()).toLowerCase(Locale.ROOT);
            String after = s.substring(tm.end(), Math.min(s.length(), tm.end() + 14)).toLowerCase(Locale.ROOT);
            if (Lexicon.BOUND_BEFORE.matcher(before).find()) continue; // "some time after the 08:00 open": a bound, not the moment
            m.quotedClaim = quotedClaim(s, tm.start());
            m.statusPageQuoted = statusPageQuoted(s, tm.start());
            m.zoneDoubt = !ctx.hindsight() && ctx.zoneAssumed() && ctx.u().origin() == Utterance.Origin.CHAT && written != null
                    && undated(tm) && tm.zone() == null && at.isBefore(written.minus(ZONE_DOUBT));
            m.approx = tm.original().startsWith("~") || tm.original().startsWith("≈") || tm.original().toLowerCase(Locale.ROOT).startsWith("approx")
                    || Lexicon.APPROX_BEFORE.matcher(before).find() || Lexicon.APPROX_AFTER.matcher(after).find();
            if (Lexicon.NEGATED_BEFORE.matcher(before).find()) refutedMinutes.add(Minutes.of(at));
            // the same moment written twice ("4:45 PM PST (00:45 UTC on Feb 7)") is one time
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Minutes.of(last.at) == Minutes.of(at)
                    && m.start - last.end <= 3) {
                last.end = Math.max(last.end, m.end);
                last.machine |= m.machine;
                continue;
            }
            out.add(m);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher dismissed = Lexicon.DISMISSED_TIME.matcher(lower);
        if (any(Lexicon.NOT_WHEN, lower))
            for (Mention m : out) refutedMinutes.add(Minutes.of(m.at));
        else if (dismissed.find()) {
            // "Our poller alert at 14:41 BST was the first we knew; the 14:45 in the description was a guess": only the
            // time set aside is, not the others in the sentence
            List<int[]> spans = new ArrayList<>();
            do spans.add(new int[]{dismissed.start(), dismissed.end()}); while (dismissed.find());
            for (Mention m : out)
                for (int[] sp : spans) if (m.start >= sp[0] && m.start < sp[1]) refutedMinutes.add(Minutes.of(m.at));
        } else if (any(Lexicon.CALLED_WRONG, lower)) {
            // "The 11 o'clock in the description was wrong, it was 10:53 our time": the time after the correction is
            // the right one, only the others are called wrong
            Matcher wrong = Lexicon.CALLED_WRONG.matcher(lower);
            int said = wrong.find() ? wrong.end() : 0;
            // "The p99 alert at 08:06 was our first signal; the node image guess was wrong": what a clause calls wrong
            // is in that clause, not the times of the clauses before it (a semicolon apart)
            int from = said == 0 ? 0 : lower.lastIndexOf(';', wrong.start()) + 1;
            for (Mention m : out)
                if (m.start >= from && (m.start < said || !Lexicon.CORRECTION.matcher(lower.substring(said, Math.max(said, Math.min(lower.length(), m.start)))).find()))
                    refutedMinutes.add(Minutes.of(m.at));
        }
        return out;
    }

    /** "three minutes after the upgrade", "a minute ago", "N minutes later", "since then": times implied by others. */
    private void relative(String s, List<Mention> ms, List<Mention> earlier, Context ctx) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("within")) {
            // "automated monitoring caught it within three minutes of the start": counted from the chosen start, at most that long
            Matcher within = WITHIN_START.matcher(s);
            if (within.find()) {
                Long minutes = amount(within.group(1), within.group(2));
                if (minutes != null) afterStart.add(new AfterStart(minutes, ctx, s));
            }
        }
        boolean then = l.contains("then") || l.contains("since that");
        boolean same = l.contains("same") || l.contains("that moment") || l.contains("that minute") || l.contains("simultaneous") || l.contains("moment");
        if (!then && !same && !(l.contains("ago") || l.contains("after") || l.contains("before") || l.contains("later") || l.contains("earlier") || l.contains("prior"))) return;
        Matcher m = RELATIVE.matcher(s);
        while (m.find()) {
            Long minutes = amount(m.group(1), m.group(2));
            if (minutes == null) continue;
            String dir = m.group(3).toLowerCase(Locale.ROOT);
            Mention ref = null;
            Instant base;
            String refQuote = null;
            if (dir.equals("ago") || dir.equals("earlier") && !s.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT).startsWith("than")) {
                base = ctx.u().origin() == Utterance.Origin.TIMELINE_LINE ? ctx.u().lineTime() : ctx.u().writtenAt();
                if (base == null || ctx.hindsight()) continue;
            } else {
                String object = s.substring(m.end());
                int cut = object.length();
                for (char c : new char[]{'.', ';', ',', '('}) {
                    int i = object.indexOf(c);
                    if (i >= 0 && i < cut) cut = i;
                }
                object = object.substring(0, Math.min(cut, 80));
                List<Mention> pool = new ArrayList<>(earlier);
                for (Mention x : ms) if (!x.inferred) pool.add(x);
                ref = dir.startsWith("later") || dir.startsWith("afterwards") || object.isBlank() ? previous(pool, m.start(), ms) : reference(object, pool);
                if (ref == null && dir.startsWith("after") && START_REF.matcher(object.toLowerCase(Locale.ROOT)).find()) {
                    // "I was paged 1 minute after we started encountering CPU exhaustion": counted from the chosen start
                    afterStart.add(new AfterStart(minutes, ctx, s));
                    continue;
                }
                if (ref == null) continue;
                base = ref.at;
                refQuote = earlier.contains(ref) ? ref.quote : null;
            }
            boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("prior to");
            Mention x = new Mention();
            x.start = m.start();
            x.end = m.end();
            x.at = back ? base.minus(Duration.ofMinutes(minutes)) : base.plus(Duration.ofMinutes(minutes));
            x.original = m.group();
            x.inferred = true;
            x.approx = ref != null && ref.approx;
            x.refQuote = refQuote;
            insert(ms, x);
        }
        Matcher sameTime = SAME_TIME.matcher(s);
        while (same && sameTime.find()) {
            Mention ref = null;
            for (Mention x : ms) if (!x.inferred && !x.posting && x.end <= sameTime.start()) ref = x;
            if (ref == null || ref.at == null) continue;
            Mention x = new Mention();
            x.start = sameTime.start();
            x.end = sameTime.end();
            x.at = ref.at;
            x.original = sameTime.group();
            x.inferred = true;
            x.approx = ref.approx;
            insert(ms, x);
        }
        Matcher since = SINCE_THEN.matcher(s);
        if (then && since.find()) {
            List<Mention> pool = new ArrayList<>(earlier);
            for (Mention x : ms) if (x.end <= since.start()) pool.add(x);
            Mention ref = pool.isEmpty() ? null : pool.get(pool.size() - 1);
            if (ref != null && ref.at != null) {
                Mention x = new Mention();
                x.start = since.start();
                x.end = since.end();
                x.at = ref.at;
                x.original = ref.original;
                x.assumedZone = ref.assumedZone;
                x.machine = false;
                x.approx = ref.approx;
                x.role = Role.SINCE;
                x.refQuote = earlier.contains(ref) ? ref.quote : null;
                insert(ms, x);
            }
        }
    }

    private static void insert(List<Mention> ms, Mention x) {
        int i = 0;
        while (i < ms.size() && ms.get(i).start < x.start) i++;
        ms.add(i, x);
    }

    private static Mention previous(List<Mention> pool, int before, List<Mention> sameSentence) {
        Mention best = null;
        for (Mention x : pool) {
            if (sameSentence.contains(x) && x.start >= before) continue;
            best = x;
        }
        return best;
    }

    /** The earlier time whose words share the most with "after <object>", at least two content words. */
    private static Mention reference(String object, List<Mention> pool) {
        Set<String> want = words(object);
        Mention best = null;
        int bestN = 1;
        for (Mention x : pool) {
            int n = 0;
            for (String w : words(x.scope)) if (want.contains(w)) n++;
            if (n > bestN) {
                bestN = n;
                best = x;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (STOP.contains(w)) continue;
            if (w.endsWith("ed") && w.length() > 5) w = w.substring(0, w.length() - 2);
            else if (w.endsWith("ing") && w.length() > 6) w = w.substring(0, w.length() - 3);
            else if (w.endsWith("s") && w.length() > 4) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }

    private static Long amount(String n, String unit) {
        String w = n.toLowerCase(Locale.ROOT);
        long v;
        if (w.matches("\\d+")) v = Long.parseLong(w);
        else v = switch (w) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "forty-five" -> 45;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "ninety" -> 90;
            default -> -1; // a few, several, some: not a number of minutes
        };
        if (v < 0) return null;
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec")) return v >= 30 ? 1L : 0L;
        return u.startsWith("h") ? v * 60 : v;
    }

    /** A day written right before a time: "28 Mar 2016 ", "on March 28, ", "2016-03-28 ". */
    private static final Pattern TRAILING_DATE = Pattern.compile("(?:\\bon\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+\\d{4})?"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?),?\\s*(?:at\\s+)?$");

    /** What was due at the first time of a delay: "due to open at", "scheduled to start at". */
    private static final Pattern DUE_BEFORE = Pattern.compile("\\b(?:due|scheduled|supposed|meant|planned|set) to \\w+(?: \\w+)?(?: at| by)?$");
    /** ... and did not happen until the second: "did not open until", "wasn't able to start until". */
    private static final Pattern NOT_UNTIL = Pattern.compile("\\b(?:not|n't|never|unable|failed)\\b[^;.]{0,30}\\buntil\\b");

    /**
     * "Hasura's 9:00 to 11:40 Pacific window is a little wider than what our users saw": another party's window, said to
     * be wider than the writer's own; its ends are not ours.
     */
    private static final Pattern WIDER_THAN_OURS = Pattern.compile("\\b(?:wider|broader|longer|larger|bigger)\\s+than\\s+(?:what\\s+|the\\s+(?:one|window|impact|outage)\\s+)?(?:ours|our|we|us)\\b");
    /**
     * A window said to have touched only part of those affected: "The Circle Line stop (7:34pm to 8:40pm) only affected
     * Wei Jie", "... hit only the night desk". Not "not only affected" (which widens it).
     */
    private static final Pattern ONLY_PART = Pattern.compile("(?<!\\bnot )\\bonly (?:affected|hit|touched|impacted|concerned|reached)\\b"
            + "|\\b(?:affected|hit|touched|impacted) only\\b(?! (?:briefly|for|a few minutes))");
    /**
     * (phase 38) Those still affected named as a subset: "a smaller set of customers", "a small number of users", "some
     * tenants", "a handful of", "a low rate of". Not "customers" or "all users".
     */
    private static final Pattern SUBSET_TAIL = Pattern.compile("\\b(?:an? (?:smaller|small|limited|reduced|residual) (?:set|number|group|subset|share|percentage|fraction|portion|rate|minority)"
            + "|a subset|a minority|a (?:few|handful of) (?:customers|users|clients|accounts|tenants|sites|regions|stores)|some (?:customers|users|clients|accounts|tenants|regions)|a low rate of)\\b");
    /** A sentence saying its times are another event's: "is a separate delay, not this incident", "was a separate issue". */
    private static final Pattern SEPARATE_EVENT = Pattern.compile("(?i)\\b(?:is|was|were|are|'s) (?:a |an )?(?:completely |entirely )?separate (?:[\\p{L}-]+ )?(?:delay|issue|incident|problem|outage|event|matter|fault|disruption)\\b"
            + "|\\bnot (?:this|our|the same) (?:incident|outage|issue|problem|event|disruption)\\b");
    /** A window the writer says is theirs: "Window for us: from ...", "our window", "impact for us". */
    private static final Pattern OUR_WINDOW = Pattern.compile("\\b(?:waves?|episodes?|rounds?|window|stretch|outage|impact|downtime|disruption|breakage) for us\\s*:|^\\W*(?:window|ventana|fenêtre|janela|fenster|venster|finestra|vindue|okno)\\s*(?:\\([^)]{0,20}\\))?\\s*[:=]|\\b(?:window|impact|outage|downtime) for (?:us|our \\p{L}+)\\b|^\\W*for (?:us|our \\p{L}+(?: \\p{L}+)?)\\s*:|\\bour (?:own )?(?:impact )?window\\b"
            // "Para nosotros la ventana es ... 21:49 a 22:06", "Pour nous, la fenêtre ...": the window said to be the writer's
            + "|(?<![\\p{L}])(?:para nosotros|pour nous|para nós|für uns|voor ons)(?![\\p{L}])[^.;]{0,40}?(?<![\\p{L}])(?:ventana|fenêtre|janela|fenster|venster)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:nuestra ventana|notre fenêtre|nossa janela|unser (?:zeit)?fenster|ons venster)(?![\\p{L}])");
    /** (phase 41) A time said in words: "shortly after midnight", "in the afternoon", "the next morning", "later that night". */
    private static final Pattern WORD_TIME = Pattern.compile("\\b(?:midnight|noon|midday|(?:in the|that|next|the next|this|on the) (?:morning|afternoon|evening|night)|overnight|the next day|later that (?:day|night|evening|morning))\\b");

    /**
     * (phase 41) The time's own clause (the sentence cut at ";") says no recovery, and another clause does, with its own
     * time in words ({@link #WORD_TIME}): that recovery is not at this time.
     */
    private static boolean recoveryInAnotherTimedClause(String sentence, Mention m) {
        if (sentence.indexOf(';') < 0 || m.start < 0 || m.start > sentence.length()) return false;
        String lower = sentence.toLowerCase(Locale.ROOT);
        int from = lower.lastIndexOf(';', Math.max(0, m.start - 1)) + 1, to = lower.indexOf(';', m.start);
        String own = lower.substring(from, to < 0 ? lower.length() : to);
        if (any(Lexicon.RECOVER, own) || any(Lexicon.STRONG_END, own)) return false;
        for (String clause : (lower.substring(0, from) + ";" + (to < 0 ? "" : lower.substring(to))).split(";"))
            if ((any(Lexicon.RECOVER, clause) || any(Lexicon.STRONG_END, clause)) && WORD_TIME.matcher(clause).find()) return true;
        return false;
    }

    /** (phase 41) Right before a time, the word that opens what ran from it: "frozen from ", "down since ". */
    private static final Pattern FROM_AT_END = Pattern.compile("\\b(?:from|since)\\s+(?:about |around |approx(?:imately|\\.)? |~)?$");

    /**
     * (phase 41) A status page's state quoted right before the time ("Arc 'Resolved' 00:07") or right after it ("the 7:45
     * PM \"fully restored\""): someone's status post.
     */
    private static boolean quotedState(String sentence, Mention m) {
        if (m.posting || m.end <= m.start || m.end > sentence.length()) return false;
        String lower = sentence.toLowerCase(Locale.ROOT);
        return Lexicon.QUOTED_STATE.matcher(lower.substring(Math.max(0, m.start - 40), m.start)).find()
                || Lexicon.QUOTED_STATE_AFTER.matcher(lower.substring(m.end)).lookingAt();
    }

    /**
     * (phase 41) Before a window's start (after the time before it), the window named as another party's: "CircleCI's
     * published window (", "Google's first dashboard window read ", "their window: ". Not when the rest of the sentence
     * says it is the writer's too ({@link #FOR_OURS}: "..., which is 02:31 to 03:55 for us").
     */
    private static final Pattern OTHERS_WINDOW = Pattern.compile("(?:(?<![\\p{L}])\\p{Lu}[\\p{L}-]+['’]s|(?i:\\btheir))\\s+(?:[\\p{L}-]+\\s+){0,3}(?i:window)\\b[^\\d]{0,24}$");
    /** Before a window's start, the writer saying whose it is: "Disruption for our night shift: 6:58pm to 10:35pm". */
    private static final Pattern FOR_OURS = Pattern.compile("\\bfor (?:us|our)\\b|\\bour (?:own )?(?:impact|window|outage|users|customers|side)\\b");

    /** Right before a window's start, a task said to be carried out over it: "were done between ", "was performed from ". */
    private static final Pattern TASK_DONE_BEFORE = Pattern.compile("(?i)\\b(?:were|was|got|been|being) (?:done|performed|carried out|run|applied|executed|rolled out|deployed)"
            + "\\s+(?:manually\\s+)?(?:between|from)\\s+(?:about\\s+|around\\s+|approximately\\s+)?$");

    /** Windows: "from A to B", "between A and B", "A-B", "A until B". */
    private static void ranges(String s, List<Mention> ms) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            // "from 11:48 PM Thursday Central (JobNimbus's 10:48 PM MT) to 9:35 AM Friday Central": a time in brackets right
            // after the window's start is its note or conversion, not the window's end; the end is the time after the bracket
            if (i + 2 < ms.size() && inBracketAfter(s, a, b) && s.indexOf(')', b.end) < ms.get(i + 2).start) b = ms.get(i + 2);
            if (a.posting || b.posting || a.inferred || b.inferred || a.end > b.start) continue;
            String gap = BRACKETED.matcher(s.substring(a.end, b.start)).replaceAll(" ").toLowerCase(Locale.ROOT);
            // "From 28 Mar 2016 23:29 UTC to ...": the day written between the opening word and the time
            String before = TRAILING_DATE.matcher(s.substring(Math.max(0, a.start - 44), a.start).toLowerCase(Locale.ROOT)).replaceFirst("");
            before = before.substring(Math.max(0, before.length() - 32)); // "between approximately "
            boolean range = Lexicon.RANGE_GAP_SHORT.matcher(gap).matches() || Lexicon.RANGE_GAP_ARROW.matcher(gap).matches()
                    || Lexicon.RANGE_GAP_UNTIL_LONG.matcher(gap).matches() && Lexicon.RANGE_OPEN.matcher(before.strip()).find()
                    && !Lexicon.BETWEEN.matcher(before.strip()).find()
                    || Lexicon.RANGE_GAP.matcher(gap).matches() && (Lexicon.RANGE_OPEN.matcher(before.strip()).find()
                    && (!Lexicon.BETWEEN.matcher(before.strip()).find() || gap.strip().endsWith("and")))
                    // "starting 7:21am CST and ending 12:11pm CST", "began at 11:45 and ended at 15:40", "starting 09:10 until 09:40"
                    // ... when what began is the incident or a failure ("the addition of capacity began at 2:44 and finished
                    // at 3:47" is a task's window)
                    // "due to open at 08:00, did not open until 09:40": a delay, from when it was due to when it happened
                    || Lexicon.RANGE_OPEN_FAILED.matcher(before).find() && Lexicon.RANGE_GAP.matcher(gap).matches() && Lexicon.UNTIL_WORD.matcher(gap).find()
                    || DUE_BEFORE.matcher(before.strip()).find() && Lexicon.RANGE_GAP.matcher(gap).matches() && NOT_UNTIL.matcher(gap).find()
                    || Lexicon.RANGE_OPEN_VERB.matcher(before.strip()).find() && (Lexicon.RANGE_GAP_END.matcher(gap).matches()
                    || Lexicon.RANGE_GAP.matcher(gap).matches() && !gap.strip().endsWith("and")) && impactSubject(s.substring(0, a.start));
            if (!range) continue;
            // (phase 38) "Manual restores for the biggest customers were done between 2:00 and 2:04 AM PT": the window of a
            // task carried out, not of the impact
            if (TASK_DONE_BEFORE.matcher(s.substring(Math.max(0, a.start - 48), a.start)).find()) continue;
            // "NLB 5:30 AM - 2:09 PM", "23:10 to 00:40": a window's end written without a day comes after its start
            if (!b.at.isAfter(a.at) && !b.machine && b.at.plus(Duration.ofDays(1)).isAfter(a.at)) b.at = b.at.plus(Duration.ofDays(1));
            if (!b.at.isAfter(a.at)) continue;
            a.rangeStart = true;
            b.rangeEnd = true;
            // (phase 41) "CircleCI's published window (20:02-21:47 UTC) starts at their declaration, but ...", "Google's first
            // dashboard window read 10:49 AM to 1:49 PM PDT; our first 503 is at 10:51": another party's window quoted
            int from = i > 0 ? Math.min(a.start, ms.get(i - 1).end) : 0;
            Matcher owned = OTHERS_WINDOW.matcher(s.substring(from, a.start));
            if (owned.find() && !FOR_OURS.matcher(s.substring(from + owned.end()).toLowerCase(Locale.ROOT)).find()) {
                a.othersWindow = true;
                b.othersWindow = true;
            }
        }
        // "the outage ran from around 17:00 on the 14th (...) to the 15th when 4G/5G were normal again": a window whose
        // end is written as a day without its time; its start is still a window's start (and no recovery), its end unknown
        for (int i = 0; i < ms.size(); i++) {
            Mention a = ms.get(i);
            if (a.posting || a.inferred || a.rangeStart || a.rangeEnd) continue;
            String before = TRAILING_DATE.matcher(s.substring(Math.max(0, a.start - 44), a.start).toLowerCase(Locale.ROOT)).replaceFirst("");
            if (!Lexicon.RANGE_OPEN.matcher(before.strip()).find() || Lexicon.BETWEEN.matcher(before.strip()).find()) continue;
            Matcher to = DAY_ONLY_END.matcher(s.substring(a.end).toLowerCase(Locale.ROOT));
            if (!to.find()) continue;
            int endAt = a.end + to.end();
            boolean timedBefore = false;
            for (Mention o : ms) if (o != a && !o.posting && o.start >= a.end && o.start < endAt) timedBefore = true;
            if (!timedBefore) a.rangeStart = true;
        }
    }

    /** Between a window and the same window written again in another zone: ", which is ", ", i.e. ", " (", " or ". */
    private static final Pattern RESTATEMENT_GAP = Pattern.compile("(?i)^[^.;()]{0,24}?(?:\\s*\\(|[,;:]?\\s*(?:i\\.?\\s?e\\.?|which (?:is|was)|that(?:'s| is| was)|or|=|aka))"
            + "[,:]?\\s*(?:from\\s+|between\\s+)?$");

    /**
     * (phase 38) One window written twice, in two zones: "between 21:21 UTC and 22:00 UTC on 1 Apr, which is 8:21 to 9:00
     * AM on Good Friday for us", "between 09:35 and 10:08 PT, i.e. 17:35 to 18:08 here". The second clock reading is a
     * conversion when it follows a restating word or a bracket and its clocks are the first's moved by one offset (the same
     * length, the same minutes past the quarter hour). Where exactly one of the two names its zone and they are read at
     * different instants, the reading without a zone is the one read wrong (another zone or day guessed for it): its
     * times are dropped, so the window gives one pair of candidates. Two windows of different lengths ("12:45 to 12:55,
     * then 14:46 to 15:21") are two windows; a conversion read at the same instants changes nothing.
     */
    private static void restatedWindow(String s, List<Mention> ms) {
        for (int i = 0; i + 3 < ms.size(); i++) {
            Mention a1 = ms.get(i), b1 = ms.get(i + 1), a2 = ms.get(i + 2), b2 = ms.get(i + 3);
            if (!(a1.rangeStart && b1.rangeEnd && a2.rangeStart && b2.rangeEnd)) continue;
            if (a1.clock == null || b1.clock == null || a2.clock == null || b2.clock == null || b1.end > a2.start) continue;
            if (!RESTATEMENT_GAP.matcher(s.substring(b1.end, a2.start)).find()) continue;
            long len1 = Math.floorMod(Duration.between(a1.clock, b1.clock).toMinutes(), 1440);
            long len2 = Math.floorMod(Duration.between(a2.clock, b2.clock).toMinutes(), 1440);
            long shift = Math.floorMod(Duration.between(a1.clock, a2.clock).toMinutes(), 1440);
            // "8:21 to 9:00 AM": a 12-hour clock's end may be written without its half of the day
            if (len1 != len2 && Math.floorMod(len1 - len2, 720) != 0) continue;
            if (shift % 15 != 0) continue;
            boolean zoned1 = a1.zoned || b1.zoned, zoned2 = a2.zoned || b2.zoned;
            if (zoned1 == zoned2) continue;
            if (Minutes.of(a1.at) == Minutes.of(a2.at) && Minutes.of(b1.at) == Minutes.of(b2.at)) continue;
            if (zoned1) { ms.remove(i + 3); ms.remove(i + 2); }
            else { ms.remove(i + 1); ms.remove(i); }
            return;
        }
    }

    /** A status post named by its state word right before its time: "Resolved post (11:16 AM", "their Monitoring update at ". */
    private static final Pattern NAMED_POST = Pattern.compile("\\b(?:investigating|identified|monitoring|resolved|mitigated|all[- ]clear|recovery|status) "
            + "(?:post|update|notice|entry)\\s*(?:\\(\\s*|at\\s+|,\\s*)$");
    /** A status post's state word in quotes right before its time in brackets: "'resolved' (10:33)", "\"Monitoring\" (10:15 AM". */
    private static final Pattern QUOTED_POST = Pattern.compile("(?i)[\"“'‘](?:[\\w ]{0,30}\\b)?(?:investigat\\w*|identified|monitoring|resolved|mitigated|operational|all[- ]clear|recovered|update)[\"”'’]\\s*\\(\\s*$");
    /** Before the next time, a clause of its own opened by "and" and leading up to it with "at" or "by": " and the line reopened at ". */
    private static final Pattern NEXT_OWN_CLAUSE = Pattern.compile("(?i),?\\s+and\\s+(?:then\\s+)?(?:the |our |all |their |its )?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:[\\p{L}-]+ed|came back|went (?:down|out|off)|was (?:back|down|out)|were (?:back|down|out))\\s+(?:at|by|around|about)\\s*~?\\s*$");

    /** A bracket with no bracket inside it. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    /** Between a time and a bracket opened after it: a few words, then the bracket ("Thursday Central (JobNimbus's "). */
    private static final Pattern BRACKET_OPENED = Pattern.compile("^[^()\\n.;]{0,24}\\([^()\\n]{0,24}$");

    /** Whether {@code b} is the first time inside a bracket opened right after {@code a}, closed soon after {@code b}. */
    private static boolean inBracketAfter(String s, Mention a, Mention b) {
        if (a.end > b.start || !BRACKET_OPENED.matcher(s.substring(a.end, b.start)).matches()) return false;
        // "from just past 7pm (OCC alarm 19:03) until 10:35pm": a reading a few minutes from the time is that time, read
        // precisely; the window opens with it as before
        if (a.at != null && b.at != null && !a.at.equals(b.at) && Duration.between(a.at, b.at).abs().compareTo(Duration.ofMinutes(5)) <= 0) return false;
        int close = s.indexOf(')', b.end);
        return close >= 0 && close - b.end <= 60 && s.substring(b.end, close).indexOf('(') < 0;
    }

    /**
     * "signals dropped just after 10.45am (TD shows 10:46)", "around 14:05 (14:06:12 in the logs)": an approximate time
     * followed in parentheses by a precise reading a few minutes from it is that reading; the approximate one takes its
     * time, and the precise one is no second moment.
     */
    private static void preciseReading(String s, List<Mention> ms) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            if (!a.approx || b.approx || a.posting || b.posting || a.inferred || b.inferred || a.at == null || b.at == null || a.end > b.start) continue;
            if (!PAREN_READING.matcher(s.substring(a.end, b.start)).matches()) continue;
            if (Duration.between(a.at, b.at).abs().compareTo(Duration.ofMinutes(5)) > 0) continue;
            a.at = b.at;
            a.approx = false;
            ms.remove(i + 1);
        }
    }

    /** Between a time and its precise reading: an opening parenthesis and a few words ("(TD shows ", "(logs: "). */
    private static final Pattern PAREN_READING = Pattern.compile("\\s*\\(\\s*(?:[\\p{L}\\p{N}'.-]+\\s*){0,4}:?\\s*");

    /** The end of a window written as a day alone: "... to the 15th", "until Monday", "till the next morning". */
    private static final Pattern DAY_ONLY_END = Pattern.compile("^[^.;!?]{0,60}?\\b(?:to|until|till)\\s+(?:the\\s+)?(?:next (?:day|morning|evening)|following (?:day|morning)"
            + "|\\d{1,2}(?:st|nd|rd|th)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)\\b(?!\\s*(?:,\\s*)?(?:at\\s+)?[~≈]?\\d{1,2}[:.h]?\\d{2})");

    /** What a window opened by a verb is about, before its first time: the incident, an impact or a failure. */
    private static boolean impactSubject(String before) {
        String l = before.toLowerCase(Locale.ROOT);
        return (l.contains("incident") || any(Lexicon.IMPACT_NOUN, l) || any(Lexicon.FAILURE, l)) && !any(Lexicon.NO_IMPACT, l);
    }

    /**
     * The words that belong to each time: the sentence is cut at clause boundaries (";", ", but", ":", ", "); a piece
     * without a time belongs to the time before it (or the first one); within a piece with several times, each time
     * gets the words between its neighbours.
     */
    private static void scopes(String s, List<Mention> ms) {
        if (ms.stream().allMatch(m -> m.posting)) { // a message's own time: its whole sentence
            for (Mention m : ms) {
                m.scope = m.fixedScope != null ? m.fixedScope : s.toLowerCase(Locale.ROOT);
                m.group = m.scope;
                m.left = "";
            }
            return;
        }
        List<int[]> pieces = new ArrayList<>();
        Matcher b = BOUNDARY.matcher(s);
        int from = 0;
        while (b.find()) {
            if (insideMention(ms, b.start())) continue;
            pieces.add(new int[]{from, b.start()});
            from = b.end();
        }
        pieces.add(new int[]{from, s.length()});
        // groups: [start, end) of each piece with a time, extended over the following pieces without one
        List<int[]> groups = new ArrayList<>();
        int pendingStart = -1;
        for (int[] p : pieces) {
            boolean has = false;
            for (Mention m : ms) if (!m.posting && m.start >= p[0] && m.start < Math.max(p[1], p[0] + 1)) has = true;
            if (has) {
                groups.add(new int[]{pendingStart >= 0 ? pendingStart : p[0], p[1]});
                pendingStart = -1;
            } else if (groups.isEmpty()) {
                if (pendingStart < 0) pendingStart = p[0];
            } else {
                groups.get(groups.size() - 1)[1] = p[1];
            }
        }
        for (Mention m : ms) {
            if (m.posting) {
                m.scope = m.fixedScope != null ? m.fixedScope : s.toLowerCase(Locale.ROOT);
                m.left = "";
                continue;
            }
            int[] g = null;
            for (int[] x : groups) if (m.start >= x[0] && m.start <= x[1]) g = x;
            if (g == null) g = new int[]{0, s.length()};
            int lo = g[0], hi = g[1];
            Mention prev = null, next = null;
            for (Mention o : ms) {
                if (o == m || o.posting || o.start < g[0] || o.start > g[1]) continue;
                if (o.start < m.start && (prev == null || o.start > prev.start)) prev = o;
                if (o.start > m.start && (next == null || o.start < next.start)) next = o;
            }
            if (prev != null && !(prev.rangeStart && m.rangeEnd)) lo = Math.max(lo, Math.min(prev.end, m.start));
            if (next != null && !(m.rangeStart && next.rangeEnd)) {
                hi = Math.min(hi, Math.max(next.start, m.end));
                // "The 07:15 train was cancelled and the line reopened at 09:40": the clause after "and" that leads up to the
                // next time ("... reopened at") is that time's, not this one's
                if (next.start > m.end) {
                    Matcher own = NEXT_OWN_CLAUSE.matcher(s.substring(m.end, next.start));
                    if (own.find() && own.start() > 0) hi = Math.min(hi, m.end + own.start());
                }
                // "outage began at 8am with the UPS failure (first call to the desk 08:03, from ED)": a bracket opened
                // before the next time and still open at it is that time's note, not this one's
                int open = next.start > m.end ? s.lastIndexOf('(', next.start - 1) : -1;
                if (open >= m.end) {
                    int close = s.indexOf(')', open);
                    if (close < 0 || close > next.start) hi = Math.min(hi, open);
                }
            }
            if (m.rangeStart && next != null && next.rangeEnd) {
                Mention after = null;
                for (Mention o : ms) if (o != next && !o.posting && o.start > next.start && o.start <= g[1] && (after == null || o.start < after.start)) after = o;
                hi = after == null ? g[1] : Math.min(g[1], after.start);
            }
            String lower = s.toLowerCase(Locale.ROOT);
            m.scope = lower.substring(Math.max(0, lo), Math.min(lower.length(), Math.max(lo, hi)));
            // "impact window Thu 2:30 PM (cleanup run deleted live files) -> Fri 5:15 PM": the note between a window's
            // two times is its start's; what the end is, the rest of the window says
            m.endScope = m.scope;
            if (prev != null && prev.rangeStart && m.rangeEnd && prev.end >= lo && m.start <= hi && prev.end < m.start
                    && lower.substring(prev.end, m.start).contains("("))
                m.endScope = lower.substring(lo, prev.end) + " " + lower.substring(m.start, Math.min(lower.length(), Math.max(m.start, hi)));
            m.group = lower.substring(Math.max(0, g[0]), Math.min(lower.length(), Math.max(g[0], g[1])));
            for (int[] p : pieces) if (m.start >= p[0] && m.start < Math.max(p[1], p[0] + 1)) m.piece = lower.substring(p[0], Math.min(lower.length(), p[1]));
            m.left = lower.substring(Math.max(0, Math.max(lo, m.start - 30)), Math.max(0, m.start));
            if (m.role == Role.POINT && !m.rangeStart && !m.rangeEnd) {
                String l = lower.substring(Math.max(lo, m.start - 30), Math.max(lo, m.start));
                if (Lexicon.ROLE_SINCE.matcher(l).find()) m.role = Role.SINCE;
                else if (Lexicon.ROLE_UNTIL.matcher(l).find()) m.role = Role.UNTIL;
                else if (Lexicon.ROLE_BY.matcher(l).find()) m.role = Role.BY;
                // "customers could not connect to the service from 4:45 p.m.": failing from then on
                else if (Lexicon.FROM_BEFORE.matcher(l).find() && any(Lexicon.FAILURE, m.group) && !any(Lexicon.RECOVER, m.group)) m.role = Role.SINCE;
                // "2019年8月23日 12:36 より overheating ... failure of the cooling": the Japanese "from" follows its time
                else if (Lexicon.FROM_AFTER.matcher(lower).region(Math.min(lower.length(), m.end), lower.length()).lookingAt() && any(Lexicon.FAILURE, m.group)
                        && !any(Lexicon.RECOVER, m.group)) m.role = Role.SINCE;
            }
            if (m.role == Role.UNTIL && !any(Lexicon.FAILURE, m.scope) && !any(Lexicon.IMPACT_NOUN, m.scope)) {
                // "completely unable to accept requests for 44 minutes, until 03:52 UTC": the state is the clause before
                int[] before = null;
                for (int[] p : pieces) if (p[1] <= m.start) before = p;
                boolean timed = false;
                if (before != null) for (Mention o : ms) if (o != m && !o.posting && o.start >= before[0] && o.start < before[1]) timed = true;
                if (before != null && !timed) m.scope = lower.substring(before[0], before[1]) + " " + m.scope;
            }
        }
    }

    /** Whether the writer said, before this window's end, that the window is theirs ({@link #FOR_OURS}). */
    private static boolean ownWindow(String sentence, Mention m) {
        return FOR_OURS.matcher(sentence.substring(0, Math.max(0, Math.min(sentence.length(), m.start))).toLowerCase(Locale.ROOT)).find();
    }

    private static boolean insideMention(List<Mention> ms, int pos) {
        for (Mention m : ms) if (!m.posting && pos >= m.start && pos < m.end) return true;
        return false;
    }

    // ------------------------------------------------------------------ classification

    private void classify(Mention m, String sentence, Context ctx) {
        String sc = m.scope;
        if (!Lexicon.mayMatter(m.rangeStart || m.rangeEnd ? sentence : sc)) return;
        boolean windowed = m.rangeStart || m.rangeEnd;
        String whole = windowed ? sentence : sc;
        // a question is no statement, except one that reports a failure ("is it just me or is the site slow?")
        boolean intent = any(Lexicon.INTENT, sc) && !m.rangeStart && !m.rangeEnd && !Lexicon.REPORT_QUESTION.matcher(sc).find();
        if (m.posting && (any(Lexicon.PAST_REFERENCE, sc) || intent)) return;
        // "I didn't note when the last bot errors stopped": the message's own time is not the moment it names
        if (m.posting && any(Lexicon.UNKNOWN_WHEN, sc)) return;
        if (any(Lexicon.WHEN_NOT_KNOWN, sentence)) return;
        // (phase 34) "The morning fog (low-visibility procedures until about 10:00) is a separate delay, not this incident.":
        // the sentence says its times are another event's
        if (SEPARATE_EVENT.matcher(sentence).find()) return;

        // started
        int st = 0;
        String stWhy = null;
        // "impact started at 11:40 UTC ...; the migration had begun a few minutes earlier and did no harm on its own": the
        // harmless precursor is the next clause's, not the explicit start's own
        boolean harmless = any(Lexicon.NO_IMPACT, whole) && !(!windowed && m.piece != null && any(Lexicon.STRONG_START, m.piece)
                && !any(Lexicon.NO_IMPACT, m.piece));
        if (!harmless && !m.posting && !intent && !any(Lexicon.NOT_BOUNDARY, sc)) {
            if (m.rangeStart && WIDER_THAN_OURS.matcher(sentence).find()) { st = 1; stWhy = "start of another party's window, said to be wider than ours"; }
            else if (m.rangeStart && m.othersWindow) { st = 1; stWhy = "start of another party's window, quoted"; }
            else if (m.rangeStart && ONLY_PART.matcher(sentence).find()) { st = 1; stWhy = "start of a window said to have touched only part of those affected"; }
            else if (m.rangeStart) {
                if (peakPhase(m, sentence, ctx)) { st = 3; stWhy = "start of the worst phase (a total outage); the same account describes a milder impact around it, which may have begun earlier"; }
                else if (any(Lexicon.IMPACT_NOUN, whole) || any(Lexicon.STRONG_START, whole) || OUR_WINDOW.matcher(whole).find()) { st = 3; stWhy = "start of the impact window"; }
                else if (any(Lexicon.FAILURE, whole) || any(Lexicon.INCIDENT_WINDOW, whole)) { st = 2; stWhy = "start of a failure window"; }
            } else if (m.role == Role.SINCE) {
                if (any(Lexicon.FAILURE, sc) && !any(Lexicon.RECOVER, sc) && !any(Lexicon.STRONG_END, sc) && !any(Lexicon.NO_FAILURE, sc)) { st = 2; stWhy = "failing since then"; }
            // "the incident began at 14:02 and ended at 16:30": a window's end is never its start, whatever its clause says
            } else if (m.role == Role.POINT && !m.rangeEnd) {
                if (any(Lexicon.STRONG_START, sc) || label(m, sentence, Lexicon.LABEL_START, ctx)) { st = 3; stWhy = "impact start"; }
                else if (elliptic(m, Lexicon.BARE_START)) { st = 3; stWhy = "impact start"; }
                else if (any(Lexicon.EASING, sc)) { st = 0; stWhy = null; }
                else if (any(Lexicon.ONSET, sc)) { st = 2; stWhy = "onset of the failure"; }
                else if (any(Lexicon.RISE, sc) && !any(Lexicon.STRONG_DETECT, sc) && !any(Lexicon.WEAK_DETECT, sc)) { st = 2; stWhy = "onset of the failure"; }
                // "collapse at 02:33 hrs", "the system black occurred at 15:48", "power supply issue at about 08:30": the failure
                // named right before its time
                else if (FAILURE_AT.matcher(m.left).find() && !any(Lexicon.RECOVER, sc) && !STATUS_LEVEL.matcher(sc).find()) { st = 2; stWhy = "the failure named at its time"; }
                else if (any(Lexicon.FAILURE_EVENT, sc)) { st = 1; stWhy = "a failure event (impact may have begun later)"; }
            }
        }
        // "500s are back since 10:44": a later window began; never the start of the incident, never a recovery
        boolean recurrence = !m.posting && m.role != Role.UNTIL && !m.rangeEnd && any(Lexicon.RECURRENCE, sc) && !any(Lexicon.NO_FAILURE, sc) && !intent;
        if (recurrence) {
            add(Kind.STARTED, candidate(m, ctx, 1, Precedence.RECURRENCE));
            return;
        }
        if (st > 0) {
            KeyTimeCandidate c = candidate(m, ctx, st, stWhy);
            // the worst phase's start is when the outage became total, not when impact began: not a stated start of impact
            if (m.rangeStart && peakPhase(m, sentence, ctx)) c = c.judged(KeyTime.Basis.INFERRED, c.confidence(), c.reason());
            add(Kind.STARTED, m.startCand = c);
        }

        // detected
        int dt = 0;
        String dtWhy = null;
        if (!windowed && m.role != Role.SINCE && m.role != Role.UNTIL && !intent && !any(Lexicon.NOT_PAGED, sentence)
                && !any(Lexicon.TICKET_CREATION, sc) && !any(Lexicon.ALERT_RESOLVED, m.left.length() > 12 ? m.left.substring(m.left.length() - 12) : m.left)
                && !(any(Lexicon.WARNING, sc) && !sc.contains("paged") && !sc.contains("notify: @") && !m.levelAfter && !PAGE_LEVEL.matcher(ctx.u().text()).find())) {
            boolean statusPost = any(Lexicon.STATUS_POST, sc);
            if (label(m, sentence, Lexicon.LABEL_DETECT, ctx) && !statusPost) { dt = 3; dtWhy = "first page, alert or report"; }
            else if (m.machine && !statusPost && Lexicon.ALERT_LEVEL.matcher(sentence.substring(Math.min(sentence.length(), m.end))).find()) { dt = 3; dtWhy = "alert"; }
            // "- 07:13 alerted: continuous prod tests failing": a row whose first word after its time labels it a detection
            else if (!m.posting && !m.inferred && !statusPost && ROW_DETECT.matcher(sentence.substring(Math.min(sentence.length(), m.end))).find()) { dt = 3; dtWhy = "first page, alert or report"; }
            // "[CRIT] 2018-06-01 13:37:12 UTC auth-europe decline_ratio=0.19": a log line whose level tag comes before its stamp
            else if (!m.posting && !m.inferred && !statusPost && LEVEL_BEFORE.matcher(sentence.substring(Math.max(0, m.start - 14), m.start)).find()) { dt = 3; dtWhy = "alert"; }
            // "Nagios PAGE: edge-rtr01 DOWN", "monitoring@  [DOWN] connect check failed", "PROBLEM: core-agg1 0/412
            // reachable": a message or log line that opens with a monitor's level word in capitals relays an alert
            else if (!statusPost && (m.posting || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE && m.at.equals(ctx.u().lineTime()))
                    && (ctx.u().origin() == Utterance.Origin.CHAT || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE)
                    && (RELAYED_ALERT.matcher(ctx.u().text()).find() || ctx.u().author() != null && RELAYED_ALERT.matcher(ctx.u().author() + " ").find())
                    && !any(Lexicon.RECOVER, sc) && !botRecovery(m, ctx)) { dt = 3; dtWhy = "alert"; }
            // "16:01  crew report via ACARS: no contact with approach", "03:58  Skyguide sup on phone: technical failure",
            // "12:34 PM store support: all lanes frozen, can't scan": an operations log's row that names who reported, then
            // what they reported: a report logged as it came in
            else if (!statusPost && (m.posting || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE && m.at.equals(ctx.u().lineTime()))
                    && (ctx.u().origin() == Utterance.Origin.CHAT || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE)
                    && RELAYED_REPORT.matcher(ctx.u().text()).find() && !any(Lexicon.RECOVER, sc) && !any(Lexicon.NO_FAILURE, sc)
                    && !any(Lexicon.STRONG_END, sc) && !any(Lexicon.CLEANUP, sc) && !any(Lexicon.NO_IMPACT, sc)) { dt = 2; dtWhy = "a report logged as it came in"; }
            // "06:01 GMT ALERT pdp_create_success_rate 2.1% < 90%", a log line copied into a write-up: the alert at its time
            else if (m.levelAfter && !statusPost && !any(Lexicon.RECOVER, sc)) { dt = 3; dtWhy = "alert"; }
            else if (any(Lexicon.STRONG_DETECT, sc) && !statusPost) { dt = 3; dtWhy = ctx.u().bot() ? "alert" : "first page, alert or report"; }
            else if (m.posting && ctx.u().bot() && any(Lexicon.FAILURE, sc) && !any(Lexicon.RECOVER, sc) && !botRecovery(m, ctx) && !statusPost) { dt = 3; dtWhy = "alert"; }
            // "when the WARP team saw registrations of new devices fail and declared an incident": someone saw the failure itself
            else if (any(Lexicon.WEAK_DETECT, sc) && !statusPost && !m.posting && !m.inferred && SYMPTOM.matcher(sc).find()
                    && !MACHINE_OBSERVER.matcher(sc).find()) { dt = 3; dtWhy = "someone saw the failure"; }
            else if (any(Lexicon.WEAK_DETECT, sc) && !statusPost) { dt = 2; dtWhy = "someone noticed"; }
            // "users can't sign in to Teams, AADSTS errors", typed live in the incident's chat: a person reporting the failure
            // (the earliest such report is when someone knew; a page or an alert said firmly still wins)
            // (what users cannot do, not how a system fails; not a message that joins a failure already known: "still", "too")
            else if (m.posting && ctx.u().origin() == Utterance.Origin.CHAT && !ctx.u().bot() && !ctx.hindsight() && !statusPost
                    && USERS_FAIL.matcher(sc).find() && !ALREADY_KNOWN.matcher(sc).find() && !any(Lexicon.RECOVER, sc) && !any(Lexicon.NO_FAILURE, sc)
                    && !any(Lexicon.NO_IMPACT, sc) && !any(Lexicon.CLEANUP, sc) && !any(Lexicon.STRONG_END, sc)) { dt = 2; dtWhy = "someone reported the failure"; }
        }
        // "At 21:00 UTC monitoring alerted their on-call to higher error rates", in a vendor's write-up relayed by us: the
        // vendor knew then, not the organisation the ticket is about (its own first alert or report is detection)
        if (dt >= 2 && THEIR_RESPONDERS.matcher(sc).find()) { dt = 1; dtWhy = "a vendor's own detection (their responders were alerted, not ours)"; }
        // (phase 34) "the closest we have is smoke at 00:30 reported by a local site": the press or a website reporting the
        // event to the public, not someone reporting it to us ("reported by a customer" stays a report)
        if (dt >= 2 && MEDIA_REPORT.matcher(sc).find()) { dt = 1; dtWhy = "a report by the press or a website, not one made to us"; }
        // (phase 39) "12:33 Service disruption detected via monitoring alerts", a row of a vendor's postmortem pasted into
        // the ticket: when they knew
        if (dt >= 2 && othersWriteUp(ctx.u())) { dt = 1; dtWhy = "another party's own detection, in its write-up pasted here"; }
        // (phase 39) "03:31 page from support: ... - tickets had been piling up a while", "back at a laptop, sorry, was
        // driving when it paged": a message or row at its own time that says the failure was reported or paged before it
        if (dt >= 2 && (m.posting || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE && m.at.equals(ctx.u().lineTime()))
                && EARLIER_NOTICE.matcher(ctx.u().text().toLowerCase(Locale.ROOT)).find()) { dt = 1; dtWhy = "the message says the failure was reported or paged before it"; }
        if (dt > 0) {
            add(Kind.DETECTED, candidate(m, ctx, dt, dtWhy));
            m.detectCand = true;
        }
        // "at 12:01 UTC our monitors detected a higher than normal latency", in a recap: the symptom was there when it
        // was detected, so impact began then at the latest (the earliest firmer start still wins)
        if (dt >= 2 && st <= 1 && ctx.hindsight() && !m.posting && !m.inferred && !windowed && !intent && m.role == Role.POINT
                && SYMPTOM.matcher(sc).find() && !any(Lexicon.NO_IMPACT, sc) && !any(Lexicon.RECOVER, sc))
            add(Kind.STARTED, m.startCand = candidate(m, ctx, 2, "impact already under way when it was detected"));

        // resolved
        int rt = 0;
        String rtWhy = null;
        if (!intent && !any(Lexicon.NOT_RECOVER, sc) && !any(Lexicon.NOT_BOUNDARY, sc) && !THAT_IS_NOT_OUR_END.matcher(sentence).find()
                && !any(Lexicon.CLEANUP, m.rangeEnd ? m.endScope : sc) && !any(Lexicon.VAGUE_PAST, sc)
                && (!any(Lexicon.ALERT_RESOLVED, sc) || label(m, sentence, Lexicon.LABEL_END, ctx)) && !any(Lexicon.TICKET, sc)) {
            // a status post in another clause with its own time ("recovered at 10:05, final status update at 10:31") is its own event
            String own = m.shared && !m.posting ? m.group : sentence;
            // (phase 41) "Arc 'Resolved' 00:07 (17:07 EST) ...": a status page's state quoted right before the time
            boolean stateQuoted = quotedState(sentence, m);
            boolean statusSentence = status(m, ctx) || any(Lexicon.STATUS_POST, own) || any(Lexicon.COMMS_POST, own)
                    // "then status Identified 16:00, Monitoring 16:50, Resolved 17:42": each state its own clause, the list the sentence's
                    || Lexicon.STATUS_STATES.matcher(sentence).find() || stateQuoted;
            if (ctx.hindsight() && m.at != null && ctx.u().writtenAt() != null && stateQuoted)
                statusPostMinutes.merge(Minutes.of(m.at), ctx.u().writtenAt(), (a, b) -> a.isAfter(b) ? a : b);
            String rest = any(Lexicon.STATUS_RECOVERY, sc) ? Lexicon.STATUS_RECOVERY.matcher(sc).replaceAll(" ") : sc;
            if (any(Lexicon.CLOSING, rest)) rest = Lexicon.CLOSING.matcher(rest).replaceAll(" ");
            if (statusSentence) rest = Lexicon.COMMS_WORDS.matcher(Lexicon.STATUS_WORDS.matcher(rest).replaceAll(" ")).replaceAll(" ");
            // "EU players were not affected from 09:22 to 10:40": a window said to do no harm ends no impact
            if (m.rangeEnd && any(Lexicon.NO_IMPACT, sentence)) {
                rt = 0;
            } else if (m.rangeEnd && WIDER_THAN_OURS.matcher(sentence).find()) {
                rt = 1; rtWhy = "end of another party's window, said to be wider than ours";
            } else if (m.rangeEnd && m.othersWindow) {
                rt = 1; rtWhy = "end of another party's window, quoted";
            } else if (m.rangeEnd && ONLY_PART.matcher(sentence).find()) {
                rt = 1; rtWhy = "end of a window said to have touched only part of those affected";
            } else if (m.rangeEnd) {
                // "a total outage from 13:40 to 14:48", in an account that tells of degraded service around it: the worst
                // phase ended then, the impact may have gone on
                if (peakPhase(m, sentence, ctx)) { rt = 2; rtWhy = "end of the worst phase (a total outage); the same account describes a milder impact around it"; }
                // "The most significant period of impact was a 14-minute period between 7:53am and 8:07am": the window names
                // itself the worst part, so the impact went on after it
                else if (any(Lexicon.PEAK_PERIOD, sentence)) { rt = 1; rtWhy = "end of the worst period of the impact, which went on after it"; }
                // "From 17:03 to 17:15, the error rate declined from 45% to 2%": the failure easing over the window, not ended
                else if (any(Lexicon.DECLINE_WINDOW, sentence)) { rt = 1; rtWhy = "end of a window over which the failure eased, not its end"; }
                // "Incident began at 11:45 and ended at 15:40": a window whose start is said in impact words
                else if (any(Lexicon.IMPACT_NOUN, sentence) || any(Lexicon.STRONG_START, sentence) || OUR_WINDOW.matcher(sentence).find()) { rt = 3; rtWhy = "end of the impact window"; }
                else if (any(Lexicon.FAILURE, sentence) || any(Lexicon.INCIDENT_WINDOW, sentence)) { rt = 2; rtWhy = "end of a failure window"; }
            } else if (m.role == Role.UNTIL) {
                // (phase 38) "...; a smaller set of customers saw a low rate of timeouts until 19:43 UTC": a remnant for some,
                // after the impact ended for the rest
                if (SUBSET_TAIL.matcher(sc).find() && !any(Lexicon.RECOVER, sc)) { rt = 1; rtWhy = "a remnant of the impact for a subset until then"; }
                else if (any(Lexicon.IMPACT_NOUN, sc) && !any(Lexicon.RECOVER, sc)) { rt = 3; rtWhy = "impact until then"; }
                else if (any(Lexicon.FAILURE, sc) && !any(Lexicon.RECOVER, sc)) { rt = 2; rtWhy = "failing until then"; }
                // "an incident that began at 11:10 UTC and lasted until 17:45 UTC": the whole incident's end
                else if (LASTED_UNTIL.matcher(m.left).find() && WHOLE_INCIDENT.matcher(sentence.substring(0, Math.min(sentence.length(), m.start))).find()
                        && !any(Lexicon.RECOVER, sc) && !any(Lexicon.CLEANUP, sc)) { rt = 3; rtWhy = "the incident lasted until then"; }
            } else if (any(Lexicon.STRONG_END, rest) || elliptic(m, Lexicon.BARE_END) || label(m, sentence, Lexicon.LABEL_END, ctx)) { rt = 3; rtWhy = "end of impact"; }
            else if (m.role == Role.SINCE && any(Lexicon.NO_FAILURE, sc)) { rt = 2; rtWhy = "no failures since then"; }
            else if (any(Lexicon.RECOVER, rest) && !(m.role == Role.SINCE && any(Lexicon.FAILURE, rest) && !any(Lexicon.RECOVER, rest))) { rt = 2; rtWhy = "recovery"; }
            // "UptimeRobot: Monitor is UP: shop (down 16 min)": a monitor's own line saying what it checks is up again (its
            // clause after the colon names only the check); the whole message is the recovery
            else if (botRecovery(m, ctx) && !statusSentence) { rt = 2; rtWhy = "recovery"; }
            else if (any(Lexicon.STATUS_RECOVERY, sc) || statusSentence && (any(Lexicon.STATUS_WORDS, sc) || any(Lexicon.COMMS_WORDS, sc))) { rt = 1; rtWhy = "a status post, which is often later than recovery"; }
            else if (any(Lexicon.CLOSING, sc)) { rt = 1; rtWhy = "closing the incident, which is not the end of impact"; }
            // "22:23: Incident start ... 01:43: Incident end", rows of a recap: the end row paired with a start row is the
            // end of impact, not the closing of the incident (a lone "incident ended" row stays a closing)
            if (rt <= 1 && ctx.hindsight() && !m.posting && END_ROW.matcher(Mention.bare(sentence, m)).matches()
                    && START_ROW.matcher(ctx.u().text().toLowerCase(Locale.ROOT)).find()) { rt = 3; rtWhy = "the recap's end row, paired with its start row"; }
            // "22:00 to 23:03 UTC was triage of lingering backlog issues until full recovery was declared": the start of a
            // window is not where anything in it ended; the recovery it names is at its end
            if (rt >= 2 && m.rangeStart && !m.rangeEnd) { rt = 0; rtWhy = null; }
            // (phase 41) "For our clients prices were frozen from 10:08 (...) and NSE trading was restored when ...": the time
            // a failure ran from is its onset, whatever the rest of the sentence recovers
            if (rt >= 2 && !m.rangeEnd && !m.posting && FROM_AT_END.matcher(m.left).find() && any(Lexicon.FAILURE, m.left) && !any(Lexicon.RECOVER, m.left)
                    && !any(Lexicon.NO_FAILURE, m.left)) {
                rt = 0; rtWhy = null;
            }
            // (phase 41) "engineers detected a wider system network issue at 7.44pm; ...; eGates came back online shortly after
            // midnight": the recovery is another clause's, with a time of its own said in words
            if (rt >= 2 && !m.posting && recoveryInAnotherTimedClause(sentence, m)) { rt = 0; rtWhy = null; }
            if (rt >= 2 && m.statusPageQuoted) { rt = 1; rtWhy = "a status page's end, quoted: a status post, which is often later than recovery"; }
            // in a window, "some users had issues" says how wide the impact was, not that recovery was partial
            // (phase 34) "End: 08:41 mains back for all three lines (in stages: office lights came back at 07:55 ...)": the
            // stages told in brackets are the bracket's times', not the time outside them
            // (the clause may end inside the bracket: "... lines (in stages")
            String partialScope = inBracket(sentence, m.start) ? sc : OPEN_OR_CLOSED_BRACKET.matcher(sc).replaceAll(" ");
            if (rt >= 2 && !m.rangeEnd && any(Lexicon.PARTIAL, partialWords(partialScope))) { rt = 1; rtWhy = "a partial recovery"; }
            // "Monitoring post (10:15 AM) and Resolved post (11:16 AM, lagging jobs cleared)": the time of a status post named
            // right before it is the post's
            // ... or quoted ("'continuing to investigate' (10:32) and 'resolved' (10:33) came after")
            if (rt >= 2 && (NAMED_POST.matcher(m.left).find() || QUOTED_POST.matcher(m.left).find())) { rt = 1; rtWhy = "a status post, which is often later than recovery"; }
            if (rt >= 2 && any(Lexicon.STILL_FAILING, sc)) { rt = 1; rtWhy = "a partial recovery (something was still failing)"; }
            // (not a window's end that the writer said was theirs before its start: "Disruption for our night shift: 6:58pm to
            // 10:35pm, LTA's own minutes for the power loss and the resumption" takes another party's minutes for our window)
            if (rt >= 2 && any(Lexicon.VENDOR, sc) && !(m.rangeEnd && ownWindow(sentence, m))) { rt = 1; rtWhy = "a vendor's own recovery"; }
            // (phase 39) "13:00 Services fully restored", a row of a vendor's postmortem pasted into the ticket: their end,
            // which ours may follow by minutes or hours (what came back for us is told by our own people)
            if (rt >= 2 && othersWriteUp(ctx.u()) && !(m.rangeEnd && onlyWindowOfWriteUp(ctx.u()))) { rt = 1; rtWhy = "another party's own recovery, in its write-up pasted here"; }
            if (rt >= 2 && any(Lexicon.END_NOT_KNOWN, sentence)) { rt = 1; rtWhy = "a recovery told in a sentence that says the end of impact is not known"; }
            // "2024-11-13T17:29:50Z RESOLVED qstash: event processing lag > 5 min": a monitor's alert clearing, which
            // comes after the recovery it measures (its evaluation window); what a person says of the service wins
            if (rt >= 2 && (m.clearedAfter || (m.posting || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE && m.at.equals(ctx.u().lineTime()))
                    && (ctx.u().origin() == Utterance.Origin.CHAT || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE)
                    && RELAYED_CLEARING.matcher(ctx.u().text()).find())) { rt = 1; rtWhy = "a monitor's alert clearing, which lags the recovery"; }
            // "Around 04:00 UTC the web server was back ...; then the DNS network was restarted": something still had to be
            // restarted after it, so it was not yet the end of impact
            if (rt >= 2 && !m.rangeEnd && !m.posting && THEN_RESTARTED.matcher(sentence.substring(Math.min(sentence.length(), m.end))).find()) {
                rt = 1;
                rtWhy = "a partial recovery (something was restarted after it)";
            }
            // "restored a snapshot of the ELB state data", "power restored to all four terminals": what came back is the cause
            // or the infrastructure under the service, not what its users use; their recovery comes after it
            // (phase 35) not when the writer labelled the time as the end ("End for us: 09:47, power back at the clinic.")
            if (rt >= 2 && !m.rangeEnd && CAUSE_RESTORED.matcher(sc).find() && !USERS_NAMED.matcher(sc).find()
                    && !(ctx.hindsight() && label(m, sentence, Lexicon.LABEL_END, ctx))) {
                rt = 1;
                rtWhy = "the recovery of the cause or of the infrastructure, not yet of the service its users use";
            }
            // "22:10: full recovery, including logs and metrics": the recovery of the team's own data, often after
            // customers were fine again; still a recovery, but an impact window's end said outright wins over it
            if (rt == 3 && !m.rangeEnd && OWN_DATA.matcher(sc).find()) { rt = 2; rtWhy = "a recovery that includes internal data (logs, metrics)"; }
        }
        if (rt > 0) add(Kind.RESOLVED, m.endCand = candidate(m, ctx, rt, rtWhy));
    }

    /**
     * (phase 35) A sentence that ends by saying its recovery is not the end of impact, in a clause of its own with no time:
     * "The 9:20 a.m. ET 'all systems recovered' post (15:20 here) came long after our counters were working; it is not
     * our end.", "..., which was not the end for us". Not "not the end of the cleanup" (another thing's end).
     */
    static final Pattern THAT_IS_NOT_OUR_END = Pattern.compile("[;,]\\s*(?:so\\s+|and\\s+)?(?:it|that|this|which)(?:'s|’s| is| was)\\s+not\\s+"
            + "(?:the |our )?(?:end|recovery|resolution)(?: for us)?\\b(?!\\s+of\\b)[^\\d;]*$"
            // (phase 38) "..., so don't use it as our end.": the writer tells the reader not to take it as the end
            + "|[;,]\\s*(?:so\\s+|and\\s+|but\\s+)?(?:please\\s+)?(?:don't|don’t|do not|never)\\s+(?:use|take|read|count|treat)\\s+(?:it|that|this|them|those)\\s+as\\s+"
            + "(?:the |our )?(?:end|recovery|resolution)(?: for us)?\\b(?!\\s+of\\b)[^\\d;]*$");

    /**
     * The failure itself named right before its time: "collapse at 02:33", "blackout at 15:48", "the outage occurred at",
     * "power supply issue at about 08:30", "loss of supply at". Not a cause's or a precursor's event ("line trip at").
     */
    private static final Pattern FAILURE_AT = Pattern.compile("\\b(?:outage|blackout|black|collapse|colapso|apagón|crash|power (?:supply )?(?:issue|problem|loss|cut|failure|outage)"
            + "|loss of (?:supply|power)|(?:total|complete|system|service|grid|network) failure|(?:system|power|supply|service|grid|mains) (?:was |were )?lost"
            // "sessions dropped at 2.18pm", "signals dropped just after 10.45am", "stations lost audio at": what carries the
            // service cut off, named at its time
            + "|(?:sessions|connections|calls|signals|links|circuits|feeds|lines) (?:were |all )?dropped|lost (?:audio|power|supply|signal|contact|connectivity|service|sync))\\s+(?:(?:occurred|happened|hit|struck|began|started|came|fue|was)\\s+)?"
            + "(?:at|@|a las|just after)\\s*(?:the top of the\\s*)?(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");

    /** An incident's level set on a status page or a ticket ("Upgraded to Major Outage at 21:48"): not the failure's time. */
    private static final Pattern STATUS_LEVEL = Pattern.compile("\\b(?:upgraded|downgraded|escalated|raised|lowered|set|moved|changed|marked|declared|classified)\\b");

    /** What lies under a service, said to be back: "restored a snapshot of the state data", "power restored to the terminals". */
    private static final Pattern CAUSE_RESTORED = Pattern.compile("\\b(?:restored|recovered|re-?enabled)\\b[^.;]{0,20}\\b(?:snapshot|backup|state data|metadata|database|index|power|feed|transformer|substation)s?\\b"
            + "|\\b(?:snapshot|backup|state data|metadata|database|index|power|feed|transformer|substation|connectivity)s?\\b[^.;]{0,30}\\b(?:restored|recovered|back)\\b"
            // "attack mitigated, connectivity restored": the attack (the cause) was held off; whether what users use
            // (trading, the site) was back is said elsewhere
            + "|\\b(?:attack|ddos|dos|flood)s?\\b[^.;]{0,20}\\b(?:mitigated|blocked|absorbed|under control|contained)\\b"
            // "the cause was fixed at 19:00", "oorzaak verholpen", "Ursache behoben", "cause identifiée et résolue": the
            // cause removed; the service its users use may take longer to come back
            + "|\\b(?:the cause|cause|oorzaak|ursache|causa)\\b[^.;]{0,25}\\b(?:fixed|resolved|removed|repaired|verholpen|opgelost|behoben|beseitigt|r[ée]solue?|corrig[ée]e?|solucionad[ao]|resuelt[ao])\\b");
    /** ... unless the people the service is for are named with it: "power restored to all customers". */
    private static final Pattern USERS_NAMED = Pattern.compile("\\b(?:customers?|users?|clients?|homes?|households?|premises|consumers?|subscribers?|players?|everyone|passengers?|flights?|trains?|services?)\\b");

    /** After a recovery: "then the DNS network was restarted", "then we rebooted the primary". */
    private static final Pattern THEN_RESTARTED = Pattern.compile("\\bthen\\b[^.]{0,60}?\\b(?:restarted|rebooted|brought back|failed over|redeployed|reinstalled)\\b");

    /** Right after a row's time, a detection as its label: "07:13 alerted: ...", "09:05 UTC - paged:". */
    private static final Pattern ROW_DETECT = Pattern.compile("(?i)^\\s*(?:utc|gmt|[a-z]{2,4}t)?\\s*[-–—:]?\\s*(?:alerted|paged|detected)\\s*:");

    /**
     * What users cannot do, as a person reports it live: "can't sign in", "cannot connect", "cant log in?? error 502", "check-in
     * systems unreachable", "card payments failing everywhere", "users ... errors".
     */
    private static final Pattern USERS_FAIL = Pattern.compile("\\b(?:can'?t|cannot|cant|unable to|could ?n[o']t|couldn'?t) (?:\\w+ )?(?:log ?in|sign ?in|connect|access|load|open|check ?in|pay|book|buy|order|call|send|reach (?:the )?(?:site|app|service|api|website))\\b"
            + "|\\bunreachable\\b|\\bfailing everywhere\\b|\\b(?:users|customers|clients|members|players|callers)\\b[^.;]{0,30}\\b(?:fail\\w*|errors?|can'?t|cannot|unable)\\b"
            // the same said in Spanish or French: "se cayó todo", "sin servicio", "sin tensión", "hors service", "plus de réseau"
            + "|(?<![\\p{L}])(?:se cay[óo]|sin (?:servicio|tensión|luz|energía|red)|hors service|plus de (?:réseau|service|courant|tension))(?![\\p{L}])");
    /** A message that joins a failure someone already knew of: "still", "too", "joined", "now ... an hour ago". */
    private static final Pattern ALREADY_KNOWN = Pattern.compile("\\b(?:still|too|also|again|joined|joining|now|ago|already|as well|same)\\b");

    /** Before a time that opens its line: nothing but a date, a bullet or brackets ("04/11 ", "- ", "["). */
    private static final Pattern LINE_HEAD = Pattern.compile("[\\s\\d/.,\\-\\[\\]()*•]*");
    /** A monitor's level word in capitals right after the time (and its zone): "06:01 GMT ALERT pdp_create_success_rate 2.1%". */
    private static final Pattern LEVEL_AFTER = Pattern.compile("\\s*(?:UTC|GMT|Z)?\\s*[\\])]?\\s*[-–:]?\\s*[\\[(]?(?:(?:INFO|NOTICE|WARN|WARNING|ERROR)\\s+(?=PAGE\\b))?(?:ALERT|ALARM[AE]?|CRIT|CRITICAL|PAGE|PROBLEM|FIRING|TRIGGERED)\\b"
            // "15:16:42  SCADA: caida de tension ...", "21:37 AEDT  EDR alert: unauthorised access": a control or security
            // system named as the row's sender (the operations room's alarm), or a row opened by "<system> alert:"
            + "|\\s*(?:[A-Z]{2,5}\\s+)?\\s*(?:SCADA|EMS|BMS|DCS|NMS|EDR|SIEM|IDS|XDR)(?:\\s+(?:alert|alarm))?\\s*:|\\s*(?:[A-Z]{2,5}\\s+)?\\s*[\\p{L}\\d-]{2,16}\\s+(?:alert|alarm|ALERT|ALARM)\\s*:");

    /** "WARN PAGE on-call: cloud-portal p95 latency 4.8s": a log line at warning level that pages someone is an alert. */
    private static final Pattern PAGE_LEVEL = Pattern.compile("\\b(?:WARN|WARNING)\\s+PAGE\\b");

    /** A monitor's clearing word in capitals right after the time (and its zone): "17:29:50Z RESOLVED qstash lag > 5 min". */
    private static final Pattern CLEARED_AFTER = Pattern.compile("\\s*(?:UTC|GMT|Z)?\\s*[\\])]?\\s*[-–:]?\\s*[\\[(]?(?:RESOLVED|RECOVERED|RECOVERY|CLEARED|OK)\\b");

    /** A log line's level tag right before its stamp: "[CRIT] 2018-06-01 13:37:12", "ALERT: 09:05". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)[\\[(]\\s*(?:alert|alarm|crit|critical|firing|triggered|page|sev-?[12]|p[12])\\s*[\\])]:?\\s*$|(?:^|\\s)(?:ALERT|ALARM|CRIT|CRITICAL|FIRING|TRIGGERED):?\\s*$");

    /** A machine that observes ("monitoring servers first observed the outage"): the organisation knows once it pages. */
    private static final Pattern MACHINE_OBSERVER = Pattern.compile("\\b(?:monitor\\w*|probes?|synthetics?|health ?checks?|canar(?:y|ies)|servers?|bots?)\\b");

    /** "until" before a full recovery: "kept improving until service became normal again at 15:35" is not partial. */
    private static final Pattern UNTIL = Pattern.compile("\\buntil\\b");

    /**
     * The words that may make a recovery partial: all of them, except those before an "until" that a recovery follows
     * ("queries kept improving until service was normal again at 15:35": the improving ended in a full recovery).
     */
    /** A bracket's text, closed or left open by the clause's end. */
    private static final Pattern OPEN_OR_CLOSED_BRACKET = Pattern.compile("\\([^()]*(?:\\)|$)");

    /** Whether position {@code at} of the sentence lies inside round brackets. */
    private static boolean inBracket(String sentence, int at) {
        int depth = 0;
        for (int i = 0; i < Math.min(at, sentence.length()); i++) {
            char c = sentence.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static String partialWords(String sc) {
        Matcher u = UNTIL.matcher(sc);
        int last = -1;
        while (u.find()) last = u.end();
        if (last < 0) return sc;
        String after = sc.substring(last);
        return any(Lexicon.RECOVER, after) || any(Lexicon.STRONG_END, after) ? after : sc;
    }

    /**
     * A window said of the worst phase ("a total outage of all user-facing components from 13:40 to 14:48") in an
     * account that also tells of a milder impact (degraded, partial, intermittent service): the impact was wider than
     * the window, so its ends are not the ends of impact.
     */
    private static boolean peakPhase(Mention m, String sentence, Context ctx) {
        if (!m.rangeStart && !m.rangeEnd || !any(Lexicon.PEAK, sentence)) return false;
        // the window's own clause: from the last ":", ";" or "then" before the time ("..., then a failure cascade: a total outage
        // from 13:40 to 14:48"); a clause that also names the milder impact ("ranging from full outage to elevated errors") is
        // a window of all of it
        Matcher cut = PHASE_CUT.matcher(sentence.substring(0, Math.min(sentence.length(), m.start)));
        int from = 0;
        while (cut.find()) from = cut.end();
        String local = sentence.substring(from);
        if (!any(Lexicon.PEAK, local) || any(Lexicon.MILDER, local)) return false;
        String all = ctx.u().text().toLowerCase(Locale.ROOT);
        int at = all.indexOf(local);
        String rest = at < 0 ? all : all.substring(0, at) + " " + all.substring(at + local.length());
        return any(Lexicon.MILDER, rest);
    }

    /**
     * A monitor's level word in capitals at the start of a message, perhaps after the monitor's name or address:
     * "Nagios PAGE:", "monitoring@  [DOWN]", "PROBLEM:", "ALARM loss of supply". Case-sensitive: "page me" is no alert.
     */
    // (the sender may name itself, then the monitor: "pagerbot: query_error_rate_p1 ALERT 7.9% (us)")
    private static final Pattern RELAYED_ALERT = Pattern.compile("^\\W*(?:[\\d/.:-]+\\s+){0,3}(?:[\\p{L}\\d._@-]{1,24}\\s{1,3}|[\\p{L}\\d._@-]{1,24}:\\s{1,3}[\\p{L}\\d._@-]{1,40}\\s{1,3})?[\\[(]?(?:PAGE|ALERT|ALARM[AE]?|CRITICAL|CRIT|PROBLEM|DOWN|FIRING|TRIGGERED)[\\])]?(?::|\\s)"
            // "15:16:42  SCADA: caida de tension en todas las SSEE", "21:37 AEDT  EDR alert: unauthorised access": an
            // operations room's control or security system named as the row's sender is its alarm (not a person's row)
            + "|^\\W*(?:[\\d/.:-]+\\s+){0,3}(?:[A-Z]{2,5}\\s+)?(?:SCADA|EMS|BMS|DCS|NMS|EDR|SIEM|IDS|XDR)(?:\\s+(?i:alert|alarm))?\\s*:");

    /** ... and its clearing word: "2014-03-20 07:31:02 UTC RESOLVED realm-instances crash rate high", "[OK] api latency". */
    private static final Pattern RELAYED_CLEARING = Pattern.compile("^\\W*(?:[\\d/.:TZ+-]+\\s+){0,3}(?:UTC\\s+|GMT\\s+)?(?:[\\p{L}\\d._@-]{1,24}\\s{1,3})?[\\[(]?(?:RESOLVED|RECOVERED|RECOVERY|CLEARED|OK)[\\])]?(?::|\\s)");

    /**
     * An operations log's row that opens with who reported, before a colon: "crew report via ACARS:", "Skyguide sup on
     * phone:", "store support:", "helpdesk call:". Not a person's own chat line ("Dana: it's down").
     */
    private static final Pattern RELAYED_REPORT = Pattern.compile("(?i)^\\W*(?:[\\d/.:-]+\\s+){0,3}(?:[ap]\\.?m\\.?\\s+)?(?:[A-Z]{2,5}\\s+)?(?:[\\p{L}\\d.'&-]+\\s+){0,3}?"
            + "(?:reports?|reported|on (?:the )?(?:phone|radio)|calls?|called|calling|support|helpdesk|help desk|service desk)(?:\\s+(?:via|from|by|on|over)\\s+[\\p{L}\\d./-]+)?\\s*:");

    private static final Pattern PHASE_CUT = Pattern.compile(":\\s|;\\s|\\bthen\\b");

    /** A recap row that is only "Incident end" (its time aside). */
    private static final Pattern END_ROW = Pattern.compile("^\\W*(?:incident|outage|impact) (?:end|ended|ends|over)\\W*$");
    /** ... and the row that opened it: a time then "Incident start". */
    private static final Pattern START_ROW = Pattern.compile("(?m)^\\s*(?:[-*•]\\s*)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[a-z]{2,4}\\s*)?[:\\-–]?\\s*(?:incident|outage|impact) (?:start|started|began|begins|starts)\\W*$");

    /** The message relays a status post, and this time's own clause is part of it (not another event with its own time). */
    private static boolean status(Mention m, Context ctx) {
        return ctx.status() && !(m.shared && !m.posting && !any(Lexicon.STATUS_POST, m.group));
    }

    /**
     * A machine's own message (a bot's post, or a pasted line's own time) whose words say what it watches is up again
     * ("Monitor is UP: shop"): read on the whole message, since its clause after a colon names only the check.
     */
    private static boolean botRecovery(Mention m, Context ctx) {
        boolean own = m.posting || ctx.u().origin() == Utterance.Origin.TIMELINE_LINE && m.at != null && m.at.equals(ctx.u().lineTime());
        return own && ctx.u().bot() && UP_AGAIN.matcher(ctx.u().text().toLowerCase(Locale.ROOT)).find();
    }

    /** {@link Lexicon#MONITOR_UP}, the part of {@link Lexicon#RECOVER} that a bot's whole message is checked for. */
    private static final Pattern UP_AGAIN = Pattern.compile(Lexicon.MONITOR_UP);

    /** "Detected: 09:05 UTC": a field label right before the time, written by a person (an alert's "RESOLVED:" is not one). */
    private static boolean label(Mention m, String sentence, Pattern label, Context ctx) {
        if (ctx.u().bot() || m.posting || m.inferred || m.rangeStart || m.rangeEnd) return false;
        String before = sentence.substring(Math.max(0, m.start - 48), Math.min(sentence.length(), m.start));
        if (label.matcher(before).find()) return true;
        // a recap's line opening with the label, who or what before the time: "First knew: desk 12 at 04:02"
        Pattern opening = label == Lexicon.LABEL_START ? Lexicon.OPENING_START : label == Lexicon.LABEL_DETECT ? Lexicon.OPENING_DETECT
                : label == Lexicon.LABEL_END ? Lexicon.OPENING_END : null;
        return opening != null && ctx.hindsight() && m.start <= sentence.length()
                && opening.matcher(sentence.substring(0, m.start)).find();
    }

    /** "impact started at 09:02 and ended at 09:47": the verb next to a time, its subject earlier in the clause. */
    private static boolean elliptic(Mention m, Pattern verb) {
        // the day written after the previous time ("started 11:48 PM PDT on Oct 19 (06:48 UTC Oct 20) and ended 2:20 PM") is not a word of this one
        return !m.group.equals(m.scope) && any(Lexicon.IMPACT_SUBJECT, m.group) && verb.matcher(LEADING_DATE.matcher(m.scope).replaceFirst("")).find();
    }

    private KeyTimeCandidate candidate(Mention m, Context ctx, int tier, String why, KeyTimeCandidate.Fact... read) {
        Utterance u = ctx.u();
        Statement statement;
        if (m.machine || m.posting && u.bot()) statement = Statement.MACHINE_STAMP;
        else if (ctx.hindsight()) statement = Statement.HINDSIGHT;
        else if (u.origin() == Utterance.Origin.DESCRIPTION || status(m, ctx) || m.approx) statement = Statement.EARLY_ESTIMATE;
        else statement = Statement.LIVE_REPORT;
        double c = switch (tier) {
            case 3 -> 0.75;
            case 2 -> 0.55;
            case 1 -> 0.30;
            default -> 0.10;
        };
        c += switch (statement) {
            case HINDSIGHT, MACHINE_STAMP -> 0.15;
            case LIVE_REPORT -> 0.05;
            default -> 0.0;
        };
        if (m.approx) c -= 0.05;
        // the ticket's first guess ("since ~09:50"): a hint, chosen only with something else saying the same minute
        if (m.approx && u.origin() == Utterance.Origin.DESCRIPTION) c -= 0.05;
        if (m.inferred) c -= 0.05;
        if (m.posting && u.origin() == Utterance.Origin.COMMENT) c -= 0.05; // a comment is often written a little after
        if (m.zoneDoubt) c = Math.min(c, Precedence.CHOOSE - 0.1);
        if (m.quotedClaim) c = Math.min(c, Precedence.CHOOSE - 0.1);
        StringBuilder reason = new StringBuilder(why);
        reason.append(switch (statement) {
            case MACHINE_STAMP -> ", machine stamp";
            case HINDSIGHT -> ", written in hindsight";
            case EARLY_ESTIMATE -> u.origin() == Utterance.Origin.DESCRIPTION ? ", early estimate in the description" : ", early estimate";
            case LIVE_REPORT -> m.posting ? ", the message's own time" : ", said live";
            case TICKET_RECORD -> "";
        });
        if (m.approx) reason.append(", approximate");
        if (m.zoneDoubt) reason.append(", read in ").append(m.assumedZone == null ? "the assumed zone" : m.assumedZone)
                .append(" it is hours before the message, so the writer may have used another zone");
        if (m.quotedClaim) reason.append(", quoted from another text the writer is reporting, not stating");
        if (m.inferred) reason.append(", inferred from '").append(m.original).append('\'');
        String original = m.inferred ? null : m.original != null ? m.original : m.posting ? HM.format(m.at) + " UTC (posted)" : null;
        EnumSet<KeyTimeCandidate.Fact> facts = EnumSet.noneOf(KeyTimeCandidate.Fact.class);
        facts.addAll(List.of(read));
        if (statement == Statement.LIVE_REPORT && m.posting) facts.add(KeyTimeCandidate.Fact.MESSAGE_TIME);
        if (m.approx) facts.add(KeyTimeCandidate.Fact.APPROXIMATE);
        return new KeyTimeCandidate(m.at, u.source(), u.where(), quote(m.quote), original, m.inferred ? null : m.assumedZone,
                u.author(), u.writtenAt(), statement, m.inferred ? KeyTime.Basis.INFERRED : KeyTime.Basis.STATED, c, reason.toString(), facts);
    }

    // ------------------------------------------------------------------ the first report in a pasted thread or log

    /**
     * A symptom as someone reports it while it happens, in the languages the rules know: the failure words, and what
     * people type when a tool or a line stops working ("giving me the green screen", "se están cayendo llamadas", "ne
     * reçoivent plus les appels", "werkt niet", "geht nicht", "fora do ar").
     */
    static final Pattern LIVE_SYMPTOM = Pattern.compile("\\b(?:green|blue|black|white|blank) screens?\\b|\\bsomething went wrong\\b"
            + "|\\b(?:won'?t|doesn'?t|isn'?t|aren'?t|can'?t|wont|dont|isnt) (?:\\w+ )?(?:load|open|connect|work(?:ing)?|go through|respond\\w*|ring)\\b"
            + "|\\bnot (?:acknowledged|received|confirmed|answered|accepted|printed|published|arriving|coming through)\\b|\\bno [\\w-]+(?: [\\w-]+)? yet\\b|\\b(?:by itself|on its own)\\b"
            + "|\\b(?:dropping|dropped) (?:calls|connections|packets)\\b|\\bthrowing (?:an? )?(?:error|exception)|\\bno (?:service|signal|internet|connection|response|calls|dial ?tone)\\b"
            // Spanish, Portuguese
            + "|(?<![\\p{L}])(?:cayendo|se ca(?:e|en|y[óo])|no (?:funciona|carga|entra|entran|conecta|responde)|sin (?:servicio|señal|red|internet|conexión|luz|sistema)"
            + "|fallando|fallan|falla|caiu|fora do ar|não (?:funciona|carrega|conecta|responde)|sem (?:sinal|serviço|internet|rede|sistema)|falhando)(?![\\p{L}])"
            // French
            + "|(?<![\\p{L}])(?:ne (?:\\p{L}+ ){0,1}plus|ne (?:fonctionne|marche|répond|charge)\\p{L}* pas|coupée?s?|en panne|hors service|plus d['’](?:internet|accès|réseau))(?![\\p{L}])"
            // Dutch, German
            + "|(?<![\\p{L}])(?:werkt niet|werken niet|ligt plat|liggen plat|doet het niet|geen (?:verbinding|stroom|netwerk|bereik)|storing"
            + "|geht nicht|gehen nicht|funktioniert nicht|ausgefallen|störung|kein (?:netz|strom|zugriff)|keine verbindung)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A question whether something is down ("is the portal down?", "¿se cayó?", "est-ce que ... ?"), not a report of it. */
    private static final Pattern ASKS_WHETHER = Pattern.compile("^\\W*(?:[\\p{L}\\d.'()-]+:\\s*)?(?:is|are|was|were|does|do|did|can|could|has|have|anyone|anybody|any"
            + "|est-ce|y a-t-il|hay|está|están|ist|sind|gibt|werkt|is het|alguém|será)\\b|¿|\\b(?:whether|checking if|check if|not sure if)\\b");
    /** A line that joins a failure already reported: "still", "same here", "too" ("now" alone is a live report's word). */
    private static final Pattern JOINS_KNOWN = Pattern.compile("\\b(?:still|too|also|again|as well|same|ago|already|joined|joining|picked up|handed over|hand-?over|took over|known issue)\\b|(?<![\\p{L}])(?:todavía|sigue|siguen|toujours|encore|nog steeds|immer noch|ainda)(?![\\p{L}])");
    /**
     * A machine's log row, not a person's report: a host or process before a colon ("db6 kernel:", "boulder-va[2211]:",
     * "api-pool-us:"), a component or level tag opening the row ("[backend]", "[error]"), "Error:". Nobody knew from it.
     */
    private static final Pattern MACHINE_ROW = Pattern.compile("^\\W{0,3}(?:[\\p{L}\\d_.]*[\\d-][\\p{L}\\d_.-]*(?:\\[\\d+\\])?(?:\\s+[\\p{L}_-]+)?:\\s"
            + "|\\[[\\p{L}\\d_ -]{2,20}\\]|(?:error|err|exception|fatal|panic|traceback|warn(?:ing)?|info|debug)\\b\\s*:"
            // "SATCOM: Starlink link down", "autoscaler: scaled ...": a system in capitals, or a program, naming itself
            + "|(?-i:[A-Z]{3,10})\\s*:|\\p{L}+(?:bot|scaler|monitor|watchdog|daemon|cron)\\s*:)"
            // "region=us-west-2 ERROR provider config timeout": a row of key=value fields
            + "|\\b[a-z_]{2,20}=[\\w.-]", Pattern.CASE_INSENSITIVE);
    /** A paste that says it does not start at the beginning: "joined the channel late; scrollback not copied", "the alert thread ... is gone". */
    private static final Pattern PARTIAL_PASTE = Pattern.compile("(?i)\\bnot copied\\b|\\bjoined (?:the (?:channel|call|bridge|space|room|thread) )?late\\b|\\bscrollback\\b"
            + "|\\b(?:thread|space|channel|room)\\b[^.;\\n]{0,40}\\b(?:is gone|was gone|separate|in another|another (?:channel|space|room))\\b");
    /** What people send when they notice a failure: tickets, reports, complaints, calls. */
    private static final String NOTICES = "(?:tickets?|reports?|complaints?|calls?|e-?mails?|messages?|chats?|pages?|alerts?|dms?)";
    /**
     * (phase 39) A message that says the failure was known before it: "was driving when it paged", "tickets had been
     * piling up a while", "reports have been coming in for a while", and (phase 42) one that sums up what was known ("je
     * résume ce qu'on sait depuis tantôt"). Its own time is not when anyone first knew.
     */
    static final Pattern EARLIER_NOTICE = Pattern.compile("\\bwhen (?:it|i|we|they|the pager|my phone) (?:got |was |were )?(?:paged|alerted|went off|rang)\\b"
            // (phase 40) only reports piling up, not errors or jobs: "errors have been piling up", "it's been failing for a
            // while" tell when the failure began, not that anyone knew of it before
            + "|\\b" + NOTICES + "\\b[^.;!?]{0,24}?\\b(?:(?:had|have|has) been (?:piling up|coming in|arriving|trickling in|stacking up)\\b"
            + "|(?:piling up|coming in|arriving|trickling in|stacking up) (?:for )?a while\\b)"
            + "|\\breported for a while\\b"
            // (phase 42) a message that sums up what the thread already knew: "Bon, je résume ce qu'on sait depuis tantôt : la
            // moitié des nœuds sont NotReady", "to recap what we know so far", "resumo lo que sabemos": not the first report
            + "|\\b(?:to )?(?:sum up|recap|summari[sz]e) what we(?:'ve| have)? know(?:n)?\\b|\\bhere'?s what we know so far\\b"
            + "|(?<![\\p{L}])(?:je )?résume ce qu['’](?:on|nous) (?:sait|savons)|(?<![\\p{L}])resumo lo que sabemos|fasse zusammen,? was wir wissen");
    /** A line about an earlier moment, not what is happening ("yesterday", "last night", "had been"). */
    private static final Pattern EARLIER_DAY = Pattern.compile("\\b(?:yesterday|last night|last week|previously|had been|was down|were down|used to)\\b|(?<![\\p{L}])(?:ayer|hier|gisteren|gestern|ontem)(?![\\p{L}])");
    /** A change to the monitoring itself: "updated the failure alert rules", "muted the 5xx monitor". */
    private static final Pattern CONFIG_CHANGE = Pattern.compile("\\b(?:updated|changed|added|tuned|configured|edited|created|adjusted|muted|silenced|disabled)\\b[^.;]{0,40}\\b(?:alerts?|rules?|monitors?|thresholds?|dashboards?|runbooks?)\\b");
    private static final Pattern LIVE_NOT_HINDSIGHT = Pattern.compile("\\b(?:actually|timelines?)\\b");
    /** The fix, a workaround or a recovery reported: "rolled back", "working again", "ya entran limpias". */
    private static final Pattern FIX_OR_BACK = Pattern.compile("\\b(?:fixed|mitigated|rolled back|reverted|workaround|working (?:again|fine)|back (?:up|online|to normal)|loads? fine|loading fine"
            + "|go(?:es)? through (?:fine|again)|went through)\\b|(?<![\\p{L}])(?:ya (?:entran|funciona|carga)|arreglad[oa]|resuelto|rétabli\\p{L}*|résolu\\p{L}*|opgelost|verholpen|behoben|resolvido|normalizado|de nouveau|otra vez|again)(?![\\p{L}])");

    /**
     * "[12:41 PM] Jomo: zendesk is giving me the green screen on every ticket??", "06/15/11 07:48 T.850 engr reports no
     * power", the first line of a pasted thread or log: the first person's line that reports the failure as it happens
     * (a failure or symptom word, no fix or recovery, no plan, no question whether it is down, no earlier time quoted, no
     * "still" or "again") is when someone first knew. A detection candidate at that line's own time, a live report,
     * choosable but below a page or an alert said firmly (which the precedence prefers), and never before the chosen
     * start (the precedence keeps detection after it, so a precursor's line does not count).
     */
    private void firstLiveReport() {
        // a paste that says it starts late ("joined the channel late; scrollback not copied") lost the first report, and
        // the lost one may be earlier than any other paste's first line too: no first-report candidate for the incident
        for (Utterance u : utterances)
            if (u != null && (u.origin() == Utterance.Origin.CHAT || u.origin() == Utterance.Origin.TIMELINE_LINE)
                    && PARTIAL_PASTE.matcher(u.text()).find()) return;
        for (String note : pasteNotes) if (PARTIAL_PASTE.matcher(note).find()) return;
        // each paste's lines in time order: the first person's line with a failure or symptom word decides
        Map<Integer, List<Timed>> byPaste = new java.util.LinkedHashMap<>();
        for (Utterance u : utterances) {
            if (u == null || u.bot() || u.origin() != Utterance.Origin.CHAT && u.origin() != Utterance.Origin.TIMELINE_LINE) continue;
            Instant at = lineTime(u);
            if (at == null || now != null && at.isAfter(now)) continue;
            byPaste.computeIfAbsent(u.paste(), k -> new ArrayList<>()).add(new Timed(u, at));
        }
        for (List<Timed> lines : byPaste.values()) {
            // a vendor's write-up: its first report is theirs, kept as a hint only (phase 40: not dropped)
            boolean theirs = othersWriteUp(lines.get(0).u());
            lines.sort(java.util.Comparator.comparing(Timed::at));
            for (Timed line : lines) {
                String text = line.u().text().strip(), lower = text.toLowerCase(Locale.ROOT);
                if (MACHINE_ROW.matcher(text).find()) continue; // a machine's row: nobody knew from it
                if (!any(Lexicon.FAILURE, lower) && !LIVE_SYMPTOM.matcher(lower).find()) continue;
                boolean inTime = finalResolution == null || !line.at().isAfter(finalResolution.plus(Duration.ofMinutes(5)));
                if (liveReport(line.u(), text, lower) && inTime)
                    addFirstReport(line.u(), line.at(), theirs ? "the first failure row of another party's write-up pasted here, when they knew (a hint, not ours by itself)" : null);
                // (phase 40) "back at a laptop, sorry, was driving when it paged. external probes failing": a live report
                // but for its earlier notice, kept as a hint (phase 39 dropped it)
                else if (inTime && EARLIER_NOTICE.matcher(lower).find()) {
                    String without = EARLIER_NOTICE.matcher(lower).replaceAll(" ");
                    if (liveReport(line.u(), without, without))
                        addFirstReport(line.u(), line.at(), "the first report in the pasted thread or log, but it says the failure was paged or reported before it (a hint)");
                }
                break;
            }
        }
    }

    /** A pasted line and its own time (the timeline line's time, or the chat message's), computed once. */
    private record Timed(Utterance u, Instant at) {
    }

    private static Instant lineTime(Utterance u) {
        return u.origin() == Utterance.Origin.TIMELINE_LINE ? u.lineTime() : u.writtenAt();
    }

    /** The candidate for the first report: a live report at the line's own time, just choosable, below any other live detection. */
    private void addFirstReport(Utterance first, Instant firstAt, String hint) {
        long minute = Minutes.of(firstAt);
        for (KeyTimeCandidate c : found.get(Kind.DETECTED)) if (c.minute() == minute && c.confidence() >= Precedence.CHOOSE) return;
        String original = first.lineOriginal() != null ? first.lineOriginal() : HM.format(firstAt) + " UTC (posted)";
        String assumed = first.lineOriginal() != null && first.zoneAssumed() && first.zone() != null ? Zones.label(first.zone()) : null;
        Instant written = first.writtenAt() != null ? first.writtenAt() : firstAt;
        // the first report itself, or (with a hint) one set aside: below the choosable line and not the thread's first
        double confidence = FIRST_REPORT;
        String reason = "the first report of the failure in the pasted thread or log, the message's own time";
        Set<KeyTimeCandidate.Fact> facts = Set.of(KeyTimeCandidate.Fact.FIRST_IN_THREAD, KeyTimeCandidate.Fact.MESSAGE_TIME);
        if (hint != null) {
            confidence = FIRST_REPORT_HINT;
            reason = hint;
            facts = Set.of(KeyTimeCandidate.Fact.MESSAGE_TIME);
        }
        add(Kind.DETECTED, new KeyTimeCandidate(firstAt, first.source(), first.where(), quote(first.text()), original, assumed,
                first.author(), written, Statement.LIVE_REPORT, KeyTime.Basis.STATED, confidence, reason, facts));
    }

    /** Choosable, and not a contender of a report or a notice said live (0.60) nor of a page or an alert. */
    static final double FIRST_REPORT = Precedence.CHOOSE + 0.04;
    /**
     * (phase 40) A first report set aside (another party's write-up's first failure row, a line saying it was paged
     * before): a hint below {@link Precedence#CHOOSE}, never chosen by itself, where phase 39 left no candidate.
     */
    static final double FIRST_REPORT_HINT = 0.35;

    /**
     * Whether a person's line that has a failure or symptom word (the caller, {@link #firstLiveReport}, picked it for
     * that) reports the failure as it is happening; {@code text} is its stripped text, {@code lower} that in lower case.
     */
    private static boolean liveReport(Utterance u, String text, String lower) {
        if (CONFIG_CHANGE.matcher(lower).find()) return false;
        if (ASKS_WHETHER.matcher(lower).find() && !Lexicon.REPORT_QUESTION.matcher(lower).find() || FIX_OR_BACK.matcher(lower).find() || JOINS_KNOWN.matcher(lower).find()) return false;
        if (any(Lexicon.INTENT, lower) && !Lexicon.REPORT_QUESTION.matcher(lower).find() && !lower.matches("(?s).*[^?]\\?{2,}\\s*$")) return false;
        if (any(Lexicon.RECOVER, lower) || any(Lexicon.STRONG_END, lower) || any(Lexicon.NO_FAILURE, lower) || any(Lexicon.NO_IMPACT, lower)
                || any(Lexicon.CLEANUP, lower) || EARLIER_DAY.matcher(lower).find() || EARLIER_NOTICE.matcher(lower).find() || any(Lexicon.LINE_HINDSIGHT, lower)
                // "every page actually", "timeline won't load": live words that a recap also uses
                || any(Lexicon.HINDSIGHT, LIVE_NOT_HINDSIGHT.matcher(lower).replaceAll(" "))
                || any(Lexicon.STATUS_POST, lower) || any(Lexicon.STATUS_MESSAGE, lower) || any(Lexicon.WARNING, lower)) return false;
        // a line that quotes a time of its own (beyond its header) talks of an earlier moment
        String own = u.lineOriginal() != null ? text.replace(u.lineOriginal(), " ") : text;
        return !hasClock(own) || TimeMentions.find(own).isEmpty();
    }

    private static String quote(String s) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= QUOTE_MAX ? t : t.substring(0, QUOTE_MAX - 1) + "…";
    }

    private void add(Kind kind, KeyTimeCandidate c) {
        found.get(kind).add(c);
    }
}

package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeAgreement;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeCandidate.Fact;
import io.postmortem.postmortem.KeyTimeCandidate.Statement;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the three key times from their candidates, the way incidents are written:
 * <ol>
 * <li>Only a candidate of confidence {@value #CHOOSE} or more can be chosen (an explicit boundary or a named state
 * change); below that, the answer is UNKNOWN and the candidates are still offered. Jira's own records (the ticket's
 * creation, its transition) are never chosen.</li>
 * <li>Among the candidates within {@value #CONTENDERS} of the best confidence (so an explicit window beats a recovery
 * word, and hindsight or a machine stamp beats the live guess it corrects), started takes the earliest, resolved the
 * latest (the end of the last impact window), detected the earliest at or after started (the first page or report,
 * not a precursor's) and not after resolved. An alert or report that names the failure a little before the start
 * (15 minutes before a firm start, an hour before an estimate) is detection too; a start that is only an estimate
 * and comes after such an alert is lowered to INFERRED.</li>
 * <li>A machine stamp of the same kind within {@link #MACHINE_WINDOW} of a chosen chat time wins over it (chat clocks
 * are often off by 2-3 minutes).</li>
 * </ol>
 * Pure; used for a full build and again when a paste adds candidates to a stored draft, both through
 * {@link #decide}, where the learned precedence may then choose otherwise ({@link LearnedChooser}).
 */
public final class Precedence {

    static final double CHOOSE = 0.5;
    static final double CONTENDERS = 0.05;
    static final Duration MACHINE_WINDOW = Duration.ofMinutes(3);
    /** Detection is never after the ticket's creation (plus this): whoever opened it already knew. */
    static final Duration TICKET_SLACK = Duration.ofMinutes(1);
    /** How far before a firm start an alert or report still counts as this incident's detection. */
    static final Duration EARLY_ALERT = Duration.ofMinutes(15);
    /** ... and before a start that is only an estimate ("since ~10:00" said live). */
    static final Duration EARLY_ALERT_BEFORE_ESTIMATE = Duration.ofMinutes(60);
    /** An early alert must be a firm statement of detection: tier 3, said live at least, not approximate. */
    static final double EARLY_ALERT_CONFIDENCE = 0.8;
    /**
     * How long after the end of impact a page, report or declaration (said, not estimated) still counts as detection
     * when nothing earlier does ("alerted after the fact").
     */
    static final Duration LATE_ALERT = Duration.ofMinutes(60);
    /** A start at least this trusted (and not an estimate) is firm. */
    static final double FIRM = 0.7;
    private static final java.time.format.DateTimeFormatter HM = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneOffset.UTC);
    /** Candidates kept on each key time for the panel, best first. */
    public static final int KEEP = 12;

    private Precedence() {
    }

    public static KeyTimes choose(Map<Kind, List<KeyTimeCandidate>> candidates) {
        return choose(candidates, null);
    }

    /**
     * Chooses, keeping every time a person set (basis MANUAL, a time or a deliberate "unknown"): it stays as it is, with
     * the fresh candidates to choose from, and the other times are chosen around it (detected not before a person's
     * started, resolved after it).
     */
    public static KeyTimes choose(Map<Kind, List<KeyTimeCandidate>> candidates, KeyTimes people) {
        Map<Kind, List<KeyTimeCandidate>> c = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) c.put(k, candidates.getOrDefault(k, List.of()));
        KeyTime ms = manual(people == null ? null : people.started());
        KeyTime md = manual(people == null ? null : people.detected());
        KeyTime mr = manual(people == null ? null : people.resolved());
        KeyTimeCandidate started = ms != null ? null : pick(c.get(Kind.STARTED), null, null, true);
        Instant s = ms != null ? ms.at() : started == null ? null : started.at();
        KeyTimeCandidate resolved = mr != null ? null : pick(c.get(Kind.RESOLVED), s == null ? null : s.plusSeconds(60), null, false);
        Instant r = mr != null ? mr.at() : resolved == null ? null : resolved.at();
        // the failure came back after the chosen end: the end of impact is the end of that later window
        Instant again = mr != null || r == null ? null : lastRecurrence(c.get(Kind.STARTED), r);
        String lostEnd = null;
        if (again != null) {
            KeyTimeCandidate later = pick(c.get(Kind.RESOLVED), floorMinute(again).plusSeconds(60), null, false);
            if (later == null) lostEnd = "the failure came back at " + HM.format(again) + " UTC, after the end at " + HM.format(r)
                    + " UTC, and nothing says when that later window ended; the candidates below are hints";
            resolved = later;
            r = later == null ? null : later.at();
        }
        Instant knew = ticketCreated(c.get(Kind.DETECTED));
        Instant detectedBy = knew == null ? r : r == null || knew.plus(TICKET_SLACK).isBefore(r) ? knew.plus(TICKET_SLACK) : r;
        KeyTimeCandidate detected = md != null ? null : pick(c.get(Kind.DETECTED), s == null ? null : floorMinute(s), detectedBy, true);
        if (md == null && detected == null && r != null) {
            // "the spike ended at 14:26; the page came at 14:27, so we were alerted after the fact": a page, report or
            // declaration soon after the end (said, not estimated; pick keeps only the choosable) is when the organisation knew
            Instant lateBy = r.plus(LATE_ALERT);
            if (knew != null && knew.plus(TICKET_SLACK).isBefore(lateBy)) lateBy = knew.plus(TICKET_SLACK);
            List<KeyTimeCandidate> said = new ArrayList<>();
            for (KeyTimeCandidate x : c.get(Kind.DETECTED)) if (x != null && x.statement() != Statement.EARLY_ESTIMATE) said.add(x);
            detected = pick(said, floorMinute(r).plusSeconds(60), lateBy, true);
        }
        // "se cortó la luz en el local" (17:33), then "toda la cuadra sin luz" (17:39) in the same pasted thread: the later
        // message, read at 0.6, outranked the thread's first report of the failure (0.54 by design, so that a firmer page or
        // recap wins); between two people's live messages of one thread, the first report is when someone knew
        if (md == null) detected = firstInThread(detected, c.get(Kind.DETECTED), s == null ? null : floorMinute(s));
        if (md == null && s != null) {
            boolean firmStart = ms != null || started != null && firm(started);
            KeyTimeCandidate early = earlyAlert(c.get(Kind.DETECTED), floorMinute(s), detectedBy, firmStart ? EARLY_ALERT : EARLY_ALERT_BEFORE_ESTIMATE);
            // an earlier alert wins unless what was chosen is said more firmly ("we were first paged at 09:06", in a recap)
            if (early != null && (detected == null || early.at().isBefore(detected.at()) && early.confidence() >= detected.confidence() - CONTENDERS - 1e-9))
                detected = early;
        }
        KeyTime startedTime = ms != null ? ms.withCandidates(ranked(c.get(Kind.STARTED))) : keyTime(started, c.get(Kind.STARTED));
        if (ms == null && started != null && detected != null && detected.at().isBefore(floorMinute(s)) && !firm(started))
            // the first alert came before the estimate of when impact began: the estimate is doubtful
            startedTime = KeyTime.of(started, KeyTime.Basis.INFERRED, started.reason() + "; the first alert or report (" + HM.format(detected.at())
                    + " UTC) came before it, so impact began earlier than this estimate says", startedTime.candidates());
        KeyTime resolvedTime = mr != null ? mr.withCandidates(ranked(c.get(Kind.RESOLVED))) : keyTime(resolved, c.get(Kind.RESOLVED));
        if (lostEnd != null) resolvedTime = KeyTime.unknown(lostEnd, resolvedTime.candidates());
        return new KeyTimes(
                startedTime,
                md != null ? md.withCandidates(ranked(c.get(Kind.DETECTED))) : keyTime(detected, c.get(Kind.DETECTED)),
                resolvedTime);
    }

    /**
     * The one way key times are built from candidates (a full build, a paste added to a stored draft, a rebuild around a
     * person's time): the rules choose ({@link #choose(Map, KeyTimes)}), then the learned precedence may pick another
     * candidate of the same kind or UNKNOWN ({@link LearnedChooser}); a person's time stays. {@code created} is the
     * ticket's creation; null reads it from the ticket's record among the detection candidates.
     */
    public static KeyTimes decide(Map<Kind, List<KeyTimeCandidate>> candidates, KeyTimes people, Instant created) {
        return decide(candidates, people, created, LearnedChooser.shipped());
    }

    /**
     * {@link #decide(Map, KeyTimes, Instant)} with the learned precedence to apply after the rules: {@code chooser} null
     * leaves the rules' choice (regenerating the weights and benchmarks that compare with the rules use it; the
     * candidates kept on the key times are the same either way). Production code uses the shipped one.
     */
    public static KeyTimes decide(Map<Kind, List<KeyTimeCandidate>> candidates, KeyTimes people, Instant created, LearnedChooser chooser) {
        KeyTimes rules = choose(candidates, people);
        if (chooser == null) return rules;
        Instant at = created != null ? created : LearnedChooser.ticketCreated(candidates.getOrDefault(Kind.DETECTED, List.of()));
        return placedStateLess(chooser.revise(rules, people, at));
    }

    /** What a pick lowered by {@link #placedStateLess} says after its reason. */
    static final String PLACE_DOUBTED = "only its place in the review says what this time is, and ";

    /**
     * (phase 37) A time read only from its line's place in a review ({@link KeyTimeFinder#BY_PLACE}: the label's words
     * were not understood, the order impact / detection / end was assumed) is the weakest kind of statement that can be
     * STATED: it stays STATED only when nothing weakens it further. It is INFERRED (shown "check it") when another
     * candidate the precedence could have chosen says another minute ({@link KeyTimeAgreement#disputedBy}), a firmer
     * statement of its kind elsewhere says another ({@link #firmerElsewhere}), the same review's places are out of order
     * ({@link #outOfOrder}), or the review's times were read in an assumed zone (its heading and its lines name none). The time itself is unchanged.
     * Applied to what the learned precedence gives (production); the rules alone ({@code chooser} null, the benchmarks'
     * comparison) are left as they choose.
     */
    public static KeyTimes placedStateLess(KeyTimes k) {
        KeyTime s = placedStateLess("started", k.started(), k), d = placedStateLess("detected", k.detected(), k),
                r = placedStateLess("resolved", k.resolved(), k);
        return s == k.started() && d == k.detected() && r == k.resolved() ? k : new KeyTimes(s, d, r);
    }

    /**
     * A statement of the same kind said more firmly than any place (a word the lexicon knows, confidence {@value
     * KeyTimeAgreement#FIRM} or more, or a machine stamp) in another message, more than a chat clock's slack from the
     * placed time, before or after it; null when there is none.
     */
    private static KeyTimeCandidate firmerElsewhere(KeyTime t) {
        for (KeyTimeCandidate c : t.candidates()) {
            if (c == null || c.at() == null || c.basis() != KeyTime.Basis.STATED || c.statement() == Statement.TICKET_RECORD) continue;
            if (c.has(Fact.BY_PLACE)) continue;
            if (c.statement() != Statement.MACHINE_STAMP && c.confidence() < KeyTimeAgreement.FIRM - 1e-9) continue;
            if (c.where() != null && c.where().equals(t.where())) continue;
            if (Math.abs(c.minute() - Minutes.of(t.at())) <= KeyTimeAgreement.CLOCK_SLACK.toMinutes()) continue;
            return c;
        }
        return null;
    }

    /**
     * The places one review gave (its candidates read {@link KeyTimeFinder#BY_PLACE}, on any of the three key times) are
     * not in the order the places assume: a detection more than {@link #EARLY_ALERT} before the impact's start, or an
     * end not after the start or the detection. Then at least one line is not what its place says.
     */
    static boolean outOfOrder(String where, KeyTimes k) {
        if (where == null) return false;
        Long s = placedMinute(where, k.started(), true), d = placedMinute(where, k.detected(), true), r = placedMinute(where, k.resolved(), false);
        return s != null && d != null && d < s - EARLY_ALERT.toMinutes()
                || r != null && (s != null && r <= s || d != null && r <= d);
    }

    /**
     * Whether a chosen key time is a candidate read only by its place: the candidate it was made from (the same line, minute
     * and quote among its candidates) carries {@link Fact#BY_PLACE}.
     */
    private static boolean byPlace(KeyTime t) {
        for (KeyTimeCandidate c : t.candidates())
            if (c != null && c.at() != null && c.has(Fact.BY_PLACE) && c.minute() == Minutes.of(t.at())
                    && java.util.Objects.equals(c.where(), t.where()) && java.util.Objects.equals(c.quote(), t.quote())) return true;
        return false;
    }

    /** The earliest (or latest) minute a review at {@code where} gave by place among a key time's candidates, or null. */
    private static Long placedMinute(String where, KeyTime t, boolean earliest) {
        Long out = null;
        for (KeyTimeCandidate c : t.candidates()) {
            if (c == null || c.at() == null || !where.equals(c.where()) || !c.has(Fact.BY_PLACE)) continue;
            if (out == null || (earliest ? c.minute() < out : c.minute() > out)) out = c.minute();
        }
        return out;
    }

    private static KeyTime placedStateLess(String name, KeyTime t, KeyTimes k) {
        if (t == null || !t.known() || t.basis() != KeyTime.Basis.STATED || !byPlace(t)) return t;
        String why;
        KeyTimeCandidate firmer = firmerElsewhere(t);
        if (KeyTimeAgreement.disputedBy(name, k) != null) why = "another candidate says another minute";
        else if (firmer != null) why = "a firmer statement elsewhere says " + HM.format(firmer.at()) + " UTC";
        else if (outOfOrder(t.where(), k)) why = "the review's places give times out of order (impact, detection, end)";
        else if (t.assumedZone() != null) why = "its zone was assumed (the review names none)";
        else return t;
        return new KeyTime(t.at(), t.source(), KeyTime.Basis.INFERRED, t.original(), t.quote(), t.where(), t.author(), t.writtenAt(),
                t.statement(), t.confidence(), t.assumedZone(), t.reason() + "; " + PLACE_DOUBTED + why, t.candidates());
    }

    /** The reason a started candidate carries when it is a later window's start ("500s are back"), not the incident's. */
    public static final String RECURRENCE = "the failure came back: a later impact window began";

    /** The last time the failure came back after {@code end} (a later window), or null. */
    private static Instant lastRecurrence(List<KeyTimeCandidate> started, Instant end) {
        Instant last = null;
        for (KeyTimeCandidate c : started)
            if (c != null && c.at() != null && c.reason() != null && c.reason().startsWith(RECURRENCE) && c.at().isAfter(end.plusSeconds(59))
                    && (last == null || c.at().isAfter(last))) last = c.at();
        return last;
    }

    /**
     * An alert, a page or a user report a little before the chosen start: the organisation knew then, even though the
     * start said later (a recap's window, a live "since ~10:00") is when impact is written to begin. Only a firm
     * statement of detection (an alert's own stamp, a recap, a report said live; not an estimate or approximate time)
     * that names a failure or impact counts, within {@code window} before the start: a precursor's page hours earlier
     * ("replication lag") is not detection of this incident.
     */
    private static KeyTimeCandidate earlyAlert(List<KeyTimeCandidate> all, Instant start, Instant notAfter, Duration window) {
        KeyTimeCandidate best = null;
        for (KeyTimeCandidate c : all) {
            if (c == null || c.at() == null || c.statement() == Statement.TICKET_RECORD || c.statement() == Statement.EARLY_ESTIMATE) continue;
            if (c.confidence() < EARLY_ALERT_CONFIDENCE || !c.at().isBefore(start) || c.at().isBefore(start.minus(window))) continue;
            if (notAfter != null && c.at().isAfter(notAfter)) continue;
            if (c.has(Fact.APPROXIMATE)) continue;
            String q = c.quote() == null ? "" : c.quote().toLowerCase(java.util.Locale.ROOT);
            if (!Lexicon.any(Lexicon.FAILURE, q) && !Lexicon.any(Lexicon.IMPACT_NOUN, q)) continue;
            if (best == null || c.at().isBefore(best.at())) best = c;
        }
        return best;
    }

    /** How far before a later live report in the same thread its first report still takes detection. */
    static final Duration FIRST_IN_THREAD = Duration.ofMinutes(60);
    private static final java.util.regex.Pattern PAGE_WORDS = java.util.regex.Pattern.compile("\\b(?:pag(?:e|ed|es|ing)|alert(?:ed|ing|s)?|notif(?:y|ied|ying)|escalat\\w*)\\b");
    private static final java.util.regex.Pattern PASTE_WHERE = java.util.regex.Pattern.compile("^paste (\\d+),");

    /**
     * The detection chosen when it is a person's message read at its own time in a pasted thread (a live report, not a
     * page, an alert's stamp or a recap) and the same thread's first report of the failure (KeyTimeFinder's candidate,
     * choosable) came before it, within {@link #FIRST_IN_THREAD} and not before the start: that first report.
     */
    private static KeyTimeCandidate firstInThread(KeyTimeCandidate chosen, List<KeyTimeCandidate> all, Instant notBefore) {
        if (chosen == null || chosen.statement() != Statement.LIVE_REPORT || !chosen.has(Fact.MESSAGE_TIME)) return chosen;
        String paste = pasteOf(chosen);
        if (paste == null) return chosen;
        // "paging the on-call" after a line that only names the failure: the page is when the organisation knew
        if (chosen.quote() != null && PAGE_WORDS.matcher(chosen.quote().toLowerCase(java.util.Locale.ROOT)).find()) return chosen;
        KeyTimeCandidate first = null;
        for (KeyTimeCandidate c : all) {
            if (c == null || c.at() == null || c == chosen || !stated(c) || c.statement() != Statement.LIVE_REPORT) continue;
            if (!c.has(Fact.FIRST_IN_THREAD)) continue;
            if (!paste.equals(pasteOf(c)) || !c.at().isBefore(chosen.at()) || c.at().isBefore(chosen.at().minus(FIRST_IN_THREAD))) continue;
            if (notBefore != null && c.at().isBefore(notBefore)) continue;
            if (first == null || c.at().isBefore(first.at())) first = c;
        }
        return first != null && first.minute() != chosen.minute() ? first : chosen;
    }

    private static String pasteOf(KeyTimeCandidate c) {
        if (c.where() == null) return null;
        java.util.regex.Matcher m = PASTE_WHERE.matcher(c.where());
        return m.find() ? m.group(1) : null;
    }

    /** A chosen start said as a boundary (a window, "impact began", a machine stamp), not an estimate. */
    private static boolean firm(KeyTimeCandidate c) {
        return c.confidence() >= FIRM && c.statement() != Statement.EARLY_ESTIMATE && !c.has(Fact.APPROXIMATE);
    }

    /** The ticket's creation, offered among the detection candidates: the organisation knew by then. */
    private static Instant ticketCreated(List<KeyTimeCandidate> detected) {
        Instant first = null;
        for (KeyTimeCandidate c : detected)
            if (c != null && c.at() != null && c.statement() == Statement.TICKET_RECORD && (first == null || c.at().isBefore(first))) first = c.at();
        return first;
    }

    /** {@code k} if a person set it, else null. */
    static KeyTime manual(KeyTime k) {
        return k != null && k.basis() == KeyTime.Basis.MANUAL ? k : null;
    }

    /**
     * The key times after new evidence was read (a paste): the candidates already stored whose source the new reading
     * does not cover, plus the new reading's, chosen again; a person's choice is kept.
     *
     * @param stored    the draft's key times, with their candidates
     * @param fresh     the key times of the new reading, with its candidates
     * @param freshCovers true for a source the new reading read again: its stored candidates are replaced by the new
     *                    reading's, and the new reading's candidates from other sources are ignored
     */
    public static KeyTimes reconsider(KeyTimes stored, KeyTimes fresh, java.util.function.Predicate<String> freshCovers) {
        Map<Kind, List<KeyTimeCandidate>> all = new EnumMap<>(Kind.class);
        all.put(Kind.STARTED, union(stored.started(), fresh.started(), freshCovers));
        all.put(Kind.DETECTED, union(stored.detected(), fresh.detected(), freshCovers));
        all.put(Kind.RESOLVED, union(stored.resolved(), fresh.resolved(), freshCovers));
        return decide(all, stored, null);
    }

    /**
     * A rebuild's key times: the fresh ones, except that a person's choice stays (with the fresh candidates) and the
     * other times are chosen again around it.
     */
    public static KeyTimes keepPeoplesChoices(KeyTimes existing, KeyTimes fresh) {
        return keepPeoplesChoices(existing, fresh, LearnedChooser.shipped());
    }

    /** {@link #keepPeoplesChoices(KeyTimes, KeyTimes)} choosing again with {@code chooser} (null: the rules alone; see {@link #decide(Map, KeyTimes, Instant, LearnedChooser)}). */
    public static KeyTimes keepPeoplesChoices(KeyTimes existing, KeyTimes fresh, LearnedChooser chooser) {
        if (existing == null || manual(existing.started()) == null && manual(existing.detected()) == null
                && manual(existing.resolved()) == null) return fresh;
        Map<Kind, List<KeyTimeCandidate>> all = new EnumMap<>(Kind.class);
        all.put(Kind.STARTED, fresh.started().candidates());
        all.put(Kind.DETECTED, fresh.detected().candidates());
        all.put(Kind.RESOLVED, fresh.resolved().candidates());
        KeyTimes again = decide(all, existing, null, chooser);
        // the fresh choice stands wherever it still fits around the person's times
        Instant s = again.started().at(), r = again.resolved().at();
        KeyTime started = manual(existing.started()) != null ? again.started() : fresh.started();
        KeyTime resolved = manual(existing.resolved()) != null ? again.resolved()
                : fresh.resolved().known() && s != null && !fresh.resolved().at().isAfter(s) ? again.resolved() : fresh.resolved();
        KeyTime detected = manual(existing.detected()) != null ? again.detected()
                : fresh.detected().known() && (s != null && fresh.detected().at().isBefore(floorMinute(s))
                || r != null && fresh.detected().at().isAfter(r)) ? again.detected() : fresh.detected();
        return new KeyTimes(started, detected, resolved);
    }

    private static List<KeyTimeCandidate> union(KeyTime stored, KeyTime fresh, java.util.function.Predicate<String> covered) {
        List<KeyTimeCandidate> out = new ArrayList<>();
        for (KeyTimeCandidate c : stored.candidates()) if (c.source() == null || !covered.test(c.source())) out.add(c);
        for (KeyTimeCandidate c : fresh.candidates()) if (c.source() != null && covered.test(c.source())) out.add(c);
        return out;
    }

    /** Same as {@link #choose} for three lists. */
    public static KeyTimes choose(List<KeyTimeCandidate> started, List<KeyTimeCandidate> detected, List<KeyTimeCandidate> resolved) {
        Map<Kind, List<KeyTimeCandidate>> m = new EnumMap<>(Kind.class);
        m.put(Kind.STARTED, started == null ? List.of() : started);
        m.put(Kind.DETECTED, detected == null ? List.of() : detected);
        m.put(Kind.RESOLVED, resolved == null ? List.of() : resolved);
        return choose(m);
    }

    private static Instant floorMinute(Instant t) {
        return Minutes.floor(t);
    }

    /** A candidate that may be chosen at all: confident enough ({@value #CHOOSE}) to be stated, and not Jira's own record. */
    private static boolean stated(KeyTimeCandidate c) {
        return c.confidence() >= CHOOSE && c.statement() != Statement.TICKET_RECORD;
    }

    /**
     * What this class promises of any chosen key time, for a choice made elsewhere ({@link LearnedChooser}): only a
     * {@link #stated} candidate, and a detection never after the ticket's creation ({@code created}, may be null) plus
     * {@link #TICKET_SLACK} (whoever opened the ticket already knew). {@link #pick} keeps the same promises with its bounds.
     */
    static boolean choosable(Kind k, KeyTimeCandidate c, Instant created) {
        if (c.at() == null || !stated(c)) return false;
        return k != Kind.DETECTED || created == null || !c.at().isAfter(created.plus(TICKET_SLACK));
    }

    private static KeyTimeCandidate pick(List<KeyTimeCandidate> all, Instant notBefore, Instant notAfter, boolean earliest) {
        List<KeyTimeCandidate> eligible = new ArrayList<>();
        for (KeyTimeCandidate c : all) {
            if (c == null || c.at() == null || !stated(c)) continue;
            if (notBefore != null && c.at().isBefore(notBefore)) continue;
            if (notAfter != null && c.at().isAfter(notAfter)) continue;
            eligible.add(c);
        }
        if (eligible.isEmpty()) return null;
        double top = eligible.stream().mapToDouble(KeyTimeCandidate::confidence).max().orElse(0);
        KeyTimeCandidate best = null;
        for (KeyTimeCandidate c : eligible) {
            if (c.confidence() < top - CONTENDERS - 1e-9) continue;
            if (best == null || (earliest ? c.at().isBefore(best.at()) : c.at().isAfter(best.at()))
                    || c.minute() == best.minute() && c.confidence() > best.confidence()) best = c;
        }
        if (best != null && best.statement() != Statement.MACHINE_STAMP && chatTime(best)) {
            KeyTimeCandidate stamp = null;
            for (KeyTimeCandidate c : eligible) {
                if (c.statement() != Statement.MACHINE_STAMP) continue;
                if (Duration.between(c.at(), best.at()).abs().compareTo(MACHINE_WINDOW) > 0) continue;
                if (stamp == null || Duration.between(c.at(), best.at()).abs().compareTo(Duration.between(stamp.at(), best.at()).abs()) < 0) stamp = c;
            }
            if (stamp != null) best = stamp;
        }
        return best;
    }

    /** A time typed in chat or read from a chat message's header. */
    private static boolean chatTime(KeyTimeCandidate c) {
        String s = c.source() == null ? "" : c.source();
        return s.startsWith("slack:") || s.startsWith("teams:") || s.startsWith("chat:") || s.startsWith("paste:");
    }

    private static KeyTime keyTime(KeyTimeCandidate chosen, List<KeyTimeCandidate> all) {
        List<KeyTimeCandidate> list = ranked(all);
        if (chosen == null) {
            String why = list.isEmpty() ? "nothing in the evidence says it"
                    : "nothing in the evidence says it clearly enough; the candidates below are hints";
            return KeyTime.unknown(why, list);
        }
        if (!list.contains(chosen)) {
            list = new ArrayList<>(list);
            list.add(0, chosen);
            if (list.size() > KEEP) list = list.subList(0, KEEP);
        }
        return KeyTime.of(chosen, chosen.basis(), chosen.reason(), list);
    }

    /** Best first, one per minute and source, at most {@link #KEEP}. */
    public static List<KeyTimeCandidate> ranked(List<KeyTimeCandidate> all) {
        List<KeyTimeCandidate> sorted = new ArrayList<>();
        for (KeyTimeCandidate c : all) if (c != null && c.at() != null) sorted.add(c);
        sorted.sort(Comparator.comparingDouble(KeyTimeCandidate::confidence).reversed().thenComparing(KeyTimeCandidate::at));
        List<KeyTimeCandidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KeyTimeCandidate c : sorted) {
            if (!seen.add(c.minute() + "|" + c.source())) continue;
            out.add(c);
            if (out.size() == KEEP) break;
        }
        return List.copyOf(out);
    }
}

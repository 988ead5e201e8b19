package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three key times and the timeline: started &le; detected &le; resolved (ERROR), unknown times are allowed but
 * said (WARNING, informative), timeline rows in chronological order and within [started - 24h, resolved + 7d]
 * (WARNING); a key time read from a clock time with no zone, in an assumed zone other than UTC, is said with its UTC
 * reading (WARNING), so a wrong zone is cheap to catch; a key time the evidence itself disputes (another candidate of
 * the same kind that the precedence could plausibly have chosen says a different minute) is said with both sentences
 * (WARNING), so a wrong pick is cheap to catch.
 */
public final class TimesRule implements Rule {
    public static final String ORDER = "times.order";
    public static final String UNKNOWN = "times.unknown";
    public static final String TIMELINE_ORDER = "timeline.order";
    public static final String TIMELINE_WINDOW = "timeline.window";
    public static final String ASSUMED_ZONE = "times.assumed-zone";
    public static final String DISPUTED = "times.disputed";

    /** Further apart than a chat clock is off (the seed: "chat times may be off by 2-3 minutes"). */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(3);
    /** A rival the precedence could have chosen: confidence at least this ({@code Precedence}'s CHOOSE)... */
    static final double RIVAL_CONFIDENCE = 0.5;
    /** ... and no more than this below the chosen one's. */
    static final double RIVAL_MARGIN = 0.3;
    /** A page, alert or report firm enough to say someone knew before the chosen start... */
    static final double FIRST_KNOWN_CONFIDENCE = 0.75;
    /** ... at most this long before it (an earlier page is a precursor's more often than this incident's). */
    static final Duration FIRST_KNOWN_WINDOW = Duration.ofMinutes(60);

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        KeyTimes k = doc.keyTimes();
        unknown(out, "started", k.started());
        unknown(out, "detected", k.detected());
        unknown(out, "resolved", k.resolved());
        assumedZone(out, "started", k.started());
        assumedZone(out, "detected", k.detected());
        assumedZone(out, "resolved", k.resolved());
        disputed(out, "started", k);
        disputed(out, "detected", k);
        disputed(out, "resolved", k);
        if (before(k.detected(), k.started())) {
            out.add(Finding.error(ORDER, "keyTimes.detected", "Detected (" + k.detected().at() + ") is before started ("
                    + k.started().at() + "). An incident cannot be detected before it starts: check both times and "
                    + "their time zones.", null));
        }
        if (before(k.resolved(), k.detected())) {
            out.add(Finding.error(ORDER, "keyTimes.resolved", "Resolved (" + k.resolved().at() + ") is before detected ("
                    + k.detected().at() + ").", null));
        } else if (!k.detected().known() && before(k.resolved(), k.started())) {
            out.add(Finding.error(ORDER, "keyTimes.resolved", "Resolved (" + k.resolved().at() + ") is before started ("
                    + k.started().at() + ").", null));
        }
        Instant from = k.started().known() ? k.started().at().minus(Duration.ofHours(24)) : null;
        Instant to = k.resolved().known() ? k.resolved().at().plus(Duration.ofDays(7)) : null;
        Instant previous = null;
        List<TimelineEntry> t = doc.timeline();
        for (int i = 0; i < t.size(); i++) {
            Instant at = t.get(i).at();
            if (at == null) continue;
            if (previous != null && at.isBefore(previous)) {
                out.add(Finding.warning(TIMELINE_ORDER, "timeline[" + i + "]", "This row (" + at + ") is earlier than "
                        + "the row above it (" + previous + "): the timeline should read in chronological order.", null));
            }
            if ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to))) {
                out.add(Finding.warning(TIMELINE_WINDOW, "timeline[" + i + "]", "This row (" + at + ") is outside the "
                        + "incident's window (24 hours before it started to 7 days after it was resolved). Check the "
                        + "time and its time zone, or remove the row.", null));
            }
            previous = previous == null || at.isAfter(previous) ? at : previous;
        }
        return out;
    }

    private static void unknown(List<Finding> out, String name, KeyTime t) {
        if (!t.known()) {
            out.add(Finding.warning(UNKNOWN, "keyTimes." + name, "The " + name + " time is unknown. That is a valid "
                    + "answer: say so in the write-up rather than guessing.", null));
        }
    }

    /**
     * A key time the evidence gave as a clock time with no zone was read in an assumed zone (the team's, a paste's): if
     * the writer meant UTC instead, as recaps and tools often do, it is hours off. Said, with the other reading, so a
     * person can check the sentence and pick; a person's own time is never questioned.
     */
    private static void assumedZone(List<Finding> out, String name, KeyTime t) {
        if (!t.known() || t.basis() == KeyTime.Basis.MANUAL || t.assumedZone() == null || t.assumedZone().isBlank()) return;
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(t.assumedZone());
        } catch (java.time.DateTimeException e) {
            return;
        }
        int offset = zone.getRules().getOffset(t.at()).getTotalSeconds();
        if (offset == 0) return;
        Instant asUtc = t.at().plusSeconds(offset);
        String written = t.original() == null || t.original().isBlank() ? "" : " from \"" + t.original() + "\"";
        out.add(Finding.warning(ASSUMED_ZONE, "keyTimes." + name, "The " + name + " time (" + t.at() + ") was read"
                + written + " in " + zone.getId() + ", because the text names no zone. If the writer meant UTC, it is "
                + asUtc + ". Check the sentence and keep or change the time.", asUtc.toString()));
    }

    /**
     * A chosen key time the evidence itself disputes: said with the chosen sentence and the disputing one, and what to
     * check, so a wrong pick costs one click in the panel (where the other candidate is offered) rather than a wrong
     * review.
     */
    private static void disputed(List<Finding> out, String name, KeyTimes k) {
        Dispute d = disputedBy(name, k);
        if (d == null) return;
        KeyTime t = time(name, k);
        KeyTimeCandidate rival = d.by();
        boolean sameDay = t.at().atZone(ZoneOffset.UTC).toLocalDate().equals(rival.at().atZone(ZoneOffset.UTC).toLocalDate());
        DateTimeFormatter f = sameDay ? HM : DAY_HM;
        String chosen = "The " + name + " time " + f.format(t.at()) + " UTC (" + said(t.where(), t.author(), t.quote()) + ")";
        String message;
        if (d.firstKnown()) {
            message = chosen + " is after " + f.format(rival.at()) + " UTC, when someone already knew of the failure ("
                    + said(rival.where(), rival.author(), rival.quote()) + "). Check when user impact began: by then at the latest,"
                    + " unless that alert or report was about something else.";
        } else {
            String check = switch (name) {
                case "started" -> "when user impact began";
                case "detected" -> "when the organisation first knew (the first page or user report)";
                default -> "when user impact ended";
            };
            message = chosen + " disagrees with " + f.format(rival.at()) + " UTC in " + said(rival.where(), rival.author(), rival.quote())
                    + ". Check which one marks " + check + ", and pick the other candidate if it is the right one.";
        }
        out.add(Finding.warning(DISPUTED, "keyTimes." + name, message, rival.at().toString()));
    }

    /**
     * What disputes a chosen key time.
     *
     * @param by         the candidate that says otherwise
     * @param firstKnown true when it is a firm page, alert or report (a detection candidate) before the chosen start
     */
    public record Dispute(KeyTimeCandidate by, boolean firstKnown) {
    }

    private static KeyTime time(String name, KeyTimes k) {
        return switch (name) {
            case "started" -> k.started();
            case "detected" -> k.detected();
            default -> k.resolved();
        };
    }

    /**
     * What disputes the chosen {@code name} time of {@code k}, or null: a rival of the same kind ({@link #disputedBy(String,
     * KeyTime)}) or, for started, a firm page, alert or report (confidence {@value #FIRST_KNOWN_CONFIDENCE} or more,
     * stated, not an estimate) more than {@link #CLOCK_SLACK} and at most {@link #FIRST_KNOWN_WINDOW} before the chosen
     * start: someone knew of the failure before impact is said to begin.
     */
    public static Dispute disputedBy(String name, KeyTimes k) {
        KeyTime t = time(name, k);
        KeyTimeCandidate rival = disputedBy(name, t);
        if (rival != null) return new Dispute(rival, false);
        if (!name.equals("started") || !disputable(t) || k.detected() == null) return null;
        KeyTimeCandidate first = null;
        for (KeyTimeCandidate c : k.detected().candidates()) {
            if (c == null || c.at() == null || c.basis() != KeyTime.Basis.STATED || c.confidence() < FIRST_KNOWN_CONFIDENCE - 1e-9) continue;
            if (c.statement() == KeyTimeCandidate.Statement.TICKET_RECORD || c.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE) continue;
            long before = minute(t.at()) - minute(c.at());
            if (before <= CLOCK_SLACK.toMinutes() || before > FIRST_KNOWN_WINDOW.toMinutes()) continue;
            if (first == null || c.at().isBefore(first.at())) first = c;
        }
        return first == null ? null : new Dispute(first, true);
    }

    private static boolean disputable(KeyTime t) {
        return t != null && t.known() && t.basis() != KeyTime.Basis.MANUAL && t.basis() != KeyTime.Basis.UNKNOWN;
    }

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static String said(String where, String author, String quote) {
        String w = where == null || where.isBlank() ? "the evidence" : where;
        if (author != null && !author.isBlank() && (where == null || !where.contains(author))) w += " by " + author;
        if (quote == null || quote.isBlank()) return w;
        String q = quote.strip().replaceAll("\\s+", " ");
        if (q.length() > 160) q = q.substring(0, 157) + "...";
        return w + ": \"" + q + "\"";
    }

    /**
     * The candidate that disputes a chosen key time, or null: the strongest among the key time's own candidates that
     * the precedence could plausibly have chosen instead and that says another moment. Measured on the study's tuning
     * sets ({@code EvidenceStudyTest}, README), a rival is a candidate
     * <ul>
     * <li>stated (not derived from a length), not Jira's record, of confidence {@value #RIVAL_CONFIDENCE} or more and
     * at most {@value #RIVAL_MARGIN} below the chosen one (a time a later message calls wrong keeps a third of its
     * confidence, so it never counts);</li>
     * <li>more than {@link #CLOCK_SLACK} from it (chat clocks are often off by 2-3 minutes);</li>
     * <li>not from the same sentence (a sentence that gives two windows or two readings does not dispute itself);</li>
     * <li>not an early estimate, unless the chosen time is one too (an estimate does not dispute a firm statement);</li>
     * <li>for started and detected, earlier than the chosen time (something says impact began, or someone knew,
     * sooner; a later onset or page is a later symptom or a second alert); for resolved, either side (a later "still
     * failing" or an earlier end).</li>
     * </ul>
     * A person's own time (MANUAL) and an unknown time are never disputed.
     */
    public static KeyTimeCandidate disputedBy(String name, KeyTime t) {
        if (!disputable(t)) return null;
        double chosen = t.confidence() == null ? 0 : t.confidence();
        boolean estimate = t.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE;
        KeyTimeCandidate best = null;
        for (KeyTimeCandidate c : t.candidates()) {
            if (c == null || c.at() == null || c.statement() == KeyTimeCandidate.Statement.TICKET_RECORD) continue;
            if (c.basis() != KeyTime.Basis.STATED) continue;
            if (c.confidence() < RIVAL_CONFIDENCE - 1e-9 || c.confidence() < chosen - RIVAL_MARGIN - 1e-9) continue;
            if (Math.abs(minute(c.at()) - minute(t.at())) <= CLOCK_SLACK.toMinutes()) continue;
            if (c.quote() != null && c.quote().equals(t.quote())) continue;
            if (c.statement() == KeyTimeCandidate.Statement.EARLY_ESTIMATE && !estimate) continue;
            if (!name.equals("resolved") && minute(c.at()) > minute(t.at())) continue;
            if (best == null || c.confidence() > best.confidence()
                    || c.confidence() == best.confidence() && Duration.between(c.at(), t.at()).abs().compareTo(Duration.between(best.at(), t.at()).abs()) < 0)
                best = c;
        }
        return best;
    }

    private static long minute(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }

    private static boolean before(KeyTime a, KeyTime b) {
        return a.known() && b.known() && a.at().isBefore(b.at());
    }
}

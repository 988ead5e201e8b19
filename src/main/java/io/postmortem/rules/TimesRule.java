package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeAgreement;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeSource;
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
        KeyTimeAgreement.Dispute d = KeyTimeAgreement.disputedBy(name, k);
        if (d == null) return;
        KeyTime t = KeyTimeAgreement.time(name, k);
        KeyTimeCandidate rival = d.by();
        boolean sameDay = t.at().atZone(ZoneOffset.UTC).toLocalDate().equals(rival.at().atZone(ZoneOffset.UTC).toLocalDate());
        DateTimeFormatter f = sameDay ? HM : DAY_HM;
        String chosen = "The " + name + " time " + f.format(t.at()) + " UTC (" + KeyTimeSource.said(KeyTimeSource.place(t), t.quote()) + ")";
        String message;
        if (d.firstKnown()) {
            message = chosen + " is after " + f.format(rival.at()) + " UTC, when someone already knew of the failure ("
                    + KeyTimeSource.said(KeyTimeSource.place(rival), rival.quote()) + "). Check when user impact began: by then at the latest,"
                    + " unless that alert or report was about something else.";
        } else {
            String check = switch (name) {
                case "started" -> "when user impact began";
                case "detected" -> "when the organisation first knew (the first page or user report)";
                default -> "when user impact ended";
            };
            message = chosen + " disagrees with " + f.format(rival.at()) + " UTC in " + KeyTimeSource.said(KeyTimeSource.place(rival), rival.quote())
                    + ". Check which one marks " + check + ", and pick the other candidate if it is the right one.";
        }
        out.add(Finding.warning(DISPUTED, "keyTimes." + name, message, rival.at().toString()));
    }

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static boolean before(KeyTime a, KeyTime b) {
        return a.known() && b.known() && a.at().isBefore(b.at());
    }
}

package io.postmortem.aidraft;

import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.rules.RedactionRule;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What is sent to the model, and nothing else: the incident's title, the key times, the answers to the ten
 * questions, and the timeline's text (each message once, with who wrote it and when, in UTC). Every piece goes
 * through {@link RedactionRule#scrub} first (secrets and credentials, URL query strings, e-mail and IP addresses
 * out). Settings, secrets, tokens, account ids and the installation's identity are never part of it. At most
 * {@code maxChars} characters of timeline; what is left out is counted.
 */
final class AiEvidence {

    static final String SYSTEM = """
            You draft sections of a blameless incident post-mortem from the evidence you are given, for engineers to \
            review and edit. Rules: describe systems, processes and decisions, never a person's failing; never say \
            "human error"; do not invent facts, times or numbers that are not in the evidence; say "unknown" when the \
            evidence does not say. Times are UTC.
            Answer with one JSON object and nothing else, with exactly these keys:
            "summary": 3-4 sentences for someone outside engineering: what users saw, for how long, what fixed it;
            "rootCause": the cause as finally understood (late conclusions beat early guesses), with how certain it is;
            "fiveWhys": at least 3 steps, each answering why the previous one happened, stopping where the answer is \
            outside the team's control or leads to no action;
            "contributingFactors", "wentWell", "wentBadly", "lucky": short items (at most 5 each; "lucky" is where \
            the impact could have been much worse);
            "externalVersion": a customer-facing update naming no person, internal host, system, ticket key or vendor \
            to blame, and no versions or network detail: what customers saw, when (UTC), what was done, what will \
            prevent it.""";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private AiEvidence() {
    }

    /** The user message: the redacted evidence. */
    static String of(PostMortem doc, int maxChars) {
        StringBuilder b = new StringBuilder();
        String title = doc.header() == null ? null : doc.header().title();
        b.append("Incident: ").append(clean(title == null ? doc.issueKey() : title)).append("\n\n");
        b.append("Key times (UTC): started ").append(time(doc.keyTimes().started()))
                .append(", detected ").append(time(doc.keyTimes().detected()))
                .append(", resolved ").append(time(doc.keyTimes().resolved())).append("\n\n");
        b.append("Answers from the team:\n");
        int answered = 0;
        for (Question q : Question.values()) {
            String a = doc.answers().get(q);
            if (a == null || a.isBlank()) continue;
            b.append("- ").append(q.text()).append(' ').append(clean(a)).append('\n');
            answered++;
        }
        if (answered == 0) b.append("- (none yet)\n");
        b.append("\nTimeline and messages (UTC, oldest first):\n");
        Set<String> sent = new LinkedHashSet<>();
        int left = 0;
        int budget = maxChars;
        for (TimelineEntry row : doc.timeline()) {
            String text = row.original() != null && !row.original().isBlank() ? row.original() : row.event();
            if (text == null || text.isBlank() || !sent.add(text)) continue;
            String line = "- " + (row.at() == null ? "(time unknown)" : AT.format(row.at()))
                    + (row.who() == null || row.who().isBlank() ? "" : " " + clean(row.who()) + ":")
                    + (row.learnedLater() ? " (written after the incident)" : "") + " " + clean(text).replace('\n', ' ') + "\n";
            if (line.length() > budget) {
                left++;
                continue;
            }
            budget -= line.length();
            b.append(line);
        }
        if (left > 0) b.append("(").append(left).append(" more messages not sent: too long)\n");
        return b.toString();
    }

    private static String time(KeyTime t) {
        return t != null && t.known() ? AT.format(t.at()) : "unknown";
    }

    private static String clean(String s) {
        return s == null ? "" : RedactionRule.scrub(s.strip());
    }
}

package io.postmortem.drafting;

import io.postmortem.drafting.DraftMaterial.Sentence;
import io.postmortem.postmortem.Question;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Human-readable labels for where a draft came from ("from a comment by Dana Ops, 14:02 UTC"). */
final class Sources {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Sources() {
    }

    static String label(Sentence s) {
        String src = s.source() == null ? "" : s.source();
        String what = src.startsWith("comment:") ? "a comment"
                : src.startsWith("slack:") ? "a Slack message"
                : src.startsWith("teams:") ? "a Teams message"
                : src.startsWith("chat:") ? "a chat message"
                : src.startsWith("paste:") ? "a pasted note"
                : src.startsWith("issue:") ? "the issue"
                : src.startsWith("changelog:") ? "the changelog"
                : src.startsWith("manual") ? "the timeline" : "the evidence";
        StringBuilder b = new StringBuilder("from ").append(what);
        if (s.who() != null && !s.who().isBlank()) b.append(" by ").append(s.who());
        if (s.at() != null && !s.learnedLater()) b.append(", ").append(HM.format(s.at())).append(" UTC");
        if (s.learnedLater()) b.append(" (written after the incident)");
        return b.toString();
    }

    static String answerSource(Question q) {
        return "answers." + q.key();
    }

    static String answerLabel(Question q) {
        return "from your answer to question " + q.number();
    }
}

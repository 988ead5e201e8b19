package io.postmortem.drafting;

import io.postmortem.drafting.LessonsDraft.Factor;
import io.postmortem.drafting.LessonsDraft.Kind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What one drafting pass has read of each text: the cleaned text and the cue families found in it, each worked out
 * once. Every section reads every sentence (a large incident has thousands), and most of what they ask of a
 * sentence is the same: its tidied text, whether it is a question, speaks of luck, says what went well or badly.
 * Not thread-safe: one per pass, like {@link Blames}.
 */
final class Reading {

    private final Map<String, Text> texts = new HashMap<>();

    Text of(String raw) {
        return texts.computeIfAbsent(raw == null ? "" : raw, Text::new);
    }

    /** One text and what has been read of it so far. */
    static final class Text {
        private final String raw;
        private String tidy;
        private String stripped;
        private Boolean lucky;
        private Boolean well;
        private Boolean bad;
        private String badMatch;
        private Kind kind;
        private boolean kindKnown;
        private int wordCount = -1;
        private Set<String> words;
        private Boolean recovered;
        private int factorsKnown;
        private int factorsFound;

        private Text(String raw) {
            this.raw = raw;
        }

        /** {@link Prose#tidy} of the text. */
        String tidy() {
            if (tidy == null) tidy = Prose.tidy(raw);
            return tidy;
        }

        /** {@link Prose#stripLead} of the tidied text. */
        String stripped() {
            if (stripped == null) stripped = Prose.stripLead(tidy());
            return stripped;
        }

        boolean question() {
            return tidy().strip().endsWith("?");
        }

        /** {@link Cues#LUCKY} in the tidied text. */
        boolean lucky() {
            if (lucky == null) lucky = Cues.LUCKY.matcher(tidy()).find();
            return lucky;
        }

        boolean well() {
            if (well == null) well = Cues.WELL.matcher(tidy()).find();
            return well;
        }

        boolean bad() {
            if (bad == null) {
                Matcher m = Cues.BAD.matcher(tidy());
                bad = m.find();
                badMatch = bad ? m.group() : null;
            }
            return bad;
        }

        /** {@link Cues#LESSON} in the tidied text (it is the three families in one pattern). */
        boolean lesson() {
            return lucky() || bad() || well();
        }

        /** Whether the tidied text says what went well or badly: a label wins, then the cue words. */
        Kind kind() {
            if (!kindKnown) {
                kind = readKind();
                kindKnown = true;
            }
            return kind;
        }

        private Kind readKind() {
            String t = tidy();
            if (Cues.WELL_LABEL.matcher(t).find()) return Kind.WENT_WELL; // a label wins
            if (Cues.BAD_LABEL.matcher(t).find()) return Kind.WENT_BADLY;
            boolean w = well();
            boolean b = bad();
            if (b && w && LessonsDraft.TOOK_FAST.matcher(t).find()) return Kind.WENT_WELL;
            if (b && !(LessonsDraft.TOOK_FAST.matcher(t).find() && badMatch.toLowerCase(Locale.ROOT).startsWith("took"))) return Kind.WENT_BADLY;
            if (w) return Kind.WENT_WELL;
            return null;
        }

        /** {@link Prose#wordCount} of the tidied text. */
        int wordCount() {
            if (wordCount < 0) wordCount = Prose.wordCount(tidy());
            return wordCount;
        }

        /** {@link Prose#words} of the tidied text. */
        Set<String> words() {
            if (words == null) words = Prose.words(tidy());
            return words;
        }

        /** Recovery said in the text as written ({@link Cues#RECOVERED} or the end of impact). */
        boolean recovered() {
            if (recovered == null) recovered = Cues.RECOVERED.matcher(raw).find() || SummaryDraft.END_OF_IMPACT.matcher(raw).find();
            return recovered;
        }

        /** The factor's pattern in the tidied text. */
        boolean factor(Factor f) {
            int bit = 1 << f.ordinal();
            if ((factorsKnown & bit) == 0) {
                if (f.pattern.matcher(tidy()).find()) factorsFound |= bit;
                factorsKnown |= bit;
            }
            return (factorsFound & bit) != 0;
        }
    }
}

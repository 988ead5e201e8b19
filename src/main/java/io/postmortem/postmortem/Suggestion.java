package io.postmortem.postmortem;

import java.util.ArrayList;
import java.util.List;

/**
 * A machine-made suggestion, with the evidence it came from, shown beside a question or a section
 * ("from a comment by Dana Ops, 14:02 UTC"). The document's {@code suggestions} map holds one per question key
 * ({@link Question#key()}) and one per drafted section ({@code summary}, {@code rootCause}, {@code fiveWhys},
 * {@code contributingFactors}, {@code wentWell}, {@code wentBadly}, {@code lucky}, {@code externalVersion}).
 * A suggestion never changes what a person wrote: the panel offers it, a person's click uses it.
 *
 * <p>Stored documents written before {@code items} and {@code certainty} existed read as before: both are absent
 * there and come back as an empty list and null.
 *
 * @param text      the suggestion as one text (a list section's items joined, one per line)
 * @param items     for list sections (five whys, contributing factors, went well / badly, lucky): one entry per
 *                  item; a contributing factor is {@code "factor: how it contributed"}. Empty for text sections
 * @param source    the evidence id it came from ({@code comment:30101}, {@code slack:...}, {@code keyTimes},
 *                  {@code answers.fix}, ...), or {@code ai:<model>} for a model's draft
 * @param label     a human-readable description of the source
 * @param certainty for the root cause only: {@code CONFIRMED}, {@code MOST_LIKELY} or {@code UNKNOWN}; else null
 */
public record Suggestion(String text, List<String> items, String source, String label, String certainty) {

    public Suggestion {
        List<String> clean = new ArrayList<>();
        if (items != null) for (String i : items) if (i != null && !i.isBlank()) clean.add(i);
        items = List.copyOf(clean);
    }

    /** A question's suggestion: one text. */
    public Suggestion(String text, String source, String label) {
        this(text, List.of(), source, label, null);
    }
}

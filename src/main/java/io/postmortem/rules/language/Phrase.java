package io.postmortem.rules.language;

/**
 * A phrase chunk: tokens {@code start} (inclusive) to {@code end} (exclusive) of one type (NP, VP, PP, ADJP...).
 */
public record Phrase(String type, int start, int end) {

    public boolean is(String t) {
        return type.equals(t);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int i) {
        return i >= start && i < end;
    }
}

package io.postmortem.postmortem;

/** The one-sentence cause. When not confirmed, the rendered text says "most likely cause". */
public record RootCause(String sentence, Certainty certainty, String evidence) {

    public enum Certainty { CONFIRMED, MOST_LIKELY }

    public RootCause {
        if (certainty == null) certainty = Certainty.MOST_LIKELY;
    }

    public static RootCause empty() {
        return new RootCause(null, Certainty.MOST_LIKELY, null);
    }
}

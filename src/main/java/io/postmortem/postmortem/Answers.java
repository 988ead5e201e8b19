package io.postmortem.postmortem;

/**
 * The answers to the facilitator's ten clarifying questions (see {@link Question}).
 * Each is free text; {@value #UNKNOWN} is a valid answer; null means not answered yet.
 */
public record Answers(String customerEffect, String times, String detection, String responders,
                      String hypothesisVsCause, String fix, String nearMiss, String worry, String recurrence,
                      String owners) {

    public static final String UNKNOWN = "unknown";

    public static Answers empty() {
        return new Answers(null, null, null, null, null, null, null, null, null, null);
    }

    public String get(Question q) {
        return switch (q) {
            case CUSTOMER_EFFECT -> customerEffect;
            case TIMES -> times;
            case DETECTION -> detection;
            case RESPONDERS -> responders;
            case HYPOTHESIS_VS_CAUSE -> hypothesisVsCause;
            case FIX -> fix;
            case NEAR_MISS -> nearMiss;
            case WORRY -> worry;
            case RECURRENCE -> recurrence;
            case OWNERS -> owners;
        };
    }

    public Answers with(Question q, String value) {
        return new Answers(
                q == Question.CUSTOMER_EFFECT ? value : customerEffect,
                q == Question.TIMES ? value : times,
                q == Question.DETECTION ? value : detection,
                q == Question.RESPONDERS ? value : responders,
                q == Question.HYPOTHESIS_VS_CAUSE ? value : hypothesisVsCause,
                q == Question.FIX ? value : fix,
                q == Question.NEAR_MISS ? value : nearMiss,
                q == Question.WORRY ? value : worry,
                q == Question.RECURRENCE ? value : recurrence,
                q == Question.OWNERS ? value : owners);
    }

    /** Answered means a non-blank answer, "unknown" included. */
    public int answeredCount() {
        int n = 0;
        for (Question q : Question.values()) {
            String a = get(q);
            if (a != null && !a.isBlank()) n++;
        }
        return n;
    }
}

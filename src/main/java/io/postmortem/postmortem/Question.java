package io.postmortem.postmortem;

/**
 * The facilitator's ten clarifying questions, in the seed's order, with the short guidance from its notes.
 * {@link #key()} is the field name in {@code answers} of the JSON document.
 */
public enum Question {
    CUSTOMER_EFFECT("customerEffect", "What was the customer-visible effect, in one sentence?",
            "Describe what customers saw, not what the system did. Readable by a non-engineer."),
    TIMES("times", "When did it start, when was it detected, when was it resolved?",
            "Three separate times, in UTC. \"Unknown\" is a valid answer; chat times are often 2-3 minutes off, so prefer monitoring timestamps."),
    DETECTION("detection", "How did we detect it?",
            "Monitoring, user report, chance, or an external party."),
    RESPONDERS("responders", "Who was involved in responding, and what role did each play?",
            "Commander, comms, scribe, subject experts, exec sponsor."),
    HYPOTHESIS_VS_CAUSE("hypothesisVsCause", "What was your initial hypothesis vs what turned out to be the actual cause?",
            "Wrong first guesses are normal and useful: they show what the signals suggested at the time."),
    FIX("fix", "What specifically fixed it?",
            "The action that moved state from broken to working, not \"a restart\" without detail."),
    NEAR_MISS("nearMiss", "What's one thing that, if it had been even slightly different, would have made this much worse?",
            "This flushes out the luck factor: timing, who happened to be online, how far a bad change had spread."),
    WORRY("worry", "What are you most worried will happen if you don't address this?",
            "Name the next incident this one is warning you about."),
    RECURRENCE("recurrence", "Has this type of incident happened before?",
            "Pattern detection: link related previous incidents."),
    OWNERS("owners", "Who will actually own each action item?",
            "Named individuals, not teams. Blameless does not mean no accountability.");

    private final String key;
    private final String text;
    private final String guidance;

    Question(String key, String text, String guidance) {
        this.key = key;
        this.text = text;
        this.guidance = guidance;
    }

    public String key() {
        return key;
    }

    public String text() {
        return text;
    }

    public String guidance() {
        return guidance;
    }

    public int number() {
        return ordinal() + 1;
    }
}

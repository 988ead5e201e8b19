package io.postmortem.drafting;

import io.postmortem.rules.BlameDetector;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The blameless check ({@link BlameDetector}, the rules' own), asked once per text within one drafting pass. */
final class Blames {
    private final BlameDetector detector;
    private final Map<String, Boolean> seen = new HashMap<>();

    Blames(Set<String> people) {
        this.detector = new BlameDetector(people);
    }

    /** True when the text blames a person (or names "human error" as the cause). */
    boolean blames(String text) {
        if (text == null || text.isBlank()) return false;
        return seen.computeIfAbsent(text, t -> !detector.findAll(t).isEmpty());
    }
}

package io.postmortem.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** Is an action item's scope bounded: one named system or a defined set of it, and a finite piece of work? */
public final class Scope {
    private Scope() {
    }

    private static final Pattern OPEN_ENDED = Pattern.compile("(?i)\\b(all systems|everything|every system|ongoing"
            + "|going forward|from now on|every new|after every|each time|always|continue to|keep an eye)\\b");

    public static Optional<String> problem(String summary) {
        if (Texts.blank(summary)) return Optional.of("The action is empty.");
        if (OPEN_ENDED.matcher(summary).find()) return Optional.of("open-ended");
        return Optional.empty();
    }

    public static boolean bounded(String summary) {
        return problem(summary).isEmpty();
    }
}

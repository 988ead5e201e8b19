package io.postmortem.rules;

import java.util.Optional;

/** Does a "what went well" entry name the concrete thing that helped? */
public final class WentWell {
    private WentWell() {
    }

    public static Optional<String> problem(String entry) {
        return Optional.empty();
    }
}

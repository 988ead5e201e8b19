package io.postmortem.postmortem;

import java.time.Instant;

/**
 * One of the three key times (started, detected, resolved) with where it came from.
 * {@code at} is null when the basis is {@link Basis#UNKNOWN}: "unknown" is a correct answer, never invented.
 *
 * @param original the time as originally written ("10:52pm PT"), when it was read from text
 */
public record KeyTime(Instant at, String source, Basis basis, String original) {

    public enum Basis { STATED, INFERRED, UNKNOWN, MANUAL }

    public KeyTime {
        if (basis == null) basis = at == null ? Basis.UNKNOWN : Basis.INFERRED;
        if (at == null) basis = Basis.UNKNOWN;
    }

    public static KeyTime unknown() {
        return new KeyTime(null, null, Basis.UNKNOWN, null);
    }

    public boolean known() {
        return at != null;
    }
}

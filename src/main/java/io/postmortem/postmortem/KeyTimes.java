package io.postmortem.postmortem;

/** Started, detected and resolved: three separate times, as the facilitator's second question asks. */
public record KeyTimes(KeyTime started, KeyTime detected, KeyTime resolved) {
    public KeyTimes {
        if (started == null) started = KeyTime.unknown();
        if (detected == null) detected = KeyTime.unknown();
        if (resolved == null) resolved = KeyTime.unknown();
    }

    public static KeyTimes unknown() {
        return new KeyTimes(null, null, null);
    }
}

package io.postmortem.postmortem;

/**
 * Started, detected and resolved: three separate times, as the facilitator's second question asks. Each chosen time's
 * {@link KeyTime#corroboratedBy} is derived from the candidates here.
 */
public record KeyTimes(KeyTime started, KeyTime detected, KeyTime resolved) {
    public KeyTimes {
        if (started == null) started = KeyTime.unknown();
        if (detected == null) detected = KeyTime.unknown();
        if (resolved == null) resolved = KeyTime.unknown();
        // what other messages say the same minute is derived here, where all three are known (a start is disputed by
        // an earlier firm page among the detection candidates), and never taken from a client
        started = started.withCorroboration(KeyTimeAgreement.corroboratedBy("started", started, detected));
        detected = detected.withCorroboration(KeyTimeAgreement.corroboratedBy("detected", detected, detected));
        resolved = resolved.withCorroboration(KeyTimeAgreement.corroboratedBy("resolved", resolved, detected));
    }

    public static KeyTimes unknown() {
        return new KeyTimes(null, null, null);
    }
}

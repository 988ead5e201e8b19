package io.postmortem.evidence;

import io.postmortem.evidence.keytimes.KeyTimeFinder.Kind;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeAgreement;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Minutes;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15, learned precedence (experiment): the key-time cases of every opened study set. For each incident, the
 * candidates the engine offers on each key time (what {@code Precedence} chose from, as kept on the key time: best
 * first, one per minute and source, at most {@code Precedence.KEEP}), the engine's own choice, and the study's label
 * (the expected minute, null for an expected UNKNOWN, and its expected basis).
 */
final class KeyTimeCases {

    static final String DIR = "study";

    /** One incident: its set, the ticket's creation, the candidates and labels by kind, and what the engine's rules chose. */
    record Incident(String set, String id, Instant created, Map<Kind, List<KeyTimeCandidate>> candidates,
                    Map<Kind, Instant> want, Map<Kind, String> wantBasis, KeyTimes engine) {
    }

    /** Every opened study set, in the order they were written (dev, held-out 1 .. 26; nothing sealed). */
    static List<String> sets() {
        List<String> sets = new ArrayList<>(List.of("dev", "heldout"));
        // every opened set, with gaps: a set still sealed (held-out 39 in phase 33) leaves its number out, the later ones count
        for (int i = 2; i < 100; i++) if (Corpus.class.getResource("/evidence/" + DIR + "/heldout" + i + ".txt") != null) sets.add("heldout" + i);
        return sets;
    }

    static List<Incident> load(String set) {
        List<Incident> out = new ArrayList<>();
        for (String id : Corpus.resource(DIR, set + ".txt").strip().split("\\s+")) {
            Corpus.Incident inc = Corpus.load(DIR, id);
            // the rules' choice, as the benchmark compares with it (the candidates are the same with the learned one)
            Evidence ev = new EvidenceEngine(inc.clock(), null).analyze(inc.input());
            Map<Kind, List<KeyTimeCandidate>> cands = new EnumMap<>(Kind.class);
            Map<Kind, Instant> want = new EnumMap<>(Kind.class);
            Map<Kind, String> basis = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                String name = k.name().toLowerCase(Locale.ROOT);
                cands.put(k, KeyTimeAgreement.time(name, ev.keyTimes()).candidates());
                JsonNode x = inc.expected().get("keyTimes").get(name);
                want.put(k, x.get("at").isNull() ? null : Instant.parse(x.get("at").asString().replace("Z", ":00Z")));
                basis.put(k, x.get("basis").asString());
            }
            out.add(new Incident(set, id, inc.input().issue().created(), cands, want, basis, ev.keyTimes()));
        }
        return out;
    }

    static KeyTime time(KeyTimes t, Kind k) {
        return k.in(t);
    }

    /**
     * What the learned precedence is trained on, in one SHA-256: every opened set's incidents with their candidates (as
     * the rules offer them today), their labels and the ticket's creation, and the first-run files by name (those files
     * never change). {@code LearnedPrecedenceWeights} writes it into the weights' header; {@code LearnedWeightsFreshnessTest}
     * recomputes it, so weights left behind by a change to the candidates or the labels fail the build.
     */
    static String fingerprint(Map<String, List<Incident>> today, List<String> firstRunFiles) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder();
        today.forEach((set, incidents) -> {
            for (Incident inc : incidents) {
                b.append(set).append('|').append(inc.id()).append('|').append(inc.created()).append('\n');
                for (Kind k : Kind.values()) {
                    b.append(k).append('|').append(inc.want().get(k)).append('|').append(inc.wantBasis().get(k)).append('\n');
                    for (KeyTimeCandidate c : inc.candidates().get(k)) b.append(c).append('\n');
                }
            }
        });
        for (String f : firstRunFiles) b.append("firstrun|").append(f).append('\n');
        return java.util.HexFormat.of().formatHex(sha.digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static boolean sameMinute(Instant a, Instant b) {
        return a != null && b != null && Minutes.of(a) == Minutes.of(b);
    }
}

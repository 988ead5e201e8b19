package io.postmortem.evidence;

import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.TimelineEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality on the corpus of four incidents modelled on public post-mortems. Prints its figures and asserts the goals:
 * at least 90% of published timeline events recovered at the right UTC minute (±2 min), every stated key time exact.
 */
class EvidenceCorpusTest {

    @Test
    void recoversPublishedTimelinesKeyTimesAndResponders() {
        int events = 0, found = 0, statedKeys = 0, statedExact = 0, keys = 0, keysWithin2 = 0, resp = 0, respFound = 0, roleOk = 0, roles = 0;
        for (String id : Corpus.INCIDENTS) {
            Corpus.Incident inc = Corpus.load(id);
            Evidence ev = new EvidenceEngine(inc.clock()).analyze(inc.input());
            JsonNode exp = inc.expected();
            if (Boolean.getBoolean("evidence.debug")) {
                ev.timeline().forEach(t -> System.out.println("[evidence debug] " + t.at() + " | " + t.who() + " | " + t.event() + " | " + t.source() + (t.learnedLater() ? " | later" : "") + " | zone=" + t.assumedZone()));
                System.out.println("[evidence debug] suggestions " + ev.suggestions());
                System.out.println("[evidence debug] warnings " + ev.warnings() + " terms " + ev.internalTerms() + " links " + ev.supportingEvidence());
            }
            int e = 0, f = 0;
            StringBuilder missing = new StringBuilder();
            for (JsonNode x : exp.get("events")) {
                Instant at = Instant.parse(x.get(0).asString().replace("Z", ":00Z"));
                e++;
                boolean hit = false;
                for (TimelineEntry t : ev.timeline()) {
                    if (Duration.between(t.at(), at).abs().compareTo(Duration.ofMinutes(2)) > 0) continue;
                    String text = t.event().toLowerCase(Locale.ROOT);
                    for (JsonNode k : x.get(1)) if (text.contains(k.asString())) hit = true;
                }
                if (hit) f++;
                else missing.append("\n[evidence corpus]     missed ").append(at).append(' ').append(x.get(1));
            }
            System.out.printf(Locale.ROOT, "[evidence corpus] %-42s events %2d/%2d recovered (±2 min)%s%n", inc.name(), f, e, missing);
            events += e;
            found += f;
            for (String k : new String[]{"started", "detected", "resolved"}) {
                JsonNode x = exp.get("keyTimes").get(k);
                KeyTime got = switch (k) {
                    case "started" -> ev.keyTimes().started();
                    case "detected" -> ev.keyTimes().detected();
                    default -> ev.keyTimes().resolved();
                };
                Instant want = Instant.parse(x.get(0).asString().replace("Z", ":00Z"));
                boolean stated = "STATED".equals(x.get(1).asString(null));
                keys++;
                boolean within = got.known() && Duration.between(got.at(), want).abs().compareTo(Duration.ofMinutes(2)) <= 0;
                if (within) keysWithin2++;
                boolean exact = got.known() && got.at().getEpochSecond() / 60 == want.getEpochSecond() / 60 && got.basis() == KeyTime.Basis.STATED;
                if (stated) {
                    statedKeys++;
                    if (exact) statedExact++;
                }
                System.out.printf(Locale.ROOT, "[evidence corpus]   %-8s expected %s%s got %s (%s, %s)%n", k, want, stated ? " STATED" : "",
                        got.at(), got.basis(), got.source());
                if (Boolean.getBoolean("evidence.debug"))
                    for (var c : got.candidates())
                        System.out.printf(Locale.ROOT, "[evidence debug]     cand %s %.2f %-14s %s @ %s | %s%n", c.at(), c.confidence(), c.statement(),
                                c.reason(), c.where(), c.quote());
            }
            for (JsonNode r : exp.get("responders")) {
                resp++;
                String name = r.get(0).asString();
                String role = r.get(1).asString(null);
                Responder got = ev.responders().stream().filter(x -> x.displayName().equalsIgnoreCase(name)).findFirst().orElse(null);
                if (got != null) respFound++;
                if (role != null) {
                    roles++;
                    if (got != null && role.equals(got.role())) roleOk++;
                }
            }
            System.out.println("[evidence corpus]   responders " + ev.responders().stream().map(x -> x.displayName() + "=" + x.role()).toList());
        }
        double share = 100.0 * found / events;
        System.out.printf(Locale.ROOT, "[evidence corpus] TOTAL events recovered %d/%d = %.1f%% (goal >= 90%%)%n", found, events, share);
        System.out.printf(Locale.ROOT, "[evidence corpus] TOTAL stated key times exact %d/%d (goal: all); all key times within 2 min %d/%d%n", statedExact, statedKeys, keysWithin2, keys);
        System.out.printf(Locale.ROOT, "[evidence corpus] TOTAL responders found %d/%d, roles right %d/%d%n", respFound, resp, roleOk, roles);
        assertThat(share).as("share of published events recovered").isGreaterThanOrEqualTo(90.0);
        assertThat(statedExact).as("stated key times exact").isEqualTo(statedKeys);
        assertThat(respFound).as("responders found").isEqualTo(resp);
    }
}

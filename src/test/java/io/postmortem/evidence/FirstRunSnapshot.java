package io.postmortem.evidence;

import io.postmortem.testsupport.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: writes the engine's key times (each with every candidate) for study sets, one JSON line per incident, so
 * a set's first run can be kept and measured again later (src/test/resources/evidence/study/firstrun/, its README says
 * how each file was made: this class copied into a checkout of the commit whose rules first scored the set). Runs only
 * with {@code -Dfirstrun.sets=heldout10,heldout11 -Dfirstrun.out=/tmp/x.jsonl}.
 */
@EnabledIfSystemProperty(named = "firstrun.out", matches = ".+")
class FirstRunSnapshot {

    @Test
    void write() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String set : System.getProperty("firstrun.sets").split(",")) {
            for (String id : Corpus.resource("study", set + ".txt").strip().split("\\s+")) {
                Corpus.Incident inc = Corpus.load("study", id);
                Evidence ev = new EvidenceEngine(inc.clock()).analyze(inc.input());
                var node = TestJson.MAPPER.createObjectNode();
                node.put("set", set);
                node.put("id", id);
                node.set("keyTimes", TestJson.MAPPER.valueToTree(ev.keyTimes()));
                lines.add(TestJson.MAPPER.writeValueAsString(node));
            }
        }
        Files.write(Path.of(System.getProperty("firstrun.out")), lines);
    }
}

package io.postmortem.rules;

import io.postmortem.rules.language.*;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.*;

class ScratchDebugTest {
    @Test
    void dump() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("/tmp/lang32-sents.txt"));
        for (String line : lines) {
            String[] parts = line.split("\t");
            Set<String> people = parts.length > 1 ? new LinkedHashSet<>(Arrays.asList(parts[1].split(","))) : Set.of();
            String s = parts[0];
            Tagged t = English.tag(s);
            System.out.println("### " + s);
            System.out.println(t);
            for (Predicate p : Predicates.of(t)) System.out.println("  " + p + " subj=" + (p.subject() == null ? null : t.words(p.subject().start(), p.subject().end())));
            BlameDetector d = new BlameDetector(people, Set.of(), null);
            System.out.println("  rules: " + new BlameDetector(people, Set.of(), null).findAll(s));
            System.out.println("  asked: " + d.askedSentences(s).size() + " features: " + BlameClassifier.features(people, s));
        }
    }
}

package io.postmortem.evidence;

import io.postmortem.evidence.keytimes.LearnedChooser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the shipped learned precedence ({@link LearnedChooser#RESOURCE}) was trained on the candidates the rules
 * offer today. A change to extraction or precedence changes the candidates, and weights trained on the old ones choose
 * among lists they never saw; so does a relabelled or newly opened set. The weights' header carries the fingerprint of
 * what they were trained on ({@link KeyTimeCases#fingerprint}); this test recomputes it from today's rules and sets.
 */
class LearnedWeightsFreshnessTest {

    private static final Pattern FINGERPRINT = Pattern.compile("^# candidates and labels: sha256 ([0-9a-f]{64})$", Pattern.MULTILINE);

    @Test
    void theShippedWeightsWereTrainedOnTodaysCandidatesAndLabels() throws IOException {
        String text;
        try (InputStream in = LearnedChooser.class.getResourceAsStream(LearnedChooser.RESOURCE)) {
            assertThat(in).as(LearnedChooser.RESOURCE).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = FINGERPRINT.matcher(text);
        assertThat(m.find()).as("the weights' header names what they were trained on (regenerate them: "
                + "./mvnw -B -o test -Dtest=LearnedPrecedenceWeights -Dsurefire.failIfNoSpecifiedTests=false)").isTrue();
        Map<String, List<KeyTimeCases.Incident>> today = new LinkedHashMap<>();
        for (String set : KeyTimeCases.sets()) today.put(set, KeyTimeCases.load(set));
        assertThat(KeyTimeCases.fingerprint(today, KeyTimeRankBenchmark.FIRST_RUN_FILES))
                .as("today's key-time candidates, labels or first runs differ from those the shipped weights were trained on; "
                        + "regenerate them: ./mvnw -B -o test -Dtest=LearnedPrecedenceWeights -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(m.group(1));
    }
}

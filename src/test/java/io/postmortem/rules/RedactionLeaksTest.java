package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.postmortem.Finding;
import io.postmortem.testsupport.TestClock;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The redaction scan's secret and attacker-detail checks on labelled sentences: a dev set and a held-out set that was
 * written before the checks ran on it and never used to change them. Prints precision and recall of both; asserts the
 * dev set and sensible floors on the held-out one.
 */
class RedactionLeaksTest {

    private static boolean flagged(String text) {
        return new RedactionRule().scan(text, RuleContext.of(TestClock.clock())).stream()
                .anyMatch(f -> f.severity() == Finding.Severity.ERROR
                        && (f.rule().equals(RedactionRule.SECRET) || f.rule().equals(RedactionRule.WEAPONISABLE)
                        || f.rule().equals(RedactionRule.IP)));
    }

    @Test
    void findsSecretsAndAttackerDetailWithoutFlaggingOrdinaryText() throws IOException {
        List<LabelledSet.Item> dev = LabelledSet.load("/rules/redaction-leaks.tsv", "LEAK");
        List<LabelledSet.Item> held = LabelledSet.load("/rules/redaction-leaks-holdout.tsv", "LEAK");
        LabelledSet.Score d = LabelledSet.score(dev, RedactionLeaksTest::flagged);
        LabelledSet.Score h = LabelledSet.score(held, RedactionLeaksTest::flagged);
        System.out.println("[redaction leaks] " + d.report("dev"));
        System.out.println("[redaction leaks] " + h.report("held-out"));
        assertThat(d.recall()).isEqualTo(1.0);
        assertThat(d.precision()).isEqualTo(1.0);
        assertThat(h.recall()).isGreaterThanOrEqualTo(0.7);
        assertThat(h.precision()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void aFindingNeverRepeatsTheSecret() {
        List<Finding> f = new RedactionRule().scan("password: Winter2024!", RuleContext.of(TestClock.clock()));
        assertThat(f).extracting(Finding::rule).contains(RedactionRule.SECRET);
        assertThat(f).allSatisfy(x -> assertThat(x.message()).doesNotContain("Winter2024"));
    }
}

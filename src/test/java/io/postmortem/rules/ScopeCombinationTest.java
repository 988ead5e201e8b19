package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, phase 20: how the scope rules and the sentence embedding's P(bounded) make the shipped verdict
 * ({@link Scope#problem}); the thresholds themselves are chosen and checked by {@code ScopeSecondOpinionTest}.
 */
class ScopeCombinationTest {

    @Test
    void aStrongFindingStandsWhateverTheModelSays() {
        assertThat(Scope.combine(false, true, 0.99, 0.3, 0.3)).isFalse();
        assertThat(Scope.combine(false, true, 0.01, 0.3, 0.3)).isFalse();
    }

    @Test
    void theModelDecidesWhereItIsConfidentAndTheRulesInBetween() {
        // a weak finding (a habit, a kind of thing, a recurring practice, "all X") is cleared when the model is confident
        assertThat(Scope.combine(false, false, 0.9, 0.2, 0.5)).isTrue();
        // an item the rules pass is flagged when the model is confident that it is open
        assertThat(Scope.combine(true, false, 0.1, 0.2, 0.5)).isFalse();
        // in between, the rules' verdict
        assertThat(Scope.combine(true, false, 0.3, 0.2, 0.5)).isTrue();
        assertThat(Scope.combine(false, false, 0.3, 0.2, 0.5)).isFalse();
    }

    @Test
    void theStrongFindingsAreTheOnesWhoseWordingIsTheEvidence() {
        assertThat(Scope.rulesProblem("Add a CI check for new migrations, ongoing")).get()
                .satisfies(r -> assertThat(Scope.strong(r)).isTrue());
        assertThat(Scope.rulesProblem("Never let this happen again")).get()
                .satisfies(r -> assertThat(Scope.strong(r)).isTrue());
        assertThat(Scope.rulesProblem("Strengthen database resilience")).get()
                .satisfies(r -> assertThat(Scope.strong(r)).isTrue());
        // a standing habit and a calendar practice are weak: the labelled sets call many of them bounded
        assertThat(Scope.rulesProblem("Double-check every invoice batch before release")).get()
                .satisfies(r -> assertThat(Scope.strong(r)).isFalse());
        assertThat(Scope.rulesProblem("Run the restore drill every two weeks and log the restore time")).get()
                .satisfies(r -> assertThat(Scope.strong(r)).isFalse());
    }

    @Test
    void aFindingOnlyTheModelMakesSaysWhichKindOfOpennessTheWordingShows() {
        assertThat(Scope.openKind("Build a stronger safety culture in the depot")).contains("attitude or a culture");
        assertThat(Scope.openKind("Make the billing cluster more resilient")).contains("improvement with no end point");
        assertThat(Scope.openKind("Look into the queue consumer's retries")).contains("nothing to deliver");
        assertThat(Scope.openKind("Sort out the archive")).contains("nothing that says where it ends");
    }
}

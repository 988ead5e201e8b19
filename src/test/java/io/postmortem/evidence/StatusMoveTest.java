package io.postmortem.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one resolution rule, as the trigger and the evidence engine both apply it. */
class StatusMoveTest {

    @Test
    void configuredIdsDecideWithoutAskingAnything() {
        List<String> asked = new ArrayList<>();
        Set<String> ids = Set.of("5", "6");
        assertThat(StatusMove.of("3", "5", ids, id -> { asked.add(id); return true; })).isEqualTo(StatusMove.INTO_RESOLVED);
        assertThat(StatusMove.of("5", "6", ids, id -> true)).isEqualTo(StatusMove.WITHIN_RESOLVED);
        assertThat(StatusMove.of("5", "3", ids, id -> true)).isEqualTo(StatusMove.NOT_RESOLVED);
        assertThat(StatusMove.of(null, "5", ids, id -> true)).isEqualTo(StatusMove.INTO_RESOLVED);
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutIdsTheDoneCategoryDecidesAndFromIsAskedOnlyWhenItMatters() {
        List<String> asked = new ArrayList<>();
        Set<String> done = Set.of("10001", "10002");
        assertThat(StatusMove.of("3", "4", Set.of(), id -> { asked.add(id); return done.contains(id); }))
                .isEqualTo(StatusMove.NOT_RESOLVED);
        assertThat(asked).containsExactly("4"); // "from" does not matter when "to" is not resolved
        assertThat(StatusMove.of("3", "10001", Set.of(), done::contains)).isEqualTo(StatusMove.INTO_RESOLVED);
        assertThat(StatusMove.of("10001", "10002", Set.of(), done::contains)).isEqualTo(StatusMove.WITHIN_RESOLVED);
        assertThat(StatusMove.of("3", null, Set.of(), done::contains)).isEqualTo(StatusMove.NOT_RESOLVED);
    }
}

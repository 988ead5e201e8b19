package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyTimeSourceTest {

    @Test
    void placeNamesWhereAndWhoOnce() {
        assertThat(KeyTimeSource.place("comment 41278", "comment:41278", "Priya Natarajan")).isEqualTo("comment 41278 by Priya Natarajan");
        assertThat(KeyTimeSource.place(" paste 2, line 12 ", "paste:2", null)).isEqualTo("paste 2, line 12");
        assertThat(KeyTimeSource.place("Priya Natarajan's recap", null, "Priya Natarajan")).isEqualTo("Priya Natarajan's recap");
    }

    @Test
    void theEvidenceIdStandsInForAMissingPlaceButAManualChoiceHasNone() {
        assertThat(KeyTimeSource.place(null, "comment:41278", "Alex Chen")).isEqualTo("comment:41278 by Alex Chen");
        assertThat(KeyTimeSource.place("", "manual", "Alex Chen")).isEqualTo("Alex Chen");
        assertThat(KeyTimeSource.place(null, "manual", null)).isNull();
        assertThat(KeyTimeSource.place(KeyTime.unknown())).isEqualTo("the evidence");
    }

    @Test
    void quotesAreOneLineAndCutAtTheLimit() {
        assertThat(KeyTimeSource.quote("  the  all-clear\nwent out at 10:27 ")).isEqualTo("the all-clear went out at 10:27");
        assertThat(KeyTimeSource.quote(" \n ")).isNull();
        String longer = "x".repeat(KeyTimeSource.QUOTE_LIMIT + 10);
        assertThat(KeyTimeSource.quote(longer)).hasSize(KeyTimeSource.QUOTE_LIMIT).endsWith("…");
        assertThat(KeyTimeSource.quote("y".repeat(KeyTimeSource.QUOTE_LIMIT))).doesNotEndWith("…");
    }

    @Test
    void saidQuotesTheSentenceAfterThePlace() {
        assertThat(KeyTimeSource.said("comment 7 by Sam", "Recovered at 10:27.")).isEqualTo("comment 7 by Sam: \"Recovered at 10:27.\"");
        assertThat(KeyTimeSource.said("changelog", null)).isEqualTo("changelog");
    }
}

package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DefaultsTest {
    private static KeyTime at(String iso) {
        return new KeyTime(Instant.parse(iso), "test", KeyTime.Basis.STATED, null);
    }

    @Test
    void nextReviewIsThreeMonthsAfterTheUtcResolutionDate() {
        assertThat(Defaults.nextReviewAt(new KeyTimes(at("2026-11-19T09:41:00Z"), null, at("2026-11-19T23:30:00Z"))))
                .isEqualTo(LocalDate.parse("2027-02-19"));
        assertThat(Defaults.nextReviewAt(new KeyTimes(null, null, at("2026-11-30T10:00:00Z"))))
                .isEqualTo(LocalDate.parse("2027-02-28"));
    }

    @Test
    void fallsBackToDetectedThenStartedAndIsNullWhenNothingIsKnown() {
        assertThat(Defaults.nextReviewAt(new KeyTimes(at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z"), null)))
                .isEqualTo(LocalDate.parse("2026-04-02"));
        assertThat(Defaults.nextReviewAt(new KeyTimes(at("2026-01-01T00:00:00Z"), null, null)))
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(Defaults.nextReviewAt(KeyTimes.unknown())).isNull();
        assertThat(Defaults.nextReviewAt(null)).isNull();
    }
}

package io.postmortem.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Jira's timestamps: the hand-written fast path must agree with the formatter on every value it accepts. */
class JiraModelTimeTest {

    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    @Test
    void readsJiraCloudTimestamps() {
        assertThat(JiraModel.instant("2026-11-20T14:05:12.345+0000")).isEqualTo(Instant.parse("2026-11-20T14:05:12.345Z"));
        assertThat(JiraModel.instant("2026-11-20T14:05:12.000+0530")).isEqualTo(Instant.parse("2026-11-20T08:35:12Z"));
        assertThat(JiraModel.instant("2026-11-20T01:05:12.000-0800")).isEqualTo(Instant.parse("2026-11-20T09:05:12Z"));
        assertThat(JiraModel.instant("2024-02-29T23:59:59.999+1400")).isEqualTo(Instant.parse("2024-02-29T09:59:59.999Z"));
        assertThat(JiraModel.instant(" 2026-01-01T00:00:00.000+0100 ")).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    }

    @Test
    void otherIsoShapesStillParse() {
        assertThat(JiraModel.instant("2026-11-20T14:05:12Z")).isEqualTo(Instant.parse("2026-11-20T14:05:12Z"));
        assertThat(JiraModel.instant("2026-11-20T14:05:12.5+05:30")).isEqualTo(Instant.parse("2026-11-20T08:35:12.5Z"));
        assertThat(JiraModel.instant("2026-11-20T14:05:12+02")).isEqualTo(Instant.parse("2026-11-20T12:05:12Z"));
        assertThat(JiraModel.instant(null)).isNull();
        assertThat(JiraModel.instant("  ")).isNull();
    }

    @Test
    void valuesTheFastPathRefusesAreLeftToTheFormatter() {
        // out of range for the fast path: the formatter decides, exactly as before
        assertThatThrownBy(() -> JiraModel.instant("2026-13-20T14:05:12.000+0000")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> JiraModel.instant("2026-11-20T24:05:12.000+0000")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> JiraModel.instant("2026-11-2xT14:05:12.000+0000")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> JiraModel.instant("yesterday")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void agreesWithTheFormatterOnTenThousandRandomTimestamps() {
        Random random = new Random(20261125);
        for (int i = 0; i < 10_000; i++) {
            long second = random.nextLong(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2100-01-01T00:00:00Z").getEpochSecond());
            int millis = random.nextInt(1000);
            int offsetMinutes = (random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15;
            OffsetDateTime at = Instant.ofEpochSecond(second, millis * 1_000_000L)
                    .atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            String text = JIRA.format(at);
            assertThat(JiraModel.instant(text)).as(text).isEqualTo(at.toInstant());
        }
    }
}

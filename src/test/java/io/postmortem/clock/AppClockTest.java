package io.postmortem.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.postmortem.testsupport.TestClock;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:clock;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.jobs.auto-start=false"})
class AppClockTest {

    @Autowired Clock clock;

    @Test
    void offsetsAreDaysOrDurationsAndAnythingElseIsAClearError() {
        assertThat(AppClock.parseOffset(null)).isZero();
        assertThat(AppClock.parseOffset(" ")).isZero();
        assertThat(AppClock.parseOffset("P400D")).isEqualTo(Duration.ofDays(400));
        assertThat(AppClock.parseOffset("-P30D")).isEqualTo(Duration.ofDays(-30));
        assertThat(AppClock.parseOffset("P2W")).isEqualTo(Duration.ofDays(14));
        assertThat(AppClock.parseOffset("PT36H")).isEqualTo(Duration.ofHours(36));
        assertThat(AppClock.parseOffset("P1DT2H")).isEqualTo(Duration.ofHours(26));
        assertThatThrownBy(() -> AppClock.parseOffset("P1Y")).hasMessageContaining("not months or years");
        assertThatThrownBy(() -> AppClock.parseOffset("400 days")).hasMessageContaining("P400D");
    }

    @Test
    void theOffsetMovesTheClockByThatMuch() {
        long shifted = AppClock.create("P400D").millis();
        long plain = AppClock.create(null).millis();
        assertThat(shifted - plain).isBetween(Duration.ofDays(400).toMillis() - 5_000, Duration.ofDays(400).toMillis() + 5_000);
    }

    @Test
    void theApplicationsClockBeanAndTheTestsClockAgree() {
        // under CI's shifted run both are moved by the same system property
        assertThat(Math.abs(clock.millis() - TestClock.millis())).isLessThan(5_000);
        assertThat(clock.getZone().getId()).isEqualTo("Z");
    }
}

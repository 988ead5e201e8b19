package io.postmortem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import io.postmortem.clock.AppClock;

/**
 * One clock: no class of the application or of its tests reads the wall clock except {@link AppClock}, so the
 * {@code postmortem.clock.offset} property moves "now" for everything (CI runs the suite a second time with it).
 * Elapsed time ({@code System.nanoTime()}) is not a date and stays allowed.
 */
class WallClockTest {

    private static final Class<?>[] DATED = {LocalDate.class, LocalDateTime.class, LocalTime.class, ZonedDateTime.class,
            OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class, MonthDay.class};

    @Test
    void onlyAppClockReadsTheWallClock() {
        JavaClasses classes = new ClassFileImporter().importPackages("io.postmortem");
        var rule = noClasses().that().doNotHaveFullyQualifiedName(AppClock.class.getName())
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .orShould().callMethod(InstantSource.class, "system")
                .orShould().callConstructor(Date.class);
        for (Class<?> type : DATED) {
            rule = rule.orShould().callMethod(type, "now").orShould().callMethod(type, "now", ZoneId.class);
        }
        ArchRule wallClock = rule.because("the application's Clock bean (tests: TestClock) is the only source of \"now\"");
        wallClock.check(classes);
    }
}

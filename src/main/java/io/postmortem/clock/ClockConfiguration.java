package io.postmortem.clock;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one {@link Clock}: UTC, moved by {@code postmortem.clock.offset} when set (see {@link AppClock}). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(ClockProperties properties) {
        return AppClock.create(properties.offset());
    }
}

package io.postmortem.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code postmortem.clock.offset}: moves "now" by an ISO-8601 period or duration (see {@link AppClock}). */
@ConfigurationProperties("postmortem.clock")
public record ClockProperties(String offset) {
}

package io.postmortem.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the intake ({@code postmortem.jobs.*}).
 *
 * (The job runner's own settings, also under {@code postmortem.jobs}, are {@link io.postmortem.jobs.JobsProperties}.)
 *
 * @param settleDelay        wait after the webhook before building, so late post-function/Automation changes land first
 * @param reconcileInterval  how often each installation is searched for resolved incidents without a draft
 * @param reconcileLimit     at most this many incidents per installation and run
 *
 * (How a draft is built, {@code fetch-threads} and {@code related-limit}, is {@link io.postmortem.drafts.DraftProperties}.)
 */
@ConfigurationProperties("postmortem.jobs")
public record IntakeProperties(
        @DefaultValue("0s") Duration settleDelay,
        @DefaultValue("15m") Duration reconcileInterval,
        @DefaultValue("50") int reconcileLimit) {
}

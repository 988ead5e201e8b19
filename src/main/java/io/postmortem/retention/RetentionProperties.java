package io.postmortem.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the app keeps what grows with traffic ({@code postmortem.retention.*}).
 *
 * @param purgeInterval      how often the purge job runs
 * @param seenDeliveries     delivery identifiers of webhooks without a changelog id ({@code intake_webhook_seen}):
 *                           Jira retries a delivery for hours at most
 * @param seenChanges        (issue, changelog) pairs already accepted ({@code intake_change_seen}): the same change
 *                           under a second identifier arrives within Jira's retry window too
 * @param finishedIntakeJobs DONE and FAILED draft-build status rows ({@code intake_job}); a failure stays visible
 *                           this long
 * @param uninstalledGrace   an uninstalled installation's data is deleted this long after the uninstall; a
 *                           reinstall within it keeps everything
 */
@ConfigurationProperties("postmortem.retention")
public record RetentionProperties(
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("1d") Duration seenDeliveries,
        @DefaultValue("2d") Duration seenChanges,
        @DefaultValue("90d") Duration finishedIntakeJobs,
        @DefaultValue("30d") Duration uninstalledGrace) {
}

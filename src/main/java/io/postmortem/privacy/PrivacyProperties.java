package io.postmortem.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal data reporting ({@code postmortem.privacy.*}).
 *
 * @param reportEnabled  false: no report is sent (a site that cannot be reached, a test)
 * @param reportInterval how often the reporting job runs (each account is still reported at most once a cycle)
 * @param cyclePeriod    Atlassian's cycle: an account is reported again only this long after its last report
 * @param reportPath     the reporting endpoint on the Jira site, signed like every other call to it
 */
@ConfigurationProperties("postmortem.privacy")
public record PrivacyProperties(
        @DefaultValue("true") boolean reportEnabled,
        @DefaultValue("1d") Duration reportInterval,
        @DefaultValue("7d") Duration cyclePeriod,
        @DefaultValue("/app/report-accounts/") String reportPath) {
}

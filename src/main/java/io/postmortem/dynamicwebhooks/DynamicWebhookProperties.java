package io.postmortem.dynamicwebhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-site webhooks registered through Jira's REST API ({@code postmortem.dynamic-webhooks.*}).
 *
 * @param enabled       register, per Connect installation, {@code jira:issue_updated} webhooks whose JQL names that
 *                      site's incident issue types and action-item projects, and take the static webhook out of the
 *                      descriptor; false: the descriptor's one filter serves every site and registered ones are deleted
 * @param checkInterval how often the recurring job looks at every installation (filter changed, refresh due, a failed
 *                      attempt due again); an install or a settings change asks for a run at once
 * @param refreshAfter  a registration is refreshed ({@code PUT /rest/api/3/webhook/refresh}) when its last refresh is
 *                      this old; Jira lets it expire 30 days after it
 * @param retryBackoff  first wait after a failed attempt (doubled on each failure in a row)
 * @param maxBackoff    the longest wait between two attempts
 */
@ConfigurationProperties("postmortem.dynamic-webhooks")
public record DynamicWebhookProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("15m") Duration checkInterval,
        @DefaultValue("7d") Duration refreshAfter,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("6h") Duration maxBackoff) {
}

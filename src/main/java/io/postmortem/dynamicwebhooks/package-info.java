/**
 * Dynamic webhooks for Connect installations (issue 22): per site, the {@code jira:issue_updated} webhooks registered
 * with {@code POST /rest/api/3/webhook}, whose JQL filter ({@link io.postmortem.dynamicwebhooks.WebhookFilters}) is
 * built from that installation's settings, so Jira sends each site only what a listener can act on. A recurring
 * db-scheduler job keeps them registered, refreshed before Jira's 30-day expiry, replaced when the filter changes and
 * re-registered when Jira no longer has them; deliveries come to the ordinary webhook intake.
 */
package io.postmortem.dynamicwebhooks;

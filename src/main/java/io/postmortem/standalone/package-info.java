/**
 * The way in without an app framework: Jira Data Center, or a Cloud site with no app installed, configured by the
 * operator ({@code postmortem.sites.<id>.*}, {@link io.postmortem.standalone.SitesProperties}); each site is the
 * tenant {@code site:<id>}. Behind the same seams as Connect and Forge:
 * <ul>
 * <li>{@link io.postmortem.standalone.sites.StandaloneSites}, an {@code AtlassianSites}: Cloud with Basic
 * {@code email:token} (at the site or through the API gateway) or a service account's Bearer token, Data Center with a
 * personal access token and the DC REST dialect ({@code atlassian.Dialect});</li>
 * <li>{@link io.postmortem.standalone.webhooks.SiteWebhookController}: Jira's admin webhook, HMAC-signed
 * ({@link io.postmortem.standalone.webhooks.WebhookSignature}), into the shared {@code webhooks.IssueEventIntake};</li>
 * <li>{@link io.postmortem.standalone.auth.ApiKeyAuthenticator} and
 * {@link io.postmortem.standalone.login.StandaloneSessions}, {@code InboundAuthenticator}s: automation keys as the
 * site's service identity, and the session tokens of the page a person signed in to;</li>
 * <li>{@link io.postmortem.standalone.login}: the panel as a page, {@code /postmortems/<site>/<issue>}, with sign-in
 * through the site (Spring Security OAuth 2.0 login on those paths only);</li>
 * <li>{@link io.postmortem.standalone.DraftLinks}: the incident's remote link "Post-mortem draft" to that page.</li>
 * </ul>
 * The domain never sees any of it.
 */
package io.postmortem.standalone;

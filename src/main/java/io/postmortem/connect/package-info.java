/**
 * Atlassian Connect: descriptors, install lifecycle, installations, inbound JWT verification and outbound signing.
 *
 * <p>How other features use it:
 * <ul>
 * <li>Every controller handler requires a Connect JWT by default ({@code auth.JwtAuthInterceptor}). Public handlers
 * carry {@link io.postmortem.connect.auth.IgnoreJwt}; handlers called from panel JavaScript carry
 * {@link io.postmortem.connect.auth.ContextJwt} (accepts {@code AP.context.getToken()} tokens and
 * {@link io.postmortem.connect.auth.SessionTokens} tokens as well).</li>
 * <li>Declare a {@link io.postmortem.connect.auth.Caller} parameter to get the tenant ({@code clientKey}), user and
 * context issue; load data ONLY through {@code caller.clientKey()}; {@code caller.requireIssue(key)} enforces the
 * token's issue (403).</li>
 * <li>Outbound: inject {@link io.postmortem.atlassian.AtlassianSites}; {@code jira(clientKey).restClient()} signs
 * every request; {@code confluenceFor(jiraClientKey)} is the paired Confluence site.</li>
 * <li>{@link io.postmortem.connect.jwt.QueryStringHash} is the public qsh/canonical-request implementation.</li>
 * <li>Tests: {@code io.postmortem.testsupport.ConnectFixtures} (src/test).</li>
 * </ul>
 */
package io.postmortem.connect;

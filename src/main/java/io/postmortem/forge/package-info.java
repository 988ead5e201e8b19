/**
 * The Forge way in ("Connect on Forge" plus Forge Remote), behind the same two seams as Connect:
 * <ul>
 * <li>{@link io.postmortem.forge.auth.ForgeAuthenticator}, an {@code InboundAuthenticator}: a request with a Forge
 * Invocation Token ({@link io.postmortem.forge.auth.FitVerifier}, keys from {@link io.postmortem.forge.auth.ForgeKeys})
 * becomes a {@code Caller} whose {@code clientKey} is the installation's tenant;</li>
 * <li>{@link io.postmortem.forge.sites.ForgeSites}, an {@code AtlassianSites}: Jira and Confluence through
 * {@code api.atlassian.com} with the installation's stored system token;</li>
 * <li>{@link io.postmortem.forge.tenants.ForgeTenants}: which tenant an installation is (the Connect clientKey it
 * continues, else its own id), registered on first sight, token kept current;</li>
 * <li>{@link io.postmortem.forge.remote}: the Forge Remote endpoints ({@code /forge/events/issue-updated},
 * {@code /forge/lifecycle}, {@code /forge/tick}, {@code /forge/uninstalling}) and the Custom UI's transport
 * ({@code /forge/ui/call}, {@code /forge/ui/bootstrap});</li>
 * <li>{@link io.postmortem.forge.manifest}: {@code forge/manifest.yml}'s Connect modules derived from the descriptor,
 * and the manifest served for each deployment.</li>
 * </ul>
 * The domain never sees any of it.
 */
package io.postmortem.forge;

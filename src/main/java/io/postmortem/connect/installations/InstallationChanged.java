package io.postmortem.connect.installations;

/**
 * An installation was installed again (a new secret, perhaps a new app account) or uninstalled: features that cache
 * something per installation forget it ({@code @EventListener}).
 */
public record InstallationChanged(String clientKey, boolean installed) {
}

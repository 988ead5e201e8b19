package io.postmortem.settings;

/**
 * An installation's settings were saved: features that derive something from them (the dynamic webhooks' JQL filter
 * names the incident issue types and projects) bring it up to date ({@code @EventListener}).
 */
public record SettingsChanged(String clientKey) {
}

package io.postmortem.connect.installations;

/**
 * A verified Connect {@code installed} callback named the Forge installation it belongs to (the body's
 * {@code installationId}, sent while the app is "Connect on Forge"): the Forge way in records which Connect
 * {@code clientKey} that installation continues, so the site keeps its data when it moves.
 */
public record ConnectInstalledOnForge(String clientKey, String installationId) {
}

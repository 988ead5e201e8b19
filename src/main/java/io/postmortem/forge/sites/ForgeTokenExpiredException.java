package io.postmortem.forge.sites;

import java.time.Duration;
import java.util.List;

import io.postmortem.atlassian.AtlassianApiException;

/**
 * No usable system token for this installation now: the last one Forge sent has expired and no invocation has brought
 * a new one since. Transient (status 0, like an unreachable site) with {@link #retryAfter()} = until about the next
 * scheduled trigger, so a durable job waits for the token that tick brings instead of failing.
 */
public class ForgeTokenExpiredException extends AtlassianApiException {

    public ForgeTokenExpiredException(String method, String path, Duration retryAfter) {
        super(0, method, path, "The Forge system token of this installation has expired; the work resumes once the next"
                + " scheduled trigger (or any use of the app) brings a fresh one, in about " + minutes(retryAfter) + ".",
                List.of(), retryAfter, null);
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m + (m == 1 ? " minute" : " minutes");
    }
}

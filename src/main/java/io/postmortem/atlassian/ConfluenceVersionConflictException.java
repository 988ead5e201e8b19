package io.postmortem.atlassian;

import java.util.List;

/**
 * Confluence answered 409 to a page update: the version number sent is not the current one + 1 (someone else edited
 * the page in between). The publisher reacts by re-reading the page and retrying once.
 */
public class ConfluenceVersionConflictException extends AtlassianApiException {

    private final int attemptedVersion;

    public ConfluenceVersionConflictException(String method, String path, int attemptedVersion, List<String> details) {
        super(409, method, path, "Confluence rejected version " + attemptedVersion + " of the page (409, " + method + " "
                + path + "): the page was changed since it was read; re-read it and retry"
                + (details.isEmpty() ? "" : ": " + String.join("; ", details)), details);
        this.attemptedVersion = attemptedVersion;
    }

    public int attemptedVersion() {
        return attemptedVersion;
    }
}

package io.postmortem.settings;

/**
 * What to tell an admin when the Jira installation has no paired Confluence installation (settings validation and
 * publishing both say it, in the same words).
 */
public final class ConfluenceNotInstalled {

    private ConfluenceNotInstalled() {
    }

    public static String message(String appBaseUrl) {
        return "Confluence is not installed for this site: install Post-Mortem Facilitator for Confluence from "
                + appBaseUrl + "/atlassian-connect-confluence.json";
    }
}

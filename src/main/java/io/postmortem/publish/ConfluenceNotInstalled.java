package io.postmortem.publish;

/** The Jira installation has no paired Confluence installation: tells the admin exactly what to install. */
public class ConfluenceNotInstalled extends RuntimeException {

    public ConfluenceNotInstalled(String appBaseUrl) {
        super(message(appBaseUrl));
    }

    public static String message(String appBaseUrl) {
        return "Confluence is not installed for this site: install Post-Mortem Facilitator for Confluence from "
                + appBaseUrl + "/atlassian-connect-confluence.json";
    }
}

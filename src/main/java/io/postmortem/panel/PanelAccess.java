package io.postmortem.panel;

import java.util.regex.Pattern;

import io.postmortem.connect.auth.Caller;

/**
 * Who may open which post-mortem: a token opens only the issue named in its context (403 otherwise), and every
 * lookup goes through the caller's own installation, so another installation's data is simply not found (404).
 */
public final class PanelAccess {

    /**
     * Jira issue keys: project key (letter first, then letters, digits, underscores), dash, number; at most 64
     * characters in all, the size of the {@code issue_key} columns.
     */
    private static final Pattern ISSUE_KEY = Pattern.compile("(?=.{3,64}$)[A-Za-z][A-Za-z0-9_]{0,49}-[1-9][0-9]{0,17}");

    private PanelAccess() {
    }

    public static boolean validIssueKey(String issueKey) {
        return issueKey != null && ISSUE_KEY.matcher(issueKey).matches();
    }

    /** Checks that {@code caller}'s token opens {@code issueKey}; returns the key. */
    public static String requireIssue(Caller caller, String issueKey) {
        if (!validIssueKey(issueKey)) {
            throw PanelException.notFound("No post-mortem for " + abbreviate(issueKey));
        }
        if (caller.service()) {
            return issueKey.toUpperCase(java.util.Locale.ROOT); // a site's service identity opens every issue of its site
        }
        if (caller.issueKey() == null) {
            throw PanelException.forbidden("This token carries no issue; it opens only /api/users and /api/settings. "
                    + "Use the token of the incident's panel.");
        }
        if (!caller.issueKey().equalsIgnoreCase(issueKey)) {
            throw PanelException.forbidden("This token opens " + caller.issueKey() + " only, not " + issueKey);
        }
        return caller.issueKey();
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

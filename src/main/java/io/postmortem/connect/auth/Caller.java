package io.postmortem.connect.auth;

/**
 * The authenticated caller of a Connect call; declare a parameter of this type in a controller method to get it.
 *
 * @param clientKey    the installation (tenant) the token belongs to; load data only through this key
 * @param accountId    the user ({@code sub}); null on system calls such as webhooks and lifecycle
 * @param issueKey     {@code context.jira.issue.key} of a context or session token; null otherwise
 * @param contextToken true when the token was a context/session token ({@code qsh = "context-qsh"}),
 *                     false when it was bound to this very request
 * @param service      true for a site's service identity (automation key): every issue of the tenant is open
 */
public record Caller(String clientKey, String accountId, String issueKey, boolean contextToken, boolean service) {

    /** A person's or a product's call (not a site's service identity). */
    public Caller(String clientKey, String accountId, String issueKey, boolean contextToken) {
        this(clientKey, accountId, issueKey, contextToken, false);
    }

    /**
     * The service identity of an operator-configured site (an automation key): opens every issue of its tenant, and
     * the tenant's settings, with no user ({@code accountId} null).
     */
    public static Caller service(String tenant) {
        return new Caller(tenant, null, null, true, true);
    }

    /** Whether this caller may open {@code issueKey}: the issue of its token, or any issue for a service identity. */
    public boolean opens(String issueKey) {
        return service || (this.issueKey != null && this.issueKey.equals(issueKey));
    }

    /**
     * For endpoints scoped to one issue (contract section 4): the token must name that issue in its context,
     * else 403. Request-bound tokens carry no issue context and are refused too.
     *
     * @throws AuthenticationFailure 403 when the token does not open {@code pathIssueKey}
     */
    public void requireIssue(String pathIssueKey) {
        if (service) return;
        if (issueKey == null) {
            throw AuthenticationFailure.forbidden("This token carries no issue; it opens only /api/users and /api/settings. "
                    + "Use the token of the incident's panel.");
        }
        if (!issueKey.equals(pathIssueKey)) {
            throw AuthenticationFailure.forbidden("This token opens " + issueKey + " only, not " + abbreviate(pathIssueKey));
        }
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}

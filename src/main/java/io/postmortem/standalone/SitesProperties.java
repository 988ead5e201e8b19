package io.postmortem.standalone;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sites an operator configures, with no app installed ({@code postmortem.sites.<id>.*}; environment variables work,
 * e.g. {@code POSTMORTEM_SITES_MAIN_APITOKEN}). Each site is a tenant of its own, {@code site:<id>}: its settings,
 * drafts and publications are stored under that key like a Connect {@code clientKey}.
 *
 * <p>Secrets (API token, OAuth client secret, personal access token, webhook secret) never appear in
 * {@code toString()} and are never returned by any endpoint.
 */
@ConfigurationProperties("postmortem")
public record SitesProperties(Map<String, Site> sites) {

    /** The prefix of every standalone site's tenant key. */
    public static final String TENANT_PREFIX = "site:";

    /** Site ids: what fits in a URL path segment and an environment variable name. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public SitesProperties {
        sites = sites == null ? Map.of() : Map.copyOf(sites);
        for (var e : sites.entrySet()) {
            if (!ID.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("postmortem.sites." + e.getKey() + ": a site id is 1 to 40 lower-case "
                        + "letters, digits or dashes");
            }
            e.getValue().validate("postmortem.sites." + e.getKey());
        }
    }

    public static String tenant(String siteId) {
        return TENANT_PREFIX + siteId;
    }

    /** The site id of a {@code site:<id>} tenant, or null for any other tenant. */
    public static String siteId(String tenant) {
        return tenant != null && tenant.startsWith(TENANT_PREFIX) ? tenant.substring(TENANT_PREFIX.length()) : null;
    }

    public Optional<Site> site(String siteId) {
        return siteId == null ? Optional.empty() : Optional.ofNullable(sites.get(siteId));
    }

    public enum Type { CLOUD, DATACENTER }

    /**
     * One site.
     *
     * @param type               {@code cloud} or {@code datacenter}
     * @param jiraBaseUrl        the Jira site's address ({@code https://acme.atlassian.net}, or a DC base URL with
     *                           its context path); the address people open, and the REST base unless {@code cloudId}
     *                           sends Cloud calls through the API gateway
     * @param confluenceBaseUrl  Confluence's address ({@code https://acme.atlassian.net/wiki}, a DC base URL); unset: no
     *                           publishing
     * @param email              Cloud: the account of the API token (Basic {@code email:token})
     * @param apiToken           Cloud: the API token (a classic one on the site, or a scoped one with {@code cloudId})
     * @param oauthClientId      Cloud: a service account's OAuth 2.0 client id (client credentials, then Bearer)
     * @param oauthClientSecret  Cloud: that client's secret
     * @param personalAccessToken Data Center: a personal access token ({@code Authorization: Bearer <PAT>})
     * @param cloudId            Cloud: when set, REST calls go to {@code <api-gateway-url>/ex/jira/<cloudId>} and
     *                           {@code /ex/confluence/<cloudId>} (needed by scoped tokens and service accounts)
     * @param apiGatewayUrl      Atlassian's API gateway
     * @param oauthTokenUrl      the token endpoint of service-account credentials
     * @param webhookSecret      the secret given to Jira's admin webhook; signatures are checked with it
     * @param apiKeySha256       lower-case SHA-256 hex digests of the automation keys accepted as
     *                           {@code Authorization: Bearer <key>} on {@code /api/**}
     * @param loginClientId      sign-in to the page {@code /postmortems/<id>/<issue>}: the OAuth 2.0 client id of an
     *                           Atlassian 3LO app (Cloud) or of an incoming link of Jira DC ("Application links",
     *                           OAuth 2.0); unset: the page is not served for this site
     * @param loginClientSecret  that client's secret
     * @param loginAuthUrl       Cloud: Atlassian's authorization server ({@code /authorize}, {@code /oauth/token})
     */
    public record Site(
            Type type,
            URI jiraBaseUrl,
            URI confluenceBaseUrl,
            String email,
            String apiToken,
            String oauthClientId,
            String oauthClientSecret,
            String personalAccessToken,
            String cloudId,
            @DefaultValue("https://api.atlassian.com") URI apiGatewayUrl,
            @DefaultValue("https://auth.atlassian.com/oauth/token") URI oauthTokenUrl,
            String webhookSecret,
            List<String> apiKeySha256,
            String loginClientId,
            String loginClientSecret,
            @DefaultValue("https://auth.atlassian.com") URI loginAuthUrl) {

        public Site {
            apiKeySha256 = apiKeySha256 == null ? List.of()
                    : apiKeySha256.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        }

        void validate(String prefix) {
            if (type == null) throw new IllegalArgumentException(prefix + ".type: cloud or datacenter");
            if (jiraBaseUrl == null || !jiraBaseUrl.isAbsolute()) {
                throw new IllegalArgumentException(prefix + ".jira-base-url: the site's absolute URL");
            }
            if (type == Type.DATACENTER && blank(personalAccessToken)) {
                throw new IllegalArgumentException(prefix + ".personal-access-token: a Data Center site needs one");
            }
            if (type == Type.CLOUD && (blank(email) || blank(apiToken)) && (blank(oauthClientId) || blank(oauthClientSecret))) {
                throw new IllegalArgumentException(prefix + ": a Cloud site needs email and api-token, or "
                        + "oauth-client-id and oauth-client-secret");
            }
            if (type == Type.CLOUD && !blank(oauthClientId) && blank(cloudId)) {
                throw new IllegalArgumentException(prefix + ".cloud-id: a service account calls through the API gateway");
            }
            if (login() && type == Type.CLOUD && blank(cloudId)) {
                throw new IllegalArgumentException(prefix + ".cloud-id: sign-in reads the user's Jira permissions "
                        + "through the API gateway");
            }
            for (String digest : apiKeySha256) {
                if (!SHA256_HEX.matcher(digest).matches()) {
                    throw new IllegalArgumentException(prefix + ".api-key-sha256: 64 hex digits each (sha256sum of the key)");
                }
            }
        }

        /** Whether people can sign in to this site's post-mortem pages. */
        public boolean login() {
            return !blank(loginClientId) && !blank(loginClientSecret);
        }

        public boolean dataCenter() {
            return type == Type.DATACENTER;
        }

        public boolean serviceAccount() {
            return type == Type.CLOUD && !blank(oauthClientId) && !blank(oauthClientSecret) && blank(apiToken);
        }

        public boolean viaGateway() {
            return type == Type.CLOUD && !blank(cloudId);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        /** Never the secrets. */
        @Override
        public String toString() {
            return "Site[type=" + type + ", jiraBaseUrl=" + jiraBaseUrl + ", confluenceBaseUrl=" + confluenceBaseUrl
                    + ", email=" + email + ", apiToken=" + redacted(apiToken) + ", oauthClientId=" + oauthClientId
                    + ", oauthClientSecret=" + redacted(oauthClientSecret) + ", personalAccessToken="
                    + redacted(personalAccessToken) + ", cloudId=" + cloudId + ", webhookSecret=" + redacted(webhookSecret)
                    + ", apiKeySha256=" + apiKeySha256.size() + " key(s), loginClientId=" + loginClientId
                    + ", loginClientSecret=" + redacted(loginClientSecret) + "]";
        }

        private static String redacted(String secret) {
            return blank(secret) ? "unset" : "***";
        }
    }
}

package io.postmortem.atlassian;

import org.springframework.web.client.RestClient;

/**
 * One Atlassian product site the app may call, as the rest of the code sees it.
 *
 * <p>This is the outbound seam: the Connect implementation (package {@code connect}) hands out a
 * {@link RestClient} that signs every request with a fresh HS256 JWT; a later way in (API token,
 * Data Center personal access token, Forge Remote) hands out one with its own authentication.
 * Typed clients ({@code JiraClient}, {@code ConfluenceClient}) only ever see this interface.
 */
public interface AtlassianSite {

    enum Product { JIRA, CONFLUENCE }

    /** The installation's id (Connect {@code clientKey}). */
    String clientKey();

    /** The product's base URL, e.g. {@code https://acme.atlassian.net} or {@code https://acme.atlassian.net/wiki}. */
    String baseUrl();

    Product product();

    /** A client whose base URL is {@link #baseUrl()} and that authenticates every request it sends. */
    RestClient restClient();

    /** The REST dialect the site speaks: Cloud for Connect and Forge, Data Center for an operator's DC site. */
    default Dialect dialect() {
        return Dialect.CLOUD;
    }
}

package io.postmortem.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.postmortem.atlassian.AtlassianSite;
import org.springframework.web.client.RestClient;

/**
 * {@link AtlassianSite}s over an UNSIGNED {@link RestClient} pointed at a WireMock server, for tests of code that
 * talks to Jira or Confluence (the real sites sign every request; that is tested with the Connect layer).
 */
public final class TestAtlassianSites {

    private TestAtlassianSites() {
    }

    public record Site(String clientKey, String baseUrl, Product product, RestClient restClient)
            implements AtlassianSite {
    }

    /** A Jira site whose base URL is the server's. */
    public static AtlassianSite jira(WireMockServer server, String clientKey) {
        return new Site(clientKey, server.baseUrl(), AtlassianSite.Product.JIRA,
                RestClient.builder().baseUrl(server.baseUrl()).build());
    }

    /** A Confluence site whose base URL is the server's + {@code /wiki}, as on Atlassian Cloud. */
    public static AtlassianSite confluence(WireMockServer server, String clientKey) {
        String base = server.baseUrl() + "/wiki";
        return new Site(clientKey, base, AtlassianSite.Product.CONFLUENCE, RestClient.builder().baseUrl(base).build());
    }
}

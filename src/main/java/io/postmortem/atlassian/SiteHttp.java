package io.postmortem.atlassian;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.DefaultUriBuilderFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends JSON requests over an {@link AtlassianSite}'s {@link org.springframework.web.client.RestClient} under an
 * {@link AtlassianCallPolicy}, and reads JSON answers with Jackson 3. Shared by {@link JiraClient} and
 * {@link ConfluenceClient}; knows nothing about how the site authenticates.
 */
final class SiteHttp {

    private static final DefaultUriBuilderFactory URIS = new DefaultUriBuilderFactory();

    private final AtlassianSite site;
    private final AtlassianCallPolicy policy;
    /** The application's mapper: unknown fields ignored, a null for a primitive read as its default (application.properties). */
    private final JsonMapper json;
    private final String pathPrefix;

    /**
     * @param pathPrefix prepended to every endpoint relative to the site's base URL ({@code ""} for Jira; for
     *                   Confluence {@code ""} when the base URL already ends in {@code /wiki}, else {@code "/wiki"})
     */
    SiteHttp(AtlassianSite site, AtlassianCallPolicy policy, String pathPrefix) {
        this.site = site;
        this.policy = policy;
        this.json = policy.json();
        this.pathPrefix = pathPrefix;
    }

    AtlassianSite site() {
        return site;
    }

    JsonMapper json() {
        return json;
    }

    AtlassianCallPolicy policy() {
        return policy;
    }

    /** A request: endpoint is the templated path (used in metrics), query a template appended to it. */
    record Call(HttpMethod method, String endpoint, String query, Object body, boolean retryable,
            Set<Integer> accepted, Object[] vars) {
    }

    static Call get(String endpoint, String query, Object... vars) {
        return new Call(HttpMethod.GET, endpoint, query, null, true, Set.of(), vars);
    }

    static Call write(HttpMethod method, String endpoint, Object body, boolean retryable, Object... vars) {
        return new Call(method, endpoint, "", body, retryable, Set.of(), vars);
    }

    static Call accepting(Call c, Integer... statuses) {
        return new Call(c.method(), c.endpoint(), c.query(), c.body(), c.retryable(), Set.of(statuses), c.vars());
    }

    AtlassianCallPolicy.RawResponse send(Call call) {
        String template = pathPrefix + call.endpoint() + (call.query() == null ? "" : call.query());
        String endpoint = endpointTag(call.endpoint());
        String path = URIS.expand(endpoint, call.vars()).getRawPath();
        byte[] body = call.body() == null ? null : json.writeValueAsBytes(call.body());
        var spec = new AtlassianCallPolicy.CallSpec(site.clientKey(), site.product(), call.method().name(),
                endpoint, path, call.retryable(), call.accepted());
        return policy.execute(spec, () -> {
            var request = site.restClient().method(call.method()).uri(template, call.vars())
                    .accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((req, res) -> new AtlassianCallPolicy.RawResponse(res.getStatusCode().value(),
                    res.getHeaders(), res.getBody().readAllBytes(), call.method().name(), path));
        });
    }

    <T> T read(AtlassianCallPolicy.RawResponse response, Class<T> type) {
        try {
            if (site.dialect() == Dialect.DATA_CENTER) {
                return json.treeToValue(DataCenterJson.normalise(json.readTree(response.body())), type);
            }
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw unreadable(response, e);
        }
    }

    <T> T read(AtlassianCallPolicy.RawResponse response, TypeReference<T> type) {
        try {
            if (site.dialect() == Dialect.DATA_CENTER) {
                return json.treeToValue(DataCenterJson.normalise(json.readTree(response.body())), type);
            }
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw unreadable(response, e);
        }
    }

    /** A 2xx answer that is not the JSON we expect (an HTML login page from a proxy, an empty body): say so. */
    private AtlassianApiException unreadable(AtlassianCallPolicy.RawResponse response, JacksonException e) {
        String product = site.product() == AtlassianSite.Product.CONFLUENCE ? "Confluence" : "Jira";
        String text = response.bodyText().strip();
        String start = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return new AtlassianApiException(response.status(), response.method(), response.path(), product + " answered "
                + response.status() + " for " + response.method() + " " + response.path()
                + " with a body that is not the expected JSON" + (start.isEmpty() ? " (empty)" : ": " + start),
                List.of(), null, e);
    }

    <T> T call(Call call, Class<T> type) {
        return read(send(call), type);
    }

    <T> T call(Call call, TypeReference<T> type) {
        return read(send(call), type);
    }

    private String endpointTag(String endpoint) {
        return pathPrefix.isEmpty() && site.product() == AtlassianSite.Product.CONFLUENCE ? "/wiki" + endpoint
                : pathPrefix + endpoint;
    }
}

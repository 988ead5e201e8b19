package io.postmortem.atlassian;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.postmortem.atlassian.ConfluenceModel.NewPage;
import io.postmortem.atlassian.ConfluenceModel.Page;
import io.postmortem.atlassian.ConfluenceModel.Results;
import io.postmortem.atlassian.ConfluenceModel.Space;
import org.springframework.http.HttpMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed Confluence client for ONE site: Cloud REST v2 (plus the v1 label endpoint), or Data Center's
 * {@code /rest/api/content} with storage format when the site's {@link Dialect} says so. Obtain it from
 * {@link AtlassianClients#confluence(AtlassianSite)} or construct it with
 * {@link #ConfluenceClient(AtlassianSite, AtlassianCallPolicy)}.
 *
 * <p>The site's base URL is expected to end in {@code /wiki} ({@code https://acme.atlassian.net/wiki}); when it does
 * not, {@code /wiki} is added to every path. A page title already taken in the space surfaces as
 * {@link ConfluenceTitleConflictException}, a stale version on update as {@link ConfluenceVersionConflictException};
 * all other failures as {@link AtlassianApiException}. Page creation is not retried on 5xx/no answer (a creating
 * POST): look the page up by title before trying again.
 */
public class ConfluenceClient {

    private final SiteHttp http;

    public ConfluenceClient(AtlassianSite site, AtlassianCallPolicy policy) {
        if (site.product() != AtlassianSite.Product.CONFLUENCE) {
            throw new IllegalArgumentException("Not a Confluence site: " + site.baseUrl());
        }
        String base = site.baseUrl().replaceAll("/+$", "");
        this.dataCenter = site.dialect() == Dialect.DATA_CENTER;
        // Data Center's base URL is the whole address (with any context path): its REST API sits right under it
        this.http = new SiteHttp(site, policy, dataCenter || base.endsWith("/wiki") ? "" : "/wiki");
    }

    /** Data Center: {@code /rest/api/content}; a space's key is its id here (DC creates pages by space key). */
    private final boolean dataCenter;

    private static final String DC_PAGE_EXPAND = "body.storage,version,space,ancestors";

    public AtlassianSite site() {
        return http.site();
    }

    /** GET /wiki/api/v2/spaces?keys={key}; empty when no such space is visible to the app. */
    public Optional<Space> spaceByKey(String spaceKey) {
        if (dataCenter) {
            var response = http.send(SiteHttp.accepting(SiteHttp.get("/rest/api/space/{spaceKey}", "", spaceKey), 404));
            if (response.status() == 404) return Optional.empty();
            JsonNode space = http.read(response, JsonNode.class);
            return Optional.of(new Space(space.path("key").asString(), space.path("key").asString(),
                    space.path("name").asString(null), space.path("homepage").path("id").asString(null)));
        }
        Results<Space> spaces = http.call(SiteHttp.get("/api/v2/spaces", "?keys={keys}", spaceKey),
                new TypeReference<Results<Space>>() {
                });
        return results(spaces).stream().filter(s -> spaceKey.equals(s.key())).findFirst();
    }

    /** POST /wiki/api/v2/pages with a storage body and status current (Confluence answers 200). */
    public Page createPage(NewPage page) {
        if (dataCenter) {
            ObjectNode body = content(page.title(), page.spaceId(), page.parentId(), page.storageBody());
            try {
                return http.call(SiteHttp.write(HttpMethod.POST, "/rest/api/content", body, false), Page.class);
            } catch (AtlassianApiException e) {
                throw titleConflictOr(e, page.title());
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("spaceId", page.spaceId());
        body.put("status", "current");
        body.put("title", page.title());
        if (page.parentId() != null) {
            body.put("parentId", page.parentId());
        }
        storage(body, page.storageBody());
        try {
            return http.call(SiteHttp.write(HttpMethod.POST, "/api/v2/pages", body, false), Page.class);
        } catch (AtlassianApiException e) {
            throw titleConflictOr(e, page.title());
        }
    }

    /** Creates a page under {@code parent}, in the parent's space. */
    public Page createChildPage(Page parent, String title, String storageBody) {
        return createPage(new NewPage(parent.spaceId(), parent.id(), title, storageBody));
    }

    /** GET /wiki/api/v2/pages/{id}?body-format=storage; empty when absent or not visible. */
    public Optional<Page> page(String pageId) {
        if (dataCenter) {
            var response = http.send(SiteHttp.accepting(SiteHttp.get("/rest/api/content/{id}", "?expand={expand}",
                    pageId, DC_PAGE_EXPAND), 404));
            return response.status() == 404 ? Optional.empty() : Optional.of(http.read(response, Page.class));
        }
        var response = http.send(SiteHttp.accepting(SiteHttp.get("/api/v2/pages/{id}", "?body-format=storage",
                pageId), 404));
        return response.status() == 404 ? Optional.empty() : Optional.of(http.read(response, Page.class));
    }

    /**
     * PUT /wiki/api/v2/pages/{id} with {@code version.number = newVersionNumber} (the current number + 1).
     *
     * @param parentId optional new parent in the same space; null keeps the page where it is
     * @throws ConfluenceVersionConflictException when the version is stale (409): re-read and retry once
     * @throws ConfluenceTitleConflictException   when the new title is taken in the space
     */
    public Page updatePage(String pageId, String title, String storageBody, int newVersionNumber, String message,
            String parentId) {
        if (dataCenter) {
            ObjectNode body = content(title, null, parentId, storageBody);
            body.put("id", pageId);
            ObjectNode version = body.putObject("version");
            version.put("number", newVersionNumber);
            if (message != null) version.put("message", message);
            try {
                return http.call(SiteHttp.write(HttpMethod.PUT, "/rest/api/content/{id}", body, true, pageId), Page.class);
            } catch (AtlassianApiException e) {
                AtlassianApiException conflict = titleConflictOr(e, title);
                if (conflict == e && e.status() == 409) {
                    throw new ConfluenceVersionConflictException(e.method(), e.path(), newVersionNumber, e.details());
                }
                throw conflict;
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", pageId);
        body.put("status", "current");
        body.put("title", title);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        storage(body, storageBody);
        ObjectNode version = body.putObject("version");
        version.put("number", newVersionNumber);
        if (message != null) {
            version.put("message", message);
        }
        try {
            return http.call(SiteHttp.write(HttpMethod.PUT, "/api/v2/pages/{id}", body, true, pageId), Page.class);
        } catch (AtlassianApiException e) {
            AtlassianApiException conflict = titleConflictOr(e, title);
            if (conflict == e && e.status() == 409) {
                throw new ConfluenceVersionConflictException(e.method(), e.path(), newVersionNumber, e.details());
            }
            throw conflict;
        }
    }

    /** The current page with exactly this title in the space ({@code GET /wiki/api/v2/pages?space-id=&title=}). */
    public Optional<Page> findPageByTitle(String spaceId, String title) {
        if (dataCenter) {
            Results<Page> pages = http.call(SiteHttp.get("/rest/api/content",
                    "?type=page&spaceKey={spaceKey}&title={title}&status=current&expand={expand}", spaceId, title,
                    "version,space,ancestors"), new TypeReference<Results<Page>>() {
                    });
            return results(pages).stream().filter(p -> title.equals(p.title())).findFirst();
        }
        Results<Page> pages = http.call(SiteHttp.get("/api/v2/pages", "?space-id={spaceId}&title={title}&status=current",
                spaceId, title), new TypeReference<Results<Page>>() {
                });
        return results(pages).stream().filter(p -> title.equals(p.title())).findFirst();
    }

    /**
     * v1 {@code POST /wiki/rest/api/content/{id}/label} with global labels; keeps labels already on the page.
     * Names are lower-cased and spaces become dashes (Confluence labels have no spaces).
     */
    public void addLabels(String pageId, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (String label : labels) {
            String name = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (!name.isEmpty()) {
                body.addObject().put("prefix", "global").put("name", name);
            }
        }
        http.send(SiteHttp.write(HttpMethod.POST, "/rest/api/content/{id}/label", body, true, pageId));
    }

    /** A Data Center content body: {@code {type, title, space:{key}, ancestors:[{id}], body:{storage:{value, representation}}}}. */
    private static ObjectNode content(String title, String spaceKey, String parentId, String storageBody) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "page");
        body.put("title", title);
        if (spaceKey != null) body.putObject("space").put("key", spaceKey);
        if (parentId != null) body.putArray("ancestors").addObject().put("id", parentId);
        body.putObject("body").putObject("storage").put("value", storageBody).put("representation", "storage");
        return body;
    }

    private static void storage(ObjectNode body, String value) {
        ObjectNode b = body.putObject("body");
        b.put("representation", "storage");
        b.put("value", value);
    }

    private static <T> List<T> results(Results<T> r) {
        return r == null || r.results() == null ? List.of() : r.results();
    }

    private static AtlassianApiException titleConflictOr(AtlassianApiException e, String title) {
        if ((e.status() == 400 || e.status() == 409) && e.details().stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .anyMatch(d -> d.contains("title already exists") || d.contains("same title")
                        || (d.contains("already exists") && d.contains("title")))) {
            return new ConfluenceTitleConflictException(e.status(), e.method(), e.path(), title, e.details());
        }
        return e;
    }
}

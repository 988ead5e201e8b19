package io.postmortem.atlassian;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.postmortem.atlassian.ConfluenceModel.NewPage;
import io.postmortem.atlassian.ConfluenceModel.Page;
import io.postmortem.testsupport.ConfluenceJson;
import io.postmortem.testsupport.OpenApiRecordedRequests;
import io.postmortem.testsupport.TestAtlassianSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ConfluenceClient} against WireMock speaking Confluence v2 (+ v1 labels); requests checked against the spec. */
class ConfluenceClientTest {

    private static final String STORAGE = "<h2>Summary</h2><p>Checkout API returned 5xx &amp; recovered.</p>";
    private static final String TITLE = "Post-mortem: INC-231 Checkout API 5xx spike (2026-11-20)";

    private WireMockServer wm;
    private ConfluenceClient confluence;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        confluence = new ConfluenceClient(TestAtlassianSites.confluence(wm, "site-a"),
                AtlassianCallPolicy.builder().clock(io.postmortem.testsupport.TestClock.clock()).json(io.postmortem.testsupport.TestJson.MAPPER).sleeper(new RecordingSleeper()).build());
    }

    @AfterEach
    void validateAndStop() {
        try {
            if (!wm.getAllServeEvents().isEmpty()) {
                var summary = OpenApiRecordedRequests.assertAllInteractionsValid(wm);
                assertThat(summary.skipped()).allSatisfy(s -> assertThat(s).contains("/label"));
            }
        } finally {
            wm.stop();
        }
    }

    @Test
    void findsTheSpaceAndCreatesAPageWithLabels() {
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces")).withQueryParam("keys", equalTo("PM"))
                .willReturn(okJson(ConfluenceJson.spaces("98306", "PM", "98450").toString())));
        wm.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages"))
                .willReturn(okJson(ConfluenceJson.page("884736", "98306", "884100", TITLE, 1, null).toString())));
        wm.stubFor(post(urlPathEqualTo("/wiki/rest/api/content/884736/label"))
                .willReturn(okJson("{\"results\":[],\"start\":0,\"limit\":200,\"size\":2}")));

        var space = confluence.spaceByKey("PM").orElseThrow();
        Page page = confluence.createPage(new NewPage(space.id(), "884100", TITLE, STORAGE));
        confluence.addLabels(page.id(), List.of("postmortem", "INC-231"));

        assertThat(space.homepageId()).isEqualTo("98450");
        assertThat(page.id()).isEqualTo("884736");
        assertThat(page.versionNumber()).isEqualTo(1);
        assertThat(page.webUrl("https://ignored")).startsWith("https://acme.atlassian.net/wiki/spaces/PM/pages/884736/");
        wm.verify(postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages")).withRequestBody(equalToJson(
                "{\"spaceId\":\"98306\",\"status\":\"current\",\"title\":\"" + TITLE + "\",\"parentId\":\"884100\","
                        + "\"body\":{\"representation\":\"storage\",\"value\":\"" + STORAGE + "\"}}")));
        wm.verify(postRequestedFor(urlPathEqualTo("/wiki/rest/api/content/884736/label")).withRequestBody(equalToJson(
                "[{\"prefix\":\"global\",\"name\":\"postmortem\"},{\"prefix\":\"global\",\"name\":\"inc-231\"}]")));
    }

    @Test
    void unknownSpaceIsEmpty() {
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces"))
                .willReturn(okJson(ConfluenceJson.results().toString())));
        assertThat(confluence.spaceByKey("NOPE")).isEmpty();
    }

    @Test
    void readsAndUpdatesAPageWithTheNextVersion() {
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/pages/884736")).withQueryParam("body-format", equalTo("storage"))
                .willReturn(okJson(ConfluenceJson.page("884736", "98306", "884100", TITLE, 3, STORAGE).toString())));
        wm.stubFor(put(urlPathEqualTo("/wiki/api/v2/pages/884736"))
                .willReturn(okJson(ConfluenceJson.page("884736", "98306", "884100", TITLE, 4, null).toString())));

        Page current = confluence.page("884736").orElseThrow();
        Page updated = confluence.updatePage(current.id(), current.title(), "<p>v4</p>", current.versionNumber() + 1,
                "Re-published from INC-231", null);

        assertThat(current.storageValue()).isEqualTo(STORAGE);
        assertThat(updated.versionNumber()).isEqualTo(4);
        wm.verify(putRequestedFor(urlPathEqualTo("/wiki/api/v2/pages/884736")).withRequestBody(equalToJson(
                "{\"id\":\"884736\",\"status\":\"current\",\"title\":\"" + TITLE + "\","
                        + "\"body\":{\"representation\":\"storage\",\"value\":\"<p>v4</p>\"},"
                        + "\"version\":{\"number\":4,\"message\":\"Re-published from INC-231\"}}")));
    }

    @Test
    void aDeletedPageIsEmpty() {
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/pages/1")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ConfluenceJson.error(404, "NOT_FOUND", "Not Found").toString())));
        assertThat(confluence.page("1")).isEmpty();
    }

    @Test
    void staleVersionIsAVersionConflict() {
        wm.stubFor(put(urlPathEqualTo("/wiki/api/v2/pages/884736")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(ConfluenceJson.error(409, "CONFLICT",
                        "Version must be incremented on update. Current version is: 5").toString())));

        assertThatThrownBy(() -> confluence.updatePage("884736", TITLE, "<p/>", 4, null, null))
                .isInstanceOfSatisfying(ConfluenceVersionConflictException.class, e -> {
                    assertThat(e.attemptedVersion()).isEqualTo(4);
                    assertThat(e.status()).isEqualTo(409);
                })
                .hasMessageContaining("re-read it and retry")
                .hasMessageContaining("Current version is: 5");
        wm.verify(1, putRequestedFor(urlPathEqualTo("/wiki/api/v2/pages/884736")));
    }

    @Test
    void takenTitleIsATitleConflict() {
        wm.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(ConfluenceJson.error(400, "BAD_REQUEST",
                        "A page with this title already exists: A page already exists with the same TITLE in this space")
                        .toString())));

        assertThatThrownBy(() -> confluence.createPage(new NewPage("98306", null, TITLE, STORAGE)))
                .isInstanceOfSatisfying(ConfluenceTitleConflictException.class,
                        e -> assertThat(e.title()).isEqualTo(TITLE))
                .hasMessageContaining("already has a page titled");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages")));
    }

    @Test
    void otherBadRequestsStayPlainApiErrors() {
        wm.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ConfluenceJson.error(404, "NOT_FOUND", "Space not found").toString())));

        assertThatThrownBy(() -> confluence.createPage(new NewPage("1", null, TITLE, STORAGE)))
                .isExactlyInstanceOf(AtlassianApiException.class)
                .hasMessageContaining("Confluence found nothing there (404) for POST /wiki/api/v2/pages")
                .hasMessageContaining("Space not found");
    }

    @Test
    void findsAPageByTitleAndCreatesAChildPage() {
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/pages")).withQueryParam("space-id", equalTo("98306"))
                .withQueryParam("title", equalTo("Post-mortems")).withQueryParam("status", equalTo("current"))
                .willReturn(okJson(ConfluenceJson.results(ConfluenceJson.page("884100", "98306", "98450",
                        "Post-mortems", 7, null)).toString())));
        wm.stubFor(post(urlPathEqualTo("/wiki/api/v2/pages"))
                .willReturn(okJson(ConfluenceJson.page("884737", "98306", "884100", TITLE, 1, null).toString())));

        Page parent = confluence.findPageByTitle("98306", "Post-mortems").orElseThrow();
        Page child = confluence.createChildPage(parent, TITLE, STORAGE);

        assertThat(child.parentId()).isEqualTo("884100");
        wm.verify(postRequestedFor(urlPathEqualTo("/wiki/api/v2/pages"))
                .withRequestBody(equalToJson("{\"parentId\":\"884100\",\"spaceId\":\"98306\"}", true, true)));
    }

    @Test
    void aBaseUrlWithoutWikiGetsItAdded() {
        var bare = new io.postmortem.testsupport.TestAtlassianSites.Site("site-b", wm.baseUrl(),
                AtlassianSite.Product.CONFLUENCE,
                org.springframework.web.client.RestClient.builder().baseUrl(wm.baseUrl()).build());
        wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces"))
                .willReturn(okJson(ConfluenceJson.spaces("98306", "PM", "98450").toString())));

        assertThat(new ConfluenceClient(bare, AtlassianCallPolicy.defaults(io.postmortem.testsupport.TestClock.clock(), io.postmortem.testsupport.TestJson.MAPPER)).spaceByKey("PM")).isPresent();
    }
}

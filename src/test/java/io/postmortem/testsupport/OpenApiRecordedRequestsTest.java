package io.postmortem.testsupport;


import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The helper really rejects requests that break the specs (so a passing validation means something). */
class OpenApiRecordedRequestsTest {

    @Test
    void acceptsTheDocumentedLinkRequestAndRejectsOneWithoutInwardIssue() {
        assertThat(OpenApiRecordedRequests.errorsFor("POST", "/rest/api/3/issueLink",
                "{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"OPS-112\"},\"outwardIssue\":{\"key\":\"INC-231\"}}"))
                .isEmpty();
        assertThat(OpenApiRecordedRequests.errorsFor("POST", "/rest/api/3/issueLink",
                "{\"type\":{\"name\":\"Relates\"},\"outwardIssue\":{\"key\":\"INC-231\"}}")).isNotEmpty();
    }

    @Test
    void rejectsAConfluencePageUpdateWithoutVersion() {
        assertThat(OpenApiRecordedRequests.errorsFor("PUT", "/wiki/api/v2/pages/884736",
                "{\"id\":\"884736\",\"status\":\"current\",\"title\":\"T\",\"body\":{\"representation\":\"storage\",\"value\":\"<p/>\"}}"))
                .isNotEmpty();
    }

    @Test
    void failsOnRecordedInvalidRequestsAndSkipsOnlyTheV1LabelEndpoint() {
        WireMockServer wm = new WireMockServer(options().dynamicPort());
        wm.start();
        try {
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                    "application/json").withBody("{}")));
            RestClient client = RestClient.builder().baseUrl(wm.baseUrl()).build();
            client.post().uri("/wiki/rest/api/content/1/label").header("Content-Type", "application/json")
                    .body("[{\"prefix\":\"global\",\"name\":\"postmortem\"}]").retrieve().toBodilessEntity();
            client.get().uri("/rest/api/3/issue/INC-1/comment?orderBy=created").retrieve().toBodilessEntity();

            var summary = OpenApiRecordedRequests.assertAllRequestsValid(wm);
            assertThat(summary.validated()).isEqualTo(1);
            assertThat(summary.skipped()).singleElement().asString().contains("v1 label endpoint");

            client.post().uri("/rest/api/3/issue/bulk").header("Content-Type", "application/json")
                    .body("{\"issueUpdates\":\"not an array\"}").retrieve().toBodilessEntity();
            client.get().uri("/somewhere/else").retrieve().toBodilessEntity();
            assertThatThrownBy(() -> OpenApiRecordedRequests.assertAllRequestsValid(wm))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("POST /rest/api/3/issue/bulk")
                    .hasMessageContaining("/somewhere/else: no OpenAPI file covers this path");
        } finally {
            wm.stop();
        }
    }

}

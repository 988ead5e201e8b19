package io.postmortem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.postmortem.testsupport.ConnectHttpTestBase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Errors on /api/** and /connect/** are JSON {"error", "details"} with the right status, even for browsers. */
class ErrorHandlingTest extends ConnectHttpTestBase {

    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Test
    void unknownApiPathIsJson404EvenWhenTheClientAsksForHtml() throws Exception {
        // no JWT needed to learn that nothing is there: unmapped paths are not controller handlers
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(appUrl() + "/api/nothing/here"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertJsonError(response);
    }

    @Test
    void wrongMethodIsJson405() {
        HttpResponse<String> response = send("DELETE", "/connect/installed", null, null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertJsonError(response);
    }

    @Test
    void lifecycleWithoutBodyOrTokenIsJson401() {
        HttpResponse<String> response = send("POST", "/connect/installed", null, "");
        assertThat(response.statusCode()).isEqualTo(401);
        assertJsonError(response);
    }

    @Test
    void unsupportedMediaTypeIsJson415() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(appUrl() + "/connect/installed"))
                .header("Content-Type", "application/x-unknown").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertJsonError(response);
    }

    private static void assertJsonError(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Exception").doesNotContain("trace");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asString()).isNotBlank();
        assertThat(body.get("details").isArray()).isTrue();
    }
}

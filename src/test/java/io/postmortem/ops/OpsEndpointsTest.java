package io.postmortem.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.postmortem.demo.site.FakeAtlassianSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actuator as operations sees it, on the running app (demo profile, so real webhooks arrive from the fake site):
 * health is UP with the database and the job queue, and Prometheus scrapes {@code postmortem_*} metrics without
 * any JWT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:opsendpoints;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class OpsEndpointsTest {

    @LocalServerPort int port;
    @Autowired FakeAtlassianSite site;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithDatabaseAndJobQueue() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("jobQueue").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("jobQueue").path("details").has("table")).isTrue();
    }

    @Test
    void prometheusServesPostmortemMetricsAfterAWebhook() throws Exception {
        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connect/webhooks/issue-updated"))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + site.jiraToken("POST", "/connect/webhooks/issue-updated", null, null, null))
                .header("X-Atlassian-Webhook-Identifier", "ops-test-1")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(site.resolvedWebhook()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webhook.statusCode()).as(webhook.body()).isBetween(200, 299);

        HttpResponse<String> scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String text = scrape.body();
        Matcher received = Pattern.compile("(?m)^postmortem_http_webhooks_total\\{[^}]*outcome=\"accepted\"[^}]*} ([0-9.E]+)$").matcher(text);
        assertThat(received.find()).as("webhook counter in\n" + text.lines().filter(l -> l.startsWith("postmortem_")).toList()).isTrue();
        assertThat(Double.parseDouble(received.group(1))).isGreaterThanOrEqualTo(1.0);
        assertThat(text).containsPattern("(?m)^postmortem_installations_active\\{[^}]*product=\"jira\"[^}]*} 1\\.0$");
        assertThat(text).containsPattern("(?m)^postmortem_installations_active\\{[^}]*product=\"confluence\"[^}]*} 1\\.0$");
        assertThat(text).containsPattern("(?m)^postmortem_jobs_due\\{");
        assertThat(text).containsPattern("(?m)^postmortem_webhooks_received_total\\{"); // intake's own count
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

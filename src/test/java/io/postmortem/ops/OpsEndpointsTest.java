package io.postmortem.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.postmortem.testsupport.site.FakeAtlassianSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actuator as operations sees it, on the running app (demo profile, so real webhooks arrive from the fake site): on
 * the management port (loopback), health is UP with the database and the job queue, and Prometheus scrapes
 * {@code postmortem_*} metrics without any JWT; on the application's public port, health is a bare status and
 * nothing else of Actuator answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:opsendpoints;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class OpsEndpointsTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired FakeAtlassianSite site;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublicPortAnswersABareHealthAndNoOtherActuatorEndpoint() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.readTree(health.body()).propertyNames()).containsExactly("status");
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}")
                .doesNotContain("h2").doesNotContain("H2").doesNotContain("diskSpace").doesNotContain("free").doesNotContain("path");
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/info", "/actuator", "/actuator/health/db", "/actuator/health/diskSpace", "/actuator/env"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("jvm_").doesNotContain("postmortem_").contains("\"error\"");
        }
    }

    @Test
    void theManagementServerListensOnLoopbackOnly() throws Exception {
        assertThat(getManagement("/actuator/health").statusCode()).isEqualTo(200);
        java.net.InetAddress external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "no non-loopback IPv4 interface on this machine");
        assertThat(reachable(external, port)).as("the application's port on " + external).isTrue();
        assertThat(reachable(external, managementPort)).as("the management port on " + external).isFalse();
    }

    private static boolean reachable(java.net.InetAddress address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void healthIsUpWithDatabaseAndJobQueue() throws Exception {
        HttpResponse<String> response = getManagement("/actuator/health");
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

        HttpResponse<String> scrape = getManagement("/actuator/prometheus");
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

    private HttpResponse<String> getManagement(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

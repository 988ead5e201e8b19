package io.postmortem.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.demo.DemoBootstrap;
import io.postmortem.testsupport.site.DemoIncident;
import io.postmortem.testsupport.site.FakeAtlassianSite.SignedCallback;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.json.JsonMapper;

/**
 * Logs name the installation and the incident, never a secret or a token: with io.postmortem at DEBUG, a reinstall
 * (new shared secret), a webhook and an authenticated call are made, and the captured output (which includes the
 * start-up's own installs and webhook) contains none of the secrets or JWTs involved.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:opslogs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "logging.level.io.postmortem=DEBUG"})
@ActiveProfiles("demo")
class LogsCarryNoSecretsTest {

    @LocalServerPort int port;
    @Autowired FakeAtlassianSite site;
    @Autowired ConnectProperties properties;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void installWebhookAndCallsLeaveNoSecretOrTokenInTheLogs(CapturedOutput output) throws Exception {
        List<String> secrets = new ArrayList<>();
        secrets.add(site.sharedSecret(false));
        secrets.add(site.sharedSecret(true));

        SignedCallback reinstall = site.installed(false, properties.normalizedBaseUrl(), DemoBootstrap.INSTALLED_PATH);
        HttpResponse<String> installed = post(DemoBootstrap.INSTALLED_PATH, null, reinstall.token(), reinstall.body());
        assertThat(installed.statusCode()).isEqualTo(204);
        site.installAccepted(false, reinstall.secret());
        secrets.add(reinstall.secret());
        secrets.add(reinstall.token());

        String webhookToken = site.jiraToken("POST", DemoBootstrap.WEBHOOK_PATH, null, null, null);
        HttpResponse<String> webhook = post(DemoBootstrap.WEBHOOK_PATH, null, webhookToken, json.writeValueAsString(site.resolvedWebhook()));
        assertThat(webhook.statusCode()).as(webhook.body()).isBetween(200, 299);
        secrets.add(webhookToken);

        String enabledToken = site.jiraToken("POST", "/connect/enabled", "issueKey=INC-42", null, null);
        HttpResponse<String> enabled = post("/connect/enabled", "issueKey=INC-42", enabledToken,
                "{\"clientKey\":\"" + FakeAtlassianSite.JIRA_CLIENT_KEY + "\",\"eventType\":\"enabled\"}");
        assertThat(enabled.statusCode()).isEqualTo(204);
        secrets.add(enabledToken);

        String contextToken = site.contextToken(DemoIncident.PRIYA.accountId(), DemoIncident.KEY);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/postmortems/INC-42"))
                .header("Authorization", "JWT " + contextToken).build(), HttpResponse.BodyHandlers.ofString());
        secrets.add(contextToken);

        String logs = output.getAll();
        assertThat(logs).contains("client=" + FakeAtlassianSite.JIRA_CLIENT_KEY + " issue=INC-42");
        for (String secret : secrets) {
            assertThat(logs).doesNotContain(secret);
            String signature = secret.substring(secret.lastIndexOf('.') + 1);
            assertThat(logs).doesNotContain(signature);
        }
        assertThat(logs).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");
    }

    private HttpResponse<String> post(String path, String query, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + (query == null ? "" : "?" + query)))
                .header("Content-Type", "application/json").header("Authorization", "JWT " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package io.postmortem.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.testsupport.site.DemoIncident;
import io.postmortem.testsupport.site.FakeAtlassianSite.SignedCallback;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.site.FakeAtlassianSite;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a person would do on a real site, done at start-up over real HTTP against the app's own port:
 * install the app into the fake Jira and Confluence (signed RS256 installs), store the demo settings, move the
 * incident to Resolved (a Connect-signed {@code jira:issue_updated} webhook) and print the one URL to open.
 */
@Component
@Profile("demo")
public class DemoBootstrap {

    public static final String WEBHOOK_PATH = "/connect/webhooks/issue-updated";
    public static final String INSTALLED_PATH = "/connect/installed";

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final FakeAtlassianSite site;
    private final InstallationRepository installations;
    private final SettingsRepository settings;
    private final ConnectProperties properties;
    private final JsonMapper json;
    private final HttpClient http = io.postmortem.testsupport.TestHttp.CLIENT;
    private volatile Outcome outcome;

    /** What start-up achieved, for the demo page and tests. */
    public record Outcome(boolean jiraInstalled, boolean confluenceInstalled, int webhookStatus, String url) {
    }

    public DemoBootstrap(FakeAtlassianSite site, InstallationRepository installations, SettingsRepository settings,
            ConnectProperties properties, JsonMapper json) {
        this.site = site;
        this.installations = installations;
        this.settings = settings;
        this.properties = properties;
        this.json = json;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        String local = "http://localhost:" + port + properties.basePath();
        boolean jira = install(false, local);
        boolean confluence = install(true, local);
        if (jira) {
            storeSettings();
        }
        int webhook = jira ? sendResolvedWebhook(local) : -1;
        String url = properties.normalizedBaseUrl() + "/demo";
        outcome = new Outcome(jira, confluence, webhook, url);
        banner(url, jira, confluence, webhook);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Installs unless an active installation of this site already exists, whose secret the site then adopts. */
    private boolean install(boolean confluence, String local) {
        String clientKey = confluence ? FakeAtlassianSite.CONFLUENCE_CLIENT_KEY : FakeAtlassianSite.JIRA_CLIENT_KEY;
        String baseUrl = confluence ? site.confluenceBaseUrl() : site.baseUrl();
        Optional<Installation> existing = installations.findActive(clientKey).filter(i -> i.baseUrl().equals(baseUrl));
        if (existing.isPresent()) {
            site.adoptSecret(confluence, existing.get().sharedSecret());
            log.info("Demo: {} installation {} exists already, not reinstalled", confluence ? "Confluence" : "Jira", clientKey);
            return true;
        }
        SignedCallback callback = site.installed(confluence, properties.normalizedBaseUrl(), INSTALLED_PATH);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(local + INSTALLED_PATH))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "JWT " + callback.token())
                    .POST(HttpRequest.BodyPublishers.ofString(callback.body())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                site.installAccepted(confluence, callback.secret());
                log.info("Demo: installed into the fake {} ({})", confluence ? "Confluence" : "Jira", baseUrl);
                return true;
            }
            log.warn("Demo: the app refused the {} install: HTTP {} {}", confluence ? "Confluence" : "Jira", response.statusCode(),
                    abbreviate(response.body()));
        } catch (IOException e) {
            log.warn("Demo: install call failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private void storeSettings() {
        String clientKey = FakeAtlassianSite.JIRA_CLIENT_KEY;
        if (settings.get(clientKey).confluenceSpaceKey() != null) {
            return;
        }
        settings.save(clientKey, new Settings("PM", null, DemoIncident.ACTION_PROJECT_KEY, "Task", List.of("postmortem-action"),
                "Relates", 30, List.of("Incident"), List.of(), List.of(), "UTC", Map.of()), DemoIncident.PRIYA.accountId());
        log.info("Demo: settings stored (space PM, action items in OPS as Task)");
    }

    /** Jira's webhook for the move to Resolved: HS256 with the installation's secret, qsh over this POST. */
    private int sendResolvedWebhook(String local) {
        String token = site.jiraToken("POST", WEBHOOK_PATH, null, null, null);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(local + WEBHOOK_PATH))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "JWT " + token)
                    .header("X-Atlassian-Webhook-Identifier", "demo-" + DemoIncident.KEY + "-" + DemoIncident.RESOLVE_CHANGELOG_ID)
                    .header("X-Atlassian-Webhook-Flow", "Primary")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(site.resolvedWebhook()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                log.info("Demo: {} moved to Resolved, webhook accepted (HTTP {})", DemoIncident.KEY, response.statusCode());
            } else {
                log.warn("Demo: the webhook was not accepted: HTTP {} {}", response.statusCode(), abbreviate(response.body()));
            }
            return response.statusCode();
        } catch (IOException e) {
            log.warn("Demo: webhook call failed: {}", e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void banner(String url, boolean jira, boolean confluence, int webhook) {
        String line = "=".repeat(72);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n');
        b.append("  Post-Mortem Facilitator demo is ready. Open:\n\n");
        b.append("      ").append(url).append("\n\n");
        b.append("  Fake Atlassian site installed: Jira ").append(jira ? "yes" : "NO").append(", Confluence ").append(confluence ? "yes" : "NO")
                .append("; ").append(DemoIncident.KEY).append(" resolved webhook: HTTP ").append(webhook).append('\n');
        b.append(line).append('\n');
        System.out.println(b);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

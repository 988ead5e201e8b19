package io.postmortem.home;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.github.mustachejava.Mustache;

import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.ops.PublicHealthController;

/**
 * {@code GET /}: a small landing page for whoever opens the app's URL (a newcomer after {@code ./mvnw
 * spring-boot:run}, an admin about to install it): what the app is, the two descriptor URLs to install, how many
 * sites have it installed, its health, and the way to the demo. Public, and it shows nothing an anonymous visitor
 * should not see (no site names, no secrets).
 */
@RestController
@IgnoreJwt
public class HomeController {

    /** Same defences as the panel: no script at all on this page, styles only from the app. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final Mustache page;
    private final ConnectProperties properties;
    private final InstallationRepository installations;
    private final ObjectProvider<HealthEndpoint> health;
    private final Environment environment;

    public HomeController(ConnectProperties properties, InstallationRepository installations,
            ObjectProvider<HealthEndpoint> health, Environment environment, io.postmortem.web.PageTemplates templates) {
        this.page = templates.get("home/home.mustache");
        this.properties = properties;
        this.installations = installations;
        this.health = health;
        this.environment = environment;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> home() {
        String base = properties.normalizedBaseUrl();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jiraDescriptor", base + "/atlassian-connect.json");
        model.put("confluenceDescriptor", base + "/atlassian-connect-confluence.json");
        model.put("jiraSites", count(Product.JIRA));
        model.put("confluenceSites", count(Product.CONFLUENCE));
        String status = healthStatus();
        model.put("health", status);
        model.put("healthy", "UP".equals(status));
        model.put("demo", environment.acceptsProfiles(Profiles.of("demo")));
        model.put("localBaseUrl", base.contains("://localhost") || base.contains("://127.0.0.1"));
        StringWriter out = new StringWriter();
        page.execute(out, model);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", CSP)
                .body(out.toString());
    }

    private String count(Product product) {
        try {
            return String.valueOf(installations.countActive(product));
        } catch (RuntimeException e) {
            return "unknown (database unavailable)";
        }
    }

    private String healthStatus() {
        return PublicHealthController.status(health);
    }
}

package io.postmortem.connect.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.postmortem.testsupport.ConnectHttpTestBase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DescriptorTest extends ConnectHttpTestBase {

    /** ../shared from the main checkout; ../../shared from a worktree under /work/wt/. */
    private static final Path SCHEMA = java.util.stream.Stream.of("../shared", "../../shared")
            .map(dir -> Path.of(dir, "specs", "connect-jira-descriptor-schema.json"))
            .filter(Files::exists).findFirst().orElse(Path.of("../shared/specs/connect-jira-descriptor-schema.json"));
    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Test
    void servedJiraDescriptorIsValidAgainstTheConnectSchema() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCHEMA), "SKIPPED: " + SCHEMA.toAbsolutePath() + " is absent (../shared not checked out)");
        HttpResponse<String> response = get("/atlassian-connect.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));

        Schema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        JsonNode descriptor = JSON.readTree(response.body());
        List<Error> errors = schema.validate(descriptor);
        List<String> real = errors.stream().filter(e -> !knownSchemaGap(e, descriptor)).map(Error::toString).toList();
        assertThat(real).as("schema errors").isEmpty();

        // the validator does catch real mistakes in this descriptor
        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode) descriptor.deepCopy();
        broken.remove("key");
        ((tools.jackson.databind.node.ObjectNode) broken.get("authentication")).put("type", "basic");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/modules/jiraIssueGlances/0/target")).put("type", "nonsense");
        assertThat(schema.validate(broken).stream().filter(e -> !knownSchemaGap(e, broken)).toList()).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * The schema is ACE's 2021 copy; two differences from today's Connect are tolerated, nothing else:
     * (1) {@code format: uri} on lifecycle/module URLs, which Connect specifies as URLs RELATIVE to baseUrl
     * (draft-04 "uri" means absolute); a value starting with "/" that parses as a URI reference passes;
     * (2) {@code apiMigrations.signed-install} and {@code context-qsh}, active migrations added after the schema
     * (connect-protocol.md section 1), which the contract requires.
     */
    private static boolean knownSchemaGap(Error error, JsonNode descriptor) {
        if ("format".equals(error.getKeyword())) {
            JsonNode value = error.getInstanceNode();
            if (value != null && value.isString() && value.asString().startsWith("/")) {
                try {
                    java.net.URI uri = new java.net.URI(value.asString().replace("{", "%7B").replace("}", "%7D"));
                    return !uri.isAbsolute();
                } catch (java.net.URISyntaxException e) {
                    return false;
                }
            }
            return false;
        }
        if ("additionalProperties".equals(error.getKeyword())) {
            String where = String.valueOf(error.getInstanceLocation());
            return where.endsWith("apiMigrations") && java.util.Set.of("signed-install", "context-qsh").contains(error.getProperty());
        }
        return false;
    }

    @Test
    void jiraDescriptorCarriesConfiguredKeyBaseUrlAndTheAgreedModules() {
        JsonNode d = JSON.readTree(get("/atlassian-connect.json", null).body());
        assertThat(d.get("key").asString()).isEqualTo(APP_KEY);
        assertThat(d.get("baseUrl").asString()).isEqualTo(APP_BASE_URL);
        assertThat(d.at("/authentication/type").asString()).isEqualTo("jwt");
        assertThat(d.at("/apiMigrations/signed-install").asBoolean()).isTrue();
        assertThat(d.at("/apiMigrations/context-qsh").asBoolean()).isTrue();
        assertThat(d.get("scopes").toString()).contains("READ", "WRITE");
        assertThat(d.at("/lifecycle/installed").asString()).isEqualTo("/connect/installed");
        assertThat(d.at("/lifecycle/uninstalled").asString()).isEqualTo("/connect/uninstalled");
        assertThat(d.at("/lifecycle/enabled").asString()).isEqualTo("/connect/enabled");
        assertThat(d.at("/lifecycle/disabled").asString()).isEqualTo("/connect/disabled");
        assertThat(d.at("/modules/webhooks/0/event").asString()).isEqualTo("jira:issue_updated");
        assertThat(d.at("/modules/webhooks/0/url").asString()).isEqualTo("/connect/webhooks/issue-updated");
        assertThat(d.at("/modules/jiraIssueGlances/0/key").asString()).isEqualTo("postmortem-glance");
        assertThat(d.at("/modules/jiraIssueGlances/0/target/url").asString()).isEqualTo("/panel?issueKey={issue.key}");
        assertThat(d.at("/modules/jiraIssueGlances/0/icon/url").asString()).isEqualTo("/static/icon.svg");
        assertThat(d.at("/modules/generalPages/0/url").asString()).isEqualTo("/panel/full");
        assertThat(d.at("/modules/configurePage/url").asString()).isEqualTo("/admin/configure");
        assertThat(d.at("/modules/jiraEntityProperties/0/keyConfigurations/0/propertyKey").asString()).isEqualTo("postmortem");
        assertThat(d.at("/modules/jiraEntityProperties/0/keyConfigurations/0/extractions/0/alias").asString()).isEqualTo("postmortemState");

        HttpResponse<String> icon = get("/static/icon.svg", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).contains("<svg");
    }

    /**
     * Jira only sends what can matter (issue 22): the webhook's JQL filter takes incidents, issues with a draft (the
     * {@code postmortem} property) and action items ({@code postmortem-item}); JQL sees a property only when the
     * descriptor indexes it, so every {@code issue.property[key].path} in the filter must be an extraction of
     * {@code jiraEntityProperties}.
     */
    @Test
    void theWebhookFilterUsesOnlyPropertiesTheDescriptorIndexes() {
        JsonNode d = JSON.readTree(get("/atlassian-connect.json", null).body());
        String filter = d.at("/modules/webhooks/0/filter").asString();
        assertThat(filter).contains("issuetype = Incident", "issue.property[postmortem].state IS NOT EMPTY",
                "issue.property[postmortem-item].incident IS NOT EMPTY");
        java.util.Set<String> indexed = new java.util.HashSet<>();
        for (JsonNode module : d.at("/modules/jiraEntityProperties")) {
            assertThat(module.path("entityType").asString()).isEqualTo("issue");
            for (JsonNode key : module.path("keyConfigurations")) {
                for (JsonNode extraction : key.path("extractions")) {
                    indexed.add(key.path("propertyKey").asString() + "." + extraction.path("objectName").asString());
                }
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("issue\\.property\\[([^\\]]+)]\\.([A-Za-z0-9_.]+)").matcher(filter);
        int used = 0;
        while (m.find()) {
            used++;
            assertThat(indexed).as("indexed for JQL").contains(m.group(1) + "." + m.group(2));
        }
        assertThat(used).isEqualTo(2);
    }

    @Test
    void confluenceDescriptorIsTheSameAppSuffixedWithLifecycleOnly() {
        JsonNode d = JSON.readTree(get("/atlassian-connect-confluence.json", null).body());
        assertThat(d.get("key").asString()).isEqualTo(APP_KEY + ".confluence");
        assertThat(d.get("baseUrl").asString()).isEqualTo(APP_BASE_URL);
        assertThat(d.at("/authentication/type").asString()).isEqualTo("jwt");
        assertThat(d.at("/apiMigrations/signed-install").asBoolean()).isTrue();
        assertThat(d.at("/lifecycle/installed").asString()).isEqualTo("/connect/installed");
        assertThat(d.at("/lifecycle/uninstalled").asString()).isEqualTo("/connect/uninstalled");
        assertThat(d.has("modules")).isFalse();
    }

    @Test
    void theRootDescriptorIsTheOneServed() throws Exception {
        Path root = Path.of("atlassian-connect.json");
        Assumptions.assumeTrue(Files.exists(root), "run from the project root");
        JsonNode source = JSON.readTree(Files.readString(root));
        JsonNode served = JSON.readTree(get("/atlassian-connect.json", null).body());
        assertThat(served.get("modules")).isEqualTo(source.get("modules"));
    }
}

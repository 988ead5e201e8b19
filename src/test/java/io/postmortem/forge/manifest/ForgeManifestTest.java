package io.postmortem.forge.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed {@code forge/manifest.yml}: its Connect modules are the descriptor's (one source of truth; this test
 * fails on drift and prints the block to paste), it is valid against the Forge manifest schema of
 * {@code ../shared/specs} (skipped with a message when that is absent), and its own cross-references hold (which
 * the schema alone does not check: endpoints, resources, routes of the app's Forge controllers).
 */
class ForgeManifestTest {

    static final Path MANIFEST = Path.of("forge", "manifest.yml");
    static final Path DESCRIPTOR = Path.of("atlassian-connect.json");
    static final Path SCHEMA = Stream.of("../shared", "../../shared")
            .map(dir -> Path.of(dir, "specs", "forge-manifest-schema.json"))
            .filter(Files::exists).findFirst().orElse(Path.of("../shared/specs/forge-manifest-schema.json"));
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

    static ObjectNode manifest() throws Exception {
        return ForgeManifest.read(YAML, Files.readString(MANIFEST));
    }

    @Test
    void theConnectModulesAreTheDescriptorsModules() throws Exception {
        JsonNode descriptor = JSON.readTree(Files.readString(DESCRIPTOR));
        ObjectNode expected = ForgeManifest.connectModules(JSON, descriptor);
        JsonNode committed = manifest().path("connectModules");
        ObjectNode block = JSON.createObjectNode();
        block.set("connectModules", expected);
        assertThat(committed)
                .as("forge/manifest.yml's connectModules drifted from atlassian-connect.json; paste this block:\n%s",
                        YAML.writeValueAsString(block))
                .isEqualTo(expected);
        // what the rules promise, on today's descriptor
        assertThat(expected.path("jira:lifecycle").get(0).path("installed").asString()).isEqualTo("/connect/installed");
        assertThat(expected.path("jira:webhooks").get(0).path("key").asString()).isEqualTo("webhook-jira-issue_updated");
        assertThat(expected.path("jira:configurePage").isArray()).isTrue();
        assertThat(expected.path("jira:configurePage").get(0).path("url").asString()).isEqualTo("/admin/configure");
        assertThat(expected.path("jira:jiraIssueGlances").get(0).path("target").path("url").asString())
                .isEqualTo("/panel?issueKey={issue.key}");
        expected.properties().forEach(type -> type.getValue().forEach(entry ->
                assertThat(entry.path("key").asString()).as(type.getKey()).matches("[a-zA-Z0-9_-]+")));
    }

    @Test
    void aChangedDescriptorIsDrift() throws Exception {
        ObjectNode descriptor = (ObjectNode) JSON.readTree(Files.readString(DESCRIPTOR));
        ((ObjectNode) descriptor.withArray("/modules/webhooks").get(0)).put("url", "/connect/webhooks/moved");
        assertThat(manifest().path("connectModules")).isNotEqualTo(ForgeManifest.connectModules(JSON, descriptor));
    }

    @Test
    void theManifestIsValidAgainstTheForgeSchema() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCHEMA), "SKIPPED: " + SCHEMA.toAbsolutePath().normalize()
                + " is absent (../shared not checked out): Forge manifest schema validation skipped");
        Schema schema = schema();
        ObjectNode manifest = manifest();
        assertThat(schema.validate(manifest).stream().map(Error::toString).toList()).as("schema errors").isEmpty();

        // the validator does catch mistakes in this manifest: a jira:issueContext without label, a trigger without events
        ObjectNode broken = manifest.deepCopy();
        ((ObjectNode) broken.withArray("/modules/jira:issueContext").get(0)).remove("label");
        ((ObjectNode) broken.withArray("/modules/trigger").get(0)).remove("events");
        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theManifestsReferencesHold() throws Exception {
        ObjectNode manifest = manifest();
        List<String> endpoints = keys(manifest.withArray("/modules/endpoint"));
        List<String> resources = keys(manifest.withArray("resources"));
        List<String> remotes = keys(manifest.withArray("remotes"));
        assertThat(manifest.path("app").path("connect").path("key").asString())
                .isEqualTo(JSON.readTree(Files.readString(DESCRIPTOR)).path("key").asString());
        assertThat(remotes).contains(manifest.path("app").path("connect").path("remote").asString());
        for (String ui : List.of("jira:issueContext", "jira:adminPage")) {
            for (JsonNode module : manifest.withArray("/modules/" + ui)) {
                assertThat(resources).as(ui).contains(module.path("resource").asString());
                assertThat(endpoints).as(ui).contains(module.path("resolver").path("endpoint").asString());
            }
        }
        for (String triggers : List.of("trigger", "scheduledTrigger", "preUninstall")) {
            for (JsonNode module : manifest.withArray("/modules/" + triggers)) {
                String endpoint = module.path("endpoint").asString();
                assertThat(endpoints).as(triggers).contains(endpoint);
                JsonNode route = endpointNamed(manifest, endpoint).path("route").path("path");
                // Forge: event and scheduled trigger endpoints need a route and the system token only
                assertThat(route.asString()).as(endpoint).startsWith("/forge/");
                assertThat(endpointNamed(manifest, endpoint).path("auth").path("appUserToken").isMissingNode()).isTrue();
            }
        }
        assertThat(manifest.withArray("/modules/scheduledTrigger").get(0).path("interval").asString()).isEqualTo("hour");
        for (JsonNode endpoint : manifest.withArray("/modules/endpoint")) {
            assertThat(remotes).contains(endpoint.path("remote").asString());
        }
        for (JsonNode resource : manifest.withArray("resources")) {
            assertThat(Path.of("forge").resolve(resource.path("path").asString()).resolve("index.html")).exists();
        }
        // the issue-updated trigger is filtered in Forge to the fields a listener acts on; an expression error delivers
        JsonNode filter = manifest.withArray("/modules/trigger").get(0).path("filter");
        assertThat(filter.path("ignoreSelf").asBoolean()).isTrue();
        assertThat(filter.path("expression").asString()).contains("'status'", "'assignee'", "'duedate'", "event.changelog");
        assertThat(filter.path("onError").asString()).startsWith("RECEIVE");
        assertThat(manifest.withArray("/permissions/scopes")).extracting(JsonNode::asString)
                .contains("read:app-system-token", "read:connect-jira", "read:jira-work", "write:jira-work", "report:personal-data");
    }

    static Schema schema() throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static JsonNode endpointNamed(ObjectNode manifest, String key) {
        for (JsonNode endpoint : manifest.withArray("/modules/endpoint")) {
            if (key.equals(endpoint.path("key").asString())) return endpoint;
        }
        return JSON.missingNode();
    }

    private static List<String> keys(ArrayNode entries) {
        return java.util.stream.StreamSupport.stream(entries.spliterator(), false).map(e -> e.path("key").asString()).toList();
    }
}

package io.postmortem.forge.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;

import io.postmortem.forge.FakeForge;
import io.postmortem.forge.ForgeHttpTestBase;
import io.postmortem.testsupport.ConnectFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /forge/manifest.yml}: the manifest for this deployment, ready for {@code forge deploy}. */
class ServedManifestTest extends ForgeHttpTestBase {

    @Test
    void theServedManifestPointsAtThisDeploymentAndIsValid() throws Exception {
        HttpResponse<String> r = ConnectFixtures.send("GET", "http://localhost:" + port + "/forge/manifest.yml", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        ObjectNode manifest = ForgeManifest.read(ForgeManifestTest.YAML, r.body());

        assertThat(manifest.path("app").path("id").asString()).isEqualTo(FakeForge.APP_ID);
        assertThat(manifest.path("app").path("connect").path("key").asString()).isEqualTo("postmortem-facilitator");
        assertThat(manifest.withArray("remotes").get(0).path("baseUrl").asString()).isEqualTo("https://postmortem.test");
        JsonNode served = JSON.readTree(ConnectFixtures.send("GET", "http://localhost:" + port + "/atlassian-connect.json", null,
                null).body());
        assertThat(manifest.path("connectModules")).isEqualTo(ForgeManifest.connectModules(JSON, served));
        // everything else is the committed manifest's
        ObjectNode committed = ForgeManifestTest.manifest();
        assertThat(manifest.path("modules")).isEqualTo(committed.path("modules"));
        assertThat(manifest.path("permissions")).isEqualTo(committed.path("permissions"));

        Assumptions.assumeTrue(Files.exists(ForgeManifestTest.SCHEMA), "SKIPPED: " + ForgeManifestTest.SCHEMA.toAbsolutePath()
                .normalize() + " is absent (../shared not checked out): Forge manifest schema validation skipped");
        assertThat(ForgeManifestTest.schema().validate(manifest).stream().map(Error::toString).toList()).isEmpty();
    }
}

package io.postmortem.forge.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.connect.descriptor.DescriptorController;
import io.postmortem.forge.ForgeProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /forge/manifest.yml}: the Forge manifest for this deployment ({@link ForgeManifest#render}): the
 * committed {@code forge/manifest.yml} (shipped in the jar) with the remote pointing at {@code postmortem.base-url},
 * the app id of {@code postmortem.forge.app-id} and the Connect modules of the descriptor this app serves. Save it as
 * {@code forge/manifest.yml} before {@code forge deploy} (README).
 */
@RestController
@IgnoreJwt
public class ForgeManifestController {

    static final String SOURCE = "forge/manifest.yml";

    private final String rendered;

    public ForgeManifestController(DescriptorController descriptors, ConnectProperties connect, ForgeProperties forge,
            JsonMapper json) throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        String text;
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectNode manifest = ForgeManifest.render(json, ForgeManifest.read(yaml, text), descriptors.jira(),
                connect.normalizedBaseUrl(), forge.appAri());
        this.rendered = yaml.writeValueAsString(manifest);
    }

    @GetMapping(value = "/forge/manifest.yml", produces = "application/yaml")
    public ResponseEntity<String> manifest() {
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(rendered);
    }
}

package io.postmortem.connect.descriptor;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.auth.IgnoreJwt;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the app descriptors. The Jira descriptor's one source is {@code atlassian-connect.json} at the repository
 * root (copied into the jar by the pom); {@code key} and {@code baseUrl} are filled in from configuration. The
 * Confluence descriptor is derived from it: key suffixed {@code .confluence}, same authentication, scopes and
 * lifecycle, no Jira modules.
 */
@RestController
@IgnoreJwt
public class DescriptorController {

    static final String SOURCE = "atlassian-connect.json";

    private final ObjectNode jira;
    private final ObjectNode confluence;

    public DescriptorController(ConnectProperties properties, ObjectMapper json,
            org.springframework.beans.factory.ObjectProvider<DescriptorCustomizer> customizers) throws IOException {
        ObjectNode source;
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            source = (ObjectNode) json.readTree(in);
        }
        this.jira = source.deepCopy();
        jira.put("key", properties.appKey());
        jira.put("baseUrl", properties.normalizedBaseUrl());
        customizers.orderedStream().forEach(c -> c.customize(jira));

        this.confluence = json.createObjectNode();
        confluence.put("key", properties.confluenceAppKey());
        confluence.put("name", source.path("name").asString("Post-Mortem Facilitator") + " for Confluence");
        copy(source, confluence, "description", "vendor");
        confluence.put("baseUrl", properties.normalizedBaseUrl());
        copy(source, confluence, "authentication", "apiMigrations", "scopes", "lifecycle");
    }

    private static void copy(ObjectNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            if (value != null) {
                to.set(field, value.deepCopy());
            }
        }
    }

    @GetMapping(value = "/atlassian-connect.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode jira() {
        return jira;
    }

    @GetMapping(value = "/atlassian-connect-confluence.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode confluence() {
        return confluence;
    }
}

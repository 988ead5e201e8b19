package io.postmortem.testsupport;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * For tests that build clients without a Spring context: a JSON mapper configured like the application's one (Boot's
 * JsonMapper with application.properties' spring.jackson settings: unknown fields ignored, null primitives read as
 * their default).
 */
public final class TestJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TestJson() {
    }
}

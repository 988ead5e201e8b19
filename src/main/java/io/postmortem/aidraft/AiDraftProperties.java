package io.postmortem.aidraft;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code postmortem.ai.*}: the server's switch for AI drafting and its limits. The model itself is configured
 * with Spring AI's standard {@code spring.ai.openai.*} properties (base URL, API key, model).
 *
 * @param enabled          false by default: Spring AI's auto-configuration is not even loaded
 *                         ({@link AiAutoConfigurationFilter}), and no call is ever made
 * @param timeout          how long one draft may take before the job gives up (default 60 s)
 * @param maxEvidenceChars how much evidence text one request carries at most (default 40,000 characters)
 * @param jsonSchema       ask for the answer's shape with {@code response_format: json_schema} (default true); set
 *                         false for servers that only accept plain text (the schema is in the prompt either way)
 */
@ConfigurationProperties("postmortem.ai")
public record AiDraftProperties(boolean enabled, Duration timeout, Integer maxEvidenceChars, Boolean jsonSchema) {

    public AiDraftProperties {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) timeout = Duration.ofSeconds(60);
        if (maxEvidenceChars == null || maxEvidenceChars < 1000) maxEvidenceChars = 40_000;
        if (jsonSchema == null) jsonSchema = true;
    }
}

package io.postmortem.aidraft;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring AI out of the application unless {@code postmortem.ai.enabled=true}: its auto-configurations (the
 * OpenAI client, tool calling, retry, observations) are not imported at all, so a server without AI drafting needs no
 * {@code spring.ai.*} property and holds no Spring AI bean. When enabled, only the chat model is wanted: the OpenAI
 * embedding, image, audio and moderation models are left out too. Registered in {@code META-INF/spring.factories}.
 */
public class AiAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String SPRING_AI = "org.springframework.ai.";
    static final String OPENAI = "org.springframework.ai.model.openai.autoconfigure.";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean enabled = environment != null && environment.getProperty("postmortem.ai.enabled", Boolean.class, false);
        boolean[] keep = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < keep.length; i++) {
            String c = autoConfigurationClasses[i];
            if (c == null || !c.startsWith(SPRING_AI)) keep[i] = true;
            else if (!enabled) keep[i] = false;
            else keep[i] = !c.startsWith(OPENAI) || c.equals(OPENAI + "OpenAiChatAutoConfiguration");
        }
        return keep;
    }
}

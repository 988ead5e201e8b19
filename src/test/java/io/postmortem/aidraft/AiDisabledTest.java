package io.postmortem.aidraft;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postmortem.drafting.SectionDrafter;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.DraftBuilt;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * AI drafting is off by default: with no {@code postmortem.ai.*} property (and {@code spring.ai.openai.*} pointing at
 * a WireMock, so a call would be seen) no Spring AI bean exists, a build queues no AI job even for an installation
 * whose settings say {@code aiDrafting}, the job's body makes no call, and the draft is not touched.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ai-disabled;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.jobs.auto-start=false",
        "spring.ai.openai.api-key=sk-never-used"})
class AiDisabledTest {

    static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        MODEL.start();
    }

    @org.springframework.test.context.DynamicPropertySource
    static void model(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        MODEL.stop();
    }

    @Autowired ApplicationContext context;
    @Autowired AiDrafter drafter;
    @Autowired SettingsRepository settings;
    @Autowired DraftRepository drafts;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    @Test
    void noSpringAiBeanNoJobNoCall() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(n -> context.getType(n))
                .filter(t -> t != null && t.getName().startsWith("org.springframework.ai."))).isEmpty();

        settings.save("off-client", Settings.defaults().withAiDrafting(true), "admin");
        PostMortem doc = drafts.insert("off-client", new SectionDrafter().apply(PostMortem.newDraft("INC-5")));
        events.publishEvent(new DraftBuilt("off-client", "INC-5"));
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(AiDraftTasks.TASK)
                .query(Integer.class).single()).isZero();
        assertThat(drafter.wanted("off-client")).isFalse();

        drafter.run(new AiDraftRequest("off-client", "INC-5"));
        assertThat(MODEL.getAllServeEvents()).isEmpty();
        assertThat(drafts.find("off-client", "INC-5").orElseThrow().version()).isEqualTo(doc.version());
    }
}

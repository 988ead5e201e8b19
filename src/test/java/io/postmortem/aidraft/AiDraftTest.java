package io.postmortem.aidraft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.postmortem.drafting.SectionDrafter;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.intake.DraftBuilt;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * AI drafting against WireMock speaking the OpenAI chat completions API ({@code POST /v1/chat/completions}), through
 * Spring AI's real OpenAI model: what is sent (no secret, no e-mail address, no IP address, no query string), a valid
 * answer becoming {@code ai.<section>} suggestions with source {@code ai:<model>} (the facilitator's own drafts
 * untouched), and garbage, a refusal, a timeout and a 429 leaving the facilitator's drafts in place with the status
 * saying the AI draft was not available. The scheduler is not started: the job's body runs in the test thread, and
 * that a build queues the job is checked on the {@code scheduled_tasks} table.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ai-draft;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "postmortem.jobs.auto-start=false",
        "postmortem.ai.enabled=true",
        "postmortem.ai.timeout=60s",
        "spring.ai.openai.api-key=sk-test-model-key-0000000000",
        "spring.ai.openai.chat.options.model=gpt-test",
        "spring.ai.openai.chat.model=gpt-test",
        "spring.ai.openai.max-retries=0"})
class AiDraftTest {

    static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String CLIENT = "ai-client-" + UUID.randomUUID();
    static final String SECRET_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB";
    static final String EMAIL = "dana.ops@example.com";

    static {
        MODEL.start();
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        MODEL.stop();
    }

    @Autowired AiDrafter drafter;
    @Autowired org.springframework.beans.factory.ObjectProvider<org.springframework.ai.chat.model.ChatModel> chatModel;
    @Autowired DraftRepository drafts;
    @Autowired SettingsRepository settings;
    @Autowired JsonMapper json;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    String issueKey;

    @BeforeEach
    void draft() {
        MODEL.resetAll();
        settings.save(CLIENT, settingsWithAi(true), "admin");
        issueKey = "INC-" + (100 + (int) (Math.random() * 100000));
        drafts.insert(CLIENT, new SectionDrafter().apply(incident(issueKey)));
    }

    @Test
    void theRequestCarriesTheRedactedEvidenceAndNoSecret() {
        answer(200, completion(validDraft()));
        drafter.run(new AiDraftRequest(CLIENT, issueKey));

        List<LoggedRequest> sent = MODEL.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
        assertThat(sent).hasSize(1);
        String body = sent.get(0).getBodyAsString();
        assertThat(body).contains("Checkout failed for card payments").contains("pool limit")
                .contains("[secret removed]").contains("[e-mail removed]").contains("[IP address removed]")
                .contains("https://grafana.acme.io/d/abc");
        assertThat(body).doesNotContain(SECRET_TOKEN).doesNotContain(EMAIL).doesNotContain("10.2.3.4")
                .doesNotContain("hunter2hunter2").doesNotContain("orgId=7").doesNotContain(CLIENT)
                .doesNotContain("sk-test-model-key");
        JsonNode request = json.readTree(body);
        assertThat(request.path("model").asString()).isEqualTo("gpt-test");
        assertThat(request.path("response_format").path("type").asString()).isEqualTo("json_schema");
        // the model's API key travels only as the bearer credential its endpoint asks for
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer sk-test-model-key-0000000000");
    }

    @Test
    void aValidAnswerBecomesSuggestionsWithTheModelAsSource() {
        PostMortem before = drafts.find(CLIENT, issueKey).orElseThrow();
        answer(200, completion(validDraft()));
        double tokens = count("postmortem.ai.tokens");
        drafter.run(new AiDraftRequest(CLIENT, issueKey));

        PostMortem after = drafts.find(CLIENT, issueKey).orElseThrow();
        Map<String, Suggestion> s = after.suggestions();
        assertThat(s.get("ai.summary").source()).isEqualTo("ai:gpt-test-2026");
        assertThat(s.get("ai.summary").text()).startsWith("Card payments failed");
        assertThat(s.get("ai.fiveWhys").items()).hasSize(3);
        assertThat(s.get("ai.rootCause").text()).contains("pool limit");
        // the blaming item is left out, the rest kept
        assertThat(s.get("ai.wentBadly").items()).containsExactly("Nothing paged on pool exhaustion.");
        // the external version names an internal host: the redaction scan refuses it
        assertThat(s).doesNotContainKey("ai.externalVersion");
        assertThat(s.get(AiDrafter.STATUS).text()).startsWith("AI draft ready: 7 of 8 sections");
        // nothing applied, the facilitator's drafts unchanged
        assertThat(after.summary()).isEqualTo(before.summary());
        for (String key : List.of("summary", "rootCause", "fiveWhys", "externalVersion")) {
            assertThat(s.get(key)).isEqualTo(before.suggestions().get(key));
        }
        assertThat(count("postmortem.ai.tokens") - tokens).isEqualTo(1234 + 321);
    }

    @Test
    void garbageLeavesTheFacilitatorsDrafts() {
        answer(200, completion("Sure! Here is your post-mortem: it was the database."));
        assertNotAvailable("not JSON", "invalid");
    }

    @Test
    void aRefusalLeavesTheFacilitatorsDrafts() {
        ObjectNode c = completion("");
        ((ObjectNode) c.path("choices").get(0).path("message")).putNull("content").put("refusal", "I can't help with that.");
        answer(200, c);
        assertNotAvailable("no text", "refused");
    }

    @Test
    void aWrongShapeLeavesTheFacilitatorsDrafts() {
        answer(200, completion("{\"summary\": 42, \"fiveWhys\": \"because\"}"));
        assertNotAvailable("no section", "invalid");
    }

    @Test
    void aTimeoutLeavesTheFacilitatorsDrafts() {
        MODEL.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json").withBody(completion(validDraft()).toString())));
        // the context's drafter waits 60 s (a loaded build machine's first call is slow); this one waits 1 s
        drafter = new AiDrafter(chatModel, new AiDraftProperties(true, java.time.Duration.ofSeconds(1), null, null),
                drafts, settings, json, meters);
        assertNotAvailable("did not answer within 1 s", "timeout");
    }

    @Test
    void aRateLimitLeavesTheFacilitatorsDrafts() {
        MODEL.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")));
        assertNotAvailable("rate limiting", "rate_limited");
    }

    @Test
    void aBuildQueuesTheJobOnlyWhenTheInstallationWantsIt() {
        events.publishEvent(new DraftBuilt(CLIENT, issueKey));
        assertThat(queued(issueKey)).isEqualTo(1);

        settings.save(CLIENT, settingsWithAi(false), "admin");
        String other = issueKey + "0";
        events.publishEvent(new DraftBuilt(CLIENT, other));
        assertThat(queued(other)).isZero();
        drafter.run(new AiDraftRequest(CLIENT, issueKey)); // switched off since it was queued: no call
        assertThat(MODEL.getAllServeEvents()).isEmpty();
    }

    private void assertNotAvailable(String why, String outcome) {
        PostMortem before = drafts.find(CLIENT, issueKey).orElseThrow();
        double failures = meters.find("postmortem.ai.failures").tag("reason", outcome).counters().stream().mapToDouble(c -> c.count()).sum();
        drafter.run(new AiDraftRequest(CLIENT, issueKey));
        PostMortem after = drafts.find(CLIENT, issueKey).orElseThrow();
        Suggestion status = after.suggestions().get(AiDrafter.STATUS);
        assertThat(status.text()).startsWith("The AI draft was not available").contains(why);
        assertThat(after.suggestions().keySet()).filteredOn(k -> k.startsWith("ai.") && !k.equals(AiDrafter.STATUS)).isEmpty();
        for (String key : List.of("summary", "rootCause", "fiveWhys", "contributingFactors", "wentWell", "wentBadly", "lucky", "externalVersion")) {
            assertThat(after.suggestions().get(key)).as(key).isEqualTo(before.suggestions().get(key)).isNotNull();
        }
        assertThat(meters.find("postmortem.ai.failures").tag("reason", outcome).counters().stream().mapToDouble(c -> c.count()).sum())
                .isEqualTo(failures + 1);
    }

    private int queued(String key) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(AiDraftTasks.TASK, CLIENT + "|" + key).query(Integer.class).single();
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void answer(int status, JsonNode body) {
        MODEL.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    /** An OpenAI chat completion, as the API answers. */
    private ObjectNode completion(String content) {
        ObjectNode c = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_764_000_000L).put("model", "gpt-test-2026");
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putNull("logprobs");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        c.putObject("usage").put("prompt_tokens", 1234).put("completion_tokens", 321).put("total_tokens", 1555);
        return c;
    }

    private String validDraft() {
        ObjectNode d = json.createObjectNode();
        d.put("summary", "Card payments failed for about 40 minutes. Restarting the pods with a larger pool fixed it.");
        d.put("rootCause", "The pool limit of 20 connections was too low for the new retry policy (confirmed).");
        d.putArray("fiveWhys").add("Checkout returned errors.").add("The database pool was exhausted.")
                .add("The pool limit was too low for the new retry policy.");
        d.putArray("contributingFactors").add("Detection gap: nothing paged on pool exhaustion.");
        d.putArray("wentWell").add("The rollback took effect within two minutes.");
        d.putArray("wentBadly").add("Nothing paged on pool exhaustion.").add("Dana Ops forgot to check the pool metrics.");
        d.putArray("lucky").add("It happened at night, outside peak hours.");
        d.put("externalVersion", "Between 09:00 and 09:40 UTC card payments failed because db-01.prod.acme.internal was overloaded.");
        return d.toString();
    }

    private static Settings settingsWithAi(boolean on) {
        return Settings.defaults().withAiDrafting(on);
    }

    private static PostMortem incident(String key) {
        Instant t0 = TestClock.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<TimelineEntry> rows = new ArrayList<>();
        String[] lines = {
                "Checkout failed for card payments, customers see 502 on pay",
                "seeing errors from 10.2.3.4, ping " + EMAIL + " for access",
                "use token=" + SECRET_TOKEN + " and password: hunter2hunter2 for the replica",
                "dashboard https://grafana.acme.io/d/abc?orgId=7&from=now-1h",
                "I think it's the connection pool",
                "Root cause: the pool limit of 20 was too low for the new retry policy.",
                "restarted the pods with a larger pool, error rates back to normal"};
        for (int i = 0; i < lines.length; i++) {
            rows.add(new TimelineEntry(t0.plusSeconds(300L * i), "Dana Ops", lines[i], "comment:" + (30000 + i), false, lines[i], null));
        }
        return PostMortem.newDraft(key).toBuilder()
                .header(new Header(null, "Checkout 502s", null, null, null, null, null, null))
                .timeline(rows)
                .keyTimes(new KeyTimes(new KeyTime(t0, "comment:30000", KeyTime.Basis.STATED, null), null,
                        new KeyTime(t0.plusSeconds(2400), "comment:30006", KeyTime.Basis.STATED, null)))
                .answers(io.postmortem.postmortem.Answers.empty().with(Question.DETECTION, "A customer told support at " + EMAIL))
                .build();
    }
}

package io.postmortem.aidraft;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.settings.SettingsRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One AI draft: reads the stored draft, sends the redacted evidence to the chat model, reads and checks the answer,
 * and stores the result beside the facilitator's drafts ({@code ai.<section>}) with a status line
 * ({@code ai.status}). Never throws: a timeout, a refusal, a 429 or an unreadable answer is recorded in the status
 * ("the AI draft was not available: ...") and in the metrics, and the facilitator's own drafts stay as they are.
 *
 * <p>Metrics: {@code postmortem.ai.calls} (tag {@code outcome}: ok, timeout, rate_limited, refused, invalid,
 * error), {@code postmortem.ai.latency} (timer), {@code postmortem.ai.failures} (tag {@code reason}) and
 * {@code postmortem.ai.tokens} (tag {@code kind}: prompt, completion).
 */
@Component
public class AiDrafter implements DisposableBean {

    /** The status line's key in {@code suggestions}; section drafts are under {@code ai.<section>}. */
    public static final String STATUS = "ai.status";
    static final String PREFIX = "ai.";

    private static final Logger log = LoggerFactory.getLogger(AiDrafter.class);

    private final ObjectProvider<ChatModel> chatModel;
    private final AiDraftProperties properties;
    private final DraftRepository drafts;
    private final SettingsRepository settings;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Timer latency;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ai-draft-call");
        t.setDaemon(true);
        return t;
    });

    public AiDrafter(ObjectProvider<ChatModel> chatModel, AiDraftProperties properties, DraftRepository drafts,
            SettingsRepository settings, JsonMapper json, MeterRegistry meters) {
        this.chatModel = chatModel;
        this.properties = properties;
        this.drafts = drafts;
        this.settings = settings;
        this.json = json;
        this.meters = meters;
        this.latency = Timer.builder("postmortem.ai.latency").description("Time of one AI draft call").register(meters);
    }

    /** True when this installation's drafts get an AI draft: the server allows it and its admin switched it on. */
    public boolean wanted(String clientKey) {
        return properties.enabled() && settings.get(clientKey).aiDrafting();
    }

    /** The job's body. */
    public void run(AiDraftRequest request) {
        try (var a = MDC.putCloseable("clientKey", request.clientKey()); var b = MDC.putCloseable("issueKey", request.issueKey())) {
            if (!wanted(request.clientKey())) return; // switched off since the job was queued
            ChatModel model = chatModel.getIfAvailable();
            PostMortem doc = drafts.find(request.clientKey(), request.issueKey()).orElse(null);
            if (doc == null) return;
            String modelName = modelName(model);
            Map<String, Suggestion> result;
            Suggestion status;
            if (model == null) {
                result = Map.of();
                status = notAvailable("no chat model is configured (spring.ai.openai.*)", modelName);
                failed("not_configured");
            } else {
                Outcome o = ask(model, modelName, doc);
                result = o.suggestions();
                status = o.status();
            }
            drafts.modify(request.clientKey(), request.issueKey(), current -> withAi(current, result, status));
        } catch (RuntimeException e) {
            log.warn("AI draft not stored: {}", e.toString());
        }
    }

    record Outcome(Map<String, Suggestion> suggestions, Suggestion status) {
    }

    Outcome ask(ChatModel model, String modelName, PostMortem doc) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(AiEvidence.SYSTEM + "\nThe JSON schema of the answer: " + AiAnswer.SCHEMA),
                new UserMessage(AiEvidence.of(doc, properties.maxEvidenceChars()))), options(model));
        long started = System.nanoTime();
        Future<ChatResponse> call = calls.submit(() -> model.call(prompt));
        ChatResponse response;
        try {
            response = call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return failure("timeout", "the model did not answer within " + properties.timeout().toSeconds() + " s", modelName, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return failure("error", "the call was interrupted", modelName, started);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean limited = rateLimited(cause);
            log.warn("AI draft call failed: {}", cause.toString());
            return failure(limited ? "rate_limited" : "error", limited ? "the model's server is rate limiting us (429); the next "
                    + "build tries again" : "the call to the model failed (" + cause.getClass().getSimpleName() + ")", modelName, started);
        }
        latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        String answeredBy = response != null && response.getMetadata() != null && response.getMetadata().getModel() != null
                && !response.getMetadata().getModel().isBlank() ? response.getMetadata().getModel() : modelName;
        tokens(response);
        String content = response == null || response.getResult() == null || response.getResult().getOutput() == null ? null
                : response.getResult().getOutput().getText();
        try {
            Map<String, Suggestion> found = AiAnswer.read(content, answeredBy, doc, json);
            count("ok");
            return new Outcome(found, new Suggestion("AI draft ready: " + found.size() + " of 8 sections drafted by " + answeredBy
                    + " (use each one with its button).", List.of(), "ai:" + answeredBy, "drafted from the redacted evidence", null));
        } catch (AiAnswer.Refused r) {
            boolean empty = content == null || content.isBlank();
            count(empty ? "refused" : "invalid");
            failed(empty ? "refused" : "invalid");
            log.warn("AI draft refused: {}", r.getMessage());
            return new Outcome(Map.of(), notAvailable(r.getMessage(), answeredBy));
        }
    }

    /** The model's configured options (spring.ai.openai.chat.*), with the answer's JSON schema when asked for. */
    private ChatOptions options(ChatModel model) {
        if (!properties.jsonSchema() || !(model.getDefaultOptions() instanceof OpenAiChatOptions defaults)) return null;
        return defaults.mutate().responseFormat(OpenAiChatModel.ResponseFormat.builder()
                .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA).jsonSchema(AiAnswer.SCHEMA).build()).build();
    }

    private Outcome failure(String outcome, String why, String modelName, long started) {
        latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        count(outcome);
        failed(outcome);
        return new Outcome(Map.of(), notAvailable(why, modelName));
    }

    private static Suggestion notAvailable(String why, String modelName) {
        return new Suggestion("The AI draft was not available: " + why + ". The facilitator's drafts are unchanged.",
                List.of(), "ai:" + modelName, "the AI draft failed", null);
    }

    /** The document with this AI draft's sections and status (any earlier AI draft replaced); nothing else changes. */
    static PostMortem withAi(PostMortem current, Map<String, Suggestion> sections, Suggestion status) {
        Map<String, Suggestion> s = new LinkedHashMap<>(current.suggestions());
        s.keySet().removeIf(k -> k.startsWith(PREFIX));
        s.putAll(sections);
        s.put(STATUS, status);
        return current.toBuilder().suggestions(s).build();
    }

    private static boolean rateLimited(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String n = c.getClass().getSimpleName();
            String m = String.valueOf(c.getMessage());
            if (n.contains("RateLimit") || m.contains("429")) return true;
        }
        return false;
    }

    private void tokens(ChatResponse response) {
        if (response == null || response.getMetadata() == null || response.getMetadata().getUsage() == null) return;
        Integer p = response.getMetadata().getUsage().getPromptTokens();
        Integer c = response.getMetadata().getUsage().getCompletionTokens();
        if (p != null) Counter.builder("postmortem.ai.tokens").tag("kind", "prompt").register(meters).increment(p);
        if (c != null) Counter.builder("postmortem.ai.tokens").tag("kind", "completion").register(meters).increment(c);
    }

    private void count(String outcome) {
        Counter.builder("postmortem.ai.calls").tag("outcome", outcome).register(meters).increment();
    }

    private void failed(String reason) {
        Counter.builder("postmortem.ai.failures").tag("reason", reason).register(meters).increment();
    }

    private static String modelName(ChatModel model) {
        if (model == null) return "none";
        ChatOptions o = model.getDefaultOptions();
        return o != null && o.getModel() != null && !o.getModel().isBlank() ? o.getModel() : "model";
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}

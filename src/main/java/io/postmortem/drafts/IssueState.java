package io.postmortem.drafts;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.postmortem.Question;

import io.postmortem.atlassian.JiraClient;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.postmortem.PostMortem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records the draft's state on the incident: issue property {@code postmortem} ({@code state}, {@code draftVersion},
 * {@code answered}; other fields, e.g. publish's page id, are kept) and the issue glance's status property
 * {@code com.atlassian.jira.issue:<appKey>:postmortem-glance:status} (connect-protocol.md section 1). Written one
 * after the other: both count against the incident's per-issue write limit.
 */
@Component
public class IssueState {

    public static final String POSTMORTEM_PROPERTY = "postmortem";
    public static final String GLANCE_MODULE = "postmortem-glance";

    private static final Logger log = LoggerFactory.getLogger(IssueState.class);

    private final ConnectProperties connect;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    /**
     * The glance value this instance last wrote or read, with the draft version it was for. Per instance: another
     * instance may have written the glance since, but only by saving a newer version of the draft, so the cached
     * value is trusted only for the next version (see {@link #glanceChangedLater}).
     */
    private final Map<String, Last> lastGlance = new ConcurrentHashMap<>();

    private record Last(JsonNode value, long version) {
    }
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glance-status");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    public IssueState(ConnectProperties connect, AtlassianSites sites, AtlassianClients clients) {
        this.connect = connect;
        this.sites = sites;
        this.clients = clients;
    }

    /** Stops the glance writer with the application; a value not written yet is written again on the next change. */
    @jakarta.annotation.PreDestroy
    void close() {
        writer.shutdownNow();
    }

    /** For callers that only compute values (no writes after a save). */
    public IssueState(ConnectProperties connect) {
        this(connect, null, null);
    }

    public String glancePropertyKey() {
        return "com.atlassian.jira.issue:" + connect.appKey() + ":" + GLANCE_MODULE + ":status";
    }

    /**
     * @param existing       the current {@code postmortem} property (null when unset)
     * @param existingGlance the current glance status property (null when unset); not rewritten when unchanged,
     *                       which saves a write (and a round trip) on every refresh
     */
    public void record(String clientKey, JiraClient jira, String issueKey, PostMortem draft, JsonNode existing,
                       JsonNode existingGlance) {
        ObjectNode state = stateValue(draft, existing);
        if (!state.equals(existing)) {
            jira.setIssueProperty(issueKey, POSTMORTEM_PROPERTY, state);
        }
        if (glanceValue(draft).equals(existingGlance)) {
            lastGlance.put(cacheKey(clientKey, issueKey), new Last(existingGlance, draft.version()));
        } else {
            writeGlance(clientKey, jira, issueKey, draft);
        }
    }

    /**
     * After publishing: the {@code postmortem} property says PUBLISHED with the page and the action items' keys, and
     * the glance says "Published". The property is written whole (the draft's state fields and publish's), so no
     * read is needed first and neither writer loses the other's fields.
     */
    public void recordPublished(String clientKey, JiraClient jira, String issueKey, PostMortem latest, String pageId,
                                String pageUrl, java.util.Collection<String> actionItemKeys) {
        PostMortem published = latest.toBuilder().status(PostMortem.Status.PUBLISHED).build();
        ObjectNode state = stateValue(published, null);
        state.put("pageId", pageId);
        state.put("pageUrl", pageUrl);
        tools.jackson.databind.node.ArrayNode keys = state.putArray("actionItems");
        actionItemKeys.forEach(keys::add);
        jira.setIssueProperty(issueKey, POSTMORTEM_PROPERTY, state);
        writeGlance(clientKey, jira, issueKey, published);
    }

    /**
     * Writes the glance status for {@code draft} now and remembers it, so that later saves with the same label
     * write nothing. Every writer of the glance (intake, the panel's saves, publish) goes through here.
     */
    public void writeGlance(String clientKey, JiraClient jira, String issueKey, PostMortem draft) {
        ObjectNode glance = glanceValue(draft);
        // remembered before the write, so a save that follows while Jira's answer is on its way sees it; forgotten
        // again if the write fails (the next save then writes it)
        String key = cacheKey(clientKey, issueKey);
        Last written = new Last(glance, draft.version());
        lastGlance.put(key, written);
        try {
            jira.setIssueProperty(issueKey, glancePropertyKey(), glance);
        } catch (RuntimeException e) {
            lastGlance.remove(key, written);
            throw e;
        }
    }

    private static String cacheKey(String clientKey, String issueKey) {
        return clientKey + "/" + issueKey;
    }

    static ObjectNode stateValue(PostMortem draft, JsonNode existing) {
        ObjectNode value = existing != null && existing.isObject() ? ((ObjectNode) existing).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        value.put("state", draft.status().name());
        value.put("draftVersion", draft.version());
        value.put("answered", draft.answeredQuestions());
        return value;
    }

    /**
     * The glance's status as the issue view shows it: "Draft n/10" while questions are open or errors remain,
     * "Ready" once all ten questions are answered and no finding blocks publishing, "Published" after publishing.
     * (Before any draft exists the glance carries no status, and the panel says "Not started".)
     */
    static ObjectNode glanceValue(PostMortem draft) {
        String label;
        String type;
        if (draft.status() == PostMortem.Status.PUBLISHED) {
            label = "Published";
            type = "success";
        } else if (draft.answeredQuestions() == Question.values().length && !draft.hasErrors()) {
            label = "Ready";
            type = "new";
        } else {
            label = "Draft " + draft.answeredQuestions() + "/" + Question.values().length;
            type = "default";
        }
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("type", "lozenge");
        value.putObject("value").put("label", label).put("type", type);
        return value;
    }

    /**
     * After a person saved: writes the glance status when its label changed since the last write this app
     * instance made (so autosaves do not spend the incident's per-issue write budget), off the request thread.
     * A failure is logged and retried on the next save; it never fails the save.
     */
    public void glanceChangedLater(String clientKey, PostMortem draft) {
        if (sites == null) return;
        String key = cacheKey(clientKey, draft.issueKey());
        ObjectNode value = glanceValue(draft);
        Last last = lastGlance.get(key);
        long gap = last == null ? -1 : draft.version() - last.version();
        if (last != null && value.equals(last.value()) && gap >= 0 && gap <= 1) {
            // no other instance can have written the glance between this version and the one before it
            lastGlance.put(key, new Last(last.value(), Math.max(last.version(), draft.version())));
            return;
        }
        writer.execute(() -> {
            try {
                writeGlance(clientKey, clients.jira(sites.jira(clientKey)), draft.issueKey(), draft);
            } catch (RuntimeException e) {
                log.warn("Could not update the glance status of {}: {}", draft.issueKey(), e.getMessage());
            }
        });
    }

    @PreDestroy
    void shutdown() {
        writer.shutdown();
    }
}

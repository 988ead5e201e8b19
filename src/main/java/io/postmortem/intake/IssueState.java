package io.postmortem.intake;

import org.springframework.stereotype.Component;

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

    private final ConnectProperties connect;

    public IssueState(ConnectProperties connect) {
        this.connect = connect;
    }

    public String glancePropertyKey() {
        return "com.atlassian.jira.issue:" + connect.appKey() + ":" + GLANCE_MODULE + ":status";
    }

    /**
     * @param existing       the current {@code postmortem} property (null when unset)
     * @param existingGlance the current glance status property (null when unset); not rewritten when unchanged,
     *                       which saves a write (and a round trip) on every refresh
     */
    public void record(JiraClient jira, String issueKey, PostMortem draft, JsonNode existing, JsonNode existingGlance) {
        ObjectNode state = stateValue(draft, existing);
        if (!state.equals(existing)) {
            jira.setIssueProperty(issueKey, POSTMORTEM_PROPERTY, state);
        }
        ObjectNode glance = glanceValue(draft);
        if (!glance.equals(existingGlance)) {
            jira.setIssueProperty(issueKey, glancePropertyKey(), glance);
        }
    }

    static ObjectNode stateValue(PostMortem draft, JsonNode existing) {
        ObjectNode value = existing != null && existing.isObject() ? ((ObjectNode) existing).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        value.put("state", draft.status().name());
        value.put("draftVersion", draft.version());
        value.put("answered", draft.answeredQuestions());
        return value;
    }

    static ObjectNode glanceValue(PostMortem draft) {
        boolean published = draft.status() == PostMortem.Status.PUBLISHED;
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("type", "lozenge");
        value.putObject("value").put("label", published ? "Published" : "Draft").put("type", published ? "success" : "default");
        return value;
    }
}

package io.postmortem.publish;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianCallPolicy;
import io.postmortem.atlassian.AtlassianSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Jira call publish makes outside the shared {@link io.postmortem.atlassian.JiraClient}: bulk create with
 * whole {@code issueUpdates} elements (top-level {@code properties} and {@code update.issuelinks}), because the
 * idempotency mark must be written atomically with the issue and {@code JiraModel.NewIssue} only carries
 * {@code fields}. It still runs under the shared {@link AtlassianCallPolicy} (429 waits, per-site gate, metrics)
 * and, being a creating POST, is not retried on 5xx or no answer.
 */
public class JiraBulkCreate {

    /** Jira's cap per call. */
    public static final int LIMIT = 50;

    /** One element's outcome: the created issue, or Jira's own words for why not. */
    public record Outcome(int index, String id, String key, String error) {
        public boolean created() {
            return key != null;
        }
    }

    private final AtlassianCallPolicy policy;
    private final JsonMapper json;

    public JiraBulkCreate(AtlassianCallPolicy policy, JsonMapper json) {
        this.policy = policy;
        this.json = json;
    }

    /** POST /rest/api/3/issue/bulk with at most {@link #LIMIT} elements; one outcome per element, in order. */
    public List<Outcome> create(AtlassianSite jira, List<ObjectNode> issueUpdates) {
        if (issueUpdates.size() > LIMIT) throw new IllegalArgumentException("Jira creates at most 50 issues per call");
        ObjectNode body = json.createObjectNode();
        ArrayNode updates = body.putArray("issueUpdates");
        issueUpdates.forEach(updates::add);
        byte[] bytes = json.writeValueAsBytes(body);
        var spec = new AtlassianCallPolicy.CallSpec(jira.clientKey(), jira.product(), "POST", "/rest/api/3/issue/bulk",
                "/rest/api/3/issue/bulk", false, Set.of(400));
        AtlassianCallPolicy.RawResponse response = policy.execute(spec, () -> jira.restClient().method(HttpMethod.POST)
                .uri("/rest/api/3/issue/bulk").accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON)
                .body(bytes)
                .exchange((req, res) -> new AtlassianCallPolicy.RawResponse(res.getStatusCode().value(), res.getHeaders(),
                        res.getBody().readAllBytes())));
        JsonNode answer = response.body() == null || response.body().length == 0 ? json.createObjectNode()
                : json.readTree(response.body());
        Map<Integer, String> failed = new HashMap<>();
        for (JsonNode e : answer.path("errors")) {
            if (e.has("failedElementNumber")) failed.put(e.path("failedElementNumber").asInt(), message(e.path("elementErrors")));
        }
        if (response.status() == 400 && failed.isEmpty()) {
            throw new AtlassianApiException(400, "POST", "/rest/api/3/issue/bulk",
                    "Jira rejected the whole bulk create: " + message(answer), List.of(message(answer)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        int next = 0;
        JsonNode created = answer.path("issues");
        for (int i = 0; i < issueUpdates.size(); i++) {
            if (failed.containsKey(i)) {
                outcomes.add(new Outcome(i, null, null, failed.get(i)));
            } else {
                JsonNode issue = created.path(next++);
                outcomes.add(issue.has("key") ? new Outcome(i, issue.path("id").asString(), issue.path("key").asString(), null)
                        : new Outcome(i, null, null, "Jira did not report this issue as created"));
            }
        }
        return outcomes;
    }

    /** Jira's error collection ({@code errorMessages}, {@code errors{field: msg}}) in one line. */
    static String message(JsonNode errors) {
        StringBuilder out = new StringBuilder();
        for (JsonNode m : errors.path("errorMessages")) append(out, m.asString(""));
        JsonNode fields = errors.path("errors");
        if (fields.isObject()) {
            for (Map.Entry<String, JsonNode> e : fields.properties()) {
                append(out, e.getKey() + ": " + (e.getValue().isValueNode() ? e.getValue().asString("") : e.getValue().toString()));
            }
        }
        return out.isEmpty() ? "Jira refused this issue" : out.toString();
    }

    private static void append(StringBuilder out, String s) {
        if (s == null || s.isBlank()) return;
        if (!out.isEmpty()) out.append("; ");
        out.append(s);
    }
}

package io.postmortem.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the streaming read of a webhook's facts ({@link WebhookFacts#read}: one pass, no tree) is worth beside reading
 * the body into a tree and picking the same fields, on the request thread of every delivery (the irrelevant ones
 * included, which are answered from these facts alone). CPU time of the measuring thread, so a busy machine does not
 * inflate it; a typical {@code jira:issue_updated} body (about 3 KB) and one with a long description (about 60 KB). Run
 * with {@code ./mvnw -B test -Dtest=WebhookFactsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures in the
 * README.
 */
class WebhookFactsBenchmark {

    private static final int WARMUP = 20_000;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 20_000;
    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    @Test
    void streamingBesideATree() throws Exception {
        String typical = io.postmortem.intake.Webhooks.resolved("INC-7", "10007", "90007")
                .put("description", "Customers see 502 from the checkout API since 09:12 UTC; Zoë’s note: “rollback?”".repeat(20))
                .toString();
        String large = io.postmortem.intake.Webhooks.resolved("INC-8", "10008", "90008")
                .put("description", "A long incident description with a stack trace line at io.example.Checkout(Checkout.java:42)\n".repeat(650))
                .toString();
        for (String text : List.of(typical, large)) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            WebhookFacts facts = WebhookFacts.read(JSON, body);
            assertThat(tree(body)).isEqualTo(facts.issueId() + "|" + facts.issueKey() + "|" + facts.changelogId() + "|"
                    + facts.actorAccountId() + "|" + new java.util.TreeSet<>(facts.change().changedFields()));
            double streaming = measure(() -> WebhookFacts.read(JSON, body).issueId().length());
            double viaTree = measure(() -> tree(body).length());
            System.out.printf("[webhook facts, body %,d bytes] streaming read %.1f µs, tree and pick %.1f µs: the tree costs %.1fx%n",
                    body.length, streaming, viaTree, viaTree / streaming);
        }
    }

    /** The same facts through a tree: ids, actor, issue type, project and the changed fields. */
    private static String tree(byte[] body) {
        JsonNode root = JSON.readTree(body);
        JsonNode issue = root.path("issue");
        Set<String> fields = new java.util.LinkedHashSet<>();
        for (JsonNode item : root.path("changelog").path("items")) {
            String id = item.path("fieldId").asString(null);
            fields.add(id != null ? id : item.path("field").asString(""));
        }
        String actor = root.path("user").path("accountId").asString(null);
        JsonNode type = issue.path("fields").path("issuetype");
        JsonNode project = issue.path("fields").path("project");
        String typeAndProject = type.path("id").asString("") + type.path("name").asString("") + project.path("id").asString("")
                + project.path("key").asString("");
        return issue.path("id").asString(null) + "|" + issue.path("key").asString(null) + "|"
                + root.path("changelog").path("id").asString(null) + "|" + actor + "|" + new java.util.TreeSet<>(fields)
                + (typeAndProject.length() > 10_000 ? typeAndProject : "");
    }

    interface Work {
        int run() throws Exception;
    }

    private static double measure(Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) sink += work.run();
        double[] micros = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) sink += work.run();
            micros[r] = (threads.getCurrentThreadCpuTime() - t0) / 1_000.0 / PER_ROUND;
        }
        assertThat(sink).isPositive();
        Arrays.sort(micros);
        return micros[ROUNDS / 2];
    }
}

package io.postmortem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.postmortem.settings.Settings;
import tools.jackson.databind.node.ObjectNode;

class ResolvedTriggerTest {

    private static final Settings DEFAULTS = Settings.defaults();

    @Test
    void incidentMovingIntoDoneFires() {
        var d = ResolvedTrigger.evaluate(Webhooks.resolved("INC-1", "101", "9001"), DEFAULTS, s -> false);
        assertThat(d.fires()).isTrue();
        assertThat(d.reason()).contains("3 -> 10004");
    }

    @Test
    void editWithoutStatusChangeDoesNotFire() {
        assertThat(ResolvedTrigger.evaluate(Webhooks.priorityEdit("INC-1", "101", "9002"), DEFAULTS, s -> false).fires()).isFalse();
    }

    @Test
    void otherIssueTypesDoNotFire() {
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolvedOfType("INC-1", "101", "9003", "Task"), DEFAULTS, s -> false).fires()).isFalse();
    }

    @Test
    void issueTypeNameMatchesCaseInsensitivelyAndById() {
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolvedOfType("INC-1", "101", "9", "incident"), DEFAULTS, s -> false).fires()).isTrue();
        Settings byId = settings(List.of("10001"), List.of(), List.of());
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolvedOfType("INC-1", "101", "9", "Bug"), byId, s -> false).fires()).isTrue();
    }

    @Test
    void moveBetweenResolvedStatusesDoesNotFireAgain() {
        ObjectNode w = Webhooks.resolved("INC-1", "101", "9004");
        // Resolved (10004) -> Closed (6), both category done; 10004 was seen as done before
        ObjectNode item = (ObjectNode) w.path("changelog").path("items").get(1);
        item.put("from", "10004").put("fromString", "Resolved").put("to", "6").put("toString", "Closed");
        ((ObjectNode) w.path("issue").path("fields").path("status")).put("id", "6");
        assertThat(ResolvedTrigger.evaluate(w, DEFAULTS, Set.of("10004")::contains).fires()).isFalse();
    }

    @Test
    void thePredicateIsOnlyAskedWhenItsAnswerMatters() {
        List<String> asked = new java.util.ArrayList<>();
        java.util.function.Predicate<String> lookup = id -> { asked.add(id); return false; };
        // Open -> In Progress: the webhook itself says In Progress is not done; nothing to look up in Jira
        assertThat(ResolvedTrigger.evaluate(moved("9007", "1", "3", "indeterminate"), DEFAULTS, lookup).fires()).isFalse();
        assertThat(asked).isEmpty();
        // In Progress -> Resolved (the current, done status): only the status it came from is looked up
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolved("INC-1", "101", "9008"), DEFAULTS, lookup).fires()).isTrue();
        assertThat(asked).containsExactly("3");
    }

    @Test
    void reopenIsNotAResolution() {
        assertThat(ResolvedTrigger.evaluate(moved("9005", "10004", "3", "indeterminate"), DEFAULTS, Set.of("10004")::contains)
                .fires()).isFalse();
    }

    @Test
    void configuredStatusIdsAndProjectsDecide() {
        Settings s = settings(List.of("Incident"), List.of("OPS"), List.of("10004"));
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolved("OPS-1", "1", "1"), s, x -> false).fires()).isTrue();
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolved("INC-1", "1", "1"), s, x -> false).fires())
                .as("project not configured").isFalse();
        Settings other = settings(List.of("Incident"), List.of(), List.of("77"));
        assertThat(ResolvedTrigger.evaluate(Webhooks.resolved("INC-1", "1", "1"), other, x -> false).fires())
                .as("status 10004 is not one of the configured resolved ids").isFalse();
    }

    @Test
    void statusNamesAreNeverUsed() {
        ObjectNode w = Webhooks.resolved("INC-1", "101", "9006");
        ObjectNode item = (ObjectNode) w.path("changelog").path("items").get(1);
        item.put("toString", "Erledigt"); // localised name; the id and category decide
        assertThat(ResolvedTrigger.evaluate(w, DEFAULTS, s -> false).fires()).isTrue();
    }

    /** The resolved webhook, changed to a move from {@code from} to {@code to}, which is now the current status. */
    private static ObjectNode moved(String changelogId, String from, String to, String toCategory) {
        ObjectNode w = Webhooks.resolved("INC-1", "101", changelogId);
        ObjectNode item = (ObjectNode) w.path("changelog").path("items").get(1);
        item.put("from", from).put("to", to);
        ObjectNode status = (ObjectNode) w.path("issue").path("fields").path("status");
        status.put("id", to);
        ((ObjectNode) status.path("statusCategory")).put("key", toCategory);
        return w;
    }

    private static Settings settings(List<String> types, List<String> projects, List<String> statusIds) {
        return new Settings(null, null, null, null, null, null, null, types, projects, statusIds, null, null);
    }
}

package io.postmortem.connect.descriptor;

import tools.jackson.databind.node.ObjectNode;

/**
 * A feature's say in the Jira descriptor served at {@code /atlassian-connect.json}, applied once at start-up to the
 * copy of {@code atlassian-connect.json} (with key and base URL filled in). The dynamic webhooks, when on, take the
 * static {@code jira:issue_updated} webhook out: Jira then sends only what each site's own filter asks for.
 */
public interface DescriptorCustomizer {

    void customize(ObjectNode jiraDescriptor);
}

package io.postmortem.testsupport.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake site's memory: issues (the incident and every issue the app creates) with their entity properties,
 * issue links, remote links, Confluence pages with their storage body, version and labels. All access goes
 * through the transformer's lock, so plain collections suffice.
 */
public final class SiteState {

    /** A Jira issue as stored: its fields object is what GET issue answers (issuelinks added on read). */
    public static final class StoredIssue {
        public final String id;
        public final String key;
        public final ObjectNode fields;
        public final Map<String, JsonNode> properties = new LinkedHashMap<>();
        public final Map<String, ObjectNode> remoteLinks = new LinkedHashMap<>();

        StoredIssue(String id, String key, ObjectNode fields) {
            this.id = id;
            this.key = key;
            this.fields = fields;
        }
    }

    /** An issue link: read as "inward ⟨type.outward⟩ outward". */
    public record IssueLink(String id, String typeName, String inwardKey, String outwardKey) {
    }

    public static final class Page {
        public final String id;
        public final String spaceId;
        public String title;
        public String status;
        public String parentId;
        public String storage;
        public int version;
        public String versionMessage;
        public final String createdAt;
        public String updatedAt;
        public final List<String> labels = new ArrayList<>();

        Page(String id, String spaceId, String createdAt) {
            this.id = id;
            this.spaceId = spaceId;
            this.createdAt = createdAt;
        }
    }

    final Map<String, StoredIssue> issuesByKey = new LinkedHashMap<>();
    final List<IssueLink> links = new ArrayList<>();
    final Map<String, Page> pages = new LinkedHashMap<>();
    final AtomicInteger nextActionNumber = new AtomicInteger(1);
    final AtomicInteger nextIssueId = new AtomicInteger(10101);
    final AtomicInteger nextLinkId = new AtomicInteger(20001);
    final AtomicInteger nextRemoteLinkId = new AtomicInteger(10100);
    final AtomicInteger nextPageId = new AtomicInteger(884736);
    final AtomicInteger nextLabelId = new AtomicInteger(7001);

    StoredIssue add(String id, String key, ObjectNode fields) {
        StoredIssue issue = new StoredIssue(id, key, fields);
        issuesByKey.put(key, issue);
        return issue;
    }

    Optional<StoredIssue> issue(String idOrKey) {
        StoredIssue byKey = issuesByKey.get(idOrKey);
        if (byKey != null) {
            return Optional.of(byKey);
        }
        return issuesByKey.values().stream().filter(i -> i.id.equals(idOrKey)).findFirst();
    }
}

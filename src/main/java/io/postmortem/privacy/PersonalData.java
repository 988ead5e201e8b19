package io.postmortem.privacy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.postmortem.drafts.DraftRepository;
import io.postmortem.postmortem.PostMortem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the app keeps Atlassian account ids and people's names, per installation, and how one account is forgotten.
 *
 * <ul>
 * <li>Drafts ({@code postmortem_draft.document}): who saved last ({@code updatedBy}), responders ({@code accountId}, {@code displayName}), action-item
 * owners ({@code ownerAccountId}, {@code ownerDisplayName}), timeline rows ({@code who}: a name), key times and their
 * candidates ({@code author}: a name).</li>
 * <li>{@code action_item_issue.owner_account_id}, {@code postmortem_paste.added_by}, {@code publication.requested_by},
 * {@code installation_settings.updated_by}, {@code followup_reminder.recipients} (comma-separated): account ids.</li>
 * </ul>
 * Forgetting an account replaces its id with nothing and every name that the draft ties to it (a responder's or an
 * owner's display name) with {@value #FORMER_USER}, wherever a name is stored; what was said (timeline text, answers,
 * pasted threads) is kept. Refreshing an account Atlassian reports updated puts its current display name where the
 * drafts held the old one, and keeps its id.
 */
@Component
public class PersonalData {

    public static final String FORMER_USER = "former user";

    private static final Set<String> ID_FIELDS = Set.of("accountId", "ownerAccountId", "updatedBy");
    private static final Set<String> NAME_FIELDS = Set.of("displayName", "ownerDisplayName", "who", "author");

    private final DraftRepository drafts;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PersonalData(DraftRepository drafts, JdbcClient jdbc, JsonMapper json) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every account id stored for the installation (sorted). */
    public Set<String> accountIds(String clientKey) {
        Set<String> ids = new TreeSet<>();
        for (String issueKey : drafts.issueKeys(clientKey)) {
            drafts.find(clientKey, issueKey).ifPresent(d -> collect(json.valueToTree(d), ids));
        }
        for (String sql : new String[] {
                "select owner_account_id from action_item_issue where client_key = ? and owner_account_id is not null",
                "select added_by from postmortem_paste where client_key = ? and added_by is not null",
                "select requested_by from publication where client_key = ? and requested_by is not null",
                "select updated_by from installation_settings where client_key = ? and updated_by is not null"}) {
            ids.addAll(jdbc.sql(sql).param(clientKey).query(String.class).list());
        }
        for (String recipients : jdbc.sql("select recipients from followup_reminder where client_key = ? and recipients is not null")
                .param(clientKey).query(String.class).list()) {
            for (String id : recipients.split(",")) {
                if (!id.isBlank()) ids.add(id.strip());
            }
        }
        ids.remove(FORMER_USER);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (ID_FIELDS.contains(e.getKey()) && e.getValue().isString() && !e.getValue().asString().isBlank()) {
                    ids.add(e.getValue().asString());
                } else {
                    collect(e.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) collect(child, ids);
        }
    }

    /**
     * Forgets one account in the installation's data: its id goes, and the names the drafts tie to it become
     * {@value #FORMER_USER} (in responders, owners, timeline rows and key-time authors); the texts stay.
     *
     * @return the number of drafts changed
     */
    @Transactional
    public int forget(String clientKey, String accountId) {
        int changed = renameInDrafts(clientKey, accountId, FORMER_USER, true);
        jdbc.sql("update action_item_issue set owner_account_id = null where client_key = ? and owner_account_id = ?")
                .params(clientKey, accountId).update();
        jdbc.sql("update postmortem_paste set added_by = null where client_key = ? and added_by = ?").params(clientKey, accountId).update();
        jdbc.sql("update publication set requested_by = null where client_key = ? and requested_by = ?").params(clientKey, accountId).update();
        jdbc.sql("update installation_settings set updated_by = null where client_key = ? and updated_by = ?")
                .params(clientKey, accountId).update();
        // reminders sent: the account leaves their recipient lists (comma-separated account ids)
        jdbc.sql("select subject, kind, period, recipients from followup_reminder where client_key = ? and recipients is not null")
                .param(clientKey).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().forEach(r -> {
                    List<String> ids = new ArrayList<>(List.of(r[3].split(",")));
                    if (ids.removeIf(id -> id.strip().equals(accountId))) {
                        jdbc.sql("update followup_reminder set recipients = ? where client_key = ? and subject = ? and kind = ? and period = ?")
                                .params(String.join(",", ids), clientKey, r[0], r[1], r[2]).update();
                    }
                });
        return changed;
    }

    /**
     * Refreshes one account's name in the installation's drafts, when Atlassian reports the account {@code updated}:
     * the names the drafts tie to its id (responders, owners, timeline rows, key-time authors) become
     * {@code displayName}, the name the site shows now; the id and the texts stay. Nothing changes when no draft holds
     * the account or its name is already the current one.
     *
     * @return the number of drafts changed
     */
    @Transactional
    public int refresh(String clientKey, String accountId, String displayName) {
        if (displayName == null || displayName.isBlank()) return 0;
        return renameInDrafts(clientKey, accountId, displayName, false);
    }

    /**
     * Puts {@code replacement} wherever a draft ties one of the account's names to its id, in every draft of the
     * installation that needs it; {@code dropId} (an account closed) also removes the id, so a draft that holds the id
     * with no name needs it too. Each draft is re-read inside its own update, so a save in between is not lost.
     *
     * @return the number of drafts changed
     */
    private int renameInDrafts(String clientKey, String accountId, String replacement, boolean dropId) {
        int changed = 0;
        for (String issueKey : drafts.issueKeys(clientKey)) {
            PostMortem draft = drafts.find(clientKey, issueKey).orElse(null);
            if (draft == null) continue;
            Set<String> names = new LinkedHashSet<>();
            boolean holdsId = namesOf(json.valueToTree(draft), accountId, names);
            names.remove(replacement);
            boolean needed = dropId ? holdsId : !names.isEmpty();
            if (!needed) continue;
            drafts.modify(clientKey, issueKey, current -> {
                ObjectNode doc = json.valueToTree(current);
                Set<String> currentNames = new LinkedHashSet<>();
                namesOf(doc, accountId, currentNames);
                currentNames.remove(replacement);
                rename(doc, accountId, currentNames, replacement, dropId);
                return json.treeToValue(doc, PostMortem.class);
            });
            changed++;
        }
        return changed;
    }

    /** Adds the names the document ties to the account; true when the account appears at all. */
    private static boolean namesOf(JsonNode node, String accountId, Set<String> names) {
        boolean found = false;
        if (node.isObject()) {
            if (accountId.equals(node.path("accountId").asString(null))) {
                found = true;
                addName(names, node.path("displayName").asString(null));
            }
            if (accountId.equals(node.path("ownerAccountId").asString(null))) {
                found = true;
                addName(names, node.path("ownerDisplayName").asString(null));
            }
            if (accountId.equals(node.path("updatedBy").asString(null))) {
                found = true;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) found |= namesOf(e.getValue(), accountId, names);
        } else if (node.isArray()) {
            for (JsonNode child : node) found |= namesOf(child, accountId, names);
        }
        return found;
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank() && !name.equals(FORMER_USER)) names.add(name);
    }

    /**
     * Replaces the account's names with {@code replacement} wherever the document ties them to it; {@code dropId}
     * (an account closed) also removes its id.
     */
    private static void rename(JsonNode node, String accountId, Set<String> names, String replacement, boolean dropId) {
        if (node instanceof ObjectNode object) {
            boolean responder = accountId.equals(object.path("accountId").asString(null));
            boolean owner = accountId.equals(object.path("ownerAccountId").asString(null));
            if (responder) {
                if (dropId) object.putNull("accountId");
                object.put("displayName", replacement);
            }
            if (owner) {
                if (dropId) object.putNull("ownerAccountId");
                object.put("ownerDisplayName", replacement);
            }
            if (dropId && accountId.equals(object.path("updatedBy").asString(null))) {
                object.putNull("updatedBy");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = e.getValue();
                if (NAME_FIELDS.contains(e.getKey()) && value.isString() && names.contains(value.asString())) {
                    object.put(e.getKey(), replacement);
                } else {
                    rename(value, accountId, names, replacement, dropId);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) rename(child, accountId, names, replacement, dropId);
        }
    }
}

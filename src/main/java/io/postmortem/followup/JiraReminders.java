package io.postmortem.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.postmortem.atlassian.JiraClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers a reminder through Jira, where people work: {@code POST /rest/api/3/issue/{key}/notify} to the named
 * people (Jira sends the e-mail); when Jira refuses that (403: the app may not notify, or outgoing mail is off;
 * 400: e.g. a recipient who cannot see the issue), a comment on the issue that mentions them (an ADF mention node,
 * so Jira notifies each of them about it).
 */
@Component
public class JiraReminders {

    /** How the reminder went out. */
    public enum Channel { NOTIFY, COMMENT }

    /** A reminder's words: the subject, then paragraphs of plain text; {@code link} (text to URL) is appended. */
    public record Message(String subject, List<String> paragraphs, String linkText, String linkUrl) {
    }

    /** A person to reach: account id and (optional) display name for the mention's text. */
    public record Person(String accountId, String displayName) {
    }

    public Channel send(JiraClient jira, String issueKey, List<Person> to, Message message) {
        List<String> ids = to.stream().map(Person::accountId).distinct().toList();
        if (jira.notify(issueKey, message.subject(), text(message), html(message), ids)) {
            return Channel.NOTIFY;
        }
        jira.addComment(issueKey, comment(to, message));
        return Channel.COMMENT;
    }

    static String text(Message m) {
        StringBuilder sb = new StringBuilder();
        for (String p : m.paragraphs()) sb.append(p).append("\n\n");
        if (m.linkUrl() != null) sb.append(m.linkText()).append(": ").append(m.linkUrl()).append('\n');
        return sb.toString().strip();
    }

    static String html(Message m) {
        StringBuilder sb = new StringBuilder();
        for (String p : m.paragraphs()) sb.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>");
        if (m.linkUrl() != null) {
            sb.append("<p><a href=\"").append(HtmlUtils.htmlEscape(m.linkUrl())).append("\">")
                    .append(HtmlUtils.htmlEscape(m.linkText())).append("</a></p>");
        }
        return sb.toString();
    }

    /** The ADF comment: the mentions, the subject in bold, the paragraphs, the link. */
    static JsonNode comment(List<Person> to, Message m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        ArrayNode first = paragraph(content);
        List<String> seen = new ArrayList<>();
        for (Person p : to) {
            if (seen.contains(p.accountId())) continue;
            seen.add(p.accountId());
            ObjectNode mention = first.addObject().put("type", "mention");
            ObjectNode attrs = mention.putObject("attrs").put("id", p.accountId());
            if (p.displayName() != null && !p.displayName().isBlank()) attrs.put("text", "@" + p.displayName());
            first.addObject().put("type", "text").put("text", " ");
        }
        first.addObject().put("type", "text").put("text", m.subject())
                .putArray("marks").addObject().put("type", "strong");
        for (String p : m.paragraphs()) {
            if (!p.isBlank()) paragraph(content).addObject().put("type", "text").put("text", p);
        }
        if (m.linkUrl() != null) {
            paragraph(content).addObject().put("type", "text").put("text", m.linkText())
                    .putArray("marks").addObject().put("type", "link").putObject("attrs").put("href", m.linkUrl());
        }
        return doc;
    }

    private static ArrayNode paragraph(ArrayNode content) {
        return content.addObject().put("type", "paragraph").putArray("content");
    }

}

package io.postmortem.evidence.adf;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Atlassian Document Format (Jira v3 comment / description bodies) to plain text, plus the mentions and links found.
 * <p>
 * Block nodes (paragraph, heading, list item, code block, panel, table row, blockquote...) end with a newline, so each
 * becomes one line; {@code hardBreak} is a newline; table cells are separated by " | ". Inline nodes: {@code mention}
 * gives its display text ("@Dana Ops"), {@code emoji} its {@code text} or {@code shortName}, {@code inlineCard} /
 * {@code blockCard} / {@code embedCard} their url, {@code date} an ISO date ({@code timestamp} is epoch ms as a string),
 * {@code status} {@code [TEXT]}, {@code media} {@code [attachment]}. Any node type not known here degrades to its
 * children's text, else {@code attrs.text} / {@code attrs.url}; nothing here throws on unknown or malformed nodes.
 */
public final class AdfText {

    /** A mention node: {@code attrs.id} (account id) and {@code attrs.text} without the leading "@". */
    public record Mention(String accountId, String displayName) {
    }

    /** A link from a {@code link} mark or a card: its url and the text it was written on (may equal the url). */
    public record Link(String url, String text) {
    }

    /** The result: text (lines separated by '\n', trimmed), mentions and links in document order. */
    public record Result(String text, List<Mention> mentions, List<Link> links) {
    }

    private static final int MAX_DEPTH = 64;

    private AdfText() {
    }

    /** Converts an ADF node (usually the {@code doc}); null or a non-object gives empty text, a string node is read as wiki markup ({@link WikiText}). */
    public static Result convert(JsonNode node) {
        if (node != null && node.isString()) {
            return WikiText.convert(node.stringValue()); // a v2 (Data Center) text body: wiki markup
        }
        StringBuilder sb = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        if (node != null) {
            walk(node, sb, mentions, links, 0);
        }
        return new Result(tidy(sb.toString()), List.copyOf(mentions), List.copyOf(links));
    }

    /** Plain text only. */
    public static String text(JsonNode node) {
        return convert(node).text();
    }

    private static void walk(JsonNode n, StringBuilder sb, List<Mention> mentions, List<Link> links, int depth) {
        if (n == null || depth > MAX_DEPTH) return;
        if (n.isArray()) {
            for (JsonNode c : n) walk(c, sb, mentions, links, depth + 1);
            return;
        }
        if (!n.isObject()) return;
        String type = str(n, "type");
        JsonNode attrs = n.path("attrs");
        switch (type == null ? "" : type) {
            case "text" -> {
                String t = str(n, "text");
                if (t == null) return;
                sb.append(t);
                JsonNode marks = n.path("marks");
                if (marks.isArray()) for (JsonNode m : marks) {
                    if ("link".equals(str(m, "type"))) {
                        String href = str(m.path("attrs"), "href");
                        if (href != null) links.add(new Link(href, t));
                    }
                }
            }
            case "hardBreak" -> sb.append('\n');
            case "mention" -> {
                String t = str(attrs, "text");
                String name = t == null ? "" : t.startsWith("@") ? t.substring(1) : t;
                mentions.add(new Mention(str(attrs, "id"), name));
                sb.append('@').append(name.isEmpty() ? "user" : name);
            }
            case "emoji" -> {
                String t = str(attrs, "text");
                sb.append(t != null && !t.isEmpty() ? t : nz(str(attrs, "shortName")));
            }
            case "inlineCard", "blockCard", "embedCard" -> {
                String url = str(attrs, "url");
                if (url != null) {
                    links.add(new Link(url, url));
                    if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) sb.append(' ');
                    sb.append(url).append(' ');
                }
                if (type.equals("blockCard") || type.equals("embedCard")) sb.append('\n');
            }
            case "date" -> {
                String ts = str(attrs, "timestamp");
                try {
                    sb.append(Instant.ofEpochMilli(Long.parseLong(ts.trim())).atOffset(ZoneOffset.UTC).toLocalDate());
                } catch (RuntimeException e) {
                    sb.append(nz(ts));
                }
            }
            case "status" -> sb.append('[').append(nz(str(attrs, "text"))).append(']');
            case "media", "mediaInline" -> sb.append("[attachment]");
            case "mediaSingle", "mediaGroup" -> {
                walk(n.path("content"), sb, mentions, links, depth + 1);
                sb.append('\n');
            }
            case "rule" -> sb.append('\n');
            case "listItem" -> {
                sb.append("- ");
                walk(n.path("content"), sb, mentions, links, depth + 1);
                newline(sb);
            }
            case "tableCell", "tableHeader" -> {
                int start = sb.length();
                walk(n.path("content"), sb, mentions, links, depth + 1);
                // a cell's paragraphs stay on the row's line
                for (int i = start; i < sb.length(); i++) if (sb.charAt(i) == '\n') sb.setCharAt(i, ' ');
                while (sb.length() > start && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
                sb.append(" | ");
            }
            case "tableRow" -> {
                walk(n.path("content"), sb, mentions, links, depth + 1);
                int len = sb.length();
                if (len >= 3 && sb.substring(len - 3).equals(" | ")) sb.setLength(len - 3);
                sb.append('\n');
            }
            case "panel", "expand", "nestedExpand" -> {
                String title = str(attrs, "title");
                if (title != null && !title.isBlank()) sb.append(title).append('\n');
                walk(n.path("content"), sb, mentions, links, depth + 1);
                newline(sb);
            }
            case "taskItem", "decisionItem" -> {
                sb.append("DONE".equals(str(attrs, "state")) ? "[x] " : "[ ] ");
                walk(n.path("content"), sb, mentions, links, depth + 1);
                newline(sb);
            }
            default -> {
                JsonNode content = n.path("content");
                if (content.isArray() && !content.isEmpty()) {
                    walk(content, sb, mentions, links, depth + 1);
                } else {
                    String t = str(attrs, "text");
                    if (t == null) t = str(attrs, "url");
                    if (t == null) t = str(n, "text");
                    if (t != null) sb.append(t);
                }
                if (isBlock(type)) newline(sb);
            }
        }
    }

    private static boolean isBlock(String type) {
        return switch (type == null ? "" : type) {
            case "paragraph", "heading", "codeBlock", "blockquote", "bulletList", "orderedList", "table",
                 "taskList", "decisionList", "layoutSection", "layoutColumn", "extension", "bodiedExtension" -> true;
            default -> false;
        };
    }

    private static void newline(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
    }

    private static String tidy(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }

    private static String str(JsonNode n, String field) {
        if (n == null || !n.isObject()) return null;
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainer()) return null;
        return v.asString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

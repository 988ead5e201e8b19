package io.postmortem.atlassian;

import tools.jackson.databind.JsonNode;

/**
 * The app's own ADF (what it writes into descriptions and link comments: paragraphs, headings, lists, text with
 * strong, emphasis, code and link marks, hard breaks) as Jira wiki markup, for Data Center's REST v2 text bodies.
 * Wiki control characters in text are escaped with a backslash; unknown nodes give their children's text.
 */
final class AdfWiki {

    private static final int MAX_DEPTH = 64;

    private AdfWiki() {
    }

    static String toWiki(JsonNode adf) {
        StringBuilder sb = new StringBuilder();
        block(adf, sb, "", 0);
        return sb.toString().strip();
    }

    private static void block(JsonNode n, StringBuilder sb, String bullet, int depth) {
        if (n == null || depth > MAX_DEPTH) return;
        if (n.isString()) {
            sb.append(escape(n.asString()));
            return;
        }
        String type = n.path("type").asString("");
        switch (type) {
            case "doc" -> children(n, sb, bullet, depth);
            case "paragraph" -> {
                inline(n, sb, depth);
                sb.append("\n\n");
            }
            case "heading" -> {
                int level = Math.max(1, Math.min(6, n.path("attrs").path("level").asInt(1)));
                sb.append('h').append(level).append(". ");
                inline(n, sb, depth);
                sb.append("\n\n");
            }
            case "bulletList", "orderedList" -> {
                String mark = bullet + ("orderedList".equals(type) ? "#" : "*");
                for (JsonNode item : n.path("content")) {
                    sb.append(mark).append(' ');
                    int at = sb.length();
                    for (JsonNode c : item.path("content")) {
                        if (c.path("type").asString("").endsWith("List")) {
                            if (sb.length() > at) sb.append('\n');
                            block(c, sb, mark, depth + 1);
                        } else {
                            inline(c, sb, depth + 1);
                        }
                    }
                    if (sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
                }
                if (bullet.isEmpty()) sb.append('\n');
            }
            case "codeBlock" -> {
                sb.append("{noformat}\n");
                for (JsonNode c : n.path("content")) sb.append(c.path("text").asString(""));
                sb.append("\n{noformat}\n\n");
            }
            case "rule" -> sb.append("----\n\n");
            default -> {
                if (n.has("text") || "hardBreak".equals(type)) inlineNode(n, sb);
                else children(n, sb, bullet, depth);
            }
        }
    }

    private static void children(JsonNode n, StringBuilder sb, String bullet, int depth) {
        for (JsonNode c : n.path("content")) block(c, sb, bullet, depth + 1);
    }

    private static void inline(JsonNode n, StringBuilder sb, int depth) {
        if (depth > MAX_DEPTH) return;
        for (JsonNode c : n.path("content")) {
            if (c.has("content")) inline(c, sb, depth + 1);
            else inlineNode(c, sb);
        }
    }

    private static void inlineNode(JsonNode n, StringBuilder sb) {
        String type = n.path("type").asString("");
        if ("hardBreak".equals(type)) {
            sb.append("\\\\\n");
            return;
        }
        if ("mention".equals(type)) {
            sb.append("[~").append(n.path("attrs").path("id").asString("")).append(']');
            return;
        }
        String text = n.path("text").asString("");
        if (text.isEmpty()) return;
        String out = escape(text);
        String href = null;
        boolean code = false;
        for (JsonNode mark : n.path("marks")) {
            switch (mark.path("type").asString("")) {
                case "strong" -> out = "*" + out + "*";
                case "em" -> out = "_" + out + "_";
                case "code" -> code = true;
                case "link" -> href = mark.path("attrs").path("href").asString(null);
                default -> { }
            }
        }
        if (code) out = "{{" + text.replace("}", "\\}") + "}}";
        if (href != null) out = "[" + out + "|" + href.replace("|", "%7C").replace("]", "%5D") + "]";
        // wiki marks do not take spaces just inside them: "*From *" is not bold; keep the spaces outside
        String trimmed = text.strip();
        if (!trimmed.equals(text) && !trimmed.isEmpty() && out.startsWith("*") | out.startsWith("_")) {
            int lead = text.indexOf(trimmed);
            String before = text.substring(0, lead), after = text.substring(lead + trimmed.length());
            char mark = out.charAt(0);
            out = before + mark + out.substring(1, out.length() - 1).strip() + mark + after;
        }
        sb.append(out);
    }

    /** Escapes the characters wiki markup would read as formatting or macros. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("*_{}[]|^~+-?!#\\".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}

package io.postmortem.evidence.adf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira wiki markup (Data Center's REST v2 comment and description bodies, and Cloud's v2) to plain text, with the
 * mentions and links found, in the same {@link AdfText.Result} the ADF path gives.
 * <ul>
 * <li>{@code [~name]} (and {@code [~accountid:...]}) is a mention: "@name";</li>
 * <li>{@code [text|url]} is a link written on text, {@code [url]} a bare link;</li>
 * <li>{@code {code}}, {@code {noformat}}, {@code {quote}}, {@code {panel:...}}, {@code {color:...}} markers are dropped,
 * their content kept; {@code h1.}..{@code h6.} and {@code bq.} prefixes, list bullets, table bars, {@code *strong*},
 * {@code _emphasis_}, {@code {{monospace}}}, {@code \\} line breaks and backslash escapes become plain text.</li>
 * </ul>
 * Never throws; unknown markup stays as written.
 */
public final class WikiText {

    private static final Pattern BRACKET = Pattern.compile(
            "(?<!\\\\)\\[(?:((?:\\\\.|[^\\[\\]|\\\\])*)\\|)?((?:\\\\.|[^\\[\\]|\\\\])+)\\]");
    private static final Pattern MACRO = Pattern.compile("\\{(?:code|noformat|quote|panel|color|section|column|expand)(?::[^}]*)?\\}");
    private static final Pattern LINE_PREFIX = Pattern.compile("(?m)^\\s*(?:h[1-6]\\.|bq\\.|[*#-]+(?=\\s))\\s*");
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.*?)\\}\\}");
    private static final Pattern STRONG = Pattern.compile("(?<![\\w*\\\\])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![\\w*])");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w_\\\\])_(?=\\S)([^_\\n]*?\\S)_(?![\\w_])");
    private static final int MAX_LENGTH = 1_000_000;

    private WikiText() {
    }

    public static AdfText.Result convert(String wiki) {
        List<AdfText.Mention> mentions = new ArrayList<>();
        List<AdfText.Link> links = new ArrayList<>();
        if (wiki == null || wiki.isEmpty()) return new AdfText.Result("", List.of(), List.of());
        String s = wiki.length() > MAX_LENGTH ? wiki.substring(0, MAX_LENGTH) : wiki;
        s = s.replace("\r\n", "\n").replace("\\\\", "\n");
        s = MACRO.matcher(s).replaceAll("\n");
        s = MONOSPACE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        Matcher m = BRACKET.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String text = m.group(1);
            String target = m.group(2).strip();
            String replacement;
            if (text == null && target.startsWith("~")) {
                String name = target.substring(1);
                if (name.startsWith("accountid:")) name = name.substring("accountid:".length());
                mentions.add(new AdfText.Mention(name, name));
                replacement = "@" + name;
            } else if (target.matches("(?i)(https?|mailto):.*")) {
                String shown = text == null || text.isBlank() ? target : text.strip();
                links.add(new AdfText.Link(target, shown.replaceAll("\\\\(.)", "$1")));
                replacement = shown;
            } else {
                replacement = m.group(); // an anchor, attachment or issue key in brackets: left as written
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        s = sb.toString();
        s = LINE_PREFIX.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\|\\|?", " | ").replaceAll("\\\\(.)", "$1");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("| ")) t = t.substring(2).strip();
            if (t.endsWith(" |")) t = t.substring(0, t.length() - 2).strip();
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return new AdfText.Result(out.toString(), List.copyOf(mentions), List.copyOf(links));
    }
}

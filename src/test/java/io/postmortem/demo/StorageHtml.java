package io.postmortem.demo;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Confluence storage format to plain HTML for the demo's page viewer, without XSLT: a DOM walk that keeps a
 * whitelist of HTML elements, maps the macros a post-mortem uses ({@code status}, {@code info}/{@code note}/
 * {@code warning}/{@code tip}, {@code toc}, {@code jira}, {@code expand}, {@code code}) to simple HTML and escapes
 * every text and attribute value. Anything it does not know is reduced to its text.
 */
public final class StorageHtml {

    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";

    private static final Set<String> KEEP = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
            "td", "ul", "ol", "li", "strong", "b", "em", "i", "u", "s", "del", "code", "pre", "br", "hr", "blockquote", "sub",
            "sup", "span", "div", "a", "time", "colgroup", "col");

    /** Renders the issues a {@code jira} macro names: a key, or a JQL query; returns ready, escaped HTML. */
    public interface JiraRenderer {
        String issue(String key);

        String query(String jql, String columns);
    }

    private final Function<String, String> userName;
    private final JiraRenderer jira;
    private final List<String[]> headings = new ArrayList<>();

    public StorageHtml(Function<String, String> userName, JiraRenderer jira) {
        this.userName = userName;
        this.jira = jira;
    }

    /** The HTML, or an escaped {@code <pre>} of the source with the parser's message when it is not well-formed. */
    public String render(String storage) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(true);
            String wrapped = "<!DOCTYPE root [<!ENTITY nbsp \"&#160;\"><!ENTITY ndash \"&#8211;\"><!ENTITY mdash \"&#8212;\">"
                    + "<!ENTITY rarr \"&#8594;\"><!ENTITY hellip \"&#8230;\">]>"
                    + "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + storage + "</root>";
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e; // reported on the page, not printed to stderr
                }
            });
            root = builder.parse(new InputSource(new StringReader(wrapped))).getDocumentElement();
        } catch (Exception e) {
            return "<p class=\"error\">The page body is not well-formed XML: " + escape(String.valueOf(e.getMessage())) + "</p><pre>"
                    + escape(storage) + "</pre>";
        }
        collectHeadings(root);
        StringBuilder out = new StringBuilder();
        children(root, out);
        return out.toString();
    }

    private void collectHeadings(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getNamespaceURI() == null && e.getLocalName().matches("h[1-3]")) {
                headings.add(new String[] {e.getLocalName(), e.getTextContent().trim(), "h-" + headings.size()});
            }
            collectHeadings(c);
        }
    }

    private void children(Node node, StringBuilder out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            node(c, out);
        }
    }

    private void node(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(escape(node.getNodeValue()));
            case Node.ELEMENT_NODE -> element((Element) node, out);
            default -> {
            }
        }
    }

    private void element(Element e, StringBuilder out) {
        String ns = e.getNamespaceURI();
        String name = e.getLocalName().toLowerCase(Locale.ROOT);
        if (AC.equals(ns)) {
            macroOrLink(e, name, out);
            return;
        }
        if (ns != null || !KEEP.contains(name)) {
            children(e, out);
            return;
        }
        out.append('<').append(name);
        if (name.equals("a")) {
            String href = e.getAttribute("href");
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("/") || href.startsWith("#")) {
                out.append(" href=\"").append(escape(href)).append("\" rel=\"noopener\"");
            }
        }
        if (name.matches("h[1-3]")) {
            String text = e.getTextContent().trim();
            headings.stream().filter(h -> h[0].equals(name) && h[1].equals(text)).findFirst()
                    .ifPresent(h -> out.append(" id=\"").append(h[2]).append('"'));
        }
        if ((name.equals("td") || name.equals("th")) && !e.getAttribute("colspan").isEmpty()) {
            out.append(" colspan=\"").append(escape(e.getAttribute("colspan"))).append('"');
        }
        if (name.equals("time") && !e.getAttribute("datetime").isEmpty()) {
            out.append(" datetime=\"").append(escape(e.getAttribute("datetime"))).append("\">").append(escape(e.getAttribute("datetime")));
            children(e, out);
            out.append("</time>");
            return;
        }
        if (name.equals("br") || name.equals("hr") || name.equals("col")) {
            out.append("/>");
            return;
        }
        out.append('>');
        children(e, out);
        out.append("</").append(name).append('>');
    }

    private void macroOrLink(Element e, String name, StringBuilder out) {
        switch (name) {
            case "structured-macro", "macro" -> macro(e, out);
            case "link" -> link(e, out);
            case "parameter" -> {
                // read by the enclosing macro
            }
            case "rich-text-body" -> children(e, out);
            case "plain-text-body" -> out.append(escape(e.getTextContent()));
            case "emoticon" -> out.append(escape(":" + e.getAttributeNS(AC, "name") + ":"));
            case "image" -> out.append("[image]");
            case "task-list" -> {
                out.append("<ul class=\"tasks\">");
                children(e, out);
                out.append("</ul>");
            }
            case "task" -> {
                out.append("<li>");
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element t && "task-body".equals(t.getLocalName())) {
                        children(t, out);
                    }
                }
                out.append("</li>");
            }
            default -> children(e, out);
        }
    }

    private void macro(Element e, StringBuilder out) {
        String macro = e.getAttributeNS(AC, "name").toLowerCase(Locale.ROOT);
        switch (macro) {
            case "status" -> {
                String colour = param(e, "colour");
                out.append("<span class=\"status status-").append(escape(colour.isEmpty() ? "grey" : colour.toLowerCase(Locale.ROOT)))
                        .append("\">").append(escape(param(e, "title"))).append("</span>");
            }
            case "info", "note", "warning", "tip", "panel" -> {
                out.append("<div class=\"panel panel-").append(macro).append("\">");
                String title = param(e, "title");
                if (!title.isEmpty()) {
                    out.append("<p class=\"panel-title\">").append(escape(title)).append("</p>");
                }
                body(e, out);
                out.append("</div>");
            }
            case "toc" -> {
                out.append("<nav class=\"toc\"><p class=\"panel-title\">Contents</p><ul>");
                int max = parseInt(param(e, "maxLevel"), 3);
                for (String[] h : headings) {
                    if (h[0].charAt(1) - '0' <= max) {
                        out.append("<li class=\"toc-").append(h[0]).append("\"><a href=\"#").append(h[2]).append("\">")
                                .append(escape(h[1])).append("</a></li>");
                    }
                }
                out.append("</ul></nav>");
            }
            case "jira" -> {
                String key = param(e, "key");
                if (!key.isEmpty()) {
                    out.append(jira.issue(key));
                } else {
                    out.append(jira.query(param(e, "jqlQuery"), param(e, "columns")));
                }
            }
            case "expand" -> {
                String title = param(e, "title");
                out.append("<details><summary>").append(escape(title.isEmpty() ? "Click here to expand…" : title)).append("</summary>");
                body(e, out);
                out.append("</details>");
            }
            case "code", "noformat" -> {
                out.append("<pre><code>");
                body(e, out);
                out.append("</code></pre>");
            }
            case "anchor" -> {
            }
            default -> {
                out.append("<div class=\"macro\" title=\"").append(escape(macro)).append(" macro\">");
                body(e, out);
                out.append("</div>");
            }
        }
    }

    private void body(Element macro, StringBuilder out) {
        for (Node c = macro.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element b && AC.equals(b.getNamespaceURI())
                    && (b.getLocalName().equals("rich-text-body") || b.getLocalName().equals("plain-text-body"))) {
                macroOrLink(b, b.getLocalName(), out);
            }
        }
    }

    private void link(Element e, StringBuilder out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element target && RI.equals(target.getNamespaceURI())) {
                switch (target.getLocalName()) {
                    case "user" -> {
                        String id = target.getAttributeNS(RI, "account-id");
                        out.append("<span class=\"user\">@").append(escape(userName.apply(id))).append("</span>");
                        return;
                    }
                    case "page" -> {
                        out.append("<span class=\"page-link\">").append(escape(target.getAttributeNS(RI, "content-title"))).append("</span>");
                        return;
                    }
                    case "url" -> {
                        String href = target.getAttributeNS(RI, "value");
                        out.append("<a rel=\"noopener\" href=\"").append(href.startsWith("http") ? escape(href) : "#").append("\">")
                                .append(escape(href)).append("</a>");
                        return;
                    }
                    default -> {
                    }
                }
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element body && body.getLocalName().endsWith("link-body")) {
                out.append(escape(body.getTextContent()));
            }
        }
    }

    private static String param(Element macro, String name) {
        for (Node c = macro.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element p && AC.equals(p.getNamespaceURI()) && p.getLocalName().equals("parameter")
                    && name.equals(p.getAttributeNS(AC, "name"))) {
                return p.getTextContent().trim();
            }
        }
        return "";
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}

package io.postmortem.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.postmortem.postmortem.PostMortem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Renders a post-mortem from the Mustache templates under {@code templates/}:
 * the seed's Markdown layout, Confluence storage-format XHTML, and the external-facing version alone in both formats.
 * Templates are compiled once; one instance is thread-safe and meant to be shared.
 */
public final class Renderer {
    /** Confluence rejects titles over 255 characters. */
    static final int MAX_TITLE = 255;

    private final Mustache markdown;
    private final Mustache storage;
    private final Mustache externalMarkdown;
    private final Mustache externalStorage;

    public Renderer() {
        DefaultMustacheFactory md = new EncodingFactory(Escape::markdown);
        DefaultMustacheFactory xml = new EncodingFactory(Escape::xml);
        this.markdown = md.compile("postmortem.md.mustache");
        this.externalMarkdown = md.compile("external.md.mustache");
        this.storage = xml.compile("postmortem.storage.mustache");
        this.externalStorage = xml.compile("external.storage.mustache");
    }

    /** The whole post-mortem as Markdown, in the seed's template. */
    public String markdown(PostMortem doc) {
        return markdown(doc, null);
    }

    /** The same, rendered on {@code today}: action items already in Jira and open past their date say "overdue since". */
    public String markdown(PostMortem doc, LocalDate today) {
        return run(markdown, View.of(doc, today));
    }

    /** The whole post-mortem as a Confluence storage-format page body (well-formed XHTML). */
    public String storage(PostMortem doc) {
        return storage(doc, null);
    }

    /** The same, rendered on {@code today} (overdue items marked, see {@link #markdown(PostMortem, LocalDate)}). */
    public String storage(PostMortem doc, LocalDate today) {
        return run(storage, View.of(doc, today));
    }

    /** Only the external-facing version, as Markdown. */
    public String externalMarkdown(PostMortem doc) {
        return run(externalMarkdown, View.external(doc));
    }

    /** Only the external-facing version, as a storage-format page body. */
    public String externalStorage(PostMortem doc) {
        return run(externalStorage, View.external(doc));
    }

    /** "Post-Mortem: &lt;short descriptor&gt; - YYYY-MM-DD" (plain text, one line, at most 255 characters). */
    public String pageTitle(PostMortem doc) {
        LocalDate date = View.incidentDate(doc);
        String suffix = " - " + (date == null ? "undated" : date.toString());
        String title = View.titleOf(doc);
        int room = MAX_TITLE - "Post-Mortem: ".length() - suffix.length();
        if (title.length() > room) {
            int cut = room - 1;
            if (Character.isHighSurrogate(title.charAt(cut - 1))) cut--;
            title = title.substring(0, cut).strip() + "…";
        }
        return "Post-Mortem: " + title + suffix;
    }

    private static String run(Mustache m, Object scope) {
        StringWriter w = new StringWriter(8192);
        m.execute(w, scope);
        return w.toString();
    }

    /** A Mustache factory whose {@code {{value}}} escaping is the output format's. */
    private static final class EncodingFactory extends DefaultMustacheFactory {
        private final UnaryOperator<String> escape;

        EncodingFactory(UnaryOperator<String> escape) {
            super("templates");
            this.escape = escape;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape.apply(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

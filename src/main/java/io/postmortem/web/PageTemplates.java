package io.postmortem.web;

import org.springframework.stereotype.Component;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The one Mustache factory of the app's HTML pages (panel, Configure page, landing page), rooted at
 * {@code templates/}: compiles each template once and caches it; Mustache's default HTML escaping applies to every
 * {@code {{value}}}. (Rendered documents, Markdown and Confluence storage, have their own escaping: render.Renderer.)
 */
@Component
public class PageTemplates {

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("templates");

    /** A template by its path under {@code templates/}, e.g. {@code panel/panel.mustache}. */
    public Mustache get(String name) {
        return factory.compile(name);
    }
}

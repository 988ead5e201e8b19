package io.postmortem.rules;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.TimelineEntry;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules need beyond the document: today's date (from a {@link Clock}), the people known to the incident
 * (display names, for blame and redaction checks) and internal terms (host names, internal URLs, components,
 * labels, issue keys) that must not appear in the external version.
 */
public record RuleContext(Clock clock, Set<String> people, Set<String> internalTerms) {

    private static final Pattern ISSUE_KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]+-\\d+\\b");

    public RuleContext {
        java.util.Objects.requireNonNull(clock, "clock: the application's Clock bean (tests pass their own)");
        people = clean(people);
        internalTerms = clean(internalTerms);
    }

    /** Today in UTC, per the clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    public static RuleContext of(Clock clock) {
        return new RuleContext(clock, Set.of(), Set.of());
    }

    /**
     * A context derived from the document itself: people from responders, timeline "who" cells and action-item
     * owners; internal terms from the incident key, action items' Jira keys, supporting evidence (URL hosts,
     * issue keys in labels).
     */
    public static RuleContext from(PostMortem doc, Clock clock) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (Responder r : doc.responders()) people.add(r.displayName());
        for (TimelineEntry t : doc.timeline()) {
            if (Texts.looksLikePersonName(t.who())) people.add(t.who());
        }
        for (ActionItem a : doc.actionItems()) {
            if (Texts.looksLikePersonName(a.ownerDisplayName())) people.add(a.ownerDisplayName());
            terms.add(a.jiraKey());
        }
        terms.add(doc.issueKey());
        if (doc.header() != null) terms.add(doc.header().incidentId());
        for (EvidenceLink e : doc.supportingEvidence()) {
            if (e.label() != null) {
                Matcher m = ISSUE_KEY.matcher(e.label());
                while (m.find()) terms.add(m.group());
            }
            String host = host(e.url());
            if (host != null) terms.add(host);
        }
        return new RuleContext(clock, people, terms);
    }

    public RuleContext withPeople(Collection<String> more) {
        Set<String> p = new LinkedHashSet<>(people);
        p.addAll(more);
        return new RuleContext(clock, p, internalTerms);
    }

    public RuleContext withInternalTerms(Collection<String> more) {
        Set<String> t = new LinkedHashSet<>(internalTerms);
        t.addAll(more);
        return new RuleContext(clock, people, t);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null || h.isBlank() ? null : h.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> clean(Set<String> in) {
        Set<String> out = new LinkedHashSet<>();
        if (in != null) {
            for (String s : in) {
                if (s != null && s.strip().length() >= 2) out.add(s.strip());
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}

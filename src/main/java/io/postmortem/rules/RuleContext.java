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
 * (display names, for blame and redaction checks), internal terms (host names, internal URLs, components,
 * labels, issue keys) that must not appear in the external version, and the teams known to the incident (Jira
 * components that name a team, group owners, "the X team" in the text), which the blame check treats as people.
 */
public record RuleContext(Clock clock, Set<String> people, Set<String> internalTerms, Set<String> teams) {

    private static final Pattern ISSUE_KEY = Pattern.compile("\\b[A-Z][A-Z0-9_]+-\\d+\\b");

    public RuleContext {
        java.util.Objects.requireNonNull(clock, "clock: the application's Clock bean (tests pass their own)");
        people = clean(people);
        internalTerms = clean(internalTerms);
        teams = clean(teams);
    }

    public RuleContext(Clock clock, Set<String> people, Set<String> internalTerms) {
        this(clock, people, internalTerms, Set.of());
    }

    /** Today in UTC, per the clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    public static RuleContext of(Clock clock) {
        return new RuleContext(clock, Set.of(), Set.of());
    }

    /**
     * A context derived from the document itself: people from responders, timeline "who" cells, action-item
     * owners and @mentions in the text; teams from group owners and "the X team" named in the text; internal terms
     * from the incident key, action items' Jira keys, supporting evidence (URL hosts, issue keys in labels).
     */
    public static RuleContext from(PostMortem doc, Clock clock) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (Responder r : doc.responders()) people.add(r.displayName());
        for (TimelineEntry t : doc.timeline()) {
            if (Texts.looksLikePersonName(t.who())) people.add(t.who());
        }
        Set<String> teams = new LinkedHashSet<>();
        for (ActionItem a : doc.actionItems()) {
            if (Owners.isGroup(a.ownerDisplayName())) teams.add(a.ownerDisplayName());
            // a vendor owner ("Microsoft") is neither a person nor one of our teams: the blame check must not read
            // "Microsoft failed to ship the fix" as blame on a person
            else if (Texts.looksLikePersonName(a.ownerDisplayName())
                    && Owners.problem(a.ownerDisplayName()) != Owners.Problem.ORGANISATION) people.add(a.ownerDisplayName());
            terms.add(a.jiraKey());
        }
        for (Field f : NarrativeFields.of(doc)) {
            Matcher m = MENTION.matcher(f.text());
            while (m.find()) people.add(m.group(1));
            Matcher tm = TEAM.matcher(f.text());
            while (tm.find()) teams.add(tm.group(1).replaceFirst("(?i)^(the|our|their|a|an)\\s+", ""));
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
        return new RuleContext(clock, people, terms, teams);
    }

    /** "@alex.kim", "@Sam": a mention names a person. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\p{L}][\\p{L}\\p{N}._-]{1,40}[\\p{L}\\p{N}])");
    /** "the Payments team", "Platform SRE squad": the capitalised words before a group noun name a team. */
    private static final Pattern TEAM = Pattern.compile("\\b((?:[\\p{Lu}][\\p{L}\\p{N}-]*\\s+){1,3}"
            + "(?:team|squad|group|crew|guild|department|org))\\b");

    /** The same context with more teams (for example the Jira project's components that name teams). */
    public RuleContext withTeams(Collection<String> more) {
        Set<String> t = new LinkedHashSet<>(teams);
        t.addAll(more);
        return new RuleContext(clock, people, internalTerms, t);
    }

    public RuleContext withPeople(Collection<String> more) {
        Set<String> p = new LinkedHashSet<>(people);
        p.addAll(more);
        return new RuleContext(clock, p, internalTerms, teams);
    }

    public RuleContext withInternalTerms(Collection<String> more) {
        Set<String> t = new LinkedHashSet<>(internalTerms);
        t.addAll(more);
        return new RuleContext(clock, people, t, teams);
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

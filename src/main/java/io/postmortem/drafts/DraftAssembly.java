package io.postmortem.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.postmortem.atlassian.JiraModel;
import io.postmortem.atlassian.JiraModel.FoundIssue;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.Header.Severity;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Suggestion;
import tools.jackson.databind.JsonNode;

/**
 * Pure pieces of a draft that come straight from the incident issue: the header (incident id, title, severity,
 * dates) and similar past incidents (supporting evidence of kind RELATED_INCIDENT and the "recurrence" suggestion).
 */
public final class DraftAssembly {

    private static final Pattern ISSUE_NUMBER = Pattern.compile("-(\\d+)$");
    private static final Pattern SEV_LABEL = Pattern.compile("^(?:sev|p|severity)[-_ ]?([1-5])$");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "into", "that", "this",
            "was", "were", "are", "not", "has", "have", "had", "its", "our", "out", "off", "all", "any", "but", "after",
            "before", "during", "when", "over", "under", "some", "issue", "incident", "problem", "error", "errors");

    private DraftAssembly() {
    }

    /** The header of a new draft: INC-YYYY-NNNN, summary as title, severity from priority, review in 3 months. */
    public static Header header(JiraModel.Issue issue, Instant resolvedAt) {
        JiraModel.IssueFields f = issue.fields();
        Instant when = resolvedAt != null ? resolvedAt : JiraModel.instant(f == null ? null : f.created());
        LocalDate date = when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
        Severity severity = severity(f == null || f.priority() == null ? null : f.priority().name(),
                f == null ? List.of() : f.labels());
        return new Header(incidentId(issue.key(), date), f == null ? null : f.summary(), severity, null, "Resolved",
                null, date == null ? null : date.plusMonths(3), date);
    }

    /**
     * {@code INC-2026-0231} from the resolution year and the issue number of {@code INC-231}; {@code INC-0231} when
     * the incident has no date at all (Jira always sends {@code created}, so only a damaged issue lacks one).
     */
    public static String incidentId(String issueKey, LocalDate resolved) {
        Matcher m = issueKey == null ? null : ISSUE_NUMBER.matcher(issueKey);
        long number = Long.parseLong(m != null && m.find() ? m.group(1) : "0");
        return resolved == null ? String.format(Locale.ROOT, "INC-%04d", number)
                : String.format(Locale.ROOT, "INC-%d-%04d", resolved.getYear(), number);
    }

    /**
     * Severity from the priority's name: Highest/Critical/Blocker/P1 -> P1, High/Major/P2 -> P2, Medium/P3 -> P3,
     * Low/Lowest/Minor/Trivial/P4/P5 -> P4; a label such as {@code sev1} decides when the priority says nothing.
     */
    public static Severity severity(String priorityName, List<String> labels) {
        Severity fromPriority = priorityName == null ? null : switch (priorityName.trim().toLowerCase(Locale.ROOT)) {
            case "highest", "critical", "blocker", "p1", "sev1", "sev 1", "urgent" -> Severity.P1;
            case "high", "major", "p2", "sev2", "sev 2" -> Severity.P2;
            case "medium", "normal", "p3", "sev3", "sev 3" -> Severity.P3;
            case "low", "lowest", "minor", "trivial", "p4", "p5", "sev4", "sev 4", "sev5" -> Severity.P4;
            default -> null;
        };
        if (fromPriority != null) return fromPriority;
        for (String label : labels == null ? List.<String>of() : labels) {
            Matcher m = SEV_LABEL.matcher(label.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return n <= 1 ? Severity.P1 : n == 2 ? Severity.P2 : n == 3 ? Severity.P3 : Severity.P4;
            }
        }
        return null;
    }

    /** The JQL for candidate past incidents: same project and incident types, resolved within a year, not this one. */
    public static String relatedJql(String issueKey, List<String> incidentIssueTypes) {
        String project = issueKey.contains("-") ? issueKey.substring(0, issueKey.lastIndexOf('-')) : issueKey;
        StringBuilder types = new StringBuilder();
        for (String t : incidentIssueTypes) {
            if (types.length() > 0) types.append(", ");
            types.append(io.postmortem.atlassian.JiraClient.jqlString(t));
        }
        return "project = " + io.postmortem.atlassian.JiraClient.jqlString(project) + " AND issuetype in (" + types
                + ") AND statusCategory = Done AND resolved >= -365d AND key != "
                + io.postmortem.atlassian.JiraClient.jqlString(issueKey) + " ORDER BY resolved DESC";
    }

    /** A past incident judged similar, with its score (shared summary words and labels). */
    public record Related(String key, String summary, int score) {
    }

    /** Ranks candidates by words shared with this incident's summary (and labels); keeps at most {@code limit}. */
    public static List<Related> similar(String summary, List<String> labels, List<FoundIssue> candidates, int limit) {
        Set<String> words = words(summary);
        Set<String> ownLabels = new HashSet<>();
        if (labels != null) labels.forEach(l -> ownLabels.add(l.toLowerCase(Locale.ROOT)));
        List<Related> out = new ArrayList<>();
        for (FoundIssue c : candidates) {
            JsonNode fields = c.fields();
            String otherSummary = fields == null ? null : fields.path("summary").asString(null);
            int score = 0;
            for (String w : words(otherSummary)) if (words.contains(w)) score += 2;
            if (fields != null) {
                for (JsonNode l : fields.path("labels")) {
                    String label = l.asString("").toLowerCase(Locale.ROOT);
                    if (ownLabels.contains(label) && !SEV_LABEL.matcher(label).matches()) score += 1;
                }
            }
            if (score >= 2) out.add(new Related(c.key(), otherSummary, score));
        }
        out.sort(Comparator.comparingInt(Related::score).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    public static List<EvidenceLink> relatedEvidence(String jiraBaseUrl, List<Related> related) {
        String base = jiraBaseUrl == null ? "" : jiraBaseUrl.replaceAll("/+$", "");
        List<EvidenceLink> out = new ArrayList<>();
        for (Related r : related) {
            out.add(new EvidenceLink(r.key() + (r.summary() == null ? "" : ": " + r.summary()), base + "/browse/" + r.key(),
                    "RELATED_INCIDENT"));
        }
        return out;
    }

    /** The "Has this type of incident happened before?" prefill, or null when nothing similar was found. */
    public static Suggestion recurrence(List<Related> related) {
        if (related.isEmpty()) return null;
        StringBuilder text = new StringBuilder("Possibly: similar past incident");
        text.append(related.size() == 1 ? " " : "s ");
        for (int i = 0; i < related.size(); i++) {
            if (i > 0) text.append(", ");
            Related r = related.get(i);
            text.append(r.key());
            if (r.summary() != null) text.append(" (").append(r.summary()).append(")");
        }
        text.append(". Check whether the earlier action items were done.");
        return new Suggestion(text.toString(), "related:" + related.get(0).key(),
                "Jira search: same project and type, resolved in the last 12 months");
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) out.add(w);
        }
        return out;
    }

    static String key(Question q) {
        return q.key();
    }
}

package io.postmortem.render;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.DataImpact;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimeCandidate;
import io.postmortem.postmortem.KeyTimeSource;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RedactionChecklist;
import io.postmortem.postmortem.RejectedAction;
import io.postmortem.postmortem.RootCause;
import io.postmortem.postmortem.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document as a template scope: plain maps and lists of raw (unescaped) strings. The templates escape every
 * {@code {{value}}} through the format's encoder; the only triple-brace values are fixed markup prefixes chosen here.
 * Keys are unique across nesting levels so a missing key never resolves to an outer scope's value.
 */
final class View {
    static final String UNKNOWN = "unknown";
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DHM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?://|mailto:)[^\\s\\u0000-\\u001f]+$");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,128}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,30}-\\d{1,12}");

    private View() {
    }

    static Map<String, Object> of(PostMortem d) {
        return of(d, null);
    }

    /** @param today the day the document is rendered on, to mark created items that are overdue; null: no marking */
    static Map<String, Object> of(PostMortem d, LocalDate today) {
        Map<String, Object> v = new HashMap<>();
        Header h = d.header();
        LocalDate date = incidentDate(d);
        v.put("title", titleOf(d));
        v.put("date", date == null ? UNKNOWN : date.toString());
        v.put("incidentId", or(h == null ? null : h.incidentId(), UNKNOWN));
        v.put("severity", h == null || h.severity() == null ? UNKNOWN : h.severity().name());
        v.put("severityLozenge", lozenge(h == null || h.severity() == null ? "UNKNOWN" : h.severity().name(),
                severityColour(h == null ? null : h.severity())));
        v.put("customerImpact", or(h == null ? null : h.customerImpact(), UNKNOWN));
        String status = h == null ? "Resolved" : h.status();
        v.put("status", status);
        v.put("statusLozenge", lozenge(status.toUpperCase(Locale.ROOT), statusColour(status)));
        v.put("nextReviewAt", h == null || h.nextReviewAt() == null ? UNKNOWN : h.nextReviewAt().toString());
        v.put("nextReviewDate", h == null || h.nextReviewAt() == null ? null : Map.of("iso", h.nextReviewAt().toString()));
        v.put("lastReviewedDate", h == null || h.lastReviewedAt() == null ? null : Map.of("iso", h.lastReviewedAt().toString()));
        v.put("classification", classification(h == null ? Header.Classification.INTERNAL : h.classification()));
        v.put("incidentKey", d.issueKey() != null && ISSUE_KEY.matcher(d.issueKey()).matches()
                ? Map.of("incidentJiraKey", d.issueKey()) : null);

        v.put("summary", or(d.summary(), UNKNOWN));

        v.put("services", d.impact().services().isEmpty() ? UNKNOWN : String.join(", ", d.impact().services()));
        v.put("customerSegments", or(d.impact().customerSegments(), UNKNOWN));
        v.put("geography", or(d.impact().geography(), UNKNOWN));
        v.put("revenueImpact", or(d.impact().revenueImpact(), "under review"));
        v.put("dataIntegrity", or(d.impact().dataIntegrity(), UNKNOWN));
        v.put("started", keyTime(d.keyTimes().started()));
        v.put("detected", keyTime(d.keyTimes().detected()));
        v.put("resolved", keyTime(d.keyTimes().resolved()));
        v.put("keyTimeLines", List.of(keyTimeLine("Started", d.keyTimes().started(), date),
                keyTimeLine("Detected", d.keyTimes().detected(), date), keyTimeLine("Resolved", d.keyTimes().resolved(), date)));

        List<Map<String, Object>> rows = new ArrayList<>();
        boolean asWritten = false;
        for (TimelineEntry t : d.timeline()) {
            String time = t.at() == null ? UNKNOWN
                    : date != null && LocalDate.ofInstant(t.at(), ZoneOffset.UTC).equals(date) ? HM.format(t.at())
                    : DHM.format(t.at());
            String written = written(t, time);
            if (written != null) {
                time = time + " (" + written + ")";
                asWritten = true;
            }
            asWritten |= t.source().startsWith("slack:") || t.source().startsWith("teams:") || t.source().startsWith("chat:") || t.source().startsWith("paste:");
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String text : new String[] {time, t.who(), t.event()}) {
                Map<String, Object> c = new HashMap<>();
                c.put("cell", text);
                c.put("em", t.learnedLater() && !text.isBlank());
                cells.add(c);
            }
            rows.add(Map.of("cells", cells));
        }
        v.put("timeline", rows);
        v.put("noTimeline", rows.isEmpty());
        v.put("chatTimes", asWritten);
        v.put("unknowns", orNone(d.unknownsAtTheTime()));

        RootCause rc = d.rootCause();
        String sentence = blank(rc.sentence()) ? UNKNOWN : rc.sentence().strip();
        v.put("rootCause", rc.certainty() == RootCause.Certainty.MOST_LIKELY && !sentence.equalsIgnoreCase(UNKNOWN)
                ? "Most likely cause: " + sentence : sentence);
        v.put("rootCauseEvidence", blank(rc.evidence()) ? null : Map.of("evidenceText", rc.evidence()));

        List<Map<String, Object>> whys = new ArrayList<>();
        List<String> fw = d.fiveWhys().stream().filter(s -> !blank(s)).toList();
        if (fw.isEmpty()) fw = List.of(UNKNOWN);
        for (int i = 0; i < fw.size(); i++) {
            whys.add(Map.of("n", i + 1, "ask", i == 0 ? "Why did the service fail?" : "Why?", "why", fw.get(i)));
        }
        v.put("whys", whys);

        List<Map<String, Object>> factors = new ArrayList<>();
        for (ContributingFactor f : d.contributingFactors()) {
            factors.add(Map.of("factor", or(f.factor(), UNKNOWN), "how", or(f.how(), UNKNOWN)));
        }
        v.put("factors", factors);
        v.put("noFactors", factors.isEmpty());

        DataImpact di = d.dataImpact();
        v.put("dataLost", or(di.lost(), UNKNOWN));
        v.put("dataExposed", or(di.exposed(), UNKNOWN));
        DataImpact.PersonalData pd = di.personalData();
        v.put("personalData", pd.involved() == null ? UNKNOWN : pd.involved()
                ? join("Yes", pd.categories(), pd.volume(), pd.jurisdiction()) : "No");
        DataImpact.RegulatoryNotification rn = di.regulatoryNotification();
        v.put("regulatory", rn.required() == null ? UNKNOWN : rn.required()
                ? join("Required", rn.regulator(), rn.deadline()) : join("Not required", rn.regulator(), rn.deadline()));

        v.put("wentWell", orNone(d.wentWell()));
        v.put("wentBadly", orNone(d.wentBadly()));
        v.put("lucky", orNone(d.lucky()));

        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = 0; i < d.actionItems().size(); i++) actions.add(action(i, d.actionItems().get(i), today));
        v.put("actions", actions);
        v.put("noActions", actions.isEmpty());

        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RejectedAction r : d.rejectedActions()) {
            rejected.add(Map.of("idea", or(r.idea(), UNKNOWN), "reason", or(r.reason(), UNKNOWN),
                    "revisitIf", or(r.revisitIf(), UNKNOWN)));
        }
        v.put("rejected", rejected);
        v.put("noRejected", rejected.isEmpty());

        v.put("dashboards", evidence(d, "DASHBOARD"));
        v.put("tickets", evidence(d, "TICKET"));
        v.put("vendorCases", evidence(d, "VENDOR_CASE"));
        v.put("relatedIncidents", evidence(d, "RELATED_INCIDENT"));
        List<Map<String, Object>> other = evidence(d, null);
        v.put("otherEvidence", other.isEmpty() ? null : Map.of("otherItems", other));

        v.putAll(external(d));
        RedactionChecklist c = d.redactionChecklist();
        v.put("checklist", List.of(
                check(1, c.noSystemNames(), "No internal system / service names"),
                check(2, c.noPersonalNames(), "No personal names"),
                check(3, c.noWeaponisableDetail(), "No security vulnerability detail that could be weaponised"),
                check(4, c.noUnverifiableVendorBlame(), "No vendor blame that is not publicly verifiable"),
                check(5, c.legalReviewed(), "Legal / PR review if impact was significant")));
        return v;
    }

    /** Only the external-facing text (and the incident date, which is public anyway). */
    static Map<String, Object> external(PostMortem d) {
        Map<String, Object> v = new HashMap<>();
        LocalDate date = incidentDate(d);
        v.put("externalDate", date == null ? null : Map.of("externalIso", date.toString()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<Map<String, Object>> quote = new ArrayList<>();
        String text = Escape.clean(d.externalVersion()).strip();
        if (text.isEmpty()) text = "Not written yet.";
        List<String> bullets = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            boolean bullet = line.matches("^[-*•]\\s+.*");
            if (line.isEmpty()) {
                bullets = null;
                continue;
            }
            if (bullet) {
                String item = line.replaceFirst("^[-*•]\\s+", "");
                if (bullets == null) {
                    bullets = new ArrayList<>();
                    blocks.add(Map.of("bulletList", Map.of("bullets", bullets)));
                }
                bullets.add(item);
                quote.add(Map.of("prefix", "> - ", "line", item));
            } else {
                bullets = null;
                blocks.add(Map.of("paragraph", Map.of("paragraphText", line)));
                if (!quote.isEmpty()) quote.add(Map.of("prefix", ">", "line", ""));
                quote.add(Map.of("prefix", "> ", "line", line));
            }
        }
        v.put("externalBlocks", blocks);
        v.put("externalQuote", quote);
        return v;
    }

    static String titleOf(PostMortem d) {
        String t = d.header() == null ? null : d.header().title();
        if (blank(t)) t = d.issueKey();
        if (blank(t)) t = "Untitled incident";
        return Escape.clean(t).replaceAll("\\s+", " ").strip();
    }

    static LocalDate incidentDate(PostMortem d) {
        if (d.header() != null && d.header().date() != null) return d.header().date();
        for (KeyTime k : List.of(d.keyTimes().started(), d.keyTimes().detected(), d.keyTimes().resolved())) {
            if (k.known()) return LocalDate.ofInstant(k.at(), ZoneOffset.UTC);
        }
        for (TimelineEntry t : d.timeline()) {
            if (t.at() != null) return LocalDate.ofInstant(t.at(), ZoneOffset.UTC);
        }
        return null;
    }

    private static Map<String, Object> action(int i, ActionItem a, LocalDate today) {
        Map<String, Object> m = new HashMap<>();
        m.put("label", "A" + (i + 1));
        m.put("jira", a.jiraKey() != null && ISSUE_KEY.matcher(a.jiraKey()).matches() ? Map.of("jiraKey", a.jiraKey()) : null);
        m.put("action", or(a.summary(), UNKNOWN));
        String name = blank(a.ownerDisplayName()) ? (blank(a.ownerAccountId()) ? "unassigned" : a.ownerAccountId())
                : a.ownerDisplayName();
        m.put("ownerName", name);
        m.put("mention", a.ownerAccountId() != null && ACCOUNT_ID.matcher(a.ownerAccountId()).matches()
                ? Map.of("accountId", a.ownerAccountId()) : null);
        m.put("due", a.due() == null ? UNKNOWN : a.due().toString());
        m.put("dueDate", a.due() == null ? null : Map.of("dueIso", a.due().toString()));
        m.put("prevents", a.preventsRecurrence() == null ? UNKNOWN : switch (a.preventsRecurrence()) {
            case YES -> "Yes";
            case PARTIALLY -> "Partially";
            case DETECTS_ONLY -> "Detects-only";
        });
        m.put("actionStatus", a.status());
        m.put("overdue", a.isOverdue(today) ? Map.of("sinceIso", a.due().toString()) : null);
        m.put("actionLozenge", lozenge(a.status().toUpperCase(Locale.ROOT), actionColour(a.status())));
        return m;
    }

    private static List<Map<String, Object>> evidence(PostMortem d, String kind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EvidenceLink e : d.supportingEvidence()) {
            String k = e.kind() == null ? "OTHER" : e.kind().toUpperCase(Locale.ROOT);
            boolean known = List.of("DASHBOARD", "TICKET", "VENDOR_CASE", "RELATED_INCIDENT").contains(k);
            if (kind == null ? known : !k.equals(kind)) continue;
            Map<String, Object> m = new HashMap<>();
            String url = e.url() == null ? null : Escape.clean(e.url()).strip();
            boolean safe = url != null && SAFE_URL.matcher(url).matches();
            m.put("sep", out.isEmpty() ? "" : ", ");
            m.put("evidenceLabel", blank(e.label()) ? (safe ? url : UNKNOWN) : e.label());
            m.put("link", safe ? Map.of("href", url, "mdHref", markdownUrl(url)) : null);
            m.put("plain", !safe);
            out.add(m);
        }
        if (out.isEmpty() && kind != null) {
            Map<String, Object> m = new HashMap<>();
            m.put("sep", "");
            m.put("evidenceLabel", "none");
            m.put("link", null);
            m.put("plain", true);
            out.add(m);
        }
        return out;
    }

    /** A URL for a Markdown link destination: characters that would end or break the link are percent-encoded. */
    private static String markdownUrl(String url) {
        StringBuilder b = new StringBuilder();
        for (char c : url.toCharArray()) {
            switch (c) {
                case ' ' -> b.append("%20");
                case '(' -> b.append("%28");
                case ')' -> b.append("%29");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '|' -> b.append("%7C");
                case '[' -> b.append("%5B");
                case ']' -> b.append("%5D");
                case '`' -> b.append("%60");
                case '"' -> b.append("%22");
                case '\\' -> b.append("%5C");
                case '*' -> b.append("%2A");
                case '_' -> b.append("%5F");
                case '~' -> b.append("%7E");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, Object> check(int id, boolean done, String text) {
        return Map.of("taskId", id, "done", done, "box", done ? "[x]" : "[ ]", "taskStatus",
                done ? "complete" : "incomplete", "item", text);
    }

    /**
     * One key time with its basis and source, for the impact section: "Started: 08:55 UTC, stated (comment 30409 by
     * Alex Chen): "…"", "Detected: unknown (nothing in the evidence says it)".
     */
    private static Map<String, Object> keyTimeLine(String label, KeyTime k, LocalDate date) {
        Map<String, Object> m = new HashMap<>();
        m.put("ktLabel", label);
        String when = !k.known() ? UNKNOWN
                : date != null && LocalDate.ofInstant(k.at(), ZoneOffset.UTC).equals(date) ? HM.format(k.at()) + " UTC" : DHM.format(k.at()) + " UTC";
        m.put("ktWhen", when);
        String basis = switch (k.basis()) {
            case STATED -> "stated";
            case INFERRED -> "inferred";
            case MANUAL -> "set by a person";
            case UNKNOWN -> null;
        };
        String place = KeyTimeSource.place(k.where(), k.source(), k.author());
        StringBuilder source = new StringBuilder(place == null ? "" : place);
        if (k.known() && !blank(k.original()) && !k.original().strip().equals(HM.format(k.at())))
            source.append(source.length() > 0 ? ", " : "").append("written ").append(k.original().strip())
                    .append(blank(k.assumedZone()) ? "" : ", read as " + k.assumedZone());
        if (!k.known()) source.append(blank(k.reason()) ? "nothing in the evidence says it" : k.reason());
        m.put("ktBasis", basis == null ? null : Map.of("basisText", basis));
        m.put("ktSource", source.length() == 0 ? null : Map.of("sourceText", source.toString()));
        String quote = KeyTimeSource.quote(k.quote());
        m.put("ktQuote", quote == null ? null : Map.of("quoteText", quote));
        String agree = agreement(k);
        m.put("ktAgree", agree == null ? null : Map.of("agreeText", agree));
        return m;
    }

    /**
     * The messages that say a STATED key time's minute, when more than one does ({@link KeyTime#corroboratedBy}): "2
     * sources agree: comment 41278 by Priya Natarajan; paste 1, line 3". Sources are separated by ";" because a paste's
     * place has a comma of its own.
     */
    static String agreement(KeyTime k) {
        if (!k.corroborated()) return null;
        List<String> sources = new ArrayList<>();
        sources.add(KeyTimeSource.place(k));
        for (KeyTimeCandidate c : k.corroboratedBy()) sources.add(KeyTimeSource.place(c));
        return sources.size() + " sources agree: " + String.join("; ", sources);
    }

    /** The time as written in the evidence, with the zone read in, when it says more than the UTC time shown. */
    private static String written(TimelineEntry t, String shown) {
        if (blank(t.timeAsWritten())) return null;
        String w = t.timeAsWritten().replaceAll("\\s+", " ").strip();
        boolean utc = blank(t.assumedZone()) || "UTC".equals(t.assumedZone());
        if (utc && (w.equals(shown) || w.equalsIgnoreCase(shown + " UTC") || w.equalsIgnoreCase(shown + "Z"))) return null;
        return "written " + w + (blank(t.assumedZone()) ? "" : ", read as " + t.assumedZone());
    }

    private static Map<String, Object> keyTime(KeyTime k) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", k.known() ? DHM.format(k.at()) + " UTC" : UNKNOWN);
        m.put("known", k.known() ? Map.of("day", LocalDate.ofInstant(k.at(), ZoneOffset.UTC).toString(),
                "clock", HM.format(k.at()) + " UTC") : null);
        m.put("unknownTime", !k.known());
        return m;
    }

    private static Map<String, Object> lozenge(String title, String colour) {
        return Map.of("lozengeTitle", title, "colour", colour);
    }

    private static String severityColour(Header.Severity s) {
        if (s == null) return "Grey";
        return switch (s) {
            case P1 -> "Red";
            case P2 -> "Yellow";
            case P3 -> "Blue";
            case P4 -> "Grey";
        };
    }

    private static String statusColour(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (s.contains("resolved") || s.contains("closed") || s.contains("done")) return "Green";
        if (s.contains("progress") || s.contains("monitor")) return "Yellow";
        return "Blue";
    }

    private static String actionColour(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (s.matches("done|closed|resolved|complete(d)?")) return "Green";
        if (s.contains("progress") || s.contains("review")) return "Blue";
        return "Grey";
    }

    private static String classification(Header.Classification c) {
        return switch (c) {
            case INTERNAL -> "Internal";
            case EXTERNAL_SHAREABLE -> "External-shareable";
            case REDACTED_EXTERNAL -> "Redacted external";
        };
    }

    private static List<String> orNone(List<String> items) {
        List<String> out = items.stream().filter(s -> !blank(s)).toList();
        return out.isEmpty() ? List.of("none recorded") : out;
    }

    private static String join(String head, String... parts) {
        List<String> p = new ArrayList<>();
        for (String s : parts) if (!blank(s)) p.add(s.strip());
        return p.isEmpty() ? head : head + " - " + String.join(", ", p);
    }

    private static String or(String s, String fallback) {
        return blank(s) ? fallback : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package io.postmortem.rules;

import io.postmortem.postmortem.Defaults;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.PostMortem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The header block: incident id shaped INC-YYYY-NNNN, severity set, next review date set (all WARNING). */
public final class HeaderRule implements Rule {
    public static final String INCIDENT_ID = "header.incident-id";
    public static final String SEVERITY = "header.severity";
    public static final String NEXT_REVIEW = "header.next-review";
    public static final String TITLE = "header.title";

    private static final Pattern ID = Pattern.compile("INC-\\d{4}-\\d{4}");

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        Header h = doc.header();
        String id = h == null ? null : h.incidentId();
        if (id == null || !ID.matcher(id.strip()).matches()) {
            out.add(Finding.warning(INCIDENT_ID, "header.incidentId", "The incident id should look like "
                    + "INC-YYYY-NNNN" + (Texts.blank(id) ? "." : " (it is \"" + id + "\")."), suggestedId(doc)));
        }
        if (h == null || Texts.blank(h.title())) {
            out.add(Finding.warning(TITLE, "header.title", "Give the post-mortem a short descriptor for its title "
                    + "(\"Staff SSO logins failed\").", null));
        }
        if (h == null || h.severity() == null) {
            out.add(Finding.warning(SEVERITY, "header.severity", "Set the severity (P1-P4).", null));
        }
        if (h == null || h.nextReviewAt() == null) {
            LocalDate d = Defaults.nextReviewAt(doc.keyTimes());
            out.add(Finding.warning(NEXT_REVIEW, "header.nextReviewAt", "Set the next review date (usually 3 months "
                    + "after resolution).", d == null ? null : d.toString()));
        }
        return out;
    }

    private static String suggestedId(PostMortem doc) {
        if (doc.issueKey() == null) return null;
        var m = Pattern.compile("-(\\d+)$").matcher(doc.issueKey());
        if (!m.find()) return null;
        int year = doc.keyTimes().started().known()
                ? LocalDate.ofInstant(doc.keyTimes().started().at(), java.time.ZoneOffset.UTC).getYear()
                : doc.header() != null && doc.header().date() != null ? doc.header().date().getYear() : -1;
        return year < 0 ? null : String.format("INC-%04d-%04d", year, Integer.parseInt(m.group(1)) % 10000);
    }
}

package io.postmortem.testsupport.site;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's incident, the seed's own example: staff logins broke for 90 minutes "yesterday" (the day before the
 * application clock's today, so the demo reads the same on any date) because
 * the SAML signing certificate expired, and nobody noticed because the expiry reminder went to a shared mailbox
 * nobody reads. Everything here is Jira Cloud REST v3 JSON (ADF comment bodies, changelog, remote links), messy
 * the way real incident tickets are: times stated in text, a wrong first guess, "+1" noise, a recap.
 */
public final class DemoIncident {

    public static final String KEY = "INC-42";
    public static final String ID = "10042";
    public static final String PROJECT_KEY = "INC";
    public static final String ACTION_PROJECT_KEY = "OPS";
    public static final String SUMMARY = "Staff cannot log in via SSO (SAML response invalid)";

    /** People on the site: accountId, display name, email, assignable in OPS. */
    public record Person(String accountId, String displayName, String email, boolean assignable) {
    }

    public static final Person PRIYA = new Person("712020:6f1c2a4e-52d1-4c8b-9a1e-0b7d3f5e2a11", "Priya Natarajan", "priya@acme.example", true);
    public static final Person ALEX = new Person("712020:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c52", "Alex Chen", "alex@acme.example", true);
    public static final Person JORDAN = new Person("712020:3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e73", "Jordan Okafor", "jordan@acme.example", true);
    public static final Person SAM = new Person("5d1e7b3a9c2f4a0012ab34cd", "Sam Reyes", "sam@acme.example", true);
    public static final Person MORGAN = new Person("712020:9e8d7c6b-5a49-4382-9170-6f5e4d3c2b94", "Morgan Lee", "morgan@acme.example", false);
    /** The app's own bot account ({@code GET /rest/api/3/myself}). */
    public static final Person APP = new Person("557058:f0e1d2c3-b4a5-4968-8778-695a4b3c2d1e", "Post-Mortem Facilitator", null, false);

    public static final List<Person> PEOPLE = List.of(PRIYA, ALEX, JORDAN, SAM, MORGAN);

    public static final String RESOLVE_CHANGELOG_ID = "55190";

    private final JsonMapper json;
    private final java.time.LocalDate day;

    /** @param day the day the incident happened (UTC); every time in the incident is on it */
    public DemoIncident(JsonMapper json, java.time.LocalDate day) {
        this.json = json;
        this.day = day;
    }

    /** The day the incident happened (UTC). */
    public java.time.LocalDate day() {
        return day;
    }

    /** A Jira timestamp on the incident's day, {@code hh:mm:ss} UTC. */
    private String t(String hhmmss) {
        return day + "T" + hhmmss + ".000+0000";
    }

    public String created() {
        return t("09:10:04");
    }

    public String resolved() {
        return t("10:45:12");
    }

    // ---------------------------------------------------------------- users

    public ObjectNode user(Person p, String baseUrl) {
        ObjectNode u = json.createObjectNode();
        u.put("self", baseUrl + "/rest/api/3/user?accountId=" + p.accountId());
        u.put("accountId", p.accountId());
        u.put("accountType", p == APP ? "app" : "atlassian");
        if (p.email() != null) {
            u.put("emailAddress", p.email());
        }
        ObjectNode avatars = u.putObject("avatarUrls");
        avatars.put("48x48", "https://avatar-management.example/default/48.png");
        avatars.put("24x24", "https://avatar-management.example/default/24.png");
        u.put("displayName", p.displayName());
        u.put("active", true);
        u.put("timeZone", "Europe/London");
        u.put("locale", "en_GB");
        return u;
    }

    public static Person person(String accountId) {
        if (APP.accountId().equals(accountId)) {
            return APP;
        }
        return PEOPLE.stream().filter(p -> p.accountId().equals(accountId)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- statuses

    public ObjectNode status(String id, String baseUrl) {
        ObjectNode s = json.createObjectNode();
        s.put("self", baseUrl + "/rest/api/3/status/" + id);
        s.put("description", "");
        s.put("iconUrl", baseUrl + "/images/icons/statuses/generic.png");
        ObjectNode cat = json.createObjectNode();
        switch (id) {
            case "10000" -> { s.put("name", "To Do"); cat.put("id", 2).put("key", "new").put("colorName", "blue-gray").put("name", "To Do"); }
            case "3" -> { s.put("name", "In Progress"); cat.put("id", 4).put("key", "indeterminate").put("colorName", "yellow").put("name", "In Progress"); }
            case "10004" -> { s.put("name", "Resolved"); cat.put("id", 3).put("key", "done").put("colorName", "green").put("name", "Done"); }
            default -> { return null; }
        }
        s.put("id", id);
        cat.put("self", baseUrl + "/rest/api/3/statuscategory/" + cat.get("id").asInt());
        s.set("statusCategory", cat);
        return s;
    }

    public ObjectNode issueType(String name, String baseUrl) {
        ObjectNode t = json.createObjectNode();
        String id = switch (name) {
            case "Incident" -> "10008";
            case "Task" -> "10002";
            case "Bug" -> "10004";
            default -> null;
        };
        if (id == null) {
            return null;
        }
        t.put("self", baseUrl + "/rest/api/3/issuetype/" + id);
        t.put("id", id);
        t.put("description", name.equals("Incident") ? "An unplanned interruption to a service" : "A task that needs to be done.");
        t.put("iconUrl", baseUrl + "/images/icons/issuetypes/" + name.toLowerCase() + ".png");
        t.put("name", name);
        t.put("subtask", false);
        t.put("hierarchyLevel", 0);
        return t;
    }

    public ObjectNode issueTypeById(String id, String baseUrl) {
        for (String n : List.of("Incident", "Task", "Bug")) {
            ObjectNode t = issueType(n, baseUrl);
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        return null;
    }

    public ObjectNode project(String key, String baseUrl) {
        ObjectNode p = json.createObjectNode();
        String id = key.equals(PROJECT_KEY) ? "10010" : key.equals(ACTION_PROJECT_KEY) ? "10020" : null;
        if (id == null) {
            return null;
        }
        p.put("self", baseUrl + "/rest/api/3/project/" + id);
        p.put("id", id);
        p.put("key", key);
        p.put("name", key.equals(PROJECT_KEY) ? "Incidents" : "IT Operations");
        p.put("projectTypeKey", "software");
        p.put("simplified", false);
        ArrayNode types = p.putArray("issueTypes");
        if (key.equals(PROJECT_KEY)) {
            types.add(issueType("Incident", baseUrl));
            types.add(issueType("Task", baseUrl));
        } else {
            types.add(issueType("Task", baseUrl));
            types.add(issueType("Bug", baseUrl));
        }
        return p;
    }

    public ObjectNode priority(String name, String baseUrl) {
        String id = switch (name) {
            case "Highest" -> "1";
            case "High" -> "2";
            case "Medium" -> "3";
            default -> "4";
        };
        ObjectNode p = json.createObjectNode();
        p.put("self", baseUrl + "/rest/api/3/priority/" + id);
        p.put("iconUrl", baseUrl + "/images/icons/priorities/" + name.toLowerCase() + ".svg");
        p.put("name", name);
        p.put("id", id);
        return p;
    }

    // ---------------------------------------------------------------- the incident

    /** {@code fields} of INC-42 as it is now: resolved, assigned to the IC. */
    public ObjectNode incidentFields(String baseUrl) {
        ObjectNode f = json.createObjectNode();
        f.put("summary", SUMMARY);
        f.set("issuetype", issueType("Incident", baseUrl));
        ObjectNode project = json.createObjectNode();
        project.put("self", baseUrl + "/rest/api/3/project/10010").put("id", "10010").put("key", PROJECT_KEY)
                .put("name", "Incidents").put("projectTypeKey", "service_desk");
        f.set("project", project);
        f.set("status", status("10004", baseUrl));
        ObjectNode resolution = json.createObjectNode();
        resolution.put("self", baseUrl + "/rest/api/3/resolution/10000").put("id", "10000").put("name", "Done")
                .put("description", "Work has been completed on this issue.");
        f.set("resolution", resolution);
        f.put("resolutiondate", resolved());
        f.set("priority", priority("Highest", baseUrl));
        f.set("reporter", user(SAM, baseUrl));
        f.set("creator", user(SAM, baseUrl));
        f.set("assignee", user(PRIYA, baseUrl));
        f.put("created", created());
        f.put("updated", resolved());
        f.putNull("duedate");
        ArrayNode labels = f.putArray("labels");
        labels.add("sso");
        labels.add("staff-impact");
        f.set("description", doc(
                paragraph(text("Since about 09:00 UTC staff cannot sign in to the intranet, HR portal or Workday. "),
                        text("The browser shows "), code("SAML response invalid"), text(" after the Okta redirect.")),
                paragraph(text("Customers are not reported affected so far. Reported via #it-help."))));
        f.putArray("issuelinks");
        f.putArray("components");
        f.putArray("fixVersions");
        f.putNull("environment");
        return f;
    }

    /** The comments, oldest first: {@code [created, author, ADF body]}. */
    public List<ObjectNode> comments(String baseUrl) {
        List<ObjectNode> list = new ArrayList<>();
        int id = 30401;
        list.add(comment(id++, SAM, t("09:12:31"), baseUrl, doc(paragraph(
                text("Multiple staff reporting they can't log in to the intranet and HR portal since ~09:00 UTC. First ticket in #it-help at 09:02. Error page says "),
                code("SAML response invalid"), text(".")))));
        list.add(comment(id++, JORDAN, t("09:14:02"), baseUrl, doc(paragraph(text("+1, can't get into Workday either")))));
        list.add(comment(id++, ALEX, t("09:16:45"), baseUrl, doc(paragraph(
                text("Looks like the IdP is down? Checking the Okta status page "), emoji(":eyes:", "1f440", "👀")))));
        list.add(comment(id++, MORGAN, t("09:18:10"), baseUrl, doc(paragraph(text("Is this why VPN won't connect? 🙃")))));
        list.add(comment(id++, ALEX, t("09:21:37"), baseUrl, doc(paragraph(
                text("Okta status page is green and the Okta login page itself loads fine, so NOT the IdP. Failure is after the redirect back to our apps."),
                hardBreak(), inlineCard("https://status.okta.com/")))));
        list.add(comment(id++, PRIYA, t("09:24:05"), baseUrl, doc(
                paragraph(text("I'm taking IC. Roles: "), mention(ALEX), text(" investigation, "), mention(JORDAN),
                        text(" comms, "), mention(SAM), text(" scribe + helpdesk liaison. Bridge link in the Slack thread.")),
                paragraph(text("Raising to Highest: every staff member is locked out of internal tools.", "strong")))));
        list.add(comment(id++, JORDAN, t("09:27:50"), baseUrl, doc(paragraph(
                text("Posted status update to #staff-announcements at 09:27: \"Staff SSO logins are failing, we are investigating. Customer services unaffected.\"")))));
        list.add(comment(id++, MORGAN, t("09:31:00"), baseUrl, doc(paragraph(text("+1")))));
        list.add(comment(id++, ALEX, t("09:38:22"), baseUrl, doc(
                paragraph(text("Found it. SP logs: ")),
                codeBlock("text", "ERROR saml.SignatureValidator - Signature validation failed: certificate expired (NotAfter=" + day + "T08:55:00Z)"),
                paragraph(text("The SAML signing certificate on our side expired at 08:55 UTC today. Every assertion since then is rejected.")))));
        list.add(comment(id++, PRIYA, t("09:40:14"), baseUrl, doc(paragraph(
                text("Decision 09:40: reissue the certificate rather than relax signature validation. "), mention(ALEX),
                text(" generates the new cert, "), mention(SAM), text(" finds out who owns the renewal and why nobody saw it coming.")))));
        list.add(comment(id++, SAM, t("09:52:40"), baseUrl, doc(paragraph(
                text("Found the expiry reminder emails: they went to the it-certs@ shared mailbox. Reminders were sent 30, 14 and 3 days ago. Nobody reads that inbox, it has no owner.")))));
        list.add(comment(id++, ALEX, t("10:05:09"), baseUrl, doc(paragraph(
                text("New cert issued from the internal CA (valid 1 year). Uploading the new SP metadata to Okta now.")))));
        list.add(comment(id++, ALEX, t("10:18:33"), baseUrl, doc(paragraph(
                text("Metadata re-uploaded and the Okta app updated. Tested with my account: login works."),
                hardBreak(), inlineCard("https://grafana.acme.example/d/sso-auth/sso-authentication?from=1763538000000&to=1763546400000")))));
        list.add(comment(id++, JORDAN, t("10:25:41"), baseUrl, doc(paragraph(
                text("5 staff in #it-help confirm logins work again. Error rate on the dashboard back to baseline. Sending the all-clear at 10:27.")))));
        list.add(comment(id++, JORDAN, t("10:27:15"), baseUrl, doc(paragraph(text("All-clear posted to #staff-announcements.")))));
        list.add(comment(id++, PRIYA, t("10:29:58"), baseUrl, doc(
                paragraph(text("Recap", "strong")),
                bulletList("08:55 UTC SAML signing cert expired (learned at 09:38)",
                        "09:02 first staff report in #it-help",
                        "09:16 first guess: IdP down (wrong, Okta was fine)",
                        "09:24 IC assigned, comms started 09:27",
                        "09:38 cause found in SP logs",
                        "10:18 new cert + metadata live",
                        "10:25 confirmed by staff, ~90 minutes of staff login outage"),
                paragraph(text("Customer IdP was NOT affected, but it uses the same manual renewal process and its certificate expires in 23 days!", "strong")))));
        list.add(comment(id++, MORGAN, t("10:31:20"), baseUrl, doc(paragraph(text("thanks all "), emoji(":pray:", "1f64f", "🙏")))));
        list.add(comment(id++, SAM, t("10:33:02"), baseUrl, doc(paragraph(text("+1")))));
        list.add(comment(id++, ALEX, t("10:40:47"), baseUrl, doc(paragraph(
                text("Note for the post-mortem: the metadata upload needs an Okta super-admin. Only 2 people have that role and one is on leave this week; we got lucky the other one was online.")))));
        list.add(comment(id, PRIYA, t("10:45:03"), baseUrl, doc(paragraph(text("Resolving. Post-mortem to follow.")))));
        return list;
    }

    /** The changelog histories, oldest first (as {@code GET …/changelog} pages them). */
    public List<ObjectNode> changelog(String baseUrl) {
        List<ObjectNode> list = new ArrayList<>();
        list.add(history("55101", SAM, t("09:16:51"), baseUrl,
                item("assignee", "jira", "assignee", null, null, ALEX.accountId(), ALEX.displayName())));
        list.add(history("55117", PRIYA, t("09:24:19"), baseUrl,
                item("priority", "jira", "priority", "3", "Medium", "1", "Highest"),
                item("status", "jira", "status", "10000", "To Do", "3", "In Progress")));
        list.add(history("55118", PRIYA, t("09:24:40"), baseUrl,
                item("assignee", "jira", "assignee", ALEX.accountId(), ALEX.displayName(), PRIYA.accountId(), PRIYA.displayName())));
        list.add(history("55142", ALEX, t("09:39:02"), baseUrl,
                item("labels", "jira", "labels", null, "sso", null, "sso staff-impact")));
        list.add(history(RESOLVE_CHANGELOG_ID, PRIYA, resolved(), baseUrl,
                item("resolution", "jira", "resolution", null, null, "10000", "Done"),
                item("status", "jira", "status", "3", "In Progress", "10004", "Resolved")));
        return list;
    }

    /** Remote links: the Slack war-room thread and the Grafana dashboard. */
    public List<ObjectNode> remoteLinks(String baseUrl) {
        List<ObjectNode> list = new ArrayList<>();
        ObjectNode slack = json.createObjectNode();
        slack.put("id", 10050);
        slack.put("self", baseUrl + "/rest/api/3/issue/" + KEY + "/remotelink/10050");
        slack.put("globalId", "slack-thread=T0ACME:C07SSO:1763543051.220199");
        slack.putObject("application").put("type", "com.slack").put("name", "Slack");
        slack.put("relationship", "mentioned in");
        ObjectNode so = slack.putObject("object");
        so.put("url", "https://acme.slack.com/archives/C07SSO/p1763543051220199");
        so.put("title", "#inc-42-sso-logins war room");
        so.put("summary", "Incident channel thread");
        so.putObject("icon").put("url16x16", "https://a.slack-edge.com/favicon.ico").put("title", "Slack");
        so.putObject("status").put("resolved", false);
        list.add(slack);
        ObjectNode grafana = json.createObjectNode();
        grafana.put("id", 10051);
        grafana.put("self", baseUrl + "/rest/api/3/issue/" + KEY + "/remotelink/10051");
        grafana.put("globalId", "grafana-dashboard=sso-auth");
        grafana.putObject("application").put("type", "com.grafana").put("name", "Grafana");
        grafana.put("relationship", "monitored by");
        ObjectNode go = grafana.putObject("object");
        go.put("url", "https://grafana.acme.example/d/sso-auth/sso-authentication?from=1763538000000&to=1763546400000");
        go.put("title", "SSO authentication: SAML assertion failures");
        go.put("summary", "Failed SAML assertions per minute, 08:00-11:00 UTC");
        go.putObject("icon").put("url16x16", "https://grafana.acme.example/public/img/fav32.png").put("title", "Grafana");
        list.add(grafana);
        return list;
    }

    /** The {@code jira:issue_updated} webhook Jira sends when the incident moves to Resolved. */
    public ObjectNode resolvedWebhook(String baseUrl, long timestamp) {
        ObjectNode w = json.createObjectNode();
        w.put("timestamp", timestamp);
        w.put("webhookEvent", "jira:issue_updated");
        w.put("issue_event_type_name", "issue_generic");
        w.set("user", user(PRIYA, baseUrl));
        ObjectNode issue = w.putObject("issue");
        issue.put("id", ID);
        issue.put("self", baseUrl + "/rest/api/3/issue/" + ID);
        issue.put("key", KEY);
        issue.set("fields", incidentFields(baseUrl));
        ObjectNode changelog = w.putObject("changelog");
        changelog.put("id", RESOLVE_CHANGELOG_ID);
        ArrayNode items = changelog.putArray("items");
        items.add(item("resolution", "jira", "resolution", null, null, "10000", "Done"));
        items.add(item("status", "jira", "status", "3", "In Progress", "10004", "Resolved"));
        return w;
    }

    // ---------------------------------------------------------------- builders

    private ObjectNode comment(int id, Person author, String created, String baseUrl, ObjectNode body) {
        ObjectNode c = json.createObjectNode();
        c.put("self", baseUrl + "/rest/api/3/issue/" + ID + "/comment/" + id);
        c.put("id", String.valueOf(id));
        c.set("author", user(author, baseUrl));
        c.set("body", body);
        c.set("updateAuthor", user(author, baseUrl));
        c.put("created", created);
        c.put("updated", created);
        c.put("jsdPublic", true);
        return c;
    }

    private ObjectNode history(String id, Person author, String created, String baseUrl, ObjectNode... items) {
        ObjectNode h = json.createObjectNode();
        h.put("id", id);
        h.set("author", user(author, baseUrl));
        h.put("created", created);
        ArrayNode array = h.putArray("items");
        for (ObjectNode i : items) {
            array.add(i);
        }
        return h;
    }

    private ObjectNode item(String field, String fieldtype, String fieldId, String from, String fromString, String to, String toString) {
        ObjectNode i = json.createObjectNode();
        i.put("field", field);
        i.put("fieldtype", fieldtype);
        i.put("fieldId", fieldId);
        // Jira sends null for an empty side; the OpenAPI file types these as strings, so an empty side is left out
        putIfPresent(i, "from", from);
        putIfPresent(i, "fromString", fromString);
        putIfPresent(i, "to", to);
        putIfPresent(i, "toString", toString);
        return i;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    public ObjectNode doc(ObjectNode... blocks) {
        ObjectNode d = json.createObjectNode();
        d.put("type", "doc");
        d.put("version", 1);
        ArrayNode content = d.putArray("content");
        for (ObjectNode b : blocks) {
            content.add(b);
        }
        return d;
    }

    public ObjectNode paragraph(ObjectNode... inline) {
        ObjectNode p = json.createObjectNode();
        p.put("type", "paragraph");
        ArrayNode content = p.putArray("content");
        for (ObjectNode i : inline) {
            content.add(i);
        }
        return p;
    }

    public ObjectNode text(String text, String... marks) {
        ObjectNode t = json.createObjectNode();
        t.put("type", "text");
        t.put("text", text);
        if (marks.length > 0) {
            ArrayNode m = t.putArray("marks");
            for (String mark : marks) {
                m.addObject().put("type", mark);
            }
        }
        return t;
    }

    private ObjectNode code(String text) {
        return text(text, "code");
    }

    private ObjectNode hardBreak() {
        ObjectNode b = json.createObjectNode();
        b.put("type", "hardBreak");
        return b;
    }

    private ObjectNode mention(Person p) {
        ObjectNode m = json.createObjectNode();
        m.put("type", "mention");
        m.putObject("attrs").put("id", p.accountId()).put("text", "@" + p.displayName()).put("accessLevel", "");
        return m;
    }

    private ObjectNode emoji(String shortName, String id, String text) {
        ObjectNode e = json.createObjectNode();
        e.put("type", "emoji");
        e.putObject("attrs").put("shortName", shortName).put("id", id).put("text", text);
        return e;
    }

    private ObjectNode inlineCard(String url) {
        ObjectNode c = json.createObjectNode();
        c.put("type", "inlineCard");
        c.putObject("attrs").put("url", url);
        return c;
    }

    private ObjectNode codeBlock(String language, String text) {
        ObjectNode c = json.createObjectNode();
        c.put("type", "codeBlock");
        c.putObject("attrs").put("language", language);
        c.putArray("content").add(text(text));
        return c;
    }

    private ObjectNode bulletList(String... items) {
        ObjectNode l = json.createObjectNode();
        l.put("type", "bulletList");
        ArrayNode content = l.putArray("content");
        for (String item : items) {
            ObjectNode li = content.addObject();
            li.put("type", "listItem");
            li.putArray("content").add(paragraph(text(item)));
        }
        return l;
    }
}

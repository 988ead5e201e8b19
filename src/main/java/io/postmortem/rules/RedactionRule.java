package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.PostMortem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external-facing version must be redact-safe. Every finding of this rule has an id starting {@code redaction.}
 * and blocks only the EXTERNAL page (the internal page publishes regardless).
 *
 * <p>Decision: the text checks are ERROR whenever {@code externalVersion} is non-empty, whatever the
 * classification, because a non-empty external version is what the publisher would put outside the company; an empty
 * external version is never checked (WARNING {@code redaction.missing} when the classification says the incident is
 * external-shareable). It flags: internal terms from the {@link RuleContext} (hosts, components, labels, issue keys),
 * internal host names and URLs (*.internal, *.corp, *.local, *.lan, *.intra, private IPs), the name of every person
 * known to the incident, personal e-mail addresses (role mailboxes such as support@ are allowed: the template asks
 * for a support address), IPv4/IPv6 addresses, issue keys (ABC-123), vendor blame that is not publicly verifiable
 * ("because AWS failed", "Okta's bug"), and person blame. The redaction checklist must be complete
 * ({@code redaction.checklist} on {@code redactionChecklist}).
 */
public final class RedactionRule implements Rule {
    public static final String INTERNAL_TERM = "redaction.internal-term";
    public static final String HOSTNAME = "redaction.hostname";
    public static final String PERSON = "redaction.personal-name";
    public static final String EMAIL = "redaction.email";
    public static final String IP = "redaction.ip-address";
    public static final String ISSUE_KEY = "redaction.issue-key";
    public static final String VENDOR_BLAME = "redaction.vendor-blame";
    public static final String BLAME = "redaction.blame";
    public static final String CHECKLIST = "redaction.checklist";
    public static final String MISSING = "redaction.missing";
    public static final String SECRET = "redaction.secret";
    public static final String WEAPONISABLE = "redaction.weaponisable-detail";

    private static final String PATH = "externalVersion";

    private static final Pattern INTERNAL_HOST = Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
            + "(?:internal|corp|local|lan|intra|intranet|private|localdomain|int|home\\.arpa)\\b");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp|ssh)://[^\\s<>\"')]+");
    private static final Pattern EMAIL_P = Pattern.compile("(?i)\\b([a-z0-9._%+-]+)@([a-z0-9.-]+\\.[a-z]{2,})\\b");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:/\\d{1,2})?(?![\\d.]*\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![\\w:])(?:[0-9a-f]{1,4}:){2,7}(?::?[0-9a-f]{1,4}|:)"
            + "(?![\\w:])|(?<![\\w:])::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4}(?![\\w:])");
    private static final Pattern ISSUE = Pattern.compile("\\b([A-Z][A-Z0-9]{1,9})-\\d+\\b");
    private static final Set<String> NOT_ISSUE_PREFIX = Set.of("UTF", "SHA", "AES", "ISO", "RFC", "TLS", "SSL",
            "HTTP", "COVID", "IPV", "MD", "WCAG", "PCI", "SOC", "GDPR", "CVE", "EC", "RSA", "HMAC", "CRC", "PKCS",
            "X");
    private static final Set<String> ROLE_MAILBOXES = Set.of("support", "help", "helpdesk", "status", "security",
            "privacy", "info", "contact", "noreply", "no-reply", "care", "customercare", "customer-support",
            "customersupport", "service", "servicedesk", "hello", "team", "press", "legal", "abuse", "dpo");
    private static final String VENDORS = "aws|amazon(?: web services)?|azure|microsoft|google(?: cloud)?|gcp"
            + "|cloudflare|okta|akamai|fastly|datadog|pagerduty|github|gitlab|atlassian|stripe|twilio|salesforce"
            + "|oracle|ibm|heroku|digitalocean|vercel|netlify|auth0|let'?s encrypt|digicert|sectigo|zscaler"
            + "|crowdstrike|equinix|verizon|comcast|lumen|level ?3|slack|zoom|sendgrid|mailgun|mongodb(?: atlas)?"
            + "|snowflake|hetzner|ovh|linode|alibaba|cloudfront|s3|ec2|rds|entra|office 365|m365|workday|zendesk"
            + "|adyen|paypal|braintree|ns1|route ?53|dyn|godaddy";
    private static final String BLAME_WORDS = "fail(?:ed|ure|ing|s)?|bugs?|buggy|fault(?:y)?|outage|broke(?:n)?"
            + "|errors?|issues?|problems?|down(?:time)?|incident|misconfigur\\w*|blame\\w*|mistake|caused|defect"
            + "|degradation|glitch";
    private static final Pattern VENDOR_BLAME_P = Pattern.compile("(?i)\\b(" + VENDORS + ")(?:'s)?\\b[^.;]{0,60}?\\b("
            + BLAME_WORDS + ")\\b|\\b(?:because of|due to|caused by|blame\\w* on|fault of|result of)\\s+(?:an?\\s+)?"
            + "(?:\\w+\\s+){0,2}?(" + VENDORS + ")\\b");
    private static final Pattern GENERIC_VENDOR_BLAME = Pattern.compile("(?i)\\b(?:third[- ]party|vendor|supplier"
            + "|provider|upstream)(?:'s)?\\b[^.;]{0,40}?\\b(" + BLAME_WORDS + ")\\b");


    /** Credentials: "password: ...", known token shapes, private keys, bearer tokens, user:password@ and connection strings. */
    private static final Pattern SECRET_P = Pattern.compile("(?i)\\b(?:password|passwd|pwd|passphrase|secret|client[_ -]?secret"
            + "|api[_ -]?key|apikey|access[_ -]?key(?:[_ -]?id)?|secret[_ -]?key|auth[_ -]?token|access[_ -]?token|refresh[_ -]?token"
            + "|token|private[_ -]?key|credentials?)\\s*[=:]\\s*[\"']?(?=[^\\s\"']*[0-9_/+=!@#$%^&*-])[^\\s\"']{8,}"
            + "|\\bAKIA[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{30,}|\\bgithub_pat_[A-Za-z0-9_]{30,}|\\bxox[abprs]-[A-Za-z0-9-]{10,}"
            + "|\\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|\\bAIza[0-9A-Za-z_-]{35}\\b|\\bglpat-[0-9A-Za-z_-]{20,}"
            + "|\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY-----"
            + "|\\bbearer\\s+[A-Za-z0-9._~+/-]{16,}=*|\\bbasic\\s+[A-Za-z0-9+/]{16,}={0,2}"
            + "|\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@"
            + "|\\b(?:jdbc:[a-z0-9]+|postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle)://\\S+"
            + "|\\b(?:server|data source|host)=[^;\\s]+;[^\\n]*?\\b(?:password|pwd)=");
    /** Detail that helps an attacker: exact versions of named software, CVE ids, unpatched or vulnerable components. */
    private static final Pattern VERSION_P = Pattern.compile("(?i)\\b(?:version|ver\\.?|release|build|v)\\s*\\d+\\.\\d+(?:\\.\\d+)*[a-z]?\\b"
            + "|\\b[a-z][a-z0-9+_-]{1,30}[ /-]v?\\d+\\.\\d+\\.\\d+[a-z0-9.-]*\\b|\\bCVE-\\d{4}-\\d{4,}\\b");
    private static final Pattern UNPATCHED_P = Pattern.compile("(?i)\\b(?:unpatched|not (?:yet )?(?:been )?patched|vulnerable|vulnerabilit(?:y|ies)"
            + "|exploit(?:ed|able|s)?|zero[- ]day|0-day|auth(?:entication)? bypass|unauthenticated (?:access|endpoint|api)"
            + "|no authentication|remote code execution|privilege escalation|(?:sql|command) injection|end[- ]of[- ]life (?:software|version|os))\\b");
    /** Internal network layout: subnets, VLANs, ports, cloud network ids, bastions. */
    private static final Pattern NETWORK_P = Pattern.compile("(?i)\\b(?:vlan\\s*\\d+|(?:tcp|udp)?\\s*port\\s+\\d{2,5}|:\\d{4,5}\\b(?=/|\\s|$)"
            + "|vpc-[0-9a-f]{4,}|subnet-[0-9a-f]{4,}|sg-[0-9a-f]{4,}|bastion(?: host)?|jump ?(?:host|box)|dmz|management network"
            + "|internal (?:network|subnet|vlan)|subnets?\\s+\\S*\\d|firewall rule \\S*\\d)");

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        String text = doc.externalVersion();
        Header.Classification cls = doc.header() == null ? Header.Classification.INTERNAL : doc.header().classification();
        if (Texts.blank(text)) {
            if (cls != Header.Classification.INTERNAL) {
                out.add(Finding.warning(MISSING, PATH, "The classification says this incident is shared externally, "
                        + "but there is no external-facing version yet.", externalTemplate()));
            }
            return out;
        }
        out.addAll(scan(text, ctx));
        if (!doc.redactionChecklist().complete()) {
            out.add(Finding.error(CHECKLIST, "redactionChecklist", "Complete the redaction checklist before the "
                    + "external version can be published.", null));
        }
        return out;
    }

    /**
     * The text checks alone (no checklist): what a text meant for customers must not contain. Used on the external
     * version by {@link #check} and by the facilitator's drafting before it offers an external version.
     */
    public List<Finding> scan(String text, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (Texts.blank(text)) return out;
        Set<String> seen = new LinkedHashSet<>();
        for (String term : ctx.internalTerms()) {
            Matcher m = Pattern.compile("(?i)(?<![\\w.-])" + Pattern.quote(term) + "(?![\\w-]|\\.\\w)").matcher(text);
            if (m.find() && seen.add(m.group().toLowerCase(Locale.ROOT))) {
                out.add(Finding.error(INTERNAL_TERM, PATH, "The external version names \"" + m.group() + "\", an "
                        + "internal system, host, component or ticket. Describe it in customer terms (\"our sign-in "
                        + "service\").", null));
            }
        }
        Matcher u = URL.matcher(text);
        while (u.find()) {
            String url = u.group();
            if ((INTERNAL_HOST.matcher(url).find() || IPV4.matcher(url).find()) && seen.add(url.toLowerCase(Locale.ROOT))) {
                out.add(Finding.error(HOSTNAME, PATH, "The external version links to an internal address (" + url
                        + ").", null));
            }
        }
        Matcher h = INTERNAL_HOST.matcher(text);
        while (h.find()) {
            if (seen.stream().noneMatch(x -> x.contains(h.group().toLowerCase(Locale.ROOT)))
                    && seen.add(h.group().toLowerCase(Locale.ROOT))) {
                out.add(Finding.error(HOSTNAME, PATH, "The external version names an internal host (" + h.group()
                        + ").", null));
            }
        }
        for (String person : ctx.people()) {
            for (String form : nameForms(person)) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
                if (m.find() && seen.add("person:" + person)) {
                    out.add(Finding.error(PERSON, PATH, "The external version names a person (\"" + form + "\"). "
                            + "Customers need what happened, not who: remove personal names.", null));
                }
            }
        }
        Matcher e = EMAIL_P.matcher(text);
        while (e.find()) {
            String local = e.group(1).toLowerCase(Locale.ROOT);
            if (!ROLE_MAILBOXES.contains(local) && seen.add(e.group().toLowerCase(Locale.ROOT))) {
                out.add(Finding.error(EMAIL, PATH, "The external version contains a personal e-mail address ("
                        + e.group() + "). Use a role mailbox such as support@.", "support@" + e.group(2)));
            }
        }
        Matcher v4 = IPV4.matcher(text);
        while (v4.find()) {
            if (seen.add(v4.group())) {
                out.add(Finding.error(IP, PATH, "The external version contains an IP address (" + v4.group() + ").",
                        null));
            }
        }
        Matcher v6 = IPV6.matcher(text);
        while (v6.find()) {
            if (v6.group().matches("(?i)[0-9a-f:]+") && v6.group().chars().filter(c -> c == ':').count() >= 2
                    && seen.add(v6.group().toLowerCase(Locale.ROOT))) {
                out.add(Finding.error(IP, PATH, "The external version contains an IPv6 address (" + v6.group() + ").",
                        null));
            }
        }
        Matcher k = ISSUE.matcher(text);
        while (k.find()) {
            if (!NOT_ISSUE_PREFIX.contains(k.group(1)) && seen.add(k.group().toLowerCase(Locale.ROOT))
                    && seen.stream().noneMatch(x -> !x.equals(k.group().toLowerCase(Locale.ROOT))
                    && x.startsWith(k.group().toLowerCase(Locale.ROOT)))) {
                out.add(Finding.error(ISSUE_KEY, PATH, "The external version contains an internal ticket key ("
                        + k.group() + ").", null));
            }
        }
        for (String sentence : Texts.sentences(text)) {
            Matcher vb = VENDOR_BLAME_P.matcher(sentence);
            if (vb.find()) {
                String vendor = vb.group(1) != null ? vb.group(1) : vb.group(3);
                out.add(Finding.error(VENDOR_BLAME, PATH, "\"" + sentence + "\" blames " + vendor + ". Unless the "
                        + "vendor has published this themselves, describe the effect on our service instead.",
                        "e.g. \"A failure in an upstream provider's service affected our sign-in service.\""));
            } else if (GENERIC_VENDOR_BLAME.matcher(sentence).find()) {
                out.add(Finding.warning(VENDOR_BLAME, PATH, "\"" + sentence + "\" blames a third party. Make sure the "
                        + "claim is publicly verifiable.", null));
            }
        }
        BlameDetector detector = new BlameDetector(ctx.people(), ctx.teams());
        for (BlameDetector.Blame b : detector.findAll(text)) {
            out.add(Finding.error(BLAME, PATH, "\"" + b.sentence() + "\" " + b.reason().replaceAll("[.?]$", "")
                    + ". The external version must not blame people.", b.suggestion()));
        }
        secrets(text, out);
        weaponisable(text, out);
        return out;
    }

    private static void secrets(String text, List<Finding> out) {
        Matcher m = SECRET_P.matcher(text);
        if (m.find()) {
            out.add(Finding.error(SECRET, PATH, "The external version contains what looks like a secret or credential (\""
                    + mask(m.group()) + "\"): a token, key, password or connection string. Remove it, and rotate it if it "
                    + "was ever shared.", null));
        }
    }

    private static void weaponisable(String text, List<Finding> out) {
        Matcher v = VERSION_P.matcher(text);
        if (v.find()) {
            out.add(Finding.error(WEAPONISABLE, PATH, "The external version names an exact version or vulnerability id (\""
                    + v.group().strip() + "\"). That tells an attacker what to look for: describe the component in general "
                    + "terms.", null));
        }
        Matcher u = UNPATCHED_P.matcher(text);
        if (u.find()) {
            out.add(Finding.error(WEAPONISABLE, PATH, "The external version says \"" + u.group() + "\": detail about an "
                    + "unpatched or vulnerable component helps attackers. Say what was fixed, not what is still open.", null));
        }
        Matcher n = NETWORK_P.matcher(text);
        if (n.find()) {
            out.add(Finding.error(WEAPONISABLE, PATH, "The external version describes the internal network (\"" + n.group().strip()
                    + "\"): subnets, VLANs, ports and network ids help an attacker map it. Leave them out.", null));
        }
    }

    private static final Pattern QUERY = Pattern.compile("(?i)\\b((?:https?|ftp|ssh)://[^\\s<>\"'?#)]+)[?#][^\\s<>\"')]*");

    /**
     * The text with what must never leave the app taken out, using this rule's own detectors: secrets and
     * credentials (tokens, keys, passwords, connection strings, {@code user:password@} URLs), URL query strings and
     * fragments (they carry tokens and ids), e-mail addresses and IP addresses. Each is replaced by a bracketed
     * word, so the sentence still reads ("the token [secret removed] expired"). For text sent to a model.
     */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) return text;
        String t = SECRET_P.matcher(text).replaceAll("[secret removed]");
        t = QUERY.matcher(t).replaceAll("$1");
        t = EMAIL_P.matcher(t).replaceAll("[e-mail removed]");
        t = IPV4.matcher(t).replaceAll("[IP address removed]");
        // an IPv6 address, not a clock time ("09:41:30" has the same shape): it has a hex letter or "::"
        Matcher v6 = IPV6.matcher(t);
        StringBuilder out = new StringBuilder();
        while (v6.find()) {
            String g = v6.group();
            v6.appendReplacement(out, g.contains("::") || g.matches("(?is).*[a-f].*") ? "[IP address removed]" : Matcher.quoteReplacement(g));
        }
        v6.appendTail(out);
        return out.toString();
    }

    /** The first four characters of a secret and a mask, so the finding itself does not repeat it. */
    private static String mask(String secret) {
        String s = secret.strip();
        return s.length() <= 4 ? "****" : s.substring(0, 4) + "****";
    }

    /** "Alex Morgan" -> "Alex Morgan", "Alex", "Morgan" (parts of 3+ letters, so initials do not match words). */
    private static Set<String> nameForms(String person) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(person.strip());
        for (String part : Texts.words(person)) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) forms.add(part);
        }
        return forms;
    }

    private static String externalTemplate() {
        return "Between <start UTC> and <end UTC>, some customers experienced <symptom>. We identified the cause as "
                + "<plain language, no internal system names>. Service was restored at <end UTC>. We apologise for "
                + "the disruption. The steps we are taking to prevent recurrence are: <2-3 bullets>. If you were "
                + "affected and have questions, contact <support email>.";
    }
}

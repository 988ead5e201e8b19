"""Held-out 32 incidents: compact specs. Five software / cloud incidents (Cloudflare's 18 November 2025 outage from the
provider's own on-call, and four seen from customers: Azure Central US on 18-19 July 2024, Azure US Government ARM on
27 September 2024, Microsoft 365 MO941162 on 25 November 2024, Azure VM extension packages FNJ8-VQZ on 2-3 February
2026) and five outside software companies (a Bengaluru stockbroker in NSE's trading halt of 24 February 2021, a Seoul
taxi company's card readers in SK Telecom's HLR failure of 20 March 2014, Quito's metro in Ecuador's blackout of
19 June 2024, an airport station in American Airlines' Christmas Eve 2024 ground stop, a Lubbock hospital's power
failure of 1 September 2020). Timeline facts from public statements (SOURCES-heldout32.md); people, ticket keys, chat
wording, wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Cloudflare, 18 November 2025 - Bot Management feature file doubled in size, seen from the provider's own on-call ---
I.append({
    "id": "cloudflare-2025-11-featurefile-oncall", "name": "Cloudflare global outage 18 November 2025 (a ClickHouse permissions change doubled the Bot Management feature file past the core proxy's limit; impact 11:20-17:06 UTC, core traffic largely flowing 14:30), seen from the provider's own edge on-call",
    "issueId": "98700", "key": "EDGE-1118", "summary": "Global 5xx from core proxy (FL/FL2) - customer HTTP traffic failing in all colos",
    "reporter": "Marisol Vega", "assignee": "Dhruv Menon", "labels": ["sev0", "edge", "global"],
    "components": ["core-proxy", "bot-management"], "created": "2025-11-18T11:48", "now": "2025-12-02T12:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Core proxy returning 5xx for a large share of customer HTTP traffic, all regions. Workers KV and Access erroring, dashboard logins failing. Error rate flapping up and down every few minutes which is weird.

Started ~5:25am my time. Status page is ALSO down (hosted off-platform!) so working theory is a hyper-scale DDoS against us + the status page. Austin on-call, times Central.""",
    "comments": [
        ("225000", "Dhruv Menon", "2025-11-18T12:20", """Not convinced it's an attack: the flapping lines up with the 5-minute feature file regeneration. Some ClickHouse nodes produce a good file, some a bad one. Incident channel extract pasted (incident-edge1118.txt, UTC)."""),
        ("225001", "Marisol Vega", "2025-11-18T14:40", """Known-good Bot Management feature file pushed, core traffic flowing again. Long tail: KV, Access, dashboard still recovering, proxies restarting."""),
        ("225002", "Dhruv Menon", "2025-11-18T17:20", """Everything green. Downstream services restarted. Leaving this In Progress until the write-up."""),
        ("225003", "Marisol Vega", "2025-11-21T16:00", """Retro (Friday), times UTC.
Trigger: the 11:05 database access control change made a ClickHouse query return duplicate feature rows, so the Bot Management feature file doubled and blew the proxy's hard limit on features. The change itself did no harm until the file reached the edge.
Customer impact 11:20 → 17:06 UTC. 14:30 is when core traffic was largely flowing, not the end: KV, Access and the dashboard were still failing after that.
First automated alert 11:31 (the synthetic HTTP test), incident call 11:35. The "~5:25am" in the description is 11:25 UTC and was a guess.
The DDoS theory and the status page outage were a coincidence that cost us time.
Actions: treat generated config files like user input (size checks), global kill switches for features, stop core dumps and error reports from eating CPU during an incident."""),
    ],
    "changelog": [
        ("Dhruv Menon", "2025-11-18T11:49", [("status", "Open", "In Progress")]),
        ("Marisol Vega", "2025-11-21T16:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "incident-edge1118.txt", "zone": "UTC", "referenceDate": "2025-11-18", "text": """
#inc-edge-global (export, UTC)
[11:05] deploy-bot: clickhouse: access control change rolled out (users see r0 tables explicitly)
[11:31] synthetics: ALERT http-e2e global - 5xx rate 38% (threshold 2%) from 112 probes
[11:35] marisol: incident call open, zoom link in topic. looks like DDoS? status page also down
[11:52] dhruv: workers kv 5xx through the roof, that's downstream of FL
[13:05] dhruv: bypass in place for Workers KV and Access - falling back to prior proxy version
[13:37] marisol: focus: roll back the bot management feature file to last known good
[14:30] dhruv: good file propagated, core traffic largely flowing
[17:06] marisol: all downstream services restarted, error rates at baseline
"""}],
    "expected": {
        "events": [["2025-11-18T11:05Z", ["access control change"]], ["2025-11-18T11:20Z", ["impact"]],
                   ["2025-11-18T11:31Z", ["ALERT", "automated alert"]], ["2025-11-18T11:35Z", ["incident call"]],
                   ["2025-11-18T13:05Z", ["bypass"]], ["2025-11-18T14:30Z", ["core traffic"]],
                   ["2025-11-18T17:06Z", ["downstream services", "impact"]]],
        "keyTimes": {
            "started": kt("2025-11-18T11:20Z", S, "Customer impact 11:20 → 17:06 UTC", "comment 225003"),
            "detected": kt("2025-11-18T11:31Z", S, "synthetics: ALERT http-e2e global - 5xx rate 38%", "incident-edge1118.txt"),
            "resolved": kt("2025-11-18T17:06Z", S, "Customer impact 11:20 → 17:06 UTC", "comment 225003")},
        "responders": [["Marisol Vega", None], ["Dhruv Menon", None]],
        "narrative": nar(["feature file"], ["known-good"], ["EDGE-1118", "http-e2e"],
                         "On 18 November 2025 an oversized Bot Management feature file made the core proxy fail customer HTTP traffic worldwide from 11:20 to 17:06 UTC."),
    }})

# 2. Azure Central US, 18-19 July 2024 - storage access blocked by a cluster-management change, seen from an insurer ----
I.append({
    "id": "azure-2024-07-centralus-insurer", "name": "Azure Central US storage/compute outage 18-19 July 2024 (a backend cluster management workflow blocked access between storage clusters and compute; customer impact from 21:56 UTC, compute 99% recovered 02:51 UTC, progressive recovery to 12:15 UTC), seen from a Des Moines insurer's claims portal",
    "issueId": "98701", "key": "INC-7180", "summary": "Claims portal + agent quoting down - VMs in Central US restarting / disks unavailable",
    "reporter": "Kyle Brandt", "assignee": "Renee Okafor", "labels": ["p1", "azure", "claims"],
    "components": ["claims-portal", "cloud-infra"], "created": "2024-07-18T22:24", "now": "2024-08-02T12:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Claims portal (policyholders) and agent quoting both down. The app VMs in Central US keep rebooting and the SQL VM says its data disk is gone.

Since about 5 pm. My bet is last night's SQL Server cumulative update on the DB VM, rolling it back. Times are Des Moines (Central).""",
    "comments": [
        ("225010", "Renee Okafor", "2024-07-18T23:05", """Not the CU: the web VMs that never got it are rebooting too. Azure status has a Central US storage incident. Our Teams thread pasted (teams-inc7180.txt, Central time)."""),
        ("225011", "Kyle Brandt", "2024-07-19T02:45", """Portal and quoting answering again, SQL disk is back. Watching it."""),
        ("225012", "Renee Okafor", "2024-07-19T13:30", """Morning: separate mess - the CrowdStrike update bluescreened ~40 desktops in the agent call centre. NOT this incident, tracked in INC-7191. Azure shows Central US services still recovering but ours are fine since last night."""),
        ("225013", "Kyle Brandt", "2024-07-24T15:00", """PIR notes (Wednesday), after Microsoft's preliminary PIR.
Microsoft: a backend cluster management workflow deployed a configuration change that blocked access between a subset of Azure Storage clusters and compute, so VMs restarted when they lost their virtual disks. Customer impact began 21:56 UTC; 99% of compute recovered 02:51 UTC; other services recovered progressively until 12:15 UTC.
Our claims portal was down 16:56 → 21:38 CDT.
First alert was the Azure Monitor availability test at 5:01 PM; the description's "about 5 pm" was a guess and so was the CU.
Actions: zone-redundant disks for the SQL tier, a warm standby in East US 2, subscribe the on-call to Azure Service Health."""),
    ],
    "changelog": [
        ("Renee Okafor", "2024-07-18T22:25", [("status", "Open", "In Progress")]),
        ("Kyle Brandt", "2024-07-19T02:46", [("status", "In Progress", "Monitoring")]),
        ("Kyle Brandt", "2024-07-24T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-inc7180.txt", "zone": "America/Chicago", "referenceDate": "2024-07-18", "text": """
Azure Monitor [5:01 PM]
Availability test 'claims-portal-ping' failed from 5 of 5 locations (Central US backend unreachable)
Kyle Brandt [5:06 PM]
db vm rebooting?? the CU from last night. rolling back
Renee Okafor [5:13 PM]
web01/web02 rebooting too and they never got the CU
Renee Okafor [6:27 PM]
Azure status: Central US - multiple services impacted, storage investigating
Kyle Brandt [8:10 PM]
still no data disk on sqlvm-cus-01
Renee Okafor [9:38 PM]
portal loads, quote engine ok, disk attached again
"""}],
    "expected": {
        "events": [["2024-07-18T21:56Z", ["impact began", "down"]], ["2024-07-18T22:01Z", ["Availability test", "alert"]],
                   ["2024-07-18T22:13Z", ["rebooting"]], ["2024-07-18T23:27Z", ["Azure status"]],
                   ["2024-07-19T02:38Z", ["portal loads", "down"]]],
        "keyTimes": {
            "started": kt("2024-07-18T21:56Z", S, "Our claims portal was down 16:56 → 21:38 CDT", "comment 225013"),
            "detected": kt("2024-07-18T22:01Z", S, "Availability test 'claims-portal-ping' failed from 5 of 5 locations", "teams-inc7180.txt"),
            "resolved": kt("2024-07-19T02:38Z", S, "Our claims portal was down 16:56 → 21:38 CDT", "comment 225013")},
        "responders": [["Kyle Brandt", None], ["Renee Okafor", None]],
        "narrative": nar(["configuration change"], ["recovered"], ["INC-7180", "claims-portal-ping"],
                         "On 18 July 2024 an Azure Central US storage outage took the insurer's claims portal and agent quoting down from 16:56 to 21:38 CDT."),
    }})

# 3. Azure US Government ARM, 27 September 2024 - Cosmos DB misconfiguration, seen from a federal contractor's platform team
I.append({
    "id": "azure-2024-09-usgov-arm-contractor", "name": "Azure Resource Manager outage in the US Government cloud 27 September 2024 (a backend Cosmos DB account misconfigured to block ARM; 14:47-16:25 EDT), seen from an Arlington federal contractor's platform team",
    "issueId": "98702", "key": "PLAT-2709", "summary": "All Terraform applies / pipeline deploys to Azure Gov failing (ARM 403/5xx)",
    "reporter": "Owen Castellano", "assignee": "Priya Raghunathan", "labels": ["azure-gov", "pipelines"],
    "components": ["platform", "ci-cd"], "created": "2024-09-27T19:10", "now": "2024-10-08T12:00:00Z",
    "defaultZone": "America/New_York", "priority": "High",
    "description": """Every deploy to US Gov Virginia and Arizona is failing at the ARM step, portal blades won't load resources either. Running workloads look OK, it's the control plane.

Since 3pm-ish. Guess: the pipeline service principal's client secret got rotated by the new Key Vault policy this morning. Checking. ET.""",
    "comments": [
        ("225020", "Priya Raghunathan", "2024-09-27T19:40", """Secret is fine - a fresh az login with my own account fails the same way, and Azure Gov status now shows ARM degraded across all Gov regions. Pipeline log extract pasted (pipeline-plat2709.txt, UTC stamps)."""),
        ("225021", "Owen Castellano", "2024-09-27T20:40", """Deploys passing again, re-ran the release for the DHS sandbox. Monitoring over the weekend."""),
        ("225022", "Priya Raghunathan", "2024-09-30T14:00", """Monday, no repeats. Resolving; the customer-facing SLA report needs the window, see the review."""),
        ("225023", "Owen Castellano", "2024-10-02T17:30", """Review (Wednesday).
Microsoft's PIR: a backend Cosmos DB account used for feature exposure state was misconfigured to block legitimate access from ARM; the setting is global, so every Gov region lost ARM. They reverted the misconfiguration.
Our first failed ARM call was at 18:47 UTC in the pipeline log (2:47 PM here), and the ADO failure alert six minutes later is what paged me.
We were blocked for an hour and 38 minutes in total; nothing running was affected.
The secret rotation had nothing to do with it.
Actions: pipeline retries with backoff on ARM 5xx, a status-page watcher for Azure Gov."""),
    ],
    "changelog": [
        ("Priya Raghunathan", "2024-09-27T19:11", [("status", "Open", "In Progress")]),
        ("Owen Castellano", "2024-09-27T20:41", [("status", "In Progress", "Monitoring")]),
        ("Priya Raghunathan", "2024-09-30T14:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pipeline-plat2709.txt", "zone": "UTC", "referenceDate": "2024-09-27", "text": """
2024-09-27T18:46:12Z [release-gov-va #4412] terraform apply: azurerm_storage_account.logs ... OK
2024-09-27T18:47:03Z [release-gov-va #4412] ERROR ResourceManager: 403 Forbidden - request blocked (x-ms-failure-cause: gateway)
2024-09-27T18:47:05Z [release-gov-va #4412] terraform apply failed, 14 resources pending
2024-09-27T18:53:40Z [ado-alerts] PAGE owen.castellano: pipeline failure rate > 50% (azure-gov), 6 of 7 runs failed
2024-09-27T19:02:11Z [release-gov-az #881] ERROR ResourceManager: 503 Service Unavailable
2024-09-27T19:31:50Z [ops] Azure Gov status: Azure Resource Manager - degraded, US Gov Arizona/Texas/Virginia
2024-09-27T20:34:27Z [release-gov-va #4419] terraform apply complete - 14 added
"""}],
    "expected": {
        "events": [["2024-09-27T18:47Z", ["ERROR", "first failed ARM call"]], ["2024-09-27T18:53Z", ["PAGE"]],
                   ["2024-09-27T19:31Z", ["status"]], ["2024-09-27T20:34Z", ["apply complete"]]],
        "keyTimes": {
            "started": kt("2024-09-27T18:47Z", S, "Our first failed ARM call was at 18:47 UTC in the pipeline log", "comment 225023"),
            "detected": kt("2024-09-27T18:53Z", S, "PAGE owen.castellano: pipeline failure rate > 50%", "pipeline-plat2709.txt"),
            "resolved": kt("2024-09-27T20:25Z", I_, "We were blocked for an hour and 38 minutes in total", "comment 225023")},
        "responders": [["Owen Castellano", None], ["Priya Raghunathan", None]],
        "narrative": nar(["Cosmos DB"], ["reverted"], ["PLAT-2709", "release-gov-va"],
                         "On 27 September 2024 an Azure Resource Manager outage in the US Government cloud blocked the contractor's deployments for an hour and 38 minutes from 2:47 PM ET; running workloads were not affected."),
    }})

# 4. Microsoft 365 MO941162, 25 November 2024 - Exchange Online / Teams calendar, seen from a Warsaw logistics firm -----
I.append({
    "id": "m365-2024-11-mo941162-warsaw", "name": "Microsoft 365 outage 25 November 2024 (Exchange Online and Teams calendar, MO941162; a recent change reverted, fix to ~98% of environments, targeted restarts slower than planned), seen from a Warsaw freight-forwarding company's IT",
    "issueId": "98703", "key": "IT-2511", "summary": "Outlook/OWA nie działa - mailbox + kalendarze nie ładują się (cała firma)",
    "reporter": "Agnieszka Wróbel", "assignee": "Paweł Zieliński", "labels": ["m365", "helpdesk"],
    "components": ["email", "workplace"], "created": "2024-11-25T07:40", "now": "2024-12-06T12:00:00Z",
    "defaultZone": "Europe/Warsaw", "priority": "High",
    "description": """Outlook (desktop i OWA) nie ładuje skrzynek, kalendarze w Teams puste, spedytorzy nie widzą awizacji od przewoźników. Cała firma, Warszawa i Poznań.

Od rana. Pierwsza hipoteza: weekendowa zmiana na firewallu (nowy profil SSL inspection) psuje połączenie do Exchange Online. Wycofuję. Czas lokalny.""",
    "comments": [
        ("225030", "Paweł Zieliński", "2024-11-25T08:30", """Firewall rolled back, no change, and OWA from a phone on LTE fails the same way. Microsoft has MO941162 in the admin center. Our helpdesk WhatsApp group pasted (whatsapp-it2511.txt, Warsaw time)."""),
        ("225031", "Agnieszka Wróbel", "2024-11-25T13:10", """MS says they reverted a recent change and are restarting unhealthy machines. Still intermittent for us, about half the mailboxes load."""),
        ("225032", "Paweł Zieliński", "2024-11-26T09:00", """Tuesday morning: all fine. Microsoft promised full restoration by 3:00 AM UTC today. Closing."""),
        ("225033", "Agnieszka Wróbel", "2024-11-28T10:00", """Podsumowanie (czwartek) / summary.
When did it start for us? Nobody knows: Microsoft's users reported problems overnight, our first people only logged in at 8 and by then it was already broken. Message trace has no gap we can point at.
First report to the helpdesk 08:14 (Kasia from the Poznań office) - that is our detection.
For us it ended at 17:40 local, when Paweł's test mailbox and the dispatch calendars loaded for everyone; the MS "full restoration" ETA is theirs, not ours.
Firewall change: innocent.
Actions: offline copy of the carrier contact list, a fallback Gmail address for urgent carrier notices."""),
    ],
    "changelog": [
        ("Paweł Zieliński", "2024-11-25T07:41", [("status", "Open", "In Progress")]),
        ("Paweł Zieliński", "2024-11-26T09:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-it2511.txt", "zone": "Europe/Warsaw", "referenceDate": "2024-11-25", "text": """
25.11.2024, 08:14 - Kasia Nowak: Outlook się nie otwiera u mnie i u całego biura w Poznaniu, kręci się w kółko
25.11.2024, 08:19 - Paweł Zieliński: u mnie OWA też. firewall? wycofuję ten profil z soboty
25.11.2024, 08:52 - Paweł Zieliński: wycofane, bez zmian. w admin center jest MO941162
25.11.2024, 15:06 - Agnieszka Wróbel: Microsoft na X: "We're investigating an issue impacting users attempting to access Exchange Online or functionality within Microsoft Teams calendar"
25.11.2024, 17:40 - Paweł Zieliński: skrzynka testowa i kalendarze dyspozytorów działają u wszystkich
"""}],
    "expected": {
        "events": [["2024-11-25T07:14Z", ["Outlook", "First report"]], ["2024-11-25T07:52Z", ["MO941162"]],
                   ["2024-11-25T14:06Z", ["Microsoft"]], ["2024-11-25T16:40Z", ["kalendarze", "ended"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2024-11-25T07:14Z", S, "First report to the helpdesk 08:14", "comment 225033"),
            "resolved": kt("2024-11-25T16:40Z", S, "For us it ended at 17:40 local", "comment 225033")},
        "responders": [["Agnieszka Wróbel", None], ["Paweł Zieliński", None]],
        "narrative": nar(["recent change"], ["reverted"], ["IT-2511", "MO941162"],
                         "On 25 November 2024 a Microsoft 365 outage kept the company's mailboxes and Teams calendars from loading until 17:40 Warsaw time; when it began for them is not known."),
    }})

# 5. Azure FNJ8-VQZ, 2-3 February 2026 - VM extension package storage blocked, seen from a Sydney payments start-up -----
I.append({
    "id": "azure-2026-02-vmext-aks-sydney", "name": "Azure virtual machine management outage 2-3 February 2026 (tracking ID FNJ8-VQZ: a policy change blocked public read on Microsoft-managed storage holding VM extension packages; 19:46 UTC 2 Feb to 06:05 UTC 3 Feb), seen from a Sydney payments start-up whose AKS node pools could not scale",
    "issueId": "98704", "key": "SRE-0302", "summary": "AKS node pool scale-up failing, pods Pending, checkout API p99 > 8s",
    "reporter": "Liam O'Sullivan", "assignee": "Mei Tanaka", "labels": ["sev2", "aks", "azure"],
    "components": ["payments-api", "platform"], "created": "2026-02-02T21:20", "now": "2026-02-16T12:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Cluster autoscaler can't add nodes to the checkout pool: new VMs fail on the extension install step (VMExtensionProvisioningError). Morning traffic ramp means pods are Pending and checkout p99 is over 8s, some merchants getting timeouts.

Since ~8am. Suspect our Friday AKS upgrade to the new node image, looking at a downgrade. Sydney time.""",
    "comments": [
        ("225040", "Mei Tanaka", "2026-02-02T21:55", """Not the node image: a plain VM create in a scratch subscription fails the same extension step. Azure status has a VM service management incident, global. Slack thread pasted (slack-sre0302.txt, Sydney time)."""),
        ("225041", "Liam O'Sullivan", "2026-02-03T00:25", """Moved the batch reconciliation jobs off the pool and pinned what we have, p99 back under 400 ms. Autoscaler still can't add nodes, we're just not needing them now."""),
        ("225042", "Mei Tanaka", "2026-02-03T06:30", """Azure says VM operations mitigated. Test scale-up of 3 nodes succeeded. Batch jobs back on. Monitoring."""),
        ("225043", "Liam O'Sullivan", "2026-02-05T03:00", """Review notes (Thursday), Sydney time unless marked.
Azure: a policy change unintentionally applied to Microsoft-managed storage accounts blocked public read on VM extension packages, 19:46 UTC 2 Feb → 06:05 UTC 3 Feb (tracking FNJ8-VQZ). Their mitigation then overloaded the managed identity service in two US regions, not ours.
For us: scale-ups failed from 06:46 Tuesday but nobody needed a node until the morning ramp; merchant impact (checkout p99 over SLO) 08:02 → 11:20 Tuesday.
The p99 alert at 08:06 was our first signal; the description's "~8am" was close, the node image guess was wrong.
Actions: keep two spare nodes warm in the checkout pool, pre-stage extension packages via private endpoint."""),
    ],
    "changelog": [
        ("Mei Tanaka", "2026-02-02T21:21", [("status", "Open", "In Progress")]),
        ("Mei Tanaka", "2026-02-03T06:31", [("status", "In Progress", "Monitoring")]),
        ("Liam O'Sullivan", "2026-02-05T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-sre0302.txt", "zone": "Australia/Sydney", "referenceDate": "2026-02-03", "text": """
cluster-autoscaler  6:46 AM
scale-up failed for nodepool checkout (+2): VMExtensionProvisioningError
Grafana  8:06 AM
[FIRING] checkout-api p99 latency > 2s for 3m (current 8.4s)
Liam O'Sullivan  8:11 AM
pods pending on checkout pool. friday's node image upgrade? prepping downgrade
Mei Tanaka  8:49 AM
scratch sub VM create fails too. azure status: VM service management operations failing, FNJ8-VQZ
Liam O'Sullivan  11:20 AM
batch jobs moved off, checkout p99 380ms
"""}],
    "expected": {
        "events": [["2026-02-02T19:46Z", ["scale-up failed", "policy change"]], ["2026-02-02T21:02Z", ["merchant impact"]],
                   ["2026-02-02T21:06Z", ["FIRING", "p99 alert"]], ["2026-02-02T21:49Z", ["FNJ8-VQZ"]],
                   ["2026-02-03T00:20Z", ["batch jobs", "merchant impact"]], ["2026-02-03T06:05Z", ["FNJ8-VQZ", "policy change"]]],
        "keyTimes": {
            "started": kt("2026-02-02T21:02Z", S, "merchant impact (checkout p99 over SLO) 08:02 → 11:20 Tuesday", "comment 225043"),
            "detected": kt("2026-02-02T21:06Z", S, "[FIRING] checkout-api p99 latency > 2s for 3m", "slack-sre0302.txt"),
            "resolved": kt("2026-02-03T00:20Z", S, "merchant impact (checkout p99 over SLO) 08:02 → 11:20 Tuesday", "comment 225043")},
        "responders": [["Liam O'Sullivan", None], ["Mei Tanaka", None]],
        "narrative": nar(["policy change"], ["mitigated"], ["SRE-0302", "checkout-api"],
                         "On 3 February 2026 (Sydney) an Azure VM management outage stopped the start-up's checkout node pool from scaling; merchants saw slow or failing checkouts from 08:02 to 11:20 AEDT."),
    }})

# 6. NSE India, 24 February 2021 - telecom links, online risk management system down, seen from a Bengaluru broker ----
I.append({
    "id": "nse-2021-02-halt-broker-desk", "name": "National Stock Exchange of India trading halt 24 February 2021 (index and price feeds froze from about 10:06-10:08 IST, all segments closed 11:40, trading resumed 3:45 PM with hours extended to 5 PM; telecom links of both providers, online risk management system unavailable), seen from a Bengaluru discount broker's dealing and ops desk",
    "issueId": "98705", "key": "OPS-2402", "summary": "NSE prices frozen / NSE orders rejected - all clients, cash + F&O",
    "reporter": "Sneha Iyer", "assignee": "Karthik Subramanian", "labels": ["exchange", "p1", "trading"],
    "components": ["order-gateway", "client-support"], "created": "2021-02-24T05:20", "now": "2021-03-05T12:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """NSE quotes not updating for any scrip since morning, Nifty/BankNifty stuck, clients placing orders on stale prices. Now NSE has closed all segments. BSE working.

From ~10.30? First guess was our market-data vendor's multicast feed (they had a maintenance window last night), raised a ticket with them. IST.""",
    "comments": [
        ("225050", "Karthik Subramanian", "2021-02-24T06:35", """Vendor feed is fine, BSE ticks flowing. NSE statement: multiple telecom links with two service providers, both reported issues, all segments closed at 11.40 am. Desk log pasted (desklog-ops2402.txt, IST)."""),
        ("225051", "Sneha Iyer", "2021-02-24T08:55", """No word from NSE on reopening. Plan: if NSE isn't back by 2.45 pm, block new MIS/CO orders and square off equity intraday positions on BSE. Client SMS drafted."""),
        ("225052", "Karthik Subramanian", "2021-02-24T10:30", """NSE back, special session running, hours extended to 5 pm on NSE and BSE. We already squared off some MIS positions on BSE at 2.45 since the extension notice came too late for us."""),
        ("225053", "Sneha Iyer", "2021-03-01T11:00", """Post-mortem (Monday).
NSE later said the telecom instability took down their online risk management system, so the market had to be shut; trading did not move to the DR site in Chennai. SEBI asked for a root cause analysis.
For our clients prices were frozen from 10:08 (first stale tick in our feed monitor) and NSE trading was restored when the special session opened at 3:45 pm.
Our stale-feed monitor fired at 10:11 and that was the first we knew; the "~10.30" in the ticket was a guess and the vendor feed was innocent.
Actions: stale-price banner in the app driven by the same monitor, documented BSE fallback with a decision owner and a fixed cut-off."""),
    ],
    "changelog": [
        ("Karthik Subramanian", "2021-02-24T05:21", [("status", "Open", "In Progress")]),
        ("Sneha Iyer", "2021-02-24T11:35", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Sneha Iyer", "2021-02-25T04:00", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Sneha Iyer", "2021-03-01T11:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "desklog-ops2402.txt", "zone": "Asia/Kolkata", "referenceDate": "2021-02-24", "text": """
[24/02/21 10:08:37] feedmon: last NSE tick NIFTY 14820.25, no update since
[24/02/21 10:11:02] feedmon: STALE FEED ALERT exch=NSE segments=CM,FO age=150s
[24/02/21 10:14:40] dealer-2 (Rahul): clients calling, nifty stuck on terminal too
[24/02/21 10:20:15] ops (Karthik): vendor multicast? ticket raised with them
[24/02/21 11:40:00] NSE notice: all segments closed at 11:40 am, will be restored as soon as issue is resolved
[24/02/21 15:17:30] NSE circular: trading hours extended, NSE and BSE till 5 pm
[24/02/21 15:45:02] feedmon: NSE ticks resumed, order acks OK
"""}],
    "expected": {
        "events": [["2021-02-24T04:38Z", ["last NSE tick", "frozen"]], ["2021-02-24T04:41Z", ["STALE FEED ALERT", "monitor fired"]],
                   ["2021-02-24T04:44Z", ["clients calling"]], ["2021-02-24T06:10Z", ["closed"]],
                   ["2021-02-24T09:47Z", ["extended"]], ["2021-02-24T10:15Z", ["resumed", "special session"]]],
        "keyTimes": {
            "started": kt("2021-02-24T04:38Z", S, "For our clients prices were frozen from 10:08", "comment 225053"),
            "detected": kt("2021-02-24T04:41Z", S, "feedmon: STALE FEED ALERT exch=NSE segments=CM,FO", "desklog-ops2402.txt"),
            "resolved": kt("2021-02-24T10:15Z", S, "NSE trading was restored when the special session opened at 3:45 pm", "comment 225053")},
        "responders": [["Sneha Iyer", None], ["Karthik Subramanian", None]],
        "narrative": nar(["telecom"], ["special session"], ["OPS-2402", "feedmon"],
                         "On 24 February 2021 NSE prices froze from 10:08 IST and NSE trading stayed halted until a special session at 3:45 pm; the broker's clients could trade only on BSE in between."),
    }})

# 7. SK Telecom, 20 March 2014 - HLR failure and call-storm overload, seen from a Seoul taxi company's dispatch ---------
I.append({
    "id": "skt-2014-03-hlr-taxi-dispatch", "name": "SK Telecom mobile outage 20 March 2014 (home location register failure at about 6 PM KST, equipment repaired 6:24 PM, traffic overload kept some subscribers offline until about 11:40 PM), seen from a Seoul taxi company whose card readers and driver phones use SKT",
    "issueId": "98706", "key": "DSP-0320", "summary": "카드결제기 승인 안 됨 / card terminals in cabs not authorising, drivers unreachable",
    "reporter": "Park Ji-hoon", "assignee": "Choi Eun-ji", "labels": ["telecom", "payments", "fleet"],
    "components": ["dispatch", "card-terminals"], "created": "2014-03-20T09:40", "now": "2014-03-31T12:00:00Z",
    "defaultZone": "Asia/Seoul",
    "description": """법인택시 카드결제기 승인 불가 - card terminals in most cabs show 통신오류 (comms error), passengers paying cash or not paying. Driver phones also cannot be reached from dispatch.

약 6시 반부터? First guess: the VAN (card payment network) changed something, calling them. KST.""",
    "comments": [
        ("225060", "Choi Eun-ji", "2014-03-20T10:10", """VAN says their side is fine and KT-modem cabs are approving normally. Only SKT units fail. SKT call centre unreachable. Dispatch log pasted (dispatchlog-dsp0320.txt, KST)."""),
        ("225061", "Park Ji-hoon", "2014-03-20T14:05", """SKT press release around 11 pm: subscriber module (HLR) failure, equipment restored at 6:24 pm, overload control still causing trouble for some customers. About a third of our cabs still offline."""),
        ("225062", "Choi Eun-ji", "2014-03-21T00:30", """Morning shift: terminals approving. Drivers report cash losses, collecting claims for SKT compensation. Closing operationally."""),
        ("225063", "Park Ji-hoon", "2014-03-24T02:00", """Review (Monday), KST.
SKT: the HLR that verifies subscriber locations failed at about 6 pm Thursday, the equipment was repaired in 24 minutes, but the retry storm overloaded the network and some subscribers stayed offline until 11:40 pm. SKT apologised and promised compensation.
Our card terminals started failing at about 6:00 pm, same as SKT says.
First call from a driver (Mr. Kim, cab 3312) at 18:09 - that's when we knew.
When did the last cab come back? We don't know: terminals came back one by one through the night, they don't log reconnects and the night shift didn't note it. SKT's 6:24 and 11:40 are their numbers, not ours.
VAN guess was wrong.
Actions: dual-SIM terminals (SKT + KT) at the next lease renewal, a dispatcher checklist to note when service returns."""),
    ],
    "changelog": [
        ("Choi Eun-ji", "2014-03-20T09:41", [("status", "Open", "In Progress")]),
        ("Choi Eun-ji", "2014-03-21T00:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dispatchlog-dsp0320.txt", "zone": "Asia/Seoul", "referenceDate": "2014-03-20", "text": """
2014-03-20 18:09 수신 3312 김기사: 카드 승인이 안 됨, 통신오류 뜸 (card won't approve, comms error)
2014-03-20 18:15 수신 1187 / 2094 / 3020 동일 증상 (same)
2014-03-20 18:26 발신 VAN사 상담: 우리 쪽 이상 없음 (VAN: no problem on our side)
2014-03-20 18:40 확인: KT 모뎀 차량은 정상, SKT 차량만 장애 (KT-modem cabs OK, only SKT)
2014-03-20 20:50 공지: 현금 결제 안내 문자 발송 (SMS to drivers: take cash)
"""}],
    "expected": {
        "events": [["2014-03-20T09:00Z", ["started failing", "failed at about"]], ["2014-03-20T09:09Z", ["카드", "First call"]],
                   ["2014-03-20T09:24Z", ["restored", "repaired"]], ["2014-03-20T09:40Z", ["SKT"]],
                   ["2014-03-20T11:50Z", ["현금", "cash"]], ["2014-03-20T14:40Z", ["offline until"]]],
        "keyTimes": {
            "started": kt("2014-03-20T09:00Z", S, "Our card terminals started failing at about 6:00 pm", "comment 225063"),
            "detected": kt("2014-03-20T09:09Z", S, "First call from a driver (Mr. Kim, cab 3312) at 18:09", "comment 225063"),
            "resolved": kt(None, U)},
        "responders": [["Park Ji-hoon", None], ["Choi Eun-ji", None]],
        "narrative": nar(["HLR"], ["repaired"], ["DSP-0320", "3312"],
                         "On 20 March 2014 an SK Telecom network failure stopped the company's in-cab card terminals from about 6 pm KST; they came back one by one overnight and the end is not known."),
    }})

# 8. Ecuador, 19 June 2024 - Milagro-Zhoray 230 kV line failure, nationwide blackout, seen from Quito metro's control centre
I.append({
    "id": "ecuador-2024-06-quito-metro-pcc", "name": "Ecuador nationwide blackout 19 June 2024 (failure of the Milagro-Zhoray 230 kV transmission line at 15:17 local caused a cascade disconnection; 95% of demand restored by 6:41 PM), seen from the Quito metro's control centre",
    "issueId": "98707", "key": "PCC-1906", "summary": "Pérdida total de alimentación - Línea 1 detenida, trenes en túnel",
    "reporter": "Andrea Paredes", "assignee": "Santiago Moncayo", "labels": ["energia", "operacion", "sev1"],
    "components": ["traccion", "pcc"], "created": "2024-06-19T20:35", "now": "2024-07-01T12:00:00Z",
    "defaultZone": "America/Guayaquil",
    "description": """Pérdida total de alimentación en las subestaciones de tracción, Línea 1 detenida entre El Labrador y Quitumbe, 6 trenes fuera de estación. Iluminación de emergencia en estaciones.

Desde las 15:20 aprox. Primera hipótesis: falla en nuestra subestación de El Recreo (disparo de protección). Mantenimiento en camino. Hora local.""",
    "comments": [
        ("225070", "Santiago Moncayo", "2024-06-19T21:00", """No es nuestra subestación: CENACE reporta desconexión en cascada, apagón nacional. El ministro Luque lo confirmó en X. Log del PCC pegado (pcc-log-1906.txt, hora local)."""),
        ("225071", "Andrea Paredes", "2024-06-19T23:50", """Luque: "con corte a las 18:41, el 95% de la energía a nivel nacional ya fue restablecida". Tenemos tensión estable en las subestaciones, pruebas de tracción en curso."""),
        ("225072", "Santiago Moncayo", "2024-06-20T12:30", """Servicio normal desde la apertura de hoy. Cierro el ticket de operación; la revisión sigue en PCC-1907."""),
        ("225073", "Andrea Paredes", "2024-06-24T15:00", """Revisión (lunes).
Causa: falla de la línea de transmisión Milagro-Zhoray (230 kV) a las 15:17, desconexión en cascada del sistema nacional según CENACE y el ministro. Nada que ver con El Recreo.
Para el metro: la alimentación se perdió a las 15:17 y la alarma SCADA llegó ese mismo minuto; la hora "15:20 aprox." del ticket era una estimación.
Evacuación de los 6 trenes por túnel completada sin heridos.
El servicio comercial estuvo suspendido durante 3 horas y 48 minutos desde la pérdida de alimentación; la restitución nacional del 95% no es nuestro fin.
Acciones: acuerdo con la EEQ para prioridad de reposición, revisar autonomía de las baterías de iluminación de túnel."""),
    ],
    "changelog": [
        ("Santiago Moncayo", "2024-06-19T20:36", [("status", "Open", "In Progress")]),
        ("Santiago Moncayo", "2024-06-20T12:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pcc-log-1906.txt", "zone": "America/Guayaquil", "referenceDate": "2024-06-19", "text": """
19/06/2024 15:17:41 SCADA ALARMA: pérdida de tensión 22,8 kV SE El Recreo / SE Quitumbe / SE El Labrador
19/06/2024 15:19 PCC: 6 trenes detenidos en vía, orden de esperar instrucciones
19/06/2024 15:31 PCC: servicio suspendido, publicado en X, evacuación por túnel autorizada
19/06/2024 16:02 PCC: evacuación completada, 0 heridos
19/06/2024 18:41 CENACE/Luque: 95% de la energía nacional restablecida
"""}],
    "expected": {
        "events": [["2024-06-19T20:17Z", ["ALARMA", "Milagro-Zhoray"]], ["2024-06-19T20:19Z", ["trenes detenidos"]],
                   ["2024-06-19T20:31Z", ["servicio suspendido"]], ["2024-06-19T21:02Z", ["evacuación completada"]],
                   ["2024-06-19T23:41Z", ["restablecida"]]],
        "keyTimes": {
            "started": kt("2024-06-19T20:17Z", S, "la alimentación se perdió a las 15:17", "comment 225073"),
            "detected": kt("2024-06-19T20:17Z", S, "SCADA ALARMA: pérdida de tensión 22,8 kV", "pcc-log-1906.txt"),
            "resolved": kt("2024-06-20T00:05Z", I_, "El servicio comercial estuvo suspendido durante 3 horas y 48 minutos", "comment 225073")},
        "responders": [["Andrea Paredes", None], ["Santiago Moncayo", None]],
        "narrative": nar(["transmisión"], ["restablecida"], ["PCC-1906", "El Recreo"],
                         "On 19 June 2024 Ecuador's nationwide blackout stopped Quito's metro Line 1 at 15:17; six trains were evacuated and commercial service was suspended for 3 hours 48 minutes."),
    }})

# 9. American Airlines, 24 December 2024 - vendor flight-release system failure and FAA ground stop, seen from CLT station
I.append({
    "id": "aa-2024-12-groundstop-clt-station", "name": "American Airlines nationwide ground stop 24 December 2024 (a vendor technology issue affected the system needed to release flights; FAA ground stop at the airline's request about 11:50-13:1x UTC, lifted shortly after 8 AM ET / just before 8:15), seen from an airport station's operations",
    "issueId": "98708", "key": "STN-1224", "summary": "Cannot release flights - dispatch release system down, departures held (Christmas Eve)",
    "reporter": "Terrence Booker", "assignee": "Alicia Marsh", "labels": ["station-ops", "ground-stop"],
    "components": ["station-control", "customer-service"], "created": "2024-12-24T12:05", "now": "2024-12-31T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Flight releases not coming through, all mainline departures held at the gate, some boarded aircraft now deplaning. Christmas Eve bank, gates full.

Started around 7. Think it's the gate reader / DCS update pushed overnight, calling the help desk. Eastern time.""",
    "comments": [
        ("225080", "Alicia Marsh", "2024-12-24T12:30", """Not the DCS update - IOC says the release system itself is down system-wide (vendor issue) and FAA put a ground stop on all American flights at our request. Station control chat pasted (stationchat-stn1224.txt, Eastern)."""),
        ("225081", "Terrence Booker", "2024-12-24T13:40", """Ground stop lifted, releases flowing, first pushback done. Delays 60-90 min rippling all day."""),
        ("225082", "Alicia Marsh", "2024-12-24T23:30", """End of day: 11 misconnect hotel vouchers, bags rebooked. Keeping open for the review."""),
        ("225083", "Terrence Booker", "2024-12-27T15:00", """Review (Friday).
American: a technology issue at a third-party vendor affected the system needed to release flights; FAA issued the nationwide ground stop at our request and lifted it shortly after 8 a.m. ET.
For the station: no releases from 6:41 AM (first failed release, flight 1874) until 8:13 AM when releases came through again; first pushback 8:24.
Ops desk saw the release failure at 6:43 when the dispatcher called; the "around 7" in the ticket was the time social media lit up.
Gate-reader update: innocent.
Actions: holding plan for boarded aircraft during a release outage, PA script for holiday peaks."""),
    ],
    "changelog": [
        ("Alicia Marsh", "2024-12-24T12:06", [("status", "Open", "In Progress")]),
        ("Terrence Booker", "2024-12-27T15:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "stationchat-stn1224.txt", "zone": "America/New_York", "referenceDate": "2024-12-24", "text": """
(6:43 AM) Dispatch desk: release for 1874 to MIA bounced, release system not responding
(6:47 AM) Terrence B: 3 more bounced. DCS update overnight?
(6:52 AM) IOC: ground stop requested from FAA, all AA mainline. Hold at gates
(7:18 AM) Alicia M: boarded a/c 1874 and 2231 deplaning, water and snacks to gates B and C
(8:13 AM) IOC: release system back, FAA lifting ground stop
(8:24 AM) Ramp: 1874 pushed
"""}],
    "expected": {
        "events": [["2024-12-24T11:41Z", ["first failed release"]], ["2024-12-24T11:43Z", ["release", "dispatcher called"]],
                   ["2024-12-24T11:52Z", ["ground stop"]], ["2024-12-24T12:18Z", ["deplaning"]],
                   ["2024-12-24T13:13Z", ["release system back", "releases came through"]], ["2024-12-24T13:24Z", ["pushed", "pushback"]]],
        "keyTimes": {
            "started": kt("2024-12-24T11:41Z", S, "no releases from 6:41 AM (first failed release, flight 1874)", "comment 225083"),
            "detected": kt("2024-12-24T11:43Z", S, "Dispatch desk: release for 1874 to MIA bounced", "stationchat-stn1224.txt"),
            "resolved": kt("2024-12-24T13:13Z", S, "until 8:13 AM when releases came through again", "comment 225083")},
        "responders": [["Terrence Booker", None], ["Alicia Marsh", None]],
        "narrative": nar(["third-party vendor"], ["lifted"], ["STN-1224", "1874"],
                         "On 24 December 2024 a vendor failure of American Airlines' flight-release system and the FAA ground stop held the station's departures from 6:41 to 8:13 AM ET."),
    }})

# 10. University Medical Center Lubbock, 1 September 2020 - transfer switch failed after a generator test -------------
I.append({
    "id": "umc-2020-09-lubbock-ats-facilities", "name": "University Medical Center, Lubbock, power failure 1 September 2020 (after a generator test the switch back to utility power failed; reported at 7:30 a.m.; elective surgeries cancelled and new patients diverted), seen from the hospital's facilities and IT on-call",
    "issueId": "98709", "key": "FAC-0901", "summary": "Main hospital building on partial/no power after generator test - ATS fault",
    "reporter": "Dale Hutchins", "assignee": "Maria Esparza", "labels": ["facilities", "code-grey", "diversion"],
    "components": ["electrical", "it-infrastructure"], "created": "2020-09-01T12:50", "now": "2020-09-15T12:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Main building lost normal power when we transferred back from the monthly generator test. ATS-2 won't close to utility. Life-safety branch on generator, everything else dark in the main tower. Elective surgeries cancelled, ED on diversion.

Power went out 7:30. Possibly the utility feeder (Lubbock Power & Light had a planned switching job?). Central time.""",
    "comments": [
        ("225090", "Maria Esparza", "2020-09-01T13:20", """LP&L says no switching on our feeders and the east tower is fine on the same feed. It's our transfer switch. Moving patients to rooms in buildings with power. Facilities radio/BMS log pasted (bms-fac0901.txt, Central)."""),
        ("225091", "Dale Hutchins", "2020-09-01T17:45", """Electrician bypassed ATS-2, floors coming back one at a time. Data closet 4 switches rebooted, EHR terminals on 4-7 back."""),
        ("225092", "Maria Esparza", "2020-09-02T14:00", """Diversion lifted this morning, electives back tomorrow. ATS-2 replacement ordered."""),
        ("225093", "Dale Hutchins", "2020-09-08T16:00", """Review notes (Tuesday), Central time.
Sequence: generator test ended, transfer back to utility at 07:26, ATS-2 failed to close - main tower lost normal power that minute. The "7:30" in the ticket and in the press is when the hospital announced it, not when it started.
First alarm: BMS paged facilities at 07:26 (ATS-2 fault), same minute.
End: we can't give one. Floors came back one at a time through the afternoon after the bypass and nobody logged the last one; diversion ending the next morning is not the end of the outage either.
Actions: load-bank test procedure with a manual transfer fallback staffed on site, ATS maintenance interval halved."""),
    ],
    "changelog": [
        ("Maria Esparza", "2020-09-01T12:51", [("status", "Open", "In Progress")]),
        ("Maria Esparza", "2020-09-02T14:01", [("status", "In Progress", "Monitoring")]),
        ("Dale Hutchins", "2020-09-08T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "bms-fac0901.txt", "zone": "America/Chicago", "referenceDate": "2020-09-01", "text": """
09/01/2020 07:14:08  GEN-1/GEN-2  monthly load test complete, cooldown
09/01/2020 07:26:31  ATS-2  TRANSFER TO NORMAL FAILED - main tower on emergency branch only  (page: facilities on-call)
09/01/2020 07:29:50  House supervisor: code grey main tower, electives on hold
09/01/2020 07:44:12  ED: diversion requested to Covenant
09/01/2020 12:31:05  Electrician: ATS-2 bypass closed, restoring floors 2-3 first
"""}],
    "expected": {
        "events": [["2020-09-01T12:14Z", ["load test"]], ["2020-09-01T12:26Z", ["ATS-2", "transfer back"]],
                   ["2020-09-01T12:29Z", ["code grey"]], ["2020-09-01T12:44Z", ["diversion"]],
                   ["2020-09-01T17:31Z", ["bypass"]]],
        "keyTimes": {
            "started": kt("2020-09-01T12:26Z", S, "transfer back to utility at 07:26, ATS-2 failed to close", "comment 225093"),
            "detected": kt("2020-09-01T12:26Z", S, "ATS-2  TRANSFER TO NORMAL FAILED", "bms-fac0901.txt"),
            "resolved": kt(None, U)},
        "responders": [["Dale Hutchins", None], ["Maria Esparza", None]],
        "narrative": nar(["transfer switch"], ["bypass"], ["FAC-0901", "ATS-2"],
                         "On 1 September 2020 a failed transfer switch after a generator test left the main tower without normal power from 07:26; floors came back one at a time and the end is not known."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

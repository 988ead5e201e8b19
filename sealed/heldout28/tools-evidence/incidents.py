"""Held-out 28 incidents: compact specs. Five software / SaaS companies (a kanban board service, a work-management
SaaS, a cloud-management platform, a French PaaS, a wiki SaaS's EU region) and five organisations outside software
(a Puerto Rico water utility in the island-wide blackout, an online broker during an exchange halt, a TV channel's
master control when its playout centre was evacuated, a bus operator giving mutual aid to a metro, an NHS hospital's
IT service desk). Timeline facts from public statements (SOURCES-heldout28.md); people, ticket keys, chat wording,
team habits, wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Trello, 13 February 2024 - database compression change ----------------------------------------------------------
I.append({
    "id": "trello-2024-02-db-compression-pd", "name": "Trello degraded or unavailable 13 February 2024 8:00-11:34 AM UTC (database compression change deployed ~11 hours earlier; detected by monitoring 8:07 AM UTC)",
    "issueId": "99200", "key": "BRD-1302", "summary": "Boards not loading / 429 Too Many Requests - EU morning",
    "reporter": "Dev Okafor", "assignee": "Ines Carvalho", "labels": ["sev1", "api"],
    "components": ["trello-api", "trello-db"], "created": "2024-02-13T08:26", "now": "2024-03-01T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """boards won't load for a lot of users, EU twitter on fire, api returning 429 all over

guessing cloudflare/edge again?? (like in Jan). I'm on ET, PD export is UTC""",
    "comments": [
        ("221021", "Dev Okafor", "2024-02-13T08:45", """Not the CDN - edge is healthy, it's the database. Thousands of long-running queries piling up on cluster-3, API slow, the rate limiter is answering 429. PagerDuty export attached (pd-brd1302.csv.txt, UTC) and the #trello-incident thread (brd1302-slack.txt, ET)."""),
        ("221022", "Ines Carvalho", "2024-02-13T09:58", """Prime suspect: the compression change on cluster-3 that went out yesterday at 4:04 PM ET during low traffic. Nobody saw anything then because load was tiny. Reverting, then restarting db components."""),
        ("221023", "Dev Okafor", "2024-02-13T11:52", """looks good since ~6:40 ET, p99 normal, closing"""),
        ("221024", "Ines Carvalho", "2024-02-21T15:00", """PIR summary (times UTC, ET in the thread): impact window 8:00 AM to 11:34 AM UTC on Feb 13, Trello degraded or unavailable, users got 429s or 10-100x slower API responses. Detected by our monitoring at 8:07 AM UTC.

Root cause: the compression change in the database, deployed about 11 hours before, built up long-running queries once European traffic arrived. Mitigated by reverting it and restarting database components. Note the "~6:40" in the closing comment is when Dev looked again, not the recovery; PD auto-resolved even later."""),
    ],
    "changelog": [
        ("Ines Carvalho", "2024-02-13T08:27", [("status", "Open", "In Progress")]),
        ("Dev Okafor", "2024-02-13T11:53", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Ines Carvalho", "2024-02-21T14:55", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Ines Carvalho", "2024-02-21T15:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "pd-brd1302.csv.txt", "zone": "UTC", "referenceDate": "2024-02-13", "text": """
incident_number,created_at,title,urgency,service,acknowledged_by,resolved_at
51877,2024-02-12T21:04:41Z,[change-event] cluster-3 block compression zstd enabled,low,trello-db,,2024-02-12T21:04:41Z
51902,2024-02-13T08:07:19Z,trello-api p99 latency > 4000ms for 3m,high,trello-api,Dev Okafor,2024-02-13T11:41:07Z
51903,2024-02-13T08:11:52Z,edge 429 ratio > 15%,high,trello-edge,Dev Okafor,2024-02-13T11:37:30Z
51904,2024-02-13T08:14:03Z,web synthetic board-load failing (eu-west),high,trello-web,Dev Okafor,2024-02-13T11:38:12Z
"""},
        {"file": "brd1302-slack.txt", "zone": "America/New_York", "referenceDate": "2024-02-13", "text": """
#trello-incident  (times ET)
Dev Okafor  3:09 AM  ack'd PD: api p99 latency + 429s. cloudflare again??
Dev Okafor  3:22 AM  edge is fine. cluster-3 primary: ~4k long-running queries, CPU pegged
Ines Carvalho  4:51 AM  joining. what changed in the last 24h on cluster-3?
Ines Carvalho  4:58 AM  starting revert of the compression change
Ines Carvalho  5:41 AM  revert done, rolling restart of db routers + query nodes
Dev Okafor  6:34 AM  API response times back at baseline, 429s gone, boards load
Ines Carvalho  7:02 AM  statuspage set to Resolved
"""}],
    "expected": {
        "events": [["2024-02-12T21:04Z", ["compression"]], ["2024-02-13T08:07Z", ["p99 latency"]],
                   ["2024-02-13T08:22Z", ["long-running queries"]], ["2024-02-13T09:58Z", ["revert"]],
                   ["2024-02-13T10:41Z", ["rolling restart"]], ["2024-02-13T11:34Z", ["baseline"]],
                   ["2024-02-13T12:02Z", ["statuspage"]]],
        "keyTimes": {
            "started": kt("2024-02-13T08:00Z", S, "impact window 8:00 AM to 11:34 AM UTC on Feb 13", "comment 221024"),
            "detected": kt("2024-02-13T08:07Z", S, "Detected by our monitoring at 8:07 AM UTC", "comment 221024"),
            "resolved": kt("2024-02-13T11:34Z", S, "impact window 8:00 AM to 11:34 AM UTC on Feb 13", "comment 221024")},
        "responders": [["Ines Carvalho", None], ["Dev Okafor", None]],
        "narrative": nar(["compression change"], ["reverting"], ["BRD-1302", "cluster-3"],
                         "On 13 February 2024 Trello was degraded or unavailable from 8:00 to 11:34 AM UTC: a database compression change deployed the evening before built up long-running queries under European morning traffic."),
    }})

# 2. Asana, 21 December 2023 - excess logging saturation ---------------------------------------------------------------
I.append({
    "id": "asana-2023-12-logging-saturation-status", "name": "Asana delayed writes and API performance issues 21 December 2023 (excess logging from a config change the day before; 14:13-14:18 and 15:35-15:45 UTC; fully restored 15:46 UTC)",
    "issueId": "99201", "key": "WEB-2112", "summary": "US users: forced reloads, changes not saving",
    "reporter": "Priya Natarajan", "assignee": "Marcus Lee", "labels": ["incident", "us-region"],
    "components": ["web", "event-ledger"], "created": "2023-12-21T14:40", "now": "2024-01-10T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Support queue full of "Asana keeps reloading itself" and "my changes aren't saving" from US customers this morning. Not clear who saw it first, by the time I opened this there were already ~60 tickets.

First guess: the sync/websocket fleet deploy from last night. Times Pacific unless noted.""",
    "comments": [
        ("221041", "Marcus Lee", "2023-12-21T15:05", """Not the websocket deploy (rolled back yesterday, changed nothing). Web tier saturated, CPU and disk IO eaten by the logging sidecars: log volume is 8x normal since yesterday's config change to the event-ledger log level. Revert + scale-up done, see deploy log (web2112-deploy.txt, Pacific)."""),
        ("221042", "Marcus Lee", "2023-12-21T15:25", """Looks recovered since around 6:20, forced reloads stopped. Moving to Monitoring."""),
        ("221043", "Priya Natarajan", "2023-12-21T15:40", """Second wave: delayed writes again for some users. The retry mechanism that confirms event logs are recorded is hammering the same path. Status page back to Investigating; copy pasted (web2112-status.txt, UTC)."""),
        ("221044", "Priya Natarajan", "2023-12-22T23:40", """PIR posted. Two windows: 14:13-14:18 UTC about 20% of US users got forced reloads and delayed writes; 15:35-15:45 UTC about 5% saw delayed writes and slow API. Uptime and performance fully restored at 15:46 UTC. No data lost.

We can't say when we first knew: there was no alert on log volume and the first support tickets were bulk-imported without their own timestamps. Action items: alert on logging volume, load-test log level changes at peak."""),
    ],
    "changelog": [
        ("Marcus Lee", "2023-12-21T14:41", [("status", "Open", "In Progress")]),
        ("Marcus Lee", "2023-12-21T15:26", [("status", "In Progress", "Monitoring")]),
        ("Priya Natarajan", "2023-12-21T15:41", [("status", "Monitoring", "In Progress")]),
        ("Priya Natarajan", "2023-12-21T16:10", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "web2112-deploy.txt", "zone": "America/Los_Angeles", "referenceDate": "2023-12-21", "text": """
2023-12-20 13:48:07 PST cfgpush evt-ledger log_level=DEBUG -> prod-us (CHG-7781)
2023-12-21 06:13:40 PST web-us metrics: 5xx 11.2%, sessions force-reloaded 19.8%
2023-12-21 06:15:02 PST cfgpush revert CHG-7781 -> prod-us
2023-12-21 06:16:30 PST autoscale web-us 240 -> 320 instances
2023-12-21 07:35:12 PST evt-ledger confirm-retry storm, write latency p95 9.8s
2023-12-21 07:45:48 PST evt-ledger confirm-retry queue empty, write latency normal
"""},
        {"file": "web2112-status.txt", "zone": "UTC", "referenceDate": "2023-12-21", "text": """
Delayed writes and API performance issues
Resolved - This incident has been resolved. Dec 21, 16:08 UTC
Monitoring - A fix has been implemented and we are monitoring the results. Dec 21, 15:52 UTC
Investigating - Some users are again seeing delayed writes. Dec 21, 15:39 UTC
Monitoring - Performance has recovered, we are monitoring. Dec 21, 14:47 UTC
Investigating - We are investigating reports of forced reloads and slow saves. Dec 21, 14:44 UTC
"""}],
    "expected": {
        "events": [["2023-12-20T21:48Z", ["log_level"]], ["2023-12-21T14:13Z", ["force-reloaded"]],
                   ["2023-12-21T14:15Z", ["revert"]], ["2023-12-21T14:16Z", ["autoscale"]],
                   ["2023-12-21T14:44Z", ["forced reloads"]], ["2023-12-21T15:35Z", ["retry storm"]],
                   ["2023-12-21T15:39Z", ["again"]], ["2023-12-21T15:45Z", ["queue empty"]],
                   ["2023-12-21T16:08Z", ["resolved"]]],
        "keyTimes": {
            "started": kt("2023-12-21T14:13Z", S, "14:13-14:18 UTC about 20% of US users got forced reloads", "comment 221044"),
            "detected": kt(None, U),
            "resolved": kt("2023-12-21T15:46Z", S, "fully restored at 15:46 UTC", "comment 221044")},
        "responders": [["Marcus Lee", None], ["Priya Natarajan", None]],
        "narrative": nar(["log level"], ["revert"], ["WEB-2112", "evt-ledger"],
                         "On 21 December 2023 excess logging from a configuration change made the day before saturated Asana's US web tier: forced reloads and delayed writes 14:13-14:18 UTC and delayed writes again 15:35-15:45 UTC; fully restored at 15:46 UTC."),
    }})

# 3. Flexera, 3 September 2024 - pre-maintenance network test -------------------------------------------------------
I.append({
    "id": "flexera-2024-09-cmp-network-test-teams", "name": "Flexera Cloud Management Platform NAM provisioning slowness 3 September 2024 (monitoring alert 7:38 PM PDT, fully recovered 7:45 PM PDT, declared resolved 7:52 PM PDT; pre-maintenance network test)",
    "issueId": "99202", "key": "CMP-0309", "summary": "NAM: launches stuck in pending / provisioning errors",
    "reporter": "Arjun Menon", "assignee": "Arjun Menon", "labels": ["p1", "nam"],
    "components": ["cmp-provisioning", "netops"], "created": "2024-09-04T02:50", "now": "2024-09-20T06:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """NAM customers: provisioning slow, intermittent errors in Cloud Management Platform, queue of "launch stuck in pending".

First guess: AWS us-east-1 API throttling like last month. IST unless noted; Opsgenie export is UTC; the RCA will be written in PDT for the customers.""",
    "comments": [
        ("221061", "Arjun Menon", "2024-09-04T03:05", """Not AWS. The pre-maintenance network test NetOps started for tonight's window touched production routes: connectivity loss between the CMP workers and the NAM gateway. Reverted on their side. Teams thread pasted (cmp0309-teams.txt, IST) and Opsgenie export (cmp0309-opsgenie.txt, UTC)."""),
        ("221062", "Arjun Menon", "2024-09-04T03:20", """Declared resolved 08:22 IST after watching for a while. Closing."""),
        ("221063", "Sneha Kulkarni", "2024-09-05T06:00", """One NAM customer says launches failed for "about ten minutes in the evening". Matches the graphs. No data loss, retries succeeded."""),
        ("221064", "Sneha Kulkarni", "2024-09-12T10:00", """RCA (PDT, for customers): Impact began 7:38 PM PDT on Sept 3, the same minute our monitoring alerted. After the network test config was reverted the platform improved and was fully recovered by 7:45 PM PDT. The timeframe line in the RCA reads 7:38 PM to 7:52 PM PDT, but 7:52 is only when we declared it resolved after extra monitoring, not the end of customer impact."""),
    ],
    "changelog": [
        ("Arjun Menon", "2024-09-04T02:51", [("status", "Open", "In Progress")]),
        ("Arjun Menon", "2024-09-04T03:21", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "cmp0309-opsgenie.txt", "zone": "UTC", "referenceDate": "2024-09-04", "text": """
Alert ID | Created (UTC) | Priority | Message | Closed (UTC)
OG-77120 | 2024-09-04 02:20:11 | P5 | [info] premaint-check netops: connectivity test suite started | 2024-09-04 02:20:11
OG-77131 | 2024-09-04 02:38:26 | P1 | cmp-nam provisioning error rate 23% (threshold 5%) | 2024-09-04 02:49:02
OG-77132 | 2024-09-04 02:39:50 | P2 | cmp-nam gateway reachability degraded | 2024-09-04 02:46:15
"""},
        {"file": "cmp0309-teams.txt", "zone": "Asia/Kolkata", "referenceDate": "2024-09-04", "text": """
[08:09] Arjun Menon: P1 on cmp-nam provisioning errors. AWS throttling again?
[08:11] Ravi Shankar (NetOps): our premaint connectivity tests began at 07:50, could be us
[08:13] Ravi Shankar (NetOps): test config reverted on nam-core
[08:15] Arjun Menon: error rate back under 1%, launches completing
[08:22] Arjun Menon: keeping an eye on it for a bit, declaring resolved
"""}],
    "expected": {
        "events": [["2024-09-04T02:20Z", ["premaint"]], ["2024-09-04T02:38Z", ["provisioning error rate"]],
                   ["2024-09-04T02:43Z", ["reverted"]], ["2024-09-04T02:45Z", ["back under"]],
                   ["2024-09-04T02:52Z", ["declaring resolved"]]],
        "keyTimes": {
            "started": kt("2024-09-04T02:38Z", S, "Impact began 7:38 PM PDT on Sept 3", "comment 221064"),
            "detected": kt("2024-09-04T02:38Z", S, "cmp-nam provisioning error rate 23%", "cmp0309-opsgenie.txt"),
            "resolved": kt("2024-09-04T02:45Z", S, "fully recovered by 7:45 PM PDT", "comment 221064")},
        "responders": [["Arjun Menon", None], ["Sneha Kulkarni", None], ["Ravi Shankar", None]],
        "narrative": nar(["network test"], ["reverted"], ["CMP-0309", "nam-core"],
                         "On 3 September 2024 a pre-maintenance network test interfered with production routes and Flexera's Cloud Management Platform in North America was slow or failing to provision from 7:38 to 7:45 PM PDT."),
    }})

# 4. Clever Cloud, 2 August 2024 - Pulsar balancer, then hypervisor pressure -----------------------------------------
I.append({
    "id": "clevercloud-2024-08-pulsar-balancer-matrix", "name": "Clever Cloud EU-FR-1 (PAR) instability 2 August 2024 (messaging cluster locked 2:00-2:29 PM CEST after a minor Pulsar maintenance; I/O and memory pressure crashing hypervisors 3:40-4:16 PM CEST)",
    "issueId": "99203", "key": "PLT-0208", "summary": "API de déploiement KO + apps/DB lentes sur PAR",
    "reporter": "Camille Durand", "assignee": "Hugo Lefebvre", "labels": ["incident", "par"],
    "components": ["messaging", "hypervisors"], "created": "2024-08-02T12:09", "now": "2024-08-20T08:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """API de déploiement en erreur, clients signalent apps lentes et bases injoignables sur PAR (et zones distantes OVHcloud / Scaleway).

Première hypothèse : incident réseau chez l'hébergeur du DC, comme au printemps. Heures CEST sauf mention, la status page est en UTC.""",
    "comments": [
        ("221081", "Camille Durand", "2024-08-02T12:35", """Pas le réseau. C'est Pulsar : la maintenance rolling vers 3.3.1 a activé le nouvel algorithme de placement des bundles et le cluster s'est verrouillé. Config du balancer rollbackée, mais conflit de métadonnées, donc on arrête tous les brokers et on n'en redémarre qu'un. Log Matrix collé (plt0208-matrix.txt)."""),
        ("221082", "Camille Durand", "2024-08-02T12:40", """Messaging nominal depuis 14:29, on passe en monitoring."""),
        ("221083", "Hugo Lefebvre", "2024-08-02T13:50", """Ça repart : hyperviseurs en kernel panic, load énorme. Les agents de télémétrie des petites VM ont bufferisé en mémoire pendant que Pulsar était indispo, d'où pression mémoire + I/O. Status page copiée (plt0208-status.txt, UTC)."""),
        ("221084", "Hugo Lefebvre", "2024-08-14T09:00", """Post-mortem publié. Fenêtres d'impact : 14:00 à 14:29 CEST (cluster messaging verrouillé), puis 15:40 à 16:16 CEST (pression I/O et mémoire, crash d'hyperviseurs). Fin de l'impact client à 16:16 CEST. Première alerte : le FIRING de 14:03, voir le log Matrix. Le "14:29" du commentaire du 2 août n'était que la fin de la première vague."""),
    ],
    "changelog": [
        ("Hugo Lefebvre", "2024-08-02T12:10", [("status", "Open", "In Progress")]),
        ("Camille Durand", "2024-08-02T12:41", [("status", "In Progress", "Monitoring")]),
        ("Hugo Lefebvre", "2024-08-02T13:51", [("status", "Monitoring", "In Progress")]),
        ("Hugo Lefebvre", "2024-08-02T16:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "plt0208-matrix.txt", "zone": "Europe/Paris", "referenceDate": "2024-08-02", "text": """
[13:52] <hugo> rolling upgrade pulsar 3.3.1 lancé sur PAR, broker 1/6
[14:03] <alertmanager> FIRING PulsarBundleUnloadStorm eu-fr-1 (severity=page)
[14:05] <camille> api deploy renvoie des 503, le réseau DC ?
[14:12] <camille> non, les brokers se battent pour les bundles. rollback config balancer
[14:21] <camille> conflit metadata, stop de tous les brokers, restart broker-1 seul
[14:29] <camille> messaging nominal
[15:40] <alertmanager> FIRING HypervisorLoadHigh hv-par-12 hv-par-31 (severity=page)
[15:47] <hugo> kernel panic sur hv-par-31, agents telemetry qui bufferisent en RAM
[16:16] <hugo> tous les HV stables, load normale, deploy API ok
"""},
        {"file": "plt0208-status.txt", "zone": "UTC", "referenceDate": "2024-08-02", "text": """
[PAR] Messaging and deployment API issues
EDIT 12:10 UTC: We are investigating errors on the deployment API.
EDIT 12:33 UTC: The messaging cluster is recovering, deployments are processed again.
EDIT 13:45 UTC: Some hypervisors are under heavy load; applications on them may be degraded.
EDIT 14:25 UTC: All hypervisors are stable. We keep monitoring.
EDIT 16:02 UTC: Incident closed.
"""}],
    "expected": {
        "events": [["2024-08-02T11:52Z", ["rolling upgrade"]], ["2024-08-02T12:03Z", ["PulsarBundleUnloadStorm"]],
                   ["2024-08-02T12:12Z", ["rollback"]], ["2024-08-02T12:21Z", ["stop de tous les brokers"]],
                   ["2024-08-02T12:29Z", ["messaging nominal"]], ["2024-08-02T13:40Z", ["HypervisorLoadHigh"]],
                   ["2024-08-02T13:47Z", ["kernel panic"]], ["2024-08-02T14:16Z", ["stables"]],
                   ["2024-08-02T14:25Z", ["stable"]]],
        "keyTimes": {
            "started": kt("2024-08-02T12:00Z", S, "14:00 à 14:29 CEST (cluster messaging verrouillé)", "comment 221084"),
            "detected": kt("2024-08-02T12:03Z", S, "FIRING PulsarBundleUnloadStorm eu-fr-1", "plt0208-matrix.txt"),
            "resolved": kt("2024-08-02T14:16Z", S, "Fin de l'impact client à 16:16 CEST", "comment 221084")},
        "responders": [["Hugo Lefebvre", None], ["Camille Durand", None]],
        "narrative": nar(["balancer"], ["rollback"], ["PLT-0208", "hv-par-31"],
                         "On 2 August 2024 a minor Pulsar maintenance locked Clever Cloud's messaging cluster in Paris (2:00-2:29 PM CEST) and the buffering that followed crashed hypervisors (3:40-4:16 PM CEST); deployments, apps and databases were affected."),
    }})

# 5. Confluence Cloud, 4 June 2024 - rollback left EU Central short of nodes ---------------------------------------------
I.append({
    "id": "confluence-2024-06-rollback-capacity-zoom", "name": "Confluence Cloud EU Central service disruption 4 June 2024 07:28-08:32 UTC (automated rollback in all regions left too few nodes; alerts within two minutes)",
    "issueId": "99204", "key": "CONF-0406", "summary": "EU Central: pages / space overview / home slow or failing",
    "reporter": "Tom Nguyen", "assignee": "Grace Palmer", "labels": ["sev2", "eu-central"],
    "components": ["confluence-web", "deploy-pipeline"], "created": "2024-06-04T07:40", "now": "2024-06-25T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """EU Central: Confluence pages, space overviews and home slow or failing to load for a chunk of customers.

First guess: the CDN purge we did this arvo. Sydney time unless noted; pipeline log is UTC; the customer escalation is Berlin time.""",
    "comments": [
        ("221101", "Tom Nguyen", "2024-06-04T07:58", """Not the CDN. The release rollout hit a config timeout to the cloud provider in one region and the pipeline auto-rolled back the release in ALL regions. Every other region was fine; EU Central came back on the old release with too few nodes for its peak. Pipeline log attached (conf0406-pipeline.txt, UTC)."""),
        ("221102", "Tom Nguyen", "2024-06-04T08:20", """Roll-forward plus manual node add in EU Central under way. Bridge notes pasted (conf0406-zoom.txt, AEST)."""),
        ("221103", "Grace Palmer", "2024-06-04T09:10", """Enterprise escalation that came in during the bridge, pasted as received (conf0406-escalation.txt, their time = Berlin)."""),
        ("221104", "Grace Palmer", "2024-06-18T01:00", """PIR done. Impact: June 04 between 07:28 and 08:32 UTC, EU Central customers saw slow or failing page, space overview and home loads. Our alerts picked it up within two minutes of the start; the bridge only formed a few minutes later. Mitigated by rolling the release forward and adding nodes by hand, about 64 minutes end to end."""),
    ],
    "changelog": [
        ("Grace Palmer", "2024-06-04T07:41", [("status", "Open", "In Progress")]),
        ("Grace Palmer", "2024-06-04T08:46", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "conf0406-pipeline.txt", "zone": "UTC", "referenceDate": "2024-06-04", "text": """
2024-06-04T07:11:52Z deploy rel-2024.06.04-2 stage=progressive region=ap-southeast-2 ok
2024-06-04T07:19:06Z deploy rel-2024.06.04-2 region=us-west-2 ERROR provider config timeout
2024-06-04T07:19:40Z auto-rollback to rel-2024.06.04-1 triggered for all regions
2024-06-04T07:26:15Z rollback complete eu-central-1 nodes=38 (desired 62)
2024-06-04T07:44:03Z roll-forward rel-2024.06.04-2 eu-central-1 started (manual, tnguyen)
2024-06-04T07:52:31Z nodegroup eu-central-1 scaled 38 -> 70 (manual)
2024-06-04T08:32:10Z eu-central-1 p95 page load back under SLO
"""},
        {"file": "conf0406-zoom.txt", "zone": "Australia/Sydney", "referenceDate": "2024-06-04", "text": """
Bridge notes (AEST) - CONF-0406
17:36 Tom: eu-central page loads timing out, checking the CDN purge
17:49 Tom: not CDN. rollback left eu-central short of nodes
17:52 Grace: agreed, roll forward + manual scale-up
18:10 Tom: nodes in, latency dropping but not there yet
18:32 Grace: eu-central p95 within SLO, calling it mitigated
18:45 Grace: statuspage resolved
"""},
        {"file": "conf0406-escalation.txt", "zone": "Europe/Berlin", "referenceDate": "2024-06-04", "text": """
From: it-servicedesk@kunde.example
Sent: Tuesday, 4 June 2024 10:05
Subject: Confluence extremely slow - P1
Hello, since this morning our users cannot open space overviews or the home page and many pages time out. Please advise.
"""}],
    "expected": {
        "events": [["2024-06-04T07:19Z", ["config timeout"]], ["2024-06-04T07:26Z", ["rollback complete"]],
                   ["2024-06-04T07:36Z", ["timing out"]], ["2024-06-04T07:44Z", ["roll-forward"]],
                   ["2024-06-04T07:52Z", ["scaled", "roll forward"]], ["2024-06-04T08:05Z", ["Sent"]],
                   ["2024-06-04T08:32Z", ["SLO"]], ["2024-06-04T08:45Z", ["statuspage"]]],
        "keyTimes": {
            "started": kt("2024-06-04T07:28Z", S, "between 07:28 and 08:32 UTC", "comment 221104"),
            "detected": kt("2024-06-04T07:30Z", I_, "Our alerts picked it up within two minutes of the start", "comment 221104"),
            "resolved": kt("2024-06-04T08:32Z", S, "between 07:28 and 08:32 UTC", "comment 221104")},
        "responders": [["Grace Palmer", None], ["Tom Nguyen", None]],
        "narrative": nar(["rollback"], ["adding nodes"], ["CONF-0406", "eu-central-1"],
                         "On 4 June 2024 Confluence Cloud customers in EU Central saw slow or failing page loads from 07:28 to 08:32 UTC after an automated rollback left the region with too few nodes."),
    }})

# 6. Puerto Rico island-wide blackout, 31 December 2024 - a water utility's booster stations ---------------------------
I.append({
    "id": "puertorico-2024-12-blackout-pumpstations-scada", "name": "Puerto Rico island-wide blackout 31 December 2024 (began 5:30 a.m. AST, underground line fault; ~69% of customers restored by 3 a.m. 1 January), seen from a water utility's metro-east booster stations",
    "issueId": "99205", "key": "OPS-3112", "summary": "Sin presión zonas altas Metro Este - boosters en generador",
    "reporter": "Luis Rivera", "assignee": "Marisol Ortiz", "labels": ["agua", "apagon"],
    "components": ["bombeo", "scada"], "created": "2024-12-31T10:05", "now": "2025-01-20T14:00:00Z",
    "defaultZone": "America/Puerto_Rico",
    "description": """Sin presión en las zonas altas de Trujillo Alto y Carolina, booster stations Metro Este on generator where it started. Customers calling the 24h line.

First guess from the night shift: the main breaker at El Cielo tripped again, like in October. Times AST.""",
    "comments": [
        ("221121", "Luis Rivera", "2024-12-31T10:40", """No es nuestro breaker. LUMA: island-wide blackout, began at 5:30 a.m., preliminary cause a fault on an underground line, restoration 24-48 h. Generators running at 3 of 5 booster stations; El Cielo genset failed to start. SCADA event list attached (ops3112-scada.txt, AST)."""),
        ("221122", "Marisol Ortiz", "2024-12-31T18:00", """Hospitals first on LUMA's list, we are not. Requested a portable genset for El Cielo, ETA unknown. Tanks in zona alta 3 at 20%."""),
        ("221123", "Marisol Ortiz", "2025-01-01T02:00", """LUMA feeder back at El Cielo and Canóvanas at 9:12 PM per SCADA. Pumps on grid, tanks refilling. High zones still low, field crews doing rounds."""),
        ("221124", "Luis Rivera", "2025-01-01T12:30", """LUMA dashboard says ~69% of customers restored by 3:00 a.m. Not our number. All our zones were back before that anyway, see SCADA."""),
        ("221125", "Marisol Ortiz", "2025-01-10T14:00", """Review (AST): our customers in the high zones lost water pressure from the 5:30 a.m. blackout on 31 Dec until all zones were back at normal pressure at 1:38 AM on 1 Jan. The 9:12 PM feeder return is not the end, the tanks needed four more hours. Main action: El Cielo genset auto-start (failed on the 31st), second action a transfer switch for a portable unit."""),
    ],
    "changelog": [
        ("Marisol Ortiz", "2024-12-31T10:06", [("status", "Open", "In Progress")]),
        ("Marisol Ortiz", "2025-01-01T02:01", [("status", "In Progress", "Monitoring")]),
        ("Marisol Ortiz", "2025-01-10T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ops3112-scada.txt", "zone": "America/Puerto_Rico", "referenceDate": "2024-12-31", "text": """
EVENT LIST  METRO-ESTE  (AST)
31/12/2024 05:30:41  BST-ELCIELO    UTILITY_FAIL    ALARM  main 13.2kV lost (feeder EC-2)
31/12/2024 05:30:43  BST-CANOVANAS  UTILITY_FAIL    ALARM  main 13.2kV lost (feeder CN-1)
31/12/2024 05:31:02  BST-ELCIELO    GEN_START_FAIL  ALARM  genset 1 failed to start
31/12/2024 05:33:18  OPS-CONSOLE    ALARM_ACK       by lrivera
31/12/2024 05:47:55  ZONA-ALTA-3    LOW_PRESSURE    ALARM  18 psi
31/12/2024 21:12:30  BST-ELCIELO    UTILITY_OK      RTN    main restored (feeder EC-2)
31/12/2024 21:14:10  BST-CANOVANAS  UTILITY_OK      RTN    main restored (feeder CN-1)
01/01/2025 01:38:20  ZONA-ALTA-3    LOW_PRESSURE    RTN    52 psi
"""}],
    "expected": {
        "events": [["2024-12-31T09:30Z", ["UTILITY_FAIL"]], ["2024-12-31T09:31Z", ["GEN_START_FAIL"]],
                   ["2024-12-31T09:33Z", ["ALARM_ACK"]], ["2024-12-31T09:47Z", ["LOW_PRESSURE"]],
                   ["2025-01-01T01:12Z", ["UTILITY_OK", "feeder back"]], ["2025-01-01T05:38Z", ["LOW_PRESSURE", "normal pressure"]]],
        "keyTimes": {
            "started": kt("2024-12-31T09:30Z", S, "lost water pressure from the 5:30 a.m. blackout on 31 Dec", "comment 221125"),
            "detected": kt("2024-12-31T09:30Z", S, "main 13.2kV lost (feeder EC-2)", "ops3112-scada.txt"),
            "resolved": kt("2025-01-01T05:38Z", S, "back at normal pressure at 1:38 AM on 1 Jan", "comment 221125")},
        "responders": [["Marisol Ortiz", None], ["Luis Rivera", None]],
        "narrative": nar(["underground line"], ["feeder"], ["OPS-3112", "BST-ELCIELO"],
                         "In Puerto Rico's island-wide blackout of 31 December 2024 the utility's high-zone customers in the metro east lost water pressure from 5:30 a.m. until 1:38 AM on 1 January, when every zone was back at normal pressure."),
    }})

# 7. Bursa Malaysia, 16 July 2020 - securities trading halt, seen from an online broker -------------------------------
I.append({
    "id": "bursa-2020-07-trading-halt-telegram", "name": "Bursa Malaysia securities trading halt 16 July 2020 (technical issue, halted 3.30pm, no reopening that day, resumed 9.00am 17 July; derivatives unaffected), seen from an online broker's dealing operations",
    "issueId": "99206", "key": "TRD-1607", "summary": "Equities orders rejected / stuck queued - all clients",
    "reporter": "Daniel Tan", "assignee": "Aisyah Rahman", "labels": ["trading", "exchange"],
    "components": ["oms", "mobile-app"], "created": "2020-07-16T07:38", "now": "2020-07-31T04:00:00Z",
    "defaultZone": "Asia/Kuala_Lumpur",
    "description": """Semua equities orders rejected or stuck "queued" on app and web, since around half past three. Hotline flooded. Derivatives OK.

First guess: our FIX session to the exchange dropped in the TOPGLOV resumption rush. MYT.""",
    "comments": [
        ("221141", "Aisyah Rahman", "2020-07-16T07:55", """FIX session is up, heartbeats fine: it's the exchange, securities trading halted, "technical issue". TOPGLOV was suspended 2.30pm-3.30pm for an announcement and was due back exactly when the halt hit, but that suspension is not our start. Desk Telegram export pasted (trd1607-telegram.txt, MYT)."""),
        ("221142", "Daniel Tan", "2020-07-16T09:20", """Bursa (shortly after 5pm): the securities market will not reopen today, trading resumes tomorrow 9am as normal, last traded price as reference. App banner updated."""),
        ("221143", "Daniel Tan", "2020-07-17T01:20", """Opened on the dot, orders matching normally, no reject spikes. Bursa says not a cyber issue."""),
        ("221144", "Aisyah Rahman", "2020-07-24T04:00", """Incident review (MYT): client impact from the exchange halt at 3.30pm on 16 July until the market reopened at 9:00am on 17 July, about 17.5 hours with the overnight. Our OMS reject alert at 3:31pm was the first signal, ahead of any client call. Nothing to fix on our side; actions are on comms (the app banner took 42 minutes)."""),
    ],
    "changelog": [
        ("Aisyah Rahman", "2020-07-16T07:39", [("status", "Open", "In Progress")]),
        ("Daniel Tan", "2020-07-16T09:21", [("status", "In Progress", "Monitoring")]),
        ("Aisyah Rahman", "2020-07-24T04:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "trd1607-telegram.txt", "zone": "Asia/Kuala_Lumpur", "referenceDate": "2020-07-16", "text": """
Dealing Ops KL
[16.07.20 14:30] Daniel Tan: TOPGLOV suspended pending announcement
[16.07.20 15:30] Daniel Tan: TOPGLOV resuming now, expect a rush
[16.07.20 15:31] OMS-bot: ALERT equities reject ratio 97% (5 min) - BURSA
[16.07.20 15:33] Aisyah Rahman: FIX up?? all new orders rejected "market halted"
[16.07.20 15:41] Daniel Tan: Bursa site: trading halted at 3.30pm, technical issue
[16.07.20 16:12] Aisyah Rahman: app banner live
[16.07.20 17:08] Daniel Tan: Bursa: no reopen today, resume 9am tomorrow
[17.07.20 09:00] Aisyah Rahman: market open, orders matching
"""}],
    "expected": {
        "events": [["2020-07-16T06:30Z", ["suspended"]], ["2020-07-16T07:31Z", ["reject ratio"]],
                   ["2020-07-16T07:33Z", ["rejected"]], ["2020-07-16T07:41Z", ["trading halted"]],
                   ["2020-07-16T08:12Z", ["banner"]], ["2020-07-16T09:08Z", ["no reopen"]],
                   ["2020-07-17T01:00Z", ["market open"]]],
        "keyTimes": {
            "started": kt("2020-07-16T07:30Z", S, "client impact from the exchange halt at 3.30pm on 16 July", "comment 221144"),
            "detected": kt("2020-07-16T07:31Z", S, "ALERT equities reject ratio 97%", "trd1607-telegram.txt"),
            "resolved": kt("2020-07-17T01:00Z", S, "until the market reopened at 9:00am on 17 July", "comment 221144")},
        "responders": [["Aisyah Rahman", None], ["Daniel Tan", None]],
        "narrative": nar(["technical issue"], ["resumes"], ["TRD-1607", "OMS-bot"],
                         "On 16 July 2020 Bursa Malaysia halted securities trading at 3.30pm because of a technical issue; the broker's clients could not trade equities until the market reopened at 9:00am on 17 July."),
    }})

# 8. Red Bee broadcast centre, 25 September 2021 - a channel's master control ------------------------------------------
I.append({
    "id": "redbee-2021-09-playout-suppression-mcr", "name": "Red Bee Media broadcast centre fire-suppression activation 25 September 2021 (staff evacuated around 6.30pm; channels off air from about 7pm, a channel off for about 30 minutes; provider statement shortly before 11.30pm), seen from a channel's master control",
    "issueId": "99207", "key": "TX-2509", "summary": "OFF AIR - black/still frame all platforms",
    "reporter": "Rachel Boyd", "assignee": "Owen Price", "labels": ["off-air", "playout"],
    "components": ["mcr", "playout-provider"], "created": "2021-09-25T18:08", "now": "2021-10-15T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Channel off air, viewers see a still then black from 7pm. Playout provider's building has been evacuated (fire alarm?).

Duty editor's first guess: DTT mux fault at the transmitter end, satellite monitor looked fine at first. BST throughout.""",
    "comments": [
        ("221161", "Rachel Boyd", "2021-09-25T18:30", """Not DTT, every platform is black, the source is playout. Provider evacuated the broadcast centre; the fire suppression system activated in the equipment area and took servers down. Requested switch to the DR chain. MCR log pasted (tx2509-mcr.txt)."""),
        ("221162", "Rachel Boyd", "2021-09-25T18:35", """DR chain on air, schedule running from DR with reduced graphics, no subtitles."""),
        ("221163", "Owen Price", "2021-09-25T22:40", """Provider statement (copy in tx2509-statement.txt). Subtitles and AD still unavailable: split into TX-2510, this ticket is the on-air outage only."""),
        ("221164", "Owen Price", "2021-10-08T10:00", """Review: off air from 7pm (19:00:20 black detect) to 19:29 when DR playout went to air, so about half an hour for viewers. The evacuation around 6.30pm did not take us off air, automation kept running for another half hour. First alarm in MCR was the black detect, nobody phoned before it. Action: a DR switch we can trigger from MCR without the provider."""),
    ],
    "changelog": [
        ("Owen Price", "2021-09-25T18:09", [("status", "Open", "In Progress")]),
        ("Rachel Boyd", "2021-09-25T18:36", [("status", "In Progress", "Monitoring")]),
        ("Owen Price", "2021-10-08T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "tx2509-mcr.txt", "zone": "Europe/London", "referenceDate": "2021-09-25", "text": """
MCR LOG 25/09/21 (BST)
18:31  Provider reports fire alarm at broadcast centre, staff evacuating. Output normal.
18:58  Automation heartbeat from provider lost (channel still on air)
19:00  BLACK/SILENCE DETECT main + backup feeds - OFF AIR
19:02  Duty editor: DTT mux fault? checking sat
19:06  Sat + IPTV also black. Source is playout.
19:14  Provider: fire suppression activated, servers down, requesting DR
19:29  DR chain ON AIR (reduced graphics, no subs)
20:15  DR stable, continuity from pre-records
"""},
        {"file": "tx2509-statement.txt", "zone": "Europe/London", "referenceDate": "2021-09-25", "text": """
Provider statement received 23:26 BST (forwarded by account manager):
Staff at the west London broadcast centre were evacuated safely after the fire suppression systems activated this evening. Several services from the centre were disrupted as a result. The fire brigade has declared the building safe and work to restore all services continues.
"""}],
    "expected": {
        "events": [["2021-09-25T17:31Z", ["fire alarm"]], ["2021-09-25T17:58Z", ["heartbeat"]],
                   ["2021-09-25T18:00Z", ["BLACK/SILENCE"]], ["2021-09-25T18:06Z", ["IPTV"]],
                   ["2021-09-25T18:14Z", ["fire suppression"]], ["2021-09-25T18:29Z", ["DR chain", "DR playout"]],
                   ["2021-09-25T22:26Z", ["statement"]]],
        "keyTimes": {
            "started": kt("2021-09-25T18:00Z", S, "off air from 7pm (19:00:20 black detect)", "comment 221164"),
            "detected": kt("2021-09-25T18:00Z", S, "BLACK/SILENCE DETECT main + backup feeds", "tx2509-mcr.txt"),
            "resolved": kt("2021-09-25T18:29Z", S, "to 19:29 when DR playout went to air", "comment 221164")},
        "responders": [["Owen Price", None], ["Rachel Boyd", None]],
        "narrative": nar(["fire suppression"], ["DR chain"], ["TX-2509", "TX-2510"],
                         "On 25 September 2021 the fire suppression system at the playout provider's west London broadcast centre took the channel off air from 7pm until its disaster-recovery chain went to air at 19:29."),
    }})

# 9. BART, 8 August 2011 - operations control computers, seen from a bus operator's dispatch ------------------------------
I.append({
    "id": "bart-2011-08-occ-computer-mutualaid", "name": "BART systemwide stop 8 August 2011 (operations control center computers could not monitor train locations from around 7:35 p.m.; restoration in progress around 9:55 p.m.), seen from an East Bay bus operator giving mutual aid",
    "issueId": "99208", "key": "DSP-0808", "summary": "BART stopped systemwide - mutual aid, honor BART tickets",
    "reporter": "Kevin Wu", "assignee": "Linda Ortiz", "labels": ["mutual-aid", "rail-partner"],
    "components": ["dispatch", "street-ops"], "created": "2011-08-09T02:50", "now": "2011-08-25T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """BART stopped trains systemwide, their control center can't see where the trains are. Mutual aid requested, we honor BART tickets on our lines.

First word from the street supervisor was a police action at 12th St Oakland. Times Pacific.""",
    "comments": [
        ("221181", "Kevin Wu", "2011-08-09T03:10", """Not police. BART: computer problem in their operations control center, they can't monitor train locations, so trains are held at the nearest station and riders let off. Trackside computers fine. Our dispatch log pasted (dsp0808-log.txt, 24h, no colons as usual)."""),
        ("221182", "Kevin Wu", "2011-08-09T05:05", """BART hotline around 9:55: service restoration in progress, computers being brought back up. Keeping extra buses on the 72 and 51 until they say trains are normal."""),
        ("221183", "Linda Ortiz", "2011-08-09T06:30", """Mutual aid stood down 11:10 PM, extras back to the yard. BART never gave us a clear "normal" time."""),
        ("221184", "Linda Ortiz", "2011-08-15T17:00", """After-action: BART's glitch started around 7:35 p.m. per their spokesman; BART's call reached our dispatch at 7:41 PM. When BART riders' service was actually back to normal we do not know: their statements stop at "restoration in progress" and our 11:10 stand-down was our own call, not their recovery."""),
    ],
    "changelog": [
        ("Linda Ortiz", "2011-08-09T02:51", [("status", "Open", "In Progress")]),
        ("Linda Ortiz", "2011-08-09T06:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "dsp0808-log.txt", "zone": "America/Los_Angeles", "referenceDate": "2011-08-08", "text": """
DISPATCH LOG  08/08/11  (PDT, 24h)
1941  BART OCC phone: systemwide hold, requesting mutual aid, accept BART tickets
1944  Street sup 12th St: crowds exiting, rumor of police action
1952  Extra buses 4x dispatched 72/72M, 2x 51A
2018  Supervisor: Fruitvale / Lake Merritt crowding easing
2155  BART hotline: service restoration in progress
2310  Mutual aid stand-down, extras to yard
"""}],
    "expected": {
        "events": [["2011-08-09T02:35Z", ["glitch"]], ["2011-08-09T02:41Z", ["dispatch"]],
                   ["2011-08-09T04:55Z", ["restoration"]], ["2011-08-09T06:10Z", ["stood down", "stand-down"]]],
        "keyTimes": {
            "started": kt("2011-08-09T02:35Z", S, "BART's glitch started around 7:35 p.m.", "comment 221184"),
            "detected": kt("2011-08-09T02:41Z", S, "BART's call reached our dispatch at 7:41 PM", "comment 221184"),
            "resolved": kt(None, U)},
        "responders": [["Linda Ortiz", None], ["Kevin Wu", None]],
        "narrative": nar(["operations control center"], ["mutual aid"], ["DSP-0808", "72M"],
                         "On the evening of 8 August 2011 BART held its trains systemwide from around 7:35 p.m. because its control center computers could not track them; the bus operator carried BART riders under mutual aid until 11:10 PM."),
    }})

# 10. Nottingham University Hospitals, 31 October 2023 - UPS failure, IT service desk ------------------------------------
I.append({
    "id": "nuh-2023-10-ups-failure-servicedesk", "name": "Nottingham University Hospitals IT outage 31 October 2023 (power failure on the UPS at 8am; power back shortly after 4pm; offline processes; systems resolved later, time not published)",
    "issueId": "99209", "key": "ITSD-3110", "summary": "City campus: PCs, Wi-Fi, phones, EPR down - downtime procedures",
    "reporter": "Sam Hughes", "assignee": "Nadia Khan", "labels": ["major-incident", "clinical-systems"],
    "components": ["data-centre", "service-desk"], "created": "2023-10-31T08:14", "now": "2023-11-20T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """City campus: PCs, Wi-Fi and phones down across wards, ED on paper. Blood transfusion system unreachable.

First guess: core switch in the City data centre (firmware upgrade last week). Downtime procedures invoked, critical incident still open from yesterday's ED pressure.""",
    "comments": [
        ("221201", "Sam Hughes", "2023-10-31T08:40", """Not the core switch. The UPS in front of the data centre failed, a serious power failure on the UPS, everything behind it dropped. Estates on site with the UPS engineer. Service desk call log pasted (itsd3110-calls.csv.txt)."""),
        ("221202", "Sam Hughes", "2023-10-31T12:10", """Estates plan: bypass the UPS onto mains, ETA mid afternoon. Wards on offline processes, theatres going ahead on paper."""),
        ("221203", "Nadia Khan", "2023-10-31T16:25", """Power back in the DC shortly after 4pm (Estates email pasted, itsd3110-estates.txt). Servers booting in priority order: EPR, pathology, blood bank first."""),
        ("221204", "Nadia Khan", "2023-11-01T09:00", """Most systems were back overnight; wards say EPR was usable "sometime in the evening". Nobody logged the minute."""),
        ("221205", "Sam Hughes", "2023-11-10T11:00", """Review: outage began at 8am on 31 Oct with the UPS failure (first call to the desk 08:03, from ED). The end for clinical users is not recorded: power was back shortly after 4pm, but systems came back one by one and we have no time for when the last clinical system was usable. Offline processes held; no electives cancelled."""),
    ],
    "changelog": [
        ("Nadia Khan", "2023-10-31T08:15", [("status", "Open", "In Progress")]),
        ("Nadia Khan", "2023-11-01T09:01", [("status", "In Progress", "Monitoring")]),
        ("Sam Hughes", "2023-11-10T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "itsd3110-calls.csv.txt", "zone": "Europe/London", "referenceDate": "2023-10-31", "text": """
ref,logged,caller_area,summary,priority
INC0918244,31/10/2023 08:03,ED,all PCs and phones dead in majors,P1
INC0918245,31/10/2023 08:04,Ward C23,no wifi no EPR,P1
INC0918251,31/10/2023 08:09,Blood bank,transfusion system unreachable,P1
INC0918270,31/10/2023 08:26,Theatres,theatre system down - going paper,P2
INC0918466,31/10/2023 16:48,Ward C23,EPR login slow and some pages still erroring,P3
"""},
        {"file": "itsd3110-estates.txt", "zone": "Europe/London", "referenceDate": "2023-10-31", "text": """
From: Estates Duty Manager
Sent: 31 October 2023 16:07
Subject: RE: DC power
UPS bypassed, DC on raw mains as of 16:04. UPS engineer back tomorrow with parts. Do NOT re-enable UPS output.
"""}],
    "expected": {
        "events": [["2023-10-31T08:03Z", ["PCs"]], ["2023-10-31T08:09Z", ["transfusion"]],
                   ["2023-10-31T08:26Z", ["theatre"]], ["2023-10-31T16:04Z", ["raw mains"]],
                   ["2023-10-31T16:48Z", ["EPR login"]]],
        "keyTimes": {
            "started": kt("2023-10-31T08:00Z", S, "outage began at 8am on 31 Oct with the UPS failure", "comment 221205"),
            "detected": kt("2023-10-31T08:03Z", S, "first call to the desk 08:03, from ED", "comment 221205"),
            "resolved": kt(None, U)},
        "responders": [["Nadia Khan", None], ["Sam Hughes", None]],
        "narrative": nar(["UPS"], ["bypass"], ["ITSD-3110", "INC0918244"],
                         "On 31 October 2023 a power failure on the data centre's UPS took down the City campus's PCs, Wi-Fi, phones and clinical systems from 8am; power was back shortly after 4pm and systems returned one by one, the last at an unrecorded time."),
    }})

# Related tickets (the study files all carry issue links).
LINKS = {
    "BRD-1302": [("BRD-1288", "Release process: staged rollout for database config changes")],
    "WEB-2112": [("WEB-2120", "Alert on logging volume per web host")],
    "CMP-0309": [("NET-0412", "Pre-maintenance tests must run against a staging route table")],
    "PLT-0208": [("PLT-0211", "Cap telemetry agent memory buffer on small VMs")],
    "CONF-0406": [("CONF-0410", "Scope automated rollback to the failing region")],
    "OPS-3112": [("OPS-3115", "El Cielo genset auto-start failure")],
    "TRD-1607": [("TRD-1611", "Pre-approved app banner text for exchange halts")],
    "TX-2509": [("TX-2510", "Subtitles and audio description unavailable after provider incident")],
    "DSP-0808": [("DSP-0810", "Mutual aid playbook: BART systemwide hold")],
    "ITSD-3110": [("ITSD-3125", "UPS replacement and bypass procedure for City DC")],
}
for _spec in I:
    _spec["links"] = LINKS[_spec["key"]]

# Remote links: where the responders later found the public write-up (the public sources of SOURCES-heldout28.md).
REMOTE = {
    "BRD-1302": [("https://trello.status.atlassian.com/incidents/r1fz52194pcx", "Trello is slow or unavailable - Postmortem")],
    "WEB-2112": [("https://status.asana.com/incidents/f1676vh2xq73", "Delayed writes and API performance issues - Postmortem")],
    "CMP-0309": [("https://status.flexera.com/incidents/p6sz73h47630", "Cloud Management Platform - NAM - Slowness in provisioning infrastructure")],
    "PLT-0208": [("https://developers.clever-cloud.com/postmortem/2024-08-02", "Post-mortem 2024-08-02")],
    "CONF-0406": [("https://confluence.status.atlassian.com/incidents/5stx0l0jqbkg", "Service disruption - Postmortem")],
    "OPS-3112": [("https://www.dw.com/en/new-years-eve-live-world-ushers-in-2025/live-71189057", "Puerto Rico spends New Year's Eve in darkness")],
    "TRD-1607": [("https://www.thesundaily.my/business/bursa-malaysia-resumes-trading-after-disruption-to-system-JY2908568", "Bursa Malaysia resumes trading after disruption to system")],
    "TX-2509": [("https://advanced-television.com/2021/09/27/c4-and-c5-taken-down-by-red-bee-fire/", "C4 and C5 taken down by Red Bee fire")],
    "DSP-0808": [("http://sanfrancisco.cbslocal.com/2011/08/08/computer-problem-stops-bart-trains-systemwide/", "Computer Glitch Leaves BART Riders Stranded")],
    "ITSD-3110": [("https://www.digitalhealth.net/2023/11/nottingham-university-hospitals-it-issues-resolved-after-power-outage/", "NUH IT issues resolved after power outage")],
}
for _spec in I:
    _spec["remote"] = REMOTE[_spec["key"]]

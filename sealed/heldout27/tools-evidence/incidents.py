"""Held-out 27 incidents: compact specs. Five software / SaaS companies (a product-analytics company twice, a customer
data platform, a game-based learning platform, a sales-enablement platform in Pune) and five organisations outside
software (a rail operator's power desk twice, a public broadcaster's master control, a care home's maintenance team, a
county 911 centre). Timeline facts from public statements (SOURCES-heldout27.md); people, ticket keys, chat wording,
team habits, wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Mixpanel ingestion API, 20 January (year assumed 2016) - thundering herd of Android retries --------------------
I.append({
    "id": "mixpanel-2016-01-ingest-herd-hipchat", "name": "Mixpanel ingestion API intermittently unavailable 4:05-8:55pm PST on 20 January: queue servers disk-bound after a maintenance reroute and a 10x spike, Android SDK retry storm",
    "issueId": "99300", "key": "ING-0120", "summary": "track API timeouts / 503 - DC2 queues disk bound",
    "reporter": "Derek Olsen", "assignee": "Maya Lindqvist", "labels": ["sev1", "ingestion"],
    "components": ["api", "queue"], "created": "2016-01-21T00:21", "now": "2016-02-01T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Ingestion API timing out / 503 for a good part of track requests. Queue hosts in DC2 look disk-bound.

Guess: fallout from this afternoon's network maintenance reroute (everything on one DC since then) - asking netops if they can roll it back early. Times Pacific unless it says UTC.""",
    "comments": [
        ("220101", "Derek Olsen", "2016-01-21T00:50", """Rollback of the reroute not possible before the maintenance ends, and it's not the whole story anyway: inbound jumped ~10x at 4pm, mostly Android. The Android lib retries every second on a timeout instead of backing off -> thundering herd. PagerDuty export attached (ing0120-pd.csv.txt, UTC) + HipChat room log (ing0120-hipchat.txt, Pacific)."""),
        ("220102", "Maya Lindqvist", "2016-01-21T02:45", """Retry-After header shipped to the API tier. Android clients get ramped back in slowly after that, banners on all reports stay up."""),
        ("220103", "Maya Lindqvist", "2016-01-21T05:10", """API looks healthy, no timeouts. Backlog still draining; keep banners until the queue is empty."""),
        ("220104", "Derek Olsen", "2016-01-21T06:35", """Queue empty, banners removed. Closing, PM to follow."""),
        ("220105", "Priyanka Shah", "2016-01-25T19:00", """Draft for the blog post-mortem: from 4:05pm PST on Jan 20 the ingestion API was intermittently unavailable, until about 8:55pm PST when it had fully recovered. Contributing: the 2:30pm reroute for planned maintenance doubled the load on DC2, then a 10x spike at 4:00pm; queue servers became IO bound, timeouts, and the Android SDK bug turned the timeouts into a thundering herd. All queued data consumed at 10:27pm (no data lost). Note the PD alert auto-resolved a few minutes after the real recovery."""),
    ],
    "changelog": [
        ("Derek Olsen", "2016-01-21T00:22", [("status", "Open", "In Progress")]),
        ("Maya Lindqvist", "2016-01-21T05:12", [("status", "In Progress", "Monitoring")]),
        ("Derek Olsen", "2016-01-21T06:36", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ing0120-pd.csv.txt", "zone": "UTC", "referenceDate": "2016-01-21", "text": """
incident_number,created_on,service,summary,acknowledged_by
4411,2016-01-20T22:31:40Z,netops-maint,planned reroute DC1->DC2 started (info),
4412,2016-01-21T00:07:12Z,ingestion-api,api track 5xx rate > 5% (DC2),Derek Olsen
4413,2016-01-21T00:09:55Z,queue-dc2,queue host disk io wait > 80%,Derek Olsen
4419,2016-01-21T04:58:03Z,ingestion-api,RESOLVED api track 5xx rate back under 1%,
"""},
        {"file": "ing0120-hipchat.txt", "zone": "America/Los_Angeles", "referenceDate": "2016-01-20", "text": """
[2:30 PM] Tom Becker: netops: starting the DC1 maintenance reroute, all ingest traffic to DC2 now
[4:00 PM] Tom Becker: whoa, inbound graph just jumped ~10x
[4:07 PM] Derek Olsen: paged, track 5xx in DC2. queue boxes disk bound
[4:12 PM] Derek Olsen: android clients hammering us, retry every 1s?!
[6:40 PM] Maya Lindqvist: Retry-After deployed on all api hosts
[7:30 PM] Maya Lindqvist: ramping android back in, 10% steps
[8:55 PM] Maya Lindqvist: latency normal, no timeouts in the last 10 min. api ok
[10:27 PM] Derek Olsen: queue drained, all queued data consumed
"""}],
    "expected": {
        "events": [["2016-01-20T22:30Z", ["reroute"]], ["2016-01-21T00:00Z", ["10x"]],
                   ["2016-01-21T00:07Z", ["5xx"]], ["2016-01-21T02:40Z", ["Retry-After"]],
                   ["2016-01-21T03:30Z", ["ramping"]], ["2016-01-21T04:55Z", ["api ok", "recovered"]],
                   ["2016-01-21T06:27Z", ["queue drained", "queued data"]]],
        "keyTimes": {
            "started": kt("2016-01-21T00:05Z", S, "from 4:05pm PST on Jan 20 the ingestion API was intermittently unavailable", "comment 220105"),
            "detected": kt("2016-01-21T00:07Z", S, "api track 5xx rate > 5% (DC2)", "ing0120-pd.csv.txt"),
            "resolved": kt("2016-01-21T04:55Z", S, "until about 8:55pm PST when it had fully recovered", "comment 220105")},
        "responders": [["Derek Olsen", None], ["Maya Lindqvist", None], ["Tom Becker", None]],
        "narrative": nar(["thundering herd"], ["Retry-After"], ["ING-0120", "DC2"],
                         "On 20 January Mixpanel's ingestion API was intermittently unavailable from 4:05pm to about 8:55pm PST; queued data was fully processed by 10:27pm and nothing was lost."),
    }})

# 2. Mixpanel, 14-15 May 2026 - storage cleanup removed live files ---------------------------------------------------
I.append({
    "id": "mixpanel-2026-05-storage-cleanup-slack", "name": "Mixpanel query errors after a storage cleanup deleted live data files, from about 2:30 PM PT 14 May 2026 until the restore from backup completed 5:15 PM PT 15 May",
    "issueId": "99301", "key": "QRY-514", "summary": "Query errors on Insights/Funnels - 'failed to load' on some date ranges",
    "reporter": "Ines Carvalho", "assignee": "Ines Carvalho", "labels": ["sev2", "query"],
    "components": ["query-engine", "storage"], "created": "2026-05-14T21:52", "now": "2026-05-25T16:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Customers hitting query errors on Insights/Funnels, some date ranges return "failed to load". Error rate up since ~2:45.

First guess: yesterday's query-engine release v412 - rollback prepared. Times PT, the alert payload is UTC.""",
    "comments": [
        ("220111", "Ines Carvalho", "2026-05-14T22:30", """Not the release, rollback changed nothing. Files still referenced by metadata are missing in the storage backend - the storage cleanup that ran this afternoon deleted more than the unused files. Alert payload pasted (qry514-alert.json.txt, UTC) and the Slack thread (qry514-slack.txt, PT)."""),
        ("220112", "Ines Carvalho", "2026-05-15T03:05", """Mitigation live - query success rate and latency back to normal. Restore of the deleted files from backup is running, ETA tomorrow afternoon. Until then some older date ranges can still error."""),
        ("220113", "Sam Whitfield", "2026-05-16T00:40", """Restore finished, last affected files are back, spot checks ok. Status page set to resolved."""),
        ("220114", "Ines Carvalho", "2026-05-20T17:00", """PIR recap (times PT): impact window Thu 2:30 PM (cleanup run deleted live files) -> Fri 5:15 PM (restore from backup complete). Detection was the query-error alert a few minutes after the run; the ~2:45 in the description is just when I looked at the dashboard. The 7:48 PM mitigation brought the error rate down but did not bring the data back. Ingestion not affected, no event data lost. Root cause: the delete list came from a SQL query whose date filter was not strictly earlier than the reference snapshot."""),
    ],
    "changelog": [
        ("Ines Carvalho", "2026-05-14T21:53", [("status", "Open", "In Progress")]),
        ("Ines Carvalho", "2026-05-15T03:06", [("status", "In Progress", "Monitoring")]),
        ("Sam Whitfield", "2026-05-16T00:41", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "qry514-alert.json.txt", "zone": "UTC", "referenceDate": "2026-05-14", "text": """
{"monitor": "query_error_rate_p1", "state": "ALERT", "triggered": "2026-05-14T21:34:08Z",
 "value": "7.9%", "threshold": "2%", "scope": "region:us", "notify": "@oncall-query"}
"""},
        {"file": "qry514-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2026-05-14", "text": """
2:30 PM  Omar Haddad: storage cleanup (extended path) started, delete list from the snapshot query
2:34 PM  pagerbot: query_error_rate_p1 ALERT 7.9% (us)
2:52 PM  Ines Carvalho: opening incident. missing files?? or v412
3:20 PM  Ines Carvalho: rollback v412 done, no change
3:41 PM  Omar Haddad: the cleanup list has live files written after the snapshot. stopping everything
7:48 PM  Ines Carvalho: mitigation deployed, success rate + latency normal
--- Friday, May 15 ---
9:05 AM  Sam Whitfield: restore from backup 60% done
5:15 PM  Sam Whitfield: restore complete, all affected files back
"""}],
    "expected": {
        "events": [["2026-05-14T21:30Z", ["cleanup"]], ["2026-05-14T21:34Z", ["ALERT", "triggered"]],
                   ["2026-05-14T22:20Z", ["rollback"]], ["2026-05-14T22:41Z", ["cleanup list"]],
                   ["2026-05-15T02:48Z", ["mitigation"]], ["2026-05-15T16:05Z", ["60%"]],
                   ["2026-05-16T00:15Z", ["restore complete"]]],
        "keyTimes": {
            "started": kt("2026-05-14T21:30Z", S, "impact window Thu 2:30 PM (cleanup run deleted live files)", "comment 220114"),
            "detected": kt("2026-05-14T21:34Z", S, "\"triggered\": \"2026-05-14T21:34:08Z\"", "qry514-alert.json.txt"),
            "resolved": kt("2026-05-16T00:15Z", S, "Fri 5:15 PM (restore from backup complete)", "comment 220114")},
        "responders": [["Ines Carvalho", None], ["Sam Whitfield", None], ["Omar Haddad", None]],
        "narrative": nar(["cleanup"], ["restore"], ["QRY-514", "v412"],
                         "From about 2:30 PM PT on 14 May 2026 some Mixpanel customers got query errors; a mitigation that evening brought error rates down and the deleted files were restored from backup by 5:15 PM PT on 15 May."),
    }})

# 3. Hull, 12 July 2019 - ingestion latency, two waves --------------------------------------------------------------
I.append({
    "id": "hull-2019-07-ingest-latency-slack", "name": "Hull ingestion pipeline latency 12 July 2019: spike from about 7:30 UTC, first mitigation 9:30 UTC insufficient, second wave from 14:00 UTC, traffic isolated 17:15 UTC",
    "issueId": "99302", "key": "PLAT-712", "summary": "Données en retard dans le dashboard / connecteurs (1-2h)",
    "reporter": "Julien Marchand", "assignee": "Camille Roux", "labels": ["incident", "ingestion"],
    "components": ["ingestion"], "created": "2019-07-12T08:40", "now": "2019-07-20T10:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Clients say data from their sources shows up very late in the dashboard (1-2h) and is sent late to connectors too.

Probablement le rebalance Kafka du déploiement d'hier soir, encore? Heures en CEST sauf indication contraire.""",
    "comments": [
        ("220121", "Julien Marchand", "2019-07-12T09:10", """Pas le rebalance. Big spike of incoming data from a few orgs, the ingestion pipeline cannot keep up, latency climbing since this morning."""),
        ("220122", "Julien Marchand", "2019-07-12T09:35", """Throttle on the 3 orgs, latencies back to normal at 11:30. Je garde le ticket ouvert."""),
        ("220123", "Camille Roux", "2019-07-12T16:10", """Ça recommence: since 16:00 latencies >30 min, now over 90. First mitigation not enough. Grafana export attached (plat712-latency.csv.txt, UTC) + Slack (plat712-slack.txt, CEST)."""),
        ("220124", "Camille Roux", "2019-07-12T17:20", """Problematic traffic isolated on its own partition, ingestion latency normal again. On surveille jusqu'à ce soir."""),
        ("220125", "Julien Marchand", "2019-07-12T22:05", """Surveillance terminée, rien à signaler. Closing."""),
        ("220126", "Camille Roux", "2019-07-15T15:55", """Postmortem posted on the status page (11:52 EDT), in short: spike started at approximately 7:30 UTC on the 12th; first mitigation 9:30 UTC; from 14:00 UTC latencies above 30 minutes, above 90 at 16:00 UTC; at 17:15 UTC traffic isolated and latencies normal; monitored until 22:00 UTC. Long term: the ingestion overhaul with better isolation."""),
    ],
    "changelog": [
        ("Julien Marchand", "2019-07-12T08:41", [("status", "Open", "In Progress")]),
        ("Julien Marchand", "2019-07-12T09:36", [("status", "In Progress", "Monitoring")]),
        ("Camille Roux", "2019-07-12T16:11", [("status", "Monitoring", "In Progress")]),
        ("Camille Roux", "2019-07-12T17:21", [("status", "In Progress", "Monitoring")]),
        ("Julien Marchand", "2019-07-12T22:06", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "plat712-latency.csv.txt", "zone": "UTC", "referenceDate": "2019-07-12", "text": """
time_utc,p95_ingest_latency_min
2019-07-12 07:00,2
2019-07-12 07:30,9
2019-07-12 08:00,48
2019-07-12 08:30,104
2019-07-12 09:00,96
2019-07-12 09:30,31
2019-07-12 10:00,3
2019-07-12 13:30,4
2019-07-12 14:00,34
2019-07-12 15:00,61
2019-07-12 16:00,93
2019-07-12 17:15,6
2019-07-12 18:00,2
"""},
        {"file": "plat712-slack.txt", "zone": "Europe/Paris", "referenceDate": "2019-07-12", "text": """
11:24 Julien Marchand: throttle en place pour les 3 orgs
11:30 Julien Marchand: latence revenue à la normale (p95 3 min)
16:02 Camille Roux: latence remonte, >30 min
18:00 Camille Roux: p95 > 90 min, on isole le trafic
19:15 Camille Roux: trafic problématique isolé sur sa propre partition, latence normale
"""}],
    "expected": {
        "events": [["2019-07-12T07:30Z", ["spike"]], ["2019-07-12T09:24Z", ["throttle"]],
                   ["2019-07-12T09:30Z", ["latence revenue", "mitigation"]], ["2019-07-12T14:00Z", ["30 min", "latence remonte"]],
                   ["2019-07-12T16:00Z", ["90"]], ["2019-07-12T17:15Z", ["isolé", "isolated"]],
                   ["2019-07-12T22:00Z", ["monitored"]]],
        "keyTimes": {
            "started": kt("2019-07-12T07:30Z", S, "spike started at approximately 7:30 UTC on the 12th", "comment 220126"),
            "detected": kt(None, U),
            "resolved": kt("2019-07-12T17:15Z", S, "at 17:15 UTC traffic isolated and latencies normal", "comment 220126")},
        "responders": [["Julien Marchand", None], ["Camille Roux", None]],
        "narrative": nar(["spike"], ["isolated"], ["PLAT-712"],
                         "On 12 July 2019 data sent to Hull reached dashboards and connectors late, up to 2 hours, from about 7:30 UTC; a first mitigation at 9:30 did not hold and latencies were normal again only from 17:15 UTC."),
    }})

# 4. Kahoot, 15 May (year assumed 2025) - CD misconfiguration ---------------------------------------------------------
I.append({
    "id": "kahoot-2025-05-cd-startup-teams", "name": "Kahoot! unavailable for about 15 minutes on 15 May after a Continuous Deployment misconfiguration (detected 11:34, resolved 11:49 UTC+2)",
    "issueId": "99303", "key": "PLAY-1505", "summary": "Players cannot join games - 502 everywhere",
    "reporter": "Sofie Berg", "assignee": "Lars Eide", "labels": ["p1"],
    "components": ["game-api", "cd"], "created": "2025-05-15T09:37", "now": "2025-05-22T12:00:00Z",
    "defaultZone": "Europe/Oslo",
    "description": """Players can't join games, 502 on create too. Whole app, all regions.

Gjetning: AWS eu-west-1 problem? checking the Health Dashboard. Tider i Oslo-tid (CEST).""",
    "comments": [
        ("220131", "Lars Eide", "2025-05-15T09:41", """Ikke AWS. game-api pods from the latest deploy crash at startup - config rendered by the CD pipeline is wrong (misconfiguration, not caught in the build phase). Rolling back."""),
        ("220132", "Lars Eide", "2025-05-15T09:52", """Rollback done, new pods healthy, games can be joined again. Teams log (play1505-teams.txt) and the pipeline log (play1505-cd.log.txt, UTC) attached."""),
        ("220133", "Sofie Berg", "2025-05-15T10:30", """Posted on the status page (the entry shows "May 15, 11:30 CEST"): unexpected downtime of approximately 15 minutes due to a misconfiguration in our Continuous Deployment setup; detected at 11:34 UTC+2 and fully resolved by 11:49 UTC+2; all users affected."""),
        ("220134", "Lars Eide", "2025-05-19T08:00", """Action items: validation checks in the CD pipeline, better automated rollback. When the first broken pod took traffic we honestly don't know - the rollout log had rotated before we grabbed it, the 11:30 on the status entry is rounded and the "15 minutes" is a guess."""),
    ],
    "changelog": [
        ("Lars Eide", "2025-05-15T09:38", [("status", "Open", "In Progress")]),
        ("Lars Eide", "2025-05-15T09:53", [("status", "In Progress", "Monitoring")]),
        ("Sofie Berg", "2025-05-19T08:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "play1505-teams.txt", "zone": "Europe/Oslo", "referenceDate": "2025-05-15", "text": """
[11:34] Sofie Berg: synthetic join-game check RED, 502s from edge
[11:35] Lars Eide: ser på det. AWS?
[11:40] Lars Eide: nei - crashloop on game-api after deploy, config wrong
[11:44] Lars Eide: rollback startet
[11:49] Lars Eide: alle pods friske, join OK igjen
[11:50] Sofie Berg: confirmed from 3 regions, game join ok
"""},
        {"file": "play1505-cd.log.txt", "zone": "UTC", "referenceDate": "2025-05-15", "text": """
2025-05-15T09:44:02Z rollback game-api to release 2025.05.14-3 requested by leide
2025-05-15T09:48:51Z rollout complete game-api 2025.05.14-3 (24/24 ready)
"""}],
    "expected": {
        "events": [["2025-05-15T09:34Z", ["synthetic", "detected"]], ["2025-05-15T09:40Z", ["crashloop"]],
                   ["2025-05-15T09:44Z", ["rollback"]], ["2025-05-15T09:49Z", ["join OK", "resolved"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2025-05-15T09:34Z", S, "detected at 11:34 UTC+2", "comment 220133"),
            "resolved": kt("2025-05-15T09:49Z", S, "fully resolved by 11:49 UTC+2", "comment 220133")},
        "responders": [["Lars Eide", None], ["Sofie Berg", None]],
        "narrative": nar(["misconfiguration"], ["rollback"], ["PLAY-1505", "game-api"],
                         "On 15 May Kahoot! was unavailable to all users for about 15 minutes; the problem was detected at 11:34 and fully resolved by 11:49 (UTC+2)."),
    }})

# 5. MindTickle, 15-17 December 2021 - analytics sync delay ---------------------------------------------------------
I.append({
    "id": "mindtickle-2021-12-analytics-sync-slack", "name": "MindTickle analytics, export reports and reporting API out of date from 4:58 PM PST 15 December 2021 (12 hours of event backlog, 6 hours of sync, then 10 hours of reconciliation)",
    "issueId": "99304", "key": "ANL-1512", "summary": "Analytics / reports stale since yesterday evening (US)",
    "reporter": "Neha Joshi", "assignee": "Aditya Kulkarni", "labels": ["sev2", "analytics"],
    "components": ["analytics", "user-management"], "created": "2021-12-16T04:10", "now": "2021-12-24T10:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Analytics section and export reports not updated since yesterday evening US time, US customers asking why completion numbers are stale. Reporting API also old data.

Guess: Redshift maintenance window overran? checking with AWS. Times IST unless mentioned.""",
    "comments": [
        ("220141", "Aditya Kulkarni", "2021-12-16T04:45", """Not Redshift. Event stream is flooded: an automation rule in User Management (a tenant bulk op, and then the revert of it) fired a huge number of processing operations, every downstream app emits events, analytics consumer lag in millions. Pausing the reconciliation checks so the sync can catch up. Lag log attached (anl1512-lag.txt, UTC) and the Slack bits (anl1512-slack.txt, IST)."""),
        ("220142", "Neha Joshi", "2021-12-16T13:05", """Consumer is through the backlog of events, now the analytics DB sync runs - several more hours."""),
        ("220143", "Aditya Kulkarni", "2021-12-17T05:20", """Reconciliation checks complete, data matches the platform. Marking resolved, CSMs notifying customers."""),
        ("220144", "Neha Joshi", "2021-12-20T09:00", """RCA for the status page: the delay started from 4:58 PM PST on Dec 15, lasted 12 hours, and it then took 6 hours to completely synchronize the data back to the current state. Reconciliation (10 hours) came after that and only then did we mark it resolved. Long term: faster checks, limits and a confirmation step for bulk automation rules."""),
    ],
    "changelog": [
        ("Aditya Kulkarni", "2021-12-16T04:46", [("status", "Open", "In Progress")]),
        ("Neha Joshi", "2021-12-16T13:06", [("status", "In Progress", "Monitoring")]),
        ("Aditya Kulkarni", "2021-12-17T05:21", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "anl1512-lag.txt", "zone": "UTC", "referenceDate": "2021-12-16", "text": """
2021-12-16 00:40:12 UTC INFO  usermgmt automation rule "Q4 reorg sync" enabled by tenant acme-prod (bulk)
2021-12-16 01:21:37 UTC ALERT analytics-consumer lag > 500k events (warn: 100k) -> #analytics-oncall
2021-12-16 03:02:10 UTC INFO  automation rule revert started (tenant acme-prod)
2021-12-16 04:50:00 UTC INFO  reconciliation checks paused by njoshi
2021-12-16 12:58:40 UTC INFO  analytics-consumer lag < 1k (backlog consumed)
2021-12-17 04:55:02 UTC INFO  reconciliation run complete, 0 mismatches
"""},
        {"file": "anl1512-slack.txt", "zone": "Asia/Kolkata", "referenceDate": "2021-12-16", "text": """
6:51 AM  lagbot: analytics-consumer lag > 500k events
7:05 AM  Aditya Kulkarni: seeing it. redshift maintenance?? will check after standup
9:38 AM  Neha Joshi: US CSMs escalating, reports stale. opening ticket
6:28 PM  Neha Joshi: backlog consumed, DB sync starting (6-ish hours)
"""}],
    "expected": {
        "events": [["2021-12-16T00:40Z", ["automation rule"]], ["2021-12-16T01:21Z", ["lag"]],
                   ["2021-12-16T03:02Z", ["revert"]], ["2021-12-16T04:08Z", ["opening ticket"]],
                   ["2021-12-16T04:50Z", ["paused"]], ["2021-12-16T12:58Z", ["backlog consumed"]],
                   ["2021-12-17T04:55Z", ["reconciliation run complete"]]],
        "keyTimes": {
            "started": kt("2021-12-16T00:58Z", S, "the delay started from 4:58 PM PST on Dec 15", "comment 220144"),
            "detected": kt("2021-12-16T01:21Z", S, "ALERT analytics-consumer lag > 500k events", "anl1512-lag.txt"),
            "resolved": kt("2021-12-16T18:58Z", I_, "it then took 6 hours to completely synchronize the data back to the current state", "comment 220144")},
        "responders": [["Aditya Kulkarni", None], ["Neha Joshi", None]],
        "narrative": nar(["automation rule"], ["reconciliation"], ["ANL-1512", "acme-prod"],
                         "From 4:58 PM PST on 15 December 2021 MindTickle's analytics, export reports and reporting API showed out-of-date data: 12 hours of event backlog and 6 more hours of synchronisation."),
    }})

# 6. Amtrak Northeast Corridor, 24 August 2010 - voltage problem, trains held --------------------------------------
I.append({
    "id": "amtrak-2010-08-nec-voltage-powerdesk", "name": "Amtrak Northeast Corridor service disruption 24 August 2010: voltage problem from about 7:45 a.m. ET, power restored 9:01 a.m., all trains moving 10:05 a.m.",
    "issueId": "99305", "key": "CETC-0824", "summary": "Trains held WASH-NYP and PHL-HAR - low/no catenary voltage",
    "reporter": "Carla Mendes", "assignee": "Greg Tanaka", "labels": ["service-disruption", "traction-power"],
    "components": ["traction-power", "dispatch"], "created": "2010-08-24T11:58", "now": "2010-09-03T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """All trains held Washington - New York and Philadelphia - Harrisburg, catenary voltage lost or low on several sections. Some trains without lights/AC.

First thought: the substation breaker again, same as two weeks ago. Power director checking. Times Eastern.""",
    "comments": [
        ("220151", "Carla Mendes", "2010-08-24T12:30", """Not that breaker. Problem is between Perryville and Washington: a power trip that rippled - an overload somewhere on the line tripped protective circuitry across the system. MARC, SEPTA and NJ Transit stopped as well (they run under our overhead). PD log pasted (cetc0824-pd-log.txt)."""),
        ("220152", "Carla Mendes", "2010-08-24T13:05", """Power restored to all lines. Resuming staggered to keep the load on the circuits low, trains that lost power entirely go first."""),
        ("220153", "Greg Tanaka", "2010-08-24T14:10", """As of 10:05 all trains moving again. Delays from 20 min up to 2 hours for the trains that were backed up. Keeping the ticket open for the cause."""),
        ("220154", "Greg Tanaka", "2010-08-26T18:00", """Corporate comms line of the 24th, for the record: "At approximately 7:45 a.m. ET this morning Amtrak experienced a service disruption following a voltage problem" (WAS-NYP and PHL-HAR). Second power problem on the corridor in two weeks. Closing here; the engineering review runs separately."""),
    ],
    "changelog": [
        ("Carla Mendes", "2010-08-24T12:00", [("status", "Open", "In Progress")]),
        ("Greg Tanaka", "2010-08-24T14:11", [("status", "In Progress", "Monitoring")]),
        ("Greg Tanaka", "2010-08-26T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "cetc0824-pd-log.txt", "zone": "America/New_York", "referenceDate": "2010-08-24", "text": """
POWER DIRECTOR LOG - SOUTH DESK - TUE 08/24/2010
07:44  Sub 14 load 92% (routine, morning peak)
07:46  SCADA ALARM undervoltage multiple sections PERRYVILLE-WASH, breakers tripped
07:47  dispatch: all trains WASH-NYP held in place
07:52  HAR line dead too, Philadelphia-Harrisburg trains held
08:30  fault isolation in progress, sectionalizing
09:01  power restored all lines, staggered restart ordered
10:05  last held train moving, all trains moving
"""}],
    "expected": {
        "events": [["2010-08-24T11:45Z", ["voltage problem"]], ["2010-08-24T11:46Z", ["SCADA ALARM"]],
                   ["2010-08-24T11:47Z", ["held"]], ["2010-08-24T11:52Z", ["HAR line"]],
                   ["2010-08-24T12:30Z", ["fault isolation"]], ["2010-08-24T13:01Z", ["power restored"]],
                   ["2010-08-24T14:05Z", ["all trains moving"]]],
        "keyTimes": {
            "started": kt("2010-08-24T11:45Z", S, "At approximately 7:45 a.m. ET this morning Amtrak experienced a service disruption", "comment 220154"),
            "detected": kt("2010-08-24T11:46Z", S, "SCADA ALARM undervoltage multiple sections", "cetc0824-pd-log.txt"),
            "resolved": kt("2010-08-24T14:05Z", S, "As of 10:05 all trains moving again", "comment 220153")},
        "responders": [["Carla Mendes", None], ["Greg Tanaka", None]],
        "narrative": nar(["power trip"], ["staggered"], ["CETC-0824", "Sub 14"],
                         "On 24 August 2010 Amtrak and the commuter trains using its overhead power stopped between Washington and New York and Philadelphia and Harrisburg from about 7:45 a.m.; power was back at 9:01 and all trains were moving at 10:05, with delays of up to two hours."),
    }})

# 7. Amtrak New York - New Haven, 6 May 2016 - overhead power failure ------------------------------------------------
I.append({
    "id": "amtrak-2016-05-nyp-newhaven-power-email", "name": "Amtrak New York - New Haven service suspended by an overhead power failure, 6 May 2016 (power out around 5:30 p.m., restored around 8 p.m. ET)",
    "issueId": "99306", "key": "NEC-0506", "summary": "No catenary power north of NYC - NYP/New Haven trains stopped, Acela stuck in the Bronx",
    "reporter": "Dana Whitaker", "assignee": "Ron Castillo", "labels": ["service-disruption"],
    "components": ["traction-power", "customer-relations"], "created": "2016-05-06T21:41", "now": "2016-05-16T14:00:00Z",
    "defaultZone": "America/New_York",
    "description": """No power on the overhead north of NYC, all trains NYP - New Haven stopped. One Acela stuck in the Bronx without power or ventilation, passengers tweeting.

Guess: Metro-North pulled the power for their track work? asking their desk. Times Eastern.""",
    "comments": [
        ("220161", "Dana Whitaker", "2016-05-06T22:10", """Metro-North says not them. Failure on our overhead lines north of New York, ET crews dispatched, trains held where they are. Email thread with the power desk pasted (nec0506-email.txt)."""),
        ("220162", "Dana Whitaker", "2016-05-07T00:12", """Power back, trains moving again north of NYP. Congestion delays tonight."""),
        ("220163", "Ron Castillo", "2016-05-07T01:05", """Press asked. Told them: the power went out around 5:30 p.m. and was restored around 8 p.m.; trains were held until then. Stranded Acela passengers were more than two hours without power - customer relations follow-up."""),
        ("220164", "Ron Castillo", "2016-05-09T14:00", """NYT updated its piece about an hour after the first version ("restored ... after an interruption of more than two hours"). Our timeline stands. Closing."""),
    ],
    "changelog": [
        ("Dana Whitaker", "2016-05-06T21:42", [("status", "Open", "In Progress")]),
        ("Dana Whitaker", "2016-05-07T00:13", [("status", "In Progress", "Monitoring")]),
        ("Ron Castillo", "2016-05-09T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "nec0506-email.txt", "zone": "America/New_York", "referenceDate": "2016-05-06", "text": """
From: Power Director NY
Sent: Friday, May 06, 2016 5:33 PM
Subject: ALERT - loss of catenary power NYP - New Haven, all tracks
SCADA alarm 17:31, loss of power reported by trains on all tracks. Trains holding.

From: Power Director NY
Sent: Friday, May 06, 2016 6:47 PM
Subject: RE: ALERT - fault located, ET on site, switching plan in progress

From: Power Director NY
Sent: Friday, May 06, 2016 8:00 PM
Subject: RE: ALERT - power restored all tracks NYP - New Haven, trains released
"""}],
    "expected": {
        "events": [["2016-05-06T21:30Z", ["power went out"]], ["2016-05-06T21:31Z", ["SCADA alarm"]],
                   ["2016-05-06T22:47Z", ["fault located"]], ["2016-05-07T00:00Z", ["power restored"]]],
        "keyTimes": {
            "started": kt("2016-05-06T21:30Z", S, "the power went out around 5:30 p.m.", "comment 220163"),
            "detected": kt("2016-05-06T21:31Z", S, "SCADA alarm 17:31", "nec0506-email.txt"),
            "resolved": kt("2016-05-07T00:00Z", S, "was restored around 8 p.m.", "comment 220163")},
        "responders": [["Dana Whitaker", None], ["Ron Castillo", None]],
        "narrative": nar(["overhead lines"], ["switching"], ["NEC-0506"],
                         "On 6 May 2016 Amtrak trains between New York and New Haven stopped when power on the overhead lines failed around 5:30 p.m.; power was restored around 8 p.m. and one Acela's passengers spent more than two hours without power."),
    }})

# 8. ABC Radio Melbourne off air (date assumed Tuesday 16 April 2024) - transmitter link cable ------------------------
I.append({
    "id": "abcmelb-2024-04-offair-cable-mcr", "name": "ABC Radio Melbourne off air on AM for about an hour on a Tuesday morning (about 8.15am to about 9:15am): fault on the cable to the transmitter",
    "issueId": "99307", "key": "BCAST-1604", "summary": "774 off air on AM - listeners hear the recorded apology message",
    "reporter": "Mick O'Rourke", "assignee": "Tess Nguyen", "labels": ["off-air", "emergency-broadcaster"],
    "components": ["transmission", "mcr"], "created": "2024-04-15T22:24", "now": "2024-04-24T00:00:00Z",
    "defaultZone": "Australia/Melbourne",
    "description": """774 off air on AM, listeners get the pre-recorded apology message. App and stream fine.

Guess: studio playout (the new automation) crashed again? Times AEST.""",
    "comments": [
        ("220171", "Mick O'Rourke", "2024-04-15T22:40", """Playout is fine, studio output OK up to the link. The cable between us and the transmitter isn't working. Techs on the way to site. Raf's Mornings started on time but only on stream/app. MCR log pasted (bcast1604-mcr.log.txt)."""),
        ("220172", "Tess Nguyen", "2024-04-15T22:55", """Downdetector over 160 reports, switchboard busy. We are the emergency services broadcaster, so ESO liaison informed."""),
        ("220173", "Mick O'Rourke", "2024-04-15T23:20", """Back on air on AM, techs fixed the cable. Monitoring."""),
        ("220174", "Tess Nguyen", "2024-04-16T04:00", """Herald Sun asking. Our line: 774 went off air about 8.15am, returned about 9:15am, cable fault to the transmitter, app listeners not affected. Closing; cable root cause with the transmission provider."""),
    ],
    "changelog": [
        ("Mick O'Rourke", "2024-04-15T22:25", [("status", "Open", "In Progress")]),
        ("Mick O'Rourke", "2024-04-15T23:21", [("status", "In Progress", "Monitoring")]),
        ("Tess Nguyen", "2024-04-16T04:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "bcast1604-mcr.log.txt", "zone": "Australia/Melbourne", "referenceDate": "2024-04-16", "text": """
08:15:37 RX-MON 774 AM program audio lost, TX input on fallback
08:15:52 AUTO fallback apology message playing (TX input)
08:16:05 ALARM silence detector 774 AM -> paged MCR on-call
08:30:00 SCHED Mornings (Epstein) start
08:51:10 NOTE downdetector 162 reports
09:15:03 RX-MON 774 AM program audio restored, fallback off
"""}],
    "expected": {
        "events": [["2024-04-15T22:15Z", ["audio lost"]], ["2024-04-15T22:16Z", ["ALARM"]],
                   ["2024-04-15T22:51Z", ["downdetector"]], ["2024-04-15T23:15Z", ["audio restored"]]],
        "keyTimes": {
            "started": kt("2024-04-15T22:15Z", S, "774 went off air about 8.15am", "comment 220174"),
            "detected": kt("2024-04-15T22:16Z", S, "ALARM silence detector 774 AM", "bcast1604-mcr.log.txt"),
            "resolved": kt("2024-04-15T23:15Z", S, "returned about 9:15am", "comment 220174")},
        "responders": [["Mick O'Rourke", None], ["Tess Nguyen", None]],
        "narrative": nar(["cable"], ["fixed the cable"], ["BCAST-1604"],
                         "ABC Radio Melbourne was off air on AM from about 8.15am to about 9.15am; listeners heard a recorded message, app listeners were not affected."),
    }})

# 9. A US care home, 30 March 2025 - emergency generator failed ------------------------------------------------------
I.append({
    "id": "carehome-2025-03-generator-board-notes", "name": "Care home without power when its emergency generator failed during a utility outage, 30 March 2025 (about 7:00 PM until restart 8:24 PM); second outage during the repair on 1 April (10:50 AM - 1:00 PM)",
    "issueId": "99308", "key": "FAC-0330", "summary": "Generator failed Sunday evening - building without power",
    "reporter": "Ray Dominguez", "assignee": "Ray Dominguez", "labels": ["life-safety", "generator"],
    "components": ["facilities"], "created": "2025-03-31T13:10", "now": "2025-04-10T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Sunday evening the building lost power in the utility outage, the generator ran and then quit. No power until I got it restarted. Residents OK, O2 residents on portable tanks.

First thought it ran out of fuel - tank 3/4 full so no. Generator contractor called.""",
    "comments": [
        ("220181", "Ray Dominguez", "2025-03-31T15:30", """Contractor says fault on the generator's computer board. Emergency order for the parts placed. Night shift nursing notes pasted (fac0330-nursing-notes.txt)."""),
        ("220182", "Linda Frye", "2025-03-31T18:00", """For the state report: generator failed approx 7:00 PM on 3/30, building without power until restarted at 8:24 PM. No resident harm."""),
        ("220183", "Ray Dominguez", "2025-04-01T15:45", """Contractor on site. Repair needs the generator shut down at 10:50, and the utility is still not back on our feeder, so the building will be without power again during the repair."""),
        ("220184", "Ray Dominguez", "2025-04-01T18:05", """Generator fixed and running at 1:00 PM, power restored."""),
        ("220185", "Linda Frye", "2025-04-08T14:00", """Surveyor citation: we did not get a temporary backup generator for the planned shutdown on 4/1 although our own policy requires one. Plan of correction due Friday."""),
    ],
    "changelog": [
        ("Ray Dominguez", "2025-03-31T13:11", [("status", "Open", "In Progress")]),
        ("Ray Dominguez", "2025-04-01T18:06", [("status", "In Progress", "Monitoring")]),
        ("Linda Frye", "2025-04-08T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "fac0330-nursing-notes.txt", "zone": "America/Chicago", "referenceDate": "2025-03-30", "text": """
3/30 7:20 PM  Unit 2 (LPN K. Vance): all 38 residents checked, 3 on O2 switched to portable tanks. Flashlights out.
3/30 7:45 PM  Unit 1: call lights not working, staff rounding every 15 min.
3/30 8:24 PM  Power back (generator restarted by maintenance). Call lights tested ok.
3/30 8:40 PM  O2 residents back on concentrators.
"""}],
    "expected": {
        "events": [["2025-03-31T00:00Z", ["generator failed"]], ["2025-03-31T00:20Z", ["O2"]],
                   ["2025-03-31T00:45Z", ["call lights"]], ["2025-03-31T01:24Z", ["Power back"]],
                   ["2025-03-31T01:40Z", ["concentrators"]], ["2025-04-01T15:50Z", ["shut down"]],
                   ["2025-04-01T18:00Z", ["Generator fixed"]]],
        "keyTimes": {
            "started": kt("2025-03-31T00:00Z", S, "generator failed approx 7:00 PM on 3/30", "comment 220182"),
            "detected": kt(None, U),
            "resolved": kt("2025-03-31T01:24Z", S, "building without power until restarted at 8:24 PM", "comment 220182")},
        "responders": [["Ray Dominguez", None], ["Linda Frye", None]],
        "narrative": nar(["computer board"], ["restarted"], ["FAC-0330"],
                         "On 30 March 2025 the care home was without power from about 7:00 PM until the generator was restarted at 8:24 PM; on 1 April it was without power again from 10:50 AM to 1:00 PM during the repair."),
    }})

# 10. A Minnesota county 911 centre, 28 September 2020 - multi-state 911 outage --------------------------------------
I.append({
    "id": "psap-2020-09-911-trunks-cad", "name": "County 911 centre in Minnesota during the multi-state 911 outage of 28 September 2020 (calls failing from just after 6 p.m. CDT, trunks back 19:12 CDT)",
    "issueId": "99309", "key": "ECC-0928", "summary": "911 calls not delivering - wireless AND wireline",
    "reporter": "Jenna Holm", "assignee": "Tom Sieverts", "labels": ["911", "p1"],
    "components": ["911-trunks", "cad"], "created": "2020-09-28T23:15", "now": "2020-10-06T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """911 calls not coming in - wireless and wireline. Callers get busy / fast busy (we hear it on admin-line callbacks).

First guess: our call handling CPE after this morning's patch. Vendor on the phone. All times CDT.""",
    "comments": [
        ("220191", "Jenna Holm", "2020-09-28T23:40", """Not our CPE: Minneapolis and other states report 911 down too, state ECB says it's the carrier side. Admin lines published on county social. CAD/ALI log pasted (ecc0928-cad.txt)."""),
        ("220192", "Jenna Holm", "2020-09-29T00:20", """911 trunks delivering again, deputy cell + landline test calls OK. Watching."""),
        ("220193", "Tom Sieverts", "2020-09-29T01:50", """State ECB tweeted that 911 service is restored (their tweet 9:45 p.m. EDT = 8:45 CDT). We were back well before that."""),
        ("220194", "Jenna Holm", "2020-10-02T16:00", """Summary for the board. News: outages "after 7 p.m. Eastern" in several states, most restored by about 8:15 p.m. EDT; provider RFO still pending. For OUR centre: first failed call 18:04 (ALI came in, no voice path), service back 19:12 when TG1 went in service. One callback needed, no missed emergencies found."""),
    ],
    "changelog": [
        ("Jenna Holm", "2020-09-28T23:16", [("status", "Open", "In Progress")]),
        ("Jenna Holm", "2020-09-29T00:21", [("status", "In Progress", "Monitoring")]),
        ("Tom Sieverts", "2020-10-02T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ecc0928-cad.txt", "zone": "America/Chicago", "referenceDate": "2020-09-28", "text": """
09/28/20 18:04:31 ALI  wireless ALI received, no voice path, abandoned (ANI 612-xxx-4410)
09/28/20 18:09:02 SYS  ALARM 911 trunk group TG1 all circuits busy/out of service
09/28/20 18:11:40 SUP  J.Holm notified, vendor ticket opened
09/28/20 18:25:00 SUP  admin numbers pushed to county social media
09/28/20 19:12:15 SYS  TG1 circuits in service, 911 delivering
09/28/20 19:13:05 TEST deputy cell test call 911 OK
"""}],
    "expected": {
        "events": [["2020-09-28T23:04Z", ["no voice path"]], ["2020-09-28T23:09Z", ["ALARM"]],
                   ["2020-09-28T23:11Z", ["vendor ticket"]], ["2020-09-28T23:25Z", ["admin numbers"]],
                   ["2020-09-29T00:12Z", ["in service"]], ["2020-09-29T00:13Z", ["test call"]],
                   ["2020-09-29T01:45Z", ["tweeted"]]],
        "keyTimes": {
            "started": kt("2020-09-28T23:04Z", S, "first failed call 18:04", "comment 220194"),
            "detected": kt("2020-09-28T23:09Z", S, "ALARM 911 trunk group TG1 all circuits busy/out of service", "ecc0928-cad.txt"),
            "resolved": kt("2020-09-29T00:12Z", S, "service back 19:12", "comment 220194")},
        "responders": [["Jenna Holm", None], ["Tom Sieverts", None]],
        "narrative": nar(["carrier"], ["trunks"], ["ECC-0928", "TG1"],
                         "On 28 September 2020 the county's 911 centre received no 911 calls from 18:04 to 19:12 CDT during a multi-state 911 outage; callers were given admin numbers."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

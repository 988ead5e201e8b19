"""Held-out 24 incidents: compact specs. Half software/SaaS (PagerDuty's own outages, seen from its responders), half
outside software (an airline, a national grid, a payment processor, a long-distance telephone network). Timeline facts
from public post-mortems, statements and press reports (SOURCES-heldout24.md); people, ticket keys, chat wording,
alert payloads, wrong first guesses and the minutes SOURCES lists as invented or from memory are made up."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"
I = []


def inc(iid, name, n, key, summary, reporter, assignee, labels, comps, created, now, zone, desc, comments, cl,
        pastes, events, st, de, rs, responders, root, fix, effect, remote, link):
    I.append({"id": iid, "name": name, "issueId": n, "key": key, "summary": summary, "reporter": reporter,
              "assignee": assignee, "labels": labels, "components": comps, "created": created, "now": now,
              "defaultZone": zone, "description": desc, "remote": [remote],
              "links": [link], "comments": comments, "changelog": cl, "pastes": pastes,
              "expected": {"events": events, "keyTimes": {"started": st, "detected": de, "resolved": rs},
                           "responders": [[r, None] for r in responders],
                           "narrative": nar(root, fix, [key], effect)}})


def P(file, zone, ref, text):
    return {"file": file, "zone": zone, "referenceDate": ref, "text": text}


def start(who, at):
    return (who, at, [("status", "Open", "In Progress")])


def mon(who, at):
    return (who, at, [("status", "In Progress", "Monitoring")])


def done(who, at, frm="In Progress"):
    return (who, at, [("status", frm, "Resolved"), ("resolution", None, "Done")])


# 1. PagerDuty, 15 December 2021 (UTC): DNS configuration change broke name resolution in the container cluster ----------
inc("pagerduty-2021-12-dnsmasq-slack", "PagerDuty web UI, mobile and events API down 15 December 2021 UTC (DNS configuration change broke resolution in the container orchestration cluster)",
    "99901", "PDI-1215", "Events API + web UI failing, US and EU - DNS?",
    "Wes Harmon", "Ana Sokolova", ["sev1", "dns", "deploy"], ["events-api", "web-ui", "container-platform"],
    "2021-12-15T00:31", "2021-12-28T18:00:00Z", "America/Los_Angeles",
    """Events API returning errors and web UI not loading, both service regions. Pods cannot resolve anything. Started with the infra deploy at ~4:15 this afternoon I think.
Slack copy from #major-incident in pdi1215-slack.txt (SF clocks, the channel export is Pacific), paging export in pdi1215-pages.csv.txt, status page copy in pdi1215-status.txt (UTC).""",
    [("190101", "Ana Sokolova", "2021-12-15T01:05", """dnsmasq config in the change is wrong. Fix going to one production environment first, then the rest one at a time with verification."""),
     ("190102", "Wes Harmon", "2021-12-15T01:40", """US looks mostly back (~5:30 our time). EU still degraded."""),
     ("190103", "Ana Sokolova", "2021-12-15T03:30", """All regions verified. Leaving this in Monitoring overnight, notifications backlog drained."""),
     ("190104", "Ana Sokolova", "2021-12-22T19:10", """## Postmortem draft (times UTC)
From 00:22 UTC to 03:14 UTC on December 15 the web UI, mobile UI and events API could not ingest events or deliver notifications on time, in the US and EU service regions at the same time.
The DNS configuration change was deployed at 00:17 UTC; the defect was not caught in our test environments.
Most functionality in the US was restored by 01:30 UTC and in the EU by approximately 02:00 UTC; full restoration of all functionality across both regions at 03:14 UTC.
The description's "~4:15" is the deploy, not the impact, and the ticket was only resolved on the 20th.""")],
    [start("Ana Sokolova", "2021-12-15T00:33"), mon("Ana Sokolova", "2021-12-15T03:31"),
     done("Wes Harmon", "2021-12-20T17:00", "Monitoring")],
    [P("pdi1215-slack.txt", "America/Los_Angeles", "2021-12-14", """
Wes Harmon  4:17 PM
infra change for the dnsmasq rollout is out to the cluster
Ana Sokolova  4:19 PM
paged: every service in the cluster failing DNS lookups. declaring a major incident
Wes Harmon  4:24 PM
customers report events API errors and the web UI spinning, US and EU
Ana Sokolova  4:52 PM
probable cause dnsmasq misconfiguration, fix on one environment first
Wes Harmon  5:30 PM
US service region mostly back
"""),
     P("pdi1215-pages.csv.txt", "UTC", "2021-12-15", """
incident_number,created_on,service,urgency,title
88412,2021-12-15 00:18:41 UTC,platform-dns,high,"DNS resolution failures > 50% in container cluster"
88419,2021-12-15 00:25:03 UTC,events-api,high,"Events API 5xx above threshold"
88433,2021-12-15 01:58:10 UTC,eu-web,low,"EU web latency p99 high"
"""),
     P("pdi1215-status.txt", "UTC", "2021-12-15", """
Issues with events ingestion, UI and REST API
Dec 15, 00:36 UTC - Investigating - We are investigating issues with events ingestion, the web UI and the REST API.
Dec 15, 02:05 UTC - Monitoring - A fix has been rolled out to all regions; we are monitoring.
Dec 15, 03:29 UTC - Resolved - We have confirmed full recovery of our systems.
Dec 23, 23:02 UTC - Postmortem published.
""")],
    [["2021-12-15T00:17Z", ["deployed", "infra change"]], ["2021-12-15T00:18Z", ["DNS resolution"]],
     ["2021-12-15T00:22Z", ["events API", "ingest"]], ["2021-12-15T00:36Z", ["Investigating"]],
     ["2021-12-15T00:52Z", ["dnsmasq"]], ["2021-12-15T01:30Z", ["US"]], ["2021-12-15T02:00Z", ["EU"]],
     ["2021-12-15T03:14Z", ["full restoration"]]],
    kt("2021-12-15T00:22Z", S, "From 00:22 UTC to 03:14 UTC on December 15 the web UI, mobile UI and events API could not ingest events", "comment 190104"),
    kt("2021-12-15T00:18Z", S, "88412,2021-12-15 00:18:41 UTC,platform-dns", "pdi1215-pages.csv.txt"),
    kt("2021-12-15T03:14Z", S, "From 00:22 UTC to 03:14 UTC on December 15 the web UI, mobile UI and events API could not ingest events", "comment 190104"),
    ["Wes Harmon", "Ana Sokolova"], ["DNS configuration change", "dnsmasq"], ["fix"],
    "From 00:22 to 03:14 UTC on 15 December 2021 PagerDuty customers in the US and EU could not reliably send events or receive notifications on time, and the web and mobile apps failed.",
    ("https://status.pagerduty.com/incidents/vbp7ht2647l8", "Issues with events ingestion, UI and REST API - Incident Report for PagerDuty"),
    ("PDI-1222", "Follow-up: canary stage for infrastructure configuration changes"))

# 2. PagerDuty, 21 August 2021: disk failure on the primary web database node; alerting fallback broke down -------------
inc("pagerduty-2021-08-disk-teams", "PagerDuty US service region REST API and website down 21 August 2021 (primary database disk failure, read-only file system; backlog and throttling afterwards)",
    "99902", "PDI-821", "US: website + REST API rejecting everything",
    "Joana Ribeiro", "Tiago Marques", ["sev1", "database", "hardware"], ["web-db", "rest-api", "notifications"],
    "2021-08-21T11:02", "2021-09-03T12:00:00Z", "Europe/Lisbon",
    """US website and REST API return errors for every request. Noticed when a customer pinged support; we were never paged (we ARE the pager...). Started around 11:30 Lisbon?
Teams copy of the bridge in pdi821-teams.txt (Lisbon), database host log in pdi821-db.log (host clock UTC), status page copy in pdi821-status.txt (UTC).""",
    [("190201", "Tiago Marques", "2021-08-21T11:25", """Primary web DB node: disk failed, filesystem went read-only, mysqld crashed. Promoting and recovering."""),
     ("190202", "Tiago Marques", "2021-08-21T12:40", """Website and REST API normal since the DB recovery. Notifications still delayed working through the backlog, events being throttled."""),
     ("190203", "Joana Ribeiro", "2021-08-21T16:00", """Throttling lifted, backlog gone. Keeping the SEV open for the customer comms."""),
     ("190204", "Tiago Marques", "2021-08-26T10:00", """## Review notes (UTC)
- The disk failure started at 10:40 UTC and the file-system went read-only; the database process crashed.
- For 40 minutes 100% of REST API and website requests were rejected; the database recovery took place at 11:20 UTC.
- The SEV-1 ran 10:40 to 13:02 UTC while the backlog drained: 17.1% of notifications out of SLA, 0.2% dropped.
- Events continued to be throttled until 15:40 UTC; at 15:40 UTC we had recovered fully and customers were no longer affected.
- Our alternative alerting for when PagerDuty itself is down broke down, so nobody was paged. The customer email that told us reached support at a time the support tool did not keep; Joana's 12:02 message is when she forwarded it, not when we knew. The "around 11:30 Lisbon" in the description is a guess.""")],
    [start("Tiago Marques", "2021-08-21T11:04"), mon("Tiago Marques", "2021-08-21T13:05"),
     done("Joana Ribeiro", "2021-08-30T09:00", "Monitoring")],
    [P("pdi821-teams.txt", "Europe/Lisbon", "2021-08-21", """
[21/08/2021 12:02] Joana Ribeiro
Support forwarded a customer email: US web app and API all errors. Anyone on this?
[21/08/2021 12:06] Tiago Marques
db-web-01 is read-only, mysqld is down. on it
[21/08/2021 12:20] Tiago Marques
database recovered, website and REST API serving again
[21/08/2021 14:02] Joana Ribeiro
backlog drained, notifications on time again. throttling still on for events
"""),
     P("pdi821-db.log", "UTC", "2021-08-21", """
2021-08-21T10:40:12Z db-web-01 kernel: blk_update_request: I/O error, dev nvme1n1, sector 88123904
2021-08-21T10:40:13Z db-web-01 kernel: EXT4-fs (nvme1n1p1): Remounting filesystem read-only
2021-08-21T10:40:15Z db-web-01 mysqld: [ERROR] InnoDB: Operating system error number 30 in a file operation. Read-only file system
2021-08-21T11:20:47Z db-web-02 mysqld: [Note] recovery complete, accepting connections
"""),
     P("pdi821-status.txt", "UTC", "2021-08-21", """
PagerDuty Functionality Issues (US Service Region)
Aug 21, 11:14 UTC - Investigating - We are investigating errors on the website and REST API.
Aug 21, 11:31 UTC - Identified - A database issue has been identified; website and REST API are recovering.
Aug 21, 15:52 UTC - Resolved - This incident has been resolved.
Aug 27, 17:40 UTC - Postmortem published.
""")],
    [["2021-08-21T10:40Z", ["disk", "read-only", "I/O error"]], ["2021-08-21T11:14Z", ["Investigating"]],
     ["2021-08-21T11:20Z", ["recovery", "recovered"]], ["2021-08-21T13:02Z", ["backlog"]],
     ["2021-08-21T15:40Z", ["throttled"]]],
    kt("2021-08-21T10:40Z", S, "The disk failure started at 10:40 UTC", "comment 190204"),
    kt(None, U),
    kt("2021-08-21T15:40Z", S, "at 15:40 UTC we had recovered fully and customers were no longer affected", "comment 190204"),
    ["Joana Ribeiro", "Tiago Marques"], ["disk failure", "read-only"], ["database recovery"],
    "On 21 August 2021 PagerDuty's US website and REST API rejected every request for 40 minutes from 10:40 UTC; notifications were late until 13:02 and events throttled until 15:40 UTC.",
    ("https://status.pagerduty.com/incidents/9fr2dg396hj3", "PagerDuty Functionality Issues - Incident Report for PagerDuty"),
    ("PDI-829", "Follow-up: alternative alerting path tested monthly"))

# 3. PagerDuty, 27-30 January 2023: Response Plays upgrade applied to too many accounts; found from a customer report ---
inc("pagerduty-2023-01-responseplays-zoom", "PagerDuty Response Plays unavailable for some accounts 27-30 January 2023 (upgrade to Incident Workflows applied to more accounts than intended)",
    "99903", "PDI-130", "Customers: Response Plays missing from UI and API",
    "Colin Tremblay", "Priyanka Nair", ["sev2", "feature-flag", "migration"], ["response-plays", "incident-workflows"],
    "2023-01-30T18:25", "2023-02-10T12:00:00Z", "America/Toronto",
    """Customer ticket: their Response Plays are gone, UI and API both. Others the same. Looks like it started early this morning, the first 404s we can see are at 12:27 AM Eastern.
Zoom chat copy of the major incident call in pdi130-zoom.txt (Toronto), deploy log in pdi130-deploy.log (UTC).""",
    [("190301", "Priyanka Nair", "2023-01-30T18:36", """Major incident call opened. Suspect the Incident Workflows upgrade script."""),
     ("190302", "Priyanka Nair", "2023-01-30T19:55", """Code change reverted, upgrade reversed on the affected accounts. US API back, EU API back, UI back for both. All good as of 2:46 PM."""),
     ("190303", "Colin Tremblay", "2023-02-03T16:20", """## Incident review summary (UTC)
We initially believed Response Plays were affected starting January 30 at 5:27 UTC; the investigation found the impact began on January 27 at 17:18 UTC, when the upgrade change was deployed to a wider range of accounts than intended.
Full remediation by 19:46 UTC on January 30; US accounts had API access back at 18:38 and UI at 19:37, EU accounts API at 18:52 and UI at 19:42 UTC.
We learned of it from a customer report; the report's arrival time is not in the support export we kept.""")],
    [start("Priyanka Nair", "2023-01-30T18:30"), done("Colin Tremblay", "2023-02-07T15:00")],
    [P("pdi130-zoom.txt", "America/Toronto", "2023-01-30", """
13:33:10 From Colin Tremblay to Everyone: ok we're on the major incident call. Response Plays customers first
13:41:55 From Priyanka Nair to Everyone: the upgrade to Incident Workflows ran for far more accounts than the list
13:52:02 From Priyanka Nair to Everyone: revert merged, deploying
14:37:40 From Colin Tremblay to Everyone: US UI works for the customer now
"""),
     P("pdi130-deploy.log", "UTC", "2023-01-27", """
2023-01-27 17:18:04 UTC deploy response-plays-upgrade@4f1c2a prod-us prod-eu  OK
2023-01-30 18:38:22 UTC api-access restored us (reverse-upgrade batch 1)
2023-01-30 18:52:09 UTC api-access restored eu (reverse-upgrade batch 2)
""")],
    [["2023-01-27T17:18Z", ["deploy"]], ["2023-01-30T18:33Z", ["major incident call"]],
     ["2023-01-30T18:38Z", ["restored us", "API"]], ["2023-01-30T18:52Z", ["restored eu", "API"]],
     ["2023-01-30T19:37Z", ["US UI", "UI"]], ["2023-01-30T19:46Z", ["Full remediation", "All good"]]],
    kt("2023-01-27T17:18Z", S, "the investigation found the impact began on January 27 at 17:18 UTC", "comment 190303"),
    kt(None, U),
    kt("2023-01-30T19:46Z", S, "Full remediation by 19:46 UTC on January 30", "comment 190303"),
    ["Colin Tremblay", "Priyanka Nair"], ["wider range of accounts"], ["reverted"],
    "From 27 January 2023 17:18 UTC to 30 January 19:46 UTC fewer than 1% of PagerDuty accounts, in the US and EU, could not reach their Response Plays in the UI or the API.",
    ("https://status.pagerduty.com/incidents/kh29kkv7v9gy", "Monitoring Issue - Incident Report for PagerDuty"),
    ("PDI-133", "Follow-up: guard rails on the Response Plays upgrade script"))

# 4. PagerDuty, 25 January 2022: routing change for a network peering sent production traffic to the wrong network -----
inc("pagerduty-2022-01-peering-slack", "PagerDuty US service region 5xx errors 25 January 2022 (routing change for a new network peering redirected production traffic)",
    "99904", "PDI-125", "US 5xx on web, mobile, API - events not ingesting",
    "Hannah Okafor", "Derek Lindqvist", ["sev1", "network", "change"], ["network", "events-api", "web"],
    "2022-01-25T21:47", "2022-02-08T12:00:00Z", "America/Los_Angeles",
    """Web, mobile and API all 5xx in US. Event ingestion stopped. Since about 1:40pm PT. Peering change went out right before.
Slack copy in pdi125-slack.txt (Pacific), paging export in pdi125-pages.txt (UTC), the EU on-call pasted their view from Dublin in pdi125-eu.txt.""",
    [("190401", "Derek Lindqvist", "2022-01-25T22:05", """Reverted the routing change. Web and API answering again, events flowing, backlog draining with rate limiting."""),
     ("190402", "Hannah Okafor", "2022-01-25T23:10", """Lingering issues triaged, full recovery declared. Resolving tomorrow after the review is scheduled."""),
     ("190403", "Derek Lindqvist", "2022-01-31T18:00", """## Post-incident review (UTC)
The routing change to enable the peering was deployed at 21:39 UTC and redirected most production traffic to the wrong internal network.
Customer impact was 21:39 to 21:59 UTC: 5xx on web, mobile and API and interrupted event ingestion; the revert at 21:59 UTC restored core functionality.
We identified the issue 13 minutes after it began, 9 minutes after the major incident was called; the status page went up 12 minutes after detection.
22:00 to 23:03 UTC was triage of lingering backlog issues until full recovery was declared; some events were dropped by rate limiting in that window.""")],
    [start("Derek Lindqvist", "2022-01-25T21:48"), done("Hannah Okafor", "2022-01-26T19:30")],
    [P("pdi125-slack.txt", "America/Los_Angeles", "2022-01-25", """
Derek Lindqvist  1:39 PM
peering route change applied
Hannah Okafor  1:43 PM
calling a major incident, US web + API all 5xx
Derek Lindqvist  1:52 PM
it's the route change, traffic going to the isolated network. reverting
Hannah Okafor  1:59 PM
revert is in
"""),
     P("pdi125-pages.txt", "UTC", "2022-01-25", """
#91021 triggered 2022-01-25 21:41 UTC  svc=edge-lb  "US ingress 5xx > 30%"  -> acknowledged 21:42 by hokafor
#91024 triggered 2022-01-25 21:46 UTC  svc=events-api  "Events ingestion stalled"  -> acknowledged 21:46 by dlindqvist
#91060 triggered 2022-01-25 22:18 UTC  svc=notifications  "Notification lag > 5m"  -> resolved 22:51
"""),
     P("pdi125-eu.txt", "Europe/Dublin", "2022-01-25", """
[21:53] <aoife> EU fine apart from OAuth app authorisation for the mobile app, seeing failures
[22:31] <aoife> OAuth auth working again from here
""")],
    [["2022-01-25T21:39Z", ["route change", "routing change"]], ["2022-01-25T21:41Z", ["5xx"]],
     ["2022-01-25T21:43Z", ["major incident"]], ["2022-01-25T21:52Z", ["route change"]],
     ["2022-01-25T21:59Z", ["revert"]], ["2022-01-25T23:03Z", ["full recovery"]]],
    kt("2022-01-25T21:39Z", S, "Customer impact was 21:39 to 21:59 UTC", "comment 190403"),
    kt("2022-01-25T21:41Z", S, "#91021 triggered 2022-01-25 21:41 UTC", "pdi125-pages.txt"),
    kt("2022-01-25T21:59Z", S, "Customer impact was 21:39 to 21:59 UTC", "comment 190403"),
    ["Hannah Okafor", "Derek Lindqvist"], ["routing change", "wrong internal network"], ["reverted", "revert"],
    "From 21:39 to 21:59 UTC on 25 January 2022 PagerDuty's US customers got 5xx errors from web, mobile and API and events were not ingested; some events were dropped while the backlog drained.",
    ("https://status.pagerduty.com/incidents/z9y73w7b563q", "Elevated 500 Errors - Incident Report for PagerDuty"),
    ("PDI-127", "Follow-up: peering changes behind a staged rollout"))

# 5. Japan Airlines, 26 December 2024 (JST): a flood of data at the network equipment linking internal and external systems
inc("jal-2024-12-ddos-noclog", "Japan Airlines check-in, baggage and ticket sales disrupted 26 December 2024 JST (large-volume data attack on the network equipment linking internal and external systems)",
    "99905", "OPS-1226", "Check-in / baggage systems down HND ITM KIX - network?",
    "Kenji Morimoto", "Aya Fujisawa", ["sev1", "network", "ddos"], ["network-edge", "check-in", "baggage", "sales"],
    "2024-12-25T22:52", "2025-01-10T03:00:00Z", "Asia/Tokyo",
    """Check-in and baggage systems not responding at Haneda, Itami, Kansai. Network trouble since about 7:00? Maybe the overnight maintenance.
NOC log in ops1226-noc.txt (JST), copy of the JAL flight info posts in ops1226-x.txt (JST), London station email in ops1226-lhr-email.txt (London time).""",
    [("190501", "Aya Fujisawa", "2024-12-25T23:20", """Not the maintenance. External uplink on edge-rtr-03 saturated, huge inbound volume. Ticket sales for today's departures suspended, press already asking if it is a cyberattack."""),
     ("190502", "Aya Fujisawa", "2024-12-26T02:40", """Router isolated at 8:56, cause addressed. Still checking recovery airport by airport. As of late morning 24 domestic flights delayed more than 30 minutes."""),
     ("190503", "Kenji Morimoto", "2024-12-27T06:00", """## Recap for the review (JST unless marked)
Network disruption began at 7:24 JST on 26 Dec (22:24 UTC on the 25th): a large volume of data was sent to the network equipment that connects our internal and external systems.
8:56 the router causing the disruption was temporarily isolated. No virus, no customer data leaked, no effect on flight safety.
Recovery of the check-in and baggage systems was confirmed airport by airport during the day; nobody recorded when the last airport was back, and ticket sales resumed "several hours later" with no time in our records.
My "about 7:00" and the maintenance theory in the description were wrong.""")],
    [start("Aya Fujisawa", "2024-12-25T22:55"), mon("Aya Fujisawa", "2024-12-26T03:00"),
     done("Kenji Morimoto", "2024-12-27T08:00", "Monitoring")],
    [P("ops1226-noc.txt", "Asia/Tokyo", "2024-12-26", """
2024/12/26 06:40:02 JST nightly-maint: config backup edge-rtr-01..04 complete
2024/12/26 07:24:31 JST edge-rtr-03 uplink-ext-1 inbound threshold exceeded (9.8 Gbps)
2024/12/26 07:28:05 JST NMS ALARM CRITICAL external gateway latency, check-in hosts unreachable
2024/12/26 08:56:40 JST edge-rtr-03 router isolated by operator (uplink-ext-1 shutdown)
"""),
     P("ops1226-x.txt", "Asia/Tokyo", "2024-12-26", """
JAL 運航情報【公式】 @JAL_flight_info
【ネットワーク機器不具合に関するお知らせ】社内外のシステムをつなぐネットワーク機器に不具合が発生しています。国内線・国際線の運航に影響が出る可能性があります。
【ネットワーク機器不具合に関するお知らせ 10:00現在】8:56に障害の原因となっている要因を特定し、対処いたしました。現在システムの復旧状況を確認中です。
"""),
     P("ops1226-lhr-email.txt", "Europe/London", "2024-12-25", """
From: LHR station duty manager
Sent: 25 December 2024 22:41
Subject: JL 42 check-in - DCS not responding
DCS timing out at the LHR counters since about half ten, we are checking in manually for the morning departure.
""")],
    [["2024-12-25T21:40Z", ["config backup"]], ["2024-12-25T22:24Z", ["disruption", "threshold"]],
     ["2024-12-25T22:28Z", ["ALARM"]], ["2024-12-25T22:41Z", ["DCS"]], ["2024-12-25T23:56Z", ["isolated", "特定"]],
     ["2024-12-26T01:00Z", ["お知らせ"]]],
    kt("2024-12-25T22:24Z", S, "Network disruption began at 7:24 JST on 26 Dec (22:24 UTC on the 25th)", "comment 190503"),
    kt("2024-12-25T22:28Z", S, "07:28:05 JST NMS ALARM CRITICAL external gateway latency", "ops1226-noc.txt"),
    kt(None, U),
    ["Kenji Morimoto", "Aya Fujisawa"], ["large volume of data"], ["isolated"],
    "On 26 December 2024 from 7:24 JST Japan Airlines' check-in and baggage systems failed at several airports, ticket sales for the day were suspended and 24 domestic flights were delayed more than 30 minutes.",
    ("https://www.geo.tv/latest/581650-japans-flag-carrier-hit-by-cyberattack-causing-delays-to-its-flights", "Japan's flag carrier hit by cyberattack, causing delays to its flights (AFP)"),
    ("OPS-1231", "Follow-up: upstream scrubbing for the external uplinks"))

# 6. Ceylon Electricity Board, 9 February 2025: Panadura grid substation fault, island-wide blackout ---------------------
inc("ceb-2025-02-islandwide-whatsapp", "Sri Lanka island-wide power failure 9 February 2025 (Panadura grid substation fault, system imbalance; evening re-trip before full restoration)",
    "99906", "SCC-209", "ISLAND-WIDE FAILURE - all GSS dead",
    "Ruwan Perera", "Dilani Jayasuriya", ["grid", "black-start", "major"], ["system-control", "transmission", "generation"],
    "2025-02-09T06:05", "2025-02-20T06:00:00Z", "Asia/Colombo",
    """Total blackout, every grid substation. Panadura GSS reported an emergency. Since about 11 this morning. Black start in progress.
Control room log in scc209-log.txt (Colombo time), area engineers' WhatsApp in scc209-whatsapp.txt, wire copy in scc209-wire.txt (GMT).""",
    [("190601", "Dilani Jayasuriya", "2025-02-09T09:20", """Priority loads back first: National Hospital, Ambatale water plant, Biyagama and Sapugaskanda. Rooftop solar owners asked to stay disconnected until 4.00 p.m."""),
     ("190602", "Ruwan Perera", "2025-02-09T12:25", """Ministry announced full restoration."""),
     ("190603", "Ruwan Perera", "2025-02-09T16:30", """Norochcholai back and load picked up. All areas supplied. Load shedding schedule for Monday and Tuesday being drafted (1.5 h per area)."""),
     ("190604", "Dilani Jayasuriya", "2025-02-12T05:00", """## Recap (Sri Lanka time)
The island-wide failure began at 11:14 when the fault at Panadura GSS (a monkey in contact with a grid transformer) caused an imbalance and every station tripped.
The 17:50 "fully restored" announcement was premature: the three Norochcholai units were disconnected by their protection soon after 18:00 and areas were cut again at the evening peak until supply was fully restored at 21:45.
Ruwan's "about 11" in the ticket was from the lights going out in the building.""")],
    [start("Dilani Jayasuriya", "2025-02-09T06:06"), mon("Dilani Jayasuriya", "2025-02-09T12:22"),
     (("Dilani Jayasuriya", "2025-02-09T13:10", [("status", "Monitoring", "In Progress")])),
     done("Ruwan Perera", "2025-02-14T04:00")],
    [P("scc209-log.txt", "Asia/Colombo", "2025-02-09", """
11:14  Panadura GSS 132 kV - T2 tripped, busbar protection operated (substation reports animal contact)
11:14  SCADA ALARM: system frequency collapse, all GSS de-energised, ISLAND-WIDE FAILURE
14:40  Supply restored: National Hospital Colombo, Ambatale water purification plant, Biyagama, Sapugaskanda
17:50  All GSS energised, supply to all areas
18:05  Norochcholai U1 U2 U3 disconnected by protection; load shed in several areas
21:45  All areas restored, system stable
"""),
     P("scc209-whatsapp.txt", "Asia/Colombo", "2025-02-09", """
[09/02/2025, 11:16:02 am] Nuwan Kalutara: total blackout here, hospital on generators
[09/02/2025, 11:19:40 am] Dilani SCC: whole island. Panadura GSS. black start plan, stand by
[09/02/2025, 5:53:10 pm] Dilani SCC: Ministry says fully restored. Colombo 7 is back
[09/02/2025, 6:22:31 pm] Nuwan Kalutara: Kalutara off again!! Norochcholai tripped?
[09/02/2025, 9:47:05 pm] Nuwan Kalutara: back here too. good night all
"""),
     P("scc209-wire.txt", "UTC", "2025-02-09", """
06:20 GMT COLOMBO - Sri Lanka hit by island-wide power outage; Ceylon Electricity Board says System Control Centre working to restore supply.
12:30 GMT Power fully restored by 6 p.m. local time, energy ministry says; minister blames a monkey at a Panadura substation.
""")],
    [["2025-02-09T05:44Z", ["Panadura", "failure"]], ["2025-02-09T06:20Z", ["outage"]],
     ["2025-02-09T09:10Z", ["National Hospital"]], ["2025-02-09T12:20Z", ["all GSS", "fully restored"]],
     ["2025-02-09T12:35Z", ["Norochcholai"]], ["2025-02-09T16:15Z", ["fully restored", "All areas restored"]]],
    kt("2025-02-09T05:44Z", S, "The island-wide failure began at 11:14 when the fault at Panadura GSS", "comment 190604"),
    kt("2025-02-09T05:44Z", S, "11:14  SCADA ALARM: system frequency collapse", "scc209-log.txt"),
    kt("2025-02-09T16:15Z", S, "areas were cut again at the evening peak until supply was fully restored at 21:45", "comment 190604"),
    ["Ruwan Perera", "Dilani Jayasuriya"], ["Panadura", "imbalance"], ["black start"],
    "On 9 February 2025 all of Sri Lanka lost power from 11:14 local time; most supply was back by 17:50, but areas were cut again in the evening until 21:45, and water supply was disrupted.",
    ("https://www.onlanka.com/news/nationwide-power-outage-hits-sri-lanka-restoration-underway.html", "Nationwide power outage hits Sri Lanka, restoration underway"),
    ("SCC-212", "Follow-up: Panadura GSS animal guards and islanding scheme review"))

# 7. Adyen, 21-22 April 2025 (CEST): three waves of DDoS against the European data centres ----------------------------
inc("adyen-2025-04-ddos-pages", "Adyen European payment services degraded 21-22 April 2025 (distributed denial-of-service attack in three waves on the European data centres)",
    "99907", "PAY-421", "EU ecom + POS auth errors - DDoS?",
    "Sanne de Vries", "Maarten Bakker", ["sev1", "ddos", "payments"], ["ecommerce", "pos-terminals", "customer-area", "transfer-api"],
    "2025-04-21T17:02", "2025-05-05T10:00:00Z", "Europe/Amsterdam",
    """Ecom and terminal authorisations failing across EU since ~19:00, slow everything. Looks like a DDoS on the EU DCs.
Slack copy in pay421-slack.txt (Amsterdam), paging export in pay421-pages.txt (UTC), status page copy in pay421-status.txt (UTC), merchant email in pay421-merchant.txt (London).""",
    [("190701", "Maarten Bakker", "2025-04-21T17:45", """First wave mitigated, terminals approving again. Filters staying on."""),
     ("190702", "Sanne de Vries", "2025-04-21T21:50", """Third wave, different signature again. Customer Area, Hosted Onboarding and Transfer API degraded."""),
     ("190703", "Maarten Bakker", "2025-04-22T01:30", """Stable. Resolving the status page. Will move the ticket after the review."""),
     ("190704", "Sanne de Vries", "2025-04-24T09:00", """## What happened (CEST)
Impact began at 18:51 CEST on 21 April when the first wave saturated key infrastructure components in our European data centres; the main impact was 18:51 to 19:35 CEST on e-commerce and in-person payments.
A second wave came at about 20:35 and a third at about 23:35, each with a new signature; at peak millions of requests per minute from a shifting set of IP addresses.
All services were back to normal at 03:20 CEST on 22 April, which is when the incident ended for customers.
The "~19:00" in the description was the first customer escalation, not the start.""")],
    [start("Maarten Bakker", "2025-04-21T17:03"), mon("Maarten Bakker", "2025-04-22T01:25"),
     done("Sanne de Vries", "2025-04-29T12:00", "Monitoring")],
    [P("pay421-pages.txt", "UTC", "2025-04-21", """
2025-04-21T16:51:38Z TRIGGERED eu-payments error-rate 5xx > 8% (ams-dc1, ams-dc2) -> mbakker
2025-04-21T16:58:02Z TRIGGERED edge-lb request-rate 40x baseline -> mbakker
2025-04-21T18:35:44Z TRIGGERED eu-payments error-rate 5xx > 8% (ams-dc1) -> svdvries
2025-04-21T21:36:10Z TRIGGERED customer-area latency p99 > 10s -> svdvries
"""),
     P("pay421-slack.txt", "Europe/Amsterdam", "2025-04-21", """
[18:55] maarten: L7 flood on the EU edges, millions of rpm, it's a DDoS. rate limits + geo filters going in
[19:35] maarten: first wave mitigated, POS approvals back to normal
[20:36] sanne: second wave, different signature, ecom errors again
[21:02] sanne: second wave under control
[23:37] sanne: third wave hitting Customer Area + Transfer API
[03:20] maarten: all services normal, no new signatures for 40 min
"""),
     P("pay421-status.txt", "UTC", "2025-04-21", """
Apr 21, 17:04 UTC - Investigating - We are seeing elevated errors on payment processing in Europe.
Apr 21, 17:41 UTC - Monitoring - A mitigation is in place.
Apr 21, 21:40 UTC - Investigating - Some services are intermittently unavailable again.
Apr 22, 01:33 UTC - Resolved - This incident has been resolved.
Apr 24, 07:10 UTC - Update - We will share a post-incident review with customers.
"""),
     P("pay421-merchant.txt", "Europe/London", "2025-04-21", """
From: payments@uk-retailer.example
Sent: Monday, 21 April 2025 6:12 PM
Subject: card declines in all UK stores
Since about 6pm every third card is declined at our tills. Is this on your side?
""")],
    [["2025-04-21T16:51Z", ["TRIGGERED", "first wave"]], ["2025-04-21T16:55Z", ["DDoS"]],
     ["2025-04-21T17:04Z", ["Investigating"]], ["2025-04-21T17:35Z", ["first wave", "mitigated"]],
     ["2025-04-21T18:35Z", ["second wave", "TRIGGERED"]], ["2025-04-21T21:35Z", ["third"]],
     ["2025-04-22T01:20Z", ["back to normal", "all services normal"]]],
    kt("2025-04-21T16:51Z", S, "Impact began at 18:51 CEST on 21 April", "comment 190704"),
    kt("2025-04-21T16:51Z", S, "2025-04-21T16:51:38Z TRIGGERED eu-payments error-rate", "pay421-pages.txt"),
    kt("2025-04-22T01:20Z", S, "All services were back to normal at 03:20 CEST on 22 April", "comment 190704"),
    ["Sanne de Vries", "Maarten Bakker"], ["DDoS", "saturated"], ["mitigated"],
    "From 18:51 CEST on 21 April 2025 until 03:20 CEST on 22 April, in three waves, Adyen's European e-commerce and in-person payments failed or were delayed for some merchants, and several other services were degraded.",
    ("https://paymentsdive.com/news/adyen-hit-with-cyberattack-in-europe/746064", "Adyen hit with cyberattack in Europe (Payments Dive)"),
    ("PAY-430", "Follow-up: always-on L7 scrubbing for the EU edges"))

# 8. Public Radio Satellite System, June 2014 (ET): dish switch-back dropped the 0300 detune and 0400 retune commands ---
inc("prss-2014-06-dishswitch-noclog", "PRSS interconnected stations lost audio at the start of the 0400 ET hour (switch back to the primary satellite dish after de-icer install; switching equipment failure)",
    "99908", "NOC-613", "Stations reporting dead air top of 0400",
    "Gloria Banks", "Ray Castellanos", ["broadcast", "satellite", "switching"], ["uplink", "switching", "station-feeds"],
    "2014-06-13T08:06", "2014-06-20T14:00:00Z", "America/New_York",
    """Several stations calling about dead air at the top of the hour. Engineering was switching back from the backup to the primary transmit dish (deicers installed). Started just before 4?
NOC console log in noc613-console.txt (Eastern), uplink controller log in noc613-uplink.log (UTC), a station's email in noc613-station-email.txt (Central).""",
    [("190801", "Ray Castellanos", "2014-06-13T08:20", """Switch controller threw several false faults during the switch-back and the 0300 detune / 0400 retune commands were lost. Retune sent by hand."""),
     ("190802", "Gloria Banks", "2014-06-13T13:00", """Posted the response on prss.org for stations."""),
     ("190803", "Ray Castellanos", "2014-06-16T15:00", """## Review (Eastern time)
The switch back to the primary dish started at 03:59:14 ET; several incorrect faults and failures of the switching equipment followed and the detune for the 0300 hour and the retune for the 0400 hour were lost.
Stations lost audio at the top of the 0400 ET hour (04:00 ET).
Stations taking the same programming in both hours had a seven-second loss until 04:00:07; stations switching to a new program had no audio until 0403 ET, which is when the interruption ended for every station.
The "just before 4" in the ticket is the switch, not the dead air.""")],
    [start("Ray Castellanos", "2014-06-13T08:07"), done("Gloria Banks", "2014-06-17T13:30")],
    [P("noc613-console.txt", "America/New_York", "2014-06-13", """
03:59:14 ENG  TX path backup dish -> primary dish (post deicer install)
03:59:16 SWC  FAULT rf-switch-2 position mismatch (false)
04:00:07 SWC  audio present on 0400 program channels
04:01:30 PHONE  WUAR reports dead air, 0400 program not on their receiver
04:03:02 ENG  manual retune 0400 sent to all receivers
"""),
     P("noc613-uplink.log", "UTC", "2014-06-13", """
2014-06-13 07:59:14Z uplink TX-B -> TX-A requested
2014-06-13 07:59:17Z cmdq: DETUNE hour=03 dropped (controller fault)
2014-06-13 07:59:17Z cmdq: RETUNE hour=04 dropped (controller fault)
2014-06-13 08:03:02Z cmdq: RETUNE hour=04 sent (manual)
"""),
     P("noc613-station-email.txt", "America/Chicago", "2014-06-13", """
From: chief engineer, KXRC
Sent: Friday, June 13, 2014 3:09 AM
Subject: dead air 3:00-3:03
We had nothing on the satellite feed from 3:00 until 3:03 this morning, then it came back. Anything we should know?
""")],
    [["2014-06-13T07:59Z", ["primary", "TX-A"]], ["2014-06-13T08:00Z", ["audio", "dead air"]],
     ["2014-06-13T08:01Z", ["dead air"]], ["2014-06-13T08:03Z", ["retune"]], ["2014-06-13T08:09Z", ["dead air"]]],
    kt("2014-06-13T08:00Z", S, "Stations lost audio at the top of the 0400 ET hour (04:00 ET)", "comment 190803"),
    kt("2014-06-13T08:01Z", S, "04:01:30 PHONE  WUAR reports dead air", "noc613-console.txt"),
    kt("2014-06-13T08:03Z", S, "no audio until 0403 ET, which is when the interruption ended for every station", "comment 190803"),
    ["Gloria Banks", "Ray Castellanos"], ["switching equipment", "incorrect faults"], ["retune"],
    "At the start of the 0400 ET hour PRSS-interconnected stations lost audio: seven seconds for most, three minutes for stations switching to a new program.",
    ("https://prss.org/news/prss-response-0400-et-audio-interruptions-morning", "PRSS Response to 0400 ET Audio Interruptions This Morning"),
    ("NOC-618", "Follow-up: switch-back procedure with command queue verification"))

# 9. BBC World Service shortwave, 11-16 June 2014: power supply failure at the Ascension Island transmitter station -----
inc("bbc-2014-06-ascension-irc", "BBC shortwave to West and Central Africa disrupted 11-16 June 2014 (electrical power supply failure at the Ascension Island transmitter station)",
    "99909", "DIST-611", "Ascension off air - English/French/Hausa to W+C Africa",
    "Fiona Gallagher", "Samuel Okoye", ["transmission", "power", "shortwave"], ["ascension-relay", "frequency-management"],
    "2014-06-11T00:58", "2014-06-20T12:00:00Z", "Europe/London",
    """Ascension relay off air, no carrier on the West Africa frequencies. Lost about 1:30 our time? Moving what we can to other transmitter sites, quality will be poor.
Site log in dist611-site.txt (Ascension time), MCR chat in dist611-mcr.txt (London), draft press statement in dist611-press.txt.""",
    [("190901", "Samuel Okoye", "2014-06-11T06:45", """Between 06:30 and 07:30 BST three frequencies had nothing on them at all, no alternative site free. Back now from the alternative sites."""),
     ("190902", "Fiona Gallagher", "2014-06-13T10:00", """Statement agreed with Press Office, going out today."""),
     ("190903", "Fiona Gallagher", "2014-06-17T09:30", """## Closing note (GMT; Ascension keeps GMT, London was on BST)
The power was lost at 00:40 GMT on Wednesday 11 June and the English, French and Hausa broadcasts to West and Central Africa were affected from then on.
Broadcasts on a few frequencies could not be transmitted at all between 05:30 and 06:30 GMT (Samuel's 06:30-07:30 above is BST).
Some services were back on Ascension from the 13th; full service was reinstated on the afternoon of Monday 16 June, and neither the site log nor the MCR chat says at what time.""")],
    [start("Samuel Okoye", "2014-06-11T01:05"), mon("Samuel Okoye", "2014-06-13T12:00"),
     done("Fiona Gallagher", "2014-06-18T11:00", "Monitoring")],
    [P("dist611-site.txt", "Atlantic/St_Helena", "2014-06-11", """
11/06/14 00:40 MAINS FAIL power station feeder, all HF transmitters off
11/06/14 00:42 ALARM to London MCR: Ascension relay carrier loss
11/06/14 02:15 standby generator 2 failed to take load, fuel system fault
11/06/14 09:30 generator 1 running, TX 3 and 5 on air at reduced power
"""),
     P("dist611-mcr.txt", "Europe/London", "2014-06-11", """
[01:43] <fgallagher> Ascension carrier gone on all W Africa freqs, site says power
[02:10] <sokoye> moving English and Hausa to Woofferton and Ascoli where we can
[06:31] <sokoye> 3 freqs have nothing, no alternative site free this hour
[07:30] <sokoye> 3 freqs back from alternative sites
"""),
     P("dist611-press.txt", "Europe/London", "2014-06-13", """
During the morning of Wednesday 11 June, the BBC shortwave broadcasts in English, French and Hausa to West and Central Africa were affected by problems with the electrical power supply at the transmitter station on Ascension Island.
Some services were moved to other transmitter sites that cannot offer the same quality of service. The BBC plans to reinstate the full service on the afternoon of Monday 16 June.
""")],
    [["2014-06-11T00:40Z", ["MAINS FAIL", "power was lost"]], ["2014-06-11T00:42Z", ["ALARM"]],
     ["2014-06-11T01:10Z", ["moving"]], ["2014-06-11T05:30Z", ["could not be transmitted", "nothing"]],
     ["2014-06-11T06:30Z", ["back"]], ["2014-06-11T09:30Z", ["generator 1"]]],
    kt("2014-06-11T00:40Z", S, "The power was lost at 00:40 GMT on Wednesday 11 June", "comment 190903"),
    kt("2014-06-11T00:42Z", S, "00:42 ALARM to London MCR: Ascension relay carrier loss", "dist611-site.txt"),
    kt(None, U),
    ["Fiona Gallagher", "Samuel Okoye"], ["electrical power supply"], ["other transmitter sites"],
    "From 00:40 GMT on 11 June 2014 the BBC's English, French and Hausa shortwave services to West and Central Africa were moved to weaker sites, a few frequencies were silent from 05:30 to 06:30 GMT, and full service returned on 16 June.",
    ("https://alokeshgupta.blogspot.com/2014/06/outage-of-bbc-sw-services-to-west-and.html", "Outage of BBC SW services to West and Central Africa (quoting the BBC statement of 13 June 2014)"),
    ("DIST-615", "Follow-up: Ascension standby generation fuel system"))

# 10. The Reincarnation (browser strategy game), 16-17 February 2017: host maintenance in Germany took every server down --
inc("reincarnation-2017-02-hostmaint-forum", "The Reincarnation game servers, portal, wiki and IRC down overnight 16-17 February 2017 CET (maintenance work by the server host in Germany; servers restored by hand)",
    "99910", "TR-217", "EVERYTHING down - portal, wiki, irc, guildwar, arch, solo",
    "Hypello", "Laanders", ["outage", "hosting", "maintenance"], ["portal", "game-servers", "wiki", "irc"],
    "2017-02-16T22:10", "2017-02-24T12:00:00Z", "Australia/Sydney",
    """Woke up to everything down: portal, wiki, IRC and the guildwar, arch, solo servers. Lightning and blitz seem fine. Looks like it went down around 9am our time. Host in Germany not answering the phone yet.
Forum thread copied in tr217-forum.txt (forum clock is CET), admins' Skype in tr217-skype.txt (Malmo), host's email in tr217-host-email.txt.""",
    [("191001", "Laanders", "2017-02-17T01:55", """Portal came back on its own. Game servers still powered off, waiting for host remote hands."""),
     ("191002", "Laanders", "2017-02-17T07:45", """All game servers restarted by hand, players back in."""),
     ("191003", "Hypello", "2017-02-17T09:00", """No rollback: the daily backup is from midnight server time and the servers were off at the next midnight, so we keep the current state."""),
     ("191004", "Laanders", "2017-02-20T18:00", """## Summary for the wiki (CET)
Downtime was between 4 and 10 hours depending on the service, caused by maintenance work the host started without telling us in time.
Hypello's "around 9am" in the description is Sydney time and a guess; the forum thread has the better times.
Closing this once the host confirms what the work was.""")],
    [start("Laanders", "2017-02-16T22:30"), mon("Laanders", "2017-02-17T07:50"),
     done("Hypello", "2017-02-23T10:00", "Monitoring")],
    [P("tr217-forum.txt", "Europe/Stockholm", "2017-02-16", """
Server down?
Post by kestrel » Feb 16th 2017 22:52
cant log into portal or guildwar, irc dead too. anyone else?
Post by Hypello » Feb 17th 2017 09:45
An outage occurred earlier today due to maintenance work initiated by the server host in Germany, with downtime of various game servers, the portal and other services for a period of time between 4-10 hours.
Post by Laanders » Feb 17th 2017 10:55
To add some detail, as best we can tell all affected services became unavailable at 22:36 CET (game time).
The portal server came up by itself at around 02:50, and remaining servers were manually restored around 08:40.
"""),
     P("tr217-skype.txt", "Europe/Stockholm", "2017-02-16", """
[16-02-2017 23:31:07] Laanders: everything on the german box is dark. ticket open with the host
[17-02-2017 02:51:44] Laanders: portal is back by itself?? game servers still off
[17-02-2017 08:37:20] Laanders: remote hands powered them on, starting game servers now
"""),
     P("tr217-host-email.txt", "Europe/Berlin", "2017-02-17", """
From: support@host.example
Subject: Re: Ticket #556120 all servers unreachable
Date: Fri, 17 Feb 2017 08:02 +0100
Dear customer, during the maintenance in rack 14 your servers were powered off. A technician will power them on within the hour.
""")],
    [["2017-02-16T21:36Z", ["unavailable"]], ["2017-02-16T21:52Z", ["log into", "kestrel"]],
     ["2017-02-16T22:31Z", ["dark"]], ["2017-02-17T01:50Z", ["portal"]], ["2017-02-17T07:02Z", ["powered off", "technician"]],
     ["2017-02-17T07:40Z", ["manually restored"]], ["2017-02-17T08:45Z", ["outage occurred"]]],
    kt("2017-02-16T21:36Z", S, "as best we can tell all affected services became unavailable at 22:36 CET (game time)", "tr217-forum.txt"),
    kt("2017-02-16T21:52Z", S, "Post by kestrel » Feb 16th 2017 22:52", "tr217-forum.txt"),
    kt("2017-02-17T07:40Z", S, "remaining servers were manually restored around 08:40", "tr217-forum.txt"),
    ["Hypello", "Laanders"], ["maintenance work"], ["manually restored"],
    "From 22:36 CET on 16 February 2017 The Reincarnation's portal, wiki, IRC and most game servers were unreachable; the portal returned around 02:50 and the game servers around 08:40 CET; lightning and blitz were barely affected.",
    ("https://ubb.the-reincarnation.com/viewtopic.php?f=4&t=35547", "Server Outage (The Reincarnation announcements forum)"),
    ("TR-219", "Follow-up: uptime monitor outside the host and a maintenance contact"))

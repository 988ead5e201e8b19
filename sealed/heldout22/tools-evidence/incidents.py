"""Held-out 22 incidents: compact specs. Software, SaaS, developer-tool, consumer-app, game and fintech-app incidents,
2014-2026, seen from the responders of the company. Timeline facts from each public post-mortem / status text
(SOURCES-heldout22.md); people, ticket keys, chat wording, alert payloads, wrong first guesses and the minutes
SOURCES lists as invented are made up."""
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


# 1. Resend, 21 February 2024: a local migration pointed at production dropped every table; two restores -------------
inc("resend-2024-02-migration-slack", "Resend API, sending and dashboard down 21 February 2024 (local migration ran against production, restored from a backup on the second attempt)",
    "99701", "RSD-221", "Production DB empty - API 500s, emails not sending, dashboard down",
    "Bruno Tavares", "Larissa Mendes", ["sev1", "database", "data-loss"], ["api", "dashboard", "postgres"],
    "2024-02-21T05:10", "2024-02-27T12:00:00Z", "America/Sao_Paulo",
    """Everything returns 500. Tables are gone in the production database. Started about 2am (our time) when I ran the migration for the new feature - my local env was pointing at prod.
Slack copy in rsd221-slack.txt (Sao Paulo clocks), status page copy in rsd221-status.txt (UTC), email from the database vendor in rsd221-vendor-email.txt.""",
    [("170101", "Larissa Mendes", "2024-02-21T05:40", """Restore from the latest backup running. Vendor says several hours for a database this size. Status page updated every 30-60 minutes."""),
     ("170102", "Bruno Tavares", "2024-02-21T11:20", """First restore finished but it does not contain our data: the backup timestamp we picked was wrong. Starting again with a different backup and a bigger instance."""),
     ("170103", "Larissa Mendes", "2024-02-21T17:25", """API back up at 14:05 our time, emails flowing, dashboard loads. Keeping the ticket open for the 5-minute data gap."""),
     ("170104", "Larissa Mendes", "2024-02-23T14:00", """## Incident report (all times UTC)
- 04:56 the migration command started, run locally but pointed at the production environment.
- 04:57 we saw tables being dropped in the production database and stopped.
- 05:01 restore from backup started.
- Customers were cut off from the API, sending and the dashboard from 05:01 to 17:05 UTC, about 12 hours.
The first restore took 6 hours and failed (wrong backup timestamp); the second took about 5 more hours. Data written between the migration start and the database going offline (about 5 minutes) is being re-populated. My "about 2am" in the description is when I ran the migration, not the start of the outage.""")],
    [start("Larissa Mendes", "2024-02-21T05:12"), mon("Larissa Mendes", "2024-02-21T17:30"),
     done("Bruno Tavares", "2024-02-26T12:00", "Monitoring")],
    [P("rsd221-slack.txt", "America/Sao_Paulo", "2024-02-21", """
bruno  01:56
running the db migration for the templates feature
bruno  01:57
wait. tables are being dropped... in PRODUCTION. my .env points at prod
larissa  02:01
ok, start the restore from the last backup now, I'll take the status page
bruno  08:02
first restore done but the tables are empty??
bruno  08:33
found it: we selected the wrong backup timestamp
larissa  08:48
bumping the db to 256GB RAM / 64 cores so the second restore goes faster
"""),
     P("rsd221-status.txt", "UTC", "2024-02-21", """
Resend Status - API, Dashboard and Email sending - Major outage
Feb 21, 05:02 UTC - Investigating - The API and dashboard are unavailable. We are restoring our database and will update every 30-60 minutes.
Feb 21, 11:35 UTC - Identified - The first restoration did not bring the data back; a second restoration is in progress.
Feb 21, 17:05 UTC - Resolved - The API, email sending and the dashboard are working again.
Feb 21, 19:40 UTC - Update - We are re-populating data from a 5-minute window before the outage.
"""),
     P("rsd221-vendor-email.txt", "America/Los_Angeles", "2024-02-21", """
From: support@db-vendor.example
Sent: Wednesday, February 21, 2024 3:48 AM PST
Subject: Re: [URGENT] restore of production cluster
Compute for the new cluster is now 256GB / 64 vCPU as requested; the restore job has been restarted on it.
""")],
    [["2024-02-21T04:56Z", ["migration"]], ["2024-02-21T04:57Z", ["dropped"]], ["2024-02-21T05:01Z", ["restore"]],
     ["2024-02-21T05:02Z", ["Investigating"]], ["2024-02-21T11:02Z", ["first restore"]],
     ["2024-02-21T11:33Z", ["backup timestamp"]], ["2024-02-21T11:48Z", ["256GB"]], ["2024-02-21T17:05Z", ["working again", "back up"]]],
    kt("2024-02-21T05:01Z", S, "Customers were cut off from the API, sending and the dashboard from 05:01 to 17:05 UTC", "comment 170104"),
    kt("2024-02-21T04:57Z", S, "04:57 we saw tables being dropped in the production database", "comment 170104"),
    kt("2024-02-21T17:05Z", S, "Customers were cut off from the API, sending and the dashboard from 05:01 to 17:05 UTC", "comment 170104"),
    ["Bruno Tavares", "Larissa Mendes"], ["migration", "production"], ["restore"],
    "From 05:01 to 17:05 UTC on 21 February 2024 no Resend customer could use the API, send email or open the dashboard; about 5 minutes of data were lost.",
    ("https://resend.com/blog/incident-report-for-february-21-2024", "Incident report for February 21st, 2024"),
    ("RSD-230", "Follow-up: production credentials never in local env files"))

# 2. Healthchecks.io, 10 August 2023: primary database server unstable (hardware), about 30 minutes -----------------
inc("healthchecks-2023-08-db6-mastodon", "Healthchecks.io dashboard, ping API and notifications slow or down 10 August 2023 (primary database server unstable, failover)",
    "99702", "HC-810", "db6 unstable - dashboard and ping API timing out",
    "Peteris Kalnins", "Peteris Kalnins", ["sev1", "database", "hardware"], ["postgres", "ping-api", "notifications"],
    "2023-08-10T10:58", "2023-08-16T09:00:00Z", "Europe/Riga",
    """Dashboard very slow or not loading, ping endpoints time out, notification sender stalled. db6 ping times all over the place. Since ~13:30?
db6 syslog excerpt in hc810-syslog.txt (server clock, says CET but it is German summer time), status/Mastodon posts in hc810-status.txt (UTC).""",
    [("171101", "Peteris Kalnins", "2023-08-10T11:06", """Kernel soft lockups and NIC resets on db6, not a query problem. Started failover to db7 at 14:05."""),
     ("171102", "Peteris Kalnins", "2023-08-10T11:30", """Dashboard and ping API fast again on db7. Notification sender is catching up; expect late notifications and some false alerts from pings we never recorded."""),
     ("171103", "Peteris Kalnins", "2023-08-14T08:00", """## Post-mortem notes (UTC)
Starting from 10:42 UTC on August 10 the primary database server was unstable; the outage lasted for about 30 minutes.
During it the dashboard was slow or unavailable, API and ping endpoints slow or unavailable, and notifications delayed; missed pings caused false notifications afterwards.
The hosting provider replaced the motherboard on Aug 11. My "since ~13:30" was a guess from the graphs, the syslog is the better source.""")],
    [start("Peteris Kalnins", "2023-08-10T11:00"), done("Peteris Kalnins", "2023-08-15T08:00")],
    [P("hc810-syslog.txt", "Europe/Berlin", "2023-08-10", """
Aug 10 12:43:05 db6 kernel: igb 0000:01:00.0 eno1: Reset adapter
Aug 10 12:51:11 db6 kernel: AMD-Vi: Completion-Wait loop timed out
Aug 10 12:51:11 db6 kernel: watchdog: BUG: soft lockup - CPU#1 stuck for 112s! [swapper/1:0]
Aug 10 12:58:40 db6 kernel: igb 0000:01:00.0 eno1: Reset adapter
"""),
     P("hc810-status.txt", "UTC", "2023-08-10", """
Database issues (Notification Sender, Ping API, Dashboard)
Aug 10, 10:50 UTC - Investigating - We're having database overload issues, investigating.
Aug 10, 11:40 UTC - Resolved - Running on the standby database server; notifications have caught up.
Aug 14, 08:10 UTC - Post-mortem published.
""")],
    [["2023-08-10T10:42Z", ["unstable"]], ["2023-08-10T10:43Z", ["Reset adapter"]], ["2023-08-10T10:50Z", ["Investigating"]],
     ["2023-08-10T10:51Z", ["soft lockup", "Completion-Wait"]], ["2023-08-10T11:05Z", ["failover"]], ["2023-08-10T11:40Z", ["Resolved"]]],
    kt("2023-08-10T10:42Z", S, "Starting from 10:42 UTC on August 10 the primary database server was unstable", "comment 171103"),
    kt(None, U),
    kt("2023-08-10T11:12Z", INF, "the outage lasted for about 30 minutes", "comment 171103"),
    ["Peteris Kalnins"], ["database server", "unstable"], ["failover"],
    "On 10 August 2023, from 10:42 UTC for about 30 minutes, Healthchecks.io's dashboard and APIs were slow or unavailable and notifications were delayed, followed by false alerts.",
    ("https://status.healthchecks.io/en/history/2023-08/", "Healthchecks.io status history, August 2023: Database issues"),
    ("HC-815", "Follow-up: automatic failover when the primary is unstable"))

# 3. Allegro, 18 July 2018: PLN 1 phone offer at noon, scaling configuration error, twenty minutes down -------------
inc("allegro-2018-07-flashsale-slack", "Allegro down 18 July 2018 (PLN 1 phone offer at noon, service scaling limits misconfigured)",
    "99703", "ALG-718", "allegro.pl errors for everyone - 1 PLN Honor 7C offer",
    "Katarzyna Wrobel", "Tomasz Zielinski", ["sev1", "capacity", "marketing-event"], ["opbox", "listing", "item", "transaction"],
    "2018-07-18T10:04", "2018-07-27T12:00:00Z", "Europe/Warsaw",
    """Site returns errors for almost everyone. The Honor 7C for PLN 1 promo was at noon. Database? Down since ~11:55?
Slack copy in alg718-slack.txt (Warsaw time), platform event log in alg718-ops.log (UTC).""",
    [("172101", "Tomasz Zielinski", "2018-07-18T10:40", """Site is up again. Buyers who got the phone at the low price and whose transaction was aborted will be able to finish it; product team on it."""),
     ("172102", "Katarzyna Wrobel", "2018-07-18T14:05", """Apology on the homepage and social media published at 16:00."""),
     ("172103", "Tomasz Zielinski", "2018-07-25T09:00", """## Internal postmortem summary
At 12:00 CEST (noon) the offer went live and Allegro went down; it was unavailable for twenty minutes.
The traffic ramp from 11:50 was a warning sign, not the outage, and not the database.
Cause: a configuration error in the way services are scaled out; the data centres had plenty of free CPU, RAM and network capacity the whole time.
Full write-up for the tech blog in August.""")],
    [start("Tomasz Zielinski", "2018-07-18T10:05"), done("Tomasz Zielinski", "2018-07-26T15:00")],
    [P("alg718-slack.txt", "Europe/Warsaw", "2018-07-18", """
[11:50] kasia: traffic on the offer page already 5x, people refreshing before noon
[12:00] kasia: offer is live
[12:02] grafana-bot: ALERT opbox 5xx rate > 20% (listing, item)
[12:06] tomek: listing and item are maxed at their instance limits but the cluster has tons of free CPU. scaling config?
[12:14] tomek: raised the instance limits by hand, new instances starting
"""),
     P("alg718-ops.log", "UTC", "2018-07-18", """
2018-07-18T10:00:03Z offer 7C-1PLN status=ACTIVE
2018-07-18T10:14:40Z scale listing instances 40 -> 120 (manual override)
2018-07-18T10:14:52Z scale item instances 30 -> 90 (manual override)
""")],
    [["2018-07-18T09:50Z", ["traffic"]], ["2018-07-18T10:00Z", ["offer"]], ["2018-07-18T10:02Z", ["ALERT"]],
     ["2018-07-18T10:06Z", ["instance limits"]], ["2018-07-18T10:14Z", ["instance"]], ["2018-07-18T14:00Z", ["Apology"]]],
    kt("2018-07-18T10:00Z", S, "At 12:00 CEST (noon) the offer went live and Allegro went down", "comment 172103"),
    kt("2018-07-18T10:02Z", S, "[12:02] grafana-bot: ALERT opbox 5xx rate", "alg718-slack.txt"),
    kt("2018-07-18T10:20Z", INF, "it was unavailable for twenty minutes", "comment 172103"),
    ["Tomasz Zielinski", "Katarzyna Wrobel"], ["configuration error", "scaled out"], ["instance limits"],
    "For twenty minutes from noon CEST on 18 July 2018 allegro.pl was unavailable; some buyers of the PLN 1 phone had their transactions aborted.",
    ("https://blog.allegro.tech/2018/08/postmortem-why-allegro-went-down.html", "Postmortem: why Allegro went down"),
    ("ALG-724", "Follow-up: load test autoscaling limits before promotional events"))

# 4. Kraken, 11-13 January 2018: a 2-hour trading engine upgrade took two days ------------------------------------
inc("kraken-2018-01-upgrade-status", "Kraken trading offline 11-13 January 2018 (scheduled 2-hour trading engine upgrade overran by two days)",
    "99704", "KRK-111", "Upgrade window overrun - site and trading API still offline",
    "Dana Whitfield", "Marcus Oyelaran", ["sev1", "maintenance", "trading"], ["trading-engine", "website", "api"],
    "2018-01-11T07:40", "2018-01-18T12:00:00Z", "America/Los_Angeles",
    """The upgrade window that began at 9pm our time is way past its 2 hours; site and trading API still offline. Support queue exploding, people asking if we were hacked (we were not).
Status page copy in krk111-status.txt (UTC), support team chat in krk111-support.txt (London, they run the EU desk).""",
    [("173101", "Marcus Oyelaran", "2018-01-11T16:05", """Final testing found issues in the new engine; we will not launch until they are fixed."""),
     ("173102", "Marcus Oyelaran", "2018-01-12T04:00", """Team is going to rest for a few hours before launching so we can actually watch it. Status page says so."""),
     ("173103", "Dana Whitfield", "2018-01-13T12:10", """Live since 3:30 AM PT. Trading works; withdrawals stay off for now, deposits slow."""),
     ("173104", "Marcus Oyelaran", "2018-01-16T18:00", """## Recap (UTC)
The site and trading API were offline from 05:00 UTC on 11 January until trading reopened at 11:30 UTC on 13 January.
The plan was 2 hours (until 07:00); everything after that was unplanned. Withdrawals were re-enabled later and are cleanup, not part of the window.
Trading fees waived until the end of the month. Old orders were cancelled and balances returned.""")],
    [start("Marcus Oyelaran", "2018-01-11T07:45"), mon("Marcus Oyelaran", "2018-01-13T12:15"),
     done("Dana Whitfield", "2018-01-17T18:00", "Monitoring")],
    [P("krk111-status.txt", "UTC", "2018-01-11", """
Kraken Status - Scheduled maintenance: trading engine upgrade
Jan 11, 05:00 UTC - In progress - Scheduled downtime has begun; the site is offline. About 2 hours, possibly longer.
Jan 11, 07:34 UTC - Update - We got a late start and the upgrade is going slower than anticipated.
Jan 11, 15:30 UTC - Update - Final stages; resolving a number of issues found during final testing.
Jan 12, 03:46 UTC - Update - We are close, but instead of launching right before the team passes out we will rest a few hours first.
Jan 13, 11:30 UTC - Update - Kraken is online. Withdrawals are disabled for at least 12 hours.
Jan 14, 06:35 UTC - Update - All funds remain secure while we continue preparations for withdrawal activation.
"""),
     P("krk111-support.txt", "Europe/London", "2018-01-11", """
[09:12] eu-desk-lead: 4k tickets in queue, mostly "were you hacked"
[09:15] eu-desk-lead: macro updated: upgrade overrunning, funds safe, see status page
""")],
    [["2018-01-11T05:00Z", ["begun", "offline"]], ["2018-01-11T07:34Z", ["late start"]], ["2018-01-11T09:12Z", ["tickets"]],
     ["2018-01-11T15:30Z", ["final"]], ["2018-01-12T03:46Z", ["rest"]], ["2018-01-13T11:30Z", ["online", "reopened"]],
     ["2018-01-14T06:35Z", ["withdrawal"]]],
    kt("2018-01-11T05:00Z", S, "The site and trading API were offline from 05:00 UTC on 11 January", "comment 173104"),
    kt(None, U),
    kt("2018-01-13T11:30Z", S, "until trading reopened at 11:30 UTC on 13 January", "comment 173104"),
    ["Marcus Oyelaran", "Dana Whitfield"], ["upgrade", "trading engine"], ["rest"],
    "From 05:00 UTC on 11 January to 11:30 UTC on 13 January 2018 Kraken customers could not trade or withdraw; withdrawals came back later still.",
    ("https://www.coindesk.com/markets/2018/01/13/kraken-exchange-is-back-online-after-troublesome-system-upgrade/", "Kraken Exchange Is Back Online After Troublesome System Upgrade"),
    ("KRK-120", "Follow-up: rehearse engine cut-over with a go/no-go at the planned end"))

# 5. Upstash QStash US, 8 May 2026: deleted account's schedules crash the new scheduler's workers ------------------
inc("upstash-2026-05-qstash-discord", "Upstash QStash US disruption 8 May 2026 (scheduler nil pointer on a deleted account, panic recovery bug, cascading worker crashes)",
    "99705", "QS-508", "QStash us-east-1 workers crash looping - schedules not delivered",
    "Emre Aydin", "Selin Kaya", ["sev1", "qstash", "scheduler"], ["qstash-scheduler", "us-east-1"],
    "2026-05-08T09:50", "2026-05-14T09:00:00Z", "Europe/Istanbul",
    """QStash US workers keep dying, scheduled deliveries not going out. Maybe the new scheduler from April 24?
Opsgenie export in qs508-opsgenie.csv.txt (UTC), team Discord in qs508-discord.txt (Istanbul), status page copy in qs508-status.txt.""",
    [("174101", "Selin Kaya", "2026-05-08T10:15", """Crash loop gone after both fixes. The deleted account's schedules cleaned up by hand."""),
     ("174102", "Emre Aydin", "2026-05-12T09:00", """## RCA notes (UTC)
The new scheduler went to us-east-1 on April 24 and sat harmless until 8 May.
Impact window: 09:46 to 10:08 UTC (22 min). A user with active schedules deleted their account; the cleanup path did not return early and hit a nil pointer dereference. A second bug in panic recovery let the worker die, and each next worker picked up the same schedule and died too.
Fixes: the missing early return, and panic recovery that logs and isolates instead of killing the process.""")],
    [start("Selin Kaya", "2026-05-08T09:52"), mon("Selin Kaya", "2026-05-08T10:07"), done("Emre Aydin", "2026-05-13T07:00", "Monitoring")],
    [P("qs508-opsgenie.csv.txt", "UTC", "2026-05-08", """
Alias,Message,Priority,Created At (UTC),Status
qstash-us-restarts,qstash-us-east-1 worker restarts > 10/min,P1,2026-05-08 09:46:31,Closed
qstash-us-latency,qstash-us-east-1 delivery latency p99 > 60s,P2,2026-05-08 09:58:02,Closed
"""),
     P("qs508-discord.txt", "Europe/Istanbul", "2026-05-08", """
Selin — Today at 12:49
panic in cleanup path for a deleted account, nil pointer. and recover() isn't catching it
Emre — Today at 12:55
hotfix building: early return for deleted accounts + fix the panic recovery
Selin — Today at 13:04
hotfix rolled to all us-east-1 workers, restarts at zero
"""),
     P("qs508-status.txt", "UTC", "2026-05-08", """
QStash US Region Service Disruption
May 08, 2026 09:46 UTC - Investigating - We are looking into the issue.
May 08, 2026 10:06 UTC - Monitoring - A fix is in place and we are watching the results.
May 08, 2026 10:08 UTC - Resolved - The incident is resolved; an RCA will follow.
May 12, 2026 08:25 UTC - Postmortem - Root cause analysis published.
""")],
    [["2026-05-08T09:46Z", ["restarts", "Investigating"]], ["2026-05-08T09:49Z", ["nil pointer"]], ["2026-05-08T09:55Z", ["hotfix"]],
     ["2026-05-08T09:58Z", ["latency"]], ["2026-05-08T10:04Z", ["hotfix"]], ["2026-05-08T10:06Z", ["Monitoring"]],
     ["2026-05-08T10:08Z", ["Resolved"]], ["2026-05-12T08:25Z", ["Postmortem"]]],
    kt("2026-05-08T09:46Z", S, "Impact window: 09:46 to 10:08 UTC (22 min)", "comment 174102"),
    kt("2026-05-08T09:46Z", S, "worker restarts > 10/min,P1,2026-05-08 09:46:31", "qs508-opsgenie.csv.txt"),
    kt("2026-05-08T10:08Z", S, "Impact window: 09:46 to 10:08 UTC (22 min)", "comment 174102"),
    ["Selin Kaya", "Emre Aydin"], ["nil pointer", "panic recovery"], ["early return"],
    "From 09:46 to 10:08 UTC on 8 May 2026 QStash in us-east-1 did not deliver messages and schedules reliably.",
    ("https://pingoru.io/providers/upstash/incidents/1487371", "Upstash incident: QStash US Region Service Disruption"),
    ("QS-512", "Follow-up: chaos test for deleted accounts with live schedules"))

# 6. Upstash QStash EU, 13 November 2024: failureFunction recursion leaked tasks, extreme load, duplicates ----------
inc("upstash-2024-11-qstash-eu-teams", "Upstash QStash EU degraded 13 November 2024 (recursive failureFunction calls leaked queue tasks, extreme load, duplicate deliveries)",
    "99706", "QS-1113", "QStash EU latency huge + duplicate deliveries",
    "Burak Demir", "Ayse Yilmaz", ["sev2", "qstash", "latency"], ["qstash", "eu-central-1", "workflow"],
    "2024-11-13T14:12", "2024-11-19T09:00:00Z", "Europe/Istanbul",
    """EU QStash servers under extreme load, event processing latency way up, a few customers say they got the same event several times. Since 14:00 our time?
PagerDuty export in qs1113-pagerduty.txt (UTC), chat with Jake (New York) in qs1113-chat.txt, status page copy in qs1113-status.txt.""",
    [("175101", "Ayse Yilmaz", "2024-11-13T15:45", """Reproducer confirms it: with a certain failureFunction usage the failure handling calls itself, the task queue leaks and load explodes. Same edge case causes the duplicates."""),
     ("175102", "Burak Demir", "2024-11-13T17:35", """Latency normal since the hotfixes; status page set to resolved."""),
     ("175103", "Ayse Yilmaz", "2024-11-15T10:00", """## Postmortem summary
QStash EU: degraded performance and delayed event processing for all users, duplicate deliveries for some, until the two hotfixes; service normal at 17:27 UTC.
We cannot say when the load began: the recursive calls built up quietly, and our first alert was only the CPU one. The "14:00" in the description was a guess.
Capacity was increased first as a stop-gap.""")],
    [start("Ayse Yilmaz", "2024-11-13T14:15"), done("Burak Demir", "2024-11-18T12:00")],
    [P("qs1113-pagerduty.txt", "UTC", "2024-11-13", """
2024-11-13T14:09:12Z TRIGGERED  qstash-eu-central-1: CPU > 90% on all nodes  (P2)
2024-11-13T14:10:40Z ACKNOWLEDGED  by Ayse Yilmaz
2024-11-13T14:31:05Z TRIGGERED  qstash-eu-central-1: event processing lag > 5 min  (P1)
2024-11-13T17:29:50Z RESOLVED  qstash-eu-central-1: event processing lag > 5 min
"""),
     P("qs1113-chat.txt", "America/New_York", "2024-11-13", """
Jake Morrison, 10:02 AM
capacity doubled on eu-central-1, buys us time
Jake Morrison, 12:20 PM
both hotfixes deployed: no recursive failureFunction calls, no duplicate deliveries
"""),
     P("qs1113-status.txt", "UTC", "2024-11-13", """
Nov 13, 2024 - 14:14 UTC - Investigating - We are currently investigating this issue.
Nov 13, 2024 - 15:38 UTC - Identified - The issue has been identified and a fix is being implemented.
Nov 13, 2024 - 17:27 UTC - Resolved - Event processing is back to normal.
Nov 13, 2024 - 20:38 UTC - Postmortem - posted.
""")],
    [["2024-11-13T14:09Z", ["CPU"]], ["2024-11-13T14:14Z", ["Investigating"]], ["2024-11-13T14:31Z", ["lag"]],
     ["2024-11-13T15:02Z", ["capacity"]], ["2024-11-13T15:38Z", ["Identified"]], ["2024-11-13T17:20Z", ["hotfixes"]],
     ["2024-11-13T17:27Z", ["Resolved"]], ["2024-11-13T20:38Z", ["Postmortem"]]],
    kt(None, U),
    kt("2024-11-13T14:09Z", S, "2024-11-13T14:09:12Z TRIGGERED  qstash-eu-central-1: CPU > 90%", "qs1113-pagerduty.txt"),
    kt("2024-11-13T17:27Z", S, "service normal at 17:27 UTC", "comment 175103"),
    ["Ayse Yilmaz", "Burak Demir", "Jake Morrison"], ["failureFunction", "recursive"], ["hotfixes"],
    "On 13 November 2024 QStash in the EU processed events with very high latency until 17:27 UTC and delivered some events more than once.",
    ("https://pingoru.io/providers/upstash/incidents/2227786", "Upstash incident, 13 November 2024, EU-CENTRAL-1"),
    ("QS-1120", "Follow-up: guard failureFunction against recursion"))

# 7. Network Optix Cloud, 8 April 2026 (PDT): Cloud DB upgrade crashed under production traffic, reverted ----------
inc("networkoptix-2026-04-clouddb-teams", "Network Optix Cloud disruption 8 April 2026 PDT (Cloud DB upgrade crashed under production traffic, traffic reverted)",
    "99707", "NXC-408", "Clients logged out / cannot reach sites after Cloud DB upgrade",
    "Rachel Kim", "Nikola Petrovic", ["sev1", "maintenance", "cloud-db"], ["cloud-db", "cloud-portal", "notifications"],
    "2026-04-09T00:20", "2026-04-15T16:00:00Z", "America/Los_Angeles",
    """During tonight's Cloud DB upgrade (window opened 5 PM): desktop and mobile clients being logged out, some customers cannot connect to their sites, API calls slow or failing.
Platform log in nxc408-platform-log.txt (UTC), Teams thread with the Belgrade team in nxc408-teams.txt.""",
    [("176101", "Nikola Petrovic", "2026-04-09T00:45", """Traffic reverted to the previous version, which kept running through the maintenance. Clients reconnecting, portal normal."""),
     ("176102", "Rachel Kim", "2026-04-09T03:00", """Email and push notification backlog drained. Sending the customer notice in the morning."""),
     ("176103", "Nikola Petrovic", "2026-04-13T17:00", """## Incident overview
Time (PDT): 5:11 PM - 5:39 PM on April 8 (00:11 - 00:39 UTC April 9), 28 minutes: about 20 minutes of degradation, then about 8 minutes of full Cloud DB disruption.
Cause: the new congestion control feature did not handle one connection state and crashed the service under production load; the warmup never exercised that path.
Fix in progress; next upgrade waits for a routing switch and failover tool.""")],
    [start("Nikola Petrovic", "2026-04-09T00:22"), done("Rachel Kim", "2026-04-10T16:00")],
    [P("nxc408-platform-log.txt", "UTC", "2026-04-09", """
2026-04-09T00:02:10Z INFO maintenance: cloud-db v2 warmup started (no production traffic)
2026-04-09T00:11:37Z INFO router: 100% cloud-db traffic -> v2
2026-04-09T00:14:05Z WARN PAGE on-call: cloud-portal p95 latency 4.8s
2026-04-09T00:31:20Z CRIT cloud-db v2 all pods CrashLoopBackOff
2026-04-09T00:38:55Z INFO router: 100% cloud-db traffic -> v1 (revert)
"""),
     P("nxc408-teams.txt", "Europe/Belgrade", "2026-04-09", """
Marko Jovanovic 02:15
support says users are logged out of the desktop client, lots of tickets
Nikola Petrovic 02:33
v2 is crash looping. reverting traffic to v1 now
Marko Jovanovic 02:41
logins working again here
""")],
    [["2026-04-09T00:02Z", ["warmup"]], ["2026-04-09T00:11Z", ["traffic"]], ["2026-04-09T00:14Z", ["latency"]],
     ["2026-04-09T00:15Z", ["logged out"]], ["2026-04-09T00:31Z", ["CrashLoopBackOff"]], ["2026-04-09T00:39Z", ["disruption", "revert"]]],
    kt("2026-04-09T00:11Z", S, "Time (PDT): 5:11 PM - 5:39 PM on April 8", "comment 176103"),
    kt("2026-04-09T00:14Z", S, "PAGE on-call: cloud-portal p95 latency 4.8s", "nxc408-platform-log.txt"),
    kt("2026-04-09T00:39Z", S, "Time (PDT): 5:11 PM - 5:39 PM on April 8", "comment 176103"),
    ["Nikola Petrovic", "Rachel Kim", "Marko Jovanovic"], ["congestion control", "connection state"], ["reverted"],
    "From 5:11 to 5:39 PM PDT on 8 April 2026 Network Optix Cloud users were logged out, could not reach their sites or saw slow, failing API calls.",
    ("https://networkoptix.atlassian.net/wiki/spaces/CHS/blog/2026/04/13/5137039363/post-mortem+2026-04-08+-+Cloud+DB+Upgrade+Failure+and+Service+Disruption", "[post-mortem] 2026-04-08 - Cloud DB Upgrade Failure and Service Disruption"),
    ("NXC-412", "Follow-up: Cloud DB routing switch and failover tool"))

# 8. Grinding Gear Games (Path of Exile), 7 February 2014 NZT: power event in the Dallas data centre --------------
inc("poe-2014-02-dallas-power-irc", "Path of Exile realm down 7 February 2014 NZT (power event in the host's Dallas server room, hot spares on the same power, database failover)",
    "99708", "POE-207", "Realm down - all Dallas servers unreachable incl. hot spares",
    "Thomas Reid", "Thomas Reid", ["sev1", "datacenter", "realm"], ["realm", "database", "hosting"],
    "2014-02-07T03:00", "2014-02-12T00:00:00Z", "Pacific/Auckland",
    """All of Path of Exile down, nothing in Dallas answers, hot spares too. Host notified. Down since ~15:45? (first forum post I saw).
Ops IRC log in poe207-irc.txt (NZ time), host's email in poe207-host-email.txt (Dallas time).""",
    [("177101", "Thomas Reid", "2014-02-07T03:25", """Host confirms a power event in one server room; power is back and equipment is booting."""),
     ("177102", "Thomas Reid", "2014-02-07T04:10", """Realm back on the hot spare database. Players logging in fine. Forum news post up at 5:30pm."""),
     ("177103", "Chris Wilson", "2014-02-08T02:00", """## Incident report (NZT)
At 15:55 NZT all Path of Exile services went down and stayed down for 1 hour and 4 minutes.
Thomas was alerted within a minute and contacted the host. Our hot spares were in the same data centre and, as it turned out, on the same power as the servers they were meant to replace.
Failover to the spare database took longer than it should; for an event like this we want at most 5 minutes of downtime.""")],
    [start("Thomas Reid", "2014-02-07T03:01"), done("Chris Wilson", "2014-02-10T21:00")],
    [P("poe207-irc.txt", "Pacific/Auckland", "2014-02-07", """
[15:56] <nagios> PROBLEM: realm-login-1 is DOWN
[15:57] <thomas> everything in the Dallas DC unreachable incl. hot spares, opening ticket with host
[16:51] <thomas> network back. primary db server did not come up, failing over to the hot spare
[16:57] <thomas> config for the hot spare ready, starting the realm
[16:59] <thomas> realm up
"""),
     P("poe207-host-email.txt", "America/Chicago", "2014-02-06", """
From: noc@dallas-host.example
Subject: RE: Ticket 88412 - all servers unreachable
Sent: Thursday, February 6, 2014 9:19 PM CST
There has been a power event in one server room; all servers and network equipment in that room lost power.
Update 9:20 PM CST: power restored, equipment is powering up.
""")],
    [["2014-02-07T02:55Z", ["went down"]], ["2014-02-07T02:56Z", ["PROBLEM"]], ["2014-02-07T03:19Z", ["power event"]],
     ["2014-02-07T03:20Z", ["power restored"]], ["2014-02-07T03:51Z", ["network back"]], ["2014-02-07T03:57Z", ["hot spare"]],
     ["2014-02-07T03:59Z", ["realm up"]]],
    kt("2014-02-07T02:55Z", S, "At 15:55 NZT all Path of Exile services went down", "comment 177103"),
    kt("2014-02-07T02:56Z", S, "[15:56] <nagios> PROBLEM: realm-login-1 is DOWN", "poe207-irc.txt"),
    kt("2014-02-07T03:59Z", S, "[16:59] <thomas> realm up", "poe207-irc.txt"),
    ["Thomas Reid", "Chris Wilson"], ["power", "hot spares"], ["failing over"],
    "For 1 hour 4 minutes from 15:55 NZT on 7 February 2014 nobody could play Path of Exile.",
    ("http://www.pathofexile.com/forum/view-thread/786664", "Incident Report for Feb 7 Downtime"),
    ("POE-212", "Follow-up: hot spares on separate power, faster failover"))

# 9. Grinding Gear Games (Path of Exile), 20 March 2014 NZT: malformed spam list update crashed every instance ----
inc("poe-2014-03-spamlist-skype", "Path of Exile realm down 20 March 2014 NZT (malformed spam list update crashed every game instance on load)",
    "99709", "POE-320", "Realm down - instances crash on startup, sysadmin not answering",
    "Hannah Price", "Chris Wilson", ["sev1", "config", "realm"], ["realm", "game-instances", "spam-filter"],
    "2014-03-20T07:05", "2014-03-26T00:00:00Z", "Pacific/Auckland",
    """Support here: realm down, players can't get into any area, looks like since about 7:30pm. Tried Thomas at 8:00pm, no answer; pinged Chris (he's at GDC in San Francisco).
Monitoring export in poe320-monitoring.txt (UTC), Skype chat with Chris in poe320-skype.txt (his San Francisco clock).""",
    [("178101", "Chris Wilson", "2014-03-20T07:35", """Cause: the spam list update pushed to production had a formatting mistake; every server crashed when it loaded the file. Corrected file pushed."""),
     ("178102", "Hannah Price", "2014-03-20T09:00", """Forum thread answered, compensation question passed to the producers."""),
     ("178103", "Chris Wilson", "2014-03-21T04:00", """## Incident report
At 7:40pm NZT all Path of Exile service was disrupted. Monitoring alerted Thomas at 7:45pm, but he was away from a computer, and I was at GDC without server notifications.
Support reached us twenty minutes into the outage. A realm restart did not help. The problem was fixed once the corrected spam list was pushed.
Actions: a third person on the alert rota, and validation of the spam list before it can reach production.""")],
    [start("Chris Wilson", "2014-03-20T07:10"), done("Chris Wilson", "2014-03-24T22:00")],
    [P("poe320-monitoring.txt", "UTC", "2014-03-20", """
2014-03-20 06:45:12 UTC  TRIGGERED     realm-instances crash rate high   assigned: Thomas   (unacknowledged)
2014-03-20 07:00:40 UTC  ESCALATED     realm-instances crash rate high   assigned: Thomas   (unacknowledged)
2014-03-20 07:31:02 UTC  RESOLVED      realm-instances crash rate high
"""),
     P("poe320-skype.txt", "America/Los_Angeles", "2014-03-20", """
[12:00:31 AM] Hannah: realm is down ~20 min and Thomas isn't answering his phone
[12:11:05 AM] Chris: logs say every instance crashes on startup. restarting the realm
[12:15:40 AM] Chris: restart done, still crashing
[12:23:10 AM] Chris: found it. the spam list update we pushed is malformed, server crashes loading it
[12:27:02 AM] Chris: fixed the file, pushing to production
[12:30:15 AM] Chris: pushed, instances stay up. we're back
""")],
    [["2014-03-20T06:40Z", ["disrupted"]], ["2014-03-20T06:45Z", ["TRIGGERED"]], ["2014-03-20T07:00Z", ["Thomas"]],
     ["2014-03-20T07:11Z", ["restart"]], ["2014-03-20T07:15Z", ["still crashing"]], ["2014-03-20T07:23Z", ["spam list"]],
     ["2014-03-20T07:27Z", ["pushing"]], ["2014-03-20T07:30Z", ["back"]]],
    kt("2014-03-20T06:40Z", S, "At 7:40pm NZT all Path of Exile service was disrupted", "comment 178103"),
    kt("2014-03-20T06:45Z", S, "2014-03-20 06:45:12 UTC  TRIGGERED", "poe320-monitoring.txt"),
    kt("2014-03-20T07:30Z", S, "[12:30:15 AM] Chris: pushed, instances stay up. we're back", "poe320-skype.txt"),
    ["Chris Wilson", "Hannah Price", "Thomas"], ["spam list", "malformed"], ["corrected"],
    "From 7:40pm to about 8:30pm NZT on 20 March 2014 Path of Exile could not be played.",
    ("http://pathofexile.com/forum/view-thread/849236", "Incident Report for March 20 Downtime"),
    ("POE-325", "Follow-up: validate spam list updates before production"))

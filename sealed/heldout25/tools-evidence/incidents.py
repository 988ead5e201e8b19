"""Held-out 25 incidents: compact specs. Five software companies (Proton, 1Password, Clerk, PostHog, Clever Cloud) and
five organisations outside software (a railway's traffic control, a Lisbon broker's equity desk on Euronext, a grid
operator's control room in Berlin, a Swiss cantonal emergency call centre, a Swedish police command centre). Timeline
facts from public post-mortems, status pages and press reports (SOURCES-heldout25.md); people, ticket keys, chat
wording, team habits, the wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Proton Mail / Calendar, 25 July 2023 - a migration made clients resync everything -----------------------------
I.append({
    "id": "proton-2023-07-mail-resync", "name": "Proton Mail and Calendar taken offline 25 July 2023 (a server-side migration told clients to reset their cache; the mass resync overloaded a storage layer at 11:40 UTC; back about 12:44 UTC, Bridge later)",
    "issueId": "99501", "key": "SRE-2507", "summary": "Mail + Calendar 5xx everywhere - storage-layer-2 overloaded",
    "reporter": "Léonie Favre", "assignee": "Tomasz Wójcik", "labels": ["sev1", "mail"],
    "components": ["mail-api", "storage"], "created": "2023-07-25T11:52", "now": "2023-08-10T12:00:00Z",
    "defaultZone": "Europe/Zurich",
    "description": """Mail + Calendar KO on web, iOS, Android. 5xx on all requests, Drive and VPN look ok.

Première hypothèse: DDoS encore une fois (comme l'an dernier) - Rafael checks the edge. Heures en CEST dans le chat, le log du stockage est en UTC.""",
    "comments": [
        ("200101", "Léonie Favre", "2023-07-25T12:05", """Correction: pas un DDoS, edge is clean. The labels-v2 server-side migration sends the "reset local cache" signal to clients, every client redownloads everything, storage-layer-2 can't keep up. Storage log pasted (proton-h25-storage-log.txt, UTC) + the SRE chat (proton-h25-sre-chat.txt, CEST)."""),
        ("200102", "Anna Keller", "2023-07-25T15:40", """Status page, posted 17:36 CEST: Proton Mail Bridge is now back online, but still recovering; delivery and sync slower than usual for the next few hours. Detailed account to follow."""),
        ("200103", "Tomasz Wójcik", "2023-07-27T09:00", """Bridge resync limits lifted this morning, load normal. Nothing left running on our side."""),
        ("200104", "Léonie Favre", "2023-08-08T13:00", """Post-mortem, as agreed in the review: impact started at 11:40 UTC when the mass resync reached critical load on storage-layer-2; the migration had begun a few minutes earlier and did no harm on its own. First page 11:41 UTC. Mail and Calendar for web and mobile users were back at approximately 12:44 UTC and we count that as the end of the incident; the slowed-down Bridge recovery is tracked in SRE-2508."""),
    ],
    "changelog": [
        ("Tomasz Wójcik", "2023-07-25T11:53", [("status", "Open", "In Progress")]),
        ("Léonie Favre", "2023-07-25T12:50", [("status", "In Progress", "Monitoring")]),
        ("Léonie Favre", "2023-08-08T13:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "proton-h25-storage-log.txt", "zone": "UTC", "referenceDate": "2023-07-25", "text": """
2023-07-25T11:31:07Z migration job labels-v2 started (server-side, all shards)
2023-07-25T11:40:12Z storage-layer-2: read p99 > 8s, critical load (resync requests x40)
2023-07-25T11:41:30Z ALERT storage-layer-2 critical load paged to sre-primary
2023-07-25T11:44:55Z mail-api, calendar-api set to maintenance (taken offline to protect Drive/VPN)
2023-07-25T12:44:20Z mail-api, calendar-api serving normally (Bridge excluded, rate-limited)
"""},
        {"file": "proton-h25-sre-chat.txt", "zone": "Europe/Zurich", "referenceDate": "2023-07-25", "text": """
[13:43] Léonie Favre: mail 5xx partout, c'est un DDoS? edge looks clean though
[13:46] Tomasz Wójcik: not DDoS. storage-2 is drowning in resync, clients redownload everything
[13:49] Léonie Favre: qui a lancé un full resync??
[13:58] Tomasz Wójcik: the labels migration sends the reset-cache signal. stopping + reverting it now
[14:20] Tomasz Wójcik: migration reverted, bringing mail back slowly, shard by shard
[14:46] Léonie Favre: web + iOS + android OK from here. Bridge still throttled
"""}],
    "expected": {
        "events": [["2023-07-25T11:31Z", ["migration"]], ["2023-07-25T11:40Z", ["critical load"]],
                   ["2023-07-25T11:41Z", ["ALERT"]], ["2023-07-25T11:44Z", ["maintenance"]],
                   ["2023-07-25T12:44Z", ["serving normally"]], ["2023-07-25T15:36Z", ["Bridge is now back online"]]],
        "keyTimes": {
            "started": kt("2023-07-25T11:40Z", S, "impact started at 11:40 UTC when the mass resync reached critical load", "comment 200104"),
            "detected": kt("2023-07-25T11:41Z", S, "ALERT storage-layer-2 critical load paged to sre-primary", "proton-h25-storage-log.txt"),
            "resolved": kt("2023-07-25T12:44Z", S, "were back at approximately 12:44 UTC", "comment 200104")},
        "responders": [["Léonie Favre", None], ["Tomasz Wójcik", None], ["Anna Keller", None]],
        "narrative": nar(["migration"], ["reverted"], ["SRE-2507", "storage-layer-2"],
                         "On 25 July 2023 Proton Mail and Calendar were unavailable for about an hour after a migration bug made clients resynchronise all their data; Bridge users recovered more slowly that afternoon."),
    }})

# 2. 1Password APIs, 3 September 2025 - one tenant's traffic and a slow cache operation --------------------------------
I.append({
    "id": "onepassword-2025-09-api-memory", "name": "1Password US/Global APIs degraded 3 September 2025 (a customer's request stream hit a poorly performing cache operation; ~20% errors for 13 minutes, ~1% until restarts; 61 minutes from 11:06 UTC)",
    "issueId": "99502", "key": "PLAT-9031", "summary": "API 500s / sign-in errors US region",
    "reporter": "Priya Raman", "assignee": "Marcus Ong", "labels": ["sev2", "api"],
    "components": ["api-pool-us", "support"], "created": "2025-09-03T11:55", "now": "2025-09-20T12:00:00Z",
    "defaultZone": "America/Toronto",
    "description": """Customers getting "Upstream connect error" and 500s on sign-in and vault sync, US/Global.

Support's first read: Cloudflare / edge problem (the error text looks like the proxy). Chat times ET, autoscaler log UTC.""",
    "comments": [
        ("200151", "Marcus Ong", "2025-09-03T12:20", """Not the edge. One customer started an unusually high volume of requests to an API with a sub-optimal cache operation; servers ran out of memory and answered slowly or with 500s. Autoscaler log (op-h25-autoscaler.txt, UTC) and the incident channel (op-h25-incident-slack.txt, ET) pasted."""),
        ("200152", "Priya Raman", "2025-09-03T13:05", """Status page went to Resolved at 8:40 AM ET. Still answering tickets about "the outage this morning" with the macro."""),
        ("200153", "Dana Kowalczyk", "2025-09-05T15:00", """Permanent fix: refactored the query, deployed, watched 24 hours. Good."""),
        ("200154", "Marcus Ong", "2025-09-12T14:00", """Postmortem numbers: 61 minutes of impact starting 11:06 UTC. About 20% of requests failed for the first 13 minutes; the autoscaler at 11:19 took away 92% of it, which was not the end (about 1% kept failing until the restarts). Detection was late: no page before I declared at 11:51."""),
    ],
    "changelog": [
        ("Marcus Ong", "2025-09-03T11:56", [("status", "Open", "In Progress")]),
        ("Marcus Ong", "2025-09-03T12:30", [("status", "In Progress", "Monitoring")]),
        ("Marcus Ong", "2025-09-12T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "op-h25-autoscaler.txt", "zone": "UTC", "referenceDate": "2025-09-03", "text": """
11:05:41 UTC  ingress: req rate from one tenant x35 on /api/v3/items/overview
11:06:18 UTC  api-pool-us: memory > 92% on 14/40 pods, p95 latency 9.8s, 5xx 19.6%
11:19:03 UTC  autoscaler: scaled api-pool-us 40 -> 64 pods (5xx now 1.1%)
12:02:10 UTC  deploy-bot: rolling restart api-pool-us started (manual)
"""},
        {"file": "op-h25-incident-slack.txt", "zone": "America/Toronto", "referenceDate": "2025-09-03", "text": """
Marcus Ong  7:51 AM  declaring an incident, SEV2, paging api on-call. the edge is fine, it's our api pool
Marcus Ong  7:58 AM  one tenant hammering items/overview, the cache op is pathological. autoscaler added pods at 7:19 already, still ~1% errors
Dana Kowalczyk  8:02 AM  restarting the remaining pods now
Dana Kowalczyk  8:15 AM  restarts finished a few min ago, 5xx looks normal since then
Priya Raman  8:40 AM  status page set to Resolved
"""}],
    "expected": {
        "events": [["2025-09-03T11:05Z", ["req rate"]], ["2025-09-03T11:06Z", ["memory"]],
                   ["2025-09-03T11:19Z", ["scaled"]], ["2025-09-03T11:51Z", ["declaring"]],
                   ["2025-09-03T12:02Z", ["rolling restart"]], ["2025-09-03T12:40Z", ["status page"]]],
        "keyTimes": {
            "started": kt("2025-09-03T11:06Z", S, "61 minutes of impact starting 11:06 UTC", "comment 200154"),
            "detected": kt("2025-09-03T11:51Z", S, "declaring an incident, SEV2, paging api on-call", "op-h25-incident-slack.txt"),
            "resolved": kt("2025-09-03T12:07Z", I_, "61 minutes of impact starting 11:06 UTC", "comment 200154")},
        "responders": [["Marcus Ong", None], ["Dana Kowalczyk", None], ["Priya Raman", None]],
        "narrative": nar(["cache operation"], ["restart"], ["PLAT-9031", "api-pool-us"],
                         "For 61 minutes on 3 September 2025 1Password's US/Global APIs were slow or returned errors for part of the requests (about 20% at first, about 1% later); sign-in and sync failed for some customers."),
    }})

# 3. Clerk, 6 February 2025 - a manual UPDATE on a jsonb field ----------------------------------------------------------
I.append({
    "id": "clerk-2025-02-jsonb-update", "name": "Clerk outage 6 February 2025 (a direct database query to deprecate a feature flipped a jsonb value for about 3,700 customers; retries slowed everyone else; 9:43 to 10:06 UTC)",
    "issueId": "99503", "key": "INC-0206", "summary": "Sign-in down for ~3.7k apps, FAPI 5xx + latency for the rest",
    "reporter": "Sofia Lindqvist", "assignee": "Jae-won Park", "labels": ["sev1", "fapi"],
    "components": ["fapi", "database"], "created": "2025-02-06T09:52", "now": "2025-02-20T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """~3.7k apps report all users signed out / cannot sign in. Other customers see slow FAPI.

First thought on the bridge: the 1:40 AM edge deploy of FAPI. Times PT (Jae-won is in SF), Sofia writes from Berlin, the DB audit is UTC.""",
    "comments": [
        ("200201", "Jae-won Park", "2025-02-06T10:20", """Description is wrong, not the edge deploy. A database query run by hand to deprecate a feature for about 3,700 customers had an error and set false values to "true" in a jsonb field. Those customers were down at once; their retries nearly overloaded the infra and delayed all other customers for about 4 minutes until backoff took effect. On-call channel (clerk-h25-oncall.txt, PT) and DB audit CSV export (clerk-h25-db-audit.txt, UTC) pasted."""),
        ("200202", "Sofia Lindqvist", "2025-02-06T16:30", """Customer asks why status page first says 1:30 AM. We write it wrong in the first post and correct it at the 2:10 AM update. Some end users must sign in again this morning, this is not more outage, only old sessions."""),
        ("200203", "Ruth Abebe", "2025-02-07T18:00", """For the record: Manual restores for the biggest customers were done between 2:00 and 2:04 AM PT, before the bulk fix."""),
        ("200204", "Jae-won Park", "2025-02-12T19:00", """Postmortem: from the erroneous update at 9:43 UTC to 10:06 UTC when the query was reversed and service health restored. Engineers got the error alert at 9:45, first customer reports at 9:47, incident declared 9:48."""),
    ],
    "changelog": [
        ("Jae-won Park", "2025-02-06T09:53", [("status", "Open", "In Progress")]),
        ("Jae-won Park", "2025-02-06T10:12", [("status", "In Progress", "Monitoring")]),
        ("Ruth Abebe", "2025-02-12T19:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "clerk-h25-oncall.txt", "zone": "America/Los_Angeles", "referenceDate": "2025-02-06", "text": """
[1:45 AM] pagerduty: [FIRING] fapi 5xx rate > 5% (fapi-us-*)
[1:46 AM] Jae-won Park: ack. looking. did the 1:40 edge deploy go out?
[1:47 AM] Sofia Lindqvist: first customer tickets in, "all users logged out", 3 apps so far
[1:48 AM] Jae-won Park: declaring incident. not the edge deploy - retries everywhere, db hot
[1:50 AM] Sofia Lindqvist: status page posted (start time says 1:30 AM, wrong, fix later)
[1:58 AM] Jae-won Park: found it: manual UPDATE on instance settings jsonb flipped false -> true for ~3700 instances
[2:05 AM] Jae-won Park: bulk reverse query running
[2:10 AM] Sofia Lindqvist: status page updated, real window 1:43 - 2:06 AM PT
"""},
        {"file": "clerk-h25-db-audit.txt", "zone": "UTC", "referenceDate": "2025-02-06", "text": """
ts_utc,session,statement,rows,note
2025-02-06 09:43:10,ops-2,"UPDATE instances SET settings = jsonb_set(...)",3712,feature deprecation
2025-02-06 10:05:31,ops-2,"UPDATE instances SET settings = ...",0,bulk correction started
2025-02-06 10:06:02,ops-2,COMMIT,3712,bulk correction committed
"""}],
    "expected": {
        "events": [["2025-02-06T09:43Z", ["UPDATE"]], ["2025-02-06T09:45Z", ["FIRING"]],
                   ["2025-02-06T09:47Z", ["customer tickets"]], ["2025-02-06T09:48Z", ["declaring"]],
                   ["2025-02-06T09:50Z", ["status page posted"]], ["2025-02-06T10:00Z", ["Manual restores"]],
                   ["2025-02-06T10:05Z", ["bulk"]], ["2025-02-06T10:06Z", ["COMMIT"]],
                   ["2025-02-06T10:10Z", ["real window"]]],
        "keyTimes": {
            "started": kt("2025-02-06T09:43Z", S, "from the erroneous update at 9:43 UTC", "comment 200204"),
            "detected": kt("2025-02-06T09:45Z", S, "[FIRING] fapi 5xx rate > 5%", "clerk-h25-oncall.txt"),
            "resolved": kt("2025-02-06T10:06Z", S, "10:06 UTC when the query was reversed and service health restored", "comment 200204")},
        "responders": [["Jae-won Park", None], ["Sofia Lindqvist", None], ["Ruth Abebe", None]],
        "narrative": nar(["jsonb"], ["bulk"], ["INC-0206", "ops-2"],
                         "On 6 February 2025 about 3,700 Clerk customers' users could not sign in for about 23 minutes, and every other customer saw delays for about four minutes."),
    }})

# 4. PostHog Cloud, 13 November 2020 - an hourly celery task queued ~1400 ClickHouse queries -----------------------------
I.append({
    "id": "posthog-2020-11-celery-overload", "name": "app.posthog.com down 13 November 2020 (an hourly task from the manage-events deploy queued ~1400 long ClickHouse queries; down from 10:10 to 11:48 after a rollback)",
    "issueId": "99504", "key": "ENG-1113", "summary": "app.posthog.com down, event processing time vertical",
    "reporter": "Eric Duarte", "assignee": "Tim Glaser", "labels": ["outage", "clickhouse"],
    "components": ["app", "clickhouse"], "created": "2020-11-13T10:25", "now": "2020-11-25T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """App won't load for anyone, event processing time through the roof, decide endpoint slow.

Guess: ClickHouse ran out of disk again like October. London time (= UTC this month).""",
    "comments": [
        ("200251", "Karl Brenner", "2020-11-13T11:00", """Not disk, 61% used. ClickHouse allows 100 concurrent queries and has ~1400 long ones queued. Chat (posthog-h25-slack.txt) and Heroku releases (posthog-h25-releases.txt) pasted."""),
        ("200252", "Tim Glaser", "2020-11-13T12:10", """Rolled back to last night's release. No events lost, ingestion caught up by 12:30."""),
        ("200253", "Eric Duarte", "2020-11-16T15:00", """Timeline for the postmortem page:
9:05 manage events view deployed with several other large PRs
10:05 evidence of overload grows (app still fine)
10:10-10:30 event processing time goes vertical, app down too
11:41 rollback of the heroku deployment
11:48 event processing time back to normal
So app.posthog was down for over an hour, from 10:10 until 11:48. Detection: I flagged slow processing at 10:05 (warning sign only) and called the outage at 10:11."""),
    ],
    "changelog": [
        ("Tim Glaser", "2020-11-13T10:26", [("status", "Open", "In Progress")]),
        ("Tim Glaser", "2020-11-13T11:50", [("status", "In Progress", "Monitoring")]),
        ("Eric Duarte", "2020-11-16T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "posthog-h25-releases.txt", "zone": "UTC", "referenceDate": "2020-11-13", "text": """
2020-11-13 09:05  v765  Deploy 3f2c1a9 (manage events view #2319 + 4 PRs)  deploy-bot
2020-11-13 11:41  v766  Rollback to v764  tim
"""},
        {"file": "posthog-h25-slack.txt", "zone": "Europe/London", "referenceDate": "2020-11-13", "text": """
10:05  eric: event processing time creeping up, decide p99 800ms. watching
10:11  eric: ok it's vertical now. app is down for me too
10:12  karl: clickhouse disk is 61%, not that
10:36  karl: clickhouse has ~1400 queries queued, max concurrent 100. something hourly?
11:20  james: the new manage events celery task runs on the hour, ~700 teams x 2 queries
11:41  tim: rolling back heroku to last night's v764
11:48  eric: event processing time back to normal, app loads
"""}],
    "expected": {
        "events": [["2020-11-13T09:05Z", ["Deploy"]], ["2020-11-13T10:05Z", ["creeping"]],
                   ["2020-11-13T10:11Z", ["vertical"]], ["2020-11-13T10:36Z", ["queued"]],
                   ["2020-11-13T11:41Z", ["Rollback"]], ["2020-11-13T11:48Z", ["back to normal"]]],
        "keyTimes": {
            "started": kt("2020-11-13T10:10Z", S, "down for over an hour, from 10:10 until 11:48", "comment 200253"),
            "detected": kt("2020-11-13T10:11Z", S, "ok it's vertical now. app is down for me too", "posthog-h25-slack.txt"),
            "resolved": kt("2020-11-13T11:48Z", S, "down for over an hour, from 10:10 until 11:48", "comment 200253")},
        "responders": [["Tim Glaser", None], ["Eric Duarte", None], ["Karl Brenner", None]],
        "narrative": nar(["celery task"], ["rollback"], ["ENG-1113", "v764"],
                         "On 13 November 2020 app.posthog.com was down for over an hour while an hourly task overloaded ClickHouse; events were kept and processed after the rollback."),
    }})

# 5. Clever Cloud, 10 June 2022 - a hypervisor lost in the Paris zone -----------------------------------------------------
I.append({
    "id": "clevercloud-2022-06-hypervisor-par", "name": "Clever Cloud hypervisor lost in the Paris zone 10 June 2022 (hardware failure; a public reverse proxy unreachable 05:23-05:35 UTC, add-ons on the host down until it came back; over at 09:10 UTC)",
    "issueId": "99505", "key": "OPS-0610", "summary": "hv-par-41 perdu - add-ons et custom services KO",
    "reporter": "Mathilde Garnier", "assignee": "Yann Le Goff", "labels": ["incident", "par"],
    "components": ["infrastructure", "add-ons"], "created": "2022-06-10T05:41", "now": "2022-06-24T12:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Hyperviseur hv-par-41 ne répond plus (zone PAR). Apps redéployées ailleurs automatiquement, mais les add-ons PG/Redis et custom services hébergés dessus sont KO.

Première idée: encore le switch ToR de la baie 12 (comme mardi). Heures de Paris sur IRC, la status page est en UTC.""",
    "comments": [
        ("200301", "Yann Le Goff", "2022-06-10T06:10", """Pas le switch ToR: l'IPMI montre alim + carte mère HS. Je corrige la description. Status page copiée (cc-h25-status-edits.txt, UTC) et IRC (cc-h25-irc.txt, heure de Paris)."""),
        ("200302", "Mathilde Garnier", "2022-06-10T09:20", """Status page: "the incident is over" publié. Deux clients PG disent que les connexions étaient revenues vers 10h, heure de Paris, d'autres seulement à la fin."""),
        ("200303", "Yann Le Goff", "2022-06-17T08:00", """Post-mortem: l'impact a commencé à 05:23 UTC (reverse proxy public injoignable de 05:23 à 05:35, puis IP déplacée). Les add-ons sur l'hyperviseur sont restés KO jusqu'au retour du serveur et deux bases PG étaient encore en erreur pendant la vérification: fin d'impact client à 09:10 UTC. Détection: alerte vue par Mathilde à 07:38 heure de Paris."""),
    ],
    "changelog": [
        ("Yann Le Goff", "2022-06-10T05:42", [("status", "Open", "In Progress")]),
        ("Mathilde Garnier", "2022-06-10T08:00", [("status", "In Progress", "Monitoring")]),
        ("Yann Le Goff", "2022-06-17T08:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "cc-h25-status-edits.txt", "zone": "UTC", "referenceDate": "2022-06-10", "text": """
Infrastructure [PAR] An hypervisor has been lost. We are investigating.
EDIT 06:04 UTC: hardware failure, it may not come back. Applications redeployed elsewhere. Custom services and add-ons are impacted.
EDIT 06:23 UTC: a public reverse proxy was on this hypervisor, its IP moved to another server. Between 05:23 and 05:35, it was unreachable.
EDIT 06:52 UTC: ETA for the server to come back is 08:00
EDIT 07:46 UTC: Hardware has been changed, server will be rebooted.
EDIT 07:57 UTC: Server is back online, we are making sure all services are up.
EDIT 09:10 UTC: Everything is now back to normal, the incident is over.
"""},
        {"file": "cc-h25-irc.txt", "zone": "Europe/Paris", "referenceDate": "2022-06-10", "text": """
07:38 <mathilde> alerte: hv-par-41 ne répond plus, quelqu'un regarde l'ipmi ?
07:44 <yann> ipmi dit PSU + carte mère, c'est pas le switch
08:02 <mathilde> apps redéployées, restent les add-ons PG/Redis qui étaient dessus
09:46 <yann> le DC a changé la carte mère, reboot
10:05 <mathilde> add-ons remontés, je vérifie un par un
11:10 <yann> tout est vert, je ferme la status page
"""}],
    "expected": {
        "events": [["2022-06-10T05:23Z", ["unreachable"]], ["2022-06-10T05:38Z", ["ne répond plus"]],
                   ["2022-06-10T06:04Z", ["hardware failure"]], ["2022-06-10T06:23Z", ["IP moved"]],
                   ["2022-06-10T07:46Z", ["Hardware has been changed"]], ["2022-06-10T07:57Z", ["back online"]],
                   ["2022-06-10T09:10Z", ["back to normal"]]],
        "keyTimes": {
            "started": kt("2022-06-10T05:23Z", S, "l'impact a commencé à 05:23 UTC", "comment 200303"),
            "detected": kt("2022-06-10T05:38Z", S, "alerte: hv-par-41 ne répond plus", "cc-h25-irc.txt"),
            "resolved": kt("2022-06-10T09:10Z", S, "fin d'impact client à 09:10 UTC", "comment 200303")},
        "responders": [["Yann Le Goff", None], ["Mathilde Garnier", None]],
        "narrative": nar(["carte mère"], ["redéployées"], ["OPS-0610", "hv-par-41"],
                         "On 10 June 2022 a hypervisor failure in Clever Cloud's Paris zone made a public reverse proxy unreachable for 12 minutes and took the add-ons and custom services hosted on it down until the morning."),
    }})

# 6. NS (Dutch railways), 3 April 2022 - the real-time planning system ------------------------------------------------------
I.append({
    "id": "ns-2022-04-planning-outage", "name": "NS nationwide train stop 3 April 2022 (IT failure in the real-time planning system; stale travel information from about 10:00, no NS train from about 12:10, normal timetable from 05:00 Monday)",
    "issueId": "99506", "key": "BIJ-0304", "summary": "Reisinformatie 60 min achter / alle NS-treinen stil",
    "reporter": "Femke de Wit", "assignee": "Bart Hendriks", "labels": ["landelijk", "prio1"],
    "components": ["bijsturing", "reisinformatie"], "created": "2022-04-03T08:40", "now": "2022-04-25T12:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Actuele reisinformatie op alle stations loopt een uur achter, de app geeft reisadviezen zonder uitval of vertraging.

Eerste gedachte: de DRIS-koppeling (displays) weer, zoals vorige maand. Tijden CEST. NS International schrijft vanuit Londen (BST).""",
    "comments": [
        ("200351", "Femke de Wit", "2022-04-03T10:30", """Niet DRIS. Storing in het systeem dat gedurende de dag de actuele planning maakt (koppelt machinisten en conducteurs aan treinen). Zonder dat systeem niet veilig rijden: alle NS-treinen stilgezet. Log bijsturing geplakt (ns-h25-bijsturing-log.txt) en de Teams-draad met NS International (ns-h25-teams.txt, Londense tijd)."""),
        ("200352", "Joost Verbeek", "2022-04-03T17:30", """Persbericht 19:00: oorzaak verholpen, maar vandaag geen treinverkeer meer, opstart kost tijd. Maandag grotendeels normale dienstregeling verwacht."""),
        ("200353", "Femke de Wit", "2022-04-04T06:30", """Treinen rijden sinds vijf uur weer bijna normaal. Ticket op Monitoring, evaluatie volgt."""),
        ("200354", "Bart Hendriks", "2022-04-20T12:00", """Evaluation summary (in English for the board): impact for travellers started around 10:00 on Sunday, when the travel information on all stations was one hour behind (trains still running but the info wrong); from about 12:10 no NS train was running at all. The cause was fixed at 19:00 but that is not the end: travellers had trains again only from 05:00 on Monday when the timetable was started up. The night network that ran in between was only a few Randstad lines. Our first signal was the monitoring at 10:04."""),
    ],
    "changelog": [
        ("Bart Hendriks", "2022-04-03T08:41", [("status", "Open", "In Progress")]),
        ("Femke de Wit", "2022-04-04T06:35", [("status", "In Progress", "Monitoring")]),
        ("Bart Hendriks", "2022-04-20T12:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ns-h25-bijsturing-log.txt", "zone": "Europe/Amsterdam", "referenceDate": "2022-04-03", "text": """
03-04-2022 10:04  monitoring: actuele reisinformatie stations 60 min achter (alle stations)
03-04-2022 10:20  DRIS-koppeling gecontroleerd: ok. probleem zit in het planningssysteem (actuele planning)
03-04-2022 12:10  besluit: geen enkele NS-trein rijdt meer, treinen blijven staan waar ze zijn
03-04-2022 12:25  communicatie: tot ten minste 17:00 geen treinen
03-04-2022 15:30  verwachting bijgesteld: opstart rond 20:00
03-04-2022 19:00  oorzaak verholpen; vandaag geen treinverkeer meer (opstart te groot)
03-04-2022 22:28  nachtnet rijdt wel (Randstad)
04-04-2022 05:00  dienstregeling grotendeels normaal opgestart
"""},
        {"file": "ns-h25-teams.txt", "zone": "Europe/London", "referenceDate": "2022-04-03", "text": """
[03/04/2022 11:15] Oliver Grant: NS International here - Eurostar and ICE at Amsterdam C are running, only domestic NS stopped?
[03/04/2022 11:17] Femke de Wit: ja, alleen NS binnenland. internationale treinen rijden
"""}],
    "expected": {
        "events": [["2022-04-03T08:04Z", ["achter"]], ["2022-04-03T08:20Z", ["planningssysteem"]],
                   ["2022-04-03T10:10Z", ["geen enkele"]], ["2022-04-03T10:25Z", ["communicatie"]],
                   ["2022-04-03T13:30Z", ["verwachting"]], ["2022-04-03T17:00Z", ["oorzaak verholpen"]],
                   ["2022-04-03T20:28Z", ["nachtnet"]], ["2022-04-04T03:00Z", ["dienstregeling"]]],
        "keyTimes": {
            "started": kt("2022-04-03T08:00Z", S, "impact for travellers started around 10:00 on Sunday", "comment 200354"),
            "detected": kt("2022-04-03T08:04Z", S, "actuele reisinformatie stations 60 min achter", "ns-h25-bijsturing-log.txt"),
            "resolved": kt("2022-04-04T03:00Z", S, "travellers had trains again only from 05:00 on Monday", "comment 200354")},
        "responders": [["Bart Hendriks", None], ["Femke de Wit", None], ["Joost Verbeek", None], ["Oliver Grant", None]],
        "narrative": nar(["planningssysteem"], ["oorzaak verholpen"], ["BIJ-0304", "DRIS"],
                         "On Sunday 3 April 2022 an IT failure in NS's real-time planning system first made travel information wrong and then stopped every NS train in the Netherlands from about midday until the next morning."),
    }})

# 7. Euronext, 19 October 2020 - a Lisbon broker's equity desk --------------------------------------------------------------
I.append({
    "id": "euronext-2020-10-halt-desk", "name": "Euronext trading halt 19 October 2020 (third-party middleware failure; all cash and derivatives segments halted 9.48 to 12.45 CEST; closing auction failure and cancelled trades after 17.30), seen from a Lisbon equity desk",
    "issueId": "99507", "key": "EQD-1910", "summary": "Euronext: ordens rejeitadas - Lisboa, Paris, Amesterdão",
    "reporter": "Rui Carvalho", "assignee": "Inês Martins", "labels": ["mercado", "p1"],
    "components": ["equity-desk", "fix-gateway"], "created": "2020-10-19T07:55", "now": "2020-11-05T12:00:00Z",
    "defaultZone": "Europe/Lisbon",
    "description": """Todas as ordens para Euronext rejeitadas (PSI20, CAC40, AEX). Clientes ao telefone.

Primeira suspeita: o nosso FIX gateway depois do upgrade de sábado. Horas de Lisboa (uma hora antes de Paris); o log FIX está em UTC, o chat IB com Paris em hora de Paris.""",
    "comments": [
        ("200401", "Rui Carvalho", "2020-10-19T08:10", """Not our FIX gateway: the whole Euronext market is halted, all segments (Oslo fine). FIX log pasted (eqd-h25-fix-log.txt, UTC) and the IB chat with Claire in Paris (eqd-h25-ib-chat.txt, Paris time)."""),
        ("200402", "Inês Martins", "2020-10-19T12:00", """Reuters wrote "around 1000 CET (0800 GMT)" for the halt. Neither is right for us, do not copy it into the report."""),
        ("200403", "Rui Carvalho", "2020-10-19T20:10", """Evening: the close did not happen as expected, trading continued after 17:30 CEST and Euronext cancels all trades after 17:30 except commodities; order books purged before tomorrow's call. Second problem, opened EQD-1911 for the close. This ticket is the morning halt."""),
        ("200404", "Inês Martins", "2020-10-27T10:00", """Recap for the desk: trading halted at 9.48 CEST and reopened at 12.45 CEST (11:45 Lisbon); cause, per Euronext, a technical issue in a third-party middleware system. We saw the first reject in the FIX log within a minute of the halt."""),
    ],
    "changelog": [
        ("Inês Martins", "2020-10-19T07:56", [("status", "Open", "In Progress")]),
        ("Inês Martins", "2020-10-19T10:50", [("status", "In Progress", "Monitoring")]),
        ("Inês Martins", "2020-10-27T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "eqd-h25-fix-log.txt", "zone": "UTC", "referenceDate": "2020-10-19", "text": """
07:48:31 UTC  FIX 35=j BusinessMessageReject from EURONEXT-OEG: "Trading halted" (PSI20, CAC40 names)
07:48:40 UTC  MDG: instrument state HALTED, all segments
10:44:58 UTC  MDG: instrument state CALL (pre-open)
10:45:00 UTC  MDG: instrument state CONTINUOUS - trading resumed
15:30:00 UTC  MDG: closing auction NOT triggered, continuous trading maintained
"""},
        {"file": "eqd-h25-ib-chat.txt", "zone": "Europe/Paris", "referenceDate": "2020-10-19", "text": """
09:49:10 Claire Dubois: toute la cote Euronext est suspendue, ce n'est pas vous
09:52:33 Rui Carvalho: ok, we thought our FIX gw. reuters says "around 1000 CET" lol
12:41:05 Claire Dubois: Euronext: cause identifiée et résolue, réouverture 12h45
17:42:19 Claire Dubois: closing auction didn't happen, trading continued after 17:30 ?!
19:55:02 Claire Dubois: Euronext cancels all trades after 17:30 except commodities
"""}],
    "expected": {
        "events": [["2020-10-19T07:48Z", ["BusinessMessageReject"]], ["2020-10-19T07:49Z", ["suspendue"]],
                   ["2020-10-19T10:41Z", ["résolue"]], ["2020-10-19T10:45Z", ["trading resumed"]],
                   ["2020-10-19T15:30Z", ["closing auction"]], ["2020-10-19T17:55Z", ["cancels"]]],
        "keyTimes": {
            "started": kt("2020-10-19T07:48Z", S, "trading halted at 9.48 CEST", "comment 200404"),
            "detected": kt("2020-10-19T07:48Z", S, "BusinessMessageReject from EURONEXT-OEG", "eqd-h25-fix-log.txt"),
            "resolved": kt("2020-10-19T10:45Z", S, "reopened at 12.45 CEST (11:45 Lisbon)", "comment 200404")},
        "responders": [["Inês Martins", None], ["Rui Carvalho", None], ["Claire Dubois", None]],
        "narrative": nar(["middleware"], ["reopened"], ["EQD-1910", "EURONEXT-OEG"],
                         "On 19 October 2020 trading on all Euronext markets except Oslo was halted for about three hours; the desk's clients could not trade Portuguese, French, Dutch, Belgian or Irish shares until the reopening, and trades after the 17.30 close were cancelled."),
    }})

# 8. Berlin-Köpenick blackout, 19-20 February 2019 - the grid operator's control room ----------------------------------------
I.append({
    "id": "koepenick-2019-02-cable-strike", "name": "Berlin-Köpenick blackout 19-20 February 2019 (a contractor's horizontal drilling cut both 110 kV cables at the Salvador-Allende-Brücke; ~31,000 households and 2,000 businesses without power for over 30 hours), seen from the grid control room",
    "issueId": "99508", "key": "NLS-1902", "summary": "Großstörung Köpenick - UW Landjägerstraße spannungslos",
    "reporter": "Kerstin Wolff", "assignee": "Jens Pohl", "labels": ["grossstoerung", "110kv"],
    "components": ["netzleitstelle", "hochspannung"], "created": "2019-02-19T13:25", "now": "2019-03-10T12:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Großflächiger Ausfall Köpenick, Wendenschloss, Grünau, Müggelheim: ca. 31.000 Haushalte, 2.000 Gewerbe, Krankenhaus auf Netzersatz.

Erste Vermutung der Leitstelle: Schutzfehlauslösung im UW Landjägerstraße (Trafo 2?). Zeiten MEZ.""",
    "comments": [
        ("200451", "Jens Pohl", "2019-02-19T13:45", """Keine Fehlauslösung: eine Fremdfirma hat bei einer Horizontalbohrung an der Salvador-Allende-Brücke beide 110-kV-Kabel (Haupt- und Ersatzkabel) getroffen. Leitstellenprotokoll angehängt (nls-h25-leitstelle.txt), dazu die WhatsApp-Gruppe Katastrophenschutz (nls-h25-kats-whatsapp.txt)."""),
        ("200452", "Kerstin Wolff", "2019-02-20T12:50", """Pressestelle: Vollversorgung erst um 21:30, die Kabel müssen komplett erneuert werden. Ab 18:30 Teilversorgung für etwa die Hälfte."""),
        ("200453", "Jens Pohl", "2019-02-21T08:00", """Die Rathausuhr stand die ganze Zeit auf 14.10 Uhr, passt zum SCADA-Stempel."""),
        ("200454", "Kerstin Wolff", "2019-03-05T10:00", """Störungsbericht: Beginn 14:10 Uhr am 19.02. (SCADA 14:10:27, deckt sich mit der Rathausuhr). Erste Kunden ab 18:30 Uhr am 20.02. wieder versorgt, Altstadt 18:58. Wann der letzte Kunde wieder Strom hatte, ist nicht dokumentiert: 21:30 war nur die Prognose, die Presse schreibt "über 30 Stunden", die Handeinträge vom Abend sind unvollständig."""),
    ],
    "changelog": [
        ("Jens Pohl", "2019-02-19T13:26", [("status", "Open", "In Progress")]),
        ("Kerstin Wolff", "2019-02-21T07:00", [("status", "In Progress", "Monitoring")]),
        ("Kerstin Wolff", "2019-03-05T10:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "nls-h25-leitstelle.txt", "zone": "Europe/Berlin", "referenceDate": "2019-02-19", "text": """
19.02.2019 14:10:27  SCADA UW Landjägerstraße: 110-kV-Kabel K1 und K2 Auslösung Distanzschutz, Sammelschiene spannungslos
19.02.2019 14:31     Störtrupp vor Ort Salvador-Allende-Brücke: Horizontalbohrung Fremdfirma, beide 110-kV-Kabel getroffen
19.02.2019 15:05     Twitter: Reparatur voraussichtlich bis 15:00 Uhr am 20.02.
19.02.2019 19:30     Lage: Behebung nicht vor Mittwoch 15 Uhr
20.02.2019 13:40     neue Prognose: Vollversorgung ca. 21:30
20.02.2019 18:30     Teilversorgung beginnt, ca. Hälfte der Haushalte sukzessive
20.02.2019 18:58     Altstadt Köpenick: erste Lichter wieder an
"""},
        {"file": "nls-h25-kats-whatsapp.txt", "zone": "Europe/Berlin", "referenceDate": "2019-02-19", "text": """
[19.02.19, 23:02] Patrik L.: Katastrophenschutz alarmiert, Malteser machen sich bereit
[20.02.19, 07:15] Patrik L.: Krankenhaus Köpenick läuft auf Netzersatz, THW-Aggregat zusätzlich
"""}],
    "expected": {
        "events": [["2019-02-19T13:10Z", ["Auslösung"]], ["2019-02-19T13:31Z", ["Horizontalbohrung"]],
                   ["2019-02-19T22:02Z", ["Katastrophenschutz"]], ["2019-02-20T12:40Z", ["Prognose"]],
                   ["2019-02-20T17:30Z", ["Teilversorgung"]], ["2019-02-20T17:58Z", ["erste Lichter"]]],
        "keyTimes": {
            "started": kt("2019-02-19T13:10Z", S, "Beginn 14:10 Uhr am 19.02.", "comment 200454"),
            "detected": kt("2019-02-19T13:10Z", S, "110-kV-Kabel K1 und K2 Auslösung Distanzschutz", "nls-h25-leitstelle.txt"),
            "resolved": kt(None, U)},
        "responders": [["Jens Pohl", None], ["Kerstin Wolff", None], ["Patrik L.", None]],
        "narrative": nar(["Horizontalbohrung"], ["erneuert"], ["NLS-1902", "K1"],
                         "From 14:10 on 19 February 2019 about 31,000 households and 2,000 businesses in Berlin-Köpenick were without power for more than 30 hours after construction drilling cut both 110 kV supply cables."),
    }})

# 9. Swisscom emergency numbers, 8-9 July 2021 - a cantonal emergency call centre ---------------------------------------
I.append({
    "id": "swisscom-2021-07-notruf-elz", "name": "Swiss landline emergency numbers (112, 117, 118, 144) unavailable 8-9 July 2021, 11.45pm Thursday to 7.53am Friday (Swisscom technical failure), seen from a cantonal emergency call centre",
    "issueId": "99509", "key": "ELZ-0807", "summary": "Keine Festnetz-Notrufe 112/117/118/144",
    "reporter": "Sandra Keller", "assignee": "Reto Brunner", "labels": ["notruf", "swisscom"],
    "components": ["einsatzleitzentrale", "telefonie"], "created": "2021-07-08T22:20", "now": "2021-07-25T12:00:00Z",
    "defaultZone": "Europe/Zurich",
    "description": """Seit kurz vor Mitternacht keine Notrufe mehr über Festnetz. Mobil kommt durch.

Erste Vermutung: unsere eigene ACD/Telefonanlage nach dem Update vom Mittwoch, Techniker aufgeboten. Zeiten MESZ.""",
    "comments": [
        ("200501", "Reto Brunner", "2021-07-08T22:30", """Nicht unsere ACD. Swisscom bestätigt eine Störung der Notrufnummern im Festnetz, mehrere Kantone inkl. Zürich, Basel, Genf. Journal angehängt (elz-h25-journal.txt) und die Mail aus der Waadt (elz-h25-mail-vaud.txt)."""),
        ("200502", "Sandra Keller", "2021-07-09T04:10", """Immer noch kein Festnetz-Notruf. Ersatznummern laufen, bisher ca. 40 Anrufe darüber."""),
        ("200503", "Sandra Keller", "2021-07-09T09:30", """swissinfo/Keystone-SDA: "Emergency numbers in many parts of Switzerland ... were unavailable from 11.45pm on Thursday until 7.53am on Friday." Die Swisscom-Mitteilung kam erst um 11:04, nach der Behebung."""),
        ("200504", "Reto Brunner", "2021-07-20T14:00", """Bericht ans Kommando: Ausfall Festnetz-Notruf von 23:45 (Do) bis 07:53 (Fr) gemäss Swisscom; wir haben es um 23:58 mit dem Testanruf bemerkt. Zweiter landesweiter Ausfall in 18 Monaten (nach dem 12.02.2020)."""),
    ],
    "changelog": [
        ("Reto Brunner", "2021-07-08T22:21", [("status", "Open", "In Progress")]),
        ("Sandra Keller", "2021-07-09T06:00", [("status", "In Progress", "Monitoring")]),
        ("Reto Brunner", "2021-07-20T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "elz-h25-journal.txt", "zone": "Europe/Zurich", "referenceDate": "2021-07-08", "text": """
08.07.2021 23:40  Schichtwechsel, Anrufvolumen normal
08.07.2021 23:58  seit über 10 Min kein Festnetz-Notruf; Testanruf 117 vom Festnetz bricht nach Sekunden ab, vom Handy ok
09.07.2021 00:14  Swisscom NOC bestätigt Störung Festnetz-Notrufnummern, mehrere Kantone
09.07.2021 00:35  Alertswiss: Ersatznummern publiziert
09.07.2021 07:53  Testanruf 112/117/144 Festnetz ok, Notrufnummern wieder erreichbar
09.07.2021 11:04  Swisscom Medienmitteilung: Ursache identifiziert, Untersuchung läuft
"""},
        {"file": "elz-h25-mail-vaud.txt", "zone": "Europe/Zurich", "referenceDate": "2021-07-09", "text": """
De: CET Vaud
Envoyé: vendredi 9 juillet 2021 00:22
Objet: TR: Numéros d'urgence - dérangement Swisscom
Chez nous aussi depuis 23h45 environ, aucun appel fixe. Numéros de remplacement sur Alertswiss dès que publiés.
"""}],
    "expected": {
        "events": [["2021-07-08T21:58Z", ["Testanruf"]], ["2021-07-08T22:14Z", ["bestätigt"]],
                   ["2021-07-08T22:35Z", ["Alertswiss"]], ["2021-07-09T05:53Z", ["wieder erreichbar"]],
                   ["2021-07-09T09:04Z", ["Medienmitteilung"]]],
        "keyTimes": {
            "started": kt("2021-07-08T21:45Z", S, "Ausfall Festnetz-Notruf von 23:45 (Do) bis 07:53 (Fr)", "comment 200504"),
            "detected": kt("2021-07-08T21:58Z", S, "Testanruf 117 vom Festnetz bricht nach Sekunden ab", "elz-h25-journal.txt"),
            "resolved": kt("2021-07-09T05:53Z", S, "Ausfall Festnetz-Notruf von 23:45 (Do) bis 07:53 (Fr)", "comment 200504")},
        "responders": [["Reto Brunner", None], ["Sandra Keller", None]],
        "narrative": nar(["Swisscom"], ["Ersatznummern"], ["ELZ-0807", "ACD"],
                         "From 11.45pm on 8 July to 7.53am on 9 July 2021 the emergency numbers 112, 117, 118 and 144 could not be reached from landlines in large parts of Switzerland; mobile calls worked and replacement numbers were published."),
    }})

# 10. SOS Alarm disturbance, 18 July 2022 - a Swedish police regional command centre ------------------------------------
I.append({
    "id": "sosalarm-2022-07-112-exchanges", "name": "SOS Alarm disturbance 18 July 2022 (malfunction in some of its 15 exchanges from 02.18; 112 answered with longer waits, police asked callers to use 114 14), seen from a police regional command centre",
    "issueId": "99510", "key": "RLC-1807", "summary": "Inga 112-ärenden kopplas från SOS till RLC",
    "reporter": "Maria Nyström", "assignee": "Anders Lund", "labels": ["112", "driftstorning"],
    "components": ["regionledningscentral", "telefoni"], "created": "2022-07-18T00:50", "now": "2022-08-05T12:00:00Z",
    "defaultZone": "Europe/Stockholm",
    "description": """Inga vidarekopplade 112-ärenden från SOS Alarm på lång tid, natten mot måndag. Polisens egna nummer fungerar.

Första misstanke: vår egen växel (trunken mot operatören) - tekniker inringd. Tider svensk sommartid.""",
    "comments": [
        ("200551", "Anders Lund", "2022-07-18T01:10", """Inte vår växel. SOS Alarm bekräftar en driftstörning som påverkar några av deras 15 centraler; 112 fungerar men med längre svarstider. Loggen inklistrad (rlc-h25-logg.txt)."""),
        ("200552", "Maria Nyström", "2022-07-18T06:00", """Morgonen: fortfarande färre ärenden från SOS. Region Väst och Syd har samma bild. Polisen.se-texten om 114 14 ligger kvar."""),
        ("200553", "Maria Nyström", "2022-07-19T09:00", """Enligt timstatistiken normala volymer igen någon gång under måndagsförmiddagen, men SOS har inte sagt när felet var åtgärdat."""),
        ("200554", "Anders Lund", "2022-08-02T13:00", """Review (English for the national summary): the disturbance started 02:18 per SOS Alarm (quoted by TT); our first sign was the log entry at 02:31. End time: SOS Alarm never published one and our call statistics are per hour only, so we leave the end unknown."""),
    ],
    "changelog": [
        ("Anders Lund", "2022-07-18T00:51", [("status", "Open", "In Progress")]),
        ("Maria Nyström", "2022-07-18T09:00", [("status", "In Progress", "Monitoring")]),
        ("Anders Lund", "2022-08-02T13:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "rlc-h25-logg.txt", "zone": "Europe/Stockholm", "referenceDate": "2022-07-18", "text": """
2022-07-18 02:31  RLC: inga vidarekopplade 112-ärenden sedan ca kvart över två, ovanligt natt mot måndag
2022-07-18 02:44  RLC: egen växel kontrollerad, ok
2022-07-18 03:05  SOS Alarm bekräftar störning, 112 fungerar men längre svarstider
2022-07-18 03:20  polisen.se: ring 114 14 om ni inte kommer fram
2022-07-18 07:40  SOS: felsökning pågår, ingen prognos
"""}],
    "expected": {
        "events": [["2022-07-18T00:31Z", ["inga vidarekopplade"]], ["2022-07-18T00:44Z", ["växel"]],
                   ["2022-07-18T01:05Z", ["bekräftar"]], ["2022-07-18T01:20Z", ["114 14"]],
                   ["2022-07-18T05:40Z", ["felsökning"]]],
        "keyTimes": {
            "started": kt("2022-07-18T00:18Z", S, "the disturbance started 02:18 per SOS Alarm", "comment 200554"),
            "detected": kt("2022-07-18T00:31Z", S, "inga vidarekopplade 112-ärenden sedan ca kvart över två", "rlc-h25-logg.txt"),
            "resolved": kt(None, U)},
        "responders": [["Anders Lund", None], ["Maria Nyström", None]],
        "narrative": nar(["driftstörning"], ["114 14"], ["RLC-1807"],
                         "In the night of 18 July 2022 a malfunction at SOS Alarm meant that fewer 112 calls reached the police in Stockholm, West and South; callers were asked to use 114 14."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

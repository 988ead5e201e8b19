"""Held-out 9 incidents: compact specs. Timeline facts from public post-mortems (SOURCES-heldout9.md); people,
ticket keys, chat wording and team habits are invented."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"


I = []

# 1. Hachyderm 2022-12-13: full disk on the primary database server, 504s worldwide ------------------------------
I.append({
    "id": "hachyderm-2022-12-504-discord", "name": "Hachyderm 2022-12-13 global 504 timeouts (database root filesystem full)",
    "issueId": "93101", "key": "HYD-311", "summary": "site down?? 504 everywhere",
    "reporter": "Ilse Brandt", "assignee": "Tomasz Wren", "labels": ["sev1", "mastodon", "postgres"],
    "components": ["web", "database"], "created": "2022-12-13T19:10", "now": "2022-12-20T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """opened from discord, copying what we have. first thought was the CDN proxies again (like last week) but those look fine.

web nodes fine too. redis complaining it can't persist.
```
Dec 13 18:59:01 fritz bundle[588687]: Redis::CommandError (MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.)
```""",
    "comments": [
        ("110201", "Tomasz Wren", "2022-12-13T19:12", """pasted the #infra discord bit as hyd311-discord.txt (times are Berlin, my client).

UptimeRobot mail for the record:
```
Monitor is DOWN: hachyderm streaming - Reason: HTTP 502 - Bad Gateway  [2022-12-13 19:01 UTC]
```"""),
        ("110202", "Keiko Aalto", "2022-12-13T19:40", """status page: updated 19:58 CET acknowledging the outage, 20:06 CET with root cause. leaving it on monitoring for now."""),
        ("110203", "Tomasz Wren", "2022-12-15T09:30", """## recap (all UTC)
On Tuesday at roughly 18:52 UTC we had a 7 minute cascading failure, total outage, 504s from every region.
The root filesystem on the primary database server filled up: the postgres archive dir was holding 400Gb+ of history. Archive destroyed, 187Gb freed.
No data loss.
- followups: disk alerts on the db host, archive retention. will move these to HYD-312."""),
    ],
    "changelog": [
        ("Tomasz Wren", "2022-12-13T19:11", [("status", "Open", "In Progress")]),
        ("Keiko Aalto", "2022-12-13T19:41", [("status", "In Progress", "Monitoring")]),
        ("Tomasz Wren", "2022-12-15T09:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("HYD-312", "db host disk alerting + archive retention")],
    "pastes": [{"file": "hyd311-discord.txt", "zone": "Europe/Berlin", "referenceDate": "2022-12-13", "text": """
Ilse B — Today at 7:53 PM
is it just me or is hachyderm super slow right now? timeline won't load
Tomasz W — Today at 7:55 PM
not just you, 5xx from here and from the US folks
Tomasz W — Today at 7:56 PM
mastodon web services look ok?? nothing obvious
Ilse B — Today at 7:57 PM
first proper 504 on my end
Ilse B — Today at 8:02 PM
FOUND IT root filesystem is full on the primary db box
Lukas M — Today at 8:05 PM
ok to nuke /var/lib/postgres/archive ?
Lukas M — Today at 8:06 PM
archive destroyed, 187Gb back
"""}],
    "expected": {
        "events": [["2022-12-13T18:52Z", ["cascading failure"]], ["2022-12-13T18:53Z", ["slow"]],
                   ["2022-12-13T19:01Z", ["monitor is down"]], ["2022-12-13T19:02Z", ["root filesystem"]],
                   ["2022-12-13T19:06Z", ["archive destroyed"]]],
        "keyTimes": {
            "started": kt("2022-12-13T18:52Z", S, "at roughly 18:52 UTC we had a 7 minute cascading failure", "comment 110203"),
            "detected": kt("2022-12-13T18:53Z", S, "Ilse B — Today at 7:53 PM", "hyd311-discord.txt"),
            "resolved": kt(None, U)},
        "responders": [["Tomasz Wren", None], ["Ilse Brandt", None], ["Keiko Aalto", "comms"]],
        "narrative": nar(["root filesystem", "postgres archive"], ["archive destroyed"], ["HYD-311", "HYD-312"],
                         "From about 18:52 UTC on 13 December 2022 Hachyderm returned 504 timeouts and 5xx errors to users in all regions for several minutes."),
    }})

# 2. Hachyderm 2023-02-28: expired TLS certificate on the media host -------------------------------------------
I.append({
    "id": "hachyderm-2023-02-tls-matrix", "name": "Hachyderm 2023-02-28 media images broken (expired TLS certificate)",
    "issueId": "93102", "key": "HYD-355", "summary": "images not loading - cert?",
    "reporter": "Quinn Adebayo", "assignee": "Ilse Brandt", "labels": ["sev2", "tls", "media"],
    "components": ["media", "cdn"], "created": "2023-02-28T02:05", "now": "2023-03-06T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Media (avatars, attachments) broken across the site since sometime this evening. Confirmed broken via the EU proxy too so not regional.

Was there a cert warning mail? I think someone saw one last week and nobody picked it up.""",
    "comments": [
        ("110301", "Ilse Brandt", "2023-02-28T02:35", """yep cert on the media host expired. chat from #incident attached (my matrix client, Pacific)."""),
        ("110302", "Ilse Brandt", "2023-02-28T03:40", """acme challenge failed because media record is a CNAME to the main host and the proxy does not answer the challenge. pointed it at fritz with an A record, `certbot renew` worked, put the CNAME back, scp'd the cert to every CDN node and restarted nginx. east coast node last."""),
        ("110303", "Quinn Adebayo", "2023-03-02T17:15", """writeup draft: On February 28th at approximately 01:55 UTC Hachyderm had a service degradation in which images failed to load. Root cause: expired TLS certificates for the media host, managed by hand; the alert notification was missed.
Action: automate renewal, one inventory of certs."""),
    ],
    "changelog": [
        ("Ilse Brandt", "2023-02-28T02:06", [("status", "Open", "In Progress")]),
        ("Quinn Adebayo", "2023-03-02T17:16", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "hyd355-matrix.txt", "zone": "America/Los_Angeles", "referenceDate": "2023-02-27", "text": """
[5:52 PM] Quinn Adebayo: anyone else seeing no images? media outage everywhere for me
[5:54 PM] Ilse Brandt: media broken from the EU proxy as well
[5:56 PM] Ilse Brandt: Quinn you're IC
[5:57 PM] Ilse Brandt: TLS expired on media. great
[6:30 PM] Ilse Brandt: going live on stream fixing TLS, link in #general
"""}],
    "expected": {
        "events": [["2023-02-28T01:52Z", ["media outage"]], ["2023-02-28T01:54Z", ["EU proxy"]],
                   ["2023-02-28T01:56Z", ["IC"]], ["2023-02-28T01:57Z", ["TLS expired"]],
                   ["2023-02-28T02:30Z", ["fixing TLS"]]],
        "keyTimes": {
            "started": kt("2023-02-28T01:55Z", S, "at approximately 01:55 UTC Hachyderm had a service degradation", "comment 110303"),
            "detected": kt("2023-02-28T01:52Z", S, "[5:52 PM] Quinn Adebayo: anyone else seeing no images?", "hyd355-matrix.txt"),
            "resolved": kt(None, U)},
        "responders": [["Quinn Adebayo", "incident commander"], ["Ilse Brandt", None]],
        "narrative": nar(["expired TLS", "alert notification was missed"], ["certbot renew"], ["HYD-355"],
                         "From about 01:55 UTC on 28 February 2023 images and media failed to load on Hachyderm until the renewed certificate reached the CDN nodes.",
                         badly=["alert notification was missed"]),
    }})

# 3. Hachyderm 2023-01-03: CPU saturation on fritz, two spikes ------------------------------------------------------
I.append({
    "id": "hachyderm-2023-01-fritz-notes", "name": "Hachyderm 2023-01-03 response time spikes (CPU saturation on the web/streaming host)",
    "issueId": "93103", "key": "HYD-330", "summary": "slow responses / 502s after holidays",
    "reporter": "Keiko Aalto", "assignee": "Daan Okafor", "labels": ["sev2", "performance"],
    "components": ["web", "streaming"], "created": "2023-01-03T15:20", "now": "2023-01-10T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Second time today. Earlier we thought it was the cert that had not been renewed on fritz (Daan renewed it) and things looked better after, now p90 is over 2s again and 502s are above 1000/min.""",
    "comments": [
        ("110401", "Daan Okafor", "2023-01-03T15:35", """load avg way over core count on fritz, streaming procs eating it. streaming 16 -> 12 procs and restarted mastodon-streaming; puma 20 -> 16 threads per proc. GET times worse?? watching. dashboard numbers in hyd330-grafana.txt"""),
        ("110402", "Daan Okafor", "2023-01-03T17:50", """puma back to 20 threads, we over-corrected and GETs doubled. streaming stays at 12 procs. leaving this open to watch the evening peak."""),
        ("110403", "Keiko Aalto", "2023-01-05T11:00", """## postmortem (short)
On 3 January at approximately 12:30 UTC response times spiked; it seemed to recover, then at approximately 15:00 UTC another spike.
Alerts were firing in discord.
Root causes: organic growth plus the US coming back from vacation pushed streaming and puma CPU on fritz above 90%. No CPU alert for fritz.
Lucky: Daan was already on fritz because of the cert."""),
    ],
    "changelog": [
        ("Daan Okafor", "2023-01-03T15:22", [("status", "Open", "In Progress")]),
        ("Keiko Aalto", "2023-01-05T11:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "hyd330-grafana.txt", "zone": "UTC", "referenceDate": "2023-01-03", "text": """
# public dashboard export, fritz web tier, 30 min buckets (UTC)
time   p90_ms  http_502_per_min  cpu_fritz
12:00  410     12                61%
12:30  2140    1180              94%
13:00  980     220               88%
15:00  2310    1240              96%
"""}],
    "expected": {
        "events": [["2023-01-03T12:30Z", ["response times spiked"]], ["2023-01-03T15:00Z", ["another spike"]]],
        "keyTimes": {
            "started": kt("2023-01-03T12:30Z", S, "at approximately 12:30 UTC response times spiked", "comment 110403"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Daan Okafor", None], ["Keiko Aalto", None]],
        "narrative": nar(["CPU", "organic growth"], ["streaming"], ["HYD-330"],
                         "On 3 January 2023 Hachyderm users saw slow responses and 502 errors in two spells, from about 12:30 UTC and again from about 15:00 UTC.",
                         lucky=["already on fritz"], badly=["No CPU alert"]),
    }})

# 4. bunny.net 2017-08-30: DDoS on the backend + DNS memory leak -------------------------------------------------------
I.append({
    "id": "bunny-2017-08-ddos-slack", "name": "BunnyCDN 2017-08-30 system-wide outage (backend DDoS, DNS node memory leak)",
    "issueId": "93104", "key": "CDN-1142", "summary": "Global outage - DNS nodes dying",
    "reporter": "Miha Zupan", "assignee": "Nika Kovac", "labels": ["outage", "dns", "ddos"],
    "components": ["dns", "backend"], "created": "2017-08-30T03:20", "now": "2017-09-04T09:00:00Z",
    "defaultZone": "Europe/Ljubljana",
    "description": """Alerts from the network since early morning. DNS nodes going down one after another. Backend under DDoS, filtering is on.

Guess: the DDoS is hitting the DNS nodes directly?""",
    "comments": [
        ("110501", "Nika Kovac", "2017-08-30T04:20", """Not the DNS nodes directly. Backend can't resolve the DB host because Google DNS is unreachable from behind the filtering, requests time out, and that timeout path hits a memory leak in the DNS software. All nodes died over ~15 min.
Our slack from the night pasted below (cdn1142-slack.txt)."""),
        ("110502", "Miha Zupan", "2017-08-30T05:10", """Blog post is up. Customer-facing text: Starting at approximately 3 AM UTC today, BunnyCDN suffered a 1-hour system-wide outage."""),
        ("110503", "Nika Kovac", "2017-08-31T08:00", """Recap for the team (UTC): first notifications about the network came in at 03:00 UTC. Restart of the backend did not help, physical reboot failed to boot several times. Around 04:00 UTC the web server was back and we switched resolvers to the hosting partner's; then the DNS network was restarted.
Follow-ups: DNS must not depend on the backend; fix the leak."""),
    ],
    "changelog": [
        ("Nika Kovac", "2017-08-30T03:21", [("status", "Open", "In Progress")]),
        ("Miha Zupan", "2017-08-30T05:11", [("status", "In Progress", "Monitoring")]),
        ("Nika Kovac", "2017-08-31T08:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "cdn1142-slack.txt", "zone": "Europe/Ljubljana", "referenceDate": "2017-08-30", "text": """
nika [5:00 AM]
network alerts. backend unreachable, DB connection timing out. DDoS on the API box
miha [5:15 AM]
all DNS nodes dead now, worldwide
nika [5:16 AM]
physical restart of the backend, box does not come back
miha [6:00 AM]
web server up. switching resolvers to the hosting partner's, off google
"""}],
    "expected": {
        "events": [["2017-08-30T03:00Z", ["notifications"]], ["2017-08-30T03:15Z", ["DNS nodes"]], ["2017-08-30T04:00Z", ["web server"]]],
        "keyTimes": {
            "started": kt("2017-08-30T03:00Z", S, "Starting at approximately 3 AM UTC today, BunnyCDN suffered a 1-hour system-wide outage", "comment 110502"),
            "detected": kt("2017-08-30T03:00Z", S, "first notifications about the network came in at 03:00 UTC", "comment 110503"),
            "resolved": kt(None, U)},
        "responders": [["Nika Kovac", None], ["Miha Zupan", "comms"]],
        "narrative": nar(["DDoS", "memory leak"], ["switched resolvers"], ["CDN-1142"],
                         "On 30 August 2017 BunnyCDN had a system-wide outage of about an hour starting around 03:00 UTC as its DNS nodes failed."),
    }})

# 5. LaunchDarkly 2020-07-15: DNS registration expired -------------------------------------------------------------------
I.append({
    "id": "launchdarkly-2020-07-dns-pd", "name": "LaunchDarkly 2020-07-15 DNS registration expiry (web and SDK connection errors)",
    "issueId": "93105", "key": "OPS-2207", "summary": "Elevated errors across launchdarkly.com properties",
    "reporter": "Priyanka Shore", "assignee": "Gus Lindqvist", "labels": ["incident", "dns", "sev1"],
    "components": ["edge", "web"], "created": "2020-07-15T15:31", "now": "2020-07-22T20:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Error rates up on everything: app, www, blog, even status. SDK connects failing for new clients.
First suspicion is the CDN config push from this morning, checking.""",
    "comments": [
        ("110601", "Gus Lindqvist", "2020-07-15T15:44", """Not the CDN. Domain registration expired. Alert log attached (ops2207-alerts.txt, UTC)."""),
        ("110602", "Gus Lindqvist", "2020-07-15T16:20", """9:07am: DNS changes made. Resolvers will catch up as caches clear. Existing SDK connections kept serving last known flags; events during the window are lost (data export, experiments, flag insights)."""),
        ("110603", "Priyanka Shore", "2020-07-15T18:05", """Status page: Monitoring posted after the fix, Resolved posted 11:04am ("All LaunchDarkly services have continued behaving normally since the prior status update")."""),
        ("110604", "Priyanka Shore", "2020-07-15T20:40", """Public postmortem text, for the record: we identified that our DNS registration had expired at 8:17am PDT which caused widespread impact. Engineers noted at 8:23am PDT that error rates increased. Roughly 50 minute incident window."""),
    ],
    "changelog": [
        ("Gus Lindqvist", "2020-07-15T15:32", [("status", "Open", "In Progress")]),
        ("Priyanka Shore", "2020-07-15T17:12", [("status", "In Progress", "Monitoring")]),
        ("Priyanka Shore", "2020-07-15T18:06", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops2207-alerts.txt", "zone": "UTC", "referenceDate": "2020-07-15", "text": """
2020-07-15T15:23:00Z TRIGGERED  edge-error-rate > 5% (all properties)
"""}],
    "expected": {
        "events": [["2020-07-15T15:17Z", ["expired"]], ["2020-07-15T15:23Z", ["error"]],
                   ["2020-07-15T16:07Z", ["DNS changes"]]],
        "keyTimes": {
            "started": kt("2020-07-15T15:17Z", S, "our DNS registration had expired at 8:17am PDT", "comment 110604"),
            "detected": kt("2020-07-15T15:23Z", S, "Engineers noted at 8:23am PDT that error rates increased", "comment 110604"),
            "resolved": kt(None, U)},
        "responders": [["Gus Lindqvist", None], ["Priyanka Shore", "comms"]],
        "narrative": nar(["registration had expired"], ["DNS changes"], ["OPS-2207"],
                         "From 8:17am PDT on 15 July 2020 for roughly 50 minutes, requests to LaunchDarkly web properties and some new SDK connections failed; some event data was lost."),
    }})

# 6. LaunchDarkly 2021-09-30: rule attribute selector crash ------------------------------------------------------------
I.append({
    "id": "launchdarkly-2021-09-selector-teams", "name": "LaunchDarkly 2021-09-30 flag targeting page crash (rule attribute selector with private attributes)",
    "issueId": "93106", "key": "FE-7719", "summary": "Targeting page error when picking rule attribute",
    "reporter": "Oona Reyes", "assignee": "Bram Castell", "labels": ["frontend", "regression"],
    "components": ["flag-targeting"], "created": "2021-09-30T21:10", "now": "2021-10-08T16:00:00Z",
    "priority": "High", "defaultZone": "America/Denver",
    "description": """Support escalation: customers get the error page when they open the rule attribute selector on flag targeting. Only some environments. Looks like ones with private attributes declared in an SDK.""",
    "comments": [
        ("110701", "Bram Castell", "2021-09-30T21:35", """Teams thread from the frontend channel (Pacific) in fe7719-teams.txt. Reverted."""),
        ("110702", "Bram Castell", "2021-10-01T15:00", """Test gap: no unit or integration test with private attributes for this component. Adding both."""),
        ("110703", "Oona Reyes", "2021-10-06T18:30", """Closing. Statuspage incident marked resolved today after the tests landed."""),
    ],
    "changelog": [
        ("Bram Castell", "2021-09-30T21:11", [("status", "Open", "In Progress")]),
        ("Oona Reyes", "2021-10-06T18:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fe7719-teams.txt", "zone": "America/Los_Angeles", "referenceDate": "2021-09-30", "text": """
[9/30/2021 2:00 PM] Oona Reyes:
identified the selector crash - it's the attribute picker change that went out today, only envs with private attributes
[9/30/2021 2:30 PM] Bram Castell:
revert deployed, fix implemented, selector works again on the affected envs
"""}],
    "expected": {
        "events": [["2021-09-30T21:00Z", ["identified"]], ["2021-09-30T21:30Z", ["revert deployed"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2021-09-30T21:00Z", S, "identified the selector crash", "fe7719-teams.txt"),
            "resolved": kt("2021-09-30T21:30Z", S, "revert deployed, fix implemented", "fe7719-teams.txt")},
        "responders": [["Bram Castell", None], ["Oona Reyes", None]],
        "narrative": nar(["private attributes"], ["revert"], ["FE-7719"],
                         "On 30 September 2021 customers with private attributes saw an error page when using the rule attribute selector on flag targeting until the change was reverted."),
    }})

# 7. Zoom 2025-04-16: zoom.us server block at the registry -------------------------------------------------------------------
I.append({
    "id": "zoom-2025-04-domain-zoomchat", "name": "Zoom 2025-04-16 zoom.us unavailable (registry server block)",
    "issueId": "93107", "key": "NOC-5120", "summary": "zoom.us NXDOMAIN - cannot start/join meetings",
    "reporter": "Harriet Osei", "assignee": "Vikram Dallas", "labels": ["sev0", "dns", "registrar"],
    "components": ["dns", "meetings"], "created": "2025-04-16T18:41", "now": "2025-04-25T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Start/join/schedule failing, browsers say site can't be reached. In-progress meetings OK. Our own nameservers answer fine. Is this a DDoS?? checking with security.
(status page is on the same domain so customers can't see it either)""",
    "comments": [
        ("110801", "Vikram Dallas", "2025-04-16T19:05", """Not a DDoS. TLD servers have no records for zoom.us: the registry has a server block on the domain. Registrar (Markmonitor) and GoDaddy Registry on a bridge."""),
        ("110802", "Harriet Osei", "2025-04-16T20:58", """Press/CSMs: a news writeup says most services back by 1:55 PM PDT, that's just resolvers catching up with TTLs. Our number is the one in the RCA. Bridge chat saved as noc5120-zoomchat.txt (my laptop, Pacific)."""),
        ("110803", "Harriet Osei", "2025-04-17T16:00", """RCA summary as published:
Reported: April 16, 2025 11:25 AM PDT
Resolved: April 16, 2025 1:12 PM PDT
Between 2:25 P.M. ET and 4:12 P.M. ET zoom.us was not available due to a server block by GoDaddy Registry after a communication error with our registrar. Registry lock now on the domain."""),
    ],
    "changelog": [
        ("Vikram Dallas", "2025-04-16T18:42", [("status", "Open", "In Progress")]),
        ("Harriet Osei", "2025-04-16T21:00", [("status", "In Progress", "Monitoring")]),
        ("Harriet Osei", "2025-04-17T16:02", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc5120-zoomchat.txt", "zone": "America/Los_Angeles", "referenceDate": "2025-04-16", "text": """
11:25:40	 From Harriet Osei : support reports zoom.us not resolving, start/join failing everywhere
13:12:30	 From Vikram Dallas : block removed, zoom.us resolving from 8.8.8.8
"""}],
    "expected": {
        "events": [["2025-04-16T18:25Z", ["Reported", "not resolving"]], ["2025-04-16T20:12Z", ["block removed", "Resolved"]]],
        "keyTimes": {
            "started": kt("2025-04-16T18:25Z", S, "Between 2:25 P.M. ET and 4:12 P.M. ET zoom.us was not available", "comment 110803"),
            "detected": kt("2025-04-16T18:25Z", S, "Reported: April 16, 2025 11:25 AM PDT", "comment 110803"),
            "resolved": kt("2025-04-16T20:12Z", S, "Resolved: April 16, 2025 1:12 PM PDT", "comment 110803")},
        "responders": [["Vikram Dallas", None], ["Harriet Osei", "comms"]],
        "narrative": nar(["server block", "communication error"], ["block removed"], ["NOC-5120"],
                         "From 2:25 PM to 4:12 PM ET on 16 April 2025 users could not start, join or schedule Zoom meetings because zoom.us did not resolve."),
    }})

# 8. Mux 2023-04: slate insertion regression in live streaming -----------------------------------------------------------------
I.append({
    "id": "mux-2023-04-slate-slack", "name": "Mux Video 2023-04 live streams disconnected with slate insertion (unplayable assets)",
    "issueId": "93108", "key": "LIVE-884", "summary": "Customers: live streams dropping, new asset on reconnect, assets 4xx",
    "reporter": "Renata Falk", "assignee": "Joel Amari", "labels": ["live", "regression", "customer-impact"],
    "components": ["live-ingest"], "created": "2023-04-22T23:40", "now": "2023-05-02T17:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Several tickets since Thursday: live streams disconnect, encoder reconnects right away but reconnect_window is ignored and a new asset is created. Some assets are truncated or return 4xx/5xx.
All affected streams have slate insertion configured. Could be the encoder vendor firmware update? two of them use the same encoder.""",
    "comments": [
        ("110901", "Joel Amari", "2023-04-23T03:20", """Not firmware, it's ours. Regression in slate insertion handling from last Tuesday's live release. Patch is out. Pasted the team channel (pacific) as live884-slack.txt."""),
        ("110902", "Joel Amari", "2023-04-24T18:00", """Recovery of the truncated/unplayable assets still in progress, tooling being written. Leaving open for that."""),
        ("110903", "Renata Falk", "2023-04-26T22:30", """status page Resolved today; streams started after the patch are fine. Summary: At approximately 18:00 UTC on April 18 a regression was introduced into live streaming slate insertion. It was patched at approximately 03:00 UTC on April 23. On-demand and streams without slate insertion unaffected."""),
    ],
    "changelog": [
        ("Joel Amari", "2023-04-22T23:41", [("status", "Open", "In Progress")]),
        ("Renata Falk", "2023-04-26T22:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "live884-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2023-04-22", "text": """
Joel Amari  8:00 PM
slate insertion patch is on all ingest now, Sade Lyle checked a test stream with forced slate: no disconnect
"""}],
    "expected": {
        "events": [["2023-04-18T18:00Z", ["regression"]], ["2023-04-23T03:00Z", ["patch"]]],
        "keyTimes": {
            "started": kt("2023-04-18T18:00Z", S, "At approximately 18:00 UTC on April 18 a regression was introduced", "comment 110903"),
            "detected": kt(None, U),
            "resolved": kt("2023-04-23T03:00Z", S, "It was patched at approximately 03:00 UTC on April 23", "comment 110903")},
        "responders": [["Joel Amari", None], ["Renata Falk", "comms"], ["Sade Lyle", None]],
        "narrative": nar(["slate insertion"], ["patch"], ["LIVE-884"],
                         "From about 18:00 UTC on 18 April to about 03:00 UTC on 23 April 2023 some Mux live streams using slate insertion disconnected and produced truncated or unplayable assets."),
    }})

# 9. Figma 2020-06-16: ElastiCache backup cascade, files would not open -----------------------------------------------
I.append({
    "id": "figma-2020-06-elasticache-slack", "name": "Figma 2020-06-16 files could not be opened (ElastiCache backup cascade)",
    "issueId": "93109", "key": "INFRA-4410", "summary": "Can't open/create files - redis?",
    "reporter": "Nadia Quist", "assignee": "Eamon Tal", "labels": ["sev1", "elasticache"],
    "components": ["files", "cache"], "created": "2020-06-17T00:50", "now": "2020-06-26T17:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Users can't open or create files; editing open files mostly fine. Redis primary CPU pinned. First guess is the rate limiter keys exploding after today's deploy.""",
    "comments": [
        ("111001", "Eamon Tal", "2020-06-17T01:20", """Not the deploy. It lines up with the daily ElastiCache backup on the replica; primary and replica sync went bad and the primary is single-threaded so it choked. Slack from #incident pasted (fig4410-slack.txt, Pacific)."""),
        ("111002", "Nadia Quist", "2020-06-19T20:00", """Postmortem (draft, times PDT): A number of users were unable to open or create Figma files between 17:25 and 18:04 PDT on June 16. Most users could still edit. Still finalizing the investigation with AWS."""),
        ("111003", "Eamon Tal", "2020-06-22T16:00", """cleanup done: backups moved off peak, failover runbook updated."""),
    ],
    "changelog": [
        ("Eamon Tal", "2020-06-17T00:51", [("status", "Open", "In Progress")]),
        ("Eamon Tal", "2020-06-22T16:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fig4410-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2020-06-16", "text": """
Eamon Tal  6:04 PM
file opens recovering, error rate back to baseline
"""}],
    "expected": {
        "events": [["2020-06-17T00:25Z", ["unable to open"]], ["2020-06-17T01:04Z", ["recovering"]]],
        "keyTimes": {
            "started": kt("2020-06-17T00:25Z", S, "unable to open or create Figma files between 17:25 and 18:04 PDT", "comment 111002"),
            "detected": kt(None, U),
            "resolved": kt("2020-06-17T01:04Z", S, "unable to open or create Figma files between 17:25 and 18:04 PDT", "comment 111002")},
        "responders": [["Eamon Tal", None], ["Nadia Quist", None]],
        "narrative": nar(["backup", "single-threaded"], ["backups moved off peak"], ["INFRA-4410"],
                         "Between 17:25 and 18:04 PDT on 16 June 2020 many Figma users could not open or create files; editing open files mostly worked."),
    }})

# 10. Figma 2022-06-06/07: ElastiCache engine CPU at 100%, four disruptions -------------------------------------------
I.append({
    "id": "figma-2022-06-enginecpu-pd", "name": "Figma 2022-06-06/07 repeated service disruptions (ElastiCache engine CPU 100%)",
    "issueId": "93110", "key": "INFRA-6021", "summary": "Figma down again - 4th time tonight",
    "reporter": "Lior Benn", "assignee": "Cass Whitlow", "labels": ["sev0", "elasticache", "recurring"],
    "components": ["multiplayer", "cache"], "created": "2022-06-07T09:15", "now": "2022-06-20T17:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Opening a ticket for the record from London, the US team has been on this since their evening. Four disruptions so far: new files won't open, no multiplayer. Loaded files keep working, edits saved locally.""",
    "comments": [
        ("111101", "Cass Whitlow", "2022-06-07T09:40", """One ElastiCache node (cluster mode) pegged at 100% engine CPU each time."""),
        ("111102", "Cass Whitlow", "2022-06-07T18:30", """No recurrence since 10:41 PDT; web app fully functional. Web API still has some endpoints disabled, re-enabling this afternoon. PagerDuty log for the whole run attached (fig6021-pd.txt, UTC)."""),
        ("111103", "Lior Benn", "2022-06-09T16:00", """Published: A number of people experienced issues between 11:34 PM PDT, June 6 and 10:43 AM PDT June 7; 4 disruptions from 7 minutes to 1 hour 20 minutes. The incidents stopped re-occurring at 10:41 AM PDT, at which point the web application was fully functional. No data loss."""),
    ],
    "changelog": [
        ("Cass Whitlow", "2022-06-07T09:16", [("status", "Open", "In Progress")]),
        ("Cass Whitlow", "2022-06-07T18:31", [("status", "In Progress", "Monitoring")]),
        ("Lior Benn", "2022-06-09T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fig6021-pd.txt", "zone": "UTC", "referenceDate": "2022-06-07", "text": """
Jun 07 06:34 UTC  #88121 [FIRING] file-open error ratio high (prod)
Jun 07 17:41 UTC  #88121 resolved, engine CPU back under 60%
"""}],
    "expected": {
        "events": [["2022-06-07T06:34Z", ["firing"]], ["2022-06-07T17:41Z", ["stopped re-occurring", "resolved"]]],
        "keyTimes": {
            "started": kt("2022-06-07T06:34Z", S, "between 11:34 PM PDT, June 6 and 10:43 AM PDT June 7", "comment 111103"),
            "detected": kt("2022-06-07T06:34Z", S, "#88121 [FIRING] file-open error ratio high", "fig6021-pd.txt"),
            "resolved": kt("2022-06-07T17:41Z", S, "The incidents stopped re-occurring at 10:41 AM PDT", "comment 111103")},
        "responders": [["Cass Whitlow", None], ["Lior Benn", "comms"]],
        "narrative": nar(["engine CPU"], ["re-enabling"], ["INFRA-6021"],
                         "Between 11:34 PM PDT on 6 June and 10:41 AM PDT on 7 June 2022 Figma users had four disruptions in which new files would not open and collaboration failed."),
    }})

# 11. Intercom 2025-10-17: Inbox down in the US region (unindexed query) ----------------------------------------------
I.append({
    "id": "intercom-2025-10-inbox-slack", "name": "Intercom 2025-10-17 Inbox outage in the USA region (unindexed cross-keyspace query)",
    "issueId": "93111", "key": "INC-9902", "summary": "US Inbox down/slow",
    "reporter": "Siobhan Ruane", "assignee": "Ferdia Kwan", "labels": ["us-region", "inbox", "deploy"],
    "components": ["inbox", "mysql"], "created": "2025-10-17T12:20", "now": "2025-10-24T12:00:00Z",
    "defaultZone": "Europe/Dublin",
    "description": """Heartbeat alarm on US Inbox activity, auto-rollback kicked in. Teammates in the US see the Inbox unusable / spinning. Suspect the unsafe-URL change from this morning's deploy.""",
    "comments": [
        ("111201", "Ferdia Kwan", "2025-10-17T12:35", """Confirmed: new query on the hot path joins tables in different keyspaces, no index, full table scans. Rollback replaces processes one at a time and each blocked one waits out its grace period, so recovery was slow. #inbox-ops bits in inc9902-slack.txt (Dublin time)."""),
        ("111202", "Siobhan Ruane", "2025-10-17T15:00", """write-up for the status page: Between 11:46 - 11:57 UTC the Inbox was down in the USA region. Cause was a change to how unsafe URLs are processed."""),
        ("111203", "Ferdia Kwan", "2025-10-20T10:00", """tables co-located, alarm thresholds sharpened. cross-keyspace join block still in progress."""),
    ],
    "changelog": [
        ("Ferdia Kwan", "2025-10-17T12:21", [("status", "Open", "In Progress")]),
        ("Ferdia Kwan", "2025-10-20T10:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "inc9902-slack.txt", "zone": "Europe/Dublin", "referenceDate": "2025-10-17", "text": """
Siobhan Ruane  12:57
inbox loading again for the US test workspace, conversations open fine
"""}],
    "expected": {
        "events": [["2025-10-17T11:46Z", ["inbox was down"]], ["2025-10-17T11:57Z", ["inbox loading"]]],
        "keyTimes": {
            "started": kt("2025-10-17T11:46Z", S, "Between 11:46 - 11:57 UTC the Inbox was down in the USA region", "comment 111202"),
            "detected": kt(None, U),
            "resolved": kt("2025-10-17T11:57Z", S, "Between 11:46 - 11:57 UTC the Inbox was down in the USA region", "comment 111202")},
        "responders": [["Ferdia Kwan", None], ["Siobhan Ruane", "comms"]],
        "narrative": nar(["full table scans", "keyspaces"], ["rollback"], ["INC-9902"],
                         "Between 11:46 and 11:57 UTC on 17 October 2025 the Intercom Inbox was unusable for teammates in the USA region."),
    }})


# 12. Vercel 2024-08-07: edge compute provider blocked requests, two windows ------------------------------------------
I.append({
    "id": "vercel-2024-08-edge-gchat", "name": "Vercel 2024-08-07 Edge Middleware and Edge Functions errors (upstream compute provider configuration)",
    "issueId": "93112", "key": "EDGE-2731", "summary": "Edge Middleware / Edge Functions high error rates (max priority)",
    "reporter": "Ravi Menon", "assignee": "Solveig Park", "labels": ["p0", "edge", "upstream"],
    "components": ["edge-middleware", "edge-functions"], "created": "2024-08-07T19:20", "now": "2024-08-16T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Monitoring paged on elevated errors for Edge Middleware + Edge Functions invocations, opened max priority investigation. Serverless Functions, static and ISR look fine unless fronted by middleware.
First idea: the middleware runtime release from this morning? rolling it back just in case.""",
    "comments": [
        ("111301", "Solveig Park", "2024-08-07T19:35", """Rollback changed nothing - it's the specialized compute provider under edge. They are not respecting our global traffic config and block most of our requests. On a call with them. Our google chat thread below, times are Chicago (edge2731-gchat.txt)."""),
        ("111302", "Solveig Park", "2024-08-07T19:50", """careful: it dipped and came back once already. not calling it."""),
        ("111303", "Ravi Menon", "2024-08-09T17:00", """Public update text (final): The service disruption lasted 26 minutes, from 19:13 UTC to 19:23 UTC and 19:26 UTC to 19:42 UTC. 61% of all edge invocations affected. Remaining work: remove the single-provider dependency for edge compute."""),
    ],
    "changelog": [
        ("Solveig Park", "2024-08-07T19:21", [("status", "Open", "In Progress")]),
        ("Solveig Park", "2024-08-07T20:30", [("status", "In Progress", "Monitoring")]),
        ("Ravi Menon", "2024-08-09T17:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "edge2731-gchat.txt", "zone": "America/Chicago", "referenceDate": "2024-08-07", "text": """
Solveig Park, 2:23 PM
error rate dropping on edge, provider says config re-pushed
Ravi Menon, 2:26 PM
nope, errors back up across regions
Solveig Park, 2:42 PM
edge invocations healthy again, staying on the call with the provider
"""}],
    "expected": {
        "events": [["2024-08-07T19:13Z", ["19:13 UTC"]], ["2024-08-07T19:23Z", ["dropping"]],
                   ["2024-08-07T19:26Z", ["errors back"]], ["2024-08-07T19:42Z", ["healthy"]]],
        "keyTimes": {
            "started": kt("2024-08-07T19:13Z", S, "from 19:13 UTC to 19:23 UTC and 19:26 UTC to 19:42 UTC", "comment 111303"),
            "detected": kt(None, U),
            "resolved": kt("2024-08-07T19:42Z", S, "from 19:13 UTC to 19:23 UTC and 19:26 UTC to 19:42 UTC", "comment 111303")},
        "responders": [["Solveig Park", None], ["Ravi Menon", "comms"]],
        "narrative": nar(["global traffic config"], ["config re-pushed"], ["EDGE-2731"],
                         "From 19:13 to 19:23 UTC and again from 19:26 to 19:42 UTC on 7 August 2024 Vercel Edge Middleware and Edge Functions returned high error rates, affecting 61% of invocations."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

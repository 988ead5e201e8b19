"""Held-out 14 incidents: compact specs. SaaS, developer-tool, cloud, fintech and games companies, 2014-2025.
Timeline facts from each company's public post-mortem / status page (SOURCES-heldout14.md); people, ticket keys,
chat wording, alert payloads, team habits and the wrong first guesses are invented."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"


I = []

# 1. Epic Games, Unreal Engine Launcher unavailable, Sunday 7 September 2014 (incident report in EDT) -------------
I.append({
    "id": "unreal-2014-09-launcher-answerhub", "name": "Unreal Engine Launcher sign-in/install outage 7 September 2014 (buildinfo service killed by the OOM killer)",
    "issueId": "95101", "key": "UEL-907", "summary": "Launcher: \"No Version Information Received\" / 503 on sign in",
    "reporter": "Corinne Vale", "assignee": "Dmitri Hale", "labels": ["launcher", "sev2", "weekend"],
    "components": ["launcher-services", "buildinfo"], "created": "2014-09-07T14:40", "now": "2014-09-12T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Launcher sign in failing for a lot of people: "No Version Information Received", some get a 503. Install/update of engine versions also broken. Moved the forum thread to AnswerHub, pasted as uel907-forum.txt (the forum shows me Pacific time, that's my profile).

Looks like it started around 10am this morning when the first forum post came in??
My guess: Friday's launcher patch - the CDN is serving a half-published manifest. Workaround for users: "go offline" at the sign in screen.""",
    "comments": [
        ("140101", "Corinne Vale", "2014-09-07T15:05", """Not the patch, manifest hashes check out on the CDN. The AnswerHub folks narrowed it down: the hosts behind the load balancer are stopping the service one after the other. Escalating to SRE now (HipChat copy: uel907-hipchat.txt, Eastern)."""),
        ("140102", "Dmitri Hale", "2014-09-07T16:40", """Back up after the restart with a bigger heap. Adding an ELB healthy-host alert so this pages someone next time, leaving the ticket in monitoring over night."""),
        ("140103", "Ruth Okafor", "2014-09-10T18:00", """## Incident report (for the forum post)
All times listed in US EDT (-4 hours UTC).

- The service disruption began at 2:51AM when the hosts behind our load balancer began to stop the service (Out of Memory condition, the kernel killed the process).
- 9:54AM a concerned customer posted the issue to the Unreal Engine forums.
- 10:58AM the nature of the problem was found on AnswerHub.
- 11:31AM escalated to the site reliability team.
- 11:57AM SRE confirmed where the problem was sourced from.
- Immediate action was taken and service was restored at 12:07PM.

Nothing paged overnight: seven hours of outage before a customer told us.
- actions: alert when hosts behind the ELB are unhealthy, memory limits on the service, NOC checks on weekends."""),
    ],
    "changelog": [
        ("Dmitri Hale", "2014-09-07T15:32", [("status", "Open", "In Progress")]),
        ("Dmitri Hale", "2014-09-07T16:41", [("status", "In Progress", "Monitoring")]),
        ("Ruth Okafor", "2014-09-10T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "uel907-forum.txt", "zone": "America/Los_Angeles", "referenceDate": "2014-09-07", "text": """
AnswerHub thread (copied 7:35 AM, times as the forum shows them to me)
[09-07-2014, 06:54 AM] mkrieger: Launcher stuck on "No Version Information Received" since I got up, can't sign in
[09-07-2014, 07:12 AM] ArtOfPolygon: same here, 503 on sign in, EU
[09-07-2014, 07:26 AM] mkrieger: "go offline" works, the engine starts
[09-07-2014, 07:30 AM] Corinne (moderator): moved to AnswerHub, looking into it
"""},
        {"file": "uel907-hipchat.txt", "zone": "America/New_York", "referenceDate": "2014-09-07", "text": """
[11:31 AM] Corinne Vale: @here launcher service 503s for everyone, escalated to SRE, details in UEL-907
[11:38 AM] Dmitri Hale: looking. all 4 hosts behind the ELB marked unhealthy
[11:49 AM] Dmitri Hale: dmesg on prod03: Out of memory: Kill process 2231 (java) score 912 or sacrifice child
[11:57 AM] Dmitri Hale: confirmed - OOM killer taking the service down, restarting with a bigger heap
[12:07 PM] Dmitri Hale: all hosts InService, sign in works from here
[12:09 PM] Corinne Vale: forum says working too
"""},
    ],
    "expected": {
        "events": [["2014-09-07T06:51Z", ["disruption began"]], ["2014-09-07T13:54Z", ["launcher stuck", "posted"]],
                   ["2014-09-07T14:58Z", ["nature"]], ["2014-09-07T15:31Z", ["escalated"]],
                   ["2014-09-07T15:57Z", ["confirm"]], ["2014-09-07T16:07Z", ["restored", "sign in works"]]],
        "keyTimes": {
            "started": kt("2014-09-07T06:51Z", S, "The service disruption began at 2:51AM", "comment 140103"),
            "detected": kt("2014-09-07T13:54Z", S, "Launcher stuck on \"No Version Information Received\" since I got up", "uel907-forum.txt"),
            "resolved": kt("2014-09-07T16:07Z", S, "service was restored at 12:07PM", "comment 140103")},
        "responders": [["Dmitri Hale", None], ["Corinne Vale", None], ["Ruth Okafor", None]],
        "narrative": nar(["Out of Memory", "OOM"], ["restart"], ["UEL-907"],
                         "From 2:51 AM to 12:07 PM EDT on 7 September 2014 users could not sign in to the Unreal Engine Launcher or install and update engine versions.",
                         badly=["Nothing paged overnight"]),
    }})

# 2. Okta US Cell 2 service disruption, 24 April 2018 (RCA in PDT) --------------------------------------------------
I.append({
    "id": "okta-2018-04-cell2-teams", "name": "Okta US Cell 2 HTTP 500s 24 April 2018 (security patching hit a high-usage cache cluster)",
    "issueId": "95102", "key": "IDP-2404", "summary": "US Cell 2 - end users get HTTP 500, API integrations timing out",
    "reporter": "Aoife Brennan", "assignee": "Marcus Lind", "labels": ["sev1", "cell-2", "customer-facing"],
    "components": ["cell-2", "cache-tier"], "created": "2018-04-24T15:02", "now": "2018-05-02T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Cell 2 end users hitting HTTP 500 on sign in, API integrations timing out / slow. US morning peak so it's loud.
Started a few minutes ago?
First guess: the IdP signing cert rollover planned for this week went out early and SAML apps are failing. Pinging the identity team.""",
    "comments": [
        ("140201", "Marcus Lind", "2018-04-24T15:30", """Not the cert. The security patching this morning went to the wrong cache cluster (the high-usage one), and the patch script touched the nodes in an order that broke failover across the cluster. Teams thread from the bridge pasted as idp2404-teams.txt (Dublin time)."""),
        ("140202", "Aoife Brennan", "2018-04-24T16:10", """Trust site updated to resolved. Patching frozen for all cells until the review. Keeping this in monitoring."""),
        ("140203", "Aoife Brennan", "2018-04-26T17:00", """RCA as published, for the record:
On Tuesday, April 24th, 2018, beginning at approximately 7:53am PDT, Okta experienced a service disruption in US Cell 2.
The most significant period of impact was a 14-minute period between 7:53am and 8:07am.
The success rate began improving beginning at 8:07am and by 8:25am approximately 80% of requests were successfully being serviced.
Service was returned to normal in US Cell 2 at 8:48am PDT.
Root cause: a procedural error (manual review did not stop a high-usage cluster being selected) and an automation bug in the patch script (problematic sequencing of the change across the servers)."""),
    ],
    "changelog": [
        ("Marcus Lind", "2018-04-24T15:03", [("status", "Open", "In Progress")]),
        ("Aoife Brennan", "2018-04-24T16:11", [("status", "In Progress", "Monitoring")]),
        ("Aoife Brennan", "2018-04-26T17:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "idp2404-teams.txt", "zone": "Europe/Dublin", "referenceDate": "2018-04-24", "text": """
[24/04/2018 16:04] Marcus Lind
joined the bridge, it's already running. who has the patch script open?
[24/04/2018 16:07] Priyanka Rao
success rate turning up after we pulled the patched nodes, still ugly
[24/04/2018 16:25] Priyanka Rao
~80% of requests succeeding now
[24/04/2018 16:31] Marcus Lind
cache cluster failover sane again, remaining nodes re-added one at a time
[24/04/2018 16:48] Priyanka Rao
error rate at baseline, cell 2 normal
"""}],
    "expected": {
        "events": [["2018-04-24T14:53Z", ["disruption", "beginning"]], ["2018-04-24T15:07Z", ["improving", "turning up"]],
                   ["2018-04-24T15:25Z", ["80%"]], ["2018-04-24T15:48Z", ["normal"]]],
        "keyTimes": {
            "started": kt("2018-04-24T14:53Z", S, "beginning at approximately 7:53am PDT", "comment 140203"),
            "detected": kt(None, U),
            "resolved": kt("2018-04-24T15:48Z", S, "Service was returned to normal in US Cell 2 at 8:48am PDT", "comment 140203")},
        "responders": [["Marcus Lind", None], ["Aoife Brennan", None], ["Priyanka Rao", None]],
        "narrative": nar(["procedural error", "automation bug"], ["re-added"], ["IDP-2404"],
                         "From about 7:53am to 8:48am PDT on 24 April 2018 end users in Okta's US Cell 2 got HTTP 500 errors and API integrations saw errors and slow responses, worst in the first 14 minutes."),
    }})

# 3. Lichess MongoDB cascade, 16 January 2021 (and its repeat on 1 February) -------------------------------------
I.append({
    "id": "lichess-2021-01-mongo-irc", "name": "Lichess 16 January 2021 outage (MongoDB primaries crashing one after another; repeat on 1 February)",
    "issueId": "95103", "key": "LIL-116", "summary": "site 502 / games aborted early Saturday morning",
    "reporter": "Sven Aaltonen", "assignee": "Jonas Weber", "labels": ["outage", "database"],
    "components": ["lila", "mongodb"], "created": "2021-01-16T06:40", "now": "2021-02-05T12:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Lots of reports in the forum and on Discord: games aborted, site gave 502 early this morning (around 6:15 Paris time?). Seems fine now.
Was it the OVH network again like in December? Opening this so the admins can write down what happened.""",
    "comments": [
        ("140301", "Jonas Weber", "2021-01-16T08:10", """Not the network. The MongoDB primary and some secondaries crashed; each secondary that got elected primary crashed right away too. I restarted them all, one by one, and lila recovered by itself. #lila-ops log pasted (lil116-ops.txt, UTC). Filing a bug upstream."""),
        ("140302", "Jonas Weber", "2021-01-19T10:00", """MongoDB reproduced the crash. Likely culprit: an undocumented setting we use to raise the max BSON depth (study documents). Mental note to change how studies are stored; low priority for now."""),
        ("140303", "Jonas Weber", "2021-02-01T21:30", """Reopening: same thing tonight, several rounds of crash-one-by-one between 19:22 and 20:14 UTC, until we disabled studies. New study storage started, follow-up in LIL-201."""),
        ("140304", "Sven Aaltonen", "2021-02-04T18:00", """Post-mortem published. All times are UTC.
16 Jan: at 05:13 monitoring detected a very high number of errors and triggered an alert.
Normal service resumed at 05:23 according to monitoring and players.
1 Feb: crashes again, studies disabled; the study migration then had a bug and we re-ran it, erasing study changes made in a 3-hour window."""),
    ],
    "changelog": [
        ("Jonas Weber", "2021-01-16T06:41", [("status", "Open", "In Progress")]),
        ("Jonas Weber", "2021-01-16T08:15", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Jonas Weber", "2021-02-01T21:31", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Sven Aaltonen", "2021-02-04T18:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("LIL-201", "studies storage rewrite (crash on deep BSON documents)")],
    "pastes": [{"file": "lil116-ops.txt", "zone": "UTC", "referenceDate": "2021-01-16", "text": """
-- #lila-ops, 2021-01-16, times UTC --
05:13 <alertmanager> [FIRING:1] LilaErrorRate critical (5xx ratio 0.41, lila-main)
05:14 <jweber> looking
05:16 <jweber> mongo primary down, new primary elected... and it crashed too
05:19 <jweber> restarting the db nodes one by one
05:23 <jweber> cluster up, lila recovered by itself, moves flowing again
05:24 <alertmanager> [RESOLVED] LilaErrorRate
"""}],
    "expected": {
        "events": [["2021-01-16T05:13Z", ["alert", "FIRING"]], ["2021-01-16T05:23Z", ["resumed", "recovered"]],
                   ["2021-02-01T19:22Z", ["crash"]], ["2021-02-01T20:14Z", ["disabled studies"]]],
        "keyTimes": {
            "started": kt("2021-01-16T05:13Z", S, "at 05:13 monitoring detected a very high number of errors", "comment 140304"),
            "detected": kt("2021-01-16T05:13Z", S, "[FIRING:1] LilaErrorRate critical", "lil116-ops.txt"),
            "resolved": kt("2021-01-16T05:23Z", S, "Normal service resumed at 05:23", "comment 140304")},
        "responders": [["Jonas Weber", None], ["Sven Aaltonen", None]],
        "narrative": nar(["BSON depth"], ["restarted them all"], ["LIL-116", "LIL-201"],
                         "From 05:13 to 05:23 UTC on 16 January 2021 Lichess returned errors and games were aborted; the same database crash came back on 1 February from 19:22 to 20:14 UTC."),
    }})

# 4. Braintree gateway timeouts, 13 June 2019 (ISP upstream issue) ------------------------------------------------
I.append({
    "id": "braintree-2019-06-isp-slack", "name": "Braintree 13 June 2019 Gateway API timeouts (one ISP's upstream issue into one datacenter)",
    "issueId": "95104", "key": "GW-6130", "summary": "Merchants: API timeouts + Control Panel downloads failing",
    "reporter": "Kelsey Varga", "assignee": "Tomasz Bielecki", "labels": ["sev2", "gateway", "network"],
    "components": ["gateway-api", "edge-network"], "created": "2019-06-13T09:05", "now": "2019-06-17T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Merchants getting timeouts reaching the Gateway API, some Control Panel downloads failing too.
Seems to have started ~4am CT (first merchant tweet I saw).
Suspect last night's vault service deploy - rolling it back to be safe.""",
    "comments": [
        ("140401", "Kelsey Varga", "2019-06-13T11:20", """Status page history, copied as the page shows it (UTC):
- first post (time cut off in my copy): Investigating - We're investigating a networking issue that may be impacting the availability of the API or Control Panel for some merchants.
- Jun 13, 09:33 UTC - We are continuing to investigate this issue.
- Jun 13, 09:45 UTC - We are continuing to investigate this issue
- Jun 13, 10:15 UTC - The issue has been identified and a fix is being implemented.
- Jun 13, 10:44 UTC - We are continuing to work on a fix for this issue
- Jun 13, 10:59 UTC - A fix has been implemented and we are monitoring the results.
- Jun 13, 11:12 UTC - This incident has been resolved. The full incident impact window was 8:44 to 9:46 UTC."""),
        ("140402", "Tomasz Bielecki", "2019-06-14T15:50", """RFO text as posted:
Between 8:44 UTC and 9:46 UTC on 13 June 2019, impacted merchants encountered timeouts when attempting to reach Braintree's API endpoint during the incident window.
One ISP servicing one of our datacenters had an upstream issue preventing inbound traffic from reaching our servers. While engineers were quickly alerted to the connectivity errors, it took some time to properly determine which ISP was having issues. Once confirmed, they removed both the ISP and the datacenter from serving public traffic and error rates recovered.
The vault rollback was unrelated and has been re-applied."""),
        ("140403", "Kelsey Varga", "2019-06-17T14:00", """Actions: audit de-peering automation, ISP-level monitoring on the primary dashboards, resiliency for long outbound connectivity issues. Closing."""),
    ],
    "changelog": [
        ("Tomasz Bielecki", "2019-06-13T09:06", [("status", "Open", "In Progress")]),
        ("Kelsey Varga", "2019-06-13T11:00", [("status", "In Progress", "Monitoring")]),
        ("Kelsey Varga", "2019-06-17T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "gw6130-slack.txt", "zone": "America/Chicago", "referenceDate": "2019-06-13", "text": """
#gw-incidents
PagerDuty  APP  3:46 AM
:red_circle: Triggered #88213: gateway-api external probe timeouts > 20% (us-edge)
Kelsey Varga  3:49 AM
ack. probes from outside fail, inside looks healthy??
Kelsey Varga  4:05 AM
opened GW-6130. rolling back the vault deploy just in case
Tomasz Bielecki  4:21 AM
rollback didn't change anything. traceroutes from 3 of 5 probe sites die at one upstream ISP into DC2
Tomasz Bielecki  4:46 AM
ISP + DC2 pulled from public traffic (de-peer done), error rates recovering
Kelsey Varga  4:52 AM
:white_check_mark: timeouts gone on the probes
"""}],
    "expected": {
        "events": [["2019-06-13T08:44Z", ["impact window", "between"]], ["2019-06-13T09:33Z", ["continuing to investigate"]],
                   ["2019-06-13T09:45Z", ["continuing to investigate"]], ["2019-06-13T09:46Z", ["impact window", "de-peer"]],
                   ["2019-06-13T10:15Z", ["identified"]], ["2019-06-13T10:44Z", ["continuing to work"]],
                   ["2019-06-13T10:59Z", ["monitoring"]], ["2019-06-13T11:12Z", ["resolved"]]],
        "keyTimes": {
            "started": kt("2019-06-13T08:44Z", S, "Between 8:44 UTC and 9:46 UTC on 13 June 2019", "comment 140402"),
            "detected": kt("2019-06-13T08:46Z", S, "Triggered #88213: gateway-api external probe timeouts", "gw6130-slack.txt"),
            "resolved": kt("2019-06-13T09:46Z", S, "Between 8:44 UTC and 9:46 UTC on 13 June 2019", "comment 140402")},
        "responders": [["Kelsey Varga", None], ["Tomasz Bielecki", None]],
        "narrative": nar(["upstream issue"], ["de-peer"], ["GW-6130"],
                         "Between 8:44 and 9:46 UTC on 13 June 2019 some Braintree merchants got timeouts calling the Gateway API and some Control Panel features failed."),
    }})

# 5. Ably production cluster, 3 December 2018 (preliminary summary, 4-digit UTC times) ---------------------------
I.append({
    "id": "ably-2018-12-useast-slack", "name": "Ably 3 December 2018 elevated error rates, worst in us-east-1 (load spike after a us-west-1 update)",
    "issueId": "95105", "key": "RT-1203", "summary": "channel attach / publish errors - US East customers",
    "reporter": "Hannah Pryce", "assignee": "Owen Castellanos", "labels": ["major", "realtime", "sla"],
    "components": ["realtime-cluster", "us-east-1"], "created": "2018-12-03T15:48", "now": "2018-12-12T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Customers (3 enterprise accounts so far) report channel attach failures and publish errors, mostly US East. Status page shows degraded.
First guess: AWS us-east-1 having a bad day again? nothing on the AWS health dashboard yet.""",
    "comments": [
        ("140501", "Owen Castellanos", "2018-12-03T16:35", """Stable since we moved traffic off us-east-1. Leaving the region out until we understand why load didn't drop after the revert. Slack copy: rt1203-slack.txt."""),
        ("140502", "Owen Castellanos", "2018-12-04T11:00", """Preliminary summary (will go on a gist):
The incident lasted for a period of 65 minutes between 1520 and 1625 (all times in UTC) in which there were elevated error rates across all regions, with the greatest impact in us-east-1.
Channel creation error rates averaged 23%, message publish error rates around 46%.
The incident started as a system update was being deployed to the us-west-1 region; that region stayed healthy but load went up in us-east-1 and ap-southeast-1, and did not come down when the update was reverted.
The us-east region was reinstated at 1839, without any further disruption."""),
        ("140503", "Hannah Pryce", "2018-12-10T16:00", """For the customer comms / SLA credits:
window 15:20 → 16:25 UTC on 3 Dec (65 min), all regions, worst in us-east-1.
us-east-1 back in rotation at 18:39, no customer impact from that.
Credits per contract, commercial team is reaching out."""),
    ],
    "changelog": [
        ("Owen Castellanos", "2018-12-03T15:49", [("status", "Open", "In Progress")]),
        ("Owen Castellanos", "2018-12-03T16:36", [("status", "In Progress", "Monitoring")]),
        ("Hannah Pryce", "2018-12-10T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "rt1203-slack.txt", "zone": "Europe/London", "referenceDate": "2018-12-03", "text": """
(my scrollback starts when I joined #ops-incident, earlier messages not loaded)
Hannah Pryce  3:41 PM
joined. support queue filling up, mostly us-east customers
Owen Castellanos  3:44 PM
the us-west-1 update is reverted, but us-east-1 and ap-southeast-1 still overloaded
Owen Castellanos  3:58 PM
taking us-east-1 out of service, shifting traffic to the other regions
Hannah Pryce  4:27 PM
error rates back down across regions per the dashboard
Owen Castellanos  6:39 PM
us-east-1 reinstated, no disruption
"""}],
    "expected": {
        "events": [["2018-12-03T15:20Z", ["window"]], ["2018-12-03T16:25Z", ["window"]],
                   ["2018-12-03T18:39Z", ["reinstated", "back in rotation"]]],
        "keyTimes": {
            "started": kt("2018-12-03T15:20Z", S, "a period of 65 minutes between 1520 and 1625", "comment 140502"),
            "detected": kt(None, U),
            "resolved": kt("2018-12-03T16:25Z", S, "a period of 65 minutes between 1520 and 1625", "comment 140502")},
        "responders": [["Owen Castellanos", None], ["Hannah Pryce", None]],
        "narrative": nar(["system update"], ["out of service"], ["RT-1203"],
                         "From 15:20 to 16:25 UTC on 3 December 2018 Ably customers saw elevated error rates in all regions, worst in us-east-1 (about 23% of channel creations and 46% of publishes failed)."),
    }})

# 6. Linode EU-West (London) connectivity loss, 1 August 2022 -----------------------------------------------------
I.append({
    "id": "linode-2022-08-london-gchat", "name": "Linode EU-West (London) total connectivity loss 1 August 2022 (edge routers lost power during colo maintenance)",
    "issueId": "95106", "key": "NET-2208", "summary": "eu-west London unreachable, Frankfurt partial",
    "reporter": "Rafael Dominguez", "assignee": "Ines Ferraro", "labels": ["sev1", "network", "colo"],
    "components": ["edge-network", "eu-west"], "created": "2022-08-01T22:02", "now": "2022-08-09T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """eu-west (London) unreachable from everywhere, Frankfurt partially. The colo provider has a planned power maintenance tonight, window opened 5pm ET, so impact presumably since 5:00 PM? They said it would be non-impacting.
My guess: transit/peering trouble at LINX like last month, opened a ticket with upstream.
```
2022-08-01T21:40:07Z CRIT netmon edge-reach eu-west: 0/14 probes (rtr-lon-edge1, rtr-lon-edge2) severity=page
```""",
    "comments": [
        ("140601", "Ines Ferraro", "2022-08-01T23:50", """Service restored. The power feeds to both edge routers were not configured so that losing one source is harmless, so the maintenance took them down. Chat pasted (net2208-gchat.txt, ET). Ticket stays open for the colo follow-up."""),
        ("140602", "Rafael Dominguez", "2022-08-02T13:00", """Frankfurt reachability normal this morning, looks like it came back with London; no separate timestamp for it."""),
        ("140603", "Ines Ferraro", "2022-08-05T18:00", """Postmortem summary (UTC):
On August 1, 2022 from 21:00 UTC to August 2, 2022 5:00 UTC, our colocation provider performed planned power maintenance in EU-West (London). This unexpectedly led to 100% loss of connectivity in EU-West and a partial reduction in network reachability in EU-Central (Frankfurt).
Our engineers were alerted to EU-West's degraded state at 21:40 UTC and began investigating immediately.
At 22:10, our engineers engaged the local data center staff to physically move power cables.
At approximately 23:10 UTC, sufficient power was restored to each edge router.
Connection instability persisted and required a full reboot of each router. By 23:35 UTC, both edge routers were once again engaging in full traffic exchange, fully restoring service to EU-West."""),
    ],
    "changelog": [
        ("Ines Ferraro", "2022-08-01T22:03", [("status", "Open", "In Progress")]),
        ("Ines Ferraro", "2022-08-01T23:51", [("status", "In Progress", "Monitoring")]),
        ("Ines Ferraro", "2022-08-05T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "net2208-gchat.txt", "zone": "America/New_York", "referenceDate": "2022-08-01", "text": """
Rafael Dominguez, 6:04 PM
I'm IC. OOB console on both London edge routers works, PSU status: feed B down on both. so it IS the maintenance
Ines Ferraro, 6:10 PM
engaged the data center staff, they'll move the power cables for both routers
Ines Ferraro, 7:10 PM
DC confirms sufficient power restored to each edge router
Rafael Dominguez, 7:18 PM
power ok but forwarding still flapping. rebooting edge1 then edge2
Ines Ferraro, 7:35 PM
both edge routers exchanging full traffic, London reachable from all probes
Rafael Dominguez, 7:41 PM
closing the bridge. status post going out
"""}],
    "expected": {
        "events": [["2022-08-01T21:00Z", ["maintenance"]], ["2022-08-01T21:40Z", ["alerted", "edge-reach"]],
                   ["2022-08-01T22:10Z", ["engaged"]], ["2022-08-01T23:10Z", ["power"]],
                   ["2022-08-01T23:35Z", ["full traffic"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2022-08-01T21:40Z", S, "CRIT netmon edge-reach eu-west: 0/14 probes", "description"),
            "resolved": kt("2022-08-01T23:35Z", S, "By 23:35 UTC, both edge routers were once again engaging in full traffic exchange", "comment 140603")},
        "responders": [["Rafael Dominguez", "incident commander"], ["Ines Ferraro", None]],
        "narrative": nar(["not configured"], ["move the power cables", "reboot"], ["NET-2208"],
                         "On the evening of 1 August 2022 Linode's London data center lost all connectivity and Frankfurt was partly unreachable; London came back at 23:35 UTC."),
    }})

# 7. Photon Cloud US region, 20 July 2015 (provider power outage) -------------------------------------------------
I.append({
    "id": "photon-2015-07-uscloud-mail", "name": "Photon Cloud US region unavailable 20 July 2015 (provider datacenter power outage; unrelated stats outage)",
    "issueId": "95107", "key": "PHO-720", "summary": "US Cloud not accepting connections",
    "reporter": "Lena Hartmann", "assignee": "Malte Busch", "labels": ["outage", "us-cloud"],
    "components": ["photon-cloud-us", "stats-service"], "created": "2015-07-20T11:45", "now": "2015-07-24T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """US Cloud not accepting connections - customers' games in the US can't connect at all. EU / Asia fine, Chat Cloud fine.
Since the stats service broke yesterday I suspect the same docker OOM problem has spread to the US name servers. Checking.
Ops mailbox export pasted: pho720-mailbox.txt.""",
    "comments": [
        ("140701", "Malte Busch", "2015-07-20T12:10", """Not related to stats. The provider's datacenter lost power completely. Nothing to do on our side but wait; other regions unaffected, nothing to fail over to for US customers."""),
        ("140702", "Lena Hartmann", "2015-07-20T14:05", """US Cloud accepting connections again, customers confirm. Monitoring."""),
        ("140703", "Malte Busch", "2015-07-23T09:00", """Blog post (published today):
On Monday, 20th July, the Photon Cloud servers in the US Cloud were not available.
Players were affected from 11:22 UTC – 13:40 UTC. Shortly after that period, our servers started to accept connections again.
In that time, the datacenter of our provider suffered from a complete power outage.
Unrelated: the stats-service failed from Sunday 19-Jul-2015 09:23 UTC – 20-Jul-2015 10:39 UTC (docker handled an Out-of-Memory very badly, primary and secondary).
You may see stats data from some time before, where the stats-service was partially restored but not stable starting from 20-Jul-2015 8:20 UTC."""),
    ],
    "changelog": [
        ("Malte Busch", "2015-07-20T11:46", [("status", "Open", "In Progress")]),
        ("Lena Hartmann", "2015-07-20T14:06", [("status", "In Progress", "Monitoring")]),
        ("Malte Busch", "2015-07-23T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pho720-mailbox.txt", "zone": "Europe/Berlin", "referenceDate": "2015-07-20", "text": """
Mon 20.07.2015 13:24  monitoring@  [DOWN] us-cloud ns1/ns2 connect check failed from 3 locations
Mon 20.07.2015 13:31  support@ (studio in Austin)  "all our US players disconnected, nothing connects"
Mon 20.07.2015 13:50  provider NOC  "utility power lost, whole facility dark, no ETA yet"
Mon 20.07.2015 16:05  support@ (studio in Austin)  "we're back, thanks"
"""}],
    "expected": {
        "events": [["2015-07-19T09:23Z", ["stats-service failed"]], ["2015-07-20T08:20Z", ["partially restored"]],
                   ["2015-07-20T10:39Z", ["stats-service failed"]], ["2015-07-20T11:22Z", ["players were affected"]],
                   ["2015-07-20T13:40Z", ["players were affected"]]],
        "keyTimes": {
            "started": kt("2015-07-20T11:22Z", S, "Players were affected from 11:22 UTC – 13:40 UTC", "comment 140703"),
            "detected": kt("2015-07-20T11:24Z", S, "[DOWN] us-cloud ns1/ns2 connect check failed", "pho720-mailbox.txt"),
            "resolved": kt("2015-07-20T13:40Z", S, "Players were affected from 11:22 UTC – 13:40 UTC", "comment 140703")},
        "responders": [["Malte Busch", None], ["Lena Hartmann", None]],
        "narrative": nar(["power outage"], ["accept connections"], ["PHO-720"],
                         "From 11:22 to 13:40 UTC on 20 July 2015 games using Photon's US Cloud could not connect; other regions were not affected."),
    }})

# 8. Algolia indexing API, 29 January 2014 (8-minute partial outage after a deploy) -------------------------------
I.append({
    "id": "algolia-2014-01-indexing-sms", "name": "Algolia 29 January 2014 8-minute indexing API outage (deploy made indexers crash loop, slow rollback)",
    "issueId": "95108", "key": "IDX-129", "summary": "indexing API rejecting writes after deploy",
    "reporter": "Julien Marchal", "assignee": "Julien Marchal", "labels": ["deploy", "indexing", "partial-outage"],
    "components": ["indexing-api", "deploy"], "created": "2014-01-29T21:50", "now": "2014-02-03T12:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Indexing API rejected writes for a few minutes after tonight's deploy (the hierarchical objects fix). Search queries all fine.
When the SMS started I first thought it was the disk-free probe on build-2 flapping again, so I lost a bit of time there.
Rolled back, everything green. Opening for the post-mortem; SMS export pasted (idx129-sms.txt).""",
    "comments": [
        ("140801", "Julien Marchal", "2014-01-29T22:05", """Rollback = revert the commit, recompile, deploy. That took about 5 minutes of the outage. We need a rollback that does not recompile."""),
        ("140802", "Julien Marchal", "2014-01-29T23:40", """Blog draft:
Today (Jan 29) at 9:30pm UTC, our service experienced an 8 minute partial outage during which we rejected many write operations sent to the indexing API (exactly 2841 calls).
All search queries were honored; end users saw nothing.
A few seconds after entering the deploy password I started to receive a lot of text messages: our indexing processes were crash looping. I decided to roll back immediately."""),
        ("140803", "Claire Fontaine", "2014-01-31T10:00", """Actions agreed: one-command rollback to the previous binary (no recompile), deploy to a single cluster first and wait, probes stay as they are (they worked)."""),
    ],
    "changelog": [
        ("Julien Marchal", "2014-01-29T21:51", [("status", "Open", "In Progress")]),
        ("Claire Fontaine", "2014-01-31T10:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "idx129-sms.txt", "zone": "Europe/Paris", "referenceDate": "2014-01-29", "text": """
29/01/2014 22:30  +33 6 xx xx xx 12  [probe] PROCESS RESTART indexer on c4-eu-1 (3 in 60s)
29/01/2014 22:30  +33 6 xx xx xx 12  [probe] WRITE FAILURE indexing API c4-eu-2
29/01/2014 22:31  +33 6 xx xx xx 12  [probe] PROCESS RESTART indexer on c4-eu-3 (5 in 60s)
29/01/2014 22:31  +33 6 xx xx xx 12  [ext-probe] status page set to: Indexing degraded
"""}],
    "expected": {
        "events": [["2014-01-29T21:30Z", ["outage", "PROCESS RESTART", "WRITE FAILURE"]]],
        "keyTimes": {
            "started": kt("2014-01-29T21:30Z", S, "at 9:30pm UTC, our service experienced an 8 minute partial outage", "comment 140802"),
            "detected": kt("2014-01-29T21:30Z", S, "PROCESS RESTART indexer on c4-eu-1", "idx129-sms.txt"),
            "resolved": kt("2014-01-29T21:38Z", INF, "an 8 minute partial outage", "comment 140802")},
        "responders": [["Julien Marchal", None], ["Claire Fontaine", None]],
        "narrative": nar(["crash looping"], ["roll back"], ["IDX-129"],
                         "For 8 minutes from 9:30pm UTC on 29 January 2014 Algolia's indexing API rejected write operations (2841 calls); search was not affected."),
    }})

# 9. Chargebee US app servers, 9 May 2019 (monitoring code memory spike, second latency window) -------------------
I.append({
    "id": "chargebee-2019-05-appservers-slack", "name": "Chargebee 9 May 2019 US outage (monitoring code bug spiked app-server memory; second latency window)",
    "issueId": "95109", "key": "CB-5090", "summary": "US: admin console / API / checkout timing out",
    "reporter": "Karthik Raman", "assignee": "Divya Subramanian", "labels": ["p1", "us-dc", "status-page"],
    "components": ["app-servers", "api-us"], "created": "2019-05-09T14:05", "now": "2019-05-14T10:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """US app servers not responding: admin console, API (US), checkout and self-serve portal all timing out.
Started around 7:30 pm?
First guess: the DB failover the database team scheduled for tonight ran early.""",
    "comments": [
        ("140901", "Divya Subramanian", "2019-05-09T14:40", """I'll keep the status page comms. Status page so far (UTC):
- 14:32 UTC Monitoring - A fix has been implemented and we are monitoring the results.
- 14:36 UTC Update - We had noticed latency in connecting to our servers between 14:19 UTC and 14:27 UTC."""),
        ("140902", "Karthik Raman", "2019-05-09T17:10", """Marked resolved on the status page (17:04 UTC). Nothing on the graphs after the second latency bump. Slack copy: cb5090-slack.txt (IST)."""),
        ("140903", "Divya Subramanian", "2019-05-10T16:35", """Postmortem as published:
On 9th May, Chargebee suffered a major outage between 13:50 UTC and 14:00 UTC.
This was due to a bug in the internal monitoring code which resulted in quick spurt in memory consumption in our app servers, so the app servers became unresponsive.
We quickly added app servers to reduce the impact and blocked further requests to the particular action. Additional alerts added."""),
    ],
    "changelog": [
        ("Divya Subramanian", "2019-05-09T14:06", [("status", "Open", "In Progress")]),
        ("Divya Subramanian", "2019-05-09T14:33", [("status", "In Progress", "Monitoring")]),
        ("Karthik Raman", "2019-05-09T17:06", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "cb5090-slack.txt", "zone": "Asia/Kolkata", "referenceDate": "2019-05-09", "text": """
Datadog  APP  7:23 PM
:rotating_light: [Triggered] us-app p95 latency > 10s on 38/40 app servers
Karthik Raman  7:26 PM
memory on the app servers climbing like crazy. not the DB
Divya Subramanian  7:29 PM
adding app servers. blocking the monitoring collect action at the LB
Karthik Raman  7:31 PM
responses coming back
Divya Subramanian  7:52 PM
latency on connections again?? some nodes slow
Karthik Raman  7:58 PM
ok flat again
"""}],
    "expected": {
        "events": [["2019-05-09T13:50Z", ["outage"]], ["2019-05-09T14:00Z", ["outage"]],
                   ["2019-05-09T14:19Z", ["latency"]], ["2019-05-09T14:27Z", ["latency"]],
                   ["2019-05-09T14:32Z", ["monitoring"]], ["2019-05-09T14:36Z", ["update"]],
                   ["2019-05-09T17:04Z", ["resolved"]]],
        "keyTimes": {
            "started": kt("2019-05-09T13:50Z", S, "a major outage between 13:50 UTC and 14:00 UTC", "comment 140903"),
            "detected": kt("2019-05-09T13:53Z", S, "[Triggered] us-app p95 latency > 10s", "cb5090-slack.txt"),
            "resolved": kt("2019-05-09T14:27Z", S, "latency in connecting to our servers between 14:19 UTC and 14:27 UTC", "comment 140901")},
        "responders": [["Divya Subramanian", "comms"], ["Karthik Raman", None]],
        "narrative": nar(["monitoring code", "memory consumption"], ["added app servers"], ["CB-5090"],
                         "From 13:50 to 14:00 UTC on 9 May 2019 Chargebee's US admin console, API, checkout and portal did not respond, with slow connections again from 14:19 to 14:27 UTC."),
    }})

# 10. Maxio Advanced Billing degradation, 9-10 March 2024 (two windows, US DST change in between) ------------------
I.append({
    "id": "maxio-2024-03-billing-support", "name": "Maxio Advanced Billing 9-10 March 2024 system-wide degradation (background job ran an unindexed query; two windows)",
    "issueId": "95110", "key": "AB-3090", "summary": "Signups failing / renewals in processing errors",
    "reporter": "Brianna Colt", "assignee": "Priya Natarajan", "labels": ["sev1", "advanced-billing", "weekend"],
    "components": ["advanced-billing", "background-jobs"], "created": "2024-03-09T18:40", "now": "2024-03-20T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Merchants report signups failing on public signup pages and via API, renewals going into processing errors.
Since about 1:30pm?
First guess: the payment gateway is degraded (their status page shows a card network incident). Escalating to engineering anyway.
Support queue export: ab3090-support.txt.""",
    "comments": [
        ("141001", "Priya Natarajan", "2024-03-09T20:50", """Stopped the background process that was eating the database. Performance normal since ~3:35 ET. Resolving; we'll watch the renewals overnight."""),
        ("141002", "Gus Abernathy", "2024-03-10T15:30", """Reopening - same degradation this morning. Chat in ab3090-sun.txt (my laptop is on Pacific)."""),
        ("141003", "Priya Natarajan", "2024-03-10T17:30", """Fixed for real this time: the query is indexed and the job has a guard for that data condition. Subscriptions stuck in processing errors are being cleared by the team."""),
        ("141004", "Brianna Colt", "2024-03-14T16:00", """Postmortem as posted:
On 3/09 from 18:00 UTC to 20:35 UTC and 3/10/2024 from 15:15 UTC to 17:08 UTC, the Advanced Billing system encountered a system-wide performance degradation that primarily affected signups, renewals, product migrations and reactivations.
The degradation was the result of a system background process that encountered a rare data condition that triggered an unindexed query to run, consuming system resources."""),
    ],
    "changelog": [
        ("Priya Natarajan", "2024-03-09T18:41", [("status", "Open", "In Progress")]),
        ("Priya Natarajan", "2024-03-09T20:55", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Gus Abernathy", "2024-03-10T15:25", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Priya Natarajan", "2024-03-10T17:31", [("status", "Reopened", "Monitoring")]),
        ("Brianna Colt", "2024-03-14T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ab3090-support.txt", "zone": "America/New_York", "referenceDate": "2024-03-09", "text": """
Support queue export - Sat 3/9 (ET)
1:12 PM  #481220  Merchant (box subscriptions): public signup page spinning then error, 3 customers complained
1:19 PM  #481224  Merchant (SaaS, API): POST /subscriptions timing out
1:40 PM  escalated to engineering as AB-3090
"""},
        {"file": "ab3090-sun.txt", "zone": "America/Los_Angeles", "referenceDate": "2024-03-10", "text": """
Sunday, March 10
Gus Abernathy  8:21 AM
renewals erroring again. same background job hogging the db?
Gus Abernathy  8:40 AM
yes. killing the job, it restarts and picks the same row
Priya Natarajan  9:55 AM
pushed the index + guard, job drained. signups/renewals ok on synthetic checks
"""},
    ],
    "expected": {
        "events": [["2024-03-09T18:00Z", ["degradation"]], ["2024-03-09T20:35Z", ["degradation", "normal"]],
                   ["2024-03-10T15:15Z", ["degradation"]], ["2024-03-10T17:08Z", ["degradation"]]],
        "keyTimes": {
            "started": kt("2024-03-09T18:00Z", S, "On 3/09 from 18:00 UTC to 20:35 UTC", "comment 141004"),
            "detected": kt("2024-03-09T18:12Z", S, "public signup page spinning then error", "ab3090-support.txt"),
            "resolved": kt("2024-03-10T17:08Z", S, "3/10/2024 from 15:15 UTC to 17:08 UTC", "comment 141004")},
        "responders": [["Priya Natarajan", None], ["Gus Abernathy", None], ["Brianna Colt", None]],
        "narrative": nar(["unindexed query"], ["indexed"], ["AB-3090"],
                         "On 9 March 2024 from 18:00 to 20:35 UTC and on 10 March from 15:15 to 17:08 UTC Maxio Advanced Billing signups, renewals and migrations failed or were paused with processing errors."),
    }})

# 11. Beyond Identity intermittent authentication failures, 7 June 2022 (status page in CDT) ----------------------
I.append({
    "id": "beyondidentity-2022-06-auth-slack", "name": "Beyond Identity 7 June 2022 intermittent authentication failures (directory service crash on a user action sequence)",
    "issueId": "95111", "key": "AUTH-607", "summary": "passwordless logins failing on and off (US)",
    "reporter": "Noah Feld", "assignee": "Caleb Mwangi", "labels": ["sev2", "authentication", "us"],
    "components": ["directory-service", "auth-service"], "created": "2022-06-07T18:50", "now": "2022-06-13T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Customers' passwordless logins failing intermittently (auth service 5xx), directory service pods restarting.
Started ~2:30 PM ET?
Guessing it's the 1:45 PM ET directory-service deploy, rolling it back.""",
    "comments": [
        ("141101", "Caleb Mwangi", "2022-06-07T19:15", """Status page (it posts in CDT):
- 14:06 CDT Monitoring - We identified an issue with the authentication service. The issue was fixed within minutes. The engineering team is monitoring the situation.
- 14:10 CDT Update - We are continuing to monitor for any further issues.
Customer thread from the shared channel: auth607-slack.txt (Central)."""),
        ("141102", "Noah Feld", "2022-06-07T22:10", """Status page resolved at 17:04 CDT. The rollback of the 1:45 PM deploy made no difference (unrelated), re-deployed it."""),
        ("141103", "Caleb Mwangi", "2022-06-08T16:45", """Postmortem (Posted Jun 08, 2022 - 11:41 CDT):
Intermittent authentication failures occurred between June 7th, 2022, at 1:06 pm (CDT) and 1:38 pm (CDT).
Cause: a specific user action in a specific sequence caused the directory service to crash. It recovered itself immediately; during the few seconds it took to come back, authentications failed.
Mitigation: SRE identified the root cause and prevented the sequence from being executed; permanent fix in the directory service."""),
    ],
    "changelog": [
        ("Caleb Mwangi", "2022-06-07T18:51", [("status", "Open", "In Progress")]),
        ("Noah Feld", "2022-06-07T22:12", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "auth607-slack.txt", "zone": "America/Chicago", "referenceDate": "2022-06-07", "text": """
#ext-acme-corp (shared)
Renata Ortiz (Acme IT)  1:08 PM
hey folks, our users are getting "authentication failed" on and off for the last couple of minutes
Caleb Mwangi  1:11 PM
thanks Renata, looking. directory service in a crash/restart loop
Caleb Mwangi  1:40 PM
found the sequence that crashes it (one specific user action), blocked it. no crashes since 1:38
Renata Ortiz (Acme IT)  1:45 PM
confirmed, logins fine here
"""}],
    "expected": {
        "events": [["2022-06-07T18:06Z", ["authentication failures"]], ["2022-06-07T18:38Z", ["authentication failures", "no crashes"]],
                   ["2022-06-07T19:06Z", ["monitoring"]], ["2022-06-07T19:10Z", ["continuing"]],
                   ["2022-06-07T22:04Z", ["resolved"]], ["2022-06-08T16:41Z", ["postmortem", "posted"]]],
        "keyTimes": {
            "started": kt("2022-06-07T18:06Z", S, "between June 7th, 2022, at 1:06 pm (CDT) and 1:38 pm (CDT)", "comment 141103"),
            "detected": kt("2022-06-07T18:08Z", S, "our users are getting", "auth607-slack.txt"),
            "resolved": kt("2022-06-07T18:38Z", S, "between June 7th, 2022, at 1:06 pm (CDT) and 1:38 pm (CDT)", "comment 141103")},
        "responders": [["Caleb Mwangi", None], ["Noah Feld", None]],
        "narrative": nar(["specific sequence", "directory service"], ["prevented the sequence"], ["AUTH-607"],
                         "Between 1:06 pm and 1:38 pm CDT on 7 June 2022 some Beyond Identity authentications failed intermittently."),
    }})

# 12. Linode Fremont datacenter power outage, 30 May 2015 (UTC), evening of 29 May locally ------------------------
I.append({
    "id": "linode-2015-05-fremont-irc", "name": "Linode Fremont datacenter outage 30 May 2015 (utility outage, one generator failed to start)",
    "issueId": "95112", "key": "DC-530", "summary": "FREMONT - entire deployment unreachable",
    "reporter": "Wes Tanaka", "assignee": "Jill Bell", "labels": ["sev1", "fremont", "power"],
    "components": ["fremont-dc", "hosts"], "created": "2015-05-30T01:50", "now": "2015-06-05T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Entire Fremont deployment unreachable, every host.
Looks like since ~6:45pm?
Guess: the core switch stack in the Fremont cage died (the one that was flagged last week). NOC IRC pasted as dc530-noc.txt.""",
    "comments": [
        ("141201", "Jill Bell", "2015-05-30T07:30", """Most Linodes booted. A number of hosts did not survive the sudden power loss, working through them with hot and cold spares. Leaving In Progress."""),
        ("141202", "Wes Tanaka", "2015-05-30T20:00", """Last hosts repaired this afternoon. Nobody logged when the last customer Linode was back up - the host tickets were closed through the day."""),
        ("141203", "Jill Bell", "2015-06-02T17:00", """Status post (UTC):
At approximately 01:30 UTC, on May 30, 2015, the power utility (PG&E) experienced an outage affecting our Fremont datacenter. Seven of the facility's eight generators started correctly; one generator experienced an electromechanical failure and failed to start, which caused an outage of our entire deployment in Fremont.
PG&E gave an initial ETR of 04:30 UTC, later revised to 05:00 UTC and then 06:30 UTC. Utility power was actually restored at 06:05 UTC.
The generator's starting battery failed under load; the vendor replaced the batteries. Critical infrastructure first, then customer Linodes were booted."""),
    ],
    "changelog": [
        ("Jill Bell", "2015-05-30T01:51", [("status", "Open", "In Progress")]),
        ("Wes Tanaka", "2015-05-30T20:01", [("status", "In Progress", "Monitoring")]),
        ("Jill Bell", "2015-06-02T17:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dc530-noc.txt", "zone": "America/Los_Angeles", "referenceDate": "2015-05-29", "text": """
[18:31] <nagios> PROBLEM: fremont-core-agg1 / fremont hosts 0/412 reachable CRITICAL
[18:33] <wtanaka> whole DC dark?
[18:41] <jbell> facility says PG&E utility outage, generators running... except one
[19:02] <jbell> PG&E ETR 04:30 UTC
[20:15] <jbell> ETR revised to 05:00 UTC
[21:40] <jbell> ETR now 06:30 UTC
[23:05] <jbell> utility power restored
[23:20] <wtanaka> critical infra up, starting customer Linode boots
"""}],
    "expected": {
        "events": [["2015-05-30T01:30Z", ["power utility", "outage"]], ["2015-05-30T06:05Z", ["restored"]]],
        "keyTimes": {
            "started": kt("2015-05-30T01:30Z", S, "At approximately 01:30 UTC, on May 30, 2015", "comment 141203"),
            "detected": kt("2015-05-30T01:31Z", S, "PROBLEM: fremont-core-agg1 / fremont hosts 0/412 reachable", "dc530-noc.txt"),
            "resolved": kt(None, U)},
        "responders": [["Jill Bell", None], ["Wes Tanaka", None]],
        "narrative": nar(["failed to start", "battery"], ["booted"], ["DC-530"],
                         "From about 01:30 UTC on 30 May 2015 (evening of 29 May in California) every Linode in Fremont was down until utility power came back at 06:05 UTC and hosts were booted and repaired one by one."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

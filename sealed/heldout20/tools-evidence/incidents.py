"""Held-out 20 incidents: compact specs. Software, SaaS, developer-tool, consumer-app and game incidents, 2014-2026,
seen from the responders of the company (or of a customer of the failing vendor). Timeline facts from each public
post-mortem / status text (SOURCES-heldout20.md); people, ticket keys, chat wording, alert payloads, wrong first
guesses and the minutes SOURCES lists as invented are made up."""
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


# 1. Codeship, 1-2 December 2014: DNS provider DNSimple under a volumetric DDoS; Codeship moved provider -----------
inc("codeship-2014-12-dnsimple-hangout", "Codeship unreachable 1-2 December 2014 (DNS provider DNSimple under DDoS, records moved to a second provider)",
    "97101", "CI-1201", "app.codeship.io and webhooks unreachable - DNS not resolving",
    "Megan Holloway", "Florian Aigner", ["sev1", "vendor", "dns"], ["dns", "web-app", "webhooks"],
    "2014-12-01T20:05", "2014-12-08T12:00:00Z", "America/New_York",
    """Customers on Twitter: codeship.io does not resolve, GitHub webhooks to us fail. Our servers are all fine.
Looks like our DNS provider (DNSimple) is down, started around 2pm? Vienna office Slack copy in ci1201-slack.txt (their clocks), DNSimple status page copy in ci1201-dnsimple-status.txt.""",
    [("160101", "Florian Aigner", "2014-12-01T21:40", """DNSimple says a DDoS, no ETA. TTL on our records is 3600s, so by now most resolvers have dropped us. Proposal: move the zone to a second provider, we have every record in the deploy repo."""),
     ("160102", "Megan Holloway", "2014-12-01T22:35", """Their management UI is down too, so we cannot lower TTLs or export; building the zone at the new provider from our repo. Registrar change for the NS records filed 5:31 PM."""),
     ("160103", "Florian Aigner", "2014-12-02T03:20", """New provider answering for codeship.io now, 10:14 PM our time. Builds and webhooks flowing again as resolvers pick up the NS change. Monitoring overnight.""", True),
     ("160104", "Megan Holloway", "2014-12-02T09:30", """DNSimple status says fully restored at 08:17 UTC. We stay on the new provider for now; moving back is a separate ticket."""),
     ("160105", "Florian Aigner", "2014-12-04T15:00", """## Recap for the incident report (UTC)
- Impact for our customers started at 19:09 UTC on December 1, when DNSimple stopped answering.
- 19:31 UTC first Pingdom alert to on-call (cached records had kept most users working until then).
- By 20:09 UTC the 3600s TTL had run out almost everywhere and most of the world could not connect.
- At 3:14 UTC on December 2, our DNS records were being returned by the new provider, and service was restored.
DNSimple's own all-clear at 08:17 UTC is theirs, not ours. TTLs raised to 24h, second provider kept as follow-up CI-1210.""")],
    [start("Florian Aigner", "2014-12-01T20:07"), mon("Florian Aigner", "2014-12-02T03:25"),
     done("Megan Holloway", "2014-12-04T15:05", "Monitoring")],
    [P("ci1201-slack.txt", "Europe/Vienna", "2014-12-01", """
[20:31] Pingdom: DOWN alert: codeship.io (https) is DOWN since 01.12.2014 20:29:47
[20:33] florian: acking. web servers fine, load normal. dig codeship.io @8.8.8.8 -> SERVFAIL
[20:48] anna.k: DNSimple web also not resolving, their twitter says investigating
[21:12] florian: support queue exploding, people can't reach us at all now
[23:05] florian: Megan is building the zone at the second provider from the repo
"""),
     P("ci1201-dnsimple-status.txt", "UTC", "2014-12-01", """
DNSimple Status - Major outage - Name servers, web site and redirector
Dec 1, 19:09 UTC - Monitoring alerted: dnsimple.com web site is not resolving. Status set to major outage automatically.
Dec 1, 19:19 UTC - We are investigating DNS resolution issues.
Dec 1, 19:30 UTC - Whole team assembled on a Google Hangout; traffic looks like a volumetric DDoS.
Dec 2, 08:17 UTC - Resolved: service fully restored. An incident report will follow.
""")],
    [["2014-12-01T19:09Z", ["not resolving", "stopped answering"]], ["2014-12-01T19:19Z", ["investigating"]],
     ["2014-12-01T19:31Z", ["DOWN", "Pingdom"]], ["2014-12-01T20:09Z", ["could not connect"]],
     ["2014-12-02T03:14Z", ["new provider"]], ["2014-12-02T08:17Z", ["fully restored"]]],
    kt("2014-12-01T19:09Z", S, "Impact for our customers started at 19:09 UTC on December 1", "comment 160105"),
    kt("2014-12-01T19:31Z", S, "[20:31] Pingdom: DOWN alert", "ci1201-slack.txt"),
    kt("2014-12-02T03:14Z", S, "At 3:14 UTC on December 2, our DNS records were being returned by the new provider", "comment 160105"),
    ["Florian Aigner", "Megan Holloway"], ["DDoS", "TTL"], ["second provider"],
    "From 19:09 UTC on 1 December to 03:14 UTC on 2 December 2014 Codeship's site, API and webhooks could not be reached by name.",
    ("https://www.cloudbees.com/blog/dnsimple-ddos-outage", "Incident Report: DNSimple DDoS Attack (Codeship)"),
    ("CI-1210", "Follow-up: keep a second DNS provider, TTL 24h"))

# 2. crates.io, 20 July 2023: a deploy broke every crate download for 13 minutes ------------------------------------
inc("cratesio-2023-07-downloads-zulip", "crates.io crate downloads broken 20 July 2023 (download redirect URL missing a slash after a deploy)",
    "97102", "REG-720", "cargo: Couldn't resolve host static.crates.iocrates - all downloads failing",
    "Jonas Weber", "Tamsin Reid", ["sev1", "deploy", "registry"], ["download-endpoint", "cdn"],
    "2023-07-20T12:40", "2023-07-24T09:00:00Z", "Europe/Berlin",
    """cargo builds failing everywhere with "spurious network error ... Couldn't resolve host". Probably the CDN again, since ~14:00?
Zulip thread copied in reg720-zulip.txt (Berlin time), deploy log in reg720-deploy.log (UTC).""",
    [("161101", "Tamsin Reid", "2023-07-20T12:55", """Not the CDN: the redirect goes to `https://static.crates.iocrates/...`, the slash between CDN prefix and path is missing. Rolled back, downloads work. Leaving open for the fix + test."""),
     ("161102", "Jonas Weber", "2023-07-20T16:10", """Fix with a test using the production-shaped CDN prefix merged and deployed 17:58 (Berlin). Checked a few hundred downloads, fine."""),
     ("161103", "Tamsin Reid", "2023-07-21T08:30", """## Postmortem summary (as published)
On 2023-07-20 between 12:17 and 12:30 UTC all crate downloads from crates.io were broken due to a deployment that contained a bug in the download URL generation.
Precursor, not impact: the object_store migration PR was merged at 17:41 UTC on 2023-07-19 and sat in main until this deploy.
About 3.7M failed requests including cargo retries. My "since ~14:00" in the description was wrong.""")],
    [start("Tamsin Reid", "2023-07-20T12:42"), done("Jonas Weber", "2023-07-24T08:45")],
    [P("reg720-zulip.txt", "Europe/Berlin", "2023-07-20", """
tamsin (14:24): deploy is out. requests per second on the download endpoint way up, 3x normal?? looking
ferris_fan (14:26): hey, all downloads broken for me: Couldn't resolve host name (static.crates.iocrates)
tamsin (14:27): oh. that's the missing slash. rolling back now
tamsin (14:31): rollback live, downloads OK again
ferris_fan (14:33): confirmed, cargo build works
"""),
     P("reg720-deploy.log", "UTC", "2023-07-20", """
2023-07-20T12:17:02Z heroku release v4512 crates-io deployed (object_store migration)
2023-07-20T12:29:41Z heroku rollback to v4511 started
2023-07-20T12:30:05Z heroku release v4513 (rollback of v4512) deployed
2023-07-20T15:58:30Z heroku release v4514 crates-io deployed (fix download URL slash)
""")],
    [["2023-07-19T17:41Z", ["merged"]], ["2023-07-20T12:17Z", ["deployed", "broken"]], ["2023-07-20T12:24Z", ["requests per second"]],
     ["2023-07-20T12:26Z", ["downloads broken"]], ["2023-07-20T12:30Z", ["rollback"]], ["2023-07-20T15:58Z", ["fix"]]],
    kt("2023-07-20T12:17Z", S, "between 12:17 and 12:30 UTC all crate downloads from crates.io were broken", "comment 161103"),
    kt("2023-07-20T12:24Z", S, "requests per second on the download endpoint way up", "reg720-zulip.txt"),
    kt("2023-07-20T12:30Z", S, "between 12:17 and 12:30 UTC all crate downloads from crates.io were broken", "comment 161103"),
    ["Tamsin Reid", "Jonas Weber"], ["missing", "slash"], ["rolled back"],
    "Between 12:17 and 12:30 UTC on 20 July 2023 every crate download from crates.io failed.",
    ("https://blog.rust-lang.org/inside-rust/2023/07/21/crates-io-postmortem.html", "Postmortem: Broken Crate Downloads"),
    ("REG-725", "Follow-up: test download redirects with production-shaped config"))

# 3. crates.io, 20 February 2020: index pushes lost during a GitHub outage, reported by a user -----------------------
inc("cratesio-2020-02-index-discord", "crates.io published crates missing from the index 20 February 2020 (index push failures reported as success during a GitHub outage)",
    "97103", "REG-220", "Published crate not in the index after 10 min",
    "Pietro Conti", "Pietro Conti", ["sev2", "data-loss", "registry"], ["index-sync", "background-jobs"],
    "2020-02-20T21:40", "2020-02-28T10:00:00Z", "Europe/Rome",
    """A user says their crate was published (cargo publish OK) but is not in the index, 10 minutes later still missing.
GitHub is having problems right now, maybe just slow? Discord copy in reg220-discord.txt (my clock, Rome).""",
    [("162101", "Pietro Conti", "2020-02-20T22:05", """Not slow: the job that pushes index commits to GitHub got an unexpected response from GitHub, reported success and was removed from the queue. The commits were never pushed. Nobody got paged, the job monitor only sees failing jobs."""),
     ("162102", "Sofia Lindqvist", "2020-02-20T22:52", """Patch reviewed and deployed straight to production (deploy finished 23:51 our time). No cherry-pick branch, so a lot of unrelated merged changes went out with it."""),
     ("162103", "Pietro Conti", "2020-02-21T00:20", """First new index commit landed on GitHub twelve minutes after the deploy finished; uploads reach the index again. Removed the broken entries from the database by hand and asked the authors to publish again."""),
     ("162104", "Pietro Conti", "2020-02-26T09:00", """Incident report posted on the Inside Rust blog. We do not know when the first push was lost: the GitHub outage had already begun and nothing logged a failure. Known affected crates are listed in the post.""")],
    [start("Pietro Conti", "2020-02-20T21:45"), done("Pietro Conti", "2020-02-26T09:05")],
    [P("reg220-discord.txt", "Europe/Rome", "2020-02-20", """
[22:28] ouroboros_dev: published my crate 10 minutes ago and it's still not available on the index, cargo can't find it. anyone?
[22:31] pietro: looking. GitHub status is red, might be related
[22:44] pietro: the index job says success but the commit isn't there. that's bad
[23:10] sofia: fix is up for review
""")],
    [["2020-02-20T21:28Z", ["not available"]], ["2020-02-20T21:44Z", ["success"]], ["2020-02-20T22:51Z", ["deploy"]]],
    kt(None, U),
    kt("2020-02-20T21:28Z", S, "published my crate 10 minutes ago and it's still not available on the index", "reg220-discord.txt"),
    kt("2020-02-20T23:03Z", INF, "First new index commit landed on GitHub twelve minutes after the deploy finished", "comment 162103"),
    ["Pietro Conti", "Sofia Lindqvist"], ["reported success", "GitHub"], ["deployed"],
    "On 20 February 2020, during a GitHub outage, crates published to crates.io did not appear in the index until shortly after 23:00 UTC; some uploads were lost and had to be published again.",
    ("https://blog.rust-lang.org/inside-rust/2020/02/26/crates-io-incident-report.html", "crates.io incident report for 2020-02-20"),
    ("REG-228", "Follow-up: periodic database/index consistency check"))

# 4. Small Giant Games (Empires & Puzzles), 12 August 2020: index drop broke the MongoDB replica set ------------
inc("smallgiant-2020-08-mongo-teams", "Empires & Puzzles players kicked out 12 August 2020 (old index dropped before the new one existed on the secondaries)",
    "97104", "GAME-812", "Players kicked out, cannot log in - game servers timing out on DB writes",
    "Aino Virtanen", "Mikko Lahti", ["sev1", "database", "players"], ["mongodb", "game-server"],
    "2020-08-12T10:55", "2020-08-19T12:00:00Z", "Europe/Helsinki",
    """Game kicks players out and nobody can get back in. Mongo primary stuck on writes. We think it started around 13:45?
Teams chat copied in game812-teams.txt (Helsinki), alert log in game812-alerts.log (UTC).""",
    [("163101", "Mikko Lahti", "2020-08-12T11:30", """Both secondaries unhealthy since the old player-data index was dropped; the primary waits for a secondary acknowledgement on the important writes, so they hang forever. Rebuilding a secondary."""),
     ("163102", "Aino Virtanen", "2020-08-12T14:10", """Secondary rebuilt and in sync, majority writes complete again. Letting players back in gradually."""),
     ("163103", "Aino Virtanen", "2020-08-12T16:00", """Forum post and compensation pack announced at 19:00 our time. Keeping the ticket until the index change is redone properly."""),
     ("163104", "Mikko Lahti", "2020-08-14T09:00", """## Post mortem notes (for the forum post)
At 10:20 UTC the index creation completed on the primary database. Harmless on its own.
At 10:36 UTC the engineer dropped the old index; the game started to kick players out and did not let new players in.
The problems lasted for 4 hours and 40 minutes, by far the longest downtime we've ever had.
The description's "around 13:45" was the first alert we looked at, not the start.""")],
    [start("Mikko Lahti", "2020-08-12T11:00"), done("Aino Virtanen", "2020-08-18T07:30")],
    [P("game812-teams.txt", "Europe/Helsinki", "2020-08-12", """
Mikko Lahti [13:36]
dropping the old index on player_data now, new one finished building
Aino Virtanen [13:41]
CS says players are kicked out of raids?
Mikko Lahti [13:44]
secondaries are both unhealthy. primary still up but writes hang
Aino Virtanen [13:58]
login is failing for everyone now, putting up the maintenance banner
"""),
     P("game812-alerts.log", "UTC", "2020-08-12", """
2020-08-12T10:39:12Z CRITICAL mongo-rs0 replica member db-2 state RECOVERING (unhealthy)
2020-08-12T10:39:40Z CRITICAL mongo-rs0 replica member db-3 state RECOVERING (unhealthy)
2020-08-12T10:45:03Z CRITICAL game-login error rate 97% (availability)
2020-08-12T12:40:55Z INFO mongo-rs0 db-2 initial sync started
""")],
    [["2020-08-12T10:20Z", ["index creation completed"]], ["2020-08-12T10:36Z", ["dropped", "dropping"]],
     ["2020-08-12T10:39Z", ["unhealthy"]], ["2020-08-12T10:45Z", ["login"]], ["2020-08-12T12:40Z", ["initial sync"]]],
    kt("2020-08-12T10:36Z", S, "At 10:36 UTC the engineer dropped the old index", "comment 163104"),
    kt("2020-08-12T10:39Z", S, "2020-08-12T10:39:12Z CRITICAL mongo-rs0 replica member db-2", "game812-alerts.log:1"),
    kt("2020-08-12T15:16Z", INF, "The problems lasted for 4 hours and 40 minutes", "comment 163104"),
    ["Mikko Lahti", "Aino Virtanen"], ["index", "secondaries"], ["rebuilt"],
    "From 10:36 UTC on 12 August 2020, for 4 hours 40 minutes, Empires & Puzzles kicked players out and let no one log in.",
    ("https://forum.smallgiantgames.com/t/post-mortem-on-the-server-downtime-on-the-12th-of-august/199785", "Post Mortem on the Server Downtime on the 12th of August"),
    ("GAME-820", "Follow-up: index change runbook for replica sets"))

# 5. CCP Games (EVE Online / DUST 514), 2-3 June 2014: DDoS on Tranquility, cluster taken offline ------------------
inc("eve-2014-06-ddos-irc", "EVE Online Tranquility offline 2-3 June 2014 (DDoS, cluster taken offline, brief reopening, vulnerability fixed)",
    "97105", "TQ-602", "Tranquility unreachable - DDoS on the cluster",
    "Einar Sigurdsson", "Hanna Gudmundsdottir", ["sev1", "ddos", "tranquility"], ["tranquility", "network-edge"],
    "2014-06-02T02:20", "2014-06-09T12:00:00Z", "Atlantic/Reykjavik",
    """Players cannot connect to TQ (EVE and DUST). Looks like a DDoS on the cluster, but maybe the router firmware from last week?
London ops IRC log in tq602-irc.txt (London clocks, BST). Status posts in tq602-status.txt.""",
    [("164101", "Hanna Gudmundsdottir", "2014-06-02T03:15", """Decision taken to take Tranquility offline until the attack is understood. Not the firmware: traffic is external and aimed at the cluster."""),
     ("164102", "Einar Sigurdsson", "2014-06-02T15:30", """We opened TQ briefly at 14:51 and closed it again to look at a weakness the attack exposed. Testing the fix now."""),
     ("164103", "Hanna Gudmundsdottir", "2014-06-03T10:40", """TQ online again since 10:13, player count climbing, no attack traffic getting through. Watching."""),
     ("164104", "Einar Sigurdsson", "2014-06-05T11:00", """## Recap for the dev blog (UTC)
- 2 June 02:05 UTC: staff recorded a DDoS attack on the Tranquility cluster (first page to on-call).
- 03:07 UTC: decision to take Tranquility offline.
- 14:51 UTC: the games briefly available, then taken offline again to investigate and fix a vulnerability.
- 3 June 10:13 UTC: Tranquility back online, player impact over.
When the attack traffic itself began we cannot tell from our graphs (they were already saturated). No player data was exposed.""")],
    [start("Hanna Gudmundsdottir", "2014-06-02T02:25"), mon("Hanna Gudmundsdottir", "2014-06-03T10:45"),
     done("Einar Sigurdsson", "2014-06-06T09:00", "Monitoring")],
    [P("tq602-irc.txt", "Europe/London", "2014-06-02", """
[03:05] <nocbot> PAGE tq-edge: inbound pps on TQ edge 40x baseline, proxies dropping sessions
[03:09] <hanna> on it. looks like a DDoS, not us
[04:07] <einar> ok, taking TQ offline. announce it
[04:12] <nocbot> ALERT tq-availability: player count 0 (availability check failed)
[15:51] <hanna> TQ up for a moment, closing it again - need to check the vuln first
"""),
     P("tq602-status.txt", "UTC", "2014-06-03", """
EVE Online server status - 3 June 2014
11:30 UTC: Tranquility has been online since this morning and remains stable. Thank you for your patience.
16:00 UTC: Dev blog with details of the DDoS will follow this week.
""")],
    [["2014-06-02T02:05Z", ["DDoS", "PAGE"]], ["2014-06-02T03:07Z", ["offline"]], ["2014-06-02T03:12Z", ["player count 0"]],
     ["2014-06-02T14:51Z", ["briefly", "TQ up"]], ["2014-06-03T10:13Z", ["online"]], ["2014-06-03T11:30Z", ["stable"]]],
    kt(None, U),
    kt("2014-06-02T02:05Z", S, "2 June 02:05 UTC: staff recorded a DDoS attack on the Tranquility cluster", "comment 164104"),
    kt("2014-06-03T10:13Z", S, "3 June 10:13 UTC: Tranquility back online, player impact over.", "comment 164104"),
    ["Hanna Gudmundsdottir", "Einar Sigurdsson"], ["DDoS", "vulnerability"], ["offline"],
    "From before 02:05 UTC on 2 June 2014 until 10:13 UTC on 3 June EVE Online and DUST 514 players could not play, apart from a brief opening at 14:51 UTC.",
    ("http://all-gamenews.ru/news/CCP-Games-blagodarit-polzovateley-za-bolshoe-terpenie-vo-vremya-DDoS-ataki-.html", "CCP Games: DDoS attack on Tranquility (summary of CCP's statement)"),
    ("TQ-610", "Follow-up: DDoS scrubbing for the TQ edge"))

# 6. #open (dating app), 18-20 June 2019: profiles overwritten with bad data, two emergency downtimes -------------
inc("hashtagopen-2019-06-profiles-email", "#open app profiles overwritten 18-20 June 2019 (bug under unusual circumstances, two emergency maintenances)",
    "97106", "OPEN-618", "Users can't access accounts, profiles show garbage",
    "Dana Whitfield", "Ravi Menon", ["sev1", "data-integrity", "mobile"], ["profiles-api", "ios-app", "android-app"],
    "2019-06-18T05:10", "2019-06-26T12:00:00Z", "America/New_York",
    """Support inbox filling since the middle of the night: users can't get into their accounts, some profiles show other data. Maybe a breach??
Support email chain pasted in open618-support.txt, our status page copy in open618-status.txt.""",
    [("165101", "Ravi Menon", "2019-06-18T10:55", """Servers down for emergency maintenance (done 6:50 a.m.). No evidence of unauthorized access. A bug plus an unusual sequence of requests made profiles overwrite themselves with bad data."""),
     ("165102", "Ravi Menon", "2019-06-19T01:05", """Profiles restored from the snapshot before the first bad write, fix deployed, service back 9:00 p.m. Monitoring."""),
     ("165103", "Dana Whitfield", "2019-06-19T19:10", """Not done: some profiles were not fully restored (3:00 p.m. reports). Taking the system down again."""),
     ("165104", "Ravi Menon", "2019-06-20T04:10", """All services back online 12:03 a.m. Second restore also replayed the changes users made between the two downtimes."""),
     ("165105", "Dana Whitfield", "2019-06-24T16:00", """## Retro notes (times New York)
First support email 12:14 a.m. on the 18th; nobody was paged, support escalated by phone.
The first "restored" at 9:00 p.m. on the 18th was not the end; users were fully back at 12:03 a.m. on the 20th.
When the first profile was overwritten we can't say: the bad writes carry no timestamp we trust.""")],
    [start("Ravi Menon", "2019-06-18T05:20"), mon("Ravi Menon", "2019-06-19T01:10"),
     (("Dana Whitfield", "2019-06-19T19:15", [("status", "Monitoring", "In Progress")])),
     mon("Ravi Menon", "2019-06-20T04:15"), done("Dana Whitfield", "2019-06-25T14:00", "Monitoring")],
    [P("open618-support.txt", "America/New_York", "2019-06-18", """
From: lila.m@example.com
Date: Tue, 18 Jun 2019 00:14:51 -0400
Subject: can't access my account
I can't access my account, it says my profile is someone else?? please help

From: support@hashtagopen.example
Date: Tue, 18 Jun 2019 01:02:10 -0400
Subject: Re: can't access my account
Thanks Lila, we're looking into it. Several members report the same.

From: dana@hashtagopen.example
Date: Tue, 18 Jun 2019 01:20:33 -0400
Subject: Fwd: can't access my account
Ravi - 14 of these now. Calling you.
"""),
     P("open618-status.txt", "America/New_York", "2019-06-18", """
#open server status
Just after midnight (EST) on Tuesday 6/18/19, #open support channels began to receive sporadic reports from users unable to access their accounts.
At 6:50 a.m. we made the decision to take our servers down for emergency maintenance to investigate.
After verifying the results and the fix, service was restored at 9:00 p.m. on 6/18.
By 3:00 p.m. on Wednesday (6/19) it became apparent that some profiles hadn't been fully restored; we took the system down again.
At 12:03 a.m. on Thursday (6/20), all services were brought back online.
""")],
    [["2019-06-18T04:14Z", ["can't access"]], ["2019-06-18T10:50Z", ["emergency maintenance"]],
     ["2019-06-19T01:00Z", ["restored"]], ["2019-06-19T19:00Z", ["fully restored", "apparent"]],
     ["2019-06-20T04:03Z", ["back online"]]],
    kt(None, U),
    kt("2019-06-18T04:14Z", S, "Date: Tue, 18 Jun 2019 00:14:51 -0400", "open618-support.txt"),
    kt("2019-06-20T04:03Z", S, "At 12:03 a.m. on Thursday (6/20), all services were brought back online.", "open618-status.txt"),
    ["Ravi Menon", "Dana Whitfield"], ["bug", "bad data"], ["restor"],
    "From the night of 17-18 June 2019 until 12:03 a.m. New York time on 20 June some #open members could not access their accounts or saw corrupted profiles; the app was down for two emergency maintenances.",
    ("https://www.hashtagopen.com/status", "#open server status"),
    ("OPEN-625", "Follow-up: page on-call from the support inbox"))

# 7. Docker Hub registry, 3 October 2016: planned migration, latency, registry made unavailable while re-provisioning
inc("dockerhub-2016-10-registry-forum", "Docker Hub registry disruption 3 October 2016 (latency after an infrastructure migration; registry unavailable while nodes were re-provisioned)",
    "97107", "HUB-1003", "docker login / push / pull failing against Docker Hub",
    "Carla Benton", "Owen Price", ["sev1", "migration", "registry"], ["registry", "hub", "docker-cloud"],
    "2016-10-03T21:30", "2016-10-12T16:00:00Z", "America/Los_Angeles",
    """docker push and pull time out, docker login fails. Started right when the migration started, 2:14pm? Forum thread copy in hub1003-forum.txt, PagerDuty export in hub1003-pd.csv.""",
    [("166101", "Owen Price", "2016-10-03T21:38", """New registry instances show very high request latency. Can't find the root cause with the monitoring granularity we have; going to restore service instead of digging."""),
     ("166102", "Owen Price", "2016-10-03T22:25", """Registry scaled up on fresh nodes, push/pull/login work for everyone since 3:12 PM. Leaving the migration paused."""),
     ("166103", "Carla Benton", "2016-10-06T18:00", """## Post mortem (as posted on the forum)
Outage period: 2016/10/03 14:12 to 15:12 PDT (60 minutes)
We had to make the registry unavailable while we provisioned new registry nodes, which added downtime. The "2:14 PM" in one paragraph of the forum post is a typo for 14:12.""")],
    [start("Owen Price", "2016-10-03T21:32"), done("Carla Benton", "2016-10-10T17:00")],
    [P("hub1003-forum.txt", "Europe/Berlin", "2016-10-03", """
[03.10.2016 23:20] mkoehler: docker pull from Hub hangs for 10 minutes now, anyone else?
[03.10.2016 23:24] dev_jp: login fails too: "Error response from daemon: login attempt failed"
[03.10.2016 23:40] docker_staff: the registry will be unavailable for a short time while we provision new registry nodes
[04.10.2016 00:14] mkoehler: works again here
"""),
     P("hub1003-pd.csv", "UTC", "2016-10-03", """
incident,created_on,status,service,summary
41877,2016-10-03T21:19:33Z,triggered,registry-prod,registry p99 latency > 10s on new instances
41877,2016-10-03T21:21:05Z,acknowledged,registry-prod,oprice
41877,2016-10-03T22:31:47Z,resolved,registry-prod,auto-resolved
""")],
    [["2016-10-03T21:12Z", ["Outage period", "migration"]], ["2016-10-03T21:19Z", ["triggered"]],
     ["2016-10-03T21:20Z", ["hangs"]], ["2016-10-03T21:40Z", ["unavailable"]], ["2016-10-03T22:12Z", ["works", "since 3:12"]]],
    kt("2016-10-03T21:12Z", S, "Outage period: 2016/10/03 14:12 to 15:12 PDT (60 minutes)", "comment 166103"),
    kt("2016-10-03T21:19Z", S, "41877,2016-10-03T21:19:33Z,triggered", "hub1003-pd.csv:2"),
    kt("2016-10-03T22:12Z", S, "Outage period: 2016/10/03 14:12 to 15:12 PDT (60 minutes)", "comment 166103"),
    ["Owen Price", "Carla Benton"], ["migration", "latency"], ["provisioned new registry nodes"],
    "From 14:12 to 15:12 PDT on 3 October 2016 docker login, push and pull against Docker Hub and Docker Cloud failed or hung.",
    ("https://forums.docker.com/t/post-mortem-for-registry-service-disruption-on-oct-3rd/23127", "Post Mortem for Registry Service Disruption on Oct 3rd"),
    ("HUB-1010", "Follow-up: finer registry monitoring before resuming the migration"))

# 8. Cfx.re (FiveM / RedM), 1 May 2022: thundering herd at the full hour took the auth cluster down --------------
inc("cfxre-2022-05-herd-discord", "Cfx.re game services down 1 May 2022 (re-authentication storm after on-the-hour server restarts)",
    "97108", "CFX-501", "CnL / Keymaster down - players and servers can't authenticate",
    "Bas de Vries", "Lena Kraus", ["sev1", "auth", "game-services"], ["cnl", "keymaster"],
    "2022-05-01T18:20", "2022-05-05T12:00:00Z", "Europe/Amsterdam",
    """Players can't join servers, server owners get "Keymaster" errors. Cluster fell over ~20:15? Discord copy in cfx501-discord.txt (Amsterdam), status page in cfx501-status.txt (UTC), one server owner's log in cfx501-server.log (his clock, Sao Paulo).""",
    [("167101", "Lena Kraus", "2022-05-01T18:40", """Load 2-3x normal on CnL, clients and servers re-authenticating, failing, retrying. Restarting backends behind a rate limit."""),
     ("167102", "Lena Kraus", "2022-05-01T19:00", """Back, auth success rate normal since 20:52. Some players still get NXDOMAIN from Cloudflare's negative cache, that should age out within the hour."""),
     ("167103", "Bas de Vries", "2022-05-03T10:00", """## Recap (UTC)
User impact: 18:00 → 18:52 UTC, from the load spike at the full hour to auth success back at baseline.
The spike came from server owners' scheduled restarts on the hour, every client and server re-authenticating at once.
The NXDOMAIN tail afterwards is cache ageing, counted as cleanup; the 19:38 status post only confirmed it.""")],
    [start("Lena Kraus", "2022-05-01T18:22"), done("Bas de Vries", "2022-05-04T09:00")],
    [P("cfx501-discord.txt", "Europe/Amsterdam", "2022-05-01", """
rp_luna — 01/05/2022 20:06
can't connect to any server, stuck on "authenticating with CnL"
modbot — 01/05/2022 20:07
@here multiple reports of CnL failures
lena — 01/05/2022 20:11
we see it, looking
"""),
     P("cfx501-status.txt", "UTC", "2022-05-01", """
Service outage - Incident Report
Investigating - We're currently investigating issues with some of our services. Please remain patient. Posted May 01, 2022 - 18:09 UTC
Monitoring - Everything is back online as per usual. Some users may experience DNS issues due to Cloudflare's NXDOMAIN time-to-live. Posted May 01, 2022 - 18:57 UTC
Resolved - The DNS cache threshold seems to have passed, and everything is back online. Posted May 01, 2022 - 19:38 UTC
"""),
     P("cfx501-server.log", "America/Sao_Paulo", "2022-05-01", """
[15:00:02] [txAdmin] scheduled restart
[15:01:40] [svadhesive] Keymaster authentication failed: 503, retrying
[15:52:31] [svadhesive] Keymaster authentication successful
""")],
    [["2022-05-01T18:00Z", ["restart", "spike"]], ["2022-05-01T18:06Z", ["can't connect"]], ["2022-05-01T18:09Z", ["investigating"]],
     ["2022-05-01T18:52Z", ["successful", "auth success"]], ["2022-05-01T18:57Z", ["back online"]], ["2022-05-01T19:38Z", ["DNS cache"]]],
    kt("2022-05-01T18:00Z", S, "User impact: 18:00 → 18:52 UTC", "comment 167103"),
    kt("2022-05-01T18:06Z", S, "can't connect to any server, stuck on", "cfx501-discord.txt"),
    kt("2022-05-01T18:52Z", S, "User impact: 18:00 → 18:52 UTC", "comment 167103"),
    ["Lena Kraus", "Bas de Vries"], ["scheduled restarts", "re-authenticating"], ["rate limit"],
    "From 18:00 to 18:52 UTC on 1 May 2022 FiveM and RedM players and servers could not authenticate with Cfx.re services.",
    ("https://status.cfx.re/incidents/f7xl7v6hgwwm", "Service outage - Incident Report for Cfx.re"),
    ("CFX-510", "Follow-up: jitter for scheduled server restarts"))

# 9. OneSignal, 29 January 2026: faulty upgrade overwrote routing maps, dashboard auth failing ~12 min ------------
inc("onesignal-2026-01-auth-slack", "OneSignal dashboard authentication failing 29 January 2026 (software upgrade overwrote routing maps)",
    "97109", "PUSH-129", "Dashboard users logged out, can't log back in",
    "Grace Okafor", "Arjun Nair", ["sev2", "auth", "upgrade"], ["auth-service", "dashboard", "api"],
    "2026-01-29T23:40", "2026-02-04T12:00:00Z", "America/Los_Angeles",
    """Dashboard kicks users out and login fails; API throughput dropping downstream. Probably broken since the upgrade went out at 3:17?
Slack copy in push129-slack.txt (Pacific), Arjun's notes from Bengaluru in push129-notes.txt.""",
    [("168101", "Arjun Nair", "2026-01-29T23:45", """Reverted all upgrade changes and reapplied the config, done 23:29 UTC. Auth healthy, dashboard logins work.""", True),
     ("168102", "Grace Okafor", "2026-01-30T01:30", """Status page write-up published. Adding microservice upgrade tests to the test cluster as follow-up."""),
     ("168103", "Arjun Nair", "2026-02-02T05:00", """## Chronology for the write-up (UTC)
23:17:00 - software upgrade started (no effect yet, routing maps overwritten partway through)
23:24:22 - first alert came through
23:29:00 - all upgrade changes were reverted, configuration reapplied
23:33:00 - all services operational
Authentication failed for approximately 12 minutes, ending when all services were operational.""")],
    [start("Grace Okafor", "2026-01-29T23:41"), done("Grace Okafor", "2026-02-03T18:00")],
    [P("push129-slack.txt", "America/Los_Angeles", "2026-01-29", """
Grace Okafor  3:24 PM
@channel OpsAlert: auth-service 5xx > 50% (dashboard-login) FIRING
Grace Okafor  3:26 PM
getting logged out of the dashboard myself. rollback?
Arjun Nair  3:27 PM
yes, reverting the upgrade now
Grace Okafor  3:41 PM
opened PUSH-129 for the write-up
"""),
     P("push129-notes.txt", "Asia/Kolkata", "2026-01-30", """
04:47 upgrade kicked off (rollout job 8812)
04:54 alert, auth 5xx
04:59 revert finished, config reapplied
05:03 all green, API throughput back
""")],
    [["2026-01-29T23:17Z", ["upgrade"]], ["2026-01-29T23:24Z", ["alert"]], ["2026-01-29T23:29Z", ["revert"]],
     ["2026-01-29T23:33Z", ["operational", "all green"]]],
    kt("2026-01-29T23:21Z", INF, "Authentication failed for approximately 12 minutes, ending when all services were operational.", "comment 168103"),
    kt("2026-01-29T23:24Z", S, "23:24:22 - first alert came through", "comment 168103"),
    kt("2026-01-29T23:33Z", S, "23:33:00 - all services operational", "comment 168103"),
    ["Arjun Nair", "Grace Okafor"], ["upgrade", "routing maps"], ["reverted"],
    "For about 12 minutes until 23:33 UTC on 29 January 2026 OneSignal dashboard users were logged out and could not log back in; API calls failed.",
    ("https://status.onesignal.com/incidents/01KG627STWWCYC2WAP4TBHG74K/write-up", "Dashboard failing to load - write-up"),
    ("PUSH-135", "Follow-up: microservice upgrade tests in the test cluster"))

# 10. Out of Cards (card-game community site), 17 October 2020: container service auto-update, containers not restarted
inc("outofcards-2020-10-autoupdate-discord", "Out of Cards offline 17 October 2020 (container service auto-updated itself; site containers had no restart policy)",
    "97110", "OOC-1017", "Site down overnight - outofcards.com not loading",
    "Kyle Brennan", "Kyle Brennan", ["sev2", "hosting", "monitoring"], ["web", "containers"],
    "2020-10-17T07:10", "2020-10-23T12:00:00Z", "America/New_York",
    """Woken up by Discord pings, site has been down since ~2:30 maybe? No page came in at all. Discord copy in ooc1017-discord.txt (Sam's clock, Sydney), host log in ooc1017-host.log (UTC).""",
    [("169101", "Kyle Brennan", "2020-10-17T07:25", """Back up. The container service did an automatic update overnight and our site containers are not set to restart, so they just stayed down. Disabled automatic updates for the service."""),
     ("169102", "Kyle Brennan", "2020-10-17T14:40", """Restart policy `unless-stopped` rolled out on all app containers this morning. Now the monitoring: the unreachable email fired but never turned into an alert since the migration."""),
     ("169103", "Kyle Brennan", "2020-10-17T18:00", """## Event log as posted (all times in Eastern)
2:43 AM - Out of Cards goes offline.
2:49 AM - A service unreachable email gets fired off (did not trigger any alert, nobody saw it).
3:01 AM - The messages begin to hit me on Discord and Twitter.
3:03 AM - Investigation begins.
3:19 AM - Problem discovered: container service auto-update, containers not restarted.
3:22 AM - Site comes back online.""")],
    [start("Kyle Brennan", "2020-10-17T07:12"), done("Kyle Brennan", "2020-10-21T13:00")],
    [P("ooc1017-discord.txt", "Australia/Sydney", "2020-10-17", """
[6:01 PM] sam_mod: @Kyle outofcards.com is down, 502 from everywhere
[6:01 PM] deckbuilder99: yep down here too (Berlin)
[6:22 PM] Kyle: back up, sorry! details later
"""),
     P("ooc1017-host.log", "UTC", "2020-10-17", """
2020-10-17T06:42:58Z containerd: automatic update to 1.4.1 started, stopping containers
2020-10-17T06:43:10Z ooc-web-1 exited (0), restart policy: no
2020-10-17T06:49:02Z uptime-check: ooc-web unreachable, email sent to ops@ (no pager integration)
2020-10-17T07:22:14Z ooc-web-1 started (manual)
""")],
    [["2020-10-17T06:43Z", ["offline", "exited"]], ["2020-10-17T06:49Z", ["unreachable"]], ["2020-10-17T07:01Z", ["Discord", "is down"]],
     ["2020-10-17T07:03Z", ["Investigation"]], ["2020-10-17T07:19Z", ["discovered"]], ["2020-10-17T07:22Z", ["back online", "started"]]],
    kt("2020-10-17T06:43Z", S, "2:43 AM - Out of Cards goes offline.", "comment 169103"),
    kt("2020-10-17T07:01Z", S, "3:01 AM - The messages begin to hit me on Discord and Twitter.", "comment 169103"),
    kt("2020-10-17T07:22Z", S, "3:22 AM - Site comes back online.", "comment 169103"),
    ["Kyle Brennan"], ["automatic update", "restart"], ["Disabled automatic updates"],
    "From 2:43 to 3:22 AM Eastern on 17 October 2020 the Out of Cards site was offline for everyone.",
    ("https://outof.games/comments/117634", "Out of Cards Incident Report - 2020-10-17"),
    ("OOC-1020", "Follow-up: page on uptime-check failures"))

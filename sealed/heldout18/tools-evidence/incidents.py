"""Held-out 18 incidents: compact specs. Software, SaaS, dev-tool, game and platform incidents, 2011-2023, seen from
the responders of a (fictional) company. Timeline facts from each public post-mortem / status text
(SOURCES-heldout18.md); people, ticket keys, chat wording, alert payloads and wrong first guesses are invented."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"
I = []
REMOTE = {
    "GHX-1021": ("https://github.blog/2018-10-30-oct21-post-incident-analysis/", "October 21 post-incident analysis"),
    "EDG-702": ("https://blog.cloudflare.com/details-of-the-cloudflare-outage-on-july-2-2019/", "Details of the Cloudflare outage on July 2, 2019"),
    "SEC-218": ("https://blog.cloudflare.com/incident-report-on-memory-leak-caused-by-cloudflare-parser-bug/", "Incident report on memory leak caused by Cloudflare parser bug"),
    "STM-1225": ("https://store.steampowered.com/news/19852/", "Steam store statement"),
    "ITS-1119": ("https://azure.status.microsoft/en-us/status/history/", "Azure status history - MFA 19 Nov 2018"),
    "IAM-928": ("https://azure.status.microsoft/en-us/status/history/", "Azure status history - Azure AD 28 Sep 2020"),
    "PLT-1102": ("https://blog.cloudflare.com/post-mortem-on-cloudflare-control-plane-and-analytics-outage/", "Post mortem on the Cloudflare Control Plane and Analytics Outage"),
    "OPS-421": ("https://aws.amazon.com/message/65648/", "Summary of the Amazon EC2 and Amazon RDS Service Disruption in the US East Region"),
    "BLD-322": ("https://blog.npmjs.org/post/141577284765/kik-left-pad-and-npm", "kik, left-pad, and npm"),
    "CLD-1119": ("https://azure.microsoft.com/en-us/blog/final-root-cause-analysis-and-improvement-areas-nov-18-azure-storage-service-interruption/", "Final RCA: Nov 18 Azure Storage service interruption")}
LINKS = {"GHX-1021": "GHX-1030", "EDG-702": "EDG-715", "SEC-218": "SEC-230", "STM-1225": "STM-1231",
         "ITS-1119": "ITS-1125", "IAM-928": "IAM-940", "PLT-1102": "PLT-1110", "OPS-421": "OPS-430",
         "BLD-322": "BLD-330", "CLD-1119": "CLD-1127"}


def inc(iid, name, n, key, summary, reporter, assignee, labels, comps, created, now, zone, desc, comments, cl,
        pastes, events, st, de, rs, responders, root, fix, effect):
    I.append({"id": iid, "name": name, "issueId": n, "key": key, "summary": summary, "reporter": reporter,
              "assignee": assignee, "labels": labels, "components": comps, "created": created, "now": now,
              "defaultZone": zone, "description": desc, "remote": [REMOTE[key]], "links": [(LINKS[key], "Follow-up: alerting / runbook for " + summary[:40])], "comments": comments, "changelog": cl, "pastes": pastes,
              "expected": {"events": events, "keyTimes": {"started": st, "detected": de, "resolved": rs},
                           "responders": [[r, None] for r in responders],
                           "narrative": nar(root, fix, [key], effect)}})


def P(file, zone, ref, text):
    return {"file": file, "zone": zone, "referenceDate": ref, "text": text}


def done(who, at):
    return (who, at, [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])


def start(who, at):
    return (who, at, [("status", "Open", "In Progress")])


# 1. GitHub, 21-22 October 2018: 43-second partition, 24h11m degraded -----------------------------------------------
inc("github-2018-10-partition-slack", "GitHub degraded service 21-22 October 2018 (network partition, cross-coast MySQL failover)",
    "96101", "GHX-1021", "github.com showing stale data, pushes missing, webhooks not delivered",
    "Lena Fischer", "Ana Kowalczyk", ["sev1", "vendor", "github"], ["source-control", "ci-webhooks"],
    "2018-10-21T23:20", "2018-10-27T12:00:00Z", "America/Los_Angeles",
    """Our repos on github.com show stale data, pushes don't appear in the UI and no webhooks reach Jenkins since roughly 4pm.
Everyone in #eng thinks it's a DDoS on GitHub again?? Their status is yellow. Slack copy in ghx-slack.txt (Pacific, my laptop).""",
    [("150101", "Ana Kowalczyk", "2018-10-22T00:20", """GitHub status update, pasted: "17:05 PDT we decided to restore the affected MySQL clusters from backups and re-sync replicas in US East; data written in the gap needs reconciling". Not a DDoS. Builds on hold."""),
     ("150102", "Lena Fischer", "2018-10-22T17:10", """Site looks normal again since 9:24 AM, their replicas caught up. Webhook backlog still draining, our builds trickle in. Monitoring."""),
     ("150103", "Ana Kowalczyk", "2018-10-26T18:00", """## Recap (from GitHub's post-incident analysis, UTC)
- 22:52 UTC 21 Oct: a 43-second network partition between the US East Coast hub and the primary US East data centre; the failover tool promoted West Coast primaries. Impact started here for us.
- 22:54 UTC: their monitoring began generating alerts.
- 23:07 UTC: their deployment pipelines locked.
- 23:13 UTC: database engineering paged, escalated.
- 23:19 UTC: webhook delivery and Pages builds paused.
- 22 Oct 16:24 UTC: replicas in sync, site back to normal.
- 22 Oct 23:03 UTC: all pending webhooks and Pages builds processed; user impact ended, status green.
Our ticket was closed on the 23rd after we re-ran the missed builds.""")],
    [start("Ana Kowalczyk", "2018-10-21T23:25"), ("Lena Fischer", "2018-10-22T17:12", [("status", "In Progress", "Monitoring")]),
     ("Ana Kowalczyk", "2018-10-23T09:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    [P("ghx-slack.txt", "America/Los_Angeles", "2018-10-21", """
3:54 PM  PagerDuty: TRIGGERED #48812 gh-vendor-webhooks: no push webhooks received from github.com for 2 min
3:56 PM  ana.k: acking. GitHub status still green
4:07 PM  ana.k: GitHub says they locked deployments on their side, stale data on repo pages
4:20 PM  lena.f: opened GHX-1021
""")],
    [["2018-10-21T22:52Z", ["partition"]], ["2018-10-21T22:54Z", ["TRIGGERED", "alerts"]], ["2018-10-21T23:07Z", ["locked"]],
     ["2018-10-21T23:13Z", ["escalated"]], ["2018-10-21T23:19Z", ["paused"]], ["2018-10-22T00:05Z", ["restore"]],
     ["2018-10-22T16:24Z", ["caught up", "in sync"]], ["2018-10-22T23:03Z", ["processed"]]],
    kt("2018-10-21T22:52Z", S, "22:52 UTC 21 Oct: a 43-second network partition", "comment 150103"),
    kt("2018-10-21T22:54Z", S, "TRIGGERED #48812", "ghx-slack.txt"),
    kt("2018-10-22T23:03Z", S, "22 Oct 23:03 UTC: all pending webhooks and Pages builds processed", "comment 150103"),
    ["Ana Kowalczyk", "Lena Fischer"], ["network partition"], ["restore"],
    "From 22:52 UTC on 21 October to 23:03 UTC on 22 October 2018 github.com showed stale data and webhooks and Pages builds were delayed.")

# 2. Cloudflare WAF regex, 2 July 2019 -------------------------------------------------------------------------------
inc("cloudflare-2019-07-waf-irc", "Cloudflare global 502s 2 July 2019 (WAF managed rule with a backtracking regex)",
    "96102", "EDG-702", "502 Bad Gateway on every zone, edge CPU pegged",
    "Mira Castell", "Jonas Berg", ["sev1", "edge", "waf"], ["edge-proxy", "waf"],
    "2019-07-02T13:55", "2019-07-06T09:00:00Z", "Europe/London",
    """502s on every zone we front, edge CPU at 100% in every PoP we look at.
Looks like a big DDoS, seeing it since about 14:40? PagerDuty payload in edg702-pd.txt, our IRC in edg702-irc.txt.""",
    [("151101", "Jonas Berg", "2019-07-02T14:15", """Global kill of the WAF managed rules worked, we're back. Leaving this open until the rule is fixed and WAF is back on."""),
     ("151102", "Jonas Berg", "2019-07-02T15:05", """WAF re-enabled, offending regex reverted. Closing."""),
     ("151103", "Mira Castell", "2019-07-05T10:00", """Recap for the review: not an attack. A new WAF managed rule with a regex that backtracked catastrophically exhausted CPU on every machine handling HTTP(S).
Window: 13:42 → 14:09 UTC, 502s for 27 minutes. First page at 13:45 UTC from the WAF synthetic test. My "since about 14:40" in the description was BST and two minutes early.""")],
    [start("Jonas Berg", "2019-07-02T13:58"), done("Jonas Berg", "2019-07-02T15:06")],
    [P("edg702-pd.txt", "UTC", "2019-07-02", """
{"incident_number": 61201, "status": "triggered", "created_at": "2019-07-02T13:45:12Z", "title": "WAF synthetic test failing (fl-waf-synth)", "service": "edge-waf"}
{"incident_number": 61201, "status": "acknowledged", "created_at": "2019-07-02T13:46:40Z", "assignee": "jberg"}
{"incident_number": 61201, "status": "resolved", "created_at": "2019-07-02T14:31:02Z"}
"""),
     P("edg702-irc.txt", "Europe/London", "2019-07-02", """
14:52 <mira> this is not an attack, CPU exhaustion everywhere, lines up with the WAF managed rules deploy at 14:42
15:02 <jonas> proposal: global kill of the WAF managed rules
15:07 <jonas> global kill done
15:09 <mira> traffic and CPU back to expected levels
15:52 <jonas> WAF re-enabled globally, regex reverted
""")],
    [["2019-07-02T13:42Z", ["WAF managed rules deploy", "Window"]], ["2019-07-02T13:45Z", ["triggered"]],
     ["2019-07-02T14:02Z", ["global kill"]], ["2019-07-02T14:07Z", ["global kill done"]],
     ["2019-07-02T14:09Z", ["back to expected"]], ["2019-07-02T14:52Z", ["re-enabled"]]],
    kt("2019-07-02T13:42Z", S, "Window: 13:42 → 14:09 UTC", "comment 151103"),
    kt("2019-07-02T13:45Z", S, "\"created_at\": \"2019-07-02T13:45:12Z\"", "edg702-pd.txt"),
    kt("2019-07-02T14:09Z", S, "Window: 13:42 → 14:09 UTC", "comment 151103"),
    ["Jonas Berg", "Mira Castell"], ["regex", "backtrack"], ["global kill"],
    "From 13:42 to 14:09 UTC on 2 July 2019 Cloudflare-proxied sites returned 502 errors worldwide.")

# 3. Cloudflare "Cloudbleed" parser memory leak, reported 18 February 2017 (UTC), start never to the minute -------
inc("cloudflare-2017-02-cloudbleed-hipchat", "Cloudflare HTML parser leaked uninitialised memory (Cloudbleed), reported 18 February 2017",
    "96103", "SEC-218", "Report from Google Project Zero: cached pages contain random memory from our edge",
    "Hal Brennan", "Yusuf Demir", ["security", "sev0", "edge"], ["cf-html", "email-obfuscation"],
    "2017-02-18T00:50", "2017-02-24T18:00:00Z", "America/Los_Angeles",
    """Project Zero says search-engine caches hold pages served through us with chunks of other customers' HTTP requests in them (cookies, auth headers).
Assembled the team here in SF. First guess: the new cf-html parser in Automatic HTTPS Rewrites? HipChat log (Pacific) in sec218-hipchat.txt.""",
    [("153001", "Yusuf Demir", "2017-02-18T08:00", """Kill switch for the cf-html parser deployed worldwide, no more uninitialised memory in responses. Starting the purge of leaked pages from search caches together with the engines."""),
     ("153002", "Yusuf Demir", "2017-02-21T18:30", """SAFE_CHAR fix deployed globally on the 20th (21:59 UTC). Automatic HTTPS Rewrites, Server-Side Excludes and Email Obfuscation re-enabled worldwide 18:03 UTC today."""),
     ("153003", "Hal Brennan", "2017-02-23T20:00", """## Recap (UTC)
- 2017-02-18 00:11 Tweet from Tavis Ormandy asking for a Cloudflare security contact - our first knowledge.
- 00:32 details of the bug received from Google.
- 01:19 Email Obfuscation disabled worldwide.
- 04:24 Automatic HTTPS Rewrites disabled worldwide.
- 07:22 kill switch for the cf-html parser deployed worldwide; the leak fully stopped here.
When did it start? The earliest date memory could have leaked is 2016-09-22, with the greatest impact from 13 February; no minute can be given.""")],
    [start("Yusuf Demir", "2017-02-18T00:55"), done("Hal Brennan", "2017-02-23T20:05")],
    [P("sec218-hipchat.txt", "America/Los_Angeles", "2017-02-17", """
[4:11 PM] Hal Brennan: Tavis Ormandy on Twitter looking for someone from our security team, DMing him
[4:32 PM] Hal Brennan: got the details from Project Zero. it's real, random memory in responses
[5:19 PM] Yusuf Demir: email obfuscation disabled worldwide
[11:22 PM] Yusuf Demir: cf-html kill switch deployed everywhere
""")],
    [["2017-02-18T00:11Z", ["Tavis"]], ["2017-02-18T00:32Z", ["details"]], ["2017-02-18T01:19Z", ["obfuscation disabled"]],
     ["2017-02-18T04:24Z", ["Rewrites disabled"]], ["2017-02-18T07:22Z", ["kill switch"]],
     ["2017-02-20T21:59Z", ["SAFE_CHAR"]], ["2017-02-21T18:03Z", ["re-enabled"]]],
    kt(None, U),
    kt("2017-02-18T00:11Z", S, "2017-02-18 00:11 Tweet from Tavis Ormandy", "comment 153003"),
    kt("2017-02-18T07:22Z", S, "07:22 kill switch for the cf-html parser deployed worldwide", "comment 153003"),
    ["Yusuf Demir", "Hal Brennan"], ["uninitialised memory", "parser"], ["kill switch"],
    "Until 07:22 UTC on 18 February 2017 (from as early as 22 September 2016) pages served through Cloudflare could contain uninitialised memory holding other customers' data.")

# 4. Steam store caching, 25 December 2015 -------------------------------------------------------------------------
inc("steam-2015-12-cache-forum", "Steam store served other users' account pages 25 December 2015 (CDN caching misconfiguration under DoS)",
    "96104", "STM-1225", "Account pages show other people's details",
    "Noah Brandt", "Elif Sahin", ["sev1", "privacy", "holiday"], ["store-web", "cdn"],
    "2015-12-25T20:30", "2015-12-30T18:00:00Z", "America/Los_Angeles",
    """Users see other people's account pages: names, emails, last digits of cards, wallet balance.
Someone's session tokens got stolen, we got hacked?? Forum thread copied in stm1225-forum.txt.""",
    [("153101", "Elif Sahin", "2015-12-25T21:00", """Not a breach: the caching config pushed in response to the traffic flood is caching authenticated pages. Store taken offline, reverting the config."""),
     ("153102", "Elif Sahin", "2015-12-25T21:40", """Store back up 1:20 PM, cache config reverted, account pages only served to their owner again."""),
     ("153103", "Noah Brandt", "2015-12-29T19:00", """Statement as published: "Between 11:50 PST and 13:20 PST store page requests for about 34k users, which contained sensitive personal information, may have been returned and seen by other users." No unauthorised actions on accounts.""")],
    [start("Elif Sahin", "2015-12-25T20:35"), done("Noah Brandt", "2015-12-29T19:05")],
    [P("stm1225-forum.txt", "America/Los_Angeles", "2015-12-25", """
[12/25/2015 12:03 PM] vortex_k: logged in and my account page shows someone else's name and email??
[12/25/2015 12:09 PM] ilya_p: same, I see a Russian account with a wallet balance
[12/25/2015 12:40 PM] moderator_sam: store is being taken offline while we look
""")],
    [["2015-12-25T19:50Z", ["store page requests"]], ["2015-12-25T20:03Z", ["someone else"]],
     ["2015-12-25T20:40Z", ["offline"]], ["2015-12-25T21:20Z", ["back up", "store page requests"]]],
    kt("2015-12-25T19:50Z", S, "Between 11:50 PST and 13:20 PST store page requests", "comment 153103"),
    kt("2015-12-25T20:03Z", S, "my account page shows someone else's name", "stm1225-forum.txt"),
    kt("2015-12-25T21:20Z", S, "Between 11:50 PST and 13:20 PST store page requests", "comment 153103"),
    ["Elif Sahin", "Noah Brandt"], ["caching"], ["reverting the config"],
    "Between 11:50 and 13:20 PST on 25 December 2015 Steam store pages with personal data were served to other users.")

# 5. Azure MFA, 19 November 2018 (seen from a customer in Berlin) -------------------------------------------------
inc("azure-mfa-2018-11-teams", "Azure AD Multi-Factor Authentication failures 19 November 2018 (seen from a tenant in Berlin)",
    "96105", "ITS-1119", "MFA prompts never arrive, staff cannot sign in",
    "Jana Vogt", "Felix Arndt", ["p1", "identity", "vendor"], ["azure-ad", "nps-extension"],
    "2018-11-19T07:05", "2018-11-23T12:00:00Z", "Europe/Berlin",
    """Staff cannot sign in to O365/VPN: MFA push never arrives, SMS codes don't come either.
Probably our NPS extension server again (it broke after patching last month). Helpdesk Teams chat in its1119-teams.txt.""",
    [("154101", "Felix Arndt", "2018-11-19T08:40", """NPS extension is fine, restart changed nothing. It's Microsoft: MFA incident on the Azure status page. Told people to use the office network exemption."""),
     ("154102", "Jana Vogt", "2018-11-19T19:00", """Works again for our test users, calls stopped. Leaving it open for the RCA."""),
     ("154103", "Felix Arndt", "2018-11-22T09:30", """Microsoft RCA, pasted:
> Between 04:39 UTC and 18:38 UTC on 19 Nov 2018, Microsoft customers using Azure Multi-Factor Authentication experienced issues signing in.
So it was broken from before anyone here got up; our first call was at 07:58.""")],
    [start("Felix Arndt", "2018-11-19T07:10"), done("Felix Arndt", "2018-11-22T09:35")],
    [P("its1119-teams.txt", "Europe/Berlin", "2018-11-19", """
[07:58] Jana Vogt: three calls already, MFA push never arrives, people stuck at sign-in
[08:15] Felix Arndt: NPS extension server looks healthy, restarting it anyway
[09:31] Felix Arndt: Azure status: Multi-Factor Authentication incident, Europe and Americas
[19:45] Jana Vogt: test user got the push and logged in, hotline quiet
""")],
    [["2018-11-19T04:39Z", ["Multi-Factor"]], ["2018-11-19T06:58Z", ["push never arrives"]],
     ["2018-11-19T07:15Z", ["NPS"]], ["2018-11-19T08:31Z", ["Azure status"]],
     ["2018-11-19T18:38Z", ["Multi-Factor"]], ["2018-11-19T18:45Z", ["logged in"]]],
    kt("2018-11-19T04:39Z", S, "Between 04:39 UTC and 18:38 UTC on 19 Nov 2018", "comment 154103"),
    kt("2018-11-19T06:58Z", S, "three calls already, MFA push never arrives", "its1119-teams.txt"),
    kt("2018-11-19T18:38Z", S, "Between 04:39 UTC and 18:38 UTC on 19 Nov 2018", "comment 154103"),
    ["Felix Arndt", "Jana Vogt"], ["Multi-Factor"], ["Microsoft"],
    "From 04:39 to 18:38 UTC on 19 November 2018 staff using Azure MFA could not sign in.")

# 6. Azure AD sign-in failures, 28-29 September 2020 (seen from a tenant in Chicago) -----------------------------
inc("azuread-2020-09-signin-slack", "Azure AD authentication errors 28-29 September 2020 (seen from a tenant in Chicago)",
    "96106", "IAM-928", "Nobody can sign in to Teams / Outlook / Azure portal",
    "Dana Whitfield", "Rafael Ortega", ["p1", "vendor", "identity"], ["azure-ad", "adfs"],
    "2020-09-28T21:44", "2020-10-02T15:00:00Z", "America/Chicago",
    """Helpdesk flooded: can't sign in to Teams, Outlook web, portal. Existing sessions mostly OK.
First guess: our ADFS farm cert rollover from this weekend. Slack thread in iam928-slack.txt.""",
    [("155101", "Rafael Ortega", "2020-09-28T22:05", """ADFS is healthy, token signing cert fine. Azure status shows an authentication incident for Azure AD across regions. Not us, waiting on Microsoft."""),
     ("155102", "Dana Whitfield", "2020-09-29T02:20", """Microsoft posted "resolved" at 9:12 PM. Sign-ins were working for us well before that. Closing tomorrow after the PIR."""),
     ("155103", "Rafael Ortega", "2020-10-01T16:00", """## PIR summary (Microsoft, pasted)
> Between approximately 21:25 UTC on September 28, 2020 and 00:23 UTC on September 29, 2020, customers encountered errors performing authentication operations for Microsoft and third-party applications.
Cause: a service update to the backend that contained a code defect, with a safe deployment bypass on one ring.""")],
    [start("Rafael Ortega", "2020-09-28T21:50"), done("Dana Whitfield", "2020-10-01T16:10")],
    [P("iam928-slack.txt", "America/Chicago", "2020-09-28", """
Dana W  4:31 PM
helpdesk: 12 tickets in 5 min, users can't sign in to Teams, AADSTS errors
Rafael O  4:50 PM
checked ADFS: all nodes healthy, cert rollover not the issue
Dana W  7:30 PM
sign-ins fine again for everyone I've asked
""")],
    [["2020-09-28T21:25Z", ["errors performing authentication"]], ["2020-09-28T21:31Z", ["can't sign in"]],
     ["2020-09-28T21:50Z", ["ADFS"]], ["2020-09-29T00:23Z", ["errors performing authentication"]],
     ["2020-09-29T00:30Z", ["sign-ins fine"]], ["2020-09-29T02:12Z", ["resolved"]]],
    kt("2020-09-28T21:25Z", S, "Between approximately 21:25 UTC on September 28, 2020", "comment 155103"),
    kt("2020-09-28T21:31Z", S, "users can't sign in to Teams, AADSTS errors", "iam928-slack.txt"),
    kt("2020-09-29T00:23Z", S, "00:23 UTC on September 29, 2020", "comment 155103"),
    ["Rafael Ortega", "Dana Whitfield"], ["code defect"], ["Microsoft"],
    "Between about 21:25 UTC on 28 September and 00:23 UTC on 29 September 2020 users could not sign in to Azure AD applications.")

# 7. Cloudflare control plane / analytics, 2-4 November 2023 (PDX power) ---------------------------------------
inc("cloudflare-2023-11-pdx-gchat", "Cloudflare dashboard, API and analytics outage 2-4 November 2023 (data centre power failure), seen from a customer",
    "96107", "PLT-1102", "Cloudflare API/dashboard down: DNS changes, cache purge and Workers deploys fail",
    "Tomás Ruiz", "Priya Nair", ["p2", "vendor", "cdn"], ["terraform", "cdn-config"],
    "2023-11-02T15:30", "2023-11-09T12:00:00Z", "America/Los_Angeles",
    """Opened on behalf of the platform team: Cloudflare API and dashboard failing, our terraform pipeline and cache purges fail. Traffic through the edge itself looks fine.
Google Chat copy in plt1102-gchat.txt.""",
    [("156101", "Priya Nair", "2023-11-02T19:00", """Freezing DNS/Workers changes. Their status page talks about a power event at a Portland (PDX) data centre and a failover to Europe that didn't take."""),
     ("156102", "Priya Nair", "2023-11-03T18:00", """Most of the API works for us now, analytics still empty. Pipeline unfrozen except log push."""),
     ("156103", "Tomás Ruiz", "2023-11-08T17:00", """Recap from Cloudflare's post-mortem: control plane and analytics outage started 11:43 UTC on 2 Nov, after PDX-04 lost power, services fully restored 04:25 UTC on 4 Nov. Our ticket stayed open till the 8th for the analytics gap.""")],
    [start("Priya Nair", "2023-11-02T15:35"), done("Tomás Ruiz", "2023-11-08T17:05")],
    [P("plt1102-gchat.txt", "America/Los_Angeles", "2023-11-02", """
Priya Nair, 5:12 AM: on call, terraform apply fails with 503 from api.cloudflare.com, dashboard won't load
Priya Nair, 8:41 AM: purge via API -> 503, dashboard analytics empty
Tomás Ruiz, 9:02 AM: status page says control plane and analytics, PDX power. So not our token rotation
Priya Nair, 10:57 AM: dashboard login works again, API still flaky
""")],
    [["2023-11-02T11:43Z", ["outage started"]], ["2023-11-02T12:12Z", ["terraform apply fails"]], ["2023-11-02T15:41Z", ["503"]],
     ["2023-11-02T16:02Z", ["PDX"]], ["2023-11-02T17:57Z", ["login works"]], ["2023-11-04T04:25Z", ["fully restored"]]],
    kt("2023-11-02T11:43Z", S, "outage started 11:43 UTC on 2 Nov", "comment 156103"),
    kt("2023-11-02T12:12Z", S, "terraform apply fails with 503", "plt1102-gchat.txt"),
    kt("2023-11-04T04:25Z", S, "services fully restored 04:25 UTC on 4 Nov", "comment 156103"),
    ["Priya Nair", "Tomás Ruiz"], ["lost power"], ["restored"],
    "From 11:43 UTC on 2 November to 04:25 UTC on 4 November 2023 the Cloudflare dashboard, API and analytics were unavailable or degraded.")

# 8. AWS EBS re-mirroring storm, us-east-1, 21 April 2011 (resolution never stated to the minute) ---------------
inc("aws-ebs-2011-04-irc", "AWS EC2/EBS us-east-1 outage 21 April 2011 (network change triggered an EBS re-mirroring storm), seen from a customer",
    "96108", "OPS-421", "db-master-2 hung on EBS, site read-only",
    "Sam Okoye", "Greta Lind", ["sev1", "aws", "database"], ["mysql", "ebs"],
    "2011-04-21T08:20", "2011-04-28T12:00:00Z", "America/New_York",
    """db-master-2 stuck in iowait, EBS volumes not responding, site in read-only mode. Greta thinks the RAID on the volume set is degraded after last night's resize.
IRC log from the night in ops421-irc.txt (server clock, Eastern).""",
    [("157101", "Greta Lind", "2011-04-21T14:00", """Not our RAID. AWS confirms stuck EBS volumes in one availability zone and elevated API errors in the region. Tried bringing up a replica in another AZ, volume creation hangs too. Staying read-only."""),
     ("157102", "Sam Okoye", "2011-04-23T20:00", """Most volumes back; writes re-enabled on the new master. Two volumes still stuck, restoring those from snapshots."""),
     ("157103", "Greta Lind", "2011-04-26T15:00", """From AWS's summary: "At 12:47 AM PDT on April 21st, a network change was performed as part of our normal scaling activities" - traffic shifted to the low-capacity network, EBS nodes lost their mirrors and started re-mirroring, which consumed all free capacity. That was 3:47 AM our time, fifteen minutes before our first page. Recovery for us dragged over days, no single moment when it was over.""")],
    [start("Greta Lind", "2011-04-21T08:25"), done("Sam Okoye", "2011-04-26T15:10")],
    [P("ops421-irc.txt", "America/New_York", "2011-04-21", """
[04:02] <nagios> PROBLEM: db-master-2/mysql_writes is CRITICAL: write latency 38211 ms
[04:20] <greta> db-master-2 is blocked on io, volume looks degraded. switching site to read-only
[04:41] <greta> AWS status: "We are currently investigating latency and error rates with EBS volumes and connectivity issues reaching EC2 instances in the US-EAST-1 region"
[05:15] <greta> trying failover to the replica in 1b
""")],
    [["2011-04-21T07:47Z", ["network change"]], ["2011-04-21T08:02Z", ["PROBLEM"]], ["2011-04-21T08:20Z", ["read-only"]],
     ["2011-04-21T08:41Z", ["investigating latency"]], ["2011-04-21T09:15Z", ["failover"]]],
    kt("2011-04-21T07:47Z", S, "At 12:47 AM PDT on April 21st, a network change was performed", "comment 157103"),
    kt("2011-04-21T08:02Z", S, "PROBLEM: db-master-2/mysql_writes is CRITICAL", "ops421-irc.txt"),
    kt(None, U),
    ["Greta Lind", "Sam Okoye"], ["re-mirroring", "network change"], ["snapshots"],
    "From 00:47 PDT on 21 April 2011 EBS volumes in one us-east-1 zone hung; the site ran read-only for days.")

# 9. npm left-pad unpublish, 22 March 2016 (seen from a team in London, GMT) ---------------------------------------
inc("npm-2016-03-leftpad-hipchat", "npm installs failing 22 March 2016 (left-pad unpublished), seen from a team in London",
    "96109", "BLD-322", "All JS builds red: npm install 404 on left-pad",
    "Olly Barnes", "Keisha Grant", ["ci", "npm", "builds"], ["jenkins", "frontend"],
    "2016-03-22T21:50", "2016-03-25T12:00:00Z", "Europe/London",
    """Every JS build red. First thought: jenkins-node-4 disk full again, it was last week.
Actually npm install dies with 404 on left-pad (dependency of a dependency of babel). HipChat in bld322-hipchat.txt.""",
    [("158101", "Keisha Grant", "2016-03-22T22:20", """Someone unpublished left-pad. Pinned a vendored copy in our private registry for the web app; other repos still red."""),
     ("158102", "Keisha Grant", "2016-03-23T00:10", """npm put 0.0.3 back, fresh installs work, all builds green on rerun."""),
     ("158103", "Olly Barnes", "2016-03-24T10:00", """Recap: npm's blog says around 2:30 PM Pacific they started seeing hundreds of failures per minute for the now-unpublished package, and at 4:55 PM Pacific left-pad 0.0.3 was un-unpublished. For us (GMT) that's 9:30 PM to 11:55 PM. Our first red build was at 21:38.""")],
    [start("Keisha Grant", "2016-03-22T21:55"), done("Olly Barnes", "2016-03-24T10:05")],
    [P("bld322-hipchat.txt", "Europe/London", "2016-03-22", """
(21:38) jenkins: web-app #4412 FAILED - npm ERR! 404 'left-pad' is not in the npm registry
(21:45) olly: is jenkins-node-4 out of disk again?
(22:05) keisha: disk fine. left-pad gone from the registry, vendoring it in our private registry
(23:58) keisha: reran web-app, green
""")],
    [["2016-03-22T21:30Z", ["failures"]], ["2016-03-22T21:38Z", ["FAILED", "first red"]], ["2016-03-22T21:45Z", ["disk"]],
     ["2016-03-22T22:05Z", ["vendoring"]], ["2016-03-22T23:55Z", ["un-unpublished"]], ["2016-03-22T23:58Z", ["green"]]],
    kt("2016-03-22T21:30Z", S, "around 2:30 PM Pacific they started seeing hundreds of failures", "comment 158103"),
    kt("2016-03-22T21:38Z", S, "web-app #4412 FAILED", "bld322-hipchat.txt"),
    kt("2016-03-22T23:55Z", S, "at 4:55 PM Pacific left-pad 0.0.3 was un-unpublished", "comment 158103"),
    ["Keisha Grant", "Olly Barnes"], ["unpublished"], ["un-unpublished"],
    "From about 2:30 PM to 4:55 PM Pacific on 22 March 2016 npm installs depending on left-pad failed.")

# 10. Azure Storage, 19 November 2014 (seen from a team in Singapore; end never stated to the minute) -------------
inc("azure-storage-2014-11-lync", "Azure Storage / VM outage 19 November 2014 (performance update caused blob front-ends to loop), seen from Singapore",
    "96110", "CLD-1119", "Blob storage timeouts, VMs unreachable (Southeast Asia + US)",
    "Wei Ling Tan", "Arjun Mehta", ["sev1", "azure"], ["blob-storage", "vms"],
    "2014-11-19T01:20", "2014-11-26T04:00:00Z", "Asia/Singapore",
    """Blob reads time out, two app VMs not reachable over RDP. Arjun thinks our SAS key rotation last night broke things.
Lync conversation saved as cld1119-lync.txt.""",
    [("159101", "Arjun Mehta", "2014-11-19T02:30", """SAS keys fine, it's Azure Storage itself in several regions. Switched image serving to the CDN's stale cache, DR failover not possible (same storage)."""),
     ("159102", "Wei Ling Tan", "2014-11-19T06:00", """Blobs mostly answering again by lunch. One VM still won't boot, Azure says infinite loop in the storage front-ends after a performance update, VMs need recovery."""),
     ("159103", "Arjun Mehta", "2014-11-24T09:00", """Microsoft's post: starting at 00:51 UTC on 19 November a configuration change meant as a performance improvement was applied to blob front-ends across regions in one go, and they went into an infinite loop. Our last VM came back on the 20th, I don't have the time.""")],
    [start("Arjun Mehta", "2014-11-19T01:25"), done("Wei Ling Tan", "2014-11-24T09:05")],
    [P("cld1119-lync.txt", "Asia/Singapore", "2014-11-19", """
[8:58 AM] Zabbix: CRITICAL blob-latency-sea p99 > 20s on prod-images
[9:12 AM] Arjun Mehta: rotated SAS keys yesterday, checking that first
[10:10 AM] Arjun Mehta: image serving switched to CDN stale cache
""")],
    [["2014-11-19T00:51Z", ["configuration change"]], ["2014-11-19T00:58Z", ["CRITICAL"]],
     ["2014-11-19T01:12Z", ["SAS"]], ["2014-11-19T02:10Z", ["stale cache"]]],
    kt("2014-11-19T00:51Z", S, "starting at 00:51 UTC on 19 November", "comment 159103"),
    kt("2014-11-19T00:58Z", S, "CRITICAL blob-latency-sea", "cld1119-lync.txt"),
    kt(None, U),
    ["Arjun Mehta", "Wei Ling Tan"], ["infinite loop"], ["recovery"],
    "From 00:51 UTC on 19 November 2014 Azure blob storage and VMs in several regions failed; recovery took until the next day.")

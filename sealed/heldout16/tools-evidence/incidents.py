"""Held-out 16 incidents: compact specs. Cloud, SaaS and consumer-software incidents, 2012-2025.
Timeline facts from each provider's public post-mortem / status page (SOURCES-heldout16.md); the customer companies,
people, ticket keys, chat wording, alert payloads, wrong first guesses and (where marked there) the customers' own
first page or first user report are invented."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"

I = []

# 1. Google Compute Engine loses external connectivity in all regions, 11 April 2016 (PDT), seen from London ------
I.append({
    "id": "gce-2016-04-ipblocks-slack", "name": "GCE external connectivity lost in all regions 11 April 2016 (all GCE IP blocks withdrawn), seen by a London customer",
    "issueId": "96101", "key": "TWL-412", "remote": [('https://status.cloud.google.com/incident/compute/16007', 'Google Compute Engine Incident #16007')], "links": [("TWL-415", "second external probe provider")], "summary": "api + dashboard unreachable from the internet (night)",
    "reporter": "Hamza Qureshi", "assignee": "Hamza Qureshi", "labels": ["p1", "night", "gcp"],
    "components": ["public-api", "edge"], "created": "2016-04-12T02:40", "now": "2016-04-15T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """All public endpoints (api.tidewell.io, dashboard) unreachable from outside since ~3am, VM to VM traffic inside the VPC fine. It's back now.
First thought: the firewall rules release I pushed yesterday (fw rules v42). Rolled it back at 0320 and things came back a few minutes later, so maybe that was it?
Pager + #ops copies below.""",
    "comments": [
        ("150101", "Hamza Qureshi", "2016-04-12T02:55", """Probably not our firewall after all: the GCP status page now has "Connectivity issues in all regions". Pasting the pager log (tw-pager.txt, UTC) and the #ops thread (tw-ops.txt, my Slack shows UK time)."""),
        ("150102", "Lena Morgan", "2016-04-13T17:00", """Google's incident report #16007 is out, my notes from it pasted as gce16007-notes.txt (their times, Pacific). The sentence that matters to us:

"On Monday, 11 April, 2016, Google Compute Engine instances in all regions lost external connectivity for a total of 18 minutes, from 19:09 to 19:27 Pacific Time."

Their dashboard header says the incident began at 18:25: that is when they opened the VPN incident, not when we went dark."""),
        ("150103", "Hamza Qureshi", "2016-04-14T10:00", """Firewall rollback was unrelated, v42 re-applied last night with no issue.
Actions: external probes from a second provider, subscribe the on-call channel to the GCP status feed, runbook line "check provider status before rolling back our own change". Closing."""),
    ],
    "changelog": [
        ("Hamza Qureshi", "2016-04-12T02:41", [("status", "Open", "In Progress")]),
        ("Hamza Qureshi", "2016-04-12T02:58", [("status", "In Progress", "Monitoring")]),
        ("Hamza Qureshi", "2016-04-14T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "tw-pager.txt", "zone": "UTC", "referenceDate": "2016-04-12", "text": """
PagerDuty TWL-OPS incident log (UTC)
2016-04-12 02:11:04  TRIGGERED     #48213 [uptime] api.tidewell.io unreachable from 5/5 probe locations (HTTP timeout)
2016-04-12 02:12:40  ACKNOWLEDGED  #48213 by Hamza Qureshi
2016-04-12 02:28:31  RESOLVED      #48213 (auto) probes green
"""},
        {"file": "gce16007-notes.txt", "zone": "America/Los_Angeles", "referenceDate": "2016-04-11", "text": """
GCE incident #16007 "Connectivity issues in all regions" - notes (times US/Pacific, 11 April)
Dashboard: Incident began at 2016-04-11 18:25 and ended at 2016-04-11 19:27
14:50 Google engineers removed an unused GCE IP block from the network configuration; a bug in the config management dropped ALL GCE IP blocks from the new config, a second bug kept the canary's verdict from stopping the push
18:14 Cloud VPN in asia-east1 starts failing (earliest sign, we don't use VPN)
19:09 no site announcing GCE IP blocks any more, inbound traffic to GCE down more than 95%
19:27 configuration reverted, connectivity back
"""},
        {"file": "tw-ops.txt", "zone": "Europe/London", "referenceDate": "2016-04-12", "text": """
Hamza Qureshi  3:12 AM
getting paged, api + dashboard dead from outside. inside the VPC everything talks
Hamza Qureshi  3:16 AM
I pushed fw rules v42 yesterday... rolling those back just in case
Lena Morgan  3:19 AM
joined. GCP status page quiet so far
Hamza Qureshi  3:27 AM
everything's back?? was it the rollback
Lena Morgan  3:31 AM
GCP just posted "connectivity issues in all regions"
"""},
    ],
    "expected": {
        "events": [["2016-04-11T21:50Z", ["removed an unused"]], ["2016-04-12T01:14Z", ["VPN"]],
                   ["2016-04-12T02:09Z", ["lost external connectivity", "announcing"]],
                   ["2016-04-12T02:11Z", ["TRIGGERED"]], ["2016-04-12T02:27Z", ["reverted", "back"]]],
        "keyTimes": {
            "started": kt("2016-04-12T02:09Z", S, "from 19:09 to 19:27 Pacific Time", "comment 150102"),
            "detected": kt("2016-04-12T02:11Z", S, "TRIGGERED     #48213", "tw-pager.txt"),
            "resolved": kt("2016-04-12T02:27Z", S, "from 19:09 to 19:27 Pacific Time", "comment 150102")},
        "responders": [["Hamza Qureshi", None], ["Lena Morgan", None]],
        "narrative": nar(["unused GCE IP block"], ["reverted"], ["TWL-412"],
                         "From 03:09 to 03:27 UK time on 12 April 2016 (19:09-19:27 PDT on 11 April) Tidewell's public API and dashboard were unreachable from the internet because Google Compute Engine lost external connectivity in all regions.",
                         badly=["rolling those back just in case"]),
    }})

# 2. Google Cloud HTTP(S) Load Balancer 502s, 17 July 2018 (PDT), provider-side ticket ---------------------------
I.append({
    "id": "gclb-2018-07-gfe502-pd", "name": "Google Cloud HTTP(S)/TCP/SSL proxy load balancers return 502s 17 July 2018 (latent bug in a new feature)",
    "issueId": "96102", "key": "EDGE-7170", "remote": [('https://status.cloud.google.com/incident/cloud-networking/18012', 'Google Cloud Networking Incident #18012')], "links": [("EDGE-7172", "canary for GFE feature configuration changes")], "summary": "GLB: global 502 spike (33-87%), App Engine affected",
    "reporter": "Rosa Delgado", "assignee": "Kenji Watanabe", "labels": ["sev1", "global", "lb"],
    "components": ["gfe", "glb-control"], "created": "2018-07-17T19:25", "now": "2018-07-20T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """GLB returning 502s globally, 30-80% depending on the region, connection resets on TCP/SSL proxy. App Engine apps behind it too.
Paged a few minutes ago (payload in the first comment).
Best guess: this morning's GFE binary rollout. Starting a rollback now.""",
    "comments": [
        ("150201", "Rosa Delgado", "2018-07-17T19:30", """Page payload:

```
{"incident_key":"gfe-502-ratio-global","status":"triggered","created_on":"2018-07-17T19:19:07Z","summary":"GFE 502 ratio 0.41 > 0.05 (global)","service":"edge-lb-prod"}
```

Chat from the bridge: edge-gchat.txt (Pacific)."""),
        ("150202", "Kenji Watanabe", "2018-07-17T19:58", """Binary rollback changed nothing. Real cause: a latent bug in a new GFE feature, triggered by a configuration change, made the proxies lose their backends. Fix pushed, 502s back to baseline; p99 latency a bit high for a few more minutes while caches warm. Leaving in monitoring."""),
        ("150203", "Rosa Delgado", "2018-07-18T17:40", """Issue summary as published (times PDT):
On Tuesday, 17 July 2018, from 12:17 to 12:49 PDT, Google Cloud HTTP(S) Load Balancers returned 502s for some requests they received. The proportion of 502 return codes varied from 33% to 87% during the period.
Automated monitoring alerted Google's engineering team to the event at 12:19, and at 12:44 the team had identified the probable root cause and deployed a fix.
At 12:49 the fix became effective and the rate of 502s rapidly returned to a normal level. Services experienced degraded latency for several minutes longer as traffic returned and caches warmed.
(The dashboard entry reads "began at 2018-07-17 12:17 and ended at 2018-07-17 12:55": 12:55 is when the incident was closed, not the end of the 502s.)"""),
    ],
    "changelog": [
        ("Kenji Watanabe", "2018-07-17T19:26", [("status", "Open", "In Progress")]),
        ("Kenji Watanabe", "2018-07-17T19:59", [("status", "In Progress", "Monitoring")]),
        ("Rosa Delgado", "2018-07-18T17:45", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "edge-gchat.txt", "zone": "America/Los_Angeles", "referenceDate": "2018-07-17", "text": """
Rosa Delgado, 12:21 PM: 502s everywhere, rolling back today's GFE build
Kenji Watanabe, 12:33 PM: rollback at 40% of the fleet, ratio not moving at all
Kenji Watanabe, 12:44 PM: pushing the fix for the new-feature config path
Rosa Delgado, 12:49 PM: 502 ratio falling off a cliff, back to baseline
Kenji Watanabe, 12:55 PM: closing the dashboard incident, p99 still settling
"""}],
    "expected": {
        "events": [["2018-07-17T19:17Z", ["502"]], ["2018-07-17T19:19Z", ["alerted", "triggered"]],
                   ["2018-07-17T19:44Z", ["fix"]], ["2018-07-17T19:49Z", ["effective", "baseline"]]],
        "keyTimes": {
            "started": kt("2018-07-17T19:17Z", S, "from 12:17 to 12:49 PDT", "comment 150203"),
            "detected": kt("2018-07-17T19:19Z", S, "\"created_on\":\"2018-07-17T19:19:07Z\"", "comment 150201"),
            "resolved": kt("2018-07-17T19:49Z", S, "At 12:49 the fix became effective", "comment 150203")},
        "responders": [["Rosa Delgado", None], ["Kenji Watanabe", None]],
        "narrative": nar(["latent bug"], ["deployed a fix"], ["EDGE-7170"],
                         "From 12:17 to 12:49 PDT on 17 July 2018 Google Cloud HTTP(S), TCP and SSL proxy load balancers returned 502s or reset connections for 33% to 87% of requests, App Engine included."),
    }})

# 3. Google Compute Engine HTTP(S) LB 502s, 13 October 2016 (PDT), seen from New York; evening rollover in UTC ------
I.append({
    "id": "gclb-2016-10-checkout-hipchat", "name": "GCE HTTP(S) Load Balancer 502s 13 October 2016 (configuration change triggered a software bug), seen by a New York shop",
    "issueId": "96103", "key": "SHOP-1013", "remote": [('https://status.cloud.google.com/incident/compute/16020', 'Google Compute Engine Incident #16020')], "links": [("SHOP-1019", "alert on load balancer 502 ratio")], "summary": "Checkout intermittently 502 (about a third of requests)",
    "reporter": "Gail Ferris", "assignee": "Omar Haddad", "labels": ["checkout", "p1", "evening"],
    "components": ["storefront", "load-balancer"], "created": "2016-10-13T23:30", "now": "2016-10-20T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Checkout and cart pages give 502 for roughly a third of requests, since some time this afternoon? Support has been getting complaints for a while, no idea when the first one was.
My guess: the new nginx upstream keepalive settings that went out at 5pm ET. Omar please revert.""",
    "comments": [
        ("150301", "Omar Haddad", "2016-10-13T23:50", """Not nginx. The 502s come from the Google LB itself (server: GFE, backend_latency 0): our backends never see those requests. Google has an incident open for "elevated rates of HTTP 502" on the HTTP(S) Load Balancer. HipChat copy pasted (hipchat-web.txt, Eastern)."""),
        ("150302", "Omar Haddad", "2016-10-18T21:00", """Google's summary is out (18 Oct). Pasted the impact part as gclb-16020-summary.txt, their times are PDT. Short version: a configuration change to one layer of the load balancer stack triggered a software bug; for us it was 18:07 to 20:25 Eastern, worst between 19:09 and 20:03."""),
        ("150303", "Gail Ferris", "2016-10-19T14:00", """Actions: alert on the LB 502 ratio separately from our app 5xx (nothing paged us, we only had support tickets), subscribe #ops to the Google status feed, keep the nginx change (re-applied today). Closing."""),
    ],
    "changelog": [
        ("Omar Haddad", "2016-10-13T23:32", [("status", "Open", "In Progress")]),
        ("Omar Haddad", "2016-10-14T00:40", [("status", "In Progress", "Monitoring")]),
        ("Gail Ferris", "2016-10-19T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "hipchat-web.txt", "zone": "America/New_York", "referenceDate": "2016-10-13", "text": """
[7:12 PM] Gail Ferris: checkout error rate ~45% now, it was 10-15% an hour ago
[7:40 PM] Omar Haddad: nginx revert done, no change
[7:58 PM] Omar Haddad: LB logs say 502 with backend_latency=0, the GFE never reached us
[8:03 PM] Gail Ferris: dropping fast now
[8:15 PM] Omar Haddad: ~2%
[8:25 PM] Gail Ferris: clean for a few minutes, calling it
"""},
        {"file": "gclb-16020-summary.txt", "zone": "America/Los_Angeles", "referenceDate": "2016-10-13", "text": """
Google Compute Engine Incident #16020 - 502s from HTTP(S) Load Balancer (summary of 18 Oct 2016, times PDT)
On Thursday 13 October 2016, approximately one-third of requests sent to the Google Compute Engine HTTP(S) Load Balancers between 15:07 and 17:25 PDT received an HTTP 502 error rather than the expected response.
The error rate rose progressively from 2% to a peak of 45% of all requests at 16:09 and remained there until 17:03.
From 17:03 to 17:15, the error rate declined rapidly from 45% to 2%.
By 17:25 requests were routing as expected and the incident was over.
"""}],
    "expected": {
        "events": [["2016-10-13T22:07Z", ["502"]], ["2016-10-13T23:09Z", ["peak"]],
                   ["2016-10-14T00:03Z", ["declined", "dropping"]], ["2016-10-14T00:15Z", ["2%"]],
                   ["2016-10-14T00:25Z", ["routing as expected", "clean"]]],
        "keyTimes": {
            "started": kt("2016-10-13T22:07Z", S, "between 15:07 and 17:25 PDT", "gclb-16020-summary.txt"),
            "detected": kt(None, U),
            "resolved": kt("2016-10-14T00:25Z", S, "By 17:25 requests were routing as expected", "gclb-16020-summary.txt")},
        "responders": [["Omar Haddad", None], ["Gail Ferris", None]],
        "narrative": nar(["software bug"], ["revert"], ["SHOP-1013"],
                         "From 18:07 to 20:25 EDT on 13 October 2016 (15:07-17:25 PDT) about a third of checkout requests failed with HTTP 502 from Google's load balancer, up to 45% between 19:09 and 20:03 EDT.",
                         badly=["nothing paged us"]),
    }})

# 4. Google Cloud HTTP(S) LB 25% errors, 5 April 2017 (PDT), seen by a Helsinki game studio ------------------------
I.append({
    "id": "gclb-2017-04-login502-discord", "name": "Google Cloud HTTP(S) Load Balancer 25% errors 5 April 2017 (config reverted to a stale version), seen by a game studio",
    "issueId": "96104", "key": "GAME-405", "remote": [('https://status.cloud.google.com/incidents/1tX748pbxW2JjTUuTJsx', '502 errors for HTTP(S) Load Balancers (5 April 2017)')], "links": [("GAME-407", "login retry backoff in client 4.2.1")], "summary": "Login / matchmaking 502 for part of the players",
    "reporter": "Ville Korhonen", "assignee": "Sanna Lehto", "labels": ["live-ops", "login", "p1"],
    "components": ["login-api", "matchmaking"], "created": "2017-04-05T08:30", "now": "2017-04-14T09:00:00Z",
    "defaultZone": "Europe/Helsinki",
    "description": """Players get 502 on login and matchmaking, maybe 1 in 4 attempts, since ~11:10.
Guess: yesterday's client 4.2 release has the aggressive retry loop again and is hammering the login API. Checking retry rates.""",
    "comments": [
        ("150401", "Ville Korhonen", "2017-04-05T08:50", """Not 4.2, retry rates are normal. The 502s come from the Google HTTP(S) LB, backends report healthy. Google status: "502 errors for HTTP(S) Load Balancers". Player reports from #bug-reports pasted (discord-bugs.txt, Helsinki time). Seems to have stopped on its own around 11:35."""),
        ("150402", "Sanna Lehto", "2017-04-05T09:30", """Tried to ship the retry backoff tweak to App Engine flex anyway: deploy fails, Google has paused all LB configuration changes. Went through in the afternoon at 1520. No player impact from that, only our deploy."""),
        ("150403", "Sanna Lehto", "2017-04-13T07:00", """Google's report (12 April) pasted as gclb-0405-report.txt (PDT). Root cause on their side: a bug in the configuration update process made the load balancer revert to a configuration that was substantially out of date; afterwards they paused all LB configuration changes for three hours and 41 minutes, which is why our flex deploy failed.
Our side: first player report 11:15 in #bug-reports, and we were looking at the wrong thing (the 4.2 client) until 11:40."""),
    ],
    "changelog": [
        ("Sanna Lehto", "2017-04-05T08:31", [("status", "Open", "In Progress")]),
        ("Sanna Lehto", "2017-04-05T08:52", [("status", "In Progress", "Monitoring")]),
        ("Sanna Lehto", "2017-04-13T07:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "discord-bugs.txt", "zone": "Europe/Helsinki", "referenceDate": "2017-04-05", "text": """
#bug-reports (exported, Helsinki time)
[05/04/2017 11:15] Moosejaw: cant log in?? error 502
[05/04/2017 11:16] pixelnorth: same, matchmaking fails like 1 in 4 tries
[05/04/2017 11:19] Ville (dev): we're looking, thanks!
[05/04/2017 11:36] pixelnorth: works again for me
"""},
        {"file": "gclb-0405-report.txt", "zone": "America/Los_Angeles", "referenceDate": "2017-04-05", "text": """
502 errors for HTTP(S) Load Balancers - Incident began at 2017-04-05 01:13 and ended at 2017-04-05 01:35 (all times are US/Pacific).
On Wednesday 5 April 2017 from 01:13 to 01:35 PDT, requests to the Google Cloud HTTP(S) Load Balancer experienced a 25% error rate for a duration of 22 minutes.
Clients received 502 errors for failed requests. Some HTTP(S) Load Balancers that were recently modified experienced error rates of 100%.
Google paused all configuration changes to the HTTP(S) Load Balancer for three hours and 41 minutes after the incident, until our engineers had understood the root cause.
"""}],
    "expected": {
        "events": [["2017-04-05T08:13Z", ["error rate"]], ["2017-04-05T08:15Z", ["502", "first player report"]],
                   ["2017-04-05T08:35Z", ["error rate", "22 minutes"]]],
        "keyTimes": {
            "started": kt("2017-04-05T08:13Z", S, "from 01:13 to 01:35 PDT", "gclb-0405-report.txt"),
            "detected": kt("2017-04-05T08:15Z", S, "cant log in?? error 502", "discord-bugs.txt"),
            "resolved": kt("2017-04-05T08:35Z", S, "from 01:13 to 01:35 PDT", "gclb-0405-report.txt")},
        "responders": [["Ville Korhonen", None], ["Sanna Lehto", None]],
        "narrative": nar(["substantially out of date"], ["paused all LB configuration changes"], ["GAME-405"],
                         "From 11:13 to 11:35 Helsinki time on 5 April 2017 about one in four player logins and matchmaking requests failed with HTTP 502 from Google's load balancer.",
                         badly=["wrong thing"]),
    }})

# 5. Google Compute Engine outbound packet loss, 18-19 February 2015 (PST), seen from Sydney ----------------------
I.append({
    "id": "gce-2015-02-routes-irc", "name": "GCE outbound packet loss 18-19 February 2015 (route caches expired while routing updates stopped), seen by a Sydney customer",
    "issueId": "96105", "key": "OPS-219", "remote": [('https://status.cloud.google.com/', 'Google Cloud status: GCE network connectivity issues 18-19 Feb 2015')], "links": [("OPS-221", "outbound synthetic checks from workers")], "summary": "Workers: outbound calls timing out (payments, email, S3)",
    "reporter": "Tom Aldridge", "assignee": "Mei Wu", "labels": ["outbound", "p2"],
    "components": ["workers", "network"], "created": "2015-02-19T07:30", "now": "2015-02-23T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Our GCE workers can't reach anything outside: payment gateway, mail provider, S3 all time out, maybe half of the calls. Since late afternoon? Customers are emailing support about stuck invoices.
Guess: the NAT gateway instance again, it's been flaky all week. Replacing it.""",
    "comments": [
        ("150501", "Mei Wu", "2015-02-19T08:10", """NAT replaced, no change; loss is on every VM, also the ones with their own external IP. Google status has "GCE instances experiencing network connectivity issues". #ops log pasted (ops-irc.txt, UTC, I'm in Singapore this week so don't trust my local times)."""),
        ("150502", "Mei Wu", "2015-02-20T22:00", """Google's summary arrived, pasted as gce-0218-summary.txt (their times, PST). Cause: the routing system dropped cached routes before their lease was up while it had stopped receiving routing updates. Fix: lease on the route caches extended from hours to weeks, plus a forced reload."""),
        ("150503", "Tom Aldridge", "2015-02-22T23:00", """For us that is 17:40 to 20:20 Sydney time on Thursday the 19th. Nobody got paged: we don't monitor outbound loss, we found out from the support queue. Actions: outbound synthetic checks from the workers, queue retries with backoff instead of failing invoices. Closing."""),
    ],
    "changelog": [
        ("Mei Wu", "2015-02-19T07:31", [("status", "Open", "In Progress")]),
        ("Mei Wu", "2015-02-19T09:30", [("status", "In Progress", "Monitoring")]),
        ("Tom Aldridge", "2015-02-22T23:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops-irc.txt", "zone": "UTC", "referenceDate": "2015-02-19", "text": """
--- #ops, times UTC ---
07:41 <taldridge> nat-gw-1 replaced, outbound still timing out
07:55 <mwu> loss now ~70% from every VM, not only behind the NAT
08:02 <mwu> google status: "GCE instances experiencing network connectivity issues"
08:37 <taldridge> retries starting to succeed, remediation working on their side?
08:50 <mwu> loss ~15%
09:20 <mwu> clean. invoice queue draining
"""},
        {"file": "gce-0218-summary.txt", "zone": "America/Los_Angeles", "referenceDate": "2015-02-18", "text": """
GCE network issue of 18-19 February 2015 - summary (times PST)
A 10% loss of outbound traffic from Compute Engine began at 22:40 PST on 18 February.
At 23:55 PST the loss spiked to 70% and stayed there for about 40 minutes; affected VMs could not reach anything outside their own network.
At 00:35 PST on the 19th the remediation began to work, and within 15 minutes loss was down to 15%.
At 01:20 PST all affected services were operating normally.
"""}],
    "expected": {
        "events": [["2015-02-19T06:40Z", ["10%"]], ["2015-02-19T07:55Z", ["70%"]],
                   ["2015-02-19T08:35Z", ["remediation"]], ["2015-02-19T08:50Z", ["15%"]],
                   ["2015-02-19T09:20Z", ["operating normally", "clean"]]],
        "keyTimes": {
            "started": kt("2015-02-19T06:40Z", S, "began at 22:40 PST on 18 February", "gce-0218-summary.txt"),
            "detected": kt(None, U),
            "resolved": kt("2015-02-19T09:20Z", S, "At 01:20 PST all affected services were operating normally", "gce-0218-summary.txt")},
        "responders": [["Mei Wu", None], ["Tom Aldridge", None]],
        "narrative": nar(["cached routes"], ["forced reload"], ["OPS-219"],
                         "From 17:40 to 20:20 Sydney time on 19 February 2015 (22:40-01:20 PST) the customer's GCE workers lost 10-70% of their outbound traffic, so payments, email and storage calls timed out.",
                         badly=["Nobody got paged"]),
    }})

# 6. Amazon ELB state data deleted, US-East, 24-25 December 2012 (PST), provider-side ticket, email thread ----------
I.append({
    "id": "aws-elb-2012-12-statedata-mail", "name": "Amazon ELB US-East service event 24-25 December 2012 (production ELB state data deleted by a maintenance process)",
    "issueId": "96106", "key": "ELB-1224", "remote": [('https://aws.amazon.com/message/680587/', 'Summary of the December 24, 2012 Amazon ELB Service Event in the US-East Region')], "links": [("ELB-1230", "change management approval for production state data")], "summary": "ELB control plane: API errors on existing load balancers, some running LBs degraded",
    "reporter": "Derek Sun", "assignee": "Priya Nandakumar", "labels": ["sev2", "us-east-1", "holiday"],
    "components": ["elb-control-plane"], "created": "2012-12-24T23:10", "now": "2012-12-31T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """ELB control plane in us-east-1: high latency and errors on API calls for EXISTING load balancers (modify / register instances fail), CreateLoadBalancer works fine. A few customers now also say their running LBs are degraded.
Suspect this morning's API fleet deploy - rolling it back.""",
    "comments": [
        ("150601", "Derek Sun", "2012-12-25T01:20", """API fleet rollback did nothing. The running LBs that degrade are exactly the ones the control plane touched (scaling / config changes), and their state records are missing. Thread with the state data team in elb-mail.txt (Pacific)."""),
        ("150602", "Priya Nandakumar", "2012-12-25T20:10", """Status post went out at 12:05 PM PST: service operating normally. Keeping ELB-1224 open for the write-up."""),
        ("150603", "Derek Sun", "2012-12-29T18:00", """Summary as published (times PST):
The service disruption began at 12:24 PM PST on December 24th when a portion of the ELB state data was logically deleted, by a maintenance process that was inadvertently run against the production ELB state data. The developer who ran it did not realize the mistake at the time.
At first only the control plane APIs failed; running load balancers degraded once the control plane modified them (6.8% of running ELB load balancers at peak).
A first restore attempt took several hours and failed to provide a usable snapshot. At 2:45 AM PST on December 25th an alternate recovery process restored a snapshot of the ELB state data, and the merge of the missing state was completed at 5:40 AM PST.
By 10:30 AM PST almost all affected load balancers had been restored to full operation; workflows and APIs were re-enabled slowly after that.
Actions: production state data can only be changed with Change Management approval; the faster recovery process is now the runbook."""),
    ],
    "changelog": [
        ("Priya Nandakumar", "2012-12-24T23:12", [("status", "Open", "In Progress")]),
        ("Priya Nandakumar", "2012-12-25T20:12", [("status", "In Progress", "Monitoring")]),
        ("Derek Sun", "2012-12-29T18:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "elb-mail.txt", "zone": "America/Los_Angeles", "referenceDate": "2012-12-24", "text": """
From: Derek Sun
Sent: Monday, December 24, 2012 5:10 PM
Subject: RE: ELB us-east-1 - state data missing
Found it: a maintenance process was run against PRODUCTION state data this afternoon. Disabling the control plane workflows that modify running LBs so no more of them degrade.

From: Priya Nandakumar
Sent: Monday, December 24, 2012 11:48 PM
Subject: RE: ELB us-east-1 - state data missing
Restore attempt 1 finished, snapshot not usable. Trying the alternate path.

From: Priya Nandakumar
Sent: Tuesday, December 25, 2012 2:51 AM
Subject: RE: ELB us-east-1 - state data missing
Alternate recovery worked: snapshot of the ELB state data restored at 2:45 AM. Starting the merge.

From: Priya Nandakumar
Sent: Tuesday, December 25, 2012 5:44 AM
Subject: RE: ELB us-east-1 - state data missing
Merge completed 5:40 AM. Re-enabling workflows one at a time.

From: Derek Sun
Sent: Tuesday, December 25, 2012 10:36 AM
Subject: RE: ELB us-east-1 - state data missing
Nearly every affected LB back at full operation as of ~10:30. APIs coming back slowly, status post at noon.
"""}],
    "expected": {
        "events": [["2012-12-24T20:24Z", ["deleted"]], ["2012-12-25T10:45Z", ["snapshot"]],
                   ["2012-12-25T13:40Z", ["merge"]], ["2012-12-25T18:30Z", ["full operation"]],
                   ["2012-12-25T20:05Z", ["operating normally"]]],
        "keyTimes": {
            "started": kt("2012-12-24T20:24Z", S, "The service disruption began at 12:24 PM PST on December 24th", "comment 150603"),
            "detected": kt(None, U),
            "resolved": kt("2012-12-25T18:30Z", S, "By 10:30 AM PST almost all affected load balancers had been restored to full operation", "comment 150603")},
        "responders": [["Derek Sun", None], ["Priya Nandakumar", None]],
        "narrative": nar(["maintenance process"], ["alternate recovery"], ["ELB-1224"],
                         "From 12:24 PM PST on 24 December 2012 to about 10:30 AM PST on 25 December, US-East customers could not manage existing Elastic Load Balancers and up to 6.8% of running load balancers were degraded.",
                         badly=["did not realize the mistake"]),
    }})

# 7. Instapaper outage, 8-9 February 2017 (RDS 2TB file size limit), PT and ET ----------------------------------
I.append({
    "id": "instapaper-2017-02-rdsfull-twitter", "name": "Instapaper 31-hour outage 8-9 February 2017 (bookmarks table hit the 2TB ext3 file size limit on RDS)",
    "issueId": "96107", "key": "IP-208", "remote": [('https://medium.com/making-instapaper/instapaper-outage-cause-recovery-3c32a7e9cc5f', 'Instapaper Outage Cause & Recovery')], "links": [("IP-211", "alert on table size / disaster recovery plan")], "summary": "Saving articles fails on all clients",
    "reporter": "Nadia Brooks", "assignee": "Caleb Ruiz", "labels": ["outage", "database", "p1"],
    "components": ["mysql", "save-api"], "created": "2017-02-08T21:05", "now": "2017-02-15T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Saving articles fails everywhere (iOS, web, bookmarklet): "Something went wrong". Reading mostly ok.
Started after lunch Pacific? Support twitter pasted (support-twitter.txt, the support account is set to Pacific).
Guess: replication lag on the read replica after this morning's index change?""",
    "comments": [
        ("150701", "Caleb Ruiz", "2017-02-08T23:30", """Not the replica. Every insert into bookmarks fails:

```
ERROR 1114 (HY000): The table 'bookmarks' is full
```

The RDS instance was created in 2013, so it sits on ext3 with a 2TB per-file limit, and bookmarks just crossed it. No way to grow it in place: we have to dump and restore into a new instance. Taking writes down."""),
        ("150702", "Caleb Ruiz", "2017-02-10T03:45", """Back up at 7:30pm PT on a new instance holding only the recent archive (articles saved since December 20, 2016); the full dump (first try 24 hours, parallel second try 10 hours) keeps running for the rest."""),
        ("150703", "Nadia Brooks", "2017-02-14T20:00", """Recap, all times PT: the outage ran from Wednesday 8 February 12:30 PM, when the bookmarks table hit the 2TB file size limit, through Thursday 9 February 7:30 PM, when we came back with limited archives (31 hours). Full recovery of all archives completed today, 14 February.
No alert existed for file size and nothing in the RDS console would have warned us. Actions: disaster recovery plan for the primary database, alert on table size, move to an ext4-backed instance (done)."""),
    ],
    "changelog": [
        ("Caleb Ruiz", "2017-02-08T21:06", [("status", "Open", "In Progress")]),
        ("Caleb Ruiz", "2017-02-10T03:50", [("status", "In Progress", "Monitoring")]),
        ("Nadia Brooks", "2017-02-14T20:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "support-twitter.txt", "zone": "America/Los_Angeles", "referenceDate": "2017-02-08", "text": """
@InstapaperHelp mentions, oldest first (TweetDeck, Pacific)
12:41 PM  @kateread: @InstapaperHelp saving anything gives "Something went wrong" on iPhone and web
12:44 PM  @tomlinjr: @InstapaperHelp can't save articles since a few minutes ago
12:58 PM  @InstapaperHelp: We're aware that saving is failing and we're looking into it. Sorry!
4:10 PM   @InstapaperHelp: Instapaper is down while we work on a database issue. Your saved articles are safe.
"""}],
    "expected": {
        "events": [["2017-02-08T20:30Z", ["outage", "2TB"]], ["2017-02-08T20:41Z", ["saving"]],
                   ["2017-02-10T03:30Z", ["back up", "came back"]]],
        "keyTimes": {
            "started": kt("2017-02-08T20:30Z", S, "from Wednesday 8 February 12:30 PM", "comment 150703"),
            "detected": kt("2017-02-08T20:41Z", S, "saving anything gives \"Something went wrong\"", "support-twitter.txt"),
            "resolved": kt("2017-02-10T03:30Z", S, "through Thursday 9 February 7:30 PM", "comment 150703")},
        "responders": [["Caleb Ruiz", None], ["Nadia Brooks", None]],
        "narrative": nar(["2TB file size limit"], ["new instance"], ["IP-208"],
                         "From 12:30 PM PT on 8 February to 7:30 PM PT on 9 February 2017 (31 hours) Instapaper users could not save articles; the service came back with only recent archives until 14 February.",
                         badly=["No alert existed for file size"]),
    }})

# 8. Dropbox outage 10-12 January 2014 (OS upgrade script reinstalled active DB machines), PT + Dublin ------------
I.append({
    "id": "dropbox-2014-01-upgrade-irc", "name": "Dropbox outage 10-12 January 2014 (upgrade script reinstalled active database machines)",
    "issueId": "96108", "key": "INFRA-110", "remote": [('https://blogs.dropbox.com/tech/2014/01/outage-post-mortem/', 'Outage post-mortem')], "links": [("INFRA-114", "parallel binlog replay tool")], "summary": "dropbox.com / API / sync down after OS upgrade maintenance",
    "reporter": "Alan Cho", "assignee": "Siobhan Kerr", "labels": ["sev0", "weekend", "database"],
    "components": ["mysql-fleet", "upgrade-tooling"], "created": "2014-01-11T02:05", "now": "2014-01-16T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Site, API and desktop sync are down. Twitter is full of a group claiming they hacked / DDoSed us, checking that with netops first.
Personally I think it's tonight's OS upgrade maintenance, but let's rule out the attack.""",
    "comments": [
        ("150801", "Siobhan Kerr", "2014-01-11T02:40", """No DDoS, no intrusion. The OS upgrade script is supposed to check a machine has no active data before reinstalling it; a bug let it reinstall a small number of active machines, including some master-replica database pairs. Restoring those from backups. Recovery channel log in infra-irc.txt (I'm in Dublin, times are mine)."""),
        ("150802", "Alan Cho", "2014-01-13T03:00", """Blog post text (published tonight):
On Friday at 5:30 PM PT, we had a planned maintenance scheduled to upgrade the OS on some of our machines. A subtle bug in the script caused the command to reinstall a small number of active machines. Unfortunately, some master-replica pairs were impacted which resulted in the site going down.
We were able to restore most functionality within 3 hours, but the large size of some of our databases slowed recovery, and it took until 4:40 PM PT today for core service to fully return.
Files were never at risk: these databases hold metadata (photos, camera uploads, API features), not file data."""),
        ("150803", "Siobhan Kerr", "2014-01-15T17:00", """For the review: impact window Fri 10 Jan 5:30 PM PT (site down as the upgrade hit the active DB machines) until Sun 12 Jan 4:40 PM PT. We don't have a clean "first alert" time: the maintenance crew was already watching and the pager storm got acked in bulk.
Actions: machines verify their own state before any destructive command; parallel binlog replay tool so big restores don't take days."""),
    ],
    "changelog": [
        ("Siobhan Kerr", "2014-01-11T02:06", [("status", "Open", "In Progress")]),
        ("Siobhan Kerr", "2014-01-11T05:00", [("assignee", "Siobhan Kerr", "Alan Cho")]),
        ("Alan Cho", "2014-01-13T01:10", [("status", "In Progress", "Monitoring")]),
        ("Siobhan Kerr", "2014-01-15T17:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "infra-irc.txt", "zone": "Europe/Dublin", "referenceDate": "2014-01-11", "text": """
[02:31] <skerr> restore from backup started for the affected pairs
[04:32] <acho> web + desktop sync answering again for most users, photos / camera uploads / API still off
[11:05] <skerr> biggest shard still replaying binlogs, ETA "a day"
[Sun 14:20] <skerr> two shards left
[Mon 00:42] <acho> last shard caught up, camera uploads + API back, core service fully up
"""}],
    "expected": {
        "events": [["2014-01-11T01:30Z", ["5:30"]], ["2014-01-13T00:40Z", ["core service"]]],
        "keyTimes": {
            "started": kt("2014-01-11T01:30Z", S, "Fri 10 Jan 5:30 PM PT", "comment 150803"),
            "detected": kt(None, U),
            "resolved": kt("2014-01-13T00:40Z", S, "it took until 4:40 PM PT today for core service to fully return", "comment 150802")},
        "responders": [["Siobhan Kerr", None], ["Alan Cho", None]],
        "narrative": nar(["bug in the script"], ["backups"], ["INFRA-110"],
                         "From 5:30 PM PT on Friday 10 January 2014 Dropbox's website, API and sync were down; most functionality came back within about three hours and core service fully returned at 4:40 PM PT on Sunday 12 January."),
    }})

# 9. Azure Front Door global outage 29-30 October 2025, seen from a Chicago payments app ---------------------------
I.append({
    "id": "afd-2025-10-login-teams", "name": "Azure Front Door outage 29-30 October 2025 (inadvertent tenant configuration change), seen by a payments app",
    "issueId": "96109", "key": "PAY-1029", "remote": [('https://azure.status.microsoft/en-us/status/history/', 'Azure status history: Azure Front Door, 29 October 2025')], "links": [("PAY-1034", "Traffic Manager fallback path")], "summary": "Login / app API timing out behind Front Door",
    "reporter": "Marisol Ortiz", "assignee": "Devon Price", "labels": ["sev1", "azure", "customer-facing"],
    "components": ["web-login", "mobile-api"], "created": "2025-10-29T16:20", "now": "2025-11-05T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Web login and the mobile app API time out or return 502/504 through our Front Door endpoint. Card payments at partners unaffected (different path).
Since about 11 our time? First suspect: the WAF custom rule we pushed at 10:30 CT.""",
    "comments": [
        ("150901", "Devon Price", "2025-10-29T16:45", """WAF rule rolled back, no change. Azure status now lists Azure Front Door as degraded ("latencies, timeouts and errors"), Microsoft is blocking AFD config changes and rolling back to a last known good configuration. Alerts in afd-alerts.txt (UTC), our Teams thread in ops-teams.txt (Central)."""),
        ("150902", "Marisol Ortiz", "2025-10-30T13:30", """Morning check: login + API fine all night since Microsoft's recovery, synthetic green. Customer config changes to AFD still blocked by Microsoft, so the WAF rule stays off for now."""),
        ("150903", "Devon Price", "2025-11-01T18:00", """Microsoft's Preliminary PIR:
"Between 15:45 UTC on 29 October and 00:05 UTC on 30 October 2025, customers and Microsoft services leveraging Azure Front Door (AFD) may have experienced latencies, timeouts, and errors."
What went wrong: an inadvertent tenant configuration change within AFD introduced an invalid configuration state; a significant number of AFD nodes failed to load, and traffic piled onto the remaining healthy nodes.
For us that is 10:45 AM to 7:05 PM Central on the 29th. Our first alert fired at 15:51 UTC. Action: evaluate a Traffic Manager fallback path that skips Front Door (the 1h DNS TTL made it useless on the day)."""),
    ],
    "changelog": [
        ("Devon Price", "2025-10-29T16:21", [("status", "Open", "In Progress")]),
        ("Devon Price", "2025-10-30T00:30", [("status", "In Progress", "Monitoring")]),
        ("Marisol Ortiz", "2025-11-01T18:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "afd-alerts.txt", "zone": "UTC", "referenceDate": "2025-10-29", "text": """
[2025-10-29 15:51:22 UTC] ALERT fired     synth-login-centralus  check=https://app.paylane.example/login  result=TIMEOUT (3/3 locations)  sev=1
[2025-10-29 15:58:03 UTC] ALERT fired     afd-5xx-ratio  value=0.38  threshold=0.05  sev=2
[2025-10-30 00:09:40 UTC] ALERT resolved  synth-login-centralus
[2025-10-30 00:12:15 UTC] ALERT resolved  afd-5xx-ratio
"""},
        {"file": "ops-teams.txt", "zone": "America/Chicago", "referenceDate": "2025-10-29", "text": """
[10/29/2025 11:02 AM] Marisol Ortiz: rolled back the WAF rule, still timing out
[10/29/2025 11:09 AM] Devon Price: Azure status: Front Door issue, investigating
[10/29/2025 1:35 PM] Devon Price: MSFT rolling AFD back to last known good, they say full mitigation by 23:20 UTC (6:20 PM us)
[10/29/2025 2:10 PM] Marisol Ortiz: could we bypass AFD with Traffic Manager? DNS TTL is 1h, not worth it
[10/29/2025 6:20 PM] Devon Price: still flaky, so much for the ETA
[10/29/2025 7:05 PM] Devon Price: Microsoft: error rates and latency back to pre-incident levels. our login synthetic agrees a few min later
[10/30/2025 8:40 AM] Marisol Ortiz: quiet night, all good
"""},
    ],
    "expected": {
        "events": [["2025-10-29T15:45Z", ["between", "10:45"]], ["2025-10-29T15:51Z", ["alert fired", "first alert"]],
                   ["2025-10-30T00:05Z", ["pre-incident", "between"]]],
        "keyTimes": {
            "started": kt("2025-10-29T15:45Z", S, "Between 15:45 UTC on 29 October and 00:05 UTC on 30 October 2025", "comment 150903"),
            "detected": kt("2025-10-29T15:51Z", S, "ALERT fired     synth-login-centralus", "afd-alerts.txt"),
            "resolved": kt("2025-10-30T00:05Z", S, "Between 15:45 UTC on 29 October and 00:05 UTC on 30 October 2025", "comment 150903")},
        "responders": [["Devon Price", None], ["Marisol Ortiz", None]],
        "narrative": nar(["inadvertent tenant configuration change"], ["last known good"], ["PAY-1029"],
                         "From 10:45 AM to 7:05 PM Central on 29 October 2025 the payments app's web login and mobile API timed out or failed behind Azure Front Door."),
    }})

# 10. Google Cloud EU router congestion, 10 November 2015 (PST), provider-side, Zurich team ------------------------
I.append({
    "id": "gcp-2015-11-eurouter-alerts", "name": "GCE/GAE outbound latency through one European router 10 November 2015 (network component failure)",
    "issueId": "96110", "key": "NETEU-1110", "remote": [('https://status.cloud.google.com/', 'Google Cloud status: outbound latency via a European router, 10 Nov 2015')], "links": [("NETEU-1113", "congestion alerting for this router type")], "summary": "EU egress router dropping traffic - outbound latency GCE/GAE",
    "reporter": "Lukas Brunner", "assignee": "Elif Demir", "labels": ["network", "emea", "sev2"],
    "components": ["eu-edge", "egress"], "created": "2015-11-10T17:25", "now": "2015-11-16T12:00:00Z",
    "defaultZone": "Europe/Zurich",
    "description": """One of the EU egress routers is dropping a big share of what goes through it (~40% at the moment); outbound from GCE VMs and App Engine instances via that path is slow or times out.
When did it start? Graphs creep up since early afternoon, hard to say.
Suspect yesterday's BGP policy change on the EU edge, pulling it.""",
    "comments": [
        ("151001", "Elif Demir", "2015-11-10T17:40", """BGP policy revert didn't help. Diverted a subset of traffic off the affected path when the congestion alert fired (alert log in eu-alerts.txt, UTC); that barely dents it. Next: change traffic priority on the router."""),
        ("151002", "Elif Demir", "2015-11-10T21:30", """Traffic priority change in; drops gone on that path, latency normal. Hardware (a failed network component in the router) gets replaced tomorrow, leaving this open."""),
        ("151003", "Lukas Brunner", "2015-11-13T10:00", """Public incident summary pasted as eu-router-summary.txt (PST as published). Replacement of the faulty component done on the 11th. Actions: alerting on congestion for this router type (we only saw it hours late), capacity plans that count all traffic classes."""),
    ],
    "changelog": [
        ("Elif Demir", "2015-11-10T17:26", [("status", "Open", "In Progress")]),
        ("Elif Demir", "2015-11-10T21:35", [("status", "In Progress", "Monitoring")]),
        ("Lukas Brunner", "2015-11-13T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "eu-alerts.txt", "zone": "UTC", "referenceDate": "2015-11-10", "text": """
ts=2015-11-10T17:10:00Z alert=LinkCongestion state=FIRING router=eu-edge-r7 drop_ratio=0.38 sev=page
ts=2015-11-10T17:34:00Z alert=LinkCongestion state=FIRING router=eu-edge-r7 drop_ratio=0.35 sev=page (re-notify)
ts=2015-11-10T21:16:00Z alert=LinkCongestion state=RESOLVED router=eu-edge-r7
"""},
        {"file": "eu-router-summary.txt", "zone": "America/Los_Angeles", "referenceDate": "2015-11-10", "text": """
On Tuesday, 10 November 2015 from 06:30 - 13:13 PST, a subset of outbound traffic from Google Compute Engine VMs and Google App Engine instances experienced high latency.
The disruption was limited to outbound traffic through one of our European routers, and at peak 40% of all traffic routed through this device was dropped.
As soon as significant traffic congestion in the network path was detected, at 09:10 PST, Google Engineers diverted a subset of traffic away from the affected path.
As this only slightly decreased the congestion, Google Engineers made a change in traffic priority which fully mitigated the problem by 13:13 PST.
"""},
    ],
    "expected": {
        "events": [["2015-11-10T14:30Z", ["high latency"]], ["2015-11-10T17:10Z", ["detected", "FIRING"]],
                   ["2015-11-10T21:13Z", ["mitigated"]]],
        "keyTimes": {
            "started": kt("2015-11-10T14:30Z", S, "from 06:30 - 13:13 PST", "eu-router-summary.txt"),
            "detected": kt("2015-11-10T17:10Z", S, "alert=LinkCongestion state=FIRING router=eu-edge-r7 drop_ratio=0.38", "eu-alerts.txt"),
            "resolved": kt("2015-11-10T21:13Z", S, "fully mitigated the problem by 13:13 PST", "eu-router-summary.txt")},
        "responders": [["Elif Demir", None], ["Lukas Brunner", None]],
        "narrative": nar(["network component"], ["traffic priority"], ["NETEU-1110"],
                         "From 06:30 to 13:13 PST on 10 November 2015 part of the outbound traffic from Compute Engine VMs and App Engine instances through one European router saw high latency, with up to 40% dropped.",
                         badly=["hours late"]),
    }})

# 11. Gandi platform incident 10 October 2021 (power feed lost), seen by a small Paris agency using Gandimail -------
I.append({
    "id": "gandi-2021-10-mail-whatsapp", "name": "Gandi platform incident 10 October 2021 (lost electrical feed, overcurrent on the remaining one), seen by a Gandimail customer",
    "issueId": "96111", "key": "IT-1010", "links": [("IT-1012", "second MX / mail provider evaluation")],
    "remote": [("https://news.gandi.net/en/2021/10/postmortem-october-10-2021-incident/", "Postmortem: October 10, 2021 incident")],
    "summary": "Email down (Gandimail) + can't reach DNS management", "priority": "High",
    "reporter": "Camille Roux", "assignee": "Julien Marchand", "labels": ["email", "vendor", "sunday"],
    "components": ["email", "dns"], "created": "2021-10-10T11:05", "now": "2021-10-15T10:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Nobody can read or send mail since lunchtime (webmail + Outlook), and the Gandi admin site doesn't load, so no DNS changes either. Client pitch is tomorrow 9h.
My first idea: the Outlook update pushed to the laptops on Friday. Julien can you check?""",
    "comments": [
        ("151101", "Julien Marchand", "2021-10-10T11:40", """Not Outlook: webmail is dead too, and Gandi's status page shows an incident on their main platform (website, API, mail). Nothing we can do but wait. WhatsApp group copied in it-whatsapp.txt."""),
        ("151102", "Julien Marchand", "2021-10-10T16:10", """Mail flowing again, webmail and Outlook both connect. Sent a test to and from the client, fine. Leaving the ticket open until Gandi publishes something."""),
        ("151103", "Camille Roux", "2021-10-14T08:30", """Gandi's postmortem, pasted as published (times UTC):
On Sunday October 10th from 10:13 UTC to 18:16 UTC an incident impacted our main platform.
- website and admin: offline until 16:39 UTC
- APIs: offline until 13:30 UTC
- Gandimail: unable to connect to email account, read or send emails until 17:30 UTC
Cause: an electrical problem caused the loss of an electrical feed and an overcurrent on the remaining feed; too many servers sat in one rack during a server migration.
For us: mail from 12:13 to 19:30 Paris time. Julien's 18:10 "mail flowing" was an early test that got lucky, the client's reply bounced until 19:30. Action: a secondary MX with another provider."""),
    ],
    "changelog": [
        ("Julien Marchand", "2021-10-10T11:06", [("status", "Open", "In Progress")]),
        ("Julien Marchand", "2021-10-10T16:12", [("status", "In Progress", "Monitoring")]),
        ("Camille Roux", "2021-10-14T08:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "it-whatsapp.txt", "zone": "Europe/Paris", "referenceDate": "2021-10-10", "text": """
10/10/2021, 12:21 - Inès: Outlook asks for my password again and again, and webmail says server unavailable??
10/10/2021, 12:24 - Camille Roux: same here. Julien?
10/10/2021, 12:58 - Camille Roux: opened IT-1010
10/10/2021, 13:41 - Julien Marchand: it's Gandi, their whole platform is down. nothing to do on our side
10/10/2021, 18:40 - Julien Marchand: Gandi admin site loads again, DNS editable
10/10/2021, 18:10 - Julien Marchand: mail flowing again 🎉
10/10/2021, 19:02 - Inès: my reply to the client just bounced...
10/10/2021, 19:31 - Inès: ok now it went through
"""}],
    "expected": {
        "events": [["2021-10-10T10:13Z", ["incident impacted"]], ["2021-10-10T10:21Z", ["server unavailable"]],
                   ["2021-10-10T13:30Z", ["APIs"]], ["2021-10-10T16:39Z", ["website"]],
                   ["2021-10-10T17:30Z", ["Gandimail"]], ["2021-10-10T18:16Z", ["incident impacted"]]],
        "keyTimes": {
            "started": kt("2021-10-10T10:13Z", S, "from 10:13 UTC to 18:16 UTC", "comment 151103"),
            "detected": kt("2021-10-10T10:21Z", S, "webmail says server unavailable", "it-whatsapp.txt"),
            "resolved": kt("2021-10-10T17:30Z", S, "read or send emails until 17:30 UTC", "comment 151103")},
        "responders": [["Julien Marchand", None], ["Camille Roux", None]],
        "narrative": nar(["electrical feed"], [], ["IT-1010"],
                         "From 12:13 to 19:30 Paris time on Sunday 10 October 2021 the agency could not read or send email (Gandimail) and could not manage its DNS at Gandi until 16:39 UTC.",
                         lucky=["got lucky"]),
    }})

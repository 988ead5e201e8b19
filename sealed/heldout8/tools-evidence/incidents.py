"""Held-out 8 incidents (issue 15). Timeline facts from public post-mortems (SOURCES-heldout8.md); people,
ticket keys, chat wording and ticket mechanics are invented. Key times are UTC minutes."""
from lib import kt

I = []
_n = [0]


def inc(id, name, key, summary, now, zone, created, reporter, assignee, description, comments, changelog, pastes,
        started, detected, resolved, events, responders, narrative, labels=("incident",), components=("platform",), links=None, remote=None):
    _n[0] += 1
    iid = str(48100 + _n[0] * 7)
    cs = []
    for i, c in enumerate(comments):
        cs.append(("%d" % (810000 + _n[0] * 100 + i),) + tuple(c))
    nar = {"rootCause": [], "fix": [], "lucky": [], "wentWell": [], "wentBadly": [], "customerEffect": "",
           "internalNames": []}
    nar.update(narrative)
    I.append({"id": id, "name": name, "issueId": iid, "key": key, "summary": summary, "now": now,
              "defaultZone": zone, "created": created, "reporter": reporter, "assignee": assignee,
              "labels": list(labels), "components": list(components), "description": description,
              "comments": cs, "changelog": changelog, "pastes": pastes,
              "remote": remote or [("https://wiki.acme.example/incidents/" + key, key + " incident notes")],
              "links": links or [(key.split("-")[0] + "-" + str(int(key.split("-")[1]) + 9), "Follow-up: review actions for " + key)],
              "expected": {"events": events, "keyTimes": {"started": started, "detected": detected,
                                                           "resolved": resolved},
                           "responders": responders, "narrative": nar}})
    return cs


def cid(k, i):
    return "comment %d" % (810000 + k * 100 + i)


U = kt(None, "UNKNOWN")

# 1 Coinbase, 23 Nov 2021 expired internal certificate (PT team, ticket written next morning)
inc("coinbase-2021-11-cert", "Coinbase 2021-11-23 internal certificate expiry, ~90% API errors", "EXCH-5521",
    "Site-wide API errors Tue evening - internal LB cert", "2021-12-03T00:00:00Z", "America/Los_Angeles",
    "2021-11-24T17:05", "Marisol Quintero", "Tobias Wrenfield",
    """Filing this properly the morning after, Tue night was all in the bridge.

Short version: most of prod fell over Tuesday evening Pacific. First thing we all believed was a Cloudflare problem (it was not).

What users saw:
Web + apps erroring for basically everyone, roughly nine out of ten API calls failing at the routing layer.

Cause (as far as we know today):
The cert on an internal hostname in one of our AWS accounts expired. Internal load balancers used it, so inter-service calls failed. Old IAM server cert, not in ACM, nobody got a renewal nudge.

Times + detail in the thread below and in Tobias's writeup comment.""",
    [("Tobias Wrenfield", "2021-11-24T19:40", """Writeup, times Pacific unless I say otherwise.

The cert expired at 4:00pm PT Tuesday (that is 00:00 UTC on the 24th, it is literally a midnight-UTC notAfter). Error rate at the API routing layer jumped to ~90% the same minute.

We swapped every internal LB over to a valid cert and errors were back to baseline at approximately 5:36 pm PT. So the window is 4:00pm -> ~5:36pm.

Note the status page kept 'monitoring' until much later that night, that was comms being careful, not impact."""),
     ("Marisol Quintero", "2021-11-24T21:15", """Action items filed: EXCH-5530 (inventory IAM server certs), EXCH-5531 (expiry alert on every cert, not just ACM ones)."""),
     ],
    [("Marisol Quintero", "2021-11-24T17:06", [("status", "Open", "In Progress")]),
     ("Tobias Wrenfield", "2021-11-24T21:20", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "coinbase-2021-11-cert-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2021-11-23",
      "text": """#inc-api-errors (exported, PT)
(export starts where the channel was created, the bridge was already running by then)
[4:09 PM] dmitri.k: is cloudflare down?? same 5xx on web as on the bridge
[4:10 PM] hana.b: app too. started maybe ~4:05?
[4:11 PM] tobias.w: routing layer 5xx ~90%. not CF, backends are refusing TLS from the LBs
[4:19 PM] tobias.w: x509: certificate has expired or is not yet valid: notAfter 2021-11-24T00:00:00Z  <- there it is
[4:26 PM] marisol.q: ok so correction for the status post, it did not start ~4:05, it started on the dot at 4:00
[4:58 PM] tobias.w: half the internal LBs on the new ACM cert, errors dropping
[5:36 PM] tobias.w: error rate back to baseline, all LBs migrated
[6:48 PM] hana.b: status page moved to resolved"""}],
    kt("2021-11-24T00:00Z", "STATED", "The cert expired at 4:00pm PT Tuesday", cid(1, 0)),
    U,
    kt("2021-11-24T01:36Z", "STATED", "errors were back to baseline at approximately 5:36 pm PT", cid(1, 0)),
    [["2021-11-24T00:00Z", ["expired"]], ["2021-11-24T01:36Z", ["baseline"]]],
    [["Tobias Wrenfield", None], ["Marisol Quintero", None]],
    {"rootCause": ["certificate", "expired"], "fix": ["valid cert"], "wentBadly": ["renewal nudge"],
     "customerEffect": "From 4:00 pm to about 5:36 pm PT on 23 November 2021 about 90% of API calls to the Coinbase websites and apps failed.",
     "internalNames": ["EXCH-5530", "EXCH-5531", "#inc-api-errors"]})

# 2 Coinbase, 27 Oct 2021 traffic overload, two outages, ticket resolved then reopened
inc("coinbase-2021-10-traffic", "Coinbase 2021-10-27 traffic surge, two intermittent outages", "RETAIL-2290",
    "Elevated errors retail + Pro (traffic spike)", "2021-11-08T00:00:00Z", "America/New_York",
    "2021-10-27T14:05", "Priyanka Deshmukh", "Colm Arbuthnot",
    """Opened from the NYC side, times are Eastern in this ticket unless marked.

Big traffic morning. Rewards datastore latency going through the roof, logged-out pages erroring, Pro logins failing. Engineers were alerted on elevated error rates across several services (alert history is in Datadog, I have not pulled the exact page time).

Status: mitigating.""",
    [("Colm Arbuthnot", "2021-10-27T14:50", """Recovered. Errors normal at 1:42 pm ET, closing. Outage ran from 9:40 am ET.""" ),
     ("Priyanka Deshmukh", "2021-10-27T15:35", """Reopening, errors are back. Different bottleneck this time (transfers / history), not the rewards store."""),
     ("Colm Arbuthnot", "2021-11-02T18:10", """Recap for the review, Pacific because that is what the blog post will use:

- first outage between approximately 6:40 am and 10:42 am PT
- second outage 12:20 pm -> 2:32 pm PT
- logged-out experience, Pro login, transfers affected; exchange itself not materially impacted

Both triggered by system bottlenecks from the traffic, several times previous peaks. After 2:32 pm PT nothing further, we kept the room open until ~4 for safety."""),
     ],
    [("Priyanka Deshmukh", "2021-10-27T14:06", [("status", "Open", "In Progress")]),
     ("Colm Arbuthnot", "2021-10-27T14:51", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
     ("Priyanka Deshmukh", "2021-10-27T15:36", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
     ("Colm Arbuthnot", "2021-10-27T23:10", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "coinbase-2021-10-traffic-teams.txt", "zone": "America/New_York", "referenceDate": "2021-10-27",
      "text": """Teams - Retail Reliability (times ET)
Priyanka Deshmukh 9:52 AM
rewards p99 is at 30s, logged-out homepage 500ing
Colm Arbuthnot 10:04 AM
scaling the rewards store, shedding rewards calls on logged-out path
Priyanka Deshmukh 3:20 PM
second wave - transfers history timing out, Pro login ok now
Colm Arbuthnot 5:32 PM
clean since 5:32, keeping an eye on it"""}],
    kt("2021-10-27T13:40Z", "STATED", "first outage between approximately 6:40 am and 10:42 am PT", cid(2, 2)),
    U,
    kt("2021-10-27T21:32Z", "STATED", "second outage 12:20 pm -> 2:32 pm PT", cid(2, 2)),
    [["2021-10-27T13:40Z", ["outage ran"]], ["2021-10-27T17:42Z", ["errors normal"]],
     ["2021-10-27T19:20Z", ["second wave"]], ["2021-10-27T21:32Z", ["clean"]]],
    [["Colm Arbuthnot", None], ["Priyanka Deshmukh", None]],
    {"rootCause": ["traffic", "bottleneck"], "fix": ["scaling the rewards store"],
     "customerEffect": "On 27 October 2021 Coinbase.com, the apps and Coinbase Pro were intermittently slow or failing from about 6:40 to 10:42 am PT and again from 12:20 to 2:32 pm PT.",
     "internalNames": ["RETAIL-2290"]})

# 3 Coinbase, 6-7 Jan 2021 API instability (day-before precursor)
inc("coinbase-2021-01-api", "Coinbase 2021-01-07 API instability for web and mobile", "API-1187",
    "coinbase.com / mobile API instability (again)", "2021-01-15T00:00:00Z", "Europe/Dublin",
    "2021-01-07T16:02", "Saoirse Gallagher", "Benedikt Rautenberg",
    """Dublin support desk opening this, customers in EU morning queue say web + app keep failing, some see full outage, some just errors.

Note: yesterday (Wed) we had a short wobble too, that one went away by itself within half an hour. Might be the same thing coming back.

Trading through the exchange APIs looks fine per the desk.""",
    [("Benedikt Rautenberg", "2021-01-07T21:10", """Restored. Mitigation in, full service back, error rates normal. Short placeholder blog goes out tonight; full post-mortem later."""),
     ("Benedikt Rautenberg", "2021-01-08T10:30", """Times for the record (UTC, from the placeholder post):

Wed 6 Jan: 15:15 to 15:45 UTC, instability, cleared on its own.
Thu 7 Jan: from 15:32 to 20:36 UTC the API behind coinbase.com and mobile was unstable, ranging from full outage to elevated errors. At 20:36 UTC full service was restored.

Treat Wed as a separate earlier event for this ticket; this ticket is Thursday."""),
     ],
    [("Saoirse Gallagher", "2021-01-07T16:03", [("status", "Open", "In Progress")]),
     ("Benedikt Rautenberg", "2021-01-07T21:12", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "coinbase-2021-01-api-zendesk.txt", "zone": "Europe/Dublin", "referenceDate": "2021-01-07",
      "text": """Zendesk macro usage export (Europe/Dublin)
2021-01-07 15:58  macro "Known issue - site errors" applied x14
2021-01-07 16:40  macro "Known issue - site errors" applied x61
2021-01-07 20:51  macro "Resolved - site errors" applied x3"""}],
    kt("2021-01-07T15:32Z", "STATED", "from 15:32 to 20:36 UTC the API behind coinbase.com and mobile was unstable", cid(3, 1)),
    U,
    kt("2021-01-07T20:36Z", "STATED", "At 20:36 UTC full service was restored.", cid(3, 1)),
    [["2021-01-06T15:15Z", ["instability"]], ["2021-01-06T15:45Z", ["instability"]],
     ["2021-01-07T15:32Z", ["unstable"]], ["2021-01-07T20:36Z", ["restored"]]],
    [["Benedikt Rautenberg", None], ["Saoirse Gallagher", None]],
    {"fix": ["mitigation"], "customerEffect": "From 15:32 to 20:36 UTC on 7 January 2021 the API behind coinbase.com and the mobile apps was unstable, from full outage to elevated error rates; exchange APIs were not affected.",
     "internalNames": ["API-1187"]})

# 4 Fastmail, 1 Aug 2018 NYI network failure (Melbourne team)
inc("fastmail-2018-08-nyi", "Fastmail 2018-08-01 primary datacentre network failure (NYI New Jersey)", "OPS-3318",
    "Offline to most networks - NJ routing", "2018-08-10T00:00:00Z", "Australia/Melbourne",
    "2018-08-01T08:02", "Fiona Castellanos", "Raghav Iyer",
    """Melbourne on call. We are unreachable from most of the internet, servers themselves are up, power fine. Looks like routing inside NYI, they are on it.

Some customers get through over VPNs, some phones still get push.""",
    [("Raghav Iyer", "2018-08-01T09:05", """Pobox, Listbox and Topicbox coming back first. Main mail still dark."""),
     ("Raghav Iyer", "2018-08-02T02:30", """Timeline for the blog, written in all four zones because half the readers are in the US:

12:28am PDT / 3:28am EDT / 7:28am GMT / 5:28pm AEST - went offline to the majority of networks
3:15am PDT / 6:15am EDT / 10:15am GMT / 8:15pm AEST - full service restored

2h47m of seriously degraded connectivity. NYI backbone router memory leak -> BGP sessions reset -> our 66.111.4.0/24 not advertised correctly. No mail lost, inbound queued or went to Seattle."""),
     ("Fiona Castellanos", "2018-08-02T04:00", """FYI press piece says core mail was back at 10:08 UTC. Our own graphs say 10:15, going with ours."""),
     ],
    [("Fiona Castellanos", "2018-08-01T08:03", [("status", "Open", "In Progress")]),
     ("Raghav Iyer", "2018-08-01T11:00", [("status", "In Progress", "Monitoring")]),
     ("Raghav Iyer", "2018-08-02T02:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "fastmail-2018-08-nyi-irc.txt", "zone": "Australia/Melbourne", "referenceDate": "2018-08-01",
      "text": """#ops (AEST)
[17:41] <fcast> back at a laptop, sorry, was driving when it paged. external probes from 3 continents failing, internal all green
[17:55] <riyer> NYI say a backbone router is being pulled, routes should converge
[18:58] <riyer> pobox/listbox/topicbox answering again
[20:15] <riyer> fastmail.com answering from everywhere we test. phew
[21:30] <fcast> leaving the status page on monitoring overnight"""}],
    kt("2018-08-01T07:28Z", "STATED", "12:28am PDT / 3:28am EDT / 7:28am GMT / 5:28pm AEST - went offline", cid(4, 1)),
    U,
    kt("2018-08-01T10:15Z", "STATED", "3:15am PDT / 6:15am EDT / 10:15am GMT / 8:15pm AEST - full service restored", cid(4, 1)),
    [["2018-08-01T07:28Z", ["offline"]], ["2018-08-01T08:58Z", ["pobox"]], ["2018-08-01T10:15Z", ["restored"]]],
    [["Raghav Iyer", None], ["Fiona Castellanos", None]],
    {"rootCause": ["memory leak", "BGP"], "lucky": ["No mail lost"],
     "customerEffect": "From 07:28 to 10:15 UTC on 1 August 2018 Fastmail was unreachable from most networks; mail was delayed, not lost.",
     "internalNames": ["OPS-3318", "#ops"]})

# 5 Fastmail, 30 Jun 2023 partial outage, ~19 h, approximate times
inc("fastmail-2023-06-transit", "Fastmail 2023-06-30 partial outage, one transit path unreachable", "OPS-5102",
    "Part of internet can't reach us / we can't deliver to some MX", "2023-07-12T00:00:00Z", "Australia/Melbourne",
    "2023-06-30T09:40", "Noor Haddad", "Wendell Okafor",
    """Filed late, sorry, we thought this was a handful of customers' ISPs for most of the day.

Symptoms: some customers cannot reach us at all, outbound mail to some servers deferred, some fetch accounts disabled after repeated failures. Everything looks healthy from inside.""",
    [("Wendell Okafor", "2023-06-30T14:30", """Packets leaving our network die somewhere past our single transit provider for a slice of destinations. We can't route around it: only one outbound path."""),
     ("Noor Haddad", "2023-07-01T08:15", """Provider fixed it on their side overnight (our night). Customers confirm."""),
     ("Wendell Okafor", "2023-07-05T23:00", """Numbers for the post:
When: starting approximately 03:00 UTC on 30 June and ending about 22:00 UTC the same day, ~19 hours.
Who: estimate 3-5% of customers.
Status page: one 'investigating' post then nothing for ~11h. That is on us.
Plan: second transit provider."""),
     ],
    [("Noor Haddad", "2023-06-30T09:41", [("status", "Open", "In Progress")]),
     ("Noor Haddad", "2023-07-01T08:16", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "fastmail-2023-06-transit-status.txt", "zone": "UTC", "referenceDate": "2023-06-30",
      "text": """status page copy (UTC as rendered)
Jun 30, 06:52 UTC  Investigating - Some users are reporting they cannot connect to Fastmail. We are investigating.
Jul 01, 07:58 UTC  Resolved - Connectivity has been restored for all affected networks. We will publish a post-mortem."""}],
    kt("2023-06-30T03:00Z", "STATED", "starting approximately 03:00 UTC on 30 June", cid(5, 2)),
    U,
    kt("2023-06-30T22:00Z", "STATED", "ending about 22:00 UTC the same day", cid(5, 2)),
    [["2023-06-30T03:00Z", ["starting"]], ["2023-06-30T22:00Z", ["ending"]]],
    [["Wendell Okafor", None], ["Noor Haddad", None]],
    {"rootCause": ["single transit provider"], "fix": ["Provider fixed it"], "wentBadly": ["nothing for ~11h"],
     "customerEffect": "From about 03:00 to 22:00 UTC on 30 June 2023 roughly 3-5% of Fastmail customers could not reach the service and mail to some servers was delayed.",
     "internalNames": ["OPS-5102"]})

# 6 Neon, 6 Sep 2023 console executor stuck (Berlin-based SRE, PagerDuty lines)
inc("neon-2023-09-console", "Neon 2023-09-06 console operations stuck (executor halted, CNI change)", "CP-914",
    "Console down - projects stuck 'context deadline exceeded'", "2023-09-15T00:00:00Z", "Europe/Berlin",
    "2023-09-06T11:40", "Katarzyna Wolanska", "Ignacio Ferreyra",
    """Console / API requests for a large share of projects hang and end with context deadline exceeded. ~150k of 200k projects show the stuck executor id.

Restart of the executor pod helped for a few minutes only, then DNS lookup failures. Current suspicion: recent CNI config change on some nodes.""",
    [("Ignacio Ferreyra", "2023-09-06T15:30", """Found it in the audit log: an automated script linked to the service cluster installed CNI configs. Removing them took the console down completely for a while (restart loop), force-killed pods to get out."""),
     ("Katarzyna Wolanska", "2023-09-07T09:10", """Timeline copied from the incident tool. Times UTC.

11:18 incident begins, neon-console-api-1 executor stops taking new requests
11:19 PagerDuty alert triggered
11:21 status set to Investigating
11:25 150+ projects found stuck on executor neon-console-api-1, context deadline exceeded

Rest of the timeline (restarts, CNI rollback, forced pod kills, recovery) is still in Ignacio's notes, not typed up yet."""),
     ],
    [("Katarzyna Wolanska", "2023-09-06T11:41", [("status", "Open", "In Progress")]),
     ("Ignacio Ferreyra", "2023-09-06T16:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "neon-2023-09-console-pd.txt", "zone": "UTC", "referenceDate": "2023-09-06",
      "text": """PagerDuty incident log export
2023-09-06T11:19:00Z TRIGGERED  console-api: executor queue not draining (neon-console-api-1)
2023-09-06T11:19:42Z ACKNOWLEDGED by Ignacio Ferreyra
2023-09-06T15:58:10Z RESOLVED by Ignacio Ferreyra (manual)"""}],
    kt("2023-09-06T11:18Z", "STATED", "11:18 incident begins, neon-console-api-1 executor stops taking new requests", cid(6, 1)),
    kt("2023-09-06T11:19Z", "STATED", "2023-09-06T11:19:00Z TRIGGERED", "neon-2023-09-console-pd.txt"),
    U,
    [["2023-09-06T11:18Z", ["incident begins"]], ["2023-09-06T11:19Z", ["triggered"]],
     ["2023-09-06T11:21Z", ["investigating"]], ["2023-09-06T11:25Z", ["stuck"]]],
    [["Ignacio Ferreyra", None], ["Katarzyna Wolanska", None]],
    {"rootCause": ["CNI"], "fix": ["force-killed pods"],
     "customerEffect": "From 11:18 UTC on 6 September 2023 console and API operations for most Neon projects hung with context deadline exceeded errors.",
     "internalNames": ["CP-914", "neon-console-api-1"]})

# 7 Neon, 16 May 2025 us-east-1 IP exhaustion (Toronto team, recovery inferred)
inc("neon-2025-05-ipexhaust", "Neon 2025-05-16 us-east-1 computes cannot start (IP exhaustion)", "CP-2207",
    "aws-us-east-1: can't create / wake computes", "2025-05-28T00:00:00Z", "America/Toronto",
    "2025-05-16T14:35", "Yusuf Demirci", "Aurelie Bastien",
    """us-east-1 cannot start or create inactive databases. Running databases fine.

Pods ~8000 vs planned 6000, subnet IPs exhausted. Why so many pods: activity monitor not suspending idle computes (control plane DB slow?).""",
    [("Aurelie Bastien", "2025-05-16T19:20", """Mitigated. IP allocation params changed (warm pool / prefix settings), prewarmed pool scaled. Many customers seeing recovery from 16:50 UTC, stragglers after that. Keeping it open to watch."""),
     ("Yusuf Demirci", "2025-05-20T16:00", """Recap: began 14:13 UTC Friday. Mitigated within ~2h; cluster back to full working health roughly three and a half hours after the start. Trigger was a changed query plan on the control plane DB (expensive query, 10-100x slower) so idle computes were not suspended.

Monday's repeat (13:17 UTC, our own follow-up change) is CP-2219, not this ticket."""),
     ],
    [("Yusuf Demirci", "2025-05-16T14:36", [("status", "Open", "In Progress")]),
     ("Aurelie Bastien", "2025-05-16T19:21", [("status", "In Progress", "Monitoring")]),
     ("Aurelie Bastien", "2025-05-17T13:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "neon-2025-05-ipexhaust-slack.txt", "zone": "America/Toronto", "referenceDate": "2025-05-16",
      "text": """#sev1-use1 (ET)
10:21 AM  yusuf: joining late. start_compute failures still spiking, "failed to assign an IP address to container"
10:34 AM  aurelie: pod count 7.9k, planned 6k. why is nothing suspending?
12:50 PM  aurelie: customers reporting wakeups working again, error rate dropping
1:05 PM   yusuf: still some failures on cold starts"""}],
    kt("2025-05-16T14:13Z", "STATED", "Recap: began 14:13 UTC Friday.", cid(7, 1)),
    U,
    kt("2025-05-16T17:43Z", "INFERRED", "cluster back to full working health roughly three and a half hours after the start", cid(7, 1)),
    [["2025-05-16T14:13Z", ["began"]], ["2025-05-16T16:50Z", ["recovery"]]],
    [["Aurelie Bastien", None], ["Yusuf Demirci", None]],
    {"rootCause": ["query plan", "IP"], "fix": ["IP allocation params"],
     "customerEffect": "From 14:13 UTC on 16 May 2025, for about three and a half hours, Neon customers in AWS us-east-1 could not create or wake inactive databases; running databases were unaffected.",
     "internalNames": ["CP-2207", "CP-2219", "#sev1-use1"]})

# 8 PlanetScale, 20 Oct 2025 AWS us-east-1 (two phases)
inc("planetscale-2025-10-useast1", "PlanetScale 2025-10-20 AWS us-east-1 control plane outage and network partitions", "INFRA-7731",
    "us-east-1: control plane down, then branch connectivity", "2025-11-05T00:00:00Z", "America/Los_Angeles",
    "2025-10-20T07:40", "Hiroshi Takeda", "Lindiwe Mokoena",
    """Control plane mostly down: can't create/resize/configure branches. Databases themselves serving fine. Secret distribution -> S3 -> STS -> DynamoDB chain, AWS us-east-1 event.

Dashboard intermittent (its host is in us-east-1 too), SSO logins failing, status page not updatable for a while.""",
    [("Hiroshi Takeda", "2025-10-20T09:45", """Control plane back, phase 1 over."""),
     ("Lindiwe Mokoena", "2025-10-20T21:00", """Phase 2 notes. Can't launch EC2 in us-east-1. New databases defaulted to us-east-2, backups delayed/cancelled, vtgate autoscaler was the worry before US East peak. Later partial cross-AZ network partitions hit some branches."""),
     ("Lindiwe Mokoena", "2025-10-22T17:30", """Times for the writeup (UTC):
- 07:13 alerted: continuous prod tests failing, can't create branches
- 09:30 phase 1 resolved
- 10:05 phase 2 alerts, EC2 launches failing
- 14:30 network partitions observed affecting some branches
- 18:30 to 19:30 partitions heal
- 20:32 IC declares resolved

When did phase 1 actually begin for us? No idea, the tests were the first signal; AWS has their own start time, not ours."""),
     ],
    [("Hiroshi Takeda", "2025-10-20T07:41", [("status", "Open", "In Progress")]),
     ("Lindiwe Mokoena", "2025-10-20T20:40", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "planetscale-2025-10-useast1-gchat.txt", "zone": "Asia/Tokyo", "referenceDate": "2025-10-20",
      "text": """Google Chat - infra-oncall (JST)
Hiroshi Takeda, 16:15 - control plane alerts firing, prod test suite red
Hiroshi Takeda, 18:30 - control plane healthy, closing phase 1
Lindiwe Mokoena, 19:05 - now EC2 launch failures, new alerts
Hiroshi Takeda, Oct 21 4:30 - last partitioned branch reachable again from all AZs"""}],
    U,
    kt("2025-10-20T07:13Z", "STATED", "07:13 alerted: continuous prod tests failing", cid(8, 2)),
    kt("2025-10-20T19:30Z", "STATED", "18:30 to 19:30 partitions heal", cid(8, 2)),
    [["2025-10-20T07:13Z", ["alerted"]], ["2025-10-20T09:30Z", ["phase 1"]], ["2025-10-20T10:05Z", ["phase 2"]],
     ["2025-10-20T14:30Z", ["partitions"]], ["2025-10-20T18:30Z", ["partitions heal"]],
     ["2025-10-20T19:30Z", ["partitions heal"]], ["2025-10-20T20:32Z", ["declares resolved"]]],
    [["Lindiwe Mokoena", "incident commander"], ["Hiroshi Takeda", None]],
    {"rootCause": ["DynamoDB", "network partitions"], "wentWell": ["Databases themselves serving fine"],
     "customerEffect": "On 20 October 2025 the PlanetScale control plane was down until 09:30 UTC (databases kept serving), then some us-east-1 branches were affected by network partitions until they healed by 19:30 UTC.",
     "internalNames": ["INFRA-7731"]})

# 9 Wikimedia, 6 Aug 2012 fiber cut between Ashburn and Tampa (mobile later; second link is cleanup)
inc("wikimedia-2012-08-fibercut", "Wikimedia 2012-08-06 site outage, fiber cut between data centers", "SRE-1204",
    "All wikis down - eqiad/pmtpa link", "2012-08-15T00:00:00Z", "America/Los_Angeles",
    "2012-08-06T13:31", "Arvid Lindqvist", "Chiamaka Eze",
    """Sites down. Ashburn can't talk to Tampa (db backends live there). Provider contacted.""",
    [("Chiamaka Eze", "2012-08-06T15:50", """Rerouted traffic to Tampa, bypassing Ashburn. Desktop back, mobile came back later once a provider link returned. Not moving traffic back to Ashburn until the provider explains why both fibers went."""),
     ("Arvid Lindqvist", "2012-08-06T19:05", """Second link restored at about 11:30am PDT (18:30 UTC). No user change, we were already up. Still serving from Tampa."""),
     ("Chiamaka Eze", "2012-08-07T17:20", """For the expanded report (local PDT first, UTC in brackets):

outage started at about 6:15am PDT (13:15 UTC); we were alerted to a site issue at about the same time
sites except mobile back up by 7:18am PDT (14:18 UTC)
mobile services resumed at about 8:35 am PDT (15:35 UTC)

Cause: a fiber cut between the two data centers, which should have been redundant (two separate 10G links). Waiting on the provider's report."""),
     ],
    [("Arvid Lindqvist", "2012-08-06T13:32", [("status", "Open", "In Progress")]),
     ("Chiamaka Eze", "2012-08-06T15:52", [("status", "In Progress", "Monitoring")]),
     ("Arvid Lindqvist", "2012-08-07T18:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "wikimedia-2012-08-fibercut-irc.txt", "zone": "UTC", "referenceDate": "2012-08-06",
      "text": """#wikimedia-operations (server time UTC)
[13:15] <icinga-wm> PROBLEM - LVS HTTP IPv4 on wikipedia-lb.eqiad is CRITICAL: Connection timed out
[13:19] <aLindqvist> everything eqiad -> pmtpa timing out, db unreachable
[13:52] <chiaE> switching geodns to pmtpa
[14:18] <aLindqvist> en.wikipedia.org loads again. mobile still dead
[15:35] <chiaE> mobile back
[18:31] <aLindqvist> second wave link up per provider ticket"""}],
    kt("2012-08-06T13:15Z", "STATED", "outage started at about 6:15am PDT (13:15 UTC)", cid(9, 2)),
    kt("2012-08-06T13:15Z", "STATED", "PROBLEM - LVS HTTP IPv4 on wikipedia-lb.eqiad is CRITICAL", "wikimedia-2012-08-fibercut-irc.txt"),
    kt("2012-08-06T15:35Z", "STATED", "mobile services resumed at about 8:35 am PDT (15:35 UTC)", cid(9, 2)),
    [["2012-08-06T13:15Z", ["outage started"]], ["2012-08-06T14:18Z", ["back up"]],
     ["2012-08-06T15:35Z", ["mobile"]], ["2012-08-06T18:30Z", ["second link"]]],
    [["Chiamaka Eze", None], ["Arvid Lindqvist", None]],
    {"rootCause": ["fiber cut"], "fix": ["Rerouted traffic to Tampa"],
     "customerEffect": "From about 13:15 UTC on 6 August 2012 all Wikimedia sites were down; desktop sites returned at 14:18 UTC and mobile at about 15:35 UTC.",
     "internalNames": ["SRE-1204", "#wikimedia-operations"]})

# 10 Wikimedia, 5 Jul 2010 Tampa power failures (recovery minute never stated)
inc("wikimedia-2010-07-power", "Wikimedia 2010-07-05 Tampa data center power failures, all projects down", "SRE-0412",
    "Tampa power - all projects down", "2010-07-14T00:00:00Z", "Europe/Amsterdam",
    "2010-07-05T06:40", "Joost Verhagen", "Malika Nurmagambetova",
    """Opened by Amsterdam (knams) morning shift, overnight people already on it. Summary of the night as I understand it:

intermittent, partial power failures in the internal power network of one of the main Tampa data centers, several critical systems unavailable, big capacity hit, all Wikimedia projects down. Power steady again at 1:12 UTC, since then bringing systems back.""",
    [("Malika Nurmagambetova", "2010-07-05T07:30", """Correction for the techblog draft: the power trouble started at 0:10 UTC, not 'around midnight' as the first IRC message said."""),
     ("Joost Verhagen", "2010-07-05T12:45", """Everything back up as far as we can tell; not sure exactly when the last cluster came back, squids were restarted in batches through the early morning."""),
     ],
    [("Joost Verhagen", "2010-07-05T06:41", [("status", "Open", "In Progress")]),
     ("Joost Verhagen", "2010-07-05T12:46", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "wikimedia-2010-07-power-notes.txt", "zone": "America/New_York", "referenceDate": "2010-07-04",
      "text": """notes from the overnight volunteer (EDT, typed on a phone)
~9pm  sites down for me too, IRC says Tampa power
10:30 still partial stuff coming back. power is stable per the DC since a while
11:50 i'm going to bed"""}],
    kt("2010-07-05T00:10Z", "STATED", "the power trouble started at 0:10 UTC", cid(10, 0)),
    U,
    U,
    [["2010-07-05T00:10Z", ["power"]], ["2010-07-05T01:12Z", ["power steady"]]],
    [["Malika Nurmagambetova", None], ["Joost Verhagen", None]],
    {"rootCause": ["power failures"],
     "customerEffect": "From 00:10 UTC on 5 July 2010 all Wikimedia projects were down after power failures in a Tampa data center; power was stable from 01:12 UTC and services were brought back afterwards.",
     "internalNames": ["SRE-0412", "knams"]})

# 11 Wikimedia, 18 Aug 2006 Cogent routing, read-only mode
inc("wikimedia-2006-08-cogent", "Wikimedia 2006-08-18 unreachable via upstream routing dispute", "NET-0088",
    "Wikipedia unreachable for most visitors", "2006-08-25T00:00:00Z", "Europe/London",
    "2006-08-18T18:10", "Callum Rennie", "Esperanza Villalobos",
    """Most visitors can't reach us. Our transit's upstream (Cogent) is doing something with our primary IP block. Some users still get through; switched projects to read-only to keep vandalism down while reachability is patchy.""",
    [("Esperanza Villalobos", "2006-08-18T21:15", """Reachable again everywhere we can test. Editing re-enabled."""),
     ("Callum Rennie", "2006-08-19T10:00", """For the press brief: CTO says downtime lasted from about 17:20 UTC to 20:00 UTC. Please stop quoting '3 hours' and '2.5 hours' interchangeably, it's about 2h40m.

Not caused by anything on our side or by a takedown notice, dispute between the host and its transit."""),
     ],
    [("Callum Rennie", "2006-08-18T18:11", [("status", "Open", "In Progress")]),
     ("Esperanza Villalobos", "2006-08-18T21:16", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "wikimedia-2006-08-cogent-mail.txt", "zone": "America/Los_Angeles", "referenceDate": "2006-08-18",
      "text": """fwd from the press list (PDT)
11:05  another reporter asks whether Wikipedia is down worldwide
11:30  holding answer sent: network issue with an upstream provider, working on it
13:40  'sites are back' confirmation sent to the two reporters"""}],
    kt("2006-08-18T17:20Z", "STATED", "downtime lasted from about 17:20 UTC to 20:00 UTC", cid(11, 1)),
    U,
    kt("2006-08-18T20:00Z", "STATED", "downtime lasted from about 17:20 UTC to 20:00 UTC", cid(11, 1)),
    [["2006-08-18T17:20Z", ["downtime"]], ["2006-08-18T20:00Z", ["downtime"]]],
    [["Esperanza Villalobos", None], ["Callum Rennie", "comms"]],
    {"rootCause": ["dispute"], "fix": ["Editing re-enabled"],
     "customerEffect": "From about 17:20 to 20:00 UTC on 18 August 2006 Wikipedia and other Wikimedia projects were unreachable for most visitors and editing was switched to read-only.",
     "internalNames": ["NET-0088"]})

# 12 SourceHut, Jan 2024 DDoS and emergency migration (no minute for start or end)
inc("sourcehut-2024-01-ddos", "SourceHut 2024-01 DDoS, null-routed primary DC, emergency move to AMS", "HUT-301",
    "sr.ht unreachable - upstream null route (DDoS)", "2024-01-25T00:00:00Z", "Europe/Amsterdam",
    "2024-01-10T11:20", "Teodora Stancu", "Bartholomew Quaye",
    """Everything at PHL unreachable since this morning (Wed 10 Jan). DDoS; upstream null-routed our whole range. Not much we can do from inside.

Plan if it keeps going: stand up in AMS from backups.""",
    [("Bartholomew Quaye", "2024-01-11T09:00", """Upstream lifted the null route after ~9h, attack came back in the morning on the whole subnet, routed to null again. Going ahead with AMS."""),
     ("Teodora Stancu", "2024-01-12T18:00", """meta + git read-only from the AMS backup (backup is from a few hours before the attack, ~1000 repos being refreshed). Release artifacts not there yet, object storage still restoring."""),
     ("Bartholomew Quaye", "2024-01-19T20:00", """All services fully operational now, ~170 hours in total. Post-mortem published today. OVH-hosted proxy in front for DDoS protection; rsync restore mistakes and network config slowed us down."""),
     ],
    [("Teodora Stancu", "2024-01-10T11:21", [("status", "Open", "In Progress")]),
     ("Bartholomew Quaye", "2024-01-17T15:00", [("status", "In Progress", "Monitoring")]),
     ("Bartholomew Quaye", "2024-01-19T20:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    [{"file": "sourcehut-2024-01-ddos-outage-page.txt", "zone": "UTC", "referenceDate": "2024-01-12",
      "text": """outage page updates (copied Jan 12, UTC as posted)
2024-01-12 16:38 UTC - todo and lists coming up, read-only for now.
2024-01-12 16:13 UTC - first services coming back: meta and git reachable once DNS propagates to you."""}],
    U, U, U,
    [["2024-01-12T16:13Z", ["meta and git"]], ["2024-01-12T16:38Z", ["todo and lists"]]],
    [["Bartholomew Quaye", None], ["Teodora Stancu", None]],
    {"rootCause": ["DDoS", "null"], "fix": ["AMS"], "wentBadly": ["rsync"],
     "customerEffect": "From 10 January 2024 SourceHut was unreachable for about 170 hours; read-only meta and git returned on 12 January and all services were fully operational by 17 January.",
     "internalNames": ["HUT-301", "PHL", "AMS"]})

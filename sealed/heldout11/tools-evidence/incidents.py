"""Held-out 11 incidents: compact specs. Timeline facts from public post-mortems (SOURCES-heldout11.md); people,
ticket keys, chat wording and team habits are invented."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"


I = []

# 1. Google Cloud 2019-06-02: network congestion in US regions (incident #19009) ---------------------------------
I.append({
    "id": "gcp-2019-06-congestion-gchat", "name": "Google Cloud 2019-06-02 packet loss in several US regions (network control plane descheduled)",
    "issueId": "95101", "key": "NETOPS-8812", "summary": "us-east packet loss / GCE + YouTube + G Suite degraded",
    "reporter": "Marisol Pena", "assignee": "Teodor Lind", "labels": ["sev0", "network", "multi-region"],
    "components": ["backbone", "control-plane"], "created": "2019-06-02T19:20", "now": "2019-06-12T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Heavy packet loss between us-east1/us-east4/us-central1 and the rest of the world, YouTube and G Suite complaining too. Sunday so half the rotation is at the beach.
Our own tooling is slow because it rides the same links. Guess: one of the fiber cuts again? checking with the transport folks.""",
    "comments": [
        ("131011", "Teodor Lind", "2019-06-02T20:05", """Not fiber. Network control plane jobs in several clusters got descheduled by the maintenance automation; a config change meant for a few machines in one region was applied to a bigger set across neighbouring regions. Those regions lost more than half their capacity. Google Chat from the war room pasted as netops8812-gchat.txt (Pacific)."""),
        ("131012", "Marisol Pena", "2019-06-02T23:10", """dashboard text just went out: "The network congestion issue in eastern USA, affecting Google Cloud, G Suite, and YouTube has been resolved for all affected users as of 4:00pm US/Pacific." """),
        ("131013", "Teodor Lind", "2019-06-06T16:50", """Final summary as published (times US/Pacific):
Incident began at 2019-06-02 11:45 and ended at 2019-06-02 15:40 (all times are US/Pacific).
Packet loss lasted between 3 hours 19 minutes and 4 hours 25 minutes depending on region. us-west1, Europe and Asia not congested.
Follow-ups in NETOPS-8813: the automation must not deschedule control plane jobs in more than one location at a time."""),
    ],
    "changelog": [
        ("Teodor Lind", "2019-06-02T19:21", [("status", "Open", "In Progress")]),
        ("Marisol Pena", "2019-06-02T23:12", [("status", "In Progress", "Monitoring")]),
        ("Teodor Lind", "2019-06-06T16:52", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("NETOPS-8813", "control plane jobs: per-location descheduling limits")],
    "pastes": [{"file": "netops8812-gchat.txt", "zone": "America/Los_Angeles", "referenceDate": "2019-06-02", "text": """
Marisol Pena, 12:31 PM
traffic shedding off us-east4 doesn't help, low-priority traffic being dropped on purpose now
Teodor Lind, 12:58 PM
control plane jobs missing in the affected clusters. automation descheduled them?? who pushed a maintenance config today
Arun Vasquez, 1:40 PM
I'll do comms, status dashboard updates every 30 min
Teodor Lind, 2:03 PM
restoring the control plane config, but the tooling is crawling through the same congested links
Teodor Lind, 3:44 PM
capacity back in every region on my dash, packet loss gone
"""}],
    "expected": {
        "events": [["2019-06-02T18:45Z", ["began"]], ["2019-06-02T22:40Z", ["ended"]]],
        "keyTimes": {
            "started": kt("2019-06-02T18:45Z", S, "Incident began at 2019-06-02 11:45 and ended at 2019-06-02 15:40", "comment 131013"),
            "detected": kt(None, U),
            "resolved": kt("2019-06-02T22:40Z", S, "Incident began at 2019-06-02 11:45 and ended at 2019-06-02 15:40", "comment 131013")},
        "responders": [["Teodor Lind", None], ["Marisol Pena", None], ["Arun Vasquez", "comms"]],
        "narrative": nar(["descheduled", "config change"], ["restoring the control plane config"], ["NETOPS-8812", "NETOPS-8813"],
                         "From 11:45 to 15:40 US/Pacific on 2 June 2019 Google Cloud, G Suite and YouTube users in several US regions saw packet loss, latency and errors.",
                         badly=["tooling is crawling"]),
    }})

# 2. Google Cloud IAM 2020-04-08: Zanzibar configuration change, 100% internal IAM errors ---------------------------
I.append({
    "id": "gcp-2020-04-iam-pd", "name": "Google Cloud 2020-04-08 Cloud IAM elevated errors (rarely-exercised Zanzibar configuration change)",
    "issueId": "95102", "key": "IAM-3307", "summary": "IAM permission checks failing -> GCE/BigQuery/Cloud SQL errors",
    "reporter": "Kwame Sato", "assignee": "Hedda Brunner", "labels": ["sev1", "iam", "global"],
    "components": ["iam", "authz"], "created": "2020-04-08T14:05", "now": "2020-04-20T15:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Everything that checks permissions is erroring: instance create/delete, BigQuery streaming, HA Cloud SQL failover ops. Gmail delays reported too.
Since ~7am Pacific as far as I can tell. Could be the IAM frontend release that went out yesterday?""",
    "comments": [
        ("131021", "Hedda Brunner", "2020-04-08T14:30", """Not the frontend release. It's a configuration change in Zanzibar (rarely-exercised type) and the global IAM instance took it badly. Rolling back. Pager export attached as iam3307-pd.txt (UTC)."""),
        ("131022", "Hedda Brunner", "2020-04-08T15:20", """internal IAM API error rate back to baseline. External IAM API and BigQuery streaming still catching up, a few HA Cloud SQL instances still degraded."""),
        ("131023", "Kwame Sato", "2020-04-14T17:00", """## ISR, copied from the published report (US/Pacific)
On Wednesday 08 April, 2020 from 6:48 to 7:42 US/Pacific, Cloud IAM experienced an outage, 100% error rate globally on internal Cloud IAM API requests.
Gmail: delays receiving and sending emails from 6:50 to 7:39.
Google engineers were automatically alerted to elevated error rates affecting Cloud IAM at 2020-04-08 06:52 US/Pacific.
BigQuery streaming degraded for 116 minutes, external IAM API errors for 102 minutes, 3% of Cloud SQL HA instances degraded up to 192 minutes."""),
    ],
    "changelog": [
        ("Hedda Brunner", "2020-04-08T14:06", [("status", "Open", "In Progress")]),
        ("Hedda Brunner", "2020-04-08T15:21", [("status", "In Progress", "Monitoring")]),
        ("Kwame Sato", "2020-04-14T17:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "iam3307-pd.txt", "zone": "UTC", "referenceDate": "2020-04-08", "text": """
2020-04-08 13:52:04 UTC  [TRIGGERED] iam-internal-api error ratio 0.97 > 0.05 (global)   ack: hbrunner 13:53
2020-04-08 13:55:40 UTC  [TRIGGERED] bigquery-streaming insert errors high
2020-04-08 14:48:12 UTC  [RESOLVED]  iam-internal-api error ratio 0.002
"""}],
    "expected": {
        "events": [["2020-04-08T13:48Z", ["outage"]], ["2020-04-08T13:50Z", ["delays"]], ["2020-04-08T13:52Z", ["alerted", "triggered"]],
                   ["2020-04-08T14:39Z", ["delays"]], ["2020-04-08T14:42Z", ["outage"]]],
        "keyTimes": {
            "started": kt("2020-04-08T13:48Z", S, "from 6:48 to 7:42 US/Pacific, Cloud IAM experienced an outage", "comment 131023"),
            "detected": kt("2020-04-08T13:52Z", S, "automatically alerted to elevated error rates affecting Cloud IAM at 2020-04-08 06:52 US/Pacific", "comment 131023"),
            "resolved": kt("2020-04-08T14:42Z", S, "from 6:48 to 7:42 US/Pacific, Cloud IAM experienced an outage", "comment 131023")},
        "responders": [["Hedda Brunner", None], ["Kwame Sato", None]],
        "narrative": nar(["Zanzibar", "configuration change"], ["Rolling back"], ["IAM-3307"],
                         "From 6:48 to 7:42 US/Pacific on 8 April 2020 Cloud IAM failed all internal requests, breaking resource operations in many Google Cloud services; some services stayed degraded for longer."),
    }})

# 3. Akamai 2021-07-22: Edge DNS configuration update triggered a bug ---------------------------------------------
I.append({
    "id": "akamai-2021-07-edgedns-slack", "name": "Akamai 2021-07-22 Edge DNS disruption (configuration update triggered a bug)",
    "issueId": "95103", "key": "EDNS-1420", "summary": "customer hostnames not resolving (edge DNS SERVFAIL)",
    "reporter": "Dana Kerr", "assignee": "Olu Brandt", "labels": ["p1", "dns", "config-push"],
    "components": ["edge-dns"], "created": "2021-07-22T16:05", "now": "2021-07-30T14:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Large customers (airlines, banks, PSN, Steam) reporting their sites don't resolve. Downdetector lit up around noon ET.
Security is asking if this is an attack. Nothing in the scrubbing centres so far.""",
    "comments": [
        ("131031", "Olu Brandt", "2021-07-22T16:30", """Not an attack. A software configuration update to Edge DNS hit a bug in the name servers. Rolled the update back, resolution coming back as caches refill. #edns-incident pasted as edns1420-slack.txt (my client, ET)."""),
        ("131032", "Dana Kerr", "2021-07-22T18:00", """Customer-facing summary (RESOLVED) as posted: At 15:46 UTC today, a software configuration update triggered a bug in the DNS system. Upon rollback of the configuration update, the services resumed normal operations. The disruption lasted up to an hour. This was not a cyberattack."""),
        ("131033", "Olu Brandt", "2021-07-26T13:00", """follow-ups: staged validation of Edge DNS config updates, faster rollback path. Closing."""),
    ],
    "changelog": [
        ("Olu Brandt", "2021-07-22T16:06", [("status", "Open", "In Progress")]),
        ("Dana Kerr", "2021-07-22T18:02", [("status", "In Progress", "Monitoring")]),
        ("Olu Brandt", "2021-07-26T13:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "edns1420-slack.txt", "zone": "America/New_York", "referenceDate": "2021-07-22", "text": """
Olu Brandt  12:09 PM
which config version is live on the name servers? today's push or yesterday's
Dana Kerr  12:10 PM
press desk asking for a statement, I've got comms
Olu Brandt  12:21 PM
rollback approved, pushing previous config to all edge DNS nodes
Olu Brandt  12:35 PM
rollback done on all nodes, watching SERVFAIL rate
"""}],
    "expected": {
        "events": [["2021-07-22T15:46Z", ["configuration update"]]],
        "keyTimes": {
            "started": kt("2021-07-22T15:46Z", S, "At 15:46 UTC today, a software configuration update triggered a bug", "comment 131032"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Olu Brandt", None], ["Dana Kerr", "comms"]],
        "narrative": nar(["configuration update", "bug"], ["rollback"], ["EDNS-1420"],
                         "From 15:46 UTC on 22 July 2021, for up to an hour, many websites using Akamai Edge DNS could not be resolved."),
    }})

# 4. Dyn 2016-10-21: Mirai DDoS against Managed DNS, two waves -------------------------------------------------------
I.append({
    "id": "dyn-2016-10-ddos-irc", "name": "Dyn 2016-10-21 Managed DNS DDoS (Mirai botnet, two attack waves)",
    "issueId": "95104", "key": "MDNS-2291", "summary": "DDoS on Managed DNS US-East - resolution failures",
    "reporter": "Kira Moreau", "assignee": "Paulo Lindgren", "labels": ["ddos", "sev0", "managed-dns"],
    "components": ["anycast", "managed-dns"], "created": "2016-10-21T11:40", "now": "2016-10-31T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Large DDoS on the US-East Managed DNS PoPs, resolution failures for customers in US-East, latency spikes everywhere else.
Started roughly 7:30 ET as far as I can tell. Mitigation in progress with upstreams.""",
    "comments": [
        ("131041", "Kira Moreau", "2016-10-21T11:45", """status page post (copied): "Starting at 11:10 UTC, on October 21st-Friday 2016 we began monitoring and mitigating a DDoS attack against our Dyn Managed DNS infrastructure. Some customers may experience increased DNS query latency and delayed zone propagation during this time." """),
        ("131042", "Paulo Lindgren", "2016-10-21T13:40", """mitigated, query volume normal in US-East. leaving open, the traffic profile looks like a botnet that isn't done with us. IRC log from #noc (ET) in mdns2291-irc.txt."""),
        ("131043", "Kira Moreau", "2016-10-21T16:05", """it's back. second wave, more global this time. reopening the bridge."""),
        ("131044", "Kira Moreau", "2016-10-22T21:30", """## Preliminary findings (as published)
This report covers an incident that began on October 21, 2016 at approximately 11:10 UTC and lasted until approximately 17:45 UTC.
11:10 UTC attack began against Managed DNS in US-East (regional resolution failures, latency spikes globally).
13:20 UTC engineers were able to mitigate the attack; shortly after it subsided.
15:50 UTC a second DDoS attack began, distributed more globally.
17:00 UTC engineers were again able to mitigate the attack; residual impact until service fully restored.
Probes later in the day did not cause customer impact. Source: Mirai botnet, TCP and UDP over port 53 with retry storms from recursive resolvers."""),
    ],
    "changelog": [
        ("Paulo Lindgren", "2016-10-21T11:41", [("status", "Open", "In Progress")]),
        ("Paulo Lindgren", "2016-10-21T13:41", [("status", "In Progress", "Monitoring")]),
        ("Kira Moreau", "2016-10-21T16:06", [("status", "Monitoring", "In Progress")]),
        ("Kira Moreau", "2016-10-22T21:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mdns2291-irc.txt", "zone": "America/New_York", "referenceDate": "2016-10-21", "text": """
[07:31] <kmoreau> iad/ewr anycast nodes saturated, shedding queries
[07:33] <plindgren> upstreams engaged, filters going on for port 53 floods
[08:05] <kmoreau> big retry storm from recursive resolvers, it amplifies itself
[09:24] <plindgren> us-east answering normally again, keeping filters
[11:52] <kmoreau> second wave starting?? latency up in eu + apac too
[13:02] <plindgren> holding. global latency normal on my probes
"""}],
    "expected": {
        "events": [["2016-10-21T11:10Z", ["attack began", "monitoring"]], ["2016-10-21T13:20Z", ["mitigate"]],
                   ["2016-10-21T15:50Z", ["second"]], ["2016-10-21T17:00Z", ["mitigate"]], ["2016-10-21T17:45Z", ["lasted until"]]],
        "keyTimes": {
            "started": kt("2016-10-21T11:10Z", S, "began on October 21, 2016 at approximately 11:10 UTC and lasted until approximately 17:45 UTC", "comment 131044"),
            "detected": kt("2016-10-21T11:10Z", S, "Starting at 11:10 UTC, on October 21st-Friday 2016 we began monitoring and mitigating a DDoS attack", "comment 131041"),
            "resolved": kt("2016-10-21T17:45Z", S, "began on October 21, 2016 at approximately 11:10 UTC and lasted until approximately 17:45 UTC", "comment 131044")},
        "responders": [["Paulo Lindgren", None], ["Kira Moreau", None]],
        "narrative": nar(["Mirai", "DDoS"], ["mitigate"], ["MDNS-2291"],
                         "From about 11:10 to 17:45 UTC on 21 October 2016, in two attack waves, many sites using Dyn Managed DNS failed to resolve or resolved slowly, worst in the US East."),
    }})

# 5. Microsoft WAN 2023-01-25: router command recomputed adjacency on every WAN router --------------------------------
I.append({
    "id": "azure-2023-01-wan-teams", "name": "Microsoft WAN 2023-01-25 connectivity loss for Azure and Microsoft 365 (router IP change command)",
    "issueId": "95105", "key": "NOC-7741", "summary": "Teams/Outlook/Azure portal unreachable - WAN?",
    "reporter": "Joost Verhagen", "assignee": "Ingrid Solheim", "labels": ["sev1", "wan", "m365"],
    "components": ["wan", "expressroute"], "created": "2023-01-25T07:40", "now": "2023-02-10T12:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Teams, Outlook and the Azure portal unreachable or timing out for EU users since ~8:15. ExpressRoute circuits flapping, cross-region replication stalling.
First guess: the DNS provider again, like last autumn.""",
    "comments": [
        ("131051", "Ingrid Solheim", "2023-01-25T08:20", """Not DNS. Planned change to update the IP address on a WAN router: the command made it message every other router in the WAN, and they all recomputed adjacency and forwarding tables. Packets dropped while they did. Change rolled back. Teams chat from the NOC (CET) in noc7741-teams.txt."""),
        ("131052", "Joost Verhagen", "2023-01-25T09:30", """most regions look fine again, but still intermittent packet loss on some paths. not closing."""),
        ("131053", "Ingrid Solheim", "2023-01-27T15:00", """Preliminary PIR text (copied):
Between 07:05 UTC and 12:43 UTC on 25 January 2023, customers experienced issues with networking connectivity, long network latency and/or timeouts, for Azure regions and Microsoft 365 and Power Platform.
While most regions and services had recovered by 09:00 UTC, intermittent packet loss issues were fully mitigated by 12:43 UTC.
The command has different behaviors on different network devices and had not been vetted on this one. Highly impactful commands now blocked on the devices."""),
    ],
    "changelog": [
        ("Ingrid Solheim", "2023-01-25T07:41", [("status", "Open", "In Progress")]),
        ("Joost Verhagen", "2023-01-25T13:10", [("status", "In Progress", "Monitoring")]),
        ("Ingrid Solheim", "2023-01-27T15:02", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc7741-teams.txt", "zone": "Europe/Amsterdam", "referenceDate": "2023-01-25", "text": """
[25/01/2023 08:31] Joost Verhagen
I'm IC. Ingrid, you're SME on the WAN side
[25/01/2023 08:33] Ingrid Solheim
adjacency resets on every router in the WAN, all within the same minute. someone sent a command to one box and the rest followed
[25/01/2023 08:58] Ingrid Solheim
change rolled back, routers converging
[25/01/2023 11:12] Joost Verhagen
westeurope <-> northeurope still dropping a few percent of packets
"""}],
    "expected": {
        "events": [["2023-01-25T07:05Z", ["networking connectivity"]], ["2023-01-25T09:00Z", ["recovered"]],
                   ["2023-01-25T12:43Z", ["mitigated"]]],
        "keyTimes": {
            "started": kt("2023-01-25T07:05Z", S, "Between 07:05 UTC and 12:43 UTC on 25 January 2023, customers experienced issues with networking connectivity", "comment 131053"),
            "detected": kt(None, U),
            "resolved": kt("2023-01-25T12:43Z", S, "intermittent packet loss issues were fully mitigated by 12:43 UTC", "comment 131053")},
        "responders": [["Joost Verhagen", "incident commander"], ["Ingrid Solheim", "SME"]],
        "narrative": nar(["recomputed adjacency", "IP address on a WAN router"], ["rolled back"], ["NOC-7741"],
                         "Between 07:05 and 12:43 UTC on 25 January 2023 users of Azure and Microsoft 365 had network latency, timeouts and packet loss; most regions recovered by 09:00 UTC."),
    }})

# 6. Travis CI 2019-03-27/28: VM boot times, cloud API rate limits ----------------------------------------------------
I.append({
    "id": "travis-2019-03-vmboot-slack", "name": "Travis CI 2019-03-27/28 slow-booting Linux and Windows builds (cloud API rate limits)",
    "issueId": "95106", "key": "TRAVIS-4467", "summary": "Linux builds stuck booting / backlog on .org and .com",
    "reporter": "Svenja Holt", "assignee": "Matteo Rossi", "labels": ["backlog", "gce", "capacity"],
    "components": ["linux-infra", "windows-infra"], "created": "2019-03-27T15:20", "now": "2019-04-15T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Linux builds take ages to boot, started sometime this afternoon. Windows too. Customers on both .org and .com.
Could the new image we rolled yesterday be slower to boot? Matteo checking.""",
    "comments": [
        ("131061", "Matteo Rossi", "2019-03-27T16:30", """Not the image. Way more instances than usual and many stall a couple of minutes after creation; cleanup deletes stopped instances older than 3h and now all those deletes get us rate limited on the provider API, so we can't create new ones either. support + infra slack in travis4467-slack.txt (Berlin time)."""),
        ("131062", "Matteo Rossi", "2019-03-28T10:40", """lowered our own API rate limit so the calls go through, stopped instances being deleted, capacity climbing. backlog still large."""),
        ("131063", "Svenja Holt", "2019-04-11T12:00", """Incident review (blog), relevant bits:
Around 14:45 UTC on March 27th, we started receiving reports of long virtual machine boot times for Linux builds.
For about 20 hours, all builds on our Linux and Windows infrastructures were delayed. SSD quota reached because we could not delete instances, requeues made the API calls worse."""),
    ],
    "changelog": [
        ("Matteo Rossi", "2019-03-27T15:21", [("status", "Open", "In Progress")]),
        ("Matteo Rossi", "2019-03-28T10:41", [("status", "In Progress", "Monitoring")]),
        ("Svenja Holt", "2019-04-11T12:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "travis4467-slack.txt", "zone": "Europe/Berlin", "referenceDate": "2019-03-27", "text": """
Svenja Holt  3:47 PM
support: 6 tickets now, Linux VMs take 10+ min to boot, some jobs requeued
Matteo Rossi  4:10 PM
instance count way above normal, lots of them stalled a couple of minutes after creation
Matteo Rossi  5:02 PM
we're rate limited on the cloud provider API, cleanup can't delete stopped instances
Svenja Holt  11:40 PM
SSD quota hit in two zones, requeues again :face_palm:
Thursday, March 28th
Matteo Rossi  9:15 AM
lowered our own API rate limit, deletes going through, capacity climbing
"""}],
    "expected": {
        "events": [["2019-03-27T14:45Z", ["reports"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2019-03-27T14:45Z", S, "Around 14:45 UTC on March 27th, we started receiving reports of long virtual machine boot times", "comment 131063"),
            "resolved": kt(None, U)},
        "responders": [["Matteo Rossi", None], ["Svenja Holt", None]],
        "narrative": nar(["rate limited", "SSD quota"], ["lowered our own API rate limit"], ["TRAVIS-4467"],
                         "For about 20 hours from the afternoon of 27 March 2019 Travis CI Linux and Windows builds were delayed by slow-booting virtual machines."),
    }})

# 7. Travis CI 2016-07-09: webhook rewrite left bad records, scheduler stalled -------------------------------------------
I.append({
    "id": "travis-2016-07-scheduler-irc", "name": "Travis CI 2016-07-09 builds not processed on travis-ci.org (scheduler stalled on bad records)",
    "issueId": "95107", "key": "TRAVIS-5104", "summary": ".org builds not starting, queue growing",
    "reporter": "Hanna Joh", "assignee": "Mika Koenig", "labels": ["scheduler", "webhooks", "org"],
    "components": ["scheduler", "gatekeeper"], "created": "2016-07-09T15:10", "now": "2016-07-28T09:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Builds on travis-ci.org are not getting scheduled, queue keeps growing. Saturday, skeleton crew.
Is GitHub sending webhooks at all? their status page is green.""",
    "comments": [
        ("131071", "Mika Koenig", "2016-07-09T16:00", """Webhooks arrive fine. The rewritten webhook app (partial rollout) leaves some DB records in a state the scheduler can't parse, and the scheduler stalls on them; everything else waits behind. IRC from #infra pasted as travis5104-irc.txt (Berlin)."""),
        ("131072", "Hanna Joh", "2016-07-11T08:30", """patched the scheduler for this case, closing."""),
        ("131073", "Hanna Joh", "2016-07-14T17:10", """same symptoms again today (Thu) — tracking in TRAVIS-5121, not reopening this one. Our patch did not catch the real cause."""),
        ("131074", "Mika Koenig", "2016-07-27T12:00", """Blog post for both (copied):
On Saturday 9 July, some users experienced a service outage on travis-ci.org. This consisted of a three hour period, beginning at approximately 14:30 UTC, in which some builds were not processed.
This was followed by five hours of slowed scheduling performance as we cleared the backlog. By 23:04 UTC, the incident was fully resolved.
A very similar, slightly shorter outage also occurred on Thursday, 14 July (see TRAVIS-5121). Rollout of the rewritten app paused until its record handling is robust."""),
    ],
    "changelog": [
        ("Mika Koenig", "2016-07-09T15:11", [("status", "Open", "In Progress")]),
        ("Hanna Joh", "2016-07-11T08:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("TRAVIS-5121", "builds not processed again (14 July)")],
    "pastes": [{"file": "travis5104-irc.txt", "zone": "Europe/Berlin", "referenceDate": "2016-07-09", "text": """
[16:52] <mkoenig> scheduler is choking on jobs with weird db records from the new webhook app
[17:20] <hjoh> turned the new webhook app off for the remaining repos in the rollout
[19:35] <mkoenig> scheduler skipping the bad records now, builds flowing, backlog is huge
[22:10] <hjoh> still ~40 min queue time on .org
--- Day changed Sun Jul 10 2016
[01:04] <hjoh> backlog drained, queue times back to normal
"""}],
    "expected": {
        "events": [["2016-07-09T14:30Z", ["not processed"]], ["2016-07-09T23:04Z", ["resolved", "backlog drained"]]],
        "keyTimes": {
            "started": kt("2016-07-09T14:30Z", S, "beginning at approximately 14:30 UTC, in which some builds were not processed", "comment 131074"),
            "detected": kt(None, U),
            "resolved": kt("2016-07-09T23:04Z", S, "By 23:04 UTC, the incident was fully resolved", "comment 131074")},
        "responders": [["Mika Koenig", None], ["Hanna Joh", None]],
        "narrative": nar(["can't parse", "records"], ["patched the scheduler"], ["TRAVIS-5104", "TRAVIS-5121"],
                         "From about 14:30 UTC on 9 July 2016 some travis-ci.org builds were not processed for three hours, and scheduling stayed slow until 23:04 UTC.",
                         badly=["did not catch the real cause"]),
    }})

# 8. Semaphore 2023-04-28/29: dead tuples on the job state table, jobs delayed ------------------------------------------
I.append({
    "id": "semaphore-2023-04-jobsdb-slack", "name": "Semaphore 2023-04-28/29 job triggering severely delayed (job state table dead tuples, DB CPU 100%)",
    "issueId": "95108", "key": "SRE-1893", "summary": "jobs stuck in queued, DB CPU pegged",
    "reporter": "Nikola Jovic", "assignee": "Dragan Ilic", "labels": ["p1", "postgres", "jobs"],
    "components": ["job-scheduler", "jobs-db"], "created": "2023-04-28T22:50", "now": "2023-05-08T09:00:00Z",
    "defaultZone": "Europe/Belgrade",
    "description": """Jobs stuck in queued since ~midnight, customers pinging on twitter. production DB CPU at 100%.
Guess: the agent release from this afternoon is hammering the API?""",
    "comments": [
        ("131081", "Dragan Ilic", "2023-04-29T00:40", """Not the agent release. Low-performing queries on the job state table; table is small but very hot and full of dead tuples, autovacuum not running because of traffic elsewhere in the cluster. Doing a manual VACUUM after pausing the subsystem. Slack in sre1893-slack.txt (Belgrade time)."""),
        ("131082", "Nikola Jovic", "2023-04-29T06:10", """status page was never updated during the incident, that's on us (policy says it must be). posted a resolved note on it at 08:10 this morning."""),
        ("131083", "Dragan Ilic", "2023-04-30T11:00", """## Timeline (all times in UTC), as in the public postmortem
22:23: Incident start
22:34: On-call SRE team alerted by automated monitoring systems
23:05: Problem identified as database performance issue; escalated
00:29: Root cause found: low-performing queries, CPU at 100%
01:05: Solution implemented (manual vacuum on the jobs table)
01:24: Job processing queue cleaned up and job processing resumed
01:43: Incident end"""),
    ],
    "changelog": [
        ("Dragan Ilic", "2023-04-28T22:51", [("status", "Open", "In Progress")]),
        ("Nikola Jovic", "2023-04-29T06:11", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sre1893-slack.txt", "zone": "Europe/Belgrade", "referenceDate": "2023-04-29", "text": """
Nikola Jovic  12:36 AM
ack'd the page. jobs db CPU at 100%, nothing gets out of queued
Nikola Jovic  1:06 AM
it's the database for sure, escalating, waking Dragan
Dragan Ilic  2:31 AM
found it: job state table full of dead tuples, autovacuum hasn't run for hours
Dragan Ilic  3:06 AM
paused the subsystem, manual VACUUM on jobs done
Nikola Jovic  3:25 AM
queue cleaned up, jobs processing again
Nikola Jovic  3:44 AM
metrics normal for 20 min, I'm calling it
"""}],
    "expected": {
        "events": [["2023-04-28T22:23Z", ["incident start"]], ["2023-04-28T22:34Z", ["alerted"]],
                   ["2023-04-28T23:05Z", ["identified"]], ["2023-04-29T00:29Z", ["root cause"]],
                   ["2023-04-29T01:05Z", ["solution"]], ["2023-04-29T01:24Z", ["resumed"]], ["2023-04-29T01:43Z", ["incident end"]]],
        "keyTimes": {
            "started": kt("2023-04-28T22:23Z", S, "22:23: Incident start", "comment 131083"),
            "detected": kt("2023-04-28T22:34Z", S, "22:34: On-call SRE team alerted by automated monitoring systems", "comment 131083"),
            "resolved": kt("2023-04-29T01:43Z", S, "01:43: Incident end", "comment 131083")},
        "responders": [["Dragan Ilic", None], ["Nikola Jovic", None]],
        "narrative": nar(["dead tuples", "autovacuum"], ["manual VACUUM"], ["SRE-1893"],
                         "From 22:23 UTC on 28 April to 01:43 UTC on 29 April 2023 jobs on Semaphore were severely delayed in starting.",
                         badly=["status page was never updated"]),
    }})

# 9. Auth0 2018-01-17: EU services failed to reconnect after a MongoDB step down -------------------------------------------
I.append({
    "id": "auth0-2018-01-mongo-slack", "name": "Auth0 2018-01-17 EU login failures (services did not reconnect after a MongoDB step down)",
    "issueId": "95109", "key": "AUTHOPS-612", "summary": "EU logins failing after mongo reboot (kernel patching)",
    "reporter": "Lucia Ferrer", "assignee": "Martin Gaona", "labels": ["eu", "mongodb", "meltdown-patching"],
    "components": ["auth-api", "idp"], "created": "2018-01-17T02:15", "now": "2018-01-26T14:00:00Z",
    "defaultZone": "America/Argentina/Buenos_Aires",
    "description": """EU logins failing after the mongo reboot for the kernel patching (meltdown). Started around 11pm our time.
LB marks all instances unhealthy, weird 401/404 and wrong TLS cert errors. Recovered now, opening this for the record.""",
    "comments": [
        ("131091", "Martin Gaona", "2018-01-17T02:40", """Our Slack from the patch window in authops612-slack.txt (Buenos Aires time). The ~20s election was expected; the services not reconnecting was not. Suspect the reconnection logic change from last sprint."""),
        ("131092", "Martin Gaona", "2018-01-18T15:00", """## Timeline (UTC)
- 02:00:22 UTC: A step down was performed on the primary MongoDB node.
- 02:00:42 UTC: A new primary was elected and MongoDB was healthy.
- 02:01:00 UTC: Main and IdP services fail to reconnect to the database; load balancer detects all instances as unhealthy.
- 02:01:13 UTC: Our monitoring shows failures to authenticate.
- 02:03:28 UTC: The applications were manually restarted.
- 02:03:41 UTC: Main service recovers and is ready to process requests.
- 02:05:31 UTC: Internal IdP service recovers.
- 02:05:49 UTC: We stop receiving errors from monitoring; manual tests succeed."""),
        ("131093", "Lucia Ferrer", "2018-01-19T13:00", """Public postmortem overview: On January 17th between 02:01 UTC and 02:06 UTC, end users of customers in our EU environment were unable to authenticate using our services.
Cause: a change to the database reconnection logic. Follow-up: reconnection tests in the DB failover drill."""),
    ],
    "changelog": [
        ("Martin Gaona", "2018-01-17T02:16", [("status", "Open", "In Progress")]),
        ("Lucia Ferrer", "2018-01-19T13:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "authops612-slack.txt", "zone": "America/Argentina/Buenos_Aires", "referenceDate": "2018-01-16", "text": """
Martin Gaona  11:00 PM
stepping down the primary on eu mongo now (node 3 of 5 for the kernel patch)
Martin Gaona  11:01 PM
new primary elected, cluster healthy
Lucia Ferrer  11:01 PM
monitors red!! EU auth failing, LB says every instance unhealthy
Martin Gaona  11:03 PM
apps never reconnected to mongo. restarting them by hand
Lucia Ferrer  11:06 PM
errors stopped, my manual logins work
"""}],
    "expected": {
        "events": [["2018-01-17T02:00Z", ["step down"]], ["2018-01-17T02:01Z", ["fail to reconnect", "failures"]],
                   ["2018-01-17T02:03Z", ["restarted"]], ["2018-01-17T02:05Z", ["stop receiving errors", "recovers"]]],
        "keyTimes": {
            "started": kt("2018-01-17T02:01Z", S, "On January 17th between 02:01 UTC and 02:06 UTC, end users of customers in our EU environment were unable to authenticate", "comment 131093"),
            "detected": kt("2018-01-17T02:01Z", S, "02:01:13 UTC: Our monitoring shows failures to authenticate", "comment 131092"),
            "resolved": kt("2018-01-17T02:06Z", S, "On January 17th between 02:01 UTC and 02:06 UTC, end users of customers in our EU environment were unable to authenticate", "comment 131093")},
        "responders": [["Martin Gaona", None], ["Lucia Ferrer", None]],
        "narrative": nar(["reconnection logic"], ["manually restarted"], ["AUTHOPS-612"],
                         "Between 02:01 and 02:06 UTC on 17 January 2018 end users of Auth0 customers in the EU environment could not log in."),
    }})

# 10. Auth0 2020-06-10: routing layer release shifted traffic to the smaller extensibility cluster ------------------------
I.append({
    "id": "auth0-2020-06-extensibility-slack", "name": "Auth0 2020-06-10 extensibility errors in the US (traffic shifted to a lower-capacity cluster)",
    "issueId": "95110", "key": "AUTHOPS-2290", "summary": "US: Rules/Hooks/custom DB scripts erroring, some logins fail",
    "reporter": "Sam Whitfield", "assignee": "Renee Okoro", "labels": ["us", "extensibility", "deploy"],
    "components": ["extensibility", "routing"], "created": "2020-06-10T18:45", "now": "2020-06-19T16:00:00Z",
    "defaultZone": "America/Los_Angeles", "priority": "High",
    "description": """Rules, Hooks and custom DB scripts failing in the US region since ~11:30 PT, some logins failing with timeouts. Extensions slow/unavailable.
Webtask sandbox nodes out of memory again?""",
    "comments": [
        ("131101", "Renee Okoro", "2020-06-10T19:05", """Not the sandboxes. The routing layer release shifted all traffic from the latest extensibility cluster to the previous version, which has much less capacity. Shifted it back to the prescaled cluster. Slack in authops2290-slack.txt (Pacific)."""),
        ("131102", "Sam Whitfield", "2020-06-12T17:30", """Postmortem summary as published:
The internal service which handles Rules, Hooks, Custom Database Scripts, and Extensions in our US region experienced a spike in errors between 18:35 UTC and 18:50 UTC.
At 6:32 PM UTC, when we deployed a new release of the routing layer, the traffic shifted from the latest version of the extensibility service to the previous one with less capacity.
Operators were alerted about the problem; once traffic was 100% back on the latest cluster, the incident was resolved.
Actions: canary logic keeps its last known good state across deploys and restarts; load tests for this case in staging."""),
    ],
    "changelog": [
        ("Renee Okoro", "2020-06-10T18:46", [("status", "Open", "In Progress")]),
        ("Sam Whitfield", "2020-06-12T17:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "authops2290-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2020-06-10", "text": """
Renee Okoro  11:41 AM
the routing layer deploy flipped everything onto the old cluster? that one has way less capacity
Renee Okoro  11:46 AM
shifting traffic back to the new (prescaled) cluster
Sam Whitfield  11:52 AM
100% on the new cluster, error rate flat again
"""}],
    "expected": {
        "events": [["2020-06-10T18:32Z", ["deployed"]], ["2020-06-10T18:35Z", ["spike in errors"]], ["2020-06-10T18:50Z", ["spike in errors"]]],
        "keyTimes": {
            "started": kt("2020-06-10T18:35Z", S, "experienced a spike in errors between 18:35 UTC and 18:50 UTC", "comment 131102"),
            "detected": kt(None, U),
            "resolved": kt("2020-06-10T18:50Z", S, "experienced a spike in errors between 18:35 UTC and 18:50 UTC", "comment 131102")},
        "responders": [["Renee Okoro", None], ["Sam Whitfield", None]],
        "narrative": nar(["less capacity", "routing layer"], ["shifted it back"], ["AUTHOPS-2290"],
                         "Between 18:35 and 18:50 UTC on 10 June 2020 Auth0 customers in the US region using Rules, Hooks or custom database scripts saw failed or slow authentication, and Extensions were unavailable or slow."),
    }})

# 11. Basecamp 3 2018-11-08: events table hit the 32-bit integer ceiling, read-only ------------------------------------
I.append({
    "id": "basecamp-2018-11-readonly-campfire", "name": "Basecamp 3 2018-11-08 read-only for almost five hours (events table id hit the integer ceiling)",
    "issueId": "95111", "key": "BC3-9051", "summary": "BC3 read-only - every write fails",
    "reporter": "Lena Ortiz", "assignee": "Ravi Cole", "labels": ["outage", "mysql", "read-only"],
    "components": ["bc3", "database"], "created": "2018-11-08T13:40", "now": "2018-11-20T16:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Nothing can be written in BC3: posting, todos, applause, all 500. Reads fine.
Guess: replica promotion went wrong overnight and we're pointed at a read-only replica?""",
    "comments": [
        ("131111", "Ravi Cole", "2018-11-08T13:50", """Not the replica. events.id is a regular int and we ran out:
```
2018-11-08 13:21:07 UTC app-17 Mysql2::Error: Duplicate entry '2147483647' for key 'PRIMARY': INSERT INTO `events` ...
```
Put the app in read-only on purpose. Migration to bigint being tested on staging first. Campfire pasted as bc3-9051-campfire.txt (Central)."""),
        ("131112", "Lena Ortiz", "2018-11-08T18:50", """Update post text (published 12:41pm CST), timeline part:
At 7:21am CST, we first got alerted that we had run out of ID numbers on an important tracking table in the database.
At 7:29am CST, the team diagnosed the problem and started working on the fix.
Basecamp 3 is now back online for reading and writing. No data lost, no incoming emails dropped, backlogs may still be catching up."""),
        ("131113", "Ravi Cole", "2018-11-12T16:00", """Postmortem (blog) opening: Basecamp 3 was in read-only mode for almost five hours starting 7:21am CST and ending 12:11pm CST.
Root cause: our database hit the ceiling of 2,147,483,647 on the very busy events table. We were working on expanding it in the days before and misjudged the headroom.
Uptime 99.998% -> 99.978%. Action: audit every table for int primary keys (BC3-9052)."""),
    ],
    "changelog": [
        ("Ravi Cole", "2018-11-08T13:41", [("status", "Open", "In Progress")]),
        ("Lena Ortiz", "2018-11-08T18:52", [("status", "In Progress", "Monitoring")]),
        ("Ravi Cole", "2018-11-12T16:02", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "bc3-9051-campfire.txt", "zone": "America/Chicago", "referenceDate": "2018-11-08", "text": """
Lena Ortiz 7:24am: every write 500s on BC3, support inbox filling up
Ravi Cole 7:31am: events.id maxed out. writing the bigint migration, staging first
Lena Ortiz 9:22am: status post up: still read-only, no data lost
Ravi Cole 10:05am: migration running on the primary, big table, this will take a while
Ravi Cole 12:09pm: migration done on the primary, turning writes back on
Lena Ortiz 12:41pm: update posted, we're back
"""}],
    "expected": {
        "events": [["2018-11-08T13:21Z", ["alerted", "Duplicate entry"]], ["2018-11-08T13:29Z", ["diagnosed"]],
                   ["2018-11-08T18:11Z", ["read-only"]]],
        "keyTimes": {
            "started": kt("2018-11-08T13:21Z", S, "in read-only mode for almost five hours starting 7:21am CST and ending 12:11pm CST", "comment 131113"),
            "detected": kt("2018-11-08T13:21Z", S, "At 7:21am CST, we first got alerted that we had run out of ID numbers", "comment 131112"),
            "resolved": kt("2018-11-08T18:11Z", S, "in read-only mode for almost five hours starting 7:21am CST and ending 12:11pm CST", "comment 131113")},
        "responders": [["Ravi Cole", None], ["Lena Ortiz", None]],
        "narrative": nar(["ceiling of 2,147,483,647", "events table"], ["bigint"], ["BC3-9051", "BC3-9052"],
                         "From 7:21am to 12:11pm CST on 8 November 2018 Basecamp 3 was read-only: users could read but not post or change anything.",
                         badly=["misjudged the headroom"]),
    }})

# 12. Let's Encrypt 2015-12-15: datacenter failsafe halted issuance everywhere ----------------------------------------------
I.append({
    "id": "letsencrypt-2015-12-failsafe-mm", "name": "Let's Encrypt 2015-12-15 certificate issuance halted (datacenter failsafe after a network disruption)",
    "issueId": "95112", "key": "LEOPS-118", "summary": "issuance halted in all DCs - failsafe tripped",
    "reporter": "Nora DeLuca", "assignee": "Mats Taylor", "labels": ["issuance", "failsafe", "datacenter"],
    "components": ["boulder", "hsm"], "created": "2015-12-15T15:50", "now": "2015-12-22T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """New orders hang / fail, no certs issued from either DC. OCSP still served fine.
Failsafe tripped in one DC, which stops issuance everywhere. Need two admins to clear it.""",
    "comments": [
        ("131121", "Mats Taylor", "2015-12-15T16:40", """ops channel (our mattermost, Pacific) in leops118-mm.txt. Issuance back."""),
        ("131122", "Nora DeLuca", "2015-12-16T19:00", """Community post draft:
On 15 December 2015 at 15:40Z, one of our datacenters had a brief network disruption that prompted that datacenter's failsafes to temporarily halt issuance of new certificates from all datacenters, and the updating of OCSP responses.
The operations team became aware of the failsafe triggering at 15:44Z, and after review of the logs declared an incident on Status.io and Twitter at 15:55Z.
At 16:24:12Z the operations team restarted the Boulder software in that datacenter and began monitoring logs.
At 16:24:29Z a certificate was properly issued to a waiting client.
After reviewing a few minutes of issuance, the operations team announced the incident was over at 16:30Z."""),
        ("131123", "Mats Taylor", "2015-12-21T17:00", """vendor investigation done; mitigation so a recurrence only affects one datacenter. closing."""),
    ],
    "changelog": [
        ("Mats Taylor", "2015-12-15T15:51", [("status", "Open", "In Progress")]),
        ("Mats Taylor", "2015-12-21T17:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "leops118-mm.txt", "zone": "America/Los_Angeles", "referenceDate": "2015-12-15", "text": """
mtaylor 7:46 AM
failsafe in dc2 halted issuance everywhere. OCSP still serving (batched)
ndeluca 7:55 AM
status.io incident + tweet are out
mtaylor 8:11 AM
need a second admin to clear the failsafe, paging
ndeluca 8:24 AM
boulder restarted in dc2, self-tests green, first cert went out
ndeluca 8:30 AM
clean issuance for a few minutes, declaring it over + tweeting
"""}],
    "expected": {
        "events": [["2015-12-15T15:40Z", ["network disruption"]], ["2015-12-15T15:44Z", ["aware"]], ["2015-12-15T15:55Z", ["declared", "status.io"]],
                   ["2015-12-15T16:24Z", ["restarted", "issued"]], ["2015-12-15T16:30Z", ["over"]]],
        "keyTimes": {
            "started": kt("2015-12-15T15:40Z", S, "On 15 December 2015 at 15:40Z, one of our datacenters had a brief network disruption", "comment 131122"),
            "detected": kt("2015-12-15T15:44Z", S, "became aware of the failsafe triggering at 15:44Z", "comment 131122"),
            "resolved": kt("2015-12-15T16:24Z", S, "At 16:24:29Z a certificate was properly issued to a waiting client", "comment 131122")},
        "responders": [["Mats Taylor", None], ["Nora DeLuca", None]],
        "narrative": nar(["network disruption", "failsafe"], ["restarted the Boulder software"], ["LEOPS-118"],
                         "From 15:40 to 16:24 UTC on 15 December 2015 Let's Encrypt issued no new certificates from any datacenter; OCSP kept working."),
    }})

# 13. Let's Encrypt 2016-03-28/29: firewall change blocked outbound DNS from the validation hosts --------------------------
I.append({
    "id": "letsencrypt-2016-03-dnsfw-log", "name": "Let's Encrypt 2016-03-28/29 validation outage (DNS problem: query timed out, firewall change)",
    "issueId": "95113", "key": "LEOPS-164", "summary": "all validations failing: DNS problem: query timed out",
    "reporter": "Nora DeLuca", "assignee": "Jonah Pike", "labels": ["validation", "firewall", "dns"],
    "components": ["boulder-va", "network"], "created": "2016-03-29T01:40", "now": "2016-04-05T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Forum + twitter: every new authorization fails with "DNS problem: query timed out". Looks like nothing is issuing.
Did the upstream resolver provider change something today?""",
    "comments": [
        ("131131", "Jonah Pike", "2016-03-29T02:20", """Not upstream. Today's firewall change (lock outbound DNS to the verification hosts only) also locked down the verification hosts themselves. Reverting the rule. VA log excerpt in leops164-va.log.txt (UTC)."""),
        ("131132", "Jonah Pike", "2016-03-29T03:05", """validations succeeding again on every VA."""),
        ("131133", "Nora DeLuca", "2016-03-30T18:00", """Community post:
From 28 Mar 2016 23:29 UTC to 29 Mar 2016 02:45 UTC, Let's Encrypt failed to validate any newly requested authorizations. This prevented most certificate issuance during that time.
We discovered this thanks to people who pointed it out on the forums and on Twitter. We should have spotted it much sooner on our own.
Actions: alert when the rate of successful validations drops; certificate issuance as a test step in change procedures; validation success/failure on dashboards."""),
    ],
    "changelog": [
        ("Jonah Pike", "2016-03-29T01:41", [("status", "Open", "In Progress")]),
        ("Nora DeLuca", "2016-03-30T18:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "leops164-va.log.txt", "zone": "UTC", "referenceDate": "2016-03-28", "text": """
2016-03-28T23:29:41Z boulder-va[2211]: [AUDIT] Validation result: status=invalid detail="DNS problem: query timed out looking up A for example.org"
2016-03-29T00:12:05Z boulder-va[2211]: [AUDIT] Validation result: status=invalid detail="DNS problem: query timed out looking up TXT for _acme-challenge.example.net"
2016-03-29T02:45:18Z boulder-va[2211]: [AUDIT] Validation result: status=valid challenge=http-01
"""}],
    "expected": {
        "events": [["2016-03-28T23:29Z", ["failed to validate", "query timed out"]], ["2016-03-29T02:45Z", ["failed to validate", "status=valid"]]],
        "keyTimes": {
            "started": kt("2016-03-28T23:29Z", S, "From 28 Mar 2016 23:29 UTC to 29 Mar 2016 02:45 UTC, Let's Encrypt failed to validate", "comment 131133"),
            "detected": kt(None, U),
            "resolved": kt("2016-03-29T02:45Z", S, "From 28 Mar 2016 23:29 UTC to 29 Mar 2016 02:45 UTC, Let's Encrypt failed to validate", "comment 131133")},
        "responders": [["Jonah Pike", None], ["Nora DeLuca", None]],
        "narrative": nar(["firewall change"], ["Reverting the rule"], ["LEOPS-164"],
                         "From 23:29 UTC on 28 March to 02:45 UTC on 29 March 2016 Let's Encrypt could not validate new authorizations, so most certificate issuance failed.",
                         badly=["should have spotted it much sooner"]),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

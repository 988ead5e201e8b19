"""Held-out 10 incidents: compact specs. Timeline facts from public post-mortems (SOURCES-heldout10.md); people,
ticket keys, chat wording, team habits and the few facts marked "invented" there are made up."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"


I = []

# 1. AWS S3 us-east-1, 2017-02-28: playbook command removed too many index/placement servers ----------------------
I.append({
    "id": "aws-s3-2017-02-slack", "name": "AWS S3 us-east-1 2017-02-28 outage (mistyped playbook command removed index and placement servers)",
    "issueId": "94101", "key": "OPS-4410", "summary": "S3 us-east-1 errors, console + SHD broken",
    "reporter": "Dana Whitfield", "assignee": "Marco Ilies", "labels": ["sev1", "s3", "us-east-1"],
    "components": ["s3-index", "s3-placement"], "created": "2017-02-28T17:58", "now": "2017-03-06T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """S3 in IAD returning 5xx on GET/PUT/LIST since ~9:45 (PT). Everything built on it is falling over (console, EBS snapshots restore, lambda).
First guess: billing subsystem change from this morning? checking with the billing folks.

Can't flip the Service Health Dashboard, the SHD itself pulls its status icons from S3 in us-east-1. Banner on the page for now.""",
    "comments": [
        ("120101", "Marco Ilies", "2017-02-28T18:20", """not a deploy. someone ran the capacity-removal playbook for the billing subsystem hosts and the input was wrong. index and placement both lost a big share of their servers and need a FULL restart. we haven't done a full restart of index in the large regions for years. bridge chat pasted as ops4410-slack.txt (Seattle times)."""),
        ("120102", "Dana Whitfield", "2017-02-28T21:05", """PUT still failing, waiting on placement. GET/LIST/DELETE are fine again."""),
        ("120103", "Marco Ilies", "2017-03-02T19:00", """## summary for the COE (PST)
At 9:37AM PST, an authorized S3 team member using an established playbook executed a command which was intended to remove a small number of servers for one of the S3 subsystems that is used by the billing process.
One of the inputs to the command was entered incorrectly and a larger set of servers was removed, including servers supporting the index subsystem and the placement subsystem.
By 1:18PM PST, the index subsystem was fully recovered and GET, LIST, and DELETE APIs were functioning normally.
The placement subsystem recovered next, and by 1:54PM PST S3 had fully recovered.
From the start of the event until 11:37AM PST we could not update the individual services' status on the SHD.
Actions: the tool now removes capacity slowly with a minimum-capacity safeguard; index split into smaller cells; SHD made multi-region."""),
    ],
    "changelog": [
        ("Marco Ilies", "2017-02-28T17:59", [("status", "Open", "In Progress")]),
        ("Dana Whitfield", "2017-02-28T22:10", [("status", "In Progress", "Monitoring")]),
        ("Marco Ilies", "2017-03-02T19:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops4410-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2017-02-28", "text": """
# #s3-iad-bridge, copied by Marco (client clock = Seattle)
Dana Whitfield  9:58 AM
OPS-4410 opened, bridge is up, please keep updates here
Marco Ilies  10:04 AM
index + placement subsystems both need a full restart. safety checks will take a while
Dana Whitfield  11:37 AM
SHD: individual service status is updatable again, S3 going red now
Marco Ilies  12:26 PM
index subsystem has enough capacity to serve GET, LIST and DELETE again (partial, still slow)
Dana Whitfield  2:10 PM
:white_check_mark: customer backlog draining, leaving the bridge open till 3
"""}],
    "expected": {
        "events": [["2017-02-28T17:37Z", ["playbook", "command"]], ["2017-02-28T19:37Z", ["SHD"]],
                   ["2017-02-28T20:26Z", ["index subsystem"]], ["2017-02-28T21:18Z", ["index subsystem"]],
                   ["2017-02-28T21:54Z", ["fully recovered"]]],
        "keyTimes": {
            "started": kt("2017-02-28T17:37Z", S, "At 9:37AM PST, an authorized S3 team member", "comment 120103"),
            "detected": kt(None, U),
            "resolved": kt("2017-02-28T21:54Z", S, "by 1:54PM PST S3 had fully recovered", "comment 120103")},
        "responders": [["Marco Ilies", None], ["Dana Whitfield", None]],
        "narrative": nar(["entered incorrectly", "index subsystem"], ["full restart"], ["OPS-4410", "SHD"],
                         "From 9:37 AM PST on 28 February 2017 Amazon S3 in us-east-1 failed most requests, and services built on it failed too, until it fully recovered at 1:54 PM PST.",
                         badly=["could not update the individual services"]),
    }})

# 2. AWS Kinesis us-east-1, 2020-11-25: capacity addition pushed front-end servers past the OS thread limit ------------
I.append({
    "id": "aws-kinesis-2020-11-chime", "name": "AWS Kinesis Data Streams us-east-1 2020-11-25 errors (front-end fleet over the OS thread limit)",
    "issueId": "94102", "key": "KDS-2207", "summary": "Kinesis put/get errors IAD - cognito, cloudwatch knock-on",
    "reporter": "Aoife Brennan", "assignee": "Owen Lagarde", "labels": ["sev1", "kinesis"],
    "components": ["kinesis-frontend"], "created": "2020-11-25T13:40", "now": "2020-12-02T12:00:00Z",
    "defaultZone": "Europe/Dublin",
    "description": """Kinesis PutRecord / GetRecords erroring in us-east-1, probably since the front-end capacity add that started at 2:44 AM PST (Seattle ran it overnight).
Downstream: Cognito, CloudWatch metrics delayed, EventBridge.

Pinging the Seattle owners.""",
    "comments": [
        ("120201", "Aoife Brennan", "2020-11-25T13:55", """first alarm for the record:
```
ALARM: "kds-fe-put-get-errors-iad" in US East (N. Virginia)
Threshold Crossed: 5 datapoints were greater than the threshold (1.0)
State changed from OK to ALARM at Wednesday 25 November, 2020 13:15:07 UTC
```
Seattle chat pasted as kds2207-chime.txt (their clock)."""),
        ("120202", "Owen Lagarde", "2020-11-25T17:50", """root cause confirmed: every front-end server keeps a thread per other front-end server; with the new capacity they went over the max threads the OS allows, so the shard-map cache could not be built. removing the added capacity and restarting front ends slowly (a few hundred per hour)."""),
        ("120203", "Aoife Brennan", "2020-11-26T06:40", """Seattle says all shards processing normally since their 10:23 PM PST, that's 06:23 here and it's already the 26th. Status page will be updated in the morning, keeping Monitoring for Cognito/CloudWatch backlogs."""),
        ("120204", "Owen Lagarde", "2020-11-30T16:00", """## recap (PST)
- The addition of capacity began at 2:44 AM PST and finished at 3:47 AM PST; no errors while it ran.
- At 5:15 AM PST, the first alarms began firing for errors on putting and getting Kinesis records.
- At 9:39 AM PST we confirmed the root cause (OS thread limit on the front-end fleet).
- Kinesis Data Streams fully returned to normal at 10:23 PM PST.
- Actions: larger CPU/memory servers (fewer of them), thread-count alarm, cellularize the front end."""),
    ],
    "changelog": [
        ("Owen Lagarde", "2020-11-25T13:42", [("status", "Open", "In Progress")]),
        ("Aoife Brennan", "2020-11-26T06:41", [("status", "In Progress", "Monitoring")]),
        ("Owen Lagarde", "2020-11-30T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "kds2207-chime.txt", "zone": "America/Los_Angeles", "referenceDate": "2020-11-25", "text": """
[11/25/2020 5:22 AM] Priyanka Rao: it's the whole front-end fleet, not one cell
[11/25/2020 5:40 AM] Owen Lagarde: I'll take lead on this one
[11/25/2020 9:39 AM] Owen Lagarde: root cause confirmed, thread limit on the front ends after the capacity add
[11/25/2020 10:23 PM] Owen Lagarde: all shards processing normally, kinesis back
"""}],
    "expected": {
        "events": [["2020-11-25T10:44Z", ["addition of capacity"]], ["2020-11-25T13:15Z", ["alarm"]],
                   ["2020-11-25T17:39Z", ["root cause"]], ["2020-11-26T06:23Z", ["normal"]]],
        "keyTimes": {
            "started": kt("2020-11-25T13:15Z", S, "At 5:15 AM PST, the first alarms began firing for errors on putting and getting Kinesis records", "comment 120204"),
            "detected": kt("2020-11-25T13:15Z", S, "State changed from OK to ALARM at Wednesday 25 November, 2020 13:15:07 UTC", "comment 120201"),
            "resolved": kt("2020-11-26T06:23Z", S, "Kinesis Data Streams fully returned to normal at 10:23 PM PST", "comment 120204")},
        "responders": [["Owen Lagarde", "incident commander"], ["Aoife Brennan", None], ["Priyanka Rao", None]],
        "narrative": nar(["max threads", "addition of capacity"], ["removing the added capacity"], ["KDS-2207"],
                         "From 5:15 AM PST on 25 November 2020 Kinesis Data Streams in us-east-1 returned errors for putting and getting records, with knock-on failures in Cognito and CloudWatch, until 10:23 PM PST."),
    }})

# 3. AWS us-east-1, 2021-12-07: automated scaling activity congested the internal network -----------------------------
I.append({
    "id": "aws-useast1-2021-12-teams", "name": "AWS us-east-1 2021-12-07 internal network congestion (automated capacity scaling)",
    "issueId": "94103", "key": "NET-981", "summary": "IAD: console/API errors, internal monitoring blind",
    "reporter": "Grace Oduya", "assignee": "Henrik Solberg", "labels": ["sev1", "network", "us-east-1"],
    "components": ["internal-network", "dns"], "created": "2021-12-07T16:05", "now": "2021-12-14T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Console, STS and a pile of internal services erroring in us-east-1. Started around 10:45 ET I think (that's when our own dashboards went blank).
Guess: DNS? internal DNS resolution timing out from monitoring hosts.""",
    "comments": [
        ("120301", "Henrik Solberg", "2021-12-07T16:40", """from the edge of the internal network, quoting one of the few log streams we still get:
```
2021-12-07T15:30:41Z WARN  netmon-iad: latency to main-network gateways > 2000ms on 412/480 devices
2021-12-07T15:31:09Z ERROR internal-dns: resolver timeout, upstream unreachable (x3318)
```
monitoring data mostly missing, the monitoring itself lives behind the congested devices. teams chat attached (net981-teams.txt)."""),
        ("120302", "Grace Oduya", "2021-12-08T20:00", """recap (PST, like the rest of the org):
At 7:30 AM PST, an automated activity to scale capacity of one of the AWS services hosted in the main AWS network triggered an unexpected behavior from a large number of clients inside the internal network.
That caused a surge of connection activity that overwhelmed the devices between the internal network and the main AWS network.
Our operators were blind for a long stretch because monitoring data went over the same devices. Customer workloads in the main network mostly kept running; APIs and the console did not.
We do not know when the first page went out (the paging path crossed the same devices). Recovery was gradual over the afternoon; we did not write down a single all-clear minute.
Actions: scaling activities disabled until fixes ship; back-off bug in the client fixed."""),
    ],
    "changelog": [
        ("Henrik Solberg", "2021-12-07T16:06", [("status", "Open", "In Progress")]),
        ("Henrik Solberg", "2021-12-07T23:30", [("status", "In Progress", "Monitoring")]),
        ("Grace Oduya", "2021-12-08T20:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "net981-teams.txt", "zone": "America/New_York", "referenceDate": "2021-12-07", "text": """
Henrik Solberg  11:02 AM
still no metrics from iad on your side either?
Grace Oduya  11:03 AM
nope, blank. going to log-based debugging
Henrik Solberg  11:10 AM
I'll be IC, Grace please own comms + the status page wording
Grace Oduya  12:28 PM
moved internal DNS traffic off the congested paths, some APIs look better
"""}],
    "expected": {
        "events": [["2021-12-07T15:30Z", ["automated activity", "latency"]], ["2021-12-07T16:10Z", ["IC"]],
                   ["2021-12-07T17:28Z", ["DNS traffic"]]],
        "keyTimes": {
            "started": kt("2021-12-07T15:30Z", S, "At 7:30 AM PST, an automated activity to scale capacity", "comment 120302"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Henrik Solberg", "incident commander"], ["Grace Oduya", "comms"]],
        "narrative": nar(["automated activity to scale capacity", "surge of connection"], ["DNS traffic"], ["NET-981"],
                         "From 7:30 AM PST on 7 December 2021 AWS APIs and the console in us-east-1 returned errors, recovering gradually over the afternoon.",
                         badly=["monitoring data"]),
    }})

# 4. Google, 2020-12-14: User ID Service quota set to zero, OAuth logins failed ----------------------------------------
I.append({
    "id": "google-oauth-2020-12-gchat", "name": "Google 2020-12-14 authentication outage (User ID Service quota enforced at zero)",
    "issueId": "94104", "key": "IDN-5521", "summary": "Login / OAuth failing for everything",
    "reporter": "Lena Brunner", "assignee": "Jonas Frei", "labels": ["sev0", "auth", "quota"],
    "components": ["userid-service", "quota"], "created": "2020-12-14T11:58", "now": "2020-12-21T09:00:00Z",
    "defaultZone": "Europe/Zurich",
    "description": """Everything that needs a logged-in user is failing (gmail, youtube, cloud console). Started about 12:50 our time.
Guess: the leader election in the userid paxos group after this morning's rollout?""",
    "comments": [
        ("120401", "Jonas Frei", "2020-12-14T12:05", """page that woke the zurich oncall:
```
[FIRING] UserIdServiceWriteErrors severity=page cell=all
startsAt: 2020-12-14 11:48:02 UTC  summary: paxos leader rejecting writes: quota exceeded
```
not the rollout. the quota system thinks the User ID Service is over quota."""),
        ("120402", "Lena Brunner", "2020-12-14T13:10", """Google Chat from the war room pasted as idn5521-gchat.txt (Zurich time). quota enforcement disabled, auth back."""),
        ("120403", "Jonas Frei", "2020-12-17T10:00", """## Incident report (times US/Pacific)
Impact: 03:46 to 04:33 US/Pacific (11:46-12:33 UTC), authentication failed for services needing Google OAuth (47 minutes).
Root cause: in October the User ID Service was registered with the new quota system, but parts of the old system stayed in place and reported its usage as 0. When the grace period on quota enforcement expired, the automated quota system cut the service's quota, the Paxos leader could no longer write, and reads went stale until authentication lookups failed.
Fix: quota enforcement disabled for the service. Actions: review of quota changes that reduce capacity, alert on quota drops."""),
        ("120404", "Mia Keller", "2020-12-18T20:00", """for the record, the cloud status dashboard entry reads: Incident began at 2020-12-14 04:07 and ended at 2020-12-14 06:23 (all times are US/Pacific). That's when we opened/closed the public incident, not the impact."""),
    ],
    "changelog": [
        ("Jonas Frei", "2020-12-14T11:59", [("status", "Open", "In Progress")]),
        ("Lena Brunner", "2020-12-14T13:11", [("status", "In Progress", "Monitoring")]),
        ("Jonas Frei", "2020-12-17T10:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "idn5521-gchat.txt", "zone": "Europe/Zurich", "referenceDate": "2020-12-14", "text": """
Lena Brunner, 12:55
I'm IC. Jonas is on the userid side, Mia does comms
Jonas Frei, 13:04
paxos leader cannot write, quota for userid-service is basically zero
Mia Keller, 13:12
external status post is out
Jonas Frei, 13:33
auth error rate back to baseline everywhere
"""}],
    "expected": {
        "events": [["2020-12-14T11:46Z", ["impact"]], ["2020-12-14T11:48Z", ["startsAt"]],
                   ["2020-12-14T11:55Z", ["IC"]], ["2020-12-14T12:33Z", ["baseline"]]],
        "keyTimes": {
            "started": kt("2020-12-14T11:46Z", S, "Impact: 03:46 to 04:33 US/Pacific", "comment 120403"),
            "detected": kt("2020-12-14T11:48Z", S, "startsAt: 2020-12-14 11:48:02 UTC", "comment 120401"),
            "resolved": kt("2020-12-14T12:33Z", S, "Impact: 03:46 to 04:33 US/Pacific", "comment 120403")},
        "responders": [["Lena Brunner", "incident commander"], ["Jonas Frei", None], ["Mia Keller", "comms"]],
        "narrative": nar(["quota", "grace period"], ["quota enforcement disabled"], ["IDN-5521"],
                         "From 03:46 to 04:33 US/Pacific on 14 December 2020 users could not sign in to Google services that need OAuth."),
    }})

# 5. Microsoft WAN, 2023-01-25: router IP change made every WAN router recompute its tables ------------------------------
I.append({
    "id": "microsoft-wan-2023-01-teams", "name": "Microsoft WAN 2023-01-25 connectivity outage (router IP change recomputed all adjacencies)",
    "issueId": "94105", "key": "WAN-3307", "summary": "Teams/Outlook/Azure timeouts - WAN?",
    "reporter": "Arjun Mehta", "assignee": "Sinead Hart", "labels": ["sev1", "wan", "m365"],
    "components": ["wan", "routing"], "created": "2023-01-25T07:40", "now": "2023-02-01T12:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Teams, Outlook and Azure portal timing out from Hyderabad since ~1pm IST. Looks network, not the apps.
First guess: DNS resolvers in the region?""",
    "comments": [
        ("120501", "Sinead Hart", "2023-01-25T08:15", """Not DNS only. A planned change to update the IP address on a WAN router sent messages to all the other routers in the WAN and every one of them recomputed its adjacency and forwarding tables. Packets dropped while they did. Change rolled back.
Monitoring line for the ticket: `[wan-health] 2023-01-25T07:12Z loss/latency anomaly detected across multiple regions (DNS + WAN)`"""),
        ("120502", "Arjun Mehta", "2023-01-25T09:00", """most regions look much better, some still flaky because the WAN automation that fixes unhealthy routers was paused. Teams chat copy in wan3307-teams.txt (IST)."""),
        ("120503", "Sinead Hart", "2023-01-27T11:00", """PIR draft: Between 07:05 UTC and 12:43 UTC on 25 January 2023, customers experienced network latency and timeouts reaching Azure regions and Microsoft 365 services.
Most regions and services had recovered by 09:00 UTC; intermittent packet loss remained until the paused WAN automation was restarted by hand.
Detected by our WAN monitoring. Actions: block highly impactful commands from running on devices, audit all commands, stricter change review."""),
    ],
    "changelog": [
        ("Sinead Hart", "2023-01-25T07:41", [("status", "Open", "In Progress")]),
        ("Arjun Mehta", "2023-01-25T13:30", [("status", "In Progress", "Monitoring")]),
        ("Sinead Hart", "2023-01-27T11:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "wan3307-teams.txt", "zone": "Asia/Kolkata", "referenceDate": "2023-01-25", "text": """
[1:20 PM] Arjun Mehta
anyone from network on? whole floor lost teams
[1:24 PM] Sinead Hart
yes, WAN-wide. I'm leading, Arjun can you do comms
[1:50 PM] Sinead Hart
found the command that triggered it, router change being rolled back
[6:13 PM] Arjun Mehta
last unhealthy routers restarted, all regions green on the WAN board
[7:30 PM] Arjun Mehta
status page final update posted
"""}],
    "expected": {
        "events": [["2023-01-25T07:05Z", ["07:05 UTC"]], ["2023-01-25T07:12Z", ["anomaly"]],
                   ["2023-01-25T07:54Z", ["I'm leading"]], ["2023-01-25T08:20Z", ["command"]], ["2023-01-25T09:00Z", ["recovered"]],
                   ["2023-01-25T12:43Z", ["12:43 UTC"]]],
        "keyTimes": {
            "started": kt("2023-01-25T07:05Z", S, "Between 07:05 UTC and 12:43 UTC on 25 January 2023", "comment 120503"),
            "detected": kt("2023-01-25T07:12Z", S, "2023-01-25T07:12Z loss/latency anomaly detected", "comment 120501"),
            "resolved": kt("2023-01-25T12:43Z", S, "Between 07:05 UTC and 12:43 UTC on 25 January 2023", "comment 120503")},
        "responders": [["Sinead Hart", "incident commander"], ["Arjun Mehta", "comms"]],
        "narrative": nar(["update the IP address on a WAN router", "recomputed"], ["rolled back"], ["WAN-3307"],
                         "Between 07:05 and 12:43 UTC on 25 January 2023 customers saw network latency and timeouts reaching Azure regions and Microsoft 365 services."),
    }})

# 6. CrowdStrike, 2024-07-19: Channel File 291 content update crashed Windows hosts ---------------------------------------
I.append({
    "id": "crowdstrike-2024-07-slack", "name": "CrowdStrike 2024-07-19 Windows host crashes (Channel File 291 content update)",
    "issueId": "94106", "key": "SEN-7719", "summary": "BSOD wave on Windows sensors after content push",
    "reporter": "Chloe Nguyen", "assignee": "Kyle Brandt", "labels": ["sev0", "content-update", "windows"],
    "components": ["falcon-sensor", "content"], "created": "2024-07-19T05:02", "now": "2024-07-29T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Sydney support: Windows fleets at many customers stuck in a boot loop on the blue screen (csagent.sys), broken since ~3pm AEST by the look of it.
Guess: the sensor 7.11 rollout?""",
    "comments": [
        ("120601", "Kyle Brandt", "2024-07-19T05:35", """It's content, not the sensor build: the Channel File 291 update we shipped tonight. Reverted; Austin slack excerpt in sen7719-slack.txt (Central time, still the 18th there when it went out).
Hosts that already took the file stay stuck until someone boots them into safe mode and deletes C-00000291*.sys."""),
        ("120602", "Chloe Nguyen", "2024-07-20T01:00", """customer KB with manual remediation published, Azure VM guidance linked. Hosts keep coming back all weekend."""),
        ("120603", "Kyle Brandt", "2024-07-24T16:00", """## PIR summary
On Friday, July 19, 2024 at 04:09 UTC, as part of regular operations, we released a content configuration update for the Windows sensor (Channel File 291).
Sensors that received it hit an out-of-bounds memory read and the system crashed (BSOD).
The update was reverted at 05:27 UTC; systems that came online after that were not affected. Systems that had crashed needed manual remediation, for days in many places.
Actions: staged content deployment, more validation in the content validator, customer control over content updates."""),
    ],
    "changelog": [
        ("Kyle Brandt", "2024-07-19T05:03", [("status", "Open", "In Progress")]),
        ("Chloe Nguyen", "2024-07-20T01:01", [("status", "In Progress", "Monitoring")]),
        ("Kyle Brandt", "2024-07-24T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sen7719-slack.txt", "zone": "America/Chicago", "referenceDate": "2024-07-18", "text": """
Thursday, July 18th
Tess Lowry  11:09 PM
channel 291 content pushed to prod, all windows sensors
Friday, July 19th
Kyle Brandt  12:27 AM
291 reverted to the previous good version. machines that already loaded it are still looping
Tess Lowry  12:31 AM
:eyes: KB draft going to support
"""}],
    "expected": {
        "events": [["2024-07-19T04:09Z", ["04:09 UTC", "pushed"]], ["2024-07-19T05:27Z", ["reverted"]]],
        "keyTimes": {
            "started": kt("2024-07-19T04:09Z", S, "On Friday, July 19, 2024 at 04:09 UTC", "comment 120603"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Kyle Brandt", None], ["Chloe Nguyen", None], ["Tess Lowry", None]],
        "narrative": nar(["Channel File 291", "out-of-bounds memory read"], ["reverted"], ["SEN-7719"],
                         "From 04:09 UTC on 19 July 2024 Windows hosts running the sensor crashed and boot-looped; the update was reverted at 05:27 UTC but crashed hosts needed manual remediation for days.",
                         badly=["manual remediation"]),
    }})

# 7. Facebook, 2021-10-04: backbone command withdrew the DNS prefixes, seen from a resolver operator ---------------------
I.append({
    "id": "facebook-2021-10-bgp-irc", "name": "Facebook 2021-10-04 global outage seen from a DNS resolver operator (DNS prefixes withdrawn from BGP)",
    "issueId": "94107", "key": "RES-4120", "summary": "facebook/instagram/whatsapp SERVFAIL + retry storm",
    "reporter": "Joana Pires", "assignee": "Rui Matos", "labels": ["sev2", "resolver", "bgp", "external"],
    "components": ["resolver", "peering"], "created": "2021-10-04T16:10", "now": "2021-10-11T09:00:00Z",
    "defaultZone": "Europe/Lisbon",
    "description": """facebook.com, instagram.com, whatsapp.net all SERVFAIL on our resolvers since ~17:00 (Lisbon).
Guess: our anycast node in MAD again?

Client retries pushing query rate up a lot, watch capacity.""",
    "comments": [
        ("120701", "Rui Matos", "2021-10-04T16:30", """not us. their authoritative nameservers are unreachable, the prefixes are gone from the table. IRC log of #noc pasted as res4120-irc.txt (Lisbon time)."""),
        ("120702", "Joana Pires", "2021-10-05T09:30", """## what we saw (UTC)
At around 15:40 UTC we saw a peak of routing changes from Facebook (AS32934). That is when the trouble began for our users.
Their DNS servers were withdrawn from BGP, so every lookup for their names failed and clients retried hard.
Query volume stayed high all afternoon; the resolvers coped.
facebook.com resolved again sometime in the evening, none of us wrote down the minute.
Facebook's own statement: a command during routine maintenance, meant to assess global backbone capacity, took down all connections in their backbone; their DNS servers then withdrew their BGP advertisements because they could not reach the data centers."""),
    ],
    "changelog": [
        ("Rui Matos", "2021-10-04T16:11", [("status", "Open", "In Progress")]),
        ("Rui Matos", "2021-10-04T21:40", [("status", "In Progress", "Monitoring")]),
        ("Joana Pires", "2021-10-05T09:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "res4120-irc.txt", "zone": "Europe/Lisbon", "referenceDate": "2021-10-04", "text": """
--- Day changed Mon Oct 04 2021
[16:51] <rui> opened incident "Facebook DNS lookup returning SERVFAIL", worried it's our resolver
[16:58] <joana> facebook stopped announcing the routes to their DNS prefixes, a-d.ns.facebook.com unreachable
[17:03] <rui> query rate for facebook.com / whatsapp.net up ~30x, clients retrying
[17:05] <rui> I'll drive this, joana can you do comms to the NOC list
[22:00] <joana> renewed BGP activity from AS32934
[22:17] <rui> BGP updates from AS32934 peaking, prefixes coming back
"""}],
    "expected": {
        "events": [["2021-10-04T15:40Z", ["routing changes"]], ["2021-10-04T15:51Z", ["SERVFAIL"]], ["2021-10-04T15:58Z", ["stopped announcing"]],
                   ["2021-10-04T16:05Z", ["drive"]], ["2021-10-04T21:00Z", ["renewed BGP"]],
                   ["2021-10-04T21:17Z", ["peaking"]]],
        "keyTimes": {
            "started": kt("2021-10-04T15:40Z", S, "At around 15:40 UTC we saw a peak of routing changes from Facebook", "comment 120702"),
            "detected": kt("2021-10-04T15:51Z", S, "[16:51] <rui> opened incident \"Facebook DNS lookup returning SERVFAIL\"", "res4120-irc.txt"),
            "resolved": kt(None, U)},
        "responders": [["Rui Matos", "incident commander"], ["Joana Pires", "comms"]],
        "narrative": nar(["withdrew their BGP", "backbone"], ["renewed BGP"], ["RES-4120"],
                         "From about 15:40 UTC on 4 October 2021 lookups for Facebook, Instagram and WhatsApp names failed for the resolver's users until the routes returned in the evening."),
    }})

# 8. Stack Overflow, 2016-07-20: whitespace-trim regex backtracking on the home page --------------------------------------
I.append({
    "id": "stackoverflow-2016-07-chat", "name": "Stack Overflow 2016-07-20 outage (regex backtracking on a post shown on the home page)",
    "issueId": "94108", "key": "SRE-1604", "summary": "SO down - all web tier out of HAProxy rotation",
    "reporter": "Priya Lindqvist", "assignee": "Ben Okonkwo", "labels": ["outage", "web", "regex"],
    "components": ["web-tier", "haproxy"], "created": "2016-07-20T14:52", "now": "2016-07-27T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """stackoverflow.com serving the 'offline' page. HAProxy shows every web server down on health check. CPU pegged on all of them.
Started right around 10:50, guess the 10:30 build?""",
    "comments": [
        ("120801", "Ben Okonkwo", "2016-07-20T15:30", """not the build. a post with ~20,000 consecutive whitespace characters on one line; our whitespace-trim regex backtracks on that (quadratic), and the post was on the home page, which is what the load balancer health check requests. so every web server failed its check. chat transcript in sre1604-chat.txt (Eastern)."""),
        ("120802", "Priya Lindqvist", "2016-07-22T16:00", """## postmortem
On July 20, 2016 we had a 34 minute outage starting at 14:44 UTC.
It took 10 minutes to identify the cause, 14 minutes to write the code to fix it, and 10 minutes to roll out the fix until Stack Overflow was available again.
Fix: the trim no longer uses a regex (substring-based). Actions: health check should not hit the home page; review other regexes."""),
    ],
    "changelog": [
        ("Ben Okonkwo", "2016-07-20T14:53", [("status", "Open", "In Progress")]),
        ("Priya Lindqvist", "2016-07-22T16:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sre1604-chat.txt", "zone": "America/New_York", "referenceDate": "2016-07-20", "text": """
Ben Okonkwo
10:54 AM
it's the regex in the whitespace trim, one post on the home page, stack dumps all stuck in it
Priya Lindqvist
10:55 AM
I'll coordinate, Ben you're the SME on this one
Ben Okonkwo
11:08 AM
fix written (no regex), building
"""}],
    "expected": {
        "events": [["2016-07-20T14:44Z", ["outage"]],
                   ["2016-07-20T14:54Z", ["regex"]], ["2016-07-20T15:08Z", ["fix written"]]],
        "keyTimes": {
            "started": kt("2016-07-20T14:44Z", S, "34 minute outage starting at 14:44 UTC", "comment 120802"),
            "detected": kt(None, U),
            "resolved": kt("2016-07-20T15:18Z", INF, "34 minute outage starting at 14:44 UTC", "comment 120802")},
        "responders": [["Priya Lindqvist", "incident commander"], ["Ben Okonkwo", "SME"]],
        "narrative": nar(["whitespace", "backtrack"], ["substring"], ["SRE-1604"],
                         "On 20 July 2016 Stack Overflow was unavailable for 34 minutes from 14:44 UTC."),
    }})

# 9. GitHub, 2016-01-28: utility power disruption rebooted most of the data center -----------------------------------------
I.append({
    "id": "github-2016-01-power-campfire", "name": "GitHub 2016-01-28 outage (data-center power disruption, Redis hosts failed to boot)",
    "issueId": "94109", "key": "OPS-2016", "summary": "github.com unicorns - mass reboot in the DC",
    "reporter": "Ines Varga", "assignee": "Theo Marchetti", "labels": ["major", "datacenter", "power"],
    "components": ["datacenter", "redis"], "created": "2016-01-28T00:40", "now": "2016-02-05T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """github.com serving unicorns since ~4:30 PM. Big chunk of the fleet rebooted at once.
Guess: bad kernel rollout? (there was one scheduled today)""",
    "comments": [
        ("120901", "Theo Marchetti", "2016-01-28T01:15", """no rollout. the DC had a power blip, ~25% of hosts and a lot of network gear rebooted. redis cluster members are not booting: a firmware issue on one class of hardware. rebuilding on other hosts. chat copy (Pacific) in ops2016-campfire.txt."""),
        ("120902", "Ines Varga", "2016-01-28T03:10", """site has been back for a while (didn't note when). status page went green a bit after we were confident. backlog of jobs still draining."""),
        ("120903", "Theo Marchetti", "2016-02-03T20:00", """## Post-incident (UTC)
At 00:23am UTC on Thursday, January 28th, 2016 our primary data center experienced a brief disruption in the systems that supply power to our servers and equipment.
Slightly over 25% of servers and several network devices rebooted. status.github.com was not set to status red until 00:32am UTC, ChatOps was on rebooted hosts too.
The machines that rebooted mostly came back, but the Redis clusters our application depends on did not, because of the hardware firmware issue; the app could not start without them.
Actions: application must boot without Redis; test full-DC power loss; firmware fixed with the vendor."""),
    ],
    "changelog": [
        ("Theo Marchetti", "2016-01-28T00:41", [("status", "Open", "In Progress")]),
        ("Ines Varga", "2016-01-28T03:11", [("status", "In Progress", "Monitoring")]),
        ("Theo Marchetti", "2016-02-03T20:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops2016-campfire.txt", "zone": "America/Los_Angeles", "referenceDate": "2016-01-27", "text": """
[4:24 PM] Hubot: PagerDuty: incident #88123 TRIGGERED - github.com frontend 5xx rate critical - paging ops
[4:26 PM] ines: half the fleet just rebooted??? power event in the DC
[4:28 PM] theo: I'm IC. ines on comms, status page to red
[4:41 PM] ines: redis hosts won't boot, firmware
"""}],
    "expected": {
        "events": [["2016-01-28T00:23Z", ["power"]], ["2016-01-28T00:24Z", ["PagerDuty"]],
                   ["2016-01-28T00:26Z", ["rebooted"]], ["2016-01-28T00:28Z", ["IC"]], ["2016-01-28T00:32Z", ["status red"]],
                   ["2016-01-28T00:41Z", ["redis"]]],
        "keyTimes": {
            "started": kt("2016-01-28T00:23Z", S, "At 00:23am UTC on Thursday, January 28th, 2016", "comment 120903"),
            "detected": kt("2016-01-28T00:24Z", S, "[4:24 PM] Hubot: PagerDuty: incident #88123 TRIGGERED", "ops2016-campfire.txt"),
            "resolved": kt(None, U)},
        "responders": [["Theo Marchetti", "incident commander"], ["Ines Varga", "comms"]],
        "narrative": nar(["supply power", "firmware"], ["rebuilding on other hosts"], ["OPS-2016"],
                         "From 00:23 UTC on 28 January 2016 (the afternoon of the 27th in Pacific time) github.com was unavailable for about two hours."),
    }})

# 10. Knight Capital, 2012-08-01: SMARS repurposed flag re-activated Power Peg on one server -------------------------------
I.append({
    "id": "knight-2012-08-notes", "name": "Knight Capital 2012-08-01 erroneous orders (Power Peg code re-activated on one SMARS server)",
    "issueId": "94110", "key": "TRD-812", "summary": "SMARS flooding NYSE with orders - RLP go-live",
    "reporter": "Carla Benedetti", "assignee": "Sam Whitlock", "labels": ["sev0", "smars", "rlp"],
    "components": ["smars", "order-routing"], "created": "2012-08-01T13:48", "now": "2012-08-10T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """SMARS sending huge volumes of parent orders into NYSE since the open, ~150 names. Desk sees positions piling up.
Guess: RLP code path? it went live today.""",
    "comments": [
        ("121001", "Sam Whitlock", "2012-08-01T14:30", """order flow into NYSE stopped. first reaction (uninstall the new RLP code from the servers) made it worse: the old code on all eight then had the same flag meaning. BNET reject emails from this morning pasted as trd812-bnet.txt, nobody looked at them before the open."""),
        ("121002", "Carla Benedetti", "2012-08-03T17:00", """## what happened (ET)
Trading impact began at the 9:30 a.m. market open: one of eight SMARS servers had not received the RLP deployment, and the repurposed flag re-activated the retired Power Peg code on it, which sent child orders without ever counting the fills.
Between 8:01 a.m. and the open, BNET sent 97 automated emails that referenced SMARS and said "Power Peg disabled"; they were not treated as alerts.
We did not log the minute the last erroneous order went out; the loss is about $460 million.
Actions: deployment verification on every server, kill switch, alerts instead of emails, remove dead code."""),
    ],
    "changelog": [
        ("Sam Whitlock", "2012-08-01T13:49", [("status", "Open", "In Progress")]),
        ("Carla Benedetti", "2012-08-03T17:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "trd812-bnet.txt", "zone": "America/New_York", "referenceDate": "2012-08-01", "text": """
2012-08-01 08:01:04 BNET reject SMARS 0x1f: Power Peg disabled  (mail to smars-ops@)
2012-08-01 08:01:04 BNET reject SMARS 0x1f: Power Peg disabled  (mail to smars-ops@)
... 95 more of the same until the open ...
2012-08-01 09:30:00 NYSE market open, SMARS parent orders accepted
"""}],
    "expected": {
        "events": [["2012-08-01T12:01Z", ["Power Peg disabled"]], ["2012-08-01T13:30Z", ["market open"]]],
        "keyTimes": {
            "started": kt("2012-08-01T13:30Z", S, "Trading impact began at the 9:30 a.m. market open", "comment 121002"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Sam Whitlock", None], ["Carla Benedetti", None]],
        "narrative": nar(["repurposed flag", "Power Peg"], ["order flow into NYSE stopped"], ["TRD-812", "SMARS", "BNET"],
                         "From the 9:30 a.m. market open on 1 August 2012 Knight's SMARS sent millions of erroneous orders to NYSE, losing about $460 million.",
                         badly=["not treated as alerts", "made it worse"]),
    }})

# 11. Dyn, 2016-10-21: DDoS on Managed DNS (two waves) -------------------------------------------------------------------
I.append({
    "id": "dyn-2016-10-ddos-hipchat", "name": "Dyn 2016-10-21 Managed DNS DDoS (two attack waves)",
    "issueId": "94111", "key": "DNS-6610", "summary": "Managed DNS latency / resolution failures US-East - DDoS",
    "reporter": "Mara Quist", "assignee": "Felix Aranda", "labels": ["sev1", "ddos", "managed-dns"],
    "components": ["managed-dns", "anycast"], "created": "2016-10-21T11:30", "now": "2016-10-28T14:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Big DDoS on Managed DNS, US-East PoPs first. Customers (twitter, github, reddit, ...) unreachable for a lot of users on the east coast.
Since about 7:30am? mitigation in progress.""",
    "comments": [
        ("121101", "Felix Aranda", "2016-10-21T11:45", """status page text as posted: Starting at 11:10 UTC on October 21st-Friday 2016 we began monitoring and mitigating a DDoS attack against our Dyn Managed DNS infrastructure. Some customers may experience increased DNS query latency and delayed zone propagation during this time."""),
        ("121102", "Mara Quist", "2016-10-21T13:30", """Services have been restored to normal as of 13:20 UTC. Keeping this open, traffic still weird. HipChat log in dns6610-hipchat.txt (Eastern)."""),
        ("121103", "Felix Aranda", "2016-10-21T16:05", """second wave. status: As of 15:52 UTC, we have begun monitoring and mitigating a DDoS attack against our Managed DNS infrastructure. More global this time."""),
        ("121105", "Felix Aranda", "2016-10-22T21:40", """preliminary findings as posted: This report covers an incident that began on October 21, 2016 at approximately 11:10 UTC and lasted until approximately 17:45 UTC.
- first attack mitigated at approximately 13:20 UTC
- at roughly 15:50 UTC a second DDoS attack began, more global
- at approximately 17:00 UTC engineers mitigated it again and service was restored"""),
        ("121104", "Mara Quist", "2016-10-26T18:00", """recap: the attack came from tens of millions of IP addresses, a large share of them Mirai-botnet IoT devices, plus legitimate retry traffic. Two waves; the second was mitigated in the afternoon and a third attempt did not reach customers. The status page "resolved" entry wasn't copied into this ticket."""),
    ],
    "changelog": [
        ("Felix Aranda", "2016-10-21T11:31", [("status", "Open", "In Progress")]),
        ("Mara Quist", "2016-10-21T13:31", [("status", "In Progress", "Monitoring")]),
        ("Felix Aranda", "2016-10-21T16:06", [("status", "Monitoring", "In Progress")]),
        ("Felix Aranda", "2016-10-21T22:00", [("status", "In Progress", "Monitoring")]),
        ("Mara Quist", "2016-10-26T18:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dns6610-hipchat.txt", "zone": "America/New_York", "referenceDate": "2016-10-21", "text": """
[7:31 AM] Felix Aranda: I'll run this one. Mara, comms please
[9:20 AM] Mara Quist: query latency normal on all PoPs, restored
[11:52 AM] Felix Aranda: here we go again, second wave, more global
"""}],
    "expected": {
        "events": [["2016-10-21T11:10Z", ["DDoS"]], ["2016-10-21T11:31Z", ["run this"]],
                   ["2016-10-21T13:20Z", ["restored", "mitigated"]], ["2016-10-21T15:50Z", ["second DDoS"]],
                   ["2016-10-21T15:52Z", ["DDoS", "second wave"]], ["2016-10-21T17:00Z", ["mitigated"]], ["2016-10-21T17:45Z", ["lasted until"]]],
        "keyTimes": {
            "started": kt("2016-10-21T11:10Z", S, "Starting at 11:10 UTC on October 21st-Friday 2016", "comment 121101"),
            "detected": kt("2016-10-21T11:10Z", S, "we began monitoring and mitigating a DDoS attack against our Dyn Managed DNS infrastructure", "comment 121101"),
            "resolved": kt("2016-10-21T17:45Z", S, "lasted until approximately 17:45 UTC", "comment 121105")},
        "responders": [["Felix Aranda", "incident commander"], ["Mara Quist", "comms"]],
        "narrative": nar(["DDoS", "Mirai"], ["mitigating"], ["DNS-6610"],
                         "From 11:10 UTC on 21 October 2016 Dyn Managed DNS customers' sites failed to resolve for many users, in two attack waves (the first until 13:20 UTC, the second from 15:52 UTC)."),
    }})

# 12. Cloudflare, 2020-07-17: Atlanta router policy change leaked routes into the backbone ----------------------------------
I.append({
    "id": "cloudflare-2020-07-backbone-slack", "name": "Cloudflare 2020-07-17 backbone outage (Atlanta router configuration error)",
    "issueId": "94112", "key": "BB-1707", "summary": "traffic drop ~50% - backbone",
    "reporter": "Holly Pierce", "assignee": "Idris Yusuf", "labels": ["sev0", "backbone", "bgp"],
    "components": ["backbone", "edge"], "created": "2020-07-17T21:20", "now": "2020-07-24T10:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Traffic down by about half across the network since ~10:15pm (London). 502s / timeouts for customers, 1.1.1.1 affected too.
Guess: the EWR-ORD link loss from earlier?""",
    "comments": [
        ("121201", "Idris Yusuf", "2020-07-17T21:45", """it was atl01. the change to take load off Atlanta removed a line from the policy, so atl01 announced all its BGP routes into the backbone and pulled traffic from everywhere into Atlanta. router removed from the backbone. slack excerpt (London time) in bb1707-slack.txt"""),
        ("121202", "Holly Pierce", "2020-07-18T09:00", """## blog timeline (UTC)
- 20:25: loss of the backbone link between EWR and ORD; backbone between ATL and IAD congesting (no customer impact).
- 21:12 to 21:39: ATL attracted traffic from across the backbone; outage for about 50% of traffic.
- The network was healthy again after ATL was removed from the backbone.
- 22:10: full recovery, including logs and metrics.
Actions: backbone config changes go through the same safety checks as the edge; per-term BGP limits."""),
    ],
    "changelog": [
        ("Idris Yusuf", "2020-07-17T21:21", [("status", "Open", "In Progress")]),
        ("Holly Pierce", "2020-07-18T09:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "bb1707-slack.txt", "zone": "Europe/London", "referenceDate": "2020-07-17", "text": """
Holly Pierce  9:25 PM
EWR-ORD backbone link down, ATL-IAD congesting. rerouting, no customer impact yet
Idris Yusuf  10:12 PM
pushed policy change on atl01 to take load off Atlanta
Holly Pierce  10:39 PM
atl01 removed from backbone, traffic recovering everywhere
Idris Yusuf  10:50 PM
:green_heart: status page updated, monitoring
"""}],
    "expected": {
        "events": [["2020-07-17T20:25Z", ["EWR"]], ["2020-07-17T21:12Z", ["atl01", "ATL"]],
                   ["2020-07-17T21:39Z", ["removed"]], ["2020-07-17T22:10Z", ["logs and metrics"]]],
        "keyTimes": {
            "started": kt("2020-07-17T21:12Z", S, "21:12 to 21:39: ATL attracted traffic from across the backbone", "comment 121202"),
            "detected": kt(None, U),
            "resolved": kt("2020-07-17T21:39Z", S, "21:12 to 21:39: ATL attracted traffic from across the backbone", "comment 121202")},
        "responders": [["Idris Yusuf", None], ["Holly Pierce", None]],
        "narrative": nar(["removed a line from the policy", "announced all its BGP routes"], ["removed from the backbone"], ["BB-1707"],
                         "From 21:12 to 21:39 UTC on 17 July 2020 about half of Cloudflare's traffic failed, so many customer sites and 1.1.1.1 were unreachable."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

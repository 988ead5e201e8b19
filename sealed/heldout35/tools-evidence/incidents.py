"""Held-out 35 incidents: compact specs. Five software / cloud incidents (Xero's network-configuration outage of
12 September 2018 seen from a Sydney bookkeeping bureau; the wasabisys.com domain suspension of 28-29 December 2020 seen
from a podcast host; Hex's production database running out of disk on 7 November 2022 seen from Hex's own on-call;
Hasura Cloud's us-east-1 traffic surges of 26 November 2024 seen from a Boston pharmacy-delivery app; the ManageBac DDoS
of 3 March 2015 seen from a New York school's DP office) and five outside software companies (an Adelaide bakery in
NAB's mainframe outage of 26 May 2018, a Queensland emergency department in the ieMR log-on failure of 22 November
2023, an airline's Sydney check-in team in the SITA APP outage of 22 May 2017, a Butwal savings cooperative in Ncell's
fibre-cut outage of 8 December 2022, a Lafayette pharmacy in a Lafayette Utilities System cable failure on 31 May
2019). Timeline facts from public statements (SOURCES-heldout35.md); people, ticket keys, chat wording, wrong first
guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Xero, 12 September 2018 - network configuration change applied wrongly, seen from a Sydney bookkeeping bureau --
I.append({
    "id": "xero-2018-09-netconfig-sydney-bookkeeping", "name": "Xero outage 12 September 2018 (a change to Xero's network configuration was applied incorrectly so that some requests to servers inside that network failed; the site was down from approximately 5pm to 12.30am New Zealand time, about seven and a half hours; reversing the change restored it at once; apology post the next day), seen from a Sydney bookkeeping bureau running clients' pay runs",
    "issueId": "98400", "key": "BOOK-0912", "summary": "Xero unreachable for the whole office - three client pay runs due today",
    "reporter": "Mele Tupou", "assignee": "Declan Forde", "labels": ["xero", "payroll", "office-it"],
    "components": ["client-payroll", "office-network"], "created": "2018-09-12T05:35", "now": "2018-09-28T00:00:00Z",
    "defaultZone": "Australia/Sydney", "priority": "High",
    "description": """Nobody here can get into Xero: the dashboard shows the error page, log-in sometimes bounces back to the sign-in form. Pay runs for Kowalski, Brightwater and Lane Cove Physio have to be filed today.

Been like this since about 2:45. Suspect the NBN again (the tech swapped our NTD yesterday); Declan is power-cycling the modem. Sydney time.""",
    "comments": [
        ("228000", "Declan Forde", "2018-09-12T05:50", """Modem restart changed nothing, and the bank portal, Gmail and the ATO portal all load over the same line, so the NBN is off the list. Xero has put an incident on its status page. Our Teams chat is copied into teams-book0912.txt (Sydney time)."""),
        ("228001", "Mele Tupou", "2018-09-12T13:30", """Xero is back. All three pay runs approved and STP filed tonight; Kowalski and Brightwater staff get paid Friday instead of Thursday."""),
        ("228002", "Priyanka Rao", "2018-09-13T01:15", """Xero's apology post this morning: the site went down at approximately 5pm New Zealand time and came back at 12.30am New Zealand time. A change to their network configuration had been applied incorrectly; once they found it and reversed it, the site came straight back."""),
        ("228003", "Priyanka Rao", "2018-09-18T03:00", """Review for the partners, Tuesday 18th (Sydney time).
Window: Xero was unavailable to us from about 3:00pm (Xero's 'approximately 5pm New Zealand time') until 10:30pm (their 12:30am), seven and a half hours. NZ runs two hours ahead of us until the clocks change.
Who saw it first: unknown. Mele's 3:22 message already says 'still', and nobody remembers who hit the error page first or at what time. 2:45 (ticket) was a guess typed at 3:35.
Our NBN was fine; the modem restart cost ten minutes for nothing.
Cause, per Xero: their network configuration change, applied incorrectly.
Cost: two clients' staff paid a day late, about six hours of overtime.
Agreed: pay runs filed by noon the day before payday, Mele and Declan on Xero's SMS status alerts, a ready-made email to clients for 'pay will be late'."""),
    ],
    "changelog": [
        ("Declan Forde", "2018-09-12T05:36", [("status", "Open", "In Progress")]),
        ("Mele Tupou", "2018-09-12T13:31", [("status", "In Progress", "Monitoring")]),
        ("Priyanka Rao", "2018-09-18T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-book0912.txt", "zone": "Australia/Sydney", "referenceDate": "2018-09-12", "text": """
[12/9/2018 3:22 PM] Mele Tupou: is Xero still giving everyone the error page? lost the Kowalski pay run twice now
[12/9/2018 3:26 PM] Declan Forde: same. NBN has been dodgy since the tech visit, power-cycling the modem
[12/9/2018 3:41 PM] Declan Forde: modem's back. bank portal, Gmail, ATO all fine. Xero still broken -> not our line
[12/9/2018 3:48 PM] Mele Tupou: Xero's status page now lists an incident: some users can't access Xero
[12/9/2018 4:15 PM] Priyanka Rao: ringing Kowalski, Brightwater and Lane Cove Physio: pays will land a day late
[12/9/2018 5:30 PM] Declan Forde: still dead. heading home, will keep trying from there
[12/9/2018 10:31 PM] Declan Forde: Xero loads again!! in from home
[12/9/2018 11:20 PM] Mele Tupou: all three pay runs approved and STP filed. night all
"""}],
    "expected": {
        "events": [["2018-09-12T05:00Z", ["unavailable"]], ["2018-09-12T05:22Z", ["still"]],
                   ["2018-09-12T05:26Z", ["modem"]], ["2018-09-12T05:41Z", ["not our line"]],
                   ["2018-09-12T05:48Z", ["status page"]], ["2018-09-12T06:15Z", ["day late"]],
                   ["2018-09-12T12:30Z", ["unavailable", "until"]], ["2018-09-12T12:31Z", ["loads again"]],
                   ["2018-09-12T13:20Z", ["STP"]]],
        "keyTimes": {
            "started": kt("2018-09-12T05:00Z", S, "from about 3:00pm (Xero's 'approximately 5pm New Zealand time')", "comment 228003"),
            "detected": kt(None, U),
            "resolved": kt("2018-09-12T12:30Z", S, "until 10:30pm (their 12:30am)", "comment 228003")},
        "responders": [["Mele Tupou", None], ["Declan Forde", None], ["Priyanka Rao", None]],
        "narrative": nar(["network configuration"], ["revers"], ["BOOK-0912", "Kowalski"],
                         "On 12 September 2018 Xero was unavailable to the bureau from about 3:00pm to 10:30pm Sydney time because a network configuration change at Xero had been applied incorrectly."),
    }})

# 2. Wasabi, 28-29 December 2020 - wasabisys.com suspended by its registrar, seen from a podcast host ---------------
I.append({
    "id": "wasabi-2020-12-domain-suspended-podcast-host", "name": "Wasabi object storage unreachable 28-29 December 2020 (the registrar suspended the wasabisys.com domain after a report of malware hosted by a Wasabi customer, sent to an address Wasabi did not see; DNS resolution for the storage endpoints failed from around 19:38 UTC on 28 December until 17:57 UTC on 29 December per a customer's report), seen from a Lisbon podcast host whose episode files sit in Wasabi behind a CDN",
    "issueId": "98401", "key": "POD-1228", "summary": "Episode downloads 502 for most shows, uploads stuck in processing",
    "reporter": "Inês Carvalho", "assignee": "Rui Medeiros", "labels": ["storage", "cdn", "sev1"],
    "components": ["episode-delivery", "upload-pipeline"], "created": "2020-12-28T20:05", "now": "2021-01-15T12:00:00Z",
    "defaultZone": "Europe/Lisbon",
    "description": """Episode downloads failing for a big share of shows: players get 502 from the CDN and the feed validator says enclosure URLs are unreachable. New uploads stuck in 'processing'.

Started ~19:45 (first probe alert). Likeliest culprit is the pull-zone change I shipped at 17:30; Rui is rolling it back. Lisbon time, which is UTC this time of year.""",
    "comments": [
        ("228010", "Rui Medeiros", "2020-12-28T20:40", """Rolling back the pull zone did nothing. wasabisys.com doesn't resolve from any public resolver, and Wasabi's status page now shows a DNS incident. My on-call notes: oncall-pod1228.txt (Toronto time, EST)."""),
        ("228011", "Rui Medeiros", "2020-12-29T01:30", """Hosts-file pin on the upload workers at 01:10 UTC: new episodes upload again. Listener downloads still fail, because the CDN looks up the origin itself and we can't pin that."""),
        ("228012", "Inês Carvalho", "2020-12-29T18:30", """wasabisys.com resolves again since 17:57 UTC and every download probe is green. Purged the CDN's cached errors at 18:20 UTC and took the hosts pin out."""),
        ("228013", "Inês Carvalho", "2021-01-05T11:00", """Retro notes (Tue 5 Jan), UTC.
What broke: Wasabi's registrar suspended the wasabisys.com domain after a report of malware hosted by one of Wasabi's customers; the notice went to an address nobody at Wasabi was reading.
Listener impact: downloads failed from around 19:38 UTC on the 28th, Wasabi's own start time, to 17:57 UTC on the 29th when the domain resolved again. Our probe paged Rui six minutes after the start.
'~19:45' (description) is when the page came, not when it started, and my pull-zone change was innocent. The 01:10 hosts pin helped uploads only.
Work items: a second origin bucket at another provider behind the CDN, a probe that resolves the origin hostname on its own, failover for enclosure URLs."""),
    ],
    "changelog": [
        ("Rui Medeiros", "2020-12-28T20:06", [("status", "Open", "In Progress")]),
        ("Inês Carvalho", "2020-12-29T18:31", [("status", "In Progress", "Monitoring")]),
        ("Inês Carvalho", "2021-01-05T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "oncall-pod1228.txt", "zone": "America/Toronto", "referenceDate": "2020-12-28", "text": """
Mon 28 Dec, Toronto (EST) - rui, on call
14:44 PagerDuty: synthetic 'episode-download-eu' failed 3/3 -> me
14:58 the one change today = Ines's pull-zone edit (12:30 here). reverting it
15:20 rollback done, still 502. dig s3.eu-central-1.wasabisys.com: SERVFAIL on 1.1.1.1, 8.8.8.8, 9.9.9.9 and our resolver
15:35 Wasabi status: investigating DNS resolution problems for wasabisys.com
16:10 our status page: "Some episodes can't be downloaded; uploads delayed"
20:10 pinned the bucket IP in /etc/hosts on the upload workers, uploads flowing. downloads still broken (CDN resolves origin itself)
22:40 handing over to Ines for the Lisbon morning
"""}],
    "expected": {
        "events": [["2020-12-28T19:38Z", ["downloads failed"]], ["2020-12-28T19:44Z", ["PagerDuty"]],
                   ["2020-12-28T19:58Z", ["reverting"]], ["2020-12-28T20:20Z", ["rollback done"]],
                   ["2020-12-28T20:35Z", ["Wasabi status"]], ["2020-12-28T21:10Z", ["our status page"]],
                   ["2020-12-29T01:10Z", ["hosts"]], ["2020-12-29T17:57Z", ["resolves again", "resolved again"]],
                   ["2020-12-29T18:20Z", ["Purged"]]],
        "keyTimes": {
            "started": kt("2020-12-28T19:38Z", S, "downloads failed from around 19:38 UTC on the 28th", "comment 228013"),
            "detected": kt("2020-12-28T19:44Z", S, "synthetic 'episode-download-eu' failed 3/3", "oncall-pod1228.txt"),
            "resolved": kt("2020-12-29T17:57Z", S, "to 17:57 UTC on the 29th when the domain resolved again", "comment 228013")},
        "responders": [["Inês Carvalho", None], ["Rui Medeiros", None]],
        "narrative": nar(["registrar", "suspended"], ["resolved again"], ["POD-1228", "episode-download-eu"],
                         "From around 19:38 UTC on 28 December until 17:57 UTC on 29 December 2020 listeners could not download episodes because Wasabi's storage domain had been suspended by its registrar."),
    }})

# 3. Hex, 7 November 2022 - production database out of disk, seen from Hex's own on-call ---------------------------
I.append({
    "id": "hex-2022-11-proddb-disk-full-oncall", "name": "Hex production outage 7 November 2022 (the production database ran out of disk; a manual resize was blocked by a storage optimization still running from an earlier resize and a replica promotion by a backup in progress; support first noticed prod unresponsive at 12:08 pm PT, the promoted replica brought app.hex.tech back at 2:48 pm; Fivetran sync disabled, internal data stale for about a week), seen from Hex's engineering on-call",
    "issueId": "98402", "key": "PROD-1107", "summary": "app.hex.tech unresponsive - prod DB not accepting connections",
    "reporter": "Tamsin Achebe", "assignee": "Oskar Lindqvist", "labels": ["sev0", "database", "customer-facing"],
    "components": ["prod-db", "web-app"], "created": "2022-11-07T20:12", "now": "2022-11-25T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """app.hex.tech not loading for anyone: projects spin forever, the API answers 504. Support flagged it, customer tickets arriving in Intercom.

Could be the 11:45 release (new notebook query planner); reverting it while we dig. Pacific.""",
    "comments": [
        ("228020", "Oskar Lindqvist", "2022-11-07T20:50", """The revert didn't help; the release was never it. prod-db-1 is out of disk, and resizing is refused because the storage optimization from the last resize hasn't finished. Going the replica route. Slack thread in slack-inc1107.txt (Pacific)."""),
        ("228021", "Farah Haddad", "2022-11-07T23:05", """Replica promoted and the app is reachable again. Fivetran sync switched off to keep load off the new primary, so internal dashboards will go stale until it's back."""),
        ("228022", "Oskar Lindqvist", "2022-11-08T18:00", """Storage autoscaling on for the new primary; FreeStorageSpace alarms at 20% and 10% free now page the on-call."""),
        ("228023", "Farah Haddad", "2022-11-11T22:00", """Five-whys summary (Friday), Pacific.
Impact: prod unavailable to every user until 2:48 PM, when the promoted replica took traffic.
Start of impact: not known. The disk-space graph has a gap before noon and no alarm existed, so nothing records when the volume filled; support's 12:08 is only when we first knew.
Why so long: the resize was blocked by the previous optimization, promotion was blocked by the backup, and AWS could cancel neither.
The 11:45 release had no part in it.
Open items: disk alarms (done), autoscaling (done), a runbook for promoting a replica without a fresh backup, Fivetran re-enabled next week (internal data about a week stale)."""),
    ],
    "changelog": [
        ("Oskar Lindqvist", "2022-11-07T20:13", [("status", "Open", "In Progress")]),
        ("Farah Haddad", "2022-11-07T23:06", [("status", "In Progress", "Monitoring")]),
        ("Farah Haddad", "2022-11-11T22:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-inc1107.txt", "zone": "America/Los_Angeles", "referenceDate": "2022-11-07", "text": """
[12:08 PM] Tamsin Achebe (support): prod is unresponsive, app.hex.tech spinning here and 3 customers in Intercom say the same. anyone deploying?
[12:10 PM] Oskar Lindqvist: declaring an incident. can't open a connection to prod-db-1 at all
[12:14 PM] Oskar Lindqvist: reverting the 11:45 release to be safe
[12:16 PM] Oskar Lindqvist: restarted prod-db-1, still not accepting queries
[12:18 PM] Farah Haddad: FreeStorageSpace on prod-db-1 = 0. the disk is full
[12:32 PM] Farah Haddad: resize requested, refused: storage optimization from the last resize still running
[12:36 PM] Oskar Lindqvist: AWS support on the phone: optimization can't be cancelled, ~70% done
[12:40 PM] Farah Haddad: starting backup + restore of the read replica as plan B
[1:10 PM] Oskar Lindqvist: promoting the replica would be quicker but it's blocked while that backup runs
[1:20 PM] Oskar Lindqvist: AWS again: backup can't be cancelled either, ~40%
[2:46 PM] Farah Haddad: replica backup finished, promoting now
[2:47 PM] Farah Haddad: new primary answers queries
[2:48 PM] Oskar Lindqvist: helm values point at the new DB, app.hex.tech loads for support + customers
[2:55 PM] Tamsin Achebe (support): replying to the 41 open tickets
"""}],
    "expected": {
        "events": [["2022-11-07T20:08Z", ["unresponsive"]], ["2022-11-07T20:10Z", ["incident"]],
                   ["2022-11-07T20:14Z", ["reverting"]], ["2022-11-07T20:16Z", ["restarted"]],
                   ["2022-11-07T20:18Z", ["disk is full"]], ["2022-11-07T20:32Z", ["resize"]],
                   ["2022-11-07T20:36Z", ["AWS support"]], ["2022-11-07T20:40Z", ["backup"]],
                   ["2022-11-07T21:10Z", ["promoting"]], ["2022-11-07T21:20Z", ["AWS again"]],
                   ["2022-11-07T22:46Z", ["promoting now"]], ["2022-11-07T22:47Z", ["answers queries"]],
                   ["2022-11-07T22:48Z", ["loads", "unavailable"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2022-11-07T20:08Z", S, "prod is unresponsive, app.hex.tech spinning here", "slack-inc1107.txt"),
            "resolved": kt("2022-11-07T22:48Z", S, "prod unavailable to every user until 2:48 PM", "comment 228023")},
        "responders": [["Tamsin Achebe", None], ["Oskar Lindqvist", None], ["Farah Haddad", None]],
        "narrative": nar(["disk"], ["promot"], ["PROD-1107", "prod-db-1"],
                         "On 7 November 2022 Hex's production app was unavailable to all users until 2:48 PM Pacific because its database had run out of disk; when the outage began is not known."),
    }})

# 4. Hasura Cloud us-east-1, 26 November 2024 - three traffic surges, seen from a Boston pharmacy-delivery app -------
I.append({
    "id": "hasura-2024-11-useast1-surges-boston-pharmacy", "name": "Hasura Cloud AWS us-east-1 increased error rates and latency 26 November 2024 (three traffic surges, 43.68M requests, on shared gateway clusters that could not autoscale fast enough: 9:05-9:25, 9:40-9:50 and 11:22-11:37 AM PT; incident duration 9:00-11:40 AM PT; on-call responded on detection at 9:10 AM PT and added capacity by hand), seen from a Boston pharmacy-delivery app whose GraphQL API runs on Hasura Cloud in us-east-1",
    "issueId": "98403", "key": "GQL-1126", "summary": "Checkout + order status erroring - GraphQL timeouts / 5xx from Hasura endpoint",
    "reporter": "Noor Siddiqui", "assignee": "Caleb Okonjo", "labels": ["graphql", "hasura", "checkout"],
    "components": ["graphql-gateway", "mobile-app"], "created": "2024-11-26T17:12", "now": "2024-12-13T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Checkout and order-status screens failing in the app: GraphQL calls to our Hasura Cloud project time out or come back 5xx, roughly half of requests. The pharmacists' dashboard errors too.

Since ~noon. My bet is our 11:50 checkout-service release (new cart mutation); rolling back. Eastern.""",
    "comments": [
        ("228030", "Caleb Okonjo", "2024-11-26T17:50", """Errors came back with the rollback still in place, so the release is cleared. Latency to the Hasura endpoint is 20s+ and Hasura's status page has an incident for us-east-1. PagerDuty and Slack copied into pd-slack-gql1126.txt (Eastern)."""),
        ("228031", "Caleb Okonjo", "2024-11-26T19:25", """Reopened: a third wave of 5xx with the same signature. The lull fooled us."""),
        ("228032", "Marisa Dunleavy", "2024-11-26T20:10", """Quiet since the third wave ended. 63 failed checkouts; customers got a retry link, 9 orders re-entered by phone."""),
        ("228033", "Caleb Okonjo", "2024-12-03T16:00", """Write-up (Tue 3 Dec), Eastern unless marked. The lines of Hasura's postmortem that matter are pasted in hasura-postmortem-1126.txt (their times, Pacific).
Our impact: 12:05 to 2:37 PM Eastern, in three waves matching their spikes; between the waves requests succeeded. Hasura's 9:00-11:40 Pacific window is a little wider than what our users saw.
Cause (Hasura's): traffic surges on the gateway clusters shared by every project in the region; autoscaling was too slow, so they added capacity by hand after the first spike.
Our 11:50 release was a red herring, and resolving the ticket at 1:15 in the lull was premature.
Actions: client retries with backoff for idempotent queries, cached read-only order status, ask Hasura about a dedicated gateway, keep tickets open until 60 quiet minutes."""),
    ],
    "changelog": [
        ("Noor Siddiqui", "2024-11-26T17:13", [("status", "Open", "In Progress")]),
        ("Noor Siddiqui", "2024-11-26T18:15", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Caleb Okonjo", "2024-11-26T19:24", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Caleb Okonjo", "2024-11-26T19:25", [("status", "Reopened", "In Progress")]),
        ("Marisa Dunleavy", "2024-11-26T20:11", [("status", "In Progress", "Monitoring")]),
        ("Caleb Okonjo", "2024-12-03T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pd-slack-gql1126.txt", "zone": "America/New_York", "referenceDate": "2024-11-26", "text": """
12:07 PM  PagerDuty  TRIGGERED #8812 graphql-gateway 5xx > 20% (2m) [us-east-1]
12:09 PM  Noor Siddiqui  ack. nothing shipped today except the 11:50 checkout release, starting rollback
12:20 PM  Noor Siddiqui  rollback finished
12:31 PM  Noor Siddiqui  error rate under 1% again. so it was the release?
12:44 PM  PagerDuty  TRIGGERED #8813 graphql-gateway 5xx > 20% (2m) [us-east-1]
12:45 PM  Caleb Okonjo  back again with the rollback in place -> not our release. Hasura endpoint latency 20s+
12:58 PM  Caleb Okonjo  Hasura status page: Hasura Cloud AWS us-east-1: Increased error rates and latency (investigating)
1:15 PM  Noor Siddiqui  quiet for 25 min, resolving PD and the Jira
2:24 PM  PagerDuty  TRIGGERED #8814 graphql-gateway 5xx > 20% (2m) [us-east-1]
2:25 PM  Caleb Okonjo  third round, reopening
2:37 PM  Caleb Okonjo  errors gone again, p99 normal
2:50 PM  Marisa Dunleavy  support: 63 failed checkouts, texting customers a retry link
"""}, {"file": "hasura-postmortem-1126.txt", "zone": "America/Los_Angeles", "referenceDate": "2024-11-26", "text": """
Incident Postmortem: Traffic Surge Impact on AWS us-east-1 Region (excerpt, pasted 3 Dec)
Duration: November 26, 2024, 9:00 AM - 11:40 AM Pacific Time
First Spike (9:05 AM - 9:25 AM PT): 14.69M requests, peak ~9:10 AM
Second Spike (9:40 AM - 9:50 AM PT): 12.6M requests, peak ~9:46 AM
Third Spike (11:22 AM - 11:37 AM PT): 12.41M requests, peak ~11:32 AM
Our on-call engineering team responded immediately upon detection at 9:10 AM PT.
"""}],
    "expected": {
        "events": [["2024-11-26T17:00Z", ["Duration"]], ["2024-11-26T17:05Z", ["First Spike"]],
                   ["2024-11-26T17:07Z", ["TRIGGERED"]], ["2024-11-26T17:09Z", ["rollback"]],
                   ["2024-11-26T17:10Z", ["upon detection"]], ["2024-11-26T17:20Z", ["rollback finished"]],
                   ["2024-11-26T17:40Z", ["Second Spike"]], ["2024-11-26T17:44Z", ["TRIGGERED"]],
                   ["2024-11-26T17:58Z", ["status page"]], ["2024-11-26T18:15Z", ["resolving"]],
                   ["2024-11-26T19:22Z", ["Third Spike"]], ["2024-11-26T19:24Z", ["TRIGGERED"]],
                   ["2024-11-26T19:37Z", ["errors gone", "Our impact"]], ["2024-11-26T19:40Z", ["Duration"]]],
        "keyTimes": {
            "started": kt("2024-11-26T17:05Z", S, "Our impact: 12:05 to 2:37 PM Eastern", "comment 228033"),
            "detected": kt("2024-11-26T17:07Z", S, "TRIGGERED #8812 graphql-gateway", "pd-slack-gql1126.txt"),
            "resolved": kt("2024-11-26T19:37Z", S, "Our impact: 12:05 to 2:37 PM Eastern", "comment 228033")},
        "responders": [["Noor Siddiqui", None], ["Caleb Okonjo", None], ["Marisa Dunleavy", None]],
        "narrative": nar(["traffic surges", "autoscaling"], ["capacity"], ["GQL-1126", "graphql-gateway"],
                         "On 26 November 2024 traffic surges on Hasura Cloud's shared us-east-1 gateways made the app's checkout and order status fail in three waves from 12:05 to 2:37 PM Eastern."),
    }})

# 5. ManageBac, 3 March 2015 - DDoS took down a switch at its data center, seen from a New York school's DP office ---
I.append({
    "id": "managebac-2015-03-ddos-nyc-school", "name": "ManageBac downtime 3 March 2015 (a DDoS of more than 2 Gbps beginning at 9:08 am PST took down a switch at the iWeb data center in front of ManageBac's firewall; with iWeb the traffic was null-routed and the server IP rotated, all systems back at 1:26 pm PST, about 4 hours 18 minutes; DNS-level mitigation to follow in a 2-hour maintenance on Saturday 7 March from 6 am GMT; users told to flush DNS if the maintenance page persisted), seen from a New York international school's Diploma Programme office",
    "issueId": "98404", "key": "EDU-0303", "summary": "ManageBac down for staff and students - IA drafts and predicted grades due today",
    "reporter": "Lucía Benavides", "assignee": "Sam Ferreira", "labels": ["managebac", "ib-dp", "deadlines"],
    "components": ["dp-office", "school-network"], "created": "2015-03-03T17:40", "now": "2015-03-20T12:00:00Z",
    "defaultZone": "America/New_York", "priority": "High",
    "description": """ManageBac isn't loading for staff or students: timeouts, now and then a 'ManageBac Maintenance' page. Grade 11 IA drafts and DP predicted grades are due in it at 3:00 today.

Began maybe 12:30? Could be the content-filter policy the district pushed over lunch; Sam is going through the firewall logs. Eastern time.""",
    "comments": [
        ("228040", "Sam Ferreira", "2015-03-03T18:05", """Rolled the filter policy back anyway, no change, and ManageBac fails off our network as well, so the problem is theirs. The email thread with the DP office is saved as email-edu0303.txt (Eastern, newest first)."""),
        ("228041", "Lucía Benavides", "2015-03-03T21:45", """ManageBac is up again. IA drafts extended to Thursday; four teachers sent predicted grades by spreadsheet and I keyed them in."""),
        ("228042", "Sam Ferreira", "2015-03-04T14:20", """ManageBac's recap post: a DDoS beginning at 9:08 am PST, over 2 Gbps, knocked out a switch at the iWeb data center in front of their firewall. With iWeb they null-routed the attack and rotated the server IP; all systems back at 1:26 pm PST. DNS-level DDoS mitigation goes in during a 2-hour maintenance on Saturday 7 March from 06:00 GMT. Anyone still seeing the maintenance page should flush DNS."""),
        ("228043", "Lucía Benavides", "2015-03-09T15:00", """DP office review (Monday 9 March). Times are last Tuesday's, Eastern Standard.
For us ManageBac was down from 12:08 to 4:26 PM (ManageBac's 9:08 am to 1:26 pm Pacific), roughly four hours and eighteen minutes.
First report: Dana's email from period 5 at 12:15. 'Around 12:30' was my guess when I opened the ticket.
The district filter was a red herring.
Saturday's maintenance (1:00 AM our time) was planned work on their side, separate from the outage.
Decisions: no internal deadline on a day when the only submission route is ManageBac, offline copies of the IA checklists, and the office subscribes to ManageBac's status updates."""),
    ],
    "changelog": [
        ("Sam Ferreira", "2015-03-03T17:41", [("status", "Open", "In Progress")]),
        ("Lucía Benavides", "2015-03-03T21:46", [("status", "In Progress", "Monitoring")]),
        ("Lucía Benavides", "2015-03-09T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "email-edu0303.txt", "zone": "America/New_York", "referenceDate": "2015-03-03", "text": """
From: Sam Ferreira | Sent: Tue 3/3/2015 4:33 PM | Subject: RE: ManageBac not loading??
It's back for me and on the library PCs. Please let students know.
From: Lucía Benavides | Sent: Tue 3/3/2015 1:30 PM | Subject: RE: ManageBac not loading??
IA draft deadline moved to Thursday. Predicted grades: email me a spreadsheet if you can't get in.
From: Sam Ferreira | Sent: Tue 3/3/2015 12:52 PM | Subject: RE: ManageBac not loading??
Not our filter: it fails on my phone over LTE too. ManageBac's support site says they're working on downtime.
From: Sam Ferreira | Sent: Tue 3/3/2015 12:31 PM | Subject: RE: ManageBac not loading??
Checking the content filter, the district pushed a policy update over lunch.
From: Dana Whitcombe | Sent: Tue 3/3/2015 12:15 PM | Subject: ManageBac not loading??
Period 5 can't open ManageBac at all, just spinning. IA drafts due at 3! Is it our wifi?
"""}],
    "expected": {
        "events": [["2015-03-03T17:08Z", ["DDoS", "down from"]], ["2015-03-03T17:15Z", ["Period 5"]],
                   ["2015-03-03T17:31Z", ["content filter"]], ["2015-03-03T17:52Z", ["Not our filter"]],
                   ["2015-03-03T18:30Z", ["deadline"]], ["2015-03-03T21:26Z", ["back", "down from"]],
                   ["2015-03-03T21:33Z", ["back for me"]], ["2015-03-07T06:00Z", ["maintenance"]]],
        "keyTimes": {
            "started": kt("2015-03-03T17:08Z", S, "down from 12:08 to 4:26 PM", "comment 228043"),
            "detected": kt("2015-03-03T17:15Z", S, "Period 5 can't open ManageBac at all", "email-edu0303.txt"),
            "resolved": kt("2015-03-03T21:26Z", S, "down from 12:08 to 4:26 PM", "comment 228043")},
        "responders": [["Lucía Benavides", None], ["Sam Ferreira", None], ["Dana Whitcombe", None]],
        "narrative": nar(["DDoS", "switch"], ["null-rout", "rotated"], ["EDU-0303", "Period 5"],
                         "On 3 March 2015 a DDoS on ManageBac's hosting made it unavailable to the school from 12:08 to 4:26 PM Eastern, the afternoon internal assessment drafts were due."),
    }})

# 6. NAB, 26 May 2018 - power issue isolated the mainframe, seen from an Adelaide bakery's Saturday trade ----------
I.append({
    "id": "nab-2018-05-mainframe-power-adelaide-bakery", "name": "National Australia Bank nationwide outage 26 May 2018 (a series of failures originating in back-up power equipment isolated the mainframe in Melbourne; ATMs, EFTPOS, internet and mobile banking and call centres disrupted from 7:50am AEST, recovery from 11:50am, all services restored by 2:30pm AEST; BNZ also affected; compensation offered at a press conference on Sunday; a separate CBA problem with merchant terminals on the Optus network the same day), seen from an Adelaide bakery whose card terminal is NAB-acquired",
    "issueId": "98405", "key": "SHOP-0526", "summary": "Counter EFTPOS rejecting every card - Saturday morning rush",
    "reporter": "Bec Hollis", "assignee": "Angus Mair", "labels": ["eftpos", "payments", "front-counter"],
    "components": ["front-counter", "payments"], "created": "2018-05-25T22:40", "now": "2018-06-10T12:00:00Z",
    "defaultZone": "Australia/Adelaide", "priority": "High",
    "description": """Card terminal at the front counter declining everything, 'SYSTEM ERROR / DECLINED' on NAB, CommBank, Visa and Amex alike. Saturday morning rush, queue out the door.

Started just after 7 when we opened? Angus reckons it's the Optus SIM in the terminal dropping out (third time this month); trying the shop wifi. Adelaide time.""",
    "comments": [
        ("228050", "Angus Mair", "2018-05-25T23:20", """It isn't the terminal or the SIM: it fails on wifi too, and NAB merchant support's line plays a recorded message about a 'system issue'. Our WhatsApp group is in whatsapp-shop0526.txt (Adelaide time)."""),
        ("228051", "Bec Hollis", "2018-05-26T05:00", """Terminal approving normally since just after 2. Took $1,180 cash this morning; 14 customers walked out, 3 IOUs."""),
        ("228052", "Angus Mair", "2018-05-27T03:00", """NAB spoke to the press today: a power issue isolated their mainframe in Melbourne and it took hours to bring systems back. They'll compensate businesses that lost money; claim via the merchant line."""),
        ("228053", "Bec Hollis", "2018-06-01T01:30", """Claim write-up (Friday 1 June), Adelaide time unless marked.
NAB's outage page: connectivity problems from 7:50am AEST, recovery started 11:50am AEST (11:20 here), all services restored by 2:30pm AEST.
In Adelaide time that is 7:20am to 2:00pm for the whole outage (we're half an hour behind Melbourne).
Our first declined card at 7:24 fits. The single approval at 11:35 was NAB part-way through recovery, not a fix.
The Optus SIM was fine; the CommBank/Optus trouble next door was a separate problem.
Losses: about 14 walk-outs and two catering orders paid late; claim lodged for $420.
Decided: $300 in small notes kept in the safe for card-outage mornings, a second terminal through another bank, a 'cash or bank transfer' sign kept under the counter."""),
    ],
    "changelog": [
        ("Angus Mair", "2018-05-25T22:41", [("status", "Open", "In Progress")]),
        ("Bec Hollis", "2018-05-26T05:01", [("status", "In Progress", "Monitoring")]),
        ("Bec Hollis", "2018-06-01T01:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-shop0526.txt", "zone": "Australia/Adelaide", "referenceDate": "2018-05-26", "text": """
26/5/18, 7:24 am - Bec Hollis: terminal just declined a NAB card AND a Visa. "system error"
26/5/18, 7:31 am - Angus Mair: the Optus SIM again. switching it to the shop wifi
26/5/18, 7:45 am - Angus Mair: on wifi now, still declining every card. it's not the sim
26/5/18, 8:05 am - Bec Hollis: CASH ONLY sign up. sending Jess to the ANZ ATM on King William St
26/5/18, 9:40 am - Angus Mair: NAB on twitter: nationwide issue with EFTPOS, ATMs and internet banking
26/5/18, 11:35 am - Bec Hollis: one tap went through!! then the next two declined again
26/5/18, 12:35 pm - Angus Mair: next door's CommBank machine on Optus is down now too, different problem apparently
26/5/18, 2:03 pm - Bec Hollis: 5 taps approved in a row. we're back
26/5/18, 2:15 pm - Angus Mair: took the cash-only sign off the door
"""}],
    "expected": {
        "events": [["2018-05-25T21:50Z", ["whole outage"]], ["2018-05-25T21:54Z", ["declined"]],
                   ["2018-05-25T22:01Z", ["SIM"]], ["2018-05-25T22:15Z", ["wifi"]],
                   ["2018-05-25T22:35Z", ["CASH ONLY"]], ["2018-05-26T00:10Z", ["nationwide"]],
                   ["2018-05-26T01:50Z", ["recovery started"]], ["2018-05-26T02:05Z", ["tap"]],
                   ["2018-05-26T03:05Z", ["CommBank"]], ["2018-05-26T04:30Z", ["whole outage"]],
                   ["2018-05-26T04:33Z", ["approved"]], ["2018-05-26T04:45Z", ["sign off"]]],
        "keyTimes": {
            "started": kt("2018-05-25T21:50Z", S, "connectivity problems from 7:50am AEST", "comment 228053"),
            "detected": kt("2018-05-25T21:54Z", S, "terminal just declined a NAB card AND a Visa", "whatsapp-shop0526.txt"),
            "resolved": kt("2018-05-26T04:30Z", S, "all services restored by 2:30pm AEST", "comment 228053")},
        "responders": [["Bec Hollis", None], ["Angus Mair", None]],
        "narrative": nar(["power issue", "mainframe"], ["restored"], ["SHOP-0526", "Optus SIM"],
                         "On 26 May 2018 NAB's nationwide outage stopped the bakery taking card payments from 7:20am to 2:00pm Adelaide time."),
    }})

# 7. Queensland Health ieMR, 22 November 2023 - log-on failure at every ieMR site, seen from an emergency department -
I.append({
    "id": "qldhealth-2023-11-iemr-logon-ed", "name": "Queensland Health integrated electronic medical record (ieMR) log-on outage 22 November 2023 (from about 8am AEST nobody not already logged in could log on at any of the 24 ieMR sites; staff went to paper; log-on restored after about eight and a half hours, about 4.30pm; statement just before 6pm; the Health Minister later said the vendor traced it to a firewall; post-incident review), seen from the emergency department of one Queensland hospital",
    "issueId": "98406", "key": "ED-1122", "summary": "ieMR log-on failing in ED - triage and charts on paper",
    "reporter": "Hamish Trevallion", "assignee": "Priya Nandakumar", "labels": ["iemr", "downtime", "ed"],
    "components": ["emergency-department", "clinical-informatics"], "created": "2023-11-21T22:30", "now": "2023-12-08T12:00:00Z",
    "defaultZone": "Australia/Brisbane",
    "description": """ieMR won't let anyone new log on: 'authentication failed / server unavailable' when the session launches. Night-shift staff still logged in can keep working, day shift can't. Triage going to paper.

Since shift change. Possibly the switch replacement local ICT did in the ED comms cupboard overnight; ringing them. Brisbane time.""",
    "comments": [
        ("228060", "Hamish Trevallion", "2023-11-21T23:00", """Local ICT's overnight job checks out, and the service desk says every ieMR site in the state is affected. ED whiteboard log is in edlog-ed1122.txt (Brisbane time)."""),
        ("228061", "Priya Nandakumar", "2023-11-22T08:00", """Log-on works again for the ED; Queensland Health's statement just before 6pm confirms it statewide. Back-entry under way."""),
        ("228062", "Hamish Trevallion", "2023-11-23T01:00", """Back-entry finished overnight apart from 4 med charts. Two delayed pathology results reported in Riskman."""),
        ("228063", "Priya Nandakumar", "2023-11-28T03:00", """Post-incident notes (Tuesday 28th), Brisbane time.
Queensland Health's figure: log-on failures at all 24 ieMR sites for eight and a half hours from about 8:00am. Here people drifted back in over the afternoon and nobody noted the first successful log-on, so we go with the department's window.
First sign in the ED: the triage clerk at 08:12.
The overnight switch work was unrelated. The Minister has since said the vendor, Oracle Health, traced the outage to a firewall.
The evening statement and the overnight back-entry came after the outage itself.
Actions: downtime packs restocked at triage, the read-only viewer checked every shift, ask eHealth for an SMS when log-on fails statewide."""),
    ],
    "changelog": [
        ("Hamish Trevallion", "2023-11-21T22:31", [("status", "Open", "In Progress")]),
        ("Priya Nandakumar", "2023-11-22T08:01", [("status", "In Progress", "Monitoring")]),
        ("Priya Nandakumar", "2023-11-28T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "edlog-ed1122.txt", "zone": "Australia/Brisbane", "referenceDate": "2023-11-22", "text": """
ED DOWNTIME LOG - Wed 22/11 (typed from the whiteboard by the NUM)
08:12  ward clerk: cannot log in to ieMR at the triage desk, 2 registrars same
08:20  service desk: known issue, statewide log-on failure, no ETA
08:25  local ICT: overnight switch work finished 05:00, all tested, not related
08:35  downtime packs out: paper triage, obs charts, med charts
09:10  pathology: results by phone for cat 1-2, printed for the rest
11:40  ambulance offload delays building, 6 crews waiting
13:15  night-shift sessions timing out now too, whole department on paper
17:10  two clerks on overtime start the back-entry: paper triage + med charts
"""}],
    "expected": {
        "events": [["2023-11-21T22:00Z", ["log-on failures"]], ["2023-11-21T22:12Z", ["cannot log in"]],
                   ["2023-11-21T22:20Z", ["service desk"]], ["2023-11-21T22:25Z", ["switch work"]],
                   ["2023-11-21T22:35Z", ["downtime packs"]], ["2023-11-21T23:10Z", ["pathology"]],
                   ["2023-11-22T01:40Z", ["ambulance"]], ["2023-11-22T03:15Z", ["timing out"]],
                   ["2023-11-22T07:10Z", ["back-entry"]]],
        "keyTimes": {
            "started": kt("2023-11-21T22:00Z", S, "for eight and a half hours from about 8:00am", "comment 228063"),
            "detected": kt("2023-11-21T22:12Z", S, "ward clerk: cannot log in to ieMR at the triage desk", "edlog-ed1122.txt"),
            "resolved": kt("2023-11-22T06:30Z", I_, "for eight and a half hours from about 8:00am", "comment 228063")},
        "responders": [["Hamish Trevallion", None], ["Priya Nandakumar", None]],
        "narrative": nar(["firewall"], ["works again"], ["ED-1122", "triage desk"],
                         "On 22 November 2023 the emergency department could not log on to the ieMR for about eight and a half hours from about 8:00am Brisbane time and worked on paper."),
    }})

# 8. SITA APP, 22 May 2017 - UK telecom failure cut the APP data centre off, seen from an airline's Sydney check-in ---
I.append({
    "id": "sita-2017-05-app-sydney-checkin", "name": "Advance Passenger Processing (APP) outage 22 May 2017 (SITA's APP system, used by airlines to check travel documents at check-in, failed when a major UK telecoms provider to SITA's data centre went down; Immigration New Zealand put the start at 9.30am NZ time, 7.30am AEST, press said about 8am; manual document checks at Sydney, Melbourne, Brisbane and Auckland; Sydney Airport's system back at 10.40am, Melbourne about 11.10am; departures delayed 30-60 minutes, most on time by noon; SITA restored service through an alternative communications link), seen from an airline's check-in duty manager at Sydney International",
    "issueId": "98407", "key": "GND-0522", "summary": "APP checks failing on all international check-in - boarding passes blocked",
    "reporter": "Siosaia Lolohea", "assignee": "Kirsty Blanchard", "labels": ["check-in", "app", "border"],
    "components": ["departure-control", "check-in"], "created": "2017-05-21T22:05", "now": "2017-06-05T12:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """APP checks failing at every counter for our international departures: the DCS shows 'APP NO RESPONSE' for each passenger, so no boarding passes. Queues building for the morning Auckland and Nadi flights.

Since about 8? Looks like our DCS link into the airport network; airport IT called. Sydney time.""",
    "comments": [
        ("228070", "Siosaia Lolohea", "2017-05-21T22:30", """Not our DCS: ABF says SITA's APP is down for every airline in Australia. Manual document checks in place. Duty log copied to dutylog-gnd0522.txt (Sydney time)."""),
        ("228071", "Kirsty Blanchard", "2017-05-22T01:00", """APP working again, queues cleared by 11:15. Two departures left 35-50 min late."""),
        ("228072", "Siosaia Lolohea", "2017-05-22T04:30", """SITA statement: a major telecom failure at a UK provider to their data centre; they switched to an alternative communications link. Melbourne Airport said APP was running as usual there by 11:10."""),
        ("228073", "Kirsty Blanchard", "2017-05-26T05:00", """Station review (Friday 26th), Sydney time.
APP went down at 7:30am our time (Immigration New Zealand's 9:30am in NZ) and came back for Sydney at 10:40am per the airport.
Our first failure, row F, was at 07:41; 'about 8' was a guess made at the counter.
Our DCS link and airport IT were fine all along.
Melbourne's 11:10 recovery and our last delayed departure at 11:45 are not our end.
Cause per SITA: a telecoms provider failure in the UK cut off the data centre until SITA moved to another link.
Actions: a manual APP check card at every counter, the ABF duty number saved in the DM phone, an early 'possible delay' SMS to passengers."""),
    ],
    "changelog": [
        ("Siosaia Lolohea", "2017-05-21T22:06", [("status", "Open", "In Progress")]),
        ("Kirsty Blanchard", "2017-05-22T01:01", [("status", "In Progress", "Monitoring")]),
        ("Kirsty Blanchard", "2017-05-26T05:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dutylog-gnd0522.txt", "zone": "Australia/Sydney", "referenceDate": "2017-05-22", "text": """
22/05/17 07:41  check-in agent row F: APP NO RESPONSE on a whole PNR, retried x3
22/05/17 07:50  DM: assume our DCS link, airport IT ticket raised, agents told to hold
22/05/17 08:05  ABF duty supervisor: SITA APP down nationally, airlines to do manual document checks
22/05/17 08:12  manual checks started, 2 agents per counter, boarding passes by hand
22/05/17 08:40  Auckland departure delayed, est 35 min
22/05/17 10:40  APP responding again, counters back to normal check-in
22/05/17 11:45  last delayed departure (Nadi) off blocks
"""}],
    "expected": {
        "events": [["2017-05-21T21:30Z", ["went down"]], ["2017-05-21T21:41Z", ["APP NO RESPONSE"]],
                   ["2017-05-21T21:50Z", ["DCS"]], ["2017-05-21T22:05Z", ["ABF"]],
                   ["2017-05-21T22:12Z", ["manual checks"]], ["2017-05-21T22:40Z", ["delayed"]],
                   ["2017-05-22T00:40Z", ["responding again", "came back"]], ["2017-05-22T01:10Z", ["Melbourne"]],
                   ["2017-05-22T01:15Z", ["queues cleared"]], ["2017-05-22T01:45Z", ["off blocks"]]],
        "keyTimes": {
            "started": kt("2017-05-21T21:30Z", S, "APP went down at 7:30am our time", "comment 228073"),
            "detected": kt("2017-05-21T21:41Z", S, "APP NO RESPONSE on a whole PNR", "dutylog-gnd0522.txt"),
            "resolved": kt("2017-05-22T00:40Z", S, "came back for Sydney at 10:40am per the airport", "comment 228073")},
        "responders": [["Siosaia Lolohea", None], ["Kirsty Blanchard", None]],
        "narrative": nar(["telecom"], ["alternative communications link"], ["GND-0522", "row F"],
                         "On 22 May 2017 the SITA APP outage forced manual document checks at the airline's Sydney counters from 7:30am to 10:40am."),
    }})

# 9. Ncell, 8 December 2022 - fibre links cut by road works, seen from a Butwal savings cooperative --------------------
I.append({
    "id": "ncell-2022-12-fibre-cut-butwal-coop", "name": "Ncell mobile network outage 8 December 2022 (multiple optical fibre links broken by road expansion works, Butwal-Bardaghat and Damauli-Abhukhaireni; signals stopped working at around 9 am, network back at 11 am after the First Line Maintenance team's work; congestion was blamed that morning; some users still had no service for a while after 11), seen from a savings and credit cooperative in Butwal whose field collectors use Ncell data",
    "issueId": "98408", "key": "COOP-1208", "summary": "Collectors' Ncell phones no network - collection app can't sync receipts",
    "reporter": "Sunita Gurung", "assignee": "Bikash Thapa", "labels": ["mobile-network", "field-collection"],
    "components": ["collection-app", "branch-ops"], "created": "2022-12-08T04:30", "now": "2022-12-20T12:00:00Z",
    "defaultZone": "Asia/Kathmandu", "priority": "Medium",
    "description": """Field collectors' phones (all Ncell) have no usable network: the collection app can't sync receipts and the branch can't phone members. Branch NTC landline works.

Started this morning sometime. Bikash suspects our sync server in Kathmandu (disk alert last week). Nepal time.""",
    "comments": [
        ("228080", "Bikash Thapa", "2022-12-08T04:35", """Sync server is healthy and receipts sync over the branch NTC line. It's Ncell's network around Butwal. Viber group copied into viber-coop1208.txt (Nepal time)."""),
        ("228081", "Sunita Gurung", "2022-12-08T06:30", """Ncell working for all collectors. Paper receipts from the morning being entered."""),
        ("228082", "Bikash Thapa", "2022-12-09T05:00", """Ncell's statement: several optical fibre links broken by road expansion works, Butwal-Bardaghat and Damauli-Abhukhaireni; their First Line Maintenance team restored service. The 'congestion' story from yesterday morning was wrong."""),
        ("228083", "Sunita Gurung", "2022-12-12T06:00", """Branch review (Monday), Nepal time.
Ncell says its signals stopped working at around 9:00 am and the network came back at 11 am, about two hours. For our collectors that matches: app syncs resumed at 11:00.
When we first knew: nobody can say. Collectors had been without data 'since morning' by the time I posted at 9:40, and none of them rang the branch.
Neither our sync server nor 'congestion' was the cause: fibre cut by road works.
Ramesh's phone at 11:25 only needed a restart; that was the handset.
Actions: a second SIM (NTC) for every collector, collectors ring the branch landline after 15 minutes without sync, paper receipt books in every bag."""),
    ],
    "changelog": [
        ("Bikash Thapa", "2022-12-08T04:31", [("status", "Open", "In Progress")]),
        ("Sunita Gurung", "2022-12-08T06:31", [("status", "In Progress", "Monitoring")]),
        ("Sunita Gurung", "2022-12-12T06:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "viber-coop1208.txt", "zone": "Asia/Kathmandu", "referenceDate": "2022-12-08", "text": """
Thu 8 Dec 2022 - Butwal branch group
9:40 AM  Sunita Gurung: Ncell phones useless since morning, collectors in Tilottama and Sainamaina can't sync. anyone else?
9:55 AM  Bikash Thapa: checking the sync server, maybe the disk again
10:05 AM  Bikash Thapa: server fine, syncs work over the branch NTC line. problem is Ncell
10:20 AM  Sunita Gurung: Ncell customer care says network congestion
10:45 AM  Sunita Gurung: collectors: write paper receipts, sync later
11:00 AM  Bikash Thapa: Ncell network back, app queue draining
11:25 AM  Ramesh Adhikari: Tilottama phone showed bars but no data till I restarted it, ok now
12:10 PM  Bikash Thapa: paper receipts from the morning: 40 left to enter
"""}],
    "expected": {
        "events": [["2022-12-08T03:15Z", ["signals stopped"]], ["2022-12-08T03:55Z", ["since morning"]],
                   ["2022-12-08T04:10Z", ["sync server"]], ["2022-12-08T04:20Z", ["NTC"]],
                   ["2022-12-08T04:35Z", ["congestion"]], ["2022-12-08T05:00Z", ["paper receipts"]],
                   ["2022-12-08T05:15Z", ["back", "resumed"]], ["2022-12-08T05:40Z", ["restart"]]],
        "keyTimes": {
            "started": kt("2022-12-08T03:15Z", S, "its signals stopped working at around 9:00 am", "comment 228083"),
            "detected": kt(None, U),
            "resolved": kt("2022-12-08T05:15Z", S, "the network came back at 11 am", "comment 228083")},
        "responders": [["Sunita Gurung", None], ["Bikash Thapa", None], ["Ramesh Adhikari", None]],
        "narrative": nar(["fibre", "road"], ["restored"], ["COOP-1208", "Tilottama"],
                         "On 8 December 2022 the cooperative's field collectors had no Ncell network from around 9:00 to 11:00 am Nepal time because road works cut Ncell's fibre links."),
    }})

# 10. Lafayette Utilities System, 31 May 2019 - damaged cable near a substation, seen from a Johnston Street pharmacy --
I.append({
    "id": "lus-2019-05-cable-failure-johnston-pharmacy", "name": "Lafayette Utilities System power outage 31 May 2019 (equipment failure, a damaged cable near the substation, at around 1:11 p.m. cut power to about 900 customers along Johnston Street near downtown Lafayette, traffic signals included; restored at about 1:49 p.m., 38 minutes), seen from an independent pharmacy on Johnston Street",
    "issueId": "98409", "key": "STORE-0531", "summary": "Store lost power - registers, pharmacy system and vaccine fridge down",
    "reporter": "Denise Arceneaux", "assignee": "Marc Broussard", "labels": ["power", "cold-chain"],
    "components": ["store", "pharmacy"], "created": "2019-05-31T18:30", "now": "2019-06-17T12:00:00Z",
    "defaultZone": "America/Chicago", "priority": "High",
    "description": """Store is completely dark: lights, registers, the pharmacy system and the vaccine fridge. The generator only carries the safe and the alarm panel.

Went off ~1:10. My guess is the rooftop AC compressor tripping the main again (HVAC tech was up there this morning). Central.""",
    "comments": [
        ("228090", "Denise Arceneaux", "2019-05-31T18:45", """Main breaker and rooftop disconnect are both on; LUS shows the whole Johnston Street area out, traffic lights included. Alarm monitoring log in alarm-store0531.txt (Central)."""),
        ("228091", "Marc Broussard", "2019-05-31T19:45", """Power returned; registers and the pharmacy system came up after a server reboot. Fridge in range again by 2:31. 11 vaccine doses quarantined until the manufacturer rules on stability."""),
        ("228092", "Denise Arceneaux", "2019-06-01T15:00", """LUS's interim director to the paper: equipment failure around 1:11 p.m., a damaged cable near the substation, about 900 customers; power restored at about 1:49 p.m."""),
        ("228093", "Marc Broussard", "2019-06-07T16:00", """Review (Friday June 7), Central time.
Outage: LUS puts the failure at around 1:11 p.m. and restoration at about 1:49 p.m., 38 minutes; our alarm panel agrees (AC power fail 13:11, restored 13:49).
The alarm panel told us at once: it paged the monitoring center and Denise's phone.
The rooftop unit and our main breaker were fine.
Registers at 1:58 and the fridge at 2:31 were our own recovery, after the power was already back.
The manufacturer cleared all 11 doses on Monday.
Actions: UPS for the vaccine fridge and one register, a fridge data logger that texts, ask LUS about the feeder for our block."""),
    ],
    "changelog": [
        ("Denise Arceneaux", "2019-05-31T18:31", [("status", "Open", "In Progress")]),
        ("Marc Broussard", "2019-05-31T19:46", [("status", "In Progress", "Monitoring")]),
        ("Marc Broussard", "2019-06-07T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "alarm-store0531.txt", "zone": "America/Chicago", "referenceDate": "2019-05-31", "text": """
05/31/19 13:11:40  ZONE 99  AC POWER FAIL - panel on battery
05/31/19 13:14:05  USER 03 (D. Arceneaux)  note: main breaker ON, rooftop disconnect ON
05/31/19 13:22:30  USER 03  note: LUS outage map shows Johnston St / University Ave area out
05/31/19 13:30:12  ZONE 12  VACCINE FRIDGE HIGH TEMP 8.4C
05/31/19 13:33:00  USER 05 (M. Broussard)  note: vaccines moved to cooler with ice packs
05/31/19 13:49:18  ZONE 99  AC POWER RESTORED
05/31/19 13:58:44  USER 03  note: pharmacy server rebooted, registers online
05/31/19 14:31:02  ZONE 12  VACCINE FRIDGE TEMP NORMAL 5.1C
"""}],
    "expected": {
        "events": [["2019-05-31T18:11Z", ["AC POWER FAIL", "failure"]], ["2019-05-31T18:14Z", ["breaker"]],
                   ["2019-05-31T18:22Z", ["outage map"]], ["2019-05-31T18:30Z", ["HIGH TEMP"]],
                   ["2019-05-31T18:33Z", ["cooler"]], ["2019-05-31T18:49Z", ["RESTORED", "restoration"]],
                   ["2019-05-31T18:58Z", ["rebooted", "Registers"]], ["2019-05-31T19:31Z", ["NORMAL", "fridge"]]],
        "keyTimes": {
            "started": kt("2019-05-31T18:11Z", S, "LUS puts the failure at around 1:11 p.m.", "comment 228093"),
            "detected": kt("2019-05-31T18:11Z", S, "ZONE 99  AC POWER FAIL", "alarm-store0531.txt"),
            "resolved": kt("2019-05-31T18:49Z", S, "restoration at about 1:49 p.m.", "comment 228093")},
        "responders": [["Denise Arceneaux", None], ["Marc Broussard", None]],
        "narrative": nar(["damaged cable"], ["restored"], ["STORE-0531", "ZONE 12"],
                         "On 31 May 2019 a damaged cable near an LUS substation cut power to the pharmacy from around 1:11 to 1:49 p.m."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

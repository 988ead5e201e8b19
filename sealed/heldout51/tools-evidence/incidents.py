"""Held-out 51 incidents (sealed set for issue 15): compact specs. Ten public incidents, each seen from a small invented
customer whose responders write in one of ten styles: Postman's authentication-service incident of 12 August 2018 from a
Denver API-testing consultancy (US English, 12-hour clock); Stitch's delayed webhooks of 25 January 2023 from a London
subscription-box company selling in South Africa (UK English); Keygen's first five-hour outage of 5 February 2024 from
a Pune CAD-plugin vendor (Indian English); Hookdeck's delivery-latency incident of 28 August 2024 from a Lagos
logistics marketplace (Nigerian English); Hookdeck's schema-change outage of 24 October 2022 from a Singapore coffee
chain (Singaporean English); Batch's hypervisor cooling incident of 22 December 2025 from an Amsterdam cheese web shop
(Dutch); Batch's database-capacity incident of 19 April 2023 from a Nantes grocery-delivery app (French); POST
Luxembourg's network outage of 23 July 2025 from an Ettelbruck home-care service (German); Dejavoo's iPOSpays gateway
outage of 18 April 2024 from a Brazilian bakery in Framingham, Massachusetts (Brazilian Portuguese); SEMICAN's network
equipment failure of 8 March 2021 from a Yokohama business school (Japanese). Timeline facts from public statements
(SOURCES-heldout51.md); people, companies, ticket keys, chat wording, wrong first guesses and every customer-side
minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2018-08-12 11:04' in zone -> '2018-08-12T17:04' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


DEN, LON, JNB, KOL, LOS, SGP = ("America/Denver", "Europe/London", "Africa/Johannesburg", "Asia/Kolkata", "Africa/Lagos",
                                "Asia/Singapore")
AMS, PAR, LUX, NYC, TYO, Z = "Europe/Amsterdam", "Europe/Paris", "Europe/Luxembourg", "America/New_York", "Asia/Tokyo", "UTC"

I = []

# 0. Postman, 12 August 2018 - sign-in failing, seen from a Denver API-testing consultancy on a Sunday regression run --
I.append({
    "id": "postman-2018-08-auth-denver-qa",
    "name": "Postman authentication-service incident 12 August 2018 (UTC: 16:40 first indication, high CPU countered by self-healing; 17:00 latency spikes noticed; 17:07 investigating posted; 17:10 in-memory storage node hot rebooted; 17:38 identified; 18:00 system statistics back to normal ranges; 18:19 monitoring; 18:33 resolved; 18:50 incident closed), seen from a Denver API-testing consultancy whose Sunday regression run needed Postman sign-in and sync",
    "issueId": "98090", "key": "FRQ-812", "summary": "Postman sign-in failing during Sunday regression run for client release",
    "reporter": "Tyler Brandt", "assignee": "Megan Kowalski", "labels": ["postman", "regression", "client-release"],
    "components": ["test-automation", "tooling"], "created": c("2018-08-12 11:09", DEN), "now": "2018-08-20T16:00:00Z",
    "defaultZone": DEN, "priority": "High",
    "description": """Can't sign in to Postman — the app just spins on "Signing in..." then kicks back to the login screen. Workspace won't sync so we can't pull the latest collection for the Harbor Freightways release regression.

Started maybe around 10:30 this morning?? not sure, I only tried at 11. Could be our Okta SSO again.

Client go/no-go is 3:00 pm Mountain today. Need this fixed or a workaround fast.""",
    "comments": [
        ("233000", "Luis Ortega", c("2018-08-12 11:16", DEN), """Okta is fine — I can get into Jira, Slack and AWS console through it, and Postman sign-in with a plain (non-SSO) test account fails the same way. So it's not our SSO. Slack thread pasted as slack-frq812.txt (Mountain time)."""),
        ("233001", "Megan Kowalski", c("2018-08-12 12:40", DEN), """Postman marked it resolved on status.getpostman.com. We ran the regression offline with Newman off the exported collection anyway; results attached to the release ticket. Go/no-go went ahead at 3 pm as planned."""),
        ("233002", "Luis Ortega", c("2018-08-14 09:05", DEN), """Postman posted a postmortem on the incident page yesterday. Copied the status updates and their timeline into postman-status-0812.txt — those are all UTC (Mountain = UTC-6 right now)."""),
        ("233003", "Megan Kowalski", c("2018-08-15 16:20", DEN), """Recap (written Wed 8/15, all times Mountain / MDT unless noted)

Impact for us started 11:00 am when Postman's auth service latency spiked (their 17:00 UTC). The "around 10:30" in the description was a guess; their 16:40 UTC CPU blip was absorbed by self-healing and nobody here saw anything then.
We found out at 11:04 am when Tyler's sign-in failed.
Resolved: 12:00 pm MDT — Postman says stats were back to normal ranges at 18:00 UTC and Tyler was signed in at 12:02 pm. Their "Resolved" post at 12:33 pm and the 12:50 pm close were later paperwork.
Okta was a wrong guess (Luis ruled it out in ~8 min).
Went well: exported collections + Newman got the run done offline.
Actions: keep a nightly export of every client collection in the repo (owner Tyler, 8/24); add Postman's status page to our #vendor-status channel (owner Luis, 8/17)."""),
    ],
    "changelog": [
        ("Megan Kowalski", c("2018-08-12 11:12", DEN), [("status", "Open", "In Progress")]),
        ("Megan Kowalski", c("2018-08-12 12:41", DEN), [("status", "In Progress", "Monitoring")]),
        ("Megan Kowalski", c("2018-08-15 16:25", DEN), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-frq812.txt", "zone": DEN, "referenceDate": "2018-08-12", "text": """
#frq-regression  Sunday, August 12th
[11:04 AM] Tyler Brandt: postman sign-in is failing for me, spins then back to login. anyone else?
[11:06 AM] Megan Kowalski: same here. is Okta acting up again?
[11:12 AM] Luis Ortega: Okta is fine, everything else signs in. plain postman account fails too
[11:15 AM] Megan Kowalski: status.getpostman.com says Investigating high error rates for authentication service
[11:45 AM] Tyler Brandt: switching to Newman with the exported collection from Friday, kicking off the run now
[12:02 PM] Tyler Brandt: ok postman works again, signed in and synced
[12:20 PM] Megan Kowalski: newman run finished green, 412/412. sending results to Harbor
"""}, {"file": "postman-status-0812.txt", "zone": Z, "referenceDate": "2018-08-12", "text": """
Anomalous metrics for authentication service - Incident Report for Postman (copied by Luis 8/14; times UTC)
Investigating - Aug 12, 2018 - 17:07 UTC - Investigating high error rates for authentication service; issue accessing its in-memory storage system
Identified - Aug 12, 2018 - 17:38 UTC - re-connection logic of the in-memory storage of authentication service; rolling out a temporary fix
Monitoring - Aug 12, 2018 - 18:19 UTC - system is now stable and login should work as expected
Resolved - Aug 12, 2018 - 18:33 UTC - This incident has been resolved.
Postmortem (posted Aug 13, 2018 - 18:05 UTC):
17:00 UTC We noticed latency spikes on the service and began our investigation. First indication backtracked to high CPU usage at 16:40 UTC, countered by self-healing mechanisms of the service.
17:10 UTC Connectivity failure to one in-memory storage node; the node was hot rebooted.
18:00 UTC Systems statistics had returned to normal ranges and we began monitoring the system.
18:50 UTC The incident was closed, traced to a plausible network outage and a delayed side-effect of the maintenance process of the in-memory storage node.
"""}],
    "expected": {
        "events": [[u("2018-08-12 16:40", Z), ["high CPU"]],
                   [u("2018-08-12 17:00", Z), ["latency spikes", "latency spiked"]],
                   [u("2018-08-12 11:04", DEN), ["sign-in is failing", "sign-in failed"]],
                   [u("2018-08-12 17:07", Z), ["Investigating"]],
                   [u("2018-08-12 17:10", Z), ["hot rebooted"]],
                   [u("2018-08-12 11:12", DEN), ["Okta is fine"]],
                   [u("2018-08-12 17:38", Z), ["Identified"]],
                   [u("2018-08-12 11:45", DEN), ["Newman"]],
                   [u("2018-08-12 18:00", Z), ["normal ranges"]],
                   [u("2018-08-12 12:02", DEN), ["works again", "signed in"]],
                   [u("2018-08-12 18:19", Z), ["Monitoring"]],
                   [u("2018-08-12 18:33", Z), ["Resolved"]],
                   [u("2018-08-12 18:50", Z), ["closed"]]],
        "keyTimes": {
            "started": kt(u("2018-08-12 11:00", DEN), S, "Impact for us started 11:00 am", "comment 233003"),
            "detected": kt(u("2018-08-12 11:04", DEN), S, "postman sign-in is failing for me", "slack-frq812.txt"),
            "resolved": kt(u("2018-08-12 12:00", DEN), S, "Resolved: 12:00 pm MDT", "comment 233003")},
        "responders": [["Tyler Brandt", None], ["Megan Kowalski", "incident commander"], ["Luis Ortega", None]],
        "narrative": nar(["in-memory storage"], ["hot rebooted"], ["FRQ-812", "Harbor Freightways"],
                         "On 12 August 2018 from 11:00 am to 12:00 pm Mountain time the consultancy's testers could not sign in to Postman or sync collections during a client's release regression run.",
                         well=["Newman"], badly=["Okta"]),
    }})

# 1. Stitch, 25 January 2023 - payment webhooks delayed, seen from a London subscription-box company selling in SA ----
I.append({
    "id": "stitch-2023-01-webhooks-london-subscriptions",
    "name": "Stitch delayed webhook delivery 25 January 2023 (SAST: incident began 10am with webhooks across products delayed, over 10,000 affected; identified 4pm, only one webhook dispatcher active after the Microsoft Azure outage earlier that day; dispatchers restarted, backlog dispatched FIFO; status update 19:03, resolved 20:26; postmortem 26 January 16:38), seen from a London subscription-box company whose South African pay-by-bank orders wait for Stitch payment webhooks",
    "issueId": "98091", "key": "KC-125", "summary": "SA orders stuck on 'awaiting payment' - Stitch webhooks not arriving",
    "reporter": "Priya Shah", "assignee": "Ollie Pemberton", "labels": ["stitch", "webhooks", "south-africa"],
    "components": ["payments", "orders-za"], "created": c("2023-01-25 09:52", LON), "now": "2023-02-03T10:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """Customers in SA are paying by bank through Stitch but their orders sit on "awaiting payment" and the boxes don't get released to the Cape Town packer.

First complaint came in this morning (see Teams paste). Not sure when it began - could be since the overnight deploy?

Packer cut-off is 15:30 UK. Raising as High.""",
    "comments": [
        ("233010", "Ollie Pemberton", c("2023-01-25 10:35", LON), """Overnight deploy only touched the UK checkout, nothing in the ZA webhook handler. First thought was our Cloudflare WAF rule blocking Stitch's IPs because of the Azure mess this morning, but the WAF log shows nothing from Stitch since ~08:00 — blocked or otherwise. They're simply not sending. Ticket raised with Stitch support. Our Teams chat is in teams-kc0125.txt (UK time)."""),
        ("233011", "Fiona McAllister", c("2023-01-25 15:20", LON), """Webhooks flooding in since about 14:19, oldest first. Orders flipping to paid and the packer has a list for today's cut-off. Leaving ticket in Monitoring."""),
        ("233012", "Ollie Pemberton", c("2023-01-26 17:10", LON), """Stitch published their postmortem this afternoon. Status updates and the postmortem summary copied to stitch-status-0125.txt — their times are SAST, two hours ahead of us."""),
        ("233013", "Priya Shah", c("2023-01-30 11:45", LON), """Post-incident summary (Mon 30 Jan), UK times (GMT)

Window for us: 08:00 to 15:02 GMT on Wed 25 Jan. Stitch's postmortem starts the incident at 10am SAST = 08:00 here; 15:02 is when the last backlogged webhook landed and fresh ones started arriving within seconds again.
Detection: the first customer email at 09:41 (Thandi M., Durban). Our own alert on orders_awaiting_payment didn't fire until 11:12 - threshold too high.
Cause (Stitch): the Azure outage that morning left their webhook dispatchers corrupted, only one was active and a queue built up. They identified it at 4pm SAST (14:00 GMT) and restarted the dispatchers.
Stitch's "Resolved" at 20:26 SAST (18:26 GMT) came long after we were whole again.
Wrong turn: the WAF theory cost us about 30 min.
Actions: lower the orders_awaiting_payment threshold to 10 for 15 min (Ollie, 3 Feb); poll Stitch's payment status API when a webhook is >20 min late (Fiona, 17 Feb); subscribe #ops-za to status.stitch.money (Priya, done)."""),
    ],
    "changelog": [
        ("Ollie Pemberton", c("2023-01-25 09:55", LON), [("status", "Open", "In Progress")]),
        ("Fiona McAllister", c("2023-01-25 15:21", LON), [("status", "In Progress", "Monitoring")]),
        ("Priya Shah", c("2023-01-30 11:50", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-kc0125.txt", "zone": LON, "referenceDate": "2023-01-25", "text": """
Teams - Kettle & Crumb Ops  Wednesday 25/01/2023
09:41 Priya Shah: fwd from support - customer in Durban says she paid by bank at 7:50 her time and her order still says awaiting payment
09:58 Ollie Pemberton: could be our WAF blocking Stitch after the Azure wobble this morning? checking rules
10:30 Ollie Pemberton: WAF clean, nothing from Stitch at all. raised ticket with Stitch support
11:12 Fiona McAllister: orders_awaiting_payment alert just fired, 41 ZA orders stuck
14:19 Fiona McAllister: webhooks arriving!! backlog coming through oldest first
15:02 Fiona McAllister: backlog drained, new payments confirming in seconds. packer list sent
"""}, {"file": "stitch-status-0125.txt", "zone": JNB, "referenceDate": "2023-01-25", "text": """
Delayed Webhook Delivery - Incident Report for Stitch (copied 26/01, times SAST)
Update - Jan 25, 2023 - 19:03 SAST - We are continuing to monitor for any further issues.
Resolved - Jan 25, 2023 - 20:26 SAST - This incident has been resolved.
Postmortem - posted Jan 26, 2023 - 16:38 SAST:
On January 25th, 2023 at 10:00, an incident occurred that resulted in delayed delivery of webhooks across multiple products. Over 10,000 webhooks were affected by the delay.
The incident was identified at 16:00 the same day. Only a single dispatcher was active; a queue of webhooks had built up for the dead dispatchers.
The webhook dispatchers were restarted and began dispatching webhooks in first-in-first-out order.
Root cause: the Microsoft Azure outage reported earlier in the day corrupted the webhook dispatchers.
"""}],
    "expected": {
        "events": [[u("2023-01-25 10:00", JNB), ["delayed delivery", "starts the incident"]],
                   [u("2023-01-25 09:41", LON), ["awaiting payment", "first customer email"]],
                   [u("2023-01-25 09:58", LON), ["WAF"]],
                   [u("2023-01-25 10:30", LON), ["raised ticket"]],
                   [u("2023-01-25 11:12", LON), ["orders_awaiting_payment"]],
                   [u("2023-01-25 16:00", JNB), ["identified"]],
                   [u("2023-01-25 14:19", LON), ["webhooks arriving", "flooding in"]],
                   [u("2023-01-25 15:02", LON), ["backlog drained", "last backlogged webhook"]],
                   [u("2023-01-25 19:03", JNB), ["continuing to monitor"]],
                   [u("2023-01-25 20:26", JNB), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2023-01-25 08:00", LON), S, "Window for us: 08:00 to 15:02 GMT", "comment 233013"),
            "detected": kt(u("2023-01-25 09:41", LON), S, "fwd from support - customer in Durban says she paid by bank", "teams-kc0125.txt"),
            "resolved": kt(u("2023-01-25 15:02", LON), S, "Window for us: 08:00 to 15:02 GMT", "comment 233013")},
        "responders": [["Priya Shah", "comms"], ["Ollie Pemberton", "incident commander"], ["Fiona McAllister", None]],
        "narrative": nar(["dispatchers", "Azure"], ["restarted the dispatchers"], ["KC-125", "orders_awaiting_payment"],
                         "On 25 January 2023 from 08:00 to 15:02 GMT South African customers' pay-by-bank orders stayed on 'awaiting payment' because Stitch's payment webhooks were delayed.",
                         badly=["WAF"]),
    }})

# 2. Keygen, 5 February 2024 - licence activations failing, seen from a Pune CAD-plugin vendor ----------------------------
I.append({
    "id": "keygen-2024-02-licensing-pune-cadplugin",
    "name": "Keygen Cloud outage 5 February 2024 (UTC: 6:30am sudden surge of legitimate API traffic, Keygen unavailable for over 5 hours; 10:00am founder woken by alerts; 10:12am status 'Under DDoS'; 9:01pm root-cause update, not an attack but an unexpected increase in API volume with an aggressive retry client, cascading Redis timeouts; the same happened on 6 February from 6:30am UTC), seen from a Pune CAD-plugin vendor whose plugin activates licences against Keygen",
    "issueId": "98092", "key": "SCT-206", "summary": "Licence activation failing for all customers - 'activation failed: 503'",
    "reporter": "Anjali Kulkarni", "assignee": "Rohan Deshpande", "labels": ["keygen", "licensing", "activation"],
    "components": ["licensing", "support"], "created": c("2024-02-05 12:31", KOL), "now": "2024-03-01T06:00:00Z",
    "defaultZone": KOL, "priority": "Highest",
    "description": """Kindly note, customers are not able to activate the plugin after install. Error: `activation failed: 503 Service Unavailable` from the licensing call.

Issue is there since today afternoon only. Rohan feels it is due to yesterday's build 4.2.1, please check on priority.

All times IST.""",
    "comments": [
        ("233020", "Rohan Deshpande", c("2024-02-05 13:20", KOL), """Checked: 4.2.1 and old 4.1.8 both failing, so not our build. Keygen status page still shows nothing. Their Discord is full of people saying Keygen is down. WhatsApp group chat copied in wa-sct206.txt (IST)."""),
        ("233021", "Anjali Kulkarni", c("2024-02-05 16:05", KOL), """Keygen has now posted 'Under DDoS' on their status page. We have enabled 72-hour offline grace in the support portal so that existing users are not locked out. New activations still failing."""),
        ("233022", "Rohan Deshpande", c("2024-02-06 10:15", KOL), """Morning update: activations are working this morning. Nobody was watching last evening, so I cannot say when exactly it came back. Keygen's root cause note was posted at 2:31 am IST (their 9:01pm UTC), copied into keygen-notes.txt. Will append their full write-up when it comes."""),
        ("233023", "Sneha Iyer", c("2024-02-06 16:40", KOL), """FYI same error started again today afternoon, raised separately as SCT-207 so this one stays about 5th Feb."""),
        ("233024", "Anjali Kulkarni", c("2024-02-23 11:30", KOL), """Review note (23 Feb), IST

Outage start: Keygen's blog post of 21 Feb and their status note say Keygen became unavailable at 6:30am UTC (12:30am CST), that is 12:00 noon IST on 5th Feb.
First we came to know: 12:17 pm, Mr. Weber's mail from Stuttgart forwarded by Sneha.
End: not known. Keygen only says "over 5 hours", our logs rotated before anybody checked, and nobody noted when activations came back on 5th. Please do not put the 4:00 pm offline-grace time as the end - new activations were still failing then.
Wrong guess: build 4.2.1 (ruled out by 1:20 pm).
Actions: client-side retry with exponential backoff and jitter in 4.2.2 (Rohan, 1 Mar); keep offline grace switch documented in runbook (Sneha, 27 Feb); add a synthetic activation check every 5 min that pages on-call (Rohan, 6 Mar)."""),
    ],
    "changelog": [
        ("Rohan Deshpande", c("2024-02-05 12:35", KOL), [("status", "Open", "In Progress")]),
        ("Anjali Kulkarni", c("2024-02-06 10:20", KOL), [("status", "In Progress", "Monitoring")]),
        ("Anjali Kulkarni", c("2024-02-23 11:35", KOL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("SCT-207", "Licence activation failing again 6 Feb")],
    "pastes": [{"file": "wa-sct206.txt", "zone": KOL, "referenceDate": "2024-02-05", "text": """
[05/02/24, 12:17 pm] Sneha Iyer: Forwarding mail from Weber Konstruktion (Stuttgart): "activation failed: 503" on fresh install, they have deadline today
[05/02/24, 12:35 pm] Rohan Deshpande: Must be 4.2.1 build from yesterday. Should I roll back the download link?
[05/02/24, 1:10 pm] Rohan Deshpande: 4.1.8 also failing. Not our build. Keygen status page shows all green only
[05/02/24, 1:45 pm] Rohan Deshpande: Keygen Discord full of people, everybody getting 5xx
[05/02/24, 4:00 pm] Anjali Kulkarni: Offline grace 72h enabled for existing seats. New activations still failing
"""}, {"file": "keygen-notes.txt", "zone": Z, "referenceDate": "2024-02-05", "text": """
Keygen status page, incident "Under DDoS" (times UTC, as shown)
Feb 05 at 10:12am UTC - Under DDoS - Licensing API, Webhooks, Dashboard affected
Feb 05 at 9:01pm UTC - Today, we experienced an unintentional DDoS. It was not an attack as we originally reported. An unexpected increase in API volume caused a cascading series of events; the outage lasted over 5 hours. The source of the traffic had an aggressive retry algorithm.
At 12:30am CST, we experienced a large, sudden surge in legitimate traffic; the autoscaler kicked in but we were unable to rate limit effectively.
Appended 22 Feb by Anjali - Keygen blog (21 Feb) "That one time Keygen went down for 5 hours (twice)":
On the morning of February 5th at 6:30am UTC, Keygen Cloud became unavailable for over 5 hours.
On the morning of February 5th at 10:00am UTC (4:00am CST), I woke up to my phone lighting up; Redis was timing out.
"""}],
    "expected": {
        "events": [[u("2024-02-05 06:30", Z), ["became unavailable"]],
                   [u("2024-02-05 12:17", KOL), ["activation failed", "Weber"]],
                   [u("2024-02-05 12:35", KOL), ["4.2.1"]],
                   [u("2024-02-05 13:10", KOL), ["4.1.8"]],
                   [u("2024-02-05 10:00", Z), ["woke up"]],
                   [u("2024-02-05 10:12", Z), ["Under DDoS"]],
                   [u("2024-02-05 13:45", KOL), ["Discord"]],
                   [u("2024-02-05 16:00", KOL), ["Offline grace", "offline-grace"]],
                   [u("2024-02-05 21:01", Z), ["unintentional DDoS", "root cause"]]],
        "keyTimes": {
            "started": kt(u("2024-02-05 12:00", KOL), S, "that is 12:00 noon IST on 5th Feb", "comment 233024"),
            "detected": kt(u("2024-02-05 12:17", KOL), S, "Forwarding mail from Weber Konstruktion", "wa-sct206.txt"),
            "resolved": kt(None, U)},
        "responders": [["Anjali Kulkarni", "incident commander"], ["Rohan Deshpande", None], ["Sneha Iyer", "comms"]],
        "narrative": nar(["aggressive retry", "API volume"], ["Offline grace"], ["SCT-206", "Weber Konstruktion"],
                         "On 5 February 2024 from 12:00 noon IST the vendor's customers could not activate new plugin licences because Keygen Cloud was unavailable for over five hours.",
                         well=["offline grace"], badly=["4.2.1"]),
    }})

# 3. Hookdeck, 28 August 2024 - payment webhooks delayed, seen from a Lagos logistics marketplace ------------------------
I.append({
    "id": "hookdeck-2024-08-latency-lagos-logistics",
    "name": "Hookdeck high event-delivery latency 28-29 August 2024 (UTC: 09:54 delivery latency started increasing to 50 seconds; 11:00 ticket opened with the database provider; 12:40 latency increasing towards a peak of about 1.5 hours on the normal-priority queue; 15:06 processing of the low-priority queue stopped; 18:57 escalated with the provider; disk autoscaling had added slower disks; a new database was rebuilt over 16 hours), seen from a Lagos logistics marketplace that receives Paystack payment webhooks through Hookdeck",
    "issueId": "98093", "key": "KBH-828", "summary": "Paid bookings not confirming - riders not dispatched (payment webhooks delayed)",
    "reporter": "Funmilayo Adeyemi", "assignee": "Chukwuemeka Obi", "labels": ["hookdeck", "paystack", "dispatch"],
    "components": ["payments", "dispatch"], "created": c("2024-08-28 14:10", LOS), "now": "2024-09-06T09:00:00Z",
    "defaultZone": LOS, "priority": "Highest",
    "description": """Customers are paying for deliveries but the booking stays "pending payment" so no rider gets assigned. Riders dey complain for the group since afternoon say no jobs.

I think Paystack is down again. Please check urgently, Wednesday is our busiest day for Ikeja and Lekki.

(times WAT)""",
    "comments": [
        ("233030", "Chukwuemeka Obi", c("2024-08-28 14:50", LOS), """Paystack status is green and their dashboard shows the payments as successful. The webhooks are stuck in Hookdeck - their dashboard shows events queued with delivery delay of over an hour. WhatsApp thread pasted as wa-kbh828.txt (WAT)."""),
        ("233031", "Funmilayo Adeyemi", c("2024-08-28 16:40", LOS), """Ops is confirming paid bookings manually from the Paystack dashboard every 15 min so riders can move. Painful but it's working."""),
        ("233032", "Ibrahim Sule", c("2024-08-29 08:15", LOS), """Checked this morning at 7: everything has caught up, no more queued events, bookings confirming normally. I did not see when it actually cleared overnight."""),
        ("233033", "Chukwuemeka Obi", c("2024-08-30 12:00", LOS), """Hookdeck published their postmortem. Key lines copied to hookdeck-pm-0828.txt (UTC - add 1 hour for WAT)."""),
        ("233034", "Funmilayo Adeyemi", c("2024-09-03 10:30", LOS), """Review (Tue 3 Sept), WAT

Start: 10:54 am WAT, when Hookdeck delivery latency started climbing (their 09:54 UTC). It only became bad for us after their 12:40 UTC ramp, but the delay was there from 10:54.
First report: 1:58 pm, rider Kunle in the Lekki group.
End: we don't actually know. The backlog drained sometime during the night of 28th/29th; Ibrahim only confirmed at 7am on the 29th that it had caught up, and Hookdeck's write-up gives no end minute for normal-priority traffic.
Wrong guess: Paystack (it was fine).
Actions: Chukwuemeka to add an alert when payment webhook age > 5 min (due 10 Sept); Ibrahim to build a fallback poller on Paystack's verify-transaction API (due 17 Sept); Funmilayo to write the manual-confirmation runbook (due 6 Sept)."""),
    ],
    "changelog": [
        ("Chukwuemeka Obi", c("2024-08-28 14:12", LOS), [("status", "Open", "In Progress")]),
        ("Ibrahim Sule", c("2024-08-29 08:16", LOS), [("status", "In Progress", "Monitoring")]),
        ("Funmilayo Adeyemi", c("2024-09-03 10:35", LOS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "wa-kbh828.txt", "zone": LOS, "referenceDate": "2024-08-28", "text": """
[28/08/2024, 13:58] Kunle (rider, Lekki): Oga no job since 1pm, customers dey call say dem don pay
[28/08/2024, 14:06] Chukwuemeka Obi: Alert payment_confirm_lag just fired, p95 is 38 minutes
[28/08/2024, 14:20] Funmilayo Adeyemi: Paystack must be down again abi?
[28/08/2024, 14:45] Chukwuemeka Obi: Paystack is fine. Hookdeck dashboard shows our events queued, delay over 1 hour
[28/08/2024, 16:30] Funmilayo Adeyemi: Ops doing manual confirmation from Paystack dashboard now, every 15 min
"""}, {"file": "hookdeck-pm-0828.txt", "zone": Z, "referenceDate": "2024-08-28", "text": """
Hookdeck postmortem - High event delivery latency due to database disk issue (times UTC)
August 28th at 09:54 UTC: delivery latency started increasing to reach 50 seconds.
11:00 UTC: opened a ticket with our database provider after seeing CPU I/O wait at 60%.
12:40 UTC: latency started increasing to reach a peak of about 1.5 hours on our normal priority queue.
15:06 UTC: stopped processing the low-priority traffic queue (projects above their throughput).
18:57 UTC: escalated the issue with the provider for further diagnostic.
The provider's disk autoscaling kicked in 5 times and added slower disks; a new database had to be rebuilt on a high-performance disk, which took 16 hours.
"""}],
    "expected": {
        "events": [[u("2024-08-28 09:54", Z), ["latency started"]],
                   [u("2024-08-28 11:00", Z), ["opened a ticket"]],
                   [u("2024-08-28 12:40", Z), ["1.5 hours"]],
                   [u("2024-08-28 13:58", LOS), ["no job", "Kunle"]],
                   [u("2024-08-28 14:06", LOS), ["payment_confirm_lag"]],
                   [u("2024-08-28 14:20", LOS), ["Paystack must be down"]],
                   [u("2024-08-28 14:45", LOS), ["Hookdeck dashboard"]],
                   [u("2024-08-28 15:06", Z), ["low-priority"]],
                   [u("2024-08-28 16:30", LOS), ["manual confirmation"]],
                   [u("2024-08-28 18:57", Z), ["escalated"]]],
        "keyTimes": {
            "started": kt(u("2024-08-28 10:54", LOS), S, "Start: 10:54 am WAT", "comment 233034"),
            "detected": kt(u("2024-08-28 13:58", LOS), S, "Oga no job since 1pm", "wa-kbh828.txt"),
            "resolved": kt(None, U)},
        "responders": [["Funmilayo Adeyemi", "incident commander"], ["Chukwuemeka Obi", None], ["Ibrahim Sule", None]],
        "narrative": nar(["disk autoscaling"], ["rebuilt"], ["KBH-828", "payment_confirm_lag"],
                         "From 28 August 2024, 10:54 WAT, paid delivery bookings were not confirmed and riders were not dispatched on time because Hookdeck delivered Paystack payment webhooks with delays of up to about 1.5 hours.",
                         well=["manual confirmation"], badly=["Paystack must be down"]),
    }})

# 4. Hookdeck, 24 October 2022 - Shopify order webhooks not delivered, seen from a Singapore coffee chain --------------
I.append({
    "id": "hookdeck-2022-10-schema-singapore-coffee",
    "name": "Hookdeck outage 24 October 2022 (UTC: 14:33 planned PostgreSQL schema change on datetime column defaults inadvertently included columns without defaults; webhooks not delivered and wrongly reported as archived past retention; 15:50 delivery resumed, backlog cleared shortly after; no webhooks lost), seen from a Singapore coffee chain whose Shopify delivery orders reach the kitchen display through Hookdeck",
    "issueId": "98094", "key": "LKC-1024", "summary": "Kitchen display not getting Shopify delivery orders - Hookdeck shows 'archived'",
    "reporter": "Darren Goh", "assignee": "Tan Wei Ling", "labels": ["hookdeck", "shopify", "kds"],
    "components": ["online-orders", "kitchen-display"], "created": c("2022-10-24 22:50", SGP),
    "now": "2022-11-02T04:00:00Z", "defaultZone": SGP, "priority": "High",
    "description": """Tiong Bahru outlet kitchen display (KDS) got no new web delivery orders since around 10.30pm. GrabFood orders still coming in ok, only our own Shopify site orders missing.

Maybe Shopify down? Customers already calling the outlet asking where their kopi.""",
    "comments": [
        ("233040", "Tan Wei Ling", c("2022-10-24 23:05", SGP), """Shopify admin shows the orders fine, so Shopify is ok lah. Problem is between - Hookdeck dashboard shows our order-created events as "archived, past retention" which make no sense, they are 20 min old. Chat pasted in tg-lkc1024.txt (SGT)."""),
        ("233041", "Muhammad Hafiz", c("2022-10-25 00:15", SGP), """KDS caught up, all the missing orders appeared and outlet confirmed. Closing outlet for tonight. Will check with Hookdeck tomorrow."""),
        ("233042", "Tan Wei Ling", c("2022-10-26 10:30", SGP), """Hookdeck posted postmortem. Copied into hookdeck-1024.txt, times in UTC (SGT is +8 so their 14:33 is our 10:33pm)."""),
        ("233043", "Darren Goh", c("2022-10-28 15:00", SGP), """Wrap-up (Fri 28 Oct), SGT

Impact: 10:33pm to 11:50pm SGT on Mon 24 Oct - no Shopify orders reached the KDS (Hookdeck: 14:33 to 15:50 UTC). The catch-up at 12:04am was just the backlog draining, orders after 11:50pm were arriving normally already.
We knew at 10:41pm when Ah Seng at Tiong Bahru messaged.
Not Shopify - my guess was wrong.
Good: Hafiz printed orders from Shopify admin so no order was lost, only late.
Actions: Wei Ling to set alert if KDS receives 0 web orders for 10 min during opening hours (by 4 Nov); Hafiz to write the "print from Shopify admin" step into the outlet closing checklist (by 31 Oct)."""),
    ],
    "changelog": [
        ("Tan Wei Ling", c("2022-10-24 22:52", SGP), [("status", "Open", "In Progress")]),
        ("Muhammad Hafiz", c("2022-10-25 00:16", SGP), [("status", "In Progress", "Monitoring")]),
        ("Darren Goh", c("2022-10-28 15:05", SGP), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "tg-lkc1024.txt", "zone": SGP, "referenceDate": "2022-10-24", "text": """
Telegram - Lah Kopi Ops, Mon 24 Oct 2022
[22:41] Ah Seng (Tiong Bahru): KDS no web order since just now, customer call say they order 15 min already
[22:49] Darren Goh: Shopify down issit?
[22:55] Tan Wei Ling: Shopify ok. Hookdeck dashboard say events archived past retention?? weird
[23:10] Muhammad Hafiz: I print the orders from Shopify admin and send to outlet first
[23:22] Tan Wei Ling: emailed Hookdeck support with our source id
[23:50] Tan Wei Ling: events delivering again, new order just pop up on KDS
[00:04] Muhammad Hafiz: outlet say all missing orders caught up on KDS
"""}, {"file": "hookdeck-1024.txt", "zone": Z, "referenceDate": "2022-10-24", "text": """
Hookdeck outage postmortem 2022-10-24 (times UTC)
On October 24th, 2022, at 14:33 UTC, we initiated a planned backend change to our PostgreSQL database schema for some datetime columns, from a default of CURRENT_TIMESTAMP to CURRENT_TIMESTAMP(6).
We inadvertently included some columns that had no default values; webhooks were not delivered and were erroneously reported as archived past retention.
We resumed delivery at 15:50 UTC, and the backlog was cleared shortly after. No webhooks were lost.
"""}],
    "expected": {
        "events": [[u("2022-10-24 14:33", Z), ["schema"]],
                   [u("2022-10-24 22:41", SGP), ["KDS no web order"]],
                   [u("2022-10-24 22:49", SGP), ["Shopify down"]],
                   [u("2022-10-24 22:55", SGP), ["archived"]],
                   [u("2022-10-24 23:10", SGP), ["Shopify admin"]],
                   [u("2022-10-24 23:22", SGP), ["Hookdeck support"]],
                   [u("2022-10-24 15:50", Z), ["resumed delivery", "delivering again"]],
                   [u("2022-10-25 00:04", SGP), ["caught up"]]],
        "keyTimes": {
            "started": kt(u("2022-10-24 22:33", SGP), S, "Impact: 10:33pm to 11:50pm SGT on Mon 24 Oct", "comment 233043"),
            "detected": kt(u("2022-10-24 22:41", SGP), S, "KDS no web order since just now", "tg-lkc1024.txt"),
            "resolved": kt(u("2022-10-24 23:50", SGP), S, "Impact: 10:33pm to 11:50pm SGT on Mon 24 Oct", "comment 233043")},
        "responders": [["Darren Goh", None], ["Tan Wei Ling", "incident commander"], ["Muhammad Hafiz", None],
                       ["Ah Seng", None]],
        "narrative": nar(["database schema"], ["resumed delivery"], ["LKC-1024", "KDS"],
                         "On 24 October 2022 from 10:33pm to 11:50pm Singapore time the coffee chain's own web delivery orders did not reach the outlet kitchen display because Hookdeck was not delivering webhooks.",
                         well=["Shopify admin"], badly=["Shopify down"]),
    }})

# 5. Batch, 22 December 2025 - Christmas push not sent, seen from an Amsterdam cheese web shop (Dutch) ------------------
I.append({
    "id": "batch-2025-12-hypervisor-amsterdam-cheese",
    "name": "Batch partial platform outage 22 December 2025 (UTC: 10:17 first service degradation detected; 10:20 investigation initiated; 11:00 infrastructure issue identified on one hypervisor; 11:30 mitigation and recovery started; 13:40 all impacted services fully operational; cooling fault on a server led to a protective disk-group shutdown), seen from an Amsterdam cheese web shop whose Christmas push campaign was scheduled in Batch",
    "issueId": "98095", "key": "KAAS-1222", "summary": "Kerstcampagne push niet verstuurd - Batch dashboard laadt niet",
    "reporter": "Joris Bakker", "assignee": "Sanne de Vries", "labels": ["batch", "push", "kerst"],
    "components": ["marketing", "app"], "created": c("2025-12-22 11:48", AMS), "now": "2026-01-09T09:00:00Z",
    "defaultZone": AMS, "priority": "High",
    "description": """De kerstcampagne (push "Kerstkaasplank -20%") stond ingepland voor 11:30 maar de teller staat op 0 verstuurd. Het Batch-dashboard laadt maar half en geeft af en toe een 502.

Sinds wanneer? Geen idee, vanochtend om 9 uur werkte alles nog.""",
    "comments": [
        ("233050", "Mehmet Yilmaz", c("2025-12-22 12:05", AMS), """Eerst gedacht dat ons APNs-certificaat verlopen was (dat was vorig jaar ook rond kerst), maar het certificaat is geldig tot 2026-09 en Android krijgt ook niets. Batch meldt op status.batch.com een verstoring. Slack-draad staat in slack-kaas1222.txt (Nederlandse tijd)."""),
        ("233051", "Sanne de Vries", c("2025-12-22 15:05", AMS), """Batch is weer groen, campagne om 14:52 opnieuw verstuurd, 18.406 pushes weg. Ticket op Monitoring."""),
        ("233052", "Joris Bakker", c("2025-12-29 10:20", AMS), """Batch heeft een post-mortem gepubliceerd; tijdlijn overgenomen in batch-pm-1222.txt (UTC, wij zitten op UTC+1)."""),
        ("233053", "Sanne de Vries", c("2026-01-07 14:00", AMS), """Terugblik (wo 7 jan), Nederlandse tijd

Verstoring bij Batch van 11:17 tot 14:40 (onze tijd), volgens hun post-mortem 10:17-13:40 UTC.
Wij merkten het om 11:42, toen Joris zag dat de teller op 0 bleef.
Dat we de campagne pas om 14:52 opnieuw verstuurden is ons eigen herstelwerk, geen onderdeel van de storing.
Verkeerde gok: APNs-certificaat.
Ging goed: Mehmet zette om 13:15 dezelfde actie als nieuwsbrief via Laposta uit.
Acties: Joris - monitor op 'campagne 10 min na starttijd nog 0 verstuurd' (klaar 16 jan); Sanne - kerstcampagnes voortaan een dag eerder inplannen met testsegment (voor volgende kerst, herinnering in agenda)."""),
    ],
    "changelog": [
        ("Sanne de Vries", c("2025-12-22 11:50", AMS), [("status", "Open", "In Progress")]),
        ("Sanne de Vries", c("2025-12-22 15:06", AMS), [("status", "In Progress", "Monitoring")]),
        ("Sanne de Vries", c("2026-01-07 14:05", AMS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-kaas1222.txt", "zone": AMS, "referenceDate": "2025-12-22", "text": """
#kaaskamer-marketing  maandag 22 december
11:42 Joris Bakker: kerstcampagne staat nog op 0 verstuurd en het dashboard laadt niet goed??
11:50 Mehmet Yilmaz: APNs certificaat verlopen misschien? check ik
11:58 Mehmet Yilmaz: nee, cert is goed. status.batch.com: degraded performance op campaigns
13:15 Mehmet Yilmaz: zelfde actie als nieuwsbrief via Laposta verstuurd naar 9.200 adressen
14:52 Sanne de Vries: Batch werkt weer, kerstcampagne opnieuw verstuurd
"""}, {"file": "batch-pm-1222.txt", "zone": Z, "referenceDate": "2025-12-22", "text": """
Batch - Post-mortem: Partial Platform Outage (22 Dec 2025), timeline UTC
10:17 - First service degradation detected.
10:20 - Investigation initiated.
11:00 - Infrastructure issue identified on one hypervisor.
11:30 - Mitigation and recovery actions started.
13:40 - All impacted services fully operational.
Root cause: a fault in the cooling system of a server led to overheating and a protective shutdown of a disk group; the hypervisor lost access to its disks.
"""}],
    "expected": {
        "events": [[u("2025-12-22 10:17", Z), ["degradation"]],
                   [u("2025-12-22 10:20", Z), ["Investigation"]],
                   [u("2025-12-22 11:42", AMS), ["0 verstuurd", "teller"]],
                   [u("2025-12-22 11:50", AMS), ["APNs"]],
                   [u("2025-12-22 11:58", AMS), ["status.batch.com"]],
                   [u("2025-12-22 11:00", Z), ["hypervisor"]],
                   [u("2025-12-22 11:30", Z), ["Mitigation"]],
                   [u("2025-12-22 13:15", AMS), ["Laposta"]],
                   [u("2025-12-22 13:40", Z), ["fully operational"]],
                   [u("2025-12-22 14:52", AMS), ["opnieuw verstuurd"]]],
        "keyTimes": {
            "started": kt(u("2025-12-22 11:17", AMS), S, "Verstoring bij Batch van 11:17 tot 14:40 (onze tijd)", "comment 233053"),
            "detected": kt(u("2025-12-22 11:42", AMS), S, "kerstcampagne staat nog op 0 verstuurd", "slack-kaas1222.txt"),
            "resolved": kt(u("2025-12-22 14:40", AMS), S, "Verstoring bij Batch van 11:17 tot 14:40 (onze tijd)", "comment 233053")},
        "responders": [["Joris Bakker", None], ["Sanne de Vries", "incident commander"], ["Mehmet Yilmaz", None]],
        "narrative": nar(["cooling"], ["fully operational"], ["KAAS-1222", "Kerstkaasplank"],
                         "On 22 December 2025 from 11:17 to 14:40 Amsterdam time the shop's Christmas push campaign could not be sent and the Batch dashboard was unreliable because of a Batch hypervisor failure.",
                         well=["Laposta"], badly=["APNs"]),
    }})

# 6. Batch, 19 April 2023 - test pushes and personalisation broken, seen from a Nantes grocery-delivery app (French) ----
I.append({
    "id": "batch-2023-04-emptydb-nantes-grocery",
    "name": "Batch database incident 19 April 2023 (UTC: 09:31 maintenance started to add database capacity; reports of test pushes not working, missing debug data, lower campaign volumes; 11:58 queries found to be served by the new, empty database servers; 12:05 those servers disabled, system back to normal; 13:45 application changes finished; status Identified 12:25, Resolved 13:03, postmortem 16:25), seen from a Nantes grocery-delivery app using Batch for personalised pushes",
    "issueId": "98096", "key": "LPN-419", "summary": "Push de test non reçu + personnalisation vide (« Bonjour , ») dans les campagnes",
    "reporter": "Julien Moreau", "assignee": "Camille Lefèvre", "labels": ["batch", "push", "personnalisation"],
    "components": ["crm", "app-mobile"], "created": c("2023-04-19 12:20", PAR), "now": "2023-05-02T08:00:00Z",
    "defaultZone": PAR, "priority": "High",
    "description": """Depuis ce matin les push de test Batch n'arrivent pas sur nos téléphones, et la campagne « panier du midi » part avec « Bonjour , » sans prénom.

Nadia pense que c'est la version iOS 5.3 sortie hier qui casse l'enregistrement des tokens. À vérifier en urgence, la campagne de 12h30 doit partir.""",
    "comments": [
        ("233060", "Nadia Benali", c("2023-04-19 12:55", PAR), """Pas la 5.3 : les tokens Android (version inchangée) posent le même problème, et les installations de la semaine dernière aussi. Les données custom (prénom, quartier) manquent dans la vue Debug de Batch. Ticket ouvert chez le support Batch. Fil Slack collé dans slack-lpn0419.txt (heure de Paris)."""),
        ("233061", "Julien Moreau", c("2023-04-19 14:15", PAR), """Push de test reçu à 14h07, le prénom est revenu dans l'aperçu. Campagne « panier du midi » décalée au lendemain (les envois de ce midi ne seront pas rejoués d'après Batch)."""),
        ("233062", "Camille Lefèvre", c("2023-04-20 09:40", PAR), """Batch a publié un post-mortem hier soir ; j'ai copié leurs mises à jour de statut et la chronologie dans batch-status-0419.txt (UTC, donc +2 h pour nous)."""),
        ("233063", "Camille Lefèvre", c("2023-04-26 16:30", PAR), """Retour d'expérience (mercredi 26/04), heure de Paris

Impact chez nous : de 11h31 à 14h05 (heure de Paris), soit 09:31-12:05 UTC dans le post-mortem de Batch.
Détection : 11h52, Julien ne reçoit pas son push de test.
Le statut « Resolved » de Batch à 15h03 et la fin de leurs correctifs à 15h45 sont venus après le retour à la normale.
Fausse piste : la version iOS 5.3 (écartée vers 12h50).
Cause (Batch) : pendant une maintenance d'ajout de capacité, des requêtes étaient servies par de nouveaux serveurs de base de données encore vides.
Actions : Julien - alerte si le taux de personnalisation vide dépasse 1 % (échéance 5 mai) ; Nadia - valeur par défaut « Bonjour ! » quand le prénom manque (échéance 3 mai) ; Camille - abonnement de #crm aux statuts Batch (fait)."""),
    ],
    "changelog": [
        ("Camille Lefèvre", c("2023-04-19 12:22", PAR), [("status", "Open", "In Progress")]),
        ("Julien Moreau", c("2023-04-19 14:16", PAR), [("status", "In Progress", "Monitoring")]),
        ("Camille Lefèvre", c("2023-04-26 16:35", PAR), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-lpn0419.txt", "zone": PAR, "referenceDate": "2023-04-19", "text": """
#crm-push  mercredi 19 avril
[11:52] Julien Moreau: le push de test n'est pas reçu sur mon iPhone ni sur le Pixel
[12:10] Nadia Benali: c'est sûrement la 5.3 iOS d'hier, le SDK a changé
[12:40] Camille Lefèvre: l'aperçu de la campagne affiche "Bonjour ," sans prénom, personnalisation vide
[13:15] Nadia Benali: ticket ouvert au support Batch, ce n'est pas la 5.3 (Android aussi)
[14:07] Julien Moreau: push de test bien reçu, prénom OK
"""}, {"file": "batch-status-0419.txt", "zone": Z, "referenceDate": "2023-04-19", "text": """
Database issues impacting Push & In-app delivery - Incident Report for Batch (times UTC)
Identified - Apr 19, 2023 - 12:25 UTC - The issue has been identified and a fix is being implemented.
Resolved - Apr 19, 2023 - 13:03 UTC - This incident has been resolved.
Postmortem - posted Apr 19, 2023 - 16:25 UTC:
At 09:31, we started a maintenance operation on our database to add more capacity. Soon after, we got multiple reports of misbehaving features: test pushes not working, missing data in the Debug view, lower campaign volumes.
At 11:58, we found out that queries were being served by our new, empty, database servers.
At 12:05, we disabled those servers. At this point, the system was back to normal.
We then started making application changes so that this could not happen again and finished at 13:45.
"""}],
    "expected": {
        "events": [[u("2023-04-19 09:31", Z), ["maintenance"]],
                   [u("2023-04-19 11:52", PAR), ["push de test"]],
                   [u("2023-04-19 12:10", PAR), ["5.3"]],
                   [u("2023-04-19 12:40", PAR), ["Bonjour ,", "personnalisation vide"]],
                   [u("2023-04-19 13:15", PAR), ["support Batch"]],
                   [u("2023-04-19 11:58", Z), ["empty"]],
                   [u("2023-04-19 12:05", Z), ["disabled"]],
                   [u("2023-04-19 14:07", PAR), ["bien reçu"]],
                   [u("2023-04-19 12:25", Z), ["Identified"]],
                   [u("2023-04-19 13:03", Z), ["Resolved"]],
                   [u("2023-04-19 13:45", Z), ["application changes"]],
                   [u("2023-04-19 16:25", Z), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2023-04-19 11:31", PAR), S, "Impact chez nous : de 11h31 à 14h05 (heure de Paris)", "comment 233063"),
            "detected": kt(u("2023-04-19 11:52", PAR), S, "le push de test n'est pas reçu", "slack-lpn0419.txt"),
            "resolved": kt(u("2023-04-19 14:05", PAR), S, "Impact chez nous : de 11h31 à 14h05 (heure de Paris)", "comment 233063")},
        "responders": [["Julien Moreau", None], ["Camille Lefèvre", "incident commander"], ["Nadia Benali", None]],
        "narrative": nar(["empty"], ["disabled those servers"], ["LPN-419", "panier du midi"],
                         "On 19 April 2023 from 11:31 to 14:05 Paris time the app's test pushes failed and campaign personalisation came out empty because Batch served queries from new, empty database servers.",
                         badly=["5.3"]),
    }})

# 7. POST Luxembourg, 23 July 2025 - phones and 112 down, seen from an Ettelbruck home-care service (German) ----------
I.append({
    "id": "postlu-2025-07-network-ettelbruck-homecare",
    "name": "POST Luxembourg network outage 23 July 2025 (CEST: issues first registered 16:15; customers reporting from 16:30; crisis unit assembled by 17:00, CGDIS difficulties from 17:00; 19:00 three quarters of fire stations staffed, 19:30 full coverage and first users reporting services working; around 20:00 situation stabilised with 112 and 113 reachable; 20:15 official all-clear; 21:15 crisis unit confirmation; preliminary cause a software issue in the system managing the 4G/5G network, 2G fallback saturated), seen from an Ettelbruck home-care service whose nurses and alarm pendants use POST mobile lines",
    "issueId": "98097", "key": "PSH-723", "summary": "Kein Mobilnetz (POST) - Pflegekräfte und Hausnotruf nicht erreichbar",
    "reporter": "Sophie Kieffer", "assignee": "Marc Schmit", "labels": ["post", "mobilfunk", "hausnotruf"],
    "components": ["telefonie", "hausnotruf"], "created": c("2025-07-23 16:35", LUX), "now": "2025-08-08T08:00:00Z",
    "defaultZone": LUX, "priority": "Highest",
    "description": """Seit ca. 16:00 Uhr erreichen wir die Pflegekräfte auf Tour nicht mehr, Handys zeigen "Nur Notruf" bzw. gar kein Netz. Festnetz im Büro (auch POST) tot.

Hausnotruf-Geräte der Klient:innen laufen über POST-SIM - unklar, ob Alarme durchkommen!!

Marc, bitte sofort prüfen. Vielleicht ist unsere Fritzbox / der SIP-Trunk hin?""",
    "comments": [
        ("233070", "Marc Schmit", c("2025-07-23 17:20", LUX), """Nicht die Fritzbox: landesweite Störung bei POST (Mobil, Festnetz, Internet). Bereitschaftshandy läuft jetzt über die Orange-Reserve-SIM, Nummer an alle Touren per SMS über Orange verschickt. Telefonprotokoll vom Empfang abgetippt: protokoll-psh0723.txt (Ortszeit)."""),
        ("233071", "Tanja Weber", c("2025-07-23 20:30", LUX), """Telefone gehen wieder, Testalarm Hausnotruf um 20:04 erfolgreich. Alle Touren gemeldet, keine Zwischenfälle. Ticket bleibt auf Beobachtung bis morgen."""),
        ("233072", "Marc Schmit", c("2025-07-25 09:10", LUX), """Zusammenfassung der offiziellen Angaben (RTL, POST-Pressekonferenz vom 24.07.) in post-rtl-0723.txt, Ortszeit."""),
        ("233073", "Tanja Weber", c("2025-07-30 15:45", LUX), """Nachbesprechung (Mi 30.07.), alle Zeiten Ortszeit

Störung für uns: 16:15–20:00 Uhr. Beginn laut POST 16:15 (erstmals registriert), die "ca. 16:00" in der Beschreibung war geschätzt. Ende: ab 20:00 waren 112 und Hausnotruf wieder erreichbar, unser Testalarm 20:04 ging durch. Schwester Anne kam zwar schon um 19:36 durch, aber nicht alle Geräte.
Wir haben es um 16:22 gemerkt (Anruf von Schwester Anne brach ab, dann kein Netz).
Fritzbox/SIP war falsch.
Die offizielle Entwarnung von POST um 20:15 kam nach dem Ende für uns.
Gut: Orange-Reserve-SIM im Bereitschaftshandy, seit 2023 im Schrank.
Maßnahmen: Marc - Hausnotruf-Geräte mit Dual-SIM (POST + Orange) bis 30.09. tauschen; Sophie - Notfallliste mit Festnetznummern der Nachbarn je Klient:in bis 15.08.; Tanja - Übung "Netz weg" einmal pro Quartal, erste am 10.09."""),
    ],
    "changelog": [
        ("Marc Schmit", c("2025-07-23 16:40", LUX), [("status", "Open", "In Progress")]),
        ("Tanja Weber", c("2025-07-23 20:31", LUX), [("status", "In Progress", "Monitoring")]),
        ("Tanja Weber", c("2025-07-30 15:50", LUX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "protokoll-psh0723.txt", "zone": LUX, "referenceDate": "2025-07-23", "text": """
Telefonprotokoll Empfang Pflegedienst Sonnenhof, Mittwoch 23.07.2025 (handschriftlich, abgetippt von Sophie)
16:22 Schw. Anne ruft an, Gespräch bricht ab - danach kein Netz mehr auf ihrer Nummer
16:41 Marc: Fritzbox neu gestartet, SIP-Trunk? keine Änderung
17:05 Bereitschaftshandy auf Orange-SIM umgestellt, SMS an alle Touren
19:36 Schw. Anne erreicht das Büro wieder über ihr Diensthandy
20:04 Testalarm Hausnotruf (Klient Nr. 14) kommt in der Zentrale an
"""}, {"file": "post-rtl-0723.txt", "zone": LUX, "referenceDate": "2025-07-23", "text": """
Offizielle Angaben (RTL / POST / CGDIS), Ortszeit, zusammengefasst von Marc
16:15 Probleme bei POST erstmals registriert (POST-Pressekonferenz 24.07.)
16:30 seitdem Kunden melden Netzprobleme, abgebrochene Anrufe, kein 5G/Internet
17:00 Krisenzelle bei POST zusammengetreten; CGDIS: ab 17:00 Probleme, 112 aus dem POST-Netz
19:00 drei Viertel (75 %) der Rettungswachen besetzt
19:30 volle landesweite Abdeckung der Wachen; erste Nutzer melden, dass POST-Dienste wieder funktionieren
20:00 Lage stabilisiert, 112 und 113 wieder voll erreichbar
20:15 offizielle Entwarnung von POST
21:15 Krisenzelle hat bestätigt, dass die Lage seit 20:00 stabil ist
Ursache (vorläufig): Softwareproblem im System, das 4G/5G steuert; Ausweichen auf 2G überlastet
"""}],
    "expected": {
        "events": [[u("2025-07-23 16:15", LUX), ["erstmals registriert"]],
                   [u("2025-07-23 16:22", LUX), ["kein Netz"]],
                   [u("2025-07-23 16:30", LUX), ["Kunden melden"]],
                   [u("2025-07-23 16:41", LUX), ["Fritzbox"]],
                   [u("2025-07-23 17:00", LUX), ["Krisenzelle"]],
                   [u("2025-07-23 17:05", LUX), ["Orange"]],
                   [u("2025-07-23 19:00", LUX), ["75"]],
                   [u("2025-07-23 19:30", LUX), ["wieder funktionieren", "volle"]],
                   [u("2025-07-23 19:36", LUX), ["erreicht das Büro", "kam zwar"]],
                   [u("2025-07-23 20:00", LUX), ["112"]],
                   [u("2025-07-23 20:04", LUX), ["Testalarm"]],
                   [u("2025-07-23 20:15", LUX), ["Entwarnung"]],
                   [u("2025-07-23 21:15", LUX), ["bestätigt"]]],
        "keyTimes": {
            "started": kt(u("2025-07-23 16:15", LUX), S, "Störung für uns: 16:15–20:00 Uhr", "comment 233073"),
            "detected": kt(u("2025-07-23 16:22", LUX), S, "Schw. Anne ruft an, Gespräch bricht ab", "protokoll-psh0723.txt"),
            "resolved": kt(u("2025-07-23 20:00", LUX), S, "Störung für uns: 16:15–20:00 Uhr", "comment 233073")},
        "responders": [["Sophie Kieffer", None], ["Marc Schmit", "SME"], ["Tanja Weber", "incident commander"]],
        "narrative": nar(["Softwareproblem"], ["wieder voll erreichbar"], ["PSH-723", "Sonnenhof"],
                         "On 23 July 2025 from 16:15 to 20:00 the home-care service could not reach its nurses on tour and could not rely on its clients' alarm pendants because POST Luxembourg's network was down.",
                         well=["Orange-Reserve-SIM"], badly=["Fritzbox"]),
    }})

# 8. Dejavoo iPOSpays, 18 April 2024 - card terminals declining, seen from a Brazilian bakery in Framingham MA (pt-BR) -
I.append({
    "id": "ipospays-2024-04-gateway-framingham-bakery",
    "name": "Dejavoo iPOSpays gateway outage 18 April 2024 (US Eastern, written 'EST' by Dejavoo: approximately 10:20 AM database servers of the iPOSpays gateway unresponsive, suspected AWS network issue, detected by monitoring, Disaster Recovery instance activated; approximately 10:35 transactions processed again and portal restored; about 15 minutes), seen from a Brazilian bakery in Framingham, Massachusetts with Dejavoo terminals on iPOSpays",
    "issueId": "98098", "key": "PDM-418", "summary": "Maquininhas Dejavoo recusando todos os cartões - 'HOST UNREACHABLE'",
    "reporter": "Rafaela Souza", "assignee": "Thiago Almeida", "labels": ["dejavoo", "ipospays", "cartao"],
    "components": ["caixa", "pagamentos"], "created": c("2024-04-18 10:29", NYC), "now": "2024-04-30T14:00:00Z",
    "defaultZone": NYC, "priority": "Highest",
    "description": """As duas maquininhas do balcão estão recusando todo cartão desde umas 10h, aparece `HOST UNREACHABLE` e depois `TRANS FAILED`. Fila enorme, horário do café da manhã.

Thiago acha que é a internet (Comcast). Estamos aceitando só dinheiro e Zelle por enquanto.""",
    "comments": [
        ("233080", "Thiago Almeida", c("2024-04-18 10:50", NYC), """Reiniciei o roteador e a internet estava ok (Wi-Fi dos clientes funcionando, speedtest normal), então não era a Comcast. Voltou sozinho por volta de 10:35. Conversa do WhatsApp colada em whatsapp-pdm0418.txt (horário de Boston)."""),
        ("233081", "Lucas Ferreira", c("2024-04-19 09:15", NYC), """A Dejavoo publicou um incident report: "Approximately 10:20 AM EST to 10:35AM EST". EST = UTC-5, então 15:20 a 15:35 UTC. Copiei o relatório em dejavoo-report.txt."""),
        ("233082", "Thiago Almeida", c("2024-04-19 11:30", NYC), """Correção ao Lucas: em abril estamos em horário de verão (EDT, UTC-4). O relatório escreve "EST" mas quer dizer horário da costa leste, o mesmo relógio da padaria. Então foi 14:20 a 14:35 UTC, não 15:20."""),
        ("233083", "Rafaela Souza", c("2024-04-24 16:00", NYC), """Resumo (quarta 24/04), horário de Boston

Queda das 10:20 às 10:35 (horário de Boston), segundo a Dejavoo: banco de dados do gateway iPOSpays parou de responder (problema de rede na AWS, ainda sob investigação) e eles ativaram o Disaster Recovery.
Percebemos às 10:22, primeiro cartão recusado no balcão.
A primeira venda aprovada foi às 10:38, mas isso foi só o próximo cliente passar o cartão.
Chute errado: internet/Comcast.
Perdemos umas 20 vendas de cartão (clientes sem dinheiro foram embora).
Ações: Thiago - configurar modo offline/store-and-forward nas maquininhas até 03/05; Rafaela - placa "aceitamos Zelle" no balcão (feito); Lucas - pedir à ISO o contato de emergência da Dejavoo até 26/04."""),
    ],
    "changelog": [
        ("Thiago Almeida", c("2024-04-18 10:31", NYC), [("status", "Open", "In Progress")]),
        ("Thiago Almeida", c("2024-04-18 10:51", NYC), [("status", "In Progress", "Monitoring")]),
        ("Rafaela Souza", c("2024-04-24 16:05", NYC), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-pdm0418.txt", "zone": NYC, "referenceDate": "2024-04-18", "text": """
[4/18/24, 10:22 AM] Rafaela Souza: a maquininha 1 recusou o cartão da cliente, HOST UNREACHABLE
[4/18/24, 10:24 AM] Thiago Almeida: deve ser a Comcast, vou reiniciar o roteador
[4/18/24, 10:27 AM] Rafaela Souza: a 2 também. só dinheiro e Zelle por enquanto
[4/18/24, 10:31 AM] Lucas Ferreira: liguei pro suporte da ISO, disseram que tem problema geral no iPOSpays
[4/18/24, 10:38 AM] Rafaela Souza: venda no cartão aprovada!! voltou
"""}, {"file": "dejavoo-report.txt", "zone": NYC, "referenceDate": "2024-04-18", "text": """
Dejavoo - Incident Report, initial report and findings, April 18, 2024 (times as written by Dejavoo)
Time: Approximately 10:20 AM EST to 10:35AM EST
At approximately 10:20 AM EST the database servers for the iPOSpays gateway became unresponsive due to a suspected network issue at AWS. Our alerting and monitoring system detected the issue immediately.
Our systems team pointed all the applications to our Disaster Recovery instance; it was activated and live within 15 minutes.
At approximately 10:35 transactions were able to be processed, and Ipospays portal was restored.
"""}],
    "expected": {
        "events": [[u("2024-04-18 10:20", NYC), ["unresponsive"]],
                   [u("2024-04-18 10:22", NYC), ["recusou"]],
                   [u("2024-04-18 10:24", NYC), ["Comcast"]],
                   [u("2024-04-18 10:27", NYC), ["Zelle"]],
                   [u("2024-04-18 10:31", NYC), ["suporte da ISO"]],
                   [u("2024-04-18 10:35", NYC), ["able to be processed"]],
                   [u("2024-04-18 10:38", NYC), ["aprovada"]]],
        "keyTimes": {
            "started": kt(u("2024-04-18 10:20", NYC), S, "Queda das 10:20 às 10:35 (horário de Boston)", "comment 233083"),
            "detected": kt(u("2024-04-18 10:22", NYC), S, "a maquininha 1 recusou o cartão da cliente", "whatsapp-pdm0418.txt"),
            "resolved": kt(u("2024-04-18 10:35", NYC), S, "Queda das 10:20 às 10:35 (horário de Boston)", "comment 233083")},
        "responders": [["Rafaela Souza", "incident commander"], ["Thiago Almeida", None], ["Lucas Ferreira", None]],
        "narrative": nar(["AWS"], ["Disaster Recovery"], ["PDM-418", "HOST UNREACHABLE"],
                         "On 18 April 2024 from 10:20 to 10:35 am Eastern time the bakery's card terminals declined every card because the iPOSpays gateway was down.",
                         well=["Zelle"], badly=["Comcast"]),
    }})

# 9. SEMICAN, 8 March 2021 - application pages unreachable, seen from a Yokohama business school (Japanese) -------------
I.append({
    "id": "semican-2021-03-network-yokohama-school",
    "name": "SEMICAN service outage 8 March 2021 (JST: 4:58 to 8:51 servers unreachable after a network equipment failure; application-page URLs and admin screen unavailable; e-mails scheduled in the window delivered after recovery; first notice 8 March, second report 12 March with redundancy measures), seen from a Yokohama business school whose seminar application pages and step mails run on SEMICAN",
    "issueId": "98099", "key": "MKJ-308", "summary": "セミナー申込ページ(セミカン)が開かない・管理画面に入れない",
    "reporter": "高橋 健太", "assignee": "佐藤 美咲", "labels": ["semican", "seminar", "lp"],
    "components": ["集客", "Web"], "created": c("2021-03-08 07:25", TYO), "now": "2021-03-24T01:00:00Z",
    "defaultZone": TYO, "priority": "High",
    "description": """3/13開催「事業承継セミナー」の申込ページ(セミカン)が開きません。管理画面にもログインできません。

朝6:00から広告配信を始めたばかりなので、広告費が無駄になっています。いつからかは不明(昨夜23時頃は開けました)。

うちのドメインの期限切れ?""",
    "comments": [
        ("233090", "佐藤 美咲", c("2021-03-08 08:20", TYO), """ドメインは2022年1月まで有効、DNSも正常でした。セミカンのサーバー自体に接続できない状態です。サポートに問い合わせ済み。Chatworkのやり取りを chatwork-mkj0308.txt に貼りました(日本時間)。"""),
        ("233091", "高橋 健太", c("2021-03-08 09:10", TYO), """申込ページ表示OK、管理画面も入れました。広告は9:05に再開しました。朝7時予定のステップメールは復旧後に届いていることを確認。"""),
        ("233092", "佐藤 美咲", c("2021-03-12 17:30", TYO), """セミカンから第二報が出ました。第一報と合わせて semican-notice.txt に転記しています。"""),
        ("233093", "中村 由紀", c("2021-03-16 14:00", TYO), """振り返り(3/16)日本時間

障害時間(セミカン発表) 4:58〜8:51。当方の申込ページもこの間すべて表示不可。
気付いたのは7:12、高橋さんが広告のリンク先を確認したとき。
復旧 8:51(セミカン第一報「8時51分頃に復旧」)。広告再開の9:05は当方の作業で、障害とは別。
最初の「ドメイン期限切れ」は誤り。
良かった点:7:45に広告を止めたので無駄な広告費は約1時間分で済んだ。
対策:高橋 - 申込ページの外形監視(5分間隔、Uptime Robot)を3/19までに設定/佐藤 - 障害時に使うGoogleフォームの予備申込ページを3/22までに用意。"""),
    ],
    "changelog": [
        ("佐藤 美咲", c("2021-03-08 07:30", TYO), [("status", "Open", "In Progress")]),
        ("高橋 健太", c("2021-03-08 09:11", TYO), [("status", "In Progress", "Monitoring")]),
        ("中村 由紀", c("2021-03-16 14:05", TYO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "chatwork-mkj0308.txt", "zone": TYO, "referenceDate": "2021-03-08", "text": """
[2021/03/08 06:00] 高橋 健太: 事業承継セミナーの広告配信開始しました
[2021/03/08 07:12] 高橋 健太: 申込ページが開きません!広告のリンク先エラーになってます
[2021/03/08 07:20] 佐藤 美咲: ドメインの期限切れかも?確認します
[2021/03/08 07:45] 高橋 健太: 広告いったん停止しました
[2021/03/08 08:10] 佐藤 美咲: ドメインは問題なし。セミカンのサポートに問い合わせました
[2021/03/08 08:55] 高橋 健太: 申込ページ開けました!
"""}, {"file": "semican-notice.txt", "zone": TYO, "referenceDate": "2021-03-08", "text": """
セミカン お知らせ(転記)
第一報(3/8):本日、管理画面及びLPへのアクセスができないことが確認されておりましたが、8時51分頃に復旧いたしました。
第二報(3/12):障害発生日時:2021年03月08日 4時58分~8時51分 / 原因:ネットワーク機器障害
上記の時間帯においてサーバへの接続ができず、申込ページURL等へのアクセス、管理画面の操作ができない状況が発生。配信予定であったメールは復旧後に配信。
今後の対策:1.故障発生部の冗長化 2.障害時のネットワーク切替え手段の導入
"""}],
    "expected": {
        "events": [[u("2021-03-08 04:58", TYO), ["障害時間"]],
                   [u("2021-03-08 06:00", TYO), ["広告配信開始"]],
                   [u("2021-03-08 07:12", TYO), ["申込ページが開きません"]],
                   [u("2021-03-08 07:20", TYO), ["ドメイン"]],
                   [u("2021-03-08 07:45", TYO), ["停止"]],
                   [u("2021-03-08 08:10", TYO), ["サポート"]],
                   [u("2021-03-08 08:51", TYO), ["復旧"]],
                   [u("2021-03-08 09:05", TYO), ["再開"]]],
        "keyTimes": {
            "started": kt(u("2021-03-08 04:58", TYO), S, "障害時間(セミカン発表) 4:58〜8:51", "comment 233093"),
            "detected": kt(u("2021-03-08 07:12", TYO), S, "申込ページが開きません!", "chatwork-mkj0308.txt"),
            "resolved": kt(u("2021-03-08 08:51", TYO), S, "復旧 8:51(セミカン第一報「8時51分頃に復旧」)", "comment 233093")},
        "responders": [["高橋 健太", None], ["佐藤 美咲", "incident commander"], ["中村 由紀", None]],
        "narrative": nar(["ネットワーク機器障害"], ["復旧"], ["MKJ-308", "事業承継セミナー"],
                         "On 8 March 2021 from 4:58 to 8:51 Japan time the school's seminar application page and its SEMICAN admin screen could not be reached because of a network equipment failure at SEMICAN.",
                         well=["広告を止めた"], badly=["ドメイン期限切れ"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

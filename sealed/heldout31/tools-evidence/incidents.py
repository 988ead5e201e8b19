"""Held-out 31 incidents: compact specs. Five software / cloud incidents, each seen from a customer's ticket
(SentinelOne's console outage, WhatsApp's October 2022 outage, Microsoft 365 / Outlook on 1 March 2025, the PlayStation
Network outage of February 2025, the OpenAI API's two-wave incident of 16 August 2024) and five outside software
companies (a home-health agency in Verizon's wireless outage, Nairobi airport's terminal in Kenya's blackout, Jakarta's
MRT in the Java blackout, an Istanbul hospital's information system in Turkey's 2015 blackout, a Caracas bank's
payments in Venezuela's 2019 blackout). Timeline facts from public statements (SOURCES-heldout31.md); people, ticket
keys, chat wording, wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. SentinelOne, 29 May 2025 - empty route table restored by an outgoing control system, seen from a Manchester MSSP
I.append({
    "id": "sentinelone-2025-05-routes-mssp", "name": "SentinelOne global service disruption 29 May 2025 (outgoing control system restored an empty route table; initial failure 13:37 UTC, services back 4:05 PM ET), seen from a Manchester managed-security provider",
    "issueId": "98800", "key": "SOC-5291", "summary": "SentinelOne console + API down for all client tenants - no MDR visibility",
    "reporter": "Niamh Doyle", "assignee": "Farid Qureshi", "labels": ["sev1", "vendor", "mdr"],
    "components": ["soc-platform", "client-comms"], "created": "2025-05-29T13:58", "now": "2025-06-10T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """S1 management console returns 502 for every client tenant and the API poller is failing, so we have no threat feed and no MDR visibility. Endpoints appear to still be protecting (agents local).

Started about 14:45 as far as I can tell. First guess: this morning's Okta group-rule change broke SSO into the console for our analysts. Rolling that back. UK time.""",
    "comments": [
        ("224000", "Farid Qureshi", "2025-05-29T14:25", """Not Okta - the rollback changed nothing and the API (token auth, no SSO) fails too. SentinelOne has a global service disruption: their customer notice says endpoints are still protected but managed response services will not have visibility. Shift log extract pasted (shiftlog-soc5291.txt, UK time)."""),
        ("224001", "Niamh Doyle", "2025-05-29T18:40", """Console loads for two tenants now, the rest still 502, threat feed lagging. Clients told again."""),
        ("224002", "Farid Qureshi", "2025-05-29T20:30", """All tenants answering, alert backlog replaying into the queue. Monitoring overnight, night shift triaging the replay."""),
        ("224003", "Niamh Doyle", "2025-06-02T09:00", """Review notes (Monday), after SentinelOne's RCA of 31 May.
Cause: a soon-to-be-deprecated control system, triggered by the creation of a new account, restored an empty route table (AWS Transit Gateway) and deleted critical network routes and DNS resolver rules.
Initial failure at 13:37 UTC per the RCA.
Customer reports reached their support at 13:55 UTC; they identified the missing routes at 14:27 UTC and worked on restoring the correct configuration.
For us: console and API dead 14:37 → 21:05 BST (9:37 AM to 4:05 PM ET in their post).
Our poller alert at 14:41 BST was the first we knew; the 14:45 in the description was a guess.
The poller's RESOLVED at 21:09 is its five-minute poll lag, not the end.
Actions: out-of-band status check for S1 in the runbook, client template for vendor outages."""),
    ],
    "changelog": [
        ("Farid Qureshi", "2025-05-29T13:59", [("status", "Open", "In Progress")]),
        ("Farid Qureshi", "2025-05-29T20:31", [("status", "In Progress", "Monitoring")]),
        ("Niamh Doyle", "2025-06-02T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "shiftlog-soc5291.txt", "zone": "Europe/London", "referenceDate": "2025-05-29", "text": """
SOC SHIFT LOG | day shift 29/05/2025 | times UK
29/05 14:41 | SOC Automation | ALERT s1-poller: API /web/api/v2.1/threats failed 3x in 5 min (tenants: ALL) sev2
29/05 14:44 | N. Doyle | console won't load either. okta change from this morning?
29/05 15:02 | N. Doyle | rolled back the okta group rule, still 502 on the console
29/05 15:20 | F. Qureshi | reddit + S1 community full of it, it's global. not us
29/05 16:10 | F. Qureshi | clients told: endpoints still protecting, no console / MDR visibility
29/05 21:09 | SOC Automation | RESOLVED s1-poller: API healthy (tenants: ALL)
"""}],
    "expected": {
        "events": [["2025-05-29T13:37Z", ["Initial failure", "dead"]], ["2025-05-29T13:41Z", ["ALERT", "poller alert"]],
                   ["2025-05-29T13:55Z", ["Customer reports"]], ["2025-05-29T14:02Z", ["rolled back"]],
                   ["2025-05-29T14:27Z", ["missing routes"]], ["2025-05-29T20:05Z", ["dead"]]],
        "keyTimes": {
            "started": kt("2025-05-29T13:37Z", S, "console and API dead 14:37 → 21:05 BST", "comment 224003"),
            "detected": kt("2025-05-29T13:41Z", S, "ALERT s1-poller: API /web/api/v2.1/threats failed 3x in 5 min", "shiftlog-soc5291.txt"),
            "resolved": kt("2025-05-29T20:05Z", S, "console and API dead 14:37 → 21:05 BST", "comment 224003")},
        "responders": [["Niamh Doyle", None], ["Farid Qureshi", None]],
        "narrative": nar(["route table"], ["correct configuration"], ["SOC-5291", "s1-poller"],
                         "On 29 May 2025 a SentinelOne platform outage left the provider's analysts without console, API or MDR visibility for every client from 14:37 to 21:05 BST (9:37 AM-4:05 PM ET); endpoints stayed protected."),
    }})

# 2. WhatsApp, 25 October 2022 - global outage, seen from a Mumbai pharmacy-delivery startup --------------------------
I.append({
    "id": "whatsapp-2022-10-orders-mumbai", "name": "WhatsApp global outage 25 October 2022 (users reported problems from about 12:30 IST / 07:00 UTC; restored after about two hours; no cause published), seen from a Mumbai pharmacy-delivery startup that takes orders over the WhatsApp Business API",
    "issueId": "98801", "key": "ORD-2510", "summary": "WhatsApp orders stopped - no inbound messages, customers not getting replies",
    "reporter": "Aditi Kulkarni", "assignee": "Rohan Mehta", "labels": ["p1", "orders", "whatsapp"],
    "components": ["wa-ordering", "ops"], "created": "2022-10-25T07:20", "now": "2022-11-05T12:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Inbound WhatsApp orders have stopped and customers are not getting replies on the ordering chat. Prescription photo uploads not arriving. Call centre getting "is the app down" calls.

Since ~12:40 I think. First guess: we blew through our WhatsApp Business messaging tier with yesterday's Diwali campaign blast and Meta is throttling us. Checking with the BSP. IST.""",
    "comments": [
        ("224010", "Rohan Mehta", "2022-10-25T07:45", """Not the tier - BSP dashboard is fine and quality rating is green. WhatsApp itself is down worldwide, Meta confirmed. Slack thread pasted (slack-ord2510.txt, IST)."""),
        ("224011", "Aditi Kulkarni", "2022-10-25T09:30", """WA replies arriving again, backlog of ~400 queued messages being delivered out of order. Switching SMS fallback off at 3:30 once the backlog is gone."""),
        ("224012", "Aditi Kulkarni", "2022-10-25T11:00", """Meta: "We know people had trouble sending messages on WhatsApp today. We've fixed the issue and apologise for any inconvenience." Backlog drained, closing."""),
        ("224013", "Rohan Mehta", "2022-10-28T06:30", """Post-incident (Friday).
Inbound WhatsApp orders fell to zero at 12:30 IST on the 25th, same as Downdetector's curve.
Our Grafana alert fired eight minutes later; the ticket's 12:40 was a guess.
The outage lasted one hour 45 minutes for our order flow; replies queued in between were delivered late and out of order.
Meta never published a cause. The Diwali blast and the tier limit had nothing to do with it.
Action: make the SMS/IVR fallback switch automatic on the same alert."""),
    ],
    "changelog": [
        ("Rohan Mehta", "2022-10-25T07:21", [("status", "Open", "In Progress")]),
        ("Aditi Kulkarni", "2022-10-25T11:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-ord2510.txt", "zone": "Asia/Kolkata", "referenceDate": "2022-10-25", "text": """
Aditi Kulkarni  12:38 PM
:rotating_light: Grafana alert *wa_inbound_orders_5m* < 20% of baseline (firing) - inbound 3, expected 160
Rohan Mehta  12:41 PM
tier limit? the campaign sent 1.8 lakh messages yesterday
Rohan Mehta  12:55 PM
BSP dashboard fine, quality rating green. downdetector has whatsapp spiking since 12:30
Aditi Kulkarni  1:02 PM
Meta statement: "We're aware that some people are currently having trouble sending messages and we're working to restore WhatsApp for everyone as quickly as possible"
Aditi Kulkarni  1:10 PM
SMS fallback + IVR switched on for repeat orders
"""}],
    "expected": {
        "events": [["2022-10-25T07:00Z", ["fell to zero", "downdetector"]], ["2022-10-25T07:08Z", ["Grafana alert"]],
                   ["2022-10-25T07:25Z", ["BSP dashboard"]], ["2022-10-25T07:32Z", ["Meta statement"]],
                   ["2022-10-25T07:40Z", ["SMS fallback"]]],
        "keyTimes": {
            "started": kt("2022-10-25T07:00Z", S, "Inbound WhatsApp orders fell to zero at 12:30 IST on the 25th", "comment 224013"),
            "detected": kt("2022-10-25T07:08Z", S, "Grafana alert *wa_inbound_orders_5m* < 20% of baseline", "slack-ord2510.txt"),
            "resolved": kt("2022-10-25T08:45Z", I_, "The outage lasted one hour 45 minutes for our order flow", "comment 224013")},
        "responders": [["Rohan Mehta", None], ["Aditi Kulkarni", None]],
        "narrative": nar(["never published a cause"], ["fixed the issue"], ["ORD-2510", "wa_inbound_orders_5m"],
                         "On 25 October 2022 a global WhatsApp outage stopped the startup's WhatsApp orders from 12:30 IST for about an hour and three quarters."),
    }})

# 3. Microsoft 365 / Outlook, 1 March 2025 - problematic code change, seen from a Chicago law firm's IT desk -----------
I.append({
    "id": "m365-2025-03-outlook-lawfirm", "name": "Microsoft Outlook / Microsoft 365 outage 1 March 2025 (problematic code change reverted, incident MO1020913; from about 3:30 PM ET, most services restored by about 5:30 PM ET), seen from a Chicago law firm's IT desk",
    "issueId": "98802", "key": "HD-0301", "summary": "Outlook send/receive failing firm-wide (desktop + OWA), Teams flaky",
    "reporter": "Denise Kowalczyk", "assignee": "Tomasz Wojcik", "labels": ["weekend", "email"],
    "components": ["m365", "helpdesk"], "created": "2025-03-01T21:05", "now": "2025-03-15T12:00:00Z",
    "defaultZone": "America/Chicago", "priority": "High",
    "description": """Attorneys can't send or receive in Outlook (desktop and OWA), Teams chat flaky. Litigation team has a filing deadline Monday and is working all weekend.

Started roughly 2:45pm. First guess: last night's Intune compliance policy push broke modern auth for the Outlook clients. Central time.""",
    "comments": [
        ("224020", "Tomasz Wojcik", "2025-03-01T21:25", """Not Intune - excluding the test group from the policy did nothing, and OWA on an unmanaged laptop fails the same way. Microsoft incident MO1020913 in the admin center, global. Our on-call text thread pasted (texts-hd0301.txt, Central)."""),
        ("224021", "Denise Kowalczyk", "2025-03-01T22:40", """Partners say mail is moving again. Monitoring through the weekend."""),
        ("224022", "Tomasz Wojcik", "2025-03-03T15:00", """Monday: no new reports. Resolving. Note for the review: Microsoft's "reverted the problematic code" at 3:52 pm was not the end for us, Harlan's outbox was still stuck after that."""),
        ("224023", "Denise Kowalczyk", "2025-03-05T16:00", """Review (Wednesday).
Per Microsoft, a problematic code change caused MO1020913 (authentication failures from their caching infrastructure); they reverted the code and watched telemetry.
Impact for the firm: about 2:30 → 4:30 pm CST (3:30-5:30 ET, as the press had it).
First call to the desk 2:41 pm, from Harlan's assistant. The ticket's 2:45 was a guess and the ticket itself went in at 3:05.
Actions: documented fallback for court e-filing notices (secondary mailbox on another provider), weekend on-call sees the M365 admin center alerts."""),
    ],
    "changelog": [
        ("Tomasz Wojcik", "2025-03-01T21:06", [("status", "Open", "In Progress")]),
        ("Denise Kowalczyk", "2025-03-01T22:41", [("status", "In Progress", "Monitoring")]),
        ("Tomasz Wojcik", "2025-03-03T15:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "texts-hd0301.txt", "zone": "America/Chicago", "referenceDate": "2025-03-01", "text": """
Messages export - "IT on-call" group
Sat, Mar 1 at 2:41 PM, Denise: J. Harlan's assistant called the desk line: Outlook "Trying to connect...", OWA spins forever
Sat, Mar 1 at 2:44 PM, Tomasz: 3 more calls. intune policy from last night?
Sat, Mar 1 at 3:01 PM, Tomasz: excluded the test group from the policy - no change. downdetector outlook spiking nationwide
Sat, Mar 1 at 3:20 PM, Denise: admin center: MO1020913 - users may be unable to access Outlook and other M365 features
Sat, Mar 1 at 3:52 PM, Tomasz: MS says they reverted the problematic code, telemetry recovering
Sat, Mar 1 at 4:30 PM, Denise: Harlan confirms send/receive ok, OWA ok
"""}],
    "expected": {
        "events": [["2025-03-01T20:30Z", ["Impact"]], ["2025-03-01T20:41Z", ["called", "First call"]],
                   ["2025-03-01T21:01Z", ["downdetector"]], ["2025-03-01T21:20Z", ["MO1020913"]],
                   ["2025-03-01T21:52Z", ["reverted"]], ["2025-03-01T22:30Z", ["confirms", "Impact"]]],
        "keyTimes": {
            "started": kt("2025-03-01T20:30Z", S, "Impact for the firm: about 2:30 → 4:30 pm CST", "comment 224023"),
            "detected": kt("2025-03-01T20:41Z", S, "J. Harlan's assistant called the desk line", "texts-hd0301.txt"),
            "resolved": kt("2025-03-01T22:30Z", S, "Impact for the firm: about 2:30 → 4:30 pm CST", "comment 224023")},
        "responders": [["Tomasz Wojcik", None], ["Denise Kowalczyk", None]],
        "narrative": nar(["problematic code change"], ["reverted"], ["HD-0301", "Harlan"],
                         "On 1 March 2025 a Microsoft 365 outage stopped Outlook mail at the firm from about 2:30 to 4:30 pm CST (3:30-5:30 ET)."),
    }})

# 4. PlayStation Network, 7-8 February 2025 - 24-hour outage, seen from a Montreal game studio's live-ops team ---------
I.append({
    "id": "psn-2025-02-liveops-studio", "name": "PlayStation Network outage 7-8 February 2025 (from about 6 PM ET Friday, restored about 24 hours later; Sony called it an operational issue), seen from a Montreal game studio's live-ops team",
    "issueId": "98803", "key": "LIVE-0207", "summary": "PS5/PS4 players cannot log in to Driftline - PS matchmaking empty",
    "reporter": "Gabrielle Tremblay", "assignee": "Yannick Ouellet", "labels": ["live-ops", "platform-psn"],
    "components": ["online-services", "community"], "created": "2025-02-07T23:30", "now": "2025-02-20T12:00:00Z",
    "defaultZone": "America/Toronto", "priority": "High",
    "description": """Connexions PS5/PS4 échouent: PlayStation players can't log in to Driftline, PS matchmaking queue is empty. Xbox and PC fine.

Depuis ~18h30? First guess: the auth-service deploy (build 2.14.3) from this afternoon broke the PSN token exchange. Rolling back. Heure de Montréal.""",
    "comments": [
        ("224030", "Yannick Ouellet", "2025-02-07T23:55", """Rollback didn't help. PSN is down globally (Downdetector, Sony silent so far). Slack pasted (slack-live0207.txt, Montreal time). Banner going into the PS launcher news feed."""),
        ("224031", "Gabrielle Tremblay", "2025-02-08T14:00", """Samedi matin: PSN still down. Double-XP weekend extended by 48 h for PlayStation players, community post out."""),
        ("224032", "Yannick Ouellet", "2025-02-09T01:10", """Sony on X: PlayStation Network "has been restored". Login works on my devkit."""),
        ("224033", "Gabrielle Tremblay", "2025-02-12T16:00", """Rétro (mercredi).
PS logins failed for our players from 6:00 PM ET Friday; Downdetector and our CCU curve agree.
The PagerDuty CCU alert four minutes later was our first signal. The ticket's "18h30" was wrong, and 2.14.3 was innocent.
Sony only called it an "operational issue" and gave PS Plus members five extra days.
When did PS players get back in? We can't say: the telemetry pipeline (Kafka disk full early Saturday) dropped login events until Monday, and Sony's "restored" post is their status post, not our end.
Actions: alert on the telemetry pipeline itself; platform-outage banner template."""),
    ],
    "changelog": [
        ("Yannick Ouellet", "2025-02-07T23:31", [("status", "Open", "In Progress")]),
        ("Yannick Ouellet", "2025-02-09T01:11", [("status", "In Progress", "Monitoring")]),
        ("Gabrielle Tremblay", "2025-02-12T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-live0207.txt", "zone": "America/Toronto", "referenceDate": "2025-02-07", "text": """
Yannick Ouellet  6:04 PM
PagerDuty: [Driftline] PS CCU dropped 62% in 5 min (platform=ps5,ps4) - incident #8812
Gabrielle Tremblay  6:09 PM
only PlayStation. rollback 2.14.3?
Yannick Ouellet  6:31 PM
rollback done, still WS-116420-4 / NP-34994-4 on login
Gabrielle Tremblay  6:52 PM
downdetector PSN is huge. it's Sony, not us
Gabrielle Tremblay  8:45 PM
AskPlayStation finally posted: difficulty launching games, apps or network features
"""}],
    "expected": {
        "events": [["2025-02-07T23:00Z", ["failed"]], ["2025-02-07T23:04Z", ["PagerDuty"]],
                   ["2025-02-07T23:31Z", ["rollback"]], ["2025-02-07T23:52Z", ["downdetector"]],
                   ["2025-02-08T01:45Z", ["AskPlayStation"]]],
        "keyTimes": {
            "started": kt("2025-02-07T23:00Z", S, "PS logins failed for our players from 6:00 PM ET Friday", "comment 224033"),
            "detected": kt("2025-02-07T23:04Z", S, "PagerDuty: [Driftline] PS CCU dropped 62% in 5 min", "slack-live0207.txt"),
            "resolved": kt(None, U)},
        "responders": [["Yannick Ouellet", None], ["Gabrielle Tremblay", None]],
        "narrative": nar(["operational issue"], ["restored"], ["LIVE-0207", "Driftline"],
                         "On 7 February 2025 a PlayStation Network outage kept the studio's PlayStation players out of the game from 6:00 PM ET; when they could log in again is not known."),
    }})

# 5. OpenAI API, 16 August 2024 - two waves after an ingress upgrade, seen from a Dublin support-software company -----
I.append({
    "id": "openai-2024-08-twowaves-helpdesk", "name": "OpenAI API and ChatGPT degradation 16 August 2024 (11:38 AM to 1:16 PM PT in two waves of 44 and 15 minutes; ingress upgrade, networking control plane regression), seen from a Dublin support-software company whose AI reply suggestions call the API",
    "issueId": "98804", "key": "AI-1608", "summary": "AI reply suggestions failing for all workspaces (upstream 5xx)",
    "reporter": "Ciara Byrne", "assignee": "Oisín Kelly", "labels": ["ai-suggest", "upstream"],
    "components": ["openai-proxy", "agent-ui"], "created": "2024-08-16T18:55", "now": "2024-08-30T12:00:00Z",
    "defaultZone": "Europe/Dublin", "priority": "High",
    "description": """AI reply suggestions failing for every workspace - agents get the "Suggestion unavailable" banner and type by hand. A few customers already on chat asking.

Since ~19:45. First guess: the prompt-template release v3.9 we shipped this evening. Rolling it back. Irish time.""",
    "comments": [
        ("224090", "Oisín Kelly", "2024-08-16T19:10", """Rollback of v3.9 changed nothing: api.openai.com is returning 503s, OpenAI's status page has an incident for ChatGPT and the API. Slack thread pasted (slack-ai1608.txt, Irish time)."""),
        ("224091", "Ciara Byrne", "2024-08-16T19:25", """Recovered, suggestions working. Closing as upstream."""),
        ("224092", "Ciara Byrne", "2024-08-16T20:05", """Reopening - errors are back, second wave."""),
        ("224093", "Oisín Kelly", "2024-08-16T21:00", """Quiet since the second wave cleared. Resolving again."""),
        ("224094", "Ciara Byrne", "2024-08-20T10:00", """Retro (Tuesday). OpenAI's write-up is pasted (openai-status-ai1608.txt, PT as they print it).
Their cause: a scheduled maintenance and an ingress upgrade introduced a networking control plane regression; services restarted and overwhelmed a backend persistence store with a heavy first-start query. They fixed the regression and removed the first-start query.
For our customers: AI suggestions failed 19:38 → 21:16 Irish time with a gap in the middle, i.e. their window.
Our Datadog monitor at 19:41 was the first signal. The recovery in Slack at 20:22 was the end of wave one only, and v3.9 (shipped 19:30) was not involved.
Action: fall back to canned snippets automatically when the proxy's 5xx rate crosses the monitor threshold."""),
    ],
    "changelog": [
        ("Oisín Kelly", "2024-08-16T18:56", [("status", "Open", "In Progress")]),
        ("Ciara Byrne", "2024-08-16T19:26", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Ciara Byrne", "2024-08-16T20:06", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Oisín Kelly", "2024-08-16T21:01", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "slack-ai1608.txt", "zone": "Europe/Dublin", "referenceDate": "2024-08-16", "text": """
Ciara Byrne  7:41 PM
:red_circle: Datadog monitor *openai-proxy 5xx rate > 15%* triggered (P1) - 5xx 63% over the last 3m
Oisín Kelly  7:44 PM
v3.9 went out at 7:30, rolling back
Oisín Kelly  8:03 PM
rolled back, errors the same. upstream returning 503 from api.openai.com
Ciara Byrne  8:22 PM
error rate back to baseline, suggestions working again 🎉
Ciara Byrne  9:01 PM
aaand it's back. 5xx climbing, second wave
Oisín Kelly  9:16 PM
clean again. not calling it yet
"""},
        {"file": "openai-status-ai1608.txt", "zone": "America/Los_Angeles", "referenceDate": "2024-08-16", "text": """
Elevated error rates for ChatGPT and Platform API
Investigating - We are currently experiencing elevated error rates for ChatGPT and the API.
Resolved - On August 16, 2024 from 11:38 AM to 1:16 PM PT, a significant issue impacted the reliability of the OpenAI primary API, resulting in degraded service for users.
The incident occurred in two waves, lasting 44 and 15 minutes respectively.
"""}],
    "expected": {
        "events": [["2024-08-16T18:30Z", ["v3.9"]], ["2024-08-16T18:38Z", ["failed", "11:38"]],
                   ["2024-08-16T18:41Z", ["Datadog"]], ["2024-08-16T19:03Z", ["rolled back"]],
                   ["2024-08-16T19:22Z", ["baseline", "wave one"]], ["2024-08-16T20:01Z", ["second wave"]],
                   ["2024-08-16T20:16Z", ["clean", "1:16"]]],
        "keyTimes": {
            "started": kt("2024-08-16T18:38Z", S, "AI suggestions failed 19:38 → 21:16 Irish time", "comment 224094"),
            "detected": kt("2024-08-16T18:41Z", S, "Datadog monitor *openai-proxy 5xx rate > 15%* triggered", "slack-ai1608.txt"),
            "resolved": kt("2024-08-16T20:16Z", S, "from 11:38 AM to 1:16 PM PT", "openai-status-ai1608.txt")},
        "responders": [["Ciara Byrne", None], ["Oisín Kelly", None]],
        "narrative": nar(["control plane regression"], ["first-start query"], ["AI-1608", "openai-proxy"],
                         "On 16 August 2024 an OpenAI API incident made the AI reply suggestions fail from 19:38 to 21:16 Irish time (11:38 AM-1:16 PM PT), in two waves."),
    }})

# 6. Verizon, 30 September 2024 - nationwide wireless outage, seen from an Indianapolis home-health agency ------------
I.append({
    "id": "verizon-2024-09-sos-homehealth", "name": "Verizon wireless outage 30 September 2024 (phones in SOS mode from about 9:30 a.m. ET; 'begun to be restored' 5:04 PM, 'fully restored' 7:18 PM ET), seen from an Indianapolis home-health agency's dispatch",
    "issueId": "98805", "key": "OPS-0930", "summary": "Field nurses' phones in SOS - no calls to dispatch, EVV check-ins failing",
    "reporter": "LaToya Briggs", "assignee": "Kevin Osei", "labels": ["field-ops", "telecom"],
    "components": ["dispatch", "mobile-devices"], "created": "2024-09-30T14:05", "now": "2024-10-15T12:00:00Z",
    "defaultZone": "America/Indiana/Indianapolis",
    "description": """Field nurses' company phones show SOS: they can't call dispatch, can't text patients about arrival times, and EVV (electronic visit verification) check-ins are failing, so visits aren't being recorded.

Since about 9 this morning. First guess: the MDM carrier profile pushed to the company iPhones last night broke the APN. Times Eastern.""",
    "comments": [
        ("224040", "Kevin Osei", "2024-09-30T14:30", """Not the MDM profile: the AT&T test phone is fine with the same profile, every Verizon line is in SOS. It's a Verizon outage (Downdetector, FCC says it is looking into it). Nurses told to use patient landlines and paper visit notes. Dispatch call log export pasted (calllog-ops0930.txt, Eastern)."""),
        ("224041", "LaToya Briggs", "2024-09-30T23:40", """Evening: most nurses say they have bars again. Two still in SOS after a restart."""),
        ("224042", "Kevin Osei", "2024-10-01T13:00", """Tuesday morning: all phones working after restarts. Resolving."""),
        ("224043", "LaToya Briggs", "2024-10-04T15:00", """Review (Friday).
EVV log: last good check-in from a Verizon phone 9:29 AM, first failure 9:30 AM Monday. That is where our impact starts, and it matches Downdetector's 9:30 a.m. ET.
First report reached us at 9:41 (Alvarez, from a patient's landline). The ticket's "about 9" was a guess.
When service came back for our nurses we cannot say: EVV check-ins stopped for the day at the 5 PM shift end, the 5:04 and 7:18 PM posts are Verizon's, and two phones only worked Tuesday after a restart.
Verizon gave no public cause beyond a software issue.
Actions: second carrier on the on-call nurses' phones; paper EVV fallback in the onboarding pack."""),
    ],
    "changelog": [
        ("Kevin Osei", "2024-09-30T14:06", [("status", "Open", "In Progress")]),
        ("LaToya Briggs", "2024-09-30T23:41", [("status", "In Progress", "Monitoring")]),
        ("Kevin Osei", "2024-10-01T13:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "calllog-ops0930.txt", "zone": "America/Indiana/Indianapolis", "referenceDate": "2024-09-30", "text": """
date,time,entered_by,type,note
09/30/2024,9:41 AM,LBriggs,INBOUND CALL,Nurse R. Alvarez called from a patient's landline - her work phone says SOS
09/30/2024,9:50 AM,LBriggs,INBOUND CALL,4 more nurses all Verizon lines; EVV app spinning on check-in
09/30/2024,10:20 AM,KOsei,IT NOTE,MDM profile rollback pushed (phones without signal can't receive it)
09/30/2024,11:48 AM,KOsei,IT NOTE,Verizon on X: aware of an issue impacting service for some customers
09/30/2024,5:04 PM,KOsei,IT NOTE,Verizon: service has begun to be restored
09/30/2024,7:18 PM,KOsei,IT NOTE,Verizon: engineers have fully restored today's network disruption
"""}],
    "expected": {
        "events": [["2024-09-30T13:30Z", ["first failure"]], ["2024-09-30T13:41Z", ["SOS", "First report"]],
                   ["2024-09-30T14:20Z", ["MDM profile rollback"]], ["2024-09-30T15:48Z", ["aware"]],
                   ["2024-09-30T21:04Z", ["begun to be restored"]], ["2024-09-30T23:18Z", ["fully restored"]]],
        "keyTimes": {
            "started": kt("2024-09-30T13:30Z", S, "first failure 9:30 AM Monday", "comment 224043"),
            "detected": kt("2024-09-30T13:41Z", S, "Nurse R. Alvarez called from a patient's landline - her work phone says SOS", "calllog-ops0930.txt"),
            "resolved": kt(None, U)},
        "responders": [["LaToya Briggs", None], ["Kevin Osei", None]],
        "narrative": nar(["software issue"], ["restart"], ["OPS-0930", "EVV"],
                         "On 30 September 2024 a Verizon wireless outage cut the agency's field nurses off from dispatch and visit verification from 9:30 a.m. ET; when service came back for them is not known."),
    }})

# 7. Kenya, 25 August 2023 - nationwide blackout, seen from Nairobi airport's terminal operations ---------------------
I.append({
    "id": "kenya-2023-08-jkia-t1a-dutylog", "name": "Kenya nationwide blackout 25 August 2023 (system disturbance at 9:45 PM EAT; the generator for JKIA's T1A and parking silo failed to start; grid back at the airport around 3am), seen from the airport's terminal operations",
    "issueId": "98806", "key": "TOC-2508", "summary": "T1A + parking silo dark - check-in, screening and belts stopped",
    "reporter": "Wanjiru Kamau", "assignee": "Brian Otieno", "labels": ["terminal", "power", "major"],
    "components": ["terminal-ops", "engineering"], "created": "2023-08-25T19:05", "now": "2023-09-10T12:00:00Z",
    "defaultZone": "Africa/Nairobi",
    "description": """Terminal 1A and the parking silo are dark: check-in, security screening and baggage belts stopped, passengers stuck in the hall with phone torches. Generator G3 (T1A/silo) has not picked up the load; G1 and G2 are running.

Began approx 21:50. First thought: the 11kV feeder works KPLC announced for this week hit our incomer early. EAT.""",
    "comments": [
        ("224050", "Brian Otieno", "2023-08-25T19:30", """Not the planned feeder work: KPLC says a system disturbance, nationwide loss of bulk supply. G3 fuel fine, starter/ATS fault suspected. Duty log extract pasted (dutylog-toc2508.txt)."""),
        ("224051", "Wanjiru Kamau", "2023-08-25T22:30", """T1A lit again on G3, check-in reopening, queues long. Grid still off."""),
        ("224052", "Brian Otieno", "2023-08-26T00:10", """Kenya Power: electricity back at the airport and other critical areas (around 3am). Changing T1A back to mains at the next quiet window."""),
        ("224053", "Wanjiru Kamau", "2023-08-29T08:00", """Review.
Nationwide blackout on Friday 25 Aug at 21:45 (Kenya Power's time, our BMS agrees).
T1A and the silo were dark for two hours 35 minutes from the mains failure at 21:45 until engineering got G3 running on manual start.
The BMS alarm was the first we knew, same minute; the 21:50 in the ticket was a guess.
Mains came back around 3am, which is not our end. KAA statement: one of the generators serving T1A & Parking Silo failed to start.
Cause of the blackout per Kenya Power: initial findings point to a fault at one of the generation plants.
Actions: replace G3's ATS, monthly on-load test for G3, torches and megaphones in the T1A supervisor cabinet."""),
    ],
    "changelog": [
        ("Brian Otieno", "2023-08-25T19:06", [("status", "Open", "In Progress")]),
        ("Wanjiru Kamau", "2023-08-25T22:31", [("status", "In Progress", "Monitoring")]),
        ("Wanjiru Kamau", "2023-08-29T08:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dutylog-toc2508.txt", "zone": "Africa/Nairobi", "referenceDate": "2023-08-25", "text": """
TOC DUTY LOG - JKIA - Fri 25/08/2023 (EAT)
21:45  BMS: mains fail all incomers. G1 G2 run. G3 (T1A/silo) FAIL TO START
21:46  T1A supervisor on radio: T1A dark, belts + screening stopped
21:52  engineering dispatched to G3 plant room
22:10  KPLC statement: system disturbance, loss of bulk power supply to various parts of the country
23:15  CS Transport on X apologising for the airport in darkness
"""}],
    "expected": {
        "events": [["2023-08-25T18:45Z", ["mains fail", "blackout"]], ["2023-08-25T18:46Z", ["T1A dark"]],
                   ["2023-08-25T18:52Z", ["engineering"]], ["2023-08-25T19:10Z", ["KPLC statement"]],
                   ["2023-08-25T20:15Z", ["apologising"]]],
        "keyTimes": {
            "started": kt("2023-08-25T18:45Z", S, "Nationwide blackout on Friday 25 Aug at 21:45", "comment 224053"),
            "detected": kt("2023-08-25T18:45Z", S, "BMS: mains fail all incomers. G1 G2 run. G3 (T1A/silo) FAIL TO START", "dutylog-toc2508.txt"),
            "resolved": kt("2023-08-25T21:20Z", I_, "dark for two hours 35 minutes from the mains failure at 21:45", "comment 224053")},
        "responders": [["Wanjiru Kamau", None], ["Brian Otieno", None]],
        "narrative": nar(["generation plants"], ["manual start"], ["TOC-2508", "G3"],
                         "On 25 August 2023 Kenya's nationwide blackout left the airport's Terminal 1A and parking silo dark from 21:45 EAT for two hours 35 minutes, because their generator failed to start."),
    }})

# 8. Java blackout, 4 August 2019 - seen from the Jakarta MRT's operations control centre ------------------------------
I.append({
    "id": "java-2019-08-mrt-occlog", "name": "Java-Bali blackout 4 August 2019 (began 11:50 WIB after the Ungaran-Pemalang 500 kV transmission failed; MRT Jakarta evacuated four trains), seen from the MRT's operations control centre",
    "issueId": "98807", "key": "OCC-0408", "summary": "Traction power lost whole line - 4 trains stopped, evacuation",
    "reporter": "Dimas Prasetyo", "assignee": "Sari Wulandari", "labels": ["traction-power", "evakuasi"],
    "components": ["occ", "power-scada"], "created": "2019-08-04T05:20", "now": "2019-08-20T12:00:00Z",
    "defaultZone": "Asia/Jakarta",
    "description": """Traction power lost on the whole line, 4 trains stopped between stations, evacuation in progress. Stations on backup (lights, ventilation only).

Sejak sekitar jam 12 siang. First guess: fault at our own receiving substation / the PLN 20kV feeder at Lebak Bulus depot. WIB.""",
    "comments": [
        ("224060", "Sari Wulandari", "2019-08-04T06:10", """Bukan gardu kita (not our substation). PLN: blackout across Jakarta, Banten and West Java; they say gas turbines at Suralaya. OCC log extract pasted (occ-log-0408.txt)."""),
        ("224061", "Dimas Prasetyo", "2019-08-04T12:30", """Line stays closed tonight. Stations on backup, staff sent home in shifts."""),
        ("224062", "Sari Wulandari", "2019-08-05T03:00", """Senin: PLN corrected the cause: a disturbance on the Ungaran-Pemalang 500 kV transmission, so the east-to-west power transfer failed."""),
        ("224063", "Dimas Prasetyo", "2019-08-09T04:00", """Ringkasan / summary.
Traction power lost 11:50 WIB Sunday; the SCADA alarm the same minute was our detection.
Four trains evacuated (Bendungan Hilir-Istora both ways, Lebak Bulus-Fatmawati both ways), no injuries. Reuters wrote "just before noon".
When trains could have run again nobody recorded: the OCC log stops at the 19:10 handover and the night shift did not note when supply came back to the RSS.
Actions: a "supply restored" line in the log template; ask PLN for a priority feeder; backup power for at least one train per direction."""),
    ],
    "changelog": [
        ("Sari Wulandari", "2019-08-04T05:21", [("status", "Open", "In Progress")]),
        ("Dimas Prasetyo", "2019-08-05T03:05", [("status", "In Progress", "Monitoring")]),
        ("Dimas Prasetyo", "2019-08-09T04:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "occ-log-0408.txt", "zone": "Asia/Jakarta", "referenceDate": "2019-08-04", "text": """
OCC LOG MRT NORTH-SOUTH LINE 04/08/2019 WIB
11:50  SCADA: loss of 20kV supply all RSS, traction off whole line. 4 trains stopped between stations
11:53  station backup power on (lighting, ventilation). trains: no
11:58  evacuation ordered: BHI-IST, IST-BHI, LBB-FTM, FTM-LBB
12:40  all passengers off trains, walked to stations
13:05  PLN: gangguan PLTGU Suralaya / Cilegon
17:30  PLN: recovery Banten + Jawa Barat needs 6 hours
19:10  shift handover
"""}],
    "expected": {
        "events": [["2019-08-04T04:50Z", ["loss of 20kV", "Traction power lost"]], ["2019-08-04T04:53Z", ["backup power"]],
                   ["2019-08-04T04:58Z", ["evacuation"]], ["2019-08-04T05:40Z", ["passengers off"]],
                   ["2019-08-04T06:05Z", ["PLN"]], ["2019-08-04T10:30Z", ["6 hours"]]],
        "keyTimes": {
            "started": kt("2019-08-04T04:50Z", S, "Traction power lost 11:50 WIB Sunday", "comment 224063"),
            "detected": kt("2019-08-04T04:50Z", S, "SCADA: loss of 20kV supply all RSS", "occ-log-0408.txt"),
            "resolved": kt(None, U)},
        "responders": [["Dimas Prasetyo", None], ["Sari Wulandari", None]],
        "narrative": nar(["Ungaran"], ["priority feeder"], ["OCC-0408", "RSS"],
                         "On 4 August 2019 the Java blackout cut the MRT's traction power at 11:50 WIB and four trains were evacuated; the line stayed closed and when it could have run again was not recorded."),
    }})

# 9. Turkey, 31 March 2015 - nationwide blackout, seen from an Istanbul hospital's IT department ----------------------
I.append({
    "id": "turkey-2015-03-hospital-his", "name": "Turkey nationwide blackout 31 March 2015 (power cut at 10:36 local in more than 40 provinces; transmission-line problem), seen from an Istanbul hospital's IT department whose hospital information system went down",
    "issueId": "98808", "key": "BIM-3103", "summary": "HBYS erişilemiyor - clinics, lab and ER triage screens down (grid outage)",
    "reporter": "Elif Yıldırım", "assignee": "Murat Aksoy", "labels": ["hbys", "elektrik"],
    "components": ["bilgi-islem", "altyapi"], "created": "2015-03-31T07:55", "now": "2015-04-20T12:00:00Z",
    "defaultZone": "Europe/Istanbul",
    "description": """HBYS (hospital information system) erişilemiyor: polyclinics, lab results and ER triage screens all down. Şebeke elektriği kesik, jeneratör çalışıyor.

Since ~10:45. İlk şüphe / first suspicion: siber saldırı? Firewall logs being checked.""",
    "comments": [
        ("224070", "Murat Aksoy", "2015-03-31T08:20", """Saldırı değil (no attack). Türkiye geneli elektrik kesintisi, 40+ il. The floor switches have no UPS; the generator is up but the IT panel's ATS did not transfer, so the server room runs on UPS alone. WhatsApp grubu pasted (whatsapp-bim3103.txt)."""),
        ("224071", "Elif Yıldırım", "2015-03-31T10:30", """HBYS çalışıyor, lab queue being re-entered from paper forms."""),
        ("224072", "Murat Aksoy", "2015-03-31T13:45", """Şebeke geri geldi (grid back), moved from generator to mains without a glitch."""),
        ("224073", "Elif Yıldırım", "2015-04-06T07:00", """Değerlendirme / review.
The grid failed at 10:36 (Energy Minister Yıldız: a problem with transmission lines).
HIS outage for clinicians 10:36 → 12:58 local; it ended when the IT panel was transferred to the generator by hand.
First notice: the ER charge nurse's message at 10:39. The ticket's 10:45 was a guess, and the cyber-attack idea was the minister's open question, not evidence.
Grid return in the afternoon is not our end.
Actions: ATS maintenance contract, UPS for the floor switches, paper triage kit in the ER."""),
    ],
    "changelog": [
        ("Murat Aksoy", "2015-03-31T07:56", [("status", "Open", "In Progress")]),
        ("Murat Aksoy", "2015-03-31T13:46", [("status", "In Progress", "Monitoring")]),
        ("Elif Yıldırım", "2015-04-06T07:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-bim3103.txt", "zone": "Europe/Istanbul", "referenceDate": "2015-03-31", "text": """
31.03.2015 10:39 - Acil Sorumlu Hemşire: HBYS açılmıyor, triaj ekranı donmuş!!
31.03.2015 10:41 - Murat Aksoy: sunucu odası UPS'te, jeneratör devrede ama ATS sunucu odasını almadı
31.03.2015 10:58 - Elif Yıldırım: firewall temiz, saldırı izi yok
31.03.2015 11:20 - Murat Aksoy: UPS %18, çekirdek switch kapanacak
31.03.2015 12:58 - Murat Aksoy: ATS manuel aktarıldı, sunucular ayakta, HBYS açık
"""}],
    "expected": {
        "events": [["2015-03-31T07:36Z", ["grid failed", "HIS outage"]], ["2015-03-31T07:39Z", ["HBYS açılmıyor", "ER charge nurse"]],
                   ["2015-03-31T07:41Z", ["ATS"]], ["2015-03-31T07:58Z", ["firewall"]],
                   ["2015-03-31T08:20Z", ["UPS %18"]], ["2015-03-31T09:58Z", ["HBYS açık", "HIS outage"]]],
        "keyTimes": {
            "started": kt("2015-03-31T07:36Z", S, "HIS outage for clinicians 10:36 → 12:58 local", "comment 224073"),
            "detected": kt("2015-03-31T07:39Z", S, "HBYS açılmıyor, triaj ekranı donmuş", "whatsapp-bim3103.txt"),
            "resolved": kt("2015-03-31T09:58Z", S, "HIS outage for clinicians 10:36 → 12:58 local", "comment 224073")},
        "responders": [["Elif Yıldırım", None], ["Murat Aksoy", None]],
        "narrative": nar(["transmission lines"], ["by hand"], ["BIM-3103", "HBYS"],
                         "On 31 March 2015 Turkey's nationwide blackout took the hospital information system away from clinicians from 10:36 to 12:58 local time."),
    }})

# 10. Venezuela, 7 March 2019 - Guri blackout, seen from a Caracas bank's electronic payments team --------------------
I.append({
    "id": "venezuela-2019-03-bank-nagios", "name": "Venezuela national blackout 7 March 2019 (began 4:56 pm VET at the Guri hydroelectric complex; lasted days in much of the country), seen from a Caracas bank's electronic-payments operations",
    "issueId": "98809", "key": "PAG-0703", "summary": "Pagos electrónicos caídos: banca en línea, pago móvil y POS sin respuesta",
    "reporter": "Andreína Rojas", "assignee": "Luis Carrillo", "labels": ["pagos", "critico"],
    "components": ["canales-electronicos", "redes"], "created": "2019-03-07T21:20", "now": "2019-03-30T12:00:00Z",
    "defaultZone": "America/Caracas",
    "description": """Banca en línea, pago móvil y POS sin respuesta. Comercios llamando, call center saturado.

Desde ~las 5. Primera idea: corte de fibra del enlace CANTV en La Urbina (otra vez, como en enero). Hora de Caracas.""",
    "comments": [
        ("224080", "Luis Carrillo", "2019-03-07T21:45", """No es la fibra: apagón nacional (Guri). El DC está en planta, pero CANTV está caído en todo Caracas. Extracto de Nagios pegado (nagios-pag0703.txt, hora de Caracas)."""),
        ("224081", "Andreína Rojas", "2019-03-08T02:30", """Maduro en cadena: "sabotaje" en Guri. Metro cerrado. Seguimos sin WAN; diésel de planta para ~40 h."""),
        ("224082", "Luis Carrillo", "2019-03-08T16:10", """Satellite backup link up, online banking and pago móvil answering again. Monitoring; most merchants still have no power, so POS volume is near zero."""),
        ("224083", "Andreína Rojas", "2019-03-15T14:00", """Cerrando. Power back in most of Caracas only around the 14th; POS volume normal again."""),
        ("224084", "Luis Carrillo", "2019-03-20T13:00", """Resumen post-incidente.
Apagón nacional el jueves 7/3, Guri.
Nuestros servicios electrónicos caídos desde las 4:56 pm del jueves hasta las 11:40 am del viernes 8 (cuando entró el enlace satelital).
Primera alerta: el SMS de Nagios a las 4:57 pm. The POS auth-rate alert came 44 minutes after that and was not the first signal.
Grid and CANTV were back days later, and POS volume stayed low while merchants had no power: that is not our outage.
Acciones: enlace satelital en caliente, diésel para 96 h, contrato con un segundo proveedor de fibra."""),
    ],
    "changelog": [
        ("Luis Carrillo", "2019-03-07T21:21", [("status", "Open", "In Progress")]),
        ("Luis Carrillo", "2019-03-08T16:11", [("status", "In Progress", "Monitoring")]),
        ("Andreína Rojas", "2019-03-15T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "nagios-pag0703.txt", "zone": "America/Caracas", "referenceDate": "2019-03-07", "text": """
[2019-03-07 16:56:40] HOST ALERT: dc-lu-utility;DOWN;HARD;1;mains feed lost (UPS on battery)
[2019-03-07 16:57:05] SERVICE ALERT: core-rtr-lu;WAN-CANTV-01;CRITICAL;HARD;1;PING CRITICAL - Packet loss = 100%
[2019-03-07 16:57:31] SERVICE NOTIFICATION: guardia-redes;core-rtr-lu;WAN-CANTV-01;CRITICAL;notify-by-sms
[2019-03-07 16:58:02] HOST ALERT: dc-lu-gen1;UP;HARD;1;generator online, load transferred
[2019-03-07 17:41:19] SERVICE ALERT: pos-switch;AUTH-RATE;CRITICAL;HARD;1;auth/min 0 (threshold 500)
"""}],
    "expected": {
        "events": [["2019-03-07T20:56Z", ["mains feed lost", "caídos"]], ["2019-03-07T20:57Z", ["notify-by-sms", "SMS"]],
                   ["2019-03-07T20:58Z", ["generator online"]], ["2019-03-07T21:41Z", ["AUTH-RATE"]],
                   ["2019-03-08T15:40Z", ["satelital"]]],
        "keyTimes": {
            "started": kt("2019-03-07T20:56Z", S, "caídos desde las 4:56 pm del jueves", "comment 224084"),
            "detected": kt("2019-03-07T20:57Z", S, "SERVICE NOTIFICATION: guardia-redes;core-rtr-lu;WAN-CANTV-01;CRITICAL;notify-by-sms", "nagios-pag0703.txt"),
            "resolved": kt("2019-03-08T15:40Z", S, "hasta las 11:40 am del viernes 8", "comment 224084")},
        "responders": [["Luis Carrillo", None], ["Andreína Rojas", None]],
        "narrative": nar(["Guri"], ["enlace satelital"], ["PAG-0703", "pago móvil"],
                         "On 7 March 2019 Venezuela's national blackout took the bank's online banking, pago móvil and POS services down from 4:56 pm until 11:40 am the next day, when a satellite link came in."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

"""Held-out 53 incidents (issue 15, key times and timeline): compact specs. Ten public incidents, each seen from a small
invented customer whose responders write in one language/variety: sixteenmm's downtime of 2 March 2020 from a Brisbane
film club (Australian English); Clever Cloud's Paris network outage of 10 June 2020 from an Edinburgh comedy club
(Scottish English); Scalingo's datacentre power loss of 24 January 2019 from a Johannesburg bakery franchise (South
African English); Network Optix's Cloud DB disruption of 30 March 2026 from a Manila CCTV integrator (Philippine
English / Taglish); Scaleway's FR-PAR Kapsule API incident of 24 January 2024 from a Montreal delivery start-up
(Quebec French); Clever Cloud's reverse-proxy 503s of 8 June 2022 from a Madrid language school (Spanish); Scaleway's
fr-par-1 Load Balancer incident of 7 April 2021 from a Stockholm e-bike rental (Swedish); Recorded Future's Sandbox
outage of 1 July 2025 from a Copenhagen SOC (Danish); Adobe AEM's RUM-script delivery incident of 15 March 2025 from a
Ho Chi Minh City agency (Vietnamese); Fasterize's static-file 503s of 22 May 2020 from an Istanbul web shop (Turkish).
Timeline facts from public statements (SOURCES-heldout53.md); people, companies, ticket keys, chat wording, wrong first
guesses and every customer-side minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2020-03-02 16:48' in zone -> '2020-03-02T06:48' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    return c(local, zone) + "Z"


BNE, LON, JNB, MNL, LAX = "Australia/Brisbane", "Europe/London", "Africa/Johannesburg", "Asia/Manila", "America/Los_Angeles"
YUL, PAR, MAD, STO, CPH = "America/Toronto", "Europe/Paris", "Europe/Madrid", "Europe/Stockholm", "Europe/Copenhagen"
SGN, IST, Z = "Asia/Ho_Chi_Minh", "Europe/Istanbul", "UTC"


def chg(a, t1, b, t2, mid="In Progress"):
    return [(a, t1, [("status", "Open", mid)]), (b, t2, [("status", mid, "Resolved"), ("resolution", None, "Done")])]


I = []

# 0. sixteenmm, 2 March 2020 - streaming down 4:29PM-7:27PM AEST, seen from a Brisbane film club ---------------------
I.append({
    "id": "sixteenmm-2020-03-datahost-brisbane-filmclub",
    "name": "sixteenmm downtime 2 March 2020 (AEST: started 4:29PM, ended 7:27PM; the data host's upgrade made all data access fail with Unauthorized / Server Fault errors), seen from a Brisbane film club that streams its members' matinees from sixteenmm",
    "issueId": "98110", "key": "FLM-0302", "summary": "Matinee stream won't load for members",
    "reporter": "Bronwyn Kealy", "assignee": "Darcy Pham", "labels": ["streaming", "members"],
    "components": ["screenings"], "created": c("2020-03-02 16:48", BNE), "now": "2020-03-12T00:00:00Z",
    "defaultZone": BNE, "priority": "High",
    "description": """Members can't get the Monday matinee to play through sixteenmm - "Unauthorized" or "Server Fault". Been like this since about half four?

Darcy reckons it's the NBN at the hall, he's checking.""",
    "comments": [
        ("234000", "Darcy Pham", c("2020-03-02 17:12", BNE), """Not the NBN, every other site loads fine from the hall. It's sixteenmm itself. Committee chat pasted as messenger-flm0302.txt (Brisbane time)."""),
        ("234001", "Darcy Pham", c("2020-03-05 10:15", BNE), """sixteenmm put up a downtime postmortem on their blog, summary copied into sixteenmm-postmortem-0302.txt. Their times are AEST, same as ours (no daylight saving up here)."""),
        ("234002", "Bronwyn Kealy", c("2020-03-06 09:30", BNE), """Recap for the committee (Fri 6 Mar), Brisbane time:
Outage for members 4:29 pm to 7:27 pm on Monday 2 March, going by sixteenmm's own figures.
First we heard: my message in the chat at 4:41 pm, from members ringing me. The "half four" in the ticket was a guess.
The NBN theory at 4:50 was wrong - the fault was sixteenmm's data host after an upgrade on their side.
The 7pm screening was postponed to Thursday. Action: keep a DVD of the next matinee at the hall as a fallback."""),
    ],
    "changelog": chg("Darcy Pham", c("2020-03-02 16:52", BNE), "Bronwyn Kealy", c("2020-03-06 09:35", BNE)),
    "pastes": [{"file": "messenger-flm0302.txt", "zone": BNE, "referenceDate": "2020-03-02", "text": """
Film Club committee chat - Mon 2 Mar
[4:41 pm] Bronwyn Kealy: members saying the Monday matinee stream won't load, getting "Unauthorized" on sixteenmm
[4:50 pm] Darcy Pham: reckon it's the NBN at the hall again, it dropped out Friday too
[5:05 pm] Darcy Pham: nah NBN's fine, other sites load. sixteenmm itself is throwing "Server Fault"
[5:20 pm] Bronwyn Kealy: emailed sixteenmm support
[5:35 pm] Darcy Pham: they wrote back - their data host is broken after an upgrade, they're onto it
[6:30 pm] Bronwyn Kealy: postponing the 7pm screening, posting on the Facebook page now
[7:40 pm] Darcy Pham: films play again, tested three titles
"""}, {"file": "sixteenmm-postmortem-0302.txt", "zone": BNE, "referenceDate": "2020-03-02", "text": """
sixteenmm - "Downtime Postmortem" (blog, 5 March 2020), summary by Darcy
Downtime on 2 March 2020: began 4:29PM AEST, finished 7:27PM AEST.
Cause: their data host had problems after upgrading part of its stack; every data access returned Unauthorized or Server Fault.
They contacted the host quickly, the host was already working on a fix, the fix took a while to roll out.
"""}],
    "expected": {
        "events": [[u("2020-03-02 16:29", BNE), ["began", "Outage for members"]],
                   [u("2020-03-02 16:41", BNE), ["matinee", "first we heard"]],
                   [u("2020-03-02 16:50", BNE), ["NBN"]],
                   [u("2020-03-02 17:05", BNE), ["Server Fault"]],
                   [u("2020-03-02 17:20", BNE), ["emailed"]],
                   [u("2020-03-02 17:35", BNE), ["data host"]],
                   [u("2020-03-02 18:30", BNE), ["postponing"]],
                   [u("2020-03-02 19:27", BNE), ["finished", "Outage for members"]],
                   [u("2020-03-02 19:40", BNE), ["films play"]]],
        "keyTimes": {
            "started": kt(u("2020-03-02 16:29", BNE), S, "began 4:29PM AEST", "sixteenmm-postmortem-0302.txt"),
            "detected": kt(u("2020-03-02 16:41", BNE), S, "members saying the Monday matinee stream won't load", "messenger-flm0302.txt"),
            "resolved": kt(u("2020-03-02 19:27", BNE), S, "Outage for members 4:29 pm to 7:27 pm", "comment 234002")},
        "responders": [["Bronwyn Kealy", None], ["Darcy Pham", None]],
        "narrative": nar(["data host"], ["films play again"], ["FLM-0302"],
                         "On 2 March 2020 from 4:29 to 7:27 pm Brisbane time club members could not stream films because sixteenmm's data host failed after an upgrade.",
                         badly=["NBN"]),
    }})

# 1. Clever Cloud, 10 June 2020 - Paris network outage, seen from an Edinburgh comedy club's ticketing app --------------
I.append({
    "id": "clevercloud-2020-06-network-edinburgh-comedy",
    "name": "Clever Cloud Paris network outage 10 June 2020 (UTC: link lost between the two Paris datacentres at 15:04 for about 1 min 20 s; 15:22 deployments disabled; 15:27 deployments available, crashed apps redeployed just before; 15:56 stabilised; 16:05 provider explanation), seen from an Edinburgh comedy club whose ticketing app crashed when it lost its database add-on",
    "issueId": "98111", "key": "EDI-0610", "summary": "Box office site 502",
    "reporter": "Fraser Dunlop", "assignee": "Fraser Dunlop", "labels": ["tickets", "website"],
    "components": ["box-office"], "created": c("2020-06-10 16:09", LON), "now": "2020-06-20T12:00:00Z",
    "defaultZone": LON, "priority": "Highest",
    "description": """Box office page giving a 502. uptime-bot paged. Probably this morning's release, rolling back.""",
    "comments": [
        ("234010", "Fraser Dunlop", c("2020-06-10 16:35", LON), """Wisnae the release - rollback changed nothing. The app crashed when it lost its postgres add-on during Clever Cloud's Paris network blip and only came back when their auto-redeploy ran. Slack pasted as slack-edi0610.txt (UK time)."""),
        ("234011", "Isla Moncrieff", c("2020-06-11 09:20", LON), """Copied Clever Cloud's status entry into clever-status-0610.txt - mind, their times are UTC, an hour behind us."""),
        ("234012", "Isla Moncrieff", c("2020-06-12 14:00", LON), """Recap (Fri 12 June), UK time (BST):
Down for punters from 16:04 to 16:26 - Clever's network outage at 15:04 UTC, then our app sat crashed until the redeploy.
First we knew: the uptime-bot DOWN page at 16:06.
The 16:05 in Clever's post is UTC (17:05 here) and is just their explanation from the network provider, no the fix.
Actions: reconnect to the database add-on with retries instead of crashing; second person on the uptime-bot rota."""),
    ],
    "changelog": chg("Fraser Dunlop", c("2020-06-10 16:10", LON), "Isla Moncrieff", c("2020-06-12 14:05", LON)),
    "pastes": [{"file": "slack-edi0610.txt", "zone": LON, "referenceDate": "2020-06-10", "text": """
#boxoffice  Wed 10 June
[16:06] uptime-bot: DOWN tickets.stanesclub.scot - HTTP 502 (checked from London)
[16:08] Fraser Dunlop: aye I see it, box office page is a 502
[16:10] Fraser Dunlop: probably my release from this morning, rolling it back
[16:17] Fraser Dunlop: rollback done, still 502. app logs say it lost the postgres add-on and crashed
[16:22] Isla Moncrieff: Clever Cloud status has a Paris network outage up
[16:26] uptime-bot: UP tickets.stanesclub.scot - HTTP 200
[16:31] Isla Moncrieff: sold a test ticket, all grand
"""}, {"file": "clever-status-0610.txt", "zone": Z, "referenceDate": "2020-06-10", "text": """
Clever Cloud status - Paris zone: Network outage (summary by Isla, times UTC)
Network outage between the two Paris datacentres for about 1 minute 20 seconds; incident time corrected from 15:06 UTC to 15:04 UTC.
15:22 UTC: still checking what was impacted, deployments disabled while recovering.
15:27 UTC: deployments available again.
15:56 UTC: platform stabilised.
16:05 UTC: network provider explanation - one link between the datacentres was lost and the backup link did not switch.
Apps that crashed because they could not reach an add-on were redeployed automatically once deployments were back, a bit before 15:27 UTC.
"""}],
    "expected": {
        "events": [[u("2020-06-10 16:04", LON), ["network outage", "Down for punters"]],
                   [u("2020-06-10 16:06", LON), ["DOWN"]],
                   [u("2020-06-10 16:10", LON), ["rolling it back"]],
                   [u("2020-06-10 16:17", LON), ["postgres"]],
                   [u("2020-06-10 16:22", LON), ["deployments disabled", "Paris network outage"]],
                   [u("2020-06-10 16:26", LON), ["UP tickets", "Down for punters"]],
                   [u("2020-06-10 16:27", LON), ["deployments available"]],
                   [u("2020-06-10 16:31", LON), ["test ticket"]],
                   [u("2020-06-10 16:56", LON), ["stabilised"]],
                   [u("2020-06-10 17:05", LON), ["provider explanation"]]],
        "keyTimes": {
            "started": kt(u("2020-06-10 16:04", LON), S, "Down for punters from 16:04 to 16:26", "comment 234012"),
            "detected": kt(u("2020-06-10 16:06", LON), S, "DOWN tickets.stanesclub.scot", "slack-edi0610.txt"),
            "resolved": kt(u("2020-06-10 16:26", LON), S, "Down for punters from 16:04 to 16:26", "comment 234012")},
        "responders": [["Fraser Dunlop", None], ["Isla Moncrieff", None]],
        "narrative": nar(["backup link did not switch"], ["redeployed automatically"], ["EDI-0610"],
                         "On 10 June 2020 from 16:04 to 16:26 UK time the comedy club's box office site returned 502 after Clever Cloud's Paris network outage crashed the app.",
                         badly=["release"]),
    }})

# 2. Scalingo, 24 January 2019 - datacentre power loss, seen from a Johannesburg bakery franchise's order portal -------
I.append({
    "id": "scalingo-2019-01-power-johannesburg-bakery",
    "name": "Scalingo osc-fr1 electrical shutdown 24 January 2019 (UTC: 12:56 first alerts, everything unreachable; 13:10 provider on it; 13:25 first feedback blamed a BGP router; 14:30 electricity and network back; 15:13 internal services up, databases restoring; 15:45 95% of databases up; 18:40 all apps and databases restarted), seen from a Johannesburg bakery franchise whose store order portal runs on Scalingo",
    "issueId": "98112", "key": "BAK-0124", "summary": "Store order portal not opening",
    "reporter": "Thandi Mokoena", "assignee": "Pieter van Wyk", "labels": ["orders", "stores"],
    "components": ["order-portal"], "created": c("2019-01-24 15:08", JNB), "now": "2019-02-04T08:00:00Z",
    "defaultZone": JNB, "priority": "Highest",
    "description": """Stores can't open the order portal, Rosebank phoned first. Pieter thinks load-shedding at the office.""",
    "comments": [
        ("234020", "Pieter van Wyk", c("2019-01-24 15:30", JNB), """Not load-shedding - Scalingo (our host) is completely unreachable, their own site as well. WhatsApp group pasted as whatsapp-bak0124.txt (SAST)."""),
        ("234021", "Pieter van Wyk", c("2019-01-28 11:00", JNB), """Scalingo published an incident report, timeline copied into scalingo-report-0124.txt. Times in there are UTC, add two hours for us."""),
        ("234022", "Thandi Mokoena", c("2019-01-29 16:45", JNB), """Recap (Tue 29 Jan), SAST:
Portal down for the stores from 14:56 (Scalingo's 12:56 UTC first alerts), until 19:52 when our app came back - earlier than Scalingo's "all apps restarted" at 18:40 UTC, which is 20:40 our time.
First report: Rosebank store via WhatsApp at 15:02. Load-shedding at the office was a red herring.
Stores phoned orders through to the bakery from 15:40.
Root cause on their side: an electrical defect in the datacentre shut the whole platform down.
Actions: printed phone-order sheet in every store; ask Scalingo about a second region."""),
    ],
    "changelog": chg("Pieter van Wyk", c("2019-01-24 15:10", JNB), "Thandi Mokoena", c("2019-01-29 16:50", JNB)),
    "pastes": [{"file": "whatsapp-bak0124.txt", "zone": JNB, "referenceDate": "2019-01-24", "text": """
[2019/01/24, 15:02] Thandi Mokoena: Howzit, Rosebank store says the order portal won't open at all
[2019/01/24, 15:15] Pieter van Wyk: Is it load-shedding at the office? our router is on the UPS
[2019/01/24, 15:21] Pieter van Wyk: Not us. Scalingo is completely unreachable, their own website too
[2019/01/24, 15:40] Thandi Mokoena: stores must phone orders through to the bakery for now, I've sent the number
[2019/01/24, 16:35] Pieter van Wyk: Scalingo says electricity is back in their datacentre, they're restarting everything
[2019/01/24, 19:52] Pieter van Wyk: portal is up again, placed a test order for Sandton
[2019/01/24, 20:05] Thandi Mokoena: shot, telling the stores now
"""}, {"file": "scalingo-report-0124.txt", "zone": Z, "referenceDate": "2019-01-24", "text": """
Scalingo incident report (osc-fr1), timeline summary by Pieter - times UTC, Thursday 24 January 2019
12:56 UTC first alerts: all Scalingo websites and customer apps unreachable, operators paged
13:10 UTC the infrastructure provider's team is working on it
13:25 UTC first feedback: a BGP router looks down (later: the whole infrastructure lost electricity)
14:30 UTC power and network back, servers rebooted; internal services restarted first
15:13 UTC internal services running, restoring customer databases
15:45 UTC more than 95% of databases up, starting customer applications
18:40 UTC all apps and databases restarted, no data lost
"""}],
    "expected": {
        "events": [[u("2019-01-24 14:56", JNB), ["first alerts", "Portal down"]],
                   [u("2019-01-24 15:02", JNB), ["Rosebank"]],
                   [u("2019-01-24 15:10", JNB), ["provider's team"]],
                   [u("2019-01-24 15:15", JNB), ["load-shedding"]],
                   [u("2019-01-24 15:21", JNB), ["unreachable"]],
                   [u("2019-01-24 15:25", JNB), ["BGP"]],
                   [u("2019-01-24 15:40", JNB), ["phone orders", "phoned orders"]],
                   [u("2019-01-24 16:30", JNB), ["power and network back"]],
                   [u("2019-01-24 16:35", JNB), ["electricity is back"]],
                   [u("2019-01-24 17:13", JNB), ["restoring customer databases"]],
                   [u("2019-01-24 17:45", JNB), ["95%"]],
                   [u("2019-01-24 19:52", JNB), ["portal is up", "our app came back"]],
                   [u("2019-01-24 20:40", JNB), ["all apps"]]],
        "keyTimes": {
            "started": kt(u("2019-01-24 14:56", JNB), S, "Portal down for the stores from 14:56", "comment 234022"),
            "detected": kt(u("2019-01-24 15:02", JNB), S, "Rosebank store says the order portal won't open", "whatsapp-bak0124.txt"),
            "resolved": kt(u("2019-01-24 19:52", JNB), S, "until 19:52 when our app came back", "comment 234022")},
        "responders": [["Thandi Mokoena", None], ["Pieter van Wyk", None]],
        "narrative": nar(["electrical defect"], ["portal is up again"], ["BAK-0124"],
                         "On 24 January 2019 from 14:56 to 19:52 SAST franchise stores could not place orders because Scalingo's datacentre lost power.",
                         badly=["load-shedding"]),
    }})

# 3. Network Optix, 30 March 2026 - Cloud DB crash, seen from a Manila CCTV integrator's night-shift NOC ---------------
I.append({
    "id": "networkoptix-2026-03-clouddb-manila-cctv",
    "name": "Network Optix Cloud DB service disruption 30 March 2026 (PDT 12:08 PM - 1:30 PM = 19:08-20:30 UTC, 72 minutes: complete outage ~2 min, degradation ~20 min, intermittent errors ~50 min; Cloud DB crashed on a network I/O defect, replacement launched within 26 s, slow data reload), seen from a Manila CCTV integrator's night-shift NOC (31 March 03:08-04:30 Manila time)",
    "issueId": "98113", "key": "NOC-0331", "summary": "Nx Cloud portal down - all client sites offline on dashboard",
    "reporter": "Jomar Dizon", "assignee": "Ma. Theresa Aquino", "labels": ["nx-cloud", "night-shift"],
    "components": ["monitoring"], "created": c("2026-03-31 03:20", MNL), "now": "2026-04-08T02:00:00Z",
    "defaultZone": MNL, "priority": "Highest",
    "description": """Nx Cloud portal not connecting since 3am-ish, all 48 client sites offline sa dashboard. Baka PLDT issue ulit.""",
    "comments": [
        ("234030", "Ma. Theresa Aquino", c("2026-03-31 04:45", MNL), """Sent incident notice to the mall clients at 4:45 AM. Not PLDT - Globe backup also failed, it was Nx Cloud itself. Viber thread pasted as viber-noc0331.txt (PH time)."""),
        ("234031", "Ma. Theresa Aquino", c("2026-04-01 10:30", MNL), """Network Optix posted their post-mortem, copied to nx-postmortem-0330.txt. Note: their date is March 30 PDT, for us it was already Tuesday early morning (PDT + 15 hours)."""),
        ("234032", "Ma. Theresa Aquino", c("2026-04-02 14:10", MNL), """Recap (Thu 2 Apr), PH time:
Impact 3:08 AM to 4:30 AM Tue 31 Mar, which is Nx's 12:08 PM - 1:30 PM PDT Monday.
First alam namin: Jomar's Viber message at 3:11 AM.
The 3:29 "ok na" was only the partial recovery - may intermittent errors pa until 4:30.
Cause on their side: Cloud DB crash from a software defect in network I/O handling, then a slow reload of its data.
Actions: add a second alert path that doesn't depend on Nx Cloud; night shift to check the Nx status page before calling PLDT."""),
    ],
    "changelog": chg("Ma. Theresa Aquino", c("2026-03-31 03:22", MNL), "Ma. Theresa Aquino", c("2026-04-02 14:15", MNL)),
    "pastes": [{"file": "viber-noc0331.txt", "zone": MNL, "referenceDate": "2026-03-31", "text": """
NOC night shift - Tue 31 Mar
[3:11 AM] Jomar Dizon: Sir, hindi maka-connect sa Nx cloud portal, lahat ng client sites offline sa dashboard
[3:15 AM] Jomar Dizon: baka PLDT fiber natin down ulit
[3:19 AM] Ma. Theresa Aquino: tried via Globe pocket wifi, same error. not our ISP
[3:29 AM] Jomar Dizon: ok na most sites, nakakapag-login na
[3:52 AM] Jomar Dizon: nag-error ulit yung cloud login ng two malls, intermittent
[4:31 AM] Ma. Theresa Aquino: stable na, all 48 sites reachable, no errors since 4:30
"""}, {"file": "nx-postmortem-0330.txt", "zone": LAX, "referenceDate": "2026-03-30", "text": """
[post-mortem] 2026-03-30 Cloud DB Service Disruption (Network Optix support blog, summary by Theresa)
Time (PDT): 12:08 PM - 1:30 PM (19:08 - 20:30 UTC), duration 72 minutes
Complete outage about 2 minutes, significant degradation about 20 minutes, intermittent errors about 50 minutes
Cloud DB crashed on a software defect in network I/O handling; a replacement container was up within 26 seconds, reloading its data took longer
Full recovery at approximately 1:30 PM PDT
"""}],
    "expected": {
        "events": [[u("2026-03-31 03:08", MNL), ["Impact", "duration"]],
                   [u("2026-03-31 03:11", MNL), ["Nx cloud portal"]],
                   [u("2026-03-31 03:15", MNL), ["PLDT"]],
                   [u("2026-03-31 03:19", MNL), ["Globe"]],
                   [u("2026-03-31 03:29", MNL), ["ok na"]],
                   [u("2026-03-31 03:52", MNL), ["intermittent"]],
                   [u("2026-03-31 04:30", MNL), ["Full recovery", "Impact"]],
                   [u("2026-03-31 04:31", MNL), ["stable"]],
                   [u("2026-03-31 04:45", MNL), ["incident notice"]]],
        "keyTimes": {
            "started": kt(u("2026-03-31 03:08", MNL), S, "Impact 3:08 AM to 4:30 AM Tue 31 Mar", "comment 234032"),
            "detected": kt(u("2026-03-31 03:11", MNL), S, "hindi maka-connect sa Nx cloud portal", "viber-noc0331.txt"),
            "resolved": kt(u("2026-03-31 04:30", MNL), S, "Impact 3:08 AM to 4:30 AM Tue 31 Mar", "comment 234032")},
        "responders": [["Jomar Dizon", None], ["Ma. Theresa Aquino", None]],
        "narrative": nar(["network I/O handling"], ["replacement container"], ["NOC-0331"],
                         "On 31 March 2026 from 3:08 to 4:30 AM Manila time the NOC could not reach client camera sites through Nx Cloud because Network Optix's Cloud DB crashed.",
                         badly=["PLDT"]),
    }})

# 4. Scaleway, 24 January 2024 - Kapsule API OOM, seen from a Montreal delivery start-up (detected UNKNOWN) -----------
I.append({
    "id": "scaleway-2024-01-kapsule-montreal-livraison",
    "name": "Scaleway FR-PAR Kapsule API incident 24-25 January 2024 (CET: 23:48 Kubernetes API out of memory, nodes NotReady; 00:00:10 escalated internally; 00:35-00:40 more RAM and replicas; 00:43 remediation working; 00:54 nodes coming back; 01:03 clusters stabilising, resolved; 01:13 Cockpit metrics back), seen from a Montreal food-delivery start-up whose prod cluster runs on Kapsule",
    "issueId": "98114", "key": "LIV-0124", "summary": "Commandes bloquées - cluster prod Kapsule NotReady",
    "reporter": "Gabrielle Tremblay", "assignee": "Olivier Bouchard", "labels": ["kapsule", "prod"],
    "components": ["plateforme"], "created": c("2024-01-24 18:25", YUL), "now": "2024-02-02T15:00:00Z",
    "defaultZone": YUL, "priority": "Highest",
    "description": """Les commandes restent bloquées, la moitié des nœuds du cluster prod sont NotReady et l'API Kubernetes timeout. Depuis environ 17 h 45?

Olivier soupçonne notre déploiement de fin d'après-midi.""",
    "comments": [
        ("234040", "Olivier Bouchard", c("2024-01-24 19:20", YUL), """Le rollback n'a rien changé, c'était chez Scaleway (API Kapsule fr-par). Fil Slack collé dans slack-liv0124.txt (heure de Montréal)."""),
        ("234041", "Gabrielle Tremblay", c("2024-01-25 10:00", YUL), """Scaleway a publié le déroulé sur leur blogue, copié dans scaleway-kapsule-0124.txt. Attention, c'est l'heure de Paris (CET), six heures de plus qu'ici, donc déjà le 25 chez eux après minuit."""),
        ("234042", "Gabrielle Tremblay", c("2024-01-26 11:30", YUL), """Récap (vendredi 26 janvier), heure de Montréal :
Panne pour nos clients de 17 h 48 à 19 h 03, soit 23:48 à 01:03 heure de Paris.
Cause : manque de mémoire (OOM) de l'API Kubernetes chez Scaleway, les nœuds ne pouvaient plus s'authentifier auprès du control plane.
Notre déploiement de 17:30 n'y était pour rien.
Actions : alerte sur le nombre de nœuds NotReady; procédure pour mettre les commandes en file d'attente côté app."""),
    ],
    "changelog": chg("Olivier Bouchard", c("2024-01-24 18:26", YUL), "Gabrielle Tremblay", c("2024-01-26 11:35", YUL)),
    "pastes": [{"file": "slack-liv0124.txt", "zone": YUL, "referenceDate": "2024-01-24", "text": """
#incident-kapsule  mercredi 24 janvier
[18:20] Gabrielle Tremblay: Bon, je résume ce qu'on sait depuis tantôt : la moitié des nœuds du cluster prod sont NotReady, l'API k8s timeout
[18:22] Olivier Bouchard: j'pensais que c'était notre déploiement de 17:30, mais le rollback change rien
[18:27] Gabrielle Tremblay: Scaleway a un incident ouvert sur Kapsule fr-par
[18:43] Olivier Bouchard: kubectl répond enfin, les requêtes baissent
[18:54] Olivier Bouchard: les nœuds reviennent Ready un par un
[19:03] Gabrielle Tremblay: toutes les commandes passent, les livreurs reçoivent leurs courses
[19:13] Olivier Bouchard: les métriques Cockpit sont revenues
"""}, {"file": "scaleway-kapsule-0124.txt", "zone": PAR, "referenceDate": "2024-01-24", "text": """
Scaleway - FR-PAR Kapsule API incident (blogue, heures CET), résumé par Gabrielle
23:48 Kubernetes API out of memory; nodes cannot authenticate to their control plane, some go NotReady
00:00:10 incident escalated internally, handled by on-call engineers
00:35 - 00:40 more RAM for the Kubernetes API and extra replicas
00:43 remediation working, API Gateway requests dropping fast
00:54 nodes coming back up
01:03 all FR-PAR clusters stabilising; resolved by 01:03
01:13 Cockpit metrics back, full recovery
"""}],
    "expected": {
        "events": [[u("2024-01-24 17:30", YUL), ["déploiement"]],
                   [u("2024-01-24 17:48", YUL), ["out of memory"]],
                   [u("2024-01-24 18:00", YUL), ["escalated"]],
                   [u("2024-01-24 18:20", YUL), ["résume"]],
                   [u("2024-01-24 18:22", YUL), ["rollback"]],
                   [u("2024-01-24 18:27", YUL), ["Scaleway a un incident"]],
                   [u("2024-01-24 18:43", YUL), ["requêtes baissent", "requests dropping"]],
                   [u("2024-01-24 18:54", YUL), ["Ready", "coming back"]],
                   [u("2024-01-24 19:03", YUL), ["toutes les commandes", "stabilising"]],
                   [u("2024-01-24 19:13", YUL), ["Cockpit"]]],
        "keyTimes": {
            "started": kt(u("2024-01-24 17:48", YUL), S, "Panne pour nos clients de 17 h 48 à 19 h 03", "comment 234042"),
            "detected": kt(None, U),
            "resolved": kt(u("2024-01-24 19:03", YUL), S, "Panne pour nos clients de 17 h 48 à 19 h 03", "comment 234042")},
        "responders": [["Gabrielle Tremblay", None], ["Olivier Bouchard", None]],
        "narrative": nar(["out of memory"], ["extra replicas"], ["LIV-0124"],
                         "On 24 January 2024 from 17:48 to 19:03 Montreal time customers' delivery orders were stuck because Scaleway's Kapsule API ran out of memory.",
                         badly=["déploiement"]),
    }})

# 5. Clever Cloud, 8 June 2022 - reverse-proxy 503s, seen from a Madrid language school's booking site ----------------
I.append({
    "id": "clevercloud-2022-06-proxy503-madrid-academia",
    "name": "Clever Cloud [PAR] random 503s on public reverse proxies 8 June 2022 (UTC: a separate hypervisor stopped responding at 16:13; 503s for a couple of applications starting around 16:30 from an out-of-sync configuration; 21:28 found and fixed, monitoring; 21:40 back to normal), seen from a Madrid language school whose class-booking site runs on Clever Cloud",
    "issueId": "98115", "key": "ACA-0608", "summary": "Web de reservas: errores 503 intermitentes",
    "reporter": "Álvaro Pineda", "assignee": "Lucía Herrero", "labels": ["reservas", "web"],
    "components": ["reservas"], "created": c("2022-06-08 19:25", MAD), "now": "2022-06-17T10:00:00Z",
    "defaultZone": MAD, "priority": "High",
    "description": """La web de reservas da 503 a ratos. Un alumno avisó por WhatsApp.

Lucía cree que es lo del hipervisor caído de esta tarde en Clever Cloud.""",
    "comments": [
        ("234050", "Lucía Herrero", c("2022-06-08 20:10", MAD), """Redesplegar no arregla nada, no es el hipervisor. Ticket abierto con Clever Cloud. Hilo de Telegram pegado en telegram-aca0608.txt (hora de Madrid)."""),
        ("234051", "Lucía Herrero", c("2022-06-09 09:40", MAD), """Copiado el estado de Clever Cloud en clever-status-0608.txt. Ojo: sus horas son UTC, dos menos que aquí."""),
        ("234052", "Álvaro Pineda", c("2022-06-10 12:15", MAD), """Resumen (viernes 10 de junio), hora peninsular:
503 intermitentes en reservas desde ~18:30 hasta 23:28. Clever dice "around 16:30 UTC" para el inicio y lo arreglaron a las 21:28 UTC; nuestros logs confirman el último 503 a las 23:28.
El "back to normal" de las 21:40 UTC es solo su mensaje de estado.
El hipervisor caído de las 18:13 no tenía nada que ver.
Causa: configuración desincronizada en los reverse proxies públicos de Clever Cloud.
Acciones: alerta propia sobre tasa de 503 en reservas; plantilla de aviso a alumnos."""),
    ],
    "changelog": chg("Lucía Herrero", c("2022-06-08 19:26", MAD), "Álvaro Pineda", c("2022-06-10 12:20", MAD)),
    "pastes": [{"file": "telegram-aca0608.txt", "zone": MAD, "referenceDate": "2022-06-08", "text": """
[08/06/2022 18:13] Lucía Herrero: Clever Cloud avisa de un hipervisor caído en París
[08/06/2022 18:20] Lucía Herrero: nuestras apps no están en ese hipervisor, todo OK
[08/06/2022 19:12] Álvaro Pineda: un alumno dice que la web de reservas le da error 503 a ratos
[08/06/2022 19:20] Lucía Herrero: será lo del hipervisor de antes, redespliego la app
[08/06/2022 19:45] Lucía Herrero: redesplegada y siguen los 503, más o menos una de cada cuatro peticiones
[08/06/2022 20:05] Lucía Herrero: abierto ticket con Clever Cloud
[08/06/2022 23:55] Álvaro Pineda: probado desde casa, reservas OK
"""}, {"file": "clever-status-0608.txt", "zone": Z, "referenceDate": "2022-06-08", "text": """
clevercloudstatus.com - miércoles 8 de junio de 2022 (horas UTC), copiado por Lucía
Infrastructure - A hypervisor is down: 16:13 UTC a hypervisor stopped responding
Reverse Proxies [PAR] - random 503 errors on public reverse proxies, investigating
EDIT 21:28 UTC: issue found and fixed, monitoring
EDIT 21:40 UTC: back to normal; a couple of applications were affected starting around 16:30 UTC, configuration out of sync
"""}],
    "expected": {
        "events": [[u("2022-06-08 18:13", MAD), ["hypervisor", "hipervisor"]],
                   [u("2022-06-08 18:30", MAD), ["around", "desde"]],
                   [u("2022-06-08 19:12", MAD), ["alumno"]],
                   [u("2022-06-08 19:20", MAD), ["redespliego"]],
                   [u("2022-06-08 19:45", MAD), ["redesplegada"]],
                   [u("2022-06-08 20:05", MAD), ["ticket"]],
                   [u("2022-06-08 23:28", MAD), ["found and fixed", "arreglaron", "último 503"]],
                   [u("2022-06-08 23:40", MAD), ["back to normal"]],
                   [u("2022-06-08 23:55", MAD), ["reservas OK"]]],
        "keyTimes": {
            "started": kt(u("2022-06-08 18:30", MAD), S, "desde ~18:30 hasta 23:28", "comment 234052"),
            "detected": kt(u("2022-06-08 19:12", MAD), S, "un alumno dice que la web de reservas", "telegram-aca0608.txt"),
            "resolved": kt(u("2022-06-08 23:28", MAD), S, "desde ~18:30 hasta 23:28", "comment 234052")},
        "responders": [["Álvaro Pineda", None], ["Lucía Herrero", None]],
        "narrative": nar(["configuración desincronizada"], ["found and fixed"], ["ACA-0608"],
                         "On 8 June 2022 from about 18:30 to 23:28 Madrid time students got intermittent 503 errors on the booking site because Clever Cloud's reverse-proxy configuration was out of sync.",
                         badly=["hipervisor"]),
    }})

# 6. Scaleway, 7 April 2021 - fr-par-1 Load Balancer incident, seen from a Stockholm e-bike rental ---------------------
I.append({
    "id": "scaleway-2021-04-loadbalancer-stockholm-ebike",
    "name": "Scaleway fr-par-1 Load Balancer incident 7 April 2021 (UTC: 16:35 part of the Load Balancer infrastructure unavailable; 17:18 identified and contained; 20:34 most Load Balancer services restored; 00:04 on 8 April last corner cases), seen from a Stockholm e-bike rental whose app API sits behind a Scaleway Load Balancer",
    "issueId": "98116", "key": "CYK-0407", "summary": "Appen kan inte låsa upp cyklar - API timeout",
    "reporter": "Johan Lindqvist", "assignee": "Elin Sjöberg", "labels": ["api", "drift"],
    "components": ["api"], "created": c("2021-04-07 18:44", STO), "now": "2021-04-16T09:00:00Z",
    "defaultZone": STO, "priority": "Highest",
    "description": """StatusCake larmar, API:t svarar inte, kunder kan inte låsa upp cyklar. Troligen kvällens release, rullar tillbaka.""",
    "comments": [
        ("234060", "Elin Sjöberg", c("2021-04-07 22:50", STO), """Inte releasen. Scaleways lastbalanserare i fr-par-1 låg nere. Slacktråden inklistrad som slack-cyk0407.txt (svensk tid)."""),
        ("234061", "Elin Sjöberg", c("2021-04-09 08:30", STO), """Scaleway har publicerat en genomgång, sammanfattning i scaleway-lb-0407.txt (tider i UTC, två timmar efter oss)."""),
        ("234062", "Elin Sjöberg", c("2021-04-09 15:00", STO), """Sammanfattning (fredag 9 april), svensk tid:
Avbrott för kunderna 18:35–22:34 (Scaleway 16:35–20:34 UTC).
Först visste vi via StatusCake-larmet 18:38.
DNS-omvägen 21:10 hjälpte bara de kunder som fått nya DNS-svaret, resten väntade på lastbalanseraren.
Scaleways "corner cases" 00:04 UTC gällde inte oss.
Åtgärder: förbered DNS-omväg med kort TTL; larm på lastbalanserarens hälsa, inte bara API:t."""),
    ],
    "changelog": chg("Johan Lindqvist", c("2021-04-07 18:45", STO), "Elin Sjöberg", c("2021-04-09 15:05", STO)),
    "pastes": [{"file": "slack-cyk0407.txt", "zone": STO, "referenceDate": "2021-04-07", "text": """
#drift  onsdag 7 april
[18:38] statuscake: API api.cykla.se DOWN (connection timeout)
[18:41] Johan Lindqvist: kollar. troligen vår release 18:20, rullar tillbaka
[18:52] Johan Lindqvist: rollback klar, fortfarande timeout. lastbalanseraren svarar inte
[19:18] Elin Sjöberg: Scaleway: Load Balancer-incident i fr-par-1, de har isolerat felet
[19:40] Elin Sjöberg: ärende öppnat hos Scaleway support
[21:10] Johan Lindqvist: pekade DNS direkt på en instans, appen funkar för dem som fått nya DNS:en
[22:34] statuscake: API api.cykla.se UP
[22:40] Elin Sjöberg: LB svarar igen, flyttar tillbaka DNS
"""}, {"file": "scaleway-lb-0407.txt", "zone": Z, "referenceDate": "2021-04-07", "text": """
Scaleway - Details of the fr-par-1 Load Balancer incident, April 7 2021 (sammanfattning av Elin, UTC)
16:35 UTC major incident in fr-par-1, part of the Load Balancer infrastructure unavailable
17:18 UTC issue identified and contained
20:34 UTC most Load Balancer services restored
00:04 UTC (April 8) last corner cases fixed
"""}],
    "expected": {
        "events": [[u("2021-04-07 18:20", STO), ["release"]],
                   [u("2021-04-07 18:35", STO), ["major incident", "Avbrott"]],
                   [u("2021-04-07 18:38", STO), ["DOWN"]],
                   [u("2021-04-07 18:41", STO), ["rullar tillbaka"]],
                   [u("2021-04-07 18:52", STO), ["lastbalanseraren"]],
                   [u("2021-04-07 19:18", STO), ["contained", "isolerat"]],
                   [u("2021-04-07 19:40", STO), ["ärende"]],
                   [u("2021-04-07 21:10", STO), ["DNS"]],
                   [u("2021-04-07 22:34", STO), ["restored", "UP"]],
                   [u("2021-04-07 22:40", STO), ["LB svarar"]],
                   [u("2021-04-08 02:04", STO), ["corner cases"]]],
        "keyTimes": {
            "started": kt(u("2021-04-07 18:35", STO), S, "Avbrott för kunderna 18:35–22:34", "comment 234062"),
            "detected": kt(u("2021-04-07 18:38", STO), S, "API api.cykla.se DOWN", "slack-cyk0407.txt"),
            "resolved": kt(u("2021-04-07 22:34", STO), S, "Avbrott för kunderna 18:35–22:34", "comment 234062")},
        "responders": [["Johan Lindqvist", None], ["Elin Sjöberg", None]],
        "narrative": nar(["Load Balancer infrastructure"], ["Load Balancer services restored"], ["CYK-0407"],
                         "On 7 April 2021 from 18:35 to 22:34 Stockholm time customers could not unlock e-bikes because the app API's Scaleway Load Balancer in fr-par-1 was down.",
                         badly=["release"]),
    }})

# 7. Recorded Future, 1 July 2025 - Sandbox outage (Scaleway nl-ams-1 heat shutdown), seen from a Copenhagen SOC -------
I.append({
    "id": "recordedfuture-2025-07-sandbox-copenhagen-soc",
    "name": "Recorded Future Sandbox outage 1 July 2025 (UTC: from about 15:42 sandbox services unavailable, internal monitoring alerted, Scaleway's nl-ams-1 shut down because its thermal management could not cope with the heat; shortly after, Scaleway status confirmed; ~15:45 replacement services provisioned in another availability zone; end of impact not in the stored excerpt), seen from a Copenhagen SOC whose SOAR detonates e-mail attachments in the RF Sandbox",
    "issueId": "98117", "key": "SOC-0701", "summary": "Sandbox-detonering fejler - ingen rapporter",
    "reporter": "Freja Kjærgaard", "assignee": "Mads Holm", "labels": ["sandbox", "soar"],
    "components": ["soar"], "created": c("2025-07-01 17:58", CPH), "now": "2025-07-10T08:00:00Z",
    "defaultZone": CPH, "priority": "High",
    "description": """SOAR-playbooket "detonate-attachment" fejler, sandbox API svarer 503. Ingen sandbox-rapporter siden kl. 17:40 cirka.

Mads tjekker om API-nøglen er udløbet.""",
    "comments": [
        ("234070", "Mads Holm", c("2025-07-01 20:10", CPH), """Nøglen var fin. RF-supportsag oprettet kl. 20:05. Teams-tråden er sat ind som teams-soc0701.txt (dansk tid)."""),
        ("234071", "Mads Holm", c("2025-07-03 09:15", CPH), """Recorded Future har skrevet en hændelsesrapport på deres statusside, kopieret til rf-status-0701.txt (UTC, to timer efter os)."""),
        ("234072", "Mads Holm", c("2025-07-04 13:40", CPH), """Opsummering (fredag 4. juli), dansk tid:
Sandboxen var nede fra 17:42 (RF: 15:42 UTC) - Scalewaydatacentret nl-ams-1 blev lukket ned pga. varmen.
Første vi vidste: SOAR-fejlen 17:47. Freja's "siden 17:40 cirka" var et skøn.
Sandboxen virkede igen, da dagvagten tjekkede onsdag morgen - hvornår den præcist kom tilbage står ingen steder, RF har ikke skrevet det.
Vi kørte vedhæftninger gennem den lokale CAPE-sandbox i mellemtiden.
Handlinger: automatisk fallback til CAPE i playbooket; abonnér vagttelefonen på RF's statusside."""),
    ],
    "changelog": chg("Mads Holm", c("2025-07-01 18:00", CPH), "Mads Holm", c("2025-07-04 13:45", CPH)),
    "pastes": [{"file": "teams-soc0701.txt", "zone": CPH, "referenceDate": "2025-07-01", "text": """
SOC-vagt tirsdag 1. juli
[17:47] SOAR: playbook "detonate-attachment" fejlede: sandbox API svarer ikke (HTTP 503)
[17:55] Freja Kjærgaard: sandbox-jobs hænger, ingen rapporter siden kl. 17:40 cirka
[18:05] Mads Holm: måske er vores API-nøgle udløbet? den skulle fornys i juni
[18:20] Mads Holm: nøglen er fin. Recorded Future har en hændelse på statussiden, Scaleways datacenter i Amsterdam lukket pga. varme
[18:40] Freja Kjærgaard: vi sender vedhæftninger til den lokale CAPE-sandbox indtil videre
[19:30] Freja Kjærgaard: overleverer til nattevagten, stadig intet svar fra RF sandbox
"""}, {"file": "rf-status-0701.txt", "zone": Z, "referenceDate": "2025-07-01", "text": """
Recorded Future status - Sandbox outage (sammendrag af Mads, tider i UTC)
July 1, 2025 - 15:42 UTC: internal monitoring alerted on unavailable sandbox services; also when Scaleway said its nl-ams-1 services were shut down
Shortly after: Scaleway status page confirmed a thermal management failure in nl-ams-1
15:45 UTC (approx.): provisioning replacement services in another Scaleway availability zone
"""}],
    "expected": {
        "events": [[u("2025-07-01 17:42", CPH), ["internal monitoring", "nede fra"]],
                   [u("2025-07-01 17:45", CPH), ["provisioning"]],
                   [u("2025-07-01 17:47", CPH), ["playbook", "SOAR"]],
                   [u("2025-07-01 17:55", CPH), ["sandbox-jobs"]],
                   [u("2025-07-01 18:05", CPH), ["API-nøgle"]],
                   [u("2025-07-01 18:20", CPH), ["statussiden"]],
                   [u("2025-07-01 18:40", CPH), ["CAPE"]],
                   [u("2025-07-01 19:30", CPH), ["nattevagten"]],
                   [u("2025-07-01 20:05", CPH), ["supportsag"]]],
        "keyTimes": {
            "started": kt(u("2025-07-01 17:42", CPH), S, "Sandboxen var nede fra 17:42", "comment 234072"),
            "detected": kt(u("2025-07-01 17:47", CPH), S, "playbook \"detonate-attachment\" fejlede", "teams-soc0701.txt"),
            "resolved": kt(None, U)},
        "responders": [["Freja Kjærgaard", None], ["Mads Holm", None]],
        "narrative": nar(["thermal management"], ["CAPE-sandbox"], ["SOC-0701"],
                         "From 17:42 Copenhagen time on 1 July 2025 the SOC could not detonate e-mail attachments in the Recorded Future Sandbox because Scaleway's nl-ams-1 datacentre was shut down by heat.",
                         badly=["API-nøgle"]),
    }})

# 8. Adobe AEM, 15 March 2025 - RUM script delivery (unpkg.com degraded), seen from a Ho Chi Minh City agency ---------
I.append({
    "id": "aem-2025-03-rum-unpkg-saigon-agency",
    "name": "Adobe Experience Manager RUM script delivery incident 15 March 2025 (UTC 7:00 AM - 11:21 AM: ~90% of customers affected by failing RUM script delivery because unpkg.com was degraded and the fallback did not handle first-byte timeouts; fixed by adjusting timeouts and routing through Fastly; no end-user page impact), seen from a Ho Chi Minh City agency that monitors RUM on its clients' AEM sites",
    "issueId": "98118", "key": "WEB-0315", "summary": "RUM script timeout trên site khách hàng",
    "reporter": "Nguyễn Minh Khoa", "assignee": "Trần Thu Hà", "labels": ["aem", "rum"],
    "components": ["monitoring"], "created": c("2025-03-15 14:10", SGN), "now": "2025-03-25T03:00:00Z",
    "defaultZone": SGN, "priority": "Medium",
    "description": """Synthetic monitor báo script RUM timeout trên 3 site khách hàng từ chiều nay. Có thể do bản deploy block mới sáng nay?""",
    "comments": [
        ("234080", "Nguyễn Minh Khoa", c("2025-03-15 18:45", SGN), """Adobe trả lời ticket lúc 17:10: đã chuyển traffic qua Fastly, đang theo dõi. Thread Zalo dán vào zalo-web0315.txt (giờ Việt Nam)."""),
        ("234081", "Trần Thu Hà", c("2025-03-17 09:30", SGN), """Adobe đăng báo cáo sự cố trên aemstatus.net, tóm tắt trong aem-status-0315.txt (giờ UTC, chậm hơn mình 7 tiếng)."""),
        ("234082", "Trần Thu Hà", c("2025-03-18 10:00", SGN), """Tóm tắt (thứ Ba 18/3), giờ Việt Nam:
RUM lỗi từ 14:00 đến 18:21 ngày 15/3 (Adobe: 7:00 AM - 11:21 AM UTC).
Phát hiện lúc 14:07 qua synthetic monitor. Revert bản deploy block lúc 14:15 không liên quan.
Người dùng cuối không bị ảnh hưởng, chỉ mất dữ liệu RUM trên dashboard.
Hành động: synthetic monitor tách riêng script không chặn (non-blocking) khỏi cảnh báo mức cao."""),
    ],
    "changelog": chg("Trần Thu Hà", c("2025-03-15 14:12", SGN), "Trần Thu Hà", c("2025-03-18 10:05", SGN)),
    "pastes": [{"file": "zalo-web0315.txt", "zone": SGN, "referenceDate": "2025-03-15", "text": """
[15/03/2025 14:07] Nguyễn Minh Khoa: Cảnh báo synthetic monitor: script RUM trả timeout trên 3 site khách hàng
[15/03/2025 14:15] Trần Thu Hà: chắc do bản deploy block mới sáng nay, để mình revert
[15/03/2025 14:40] Trần Thu Hà: revert xong vẫn lỗi. curl thử thì unpkg.com phản hồi rất chậm, first byte > 30s
[15/03/2025 15:30] Nguyễn Minh Khoa: đã mở ticket với Adobe support
[15/03/2025 16:50] Trần Thu Hà: trang vẫn tải bình thường cho người dùng, chỉ mất dữ liệu RUM
[15/03/2025 18:30] Nguyễn Minh Khoa: RUM script tải lại bình thường, dashboard có dữ liệu trở lại
"""}, {"file": "aem-status-0315.txt", "zone": Z, "referenceDate": "2025-03-15", "text": """
AEM status (aemstatus.net) - RUM script delivery, March 15 2025 (UTC), tóm tắt bởi Khoa
Between 7:00 AM and 11:21 AM UTC about 90% of customers had problems with RUM script delivery: unpkg.com was degraded and the fallback did not handle first-byte timeouts.
Fixed by adjusting timeout configuration and routing traffic through Fastly.
No end-user impact: the RUM script is non-blocking; under one percent of RUM script requests failed.
"""}],
    "expected": {
        "events": [[u("2025-03-15 14:00", SGN), ["RUM lỗi", "Between"]],
                   [u("2025-03-15 14:07", SGN), ["synthetic monitor"]],
                   [u("2025-03-15 14:15", SGN), ["revert"]],
                   [u("2025-03-15 14:40", SGN), ["unpkg"]],
                   [u("2025-03-15 15:30", SGN), ["ticket"]],
                   [u("2025-03-15 16:50", SGN), ["người dùng"]],
                   [u("2025-03-15 17:10", SGN), ["Fastly"]],
                   [u("2025-03-15 18:21", SGN), ["RUM lỗi", "Between"]],
                   [u("2025-03-15 18:30", SGN), ["dashboard"]]],
        "keyTimes": {
            "started": kt(u("2025-03-15 14:00", SGN), S, "RUM lỗi từ 14:00 đến 18:21", "comment 234082"),
            "detected": kt(u("2025-03-15 14:07", SGN), S, "Cảnh báo synthetic monitor", "zalo-web0315.txt"),
            "resolved": kt(u("2025-03-15 18:21", SGN), S, "RUM lỗi từ 14:00 đến 18:21", "comment 234082")},
        "responders": [["Nguyễn Minh Khoa", None], ["Trần Thu Hà", None]],
        "narrative": nar(["first-byte timeouts"], ["routing traffic through Fastly"], ["WEB-0315"],
                         "On 15 March 2025 from 14:00 to 18:21 Vietnam time the agency's client sites lost RUM data because Adobe's RUM script delivery depended on a degraded unpkg.com.",
                         badly=["deploy block"]),
    }})

# 9. Fasterize, 22 May 2020 - 503 on static files, seen from an Istanbul web shop -------------------------------------
I.append({
    "id": "fasterize-2020-05-statics503-istanbul-shop",
    "name": "Fasterize 503 errors on statics 22 May 2020 (UTC+2: 10:18 manual update of a component removed an execution role; 10:28 first alert; 10:36 bypass of the CDN layer started; 10:52 all impacted domains bypassed, DNS propagation kept errors until 11:20; 13:42 reconnection started; 14:04 reconnected; status posts 14:08, 15:47, 16:46 CEST), seen from an Istanbul home-textile web shop whose images and CSS are served through Fasterize",
    "issueId": "98119", "key": "SHP-0522", "summary": "Ürün sayfalarında görseller ve CSS yüklenmiyor",
    "reporter": "Elif Yıldız", "assignee": "Burak Aydın", "labels": ["cdn", "vitrin"],
    "components": ["storefront"], "created": c("2020-05-22 11:35", IST), "now": "2020-06-01T09:00:00Z",
    "defaultZone": IST, "priority": "Highest",
    "description": """Müşteri hizmetleri: ürün sayfaları bozuk, görseller ve CSS yok. Burak sabahki görsel sıkıştırma eklentisi güncellemesinden şüpheleniyor.""",
    "comments": [
        ("234090", "Burak Aydın", c("2020-05-22 12:30", IST), """Eklenti değil - statik dosyalar Fasterize'ın CDN katmanından 503 dönüyordu, bizim domain için katmanı devre dışı bıraktılar. Slack yazışması slack-shp0522.txt içinde (İstanbul saati)."""),
        ("234091", "Burak Aydın", c("2020-05-23 10:00", IST), """Fasterize post-mortem yayınladı, fasterize-pm-0522.txt dosyasına kopyaladım. Saatleri UTC+2 (Paris), bizden bir saat geride."""),
        ("234092", "Elif Yıldız", c("2020-05-26 15:20", IST), """Özet (Salı 26 Mayıs), İstanbul saati:
Bozuk sayfalar 11:18 ile 12:20 arasında (Fasterize: 10:18-11:20 UTC+2).
İlk haber müşteri hizmetlerinden 11:31'de geldi. Sıkıştırma eklentisi şüphesi yanlıştı.
15:47 CEST'teki "back to normal" sadece durum mesajı; bizim için sorun 12:20'de bitmişti.
Kök neden (Fasterize): bir bileşenin elle güncellenmesi CDN kenar süreçlerinin ihtiyaç duyduğu bir execution role'ü sildi.
Aksiyonlar: statik dosyalar için 5xx alarmı; CDN'i tek tıkla devre dışı bırakma prosedürü."""),
    ],
    "changelog": chg("Burak Aydın", c("2020-05-22 11:36", IST), "Elif Yıldız", c("2020-05-26 15:25", IST)),
    "pastes": [{"file": "slack-shp0522.txt", "zone": IST, "referenceDate": "2020-05-22", "text": """
#eticaret-ops  22 Mayıs Cuma
[11:31] Elif Yıldız: Müşteri hizmetleri: ürün sayfalarında görseller yok, CSS de yüklenmiyor, sayfa bozuk görünüyor
[11:40] Burak Aydın: herhalde sabahki görsel sıkıştırma eklentisi güncellemesi, CDN önbelleğini temizliyorum
[11:47] Burak Aydın: temizledim, değişiklik yok. statik dosyalar 503 dönüyor, origin'de dosyalar duruyor
[11:52] Burak Aydın: Fasterize destekten dönüş: CDN katmanını bizim domain için devre dışı bırakmışlar
[12:25] Elif Yıldız: görseller geldi, sayfa normal
[15:10] Burak Aydın: Fasterize CDN katmanı tekrar bağlandı, sorun yok
"""}, {"file": "fasterize-pm-0522.txt", "zone": PAR, "referenceDate": "2020-05-22", "text": """
Fasterize post-mortem "503 errors on statics" (saatler UTC+2), Burak kopyaladı
Between 10:18 and 11:20 UTC+2 static resources of some clients answered 503
10:18 manual update of one component
10:28 first alert
10:36 started bypassing the CDN layer for impacted domains
10:52 all impacted domains bypass the CDN layer; DNS propagation kept errors until 11:20
13:42 reconnecting impacted domains to the CDN
14:04 impacted domains reconnected
Posted 14:08 CEST: fixed for all impacted customers, monitoring.
Posted 15:47 CEST: everything back to normal.
"""}],
    "expected": {
        "events": [[u("2020-05-22 11:18", IST), ["manual update", "Bozuk"]],
                   [u("2020-05-22 11:28", IST), ["first alert"]],
                   [u("2020-05-22 11:31", IST), ["görseller yok", "müşteri hizmetlerinden"]],
                   [u("2020-05-22 11:36", IST), ["bypassing"]],
                   [u("2020-05-22 11:40", IST), ["sıkıştırma"]],
                   [u("2020-05-22 11:47", IST), ["503"]],
                   [u("2020-05-22 11:52", IST), ["all impacted", "devre dışı"]],
                   [u("2020-05-22 12:20", IST), ["propagation", "Bozuk"]],
                   [u("2020-05-22 12:25", IST), ["görseller geldi"]],
                   [u("2020-05-22 14:42", IST), ["reconnecting"]],
                   [u("2020-05-22 15:04", IST), ["reconnected"]],
                   [u("2020-05-22 15:08", IST), ["fixed for all"]],
                   [u("2020-05-22 16:47", IST), ["back to normal"]]],
        "keyTimes": {
            "started": kt(u("2020-05-22 11:18", IST), S, "Bozuk sayfalar 11:18 ile 12:20 arasında", "comment 234092"),
            "detected": kt(u("2020-05-22 11:31", IST), S, "ürün sayfalarında görseller yok", "slack-shp0522.txt"),
            "resolved": kt(u("2020-05-22 12:20", IST), S, "Bozuk sayfalar 11:18 ile 12:20 arasında", "comment 234092")},
        "responders": [["Elif Yıldız", None], ["Burak Aydın", None]],
        "narrative": nar(["execution role"], ["bypass the CDN layer"], ["SHP-0522"],
                         "On 22 May 2020 from 11:18 to 12:20 Istanbul time the shop's product pages showed without images or CSS because Fasterize's CDN layer returned 503 for static files.",
                         badly=["sıkıştırma"]),
    }})

# Follow-up tickets (invented) and the public write-up each ticket links to.
_FOLLOW = [
    ("FLM-0306", "Keep a DVD fallback for matinees", "https://sixteenmm.org/blog/20200305-Downtime%20Postmortem", "sixteenmm downtime postmortem"),
    ("EDI-0612", "Retry DB add-on connection instead of crashing", "https://www.clevercloudstatus.com/incident/274", "Clever Cloud status: Paris zone network outage"),
    ("BAK-0129", "Phone-order sheet in every store", "https://scalingo.com/articles/2019/01/28/restart-the-platform.html", "Scalingo incident report"),
    ("NOC-0402", "Second alert path independent of Nx Cloud", "https://networkoptix.atlassian.net/wiki/spaces/CHS/blog/2026/03/31/5106237497/post-mortem+2026-03-30+-+Cloud+DB+Service+Disruption", "Network Optix post-mortem 2026-03-30"),
    ("LIV-0126", "Alerte sur les nœuds NotReady", "https://www.scaleway.com/en/blog/update-fr-par-kapsule-api/", "Scaleway: FR-PAR Kapsule API incident"),
    ("ACA-0610", "Alerta propia de tasa de 503 en reservas", "https://www.clevercloudstatus.com/?start_date=2022-06-11", "Clever Cloud status, June 2022"),
    ("CYK-0409", "DNS-omväg med kort TTL", "https://www.scaleway.com/en/blog/details-of-the-fr-par-1-load-balancer-incident-on-april-7-2021/", "Scaleway: fr-par-1 Load Balancer incident"),
    ("SOC-0704", "Automatisk fallback til CAPE", "https://status.recordedfuture.com/incidents/5hjq25pz1m25", "Recorded Future status: Sandbox outage"),
    ("WEB-0318", "Tách cảnh báo script non-blocking", "https://www.aemstatus.net/incidents/40br3wfxhmb2", "AEM status: RUM script delivery"),
    ("SHP-0526", "Statik dosyalar için 5xx alarmı", "https://status.fasterize.com/incidents/xvjn66r6y09d", "Fasterize: 503 errors on statics"),
]
for _spec, (_k, _s, _url, _t) in zip(I, _FOLLOW):
    _spec["links"] = [(_k, _s)]
    _spec["remote"] = [(_url, _t)]

"""Held-out 13 incidents: compact specs. Non-software organisations only (telcos, exchanges, airlines, air traffic,
card schemes, emergency call handling). Timeline facts from regulator / official / press-quoted statements
(SOURCES-heldout13.md); people, ticket keys, chat wording, team habits and the wrong first guesses are invented."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"


I = []

# 1. BT 999/112 emergency call handling, Sunday 25 June 2023 (Ofcom decision, three phases) ---------------------------
I.append({
    "id": "bt-999-2023-06-bridge-notes", "name": "BT 999/112 emergency call handling disrupted 25 June 2023 (configuration file error, failed DR switch)",
    "issueId": "94101", "key": "ECH-6240", "summary": "P1 - 999 agents logged out / calls dropping on transfer to EAs",
    "reporter": "Gareth Pryce", "assignee": "Nia Ellwood", "labels": ["p1", "999", "regulatory-reportable"],
    "components": ["call-handling", "dr-platform"], "created": "2023-06-25T05:58", "now": "2023-07-05T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Call handling agents (CHAs) getting desktops restarting the moment a call lands, some logged out, calls dropping when we transfer to the emergency authorities. Callers re-queued.

Started ~7am?? Most likely the overnight Windows patch push to the agent PCs - checking with desktop team.
Ofcom + EAs will need notifying if this runs on.""",
    "comments": [
        ("120101", "Nia Ellwood", "2023-06-25T06:45", """Not the patching (desktops without the patch do the same). Bridge running, notes in ech6240-bridge.txt (BST, my notes only start when I took over the bridge)."""),
        ("120102", "Gareth Pryce", "2023-06-25T10:20", """EAs informed. text relay also affected - deaf/speech impaired users can't make any calls through it. adding to the ofcom notification."""),
        ("120103", "Nia Ellwood", "2023-06-25T16:30", """Failure rate on the DR platform now back to normal levels. Leaving this open overnight, we're still on DR and it's tight on capacity."""),
        ("120104", "Nia Ellwood", "2023-06-28T11:00", """## timeline for the Ofcom notification (all BST)
Phase 1 06:24 to 07:33: call handling disrupted, later found to be a configuration error in a file on the server. Agents logged out, calls dropped on transfer.
Phase 2 07:33 to 08:50: first attempt to switch to the disaster recovery platform failed (human error, instructions poorly documented, team unfamiliar). Total outage for about an hour.
Phase 3 08:50 to 16:56: traffic on the DR platform, unsuccessful calls decreasing; DR platform struggled with demand.
Impact window 06:24 - 16:56, roughly 14,000 failed call attempts from 12,392 callers.
- actions: alerting on CHA restarts, DR runbook rewrite + rehearsal, DR capacity."""),
    ],
    "changelog": [
        ("Nia Ellwood", "2023-06-25T06:00", [("status", "Open", "In Progress")]),
        ("Nia Ellwood", "2023-06-25T16:31", [("status", "In Progress", "Monitoring")]),
        ("Gareth Pryce", "2023-06-28T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ech6240-bridge.txt", "zone": "Europe/London", "referenceDate": "2023-06-25", "text": """
bridge notes (Nia) - Sun 25/06
07:33 decision: switch to DR platform. Gareth IC, I'm scribe
07:40 switch started per runbook
08:05 DR not taking calls either?? nobody has done this for real. runbook step 4 ambiguous
08:50 traffic migrated to DR platform, calls connecting again, queue long
12:30 still queueing on DR - capacity. EAs asked for manual fallback numbers
"""}],
    "expected": {
        "events": [["2023-06-25T05:24Z", ["phase 1"]], ["2023-06-25T06:33Z", ["switch to DR"]],
                   ["2023-06-25T07:50Z", ["migrated"]], ["2023-06-25T15:56Z", ["phase 3", "impact window"]]],
        "keyTimes": {
            "started": kt("2023-06-25T05:24Z", S, "Impact window 06:24 - 16:56", "comment 120104"),
            "detected": kt(None, U),
            "resolved": kt("2023-06-25T15:56Z", S, "Impact window 06:24 - 16:56", "comment 120104")},
        "responders": [["Nia Ellwood", "scribe"], ["Gareth Pryce", "incident commander"]],
        "narrative": nar(["configuration error"], ["disaster recovery platform"], ["ECH-6240"],
                         "Between 06:24 and 16:56 BST on 25 June 2023 many 999 and 112 calls handled by BT failed to connect, with a total outage of about an hour; about 14,000 call attempts failed.",
                         badly=["poorly documented"]),
    }})

# 2. NYSE / NYSE MKT trading suspension, 8 July 2015 --------------------------------------------------------------
I.append({
    "id": "nyse-2015-07-suspension-opslog", "name": "NYSE and NYSE MKT trading suspended 8 July 2015 (gateway configuration incompatible with new release)",
    "issueId": "94102", "key": "MKO-7081", "summary": "NYSE / NYSE MKT suspended - all symbols",
    "reporter": "Dolores Kearney", "assignee": "Viktor Amsel", "labels": ["sev1", "trading-halt", "reg-sci"],
    "components": ["customer-gateways", "trading-units"], "created": "2015-07-08T15:40", "now": "2015-07-16T20:00:00Z",
    "defaultZone": "America/New_York",
    "description": """We have suspended trading on NYSE and NYSE MKT, all symbols. Arca and the options markets fine.
Floor is asking whether we got hacked - twitter says cyber, and United grounded its fleet this morning. My first bet is a shared carrier problem (same as UAL?). Checking with network.""",
    "comments": [
        ("120201", "Viktor Amsel", "2015-07-08T16:05", """Not external and nothing to do with United. Gateways vs the trading unit running last night's release (SIP timestamp test prep). Gateway config not compatible with the release; the pre-open gateway update made it worse mid-morning. Our ops log in mko7081-ops.txt (Eastern)."""),
        ("120202", "Dolores Kearney", "2015-07-08T17:30", """Plan agreed with regulators: cancel all open orders, restart every customer gateway, fail over to the backup trading units in Mahwah. Reopen times to follow in a market status message."""),
        ("120203", "Viktor Amsel", "2015-07-08T19:20", """Resumed. NYSE MKT primary listings at 3:05 PM, NYSE primary + MKT Tape C at 3:10 PM. Watching the closing auctions."""),
        ("120204", "Dolores Kearney", "2015-07-09T21:00", """Customer notice text (final), for the file:
As customers began connecting after 7:00am there were communication issues between customer gateways and the trading unit with the new release.
Gateways were updated with the correct version before the open and stocks opened at 9:30am.
At 11:09am NYSE issued a Market Status message that a technical issue was being investigated.
At 11:32am the decision was made to suspend trading on NYSE and NYSE MKT.
NYSE primary listings resumed trading at 3:10pm; all NYSE-listed securities traded all day on other market centers."""),
    ],
    "changelog": [
        ("Viktor Amsel", "2015-07-08T15:41", [("status", "Open", "In Progress")]),
        ("Viktor Amsel", "2015-07-08T19:25", [("status", "In Progress", "Monitoring")]),
        ("Dolores Kearney", "2015-07-09T21:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mko7081-ops.txt", "zone": "America/New_York", "referenceDate": "2015-07-08", "text": """
=== MKT OPS LOG  Wed 07/08/2015 (ET) ===
07:20  firms reporting gw session drops to TU with new release, ticket to gateway team
09:30  open, all groups trading
11:09  MSM sent: technical issue being investigated
11:32  SUSPEND NYSE + NYSE MKT all symbols. open orders being cancelled
15:05  MKT primary listings reopened
15:10  NYSE reopened, tape C MKT too
"""}],
    "expected": {
        "events": [["2015-07-08T11:00Z", ["connecting"]], ["2015-07-08T13:30Z", ["opened", "open"]],
                   ["2015-07-08T15:09Z", ["market status", "MSM"]], ["2015-07-08T15:32Z", ["suspend"]],
                   ["2015-07-08T19:05Z", ["MKT"]], ["2015-07-08T19:10Z", ["resumed", "reopened"]]],
        "keyTimes": {
            "started": kt("2015-07-08T15:32Z", S, "At 11:32am the decision was made to suspend trading on NYSE and NYSE MKT", "comment 120204"),
            "detected": kt(None, U),
            "resolved": kt("2015-07-08T19:10Z", S, "NYSE primary listings resumed trading at 3:10pm", "comment 120204")},
        "responders": [["Viktor Amsel", None], ["Dolores Kearney", None]],
        "narrative": nar(["new release"], ["restart every customer gateway"], ["MKO-7081"],
                         "From 11:32am to 3:10pm ET on 8 July 2015 no stocks traded on NYSE and NYSE MKT; open orders were cancelled, and NYSE-listed stocks went on trading on other venues."),
    }})

# 3. Delta Air Lines, Atlanta data-centre power loss, 8 August 2016 -----------------------------------------------
I.append({
    "id": "delta-2016-08-power-sms", "name": "Delta Air Lines 8 August 2016 worldwide ground stop (Atlanta data-centre power loss)",
    "issueId": "94103", "key": "OCC-1608", "summary": "ALL STATIONS - res/check-in/dispatch systems down",
    "reporter": "Shonda Merritt", "assignee": "Paul Okonjo", "labels": ["sev1", "ground-stop", "datacenter"],
    "components": ["tech-ops", "flight-ops"], "created": "2016-08-08T06:55", "now": "2016-08-15T14:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Check-in, kiosks, gate readers, FLIFO all dark at every station we've heard from. Flight release from dispatch not working.

Guess: the reservations link to the host is down again, like in the spring. Calling the vendor.""",
    "comments": [
        ("120301", "Paul Okonjo", "2016-08-08T07:40", """Not the link. Power event at the Atlanta data center - switchgear failure, and some critical systems and network equipment did NOT switch to backup power. Ground stop requested for our departures systemwide; airborne flights continue to destinations. Duty manager SMS chain pasted as occ1608-sms.txt (my phone, Eastern)."""),
        ("120302", "Paul Okonjo", "2016-08-08T12:45", """8:40 AM ET ground stop lifted, limited departures resuming. This is NOT the end - crews and aircraft out of position, cancellations continue all day."""),
        ("120303", "Shonda Merritt", "2016-08-08T21:10", """5 PM statement went out: systems are fully operational and flights resumed hours ago, but delays and cancellations remain. Waiver for Aug 8-12 travel."""),
        ("120304", "Shonda Merritt", "2016-08-10T15:00", """Statement for the file: Following a power outage in Atlanta, which began at approximately 2:30 a.m. ET, Delta computer systems and operations worldwide were affected. Cancellations continued into Tuesday and Wednesday while the operation recovered.
- followups: audit which racks are single-fed, test switchover to backup power for real."""),
    ],
    "changelog": [
        ("Paul Okonjo", "2016-08-08T06:56", [("status", "Open", "In Progress")]),
        ("Paul Okonjo", "2016-08-08T12:46", [("status", "In Progress", "Monitoring")]),
        ("Shonda Merritt", "2016-08-10T15:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "occ1608-sms.txt", "zone": "America/New_York", "referenceDate": "2016-08-08", "text": """
(older messages deleted on my phone, thread starts here)
Mon, Aug 8, 3:12 AM - OCC Duty Mgr: ATL DC on generator?? half the racks dark. ground stop for DL departures requested
Mon, Aug 8, 3:15 AM - Stn Ops JFK: confirmed, nothing boarding. pax being held at gates
Mon, Aug 8, 6:02 AM - OCC Duty Mgr: key apps coming back one by one, crew tracking still down
Mon, Aug 8, 8:40 AM - OCC Duty Mgr: ground stop lifted, limited departures. expect cxl all day
"""}],
    "expected": {
        "events": [["2016-08-08T06:30Z", ["power outage"]], ["2016-08-08T12:40Z", ["ground stop lifted"]]],
        "keyTimes": {
            "started": kt("2016-08-08T06:30Z", S, "which began at approximately 2:30 a.m. ET", "comment 120304"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Paul Okonjo", None], ["Shonda Merritt", "comms"]],
        "narrative": nar(["did NOT switch to backup power", "switchgear"], ["ground stop lifted"], ["OCC-1608"],
                         "From about 2:30 a.m. ET on 8 August 2016 Delta could not check in or dispatch flights worldwide; a ground stop held departures until 8:40 a.m. ET and cancellations continued for days.",
                         badly=["did NOT switch to backup power"]),
    }})

# 4. Visa Europe card authorisations, 1-2 June 2018 ----------------------------------------------------------------
I.append({
    "id": "visa-eu-2018-06-switch-teams", "name": "Visa Europe 1 June 2018 partial authorisation outage (partial switch failure in primary data centre)",
    "issueId": "94104", "key": "VEO-4471", "summary": "UK/EU decline spike - auths timing out",
    "reporter": "Owen Hart", "assignee": "Priya Lund", "labels": ["major-incident", "authorisations", "regulator"],
    "components": ["authorisation", "datacentre-network"], "created": "2018-06-01T13:58", "now": "2018-06-20T10:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Issuers ringing in: declines/timeouts across UK issuers, contactless worst, some EU markets too. Merchants say even Mastercard terminals stuck (terminals waiting on our timeouts?).

First thought: DDoS / cyber on the front door. Security on the bridge.

first alarm from the auth monitor (UTC):
```
[CRIT] 2018-06-01 13:37:12 UTC auth-europe decline_ratio=0.19 threshold=0.08 scope=UK-issuers
```""",
    "comments": [
        ("120401", "Priya Lund", "2018-06-01T14:30", """Not cyber. A switch in the primary data centre has partially failed; it's not dead, so the secondary can't take over cleanly - primary keeps trying to sync messages with it and the secondary is building a backlog. Teams chat from the bridge in veo4471-teams.txt (London time)."""),
        ("120402", "Owen Hart", "2018-06-01T21:10", """10:00 PM public statement published: hardware failure, not a cyber attack. Processing improving, not normal yet."""),
        ("120403", "Priya Lund", "2018-06-02T08:30", """overnight: primary isolated, secondary at full capacity. Compensation/duplicate-charge queries will go on for days - tracked in VEO-4472."""),
        ("120404", "Owen Hart", "2018-06-15T16:00", """From our letter to the Treasury Committee: the incident lasted from 2:35pm on Friday 1 June to 12:45am on Saturday 2 June (UK time). 51.2 million transactions were initiated, 5.2 million failed to process; at peak about 35% of UK cardholder transactions failed."""),
    ],
    "changelog": [
        ("Priya Lund", "2018-06-01T13:59", [("status", "Open", "In Progress")]),
        ("Priya Lund", "2018-06-02T08:31", [("status", "In Progress", "Monitoring")]),
        ("Owen Hart", "2018-06-15T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "veo4471-teams.txt", "zone": "Europe/London", "referenceDate": "2018-06-01", "text": """
[6/1/2018 2:52 PM] Priya Lund:
joined the bridge late, it's already running - what's the failure rate?
[6/1/2018 3:15 PM] Owen Hart:
around a third of UK cardholder auths failing right now, worst we've seen
[6/1/2018 3:40 PM] Priya Lund:
manual isolation of the primary site is not going through, sync traffic still flowing to the secondary
[6/2/2018 12:45 AM] Priya Lund:
secondary at full capacity, failure rate back to baseline
"""}],
    "expected": {
        "events": [["2018-06-01T13:35Z", ["incident lasted"]], ["2018-06-01T13:37Z", ["decline_ratio"]], ["2018-06-01T21:00Z", ["statement"]],
                   ["2018-06-01T23:45Z", ["incident lasted", "baseline"]]],
        "keyTimes": {
            "started": kt("2018-06-01T13:35Z", S, "the incident lasted from 2:35pm on Friday 1 June to 12:45am on Saturday 2 June", "comment 120404"),
            "detected": kt("2018-06-01T13:37Z", S, "auth-europe decline_ratio=0.19 threshold=0.08", "description"),
            "resolved": kt("2018-06-01T23:45Z", S, "the incident lasted from 2:35pm on Friday 1 June to 12:45am on Saturday 2 June", "comment 120404")},
        "responders": [["Priya Lund", None], ["Owen Hart", "comms"]],
        "narrative": nar(["partially failed", "switch"], ["primary isolated"], ["VEO-4471", "VEO-4472"],
                         "From 2:35pm on 1 June 2018 to 12:45am on 2 June (UK time) many Visa card payments in the UK and Europe failed; 5.2 million of 51.2 million transactions did not process."),
    }})

# 5. AT&T Mobility nationwide outage, 22 February 2024 (FCC report) ------------------------------------------------
I.append({
    "id": "att-2024-02-mobility-slack", "name": "AT&T Mobility 22 February 2024 nationwide wireless outage (network change with equipment configuration error)",
    "issueId": "94105", "key": "MNO-2242", "summary": "NATIONWIDE - devices detached, SOS mode, voice + 5G data down",
    "reporter": "Dana Ruiz", "assignee": "Marc Obi", "labels": ["sev0", "nationwide", "firstnet", "fcc-reportable"],
    "components": ["mobility-core", "registration"], "created": "2024-02-22T09:20", "now": "2024-07-30T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """All markets: handsets dropping to SOS, voice and 5G data gone, FirstNet included. 911 calls from our subs failing in places.

Top theory on the bridge right now: attack on the core (DDoS?). CISA already pinging. Opening this for the record.""",
    "comments": [
        ("120501", "Marc Obi", "2024-02-22T09:50", """Not external. A network element added in tonight's maintenance window went in with a bad config; the network went into protect mode and disconnected every device. Rolling back. #mob-noc thread in mno2242-slack.txt (Central)."""),
        ("120502", "Dana Ruiz", "2024-02-22T16:05", """10:00 AM CT website post published: some customers experiencing disruptions, working to restore. Registration systems are flooded with re-registration requests - that's the long tail now."""),
        ("120503", "Dana Ruiz", "2024-02-22T20:15", """2:10 PM CT statement: we have restored wireless service to all our affected customers. Keeping this open for the FCC/NORS reporting."""),
        ("120504", "Marc Obi", "2024-07-23T15:00", """FCC report is out. Key lines, for the PIR:
AT&T Mobility implemented a network change with an equipment configuration error at 2:42 AM CST.
Just three minutes later, at 2:45 AM CST, the nationwide outage began.
It took close to two hours to roll back the change; full restoration took at least 12 hours (device registration overwhelmed).
No peer review of the change; FirstNet customers told three hours after it began."""),
    ],
    "changelog": [
        ("Marc Obi", "2024-02-22T09:21", [("status", "Open", "In Progress")]),
        ("Dana Ruiz", "2024-02-22T20:16", [("status", "In Progress", "Monitoring")]),
        ("Marc Obi", "2024-07-23T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mno2242-slack.txt", "zone": "America/Chicago", "referenceDate": "2024-02-22", "text": """
PagerDuty  APP  2:46 AM
[TRIGGERED] #44120 MME mass detach - all markets (P1)
Dana Ruiz  3:18 AM
joined, bridge already running. SOS on every test handset in DFW and ATL
Marc Obi  3:25 AM
Dana you're IC, I'll take the rollback
Marc Obi  4:40 AM
rollback of the element config done. devices hammering registration now
:rotating_light: 6
Dana Ruiz  5:05 AM
prioritising FirstNet on re-registration
"""}],
    "expected": {
        "events": [["2024-02-22T08:42Z", ["network change"]], ["2024-02-22T08:45Z", ["outage began"]], ["2024-02-22T08:46Z", ["triggered"]],
                   ["2024-02-22T16:00Z", ["website post"]], ["2024-02-22T20:10Z", ["restored"]]],
        "keyTimes": {
            "started": kt("2024-02-22T08:45Z", S, "at 2:45 AM CST, the nationwide outage began", "comment 120504"),
            "detected": kt("2024-02-22T08:46Z", S, "[TRIGGERED] #44120 MME mass detach - all markets", "mno2242-slack.txt"),
            "resolved": kt("2024-02-22T20:10Z", S, "2:10 PM CT statement: we have restored wireless service to all our affected customers", "comment 120503")},
        "responders": [["Dana Ruiz", "incident commander"], ["Marc Obi", None]],
        "narrative": nar(["configuration error", "protect mode"], ["roll back"], ["MNO-2242"],
                         "From 2:45 AM CST on 22 February 2024 AT&T wireless customers across the US lost voice and 5G data service, including calls to 911, until service was restored in the afternoon.",
                         badly=["No peer review"]),
    }})

# 6. Optus nationwide outage, 8 November 2023 (Senate committee timeline, AEDT) ------------------------------------
I.append({
    "id": "optus-2023-11-core-whatsapp", "name": "Optus 8 November 2023 nationwide mobile, internet and fixed outage (routers shut down after routing update flood)",
    "issueId": "94106", "key": "OPN-1108", "summary": "NATIONAL OUTAGE mobile/nbn/fixed - 000 impacted",
    "reporter": "Ana Petrakis", "assignee": "Tom Kaur", "labels": ["sev1", "national", "triple-zero"],
    "components": ["ip-core", "mobile-core"], "created": "2023-11-07T18:10", "now": "2023-11-24T02:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Everything down nationally: mobile, nbn, fixed voice. Landline calls to 000 failing. Hospitals, trains and EFTPOS ringing the business line (from other carriers' phones).

First guess: cyber attack (after last year we all think it). Security team paged.""",
    "comments": [
        ("120601", "Tom Kaur", "2023-11-07T21:00", """(AEDT) Nothing points to cyber. ~90 IP core routers isolated themselves - protective shutdown after a flood of routing information from the international peering side following a software upgrade. Our engineers' WhatsApp group exported as opn1108-whatsapp.txt."""),
        ("120602", "Tom Kaur", "2023-11-08T00:45", """10:30am hard reboot of the network started - about 100 devices across 14 sites, several need someone physically on site. 10:38am consumer internet starting to come back. Mobile patchy. NOT resolved."""),
        ("120603", "Ana Petrakis", "2023-11-08T08:00", """Restoration was gradual all day, site by site. Nobody wrote down when the last site came back; closing the bridge."""),
        ("120604", "Ana Petrakis", "2023-11-21T02:00", """Senate committee timeline (AEDT), copied for the PIR: loss of connectivity began at around 4:05am.
4:37am network team fully engaged.
4:38am nationwide alert to frontline teams.
6:33am first public statement.
7:02am regulator (ACMA) told about the effect on Triple Zero calls."""),
    ],
    "changelog": [
        ("Tom Kaur", "2023-11-07T18:11", [("status", "Open", "In Progress")]),
        ("Ana Petrakis", "2023-11-08T08:01", [("status", "In Progress", "Monitoring")]),
        ("Ana Petrakis", "2023-11-21T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "opn1108-whatsapp.txt", "zone": "Australia/Sydney", "referenceDate": "2023-11-08", "text": """
8/11/23, 4:37 am - Tom K: on it. every core router we can see has isolated itself??
8/11/23, 4:52 am - Ana P: can't reach them remotely, mgmt network rides the same core
8/11/23, 6:33 am - Ana P: first statement out on website + socials
8/11/23, 9:15 am - Tom K: <Media omitted>
8/11/23, 10:38 am - Tom K: consumer internet coming back after the reboot 🙏
"""}],
    "expected": {
        "events": [["2023-11-07T17:05Z", ["connectivity"]], ["2023-11-07T17:37Z", ["engaged", "on it"]],
                   ["2023-11-07T17:38Z", ["alert"]], ["2023-11-07T19:33Z", ["first", "statement"]],
                   ["2023-11-07T23:30Z", ["reboot"]], ["2023-11-07T23:38Z", ["internet"]]],
        "keyTimes": {
            "started": kt("2023-11-07T17:05Z", S, "loss of connectivity began at around 4:05am", "comment 120604"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Tom Kaur", None], ["Ana Petrakis", None]],
        "narrative": nar(["routing information", "isolated themselves"], ["hard reboot"], ["OPN-1108"],
                         "From about 4:05am AEDT on 8 November 2023 Optus mobile, internet and fixed services failed across Australia, including some calls to 000; services came back gradually from mid-morning."),
    }})

# 7. Tokyo Stock Exchange (Arrowhead) full-day halt, 1 October 2020 -----------------------------------------------
I.append({
    "id": "tse-2020-10-arrowhead-memo", "name": "Tokyo Stock Exchange 1 October 2020 full-day trading halt (shared disk memory failure, failover did not happen)",
    "issueId": "94107", "key": "ARW-1001", "summary": "Arrowhead: market information distribution failure",
    "reporter": "Kenji Morita", "assignee": "Yui Sakamoto", "labels": ["sev1", "arrowhead", "trading-halt"],
    "components": ["arrowhead", "market-data"], "created": "2020-09-30T22:20", "now": "2020-10-09T06:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """Market information distribution not working on Arrowhead. Participants will see nothing when order acceptance opens.
Suspect the network switch replaced in last weekend's maintenance. Vendor called.""",
    "comments": [
        ("120701", "Yui Sakamoto", "2020-09-30T23:50", """Not the network switch. Shared disk device No.1 had a memory failure; the automatic switchover to No.2 did not happen (a setting). All issues halted. Ops room memo pasted as arw1001-memo.txt (JST)."""),
        ("120702", "Kenji Morita", "2020-10-01T03:30", """Decided with participants: no trading for the whole day, a mid-day restart would leave orders in an unknown state. Replacing the device tonight."""),
        ("120703", "Yui Sakamoto", "2020-10-01T10:45", """device replaced, restart + rehearsal OK. notice to participants sent in the evening."""),
        ("120704", "Kenji Morita", "2020-10-02T00:10", """Trading resumed normally at 9:00 JST today (Oct 2). Closing; report to the FSA tracked in ARW-1002."""),
    ],
    "changelog": [
        ("Yui Sakamoto", "2020-09-30T22:21", [("status", "Open", "In Progress")]),
        ("Yui Sakamoto", "2020-10-01T10:46", [("status", "In Progress", "Monitoring")]),
        ("Kenji Morita", "2020-10-02T00:11", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("ARW-1002", "report to the FSA / recurrence prevention")],
    "pastes": [{"file": "arw1001-memo.txt", "zone": "Asia/Tokyo", "referenceDate": "2020-10-01", "text": """
2020/10/01 運用メモ (JST)
07:04 共有ディスク装置1号機 memory failure alert on console. 2号機への自動切替 NG
07:30 vendor engineers on site
08:00 order acceptance: not opened
09:00 no opening - all issues halted
"""}],
    "expected": {
        "events": [["2020-09-30T22:04Z", ["memory failure"]], ["2020-10-01T00:00Z", ["halted"]],
                   ["2020-10-02T00:00Z", ["resumed"]]],
        "keyTimes": {
            "started": kt("2020-09-30T22:04Z", S, "memory failure alert on console", "arw1001-memo.txt"),
            "detected": kt("2020-09-30T22:04Z", S, "memory failure alert on console", "arw1001-memo.txt"),
            "resolved": kt("2020-10-02T00:00Z", S, "Trading resumed normally at 9:00 JST today (Oct 2)", "comment 120704")},
        "responders": [["Yui Sakamoto", None], ["Kenji Morita", None]],
        "narrative": nar(["memory failure", "switchover"], ["device replaced"], ["ARW-1001", "ARW-1002"],
                         "On 1 October 2020 no shares traded on the Tokyo Stock Exchange all day because market information could not be distributed; trading resumed at 9:00 JST on 2 October."),
    }})

# 8. Washington State NG911 outage, 9-10 April 2014 (CenturyLink report to WUTC; Intrado router counter) -----------
I.append({
    "id": "wa911-2014-04-ng911-noclog", "name": "Washington State 911 outage 9-10 April 2014 (call router counter cap at the Englewood ECMC)",
    "issueId": "94108", "key": "NGE-410", "summary": "WA PSAPs: 911 calls not arriving (statewide?)",
    "reporter": "Lorna Basset", "assignee": "Rick Dunmore", "labels": ["911", "sev1", "wutc-reportable"],
    "components": ["ng911-routing", "psap-trunks"], "created": "2014-04-10T09:30", "now": "2014-04-30T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Several WA PSAPs say 911 trunks idle for hours, callers hearing fast busy. Some Oregon PSAPs also reporting trouble.
My guess: the Oregon fiber problem tonight is taking our Washington routing down with it.""",
    "comments": [
        ("120801", "Rick Dunmore", "2014-04-10T11:00", """Oregon is a separate thing (coincidence, different cause). Washington: the vendor's call router at the Englewood ECMC stopped assigning calls - a trunk assignment counter hit its cap. Working on moving WA traffic to the Miami ECMC. NOC log pasted (nge410-noc.txt, Pacific)."""),
        ("120802", "Lorna Basset", "2014-04-10T13:30", """PSAPs confirm calls arriving again via Miami. Callbacks to abandoned-call numbers being worked by the PSAPs."""),
        ("120803", "Lorna Basset", "2014-04-24T18:00", """Major outage report to WUTC (our wording): between 11:45 PM Pacific on April 9 and 6:06 AM on April 10 the Washington NG911 system had an outage caused by a technical error in a third-party call router. About 770 911 calls completed and 4,500 failed, across 127 PSAPs."""),
    ],
    "changelog": [
        ("Rick Dunmore", "2014-04-10T09:31", [("status", "Open", "In Progress")]),
        ("Lorna Basset", "2014-04-10T13:31", [("status", "In Progress", "Monitoring")]),
        ("Lorna Basset", "2014-04-24T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "nge410-noc.txt", "zone": "America/Los_Angeles", "referenceDate": "2014-04-10", "text": """
NOC shift log - night - 04/10/2014 (Pacific)
02:14  PSAP (Spokane) on the phone: no 911 calls since around midnight; other PSAPs called earlier, first calls not logged
03:40  vendor bridge: calls to Englewood ECMC not being assigned to PSAP trunks
xx:xx  vendor: cause = trunk assignment counter exceeded its cap (time not logged)
06:06  911 calls routing again via Miami ECMC, test calls OK
"""}],
    "expected": {
        "events": [["2014-04-10T06:45Z", ["outage"]], ["2014-04-10T13:06Z", ["routing again"]]],
        "keyTimes": {
            "started": kt("2014-04-10T06:45Z", S, "between 11:45 PM Pacific on April 9 and 6:06 AM on April 10", "comment 120803"),
            "detected": kt(None, U),
            "resolved": kt("2014-04-10T13:06Z", S, "between 11:45 PM Pacific on April 9 and 6:06 AM on April 10", "comment 120803")},
        "responders": [["Rick Dunmore", None], ["Lorna Basset", None]],
        "narrative": nar(["counter hit its cap"], ["Miami ECMC"], ["NGE-410"],
                         "Between 11:45 PM Pacific on 9 April and 6:06 AM on 10 April 2014 most 911 calls in Washington State did not reach a call centre; about 4,500 calls failed."),
    }})

# 9. NATS flight plan processing failure, 28 August 2023 -----------------------------------------------------------
I.append({
    "id": "nats-2023-08-fprsa-email", "name": "NATS 28 August 2023 flight plan processing failure (FPRSA-R primary and backup in fail-safe)",
    "issueId": "94109", "key": "FPS-2808", "summary": "FPRSA-R primary AND backup down - manual flight plan input",
    "reporter": "Harriet Vause", "assignee": "Colm Redding", "labels": ["sev1", "fprsa-r", "bank-holiday"],
    "components": ["flight-data", "fprsa-r"], "created": "2023-08-28T07:50", "now": "2023-09-12T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """FPRSA-R primary and backup both in maintenance mode, no automatic flight plan processing. Controllers inputting plans by hand, flow restrictions going on.

Guess: the feed from Eurocontrol (IFPS) sending garbage, or worse. Bank holiday Monday, of course.""",
    "comments": [
        ("120901", "Colm Redding", "2023-08-28T08:30", """Level 2 engineer couldn't get in remotely (credentials), travelling to site - about 90 minutes. Harriet has IC. Manufacturer (Frequentis) contacted."""),
        ("120902", "Harriet Vause", "2023-08-28T14:30", """Customer email chain pasted as fps2808-email.txt. 15:15 statement going out: issue identified and remedied, monitoring. Restrictions stay in place while the backlog clears; airlines expect knock-on for days, so this is not the end of the impact."""),
        ("120903", "Colm Redding", "2023-08-28T19:00", """automatic processing stable all afternoon. no time written down for when restrictions came fully off - ops supervisor will check."""),
        ("120904", "Harriet Vause", "2023-09-06T09:00", """Preliminary report summary: at 08:32 BST a flight plan (US to France) with two identically named waypoints outside UK airspace caused a critical exception; primary and backup entered fail-safe within seconds. Capacity fell to what manual processing allows.
- actions: engineer on site during peaks, remote access check, earlier notification to airlines/airports."""),
    ],
    "changelog": [
        ("Colm Redding", "2023-08-28T07:51", [("status", "Open", "In Progress")]),
        ("Harriet Vause", "2023-08-28T19:05", [("status", "In Progress", "Monitoring")]),
        ("Harriet Vause", "2023-09-06T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fps2808-email.txt", "zone": "Europe/London", "referenceDate": "2023-08-28", "text": """
From: NATS Customer Affairs
Sent: 28 August 2023 15:15
Subject: RE: Technical issue - traffic flow restrictions
The issue has been identified and remedied; engineers will monitor performance as we return to normal operations.

-----Original Message-----
From: NATS Customer Affairs
Sent: 28 August 2023 12:10
Subject: Technical issue - traffic flow restrictions
We are currently experiencing a technical issue and have applied traffic flow restrictions to maintain safety.
"""}],
    "expected": {
        "events": [["2023-08-28T07:32Z", ["critical exception", "flight plan"]], ["2023-08-28T11:10Z", ["technical issue"]],
                   ["2023-08-28T14:15Z", ["remedied", "technical issue"]]],
        "keyTimes": {
            "started": kt("2023-08-28T07:32Z", S, "at 08:32 BST a flight plan (US to France) with two identically named waypoints", "comment 120904"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Harriet Vause", "incident commander"], ["Colm Redding", None]],
        "narrative": nar(["identically named waypoints", "critical exception"], ["remedied"], ["FPS-2808"],
                         "From 08:32 BST on 28 August 2023 UK air traffic control could not process flight plans automatically; flow restrictions led to about 1,500 cancellations that day and disruption for days after.",
                         badly=["couldn't get in remotely"]),
    }})

# 10. FAA NOTAM system outage and national ground stop, 11 January 2023 --------------------------------------------
I.append({
    "id": "faa-notam-2023-01-bridge", "name": "FAA 11 January 2023 NOTAM system outage and nationwide departure pause (database files deleted)",
    "issueId": "94110", "key": "NTM-111", "summary": "NOTAM distribution down - pilots cannot get NOTAMs",
    "reporter": "Gloria Benning", "assignee": "Terrence Oyelaran", "labels": ["sev1", "notam", "nas-impact"],
    "components": ["notam-system", "databases"], "created": "2023-01-11T08:30", "now": "2023-01-27T18:00:00Z",
    "defaultZone": "America/New_York",
    "description": """NOTAM system not distributing. Dispatchers falling back to the phone hotline, which can't keep up as the morning pushes start.
Guess: the overnight sync job corrupted the main database? Or cyber - the White House will ask within the hour.""",
    "comments": [
        ("121001", "Terrence Oyelaran", "2023-01-11T11:35", """6:29 AM ET public post: working to restore the NOTAM system, final validation checks and reloading now. Bridge notes pasted as ntm111-bridge.txt."""),
        ("121002", "Gloria Benning", "2023-01-11T14:00", """8:50 AM ET ground stop lifted: normal air traffic operations resuming gradually across the U.S. Backlog of delays for the rest of the day."""),
        ("121003", "Terrence Oyelaran", "2023-01-19T18:00", """Preliminary finding: contractor personnel unintentionally deleted files while working to correct synchronization between the live primary database and a backup database. The outage began overnight; the start minute is not in our notes or the bridge log."""),
    ],
    "changelog": [
        ("Terrence Oyelaran", "2023-01-11T08:31", [("status", "Open", "In Progress")]),
        ("Gloria Benning", "2023-01-11T14:01", [("status", "In Progress", "Monitoring")]),
        ("Terrence Oyelaran", "2023-01-19T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ntm111-bridge.txt", "zone": "America/New_York", "referenceDate": "2023-01-11", "text": """
NOTAM bridge - Wed 1/11 (ET) - notes by G. Benning
07:19  FAA orders pause of all domestic departures until 9:00 ET, to validate flight + safety info
07:39  press office: no evidence of a cyberattack at this point
08:15  departures resuming at EWR and ATL first (congestion worst there)
08:50  ground stop lifted nationwide
"""}],
    "expected": {
        "events": [["2023-01-11T11:29Z", ["restore"]], ["2023-01-11T12:19Z", ["pause"]],
                   ["2023-01-11T12:39Z", ["cyberattack"]], ["2023-01-11T13:15Z", ["resuming"]],
                   ["2023-01-11T13:50Z", ["lifted"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(None, U),
            "resolved": kt("2023-01-11T13:50Z", S, "8:50 AM ET ground stop lifted", "comment 121002")},
        "responders": [["Terrence Oyelaran", None], ["Gloria Benning", "scribe"]],
        "narrative": nar(["unintentionally deleted files"], ["reloading"], ["NTM-111"],
                         "On the morning of 11 January 2023 the FAA's NOTAM system was unavailable and all US domestic departures were paused until the ground stop was lifted at 8:50 AM ET."),
    }})

# 11. ASX Trade refresh go-live, 16 November 2020 -------------------------------------------------------------------
I.append({
    "id": "asx-2020-11-trade-refresh-chat", "name": "ASX 16 November 2020 equity market halted on ASX Trade refresh go-live day (combination trading data issue)",
    "issueId": "94111", "key": "ATR-1116", "summary": "Equity market paused - market data issue (go-live day)",
    "reporter": "Bronwyn Castle", "assignee": "Imran Qadir", "labels": ["sev1", "go-live", "market-halt"],
    "components": ["asx-trade", "market-data"], "created": "2020-11-15T23:40", "now": "2020-11-25T06:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Equity market paused, no trading while we investigate market data issues. First day on the refreshed ASX Trade.
First thought: a market data vendor / Chi-X feed issue at their end showing us wrong prices? checking their status.""",
    "comments": [
        ("121101", "Imran Qadir", "2020-11-16T01:30", """Vendors fine, it's us. Software issue limited to combination trading (multiple securities in a single order) is creating inaccurate market data. Nasdaq engineers on the call. Ops chat pasted as atr1116-chat.txt (Sydney time)."""),
        ("121102", "Bronwyn Castle", "2020-11-16T04:10", """3:00pm update published: underlying issue identified, market will not reopen today, trading recommences 10:00am tomorrow."""),
        ("121103", "Imran Qadir", "2020-11-16T23:15", """Opened on time at 10:00am AEDT today (17 Nov), normal trading all groups. Closing; ASIC incident report under ATR-1117. Centre Point stays off for now."""),
    ],
    "changelog": [
        ("Imran Qadir", "2020-11-15T23:41", [("status", "Open", "In Progress")]),
        ("Bronwyn Castle", "2020-11-16T04:11", [("status", "In Progress", "Monitoring")]),
        ("Imran Qadir", "2020-11-16T23:16", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "atr1116-chat.txt", "zone": "Australia/Sydney", "referenceDate": "2020-11-16", "text": """
16/11/2020 09:58:31 mkt-ops (Bronwyn): go-live checklist complete, pre-open normal
16/11/2020 10:00:02 mkt-ops (Bronwyn): open OK, groups transitioning
16/11/2020 10:24:10 mkt-ops (Imran): ALL SECURITIES HALTED - market data issue, placing market in Enquire
16/11/2020 10:31:45 surveillance (Mei): combination trades printing prices that make no sense
"""}],
    "expected": {
        "events": [["2020-11-15T23:00Z", ["open"]], ["2020-11-15T23:24Z", ["halted"]],
                   ["2020-11-16T04:00Z", ["update"]], ["2020-11-16T23:00Z", ["opened"]]],
        "keyTimes": {
            "started": kt("2020-11-15T23:24Z", S, "ALL SECURITIES HALTED - market data issue", "atr1116-chat.txt"),
            "detected": kt(None, U),
            "resolved": kt("2020-11-16T23:00Z", S, "Opened on time at 10:00am AEDT today (17 Nov)", "comment 121103")},
        "responders": [["Imran Qadir", None], ["Bronwyn Castle", "comms"], ["Mei", None]],
        "narrative": nar(["combination trading", "inaccurate market data"], ["trading recommences"], ["ATR-1116", "ATR-1117"],
                         "From 10:24am AEDT on 16 November 2020 no shares traded on the ASX for the rest of the day; trading reopened at 10:00am on 17 November."),
    }})

# 12. London Stock Exchange delayed open, 16 August 2019 -------------------------------------------------------------
I.append({
    "id": "lse-2019-08-open-delay-ib", "name": "London Stock Exchange 16 August 2019 FTSE 100/250 open delayed 1h40 (trading services issue)",
    "issueId": "94112", "key": "LTS-816", "summary": "FTSE 100 / FTSE 250 securities not opening",
    "reporter": "Fergus Albright", "assignee": "Sana Mirza", "labels": ["p1", "delayed-open", "sets"],
    "components": ["sets", "market-operations"], "created": "2019-08-16T07:12", "now": "2019-08-23T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """FTSE 100 and FTSE 250 names stuck, no opening auction uncross. Smaller companies and AIM trading normally.
First guess: overnight reference data load (index review file?) broke the segment config.
```
2019-08-16T07:00:04Z SETS-MON WARN uncross not executed segment=FE10,FE25 (opening auction)
```""",
    "comments": [
        ("121201", "Sana Mirza", "2019-08-16T07:55", """8:50 notice out: investigation continues, next update at 09:15. Not the reference data - file loaded clean. Market ops IB chat pasted as lts816-ib.txt."""),
        ("121202", "Sana Mirza", "2019-08-16T08:45", """FTSE 100 and 250 trading from 09:40 BST, auctions uncrossed, first prints in."""),
        ("121203", "Fergus Albright", "2019-08-19T10:00", """Market notice (final): FTSE 100 and FTSE 250 securities, due to open at 08:00, did not open until 09:40 because of a trading services issue; other securities traded normally. Root cause write-up from the vendor still pending, tracked in LTS-817."""),
    ],
    "changelog": [
        ("Sana Mirza", "2019-08-16T07:13", [("status", "Open", "In Progress")]),
        ("Sana Mirza", "2019-08-16T08:46", [("status", "In Progress", "Monitoring")]),
        ("Fergus Albright", "2019-08-19T10:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "lts816-ib.txt", "zone": "Europe/London", "referenceDate": "2019-08-16", "text": """
(chat copied from when I joined, earlier messages not in my client)
08:35:10 SMIRZA: spokesperson line agreed: technical issue affecting trading in some securities, no further details
08:50:02 SMIRZA: next update 09:15
09:15:30 FALBRIGHT: restart of the affected segments in progress
09:40:05 SMIRZA: FTSE 100/250 trading, uncross done
"""}],
    "expected": {
        "events": [["2019-08-16T07:00Z", ["due to open", "uncross"]], ["2019-08-16T07:35Z", ["technical issue"]],
                   ["2019-08-16T07:50Z", ["update"]], ["2019-08-16T08:40Z", ["trading"]]],
        "keyTimes": {
            "started": kt("2019-08-16T07:00Z", S, "due to open at 08:00, did not open until 09:40", "comment 121203"),
            "detected": kt("2019-08-16T07:00Z", S, "SETS-MON WARN uncross not executed", "description"),
            "resolved": kt("2019-08-16T08:40Z", S, "due to open at 08:00, did not open until 09:40", "comment 121203")},
        "responders": [["Sana Mirza", None], ["Fergus Albright", None]],
        "narrative": nar(["trading services issue"], ["restart of the affected segments"], ["LTS-816", "LTS-817"],
                         "On 16 August 2019 FTSE 100 and FTSE 250 shares could not be traded on the London Stock Exchange from the 08:00 open until 09:40."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

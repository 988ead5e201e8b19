"""Held-out 19 incidents: compact specs. Organisations outside software companies only (grid operators, a telecom
carrier, an airline, a mobile operator, stock exchanges, a futures/equities desk, a distribution utility).
Timeline facts from public regulator / operator / press statements (SOURCES-heldout19.md); people, ticket keys, chat
wording, team habits, the wrong first guesses and the lines marked invented there are made up."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"

I = []

# 1. South Australia system black, 28 September 2016 (AEMO) - seen from a distribution control room -----------------
I.append({
    "id": "sa-2016-09-systemblack-dcr", "name": "South Australia system black 28 September 2016 (storm, wind farm ride-through, Heywood interconnector trip)",
    "issueId": "99101", "key": "DCR-2809", "summary": "SA state-wide loss of supply",
    "reporter": "Kylie Brandt", "assignee": "Tom Harkness", "labels": ["major-event", "system-black"],
    "components": ["distribution-control", "sub-transmission"], "created": "2016-09-28T06:40", "now": "2016-10-20T03:00:00Z",
    "defaultZone": "Australia/Adelaide",
    "description": """Whole state off. Every feeder board red. Storm has flattened transmission towers up north - that is the cause, towers down = no supply. Raising for the reference number.

Note AEMO quotes NEM time (AEST), we are on ACST - half an hour apart.""",
    "comments": [
        ("139101", "Tom Harkness", "2016-09-28T07:25", """Towers going down up north were not enough by themselves - AEMO says several wind farms reduced output after repeated faults, Heywood interconnector overloaded and tripped and the state islanded and went black. Control log pasted (dcr2809-log.txt, times off the SCADA in ACST). Line fault alarms before the black were the storm hitting lines, supply was still on then."""),
        ("139102", "Kylie Brandt", "2016-09-29T01:10", """Adelaide metro mostly back overnight. Some northern areas out for days while ElectraNet rebuilds towers. Nobody logged when the last metro customer came back; restoration was in blocks and AEMO will publish figures later."""),
        ("139103", "Tom Harkness", "2016-10-05T02:00", """AEMO preliminary report read. For our file: the system black occurred at 16:18 NEM time, i.e. 15:48 local. Leave the restoration end blank - the report gives percentages, not a minute for us."""),
    ],
    "changelog": [
        ("Tom Harkness", "2016-09-28T06:41", [("status", "Open", "In Progress")]),
        ("Kylie Brandt", "2016-09-29T01:12", [("status", "In Progress", "Monitoring")]),
        ("Tom Harkness", "2016-10-19T23:30", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dcr2809-log.txt", "zone": "Australia/Adelaide", "referenceDate": "2016-09-28", "text": """
DCR SCADA EVENT LOG 28-09-2016 (ACST)
15:46:xx  line fault alarms northern 275kV (storm) - supply maintained
15:48:14  ALARM  SYSTEM BLACK  all zone substations loss of voltage
15:52     KB: phones jammed, 000 and our faults line, whole metro dark
16:31     AEMO: black start plan, wait for energisation via Heywood
"""}],
    "expected": {
        "events": [["2016-09-28T06:18Z", ["SYSTEM BLACK", "system black"]], ["2016-09-28T06:22Z", ["phones"]],
                   ["2016-09-28T07:01Z", ["black start"]]],
        "keyTimes": {
            "started": kt("2016-09-28T06:18Z", S, "the system black occurred at 16:18 NEM time, i.e. 15:48 local", "comment 139103"),
            "detected": kt("2016-09-28T06:18Z", S, "ALARM  SYSTEM BLACK", "dcr2809-log.txt"),
            "resolved": kt(None, U)},
        "responders": [["Tom Harkness", None], ["Kylie Brandt", None]],
        "narrative": nar(["Heywood interconnector"], ["black start"], ["DCR-2809"],
                         "On 28 September 2016 the whole of South Australia lost supply at 15:48 local time after storm damage, wind farm output reductions and the trip of the Heywood interconnector; metro supply returned overnight and some areas stayed off for days."),
    }})

# 2. India northern grid collapse, 30 July 2012 ----------------------------------------------------------------------
I.append({
    "id": "india-2012-07-northgrid-ldc", "name": "Northern region grid collapse 30 July 2012 (Bina-Gwalior line trip, overdrawal), seen from a state load despatch centre",
    "issueId": "99102", "key": "SLD-3007", "summary": "Northern grid collapse - total blackout in state",
    "reporter": "Rakesh Venkatraman", "assignee": "Sunita Malhotra", "labels": ["grid-disturbance", "cea-report"],
    "components": ["sldc-ops"], "created": "2012-07-30T00:10", "now": "2012-08-20T06:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Total supply failure in our control area, early hours of Monday. Grid disturbance. Suspect our own 220kV ring tripped on the rain - checking.

Railways, Delhi Metro, hospitals on DG sets.""",
    "comments": [
        ("139201", "Sunita Malhotra", "2012-07-30T01:20", """Not our ring. NRLDC confirms the whole Northern Region collapsed. The 400kV Bina-Gwalior line tripped first (that trip itself did not cut anyone), then the region separated and collapsed. Our SCADA log in sld3007-scada.txt (IST)."""),
        ("139202", "Rakesh Venkatraman", "2012-07-30T07:45", """Most of our load back through the morning, traction supply given priority. We did not keep a clean minute for the last feeder - shift changed at 08:00 and the log went to the enquiry committee."""),
        ("139203", "Sunita Malhotra", "2012-08-16T10:00", """Enquiry committee report: collapse at 02:33 hrs on 30 July. (Next day, 31 July at 13:00 hrs, three regions went - separate ticket SLD-3107.)"""),
    ],
    "changelog": [
        ("Sunita Malhotra", "2012-07-30T00:12", [("status", "Open", "In Progress")]),
        ("Rakesh Venkatraman", "2012-07-30T07:46", [("status", "In Progress", "Monitoring")]),
        ("Sunita Malhotra", "2012-08-16T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sld3007-scada.txt", "zone": "Asia/Kolkata", "referenceDate": "2012-07-30", "text": """
30/07/2012 02:32:xx  400kV BINA-GWALIOR CKT TRIP (inter-regional, no load loss)
30/07/2012 02:33:11  ALARM  U/F  49.0Hz -> 47.9Hz  ALL 220kV FEEDERS OPEN  -- BLACKOUT
30/07/2012 02:40     RV: NRLDC hotline: whole NR down, wait for startup power from ER/WR
30/07/2012 04:15     first 220kV S/S charged from Western Region tie
"""}],
    "expected": {
        "events": [["2012-07-29T21:03Z", ["BLACKOUT", "collapse"]], ["2012-07-29T21:10Z", ["NRLDC"]],
                   ["2012-07-29T22:45Z", ["charged"]]],
        "keyTimes": {
            "started": kt("2012-07-29T21:03Z", S, "collapse at 02:33 hrs on 30 July", "comment 139203"),
            "detected": kt("2012-07-29T21:03Z", S, "ALL 220kV FEEDERS OPEN  -- BLACKOUT", "sld3007-scada.txt"),
            "resolved": kt(None, U)},
        "responders": [["Sunita Malhotra", None], ["Rakesh Venkatraman", None]],
        "narrative": nar(["Bina-Gwalior"], ["startup power"], ["SLD-3007"],
                         "At 02:33 IST on 30 July 2012 the Northern Region grid collapsed and left several hundred million people without power until restoration through the morning."),
    }})

# 3. Rogers national outage, 8 July 2022 -------------------------------------------------------------------------------
I.append({
    "id": "rogers-2022-07-core-noc", "name": "Rogers national wireless and wireline outage 8 July 2022 (core routing change removed a filter)",
    "issueId": "99103", "key": "NOC-0807", "summary": "National outage - wireless, internet, Interac down",
    "reporter": "Priya Ramdass", "assignee": "Marc-Andre Ouellet", "labels": ["sev0", "crtc"],
    "components": ["ip-core", "noc"], "created": "2022-07-08T09:30", "now": "2022-07-25T15:00:00Z",
    "defaultZone": "America/Toronto",
    "description": """Everything down nationally: mobile, home internet, cable. 911 calls failing from our customers. Interac debit down for merchants.

Could this be a cyberattack? Security bridge opened in parallel.""",
    "comments": [
        ("139301", "Marc-Andre Ouellet", "2022-07-08T11:05", """Not an attack. Overnight maintenance on the core: the sixth phase of the distribution router update went in and routing flooded the core routers. Earlier phases that night were fine (change window opened 2:27 a.m., no customer effect until the sixth). NOC log pasted, times ET."""),
        ("139302", "Priya Ramdass", "2022-07-09T14:00", """Services came back through Friday evening and night, region by region. Some customers still flaky Saturday. We don't have a single end minute and we are not going to make one up for the CRTC."""),
        ("139303", "Marc-Andre Ouellet", "2022-07-22T16:00", """CRTC response filed: outage began at approximately 4:43 a.m. ET on July 8 when the update was applied."""),
    ],
    "changelog": [
        ("Marc-Andre Ouellet", "2022-07-08T09:31", [("status", "Open", "In Progress")]),
        ("Priya Ramdass", "2022-07-09T14:01", [("status", "In Progress", "Monitoring")]),
        ("Marc-Andre Ouellet", "2022-07-22T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc0807-log.txt", "zone": "America/Toronto", "referenceDate": "2022-07-08", "text": """
[04:45:02] NMS CRIT  core-rtr-*  BGP sessions down x 312, CPU 100%
[04:46] overnight NOC tech paging IP core on-call
[05:15] on-call: can't reach mgmt plane, dispatching to sites
[08:30] decision: roll back sixth phase on the core, start with Toronto
"""}],
    "expected": {
        "events": [["2022-07-08T08:43Z", ["began"]], ["2022-07-08T08:45Z", ["BGP"]],
                   ["2022-07-08T09:15Z", ["mgmt plane"]], ["2022-07-08T12:30Z", ["roll back"]]],
        "keyTimes": {
            "started": kt("2022-07-08T08:43Z", S, "outage began at approximately 4:43 a.m. ET on July 8", "comment 139303"),
            "detected": kt("2022-07-08T08:45Z", S, "NMS CRIT  core-rtr-*  BGP sessions down x 312", "noc0807-log.txt"),
            "resolved": kt(None, U)},
        "responders": [["Marc-Andre Ouellet", None], ["Priya Ramdass", None]],
        "narrative": nar(["sixth phase"], ["roll back"], ["NOC-0807"],
                         "From about 4:43 a.m. ET on 8 July 2022 Rogers wireless, internet and cable services failed across Canada, including 911 access and Interac debit, with service returning through the evening and the next day."),
    }})

# 4. British Airways power failure, 27 May 2017 -----------------------------------------------------------------------
I.append({
    "id": "ba-2017-05-powerloss-whatsapp", "name": "British Airways IT failure 27 May 2017 (power supply lost and restored uncontrolled at a data centre)",
    "issueId": "99104", "key": "OPS-2705", "summary": "Check-in, baggage, ops systems down LHR/LGW",
    "reporter": "Gareth Pennington", "assignee": "Naomi Achebe", "labels": ["major-incident", "ops-disruption"],
    "components": ["airport-ops", "it-datacentre"], "created": "2017-05-27T08:20", "now": "2017-06-16T10:00:00Z",
    "defaultZone": "Europe/London",
    "description": """All check-in, bag drop and flight ops systems down at Heathrow and Gatwick, queues out of the terminal. Bank holiday weekend.

First thought from the hub: the new check-in kiosks release from Thursday.""",
    "comments": [
        ("139401", "Naomi Achebe", "2017-05-27T09:05", """Nothing to do with the kiosks release. Power went at the data centre near Heathrow and came back uncontrolled, damaging kit. Hub WhatsApp pasted (ops2705-whatsapp.txt, UK time)."""),
        ("139402", "Gareth Pennington", "2017-05-27T14:40", """All flights from Heathrow and Gatwick cancelled for today. Customer statement out."""),
        ("139403", "Naomi Achebe", "2017-05-29T18:00", """Full schedule at Gatwick, near-full at Heathrow today; baggage backlog will take days. Recap for the board: power supply issue at about 08:30 on Saturday. No single "everyone fine again" minute - flights were recovering over Sunday and Monday."""),
    ],
    "changelog": [
        ("Naomi Achebe", "2017-05-27T08:21", [("status", "Open", "In Progress")]),
        ("Gareth Pennington", "2017-05-29T18:05", [("status", "In Progress", "Monitoring")]),
        ("Naomi Achebe", "2017-06-15T12:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops2705-whatsapp.txt", "zone": "Europe/London", "referenceDate": "2017-05-27", "text": """
[27/05/2017, 08:41] Gareth P: T5 check-in screens all blank, FLY and bag systems unreachable. anyone??
[27/05/2017, 08:43] Naomi A: same at LGW North. calling IT major incident
[27/05/2017, 09:40] Naomi A: IT says it's power at the DC, not software
[27/05/2017, 11:12] Gareth P: stopping departures from LHR until at least 18:00
"""}],
    "expected": {
        "events": [["2017-05-27T07:30Z", ["power supply issue"]], ["2017-05-27T07:41Z", ["check-in"]],
                   ["2017-05-27T07:43Z", ["major incident"]], ["2017-05-27T10:12Z", ["departures"]]],
        "keyTimes": {
            "started": kt("2017-05-27T07:30Z", S, "power supply issue at about 08:30 on Saturday", "comment 139403"),
            "detected": kt("2017-05-27T07:41Z", S, "T5 check-in screens all blank", "ops2705-whatsapp.txt"),
            "resolved": kt(None, U)},
        "responders": [["Naomi Achebe", None], ["Gareth Pennington", "comms"]],
        "narrative": nar(["power"], ["full schedule"], ["OPS-2705"],
                         "On 27 May 2017 a power failure at a British Airways data centre stopped check-in and operations systems; all Heathrow and Gatwick departures were cancelled that day and about 75,000 passengers were affected."),
    }})

# 5. O2 UK data outage, 6 December 2018 (expired certificate in vendor software) ----------------------------------
I.append({
    "id": "o2-2018-12-data-cert-teams", "name": "O2 UK mobile data outage 6 December 2018 (expired certificate in packet-core software)",
    "issueId": "99105", "key": "MNO-0612", "summary": "No mobile data for O2 customers nationally",
    "reporter": "Declan Moss", "assignee": "Harriet Oyelaran", "labels": ["p1", "ofcom"],
    "components": ["packet-core", "noc"], "created": "2018-12-06T06:02", "now": "2018-12-21T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Data sessions failing nationwide since early this morning, voice and SMS OK. Twitter full of it. Our guess: last night's DNS resolver change.

`06:01 GMT ALERT pdp_create_success_rate 2.1% < 90% (national)`""",
    "comments": [
        ("139501", "Harriet Oyelaran", "2018-12-06T09:50", """DNS change rolled back at 07:15, no change. Vendor now says an expired certificate in the SGSN-MME software version - same thing hit other operators overnight. Teams export from the bridge in mno0612-teams.txt."""),
        ("139502", "Declan Moss", "2018-12-06T22:30", """Statement out: 4G data restored. 3G still to follow overnight."""),
        ("139503", "Harriet Oyelaran", "2018-12-07T11:00", """Recap for Ofcom: data service lost from 04:54 on Thursday (first PDP failures in the counters), 4G back 21:38, 2G/3G data restored 04:10 Friday. Customers first - the impact ended at 04:10 Fri when the last data layer came back."""),
    ],
    "changelog": [
        ("Harriet Oyelaran", "2018-12-06T06:03", [("status", "Open", "In Progress")]),
        ("Declan Moss", "2018-12-06T22:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Harriet Oyelaran", "2018-12-07T06:30", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Harriet Oyelaran", "2018-12-07T11:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mno0612-teams.txt", "zone": "Europe/London", "referenceDate": "2018-12-06", "text": """
[06:05] Declan Moss: customer care: calls spiking in the last few minutes, "no internet"
[06:20] Harriet Oyelaran: bridge up. vendor TAC engaged
[07:15] Harriet Oyelaran: rolled back the DNS resolver change. no improvement
[08:58] Harriet Oyelaran: vendor confirms cert expiry in SGSN-MME sw, patch being built
[21:38] Declan Moss: 4G data up nationwide
"""}],
    "expected": {
        "events": [["2018-12-06T04:54Z", ["data service lost"]], ["2018-12-06T06:01Z", ["ALERT"]],
                   ["2018-12-06T07:15Z", ["rolled back"]], ["2018-12-06T08:58Z", ["cert expiry"]],
                   ["2018-12-06T21:38Z", ["4G"]], ["2018-12-07T04:10Z", ["restored", "came back"]]],
        "keyTimes": {
            "started": kt("2018-12-06T04:54Z", S, "data service lost from 04:54 on Thursday", "comment 139503"),
            "detected": kt("2018-12-06T06:01Z", S, "ALERT pdp_create_success_rate 2.1% < 90% (national)", "description"),
            "resolved": kt("2018-12-07T04:10Z", S, "the impact ended at 04:10 Fri when the last data layer came back", "comment 139503")},
        "responders": [["Harriet Oyelaran", None], ["Declan Moss", "comms"]],
        "narrative": nar(["expired certificate"], ["patch"], ["MNO-0612"],
                         "On 6 December 2018 O2 customers in the UK lost mobile data from early morning; 4G data returned that evening and 2G/3G data overnight."),
    }})

# 6. US equities "flash crash", 6 May 2010 - seen from a broker-dealer's trading desk --------------------------------
I.append({
    "id": "flashcrash-2010-05-desk-ib", "name": "US equity and futures flash crash 6 May 2010 (large E-mini sell program, liquidity withdrawal)",
    "issueId": "99106", "key": "TRD-0605", "summary": "Intraday crash - stub quotes filled, client orders at absurd prices",
    "reporter": "Lena Kowalczyk", "assignee": "Victor Amaechi", "labels": ["market-event", "finra"],
    "components": ["equities-trading", "market-access"], "created": "2010-05-06T19:20", "now": "2010-10-05T14:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Market fell off a cliff this afternoon, client market orders filled at a penny in some names (ACN, EXC). Our first guess was our own smart order router going haywire - pulled it at 2:51.

Desk IB chat attached (CME guys in Chicago, their times are Central).""",
    "comments": [
        ("139601", "Victor Amaechi", "2010-05-06T20:30", """Router was fine. The whole market did this. Exchanges will bust trades more than 60% away from the 2:40 price."""),
        ("139602", "Lena Kowalczyk", "2010-05-07T13:00", """Busted trade list received overnight, 20,000+ trades across 300+ securities."""),
        ("139603", "Victor Amaechi", "2010-10-04T15:00", """SEC/CFTC joint report is out. The window it gives: prices of many securities declined precipitously between 2:40 and 3:00 p.m. and then recovered. Using that for our client letters, not the ticket times."""),
    ],
    "changelog": [
        ("Victor Amaechi", "2010-05-06T19:21", [("status", "Open", "In Progress")]),
        ("Lena Kowalczyk", "2010-05-07T13:01", [("status", "In Progress", "Monitoring")]),
        ("Victor Amaechi", "2010-10-04T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "trd0605-ib.txt", "zone": "America/Chicago", "referenceDate": "2010-05-06", "text": """
13:41:55 lkowalczyk: something is very wrong, ES down 3 handles in a minute, our clients screaming about fills
13:42:30 cme_desk_mike: seeing it, sellers everywhere
13:45:28 cme_desk_mike: stop logic hit on ES, 5 sec pause
13:51:10 lkowalczyk: SOR pulled on our side just in case
"""}],
    "expected": {
        "events": [["2010-05-06T18:40Z", ["2:40"]], ["2010-05-06T18:41Z", ["very wrong"]],
                   ["2010-05-06T18:45Z", ["stop logic"]], ["2010-05-06T18:51Z", ["pulled"]],
                   ["2010-05-06T19:00Z", ["recovered"]]],
        "keyTimes": {
            "started": kt("2010-05-06T18:40Z", S, "declined precipitously between 2:40 and 3:00 p.m.", "comment 139603"),
            "detected": kt("2010-05-06T18:41Z", S, "something is very wrong, ES down 3 handles in a minute", "trd0605-ib.txt"),
            "resolved": kt("2010-05-06T19:00Z", S, "declined precipitously between 2:40 and 3:00 p.m.", "comment 139603")},
        "responders": [["Victor Amaechi", None], ["Lena Kowalczyk", None]],
        "narrative": nar(["declined precipitously"], ["bust trades"], ["TRD-0605"],
                         "Between 2:40 and 3:00 p.m. ET on 6 May 2010 US equity and futures prices collapsed and recovered; clients' orders executed at extreme prices, and trades far from the 2:40 price were later broken."),
    }})

# 7. Tokyo Stock Exchange full-day-morning halt, 1 November 2005 -------------------------------------------------------
I.append({
    "id": "tse-2005-11-morning-halt-memo", "name": "Tokyo Stock Exchange trading halt 1 November 2005 (trading system capacity upgrade failed at start-up)",
    "issueId": "99107", "key": "SYS-1101", "summary": "Equity trading not started - morning session halted",
    "reporter": "Kenji Morimoto", "assignee": "Aya Shibuya", "labels": ["trading-halt", "fsa-report"],
    "components": ["trading-system", "market-ops"], "created": "2005-11-01T00:40", "now": "2005-11-25T02:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """Stock trading system failed during the morning start-up sequence. Equities not trading. Memo from the ops room pasted (sys1101-memo.txt).

Initial view of the ops room: a network hardware fault between the order gateway and the matching engine.""",
    "comments": [
        ("139701", "Aya Shibuya", "2005-11-01T02:30", """Network is clean. The cause is the program update installed last month for the capacity upgrade (software processing data from member firms; the start-up batch could not complete). Restarting with the fix from Fujitsu, old version on standby."""),
        ("139702", "Kenji Morimoto", "2005-11-01T04:35", """Trading resumed 13:30 for all listed stocks. Afternoon session running normally."""),
        ("139703", "Aya Shibuya", "2005-11-08T06:00", """Report draft: all equity trading halted from the 9:00 open until 1:30 pm, the longest halt in the exchange's history. CB and futures unaffected."""),
    ],
    "changelog": [
        ("Aya Shibuya", "2005-11-01T00:41", [("status", "Open", "In Progress")]),
        ("Kenji Morimoto", "2005-11-01T04:36", [("status", "In Progress", "Monitoring")]),
        ("Aya Shibuya", "2005-11-24T08:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sys1101-memo.txt", "zone": "Asia/Tokyo", "referenceDate": "2005-11-01", "text": """
11/1 (火) 運用メモ / ops memo
07:48  start-up batch error: price limit table not loaded (arrow alarm on console 3)
08:10  retry failed, same error
08:20  decision: do not open equities at 9:00, notify participants
09:00  equities halted (no trading), announcement on website
13:30  trading resumed, all stocks
"""}],
    "expected": {
        "events": [["2005-10-31T22:48Z", ["start-up batch error"]], ["2005-10-31T23:10Z", ["retry"]],
                   ["2005-10-31T23:20Z", ["decision"]], ["2005-11-01T00:00Z", ["halted"]],
                   ["2005-11-01T04:30Z", ["resumed"]]],
        "keyTimes": {
            "started": kt("2005-11-01T00:00Z", S, "all equity trading halted from the 9:00 open until 1:30 pm", "comment 139703"),
            "detected": kt("2005-10-31T22:48Z", S, "start-up batch error: price limit table not loaded", "sys1101-memo.txt"),
            "resolved": kt("2005-11-01T04:30Z", S, "all equity trading halted from the 9:00 open until 1:30 pm", "comment 139703")},
        "responders": [["Aya Shibuya", None], ["Kenji Morimoto", "comms"]],
        "narrative": nar(["program update"], ["fix from Fujitsu"], ["SYS-1101"],
                         "On 1 November 2005 no equities traded on the Tokyo Stock Exchange from the 9:00 open until 13:30 JST after a system update failed at start-up."),
    }})

# 8. Facebook IPO opening cross at Nasdaq, 18 May 2012 - seen from a member firm's ops ------------------------------
I.append({
    "id": "nasdaq-2012-05-fbipo-memberops", "name": "Facebook IPO 18 May 2012: Nasdaq IPO cross validation loop, delayed order confirmations (member firm view)",
    "issueId": "99108", "key": "MOP-1805", "summary": "FB IPO - no execution reports for cross orders",
    "reporter": "Dana Whitcombe", "assignee": "Omar Haddad", "labels": ["sev1", "ipo", "exchange-issue"],
    "components": ["order-management", "exchange-connectivity"], "created": "2012-05-18T15:20", "now": "2012-06-15T20:00:00Z",
    "defaultZone": "America/New_York",
    "description": """FB opening was supposed to be 11:00, got pushed. Now it's trading but we have zero executions back for our cross orders, can't tell clients if they're filled. Cancels not acknowledged either.

Thinking our FIX session to Nasdaq is stuck - bounced it once, no difference.""",
    "comments": [
        ("139801", "Omar Haddad", "2012-05-18T16:10", """Not our FIX session; every member has the same problem. Nasdaq's cross ran into a validation loop because of order cancellations during the cross. Ops chat in mop1805-chat.txt (Eastern)."""),
        ("139802", "Dana Whitcombe", "2012-05-18T18:05", """Confirms for the cross are flowing now, reconciling positions. Some clients have losses from not knowing they were filled - claims process to follow."""),
        ("139803", "Omar Haddad", "2012-05-30T14:00", """For the claim: cross failed to complete at about 11:05 a.m.; secondary trading opened at 11:30; our cross execution reports only arrived at 1:50 p.m. Our clients were blind from 11:05 to 1:50 p.m."""),
    ],
    "changelog": [
        ("Omar Haddad", "2012-05-18T15:21", [("status", "Open", "In Progress")]),
        ("Dana Whitcombe", "2012-05-18T18:06", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Omar Haddad", "2012-05-21T13:00", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Omar Haddad", "2012-06-14T17:00", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mop1805-chat.txt", "zone": "America/New_York", "referenceDate": "2012-05-18", "text": """
(11:07:40 AM) Dana: no cross print yet, NQ said 11:05??
(11:12:03 AM) Omar: nasdaq trader alert: FB delayed
(11:30:09 AM) Dana: FB OPEN 42.05 - but still no fills for our cross orders
(11:48:55 AM) Omar: bounced FIX session NSDQ-3, nothing changes
(01:50:22 PM) Dana: execution reports arriving now for the cross orders
"""}],
    "expected": {
        "events": [["2012-05-18T15:05Z", ["cross failed"]], ["2012-05-18T15:07Z", ["no cross print"]],
                   ["2012-05-18T15:12Z", ["delayed"]], ["2012-05-18T15:30Z", ["OPEN", "opened"]],
                   ["2012-05-18T15:48Z", ["bounced"]], ["2012-05-18T17:50Z", ["execution reports"]]],
        "keyTimes": {
            "started": kt("2012-05-18T15:05Z", S, "Our clients were blind from 11:05 to 1:50 p.m.", "comment 139803"),
            "detected": kt("2012-05-18T15:07Z", S, "no cross print yet", "mop1805-chat.txt"),
            "resolved": kt("2012-05-18T17:50Z", S, "Our clients were blind from 11:05 to 1:50 p.m.", "comment 139803")},
        "responders": [["Omar Haddad", None], ["Dana Whitcombe", None]],
        "narrative": nar(["validation loop"], ["execution reports"], ["MOP-1805"],
                         "On 18 May 2012 Nasdaq's opening cross for the Facebook IPO failed to complete at about 11:05 a.m. ET; members did not receive execution reports for cross orders until 1:50 p.m."),
    }})

# 9. Argentina / Uruguay blackout, 16 June 2019 - seen from a distribution company ----------------------------------
I.append({
    "id": "argentina-2019-06-blackout-telegram", "name": "Argentina and Uruguay blackout 16 June 2019 (Yacyreta-Salto Grande transmission fault, automatic shedding failed)",
    "issueId": "99109", "key": "DIS-1606", "summary": "Apagón total - all customers without supply",
    "reporter": "Martina Iturralde", "assignee": "Pablo Gorostiaga", "labels": ["apagon", "enre"],
    "components": ["centro-de-control", "distribucion"], "created": "2019-06-16T11:30", "now": "2019-07-10T15:00:00Z",
    "defaultZone": "America/Argentina/Buenos_Aires",
    "description": """Sunday morning, total loss of supply from the transmission side. Provincial elections today, polling stations on candles.

Guardia first thought it was our 132kV ring again (same as the storm in May).""",
    "comments": [
        ("139901", "Pablo Gorostiaga", "2019-06-16T13:00", """Not our ring - CAMMESA says the whole interconnected system collapsed (Argentina and Uruguay). Telegram group of the control room pasted, hora Argentina."""),
        ("139902", "Martina Iturralde", "2019-06-16T23:55", """Close to 100% of our customers back. Ticket stays open for ENRE."""),
        ("139903", "Pablo Gorostiaga", "2019-06-19T14:00", """Resumen para ENRE: el colapso fue a las 07:07 del domingo. Last of our customers re-energised at 21:46 (feeder SM-14). Government says a fault on a 500kV line plus a failure of the automatic disconnection system."""),
    ],
    "changelog": [
        ("Pablo Gorostiaga", "2019-06-16T11:31", [("status", "Open", "In Progress")]),
        ("Martina Iturralde", "2019-06-16T23:56", [("status", "In Progress", "Monitoring")]),
        ("Pablo Gorostiaga", "2019-07-09T12:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dis1606-telegram.txt", "zone": "America/Argentina/Buenos_Aires", "referenceDate": "2019-06-16", "text": """
Martina I., [16.06.19 07:09]
se cayó todo, SCADA sin tensión en todas las SET
Pablo G., [16.06.19 07:15]
CAMMESA: colapso del SADI, esperen instrucciones
Martina I., [16.06.19 10:40]
primeras SET con tensión, priorizamos hospitales
Pablo G., [16.06.19 21:46]
SM-14 energizado, último alimentador
"""}],
    "expected": {
        "events": [["2019-06-16T10:07Z", ["colapso"]], ["2019-06-16T10:09Z", ["se cayó todo"]],
                   ["2019-06-16T10:15Z", ["CAMMESA"]], ["2019-06-16T13:40Z", ["primeras SET"]],
                   ["2019-06-17T00:46Z", ["último alimentador", "re-energised"]]],
        "keyTimes": {
            "started": kt("2019-06-16T10:07Z", S, "el colapso fue a las 07:07 del domingo", "comment 139903"),
            "detected": kt("2019-06-16T10:09Z", S, "se cayó todo, SCADA sin tensión en todas las SET", "dis1606-telegram.txt"),
            "resolved": kt("2019-06-17T00:46Z", S, "Last of our customers re-energised at 21:46", "comment 139903")},
        "responders": [["Pablo Gorostiaga", None], ["Martina Iturralde", None]],
        "narrative": nar(["automatic disconnection"], ["re-energised"], ["DIS-1606"],
                         "On Sunday 16 June 2019 at 07:07 local time the Argentine and Uruguayan grids collapsed and tens of millions of people lost power; this distributor's last customers were back that evening."),
    }})

# 10. European grid split, 4 November 2006 (Ems crossing line switched out) - seen from a French distribution centre -
I.append({
    "id": "ucte-2006-11-split-maincourante", "name": "UCTE system split 4 November 2006 (planned disconnection of a 380kV line over the Ems, cascading trips, under-frequency load shedding in France)",
    "issueId": "99110", "key": "ACR-0411", "summary": "Délestage fréquencemétrique - clients coupés sur la zone",
    "reporter": "Hélène Marchetti", "assignee": "Julien Lestrade", "labels": ["incident-majeur", "delestage"],
    "components": ["agence-conduite"], "created": "2006-11-04T21:40", "now": "2006-12-15T10:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Samedi soir, gros délestage automatique sur toute la zone, des dizaines de postes sources. Clients coupés.

Premier réflexe de l'équipe de quart : défaut sur notre réseau 63kV (orage annoncé). Vérification en cours.""",
    "comments": [
        ("140001", "Julien Lestrade", "2006-11-04T22:30", """Rien chez nous : RTE confirme une séparation du réseau européen en trois zones, fréquence à 49 Hz dans l'ouest, délestage fréquencemétrique. Main courante collée (acr0411-mc.txt). RTE autorise la réalimentation par paliers."""),
        ("140002", "Hélène Marchetti", "2006-11-05T08:00", """Night shift note: all customers back, network normal. Closing the on-call bridge."""),
        ("140003", "Julien Lestrade", "2006-11-10T16:00", """Bilan pour la DRIRE : coupure de 22h10 à 23h02 pour nos clients (dernier départ HTA refermé 23h02). Origin per the UCTE interim report: a 380kV line in northern Germany switched off for a ship's passage, overloads and cascading trips."""),
    ],
    "changelog": [
        ("Julien Lestrade", "2006-11-04T21:41", [("status", "Open", "In Progress")]),
        ("Hélène Marchetti", "2006-11-05T08:01", [("status", "In Progress", "Monitoring")]),
        ("Julien Lestrade", "2006-12-14T09:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "acr0411-mc.txt", "zone": "Europe/Paris", "referenceDate": "2006-11-04", "text": """
sam. 04/11  22:10  ALARME  DELESTAGE FREQ. 1er ET 2e SEUIL  - 41 départs HTA ouverts
sam. 04/11  22:14  JL : appels clients en masse, CAC saturé
sam. 04/11  22:31  RTE : fréquence rétablie, reprise autorisée par paliers de 20%
sam. 04/11  23:02  dernier départ HTA refermé, tous clients réalimentés
"""}],
    "expected": {
        "events": [["2006-11-04T21:10Z", ["DELESTAGE", "coupure"]], ["2006-11-04T21:14Z", ["appels clients"]],
                   ["2006-11-04T21:31Z", ["RTE"]], ["2006-11-04T22:02Z", ["réalimentés", "refermé"]]],
        "keyTimes": {
            "started": kt("2006-11-04T21:10Z", S, "coupure de 22h10 à 23h02 pour nos clients", "comment 140003"),
            "detected": kt("2006-11-04T21:10Z", S, "ALARME  DELESTAGE FREQ. 1er ET 2e SEUIL", "acr0411-mc.txt"),
            "resolved": kt("2006-11-04T22:02Z", S, "coupure de 22h10 à 23h02 pour nos clients", "comment 140003")},
        "responders": [["Julien Lestrade", None], ["Hélène Marchetti", None]],
        "narrative": nar(["ship's passage"], ["réalimentation"], ["ACR-0411"],
                         "On the evening of 4 November 2006 the European grid split into three areas; about 15 million households lost power through automatic load shedding, most for under two hours."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

"""Held-out 15 incidents: compact specs. Organisations outside software companies only (grid and distribution
utilities, a stadium operator, government services, an airport, a metro operator, a national health service).
Timeline facts from regulator / official / press-quoted statements (SOURCES-heldout15.md); people, ticket keys, chat
wording, team habits, the wrong first guesses and the lines marked invented there are made up."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"

I = []

# 1. GB power cut, Friday 9 August 2019 (lightning, Hornsea + Little Barford, LFDD) - seen from a DNO control room ----
I.append({
    "id": "gb-lfdd-2019-08-controlroom", "name": "GB low-frequency demand disconnection 9 August 2019 (lightning strike, loss of Hornsea and Little Barford), seen from a distribution network control room",
    "issueId": "95101", "key": "DNC-0908", "summary": "Mass LFDD trip - circuits off across the patch",
    "reporter": "Aled Morgan", "assignee": "Fiona Kettering", "labels": ["major-incident", "lfdd", "ofgem-reportable"],
    "components": ["control-room", "33kv-network"], "created": "2019-08-09T16:05", "now": "2019-08-30T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Loads of 33kV feeders tripped at once across the East and South East. Customers off. Phones going mad.

Looks like ours - thinking the SCADA upgrade from Tuesday has mis-operated the protection?? Getting the SCADA vendor on. Raising this so we have a reference.""",
    "comments": [
        ("131001", "Fiona Kettering", "2019-08-09T16:40", """NOT our SCADA. Frequency on the transmission system went down to 48.8 Hz and the low frequency demand disconnection relays did exactly what they're for. ESO has told us to start restoring. Control room log pasted (dnc0908-log.txt, BST). Rail's got trains stuck all over - separate problem, their trains, not our supply."""),
        ("131002", "Aled Morgan", "2019-08-09T17:10", """all LFDD circuits back on. Leaving open for the report to Ofgem / ESO."""),
        ("131003", "Fiona Kettering", "2019-08-12T09:30", """Monday recap for the file (times BST):
lightning strike on the transmission line at 16:52, Hornsea offshore wind and Little Barford lost output within seconds, frequency fell, LFDD tripped about 1.1m customers across GB (ours were a share of that) at 16:53.
Every one of our customers was back on supply by 17:37.
Rail disruption went on into the night (train protection settings, needed technicians) - not a supply problem, keep it out of our figures."""),
        ("131004", "Aled Morgan", "2019-08-21T14:00", """ESO interim report in: it agrees with our timings. Actions: check which essential sites sit on LFDD blocks (a hospital and an airport were hit elsewhere)."""),
    ],
    "changelog": [
        ("Fiona Kettering", "2019-08-09T16:06", [("status", "Open", "In Progress")]),
        ("Aled Morgan", "2019-08-09T17:11", [("status", "In Progress", "Monitoring")]),
        ("Aled Morgan", "2019-08-21T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dnc0908-log.txt", "zone": "Europe/London", "referenceDate": "2019-08-09", "text": """
CONTROL ROOM LOG  09/08/2019  (BST)
16:53:51  ALARM  LFDD STAGE 1 OPERATED  multiple 33kV CBs open  (grid freq 48.79Hz)
16:54     AM: phones - customers off in three towns, ringing 105
17:02     ESO: restore demand in stages, frequency back to normal
17:20     about half of LFDD load back
17:37     last LFDD circuit closed, all customers on supply
"""}],
    "expected": {
        "events": [["2019-08-09T15:52Z", ["lightning"]], ["2019-08-09T15:53Z", ["LFDD"]],
                   ["2019-08-09T16:37Z", ["customers", "all customers"]]],
        "keyTimes": {
            "started": kt("2019-08-09T15:53Z", S, "LFDD tripped about 1.1m customers across GB (ours were a share of that) at 16:53", "comment 131003"),
            "detected": kt("2019-08-09T15:53Z", S, "LFDD STAGE 1 OPERATED", "dnc0908-log.txt"),
            "resolved": kt("2019-08-09T16:37Z", S, "Every one of our customers was back on supply by 17:37.", "comment 131003")},
        "responders": [["Fiona Kettering", None], ["Aled Morgan", None]],
        "narrative": nar(["lightning", "low frequency demand disconnection"], ["back on supply"], ["DNC-0908"],
                         "On 9 August 2019 about 1.1 million customers in Great Britain lost power for up to 45 minutes after a lightning strike and the loss of two large generators; this network's customers were all back by 17:37 BST."),
    }})

# 2. Manhattan West Side blackout, Saturday 13 July 2019 (Con Edison) ----------------------------------------------
I.append({
    "id": "coned-2019-07-westside-teams", "name": "Manhattan West Side blackout 13 July 2019 (cable fault not isolated, six networks lost)",
    "issueId": "95102", "key": "ESO-7131", "summary": "West Side networks out - 72k+ customers",
    "reporter": "Marisol Vega", "assignee": "Desmond Achterberg", "labels": ["major-outage", "manhattan", "psc-reportable"],
    "components": ["transmission-ops", "distribution-ops"], "created": "2019-07-13T23:20", "now": "2019-08-02T16:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Lost multiple networks on the West Side, Times Square up to the 70s. Subway stations dark, Broadway cancelling.

It's 90+ degrees all week - my first guess is load, the networks are overloaded from the heat. Asking system ops for the load curve.

`EMS 2019-07-13 18:47:06 EDT  ALARM  W49 ST 345/13kV  multiple feeders OPEN  networks: Lincoln Sq, Columbus Circle`""",
    "comments": [
        ("131101", "Desmond Achterberg", "2019-07-13T23:55", """Load was normal, not heat. A 13kV cable failed near West 64th St and West End Ave and the relay protection did not isolate it, so the 49th St substation took it and six networks went down. Restoring network by network. Teams thread in eso7131-teams.txt."""),
        ("131102", "Marisol Vega", "2019-07-14T04:15", """all six networks back. Governor put out his statement just after midnight. Closing the bridge, ticket stays open for the PSC."""),
        ("131103", "Desmond Achterberg", "2019-07-16T15:00", """For the PSC letter: outage began 6:47 p.m., about 73,000 customers, power came back from around 10:00 p.m. in stages and everything was back before midnight - nobody in ops wrote the minute the last network closed in, and the EMS export for that hour is missing. Don't put a minute we can't back up."""),
    ],
    "changelog": [
        ("Desmond Achterberg", "2019-07-13T23:21", [("status", "Open", "In Progress")]),
        ("Marisol Vega", "2019-07-14T04:16", [("status", "In Progress", "Monitoring")]),
        ("Desmond Achterberg", "2019-07-29T18:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "eso7131-teams.txt", "zone": "America/New_York", "referenceDate": "2019-07-13", "text": """
Marisol Vega  7:12 PM
anyone else seeing this?? I'm on 8th ave and the whole block is dark
Desmond Achterberg  7:14 PM
yes. W49 alarms, six networks. bridge in 5
Marisol Vega  7:30 PM
FDNY says 911 calls flooding in - elevators, people stuck in trains
Desmond Achterberg  9:58 PM
first network closing back in now (Lincoln Sq)
"""}],
    "expected": {
        "events": [["2019-07-13T22:47Z", ["began", "ALARM"]], ["2019-07-13T23:30Z", ["911"]],
                   ["2019-07-14T02:00Z", ["came back"]]],
        "keyTimes": {
            "started": kt("2019-07-13T22:47Z", S, "outage began 6:47 p.m.", "comment 131103"),
            "detected": kt("2019-07-13T22:47Z", S, "ALARM  W49 ST 345/13kV  multiple feeders OPEN", "description"),
            "resolved": kt(None, U)},
        "responders": [["Desmond Achterberg", None], ["Marisol Vega", None]],
        "narrative": nar(["relay protection", "did not isolate"], ["network by network"], ["ESO-7131"],
                         "From 6:47 p.m. on 13 July 2019 about 73,000 Con Edison customers on Manhattan's West Side lost power for up to five hours; subway stations and Broadway theatres were closed."),
    }})

# 3. Super Bowl XLVII Superdome power outage, 3 February 2013 ----------------------------------------------------
I.append({
    "id": "superdome-2013-02-blackout-radio", "name": "Super Bowl XLVII 3 February 2013 partial power loss at the Superdome (relay device opened the feeder breaker)",
    "issueId": "95103", "key": "FAC-0203", "summary": "SB XLVII - half the bowl lights out, 3rd qtr",
    "reporter": "Cheryl Fontenot", "assignee": "Ray Delahoussaye", "labels": ["sev1", "super-bowl", "electrical"],
    "components": ["facilities-electrical", "event-ops"], "created": "2013-02-03T20:02", "now": "2013-02-15T18:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Opening this late, we were all on radios. Lost half the bowl lighting, scoreboards, escalators, press box power. Game stopped, 13:22 left in the 3rd.

First guess from the booth: halftime show rigging overloaded the feed. Checking with the production crew.""",
    "comments": [
        ("131201", "Ray Delahoussaye", "2013-02-03T20:20", """Not the halftime show (it ran on its own generators). A piece of equipment monitoring the electrical load sensed an abnormality and opened a breaker where our gear meets Entergy's feed. Backup generators did their job. Radio channel 3 log in fac0203-radio.txt."""),
        ("131202", "Cheryl Fontenot", "2013-02-04T10:00", """For the league: from 7:37 pm (lights out) to 8:12 pm (game resumed), 34 minutes of delay. Joint statement with Entergy went out this morning."""),
        ("131203", "Ray Delahoussaye", "2013-02-08T16:00", """Entergy's follow-up: the relay device triggered, signalling a switch to open when it should not have. Device removed from service, replacement being evaluated. Worked fine at the Sugar Bowl, which is why nobody suspected it."""),
    ],
    "changelog": [
        ("Ray Delahoussaye", "2013-02-03T20:03", [("status", "Open", "In Progress")]),
        ("Ray Delahoussaye", "2013-02-03T21:30", [("status", "In Progress", "Monitoring")]),
        ("Cheryl Fontenot", "2013-02-08T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fac0203-radio.txt", "zone": "America/Chicago", "referenceDate": "2013-02-03", "text": """
CH3 log (typed up after, times off the radio console)
19:37:14  BMS  FEEDER A MAIN BKR OPEN  - half lighting / scoreboards dark
19:38  Ray: on generators for egress lighting, do NOT close anything yet
19:45  Entergy says their feed is fine, it's our side
19:58  Ray: bkr closed, lights restriking (metal halide, ~20 min warmup)
20:12  ref signals, play resumes
"""}],
    "expected": {
        "events": [["2013-02-04T01:37Z", ["lights out", "BKR OPEN"]], ["2013-02-04T01:45Z", ["Entergy"]],
                   ["2013-02-04T01:58Z", ["closed"]], ["2013-02-04T02:12Z", ["resumed", "play resumes"]]],
        "keyTimes": {
            "started": kt("2013-02-04T01:37Z", S, "FEEDER A MAIN BKR OPEN", "fac0203-radio.txt"),
            "detected": kt("2013-02-04T01:37Z", S, "FEEDER A MAIN BKR OPEN", "fac0203-radio.txt"),
            "resolved": kt("2013-02-04T02:12Z", S, "from 7:37 pm (lights out) to 8:12 pm (game resumed)", "comment 131202")},
        "responders": [["Ray Delahoussaye", None], ["Cheryl Fontenot", "comms"]],
        "narrative": nar(["relay device"], ["bkr closed"], ["FAC-0203"],
                         "During Super Bowl XLVII on 3 February 2013 half of the Superdome's lights and its scoreboards went out at 7:37 pm CST and the game was stopped for 34 minutes."),
    }})

# 4. Australian Census night, 9 August 2016 ----------------------------------------------------------------------
I.append({
    "id": "abs-census-2016-08-lync", "name": "Australian eCensus taken offline on Census night 9 August 2016 (DDoS, router overload; back 11 August)",
    "issueId": "95104", "key": "CEN-0916", "summary": "eCensus form unavailable - Census night",
    "reporter": "Hamish Doyle", "assignee": "Priyanka Raman", "labels": ["sev1", "census-night", "minister-briefing"],
    "components": ["ecensus", "network-edge"], "created": "2016-08-09T20:10", "now": "2016-08-26T06:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """eCensus not loading for anyone. Call centre swamped, twitter #CensusFail.

Surely it's just volume - everyone logged on after dinner at once, more than the load test. Asking the vendor to add capacity.""",
    "comments": [
        ("131301", "Priyanka Raman", "2016-08-09T21:30", """Not volume. Four denial of service attacks today: the first three (from about 5:30pm) caused minor slowdowns only. The fourth, just after 7:30pm, came with a router overload at the edge and the site went down. We have taken the form offline as a precaution to protect data already submitted. Our Lync chat from the bridge pasted (cen0916-lync.txt)."""),
        ("131302", "Hamish Doyle", "2016-08-10T08:00", """Statement out: no data compromised, no fines for completing after Aug 9. Site stays down today."""),
        ("131303", "Priyanka Raman", "2016-08-11T16:00", """eCensus form back online at 2:30pm today (Thu) after the ASD sign-off; Chief Statistician + Census manager statement to media at 5:20pm. Leaving open for the review."""),
        ("131304", "Hamish Doyle", "2016-08-24T10:00", """Summary for the review team (AEST): the form was unavailable from about 7:30pm on Tuesday 9 August until 2:30pm Thursday 11 August. More than 2 million forms were in before it went down."""),
    ],
    "changelog": [
        ("Priyanka Raman", "2016-08-09T20:11", [("status", "Open", "In Progress")]),
        ("Priyanka Raman", "2016-08-11T16:01", [("status", "In Progress", "Monitoring")]),
        ("Hamish Doyle", "2016-08-24T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "cen0916-lync.txt", "zone": "Australia/Sydney", "referenceDate": "2016-08-09", "text": """
[7:33 PM] Hamish Doyle: Nagios PAGE: ecensus-edge-rtr01 DOWN, form timing out for everyone
[8:05 PM] Priyanka Raman: joined. what do we know?
[8:07 PM] Hamish Doyle: site down since the 4th attack, router in front of it fell over
[8:21 PM] Priyanka Raman: decision stands, form stays offline tonight. comms drafting
[11:02 PM] Hamish Doyle: tweet out: won't be restored tonight
"""}],
    "expected": {
        "events": [["2016-08-09T07:30Z", ["5:30pm", "attacks"]], ["2016-08-09T09:30Z", ["fourth"]],
                   ["2016-08-09T13:02Z", ["restored tonight"]],
                   ["2016-08-11T04:30Z", ["back online"]], ["2016-08-11T07:20Z", ["statement"]]],
        "keyTimes": {
            "started": kt("2016-08-09T09:30Z", S, "the form was unavailable from about 7:30pm on Tuesday 9 August", "comment 131304"),
            "detected": kt("2016-08-09T09:33Z", S, "Nagios PAGE: ecensus-edge-rtr01 DOWN", "cen0916-lync.txt"),
            "resolved": kt("2016-08-11T04:30Z", S, "until 2:30pm Thursday 11 August", "comment 131304")},
        "responders": [["Priyanka Raman", None], ["Hamish Doyle", "comms"]],
        "narrative": nar(["denial of service", "router overload"], ["back online"], ["CEN-0916"],
                         "From about 7:30pm AEST on Census night, 9 August 2016, Australians could not complete the online Census until 2:30pm on 11 August."),
    }})

# 5. Heathrow closure after the North Hyde substation fire, 20-21 March 2025 -------------------------------------
I.append({
    "id": "heathrow-2025-03-northhyde-whatsapp", "name": "Heathrow Airport closed 21 March 2025 after the North Hyde substation fire (supergrid transformer failure)",
    "issueId": "95105", "key": "AOC-2103", "summary": "Loss of supply - airport-wide, closure",
    "reporter": "Kirsty Abernethy", "assignee": "Joseph Mensah", "labels": ["p1", "airport-closure", "power"],
    "components": ["energy-centre", "airport-ops"], "created": "2025-03-20T23:58", "now": "2025-05-20T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Lost grid supply to large parts of the airport. Terminals on emergency lighting, baggage and fuel systems down. Closure declared for the whole day tomorrow.

First thought: fault on our own internal HV ring (the one we had trouble with in January). Also someone asked about sabotage - police aware.""",
    "comments": [
        ("131401", "Joseph Mensah", "2025-03-21T00:40", """Not our ring. Fire at North Hyde substation - one of the supergrid transformers (SGT3) failed, and we lost the supply from it. Fire brigade on scene. WhatsApp from the energy centre pasted (aoc2103-whatsapp.txt)."""),
        ("131402", "Kirsty Abernethy", "2025-03-21T07:10", """Public line: Heathrow closed until 23:59 on 21 March. Passengers told not to travel."""),
        ("131403", "Joseph Mensah", "2025-03-21T15:00", """Power restored to all four terminals by 10:56 and to the wider airport network at 14:23. Safety checks now before any passenger is allowed in - repatriation flights first."""),
        ("131404", "Kirsty Abernethy", "2025-03-22T09:00", """Update for the incident file: first flights operated from about 6:00 pm yesterday (21st), repatriation and relief flights; full schedule today. Around 1,300 flights cancelled on the 21st."""),
        ("131405", "Joseph Mensah", "2025-05-09T12:00", """NESO interim report timeline (GMT = UTC in March): 23:21 SGT3 at North Hyde out of service, the other transformers lost too as the fire spread; London Fire Brigade called at 23:23. Matches our energy centre alarm."""),
    ],
    "changelog": [
        ("Joseph Mensah", "2025-03-20T23:59", [("status", "Open", "In Progress")]),
        ("Joseph Mensah", "2025-03-21T15:01", [("status", "In Progress", "Monitoring")]),
        ("Kirsty Abernethy", "2025-05-09T12:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "aoc2103-whatsapp.txt", "zone": "Europe/London", "referenceDate": "2025-03-20", "text": """
[20/03/2025, 23:21:48] Energy Centre: ALARM loss of 66kV incomer - North Hyde feed. T3/T5 on standby gens
[20/03/2025, 23:26:02] Joseph Mensah: fire at North Hyde?? LFB there already apparently
[21/03/2025, 00:12:40] Joseph Mensah: reconfiguring to take supply from the other two substations - hours not minutes
[21/03/2025, 10:56:10] Energy Centre: all four terminals energised
[21/03/2025, 14:23:33] Energy Centre: wider airport network energised, handing to safety checks
"""}],
    "expected": {
        "events": [["2025-03-20T23:21Z", ["SGT3", "loss of 66kV"]], ["2025-03-20T23:23Z", ["Fire Brigade"]],
                   ["2025-03-21T10:56Z", ["terminals"]], ["2025-03-21T14:23Z", ["airport network"]],
                   ["2025-03-21T18:00Z", ["first flights"]]],
        "keyTimes": {
            "started": kt("2025-03-20T23:21Z", S, "ALARM loss of 66kV incomer - North Hyde feed", "aoc2103-whatsapp.txt"),
            "detected": kt("2025-03-20T23:21Z", S, "ALARM loss of 66kV incomer - North Hyde feed", "aoc2103-whatsapp.txt"),
            "resolved": kt("2025-03-21T18:00Z", S, "first flights operated from about 6:00 pm yesterday (21st)", "comment 131404")},
        "responders": [["Joseph Mensah", None], ["Kirsty Abernethy", "comms"]],
        "narrative": nar(["supergrid transformer", "North Hyde"], ["other two substations"], ["AOC-2103"],
                         "Heathrow Airport closed from the night of 20 March 2025 until about 6pm on 21 March after a fire at the North Hyde substation cut its supply; around 1,300 flights were cancelled."),
    }})

# 6. UK Border Force eGates outage, Tuesday 7 May 2024 -----------------------------------------------------------
I.append({
    "id": "egates-2024-05-network-bridge", "name": "UK Border Force eGates and border systems outage 7 May 2024 (Home Office network issue)",
    "issueId": "95106", "key": "BFS-0705", "summary": "eGates down nationally - manual processing at all ports",
    "reporter": "Oluwaseun Adeyemi", "assignee": "Catriona Blair", "labels": ["p1", "border", "ministerial"],
    "components": ["egates", "ho-network"], "created": "2024-05-07T19:58", "now": "2024-05-20T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """All eGates showing blank/closed at Heathrow, Gatwick, Manchester, Stansted, Edinburgh... officers on laptops doing manual checks, queues building fast.

My bet: the Border Crossing back end again (the watchlist refresh tonight?). Or cyber - SOC informed.

`2024-05-07 19:44:31 BST egate-hub ERROR upstream BCS lookup timeout (all ports) gates=OFFLINE`""",
    "comments": [
        ("131501", "Catriona Blair", "2024-05-07T21:30", """Not the Border Crossing back end and no sign of cyber. It's the network underneath - wider system network issue, gates can't reach anything. Bridge notes pasted (bfs0705-bridge.txt)."""),
        ("131502", "Oluwaseun Adeyemi", "2024-05-08T00:50", """gates coming back online at the big airports. queues clearing. will confirm in the morning."""),
        ("131503", "Catriona Blair", "2024-05-08T11:30", """Lines used by the department: engineers detected a wider system network issue at 7.44pm; a large scale contingency response was activated within six minutes; eGates came back online shortly after midnight. Minister's statement to the House: resolved shortly before half-past midnight. None of us logged the minute the last port came back."""),
        ("131504", "Catriona Blair", "2024-05-14T16:00", """Root cause from the network supplier: a software update on our side overloaded the network and the supplier had not been told it was coming. Change process action in BFS-0706."""),
    ],
    "changelog": [
        ("Catriona Blair", "2024-05-07T19:59", [("status", "Open", "In Progress")]),
        ("Oluwaseun Adeyemi", "2024-05-08T00:51", [("status", "In Progress", "Monitoring")]),
        ("Catriona Blair", "2024-05-14T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("BFS-0706", "change notification to network supplier")],
    "pastes": [{"file": "bfs0705-bridge.txt", "zone": "Europe/London", "referenceDate": "2024-05-07", "text": """
bridge - Tue 7 May (BST), notes: O. Adeyemi
19:50  contingency response activated, manual processing at all ports
20:35  Heathrow T3/T5 reporting 90 min queues, water being handed out
22:10  Belfast Intl tweeting about Border Force IT issue (no eGates there, confirms it's wider)
00:00  gold call, minister joined
"""}],
    "expected": {
        "events": [["2024-05-07T18:44Z", ["detected", "timeout"]], ["2024-05-07T18:50Z", ["contingency"]],
                   ["2024-05-07T21:10Z", ["Belfast"]], ["2024-05-07T23:00Z", ["gold call"]]],
        "keyTimes": {
            "started": kt("2024-05-07T18:44Z", S, "egate-hub ERROR upstream BCS lookup timeout (all ports) gates=OFFLINE", "description"),
            "detected": kt("2024-05-07T18:44Z", S, "engineers detected a wider system network issue at 7.44pm", "comment 131503"),
            "resolved": kt(None, U)},
        "responders": [["Catriona Blair", None], ["Oluwaseun Adeyemi", "scribe"]],
        "narrative": nar(["software update", "overloaded the network"], ["contingency response"], ["BFS-0705", "BFS-0706"],
                         "From about 7.45pm on 7 May 2024 eGates at UK airports were out of service and arriving passengers were checked by hand until shortly after midnight."),
    }})

# 7. Singapore MRT North-South and East-West Lines power trip, Tuesday 7 July 2015 -------------------------------
I.append({
    "id": "smrt-2015-07-nsewl-powertrip-occ", "name": "Singapore MRT North-South and East-West Lines network-wide power trip 7 July 2015 (faulty train, protective relays)",
    "issueId": "95107", "key": "OCC-7715", "summary": "NSEWL - traction power lost, trains stalled both lines",
    "reporter": "Tan Wei Ling", "assignee": "Rajesh Pillai", "labels": ["major-disruption", "nsewl", "lta-reportable"],
    "components": ["traction-power", "operations-control"], "created": "2015-07-07T19:20", "now": "2015-07-20T10:00:00Z",
    "defaultZone": "Asia/Singapore",
    "description": """Both NSL and EWL lost traction power, trains stalled in tunnels and between stations, evening peak. Detraining in progress.

Suspect an intake substation tripped on the grid side (SP PowerGrid had a dip last month)? Power team checking.""",
    "comments": [
        ("131601", "Rajesh Pillai", "2015-07-07T20:30", """Grid side fine, intake substations healthy. Power trips again every time we try to re-energise. Arcing seen under one train - we think a faulty train is tripping the protective relays across the entire network. Isolating it. OCC log extract pasted (occ7715-log.txt)."""),
        ("131602", "Tan Wei Ling", "2015-07-07T22:50", """EWL back at 9:20pm, NSL full train service resumed at 10:35pm, both at reduced speed. Free buses extended 30 min. Tomorrow 5:30am start at reduced speeds, possible NSL closure 11am-4pm for checks."""),
        ("131603", "Rajesh Pillai", "2015-07-08T14:00", """NSL closure not needed, no anomalies this morning. Free travel stopped 12 noon. Monitoring, LTA joint investigation under OCC-7716."""),
        ("131604", "Tan Wei Ling", "2015-07-15T09:00", """Recap for LTA (SGT): disruption from just past 7pm (OCC alarm 19:03) until 10:35pm full train service on both lines. ~250,000 commuters affected. Cause per LTA: a damaged third-rail insulator near Tanah Merah plus a faulty train arcing; protective relays tripped across NSEWL."""),
    ],
    "changelog": [
        ("Rajesh Pillai", "2015-07-07T19:21", [("status", "Open", "In Progress")]),
        ("Tan Wei Ling", "2015-07-07T22:51", [("status", "In Progress", "Monitoring")]),
        ("Tan Wei Ling", "2015-07-15T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("OCC-7716", "LTA / SMRT joint investigation")],
    "pastes": [{"file": "occ7715-log.txt", "zone": "Asia/Singapore", "referenceDate": "2015-07-07", "text": """
07/07/15 19:03:27 SCADA  TRACTION POWER TRIP  NSL+EWL  22kV feeders  ALL SECTIONS
07/07/15 19:11    OCC  re-energise attempt 1 - tripped again
07/07/15 19:45    PR   tweet: train service not available on NSEWL, free buses at all stations
07/07/15 21:20    OCC  EWL service resumed reduced speed
07/07/15 22:35    OCC  NSL full train service resumed reduced speed
"""}],
    "expected": {
        "events": [["2015-07-07T11:03Z", ["TRACTION POWER TRIP", "OCC alarm"]], ["2015-07-07T11:45Z", ["not available"]],
                   ["2015-07-07T13:20Z", ["EWL"]], ["2015-07-07T14:35Z", ["full train service"]]],
        "keyTimes": {
            "started": kt("2015-07-07T11:03Z", S, "TRACTION POWER TRIP  NSL+EWL", "occ7715-log.txt"),
            "detected": kt("2015-07-07T11:03Z", S, "TRACTION POWER TRIP  NSL+EWL", "occ7715-log.txt"),
            "resolved": kt("2015-07-07T14:35Z", S, "NSL full train service resumed at 10:35pm", "comment 131602")},
        "responders": [["Rajesh Pillai", None], ["Tan Wei Ling", "comms"]],
        "narrative": nar(["faulty train", "protective relays"], ["isolating it"], ["OCC-7715", "OCC-7716"],
                         "On the evening of 7 July 2015 trains on Singapore's North-South and East-West Lines stopped for about three and a half hours; full service resumed at reduced speed at 10:35pm."),
    }})

# 8. Singapore MRT North-South Line tunnel flooding, 7-8 October 2017 ------------------------------------------------
I.append({
    "id": "smrt-2017-10-bishan-flood-telegram", "name": "Singapore MRT North-South Line tunnel flooding between Bishan and Braddell 7-8 October 2017 (storm water pumps failed)",
    "issueId": "95108", "key": "OCC-1007", "summary": "NSL no service AMK - Marina South Pier (track fault?)",
    "reporter": "Nurul Huda", "assignee": "Gabriel Teo", "labels": ["major-disruption", "nsl", "flooding"],
    "components": ["track-and-tunnel", "operations-control"], "created": "2017-10-07T17:50", "now": "2017-10-25T10:00:00Z",
    "defaultZone": "Asia/Singapore",
    "description": """No train service Bishan <-> Toa Payoh towards Marina South Pier. Track fault per OCC.

First guess: the new signalling cutover on the NSL (it's been giving us grief for weeks). Signalling team called in. Public line: track fault, NOT linked to the re-signalling.""",
    "comments": [
        ("131701", "Gabriel Teo", "2017-10-07T19:40", """Not signalling, not a track fault. Water in the tunnel between Bishan and Braddell after the downpour - the tunnel is flooded to the rail. Team chat (occ1007-telegram.txt) pasted. Small trackside fire near Marina Bay earlier was unrelated and went out on its own."""),
        ("131702", "Nurul Huda", "2017-10-07T23:00", """Newton - Marina South Pier running again since 9:22pm. AMK - Newton: no service till end of service tonight. Tunnel checks network-wide overnight."""),
        ("131703", "Gabriel Teo", "2017-10-08T14:10", """NSL Ang Mo Kio - Newton resumed 1:52pm, full line running. About 20 hours for that stretch. Free buses stand down in an hour."""),
        ("131704", "Nurul Huda", "2017-10-16T09:00", """Findings so far: storm water pumps at the Bishan sump pit did not work; maintenance records for them were not genuine (team suspended). Follow-up OCC-1008."""),
    ],
    "changelog": [
        ("Gabriel Teo", "2017-10-07T17:51", [("status", "Open", "In Progress")]),
        ("Gabriel Teo", "2017-10-08T06:30", [("priority", "Highest", "High")]),
        ("Nurul Huda", "2017-10-08T14:11", [("status", "In Progress", "Monitoring")]),
        ("Nurul Huda", "2017-10-16T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("OCC-1008", "storm water pump maintenance audit")],
    "pastes": [{"file": "occ1007-telegram.txt", "zone": "Asia/Singapore", "referenceDate": "2017-10-07", "text": """
Gabriel Teo, [7/10/2017 5:33 PM]
TC reports water over the rail past Bishan, holding trains - Bishan to Toa Payoh no service
Nurul Huda, [7/10/2017 5:36 PM]
tweet out: track fault, not linked to re-signalling
Gabriel Teo, [7/10/2017 5:55 PM]
TC reports small fire trackside Raffles Place - Marina Bay. SCDF activated
Nurul Huda, [7/10/2017 6:05 PM]
suspending Ang Mo Kio to Marina South Pier both directions, 13 stations
Nurul Huda, [7/10/2017 7:32 PM]
FB post: water in the tunnel from Bishan to Braddell
Gabriel Teo, [8/10/2017 6:09 AM]
AMK-Newton still not restored, pumping continues
"""}],
    "expected": {
        "events": [["2017-10-07T09:33Z", ["water"]], ["2017-10-07T09:36Z", ["track fault"]],
                   ["2017-10-07T09:55Z", ["fire"]], ["2017-10-07T10:05Z", ["suspending"]],
                   ["2017-10-07T11:32Z", ["water in the tunnel"]], ["2017-10-07T13:22Z", ["running again"]],
                   ["2017-10-07T22:09Z", ["not restored"]], ["2017-10-08T05:52Z", ["resumed"]]],
        "keyTimes": {
            "started": kt("2017-10-07T09:33Z", S, "Bishan to Toa Payoh no service", "occ1007-telegram.txt"),
            "detected": kt("2017-10-07T09:33Z", S, "TC reports water over the rail past Bishan", "occ1007-telegram.txt"),
            "resolved": kt("2017-10-08T05:52Z", S, "NSL Ang Mo Kio - Newton resumed 1:52pm", "comment 131703")},
        "responders": [["Gabriel Teo", None], ["Nurul Huda", "comms"]],
        "narrative": nar(["storm water pumps", "flooded"], ["pumping"], ["OCC-1007", "OCC-1008"],
                         "From 5:33pm on 7 October 2017 part of Singapore's North-South Line stopped after a tunnel flooded; the last section reopened at 1:52pm on 8 October, about 20 hours later.",
                         badly=["not genuine"]),
    }})

# 9. Ireland HSE Conti ransomware, Friday 14 May 2021 --------------------------------------------------------------
I.append({
    "id": "hse-2021-05-conti-warroom", "name": "Ireland Health Service Executive Conti ransomware 14 May 2021 (all IT switched off nationally)",
    "issueId": "95109", "key": "NCM-1405", "summary": "Hospitals reporting systems unavailable - national",
    "reporter": "Siobhan Kearns", "assignee": "Donal Fitzmaurice", "labels": ["critical-incident", "cyber", "national"],
    "components": ["national-ict", "hospital-systems"], "created": "2021-05-14T03:05", "now": "2021-06-30T12:00:00Z",
    "defaultZone": "Europe/Dublin",
    "description": """Several hospitals ringing the national service desk: PAS, lab and radiology systems unavailable, some files renamed. Rotunda and others.

First thought: the storage upgrade in the Dublin data centre last night went wrong and took shares offline. Storage team paged.""",
    "comments": [
        ("131801", "Donal Fitzmaurice", "2021-05-14T04:50", """Not storage. Malicious encryption on multiple servers in the data centre - ransomware. Critical incident process invoked. Recommending we switch off all HSE IT and disconnect the NHN from the internet. War room notes in ncm1405-warroom.txt (Irish time)."""),
        ("131802", "Siobhan Kearns", "2021-05-14T07:45", """Everything switched off. Hospitals on pen and paper, fax, mobiles. Public told via RTÉ and our tweet. Vaccination programme unaffected."""),
        ("131803", "Donal Fitzmaurice", "2021-05-21T18:00", """Decryption key obtained (20 May). Restoring system by system, clinical priorities first - this will take weeks. Leaving this ticket as the parent."""),
        ("131804", "Siobhan Kearns", "2021-06-28T10:00", """Forensics timeline so far: first foothold 18 March (phishing email with a macro-enabled Excel file), attacker active for weeks before it was noticed. Ransomware executed at around 1:00am on 14 May, in our data centre and six hospitals. No single moment where services were 'back' - every hospital recovered on its own timetable, some still partial."""),
    ],
    "changelog": [
        ("Donal Fitzmaurice", "2021-05-14T03:06", [("status", "Open", "In Progress")]),
        ("Donal Fitzmaurice", "2021-05-21T18:01", [("status", "In Progress", "Monitoring")]),
        ("Siobhan Kearns", "2021-06-28T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ncm1405-warroom.txt", "zone": "Europe/Dublin", "referenceDate": "2021-05-14", "text": """
War room / NCMT notes - Fri 14/05/21
02:50  first of multiple reports from hospitals - IT systems unavailable (service desk)
04:36  malicious encryption identified on multiple servers in the DC
04:41  critical incident process invoked
07:00  RTÉ reporting HSE cyber attack
07:28  HSE tweet: IT systems shut down as a precaution
"""}],
    "expected": {
        "events": [["2021-05-14T00:00Z", ["executed"]], ["2021-05-14T01:50Z", ["reports"]],
                   ["2021-05-14T03:36Z", ["encryption"]], ["2021-05-14T03:41Z", ["critical incident"]],
                   ["2021-05-14T06:00Z", ["RTÉ"]], ["2021-05-14T06:28Z", ["tweet"]]],
        "keyTimes": {
            "started": kt("2021-05-14T00:00Z", S, "Ransomware executed at around 1:00am on 14 May", "comment 131804"),
            "detected": kt("2021-05-14T01:50Z", S, "first of multiple reports from hospitals", "ncm1405-warroom.txt"),
            "resolved": kt(None, U)},
        "responders": [["Donal Fitzmaurice", None], ["Siobhan Kearns", None]],
        "narrative": nar(["ransomware", "phishing email"], ["switch off all HSE IT", "decryption key"], ["NCM-1405"],
                         "From the early hours of 14 May 2021 Ireland's health service lost access to its IT systems after a ransomware attack; hospitals worked on paper for weeks while systems were restored one by one."),
    }})

# 10. Hawaii false ballistic missile alert, Saturday 13 January 2018 -----------------------------------------------
I.append({
    "id": "hiema-2018-01-false-alert-swp", "name": "Hawaii false ballistic missile alert 13 January 2018 (drill message sent live, 38 minutes to correct)",
    "issueId": "95110", "key": "SWP-0113", "summary": "WEA/EAS missile alert sent statewide IN ERROR",
    "reporter": "Keoni Kahale", "assignee": "Leilani Ahuna", "labels": ["sev1", "false-alert", "fcc"],
    "components": ["state-warning-point", "alerting-software"], "created": "2018-01-13T08:35", "now": "2018-02-05T20:00:00Z",
    "defaultZone": "Pacific/Honolulu",
    "description": """BALLISTIC MISSILE THREAT INBOUND alert went out to every phone and TV in the state. There is NO missile. Public panicking, 911 overloaded.

I think the alerting software sent the live template by itself during the shift-change test (the menu puts live and test next to each other). Vendor on the phone.""",
    "comments": [
        ("131901", "Leilani Ahuna", "2018-01-13T09:10", """Software did what it was told. The drill was run at shift change and the warning officer believed the attack was real - the recorded message said "this is not a drill". Correction went to phones at 8:45 once we had a CEM template built. Warning point log pasted (swp0113-log.txt, HST)."""),
        ("131902", "Keoni Kahale", "2018-01-13T11:30", """Two-person rule for live alerts starting today. Cancel template now exists in the system."""),
        ("131903", "Leilani Ahuna", "2018-01-30T16:00", """FCC preliminary report is out, our timeline matches theirs. 38 minutes from the alert (8:07) to the correction (8:45). Key gaps: no pre-scripted correction, nobody knew how to send one quickly, the social media posts at 8:20 did not reach people who were not on them."""),
    ],
    "changelog": [
        ("Leilani Ahuna", "2018-01-13T08:36", [("status", "Open", "In Progress")]),
        ("Keoni Kahale", "2018-01-13T11:31", [("status", "In Progress", "Monitoring")]),
        ("Leilani Ahuna", "2018-01-30T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "swp0113-log.txt", "zone": "Pacific/Honolulu", "referenceDate": "2018-01-13", "text": """
STATE WARNING POINT - DUTY LOG - SAT 01/13/2018 (HST)
08:05  shift change internal test initiated (EAS + WEA, no sirens)
08:07  MISSILE ALERT transmitted statewide (live)
08:08  own phones receive it - supervisor: "that went out live", calls start
08:10  MG Logan confirms with PACOM no launch. HPD notified of the false alarm
08:13  cancellation issued (stops rebroadcast only, does NOT retract)
08:20  public cancellation posted on Facebook / Twitter
08:24  Governor retweets cancellation
08:30  call to FEMA re correction; Gov FB post
08:45  Civil Emergency Message sent: There is no missile threat or danger. False Alarm.
"""}],
    "expected": {
        "events": [["2018-01-13T18:05Z", ["test"]], ["2018-01-13T18:07Z", ["MISSILE ALERT", "alert"]],
                   ["2018-01-13T18:10Z", ["no launch"]], ["2018-01-13T18:13Z", ["cancellation"]],
                   ["2018-01-13T18:20Z", ["Facebook"]], ["2018-01-13T18:24Z", ["retweets"]],
                   ["2018-01-13T18:30Z", ["FEMA"]], ["2018-01-13T18:45Z", ["Civil Emergency Message", "correction"]]],
        "keyTimes": {
            "started": kt("2018-01-13T18:07Z", S, "MISSILE ALERT transmitted statewide (live)", "swp0113-log.txt"),
            "detected": kt("2018-01-13T18:08Z", S, "own phones receive it - supervisor", "swp0113-log.txt"),
            "resolved": kt("2018-01-13T18:45Z", S, "Civil Emergency Message sent: There is no missile threat", "swp0113-log.txt")},
        "responders": [["Leilani Ahuna", None], ["Keoni Kahale", None]],
        "narrative": nar(["believed the attack was real", "not a drill"], ["Civil Emergency Message"], ["SWP-0113"],
                         "At 8:07 a.m. HST on 13 January 2018 everyone in Hawaii received a false ballistic missile alert; the correction reached phones only at 8:45 a.m., 38 minutes later.",
                         badly=["no pre-scripted correction"]),
    }})

# 11. Iberian peninsula blackout, Monday 28 April 2025 - seen from a distribution control centre ------------------
I.append({
    "id": "iberia-2025-04-blackout-whatsapp", "name": "Iberian peninsula blackout 28 April 2025 (system collapse 12:33 CEST), seen from a regional distribution control centre",
    "issueId": "95111", "key": "CCD-2804", "summary": "CERO TENSIÓN - whole area dark (zero voltage)",
    "reporter": "Marta Izquierdo", "assignee": "Javier Ocaña", "labels": ["p1", "blackout", "cnmc"],
    "components": ["centro-control", "mt-network"], "created": "2025-04-28T13:15", "now": "2025-06-30T10:00:00Z",
    "defaultZone": "Europe/Madrid",
    "description": """Zero voltage on every 220/132 kV incomer. Entire area dark - hospitals on generators, metro stopped, traffic lights out. Radio and mobiles patchy.

Primera idea: a protection misoperation at our own 220 kV substation (the relay firmware change last week), then everything cascaded. Checking.

`SCADA 28/04/2025 12:33:19 CEST  ALARMA  TENSION CERO  SE-220 todas las posiciones`""",
    "comments": [
        ("132001", "Javier Ocaña", "2025-04-28T14:30", """Not us. The whole peninsular system collapsed - REE confirms zero voltage everywhere, France and Morocco interconnections being used to restart. We wait for the transmission grid and re-energise in the order REE gives. Our WhatsApp group pasted (ccd2804-whatsapp.txt)."""),
        ("132002", "Marta Izquierdo", "2025-04-29T07:30", """REE: as of 06:00 this morning 99% of demand restored on the mainland, all transmission substations in service. We still have some rural MV feeders off that need crews. Not closing."""),
        ("132003", "Javier Ocaña", "2025-04-30T12:00", """All our customers are back but I can't give you a minute - crews closed the last rural feeders by hand overnight on the 29th and the SCADA history for them is incomplete."""),
        ("132004", "Marta Izquierdo", "2025-06-20T10:00", """Report notes (CEST): oscillations on the grid from 12:03 and again from 12:19 (damped, no supply lost - precursors), then the collapse at 12:33: about 15 GW of generation lost in five seconds. Cause still under investigation (voltage control); not a cyber attack."""),
    ],
    "changelog": [
        ("Javier Ocaña", "2025-04-28T13:16", [("status", "Open", "In Progress")]),
        ("Marta Izquierdo", "2025-04-29T07:31", [("status", "In Progress", "Monitoring")]),
        ("Marta Izquierdo", "2025-06-20T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ccd2804-whatsapp.txt", "zone": "Europe/Madrid", "referenceDate": "2025-04-28", "text": """
28/4/25, 12:34 - Javier Ocaña: todo a cero. TODO. hospitales en grupos electrógenos
28/4/25, 12:41 - Marta Izquierdo: REE no contesta el teléfono, radio sí
28/4/25, 16:10 - Javier Ocaña: primeras posiciones de 220 con tensión desde REE, empezamos a dar servicio por zonas
28/4/25, 23:55 - Marta Izquierdo: la capital casi toda con luz, faltan rurales
29/4/25, 06:00 - Marta Izquierdo: REE: 99% de la demanda repuesta
"""}],
    "expected": {
        "events": [["2025-04-28T10:03Z", ["oscillations"]], ["2025-04-28T10:19Z", ["oscillations"]],
                   ["2025-04-28T10:33Z", ["collapse", "TENSION CERO"]], ["2025-04-29T04:00Z", ["99%"]]],
        "keyTimes": {
            "started": kt("2025-04-28T10:33Z", S, "TENSION CERO  SE-220 todas las posiciones", "description"),
            "detected": kt("2025-04-28T10:33Z", S, "TENSION CERO  SE-220 todas las posiciones", "description"),
            "resolved": kt(None, U)},
        "responders": [["Javier Ocaña", None], ["Marta Izquierdo", None]],
        "narrative": nar(["peninsular system collapsed"], ["re-energise"], ["CCD-2804"],
                         "At 12:33 CEST on 28 April 2025 the whole Iberian power system collapsed and this area lost all supply; most demand was back by the next morning and the last rural feeders overnight on 29 April."),
    }})

# 12. Gatwick Airport runway closures after drone sightings, 19-21 December 2018 ----------------------------------
I.append({
    "id": "gatwick-2018-12-drone-dmlog", "name": "Gatwick Airport runway closed 19-21 December 2018 after repeated drone sightings",
    "issueId": "95112", "key": "LGW-1912", "summary": "RUNWAY CLOSED - drone sightings airside",
    "reporter": "Bethan Greaves", "assignee": "Stuart Okafor", "labels": ["p1", "runway-closure", "police-led"],
    "components": ["airfield-ops", "security"], "created": "2018-12-19T21:40", "now": "2019-01-15T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Runway closed, two drones reported over the airfield. Inbound diverting (Heathrow, Luton, Stansted, even Amsterdam / Paris).

Probably a hobbyist who'll get bored in half an hour - expect to reopen before the late wave. Sussex Police informed.""",
    "comments": [
        ("132101", "Stuart Okafor", "2018-12-20T04:10", """Reopened at 03:01, closed again 03:45 after a further sighting. Not a hobbyist - sightings every time we try to reopen. Duty manager log in lgw1912-dmlog.txt. Airline ops chat from our Paris based carrier rep also pasted (lgw1912-airline.txt, their time)."""),
        ("132102", "Bethan Greaves", "2018-12-20T23:35", """23:30 decision: runway stays closed, all flights cancelled for the rest of the evening. Military equipment arriving."""),
        ("132103", "Stuart Okafor", "2018-12-21T10:00", """Reopened with limited capacity at around 06:00 with the mitigations in place. COO on the BBC 09:30: almost normal runway conditions, back to normal by end of day hopefully. Not closing - aircraft and crews are all in the wrong places."""),
        ("132104", "Bethan Greaves", "2019-01-07T15:00", """Final runway closure record (UTC = local in December):
- 21:03 Wed 19 Dec to 03:01 Thu 20 Dec
- 03:45 Thu 20 Dec to about 06:00 Fri 21 Dec
- 17:30 Fri 21 Dec to 18:23 Fri 21 Dec (suspected sighting, brief)
Last closure ended 18:23 on the 21st; about 1,000 flights and 140,000 passengers affected."""),
    ],
    "changelog": [
        ("Stuart Okafor", "2018-12-19T21:41", [("status", "Open", "In Progress")]),
        ("Stuart Okafor", "2018-12-21T10:01", [("status", "In Progress", "Monitoring")]),
        ("Stuart Okafor", "2018-12-21T17:35", [("status", "Monitoring", "In Progress")]),
        ("Bethan Greaves", "2018-12-22T09:00", [("status", "In Progress", "Monitoring")]),
        ("Bethan Greaves", "2019-01-07T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "lgw1912-dmlog.txt", "zone": "Europe/London", "referenceDate": "2018-12-19", "text": """
DUTY MANAGER LOG - NIGHT 19/12
21:01  ATC: two drones reported over the airfield by airside staff, departures held
21:03  RUNWAY CLOSED (drones)
21:20  first diversions to LHR / LTN
03:01  runway reopened
03:45  RUNWAY CLOSED again - further sighting
"""},
        {"file": "lgw1912-airline.txt", "zone": "Europe/Paris", "referenceDate": "2018-12-21", "text": """
[21/12/2018 07:10] Camille R.: LGW ouvert depuis 07h00 chez nous (06:00 UK), premiers départs, capacité limitée
[21/12/2018 18:31] Camille R.: piste refermée 18:30 (17:30 UK) - drone?? on retient les départs
[21/12/2018 19:25] Camille R.: piste rouverte 19:23 (18:23 UK), on repart
"""},
    ],
    "expected": {
        "events": [["2018-12-19T21:01Z", ["drones reported"]], ["2018-12-19T21:03Z", ["RUNWAY CLOSED", "21:03 Wed"]],
                   ["2018-12-20T03:01Z", ["reopened"]], ["2018-12-20T03:45Z", ["closed again", "CLOSED again"]],
                   ["2018-12-20T23:30Z", ["stays closed"]], ["2018-12-21T06:00Z", ["limited capacity", "ouvert"]],
                   ["2018-12-21T09:30Z", ["BBC"]], ["2018-12-21T17:30Z", ["suspected sighting", "refermée"]],
                   ["2018-12-21T18:23Z", ["Last closure ended", "rouverte"]]],
        "keyTimes": {
            "started": kt("2018-12-19T21:03Z", S, "21:03 Wed 19 Dec to 03:01 Thu 20 Dec", "comment 132104"),
            "detected": kt("2018-12-19T21:01Z", S, "ATC: two drones reported over the airfield", "lgw1912-dmlog.txt"),
            "resolved": kt("2018-12-21T18:23Z", S, "Last closure ended 18:23 on the 21st", "comment 132104")},
        "responders": [["Stuart Okafor", None], ["Bethan Greaves", None], ["Camille R.", None]],
        "narrative": nar(["drones"], ["mitigations"], ["LGW-1912"],
                         "From 21:03 on 19 December 2018 Gatwick's runway was closed for most of 36 hours because of reported drones; about 1,000 flights and 140,000 passengers were affected, and the last short closure ended at 18:23 on 21 December."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

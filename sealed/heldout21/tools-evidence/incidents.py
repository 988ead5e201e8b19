"""Held-out 21 incidents: compact specs. Organisations outside software companies only (an airline operations
centre, an airport, an emergency-call operator, a telecom carrier, a bank's payment operations, a distribution
utility, a national telecom operator's supervision, a rail infrastructure control centre, a national grid control
centre). Timeline facts from public operator / regulator / press statements (SOURCES-heldout21.md); people, ticket
keys, chat wording, team habits, the wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Eurocontrol ETFMS failure, 3 April 2018 - seen from an airline operations control centre in Brussels -----------
I.append({
    "id": "etfms-2018-04-flowfail-occ", "name": "Eurocontrol ETFMS failure 3 April 2018 (flow management system down, contingency at -10% capacity), seen from an airline OCC",
    "issueId": "99621", "key": "OCC-0304", "summary": "No slot messages from NM - all afternoon departures delayed",
    "reporter": "Wim Claessens", "assignee": "Els Vandamme", "labels": ["ops-disruption", "atfm"],
    "components": ["occ", "flight-dispatch"], "created": "2018-04-03T10:52", "now": "2018-04-20T09:00:00Z",
    "defaultZone": "Europe/Brussels",
    "description": """Slot messages from the Network Manager stopped, IFPS not acknowledging our flight plans. Suspect our own FPL gateway after last night's patch (v4.2) - dispatch rolling it back.

Times in the log are LT (Brussels). NM talks UTC, the London crew base writes BST.""",
    "comments": [
        ("162101", "Els Vandamme", "2018-04-03T11:30", """Not our gateway: NM has an ETFMS failure Europe-wide, contingency procedures with about 10% less capacity, ten departures an hour per airport in stages. Rollback of the FPL gateway patch changed nothing. OCC log pasted (occ0304-log.txt, LT)."""),
        ("162102", "Wim Claessens", "2018-04-03T15:45", """London crew base says NM wants everything filed before 1126 BST refiled. We are refiling all rotations that have not left yet."""),
        ("162103", "Els Vandamme", "2018-04-04T07:10", """Press this morning writes that the system "was restarted at 19:00 GMT yesterday" - that is BST with the wrong label. NM's own message: normal flow management operations restarted at 18:00 UTC on the 3rd, after internal testing. NM says this morning that the network is back at full capacity."""),
        ("162104", "Els Vandamme", "2018-04-12T13:00", """NM summary for the PIR: the ETFMS failed at 12:26 local, 10:26 UTC, and every flight plan filed before that minute was lost. For us the disruption ran from that failure to the 18:00 UTC restart; the late rotations until 21:15 LT were knock-on delays, not the failure."""),
    ],
    "changelog": [
        ("Els Vandamme", "2018-04-03T10:53", [("status", "Open", "In Progress")]),
        ("Wim Claessens", "2018-04-03T18:40", [("status", "In Progress", "Monitoring")]),
        ("Els Vandamme", "2018-04-12T13:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "occ0304-log.txt", "zone": "Europe/Brussels", "referenceDate": "2018-04-03", "text": """
OCC DUTY LOG 03/04/2018 - LT (UTC+2)
12:31  dispatch: FPLs for afternoon rotations not acknowledged by IFPS, resending
12:44  NMOC AIM received: ETFMS failure, contingency procedures, capacity -10%
12:58  FPL gateway patch rolled back (no effect)
13:20  first slot delays 60+ min on BRU departures, pax info updated
20:02  NM message: normal flow management operations resumed
21:15  last delayed rotation off blocks, delay code 83
"""}],
    "expected": {
        "events": [["2018-04-03T10:26Z", ["ETFMS failed"]], ["2018-04-03T10:31Z", ["IFPS"]],
                   ["2018-04-03T10:44Z", ["ETFMS failure"]], ["2018-04-03T11:20Z", ["slot delays"]],
                   ["2018-04-03T18:00Z", ["normal flow management"]]],
        "keyTimes": {
            "started": kt("2018-04-03T10:26Z", S, "the ETFMS failed at 12:26 local, 10:26 UTC", "comment 162104"),
            "detected": kt("2018-04-03T10:31Z", S, "FPLs for afternoon rotations not acknowledged by IFPS", "occ0304-log.txt"),
            "resolved": kt("2018-04-03T18:00Z", S, "normal flow management operations restarted at 18:00 UTC on the 3rd", "comment 162103")},
        "responders": [["Els Vandamme", None], ["Wim Claessens", None]],
        "narrative": nar(["ETFMS"], ["refiling"], ["OCC-0304"],
                         "On 3 April 2018 Eurocontrol's flow management system failed at 10:26 UTC; European capacity was cut by about 10% under contingency procedures and about half of the day's flights risked delay until normal flow management resumed at 18:00 UTC."),
    }})

# 2. Hartsfield-Jackson Atlanta power outage, 17 December 2017 - airport operations centre -------------------------
I.append({
    "id": "atl-2017-12-poweroutage-aoc", "name": "Hartsfield-Jackson Atlanta power outage 17 December 2017 (fire in a utility underground electrical facility damaged redundant feeds)",
    "issueId": "99622", "key": "AOC-1217", "summary": "Airport-wide power loss - terminals dark, ground stop",
    "reporter": "Darnell Whitaker", "assignee": "Monique Ferreira", "labels": ["irrops", "utility-outage"],
    "components": ["airport-ops", "facilities"], "created": "2017-12-17T18:25", "now": "2017-12-28T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Power gone across the domestic and international terminals and all concourses. Emergency lighting only, trains between concourses stopped. FAA ground stop on arrivals.

Smoke reported from below Concourse B. Facilities first thought: our own switchgear / UPS room - checking.""",
    "comments": [
        ("162201", "Monique Ferreira", "2017-12-17T19:10", """Not our switchgear. Georgia Power: fire in their underground electrical facility took out the redundant feeds and substations serving the airport. Fire had to be put out and fumes cleared before their crews could get in. AOC log pasted (aoc1217-log.txt, local, 24h)."""),
        ("162202", "Darnell Whitaker", "2017-12-18T01:30", """Mayor's briefing notes for the file: power went out at about 1:06 p.m., fire units were on scene four minutes later, no evidence it was deliberate. Convention center opened for stranded passengers."""),
        ("162203", "Monique Ferreira", "2017-12-18T13:40", """Georgia Power posted after midnight that power was "fully restored". Non-essential areas (some concessions, escalators on T-South) still dark this morning, and Delta cancelled about 300 more flights today. That is recovery of the schedule, not the outage."""),
        ("162204", "Monique Ferreira", "2017-12-27T16:00", """PIR timeline agreed with Georgia Power: loss of supply 1:06 p.m., all essential airport activities restored at 11:45 p.m. Sunday."""),
    ],
    "changelog": [
        ("Monique Ferreira", "2017-12-17T18:26", [("status", "Open", "In Progress")]),
        ("Darnell Whitaker", "2017-12-18T05:10", [("status", "In Progress", "Monitoring")]),
        ("Monique Ferreira", "2017-12-27T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "aoc1217-log.txt", "zone": "America/New_York", "referenceDate": "2017-12-17", "text": """
ATL AOC DUTY LOG  SUN 12/17/2017  (local)
13:06:38  BMS: utility feed lost, all concourses - emergency lighting only
13:08     Ramp: jet bridges dead, bag belts stopped, Plane Train stopped
13:10     Fire units on scene, smoke from underground vault
13:20     FAA ground stop for ATL arrivals
18:35     Georgia Power statement: power expected back by midnight
19:45     first concourse has power again
23:45     Georgia Power: all essential airport activities restored, concourses and flight operations
"""}],
    "expected": {
        "events": [["2017-12-17T18:06Z", ["utility feed lost"]], ["2017-12-17T18:10Z", ["on scene"]],
                   ["2017-12-17T18:20Z", ["ground stop"]], ["2017-12-17T23:35Z", ["by midnight"]],
                   ["2017-12-18T00:45Z", ["concourse"]], ["2017-12-18T04:45Z", ["essential"]]],
        "keyTimes": {
            "started": kt("2017-12-17T18:06Z", S, "power went out at about 1:06 p.m.", "comment 162202"),
            "detected": kt("2017-12-17T18:06Z", S, "BMS: utility feed lost, all concourses", "aoc1217-log.txt"),
            "resolved": kt("2017-12-18T04:45Z", S, "all essential airport activities restored at 11:45 p.m. Sunday", "comment 162204")},
        "responders": [["Monique Ferreira", None], ["Darnell Whitaker", None]],
        "narrative": nar(["underground electrical facility"], ["restored"], ["AOC-1217"],
                         "From 1:06 p.m. on 17 December 2017 the world's busiest airport had no power; more than 1,000 flights were cancelled and passengers were stranded in dark terminals until essential power returned at 11:45 p.m."),
    }})

# 3. Telstra triple zero transfer failure, 1 March 2024 ---------------------------------------------------------------
I.append({
    "id": "telstra-2024-03-000-cli-teams", "name": "Telstra triple zero (000) outage 1 March 2024 (CLI fault, calls not transferred to state emergency services, wrong backup numbers)",
    "issueId": "99623", "key": "ECP-0103", "summary": "000: calls answered but not transferring to ESOs",
    "reporter": "Leah Corbett", "assignee": "Dev Raman", "labels": ["sev1", "emergency-call-service"],
    "components": ["000-platform", "ecp-operations"], "created": "2024-02-29T16:48", "now": "2024-04-05T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Emergency call person: calls answered but CLI and location not reaching the state ESOs, transfers failing for Vic, NSW, Tas, WA, ACT. Backup process running.

First guess on the bridge: a problem with calls from one mobile network's interconnect.""",
    "comments": [
        ("162301", "Dev Raman", "2024-02-29T17:20", """Not one carrier - calls from every network affected. Connections to the CLI database hit the maximum, which set off a software fault. Teams chat pasted (ecp0103-teams.txt, AEDT)."""),
        ("162302", "Leah Corbett", "2024-02-29T21:10", """Triple Zero Victoria is telling media it happened between 3.30am and 4.45am. Our platform was not back until later than that - we'll reconcile in the review."""),
        ("162303", "Dev Raman", "2024-03-27T01:00", """Review published today: the incident began at 3:30am on 1 March when the CLI issue was found; calls could not be transferred between 3:30am and 5:00am AEDT. 494 calls in that window, 148 not transferred straight away, 127 of those waited on email referral and callback."""),
    ],
    "changelog": [
        ("Dev Raman", "2024-02-29T16:49", [("status", "Open", "In Progress")]),
        ("Leah Corbett", "2024-02-29T18:20", [("status", "In Progress", "Monitoring")]),
        ("Dev Raman", "2024-03-27T01:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ecp0103-teams.txt", "zone": "Australia/Sydney", "referenceDate": "2024-03-01", "text": """
[1/03/2024 3:30 AM] Leah Corbett: calls coming in with no CLI, ESO transfer fails on Vic and NSW
[1/03/2024 3:34 AM] Leah Corbett: going to backup - manual transfer, asking callers for location
[1/03/2024 3:41 AM] Dev Raman: backup numbers for 8 ESOs not answering?? wrong numbers on the backup list
[1/03/2024 3:52 AM] Dev Raman: those ESOs on email referral + callback now
[1/03/2024 4:58 AM] Dev Raman: platform restarted, CLI flowing, transfers ok from 5:00
[1/03/2024 7:05 AM] Leah Corbett: Vic says some email referrals only picked up now
"""}],
    "expected": {
        "events": [["2024-02-29T16:30Z", ["no CLI"]], ["2024-02-29T16:34Z", ["backup"]],
                   ["2024-02-29T16:41Z", ["wrong numbers"]], ["2024-02-29T16:52Z", ["email referral"]],
                   ["2024-02-29T17:58Z", ["restarted"]], ["2024-02-29T20:05Z", ["email referrals"]]],
        "keyTimes": {
            "started": kt("2024-02-29T16:30Z", S, "the incident began at 3:30am on 1 March", "comment 162303"),
            "detected": kt("2024-02-29T16:30Z", S, "calls coming in with no CLI, ESO transfer fails", "ecp0103-teams.txt"),
            "resolved": kt("2024-02-29T18:00Z", S, "calls could not be transferred between 3:30am and 5:00am AEDT", "comment 162303")},
        "responders": [["Dev Raman", None], ["Leah Corbett", None]],
        "narrative": nar(["CLI database"], ["restarted"], ["ECP-0103"],
                         "For 90 minutes early on 1 March 2024 triple zero calls in five states and territories could not be transferred automatically to emergency services; 148 of 494 callers waited for manual transfer or a callback."),
    }})

# 4. KPN outage, 112 unreachable, 24 June 2019 ------------------------------------------------------------------------
I.append({
    "id": "kpn-2019-06-112-whatsapp", "name": "KPN national telephony outage 24 June 2019 (112 and the police number unreachable for about three hours)",
    "issueId": "99624", "key": "KNO-2406", "summary": "Landelijke storing telefonie - 112 onbereikbaar",
    "reporter": "Sanne de Vries", "assignee": "Joost Brinkman", "labels": ["p1", "vitale-dienst"],
    "components": ["voice-core", "112-platform"], "created": "2019-06-24T14:35", "now": "2019-07-15T08:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Landelijke storing vaste en mobiele telefonie. 112 en 0900-8844 onbereikbaar, ook voor VodafoneZiggo en T-Mobile klanten (112-verkeer loopt via ons netwerk).

Eerste gok: VoLTE-core na de wijziging van vanochtend. Advies aan klanten: bellen via 4G uitzetten.""",
    "comments": [
        ("162401", "Joost Brinkman", "2019-06-24T15:20", """VoLTE was het niet, 3G/2G-bellen valt ook weg voor vast. Het 112-platform zelf werkt, alleen komt er geen verkeer binnen. Appgroep van de crisiscoördinatie geplakt (kno2406-whatsapp.txt)."""),
        ("162402", "Sanne de Vries", "2019-06-25T09:00", """Brief aan de minister: het platform werkte, maar was niet bereikbaar. Bewaking op al het 112-verkeer is verhoogd."""),
        ("162403", "Joost Brinkman", "2019-07-12T10:30", """Tijdlijn voor het rapport: de storing begon rond 16:00 (de pers schreef "rond 16.00 uur"). Wie het als eerste zag weten we niet: de eerste alarmen en klantmeldingen van die middag zijn niet bewaard, de bridge liep al toen dit ticket werd aangemaakt. Einde: 19:15, 112 weer bereikbaar."""),
    ],
    "changelog": [
        ("Joost Brinkman", "2019-06-24T14:36", [("status", "Open", "In Progress")]),
        ("Sanne de Vries", "2019-06-24T17:40", [("status", "In Progress", "Monitoring")]),
        ("Joost Brinkman", "2019-07-12T10:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "kno2406-whatsapp.txt", "zone": "Europe/Amsterdam", "referenceDate": "2019-06-24", "text": """
24-06-19 16:22 - Sanne de Vries: net aangehaakt, bridge loopt al een tijdje. 112-platform draait, er komt niks binnen
24-06-19 16:31 - Joost Brinkman: allestoringen loopt vol, ook 0900-8844, gemeenten en ziekenhuizen
24-06-19 16:58 - Sanne de Vries: politie zet alternatief nummer 088 online
24-06-19 18:04 - Joost Brinkman: NL-Alert gaat uit in een paar regio's met het 088-nummer
24-06-19 19:15 - Sanne de Vries: verkeer loopt weer, 112 bereikbaar, storing verholpen
24-06-19 19:32 - Joost Brinkman: persbericht eruit: grotendeels verholpen
"""}],
    "expected": {
        "events": [["2019-06-24T14:00Z", ["storing begon"]], ["2019-06-24T14:31Z", ["allestoringen"]],
                   ["2019-06-24T14:58Z", ["088"]], ["2019-06-24T16:04Z", ["NL-Alert"]],
                   ["2019-06-24T17:15Z", ["verholpen"]]],
        "keyTimes": {
            "started": kt("2019-06-24T14:00Z", S, "de storing begon rond 16:00", "comment 162403"),
            "detected": kt(None, U),
            "resolved": kt("2019-06-24T17:15Z", S, "verkeer loopt weer, 112 bereikbaar, storing verholpen", "kno2406-whatsapp.txt")},
        "responders": [["Joost Brinkman", None], ["Sanne de Vries", None]],
        "narrative": nar(["112-platform"], ["bewaking"], ["KNO-2406"],
                         "On the afternoon of 24 June 2019 KPN's telephony failed nationally and 112 could not be reached for about three hours; police and ambulances went on the streets and alternative numbers were spread by NL-Alert."),
    }})

# 5. TARGET2 outage, 23 October 2020 - a commercial bank's payment operations in Frankfurt ----------------------------
I.append({
    "id": "target2-2020-10-outage-payops-mail", "name": "TARGET2 outage 23 October 2020 (network device software defect, backup did not start, failover to the other region), seen from a bank's payment operations",
    "issueId": "99625", "key": "PAY-2310", "summary": "TARGET2 unavailable - EUR large-value payments stuck",
    "reporter": "Katrin Oberholzer", "assignee": "Stefan Brück", "labels": ["critical", "market-infrastructure"],
    "components": ["payments-ops", "treasury"], "created": "2020-10-23T13:05", "now": "2020-11-20T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """ICM not reachable, no settlement confirmations, our RTGS payments queueing in the gateway. First suspicion: our own SWIFTNet link / Alliance Gateway - network team checking.

Treasury needs an ETA for CLS pay-ins and margin calls.""",
    "comments": [
        ("162501", "Stefan Brück", "2020-10-23T13:40", """Our link is fine, Bundesbank confirms the whole TARGET2 platform is down, no payments, no liquidity transfers to TIPS or T2S. Mail chain pasted (pay2310-mail.txt, newest first, Frankfurt time)."""),
        ("162502", "Katrin Oberholzer", "2020-10-25T11:00", """ECB notice of Sunday: all settlement services unavailable from approximately 14:40 CET. Careful - the ECB writes CET for Frankfurt local time, and summer time ran until this morning, so their 14:40 is our 14:40. Their notice also says the failover finished around 22:30 CET, after which the ICM came back and settlement restarted."""),
        ("162503", "Stefan Brück", "2020-10-27T07:30", """ECB says TARGET2 has operated normally since 7:00 this morning. Instant payments had delays until Monday."""),
        ("162504", "Katrin Oberholzer", "2020-11-17T09:00", """For the PIR: outage window 14:40-22:30 as the ECB gives it. Our 22:38 in the chain is when our first queued payment settled, and the 03:05 end of day is the cleanup, not the outage. ECB announced an independent review yesterday (software defect in a network device)."""),
    ],
    "changelog": [
        ("Stefan Brück", "2020-10-23T13:06", [("status", "Open", "In Progress")]),
        ("Katrin Oberholzer", "2020-10-24T01:20", [("status", "In Progress", "Monitoring")]),
        ("Katrin Oberholzer", "2020-11-17T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pay2310-mail.txt", "zone": "Europe/Berlin", "referenceDate": "2020-10-23", "text": """
From: Payments Operations Frankfurt
Sent: Saturday, 24 October 2020 03:12
Subject: RE: TARGET2 unavailable - EOD done
Bundesbank confirms end of day closed at 03:05, all our queued payments settled.

From: Payments Operations Frankfurt
Sent: Friday, 23 October 2020 22:41
Subject: RE: TARGET2 unavailable
ICM back, settlement restarted 22:38 on our side; queue draining.

From: Treasury Desk
Sent: Friday, 23 October 2020 16:20
Subject: RE: TARGET2 unavailable
Client CLS pay-ins and margin calls pending. 16:20 Bundesbank hotline: failover to the other region being prepared.

From: Payments Operations Frankfurt
Sent: Friday, 23 October 2020 14:52
Subject: TARGET2 unavailable
ICM timeouts since 14:46, no settlement confirmations; opening incident.
"""}],
    "expected": {
        "events": [["2020-10-23T12:40Z", ["unavailable"]], ["2020-10-23T12:46Z", ["ICM timeouts"]],
                   ["2020-10-23T14:20Z", ["failover"]], ["2020-10-23T20:30Z", ["failover"]],
                   ["2020-10-23T20:38Z", ["settlement restarted"]], ["2020-10-24T01:05Z", ["end of day"]]],
        "keyTimes": {
            "started": kt("2020-10-23T12:40Z", S, "all settlement services unavailable from approximately 14:40 CET", "comment 162502"),
            "detected": kt("2020-10-23T12:46Z", S, "ICM timeouts since 14:46", "pay2310-mail.txt"),
            "resolved": kt("2020-10-23T20:30Z", S, "the failover finished around 22:30 CET", "comment 162502")},
        "responders": [["Stefan Brück", None], ["Katrin Oberholzer", None]],
        "narrative": nar(["network device"], ["failover"], ["PAY-2310"],
                         "On 23 October 2020 the Eurosystem's TARGET2 settled no payments from about 14:40 to 22:30 Frankfurt time; banks' euro large-value payments and liquidity transfers queued and the business day closed after 3 a.m."),
    }})

# 6. Ukraine distribution grid cyberattack, 23 December 2015 - a regional distribution company's dispatch ------------
I.append({
    "id": "ua-2015-12-grid-attack-dispatch", "name": "Ukraine distribution grid cyberattack 23 December 2015 (remote breaker operation through hijacked SCADA, KillDisk, call-centre flood), seen from an oblenergo dispatch centre",
    "issueId": "99626", "key": "DSP-2312", "summary": "Substations opened without dispatcher command - customers off",
    "reporter": "Oksana Melnyk", "assignee": "Taras Kovalchuk", "labels": ["emergency", "scada"],
    "components": ["dispatch", "scada"], "created": "2015-12-23T14:10", "now": "2016-02-10T10:00:00Z",
    "defaultZone": "Europe/Kiev",
    "description": """Breakers at several 110/35 kV substations opened from the SCADA without any command from our dispatchers. Customers in the oblast without supply. Call centre cannot take calls.

First thought: SCADA software fault after the vendor's update last week.""",
    "comments": [
        ("162601", "Taras Kovalchuk", "2015-12-23T15:20", """Not a software fault. Someone else was operating our HMI remotely - the dispatcher watched the cursor move and click breakers open, then was logged out. Serial-to-Ethernet converters at substations do not answer, several workstations will not boot. Dispatch log pasted (dsp2312-log.txt, Kyiv time)."""),
        ("162602", "Oksana Melnyk", "2015-12-24T09:00", """All customers back overnight in manual mode - crews drove to every substation. Supply came back substation by substation over several hours; nobody wrote down when the last one was closed, and the SCADA that would have stamped it was wiped."""),
        ("162603", "Taras Kovalchuk", "2016-01-20T12:00", """Investigation so far: macro-laden e-mails opened in the spring (BlackEnergy) gave the foothold months earlier - that is the intrusion, not the outage. The outages began at about 15:30 local on the 23rd, around 225,000 customers across three companies. The phone flood on the call centre came from abroad."""),
    ],
    "changelog": [
        ("Taras Kovalchuk", "2015-12-23T14:11", [("status", "Open", "In Progress")]),
        ("Oksana Melnyk", "2015-12-24T09:05", [("status", "In Progress", "Monitoring")]),
        ("Taras Kovalchuk", "2016-02-09T15:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dsp2312-log.txt", "zone": "Europe/Kiev", "referenceDate": "2015-12-23", "text": """
ОПЕРАТИВНИЙ ЖУРНАЛ / dispatch log 23.12.2015 (Kyiv time)
15:31  DISPATCHER: cursor moving on HMI by itself, breakers opening at 110 kV substations, no command from us
15:33  dispatcher logged out of HMI, password does not work
15:40  call centre: phone lines flooded, no customer calls getting through
15:52  crews sent to substations to close breakers by hand
16:10  control room UPS dropped, building on emergency light
"""}],
    "expected": {
        "events": [["2015-12-23T13:31Z", ["cursor"]], ["2015-12-23T13:33Z", ["logged out"]],
                   ["2015-12-23T13:40Z", ["call centre"]], ["2015-12-23T13:52Z", ["by hand"]],
                   ["2015-12-23T14:10Z", ["UPS"]]],
        "keyTimes": {
            "started": kt("2015-12-23T13:30Z", S, "The outages began at about 15:30 local on the 23rd", "comment 162603"),
            "detected": kt("2015-12-23T13:31Z", S, "cursor moving on HMI by itself", "dsp2312-log.txt"),
            "resolved": kt(None, U)},
        "responders": [["Taras Kovalchuk", None], ["Oksana Melnyk", None]],
        "narrative": nar(["BlackEnergy"], ["manual mode"], ["DSP-2312"],
                         "On the afternoon of 23 December 2015 attackers opened breakers at substations of three Ukrainian distribution companies; about 225,000 customers lost power for one to six hours until crews restored supply by hand."),
    }})

# 7. Orange emergency numbers failure, 2 June 2021 - national supervision ---------------------------------------------
I.append({
    "id": "orange-2021-06-urgences-mc", "name": "Orange emergency-number outage 2 June 2021 (upgrade of call-routing equipment, calls to 15/17/18/112 failing nationwide)",
    "issueId": "99627", "key": "SUP-0206", "summary": "Appels 15/17/18/112 en échec - toute la France",
    "reporter": "Nadia Benali", "assignee": "Guillaume Roussel", "labels": ["crise", "numeros-urgence"],
    "components": ["supervision-nationale", "voix-ip"], "created": "2021-06-02T16:20", "now": "2021-07-05T08:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Appels vers 15, 17, 18 et 112 en échec massif depuis le fixe (voix sur IP), remontées SAMU et SDIS de plusieurs départements.

Hypothèse du moment: saturation par le trafic du soir. Cellule de crise ouverte.""",
    "comments": [
        ("162701", "Guillaume Roussel", "2021-06-02T17:30", """Ce n'est pas de la saturation: l'opération de mise à jour sur les équipements d'acheminement des appels est en cause. Retour arrière lancé équipement par équipement. Main courante collée (sup0206-mc.txt, heure de Paris)."""),
        ("162702", "Nadia Benali", "2021-06-03T07:40", """Le ministre parle d'appels entravés "entre 18 heures et minuit". Côté réseau tout fonctionne depuis minuit, on reste sous surveillance pour la montée en charge du matin, numéros de contournement prolongés."""),
        ("162703", "Guillaume Roussel", "2021-06-25T14:00", """Rapport interne: l'impact a commencé avec l'opération de 16h45, pas à 18h comme l'ont dit les médias - les premiers échecs sont dans les CDR dès le début de l'opération. Le SAMU 75 nous a appelés 17 minutes après le début de l'opération; c'est notre première alerte, la supervision n'a rien vu avant."""),
    ],
    "changelog": [
        ("Guillaume Roussel", "2021-06-02T16:21", [("status", "Open", "In Progress")]),
        ("Nadia Benali", "2021-06-02T22:30", [("status", "In Progress", "Monitoring")]),
        ("Guillaume Roussel", "2021-06-25T14:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sup0206-mc.txt", "zone": "Europe/Paris", "referenceDate": "2021-06-02", "text": """
MAIN COURANTE SUPERVISION NATIONALE - 02/06/2021 (heure de Paris)
16:45  début opération de mise à jour sur équipements d'acheminement des appels (changement planifié)
18:20  cellule de crise ouverte, ticket SUP-0206
19:10  numéros de contournement diffusés par les ARS et préfectures
22:30  retour arrière terminé sur les derniers équipements
00:00  trafic urgences nominal, tous départements
"""}],
    "expected": {
        "events": [["2021-06-02T14:45Z", ["mise à jour"]], ["2021-06-02T16:20Z", ["cellule de crise"]],
                   ["2021-06-02T17:10Z", ["contournement"]], ["2021-06-02T20:30Z", ["retour arrière"]],
                   ["2021-06-02T22:00Z", ["nominal"]]],
        "keyTimes": {
            "started": kt("2021-06-02T14:45Z", S, "l'impact a commencé avec l'opération de 16h45", "comment 162703"),
            "detected": kt("2021-06-02T15:02Z", I_, "Le SAMU 75 nous a appelés 17 minutes après le début de l'opération", "comment 162703"),
            "resolved": kt("2021-06-02T22:00Z", S, "trafic urgences nominal, tous départements", "sup0206-mc.txt")},
        "responders": [["Guillaume Roussel", None], ["Nadia Benali", None]],
        "narrative": nar(["mise à jour"], ["retour arrière"], ["SUP-0206"],
                         "On the evening of 2 June 2021 calls to the French emergency numbers 15, 17, 18 and 112 failed in large numbers across the country after an upgrade of Orange call-routing equipment, until traffic was normal again at midnight."),
    }})

# 8. Deutsche Bahn GSM-R sabotage, 8 October 2022 - rail operations centre -------------------------------------------
I.append({
    "id": "db-2022-10-gsmr-sabotage-bz", "name": "Deutsche Bahn GSM-R train radio outage 8 October 2022 (cables cut at two sites, rail traffic in northern Germany stopped for nearly three hours)",
    "issueId": "99628", "key": "BZN-0810", "summary": "GSM-R Zugfunk Nord ausgefallen - Zugverkehr eingestellt",
    "reporter": "Jens Hartwig", "assignee": "Birgit Ahlers", "labels": ["stoerung-gross", "gsm-r"],
    "components": ["betriebszentrale", "telekommunikation"], "created": "2022-10-08T05:05", "now": "2022-10-30T08:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """GSM-R Zugfunk in Niedersachsen, Bremen, Hamburg und Schleswig-Holstein weg. Keine Verständigung Fdl - Tf, Züge bleiben an den Signalen stehen.

Erster Verdacht: Störung im GSM-R-Kern (MSC) nach dem Softwarewechsel letzte Woche.""",
    "comments": [
        ("162801", "Birgit Ahlers", "2022-10-08T06:10", """Kein Kernproblem: Entstörung findet durchtrennte LWL-Kabel an zwei Stellen (Berlin-Karow und bei Herne), Bundespolizei informiert. Lagebild geklebt (bzn0810-lagebild.txt, MESZ)."""),
        ("162802", "Jens Hartwig", "2022-10-08T15:30", """Pressestelle: Zugverkehr im Norden für knapp drei Stunden eingestellt, Sabotage. Fernverkehr Berlin-Hannover-NRW und Richtung Dänemark den ganzen Tag weiter gestört, ICE aus München enden in Hannover bzw. Berlin."""),
        ("162803", "Birgit Ahlers", "2022-10-20T09:00", """Für den Bericht: der Zugfunk fiel gegen 06:40 aus. Ein Ende der Auswirkungen für die Reisenden können wir nicht benennen - die Züge fuhren ab Vormittag schrittweise wieder, Verspätungen und Ausfälle zogen sich bis in den Abend, einen Zeitpunkt "alles normal" gibt es nicht."""),
    ],
    "changelog": [
        ("Birgit Ahlers", "2022-10-08T05:06", [("status", "Open", "In Progress")]),
        ("Jens Hartwig", "2022-10-08T09:00", [("status", "In Progress", "Monitoring")]),
        ("Birgit Ahlers", "2022-10-20T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "bzn0810-lagebild.txt", "zone": "Europe/Berlin", "referenceDate": "2022-10-08", "text": """
Lagebild BZ Hannover 08.10.2022 (MESZ)
06:41:12  NMS ALARM  GSM-R Nord: 212 BTS ohne Verbindung zum MSC
06:44     Fdl melden: kein Zugfunk, Züge halten an Signalen
06:58     Weisung: Zugverkehr im Norden einstellen
07:30     Entstörung: LWL-Trassen Berlin-Karow und Herne durchtrennt, Verdacht Fremdeinwirkung
09:36     Umschaltung über Ersatzweg, Funk Nord wieder verfügbar, Züge fahren schrittweise an
10:07     Trupp Karow: Kabel überbrückt
"""}],
    "expected": {
        "events": [["2022-10-08T04:41Z", ["NMS ALARM"]], ["2022-10-08T04:44Z", ["kein Zugfunk"]],
                   ["2022-10-08T04:58Z", ["einstellen"]], ["2022-10-08T05:30Z", ["durchtrennt"]],
                   ["2022-10-08T07:36Z", ["Funk Nord"]], ["2022-10-08T08:07Z", ["überbrückt"]]],
        "keyTimes": {
            "started": kt("2022-10-08T04:40Z", S, "der Zugfunk fiel gegen 06:40 aus", "comment 162803"),
            "detected": kt("2022-10-08T04:41Z", S, "NMS ALARM  GSM-R Nord", "bzn0810-lagebild.txt"),
            "resolved": kt(None, U)},
        "responders": [["Birgit Ahlers", None], ["Jens Hartwig", None]],
        "narrative": nar(["durchtrennte LWL-Kabel"], ["überbrückt"], ["BZN-0810"],
                         "On the morning of 8 October 2022 cut cables took down Deutsche Bahn's GSM-R train radio in northern Germany; rail traffic there stopped for nearly three hours and long-distance services were disrupted for the rest of the day."),
    }})

# 9. Pakistan national grid breakdown, 23 January 2023 - national power control centre ------------------------------
I.append({
    "id": "pk-2023-01-grid-breakdown-npcc", "name": "Pakistan national grid breakdown 23 January 2023 (frequency and voltage swings in the south during morning start-up, cascade trips)",
    "issueId": "99629", "key": "NPC-2301", "summary": "Countrywide breakdown - national grid down",
    "reporter": "Faisal Qureshi", "assignee": "Ayesha Siddiqui", "labels": ["system-breakdown", "black-start"],
    "components": ["npcc", "restoration"], "created": "2023-01-23T02:50", "now": "2023-02-15T06:00:00Z",
    "defaultZone": "Asia/Karachi",
    "description": """Whole national grid down: Islamabad, Lahore, Karachi, Peshawar, Quetta. DISCO control centres report zero load.

First guess: Guddu-Quetta lines - QESCO says they tripped.""",
    "comments": [
        ("162901", "Ayesha Siddiqui", "2023-01-23T03:40", """Guddu-Quetta tripping was part of the cascade, not the trigger. Frequency and voltage swings between Jamshoro and Dadu while the southern units were being brought back for the morning (they are shut at night in winter to save fuel). NPCC event log pasted (npc2301-scada.txt, PKT)."""),
        ("162902", "Faisal Qureshi", "2023-01-23T16:30", """Minister on TV promised full restoration within 12 hours. Karachi and Peshawar got power back gradually after about ten hours; some areas still off tonight. DISCOs restore feeder by feeder, we only see grid stations."""),
        ("162903", "Ayesha Siddiqui", "2023-01-30T08:00", """For the inquiry: Ministry statement says the system frequency of the national grid went down at 7:34 am, causing the breakdown. The 07:30 start-up is the run-up, not the event. No end minute: the last grid station came back overnight and nobody logged the last DISCO feeder, so the report will leave it open."""),
    ],
    "changelog": [
        ("Ayesha Siddiqui", "2023-01-23T02:51", [("status", "Open", "In Progress")]),
        ("Faisal Qureshi", "2023-01-24T01:00", [("status", "In Progress", "Monitoring")]),
        ("Ayesha Siddiqui", "2023-02-14T10:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "npc2301-scada.txt", "zone": "Asia/Karachi", "referenceDate": "2023-01-23", "text": """
NPCC ISLAMABAD  EVENT LOG  23-01-2023  (PKT)
07:30      morning start-up of southern thermal units per winter plan
07:34:21   FREQ 50.0 -> 48.7 Hz, voltage swings Jamshoro-Dadu, cascade trips  ** SYSTEM BREAKDOWN **
07:36      all regional control centres report zero load
08:55      restoration started from Warsak hydel
09:50      first IESCO and PESCO grid stations energised
"""}],
    "expected": {
        "events": [["2023-01-23T02:34Z", ["SYSTEM BREAKDOWN"]], ["2023-01-23T02:36Z", ["zero load"]],
                   ["2023-01-23T03:55Z", ["Warsak"]], ["2023-01-23T04:50Z", ["IESCO"]]],
        "keyTimes": {
            "started": kt("2023-01-23T02:34Z", S, "the system frequency of the national grid went down at 7:34 am", "comment 162903"),
            "detected": kt("2023-01-23T02:34Z", S, "** SYSTEM BREAKDOWN **", "npc2301-scada.txt"),
            "resolved": kt(None, U)},
        "responders": [["Ayesha Siddiqui", None], ["Faisal Qureshi", None]],
        "narrative": nar(["Jamshoro"], ["Warsak"], ["NPC-2301"],
                         "At 7:34 am on 23 January 2023 Pakistan's national grid broke down, leaving most of the country's 220 million people without power; supply returned gradually over the day and night."),
    }})

# 10. TV5Monde cyberattack, 8-9 April 2015 - broadcast operations (régie finale) ----------------------------------
I.append({
    "id": "tv5monde-2015-04-blackscreen-regie", "name": "TV5Monde cyberattack 8 April 2015 (eleven channels to black, websites and social accounts hijacked), seen from broadcast operations",
    "issueId": "99630", "key": "DIF-0804", "summary": "11 canaux en écran noir - perte de contrôle diffusion",
    "reporter": "Karim Haddad", "assignee": "Céline Morvan", "labels": ["incident-majeur", "diffusion"],
    "components": ["regie-finale", "si-diffusion"], "created": "2015-04-08T20:25", "now": "2015-05-15T08:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """Les onze canaux sont passés au noir, la régie n'a plus la main sur l'automation de diffusion. Messagerie et réseau interne tombés aussi.

Première hypothèse: panne du nouveau serveur de playout installé pour le lancement de la chaîne Style aujourd'hui.""",
    "comments": [
        ("163001", "Céline Morvan", "2015-04-08T21:40", """Pas une panne matérielle: le site et les comptes Facebook/Twitter affichent des revendications "CyberCaliphate". Attaque informatique, on coupe tout ce qui est relié au réseau. Journal de la régie collé (dif0804-regie.txt, heure de Paris)."""),
        ("163002", "Karim Haddad", "2015-04-09T09:30", """Le bureau de Montréal transmet la presse locale: "l'attaque est survenue vers 21 h" et "programmation normale seulement à 17 h jeudi, heure locale". Ni l'un ni l'autre ne colle avec notre journal ni avec l'heure de Montréal - on garde l'heure de Paris et on attend le REX."""),
        ("163003", "Céline Morvan", "2015-04-14T16:00", """REX, chronologie validée: l'attaque a fait passer l'antenne au noir vers 22h00 mercredi (20h00 GMT dans la dépêche AFP). Le signal unique de rediffusions à 5h00 et la distribution sans journaux à 10h00 ne sont que des étapes: la programmation normale, journaux compris, a repris jeudi à 18h00. Le site web n'est revenu que vendredi - suivi à part dans DIF-0805."""),
    ],
    "changelog": [
        ("Céline Morvan", "2015-04-08T20:26", [("status", "Open", "In Progress")]),
        ("Karim Haddad", "2015-04-09T16:30", [("status", "In Progress", "Monitoring")]),
        ("Céline Morvan", "2015-04-14T16:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dif0804-regie.txt", "zone": "Europe/Paris", "referenceDate": "2015-04-08", "text": """
JOURNAL REGIE FINALE - mer 08/04/2015 (heure de Paris)
22:03  écran noir sur les 11 canaux, automation ne répond plus, aucune commande de notre part
22:20  messagerie interne et réseau bureautique HS
23:55  communiqué du DG: plus en état d'émettre aucune de nos chaînes
01:50  comptes Facebook et Twitter repris en main
05:00  signal unique rétabli, rediffusions en boucle sur tous les canaux
10:00  distribution rétablie partout sauf journaux et directs
"""}],
    "expected": {
        "events": [["2015-04-08T20:03Z", ["écran noir"]], ["2015-04-08T20:20Z", ["messagerie"]],
                   ["2015-04-08T21:55Z", ["communiqué"]], ["2015-04-08T23:50Z", ["Facebook"]],
                   ["2015-04-09T03:00Z", ["signal unique"]], ["2015-04-09T08:00Z", ["sauf journaux"]]],
        "keyTimes": {
            "started": kt("2015-04-08T20:00Z", S, "l'attaque a fait passer l'antenne au noir vers 22h00 mercredi", "comment 163003"),
            "detected": kt("2015-04-08T20:03Z", S, "écran noir sur les 11 canaux, automation ne répond plus", "dif0804-regie.txt"),
            "resolved": kt("2015-04-09T16:00Z", S, "la programmation normale, journaux compris, a repris jeudi à 18h00", "comment 163003")},
        "responders": [["Céline Morvan", None], ["Karim Haddad", None]],
        "narrative": nar(["CyberCaliphate"], ["signal unique"], ["DIF-0804"],
                         "From about 22:00 Paris time on 8 April 2015 TV5Monde's eleven channels showed a black screen after a cyberattack; a single signal of reruns returned at 5 a.m. and normal programming with the news at 18:00 the next day."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

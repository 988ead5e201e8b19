"""Held-out 17 incidents: compact specs. Organisations outside software companies only (mobile and fixed telecoms,
a central bank, an air navigation service, stock exchanges, an electricity utility, an airline, a retail bank).
Timeline facts from regulator / official / press-quoted statements (SOURCES-heldout17.md); people, ticket keys, chat
wording, team habits, the wrong first guesses and the lines marked invented there are made up."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"

I = []

# 1. SoftBank mobile outage, Thursday 6 December 2018 (Ericsson SGSN-MME expired certificate) --------------------
I.append({
    "id": "softbank-2018-12-sgsn-cert-line", "name": "SoftBank 4G/LTE and fixed-line outage 6 December 2018 (expired certificate in Ericsson SGSN-MME software)",
    "issueId": "97101", "key": "NWO-1206", "summary": "LTE data/voice failing nationwide - packet core",
    "reporter": "Kenta Morimoto", "assignee": "Ayaka Shinohara", "labels": ["serious-incident", "mic-reportable", "packet-core"],
    "components": ["packet-core", "noc"], "created": "2018-12-06T05:12", "now": "2019-01-10T03:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """LTE attach failing everywhere - Tokyo and Osaka both. Calls dropping, data dead, shops full of customers. Ouchi-no-denwa (home phone) also down.

Could be the subscriber DB change from last night? Or a DDoS on the core. Started maybe ~14:00? Opening this from the bridge.""",
    "comments": [
        ("151001", "Ayaka Shinohara", "2018-12-06T06:05", """Not the subscriber DB, not an attack. Both SGSN-MME clusters (Tokyo + Osaka) are rejecting everything - Ericsson says a certificate inside the software expired. Same thing in other countries right now (O2 in the UK). LINE group from the NOC pasted (nwo1206-line.txt, JST)."""),
        ("151002", "Kenta Morimoto", "2018-12-06T09:40", """Old software version loaded on both clusters, attach OK, traffic normal. 3G was congested all afternoon from the LTE fallback, that's gone too. Leaving open for the ministry report."""),
        ("151003", "Ayaka Shinohara", "2018-12-06T10:15", """Apology page is up on the website (posted 19:05). Press conference tonight."""),
        ("151004", "Kenta Morimoto", "2018-12-20T02:00", """For the MIC report (JST): the outage ran from 13:39 to 18:04 on 6 Dec, about 4 hours 25 minutes, all LTE handsets, Ouchi-no-denwa, SoftBank Air and the MVNOs on our network. Cause: expired certificate in the Ericsson SGSN-MME software versions in Tokyo and Osaka. Ericsson is decommissioning those versions."""),
    ],
    "changelog": [
        ("Ayaka Shinohara", "2018-12-06T05:13", [("status", "Open", "In Progress")]),
        ("Kenta Morimoto", "2018-12-06T09:41", [("status", "In Progress", "Monitoring")]),
        ("Kenta Morimoto", "2019-01-07T01:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "nwo1206-line.txt", "zone": "Asia/Tokyo", "referenceDate": "2018-12-06", "text": """
2018/12/06(木)
13:39 NOC監視bot  [CRITICAL] SGSN-MME TKY01/OSK01 S1 attach reject 100%
13:44 森本  shops calling, nothing works on LTE
13:58 篠原  bridge open. is it the DB change? rollback ready just in case
14:31 篠原  Ericsson on the line: cert expired inside the MME software, same in other operators
16:20 森本  decision: load the previous software version on both clusters
18:04 森本  attach success normal in Tokyo and Osaka, voice OK. all clear
"""}],
    "expected": {
        "events": [["2018-12-06T04:39Z", ["attach reject", "13:39"]], ["2018-12-06T04:44Z", ["shops"]],
                   ["2018-12-06T04:58Z", ["bridge"]], ["2018-12-06T05:31Z", ["Ericsson"]],
                   ["2018-12-06T07:20Z", ["previous software"]], ["2018-12-06T09:04Z", ["all clear", "18:04"]],
                   ["2018-12-06T10:05Z", ["Apology"]]],
        "keyTimes": {
            "started": kt("2018-12-06T04:39Z", S, "the outage ran from 13:39 to 18:04 on 6 Dec", "comment 151004"),
            "detected": kt("2018-12-06T04:39Z", S, "[CRITICAL] SGSN-MME TKY01/OSK01 S1 attach reject 100%", "nwo1206-line.txt"),
            "resolved": kt("2018-12-06T09:04Z", S, "the outage ran from 13:39 to 18:04 on 6 Dec", "comment 151004")},
        "responders": [["Ayaka Shinohara", None], ["Kenta Morimoto", None]],
        "narrative": nar(["expired certificate"], ["previous software version"], ["NWO-1206"],
                         "From 13:39 to 18:04 JST on 6 December 2018 SoftBank's LTE mobile, home phone and SoftBank Air services failed nationwide because of an expired certificate in Ericsson core software."),
    }})

# 2. KT nationwide internet outage, Monday 25 October 2021 (routing error during equipment replacement) ---------------
I.append({
    "id": "kt-2021-10-routing-kakaotalk", "name": "KT nationwide wired and wireless internet outage 25 October 2021 (routing configuration error, first announced as DDoS)",
    "issueId": "97102", "key": "NOC-2510", "summary": "전국 인터넷 장애 - nationwide internet down (DDoS?)",
    "reporter": "Park Ji-hoon", "assignee": "Lee Seo-yeon", "labels": ["major-outage", "msit-reportable", "backbone"],
    "components": ["ip-backbone", "noc"], "created": "2021-10-25T02:40", "now": "2021-11-20T03:00:00Z",
    "defaultZone": "Asia/Seoul",
    "description": """Internet down for wired and mobile customers nationwide. Card terminals at shops failing, schools' online classes dropped, brokers can't trade.

Traffic spike on the edge - this is a large-scale DDoS. Crisis committee activated, statement going out as DDoS.""",
    "comments": [
        ("151101", "Lee Seo-yeon", "2021-10-25T03:20", """Most services back. Traffic was not an attack - routes were wrong. A route setting pushed during the core router replacement in Busan went nationwide. KakaoTalk thread from the NOC pasted (noc2510-kakao.txt)."""),
        ("151102", "Park Ji-hoon", "2021-10-25T05:40", """Correction statement out at 14:30: initially suspected DDoS due to traffic overload, but the cause is a routing error. Police cyber team stood down."""),
        ("151103", "Lee Seo-yeon", "2021-10-28T01:00", """Recap for MSIT (KST): the outage ran from 11:20 to about 12:00 (noon), wired and wireless, about 40 minutes. Monitoring did not page anyone - the routing looked healthy to it; the first we heard was the call centre. Ministry issued its 'caution' crisis level at 11:56. A few customers still had trouble after noon; those were handsets and routers that needed a restart, not the network."""),
    ],
    "changelog": [
        ("Lee Seo-yeon", "2021-10-25T02:41", [("status", "Open", "In Progress")]),
        ("Lee Seo-yeon", "2021-10-25T03:21", [("status", "In Progress", "Monitoring")]),
        ("Park Ji-hoon", "2021-11-12T06:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc2510-kakao.txt", "zone": "Asia/Seoul", "referenceDate": "2021-10-25", "text": """
2021년 10월 25일 월요일
[박지훈] [오전 11:23] 고객센터: card payments and internet failing everywhere, calls flooding in
[이서연] [오전 11:26] edge traffic very high, looks like DDoS
[박지훈] [오전 11:41] routing table on the core looks wrong after the Busan router swap
[이서연] [오전 11:49] reverting the route policy on the new router
[박지훈] [오후 12:02] traffic normal, customers reporting service back
"""}],
    "expected": {
        "events": [["2021-10-25T02:20Z", ["outage ran from"]], ["2021-10-25T02:23Z", ["card payments"]],
                   ["2021-10-25T02:26Z", ["DDoS"]], ["2021-10-25T02:41Z", ["routing table"]],
                   ["2021-10-25T02:49Z", ["reverting"]], ["2021-10-25T02:56Z", ["caution"]],
                   ["2021-10-25T03:00Z", ["noon"]], ["2021-10-25T05:30Z", ["Correction"]]],
        "keyTimes": {
            "started": kt("2021-10-25T02:20Z", S, "the outage ran from 11:20 to about 12:00 (noon)", "comment 151103"),
            "detected": kt("2021-10-25T02:23Z", S, "card payments and internet failing everywhere", "noc2510-kakao.txt"),
            "resolved": kt("2021-10-25T03:00Z", S, "the outage ran from 11:20 to about 12:00 (noon)", "comment 151103")},
        "responders": [["Lee Seo-yeon", None], ["Park Ji-hoon", None]],
        "narrative": nar(["routing error", "router replacement"], ["reverting the route policy"], ["NOC-2510"],
                         "From 11:20 to about noon KST on 25 October 2021 KT's wired and mobile internet failed nationwide; card payments, online classes and trading stopped."),
    }})

# 3. Bank of England RTGS / CHAPS outage, Monday 20 October 2014 ----------------------------------------------------
I.append({
    "id": "boe-rtgs-2014-10-opslog", "name": "Bank of England RTGS outage 20 October 2014 (CHAPS payments not settling; day extended to 20:00)",
    "issueId": "97103", "key": "RTG-2010", "summary": "RTGS start of day - CHAPS payments not settling",
    "reporter": "Gemma Pritchard", "assignee": "Rupert Okonjo", "labels": ["p1", "chaps", "court-review"],
    "components": ["rtgs", "settlement-ops"], "created": "2014-10-20T05:40", "now": "2015-03-30T10:00:00Z",
    "defaultZone": "Europe/London",
    "description": """RTGS opened but CHAPS payments are queuing and not settling. Members ringing. Housing completions will be hit if this runs into the morning.

Suspect the SWIFT link, we had a FIN alarm on Friday. Checking with the network team.""",
    "comments": [
        ("151201", "Rupert Okonjo", "2014-10-20T06:30", """SWIFT link fine. It's inside RTGS: since the weekend's participant change (one member removed, one added) the system is rejecting the settlement runs. Ops log attached (rtg2010-opslog.txt, times as the desk writes them). Contingency: urgent payments by hand."""),
        ("151202", "Gemma Pritchard", "2014-10-20T17:00", """Settlement running again this afternoon, backlog going through. CHAPS day extended to 20:00."""),
        ("151203", "Gemma Pritchard", "2014-10-21T08:00", """All 142,759 payments settled before the 20:00 close last night. Keeping open for the review."""),
        ("151204", "Rupert Okonjo", "2015-03-27T11:00", """Deloitte review summary for the file: RTGS started to malfunction at 06:02, two minutes after opening. Escalation email to the three executives went at 07:23 and was not picked up (all abroad). Root cause: defects introduced with functionality changes in April 2013 and May 2014. The review does not give a minute for when settlement restarted and none of us wrote it down - don't invent one for the dashboard."""),
    ],
    "changelog": [
        ("Rupert Okonjo", "2014-10-20T05:41", [("status", "Open", "In Progress")]),
        ("Gemma Pritchard", "2014-10-20T19:10", [("status", "In Progress", "Monitoring")]),
        ("Rupert Okonjo", "2015-03-27T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "rtg2010-opslog.txt", "zone": "Europe/London", "referenceDate": "2014-10-20", "text": """
RTGS OPS DESK LOG  MON 20/10/14
0600  start of day, RTGS open
0606  CHAPS members ringing - payments queued, not settling (3 banks so far)
0615  settlement cycle failing every run, no error on the SWIFT side
0640  ticket raised RTG-2010
0723  escalation email to COO / DGs
0850  Sir Jon Cunliffe informed, crisis call
"""}],
    "expected": {
        "events": [["2014-10-20T05:02Z", ["malfunction"]], ["2014-10-20T06:23Z", ["Escalation email"]],
                   ["2014-10-20T19:00Z", ["20:00"]]],
        "keyTimes": {
            "started": kt("2014-10-20T05:02Z", S, "RTGS started to malfunction at 06:02, two minutes after opening", "comment 151204"),
            "detected": kt("2014-10-20T05:06Z", S, "CHAPS members ringing - payments queued, not settling", "rtg2010-opslog.txt"),
            "resolved": kt(None, U)},
        "responders": [["Rupert Okonjo", None], ["Gemma Pritchard", None]],
        "narrative": nar(["participant change", "defects"], ["urgent payments by hand", "extended to 20:00"], ["RTG-2010"],
                         "On 20 October 2014 the Bank of England's RTGS system malfunctioned from 06:02 and CHAPS payments stopped settling for most of the day; all payments were settled before an extended 20:00 close."),
    }})

# 4. NATS Swanwick System Flight Server failure, Friday 12 December 2014 --------------------------------------------
I.append({
    "id": "nats-2014-12-sfs-watchlog", "name": "NATS London Area Control System Flight Server failure 12 December 2014 (main and standby SFS failed, flow restrictions)",
    "issueId": "97104", "key": "LAC-1214", "summary": "Swanwick - flight data not updating at LAC positions",
    "reporter": "Declan Whitlow", "assignee": "Harpreet Sandhu", "labels": ["p1", "swanwick", "caa-reportable"],
    "components": ["lac-systems", "ops-supervision"], "created": "2014-12-12T15:05", "now": "2015-05-20T09:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Flight data not updating on controller workstations in the LAC ops room. Fallback procedures in force, traffic flow restrictions on London airspace.

Media saying power cut at Swanwick - I think it's the UPS work from Wednesday too, engineering checking the supplies.""",
    "comments": [
        ("151301", "Harpreet Sandhu", "2014-12-12T15:40", """Not power. Main AND standby System Flight Servers failed together. Engineering watch log pasted (lac1214-watch.txt, UTC as always) and the ops room chat (lac1214-teams.txt)."""),
        ("151302", "Declan Whitlow", "2014-12-12T21:00", """Flow rates being stepped back up. Heathrow cancellations tonight and more tomorrow as aircraft are out of position. Staying open."""),
        ("151303", "Harpreet Sandhu", "2014-12-13T21:45", """CEO statement: systems fully back up and running after 45 minutes. That's the SFS, not the airlines' day - restrictions and backlog ran into the night and nobody here logged when the last restriction came off."""),
        ("151304", "Declan Whitlow", "2015-05-14T10:00", """Enquiry final report is out. It agrees: the failure at 14:44 UTC, a latent software fault hit when the number of workstations opened exceeded a limit. Fix went in on the night of 7/8 January."""),
    ],
    "changelog": [
        ("Harpreet Sandhu", "2014-12-12T15:06", [("status", "Open", "In Progress")]),
        ("Declan Whitlow", "2014-12-13T22:00", [("status", "In Progress", "Monitoring")]),
        ("Declan Whitlow", "2015-05-14T10:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "lac1214-watch.txt", "zone": "UTC", "referenceDate": "2014-12-12", "text": """
ENG WATCH LOG  12DEC14  (UTC)
1444  SFS MAIN + STANDBY FAILED - LAC flight data frozen
1446  ops sup: fallback procedures, flow restrictions requested
1520  SFS main restarted, data checks in progress
"""},
        {"file": "lac1214-teams.txt", "zone": "Europe/London", "referenceDate": "2014-12-12", "text": """
[14:49] Harpreet Sandhu: strips only on south sectors, departures held at LL and KK
[15:32] Declan Whitlow: SFS back, not releasing flow yet until we trust it
[16:10] Declan Whitlow: first step up of flow rates
"""}],
    "expected": {
        "events": [["2014-12-12T14:44Z", ["failure"]], ["2014-12-12T14:49Z", ["departures held"]],
                   ["2014-12-12T15:32Z", ["SFS back"]], ["2014-12-12T16:10Z", ["flow rates"]]],
        "keyTimes": {
            "started": kt("2014-12-12T14:44Z", S, "SFS MAIN + STANDBY FAILED - LAC flight data frozen", "lac1214-watch.txt"),
            "detected": kt("2014-12-12T14:44Z", S, "SFS MAIN + STANDBY FAILED - LAC flight data frozen", "lac1214-watch.txt"),
            "resolved": kt(None, U)},
        "responders": [["Harpreet Sandhu", None], ["Declan Whitlow", None]],
        "narrative": nar(["software fault", "System Flight Servers"], ["restarted"], ["LAC-1214"],
                         "From 14:44 UTC on 12 December 2014 flight data at the London Area Control centre stopped updating; flow restrictions delayed and cancelled flights into the night."),
    }})

# 5. KDDI (au) nationwide outage, 2-4 July 2022 (router maintenance, VoLTE congestion) --------------------------------
I.append({
    "id": "kddi-2022-07-au-noclog", "name": "KDDI au mobile outage 2-4 July 2022 (core router replacement, VoLTE exchange congestion; 61 h 25 min)",
    "issueId": "97105", "key": "AUN-0702", "summary": "au voice/data failing nationwide - VoLTE congestion",
    "reporter": "Yusuke Hattori", "assignee": "Mei Kurosawa", "labels": ["serious-incident", "mic-reportable", "volte"],
    "components": ["volte-core", "noc"], "created": "2022-07-01T17:20", "now": "2022-08-05T03:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """au voice calls failing nationwide, data intermittent. Weather agency stations and bank ATMs on our IoT lines reporting failures too.

Looks like a traffic surge on the VoLTE exchanges - Saturday night? Throttling to protect the nodes.""",
    "comments": [
        ("151401", "Mei Kurosawa", "2022-07-01T19:30", """Not a surge. The core router replacement in the Tama maintenance window misrouted VoLTE traffic for about 15 minutes; we switched back but the re-registration storm is congesting the subscriber DB and the exchanges. NOC log pasted (aun0702-noc.txt, JST)."""),
        ("151402", "Yusuke Hattori", "2022-07-03T02:30", """President's press conference: around 70% recovered mid-morning, aiming to finish the restoration work by around 17:30 today."""),
        ("151403", "Mei Kurosawa", "2022-07-04T11:30", """Press announcement went out at 16:00 today: almost recovered nationwide. Full recovery judgement tomorrow evening."""),
        ("151404", "Yusuke Hattori", "2022-07-28T09:00", """Report to the ministry submitted today. Timeline as filed: the disruption lasted 61 hours 25 minutes, from 1:35 a.m. on July 2 to 3 p.m. on July 4. 23.16 million voice users and 7.75 million data users affected. Cause: setting error during router maintenance."""),
    ],
    "changelog": [
        ("Mei Kurosawa", "2022-07-01T17:21", [("status", "Open", "In Progress")]),
        ("Mei Kurosawa", "2022-07-04T07:05", [("status", "In Progress", "Monitoring")]),
        ("Yusuke Hattori", "2022-07-05T10:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
        ("Yusuke Hattori", "2022-07-06T01:00", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Yusuke Hattori", "2022-07-28T09:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "aun0702-noc.txt", "zone": "Asia/Tokyo", "referenceDate": "2022-07-02", "text": """
--- 2022-07-02 (土) ---
01:35 Tama: core router replaced per plan
01:36 ALARM VoLTE-EX-E01..E07 call setup fail rate 87%  (auto-page NOC)
01:50 Tama: old router back in, VoLTE routes restored
02:22 subscriber DB overload, registration storm. throttling ON
--- 2022-07-03 (日) ---
17:30 restoration work finished in western Japan, east still throttled
--- 2022-07-04 (月) ---
15:00 traffic at normal level everywhere, throttling OFF
"""}],
    "expected": {
        "events": [["2022-07-01T16:35Z", ["router replaced", "1:35"]], ["2022-07-01T16:36Z", ["ALARM"]],
                   ["2022-07-01T16:50Z", ["old router"]], ["2022-07-01T17:22Z", ["throttling"]],
                   ["2022-07-03T08:30Z", ["restoration"]], ["2022-07-04T06:00Z", ["normal level", "3 p.m."]],
                   ["2022-07-04T07:00Z", ["almost recovered"]]],
        "keyTimes": {
            "started": kt("2022-07-01T16:35Z", S, "from 1:35 a.m. on July 2 to 3 p.m. on July 4", "comment 151404"),
            "detected": kt("2022-07-01T16:36Z", S, "ALARM VoLTE-EX-E01..E07 call setup fail rate 87%", "aun0702-noc.txt"),
            "resolved": kt("2022-07-04T06:00Z", S, "from 1:35 a.m. on July 2 to 3 p.m. on July 4", "comment 151404")},
        "responders": [["Mei Kurosawa", None], ["Yusuke Hattori", "comms"]],
        "narrative": nar(["router maintenance", "registration storm"], ["throttling"], ["AUN-0702"],
                         "From 1:35 a.m. JST on 2 July 2022 until 3 p.m. on 4 July, KDDI au voice and data services failed or were restricted nationwide; about 31 million users were affected."),
    }})

# 6. Nasdaq "flash freeze", Thursday 22 August 2013 (UTP SIP stopped disseminating quotes) ----------------------------
I.append({
    "id": "nasdaq-2013-08-sip-freeze-ib", "name": "Nasdaq trading halt in all Tape C securities 22 August 2013 (UTP SIP quote dissemination failure)",
    "issueId": "97106", "key": "MKO-0822", "summary": "Tape C halted - UQDF quotes stopped",
    "reporter": "Dana Kowalczyk", "assignee": "Marcus Bellweather", "labels": ["sev1", "market-halt", "sec-reportable"],
    "components": ["utp-sip", "market-ops"], "created": "2013-08-22T16:30", "now": "2013-09-20T20:00:00Z",
    "defaultZone": "America/New_York",
    "description": """All Tape C symbols halted. UQDF not publishing quotes. Options markets halted too.

My money's on this morning's feed-handler patch on our side, or a cyber thing (we've had probes all month). Rolling back the patch while we look.""",
    "comments": [
        ("151501", "Marcus Bellweather", "2013-08-22T17:15", """Patch rolled back, no change - it's not us and nothing looks like an attack. The SIP itself stopped sending quotes. Status messages and the MM desk chat pasted (mko0822-status.txt, mko0822-ib.txt - the desk is in Chicago)."""),
        ("151502", "Dana Kowalczyk", "2013-08-22T19:40", """Re-open went fine, all Tape C trading. Closing the bridge. Ticket open for the post mortem."""),
        ("151503", "Marcus Bellweather", "2013-08-23T14:00", """Post mortem (ETA #2013-77), times ET: At 12:03, ET, the UTP SIP ceased disseminating all quote data. Regulatory halt alert 12:14. The last security was halted at 12:23, ET. The UTP SIP resolved the technical issue at 12:24, ET - but the market stayed halted until a re-open plan was agreed. 14:00 SIP back online and connections confirmed. Trading in all NASDAQ-listed securities resumed at 15:25, ET. Who noticed the missing quotes first, and when, isn't in the post mortem and our own desk only came in at the halt alert."""),
    ],
    "changelog": [
        ("Marcus Bellweather", "2013-08-22T16:31", [("status", "Open", "In Progress")]),
        ("Dana Kowalczyk", "2013-08-22T19:41", [("status", "In Progress", "Monitoring")]),
        ("Marcus Bellweather", "2013-09-06T15:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "mko0822-status.txt", "zone": "America/New_York", "referenceDate": "2013-08-22", "text": """
12:14:03  NASDAQ halts trading in all Tape C securities until further notice (quote dissemination issue)
12:59:40  NASDAQ intends to re-open all Tape C securities with a halt cross, time to be determined
14:48:10  Re-open plan: quote-only period from 14:55, trading from 15:25
15:25:00  Trading resumed in all NASDAQ-listed securities
"""},
        {"file": "mko0822-ib.txt", "zone": "America/Chicago", "referenceDate": "2013-08-22", "text": """
11:14:20 dkowalczyk: ALL tape C halted. pull every quote, cancel nothing yet
11:31:02 mbellweather: nyse + bats halted nasdaq names too
13:48:40 dkowalczyk: re-open plan out: quote-only from 1:55 our time, trading 2:25
14:26:15 dkowalczyk: trading again, spreads wide, size small
"""}],
    "expected": {
        "events": [["2013-08-22T16:03Z", ["ceased"]], ["2013-08-22T16:14Z", ["halts", "halted", "halt alert"]],
                   ["2013-08-22T16:23Z", ["last security"]], ["2013-08-22T16:24Z", ["resolved the technical issue"]],
                   ["2013-08-22T16:31Z", ["nyse"]], ["2013-08-22T16:59Z", ["re-open"]],
                   ["2013-08-22T18:00Z", ["SIP back online"]], ["2013-08-22T18:48Z", ["Re-open plan"]],
                   ["2013-08-22T19:25Z", ["resumed", "trading again"]]],
        "keyTimes": {
            "started": kt("2013-08-22T16:03Z", S, "At 12:03, ET, the UTP SIP ceased disseminating all quote data.", "comment 151503"),
            "detected": kt(None, U),
            "resolved": kt("2013-08-22T19:25Z", S, "Trading in all NASDAQ-listed securities resumed at 15:25, ET.", "comment 151503")},
        "responders": [["Marcus Bellweather", None], ["Dana Kowalczyk", None]],
        "narrative": nar(["SIP", "quote data"], ["re-open plan"], ["MKO-0822"],
                         "From 12:03 ET on 22 August 2013 quotes for Nasdaq-listed stocks stopped and trading was halted; it resumed at 15:25 ET, over three hours later."),
    }})

# 7. San Diego / Southwest blackout, Thursday 8 September 2011 ------------------------------------------------------
I.append({
    "id": "sdge-2011-09-blackout-ems", "name": "Arizona-Southern California blackout 8 September 2011, seen from SDG&E (loss of the whole San Diego grid, 1.4 million customers)",
    "issueId": "97107", "key": "EOC-0908", "summary": "System-wide loss of load - entire service territory dark",
    "reporter": "Alondra Reyes", "assignee": "Grant Halvorsen", "labels": ["major-outage", "black-start", "cpuc-reportable"],
    "components": ["grid-ops", "emergency-ops"], "created": "2011-09-08T23:05", "now": "2011-10-15T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Entire system dark - San Diego, south Orange County. 1.4 million customers. SONGS offline. Hospitals on generators, airport departures stopped, traffic lights out.

Heat all week: guessing a fire under the Southwest Powerlink took the import path. Fire agencies asked.""",
    "comments": [
        ("151601", "Grant Halvorsen", "2011-09-08T23:50", """No fire. Arizona Public Service lost the Hassayampa-North Gila 500kV line (worker switching at North Gila), flows shifted onto our system and the path from the north, the SONGS ties tripped, and the whole local grid separated and collapsed. Black start with the ISO under way. EMS log in eoc0908-ems.txt (PDT)."""),
        ("151602", "Alondra Reyes", "2011-09-09T11:40", """Release went at 4:30 a.m.: power restored to all customers. Asking everyone to conserve today, grid fragile. Boil water order for some City pump stations still on."""),
        ("151603", "Grant Halvorsen", "2011-09-12T17:00", """For the CPUC file (PDT): system lost at 3:38 p.m. Thursday; all 1.4 million customers restored at 3:25 a.m. Friday, 11 hours 47 minutes later. The 3:27 p.m. line trip in Arizona did not drop any of our customers by itself - it's the trigger, not our start."""),
    ],
    "changelog": [
        ("Grant Halvorsen", "2011-09-08T23:06", [("status", "Open", "In Progress")]),
        ("Alondra Reyes", "2011-09-09T11:41", [("status", "In Progress", "Monitoring")]),
        ("Grant Halvorsen", "2011-09-30T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "eoc0908-ems.txt", "zone": "America/Los_Angeles", "referenceDate": "2011-09-08", "text": """
09/08/11 15:27:39  IID/APS  H-NG 500kV OPEN (info from WECC RC, no SDG&E load lost)
09/08/11 15:38:21  ALARM  SONGS 230kV TIES OPEN / SYSTEM FREQ COLLAPSE / ALL SUBS DEAD BUS
09/08/11 15:55     EOC activated, black start plan with CAISO
09/08/11 19:40     first large blocks of load back (Mission Valley, downtown)
09/09/11 00:30     roughly half of customers on
09/09/11 03:25     last blocks energised - all customers restored
"""}],
    "expected": {
        "events": [["2011-09-08T22:27Z", ["H-NG", "line trip"]], ["2011-09-08T22:38Z", ["SYSTEM FREQ COLLAPSE", "system lost"]],
                   ["2011-09-08T22:55Z", ["EOC activated"]], ["2011-09-09T02:40Z", ["first large blocks"]],
                   ["2011-09-09T07:30Z", ["half of customers"]], ["2011-09-09T10:25Z", ["all customers restored", "restored"]],
                   ["2011-09-09T11:30Z", ["Release"]]],
        "keyTimes": {
            "started": kt("2011-09-08T22:38Z", S, "system lost at 3:38 p.m. Thursday", "comment 151603"),
            "detected": kt("2011-09-08T22:38Z", S, "ALARM  SONGS 230kV TIES OPEN / SYSTEM FREQ COLLAPSE", "eoc0908-ems.txt"),
            "resolved": kt("2011-09-09T10:25Z", S, "all 1.4 million customers restored at 3:25 a.m. Friday", "comment 151603")},
        "responders": [["Grant Halvorsen", None], ["Alondra Reyes", "comms"]],
        "narrative": nar(["Hassayampa-North Gila", "separated"], ["black start"], ["EOC-0908"],
                         "At 3:38 p.m. PDT on 8 September 2011 the whole SDG&E grid collapsed and 1.4 million customers lost power; all were restored by 3:25 a.m. the next day."),
    }})

# 8. United Airlines ground stop, Wednesday 8 July 2015 (network connectivity / router) --------------------------------
I.append({
    "id": "united-2015-07-groundstop-ops", "name": "United Airlines nationwide ground stop 8 July 2015 (network connectivity issue, faulty router)",
    "issueId": "97108", "key": "OCC-0708", "summary": "Res + dispatch unreachable system-wide - FAA ground stop requested",
    "reporter": "Tamika Rollins", "assignee": "Brent Oyelaran", "labels": ["sev1", "ground-stop", "dot-reportable"],
    "components": ["network-ops", "ops-control"], "created": "2015-07-08T12:10", "now": "2015-08-10T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Reservations and dispatch unreachable from every hub. Agents writing boarding passes by hand, no dispatch releases. Ground stop requested from the FAA for mainline.

This is the dispatch system again (same as 2 June). Dispatch vendor paged.""",
    "comments": [
        ("151701", "Brent Oyelaran", "2015-07-08T13:20", """Dispatch is fine - it can't be reached. A router in the data center is degrading network connectivity for everything behind it. Taking it out of the path now. Ops chat (occ0708-chat.txt, Central) and EWR station notes (occ0708-ewr.txt, Eastern) pasted."""),
        ("151702", "Tamika Rollins", "2015-07-08T14:30", """Systems stable. Statement out: we experienced a network connectivity issue this morning. Residual delays all day, crews out of position."""),
        ("151703", "Brent Oyelaran", "2015-07-15T16:00", """Recap (times CT unless marked): problems started around 7:30 a.m. ET. FAA ground stop for all United flights issued 7:00 a.m. at our request, extended for mainline until 9:15 a.m., and cancelled at 8:47 a.m. - departures from then on. Root cause: faulty router; replacement done, vendor RCA pending."""),
    ],
    "changelog": [
        ("Brent Oyelaran", "2015-07-08T12:11", [("status", "Open", "In Progress")]),
        ("Tamika Rollins", "2015-07-08T14:31", [("status", "In Progress", "Monitoring")]),
        ("Brent Oyelaran", "2015-07-15T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "occ0708-chat.txt", "zone": "America/Chicago", "referenceDate": "2015-07-08", "text": """
Tamika Rollins (6:34 AM): ORD gate agents: res system timing out, can't print BPs. anyone else?
Brent Oyelaran (6:41 AM): IAH + DEN same. SFO too
Tamika Rollins (6:52 AM): asking ATCSCC for a ground stop, mainline + express
Brent Oyelaran (7:58 AM): router pulled from the path, res responding again, testing dispatch
Tamika Rollins (8:47 AM): FAA cancelled the ground stop. release everything
"""},
        {"file": "occ0708-ewr.txt", "zone": "America/New_York", "referenceDate": "2015-07-08", "text": """
EWR station notes 07/08
0735  kiosks + gate readers dead, lines building at C1
9:40  FlightAware shows 75 UA delays, worst of any carrier
9:52  first push since the stop
"""}],
    "expected": {
        "events": [["2015-07-08T11:30Z", ["started"]], ["2015-07-08T11:34Z", ["res system timing out"]],
                   ["2015-07-08T11:41Z", ["same"]], ["2015-07-08T11:52Z", ["ground stop"]],
                   ["2015-07-08T12:00Z", ["ground stop"]], ["2015-07-08T12:58Z", ["router pulled"]],
                   ["2015-07-08T13:40Z", ["FlightAware"]], ["2015-07-08T13:47Z", ["cancelled"]],
                   ["2015-07-08T13:52Z", ["first push"]]],
        "keyTimes": {
            "started": kt("2015-07-08T11:30Z", S, "problems started around 7:30 a.m. ET", "comment 151703"),
            "detected": kt("2015-07-08T11:34Z", S, "ORD gate agents: res system timing out", "occ0708-chat.txt"),
            "resolved": kt("2015-07-08T13:47Z", S, "cancelled at 8:47 a.m. - departures from then on", "comment 151703")},
        "responders": [["Brent Oyelaran", None], ["Tamika Rollins", None]],
        "narrative": nar(["faulty router", "network connectivity"], ["router pulled"], ["OCC-0708"],
                         "On the morning of 8 July 2015 United Airlines could not dispatch or board flights for about two hours; the FAA ground stop was lifted at 8:47 a.m. CT."),
    }})

# 9. DBS digital banking outage, Wednesday 29 March 2023 -------------------------------------------------------------
I.append({
    "id": "dbs-2023-03-digibank-whatsapp", "name": "DBS / POSB digital banking outage 29 March 2023 (digibank, PayLah! and mTrading log-ins failing most of the day)",
    "issueId": "97109", "key": "DBK-2903", "summary": "digibank + PayLah! login failing - customers locked out",
    "reporter": "Nur Aisyah Rahman", "assignee": "Vikram Sethuraman", "labels": ["p1", "mas-notifiable", "digital-banking"],
    "components": ["digital-channels", "access-control"], "created": "2023-03-29T00:55", "now": "2023-05-10T04:00:00Z",
    "defaultZone": "Asia/Singapore",
    "description": """Customers cannot log on to digibank mobile/online, PayLah! or mTrading. Hotline queue through the roof.

Probably the CDN / WAF rule change from last night - asking the network team to roll it back.""",
    "comments": [
        ("151801", "Vikram Sethuraman", "2023-03-29T03:00", """WAF rollback did nothing. It's the log-on path itself - the servers that verify log-ins are failing under normal load. MAS notified this morning (within the hour). WhatsApp group from the war room pasted (dbk2903-whatsapp.txt)."""),
        ("151802", "Nur Aisyah Rahman", "2023-03-29T11:45", """Statement to media went out at 7.30pm: as of 5.45pm, digibank mobile and online, PayLah! and mTrading have returned to normal. Branch hours were extended by two hours from 4.50pm."""),
        ("151803", "Vikram Sethuraman", "2023-04-12T02:00", """Findings for MAS (SGT): customers were unable to log on from about 8.30am (Downdetector reports surged then, matching our own graphs) until 5.45pm. Root cause report due with MAS; the investigation is looking at a recent change on the log-on servers."""),
    ],
    "changelog": [
        ("Vikram Sethuraman", "2023-03-29T00:56", [("status", "Open", "In Progress")]),
        ("Nur Aisyah Rahman", "2023-03-29T11:50", [("status", "In Progress", "Monitoring")]),
        ("Vikram Sethuraman", "2023-04-12T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dbk2903-whatsapp.txt", "zone": "Asia/Singapore", "referenceDate": "2023-03-29", "text": """
[29/3/23, 8:34:12 AM] Nur Aisyah Rahman: hotline IVR alert - login complaints 6x normal, digibank + PayLah
[29/3/23, 8:51:40 AM] Vikram Sethuraman: login success 12%. joining bridge
[29/3/23, 9:20:05 AM] Vikram Sethuraman: WAF rule rolled back, no change
[29/3/23, 12:10:33 PM] Nur Aisyah Rahman: FB post up: digital services disrupted, use cards and ATMs
[29/3/23, 4:50:02 PM] Nur Aisyah Rahman: all branches open 2 hours longer tonight
[29/3/23, 5:45:48 PM] Vikram Sethuraman: login success back to normal across all channels 🎉
"""}],
    "expected": {
        "events": [["2023-03-29T00:34Z", ["login complaints"]], ["2023-03-29T00:51Z", ["login success"]],
                   ["2023-03-29T01:20Z", ["WAF"]], ["2023-03-29T04:10Z", ["FB post"]],
                   ["2023-03-29T08:50Z", ["branches"]], ["2023-03-29T09:45Z", ["back to normal", "returned to normal"]]],
        "keyTimes": {
            "started": kt("2023-03-29T00:30Z", S, "customers were unable to log on from about 8.30am", "comment 151803"),
            "detected": kt("2023-03-29T00:34Z", S, "hotline IVR alert - login complaints 6x normal", "dbk2903-whatsapp.txt"),
            "resolved": kt("2023-03-29T09:45Z", S, "as of 5.45pm, digibank mobile and online, PayLah! and mTrading have returned to normal", "comment 151802")},
        "responders": [["Vikram Sethuraman", None], ["Nur Aisyah Rahman", "comms"]],
        "narrative": nar(["log-on servers"], ["returned to normal"], ["DBK-2903"],
                         "From about 8.30am to 5.45pm SGT on 29 March 2023 DBS and POSB customers could not log on to digital banking, PayLah! or mTrading."),
    }})

# 10. London Stock Exchange TradElect connectivity failure, Monday 8 September 2008 ------------------------------------
I.append({
    "id": "lse-2008-09-tradelect-mail", "name": "London Stock Exchange trading suspended most of 8 September 2008 (TradElect connectivity failure)",
    "issueId": "97110", "key": "MSD-0809", "summary": "Members unable to connect to TradElect - order book frozen",
    "reporter": "Oliver Brannigan", "assignee": "Sunita Chaudhry", "labels": ["sev1", "market-suspension", "fsa-notifiable"],
    "components": ["tradelect", "market-services"], "created": "2008-09-08T08:05", "now": "2008-10-10T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Members reporting they can't connect to TradElect / can't get fills. FTSE 100 stopped printing.

Surely volume - everyone piling in after the Fannie/Freddie rescue, double the normal message rate. Capacity team looking.""",
    "comments": [
        ("151901", "Sunita Chaudhry", "2008-09-08T09:30", """Volume is high but within tested capacity - the problem is member connectivity to the platform, not throughput. Connectivity suspended for everyone so nobody trades at an advantage. Helpdesk mail trail pasted (msd0809-mail.txt)."""),
        ("151902", "Oliver Brannigan", "2008-09-08T15:20", """Trading resumed at 16:00, closing auction moved. JSE (same platform) also suspended today - they're on their own ticket."""),
        ("151903", "Sunita Chaudhry", "2008-09-12T10:00", """Wrap-up: connectivity suspended at 09:15, re-enabled at approximately 11:45 for order entry/deletion only (no executions, so no prices), trading resumed at 16:00. The first member sessions started failing some time after the 08:00 open - the gateway logs for that hour rolled over before anyone saved them, so we can't say when. Root cause still with the platform vendors."""),
    ],
    "changelog": [
        ("Sunita Chaudhry", "2008-09-08T08:06", [("status", "Open", "In Progress")]),
        ("Oliver Brannigan", "2008-09-08T15:25", [("status", "In Progress", "Monitoring")]),
        ("Sunita Chaudhry", "2008-09-12T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "msd0809-mail.txt", "zone": "Europe/London", "referenceDate": "2008-09-08", "text": """
-----Original Message-----
From: Market Services Helpdesk
Sent: 08 September 2008 08:52
Subject: RE: TradElect - cannot connect
Two member firms report their sessions dropping and failing to reconnect. More calling.
-----Original Message-----
From: Market Operations
Sent: 08 September 2008 09:15
Subject: Market notice - connectivity suspended
No one can enter or delete orders at this time.
-----Original Message-----
From: Market Operations
Sent: 08 September 2008 11:45
Subject: Market notice - order entry re-enabled
Members may enter and delete orders. Order book will not execute until further notice.
"""}],
    "expected": {
        "events": [["2008-09-08T07:52Z", ["cannot connect", "sessions dropping"]], ["2008-09-08T08:15Z", ["connectivity suspended"]],
                   ["2008-09-08T10:45Z", ["re-enabled"]], ["2008-09-08T15:00Z", ["Trading resumed", "trading resumed"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2008-09-08T07:52Z", S, "Two member firms report their sessions dropping", "msd0809-mail.txt"),
            "resolved": kt("2008-09-08T15:00Z", S, "Trading resumed at 16:00, closing auction moved.", "comment 151902")},
        "responders": [["Sunita Chaudhry", None], ["Oliver Brannigan", None]],
        "narrative": nar(["member connectivity"], ["Connectivity suspended"], ["MSD-0809"],
                         "On 8 September 2008 London Stock Exchange members could not trade from the morning until 16:00 BST because of a connectivity failure on the TradElect platform."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

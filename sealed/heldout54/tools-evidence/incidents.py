"""Held-out 54 incidents (issue 15: key times and timeline): compact specs. Ten public incidents, each seen from a small
invented customer whose responders write in one language/variety: buddybuild's degraded iOS builds of 12 Dec 2017 (Hong
Kong English); Aubart & Associates' unplanned VPS reboot of 6 May 2026 (Malaysian English); Clook's PDU maintenance
power loss of 13 Jul 2017 (Welsh English); BandwagonHost's USCA_4 heat/power failure of 7 Jun 2024 (US Southern English,
12-hour clock); Runbox's storage-unit upgrade disruption of 29 Sep 2023 (Polish); Server Density's nodata-alert outage
of 19 Apr 2016 (Hungarian); Bitbucket Cloud's pull-request outage of 11 May 2021 (Greek); Contentful's CMA token
invalidation of 3 Nov 2025 (Hebrew); SiteHost's international transit outage of 23 Nov 2012 (Indonesian); UpCloud's
FI-HEL1 HDD backend incident of 26 Feb 2016 (Romanian). Vendor facts from public statements (SOURCES-heldout54.md);
people, companies, ticket keys, chat wording, wrong first guesses and every customer-side minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    return c(local, zone) + "Z"


HKG, KUL, LON, CHI, LAX, WAW, BUD, ATH, TLV, AKL, JKT, BUC, HEL, Z = (
    "Asia/Hong_Kong", "Asia/Kuala_Lumpur", "Europe/London", "America/Chicago", "America/Los_Angeles", "Europe/Warsaw",
    "Europe/Budapest", "Europe/Athens", "Asia/Jerusalem", "Pacific/Auckland", "Asia/Jakarta", "Europe/Bucharest",
    "Europe/Helsinki", "UTC")


def flow(a, t1, t2, b, t3):
    return [(a, t1, [("status", "Open", "In Progress")]), (a, t2, [("status", "In Progress", "Monitoring")]),
            (b, t3, [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])]


I = []

# 0. buddybuild, 12 Dec 2017 UTC (13 Dec HKT) - iOS builds queued, Hong Kong English -------------------------------------
I.append({
    "id": "buddybuild-2017-12-ios-queue-hongkong-appstudio",
    "name": "buddybuild degraded iOS builds 12 December 2017 (UTC: 17:31 identified an issue impacting iOS builds; 17:58 backlog of iOS build jobs cleared; 19:30 resolved; cause a pipeline component failure then a thundering herd of build jobs at peak), seen from a Hong Kong app studio pushing a hotfix after midnight HKT",
    "issueId": "98120", "key": "KWA-1213", "summary": "iOS builds stuck in buddybuild queue - hotfix can't go to TestFlight",
    "reporter": "Chloe Tsang", "assignee": "Marcus Lam", "labels": ["ios", "ci", "hotfix"],
    "components": ["mobile-ci"], "created": c("2017-12-13 01:25", HKG), "now": "2017-12-20T04:00:00Z",
    "defaultZone": HKG, "priority": "High",
    "description": """iOS builds on buddybuild stuck in queue since around 1am, cannot push the 3.2.1 hotfix to TestFlight. Client launch is 9am later today.

I think is our Xcode 9.2 bump yesterday break the build settings, will check.""",
    "comments": [
        ("235000", "Marcus Lam", c("2017-12-13 01:40", HKG), """Not Xcode lah - Android builds also fine, only iOS stuck. buddybuild status page now got an incident for iOS builds. Our WhatsApp is pasted as wa-kwa1213.txt (HKT)."""),
        ("235001", "Marcus Lam", c("2017-12-13 02:10", HKG), """Build log of the first stuck one:
`build #4417 queued 2017-12-13 01:05:12 HKT`
`build #4417 started 2017-12-13 01:56:40 HKT`
Hotfix went to TestFlight already. Put to Monitoring, will test in the morning."""),
        ("235002", "Marcus Lam", c("2017-12-14 10:15", HKG), """buddybuild status copied to buddybuild-status-1212.txt, their times are UTC (we are UTC+8, so their Resolved post was 3:30am our Wednesday)."""),
        ("235003", "Winnie Chan", c("2017-12-15 16:00", HKG), """Recap (Fri 15 Dec), all HKT:
iOS builds stuck from 01:05 to 01:56 on Wed 13 Dec - first queued build #4417 until it got picked up. That is our impact window.
First we knew: Chloe's WhatsApp at 01:12. The "since around 1am" in the description was a guess.
buddybuild's backlog-cleared post came 2 minutes after our build already started; their Resolved is just the close-off post.
Cause per buddybuild: a component failure in their pipeline queued build jobs, then a thundering herd at peak time. Xcode 9.2 was not the problem.
Actions: keep a fastlane lane to archive and upload from the office Mac; subscribe #mobile to buddybuild status."""),
    ],
    "changelog": flow("Marcus Lam", c("2017-12-13 01:26", HKG), c("2017-12-13 02:11", HKG), "Winnie Chan", c("2017-12-15 16:05", HKG)),
    "pastes": [{"file": "wa-kwa1213.txt", "zone": HKG, "referenceDate": "2017-12-13", "text": """
[13/12/2017, 01:12] Chloe Tsang: iOS build for the hotfix still queued 7 mins already, never start
[13/12/2017, 01:18] Marcus Lam: maybe the Xcode 9.2 bump break something, checking build settings
[13/12/2017, 01:27] Marcus Lam: Android builds fine wor, only iOS stuck
[13/12/2017, 01:33] Marcus Lam: buddybuild status just posted, they know already
[13/12/2017, 01:56] Chloe Tsang: moving now!! #4417 started
[13/12/2017, 02:03] Marcus Lam: hotfix 3.2.1 uploaded to TestFlight
[13/12/2017, 02:05] Chloe Tsang: ok go sleep first, test tomorrow morning
"""}, {"file": "buddybuild-status-1212.txt", "zone": Z, "referenceDate": "2017-12-12", "text": """
degraded iOS builds - Incident Report for buddybuild (copied by Marcus)
Resolved - The build-processing pipeline has been stable with plenty of capacity headroom. Dec 12, 2017 - 19:30 UTC
Monitoring - The backlog of iOS build jobs has cleared and we are processing builds at full capacity. Dec 12, 2017 - 17:58 UTC
Cause: a component failure in our pipeline caused some build jobs to queue; the recovery caused a thundering herd of build jobs at our peak time-of-day.
Identified - We have identified an issue impacting iOS builds, we are working to alleviate the issue. Dec 12, 2017 - 17:31 UTC
"""}],
    "expected": {
        "events": [[u("2017-12-13 01:05", HKG), ["queued", "stuck from"]],
                   [u("2017-12-13 01:12", HKG), ["still queued", "First we knew"]],
                   [u("2017-12-13 01:18", HKG), ["Xcode"]],
                   [u("2017-12-13 01:27", HKG), ["Android"]],
                   [u("2017-12-12 17:31", Z), ["identified an issue"]],
                   [u("2017-12-13 01:56", HKG), ["started", "stuck from"]],
                   [u("2017-12-12 17:58", Z), ["backlog"]],
                   [u("2017-12-13 02:03", HKG), ["TestFlight"]],
                   [u("2017-12-12 19:30", Z), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2017-12-13 01:05", HKG), S, "iOS builds stuck from 01:05 to 01:56 on Wed 13 Dec", "comment 235003"),
            "detected": kt(u("2017-12-13 01:12", HKG), S, "iOS build for the hotfix still queued 7 mins already", "wa-kwa1213.txt"),
            "resolved": kt(u("2017-12-13 01:56", HKG), S, "iOS builds stuck from 01:05 to 01:56 on Wed 13 Dec", "comment 235003")},
        "responders": [["Chloe Tsang", None], ["Marcus Lam", None], ["Winnie Chan", None]],
        "narrative": nar(["component failure in their pipeline"], ["#4417 started"], ["KWA-1213"],
                         "On 13 December 2017 from 01:05 to 01:56 Hong Kong time the studio's iOS builds sat in buddybuild's queue, holding up a client hotfix.",
                         badly=["Xcode 9.2"]),
    }})

# 1. Aubart & Associates, 6 May 2026 - unplanned VPS reboot, Malaysian English ---------------------------------------------
I.append({
    "id": "aubart-2026-05-vps-reboot-kl-tuition",
    "name": "Aubart & Associates unexpected service interruption 6 May 2026 (UTC: 03:52 primary VPS on Oracle Cloud began an unplanned reboot; 04:15 manual recovery, PM2 process managers restored; 04:20 all services confirmed online; permission conflict stopped automated recovery scripts), seen from a Kuala Lumpur tuition centre whose parent portal the vendor hosts",
    "issueId": "98121", "key": "TUI-0506", "summary": "Parent portal cannot open",
    "reporter": "Siti Hajar Mokhtar", "assignee": "Darren Wong", "labels": ["portal", "parents"],
    "components": ["parent-portal"], "created": c("2026-05-06 12:14", KUL), "now": "2026-05-13T04:00:00Z",
    "defaultZone": KUL, "priority": "High",
    "description": """Parent portal cannot open, parents cannot see the May timetable. Some parents WhatsApp-ing the office since lunchtime.

Maybe the Unifi line at the centre down again?""",
    "comments": [
        ("235010", "Darren Wong", c("2026-05-06 12:30", KUL), """Not Unifi lah - I also cannot open from my phone on Maxis. Pinged Aubart support. WhatsApp group copied to wa-tui0506.txt (MYT)."""),
        ("235011", "Darren Wong", c("2026-05-06 12:45", KUL), """Portal ok already. Aubart says their VPS had an unplanned reboot. Put to Monitoring."""),
        ("235012", "Darren Wong", c("2026-05-07 09:30", KUL), """Aubart's incident note copied to aubart-status-0506.txt, times in UTC (add 8 hours for us)."""),
        ("235013", "Kavitha Subramaniam", c("2026-05-08 15:00", KUL), """Recap (Fri 8 May), MYT:
Portal down 11:52 until 12:20 on Wed 6 May - that is Aubart's 03:52 to 04:20 UTC, from the instance reboot until all services confirmed online.
At 12:15 their PM2 came back but login still failing for us until 12:20, so don't count 12:15 as recovered.
When we first knew: honestly no one wrote down the first parent message, the office phone log also no time. So leave it blank.
Cause per Aubart: unplanned hardware-level reboot of their Oracle Cloud VPS, and a permission conflict stopped the automatic restart scripts.
Actions: ask Aubart for status page subscription; simple uptime check on the portal that SMS Darren."""),
    ],
    "changelog": flow("Darren Wong", c("2026-05-06 12:15", KUL), c("2026-05-06 12:46", KUL), "Kavitha Subramaniam", c("2026-05-08 15:05", KUL)),
    "pastes": [{"file": "wa-tui0506.txt", "zone": KUL, "referenceDate": "2026-05-06", "text": """
[06/05/2026, 12:09] Siti Hajar Mokhtar: Got 3 parents asking since just now, portal cannot load
[06/05/2026, 12:11] Darren Wong: Our Unifi down again is it? I check the router
[06/05/2026, 12:13] Darren Wong: Router ok. Portal also cannot open on Maxis data
[06/05/2026, 12:17] Siti Hajar Mokhtar: Page come out now but login still fail
[06/05/2026, 12:22] Darren Wong: Login ok liao, tried with the demo parent account
[06/05/2026, 12:40] Siti Hajar Mokhtar: Sent sorry message to the parents group
"""}, {"file": "aubart-status-0506.txt", "zone": Z, "referenceDate": "2026-05-06", "text": """
Unexpected Service Interruption - Aubart & Associates status (copied by Darren)
Timeline of Events (UTC):
03:52 UTC: Instance initiated an unplanned reboot / infrastructure migration.
04:15 UTC: Manual recovery initiated; PM2 process managers restored.
04:20 UTC: All services confirmed online and operational.
Post-mortem: a system-level permission conflict prevented the automated recovery scripts from executing immediately post-reboot.
"""}],
    "expected": {
        "events": [[u("2026-05-06 03:52", Z), ["unplanned reboot", "Portal down"]],
                   [u("2026-05-06 12:09", KUL), ["parents"]],
                   [u("2026-05-06 12:11", KUL), ["Unifi"]],
                   [u("2026-05-06 12:13", KUL), ["Maxis"]],
                   [u("2026-05-06 04:15", Z), ["PM2"]],
                   [u("2026-05-06 12:17", KUL), ["login still fail"]],
                   [u("2026-05-06 04:20", Z), ["confirmed online"]],
                   [u("2026-05-06 12:22", KUL), ["demo parent"]],
                   [u("2026-05-06 12:40", KUL), ["sorry message"]]],
        "keyTimes": {
            "started": kt(u("2026-05-06 11:52", KUL), S, "Portal down 11:52 until 12:20 on Wed 6 May", "comment 235013"),
            "detected": kt(None, U),
            "resolved": kt(u("2026-05-06 12:20", KUL), S, "Portal down 11:52 until 12:20 on Wed 6 May", "comment 235013")},
        "responders": [["Siti Hajar Mokhtar", None], ["Darren Wong", None], ["Kavitha Subramaniam", None]],
        "narrative": nar(["permission conflict"], ["PM2 process managers restored"], ["TUI-0506"],
                         "On 6 May 2026 from 11:52 to 12:20 Kuala Lumpur time parents could not open the tuition centre's portal because the vendor's VPS rebooted and did not restart its services.",
                         badly=["Unifi"]),
    }})

# 2. Clook, 13 Jul 2017 - PDU swap power loss, Welsh English ----------------------------------------------------------------
I.append({
    "id": "clook-2017-07-pdu-swap-cardiff-rugbyshop",
    "name": "Clook emergency power maintenance 13 July 2017 (BST: 11:35 notice of a PDU replacement in the rack, 12:00-12:30 at-risk window; 11:59 works about to commence; 12:22 issue encountered, engineers reverting; 12:34 all services should be back online; RFO: full power loss to the rack), seen from a Cardiff rugby club's online shop hosted in that rack",
    "issueId": "98122", "key": "CDF-0713", "summary": "Club shop website down on pre-order launch day",
    "reporter": "Gethin Howells", "assignee": "Rhys Pritchard", "labels": ["shop", "woocommerce", "hosting"],
    "components": ["club-shop"], "created": c("2017-07-13 12:08", LON), "now": "2017-07-21T10:00:00Z",
    "defaultZone": LON, "priority": "Highest",
    "description": """Club shop website is down - getting "connection timed out". Went off just after 12 I think. Replica shirt pre-orders launch today, mun.

Could be the WooCommerce update I pushed this morning?""",
    "comments": [
        ("235020", "Rhys Pritchard", c("2017-07-13 12:26", LON), """Not the WooCommerce update - can't even ping the box. Clook had a maintenance notice this morning for a PDU swap in our rack, "not a notice of downtime" they said. Now their status says they've hit an issue. Our Slack is pasted in slack-cdf0713.txt (UK time)."""),
        ("235021", "Rhys Pritchard", c("2017-07-13 12:40", LON), """Back up, Pingdom says UP. Tidy. Monitoring for the afternoon."""),
        ("235022", "Rhys Pritchard", c("2017-07-14 09:20", LON), """Clook's announcement with the RFO copied into clook-notice-0713.txt (BST, same as us)."""),
        ("235023", "Bethan Llewellyn", c("2017-07-17 14:00", LON), """Recap (Mon 17 July), UK time:
Shop down 12:03 to 12:31 on Thursday - first failed Pingdom check to the first UP.
First alert: the Pingdom SMS at 12:05. The "just after 12" in the description was Gethin's guess.
Clook's "all services should be back online" came after we were already up.
Cause per Clook: full power loss to our rack during the planned PDU replacement, so the "at risk" window turned into downtime.
Actions: ask Clook to move the shop VM to a rack with dual feeds; maintenance notices for our rack go to #shop, not just Rhys's inbox."""),
    ],
    "changelog": flow("Rhys Pritchard", c("2017-07-13 12:09", LON), c("2017-07-13 12:41", LON), "Bethan Llewellyn", c("2017-07-17 14:05", LON)),
    "pastes": [{"file": "slack-cdf0713.txt", "zone": LON, "referenceDate": "2017-07-13", "text": """
[11:40] Rhys Pritchard: fyi Clook notice - PDU replacement in our rack 12:00-12:30, "at risk" only
[12:05] Pingdom: ALERT shop (clubshop-prod) is DOWN since 12:03:41 BST
[12:07] Gethin Howells: Duw, the shop's gone down. Is it the WooCommerce update from this morning?
[12:15] Rhys Pritchard: rolled the plugin back, still nothing, can't ping the box neither
[12:24] Rhys Pritchard: Clook status says they've hit an issue, reverting
[12:31] Pingdom: RECOVERY shop (clubshop-prod) is UP
[12:33] Gethin Howells: lush, placed a test pre-order, went through
"""}, {"file": "clook-notice-0713.txt", "zone": LON, "referenceDate": "2017-07-13", "text": """
AT-RISK: Emergency Power Maintenance (copied from the Clook status page)
Start: Thursday 13th July @ 12:00 PM BST, End: 12:30 PM BST - not a notice of downtime.
Updated 11:35am: notification of emergency maintenance - replacing a Power Distribution Unit in the rack.
Updated 11:59am: These works are about to commence.
Updated 12:22pm: We have encountered an issue and engineers are reverting these works.
Updated 12:34pm: All services should be back online and functional.
RFO: during a planned maintenance slot, we encountered full power loss to a rack which contains your service.
"""}],
    "expected": {
        "events": [[u("2017-07-13 11:35", LON), ["Power Distribution Unit"]],
                   [u("2017-07-13 11:40", LON), ["PDU replacement"]],
                   [u("2017-07-13 11:59", LON), ["about to commence"]],
                   [u("2017-07-13 12:03", LON), ["DOWN", "Shop down"]],
                   [u("2017-07-13 12:05", LON), ["ALERT", "Pingdom SMS"]],
                   [u("2017-07-13 12:07", LON), ["WooCommerce"]],
                   [u("2017-07-13 12:15", LON), ["rolled the plugin back"]],
                   [u("2017-07-13 12:22", LON), ["reverting"]],
                   [u("2017-07-13 12:31", LON), ["RECOVERY", "Shop down"]],
                   [u("2017-07-13 12:34", LON), ["back online"]]],
        "keyTimes": {
            "started": kt(u("2017-07-13 12:03", LON), S, "Shop down 12:03 to 12:31 on Thursday", "comment 235023"),
            "detected": kt(u("2017-07-13 12:05", LON), S, "ALERT shop (clubshop-prod) is DOWN", "slack-cdf0713.txt"),
            "resolved": kt(u("2017-07-13 12:31", LON), S, "Shop down 12:03 to 12:31 on Thursday", "comment 235023")},
        "responders": [["Gethin Howells", None], ["Rhys Pritchard", None], ["Bethan Llewellyn", None]],
        "narrative": nar(["full power loss to our rack"], ["engineers are reverting"], ["CDF-0713"],
                         "On 13 July 2017 from 12:03 to 12:31 UK time the rugby club's online shop was down on pre-order launch day because its hosting rack lost power during maintenance.",
                         badly=["WooCommerce update"]),
    }})

# 3. BandwagonHost, 7 Jun 2024 - USCA_4 heat and power failure, US Southern English (12-hour) -------------------------------
I.append({
    "id": "bandwagonhost-2024-06-usca4-heat-houston-crawfish",
    "name": "BandwagonHost USCA_4 Multacom datacenter AC and power failure 7 June 2024 (PDT: 01:14 rapidly rising temperatures, shutting down equipment; 02:12 emergency crew on the way; 02:34 all equipment gracefully shut down; 02:43 temperatures going down after ~62 C; 03:47 loss of power; 03:54 power restored; 04:00 powering on; 04:19 resolved, some VMs up to ~30 more minutes), seen from a Houston crawfish restaurant whose online ordering site runs on a VPS there",
    "issueId": "98123", "key": "CRW-0607", "summary": "Online ordering site down overnight - no pre-orders",
    "reporter": "Darlene Thibodeaux", "assignee": "Earl Fontenot", "labels": ["website", "orders"],
    "components": ["online-ordering"], "created": c("2024-06-07 07:15", CHI), "now": "2024-06-14T15:00:00Z",
    "defaultZone": CHI, "priority": "Highest",
    "description": """Online ordering site is down, y'all. Came in at 7 and the order tablet's been quiet all night, no pre-orders for the Friday lunch rush.

Reckon we got hacked again like back in March?""",
    "comments": [
        ("235030", "Earl Fontenot", c("2024-06-07 07:40", CHI), """Don't think we got hacked, hon. Site's back up now. UptimeRobot emailed me overnight and I was sound asleep:
`UptimeRobot: Monitor is DOWN: crawfish-orders (Connection Timeout)`
Our VPS provider (BandwagonHost) had their LA datacenter overheat. Our group text is pasted as text-crw0607.txt (Central time)."""),
        ("235031", "Earl Fontenot", c("2024-06-07 11:30", CHI), """Copied BandwagonHost's status updates into bwh-status-0607.txt - those are Pacific time, add two hours for us."""),
        ("235032", "Tammy Broussard", c("2024-06-10 10:00", CHI), """Recap (Mon June 10), all Central time:
Site down from 3:58 AM till 6:27 AM Friday - UptimeRobot's first DOWN to its UP.
First alert was UptimeRobot's email at 4:00 AM; nobody saw it until Darlene came in at 7.
Their status page said Resolved before our VM was back, and BandwagonHost warned some VMs would take another half hour.
Cause: AC failure at the Multacom datacenter in LA, they shut everything down before it cooked, then lost power on top of it. Not a hack.
Lost maybe a dozen pre-orders. Actions: text alerts to Earl's phone with sound, not just email; ask BandwagonHost about moving the VPS out of USCA_4."""),
    ],
    "changelog": flow("Earl Fontenot", c("2024-06-07 07:16", CHI), c("2024-06-07 07:41", CHI), "Tammy Broussard", c("2024-06-10 10:05", CHI)),
    "pastes": [{"file": "text-crw0607.txt", "zone": CHI, "referenceDate": "2024-06-07", "text": """
Fri 7:02 AM Darlene Thibodeaux: Earl the order site won't load, tablet's been dead quiet all night
Fri 7:06 AM Earl Fontenot: just saw the UptimeRobot email from 4:00 AM, says DOWN since 3:58 AM
Fri 7:09 AM Darlene Thibodeaux: reckon we got hacked again?
Fri 7:14 AM Earl Fontenot: nope, BandwagonHost's LA datacenter overheated, they shut it all down around 4:34 AM our time
Fri 7:20 AM Earl Fontenot: UptimeRobot says UP since 6:27 AM, site loads fine now
Fri 7:31 AM Darlene Thibodeaux: test order went through, I'll call the folks who usually pre-order
"""}, {"file": "bwh-status-0607.txt", "zone": LAX, "referenceDate": "2024-06-07", "text": """
USCA_4 Multacom datacenter AC and power failure - Bandwagon Host status (copied by Earl, times PDT)
Jun 07, 2024 - 01:14 PDT: rapidly rising temperatures in Multacom datacenter (second time in 24 hours); shutting down some equipment
Jun 07, 2024 - 02:12 PDT: Multacom advised an emergency crew is on the way to investigate the AC issue
Jun 07, 2024 - 02:34 PDT: temperatures close to 60 C; all equipment gracefully shut down before temperatures crossed 45 C
Jun 07, 2024 - 02:43 PDT: temperatures slowly going down after peaking at around 62 C
Jun 07, 2024 - 03:47 PDT: in addition to the AC issues, a loss of power in the datacenter
Jun 07, 2024 - 03:54 PDT: power restored, temperatures back to normal, final checks before powering on
Jun 07, 2024 - 04:00 PDT: powering on all equipment
Jun 07, 2024 - 04:19 PDT: Resolved - all services in USCA_4 fully restored; some VMs resuming slower, up to another ~30 minutes
"""}],
    "expected": {
        "events": [[u("2024-06-07 01:14", LAX), ["rising temperatures"]],
                   [u("2024-06-07 03:58", CHI), ["DOWN since", "Site down from"]],
                   [u("2024-06-07 04:00", CHI), ["UptimeRobot"]],
                   [u("2024-06-07 02:12", LAX), ["emergency crew"]],
                   [u("2024-06-07 02:34", LAX), ["gracefully shut down", "shut it all down"]],
                   [u("2024-06-07 02:43", LAX), ["peaking"]],
                   [u("2024-06-07 03:47", LAX), ["loss of power"]],
                   [u("2024-06-07 03:54", LAX), ["power restored"]],
                   [u("2024-06-07 04:00", LAX), ["powering on"]],
                   [u("2024-06-07 04:19", LAX), ["Resolved"]],
                   [u("2024-06-07 06:27", CHI), ["UP since", "Site down from"]],
                   [u("2024-06-07 07:02", CHI), ["won't load"]],
                   [u("2024-06-07 07:31", CHI), ["test order"]]],
        "keyTimes": {
            "started": kt(u("2024-06-07 03:58", CHI), S, "Site down from 3:58 AM till 6:27 AM Friday", "comment 235032"),
            "detected": kt(u("2024-06-07 04:00", CHI), S, "First alert was UptimeRobot's email at 4:00 AM", "comment 235032"),
            "resolved": kt(u("2024-06-07 06:27", CHI), S, "Site down from 3:58 AM till 6:27 AM Friday", "comment 235032")},
        "responders": [["Darlene Thibodeaux", None], ["Earl Fontenot", None], ["Tammy Broussard", None]],
        "narrative": nar(["AC failure at the Multacom datacenter"], ["powering on all equipment"], ["CRW-0607"],
                         "On 7 June 2024 from 3:58 to 6:27 AM Houston time the restaurant's online ordering site was down because its host's Los Angeles datacenter overheated and lost power.",
                         badly=["nobody saw it"]),
    }})

# 4. Runbox, 29 Sep 2023 - storage upgrade turned outage, Polish ------------------------------------------------------------
I.append({
    "id": "runbox-2023-09-storage-upgrade-warsaw-accounting",
    "name": "Runbox maintenance and service disruption 29 September 2023 (CEST: 09:00 planned storage-unit software upgrade; 09:30 more restarts than anticipated; 10:00 upgrade done, pool rebuilding; 10:15 hardware errors during rebuild, parts to replace ~30 min; 11:00 still replacing hardware; 11:30 normal within ~30 min; 12:20 email services being restored for all customers), seen from a Warsaw accounting office whose mail is on Runbox",
    "issueId": "98124", "key": "BIU-0929", "summary": "Poczta nie działa - faktury nie wychodzą",
    "reporter": "Katarzyna Wójcik", "assignee": "Tomasz Zieliński", "labels": ["email", "faktury"],
    "components": ["poczta"], "created": c("2023-09-29 09:18", WAW), "now": "2023-10-06T10:00:00Z",
    "defaultZone": WAW, "priority": "High",
    "description": """Poczta nie działa - Thunderbird nie łączy się z serwerem, klienci nie dostają od nas faktur. Od jakiejś dziewiątej rano?

Pewnie znowu wygasło hasło do skrzynki biuro@.""",
    "comments": [
        ("235040", "Tomasz Zieliński", c("2023-09-29 09:35", WAW), """To nie hasło - webmail też nie działa. Pierwszy błąd w logu Thunderbirda:
`2023-09-29 09:04:37 IMAP: connection to mail.runbox.com failed`
Runbox miał zaplanowaną aktualizację jednego z serwerów pamięci, "krótkie przerwy" dla części klientów. Wątek z Teams wklejony jako teams-biu0929.txt (czas warszawski)."""),
        ("235041", "Tomasz Zieliński", c("2023-09-29 12:40", WAW), """Poczta wróciła, zaległe faktury wysłane. Status: Monitoring."""),
        ("235042", "Tomasz Zieliński", c("2023-10-02 08:50", WAW), """Komunikaty Runbox skopiowane do runbox-status-0929.txt (CEST, tak jak u nas)."""),
        ("235043", "Agnieszka Dąbrowska", c("2023-10-03 14:00", WAW), """Podsumowanie (wtorek 3.10), czas warszawski:
Brak poczty od 9:04 do 12:26 w piątek 29.09 - od pierwszego błędu IMAP do pełnej synchronizacji skrzynki.
Pierwsze zgłoszenie: Kasia na Teams o 9:10. "Od jakiejś dziewiątej" w opisie to był strzał.
Komunikat Runbox o przywracaniu usług to jeszcze nie koniec - u nas skrzynka ruszyła dopiero po kilku minutach.
Przyczyna wg Runbox: aktualizacja oprogramowania jednostki pamięci, przy przebudowie puli pojawiły się błędy sprzętowe i trzeba było wymienić części. Hasło nie miało nic wspólnego.
Działania: zapasowa skrzynka do wysyłki faktur; subskrypcja statusu Runbox na adres biuro@."""),
    ],
    "changelog": flow("Tomasz Zieliński", c("2023-09-29 09:19", WAW), c("2023-09-29 12:41", WAW), "Agnieszka Dąbrowska", c("2023-10-03 14:05", WAW)),
    "pastes": [{"file": "teams-biu0929.txt", "zone": WAW, "referenceDate": "2023-09-29", "text": """
[09:10] Katarzyna Wójcik: Thunderbird nie może się połączyć z serwerem poczty, faktury stoją w skrzynce nadawczej
[09:14] Tomasz Zieliński: pewnie wygasło hasło do biuro@, zaraz sprawdzę
[09:22] Tomasz Zieliński: hasło OK, webmail też nie działa. Runbox ma dziś prace na serwerze pamięci
[10:20] Tomasz Zieliński: Runbox pisze o błędach sprzętowych, wymiana części ok. 30 minut
[11:35] Katarzyna Wójcik: dalej nic, dzwonię do klientów z fakturami na dziś
[12:26] Tomasz Zieliński: jest! skrzynka się zsynchronizowała, wysyłam zaległe faktury
[12:41] Katarzyna Wójcik: wszystkie 17 faktur wyszło
"""}, {"file": "runbox-status-0929.txt", "zone": WAW, "referenceDate": "2023-09-29", "text": """
[Resolved] Maintenance and minor service disruption (Runbox status, CEST)
Planned: storage unit software upgrade on Friday 2023-09-29 at 09:00 CEST, restarting the server twice within an hour.
Update 2023-09-29 09:30 CEST: the upgrade is progressing but requires more server restarts than anticipated.
Update 2023-09-29 10:00 CEST: software upgrade and server restarts completed, the storage pool is rebuilding.
Update 2023-09-29 10:15 CEST: during the rebuild the server encountered hardware errors; hardware parts to be replaced, around 30 minutes.
Update 2023-09-29 11:00 CEST: still working on hardware replacements.
Update 2023-09-29 11:30 CEST: work progressing, we hope to operate normally within around 30 minutes.
Update 2023-09-29 12:20 CEST: email services are now being restored for all customers.
"""}],
    "expected": {
        "events": [[u("2023-09-29 09:00", WAW), ["software upgrade"]],
                   [u("2023-09-29 09:04", WAW), ["IMAP", "Brak poczty"]],
                   [u("2023-09-29 09:10", WAW), ["Thunderbird", "Pierwsze zgłoszenie"]],
                   [u("2023-09-29 09:14", WAW), ["hasło"]],
                   [u("2023-09-29 09:30", WAW), ["more server restarts"]],
                   [u("2023-09-29 10:00", WAW), ["rebuilding"]],
                   [u("2023-09-29 10:15", WAW), ["hardware errors"]],
                   [u("2023-09-29 11:30", WAW), ["operate normally"]],
                   [u("2023-09-29 12:20", WAW), ["being restored"]],
                   [u("2023-09-29 12:26", WAW), ["zsynchronizowała", "Brak poczty"]],
                   [u("2023-09-29 12:41", WAW), ["17 faktur"]]],
        "keyTimes": {
            "started": kt(u("2023-09-29 09:04", WAW), S, "Brak poczty od 9:04 do 12:26 w piątek 29.09", "comment 235043"),
            "detected": kt(u("2023-09-29 09:10", WAW), S, "Thunderbird nie może się połączyć z serwerem poczty", "teams-biu0929.txt"),
            "resolved": kt(u("2023-09-29 12:26", WAW), S, "Brak poczty od 9:04 do 12:26 w piątek 29.09", "comment 235043")},
        "responders": [["Katarzyna Wójcik", None], ["Tomasz Zieliński", None], ["Agnieszka Dąbrowska", None]],
        "narrative": nar(["błędy sprzętowe"], ["being restored"], ["BIU-0929"],
                         "On 29 September 2023 from 9:04 to 12:26 Warsaw time the accounting office had no email and could not send invoices because its provider's storage upgrade ran into hardware errors.",
                         badly=["hasło"]),
    }})

# 5. Server Density, 19 Apr 2016 - nodata alerts not sent; worker crash unnoticed, Hungarian --------------------------------
I.append({
    "id": "serverdensity-2016-04-nodata-budapest-parking",
    "name": "Server Density not sending nodata alerts 19 April 2016 (BST: 12:53 identified - nodata alerts not sent after an automated protection response to an abnormal error rate; 14:16 testing fix; 15:32 monitoring - nodata alerts restored at 13:10 UTC; 19:11 resolved), seen from a Budapest parking-payments startup whose payment worker crashed without an alert",
    "issueId": "98125", "key": "BPO-0419", "summary": "Parkolási fizetések elakadtak - worker-03 néma, riasztás nem jött",
    "reporter": "Zsófia Kertész", "assignee": "Bence Halmi", "labels": ["payments", "monitoring"],
    "components": ["payment-queue"], "created": c("2016-04-19 14:10", BUD), "now": "2016-04-29T12:00:00Z",
    "defaultZone": BUD, "priority": "Highest",
    "description": """A fizetési sor feldolgozása leállt, a parkolási fizetések nem mennek át. A worker-03 nem küld metrikát, de semmilyen riasztás nem jött.

Valószínűleg a mi PagerDuty-integrációnk romlott el a múlt heti módosítás után.""",
    "comments": [
        ("235050", "Bence Halmi", c("2016-04-19 14:30", BUD), """Nem a PagerDuty. A worker-03 kernel panic miatt állt le, konzolról újraindítottam. Log:
`2016-04-19 13:25:07 worker-03 kernel: BUG: soft lockup - CPU#1 stuck`
A Slack-szál: slack-bpo0419.txt (budapesti idő)."""),
        ("235051", "Bence Halmi", c("2016-04-19 17:00", BUD), """A Server Density frissítései bemásolva: sd-status-0419.txt (BST, nálunk +1 óra). Monitoring."""),
        ("235052", "Réka Szalai", c("2016-04-21 10:00", BUD), """Összefoglaló (ápr. 21., csütörtök), budapesti idő:
Fizetések kiesése 13:25-től 14:24-ig: a worker-03 leállásától addig, amíg a sor kiürült és a fizetések újra átmentek.
Elsőként Zsófi vette észre a lapos grafikont, riasztás nem jött.
A Server Density nodata riasztásai 15:10-kor (UTC szerint 13:10) álltak helyre, ez már utánunk volt; az esti 'resolved' csak lezárás.
Kiváltó ok: kernel panic (soft lockup) a worker-03-on. Hozzájáruló tényező: a Server Density ekkor nem küldött nodata riasztást. A PagerDuty-integráció rendben volt.
Teendők: saját heartbeat-ellenőrzés a sorra; második worker automatikus átvétellel."""),
    ],
    "changelog": flow("Bence Halmi", c("2016-04-19 14:11", BUD), c("2016-04-19 17:01", BUD), "Réka Szalai", c("2016-04-21 10:05", BUD)),
    "pastes": [{"file": "slack-bpo0419.txt", "zone": BUD, "referenceDate": "2016-04-19", "text": """
[14:02] Zsófia Kertész: a worker-03 grafikonja 13:25 óta teljesen lapos, a fizetési sor 1800 fölött
[14:05] Bence Halmi: riasztás nem jött, biztos a PagerDuty-integráció, múlt héten nyúltunk hozzá
[14:11] Bence Halmi: PD teszt riasztás megjön, szóval nem az. SSH-n sem érem el a worker-03-at
[14:19] Bence Halmi: worker-03 újraindítva konzolról, kernel panic volt
[14:24] Zsófia Kertész: a sor kiürült, a fizetések átmennek
[14:31] Bence Halmi: SD státusz: not sending out nodata alerts - ezért nem jött semmi
"""}, {"file": "sd-status-0419.txt", "zone": LON, "referenceDate": "2016-04-19", "text": """
Server Density status - nodata alerts (copied by Bence, times BST)
Apr 19, 12:53 BST Identified - We're currently not sending out nodata alerts following our automated protection response to an abnormal error rate. Every other alerting source is working normally.
Apr 19, 14:16 BST Update - We're currently testing this fix and will be rolling out soon.
Apr 19, 15:32 BST Monitoring - No data alerts have been restored at 13:10 UTC. We'll be monitoring this correction.
Apr 19, 19:11 BST Resolved - The correction we deployed is working as expected.
"""}],
    "expected": {
        "events": [[u("2016-04-19 13:25", BUD), ["soft lockup", "kiesése"]],
                   [u("2016-04-19 12:53", LON), ["not sending out nodata"]],
                   [u("2016-04-19 14:02", BUD), ["grafikonja"]],
                   [u("2016-04-19 14:05", BUD), ["PagerDuty"]],
                   [u("2016-04-19 14:11", BUD), ["PD teszt"]],
                   [u("2016-04-19 14:19", BUD), ["újraindítva"]],
                   [u("2016-04-19 14:24", BUD), ["kiürült", "kiesése"]],
                   [u("2016-04-19 13:10", Z), ["restored at"]],
                   [u("2016-04-19 14:16", LON), ["testing this fix"]],
                   [u("2016-04-19 15:32", LON), ["Monitoring"]],
                   [u("2016-04-19 19:11", LON), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2016-04-19 13:25", BUD), S, "Fizetések kiesése 13:25-től 14:24-ig", "comment 235052"),
            "detected": kt(u("2016-04-19 14:02", BUD), S, "a worker-03 grafikonja 13:25 óta teljesen lapos", "slack-bpo0419.txt"),
            "resolved": kt(u("2016-04-19 14:24", BUD), S, "Fizetések kiesése 13:25-től 14:24-ig", "comment 235052")},
        "responders": [["Zsófia Kertész", None], ["Bence Halmi", None], ["Réka Szalai", None]],
        "narrative": nar(["kernel panic"], ["újraindítva"], ["BPO-0419"],
                         "On 19 April 2016 from 13:25 to 14:24 Budapest time parking payments were not processed because a payment worker crashed while the monitoring vendor was not sending no-data alerts.",
                         badly=["riasztás nem jött"]),
    }})

# 6. Bitbucket Cloud, 11 May 2021 - pull requests broken, Greek -------------------------------------------------------------
I.append({
    "id": "bitbucket-2021-05-config-prs-athens-devshop",
    "name": "Bitbucket Cloud pull-request outage 11 May 2021 (UTC: 06:19-09:34 customers unable to create or merge pull requests; detected within 20 minutes by automated verification tests; around 07:00 traffic redirected, operations possible but severely degraded; 09:34 configuration fixed, performance restored; cause incorrect configuration of the background-task service), seen from an Athens software house",
    "issueId": "98126", "key": "ATH-0511", "summary": "Δεν γίνεται merge / δημιουργία PR στο Bitbucket",
    "reporter": "Eleni Karagianni", "assignee": "Dimitris Stavrou", "labels": ["bitbucket", "ci"],
    "components": ["source-control"], "created": c("2021-05-11 09:41", ATH), "now": "2021-05-20T09:00:00Z",
    "defaultZone": ATH, "priority": "High",
    "description": """Δεν μπορούμε να κάνουμε merge στα pull requests στο Bitbucket, ούτε να ανοίξουμε νέο PR. Από τις εννιάμισι περίπου.

Μάλλον φταίει η αλλαγή στα SSH keys από χθες.""",
    "comments": [
        ("235060", "Dimitris Stavrou", c("2021-05-11 10:05", ATH), """Δεν είναι τα SSH keys - το Bitbucket Cloud έχει incident στο status page. Το thread από το Slack: slack-ath0511.txt (ώρα Ελλάδας)."""),
        ("235061", "Dimitris Stavrou", c("2021-05-11 10:20", ATH), """Τα merges περνάνε ξανά, αλλά πολύ αργά."""),
        ("235062", "Dimitris Stavrou", c("2021-05-11 12:50", ATH), """Όλα γρήγορα πια. Monitoring."""),
        ("235063", "Dimitris Stavrou", c("2021-05-14 11:00", ATH), """Το postmortem της Atlassian αντιγραμμένο στο bitbucket-pm-0511.txt, οι ώρες είναι UTC (+3 για εμάς)."""),
        ("235064", "Katerina Vlachou", c("2021-05-17 16:00", ATH), """Ανακεφαλαίωση (Δευτέρα 17/5), ώρα Ελλάδας:
Πρόβλημα 09:19 - 12:34 την Τρίτη 11/5, δηλαδή το παράθυρο της Atlassian σε UTC. Μέχρι περίπου τις δέκα δεν γινόταν καθόλου merge, μετά λειτουργούσε αλλά πολύ αργά μέχρι το τέλος.
Πρώτη αναφορά: η Ελένη στο Slack στις 09:27. Το "εννιάμισι περίπου" στην περιγραφή ήταν εκτίμηση.
Τα SSH keys δεν είχαν σχέση. Αιτία κατά την Atlassian: λάθος configuration στην υπηρεσία που εκτελεί τα background tasks, με λάθος URLs για εσωτερικούς πόρους.
Ενέργειες: διαδικασία hotfix deploy χωρίς PR σε ανάγκη, με έγκριση δύο ατόμων· συνδρομή του #dev στο Bitbucket status."""),
    ],
    "changelog": flow("Dimitris Stavrou", c("2021-05-11 09:42", ATH), c("2021-05-11 12:51", ATH), "Katerina Vlachou", c("2021-05-17 16:05", ATH)),
    "pastes": [{"file": "slack-ath0511.txt", "zone": ATH, "referenceDate": "2021-05-11", "text": """
[09:27] Eleni Karagianni: δεν μπορώ να κάνω merge στο PR 482, βγάζει error
[09:31] Eleni Karagianni: ούτε νέο pull request ανοίγει
[09:36] Dimitris Stavrou: μήπως είναι τα SSH keys από χθες; τα ελέγχω
[09:52] Dimitris Stavrou: Bitbucket status: Issues with Pull Request, investigating
[10:01] Eleni Karagianni: το merge πέρασε! αλλά άργησε πολύ
[10:14] Dimitris Stavrou: τα Pipelines κάνουν 5 λεπτά να ξεκινήσουν
[12:36] Eleni Karagianni: όλα πετάνε πάλι, τα pipelines ξεκινάνε αμέσως
"""}, {"file": "bitbucket-pm-0511.txt", "zone": Z, "referenceDate": "2021-05-11", "text": """
Atlassian Bitbucket - Issues with Pull Request - Postmortem (copied by Dimitris)
On May 11, 2021, between 06:19 and 09:34 UTC, customers of Bitbucket Cloud were unable to perform various tasks including creating and merging pull requests.
The event was triggered by the deployment of incorrect configuration to the services responsible for handling background tasks (incorrect URLs for some internal resources).
The incident was detected within 20 minutes by automated verification tests.
Within approximately 40 minutes the team mitigated the impact by redirecting traffic; around 07:00 AM UTC users could perform all operations again, but performance was severely degraded.
Traffic was routed back to the primary infrastructure with its configuration fixed by 09:34 AM UTC, at which point performance was restored to normal levels.
"""}],
    "expected": {
        "events": [[u("2021-05-11 06:19", Z), ["between 06:19", "Πρόβλημα"]],
                   [u("2021-05-11 09:27", ATH), ["merge στο PR", "Πρώτη αναφορά"]],
                   [u("2021-05-11 09:31", ATH), ["pull request"]],
                   [u("2021-05-11 09:36", ATH), ["SSH keys"]],
                   [u("2021-05-11 09:52", ATH), ["Issues with Pull Request"]],
                   [u("2021-05-11 07:00", Z), ["severely degraded"]],
                   [u("2021-05-11 10:01", ATH), ["merge πέρασε"]],
                   [u("2021-05-11 10:14", ATH), ["5 λεπτά"]],
                   [u("2021-05-11 09:34", Z), ["performance was restored", "Πρόβλημα"]],
                   [u("2021-05-11 12:36", ATH), ["πετάνε"]]],
        "keyTimes": {
            "started": kt(u("2021-05-11 06:19", Z), S, "Πρόβλημα 09:19 - 12:34 την Τρίτη 11/5", "comment 235064"),
            "detected": kt(u("2021-05-11 09:27", ATH), S, "δεν μπορώ να κάνω merge στο PR 482", "slack-ath0511.txt"),
            "resolved": kt(u("2021-05-11 09:34", Z), S, "Πρόβλημα 09:19 - 12:34 την Τρίτη 11/5", "comment 235064")},
        "responders": [["Eleni Karagianni", None], ["Dimitris Stavrou", None], ["Katerina Vlachou", None]],
        "narrative": nar(["incorrect configuration"], ["redirecting traffic"], ["ATH-0511"],
                         "On 11 May 2021 from 09:19 to 12:34 Athens time developers could not create or merge pull requests in Bitbucket Cloud, then worked slowly, because of a bad configuration deployment at Atlassian.",
                         badly=["SSH keys"]),
    }})

# 7. Contentful, 3 Nov 2025 - old CMA tokens invalidated, Hebrew ------------------------------------------------------------
I.append({
    "id": "contentful-2025-11-cma-tokens-telaviv-fashion",
    "name": "Contentful validation errors on CMA token creation and usage 3 November 2025 (UTC: 18:24 identified - a backfill task made tokens created over five years ago invalid, fix deployed; 19:21 token invalidation changes reverted, tokens working again; 19:24 resolved), seen from a Tel Aviv fashion e-shop whose publish job used a 2019 CMA token",
    "issueId": "98127", "key": "TLV-1103", "summary": "פרסום מוצרים נכשל - 401 מ-Contentful",
    "reporter": "Noa Ben-David", "assignee": "Yonatan Mizrahi", "labels": ["cms", "publish"],
    "components": ["storefront-build"], "created": c("2025-11-03 20:15", TLV), "now": "2025-11-10T10:00:00Z",
    "defaultZone": TLV, "priority": "High",
    "description": """העורכות לא מצליחות לפרסם מוצרים חדשים לאתר, ה-build נכשל עם 401 מ-Contentful. קורה מאז שמונה בערב בערך.

כנראה ה-token פג כי לא עדכנו את כרטיס האשראי בחשבון.""",
    "comments": [
        ("235070", "Yonatan Mizrahi", c("2025-11-03 20:40", TLV), """זה לא החשבון - הוא פעיל. ב-status של Contentful יש אירוע על CMA tokens. שורת הלוג הראשונה שנכשלה:
`2025-11-03 19:58:41 publish-job: 401 Unauthorized (CMA token)`
השרשור מ-Slack: slack-tlv1103.txt (שעון ישראל)."""),
        ("235071", "Yonatan Mizrahi", c("2025-11-03 21:35", TLV), """עובד שוב, ה-job עבר. Monitoring."""),
        ("235072", "Yonatan Mizrahi", c("2025-11-04 09:10", TLV), """עדכוני הסטטוס של Contentful הועתקו ל-contentful-status-1103.txt, בשעות UTC (אצלנו פלוס שעתיים)."""),
        ("235073", "Shira Peretz", c("2025-11-05 15:00", TLV), """סיכום (יום ד' 5.11), שעון ישראל:
תקלה מ-19:58 עד 21:22 ביום שני - מה-401 הראשון בלוג ועד ה-job הירוק הראשון.
דיווח ראשון: נועה ב-Slack ב-20:06. ה"מאז שמונה בערך" בתיאור היה ניחוש.
הודעת ה-resolved של Contentful הגיעה אחרי שכבר עבד אצלנו.
סיבה לפי Contentful: משימת backfill גרמה ל-tokens שנוצרו לפני יותר מחמש שנים להפוך ללא תקפים. ה-token שלנו מ-2019.
פעולות: להחליף את ה-token הישן ב-token חדש עם תאריך תפוגה; התראה על 401 ב-publish job."""),
    ],
    "changelog": flow("Yonatan Mizrahi", c("2025-11-03 20:16", TLV), c("2025-11-03 21:36", TLV), "Shira Peretz", c("2025-11-05 15:05", TLV)),
    "pastes": [{"file": "slack-tlv1103.txt", "zone": TLV, "referenceDate": "2025-11-03", "text": """
[20:06] Noa Ben-David: לא מצליחה לפרסם את קולקציית החורף, ה-build אדום
[20:09] Yonatan Mizrahi: כנראה כרטיס האשראי בחשבון, בודק
[20:18] Yonatan Mizrahi: החשבון תקין. 401 על ה-CMA token
[20:27] Yonatan Mizrahi: Contentful פרסמו אירוע: validation errors על CMA tokens
[20:45] Noa Ben-David: ניסיתי שוב, עדיין 401
[21:22] Yonatan Mizrahi: ה-job ירוק! הקולקציה באוויר
[21:30] Noa Ben-David: בדקתי 5 מוצרים באתר, הכל מופיע
"""}, {"file": "contentful-status-1103.txt", "zone": Z, "referenceDate": "2025-11-03", "text": """
Contentful - Validation errors on CMA Token creation and usage (copied by Yonatan)
identified Nov 03, 2025, 18:24 UTC - validation errors during token creation; a recent backfill task caused tokens created over five years ago to become invalid; a fix is deployed and a backfill is running.
monitoring Nov 03, 2025, 19:21 UTC - we've reverted the old token invalidation changes; tokens that were resulting in unauthenticated errors should now be working again.
resolved Nov 03, 2025, 19:24 UTC - This issue is now resolved.
"""}],
    "expected": {
        "events": [[u("2025-11-03 19:58", TLV), ["401 Unauthorized", "תקלה מ"]],
                   [u("2025-11-03 20:06", TLV), ["קולקציית החורף", "דיווח ראשון"]],
                   [u("2025-11-03 20:09", TLV), ["כרטיס האשראי"]],
                   [u("2025-11-03 20:18", TLV), ["CMA token"]],
                   [u("2025-11-03 18:24", Z), ["backfill"]],
                   [u("2025-11-03 20:27", TLV), ["validation errors"]],
                   [u("2025-11-03 20:45", TLV), ["עדיין 401"]],
                   [u("2025-11-03 19:21", Z), ["reverted"]],
                   [u("2025-11-03 21:22", TLV), ["ירוק"]],
                   [u("2025-11-03 19:24", Z), ["now resolved"]],
                   [u("2025-11-03 21:30", TLV), ["5 מוצרים"]]],
        "keyTimes": {
            "started": kt(u("2025-11-03 19:58", TLV), S, "תקלה מ-19:58 עד 21:22 ביום שני", "comment 235073"),
            "detected": kt(u("2025-11-03 20:06", TLV), S, "לא מצליחה לפרסם את קולקציית החורף", "slack-tlv1103.txt"),
            "resolved": kt(u("2025-11-03 21:22", TLV), S, "תקלה מ-19:58 עד 21:22 ביום שני", "comment 235073")},
        "responders": [["Noa Ben-David", None], ["Yonatan Mizrahi", None], ["Shira Peretz", None]],
        "narrative": nar(["backfill"], ["reverted the old token invalidation"], ["TLV-1103"],
                         "On 3 November 2025 from 19:58 to 21:22 Israel time the e-shop could not publish products because Contentful invalidated CMA tokens older than five years.",
                         badly=["כרטיס האשראי"]),
    }})

# 8. SiteHost, 23 Nov 2012 - international transit not failed over, Indonesian -----------------------------------------------
I.append({
    "id": "sitehost-2012-11-transit-auckland-travelagent",
    "name": "SiteHost unscheduled network outage 23 November 2012 (NZDT: ~11:11 monitoring alerted engineers to problems with some routes; an upstream's hardware failure and international transit not failing over; ~11:33 service restored; cause a configuration change weeks earlier), seen from an Auckland-based Indonesian travel agency whose Jakarta partner office could not reach its booking site",
    "issueId": "98128", "key": "AKL-1123", "summary": "Website booking tidak bisa diakses dari Jakarta",
    "reporter": "Agus Wibisono Saputra", "assignee": "Agus Wibisono Saputra", "labels": ["website", "booking"],
    "components": ["booking-site"], "created": c("2012-11-23 11:24", AKL), "now": "2012-11-30T01:00:00Z",
    "defaultZone": AKL, "priority": "High",
    "description": """Website booking tidak bisa dibuka dari Jakarta - kantor mitra bilang timeout terus. Dari Auckland masih bisa.

Mungkin DNS domain .co.id kita bermasalah lagi?""",
    "comments": [
        ("235080", "Agus Wibisono Saputra", c("2012-11-23 11:40", AKL), """Bukan DNS - SiteHost kirim email: salah satu upstream mereka gagal hardware, rute internasional tidak failover. Obrolan WhatsApp dengan Jakarta ada di wa-akl1123.txt (jam WIB, selisih 6 jam dengan NZDT!)."""),
        ("235081", "Agus Wibisono Saputra", c("2012-11-23 11:45", AKL), """Sudah normal lagi, Jakarta bisa buka. Monitoring dulu."""),
        ("235082", "Agus Wibisono Saputra", c("2012-11-26 10:00", AKL), """Laporan SiteHost saya salin ke sitehost-report-1123.txt (NZDT, sama dengan kita)."""),
        ("235083", "Rina Kusumawardani", c("2012-11-27 15:00", AKL), """Rangkuman (Selasa 27 Nov), jam NZDT:
Kapan persisnya mulai tidak diketahui - SiteHost hanya menyebut kapan monitoring mereka memberi peringatan, dan log akses kita tidak mencatat apa-apa karena traffic dari luar NZ memang tidak sampai.
Pertama kali kita tahu: pesan Pak Fajar dari Jakarta pukul 05:16 WIB, yaitu 11:16 NZDT.
Pulih: 11:33 NZDT menurut SiteHost; Jakarta konfirmasi semenit kemudian.
Penyebab: hardware upstream gagal dan rute internasional tidak failover karena perubahan konfigurasi beberapa minggu sebelumnya. DNS tidak bermasalah.
Tindakan: monitor uptime dari luar NZ (Singapura); nomor darurat SiteHost di grup WhatsApp."""),
    ],
    "changelog": flow("Agus Wibisono Saputra", c("2012-11-23 11:25", AKL), c("2012-11-23 11:46", AKL), "Rina Kusumawardani", c("2012-11-27 15:05", AKL)),
    "pastes": [{"file": "wa-akl1123.txt", "zone": JKT, "referenceDate": "2012-11-23", "text": """
[23/11/12 05:16] Fajar Prasetyo Adi: Pak, website booking tidak bisa dibuka dari sini, timeout terus
[23/11/12 05:19] Agus Wibisono Saputra: dari Auckland bisa kok. Mungkin DNS .co.id lagi?
[23/11/12 05:26] Agus Wibisono Saputra: DNS oke. SiteHost bilang ada masalah upstream, rute internasional
[23/11/12 05:34] Fajar Prasetyo Adi: sudah bisa dibuka lagi Pak
[23/11/12 05:41] Fajar Prasetyo Adi: 3 booking paket Bali masuk barusan
"""}, {"file": "sitehost-report-1123.txt", "zone": AKL, "referenceDate": "2012-11-23", "text": """
Unscheduled Network Outage - Incident Report for SiteHost (copied by Agus)
At approximately 11:11, Friday the 23rd of November, our monitoring alerted our operations engineers that there were problems affecting some routes out of our network.
One of our upstreams had experienced a hardware failure; for some routes, including all international transit, it had not failed over correctly.
Once our engineers had identified the fault, service was restored at approximately 11:33.
Root cause for the network not failing over: a configuration change made a few weeks earlier.
"""}],
    "expected": {
        "events": [[u("2012-11-23 11:11", AKL), ["monitoring alerted"]],
                   [u("2012-11-23 05:16", JKT), ["timeout", "Pertama kali"]],
                   [u("2012-11-23 05:19", JKT), ["DNS"]],
                   [u("2012-11-23 05:26", JKT), ["upstream"]],
                   [u("2012-11-23 11:33", AKL), ["service was restored", "Pulih"]],
                   [u("2012-11-23 05:34", JKT), ["sudah bisa"]],
                   [u("2012-11-23 05:41", JKT), ["paket Bali"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2012-11-23 05:16", JKT), S, "website booking tidak bisa dibuka dari sini", "wa-akl1123.txt"),
            "resolved": kt(u("2012-11-23 11:33", AKL), S, "Pulih: 11:33 NZDT menurut SiteHost", "comment 235083")},
        "responders": [["Fajar Prasetyo Adi", None], ["Agus Wibisono Saputra", None], ["Rina Kusumawardani", None]],
        "narrative": nar(["configuration change"], ["service was restored"], ["AKL-1123"],
                         "On 23 November 2012 until 11:33 Auckland time the agency's booking site could not be reached from outside New Zealand because its host's international transit did not fail over.",
                         badly=["DNS"]),
    }})

# 9. UpCloud, 26 Feb 2016 - HDD backend / Infiniband deadlock, Romanian ------------------------------------------------------
I.append({
    "id": "upcloud-2016-02-hdd-backend-bucharest-florist",
    "name": "UpCloud FI-HEL1 HDD backend incident 26 February 2016 (EET: around 7.00 abnormal error signals from an HDD backend; a kernel module managing Infiniband traffic on compute hosts deadlocked, requiring server reboots; write-up posted 19:38 UTC while still monitoring), seen from a Bucharest online florist whose database server was on that backend",
    "issueId": "98129", "key": "BUC-0226", "summary": "Magazinul online dă 502 - comenzile de mărțișoare nu intră",
    "reporter": "Andreea Ciobanu", "assignee": "Radu Munteanu", "labels": ["magazin", "database"],
    "components": ["magazin-online"], "created": c("2016-02-26 07:25", BUC), "now": "2016-03-04T10:00:00Z",
    "defaultZone": BUC, "priority": "Highest",
    "description": """Magazinul online nu merge - pagina de produse dă eroare 502, comenzile de mărțișoare nu intră. De la 7 dimineața cam.

Probabil s-a umplut iar discul pe serverul de baze de date.""",
    "comments": [
        ("235090", "Radu Munteanu", c("2016-02-26 07:50", BUC), """Nu e discul plin - serverul DB nu răspunde deloc, nici la consolă. Ultima linie din log-ul MySQL:
`2016-02-26 07:04:51 InnoDB: Error: io_getevents() returned -5`
Am deschis tichet la UpCloud. Conversația din Slack e în slack-buc0226.txt (ora României)."""),
        ("235091", "Radu Munteanu", c("2016-02-26 09:30", BUC), """UpCloud confirmă: problemă la un backend HDD în FI-HEL1, serverele afectate trebuie repornite. Reboot făcut de ei, așteptăm."""),
        ("235092", "Radu Munteanu", c("2016-02-27 10:00", BUC), """Write-up-ul UpCloud copiat în upcloud-writeup-0226.txt. Ora lor e EET, ca și a noastră; data postării e în UTC."""),
        ("235093", "Ioana Stoica", c("2016-02-29 16:00", BUC), """Rezumat (luni 29 feb), ora României:
Magazin căzut de la 07:04 (ultima scriere în log-ul MySQL). Primul semnal: SMS-ul de la Zabbix la 07:12.
"De la 7 cam" din descriere a fost o estimare, iar discul plin a fost o pistă greșită.
Când a revenit complet nu știm la minut: după reboot-ul făcut de UpCloud serverul a pornit cândva după-amiază, dar nimeni nu a notat ora, iar Zabbix fusese pus pe pauză în timpul intervenției.
Cauza, după UpCloud: un backend HDD a dat erori, iar modulul de kernel care gestionează traficul Infiniband pe hosturile de calcul a intrat în deadlock, rezolvabil doar prin repornire.
Acțiuni: replică a bazei de date în altă zonă; Zabbix nu se mai pune pe pauză fără notă în tichet."""),
    ],
    "changelog": flow("Radu Munteanu", c("2016-02-26 07:26", BUC), c("2016-02-26 09:31", BUC), "Ioana Stoica", c("2016-02-29 16:05", BUC)),
    "pastes": [{"file": "slack-buc0226.txt", "zone": BUC, "referenceDate": "2016-02-26", "text": """
[07:12] Zabbix: PROBLEM: db-01 MySQL is down
[07:14] Andreea Ciobanu: site-ul dă 502 la produse, clienții sună
[07:20] Radu Munteanu: probabil discul plin din nou pe db-01, verific
[07:31] Radu Munteanu: discul e ok, dar db-01 nu răspunde nici la consola UpCloud
[07:44] Radu Munteanu: tichet deschis la UpCloud
[09:18] Radu Munteanu: UpCloud: backend HDD cu probleme în FI-HEL1, trebuie reboot
[09:40] Andreea Ciobanu: am pus banner cu comenzi telefonice pe site
"""}, {"file": "upcloud-writeup-0226.txt", "zone": HEL, "referenceDate": "2016-02-26", "text": """
FI-HEL1: Issue with a HDD backend - Incident Report for UpCloud (copied by Radu)
Posted Feb 26, 2016 - 19:38 UTC
Today at around 7.00 EET we saw an abnormal amount of signals pointing to an error situation from one of our HDD backends.
Only a handful of the storage resources on that backend were erroneous at first, also affecting resources on a number of compute hosts.
The situation degraded when a kernel-module on the compute hosts, which manages the Infiniband fabric traffic, did not cope with the new situation and caused a deadlock that requires a server reboot.
At the time of publishing, we are still monitoring and making sure all affected customer cloud servers are back online.
"""}],
    "expected": {
        "events": [[u("2016-02-26 07:04", BUC), ["io_getevents", "căzut de la"]],
                   [u("2016-02-26 07:12", BUC), ["PROBLEM", "Zabbix"]],
                   [u("2016-02-26 07:14", BUC), ["502"]],
                   [u("2016-02-26 07:20", BUC), ["discul plin"]],
                   [u("2016-02-26 07:31", BUC), ["consola"]],
                   [u("2016-02-26 07:44", BUC), ["tichet deschis"]],
                   [u("2016-02-26 09:18", BUC), ["backend HDD"]],
                   [u("2016-02-26 09:40", BUC), ["banner"]],
                   [u("2016-02-26 19:38", Z), ["Posted"]]],
        "keyTimes": {
            "started": kt(u("2016-02-26 07:04", BUC), S, "Magazin căzut de la 07:04", "comment 235093"),
            "detected": kt(u("2016-02-26 07:12", BUC), S, "PROBLEM: db-01 MySQL is down", "slack-buc0226.txt"),
            "resolved": kt(None, U)},
        "responders": [["Andreea Ciobanu", None], ["Radu Munteanu", None], ["Ioana Stoica", None]],
        "narrative": nar(["deadlock"], ["reboot"], ["BUC-0226"],
                         "On 26 February 2016 from 07:04 Bucharest time the florist's online shop could not take orders because its database server hung on its cloud provider's failing storage backend.",
                         badly=["discul plin"]),
    }})

# follow-up tickets and the vendor's public page, linked from every incident
URLS = ["http://status.buddybuild.com/incidents/n5wlb5hnvyp2", "https://status.aubartandassociates.com/incident/888890",
        "https://status.clook.net/view/3374-at-risk-emergency-power-maintenance",
        "https://bandwagonhost.statuspage.io/incidents/nj2ryvs936j0",
        "https://status.runbox.com/2023/09/29/maintenance-and-minor-service-disruption/", "http://status.serverdensity.com/",
        "https://bqlf8qjztdtr.statuspage.io/incidents/bfw5pkt1k2kw", "https://pingoru.io/providers/contentful/incidents/53664",
        "http://www.sitehost-status.net/incidents/9fddct9hwr27", "https://status.upcloud.com/incidents/qbkyfmmfrs31"]
FOLLOW = ["Add local fastlane upload lane", "Uptime check with SMS on parent portal", "Ask Clook for dual-feed rack",
          "UptimeRobot SMS alerts with sound", "Backup mailbox for invoices", "Heartbeat check on payment queue",
          "Emergency hotfix deploy procedure", "Rotate 2019 CMA token", "Uptime monitor from Singapore",
          "Database replica in another zone"]
for _n, _spec in enumerate(I):
    _proj = _spec["key"].split("-")[0]
    _spec["links"] = [("%s-%d" % (_proj, 900 + _n), FOLLOW[_n])]
    _spec["remote"] = [(URLS[_n], "Vendor status / incident report")]

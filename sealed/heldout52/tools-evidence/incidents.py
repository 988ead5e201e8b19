"""Held-out 52 incidents (training set for issue 15): compact specs. Ten public incidents, each seen from a small
invented customer whose responders write in one language/style: Cronofy's US data-centre outage of 23 July 2022 from a
Toronto physio clinic (Canadian English); Greenhost's virtualisation-server failure of 12 December 2024 from a Dublin
housing charity (Irish English); Cronofy's degraded US database of 22 February 2022 from a Nairobi recruitment firm
(Kenyan English); the docs.python.org certificate expiry of 11 July 2017 from a Wellington coding bootcamp (New Zealand
English); cleverbridge's backend problems of 12 May 2020 from a Mexico City invoicing-software vendor (Mexican
Spanish); Clever Cloud's Paris memory-pressure incident of 19 March 2026 from a Turin padel-booking app (Italian);
Keepit's dk-co reachability incident of 6 May 2022 from a Krakow accounting office (Polish); BandwagonHost's Los
Angeles heat shutdown of 6 July 2018 from a Seoul fan forum (Korean); Keygen's outage of 5 February 2024 from an
Istanbul POS-software vendor (Turkish); Clever Cloud's hypervisor/database incident of 9 October 2025 from a Brno
outdoor e-shop (Czech). Timeline facts from public statements (SOURCES-heldout52.md); people, companies, ticket keys,
chat wording, wrong first guesses and every customer-side minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2022-07-23 13:52' in zone -> '2022-07-23T17:52' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


TOR, DUB, AMS, NBO, WLG, MEX = ("America/Toronto", "Europe/Dublin", "Europe/Amsterdam", "Africa/Nairobi",
                                "Pacific/Auckland", "America/Mexico_City")
ROM, WAW, SEL, LAX, IST, PRG, PAR, Z = ("Europe/Rome", "Europe/Warsaw", "Asia/Seoul", "America/Los_Angeles",
                                        "Europe/Istanbul", "Europe/Prague", "Europe/Paris", "UTC")

I = []

# 0. Cronofy, 23 July 2022 - API/app unreachable 12 minutes, seen from a Toronto physio clinic's booking widget -------
I.append({
    "id": "cronofy-2022-07-api-lock-toronto-physio",
    "name": "Cronofy US data-centre outage 23 July 2022 (UTC: 17:29 app and API requests began to fail after the database locked the API request table; 17:31 on-call alerted; 17:35 mitigation attempts incl. more servers; 17:37 alerts cleared during a temporary recovery; 12-minute outage 17:29-17:41), seen from a Toronto physiotherapy clinic whose online booking widget reads availability from Cronofy",
    "issueId": "98100", "key": "PHY-0723", "summary": "Online booking widget erroring - patients can't pick a slot",
    "reporter": "Marie-Claire Tremblay", "assignee": "Devon Okafor", "labels": ["booking", "website", "saturday"],
    "components": ["booking-widget"], "created": c("2022-07-23 13:50", TOR), "now": "2022-08-02T14:00:00Z",
    "defaultZone": TOR, "priority": "High",
    "description": """Booking widget on the website throws "Something went wrong" when patients pick a time. Started maybe 1:30-ish? Two patients phoned the front desk already.

Pretty sure it's the Wix site acting up again like last month.""",
    "comments": [
        ("233500", "Devon Okafor", c("2022-07-23 14:06", TOR), """Not Wix - the site itself loads fine. The availability call to Cronofy was returning 500s, their status page had an incident for the US data center. Slack from the front desk pasted as slack-phy0723.txt (Toronto time, EDT)."""),
        ("233501", "Devon Okafor", c("2022-07-28 10:20", TOR), """Cronofy posted a postmortem today, copied into cronofy-postmortem-0723.txt (times there are UTC, subtract 4 hours for us). Heads up: they had reachability problems again today 18:23 to 18:28 UTC (2:23-2:28 PM here), separate event, we didn't see any failed bookings."""),
        ("233502", "Priya Sandhu", c("2022-07-29 11:00", TOR), """Recap (Friday July 29), Toronto time:
Impact for us 1:29 PM to 1:41 PM EDT on Saturday July 23 - that's Cronofy's 12-minute window, 17:29-17:41 UTC.
First we knew: Marie-Claire's Slack message at 1:31 PM. The "1:30-ish" in the description was a guess.
The "works now" at 1:38 PM matched Cronofy's temporary recovery (alerts cleared at 17:37 UTC) - it failed again a minute later.
Root cause on their side: the database locked the API request table, requests queued and timed out.
Actions: keep the "call us to book" fallback banner ready, subscribe the front-desk inbox to Cronofy status."""),
    ],
    "changelog": [
        ("Devon Okafor", c("2022-07-23 13:52", TOR), [("status", "Open", "In Progress")]),
        ("Devon Okafor", c("2022-07-23 14:07", TOR), [("status", "In Progress", "Monitoring")]),
        ("Priya Sandhu", c("2022-07-29 11:05", TOR), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-phy0723.txt", "zone": TOR, "referenceDate": "2022-07-23", "text": """
#front-desk  Saturday July 23
[1:31 PM] Marie-Claire Tremblay: booking page says "Something went wrong" when patients pick a slot
[1:33 PM] Devon Okafor: probably the Wix site again, I'll clear the cache
[1:36 PM] Devon Okafor: site loads fine, it's the availability call to Cronofy that 500s
[1:38 PM] Marie-Claire Tremblay: works now! I just booked a test slot
[1:39 PM] Devon Okafor: spoke too soon, failing again
[1:42 PM] Devon Okafor: ok slots are loading again, three test bookings went through
[1:55 PM] Marie-Claire Tremblay: called back the two patients who phoned in, both booked
"""}, {"file": "cronofy-postmortem-0723.txt", "zone": Z, "referenceDate": "2022-07-23", "text": """
Cronofy postmortem - Connectivity issues in the US datacenter (copied by Devon from status.cronofy.com)
On Saturday, 23rd July 2022, we experienced a 12-minute outage in our US data center between 17:29 and 17:41 UTC.
Cronofy records all API calls into an API request table before processing. The outage was triggered when the database locked this table.
Timeline - all times UTC on Saturday, 23rd July 2022 and approximate for clarity
17:29 App and API requests began to fail
17:31 The on-call engineer is alerted to the App and API being unresponsive
17:35 Attempts to mitigate the issue are made, including launching more servers
17:37 The initial alerts clear as connectivity is temporarily restored
"""}],
    "expected": {
        "events": [[u("2022-07-23 13:29", TOR), ["began to fail", "Impact for us"]],
                   [u("2022-07-23 13:31", TOR), ["booking page", "on-call engineer"]],
                   [u("2022-07-23 13:33", TOR), ["Wix"]],
                   [u("2022-07-23 13:35", TOR), ["launching more servers"]],
                   [u("2022-07-23 13:36", TOR), ["availability call"]],
                   [u("2022-07-23 13:37", TOR), ["alerts clear"]],
                   [u("2022-07-23 13:38", TOR), ["works now"]],
                   [u("2022-07-23 13:39", TOR), ["failing again"]],
                   [u("2022-07-23 13:41", TOR), ["12-minute", "Impact for us"]],
                   [u("2022-07-23 13:42", TOR), ["slots are loading"]],
                   [u("2022-07-23 13:55", TOR), ["called back"]]],
        "keyTimes": {
            "started": kt(u("2022-07-23 13:29", TOR), S, "Impact for us 1:29 PM to 1:41 PM EDT", "comment 233502"),
            "detected": kt(u("2022-07-23 13:31", TOR), S, "booking page says \"Something went wrong\"", "slack-phy0723.txt"),
            "resolved": kt(u("2022-07-23 13:41", TOR), S, "Impact for us 1:29 PM to 1:41 PM EDT", "comment 233502")},
        "responders": [["Marie-Claire Tremblay", None], ["Devon Okafor", None], ["Priya Sandhu", None]],
        "narrative": nar(["locked the API request table"], ["slots are loading again"], ["PHY-0723"],
                         "On 23 July 2022 from 1:29 to 1:41 PM Toronto time patients could not book physio appointments online because Cronofy's availability API was unreachable.",
                         badly=["Wix"]),
    }})

# 1. Greenhost, 12 December 2024 - VPS down after a virtualisation-server failure, seen from a Dublin housing charity ---
I.append({
    "id": "greenhost-2024-12-vps-lock-dublin-charity",
    "name": "Greenhost VPS hardware failure 12 December 2024 (CET: 12:33 virtualisation machine reported a failure; 12:59 monitoring alerted engineers; 13:39 VPSs restarted and customers informed; 14:12 restart found unsuccessful for most VPSs because of a Ceph disk lock, locks removed and VPSs restarted again; 14:45 VPSs successfully restarted), seen from a Dublin housing charity whose website and donations form run on a Greenhost VPS",
    "issueId": "98101", "key": "DUB-1212", "summary": "Website + donate page down",
    "reporter": "Aoife Byrne", "assignee": "Ciaran Walsh", "labels": ["website", "donations", "christmas-appeal"],
    "components": ["website"], "created": c("2024-12-12 11:58", DUB), "now": "2024-12-20T10:00:00Z",
    "defaultZone": DUB, "priority": "Highest",
    "description": """Website down and the donate page just spins. Christmas appeal email went out this morning so this is the worst day for it.

Since lunchtime-ish, 12 o'clock? Probably the WordPress plugin update Ciaran did this morning.""",
    "comments": [
        ("233510", "Ciaran Walsh", c("2024-12-12 12:20", DUB), """Not the plugin - rolled it back, no change, and I can't even SSH to the VPS. Ticket open with Greenhost. WhatsApp thread copied to whatsapp-dub1212.txt (Dublin time)."""),
        ("233511", "Ciaran Walsh", c("2024-12-12 14:05", DUB), """Back up since 13:47 by my check, test donation went through. Leaving it in Monitoring until Greenhost send their write-up."""),
        ("233512", "Ciaran Walsh", c("2024-12-16 09:40", DUB), """Greenhost published the RFO on their status page, pasted into greenhost-rfo-1212.txt. Their times are CET, one hour ahead of us."""),
        ("233513", "Siobhan Kelly", c("2024-12-17 15:30", DUB), """Recap (Tue 17 Dec), all Dublin time - Greenhost's CET minus one hour:
Outage 11:33 to 13:45 for us (Greenhost: failure reported 12:33 CET, VPSs successfully restarted 14:45 CET).
First we knew: Aoife's message at 11:52.
The plugin rollback at 11:56 was a red herring. Greenhost's "VPSs restarted" email reached us while we were still down - their first restart didn't take because of a lock on the virtual disks.
Donations lost: unknown, appeal email re-sent at 15:00 with an apology line.
Actions: uptime check on the donate page with SMS to two people; ask Greenhost about moving us to a host not on the same node as our staging box."""),
    ],
    "changelog": [
        ("Ciaran Walsh", c("2024-12-12 11:59", DUB), [("status", "Open", "In Progress")]),
        ("Ciaran Walsh", c("2024-12-12 14:06", DUB), [("status", "In Progress", "Monitoring")]),
        ("Siobhan Kelly", c("2024-12-17 15:35", DUB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-dub1212.txt", "zone": DUB, "referenceDate": "2024-12-12", "text": """
[12/12/2024, 11:52] Aoife Byrne: site's down lads, donate page just spins
[12/12/2024, 11:56] Ciaran Walsh: could be the plugin update from this morning, rolling it back now
[12/12/2024, 12:08] Ciaran Walsh: rollback done, still dead. can't even ssh to the VPS
[12/12/2024, 12:40] Ciaran Walsh: email from Greenhost: hardware failure on a virtualisation server, VPSs restarted
[12/12/2024, 12:47] Aoife Byrne: still not loading here, tried on 4G as well
[12/12/2024, 13:15] Ciaran Walsh: Greenhost say the restart didn't take, some lock on the disks, they're doing it again
[12/12/2024, 13:47] Ciaran Walsh: back up!! donate page working, test EUR 5 went through
"""}, {"file": "greenhost-rfo-1212.txt", "zone": AMS, "referenceDate": "2024-12-12", "text": """
Greenhost status - VPS Hardware failure in Virtualization Server 12-12 - RFO (Reason for Outage)
Times are in CET:
12:33: The virtualization machine reported a failure.
12:59: Monitoring alerted engineers.
13:39: VPSs were restarted, and customers were informed.
14:12: Engineers were made aware that the restart was not successful for the majority of VPSs due to a locking issue preventing I/O. Locks were manually removed, and the systems were restarted again.
14:45: VPSs were successfully restarted.
Root cause: a new feature of the storage cluster software (Ceph) set a lock on the virtual disks, so the standard restart procedure failed.
"""}],
    "expected": {
        "events": [[u("2024-12-12 12:33", AMS), ["reported a failure", "Outage"]],
                   [u("2024-12-12 11:52", DUB), ["donate page", "First we knew"]],
                   [u("2024-12-12 11:56", DUB), ["plugin"]],
                   [u("2024-12-12 12:59", AMS), ["Monitoring alerted"]],
                   [u("2024-12-12 12:08", DUB), ["rollback done"]],
                   [u("2024-12-12 13:39", AMS), ["VPSs were restarted"]],
                   [u("2024-12-12 12:40", DUB), ["email from Greenhost"]],
                   [u("2024-12-12 12:47", DUB), ["still not loading"]],
                   [u("2024-12-12 14:12", AMS), ["locking issue"]],
                   [u("2024-12-12 13:15", DUB), ["lock on the disks"]],
                   [u("2024-12-12 14:45", AMS), ["successfully restarted"]],
                   [u("2024-12-12 13:47", DUB), ["back up"]]],
        "keyTimes": {
            "started": kt(u("2024-12-12 11:33", DUB), S, "Outage 11:33 to 13:45 for us", "comment 233513"),
            "detected": kt(u("2024-12-12 11:52", DUB), S, "site's down lads, donate page just spins", "whatsapp-dub1212.txt"),
            "resolved": kt(u("2024-12-12 13:45", DUB), S, "Outage 11:33 to 13:45 for us", "comment 233513")},
        "responders": [["Aoife Byrne", None], ["Ciaran Walsh", None], ["Siobhan Kelly", None]],
        "narrative": nar(["lock on the virtual disks"], ["Locks were manually removed"], ["DUB-1212"],
                         "On 12 December 2024 from 11:33 to 13:45 Dublin time the charity's website and donations form were down because the Greenhost VPS host failed and the first restart did not take.",
                         badly=["red herring"]),
    }})

# 2. Cronofy, 22 February 2022 - 95 minutes of slow scheduling, seen from a Nairobi recruitment firm ----------------------
I.append({
    "id": "cronofy-2022-02-db-throttle-nairobi-recruiter",
    "name": "Cronofy US data-centre degraded performance 22 February 2022 (UTC: 15:45 primary PostgreSQL database started degrading after hitting bandwidth limits while housekeeping ran on two large tables; 16:05 first alert to the on-call engineer; degraded 95 minutes until 17:20; p99 API latency up to ~14 s), seen from a Nairobi recruitment firm whose candidates book interviews through Cronofy Scheduler links",
    "issueId": "98102", "key": "NBO-0222", "summary": "Interview booking links very slow / timing out for candidates",
    "reporter": "Wanjiru Kamau", "assignee": "Otieno Ouma", "labels": ["scheduler", "candidates"],
    "components": ["interview-booking"], "created": c("2022-02-22 19:15", NBO), "now": "2022-03-04T09:00:00Z",
    "defaultZone": NBO, "priority": "High",
    "description": """Candidates are complaining that the interview booking links are very slow, some say the page times out completely. Since 7pm or so.

Most likely Safaricom data is bad tonight, it has been on and off the whole day.""",
    "comments": [
        ("233520", "Otieno Ouma", c("2022-02-22 19:30", NBO), """It is not Safaricom. I am on Zuku fibre and the Scheduler page is taking about 15 seconds. Cronofy status shows degraded performance in the US data center. Our WhatsApp thread is in whatsapp-nbo0222.txt (EAT)."""),
        ("233521", "Otieno Ouma", c("2022-02-22 20:30", NBO), """Page is fast again since 8:24 pm on my side. Will watch tomorrow's morning batch of candidates before closing."""),
        ("233522", "Otieno Ouma", c("2022-02-24 10:10", NBO), """Cronofy put out their postmortem, I have copied the important parts into cronofy-pm-0222.txt. Note their times are UTC, we are UTC+3."""),
        ("233523", "Achieng Otieno", c("2022-02-25 16:00", NBO), """Recap for the ops meeting (Friday 25 Feb), Nairobi time:
Impact for our candidates: 6:45 pm to 8:20 pm EAT on Tuesday, which is Cronofy's 15:45 to 17:20 UTC degraded window.
First report: candidate complaint relayed by Wanjiru at 7:02 pm, before Cronofy's own first alert (16:05 UTC = 7:05 pm).
Safaricom was not the cause. Cause per Cronofy: their primary database hit bandwidth limits and was throttled while housekeeping ran on two big tables.
We lost no bookings, 3 candidates rescheduled by email.
Actions: keep a manual slot list ready; put the Cronofy status feed in the recruiters' WhatsApp group."""),
    ],
    "changelog": [
        ("Otieno Ouma", c("2022-02-22 19:16", NBO), [("status", "Open", "In Progress")]),
        ("Otieno Ouma", c("2022-02-22 20:31", NBO), [("status", "In Progress", "Monitoring")]),
        ("Achieng Otieno", c("2022-02-25 16:05", NBO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-nbo0222.txt", "zone": NBO, "referenceDate": "2022-02-22", "text": """
[22/02/2022, 19:02] Wanjiru Kamau: Candidate says the booking link is taking forever, 3 have complained now
[22/02/2022, 19:09] Otieno Ouma: Must be Safaricom, network has been bad today
[22/02/2022, 19:21] Otieno Ouma: Not Safaricom, on Zuku fibre also slow. Scheduler page takes 15 seconds
[22/02/2022, 19:40] Wanjiru Kamau: Sent tonight's candidates the manual slots by email
[22/02/2022, 20:24] Otieno Ouma: Booking page fast again, loads in 1 second
"""}, {"file": "cronofy-pm-0222.txt", "zone": Z, "referenceDate": "2022-02-22", "text": """
Cronofy postmortem (copied by Otieno) - Tuesday, February 22nd 2022, all times UTC and approximate for clarity
Our US data center experienced 95 minutes of degraded performance between 15:45 and 17:20 UTC.
15:45 Our primary database in our US data center started showing signs of some performance degradation.
16:05 First alert received by the on-call engineer for a potential performance issue.
Cause: the primary PostgreSQL database hit bandwidth limits and its performance was throttled, made worse by internal housekeeping on two of the largest tables at the same time.
The 99th percentile of API response times is usually around 0.5 seconds and peaked around 14 seconds.
"""}],
    "expected": {
        "events": [[u("2022-02-22 15:45", Z), ["started showing", "Impact for our candidates"]],
                   [u("2022-02-22 19:02", NBO), ["booking link", "First report"]],
                   [u("2022-02-22 16:05", Z), ["First alert"]],
                   [u("2022-02-22 19:09", NBO), ["Safaricom"]],
                   [u("2022-02-22 19:21", NBO), ["Zuku"]],
                   [u("2022-02-22 19:40", NBO), ["manual slots"]],
                   [u("2022-02-22 17:20", Z), ["95 minutes", "Impact for our candidates"]],
                   [u("2022-02-22 20:24", NBO), ["fast again"]]],
        "keyTimes": {
            "started": kt(u("2022-02-22 15:45", Z), S, "degraded performance between 15:45 and 17:20 UTC", "cronofy-pm-0222.txt"),
            "detected": kt(u("2022-02-22 19:02", NBO), S, "Candidate says the booking link is taking forever", "whatsapp-nbo0222.txt"),
            "resolved": kt(u("2022-02-22 17:20", Z), S, "Impact for our candidates: 6:45 pm to 8:20 pm EAT", "comment 233523")},
        "responders": [["Wanjiru Kamau", None], ["Otieno Ouma", None], ["Achieng Otieno", None]],
        "narrative": nar(["hit bandwidth limits"], ["fast again"], ["NBO-0222"],
                         "On 22 February 2022 from 6:45 to 8:20 pm Nairobi time candidates' interview booking pages were very slow or timed out because Cronofy's US database was throttled.",
                         well=["manual slots"], badly=["Safaricom"]),
    }})

# 3. docs.python.org, 11 July 2017 - certificate expiry, 503s on uncached pages, seen from a Wellington bootcamp ------
I.append({
    "id": "pythondocs-2017-07-cert-wellington-bootcamp",
    "name": "docs.python.org partial outage 11 July 2017 (UTC: 03:15 internal certificate of the docs backend expired after cron was left paused, uncached pages returned 503 from the CDN, error ratio growing as pages expired from cache; 10:46 cron re-enabled and the certificate renewed; resolved post 11:00; postmortem 11:32), seen from a Wellington coding bootcamp whose students use the online docs in the afternoon lab",
    "issueId": "98103", "key": "WLG-0711", "summary": "docs.python.org 503s during afternoon lab",
    "reporter": "Hemi Parata", "assignee": "Liam Fraser", "labels": ["lab", "python-docs"],
    "components": ["classroom-network"], "created": c("2017-07-11 15:50", WLG), "now": "2017-07-21T02:00:00Z",
    "defaultZone": WLG, "priority": "Medium",
    "description": """Students getting 503 errors on docs.python.org during the afternoon lab, some pages fine and some not. Started around 3.30?

Reckon it's the campus proxy again, it did this in May.""",
    "comments": [
        ("233530", "Liam Fraser", c("2017-07-11 16:05", WLG), """Not the proxy - tethered to my phone and functions.html still 503s. Pages we'd opened earlier this morning load, new ones don't, looks like a CDN cache thing on their side. Lab Slack pasted in slack-wlg0711.txt (NZ time)."""),
        ("233531", "Sophie Ng", c("2017-07-11 17:10", WLG), """Told the cohort to use `python -m pydoc -b` for tonight's homework. Failure rate keeps creeping up, more pages broken now than at 4."""),
        ("233532", "Liam Fraser", c("2017-07-12 08:30", WLG), """Fixed overnight. PSF posted a postmortem on status.python.org, copied to psf-status-0711.txt (UTC - add 12 hours for NZST)."""),
        ("233533", "Hemi Parata", c("2017-07-14 12:00", WLG), """Wrap-up (Fri 14 July), NZ time:
Cause: an internal certificate for the docs backend expired at 3:15 pm our time (03:15 UTC) because cron had been paused during debugging and not restarted; pages falling out of the CDN cache returned 503.
Our first sign was my Slack question at 3:41 pm - the "around 3.30" in the description was a guess, and the campus proxy was never involved.
Fixed when PSF renewed the certificate at 10:46 pm NZ time; Liam saw functions.html load at 10:52 pm.
Actions: keep an offline copy of the docs on the lab image; add status.python.org to the tutors' feed."""),
    ],
    "changelog": [
        ("Liam Fraser", c("2017-07-11 15:52", WLG), [("status", "Open", "In Progress")]),
        ("Liam Fraser", c("2017-07-12 08:31", WLG), [("status", "In Progress", "Monitoring")]),
        ("Hemi Parata", c("2017-07-14 12:05", WLG), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-wlg0711.txt", "zone": WLG, "referenceDate": "2017-07-11", "text": """
#cohort-7-help  Tuesday 11 July
[3:41 PM] Hemi Parata: anyone else getting 503 on docs.python.org/3/library/functions.html ?
[3:44 PM] Sophie Ng: yep, tutorial pages too. campus proxy playing up again?
[3:58 PM] Liam Fraser: tethered to my phone, same 503 - not the proxy
[4:20 PM] Hemi Parata: told students to use the offline docs (python -m pydoc -b)
[5:05 PM] Sophie Ng: more pages failing now than an hour ago
[10:52 PM] Liam Fraser: functions.html loading again from home
"""}, {"file": "psf-status-0711.txt", "zone": Z, "referenceDate": "2017-07-11", "text": """
status.python.org - docs.python.org partial outage (Python Infrastructure incident report, copied by Liam)
Resolved - From 2017-07-11 03:15 UTC until 2017-07-11 10:46 UTC docs.python.org experienced a partial outage. Posted Jul 11, 2017 - 11:00 UTC
Postmortem - Posted Jul 11, 2017 - 11:32 UTC
During debugging of the documentation build the cron daemon on the backend server was paused and not restarted.
The internal certificate issued to the docs backend expired at 2017-07-11 03:15:00 UTC.
Requests for documents which had expired from cache led to 503s as our CDN was unable to reach the backend.
The incident was resolved by re-enabling cron and allowing the automation to renew the internal certificate at 2017-07-11 10:46:00 UTC.
Of the 1.5M requests over the outage window, 110k received an error; the error ratio grew steadily over time.
"""}],
    "expected": {
        "events": [[u("2017-07-11 03:15", Z), ["certificate issued to the docs backend expired", "expired"]],
                   [u("2017-07-11 15:41", WLG), ["503"]],
                   [u("2017-07-11 15:44", WLG), ["proxy"]],
                   [u("2017-07-11 15:58", WLG), ["tethered"]],
                   [u("2017-07-11 16:20", WLG), ["offline docs"]],
                   [u("2017-07-11 17:05", WLG), ["more pages failing"]],
                   [u("2017-07-11 10:46", Z), ["renew the internal certificate", "renewed the certificate"]],
                   [u("2017-07-11 22:52", WLG), ["loading again", "functions.html load"]],
                   [u("2017-07-11 11:00", Z), ["Resolved"]],
                   [u("2017-07-11 11:32", Z), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2017-07-11 03:15", Z), S, "expired at 2017-07-11 03:15:00 UTC", "psf-status-0711.txt"),
            "detected": kt(u("2017-07-11 15:41", WLG), S, "anyone else getting 503", "slack-wlg0711.txt"),
            "resolved": kt(u("2017-07-11 10:46", Z), S, "renew the internal certificate at 2017-07-11 10:46:00 UTC", "psf-status-0711.txt")},
        "responders": [["Hemi Parata", None], ["Liam Fraser", None], ["Sophie Ng", None]],
        "narrative": nar(["cron had been paused"], ["renewed the certificate"], ["WLG-0711"],
                         "On 11 July 2017 from 3:15 pm to 10:46 pm Wellington time students got 503 errors on a growing share of docs.python.org pages because the docs backend certificate had expired.",
                         well=["offline docs"], badly=["campus proxy"]),
    }})

# 4. cleverbridge, 12 May 2020 - order processing stalled, seen from a Mexico City invoicing-software vendor ------------
I.append({
    "id": "cleverbridge-2020-05-orders-cdmx-invoicing",
    "name": "cleverbridge backend system problems 12 May 2020 (UTC: 10:31 investigating a problem affecting order processing, backend tools and some APIs, checkout not affected; 10:35 root cause identified; 10:42 problem resolved, monitoring; 11:31 resolved, outstanding orders and subscriptions processed), seen from a Mexico City vendor of invoicing software whose licence keys are sent after cleverbridge processes each order",
    "issueId": "98104", "key": "FAC-0512", "summary": "Clientes pagan y no reciben su clave de licencia",
    "reporter": "Rodrigo Salinas", "assignee": "Rodrigo Salinas", "labels": ["licencias", "cleverbridge", "ventas"],
    "components": ["licencias"], "created": c("2020-05-12 05:45", MEX), "now": "2020-05-25T16:00:00Z",
    "defaultZone": MEX, "priority": "High",
    "description": """Un cliente pagó FacturaRápida Pro y no le llegó su clave de licencia. Primer correo de cliente: 5:38 a.m.

Seguro es nuestro webhook de licencias en el servidor de Hostinger, ya se cayó en marzo.""",
    "comments": [
        ("233540", "Rodrigo Salinas", c("2020-05-12 05:55", MEX), """No es el webhook: está sano y simplemente no ha recibido notificaciones. cleverbridge tiene un incidente abierto de procesamiento de pedidos. El chat de Telegram está en telegram-fac0512.txt (hora CDMX)."""),
        ("233541", "Fernanda Ruiz", c("2020-05-12 09:10", MEX), """Copié las actualizaciones de status de cleverbridge en cleverbridge-status-0512.txt (están en UTC, somos UTC-5 en horario de verano). Los 4 pedidos de la mañana ya tienen su clave."""),
        ("233542", "Rodrigo Salinas", c("2020-05-13 11:00", MEX), """Pregunté a soporte de cleverbridge desde cuándo estaban atorados los pedidos; respuesta genérica, sin hora. Dejo el ticket en Monitoring hasta la revisión del viernes."""),
        ("233543", "Fernanda Ruiz", c("2020-05-15 13:00", MEX), """Resumen (viernes 15 de mayo, hora CDMX):
Inicio: no sabemos a qué hora empezó el problema. cleverbridge solo dice cuándo abrió el incidente (10:31 UTC = 5:31 a.m.) y no nos dio la hora de inicio.
Primer aviso para nosotros: correo de cliente a las 5:38 a.m.
Fin del impacto para nosotros: 5:49 a.m., cuando llegó la notificación atrasada y el cliente recibió su clave.
El "resolved" de cleverbridge a las 6:31 a.m. (11:31 UTC) es posterior y solo confirma que todo quedó procesado.
La sospecha del webhook en Hostinger fue falsa.
Acciones: suscribir soporte@ al status de cleverbridge; mensaje automático "tu clave puede tardar unos minutos" en la página de gracias."""),
    ],
    "changelog": [
        ("Rodrigo Salinas", c("2020-05-12 05:46", MEX), [("status", "Open", "In Progress")]),
        ("Rodrigo Salinas", c("2020-05-12 06:40", MEX), [("status", "In Progress", "Monitoring")]),
        ("Fernanda Ruiz", c("2020-05-15 13:05", MEX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "telegram-fac0512.txt", "zone": MEX, "referenceDate": "2020-05-12", "text": """
Grupo "FR soporte" - martes 12 de mayo
[5:41 a.m.] Rodrigo Salinas: llegó correo de soporte (5:38): un cliente pagó y no le llega su clave de licencia
[5:44 a.m.] Rodrigo Salinas: seguro es nuestro webhook de licencias, el servidor de Hostinger otra vez
[5:47 a.m.] Rodrigo Salinas: nuestro webhook está sano; cleverbridge tiene incidente abierto: "problem affecting order processing"
[5:49 a.m.] Rodrigo Salinas: ya llegó la notificación atrasada, el cliente ya tiene su clave
[6:35 a.m.] Fernanda Ruiz: cleverbridge ya marcó resuelto, todo procesado
"""}, {"file": "cleverbridge-status-0512.txt", "zone": Z, "referenceDate": "2020-05-12", "text": """
cleverbridge status - Backend system problems - 12 May 2020 (times UTC)
investigating 10:31 AM UTC - We are currently experiencing a problem affecting order processing as well as the ability to work with backend tools and some APIs. Checkout processes and accepting orders is not affected.
identified 10:35 AM UTC - The team has identified the root cause and is working on a solution.
monitoring 10:42 AM UTC - The problem has been resolved. We are monitoring all systems and are conducting root-cause analysis.
resolved 11:31 AM UTC - All systems ran normally since the fix was implemented. All outstanding orders and subscriptions have been successfully processed.
"""}],
    "expected": {
        "events": [[u("2020-05-12 10:31", Z), ["investigating"]],
                   [u("2020-05-12 10:35", Z), ["identified"]],
                   [u("2020-05-12 05:38", MEX), ["correo", "clave"]],
                   [u("2020-05-12 05:41", MEX), ["correo de soporte"]],
                   [u("2020-05-12 10:42", Z), ["has been resolved"]],
                   [u("2020-05-12 05:44", MEX), ["Hostinger"]],
                   [u("2020-05-12 05:47", MEX), ["webhook está sano"]],
                   [u("2020-05-12 05:49", MEX), ["notificación atrasada"]],
                   [u("2020-05-12 11:31", Z), ["outstanding orders"]],
                   [u("2020-05-12 06:35", MEX), ["marcó resuelto"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2020-05-12 05:38", MEX), S, "Primer aviso para nosotros: correo de cliente a las 5:38 a.m.", "comment 233543"),
            "resolved": kt(u("2020-05-12 05:49", MEX), S, "Fin del impacto para nosotros: 5:49 a.m.", "comment 233543")},
        "responders": [["Rodrigo Salinas", None], ["Fernanda Ruiz", None]],
        "narrative": nar(["problem affecting order processing"], ["The problem has been resolved"], ["FAC-0512", "FacturaRápida"],
                         "On 12 May 2020, until 5:49 a.m. Mexico City time, customers who paid for FacturaRápida did not receive their licence keys because cleverbridge's order processing was stalled.",
                         badly=["Hostinger"]),
    }})

# 5. Clever Cloud, 19 March 2026 - Paris hypervisor memory pressure, seen from a Turin padel-booking app ----------------
I.append({
    "id": "clevercloud-2026-03-memory-torino-padel",
    "name": "Clever Cloud Paris incident 19 March 2026 (UTC: 15:20 first degradation signals on internal services, no client impact; 15:50 outages visible for some clients, deployment pipeline stops; 16:03 incident response mobilised; 17:30 deployment pipeline and observability restored; 18:09 all impacted client services restored (summary says 15:50 to 18:10); 21:41 fully operational, residual alerts cleared), seen from a Turin padel-court booking app hosted in Clever Cloud's Paris region",
    "issueId": "98105", "key": "TRN-0319", "summary": "App prenotazioni: errore 502 su tutte le prenotazioni",
    "reporter": "Giulia Conti", "assignee": "Marco Ferri", "labels": ["app", "clever-cloud", "prenotazioni"],
    "components": ["backend"], "created": c("2026-03-19 16:58", ROM), "now": "2026-03-30T08:00:00Z",
    "defaultZone": ROM, "priority": "Highest",
    "description": """L'app di prenotazione dà errore 502 su tutte le prenotazioni dalle 17 circa. I clienti chiamano il circolo.

Secondo me è il deploy di Marco delle 16:45, va annullato subito.""",
    "comments": [
        ("233550", "Marco Ferri", c("2026-03-19 17:10", ROM), """Il mio deploy non è mai partito: è ancora in coda, la pipeline di Clever Cloud è ferma. Anche la console non risponde. Incidente aperto sulla regione Paris. Chat Teams in teams-trn0319.txt (ora italiana)."""),
        ("233551", "Giulia Conti", c("2026-03-19 19:20", ROM), """L'app funziona di nuovo, prenotazioni ok. Tolgo il banner domani mattina."""),
        ("233552", "Marco Ferri", c("2026-03-23 10:00", ROM), """Clever Cloud ha pubblicato il post-mortem, copiato in clevercloud-pm-0319.txt. Attenzione: i tempi sono UTC, noi siamo UTC+1."""),
        ("233553", "Giulia Conti", c("2026-03-24 15:00", ROM), """Riepilogo (martedì 24 marzo), ora di Roma:
Impatto per i nostri clienti: dalle 16:50 alle 19:09 - cioè 15:50-18:09 UTC nella tabella di Clever Cloud (il riassunto in alto dice 18:10; Marco ha visto l'app rispondere alle 19:11).
Ce ne siamo accorti alle 16:52 (i primi 502 in chat). Il "dalle 17 circa" della descrizione era una stima.
Il deploy delle 16:45 non c'entrava: non è mai partito perché la pipeline era ferma.
Il "tutto operativo" di Clever Cloud alle 22:41 (21:41 UTC) riguarda la pulizia degli alert, non il nostro servizio.
Causa (Clever Cloud): picco di memoria su circa quindici hypervisor a Parigi, amplificato dall'algoritmo di piazzamento, HAProxy destabilizzato.
Azioni: pagina di stato nostra con numero di telefono; valutare una seconda regione."""),
    ],
    "changelog": [
        ("Marco Ferri", c("2026-03-19 16:59", ROM), [("status", "Open", "In Progress")]),
        ("Giulia Conti", c("2026-03-19 19:21", ROM), [("status", "In Progress", "Monitoring")]),
        ("Giulia Conti", c("2026-03-24 15:05", ROM), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-trn0319.txt", "zone": ROM, "referenceDate": "2026-03-19", "text": """
Chat "Padel Torino - tech" giovedì 19 marzo
[16:52] Giulia Conti: l'app dà 502 sulle prenotazioni, clienti che chiamano
[16:55] Marco Ferri: colpa mia? il mio deploy è ancora in coda, non è mai partito
[17:04] Marco Ferri: rollback impossibile, anche la console Clever Cloud non risponde. status page: incidente sulla regione Paris
[17:40] Giulia Conti: messo banner sul sito: prenotazioni per telefono
[18:33] Marco Ferri: pipeline di deploy di nuovo ok, ma la nostra app ancora 502
[19:11] Marco Ferri: app risponde! prenotazioni ok
[22:45] Marco Ferri: status Clever Cloud: tutto operativo, alert residui chiusi
"""}, {"file": "clevercloud-pm-0319.txt", "zone": Z, "referenceDate": "2026-03-19", "text": """
Clever Cloud post-mortem 2026-03-19 (copied by Marco; times UTC)
A memory pressure spike on ~15 Paris hypervisors, amplified by a placement algorithm threshold effect, caused cascading failures impacting hosted services, the deployment pipeline, and observability from 15:50 to 18:10 UTC. Full recovery at 21:41 UTC.
2026-03-19 15:20 First degradation signals on internal services (VM registration, deployment service database access). No client impact yet.
2026-03-19 15:50 Degradations and outages visible for some clients. Deployment pipeline stops.
2026-03-19 16:03 Incident response team mobilized. Mitigation actions begin.
2026-03-19 17:30 Full restoration of the deployment pipeline and observability.
2026-03-19 18:09 All impacted client services restored. Residual alert cleanup begins.
2026-03-19 21:41 Service fully operational. All residual alerts cleared.
"""}],
    "expected": {
        "events": [[u("2026-03-19 15:20", Z), ["First degradation signals"]],
                   [u("2026-03-19 15:50", Z), ["outages visible", "Impatto"]],
                   [u("2026-03-19 15:52", Z), ["502"]],
                   [u("2026-03-19 15:55", Z), ["deploy"]],
                   [u("2026-03-19 16:03", Z), ["mobilized"]],
                   [u("2026-03-19 16:04", Z), ["console"]],
                   [u("2026-03-19 16:40", Z), ["banner"]],
                   [u("2026-03-19 17:30", Z), ["deployment pipeline"]],
                   [u("2026-03-19 17:33", Z), ["pipeline di deploy"]],
                   [u("2026-03-19 18:09", Z), ["client services restored", "Impatto"]],
                   [u("2026-03-19 18:11", Z), ["app risponde"]],
                   [u("2026-03-19 21:41", Z), ["fully operational"]],
                   [u("2026-03-19 21:45", Z), ["alert residui"]]],
        "keyTimes": {
            "started": kt(u("2026-03-19 15:50", Z), S, "Impatto per i nostri clienti: dalle 16:50 alle 19:09", "comment 233553"),
            "detected": kt(u("2026-03-19 15:52", Z), S, "l'app dà 502 sulle prenotazioni", "teams-trn0319.txt"),
            "resolved": kt(u("2026-03-19 18:09", Z), S, "Impatto per i nostri clienti: dalle 16:50 alle 19:09", "comment 233553")},
        "responders": [["Giulia Conti", None], ["Marco Ferri", None]],
        "narrative": nar(["memory pressure spike"], ["client services restored"], ["TRN-0319"],
                         "On 19 March 2026 from 16:50 to 19:09 Rome time players could not book padel courts in the app because Clever Cloud's Paris region was failing.",
                         well=["banner"], badly=["rollback impossibile"]),
    }})

# 6. Keepit, 6 May 2022 - dk-co region unreachable, seen from a Krakow accounting office -------------------------------
I.append({
    "id": "keepit-2022-05-dkco-krakow-accounting",
    "name": "Keepit dk-co reachability incident 6 May 2022 (UTC: 07:33 investigating significant problems reaching the Copenhagen region and using the UI, root cause unknown; 09:30 identified, running backup jobs cancelled to re-prioritise resources; 11:10 reliably back online for more than an hour, new backups still throttled; 14:12 resolved), seen from a Krakow accounting office that needed to restore a deleted Microsoft 365 mailbox folder from Keepit",
    "issueId": "98106", "key": "KRK-0506", "summary": "Keepit nie działa - nie można przywrócić folderu poczty",
    "reporter": "Magdalena Nowak", "assignee": "Tomasz Wiśniewski", "labels": ["keepit", "m365", "backup"],
    "components": ["backup"], "created": c("2022-05-06 09:52", WAW), "now": "2022-05-16T08:00:00Z",
    "defaultZone": WAW, "priority": "High",
    "description": """Panel Keepit się nie ładuje, a muszę przywrócić usunięty folder ze skrzynki pani prezes przed audytem o 13:00.

Pewnie nasz firewall po wczorajszej aktualizacji blokuje.""",
    "comments": [
        ("233560", "Tomasz Wiśniewski", c("2022-05-06 10:25", WAW), """Firewall jest w porządku - z telefonu na LTE też nie działa. Keepit ma otwarty incydent dla regionu dk-co (Kopenhaga). Rozmowa z Teams w teams-krk0506.txt (czas polski)."""),
        ("233561", "Magdalena Nowak", c("2022-05-06 12:10", WAW), """Panel działa, folder przywrócony o 12:02, zdążyłam przed audytem."""),
        ("233562", "Tomasz Wiśniewski", c("2022-05-09 09:00", WAW), """Skopiowałem wpisy ze strony statusu Keepit do keepit-status-0506.txt (czasy UTC, my jesteśmy UTC+2). Dostaliśmy też 3 maile o anulowanych backupach - to efekt ich działań naprawczych, backupy ruszyły same."""),
        ("233563", "Agnieszka Zielińska", c("2022-05-10 14:00", WAW), """Podsumowanie (wtorek 10.05), czas polski:
Początek problemu: nieznany. Keepit podaje tylko, kiedy otworzył incydent (09:33), nie kiedy problem się zaczął, a my wcześniej z panelu nie korzystaliśmy.
Pierwszy sygnał u nas: Magda o 09:48.
Koniec wpływu dla nas: 12:02, gdy panel działał i folder został przywrócony.
Zamknięcie incydentu przez Keepit o 16:12 (14:12 UTC) to już tylko formalność.
Firewall nie był przyczyną.
Działania: procedura awaryjna - eksport PST najważniejszych skrzynek raz w tygodniu; subskrypcja statusu Keepit."""),
    ],
    "changelog": [
        ("Tomasz Wiśniewski", c("2022-05-06 09:53", WAW), [("status", "Open", "In Progress")]),
        ("Tomasz Wiśniewski", c("2022-05-06 12:12", WAW), [("status", "In Progress", "Monitoring")]),
        ("Agnieszka Zielińska", c("2022-05-10 14:05", WAW), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-krk0506.txt", "zone": WAW, "referenceDate": "2022-05-06", "text": """
Czat "Biuro - IT", piątek 6 maja
[09:48] Magdalena Nowak: Keepit nie ładuje się, a muszę przywrócić folder skrzynki pani prezes przed audytem
[09:55] Tomasz Wiśniewski: pewnie nasz firewall po wczorajszej aktualizacji, sprawdzę
[10:20] Tomasz Wiśniewski: firewall ok, z telefonu na LTE też nie działa. Keepit ma incydent: region dk-co
[11:35] Tomasz Wiśniewski: Keepit anuluje zadania backupu żeby odzyskać zasoby, możemy dostać maile o anulowanych backupach
[12:02] Magdalena Nowak: panel działa, folder przywrócony!
[16:15] Tomasz Wiśniewski: Keepit zamknął incydent
"""}, {"file": "keepit-status-0506.txt", "zone": Z, "referenceDate": "2022-05-06", "text": """
Keepit status - dk-co region, 6 May 2022 (times UTC)
investigating 07:33 AM UTC - We are seeing significant problems reaching the Copenhagen (dk-co) region and using the user interface. At the moment the root cause is unknown.
identified 09:30 AM UTC - We are temporarily cancelling a number of running backup jobs in order to re-prioritise resources.
identified 11:10 AM UTC - We have now been reliably back online for more than an hour after decreasing resource consumption across the network. New backup jobs are still being started at a lower rate.
resolved 2:12 PM UTC - The reachability problems have been completely cured for some time now.
"""}],
    "expected": {
        "events": [[u("2022-05-06 07:33", Z), ["investigating"]],
                   [u("2022-05-06 09:48", WAW), ["nie ładuje", "Pierwszy sygnał"]],
                   [u("2022-05-06 09:55", WAW), ["firewall"]],
                   [u("2022-05-06 10:20", WAW), ["LTE"]],
                   [u("2022-05-06 09:30", Z), ["cancelling"]],
                   [u("2022-05-06 11:35", WAW), ["anuluje"]],
                   [u("2022-05-06 12:02", WAW), ["folder przywrócony", "Koniec wpływu"]],
                   [u("2022-05-06 11:10", Z), ["back online"]],
                   [u("2022-05-06 14:12", Z), ["completely cured", "Zamknięcie"]],
                   [u("2022-05-06 16:15", WAW), ["zamknął"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2022-05-06 09:48", WAW), S, "Keepit nie ładuje się", "teams-krk0506.txt"),
            "resolved": kt(u("2022-05-06 12:02", WAW), S, "Koniec wpływu dla nas: 12:02", "comment 233563")},
        "responders": [["Magdalena Nowak", None], ["Tomasz Wiśniewski", None], ["Agnieszka Zielińska", None]],
        "narrative": nar(["problems reaching the Copenhagen"], ["decreasing resource consumption"], ["KRK-0506"],
                         "On 6 May 2022, until 12:02 Warsaw time, the office could not open Keepit to restore a deleted mailbox folder because Keepit's Copenhagen region was unreachable.",
                         badly=["firewall"]),
    }})

# 7. BandwagonHost, 6 July 2018 - Los Angeles heat, nodes shut down twice, seen from a Seoul fan forum ------------------
I.append({
    "id": "bwh-2018-07-la-heat-seoul-forum",
    "name": "BandwagonHost Los Angeles DC3 heat incident 6-7 July 2018 (LA local as posted 'PST': 19:00 instability from extreme heat; 20:09 affected v74XX nodes gracefully shut down; 20:37 HVAC repair ~1 hour; 21:22 nodes started gradually; 22:15 and 22:46 instability and migrations off v7418 and v7428; 22:52 temperatures rising again, some nodes shut down; 00:30 AC fully restored; 00:55 all equipment started, remaining customers back online), seen from a Seoul fan forum on a VPS on node v7428",
    "issueId": "98107", "key": "SEL-0707", "summary": "포럼 접속 불가 (Cloudflare 522)",
    "reporter": "김민준", "assignee": "박서연", "labels": ["forum", "vps", "bwh"],
    "components": ["forum"], "created": c("2018-07-07 12:20", SEL), "now": "2018-07-16T03:00:00Z",
    "defaultZone": SEL, "priority": "Highest",
    "description": """포럼이 안 열립니다. Cloudflare 522 에러. 점심쯤부터요, 12시 조금 전?

컴백 발표 날이라 트래픽 몰려서 DDoS 맞은 것 같습니다.""",
    "comments": [
        ("233570", "박서연", c("2018-07-07 12:40", SEL), """DDoS 아닙니다. BWH 상태 페이지: LA 데이터센터 폭염으로 v74XX 노드를 종료했다고 함. 우리 VPS는 v7428. 카톡 대화는 kakao-sel0707.txt (한국시간)."""),
        ("233571", "김민준", c("2018-07-07 17:05", SEL), """포럼 다시 정상. 중간에 한 번 살아났다가 또 죽었음. 글쓰기 테스트 완료."""),
        ("233572", "박서연", c("2018-07-09 10:00", SEL), """BWH 상태 글 전체를 bwh-status-76.txt 에 복사. 시간은 LA 현지 시간인데 "PST"라고 적혀 있음 (7월이라 실제로는 PDT, 한국보다 16시간 늦음). 날짜가 바뀌는 부분 주의: 00:30, 00:55 는 LA 기준 7월 7일."""),
        ("233573", "이지훈", c("2018-07-10 14:00", SEL), """정리 (7월 10일, 한국시간)
포럼 다운 12:09~16:55 (중간에 13:27~14:52 잠깐 살아남). BWH 기준 20:09 노드 종료 ~ 00:55 전체 복구 (LA 시간).
처음 안 것: 12:10 UptimeRobot 알림. 설명에 쓴 "12시 조금 전"과 DDoS 추측은 둘 다 틀림.
13:22 (LA 21:22) 노드 재시작 후 잠깐 열렸다가, v7428 불안정으로 이전 작업 + 22:52 온도 재상승으로 다시 종료.
조치: 다른 리전에 정적 공지 페이지 준비, UptimeRobot 알림을 운영진 전원 카톡으로."""),
    ],
    "changelog": [
        ("박서연", c("2018-07-07 12:21", SEL), [("status", "Open", "In Progress")]),
        ("김민준", c("2018-07-07 17:06", SEL), [("status", "In Progress", "Monitoring")]),
        ("이지훈", c("2018-07-10 14:05", SEL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "kakao-sel0707.txt", "zone": SEL, "referenceDate": "2018-07-07", "text": """
포럼 운영진 단톡방  2018년 7월 7일 토요일
[오후 12:10] UptimeRobot 알림: Monitor is DOWN: fan-forum (HTTP 522)
[오후 12:14] 김민준: 포럼 접속 안 됨. 클라우드플레어 522... DDoS 공격인가?
[오후 12:31] 박서연: DDoS 아님. BWH 상태페이지: LA 폭염으로 v74XX 노드 종료
[오후 1:27] 김민준: 포럼 다시 열림!
[오후 2:53] 김민준: 또 다운. 상태페이지: 데이터센터 온도 다시 상승, 노드 다시 종료
[오후 4:58] 박서연: 포럼 정상, 글쓰기 테스트 완료
"""}, {"file": "bwh-status-76.txt", "zone": LAX, "referenceDate": "2018-07-06", "text": """
bwhstatus.com incident 76 - 6th July 2018 - Extreme heat affecting operations in Los Angeles (DC3 Nodes: v74XX)
19:00 PST Due to very high temperatures in Los Angeles today (42 C / 108 F) we are noticing service instability on a few nodes due to elevated temperatures.
20:09 PST We have gracefully shut down the affected nodes to avoid equipment damage. HVAC team is on site investigating.
20:37 PST We have heard back from HVAC team; they will need approx. 1 hour to repair failed units.
21:22 PST We have gradually started all v74XX nodes. Node v7430 however is having issues - we are migrating all customers off of this node.
22:15 PST We have noticed instability on node v7418. We are migrating all customers from this node.
22:46 PST We have noticed instability on node v7428. We are migrating all customers from this node as well.
22:52 PST Temperatures are rising again in the datacenter. We are suspending migrations and shutting down some of the V74XX nodes at this time.
00:30 PST We have received a notification from the datacenter that AC has been fully restored.
00:55 PST All equipment has been started, and remaining customers have been brought back online.
"""}],
    "expected": {
        "events": [[u("2018-07-06 19:00", LAX), ["service instability"]],
                   [u("2018-07-06 20:09", LAX), ["gracefully shut down", "포럼 다운"]],
                   [u("2018-07-07 12:10", SEL), ["Monitor is DOWN", "UptimeRobot"]],
                   [u("2018-07-07 12:14", SEL), ["DDoS"]],
                   [u("2018-07-07 12:31", SEL), ["폭염"]],
                   [u("2018-07-06 20:37", LAX), ["HVAC"]],
                   [u("2018-07-06 21:22", LAX), ["gradually started", "재시작"]],
                   [u("2018-07-07 13:27", SEL), ["다시 열림"]],
                   [u("2018-07-06 22:15", LAX), ["v7418"]],
                   [u("2018-07-06 22:46", LAX), ["v7428"]],
                   [u("2018-07-06 22:52", LAX), ["rising again", "온도 재상승"]],
                   [u("2018-07-07 14:53", SEL), ["또 다운"]],
                   [u("2018-07-07 00:30", LAX), ["AC has been fully restored"]],
                   [u("2018-07-07 00:55", LAX), ["All equipment", "전체 복구"]],
                   [u("2018-07-07 16:58", SEL), ["포럼 정상"]]],
        "keyTimes": {
            "started": kt(u("2018-07-07 12:09", SEL), S, "포럼 다운 12:09~16:55", "comment 233573"),
            "detected": kt(u("2018-07-07 12:10", SEL), S, "Monitor is DOWN: fan-forum", "kakao-sel0707.txt"),
            "resolved": kt(u("2018-07-07 16:55", SEL), S, "포럼 다운 12:09~16:55", "comment 233573")},
        "responders": [["김민준", None], ["박서연", None], ["이지훈", None]],
        "narrative": nar(["very high temperatures"], ["AC has been fully restored"], ["SEL-0707", "v7428"],
                         "On 7 July 2018 from 12:09 to 16:55 Seoul time (with a short recovery in between) the fan forum was down because its Los Angeles VPS node was shut down in a heat emergency.",
                         badly=["DDoS"]),
    }})

# 8. Keygen, 5 February 2024 - licensing API down over 5 hours, seen from an Istanbul POS-software vendor ----------------
I.append({
    "id": "keygen-2024-02-overload-istanbul-pos",
    "name": "Keygen Cloud outage 5 February 2024 (UTC: 06:30 unavailable for over 5 hours after a surge of legitimate API traffic with aggressive retries, Redis timeouts; 10:00 founder woke to reports; 10:12 status incident 'Under DDoS'; 21:01 update: unintentional DDoS, not an attack; recurrence 6 February from 06:30, 10:06 'same issue happening again', 12:14 stabilised, 20:04 fix deployed), seen from an Istanbul vendor of café point-of-sale software that validates licences against Keygen at start-up",
    "issueId": "98108", "key": "IST-0205", "summary": "Kasa uygulaması açılmıyor: \"lisans doğrulanamadı\"",
    "reporter": "Elif Yıldız", "assignee": "Burak Demir", "labels": ["lisans", "keygen", "destek"],
    "components": ["lisans-servisi"], "created": c("2024-02-05 09:50", IST), "now": "2024-02-26T08:00:00Z",
    "defaultZone": IST, "priority": "Highest",
    "description": """Kafeler aradı: kasa uygulaması açılışta "lisans doğrulanamadı" diyor, satış yapamıyorlar. Sabahtan beri, 9 gibi?

Büyük ihtimalle dün akşam çıkan 3.8.2 sürümü bozdu.""",
    "comments": [
        ("233580", "Burak Demir", c("2024-02-05 10:25", IST), """3.8.1'e geri döndük, hata aynı. api.keygen.sh 503 dönüyor, sorun bizde değil. WhatsApp yazışması whatsapp-ist0205.txt içinde (TSİ)."""),
        ("233581", "Burak Demir", c("2024-02-05 14:50", IST), """Doğrulama yeniden geçiyor. Servis logundan ilk başarılı istek:

```
2024-02-05 14:41:07 +03 INFO license.validate ok key=POS-KDK-0112 (first success since 09:31)
```"""),
        ("233582", "Burak Demir", c("2024-02-06 13:30", IST), """Bugün sabah yine aynı şey oldu; ayrı kayıt açtım: IST-0206. Keygen'in status sayfası ve blog yazısından alıntılar keygen-status.txt içinde (UTC, bizden 3 saat geride)."""),
        ("233583", "Selin Aksoy", c("2024-02-22 11:00", IST), """Özet (22 Şubat, TSİ) - yalnızca 5 Şubat (IST-0205); 6 Şubat IST-0206'da:
Etki: 09:30 - 14:41 arası kafeler kasayı açamadı (Keygen: 6:30 UTC'den itibaren 5 saatten fazla erişilemez; bitiş bizim logumuzdaki ilk başarılı doğrulama).
İlk haber: Kadıköy'deki kafenin telefonu, 09:47.
3.8.2 sürümü suçsuzdu. Keygen ilk başta "DDoS" dedi, sonra meşru trafik artışı ve agresif retry olduğunu açıkladı.
Keygen'in 13:12'deki (10:12 UTC) status kaydı bizim için ilk resmi bilgi oldu.
Aksiyonlar: çevrimdışı lisans önbelleği 72 saat; Keygen status RSS'i destek kanalına."""),
    ],
    "changelog": [
        ("Burak Demir", c("2024-02-05 09:51", IST), [("status", "Open", "In Progress")]),
        ("Burak Demir", c("2024-02-05 14:51", IST), [("status", "In Progress", "Monitoring")]),
        ("Selin Aksoy", c("2024-02-22 11:05", IST), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "links": [("IST-0206", "Kasa uygulaması lisans hatası - 6 Şubat tekrarı")],
    "pastes": [{"file": "whatsapp-ist0205.txt", "zone": IST, "referenceDate": "2024-02-05", "text": """
[05.02.2024 09:47] Elif Yıldız: Kadıköy'deki kafe aradı, kasa uygulaması "lisans doğrulanamadı" diyor
[05.02.2024 09:55] Burak Demir: dün akşamki sürüm 3.8.2 yüzünden olabilir, geri alıyorum
[05.02.2024 10:20] Burak Demir: 3.8.1'e döndük, yine aynı hata. api.keygen.sh 503 dönüyor
[05.02.2024 10:40] Elif Yıldız: 14 kafe aradı, hepsine çevrimdışı modu anlatıyorum
[05.02.2024 13:14] Burak Demir: Keygen status sayfası açıldı: "Under DDoS"
[05.02.2024 14:43] Burak Demir: doğrulama geçiyor, kafeler tekrar açılabiliyor
"""}, {"file": "keygen-status.txt", "zone": Z, "referenceDate": "2024-02-05", "text": """
Keygen status - "Under DDoS" - Feb 05 at 10:12am UTC (affected: Licensing & Distribution API, Dashboard)
Feb 05 at 9:01pm UTC - Today, we experienced an unintentional DDoS. It was not an attack as we originally reported. The outage lasted over 5 hours. (RCA timestamps in CST: "At 12:30am CST, we experienced a large, sudden surge in legitimate traffic.")
Feb 06 at 10:06am UTC - We're aware of the same issue happening again. We're working on restoring services.
Feb 06 at 12:14pm UTC - Services have stabilized, but we are continuing to load shed the DDoS.
Feb 06 at 8:04pm UTC - Resolved: we've deployed a fix and are now accepting all traffic.
Keygen blog, 21 Feb 2024: "On the morning of February 5th at 6:30am UTC, Keygen Cloud became unavailable for over 5 hours."
Keygen blog: "On the morning of February 5th at 10:00am UTC (4:00am CST), I woke up to my phone lighting up over and over again."
"""}],
    "expected": {
        "events": [[u("2024-02-05 06:30", Z), ["became unavailable", "Etki"]],
                   [u("2024-02-05 09:47", IST), ["lisans doğrulanamadı", "İlk haber"]],
                   [u("2024-02-05 09:55", IST), ["3.8.2"]],
                   [u("2024-02-05 10:20", IST), ["503"]],
                   [u("2024-02-05 10:40", IST), ["çevrimdışı"]],
                   [u("2024-02-05 10:00", Z), ["woke up"]],
                   [u("2024-02-05 10:12", Z), ["Under DDoS", "status kaydı"]],
                   [u("2024-02-05 13:14", IST), ["status sayfası"]],
                   [u("2024-02-05 14:41", IST), ["license.validate ok", "Etki"]],
                   [u("2024-02-05 14:43", IST), ["doğrulama geçiyor"]],
                   [u("2024-02-05 21:01", Z), ["unintentional DDoS"]],
                   [u("2024-02-06 10:06", Z), ["same issue"]],
                   [u("2024-02-06 12:14", Z), ["stabilized"]],
                   [u("2024-02-06 20:04", Z), ["deployed a fix"]]],
        "keyTimes": {
            "started": kt(u("2024-02-05 09:30", IST), S, "Etki: 09:30 - 14:41 arası", "comment 233583"),
            "detected": kt(u("2024-02-05 09:47", IST), S, "kasa uygulaması \"lisans doğrulanamadı\" diyor", "whatsapp-ist0205.txt"),
            "resolved": kt(u("2024-02-05 14:41", IST), S, "Etki: 09:30 - 14:41 arası", "comment 233583")},
        "responders": [["Elif Yıldız", None], ["Burak Demir", None], ["Selin Aksoy", None]],
        "narrative": nar(["surge in legitimate traffic"], ["first success"], ["IST-0205", "POS-KDK-0112"],
                         "On 5 February 2024 from 09:30 to 14:41 Istanbul time cafés using the POS app could not open their tills because Keygen's licensing API was down.",
                         well=["çevrimdışı"], badly=["3.8.2"]),
    }})

# 9. Clever Cloud, 9 October 2025 - hypervisor memory pressure, databases down, seen from a Brno outdoor e-shop --------
I.append({
    "id": "clevercloud-2025-10-hypervisor-brno-eshop",
    "name": "Clever Cloud Paris incident 9 October 2025 (Paris time: 07:10 on-call paged for time-series monitoring; 07:40 time-series ingress fails; 07:59 load balancers stuck; 08:01 alert raised to level 2; 08:03 a hypervisor down; 08:12 orchestration limited; 08:15 ingress restart, memory pressure identified; 08:18 metrics ingested again; 08:35 root cause RAM capacity; 08:37 hypervisor rebooted (06:37 UTC); 08:40 domino effect on a second hypervisor; 08:43 multiple databases down; 08:46 time series at 75%; 09:00 time series fully operational; data-centre water coolers also unavailable), seen from a Brno outdoor-gear e-shop whose PostgreSQL add-on runs in Paris",
    "issueId": "98109", "key": "BRN-1009", "summary": "E-shop hází 500 v košíku",
    "reporter": "Tereza Svobodová", "assignee": "Jakub Novák", "labels": ["eshop", "databaze", "clever-cloud"],
    "components": ["eshop"], "created": c("2025-10-09 08:50", PRG), "now": "2025-10-20T08:00:00Z",
    "defaultZone": PRG, "priority": "Highest",
    "description": """E-shop hází chybu 500 v košíku, zákazníci nemůžou objednat. Od rána, asi od osmi?

Myslím, že to je včerejší migrace slev od Jakuba.""",
    "comments": [
        ("233590", "Jakub Novák", c("2025-10-09 09:10", PRG), """Rollback migrace nepomohl. Databáze na Clever Cloudu neodpovídá, status hlásí incident v Paříži. Slack je v slack-brn1009.txt (náš čas = pařížský čas)."""),
        ("233591", "Jakub Novák", c("2025-10-09 11:35", PRG), """Košík funguje. Od kdy přesně nevím - byl jsem od 9:30 na schůzce s dodavatelem a Sentry mezitím promazal staré události."""),
        ("233592", "Jakub Novák", c("2025-10-14 10:00", PRG), """Clever Cloud vydal post-mortem, časovou osu jsem zkopíroval do clevercloud-pm-1009.txt. Časy jsou pařížské (restart hypervisoru v 08:37 je v tabulce uveden jako 06:37:06 UTC)."""),
        ("233593", "Tereza Svobodová", c("2025-10-15 13:00", PRG), """Shrnutí (středa 15. 10.), náš čas:
Dopad: e-shop nefungoval od 8:43, kdy podle Clever Cloudu spadlo více databází; konec nevíme - nikdo si nezapsal, kdy košík znovu naběhl, a v 11:30 už fungoval.
První signál: Sentry v 8:44 (could not connect to server). "Asi od osmi" v popisu byl odhad.
Migrace slev s tím neměla nic společného.
Příčina (Clever Cloud): nedostatek RAM a tlak na paměť na hypervisorech, zároveň výpadek vodního chlazení v jednom datovém centru; domino efekt na druhý hypervisor a databáze.
Opatření: banner "objednávky telefonicky" připravený v CMS; zvážit repliku databáze v jiné zóně."""),
    ],
    "changelog": [
        ("Jakub Novák", c("2025-10-09 08:51", PRG), [("status", "Open", "In Progress")]),
        ("Jakub Novák", c("2025-10-09 11:36", PRG), [("status", "In Progress", "Monitoring")]),
        ("Tereza Svobodová", c("2025-10-15 13:05", PRG), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-brn1009.txt", "zone": PRG, "referenceDate": "2025-10-09", "text": """
#eshop-provoz  čtvrtek 9. října
[8:44] Sentry: OperationalError: could not connect to server: Connection timed out (shop-api, 38 events)
[8:47] Jakub Novák: e-shop hází 500 na košíku. Asi včerejší migrace slev, vracím
[9:05] Jakub Novák: rollback nepomohl, databáze na Clever Cloudu neodpovídá, status hlásí incident v Paříži
[9:20] Tereza Svobodová: dala jsem na web banner "objednávky přijímáme telefonicky"
[11:30] Jakub Novák: košík funguje, nevím od kdy
"""}, {"file": "clevercloud-pm-1009.txt", "zone": PAR, "referenceDate": "2025-10-09", "text": """
Clever Cloud post-mortem 2025-10-09 - timeline (copied by Jakub)
We lost a first hypervisor due to high memory pressure and at the same time there was an incident in one of our data centers, where the water coolers were unavailable.
2025-10-09 07:10 Monitoring of time series systems fails to work properly, distributed systems oncall operator is paged
2025-10-09 07:40 Time series systems fails to receive ingress traffic
2025-10-09 07:59 ALL time series systems load balancers are stuck due to too much connections
2025-10-09 08:01 Distributed systems operator raises the alert to Level 2
2025-10-09 08:03 On of the hypervisor is detected as down
2025-10-09 08:12 Orchestration operations are limited to limit a potential domino effect
2025-10-09 08:15 Restart of time series systems ingresses / an hypervisor experiencing high load (2300), memory pressure identified
2025-10-09 08:18 Metrics are getting ingested by time series systems again (1/5 of nominal traffic)
2025-10-09 08:35 Root cause identified: RAM capacity issue causing load spike on hypervisors
2025-10-09 08:37 Faulty hypervisor is rebooted successfully (uptime: 2025-10-09 06:37:06 UTC)
2025-10-09 08:40 Domino effect detected: an hypervisor is showing signs of stress
2025-10-09 08:43 Multiple databases impacted (Down), the full Database Team is escalated
2025-10-09 08:46 Time series systems is at 75% of nominal ingress traffic
2025-10-09 09:00 Time series systems is fully operational & back to nominal traffic
"""}],
    "expected": {
        "events": [[u("2025-10-09 07:10", PAR), ["paged"]],
                   [u("2025-10-09 07:40", PAR), ["fails to receive ingress"]],
                   [u("2025-10-09 07:59", PAR), ["load balancers are stuck"]],
                   [u("2025-10-09 08:01", PAR), ["Level 2"]],
                   [u("2025-10-09 08:03", PAR), ["detected as down"]],
                   [u("2025-10-09 08:12", PAR), ["Orchestration operations are limited"]],
                   [u("2025-10-09 08:15", PAR), ["memory pressure identified"]],
                   [u("2025-10-09 08:18", PAR), ["ingested"]],
                   [u("2025-10-09 08:35", PAR), ["Root cause identified"]],
                   [u("2025-10-09 08:37", PAR), ["rebooted"]],
                   [u("2025-10-09 08:40", PAR), ["Domino effect"]],
                   [u("2025-10-09 08:43", PAR), ["Multiple databases", "Dopad"]],
                   [u("2025-10-09 08:44", PRG), ["could not connect", "První signál"]],
                   [u("2025-10-09 08:46", PAR), ["75%"]],
                   [u("2025-10-09 08:47", PRG), ["migrace"]],
                   [u("2025-10-09 09:00", PAR), ["fully operational"]],
                   [u("2025-10-09 09:05", PRG), ["rollback"]],
                   [u("2025-10-09 09:20", PRG), ["banner"]]],
        "keyTimes": {
            "started": kt(u("2025-10-09 08:43", PRG), S, "e-shop nefungoval od 8:43", "comment 233593"),
            "detected": kt(u("2025-10-09 08:44", PRG), S, "OperationalError: could not connect to server", "slack-brn1009.txt"),
            "resolved": kt(None, U)},
        "responders": [["Tereza Svobodová", None], ["Jakub Novák", None]],
        "narrative": nar(["high memory pressure"], ["rebooted successfully"], ["BRN-1009", "shop-api"],
                         "On 9 October 2025 from 8:43 Prague time the e-shop's basket failed with errors because its Clever Cloud database was down; when it came back is not recorded.",
                         well=["banner"], badly=["migrace slev"]),
    }})

# Every ticket links the vendor's public page (remote link) and one related ticket of its own team (issue link).
_REMOTE = {
    "cronofy-2022-07-api-lock-toronto-physio": ("https://status.cronofy.com/incidents/32fc8mjcr1zw", "Cronofy - Connectivity issues in the US datacenter"),
    "greenhost-2024-12-vps-lock-dublin-charity": ("https://status.greenhost.net?start_date=2024-12-13", "Greenhost status - VPS hardware failure 12-12"),
    "cronofy-2022-02-db-throttle-nairobi-recruiter": ("https://status.cronofy.com/", "Cronofy status - degraded performance 22 Feb 2022"),
    "pythondocs-2017-07-cert-wellington-bootcamp": ("https://status.python.org/incidents/cc622spyl26l", "docs.python.org partial outage"),
    "cleverbridge-2020-05-orders-cdmx-invoicing": ("https://pingoru.io/providers/cleverbridge/incidents/2282315", "cleverbridge - Backend system problems"),
    "clevercloud-2026-03-memory-torino-padel": ("https://www.clever.cloud/developers/postmortem/2026-03-19", "Clever Cloud post-mortem 2026-03-19"),
    "keepit-2022-05-dkco-krakow-accounting": ("https://pingoru.io/providers/keepit/incidents/2295388", "Keepit - dk-co reachability"),
    "bwh-2018-07-la-heat-seoul-forum": ("http://bwhstatus.com/incident/76", "BWH - Extreme heat affecting operations in Los Angeles"),
    "keygen-2024-02-overload-istanbul-pos": ("https://status.keygen.sh/incident/322421", "Keygen status - Under DDoS"),
    "clevercloud-2025-10-hypervisor-brno-eshop": ("https://www.clever.cloud/developers/postmortem/2025-10-09", "Clever Cloud post-mortem 2025-10-09"),
}
for _spec in I:
    _spec.setdefault("remote", [_REMOTE[_spec["id"]]])
    if "links" not in _spec:
        _p, _n = _spec["key"].split("-")
        _spec["links"] = [("%s-%04d" % (_p, int(_n) + 100), "Follow-up actions from " + _spec["key"])]

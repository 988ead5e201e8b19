"""Held-out 37 incidents: compact specs. Five software / SaaS incidents seen from customers (JobNimbus's degraded
platform of 12-13 March 2026 seen from a Dallas roofing contractor with a Lisbon back office, in the three weeks when the
US is on daylight time and Portugal is not; OpenWater's background-job-server halt of 20 October 2020 seen from a Dublin
medical society on its abstract-deadline night; Kaymbu's Redis-provider outage of 16 February 2024 seen from a
Somerville childcare centre at pickup; Section's portal/API outage of 11 May 2021 seen from a Sydney web agency;
Firstup's ten-minute database-connection outage of 26 March 2025 seen from a Manila support centre's night shift across
midnight, with the US already on daylight time; Tagadab's datacentre power loss of 1 December 2013 seen from a UK gift shop the night before Cyber Monday) and four
outside software companies (a Tuas food factory's night shift in Singapore's three-line MRT power fault of 14 October
2020; a La Scie personal care home in Newfoundland and Labrador Hydro's outage of 23-24 February 2014, UTC-3:30; a Paris
travel agency's group at Gare Saint-Lazare in the power failure of 26 December 2017, a French WhatsApp thread; a Graz
pharmacy in the Umspannwerk Graz-Sued outage of 23 September 2019, a German WhatsApp thread). Timeline facts from
public statements (SOURCES-heldout37.md); people, companies, ticket keys, chat wording, wrong first guesses and the
minutes marked invented there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2026-03-13 08:25' in zone -> '2026-03-13T13:25' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


CHI, LIS, DEN = "America/Chicago", "Europe/Lisbon", "America/Denver"
DUB, NY, SYD, MNL = "Europe/Dublin", "America/New_York", "Australia/Sydney", "Asia/Manila"
LON, SGT, NST, PAR, VIE = "Europe/London", "Asia/Singapore", "America/St_Johns", "Europe/Paris", "Europe/Vienna"

I = []

# 1. JobNimbus, 12-13 March 2026 - degraded platform, seen from a Dallas roofing contractor with a Lisbon back office ---
I.append({
    "id": "jobnimbus-2026-03-db-load-dallas-roofing", "name": "JobNimbus platform degradation 12-13 March 2026 (an internal process generated an unexpectedly high volume of database operations from 10:48 PM MT on 12 March; monitors did not trigger overnight; status Investigating 07:00 MDT, logins/page loads disrupted 07:49, Identified 08:25, site performance normal by 8:35 AM MT, Monitoring 09:15, Resolved 10:16 when lagging processes were cleared, postmortem 14:24 MDT), seen from a Dallas roofing contractor whose estimating back office works from Lisbon, in the weeks when the US is on daylight time and Portugal is not",
    "issueId": "98200", "key": "ROOF-0313", "summary": "JobNimbus crawling - logins 30-60 s, job sheets won't open on crew iPads",
    "reporter": "Cody Brandt", "assignee": "Cody Brandt", "labels": ["jobnimbus", "crm", "field-crews"],
    "components": ["crm", "estimating"], "created": c("2026-03-13 08:25", CHI), "now": "2026-04-03T12:00:00Z",
    "defaultZone": CHI,
    "description": """JobNimbus is crawling for everyone: logins take 30-60 s or fail, job sheets won't open on the crews' iPads, estimates are stuck. Crews leave the yard at 9.

Started ~6am? My guess is the Zapier -> QuickBooks sync we switched on yesterday afternoon, it hammers their API. Central time.""",
    "comments": [
        ("230000", "Cody Brandt", c("2026-03-13 08:50", CHI), """Paused the Zapier sync at 8:41, no change. Lisbon says it was already slow when they logged in, hours before us. JobNimbus's status page has had 'Investigating' up since 8:00 Central. Lisbon's Slack thread copied to slack-roof0313.txt (Lisbon time)."""),
        ("230001", "Duarte Pires", c("2026-03-13 14:05", LIS), """From Lisbon: JobNimbus says investigating since 07:00 MDT, so since 14:00 here, when we had already lost the morning."""),
        ("230002", "Inês Carvalho", c("2026-03-13 14:50", LIS), """Rápido outra vez: logins in 2 s since 14:37 Lisbon, the estimates queue is moving. Dallas, that was 9:37 your time."""),
        ("230003", "Cody Brandt", c("2026-03-13 16:10", CHI), """JobNimbus posted a postmortem; their status updates are in jobnimbus-status-0313.txt (Mountain time, as they post them). QuickBooks sync back on at 3:30 PM."""),
        ("230004", "Maribel Ortega", c("2026-03-17 10:00", CHI), """Review (Tuesday 17 March), Central time unless noted.
Window for us: from 11:48 PM Thursday Central (JobNimbus's 10:48 PM MT) to 9:35 AM Friday Central (their 8:35 AM MT, site performance back to normal).
First knew: Inês in Lisbon at 08:12 Lisbon time (3:12 AM here), logins taking 40 s. The '~6am' in the description was a Dallas guess.
The Zapier sync was innocent; pausing it left QuickBooks a day behind. Duarte's router restart in Lisbon was a wrong lead too.
JobNimbus's Monitoring post (10:15 AM) and Resolved post (11:16 AM, lagging jobs cleared) came after our crews were already working.
Cause (JobNimbus): an internal process generated an unexpectedly high volume of database operations; their monitors did not trigger overnight because the slowdown only fully showed under morning load.
Time zones: the US went to daylight time on 8 March and Portugal only goes on 29 March, so until then Lisbon is 5 hours ahead of Dallas, not 6, and 6 ahead of Mountain, not 7 (Duarte's 14:00 should have been 13:00).
Actions: crews' job sheets saved as PDFs on the iPads every night, Lisbon phones the Dallas on-call after 20 minutes of slowness, ops@ subscribed to JobNimbus status."""),
    ],
    "changelog": [
        ("Cody Brandt", c("2026-03-13 08:26", CHI), [("status", "Open", "In Progress")]),
        ("Cody Brandt", c("2026-03-13 09:52", CHI), [("status", "In Progress", "Monitoring")]),
        ("Maribel Ortega", c("2026-03-17 10:05", CHI), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-roof0313.txt", "zone": LIS, "referenceDate": "2026-03-13", "text": """
#backoffice-lisboa  sexta 13/03
[08:12] Inês Carvalho: JobNimbus está lentíssimo, o login demora 40 s e às vezes dá erro 502. mais alguém?
[08:15] Duarte Pires: aqui também. deve ser a VPN da MEO outra vez, vou reiniciar o router
[08:31] Duarte Pires: router reiniciado, igual. no 4G do telemóvel também está lento, não é a nossa rede
[08:40] Inês Carvalho: fila de estimates parada, 23 à espera
[13:02] Inês Carvalho: status.jobnimbus.com finalmente tem "Investigating" (07:00 MDT)
[13:20] Cody Brandt: morning from Dallas. crews can't open job sheets on the iPads, sending yesterday's PDFs
[14:37] Inês Carvalho: rápido outra vez! logins em 2 s
[15:20] Cody Brandt: their status says Monitoring now
[16:20] Inês Carvalho: Resolved no status page, fila de estimates limpa
"""}, {"file": "jobnimbus-status-0313.txt", "zone": DEN, "referenceDate": "2026-03-13", "text": """
JobNimbus status page, "Investigating Degraded App Performance", oldest first (MDT, as posted)
Mar 13, 07:00 MDT  Investigating: increased latency and error rates across the web application
Mar 13, 07:49 MDT  Update: disruptions to logins and page loads, high utilization on a core database
Mar 13, 08:10 MDT  Update: pressure on the database keeps building as morning traffic scales up
Mar 13, 08:25 MDT  Identified: root cause identified, remediating
Mar 13, 08:56 MDT  Update: performance returning to normal, working on delayed backend queues
Mar 13, 09:15 MDT  Monitoring: application performance at normal levels, final queues processing
Mar 13, 10:01 MDT  Update: backend changes deployed, queued work draining, about 35 minutes to clear
Mar 13, 10:16 MDT  Resolved: normal operations restored
Mar 13, 14:24 MDT  Postmortem: degraded performance beginning March 12 at 10:48 PM MT; site performance normal by 8:35 AM MT; lagging processes cleared by 10:16 AM MT
"""}],
    "expected": {
        "events": [[u("2026-03-12 22:48", DEN), ["degraded", "Window"]], [u("2026-03-13 08:12", LIS), ["lentíssimo"]],
                   [u("2026-03-13 08:15", LIS), ["router"]], [u("2026-03-13 08:31", LIS), ["4G"]],
                   [u("2026-03-13 07:00", DEN), ["Investigating"]], [u("2026-03-13 13:20", LIS), ["job sheets"]],
                   [u("2026-03-13 08:41", CHI), ["Zapier"]], [u("2026-03-13 07:49", DEN), ["logins and page loads"]],
                   [u("2026-03-13 08:25", DEN), ["Identified"]], [u("2026-03-13 08:35", DEN), ["normal by", "Window"]],
                   [u("2026-03-13 14:37", LIS), ["rápido"]], [u("2026-03-13 09:15", DEN), ["Monitoring"]],
                   [u("2026-03-13 10:16", DEN), ["Resolved"]], [u("2026-03-13 14:24", DEN), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2026-03-12 22:48", DEN), S, "from 11:48 PM Thursday Central", "comment 230004"),
            "detected": kt(u("2026-03-13 08:12", LIS), S, "JobNimbus está lentíssimo", "slack-roof0313.txt"),
            "resolved": kt(u("2026-03-13 08:35", DEN), S, "from 11:48 PM Thursday Central", "comment 230004")},
        "responders": [["Cody Brandt", None], ["Inês Carvalho", None], ["Duarte Pires", None], ["Maribel Ortega", None]],
        "narrative": nar(["high volume of database operations"], ["backend changes"], ["ROOF-0313", "Zapier"],
                         "From 11:48 PM on 12 March to 9:35 AM on 13 March 2026 (Central) JobNimbus was too slow to use for the roofing contractor's Lisbon back office and Dallas crews, because an internal process overloaded JobNimbus's database."),
    }})

# 2. OpenWater, 20 October 2020 - background job server halted, seen from a Dublin medical society -------------------
I.append({
    "id": "openwater-2020-10-job-server-dublin-society", "name": "OpenWater background job server outage 20 October 2020 (an Azure automatic maintenance grew the database log by 1 GB a minute from around 1 PM Eastern; at the 250 GB cap all new jobs were rejected and the job server halted at about 4:55 PM Eastern, only then did alerts fire along with customer error reports; capacity raised to 1 TB at 5:05, jobs flowing and end users fine by about 5:10 PM; investigation with Microsoft 5:15-6:15 PM; fully resolved 5:00 AM next morning; write-up posted 21 Oct 17:00 EDT), seen from a Dublin medical society whose evening webinar and abstract-fee checkout run on OpenWater",
    "issueId": "98201", "key": "CAS-1020", "summary": "Webinar lobby spinning + abstract fee checkout failing on OpenWater",
    "reporter": "Orla Keane", "assignee": "Ciarán Byrne", "labels": ["openwater", "webinar", "abstracts"],
    "components": ["members-portal", "events"], "created": c("2020-10-20 22:05", DUB), "now": "2020-11-12T12:00:00Z",
    "defaultZone": DUB, "priority": "High",
    "description": """Members can't get into tonight's allergy webinar (the link just spins) and abstract fees fail at checkout on the OpenWater portal, two hours before the abstract deadline.

Since around 10pm? Most likely we blew the 500-attendee cap with the big-name speaker. Irish time.""",
    "comments": [
        ("230010", "Ciarán Byrne", c("2020-10-20 22:20", DUB), """Not the cap: raised it and nothing changed. OpenWater support confirmed their background job server was down for all customers; the lobby opened again while we were on chat with them. Teams chat in teams-cas1020.txt (Irish time)."""),
        ("230011", "Orla Keane", c("2020-10-20 23:45", DUB), """Abstract deadline extended to 23:59 tomorrow; the member email went out. 212 attended the webinar in the end."""),
        ("230012", "Ciarán Byrne", c("2020-10-21 22:30", DUB), """OpenWater's incident write-up arrived by email, copied to email-ow1021.txt (US Eastern, as sent)."""),
        ("230013", "Orla Keane", c("2020-10-26 10:00", DUB), """Review (Monday 26 October), Irish time (IST, UTC+1, on the 20th; the clocks went back yesterday).
Broken for our members from 21:55 to 22:10 Irish time, OpenWater's 4:55 PM to 5:10 PM Eastern.
First knew: members' emails, flagged in Teams at 21:57.
The database log had been growing since about 18:00 our time (1:00 PM Eastern); nothing failed for us until the cap was hit, so that is not our start.
The attendee cap was a red herring; raising it cost three minutes.
OpenWater's work with Microsoft (22:15 to 23:15) and the full drain at 10:00 the next morning were their cleanup, not our outage.
Cause (OpenWater): an Azure automatic maintenance that misbehaved grew the database log 1 GB a minute until the 250 GB cap stopped all background jobs.
Actions: webinar link also posted on the society website as a fallback, deadline rules allow a 24 h extension on platform failure, OpenWater status alerts to the secretariat inbox."""),
    ],
    "changelog": [
        ("Ciarán Byrne", c("2020-10-20 22:06", DUB), [("status", "Open", "In Progress")]),
        ("Orla Keane", c("2020-10-20 23:46", DUB), [("status", "In Progress", "Monitoring")]),
        ("Orla Keane", c("2020-10-26 10:05", DUB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-cas1020.txt", "zone": DUB, "referenceDate": "2020-10-20", "text": """
[20/10/2020 21:57] Orla Keane: members emailing that the webinar link just spins, and two abstract fee payments failed at checkout
[20/10/2020 21:59] Ciarán Byrne: we're probably over the 500-attendee cap, raising it in the webinar settings
[20/10/2020 22:02] Ciarán Byrne: cap raised, still spinning. the reports page won't load either
[20/10/2020 22:06] Orla Keane: OpenWater support chat: their background job server is down, all customers affected
[20/10/2020 22:10] Orla Keane: webinar lobby opens, fee payments going through
[20/10/2020 22:14] Ciarán Byrne: speaker started 29 minutes late, attendees flooding in
[20/10/2020 23:40] Orla Keane: deadline extension email sent to all members
"""}, {"file": "email-ow1021.txt", "zone": NY, "referenceDate": "2020-10-21", "text": """
From: OpenWater Support | Sent: Wed 10/21/2020 5:00 PM | Subject: Background Job Server Outage Causing Widespread Issues
At approximately 4:55 PM Eastern yesterday our background job server halted: reports, long list views, carts and webinar joins failed. It was resolved for end users by approximately 5:10 PM.
An Azure automatic maintenance had been growing our database log by 1 GB per minute since around 1:00 PM Eastern; when the log hit its 250 GB cap new jobs were rejected, and only then did our alerts fire, together with many customer error reports.
At 5:05 PM database capacity was raised to 1 TB and jobs flowed again. Between 5:15 PM and 6:15 PM we worked with Microsoft Azure support and found the maintenance operation that had gone rogue; the database was fully drained at 5:00 AM this morning.
New monitors now alert at 100 GB, long before users would notice.
"""}],
    "expected": {
        "events": [[u("2020-10-20 13:00", NY), ["1 GB per minute", "growing"]], [u("2020-10-20 16:55", NY), ["halted", "Broken"]],
                   [u("2020-10-20 21:57", DUB), ["spins", "Teams"]], [u("2020-10-20 21:59", DUB), ["attendee cap"]],
                   [u("2020-10-20 22:02", DUB), ["cap raised"]], [u("2020-10-20 17:05", NY), ["1 TB"]],
                   [u("2020-10-20 22:06", DUB), ["background job server"]], [u("2020-10-20 22:10", DUB), ["lobby opens", "Broken"]],
                   [u("2020-10-20 22:14", DUB), ["speaker started"]], [u("2020-10-20 17:15", NY), ["Microsoft"]],
                   [u("2020-10-20 23:40", DUB), ["deadline extension"]], [u("2020-10-21 05:00", NY), ["fully drained", "full drain"]],
                   [u("2020-10-21 17:00", NY), ["Background Job Server Outage"]]],
        "keyTimes": {
            "started": kt(u("2020-10-20 16:55", NY), S, "Broken for our members from 21:55 to 22:10 Irish time", "comment 230013"),
            "detected": kt(u("2020-10-20 21:57", DUB), S, "members emailing that the webinar link just spins", "teams-cas1020.txt"),
            "resolved": kt(u("2020-10-20 17:10", NY), S, "Broken for our members from 21:55 to 22:10 Irish time", "comment 230013")},
        "responders": [["Orla Keane", None], ["Ciarán Byrne", None]],
        "narrative": nar(["Azure automatic maintenance", "250 GB cap"], ["1 TB"], ["CAS-1020", "Teams"],
                         "On 20 October 2020 the society's members could not join its webinar or pay abstract fees from 21:55 to 22:10 Irish time because OpenWater's background job server halted when its database log hit a size cap."),
    }})

# 3. Kaymbu, 16 February 2024 - Redis provider interruption, seen from a Somerville childcare centre at pickup --------
I.append({
    "id": "kaymbu-2024-02-redis-outage-somerville-childcare", "name": "Kaymbu system outage 16 February 2024 (a service interruption at the third-party provider of Kaymbu's primary and secondary Redis clusters; the production app lost its Redis connection at about 4:24 pm ET and the system was unavailable for about 46 minutes while Redis was moved into Kaymbu's AWS environment, then about 70 minutes of partly degraded service (account-level customizations) until all aspects were restored around 6:20 pm ET; no data lost), seen from a Somerville childcare centre whose teachers send daily reports through Kaymbu at pickup time",
    "issueId": "98202", "key": "ACN-0216", "summary": "Kaymbu won't send daily reports/photos from classroom iPads at pickup",
    "reporter": "Tasha Greene", "assignee": "Marcus Bell", "labels": ["kaymbu", "parents", "classroom-ipads"],
    "components": ["classroom-tech", "parent-comms"], "created": c("2024-02-16 16:40", NY), "now": "2024-03-08T12:00:00Z",
    "defaultZone": NY, "priority": "Medium",
    "description": """Kaymbu won't send daily reports or photos from the classroom iPads ('Something went wrong'), the sign-out screen is slow. Pickup is in full swing and parents are asking.

Since maybe 4:15? Probably the new Wi-Fi mesh the landlord installed on Wednesday. Eastern time.""",
    "comments": [
        ("230020", "Marcus Bell", c("2024-02-16 16:55", NY), """Not the Wi-Fi: it fails on LTE too. Kaymbu support chat says they're aware of a system outage. Staff GroupMe copied to groupme-acorns0216.txt (Eastern)."""),
        ("230021", "Tasha Greene", c("2024-02-16 18:50", NY), """All drafts had gone out when I checked from home at 6:02. Parent email about the late reports is sent."""),
        ("230022", "Tasha Greene", c("2024-02-20 09:00", NY), """Kaymbu posted a postmortem: their third-party Redis provider had a service interruption and the production app lost its connection to the Redis nodes at 4:24 pm. They moved Redis into their own AWS environment: a system-wide outage of about 46 minutes, then about 70 minutes of partly degraded service (some account-level customizations) until all aspects were restored around 6:20 pm. No data lost."""),
        ("230023", "Tasha Greene", c("2024-02-21 15:00", NY), """Review (Wednesday 21 Feb), Eastern time.
Start: 4:24 pm, when Kaymbu lost its Redis connection; Jess's first failed report came three minutes later.
First knew: Jess in the Toddler room at 4:27 pm (GroupMe).
End: nobody here looked at a clock during pickup, and Marcus left with the Pre-K drafts stuck. Kaymbu's postmortem gives a system-wide outage of about 46 minutes from 4:24 pm; the degraded 70 minutes after that only touched account customizations, which we don't use. My 6:02 check from home is just when I looked.
The Wi-Fi mesh was innocent; unplugging the hallway unit cost ten minutes.
Actions: paper daily-report slips in each room for outages, a pickup message template for parents, ask Kaymbu for status-page SMS."""),
    ],
    "changelog": [
        ("Marcus Bell", c("2024-02-16 16:41", NY), [("status", "Open", "In Progress")]),
        ("Tasha Greene", c("2024-02-16 18:51", NY), [("status", "In Progress", "Monitoring")]),
        ("Tasha Greene", c("2024-02-21 15:05", NY), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "groupme-acorns0216.txt", "zone": NY, "referenceDate": "2024-02-16", "text": """
[2/16/24 4:27 PM] Jess Rivera (Toddler room): Kaymbu won't send the daily reports, spins then "Something went wrong"
[2/16/24 4:31 PM] Tasha Greene: probably the new wifi mesh, unplug the hallway unit and try again
[2/16/24 4:38 PM] Jess Rivera (Toddler room): unplugged and back, same error. doesn't work on my phone on LTE either
[2/16/24 4:45 PM] Tasha Greene: parents at pickup asking where the photos are. telling them tonight
[2/16/24 4:52 PM] Marcus Bell (Pre-K): Kaymbu support chat: "we're aware of a system outage and working on it"
[2/16/24 5:00 PM] Marcus Bell (Pre-K): heading out, 9 Pre-K reports still sitting in drafts
[2/16/24 6:02 PM] Tasha Greene: checked from home, drafts all sent
[2/16/24 6:48 PM] Tasha Greene: parent email about the late reports is out
"""}],
    "expected": {
        "events": [[u("2024-02-16 16:24", NY), ["Redis"]], [u("2024-02-16 16:27", NY), ["daily reports", "First knew"]],
                   [u("2024-02-16 16:31", NY), ["wifi"]], [u("2024-02-16 16:38", NY), ["LTE"]],
                   [u("2024-02-16 16:45", NY), ["pickup"]], [u("2024-02-16 16:52", NY), ["aware"]],
                   [u("2024-02-16 17:00", NY), ["drafts"]], [u("2024-02-16 18:02", NY), ["drafts all sent", "from home"]],
                   [u("2024-02-16 18:20", NY), ["all aspects"]], [u("2024-02-16 18:48", NY), ["parent email"]]],
        "keyTimes": {
            "started": kt(u("2024-02-16 16:24", NY), S, "Start: 4:24 pm, when Kaymbu lost its Redis connection", "comment 230023"),
            "detected": kt(u("2024-02-16 16:27", NY), S, "Kaymbu won't send the daily reports", "groupme-acorns0216.txt"),
            "resolved": kt(u("2024-02-16 17:10", NY), I_, "system-wide outage of about 46 minutes from 4:24 pm", "comment 230023")},
        "responders": [["Tasha Greene", None], ["Marcus Bell", None], ["Jess Rivera (Toddler room)", None]],
        "narrative": nar(["Redis provider"], ["own AWS environment"], ["ACN-0216", "GroupMe"],
                         "On 16 February 2024 the centre's teachers could not send daily reports through Kaymbu for about 46 minutes from 4:24 pm Eastern because Kaymbu's Redis provider failed."),
    }})

# 4. Section, 11 May 2021 - maintenance error took down portal and API, seen from a Sydney web agency -----------------
I.append({
    "id": "section-2021-05-maintenance-error-sydney-agency", "name": "Section portal and API outage 11 May 2021 (an error in routine maintenance terminated some backend and user-facing infrastructure and the rollback failed; status Investigating 02:35 UTC 'portal is currently down', portal access back 03:40 with API, logs and metrics still out, cache clear API restored 06:31, Monitoring with workarounds 07:47, Resolved 15:42, postmortem 21:23 UTC; traffic delivery POPs unaffected; when the infrastructure was terminated was not published), seen from a Sydney web agency whose deploy pipeline purges Section's cache for a retail client",
    "issueId": "98203", "key": "HLD-0511", "summary": "Deploys not going live - Section purge-cache step 503, portal down",
    "reporter": "Liam Zhou", "assignee": "Priya Natarajan", "labels": ["section", "cdn", "deploys"],
    "components": ["ci-pipeline", "client-sites"], "created": c("2021-05-11 12:45", SYD), "now": "2021-05-31T12:00:00Z",
    "defaultZone": SYD, "priority": "High",
    "description": """Deploys for client sites go out but Section's cache never gets purged: the pipeline fails at purge-cache (503 from the Section API) and the Section portal won't load. Kettle & Co's sale banner changes aren't live.

Broke around noon? I think it's the API token we rotated on Monday. Sydney time.""",
    "comments": [
        ("230030", "Liam Zhou", c("2021-05-11 13:00", SYD), """New token, same 503, so not the token. Section's status page says 'Section portal is currently down'. Our Slack is in slack-hld0511.txt (Sydney time)."""),
        ("230031", "Priya Natarajan", c("2021-05-11 16:50", SYD), """Deploy #4829 purged fine and Kettle & Co's banner is correct. The portal had been back since early afternoon but purges kept failing until Section fixed the cache clear API."""),
        ("230032", "Liam Zhou", c("2021-05-12 09:00", SYD), """Section's status history (UTC) and postmortem copied to section-status-0511.txt."""),
        ("230033", "Priya Natarajan", c("2021-05-14 11:00", SYD), """Review (Friday 14 May), Sydney time (AEST, UTC+10).
When Section's API actually broke: unknown. Our last good purge was at 9:52 on Tuesday morning and the next deploy was the failing one; Section's postmortem says only that an error in routine maintenance terminated some backend infrastructure, with no time.
First knew: the buildbot failure at 12:21.
End: 4:31 pm, when Section restored the cache clear API (06:31 UTC); our 4:38 deploy purged fine.
Section's 'monitoring' at 5:47 pm, 'resolved' at 1:42 am Wednesday and the postmortem at 7:23 am Wednesday came after our impact.
The token rotation was a red herring; regenerating it cost ten minutes.
Actions: a manual purge runbook through the portal, alert the account lead when purge-cache fails twice, on-call subscribed to Section's status page."""),
    ],
    "changelog": [
        ("Priya Natarajan", c("2021-05-11 12:46", SYD), [("status", "Open", "In Progress")]),
        ("Priya Natarajan", c("2021-05-11 16:51", SYD), [("status", "In Progress", "Monitoring")]),
        ("Priya Natarajan", c("2021-05-14 11:05", SYD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-hld0511.txt", "zone": SYD, "referenceDate": "2021-05-11", "text": """
#deploys  Tue 11 May
12:21 PM  buildbot  deploy #4821 (kettle-and-co) FAILED at step purge-cache: Section API 503
12:24 PM  Liam Zhou  probably the API token we rotated Monday, regenerating it
12:33 PM  Liam Zhou  new token, same 503. Section portal won't load either
12:40 PM  Priya Natarajan  status.section.io: "Section portal is currently down", posted 12:35
1:40 PM  Liam Zhou  portal loads again, purge via API still 503
3:05 PM  Priya Natarajan  Kettle & Co rang: sale banner still shows old prices, told them no ETA yet
4:31 PM  Priya Natarajan  Section status: cache clear API restored and operational
4:38 PM  buildbot  deploy #4829 (kettle-and-co) SUCCEEDED, purge-cache OK
5:47 PM  Liam Zhou  Section status now monitoring, workarounds in place
"""}, {"file": "section-status-0511.txt", "zone": "UTC", "referenceDate": "2021-05-11", "text": """
Section status history, 11 May 2021 (UTC), as copied
02:35 investigating: Section portal is currently down
03:40 investigating: management portal access restored; API functionality still being investigated, logs and metrics unavailable
04:11 investigating: restoring logs and the cache clear API
04:52 investigating: logs and metrics service being restored
06:14 investigating: still working on cache clear API availability
06:31 investigating: cache clear API restored and operational
07:47 monitoring: workarounds implemented
15:42 resolved
21:23 postmortem: an error in routine maintenance terminated some backend and user-facing infrastructure; the rollback failed, so engineers brought components back in DR priority order. Traffic delivery POPs were not affected.
"""}],
    "expected": {
        "events": [[u("2021-05-11 12:21", SYD), ["purge-cache", "buildbot"]], [u("2021-05-11 12:24", SYD), ["token"]],
                   [u("2021-05-11 12:33", SYD), ["same 503"]], [u("2021-05-11 12:35", SYD), ["portal is currently down"]],
                   [u("2021-05-11 13:40", SYD), ["portal"]], [u("2021-05-11 14:11", SYD), ["restoring logs"]],
                   [u("2021-05-11 15:05", SYD), ["sale banner"]], [u("2021-05-11 16:31", SYD), ["cache clear API"]],
                   [u("2021-05-11 16:38", SYD), ["SUCCEEDED", "purged fine"]], [u("2021-05-11 17:47", SYD), ["monitoring"]],
                   [u("2021-05-12 01:42", SYD), ["resolved"]], [u("2021-05-12 07:23", SYD), ["postmortem"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2021-05-11 12:21", SYD), S, "FAILED at step purge-cache", "slack-hld0511.txt"),
            "resolved": kt(u("2021-05-11 16:31", SYD), S, "End: 4:31 pm, when Section restored the cache clear API", "comment 230033")},
        "responders": [["Liam Zhou", None], ["Priya Natarajan", None]],
        "narrative": nar(["routine maintenance"], ["cache clear API restored"], ["HLD-0511", "buildbot"],
                         "On 11 May 2021 the agency could not purge Section's cache, so client deploys did not go live, until 4:31 pm Sydney time; when Section's API broke is not known."),
    }})

# 5. Firstup, 26 March 2025 - database connection exhaustion, seen from a Manila support centre's night shift --------
I.append({
    "id": "firstup-2025-03-db-connections-manila-support", "name": "Firstup Employee Experience errors 26 March 2025 (system monitors alerted on database connectivity at 8:48 AM PT; customer reports from about 8:55; every end user opening the web or mobile Employee Experience got a system error between 8:48 and 8:58 AM PT, when services auto-restarted and released stale connections; platform incident declared 9:04, status page 9:11 AM PT; root cause exhaustion of available database connections), seen from a Manila customer-support centre whose night shift reads break announcements in the Firstup app, with PDT in force in the US since 9 March",
    "issueId": "98204", "key": "BCX-0326", "summary": "Firstup app 'Something went wrong' for night shift - break announcement not loading",
    "reporter": "Carla Mendoza", "assignee": "Paolo Santos", "labels": ["firstup", "employee-comms", "night-shift"],
    "components": ["workforce-tools", "it-desk"], "created": c("2025-03-27 00:05", MNL), "now": "2025-04-18T12:00:00Z",
    "defaultZone": MNL, "priority": "Medium",
    "description": """The Firstup app shows 'Something went wrong' for the whole of Team 3 (web and phone), so nobody could open the 1 AM break announcement. Working again now, logging it for the vendor review.

Started just before midnight? Paolo first blamed the floor wifi captive portal. Manila time.""",
    "comments": [
        ("230040", "Paolo Santos", c("2025-03-27 00:30", MNL), """It came back by itself before I changed anything. Teams chat in teams-bcx0326.txt (Manila time). Firstup's status page only posted after it was already working."""),
        ("230041", "Carla Mendoza", c("2025-03-27 01:15", MNL), """Break announcement re-sent through Teams at 1:10 AM as well. 3 agents missed the 1 AM break window; the floor lead sorted it."""),
        ("230042", "Paolo Santos", c("2025-04-01 10:00", MNL), """Firstup published a postmortem; its timeline is copied to firstup-pm-0326.txt (Pacific time, as published). Root cause: their database ran out of available connections; it healed when services auto-restarted."""),
        ("230043", "Carla Mendoza", c("2025-04-02 14:00", MNL), """Review (Wednesday 2 April), Manila time.
Window: 11:48 PM to 11:58 PM on 26 March, Firstup's 8:48 to 8:58 AM PT. The US has been on daylight time since 9 March, so Pacific is UTC-7 and 15 hours behind us; Paolo's '12:48 AM here' used the winter offset.
First knew: my message at 11:51 PM, the whole team getting errors.
My 11:59 'loads again' is just when I retried. Firstup's incident declaration (12:04 AM our time) and status post (12:11 AM) came after it had healed.
The floor wifi was a wrong lead; luckily the controller was never reset.
Cause (Firstup): exhaustion of available database connections.
Actions: break announcements also pinned in Teams, IT checks vendor status pages before touching the floor network, Firstup status subscription for the night-shift leads."""),
    ],
    "changelog": [
        ("Paolo Santos", c("2025-03-27 00:06", MNL), [("status", "Open", "In Progress")]),
        ("Carla Mendoza", c("2025-03-27 01:16", MNL), [("status", "In Progress", "Monitoring")]),
        ("Carla Mendoza", c("2025-04-02 14:05", MNL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-bcx0326.txt", "zone": MNL, "referenceDate": "2025-03-26", "text": """
[3/26/2025 11:51 PM] Carla Mendoza (TL Team 3): Firstup app shows "Something went wrong" for my whole team, can't open the break announcement
[3/26/2025 11:53 PM] Paolo Santos (IT): captive portal on the floor wifi timed out again, I'll reset the controller
[3/26/2025 11:56 PM] Paolo Santos (IT): wait, same error on my phone on Globe data. not the wifi
[3/26/2025 11:59 PM] Carla Mendoza (TL Team 3): it loads again, team reading the announcement now
[3/27/2025 12:11 AM] Paolo Santos (IT): Firstup has an incident on their status page now
[3/27/2025 12:20 AM] Paolo Santos (IT): they say it started 8:48 AM PT, that's 12:48 AM here?? so after it was already fixed?
"""}, {"file": "firstup-pm-0326.txt", "zone": "America/Los_Angeles", "referenceDate": "2025-03-26", "text": """
Firstup incident postmortem, 26 March 2025 (PT, as published), timeline as we copied it
8:48 AM system monitors alert on connecting to the database; incident response team starts looking
8:55 AM first customer reports of an error message when loading the Employee Experience
8:58 AM services auto-restarted and released stale database connections; system self-healed
9:04 AM platform incident declared (Sev-2)
9:11 AM incident published on the status page
Impact: web and mobile Employee Experience returned a system error between 8:48 AM and 8:58 AM PT (10 minutes)
"""}],
    "expected": {
        "events": [[u("2025-03-26 08:48", "America/Los_Angeles"), ["monitors alert", "Window"]],
                   [u("2025-03-26 23:51", MNL), ["Something went wrong", "First knew"]],
                   [u("2025-03-26 23:53", MNL), ["captive portal"]], [u("2025-03-26 08:55", "America/Los_Angeles"), ["customer reports"]],
                   [u("2025-03-26 23:56", MNL), ["Globe"]], [u("2025-03-26 08:58", "America/Los_Angeles"), ["auto-restarted", "Window"]],
                   [u("2025-03-26 23:59", MNL), ["loads again"]], [u("2025-03-26 09:04", "America/Los_Angeles"), ["declared", "declaration"]],
                   [u("2025-03-26 09:11", "America/Los_Angeles"), ["status page", "status post"]], [u("2025-03-27 01:10", MNL), ["re-sent"]]],
        "keyTimes": {
            "started": kt(u("2025-03-26 23:48", MNL), S, "Window: 11:48 PM to 11:58 PM on 26 March", "comment 230043"),
            "detected": kt(u("2025-03-26 23:51", MNL), S, "Firstup app shows \"Something went wrong\" for my whole team", "teams-bcx0326.txt"),
            "resolved": kt(u("2025-03-26 23:58", MNL), S, "Window: 11:48 PM to 11:58 PM on 26 March", "comment 230043")},
        "responders": [["Carla Mendoza", None], ["Paolo Santos", None]],
        "narrative": nar(["database connections"], ["auto-restarted"], ["BCX-0326", "Team 3"],
                         "On 26 March 2025 the support centre's night shift could not open the Firstup app from 11:48 PM to 11:58 PM Manila time because Firstup's database ran out of connections."),
    }})

# 6. Tagadab, 1 December 2013 - datacentre power loss, seen from a UK gift shop the night before Cyber Monday --------
I.append({
    "id": "tagadab-2013-12-dc-power-loss-uk-giftshop", "name": "Tagadab datacentre total power loss 1 December 2013 (Sunday; one of Tagadab's datacentres lost all power starting at approximately 16.40, power restored at 17.30; initial finding a failed UPS component, and the UPS did not fall back to bypass as designed; cause referred to the manufacturer; when each customer server was back was not published), seen from a UK online gift shop hosted on a Tagadab VPS the evening before Cyber Monday",
    "issueId": "98205", "key": "HH-1201", "summary": "Shop down - site times out, UptimeRobot DOWN, night before Cyber Monday",
    "reporter": "Gemma Holt", "assignee": "Rhys Pritchard", "labels": ["hosting", "shop", "peak-season"],
    "components": ["webshop", "hosting"], "created": c("2013-12-01 17:10", LON), "now": "2014-01-06T12:00:00Z",
    "defaultZone": LON,
    "description": """The shop is down: the site times out and UptimeRobot keeps texting DOWN. The Cyber Monday email goes out at 7am tomorrow.

Since about quarter to five. Rhys wonders whether the Black Friday discount plugin he installed on Friday crashed the server. UK time.""",
    "comments": [
        ("230050", "Rhys Pritchard", c("2013-12-01 17:20", LON), """Not the plugin: the VPS doesn't even answer ssh. Tagadab's support line says there's a power problem in the datacentre, no ETA. Our WhatsApp copied to whatsapp-hh1201.txt."""),
        ("230051", "Gemma Holt", c("2013-12-01 21:20", LON), """Shop is back (I saw it working on my phone). Cyber Monday email stays scheduled. 11 abandoned carts from this evening to follow up."""),
        ("230052", "Rhys Pritchard", c("2013-12-16 10:00", LON), """Tagadab's Major Incident Report is up: one of their datacentres suffered a total loss of power on Sunday 1 December, starting at approximately 16.40; power was restored at 17.30. Probably a failed UPS component, and the UPS did not drop into bypass as it should have. Referred to the manufacturer, cause not fully understood yet."""),
        ("230053", "Gemma Holt", c("2013-12-17 12:00", LON), """Review (Tuesday 17 Dec), UK time.
Start: 16:40, with Tagadab's datacentre power loss; our UptimeRobot text came two minutes later.
First knew: the UptimeRobot text at 16:42.
End: unknown. Tagadab had power back at 17:30, but our server didn't come up cleanly: at 19:15 Rhys was still repairing database tables, and I only noticed the shop working at 21:02. Rhys had paused the monitor at 17:05 and nobody looked in between.
The Black Friday plugin was not involved.
Cost: an evening of pre-Cyber Monday orders, 11 abandoned carts.
Actions: keep the monitor running during incidents (mute the texts instead), a static 'back soon' page hosted elsewhere, ask Tagadab about a second site."""),
    ],
    "changelog": [
        ("Rhys Pritchard", c("2013-12-01 17:11", LON), [("status", "Open", "In Progress")]),
        ("Gemma Holt", c("2013-12-01 21:21", LON), [("status", "In Progress", "Monitoring")]),
        ("Gemma Holt", c("2013-12-17 12:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-hh1201.txt", "zone": LON, "referenceDate": "2013-12-01", "text": """
01/12/2013, 16:42 - Gemma Holt: UptimeRobot text just now: shop DOWN, connection timeout
01/12/2013, 16:47 - Gemma Holt: is it the Black Friday plugin you put on Friday? orders were flying yesterday
01/12/2013, 16:55 - Rhys Pritchard: can't even ssh in, box is off or unreachable. checking Tagadab
01/12/2013, 17:05 - Rhys Pritchard: Tagadab support: power problem in the datacentre, no ETA. paused the monitor so it stops texting you
01/12/2013, 17:38 - Rhys Pritchard: Tagadab tweet: power back in the DC, bringing customer servers up
01/12/2013, 18:20 - Gemma Holt: still down from here
01/12/2013, 19:15 - Rhys Pritchard: VPS running in their panel, site shows a database error. repairing tables
01/12/2013, 21:02 - Gemma Holt: shop works on my phone! when did it come back?
01/12/2013, 21:05 - Rhys Pritchard: no idea, I was on the train. monitor back on
"""}],
    "expected": {
        "events": [[u("2013-12-01 16:40", LON), ["power", "Start"]], [u("2013-12-01 16:42", LON), ["UptimeRobot"]],
                   [u("2013-12-01 16:47", LON), ["plugin"]], [u("2013-12-01 16:55", LON), ["ssh"]],
                   [u("2013-12-01 17:05", LON), ["paused"]], [u("2013-12-01 17:30", LON), ["power back at"]],
                   [u("2013-12-01 17:38", LON), ["power back in the DC"]], [u("2013-12-01 18:20", LON), ["still down"]],
                   [u("2013-12-01 19:15", LON), ["repairing"]], [u("2013-12-01 21:02", LON), ["shop works", "noticed"]],
                   [u("2013-12-01 21:05", LON), ["monitor back on"]]],
        "keyTimes": {
            "started": kt(u("2013-12-01 16:40", LON), S, "Start: 16:40, with Tagadab's datacentre power loss", "comment 230053"),
            "detected": kt(u("2013-12-01 16:42", LON), S, "UptimeRobot text just now", "whatsapp-hh1201.txt"),
            "resolved": kt(None, U)},
        "responders": [["Gemma Holt", None], ["Rhys Pritchard", None]],
        "narrative": nar(["UPS"], ["power was restored"], ["HH-1201", "UptimeRobot"],
                         "On 1 December 2013 the gift shop went offline at 16:40 UK time when its hosting provider's datacentre lost power; when the shop came back that evening is not known."),
    }})

# 7. Singapore MRT, 14 October 2020 - three-line power fault, seen from a Tuas food factory's night shift ------------
I.append({
    "id": "smrt-2020-10-tuas-power-fault-food-factory", "name": "Singapore MRT power fault 14 October 2020 (at 6.58pm a burnt 22 kV cable section between Tuas Link and Tuas West Road and a circuit breaker that failed to trip (melted trip coil) cut power to the NSL between Woodlands and Jurong East and the EWL between Queenstown and Gul Circle, stalling 12 trains; SMRT's first tweet about 7.15pm; drawing power from Buona Vista without isolating the fault tripped the Circle Line at 7.34pm; detrainment from 7.30pm (NSEWL) and 8pm (CCL); CCL resumed 8.40pm; last detrainment at Bukit Batok delayed to 9.55pm; fault isolated 10.34pm; NSEWL resumed 10.35pm; 123,000 commuters; LTA report 28 Oct), seen from a Tuas food factory whose night shift commutes on the EWL",
    "issueId": "98206", "key": "MF-1014", "summary": "Night shift can't reach Tuas - EWL trains stopped, workers stuck on trains",
    "reporter": "Mei Ling Tan", "assignee": "Rajesh Kumar", "labels": ["night-shift", "transport", "production"],
    "components": ["production-lines", "hr-roster"], "created": c("2020-10-14 19:25", SGT), "now": "2020-11-16T12:00:00Z",
    "defaultZone": SGT, "priority": "High",
    "description": """Night shift (8pm start, lines 2-4) can't get to Tuas: EWL trains stopped west of Jurong East / Queenstown, some of our workers stuck in stalled trains. 58 rostered.

Started around 7:15pm? First thought it was the usual signal fault; looks bigger now. Singapore time.""",
    "comments": [
        ("230060", "Rajesh Kumar", c("2020-10-14 19:50", SGT), """Line start postponed to 10pm, day shift on 2 hours OT. Company lorries going to Boon Lay and Jurong East. Telegram group copied to telegram-mf1014.txt (SG time)."""),
        ("230061", "Mei Ling Tan", c("2020-10-14 23:10", SGT), """EWL running again, the last of the night shift clocked in at 11:02pm. Lines 2-4 started at 10:15pm with 41 of 58."""),
        ("230062", "Rajesh Kumar", c("2020-10-29 10:00", SGT), """LTA's report (28 Oct): at 6:58pm a burnt 22 kV cable section between Tuas Link and Tuas West Road, plus a circuit breaker that failed to trip (melted trip coil), cut power to the NSL and EWL; 12 trains stalled. Drawing power from Buona Vista without first isolating the fault then tripped the Circle Line at 7:34pm. CCL back at 8:40pm; detrainment of the last NSEWL train at Bukit Batok slipped to 9:55pm (wet weather, lightning risk); fault isolated 10:34pm; NSEWL service resumed 10:35pm."""),
        ("230063", "Mei Ling Tan", c("2020-10-30 15:00", SGT), """Review (Friday 30 Oct), SG time.
Disruption for our night shift: 6:58pm to 10:35pm, LTA's own minutes for the EWL power loss and the resumption.
First knew: Hafiz at 7:03pm, stuck between Boon Lay and Pioneer with the lights off. The 'around 7:15pm' in the ticket was SMRT's first tweet, not the start.
The Circle Line stop (7:34pm to 8:40pm) only affected Wei Jie; the 10:34pm isolation was the engineers' step, trains ran from 10:35pm.
Our 'signal fault, add 15 min' message kept people waiting on trains for half an hour.
Cause (LTA): burnt power cable plus a circuit breaker that failed to trip, then a restoration attempt that took down the CCL.
Actions: lorry pickup plan for west-line disruptions, a 20-minute rule before calling anything a signal fault, two night-shift leads who live off the EWL."""),
    ],
    "changelog": [
        ("Rajesh Kumar", c("2020-10-14 19:26", SGT), [("status", "Open", "In Progress")]),
        ("Mei Ling Tan", c("2020-10-14 23:11", SGT), [("status", "In Progress", "Monitoring")]),
        ("Mei Ling Tan", c("2020-10-30 15:05", SGT), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "telegram-mf1014.txt", "zone": SGT, "referenceDate": "2020-10-14", "text": """
[14/10/20 7:03 PM] Hafiz (line lead): train stop between Boon Lay and Pioneer, lights off aircon off
[14/10/20 7:06 PM] Mei Ling Tan (HR): probably signal fault again, add 15 min, still come ok
[14/10/20 7:16 PM] Hafiz (line lead): SMRT tweet: add 25 minutes, no train Queenstown to Gul Circle
[14/10/20 7:30 PM] Rajesh Kumar: 8pm line start postponed, day shift stay on OT
[14/10/20 7:34 PM] Wei Jie (packing): my Circle Line also stopped at Buona Vista
[14/10/20 7:42 PM] Hafiz (line lead): doors opened, we walking on the track back to Boon Lay
[14/10/20 8:05 PM] Mei Ling Tan (HR): 2 company lorries leaving for Boon Lay and Jurong East
[14/10/20 8:40 PM] Wei Jie (packing): Circle Line moving again
[14/10/20 9:32 PM] Rajesh Kumar: 31 of 58 night shift clocked in
[14/10/20 10:35 PM] Mei Ling Tan (HR): SMRT: NSL and EWL services resumed
"""}],
    "expected": {
        "events": [[u("2020-10-14 18:58", SGT), ["burnt", "Disruption"]], [u("2020-10-14 19:03", SGT), ["train stop", "First knew"]],
                   [u("2020-10-14 19:06", SGT), ["signal fault"]], [u("2020-10-14 19:16", SGT), ["25 minutes"]],
                   [u("2020-10-14 19:30", SGT), ["postponed"]], [u("2020-10-14 19:34", SGT), ["Circle Line"]],
                   [u("2020-10-14 19:42", SGT), ["walking on the track"]], [u("2020-10-14 20:05", SGT), ["lorries"]],
                   [u("2020-10-14 20:40", SGT), ["Circle Line moving", "CCL back"]], [u("2020-10-14 21:32", SGT), ["clocked in"]],
                   [u("2020-10-14 21:55", SGT), ["Bukit Batok"]], [u("2020-10-14 22:34", SGT), ["isolated", "isolation"]],
                   [u("2020-10-14 22:35", SGT), ["resumed", "Disruption"]]],
        "keyTimes": {
            "started": kt(u("2020-10-14 18:58", SGT), S, "Disruption for our night shift: 6:58pm to 10:35pm", "comment 230063"),
            "detected": kt(u("2020-10-14 19:03", SGT), S, "train stop between Boon Lay and Pioneer", "telegram-mf1014.txt"),
            "resolved": kt(u("2020-10-14 22:35", SGT), S, "Disruption for our night shift: 6:58pm to 10:35pm", "comment 230063")},
        "responders": [["Mei Ling Tan", None], ["Rajesh Kumar", None], ["Hafiz (line lead)", None]],
        "narrative": nar(["circuit breaker", "22 kV cable"], ["resumed"], ["MF-1014", "lines 2-4"],
                         "On 14 October 2020 a power fault stopped East-West Line trains from 6:58pm to 10:35pm Singapore time, stranding the factory's night shift on the way to Tuas."),
    }})

# 8. Newfoundland and Labrador Hydro, 23-24 February 2014 - Baie Verte Peninsula outage, seen from a La Scie care home -
I.append({
    "id": "nlhydro-2014-02-laScie-outage-care-home", "name": "Newfoundland and Labrador Hydro outage 23-24 February 2014 (about 1,700 customers in La Scie, Tilt Cove, Nippers Harbour and nearby communities lost power at approximately 12:45 pm NST on Sunday 23 February; line crews found nothing, a terminal crew from Bishop's Falls found a problem with a pressure switch on the transformer protection relays; power restored at approximately 1:00 am Monday; Hydro update posted 7:00 AM on 24 February), seen from a personal care home in La Scie (Newfoundland time, UTC-3:30)",
    "issueId": "98207", "key": "CSJ-0223", "summary": "Mains power out at the home - generator on emergency circuits only, no heat in the halls",
    "reporter": "Marjorie Rideout", "assignee": "Wayne Kearley", "labels": ["power", "facilities", "residents"],
    "components": ["facilities", "resident-care"], "created": c("2014-02-23 13:15", NST), "now": "2014-03-14T12:00:00Z",
    "defaultZone": NST, "priority": "High",
    "description": """Mains power out at the home since lunch. The generator runs the emergency circuits and the O2 concentrators only; no heat in the halls, kitchen on the gas range. 14 residents.

Wayne thinks the new commercial dryer tripped the main again. Newfoundland time.""",
    "comments": [
        ("230070", "Wayne Kearley", c("2014-02-23 13:40", NST), """Reset the main, nothing. The neighbours are out too and the NL Hydro outage line says the La Scie area is down, crews looking. Shift log in log-csj0223.txt (NL time)."""),
        ("230071", "Doreen Pardy", c("2014-02-24 06:30", NST), """Night report: mains back overnight (transfer switch stamp in the log), heat came on, residents back in their rooms. Generator used about 140 L."""),
        ("230072", "Marjorie Rideout", c("2014-02-24 09:00", NST), """NL Hydro's 7:00 AM update: about 1700 customers from La Scie to Nippers Harbour lost power at approximately 12:45 pm Sunday; line crews found no issues, a terminal crew from Bishop's Falls found a problem with a pressure switch on the transformer protection relays; power restored at approximately 1:00 am."""),
        ("230073", "Marjorie Rideout", c("2014-02-27 14:00", NST), """Review (Thursday 27 Feb), Newfoundland time (NST, UTC-3:30).
Outage for us: 12:45 pm Sunday to 1:00 am Monday. Hydro's times match our logbook (lights out 12:46, transfer switch stamp 01:00:41).
First knew: lights out at 12:46, the generator started by itself.
The dryer was innocent; resetting the main did nothing.
Hydro's 7:00 AM update came after the power was back; 1:45 am is when residents were back in their rooms, not the end of the outage.
Lows: halls down to 14C by evening; three propane heaters borrowed.
Actions: put the lounge baseboard heaters on the generator, keep 2 days of fuel, a call list for families when power is out more than 4 hours."""),
    ],
    "changelog": [
        ("Wayne Kearley", c("2014-02-23 13:16", NST), [("status", "Open", "In Progress")]),
        ("Doreen Pardy", c("2014-02-24 06:31", NST), [("status", "In Progress", "Monitoring")]),
        ("Marjorie Rideout", c("2014-02-27 14:05", NST), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "log-csj0223.txt", "zone": NST, "referenceDate": "2014-02-23", "text": """
Sun 23 Feb 2014 - shift log, Cape St. John Personal Care Home
12:46 lights out, generator started (emergency circuits + O2 concentrators only)
12:50 Wayne at main panel: thinks the new dryer tripped the main again, reset it, nothing
13:05 neighbours out too; called NL Hydro outage line, La Scie area out, crew looking
14:30 hall 17C, extra blankets, residents moved to the lounge
16:40 NL Hydro: line patrol found nothing, terminal crew coming from Bishop's Falls
19:15 hall 14C, Marjorie brought 3 propane heaters for the lounge
23:30 generator refuelled (second time)
Mon 24 Feb
01:00 transfer switch: MAINS RESTORED (panel stamp 01:00:41), heat back on
01:45 halls warming, residents back to their rooms
"""}],
    "expected": {
        "events": [[u("2014-02-23 12:45", NST), ["lost power", "Outage for us"]], [u("2014-02-23 12:46", NST), ["lights out"]],
                   [u("2014-02-23 12:50", NST), ["dryer"]], [u("2014-02-23 13:05", NST), ["outage line"]],
                   [u("2014-02-23 14:30", NST), ["blankets"]], [u("2014-02-23 16:40", NST), ["terminal crew"]],
                   [u("2014-02-23 19:15", NST), ["propane"]], [u("2014-02-23 23:30", NST), ["refuelled"]],
                   [u("2014-02-24 01:00", NST), ["MAINS RESTORED", "Outage for us"]], [u("2014-02-24 01:45", NST), ["residents back"]],
                   [u("2014-02-24 07:00", NST), ["7:00 AM update"]]],
        "keyTimes": {
            "started": kt(u("2014-02-23 12:45", NST), S, "Outage for us: 12:45 pm Sunday to 1:00 am Monday", "comment 230073"),
            "detected": kt(u("2014-02-23 12:46", NST), S, "12:46 lights out, generator started", "log-csj0223.txt"),
            "resolved": kt(u("2014-02-24 01:00", NST), S, "Outage for us: 12:45 pm Sunday to 1:00 am Monday", "comment 230073")},
        "responders": [["Marjorie Rideout", None], ["Wayne Kearley", None], ["Doreen Pardy", None]],
        "narrative": nar(["pressure switch"], ["power restored"], ["CSJ-0223", "O2 concentrators"],
                         "On 23-24 February 2014 the La Scie care home had no mains power from 12:45 pm Sunday to 1:00 am Monday Newfoundland time because of a faulty pressure switch on a Hydro transformer's protection relays."),
    }})

# 9. SNCF, 26 December 2017 - power failure at Gare Saint-Lazare, seen from a Paris travel agency's group -------------
I.append({
    "id": "sncf-2017-12-saint-lazare-power-travel-group", "name": "Gare Saint-Lazare power supply failure 26 December 2017 (SNCF tweeted that traffic to and from Paris Saint-Lazare was totally interrupted since 09h40 by a power supply failure; 20 Minutes reported no trains between 9h30 and 10h15 (fault on medium-voltage circuits); SNCF told RTL traffic resumed at 10h50, then tweeted 'interrompue depuis 11h20'; trains ran again around 12h15 per SNCF's communique (RTL: around 12h30), back to normal early afternoon; Normandy Intercites/TER and Transilien J and L affected), seen from a Paris travel agency whose 24-person group was waiting for an Intercites to Caen",
    "issueId": "98208", "key": "ECU-1226", "summary": "Groupe Côte Fleurie bloqué à Saint-Lazare - aucun départ, Intercités Caen",
    "reporter": "Julien Moreau", "assignee": "Sandrine Lefèvre", "labels": ["groupes", "sncf", "fetes"],
    "components": ["voyages-groupes", "accompagnement"], "created": c("2017-12-26 09:55", PAR), "now": "2018-01-15T12:00:00Z",
    "defaultZone": PAR, "priority": "High",
    "description": """Groupe 'Côte Fleurie' (24 personnes) bloqué à Saint-Lazare : l'Intercités pour Caen devait partir à 10:50, tous les départs affichés 'retard indéterminé'.

Depuis 9h45 environ ? Sandrine pense à une grève surprise. Heure de Paris.""",
    "comments": [
        ("230080", "Julien Moreau", c("2017-12-26 10:05", PAR), """Pas de grève : la SNCF annonce une panne d'alimentation électrique, circulation totalement interrompue depuis 09:40 au départ et à l'arrivée de Saint-Lazare. Fil WhatsApp avec Sandrine dans whatsapp-ecu1226.txt (heure de Paris)."""),
        ("230081", "Julien Moreau", c("2017-12-26 13:10", PAR), """Groupe parti à 12:41, 1h51 de retard. Autocar de secours annulé, 150 € de frais."""),
        ("230082", "Sandrine Lefèvre", c("2017-12-27 10:00", PAR), """Revue de presse : 20 Minutes écrit que plus aucun train n'a circulé entre 9:30 et 10:15 (défaut d'alimentation sur des circuits moyenne tension) ; la SNCF avait dit à RTL que le trafic reprenait à 10:50, puis a tweeté 'interrompue depuis 11h20' ; reprise vers 12:15 selon le communiqué SNCF (RTL dit 12:30), retour à la normale en début d'après-midi."""),
        ("230083", "Julien Moreau", c("2017-12-29 15:00", PAR), """Bilan (vendredi 29 décembre), heure de Paris.
Impact pour notre groupe : aucun départ possible de 9:40 à 12:15, heures de la SNCF (tweet 'interrompue depuis 09h40', communiqué 'reprise aux alentours de 12h15').
Su par nous : message de Sandrine à 9:44, tableau entièrement en 'retard indéterminé'. Les '9h45 environ' du ticket étaient une estimation.
La 'reprise progressive' de 10:50 n'a pas tenu : le trafic s'est arrêté de nouveau à 11:20. Le 9:30 de 20 Minutes est leur version ; le 12:30 de RTL et le 'retour à la normale en début d'après-midi' viennent après le départ du groupe.
Pas de grève : la fausse piste nous a coûté dix minutes.
Cause (SNCF) : défaut d'alimentation électrique sur des circuits moyenne tension du secteur Saint-Lazare.
Actions : autocar de secours pré-réservé pour les départs de groupe pendant les fêtes, guide abonnée aux alertes SNCF de la ligne, 30 minutes de marge sur les correspondances."""),
    ],
    "changelog": [
        ("Julien Moreau", c("2017-12-26 09:56", PAR), [("status", "Open", "In Progress")]),
        ("Julien Moreau", c("2017-12-26 13:11", PAR), [("status", "In Progress", "Monitoring")]),
        ("Julien Moreau", c("2017-12-29 15:05", PAR), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-ecu1226.txt", "zone": PAR, "referenceDate": "2017-12-26", "text": """
26/12/2017 09:44 - Sandrine Lefèvre: gare Saint-Lazare, tous les départs en "retard indéterminé", rien ne part
26/12/2017 09:47 - Julien Moreau: encore une grève ? je regarde
26/12/2017 09:58 - Julien Moreau: pas de grève, la SNCF tweete une panne d'alimentation électrique
26/12/2017 10:20 - Sandrine Lefèvre: groupe installé au café de la salle des pas perdus, 24 personnes
26/12/2017 10:50 - Sandrine Lefèvre: annonce : reprise progressive ! on se prépare
26/12/2017 11:22 - Sandrine Lefèvre: ça recommence, plus aucun train depuis 11h20
26/12/2017 11:40 - Julien Moreau: autocar pour Caen réservé si rien ne part avant 12h30
26/12/2017 12:15 - Sandrine Lefèvre: ça roule ! notre Intercités annoncé au départ à 12h41
26/12/2017 12:41 - Sandrine Lefèvre: partis, 1h51 de retard
26/12/2017 12:45 - Julien Moreau: autocar annulé
"""}],
    "expected": {
        "events": [[u("2017-12-26 09:30", PAR), ["20 Minutes"]], [u("2017-12-26 09:40", PAR), ["interrompue", "Impact"]],
                   [u("2017-12-26 09:44", PAR), ["rien ne part", "Sandrine"]], [u("2017-12-26 09:47", PAR), ["grève"]],
                   [u("2017-12-26 09:58", PAR), ["alimentation"]], [u("2017-12-26 10:20", PAR), ["café"]],
                   [u("2017-12-26 10:50", PAR), ["reprise progressive"]], [u("2017-12-26 11:20", PAR), ["arrêté de nouveau"]],
                   [u("2017-12-26 11:22", PAR), ["recommence"]], [u("2017-12-26 11:40", PAR), ["autocar"]],
                   [u("2017-12-26 12:15", PAR), ["ça roule", "Impact"]], [u("2017-12-26 12:30", PAR), ["RTL"]],
                   [u("2017-12-26 12:41", PAR), ["parti"]], [u("2017-12-26 12:45", PAR), ["autocar annulé"]]],
        "keyTimes": {
            "started": kt(u("2017-12-26 09:40", PAR), S, "aucun départ possible de 9:40 à 12:15", "comment 230083"),
            "detected": kt(u("2017-12-26 09:44", PAR), S, "gare Saint-Lazare, tous les départs", "whatsapp-ecu1226.txt"),
            "resolved": kt(u("2017-12-26 12:15", PAR), S, "aucun départ possible de 9:40 à 12:15", "comment 230083")},
        "responders": [["Julien Moreau", None], ["Sandrine Lefèvre", None]],
        "narrative": nar(["moyenne tension"], ["reprise"], ["ECU-1226", "Côte Fleurie"],
                         "On 26 December 2017 a power supply failure at Gare Saint-Lazare stopped all departures from 9:40 to 12:15 Paris time, holding the agency's group bound for Caen."),
    }})

# 10. Energie Steiermark, 23 September 2019 - Umspannwerk Graz-Sued fault, seen from a Graz pharmacy -----------------
I.append({
    "id": "graz-2019-09-substation-fault-pharmacy", "name": "Graz power outage 23 September 2019 (Monday 7.53 Uhr: a technical defect in the Umspannwerk Graz-Sued cut power to about 19,000 households in southern Graz (St. Peter, Jakomini and others), traffic lights, cash machines and supermarket tills out, police directing traffic; for many power was back after 15-20 minutes, Energie Steiermark update 8.30 Uhr that supply should be restored, all customers expected by about 9.00 Uhr; cause not yet known; when a given building got power back was not published), seen from a pharmacy in Jakomini",
    "issueId": "98209", "key": "APO-0923", "summary": "Kein Strom in der Apotheke - Kassa, e-card, Kühlschrank aus, Öffnung verschoben",
    "reporter": "Markus Url", "assignee": "Markus Url", "labels": ["strom", "filiale", "kuehlkette"],
    "components": ["filiale-jakomini", "kuehlkette"], "created": c("2019-09-23 08:10", VIE), "now": "2019-10-14T12:00:00Z",
    "defaultZone": VIE, "priority": "High",
    "description": """Kein Strom in der Apotheke: Kassa, e-card-Leser, Impfstoffkühlschrank und Licht aus. Öffnung um 8 nicht möglich.

Seit ca. 7:45? Vermutlich die Elektriker der Hausverwaltung im Keller. Grazer Zeit.""",
    "comments": [
        ("230090", "Markus Url", c("2019-09-23 08:25", VIE), """Hausverwaltung: heute keine Arbeiten. Laut Radio ein Stromausfall im ganzen Grazer Süden, Umspannwerk Graz-Süd. WhatsApp mit Petra in whatsapp-apo0923.txt (Grazer Zeit)."""),
        ("230091", "Petra Kainz", c("2019-09-23 09:30", VIE), """Geöffnet, Kassa läuft. Impfstoffkühlschrank war bei 9,8 °C, Impfstoffe in Quarantäne, der Großhandel meldet sich."""),
        ("230092", "Markus Url", c("2019-09-24 11:00", VIE), """Energie Steiermark / APA: um 7:53 fiel bei rund 19.000 Haushalten der Strom aus, technisches Problem im Umspannwerk Graz-Süd. Bei vielen nach 15 Minuten wieder da; Update 8:30: Versorgung wiederhergestellt; bis etwa 9:00 sollten alle wieder versorgt sein. Ampeln und Bankomaten waren auch betroffen."""),
        ("230093", "Markus Url", c("2019-09-27 14:00", VIE), """Nachbesprechung (Freitag 27.9.), Grazer Zeit.
Beginn: 7:53 Uhr, laut Energie Steiermark und dem Protokoll unserer USV.
Bemerkt: Petra um 7:55, sie kam in die dunkle Apotheke. Die USV-Alarmmail ging an den IT-Dienstleister und wurde erst mittags gelesen.
Ende bei uns: unbekannt. Die USV war um 8:14 leer und hat danach nichts mehr protokolliert; Petra war im Lager und hat das Licht erst um 8:48 bemerkt. Das '8:30 wiederhergestellt' und 'bis etwa 9:00 alle' von Energie Steiermark gelten für die Stadt, nicht für unser Haus.
Die Hausverwaltung war unschuldig; die späte Öffnung um 9:10 kam von der Kühlschrankkontrolle.
Schaden: Impfstoffe 3 Tage in Quarantäne, dann vom Großhandel freigegeben; ca. 40 Kunden zu anderen Apotheken.
Maßnahmen: USV-Alarm zusätzlich per SMS an die Filialleitung, Datenlogger mit eigenem Akku im Kühlschrank, Notfallkassa auf Papier."""),
    ],
    "changelog": [
        ("Markus Url", c("2019-09-23 08:11", VIE), [("status", "Open", "In Progress")]),
        ("Petra Kainz", c("2019-09-23 09:31", VIE), [("status", "In Progress", "Monitoring")]),
        ("Markus Url", c("2019-09-27 14:05", VIE), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-apo0923.txt", "zone": VIE, "referenceDate": "2019-09-23", "text": """
23.09.19, 07:55 - Petra Kainz: Strom weg in der ganzen Apotheke, Kassa und Kühlschrank aus
23.09.19, 07:57 - Petra Kainz: bestimmt die Elektriker von der Hausverwaltung, die wollten diese Woche in den Keller
23.09.19, 08:02 - Markus Url: Hausverwaltung sagt heute keine Arbeiten. Ampeln am Jakominiplatz sind auch aus
23.09.19, 08:06 - Markus Url: Radio: Stromausfall im Grazer Süden, Umspannwerk Graz-Süd
23.09.19, 08:14 - Petra Kainz: USV piept nicht mehr, Akku leer
23.09.19, 08:20 - Markus Url: Öffnung verschoben, Zettel an die Tür
23.09.19, 08:48 - Petra Kainz: Licht ist wieder da, seit wann weiß ich nicht, war im Lager
23.09.19, 08:55 - Petra Kainz: Kühlschrank 9,8 °C, Impfstoffe in Quarantäne
23.09.19, 09:10 - Markus Url: geöffnet, Kassa läuft
"""}],
    "expected": {
        "events": [[u("2019-09-23 07:53", VIE), ["Strom", "Beginn"]], [u("2019-09-23 07:55", VIE), ["Strom weg", "Bemerkt"]],
                   [u("2019-09-23 07:57", VIE), ["Hausverwaltung"]], [u("2019-09-23 08:02", VIE), ["Ampeln"]],
                   [u("2019-09-23 08:06", VIE), ["Graz-Süd"]], [u("2019-09-23 08:14", VIE), ["USV"]],
                   [u("2019-09-23 08:20", VIE), ["Zettel"]], [u("2019-09-23 08:30", VIE), ["Update", "wiederhergestellt"]],
                   [u("2019-09-23 08:48", VIE), ["Licht"]], [u("2019-09-23 08:55", VIE), ["Kühlschrank"]],
                   [u("2019-09-23 09:00", VIE), ["alle"]], [u("2019-09-23 09:10", VIE), ["geöffnet", "Öffnung"]]],
        "keyTimes": {
            "started": kt(u("2019-09-23 07:53", VIE), S, "Beginn: 7:53 Uhr", "comment 230093"),
            "detected": kt(u("2019-09-23 07:55", VIE), S, "Strom weg in der ganzen Apotheke", "whatsapp-apo0923.txt"),
            "resolved": kt(None, U)},
        "responders": [["Markus Url", None], ["Petra Kainz", None]],
        "narrative": nar(["Umspannwerk Graz-Süd"], ["Versorgung wiederhergestellt"], ["APO-0923", "USV"],
                         "On 23 September 2019 the pharmacy lost power at 7:53 Graz time in a substation fault that blacked out southern Graz; when its own supply came back is not known."),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

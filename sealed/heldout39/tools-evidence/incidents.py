"""Held-out 39 incidents: compact specs. Seven software / cloud incidents (Azure DNS on 1 April 2021 seen from a Sydney
travel agency on Good Friday; Google Cloud external proxy load balancing 404s of 16 November 2021 seen from a London
homeware shop; Google Cloud Load Balancing 4xx after a configuration race on 21-22 September 2023 seen from a Berlin
ticket shop, in German; Google Cloud europe-west2-a network loss of 9-10 December 2020 seen from a London payroll
company's night on-call; the europe-west2 point-of-presence power loss of 12 August 2024 seen from a Manchester helpdesk
SaaS; GitHub Audit Log write degradation of 25 July 2024 seen from a Singapore bank's security operations; GitHub
webhook delays of 15 August 2023 seen from a Toronto platform team) and three outside software companies (a cold store
near Lodi in the Italian blackout of 28 September 2003, in Italian; a Taipei bubble-tea chain in Taiwan's 815 blackout
of 2017; a Midway charter operator's desk in the Chicago Center fire of 26 September 2014). Timeline facts from public
statements (SOURCES-heldout39.md); people, ticket keys, chat wording, wrong first guesses and the minutes marked
invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Azure DNS, 1 April 2021 (Good Friday 2 April in Sydney, AEDT; the recap is written after DST ended) -------------
I.append({
    "id": "azuredns-2021-04-sydney-travel", "name": "Azure DNS outage 1 April 2021 (an anomalous surge of DNS queries plus a code defect in the DNS edge caches; Azure, Microsoft 365, Dynamics and Xbox unreachable between 21:21 and 22:00 UTC, majority of services recovered by 22:30 UTC), seen from a Sydney travel agency on the morning of Good Friday",
    "issueId": "98000", "key": "TRV-0402", "summary": "Booking portal + Outlook + Teams all unreachable (\"server not found\")",
    "reporter": "Liam Chadwick", "assignee": "Liam Chadwick", "labels": ["sev1", "m365", "portal"],
    "components": ["booking-portal", "office-it"], "created": "2021-04-01T21:40", "now": "2021-04-20T02:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Easter rush and nothing works: the booking portal (Azure web app) says server not found, Outlook disconnected, Teams spinning. Phones OK.

Since about 8:15 this morning. Probably the office router or Telstra again, same as in February. Sydney time.""",
    "comments": [
        ("232000", "Liam Chadwick", "2021-04-01T22:05", """Not the router and not Telstra: the 4G hotspot fails the same way and so does Priyanka from home. Microsoft has it on their status page as a DNS issue. Our Teams chat (what still got through, plus texts) is in teams-trv0402.txt, Sydney time."""),
        ("232001", "Priyanka Nair", "2021-04-01T22:40", """Portal and mail working for everyone here. Microsoft says the majority of services recovered. 14 bookings to re-key from the paper sheet, done by 10."""),
        ("232002", "Liam Chadwick", "2021-04-03T01:15", """Microsoft 365 admin centre still shows the incident as "service restored, monitoring". Nothing more on our side."""),
        ("232003", "Liam Chadwick", "2021-04-06T00:30", """Wrap-up (Tuesday, we're on AEST now: clocks went back on Sunday, so Friday's times were UTC+11, not +10).
Microsoft's RCA came out on 4 April: an anomalous surge in DNS queries plus a code defect in their DNS edge caches.
Outage window per the RCA: between 21:21 UTC and 22:00 UTC on 1 Apr, which is 8:21 to 9:00 AM on Good Friday for us.
Majority of their services recovered by 22:30 UTC (9:30 AM ours); that was just their tail, our portal and mail were fine by then.
Priyanka's 8:23 AM message was the first we knew. The "about 8:15" in the description was my guess, and the router had nothing to do with it.
Priyanka's "portal loads" at 9:02 was when she next tried, not when it came back.
Actions: secondary DNS for our own zone, a printed booking sheet at each desk, and subscribe to the Azure status RSS."""),
    ],
    "changelog": [
        ("Liam Chadwick", "2021-04-01T21:41", [("status", "Open", "In Progress")]),
        ("Priyanka Nair", "2021-04-01T22:41", [("status", "In Progress", "Monitoring")]),
        ("Liam Chadwick", "2021-04-06T00:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-trv0402.txt", "zone": "Australia/Sydney", "referenceDate": "2021-04-02", "text": """
[8:23 AM] Priyanka Nair: booking portal won't load, "server not found" on every page
[8:26 AM] Liam Chadwick: Outlook just went disconnected here too. router again?
[8:31 AM] Liam Chadwick: rebooted the office router, no change. 4G hotspot same thing
[8:43 AM] Priyanka Nair: (by text) Microsoft 365 status account posted that they're investigating access issues
[8:48 AM] Liam Chadwick: called our Microsoft partner support line, 40 min queue
[8:56 AM] Priyanka Nair: MS now saying it looks DNS-related
[9:02 AM] Priyanka Nair: portal loads again, Outlook reconnecting
[9:30 AM] Liam Chadwick: MS: majority of services recovered. hanging up on the partner queue
"""}],
    "expected": {
        "events": [["2021-04-01T21:21Z", ["Azure DNS", "outage window"]], ["2021-04-01T21:23Z", ["server not found"]],
                   ["2021-04-01T21:26Z", ["Outlook"]], ["2021-04-01T21:31Z", ["router"]],
                   ["2021-04-01T21:43Z", ["investigating"]], ["2021-04-01T21:48Z", ["partner support"]],
                   ["2021-04-01T21:56Z", ["DNS"]], ["2021-04-01T22:00Z", ["outage window"]],
                   ["2021-04-01T22:02Z", ["portal loads"]], ["2021-04-01T22:30Z", ["majority"]]],
        "keyTimes": {
            "started": kt("2021-04-01T21:21Z", S, "between 21:21 UTC and 22:00 UTC on 1 Apr", "comment 232003"),
            "detected": kt("2021-04-01T21:23Z", S, "booking portal won't load", "teams-trv0402.txt"),
            "resolved": kt("2021-04-01T22:00Z", S, "between 21:21 UTC and 22:00 UTC on 1 Apr", "comment 232003")},
        "responders": [["Liam Chadwick", None], ["Priyanka Nair", None]],
        "narrative": nar(["surge in DNS queries", "code defect"], ["recovered"], ["TRV-0402", "booking portal"],
                         "On Good Friday 2021 the Azure DNS outage cut the agency off from its booking portal, mail and Teams from 8:21 to 9:00 AM Sydney time."),
    }})

# 2. Google Cloud external proxy load balancing 404s, 16 November 2021, seen from a London shop (GMT) ----------------
I.append({
    "id": "gclb-2021-11-404-london-homeware", "name": "Google Cloud external proxy load balancing outage 16 November 2021 (a race condition in the configuration pipeline pushed a corrupted configuration; Google 404s for sites behind the external proxy load balancer between 09:35 and 10:08 PT, alerting at 09:50 PT, customer configuration changes suspended 10:04-11:28 PT), seen from a London homeware web shop",
    "issueId": "98001", "key": "SHOP-1116", "summary": "Whole storefront returning Google 404 pages",
    "reporter": "Ines Marlow", "assignee": "Hamid Rezaei", "labels": ["sev1", "storefront", "gcp"],
    "components": ["storefront", "checkout"], "created": "2021-11-16T17:55", "now": "2021-12-01T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Every page of the shop, checkout included, returns a bare Google "404. That's an error." Orders stopped.

Since 5:30ish. Almost certainly Hamid's 5:20 release (new URL map for the gift-guide pages). London time.""",
    "comments": [
        ("232010", "Hamid Rezaei", "2021-11-16T18:20", """Rolling back 812 did nothing and half the internet (Etsy, Spotify, Discord) had the same 404. Shop is back. Slack thread in slack-shop1116.txt (London time)."""),
        ("232011", "Ines Marlow", "2021-11-16T19:40", """Google says configuration pushes work again. Hamid re-applied the gift-guide URL map at 7:35, fine. 61 abandoned baskets, discount email to go out tomorrow."""),
        ("232012", "Hamid Rezaei", "2021-11-18T09:30", """Google's status entry reads "Incident began at 2021-11-16 09:34 and ended at 2021-11-16 11:28" (Pacific). That end is the config freeze, not the 404s."""),
        ("232013", "Ines Marlow", "2021-11-23T10:00", """Post-incident note (Tuesday). Google's incident report came out last night.
Customers got 404s between 09:35 and 10:08 PT, i.e. 17:35 to 18:08 here; that is our outage.
Google's automated alerting fired at 09:50 PT (17:50); their rollback to the last known good configuration completed at 10:08 PT.
Customer configuration changes were suspended 10:04 to 11:28 PT (18:04 to 19:28 ours), which is why Hamid's push did nothing at 6:40; no customer impact for us from the freeze.
Our checkout synthetic fired at 17:37, the first we knew. Release 812 was innocent; the "5:30ish" in the description was rounded.
Follow-ups: a static maintenance page on a second CDN, and the synthetic pages the on-call directly instead of Slack only."""),
    ],
    "changelog": [
        ("Hamid Rezaei", "2021-11-16T17:56", [("status", "Open", "In Progress")]),
        ("Ines Marlow", "2021-11-16T19:41", [("status", "In Progress", "Monitoring")]),
        ("Ines Marlow", "2021-11-23T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-shop1116.txt", "zone": "Europe/London", "referenceDate": "2021-11-16", "text": """
Grafana  5:37 PM
[FIRING:1] checkout-synthetic: HTTP 404 from https://www.larchandloom.co.uk/checkout
Hamid Rezaei  5:39 PM
every page is a google 404. my 5:20 release changed the url map, suspect that
Hamid Rezaei  5:46 PM
rolled back release 812, still 404
Ines Marlow  5:52 PM
twitter says Etsy and Spotify are down too. google?
Ines Marlow  6:08 PM
we're back. checkout synthetic green
Hamid Rezaei  6:10 PM
google cloud status finally acknowledges it: "Experiencing Issue with Cloud networking"
Hamid Rezaei  6:17 PM
google says partially resolved
Hamid Rezaei  6:40 PM
tried to push the gift-guide url map again, config not taking effect
Ines Marlow  7:26 PM
google status now says root cause was a configuration change to the external proxy load balancer
Hamid Rezaei  7:28 PM
google: configuration pushes resumed
"""}],
    "expected": {
        "events": [["2021-11-16T17:20Z", ["release"]], ["2021-11-16T17:35Z", ["404s"]],
                   ["2021-11-16T17:37Z", ["FIRING"]], ["2021-11-16T17:39Z", ["release", "url map"]],
                   ["2021-11-16T17:46Z", ["rolled back"]], ["2021-11-16T17:50Z", ["alerting"]],
                   ["2021-11-16T17:52Z", ["Etsy"]], ["2021-11-16T18:04Z", ["suspended"]],
                   ["2021-11-16T18:08Z", ["back", "404s"]], ["2021-11-16T18:10Z", ["acknowledges"]],
                   ["2021-11-16T18:17Z", ["partially resolved"]], ["2021-11-16T18:40Z", ["not taking effect"]],
                   ["2021-11-16T19:26Z", ["root cause"]], ["2021-11-16T19:28Z", ["pushes resumed"]],
                   ["2021-11-16T19:35Z", ["re-applied"]]],
        "keyTimes": {
            "started": kt("2021-11-16T17:35Z", S, "Customers got 404s between 09:35 and 10:08 PT", "comment 232013"),
            "detected": kt("2021-11-16T17:37Z", S, "[FIRING:1] checkout-synthetic", "slack-shop1116.txt"),
            "resolved": kt("2021-11-16T18:08Z", S, "Customers got 404s between 09:35 and 10:08 PT", "comment 232013")},
        "responders": [["Ines Marlow", None], ["Hamid Rezaei", None]],
        "narrative": nar(["configuration"], ["rollback"], ["SHOP-1116", "checkout-synthetic"],
                         "On 16 November 2021 the shop returned Google 404 pages from 17:35 to 18:08 London time during Google's load balancing outage."),
    }})

# 3. Google Cloud Load Balancing 4xx, 21-22 September 2023, seen from a Berlin ticket shop (German, CEST) -----------
I.append({
    "id": "gclb-2023-09-emptyconfig-berlin-tickets", "name": "Google Cloud External Application Load Balancer 4xx errors 21-22 September 2023 (a leader-election change in the configuration pipeline triggered a race condition that overwrote some customer configurations with empty ones; incident began 23:30 PT on the 21st, engineers alerted 04:51 PT on the 22nd, a snapshot of known good configuration reinstated at 05:15 PT; status entry closed 23:34 PT on the 22nd), seen from a Berlin ticket shop",
    "issueId": "98002", "key": "TIX-0922", "summary": "Ticketshop liefert 404 (Load Balancer) - kein Verkauf",
    "reporter": "Mira Hoffmann", "assignee": "Jonas Brettschneider", "labels": ["sev1", "gcp", "ticketshop"],
    "components": ["ticketshop", "infrastruktur"], "created": "2023-09-22T07:25", "now": "2023-10-10T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Der Ticketshop (tickets.kassenhalle.de) liefert seit heute Morgen 404 vom Google Load Balancer, Vorverkauf für das Samstagskonzert steht.

Vermutlich Release 5.31 aus dem Nachtdeploy, Rollback läuft. Zeiten Berlin.""",
    "comments": [
        ("232020", "Jonas Brettschneider", "2023-09-22T08:10", """Rollback hat nichts geändert, das Backend antwortet direkt mit 200. Der Load Balancer hat für unsere URL-Map keine Regeln mehr. P1-Case bei Google offen. Slack-Verlauf in slack-tix0922.txt (Berlin)."""),
        ("232021", "Mira Hoffmann", "2023-09-22T13:10", """Shop verkauft wieder. Hotline hat 230 Anrufe abgearbeitet, Vorverkauf um einen Tag verlängert."""),
        ("232022", "Jonas Brettschneider", "2023-09-23T08:00", """Google-Statusseite: "Incident began at 2023-09-21 23:30 and ended at 2023-09-22 23:34 (all times are US/Pacific)", bei uns Samstag 08:34. Das Ende ist nur der Statuseintrag, bei uns lief es da längst."""),
        ("232023", "Mira Hoffmann", "2023-09-29T09:30", """Nachbetrachtung (Freitag). Googles Incident Report vom 28.09.:
Ursache: eine Änderung an der Leader Election in der Konfigurations-Pipeline hat eine Race Condition ausgelöst und einige Kunden-Konfigurationen mit leeren überschrieben, unsere auch.
Beginn laut Google 23:30 PT am 21., also 08:30 bei uns am 22.; unsere LB-Logs zeigen die ersten 404 ebenfalls um 08:30.
Google wurde um 04:51 PT (13:51 bei uns) von seinem Monitoring alarmiert und hat um 05:15 PT (14:15) einen Snapshot der letzten guten Konfiguration eingespielt.
Erste Meldung bei uns: die Kundenmail um 09:12. Das Release 5.31 war unschuldig.
Wann unser Shop wieder 200 geliefert hat, wissen wir nicht: die LB-Logs von Mittag bis zum Nachmittag fehlen (Log-Sink-Umbau), und Jonas hat erst wieder nachgesehen, als die Hotline ruhiger wurde. Das Ende bleibt offen.
Maßnahmen: synthetischer Check auf den Shop über den LB alle 60 s, Export der LB-Konfiguration als Backup, Alarm an die Rufbereitschaft statt an den Kanal."""),
    ],
    "changelog": [
        ("Jonas Brettschneider", "2023-09-22T07:26", [("status", "Open", "In Progress")]),
        ("Mira Hoffmann", "2023-09-22T13:11", [("status", "In Progress", "Monitoring")]),
        ("Mira Hoffmann", "2023-09-29T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-tix0922.txt", "zone": "Europe/Berlin", "referenceDate": "2023-09-22", "text": """
Kundenservice  09:12
Erste Kundenmail: Ticketshop zeigt nur "404 Not Found", seit wann unklar
Jonas Brettschneider  09:20
Nachtdeploy von 02:00 (Release 5.31) ist der einzige Change, mache Rollback
Jonas Brettschneider  09:41
Rollback fertig, weiterhin 404. Backend direkt: 200
Mira Hoffmann  10:05
Support-Case P1 bei Google eröffnet, Shopbanner "Wartung" auf der Startseite
Jonas Brettschneider  10:30
URL-Map im Load Balancer ist leer?! Neu anlegen wird angenommen, greift aber nicht
Mira Hoffmann  11:40
Google-Status: "Elevated HTTP 4xx Errors on External Application Load Balancer"
Jonas Brettschneider  15:05
Shop geht wieder. Seit wann keine Ahnung, hatte seit Mittag nicht geschaut
"""}],
    "expected": {
        "events": [["2023-09-22T00:00Z", ["Nachtdeploy"]], ["2023-09-22T06:30Z", ["404", "Beginn"]],
                   ["2023-09-22T07:12Z", ["Kundenmail"]], ["2023-09-22T07:20Z", ["Rollback"]],
                   ["2023-09-22T07:41Z", ["Rollback fertig"]], ["2023-09-22T08:05Z", ["Support-Case"]],
                   ["2023-09-22T08:30Z", ["URL-Map"]], ["2023-09-22T09:40Z", ["Google-Status"]],
                   ["2023-09-22T11:51Z", ["alarmiert"]], ["2023-09-22T12:15Z", ["Snapshot"]],
                   ["2023-09-22T13:05Z", ["Shop geht wieder"]], ["2023-09-23T06:34Z", ["Incident began"]]],
        "keyTimes": {
            "started": kt("2023-09-22T06:30Z", S, "Beginn laut Google 23:30 PT am 21., also 08:30 bei uns am 22.", "comment 232023"),
            "detected": kt("2023-09-22T07:12Z", S, "Erste Kundenmail: Ticketshop zeigt nur", "slack-tix0922.txt"),
            "resolved": kt(None, U)},
        "responders": [["Mira Hoffmann", None], ["Jonas Brettschneider", None]],
        "narrative": nar(["Race Condition", "leeren"], ["Snapshot"], ["TIX-0922", "URL-Map"],
                         "On 22 September 2023 the ticket shop served 404s from its Google load balancer from 08:30 Berlin time; when it recovered is not known."),
    }})

# 4. Google Cloud europe-west2-a, 9-10 December 2020 (PT evening = London small hours), payroll company's on-call -------
I.append({
    "id": "gcp-2020-12-euw2a-london-payroll-oncall", "name": "Google Cloud networking unavailability in zone europe-west2-a 9 December 2020 (an SDN control-plane failure; all resources in the zone unreachable 18:31-19:55 US/Pacific, 1 hour 24 minutes; some Memorystore, Classic VPN and App Engine Flex effects lasted longer), seen from a London payroll company's night on-call",
    "issueId": "98003", "key": "PAY-1210", "summary": "Payroll API 5xx - europe-west2-a backends unreachable",
    "reporter": "Oskar Lindqvist", "assignee": "Oskar Lindqvist", "labels": ["sev1", "gcp", "oncall"],
    "components": ["payroll-api", "platform"], "created": "2020-12-10T03:00", "now": "2020-12-28T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """payroll-api returning 5xx, every backend in europe-west2-a unreachable from the load balancer and from zone b. BACS submission run at 06:00 at risk.

Since ~2:30. Suspect last night's GKE node-pool upgrade in zone a. London.""",
    "comments": [
        ("232030", "Oskar Lindqvist", "2020-12-10T03:25", """Not the upgrade: Google has the whole zone down on their dashboard. Failing over to zone b. Slack copied to slack-pay1210.txt (London)."""),
        ("232031", "Aisha Bello", "2020-12-10T06:15", """BACS file went at 06:05, five minutes late, accepted. Zone a healthy since before 4. Leaving it open until Google's report."""),
        ("232032", "Oskar Lindqvist", "2020-12-10T10:00", """FYI a partner of ours on Classic VPN into europe-west2 is still down this morning; we're on HA VPN, not affected."""),
        ("232033", "Aisha Bello", "2020-12-16T11:30", """Review (Wednesday). Google's issue summary was published yesterday.
Root cause per Google: a failure in the SDN control plane of zone europe-west2-a.
Their window: 18:31 to 19:55 US/Pacific on the 9th, 1 hour 24 minutes, which is 02:31 to 03:55 on the 10th for us. Our 5xx graph starts and ends with it.
PagerDuty paged Oskar at 02:34, the first we knew. The node-pool upgrade had nothing to do with it.
Oskar's shift of traffic to zone b at 03:05 brought errors down to about 5%, but it was Google's recovery that ended the outage.
Memorystore, Classic VPN and App Engine Flex had longer tails per Google; we use none of them in that zone.
Actions: run payroll-api across two zones by default, automate the zone drain, and move the BACS run's deadline check to 05:00."""),
    ],
    "changelog": [
        ("Oskar Lindqvist", "2020-12-10T03:01", [("status", "Open", "In Progress")]),
        ("Aisha Bello", "2020-12-10T06:16", [("status", "In Progress", "Monitoring")]),
        ("Aisha Bello", "2020-12-16T11:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-pay1210.txt", "zone": "Europe/London", "referenceDate": "2020-12-10", "text": """
PagerDuty  2:34 AM
Triggered #8812: payroll-api health checks failing (europe-west2-a pool 0/6 healthy)
Oskar Lindqvist  2:41 AM
ack. only change is the node-pool upgrade in zone a from last night, looking there
Aisha Bello  2:47 AM
joined. BACS run is at 6, keep me posted
Oskar Lindqvist  2:52 AM
google status: "All Cloud Platform resources in europe-west2-a may be unreachable as of 2020-12-09 18:32 US/Pacific"
Oskar Lindqvist  3:05 AM
shifting traffic to zone b, resizing the instance group there
Oskar Lindqvist  3:20 AM
zone b taking traffic, errors down to ~5%
Oskar Lindqvist  3:55 AM
zone a reachable again, health checks 6/6, errors zero
Oskar Lindqvist  4:12 AM
google dashboard marks the zone incident resolved
"""}],
    "expected": {
        "events": [["2020-12-10T02:31Z", ["SDN", "window"]], ["2020-12-10T02:34Z", ["Triggered", "health checks"]],
                   ["2020-12-10T02:41Z", ["upgrade"]], ["2020-12-10T02:47Z", ["joined"]],
                   ["2020-12-10T02:52Z", ["google status"]], ["2020-12-10T03:05Z", ["zone b"]],
                   ["2020-12-10T03:20Z", ["errors down"]], ["2020-12-10T03:55Z", ["reachable again", "window"]],
                   ["2020-12-10T04:12Z", ["resolved"]], ["2020-12-10T06:05Z", ["BACS"]]],
        "keyTimes": {
            "started": kt("2020-12-10T02:31Z", S, "which is 02:31 to 03:55 on the 10th for us", "comment 232033"),
            "detected": kt("2020-12-10T02:34Z", S, "Triggered #8812: payroll-api health checks failing", "slack-pay1210.txt"),
            "resolved": kt("2020-12-10T03:55Z", S, "which is 02:31 to 03:55 on the 10th for us", "comment 232033")},
        "responders": [["Oskar Lindqvist", None], ["Aisha Bello", None]],
        "narrative": nar(["SDN control plane"], ["recovery"], ["PAY-1210", "payroll-api"],
                         "On 10 December 2020 the payroll API failed from 02:31 to 03:55 London time while Google's europe-west2-a zone was unreachable."),
    }})

# 5. Google europe-west2 POP power loss, 12 August 2024, seen from a Manchester helpdesk SaaS (BST) ------------------
I.append({
    "id": "gcp-2024-08-euw2-pop-power-manchester-helpdesk", "name": "Google Cloud and Workspace connectivity problems in europe-west2 12 August 2024 (primary and backup power feeds lost in a Google point of presence after a substation switchgear failure; elevated latency, timeouts and failures for 40 minutes from 06:20 US/Pacific; the Workspace status entry ran 13:20-15:32 UTC), seen from a Manchester helpdesk SaaS",
    "issueId": "98004", "key": "DSK-0812", "summary": "App timeouts for UK customers (London uptime probes red)",
    "reporter": "Niamh Costello", "assignee": "Callum Ferris", "labels": ["sev2", "gcp", "latency"],
    "components": ["web-app", "edge"], "created": "2024-08-12T13:33", "now": "2024-08-30T12:00:00Z",
    "defaultZone": "Europe/London", "priority": "High",
    "description": """UK customers get timeouts / very slow loads on app.deskwise.io; EU and US probes fine.

Started just after 2. Most likely the WAF rule Callum added this morning. Manchester (BST).""",
    "comments": [
        ("232040", "Callum Ferris", "2024-08-12T13:45", """Disabling the WAF rule changed nothing and Gmail / Meet are flaky for us too. Looks like Google's London edge. Google Chat thread is in gchat-dsk0812.txt (BST)."""),
        ("232041", "Niamh Costello", "2024-08-12T14:40", """Probes green, latency normal. Status page set to resolved for our customers. WAF rule back on."""),
        ("232042", "Callum Ferris", "2024-08-12T15:45", """Workspace status dashboard now shows the incident ended. Waiting for the report."""),
        ("232043", "Niamh Costello", "2024-08-19T09:30", """Review (Monday 19th). Google's incident report:
Root cause: at 06:20 US/Pacific (14:20 BST) primary and backup power feeds were both lost in a Google point of presence in London after a substation switchgear failure; about a third of first-layer front ends for europe-west2 sat there.
Impact lasted 40 minutes; for us that is 14:20 to 15:00 BST, which matches our probes.
Our London uptime probe went red at 2:23 PM, the first we knew; the WAF rule was not involved.
The Workspace entry (13:20 to 15:32 UTC) stayed open well after our customers were fine, so don't use it as our end.
Actions: add a second region behind the global load balancer for UK traffic, alert on probe latency not just failures."""),
    ],
    "changelog": [
        ("Callum Ferris", "2024-08-12T13:34", [("status", "Open", "In Progress")]),
        ("Niamh Costello", "2024-08-12T14:41", [("status", "In Progress", "Monitoring")]),
        ("Niamh Costello", "2024-08-19T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "gchat-dsk0812.txt", "zone": "Europe/London", "referenceDate": "2024-08-12", "text": """
Uptime Bot, 2:23 PM: DOWN app.deskwise.io from London probe: timeout after 30s
Callum Ferris, 2:26 PM: only change today is my WAF rule for the /api/export path, suspect that
Niamh Costello, 2:31 PM: Gmail and Meet are flaky for me too, Google?
Callum Ferris, 2:38 PM: disabled the WAF rule, still timeouts from London
Niamh Costello, 2:45 PM: status page for our customers posted: "degraded for UK users"
Callum Ferris, 3:01 PM: London probe green, latency back to normal
Callum Ferris, 3:20 PM: re-enabled the WAF rule
Niamh Costello, 4:32 PM: Workspace dashboard finally says ended
"""}],
    "expected": {
        "events": [["2024-08-12T13:20Z", ["power feeds"]], ["2024-08-12T13:23Z", ["DOWN", "uptime probe"]],
                   ["2024-08-12T13:26Z", ["WAF"]], ["2024-08-12T13:31Z", ["Gmail"]],
                   ["2024-08-12T13:38Z", ["disabled"]], ["2024-08-12T13:45Z", ["status page"]],
                   ["2024-08-12T14:00Z", ["Impact lasted", "probes"]], ["2024-08-12T14:01Z", ["green"]],
                   ["2024-08-12T14:20Z", ["re-enabled"]], ["2024-08-12T15:32Z", ["Workspace", "ended"]]],
        "keyTimes": {
            "started": kt("2024-08-12T13:20Z", S, "primary and backup power feeds were both lost", "comment 232043"),
            "detected": kt("2024-08-12T13:23Z", S, "DOWN app.deskwise.io from London probe", "gchat-dsk0812.txt"),
            "resolved": kt("2024-08-12T14:00Z", S, "for us that is 14:20 to 15:00 BST", "comment 232043")},
        "responders": [["Niamh Costello", None], ["Callum Ferris", None]],
        "narrative": nar(["switchgear"], ["normal"], ["DSK-0812", "app.deskwise.io"],
                         "On 12 August 2024 UK customers of the helpdesk app saw timeouts from 14:20 to 15:00 BST while a Google London point of presence had lost power."),
    }})

# 6. GitHub Audit Log write degradation, 25 July 2024 (Singapore: 11:30 PM on the 25th to past 3 AM on the 26th) -----
I.append({
    "id": "github-2024-07-auditlog-singapore-soc", "name": "GitHub Audit Log degraded write performance 25 July 2024 (a single unhealthy partition in the Audit Log datastore; between 15:30 and 19:10 UTC new audit log data was delayed, reads unaffected, no data lost; mitigated by restarting the primary partition; backlog fully processed by about 00:40 UTC on 26 July), seen from a Singapore bank's security operations centre",
    "issueId": "98005", "key": "SOC-0726", "summary": "No GitHub audit events reaching the SIEM (GitHub Enterprise org)",
    "reporter": "Farhan Iskandar", "assignee": "Grace Teo", "labels": ["soc", "github", "siem"],
    "components": ["siem-ingest", "code-platform"], "created": "2024-07-25T16:25", "now": "2024-08-12T02:00:00Z",
    "defaultZone": "Asia/Singapore", "priority": "High",
    "description": """SIEM rule "GitHub audit stream silent > 30 min" fired. No audit events from the enterprise org since before midnight; we are blind on repo permission changes and token creation.

Probably the new egress proxy that went in at 22:45 tonight, or the connector token expired. Singapore time.""",
    "comments": [
        ("232050", "Grace Teo", "2024-07-25T17:20", """Token rotated, proxy bypassed for the connector: still nothing. The GitHub UI audit log itself only shows entries older than ~23:30, so the gap is on GitHub's side. Ticket raised with GitHub support. SOC shift log in soclog-soc0726.txt (SGT)."""),
        ("232051", "Farhan Iskandar", "2024-07-25T19:30", """Events flowing again. Backfill of the gap will come from GitHub as their backlog drains; we keep the compensating control (manual review of org owner changes) until reconciliation is done."""),
        ("232052", "Grace Teo", "2024-07-26T02:00", """Reconciliation done: every event from the gap is now in the SIEM, nothing missing."""),
        ("232053", "Farhan Iskandar", "2024-08-02T03:00", """Incident review (Friday 2 Aug), for the risk register.
GitHub's incident summary: between 15:30 and 19:10 UTC on 25 July the Audit Log service had degraded write performance (one unhealthy partition, fixed by restarting the primary); reads were fine and no data was lost.
In Singapore time that is 11:30 PM on the 25th to 3:10 AM on the 26th, and that is our exposure window.
GitHub says the backlog was fully processed by approximately 00:40 UTC on the 26th (8:40 AM here); that is catch-up, not the end of the outage.
Detection: our SIEM silence rule at 00:05, 35 minutes in. Neither the egress proxy nor the connector token was involved.
Actions: lower the silence threshold to 15 minutes, poll GitHub's status API from the SIEM, keep the manual owner-change review in the runbook."""),
    ],
    "changelog": [
        ("Grace Teo", "2024-07-25T16:26", [("status", "Open", "In Progress")]),
        ("Farhan Iskandar", "2024-07-25T19:31", [("status", "In Progress", "Monitoring")]),
        ("Farhan Iskandar", "2024-08-02T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "soclog-soc0726.txt", "zone": "Asia/Singapore", "referenceDate": "2024-07-25", "text": """
SOC shift log - night shift (SGT)
25/07 22:45  network team: new egress proxy live for the SIEM connectors
26/07 00:05  SIEM alert: GitHub audit stream silent > 30 min (enterprise org)
26/07 00:18  Grace: rotated the GitHub connector token, no new events
26/07 00:44  Grace: GitHub web UI audit log shows old entries only, latest ~23:30
26/07 01:10  ticket opened with GitHub support, severity high
26/07 01:25  compensating control: manual review of org owner changes started
26/07 03:12  new audit events arriving again in the SIEM
26/07 08:40  GitHub: backlog of audit log messages processed
26/07 09:30  reconciliation complete, gap fully backfilled
"""}],
    "expected": {
        "events": [["2024-07-25T14:45Z", ["egress proxy"]], ["2024-07-25T15:30Z", ["degraded write"]],
                   ["2024-07-25T16:05Z", ["SIEM alert", "silence rule"]], ["2024-07-25T16:18Z", ["token"]],
                   ["2024-07-25T16:44Z", ["old entries"]], ["2024-07-25T17:10Z", ["GitHub support"]],
                   ["2024-07-25T17:25Z", ["compensating control"]], ["2024-07-25T19:10Z", ["degraded write", "exposure window"]],
                   ["2024-07-25T19:12Z", ["arriving again"]], ["2024-07-26T00:40Z", ["backlog"]],
                   ["2024-07-26T01:30Z", ["reconciliation"]]],
        "keyTimes": {
            "started": kt("2024-07-25T15:30Z", S, "between 15:30 and 19:10 UTC on 25 July the Audit Log service had degraded write performance", "comment 232053"),
            "detected": kt("2024-07-25T16:05Z", S, "SIEM alert: GitHub audit stream silent", "soclog-soc0726.txt"),
            "resolved": kt("2024-07-25T19:10Z", S, "between 15:30 and 19:10 UTC on 25 July the Audit Log service had degraded write performance", "comment 232053")},
        "responders": [["Farhan Iskandar", None], ["Grace Teo", None]],
        "narrative": nar(["partition"], ["restarting the primary"], ["SOC-0726", "silence rule"],
                         "On 25-26 July 2024 GitHub audit events did not reach the bank's SIEM from 11:30 PM to 3:10 AM Singapore time."),
    }})

# 7. GitHub webhooks delays, 15 August 2023, seen from a Toronto platform team (EDT); end only as a duration -----------
I.append({
    "id": "github-2023-08-webhooks-toronto-ci", "name": "GitHub webhook delays 15 August 2023 (a significant and sustained spike in webhook deliveries backed up an internal job queue from 16:58 UTC; webhooks statused yellow at 17:24 UTC; delays up to 4.5 hours; mitigated by blocking the sources of the load; 4 hours 29 minutes in all), seen from a Toronto platform team whose CI is triggered by webhooks",
    "issueId": "98006", "key": "PLAT-0815", "summary": "PRs not triggering Jenkins builds - GitHub webhooks not arriving",
    "reporter": "Rahul Menon", "assignee": "Rahul Menon", "labels": ["ci", "github", "sev2"],
    "components": ["ci", "deploy-bot"], "created": "2023-08-15T17:16", "now": "2023-09-20T15:00:00Z",
    "defaultZone": "America/Toronto", "priority": "High",
    "description": """Pushes and PRs don't start Jenkins builds and the deploy bot is silent. Nothing in the Jenkins GitHub hook log for ~10 min.

Started a bit before 1. Probably the Jenkins ingress I rotated at 12:40, checking the cert chain. Toronto time.""",
    "comments": [
        ("232060", "Rahul Menon", "2023-08-15T17:35", """Ingress rolled back, no change. GitHub's recent deliveries page shows our deliveries queued, not failed. GitHub has webhooks on yellow. Slack thread in slack-plat0815.txt (Toronto)."""),
        ("232061", "Mei Lin Zhou", "2023-08-15T18:10", """Jenkins switched to polling every 2 min as a workaround. Release freeze for today."""),
        ("232062", "Rahul Menon", "2023-08-15T22:20", """Webhooks were arriving instantly again by the time I checked after dinner; polling off, freeze lifted for tomorrow."""),
        ("232063", "Mei Lin Zhou", "2023-09-14T14:00", """Closing note, now that GitHub's August availability report is out.
GitHub: on August 15 at 16:58 UTC increasing delays in an internal job queue used to process webhooks (12:58 PM for us); statused yellow at 17:24 UTC.
Cause: a significant and sustained spike in webhook deliveries; they mitigated by blocking events from the sources of the load, delays up to 4.5 hours.
The incident is listed as lasting 4 hours 29 minutes; nobody here noted when deliveries became instant again.
First we knew: Tom's message at 1:10 PM that his PR hadn't built. The ingress rotation was unrelated.
Actions: keep polling as an automatic fallback when no hook arrives for 10 min, alert on webhook silence."""),
    ],
    "changelog": [
        ("Rahul Menon", "2023-08-15T17:17", [("status", "Open", "In Progress")]),
        ("Rahul Menon", "2023-08-15T22:21", [("status", "In Progress", "Monitoring")]),
        ("Mei Lin Zhou", "2023-09-14T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-plat0815.txt", "zone": "America/Toronto", "referenceDate": "2023-08-15", "text": """
Rahul Menon  12:40 PM
jenkins ingress rotation done, new cert live
Tom Okonkwo  1:10 PM
my PR hasn't triggered CI, 10 min now
Rahul Menon  1:14 PM
probably my ingress change, checking the cert chain
Mei Lin Zhou  1:24 PM
githubstatus: Webhooks degraded (yellow)
Rahul Menon  1:31 PM
rolled back the ingress, no change. deliveries show as queued on github's side
Mei Lin Zhou  2:05 PM
jenkins on 2-min polling now, builds starting again (slowly)
Mei Lin Zhou  2:30 PM
release freeze for the rest of today
Tom Okonkwo  3:40 PM
webhooks trickling in, the one for my 1:05 push arrived just now, ~2.5h delayed
Rahul Menon  6:15 PM
polling off again, hooks arriving instantly
"""}],
    "expected": {
        "events": [["2023-08-15T16:40Z", ["ingress"]], ["2023-08-15T16:58Z", ["delays"]],
                   ["2023-08-15T17:05Z", ["push"]], ["2023-08-15T17:10Z", ["triggered CI"]],
                   ["2023-08-15T17:14Z", ["ingress"]], ["2023-08-15T17:24Z", ["yellow"]],
                   ["2023-08-15T17:31Z", ["rolled back"]], ["2023-08-15T18:05Z", ["polling"]],
                   ["2023-08-15T18:30Z", ["freeze"]], ["2023-08-15T19:40Z", ["delayed"]],
                   ["2023-08-15T22:15Z", ["polling off"]]],
        "keyTimes": {
            "started": kt("2023-08-15T16:58Z", S, "on August 15 at 16:58 UTC increasing delays", "comment 232063"),
            "detected": kt("2023-08-15T17:10Z", S, "my PR hasn't triggered CI, 10 min now", "slack-plat0815.txt"),
            "resolved": kt("2023-08-15T21:27Z", I_, "lasting 4 hours 29 minutes", "comment 232063")},
        "responders": [["Rahul Menon", None], ["Mei Lin Zhou", None], ["Tom Okonkwo", None]],
        "narrative": nar(["spike in webhook deliveries"], ["blocking events"], ["PLAT-0815", "Jenkins"],
                         "On 15 August 2023 GitHub webhooks reached the team's CI hours late from 12:58 PM Toronto time, for 4 hours 29 minutes in all."),
    }})

# 8. Italian blackout, 28 September 2003, seen from a cold store near Lodi (Italian, CEST) --------------------------
I.append({
    "id": "italy-2003-09-blackout-lodi-coldstore", "name": "Italian nationwide blackout 28 September 2003 (a tree flashover tripped the Swiss Mettlen-Lavorgo line at 03:01; Etrans called GRTN at 03:11, Italian imports were reduced at 03:21, the San Bernardino line tripped at 03:25 and the Italian system collapsed at about 03:28; the north was fully restored by 9 a.m., the centre and south through the afternoon and evening), seen from a frozen-food cold store near Lodi",
    "issueId": "98007", "key": "MAG-0928", "summary": "Blackout totale - celle frigorifere senza corrente",
    "reporter": "Marco Bellini", "assignee": "Sara Ferrandi", "labels": ["blackout", "celle", "sev1"],
    "components": ["celle-frigo", "impianti"], "created": "2003-09-28T07:45", "now": "2003-10-20T10:00:00Z",
    "defaultZone": "Europe/Rome",
    "description": """Stanotte blackout: stabilimento senza corrente, celle 1-6 ferme, generatore avviato solo su celle 1-3. Merce surgelata in cella 4-6 a rischio.

Dalle 3:30 circa secondo la radio. All'inizio pensavamo a un fulmine sulla nostra cabina MT per il temporale. Ora italiana.""",
    "comments": [
        ("232070", "Sara Ferrandi", "2003-09-28T08:30", """Non è la nostra cabina: blackout in tutta Italia tranne la Sardegna, dicono per le linee dalla Svizzera. Ho ricopiato il registro della guardiania in registro-mag0928.txt (ora italiana)."""),
        ("232071", "Marco Bellini", "2003-09-28T09:40", """Corrente tornata, tutti i compressori ripartiti. Cella 4 salita a -15, la merce resta in quarantena fino al controllo qualità di domani."""),
        ("232072", "Sara Ferrandi", "2003-09-29T16:00", """Controllo qualità fatto: 2 pallet di gelato da buttare, il resto è conforme. Avvisata l'assicurazione."""),
        ("232073", "Marco Bellini", "2003-10-08T10:00", """Riepilogo (mercoledì), ora italiana, dal rapporto UCTE del 27 ottobre e dai giornali.
Alle 03:01 un albero ha fatto scattare la linea svizzera Mettlen-Lavorgo; alle 03:11 Etrans ha telefonato al GRTN chiedendo di ridurre l'import.
Alle 03:21 la riduzione delle importazioni è entrata in vigore, non è bastata: alle 03:25 è scattata anche la linea del San Bernardino.
Dopo lo scatto delle altre linee verso l'Italia, alle 03:28 la rete italiana è collassata; quello è l'inizio per noi, non le "3:30 circa" della descrizione né il nostro fulmine.
Quando ce ne siamo accorti non lo sappiamo: il guardiano ha chiamato me senza annotare l'ora e il registro comincia con il mio arrivo.
Fine: al Nord la rete è stata ripristinata al 100% alle 9; da noi la corrente è tornata alle 9:00 insieme a tutto il Nord. I compressori ripartiti dopo sono recupero nostro.
Azioni: commutatore automatico del generatore su tutte le celle, orologio sul registro della guardiania, combustibile per 24 ore."""),
    ],
    "changelog": [
        ("Sara Ferrandi", "2003-09-28T07:46", [("status", "Open", "In Progress")]),
        ("Marco Bellini", "2003-09-28T09:41", [("status", "In Progress", "Monitoring")]),
        ("Marco Bellini", "2003-10-08T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "registro-mag0928.txt", "zone": "Europe/Rome", "referenceDate": "2003-09-28", "text": """
REGISTRO GUARDIANIA - domenica 28/09
(ora non annotata) manca la corrente in tutto lo stabilimento, chiamato il sig. Bellini
04:25 arriva il sig. Bellini
04:40 generatore avviato, collegato a celle 1-3
05:10 radio: blackout in tutta Italia, colpa delle linee dalla Svizzera
06:30 cella 4 a -16, porte sigillate
07:30 telefonato all'ENEL: nessuna previsione di ripristino
09:00 torna la corrente di rete, generatore spento
09:20 compressori celle 4-6 ripartiti
"""}],
    "expected": {
        "events": [["2003-09-28T01:01Z", ["albero"]], ["2003-09-28T01:11Z", ["Etrans"]],
                   ["2003-09-28T01:21Z", ["importazioni"]], ["2003-09-28T01:25Z", ["San Bernardino"]],
                   ["2003-09-28T01:28Z", ["collassata"]], ["2003-09-28T02:25Z", ["arriva"]],
                   ["2003-09-28T02:40Z", ["generatore"]], ["2003-09-28T03:10Z", ["radio"]],
                   ["2003-09-28T04:30Z", ["cella 4"]], ["2003-09-28T05:30Z", ["ENEL"]], ["2003-09-28T07:00Z", ["corrente"]],
                   ["2003-09-28T07:20Z", ["compressori"]]],
        "keyTimes": {
            "started": kt("2003-09-28T01:28Z", S, "alle 03:28 la rete italiana è collassata", "comment 232073"),
            "detected": kt(None, U),
            "resolved": kt("2003-09-28T07:00Z", S, "da noi la corrente è tornata alle 9:00", "comment 232073")},
        "responders": [["Marco Bellini", None], ["Sara Ferrandi", None]],
        "narrative": nar(["albero", "San Bernardino"], ["ripristinata"], ["MAG-0928", "cella 4"],
                         "On 28 September 2003 the cold store was without mains power from the 03:28 collapse of the Italian grid until 9:00."),
    }})

# 9. Taiwan 815 blackout, 15 August 2017, seen from a Taipei bubble-tea chain (CST, UTC+8) -------------------------
I.append({
    "id": "taiwan-2017-08-815-taipei-teashops", "name": "Taiwan 815 blackout 15 August 2017 (a contractor's error closed the gas supply valves at CPC's metering station for the Tatan power plant; six generators tripped at 4:52 p.m. and 4 GW was lost; rotating outages and rationing from 6 p.m. affected 6.68 million households until the blackout fully ended at 9:40 p.m.), seen from a Taipei bubble-tea chain and its central kitchen",
    "issueId": "98008", "key": "OPS-0815", "summary": "Power cut at central kitchen + Ximen / Zhongshan stores - POS down",
    "reporter": "Chen Wen-Hsin", "assignee": "Lin Jia-Hao", "labels": ["power", "stores", "kitchen"],
    "components": ["central-kitchen", "stores"], "created": "2017-08-15T09:20", "now": "2017-08-31T04:00:00Z",
    "defaultZone": "Asia/Taipei",
    "description": """Kitchen dark, cup sealers and tapioca cookers stopped; Ximen and Zhongshan stores have no POS and no fridges.

Started about 5 pm. Jia-Hao thinks it's the building transformer again (same as June). Taipei time.""",
    "comments": [
        ("232080", "Lin Jia-Hao", "2017-08-15T09:45", """Not the transformer: it's island-wide, the Tatan power plant tripped. Taipower will ration by district from 6 pm. Our LINE group is pasted in line-ops0815.txt (Taipei)."""),
        ("232081", "Chen Wen-Hsin", "2017-08-15T14:30", """Power back everywhere. Kitchen compressors on, tapioca batch for tomorrow started. 11 stores closed early tonight."""),
        ("232082", "Lin Jia-Hao", "2017-08-16T02:00", """Economic affairs minister resigned last night. Taipower will give a day's electricity discount, nothing for businesses yet."""),
        ("232083", "Chen Wen-Hsin", "2017-08-22T06:30", """Review (Tuesday 22nd), Taipei time.
Cause: during work at CPC's metering station for the Tatan plant a contractor left the system in auto mode and the gas valves closed for two minutes; six generators tripped.
Our stores and kitchen were without power from 4:52 p.m. when the Tatan generators tripped; the China Post live blog said 4:51, CNA and Taipower say 4:52.
Rationing by district started at 6:00 p.m.; our districts stayed off in the rounds, and for us it ended when the blackout fully ended at 9:40 p.m.
First report: Yu-Ting at Ximen at 4:55. The transformer had nothing to do with it.
Losses: 310 kg tapioca and 40 L milk thrown out, 11 stores closed early.
Actions: battery backup for POS and router in every store, a generator hook-up at the kitchen, a written closing procedure for power cuts."""),
    ],
    "changelog": [
        ("Lin Jia-Hao", "2017-08-15T09:21", [("status", "Open", "In Progress")]),
        ("Chen Wen-Hsin", "2017-08-15T14:31", [("status", "In Progress", "Monitoring")]),
        ("Chen Wen-Hsin", "2017-08-22T06:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "line-ops0815.txt", "zone": "Asia/Taipei", "referenceDate": "2017-08-15", "text": """
2017/08/15 (Tue)
4:55 PM  Yu-Ting (Ximen): whole store dark, POS dead, fridges off
4:58 PM  Kitchen - A-Hui: kitchen dark too, sealers stopped. transformer again?
5:06 PM  Jia-Hao: news says Tatan power plant generators tripped, outages all over the north
5:30 PM  Wen-Hsin: closing Ximen, Zhongshan and Gongguan, ice is running out
6:00 PM  Jia-Hao: Taipower rationing by district starts now
6:30 PM  Jia-Hao: MOEA press conference on TV
6:39 PM  Wen-Hsin: CNA says supply expected back to normal at 9 PM
7:45 PM  A-Hui: generator rental can't come before midnight, keeping the freezer doors shut
9:40 PM  Jia-Hao: Taipower says power supply fully restored, lights on at the kitchen
10:15 PM  A-Hui: compressors running, tapioca for tomorrow started
"""}],
    "expected": {
        "events": [["2017-08-15T08:52Z", ["tripped"]], ["2017-08-15T08:55Z", ["POS"]],
                   ["2017-08-15T08:58Z", ["transformer"]], ["2017-08-15T09:06Z", ["Tatan"]],
                   ["2017-08-15T09:30Z", ["closing"]], ["2017-08-15T10:00Z", ["rationing"]],
                   ["2017-08-15T10:30Z", ["press conference"]], ["2017-08-15T10:39Z", ["expected"]], ["2017-08-15T11:45Z", ["generator"]],
                   ["2017-08-15T13:40Z", ["fully", "restored"]], ["2017-08-15T14:15Z", ["compressors"]]],
        "keyTimes": {
            "started": kt("2017-08-15T08:52Z", S, "without power from 4:52 p.m. when the Tatan generators tripped", "comment 232083"),
            "detected": kt("2017-08-15T08:55Z", S, "whole store dark, POS dead", "line-ops0815.txt"),
            "resolved": kt("2017-08-15T13:40Z", S, "when the blackout fully ended at 9:40 p.m.", "comment 232083")},
        "responders": [["Chen Wen-Hsin", None], ["Lin Jia-Hao", None]],
        "narrative": nar(["gas valves"], ["restored"], ["OPS-0815", "Ximen"],
                         "On 15 August 2017 the chain's kitchen and stores were without power from 4:52 p.m. until the blackout ended at 9:40 p.m."),
    }})

# 10. Chicago Center (ZAU) fire, 26 September 2014, seen from a Midway charter operator's desk (CDT) ----------------
I.append({
    "id": "zau-2014-09-fire-midway-charter", "name": "Chicago Air Route Traffic Control Center fire 26 September 2014 (a contract employee set a fire in the telecommunications room in the basement of the Aurora center at about 5:20 a.m.; the center was evacuated and a ground stop for O'Hare and Midway was in place by 6:00 a.m.; flames out by 7 a.m.; hundreds of cancellations by 8:30 a.m., more than 1,500 at O'Hare and 450 at Midway by the afternoon; operations resumed at reduced rates and the center was only fully restored weeks later), seen from a Midway charter operator's operations desk",
    "issueId": "98009", "key": "OCC-0926", "summary": "Chicago ground stop - no departures from MDW, morning charters stuck",
    "reporter": "Dana Kowalczyk", "assignee": "Ray Whitfield", "labels": ["atc", "ground-stop", "ops"],
    "components": ["ops-control", "crew-scheduling"], "created": "2014-09-26T11:30", "now": "2014-10-20T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """ATC holding all Chicago departures. Three morning charters (MDW-BNA, MDW-MSP, MDW-STL) sitting with passengers boarded.

Looks like a weather ground stop, or our dispatch system sent bad flight plans again. Chicago time.""",
    "comments": [
        ("232090", "Ray Whitfield", "2014-09-26T12:10", """Not weather and not our flight plans: fire at Chicago Center in Aurora, building evacuated, airspace handed to neighbouring facilities. Ops log copied into opslog-occ0926.txt (Central)."""),
        ("232091", "Dana Kowalczyk", "2014-09-26T15:00", """Morning charters cancelled, passengers rebooked or bussed. Afternoon flights will get EDCTs at best."""),
        ("232092", "Ray Whitfield", "2014-09-27T14:00", """Saturday: running with long EDCT delays and reroutes around Chicago Center airspace. Two more charters moved to Sunday."""),
        ("232093", "Dana Kowalczyk", "2014-10-16T16:00", """Review (Thursday), Central time.
Per the FBI complaint a contractor set the fire in the basement telecom room at about 5:20 a.m.; the FAA says it was reported just before 6 a.m.
The ground stop for O'Hare and Midway was in place by 6:00 a.m.; that is when our departures stopped.
Our desk first heard at 6:04 when MDW ground told the BNA crew departures were held.
Weather and our dispatch system were wrong guesses; Aurora said the flames were out by 7 a.m.
There is no clean end for us: flights resumed at a reduced rate that afternoon, we flew with EDCT delays and reroutes for days, and Chicago Center was only fully back in mid-October. We are not putting a time on it.
Actions: a contingency schedule for Chicago-area ATC outages, passenger comms templates, a list of alternate airports for positioning."""),
    ],
    "changelog": [
        ("Ray Whitfield", "2014-09-26T11:31", [("status", "Open", "In Progress")]),
        ("Dana Kowalczyk", "2014-09-27T14:01", [("status", "In Progress", "Monitoring")]),
        ("Dana Kowalczyk", "2014-10-16T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "opslog-occ0926.txt", "zone": "America/Chicago", "referenceDate": "2014-09-26", "text": """
OCC log Fri 09/26 (CDT)
6:04 AM  MDW ground to N412LC (BNA): all Chicago departures held, ground stop
6:12 AM  desk: assume weather / flow program, checking our flight plans
6:25 AM  desk: passengers deplaned on all three charters, crews on standby
6:40 AM  TV: fire at FAA Chicago Center in Aurora, building evacuated
7:00 AM  Aurora FD: fire extinguished
8:30 AM  FlightAware: 580+ cancellations at O'Hare and Midway
9:15 AM  cancelled our three morning charters, pax rebooked / bus to STL
4:50 PM  Chicago Dept of Aviation update: 1,500+ cancelled at O'Hare, 450+ at Midway
7:30 PM  CDA next update: flights operating at reduced rate, expect delays
"""}],
    "expected": {
        "events": [["2014-09-26T10:20Z", ["fire"]], ["2014-09-26T11:00Z", ["ground stop"]],
                   ["2014-09-26T11:04Z", ["held"]], ["2014-09-26T11:12Z", ["weather"]], ["2014-09-26T11:25Z", ["deplaned"]],
                   ["2014-09-26T11:40Z", ["evacuated"]], ["2014-09-26T12:00Z", ["extinguished", "flames"]],
                   ["2014-09-26T13:30Z", ["cancellations"]], ["2014-09-26T14:15Z", ["charters"]],
                   ["2014-09-26T21:50Z", ["Aviation"]], ["2014-09-27T00:30Z", ["reduced rate"]]],
        "keyTimes": {
            "started": kt("2014-09-26T11:00Z", S, "The ground stop for O'Hare and Midway was in place by 6:00 a.m.", "comment 232093"),
            "detected": kt("2014-09-26T11:04Z", S, "all Chicago departures held, ground stop", "opslog-occ0926.txt"),
            "resolved": kt(None, U)},
        "responders": [["Dana Kowalczyk", None], ["Ray Whitfield", None]],
        "narrative": nar(["fire"], ["reduced rate"], ["OCC-0926", "N412LC"],
                         "On 26 September 2014 the Chicago Center fire stopped the operator's Midway departures from 6:00 a.m.; recovery was gradual over days."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

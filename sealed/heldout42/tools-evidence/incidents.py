"""Held-out 42 incidents: compact specs. Four software / online-service incidents seen from customers (the AddTrust
External CA Root expiry of 30 May 2020 seen from a Wellington freight-booking SaaS whose old webhook relay broke, late on
a Saturday night in New Zealand, across midnight; Webflow's two network incidents of Monday 27 April 2020 seen from a
Toronto web agency on a launch day; Patreon's card-payment vendor outage of 16 September 2024 seen from a Melbourne
podcast network; Air's fifteen-minute app outage of 2 October 2025 seen from a Sao Paulo design studio, a Portuguese
Slack thread) and six outside software (LOT Polish Airlines' ground-system attack of 21 June 2015 seen from a Warsaw tour
operator, a Polish WhatsApp thread; the North Holland blackout of 27 March 2015 from TenneT's Diemen substation seen from
an Almere cold store, a Dutch WhatsApp thread; the Madrid-Barajas drone closure of 3 February 2020 seen from an inflight
caterer, a Spanish WhatsApp thread; the Fiumicino Terminal 3 fire of 7 May 2015 seen from a Rome tour operator's night
desk across midnight, an Italian WhatsApp thread; the Amsterdam/Zaandam Hemweg blackout of 17 January 2017 seen from a
Zaandam bakery's night shift; the eastern Denmark / southern Sweden blackout of 23 September 2003 seen from a
Frederiksberg clinical lab). Timeline facts from public statements (SOURCES-heldout42.md); people, companies, ticket keys,
chat wording, wrong first guesses and the minutes marked invented there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2020-05-30 23:44' in zone -> '2020-05-30T11:44' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


WLG, TOR, LA, MEL = "Pacific/Auckland", "America/Toronto", "America/Los_Angeles", "Australia/Melbourne"
WAW, AMS, MAD, ROM = "Europe/Warsaw", "Europe/Amsterdam", "Europe/Madrid", "Europe/Rome"
CPH, SAO, NY, Z = "Europe/Copenhagen", "America/Sao_Paulo", "America/New_York", "UTC"

I = []

# 1. AddTrust External CA Root expiry, 30 May 2020 - Wellington freight SaaS, Saturday night across midnight ----------
I.append({
    "id": "addtrust-2020-05-root-expiry-wellington-freight", "name": "AddTrust External CA Root expiry 30 May 2020 (the legacy Sectigo cross-signing root and the cross-signed USERTrust intermediate expired at 10:48:38 UTC; clients with old path building such as OpenSSL 1.0.x followed the expired chain and rejected otherwise valid certificates; fix for such clients: remove the expired root from the trust store or update the CA bundle), seen from a Wellington freight-booking SaaS whose webhook relay on an old CentOS box stopped delivering bookings to depots at 10:48 PM NZST on a Saturday",
    "issueId": "98030", "key": "ZWQ-0530", "summary": "Booking webhooks to depots failing - 'certificate has expired' (Napier depot)",
    "reporter": "Mereana Tihema", "assignee": "Mereana Tihema", "labels": ["webhooks", "tls", "customer-reported"],
    "components": ["webhook-relay", "integrations"], "created": c("2020-05-30 23:44", WLG), "now": "2020-06-10T00:00:00Z",
    "defaultZone": WLG,
    "description": """Deb at the Napier depot emailed: our booking webhooks to their board bounce with "certificate has expired" since about 10.50pm, no new bookings showing for the Sunday early run.

Our cert on api.tranzhaul.co.nz is good until March 2021 (checked in Chrome). My guess is their firewall doing TLS inspection again, like in February. NZ time.""",
    "comments": [
        ("232400", "Callum Fairbrother", c("2020-05-31 00:20", WLG), """It is not Napier's firewall. The relay is the *client* here and it fails the handshake to every depot on a Sectigo certificate (Hastings coolstore too). Relay log copied to relay-zwq0530.txt (UTC, as the box logs). The 9pm Postgres patch is not it either: deliveries were fine until 10:47 PM."""),
        ("232401", "Mereana Tihema", c("2020-05-31 00:50", WLG), """Fixed on the relay: removed the expired AddTrust root from the trust store (OpenSSL 1.0.1e on CentOS 6 builds the path to it instead of the USERTrust root). Retries drained, Napier confirms bookings on their board. Our #oncall thread is in slack-zwq0530.txt (NZST)."""),
        ("232402", "Callum Fairbrother", c("2020-05-31 09:30", WLG), """Sunday morning check: Sectigo's notice https://sectigo.com/resource-library/sectigo-addtrust-external-ca-root-expiring-may-30-2020 says the root expired 30 May 2020 10:48:38 UTC. Label-printer bridge (same OS image) only runs its queue at 06:00 on weekdays, so it gets the CA bundle update on Monday before the run, no customer impact there."""),
        ("232403", "Aroha Pennington-Keys", c("2020-06-02 14:00", WLG), """Review, Tuesday 2 June (NZST unless noted).
Window for depots: 10:48 PM Saturday (first failed delivery, 10:48:41 UTC in the relay log, seconds after the root expired) to 12:41 AM Sunday, when Napier's booking webhook was delivered again.
Detected: 11:31 PM Saturday, from Deb's email - a customer told us; nothing of ours alerted because our own certificate was valid.
The "firewall" guess cost about twenty minutes.
Actions: relay moved off CentOS 6 (A1), webhook failure-rate alert at 5% over 5 min (A2), a calendar of root/intermediate expiries in the chains our customers use (A3)."""),
    ],
    "changelog": [
        ("Mereana Tihema", c("2020-05-30 23:45", WLG), [("status", "Open", "In Progress")]),
        ("Mereana Tihema", c("2020-05-31 00:46", WLG), [("status", "In Progress", "Monitoring")]),
        ("Aroha Pennington-Keys", c("2020-06-02 14:10", WLG), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "relay-zwq0530.txt", "zone": Z, "referenceDate": "2020-05-30", "text": """
webhook-relay.log (relay01, UTC)
2020-05-30T09:15:02Z relay INFO delivered booking.created -> depot-napier 200 (212 ms)
2020-05-30T10:47:55Z relay INFO delivered booking.updated -> depot-napier 200 (198 ms)
2020-05-30T10:48:41Z relay ERROR booking.created -> depot-napier: SSL certificate problem: certificate has expired (retry 1/8)
2020-05-30T10:49:03Z relay ERROR booking.created -> coolstore-hastings: SSL certificate problem: certificate has expired (retry 1/8)
2020-05-30T11:02:10Z relay WARN retry queue depth 57
2020-05-30T12:35:40Z relay INFO trust store reloaded (AddTrust External CA Root removed)
2020-05-30T12:41:08Z relay INFO delivered booking.created -> depot-napier 200 (231 ms, retry 6/8)
2020-05-30T12:44:30Z relay INFO retry queue depth 0
"""}, {"file": "slack-zwq0530.txt", "zone": WLG, "referenceDate": "2020-05-30", "text": """
#oncall  Saturday 30 May
[11:31 PM] Mereana Tihema: email from Deb at the Napier depot: booking webhooks bounce with "certificate has expired", nothing on their board since about 10.50pm
[11:33 PM] Mereana Tihema: our cert is fine till March 2021. I reckon their firewall is doing TLS inspection again
[11:52 PM] Callum Fairbrother: relay log says it's OUR side failing the handshake, Hastings coolstore too. anything changed tonight? the Postgres patch?
[11:55 PM] Mereana Tihema: Postgres patch was 9:00-9:20 and the relay delivered fine till 10:47. not that
Sunday 31 May
[12:12 AM] Callum Fairbrother: got it. AddTrust External CA Root expired 10:48:38 UTC = 10:48pm here. old OpenSSL on the relay walks the expired chain
[12:35 AM] Mereana Tihema: removed AddTrust from the relay trust store, reloading
[12:41 AM] Mereana Tihema: Napier's booking webhook delivered, retries draining
[12:44 AM] Callum Fairbrother: retry queue at 0. going to bed
"""}],
    "expected": {
        "events": [[u("2020-05-30 22:48", WLG), ["certificate has expired", "expired"]],
                   [u("2020-05-30 23:31", WLG), ["email", "Napier"]], [u("2020-05-30 23:33", WLG), ["firewall"]],
                   [u("2020-05-30 23:52", WLG), ["handshake"]], [u("2020-05-31 00:12", WLG), ["AddTrust"]],
                   [u("2020-05-31 00:35", WLG), ["trust store"]], [u("2020-05-31 00:41", WLG), ["delivered"]],
                   [u("2020-05-31 00:44", WLG), ["queue"]]],
        "keyTimes": {
            "started": kt(u("2020-05-30 22:48", WLG), S, "depot-napier: SSL certificate problem", "relay-zwq0530.txt"),
            "detected": kt(u("2020-05-30 23:31", WLG), S, "email from Deb at the Napier depot", "slack-zwq0530.txt"),
            "resolved": kt(u("2020-05-31 00:41", WLG), S, "Napier's booking webhook delivered", "slack-zwq0530.txt")},
        "responders": [["Mereana Tihema", "incident commander"], ["Callum Fairbrother", "SME"], ["Aroha Pennington-Keys", None]],
        "narrative": nar(["AddTrust"], ["trust store"], ["ZWQ-0530", "relay"],
                         "Depots stopped receiving booking webhooks for about two hours late on Saturday night because the relay rejected their certificates after the AddTrust root expired.",
                         badly=["firewall"]),
    }})

# 2. Webflow, Monday 27 April 2020 - two network incidents, seen from a Toronto agency on launch day ------------------
I.append({
    "id": "webflow-2020-04-network-incidents-toronto-agency", "name": "Webflow dashboard and Designer errors 27 April 2020 (two network incidents about 55 minutes apart: first presented at 11:59 PDT when on-call was paged for Elasticsearch health, dashboard timeouts and 502s, recovered without intervention and set to monitoring at 12:14 PDT; second declared 13:36 PDT; pods rolled for a suspected memory leak without effect; at 14:04 PDT an abnormally high count of network requests from one internal system was found; fix for the overly verbose component deployed by 14:28 PDT; resolved 14:45 PDT), seen from a Toronto web agency that had a client launch at 4 PM Eastern",
    "issueId": "98031", "key": "QJV-0427", "summary": "Webflow Designer 502/504 - can't publish Harbourfront Dental, launch at risk",
    "reporter": "Odile Marchetti-Sung", "assignee": "Teodor Vasquez-Lind", "labels": ["webflow", "launch", "vendor"],
    "components": ["client-sites"], "created": c("2020-04-27 15:06", TOR), "now": "2020-05-06T12:00:00Z",
    "defaultZone": TOR,
    "description": """Webflow Designer throws 502 on save and the dashboard won't load, since ~3pm. Harbourfront Dental goes live at 4:00 PM today.

Could be our Cloudflare DNS switch for harbourfrontdental.ca at 2:30 PM? Teodor please check. Eastern time.""",
    "comments": [
        ("232410", "Teodor Vasquez-Lind", c("2020-04-27 15:20", TOR), """DNS is fine (and it wouldn't break the Designer anyway). Webflow came back by itself at 3:14 PM. Our channel is in slack-qjv0427.txt."""),
        ("232411", "Odile Marchetti-Sung", c("2020-04-27 16:45", TOR), """Slow again since 4:36 PM, publish spins, the webflow.io staging URL is dead too. Launch already moved to 6 PM at 3:30."""),
        ("232412", "Teodor Vasquez-Lind", c("2020-04-28 10:15", TOR), """Webflow published a postmortem; the relevant lines are in webflow-status-qjv0427.txt, in Pacific time as they wrote them (3 hours behind us)."""),
        ("232413", "Odile Marchetti-Sung", c("2020-04-29 11:00", TOR), """Retro (Eastern):
Two waves for us: 2:59 PM (Webflow's 11:59 PDT page) to about 3:14 PM, then again from 4:36 PM (their second incident, 13:36 PDT).
First report: Kalani in Slack at 3:02 PM.
Over for us at 5:31 PM when Kalani's publish went through; Webflow's fix was out at 5:28 PM our time and their "resolved" at 5:45 PM came after.
The DNS change at 2:30 PM was a red herring. Go-live at 6:02 PM, client informed twice.
Actions: no launch within 2 hours of a vendor's status change (A1), export of the site code kept for launch days (A2)."""),
    ],
    "changelog": [
        ("Teodor Vasquez-Lind", c("2020-04-27 15:07", TOR), [("status", "Open", "In Progress")]),
        ("Teodor Vasquez-Lind", c("2020-04-27 15:16", TOR), [("status", "In Progress", "Monitoring")]),
        ("Odile Marchetti-Sung", c("2020-04-27 16:44", TOR), [("status", "Monitoring", "In Progress"), ("priority", "High", "Highest")]),
        ("Odile Marchetti-Sung", c("2020-04-29 11:05", TOR), [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-qjv0427.txt", "zone": TOR, "referenceDate": "2020-04-27", "text": """
#harbourfront-launch  Mon Apr 27
[2:31 PM] Teodor Vasquez-Lind: DNS for harbourfrontdental.ca now on Cloudflare, TTL 300
[3:02 PM] Kalani Brisebois: Designer gives me 502 on save, dashboard won't load either
[3:04 PM] Odile Marchetti-Sung: DNS change? Teodor can you check
[3:14 PM] Kalani Brisebois: back. saved everything
[3:30 PM] Odile Marchetti-Sung: not risking a 4pm go-live, launch moved to 6
[4:38 PM] Kalani Brisebois: slow again, publish just spins. Designer 504
[4:41 PM] Teodor Vasquez-Lind: DNS is not it, the webflow.io staging URL is dead too
[5:31 PM] Kalani Brisebois: publish went through, site updated on staging
[6:02 PM] Odile Marchetti-Sung: harbourfrontdental.ca launched
"""}, {"file": "webflow-status-qjv0427.txt", "zone": LA, "referenceDate": "2020-04-27", "text": """
Webflow status - "Errors accessing the Webflow Dashboard and Designer" - postmortem excerpts (PDT)
Monday, April 27th: two network incidents, about 55 minutes apart, led to periods of degraded performance.
The first incident presented at 11:59 PDT when our on-call engineer was paged with an Elasticsearch health issue.
The dashboard was inaccessible with timeouts and 502 responses; 504 errors spiked on the GraphQL server.
At 12:14 PDT, with all pods and services healthy again, the incident was set to monitoring.
At 13:36 PDT an engineer noticed increased delay in some systems and a second incident was declared.
Pods rolled on the production cluster for a suspected memory leak, no improvement.
At 14:04 PDT an abnormally high count of network requests coming from one internal system was noticed.
By 14:28 PDT a fix for the overly verbose component was deployed.
By 14:45 PDT the incident was declared resolved.
"""}],
    "expected": {
        "events": [[u("2020-04-27 14:31", TOR), ["DNS"]], [u("2020-04-27 11:59", LA), ["paged", "Elasticsearch"]],
                   [u("2020-04-27 15:02", TOR), ["502"]], [u("2020-04-27 12:14", LA), ["monitoring", "back"]],
                   [u("2020-04-27 15:30", TOR), ["launch"]], [u("2020-04-27 13:36", LA), ["second incident", "slow again"]],
                   [u("2020-04-27 16:38", TOR), ["504", "spins"]], [u("2020-04-27 14:04", LA), ["network requests"]],
                   [u("2020-04-27 14:28", LA), ["fix"]], [u("2020-04-27 17:31", TOR), ["publish went through"]],
                   [u("2020-04-27 14:45", LA), ["resolved"]], [u("2020-04-27 18:02", TOR), ["launched", "Go-live"]]],
        "keyTimes": {
            "started": kt(u("2020-04-27 11:59", LA), S, "The first incident presented at 11:59 PDT", "webflow-status-qjv0427.txt"),
            "detected": kt(u("2020-04-27 15:02", TOR), S, "Designer gives me 502 on save", "slack-qjv0427.txt"),
            "resolved": kt(u("2020-04-27 17:31", TOR), S, "Over for us at 5:31 PM", "comment 232413")},
        "responders": [["Odile Marchetti-Sung", "incident commander"], ["Teodor Vasquez-Lind", None], ["Kalani Brisebois", None]],
        "narrative": nar(["network requests"], ["overly verbose component"], ["QJV-0427", "Harbourfront"],
                         "The agency could not save or publish in Webflow in two waves on 27 April 2020 and moved a client launch by two hours.",
                         badly=["DNS"]),
    }})

# 3. Patreon card payments, 16 September 2024 - Melbourne podcast network --------------------------------------------
I.append({
    "id": "patreon-2024-09-card-payments-melbourne-podcast", "name": "Patreon card payment issues 16 September 2024 (status: Investigating 12:22 PM UTC, issue identified as a vendor outage; Monitoring 12:52 PM UTC after the vendor implemented a fix; Resolved 01:37 PM UTC; when the declines began is not published), seen from a Melbourne podcast network whose patrons were pledging during a live-show launch evening",
    "issueId": "98032", "key": "VXK-0916", "summary": "Patrons' cards declined on Patreon pledges - launch night for 'Back Paddock' tier",
    "reporter": "Saoirse Kellaway", "assignee": "Dmitri Oyelaran", "labels": ["patreon", "payments", "customer-reported"],
    "components": ["membership"], "created": c("2024-09-16 22:36", MEL), "now": "2024-09-30T00:00:00Z",
    "defaultZone": MEL, "priority": "High",
    "description": """Patrons emailing that their card is declined when they pledge to the new Back Paddock tier. Launch livestream finished at 9:30 PM, so this is the worst evening for it.

No idea since when. Could be the new tier's price (A$7.50) tripping bank fraud rules? Melbourne time.""",
    "comments": [
        ("232420", "Dmitri Oyelaran", c("2024-09-16 22:45", MEL), """Test pledge from my own card declined at 10:40 PM. Patreon's status page has "Investigating card payment issues" (vendor outage). Copied the posts to patreon-status-vxk0916.txt, times in UTC as shown (we are UTC+10)."""),
        ("232421", "Saoirse Kellaway", c("2024-09-16 23:20", MEL), """Support thread from our Discord in discord-vxk0916.txt. Patreon says Monitoring since 10:52 PM our time."""),
        ("232422", "Dmitri Oyelaran", c("2024-09-17 09:10", MEL), """Morning: nobody complained after 11 PM. Patreon's Resolved post came at 11:37 PM our time. Declined pledges are not retried by Patreon, so Saoirse is emailing the 41 patrons with a link (https://www.patreon.com/backpaddock/posts/launch-2200-replay) to try again."""),
        ("232423", "Hollis Abernethy-Quach", c("2024-09-19 15:00", MEL), """Review, Thursday 19 Sep (AEST):
Start: not known. Patreon only says it was a vendor outage; their first post (10:22 PM ours) is when they began investigating, not when declines began, and our first patron email came later.
Detected: 10:31 PM, first patron email to support@ ("card declined, tried twice").
Over: 11:04 PM, Dmitri's second test pledge went through; no declines reported after that. Patreon's Monitoring (10:52 PM) and Resolved (11:37 PM) posts bracket it.
The A$7.50 price / fraud-rule theory was wrong.
Actions: subscribe ops@ to Patreon status (A1), launch nights get a test pledge every 15 minutes (A2)."""),
    ],
    "changelog": [
        ("Dmitri Oyelaran", c("2024-09-16 22:37", MEL), [("status", "Open", "In Progress")]),
        ("Dmitri Oyelaran", c("2024-09-16 23:06", MEL), [("status", "In Progress", "Monitoring")]),
        ("Hollis Abernethy-Quach", c("2024-09-19 15:05", MEL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "patreon-status-vxk0916.txt", "zone": Z, "referenceDate": "2024-09-16", "text": """
Patreon status - "Investigating card payment issues" - Payments Processing (UTC, as shown)
Investigating - Sep 16, 2024, 12:22 PM UTC - We're currently investigating an issue with card payments. We've identified the issue as a vendor outage.
Monitoring - Sep 16, 2024, 12:52 PM UTC - Our vendor has implemented a fix, we are monitoring results.
Resolved - Sep 16, 2024, 01:37 PM UTC - Card payment issues are now resolved.
"""}, {"file": "discord-vxk0916.txt", "zone": MEL, "referenceDate": "2024-09-16", "text": """
#patron-support (Back Paddock Discord), Mon 16 Sep
[21:30] Saoirse Kellaway: livestream done! Back Paddock tier is open, thank you all
[22:31] Saoirse Kellaway: first email in support@: "card declined, tried twice" from a patron in Ballarat
[22:33] Saoirse Kellaway: could it be the new price? A$7.50 looks odd to some banks
[22:40] Dmitri Oyelaran: my own test pledge declined too. not the price, Patreon's status says vendor outage
[22:58] Saoirse Kellaway: 12 emails now, all "declined"
[23:04] Dmitri Oyelaran: second test pledge went through
[23:15] Saoirse Kellaway: two patrons confirm pledges work again
"""}],
    "expected": {
        "events": [[u("2024-09-16 21:30", MEL), ["livestream"]], [u("2024-09-16 22:22", MEL), ["Investigating"]],
                   [u("2024-09-16 22:31", MEL), ["declined", "email"]], [u("2024-09-16 22:33", MEL), ["price"]],
                   [u("2024-09-16 22:40", MEL), ["test pledge"]], [u("2024-09-16 22:52", MEL), ["Monitoring"]],
                   [u("2024-09-16 22:58", MEL), ["12 emails"]], [u("2024-09-16 23:04", MEL), ["went through"]],
                   [u("2024-09-16 23:15", MEL), ["confirm"]], [u("2024-09-16 23:37", MEL), ["Resolved"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2024-09-16 22:31", MEL), S, "first email in support@", "discord-vxk0916.txt"),
            "resolved": kt(u("2024-09-16 23:04", MEL), S, "second test pledge went through", "discord-vxk0916.txt")},
        "responders": [["Saoirse Kellaway", "comms"], ["Dmitri Oyelaran", "incident commander"], ["Hollis Abernethy-Quach", None]],
        "narrative": nar(["vendor outage"], ["vendor has implemented a fix"], ["VXK-0916", "Back Paddock"],
                         "Patrons' card pledges to the network's new tier were declined for about half an hour or more on launch night; when it began is not known.",
                         badly=["price"]),
    }})

# 4. LOT Polish Airlines ground systems, Sunday 21 June 2015 - Warsaw tour operator, Polish WhatsApp ----------------------
I.append({
    "id": "lot-2015-06-ground-system-attack-warsaw-tours", "name": "LOT Polish Airlines ground-system attack 21 June 2015 (Sunday; an IT attack on the ground operations system that issues flight plans at Warsaw Chopin, at about 4 pm local time; fixed after around five hours; 10 flights cancelled, about a dozen delayed, about 1,400 passengers; flights in the air and other airports not affected; hotels for those staying overnight), seen from a Warsaw tour operator whose group of 38 was waiting for an evening LOT departure",
    "issueId": "98033", "key": "JQZ-0621", "summary": "Grupa Dubrownik (38 os.) utknęła na Okęciu - LOT nie wypuszcza lotów",
    "reporter": "Ksawery Młynarczyk", "assignee": "Ksawery Młynarczyk", "labels": ["lot", "grupa", "lotnisko"],
    "components": ["grupy", "dyzur"], "created": c("2015-06-21 16:55", WAW), "now": "2015-07-01T10:00:00Z",
    "defaultZone": WAW,
    "description": """Grupa Dubrownik (38 osób, pilotka Bogna) stoi na Okęciu, LOT mówi o problemie z planami lotów. Odlot planowo 17:40.

Moim zdaniem to pogoda w Dubrowniku albo strajk obsługi, zobaczymy. Czas warszawski.""",
    "comments": [
        ("232430", "Ksawery Młynarczyk", c("2015-06-21 17:35", WAW), """LOT on Facebook: an IT attack on their ground operations system, they cannot create flight plans. Not weather, not a strike. Bogna's WhatsApp copied to whatsapp-jqz0621.txt."""),
        ("232431", "Ksawery Młynarczyk", c("2015-06-21 18:50", WAW), """Our flight cancelled (18:12). LOT gives hotels; group to the Airport Hotel, rebooked on Monday's 07:05."""),
        ("232432", "Bogna Zakrzewska", c("2015-06-22 08:20", WAW), """Group boarded 06:35, all 38. One wheelchair passenger needed a new assistance booking."""),
        ("232433", "Ilona Pietrasik-Hall", c("2015-06-24 10:00", WAW), """Review (Wednesday 24 June, Warsaw time):
Start: about 16:00, when LOT's flight-plan system was attacked (LOT: "around 4 p.m."). An English news site wrote "4 pm local (3pm GMT)"; Warsaw is GMT+2 in June, so that is 14:00 GMT, not 15:00.
We knew: 16:42, Bogna's WhatsApp from the gate.
End: LOT says the system was fixed after around five hours; they gave no minute and we have none of our own (the group was already at the hotel).
Ksawery's weather/strike guess in the description was wrong.
Actions: pilots get the LOT ops-desk number (A1), group contracts get an overnight clause (A2)."""),
    ],
    "changelog": [
        ("Ksawery Młynarczyk", c("2015-06-21 16:56", WAW), [("status", "Open", "In Progress")]),
        ("Ksawery Młynarczyk", c("2015-06-22 08:25", WAW), [("status", "In Progress", "Monitoring")]),
        ("Ilona Pietrasik-Hall", c("2015-06-24 10:10", WAW), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-jqz0621.txt", "zone": WAW, "referenceDate": "2015-06-21", "text": """
21.06.2015, 15:28 - Bogna Zakrzewska: Odprawa grupy zakończona, 38/38, bramka 24
21.06.2015, 16:42 - Bogna Zakrzewska: Lot opóźniony, LOT mówi że nie mają planu lotu, system nie działa
21.06.2015, 16:45 - Ksawery Młynarczyk: Pogoda w Dubrowniku? Strajk?
21.06.2015, 16:58 - Bogna Zakrzewska: Nie, stoją wszystkie loty LOT-u z Warszawy, inne linie latają
21.06.2015, 17:40 - Bogna Zakrzewska: Godzina odlotu minęła, ludzie pytają o jedzenie
21.06.2015, 18:12 - Bogna Zakrzewska: Odwołany. LOT daje hotele i vouchery
21.06.2015, 18:55 - Bogna Zakrzewska: Jesteśmy w autobusie do hotelu
22.06.2015, 06:35 - Bogna Zakrzewska: Wszyscy na pokładzie, 38/38
"""}],
    "expected": {
        "events": [[u("2015-06-21 15:28", WAW), ["Odprawa"]], [u("2015-06-21 16:00", WAW), ["attacked", "Start"]],
                   [u("2015-06-21 16:42", WAW), ["opóźniony", "WhatsApp"]], [u("2015-06-21 16:45", WAW), ["Pogoda"]],
                   [u("2015-06-21 16:58", WAW), ["stoją"]], [u("2015-06-21 17:40", WAW), ["odlotu"]],
                   [u("2015-06-21 18:12", WAW), ["Odwołany", "cancelled"]], [u("2015-06-21 18:55", WAW), ["hotelu"]],
                   [u("2015-06-22 06:35", WAW), ["pokładzie", "boarded"]]],
        "keyTimes": {
            "started": kt(u("2015-06-21 16:00", WAW), S, "about 16:00, when LOT's flight-plan system was attacked", "comment 232433"),
            "detected": kt(u("2015-06-21 16:42", WAW), S, "Lot opóźniony, LOT mówi że nie mają planu lotu", "whatsapp-jqz0621.txt"),
            "resolved": kt(u("2015-06-21 21:00", WAW), I_, "fixed after around five hours", "comment 232433")},
        "responders": [["Ksawery Młynarczyk", "incident commander"], ["Bogna Zakrzewska", None], ["Ilona Pietrasik-Hall", None]],
        "narrative": nar(["IT attack"], ["fixed after around five hours"], ["JQZ-0621", "Dubrownik"],
                         "A group of 38 could not fly to Dubrovnik on 21 June 2015 because LOT's flight-plan system was attacked; it flew the next morning.",
                         badly=["strajk"]),
    }})

# 5. North Holland blackout, Friday 27 March 2015 - Almere cold store, Dutch WhatsApp ----------------------------------
I.append({
    "id": "noordholland-2015-03-diemen-blackout-almere-coldstore", "name": "North Holland / Flevoland blackout 27 March 2015 (Friday morning, a fault in TenneT's 380 kV Diemen substation cut power from about 9.30 to roughly a million households in Amsterdam, Haarlem, Almere, Hilversum, Alkmaar and more; trains, trams and metro stopped, Schiphol diverted flights and was in use again from midday; power restored step by step, Liander: all affected households back since 15.30; Nuon district heating restored slowly), seen from an Almere cold store (CET, two days before summer time)",
    "issueId": "98034", "key": "XQW-0327", "summary": "Stroomuitval koelhuis Almere - hal 2 zonder stroom, vriescellen op noodstroom",
    "reporter": "Fenna Kloppenburg", "assignee": "Wouter Brinkhuis-Asante", "labels": ["stroom", "koeling", "extern"],
    "components": ["koelcellen", "expeditie"], "created": c("2015-03-27 09:52", AMS), "now": "2015-04-08T10:00:00Z",
    "defaultZone": AMS,
    "description": """Hele koelhuis zonder stroom, heftrucks en dockdeuren staan stil, vriescellen 3-5 lopen op de aggregaat zodra die aan is.

Eerst gedacht aan onze eigen hoofdschakelaar (laadstation heftrucks?), maar radio zegt storing bij TenneT in Diemen. Tijden Nederlandse tijd.""",
    "comments": [
        ("232440", "Wouter Brinkhuis-Asante", c("2015-03-27 10:20", AMS), """Aggregaat draait sinds 10:05, vriescellen op -21. UPS-log van de serverkast in ups-xqw0327.txt. WhatsApp van de ploeg in whatsapp-xqw0327.txt."""),
        ("232441", "Fenna Kloppenburg", c("2015-03-27 12:10", AMS), """11:52 deels terug: verlichting en kantoor, koelcompressoren nog niet. Transport naar Schiphol gaat niet door, Schiphol weer open sinds 12 uur maar vol."""),
        ("232442", "Wouter Brinkhuis-Asante", c("2015-03-27 13:30", AMS), """13:14 alles weer aan, compressoren gestart, aggregaat uit om 13:25. Liander meldt later (15:30) dat alle huishoudens weer stroom hebben; voor ons was het eerder voorbij."""),
        ("232443", "Yusuf Demirkaya-Bos", c("2015-03-31 09:00", AMS), """Evaluatie dinsdag 31 maart (CET, zomertijd begon zondag 29 maart pas):
Begin: 09:37, UPS-log "mains failure" (de media zeggen "vanaf 9.30" voor de regio).
Gemerkt: 09:38, Fenna in de ploegapp.
Einde: 13:14, volledige stroom terug, koeling draaiend. Stapsgewijs: 11:52 alleen verlichting.
Onze eigen hoofdschakelaar was het niet.
Acties: aggregaat automatisch laten starten (A1), vriescel-temperaturen naar de telefoon (A2)."""),
    ],
    "changelog": [
        ("Wouter Brinkhuis-Asante", c("2015-03-27 09:53", AMS), [("status", "Open", "In Progress")]),
        ("Wouter Brinkhuis-Asante", c("2015-03-27 13:20", AMS), [("status", "In Progress", "Monitoring")]),
        ("Yusuf Demirkaya-Bos", c("2015-03-31 09:10", AMS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ups-xqw0327.txt", "zone": AMS, "referenceDate": "2015-03-27", "text": """
APC Smart-UPS event log (serverkast, lokale tijd +01:00)
27/03/2015 06:00:04 +01:00 Self-test passed
27/03/2015 09:37:12 +01:00 UPS: On battery power in response to an input power problem (mains failure)
27/03/2015 09:58:40 +01:00 UPS: Battery capacity low, graceful shutdown of 3 hosts started
27/03/2015 10:05:31 +01:00 UPS: Input power restored (generator)
27/03/2015 13:14:02 +01:00 UPS: Input transferred from generator to mains
"""}, {"file": "whatsapp-xqw0327.txt", "zone": AMS, "referenceDate": "2015-03-27", "text": """
[27-03-15 09:38] Fenna Kloppenburg: Stroom weg in hal 2, heftrucks en deuren staan stil!!
[27-03-15 09:41] Yusuf Demirkaya-Bos: Hoofdschakelaar gesprongen? Laadstation heftrucks weer?
[27-03-15 09:50] Fenna Kloppenburg: Radio: storing bij TenneT in Diemen, half Noord-Holland en Almere plat
[27-03-15 10:05] Wouter Brinkhuis-Asante: Aggregaat aan, vriescellen 3-5 op noodstroom
[27-03-15 11:52] Fenna Kloppenburg: Licht is terug, compressoren nog niet
[27-03-15 13:14] Wouter Brinkhuis-Asante: Alles weer aan, compressoren draaien
[27-03-15 13:40] Fenna Kloppenburg: Eerste vrachtwagen geladen
"""}],
    "expected": {
        "events": [[u("2015-03-27 09:37", AMS), ["mains failure", "UPS"]], [u("2015-03-27 09:38", AMS), ["Stroom weg"]],
                   [u("2015-03-27 09:41", AMS), ["Hoofdschakelaar"]], [u("2015-03-27 09:50", AMS), ["Diemen"]],
                   [u("2015-03-27 09:58", AMS), ["shutdown"]], [u("2015-03-27 10:05", AMS), ["Aggregaat", "generator"]],
                   [u("2015-03-27 11:52", AMS), ["Licht", "verlichting"]], [u("2015-03-27 13:14", AMS), ["Alles weer aan", "mains"]],
                   [u("2015-03-27 13:40", AMS), ["vrachtwagen"]], [u("2015-03-27 15:30", AMS), ["Liander"]]],
        "keyTimes": {
            "started": kt(u("2015-03-27 09:37", AMS), S, "On battery power in response to an input power problem", "ups-xqw0327.txt"),
            "detected": kt(u("2015-03-27 09:38", AMS), S, "Stroom weg in hal 2", "whatsapp-xqw0327.txt"),
            "resolved": kt(u("2015-03-27 13:14", AMS), S, "Alles weer aan, compressoren draaien", "whatsapp-xqw0327.txt")},
        "responders": [["Fenna Kloppenburg", None], ["Wouter Brinkhuis-Asante", "incident commander"], ["Yusuf Demirkaya-Bos", None]],
        "narrative": nar(["Diemen"], ["aggregaat"], ["XQW-0327", "hal 2"],
                         "The cold store lost mains power for about three and a half hours on 27 March 2015 in the Diemen substation blackout; freezer cells ran on the generator.",
                         badly=["hoofdschakelaar"]),
    }})

# 6. Madrid-Barajas drone closure, Monday 3 February 2020 - inflight caterer, Spanish WhatsApp ---------------------------
I.append({
    "id": "barajas-2020-02-drone-closure-madrid-catering", "name": "Madrid-Barajas drone closure 3 February 2020 (Monday, after a foggy morning; pilots reported drones near the airport, ENAIRE activated 'Rate 0' with the alert at 12.40 planned in principle until 14.40; press put the closure at around 13.00; 26 flights diverted (Valencia, Barcelona, Alicante, Valladolid, Zaragoza); the local security committee (Aena, ENAIRE, Guardia Civil, Policia) lifted the restrictions and the airport was operational at 14.15, about an hour and 35 minutes of closed airspace), seen from an inflight caterer at Barajas whose trucks were held at the stands",
    "issueId": "98035", "key": "KQX-0203", "summary": "Barajas cerrado por drones - camiones de catering retenidos en plataforma",
    "reporter": "Nuria Castrillón", "assignee": "Paloma Echeverría-Lund", "labels": ["barajas", "drones", "operaciones"],
    "components": ["plataforma", "despacho"], "created": c("2020-02-03 12:58", MAD), "now": "2020-02-14T09:00:00Z",
    "defaultZone": MAD,
    "description": """Barajas en Rate 0 por drones, nada despega ni aterriza. 9 camiones nuestros parados en plataforma con carros para vuelos de la tarde.

Tras la niebla de esta mañana ya íbamos con retraso. Hora peninsular.""",
    "comments": [
        ("232450", "Paloma Echeverría-Lund", c("2020-02-03 13:30", MAD), """ENAIRE: la alerta se activó a las 12.40 y en principio se mantiene hasta las 14.40. Vuelos desviados a Valencia, Barcelona, Zaragoza. El grupo de despacho en whatsapp-kqx0203.txt."""),
        ("232451", "Iker Zubizarreta-Moll", c("2020-02-03 14:25", MAD), """Aena: el comité levanta las restricciones, aeropuerto operativo. Desvíos a las 14.15: 26 vuelos."""),
        ("232452", "Nuria Castrillón", c("2020-02-03 17:40", MAD), """Carros de los desviados a Valencia: los recuperamos mañana. Tres vuelos de la tarde salieron con bandejas frías solo."""),
        ("232453", "Paloma Echeverría-Lund", c("2020-02-06 10:00", MAD), """Review (Thursday 6 Feb, Madrid time, CET):
Window: 12:40 (Enaire activates the drone alert, Rate 0) to 14:15 (Aena lifts restrictions, airport operational). The press said "closed around 13:00"; for us the stands stopped at 12:40. The 14:40 Enaire mentioned was only the planned end.
Detected: 12:47, Iker's message in the dispatch group.
Closed for about an hour and 35 minutes. The morning fog (low-visibility procedures until about 10:00) is a separate delay, not this incident.
Actions: a holding plan for loaded trucks when the airport stops (A1), cold-chain check for carts held over 60 minutes (A2)."""),
    ],
    "changelog": [
        ("Paloma Echeverría-Lund", c("2020-02-03 12:59", MAD), [("status", "Open", "In Progress")]),
        ("Paloma Echeverría-Lund", c("2020-02-03 14:30", MAD), [("status", "In Progress", "Monitoring")]),
        ("Paloma Echeverría-Lund", c("2020-02-06 10:10", MAD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-kqx0203.txt", "zone": MAD, "referenceDate": "2020-02-03", "text": """
3/2/20 8:15 - Nuria Castrillón: Niebla, procedimientos de baja visibilidad, los de las 9 van tarde
3/2/20 12:47 - Iker Zubizarreta-Moll: Rate 0 en Barajas por drones, no sale nada, camiones parados en plataforma
3/2/20 12:52 - Nuria Castrillón: ¿otra vez la niebla?
3/2/20 12:54 - Iker Zubizarreta-Moll: no, drones, lo dice la torre. 9 camiones esperando
3/2/20 13:20 - Paloma Echeverría-Lund: Iberia desvía a Valencia, los carros se van con ellos
3/2/20 14:15 - Iker Zubizarreta-Moll: Reabren! Aena levanta restricciones
3/2/20 14:32 - Iker Zubizarreta-Moll: primer camión cargado en la T4
3/2/20 15:10 - Nuria Castrillón: todos los camiones fuera, vamos 40 min tarde
"""}],
    "expected": {
        "events": [[u("2020-02-03 08:15", MAD), ["Niebla"]], [u("2020-02-03 12:40", MAD), ["alerta", "alert"]],
                   [u("2020-02-03 12:47", MAD), ["Rate 0"]], [u("2020-02-03 12:52", MAD), ["niebla"]],
                   [u("2020-02-03 12:54", MAD), ["drones"]], [u("2020-02-03 13:20", MAD), ["Valencia"]],
                   [u("2020-02-03 14:15", MAD), ["Reabren", "restricciones", "restrictions"]],
                   [u("2020-02-03 14:32", MAD), ["primer camión"]], [u("2020-02-03 15:10", MAD), ["todos los camiones"]]],
        "keyTimes": {
            "started": kt(u("2020-02-03 12:40", MAD), S, "12:40 (Enaire activates the drone alert", "comment 232453"),
            "detected": kt(u("2020-02-03 12:47", MAD), S, "Rate 0 en Barajas por drones", "whatsapp-kqx0203.txt"),
            "resolved": kt(u("2020-02-03 14:15", MAD), S, "14:15 (Aena lifts restrictions", "comment 232453")},
        "responders": [["Paloma Echeverría-Lund", "incident commander"], ["Iker Zubizarreta-Moll", None], ["Nuria Castrillón", None]],
        "narrative": nar(["drones"], ["levanta las restricciones"], ["KQX-0203", "plataforma"],
                         "Catering trucks were held at the stands for about an hour and a half on 3 February 2020 while Barajas airspace was closed for drone sightings.",
                         badly=["niebla"]),
    }})

# 7. Fiumicino Terminal 3 fire, night of 6-7 May 2015 - Rome tour operator night desk, Italian WhatsApp ----------------
I.append({
    "id": "fiumicino-2015-05-t3-fire-rome-touroperator", "name": "Fiumicino Terminal 3 fire 7 May 2015 (fire broke out shortly after midnight in a commercial area of T3, probably a short circuit; a local site says smoke was smelt at 00.30 and the gravity understood half an hour later; airport closed, Roma-Fiumicino motorway closed; ADR crisis room had a complete picture at 8; reports differ on the reopening: reopened at midday instead of 14 as first planned, or closed until 13.45 with flights resuming at 15, or first take-off about 14.00; half of Friday's flights cancelled), seen from a Rome tour operator's night desk with groups departing from T3",
    "issueId": "98036", "key": "ZJQ-0507", "summary": "Incendio T3 Fiumicino - gruppi in partenza bloccati, aeroporto chiuso",
    "reporter": "Gianmarco Pelizzoli", "assignee": "Ludovica Sannazzaro-Kim", "labels": ["fiumicino", "gruppi", "notte"],
    "components": ["gruppi", "assistenza-aeroporto"], "created": c("2015-05-07 01:20", ROM), "now": "2015-05-20T10:00:00Z",
    "defaultZone": ROM,
    "description": """Incendio al Terminal 3 di Fiumicino, aeroporto chiuso. Domattina abbiamo il gruppo JFK (31 pax, T3) e il gruppo Toronto (22 pax).

Non so ancora quanto sia grave, forse solo il T3. Ora italiana.""",
    "comments": [
        ("232460", "Gianmarco Pelizzoli", c("2015-05-07 05:50", ROM), """Autostrada Roma-Fiumicino chiusa dalla polizia. Il gruppo JFK resta in hotel, pullman annullato. Chat della notte in whatsapp-zjq0507.txt."""),
        ("232461", "Ludovica Sannazzaro-Kim", c("2015-05-07 09:15", ROM), """ADR: "alle 8 il quadro era completo", piano di ripartenza, tutti i terminal tranne il T3 agibili, scalo chiuso fino alle 14. Toronto group rebooked by the airline for tomorrow."""),
        ("232462", "Ludovica Sannazzaro-Kim", c("2015-05-07 16:30", ROM), """Notizie contrastanti: un sito dice riaperto a mezzogiorno, un altro chiuso fino alle 13:45 e voli ripresi alle 15. The JFK group was rebooked by Alitalia directly; we lost track of their new departure."""),
        ("232463", "Rosaria Tindari", c("2015-05-11 11:00", ROM), """Review (Monday 11 May, Rome time, CEST):
Start: the fire began shortly after midnight; the closest we have is smoke at 00:30 reported by a local site.
We knew: 01:12, Gianmarco's message after the news alert (our desk was not called by anyone).
End: not known for us. ADR and the press disagree (midday / 13:45 / flights from 15) and the JFK group's new departure time never reached us; the Toronto group flew on Friday 8th.
Actions: night desk subscribes to ADR alerts (A1), group leaders report every departure back to the desk (A2)."""),
    ],
    "changelog": [
        ("Gianmarco Pelizzoli", c("2015-05-07 01:21", ROM), [("status", "Open", "In Progress")]),
        ("Ludovica Sannazzaro-Kim", c("2015-05-08 18:00", ROM), [("status", "In Progress", "Monitoring")]),
        ("Rosaria Tindari", c("2015-05-11 11:10", ROM), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-zjq0507.txt", "zone": ROM, "referenceDate": "2015-05-06", "text": """
06/05/15, 23:40 - Gianmarco Pelizzoli: Manifest JFK e Toronto controllati, pullman alle 05:30 dall'hotel
07/05/15, 01:12 - Gianmarco Pelizzoli: Incendio al Terminal 3 di Fiumicino, lo dicono le agenzie, aeroporto chiuso
07/05/15, 01:15 - Ludovica Sannazzaro-Kim: Sul serio? Solo il T3?
07/05/15, 01:31 - Gianmarco Pelizzoli: Fumo ovunque, evacuato, per ora chiuso tutto
07/05/15, 04:58 - Gianmarco Pelizzoli: Pullman JFK annullato, il gruppo resta in hotel
07/05/15, 05:45 - Gianmarco Pelizzoli: Polizia ha chiuso l'autostrada Roma-Fiumicino
07/05/15, 08:10 - Ludovica Sannazzaro-Kim: ADR dice chiuso fino alle 14
07/05/15, 14:20 - Ludovica Sannazzaro-Kim: Pare che riprendano gli arrivi, partenze ancora ferme
"""}],
    "expected": {
        "events": [[u("2015-05-06 23:40", ROM), ["Manifest"]], [u("2015-05-07 00:30", ROM), ["smoke"]],
                   [u("2015-05-07 01:12", ROM), ["Incendio"]], [u("2015-05-07 01:31", ROM), ["Fumo", "evacuato"]],
                   [u("2015-05-07 04:58", ROM), ["Pullman"]], [u("2015-05-07 05:45", ROM), ["autostrada"]],
                   [u("2015-05-07 08:10", ROM), ["ADR", "chiuso"]], [u("2015-05-07 14:20", ROM), ["arrivi"]]],
        "keyTimes": {
            "started": kt(u("2015-05-07 00:30", ROM), S, "smoke at 00:30", "comment 232463"),
            "detected": kt(u("2015-05-07 01:12", ROM), S, "Incendio al Terminal 3 di Fiumicino, lo dicono le agenzie", "whatsapp-zjq0507.txt"),
            "resolved": kt(None, U)},
        "responders": [["Gianmarco Pelizzoli", None], ["Ludovica Sannazzaro-Kim", "incident commander"], ["Rosaria Tindari", None]],
        "narrative": nar(["incendio"], ["piano di ripartenza"], ["ZJQ-0507", "gruppo JFK"],
                         "Two departing groups were stranded on 7 May 2015 when a night fire closed Fiumicino; when the tour operator's impact ended is not known."),
    }})

# 8. Amsterdam / Zaandam blackout (Hemweg), Tuesday 17 January 2017 - Zaandam bakery night shift --------------------------
I.append({
    "id": "hemweg-2017-01-blackout-zaandam-bakery", "name": "Amsterdam, Zaandam and Landsmeer blackout 17 January 2017 (a fault in Liander's high-voltage distribution station on the Hemweg cut power to about 360,000 households around 4 am; reports give 04.00, 04.15, 04.30 and 'reported around 4.20'; about 160,000 back around 6.20-6.30, 88,000 still without at 7.30, everyone back around 9.00; trains around Amsterdam stopped for most of the day; 20,000 homes without district heating), seen from a Zaandam industrial bakery's night shift",
    "issueId": "98037", "key": "QXV-0117", "summary": "Power cut at the Zaandam bakery - ovens down, 05:30 deliveries missed",
    "reporter": "Agnieszka Rolewicz", "assignee": "Stijn Overdijkink", "labels": ["power", "production", "external"],
    "components": ["ovens", "dispatch"], "created": c("2017-01-17 04:50", AMS), "now": "2017-01-27T09:00:00Z",
    "defaultZone": AMS,
    "description": """Power gone in the whole bakery since about 4:30, ovens 1-3 and the proofers dead, dough is over-proofing. Delivery trucks at 05:30 can't be loaded.

Night shift thought it was our own transformer. Liander says a big outage in Amsterdam/Zaandam. Dutch time.""",
    "comments": [
        ("232470", "Stijn Overdijkink", c("2017-01-17 06:40", AMS), """Shift log copied to shiftlog-qxv0117.txt (Agnieszka's handwritten log, typed). Part of Amsterdam is back since 06:20 according to the radio, not us yet. Customers (3 supermarkets) called."""),
        ("232471", "Stijn Overdijkink", c("2017-01-17 09:20", AMS), """Mains back 08:41, ovens heating. First trucks about 10:15. Liander says everyone has power again around 09:00 - for us it was before that."""),
        ("232472", "Jurre Baalbergen", c("2017-01-23 10:00", AMS), """Review, Monday 23 Jan (CET):
Start: 04:02, oven PLC "MAINS FAIL" (the "about 4:30" in the description was a guess; the news gave everything from 04:00 to 04:30).
Detected: 04:03, the PLC paged Agnieszka.
End: 08:41 mains back for all three lines (in stages: office lights came back at 07:55 on the other feeder, ovens not).
Our own transformer was fine. 1,900 kg of dough discarded.
Actions: proofers on the small generator (A1), call list for the three supermarkets (A2)."""),
    ],
    "changelog": [
        ("Stijn Overdijkink", c("2017-01-17 04:51", AMS), [("status", "Open", "In Progress")]),
        ("Stijn Overdijkink", c("2017-01-17 09:25", AMS), [("status", "In Progress", "Monitoring")]),
        ("Jurre Baalbergen", c("2017-01-23 10:10", AMS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "shiftlog-qxv0117.txt", "zone": AMS, "referenceDate": "2017-01-17", "text": """
Night shift log 16/17 Jan - A. Rolewicz
03:45 ovens 1-3 at 240 C, batch 14 in proofers
04:02 oven PLC alarm MAINS FAIL, all lines stopped, emergency lights on
04:03 pager from PLC (me), called Stijn
04:10 Jurre on phone: check our own transformer room
04:25 transformer room ok, Liander website: outage Amsterdam/Zaandam/Landsmeer
05:30 trucks waiting, nothing to load, called Albert Heijn Zaandam DC
07:55 office lights back (feeder B), ovens still no power
08:41 mains back all three lines, ovens heating
10:15 first trucks out
"""}],
    "expected": {
        "events": [[u("2017-01-17 03:45", AMS), ["proofers", "240"]], [u("2017-01-17 04:02", AMS), ["MAINS FAIL"]],
                   [u("2017-01-17 04:03", AMS), ["pager", "paged"]], [u("2017-01-17 04:10", AMS), ["transformer"]],
                   [u("2017-01-17 04:25", AMS), ["Liander"]], [u("2017-01-17 05:30", AMS), ["trucks"]],
                   [u("2017-01-17 06:20", AMS), ["Amsterdam is back", "radio"]], [u("2017-01-17 07:55", AMS), ["office lights"]],
                   [u("2017-01-17 08:41", AMS), ["mains back", "Mains back"]], [u("2017-01-17 09:00", AMS), ["everyone"]],
                   [u("2017-01-17 10:15", AMS), ["trucks"]]],
        "keyTimes": {
            "started": kt(u("2017-01-17 04:02", AMS), S, "oven PLC alarm MAINS FAIL", "shiftlog-qxv0117.txt"),
            "detected": kt(u("2017-01-17 04:03", AMS), S, "pager from PLC (me)", "shiftlog-qxv0117.txt"),
            "resolved": kt(u("2017-01-17 08:41", AMS), S, "mains back all three lines", "shiftlog-qxv0117.txt")},
        "responders": [["Agnieszka Rolewicz", None], ["Stijn Overdijkink", "incident commander"], ["Jurre Baalbergen", None]],
        "narrative": nar(["outage Amsterdam/Zaandam"], ["mains back"], ["QXV-0117", "proofers"],
                         "The bakery had no power for about four and a half hours on 17 January 2017 and missed its early supermarket deliveries.",
                         badly=["transformer"]),
    }})

# 9. Eastern Denmark / southern Sweden blackout, Tuesday 23 September 2003 - Frederiksberg clinical lab -----------------
I.append({
    "id": "oresund-2003-09-blackout-frederiksberg-lab", "name": "Eastern Denmark and southern Sweden blackout 23 September 2003 (Tuesday; a unit at Oskarshamn tripped at 12:30, a double busbar fault at the Horred substation followed at 12:35 and the system in southern Sweden and Zealand collapsed at 12:37, about 4 million people without power (BBC: around 12:40 local); Copenhagen airport, Metro and S-trains stopped, Oresund bridge closed; Svenska Kraftnat: most supply back after about two hours, BBC: most power restored by late afternoon; taz: Copenhagen paralysed for four hours; exact restoration per building not published), seen from a Frederiksberg clinical laboratory with a colleague in Malmo",
    "issueId": "98038", "key": "YQX-0923", "summary": "Power out at the lab - -80 freezers on alarm, analysers down, samples at risk",
    "reporter": "Signe Hjorth-Madsen", "assignee": "Anders Vinterberg", "labels": ["power", "samples", "facilities"],
    "components": ["freezers", "analysers"], "created": c("2003-09-23 12:50", CPH), "now": "2003-10-03T08:00:00Z",
    "defaultZone": CPH,
    "description": """Strømmen er gået in the whole building: analysers down, -80 freezers on battery alarm, lifts stuck.

Anders thinks the roadworks on Falkoner Allé cut a cable. Danish time.""",
    "comments": [
        ("232480", "Anders Vinterberg", c("2003-09-23 13:05", CPH), """Not the roadworks: radio says all of Zealand and southern Sweden are dark. UPS log of the server room in ups-yqx0923.txt; Signe's SMS thread in sms-yqx0923.txt."""),
        ("232481", "Signe Hjorth-Madsen", c("2003-09-23 14:20", CPH), """Dry ice from the hospital depot in freezers 2 and 4 at 13:40. Staff sent home at 14:05, I stay with Anders until the freezers are safe."""),
        ("232482", "Ylva Strandqvist", c("2003-09-23 16:10", CPH), """From Malmö: Svenska Kraftnät says most of southern Sweden and Zealand is back, after roughly two hours. Our Malmö site was back earlier than that. No idea about Frederiksberg."""),
        ("232483", "Anders Vinterberg", c("2003-09-26 09:00", CPH), """Review, Friday 26 Sep (Danish time, CEST):
Start: 12:37, UPS "utility power failure" (the grid collapse; Oskarshamn tripping at 12:30 and Horred at 12:35 came before it and did not cut us).
We knew: 12:38, Signe's SMS.
End: we do not know when the building got power back. We locked up at 15:10 with the freezers on dry ice and the UPS had shut down, so no log; next morning everything was running.
Freezer temps never above -62. The roadworks guess was wrong.
Actions: freezer alarms to a phone that works without mains (A1), data logger on the main board (A2)."""),
    ],
    "changelog": [
        ("Anders Vinterberg", c("2003-09-23 12:51", CPH), [("status", "Open", "In Progress")]),
        ("Anders Vinterberg", c("2003-09-24 08:00", CPH), [("status", "In Progress", "Monitoring")]),
        ("Anders Vinterberg", c("2003-09-26 09:10", CPH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ups-yqx0923.txt", "zone": CPH, "referenceDate": "2003-09-23", "text": """
UPS event log, server room 2.14 (local time)
2003-09-23 08:00:00 Weekly battery test passed
2003-09-23 12:37:06 Utility power failure, on battery
2003-09-23 12:58:41 Battery low warning
2003-09-23 13:09:15 Battery exhausted, output off
"""}, {"file": "sms-yqx0923.txt", "zone": CPH, "referenceDate": "2003-09-23", "text": """
Signe's phone, SMS (copied by hand)
23/09 12:38 Signe -> Anders: strømmen er gået i hele huset, frysere alarmerer
23/09 12:41 Anders -> Signe: vejarbejdet på Falkoner Allé har nok ramt et kabel
23/09 12:55 Signe -> Anders: fryser 2 og 4 -65 og stiger, skaffer tøris
23/09 13:20 Ylva -> Signe: Malmö is dark too, Öresund bridge closed
23/09 13:40 Signe -> Anders: tøris i 2 og 4
23/09 15:10 Anders -> Signe: låst af, ses i morgen
"""}],
    "expected": {
        "events": [[u("2003-09-23 12:30", CPH), ["Oskarshamn"]], [u("2003-09-23 12:35", CPH), ["Horred"]],
                   [u("2003-09-23 12:37", CPH), ["power failure"]], [u("2003-09-23 12:38", CPH), ["strømmen"]],
                   [u("2003-09-23 12:41", CPH), ["vejarbejdet"]], [u("2003-09-23 12:55", CPH), ["tøris", "fryser"]],
                   [u("2003-09-23 13:09", CPH), ["exhausted"]], [u("2003-09-23 13:20", CPH), ["Malmö", "bridge"]],
                   [u("2003-09-23 13:40", CPH), ["tøris", "Dry ice"]], [u("2003-09-23 14:05", CPH), ["home"]],
                   [u("2003-09-23 15:10", CPH), ["låst", "locked"]]],
        "keyTimes": {
            "started": kt(u("2003-09-23 12:37", CPH), S, "Utility power failure, on battery", "ups-yqx0923.txt"),
            "detected": kt(u("2003-09-23 12:38", CPH), S, "strømmen er gået i hele huset", "sms-yqx0923.txt"),
            "resolved": kt(None, U)},
        "responders": [["Signe Hjorth-Madsen", None], ["Anders Vinterberg", "incident commander"], ["Ylva Strandqvist", None]],
        "narrative": nar(["Horred"], ["dry ice"], ["YQX-0923", "freezers"],
                         "The lab lost power in the 23 September 2003 blackout and saved its frozen samples with dry ice; when its power came back is not known.",
                         badly=["roadworks"]),
    }})

# 10. Air (air.inc) app outage, Thursday 2 October 2025 - Sao Paulo design studio, Portuguese Slack ----------------------
I.append({
    "id": "air-2025-10-db-contention-saopaulo-studio", "name": "Air web app outage 2 October 2025 (multiple long-running queries caused contention on the primary database after the planner stopped using an index on the clip table; postmortem window approximately 1:47-2:01 PM ET: 13:47 degradation reported, 13:48 error rate confirmed and incident channel started, 14:00 error rates decrease and app loads, 14:01 huddle; database parameter change applied 2025-10-03 04:56; status page: investigating 06:03 PM UTC, resolved 09:19 PM UTC, postmortem 9 Oct), seen from a Sao Paulo design studio whose client review ran in Air",
    "issueId": "98039", "key": "PWZ-1002", "summary": "Air não carrega - revisão de cliente parada (board da campanha)",
    "reporter": "Thaís Albuquerque-Nunes", "assignee": "Rodrigo Feitosa", "labels": ["air", "dam", "vendor"],
    "components": ["assets"], "created": c("2025-10-02 14:55", SAO), "now": "2025-10-15T12:00:00Z",
    "defaultZone": SAO, "priority": "Medium",
    "description": """O Air não carrega (board da campanha Cerrado), revisão com o cliente começou 14:30 e travou. Horário de Brasília.

Talvez a VPN do escritório de novo.""",
    "comments": [
        ("232490", "Rodrigo Feitosa", c("2025-10-02 15:10", SAO), """Voltou sozinho às 15h01. Não era a VPN: pelo 4G também não abria. Thread do Slack em slack-pwz1002.txt. O status do Air só abriu incidente às 06:03 PM UTC (15:03 aqui), depois de já ter voltado."""),
        ("232491", "Rodrigo Feitosa", c("2025-10-10 10:00", SAO), """Air published a postmortem (times in ET, one hour behind us); lines in air-postmortem-pwz1002.txt."""),
        ("232492", "Bianca Okonkwo-Leme", c("2025-10-10 16:00", SAO), """Retro (horário de Brasília, UTC-3; ET = Brasília - 1):
Down for roughly 15 minutes. Air's window is 1:47-2:01 PM ET = 14:47-15:01 here.
We knew at 14:49 (Thaís in Slack).
Over at 15:01 - matches Rodrigo's "voltou" and Air's 2:01 PM ET. Their status "resolved" at 09:19 PM UTC and the parameter change next morning are after the fact.
VPN guess wrong. Action: keep a PDF export of boards used in client reviews (A1)."""),
    ],
    "changelog": [
        ("Rodrigo Feitosa", c("2025-10-02 14:56", SAO), [("status", "Open", "In Progress")]),
        ("Bianca Okonkwo-Leme", c("2025-10-10 16:05", SAO), [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-pwz1002.txt", "zone": SAO, "referenceDate": "2025-10-02", "text": """
#cerrado-campanha  qui 2 out
Thaís Albuquerque-Nunes  14:30  revisão com o cliente começando, board no Air
Thaís Albuquerque-Nunes  14:49  Air não carrega, tela branca e erro
Rodrigo Feitosa  14:52  VPN de novo? tenta sem
Thaís Albuquerque-Nunes  14:55  sem VPN, pelo 4G, nada. abri ticket
Rodrigo Feitosa  15:01  voltou! board abrindo
Thaís Albuquerque-Nunes  15:06  cliente aprovou 3 de 5 peças
"""}, {"file": "air-postmortem-pwz1002.txt", "zone": NY, "referenceDate": "2025-10-02", "text": """
Air - Ineffective planning of isolated db queries led to degraded app experience (postmortem posted Oct 09, 2025, 10:12 PM UTC)
Date and time: 2025-10-02 13:47-14:01 ET. Time window: approximately 1:47-2:01 PM ET.
13:47: Degradation reported; app fails to load.
13:48: Error rate confirmed elevated; incident channel started.
14:00: Error rates decrease and app loads.
14:01: Huddle begins; root cause investigation continues.
2025-10-03 04:56: Database parameter change applied to reduce spill risk for heavy queries.
Root cause: the query planner failed to use an index on the clip table; full table scans and spills to disk under load.
"""}],
    "expected": {
        "events": [[u("2025-10-02 14:30", SAO), ["revisão"]], [u("2025-10-02 13:47", NY), ["Degradation", "fails to load"]],
                   [u("2025-10-02 13:48", NY), ["incident channel"]], [u("2025-10-02 14:49", SAO), ["não carrega"]],
                   [u("2025-10-02 14:52", SAO), ["VPN"]], [u("2025-10-02 14:55", SAO), ["ticket", "4G"]],
                   [u("2025-10-02 14:00", NY), ["app loads"]], [u("2025-10-02 15:01", SAO), ["voltou"]],
                   [u("2025-10-02 18:03", Z), ["incidente", "status"]], [u("2025-10-02 15:06", SAO), ["aprovou"]],
                   [u("2025-10-03 04:56", NY), ["parameter change"]]],
        "keyTimes": {
            "started": kt(u("2025-10-02 13:47", NY), S, "13:47: Degradation reported; app fails to load.", "air-postmortem-pwz1002.txt"),
            "detected": kt(u("2025-10-02 14:49", SAO), S, "Air não carrega, tela branca e erro", "slack-pwz1002.txt"),
            "resolved": kt(u("2025-10-02 15:01", SAO), S, "Over at 15:01", "comment 232492")},
        "responders": [["Thaís Albuquerque-Nunes", None], ["Rodrigo Feitosa", "incident commander"], ["Bianca Okonkwo-Leme", None]],
        "narrative": nar(["index on the clip table"], ["parameter change"], ["PWZ-1002", "Cerrado"],
                         "The studio's client review stalled for about fifteen minutes on 2 October 2025 while Air's app did not load.",
                         badly=["VPN"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

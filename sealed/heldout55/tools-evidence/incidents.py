"""Held-out 55 incidents (issue 15: key times and timeline): compact specs. Ten public incidents at CDN, DNS, e-mail
delivery, payment and SMS/voice vendors, each seen from a small invented customer whose responders write in one
language/variety: Vonage API HTTP SMS timeouts of 7 Sep 2021 (Irish English); TSG Global SMS pipe crash of 29 Sep 2022
(Canadian English, 12-hour clock); SendGrid mail delays of 3 Nov 2015 (New Zealand English); Dotdigital DNS glue-record
change of 14-15 Sep 2022 (Kenyan English); Section DNS resolution issue of 1 Jun 2021 (Swiss German); bunny.net DNS
collapse of 22 Jun 2021 (Czech); DNSimple Tokyo/Korea partial DNS outage of 12-13 Mar 2016 (Korean); Telnyx
intermittent network disruption of 8-9 Jan 2019 (Finnish); Paychoice intermittent transaction failures of 31 Jul 2025
(simplified Chinese); Clearhaus upstream connectivity issue of 12 Sep 2024 (Gulf Arabic). Vendor facts from public
statements (SOURCES-heldout55.md); people, companies, ticket keys, chat wording, wrong first guesses and every
customer-side minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    return c(local, zone) + "Z"


DUB, VAN, AKL, NBO, ZRH, PRG, SEL, HEL, SYD, DXB, LON, DEN, LAX, Z = (
    "Europe/Dublin", "America/Vancouver", "Pacific/Auckland", "Africa/Nairobi", "Europe/Zurich", "Europe/Prague",
    "Asia/Seoul", "Europe/Helsinki", "Australia/Sydney", "Asia/Dubai", "Europe/London", "America/Denver",
    "America/Los_Angeles", "UTC")


def flow(a, t1, t2, b, t3):
    return [(a, t1, [("status", "Open", "In Progress")]), (a, t2, [("status", "In Progress", "Monitoring")]),
            (b, t3, [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])]


I = []

# 0. Vonage API (Nexmo), 7 Sep 2021 - HTTP SMS API timeouts, Irish English (IST = UTC+1) ---------------------------------
I.append({
    "id": "vonage-2021-09-httpsms-dublin-gpreminders",
    "name": "Vonage API HTTP SMS issues in the Washington data centre 7 September 2021 (UTC: 15:36 cloud provider packet loss; 15:41 first HTTP SMS API timeouts in the US; 15:45 and 15:56 automated alerts; 16:06 traffic failed over to Asia-Pacific, 16:13 moved back; 16:23 public announcement; 17:26 US recovered; 17:30 Asia-Pacific recovered; 17:35 cloud provider confirmed), seen from a Dublin GP-practice reminder service",
    "issueId": "98130", "key": "LIF-0907", "summary": "Appointment reminder SMS failing - Vonage 504s",
    "reporter": "Aoife Brennan", "assignee": "Cian Doherty", "labels": ["sms", "reminders", "vonage"],
    "components": ["reminder-sender"], "created": c("2021-09-07 17:02", DUB), "now": "2021-09-14T09:00:00Z",
    "defaultZone": DUB, "priority": "Highest",
    "description": """Reminder texts for tomorrow's appointments aren't going out, the sender is getting 504s and timeouts back from Vonage. Started around 5 o'clock-ish I'd say, that's when the practices started ringing.

Grand job if it's the API key we rotated this morning - Cian can you check that first?""",
    "comments": [
        ("236000", "Cian Doherty", c("2021-09-07 17:15", DUB), """It's not the key, sure the odd request still goes through with the new one. It's their side - half our calls time out and the rest come back slow. Opsgenie alert pasted into opsgenie-lif0907.txt (times in UTC, so add an hour)."""),
        ("236001", "Cian Doherty", c("2021-09-07 17:31", DUB), """Vonage have it up on nexmostatus now, posted 5:23 our time: HTTP SMS issues in the Washington data centre. We queue the reminders and retry, nothing lost so far, just late."""),
        ("236002", "Cian Doherty", c("2021-09-07 18:40", DUB), """Queue drained, no 504s since 18:29. Moving to Monitoring."""),
        ("236003", "Cian Doherty", c("2021-09-09 10:20", DUB), """Vonage postmortem is out, copied into vonage-pm-0907.txt. Their times are UTC."""),
        ("236004", "Niamh Gallagher", c("2021-09-10 15:00", DUB), """Recap (Fri 10 Sept), Irish time:
Reminders failing from 16:42 to 18:29 on Tuesday - first 504 in the sender log to the last one. That's the window we tell the practices.
First we knew was the Opsgenie page at 16:49. Mary at the Rathmines practice rang at 4:55 to say patients weren't getting texts, so the "5 o'clock-ish" in the description was a bit late.
The API key rotation was a red herring. Vonage's 17:26 UTC "recovered" is their US side; we still had timeouts for a few minutes after because we were hitting the failover.
Cause per Vonage: packet loss at their cloud provider inside and into the US data centre, and the Asia-Pacific failover got the same timeouts.
Actions: second SMS provider behind a feature flag; Opsgenie alert on SMS error rate to page at 10% not 20%."""),
    ],
    "changelog": flow("Cian Doherty", c("2021-09-07 17:03", DUB), c("2021-09-07 18:41", DUB), "Niamh Gallagher", c("2021-09-10 15:05", DUB)),
    "pastes": [{"file": "opsgenie-lif0907.txt", "zone": Z, "referenceDate": "2021-09-07", "text": """
{
  "action": "Create",
  "alert": {
    "alertId": "6f1d2c90-0e7a-4b1e-9a51-lif0907",
    "message": "[reminder-sender] SMS send error rate 23% > 20% (Vonage HTTP 504 / timeout)",
    "createdAt": "2021-09-07T15:49:07Z",
    "tags": ["sms", "vonage", "P2"],
    "details": {"first_error": "2021-09-07T15:42:31Z first 504 from rest.nexmo.com"}
  }
}
{
  "action": "AddNote",
  "alert": {"note": "acked by Cian - checking the rotated API key", "updatedAt": "2021-09-07T15:53:40Z"}
}
{
  "action": "Close",
  "alert": {"message": "[reminder-sender] SMS send error rate back under 1%", "updatedAt": "2021-09-07T17:36:02Z"}
}
"""}, {"file": "vonage-pm-0907.txt", "zone": Z, "referenceDate": "2021-09-07", "text": """
Issues with HTTP SMS in Washington Data Center - Incident Report for Vonage API (copied by Cian, times UTC)
15:36 Cloud provider starts suffering packet loss within and into our US data center
15:41 First timeouts of HTTP SMS API in US data centers
15:45 Automated alert raised for growing SMS queues
15:56 Automated alert raised for high SMS API response times
15:57 First timeouts of HTTP SMS API in Asia-Pacific data centers
16:06 Public HTTP SMS traffic failed over to Asia-Pacific data centers
16:13 Public HTTP SMS traffic moved back to US data centers because of timeouts in Asia-Pacific
16:23 Public announcement posted on nexmostatus.com
17:26 Incident recovered for HTTP SMS API in US data centers
17:30 Incident recovered for HTTP SMS API in Asia-Pacific data centers
17:35 Cloud provider confirms their packet loss issues are resolved
Root cause: a global networking issue with one of our cloud providers led to very high packet loss.
"""}],
    "expected": {
        "events": [[u("2021-09-07 15:36", Z), ["packet loss"]],
                   [u("2021-09-07 15:41", Z), ["First timeouts"]],
                   [u("2021-09-07 15:42", Z), ["first 504", "failing from"]],
                   [u("2021-09-07 15:45", Z), ["SMS queues"]],
                   [u("2021-09-07 15:49", Z), ["createdAt", "Opsgenie"]],
                   [u("2021-09-07 15:53", Z), ["API key"]],
                   [u("2021-09-07 15:55", Z), ["Rathmines"]],
                   [u("2021-09-07 15:56", Z), ["response times"]],
                   [u("2021-09-07 16:06", Z), ["failed over"]],
                   [u("2021-09-07 16:13", Z), ["moved back"]],
                   [u("2021-09-07 16:23", Z), ["announcement", "nexmostatus"]],
                   [u("2021-09-07 17:26", Z), ["recovered"]],
                   [u("2021-09-07 17:29", Z), ["504", "failing from"]],
                   [u("2021-09-07 17:35", Z), ["confirms"]]],
        "keyTimes": {
            "started": kt(u("2021-09-07 16:42", DUB), S, "Reminders failing from 16:42 to 18:29 on Tuesday", "comment 236004"),
            "detected": kt(u("2021-09-07 16:49", DUB), S, "First we knew was the Opsgenie page at 16:49", "comment 236004"),
            "resolved": kt(u("2021-09-07 18:29", DUB), S, "Reminders failing from 16:42 to 18:29 on Tuesday", "comment 236004")},
        "responders": [["Aoife Brennan", None], ["Cian Doherty", None], ["Niamh Gallagher", None]],
        "narrative": nar(["packet loss"], ["Queue drained"], ["LIF-0907"],
                         "On 7 September 2021 from 16:42 to 18:29 Irish time appointment reminder texts for GP practices failed or went out late because the SMS provider's API timed out.",
                         badly=["API key rotation was a red herring"]),
    }})

# 1. TSG Global, 29 Sep 2022 - SMS "Nimbus" pipe crash loop, Canadian English, 12-hour clock (PDT = UTC-7) --------------
I.append({
    "id": "tsgglobal-2022-09-sms-pipe-kelowna-bikerental",
    "name": "TSG Global inbound/outbound SMS and DLR outage 29 September 2022 (Pacific time as the vendor wrote it, 'PST': about 3:10 PM automated alarms, SMS pipe crash/reboot loop, quick fix stripping legacy boot requirements, service back about 5:51 PM; MMS and voice unaffected), seen from a Kelowna bike-rental shop whose booking texts run through TSG",
    "issueId": "98131", "key": "OKN-0929", "summary": "Booking confirmation texts not sending or arriving",
    "reporter": "Madison Tremblay", "assignee": "Liam Fraser", "labels": ["sms", "bookings"],
    "components": ["sms-gateway"], "created": c("2022-09-29 15:41", VAN), "now": "2022-10-07T17:00:00Z",
    "defaultZone": VAN, "priority": "High",
    "description": """Customers replying YES to the booking texts and nothing shows up on our side, eh. Also the outgoing confirmations seem stuck. Noticed it maybe 3:30 PM.

Might be the webhook cert, Liam renewed it Tuesday?""",
    "comments": [
        ("236010", "Liam Fraser", c("2022-09-29 15:58", VAN), """Cert's fine, webhook answers 200 from my laptop. Grafana fired on inbound rate at 3:32 PM - pasted in grafana-okn0929.txt (Grafana's in UTC, sorry). TSG support says they're aware, SMS only, MMS and voice OK."""),
        ("236011", "Liam Fraser", c("2022-09-29 17:20", VAN), """Still nothing from TSG at 5:20 PM. Madison's calling the 6 PM pickups by phone."""),
        ("236012", "Liam Fraser", c("2022-09-29 18:05", VAN), """Texts flowing again, first inbound YES landed at 5:53 PM, outgoing queue cleared by 5:58 PM. Monitoring overnight."""),
        ("236013", "Liam Fraser", c("2022-10-03 09:10", VAN), """TSG's postmortem copied to tsg-pm-0929.txt. They say "PST" but it's obviously our local time (PDT) - same as the clock on the wall."""),
        ("236014", "Harpreet Sandhu", c("2022-10-04 14:30", VAN), """Recap for the owners (Tue Oct 4), Pacific time:
No texts in or out from 3:10 PM to 5:53 PM on Thu Sep 29. Last inbound before the gap was 3:09 PM, first one after was 5:53 PM - matches TSG's window give or take a couple minutes.
We found out from the Grafana alert at 3:32 PM. Madison's "maybe 3:30" was close but the alert is the real one.
The Grafana RESOLVED at 6:04 PM is just the alert's 10-minute lookback, not when texts came back.
The webhook cert was a wrong guess.
Cause per TSG: their SMS pipe kept crashing and rebooting because of legacy boot config; they stripped it and redeployed.
Actions: fall back to email confirmations when inbound SMS is zero for 15 min; ask TSG about a status page subscription."""),
    ],
    "changelog": flow("Liam Fraser", c("2022-09-29 15:42", VAN), c("2022-09-29 18:06", VAN), "Harpreet Sandhu", c("2022-10-04 14:35", VAN)),
    "pastes": [{"file": "grafana-okn0929.txt", "zone": Z, "referenceDate": "2022-09-29", "text": """
[FIRING:1] InboundSMSRateZero (sms-gateway prod)
Alert: inbound SMS rate = 0 for 20m
Starts at: 2022-09-29 22:32:05 +0000 UTC
Summary: no inbound SMS since 22:09 UTC (last message id tsg-88120)
Labels: severity=page, team=ops
---
[RESOLVED] InboundSMSRateZero (sms-gateway prod)
Ends at: 2022-09-30 01:04:05 +0000 UTC
Summary: inbound SMS rate back to normal
"""}, {"file": "tsg-pm-0929.txt", "zone": VAN, "referenceDate": "2022-09-29", "text": """
Inbound/Outbound SMS & DLR Deliverability Outage - Incident Report for TSG Global (copied by Liam)
Deliverability issues experienced by SMS customers on September 29th, 2022 beginning around 3:15 PM PST.
From about 3:10 PM PST to 5:51 PM PST there was an outage of our SMS stack affecting inbound and outbound SMS and delivery receipts.
At 3:10 PM PST several automated alarms (Prometheus/Grafana into PagerDuty/Slack) were triggered notifying staff.
Root cause: crash and crash/reboot cycles of the "Nimbus" pipe that handles all SMS messages; MMS and voice use a separate pipe and were unaffected.
Fix: stripped legacy boot requirements from the pod, deployed a new version, and the pod booted normally and resumed traffic.
"""}],
    "expected": {
        "events": [[u("2022-09-29 15:09", VAN), ["Last inbound", "no inbound SMS since"]],
                   [u("2022-09-29 15:10", VAN), ["alarms", "No texts"]],
                   [u("2022-09-29 15:32", VAN), ["Starts at", "Grafana"]],
                   [u("2022-09-29 17:20", VAN), ["Madison"]],
                   [u("2022-09-29 17:51", VAN), ["5:51 PM"]],
                   [u("2022-09-29 17:53", VAN), ["first inbound", "first one after"]],
                   [u("2022-09-29 17:58", VAN), ["outgoing queue"]],
                   [u("2022-09-29 18:04", VAN), ["RESOLVED", "Ends at"]]],
        "keyTimes": {
            "started": kt(u("2022-09-29 15:10", VAN), S, "No texts in or out from 3:10 PM to 5:53 PM on Thu Sep 29", "comment 236014"),
            "detected": kt(u("2022-09-29 15:32", VAN), S, "We found out from the Grafana alert at 3:32 PM", "comment 236014"),
            "resolved": kt(u("2022-09-29 17:53", VAN), S, "No texts in or out from 3:10 PM to 5:53 PM on Thu Sep 29", "comment 236014")},
        "responders": [["Madison Tremblay", None], ["Liam Fraser", None], ["Harpreet Sandhu", None]],
        "narrative": nar(["legacy boot"], ["stripped legacy boot requirements"], ["OKN-0929"],
                         "On 29 September 2022 from 3:10 PM to 5:53 PM Pacific time the bike-rental shop could neither send booking confirmations by text nor receive customers' replies.",
                         badly=["webhook cert was a wrong guess"]),
    }})

# 2. SendGrid, 3 Nov 2015 (MT) = 4 Nov NZDT - mail delays, New Zealand English (NZDT = UTC+13) ---------------------------
I.append({
    "id": "sendgrid-2015-11-maildelay-auckland-festivaltix",
    "name": "SendGrid email delays 3 November 2015 (MT: 7:02am Marketing Campaigns frontend down after a backend service failed; 7:40am mail flow delayed in both data centres; 8:30am marketing mail paused; 8:31am frontend back, mail sending again; 10:28am new transactional mail no longer delayed; 5 million messages took until 8am MT 4 Nov; status posts 09:53, 11:24, 14:40, 22:19 PST; summary 4 Nov 09:36 PST), seen from an Auckland festival-ticketing startup",
    "issueId": "98132", "key": "KUM-1104", "summary": "E-tickets not arriving after purchase",
    "reporter": "Tama Ngata", "assignee": "Brooke Sullivan", "labels": ["email", "tickets", "sendgrid"],
    "components": ["ticket-mailer"], "created": c("2015-11-04 07:12", AKL), "now": "2015-11-11T03:00:00Z",
    "defaultZone": AKL, "priority": "Highest",
    "description": """Heaps of buyers emailing to say their e-tickets haven't turned up. Looks like it's been since about 6am when the early-bird release went out.

Could be our Postfix relay box playing up again?""",
    "comments": [
        ("236020", "Brooke Sullivan", c("2015-11-04 07:25", AKL), """Not the relay, it's handing everything to SendGrid fine and getting 250s back. Mail's sitting in SendGrid's queue. PagerDuty actually paged me at 4:02 this morning on queue age and I slept through the first one, payload in pd-kum1104.txt (UTC). Sweet as, not."""),
        ("236021", "Brooke Sullivan", c("2015-11-04 07:40", AKL), """SendGrid status is up, they've posted 'identified and corrected', mail dequeueing. Ours started landing on time again about 6:30."""),
        ("236022", "Brooke Sullivan", c("2015-11-04 09:10", AKL), """Backlog of e-tickets all delivered by 8:55. Monitoring."""),
        ("236023", "Brooke Sullivan", c("2015-11-05 08:30", AKL), """SendGrid's status history copied into sendgrid-status-1103.txt (posts, PST) and sendgrid-summary-1104.txt (summary, MT), both on the 3rd their time, which is the 4th for us."""),
        ("236024", "Hemi Walker", c("2015-11-06 11:00", AKL), """Recap (Fri 6 Nov), NZ time:
E-tickets delayed 03:41 -> 06:30 Wednesday morning. First delayed message in the activity feed at 03:41, first one delivered on time again at 06:30 - matches SendGrid's 10:28am MT "no longer delayed" near enough.
First alert was the PagerDuty page at 04:02 (queue age > 15 min). Not "since about 6am" - that's just when the complaints started.
Postfix was a wrong guess.
Cause per SendGrid: a backend service went down, took the Marketing Campaigns frontend with it, and mail flow in both data centres backed up; one West Coast server kept a queue for hours.
Actions: show "your tickets are on the way" page with a download link so buyers aren't stuck; escalate PagerDuty to phone call after 10 min unacked."""),
    ],
    "changelog": flow("Brooke Sullivan", c("2015-11-04 07:13", AKL), c("2015-11-04 09:11", AKL), "Hemi Walker", c("2015-11-06 11:05", AKL)),
    "pastes": [{"file": "pd-kum1104.txt", "zone": Z, "referenceDate": "2015-11-03", "text": """
incident #4471 TRIGGERED 2015-11-03T15:02:18Z service=ticket-mailer
  description: SendGrid outbound queue age > 15 min (oldest message queued 2015-11-03T14:41:09Z)
  escalation_policy: Ops NZ, assigned: Brooke Sullivan
incident #4471 escalated to level 2 (no ack) 2015-11-03T15:17:18Z
incident #4471 ACKNOWLEDGED by Brooke Sullivan 2015-11-03T15:20:44Z
incident #4471 RESOLVED (auto) 2015-11-03T17:44:18Z queue age under threshold
"""}, {"file": "sendgrid-summary-1104.txt", "zone": DEN, "referenceDate": "2015-11-03", "text": """
Email Delays - SendGrid incident summary (copied by Brooke; their summary is in Mountain Time)
Summary (posted Nov 04, 2015 - 09:36 PST): Due to a backend service going down, the Marketing Campaigns frontend went down at 7:02am MT. Mail flow in both mail processing data centers was delayed beginning at 7:40am MT, and Marketing Campaigns mail was effectively paused starting at 8:30am MT. By 8:31am MT the frontend was back up and mail started sending again. New transactional mail was no longer delayed starting at 10:28am, but 5 million messages took until 8am MT on 11/4 to finish sending.
"""}, {"file": "sendgrid-status-1103.txt", "zone": LAX, "referenceDate": "2015-11-03", "text": """
Email Delays - Incident Report for SendGrid, status posts (copied by Brooke, PST)
Nov 03, 2015 - 22:19 PST: Ops team confirmed all the delays have been resolved. No mail was lost.
Nov 03, 2015 - 14:40 PST: continuing to monitor the one stubborn server, about 2.8M messages left from the morning delay.
Nov 03, 2015 - 11:24 PST: the vast majority of the delayed mail has dequeued; one server still has a queue.
Nov 03, 2015 - 09:53 PST: identified and corrected the issue. Mail is dequeueing.
"""}],
    "expected": {
        "events": [[u("2015-11-03 07:02", DEN), ["frontend went down"]],
                   [u("2015-11-03 07:40", DEN), ["delayed beginning"]],
                   [u("2015-11-04 03:41", AKL), ["oldest message queued", "First delayed"]],
                   [u("2015-11-04 04:02", AKL), ["TRIGGERED", "PagerDuty"]],
                   [u("2015-11-03 15:17", Z), ["escalated"]],
                   [u("2015-11-03 15:20", Z), ["ACKNOWLEDGED"]],
                   [u("2015-11-03 08:30", DEN), ["paused"]],
                   [u("2015-11-03 08:31", DEN), ["frontend was back"]],
                   [u("2015-11-03 09:53", LAX), ["identified and corrected"]],
                   [u("2015-11-03 10:28", DEN), ["no longer delayed"]],
                   [u("2015-11-04 06:30", AKL), ["delivered on time", "on time again"]],
                   [u("2015-11-03 17:44", Z), ["RESOLVED"]],
                   [u("2015-11-04 08:55", AKL), ["Backlog"]],
                   [u("2015-11-03 11:24", LAX), ["vast majority"]],
                   [u("2015-11-03 14:40", LAX), ["stubborn server"]],
                   [u("2015-11-03 22:19", LAX), ["all the delays have been resolved"]]],
        "keyTimes": {
            "started": kt(u("2015-11-04 03:41", AKL), S, "E-tickets delayed 03:41 -> 06:30 Wednesday morning", "comment 236024"),
            "detected": kt(u("2015-11-04 04:02", AKL), S, "First alert was the PagerDuty page at 04:02 (queue age > 15 min)", "comment 236024"),
            "resolved": kt(u("2015-11-04 06:30", AKL), S, "E-tickets delayed 03:41 -> 06:30 Wednesday morning", "comment 236024")},
        "responders": [["Tama Ngata", None], ["Brooke Sullivan", None], ["Hemi Walker", None]],
        "narrative": nar(["backend service went down"], ["dequeueing"], ["KUM-1104"],
                         "On 4 November 2015 from 03:41 to 06:30 New Zealand time festival buyers' e-tickets arrived late because the e-mail provider's mail flow was backed up.",
                         badly=["slept through the first one"]),
    }})

# 3. Dotdigital, 14-15 Sep 2022 - DNS glue records removed, .uk from addresses broken, Kenyan English (EAT = UTC+3) -------
I.append({
    "id": "dotdigital-2022-09-glue-records-nairobi-safaris",
    "name": "Dotdigital DNS glue-record change 14-15 September 2022 (UTC: ~16:27 on 14 Sep glue records removed from dotmailer.co.uk; registrar then replaced nameservers of domains using nsX.dns.dotmailer.co.uk with dummy records; alerted 08:39 on 15 Sep about custom from addresses on .uk; services restored 16:00 on 15 Sep), seen from a Nairobi safari operator whose booking mails go out from a .co.uk from-address",
    "issueId": "98133", "key": "MARA-915", "summary": "Booking confirmation emails bouncing / marked as spam (UK clients)",
    "reporter": "Wanjiru Kamau", "assignee": "Brian Otieno", "labels": ["email", "dotdigital", "dns"],
    "components": ["booking-emails"], "created": c("2022-09-15 11:20", NBO), "now": "2022-09-22T09:00:00Z",
    "defaultZone": NBO, "priority": "High",
    "description": """Our UK agent says clients are not receiving booking confirmations from bookings@ our .co.uk address, some bounced back. Kindly check urgently, we have the Masai Mara group flying in on Saturday.

Maybe the SPF record we edited last week is the problem?""",
    "comments": [
        ("236030", "Brian Otieno", c("2022-09-15 12:05", NBO), """SPF is fine, I have checked with dig. The problem is the nameservers themselves - our tracking subdomain is delegated to Dotdigital's nsX.dns.dotmailer.co.uk and those names are not resolving at all. Email thread with Olivia (UK agent) and Dotdigital support pasted in mail-mara915.txt, her times are UK time."""),
        ("236031", "Brian Otieno", c("2022-09-15 15:40", NBO), """Dotdigital say their registrar changed things on their side, they are working with them. Nothing we can do this side apart from waiting. Wanjiru has sent the Saturday group's confirmations as PDF from Gmail."""),
        ("236032", "Brian Otieno", c("2022-09-15 19:20", NBO), """Test mail to my Yahoo at 7:04pm delivered fine and the links resolve. Monitoring."""),
        ("236033", "Brian Otieno", c("2022-09-16 10:00", NBO), """Dotdigital's incident summary copied into dotdigital-pm-0915.txt (UTC, so add 3 hours for us)."""),
        ("236034", "Achieng Mwangi", c("2022-09-19 14:00", NBO), """Recap (Mon 19 Sept), Nairobi time:
Emails from our .co.uk address broken until 19:04 on Thursday 15 Sept - Brian's test mail was the first one that went through properly.
When it actually started hitting our mails we cannot tell. Dotdigital made their change on Wednesday evening but the failures only show as caches expired, and their bounce report does not keep the times.
We first knew from Olivia's email at 10:52 our time (08:52 UK) - before Dotdigital's own alert.
SPF was not the problem.
Cause per Dotdigital: they removed glue records they thought were no longer needed; their registrar then marked the nameservers as missing and replaced them with dummy records.
Actions: move the tracking subdomain off the vendor's nameservers; send a daily test booking mail to a UK inbox and alert if it does not arrive."""),
    ],
    "changelog": flow("Brian Otieno", c("2022-09-15 11:22", NBO), c("2022-09-15 19:21", NBO), "Achieng Mwangi", c("2022-09-19 14:05", NBO)),
    "pastes": [{"file": "mail-mara915.txt", "zone": LON, "referenceDate": "2022-09-15", "text": """
From: Olivia Hartley <olivia@ (UK agent)>
Date: Thu, 15 Sep 2022 08:52
Subject: Booking confirmations bouncing?
Hi Wanjiru, three of my clients say the confirmation never came and one got a bounce from your bookings@ address. Can you check?

From: Brian Otieno
Date: Thu, 15 Sep 2022 10:31
Subject: RE: Booking confirmations bouncing?
Hi Olivia, logged a ticket with Dotdigital just now - their nameservers for our link domain are not resolving.

From: Dotdigital Support
Date: Thu, 15 Sep 2022 13:10
Subject: RE: [Case] link domain not resolving
We are aware of an issue affecting custom from addresses using the .uk TLD and are working with our domain registrar.

From: Brian Otieno
Date: Thu, 15 Sep 2022 17:06
Subject: RE: Booking confirmations bouncing?
Olivia, it is working again from our side, please ask the clients to check. We will resend the ones from today.
"""}, {"file": "dotdigital-pm-0915.txt", "zone": Z, "referenceDate": "2022-09-15", "text": """
Summary of impact - Dotdigital status (copied by Brian, times UTC)
At approximately 16:27 UTC on Wednesday 14th September 2022, a change was made to our DNS glue records.
We were alerted to an issue with our custom from addresses using the .uk TLD at 08:39 UTC on Thursday 15th September 2022.
We restored services at 16:00 UTC on 15th September 2022.
Root cause: we removed glue records from the dotmailer.co.uk domain as they were no longer required. Our registrar's system then incorrectly identified our nameservers as missing and updated all domains using nsX.dns.dotmailer.co.uk to dummy records, which stopped name resolution working.
"""}],
    "expected": {
        "events": [[u("2022-09-14 16:27", Z), ["glue records"]],
                   [u("2022-09-15 08:39", Z), ["alerted"]],
                   [u("2022-09-15 08:52", LON), ["Date", "Olivia's email"]],
                   [u("2022-09-15 10:31", LON), ["Date", "ticket"]],
                   [u("2022-09-15 13:10", LON), ["Date", "registrar"]],
                   [u("2022-09-15 16:00", Z), ["restored"]],
                   [u("2022-09-15 19:04", NBO), ["Test mail", "broken until"]],
                   [u("2022-09-15 17:06", LON), ["Date", "working again"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2022-09-15 10:52", NBO), S, "We first knew from Olivia's email at 10:52 our time (08:52 UK)", "comment 236034"),
            "resolved": kt(u("2022-09-15 19:04", NBO), S, "Emails from our .co.uk address broken until 19:04 on Thursday 15 Sept", "comment 236034")},
        "responders": [["Wanjiru Kamau", None], ["Brian Otieno", None], ["Achieng Mwangi", None]],
        "narrative": nar(["glue records"], ["restored services"], ["MARA-915"],
                         "On 15 September 2022 until 19:04 Nairobi time the safari operator's booking confirmations to UK clients bounced or went missing because the e-mail vendor's nameservers stopped resolving.",
                         badly=["SPF was not the problem"]),
    }})

# 4. Section, 1 Jun 2021 - DNS resolution issue, Swiss German (CEST = UTC+2) ---------------------------------------------
I.append({
    "id": "section-2021-06-dns-routing-zurich-weinkeller",
    "name": "Section DNS issues 1 June 2021 (UTC: 19:16 investigating DNS issues; 19:35 identified; 19:41 fix implemented, monitoring; 20:41 resolved; postmortem 2 Jun 19:24: internal errors from the DNS provider's API corrupted DNS routing decisions, fixed by migrating to the secondary DNS provider; duration varied with DNS propagation), seen from a Zurich wine shop behind Section",
    "issueId": "98134", "key": "WEIN-601", "summary": "Onlineshop nöd erreichbar - DNS",
    "reporter": "Sandra Meier", "assignee": "Reto Baumgartner", "labels": ["shop", "dns", "section"],
    "components": ["webshop"], "created": c("2021-06-01 21:18", ZRH), "now": "2021-06-08T08:00:00Z",
    "defaultZone": ZRH, "priority": "Highest",
    "description": """De Shop isch nöd erreichbar, Browser seit "Server nicht gefunden". Sit öppe de Halbi nüni, glaub i.

Hät ächt d'Agentur hüt d'DNS-TTL umgstellt?""",
    "comments": [
        ("236040", "Reto Baumgartner", c("2021-06-01 21:30", ZRH), """D'Agentur hät nüt gmacht. Es isch Section: ihri DNS-Antworte für eusi Domain sind falsch. Matrix-Verlauf us #shop-ops isch in matrix-wein601.txt (eusi Zyt)."""),
        ("236041", "Reto Baumgartner", c("2021-06-01 22:00", ZRH), """Section hät en Fix igspielt. Frankfurt-Monitor isch wieder grüen, aber vo Sandras Handy no nöd. Mir warted."""),
        ("236042", "Reto Baumgartner", c("2021-06-01 22:50", ZRH), """Alli Monitor-Standort sind grüen sit 22:38. Uf Monitoring gsetzt."""),
        ("236043", "Reto Baumgartner", c("2021-06-03 09:15", ZRH), """Section-Updates und Postmortem kopiert in section-updates-0601.txt, Zyte in UTC (mir sind UTC+2)."""),
        ("236044", "Martina Keller", c("2021-06-04 16:00", ZRH), """Zämefassig (Fr 4.6.), Schwiizer Zyt:
Shop vom 21:09 bis 22:38 nöd für alli erreichbar - erst Fehlchecks bim Monitor bis alli Standort wieder grüen.
Gmerkt hämmers dur de UptimeRobot-Alarm am 21:11. "Halbi nüni" i de Beschriibig isch e Schätzig gsi.
Frankfurt isch am 21:52 scho wieder grüen gsi, aber das isch nur en Standort; für Chunde mit anderem Resolver hät's bis 22:38 duuret. Sections "resolved" am 22:41 isch nachher cho.
D'TTL-Theorie isch falsch gsi.
Ursach gemäss Section: interni Fehler bi de API vom DNS-Provider händ d'DNS-Routing-Entscheid korrumpiert; si sind uf de sekundäre DNS-Provider gwächslet.
Massnahme: UptimeRobot vo drü Standort bhalte und erst bi zwei rote alarmiere; mit Section über e Fallback-Record rede."""),
    ],
    "changelog": flow("Reto Baumgartner", c("2021-06-01 21:19", ZRH), c("2021-06-01 22:51", ZRH), "Martina Keller", c("2021-06-04 16:05", ZRH)),
    "pastes": [{"file": "matrix-wein601.txt", "zone": ZRH, "referenceDate": "2021-06-01", "text": """
[21:11] uptimebot: DOWN - shop.weinkeller-zh.ch (DNS lookup failed), Standort Frankfurt
[21:14] Reto Baumgartner: hät d'Agentur hüt a de TTL umegschraubt?
[21:22] Reto Baumgartner: Agentur seit nei. dig zeigt komischi Antworte vo de Section-Nameserver
[21:25] Sandra Meier: Section-Status: "investigating DNS issues"
[21:37] Reto Baumgartner: Section: identified, si schaffed dra
[21:52] uptimebot: UP - shop.weinkeller-zh.ch, Standort Frankfurt
[22:05] Sandra Meier: uf mim Handy (Swisscom) immer no "Server nicht gefunden"
[22:38] uptimebot: UP - shop.weinkeller-zh.ch, alli Standort (Frankfurt, London, New York)
[22:41] Sandra Meier: Section hät uf resolved gsetzt
"""}, {"file": "section-updates-0601.txt", "zone": Z, "referenceDate": "2021-06-01", "text": """
Section - DNS incident 1 June 2021 (copied by Reto, times UTC)
investigating Jun 01, 2021, 7:16 PM UTC - Section engineering is investigating DNS issues.
identified Jun 01, 2021, 7:35 PM UTC - We've identified the issue with the DNS resolution.
monitoring Jun 01, 2021, 7:41 PM UTC - A fix has been implemented to remediate DNS resolution issues.
resolved Jun 01, 2021, 8:41 PM UTC - Confirmed this issue is now completely resolved.
postmortem Jun 02, 2021, 7:24 PM UTC - Internal errors corrupted platform decisions about DNS routing when talking to the DNS provider's API; we migrated to our secondary DNS provider. Duration varied by customer depending on DNS propagation.
"""}],
    "expected": {
        "events": [[u("2021-06-01 21:09", ZRH), ["nöd für alli erreichbar"]],
                   [u("2021-06-01 21:11", ZRH), ["DOWN", "UptimeRobot"]],
                   [u("2021-06-01 21:14", ZRH), ["TTL"]],
                   [u("2021-06-01 19:16", Z), ["investigating"]],
                   [u("2021-06-01 21:22", ZRH), ["Agentur"]],
                   [u("2021-06-01 19:35", Z), ["identified"]],
                   [u("2021-06-01 19:41", Z), ["monitoring"]],
                   [u("2021-06-01 21:52", ZRH), ["UP", "Frankfurt"]],
                   [u("2021-06-01 22:05", ZRH), ["Swisscom"]],
                   [u("2021-06-01 22:38", ZRH), ["alli Standort"]],
                   [u("2021-06-01 20:41", Z), ["resolved"]],
                   [u("2021-06-02 19:24", Z), ["postmortem"]]],
        "keyTimes": {
            "started": kt(u("2021-06-01 21:09", ZRH), S, "Shop vom 21:09 bis 22:38 nöd für alli erreichbar", "comment 236044"),
            "detected": kt(u("2021-06-01 21:11", ZRH), S, "Gmerkt hämmers dur de UptimeRobot-Alarm am 21:11", "comment 236044"),
            "resolved": kt(u("2021-06-01 22:38", ZRH), S, "Shop vom 21:09 bis 22:38 nöd für alli erreichbar", "comment 236044")},
        "responders": [["Sandra Meier", None], ["Reto Baumgartner", None], ["Martina Keller", None]],
        "narrative": nar(["DNS-Routing-Entscheid korrumpiert"], ["sekundäre DNS-Provider"], ["WEIN-601"],
                         "On 1 June 2021 from 21:09 to 22:38 Swiss time the wine shop could not be reached by many customers because its CDN's DNS answers were wrong.",
                         badly=["TTL-Theorie isch falsch"]),
    }})

# 5. bunny.net, 22 Jun 2021 - DNS collapse after a SmartEdge update, Czech (CEST = UTC+2) --------------------------------
I.append({
    "id": "bunny-2021-06-dns-collapse-brno-eshop",
    "name": "bunny.net near system-wide DNS outage 22 June 2021 (UTC: 8:25 update to the SmartEdge optimisation database released, corrupted file crashed the DNS servers with a stack overflow within minutes; 8:35 traffic down to about 100Gbit; 8:45 plan to sync through a third-party service; 2+ hour outage, traffic watched for 30 minutes while recovering), seen from a Brno e-shop serving its product images from bunny CDN",
    "issueId": "98135", "key": "BRN-0622", "summary": "Nenačítají se obrázky produktů (CDN)",
    "reporter": "Jana Dvořáková", "assignee": "Tomáš Novák", "labels": ["cdn", "eshop", "bunny"],
    "components": ["eshop-frontend"], "created": c("2021-06-22 10:58", PRG), "now": "2021-06-29T08:00:00Z",
    "defaultZone": PRG, "priority": "Highest",
    "description": """Na webu se nenačítají obrázky produktů, všude prázdné rámečky. Zákazníci volají, že nevidí zboží.

Není to ta nová šablona, co šla ráno ven?""",
    "comments": [
        ("236050", "Tomáš Novák", c("2021-06-22 11:10", PRG), """Šablona to není, rollback nepomohl. Nefunguje DNS pro naši pull zónu na b-cdn.net. Log z IRC (#eshop) je v irc-brn0622.txt, časy naše."""),
        ("236051", "Tomáš Novák", c("2021-06-22 11:45", PRG), """Přepnout obrázky na origin nejde, ten server by to nedal (zkoušeli jsme to loni). Čekáme na bunny."""),
        ("236052", "Tomáš Novák", c("2021-06-22 12:55", PRG), """Obrázky zase jdou, b-cdn.net odpovídá. Dávám do Monitoring."""),
        ("236053", "Tomáš Novák", c("2021-06-23 09:30", PRG), """Blog bunny.net s rozborem, výtah v bunny-blog-0622.txt (časy UTC, my jsme +2)."""),
        ("236054", "Lucie Horáková", c("2021-06-24 15:00", PRG), """Shrnutí (čt 24. 6.), náš čas:
Obrázky nefungovaly od 10:27 do 12:41 - první chyba DNS v logu frontendu 10:27:14, první úspěšný obrázek z CDN 12:41.
Kdy jsme se o tom dozvěděli poprvé, nevíme: Jana to slyšela od zákazníka po telefonu a čas si nikdo nezapsal, monitoring na obrázky jsme neměli.
Nová šablona s tím neměla nic společného, rollback byl zbytečný.
Příčina podle bunny.net: aktualizace databáze pro SmartEdge nahrála poškozený soubor, deserializace spadla na stack overflow a během pár minut odrovnala skoro všechny jejich DNS servery.
Akce: syntetický test na obrázek z CDN každou minutu; fallback na origin pro top 100 produktů."""),
    ],
    "changelog": flow("Tomáš Novák", c("2021-06-22 10:59", PRG), c("2021-06-22 12:56", PRG), "Lucie Horáková", c("2021-06-24 15:05", PRG)),
    "pastes": [{"file": "irc-brn0622.txt", "zone": PRG, "referenceDate": "2021-06-22", "text": """
[11:02] <pavel> pořád nic, obrázky z b-cdn.net nejdou ani z mobilu
[11:05] <tomas> myslel jsem, že je to náš deploy nové šablony z 10:15, rollback jsem udělal v 10:50 a nic
[11:20] <pavel> bunny na twitteru píše, že mají problém s DNS
[11:26] <tomas> nslookup na pull zónu vrací SERVFAIL z 8.8.8.8 i z Cloudflare
[11:45] <lucie> dáme na web banner "obrázky dočasně nedostupné"?
[11:48] <tomas> banner nasazen
[12:41] <pavel> b-cdn.net zase odpovídá, obrázky se načítají
[12:49] <tomas> banner stažen
"""}, {"file": "bunny-blog-0622.txt", "zone": Z, "referenceDate": "2021-06-22", "text": """
The stack overflow of death - bunny.net blog (excerpt copied by Tomáš, times UTC)
On June 22nd at 8:25 AM UTC, we released a new update designed to reduce the download size of the optimization database. It uploaded a corrupted file to Edge Storage.
The corrupted file caused the BinaryPack serialization library to hit a stack overflow and exit the process; within minutes the global DNS fleet was practically dead.
At 8:35 a few servers were still struggling to keep up with requests and we had dropped the majority of traffic, down to 100Gbit.
At 8:45 we came up with a plan: connect everything to a third-party service, sync the databases, deploy the newest file sets and get things back online.
We watched traffic pick back up for 30 minutes while making sure things were back online. In total a 2+ hour near system-wide outage.
"""}],
    "expected": {
        "events": [[u("2021-06-22 10:15", PRG), ["šablony"]],
                   [u("2021-06-22 08:25", Z), ["released"]],
                   [u("2021-06-22 10:27", PRG), ["nefungovaly od", "chyba DNS"]],
                   [u("2021-06-22 08:35", Z), ["100Gbit"]],
                   [u("2021-06-22 08:45", Z), ["plan"]],
                   [u("2021-06-22 10:50", PRG), ["rollback"]],
                   [u("2021-06-22 11:02", PRG), ["obrázky"]],
                   [u("2021-06-22 11:20", PRG), ["twitteru"]],
                   [u("2021-06-22 11:26", PRG), ["SERVFAIL"]],
                   [u("2021-06-22 11:48", PRG), ["banner"]],
                   [u("2021-06-22 12:41", PRG), ["odpovídá", "první úspěšný"]],
                   [u("2021-06-22 12:49", PRG), ["banner"]]],
        "keyTimes": {
            "started": kt(u("2021-06-22 10:27", PRG), S, "Obrázky nefungovaly od 10:27 do 12:41", "comment 236054"),
            "detected": kt(None, U),
            "resolved": kt(u("2021-06-22 12:41", PRG), S, "Obrázky nefungovaly od 10:27 do 12:41", "comment 236054")},
        "responders": [["Jana Dvořáková", None], ["Tomáš Novák", None], ["Lucie Horáková", None]],
        "narrative": nar(["stack overflow"], ["sync the databases"], ["BRN-0622"],
                         "On 22 June 2021 from 10:27 to 12:41 Czech time the e-shop showed no product images because its CDN's DNS servers had crashed.",
                         badly=["rollback byl zbytečný"]),
    }})

# 6. DNSimple, 12-13 Mar 2016 - partial DNS outage in Tokyo / Korea, Korean (KST = UTC+9) --------------------------------
I.append({
    "id": "dnsimple-2016-03-tokyo-pop-seoul-bookingapp",
    "name": "DNSimple partial DNS outage in Tokyo 12-13 March 2016 (UTC: 23:40:00 Sat 12 Mar monitoring reports ALIAS lookup failures from Tokyo, customers report a few minutes later; 01:19 DDoS-defence provider contacted, about two hours to identify the routing problem; outage 4 h 20 min in Japan and about 5 h in South Korea), seen from a Seoul salon-booking app whose domain is on DNSimple",
    "issueId": "98136", "key": "HAN-0313", "summary": "앱/웹 접속 불가 - 도메인 조회 실패",
    "reporter": "이서연", "assignee": "김민준", "labels": ["dns", "dnsimple", "booking"],
    "components": ["booking-api"], "created": c("2016-03-13 09:20", SEL), "now": "2016-03-20T01:00:00Z",
    "defaultZone": SEL, "priority": "Highest",
    "description": """앱이랑 웹 둘 다 접속이 안 됩니다. 일요일 아침 예약이 몰리는 시간인데... 오전 9시쯤부터인 것 같아요.

KT 쪽 DNS 문제 아닐까요?""",
    "comments": [
        ("236060", "김민준", c("2016-03-13 09:45", SEL), """KT만이 아니라 SK브로드밴드, LG U+ 다 안 됩니다. 8.8.8.8로 해도 SERVFAIL. 우리 도메인은 DNSimple ALIAS 레코드라 그쪽 문제 같아요. DNSimple 트위터 확인 중."""),
        ("236061", "김민준", c("2016-03-13 10:50", SEL), """10시 30분 Zoom 회의 기록 zoom-han0313.txt 에 붙였습니다 (한국 시간). 결론: 보조 DNS는 오늘은 무리, DNSimple 복구 기다리면서 공지 올리기."""),
        ("236062", "김민준", c("2016-03-13 14:30", SEL), """지금은 접속 잘 됩니다. 모니터링으로 변경."""),
        ("236063", "김민준", c("2016-03-16 11:00", SEL), """DNSimple 블로그 사고 보고서 요약 dnsimple-report-0312.txt (UTC 기준, 우리는 +9시간)."""),
        ("236064", "박지호", c("2016-03-17 17:00", SEL), """정리 (3/17), 한국 시간:
장애 시작 08:44 (일요일 3/13) - 서울 외부 모니터링 첫 실패. 설명에 있던 "9시쯤"은 추정이었습니다.
처음 안 건 08:52 고객센터 카카오톡 문의 ("예약 페이지가 안 열려요").
언제 완전히 복구됐는지는 정확히 모릅니다. 외부 모니터는 오전에 설정 바꾸다 꺼둔 상태였고, 점심 먹고 와 보니 되고 있었습니다.
KT 문제라는 추측은 틀렸습니다.
원인 (DNSimple): 도쿄/한국 구간에서 DDoS 방어 업체의 네트워크 라우팅 문제로 네임서버 조회가 실패.
조치: 보조 DNS 제공자 추가 (NS 두 곳), 외부 모니터 끌 때는 티켓에 기록."""),
    ],
    "changelog": flow("김민준", c("2016-03-13 09:21", SEL), c("2016-03-13 14:31", SEL), "박지호", c("2016-03-17 17:05", SEL)),
    "pastes": [{"file": "zoom-han0313.txt", "zone": SEL, "referenceDate": "2016-03-13", "text": """
Zoom 회의 기록 - 접속 장애 긴급 회의 (2016-03-13)
10:31:05 김민준: 처음엔 KT 문제인 줄 알았는데 통신사 상관없이 다 안 됩니다.
10:33:40 이서연: 고객센터 카톡 문의가 지금까지 40건 넘었어요.
10:36:12 김민준: DNSimple 트위터에 도쿄 리전 조회 실패 글이 올라왔습니다.
10:41:30 박지호: 보조 DNS를 지금 붙이면 NS 변경 전파에 하루는 걸려요. 오늘은 무리.
10:44:02 이서연: 그럼 인스타그램이랑 카톡 채널에 공지 올릴게요.
10:52:47 이서연: 공지 올렸습니다.
"""}, {"file": "dnsimple-report-0312.txt", "zone": Z, "referenceDate": "2016-03-12", "text": """
Incident Report - Partial DNS outage in Tokyo (DNSimple blog, summary copied by 김민준, times UTC)
The outage lasted 4 hours and 20 minutes in Japan and a bit longer in South Korea.
At 23:40:00 UTC Saturday, March 12th our monitoring systems started reporting ALIAS record lookup failures from the monitoring system in Tokyo. A few minutes later customers started reporting failures.
At 01:19 we contacted our upstream DDoS defense provider through their support system; that led to the root cause and a fix which slowly restored service in the region.
Cause: a network provider of our DDoS defense protection in the Japan and South Korea regions had routing issues between them and our networks.
"""}],
    "expected": {
        "events": [[u("2016-03-12 23:40", Z), ["monitoring"]],
                   [u("2016-03-13 08:44", SEL), ["장애 시작"]],
                   [u("2016-03-13 08:52", SEL), ["카카오톡"]],
                   [u("2016-03-13 01:19", Z), ["contacted"]],
                   [u("2016-03-13 10:31", SEL), ["KT"]],
                   [u("2016-03-13 10:33", SEL), ["카톡 문의"]],
                   [u("2016-03-13 10:36", SEL), ["트위터"]],
                   [u("2016-03-13 10:41", SEL), ["보조 DNS"]],
                   [u("2016-03-13 10:52", SEL), ["공지"]]],
        "keyTimes": {
            "started": kt(u("2016-03-13 08:44", SEL), S, "장애 시작 08:44 (일요일 3/13)", "comment 236064"),
            "detected": kt(u("2016-03-13 08:52", SEL), S, "처음 안 건 08:52 고객센터 카카오톡 문의", "comment 236064"),
            "resolved": kt(None, U)},
        "responders": [["이서연", None], ["김민준", None], ["박지호", None]],
        "narrative": nar(["라우팅 문제"], ["restored service"], ["HAN-0313"],
                         "On 13 March 2016 from 08:44 Seoul time the salon-booking app and website could not be reached because its domain's nameservers failed to answer in the region.",
                         badly=["KT 문제라는 추측은 틀렸습니다"]),
    }})

# 7. Telnyx, 8-9 Jan 2019 - intermittent network disruption (crypto-mining exploit), Finnish (EET = UTC+2) ---------------
I.append({
    "id": "telnyx-2019-01-network-exploit-helsinki-taxi",
    "name": "Telnyx service disruption 8-9 January 2019 (UTC: intermittent network issues 14:56-17:00 on 8 Jan, 00:13-02:00 and 09:54-16:48 on 9 Jan; 16:22 on 8 Jan traffic spikes overwhelming links between Chicago/Washington core routers and cloud providers identified; 11:55 on 9 Jan cause found to be an exploit mining cryptocurrency; 16:48 patches, script and network change ended it), seen from a Helsinki taxi dispatch centre whose voice trunks run through Telnyx",
    "issueId": "98137", "key": "TAKSI-108", "summary": "Puheluita katkeilee - Telnyx SIP-trunk",
    "reporter": "Sanna Virtanen", "assignee": "Jussi Korhonen", "labels": ["voice", "sip", "telnyx"],
    "components": ["dispatch-voice"], "created": c("2019-01-08 17:20", HEL), "now": "2019-01-16T08:00:00Z",
    "defaultZone": HEL, "priority": "Highest",
    "description": """Tilauspuhelut katkeilevat ja osa lähtevistä ei yhdisty ollenkaan. Alkoi joskus viiden maissa.

Onko meidän oma palomuuri taas sekaisin päivityksen jälkeen?""",
    "comments": [
        ("236070", "Jussi Korhonen", c("2019-01-08 17:45", HEL), """Palomuurissa ei mitään, SIP-rekisteröinti pysyy. Telnyxin päässä pätkii: osa INVITEista saa 503:n, osa aikakatkaisun. Opsgenie-hälytys liitteenä opsgenie-taksi108.txt (UTC)."""),
        ("236071", "Jussi Korhonen", c("2019-01-08 19:10", HEL), """Rauhoittui klo 19:00 jälkeen, viimeinen katkennut puhelu 18:58. Laitan Monitoring-tilaan."""),
        ("236072", "Jussi Korhonen", c("2019-01-09 08:30", HEL), """Yöllä taas pätkinyt (CDR: katkoja 02:14 alkaen). Avaan uudelleen. Ohjataan varalle Elisan linjalle ainakin ruuhka-ajaksi."""),
        ("236073", "Jussi Korhonen", c("2019-01-09 19:05", HEL), """Ei katkoja enää klo 18:50 jälkeen, Telnyx kertoo korjanneensa. Siirretty liikenne takaisin Telnyxille 19:00. Monitoring."""),
        ("236074", "Jussi Korhonen", c("2019-01-11 10:00", HEL), """Telnyxin postmortem kopioitu tiedostoon telnyx-pm-0108.txt, ajat UTC (meillä +2)."""),
        ("236075", "Mikko Laine", c("2019-01-14 14:00", HEL), """Yhteenveto (ma 14.1.), Suomen aikaa:
Häiriö kesti 8.1. klo 16:57 – 9.1. klo 18:50, välillä taukoja (8.1. illalla klo 19 jälkeen ja 9.1. aamupäivällä), mutta tiketin kannalta se on yksi häiriö. Ensimmäinen katkennut puhelu CDR:ssä 16:57, viimeinen 18:49, siitä eteenpäin puhdasta.
Ensimmäinen tieto: Opsgenie-hälytys klo 17:04. Kuvauksen "viiden maissa" oli arvio.
Tiistai-illan "rauhoittui" ei ollut loppu, koska yöllä ja aamulla pätki taas.
Palomuuri ei ollut syy.
Syy Telnyxin mukaan: liikennepiikit Chicagon ja Washingtonin ydinreitittimien ja pilvipalveluiden välillä, taustalla kryptovaluutan louhintaan käytetty haavoittuvuus.
Toimenpiteet: Elisan varatrunk automaattiseksi failoveriksi; Opsgenie-hälytys puhelujen epäonnistumisprosentista 5 % kynnyksellä."""),
    ],
    "changelog": [("Jussi Korhonen", c("2019-01-08 17:21", HEL), [("status", "Open", "In Progress")]),
                  ("Jussi Korhonen", c("2019-01-08 19:11", HEL), [("status", "In Progress", "Monitoring")]),
                  ("Jussi Korhonen", c("2019-01-09 08:31", HEL), [("status", "Monitoring", "Reopened")]),
                  ("Jussi Korhonen", c("2019-01-09 08:32", HEL), [("status", "Reopened", "In Progress")]),
                  ("Jussi Korhonen", c("2019-01-09 19:06", HEL), [("status", "In Progress", "Monitoring")]),
                  ("Mikko Laine", c("2019-01-14 14:05", HEL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])],
    "pastes": [{"file": "opsgenie-taksi108.txt", "zone": Z, "referenceDate": "2019-01-08", "text": """
{"action": "Create", "alert": {"message": "[dispatch-voice] outbound call failure rate 18% > 10% (SIP 503 / timeout via Telnyx)", "createdAt": "2019-01-08T15:04:22Z", "tags": ["voice", "P1"]}}
{"action": "Acknowledge", "alert": {"user": "Jussi Korhonen", "updatedAt": "2019-01-08T15:09:51Z", "note": "checking firewall after update"}}
{"action": "Close", "alert": {"updatedAt": "2019-01-08T17:10:03Z", "note": "failure rate under 1% for 10 min"}}
{"action": "Create", "alert": {"message": "[dispatch-voice] outbound call failure rate 12% > 10%", "createdAt": "2019-01-09T00:16:40Z", "tags": ["voice", "P1"]}}
{"action": "Close", "alert": {"updatedAt": "2019-01-09T02:08:12Z", "note": "auto-closed"}}
{"action": "Create", "alert": {"message": "[dispatch-voice] outbound call failure rate 21% > 10%", "createdAt": "2019-01-09T09:58:05Z", "tags": ["voice", "P1"]}}
{"action": "Close", "alert": {"updatedAt": "2019-01-09T16:59:47Z", "note": "failure rate under 1% for 10 min"}}
"""}, {"file": "telnyx-pm-0108.txt", "zone": Z, "referenceDate": "2019-01-08", "text": """
Telnyx Service Disruption - Incident Report for Telnyx (copied by Jussi, times UTC)
Intermittent network issues: January 8th from 14:56 UTC to 17:00 UTC; January 9th from 00:13 UTC to 02:00 UTC; January 9th from 09:54 UTC to 16:48 UTC.
Impact: outbound calls and inbound calls using credential authentication intermittently failed; outbound messaging intermittently blocked.
January 8th 16:22 UTC - Network team identifies traffic spikes that overwhelmed links between Telnyx core routers in Chicago and Washington DC and cloud providers, dropping BGP peering packets.
January 9th 11:55 UTC - Telnyx determines that increased network traffic and CPU utilization was caused by an exploit used to mine cryptocurrency.
January 9th 16:48 UTC - Telnyx completes software patches, deploys a script to cease the exploit, and updates network configuration.
"""}],
    "expected": {
        "events": [[u("2019-01-08 14:56", Z), ["January 8th from"]],
                   [u("2019-01-08 16:57", HEL), ["Häiriö kesti", "Ensimmäinen katkennut"]],
                   [u("2019-01-08 17:04", HEL), ["createdAt", "Opsgenie"]],
                   [u("2019-01-08 15:09", Z), ["firewall"]],
                   [u("2019-01-08 16:22", Z), ["traffic spikes"]],
                   [u("2019-01-08 18:58", HEL), ["viimeinen katkennut"]],
                   [u("2019-01-08 17:00", Z), ["January 8th from"]],
                   [u("2019-01-09 00:13", Z), ["January 9th from"]],
                   [u("2019-01-09 02:14", HEL), ["katkoja"]],
                   [u("2019-01-09 00:16", Z), ["createdAt"]],
                   [u("2019-01-09 09:54", Z), ["January 9th from"]],
                   [u("2019-01-09 09:58", Z), ["createdAt"]],
                   [u("2019-01-09 11:55", Z), ["cryptocurrency"]],
                   [u("2019-01-09 16:48", Z), ["patches"]],
                   [u("2019-01-09 18:50", HEL), ["Ei katkoja", "Häiriö kesti"]],
                   [u("2019-01-09 19:00", HEL), ["takaisin"]]],
        "keyTimes": {
            "started": kt(u("2019-01-08 16:57", HEL), S, "Häiriö kesti 8.1. klo 16:57 – 9.1. klo 18:50", "comment 236075"),
            "detected": kt(u("2019-01-08 17:04", HEL), S, "Ensimmäinen tieto: Opsgenie-hälytys klo 17:04", "comment 236075"),
            "resolved": kt(u("2019-01-09 18:50", HEL), S, "Häiriö kesti 8.1. klo 16:57 – 9.1. klo 18:50", "comment 236075")},
        "responders": [["Sanna Virtanen", None], ["Jussi Korhonen", None], ["Mikko Laine", None]],
        "narrative": nar(["kryptovaluutan louhintaan"], ["software patches"], ["TAKSI-108"],
                         "From 8 January 2019 16:57 to 9 January 18:50 Finnish time the taxi dispatch centre's calls dropped or failed to connect at intervals because its voice carrier's network was saturated.",
                         badly=["Palomuuri ei ollut syy"]),
    }})

# 8. Paychoice, 31 Jul 2025 - intermittent transaction failures at the issuer, simplified Chinese (AEST = UTC+10) --------
I.append({
    "id": "paychoice-2025-07-issuer-network-sydney-grocer",
    "name": "Paychoice intermittent transaction failures 31 July 2025 (AEST: 06:32 alarm on slow issuer gateway responses; 07:37 alarm on degraded processing; 08:00 investigation; 08:45 intermittent failures identified; 09:03 second alarm; 09:18 escalated to the issuer, who first reported no known issues; 11:35 issuer confirmed investigating its data centre; 12:24 issuer resolved it, disconnections ceased), seen from a Sydney Asian-grocery chain taking card payments through Paychoice",
    "issueId": "98138", "key": "HUA-0731", "summary": "刷卡支付间歇性失败（多家门店）",
    "reporter": "陈静", "assignee": "王磊", "labels": ["payments", "paychoice", "pos"],
    "components": ["card-payments"], "created": c("2025-07-31 08:20", SYD), "now": "2025-08-07T02:00:00Z",
    "defaultZone": SYD, "priority": "Highest",
    "description": """Chatswood 和 Hurstville 两家店刷卡时好时坏，很多超时或者直接失败，收银台排长队。大概从开门（上午7点半左右）就开始了。

是不是 NBN 又断了？店里的网络先查一下。""",
    "comments": [
        ("236080", "王磊", c("2025-07-31 08:40", SYD), """不是 NBN，两家店网络都正常，现金和 Apple Pay 以外的卡都受影响，网店结账也有失败。Grafana 告警贴在 grafana-hua0731.txt（告警时间是 UTC，要加10小时）。"""),
        ("236081", "王磊", c("2025-07-31 09:45", SYD), """9:20 发邮件给 Paychoice 支持，9:41 回复说他们在查，上游发卡方那边暂时说没有已知问题。先让门店提示顾客备用现金。"""),
        ("236082", "王磊", c("2025-07-31 11:50", SYD), """Paychoice 11:40 电话说发卡方确认在查他们机房的网络问题。还在间歇性失败。"""),
        ("236083", "王磊", c("2025-07-31 12:45", SYD), """12:26 之后没有再失败，交易恢复正常。改为 Monitoring。"""),
        ("236084", "王磊", c("2025-08-04 10:00", SYD), """Paychoice 的事故报告复制在 paychoice-pm-0731.txt，时间是 AEST，和我们一样。"""),
        ("236085", "刘洋", c("2025-08-05 15:00", SYD), """复盘（8月5日），悉尼时间：
影响时间：07:58 – 12:26（7月31日）。第一笔失败是 Chatswood 店 07:58，最后一笔失败在 12:25，之后全部正常。
第一次知道：Grafana 告警 08:03（支付失败率超过10%）。描述里说"开门7点半左右"是估计，不准。
Grafana 12:41 才显示 RESOLVED，是告警窗口延迟，不是恢复时间。
NBN 的猜测是错的。
原因（Paychoice）：发卡方数据中心内部网络间歇性断连，导致交易请求失败或超时。Paychoice 06:32 就有响应变慢的告警，但我们的门店那时还没开门。
改进：接入第二家收单通道，失败率超过10%持续5分钟自动切换；门店收银系统显示"支付通道故障"提示。"""),
    ],
    "changelog": flow("王磊", c("2025-07-31 08:21", SYD), c("2025-07-31 12:46", SYD), "刘洋", c("2025-08-05 15:05", SYD)),
    "pastes": [{"file": "grafana-hua0731.txt", "zone": Z, "referenceDate": "2025-07-30", "text": """
[FIRING:1] CardPaymentFailureRate (pos-gateway prod)
Starts at: 2025-07-30 22:03:10 +0000 UTC
Summary: 支付失败率 14% > 10%（过去5分钟）, first failed txn 21:58:37 UTC store=chatswood
Labels: severity=critical, team=payments
---
[FIRING:1] CardPaymentFailureRate (pos-gateway prod) - repeat
Starts at: 2025-07-30 22:03:10 +0000 UTC, value now 31% at 01:10 UTC
---
[RESOLVED] CardPaymentFailureRate (pos-gateway prod)
Ends at: 2025-07-31 02:41:10 +0000 UTC
Summary: 支付失败率 0.4%
"""}, {"file": "paychoice-pm-0731.txt", "zone": SYD, "referenceDate": "2025-07-31", "text": """
Incident Report: Intermittent Transaction Failures - Paychoice (copied by 王磊)
Date of Incident: 31 July 2025. Timeframe: 06:32 - 12:24 AEST. Root cause: intermittent network connectivity issues at the issuer's data centre.
06:32 Monitoring alarm triggered for slower than average response times from the issuer gateway.
07:37 Alarm triggered for degraded performance in Paychoice processing infrastructure.
08:00 Internal investigation commenced on infrastructure performance.
08:45 Intermittent transaction failures identified; deeper infrastructure review initiated.
09:03 Second alarm for slow response from the issuer gateway raised.
09:18 No internal issues found. Escalated to the issuer; initial response indicated no known issues.
11:35 Verbal confirmation received that the issuer was investigating a potential issue in their data centre.
12:24 The issuer resolved the issue. Network disconnections ceased. Transaction processing stabilised.
"""}],
    "expected": {
        "events": [[u("2025-07-31 06:32", SYD), ["alarm"]],
                   [u("2025-07-31 07:37", SYD), ["degraded"]],
                   [u("2025-07-31 07:58", SYD), ["first failed", "第一笔失败"]],
                   [u("2025-07-31 08:00", SYD), ["investigation"]],
                   [u("2025-07-31 08:03", SYD), ["Starts at", "Grafana"]],
                   [u("2025-07-31 08:45", SYD), ["failures identified"]],
                   [u("2025-07-31 09:03", SYD), ["Second alarm"]],
                   [u("2025-07-31 09:18", SYD), ["Escalated"]],
                   [u("2025-07-31 09:20", SYD), ["Paychoice"]],
                   [u("2025-07-31 09:41", SYD), ["回复"]],
                   [u("2025-07-31 11:35", SYD), ["Verbal confirmation"]],
                   [u("2025-07-31 11:40", SYD), ["电话"]],
                   [u("2025-07-31 12:24", SYD), ["issuer resolved"]],
                   [u("2025-07-31 12:26", SYD), ["没有再失败", "影响时间"]],
                   [u("2025-07-31 12:41", SYD), ["Ends at", "RESOLVED"]]],
        "keyTimes": {
            "started": kt(u("2025-07-31 07:58", SYD), S, "影响时间：07:58 – 12:26（7月31日）", "comment 236085"),
            "detected": kt(u("2025-07-31 08:03", SYD), S, "第一次知道：Grafana 告警 08:03（支付失败率超过10%）", "comment 236085"),
            "resolved": kt(u("2025-07-31 12:26", SYD), S, "影响时间：07:58 – 12:26（7月31日）", "comment 236085")},
        "responders": [["陈静", None], ["王磊", None], ["刘洋", None]],
        "narrative": nar(["发卡方数据中心"], ["issuer resolved the issue"], ["HUA-0731"],
                         "On 31 July 2025 from 07:58 to 12:26 Sydney time card payments at the grocery chain's stores and web shop failed intermittently because the card issuer's data-centre network kept disconnecting.",
                         badly=["NBN 的猜测是错的"]),
    }})

# 9. Clearhaus, 12 Sep 2024 - connectivity issue towards upstream provider, Gulf Arabic (GST = UTC+4) -------------------
I.append({
    "id": "clearhaus-2024-09-upstream-dubai-perfumes",
    "name": "Clearhaus connectivity issue towards upstream 12 September 2024 (UTC: 03:30 to 11:45 connection failures and timeouts to an upstream provider, Visa and Mastercard authorisations and voids failing; automated failover to the provider's secondary data centre also failed; one 10-minute window of success there; gateway briefly answered 504 for all types; after about 8 hours the provider mitigated it), seen from a Dubai online perfume house acquiring through Clearhaus",
    "issueId": "98139", "key": "OUD-0912", "summary": "رفض عمليات الدفع بالبطاقات في المتجر الإلكتروني",
    "reporter": "فاطمة الهاشمي", "assignee": "خالد المنصوري", "labels": ["payments", "clearhaus", "checkout"],
    "components": ["checkout"], "created": c("2024-09-12 08:05", DXB), "now": "2024-09-19T06:00:00Z",
    "defaultZone": DXB, "priority": "Highest",
    "description": """السلام عليكم، الزباين يشتكون إن الدفع بالفيزا والماستركارد ينرفض في المتجر من الصبح، تقريباً من الساعة 7 ونص.

يمكن المشكلة من تحديث صفحة الدفع اللي نزلناه البارحة بالليل؟ أو من مزود 3DS؟""",
    "comments": [
        ("236090", "خالد المنصوري", c("2024-09-12 08:20", DXB), """مب من التحديث، رجعت النسخة القديمة الساعة 8:02 وما تغير شي. ولا 3DS، الطلبات توصل Clearhaus وترجع timeout. تنبيه PagerDuty ملصوق في pd-oud0912.txt (الوقت UTC، زيدوا 4 ساعات)."""),
        ("236091", "خالد المنصوري", c("2024-09-12 08:40", DXB), """كلمت دعم Clearhaus الساعة 8:30، قالوا المشكلة عند مزود upstream عندهم وصعدوها. نحطها في Monitoring لين يردون؟ لا، بعدها شغالة المشكلة."""),
        ("236092", "خالد المنصوري", c("2024-09-12 09:30", DXB), """من 9:12 لين 9:22 مرت بعض العمليات وبعدين رجع الرفض. يعني مب حل."""),
        ("236093", "خالد المنصوري", c("2024-09-12 16:10", DXB), """نسبة القبول رجعت طبيعية من 3:47 العصر. حطيناها Monitoring."""),
        ("236094", "خالد المنصوري", c("2024-09-15 11:00", DXB), """تقرير Clearhaus منسوخ في clearhaus-pm-0912.txt، الأوقات UTC."""),
        ("236095", "سعيد الكعبي", c("2024-09-16 13:00", DXB), """ملخص (16 سبتمبر)، بتوقيت الإمارات:
العمليات كانت ترفض من الساعة 7:31 الصبح لين 3:47 العصر يوم الخميس 12 سبتمبر - أول رفض في اللوق 7:31 وآخر رفض 3:46، وبعدها كل شي طبيعي.
عرفنا أول شي من تنبيه PagerDuty الساعة 7:46 الصبح. "7 ونص تقريباً" في الوصف كان تخمين.
الفترة بين 9:12 و 9:22 كانت تحسن مؤقت، مب رجوع الخدمة.
التحديث و3DS ما لهم دخل.
السبب حسب Clearhaus: فشل الاتصال والـ timeouts مع مزود upstream في الداتا سنتر الأساسي والاحتياطي.
الإجراءات: نضيف مزود دفع ثاني (fallback) للزباين إذا نسبة القبول نزلت تحت 60% لمدة 5 دقايق؛ رسالة واضحة في صفحة الدفع بدل "حدث خطأ"."""),
    ],
    "changelog": flow("خالد المنصوري", c("2024-09-12 08:06", DXB), c("2024-09-12 16:11", DXB), "سعيد الكعبي", c("2024-09-16 13:05", DXB)),
    "pastes": [{"file": "pd-oud0912.txt", "zone": Z, "referenceDate": "2024-09-12", "text": """
{"event": "incident.triggered", "occurred_at": "2024-09-12T03:46:18Z", "incident": {"title": "checkout: card authorisation approval rate 41% < 80%", "service": "checkout-prod", "urgency": "high"}}
{"event": "incident.annotated", "occurred_at": "2024-09-12T03:47:02Z", "note": "first declined/timeout auth at 03:31:09Z (clearhaus gateway)"}
{"event": "incident.acknowledged", "occurred_at": "2024-09-12T03:52:40Z", "agent": "Khalid Al Mansoori"}
{"event": "incident.annotated", "occurred_at": "2024-09-12T05:14:55Z", "note": "approval rate 70% for a few minutes, now dropping again"}
{"event": "incident.resolved", "occurred_at": "2024-09-12T11:59:31Z", "note": "approval rate > 80% for 10 min"}
"""}, {"file": "clearhaus-pm-0912.txt", "zone": Z, "referenceDate": "2024-09-12", "text": """
Connectivity issue towards upstream - Incident Report for Clearhaus (postmortem, copied by Khalid)
During the timespan 2024-09-12T03:30Z - 2024-09-12T11:45Z, we experienced connection failures and timeouts to an upstream provider.
This affected live transactions: authorizations and voids for Visa and Mastercard, and credits for Mastercard.
Our automated failover moved traffic to the provider's secondary data center, which was also affected; no transactions there were approved, apart from one window of about 10 minutes.
For a short period our services were exhausted and the transaction gateway answered HTTP 504 Gateway Timeout for all transaction types.
After approximately 8 hours our provider mitigated the issue in both data centers and approval rates went back to normal.
"""}],
    "expected": {
        "events": [[u("2024-09-12 03:30", Z), ["timespan"]],
                   [u("2024-09-12 07:31", DXB), ["first declined", "أول رفض"]],
                   [u("2024-09-12 07:46", DXB), ["incident.triggered", "PagerDuty"]],
                   [u("2024-09-12 03:52", Z), ["acknowledged"]],
                   [u("2024-09-12 08:02", DXB), ["النسخة القديمة"]],
                   [u("2024-09-12 08:30", DXB), ["Clearhaus"]],
                   [u("2024-09-12 09:12", DXB), ["مرت بعض العمليات", "تحسن مؤقت"]],
                   [u("2024-09-12 09:14", DXB), ["approval rate 70%"]],
                   [u("2024-09-12 09:22", DXB), ["مرت بعض العمليات", "تحسن مؤقت"]],
                   [u("2024-09-12 11:45", Z), ["timespan"]],
                   [u("2024-09-12 15:47", DXB), ["نسبة القبول", "ترفض من"]],
                   [u("2024-09-12 11:59", Z), ["incident.resolved"]]],
        "keyTimes": {
            "started": kt(u("2024-09-12 07:31", DXB), S, "العمليات كانت ترفض من الساعة 7:31 الصبح لين 3:47 العصر", "comment 236095"),
            "detected": kt(u("2024-09-12 07:46", DXB), S, "عرفنا أول شي من تنبيه PagerDuty الساعة 7:46 الصبح", "comment 236095"),
            "resolved": kt(u("2024-09-12 15:47", DXB), S, "العمليات كانت ترفض من الساعة 7:31 الصبح لين 3:47 العصر", "comment 236095")},
        "responders": [["فاطمة الهاشمي", None], ["خالد المنصوري", None], ["سعيد الكعبي", None]],
        "narrative": nar(["upstream"], ["mitigated the issue"], ["OUD-0912"],
                         "On 12 September 2024 from 07:31 to 15:47 UAE time most card payments at the perfume house's web shop were declined or timed out because its acquirer could not reach its upstream provider.",
                         badly=["التحديث و3DS ما لهم دخل"]),
    }})

# sorted events, follow-up tickets and the vendor's public page, linked from every incident
for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
URLS = ["https://www.nexmostatus.com/incidents/ddt05b9m6l5q", "https://status.tsgglobal.com/incidents/xjxrrgz11807",
        "http://status.sendgrid.com/incidents/x8rz3dqgdv4x", "https://status.dotdigital.com/incidents/0gb121m5s5qh",
        "https://pingoru.io/providers/section/incidents/2273111",
        "https://bunny.net/blog/the-stack-overflow-of-death-dns-collapse/",
        "https://blog.dnsimple.com/2016/03/incident-report-partial-dns-outage",
        "http://status.telnyx.com/incidents/5bgntylf6n0h", "https://paychoice.statuspage.io/incidents/8vnw9dmzjvb2",
        "https://status.clearhaus.com/incidents/hp85pwr0m3yp"]
FOLLOW = ["Second SMS provider behind feature flag", "Email fallback when inbound SMS is zero",
          "Tickets-on-the-way page with download link", "Move link domain off vendor nameservers",
          "Alert only on two failing monitor locations", "Synthetic CDN image check every minute",
          "Add secondary DNS provider", "Automatic failover to backup SIP trunk", "Second acquiring route with auto-switch",
          "Fallback payment provider under 60% approval"]
for _n, _spec in enumerate(I):
    _proj = _spec["key"].split("-")[0]
    _spec["links"] = [("%s-%d" % (_proj, 900 + _n), FOLLOW[_n])]
    _spec["remote"] = [(URLS[_n], "Vendor status / incident report")]

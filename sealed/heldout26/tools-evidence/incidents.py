"""Held-out 26 incidents: compact specs. Five software / hosting companies (an Indian online broker, two German
hosting providers, a first-responder paging SaaS, a Frankfurt network operator) and five organisations outside
software (an MVNO on a national mobile network, a Dhaka hospital's facilities team, a New Zealand lines company, a
train operator's control at a London terminus, a Singapore broker's dealing desk). Timeline facts from public
statements (SOURCES-heldout26.md); people, ticket keys, chat wording, team habits, wrong first guesses and the minutes
marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Zerodha, 6 November 2023 - order/position updates on one silo ---------------------------------------------------
I.append({
    "id": "zerodha-2023-11-oms-silo-slack", "name": "Zerodha Kite order and position updates broken for one silo (~20% of clients) at market open, 6 November 2023; order placement stopped 10:38-12:09 IST",
    "issueId": "99400", "key": "KITE-0611", "summary": "Orders/positions not updating on Kite - silo-3 users",
    "reporter": "Rohan Pillai", "assignee": "Vikram Sethi", "labels": ["p1", "trading-hours"],
    "components": ["kite", "oms"], "created": "2023-11-06T03:58", "now": "2023-11-20T06:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Order status and positions not updating for a chunk of users since open. Support getting flooded, twitter also started.

First thought: NSE broadcast lag again (same as last week) - checking with exchange. Order placement itself going through. IST everywhere unless marked.""",
    "comments": [
        ("210101", "Vikram Sethi", "2023-11-06T04:20", """Not exchange. Only silo-3 affected, roughly 20% of clients. The OMS stream consumers are slowing down and the 1:1 mirror shows the same thing, so not a box problem. Slack export pasted (kite0611-slack.txt, IST) and the alert payload (kite0611-alert.txt, UTC)."""),
        ("210102", "Ananya Rao", "2023-11-06T05:12", """Haan, we stopped order placement for silo-3 users to let the streams catch up. Painful but needed. Comms drafting a bulletin, charges to be waived for the day."""),
        ("210103", "Ananya Rao", "2023-11-06T12:20", """Bulletin published 05:45 PM: "Update on the issue with display of orders and positions". RCA to follow once vendor replies."""),
        ("210104", "Vikram Sethi", "2023-11-09T10:00", """RCA: the EMS vendor pushed an unscheduled update of their anti-malware monitoring service which throttled the stream processes, primary and mirror both. Impact for the silo: status updates broken from 09:15 AM at open until all order restrictions were removed at 12:09 PM. The 11:22 sync only made orders/positions visible again - fresh orders stayed blocked till 12:09."""),
    ],
    "changelog": [
        ("Vikram Sethi", "2023-11-06T03:59", [("status", "Open", "In Progress")]),
        ("Ananya Rao", "2023-11-06T06:45", [("status", "In Progress", "Monitoring")]),
        ("Vikram Sethi", "2023-11-09T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "kite0611-slack.txt", "zone": "Asia/Kolkata", "referenceDate": "2023-11-06", "text": """
#kite-incident (export, times IST)
Rohan Pillai  9:19 AM  :rotating_light: support-volume alert fired - "order status not updating" x14 in 5 min, all silo-3
Rohan Pillai  9:24 AM  NSE broadcast lag again?? positions page stale on my test acct too
Vikram Sethi  10:00 AM  OMS stream processes on silo-3 slowing down, the mirror too. no idea why yet
Vikram Sethi  10:04 AM  deploying ad-hoc re-sync of order/position streams
Ananya Rao  10:38 AM  order placement STOPPED for silo-3 users
Vikram Sethi  11:22 AM  orders + positions synced on Kite, data current now
Ananya Rao  11:38 AM  exits allowed again, fresh orders still blocked
Ananya Rao  12:09 PM  all restrictions on order placement removed
"""},
        {"file": "kite0611-alert.txt", "zone": "UTC", "referenceDate": "2023-11-06", "text": """
{"alert": "support_ticket_rate", "severity": "high", "silo": "silo-3",
 "fired_at": "2023-11-06T03:49:12Z", "threshold": "10/5m", "value": 14,
 "summary": "order status not updating"}
"""}],
    "expected": {
        "events": [["2023-11-06T03:49Z", ["support-volume", "fired_at"]], ["2023-11-06T04:30Z", ["OMS stream"]],
                   ["2023-11-06T05:08Z", ["STOPPED"]], ["2023-11-06T05:52Z", ["synced"]],
                   ["2023-11-06T06:08Z", ["exits allowed"]], ["2023-11-06T06:39Z", ["restrictions"]]],
        "keyTimes": {
            "started": kt("2023-11-06T03:45Z", S, "status updates broken from 09:15 AM at open", "comment 210104"),
            "detected": kt("2023-11-06T03:49Z", S, "support-volume alert fired", "kite0611-slack.txt"),
            "resolved": kt("2023-11-06T06:39Z", S, "until all order restrictions were removed at 12:09 PM", "comment 210104")},
        "responders": [["Vikram Sethi", None], ["Ananya Rao", None], ["Rohan Pillai", None]],
        "narrative": nar(["anti-malware"], ["re-sync"], ["KITE-0611", "silo-3"],
                         "On 6 November 2023 about 20% of Kite users could not see up-to-date orders and positions from the 09:15 open; order placement for them was stopped from 10:38 and all restrictions were removed at 12:09 IST."),
    }})

# 2. dataforest, 23 October 2025 - aggregation switch bug, Frankfurt -------------------------------------------------
I.append({
    "id": "dataforest-2025-10-aggswitch-teams", "name": "dataforest network outage 23 October 2025 (almost complete failure 1:33-2:01 p.m. CEST, bug in the aggregation switches' operating system)",
    "issueId": "99401", "key": "NET-2310", "summary": "Großflächiger Netzwerkausfall FRA - fast alle Kunden offline",
    "reporter": "Lena Hoffmann", "assignee": "Jonas Weber", "labels": ["major", "network"],
    "components": ["backbone", "noc"], "created": "2025-10-23T11:39", "now": "2025-12-15T12:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Fast alle Kunden nicht erreichbar (VMs, Dedicated, Colo-Transit). Telefon läuft heiß.

Erste Vermutung: DDoS auf die Edge bei Interxion, Filter werden geprüft. Zeiten MESZ wenn nicht anders angegeben, Syslog ist UTC.""",
    "comments": [
        ("210121", "Jonas Weber", "2025-10-23T11:50", """Kein DDoS - Filter sauber, die Graphen zeigen einen Einbruch, keine Spitze. Beide Aggregation-Switches haben gleichzeitig die Forwarding-Tabellen verloren. Syslog angehängt (net2310-agg-syslog.txt, UTC) und der Teams-Chat (noc2310-teams.txt, MESZ)."""),
        ("210122", "Lena Hoffmann", "2025-10-23T12:25", """Connectivity is back, monitoring green. Some colo customers still open tickets (stale ARP on their side), we keep watching. Ticket closed for now."""),
        ("210123", "Jonas Weber", "2025-10-24T08:00", """Reopened for the vendor case: TAC confirms a known bug in the switch OS, fix in the next release. Upgrade window to be planned."""),
        ("210124", "Lena Hoffmann", "2025-12-10T09:00", """Post-mortem published today. For the record: At 1:33 p.m. on 23.10. almost complete failure of the network, at 2:01 p.m. connectivity restored. The 12:47 heap warning on agg1 had nothing to do with it (vendor confirmed)."""),
    ],
    "changelog": [
        ("Jonas Weber", "2025-10-23T11:40", [("status", "Open", "In Progress")]),
        ("Lena Hoffmann", "2025-10-23T12:26", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Jonas Weber", "2025-10-24T08:01", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Lena Hoffmann", "2025-12-10T09:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "net2310-agg-syslog.txt", "zone": "UTC", "referenceDate": "2025-10-23", "text": """
Oct 23 10:47:02 agg1-fra %KERNEL-4-MEM: heap usage 81% (threshold 80%), cleared after 2 min
Oct 23 11:33:14 agg1-fra %PFE-2-FWD: forwarding table programming failed, all ports affected
Oct 23 11:33:15 agg2-fra %PFE-2-FWD: forwarding table programming failed, all ports affected
Oct 23 11:35:40 nms-1 ALERT P1 core reachability 3/212 targets up
Oct 23 11:56:31 agg1-fra %SYS-5-RELOAD: PFE reload requested by jweber
Oct 23 12:01:09 agg1-fra %PFE-5-FWD: forwarding table programmed, forwarding resumed
"""},
        {"file": "noc2310-teams.txt", "zone": "Europe/Berlin", "referenceDate": "2025-10-23", "text": """
[13:36] Jonas Weber: NMS P1, fast alles weg. DDoS?
[13:38] Lena Hoffmann: Filter zeigen nix, Traffic bricht ein statt Spitze
[13:45] Jonas Weber: beide aggs, fwd table leer. ich reloade PFE auf agg1
[14:02] Jonas Weber: Forwarding läuft wieder, Monitoring grün
[14:20] Lena Hoffmann: Statusseite auf behoben gesetzt
"""}],
    "expected": {
        "events": [["2025-10-23T10:47Z", ["heap usage"]], ["2025-10-23T11:33Z", ["forwarding table programming failed"]],
                   ["2025-10-23T11:35Z", ["ALERT P1"]], ["2025-10-23T11:56Z", ["reload"]],
                   ["2025-10-23T12:01Z", ["forwarding resumed"]], ["2025-10-23T12:20Z", ["Statusseite"]]],
        "keyTimes": {
            "started": kt("2025-10-23T11:33Z", S, "At 1:33 p.m. on 23.10. almost complete failure of the network", "comment 210124"),
            "detected": kt("2025-10-23T11:35Z", S, "ALERT P1 core reachability 3/212 targets up", "net2310-agg-syslog.txt"),
            "resolved": kt("2025-10-23T12:01Z", S, "at 2:01 p.m. connectivity restored", "comment 210124")},
        "responders": [["Jonas Weber", None], ["Lena Hoffmann", None]],
        "narrative": nar(["bug"], ["reload"], ["NET-2310", "agg1-fra"],
                         "On 23 October 2025 a bug in the aggregation switches' operating system took down almost all of dataforest's network in Frankfurt from 1:33 to 2:01 p.m."),
    }})

# 3. devstorage, 2 April 2022 - three packet-loss windows at the IPv4 upstream -----------------------------------------
I.append({
    "id": "devstorage-2022-04-ipv4-routing-discord", "name": "devstorage.eu network outage 2 April 2022 (three full packet-loss windows 20:30-20:51 CEST during an upstream's routine network change)",
    "issueId": "99402", "key": "OPS-0204", "summary": "Komplette Infra nicht erreichbar (alle Produkte)",
    "reporter": "Niklas Brandt", "assignee": "Mara Schulz", "labels": ["stoerung"],
    "components": ["netzwerk"], "created": "2022-04-02T18:33", "now": "2022-04-10T12:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Komplette Infra nicht erreichbar!! Gameserver, vServer, Webspace, alles.

Vermutung: unser Core-Router nach dem Config-Push von heute Nachmittag?? Zeiten MESZ, Monitoring-Export ist UTC.""",
    "comments": [
        ("210141", "Niklas Brandt", "2022-04-02T18:40", """Core router config ist sauber. Es ist der IPv4-Upstream: Routing-Komplikationen beim Dienstleister während ihrer routinemäßigen Netzwerkumstellung. Unser eigenes IPv6-Netz läuft, aber da sind zu wenige Kunden drauf um das aufzufangen."""),
        ("210142", "Niklas Brandt", "2022-04-02T18:46", """Seit 20:43 wieder da, sieht stabil aus -> Ticket zu."""),
        ("210143", "Mara Schulz", "2022-04-02T18:49", """Nope, seit 20:47 wieder komplett weg. Reopen."""),
        ("210144", "Mara Schulz", "2022-04-02T19:12", """Jetzt stabil, keine Verluste mehr. Monitoring-Export angehängt (mon0204-export.csv.txt, UTC!) und der Discord-Verlauf (ops0204-discord.txt, MESZ)."""),
        ("210145", "Mara Schulz", "2022-04-03T10:00", """Transparenzbericht (Entwurf): drei vollständige Paketverluste, 20:30:18 bis 20:34:21, 20:38:29 bis 20:43:16 und 20:47:47 bis 20:51:28 Uhr, effektiv 13 Minuten Gesamtausfall. Kunden wurden wenige Minuten nach Beginn über die Statusseite informiert."""),
    ],
    "changelog": [
        ("Mara Schulz", "2022-04-02T18:34", [("status", "Open", "In Progress")]),
        ("Niklas Brandt", "2022-04-02T18:46", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Mara Schulz", "2022-04-02T18:49", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Mara Schulz", "2022-04-03T10:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "mon0204-export.csv.txt", "zone": "UTC", "referenceDate": "2022-04-02", "text": """
check,target,state,since_utc,until_utc
icmp,edge-v4-all,DOWN,2022-04-02 18:30:18,2022-04-02 18:34:21
icmp,edge-v4-all,DOWN,2022-04-02 18:38:29,2022-04-02 18:43:16
icmp,edge-v4-all,DOWN,2022-04-02 18:47:47,2022-04-02 18:51:28
icmp,edge-v6-all,UP,2022-04-01 00:00:00,
"""},
        {"file": "ops0204-discord.txt", "zone": "Europe/Berlin", "referenceDate": "2022-04-02", "text": """
[20:31] Niklas: @here alles down?? uptime-bot: 40 alerts auf einmal
[20:36] Mara: Statusseite "Netzwerkstörung, wir untersuchen" ist raus
[20:41] Niklas: upstream sagt routine umstellung bei denen, routing komplikationen
[21:10] Mara: seit 20:51 keine Verluste mehr, Statusseite auf behoben
"""}],
    "expected": {
        "events": [["2022-04-02T18:30Z", ["edge-v4-all"]], ["2022-04-02T18:31Z", ["uptime-bot"]],
                   ["2022-04-02T18:36Z", ["Statusseite"]], ["2022-04-02T18:38Z", ["edge-v4-all"]],
                   ["2022-04-02T18:41Z", ["upstream"]], ["2022-04-02T18:47Z", ["edge-v4-all"]],
                   ["2022-04-02T18:51Z", ["keine Verluste"]]],
        "keyTimes": {
            "started": kt("2022-04-02T18:30Z", S, "icmp,edge-v4-all,DOWN,2022-04-02 18:30:18", "mon0204-export.csv.txt"),
            "detected": kt("2022-04-02T18:31Z", S, "uptime-bot: 40 alerts auf einmal", "ops0204-discord.txt"),
            "resolved": kt("2022-04-02T18:51Z", S, "20:47:47 bis 20:51:28 Uhr", "comment 210145")},
        "responders": [["Mara Schulz", None], ["Niklas Brandt", None]],
        "narrative": nar(["routing"], ["IPv6"], ["OPS-0204", "edge-v4-all"],
                         "On the evening of 2 April 2022 all of devstorage's products lost connectivity three times between 20:30 and 20:51 CEST (13 minutes in total) because of routing problems at its IPv4 upstream."),
    }})

# 4. Active911, 31 August 2019 - response/position/chat service --------------------------------------------------------
I.append({
    "id": "active911-2019-08-response-service-slack", "name": "Active911 outage 31 August 2019 (service behind response buttons, positions and chat not responding; monitoring alert 16:08 ET, rerouted to backup, full functionality 18:12 ET)",
    "issueId": "99403", "key": "A911-0831", "summary": "Response buttons / map positions / chat not updating",
    "reporter": "Dana Whitfield", "assignee": "Cody Marsh", "labels": ["sev1", "customer-impact"],
    "components": ["messaging", "mobile-apps"], "created": "2019-08-31T20:25", "now": "2019-10-10T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Agencies report responders can't hit Responding, positions frozen on the map, chat messages don't arrive. Alerts themselves still going out.

Guess: APNs/FCM push issue again like in July. Times Pacific unless noted.""",
    "comments": [
        ("210161", "Cody Marsh", "2019-08-31T20:50", """Push is fine. It's the messaging service behind responses, positions and chat - not responding, restarted it twice, it comes up and falls over again. Monitoring log pasted (a911-alerts.txt, UTC)."""),
        ("210162", "Dana Whitfield", "2019-08-31T21:40", """Decision: stop restarting, reroute to the backup. It was never scripted, so it's going to take a while."""),
        ("210163", "Dana Whitfield", "2019-08-31T22:30", """Full functionality back on the backup. Support says a Texas agency saw responses again around 3:15 our time. Watching it."""),
        ("210164", "Cody Marsh", "2019-09-01T17:00", """Customer email from a fire district: "responses haven't worked all afternoon". We have no data for when the service actually went unhealthy - the warning-level monitoring never fired, only the hard-down check did."""),
        ("210165", "Dana Whitfield", "2019-10-02T18:00", """Debrief is up on the blog: "On August 31 at 16:08 ET our monitoring alerted us that one of the services ... was not responding" and "we rerouted to a backup, restoring full functionality at 18:12 ET". Written in ET for the East Coast agencies."""),
    ],
    "changelog": [
        ("Cody Marsh", "2019-08-31T20:26", [("status", "Open", "In Progress")]),
        ("Dana Whitfield", "2019-08-31T22:31", [("status", "In Progress", "Monitoring")]),
        ("Dana Whitfield", "2019-10-02T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "a911-alerts.txt", "zone": "UTC", "referenceDate": "2019-08-31", "text": """
2019-08-31T20:08:03Z CRITICAL msgsvc-healthcheck: no response (3/3 probes) -> paging on-call
2019-08-31T20:19:44Z INFO msgsvc restart #1 (cmarsh)
2019-08-31T20:31:10Z CRITICAL msgsvc-healthcheck: no response (3/3 probes)
2019-08-31T20:47:52Z INFO msgsvc restart #2 (cmarsh)
2019-08-31T21:38:00Z INFO reroute to msgsvc-backup started
2019-08-31T22:12:27Z OK msgsvc-backup healthcheck passing, full traffic
"""}],
    "expected": {
        "events": [["2019-08-31T20:08Z", ["no response"]], ["2019-08-31T20:19Z", ["restart"]],
                   ["2019-08-31T20:47Z", ["restart"]], ["2019-08-31T21:38Z", ["reroute"]],
                   ["2019-08-31T22:12Z", ["healthcheck passing"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2019-08-31T20:08Z", S, "On August 31 at 16:08 ET our monitoring alerted us", "comment 210165"),
            "resolved": kt("2019-08-31T22:12Z", S, "restoring full functionality at 18:12 ET", "comment 210165")},
        "responders": [["Cody Marsh", None], ["Dana Whitfield", None]],
        "narrative": nar(["not responding"], ["backup"], ["A911-0831", "msgsvc"],
                         "On 31 August 2019 the service behind Active911's response buttons, position updates and chat stopped responding; monitoring alerted at 16:08 ET and full functionality returned at 18:12 ET after a reroute to a backup."),
    }})

# 5. Servinga, 23 September 2024 - edge routers fra1 -------------------------------------------------------------------
I.append({
    "id": "servinga-2024-09-edge-router-mm", "name": "Servinga fra1 network outage 23 September 2024 (ER2 linecard failure at ~18:30 CEST without impact, ER1 failure at ~19:55 CEST, restored 20:16, fully resolved ~22:04 CEST)",
    "issueId": "99404", "key": "NOC-2309", "summary": "fra1 extern nicht erreichbar - alle Kunden",
    "reporter": "Sarah Kellner", "assignee": "Felix Ortmann", "labels": ["p1", "fra1"],
    "components": ["edge", "noc"], "created": "2024-09-23T18:05", "now": "2024-10-01T12:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """Standort fra1 von extern komplett weg, alle Kunden betroffen, Mattermost explodiert.

First guess: DDoS gegen die Edge wie letzten Monat. Times CEST; our status page writes UTC+0, router log is UTC.""",
    "comments": [
        ("210181", "Felix Ortmann", "2024-09-23T18:20", """Not DDoS. ER2 lost a linecard earlier in the evening and ER1 carried everything alone, then ER1 failed too. Technician on the way to Telehouse. Connection back after the ER1 restart, but some transit paths still degraded. Router log pasted (noc2309-er-syslog.txt, UTC)."""),
        ("210182", "Sarah Kellner", "2024-09-23T20:55", """Status page moved to Observing / No Impact. Copy pasted (noc2309-status.txt, UTC+0)."""),
        ("210183", "Felix Ortmann", "2024-09-24T09:30", """RFO published 09:23 UTC: "at around 18:30 CEST, one of our edge routers (ER2) ... experienced a linecard failure ... no impact on the external reachability" and then a similar outage on the remaining ER1 at around 19:55 CEST, complete loss of external connectivity."""),
        ("210184", "Sarah Kellner", "2024-09-25T08:00", """For the PIR: the "fully resolved around 10.04pm CEST" in the status post is right, degradation via ER1 lasted until all upstream sessions were back. The restore at 20:16 was only the first step."""),
    ],
    "changelog": [
        ("Felix Ortmann", "2024-09-23T18:06", [("status", "Open", "In Progress")]),
        ("Sarah Kellner", "2024-09-23T20:56", [("status", "In Progress", "Monitoring")]),
        ("Felix Ortmann", "2024-09-25T08:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "noc2309-er-syslog.txt", "zone": "UTC", "referenceDate": "2024-09-23", "text": """
2024-09-23 16:30:12 er2.fra1 %LC-0-FAIL: linecard 0/2 failed, sessions moved to er1
2024-09-23 17:55:03 er1.fra1 %LC-0-FAIL: linecard 0/1 failed, all upstream BGP down
2024-09-23 17:55:21 mon-ext ALERT fra1 external reachability 0%
2024-09-23 18:16:40 er1.fra1 %SYS-5-RESTART: restart completed, BGP established 4/6
2024-09-23 20:04:10 er1.fra1 %BGP-5-ADJ: all 6 upstream sessions established
"""},
        {"file": "noc2309-status.txt", "zone": "UTC", "referenceDate": "2024-09-23", "text": """
Network outage - Full unavailability
Ongoing        Sep 23, 2024 17:55 UTC+0  There is currently a network disruption in Germany. Our technicians are working hard on a solution.
Investigating  Sep 23, 2024 18:16 UTC+0  The network connection has been restored. We are investigating how the problem occurred.
Investigating  Sep 23, 2024 18:22 UTC+0  The impact of this issue has been revised to Degradation.
Observing      Sep 23, 2024 20:51 UTC+0  Impact revised to No Impact. Issue has been fully resolved around 10.04pm CEST.
"""}],
    "expected": {
        "events": [["2024-09-23T16:30Z", ["linecard"]], ["2024-09-23T17:55Z", ["linecard", "network disruption"]],
                   ["2024-09-23T18:16Z", ["restored", "restart"]], ["2024-09-23T18:22Z", ["Degradation"]],
                   ["2024-09-23T20:04Z", ["sessions established"]], ["2024-09-23T20:51Z", ["No Impact"]]],
        "keyTimes": {
            "started": kt("2024-09-23T17:55Z", S, "a similar outage on the remaining ER1 at around 19:55 CEST", "comment 210183"),
            "detected": kt("2024-09-23T17:55Z", S, "ALERT fra1 external reachability 0%", "noc2309-er-syslog.txt"),
            "resolved": kt("2024-09-23T20:04Z", S, "the \"fully resolved around 10.04pm CEST\" in the status post is right", "comment 210184")},
        "responders": [["Felix Ortmann", None], ["Sarah Kellner", None]],
        "narrative": nar(["linecard"], ["restart"], ["NOC-2309", "er1.fra1"],
                         "On 23 September 2024 both edge routers of Servinga's fra1 site failed one after the other; the site had no external connectivity from about 19:55 CEST, was reachable again at 20:16 and fully resolved around 22:04 CEST."),
    }})

# 6. NTT Docomo, 14-15 October 2021 - seen from an MVNO's NOC ---------------------------------------------------------
I.append({
    "id": "docomo-2021-10-mvno-line", "name": "NTT Docomo nationwide outage 14-15 October 2021 (IoT server switch-over work, from around 5 p.m.; 'fixed' 7:57 p.m. but congestion; 4G/5G normal 5:05 a.m. on the 15th, 3G around 10 p.m.), seen from an MVNO on Docomo's network",
    "issueId": "99405", "key": "MVNO-1014", "summary": "docomo回線SIM 通話・データ不可 (全国)",
    "reporter": "Haruto Kimura", "assignee": "Yui Matsuda", "labels": ["障害", "carrier"],
    "components": ["noc", "support"], "created": "2021-10-14T08:20", "now": "2021-11-20T00:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """docomo回線のSIMで通話・データ不可の問い合わせ多数。Customers say no antenna bars / "SIMなし".

First guess: our own PGW - it was upgraded last night. Times JST.""",
    "comments": [
        ("210201", "Haruto Kimura", "2021-10-14T08:55", """PGW is fine, it is docomo side. docomo: 17時頃から全国で音声・データ通信が利用しづらい状況. LINE group export pasted (noc1014-line.txt, JST)."""),
        ("210202", "Yui Matsuda", "2021-10-14T11:05", """docomo now says the fault was fixed around 7:57 p.m. - but our tickets are still coming in, network congested, location registration failing. Not over for our users."""),
        ("210203", "Yui Matsuda", "2021-10-14T20:30", """docomo: 4G/5G returned to normal at 5:05 a.m. Our SIMs are 4G/5G data+voice only, so that is our end. 3G still broken, we have no 3G customers."""),
        ("210204", "Haruto Kimura", "2021-10-15T13:30", """docomo press: 全面復旧 around 22:00 today (3G). Not relevant for our users. Minister calls it a serious incident."""),
        ("210205", "Haruto Kimura", "2021-11-12T02:00", """振り返り: for our customers the outage ran from around 17:00 on the 14th (IoT server switch-over work at docomo) to the 15th when 4G/5G were normal again. First customer call reached support 17:06. docomo report: 12.9 million users affected."""),
    ],
    "changelog": [
        ("Yui Matsuda", "2021-10-14T08:21", [("status", "Open", "In Progress")]),
        ("Yui Matsuda", "2021-10-14T20:31", [("status", "In Progress", "Monitoring")]),
        ("Haruto Kimura", "2021-11-12T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc1014-line.txt", "zone": "Asia/Tokyo", "referenceDate": "2021-10-14", "text": """
2021.10.14 木曜日
17:06 Haruto Kimura サポートから: docomo回線 圏外/SIMなし の問い合わせ 3件
17:11 Yui Matsuda PGW正常。自社じゃない?
17:40 Haruto Kimura docomo障害情報ページ出た 全国 音声/データ
19:57 Yui Matsuda docomo: 設備は復旧 → でも輻輳で繋がらない
22:10 Haruto Kimura 問い合わせ累計 1,240件
2021.10.15 金曜日
05:05 Yui Matsuda docomo: 4G/5G 正常に戻った
08:30 Haruto Kimura 問い合わせ通常レベル
"""}],
    "expected": {
        "events": [["2021-10-14T08:06Z", ["問い合わせ 3件"]], ["2021-10-14T08:40Z", ["障害情報"]],
                   ["2021-10-14T10:57Z", ["復旧"]], ["2021-10-14T13:10Z", ["1,240"]],
                   ["2021-10-14T20:05Z", ["4G/5G"]]],
        "keyTimes": {
            "started": kt("2021-10-14T08:00Z", S, "the outage ran from around 17:00 on the 14th", "comment 210205"),
            "detected": kt("2021-10-14T08:06Z", S, "docomo回線 圏外/SIMなし の問い合わせ 3件", "noc1014-line.txt"),
            "resolved": kt("2021-10-14T20:05Z", S, "4G/5G returned to normal at 5:05 a.m.", "comment 210203")},
        "responders": [["Yui Matsuda", None], ["Haruto Kimura", None]],
        "narrative": nar(["switch-over"], ["returned to normal"], ["MVNO-1014", "PGW"],
                         "From around 5 p.m. on 14 October 2021 Docomo's network, and with it the MVNO's SIMs, could not reliably carry calls or data; the fault was fixed at 7:57 p.m. but congestion lasted until 4G/5G returned to normal at 5:05 a.m. on the 15th."),
    }})

# 7. Bangladesh national grid failure, 4 October 2022 - a Dhaka hospital's facilities team ------------------------------
I.append({
    "id": "bangladesh-2022-10-grid-hospital-whatsapp", "name": "Bangladesh national grid failure 4 October 2022 (blackout from 2:05 pm across Dhaka, Chattogram, Sylhet; normal by about 10 pm), seen from a Dhaka hospital's facilities team",
    "issueId": "99406", "key": "FAC-0410", "summary": "Mains power lost whole campus - running on generators",
    "reporter": "Tanvir Ahmed", "assignee": "Nusrat Jahan", "labels": ["utilities", "critical-care"],
    "components": ["facilities", "biomedical"], "created": "2022-10-04T08:30", "now": "2022-10-20T06:00:00Z",
    "defaultZone": "Asia/Dhaka",
    "description": """Mains gone for the whole campus, all three incomers. ICU and OT on UPS + generators, OK for now. Gen-2 running hot.

First thought: our own 11kV incoming breaker tripped again (it did last month) - electrician sent to the substation room. Times are Bangladesh time (+6).""",
    "comments": [
        ("210221", "Tanvir Ahmed", "2022-10-04T08:50", """Not our breaker. DPDC says national grid collapse, no electricity in the whole of Dhaka since 2:05 pm. Facilities WhatsApp group pasted (fac0410-whatsapp.txt)."""),
        ("210222", "Nusrat Jahan", "2022-10-04T11:30", """TV: power back at Bangabhaban / Ganabhaban around 5pm. Not us. Diesel at 40%, supplier on the way."""),
        ("210223", "Nusrat Jahan", "2022-10-04T17:10", """Mains stable now, generators off. Problem: nobody wrote down when the DPDC feeder came back, and the ATS event log overwrote itself (gen-2 alarms flooding it). Night shift only says "sometime in the evening"."""),
        ("210224", "Tanvir Ahmed", "2022-10-12T06:00", """Review: mains lost at 2:05 pm with the national grid failure. Ministry said normalcy nationally by about 10pm, but we cannot say the minute our own feeder returned. Actions: bigger ATS log buffer, second diesel contract, gen-2 radiator service."""),
    ],
    "changelog": [
        ("Nusrat Jahan", "2022-10-04T08:31", [("status", "Open", "In Progress")]),
        ("Nusrat Jahan", "2022-10-04T17:11", [("status", "In Progress", "Monitoring")]),
        ("Tanvir Ahmed", "2022-10-12T06:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "fac0410-whatsapp.txt", "zone": "Asia/Dhaka", "referenceDate": "2022-10-04", "text": """
04/10/2022, 2:05 pm - Rashed Electrician: Mains fail all 3 incomers, gen 1 2 3 started
04/10/2022, 2:07 pm - Dr. Farhana ICU: ventilators on UPS ok, AC off in ICU
04/10/2022, 2:40 pm - Rashed Electrician: our 11kv breaker is fine, no supply from DPDC side
04/10/2022, 3:20 pm - Rashed Electrician: gen-2 high temp trip, load shed OPD + admin block
04/10/2022, 4:10 pm - Tanvir Ahmed: diesel supplier coming, 2000 ltr
04/10/2022, 7:00 pm - Nusrat Jahan: news says Sylhet Chattogram restored, Dhaka partial
"""}],
    "expected": {
        "events": [["2022-10-04T08:05Z", ["Mains fail"]], ["2022-10-04T08:07Z", ["ventilators"]],
                   ["2022-10-04T08:40Z", ["11kv"]], ["2022-10-04T09:20Z", ["gen-2"]],
                   ["2022-10-04T10:10Z", ["diesel"]], ["2022-10-04T13:00Z", ["restored"]]],
        "keyTimes": {
            "started": kt("2022-10-04T08:05Z", S, "mains lost at 2:05 pm with the national grid failure", "comment 210224"),
            "detected": kt("2022-10-04T08:05Z", S, "Mains fail all 3 incomers, gen 1 2 3 started", "fac0410-whatsapp.txt"),
            "resolved": kt(None, U)},
        "responders": [["Nusrat Jahan", None], ["Tanvir Ahmed", None], ["Rashed Electrician", None]],
        "narrative": nar(["national grid"], ["generators"], ["FAC-0410", "gen-2"],
                         "On 4 October 2022 Bangladesh's national grid failed at 2:05 pm; the hospital ran on generators until its feeder came back some time in the evening (normal nationally by about 10 pm)."),
    }})

# 8. New Zealand demand shedding, 9 August 2021 - a North Island lines company ----------------------------------------
I.append({
    "id": "transpower-2021-08-demand-shed-lineco", "name": "New Zealand 9 August 2021 demand event (record demand, Transpower grid emergency notice, some 34,000 customers cut without warning), seen from a North Island lines company's control room",
    "issueId": "99407", "key": "CTRL-0908", "summary": "Rolling outages Hastings / Taupō feeders - customer calls",
    "reporter": "Aroha Ngata", "assignee": "Mike Thornton", "labels": ["outage", "grid-emergency"],
    "components": ["network-control", "contact-centre"], "created": "2021-08-09T07:15", "now": "2021-09-01T00:00:00Z",
    "defaultZone": "Pacific/Auckland",
    "description": """Customers off across Hastings and Taupō feeders, rolling. Call queue huge, Kia ora message on the IVR not enough.

First assumption in the contact centre: snow/storm damage on the 33kV (cold snap). Times NZST.""",
    "comments": [
        ("210241", "Mike Thornton", "2021-08-09T07:40", """Not storm damage. Transpower grid emergency - we were given a demand reduction target and shed feeder blocks to meet it. Control log pasted (ctrl0908-log.txt, NZST)."""),
        ("210242", "Mike Thornton", "2021-08-09T09:20", """Transpower withdrew the notice at 9pm. Our feeders were all back before that - see log."""),
        ("210243", "Aroha Ngata", "2021-08-10T02:00", """Transpower statement: record demand of about 7,100 MW between 6 pm and 6:30 pm. RNZ says it should have resolved around 8pm. EA is reviewing, says cuts without warning are not acceptable."""),
        ("210244", "Aroha Ngata", "2021-08-20T01:00", """PIR: customers lost supply when we shed the first feeder block at 7:02pm; the last feeders were restored at 8:31pm. The allocation we got was too high (Transpower's demand allocation tool, see the EA review). Hot water ripple control from 6:12pm is not an outage for customers."""),
    ],
    "changelog": [
        ("Mike Thornton", "2021-08-09T07:16", [("status", "Open", "In Progress")]),
        ("Mike Thornton", "2021-08-09T09:21", [("status", "In Progress", "Monitoring")]),
        ("Aroha Ngata", "2021-08-20T01:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ctrl0908-log.txt", "zone": "Pacific/Auckland", "referenceDate": "2021-08-09", "text": """
NETWORK CONTROL LOG 09/08/21 (NZST)
17:40  Transpower CAN: low residual, tight evening peak
18:00  Transpower grid emergency notice: reduce demand all regions
18:12  ripple control: hot water load off all zones
18:47  Transpower demand allocation received: 45 MW
19:02  feeder block A shed (Hastings, 11 feeders), rolling 30 min
19:04  contact centre queue 300+
19:33  block A restored, block B shed (Taupo)
20:31  last feeders restored, shedding stopped
21:00  Transpower notice withdrawn
"""}],
    "expected": {
        "events": [["2021-08-09T05:40Z", ["CAN"]], ["2021-08-09T06:00Z", ["grid emergency notice"]], ["2021-08-09T06:12Z", ["hot water"]],
                   ["2021-08-09T06:47Z", ["allocation"]], ["2021-08-09T07:02Z", ["block A shed"]],
                   ["2021-08-09T07:33Z", ["block B"]], ["2021-08-09T08:31Z", ["last feeders"]],
                   ["2021-08-09T09:00Z", ["withdrawn"]]],
        "keyTimes": {
            "started": kt("2021-08-09T07:02Z", S, "customers lost supply when we shed the first feeder block at 7:02pm", "comment 210244"),
            "detected": kt("2021-08-09T07:02Z", S, "feeder block A shed (Hastings, 11 feeders)", "ctrl0908-log.txt"),
            "resolved": kt("2021-08-09T08:31Z", S, "the last feeders were restored at 8:31pm", "comment 210244")},
        "responders": [["Mike Thornton", None], ["Aroha Ngata", None]],
        "narrative": nar(["record demand"], ["restored"], ["CTRL-0908", "block A"],
                         "On the evening of 9 August 2021 record demand and a Transpower grid emergency led the lines company to cut feeder blocks in Hastings and Taupō without warning from 7:02pm until 8:31pm."),
    }})

# 9. Liverpool Street signalling fault, 30 October 2018 - a train operator's control ----------------------------------
I.append({
    "id": "lst-2018-10-signal-fault-control", "name": "Liverpool Street signalling fault 30 October 2018 (trains halted just after 10.45am, signalling back just before 11.45, delays and cancellations into the early afternoon), seen from a train operator's control",
    "issueId": "99408", "key": "TOC-3010", "summary": "All services in/out of Liverpool Street stopped - signalling",
    "reporter": "Priya Nair", "assignee": "Gareth Lloyd", "labels": ["disruption", "level-3"],
    "components": ["control", "customer-information"], "created": "2018-10-30T10:58", "now": "2018-11-15T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """All trains in/out of Liverpool Street stopped, platforms packed, trains held outside.

First guess from the station: points failure at Bethnal Green. Times UK (GMT since Sunday).""",
    "comments": [
        ("210261", "Gareth Lloyd", "2018-10-30T11:10", """Network Rail confirms a signalling fault at Liverpool Street itself, not points at Bethnal Green. Expect 30 min+ delays, likely until at least 1pm. Control log pasted (lst3010-log.txt)."""),
        ("210262", "Priya Nair", "2018-10-30T11:50", """NR: signalling system back up and running just before 11.45. Services returning to normal, cancellations continue. Ticket acceptance on TfL still on."""),
        ("210263", "Priya Nair", "2018-10-30T13:20", """Timetable recovered; the last cancellations were the 12:58s. The local paper updated its story at 11:49 with the "back up" line."""),
        ("210264", "Gareth Lloyd", "2018-11-06T10:00", """Review: signals dropped just after 10.45am (TD shows 10:46). NR control rang us about two minutes later - that was our first knowledge, passengers were tweeting after that. Service ran to timetable again from 13:05."""),
    ],
    "changelog": [
        ("Gareth Lloyd", "2018-10-30T10:59", [("status", "Open", "In Progress")]),
        ("Priya Nair", "2018-10-30T11:51", [("status", "In Progress", "Monitoring")]),
        ("Gareth Lloyd", "2018-11-06T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "lst3010-log.txt", "zone": "Europe/London", "referenceDate": "2018-10-30", "text": """
CONTROL LOG 30/10/2018
10:46:20  TD: loss of indications Liverpool St area, all signals at danger (NR)
10:52  station: 9 trains held in platforms, 4 outside
11:05  NR MOM on site, fault in interlocking
11:44  NR: signalling restored, first departures authorised
12:30  recovery plan: 14 cancellations, 30-60 min delays
13:05  service running to timetable
"""}],
    "expected": {
        "events": [["2018-10-30T10:46Z", ["loss of indications"]], ["2018-10-30T10:52Z", ["trains held"]],
                   ["2018-10-30T11:05Z", ["interlocking"]], ["2018-10-30T11:44Z", ["signalling restored"]],
                   ["2018-10-30T12:30Z", ["cancellations"]], ["2018-10-30T13:05Z", ["timetable"]]],
        "keyTimes": {
            "started": kt("2018-10-30T10:46Z", S, "signals dropped just after 10.45am (TD shows 10:46)", "comment 210264"),
            "detected": kt("2018-10-30T10:48Z", I_, "NR control rang us about two minutes later", "comment 210264"),
            "resolved": kt("2018-10-30T13:05Z", S, "Service ran to timetable again from 13:05", "comment 210264")},
        "responders": [["Gareth Lloyd", None], ["Priya Nair", None]],
        "narrative": nar(["signalling fault"], ["signalling restored"], ["TOC-3010"],
                         "On 30 October 2018 a signalling fault stopped all trains in and out of Liverpool Street just after 10.45am; signalling was back just before 11.45 and services ran to timetable again in the early afternoon."),
    }})

# 10. SGX power outage, 5 November 2014 - a broker's equities dealing desk ----------------------------------------------
I.append({
    "id": "sgx-2014-11-power-outage-desk", "name": "Singapore Exchange outage 5 November 2014 (power supply issues, participants disconnected at 2.18pm, halt declared 2.51pm, securities reopened 5.15pm, derivatives 7pm), seen from a broker's equities desk",
    "issueId": "99409", "key": "DESK-0511", "summary": "All SGX sessions down - cannot send or cancel orders",
    "reporter": "Tan Wei Ling", "assignee": "Arjun Menon", "labels": ["exchange-outage", "sev1"],
    "components": ["equities-dealing", "connectivity"], "created": "2014-11-05T06:40", "now": "2014-11-20T02:00:00Z",
    "defaultZone": "Asia/Singapore",
    "description": """All SGX sessions down, cannot send orders or cancels. Clients calling the desk.

First thought: our own OMS gateway (the patch from Monday night). Times SGT.""",
    "comments": [
        ("210281", "Arjun Menon", "2014-11-05T07:00", """Not our gateway. SGX notice: participants were disconnected at 14:18 due to multiple power supply issues affecting the hardware for participant connectivity; formal trading halt declared at 2.51pm. Desk chat pasted (desk0511-ib.txt, SGT)."""),
        ("210282", "Arjun Menon", "2014-11-05T09:20", """Securities reopened 5.15pm after the 5pm pre-open. Trading extended for the 30 min minimum; closing session 5.45pm, close 5.51pm."""),
        ("210283", "Tan Wei Ling", "2014-11-05T11:10", """Derivatives reopened at 7pm - not our desk (we are equities only), FYI for the futures team."""),
        ("210284", "Tan Wei Ling", "2014-11-10T02:00", """Review: sessions dropped at 2.18pm when SGX disconnected participants; our desk noticed about a minute after (FIX heartbeat alarm on the desk screen, not logged). Clients could trade again from the 5.15pm reopen. SGX has set up a board of inquiry."""),
    ],
    "changelog": [
        ("Arjun Menon", "2014-11-05T06:41", [("status", "Open", "In Progress")]),
        ("Arjun Menon", "2014-11-05T09:21", [("status", "In Progress", "Monitoring")]),
        ("Tan Wei Ling", "2014-11-10T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "desk0511-ib.txt", "zone": "Asia/Singapore", "referenceDate": "2014-11-05", "text": """
14:23 <weiling> all SGX sessions down, helpdesk lines busy
14:51 <arjun> SGX: formal trading halt declared
15:40 <weiling> SGX: not a cyber attack, power supply issue
17:00 <arjun> pre-open started, orders going in
17:15 <arjun> market open, first fills
17:51 <arjun> closed
"""}],
    "expected": {
        "events": [["2014-11-05T06:18Z", ["disconnected"]], ["2014-11-05T06:23Z", ["sessions down"]],
                   ["2014-11-05T06:51Z", ["halt"]], ["2014-11-05T07:40Z", ["power supply"]],
                   ["2014-11-05T09:00Z", ["pre-open"]], ["2014-11-05T09:15Z", ["market open"]],
                   ["2014-11-05T09:51Z", ["closed"]]],
        "keyTimes": {
            "started": kt("2014-11-05T06:18Z", S, "sessions dropped at 2.18pm when SGX disconnected participants", "comment 210284"),
            "detected": kt("2014-11-05T06:19Z", I_, "our desk noticed about a minute after", "comment 210284"),
            "resolved": kt("2014-11-05T09:15Z", S, "Clients could trade again from the 5.15pm reopen", "comment 210284")},
        "responders": [["Arjun Menon", None], ["Tan Wei Ling", None]],
        "narrative": nar(["power supply"], ["reopen"], ["DESK-0511"],
                         "On 5 November 2014 power supply issues at SGX disconnected all participants at 2.18pm; securities trading was halted and reopened at 5.15pm."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

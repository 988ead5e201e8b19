"""Held-out 30 incidents: compact specs. Five software / cloud incidents seen from a customer's or vendor's ticket
(Google Cloud Service Control, Cloudflare's Tenant API, Azure Front Door under DDoS, Cloudflare-AWS us-east-1
congestion, Slack's database maintenance) and five outside software companies (a London electricity distributor in
the 2003 blackout, an airline station during a system-wide ground stop, a Havana hospital in Cuba's grid collapse, a
UK cable operator's network operations, a North Sea vessel operator on Starlink). Timeline facts from public
statements (SOURCES-heldout30.md); people, ticket keys, chat wording, wrong first guesses and the minutes marked
invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Google Cloud, 12 June 2025 - Service Control crash, seen from a Sao Paulo payments API --------------------------
I.append({
    "id": "gcp-2025-06-servicecontrol-gchat", "name": "Google Cloud API outage 12 June 2025 (Service Control null pointer; 10:51 PDT start, majority restored 1:49 PM PDT, us-central1 last), seen from a Sao Paulo payments API team",
    "issueId": "98900", "key": "BOL-1206", "summary": "boleto-api 5xx em massa - clientes não conseguem emitir boletos",
    "reporter": "Thiago Nunes", "assignee": "Rafaela Campos", "labels": ["sev1", "clientes"],
    "components": ["boleto-api", "infra-gcp"], "created": "2025-06-12T18:04", "now": "2025-06-25T12:00:00Z",
    "defaultZone": "America/Sao_Paulo",
    "description": """API de cobrança devolvendo 503 em rajada desde mais ou menos 15h. Clientes não conseguem emitir boletos, suporte lotado.

Primeiro palpite: o release do auth-middleware (v4.18) que subiu hoje à tarde. Fazendo rollback. Horário de Brasília.""",
    "comments": [
        ("223000", "Rafaela Campos", "2025-06-12T18:20", """Rollback of v4.18 finished, zero change. The 503s come from Google APIs under us (Cloud Storage + Secret Manager: "Visibility check was unavailable"). GCP status page has a multi-product incident. Our Google Chat thread is pasted (gchat-bol1206.txt, BRT) and the status posts (gcp-status-bol1206.txt, PDT as Google prints them)."""),
        ("223001", "Thiago Nunes", "2025-06-12T19:35", """Partial recovery here too, Secret Manager answering again from southamerica-east1. us-central1 still bad and that is where our workers run."""),
        ("223002", "Thiago Nunes", "2025-06-12T21:05", """Error rate flat at baseline for a while now. Moving to Monitoring; Google still shows the incident open (they list lingering products)."""),
        ("223003", "Rafaela Campos", "2025-06-17T13:00", """Retro notes (escrevendo antes que esqueça): impact for our clients ran 14:51 → 17:49 (BRT), i.e. 10:51 to 1:49 PM PDT. Google's first dashboard window read 10:49 AM to 1:49 PM PDT; our first 503 is at 10:51 like their final report. The pager alert that pulled us in came two minutes after the first 503. Google's later "ended 18:18" line covers their long tail (Dataflow and friends), not us. The crashing code had been rolled out region by region on May 29 and sat dormant until a policy change with blank fields hit it."""),
        ("223004", "Rafaela Campos", "2025-06-18T09:30", """Google's incident report is linked: a null pointer in Service Control, no feature flag, a red-button ready about 25 minutes in, rollout done around 40 minutes in; us-central1 took longer because the restarts created a herd effect on the regional datastore. Action for us: workers in a second region."""),
    ],
    "changelog": [
        ("Rafaela Campos", "2025-06-12T18:05", [("status", "Open", "In Progress")]),
        ("Thiago Nunes", "2025-06-12T21:06", [("status", "In Progress", "Monitoring")]),
        ("Rafaela Campos", "2025-06-18T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "gchat-bol1206.txt", "zone": "America/Sao_Paulo", "referenceDate": "2025-06-12", "text": """
Rafaela Campos, 14:53
🔔 PagerDuty: boleto-api 5xx > 20% for 2 min (incident #4471)
Thiago Nunes, 14:55
foi o deploy do auth-middleware? rollback?
Rafaela Campos, 15:02
rollback v4.18 iniciando
Thiago Nunes, 15:30
não é nosso. storage.googleapis.com devolvendo 503 até pro gsutil do meu note
Rafaela Campos, 16:09
Secret Manager voltando em southamerica-east1, us-central1 ainda não
Thiago Nunes, 17:49
5xx na linha de base 🎉 workers de us-central1 ok
"""},
        {"file": "gcp-status-bol1206.txt", "zone": "America/Los_Angeles", "referenceDate": "2025-06-12", "text": """
Multiple GCP products are experiencing Service issues with API requests
12 Jun 2025 11:46 PDT - We are investigating service issues impacting multiple products. Next update at 12:15 PDT.
12 Jun 2025 12:09 PDT - Mitigations in progress; partial recovery observed in some locations. No ETA for full resolution.
12 Jun 2025 12:30 PDT - Full recovery in all regions except us-central1, which is mostly recovered.
Incident began at 2025-06-12 10:51 and ended at 2025-06-12 18:18 (all times are US/Pacific).
"""}],
    "expected": {
        "events": [["2025-06-12T17:51Z", ["impact", "began"]], ["2025-06-12T17:53Z", ["PagerDuty"]],
                   ["2025-06-12T18:46Z", ["investigating"]], ["2025-06-12T19:09Z", ["partial recovery"]],
                   ["2025-06-12T19:30Z", ["us-central1"]], ["2025-06-12T20:49Z", ["impact", "linha de base"]],
                   ["2025-06-13T01:18Z", ["ended"]]],
        "keyTimes": {
            "started": kt("2025-06-12T17:51Z", S, "impact for our clients ran 14:51 → 17:49 (BRT)", "comment 223003"),
            "detected": kt("2025-06-12T17:53Z", S, "PagerDuty: boleto-api 5xx > 20% for 2 min", "gchat-bol1206.txt"),
            "resolved": kt("2025-06-12T20:49Z", S, "impact for our clients ran 14:51 → 17:49 (BRT)", "comment 223003")},
        "responders": [["Rafaela Campos", None], ["Thiago Nunes", None]],
        "narrative": nar(["null pointer"], ["red-button"], ["BOL-1206", "boleto-api"],
                         "On 12 June 2025 a Google Cloud API outage made the payments API fail for its clients from 10:51 to 1:49 PM PDT (14:51-17:49 in Sao Paulo)."),
    }})

# 2. Cloudflare, 12 September 2025 - Tenant Service overload, seen from a Berlin platform team ------------------------
I.append({
    "id": "cloudflare-2025-09-tenantapi-ci", "name": "Cloudflare dashboard and API outage 12 September 2025 (Tenant Service overwhelmed from 17:57 UTC after a dashboard bug and a Tenant API deploy), seen from a Berlin platform team whose Terraform pipeline failed",
    "issueId": "98901", "key": "PLAT-912", "summary": "Terraform apply gegen Cloudflare schlägt fehl - Release herbst-2 blockiert",
    "reporter": "Leonie Hartmann", "assignee": "Emre Aydin", "labels": ["release-blocker"],
    "components": ["platform", "ci"], "created": "2025-09-12T18:09", "now": "2025-09-30T12:00:00Z",
    "defaultZone": "Europe/Berlin", "priority": "High",
    "description": """Terraform apply in der Pipeline scheitert an jeder Cloudflare-Ressource (DNS + WAF). Release herbst-2 blockiert, im Dashboard kann auch keiner DNS-Einträge ändern.

Erster Verdacht: unser API-Token wurde vom Vault-Rotationsjob heute Nachmittag ersetzt und die Pipeline hat noch das alte. Zeiten MESZ wenn nicht anders markiert.""",
    "comments": [
        ("223010", "Emre Aydin", "2025-09-12T18:25", """Token ist ok - the verify endpoint answers 200 once, then 5xx four times in a row. It's Cloudflare's API, their status page lists dashboard and API errors. CI log excerpt attached (ci-plat912.txt, UTC as GitLab prints it)."""),
        ("223011", "Leonie Hartmann", "2025-09-12T18:40", """API looks better right now (a plan ran through), dashboard still throws errors. Not re-running the release tonight, freeze until tomorrow morning."""),
        ("223012", "Leonie Hartmann", "2025-09-13T08:15", """Re-ran herbst-2 at 10:05, green. Closing. Note for the review: we don't know when the API was really usable again for us. The nightly drift check is disabled and nobody retried after the freeze."""),
        ("223013", "Birgit Sommer", "2025-09-16T09:00", """Nachbetrachtung: Cloudflare's write-up says a dashboard release at 16:32 UTC carried a React useEffect bug that called their Tenant Service over and over, a new Tenant API version was deployed at 17:50 UTC, and at 17:57 UTC the Tenant Service was overwhelmed (IMPACT START in their table). That matches our first failed apply. At 18:17 UTC, after they gave the Tenant Service more resources, the API climbed to 98% while the dashboard stayed down. Their API had two bad periods; when the second one ended for our pipeline nobody can tell from our side. Our sites (data plane) were never affected."""),
    ],
    "changelog": [
        ("Emre Aydin", "2025-09-12T18:10", [("status", "Open", "In Progress")]),
        ("Leonie Hartmann", "2025-09-13T08:16", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ci-plat912.txt", "zone": "UTC", "referenceDate": "2025-09-12", "text": """
2025-09-12T17:57:41Z $ terraform apply -auto-approve plan.tfplan
2025-09-12T17:57:44Z cloudflare_record.api_eu: Modifying... [id=7f3c...]
2025-09-12T17:57:46Z Error: error updating DNS record: 503 Service Unavailable (code 10000)
2025-09-12T17:57:46Z ERROR: Job failed: exit code 1
2025-09-12T18:03:10Z pipeline-watch: 3 consecutive failed deploy jobs on main -> paging platform on-call (Emre Aydin)
2025-09-12T18:21:05Z $ curl -s .../user/tokens/verify -> 200 {"success":true}; next 4 tries 500/503
"""}],
    "expected": {
        "events": [["2025-09-12T16:32Z", ["dashboard release"]], ["2025-09-12T17:50Z", ["Tenant API"]],
                   ["2025-09-12T17:57Z", ["503", "overwhelmed"]], ["2025-09-12T18:03Z", ["paging"]],
                   ["2025-09-12T18:17Z", ["98%"]]],
        "keyTimes": {
            "started": kt("2025-09-12T17:57Z", S, "Error: error updating DNS record: 503 Service Unavailable", "ci-plat912.txt"),
            "detected": kt("2025-09-12T18:03Z", S, "3 consecutive failed deploy jobs on main", "ci-plat912.txt"),
            "resolved": kt(None, U)},
        "responders": [["Emre Aydin", None], ["Leonie Hartmann", None], ["Birgit Sommer", None]],
        "narrative": nar(["useEffect"], ["more resources"], ["PLAT-912", "herbst-2"],
                         "On 12 September 2025 Cloudflare's dashboard and API failed from 17:57 UTC; the team could not deploy DNS and WAF changes until the next morning, and when the API was usable again for it is not known."),
    }})

# 3. Azure Front Door, 30 July 2024 - DDoS defence amplified the attack, seen from an Amsterdam ticketing SaaS ---------
I.append({
    "id": "azure-2024-07-afd-ddos-teams", "name": "Azure Front Door / CDN disruption 30 July 2024 (DDoS protection error amplified an attack; main impact 11:45-13:58 UTC, low-rate timeouts for a smaller set until 19:43 UTC), seen from an Amsterdam ticketing SaaS",
    "issueId": "98902", "key": "TIX-3007", "summary": "Checkout en login time-outs voor deel van klanten (AFD)",
    "reporter": "Sanne de Vries", "assignee": "Daan Bakker", "labels": ["p1", "afd"],
    "components": ["checkout", "edge"], "created": "2024-07-30T11:58", "now": "2024-08-15T12:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Checkout- en loginpagina's lopen in time-outs voor een deel van de klanten (vooral NL en DE). Frontend gaat via Azure Front Door.

Eerste gok: onze eigen WAF-regel van vanochtend (rate limit op /api/basket) blokkeert legitiem verkeer - draaien we terug. Tijden CEST tenzij anders vermeld.""",
    "comments": [
        ("223020", "Sanne de Vries", "2024-07-30T12:30", """Rate-limit rule rolled back, no difference. Azure status: "Azure Front Door - issues accessing a subset of Microsoft services", and the portal itself is flaky. Teams thread pasted (teams-tix3007.txt, CEST)."""),
        ("223021", "Sanne de Vries", "2024-07-30T14:20", """Synthetics green from all six locations for a while now. Microsoft's status says their network configuration changes mitigated the majority of impact by 14:10 UTC. Keeping it open, the Azure incident is still active."""),
        ("223022", "Daan Bakker", "2024-07-30T20:05", """Microsoft: failure rates returned to pre-incident levels by 19:43 UTC. Resolving."""),
        ("223023", "Daan Bakker", "2024-08-03T09:00", """PIR summary (tracking ID KTY1-HW8), written up on Saturday: between 10:15 and 10:45 UTC a volumetric SYN flood DDoS hit AFD and was mitigated automatically with minimal impact. Customer impact for the main group of customers 11:45-13:58 UTC, when the DDoS protection was disengaging and an error in its implementation amplified the attack; a smaller set of customers saw a low rate of timeouts until 19:43 UTC. Our synthetics and access logs put us in the first group only: first timeout 13:45 CEST, last one 15:58 CEST. So for us: 11:45 → 13:58 UTC. The WAF rollback did nothing."""),
    ],
    "changelog": [
        ("Daan Bakker", "2024-07-30T11:59", [("status", "Open", "In Progress")]),
        ("Sanne de Vries", "2024-07-30T14:21", [("status", "In Progress", "Monitoring")]),
        ("Daan Bakker", "2024-07-30T20:06", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-tix3007.txt", "zone": "Europe/Amsterdam", "referenceDate": "2024-07-30", "text": """
[30-7-2024 13:49] Monitoring Bot: ALERT synthetic 'checkout-nl' timeout x3 (AMS, FRA) - sev 2
[30-7-2024 13:51] Sanne de Vries: kijk ik naar. onze rate limit?
[30-7-2024 14:12] Daan Bakker: rate limit teruggedraaid, nog steeds timeouts
[30-7-2024 14:40] Sanne de Vries: Azure status page heeft een AFD incident, portal ook traag
[30-7-2024 15:58] Monitoring Bot: RESOLVED synthetic 'checkout-nl' (all locations)
[30-7-2024 21:50] Daan Bakker: MS zegt failure rates normaal sinds 21:43 onze tijd, ik sluit
"""}],
    "expected": {
        "events": [["2024-07-30T10:15Z", ["SYN flood"]], ["2024-07-30T10:45Z", ["SYN flood"]],
                   ["2024-07-30T11:45Z", ["customer impact", "for us"]], ["2024-07-30T11:49Z", ["ALERT"]],
                   ["2024-07-30T13:58Z", ["RESOLVED", "for us"]], ["2024-07-30T14:10Z", ["majority"]],
                   ["2024-07-30T19:43Z", ["pre-incident", "failure rates"]]],
        "keyTimes": {
            "started": kt("2024-07-30T11:45Z", S, "So for us: 11:45 → 13:58 UTC.", "comment 223023"),
            "detected": kt("2024-07-30T11:49Z", S, "ALERT synthetic 'checkout-nl' timeout x3 (AMS, FRA)", "teams-tix3007.txt"),
            "resolved": kt("2024-07-30T13:58Z", S, "So for us: 11:45 → 13:58 UTC.", "comment 223023")},
        "responders": [["Sanne de Vries", None], ["Daan Bakker", None]],
        "narrative": nar(["DDoS"], ["network configuration changes"], ["TIX-3007", "checkout-nl"],
                         "On 30 July 2024 an Azure Front Door disruption made checkout and login time out for part of the customers from 13:45 to 15:58 CEST (11:45-13:58 UTC)."),
    }})

# 4. Cloudflare / AWS us-east-1 congestion, 21 August 2025, seen from a New York publisher ----------------------------
I.append({
    "id": "cloudflare-2025-08-useast1-congestion-zoom", "name": "Cloudflare - AWS us-east-1 congestion 21 August 2025 (single customer's traffic saturated the peering links; impact from 16:27 UTC, substantially reduced 19:38, intermittent latency until 20:18), seen from a New York publisher with origins in us-east-1",
    "issueId": "98903", "key": "WEB-2108", "summary": "Article pages slow / 522 via Cloudflare - origins us-east-1",
    "reporter": "Priyanka Raman", "assignee": "Marcus Ellery", "labels": ["sev2", "edge"],
    "components": ["web-frontend", "edge"], "created": "2025-08-21T16:50", "now": "2025-09-05T12:00:00Z",
    "defaultZone": "America/New_York", "priority": "High",
    "description": """Origin fetches from Cloudflare to our us-east-1 ALBs crawling, a share of 522s. Page load p99 above 9 s, some article pages failing outright.

First thought: ALB under-scaled after this morning's autoscaling policy change - bumping min capacity. Times ET unless noted.""",
    "comments": [
        ("223030", "Marcus Ellery", "2025-08-21T17:30", """ALB is fine, CPU 20%. Problem is the path between Cloudflare and us-east-1: packet loss on traceroutes from their IAD colo. Cloudflare status now has an incident for latency to AWS us-east-1. Zoom chat saved (zoom-web2108.txt, ET)."""),
        ("223031", "Priyanka Raman", "2025-08-21T19:50", """Much better for the last ten minutes or so, still spikes. Staying in Monitoring."""),
        ("223032", "Priyanka Raman", "2025-08-21T20:40", """Graphs flat. Resolving, will write up once Cloudflare posts."""),
        ("223033", "Marcus Ellery", "2025-08-26T15:00", """Write-up. Cloudflare's post (Aug 22): customers with origins in AWS us-east-1 began experiencing impact at 16:27 UTC, when one customer's surge of requests for cached objects saturated the direct peering links; AWS withdrew BGP prefixes at 16:37 UTC to relieve it, which pushed traffic onto links that congested too; their network team was alerted at 16:44 UTC. Impact was substantially reduced by 19:38 UTC, with intermittent latency until 20:18 UTC. For us: started 12:27 ET, last latency spike 4:18 PM ET. Our own p99 alert fired four minutes after the surge began, ahead of Cloudflare's internal alert for once. Fix on their side: rate limiting that customer and BGP adjustments with AWS."""),
    ],
    "changelog": [
        ("Marcus Ellery", "2025-08-21T16:51", [("status", "Open", "In Progress")]),
        ("Priyanka Raman", "2025-08-21T19:51", [("status", "In Progress", "Monitoring")]),
        ("Priyanka Raman", "2025-08-21T20:41", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "zoom-web2108.txt", "zone": "America/New_York", "referenceDate": "2025-08-21", "text": """
12:31:08	 From  Marcus Ellery : PagerDuty firing: web p99 > 8s (origins us-east-1). on it
12:33:12	 From  Marcus Ellery : bumping ALB min capacity 4 -> 8
12:44:51	 From  Priyanka Raman : cloudflare status page has nothing yet, 522s on /news/* keep coming
13:02:09	 From  Marcus Ellery : ALB CPU 20%... it's not us. traceroute from IAD shows loss into AWS
13:05:40	 From  Priyanka Raman : cloudflare status: investigating increased latency for traffic to AWS us-east-1
15:41:02	 From  Priyanka Raman : way down now, still spiky
"""}],
    "expected": {
        "events": [["2025-08-21T16:27Z", ["impact"]], ["2025-08-21T16:31Z", ["PagerDuty"]], ["2025-08-21T16:37Z", ["BGP"]],
                   ["2025-08-21T16:44Z", ["alerted"]], ["2025-08-21T17:05Z", ["cloudflare status"]],
                   ["2025-08-21T19:38Z", ["substantially reduced"]], ["2025-08-21T20:18Z", ["intermittent latency", "last latency spike"]]],
        "keyTimes": {
            "started": kt("2025-08-21T16:27Z", S, "began experiencing impact at 16:27 UTC", "comment 223033"),
            "detected": kt("2025-08-21T16:31Z", S, "PagerDuty firing: web p99 > 8s (origins us-east-1)", "zoom-web2108.txt"),
            "resolved": kt("2025-08-21T20:18Z", S, "last latency spike 4:18 PM ET", "comment 223033")},
        "responders": [["Marcus Ellery", None], ["Priyanka Raman", None]],
        "narrative": nar(["saturated"], ["rate limiting"], ["WEB-2108", "IAD"],
                         "On 21 August 2025 congestion between Cloudflare and AWS us-east-1 made article pages slow or fail from 12:27 to 4:18 PM ET."),
    }})

# 5. Slack, 26 February 2025 - database maintenance plus caching defect, seen from a Bengaluru support team -----------
I.append({
    "id": "slack-2025-02-dbmaint-support", "name": "Slack degradation 26 February 2025 (from 6:45 AM to 4:13 PM PST; database maintenance action plus caching latency defect overloaded a database), seen from a Bengaluru support-operations team",
    "issueId": "98904", "key": "SUP-2602", "summary": "L2 escalations not reaching engineers - Slack messages/workflows failing",
    "reporter": "Arjun Bhat", "assignee": "Kavya Iyer", "labels": ["support-ops", "vendor"],
    "components": ["escalations"], "created": "2025-02-26T15:20", "now": "2025-03-10T12:00:00Z",
    "defaultZone": "Asia/Kolkata", "priority": "High",
    "description": """Escalations are not reaching L2: Slack messages don't send, the escalation workflow (form) is dead, threads won't load. Customers waiting on P1 tickets.

Shuru mein laga ki yesterday's SSO clean-up removed the workflow bot user / revoked its token. Checking with IT. IST.""",
    "comments": [
        ("223040", "Kavya Iyer", "2025-02-26T15:40", """Bot user and token fine. Slack status: "Trouble loading or using Slack", affects many workspaces. Escalations switched to email + phone bridge. Their status posts pasted (slack-status-sup2602.txt, PST as Slack shows it)."""),
        ("223041", "Arjun Bhat", "2025-02-26T17:50", """Some improvement, messages go through for part of the team, workflows still flaky."""),
        ("223042", "Kavya Iyer", "2025-02-26T20:45", """Slack has posted Resolved. Our escalation workflow still fails now and then, so not closing."""),
        ("223043", "Arjun Bhat", "2025-02-27T04:00", """Morning shift: all good since roughly quarter to six, keeping it in Monitoring for the Events API issue (custom apps) Slack opened separately."""),
        ("223044", "Kavya Iyer", "2025-03-03T10:00", """Recap for the ops review. Slack's summary: "From 6:45 AM PST to 4:13 PM PST on February 26" a large percentage of users had issues with messages, workflows, threads and login. A maintenance action in one of their database systems plus a latency defect in their caching layer overloaded the database; they reduced the heavy load and fixed the source of it. For us that is 20:15 IST on the 26th until 05:43 IST on the 27th. Our bot heartbeat failed first at 20:22 IST, that's when we knew. Their Resolved post was premature for our workflows, and the Events API follow-up came after the main window."""),
    ],
    "changelog": [
        ("Kavya Iyer", "2025-02-26T15:21", [("status", "Open", "In Progress")]),
        ("Arjun Bhat", "2025-02-27T04:01", [("status", "In Progress", "Monitoring")]),
        ("Kavya Iyer", "2025-03-03T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-status-sup2602.txt", "zone": "America/Los_Angeles", "referenceDate": "2025-02-26", "text": """
Trouble loading or using Slack
Investigating - We're investigating reports of trouble connecting or loading Slack.
Feb 26, 9:32 AM PST - Update - We're seeing improved health metrics for some affected Slack features.
Feb 26, 12:31 PM PST - Resolved - We've restored full functionality to all affected Slack features such as sending messages, workflows, threads and other API-related features.
Summary (posted later): at around 4:13 PM PST our health metrics returned to normal rates, indicating the issue was resolved for all affected users.
"""}],
    "expected": {
        "events": [["2025-02-26T14:45Z", ["issues"]], ["2025-02-26T14:52Z", ["heartbeat"]],
                   ["2025-02-26T17:32Z", ["improved health"]], ["2025-02-26T20:31Z", ["resolved"]],
                   ["2025-02-27T00:13Z", ["returned to normal", "05:43"]]],
        "keyTimes": {
            "started": kt("2025-02-26T14:45Z", S, "From 6:45 AM PST to 4:13 PM PST on February 26", "comment 223044"),
            "detected": kt("2025-02-26T14:52Z", S, "Our bot heartbeat failed first at 20:22 IST", "comment 223044"),
            "resolved": kt("2025-02-27T00:13Z", S, "From 6:45 AM PST to 4:13 PM PST on February 26", "comment 223044")},
        "responders": [["Kavya Iyer", None], ["Arjun Bhat", None]],
        "narrative": nar(["maintenance action"], ["heavy load"], ["SUP-2602", "escalation workflow"],
                         "On 26 February 2025 Slack failures stopped support escalations from 20:15 IST until 05:43 IST the next morning (6:45 AM-4:13 PM PST)."),
    }})

# 6. London blackout, 28 August 2003 - seen from the distribution network's control room ------------------------------
I.append({
    "id": "london-2003-08-blackout-dno-ctrl", "name": "South London and north-west Kent blackout 28 August 2003 (Buchholz alarm at Hurst 18:11, supply lost 18:20 BST, restored to the distributor 18:57, all customers 19:15), seen from the distribution network's control room",
    "issueId": "98905", "key": "LPN-2808", "summary": "Loss of supply south London - New Cross / Wimbledon groups, LU + rail traction",
    "reporter": "Graham Okafor", "assignee": "Helen Marsh", "labels": ["major-incident", "grid-infeed"],
    "components": ["network-control", "customer-calls"], "created": "2003-08-28T17:26", "now": "2003-09-20T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Loss of supply across south London: New Cross and Wimbledon groups dead, lifts, tube and rail traction all reporting. Call centre flooded.

Initial view on the desk: a fault on our own 132kV at New Cross (protection operation?) - checking before we blame the Grid. BST throughout.""",
    "comments": [
        ("223050", "Graham Okafor", "2003-08-28T17:40", """Not ours. NGC confirm loss of their 275kV infeed to New Cross after switching out a transformer at Hurst, roughly 724MW gone. Control log extract pasted (lpn-ctrl-2808.txt)."""),
        ("223051", "Helen Marsh", "2003-08-28T18:05", """NGC infeeds are back at our grid supply points, we are restoring customer blocks now. LU traction already back on."""),
        ("223052", "Helen Marsh", "2003-08-28T18:30", """All customer blocks re-energised. Watching overnight, incident stays open for the reports."""),
        ("223053", "Graham Okafor", "2003-08-29T09:00", """Press is running "started at 1826 BST" (BBC). That is when the story broke, not when the lights went."""),
        ("223054", "Helen Marsh", "2003-09-12T10:00", """Summary after NGC's report (published 10 September): 18:11 Buchholz alarm on the Hurst transformer, gas in the oil - a warning, no customer affected. 18:20 the transformer was switched out; a protection relay at Wimbledon then tripped the remaining 275kV circuit and 476,000 of our customers lost supply. Supplies to us restored 18:57, 37 minutes later. For customers: off at 18:20, all back at 19:15. The Wimbledon relay had the wrong rating fitted (1 amp instead of 5 amp)."""),
    ],
    "changelog": [
        ("Helen Marsh", "2003-08-28T17:27", [("status", "Open", "In Progress")]),
        ("Helen Marsh", "2003-08-28T18:31", [("status", "In Progress", "Monitoring")]),
        ("Helen Marsh", "2003-09-12T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "lpn-ctrl-2808.txt", "zone": "Europe/London", "referenceDate": "2003-08-28", "text": """
LPN CONTROL ROOM LOG   Thu 28/08/03
18:11   NGC ph: Buchholz alarm Hurst SGT, they will switch it out. Noted - no action our side
18:20:07  SCADA: New Cross 275/132 loss of infeed, 66kV + 11kV groups dead, Wimbledon group also
18:24   LU power control ph: traction lost south of river, trains stalled in tunnels
18:26   press office: BBC + Sky on the phone
18:51   LU confirm traction restored
18:57   NGC: infeeds restored New Cross / Wimbledon, start restoring blocks
19:15   last customer blocks restored - all supplies on
"""}],
    "expected": {
        "events": [["2003-08-28T17:11Z", ["Buchholz"]], ["2003-08-28T17:20Z", ["loss of infeed", "lost supply"]],
                   ["2003-08-28T17:51Z", ["traction restored"]], ["2003-08-28T17:57Z", ["restored"]],
                   ["2003-08-28T18:15Z", ["last customer", "all back"]]],
        "keyTimes": {
            "started": kt("2003-08-28T17:20Z", S, "For customers: off at 18:20, all back at 19:15.", "comment 223054"),
            "detected": kt("2003-08-28T17:20Z", S, "SCADA: New Cross 275/132 loss of infeed", "lpn-ctrl-2808.txt"),
            "resolved": kt("2003-08-28T18:15Z", S, "For customers: off at 18:20, all back at 19:15.", "comment 223054")},
        "responders": [["Helen Marsh", None], ["Graham Okafor", None]],
        "narrative": nar(["relay"], ["restored"], ["LPN-2808"],
                         "On 28 August 2003 a wrongly rated protection relay turned a routine transformer switch-out into a loss of supply for 476,000 customers in south London from 18:20 to 19:15 BST."),
    }})

# 7. Alaska Airlines, 20 July 2025 - IT outage and system-wide ground stop, seen from the Anchorage station -----------
I.append({
    "id": "alaska-2025-07-groundstop-station-text", "name": "Alaska Airlines / Horizon IT outage 20 July 2025 (data-centre hardware failure, system-wide ground stop from about 8 p.m. to 11 p.m. Pacific), seen from the Anchorage station",
    "issueId": "98906", "key": "ANC-0720", "summary": "Departures frozen at ANC - DCS / crew apps down, ground stop",
    "reporter": "Tasha Nygaard", "assignee": "Ruben Castillo", "labels": ["irregular-ops"],
    "components": ["station-ops", "customer-service"], "created": "2025-07-21T03:20", "now": "2025-08-01T00:00:00Z",
    "defaultZone": "America/Anchorage",
    "description": """Departures frozen - agents can't board or check in, load sheets not coming through, crews can't pull releases. SOC says it is system-wide.

First guess at the gate: the DCS vendor's weekend patch again (same as the Saturday glitch). Times local Alaska unless noted.""",
    "comments": [
        ("223060", "Tasha Nygaard", "2025-07-21T03:45", """Not the vendor patch. SOC confirms an IT outage in our own data centre; the company asked the FAA for a system-wide ground stop for Alaska and Horizon. Station group texts pasted (anc-station-texts.txt, Alaska time)."""),
        ("223061", "Ruben Castillo", "2025-07-21T06:10", """Ground stop is off. First ANC departure pushing shortly. Residual delays all night and tomorrow, crews out of position."""),
        ("223062", "Tasha Nygaard", "2025-07-21T16:00", """Corporate statement for the file: "At approximately 8 p.m. Pacific on July 20, we experienced an IT outage that resulted in a temporary, system-wide ground stop for Alaska Airlines and Horizon Air flights. As of 11 p.m. Pacific, the ground stop has been lifted". Recovery day today - repositioning aircraft and crews."""),
        ("223063", "Ruben Castillo", "2025-07-24T18:00", """Station review, written up Thursday: the outage hit at 7:00 PM our time (8:00 PM Pacific) - DCS and crew tools went dark at ANC. SOC's first all-stations message reached us two minutes later. We could move again once the ground stop lifted at 10:00 PM AKDT (11:00 PM Pacific). What broke, per the company update: a critical piece of multi-redundant hardware at a data centre, made by a third party, failed unexpectedly. The cancellations the next day were recovery, not the outage."""),
    ],
    "changelog": [
        ("Ruben Castillo", "2025-07-21T03:21", [("status", "Open", "In Progress")]),
        ("Ruben Castillo", "2025-07-21T06:11", [("status", "In Progress", "Monitoring")]),
        ("Ruben Castillo", "2025-07-24T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "anc-station-texts.txt", "zone": "America/Anchorage", "referenceDate": "2025-07-20", "text": """
7/20/25, 7:02 PM - SOC Duty Mgr: ALL STATIONS: IT outage, DCS and crew apps down system-wide. Hold all departures.
7/20/25, 7:04 PM - Tasha Nygaard: C1 mid-boarding, scanners dead, holding
7/20/25, 7:15 PM - SOC Duty Mgr: ground stop requested for AS + QX, all airports
7/20/25, 8:30 PM - Ruben Castillo: no ETR from SOC. deplaning C1
7/20/25, 10:00 PM - SOC Duty Mgr: GROUND STOP LIFTED. Resume ops, expect residual delays
7/20/25, 10:41 PM - Ruben Castillo: first ANC departure off blocks
"""}],
    "expected": {
        "events": [["2025-07-21T03:00Z", ["outage"]], ["2025-07-21T03:02Z", ["ALL STATIONS"]],
                   ["2025-07-21T03:15Z", ["ground stop requested"]], ["2025-07-21T06:00Z", ["ground stop"]],
                   ["2025-07-21T06:41Z", ["first ANC departure"]]],
        "keyTimes": {
            "started": kt("2025-07-21T03:00Z", S, "the outage hit at 7:00 PM our time (8:00 PM Pacific)", "comment 223063"),
            "detected": kt("2025-07-21T03:02Z", S, "ALL STATIONS: IT outage, DCS and crew apps down system-wide.", "anc-station-texts.txt"),
            "resolved": kt("2025-07-21T06:00Z", S, "the ground stop lifted at 10:00 PM AKDT (11:00 PM Pacific)", "comment 223063")},
        "responders": [["Ruben Castillo", None], ["Tasha Nygaard", None], ["SOC Duty Mgr", None]],
        "narrative": nar(["hardware"], ["ground stop lifted"], ["ANC-0720", "DCS"],
                         "On 20 July 2025 an IT outage grounded all Alaska Airlines and Horizon flights from about 8 to 11 p.m. Pacific."),
    }})

# 8. Cuba, 18 October 2024 - total collapse of the national grid, seen from a Havana hospital -------------------------
I.append({
    "id": "cuba-2024-10-sen-hospital-whatsapp", "name": "Cuba national grid collapse 18 October 2024 (total disconnection at 11 a.m. after the Antonio Guiteras plant tripped; a second total disconnection at 6:15 a.m. on 19 October), seen from a Havana hospital's maintenance department",
    "issueId": "98907", "key": "MANT-1810", "summary": "Sin red eléctrica en todo el hospital - en grupos electrógenos",
    "reporter": "Yudith Pérez", "assignee": "Osvaldo Ruiz", "labels": ["electrico", "critico"],
    "components": ["mantenimiento", "energia"], "created": "2024-10-18T15:20", "now": "2024-11-05T12:00:00Z",
    "defaultZone": "America/Havana",
    "description": """Sin corriente de la red en todo el hospital; los grupos electrógenos arrancaron. Salones y UCI en emergencia, climatización apagada.

Primera idea del turno: falla de nuestro transformador de entrada (el de la subestación del hospital que ya dio problemas en septiembre). Horas locales.""",
    "comments": [
        ("223070", "Yudith Pérez", "2024-10-18T15:45", """No es nuestro transformador. Ministerio de Energía y Minas: desconexión total del Sistema Eléctrico Nacional tras la salida imprevista de la termoeléctrica Antonio Guiteras. Chat del grupo de mantenimiento pegado (mant-1810-whatsapp.txt)."""),
        ("223071", "Osvaldo Ruiz", "2024-10-19T11:00", """La UNE logró algo de generación anoche para circuitos priorizados, pero nuestro alimentador nunca volvió, y hoy en la madrugada hubo una nueva desconexión total (Cubadebate). Seguimos en grupo; combustible al 35%."""),
        ("223072", "Yudith Pérez", "2024-10-21T14:00", """¿Corriente estable desde el domingo? Nadie anotó la hora: el electricista de guardia estaba en el bloque quirúrgico cuando el alimentador entró y el medidor del tablero es analógico."""),
        ("223073", "Osvaldo Ruiz", "2024-10-28T13:00", """Resumen para la dirección: perdimos la red a las 11:00 a.m. del viernes 18 con el colapso del SEN; los grupos tomaron la carga en segundos. La segunda caída nacional del sábado a las 6:15 a.m. no nos cambió nada (seguíamos en grupo). No podemos decir a qué hora volvió nuestro alimentador. Acciones: registrador con hora en el tablero general, segundo contrato de diésel, mantenimiento del grupo 2."""),
    ],
    "changelog": [
        ("Osvaldo Ruiz", "2024-10-18T15:21", [("status", "Open", "In Progress")]),
        ("Yudith Pérez", "2024-10-21T14:01", [("status", "In Progress", "Monitoring")]),
        ("Osvaldo Ruiz", "2024-10-28T13:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mant-1810-whatsapp.txt", "zone": "America/Havana", "referenceDate": "2024-10-18", "text": """
18/10/24, 11:00 - Reinaldo Electricista: Se fue la corriente en todo el hospital. Arrancaron los dos grupos
18/10/24, 11:02 - Dra. Marlene UCI: UCI con grupo, ventiladores ok, el aire no
18/10/24, 11:31 - Reinaldo Electricista: la UNE dice desconexión total del SEN, no es nuestro transformador
18/10/24, 14:10 - Yudith Pérez: pipa de diésel confirmada para las 5
19/10/24, 6:15 - Reinaldo Electricista: la radio dice nueva desconexión total. nosotros seguimos en grupo
19/10/24, 9:40 - Osvaldo Ruiz: combustible 35%
"""}],
    "expected": {
        "events": [["2024-10-18T15:00Z", ["Se fue la corriente", "perdimos la red"]], ["2024-10-18T15:02Z", ["UCI"]],
                   ["2024-10-18T15:31Z", ["desconexión total"]], ["2024-10-18T18:10Z", ["diésel"]],
                   ["2024-10-19T10:15Z", ["nueva desconexión", "segunda caída"]]],
        "keyTimes": {
            "started": kt("2024-10-18T15:00Z", S, "perdimos la red a las 11:00 a.m. del viernes 18", "comment 223073"),
            "detected": kt("2024-10-18T15:00Z", S, "Se fue la corriente en todo el hospital. Arrancaron los dos grupos", "mant-1810-whatsapp.txt"),
            "resolved": kt(None, U)},
        "responders": [["Osvaldo Ruiz", None], ["Yudith Pérez", None], ["Reinaldo Electricista", None]],
        "narrative": nar(["Antonio Guiteras"], ["grupos"], ["MANT-1810"],
                         "On 18 October 2024 Cuba's national grid collapsed at 11 a.m.; the hospital ran on its generators until its feeder came back at an unrecorded time days later."),
    }})

# 9. Virgin Media, 4 April 2023 - national broadband outage in two waves, seen from network operations ---------------
I.append({
    "id": "virginmedia-2023-04-broadband-bridge", "name": "Virgin Media UK broadband outage 4 April 2023 (first wave from about 2am to about 11:30am BST, a repeat from about 4pm), seen from the operator's network operations bridge",
    "issueId": "98908", "key": "VMNOC-0404", "summary": "National broadband loss - subscriber drops all regions, contact centres affected",
    "reporter": "Callum Reid", "assignee": "Fiona Brennan", "labels": ["p1", "national"],
    "components": ["access-network", "noc"], "created": "2023-04-04T01:20", "now": "2023-04-20T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Broadband down for large numbers of customers across regions since the early hours - CMTS subscriber counts collapsing, contact centres hit as well.

Working theory on the night shift: the planned north core maintenance window (00:00-04:00) has gone wrong; asking the change owner to roll back. Times BST.""",
    "comments": [
        ("223080", "Callum Reid", "2023-04-04T04:30", """North maintenance completed cleanly and rolling it back changed nothing; drops are national. Raised to P1, bridge open. Bridge notes pasted (vmnoc-bridge-0404.txt, BST)."""),
        ("223081", "Fiona Brennan", "2023-04-04T07:10", """External line went out just after 8am: "We're aware of an issue that is affecting broadband services for Virgin Media customers as well as our contact centres." Our own website unreachable for customers too."""),
        ("223082", "Callum Reid", "2023-04-04T10:45", """Services restored, subscriber counts back at normal levels. Monitoring; resolving the ticket."""),
        ("223083", "Fiona Brennan", "2023-04-04T15:20", """Repeat of the earlier issue - intermittent connectivity, Downdetector climbing again. Reopening."""),
        ("223084", "Callum Reid", "2023-04-04T19:45", """Quiet for a good while now. Closing, PIR to follow."""),
        ("223085", "Fiona Brennan", "2023-04-12T09:00", """PIR draft: first wave from 02:00 to around 11:30, our customer-side probes agree with Downdetector (about 14,000 reports at 02:00). Second wave from about 16:00. Nobody wrote down when the second wave actually ended: the evening close was on-call tidying up, and the afternoon probe data was lost in the collector restart. The press line "first noticed shortly after 1am" was a handful of early reports, not the outage. Root cause not identified publicly; engineering review still open."""),
    ],
    "changelog": [
        ("Fiona Brennan", "2023-04-04T01:21", [("status", "Open", "In Progress")]),
        ("Callum Reid", "2023-04-04T10:46", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Fiona Brennan", "2023-04-04T15:21", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Callum Reid", "2023-04-04T19:46", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "vmnoc-bridge-0404.txt", "zone": "Europe/London", "referenceDate": "2023-04-04", "text": """
VM NOC P1 bridge notes - Tue 04/04/23 (BST)
02:06  alarm storm: CMTS subscriber drops > 30% North, Midlands, London - P2 raised
02:40  change owner: north core maintenance complete, no errors logged
04:15  rollback of north change done - no improvement -> P1
06:50  contact centre telephony also down (shared dependency)
08:05  external statement posted on socials
11:30  subscriber counts normal across all regions
16:00  repeat: subscriber drops again, intermittent, all regions
"""}],
    "expected": {
        "events": [["2023-04-04T01:00Z", ["first wave"]], ["2023-04-04T01:06Z", ["alarm storm"]],
                   ["2023-04-04T03:15Z", ["rollback"]], ["2023-04-04T07:05Z", ["statement"]],
                   ["2023-04-04T10:30Z", ["normal"]], ["2023-04-04T15:00Z", ["repeat", "second wave"]]],
        "keyTimes": {
            "started": kt("2023-04-04T01:00Z", S, "first wave from 02:00 to around 11:30", "comment 223085"),
            "detected": kt("2023-04-04T01:06Z", S, "alarm storm: CMTS subscriber drops > 30%", "vmnoc-bridge-0404.txt"),
            "resolved": kt(None, U)},
        "responders": [["Callum Reid", None], ["Fiona Brennan", None]],
        "narrative": nar(["not identified"], ["restored"], ["VMNOC-0404", "CMTS"],
                         "On 4 April 2023 Virgin Media broadband failed for many customers from about 2am to about 11:30am BST and again from about 4pm; the end of the second wave was not recorded."),
    }})

# 10. Starlink, 24 July 2025 - global core-network outage, seen from a North Sea crew-transfer-vessel operator --------
I.append({
    "id": "starlink-2025-07-core-vessels", "name": "Starlink global outage 24 July 2025 (failure of key internal software services operating the core network; from about 3 p.m. ET, about two and a half hours), seen from a North Sea crew-transfer-vessel operator",
    "issueId": "98909", "key": "FLT-2407", "summary": "All CTVs lost Starlink backhaul - no telemetry / crew VoIP",
    "reporter": "Isla Grant", "assignee": "Ewan Mackie", "labels": ["fleet-comms"],
    "components": ["vessel-it", "marine-ops"], "created": "2025-07-24T19:25", "now": "2025-08-10T12:00:00Z",
    "defaultZone": "Europe/London", "priority": "High",
    "description": """All nine CTVs lost their Starlink backhaul at once - no crew email, no telemetry upload, VoIP to the bridge dead. VHF and 4G (where in range) still fine.

First suspicion: the terminal firmware push we scheduled for tonight went out early. Ringing the integrator. Times UK.""",
    "comments": [
        ("223090", "Ewan Mackie", "2025-07-24T19:40", """Not our firmware - the push never started, the integrator confirms. Starlink is down globally according to their X account ("actively implementing a solution"). Forth Osprey's bridge log extract pasted (osprey-bridge-log.txt, ship's time = UTC)."""),
        ("223091", "Isla Grant", "2025-07-24T21:10", """Vessels coming back one by one, telemetry catching up. Keeping it open until every master reports."""),
        ("223092", "Isla Grant", "2025-07-24T22:00", """All nine report Starlink up, service restored. Closing."""),
        ("223093", "Ewan Mackie", "2025-07-28T09:00", """Write-up. Starlink's VP of engineering: the outage was due to failure of key internal software services that operate the core network; it lasted about two and a half hours. Downdetector and Reuters put the start around 3 p.m. ET, i.e. 20:00 our time, and Forth Osprey's log agrees to the minute. Our "all nine up" came much later than the real recovery because two masters only checked after crew change. Action: automatic failover to the 4G/VSAT path and an alert on backhaul loss instead of a master's phone call."""),
    ],
    "changelog": [
        ("Ewan Mackie", "2025-07-24T19:26", [("status", "Open", "In Progress")]),
        ("Isla Grant", "2025-07-24T22:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "osprey-bridge-log.txt", "zone": "UTC", "referenceDate": "2025-07-24", "text": """
CTV FORTH OSPREY - bridge log extract (UTC)
18:40  alongside turbine WTG-C14, transfer of 3 techs complete
19:00  SATCOM: Starlink link down, router failover to 4G failed (out of coverage)
19:02  Master to marine ops by phone via VHF relay: no Starlink, no telemetry
19:20  Marine ops: global Starlink outage, continue on VHF, log transfers on paper
20:10  crew change at port, Starlink status not checked
"""}],
    "expected": {
        "events": [["2025-07-24T19:00Z", ["link down", "start"]], ["2025-07-24T19:02Z", ["no Starlink"]],
                   ["2025-07-24T19:20Z", ["global"]]],
        "keyTimes": {
            "started": kt("2025-07-24T19:00Z", S, "put the start around 3 p.m. ET, i.e. 20:00 our time", "comment 223093"),
            "detected": kt("2025-07-24T19:02Z", S, "Master to marine ops by phone via VHF relay: no Starlink", "osprey-bridge-log.txt"),
            "resolved": kt("2025-07-24T21:30Z", I_, "it lasted about two and a half hours", "comment 223093")},
        "responders": [["Ewan Mackie", None], ["Isla Grant", None]],
        "narrative": nar(["core network"], ["restored"], ["FLT-2407", "Forth Osprey"],
                         "On 24 July 2025 a global Starlink outage cut the vessels' backhaul from about 3 p.m. ET (20:00 UK time) for about two and a half hours."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

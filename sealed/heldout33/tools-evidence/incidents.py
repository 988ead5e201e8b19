"""Held-out 33 incidents: compact specs. Five software / cloud incidents (AWS Lambda in US-EAST-1 on 13 June 2023 from
the provider's own frontend on-call; Google Cloud europe-west9 water intrusion on 26 April 2023 seen from a Paris web
shop; the global Google Cloud Console impact of the same night seen from an Austin SaaS; Azure West Europe during Storm
Poly on 5 July 2023 seen from a Rotterdam freight planner; Azure West Europe's power issue of 20 October 2023 seen from
a London card-payments firm) and five outside software companies (a Pune supermarket chain in the UPI outage of 12 April
2025, a Denver station in Southwest's firewall ground stop of 18 April 2023, a Montreal hospital's switchboard in Bell's
router-update outage of 21 May 2025, Sealdah division control in the Kankurgachi point failure of 5 February 2025, a
small water district's pump failure of 20 February 2021). Timeline facts from public statements
(SOURCES-heldout33.md); people, ticket keys, chat wording, wrong first guesses and the minutes marked invented there are
made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. AWS Lambda US-EAST-1, 13 June 2023 - frontend cell capacity threshold, seen from the provider's own on-call ------
I.append({
    "id": "aws-2023-06-lambda-frontend-oncall", "name": "AWS Lambda invocation errors in US-EAST-1 13 June 2023 (a Lambda Frontend cell crossed a never-reached capacity threshold while scaling, a latent defect left execution environments allocated but unused; 11:49 AM PDT start, invocations normal from 1:45 PM, all affected services recovered 3:37 PM PDT), seen from the Lambda frontend on-call",
    "issueId": "98600", "key": "LMB-0613", "summary": "us-east-1 Invoke error rate + latency up, cell-1 frontend - STS/Console/EKS/Connect seeing knock-on errors",
    "reporter": "Hannah Whitcombe", "assignee": "Tomasz Brzezinski", "labels": ["sev2", "lambda", "us-east-1"],
    "components": ["lambda-frontend", "invoke"], "created": "2023-06-13T19:06", "now": "2023-06-27T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Invoke errors and p99 latency climbing in us-east-1, concentrated in cell-1. Downstream teams (STS, Console, EKS, Connect, EventBridge) paging us because their functions are timing out.

Started right around noon. Best guess: the hosts added by this morning's scale-out are bad, starting to drain them. Seattle time.""",
    "comments": [
        ("226000", "Tomasz Brzezinski", "2023-06-13T19:40", """Draining new hosts did nothing. Execution environments are being allocated but never used by the frontend, so we keep running out. Looks like a defect that only shows up above the cell size we hit today. Ops log pasted (ops-lmb0613.txt, UTC)."""),
        ("226001", "Hannah Whitcombe", "2023-06-13T20:50", """Mitigation worked, invokes back to normal. STS and Console still have a tail, their teams are restarting callers."""),
        ("226002", "Tomasz Brzezinski", "2023-06-13T23:10", """All dependent services report recovered. Keeping the ticket open until the COE is written."""),
        ("226003", "Hannah Whitcombe", "2023-06-16T18:00", """COE notes (Friday), Pacific time.
The 10:01 scale-out was normal daily traffic growth and did no harm by itself.
Customer impact 11:49 → 15:37 PDT: invoke errors and latency from 11:49, invokes back to normal 13:45, and the tail (STS, Console, EKS, Connect, EventBridge) recovered by 15:37.
First page was the invoke error alarm at 11:53; "around noon" in the ticket was close, the bad-hosts theory was wrong.
Actions: fix the defect, cap cell size below the tested limit, load test cells past their largest observed size."""),
    ],
    "changelog": [
        ("Tomasz Brzezinski", "2023-06-13T19:07", [("status", "Open", "In Progress")]),
        ("Tomasz Brzezinski", "2023-06-13T23:11", [("status", "In Progress", "Monitoring")]),
        ("Hannah Whitcombe", "2023-06-16T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ops-lmb0613.txt", "zone": "UTC", "referenceDate": "2023-06-13", "text": """
2023-06-13T17:01:12Z autoscaler  frontend fleet scale-out started use1-cell-1 (+8%)
2023-06-13T18:49:40Z autoscaler  use1-cell-1 frontend capacity threshold crossed, 100% of planned hosts in service
2023-06-13T18:53:05Z cloudwatch  ALARM Invoke5xxRate use1-cell-1 > 1% (4.7%) -> paging lambda-frontend-primary
2023-06-13T19:18:30Z tomasz      draining hosts added after 17:00, no change in error rate
2023-06-13T20:45:51Z cloudwatch  OK Invoke5xxRate use1-cell-1 back under threshold
2023-06-13T22:37:02Z hannah      STS, Console, EKS, Connect, EventBridge all report recovered
"""}],
    "expected": {
        "events": [["2023-06-13T17:01Z", ["scale-out"]], ["2023-06-13T18:49Z", ["capacity threshold", "impact"]],
                   ["2023-06-13T18:53Z", ["ALARM", "page"]], ["2023-06-13T19:18Z", ["draining"]],
                   ["2023-06-13T20:45Z", ["back under threshold", "back to normal"]], ["2023-06-13T22:37Z", ["recovered"]]],
        "keyTimes": {
            "started": kt("2023-06-13T18:49Z", S, "Customer impact 11:49 → 15:37 PDT", "comment 226003"),
            "detected": kt("2023-06-13T18:53Z", S, "ALARM Invoke5xxRate use1-cell-1 > 1%", "ops-lmb0613.txt"),
            "resolved": kt("2023-06-13T22:37Z", S, "Customer impact 11:49 → 15:37 PDT", "comment 226003")},
        "responders": [["Hannah Whitcombe", None], ["Tomasz Brzezinski", None]],
        "narrative": nar(["defect", "capacity threshold"], ["Mitigation"], ["LMB-0613", "use1-cell-1"],
                         "On 13 June 2023 Lambda function invocations in US-EAST-1 failed or slowed from 11:49 AM PDT; dependent services recovered by 3:37 PM PDT."),
    }})

# 2. Google Cloud europe-west9, 26 April 2023 - water intrusion at the Paris data centre, seen from a Paris web shop ----
I.append({
    "id": "gcp-2023-04-paris-eshop", "name": "Google Cloud europe-west9 outage 25-26 April 2023 (water intrusion and a battery-room fire at the Paris colocation data centre; impact from 19:00 PDT 25 April = 04:00 Paris, region generally unavailable, zone a down for weeks), seen from a Paris web shop that failed over to europe-west1",
    "issueId": "98601", "key": "OPS-2604", "summary": "Boutique en 502 - VMs et Cloud SQL europe-west9-a injoignables",
    "reporter": "Julien Marchetti", "assignee": "Claire Benhamou", "labels": ["p1", "gcp", "boutique"],
    "components": ["boutique", "infra"], "created": "2023-04-26T02:40", "now": "2023-05-10T12:00:00Z",
    "defaultZone": "Europe/Paris",
    "description": """La boutique répond 502 sur toutes les pages, le checkout aussi. Les VM web et l'instance Cloud SQL en europe-west9-a ne répondent plus, la console Google est très lente.

Depuis ~4h du mat. Hypothèse : la modif du load balancer poussée hier soir (nouveau backend service), je fais le rollback. Heure de Paris.""",
    "comments": [
        ("226010", "Claire Benhamou", "2023-04-26T04:10", """Rollback LB fait, aucun effet. Google confirme une « water intrusion » dans europe-west9-a, pas d'ETA. On prépare la bascule vers europe-west1 depuis la sauvegarde de la nuit. Fil Slack collé (slack-ops2604.txt, heure de Paris)."""),
        ("226011", "Julien Marchetti", "2023-04-26T10:05", """Bascule terminée, la boutique tourne en europe-west1 (Belgique). Commandes entre 03:00 et l'incident à ressaisir à la main, liste envoyée au SAV."""),
        ("226012", "Claire Benhamou", "2023-04-28T09:00", """Google annonce un incendie dans la salle batteries du datacenter, zone a toujours HS. On reste en europe-west1 jusqu'à nouvel ordre."""),
        ("226013", "Julien Marchetti", "2023-05-03T14:00", """Retour d'expérience (mercredi).
Cause : fuite d'eau (pompe de refroidissement) dans la salle batteries du datacenter parisien, puis incendie ; Google parle de « water intrusion » et d'un arrêt d'urgence de plusieurs zones.
Début d'impact : premiers 502 dans les logs du LB à 04:03 ; l'alerte PagerDuty est arrivée quatre minutes plus tard.
La boutique a été indisponible 7 h 45 min au total, jusqu'à la fin de la bascule sur europe-west1.
Le load balancer n'y était pour rien.
Actions : réplica Cloud SQL dans une autre région, runbook de bascule testé tous les trimestres."""),
    ],
    "changelog": [
        ("Claire Benhamou", "2023-04-26T02:41", [("status", "Open", "In Progress")]),
        ("Julien Marchetti", "2023-04-26T10:06", [("status", "In Progress", "Monitoring")]),
        ("Julien Marchetti", "2023-05-03T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-ops2604.txt", "zone": "Europe/Paris", "referenceDate": "2023-04-26", "text": """
[26/04/2023 04:07] PagerDuty: TRIGGERED boutique-checkout - HTTP 502 (3/3 checks, Paris + Francfort)
[26/04/2023 04:16] Julien: c'est le LB d'hier soir je pense, rollback en cours
[26/04/2023 04:41] Julien: rollback ok, toujours 502. cloud sql inaccessible aussi
[26/04/2023 05:51] Claire: status google : "Water intrusion in europe-west9-a led to an emergency shutdown of some hardware in that zone"
[26/04/2023 06:12] Claire: pas d'ETA. on part sur la bascule europe-west1, restore de la sauvegarde de 03:00
[26/04/2023 08:30] Julien: base restaurée en europe-west1, je redéploie les VM web
"""}],
    "expected": {
        "events": [["2023-04-26T02:03Z", ["502"]], ["2023-04-26T02:07Z", ["TRIGGERED", "PagerDuty"]],
                   ["2023-04-26T02:16Z", ["rollback"]], ["2023-04-26T03:51Z", ["Water intrusion"]],
                   ["2023-04-26T04:12Z", ["bascule"]], ["2023-04-26T06:30Z", ["restaurée"]]],
        "keyTimes": {
            "started": kt("2023-04-26T02:03Z", S, "premiers 502 dans les logs du LB à 04:03", "comment 226013"),
            "detected": kt("2023-04-26T02:07Z", S, "PagerDuty: TRIGGERED boutique-checkout", "slack-ops2604.txt"),
            "resolved": kt("2023-04-26T09:48Z", I_, "La boutique a été indisponible 7 h 45 min au total", "comment 226013")},
        "responders": [["Julien Marchetti", None], ["Claire Benhamou", None]],
        "narrative": nar(["water intrusion"], ["bascule"], ["OPS-2604", "boutique-checkout"],
                         "On 26 April 2023 the Google Cloud Paris region outage took the web shop down from 04:03 Paris time for 7 hours 45 minutes, until it ran again from europe-west1."),
    }})

# 3. Google Cloud Console, 26 April 2023 - global Console impact during the Paris incident, seen from an Austin SaaS ---
I.append({
    "id": "gcp-2023-04-console-austin-saas", "name": "Google Cloud Console global impact 25-26 April 2023 (during the europe-west9 water-intrusion incident the Console failed worldwide; major impact observed 23:15:30 to 03:38:40 PDT), seen from an Austin SaaS platform team whose overnight tenant migration needed the Console",
    "issueId": "98602", "key": "PLT-0426", "summary": "GCP Console 500s / Cloud Shell won't start - tenant migration window blocked",
    "reporter": "Darnell Whitaker", "assignee": "Sofia Lindqvist", "labels": ["gcp", "maintenance-window"],
    "components": ["platform", "tenant-migration"], "created": "2023-04-26T06:48", "now": "2023-05-05T12:00:00Z",
    "defaultZone": "America/Chicago", "priority": "High",
    "description": """Console returns 500 / "Something went wrong" on every project page and Cloud Shell never provisions. The 1 AM tenant migration (TM-88) needs the console for the Cloud SQL cutover, so the window is stuck and the customers being moved are read-only.

Thinking it's our Okta SSO (they had a maintenance notice for tonight). Central time.""",
    "comments": [
        ("226020", "Sofia Lindqvist", "2023-04-26T07:20", """Not Okta: a personal Google account gets the same 500s, and Google's dashboard links console trouble to the europe-west9 incident in Paris. gcloud works for some calls, not the SQL cutover. Slack pasted (slack-plt0426.txt, Central, runs over midnight)."""),
        ("226021", "Darnell Whitaker", "2023-04-26T10:50", """Console loads again, finished the cutover from the UI, the moved tenants are writable."""),
        ("226022", "Sofia Lindqvist", "2023-04-27T15:00", """Google's summary puts major console impact at 23:15:30 to 03:38:40 PDT. Ours lines up."""),
        ("226023", "Darnell Whitaker", "2023-04-28T16:30", """Review (Friday), Central time.
The 11:52 PM pre-checks passed; nothing was wrong before the window.
For us the impact was the 14 tenants stuck read-only: from 1:19 AM, when the cutover step hit the first console 500 and the tenants were already frozen, until 5:41 AM when the cutover finished.
Okta was a red herring.
Actions: script the Cloud SQL cutover with gcloud/Terraform so the window never depends on the Console, freeze tenants only after the cutover pre-check."""),
    ],
    "changelog": [
        ("Sofia Lindqvist", "2023-04-26T06:49", [("status", "Open", "In Progress")]),
        ("Darnell Whitaker", "2023-04-28T16:35", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-plt0426.txt", "zone": "America/Chicago", "referenceDate": "2023-04-25", "text": """
Darnell Whitaker  11:52 PM
TM-88 pre-checks green, window opens at 1
Darnell Whitaker  1:19 AM
tenants frozen, cutover step: console gives 500 on the SQL instance page. every page actually
Sofia Lindqvist  1:31 AM
okta maintenance tonight? trying a personal account
Sofia Lindqvist  2:05 AM
personal account same 500s. google status mentions console + europe-west9
Darnell Whitaker  5:41 AM
console loads, cutover done, tenants writable
"""}],
    "expected": {
        "events": [["2023-04-26T04:52Z", ["pre-checks"]], ["2023-04-26T06:19Z", ["console", "500"]],
                   ["2023-04-26T06:31Z", ["okta"]], ["2023-04-26T07:05Z", ["google status", "europe-west9"]],
                   ["2023-04-26T10:41Z", ["cutover done", "cutover finished"]]],
        "keyTimes": {
            "started": kt("2023-04-26T06:19Z", S, "from 1:19 AM, when the cutover step hit the first console 500", "comment 226023"),
            "detected": kt("2023-04-26T06:19Z", S, "tenants frozen, cutover step: console gives 500", "slack-plt0426.txt"),
            "resolved": kt("2023-04-26T10:41Z", S, "until 5:41 AM when the cutover finished", "comment 226023")},
        "responders": [["Darnell Whitaker", None], ["Sofia Lindqvist", None]],
        "narrative": nar(["europe-west9"], ["cutover"], ["PLT-0426", "TM-88"],
                         "On 26 April 2023 the Google Cloud Console outage stalled an overnight tenant migration, leaving 14 tenants read-only from 1:19 to 5:41 AM CDT."),
    }})

# 4. Azure West Europe, 5 July 2023 - Storm Poly cut a fibre path between datacentres, seen from a Rotterdam planner ---
I.append({
    "id": "azure-2023-07-poly-westeurope-rotterdam", "name": "Azure West Europe network degradation 5 July 2023 (Storm Poly damaged one of four fibre paths between datacentre campuses, links already above design utilisation; packet drops, timeouts and latency about 07:22-16:00 UTC), seen from a Rotterdam freight planner's transport management system",
    "issueId": "98603", "key": "LOG-0507", "summary": "TMS timeouts bij opslaan ritten, chauffeurs-app laadt niet (West Europe)",
    "reporter": "Ruud Bakker", "assignee": "Sanne de Vries", "labels": ["azure", "tms", "p2"],
    "components": ["tms", "driver-app"], "created": "2023-07-05T08:05", "now": "2023-07-19T12:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Planners krijgen timeouts bij het opslaan van ritten in de TMS, de chauffeurs-app blijft hangen op "ritten laden". Niet alles faalt, ongeveer één op de vijf calls.

Vermoedelijk de NSG-regels die ik gisteren heb aangepast (nieuw subnet voor de API). Draai ze terug. Lokale tijd.""",
    "comments": [
        ("226030", "Sanne de Vries", "2023-07-05T09:00", """NSG teruggedraaid, geen verschil. Azure status meldt netwerkproblemen in West Europe. Teams-chat geplakt (teams-log0507.txt, NL tijd)."""),
        ("226031", "Ruud Bakker", "2023-07-05T11:30", """Microsoft: schade aan een glasvezelverbinding tussen datacenters door storm Poly. Timeouts vooral tussen onze app-VM's en de SQL-database, die in een ander deel van de regio staat."""),
        ("226032", "Sanne de Vries", "2023-07-05T16:30", """Failover-groep omgezet, SQL draait nu primair in North Europe. Planners kunnen weer opslaan."""),
        ("226033", "Ruud Bakker", "2023-07-10T13:00", """Evaluatie (maandag).
Microsoft (voorlopige PIR): storm Poly beschadigde een van de vier glasvezelpaden tussen de campussen in West Europe; de overige paden zaten al boven de ontwerpbelasting. Klanten zagen packet drops, timeouts en latency tussen ca. 07:22 UTC en 16:00 UTC.
Wanneer het bij ons begon weten we niet: de eerste timeouts waren sporadisch en de applicatielogs van die ochtend zijn al geroteerd.
Eerste melding: Sanne's planners om 09:41.
Voor ons einde: 17:12, toen de failover naar North Europe klaar was; daarna geen timeouts meer. Microsoft's 16:00 UTC is hun einde.
De NSG-wijziging had er niets mee te maken.
Acties: failover-groep standaard actief, alert op SQL-connectietimeouts."""),
    ],
    "changelog": [
        ("Sanne de Vries", "2023-07-05T08:06", [("status", "Open", "In Progress")]),
        ("Ruud Bakker", "2023-07-10T13:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-log0507.txt", "zone": "Europe/Amsterdam", "referenceDate": "2023-07-05", "text": """
[09:41] Sanne de Vries: TMS geeft timeouts bij opslaan van ritten, chauffeurs-app laadt niet bij drie planners
[09:58] Ruud Bakker: NSG-regels van gisteren? ik draai ze terug
[10:34] Ruud Bakker: NSG terug, nog steeds timeouts. Azure status: West Europe network connectivity issues
[13:20] Ruud Bakker: Microsoft: glasvezel beschadigd door storm Poly, capaciteit tussen datacenters beperkt
[17:12] Sanne de Vries: failover naar North Europe klaar, geen timeouts meer in de laatste 10 min
"""}],
    "expected": {
        "events": [["2023-07-05T07:22Z", ["packet drops", "storm Poly"]], ["2023-07-05T07:41Z", ["timeouts", "melding"]],
                   ["2023-07-05T07:58Z", ["NSG"]], ["2023-07-05T08:34Z", ["Azure status"]],
                   ["2023-07-05T11:20Z", ["storm Poly", "glasvezel"]], ["2023-07-05T15:12Z", ["failover"]],
                   ["2023-07-05T16:00Z", ["16:00 UTC", "packet drops"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2023-07-05T07:41Z", S, "Eerste melding: Sanne's planners om 09:41", "comment 226033"),
            "resolved": kt("2023-07-05T15:12Z", S, "Voor ons einde: 17:12", "comment 226033")},
        "responders": [["Ruud Bakker", None], ["Sanne de Vries", None]],
        "narrative": nar(["glasvezel"], ["failover"], ["LOG-0507", "TMS"],
                         "On 5 July 2023 Storm Poly's damage to Azure West Europe's network made the planner's TMS and driver app time out until 17:12 local time; when it began for them is not known."),
    }})

# 5. Azure West Europe, 20 October 2023 - generators failed to pick up after a utility disturbance, seen from a London card processor
I.append({
    "id": "azure-2023-10-westeurope-power-cardauth", "name": "Azure West Europe power issue 20 October 2023 (upstream utility disturbance, move to generator power at about 07:31 UTC, a subset of generators failed to take over; power restored about 08:00 UTC, most services accessible from 09:15 UTC, some storage nodes recovered manually), seen from a London card-payments firm's authorisation API",
    "issueId": "98604", "key": "PAY-2010", "summary": "Card auth API declines/timeouts - westeurope zone 1 nodes NotReady",
    "reporter": "Callum Reid", "assignee": "Ngozi Adeyemi", "labels": ["p1", "auth", "azure"],
    "components": ["auth-api", "aks"], "created": "2023-10-20T07:52", "now": "2023-11-03T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """auth-api timing out for roughly a third of authorisations, AKS nodes in westeurope zone 1 NotReady, the SQL replica in zone 1 unreachable. Merchants seeing declines at the till.

Since ~8.30. Probably last night's AKS node image upgrade, rolling the zone 1 pool back. UK time.""",
    "comments": [
        ("226040", "Ngozi Adeyemi", "2023-10-20T08:10", """Rollback won't help - Azure status has a power issue in one West Europe availability zone, VMs and SQL affected. Cordoning zone 1 and pushing traffic to zones 2/3. Slack pasted (slack-pay2010.txt, BST)."""),
        ("226041", "Callum Reid", "2023-10-20T09:30", """Zone 1 nodes back, auth success rate normal. Keeping an eye on the SQL replica, still resyncing."""),
        ("226042", "Ngozi Adeyemi", "2023-10-23T10:00", """Replica healthy since Saturday. Microsoft says a small number of storage nodes needed manual recovery - not ours."""),
        ("226043", "Callum Reid", "2023-10-25T15:00", """Post-incident review (Wednesday), BST.
Microsoft: an upstream utility disturbance moved part of a datacentre to generators at about 07:31 UTC, some generators failed to take over; power restored around 08:00 UTC and most services accessible again from 09:15 UTC.
Cardholders saw declines from 08:31 BST - our first failed auth in the gateway log is the same minute as Microsoft's generator switchover - until 10:22 BST, when the success rate was back over 99.5%.
Opsgenie paged at 8:34. The AKS upgrade guess was wrong and the rollback would have cost us zone 2 as well.
Actions: zone-aware pod spreading with a hard minimum per zone, auth-api to fail fast on an unreachable replica."""),
    ],
    "changelog": [
        ("Ngozi Adeyemi", "2023-10-20T07:53", [("status", "Open", "In Progress")]),
        ("Callum Reid", "2023-10-20T09:31", [("status", "In Progress", "Monitoring")]),
        ("Callum Reid", "2023-10-25T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-pay2010.txt", "zone": "Europe/London", "referenceDate": "2023-10-20", "text": """
Opsgenie  8:34 AM
[P1] auth-api availability 91.2% < 99% (westeurope) - assigned to Callum Reid
Callum Reid  8:41 AM
zone 1 nodes NotReady. node image upgrade from last night? starting pool rollback
Ngozi Adeyemi  9:02 AM
STOP the rollback - Azure status: power issue in one AZ in West Europe, VMs / SQL DB impacted
Ngozi Adeyemi  9:20 AM
zone 1 nodes coming back, cordoned until stable
Callum Reid  10:22 AM
auth success back above 99.5%, declines at baseline
"""}],
    "expected": {
        "events": [["2023-10-20T07:31Z", ["generator", "failed auth"]], ["2023-10-20T07:34Z", ["Opsgenie", "P1"]],
                   ["2023-10-20T07:41Z", ["rollback"]], ["2023-10-20T08:00Z", ["power restored"]],
                   ["2023-10-20T08:02Z", ["power issue"]], ["2023-10-20T08:20Z", ["coming back"]],
                   ["2023-10-20T09:15Z", ["accessible"]], ["2023-10-20T09:22Z", ["back above", "back over"]]],
        "keyTimes": {
            "started": kt("2023-10-20T07:31Z", S, "Cardholders saw declines from 08:31 BST", "comment 226043"),
            "detected": kt("2023-10-20T07:34Z", S, "[P1] auth-api availability 91.2% < 99%", "slack-pay2010.txt"),
            "resolved": kt("2023-10-20T09:22Z", S, "until 10:22 BST, when the success rate was back over 99.5%", "comment 226043")},
        "responders": [["Callum Reid", None], ["Ngozi Adeyemi", None]],
        "narrative": nar(["generators"], ["cordon"], ["PAY-2010", "auth-api"],
                         "On 20 October 2023 an Azure West Europe power issue made the firm's card authorisations fail or time out from 08:31 to 10:22 BST."),
    }})

# 6. UPI (NPCI), 12 April 2025 - nationwide partial declines, seen from a Pune supermarket chain --------------------
I.append({
    "id": "upi-2025-04-supermarket-pune", "name": "UPI outage 12 April 2025 (NPCI: intermittent technical issues leading to partial UPI transaction declines; Downdetector reports from about 11:26 AM IST, peak around 1 PM; NPCI later: stable since late afternoon; later attributed to banks' excessive status-check calls), seen from a Pune supermarket chain's stores and IT",
    "issueId": "98605", "key": "POS-1204", "summary": "UPI payments failing at all store counters (GPay/PhonePe/Paytm) - Saturday rush",
    "reporter": "Meera Joshi", "assignee": "Aniket Deshpande", "labels": ["payments", "stores", "p1"],
    "components": ["pos", "payments"], "created": "2025-04-12T06:25", "now": "2025-04-25T12:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """UPI failing at counters in all 9 stores - customers' apps show "recipient bank network down" or stay pending, some get debited without our POS seeing the credit. Card and cash OK. Saturday, queues building.

From late morning. Might be the POS terminal firmware that the vendor pushed on Thursday? Raised with them. IST.""",
    "comments": [
        ("226050", "Aniket Deshpande", "2025-04-12T06:55", """Firmware is not it - customers' UPI fails at the petrol pump next door too, and NPCI has posted about partial declines. Put "cash / card please" boards at counters. Store managers' WhatsApp group pasted (whatsapp-pos1204.txt, IST)."""),
        ("226051", "Meera Joshi", "2025-04-12T10:30", """Some UPI going through now, but not all. Pending debits: 37 so far, helpdesk collecting UTRs for refunds."""),
        ("226052", "Aniket Deshpande", "2025-04-13T05:00", """Sunday morning normal. NPCI said stable since late afternoon yesterday. Refund list with the bank."""),
        ("226053", "Meera Joshi", "2025-04-16T11:00", """Review (Wednesday).
NPCI called it intermittent technical issues with partial UPI declines; news reports later pointed at banks flooding the network with status-check calls, and NPCI issued new limits on those.
Started for us at 11:31 am: first declined UPI in the POS log (Kothrud, counter 2).
First report 11:38 am from Rohit in the store group - that is when we knew.
End: we cannot put a minute on it. Success rate crept back through the afternoon, no store logged when declines stopped, and NPCI's "late afternoon" is theirs, not ours.
The firmware was innocent.
Actions: show a UPI-down banner at counters from the POS decline rate, reconcile pending debits the same day."""),
    ],
    "changelog": [
        ("Aniket Deshpande", "2025-04-12T06:26", [("status", "Open", "In Progress")]),
        ("Aniket Deshpande", "2025-04-13T05:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Meera Joshi", "2025-04-14T04:30", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Meera Joshi", "2025-04-16T11:05", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-pos1204.txt", "zone": "Asia/Kolkata", "referenceDate": "2025-04-12", "text": """
12/04/25, 11:38 am - Rohit Kulkarni (Kothrud): UPI not going at all 4 counters, customers standing, gpay showing pending
12/04/25, 11:44 am - Meera Joshi (IT): same in Baner? maybe the terminal firmware from thursday, checking with vendor
12/04/25, 12:10 pm - Meera Joshi (IT): NPCI tweet - intermittent technical issues, partial UPI transaction declines. NOT our terminals. cash/card boards please
12/04/25, 1:02 pm - Aditya Pawar (Baner): still failing, queue till the door
12/04/25, 3:15 pm - Rohit Kulkarni (Kothrud): some UPI going through now, some still pending
"""}],
    "expected": {
        "events": [["2025-04-12T06:01Z", ["declined UPI", "Started"]], ["2025-04-12T06:08Z", ["UPI not going", "First report"]],
                   ["2025-04-12T06:14Z", ["firmware"]], ["2025-04-12T06:40Z", ["NPCI"]],
                   ["2025-04-12T07:32Z", ["still failing"]], ["2025-04-12T09:45Z", ["going through"]]],
        "keyTimes": {
            "started": kt("2025-04-12T06:01Z", S, "Started for us at 11:31 am: first declined UPI in the POS log", "comment 226053"),
            "detected": kt("2025-04-12T06:08Z", S, "First report 11:38 am from Rohit in the store group", "comment 226053"),
            "resolved": kt(None, U)},
        "responders": [["Meera Joshi", None], ["Aniket Deshpande", None]],
        "narrative": nar(["status-check"], ["stable"], ["POS-1204", "Kothrud"],
                         "On 12 April 2025 the nationwide UPI outage made UPI payments fail at the chain's counters from 11:31 am IST; they came back gradually in the afternoon and the end is not known."),
    }})

# 7. Southwest Airlines, 18 April 2023 - vendor firewall failure, FAA ground stop, seen from a Denver station --------
I.append({
    "id": "southwest-2023-04-firewall-den-station", "name": "Southwest Airlines ground stop 18 April 2023 (a vendor-supplied firewall went down early in the morning and the connection to some operational data was lost; FAA paused departures at the airline's request, reported 9:36 AM CDT, lifted about 11:10 AM EDT), seen from the Denver station's operations",
    "issueId": "98606", "key": "DEN-0418", "summary": "No weight & balance / no releases - all departures holding at DEN",
    "reporter": "Gabriela Ortiz", "assignee": "Kevin Albers", "labels": ["station-ops", "ground-stop"],
    "components": ["station-control", "load-planning"], "created": "2023-04-18T14:45", "now": "2023-04-28T12:00:00Z",
    "defaultZone": "America/Denver",
    "description": """Load planning can't get weight & balance for any flight, ACARS data not coming through, all departures holding at the gate. FAA ground stop for all WN now.

Started about 8:30. I think it's our ramp network - the switch in the C-gates closet was swapped last night. Calling the help desk. Mountain.""",
    "comments": [
        ("226060", "Kevin Albers", "2023-04-18T15:00", """Not the closet switch: Dallas NOC says the loss of operational data is company-wide. Station ops log pasted (opslog-den0418.txt, Mountain)."""),
        ("226061", "Gabriela Ortiz", "2023-04-18T15:40", """Ground stop lifted, manifests printing, first pushes out. Delays rolling through the afternoon bank."""),
        ("226062", "Kevin Albers", "2023-04-19T02:00", """End of day: 61 of our departures delayed, none cancelled. Keeping open for the review."""),
        ("226063", "Gabriela Ortiz", "2023-04-21T17:00", """Review (Friday).
Company statement: early that morning a vendor-supplied firewall went down and the connection to some operational data was unexpectedly lost; the FAA paused departures at our request.
Station impact 8:21 → 9:05 AM Mountain: no weight and balance, so nothing could go. The ground stop (8:36 to 9:10 our time) sat inside that.
We knew at 8:24 when load planning called ops control; "about 8:30" in the ticket was a guess, and so was the closet switch.
Actions: paper weight-and-balance fallback drill, direct line from load planning to the NOC."""),
    ],
    "changelog": [
        ("Kevin Albers", "2023-04-18T14:46", [("status", "Open", "In Progress")]),
        ("Gabriela Ortiz", "2023-04-21T17:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "opslog-den0418.txt", "zone": "America/Denver", "referenceDate": "2023-04-18", "text": """
04/18/2023 08:21 MT  LOAD   W&B request for WN1432 timed out, retrying
04/18/2023 08:24 MT  OPS    call from load planning: no W&B, no ACARS data, all flights
04/18/2023 08:36 MT  NOC    FAA ground stop at our request, all WN departures hold
04/18/2023 09:05 MT  LOAD   W&B returning again, manifests printing
04/18/2023 09:10 MT  NOC    ground stop lifted
04/18/2023 09:27 MT  RAMP   WN1432 pushed gate C41
"""}],
    "expected": {
        "events": [["2023-04-18T14:21Z", ["W&B", "Station impact"]], ["2023-04-18T14:24Z", ["load planning"]],
                   ["2023-04-18T14:36Z", ["ground stop"]], ["2023-04-18T15:05Z", ["W&B returning", "Station impact"]],
                   ["2023-04-18T15:10Z", ["lifted", "ground stop"]], ["2023-04-18T15:27Z", ["pushed"]]],
        "keyTimes": {
            "started": kt("2023-04-18T14:21Z", S, "Station impact 8:21 → 9:05 AM Mountain", "comment 226063"),
            "detected": kt("2023-04-18T14:24Z", S, "call from load planning: no W&B, no ACARS data", "opslog-den0418.txt"),
            "resolved": kt("2023-04-18T15:05Z", S, "Station impact 8:21 → 9:05 AM Mountain", "comment 226063")},
        "responders": [["Gabriela Ortiz", None], ["Kevin Albers", None]],
        "narrative": nar(["firewall"], ["lifted"], ["DEN-0418", "WN1432"],
                         "On 18 April 2023 a vendor firewall failure cut Southwest's operational data and held the station's departures from 8:21 to 9:05 AM Mountain."),
    }})

# 8. Bell Canada, 21 May 2025 - router update took down internet and mobile, seen from a Montreal hospital's switchboard
I.append({
    "id": "bell-2025-05-routers-montreal-hospital", "name": "Bell Canada internet and mobile outage 21 May 2025 (an update impacted some of Bell's routers and was rolled back; reports from just before 9:20 AM EDT, fully restored by 11 AM EDT), seen from a Montreal hospital's switchboard and IT",
    "issueId": "98607", "key": "TEL-0521", "summary": "Lien Internet Bell coupé + cellulaires Bell des médecins de garde injoignables",
    "reporter": "Marc-André Gagnon", "assignee": "Lucie Tremblay", "labels": ["telecom", "code-jaune"],
    "components": ["reseau", "standard"], "created": "2025-05-21T13:35", "now": "2025-06-04T12:00:00Z",
    "defaultZone": "America/Toronto",
    "description": """Plus d'Internet sur le lien fibre Bell (portail patient, télé-consultations, courriels externes) et les cellulaires Bell des médecins de garde ne reçoivent plus d'appels. Lignes fixes internes OK.

Depuis 9 h 30 environ? Peut-être notre mise à jour Fortinet d'hier soir. Heure de Montréal.""",
    "comments": [
        ("226070", "Lucie Tremblay", "2025-05-21T14:00", """Le pare-feu n'y est pour rien : Bell confirme une interruption en Ontario et au Québec. Codes et rappels passent par les téléavertisseurs et les lignes fixes. Fil Teams collé (teams-tel0521.txt, heure de Montréal)."""),
        ("226071", "Marc-André Gagnon", "2025-05-21T15:30", """Lien Bell revenu, cellulaires OK, télé-consultations reprises. On surveille."""),
        ("226072", "Lucie Tremblay", "2025-05-22T13:00", """Bell : une mise à jour a touché certains de leurs routeurs, retour en arrière ; pas de cyberattaque. Rapport CRTC de leur côté."""),
        ("226073", "Marc-André Gagnon", "2025-05-27T14:00", """Retour (mardi).
Début : 09:14, dernier paquet reçu sur la fibre Bell dans les journaux du pare-feu. Détection : l'appel du standard trois minutes plus tard.
Au total 1 h 52 min sans lien Internet Bell ni cellulaires Bell pour les médecins de garde. Bell annonce un rétablissement complet à 11 h, ce n'est pas notre fin.
La mise à jour Fortinet n'y était pour rien.
Actions : second lien Internet chez un autre opérateur, téléavertisseurs gardés en service pour les codes."""),
    ],
    "changelog": [
        ("Lucie Tremblay", "2025-05-21T13:36", [("status", "Open", "In Progress")]),
        ("Marc-André Gagnon", "2025-05-21T15:31", [("status", "In Progress", "Monitoring")]),
        ("Marc-André Gagnon", "2025-05-27T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-tel0521.txt", "zone": "America/Toronto", "referenceDate": "2025-05-21", "text": """
[09:17] Lucie Tremblay (standard): les cellulaires Bell des médecins de garde ne reçoivent plus les appels, et Internet est coupé au poste
[09:22] Marc-André Gagnon: ça ressemble à notre mise à jour Fortinet d'hier soir ?? je regarde
[09:40] Marc-André Gagnon: pare-feu OK. Bell confirme une interruption Ontario/Québec
[09:55] Lucie Tremblay (standard): on passe aux téléavertisseurs et aux lignes fixes pour les codes
[10:30] Marc-André Gagnon: Bell : « mise à jour qui a touché certains de nos routeurs », retour en arrière en cours
"""}],
    "expected": {
        "events": [["2025-05-21T13:14Z", ["dernier paquet", "Début"]], ["2025-05-21T13:17Z", ["cellulaires"]],
                   ["2025-05-21T13:22Z", ["Fortinet"]], ["2025-05-21T13:40Z", ["Bell confirme"]],
                   ["2025-05-21T13:55Z", ["téléavertisseurs"]], ["2025-05-21T14:30Z", ["routeurs"]]],
        "keyTimes": {
            "started": kt("2025-05-21T13:14Z", S, "Début : 09:14, dernier paquet reçu sur la fibre Bell", "comment 226073"),
            "detected": kt("2025-05-21T13:17Z", S, "les cellulaires Bell des médecins de garde ne reçoivent plus les appels", "teams-tel0521.txt"),
            "resolved": kt("2025-05-21T15:06Z", I_, "Au total 1 h 52 min sans lien Internet Bell", "comment 226073")},
        "responders": [["Marc-André Gagnon", None], ["Lucie Tremblay", None]],
        "narrative": nar(["routeurs"], ["retour en arrière"], ["TEL-0521", "Fortinet"],
                         "On 21 May 2025 Bell's router-update outage cut the hospital's internet link and on-call doctors' Bell mobiles for 1 hour 52 minutes from 09:14 Montreal time."),
    }})

# 9. Sealdah division, 5 February 2025 - point 102 at Kankurgachi failed after the new interlocking, seen from division control
I.append({
    "id": "sealdah-2025-02-kankurgachi-point-control", "name": "Sealdah Main and North lines disruption 5 February 2025 (point No. 102 at Kankurgachi malfunctioned at 12:14 pm as a train started from Sealdah, days after new electronic interlocking was commissioned; lines 3 and 4 halted, line 2 on manual signalling, fixed by 1:35 pm; about 18 pairs of locals affected), seen from Sealdah division's control office",
    "issueId": "98608", "key": "SDAH-0205", "summary": "Pt 102 Kankurgachi failure - lines 3/4 Up & Dn blocked, Main & North locals held",
    "reporter": "Subhajit Ghosh", "assignee": "Priyanka Mondal", "labels": ["signalling", "punctuality"],
    "components": ["control", "s-and-t"], "created": "2025-02-05T07:05", "now": "2025-02-19T12:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Point 102 at Kankurgachi not detecting, lines 3 and 4 blocked both directions. Trains held between Dum Dum and Sealdah, running what we can on lines 1/2, line 2 on manual. Passengers walking on track near Kankurgachi - RPF informed.

Since 12.15 approx. Suspect the new EI software (commissioned 3 Feb) - S&T asked to check with the OEM. IST.""",
    "comments": [
        ("226080", "Priyanka Mondal", "2025-02-05T07:30", """S&T at site: EI logic healthy, it is the point itself not detecting. Control log extract pasted (controllog-sdah0205.txt, IST)."""),
        ("226081", "Subhajit Ghosh", "2025-02-05T08:20", """Point set and detected, lines 3/4 open Up and Dn, services normalising. 15 pairs late, 2 pairs cancelled, one Naihati-Ballygunge short-terminated at Barrackpore."""),
        ("226082", "Priyanka Mondal", "2025-02-06T06:00", """Divisional statement issued. Point 102 inspection by S&T and P.Way jointly tonight."""),
        ("226083", "Subhajit Ghosh", "2025-02-10T09:30", """Joint note (Monday), IST.
Failure 12:14 hrs at point 102 as the local was starting from Sealdah; SM/SDAH recorded it the same minute.
Lines 3 and 4 closed Up and Dn; line 2 worked on manual signalling meanwhile.
Point set and detected again 13:35 hrs, lines 3/4 restored for traffic; that is the end of the disruption. The EI software suspicion in the ticket was wrong.
Actions: point machine checks added to the post-commissioning schedule for the new EI yards, standard message to passengers within 5 minutes of a block."""),
    ],
    "changelog": [
        ("Priyanka Mondal", "2025-02-05T07:06", [("status", "Open", "In Progress")]),
        ("Subhajit Ghosh", "2025-02-05T08:21", [("status", "In Progress", "Monitoring")]),
        ("Subhajit Ghosh", "2025-02-10T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "controllog-sdah0205.txt", "zone": "Asia/Kolkata", "referenceDate": "2025-02-05", "text": """
05.02.2025 12:14 SM/SDAH: Pt.102 KNJ no detection while local starting from SDAH. Lines 3 & 4 Up/Dn blocked
05.02.2025 12:22 TPC/control: line 2 on manual signalling (paper line clear), locals regulated at DDJ
05.02.2025 12:40 control: 2 pairs cancelled, announcement at SDAH/DDJ/BNXR
05.02.2025 13:35 SM/SDAH: Pt.102 set and detected, lines 3 & 4 restored Up/Dn
05.02.2025 13:50 control: Main & North services normal, late running only
"""}],
    "expected": {
        "events": [["2025-02-05T06:44Z", ["Pt.102", "point 102"]], ["2025-02-05T06:52Z", ["manual signalling"]],
                   ["2025-02-05T07:10Z", ["cancelled"]], ["2025-02-05T08:05Z", ["restored", "detected"]],
                   ["2025-02-05T08:20Z", ["normal"]]],
        "keyTimes": {
            "started": kt("2025-02-05T06:44Z", S, "Failure 12:14 hrs at point 102", "comment 226083"),
            "detected": kt("2025-02-05T06:44Z", S, "SM/SDAH: Pt.102 KNJ no detection", "controllog-sdah0205.txt"),
            "resolved": kt("2025-02-05T08:05Z", S, "Point set and detected again 13:35 hrs", "comment 226083")},
        "responders": [["Subhajit Ghosh", None], ["Priyanka Mondal", None]],
        "narrative": nar(["point"], ["set and detected"], ["SDAH-0205", "Pt.102"],
                         "On 5 February 2025 a point failure at Kankurgachi blocked Sealdah's lines 3 and 4 from 12:14 to 13:35 IST, delaying or cancelling about 18 pairs of locals."),
    }})

# 10. A small water district, 20 February 2021 - both main pumps failed to start, seen from the district's operator ---
I.append({
    "id": "waterdistrict-2021-02-mainpumps-operator", "name": "Small water district main pump failure 20 February 2021 (both main pumps in the main pump house failed to start, reservoir very low, widespread service interruptions; 40 HP pump restarted 10:58 AM, both pumps running 7:45 PM with manual cycling overnight, reservoir recovery about 24 hours), seen from the district's operator",
    "issueId": "98609", "key": "WTR-0220", "summary": "Main pump house - both pumps down, reservoir low, customers without water",
    "reporter": "Dale Kowalczyk", "assignee": "Rita Amundsen", "labels": ["water", "outage"],
    "components": ["pump-house", "distribution"], "created": "2021-02-20T17:20", "now": "2021-03-05T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Both main pumps in the pump house off and won't start. Reservoir very low, customers on the upper roads have no water, others low pressure.

Pumps probably tripped in the power blink last night (PUD had an outage around midnight?). Electrician called. Pacific time.""",
    "comments": [
        ("226090", "Rita Amundsen", "2021-02-20T17:50", """PUD says no outage on our feeder last night. Posted the outage notice on the blog. Operator's notebook typed up and pasted (notebook-wtr0220.txt, Pacific)."""),
        ("226091", "Dale Kowalczyk", "2021-02-20T19:10", """40 HP pump running, water moving to the reservoir. Still asking people to conserve."""),
        ("226092", "Rita Amundsen", "2021-02-21T17:00", """Both pumps up since last night, cycling them by hand overnight because the sand filters give low flow. Reservoir recovering."""),
        ("226093", "Dale Kowalczyk", "2021-02-26T18:00", """Board notes (Friday).
Cause per the electrician: a failed control relay kept both pump starters from closing; the power-blink theory was wrong.
When did it start? We don't know - the pump house has no run-time logging and nobody read the reservoir level between Friday afternoon and the first call.
First we heard: Mrs. Hale's call at 8:12 AM Saturday.
Customers had water again at 2:40 PM when the last low-zone calls cleared; the reservoir took another day to recover but everyone had water.
Actions: pump-fail alarm to the operator's phone, reservoir level logging, spare relay on the shelf."""),
    ],
    "changelog": [
        ("Rita Amundsen", "2021-02-20T17:21", [("status", "Open", "In Progress")]),
        ("Dale Kowalczyk", "2021-02-26T18:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "notebook-wtr0220.txt", "zone": "America/Los_Angeles", "referenceDate": "2021-02-20", "text": """
Sat 2/20
8:12 AM - call, Mrs. Hale, Ridge Rd: no water at all
8:40 AM - pump house: both main pumps off, won't start. reservoir 3.1 ft
9:05 AM - outage notice on the blog, asked everyone to conserve
10:58 AM - 40 HP pump restarted, water moving to reservoir
2:40 PM - pressure back at Ridge Rd hydrant, last low-zone calls cleared
7:45 PM - electrician: both pumps running, manual cycling overnight (sand filter flow low)
"""}],
    "expected": {
        "events": [["2021-02-20T16:12Z", ["no water", "call"]], ["2021-02-20T16:40Z", ["pumps off"]],
                   ["2021-02-20T17:05Z", ["outage notice"]], ["2021-02-20T18:58Z", ["40 HP pump"]],
                   ["2021-02-20T22:40Z", ["pressure back", "had water again"]], ["2021-02-21T03:45Z", ["both pumps running"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2021-02-20T16:12Z", S, "call, Mrs. Hale, Ridge Rd: no water at all", "notebook-wtr0220.txt"),
            "resolved": kt("2021-02-20T22:40Z", S, "Customers had water again at 2:40 PM", "comment 226093")},
        "responders": [["Dale Kowalczyk", None], ["Rita Amundsen", None]],
        "narrative": nar(["relay"], ["restarted"], ["WTR-0220", "Ridge Rd"],
                         "On 20 February 2021 both main pumps of the district failed to start and customers were without water or pressure until 2:40 PM; when it began is not known."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

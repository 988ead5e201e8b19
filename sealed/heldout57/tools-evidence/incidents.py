"""Held-out 57 incidents: compact specs. Ten public incidents of 2014-2019 seen from small customers, each written in the
language of the people who lived through it: Google App Engine's US-CENTRAL outage of 11 August 2016 seen from a
Guadalajara ticketing start-up (Mexican Spanish, Slack); Google Cloud networking incident 18016 of 11 October 2018 seen
from a Montreal chalet-booking site (Quebec French, Opsgenie + Slack); the VSTS networking failure of 12 July 2017 seen
from a Budapest invoicing shop (Hungarian Slack); the VSTS West Europe hosted-build incident of 27 July 2018 seen from a
Cluj agri-app team (Romanian Slack); Travis CI's macOS outage of 1 February 2017 seen from a Saigon iOS studio
(Vietnamese Slack); Linode's London packet loss of 31 January 2015 seen from a Jakarta batik web shop (Indonesian
WhatsApp); Google App Engine's high latency of 7 June 2017 seen from a Tel Aviv night-delivery app (Hebrew, PagerDuty
payload); Linode's Atlanta switch failure of 21 February 2017 seen from a Lagos school-fees portal (Nigerian English,
Opsgenie + WhatsApp); Google App Engine's API authentication errors of 5 March 2015 seen from a Cape Town roster app
(South African English, Slack); the VSTS outages of 6 November 2017 seen from an Aberystwyth agency (Welsh and English).
Timeline facts from public statements (SOURCES-heldout57.md); people, companies, ticket keys, chat wording, wrong first
guesses and the customer-side minutes are made up and never contradict the published timelines."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2016-08-11 15:35' in zone -> '2016-08-11T20:35' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


MEX, TOR, BUD, BUH, HCM = "America/Mexico_City", "America/Toronto", "Europe/Budapest", "Europe/Bucharest", "Asia/Ho_Chi_Minh"
JKT, TLV, LOS, JNB, LON = "Asia/Jakarta", "Asia/Jerusalem", "Africa/Lagos", "Africa/Johannesburg", "Europe/London"
LA, NY, Z = "America/Los_Angeles", "America/New_York", "UTC"

I = []

# 1. Google App Engine, 11 August 2016 - US-CENTRAL errors, seen from a Guadalajara ticketing start-up (Mexican Spanish)
I.append({
    "id": "gae-2016-08-uscentral-guadalajara-boletos", "name": "Google App Engine Incident #16008, 11 August 2016 (US/Pacific: began 13:13, ended 15:00; 21% of App Engine apps in US-CENTRAL had error rates over 10% and elevated latency, 16% more had lower error rates; summary posted 23 Aug 09:54; the failure came during a routine rebalancing of traffic between datacenters, a router update and datacenter automation), seen from a Guadalajara start-up selling concert tickets from an App Engine app",
    "issueId": "98150", "key": "BOL-0811", "summary": "No se pueden comprar boletos (Error 500 en app y web)",
    "reporter": "Fernanda Ríos", "assignee": "Rodrigo Salazar", "labels": ["app-engine", "pagos", "boletera"],
    "components": ["boletera-web", "pagos"], "created": c("2016-08-11 15:35", MEX), "now": "2016-08-26T18:00:00Z",
    "defaultZone": MEX, "priority": "Highest",
    "description": """No se pueden comprar boletos ni en la app ni en la web: sale "Error 500" o se queda cargando. Los clientes nos escriben por WhatsApp, el concierto del sábado está en preventa.

¿Desde las 3 y cacho? Sospecho del deploy de ayer del módulo de pagos (Conekta). Horas de Guadalajara.""",
    "comments": [
        ("238000", "Rodrigo Salazar", c("2016-08-11 16:00", MEX), """No era el deploy: hicimos rollback y siguieron los 500. En la consola de App Engine hay errores y latencia en toda la región us-central y Google tiene incidente abierto. Hilo de Slack en slack-h57bol-0811.txt (hora de Guadalajara)."""),
        ("238001", "Fernanda Ríos", c("2016-08-11 17:20", MEX), """Ya se puede comprar otra vez. Le reenviamos el link de pago a 31 clientes que se quedaron a medias."""),
        ("238002", "Rodrigo Salazar", c("2016-08-24 10:00", MEX), """Google publicó el resumen, lo pegué en gae-h57bol-16008.txt (hora del Pacífico, PDT, dos horas menos que nosotros)."""),
        ("238003", "Mariana Cortés", c("2016-08-25 12:00", MEX), """Resumen (hora de Guadalajara, CDT = UTC-5)
Errores 500 para nuestros clientes: de las 15:13 a las 17:00 (Google: 13:13–15:00 PDT).
Nos enteramos por la alerta de Pingdom; el primer WhatsApp de un cliente llegó 3 minutos después.
El deploy del módulo de pagos no tuvo nada que ver; el rollback nomás nos quitó un cuarto de hora.
El "ya jala" de Rodrigo es cuando lo vio; según Google terminó a las 15:00 PDT.
Causa (Google): durante un rebalanceo rutinario de tráfico entre centros de datos de US-CENTRAL, una actualización de routers y la automatización del centro de datos dejaron apps con errores.
Acciones: revisar status.cloud.google.com antes de hacer rollback; mensaje listo para redes; evaluar una segunda región."""),
    ],
    "changelog": [
        ("Rodrigo Salazar", c("2016-08-11 15:37", MEX), [("status", "Open", "In Progress")]),
        ("Fernanda Ríos", c("2016-08-11 17:21", MEX), [("status", "In Progress", "Monitoring")]),
        ("Mariana Cortés", c("2016-08-25 12:05", MEX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-h57bol-0811.txt", "zone": MEX, "referenceDate": "2016-08-11", "text": """
#soporte-boletos   jueves 11 de agosto
[3:21 PM] Pingdom: DOWN alert: boletera-app (boletos.tapatio.mx) is DOWN (HTTP 500)
[3:24 PM] Fernanda Ríos: oigan un cliente por WhatsApp dice que no puede pagar sus boletos pal concierto del sábado, le sale error
[3:29 PM] Rodrigo Salazar: no manches, ¿será el deploy de ayer del módulo de pagos? ahorita hago rollback
[3:44 PM] Rodrigo Salazar: rollback listo y siguen los 500 :( no era eso
[3:51 PM] Rodrigo Salazar: en la consola se ve latencia alta y errores, Google tiene incidente: "App Engine Outage"
[4:10 PM] Fernanda Ríos: puse aviso en Facebook: fallas para comprar, los lugares apartados se respetan
[5:03 PM] Rodrigo Salazar: ya jala, cero errores en los últimos 3 min
[5:06 PM] Pingdom: UP alert: boletera-app (boletos.tapatio.mx) is UP again
"""}, {"file": "gae-h57bol-16008.txt", "zone": LA, "referenceDate": "2016-08-11", "text": """
Google App Engine Incident #16008 - App Engine Outage
Incident began at 2016-08-11 13:13 and ended at 2016-08-11 15:00 (all times are US/Pacific).
Aug 23, 2016 09:54  SUMMARY: On Thursday 11 August 2016, 21% of Google App Engine applications hosted in the US-CENTRAL region experienced error rates in excess of 10% and elevated latency.
An additional 16% of applications hosted on the same GAE instance observed lower rates of errors and latency during the same period.
(root cause per the post, Rodrigo's notes: a routine rebalancing of traffic between datacenters went wrong; router update + datacenter automation)
"""}],
    "expected": {
        "events": [[u("2016-08-11 13:13", LA), ["Incident began"]], [u("2016-08-11 15:21", MEX), ["DOWN alert"]],
                   [u("2016-08-11 15:24", MEX), ["WhatsApp"]], [u("2016-08-11 15:29", MEX), ["deploy"]],
                   [u("2016-08-11 15:44", MEX), ["rollback"]], [u("2016-08-11 15:51", MEX), ["App Engine Outage"]],
                   [u("2016-08-11 16:10", MEX), ["Facebook"]], [u("2016-08-11 15:00", LA), ["ended"]],
                   [u("2016-08-11 17:03", MEX), ["ya jala"]], [u("2016-08-11 17:06", MEX), ["UP alert"]],
                   [u("2016-08-23 09:54", LA), ["SUMMARY"]]],
        "keyTimes": {
            "started": kt(u("2016-08-11 15:13", MEX), S, "de las 15:13 a las 17:00", "comment 238003"),
            "detected": kt(u("2016-08-11 15:21", MEX), S, "DOWN alert: boletera-app", "slack-h57bol-0811.txt"),
            "resolved": kt(u("2016-08-11 17:00", MEX), S, "de las 15:13 a las 17:00", "comment 238003")},
        "responders": [["Fernanda Ríos", None], ["Rodrigo Salazar", None], ["Mariana Cortés", None]],
        "narrative": nar(["rebalanceo rutinario"], ["ended at 2016-08-11 15:00"], ["BOL-0811", "#soporte-boletos"],
                         "On 11 August 2016 from 15:13 to 17:00 Guadalajara time customers could not buy tickets because the start-up's App Engine app returned 500s; 31 payment links were re-sent.",
                         well=["Facebook"], badly=["rollback"]),
    }})

# 2. Google Cloud networking 18016, 11 October 2018 - us-central1-c cut off, seen from a Montreal chalet-booking site (Quebec French)
I.append({
    "id": "gcp-2018-10-uscentral1c-montreal-chalets", "name": "Google Cloud Networking Incident #18016, 11 October 2018 (US/Pacific: 16:13 to 16:54, a section of Google's network including part of us-central1-c lost connectivity to the backbone that connects to the public internet for 41 minutes; 61% of the zone's VMs were in the affected cluster; issue summary posted 12 Oct 21:07), seen from a Montreal site that books chalets and whose VMs ran in us-central1-c",
    "issueId": "98151", "key": "CHL-1011", "summary": "Site de réservation inaccessible (timeouts) / booking site down",
    "reporter": "Émilie Gagnon", "assignee": "Jean-Philippe Tremblay", "labels": ["gcp", "reservations", "uptime"],
    "components": ["site-resa", "infra"], "created": c("2018-10-11 19:24", TOR), "now": "2018-10-25T14:00:00Z",
    "defaultZone": TOR, "priority": "Highest",
    "description": """Le site de résa répond pus, timeout partout. Un jeudi soir en pleine saison des couleurs, les réservations de fin de semaine rentrent pas.

Ça a commencé vers 7h? Peut-être encore Vidéotron au bureau. Heures de Montréal.""",
    "comments": [
        ("238004", "Jean-Philippe Tremblay", c("2018-10-11 19:40", TOR), """C'est pas Vidéotron: de LTE c'est pareil. Les VMs sont vivantes (console SSH ok) mais rien sort vers l'internet. Google a un incident sur us-central1-c. Slack: slack-h57chl-1011.txt, page Opsgenie: opsgenie-h57chl-4412.txt."""),
        ("238005", "Émilie Gagnon", c("2018-10-11 20:05", TOR), """Le site est revenu, 9 réservations rentrées depuis. Deux clients ont réservé par téléphone pendant la panne."""),
        ("238006", "Jean-Philippe Tremblay", c("2018-10-15 09:30", TOR), """Le résumé de Google est dans gcp-h57chl-18016.txt (heure du Pacifique, 3 h de moins que nous)."""),
        ("238007", "Louis-Philippe Bouchard", c("2018-10-16 14:00", TOR), """Bilan (heure de Montréal, HAE = UTC-4)
Site inaccessible pour nos clients : de 19 h 13 à 19 h 54 (Google : 16:13–16:54 PDT, 41 minutes).
On l'a su par la page Opsgenie de Jean-Philippe, trois minutes après le début.
Vidéotron avait rien à voir. La fermeture auto d'Opsgenie est juste le check suivant qui passe; Google donne 16:54 PDT comme fin.
Cause (Google) : une section de leur réseau, dont une partie de us-central1-c, a perdu la connectivité vers le backbone qui relie à l'internet public.
Actions : une deuxième VM dans une autre zone derrière le load balancer; numéro de téléphone sur la page d'erreur; abonnement au flux de status GCP."""),
    ],
    "changelog": [
        ("Jean-Philippe Tremblay", c("2018-10-11 19:25", TOR), [("status", "Open", "In Progress")]),
        ("Émilie Gagnon", c("2018-10-11 20:06", TOR), [("status", "In Progress", "Monitoring")]),
        ("Louis-Philippe Bouchard", c("2018-10-16 14:05", TOR), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "opsgenie-h57chl-4412.txt", "zone": TOR, "referenceDate": "2018-10-11", "text": """
Opsgenie - Alert #4412 [P1]
Message: resa.cabanesboreal.ca HTTPS check failed (timeout) from 3 locations
Source: Stackdriver uptime check   Tags: prod, us-central1-c
Created: 2018-10-11 19:16:02 EDT
Acknowledged by Jean-Philippe Tremblay at 2018-10-11 19:19 EDT
Closed (check passed) at 2018-10-11 19:57 EDT
"""}, {"file": "slack-h57chl-1011.txt", "zone": TOR, "referenceDate": "2018-10-11", "text": """
#ops   jeudi 11 octobre
[19:16] Opsgenie: [P1] resa.cabanesboreal.ca HTTPS check failed
[19:21] Jean-Philippe Tremblay: le site répond pus pantoute d'icitte. c'tu Vidéotron encore?
[19:27] Émilie Gagnon: non, j'essaie de mon LTE pis ça marche pas non plus
[19:31] Jean-Philippe Tremblay: ssh via la console ok, mais un curl vers l'extérieur timeout. toutes nos VMs sont dans us-central1-c
[19:38] Jean-Philippe Tremblay: status.cloud.google.com : "Networking issues in us-central1-c impacting multiple GCP products"
[19:45] Émilie Gagnon: j'ai mis un message sur Facebook, les clients peuvent réserver par téléphone
[19:56] Jean-Philippe Tremblay: c'est revenu, les résas rentrent
"""}, {"file": "syslog-h57chl-vm1.txt", "zone": Z, "referenceDate": "2018-10-11", "text": """
(journalctl -u resa-sync sur vm-resa-1, copié par Jean-Philippe; horodatage ISO en UTC)
2018-10-11T23:12:51Z vm-resa-1 resa-sync[2231]: push to payment gateway ok (HTTP 200)
2018-10-11T23:14:05Z vm-resa-1 resa-sync[2231]: curl: (28) Connection timed out after 10001 milliseconds
2018-10-11T23:14:15Z vm-resa-1 resa-sync[2231]: curl: (28) Connection timed out after 10000 milliseconds
2018-10-11T23:53:58Z vm-resa-1 resa-sync[2231]: retry queue: 37 items
2018-10-11T23:54:40Z vm-resa-1 resa-sync[2231]: push to payment gateway ok (HTTP 200), draining retry queue
"""}, {"file": "gcp-h57chl-18016.txt", "zone": LA, "referenceDate": "2018-10-11", "text": """
Google Cloud Networking Incident #18016
Networking issues in us-central1-c impacting multiple GCP products (Bigtable, Cloud SQL, Datastore, VMs)
Incident began at 2018-10-11 16:13 and ended at 2018-10-11 16:54 (all times are US/Pacific).
Oct 12, 2018 21:07  ISSUE SUMMARY: a section of Google's network that includes part of us-central1-c lost connectivity to the Google network backbone that connects to the public internet for a duration of 41 minutes.
The zone is two physical clusters; 61% of the VMs in us-central1-c were in the impacted one. Impacted VMs could not communicate with VMs outside us-central1.
"""}],
    "expected": {
        "events": [[u("2018-10-11 16:13", LA), ["Incident began"]], [u("2018-10-11 19:16", TOR), ["HTTPS check failed"]],
                   [u("2018-10-11 23:14", Z), ["Connection timed out"]], [u("2018-10-11 23:54", Z), ["draining"]],
                   [u("2018-10-11 19:19", TOR), ["Acknowledged"]], [u("2018-10-11 19:21", TOR), ["Vidéotron"]],
                   [u("2018-10-11 19:27", TOR), ["LTE"]], [u("2018-10-11 19:31", TOR), ["curl"]],
                   [u("2018-10-11 19:38", TOR), ["us-central1-c"]], [u("2018-10-11 19:45", TOR), ["Facebook"]],
                   [u("2018-10-11 16:54", LA), ["ended"]], [u("2018-10-11 19:56", TOR), ["revenu"]],
                   [u("2018-10-11 19:57", TOR), ["Closed"]], [u("2018-10-12 21:07", LA), ["ISSUE SUMMARY"]]],
        "keyTimes": {
            "started": kt(u("2018-10-11 19:13", TOR), S, "de 19 h 13 à 19 h 54", "comment 238007"),
            "detected": kt(u("2018-10-11 19:16", TOR), S, "Created: 2018-10-11 19:16:02 EDT", "opsgenie-h57chl-4412.txt"),
            "resolved": kt(u("2018-10-11 19:54", TOR), S, "de 19 h 13 à 19 h 54", "comment 238007")},
        "responders": [["Émilie Gagnon", None], ["Jean-Philippe Tremblay", None], ["Louis-Philippe Bouchard", None]],
        "narrative": nar(["lost connectivity"], ["ended at 2018-10-11 16:54"], ["CHL-1011", "#ops"],
                         "On 11 October 2018 from 19:13 to 19:54 Montreal time the chalet-booking site was unreachable because its VMs in us-central1-c were cut off from the internet; two customers booked by phone.",
                         well=["téléphone"], badly=["Vidéotron"]),
    }})

# 3. VSTS, 12 July 2017 - networking failure, seen from a Budapest invoicing shop (Hungarian) ------------------------
I.append({
    "id": "vsts-2017-07-network-budapest-szamla", "name": "Visual Studio Team Services networking failures, 12 July 2017 (Microsoft post mortem: starting at 06:34 UTC, for 19 minutes, VSTS users saw performance issues and internal server errors signing in and using the service; a firmware update to WAN route reflectors ran on several at once through human error; detected by outside-in monitoring and circuit breaker exceptions), seen from a Budapest shop that builds invoicing software and keeps its board and git in VSTS",
    "issueId": "98152", "key": "SZB-0712", "summary": "VSTS 500-as hiba, a git push sem megy",
    "reporter": "Kovács Bence", "assignee": "Szabó Gergő", "labels": ["vsts", "devtools"],
    "components": ["fejlesztes"], "created": c("2017-07-12 08:48", BUD), "now": "2017-07-31T08:00:00Z",
    "defaultZone": BUD, "priority": "Medium",
    "description": """Nem megy a VSTS: a board 500-as hibát ad, a git push is elakad. 9-kor élesítenénk a számlázó modult.

Szerintem a céges proxy, tegnap frissítették. Idők budapesti idő szerint.""",
    "comments": [
        ("238008", "Szabó Gergő", c("2017-07-12 09:05", BUD), """Nem a proxy: mobilneten is ugyanez volt. Most megy újra, a push is átment. Teams chat: teams-h57szb-0712.txt."""),
        ("238009", "Nagy Eszter", c("2017-07-12 09:40", BUD), """Az élesítés 9 helyett fél 10-kor ment le. A standupot a táblánál tartottuk."""),
        ("238010", "Szabó Gergő", c("2017-07-17 10:00", BUD), """A Microsoft kiadta a post mortemet, kivonat: vsts-h57szb-pm.txt (UTC)."""),
        ("238011", "Tóth Katalin", c("2017-07-18 15:00", BUD), """Összefoglaló (budapesti idő, CEST = UTC+2)
Nálunk a VSTS használhatatlan volt: 08:34 – 08:53 (Microsoft: 06:34 UTC-től 19 percig).
Először Bence jelezte a Teamsben, pár perccel a kezdés után.
A céges proxy nem volt hibás. Bence "megy újra" üzenete csak az, amikor ő észrevette.
Ok (Microsoft): az Azure hálózati csapat firmware-frissítése egyszerre több route reflectoron futott le (emberi hiba), elveszett a redundancia.
Teendők: belső git tükör; standup VSTS nélkül is; feliratkozás a VSTS status blogra."""),
    ],
    "changelog": [
        ("Szabó Gergő", c("2017-07-12 08:50", BUD), [("status", "Open", "In Progress")]),
        ("Szabó Gergő", c("2017-07-12 09:06", BUD), [("status", "In Progress", "Monitoring")]),
        ("Tóth Katalin", c("2017-07-18 15:05", BUD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-h57szb-0712.txt", "zone": BUD, "referenceDate": "2017-07-12", "text": """
Microsoft Teams - Számlabolt fejlesztés > #fejlesztes
Kovács Bence   2017. 07. 12. 8:37
VSTS nem tölt be, 500-as hiba a boardon és a git pushnál is
Nagy Eszter   2017. 07. 12. 8:39
nálam is. szerintem megint a céges proxy, tegnap frissítették
Kovács Bence   2017. 07. 12. 8:44
mobilneten (4G) is ugyanaz, nem a proxy
Szabó Gergő   2017. 07. 12. 8:46
a standupot csináljuk a táblánál, VSTS nélkül
Nagy Eszter   2017. 07. 12. 8:49
VSTS twitter: "investigating performance issues and internal server errors"
Kovács Bence   2017. 07. 12. 8:55
megy újra, a push is átment
"""}, {"file": "vsts-h57szb-pm.txt", "zone": Z, "referenceDate": "2017-07-12", "text": """
Post Mortem: Networking failures for Visual Studio Team Services on 12 July 2017 (VSTS blog, excerpt)
Customer Impact: Starting at 06:34 UTC on 12 July 2017, for a period of 19 minutes, VSTS users experienced performance issues and internal server errors while trying to sign in and interact with the service.
What went wrong: a firmware update was being rolled out to route reflectors across the WAN fleet; a human error ran upgrade operations on multiple route reflectors simultaneously, removing critical redundancies.
The incident was detected through outside-in monitoring tests and Circuit Breaker Exceptions.
"""}],
    "expected": {
        "events": [[u("2017-07-12 06:34", Z), ["Starting at"]], [u("2017-07-12 08:37", BUD), ["500-as hiba"]],
                   [u("2017-07-12 08:39", BUD), ["proxy"]], [u("2017-07-12 08:44", BUD), ["4G"]],
                   [u("2017-07-12 08:46", BUD), ["standup"]], [u("2017-07-12 08:49", BUD), ["investigating"]],
                   [u("2017-07-12 08:55", BUD), ["megy újra"]]],
        "keyTimes": {
            "started": kt(u("2017-07-12 08:34", BUD), S, "08:34 – 08:53", "comment 238011"),
            "detected": kt(u("2017-07-12 08:37", BUD), S, "Kovács Bence   2017. 07. 12. 8:37", "teams-h57szb-0712.txt"),
            "resolved": kt(u("2017-07-12 08:53", BUD), S, "08:34 – 08:53", "comment 238011")},
        "responders": [["Kovács Bence", None], ["Nagy Eszter", None], ["Szabó Gergő", None], ["Tóth Katalin", None]],
        "narrative": nar(["route reflector"], ["redundancia"], ["SZB-0712", "#fejlesztes"],
                         "On 12 July 2017 from 08:34 to 08:53 Budapest time the team could not use VSTS boards or push to git; the stand-up moved to the whiteboard and the release slipped.",
                         well=["táblánál"], badly=["proxy"]),
    }})

# 4. VSTS, 27 July 2018 - hosted builds in West Europe, seen from a Cluj agri-app team (Romanian) --------------------
I.append({
    "id": "vsts-2018-07-hostedbuilds-cluj-agri", "name": "VSTS builds using hosted agents delayed or failing in West Europe, 27 July 2018 (Microsoft service blog: incident started 11:39 UTC, all systems back to normal as of 14:33 UTC, 2 h 54 min, less than 1% of hosted builds slow to start or failed; a week-old change to agent allocation code rolled back; initial notification posted 15:31 UTC, final update 16:29 UTC), seen from a Cluj team shipping a farm-management app on a Friday",
    "issueId": "98153", "key": "AGR-0727", "summary": "Build-urile de release nu pornesc pe Hosted agent (VSTS)",
    "reporter": "Andrei Pop", "assignee": "Radu Moldovan", "labels": ["vsts", "ci", "release"],
    "components": ["ci-cd", "mobile"], "created": c("2018-07-27 15:10", BUH), "now": "2018-08-10T09:00:00Z",
    "defaultZone": BUH, "priority": "High",
    "description": """Build-ul de release 2.14 stă în coadă pe Hosted VS2017 și nu pornește; unele pică cu "internal error". Clientul (cooperativa) așteaptă versiunea azi.

Poate am terminat minutele de hosted pipeline? Ora României.""",
    "comments": [
        ("238012", "Radu Moldovan", c("2018-07-27 15:45", BUH), """Nu-s minutele, avem paralelism liber. Pun un agent self-hosted pe laptopul meu ca să scoatem release-ul. Slack: slack-h57agr-0727.txt."""),
        ("238013", "Radu Moldovan", c("2018-07-27 17:50", BUH), """Release 2.14 a ieșit de pe agentul meu. Hosted agents merg iar normal."""),
        ("238014", "Andrei Pop", c("2018-07-30 10:00", BUH), """Microsoft a scris pe blogul de status, copiat în vsts-h57agr-blog.txt (UTC, noi suntem +3)."""),
        ("238015", "Ioana Mureșan", c("2018-07-31 11:00", BUH), """Rezumat (ora României, EEST = UTC+3)
Impact la noi: 14:42 – 17:33 (primul build de release pus în coadă și nepornit → Microsoft: totul normal la 14:33 UTC).
Am aflat: mesajul lui Andrei pe Slack, după ce build-ul stătea de 10 minute.
Minutele de hosted pipeline nu erau problema.
Notificarea Microsoft a apărut abia după ce se rezolvase, deci n-o folosim ca început sau sfârșit.
Cauza (Microsoft): degradare bruscă a performanței în codul de alocare a agenților, o schimbare de acum o săptămână; au făcut rollback.
Acțiuni: agent self-hosted permanent pe un VM; alertă dacă un build stă în coadă peste 10 minute."""),
    ],
    "changelog": [
        ("Radu Moldovan", c("2018-07-27 15:12", BUH), [("status", "Open", "In Progress")]),
        ("Radu Moldovan", c("2018-07-27 17:51", BUH), [("status", "In Progress", "Monitoring")]),
        ("Ioana Mureșan", c("2018-07-31 11:05", BUH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-h57agr-0727.txt", "zone": BUH, "referenceDate": "2018-07-27", "text": """
#build   vineri, 27 iulie
[14:52] Andrei Pop: build-ul de release stă în coadă de 10 minute pe Hosted VS2017, n-a pornit
[15:05] Ioana Mureșan: și al meu. poate am terminat minutele de hosted? e sfârșit de lună
[15:18] Andrei Pop: nu-s minutele, avem paralelism liber. unele build-uri pică cu "internal error" de la VSTS
[15:40] Radu Moldovan: pun un agent self-hosted pe laptopul meu
[16:25] Radu Moldovan: release-ul a ieșit de pe agentul meu, îl urc în store
[17:36] Andrei Pop: hosted agents pornesc iar normal, build în 40 sec
[18:31] Ioana Mureșan: abia acum au pus pe blog "Builds using hosted agents may experience delayed starts or failures" lol
"""}, {"file": "vsts-h57agr-blog.txt", "zone": Z, "referenceDate": "2018-07-27", "text": """
Builds using hosted agents may experience delayed starts or failures due to VSTS internal errors in West Europe - 07/27 - Mitigated
Final Update: Friday, July 27th 2018 16:29 UTC
We've confirmed that all systems are back to normal as of 14:33 UTC. Our logs show the incident started on 11:39 UTC; during the 2 hours and 54 minutes less than 1% of builds on hosted agents were slow to start or failed.
Root Cause: a sudden degradation in performance of code involved in agent allocation and release.
Chance of Re-occurrence: Low, a change to the code deployed one week ago has been rolled back.
Initial notification: Friday, July 27th 2018 15:31 UTC - We're investigating an issue affecting builds on hosted agents in West Europe.
"""}],
    "expected": {
        "events": [[u("2018-07-27 11:39", Z), ["incident started"]], [u("2018-07-27 14:52", BUH), ["coadă"]],
                   [u("2018-07-27 15:05", BUH), ["minutele"]], [u("2018-07-27 15:18", BUH), ["internal error"]],
                   [u("2018-07-27 15:40", BUH), ["self-hosted"]], [u("2018-07-27 16:25", BUH), ["release-ul a ieșit"]],
                   [u("2018-07-27 14:33", Z), ["back to normal"]], [u("2018-07-27 17:36", BUH), ["pornesc iar"]],
                   [u("2018-07-27 15:31", Z), ["Initial notification"]], [u("2018-07-27 16:29", Z), ["Final Update"]]],
        "keyTimes": {
            "started": kt(u("2018-07-27 14:42", BUH), S, "Impact la noi: 14:42 – 17:33", "comment 238015"),
            "detected": kt(u("2018-07-27 14:52", BUH), S, "build-ul de release stă în coadă de 10 minute", "slack-h57agr-0727.txt"),
            "resolved": kt(u("2018-07-27 17:33", BUH), S, "Impact la noi: 14:42 – 17:33", "comment 238015")},
        "responders": [["Andrei Pop", None], ["Ioana Mureșan", None], ["Radu Moldovan", None]],
        "narrative": nar(["agent allocation"], ["rolled back"], ["AGR-0727", "#build"],
                         "On 27 July 2018 from 14:42 to 17:33 Romanian time the team's release builds sat in the VSTS hosted queue or failed; the release went out from a self-hosted agent on a laptop.",
                         lucky=["laptopul meu"], well=["self-hosted"], badly=["minutele de hosted"]),
    }})

# 5. Travis CI, 1 February 2017 - macOS queue outage, seen from a Saigon iOS studio (Vietnamese) ---------------------
I.append({
    "id": "travis-2017-02-macos-saigon-ios", "name": "Travis CI macOS infrastructure outage, 31 January - 1 February 2017 (postmortem, UTC on 1 Feb: 01:58 macOS queues for public and private repos found backed up; 02:27 all job throughput stopped to prevent VM leakage; 02:52 misbehaving hosts restarted, capacity coming back; 04:51 infrastructure still unstable, full restart of the underlying virtualization; 06:45 platform fully restarted and job capacity brought back), seen from a Ho Chi Minh City studio that needed an iOS hotfix on TestFlight during the Tết holiday",
    "issueId": "98154", "key": "IOS-0201", "summary": "Build iOS trên Travis treo ở queued, không ra được hotfix",
    "reporter": "Trần Minh Khoa", "assignee": "Phạm Đức Anh", "labels": ["travis", "ios", "hotfix"],
    "components": ["ios-app", "ci"], "created": c("2017-02-01 09:35", HCM), "now": "2017-02-20T04:00:00Z",
    "defaultZone": HCM, "priority": "High",
    "description": """Build macOS trên Travis treo ở trạng thái queued, không job nào chạy. Hotfix 2.3.1 cho app đặt bàn của khách phải lên TestFlight trước trưa (mùng 5 Tết, văn phòng chỉ có 3 người).

Có thể do hôm qua đổi osx_image sang xcode8.2 trong .travis.yml? Giờ Việt Nam.""",
    "comments": [
        ("238016", "Phạm Đức Anh", c("2017-02-01 10:10", HCM), """Revert .travis.yml rồi vẫn queued, không phải do mình. Travis status có incident macOS queue. Em build bằng fastlane trên Mac mini văn phòng. Slack: slack-h57ios-0201.txt."""),
        ("238017", "Phạm Đức Anh", c("2017-02-01 14:20", HCM), """Hotfix đã lên TestFlight từ trưa (build tay). Travis chạy lại rồi, job của mình xanh."""),
        ("238018", "Trần Minh Khoa", c("2017-02-08 09:00", HCM), """Travis đăng postmortem, mình chép timeline vào travis-h57ios-pm.txt (giờ UTC, mình là +7)."""),
        ("238019", "Nguyễn Thị Lan", c("2017-02-09 15:00", HCM), """Tổng kết (giờ Việt Nam, UTC+7)
Bắt đầu ảnh hưởng lúc nào: không rõ. Job đầu tiên bị treo là lúc Khoa push sáng sớm, không ai ghi giờ; 01:58 UTC chỉ là lúc Travis thấy hàng đợi đã nghẽn.
Biết lần đầu: tin nhắn của Khoa trên Slack.
Hết ảnh hưởng: 13:58, job đầu tiên được nhận và chạy (Travis bắt đầu đưa capacity lên lại lúc 06:45 UTC = 13:45).
Không phải do đổi osx_image.
Nguyên nhân (Travis): hạ tầng ảo hoá macOS của nhà cung cấp không ổn định, phải khởi động lại toàn bộ.
Việc cần làm: script fastlane build tay có sẵn; theo dõi traviscistatus.com; cân nhắc CI thứ hai cho iOS."""),
    ],
    "changelog": [
        ("Phạm Đức Anh", c("2017-02-01 09:37", HCM), [("status", "Open", "In Progress")]),
        ("Phạm Đức Anh", c("2017-02-01 14:21", HCM), [("status", "In Progress", "Monitoring")]),
        ("Nguyễn Thị Lan", c("2017-02-09 15:05", HCM), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-h57ios-0201.txt", "zone": HCM, "referenceDate": "2017-02-01", "text": """
#ios-build   Thứ Tư, 1/2/2017 (mùng 5 Tết)
[09:20] Trần Minh Khoa: build iOS trên Travis treo "queued" lâu lắm rồi, hotfix cho khách cần lên TestFlight trước 12h
[09:26] Lê Thu Hà: chắc tại hôm qua anh đổi osx_image sang xcode8.2 trong .travis.yml đó
[09:41] Trần Minh Khoa: revert .travis.yml rồi vẫn queued. traviscistatus.com có incident "macOS queue backup"
[10:05] Phạm Đức Anh: để em build bằng fastlane trên con Mac mini văn phòng rồi up TestFlight tay
[11:32] Phạm Đức Anh: bản hotfix 2.3.1 (87) đã lên TestFlight, khách test được rồi
[13:58] Trần Minh Khoa: job Travis đầu tiên chạy rồi, xanh
"""}, {"file": "travis-h57ios-pm.txt", "zone": Z, "referenceDate": "2017-02-01", "text": """
Postmortem for 2017-01-31 macOS Infrastructure outage (Travis CI blog) - All times are in UTC
Feb 01, 2017 - 01:58 UTC: macOS queues for both public and private repos were backed up. We begin working with our macOS infrastructure provider.
Feb 01, 2017 - 02:27 UTC: We began stopping all job throughput to prevent runaway VM leakage.
Feb 01, 2017 - 02:52 UTC: Some misbehaving hosts were restarted; we started bringing job processing capacity back online.
Feb 01, 2017 - 04:51 UTC: The underlying VM infrastructure remained unstable; full restart of the entire underlying infrastructure.
Feb 01, 2017 - 06:45 UTC: The virtualization platform was fully restarted and we began bringing job processing capacity back on... (Khoa chỉ chép đến đây)
"""}],
    "expected": {
        "events": [[u("2017-02-01 01:58", Z), ["backed up"]], [u("2017-02-01 09:20", HCM), ["queued"]],
                   [u("2017-02-01 09:26", HCM), ["osx_image"]], [u("2017-02-01 02:27", Z), ["stopping"]],
                   [u("2017-02-01 09:41", HCM), ["revert"]], [u("2017-02-01 02:52", Z), ["misbehaving hosts"]],
                   [u("2017-02-01 10:05", HCM), ["fastlane"]], [u("2017-02-01 11:32", HCM), ["TestFlight"]],
                   [u("2017-02-01 04:51", Z), ["full restart"]], [u("2017-02-01 06:45", Z), ["fully restarted"]],
                   [u("2017-02-01 13:58", HCM), ["job Travis"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2017-02-01 09:20", HCM), S, "build iOS trên Travis treo", "slack-h57ios-0201.txt"),
            "resolved": kt(u("2017-02-01 13:58", HCM), S, "Hết ảnh hưởng: 13:58", "comment 238019")},
        "responders": [["Trần Minh Khoa", None], ["Lê Thu Hà", None], ["Phạm Đức Anh", None], ["Nguyễn Thị Lan", None]],
        "narrative": nar(["không ổn định"], ["fully restarted"], ["IOS-0201", "#ios-build"],
                         "On 1 February 2017 the studio's iOS builds sat queued on Travis CI until 13:58 Saigon time; the hotfix reached TestFlight at 11:32 through a manual fastlane build.",
                         lucky=["Mac mini"], well=["fastlane"], badly=["osx_image"]),
    }})

# 6. Linode London, 31 January 2015 - packet loss, seen from a Jakarta batik web shop (Indonesian) --------------------
I.append({
    "id": "linode-2015-01-london-jakarta-batik", "name": "Linode network issues in the London datacenter, 31 January 2015 (postmortem: approximately 2:05 AM to 3:30 AM EST a subset of London Linodes had packet loss; troubleshooting began about 20 minutes after the start; a flapping transceiver in an older switch bypassed RSTP loop guard; line card shut and port disabled; status updates 08:33 and 09:24 UTC, postmortem posted 16 Feb 15:37 UTC), seen from a Jakarta batik web shop whose server a freelancer had put in London",
    "issueId": "98155", "key": "BTK-0131", "summary": "Web toko lemot / checkout gagal (server Linode London)",
    "reporter": "Dewi Lestari", "assignee": "Rina Wulandari", "labels": ["linode", "toko-online", "jaringan"],
    "components": ["toko-online"], "created": c("2015-01-31 15:00", JKT), "now": "2015-02-20T05:00:00Z",
    "defaultZone": JKT, "priority": "High",
    "description": """Web toko lemot banget, checkout gagal terus (timeout). Ada pelanggan yang telepon komplain.

Mungkin IndiHome kantor lagi gangguan? Jam WIB.""",
    "comments": [
        ("238020", "Rina Wulandari", c("2015-01-31 15:15", JKT), """Bukan IndiHome, dari Telkomsel juga sama. Server kita di Linode London kena packet loss, mereka lagi tangani. Chat WA: wa-h57btk-0131.txt."""),
        ("238021", "Bayu Pratama", c("2015-01-31 15:40", JKT), """Sudah normal lagi. 6 pesanan masuk lewat WA selama gangguan, sudah diinput manual."""),
        ("238022", "Rina Wulandari", c("2015-02-17 10:00", JKT), """Linode sudah posting postmortem, saya salin ke linode-h57btk-lon.txt (jam EST dan UTC seperti aslinya)."""),
        ("238023", "Agus Setiawan", c("2015-02-18 13:00", JKT), """Rekap (WIB, UTC+7)
Gangguan: sekitar 14:05–15:30 WIB (Linode: kira-kira 2:05 AM sampai 3:30 AM EST, packet loss di sebagian Linode London).
Kapan pertama kali kita tahu: tidak tercatat. Jam telepon pelanggan ke Dewi tidak dicatat, dan pesan Dewi di grup ditulis belakangan.
Bukan IndiHome.
Dua update status Linode ditulis setelah normal, jadi bukan akhir gangguan.
Penyebab (Linode): modul transceiver di switch generasi lama flapping karena tegangan naik-turun, loop lolos dari RSTP.
Tindakan: pindah server ke Singapura; pasang monitoring uptime dengan notifikasi SMS; nomor WA di halaman error."""),
    ],
    "changelog": [
        ("Rina Wulandari", c("2015-01-31 15:02", JKT), [("status", "Open", "In Progress")]),
        ("Bayu Pratama", c("2015-01-31 15:41", JKT), [("status", "In Progress", "Monitoring")]),
        ("Agus Setiawan", c("2015-02-18 13:05", JKT), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "wa-h57btk-0131.txt", "zone": JKT, "referenceDate": "2015-01-31", "text": """
Grup WhatsApp "Batik Kirana - Admin"
31/01/15 14:52 - Dewi Lestari: tadi ada pelanggan telpon, katanya web lemot banget, checkout gagal terus. jam brp ya dia telpon, lupa aku
31/01/15 14:55 - Bayu Pratama: dari sini juga loading lama, kadang timeout. IndiHome kantor lagi gangguan kali?
31/01/15 15:04 - Bayu Pratama: pake tethering Telkomsel sama aja. ping ke server London loss 40%
31/01/15 15:12 - Rina Wulandari: aku cek, server Linode London kena packet loss. lagi ditangani mereka
31/01/15 15:20 - Dewi Lestari: aku pasang info di Instagram, pesanan lewat WA dulu ya
31/01/15 15:34 - Bayu Pratama: udah normal lagi, checkout jalan
"""}, {"file": "nginx-h57btk-err.txt", "zone": Z, "referenceDate": "2015-01-31", "text": """
# error.log server toko (cap waktu epoch, dikirim Rina)
1422688154 [error] upstream timed out (110: Connection timed out) while reading response header from upstream, request: "POST /checkout HTTP/1.1"
1422689500 [error] upstream timed out (110: Connection timed out) while connecting to upstream (payment callback)
1422691323 [warn] 41 checkout requests failed in last 30 min
1422693082 [info] checkout ok, order #20931
"""}, {"file": "linode-h57btk-lon.txt", "zone": NY, "referenceDate": "2015-01-31", "text": """
Network Issues within London Datacenter - Incident Report for Linode
On January 31, 2015, at approximately 2:05 AM EST until 3:30 AM EST, a subset of London Linodes experienced packet loss on all of their network communication.
Network and operations engineers were immediately contacted and troubleshooting began approximately 20 minutes after the start of the disruption.
An older generation switch had a malfunctioning transceiver module with severe voltage fluctuation, flapping in an erratic manner; it bypassed the loop guard (RSTP). A line card was shut down and the switch port disabled.
Posted Feb 16, 2015 - 15:37 UTC
Resolved - Our network administrators were able to resolve the network issue. Posted Jan 31, 2015 - 09:24 UTC
Investigating - We have seen that there has been some network issues within London. Posted Jan 31, 2015 - 08:33 UTC
"""}],
    "expected": {
        "events": [[u("2015-01-31 02:05", NY), ["packet loss"]], [u("2015-01-31 14:52", JKT), ["pelanggan"]],
                   [u("2015-01-31 14:55", JKT), ["IndiHome"]], [u("2015-01-31 15:04", JKT), ["Telkomsel"]],
                   [u("2015-01-31 15:12", JKT), ["Linode London"]], [u("2015-01-31 15:20", JKT), ["Instagram"]],
                   [u("2015-01-31 03:30", NY), ["until"]], [u("2015-01-31 15:34", JKT), ["normal lagi"]],
                   [u("2015-01-31 08:33", Z), ["network issues"]], [u("2015-01-31 09:24", Z), ["resolve"]],
                   [u("2015-02-16 15:37", Z), ["Posted Feb 16"]]],
        "keyTimes": {
            "started": kt(u("2015-01-31 14:05", JKT), S, "Gangguan: sekitar 14:05–15:30 WIB", "comment 238023"),
            "detected": kt(None, U),
            "resolved": kt(u("2015-01-31 15:30", JKT), S, "Gangguan: sekitar 14:05–15:30 WIB", "comment 238023")},
        "responders": [["Dewi Lestari", None], ["Bayu Pratama", None], ["Rina Wulandari", None], ["Agus Setiawan", None]],
        "narrative": nar(["transceiver"], ["line card"], ["BTK-0131", "Batik Kirana"],
                         "On 31 January 2015 from about 14:05 to 15:30 Jakarta time the shop's site hosted in Linode London was very slow and checkout failed; six orders came in over WhatsApp.",
                         well=["Instagram"], badly=["IndiHome"]),
    }})

# 7. Google App Engine, 7 June 2017 - high latency, seen from a Tel Aviv night-delivery app (Hebrew) ----------------
I.append({
    "id": "gae-2017-06-latency-telaviv-delivery", "name": "Google App Engine high latency, 7 June 2017 (status incident 14:21 to 15:30 US/Pacific; summary posted 13 Jun 10:07 PDT: from 13:34 to 15:52 PDT 7.7% of active App Engine applications had severely elevated latency, 138 minutes; memory usage rose across all appservers in a us-central datacenter), seen from a Tel Aviv late-night food delivery app whose order API runs on App Engine",
    "issueId": "98156", "key": "LYL-0607", "summary": "הזמנות נתקעות - API איטי מאוד (App Engine)",
    "reporter": "יואב בן דוד", "assignee": "יואב בן דוד", "labels": ["app-engine", "orders", "oncall"],
    "components": ["orders-api"], "created": c("2017-06-07 23:50", TLV), "now": "2017-06-22T09:00:00Z",
    "defaultZone": TLV, "priority": "Highest",
    "description": """ה-API של ההזמנות איטי מאוד, צ'קאאוט לוקח דקות ולפעמים 500. שעת שיא של הזמנות לילה.

אולי הדיפלוי של 3.8 מהערב? שעון ישראל.""",
    "comments": [
        ("238024", "יואב בן דוד", c("2017-06-08 00:40", TLV), """רולבק ל-3.7 לא עזר, זה לא אנחנו. בלוגים "Request was aborted after waiting too long". לגוגל יש אירוע פתוח. התראה: pd-h57lyl-2291.txt, צ'אט: slack-h57lyl-0607.txt."""),
        ("238025", "נועה לוי", c("2017-06-08 02:10", TLV), """חזר לנורמלי. 14 הזמנות בוטלו ע"י לקוחות, נותנים להם קופון."""),
        ("238026", "יואב בן דוד", c("2017-06-14 10:00", TLV), """גוגל פרסמו סיכום, הדבקתי ל-gae-h57lyl-0607.txt (שעון פסיפיק)."""),
        ("238027", "עומר כהן", c("2017-06-15 12:00", TLV), """סיכום (שעון ישראל, IDT = UTC+3)
אצלנו: איטיות וטיימאאוטים מ-23:34 עד 01:52 (גוגל: 13:34–15:52 PDT).
ידענו לראשונה: התראת PagerDuty ליואב.
הדיפלוי של 3.8 לא היה הסיבה; הרולבק רק בזבז זמן.
השעה שבה גוגל פתחו את האירוע בדף הסטטוס היא לא תחילת ההשפעה, וגם הסגירה האוטומטית של PagerDuty היא לא הסוף.
סיבה (גוגל): עלייה בשימוש בזיכרון בכל ה-appservers בדאטה סנטר ב-us-central.
פעולות: התראה על latency גם ב-SMS; באנר מוכן מראש; לבדוק status.cloud.google.com לפני רולבק."""),
    ],
    "changelog": [
        ("יואב בן דוד", c("2017-06-07 23:51", TLV), [("status", "Open", "In Progress")]),
        ("נועה לוי", c("2017-06-08 02:11", TLV), [("status", "In Progress", "Monitoring")]),
        ("עומר כהן", c("2017-06-15 12:05", TLV), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pd-h57lyl-2291.txt", "zone": TLV, "referenceDate": "2017-06-07", "text": """
PagerDuty - INCIDENT #2291 TRIGGERED
Service: orders-api (App Engine)   Urgency: High
Summary: p95 latency > 5s for 5 min on /api/checkout
Triggered: Jun 7, 2017 23:41 IDT   Assigned to: יואב בן דוד
Acknowledged by יואב בן דוד: Jun 7, 2017 23:44 IDT
Resolved (auto): Jun 8, 2017 01:58 IDT
"""}, {"file": "slack-h57lyl-0607.txt", "zone": TLV, "referenceDate": "2017-06-07", "text": """
#oncall   יום רביעי 7 ביוני
[23:47] יואב בן דוד: האפליקציה איטית מאוד, הזמנות נתקעות. בודק
[23:52] נועה לוי: אולי זה הדיפלוי של הערב? העלינו את 3.8 ב-22:10
--- יום חמישי 8 ביוני ---
[00:05] יואב בן דוד: עשיתי רולבק ל-3.7, אין שינוי
[00:24] נועה לוי: בסטטוס של גוגל: "High Latency in App Engine"
[00:30] עומר כהן: שמתי באנר באפליקציה: עיכובים בהזמנות, אפשר להזמין בטלפון
[01:55] יואב בן דוד: חזר לנורמלי, p95 מתחת לשנייה
"""}, {"file": "gae-h57lyl-0607.txt", "zone": LA, "referenceDate": "2017-06-07", "text": """
Incident affecting Google App Engine - High Latency in App Engine
Incident began at 2017-06-07 14:21 and ended at 2017-06-07 15:30 (all times are US/Pacific).
13 Jun 2017 10:07 PDT  ISSUE SUMMARY: On Wednesday 7 June 2017, Google App Engine experienced highly elevated serving latency and timeouts for a duration of 138 minutes.
DETAILED DESCRIPTION OF IMPACT: On Wednesday 7 June 2017, from 13:34 PDT to 15:52 PDT, 7.7% of active applications experienced severely elevated latency.
ROOT CAUSE: an increase in memory usage across all App Engine appservers in a datacenter in us-central.
"""}],
    "expected": {
        "events": [[u("2017-06-07 22:10", TLV), ["3.8"]], [u("2017-06-07 13:34", LA), ["DETAILED DESCRIPTION"]],
                   [u("2017-06-07 23:41", TLV), ["Triggered"]], [u("2017-06-07 23:44", TLV), ["Acknowledged"]],
                   [u("2017-06-07 23:47", TLV), ["איטית"]], [u("2017-06-07 23:52", TLV), ["דיפלוי"]],
                   [u("2017-06-08 00:05", TLV), ["רולבק"]], [u("2017-06-07 14:21", LA), ["Incident began"]],
                   [u("2017-06-08 00:24", TLV), ["High Latency"]], [u("2017-06-08 00:30", TLV), ["באנר"]],
                   [u("2017-06-07 15:30", LA), ["ended"]], [u("2017-06-07 15:52", LA), ["7.7%"]],
                   [u("2017-06-08 01:55", TLV), ["חזר לנורמלי"]], [u("2017-06-08 01:58", TLV), ["Resolved (auto)"]],
                   [u("2017-06-13 10:07", LA), ["ISSUE SUMMARY"]]],
        "keyTimes": {
            "started": kt(u("2017-06-07 23:34", TLV), S, "מ-23:34 עד 01:52", "comment 238027"),
            "detected": kt(u("2017-06-07 23:41", TLV), S, "Triggered: Jun 7, 2017 23:41 IDT", "pd-h57lyl-2291.txt"),
            "resolved": kt(u("2017-06-08 01:52", TLV), S, "מ-23:34 עד 01:52", "comment 238027")},
        "responders": [["יואב בן דוד", None], ["נועה לוי", None], ["עומר כהן", None]],
        "narrative": nar(["memory usage"], ["ended at 2017-06-07 15:30"], ["LYL-0607", "#oncall"],
                         "On the night of 7-8 June 2017 from 23:34 to 01:52 Israel time the delivery app's checkout was very slow or timed out because of App Engine latency; 14 orders were cancelled.",
                         well=["באנר"], badly=["רולבק"]),
    }})

# 8. Linode Atlanta, 21 February 2017 - switch pair failure, seen from a Lagos school-fees portal (Nigerian English) ---
I.append({
    "id": "linode-2017-02-atlanta-lagos-fees", "name": "Linode Atlanta partial network outage, 21 February 2017 (postmortem, EST: 2pm monitoring alerted on a partial control plane failure on one distribution switch; around 7pm reports of unreachable Linodes; status page 8:15pm; update 8:30pm; power cut to the degraded switch 8:40pm and the peer failed to carry traffic; outage 8:40pm to 10:30pm, 1h 50m; the post's heading says 2016 but its date line says 2017-02-21), seen from a Lagos school-fees payment portal hosted on a Linode in Atlanta",
    "issueId": "98157", "key": "FEE-0222", "summary": "Fees portal down overnight - Linode Atlanta host unreachable",
    "reporter": "Chinedu Okafor", "assignee": "Chinedu Okafor", "labels": ["linode", "oncall", "payments"],
    "components": ["portal", "infra"], "created": c("2017-02-22 03:10", LOS), "now": "2017-03-10T10:00:00Z",
    "defaultZone": LOS, "priority": "Highest",
    "description": """feespadi-web-01 (Linode, Atlanta) not reachable at all, 100% packet loss, Lish console no dey connect. Parents start paying second-term fees from 6am.

Tunde thinks na the MySQL upgrade from yesterday. Times are Lagos (WAT).""",
    "comments": [
        ("238028", "Chinedu Okafor", c("2017-02-22 03:20", LOS), """Not the MySQL upgrade, the host itself is off the network. Linode status shows a major network hardware failure in Atlanta. Pager: opsgenie-h57fee-web01.txt, WhatsApp: wa-h57fee-0222.txt."""),
        ("238029", "Chinedu Okafor", c("2017-02-22 04:45", LOS), """We are back. Tested a N500 payment end to end, it went through. Going back to sleep, abeg nobody call me before 9."""),
        ("238030", "Ngozi Eze", c("2017-02-27 11:00", LOS), """Linode posted the postmortem, I pasted it in linode-h57fee-atl.txt (their times are EST, 6 hours behind us)."""),
        ("238031", "Tunde Adeyemi", c("2017-02-28 16:00", LOS), """Recap (Lagos time, WAT = UTC+1)
Downtime for us: 2:40am to 4:30am WAT on 22 Feb (Linode: 8:40pm to 10:30pm EST on the 21st).
First knew: the Opsgenie page to Chinedu.
The MySQL upgrade was not it. Linode's 2:00pm EST alert about the switch (8:00pm our time) was a warning sign on their side, not downtime for us.
Cause (Linode): a redundant pair of distribution switches failed; when they cut power to the degraded one, the peer did not carry the traffic.
Note: their heading says 2016, the date line and "Tuesday" make it 2017.
Actions: second Linode in another datacenter behind a failover IP; subscribe to status.linode.com; bank transfer message ready for parents."""),
    ],
    "changelog": [
        ("Chinedu Okafor", c("2017-02-22 03:11", LOS), [("status", "Open", "In Progress")]),
        ("Chinedu Okafor", c("2017-02-22 04:46", LOS), [("status", "In Progress", "Monitoring")]),
        ("Tunde Adeyemi", c("2017-02-28 16:05", LOS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "opsgenie-h57fee-web01.txt", "zone": LOS, "referenceDate": "2017-02-22", "text": """
[Opsgenie] P1 HOST DOWN - feespadi-web-01 (Linode Atlanta), ping 100% loss | Source: Nagios | Created: 22 Feb 2017 02:43 WAT
Notified: Chinedu Okafor (SMS, voice)
Acknowledged by Chinedu Okafor: 22 Feb 2017 02:51 WAT
Closed (host UP): 22 Feb 2017 04:33 WAT
"""}, {"file": "wa-h57fee-0222.txt", "zone": LOS, "referenceDate": "2017-02-22", "text": """
FeesPadi Tech (WhatsApp)
[22/02/2017, 02:53] Chinedu Okafor: Guys site don go down. Pager wake me. Ping to web-01 100% loss
[22/02/2017, 02:58] Tunde Adeyemi: Abeg no be that MySQL upgrade we do yesterday??
[22/02/2017, 03:04] Chinedu Okafor: No o. Even Lish console no fit reach am. Linode status: "major network hardware failure" for Atlanta
[22/02/2017, 03:15] Ngozi Eze: Parents go start paying by 6, I go put notice for Twitter say make dem use bank transfer for now
[22/02/2017, 04:35] Chinedu Okafor: E don come back! web-01 dey respond, I don test payment, e work
"""}, {"file": "call-h57fee-0222.txt", "zone": LOS, "referenceDate": "2017-02-22", "text": """
Call transcript (WhatsApp voice call, Chinedu and Tunde, recorded for the ticket; started 03:07 WAT)
Chinedu: Tunde, you dey hear me? The box no dey even answer ping.
Tunde: I dey hear you. Na the MySQL thing abi? Make we roll back?
Chinedu: Roll back wetin? Server no dey for network at all. Linode say na Atlanta hardware.
Tunde: Ehen. So we just siddon dey wait?
Chinedu: Make Ngozi tell parents to use transfer. I go open ticket with Linode now.
(call ended 03:12 WAT)
"""}, {"file": "linode-h57fee-atl.txt", "zone": NY, "referenceDate": "2017-02-21", "text": """
Emergency Network Maintenance - Atlanta. Incident Report for Linode
Atlanta partial network outage on February 21st, 2016
On Tuesday evening at 8:40pm EST (local time), a portion of Atlanta hosts experienced a total network outage for approximately two hours due to the failure of a redundant pair of distribution-layer switches.
Date: 2017-02-21
Outage Start: 8:40pm EST
Outage End: 10:30pm EST
Total duration: 1h 50m
Earlier that afternoon our network monitoring alerted us to a partial control plane failure on a single distribution layer switch; later, around 7pm, several Linodes were reported unreachable.
As we discovered the scope of the issue, a status page was posted at 8:15pm indicating a major network hardware failure in progress.
Another status update was posted at 8:30pm noting that this action was imminent, and power was cut to the degraded switch at 8:40pm.
"""}],
    "expected": {
        "events": [[u("2017-02-21 14:00", NY), ["switch"]], [u("2017-02-21 20:15", NY), ["status page was posted"]],
                   [u("2017-02-21 20:30", NY), ["Another status update"]], [u("2017-02-21 20:40", NY), ["Outage Start"]],
                   [u("2017-02-22 02:43", LOS), ["HOST DOWN"]], [u("2017-02-22 02:51", LOS), ["Acknowledged"]],
                   [u("2017-02-22 02:53", LOS), ["Pager"]], [u("2017-02-22 02:58", LOS), ["MySQL"]],
                   [u("2017-02-22 03:04", LOS), ["Lish"]], [u("2017-02-22 03:07", LOS), ["Call transcript"]], [u("2017-02-22 03:15", LOS), ["bank transfer"]],
                   [u("2017-02-21 22:30", NY), ["Outage End"]], [u("2017-02-22 04:33", LOS), ["Closed"]],
                   [u("2017-02-22 04:35", LOS), ["come back"]]],
        "keyTimes": {
            "started": kt(u("2017-02-22 02:40", LOS), S, "Downtime for us: 2:40am to 4:30am WAT", "comment 238031"),
            "detected": kt(u("2017-02-22 02:43", LOS), S, "P1 HOST DOWN - feespadi-web-01", "opsgenie-h57fee-web01.txt"),
            "resolved": kt(u("2017-02-22 04:30", LOS), S, "Downtime for us: 2:40am to 4:30am WAT", "comment 238031")},
        "responders": [["Chinedu Okafor", None], ["Tunde Adeyemi", None], ["Ngozi Eze", None]],
        "narrative": nar(["distribution-layer switches"], ["Outage End"], ["FEE-0222", "feespadi-web-01"],
                         "On 22 February 2017 from 2:40am to 4:30am Lagos time the school-fees portal on a Linode in Atlanta was unreachable; parents were told to pay by bank transfer.",
                         lucky=["before 9"], well=["bank transfer"], badly=["MySQL upgrade"]),
    }})

# 9. Google App Engine, 5 March 2015 - Google API auth errors, seen from a Cape Town roster app (South African English)
I.append({
    "id": "gae-2015-03-oauth-capetown-rosters", "name": "Google App Engine authentication issues, 5 March 2015 (status incident 07:33 to 08:27 US/Pacific; summary posted 6 Mar 14:00 PST: from 07:04 AM to 08:28 AM some App Engine apps calling Google APIs over HTTP had elevated errors, OAuth token requests over 85% errors; a shared HTTP load-balancing component got a non-malicious traffic increase and its DoS protection shunted traffic to a CAPTCHA, client retries made it worse; the summary's impact line says '5 January'), seen from a Cape Town roster app for restaurants that mails rosters through Google APIs",
    "issueId": "98158", "key": "RST-0305", "summary": "Roster emails and PDF uploads failing - Google token refresh errors",
    "reporter": "Thabo Nkosi", "assignee": "Megan van der Merwe", "labels": ["app-engine", "oauth", "rosters"],
    "components": ["roster-mailer", "backend"], "created": c("2015-03-05 17:20", JNB), "now": "2015-03-20T08:00:00Z",
    "defaultZone": JNB, "priority": "High",
    "description": """Tonight's rosters aren't going out. Every Gmail API send and every Cloud Storage PDF upload fails with AccessTokenRefreshError. About 60 restaurants expect rosters by 19:00.

Did someone rotate the service account key? SAST times.""",
    "comments": [
        ("238032", "Megan van der Merwe", c("2015-03-05 17:45", JNB), """Nobody rotated anything, key works fine from Thabo's laptop. Google App Engine status has "Authentication issues with Google App Engine". Slack thread: slack-h57rst-0305.txt."""),
        ("238033", "Thabo Nkosi", c("2015-03-05 18:50", JNB), """Errors stopped, the roster queue drained, all 61 restaurants got their rosters a bit late. Eish."""),
        ("238034", "Megan van der Merwe", c("2015-03-09 09:00", JNB), """Google's summary is in gae-h57rst-0305.txt (Pacific time, 10 hours behind us)."""),
        ("238035", "Sipho Dlamini", c("2015-03-10 14:00", JNB), """Recap (SAST, UTC+2)
Failures for us: 17:06 (first failed token refresh in our logs) to 18:28 (Google's end, 08:28 Pacific).
First knew: the Sentry alert in #dev.
Nobody rotated the key, and load shedding at the office had nothing to do with it either.
Google's status incident is only when they posted, not our window; their summary says "5 January" but it was 5 March.
Cause (Google): a component in their shared HTTP load balancing fabric got a non-malicious traffic increase; automatic DoS protection shunted some traffic to a CAPTCHA and client retries made it worse.
Actions: retry token refresh with backoff; alert when the roster queue is older than 15 minutes; WhatsApp broadcast template for late rosters."""),
    ],
    "changelog": [
        ("Megan van der Merwe", c("2015-03-05 17:21", JNB), [("status", "Open", "In Progress")]),
        ("Thabo Nkosi", c("2015-03-05 18:51", JNB), [("status", "In Progress", "Monitoring")]),
        ("Sipho Dlamini", c("2015-03-10 14:05", JNB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-h57rst-0305.txt", "zone": JNB, "referenceDate": "2015-03-05", "text": """
#dev   Thursday 5 March
[17:09] Sentry: New issue in roster-mailer: AccessTokenRefreshError: 503 Unexpected response from accounts.google.com
[17:12] Thabo Nkosi: eish, roster emails all failing, token refresh errors from Google
[17:16] Megan van der Merwe: did someone rotate the service account key? I was cleaning up the console this morning
[17:25] Thabo Nkosi: key is fine, same key works from my laptop
[17:31] Megan van der Merwe: load shedding stage 2 at the office from 18:00, so if we must deploy, do it now now
[17:40] Thabo Nkosi: App Engine status says "Authentication issues with Google App Engine"
[17:55] Sipho Dlamini: sent a WhatsApp broadcast to the restaurants, rosters coming late tonight
[18:31] Thabo Nkosi: errors stopped, queue draining, rosters going out
"""}, {"file": "gae-h57rst-0305.txt", "zone": LA, "referenceDate": "2015-03-05", "text": """
Incident affecting Google App Engine - Authentication issues with Google App Engine
Incident began at 2015-03-05 07:33 and ended at 2015-03-05 08:27 (all times are US/Pacific).
6 Mar 2015 14:00 PST  SUMMARY: On Thursday 5 March 2015, for a duration of 84 minutes, Google App Engine applications that accessed some Google APIs over HTTP experienced elevated error rates.
DETAILED DESCRIPTION OF IMPACT: On Thursday 5 January, from 07:04 AM to 08:28 AM, some Google App Engine applications making calls to other Google APIs via HTTP experienced elevated error rates; requests to issue OAuth tokens saw an error rate of over 85%.
ROOT CAUSE: A component in Google's shared HTTP load balancing fabric experienced a non-malicious increase in traffic, exceeding its provisioned capacity; automatic DoS protection shunted a portion of the traffic to a CAPTCHA, and client retries exacerbated the problem.
"""}],
    "expected": {
        "events": [[u("2015-03-05 07:04", LA), ["DETAILED DESCRIPTION"]], [u("2015-03-05 17:09", JNB), ["Sentry"]],
                   [u("2015-03-05 17:12", JNB), ["eish"]], [u("2015-03-05 17:16", JNB), ["rotate"]],
                   [u("2015-03-05 17:25", JNB), ["laptop"]], [u("2015-03-05 17:31", JNB), ["load shedding"]],
                   [u("2015-03-05 07:33", LA), ["Incident began"]], [u("2015-03-05 17:40", JNB), ["Authentication issues"]],
                   [u("2015-03-05 17:55", JNB), ["WhatsApp"]], [u("2015-03-05 08:27", LA), ["ended"]],
                   [u("2015-03-05 08:28", LA), ["DETAILED DESCRIPTION"]], [u("2015-03-05 18:31", JNB), ["errors stopped"]],
                   [u("2015-03-06 14:00", LA), ["SUMMARY"]]],
        "keyTimes": {
            "started": kt(u("2015-03-05 17:06", JNB), S, "Failures for us: 17:06 (first failed token refresh in our logs) to 18:28", "comment 238035"),
            "detected": kt(u("2015-03-05 17:09", JNB), S, "New issue in roster-mailer: AccessTokenRefreshError", "slack-h57rst-0305.txt"),
            "resolved": kt(u("2015-03-05 18:28", JNB), S, "Failures for us: 17:06 (first failed token refresh in our logs) to 18:28", "comment 238035")},
        "responders": [["Thabo Nkosi", None], ["Megan van der Merwe", None], ["Sipho Dlamini", None]],
        "narrative": nar(["DoS protection"], ["ended at 2015-03-05 08:27"], ["RST-0305", "roster-mailer"],
                         "On 5 March 2015 from 17:06 to 18:28 Cape Town time the roster app could not get Google OAuth tokens, so roster emails and PDF uploads failed and 61 restaurants got their rosters late.",
                         well=["WhatsApp broadcast"], badly=["rotate the service account key"]),
    }})

# 10. VSTS, 6 November 2017 - SPS and North Central US outage, seen from an Aberystwyth agency (Welsh and English) ----
I.append({
    "id": "vsts-2017-11-northcentral-aberystwyth", "name": "VSTS outages, 6 November 2017 (Microsoft postmortem, UTC: 18:45-19:15 a deployment issue made a configuration database unavailable, about 2,000 users with intermittent failures; 19:15-19:30 Shared Platform Services (sign-in and authorization) outage for about 5,000 users in all regions, triggered by a network failure in North Central US; the Azure network outage took most of the North Central US datacenter and its VSTS accounts offline until 21:07), seen from an Aberystwyth agency whose VSTS account is hosted in North Central US",
    "issueId": "98159", "key": "DYF-1106", "summary": "VSTS i lawr / VSTS down during the council release",
    "reporter": "Gareth Morgan", "assignee": "Rhys Evans", "labels": ["vsts", "release", "cyngor"],
    "components": ["cyflwyno", "devops"], "created": c("2017-11-06 19:30", LON), "now": "2017-11-24T10:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """Methu mewngofnodi i VSTS / can't sign in to VSTS, and when it does get past sign-in our account shows an error page. Tonight's release for the council's Welsh-language bins app is stuck (release pipeline lives in VSTS).

Is the BT line down again? Times are UK (GMT).""",
    "comments": [
        ("238036", "Rhys Evans", c("2017-11-06 20:05", LON), """Nid y BT line / not BT: same on 4G. Deployed the release from my laptop with the publish profile instead, site OK. Slack: slack-h57dyf-1106.txt."""),
        ("238037", "Gareth Morgan", c("2017-11-06 21:15", LON), """VSTS yn ôl / back. Kicked a build from the pipeline to check, green. Diolch pawb."""),
        ("238038", "Rhys Evans", c("2017-11-13 10:00", LON), """Microsoft's postmortem, excerpt in vsts-h57dyf-pm.txt (UTC = GMT this time of year)."""),
        ("238039", "Siân Hughes", c("2017-11-14 15:00", LON), """Crynodeb / Recap (GMT)
Effaith arnom ni / impact for us: 19:15–21:07 (sign-in failing from 19:15, then our North Central US account offline until 21:07).
As far as we know the config database blip that started at 18:45 did not hit us.
Gwybod gyntaf / first knew: Gareth's message on Slack.
The BT line was fine. Gareth's "yn ôl" is when he looked; Microsoft says 21:07.
Achos / cause (Microsoft): a network failure in the North Central US datacenter took Shared Platform Services and the accounts hosted there down.
Camau / actions: ask to move the account to West Europe; keep the manual publish profile documented; release nights start with a VSTS status check."""),
    ],
    "changelog": [
        ("Rhys Evans", c("2017-11-06 19:32", LON), [("status", "Open", "In Progress")]),
        ("Gareth Morgan", c("2017-11-06 21:16", LON), [("status", "In Progress", "Monitoring")]),
        ("Siân Hughes", c("2017-11-14 15:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-h57dyf-1106.txt", "zone": LON, "referenceDate": "2017-11-06", "text": """
#cyflwyno   Dydd Llun 6 Tachwedd
[19:18] Gareth Morgan: VSTS won't let me sign in, the login page just spins
[19:20] Siân Hughes: fi hefyd / me too. Ydy'r BT line lawr eto?
[19:26] Gareth Morgan: not BT, phone on 4G same. @vsts on Twitter says they're investigating
[19:41] Rhys Evans: release y cyngor heno - I'll push from my local clone straight to the council's Azure web app
[19:58] Rhys Evans: wedi'i ddefnyddio / deployed from my laptop, site OK
[20:30] Siân Hughes: sign-in works now but our account gives "service unavailable"
[21:10] Gareth Morgan: VSTS yn ôl! boards and repos load
"""}, {"file": "email-h57dyf-cyngor.txt", "zone": LON, "referenceDate": "2017-11-06", "text": """
From: Rhys Evans
To: Swyddog Digidol, Cyngor
Sent: 06 November 2017 19:45
Subject: Rhyddhau heno / Tonight's release

Noswaith dda, our build system (Microsoft VSTS) is down so tonight's release may be late. We're trying a manual route. Byddwn yn cadarnhau / we'll confirm.

From: Rhys Evans
Sent: 06 November 2017 20:02
Subject: RE: Rhyddhau heno / Tonight's release

Mae'r app yn fyw / the new version is live, published manually at 19:58. Diolch am eich amynedd.
"""}, {"file": "vsts-h57dyf-pm.txt", "zone": Z, "referenceDate": "2017-11-06", "text": """
Postmortem for VSTS Outages on 6 November 2017 (VSTS blog, excerpt)
1. Starting at 18:45 UTC until 19:15 UTC, a deployment issue caused a VSTS Configuration database to become unavailable; approximately 2,000 users across West Europe, Central US, South Central US and North Central US saw intermittent outages.
2. For 15 minutes, from 19:15 until 19:30 UTC, the VSTS Shared Platform Services (SPS), the central service for authentication and authorization, had a temporary outage for approximately 5,000 users in all regions, triggered by a network failure in North Central US.
3. The Azure network outage impacted most of the North Central US datacenter and lasted until 21:07 UTC. During this time, VSTS accounts hosted in the North Central data center were offline.
"""}],
    "expected": {
        "events": [[u("2017-11-06 18:45", Z), ["Configuration database"]], [u("2017-11-06 19:15", Z), ["Shared Platform Services"]],
                   [u("2017-11-06 19:18", LON), ["sign in"]], [u("2017-11-06 19:20", LON), ["BT line"]],
                   [u("2017-11-06 19:26", LON), ["4G"]], [u("2017-11-06 19:30", Z), ["SPS"]],
                   [u("2017-11-06 19:41", LON), ["release y cyngor"]], [u("2017-11-06 19:45", LON), ["Sent"]], [u("2017-11-06 19:58", LON), ["deployed"]],
                   [u("2017-11-06 20:30", LON), ["service unavailable"]], [u("2017-11-06 21:07", Z), ["lasted until"]],
                   [u("2017-11-06 21:10", LON), ["yn ôl"]]],
        "keyTimes": {
            "started": kt(u("2017-11-06 19:15", LON), S, "impact for us: 19:15–21:07", "comment 238039"),
            "detected": kt(u("2017-11-06 19:18", LON), S, "VSTS won't let me sign in", "slack-h57dyf-1106.txt"),
            "resolved": kt(u("2017-11-06 21:07", LON), S, "impact for us: 19:15–21:07", "comment 238039")},
        "responders": [["Gareth Morgan", None], ["Siân Hughes", None], ["Rhys Evans", None]],
        "narrative": nar(["network failure in North Central US"], ["lasted until 21:07"], ["DYF-1106", "#cyflwyno"],
                         "On 6 November 2017 from 19:15 to 21:07 UK time the agency could not sign in to or use its VSTS account hosted in North Central US; the council release went out from a laptop.",
                         lucky=["publish profile"], well=["deployed from my laptop"], badly=["BT line"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

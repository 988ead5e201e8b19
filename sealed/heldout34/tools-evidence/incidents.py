"""Held-out 34 incidents: compact specs. Five software / cloud incidents (Firebase Realtime Database in us-central1 on
16 April 2021 seen from a Chicago grocery-delivery app; Firebase Realtime Database REST/Admin SDK timeouts of 26 June
2018 seen from the database's own on-call; Zendesk Pods 13/20 CDN congestion of 8 January 2024 seen from a Toronto
support floor; Twilio Programmable Voice of 31 March 2025 seen from a Bogota contact centre; the Xandr Customer Support
Portal taken down by a Salesforce outage on 6 November 2019, seen from Xandr's support operations) and five outside
software companies (a Leeds home-care agency in O2's July 2012 outage, a Cardiff pub in the Lloyds Banking Group card
failure of 26 January 2014, a hospital's clinical informatics desk in Sutter Health's May 2018 outage, Metro-North's
operations desk on 15 June 2011, a creamery on a Tillamook PUD line on 11 December 2021). Timeline facts from public
statements (SOURCES-heldout34.md); people, ticket keys, chat wording, wrong first guesses and the minutes marked
invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Firebase RTDB us-central1, 16 April 2021 - inconsistent network peering, seen from a Chicago delivery app --------
I.append({
    "id": "firebase-2021-04-rtdb-chicago-grocery", "name": "Firebase Realtime Database outage in us-central1 16 April 2021 (a network control plane update left peered networks inconsistent; a background job crossed a node threshold at 15:58 PDT and requests to 34% of the region's databases were rejected for 40 minutes until 16:37 PDT; first status information 16:33, outage declared 17:16), seen from a Chicago grocery-delivery app whose rider job lists froze",
    "issueId": "98500", "key": "DLV-0416", "summary": "Rider app job lists frozen - order-sync writes to RTDB all failing",
    "reporter": "Marisol Okafor", "assignee": "Dmitri Haugen", "labels": ["sev1", "firebase", "rider-app"],
    "components": ["order-sync", "rider-app"], "created": "2021-04-16T23:20", "now": "2021-04-30T12:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Riders' job lists stopped updating and new orders never reach them. order-sync writes to the Realtime Database fail (timeouts / rejected), dispatch is assigning by phone.

Going on since ~6 PM. Most likely the 4.12 rider release from this afternoon (live-tracking flag), turning the flag off now. Chicago time.""",
    "comments": [
        ("227000", "Dmitri Haugen", "2021-04-16T23:28", """Turning the flag off changed nothing: every write is rejected, including from the admin tool, which has nothing to do with 4.12. P1 case opened with Google Cloud support. Thread attached as slack-dlv0416.txt (Central time)."""),
        ("227001", "Yesenia Brandt", "2021-04-17T00:45", """Writes have gone through ever since the recovery. Dispatch re-pushed the 212 stuck orders by hand, 31 customers got a $10 credit. Leaving this in Monitoring over the weekend."""),
        ("227002", "Marisol Okafor", "2021-04-20T15:10", """Google support on our case: a networking issue in us-central1 RTDB, roughly a third of the region's databases, ours among them. They will publish an incident report on the Firebase status dashboard."""),
        ("227003", "Marisol Okafor", "2021-04-23T16:00", """Debrief (Friday). Google's report came out yesterday; I converted its Pacific times to Central.
4:16 PM: a batch of network configuration updates reached their control plane. Harmless for us on its own.
5:58 PM: a background job grew the cluster past a node threshold, traffic moved onto the inconsistent peering and RTDB rejected every request to our database.
Riders were stuck from 5:58 until 6:37 PM, when Google rerouted traffic and our writes went through again.
Neither the 4.12 release nor its flag had any part in it. The ~6 PM in the description was rounded from our alert; the 6:03 page came before any rider called us.
Google's dashboard only turned yellow at 6:33 and said "outage" at 7:16, after it was over.
Follow-ups: buffer order-sync writes on the device so riders keep their list, page on RTDB error rate per region, ask Google about a database in a second region."""),
    ],
    "changelog": [
        ("Dmitri Haugen", "2021-04-16T23:21", [("status", "Open", "In Progress")]),
        ("Yesenia Brandt", "2021-04-17T00:46", [("status", "In Progress", "Monitoring")]),
        ("Marisol Okafor", "2021-04-23T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-dlv0416.txt", "zone": "America/Chicago", "referenceDate": "2021-04-16", "text": """
PagerDuty — Today at 6:03 PM
[Triggered] #4471 order-sync: RTDB write errors 100% (us-central1), 5 min window
Marisol Okafor — Today at 6:05 PM
ack. riders' lists frozen. only change today is 4.12 at 4:30, flipping the live-tracking flag off
Dmitri Haugen — Today at 6:19 PM
flag off and config cache purged, still every write rejected. admin tool too
Marisol Okafor — Today at 6:33 PM
firebase status went yellow: "Realtime Database experiencing network outages in us-central-1"
Yesenia Brandt — Today at 6:37 PM
writes succeeding again, lists moving on my test rider
Dmitri Haugen — Today at 7:16 PM
dashboard finally says outage. we've been green for 40 min
"""}],
    "expected": {
        "events": [["2021-04-16T21:16Z", ["configuration updates"]], ["2021-04-16T22:58Z", ["threshold", "rejected"]],
                   ["2021-04-16T23:03Z", ["Triggered"]], ["2021-04-16T23:05Z", ["4.12"]],
                   ["2021-04-16T23:19Z", ["flag off"]], ["2021-04-16T23:33Z", ["status", "yellow"]],
                   ["2021-04-16T23:37Z", ["writes succeeding", "rerouted"]], ["2021-04-17T00:16Z", ["outage"]]],
        "keyTimes": {
            "started": kt("2021-04-16T22:58Z", S, "Riders were stuck from 5:58 until 6:37 PM", "comment 227003"),
            "detected": kt("2021-04-16T23:03Z", S, "[Triggered] #4471 order-sync", "slack-dlv0416.txt"),
            "resolved": kt("2021-04-16T23:37Z", S, "Riders were stuck from 5:58 until 6:37 PM", "comment 227003")},
        "responders": [["Marisol Okafor", None], ["Dmitri Haugen", None], ["Yesenia Brandt", None]],
        "narrative": nar(["peering", "threshold"], ["rerouted"], ["DLV-0416", "order-sync"],
                         "On 16 April 2021 the Firebase Realtime Database outage in us-central1 froze the app's rider job lists from 5:58 to 6:37 PM Central."),
    }})

# 2. Firebase RTDB, 26 June 2018 - socket exhaustion to the token validation service, seen from the RTDB on-call -----
I.append({
    "id": "firebase-2018-06-rtdb-authsockets-oncall", "name": "Firebase Realtime Database REST and Admin SDK timeouts 26 June 2018 (an internal networking bug exhausted socket connections to the service that validates service-account and owner access tokens on NSS-212, 230 and 516; about 5% of projects timed out from 2:10 to 4:58 AM PDT; found through developers writing to support, fixed by draining and restarting the servers), seen from the Realtime Database on-call",
    "issueId": "98501", "key": "NSS-0626", "summary": "REST + Admin SDK requests timing out on nss-212/230/516 (reported via support)",
    "reporter": "Anneliese Varga", "assignee": "Kwabena Asante", "labels": ["p1", "rtdb", "oncall"],
    "components": ["rtdb-frontend", "token-auth"], "created": "2018-06-26T10:36", "now": "2018-07-13T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Support escalated a batch of developer tickets: REST API and Admin SDK calls to databases on nss-230 time out (212 and 516 too, it turns out). Client SDK websocket traffic looks fine.

Probably started around 3 AM, right after my frontend rollout to nss-230. Rolling it back. Pacific.""",
    "comments": [
        ("227010", "Kwabena Asante", "2018-06-26T11:12", """Rollback made no difference, so not the frontend. Every affected host has zero free sockets to token-auth; draining and restarting them one at a time. Anneliese's notes are in oncall-nss0626.txt (Pacific)."""),
        ("227011", "Anneliese Varga", "2018-06-26T12:06", """All three hosts restarted, no timeouts since. Status dashboard post is up."""),
        ("227012", "Kwabena Asante", "2018-06-27T23:30", """Networking fix deployed across the NSS fleet today, plus an alert on free sockets to token-auth so we hear about it before developers do."""),
        ("227013", "Anneliese Varga", "2018-07-06T19:20", """Closing note (the customer-facing summary went out today), Pacific times.
Impact: starting at 2:10 AM PDT, REST and Admin SDK requests on nss-212, 230 and 516 timed out, about 5% of projects, until 4:58 AM PDT when the last host was restarted.
Cause: an internal networking bug leaked socket connections to the token validation service until none were left. My rollout had nothing to do with it, and the "around 3 AM" in the description was almost an hour late.
Detection: external developers noticed first and wrote to support; support forwarded them and paged me. When the first of those tickets arrived we cannot tell: the forward carried no timestamps and the queue has been migrated since.
Follow-ups: fix deployed 27 June, free-socket alert added, support pages the on-call after the first timeout ticket instead of batching them."""),
    ],
    "changelog": [
        ("Anneliese Varga", "2018-06-26T10:37", [("status", "Open", "In Progress")]),
        ("Anneliese Varga", "2018-06-26T12:07", [("status", "In Progress", "Monitoring")]),
        ("Anneliese Varga", "2018-07-06T19:25", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "oncall-nss0626.txt", "zone": "America/Los_Angeles", "referenceDate": "2018-06-26", "text": """
rtdb on-call notes, Tue (PDT) - anneliese
03:31 page from support: "REST/Admin SDK timeouts, 9 tickets, all nss-230" - tickets had been piling up a while, no times on the forward
03:44 my 02:55 frontend rollout on nss-230 is the only change. rolling it back
04:02 rollback complete, still timing out. nss-212 and nss-516 show the same
04:09 auth checks for service-account / owner tokens hang. sockets to token-auth: 0 free on all three hosts
04:20 kwabena: drain + restart nss-212
04:41 nss-230 drained and restarted, timeouts gone there
04:58 nss-516 restarted, REST/Admin SDK latency back to baseline on all three
05:00 status dashboard post published
"""}],
    "expected": {
        "events": [["2018-06-26T09:10Z", ["timed out", "starting"]], ["2018-06-26T10:31Z", ["page"]],
                   ["2018-06-26T10:44Z", ["rolling it back", "rollout"]], ["2018-06-26T11:02Z", ["rollback complete"]],
                   ["2018-06-26T11:09Z", ["sockets"]], ["2018-06-26T11:20Z", ["restart"]],
                   ["2018-06-26T11:41Z", ["restarted"]], ["2018-06-26T11:58Z", ["restarted", "baseline"]],
                   ["2018-06-26T12:00Z", ["status"]]],
        "keyTimes": {
            "started": kt("2018-06-26T09:10Z", S, "starting at 2:10 AM PDT, REST and Admin SDK requests", "comment 227013"),
            "detected": kt(None, U),
            "resolved": kt("2018-06-26T11:58Z", S, "until 4:58 AM PDT when the last host was restarted", "comment 227013")},
        "responders": [["Anneliese Varga", None], ["Kwabena Asante", None]],
        "narrative": nar(["socket"], ["restart"], ["NSS-0626", "token-auth"],
                         "On 26 June 2018 REST and Admin SDK requests to about 5% of Realtime Database projects timed out from 2:10 to 4:58 AM PDT."),
    }})

# 3. Zendesk Pods 13/20, 8 January 2024 - CDN provider congestion, seen from a Toronto support floor ----------------
I.append({
    "id": "zendesk-2024-01-pod13-cdn-toronto-support", "name": "Zendesk Support latency, delays and errors on Pods 13 and 20, 8 January 2024 (network congestion at the CDN provider in several US locations; impact 17:38-17:56 UTC, status updates 18:07-19:40 UTC, fixed by failing over to a backup), seen from a Toronto ticket reseller's support floor",
    "issueId": "98502", "key": "CX-0108", "summary": "Zendesk agent workspace green screens / tickets won't open (Pod 13)",
    "reporter": "Océane Lavallée", "assignee": "Tobias Wren", "labels": ["zendesk", "support-floor"],
    "components": ["support-tools"], "created": "2024-01-08T17:50", "now": "2024-01-26T12:00:00Z",
    "defaultZone": "America/Toronto", "priority": "High",
    "description": """Agents on the floor get the green screen / "something went wrong" in Zendesk; tickets take a minute to open or don't open at all. Phones are fine.

Since 12:40ish. IT pushed a new web-filter policy over lunch, suspect that. Toronto time.""",
    "comments": [
        ("227020", "Tobias Wren", "2024-01-08T18:15", """Filter rollback didn't change anything. Zendesk has an incident up for Pods 13 and 20, and we're on Pod 13. Teams chat copied to teams-cx0108.txt (Toronto clock)."""),
        ("227021", "Océane Lavallée", "2024-01-08T19:45", """Zendesk has marked it resolved. The floor went back to email mid-afternoon; 46 chats were abandoned during the switch to phone-only."""),
        ("227022", "Tobias Wren", "2024-01-10T15:00", """Zendesk's status history for the incident, copied from their page (UTC):
18:07 investigating reports of slowness and delays in Pods 13 and 20
18:19 confirmed latency, delays, errors and some failed logins
18:29 working with their CDN provider
18:44 re-routed much of the traffic, errors down significantly (mitigated)
19:22 CDN provider's fix implemented, monitoring
19:40 resolved"""),
        ("227023", "Océane Lavallée", "2024-01-15T16:30", """Wash-up (Monday 15th). Zendesk's post-mortem is out: their CDN provider had network congestion in several US locations, and they fixed it by failing over to a backup.
By their analysis the impact started 17:38 UTC and lasted eighteen minutes. Jomo's first message in the thread fits that.
Every status update they posted came after our agents were working again, so the status page told us nothing during the incident, and "resolved 19:40" is not when our floor recovered.
The web-filter policy was not involved; IT put it back on the 9th.
Next steps: floor leads subscribe to Zendesk status emails for our pod, keep the offline macro doc current, and time how long it takes a lead to call phone-only."""),
    ],
    "changelog": [
        ("Tobias Wren", "2024-01-08T17:52", [("status", "Open", "In Progress")]),
        ("Océane Lavallée", "2024-01-08T19:46", [("status", "In Progress", "Monitoring")]),
        ("Océane Lavallée", "2024-01-15T16:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-cx0108.txt", "zone": "America/Toronto", "referenceDate": "2024-01-08", "text": """
[12:41 PM] Jomo Kariuki: zendesk is giving me the green screen on every ticket??
[12:43 PM] Océane Lavallée: same for Bea and Luis. anyone else?
[12:47 PM] Tobias Wren (IT): web filter policy rolled back on the floor VLAN, try now
[12:49 PM] Jomo Kariuki: still green screen
[12:52 PM] Océane Lavallée: ok everyone phone-only, use the offline macro doc for email replies
[1:07 PM] Tobias Wren (IT): zendesk status: "investigating reports of slowness and delays in Pods 13 and 20". so not us
[1:24 PM] Jomo Kariuki: been loading fine for a while now actually
"""}],
    "expected": {
        "events": [["2024-01-08T17:38Z", ["impact started"]], ["2024-01-08T17:41Z", ["green screen"]],
                   ["2024-01-08T17:47Z", ["web filter"]], ["2024-01-08T17:52Z", ["phone-only"]],
                   ["2024-01-08T18:07Z", ["investigating"]], ["2024-01-08T18:19Z", ["confirmed"]],
                   ["2024-01-08T18:29Z", ["CDN"]], ["2024-01-08T18:44Z", ["re-routed"]],
                   ["2024-01-08T19:22Z", ["fix"]], ["2024-01-08T19:40Z", ["resolved"]]],
        "keyTimes": {
            "started": kt("2024-01-08T17:38Z", S, "the impact started 17:38 UTC and lasted eighteen minutes", "comment 227023"),
            "detected": kt("2024-01-08T17:41Z", S, "zendesk is giving me the green screen on every ticket", "teams-cx0108.txt"),
            "resolved": kt("2024-01-08T17:56Z", I_, "the impact started 17:38 UTC and lasted eighteen minutes", "comment 227023")},
        "responders": [["Océane Lavallée", None], ["Tobias Wren", None], ["Jomo Kariuki", None]],
        "narrative": nar(["congestion"], ["backup"], ["CX-0108", "Pod 13"],
                         "On 8 January 2024 Zendesk agents on Pod 13 saw latency and errors for eighteen minutes from 17:38 UTC because of congestion at Zendesk's CDN provider."),
    }})

# 4. Twilio Programmable Voice, 31 March 2025 - caching proxy saturated, seen from a Bogota contact centre ----------
I.append({
    "id": "twilio-2025-03-voice-bogota-contactcentre", "name": "Twilio Programmable Voice and Flex disruption 31 March 2025 (RFO #13002: a telemetry and diagnostics subsystem saturated the caching proxy that fetches files to play, TwiML invocations timed out; about 25% of TwiML verbs affected 15:10-16:44 UTC, normal at 16:56, status page updated 16:27), seen from a Bogota contact centre running a US insurer's inbound line",
    "issueId": "98503", "key": "CC-0331", "summary": "Llamadas entrantes se caen o entran en silencio - línea aseguradora (IVR sobre Twilio)",
    "reporter": "Natalia Restrepo", "assignee": "Julián Cárdenas", "labels": ["voz", "twilio", "cliente-usa"],
    "components": ["ivr", "telefonia"], "created": "2025-03-31T15:35", "now": "2025-04-14T12:00:00Z",
    "defaultZone": "America/Bogota",
    "description": """Las llamadas entrantes de la línea de la aseguradora se cortan en el IVR o el agente recibe silencio, más o menos 4 de cada 10. Las salientes igual.

Desde las 10 y algo. Parece la fibra de Claro (el piso 3 tuvo cortes la semana pasada), pasamos la voz a la ruta de respaldo. Hora de Bogotá.""",
    "comments": [
        ("227030", "Julián Cárdenas", "2025-03-31T15:40", """No es Claro: por la ruta de respaldo pasa lo mismo y los logs de la plataforma muestran timeouts de TwiML (Play/Gather) del lado de Twilio. Caso abierto con el proveedor de la plataforma. El chat de supervisores está en whatsapp-cc0331.txt (hora de Bogotá)."""),
        ("227031", "Natalia Restrepo", "2025-03-31T17:10", """Cola normal desde antes del mediodía. 318 callbacks pendientes, repartidos en el turno de la tarde."""),
        ("227032", "Julián Cárdenas", "2025-04-02T14:00", """El proveedor nos reenvió el RFO preliminar de Twilio (#13002), resumido; horas en UTC:
[2025-03-31 15:09 UTC] first occurrence of the event that triggered the incident
[2025-03-31 15:12 UTC] Twilio monitors detect high load and alert Twilio
[2025-03-31 15:22 UTC] on-call engineering starts investigating
[2025-03-31 16:16 UTC] remediation begins: more capacity for the caching proxy layer
[2025-03-31 16:27 UTC] Twilio Status Page updated: Programmable Voice and Flex experiencing issues
[2025-03-31 16:44 UTC] root cause identified (internal logging integration saturated the caching proxy), service starts to show recovery
[2025-03-31 16:56 UTC] service functioning normally
[2025-03-31 21:07 UTC] patch deployed to prevent recurrence
Customer impact per the RFO: 15:10 UTC until 16:44 UTC, about 25% of TwiML verbs."""),
        ("227033", "Natalia Restrepo", "2025-04-07T21:00", """Retrospectiva (lunes 7), hora de Bogotá.
Para nosotros la afectación coincide con la ventana de Twilio: de 10:10 a 11:44 a. m. (15:10-16:44 UTC). Lo de las 15:09 UTC es su disparador interno; todavía no tumbaba llamadas.
Nos enteramos por mi mensaje en el grupo de supervisores a las 10:14; la plataforma no tenía alerta de tasa de caídas.
La fibra de Claro no tuvo nada que ver y el cambio a la ruta de respaldo no sirvió.
Twilio actualizó su página de estado a las 11:27, más de una hora después del inicio.
Pendientes: alerta cuando las llamadas caídas pasen del 5 %, mensaje de callback activable en 2 minutos, revisar con el proveedor una ruta de voz que no dependa de TwiML."""),
    ],
    "changelog": [
        ("Julián Cárdenas", "2025-03-31T15:36", [("status", "Open", "In Progress")]),
        ("Natalia Restrepo", "2025-03-31T17:11", [("status", "In Progress", "Monitoring")]),
        ("Natalia Restrepo", "2025-04-07T21:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-cc0331.txt", "zone": "America/Bogota", "referenceDate": "2025-03-31", "text": """
31/03/25, 10:14 a. m. - Natalia Restrepo: Supervisores: se están cayendo llamadas en el IVR de la aseguradora, otras entran en silencio
31/03/25, 10:20 a. m. - Julián Cárdenas: Creo que es la fibra de Claro otra vez. Paso la voz a la ruta de respaldo
31/03/25, 10:31 a. m. - Julián Cárdenas: Con la ruta de respaldo igual. No es nuestra red
31/03/25, 10:48 a. m. - Natalia Restrepo: Activamos el mensaje de "le devolvemos la llamada" y el callback por formulario
31/03/25, 11:27 a. m. - Julián Cárdenas: Twilio publicó incidente: Programmable Voice y Flex con problemas
31/03/25, 11:44 a. m. - Natalia Restrepo: Ya entran limpias, cero caídas en la cola
31/03/25, 11:56 a. m. - Julián Cárdenas: Twilio dice funcionamiento normal. Vuelvo a la ruta principal
"""}],
    "expected": {
        "events": [["2025-03-31T15:09Z", ["first occurrence"]], ["2025-03-31T15:12Z", ["monitors"]],
                   ["2025-03-31T15:14Z", ["cayendo"]], ["2025-03-31T15:20Z", ["Claro"]],
                   ["2025-03-31T15:22Z", ["investigating"]], ["2025-03-31T15:31Z", ["respaldo"]],
                   ["2025-03-31T15:48Z", ["callback"]], ["2025-03-31T16:16Z", ["capacity"]],
                   ["2025-03-31T16:27Z", ["Status Page", "Twilio publicó"]], ["2025-03-31T16:44Z", ["recovery", "limpias"]],
                   ["2025-03-31T16:56Z", ["normal"]], ["2025-03-31T21:07Z", ["patch"]]],
        "keyTimes": {
            "started": kt("2025-03-31T15:10Z", S, "de 10:10 a 11:44 a. m. (15:10-16:44 UTC)", "comment 227033"),
            "detected": kt("2025-03-31T15:14Z", S, "se están cayendo llamadas en el IVR", "whatsapp-cc0331.txt"),
            "resolved": kt("2025-03-31T16:44Z", S, "de 10:10 a 11:44 a. m. (15:10-16:44 UTC)", "comment 227033")},
        "responders": [["Natalia Restrepo", None], ["Julián Cárdenas", None]],
        "narrative": nar(["caching proxy"], ["capacity"], ["CC-0331", "TwiML"],
                         "On 31 March 2025 a Twilio voice disruption dropped or silenced about four in ten of the contact centre's insurer calls from 10:10 to 11:44 a.m. Bogota time."),
    }})

# 5. Xandr Customer Support Portal, 6 November 2019 - Salesforce outage, seen from Xandr's support operations --------
I.append({
    "id": "xandr-2019-11-supportportal-salesforce", "name": "Xandr Customer Support Portal unavailable 6 November 2019 (a Salesforce outage, Salesforce incident 4777, took help.xandr.com down from about 20:52 to 22:20 UTC; status posts 21:28 investigating, 21:48 identified, 22:24 resolved; post-mortem 13 November), seen from Xandr's support operations",
    "issueId": "98504", "key": "SUPP-1106", "summary": "help.xandr.com down - clients can't raise tickets",
    "reporter": "Wren Castellanos", "assignee": "Imogen Achterberg", "labels": ["support-portal", "salesforce"],
    "components": ["customer-support-portal"], "created": "2019-11-06T21:05", "now": "2019-11-20T12:00:00Z",
    "defaultZone": "America/New_York", "priority": "High",
    "description": """help.xandr.com shows an error page to everyone; clients can't log in or raise tickets, client success is fielding emails instead.

Went down just before 4. The web team published a portal template change at 3:30, asking them to revert it. Eastern.""",
    "comments": [
        ("227040", "Imogen Achterberg", "2019-11-06T21:50", """Not the template: Salesforce has an open incident (4777) that matches, and the portal runs on their community platform. Slack excerpt in slack-supp1106.txt (Eastern)."""),
        ("227041", "Wren Castellanos", "2019-11-06T22:40", """Portal back, test ticket OK, status page set to resolved. 37 emails to support@ still to be turned into tickets tomorrow."""),
        ("227042", "Imogen Achterberg", "2019-11-07T15:30", """All 37 emails converted. Waiting on Salesforce's root cause before we write ours."""),
        ("227043", "Wren Castellanos", "2019-11-13T18:20", """Our post-mortem went on the status page at 17:57 UTC today. For our records:
Window: 20:52-22:20 UTC (3:52-5:20 PM Eastern), portal unavailable, nobody could raise a ticket through help.xandr.com.
Detected: Hana Bjelica's chat message at 20:52, escalated to engineering in the same minute; there was no monitor on the portal.
Cause: a Salesforce outage; the fix was on their side.
The template publish played no part.
Next steps: synthetic check on the portal login page, a status page template that sends clients to support@ straight away."""),
    ],
    "changelog": [
        ("Imogen Achterberg", "2019-11-06T21:06", [("status", "Open", "In Progress")]),
        ("Wren Castellanos", "2019-11-06T22:41", [("status", "In Progress", "Monitoring")]),
        ("Wren Castellanos", "2019-11-13T18:25", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-supp1106.txt", "zone": "America/New_York", "referenceDate": "2019-11-06", "text": """
3:52 PM | hana.b | help.xandr.com is throwing an error page for me and for two clients on chat
3:52 PM | wren.c | escalating to engineering now
4:05 PM | imogen.a | web team says the template publish is unrelated, nothing else deployed today
4:19 PM | wren.c | macro out to clients: email support@ while the portal is down
4:28 PM | wren.c | status page: Investigating, Customer Support Portal
4:48 PM | imogen.a | it's Salesforce, their incident 4777. status page moved to Identified
5:20 PM | hana.b | portal loads, test ticket went through
5:24 PM | wren.c | status page: Resolved
"""}],
    "expected": {
        "events": [["2019-11-06T20:52Z", ["error page", "escalating"]], ["2019-11-06T21:05Z", ["template"]],
                   ["2019-11-06T21:19Z", ["macro"]], ["2019-11-06T21:28Z", ["Investigating"]],
                   ["2019-11-06T21:48Z", ["Salesforce", "Identified"]], ["2019-11-06T22:20Z", ["portal loads"]],
                   ["2019-11-06T22:24Z", ["Resolved"]], ["2019-11-13T17:57Z", ["post-mortem"]]],
        "keyTimes": {
            "started": kt("2019-11-06T20:52Z", S, "Window: 20:52-22:20 UTC", "comment 227043"),
            "detected": kt("2019-11-06T20:52Z", S, "help.xandr.com is throwing an error page", "slack-supp1106.txt"),
            "resolved": kt("2019-11-06T22:20Z", S, "Window: 20:52-22:20 UTC", "comment 227043")},
        "responders": [["Wren Castellanos", None], ["Imogen Achterberg", None], ["Hana Bjelica", None]],
        "narrative": nar(["Salesforce"], ["their side"], ["SUPP-1106", "help.xandr.com"],
                         "On 6 November 2019 a Salesforce outage made the Xandr Customer Support Portal unavailable from 20:52 to 22:20 UTC."),
    }})

# 6. O2 UK, 11-12 July 2012 - numbers not registering, seen from a Leeds home-care agency ---------------------------
I.append({
    "id": "o2-2012-07-registration-homecare-leeds", "name": "O2 UK network outage 11-12 July 2012 (a fault in one of O2's network systems stopped some phones registering, affecting customers at random from about 13:30 BST Wednesday; status posts 16:45, 19:00, 23:00 and 01:00; 2G restored 08:00 Thursday, 3G by 13:39), seen from a Leeds home-care agency whose carers check in to visits by phone",
    "issueId": "98505", "key": "CARE-0711", "summary": "Carers' O2 phones no service - visit check-in calls failing, missed-visit alerts",
    "reporter": "Bronwen Ashby", "assignee": "Callum Firth", "labels": ["telephony", "o2", "safeguarding"],
    "components": ["call-monitoring", "rota"], "created": "2012-07-11T13:20", "now": "2012-07-26T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Carers' work phones (all O2) show no signal or 'emergency calls only', so check-in calls to the monitoring line fail and the board fills with missed visits. Office landlines fine.

Since about 2pm? Could be the monitoring supplier's line again (they went down in May). UK time.""",
    "comments": [
        ("227050", "Callum Firth", "2012-07-11T13:50", """Supplier's line is fine: a test call from a Vodafone phone connects. It's O2 - Twitter is full of no-signal complaints and their status page won't load. Monitoring export and Bronwen's notes: callmon-care0711.txt (UK time)."""),
        ("227051", "Bronwen Ashby", "2012-07-11T22:30", """Copied from O2's status page as the evening went on (BST):
16:45 a problem on our network affecting some customers, calls / texts / data
19:00 still managing the problem on the network, no ETA
23:00 engineers and vendors continuing to deal with it, full service as soon as possible
Night shift on paper visit sheets and the office phones."""),
        ("227052", "Callum Firth", "2012-07-12T13:10", """Morning update (BST). O2 at 01:00 said a fault with one of their network systems meant some numbers weren't registering.
2G back at 08:00, and 2G is all our handsets need for the check-in calls.
O2 says 3G was back for everyone at 13:39. Keying in the paper sheets all morning."""),
        ("227053", "Bronwen Ashby", "2012-07-19T10:00", """Lessons note (Thursday 19th), UK time.
For us the outage ran from about 1:30pm Wednesday (O2's figure, and our 13:30 visits were the first missed) to 08:00 Thursday, when the carers' check-in calls started working again. 3G coming back at 13:39 made no difference to us.
First warning was the monitoring alert at 13:41; the 'about 2pm' in the ticket was only when I wrote it.
The monitoring supplier was not at fault.
No client came to harm; two double-up visits ran late because the second carer couldn't be reached.
To do: dual-network SIMs for lone workers, landline fallback number printed on every rota, coordinator checks the board every 15 minutes whenever alerts spike."""),
    ],
    "changelog": [
        ("Callum Firth", "2012-07-11T13:21", [("status", "Open", "In Progress")]),
        ("Callum Firth", "2012-07-12T13:11", [("status", "In Progress", "Monitoring")]),
        ("Bronwen Ashby", "2012-07-19T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "callmon-care0711.txt", "zone": "Europe/London", "referenceDate": "2012-07-11", "text": """
11/07/2012 13:41  ALERT  visit 20418  carer C-114  no check-in call 11 min after due time -> coordinator desk
11/07/2012 13:52  NOTE   B.Ashby: 6 late check-ins in 10 min, all O2 handsets; rang two carers' clients on landline, carers say no signal since lunch
11/07/2012 14:15  NOTE   B.Ashby: supplier says monitoring line fine, calls from a Vodafone test phone connect
11/07/2012 14:40  NOTE   C.Firth: paper visit sheets from now, coordinators ring clients' landlines to confirm arrivals
11/07/2012 17:30  NOTE   C.Firth: evening carers issued the office's spare Vodafone phones (8)
12/07/2012 08:00  INFO   check-in calls from O2 handsets connecting again
12/07/2012 08:25  NOTE   B.Ashby: no new exceptions since 08:00, paper sheets being keyed in
"""}],
    "expected": {
        "events": [["2012-07-11T12:30Z", ["outage ran"]], ["2012-07-11T12:41Z", ["ALERT"]],
                   ["2012-07-11T12:52Z", ["late check-ins"]], ["2012-07-11T13:15Z", ["supplier"]],
                   ["2012-07-11T13:40Z", ["paper"]], ["2012-07-11T15:45Z", ["problem on our network"]],
                   ["2012-07-11T16:30Z", ["spare Vodafone"]], ["2012-07-11T18:00Z", ["still managing"]],
                   ["2012-07-11T22:00Z", ["engineers and vendors"]], ["2012-07-12T00:00Z", ["registering"]],
                   ["2012-07-12T07:00Z", ["connecting again", "2G back"]], ["2012-07-12T12:39Z", ["3G"]]],
        "keyTimes": {
            "started": kt("2012-07-11T12:30Z", S, "For us the outage ran from about 1:30pm Wednesday", "comment 227053"),
            "detected": kt("2012-07-11T12:41Z", S, "ALERT  visit 20418", "callmon-care0711.txt"),
            "resolved": kt("2012-07-12T07:00Z", S, "to 08:00 Thursday, when the carers' check-in calls started working again", "comment 227053")},
        "responders": [["Bronwen Ashby", None], ["Callum Firth", None]],
        "narrative": nar(["network systems", "registering"], ["2G back"], ["CARE-0711", "visit 20418"],
                         "On 11-12 July 2012 O2's network fault left the agency's carers unable to make check-in calls from about 1:30pm Wednesday until 08:00 Thursday."),
    }})

# 7. Lloyds Banking Group, 26 January 2014 - debit cards and ATMs, seen from a Cardiff pub's Sunday service ----------
I.append({
    "id": "lloyds-2014-01-debitcards-cardiff-pub", "name": "Lloyds Banking Group debit card and ATM failure 26 January 2014 (hardware failure, two of seven servers; some Lloyds, Halifax, Bank of Scotland and TSB debit card transactions declined between 3pm and 6pm, about half of the 7,000 ATMs affected until 7.30pm, some reports until about 9pm), seen from a Cardiff gastropub's Sunday service",
    "issueId": "98506", "key": "TILL-0126", "summary": "Card terminal declining Halifax / Lloyds / TSB debit cards - Sunday service",
    "reporter": "Gethin Pryce", "assignee": "Siân Hale", "labels": ["payments", "till"],
    "components": ["card-terminals"], "created": "2014-01-26T15:24", "now": "2014-02-10T12:00:00Z",
    "defaultZone": "Europe/London", "priority": "High",
    "description": """Card machine declining a lot of debit cards this afternoon, mostly Halifax and Lloyds, some TSB. Credit cards and other banks go through. Tables paying cash or leaving IOUs.

Started around quarter past three. I think it's our broadband dropping the terminals again (BT engineer was out Thursday). UK time.""",
    "comments": [
        ("227060", "Siân Hale", "2014-01-26T16:20", """It isn't us: Lloyds Banking Group has a card problem across Halifax / Lloyds / Bank of Scotland / TSB, it's all over Twitter and TSB's chief exec is apologising. The bar's WhatsApp group is saved as whatsapp-till0126.txt (UK time)."""),
        ("227061", "Gethin Pryce", "2014-01-26T18:30", """Cards fine again since about six. 14 tables paid cash or will pay by transfer, 3 IOUs."""),
        ("227062", "Siân Hale", "2014-01-27T12:40", """Lloyds' statement this morning: between 3pm and 6pm some customers could not complete debit card transactions; about half of their 7,000 ATMs had problems, ATMs OK again by 7:30pm. Hardware failure, two of seven servers. Some papers say people were affected until 9pm."""),
        ("227063", "Gethin Pryce", "2014-02-03T10:15", """For the file (3 Feb).
Lloyds' own window: 15:00–18:00 for debit cards, which is also what we saw: first decline at table 12 at 15:06, last one at 17:49, first Halifax card through at 18:04.
The cashpoint on the corner (Lloyds) stayed down longer, to 7:30pm per the bank, which didn't matter to us.
Not our broadband; rebooting the router cost us ten minutes with no cards at all.
Lost: roughly £640 in walk-outs and IOUs, £410 of it came back.
Changes: keep a cash float for cash-only service, a mobile card reader on a different acquirer, merchant helpline number taped to the till."""),
    ],
    "changelog": [
        ("Siân Hale", "2014-01-26T15:25", [("status", "Open", "In Progress")]),
        ("Siân Hale", "2014-01-27T12:41", [("status", "In Progress", "Monitoring")]),
        ("Gethin Pryce", "2014-02-03T10:20", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-till0126.txt", "zone": "Europe/London", "referenceDate": "2014-01-26", "text": """
26/01/2014, 15:06 - Kerys (bar): table 12 card declined twice, Halifax debit. they're fuming
26/01/2014, 15:11 - Kerys (bar): another one, Lloyds debit. terminal says DECLINED, not a comms error
26/01/2014, 15:15 - Gethin: must be the BT line again. rebooting the router
26/01/2014, 15:27 - Gethin: router back, Amex and Barclaycard go through fine. so not broadband
26/01/2014, 15:31 - Gethin: on hold to the merchant helpline
26/01/2014, 15:40 - Kerys (bar): sign on the door: cash or non-Lloyds cards please. cashpoint on the corner not working either
26/01/2014, 16:02 - Gethin: helpline: Lloyds group problem on the card side, nothing wrong with our kit
26/01/2014, 18:04 - Kerys (bar): Halifax card just went through first time! and a TSB one
26/01/2014, 18:10 - Gethin: sign down
"""}],
    "expected": {
        "events": [["2014-01-26T15:06Z", ["declined"]], ["2014-01-26T15:11Z", ["DECLINED"]],
                   ["2014-01-26T15:15Z", ["router", "BT"]], ["2014-01-26T15:27Z", ["not broadband"]],
                   ["2014-01-26T15:31Z", ["helpline"]], ["2014-01-26T15:40Z", ["sign"]],
                   ["2014-01-26T16:02Z", ["helpline"]], ["2014-01-26T17:49Z", ["last"]],
                   ["2014-01-26T18:04Z", ["went through"]], ["2014-01-26T19:30Z", ["ATMs", "cashpoint"]]],
        "keyTimes": {
            "started": kt("2014-01-26T15:00Z", S, "Lloyds' own window: 15:00–18:00 for debit cards", "comment 227063"),
            "detected": kt("2014-01-26T15:06Z", S, "table 12 card declined twice", "whatsapp-till0126.txt"),
            "resolved": kt("2014-01-26T18:00Z", S, "Lloyds' own window: 15:00–18:00 for debit cards", "comment 227063")},
        "responders": [["Gethin Pryce", None], ["Siân Hale", None]],
        "narrative": nar(["hardware failure"], ["went through"], ["TILL-0126", "table 12"],
                         "On 26 January 2014 the Lloyds Banking Group card failure declined many of the pub's customers' debit cards from 3pm to 6pm."),
    }})

# 8. Sutter Health, 14-16 May 2018 - fire suppression activation in a data center, seen from a hospital's informatics desk
I.append({
    "id": "sutter-2018-05-ehr-downtime-hospital", "name": "Sutter Health systemwide network outage 14-16 May 2018 (activation of the fire suppression system in one of its data centers; the Epic EHR, phones, email and website down or degraded at all 24 hospitals from about 10:30 p.m. Monday; paper downtime procedures, some surgeries cancelled; all information systems back as of 2 a.m. Wednesday, the My Health Online portal about 9 a.m.), seen from one hospital's clinical informatics desk",
    "issueId": "98507", "key": "CLIN-0514", "summary": "Epic + network down hospital-wide - downtime procedures in effect",
    "reporter": "Lorna Quintero", "assignee": "Desmond Oyelaran", "labels": ["downtime", "ehr", "sev1"],
    "components": ["clinical-informatics", "network"], "created": "2018-05-15T13:05", "now": "2018-05-31T12:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Epic, the intranet and email unreachable from every unit; some desk phones dead. Units are on paper downtime forms, pharmacy verifying by phone, lab results called to the floors.

Night shift says it went down a bit before midnight?? Probably the core switch work that was planned for this weekend and ran late. Pacific.""",
    "comments": [
        ("227070", "Desmond Oyelaran", "2018-05-15T14:00", """Not the switch work, that was cancelled on Friday. Corporate IS says a data center event, all 24 hospitals affected. The 4 West binder is typed up in downtime-clin0514.txt (Pacific)."""),
        ("227071", "Lorna Quintero", "2018-05-15T22:00", """Still down. Corporate now names a fire suppression system activation, no data lost. Cath lab and GI lab doing emergencies only."""),
        ("227072", "Desmond Oyelaran", "2018-05-16T10:30", """Epic and network are up. Back-entry of paper orders and MARs started on all units. Patient portal still not loading."""),
        ("227073", "Lorna Quintero", "2018-05-22T17:00", """After-action notes (Tuesday 22nd), Pacific.
Start: Sutter says the outage began about 10:30 p.m. Monday, when the fire suppression system went off in one of the data centers. That is our start as well.
When did we find out? We don't know. Night shift went to paper without calling the help desk, and the binder only begins when the forms came out.
End: as of 2 a.m. Wednesday all information systems were back, per Sutter's statement, and our units confirmed Epic then. Back-entry ran into Thursday and the portal only settled later Wednesday morning; neither is the end of the outage for patient care.
The switch work was not involved.
Fixes we're making: a 'first noticed' line at the top of the downtime binder, night shift calls the help desk before going to paper, downtime reports printed every 4 hours instead of 12."""),
    ],
    "changelog": [
        ("Desmond Oyelaran", "2018-05-15T13:06", [("status", "Open", "In Progress")]),
        ("Desmond Oyelaran", "2018-05-16T10:31", [("status", "In Progress", "Monitoring")]),
        ("Lorna Quintero", "2018-05-22T17:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "downtime-clin0514.txt", "zone": "America/Los_Angeles", "referenceDate": "2018-05-14", "text": """
DOWNTIME LOG - typed up from the 4 West binder (no entry for when Epic was first lost)
Mon 5/14 11:15 PM  downtime forms out on 4W, charge RN
Tue 5/15 06:40 AM  pharmacy verifying new orders by phone, ~40 min turnaround
Tue 5/15 07:30 AM  site command center opened, huddles every 2 h
Tue 5/15 09:10 AM  GI lab: 6 endoscopies rescheduled, OR running add-ons only
Tue 5/15 2:15 PM  corporate: cause is a fire suppression system activation at one data center, no data lost
Wed 5/16 02:00 AM  Epic and network back, units told to start back-entry
Wed 5/16 about 9 AM  My Health Online patient portal stable again (per Sutter's tweets)
"""}],
    "expected": {
        "events": [["2018-05-15T05:30Z", ["began", "fire suppression"]], ["2018-05-15T06:15Z", ["downtime forms"]],
                   ["2018-05-15T13:40Z", ["pharmacy"]], ["2018-05-15T14:30Z", ["command center"]],
                   ["2018-05-15T16:10Z", ["rescheduled"]], ["2018-05-15T21:15Z", ["fire suppression"]],
                   ["2018-05-16T09:00Z", ["back"]]],
        "keyTimes": {
            "started": kt("2018-05-15T05:30Z", S, "the outage began about 10:30 p.m. Monday", "comment 227073"),
            "detected": kt(None, U),
            "resolved": kt("2018-05-16T09:00Z", S, "as of 2 a.m. Wednesday all information systems were back", "comment 227073")},
        "responders": [["Lorna Quintero", None], ["Desmond Oyelaran", None]],
        "narrative": nar(["fire suppression"], ["back"], ["CLIN-0514", "4 West"],
                         "From about 10:30 p.m. on 14 May until 2 a.m. on 16 May 2018 Sutter Health's hospitals worked without the EHR and most networked systems."),
    }})

# 9. Metro-North, 15 June 2011 - disabled Hudson Line train at 125th Street, seen from the operations desk -----------
I.append({
    "id": "metronorth-2011-06-125th-disabled-train", "name": "Metro-North morning delays 15 June 2011 (a Hudson Line train leaving Grand Central became disabled at 125th Street at about 7:48 AM, taking one of four tracks out of service; medical emergencies on two trains at 125th Street at 7:53 and 8:14 held a second track; a rescue locomotive towed the train clear by 8:43; 10-15 minute delays), seen from the railroad's operations desk",
    "issueId": "98508", "key": "RTC-0615", "summary": "Hudson Line train disabled at 125 St - track out in AM peak, delays all lines",
    "reporter": "Rosalind Pike", "assignee": "Terrence Oduya", "labels": ["am-peak", "hudson-line", "equipment"],
    "components": ["operations-control", "mechanical"], "created": "2011-06-15T12:05", "now": "2011-06-29T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Outbound Hudson Line train stalled at 125th St, one of the four tracks blocked in the peak. Rescue engine ordered. Trains funnelled through the remaining tracks, 10-15 min delays building on all three lines.

Train went dead around 7:45, looks like a third-rail shoe problem again. Eastern.""",
    "comments": [
        ("227080", "Terrence Oduya", "2011-06-15T12:30", """Mechanical says it's not the shoes: the lead car lost traction power, cause to be found in the shop. Desk log copied into rtclog-rtc0615.txt (Eastern)."""),
        ("227081", "Rosalind Pike", "2011-06-15T14:00", """Service on schedule again. The train is in the Highbridge shop."""),
        ("227082", "Terrence Oduya", "2011-06-15T20:30", """Customer notice sent explaining this morning's delays."""),
        ("227083", "Rosalind Pike", "2011-06-17T15:00", """Look-back (Friday), Eastern time.
T.850 lost power leaving Grand Central and stopped at 125th St at approximately 7:48; that is when the peak started to back up.
Our first word was the engineer's radio call that same minute.
The two medical emergencies (7:53 and 8:14) each held a second track for a while, which made things worse but did not cause them.
The rescue engine had the dead train out of the way 55 minutes after it stalled, and with all four tracks open again the delays stopped growing; trains after that ran to schedule.
Not a third-rail shoe problem: a failed traction motor contactor on the lead car.
Follow-up items: stage a rescue loco at Mott Haven during the peak, quicker EMS handoff at 125th St, delay announcements within 5 minutes."""),
    ],
    "changelog": [
        ("Terrence Oduya", "2011-06-15T12:06", [("status", "Open", "In Progress")]),
        ("Rosalind Pike", "2011-06-15T14:01", [("status", "In Progress", "Monitoring")]),
        ("Rosalind Pike", "2011-06-17T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "rtclog-rtc0615.txt", "zone": "America/New_York", "referenceDate": "2011-06-15", "text": """
06/15/11 07:48  T.850 (HUD) engr reports no power, train dead at 125 St on Track 2
06/15/11 07:51  rescue loco from Highbridge ordered to 125 St
06/15/11 07:53  medical emergency on T.627 at 125 St platform, Track 3 held for EMS
06/15/11 08:02  customer service: delay announcements at GCT and on the website, 10-15 min all lines
06/15/11 08:14  second medical emergency at 125 St, on T.1544, Track 4 held
06/15/11 08:27  rescue loco coupled to T.850
"""}],
    "expected": {
        "events": [["2011-06-15T11:48Z", ["no power", "stopped"]], ["2011-06-15T11:51Z", ["rescue loco"]],
                   ["2011-06-15T11:53Z", ["medical emergency"]], ["2011-06-15T12:02Z", ["delay announcements"]],
                   ["2011-06-15T12:14Z", ["medical emergency"]], ["2011-06-15T12:27Z", ["coupled"]]],
        "keyTimes": {
            "started": kt("2011-06-15T11:48Z", S, "stopped at 125th St at approximately 7:48", "comment 227083"),
            "detected": kt("2011-06-15T11:48Z", S, "engr reports no power, train dead at 125 St", "rtclog-rtc0615.txt"),
            "resolved": kt("2011-06-15T12:43Z", I_, "the dead train out of the way 55 minutes after it stalled", "comment 227083")},
        "responders": [["Rosalind Pike", None], ["Terrence Oduya", None]],
        "narrative": nar(["traction"], ["rescue"], ["RTC-0615", "T.850"],
                         "On 15 June 2011 a disabled Hudson Line train at 125th Street blocked a track in the morning peak from about 7:48 for 55 minutes, delaying trains 10-15 minutes."),
    }})

# 10. Tillamook PUD, 11 December 2021 - Highway 53 line down in wind, seen from a creamery on the line ---------------
I.append({
    "id": "tpud-2021-12-hwy53-creamery", "name": "Tillamook PUD outage on Highway 53 above McDonald Road 11 December 2021 (wind and trees; 106 customers off from 4:56 a.m., crew responding from 5:15 a.m., power restored at 10:20 a.m.), seen from a small creamery and farm store on the line",
    "issueId": "98509", "key": "FARM-1211", "summary": "Power out at barn + cheese room - bulk tank and vat not cooling",
    "reporter": "Ingrid Haldane", "assignee": "Tomás Olvera", "labels": ["power", "dairy"],
    "components": ["barn", "cheese-room"], "created": "2021-12-11T15:10", "now": "2021-12-24T12:00:00Z",
    "defaultZone": "America/Los_Angeles", "priority": "High",
    "description": """Whole farm dark: barn, milk room, cheese room and the store. Bulk tank not cooling with this morning's milk in it, vat pasteurizer stopped mid-batch. Generator can't be hooked up (transfer switch still on order).

Tomás thinks our main breaker tripped in the wind, checking the panel first. Pacific.""",
    "comments": [
        ("227090", "Tomás Olvera", "2021-12-11T15:20", """Not our breaker, the meter is blank. TPUD has an outage posted for Hwy 53 above McDonald Road. Our texts are in texts-farm1211.txt (Pacific)."""),
        ("227091", "Ingrid Haldane", "2021-12-11T18:40", """Power's back. Bulk tank cooling again. Lost one vat of cheese milk (~300 gal)."""),
        ("227092", "Tomás Olvera", "2021-12-13T17:00", """Store open normal hours Sunday. The fridge log shows the dairy case peaked at 47F; 12 lb of soft cheese thrown out."""),
        ("227093", "Ingrid Haldane", "2021-12-17T19:00", """Notes for the insurance claim and for us (Friday), Pacific.
Power was off from 4:56 a.m. (TPUD's time off) until TPUD restored it at 10:20 a.m.; that is the outage. The compressor restart and the cleaned vat afterwards were us catching up.
When we noticed: Tomás found the barn dark when he came in for milking and phoned me; neither of us wrote down the time, and my report to the outage line came a good while later.
Cause: wind and trees on the PUD line, not our breaker.
Before next winter: transfer switch installed, battery backup for the tank alarm dialer, bagged ice kept for the bulk tank."""),
    ],
    "changelog": [
        ("Tomás Olvera", "2021-12-11T15:11", [("status", "Open", "In Progress")]),
        ("Ingrid Haldane", "2021-12-11T18:41", [("status", "In Progress", "Monitoring")]),
        ("Ingrid Haldane", "2021-12-17T19:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "texts-farm1211.txt", "zone": "America/Los_Angeles", "referenceDate": "2021-12-11", "text": """
Sat, Dec 11, 6:20 AM  Ingrid -> TPUD outage line: reported online, account 40-1187, Hwy 53 above McDonald Rd
Sat, Dec 11, 6:41 AM  Tomás: main breaker fine, meter blank. it's the PUD
Sat, Dec 11, 6:58 AM  Ingrid: TPUD page says time off 4:56 a.m., crew responding since 5:15, cause wind/trees, 106 customers, no estimate
Sat, Dec 11, 7:30 AM  Tomás: milk on ice in the tank, 41F. vat batch will be dumped
Sat, Dec 11, 10:20 AM  Ingrid: TPUD: POWER RESTORED AT 10:20 A.M. lights on here
Sat, Dec 11, 10:35 AM  Tomás: bulk tank compressor running, 38F by 11
Sat, Dec 11, 11:10 AM  Ingrid: vat cleaned, restarting the batch with the afternoon milk
"""}],
    "expected": {
        "events": [["2021-12-11T12:56Z", ["time off"]], ["2021-12-11T13:15Z", ["crew responding"]],
                   ["2021-12-11T14:20Z", ["outage line"]], ["2021-12-11T14:41Z", ["breaker"]],
                   ["2021-12-11T15:30Z", ["ice"]], ["2021-12-11T18:20Z", ["RESTORED"]],
                   ["2021-12-11T18:35Z", ["compressor"]], ["2021-12-11T19:10Z", ["restarting"]]],
        "keyTimes": {
            "started": kt("2021-12-11T12:56Z", S, "Power was off from 4:56 a.m. (TPUD's time off)", "comment 227093"),
            "detected": kt(None, U),
            "resolved": kt("2021-12-11T18:20Z", S, "until TPUD restored it at 10:20 a.m.", "comment 227093")},
        "responders": [["Ingrid Haldane", None], ["Tomás Olvera", None]],
        "narrative": nar(["trees"], ["restored"], ["FARM-1211", "40-1187"],
                         "On 11 December 2021 a wind-and-trees outage on the PUD line left the creamery without power from 4:56 to 10:20 a.m."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

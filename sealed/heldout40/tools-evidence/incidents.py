"""Held-out 40 incidents: compact specs. Five software / SaaS incidents seen from customers (Cloudflare's 1.1.1.1 lookup
failures of 4 October 2023 seen from a Krakow parcel-locker operator; Duo's US2 authentication failures of 13 May 2024 seen
from a Denver credit union; Shopify's degraded availability of 9-10 August 2018 seen from a Toronto coffee roaster; Shopify's
edge-routing errors of 6 May 2024 seen from a Madrid cosmetics shop, Spanish; Duo's DUO1 database contention of 4 November
2016 seen from a Singapore freight forwarder), one telephony outage (Duo's telephony provider, 7 October 2015, seen from a
Lisbon contact centre, Portuguese) and four outside software (the SBB traction-power collapse of 22 June 2005 seen from a
Lucerne event agency, Swiss German; the Tokyo blackout of 12 October 2016 after the Niiza cable fire seen from a Chiyoda
translation office, romanised Japanese; the Callide C fire of 25 May 2021 seen from a Brisbane gelato maker's cold store;
the Auckland blackout of 12 June 2006 seen from a Penrose print plant). Timeline facts from public statements
(SOURCES-heldout40.md); people, companies, ticket keys, chat wording, wrong first guesses and the organisation-side minutes
marked invented there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"


def z(local, zone):
    """'2023-10-04 09:00' in zone -> '2023-10-04T07:00Z'."""
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%MZ")


I = []

# 1. Cloudflare 1.1.1.1, 4 October 2023 - stale root zone, SERVFAIL, seen from a Krakow parcel-locker operator ---------
W = "Europe/Warsaw"
I.append({
    "id": "cloudflare-2023-10-resolver-servfail-krakow-lockers", "name": "Cloudflare 1.1.1.1 lookup failures 4 October 2023 (07:00 UTC DNSSEC signatures in a stale copy of the root zone expired because the static_zone service could not parse the new ZONEMD record; SERVFAILs up to 15% of queries; external reports 07:57, incident declared 08:03, static_zone stopped 10:30, responses normal 10:32, resolved 11:02 UTC; blog says 07:00 to 11:00), seen from a Krakow parcel-locker operator whose lockers resolve through 1.1.1.1",
    "issueId": "98010", "key": "KRX-1004", "summary": "Lockers offline / 'brak polaczenia' - couriers can't open compartments, pickups failing",
    "reporter": "Agnieszka Wrona", "assignee": "Tomasz Kielar", "labels": ["lockers", "dns", "field-ops"],
    "components": ["locker-gateway", "courier-app"], "created": "2023-10-04T08:20", "now": "2023-10-20T12:00:00Z",
    "defaultZone": W, "priority": "High",
    "description": """About a third of our lockers show 'brak polaczenia' on the screen. Couriers can't open compartments, customers can't collect. The courier app itself is fine.

Since ~9:30 I'd say. Suspect the locker firmware 4.8 rollout that started last night (batch 3 went out at 06:00). Tomasz is pausing it. Times here are Krakow time.""",
    "comments": [
        ("232100", "Tomasz Kielar", "2023-10-04T08:45", """Firmware rollout paused at 10:26, no change: failing lockers include ones still on 4.7. Gateway logs are full of SERVFAIL from 1.1.1.1 for our own API hostname. Notes in noc-krx1004.txt (Krakow time)."""),
        ("232101", "Tomasz Kielar", "2023-10-04T10:50", """Lockers recovered by themselves at 12:33 by our heartbeat graph; we had just pushed 9.9.9.9 as secondary resolver to 40 lockers at 12:20. Cloudflare status says resolved."""),
        ("232102", "Agnieszka Wrona", "2023-10-05T09:00", """Cloudflare blog (posted last night): 1.1.1.1 had DNS resolution problems from 07:00 UTC to 11:00 UTC. Their resolver kept an old copy of the root zone because its parser could not read a new record type (ZONEMD); when the old DNSSEC signatures expired at 07:00 UTC, lookups started returning SERVFAIL. External reports started at 07:57 UTC and they declared an incident at 08:03 UTC.
They stopped the static_zone service at 10:30 UTC and answers were normal again at 10:32 UTC."""),
        ("232103", "Agnieszka Wrona", "2023-10-09T11:00", """Review, Monday 9 Oct. Krakow time (CEST) unless marked.
Impact for us: 09:00 to 12:33. The first SERVFAIL in the gateway log is 09:00:04, the same minute Cloudflare gives (07:00 UTC); the '~9:30' in the description was just when the couriers started ringing.
First knew: Grafana 'locker heartbeat < 90%' alert at 09:41.
The firmware 4.8 theory was wrong and cost us about 25 minutes.
Cloudflare's 11:00 UTC end (13:00 here) is their wording; our lockers were fine from 12:33.
About 1,900 pickups failed, 212 parcels re-routed to partner shops.
Actions: two resolvers from different providers on every locker, alert on SERVFAIL rate, a local 'offline open' code for couriers."""),
    ],
    "changelog": [
        ("Tomasz Kielar", "2023-10-04T08:21", [("status", "Open", "In Progress")]),
        ("Tomasz Kielar", "2023-10-04T10:51", [("status", "In Progress", "Monitoring")]),
        ("Agnieszka Wrona", "2023-10-09T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "noc-krx1004.txt", "zone": W, "referenceDate": "2023-10-04", "text": """
NOC notes Wed 04.10.2023 (Krakow)
09:00:04 gw-krk-02 first SERVFAIL for api.lockers.internal via 1.1.1.1
09:41 Grafana alert: locker heartbeat < 90% (Krakow + Warsaw clusters)
09:52 couriers calling: 'brak polaczenia' on 30+ lockers
10:26 firmware 4.8 rollout paused (batch 3), no effect
10:40 gateway log: SERVFAIL from 1.1.1.1 on ~15% of lookups, 8.8.8.8 answers fine
10:57 cloudflarestatus.com: investigating DNS resolution issues on 1.1.1.1
12:20 pushed 9.9.9.9 as secondary resolver to 40 lockers
12:33 heartbeat back to 99%, all clusters
13:02 Cloudflare status: resolved
"""}],
    "expected": {
        "events": [[z("2023-10-04 09:00", W), ["SERVFAIL", "Impact"]], [z("2023-10-04 09:41", W), ["Grafana"]],
                   [z("2023-10-04 09:52", W), ["couriers"]], [z("2023-10-04 09:57", W), ["external reports"]],
                   [z("2023-10-04 10:03", W), ["declared"]], [z("2023-10-04 10:26", W), ["firmware"]],
                   [z("2023-10-04 10:40", W), ["8.8.8.8"]], [z("2023-10-04 10:57", W), ["cloudflarestatus"]],
                   [z("2023-10-04 12:20", W), ["9.9.9.9"]], [z("2023-10-04 12:30", W), ["static_zone"]],
                   [z("2023-10-04 12:32", W), ["normal"]], [z("2023-10-04 12:33", W), ["heartbeat", "recovered"]],
                   [z("2023-10-04 13:02", W), ["resolved"]]],
        "keyTimes": {
            "started": kt(z("2023-10-04 09:00", W), S, "Impact for us: 09:00 to 12:33", "comment 232103"),
            "detected": kt(z("2023-10-04 09:41", W), S, "Grafana alert: locker heartbeat < 90%", "noc-krx1004.txt"),
            "resolved": kt(z("2023-10-04 12:33", W), S, "Impact for us: 09:00 to 12:33", "comment 232103")},
        "responders": [["Agnieszka Wrona", None], ["Tomasz Kielar", None]],
        "narrative": nar(["ZONEMD", "root zone"], ["static_zone"], ["KRX-1004", "gw-krk-02"],
                         "On 4 October 2023 about a third of the operator's parcel lockers could not reach its servers from 09:00 to 12:33 Krakow time because Cloudflare's 1.1.1.1 resolver returned SERVFAIL after a stale root zone's signatures expired."),
    }})

# 2. Duo US2, 13 May 2024 - config change overloaded an internal API, seen from a Denver credit union ---------------
D = "America/Denver"
I.append({
    "id": "duo-2024-05-us2-config-denver-creditunion", "name": "Duo US2 authentication failures 13 May 2024 (configuration change made to US2 at 15:07 UTC, monitoring alerts on errors and latency 15:09, SRE escalates 15:13, cause identified and customer calls 15:18, rollback initiated 15:29, status Investigating 15:31, feature flag disabled 15:52, rollback complete and service redeployed 15:53, Identified 16:00, Monitoring 16:50, Resolved 17:42 UTC), seen from a Denver credit union whose branch staff sign in to VPN and core banking with Duo",
    "issueId": "98011", "key": "TLR-0513", "summary": "Tellers can't sign in - Duo push never arrives / 'authentication failed' on VPN and core",
    "reporter": "Marisol Quintana", "assignee": "Derek Pahl", "labels": ["mfa", "duo", "branches"],
    "components": ["remote-access", "core-banking-login"], "created": "2024-05-13T15:20", "now": "2024-05-31T12:00:00Z",
    "defaultZone": D,
    "description": """branches calling: tellers coming back from break cant get back in. duo push spins then 'authentication failed', VPN and core both. Already-logged-in sessions ok.

probably the AD password sync job that ran at 9 (it broke logins in march). Derek checking. mountain time""",
    "comments": [
        ("232110", "Derek Pahl", "2024-05-13T15:40", """AD sync is clean, the failures are on the Duo side (auth API timing out). status.duo.com has US2 authentication issues, Investigating, posted 9:31 AM. Helpdesk chat in helpdesk-tlr0513.txt, Mountain time."""),
        ("232111", "Derek Pahl", "2024-05-13T16:05", """Logins working again since 9:54 AM, every branch confirms. Duo still shows Identified, we'll watch."""),
        ("232112", "Marisol Quintana", "2024-05-15T20:00", """Duo RCA is out. Their timeline in UTC: config change to US2 at 15:07, alerts 15:09, rollback started 15:29, feature flag disabled 15:52, rollback complete and service redeployed 15:53, then status Identified 16:00, Monitoring 16:50, Resolved 17:42. Cause: a config change turned on a post-authentication step in an internal API that then overloaded."""),
        ("232113", "Marisol Quintana", "2024-05-17T17:30", """Review Fri 5/17 (MDT)
- failing from 9:08 AM (first 'authentication failed' in our Duo auth log) to 9:54 AM
- we knew at 9:12 AM when Lakewood branch called the helpdesk
- AD sync was a wrong lead, ~15 min lost
- Duo's Monitoring (10:50) and Resolved (11:42) came after we were fine
- members affected: 3 branches opened drive-thru late, 41 loan appointments delayed
- actions: bypass code process for branch managers, Duo status to #it-alerts, alert on auth failure rate from our own log"""),
    ],
    "changelog": [
        ("Derek Pahl", "2024-05-13T15:21", [("status", "Open", "In Progress")]),
        ("Derek Pahl", "2024-05-13T16:06", [("status", "In Progress", "Monitoring")]),
        ("Marisol Quintana", "2024-05-17T17:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "helpdesk-tlr0513.txt", "zone": D, "referenceDate": "2024-05-13", "text": """
[5/13/24 9:12 AM] Helpdesk (Kayla): Lakewood branch on the phone, 3 tellers can't log in, duo push never shows
[5/13/24 9:15 AM] Derek Pahl: seeing it too in the Duo auth log, first 'authentication failed' at 9:08. checking the AD sync from 9:00
[5/13/24 9:18 AM] Kayla: Aurora + Littleton now too
[5/13/24 9:31 AM] Derek Pahl: AD sync fine. status.duo.com: 'authentication issues' on US2, investigating
[5/13/24 9:36 AM] Marisol Quintana: branch managers: use the paper teller log, no new sessions
[5/13/24 9:54 AM] Derek Pahl: pushes arriving, logins ok at all three branches
[5/13/24 10:00 AM] Derek Pahl: duo status now 'identified'
"""}],
    "expected": {
        "events": [[z("2024-05-13 09:07", D), ["config change"]], [z("2024-05-13 09:08", D), ["authentication failed", "failing"]],
                   [z("2024-05-13 09:12", D), ["Lakewood"]], [z("2024-05-13 09:18", D), ["Aurora"]],
                   [z("2024-05-13 09:29", D), ["rollback"]], [z("2024-05-13 09:31", D), ["status.duo.com", "Investigating"]],
                   [z("2024-05-13 09:36", D), ["paper"]], [z("2024-05-13 09:52", D), ["flag"]],
                   [z("2024-05-13 09:53", D), ["redeployed"]], [z("2024-05-13 09:54", D), ["logins"]],
                   [z("2024-05-13 10:00", D), ["identified"]], [z("2024-05-13 10:50", D), ["Monitoring"]],
                   [z("2024-05-13 11:42", D), ["Resolved"]]],
        "keyTimes": {
            "started": kt(z("2024-05-13 09:08", D), S, "failing from 9:08 AM", "comment 232113"),
            "detected": kt(z("2024-05-13 09:12", D), S, "Lakewood branch on the phone", "helpdesk-tlr0513.txt"),
            "resolved": kt(z("2024-05-13 09:54", D), S, "failing from 9:08 AM", "comment 232113")},
        "responders": [["Marisol Quintana", None], ["Derek Pahl", None], ["Kayla", None]],
        "narrative": nar(["config change", "overloaded"], ["rollback"], ["TLR-0513", "Lakewood"],
                         "On 13 May 2024 the credit union's branch staff could not sign in from 9:08 to 9:54 AM Mountain time because a configuration change at Duo overloaded its authentication path."),
    }})

# 3. Shopify, 9-10 August 2018 - 35-80% availability, seen from a Toronto coffee roaster -----------------------------
T = "America/Toronto"
I.append({
    "id": "shopify-2018-08-availability-toronto-roaster", "name": "Shopify degraded availability 9-10 August 2018 (21:00 UTC monitoring alerted on-call to higher error rates, availability 90-99%; back to 100% by 21:20; errors again from 21:40 with 15-40% of traffic hit; operating between 35 and 80% availability for all merchants between 21:00 and 02:24 UTC; storefront product-recommendation rollout blamed in the interim letter), seen from a Toronto coffee roaster running a subscription launch",
    "issueId": "98012", "key": "BNQ-0809", "summary": "Shop + checkout erroring during subscription launch (502s / 'there was a problem loading this page')",
    "reporter": "Owen Marchetti", "assignee": "Priya Raman", "labels": ["shopify", "storefront", "launch"],
    "components": ["webshop", "subscriptions"], "created": "2018-08-09T21:16", "now": "2018-08-28T12:00:00Z",
    "defaultZone": T,
    "description": """Launch email went out at 4:45 and now the shop throws errors / 502 on product pages and at checkout, on and off. Customers emailing.

Maybe our new subscription app's script tag is breaking the theme? It went live today. Toronto time.""",
    "comments": [
        ("232120", "Priya Raman", "2018-08-09T22:05", """Removed the subscription app script at 5:52 PM, errors continue - and the Shopify admin is slow too, so not our theme. Shopify status says 'Some storefronts, admins, and checkouts (including POS) are inaccessible'. Our chat: slack-bnq0809.txt (Eastern)."""),
        ("232121", "Owen Marchetti", "2018-08-10T03:00", """Shop has been stable since about 10:25 PM. Orders flowing. 68 launch orders made it out of ~300 expected."""),
        ("232122", "Priya Raman", "2018-08-17T14:00", """Shopify's write-up (posted today, 9:30 EDT): between 21:00 UTC on Aug 9 and 02:24 UTC Shopify ran between 35 and 80% availability for all merchants. At 21:00 UTC monitoring alerted their on-call to higher error rates; by 21:20 UTC they were back at 100%; at 21:40 UTC errors rose again with 15-40% of traffic affected."""),
        ("232123", "Owen Marchetti", "2018-08-20T15:00", """Post-launch review (Mon Aug 20), Eastern time unless noted.
Bad window for us = Shopify's 21:00 to 02:24 UTC, i.e. 5:00 PM to 10:24 PM on the 9th. Our first 502 in Pingdom is 5:01 PM, the wobble at 5:20 was Shopify's short recovery, not us.
First knew: Pingdom DOWN at 5:01 PM; the first customer email ('can't check out') came at 5:09 PM.
The subscription-app theory was wrong (script removed 5:52, no change).
Relaunch email re-sent on the 11th with a 10% code.
Actions: don't launch on a single platform's evening peak without a status check; keep an 'order by email' fallback page on our own domain."""),
    ],
    "changelog": [
        ("Priya Raman", "2018-08-09T21:17", [("status", "Open", "In Progress")]),
        ("Owen Marchetti", "2018-08-10T03:01", [("status", "In Progress", "Monitoring")]),
        ("Owen Marchetti", "2018-08-20T15:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-bnq0809.txt", "zone": T, "referenceDate": "2018-08-09", "text": """
#shop  Thursday, August 9th
Pingdom  5:01 PM  DOWN: shop product page (502)
Owen Marchetti  5:09 PM  customer email: can't check out, page keeps erroring. launch email went at 4:45
Priya Raman  5:20 PM  looks ok again?? 
Priya Raman  5:40 PM  nope, errors back, maybe 1 in 3 requests
Priya Raman  5:52 PM  removed subscription app script tag from theme
Owen Marchetti  6:10 PM  status.shopify.com: storefronts/admin/checkout inaccessible for some merchants
Priya Raman  8:30 PM  still flapping. pausing the 2nd email batch
Owen Marchetti  10:25 PM  checkout fine 5 times in a row, pingdom green 🎉
"""}],
    "expected": {
        "events": [[z("2018-08-09 17:00", T), ["Bad window", "higher error"]], [z("2018-08-09 17:01", T), ["Pingdom", "502"]],
                   [z("2018-08-09 17:09", T), ["customer email"]], [z("2018-08-09 17:20", T), ["ok again", "100%"]],
                   [z("2018-08-09 17:40", T), ["errors back", "errors rose"]], [z("2018-08-09 17:52", T), ["script"]],
                   [z("2018-08-09 18:10", T), ["status.shopify.com"]], [z("2018-08-09 20:30", T), ["2nd email"]],
                   [z("2018-08-09 22:24", T), ["Bad window", "02:24"]], [z("2018-08-09 22:25", T), ["pingdom green", "stable"]]],
        "keyTimes": {
            "started": kt(z("2018-08-09 17:00", T), S, "i.e. 5:00 PM to 10:24 PM on the 9th", "comment 232123"),
            "detected": kt(z("2018-08-09 17:01", T), S, "DOWN: shop product page (502)", "slack-bnq0809.txt"),
            "resolved": kt(z("2018-08-09 22:24", T), S, "i.e. 5:00 PM to 10:24 PM on the 9th", "comment 232123")},
        "responders": [["Owen Marchetti", None], ["Priya Raman", None]],
        "narrative": nar(["product recommendation"], ["back at 100%"], ["BNQ-0809", "Pingdom"],
                         "On 9 August 2018 the roaster's Shopify store and checkout failed on and off from 5:00 PM to 10:24 PM Toronto time while Shopify ran at 35-80% availability."),
    }})
I[-1]["comments"][2] = ("232122", "Priya Raman", "2018-08-17T14:00", I[-1]["comments"][2][3] + "\nTheir head of engineering's letter blamed the rollout of a new storefront product recommendation system.")

# 4. Shopify, 6 May 2024 - edge provider routing change, seen from a Madrid cosmetics shop (Spanish) -----------------
M = "Europe/Madrid"
I.append({
    "id": "shopify-2024-05-edge-routing-madrid-cosmetics", "name": "Shopify errors across multiple areas 6 May 2024 (between 19:49 and 20:06 UTC per the postmortem: Cloudflare changed how it routed traffic to Shopify, partial traffic loss, Shopify scaled down, Cloudflare reverted after seven minutes and a lack of capacity caused ten more minutes of downtime; the 20:28 status post had said 19:54-20:04 UTC; postmortem posted 23:43), seen from a Madrid cosmetics shop during an evening influencer live",
    "issueId": "98013", "key": "MDZ-0506", "summary": "Tienda caída durante el directo - errores 5xx en tienda y checkout",
    "reporter": "Lucía Ferrández", "assignee": "Iker Salaberri", "labels": ["shopify", "tienda", "directo"],
    "components": ["tienda-online", "checkout"], "created": "2024-05-06T19:58", "now": "2024-05-24T12:00:00Z",
    "defaultZone": M,
    "description": """La tienda da error (5xx / página en blanco) justo durante el directo de Instagram con @nuriabeauty. El admin de Shopify tampoco carga bien.

¿Será el pico de tráfico del directo? Iker mira si es nuestro tema o la app de reseñas. Hora de Madrid.""",
    "comments": [
        ("232130", "Iker Salaberri", "2024-05-06T20:15", """No es el tema ni la app: el admin de Shopify también falla y shopifystatus.com tiene incidente abierto. Volvió sola a las 22:06. Log del monitor y del canal en canal-mdz0506.txt (hora de Madrid)."""),
        ("232131", "Lucía Ferrández", "2024-05-06T20:40", """Shopify publica a las 22:28 (nuestra hora): 'Between 19:54 UTC - 20:04 UTC, we experienced errors affecting multiple areas of Shopify'. Nuria repitió el código de descuento al final del directo."""),
        ("232132", "Iker Salaberri", "2024-05-07T08:30", """Postmortem de Shopify (publicado anoche 23:43, en su página): entre las 19:49 y las 20:06 UTC un proveedor de red de borde, Cloudflare, cambió cómo enrutaba el tráfico hacia Shopify; hubo pérdida parcial de tráfico, sus sistemas escalaron hacia abajo y cuando Cloudflare revirtió el cambio a los siete minutos faltó capacidad y hubo diez minutos más de caída."""),
        ("232133", "Lucía Ferrández", "2024-05-09T10:00", """Revisión (jueves 9), hora peninsular (CEST).
Para nosotros la ventana es la del postmortem, 21:49 a 22:06 (19:49-20:06 UTC). El aviso de las 22:28 decía 19:54-20:04 UTC, pero nuestro monitor ya falló a las 21:50 y la tienda no volvió hasta las 22:06, así que esa ventana corta no es la nuestra.
Nos enteramos por UptimeRobot a las 21:50, antes que por los clientes.
El 'pico del directo' fue una pista falsa: el tráfico era normal para un directo.
Pérdida estimada: unos 140 pedidos del directo; 61 recuperados con el código repetido.
Acciones: no programar directos sin mirar el estado de Shopify, página de espera propia, alerta de UptimeRobot también por SMS."""),
    ],
    "changelog": [
        ("Iker Salaberri", "2024-05-06T19:59", [("status", "Open", "In Progress")]),
        ("Lucía Ferrández", "2024-05-06T20:41", [("status", "In Progress", "Monitoring")]),
        ("Lucía Ferrández", "2024-05-09T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "canal-mdz0506.txt", "zone": M, "referenceDate": "2024-05-06", "text": """
[21:50] UptimeRobot: Monitor is DOWN: tienda (HTTP 503)
[21:52] Lucía: me escribe Nuria en directo, la gente no puede entrar a la tienda 😱
[21:55] Iker: el admin de Shopify tampoco carga. desactivo la app de reseñas por si acaso
[21:58] Iker: app de reseñas fuera, sigue igual
[22:01] Lucía: shopifystatus.com: 'Merchants experiencing errors when accessing multiple areas of Shopify'
[22:06] UptimeRobot: Monitor is UP: tienda (caída 16 min)
[22:09] Lucía: Nuria repite el código al final del directo
"""}],
    "expected": {
        "events": [[z("2024-05-06 21:49", M), ["ventana", "Cloudflare"]], [z("2024-05-06 21:50", M), ["UptimeRobot", "DOWN"]],
                   [z("2024-05-06 21:52", M), ["Nuria"]], [z("2024-05-06 21:54", M), ["aviso", "19:54"]],
                   [z("2024-05-06 21:55", M), ["admin"]], [z("2024-05-06 21:58", M), ["reseñas"]],
                   [z("2024-05-06 22:01", M), ["shopifystatus"]], [z("2024-05-06 22:06", M), ["UP", "volvió"]],
                   [z("2024-05-06 22:09", M), ["código"]], [z("2024-05-06 22:28", M), ["Shopify publica", "aviso"]]],
        "keyTimes": {
            "started": kt(z("2024-05-06 21:49", M), S, "la ventana es la del postmortem, 21:49 a 22:06", "comment 232133"),
            "detected": kt(z("2024-05-06 21:50", M), S, "Monitor is DOWN: tienda (HTTP 503)", "canal-mdz0506.txt"),
            "resolved": kt(z("2024-05-06 22:06", M), S, "Monitor is UP: tienda (caída 16 min)", "canal-mdz0506.txt")},
        "responders": [["Lucía Ferrández", None], ["Iker Salaberri", None]],
        "narrative": nar(["Cloudflare", "capacidad"], ["revirtió"], ["MDZ-0506", "UptimeRobot"],
                         "On 6 May 2024 the shop's Shopify storefront and checkout failed from 21:49 to 22:06 Madrid time during an influencer live stream, after an edge-provider routing change at Shopify."),
    }})

# 5. Duo DUO1, 4 November 2016 - database contention, seen from a Singapore freight forwarder --------------------------
G = "Asia/Singapore"
I.append({
    "id": "duo-2016-11-duo1-contention-singapore-freight", "name": "Duo DUO1 authentication failures 4 November 2016 (a defect in code for a database change caused too many concurrent transactions, exhausting disk I/O on the primary and the replicated standbys; monitoring detected database latency at 01:49 UTC; authentication failures from 02:05 to 02:35 UTC; halted the transactions and added capacity), seen from a Singapore freight forwarder whose staff log in to Citrix with Duo",
    "issueId": "98014", "key": "SGV-1104", "summary": "Citrix login fails at Duo step - staff can't start work on customs filings",
    "reporter": "Wei Ling Tan", "assignee": "Arjun Nair", "labels": ["citrix", "duo", "mfa"],
    "components": ["citrix-gateway", "mfa"], "created": "2016-11-04T02:20", "now": "2016-11-22T12:00:00Z",
    "defaultZone": G,
    "description": """morning shift cannot login Citrix, after password the Duo prompt hang and then 'Authentication failed'. Customs filings for the 12pm vessel cut-off pending.

maybe our Citrix gateway cert/firmware? Arjun rebooting the netscaler. SG time""",
    "comments": [
        ("232140", "Arjun Nair", "2016-11-04T02:50", """Reboot of the gateway did nothing, auth proxy log shows Duo API timeouts. Duo status page: 'DUO1: Authentication Issue'. Log extract: authproxy-sgv1104.txt (SGT)."""),
        ("232141", "Wei Ling Tan", "2016-11-04T04:00", """All staff logged in, filings submitted before cut-off with 40 min margin. Closing for now."""),
        ("232142", "Arjun Nair", "2016-11-07T03:00", """Duo posted the postmortem. Their monitoring saw database latency at 01:49 UTC (9:49 our time); a defect in a database change created too many concurrent transactions and used up disk I/O on the primary and the standbys, so failover could not help. Authentications failed from 02:05 UTC. Fixed by halting the extra transactions and adding capacity."""),
        ("232143", "Wei Ling Tan", "2016-11-08T09:00", """Review 8 Nov (SGT)
Logins failed for us from 10:05, same minute as Duo's 02:05 UTC. Duo's 9:49 database alarm was before any login failed, so it is not our start.
We knew at 10:09 when the first user rang the IT line.
The failure lasted 30 minutes by Duo's postmortem; our own proxy log has no clean 'first success' line because users retried all along.
Citrix gateway reboot was wrong lead (10 min).
Actions: Duo failmode review for Citrix (fail-secure stays, but add an offline bypass list for the customs desk), subscribe on-call to Duo status."""),
    ],
    "changelog": [
        ("Arjun Nair", "2016-11-04T02:21", [("status", "Open", "In Progress")]),
        ("Wei Ling Tan", "2016-11-04T04:01", [("status", "In Progress", "Monitoring")]),
        ("Wei Ling Tan", "2016-11-08T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "authproxy-sgv1104.txt", "zone": G, "referenceDate": "2016-11-04", "text": """
2016-11-04 10:05:12 [authproxy] ERROR duo api call timed out (user=jlim)
2016-11-04 10:09:40 [helpdesk] call from J. Lim: Citrix login stuck at Duo
2016-11-04 10:14:03 [authproxy] ERROR duo api call timed out (user=rkumar) x37 in last 5 min
2016-11-04 10:18:55 [ops] A.Nair: rebooting netscaler gw01
2016-11-04 10:27:30 [ops] A.Nair: gw01 back, Duo still timing out. status.duo.com shows DUO1 issue
2016-11-04 10:41:22 [helpdesk] W.L.Tan: customs desk all logged in
"""}],
    "expected": {
        "events": [[z("2016-11-04 09:49", G), ["database latency"]], [z("2016-11-04 10:05", G), ["timed out", "failed"]],
                   [z("2016-11-04 10:09", G), ["call from", "IT line"]], [z("2016-11-04 10:14", G), ["x37"]],
                   [z("2016-11-04 10:18", G), ["rebooting"]], [z("2016-11-04 10:27", G), ["status.duo.com"]],
                   [z("2016-11-04 10:41", G), ["customs desk"]]],
        "keyTimes": {
            "started": kt(z("2016-11-04 10:05", G), S, "Logins failed for us from 10:05", "comment 232143"),
            "detected": kt(z("2016-11-04 10:09", G), S, "call from J. Lim: Citrix login stuck at Duo", "authproxy-sgv1104.txt"),
            "resolved": kt(z("2016-11-04 10:35", G), I_, "The failure lasted 30 minutes by Duo's postmortem", "comment 232143")},
        "responders": [["Wei Ling Tan", None], ["Arjun Nair", None]],
        "narrative": nar(["disk I/O", "concurrent transactions"], ["adding capacity"], ["SGV-1104", "gw01"],
                         "On 4 November 2016 the forwarder's staff could not log in to Citrix for half an hour from 10:05 Singapore time because Duo's DUO1 database ran out of disk I/O."),
    }})

# 6. Duo telephony, 7 October 2015 - primary telephony provider dropped calls/SMS, seen from a Lisbon contact centre (PT)
L = "Europe/Lisbon"
I.append({
    "id": "duo-2015-10-telephony-lisbon-contactcentre", "name": "Duo telephony authentication outage 7 October 2015 (between approximately 1:10 PM and 1:47 PM UTC phone callback and SMS passcodes failed because the primary telephony provider accepted calls without delivering them; at 1:47 Duo re-routed through a different provider; Push, app passcodes and tokens unaffected; status resolved later that day, postmortem 8 October), seen from a Lisbon contact centre whose agents use SMS passcodes",
    "issueId": "98015", "key": "LSQ-1007", "summary": "Agentes sem acesso - SMS da Duo não chega, turno da tarde parado",
    "reporter": "Rui Figueiredo", "assignee": "Catarina Lobo", "labels": ["mfa", "sms", "contact-centre"],
    "components": ["agent-desktop", "mfa"], "created": "2015-10-07T13:35", "now": "2015-10-26T12:00:00Z",
    "defaultZone": L, "priority": "High",
    "description": """Turno da tarde não consegue entrar: o SMS com o código da Duo não chega e a chamada de confirmação também não. Quem usa a app (push) entra normalmente.

Talvez a operadora dos telemóveis de serviço? Catarina vai ver. Hora de Lisboa.""",
    "comments": [
        ("232150", "Catarina Lobo", "2015-10-07T13:55", """Não é a operadora: SMS normais chegam. A status page da Duo tem 'Widespread Telephony Authentication Issue'. Passei 12 agentes para Duo Push no telemóvel pessoal (voluntários). Notas em turno-lsq1007.txt."""),
        ("232151", "Rui Figueiredo", "2015-10-07T15:30", """Códigos SMS a chegar outra vez desde as 14:47. Fila recuperada às 15:20."""),
        ("232152", "Catarina Lobo", "2015-10-09T10:00", """Postmortem da Duo (publicado ontem): entre aproximadamente 1:10 PM e 1:47 PM UTC não funcionaram chamadas nem códigos por SMS, por falha do fornecedor principal de telefonia, que aceitava as chamadas sem dar erro; às 1:47 a Duo desviou para outro fornecedor. Push, códigos da app e tokens funcionaram."""),
        ("232153", "Rui Figueiredo", "2015-10-12T09:30", """Revisão (seg 12/10), hora de Lisboa (WEST).
Impacto: ~14:10 até 14:47, a janela da Duo (13:10-13:47 UTC). Os primeiros agentes do turno das 14:00 já estavam lá dentro, por isso só os que entraram depois ficaram parados.
Quando soubemos: ninguém registou a hora da primeira queixa; o ticket foi aberto às 14:35 mas os supervisores dizem que houve queixas 'bem antes'.
A pista da operadora estava errada.
Acções: todos os agentes com Duo Push ou token físico, SMS só como último recurso, contacto da Duo nos procedimentos."""),
    ],
    "changelog": [
        ("Catarina Lobo", "2015-10-07T13:36", [("status", "Open", "In Progress")]),
        ("Rui Figueiredo", "2015-10-07T15:31", [("status", "In Progress", "Monitoring")]),
        ("Rui Figueiredo", "2015-10-12T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "turno-lsq1007.txt", "zone": L, "referenceDate": "2015-10-07", "text": """
qua 07/10 turno tarde (Catarina)
14:38 SMS de teste para o meu telemóvel de serviço chega normalmente -> não é a operadora
14:41 status Duo: Widespread Telephony Authentication Issue, investigating
14:44 12 agentes passados para Duo Push (telemóvel pessoal)
14:47 primeiro código SMS da Duo chega outra vez
15:20 fila de chamadas em espera normal
"""}],
    "expected": {
        "events": [[z("2015-10-07 14:10", L), ["Impacto", "1:10"]], [z("2015-10-07 14:35", L), ["ticket"]],
                   [z("2015-10-07 14:38", L), ["operadora"]], [z("2015-10-07 14:41", L), ["status Duo"]],
                   [z("2015-10-07 14:44", L), ["Push"]], [z("2015-10-07 14:47", L), ["SMS", "desviou"]],
                   [z("2015-10-07 15:20", L), ["fila"]]],
        "keyTimes": {
            "started": kt(z("2015-10-07 14:10", L), S, "Impacto: ~14:10 até 14:47", "comment 232153"),
            "detected": kt(None, U),
            "resolved": kt(z("2015-10-07 14:47", L), S, "primeiro código SMS da Duo chega outra vez", "turno-lsq1007.txt")},
        "responders": [["Rui Figueiredo", None], ["Catarina Lobo", None]],
        "narrative": nar(["fornecedor principal de telefonia"], ["outro fornecedor"], ["LSQ-1007", "turno"],
                         "On 7 October 2015 contact-centre agents who sign in with Duo SMS codes could not log in from about 14:10 to 14:47 Lisbon time because Duo's telephony provider silently dropped messages."),
    }})

# 7. SBB, 22 June 2005 - traction power collapse, seen from a Lucerne event agency (Swiss German) ----------------------
Z = "Europe/Zurich"
I.append({
    "id": "sbb-2005-06-traction-power-lucerne-events", "name": "SBB nationwide traction power failure 22 June 2005 (17:08 short circuit on the Amsteg-Rotkreuz transmission line while the parallel route was out of service; Gotthard stations overloaded and shut down; the whole network stopped about 17:45; SBB press release 19:00; ramp-up from 20:00, first trains about 20:15; power back on the whole network at 21:30; about 100,000-200,000 travellers stranded in a heat wave), seen from a Lucerne event agency whose gala guests were travelling by train",
    "issueId": "98016", "key": "LZV-0622", "summary": "Gala KKL: Gäste stecken in Zügen fest (SBB-Stromausfall), Programm verschieben",
    "reporter": "Reto Brändli", "assignee": "Sandra Imhof", "labels": ["event", "transport", "sbb"],
    "components": ["eventbetrieb", "gaestebetreuung"], "created": "2005-06-22T16:05", "now": "2005-07-08T12:00:00Z",
    "defaultZone": Z,
    "description": """Die Gäste für die Gala (Apéro 18:30) kommen nicht an: alle Züge stehen still. Gäste rufen aus Zügen an, teils im Tunnel, ohne Klima.

Zuerst dachten wir, es sei nur die Strecke Zürich-Luzern (Stellwerk?). Sandra organisiert Busse. Zeiten Schweizer Zeit.""",
    "comments": [
        ("232160", "Sandra Imhof", "2005-06-22T16:40", """Nicht nur Zürich-Luzern: SBB-Hotline sagt, das ganze Netz ist ohne Strom. Zwei Cars ab Zürich HB bestellt. Unser Telefonprotokoll: protokoll-lzv0622.txt (Schweizer Zeit)."""),
        ("232161", "Reto Brändli", "2005-06-22T20:30", """Gala lief mit 90 Minuten Verspätung. Die letzten Gäste kamen irgendwann im Lauf des Abends an; der Rest hat abgesagt."""),
        ("232162", "Sandra Imhof", "2005-06-23T09:00", """SBB-Medienmitteilung (gestern 19:00): seit ca. 17:45 Uhr ist das ganze Bahnnetz wegen Stromproblemen gestört. Heute früh: seit 21:30 Uhr ist das Netz wieder überall in Betrieb. Laut Energie & Management fuhr die SBB ab 20:00 Uhr den Betrieb wieder hoch; swissinfo: erste Züge um etwa 20:15."""),
        ("232163", "Reto Brändli", "2005-06-27T10:00", """Nachbesprechung (Mo 27.6.), Schweizer Zeit.
Beginn für unsere Gäste: 17:45, als das ganze Netz stillstand. Den Kurzschluss auf der Leitung Amsteg-Rotkreuz um 17:08 (Railway Gazette) merkte noch niemand, die Züge fuhren da noch.
Erster Anruf eines Gastes: 17:52.
Ende: unbekannt. Die SBB hatte um 21:30 wieder Strom im ganzen Netz, aber wann unser letzter Gast eintraf, hat niemand notiert; 23 haben abgesagt.
Falsche erste Annahme: nur Zürich-Luzern betroffen (Stellwerk).
Massnahmen: bei Galas Busreserve vertraglich sichern, Gästeliste mit Handynummern, SMS-Verteiler."""),
    ],
    "changelog": [
        ("Sandra Imhof", "2005-06-22T16:06", [("status", "Open", "In Progress")]),
        ("Reto Brändli", "2005-06-22T20:31", [("status", "In Progress", "Monitoring")]),
        ("Reto Brändli", "2005-06-27T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "protokoll-lzv0622.txt", "zone": Z, "referenceDate": "2005-06-22", "text": """
Telefonprotokoll Gala KKL, Mi 22.6.05
17:52  Hr. Gasser (Gast) ruft an: IC steht vor Rotkreuz, kein Strom, keine Klima
17:58  3 weitere Gäste: S-Bahn Zürich steht, Bern HB nichts fährt
18:05  Annahme: Stellwerkstörung Zürich-Luzern. Anfrage SBB-Hotline
18:25  SBB-Hotline: ganzes Netz ohne Strom, keine Prognose
18:40  2 Cars ab Zürich HB bestellt (Fa. Huwyler)
19:30  Apéro verschoben, Gala-Beginn neu 21:00
20:20  Gast Hr. Gasser: Zug fährt wieder Richtung Luzern
21:00  Gala beginnt, 61 von 140 Gästen da
"""}],
    "expected": {
        "events": [[z("2005-06-22 17:08", Z), ["Amsteg", "Kurzschluss"]], [z("2005-06-22 17:45", Z), ["stillstand", "17.45"]],
                   [z("2005-06-22 17:52", Z), ["Gasser", "Erster Anruf"]], [z("2005-06-22 17:58", Z), ["S-Bahn"]],
                   [z("2005-06-22 18:05", Z), ["Stellwerk"]], [z("2005-06-22 18:25", Z), ["Hotline"]],
                   [z("2005-06-22 18:40", Z), ["Cars"]], [z("2005-06-22 19:00", Z), ["Medienmitteilung"]],
                   [z("2005-06-22 19:30", Z), ["Apéro"]], [z("2005-06-22 20:00", Z), ["hoch"]],
                   [z("2005-06-22 20:15", Z), ["erste Züge"]], [z("2005-06-22 20:20", Z), ["fährt wieder"]],
                   [z("2005-06-22 21:00", Z), ["Gala beginnt"]], [z("2005-06-22 21:30", Z), ["wieder"]]],
        "keyTimes": {
            "started": kt(z("2005-06-22 17:45", Z), S, "Beginn für unsere Gäste: 17:45", "comment 232163"),
            "detected": kt(z("2005-06-22 17:52", Z), S, "Hr. Gasser (Gast) ruft an", "protokoll-lzv0622.txt"),
            "resolved": kt(None, U)},
        "responders": [["Reto Brändli", None], ["Sandra Imhof", None]],
        "narrative": nar(["Kurzschluss", "Amsteg"], ["21:30"], ["LZV-0622", "KKL"],
                         "On 22 June 2005 most guests of the agency's Lucerne gala were stuck on trains from 17:45 when the whole SBB network lost traction power; when the last guest arrived is not known."),
    }})

# 8. Tokyo blackout, 12 October 2016 - Niiza underground cable fire, seen from a Chiyoda translation office (romaji) ----
J = "Asia/Tokyo"
I.append({
    "id": "tepco-2016-10-niiza-cable-fire-chiyoda-translation", "name": "Tokyo blackout 12 October 2016 (fire in TEPCO underground power cables at Niiza, Saitama, around 2:50 p.m.; blackout from around 3:30 p.m. JST hitting up to 350,000 households / 585,000 buildings in 11 wards, ministries in Kasumigaseki, Seibu and some subway lines; all power back by 4:25 p.m. per TEPCO, 'about an hour'), seen from a translation office in Chiyoda ward",
    "issueId": "98017", "key": "CYD-1012", "summary": "Teiden - office PCs down, CAT server on UPS, nouki 17:00 no hon'yaku ga ayaui",
    "reporter": "Haruka Morimoto", "assignee": "Kenji Ishida", "labels": ["teiden", "ups", "office"],
    "components": ["office-it", "cat-server"], "created": "2016-10-12T06:40", "now": "2016-10-28T12:00:00Z",
    "defaultZone": J,
    "description": """Office zenbu teiden. Desktop PC wa zenbu ochita, CAT server wa UPS de ugoite iru kedo batteri wa 20-pun gurai. 17:00 nouki no keiyakusho hon'yaku (3-ken) ga ayaui.

Saisho wa biru no breaker da to omotta (kyou ekakon no kouji ga atta). Kenji-san ga kanrishitsu ni renraku. JST.""",
    "comments": [
        ("232170", "Kenji Ishida", "2016-10-12T06:55", """Biru kanrishitsu: breaker janai, TEPCO no kouiki teiden. NHK de Niiza no kasai no eizou. CAT server wa 15:41 ni kanri shatdaun shimashita. UPS log: ups-cyd1012.txt."""),
        ("232171", "Haruka Morimoto", "2016-10-12T08:30", """Dengen fukki, PC mo server mo OK. Nouki wa kuraianto ni renraku shite 19:00 ni enchou, 3-ken tomo noufu zumi."""),
        ("232172", "Kenji Ishida", "2016-10-13T01:00", """TEPCO / houdou: Niiza no chika keeburu de gogo 2:50 goro kasai, 3:30 goro kara teiden (saidai 35-man setai, 11-ku), gogo 4:25 made ni zenbu fukki, 'yaku 1-jikan'. Kasumigaseki no shouchou mo teiden."""),
        ("232173", "Haruka Morimoto", "2016-10-17T02:00", """Furikaeri (10/17), JST.
Teiden: 15:30 (UPS log no 'AC input lost' 15:30:08). Niiza no kasai (14:50 goro) no jiten dewa mada eikyou nashi.
Kizuita no mo 15:30, UPS no keihou to heya ga kuraku natta kara.
Fukki: UPS log de 'AC input restored' 15:58. TEPCO no 16:25 wa zen'iki no saigo no jikan de, uchi wa sore yori hayakatta.
Biru no breaker setsu wa machigai.
Taisaku: CAT server no UPS batteri koukan (ima 20-pun shika motanai), nouki no hi wa PC no hozon o 15-fun goto ni, note PC 2-dai o juuden shite oku."""),
    ],
    "changelog": [
        ("Kenji Ishida", "2016-10-12T06:41", [("status", "Open", "In Progress")]),
        ("Haruka Morimoto", "2016-10-12T08:31", [("status", "In Progress", "Monitoring")]),
        ("Haruka Morimoto", "2016-10-17T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "ups-cyd1012.txt", "zone": J, "referenceDate": "2016-10-12", "text": """
2016/10/12 15:30:08  UPS-01  AC input lost, on battery (runtime 21 min)
2016/10/12 15:30:11  UPS-01  mail sent to it-admin
2016/10/12 15:36:40  UPS-01  battery 70%
2016/10/12 15:41:02  UPS-01  shutdown command from host cat-srv01
2016/10/12 15:58:47  UPS-01  AC input restored, charging
2016/10/12 16:04:15  UPS-01  host cat-srv01 power on
"""}],
    "expected": {
        "events": [[z("2016-10-12 14:50", J), ["kasai"]], [z("2016-10-12 15:30", J), ["AC input lost", "Teiden"]],
                   [z("2016-10-12 15:36", J), ["battery"]], [z("2016-10-12 15:41", J), ["shutdown", "shatdaun"]],
                   [z("2016-10-12 15:58", J), ["restored"]], [z("2016-10-12 16:04", J), ["power on"]],
                   [z("2016-10-12 16:25", J), ["fukki"]]],
        "keyTimes": {
            "started": kt(z("2016-10-12 15:30", J), S, "AC input lost, on battery (runtime 21 min)", "ups-cyd1012.txt"),
            "detected": kt(z("2016-10-12 15:30", J), S, "Kizuita no mo 15:30", "comment 232173"),
            "resolved": kt(z("2016-10-12 15:58", J), S, "AC input restored, charging", "ups-cyd1012.txt")},
        "responders": [["Haruka Morimoto", None], ["Kenji Ishida", None]],
        "narrative": nar(["Niiza", "keeburu"], ["fukki"], ["CYD-1012", "cat-srv01"],
                         "On 12 October 2016 the office lost mains power from 15:30 to 15:58 Tokyo time in the blackout caused by a fire in TEPCO's underground cables at Niiza."),
    }})

# 9. Callide C, 25 May 2021 - turbine hall fire, seen from a Brisbane gelato maker's cold store -----------------------
B = "Australia/Brisbane"
I.append({
    "id": "callide-2021-05-turbine-fire-brisbane-gelato", "name": "Queensland outage after the Callide C fire 25 May 2021 (fire in a turbine hall at about 1:45pm AEST, three generating units tripped, other stations tripped, about 477,000 customers lost power from about 2:00pm; Energex: over 375,000 out at 2:15pm, about 250,000 reconnected by 3:15pm, fewer than 10,000 out at 3:30pm; almost everyone back within two hours; AEMO asked households to limit use until 9:30pm), seen from a gelato maker's cold store in Brisbane's south",
    "issueId": "98018", "key": "BWQ-0525", "summary": "Power out at Rocklea - freezer room on alarm, production line stopped",
    "reporter": "Shannon Doyle", "assignee": "Luca Ferri", "labels": ["power", "cold-chain", "production"],
    "components": ["cold-store", "production"], "created": "2021-05-25T04:12", "now": "2021-06-11T12:00:00Z",
    "defaultZone": B, "priority": "High",
    "description": """lost power at the factory, whole site. freezer room -22 and climbing slowly, batch of pistachio half churned. traffic lights out on Ipswich Rd too.

thought it was our own main switch first (sparky was in this morning for the new blast freezer). Luca on it. bris time""",
    "comments": [
        ("232180", "Luca Ferri", "2021-05-25T04:30", """not us - Energex map shows half of SEQ out, radio says fire and explosion at Callide power station. keeping freezer doors shut, temp log in coldstore-bwq0525.txt (Brisbane time, it's the logger's own clock)."""),
        ("232181", "Shannon Doyle", "2021-05-25T06:00", """power back, compressors running, freezer back down to -21. pistachio batch binned (120 L)."""),
        ("232182", "Luca Ferri", "2021-05-26T00:30", """CS Energy: fire in a turbine hall at Callide at approximately 1:45pm, three units offline. Energex: 375,000+ out at 2:15pm, ~250,000 back by 3:15pm, under 10,000 by 3:30pm. AEMO asked everyone to go easy on power until 9:30pm."""),
        ("232183", "Shannon Doyle", "2021-05-28T05:00", """Review Fri 28 May (AEST)
Start: logger says MAINS FAIL at 2:00pm; the Callide fire was about 1:45pm but we still had power then.
We knew straight away (logger SMS at 2:00pm + the line stopping).
Power back 3:21pm on the logger, so 81 minutes off. Freezer peaked at -17.8, stock fine.
Main-switch theory was wrong; sparky's work was fine.
Losses: one batch, 2 hours of production.
Actions: quote for a generator connection point, temp logger SMS to two phones, don't start a batch when AEMO posts a lack-of-reserve notice."""),
    ],
    "changelog": [
        ("Luca Ferri", "2021-05-25T04:13", [("status", "Open", "In Progress")]),
        ("Shannon Doyle", "2021-05-25T06:01", [("status", "In Progress", "Monitoring")]),
        ("Shannon Doyle", "2021-05-28T05:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "coldstore-bwq0525.txt", "zone": B, "referenceDate": "2021-05-25", "text": """
25/05/2021 13:55  FRZ-1 -22.4C  OK
25/05/2021 14:00  MAINS FAIL  logger on battery, SMS sent (S.Doyle)
25/05/2021 14:15  FRZ-1 -21.6C  doors closed
25/05/2021 14:45  FRZ-1 -19.9C
25/05/2021 15:15  FRZ-1 -17.8C  HIGH ALARM
25/05/2021 15:21  MAINS RESTORED
25/05/2021 15:40  FRZ-1 -19.0C  compressors running
"""}],
    "expected": {
        "events": [[z("2021-05-25 13:45", B), ["fire"]], [z("2021-05-25 14:00", B), ["MAINS FAIL"]],
                   [z("2021-05-25 14:15", B), ["375,000", "doors closed"]], [z("2021-05-25 15:15", B), ["HIGH ALARM", "250,000"]],
                   [z("2021-05-25 15:21", B), ["RESTORED", "Power back"]], [z("2021-05-25 15:30", B), ["10,000"]],
                   [z("2021-05-25 15:40", B), ["compressors"]]],
        "keyTimes": {
            "started": kt(z("2021-05-25 14:00", B), S, "MAINS FAIL  logger on battery", "coldstore-bwq0525.txt"),
            "detected": kt(z("2021-05-25 14:00", B), S, "We knew straight away (logger SMS at 2:00pm", "comment 232183"),
            "resolved": kt(z("2021-05-25 15:21", B), S, "MAINS RESTORED", "coldstore-bwq0525.txt")},
        "responders": [["Shannon Doyle", None], ["Luca Ferri", None]],
        "narrative": nar(["turbine hall", "Callide"], ["power back"], ["BWQ-0525", "FRZ-1"],
                         "On 25 May 2021 the gelato maker's Brisbane site lost power from 2:00pm to 3:21pm when a fire at Callide C power station tripped generation across Queensland."),
    }})

# 10. Auckland blackout, 12 June 2006 - Otahuhu earth wire, seen from a Penrose print plant ---------------------------
A = "Pacific/Auckland"
I.append({
    "id": "transpower-2006-06-otahuhu-earthwire-penrose-print", "name": "Auckland blackout 12 June 2006 (corroded shackle on the Otahuhu-Penrose 220 kV line's earth wire broke in strong wind at about 8:30am NZST, four bangs heard at 8:32, earth wire fell across the 220 kV line and 110 kV busbar, Otahuhu B and Southdown off the grid, about 230,000 customers / 700,000 people without power; central city restored about 12:40pm, most areas by 2:45pm, rest expected by 4:30pm and restored after 4pm), seen from a print plant in Penrose",
    "issueId": "98019", "key": "PKQ-0612", "summary": "Plant power out - presses stopped mid-run, Monday dailies/inserts late",
    "reporter": "Grant McKinnon", "assignee": "Aroha Te Rangi", "labels": ["power", "plant", "presses"],
    "components": ["press-hall", "prepress"], "created": "2006-06-11T20:55", "now": "2006-06-30T12:00:00Z",
    "defaultZone": A,
    "description": """Whole plant dark just after start of day shift. Press 2 stopped mid-run on the supermarket inserts, prepress server down (UPS only lasted a few minutes). Phones patchy.

First thought the wind took out our own supply pole on the Great South Rd side. Aroha ringing Vector. NZ time.""",
    "comments": [
        ("232190", "Aroha Te Rangi", "2006-06-11T21:30", """Vector says it's Transpower: earth wire down at Otahuhu substation, half of Auckland out. Nothing wrong at our pole. Shift log in shiftlog-pkq0612.txt."""),
        ("232191", "Grant McKinnon", "2006-06-12T05:00", """Power back at the plant during the afternoon; presses restarted, inserts ran overnight. Client told Tuesday delivery."""),
        ("232192", "Aroha Te Rangi", "2006-06-13T22:00", """From the Herald / Transpower: a corroded shackle broke in about 90 km/h winds at 8:30am, road crews heard four bangs at 8:32, the earth wire fell across the 220 kV line and the 110 kV busbar, tripping Otahuhu B and Southdown too. CBD back about 12:40pm, most areas by 2:45pm, last areas after 4pm."""),
        ("232193", "Grant McKinnon", "2006-06-19T22:00", """Review (Tue 20 June), NZST.
Start: we went dark at 8:30am with everyone else on the Otahuhu feed.
First knew: the press 2 operator radioed the shift office at 8:31.
End: not known. The shift log stops at lunch and the afternoon supervisor only wrote 'power on - restart presses' with no time. Transpower's 12:40 is the CBD and '2:45 most areas' is citywide, neither is Penrose for sure.
Our-pole theory was wrong.
Actions: press 2 web-break procedure for power loss, UPS for prepress sized for 30 min, generator quote."""),
    ],
    "changelog": [
        ("Aroha Te Rangi", "2006-06-11T20:56", [("status", "Open", "In Progress")]),
        ("Grant McKinnon", "2006-06-12T05:01", [("status", "In Progress", "Monitoring")]),
        ("Grant McKinnon", "2006-06-19T22:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "shiftlog-pkq0612.txt", "zone": A, "referenceDate": "2006-06-12", "text": """
MON 12/6/06 DAY SHIFT LOG - G. McKinnon
0831 Press 2 op on radio: power gone, press stopped mid-run, web intact
0836 whole site dark, prepress UPS beeping
0841 prepress UPS flat, server down hard
0850 checked our pole on Great South Rd - fine. wind gusting hard
0905 Aroha: Vector says Transpower fault at Otahuhu, no ETA
1000 sent 30 staff to early smoko / cleaning
1150 radio: CBD power coming back soon?? nothing here yet
1215 lunch, end of morning log
"""}],
    "expected": {
        "events": [[z("2006-06-12 08:30", A), ["dark", "shackle"]], [z("2006-06-12 08:31", A), ["radio"]],
                   [z("2006-06-12 08:32", A), ["bangs"]], [z("2006-06-12 12:40", A), ["CBD"]],
                   [z("2006-06-12 14:45", A), ["most areas"]]],
        "keyTimes": {
            "started": kt(z("2006-06-12 08:30", A), S, "we went dark at 8:30am", "comment 232193"),
            "detected": kt(z("2006-06-12 08:31", A), S, "the press 2 operator radioed the shift office at 8:31", "comment 232193"),
            "resolved": kt(None, U)},
        "responders": [["Grant McKinnon", None], ["Aroha Te Rangi", None]],
        "narrative": nar(["shackle", "earth wire"], ["power back"], ["PKQ-0612", "Press 2"],
                         "On 12 June 2006 the Penrose print plant lost power from 8:30am NZST in the Auckland blackout caused by a broken earth-wire shackle at Otahuhu substation; when its power returned is not known."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

"""Held-out 43 incidents: compact specs. Five software / SaaS incidents seen from customers (Uploadcare's webhook delay of
25 September 2024 seen from a Krakow print-on-demand shop, Polish Slack; Stytch's API outage of 20 June 2023 seen from a
Seoul booking app, romanised Korean KakaoTalk; Inngest's run-scheduling outage of 18 September 2026 seen from a Mexico
City logistics start-up, Spanish Slack; Courier's delayed message delivery of 19-20 February 2024 seen from a London
pharmacy delivery service across midnight; Pushy's latency episode of 10 March 2018 seen from an Istanbul food-delivery
app, Turkish WhatsApp) and five outside software (the Czech blackout of 4 July 2025 seen from a Prague bakery chain,
Czech WhatsApp; the Stockholm power cut of 9 November 2017 seen from a Liljeholmen dental clinic, Swedish chat; the
Amadeus Altea check-in failure of 28 September 2017 seen from a Johannesburg ground handler's duty log; the Depok
blackout of 1 November 2020 seen from a print shop, Indonesian WhatsApp; the Fortum outage in north Stockholm of 18 May
2009 seen from a small Kista hosting firm's IRC). Timeline facts from public statements (SOURCES-heldout43.md); people,
companies, ticket keys, chat wording, wrong first guesses and the minutes marked invented there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2024-09-25 12:50' in zone -> '2024-09-25T10:50' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


WAW, SEL, MEX, LON, IST = "Europe/Warsaw", "Asia/Seoul", "America/Mexico_City", "Europe/London", "Europe/Istanbul"
PRG, STO, JNB, JKT, Z = "Europe/Prague", "Europe/Stockholm", "Africa/Johannesburg", "Asia/Jakarta", "UTC"

I = []

# 1. Uploadcare, 25 September 2024 - webhook delivery delayed, seen from a Krakow print-on-demand shop ---------------
I.append({
    "id": "uploadcare-2024-09-webhooks-krakow-printshop", "name": "Uploadcare webhook service degradation 25 September 2024 (a configuration change at 10:07 UTC stopped webhook processing; clients affected between 10:07 and 12:19 UTC; identified and fixed 12:05, first webhook delivered 12:12, all queued events delivered 12:19; monitoring showed components healthy; postmortem posted 26 Sep 09:00 UTC), seen from a Krakow shop printing customers' photos on mugs, whose orders wait for Uploadcare's file webhook",
    "issueId": "98040", "key": "KRW-0925", "summary": "Customer photos not attached to mug orders - Uploadcare webhook not arriving",
    "reporter": "Zofia Kędzierska", "assignee": "Bartłomiej Sroka", "labels": ["uploadcare", "webhooks", "orders"],
    "components": ["shop-backend", "print-queue"], "created": c("2024-09-25 12:50", WAW), "now": "2024-10-14T12:00:00Z",
    "defaultZone": WAW, "priority": "High",
    "description": """Personalised mug orders show "brak pliku" (no file): the customer's photo is uploaded but the order never gets it. Print queue for personalised items is blocked.

Since ~11:30? Most likely our nginx config deploy at 11:30 broke /hooks/uploadcare. Polish time. Hosting maintenance window tonight 02:00-04:00 is unrelated.""",
    "comments": [
        ("232500", "Bartłomiej Sroka", c("2024-09-25 13:05", WAW), """Not nginx: the endpoint answers 200 to a manual test and the access log shows nothing from Uploadcare since 12:07. Files are on their CDN, only the webhooks are missing. Graph: https://grafana.kubkomania.pl/d/hooks?from=2024-09-25T11:00&to=now. Slack thread in slack-krw0925.txt (Polish time)."""),
        ("232501", "Zofia Kędzierska", c("2024-09-25 14:35", WAW), """Print queue running again since 14:30; all 37 orders have their photos."""),
        ("232502", "Bartłomiej Sroka", c("2024-09-26 11:20", WAW), """Uploadcare posted a postmortem, copied to uploadcare-postmortem.txt (UTC, as they post it)."""),
        ("232503", "Aleksandra Muszyńska", c("2024-09-30 10:00", WAW), """Review (Monday 30 September), Polish time.
Okno dla nas / window for us: 12:07–14:19, no order-file webhooks (Uploadcare's 10:07–12:19 UTC).
First knew: a customer's email that her mug still said "brak pliku", flagged in Slack at 12:41.
The '~11:30' in the description was the nginx-deploy guess; the deploy was innocent.
Uploadcare's "identified and resolved" at 12:05 UTC was their fix, not our end: the queued webhooks only finished arriving at 14:19.
Cause (Uploadcare): a configuration change stopped webhook processing, and their monitoring showed the components healthy.
Actions: alert when no Uploadcare webhook for 15 minutes in shop hours, nightly reconcile through the REST API, status page subscription for ops@."""),
    ],
    "changelog": [
        ("Bartłomiej Sroka", c("2024-09-25 12:52", WAW), [("status", "Open", "In Progress")]),
        ("Zofia Kędzierska", c("2024-09-25 14:36", WAW), [("status", "In Progress", "Monitoring")]),
        ("Aleksandra Muszyńska", c("2024-09-30 10:05", WAW), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-krw0925.txt", "zone": WAW, "referenceDate": "2024-09-25", "text": """
#sklep-ops  środa 25.09
[12:41] Zofia Kędzierska: klientka pisze mailem, że wgrała zdjęcie na kubek o 12:30 i w zamówieniu dalej "brak pliku"
[12:44] Bartłomiej Sroka: pewnie nasz deploy nginx z 11:30, sprawdzam logi endpointu /hooks/uploadcare
[12:58] Bartłomiej Sroka: nginx ok, od 12:07 nie przyszedł ani jeden webhook z Uploadcare. pliki są na CDN
[13:15] Zofia Kędzierska: wstrzymuję druk zamówień z personalizacją, 37 w kolejce
[13:40] Bartłomiej Sroka: zgłoszenie do supportu Uploadcare wysłane
[14:12] Bartłomiej Sroka: pierwszy webhook przyszedł!
[14:19] Bartłomiej Sroka: kolejka webhooków pusta, wszystkie 37 zamówień mają pliki
[14:30] Zofia Kędzierska: druk wznowiony
"""}, {"file": "uploadcare-postmortem.txt", "zone": Z, "referenceDate": "2024-09-25", "text": """
Webhook Service Degradation - Incident Report for Uploadcare (postmortem, times UTC)
Summary: on 25 September 2024 webhook delivery was disrupted, affecting clients between 10:07 and 12:19 UTC; no data lost.
10:07 UTC - a system configuration change inadvertently disrupted webhook processing; delivery issues began
12:05 UTC - problem identified and resolved, backlog processing started
12:12 UTC - first webhook delivered successfully after the fix
12:19 UTC - all queued events processed and delivered
Monitoring showed the webhook components as healthy, which delayed identification.
Posted Sep 26, 2024 - 09:00 UTC
"""}],
    "expected": {
        "events": [[u("2024-09-25 10:07", Z), ["configuration change", "window"]], [u("2024-09-25 12:41", WAW), ["klientka", "First knew"]],
                   [u("2024-09-25 12:44", WAW), ["nginx"]], [u("2024-09-25 12:58", WAW), ["webhook"]],
                   [u("2024-09-25 13:15", WAW), ["druk"]], [u("2024-09-25 13:40", WAW), ["Uploadcare"]],
                   [u("2024-09-25 12:05", Z), ["identified"]], [u("2024-09-25 12:12", Z), ["first webhook", "pierwszy webhook"]],
                   [u("2024-09-25 12:19", Z), ["queued", "kolejka"]], [u("2024-09-25 14:30", WAW), ["druk wznowiony", "Print queue"]],
                   [u("2024-09-26 09:00", Z), ["Posted"]]],
        "keyTimes": {
            "started": kt(u("2024-09-25 12:07", WAW), S, "window for us: 12:07–14:19", "comment 232503"),
            "detected": kt(u("2024-09-25 12:41", WAW), S, "klientka pisze mailem", "slack-krw0925.txt"),
            "resolved": kt(u("2024-09-25 14:19", WAW), S, "window for us: 12:07–14:19", "comment 232503")},
        "responders": [["Zofia Kędzierska", None], ["Bartłomiej Sroka", None], ["Aleksandra Muszyńska", None]],
        "narrative": nar(["configuration change"], ["queued webhooks"], ["KRW-0925", "/hooks/uploadcare"],
                         "On 25 September 2024 from 12:07 to 14:19 Polish time the shop's personalised mug orders did not receive their customers' photos because Uploadcare's webhook delivery had stopped after a configuration change."),
    }})

# 2. Stytch, 20 June 2023 - API down after a failed deploy, seen from a Seoul booking app -------------------------------
I.append({
    "id": "stytch-2023-06-api-down-seoul-booking", "name": "Stytch outage 20 June 2023 (UTC: 11:24 PM on 19 June a low-urgency page from failing E2E tests; 1:35 AM first internal dashboard reports; 1:55 on-call sees 500s on /onboard; 2:01 SEV2; 2:13 force deploy of an older API version that did not reach prod; 2:37 revert; 2:52 customers report in the public Slack; 2:55 the Kubernetes deployment deleted and recreated; 2:57 SEV0, API hard down, status page; 3:10 AWS Load Balancer Controller restarted so pods register; 3:11 everything works), seen from a Seoul lunch-booking app that signs users in with Stytch magic links",
    "issueId": "98041", "key": "SLQ-0620", "summary": "Login and sign-up failing in the app (Stytch magic link 500)",
    "reporter": "Baek Seo-yeon", "assignee": "Jang Min-hyuk", "labels": ["stytch", "auth", "app"],
    "components": ["auth", "mobile-app"], "created": c("2023-06-20 12:02", SEL), "now": "2023-07-10T12:00:00Z",
    "defaultZone": SEL, "priority": "Highest",
    "description": """Users can't log in or sign up: the magic-link request returns 500 from Stytch. Lunch booking peak starts at 11:30 KST and it's right in it.

Started at 11:00 with our v2.8.1 deploy? Rolling back. Seoul time.""",
    "comments": [
        ("232510", "Jang Min-hyuk", c("2023-06-20 12:15", SEL), """Rollback did nothing; Stytch's status page has a SEV0 up and logins work again since 12:11. KakaoTalk thread copied to kakao-slq0620.txt (Seoul time)."""),
        ("232511", "Oh Da-eun", c("2023-06-20 13:30", SEL), """CS: 46 inquiries about login between noon and 12:30, all answered with the apology template. v2.8.1 re-deployed at 12:20."""),
        ("232512", "Jang Min-hyuk", c("2023-06-22 10:00", SEL), """Stytch published a post-mortem; their timeline is in stytch-postmortem.txt (UTC, 12-hour, as published)."""),
        ("232513", "Baek Seo-yeon", c("2023-06-23 16:00", SEL), """Review (Friday 23 June), KST.
Impact for us: 11:55 to 12:11 KST, when Stytch's API was hard down (their 2:55 AM to 3:11 AM UTC).
First knew: Sentry alert at 11:56 KST.
Stytch's own trouble started earlier (E2E page at 08:24 KST, dashboard reports from 10:35 KST) but our login flow does not use their dashboard, so that was not impact for us.
Our 11:00 deploy was innocent; the rollback cost seven minutes and pushed v2.8.1 back to 12:20.
Cause (Stytch): a bad API commit, a force-deploy that never reached production, then a recreated deployment whose pods did not register with the load balancer until the controller was restarted.
Actions: fallback to password login when Stytch returns 5xx, status alert into the #ops KakaoTalk room, deploy freeze 11:00-13:30 KST."""),
    ],
    "changelog": [
        ("Jang Min-hyuk", c("2023-06-20 12:03", SEL), [("status", "Open", "In Progress")]),
        ("Jang Min-hyuk", c("2023-06-20 12:16", SEL), [("status", "In Progress", "Monitoring")]),
        ("Baek Seo-yeon", c("2023-06-23 16:05", SEL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "kakao-slq0620.txt", "zone": SEL, "referenceDate": "2023-06-20", "text": """
2023nyeon 6wol 20il hwayoil
[Baek Seo-yeon] [ojeon 11:56] Sentry alert: login/signup API 5xx geupjeung, Stytch magic link 500
[Jang Min-hyuk] [ojeon 11:59] 11si v2.8.1 baepo ttaemun-in geot gata, rollback halgeyo
[Jang Min-hyuk] [ohu 12:06] rollback haenneunde ttokgateun error. Stytch status page-e SEV0 tteosseoyo
[Oh Da-eun] [ohu 12:08] CS: jeomsim yeyak login an doendaneun munui 40geon neomeosseoyo
[Baek Seo-yeon] [ohu 12:11] login dasi doenda! magic link jeongsang
[Jang Min-hyuk] [ohu 12:20] v2.8.1 dasi baepo wallyo
"""}, {"file": "stytch-postmortem.txt", "zone": Z, "referenceDate": "2023-06-20", "text": """
Stytch - June 20th 2023 Post-Mortem (Time (UTC) | Event)
11:24:24 PM (June 19) | On-call low urgency page, automated E2E tests failing
1:35:39 AM | First internal indication of dashboard issues from internal users
1:55:56 AM | On-call notices 500 errors on /onboard, incident process begins
2:01:37 AM | Incident classified SEV2
2:13:35 AM | On-call force deploys a previous API version (later found not applied to the prod cluster)
2:37:00 AM | Engineer reverts the suspect commit to start another deploy
2:52:00 AM | Customers raise Dashboard issues in the public Slack
2:55:00 AM | Infrastructure engineer deletes and recreates the Kubernetes Deployment
2:57:00 AM | Severity upgraded to SEV0, API hard down; public incident on the status page
3:10:00 AM | AWS Load Balancer Controller pod restarted so pods register with the target groups
3:11:00 AM | Everything works again
"""}],
    "expected": {
        "events": [[u("2023-06-20 08:24", SEL), ["E2E"]], [u("2023-06-20 10:35", SEL), ["dashboard"]],
                   [u("2023-06-20 10:55", SEL), ["/onboard"]], [u("2023-06-20 11:01", SEL), ["SEV2"]],
                   [u("2023-06-20 11:13", SEL), ["force deploy"]], [u("2023-06-20 11:37", SEL), ["reverts"]],
                   [u("2023-06-20 11:52", SEL), ["public Slack"]], [u("2023-06-20 11:55", SEL), ["recreates", "Impact"]],
                   [u("2023-06-20 11:56", SEL), ["Sentry"]], [u("2023-06-20 11:57", SEL), ["SEV0"]],
                   [u("2023-06-20 11:59", SEL), ["rollback"]], [u("2023-06-20 12:08", SEL), ["CS"]],
                   [u("2023-06-20 12:10", SEL), ["Load Balancer"]], [u("2023-06-20 12:11", SEL), ["Everything works", "dasi doenda"]],
                   [u("2023-06-20 12:20", SEL), ["v2.8.1"]]],
        "keyTimes": {
            "started": kt(u("2023-06-20 11:55", SEL), S, "Impact for us: 11:55 to 12:11 KST", "comment 232513"),
            "detected": kt(u("2023-06-20 11:56", SEL), S, "Sentry alert: login/signup API 5xx", "kakao-slq0620.txt"),
            "resolved": kt(u("2023-06-20 12:11", SEL), S, "Impact for us: 11:55 to 12:11 KST", "comment 232513")},
        "responders": [["Baek Seo-yeon", None], ["Jang Min-hyuk", None], ["Oh Da-eun", None]],
        "narrative": nar(["bad API commit"], ["Load Balancer Controller"], ["SLQ-0620", "v2.8.1"],
                         "On 20 June 2023 from 11:55 to 12:11 Seoul time the app's users could not log in or sign up because Stytch's API was down."),
    }})

# 3. Inngest, 18 September 2026 - run scheduling stalled, seen from a Mexico City logistics start-up -------------------
I.append({
    "id": "inngest-2026-09-scheduling-cdmx-logistics", "name": "Inngest run-scheduling incident 18 September 2026 (UTC: a Vercel Marketplace account hard-delete cascade began 15:39:39, ten retries 15:41-15:56; PgBouncer client connections 427 to 6,066 and Postgres locks to 9,269 at 16:16; customer-impact window 16:18-16:42, cancellations 16:39, locks cleared about 16:42, recovered 16:51), seen from a Mexico City last-mile start-up whose route dispatch runs as Inngest scheduled functions",
    "issueId": "98042", "key": "IGX-0918", "summary": "Scheduled dispatch-routes functions not running - drivers without routes",
    "reporter": "Emiliano Ocampo", "assignee": "Renata Villaseñor", "labels": ["inngest", "dispatch", "drivers"],
    "components": ["dispatch", "workers"], "created": c("2026-09-18 10:30", MEX), "now": "2026-10-05T12:00:00Z",
    "defaultZone": MEX, "priority": "High",
    "description": """The 10:20 dispatch-routes run never started, drivers are waiting at the hub without routes. No new runs at all in the Inngest dashboard.

Since 10:00? Probably last night's Postgres migration. CDMX time.""",
    "comments": [
        ("232520", "Renata Villaseñor", c("2026-09-18 10:45", MEX), """Not our database: our Postgres is idle and Inngest shows no new runs for any function since 10:18. Runs are flowing again as of a minute ago. Slack thread in slack-igx0918.txt (CDMX time)."""),
        ("232521", "Ximena Barragán", c("2026-09-18 12:10", MEX), """Drivers left with yesterday's routes at 10:36 and were re-routed by the app once runs caught up. Two deliveries missed their window."""),
        ("232522", "Renata Villaseñor", c("2026-09-21 09:30", MEX), """Inngest's incident report (draft published on their blog) copied to inngest-incident-0918.txt, UTC as written."""),
        ("232523", "Ximena Barragán", c("2026-09-22 17:00", MEX), """Revisión (martes 22 sept), hora CDMX.
Ventana para nosotros: de 10:18 a 10:42, no scheduled run started (Inngest's customer-impact window 16:18–16:42 UTC).
Detectado: Checkly alert at 10:24 that the 10:20 dispatch had not run.
The deletion cascade on Inngest's side began at 09:39 our time; nothing failed for us until 10:18, so that is not our start.
The backlog catching up at 10:51 was cleanup, not impact.
The Postgres migration was a wrong lead.
Cause (Inngest): a hard-delete cascade and its ten retries exhausted PgBouncer connections and piled up Postgres locks.
Actions: dispatch fallback that reuses the previous route after 5 minutes without a run, Checkly check every 5 minutes, subscribe to status.inngest.com."""),
    ],
    "changelog": [
        ("Renata Villaseñor", c("2026-09-18 10:31", MEX), [("status", "Open", "In Progress")]),
        ("Renata Villaseñor", c("2026-09-18 10:46", MEX), [("status", "In Progress", "Monitoring")]),
        ("Ximena Barragán", c("2026-09-22 17:05", MEX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-igx0918.txt", "zone": MEX, "referenceDate": "2026-09-18", "text": """
#ops-despacho  viernes 18/09
[10:24] Emiliano Ocampo: alerta de Checkly: el dispatch-routes de las 10:20 no corrió
[10:27] Renata Villaseñor: ¿será la migración de Postgres de anoche?
[10:33] Emiliano Ocampo: no es nuestra BD; el dashboard de Inngest no muestra runs nuevos desde 10:18
[10:36] Ximena Barragán: aviso a los choferes por WhatsApp que salgan con la ruta de ayer
[10:42] Emiliano Ocampo: ya corren otra vez, dispatch-routes ok
[10:51] Emiliano Ocampo: se pusieron al día los runs atrasados
[11:05] Ximena Barragán: status.inngest.com ya dice resolved
"""}, {"file": "inngest-incident-0918.txt", "zone": Z, "referenceDate": "2026-09-18", "text": """
Inngest incident report, 18 September 2026 (UTC)
15:39 - first deletion of a Vercel Marketplace account cascade
15:41 to 15:56 - ten retries of the cascade
16:16 - PgBouncer client connections 427 -> 6,066, Postgres locks 544 -> 9,269
16:18 - customer impact begins: run scheduling volume drops
16:39 - cascade jobs cancelled
16:42 - locks cleared, customer impact ends
16:51 - scheduling recovered fully
"""}],
    "expected": {
        "events": [[u("2026-09-18 15:39", Z), ["deletion"]], [u("2026-09-18 15:41", Z), ["retries"]],
                   [u("2026-09-18 16:16", Z), ["locks"]], [u("2026-09-18 16:18", Z), ["impact", "Ventana"]],
                   [u("2026-09-18 10:24", MEX), ["Checkly"]], [u("2026-09-18 10:27", MEX), ["migración"]],
                   [u("2026-09-18 10:33", MEX), ["dashboard"]], [u("2026-09-18 10:36", MEX), ["choferes"]],
                   [u("2026-09-18 16:39", Z), ["cancelled"]], [u("2026-09-18 16:42", Z), ["locks cleared", "corren otra vez"]],
                   [u("2026-09-18 16:51", Z), ["recovered", "al día"]], [u("2026-09-18 11:05", MEX), ["resolved"]]],
        "keyTimes": {
            "started": kt(u("2026-09-18 10:18", MEX), S, "Ventana para nosotros: de 10:18 a 10:42", "comment 232523"),
            "detected": kt(u("2026-09-18 10:24", MEX), S, "alerta de Checkly", "slack-igx0918.txt"),
            "resolved": kt(u("2026-09-18 10:42", MEX), S, "Ventana para nosotros: de 10:18 a 10:42", "comment 232523")},
        "responders": [["Emiliano Ocampo", None], ["Renata Villaseñor", None], ["Ximena Barragán", None]],
        "narrative": nar(["PgBouncer"], ["cancelled"], ["IGX-0918", "dispatch-routes"],
                         "On 18 September 2026 from 10:18 to 10:42 Mexico City time no route-dispatch runs started, because Inngest's scheduling stalled when a deletion cascade exhausted its database connections."),
    }})

# 4. Courier, 19-20 February 2024 - delayed message delivery, seen from a London pharmacy delivery service -------------
I.append({
    "id": "courier-2024-02-delayed-sends-london-pharmacy", "name": "Courier incident 19-20 February 2024 (delayed message delivery for a small percentage of requests, API component; Investigating 5:12 PM UTC, Identified 5:17 PM, Monitoring after a fix 6:55 PM, Resolved 01:51 AM UTC on 20 February; start of the delays not published), seen from a London pharmacy delivery service whose 'driver on the way' texts go through Courier",
    "issueId": "98043", "key": "CRZ-0219", "summary": "Patients not getting 'driver on the way' texts - notifications delayed",
    "reporter": "Imogen Lacey-Hart", "assignee": "Tobias Wren", "labels": ["courier", "sms", "deliveries"],
    "components": ["notifications", "delivery-app"], "created": c("2024-02-19 17:05", LON), "now": "2024-03-08T12:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """Patients say they get no "driver on the way" text; drivers are at the door before the message. Texts do arrive, but late (20-40 min).

Probably the Twilio number pool again. London time.""",
    "comments": [
        ("232530", "Tobias Wren", c("2024-02-19 17:25", LON), """Not Twilio: our sends hand off to Courier instantly, and Courier's status page now has "delayed message delivery", identified at 5:17 PM. Slack thread in slack-crz0219.txt (London time)."""),
        ("232531", "Kwabena Ashworth", c("2024-02-20 00:45", LON), """On call: delayed-notification queue empty since 00:40, new texts arrive in seconds. Leaving the ticket in Monitoring."""),
        ("232532", "Tobias Wren", c("2024-02-20 09:30", LON), """Courier's status updates copied to courier-status-0219.txt (UTC, which is London time in February). Courier's scheduled maintenance on 22 Feb 06:00 UTC is a separate thing."""),
        ("232533", "Imogen Lacey-Hart", c("2024-02-23 11:00", LON), """Review (Friday 23 Feb), London time.
Start: unknown. Courier only says "a small percentage of requests", and our send log records the hand-off to Courier, not delivery to the phone, so we cannot tell when texts began arriving late.
First knew: a patient phoning the Lambeth branch at 16:58 that the driver beat the text.
End for us: 00:40 on the 20th, when the delayed queue reached zero; Courier's "Resolved" at 01:51 came after.
Their "fix implemented" at 6:55 PM did not end it for us; the backlog kept draining until after midnight.
The Twilio number pool was a wrong lead.
Actions: drivers phone patients for controlled-drug deliveries regardless of texts, queue-age alert at 10 minutes, Courier status feed into #pharmacy-ops."""),
    ],
    "changelog": [
        ("Tobias Wren", c("2024-02-19 17:06", LON), [("status", "Open", "In Progress")]),
        ("Kwabena Ashworth", c("2024-02-20 00:46", LON), [("status", "In Progress", "Monitoring")]),
        ("Imogen Lacey-Hart", c("2024-02-23 11:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-crz0219.txt", "zone": LON, "referenceDate": "2024-02-19", "text": """
#pharmacy-ops  Mon 19 Feb
[16:58] Imogen Lacey-Hart: patient rang the Lambeth branch: no "driver on the way" text, driver already at the door
[17:03] Tobias Wren: probably the Twilio number pool again, checking
[17:20] Tobias Wren: Courier status: delayed message delivery, identified
[18:10] Kwabena Ashworth: drivers told to phone patients before arriving
[19:00] Tobias Wren: Courier says fix implemented, monitoring. our delayed queue still 1,900 behind
[23:45] Tobias Wren: still draining, ~300 left, on-call has it
Tue 20 Feb
[00:40] Kwabena Ashworth: delayed-notification queue at zero, new texts arrive in seconds
[01:55] Kwabena Ashworth: Courier marked it resolved
"""}, {"file": "courier-status-0219.txt", "zone": Z, "referenceDate": "2024-02-19", "text": """
Courier status - API - minor incident (UTC)
investigating Feb 19, 2024, 5:12 PM UTC - investigating an issue causing delayed message delivery for a small percentage of requests
identified Feb 19, 2024, 5:17 PM UTC - issue identified, a fix is being tested and implemented
monitoring Feb 19, 2024, 6:55 PM UTC - fix implemented, monitoring system health
resolved Feb 20, 2024, 01:51 AM UTC - the incident has been resolved
"""}],
    "expected": {
        "events": [[u("2024-02-19 16:58", LON), ["patient"]], [u("2024-02-19 17:03", LON), ["Twilio"]],
                   [u("2024-02-19 17:12", LON), ["investigating"]], [u("2024-02-19 17:17", LON), ["identified"]],
                   [u("2024-02-19 18:10", LON), ["phone patients"]], [u("2024-02-19 18:55", LON), ["monitoring", "fix implemented"]],
                   [u("2024-02-19 23:45", LON), ["draining"]], [u("2024-02-20 00:40", LON), ["queue"]],
                   [u("2024-02-20 01:51", LON), ["resolved"]], [u("2024-02-20 01:55", LON), ["marked it resolved"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2024-02-19 16:58", LON), S, "patient rang the Lambeth branch", "slack-crz0219.txt"),
            "resolved": kt(u("2024-02-20 00:40", LON), S, "delayed-notification queue at zero", "slack-crz0219.txt")},
        "responders": [["Imogen Lacey-Hart", None], ["Tobias Wren", None], ["Kwabena Ashworth", None]],
        "narrative": nar(["delayed message delivery"], ["fix implemented"], ["CRZ-0219", "Lambeth"],
                         "On 19-20 February 2024 the pharmacy's patients got their delivery texts late, until 00:40 London time on the 20th, because Courier delayed part of its message deliveries."),
    }})

# 5. Pushy, 10 March 2018 - API / notification latency, seen from an Istanbul food-delivery app ----------------------
I.append({
    "id": "pushy-2018-03-latency-istanbul-fooddelivery", "name": "Pushy high latency 10 March 2018 (status page, UTC: after an earlier episode that stabilised at 09:27 / 09:35, API high latency 10:01, Website high latency 10:22, Notification Service high latency 10:36; Website stabilised 10:51, API 10:53, Notification Service 10:56; post-mortem 11 March 23:36 UTC: bursts of traffic, Redis caching added to cut database load), seen from a Kadikoy food-delivery app that sends 'order ready' pushes to couriers through Pushy",
    "issueId": "98044", "key": "PSY-0310", "summary": "Couriers not receiving 'sipariş hazır' push notifications",
    "reporter": "Selin Ayvacık", "assignee": "Mert Tunçbilek", "labels": ["pushy", "push", "couriers"],
    "components": ["courier-app", "notifications"], "created": c("2018-03-10 13:14", IST), "now": "2018-03-30T12:00:00Z",
    "defaultZone": IST, "priority": "High",
    "description": """Restaurants call: couriers don't get the "sipariş hazır" (order ready) push, food is waiting on the counter.

Started around 13:00? Maybe our FCM server key expired. Istanbul time.""",
    "comments": [
        ("232540", "Mert Tunçbilek", c("2018-03-10 13:30", IST), """Key is fine; Pushy's API answers in 4-5 seconds instead of milliseconds and their status page shows high latency. Switched couriers to SMS. WhatsApp thread in whatsapp-psy0310.txt (Istanbul time)."""),
        ("232541", "Mert Tunçbilek", c("2018-03-10 14:05", IST), """Pushes instant again, SMS fallback off. Pushy's status entries copied to pushy-status-0310.txt (UTC, as shown on their page)."""),
        ("232542", "Deniz Karaoğlan", c("2018-03-14 15:00", IST), """Değerlendirme (14 Mart), Istanbul time.
Etki / impact for us: 13:01 – 13:56, from Pushy's API high latency (10:01 UTC) until their Notification Service stabilised (10:56 UTC); pushes were late for 55 minutes.
First knew: Selin, a restaurant calling at 13:09.
Recovery came in stages: their website at 13:51, the API at 13:53, notifications at 13:56; only the last one mattered to couriers.
The 12:27 / 12:35 'stabilized' entries on their page (09:27 / 09:35 UTC) belong to an earlier episode we never noticed.
The FCM key was a wrong guess.
Cause (Pushy, post-mortem of 11 March): bursts of traffic overloaded their database cluster; they added Redis caching.
Actions: SMS fallback automatic when a push is not acknowledged in 60 s, Pushy latency check from our side."""),
    ],
    "changelog": [
        ("Mert Tunçbilek", c("2018-03-10 13:15", IST), [("status", "Open", "In Progress")]),
        ("Mert Tunçbilek", c("2018-03-10 14:06", IST), [("status", "In Progress", "Monitoring")]),
        ("Deniz Karaoğlan", c("2018-03-14 15:05", IST), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-psy0310.txt", "zone": IST, "referenceDate": "2018-03-10", "text": """
[10.03.2018 13:09] Selin Ayvacık: restoranlar arıyor, "sipariş hazır" bildirimi kuryelere gelmiyor
[10.03.2018 13:12] Mert Tunçbilek: FCM anahtarının süresi mi doldu acaba, bakıyorum
[10.03.2018 13:25] Mert Tunçbilek: anahtar sağlam, Pushy API 4-5 saniyede cevap veriyor
[10.03.2018 13:31] Selin Ayvacık: kuryelere SMS ile geçtik
[10.03.2018 13:51] Mert Tunçbilek: Pushy paneli açıldı
[10.03.2018 13:53] Mert Tunçbilek: API normal hızda
[10.03.2018 13:56] Mert Tunçbilek: bildirimler anında geliyor, SMS kapatılıyor
"""}, {"file": "pushy-status-0310.txt", "zone": Z, "referenceDate": "2018-03-10", "text": """
Pushy status - Saturday 10th March 2018 (newest first, as on the page)
(Saturday 10th March 2018 10:56:33 UTC) Notification Service health has stabilized
(Saturday 10th March 2018 10:53:21 UTC) API health has stabilized
(Saturday 10th March 2018 10:51:47 UTC) Website health has stabilized
(Saturday 10th March 2018 10:36:20 UTC) Notification Service high latency
(Saturday 10th March 2018 10:22:39 UTC) Website high latency
(Saturday 10th March 2018 10:01:37 UTC) API high latency
(Saturday 10th March 2018 09:35:38 UTC) Notification Service health has stabilized
(Saturday 10th March 2018 09:27:36 UTC) API health has stabilized
(Sunday 11th March 2018 23:36:49 UTC) API Post-mortem: High latency - several short periods of high latency during bursts of traffic; Redis caching now reduces load on the database cluster
"""}],
    "expected": {
        "events": [[u("2018-03-10 09:27", Z), ["API health"]], [u("2018-03-10 09:35", Z), ["Notification Service health"]],
                   [u("2018-03-10 10:01", Z), ["API high latency", "Etki"]], [u("2018-03-10 13:09", IST), ["bildirimi", "restaurant"]],
                   [u("2018-03-10 13:12", IST), ["FCM"]], [u("2018-03-10 10:22", Z), ["Website high latency"]],
                   [u("2018-03-10 13:25", IST), ["saniye"]], [u("2018-03-10 13:31", IST), ["SMS"]],
                   [u("2018-03-10 10:36", Z), ["Notification Service high latency"]], [u("2018-03-10 10:51", Z), ["Website health", "paneli"]],
                   [u("2018-03-10 10:53", Z), ["API health", "normal hızda"]], [u("2018-03-10 10:56", Z), ["Notification Service health", "anında"]],
                   [u("2018-03-11 23:36", Z), ["Post-mortem"]]],
        "keyTimes": {
            "started": kt(u("2018-03-10 13:01", IST), S, "Etki / impact for us: 13:01 – 13:56", "comment 232542"),
            "detected": kt(u("2018-03-10 13:09", IST), S, "restoranlar arıyor", "whatsapp-psy0310.txt"),
            "resolved": kt(u("2018-03-10 13:56", IST), S, "Etki / impact for us: 13:01 – 13:56", "comment 232542")},
        "responders": [["Selin Ayvacık", None], ["Mert Tunçbilek", None], ["Deniz Karaoğlan", None]],
        "narrative": nar(["bursts of traffic"], ["Redis caching"], ["PSY-0310", "FCM"],
                         "On 10 March 2018 from 13:01 to 13:56 Istanbul time couriers got their 'order ready' pushes late because Pushy's API and notification service were overloaded."),
    }})

# 6. Czech blackout, 4 July 2025 - seen from a Prague bakery chain ---------------------------------------------------
I.append({
    "id": "ceps-2025-07-blackout-prague-bakery", "name": "Czech blackout 4 July 2025 (shortly after noon CEST a fault, a fallen line in the north-west, took out eight transmission substations incl. Chodov in Prague; parts of Prague, Central Bohemia, Ustecky, Liberecky and Kralovehradecky regions without power; Prague metro stopped at midday, lines A and C back within about 15 minutes and B about 30 minutes later; trams on the right bank down; five of eight substations back within two hours; cyber attack ruled out), seen from a Prague bakery-cafe with branches in Zizkov and Sporilov",
    "issueId": "98045", "key": "PRH-0704", "summary": "Výpadek proudu na pobočkách Žižkov a Spořilov - pokladny, vitríny",
    "reporter": "Tereza Hronková", "assignee": "Ondřej Sklenář", "labels": ["vypadek", "pobocky", "chlazeni"],
    "components": ["pobocka-zizkov", "pobocka-sporilov"], "created": c("2025-07-04 12:25", PRG), "now": "2025-07-24T12:00:00Z",
    "defaultZone": PRG, "priority": "High",
    "description": """No power at Žižkov and Spořilov: tills, card terminals and the chilled display counters are off. Cash only.

Asi jistič od nové pece? (probably the new oven's breaker). Prague time.""",
    "comments": [
        ("232550", "Ondřej Sklenář", c("2025-07-04 12:40", PRG), """Not the oven: the whole street is dark and the radio talks about a blackout over half the country (ČEPS). WhatsApp thread in whatsapp-prh0704.txt (Prague time)."""),
        ("232551", "Magdaléna Pitrová", c("2025-07-04 14:20", PRG), """Both branches on power, tills running. Display counters at 4 °C, nothing thrown away. Metro A and C ran again after about 15 minutes, B about half an hour later, per DPP; our Spořilov staff came in by bus anyway."""),
        ("232552", "Ondřej Sklenář", c("2025-07-05 09:00", PRG), """ČEPS: eight substations hit, including Chodov; five were back within two hours; a fallen line in the north-west is the likely cause, no cyber attack."""),
        ("232553", "Tereza Hronková", c("2025-07-08 15:00", PRG), """Review (úterý 8. 7.), Prague time.
Výpadek u nás / outage for us: 12:00 → 13:36. The Žižkov alarm panel logged mains loss at 12:00; Žižkov, our last branch, got power back at 13:36 (Spořilov already at 13:06).
First knew: Tereza's WhatsApp at 12:01.
The oven breaker was a wrong guess; checking it cost six minutes.
Lost: about two hours of card sales at both branches; no stock thrown away.
Actions: a battery for one card terminal per branch, a thermometer log on the counters during outages, a paper cash book in each till drawer."""),
    ],
    "changelog": [
        ("Ondřej Sklenář", c("2025-07-04 12:26", PRG), [("status", "Open", "In Progress")]),
        ("Magdaléna Pitrová", c("2025-07-04 14:21", PRG), [("status", "In Progress", "Monitoring")]),
        ("Tereza Hronková", c("2025-07-08 15:05", PRG), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-prh0704.txt", "zone": PRG, "referenceDate": "2025-07-04", "text": """
04.07.25 12:01 - Tereza Hronková: Na Žižkově vypadl proud, pokladna i vitríny nejedou
04.07.25 12:03 - Ondřej Sklenář: asi zase jistič od nové pece, zkus hlavní vypínač
04.07.25 12:09 - Tereza Hronková: jistič je v pořádku, nesvítí celá ulice, tramvaje stojí
04.07.25 12:14 - Magdaléna Pitrová: Spořilov taky bez proudu. rádio: výpadek v půlce republiky, ČEPS
04.07.25 12:20 - Ondřej Sklenář: terminály nejedou, bereme jen hotovost
04.07.25 13:06 - Magdaléna Pitrová: Spořilov má proud zpátky
04.07.25 13:36 - Tereza Hronková: Žižkov proud zpět, pokladna běží
04.07.25 14:10 - Ondřej Sklenář: vitríny zkontrolované, 4 °C, nic nevyhazujeme
"""}],
    "expected": {
        "events": [[u("2025-07-04 12:00", PRG), ["mains loss", "outage for us"]], [u("2025-07-04 12:01", PRG), ["vypadl proud", "WhatsApp"]],
                   [u("2025-07-04 12:03", PRG), ["jistič"]], [u("2025-07-04 12:09", PRG), ["tramvaje"]],
                   [u("2025-07-04 12:14", PRG), ["ČEPS"]], [u("2025-07-04 12:20", PRG), ["hotovost"]],
                   [u("2025-07-04 13:06", PRG), ["Spořilov"]], [u("2025-07-04 13:36", PRG), ["Žižkov"]],
                   [u("2025-07-04 14:10", PRG), ["vitríny"]]],
        "keyTimes": {
            "started": kt(u("2025-07-04 12:00", PRG), S, "outage for us: 12:00 → 13:36", "comment 232553"),
            "detected": kt(u("2025-07-04 12:01", PRG), S, "Na Žižkově vypadl proud", "whatsapp-prh0704.txt"),
            "resolved": kt(u("2025-07-04 13:36", PRG), S, "outage for us: 12:00 → 13:36", "comment 232553")},
        "responders": [["Tereza Hronková", None], ["Ondřej Sklenář", None], ["Magdaléna Pitrová", None]],
        "narrative": nar(["fallen line"], ["power back"], ["PRH-0704", "Spořilov"],
                         "On 4 July 2025 the bakery's Prague branches lost power from 12:00 until 13:36 in the Czech transmission blackout, selling for cash only."),
    }})

# 7. Ellevio, Stockholm, 9 November 2017 - power cut in the south of the city, seen from a Liljeholmen dental clinic ----
I.append({
    "id": "ellevio-2017-11-powercut-liljeholmen-dental", "name": "Stockholm power cut 9 November 2017 (Thursday morning, about 50,000 households in southern Stockholm, worst in Sodermalm and Hagersten-Liljeholmen; Swedish radio said up to 80,000 at 9am, Ellevio said some areas were counted twice; metro red line Liljeholmen-Norsborg/Fruangen and green line Fridhemsplan-Alvik stopped, trains running again by 9.30am; Ellevio: power restored everywhere by 10am; cause not known; start minute not published in what was read), seen from a dental clinic at Liljeholmen",
    "issueId": "98046", "key": "STV-1109", "summary": "Strömavbrott på kliniken Liljeholmen - journal, röntgen, bokningar",
    "reporter": "Sanna Borglund", "assignee": "Johan Ekwall", "labels": ["strom", "klinik", "patienter"],
    "components": ["klinik-liljeholmen", "it"], "created": c("2017-11-09 08:30", STO), "now": "2017-11-30T12:00:00Z",
    "defaultZone": STO, "priority": "High",
    "description": """No power at the clinic: patient records, X-ray and the booking system are down, the alarm is beeping. Patients from 08:30 waiting outside.

Säkert jordfelsbrytaren igen efter städfirman? Stockholm time.""",
    "comments": [
        ("232560", "Johan Ekwall", c("2017-11-09 08:45", STO), """Not our breaker: Liljeholmstorget is dark and the metro is stopped. Ellevio reports a power cut on Södermalm and in Hägersten-Liljeholmen, no forecast. Chat copied to chat-stv1109.txt (Stockholm time)."""),
        ("232561", "Linnea Fahlgren", c("2017-11-09 10:20", STO), """Power back, records system up at 10:05, first patient at 10:30. Nine morning patients rebooked. SL says the metro ran again from 09:30 with delays."""),
        ("232562", "Johan Ekwall", c("2017-11-13 14:00", STO), """Genomgång (måndag 13/11), Stockholm time.
Start: unknown. The clinic was empty before Sanna arrived, the alarm panel lost its log with the power, and nothing we have read from Ellevio gives a start time, only "Thursday morning".
First knew: Sanna at 08:12, arriving to a dark clinic.
End for us: 09:47, power back at the clinic. Ellevio's "restored everywhere by 10am" is for the whole area.
The radio's 80,000 households was a double count according to Ellevio; it was about 50,000.
The residual-current breaker was a wrong guess.
Actions: UPS for the records server and the booking PC, patient SMS template for closures, Ellevio outage alerts by SMS to the clinic manager."""),
    ],
    "changelog": [
        ("Johan Ekwall", c("2017-11-09 08:31", STO), [("status", "Open", "In Progress")]),
        ("Linnea Fahlgren", c("2017-11-09 10:21", STO), [("status", "In Progress", "Monitoring")]),
        ("Johan Ekwall", c("2017-11-13 14:05", STO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "chat-stv1109.txt", "zone": STO, "referenceDate": "2017-11-09", "text": """
tors 9 nov
08:12 Sanna Borglund: ingen ström på kliniken, larmet piper, datorerna döda
08:15 Linnea Fahlgren: säkert jordfelsbrytaren igen efter städfirman, kolla elcentralen
08:24 Sanna Borglund: hela Liljeholmstorget är mörkt, tunnelbanan står
08:40 Johan Ekwall: Ellevio: strömavbrott på Södermalm och i Hägersten-Liljeholmen, ingen prognos
09:02 Linnea Fahlgren: radion säger 80 000 hushåll, vi bokar om förmiddagens patienter
09:47 Sanna Borglund: strömmen tillbaka! datorerna startar
10:05 Sanna Borglund: journalsystemet uppe, första patient 10:30
"""}],
    "expected": {
        "events": [[u("2017-11-09 08:12", STO), ["ingen ström", "First knew"]], [u("2017-11-09 08:15", STO), ["jordfelsbrytaren"]],
                   [u("2017-11-09 08:24", STO), ["Liljeholmstorget"]], [u("2017-11-09 08:40", STO), ["Ellevio"]],
                   [u("2017-11-09 09:02", STO), ["80 000"]], [u("2017-11-09 09:30", STO), ["metro"]],
                   [u("2017-11-09 09:47", STO), ["strömmen tillbaka", "power back"]], [u("2017-11-09 10:05", STO), ["journalsystemet", "records"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2017-11-09 08:12", STO), S, "ingen ström på kliniken", "chat-stv1109.txt"),
            "resolved": kt(u("2017-11-09 09:47", STO), S, "strömmen tillbaka", "chat-stv1109.txt")},
        "responders": [["Sanna Borglund", None], ["Linnea Fahlgren", None], ["Johan Ekwall", None]],
        "narrative": nar(["strömavbrott"], ["power back"], ["STV-1109", "Liljeholmstorget"],
                         "On 9 November 2017 the Liljeholmen clinic had no power until 09:47 Stockholm time in a power cut across southern Stockholm; when it began is not known."),
    }})

# 8. Amadeus Altea, 28 September 2017 - check-in system failure, seen from a Johannesburg ground handler ----------------
I.append({
    "id": "amadeus-2017-09-altea-checkin-johannesburg-handler", "name": "Amadeus Altea check-in failure 28 September 2017 (a 'network issue' at Amadeus; the departure control system used by 100+ airlines stopped around 10:30 London time (BST), i.e. about 5:30 a.m. ET, and was slow for about 15 minutes; queues at Heathrow, Gatwick, CDG, Reagan, Zurich, Melbourne, Changi, Johannesburg; Singapore Airlines notified about 5.30pm SGT; one report has the company posting that all systems had recovered at 9:20 a.m. ET), seen from a ground handler's check-in duty log at a Johannesburg airport",
    "issueId": "98047", "key": "AMJ-0928", "summary": "Altea DCS down at check-in island C - manual check-in",
    "reporter": "Nomvula Ferreira", "assignee": "Ruan Steenkamp-Moloi", "labels": ["altea", "check-in", "dcs"],
    "components": ["check-in", "station-it"], "created": c("2017-09-28 11:36", JNB), "now": "2017-10-19T12:00:00Z",
    "defaultZone": JNB, "priority": "Highest",
    "description": """Altea DCS not responding on counters C1-C14 ("host unavailable"). Manual check-in with handwritten boarding passes.

Suspect the new network switch in island C. SAST.""",
    "comments": [
        ("232570", "Ruan Steenkamp-Moloi", c("2017-09-28 11:50", JNB), """Island C switch is fine; the airlines' HQs say Altea is down worldwide, Amadeus calls it a network issue. Altea answering again, slowly. Duty log in dutylog-amj0928.txt (SAST)."""),
        ("232571", "Nomvula Ferreira", c("2017-09-28 13:30", JNB), """Queues normal at 13:10. One departure pushed back to 13:05 for late check-in; no misconnects."""),
        ("232572", "Pieter Dlamini-Hart", c("2017-10-03 10:00", JNB), """Station review (Tuesday 3 October), SAST.
Window for us: 11:30 → 11:52 SAST. Altea stopped at 11:30 (the press: about 10:30 London time, 09:30 UTC) and answered again at 11:46, slow; all counters checked in normally from 11:52. The press called it a quarter of an hour.
First knew: the duty manager at 11:31, from counter C1.
The 9:20 a.m. ET "all systems recovered" post in a US report (15:20 here) came long after our counters were working; it is not our end.
The island C switch was a wrong guess; IT spent four minutes on it.
Actions: manual check-in kit (boarding pass stock, bag tags, pax list printout at T-3h) at every island, a direct line to the airlines' DCS desks, Amadeus status alerts to the duty manager."""),
    ],
    "changelog": [
        ("Ruan Steenkamp-Moloi", c("2017-09-28 11:37", JNB), [("status", "Open", "In Progress")]),
        ("Nomvula Ferreira", c("2017-09-28 13:31", JNB), [("status", "In Progress", "Monitoring")]),
        ("Pieter Dlamini-Hart", c("2017-10-03 10:05", JNB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dutylog-amj0928.txt", "zone": JNB, "referenceDate": "2017-09-28", "text": """
CHECK-IN DUTY LOG  28/09/2017  (SAST)
11:30  Counters C1-C14: Altea DCS not responding, "host unavailable"
11:31  Duty manager informed by C1; airline station managers confirm same at their counters
11:34  IT paged: suspected new network switch island C
11:38  IT: local network OK. Airline HQs: Altea down worldwide
11:40  Manual check-in started, handwritten boarding passes
11:46  Altea responding again on C1-C14, very slow
11:52  All counters checking in normally
13:05  Last affected departure off blocks (delayed for late check-in)
13:10  Queues back to normal
"""}],
    "expected": {
        "events": [[u("2017-09-28 11:30", JNB), ["Altea", "Window"]], [u("2017-09-28 11:31", JNB), ["Duty manager"]],
                   [u("2017-09-28 11:34", JNB), ["switch"]], [u("2017-09-28 11:38", JNB), ["worldwide"]],
                   [u("2017-09-28 11:40", JNB), ["Manual check-in"]], [u("2017-09-28 11:46", JNB), ["responding again", "answered again"]],
                   [u("2017-09-28 11:52", JNB), ["normally"]], [u("2017-09-28 13:05", JNB), ["departure"]],
                   [u("2017-09-28 13:10", JNB), ["Queues"]], [u("2017-09-28 15:20", JNB), ["recovered"]]],
        "keyTimes": {
            "started": kt(u("2017-09-28 11:30", JNB), S, "Window for us: 11:30 → 11:52 SAST", "comment 232572"),
            "detected": kt(u("2017-09-28 11:31", JNB), S, "Duty manager informed by C1", "dutylog-amj0928.txt"),
            "resolved": kt(u("2017-09-28 11:52", JNB), S, "Window for us: 11:30 → 11:52 SAST", "comment 232572")},
        "responders": [["Nomvula Ferreira", None], ["Ruan Steenkamp-Moloi", None], ["Pieter Dlamini-Hart", None]],
        "narrative": nar(["network issue"], ["answered again"], ["AMJ-0928", "island C"],
                         "On 28 September 2017 from 11:30 to 11:52 Johannesburg time passengers at the handler's counters were checked in by hand because Amadeus's Altea departure control system failed worldwide."),
    }})

# 9. PLN, Depok, 1 November 2020 - blackout after a 500 kV line disturbance in a storm, seen from a print shop -------
I.append({
    "id": "pln-2020-11-depok-blackout-printshop", "name": "Blackout in Jakarta and parts of West Java 1 November 2020 (heavy rain with lightning; several 500 kV extra-high-voltage lines (SUTET) disturbed at 12.58 WIB; PLN load shedding; a Depok resident: 'only a bit more than one hour without power'; no restoration minute published for Depok in what was read), seen from a Depok print shop on a thesis-deadline Sunday",
    "issueId": "98048", "key": "DPK-1101", "summary": "Listrik padam di toko - fotokopi, printer besar, kasir mati",
    "reporter": "Putri Handayani Lubis", "assignee": "Dimas Adiwarsono", "labels": ["listrik", "toko", "pesanan"],
    "components": ["toko-depok", "produksi"], "created": c("2020-11-01 13:05", JKT), "now": "2020-11-20T12:00:00Z",
    "defaultZone": JKT, "priority": "Medium",
    "description": """Listrik padam di toko Depok: fotokopi, printer besar dan kasir mati. Pesanan skripsi jatuh tempo jam 15.00.

Paling MCB kena petir? WIB.""",
    "comments": [
        ("232580", "Dimas Adiwarsono", c("2020-11-01 13:40", JKT), """MCB aman, satu gang padam. PLN: gangguan SUTET 500 kV. Pesanan dipindah ke cabang Margonda. Chat WhatsApp di whatsapp-dpk1101.txt (WIB)."""),
        ("232581", "Yosua Siregar-Kurnia", c("2020-11-01 17:30", JKT), """Semua 14 pesanan skripsi selesai di Margonda dan diambil sebelum jam 17. Toko Depok sudah ada listrik waktu saya cek sore."""),
        ("232582", "Dimas Adiwarsono", c("2020-11-03 10:00", JKT), """Evaluasi (Selasa 3 Nov), WIB.
Mulai: 12:58, gangguan SUTET 500 kV menurut PLN; lampu toko mati di menit yang sama menurut Putri.
Diketahui: Putri di WhatsApp jam 12:59.
Selesai: tidak diketahui. Kami semua sudah di cabang Margonda; tetangga bilang "cuma satu jam lebih padam", jam persisnya tidak ada yang catat.
Dugaan MCB kena petir salah.
Tindakan: UPS untuk kasir dan satu PC desain, daftar pesanan dicetak tiap pagi, kontak cabang Margonda di grup."""),
    ],
    "changelog": [
        ("Dimas Adiwarsono", c("2020-11-01 13:06", JKT), [("status", "Open", "In Progress")]),
        ("Yosua Siregar-Kurnia", c("2020-11-01 17:31", JKT), [("status", "In Progress", "Monitoring")]),
        ("Dimas Adiwarsono", c("2020-11-03 10:05", JKT), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-dpk1101.txt", "zone": JKT, "referenceDate": "2020-11-01", "text": """
01/11/20 12:59 - Putri Handayani Lubis: listrik mati total, fotokopi & printer besar mati semua. hujan deras + petir
01/11/20 13:02 - Dimas Adiwarsono: paling MCB kena petir lagi, cek panel belakang
01/11/20 13:10 - Putri Handayani Lubis: MCB aman, satu gang mati semua
01/11/20 13:21 - Yosua Siregar-Kurnia: info PLN: gangguan SUTET 500 kV jam 12:58, Jakarta dan sebagian Jabar
01/11/20 13:35 - Dimas Adiwarsono: pesanan skripsi jam 15.00 kita pindah ke cabang Margonda, bawa flashdisk
"""}],
    "expected": {
        "events": [[u("2020-11-01 12:58", JKT), ["SUTET"]], [u("2020-11-01 12:59", JKT), ["listrik mati", "Putri"]],
                   [u("2020-11-01 13:02", JKT), ["MCB"]], [u("2020-11-01 13:10", JKT), ["satu gang"]],
                   [u("2020-11-01 13:21", JKT), ["PLN"]], [u("2020-11-01 13:35", JKT), ["Margonda"]]],
        "keyTimes": {
            "started": kt(u("2020-11-01 12:58", JKT), S, "Mulai: 12:58", "comment 232582"),
            "detected": kt(u("2020-11-01 12:59", JKT), S, "listrik mati total", "whatsapp-dpk1101.txt"),
            "resolved": kt(None, U)},
        "responders": [["Putri Handayani Lubis", None], ["Dimas Adiwarsono", None], ["Yosua Siregar-Kurnia", None]],
        "narrative": nar(["SUTET 500 kV"], ["cabang Margonda"], ["DPK-1101", "MCB"],
                         "On 1 November 2020 the Depok print shop lost power at 12:58 WIB in a storm-related transmission fault and moved its thesis orders to another branch; when power returned is not known."),
    }})

# 10. Fortum, north and south Stockholm, 18 May 2009 - evening power failure, seen from a small Kista hosting firm ------
I.append({
    "id": "fortum-2009-05-powercut-kista-hosting", "name": "Stockholm power failures 18 May 2009 (Monday, around eight pm, over 6,200 households in Akalla, Kista, Hogdalen and Hokarangen without power; Fortum: cause not yet known, coincidence that north and south failed together; most repaired around 11.30 pm), seen from a small web-hosting firm with a server room in Kista, without a UPS",
    "issueId": "98049", "key": "HQK-0518", "summary": "Kista server room without power - all customer sites down",
    "reporter": "Viktor Hallengren", "assignee": "Elias Torstensson", "labels": ["power", "kista", "hosting"],
    "components": ["serverrum-kista", "kundsajter"], "created": c("2009-05-18 20:12", STO), "now": "2009-06-05T12:00:00Z",
    "defaultZone": STO, "priority": "Highest",
    "description": """Kista server room has no power, every customer site is down (no UPS, generator contract still pending).

Guess: the building's main breaker, the electrician was in today. Stockholm time.""",
    "comments": [
        ("232590", "Elias Torstensson", c("2009-05-18 20:40", STO), """On site: street lights out along Kistagången, not our breaker. Fortum has a failure in Akalla/Kista. IRC log in irc-hqk0518.txt, Nagios SMS in nagios-sms-0518.txt (both Stockholm time)."""),
        ("232591", "Viktor Hallengren", c("2009-05-19 00:05", STO), """All customer sites answering again, mail queue flushed. Two VMs needed an fsck."""),
        ("232592", "Amira Sjöholm", c("2009-05-25 10:00", STO), """Review (Monday 25 May), Stockholm time.
Customer sites down from 20:02 until 23:48, when the last VM came back after the fsck. The last syslog line before the power loss on web1 is 20:02:37. Mains came back at 23:26, but that is not our end.
First knew: Nagios SMS at 20:04 (HOST DOWN).
Fortum (to TT): around eight pm, over 6,200 households in Akalla, Kista, Högdalen and Hökarängen; most repaired around 11.30 pm; cause not known.
The building breaker was a wrong guess.
Actions: a UPS that lasts 30 minutes and a clean shutdown script, sign the generator contract, status page off-site."""),
    ],
    "changelog": [
        ("Elias Torstensson", c("2009-05-18 20:13", STO), [("status", "Open", "In Progress")]),
        ("Viktor Hallengren", c("2009-05-19 00:06", STO), [("status", "In Progress", "Monitoring")]),
        ("Amira Sjöholm", c("2009-05-25 10:05", STO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "irc-hqk0518.txt", "zone": STO, "referenceDate": "2009-05-18", "text": """
[20:05] <viktor> nagios: everything in kista DOWN. power?
[20:08] <amira> my sister in Akalla says the whole area is dark
[20:10] <viktor> bet it's the building's main breaker, the electrician was in today
[20:21] <elias> on site: street lights out on Kistagången, not our breaker
[20:28] <viktor> customers mailed from the Gmail account, status page is in the dark room too
[23:26] <elias> mains back, switching servers on
[23:41] <elias> web1-web4 up, two VMs in fsck
[23:48] <viktor> last VM up, all customer sites answering
"""}, {"file": "nagios-sms-0518.txt", "zone": STO, "referenceDate": "2009-05-18", "text": """
SMS from +46 70 (nagios.hqk.se), as received
18/05 8:04 PM  PROBLEM: Host web1.kista is DOWN (PING CRITICAL - 100% packet loss)
18/05 8:04 PM  PROBLEM: Host gw.kista is DOWN
18/05 11:27 PM  RECOVERY: Host gw.kista is UP
18/05 11:44 PM  RECOVERY: Host web1.kista is UP
"""}],
    "expected": {
        "events": [[u("2009-05-18 20:02", STO), ["Customer sites down"]], [u("2009-05-18 20:04", STO), ["DOWN", "Nagios"]],
                   [u("2009-05-18 20:05", STO), ["nagios"]], [u("2009-05-18 20:08", STO), ["Akalla"]],
                   [u("2009-05-18 20:10", STO), ["breaker"]], [u("2009-05-18 20:21", STO), ["street lights"]],
                   [u("2009-05-18 20:28", STO), ["customers mailed"]], [u("2009-05-18 23:26", STO), ["mains"]],
                   [u("2009-05-18 23:27", STO), ["gw.kista is UP"]], [u("2009-05-18 23:41", STO), ["fsck"]],
                   [u("2009-05-18 23:44", STO), ["web1.kista is UP"]], [u("2009-05-18 23:48", STO), ["all customer sites", "last VM"]]],
        "keyTimes": {
            "started": kt(u("2009-05-18 20:02", STO), S, "Customer sites down from 20:02 until 23:48", "comment 232592"),
            "detected": kt(u("2009-05-18 20:04", STO), S, "First knew: Nagios SMS at 20:04", "comment 232592"),
            "resolved": kt(u("2009-05-18 23:48", STO), S, "Customer sites down from 20:02 until 23:48", "comment 232592")},
        "responders": [["Viktor Hallengren", None], ["Elias Torstensson", None], ["Amira Sjöholm", None]],
        "narrative": nar(["Fortum"], ["mains back"], ["HQK-0518", "web1.kista"],
                         "On 18 May 2009 every customer site hosted in the firm's Kista server room was down from 20:02 to 23:48 Stockholm time during a Fortum power failure in north Stockholm."),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

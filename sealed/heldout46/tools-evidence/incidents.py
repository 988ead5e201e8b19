"""Held-out 46 incidents: compact specs. Five software / SaaS incidents seen from customers (Klarna's payment-method disturbances
of 2 October 2021 seen from a Bratislava e-shop, Slovak Slack with UTC alerts; Arc XP's AP-Northeast-1 outage of 27
January 2025 seen from a Vilnius agency, Lithuanian Slack across midnight, vendor timeline in ET; Buildkite's database failover of 30 June 2022 seen from a Kuala
Lumpur fintech's night deploy, Malay Slack across midnight; CircleCI's contexts failure of 1 March 2022 seen from a Tel
Aviv start-up, Hebrew Slack; CircleCI's job-start delays of 19 July 2022 seen from a Toronto team, 12-hour Slack) and
five outside software (the Kyivstar cyberattack of 12 December 2023 seen from a Kharkiv pharmacy chain, Ukrainian
Viber; the Balkan blackout of 21 June 2024 seen from a Split hotel, Croatian WhatsApp; the Estonian rail communications
failure of 27 October 2022 seen from a rail-replacement bus firm, Estonian chat; the New Zealand leap-day pay-at-pump
failure of 29 February 2024 seen from a Hamilton fuel station; the Verifone card-terminal outage of 16 January 2018
seen from a Cardiff shop, Welsh WhatsApp). Timeline facts from public statements (SOURCES-heldout46.md); people,
companies, ticket keys, chat wording, wrong first guesses and the minutes marked invented there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    return c(local, zone) + "Z"


def ev(*pairs):
    return sorted([[u(t, z), kws] for t, z, kws in pairs])


def flow(a, t1, t2, b, t3, zone):
    return [(a, c(t1, zone), [("status", "Open", "In Progress")]),
            (a, c(t2, zone), [("status", "In Progress", "Monitoring")]),
            (b, c(t3, zone), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])]


BRA, VNO, KUL, TLV, TOR = "Europe/Bratislava", "Europe/Vilnius", "Asia/Kuala_Lumpur", "Asia/Jerusalem", "America/Toronto"
KYI, ZAG, TLL, AKL, SYD, LON, Z = "Europe/Kyiv", "Europe/Zagreb", "Europe/Tallinn", "Pacific/Auckland", "Australia/Sydney", "Europe/London", "UTC"

I = []

# 1. Klarna, 2 October 2021 - payment methods disturbed in Europe, seen from a Bratislava e-shop selling to Austria --------
STO, NYC = "Europe/Stockholm", "America/New_York"
I.append({
    "id": "klarna-2021-10-checkout-bratislava-eshop", "name": "Klarna payment-method disturbances in Europe 2 October 2021 (CEST: 08:30-14:10; log-forwarder response times after an unrelated configuration change, combined with a spring 2021 change in how applications deliver technical logs; detailed incident report published 14 October), seen from a Bratislava e-shop whose Austrian and German customers pay with Klarna",
    "issueId": "98060", "key": "BRT-1002", "summary": "Klarna checkout failing for AT/DE orders",
    "reporter": "Zuzana Kováčiková", "assignee": "Marek Hudák", "labels": ["klarna", "checkout", "payments"],
    "components": ["eshop", "payments"], "created": c("2021-10-02 09:05", BRA), "now": "2021-10-31T12:00:00Z",
    "defaultZone": BRA, "priority": "Highest",
    "description": """Rakúski a nemeckí zákazníci nevedia zaplatiť cez Klarnu, widget sa točí a potom "Zahlung fehlgeschlagen".

Asi náš piatkový update pluginu (v2.7, piatok 22:40)? Od rána, presne neviem. Čas bratislavský.""",
    "comments": [
        ("232700", "Marek Hudák", c("2021-10-02 10:20", BRA), """Plugin to nie je: rollback na v2.6 o 09:40, Klarna stále padá. Sentry v UTC ukazuje prvé timeouty na Klarna API o 6:31. Vlákno zo Slacku v slack-brt1002.txt (bratislavský čas, Datadog riadky v UTC)."""),
        ("232701", "Marek Hudák", c("2021-10-02 14:30", BRA), """Klarna zase ide, posledný timeout 14:11, prvá úspešná objednávka 14:12. Vraciam v2.7."""),
        ("232702", "Marek Hudák", c("2021-10-15 09:30", BRA), """Klarna zverejnila detailnú správu (14.10.), výťah v klarna-report-1002.txt (CEST = náš čas)."""),
        ("232703", "Lucia Benková", c("2021-10-18 14:00", BRA), """Revízia (pondelok 18.10.), bratislavský čas.
Výpadok pre nás: 08:31–14:12, platba Klarnou pre AT/DE nefungovala (Klarna: 08:30–14:10 CEST).
Zistené: Datadog alert 06:44 UTC, t.j. 08:44 u nás; Zuzana to videla až z reklamácií o 08:58.
'Piatkový plugin v2.7' bol omyl, rollback nás stál hodinu a nič nevyriešil.
Koniec dopadu je 14:12, nie prechod tiketu ani zatvorenie v pondelok.
Príčina (Klarna): log-forwarder spomalil po nesúvisiacej zmene konfigurácie a aplikácie posielajúce logy synchrónne (zmena z jari 2021) sa zasekli.
Akcie: pri výpadku Klarny automaticky skryť Klarnu a ponúknuť kartu, alert zo status.klarna.com do #eshop-ops."""),
    ],
    "changelog": flow("Marek Hudák", "2021-10-02 09:06", "2021-10-02 14:31", "Lucia Benková", "2021-10-18 14:05", BRA),
    "pastes": [{"file": "slack-brt1002.txt", "zone": BRA, "referenceDate": "2021-10-02", "text": """
#eshop-ops  sobota 2.10.
[08:45] Datadog: [06:44 UTC] klarna_session_create error rate > 20% (eshop-prod)
[08:58] Zuzana Kováčiková: tri reklamácie z Viedne, Klarna nejde
[09:03] Marek Hudák: asi náš plugin v2.7 z piatku, pozriem
[09:40] Marek Hudák: rollback na v2.6 hotový, Klarna stále timeout
[09:52] Zuzana Kováčiková: status.klarna.com: disturbances in Europe
[10:05] Zuzana Kováčiková: dávam banner pre AT/DE: zaplaťte kartou
[14:12] Marek Hudák: prvá Klarna objednávka prešla
[14:25] Zuzana Kováčiková: banner dole, 41 opustených košíkov
"""}, {"file": "klarna-report-1002.txt", "zone": STO, "referenceDate": "2021-10-02", "text": """
Detailed incident report: Disturbances to Klarna's payment methods in Europe on October 2, 2021 (published 14 October 2021)
2021-10-02: 08:30 - 14:10 CEST
Summary: on October 2, 2021 we saw disturbances in our systems primarily in Europe, resulting in difficulties for a subset of consumers and merchants to complete purchases through Klarna.
Root cause: in the Spring of 2021 a change inadvertently altered how technical logs are delivered to the log-forwarder. Four months later the log-forwarder experienced increased response times due to an unrelated configuration change, and many applications on the runtime platform suffered severe service degradation.
"""}],
    "expected": {
        "events": ev(("2021-10-02 08:30", STO, ["08:30 - 14:10"]), ("2021-10-02 06:31", Z, ["timeouty"]),
                     ("2021-10-02 06:44", Z, ["Datadog"]), ("2021-10-02 08:58", BRA, ["reklamácie"]),
                     ("2021-10-02 09:03", BRA, ["plugin"]), ("2021-10-02 09:40", BRA, ["rollback"]),
                     ("2021-10-02 09:52", BRA, ["status.klarna.com"]), ("2021-10-02 10:05", BRA, ["banner"]),
                     ("2021-10-02 14:10", STO, ["08:30 - 14:10"]), ("2021-10-02 14:12", BRA, ["prešla", "úspešná"]),
                     ("2021-10-02 14:25", BRA, ["banner dole"])),
        "keyTimes": {
            "started": kt(u("2021-10-02 08:31", BRA), S, "Výpadok pre nás: 08:31–14:12", "comment 232703"),
            "detected": kt(u("2021-10-02 08:44", BRA), S, "Datadog: [06:44 UTC] klarna_session_create error rate", "slack-brt1002.txt"),
            "resolved": kt(u("2021-10-02 14:12", BRA), S, "Výpadok pre nás: 08:31–14:12", "comment 232703")},
        "responders": [["Zuzana Kováčiková", None], ["Marek Hudák", None], ["Lucia Benková", None]],
        "narrative": nar(["log-forwarder", "configuration change"], ["rollback"], ["BRT-1002", "v2.7"],
                         "On Saturday 2 October 2021 from 08:31 to 14:12 Bratislava time Austrian and German customers could not pay with Klarna in the shop."),
    }})

# 2. Arc XP, 27 January 2025 - content 404s in AP-Northeast-1, seen from a Vilnius team running a Japan-facing site ------
I.append({
    "id": "arcxp-2025-01-content404-vilnius-site", "name": "Arc XP brief outage in AP-Northeast-1 27 January 2025 (ET: 16:03 a Sandbox release changed a Production configuration; clients reported 16:24; engineers alerted and configuration restored 16:34; impact 16:03-16:37, system fully restored 16:38; status posts 16:54 monitoring, 17:07 resolved; postmortem 13 Feb 14:55 EST), seen from a Vilnius agency that runs a client's Japanese-language news site on Arc XP",
    "issueId": "98061", "key": "VNB-0127", "summary": "Japanese site: blank blocks / 404 on article pages",
    "reporter": "Ieva Petrauskienė", "assignee": "Tomas Žukauskas", "labels": ["arcxp", "cms", "jp-site"],
    "components": ["web", "cms"], "created": c("2025-01-27 23:20", VNO), "now": "2025-02-28T12:00:00Z",
    "defaultZone": VNO, "priority": "High",
    "description": """Japoniškame saite straipsnių puslapiuose tušti blokai, Content API grąžina 404.

Gal mūsų vakarinis deploy (22:50)? Nuo ~23:00. Vilniaus laikas.""",
    "comments": [
        ("232710", "Tomas Žukauskas", c("2025-01-27 23:45", VNO), """Ne mūsų deploy: atstatėm ankstesnę versiją 23:24, 404 liko. Arc XP support patvirtino problemą AP-Northeast-1. Nuo 23:38 turinys vėl kraunasi. Slack gija slack-vnb0127.txt (Vilniaus laikas)."""),
        ("232711", "Tomas Žukauskas", c("2025-01-28 09:15", VNO), """Arc XP statuso įrašai (ET, vakar vakare) nukopijuoti į arcxp-status-0127.txt. Klientas Tokijuje pranešė 7:11 jų laiku, mes pamatėm tik 23:11."""),
        ("232712", "Tomas Žukauskas", c("2025-02-14 10:00", VNO), """Arc XP paskelbė postmortem (Feb 13, 14:55 EST), pridėjau prie arcxp-status-0127.txt."""),
        ("232713", "Rūta Kazlauskienė", c("2025-02-17 11:00", VNO), """Apžvalga (pirmadienis 02-17), Vilniaus laikas.
Poveikis mums: 23:03–23:37, tušti blokai ir 404 straipsniuose (Arc XP: 16:03–16:37 ET).
Pirmas signalas: Uptime monitorius 23:07 (Tokijo klientas rašė tik 23:11).
Deploy versija buvo klaidinga, rollback 23:24 nieko nedavė.
Arc 'Resolved' 00:07 (17:07 EST) yra tik statuso įrašas, ne poveikio pabaiga.
Priežastis (Arc XP): Sandbox release pakeitė Production konfigūraciją, srautas nukreiptas į netinkamą aplinką.
Veiksmai: Arc XP statuso prenumerata į #web-ops, monitorius su turinio patikra, ne tik HTTP 200."""),
    ],
    "changelog": flow("Tomas Žukauskas", "2025-01-27 23:21", "2025-01-27 23:46", "Rūta Kazlauskienė", "2025-02-17 11:05", VNO),
    "pastes": [{"file": "slack-vnb0127.txt", "zone": VNO, "referenceDate": "2025-01-27", "text": """
#web-ops  pirmadienis 2025-01-27
[23:07] UptimeRobot: jp-site /news/* keyword check FAILED (404)
[23:09] Tomas Žukauskas: turbūt mūsų deploy 22:50, žiūriu
[23:11] Ieva Petrauskienė: klientas iš Tokijo rašo: straipsniuose tušti blokai
[23:24] Tomas Žukauskas: rollback padarytas, vis tiek 404 iš Content API
[23:30] Ieva Petrauskienė: Arc XP support ticket atidarytas
[23:38] Ieva Petrauskienė: turinys vėl kraunasi
--- antradienis 01-28 ---
[00:10] Tomas Žukauskas: Arc status: Resolved. grąžinam vakarinį deploy rytoj
"""}, {"file": "arcxp-status-0127.txt", "zone": NYC, "referenceDate": "2025-01-27", "text": """
Brief outage in AP-Northeast-1 - Incident Report for Arc XP
Postmortem - Customer Impact: On Monday, January 27th, from 16:03 ET to 16:37 ET, some clients experienced increased 404 responses that resulted in blank spaces or content that could not be loaded.
Root Cause: at 16:03 ET a scheduled release to Sandbox impacted a Production configuration; traffic was routed to the incorrect environment.
Timeline (ET, 24 hour clock)
16:03 Sandbox deployment is started
16:24 Issue is reported by clients
16:34 Engineering team is alerted; the correct configuration is restored
16:38 System fully restored
Posted Feb 13, 2025 - 14:55 EST
Resolved - An error in a recent deploy of Content API caused a temporary disruption. It is fully recovered. Posted Jan 27, 2025 - 17:07 EST
Monitoring - We saw that there was a brief outage in AP-Northeast-1 and the outage recovered. Posted Jan 27, 2025 - 16:54 EST
"""}],
    "expected": {
        "events": ev(("2025-01-27 22:50", VNO, ["deploy"]), ("2025-01-27 16:03", NYC, ["Sandbox"]),
                     ("2025-01-27 23:07", VNO, ["UptimeRobot", "monitorius"]), ("2025-01-27 23:09", VNO, ["deploy"]),
                     ("2025-01-27 23:11", VNO, ["Tokijo"]), ("2025-01-27 16:24", NYC, ["reported by clients"]),
                     ("2025-01-27 23:24", VNO, ["rollback"]), ("2025-01-27 23:30", VNO, ["support ticket"]),
                     ("2025-01-27 16:34", NYC, ["alerted"]), ("2025-01-27 16:37", NYC, ["16:03 ET to 16:37"]),
                     ("2025-01-27 16:38", NYC, ["fully restored", "vėl kraunasi"]), ("2025-01-27 16:54", NYC, ["Monitoring"]),
                     ("2025-01-27 17:07", NYC, ["Resolved"]), ("2025-01-28 00:10", VNO, ["Arc status"]),
                     ("2025-02-13 14:55", NYC, ["Posted"])),
        "keyTimes": {
            "started": kt(u("2025-01-27 23:03", VNO), S, "Poveikis mums: 23:03–23:37", "comment 232713"),
            "detected": kt(u("2025-01-27 23:07", VNO), S, "UptimeRobot: jp-site /news/* keyword check FAILED (404)", "slack-vnb0127.txt"),
            "resolved": kt(u("2025-01-27 23:37", VNO), S, "Poveikis mums: 23:03–23:37", "comment 232713")},
        "responders": [["Ieva Petrauskienė", None], ["Tomas Žukauskas", None], ["Rūta Kazlauskienė", None]],
        "narrative": nar(["Sandbox", "Production configuration"], ["configuration is restored"], ["VNB-0127", "jp-site"],
                         "On 27 January 2025 from 23:03 to 23:37 Vilnius time the client's Japanese-language site showed blank blocks and 404s on article pages."),
    }})

# 3. Buildkite, 30 June 2022 - database failover, seen from a Kuala Lumpur fintech's night deploy -----------------------
I.append({
    "id": "buildkite-2022-06-failover-kl-nightdeploy", "name": "Buildkite service impact 30 June 2022 (UTC: RDS Postgres primary failed over and PgBouncer did not reconnect; Web, API, Agent API and Job Queue unavailable or degraded 15:21-15:56; status posts 15:32 investigating, 15:49 update, 15:57 monitoring after manual intervention, 16:12 resolved; postmortem 18 Jul 10:28), seen from a Kuala Lumpur fintech whose nightly deploy runs on Buildkite agents",
    "issueId": "98062", "key": "KLQ-0630", "summary": "Night deploy pipeline stuck - Buildkite agents not picking up jobs",
    "reporter": "Nurul Hidayah", "assignee": "Aiman Rosli", "labels": ["buildkite", "deploy", "night"],
    "components": ["ci", "deploy"], "created": c("2022-06-30 23:40", KUL), "now": "2022-07-31T12:00:00Z",
    "defaultZone": KUL, "priority": "High",
    "description": """Pipeline deploy malam tersekat: agent tak ambil job, dashboard Buildkite timeout.

Mungkin GitHub down? Sejak ~23:30. Waktu Malaysia.""",
    "comments": [
        ("232720", "Aiman Rosli", c("2022-06-30 23:50", KUL), """Bukan GitHub: githubstatus hijau. buildkitestatus.com ada incident 'investigating'. Thread Slack dalam slack-klq0630.txt (waktu KL)."""),
        ("232721", "Aiman Rosli", c("2022-07-01 00:20", KUL), """Agent ambil job semula, deploy malam siap."""),
        ("232722", "Aiman Rosli", c("2022-07-19 09:00", KUL), """Buildkite terbit postmortem pada 18 Julai, disalin ke buildkite-status-0630.txt (UTC)."""),
        ("232723", "Farah Azmi", c("2022-07-20 15:00", KUL), """Semakan (Rabu 20 Julai), waktu KL.
Impak kepada kita: 23:21 hingga 23:56, Agent API dan Job Queue Buildkite tak tersedia (15:21–15:56 UTC mereka).
Dikesan: amaran PagerDuty 'deploy pipeline stuck' pada 23:27.
Teka awal 'GitHub down' salah. 'Resolved' Buildkite pada 00:12 hanya status post, bukan akhir impak.
Punca (Buildkite): RDS Postgres primary failed over, PgBouncer tidak reconnect dan perlu manual intervention.
Tindakan: deploy malam auto-retry selepas 15 minit, langgan status Buildkite ke #deploy-malam."""),
    ],
    "changelog": flow("Aiman Rosli", "2022-06-30 23:41", "2022-07-01 00:21", "Farah Azmi", "2022-07-20 15:05", KUL),
    "pastes": [{"file": "slack-klq0630.txt", "zone": KUL, "referenceDate": "2022-06-30", "text": """
#deploy-malam  Khamis 30/06
[23:27] PagerDuty: deploy pipeline stuck - no agent picked job in 5 min
[23:31] Aiman Rosli: dashboard Buildkite timeout. GitHub down ke?
[23:38] Aiman Rosli: githubstatus ok. buildkitestatus: investigating
[23:45] Nurul Hidayah: tangguh deploy, tunggu Buildkite
[23:56] Aiman Rosli: agent dah ambil job semula
--- Jumaat 01/07 ---
[00:14] Aiman Rosli: deploy malam siap
"""}, {"file": "buildkite-status-0630.txt", "zone": Z, "referenceDate": "2022-06-30", "text": """
Service Impacted - Incident Report for Buildkite (times UTC)
Postmortem: on 2022-06-30 between 15:21 UTC and 15:56 UTC the Web, API, REST API, Agent API, Job Queue, SCM Integrations and Notifications were unavailable or in a degraded state.
Our primary RDS Postgres instance failed over; our connection pooler (PgBouncer) did not reconnect properly and required manual intervention.
Posted Jul 18, 2022 - 10:28 UTC
Resolved - Our performance is back to normal and this incident has been resolved. Posted Jun 30, 2022 - 16:12 UTC
Monitoring - We identified the issue and manually intervene. API latency is returning to normal. Posted Jun 30, 2022 - 15:57 UTC
Update - We are continuing to investigate this issue. Posted Jun 30, 2022 - 15:49 UTC
Investigating - We are currently investigating this issue. Posted Jun 30, 2022 - 15:32 UTC
"""}],
    "expected": {
        "events": ev(("2022-06-30 15:21", Z, ["between"]), ("2022-06-30 23:27", KUL, ["PagerDuty"]),
                     ("2022-06-30 23:31", KUL, ["GitHub"]), ("2022-06-30 15:32", Z, ["Investigating"]),
                     ("2022-06-30 23:38", KUL, ["githubstatus"]), ("2022-06-30 23:45", KUL, ["tangguh"]),
                     ("2022-06-30 15:49", Z, ["continuing"]), ("2022-06-30 15:56", Z, ["ambil job", "between"]),
                     ("2022-06-30 15:57", Z, ["manually"]), ("2022-07-01 00:14", KUL, ["siap"]),
                     ("2022-06-30 16:12", Z, ["Resolved"]), ("2022-07-18 10:28", Z, ["Posted"])),
        "keyTimes": {
            "started": kt(u("2022-06-30 23:21", KUL), S, "Impak kepada kita: 23:21 hingga 23:56", "comment 232723"),
            "detected": kt(u("2022-06-30 23:27", KUL), S, "PagerDuty: deploy pipeline stuck", "slack-klq0630.txt"),
            "resolved": kt(u("2022-06-30 23:56", KUL), S, "Impak kepada kita: 23:21 hingga 23:56", "comment 232723")},
        "responders": [["Nurul Hidayah", None], ["Aiman Rosli", None], ["Farah Azmi", None]],
        "narrative": nar(["failed over", "PgBouncer"], ["manual intervention"], ["KLQ-0630", "#deploy-malam"],
                         "On 30 June 2022 from 23:21 to 23:56 Kuala Lumpur time the night deploy could not run because Buildkite's agent API and job queue were down."),
    }})

# 4. CircleCI, 1 March 2022 - jobs using contexts failing, seen from a Tel Aviv start-up ---------------------------------
I.append({
    "id": "circleci-2022-03-contexts-telaviv", "name": "CircleCI workflows not running 1 March 2022 (UTC: GitHub began a 12-hour brownout of a permissions endpoint at 14:00; jobs that accessed contexts failed from approximately 14:50 until approximately 16:40; a suspect change reverted at 15:30 and the incident moved to Monitoring, then queues grew again; fixed by updating the endpoint path), seen from a Tel Aviv start-up whose deploy jobs use CircleCI contexts",
    "issueId": "98063", "key": "TLV-0301", "summary": "CircleCI jobs with contexts fail after a few minutes - deploys blocked",
    "reporter": "Dani Cohen", "assignee": "Michal Levi", "labels": ["circleci", "ci", "deploy"],
    "components": ["ci", "api"], "created": c("2022-03-01 17:10", TLV), "now": "2022-03-31T12:00:00Z",
    "defaultZone": TLV, "priority": "High",
    "description": """כל ה-jobs ב-CircleCI שמשתמשים ב-contexts נכשלים אחרי כמה דקות.

אולי הסוד שסובבנו אתמול ב-context prod? מאז ~17:00. שעון ישראל.""",
    "comments": [
        ("232730", "Michal Levi", c("2022-03-01 17:40", TLV), """זה לא הסוד: גם context ישן נכשל, ו-CircleCI פתחו incident. שרשור Slack ב-slack-tlv0301.txt (שעון ישראל)."""),
        ("232731", "Dani Cohen", c("2022-03-01 19:05", TLV), """jobs עם contexts עוברים שוב, הרצנו מחדש 14 pipelines."""),
        ("232732", "Michal Levi", c("2022-03-03 10:00", TLV), """CircleCI פרסמו postmortem, הועתק ל-circleci-postmortem-0301.txt (UTC)."""),
        ("232733", "Yael Mizrahi", c("2022-03-06 12:00", TLV), """סיכום (יום ראשון 6.3), שעון ישראל.
השפעה עלינו: מ-~16:50 עד ~18:40 (אצל CircleCI: approximately 14:50 until approximately 16:40 UTC).
זוהה: Dani כתב ב-Slack ב-16:58 שה-deploy נכשל.
החשד בסוד שסובבנו היה שגוי. ה-revert של CircleCI ב-17:30 (15:30 UTC) לא תיקן, התורים גדלו שוב.
שורש (CircleCI): GitHub העבירו endpoint של הרשאות (brownout מ-14:00 UTC) ו-CircleCI לא טיפלו בתשובת 404.
פעולות: deploy חירום ידני בלי CircleCI, מנוי ל-status של CircleCI ב-#ci."""),
    ],
    "changelog": flow("Michal Levi", "2022-03-01 17:11", "2022-03-01 19:06", "Yael Mizrahi", "2022-03-06 12:05", TLV),
    "pastes": [{"file": "slack-tlv0301.txt", "zone": TLV, "referenceDate": "2022-03-01", "text": """
#ci  יום שלישי 1.3
[16:58] Dani Cohen: ה-deploy של api נכשל ב-CircleCI, ה-job עבר ל-Failed אחרי 3 דקות
[17:04] Michal Levi: אולי הסוד ב-context prod שסובבנו אתמול?
[17:21] Dani Cohen: גם context ישן נכשל. CircleCI status: investigating
[17:35] Michal Levi: CircleCI ב-Monitoring, rerun עובר
[17:48] Dani Cohen: שוב נכשל, התור גדל
[18:42] Dani Cohen: jobs עם contexts עוברים
[18:55] Michal Levi: הרצנו מחדש 14 pipelines
"""}, {"file": "circleci-postmortem-0301.txt", "zone": Z, "referenceDate": "2022-03-01", "text": """
Workflows not running and jobs failing - Incident Report for CircleCI (postmortem, times UTC)
On March 1, 2022, starting from approximately 14:50 UTC until approximately 16:40 UTC jobs that accessed contexts were unable to run.
On March 1, 2022, at 14:00 UTC GitHub implemented a 12-hour brownout of this endpoint; requests answered 404.
At 15:30 UTC we reverted that change and saw the queue clear out, and moved the incident to Monitoring; the queues started growing again.
Cause: an endpoint we used to determine permissions had moved; we updated the path for this request.
"""}],
    "expected": {
        "events": ev(("2022-03-01 14:00", Z, ["brownout"]), ("2022-03-01 14:50", Z, ["approximately"]),
                     ("2022-03-01 16:58", TLV, ["deploy"]), ("2022-03-01 17:04", TLV, ["context"]),
                     ("2022-03-01 17:21", TLV, ["investigating"]), ("2022-03-01 15:30", Z, ["reverted", "revert"]),
                     ("2022-03-01 17:35", TLV, ["Monitoring"]), ("2022-03-01 17:48", TLV, ["התור"]),
                     ("2022-03-01 16:40", Z, ["approximately"]), ("2022-03-01 18:42", TLV, ["עוברים"]),
                     ("2022-03-01 18:55", TLV, ["pipelines"])),
        "keyTimes": {
            "started": kt(u("2022-03-01 16:50", TLV), S, "השפעה עלינו: מ-~16:50 עד ~18:40", "comment 232733"),
            "detected": kt(u("2022-03-01 16:58", TLV), S, "ה-deploy של api נכשל ב-CircleCI", "slack-tlv0301.txt"),
            "resolved": kt(u("2022-03-01 18:40", TLV), S, "השפעה עלינו: מ-~16:50 עד ~18:40", "comment 232733")},
        "responders": [["Dani Cohen", None], ["Michal Levi", None], ["Yael Mizrahi", None]],
        "narrative": nar(["brownout", "404"], ["updated the path"], ["TLV-0301", "context prod"],
                         "On 1 March 2022 from about 16:50 to 18:40 Israel time the start-up's deploy jobs failed because CircleCI could not check context permissions."),
    }})

# 5. CircleCI, 19 July 2022 - job start delays, seen from a Toronto team ---------------------------------------------------
I.append({
    "id": "circleci-2022-07-jobstart-toronto", "name": "CircleCI delay in job start time 19 July 2022 (UTC: elevated read activity on a database cluster from about 18:55, impact on job start by 19:30, public incident 20:02, connection pools saturated 20:12, hung-connection services restarted 21:15, processing normal by 21:25, published window 20:02-21:47), seen from a Toronto team whose release merge train waits on CircleCI",
    "issueId": "98064", "key": "TOR-0719", "summary": "CircleCI jobs queued 8-10 minutes before starting - merge train blocked",
    "reporter": "Mei Tanaka", "assignee": "Jordan Okafor", "labels": ["circleci", "ci", "release"],
    "components": ["ci", "release"], "created": c("2022-07-19 16:10", TOR), "now": "2022-08-10T12:00:00Z",
    "defaultZone": TOR, "priority": "Medium",
    "description": """Builds sit in "queued" for 8-10 min before starting; merge train for the 5pm release blocked.

Our self-hosted runner autoscaler? Started around 4pm. Toronto time.""",
    "comments": [
        ("232740", "Jordan Okafor", c("2022-07-19 16:40", TOR), """Not the autoscaler - cloud docker jobs are queued too, and CircleCI has an incident up. Slack thread in slack-tor0719.txt (Toronto time, 12-hour as Slack shows it)."""),
        ("232741", "Jordan Okafor", c("2022-07-19 18:05", TOR), """Queue times normal again. Release cut 50 minutes late. Two jobs stuck in "running" had to be cancelled by hand."""),
        ("232742", "Jordan Okafor", c("2022-07-21 09:30", TOR), """CircleCI postmortem pasted to circleci-postmortem-0719.txt (UTC)."""),
        ("232743", "Alexis Bouchard", c("2022-07-22 14:00", TOR), """Retro (Fri Jul 22), Eastern time.
For us: 3:30 PM to 5:25 PM EDT, job start waits above 5 minutes on our build-time dashboard. CircleCI's published window (20:02-21:47 UTC) starts at their declaration, but their postmortem says impact began by 19:30 UTC, and our dashboard agrees.
Detected: Mei's message at 3:52 PM that her job had been queued for 9 minutes.
The 4pm in the description and the autoscaler theory were both wrong.
CircleCI's 21:47 UTC (5:47 PM) is when they closed their window; our queue times were back to normal at 5:25 PM.
Cause (CircleCI): unusually many requests from one API endpoint drove read load on a database cluster until its connection pools saturated.
Actions: alert on queue wait above 5 minutes, CircleCI status into #eng-builds, release cut no later than 4pm on Tuesdays."""),
    ],
    "changelog": flow("Jordan Okafor", "2022-07-19 16:11", "2022-07-19 18:06", "Alexis Bouchard", "2022-07-22 14:05", TOR),
    "pastes": [{"file": "slack-tor0719.txt", "zone": TOR, "referenceDate": "2022-07-19", "text": """
#eng-builds  Tue Jul 19
[3:52 PM] Mei Tanaka: my job's been queued for 9 minutes??
[3:58 PM] Jordan Okafor: autoscaler for the self-hosted runners maybe, checking
[4:06 PM] Jordan Okafor: cloud docker jobs queued too. CircleCI status: investigating delays in job start time
[4:30 PM] Alexis Bouchard: pausing the merge train, release moves to after 5
[5:25 PM] Jordan Okafor: queue times back to normal
[5:50 PM] Alexis Bouchard: release cut
"""}, {"file": "circleci-postmortem-0719.txt", "zone": Z, "referenceDate": "2022-07-19", "text": """
Delay in Job Start Time - Incident Report for CircleCI (postmortem; all times UTC)
On July 19, 2022, from 20:02 to 21:47 UTC, customers experienced delays of up to 10 minutes in job start time.
At approximately 18:55, one of our database clusters began to show elevated read activity.
By 19:30, this began to impact customer job start time through increased request latency.
On-call engineers were alerted, and a public incident was declared at 20:02.
At 20:12, the database connection pools became saturated and new connections began to fail.
At 21:15 we restarted services with hung database connections.
Processing returned to normal by 21:25.
"""}],
    "expected": {
        "events": ev(("2022-07-19 18:55", Z, ["elevated read"]), ("2022-07-19 19:30", Z, ["impact"]),
                     ("2022-07-19 15:52", TOR, ["queued"]), ("2022-07-19 15:58", TOR, ["autoscaler"]),
                     ("2022-07-19 20:02", Z, ["declared"]), ("2022-07-19 16:06", TOR, ["cloud docker"]),
                     ("2022-07-19 20:12", Z, ["saturated"]), ("2022-07-19 16:30", TOR, ["merge train"]),
                     ("2022-07-19 21:15", Z, ["restarted"]), ("2022-07-19 21:25", Z, ["returned to normal", "back to normal"]),
                     ("2022-07-19 21:47", Z, ["closed", "delays"]), ("2022-07-19 17:50", TOR, ["release cut"])),
        "keyTimes": {
            "started": kt(u("2022-07-19 15:30", TOR), S, "For us: 3:30 PM to 5:25 PM EDT", "comment 232743"),
            "detected": kt(u("2022-07-19 15:52", TOR), S, "my job's been queued for 9 minutes", "slack-tor0719.txt"),
            "resolved": kt(u("2022-07-19 17:25", TOR), S, "For us: 3:30 PM to 5:25 PM EDT", "comment 232743")},
        "responders": [["Mei Tanaka", None], ["Jordan Okafor", None], ["Alexis Bouchard", None]],
        "narrative": nar(["elevated read activity", "connection pools"], ["restarted services"], ["TOR-0719", "merge train"],
                         "On 19 July 2022 from 3:30 to 5:25 PM Toronto time the team's CircleCI jobs waited up to 10 minutes to start and the release was cut 50 minutes late."),
    }})

# 6. Kyivstar, 12-13 December 2023 - cyberattack, seen from a Kharkiv pharmacy chain --------------------------------------
I.append({
    "id": "kyivstar-2023-12-cyberattack-kharkiv-pharmacies", "name": "Kyivstar cyberattack 12 December 2023 (first unusual network behaviour registered 05:26 local; mobile, landline and internet services shut down nationwide that morning; Crisis24 update 13 Dec 10:28 UTC; voice restoration began 13 Dec 18:00 Kyiv time), seen from a Kharkiv pharmacy chain whose card terminals used Kyivstar SIM cards",
    "issueId": "98065", "key": "KHP-1212", "summary": "Card payments down in pharmacies - POS terminals without Kyivstar connection",
    "reporter": "Олена Коваль", "assignee": "Богдан Мельничук", "labels": ["kyivstar", "pos", "payments"],
    "components": ["pos", "stores"], "created": c("2023-12-12 06:40", KYI), "now": "2024-01-10T12:00:00Z",
    "defaultZone": KYI, "priority": "Highest",
    "description": """Не проходять оплати карткою в аптеках мережі: POS-термінали на SIM Київстар без зв'язку.

Може, збій у процесингу банку? З ранку. Київський час.""",
    "comments": [
        ("232750", "Богдан Мельничук", c("2023-12-12 09:10", KYI), """Не процесинг: Київстар підтвердив хакерську атаку, мережа лежить по всій країні. Купуємо SIM Vodafone для терміналів. Чат у viber-khp1212.txt (київський час)."""),
        ("232751", "Богдан Мельничук", c("2023-12-12 17:00", KYI), """Усі аптеки на SIM Vodafone, оплата карткою працює скрізь."""),
        ("232752", "Ірина Савчук", c("2023-12-14 10:00", KYI), """Нотатки з публічних джерел про Київстар і Crisis24 у kyivstar-notes.txt (київський час, UTC там, де так написано)."""),
        ("232753", "Ірина Савчук", c("2023-12-18 11:00", KYI), """Розбір (понеділок 18.12), київський час.
Початок впливу: точна хвилина невідома, нічна зміна не записала, коли термінали втратили зв'язок; Київстар зафіксував атаку рано-вранці, але це їхній час, не наш вплив.
Виявлено: повідомлення Олени у Viber о 06:12.
Кінець впливу для клієнтів: 16:40 12.12, коли остання аптека перейшла на SIM Vodafone; відновлення голосу Київстаром 13.12 - вже не наш вплив.
Версія про процесинг банку була хибною.
Причина: кібератака на Київстар, мережу фізично вимкнули, щоб закрити доступ нападникам.
Дії: у кожному терміналі дві SIM різних операторів, запас готівки для решти."""),
    ],
    "changelog": flow("Богдан Мельничук", "2023-12-12 06:41", "2023-12-12 17:01", "Ірина Савчук", "2023-12-18 11:05", KYI),
    "pastes": [{"file": "viber-khp1212.txt", "zone": KYI, "referenceDate": "2023-12-12", "text": """
Аптеки-ops  вівторок 12.12.2023
[06:12] Олена Коваль: аптека на Сумській, термінал не проводить оплату, нема зв'язку
[06:20] Богдан Мельничук: мабуть процесинг банку, дзвоню в банк
[07:05] Богдан Мельничук: банк ок, лежить Київстар по всій країні
[08:05] Ірина Савчук: купуємо SIM Vodafone для всіх терміналів, поки приймаємо готівку
[11:30] Богдан Мельничук: перші 6 аптек на Vodafone, оплата карткою йде
[16:40] Богдан Мельничук: остання аптека на Vodafone, усі термінали працюють
"""}, {"file": "kyivstar-notes.txt", "zone": KYI, "referenceDate": "2023-12-12", "text": """
Нотатки з публічних джерел (київський час, якщо не вказано інше)
12.12 05:26 Київстар вперше зафіксував нетипову поведінку мережі, схожу на хакерську атаку (за Crisis24)
12.12 вранці: Київстар: потужна хакерська атака, мобільний зв'язок та інтернет тимчасово недоступні
13.12 10:28 UTC Crisis24 update: мобільний зв'язок Київстар досі не працює по всій країні
13.12 18:00 Київстар почав відновлювати голосовий зв'язок по всій Україні
"""}],
    "expected": {
        "events": ev(("2023-12-12 05:26", KYI, ["нетипову"]), ("2023-12-12 06:12", KYI, ["термінал"]),
                     ("2023-12-12 06:20", KYI, ["процесинг"]), ("2023-12-12 07:05", KYI, ["Київстар"]),
                     ("2023-12-12 08:05", KYI, ["Vodafone"]), ("2023-12-12 11:30", KYI, ["перші"]),
                     ("2023-12-12 16:40", KYI, ["остання"]), ("2023-12-13 10:28", Z, ["Crisis24"]),
                     ("2023-12-13 18:00", KYI, ["голосовий"])),
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2023-12-12 06:12", KYI), S, "термінал не проводить оплату", "viber-khp1212.txt"),
            "resolved": kt(u("2023-12-12 16:40", KYI), S, "Кінець впливу для клієнтів: 16:40 12.12", "comment 232753")},
        "responders": [["Олена Коваль", None], ["Богдан Мельничук", None], ["Ірина Савчук", None]],
        "narrative": nar(["кібератака"], ["SIM Vodafone"], ["KHP-1212", "Аптеки-ops"],
                         "On 12 December 2023 the chain's pharmacies could not take card payments from the early morning until 16:40 Kyiv time because Kyivstar's network was down after a cyberattack."),
    }})

# 7. Balkan blackout, 21 June 2024 - seen from a Split hotel ----------------------------------------------------------------
I.append({
    "id": "balkan-2024-06-blackout-split-hotel", "name": "Western Balkans blackout 21 June 2024 (a fault in the Montenegrin transmission network during a heatwave left almost all of Montenegro, much of Bosnia and Herzegovina, parts of Albania and most of Croatia's Adriatic coast without power around midday; news reports from 13:21), seen from a hotel in Split",
    "issueId": "98066", "key": "SPT-0621", "summary": "Hotel without power - lifts, air conditioning and reception POS down",
    "reporter": "Ana Jurić", "assignee": "Marko Perić", "labels": ["power", "blackout", "hotel"],
    "components": ["facilities", "reception"], "created": c("2024-06-21 12:10", ZAG), "now": "2024-07-15T12:00:00Z",
    "defaultZone": ZAG, "priority": "Highest",
    "description": """Nestalo struje u cijelom hotelu: klima, liftovi, POS na recepciji ne rade.

Kvar u našoj trafostanici? Od podne. Lokalno vrijeme.""",
    "comments": [
        ("232760", "Marko Perić", c("2024-06-21 12:40", ZAG), """Nije naša trafostanica: pola Dalmacije, BiH i Crna Gora bez struje, HEP kaže međunarodni poremećaj. Agregat radi za recepciju i kuhinju. WhatsApp u whatsapp-spt0621.txt."""),
        ("232761", "Ana Jurić", c("2024-06-21 14:05", ZAG), """Mrežna struja se vratila, klima i liftovi rade, gosti obaviješteni."""),
        ("232762", "Ivana Šarić", c("2024-06-22 10:00", ZAG), """Vijesti i izjave HEP-a u news-notes-0621.txt."""),
        ("232763", "Ivana Šarić", c("2024-06-25 11:00", ZAG), """Osvrt (utorak 25.6.), lokalno vrijeme.
Početak: struja je nestala "oko podne"; nitko nije zapisao minutu, a agregat nema log.
Otkriveno: poruka recepcije u WhatsAppu u 12:04.
Kraj utjecaja: 13:37, kad se vratila mrežna struja (agregat je pokrivao samo recepciju i kuhinju, sobe su do tada bile bez klime).
Sumnja na našu trafostanicu bila je kriva.
Uzrok: kvar u prijenosnoj mreži Crne Gore usred toplinskog vala, poremećaj se proširio na BiH, Albaniju i dalmatinsku obalu.
Akcije: agregat s automatskim startom i logom, lift s baterijskim spuštanjem do prizemlja."""),
    ],
    "changelog": flow("Marko Perić", "2024-06-21 12:11", "2024-06-21 14:06", "Ivana Šarić", "2024-06-25 11:05", ZAG),
    "pastes": [{"file": "whatsapp-spt0621.txt", "zone": ZAG, "referenceDate": "2024-06-21", "text": """
Recepcija+tehnika  petak 21.6.2024.
[12:04] Ana Jurić: nema struje u cijelom hotelu!! lift stao između 3. i 4. kata
[12:06] Marko Perić: mislim da je naša trafostanica, idem dolje
[12:15] Marko Perić: agregat upaljen, recepcija i kuhinja imaju struju
[12:21] Marko Perić: gosti iz lifta vani, svi ok
[12:29] Ivana Šarić: HEP: kvar nije naš, pola Dalmacije bez struje
[13:37] Ana Jurić: struja se vratila!
[13:50] Ivana Šarić: svi gosti obaviješteni, klima radi
"""}, {"file": "news-notes-0621.txt", "zone": ZAG, "referenceDate": "2024-06-21", "text": """
Bilješke iz vijesti (lokalno vrijeme)
21.6. 13:21 Vox (Albanija): gotovo cijela Crna Gora bez struje, CEDIS: ispad u mreži CGES; Split, Šibenik, Dubrovnik, Zadar bez struje
21.6. HEP: "međunarodni poremećaj koji je zahvatio više zemalja"
21.6. HRT: semafori u Splitu ne rade, čuju se sirene hitne pomoći
"""}],
    "expected": {
        "events": ev(("2024-06-21 12:04", ZAG, ["nema struje"]), ("2024-06-21 12:06", ZAG, ["trafostanica"]),
                     ("2024-06-21 12:15", ZAG, ["agregat"]), ("2024-06-21 12:21", ZAG, ["lift"]),
                     ("2024-06-21 12:29", ZAG, ["HEP"]), ("2024-06-21 13:21", ZAG, ["Crna Gora"]),
                     ("2024-06-21 13:37", ZAG, ["struja se vratila", "Kraj utjecaja"]), ("2024-06-21 13:50", ZAG, ["obaviješteni"])),
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2024-06-21 12:04", ZAG), S, "nema struje u cijelom hotelu", "whatsapp-spt0621.txt"),
            "resolved": kt(u("2024-06-21 13:37", ZAG), S, "Kraj utjecaja: 13:37", "comment 232763")},
        "responders": [["Ana Jurić", None], ["Marko Perić", None], ["Ivana Šarić", None]],
        "narrative": nar(["prijenosnoj mreži Crne Gore"], ["mrežna struja"], ["SPT-0621", "Recepcija+tehnika"],
                         "On 21 June 2024 the hotel was without mains power from about midday until 13:37; guests were stuck in a lift and rooms had no air conditioning in a heatwave."),
    }})

# 8. Estonian railway communications failure, 27 October 2022 - seen from a rail-replacement bus firm ---------------------
I.append({
    "id": "estonia-2022-10-rail-comms-replacement-bus", "name": "Estonian railway communications failure 27 October 2022 (Thursday afternoon: equipment at Tapa station failed and the fault spread, radio went silent and all signals turned red, trains stopped and were then run under manual control; 21 Elron diesel trains about 1.5 hours late; replacement buses), seen from a bus firm that runs Elron's replacement buses",
    "issueId": "98067", "key": "TRT-1027", "summary": "Trains stopped nationwide - replacement buses requested Tapa-Tartu",
    "reporter": "Kadri Tamm", "assignee": "Jaanus Kask", "labels": ["rail", "replacement-bus", "elron"],
    "components": ["dispatch", "fleet"], "created": c("2022-10-27 17:12", TLL), "now": "2022-11-20T12:00:00Z",
    "defaultZone": TLL, "priority": "High",
    "description": """Rongid seisavad, Elron palub asendusbusse Tapa-Tartu liinile.

Kas jälle elektrikatkestus? Alates ~17:00. Tallinna aeg.""",
    "comments": [
        ("232770", "Jaanus Kask", c("2022-10-27 17:40", TLL), """Pole elektrikatkestus: Eesti Raudtee sidekaabli rike, liiklust juhitakse käsitsi. Kolm bussi teel. Vestlus failis whatsapp-trt1027.txt (Tallinna aeg)."""),
        ("232771", "Jaanus Kask", c("2022-10-27 22:50", TLL), """Viimane buss tagasi depoos. 21 diiselrongi hilines umbes 1,5 tundi."""),
        ("232772", "Kadri Tamm", c("2022-10-31 10:00", TLL), """ERR uudised ja Eesti Raudtee selgitused failis err-notes-1027.txt."""),
        ("232773", "Maarja Lepp", c("2022-11-02 15:00", TLL), """Kokkuvõte (kolmapäev 2.11), Tallinna aeg.
Algus: 16:48, kui Eesti Raudtee teate järgi kõik foorid läksid punaseks ja raadioside vaikis.
Avastatud: Elroni dispetšeri kõne meile 17:02.
Lõpp: teadmata. Rongid liikusid käsijuhtimisel terve õhtu; keegi ei avaldanud kellaaega, millal liiklus normaliseerus, ja meie viimane buss depoos ei ole mõju lõpp.
Esialgne oletus elektrikatkestusest oli vale.
Põhjus: Tapa jaama seadmete rike, mis levis ülejäänud raudteele; side ja signaalid kadusid, liiklus käsijuhtimisel.
Tegevused: kaks reservbussi õhtuseks valveks, Elroni dispetšeri otsenumber kõigile juhtidele."""),
    ],
    "changelog": flow("Jaanus Kask", "2022-10-27 17:13", "2022-10-27 22:51", "Maarja Lepp", "2022-11-02 15:05", TLL),
    "pastes": [{"file": "whatsapp-trt1027.txt", "zone": TLL, "referenceDate": "2022-10-27", "text": """
Bussid-dispetšer  neljapäev 27.10
[16:48] Eesti Raudtee teade (edastatud): side ja signaalid maas, kõik foorid punased, rongid seisavad
[17:02] Kadri Tamm: Elroni dispetšer helistas, vaja asendusbusse Tapa-Tartu
[17:09] Jaanus Kask: kas jälle elektrikatkestus?
[17:20] Kadri Tamm: ei, sidekaabli rike, liiklus käsijuhtimisel
[17:31] Jaanus Kask: kolm bussi teel Tapale
[19:15] Kadri Tamm: rongid liiguvad aeglaselt, hilinemine ~1,5 h
[22:40] Jaanus Kask: viimane buss depoos
"""}, {"file": "err-notes-1027.txt", "zone": TLL, "referenceDate": "2022-10-27", "text": """
ERR uudised (kokkuvõte)
27.10 õhtul: rongid hilinevad üle Eesti sidekaabli rikke tõttu, asendusbussid liinil
27.10 neljapäeva pärastlõunal jäi eeter vaikseks ja kõik raudtee foorid läksid punaseks
21 Elroni diiselrongi hilines umbes 1,5 tundi; põhjus: Tapa jaama seadmete rike
"""}],
    "expected": {
        "events": ev(("2022-10-27 16:48", TLL, ["foorid"]), ("2022-10-27 17:02", TLL, ["dispetšer"]),
                     ("2022-10-27 17:09", TLL, ["elektrikatkestus"]), ("2022-10-27 17:20", TLL, ["sidekaabli"]),
                     ("2022-10-27 17:31", TLL, ["bussi"]), ("2022-10-27 19:15", TLL, ["rongid liiguvad"]),
                     ("2022-10-27 22:40", TLL, ["viimane buss"])),
        "keyTimes": {
            "started": kt(u("2022-10-27 16:48", TLL), S, "Algus: 16:48", "comment 232773"),
            "detected": kt(u("2022-10-27 17:02", TLL), S, "Elroni dispetšer helistas", "whatsapp-trt1027.txt"),
            "resolved": kt(None, U)},
        "responders": [["Kadri Tamm", None], ["Jaanus Kask", None], ["Maarja Lepp", None]],
        "narrative": nar(["Tapa jaama seadmete rike"], ["käsijuhtimisel"], ["TRT-1027", "Bussid-dispetšer"],
                         "On 27 October 2022 from 16:48 Tallinn time trains across Estonia stopped and then ran late under manual control; the firm ran replacement buses into the night."),
    }})

# 9. New Zealand leap-day pay-at-pump failure, 29 February 2024 - seen from a Hamilton fuel station ----------------------
I.append({
    "id": "nz-2024-02-leapday-payatpump-hamilton", "name": "New Zealand pay-at-pump outage 29 February 2024 (Invenco self-service payment terminals failed nationwide from the rollover to the leap day for more than ten hours; Z Energy, Allied and Gull stations affected; non-Invenco terminals on Worldline kept working; fixed by the evening), seen from a Hamilton fuel station",
    "issueId": "98068", "key": "HMN-0229", "summary": "Pay-at-pump declining every card on all pumps",
    "reporter": "Hemi Walker", "assignee": "Sarah Lin", "labels": ["fuel", "payments", "pay-at-pump"],
    "components": ["forecourt", "payments"], "created": c("2024-02-29 06:05", AKL), "now": "2024-03-20T12:00:00Z",
    "defaultZone": AKL, "priority": "High",
    "description": """Pay-at-pump terminals declining every card on all 6 pumps.

Night shift thinks our router died overnight. NZ time.""",
    "comments": [
        ("232780", "Sarah Lin", c("2024-02-29 07:10", AKL), """Router is fine; it's every Invenco terminal in the country, Gull and Z stations too. Pump payments at the shop counter. Text thread in sms-hmn0229.txt (NZ time). Night log shows the last successful pump payment at 11:58 PM on the 28th."""),
        ("232781", "Sarah Lin", c("2024-02-29 16:10", AKL), """Outdoor terminals taking cards again after the fix was pushed."""),
        ("232782", "Sarah Lin", c("2024-03-01 09:00", AKL), """Dealer helpdesk ticket history pasted in helpdesk-0229.txt - careful, it's Sydney time (AEDT)."""),
        ("232783", "Tom Ferris", c("2024-03-05 10:00", AKL), """Review (Tue 5 March), NZ time.
Impact window: 00:00 on 29 Feb to 3:40 PM, pay-at-pump refused every card; the date rollover to the leap day was the trigger.
First knew: the taxi driver who rang the bell at 5:48 AM because pump 3 declined his card.
The router theory was wrong.
Cause (vendor, public statements): the Invenco terminal software did not handle the leap year; non-Invenco terminals on Worldline kept working.
Actions: keep one attended lane open overnight, helpdesk alerts to the manager's phone."""),
    ],
    "changelog": flow("Sarah Lin", "2024-02-29 06:06", "2024-02-29 16:11", "Tom Ferris", "2024-03-05 10:05", AKL),
    "pastes": [{"file": "sms-hmn0229.txt", "zone": AKL, "referenceDate": "2024-02-29", "text": """
Texts, night manager phone, Thu 29 Feb
05:48 Hemi Walker: taxi guy at pump 3, card declined, says he tried twice
05:55 Hemi Walker: all 6 pumps declining. router? rebooting it
06:20 Sarah Lin: router reboot did nothing. open the shop counter for pump payments
06:45 Sarah Lin: radio says Gull and Z have the same, leap year bug in the terminals
15:40 Sarah Lin: pumps taking cards again!
"""}, {"file": "helpdesk-0229.txt", "zone": SYD, "referenceDate": "2024-02-29", "text": """
Dealer helpdesk - ticket 55120 history (AEDT)
29/02 04:10 ticket logged: outdoor payment terminals declining all cards, site Hamilton
29/02 05:30 vendor: known nationwide issue NZ, engineering engaged
29/02 13:35 vendor: fix being deployed to NZ terminals remotely
29/02 13:45 ticket closed: site confirms terminals accepting cards
"""}],
    "expected": {
        "events": ev(("2024-02-28 23:58", AKL, ["last successful"]), ("2024-02-29 00:00", AKL, ["Impact window"]),
                     ("2024-02-29 05:48", AKL, ["taxi"]), ("2024-02-29 05:55", AKL, ["router"]),
                     ("2024-02-29 04:10", SYD, ["ticket logged"]), ("2024-02-29 06:20", AKL, ["counter"]),
                     ("2024-02-29 06:45", AKL, ["leap year"]), ("2024-02-29 05:30", SYD, ["engineering"]),
                     ("2024-02-29 13:35", SYD, ["fix"]), ("2024-02-29 15:40", AKL, ["taking cards"]),
                     ("2024-02-29 13:45", SYD, ["ticket closed"])),
        "keyTimes": {
            "started": kt(u("2024-02-29 00:00", AKL), S, "Impact window: 00:00 on 29 Feb to 3:40 PM", "comment 232783"),
            "detected": kt(u("2024-02-29 05:48", AKL), S, "taxi guy at pump 3, card declined", "sms-hmn0229.txt"),
            "resolved": kt(u("2024-02-29 15:40", AKL), S, "Impact window: 00:00 on 29 Feb to 3:40 PM", "comment 232783")},
        "responders": [["Hemi Walker", None], ["Sarah Lin", None], ["Tom Ferris", None]],
        "narrative": nar(["leap year"], ["fix"], ["HMN-0229", "ticket 55120"],
                         "On 29 February 2024 from midnight to 3:40 PM NZ time customers could not pay at the pump and had to queue at the shop counter."),
    }})

# 10. Verifone, 16 January 2018 - card terminal outage, seen from a Cardiff shop -------------------------------------------
I.append({
    "id": "verifone-2018-01-terminals-cardiff-shop", "name": "Verifone card-terminal outage 16 January 2018 (a service outage cut connectivity to the Ocius gateway in the UK and the Wynid gateway in France; shops, stadiums and taxis could not take card payments; services back to normal the same afternoon; root cause under investigation), seen from a Cardiff café-bookshop",
    "issueId": "98069", "key": "CRD-0116", "summary": "Card machine 'comms failure' on every payment",
    "reporter": "Gwenllian Hughes", "assignee": "Dafydd Rees", "labels": ["verifone", "card-terminal", "shop"],
    "components": ["till", "shop"], "created": c("2018-01-16 12:10", LON), "now": "2018-02-05T12:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """Dyw'r peiriant cerdyn ddim yn gweithio - "comms failure" ar bob taliad.

Ai'r wifi? Amser Caerdydd (GMT).""",
    "comments": [
        ("232790", "Dafydd Rees", c("2018-01-16 12:40", LON), """Nid y wifi: mae Verifone i lawr dros y DU a Ffrainc (Ocius gateway). Arian parod yn unig. Sgwrs WhatsApp yn whatsapp-crd0116.txt."""),
        ("232791", "Gwenllian Hughes", c("2018-01-16 15:30", LON), """Taliadau cerdyn yn gweithio eto, arwydd wedi'i dynnu."""),
        ("232792", "Dafydd Rees", c("2018-01-17 09:30", LON), """Datganiad Verifone, y Guardian a log y derfynell yn verifone-notes.txt."""),
        ("232793", "Siân Morgan", c("2018-01-19 16:00", LON), """Adolygiad (dydd Gwener 19 Ionawr), GMT.
Effaith arnom ni: 11:47 tan 14:52, dim taliadau cerdyn (log y derfynell: y taliad llwyddiannus olaf 11:46, y methiant cyntaf 11:47).
Canfod: Gwenllian yn y grŵp WhatsApp am 11:55.
Roedd y syniad am y wifi yn anghywir.
Achos (Verifone): service outage affecting connectivity to the Ocius gateway in the UK and Wynid in France; root cause under investigation.
Camau: ail beiriant cerdyn ar rwydwaith arall, arwydd 'arian parod' yn barod wrth y til."""),
    ],
    "changelog": flow("Dafydd Rees", "2018-01-16 12:11", "2018-01-16 15:31", "Siân Morgan", "2018-01-19 16:05", LON),
    "pastes": [{"file": "whatsapp-crd0116.txt", "zone": LON, "referenceDate": "2018-01-16", "text": """
Siop - staff  dydd Mawrth 16/01
[11:55] Gwenllian Hughes: peiriant cerdyn yn dweud "comms failure" ar bob taliad
[12:02] Dafydd Rees: wifi? ailgychwyn y router
[12:20] Dafydd Rees: router yn iawn. Twitter: Verifone i lawr ym mhobman
[12:25] Gwenllian Hughes: arwydd ar y drws: arian parod yn unig
[14:52] Gwenllian Hughes: cerdyn yn gweithio eto!
[15:05] Dafydd Rees: arwydd wedi'i dynnu
"""}, {"file": "verifone-notes.txt", "zone": LON, "referenceDate": "2018-01-16", "text": """
Verifone statement (Tue 16 Jan 2018, afternoon): "Earlier today, we experienced a service outage that affected connectivity to our Wynid gateway in France, and Ocius gateway in the UK. Services are now back to normal."
Guardian, 16 Jan 2018: shops, football stadiums and taxis unable to take card payments.
Terminal log (our till): 11:46 last approved sale
Terminal log (our till): 11:47 first COMMS FAILURE
"""}],
    "expected": {
        "events": ev(("2018-01-16 11:46", LON, ["last approved"]), ("2018-01-16 11:47", LON, ["COMMS FAILURE", "Effaith"]),
                     ("2018-01-16 11:55", LON, ["peiriant"]), ("2018-01-16 12:02", LON, ["wifi"]),
                     ("2018-01-16 12:20", LON, ["Verifone"]), ("2018-01-16 12:25", LON, ["arian parod"]),
                     ("2018-01-16 14:52", LON, ["gweithio eto", "Effaith"]), ("2018-01-16 15:05", LON, ["dynnu"])),
        "keyTimes": {
            "started": kt(u("2018-01-16 11:47", LON), S, "Effaith arnom ni: 11:47 tan 14:52", "comment 232793"),
            "detected": kt(u("2018-01-16 11:55", LON), S, "peiriant cerdyn yn dweud", "whatsapp-crd0116.txt"),
            "resolved": kt(u("2018-01-16 14:52", LON), S, "Effaith arnom ni: 11:47 tan 14:52", "comment 232793")},
        "responders": [["Gwenllian Hughes", None], ["Dafydd Rees", None], ["Siân Morgan", None]],
        "narrative": nar(["Ocius gateway"], ["back to normal"], ["CRD-0116", "Siop - staff"],
                         "On 16 January 2018 from 11:47 to 14:52 the shop could not take card payments because Verifone's Ocius gateway was unreachable."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

"""Held-out 58 incidents: compact specs. Ten public incidents seen from small customers (or a small organisation's own
view), each written in the language of the people who lived through it: Miro's service degradation of 4-5 December 2023
seen from a Stockholm architecture studio (Swedish Slack); Yandex Cloud's ru-central1-b power incident of 30 March 2025
seen from a Moscow flower shop (Russian Telegram); Pinpoint's 503 outage of 1 May 2025 seen from a Tallinn software
company's recruiters (Estonian e-mail thread); Bitly's API and website outage of 14 August 2024 seen from a Makati social
media agency (Filipino English with Tagalog, Slack and bot alerts); Bitbucket Cloud's website outage of 4 October 2022
seen from a Graz software shop (Austrian German Teams); Chatwork's access failure of 26 August 2020 seen from an Osaka
estate agent (Japanese LINE); DigitalOcean's SFO3 network incident of 7 January 2025 seen from a Curitiba clinic-booking
SaaS (Brazilian Portuguese Slack and on-call payloads); HubSpot's login outage of 27 August 2024 seen from a Cairo course
academy's sales team (Egyptian Arabic Teams and a call note); HubSpot's e-mail sending delays of 27 March 2025 seen from a
Bratislava outdoor e-shop (Slovak e-mail thread); Templafy's web app outage of 27 January 2020 seen from a Sydney law firm
(Australian English Teams, 12-hour clock).
Timeline facts from public statements (SOURCES-heldout58.md); people, companies, ticket keys, chat wording, wrong first
guesses and the customer-side minutes are made up and never contradict the published timelines."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2025-06-10 09:31' in zone -> '2025-06-10T06:31' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


STO, MSK, TLL, LON, MNL = "Europe/Stockholm", "Europe/Moscow", "Europe/Tallinn", "Europe/London", "Asia/Manila"
VIE, TYO, SAO, CAI, BTS = "Europe/Vienna", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Cairo", "Europe/Bratislava"
SYD, Z = "Australia/Sydney", "UTC"

I = []

# 1. Miro, 4-5 December 2023 - boards not loading, seen from a Stockholm architecture studio (Swedish) ---------------
I.append({
    "id": "miro-2023-12-degradation-stockholm-studio", "name": "Miro service degradation 4-5 December 2023 (RCA: primary impact 14:00-20:43 UTC on 4 Dec, elevated latency or no access to the core product; scaling attempts failed; emergency maintenance window from 19:00 UTC with the platform unavailable and restored to a prior stable state; secondary impact 14:02-14:18 UTC on 5 Dec; root cause found 6 Dec: a client change released 30 Nov made browsers reconnect every 10 minutes, plus heavy database queries), seen from a Stockholm architecture studio running a client workshop on a Miro board",
    "issueId": "98160", "key": "ARK-1204", "summary": "Miro laddar inte / Miro boards not loading before client workshop",
    "reporter": "Elin Sjöberg", "assignee": "Johan Lindqvist", "labels": ["miro", "saas", "workshop"],
    "components": ["studio-tools", "office-it"], "created": c("2023-12-04 15:40", STO), "now": "2023-12-20T09:00:00Z",
    "defaultZone": STO, "priority": "High",
    "description": """Miro laddar inte för nån på kontoret, tavlorna snurrar bara och sen "reconnecting". Vi har workshop med kunden (bostadsbolaget) på tavlan Kvarteret Lärkan om en stund!!

Sen typ tre? Kanske VPN:en igen, den uppdaterades i fredags. Svensk tid.""",
    "comments": [
        ("238500", "Johan Lindqvist", c("2023-12-04 15:50", STO), """Inte VPN:en, samma sak på mobilnät. Miro har en incident på status.miro.com ("degraded performance"). Slacktråden: slack-ark1204-h58.txt (svensk tid). Workshopen körs på papper."""),
        ("238501", "Elin Sjöberg", c("2023-12-05 08:30", STO), """Miro funkar igen i morse. Lapparna från workshopen är fotade och inlagda på tavlan."""),
        ("238502", "Johan Lindqvist", c("2023-12-08 10:15", STO), """Miro har publicerat en RCA. Utdrag i miro-rca-h58.txt (UTC, som Miro skriver)."""),
        ("238503", "Karin Åberg", c("2023-12-11 13:00", STO), """Sammanfattning (svensk tid, CET = UTC+1)
Miro nere/oanvändbart för oss: 15:00–21:43 den 4 dec (Miros egna tider 14:00–20:43 UTC, vi har inget eget bättre mått, ingen satt kvar på kvällen).
Först märkt: Elins meddelande i #studio kl 15:07.
Gissningen om VPN:en var fel.
Kort återfall tisdag 5 dec enligt Miro 15:02–15:18, Oskar märkte det direkt.
Orsak (Miro): en klientändring från 30 nov fick webbläsare att återansluta var tionde minut; den extra lasten plus tunga databasfrågor.
Åtgärder: exportera tavlan som PDF dagen före varje kundworkshop; papper och post-its i mötesrummet; prenumerera på status.miro.com."""),
    ],
    "changelog": [
        ("Johan Lindqvist", c("2023-12-04 15:42", STO), [("status", "Open", "In Progress")]),
        ("Elin Sjöberg", c("2023-12-05 08:31", STO), [("status", "In Progress", "Monitoring")]),
        ("Karin Åberg", c("2023-12-11 13:05", STO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-ark1204-h58.txt", "zone": STO, "referenceDate": "2023-12-04", "text": """
#studio   måndag 4 dec
[15:07] Elin Sjöberg: Miro laddar inte alls för mig, bara grå ruta + "reconnecting". nån mer?
[15:09] Oskar Berg: samma här, Lärkan-tavlan öppnas inte
[15:12] Johan Lindqvist: kan vara VPN:en, den uppdaterades i fredags. testar utan
[15:21] Johan Lindqvist: nej, utan VPN och på mobilnät samma sak. status.miro.com säger degraded performance
[15:26] Elin Sjöberg: vi kör workshopen på papper + pdf-exporten från i torsdags, jag skriver ut
[15:31] Oskar Berg: kunden är här, vi kör igång
[17:45] Johan Lindqvist: fortfarande segt, laddar ibland efter 3-4 min och faller sen ur
[20:05] Johan Lindqvist: Miro har gått ut med akut underhåll, helt nere nu. vi tar det i morgon
tisdag 5 dec
[08:12] Elin Sjöberg: Miro funkar i morse, lägger in lapparna
[15:04] Oskar Berg: nu hänger det igen??
[15:20] Oskar Berg: ok tillbaka
"""}, {"file": "miro-rca-h58.txt", "zone": Z, "referenceDate": "2023-12-04", "text": """
Miro blog: "Root Cause Analysis re: Miro Service Degradation (Dec 4-5, 2023)" - utdrag, Johan 8 dec, tider i UTC
Severity P1 - Critical, impacted customers: all Miro users
Primary Impact Start 14:00 UTC, 4 Dec 2023 / Primary Impact End 20:43 UTC, 4 Dec 2023
Secondary Impact Start 14:02 UTC, 5 Dec 2023 / Secondary Impact End 14:18 UTC, 5 Dec 2023
Multiple unsuccessful attempts to restore service through scaling of server and database infrastructure.
Response leadership called an emergency maintenance window starting from 19:00 UTC; Miro unavailable to all customers during it, systems restored to a prior stable state, no customer data lost.
The emergency maintenance window was closed and service was restored at 20:43 UTC.
Root cause (found Dec 6): a change to the Miro client released on Nov 30 introduced a bug that made customer browsers reconnect to Miro servers every 10 minutes; that load plus performance-intensive database queries degraded the service.
"""}],
    "expected": {
        "events": [[u("2023-12-04 14:00", Z), ["Primary Impact Start"]], [u("2023-12-04 15:07", STO), ["Miro laddar inte"]],
                   [u("2023-12-04 15:12", STO), ["VPN"]], [u("2023-12-04 15:21", STO), ["status.miro.com"]],
                   [u("2023-12-04 15:26", STO), ["papper"]], [u("2023-12-04 15:31", STO), ["kunden"]],
                   [u("2023-12-04 19:00", Z), ["emergency maintenance"]], [u("2023-12-04 20:05", STO), ["akut underhåll"]],
                   [u("2023-12-04 20:43", Z), ["service was restored"]], [u("2023-12-05 08:12", STO), ["funkar i morse"]],
                   [u("2023-12-05 14:02", Z), ["Secondary Impact Start"]], [u("2023-12-05 15:04", STO), ["hänger"]],
                   [u("2023-12-05 14:18", Z), ["Secondary Impact End"]]],
        "keyTimes": {
            "started": kt(u("2023-12-04 15:00", STO), S, "Miro nere/oanvändbart för oss: 15:00–21:43", "comment 238503"),
            "detected": kt(u("2023-12-04 15:07", STO), S, "Miro laddar inte alls för mig", "slack-ark1204-h58.txt"),
            "resolved": kt(u("2023-12-04 21:43", STO), S, "Miro nere/oanvändbart för oss: 15:00–21:43", "comment 238503")},
        "responders": [["Elin Sjöberg", None], ["Johan Lindqvist", None], ["Oskar Berg", None], ["Karin Åberg", None]],
        "narrative": nar(["reconnect"], ["prior stable state"], ["ARK-1204", "#studio", "Lärkan"],
                         "On 4 December 2023 from 15:00 to 21:43 Stockholm time Miro boards would not load or kept dropping, so the studio ran its client workshop on paper and a PDF export; a short relapse followed on 5 December.",
                         lucky=["pdf-exporten"], well=["papper"], badly=["VPN"]),
    }})

# 2. Yandex Cloud, 30 March 2025 - ru-central1-b power incident, seen from a Moscow flower shop (Russian) -----------
I.append({
    "id": "yandexcloud-2025-03-power-moscow-florist", "name": "Yandex Cloud data-centre power incident 30 March 2025 (Yandex write-up of 7 April and press: the accident at the feeding substation began 12:18 Moscow time, both 110 kV lines dropped, the substation was impaired 12:25-15:30 and the data centre ran on diesel generators and DRUPS; the ru-central1-b availability zone was unavailable for applications deployed only there; full normalisation by midnight, about 10 hours), seen from a Moscow flower delivery shop whose VMs, database and monitoring all lived in ru-central1-b",
    "issueId": "98161", "key": "FLX-0330", "summary": "Сайт и курьерское приложение не работают (502) / site and courier app down",
    "reporter": "Анна Воронцова", "assignee": "Дмитрий Корнилов", "labels": ["yandex-cloud", "hosting", "webshop"],
    "components": ["site", "courier-app"], "created": c("2025-03-30 12:48", MSK), "now": "2025-04-15T08:00:00Z",
    "defaultZone": MSK, "priority": "Highest",
    "description": """Сайт не открывается (502), курьерское приложение не видит заказы. Воскресенье, самый пик доставок.

С какого времени — не знаю, заметили после сообщения курьера. Может, опять сертификат Let's Encrypt не продлился? Время московское.""",
    "comments": [
        ("238504", "Дмитрий Корнилов", c("2025-03-30 13:20", MSK), """Не сертификат. Проблема у Yandex Cloud в зоне ru-central1-b, у нас там всё: ВМ, база, графана. Переписка смены: telegram-flx0330-h58.txt."""),
        ("238505", "Анна Воронцова", c("2025-03-30 18:20", MSK), """Сайт работает, телефонные заказы перенесены в админку. 4 заказа потеряли — клиенты не дозвонились."""),
        ("238506", "Дмитрий Корнилов", c("2025-04-07 19:00", MSK), """Яндекс опубликовал разбор на Хабре. Выписки в yc-blog-h58.txt (московское время)."""),
        ("238507", "Ольга Руденко", c("2025-04-09 11:30", MSK), """Итоги (время московское)
Когда именно упал наш сайт — неизвестно: мониторинг (графана) жил в той же зоне и молчал, алертов не было. У Яндекса авария на подстанции началась раньше, но это их время, не наше.
Узнали: курьер Сергей написал в чат смены.
Сайт и приложение снова работают: 17:52 (Дима поднял ВМ и проверил заказы).
Версия про сертификат — мимо.
Причина (Яндекс): авария на опорной подстанции, обе линии 110 кВ отключились, зона ru-central1-b.
Что делаем: реплика базы и вторая ВМ в ru-central1-a; внешний мониторинг вне облака; заглушка на Tilda готова заранее."""),
    ],
    "changelog": [
        ("Дмитрий Корнилов", c("2025-03-30 12:50", MSK), [("status", "Open", "In Progress")]),
        ("Анна Воронцова", c("2025-03-30 18:21", MSK), [("status", "In Progress", "Monitoring")]),
        ("Ольга Руденко", c("2025-04-09 11:35", MSK), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "telegram-flx0330-h58.txt", "zone": MSK, "referenceDate": "2025-03-30", "text": """
Флокс — смена (Telegram), вс 30.03.2025
[12:41] Сергей (курьер): приложение не грузит заказы, крутится и всё. у вас там норм?
[12:44] Анна Воронцова: сайт тоже не открывается, 502. Дима, глянь плз
[12:55] Дмитрий Корнилов: думал сертификат, но нет, он до июня. ВМки в консоли не отвечают
[13:10] Дмитрий Корнилов: на status.yandex.cloud проблемы в зоне ru-central1-b. у нас всё в ru-central1-b, и база, и графана 🤦
[13:25] Анна Воронцова: принимаю заказы по телефону и в вотсапе, пишу в таблицу
[14:05] Дмитрий Корнилов: поставил заглушку на Tilda с телефоном
[16:40] Дмитрий Корнилов: облако пишет, что питание вернули, сервисы поднимают постепенно. наши ВМ пока лежат
[17:52] Дмитрий Корнилов: ВМ поднялись, база ок, сайт открывается, заказы идут. заглушку снял
[18:10] Анна Воронцова: перенесла 23 телефонных заказа в админку
"""}, {"file": "yc-blog-h58.txt", "zone": MSK, "referenceDate": "2025-03-30", "text": """
Yandex Cloud, Хабр «Сбой с вероятностью один раз в 20 лет: о мартовском инциденте в дата-центре» (7 апреля) + заметка anti-malware.ru — выписки Димы, время московское
- авария на опорной подстанции началась в 12:18, за несколько минут критическое занижение напряжения
- обе линии 110 кВ, питающие дата-центр, отключились одновременно
- подстанция была нарушена с 12:25 до 15:30, ДЦ работал на дизель-генераторах и ДРИБП
- критичная инфраструктура (сеть, мониторинг ДЦ, управление) жила, полную нагрузку генераторы не тянули
- в этом ДЦ зона ru-central1-b; приложения только в ru-central1-b были недоступны весь период восстановления
- к полуночи работа дата-центра полностью нормализована, восстановление около 10 часов
"""}],
    "expected": {
        "events": [[u("2025-03-30 12:18", MSK), ["подстанции"]], [u("2025-03-30 12:25", MSK), ["подстанция"]],
                   [u("2025-03-30 15:30", MSK), ["подстанция"]], [u("2025-03-30 12:41", MSK), ["не грузит"]],
                   [u("2025-03-30 12:44", MSK), ["502"]], [u("2025-03-30 12:55", MSK), ["сертификат"]],
                   [u("2025-03-30 13:10", MSK), ["ru-central1-b"]], [u("2025-03-30 13:25", MSK), ["по телефону"]],
                   [u("2025-03-30 14:05", MSK), ["заглушку"]], [u("2025-03-30 16:40", MSK), ["питание вернули"]],
                   [u("2025-03-30 17:52", MSK), ["сайт открывается"]], [u("2025-03-30 18:10", MSK), ["телефонных заказа"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2025-03-30 12:41", MSK), S, "приложение не грузит заказы", "telegram-flx0330-h58.txt"),
            "resolved": kt(u("2025-03-30 17:52", MSK), S, "Сайт и приложение снова работают: 17:52", "comment 238507")},
        "responders": [["Анна Воронцова", None], ["Дмитрий Корнилов", None], ["Ольга Руденко", None], ["Сергей", None]],
        "narrative": nar(["подстанции"], ["ВМ поднялись"], ["FLX-0330", "графана"],
                         "On 30 March 2025 the flower shop's site and courier app were down from an unknown time after midday until 17:52 Moscow time because everything ran in Yandex Cloud's ru-central1-b; orders were taken by phone.",
                         lucky=["по телефону"], well=["заглушку"], badly=["в той же зоне"]),
    }})

# 3. Pinpoint, 1 May 2025 - ATS 503 errors, seen from a Tallinn software company's recruiters (Estonian) ----------
I.append({
    "id": "pinpoint-2025-05-503-tallinn-recruiters", "name": "Pinpoint admin/API outage 1 May 2025 (postmortem: 50 minutes, 15:11-16:01 BST, complete admin/API outage and partial careers site outage; 15:11 monitoring alerts, 15:13 database connection failures identified, 15:20 managed database provider contacted, 15:45 disk controller failure identified and own cluster migration started, 15:50 escalation for missing failover, 16:00 database moved to new hardware, 16:01 full restoration), seen from a Tallinn software company's recruiters sending interview invitations on a public holiday",
    "issueId": "98162", "key": "VRB-0501", "summary": "Pinpoint ei avane (error leht) / Pinpoint shows error page, interview invites stuck",
    "reporter": "Kadri Tamm", "assignee": "Rasmus Kask", "labels": ["pinpoint", "ats", "hr"],
    "components": ["hr-tools"], "created": c("2025-05-01 17:25", TLL), "now": "2025-05-15T08:00:00Z",
    "defaultZone": TLL, "priority": "High",
    "description": """Pinpoint ei avane, tuleb ainult error leht. Homme on intervjuupäev ja kutsed on vaja täna välja saata (jah, kevadpüha, tean).

Millest alates? Mõni aeg enne kirja. Kas VPN, mida eile uuendati? Tallinna aeg.""",
    "comments": [
        ("238508", "Rasmus Kask", c("2025-05-01 17:30", TLL), """Pole meie VPN: telefonist ilma VPN-ita sama viga. Pinpoint ise on maas (503), karjäärileht ka osaliselt. Kirjavahetus: epost-vrb0501-h58.txt (Tallinna aeg)."""),
        ("238509", "Kadri Tamm", c("2025-05-02 09:10", TLL), """Intervjuupäev läks plaanipäraselt, kutsed läksid Gmailist. Marten kandideeris õhtul uuesti, seekord õnnestus."""),
        ("238510", "Rasmus Kask", c("2025-05-06 11:00", TLL), """Pinpoint avaldas postmortemi, koopia pinpoint-postmortem-h58.txt (BST, UTC+1). Koopia jäi poolikuks."""),
        ("238511", "Liis Saar", c("2025-05-07 15:20", TLL), """Kokkuvõte (Tallinna aeg, EEST = UTC+3 = BST + 2 h)
Pinpoint oli meie jaoks maas alates 17:11 (nende esimene häire 15:11 BST), kokku 50 minutit nagu nende postmortem ütleb.
Esimesena märkas Kadri, e-kiri 17:14.
Kadri "töötab jälle" 18:04 on lihtsalt hetk, kui ta uuesti proovis.
VPN ei olnud süüdi.
Põhjus (Pinpoint): andmebaasiteenuse pakkuja kettakontroller läks rikki, andmebaas arvas, et ketas on täis, ja keeldus ühendustest; automaatne failover ei käivitunud. Parandus: pakkuja kolis andmebaasi uuele riistvarale.
Tegevused: kandidaatide nimekirja eksport iga päev; kutsete mall ka Gmailis; Pinpointi staatuse tellimine."""),
    ],
    "changelog": [
        ("Rasmus Kask", c("2025-05-01 17:27", TLL), [("status", "Open", "In Progress")]),
        ("Kadri Tamm", c("2025-05-02 09:12", TLL), [("status", "In Progress", "Monitoring")]),
        ("Liis Saar", c("2025-05-07 15:25", TLL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "epost-vrb0501-h58.txt", "zone": TLL, "referenceDate": "2025-05-01", "text": """
From: Kadri Tamm
To: Rasmus Kask
Cc: Liis Saar
Date: neljapäev, 1. mai 2025 17:14
Subject: Pinpoint ei avane!!
Rasmus, Pinpoint ei avane, tuleb mingi error lehekülg. Homme on intervjuupäev ja pean kutsed välja saatma. Kas see on meie VPN või Pinpoint ise?
---
From: Rasmus Kask
Date: neljapäev, 1. mai 2025 17:22
VPN ei ole, proovisin telefonist ilma VPN-ita, sama error. Pinpointi status näitab "Known 503 error". Karjäärileht ka pooleldi maas.
---
From: Liis Saar
Date: neljapäev, 1. mai 2025 17:26
Kandidaat Marten kirjutas, et kandideerimisvorm andis vea (tema kiri kell 17:16). Vastasin, et proovigu hiljem uuesti.
---
From: Kadri Tamm
Date: neljapäev, 1. mai 2025 17:40
Saadan intervjuukutsed Gmailist käsitsi, aadressid on eilsest exportist olemas.
---
From: Kadri Tamm
Date: neljapäev, 1. mai 2025 18:04
Pinpoint töötab jälle! kontrollisin, kandidaadid ja märkmed alles.
"""}, {"file": "pinpoint-postmortem-h58.txt", "zone": LON, "referenceDate": "2025-05-01", "text": """
Pinpoint status page, "Known 503 error" - Postmortem (Rasmus kopeeris 6. mail; nende ajad on BST)
Timeline (BST)
15:11 – Monitoring alerts triggered for a service interruption.
15:13 – Root cause identified as database connection failures.
15:20 – Contacted managed database provider; issue confirmed as infrastructure-related.
15:45 – Provider identified a disk controller failure and began working on remediation; we started a cluster migration ourselves in case of further provider issues.
15:50 – We escalated the issue with the provider due to a lack of failover activation.
[ülejäänud read jäid kopeerimisel välja]
Why it happened: a critical disk controller in the provider's storage failed, the database reported wrong disk space, believed it was full and rejected all connections; automated failover did not activate.
"""}],
    "expected": {
        "events": [[u("2025-05-01 15:11", LON), ["Monitoring alerts"]], [u("2025-05-01 15:13", LON), ["database connection"]],
                   [u("2025-05-01 17:14", TLL), ["Pinpoint ei avane"]], [u("2025-05-01 17:16", TLL), ["kandideerimisvorm"]],
                   [u("2025-05-01 15:20", LON), ["Contacted managed database provider"]], [u("2025-05-01 17:22", TLL), ["VPN ei ole"]],
                   [u("2025-05-01 17:40", TLL), ["Gmailist"]], [u("2025-05-01 15:45", LON), ["disk controller"]],
                   [u("2025-05-01 15:50", LON), ["escalated"]], [u("2025-05-01 18:04", TLL), ["töötab jälle"]]],
        "keyTimes": {
            "started": kt(u("2025-05-01 17:11", TLL), S, "Pinpoint oli meie jaoks maas alates 17:11", "comment 238511"),
            "detected": kt(u("2025-05-01 17:14", TLL), S, "Date: neljapäev, 1. mai 2025 17:14", "epost-vrb0501-h58.txt"),
            "resolved": kt(u("2025-05-01 18:01", TLL), INF, "kokku 50 minutit nagu nende postmortem ütleb", "comment 238511")},
        "responders": [["Kadri Tamm", None], ["Rasmus Kask", None], ["Liis Saar", None]],
        "narrative": nar(["disk controller"], ["uuele riistvarale"], ["VRB-0501"],
                         "On 1 May 2025 from 17:11 Tallinn time, for 50 minutes, the recruiters could not open Pinpoint and candidates got errors on the careers page; interview invitations went out by hand from Gmail.",
                         lucky=["eilsest exportist"], well=["Gmailist"], badly=["failover ei käivitunud"]),
    }})

# 4. Bitly, 14 August 2024 - API and website down, seen from a Makati social media agency (Filipino English/Tagalog) -
I.append({
    "id": "bitly-2024-08-deploy-makati-agency", "name": "Bitly website and API outage 14 August 2024 (postmortem: API down 15:03Z-15:10Z, website 15:03Z-15:31Z; a deployment pipeline failure deployed the incorrect release, it was detected and rolled back but triggered an unknown dependency loop that needed a manual rollback; status posts 15:10 investigating, 15:34 monitoring, 15:49 resolved, postmortem 26 Aug), seen from a Makati social media agency's night shift preparing midnight payday-sale posts",
    "issueId": "98163", "key": "SOC-0814", "summary": "Bitly API 502 + dashboard not loading during payday campaign prep",
    "reporter": "Jessa Manalo", "assignee": "Paolo Reyes", "labels": ["bitly", "campaign", "night-ops"],
    "components": ["postbot", "client-campaigns"], "created": c("2024-08-14 23:16", MNL), "now": "2024-09-05T08:00:00Z",
    "defaultZone": MNL, "priority": "High",
    "description": """Bitly shortening failing from PostBot (502) and the Bitly dashboard won't load. KapeKanto payday posts go out 12MN, need the links!!

Since kanina lang, few mins ago. Baka rate limit? PH time.""",
    "comments": [
        ("238512", "Paolo Reyes", c("2024-08-14 23:20", MNL), """Not rate limit, Bitly mismo ang down (502 sa API, dashboard ayaw mag-load). Thread: slack-soc0814-h58.txt (PH time). API retries ok na, dashboard hindi pa."""),
        ("238513", "Jessa Manalo", c("2024-08-15 00:10", MNL), """Payday posts went out 12MN sharp, lahat with bitly links. Promo link na-edit ko na rin."""),
        ("238514", "Paolo Reyes", c("2024-08-27 10:00", MNL), """Bitly posted their postmortem, copy in bitly-status-h58.txt (UTC, as Bitly writes it)."""),
        ("238515", "Kim Dela Cruz", c("2024-08-28 16:00", MNL), """Recap (PH time, UTC+8)
Bitly down for us 11:03 PM to 11:31 PM on Aug 14 (API back 11:10 PM, dashboard only 11:31 PM, per Bitly's postmortem).
First we knew: PostBot alert in #night-ops at 11:05 PM.
Rate limit guess was wrong, Bitly deployed the wrong release.
Bitly's "resolved" post at 11:49 PM is just the status page.
Client impact: none, posts went out on time.
Action items: PostBot falls back to long URL + UTM after 2 failed retries; pre-shorten links for scheduled campaigns earlier in the day; subscribe to status.bitly.com."""),
    ],
    "changelog": [
        ("Paolo Reyes", c("2024-08-14 23:17", MNL), [("status", "Open", "In Progress")]),
        ("Jessa Manalo", c("2024-08-15 00:11", MNL), [("status", "In Progress", "Monitoring")]),
        ("Kim Dela Cruz", c("2024-08-28 16:05", MNL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-soc0814-h58.txt", "zone": MNL, "referenceDate": "2024-08-14", "text": """
#night-ops   Wed Aug 14
[11:05 PM] PostBot: ⚠️ shorten failed for 6 links - bitly API returned 502 (campaign: KapeKanto Payday)
[11:06 PM] Jessa Manalo: uy ano to, bitly ayaw mag-shorten. 6 links fail
[11:08 PM] Paolo Reyes: baka na-rate limit tayo? ang dami nating links kanina for the payday sale. checking
[11:12 PM] Paolo Reyes: hindi rate limit, 502 lahat. dashboard ayaw din mag-load, status.bitly.com may investigating na
[11:14 PM] PostBot: ✅ shorten ok - 6 links retried
[11:15 PM] Jessa Manalo: api ok na pero yung dashboard hindi pa rin, di ko ma-edit yung promo link 😩
[11:22 PM] Kim Dela Cruz: guys 12MN yung post, kaya ba? kung hindi, long URL muna with UTM
[11:33 PM] Jessa Manalo: dashboard gumagana na! na-edit ko na yung promo link
Thu Aug 15
[12:00 AM] Jessa Manalo: posted na lahat ng payday posts 🎉
"""}, {"file": "bitly-status-h58.txt", "zone": Z, "referenceDate": "2024-08-14", "text": """
Bitly status page - copy by Paolo on Aug 27 (times UTC)
investigating Aug 14, 2024, 3:10 PM UTC - We're currently investigating issues impacting our website and API.
monitoring Aug 14, 2024, 3:34 PM UTC - We have implemented a fix for the issue affecting our Website, API, and Pages and we are seeing full recovery.
resolved Aug 14, 2024, 3:49 PM UTC - This incident has been resolved.
postmortem Aug 26, 2024 - On 2024-08-14 we experienced an outage affecting the Bitly API from 15:03Z to 15:10Z and affecting the Bitly website from 15:03Z to 15:31Z. The root cause was a failure in our deployment pipeline which caused the incorrect release to be deployed. This change was immediately detected and rolled back but the failure triggered an unknown dependency loop which required a manual rollback to restore some systems.
"""}],
    "expected": {
        "events": [[u("2024-08-14 15:03", Z), ["Bitly API"]], [u("2024-08-14 23:05", MNL), ["shorten failed"]],
                   [u("2024-08-14 23:06", MNL), ["ayaw mag-shorten"]], [u("2024-08-14 23:08", MNL), ["rate limit"]],
                   [u("2024-08-14 15:10", Z), ["investigating"]], [u("2024-08-14 23:12", MNL), ["status.bitly.com"]],
                   [u("2024-08-14 23:14", MNL), ["shorten ok"]], [u("2024-08-14 23:22", MNL), ["long URL"]],
                   [u("2024-08-14 15:31", Z), ["website"]], [u("2024-08-14 23:33", MNL), ["dashboard gumagana"]],
                   [u("2024-08-14 15:34", Z), ["monitoring"]], [u("2024-08-14 15:49", Z), ["resolved"]],
                   [u("2024-08-15 00:00", MNL), ["payday posts"]]],
        "keyTimes": {
            "started": kt(u("2024-08-14 23:03", MNL), S, "Bitly down for us 11:03 PM to 11:31 PM", "comment 238515"),
            "detected": kt(u("2024-08-14 23:05", MNL), S, "shorten failed for 6 links", "slack-soc0814-h58.txt"),
            "resolved": kt(u("2024-08-14 23:31", MNL), S, "Bitly down for us 11:03 PM to 11:31 PM", "comment 238515")},
        "responders": [["Jessa Manalo", None], ["Paolo Reyes", None], ["Kim Dela Cruz", None]],
        "narrative": nar(["incorrect release"], ["manual rollback"], ["SOC-0814", "PostBot", "#night-ops"],
                         "On 14 August 2024 from 11:03 PM to 11:31 PM Manila time the agency could not shorten links through the Bitly API (back at 11:10 PM) or edit them in the Bitly dashboard, an hour before its client's midnight payday posts.",
                         lucky=["12MN"], well=["retried"], badly=["rate limit"]),
    }})

# 5. Bitbucket Cloud, 4 October 2022 - website unreachable, seen from a Graz software shop (Austrian German) -------
I.append({
    "id": "bitbucket-2022-10-envoy-graz-devshop", "name": "Bitbucket Cloud website outage 4 October 2022 (postmortem: 7:17-8:12 AM UTC customers could not access the Bitbucket Cloud website; API, Git over SSH and HTTPS not impacted; an envoy proxy config for a new Redis cluster hit an envoy bug on instances created by a scale-up, so new instances failed and existing ones overloaded and crashed; detected within 14 minutes by automated monitoring; resolved by reverting the envoy config, about 55 minutes), seen from a Graz software shop that could not review a customer release",
    "issueId": "98164", "key": "MBS-1004", "summary": "Bitbucket Webseite ladt ned / Bitbucket web UI down, release review blocked",
    "reporter": "Lukas Pichler", "assignee": "Verena Gruber", "labels": ["bitbucket", "atlassian", "dev-tools"],
    "components": ["dev-tools"], "created": c("2022-10-04 09:30", VIE), "now": "2022-10-20T08:00:00Z",
    "defaultZone": VIE, "priority": "High",
    "description": """Bitbucket ladt im Browser ned, nur Fehlerseite. Pull Request fürs Kunden-Release kann ned reviewed werden, Deployment wär um 10 gwesen.

Seit ca. a Viertelstund? Vielleicht wieder der Firmen-Proxy. Wiener Zeit.""",
    "comments": [
        ("238516", "Verena Gruber", c("2022-10-04 09:38", VIE), """Ned unser Proxy, übers Handy a ned erreichbar. Nur die Bitbucket-Webseite is hin, git über SSH geht. Chat: teams-mbs1004-h58.txt (Wiener Zeit)."""),
        ("238517", "Lukas Pichler", c("2022-10-04 10:20", VIE), """Geht wieder seit kurz nach zehn, PR is offen."""),
        ("238518", "Verena Gruber", c("2022-10-11 14:00", VIE), """Atlassian hat das Postmortem veröffentlicht, Auszug in bitbucket-pm-h58.txt (UTC)."""),
        ("238519", "Markus Steiner", c("2022-10-12 09:30", VIE), """Zusammenfassung (Wiener Zeit, MESZ = UTC+2)
Bitbucket-Webseite für uns ned erreichbar: 09:17–10:12 (Atlassian: 7:17–8:12 AM UTC).
Als Erstes gmerkt: Lukas im Teams-Chat um 09:21.
Der Firmen-Proxy war's ned, des war nur a Vermutung.
Florians "geht wieder" um 10:14 is nur, wann er's wieder probiert hat.
Ursache (Atlassian): Config-Änderung traf an Bug im envoy proxy, neue Instanzen beim Scale-up sind ned gstartet, die alten sind überlastet abgstürzt.
Auswirkung: Release-Review und Deployment um a Stund verschoben.
Maßnahmen: Reviews im Notfall lokal per git diff; Atlassian-Statusseite abonnieren."""),
    ],
    "changelog": [
        ("Verena Gruber", c("2022-10-04 09:31", VIE), [("status", "Open", "In Progress")]),
        ("Lukas Pichler", c("2022-10-04 10:21", VIE), [("status", "In Progress", "Monitoring")]),
        ("Markus Steiner", c("2022-10-12 09:35", VIE), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-mbs1004-h58.txt", "zone": VIE, "referenceDate": "2022-10-04", "text": """
Teams-Chat "Dev Graz" - Dienstag, 4. Oktober 2022
[09:21] Lukas Pichler: Servus, Bitbucket ladt bei mir ned, nur a Fehlerseite. Is des bei eich a so?
[09:23] Florian Huber: jo, bei mir a. Pull Request vom Kunden-Release geht ned auf
[09:26] Verena Gruber: vielleicht wieder der Proxy von der Firma, der hat letzte Woch scho gsponnen. schau i ma an
[09:34] Verena Gruber: Proxy is es ned, übern Handy-Hotspot a ka Chance. git push über SSH geht aber! Atlassian Statusseite hat an Incident für Bitbucket Cloud
[09:40] Markus Steiner: Review vom Release-Branch verschieben ma, Deployment um zehn fällt aus
[09:52] Lukas Pichler: heast, dann Jause derweil 🥨
[10:14] Florian Huber: Bitbucket geht wieder, PR is offen, leiwand
[10:31] Verena Gruber: Release-Review fertig, Deployment auf elf verschoben
"""}, {"file": "bitbucket-pm-h58.txt", "zone": Z, "referenceDate": "2022-10-04", "text": """
Atlassian Bitbucket status, Postmortem "Bitbucket website and API outage" (von Verena am 11.10. kopiert, Zeiten UTC)
On Oct 4th, 2022, between 7:17 AM and 8:12 AM UTC, Atlassian customers using Bitbucket Cloud were unable to access the website.
Triggered by a configuration change that hit a bug in the envoy proxy version used for cluster management.
Detected within 14 minutes by automated monitoring; on-call engineers were paged.
Resolved by reverting the envoy config that exposed the bug; total time to resolution about 55 minutes.
Bitbucket Cloud API, Git over SSH and Git over HTTPS were not impacted.
The bug was exposed on new instances created by a scale-up event; they could not start, existing instances hit high CPU, failed health checks and crashed.
"""}],
    "expected": {
        "events": [[u("2022-10-04 07:17", Z), ["unable to access the website"]], [u("2022-10-04 09:21", VIE), ["ladt bei mir ned"]],
                   [u("2022-10-04 09:23", VIE), ["Pull Request"]], [u("2022-10-04 09:26", VIE), ["Proxy"]],
                   [u("2022-10-04 09:34", VIE), ["SSH"]], [u("2022-10-04 09:40", VIE), ["verschieben"]],
                   [u("2022-10-04 08:12", Z), ["unable to access the website"]], [u("2022-10-04 10:14", VIE), ["geht wieder"]],
                   [u("2022-10-04 10:31", VIE), ["Release-Review fertig"]]],
        "keyTimes": {
            "started": kt(u("2022-10-04 09:17", VIE), S, "Bitbucket-Webseite für uns ned erreichbar: 09:17–10:12", "comment 238519"),
            "detected": kt(u("2022-10-04 09:21", VIE), S, "Bitbucket ladt bei mir ned", "teams-mbs1004-h58.txt"),
            "resolved": kt(u("2022-10-04 10:12", VIE), S, "Bitbucket-Webseite für uns ned erreichbar: 09:17–10:12", "comment 238519")},
        "responders": [["Lukas Pichler", None], ["Verena Gruber", None], ["Florian Huber", None], ["Markus Steiner", None]],
        "narrative": nar(["envoy proxy"], ["reverting the envoy config"], ["MBS-1004", "Dev Graz"],
                         "On 4 October 2022 from 09:17 to 10:12 Vienna time the Graz developers could not open Bitbucket Cloud in the browser, so the customer release review and deployment slipped by an hour; git over SSH kept working.",
                         lucky=["SSH geht aber"], well=["git diff"], badly=["Proxy von der Firma"]),
    }})

# 6. Chatwork, 26 August 2020 - access unstable, seen from an Osaka estate agent (Japanese) ----------------------
I.append({
    "id": "chatwork-2020-08-access-osaka-estate", "name": "Chatwork access failure 26 August 2020 (notice updated 9 Sep 2020 19:00 JST: Chatwork and KDDI Chatwork unstable 14:54 to about 15:14 JST, impact easing gradually after that; SLA cumulative outage 5 minutes; cause: a defect in the script used for a server replacement let requests reach servers that had not started properly; fix: improve the work script), seen from an Osaka estate agent that kept contract papers in Chatwork",
    "issueId": "98165", "key": "NZK-0826", "summary": "Chatworkにアクセスできない / Chatwork unreachable before 15:00 contract signing",
    "reporter": "山本 彩", "assignee": "中川 健太", "labels": ["chatwork", "saas", "sales"],
    "components": ["office-it"], "created": c("2020-08-26 15:03", TYO), "now": "2020-09-20T03:00:00Z",
    "defaultZone": TYO, "priority": "High",
    "description": """Chatworkが開きません。15時の契約の書類がChatworkに上がっていて見られない。

事務所のルーターのせい? 日本時間。""",
    "comments": [
        ("238520", "中川 健太", c("2020-08-26 15:12", TYO), """ルーターではなく Chatwork 側の障害でした(お知らせに掲載あり)。LINEのやり取り: line-nzk0826-h58.txt(日本時間)。"""),
        ("238521", "山本 彩", c("2020-08-26 16:30", TYO), """契約は予定どおり完了。書類はメールの添付から印刷しました。"""),
        ("238522", "中川 健太", c("2020-09-09 19:40", TYO), """Chatworkが原因を掲載(9/9更新)。chatwork-notice-h58.txt に写しました。"""),
        ("238523", "松田 浩二", c("2020-09-11 10:00", TYO), """まとめ(日本時間)
Chatworkが使えなかった時間:14:54〜15:14頃(Chatworkの発表どおり)。
最初に気づいたのは山本さん、LINEで14:57。
ルーター説はハズレ。
藤井くんの「戻った」は開き直した時間で、復旧はChatwork発表の15:14頃。
原因(Chatwork):サーバ入れ替え作業用スクリプトの不備。
対策:契約書類は前日に印刷しておく。Chatworkが落ちたらLINEグループで連絡。"""),
    ],
    "changelog": [
        ("中川 健太", c("2020-08-26 15:04", TYO), [("status", "Open", "In Progress")]),
        ("山本 彩", c("2020-08-26 16:31", TYO), [("status", "In Progress", "Monitoring")]),
        ("松田 浩二", c("2020-09-11 10:05", TYO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "line-nzk0826-h58.txt", "zone": TYO, "referenceDate": "2020-08-26", "text": """
[LINE] なにわ住建 営業チーム
2020/08/26(水)
14:57 山本 彩 チャットワーク開かへん… 15時の契約の書類、チャットワークに上がってるやつ見られへん
14:58 藤井 翔 こっちも。くるくるしたまま
15:01 中川 健太 事務所のルーターかも。一回再起動してみるわ
15:05 中川 健太 ルーターちゃうわ。スマホの4Gでもあかん
15:07 山本 彩 書類はメールの添付から印刷しました、契約は予定どおりいけます
15:09 中川 健太 Chatworkのお知らせに「アクセス障害」出てる。向こうの問題やね
15:16 藤井 翔 戻った!チャットワーク普通に開ける
"""}, {"file": "chatwork-notice-h58.txt", "zone": TYO, "referenceDate": "2020-08-26", "text": """
Chatwork ヘルプセンター「2020/08/26 - アクセス障害のお知らせ(復旧)」 (2020年09月09日 19:00更新) 中川がコピー
【発生日時】2020/8/26 14:54〜15:14頃
上記発生日時以降ご利用のお客様への影響は徐々に解消されていきました。
SLAに関連する「累計障害時間」は5分となります。
【影響内容】ChatworkおよびKDDI Chatworkへのアクセスが不安定な状態
【発生原因】サーバ入れ替え作業用のスクリプトに不備があり、一時的に、正常に起動していないサーバにもリクエストが到達してしまう状態となり、サービス全体が不安定な状態となりました。
【再発防止策】作業用スクリプトの改善
"""}],
    "expected": {
        "events": [[u("2020-08-26 14:54", TYO), ["発生日時"]], [u("2020-08-26 14:57", TYO), ["開かへん"]],
                   [u("2020-08-26 14:58", TYO), ["くるくる"]], [u("2020-08-26 15:01", TYO), ["ルーター"]],
                   [u("2020-08-26 15:05", TYO), ["4G"]], [u("2020-08-26 15:07", TYO), ["メールの添付"]],
                   [u("2020-08-26 15:09", TYO), ["アクセス障害"]], [u("2020-08-26 15:14", TYO), ["発生日時"]],
                   [u("2020-08-26 15:16", TYO), ["戻った"]], [u("2020-09-09 19:00", TYO), ["更新"]]],
        "keyTimes": {
            "started": kt(u("2020-08-26 14:54", TYO), S, "Chatworkが使えなかった時間:14:54〜15:14頃", "comment 238523"),
            "detected": kt(u("2020-08-26 14:57", TYO), S, "チャットワーク開かへん", "line-nzk0826-h58.txt"),
            "resolved": kt(u("2020-08-26 15:14", TYO), S, "Chatworkが使えなかった時間:14:54〜15:14頃", "comment 238523")},
        "responders": [["山本 彩", None], ["中川 健太", None], ["藤井 翔", None], ["松田 浩二", None]],
        "narrative": nar(["スクリプトに不備"], ["作業用スクリプトの改善"], ["NZK-0826"],
                         "On 26 August 2020 from 14:54 to about 15:14 Tokyo time the estate agent could not open Chatwork, where the papers for a 15:00 contract signing were kept; staff printed them from e-mail attachments and talked on LINE.",
                         lucky=["メールの添付"], well=["LINE"], badly=["ルーター"]),
    }})

# 7. DigitalOcean, 7 January 2025 - SFO3 network loss, seen from a Curitiba clinic-booking SaaS (Brazilian Portuguese)
I.append({
    "id": "digitalocean-2025-01-sfo3-curitiba-saas", "name": "DigitalOcean network connectivity incident in SFO3 7 January 2025 (postmortem: scheduled network maintenance from 10:00 UTC; a routing change at 12:10 UTC met an old routing configuration on the core switches, so Regional External Load Balancers, DOKS and App Platform in SFO3 lost connectivity; resolution rollout began 13:15 UTC and all services were reported operational at 14:30 UTC), seen from a Curitiba clinic-booking SaaS hosted on App Platform in SFO3",
    "issueId": "98166", "key": "PNH-0107", "summary": "API e app fora do ar (timeout) / booking API and app down",
    "reporter": "Thiago Ribeiro", "assignee": "Camila Nogueira", "labels": ["digitalocean", "outage", "sfo3"],
    "components": ["api", "web-app"], "created": c("2025-01-07 09:15", SAO), "now": "2025-01-25T12:00:00Z",
    "defaultZone": SAO, "priority": "Highest",
    "description": """API e app da agenda fora do ar, timeout em tudo. Caiu logo depois do deploy da v3.42, provavelmente o deploy. Fazendo rollback.

Horário de Brasília.""",
    "comments": [
        ("238524", "Camila Nogueira", c("2025-01-07 09:50", SAO), """Não é o nosso deploy (rollback não resolveu). Incidente de rede da DigitalOcean em SFO3. Conversa: slack-pnh0107-h58.txt (horário de Brasília); alertas: oncall-pnh0107-h58.txt (UTC)."""),
        ("238525", "Thiago Ribeiro", c("2025-01-07 11:10", SAO), """Voltou, Better Stack marcou UP. Clínicas confirmaram."""),
        ("238526", "Camila Nogueira", c("2025-01-15 16:00", SAO), """DO publicou o postmortem, trecho em do-postmortem-h58.txt (UTC)."""),
        ("238527", "Bruno Alves", c("2025-01-16 10:00", SAO), """Resumo (horário de Brasília, UTC-3)
Fora do ar para os clientes: 09:10–11:02 (início = mudança de rota da DO às 12:10 UTC; fim = Better Stack UP).
Primeiro alerta: Better Stack 09:11 no #plantao.
O deploy das 09:05 não tinha nada a ver; o rollback foi tempo perdido.
A DO só declarou tudo operacional às 11:30, mas a gente já tinha voltado antes.
Causa (DO): configuração de rota antiga nos switches core não foi atualizada durante a manutenção.
Ações: réplica em outra região com failover de DNS; página de status própria; olhar o status do provedor antes de qualquer rollback."""),
    ],
    "changelog": [
        ("Thiago Ribeiro", c("2025-01-07 09:16", SAO), [("status", "Open", "In Progress")]),
        ("Thiago Ribeiro", c("2025-01-07 11:06", SAO), [("status", "In Progress", "Monitoring")]),
        ("Bruno Alves", c("2025-01-16 10:05", SAO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-pnh0107-h58.txt", "zone": SAO, "referenceDate": "2025-01-07", "text": """
#plantao   terça 07/01
[09:05] Camila Nogueira: deploy da v3.42 (agenda recorrente) no App Platform feito
[09:11] Better Stack: 🔴 api.agendapinhao.com.br DOWN (Connection timeout)
[09:13] Thiago Ribeiro: caiu tudo logo depois do deploy, vou fazer rollback
[09:20] Thiago Ribeiro: rollback pra v3.41 feito... continua fora. não é o deploy
[09:24] Letícia Moura: clínicas ligando, não conseguem abrir a agenda. 14 chamados já
[09:38] Camila Nogueira: status.digitalocean.com: "Network Connectivity in SFO3 Region". é deles, nosso app tá em SFO3
[09:45] Bruno Alves: avisa as clínicas: instabilidade no provedor, agenda em papel por enquanto
[10:30] Thiago Ribeiro: nada ainda. pensei em subir réplica na AWS mas o banco tá em SFO3 também
[11:02] Better Stack: 🟢 api.agendapinhao.com.br UP (downtime 1h 51m)
[11:05] Letícia Moura: clínicas confirmando que voltou
[11:40] Camila Nogueira: redeploy da v3.42, tudo ok
"""}, {"file": "oncall-pnh0107-h58.txt", "zone": Z, "referenceDate": "2025-01-07", "text": """
--- Better Stack webhook -> #plantao (payloads copiados pelo Thiago) ---
{"monitor":"api.agendapinhao.com.br","status":"DOWN","started_at":"2025-01-07T12:11:04Z","cause":"Connection timeout"}
{"monitor":"app.agendapinhao.com.br","status":"DOWN","started_at":"2025-01-07T12:11:37Z","cause":"Connection timeout"}
{"monitor":"api.agendapinhao.com.br","status":"UP","resolved_at":"2025-01-07T14:02:19Z","downtime":"1h 51m"}
{"monitor":"app.agendapinhao.com.br","status":"UP","resolved_at":"2025-01-07T14:02:48Z","downtime":"1h 51m"}
"""}, {"file": "do-postmortem-h58.txt", "zone": Z, "referenceDate": "2025-01-07", "text": """
DigitalOcean status - "Network Connectivity in SFO3 Region" - Postmortem (copiado pela Camila em 15/01, horários UTC)
The Networking team started performing scheduled maintenance to enhance network performance at 10:00 UTC.
On Jan. 7, 2025 12:10 UTC, DigitalOcean experienced a loss of network connectivity for Regional External Load Balancers, DOKS, and AppPlatform products in the SFO3 region.
A routing change rolled out at 12:10 UTC redirected traffic to a new path; an old routing configuration present on the Core switches did not get updated, so traffic was dropped.
The resolution rollout began Jan. 7th at 13:15 UTC and was fully completed with all services reported operational Jan. 7th at 14:30 UTC.
"""}],
    "expected": {
        "events": [[u("2025-01-07 10:00", Z), ["scheduled maintenance"]], [u("2025-01-07 09:05", SAO), ["deploy da v3.42"]],
                   [u("2025-01-07 12:10", Z), ["routing change", "loss of network connectivity"]],
                   [u("2025-01-07 09:11", SAO), ["DOWN"]], [u("2025-01-07 09:13", SAO), ["rollback"]],
                   [u("2025-01-07 09:20", SAO), ["não é o deploy"]], [u("2025-01-07 09:24", SAO), ["chamados"]],
                   [u("2025-01-07 09:38", SAO), ["SFO3"]], [u("2025-01-07 09:45", SAO), ["papel"]],
                   [u("2025-01-07 13:15", Z), ["resolution rollout"]], [u("2025-01-07 11:02", SAO), ["UP"]],
                   [u("2025-01-07 14:30", Z), ["operational"]]],
        "keyTimes": {
            "started": kt(u("2025-01-07 09:10", SAO), S, "Fora do ar para os clientes: 09:10–11:02", "comment 238527"),
            "detected": kt(u("2025-01-07 09:11", SAO), S, "🔴 api.agendapinhao.com.br DOWN", "slack-pnh0107-h58.txt"),
            "resolved": kt(u("2025-01-07 11:02", SAO), S, "Fora do ar para os clientes: 09:10–11:02", "comment 238527")},
        "responders": [["Thiago Ribeiro", None], ["Camila Nogueira", None], ["Letícia Moura", None], ["Bruno Alves", None]],
        "narrative": nar(["old routing configuration"], ["resolution rollout"], ["PNH-0107", "#plantao", "agendapinhao.com.br"],
                         "On 7 January 2025 from 09:10 to 11:02 Brasilia time clinics could not open the booking app or API because DigitalOcean's SFO3 network lost connectivity; staff fell back to paper agendas.",
                         lucky=["agenda em papel"], well=["Better Stack"], badly=["rollback foi tempo perdido"]),
    }})

# 8. HubSpot, 27 August 2024 - login outage, seen from a Cairo course academy's sales team (Egyptian Arabic) --------
I.append({
    "id": "hubspot-2024-08-login-cairo-academy", "name": "HubSpot login and tools outage 27 August 2024 (incident report of 23 Sep 2024: between 14:20 and 15:16 UTC some customers could not log in, access content or use tools; an issue in the load balancer stack made path handling updates block health check responses, several internal load balancers were judged unhealthy and shut down together, the rest were overwhelmed: a cascading failure), seen from a Cairo online-course academy whose sales team calls leads from HubSpot",
    "issueId": "98167", "key": "BKR-0827", "summary": "الهاب سبوت مش بيفتح / HubSpot login failing for the sales team",
    "reporter": "منة الله سامي", "assignee": "كريم عادل", "labels": ["hubspot", "crm", "sales"],
    "components": ["sales-tools"], "created": c("2024-08-27 17:30", CAI), "now": "2024-10-01T08:00:00Z",
    "defaultZone": CAI, "priority": "High",
    "description": """الهاب سبوت مش بيفتح لحد في فريق المبيعات، بيرجعنا لصفحة اللوجين وبيطلع error. عندنا مكالمات leads حملة سبتمبر النهارده.

من شوية بس. ممكن النت بتاع الشركة؟ توقيت القاهرة.""",
    "comments": [
        ("238528", "كريم عادل", c("2024-08-27 17:36", CAI), """مش النت بتاعنا، الهاب سبوت نفسه عنده مشكلة (status.hubspot.com). الشات: teams-bkr0827-h58.txt وملاحظات المكالمة: callnote-bkr0827-h58.txt (توقيت القاهرة)."""),
        ("238529", "منة الله سامي", c("2024-08-27 18:30", CAI), """رجع يشتغل، والمكالمات اللي اتعملت من الشيت اتسجلت فيه."""),
        ("238530", "كريم عادل", c("2024-09-24 11:00", CAI), """HubSpot نزلوا التقرير، نقلت الأجزاء المهمة في hubspot-report-h58.txt (UTC)."""),
        ("238531", "هالة فؤاد", c("2024-09-25 14:00", CAI), """ملخص (توقيت القاهرة، الصيفي UTC+3)
الهاب سبوت كان واقع عندنا من 17:20 لحد 18:16 (زي تقرير HubSpot: 14:20 لـ 15:16 UTC).
أول واحدة خدت بالها منة، على Teams الساعة 17:23.
موضوع النت والراوتر طلع مش هو.
يوسف قال "اشتغل" بعد ما الدنيا رجعت بشوية، ده بس وقت ما جرب تاني.
السبب (HubSpot): مشكلة في الـ load balancers، الـ health checks اتعطلت فاتقفلوا كلهم مرة واحدة.
هنعمل: تصدير الـ leads كل يوم الصبح لشيت، نشترك في status.hubspot.com، وقايمة أرقام احتياطي مع كل سيلز."""),
    ],
    "changelog": [
        ("كريم عادل", c("2024-08-27 17:31", CAI), [("status", "Open", "In Progress")]),
        ("منة الله سامي", c("2024-08-27 18:31", CAI), [("status", "In Progress", "Monitoring")]),
        ("هالة فؤاد", c("2024-09-25 14:05", CAI), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-bkr0827-h58.txt", "zone": CAI, "referenceDate": "2024-08-27", "text": """
Teams - فريق المبيعات، الثلاثاء 27/8
[17:23] منة الله سامي: يا جماعة الهاب سبوت مش راضي يفتح، بيقولي error وبيرجعني لصفحة اللوجين
[17:25] يوسف حسن: وأنا كمان، الـ leads بتوع حملة سبتمبر مش باينين خالص
[17:27] كريم عادل: ممكن النت؟ الراوتر بتاع WE بيهنج من امبارح. هجرب
[17:33] كريم عادل: لا مش النت، فاتح من موبايل 4G ونفس المشكلة. status.hubspot.com فيه incident
[17:40] منة الله سامي: طب هنكلم العملاء من شيت الإكسيل بتاع امبارح
[18:19] يوسف حسن: اشتغل! الهاب سبوت فتح والـ leads رجعت
[18:25] منة الله سامي: سجلت 11 مكالمة اتعملت من الشيت في الهاب سبوت
"""}, {"file": "callnote-bkr0827-h58.txt", "zone": CAI, "referenceDate": "2024-08-27", "text": """
ملاحظات مكالمة سريعة - 27/8 الساعة 17:45 (هالة، كريم، منة)
- الهاب سبوت واقع عند ناس كتير مش عندنا بس، مش حسابنا
- اتأكدنا إن الاشتراك مدفوع، مش موضوع فلوس
- المبيعات تكمل من شيت الإكسيل، وكريم يتابع status.hubspot.com
"""}, {"file": "hubspot-report-h58.txt", "zone": Z, "referenceDate": "2024-08-27", "text": """
HubSpot Incident Report for August 27, 2024 (published Sep 23; كريم نقل الأجزاء المهمة، الوقت UTC)
Between 14:20 UTC and 15:16 UTC on August 27, 2024, some HubSpot customers were unable to log in to their accounts, access their content, or use our tools.
An issue in the load balancer stack caused path handling updates to temporarily block health check responses; several load balancers were misread as unhealthy and shut down at the same time.
The remaining load balancer instances were overwhelmed by the surge of traffic, a cascading failure.
"""}],
    "expected": {
        "events": [[u("2024-08-27 14:20", Z), ["unable to log in"]], [u("2024-08-27 17:23", CAI), ["مش راضي يفتح"]],
                   [u("2024-08-27 17:25", CAI), ["leads"]], [u("2024-08-27 17:27", CAI), ["الراوتر"]],
                   [u("2024-08-27 17:33", CAI), ["4G"]], [u("2024-08-27 17:40", CAI), ["الإكسيل"]],
                   [u("2024-08-27 17:45", CAI), ["مكالمة"]], [u("2024-08-27 15:16", Z), ["unable to log in"]],
                   [u("2024-08-27 18:19", CAI), ["اشتغل"]], [u("2024-08-27 18:25", CAI), ["مكالمة"]]],
        "keyTimes": {
            "started": kt(u("2024-08-27 17:20", CAI), S, "الهاب سبوت كان واقع عندنا من 17:20 لحد 18:16", "comment 238531"),
            "detected": kt(u("2024-08-27 17:23", CAI), S, "الهاب سبوت مش راضي يفتح", "teams-bkr0827-h58.txt"),
            "resolved": kt(u("2024-08-27 18:16", CAI), S, "الهاب سبوت كان واقع عندنا من 17:20 لحد 18:16", "comment 238531")},
        "responders": [["منة الله سامي", None], ["يوسف حسن", None], ["كريم عادل", None], ["هالة فؤاد", None]],
        "narrative": nar(["health check"], [], ["BKR-0827"],
                         "On 27 August 2024 from 17:20 to 18:16 Cairo time the academy's sales team could not log in to HubSpot and called leads from the previous day's Excel sheet.",
                         lucky=["شيت الإكسيل"], well=["4G"], badly=["الراوتر"]),
    }})

# 9. HubSpot, 27 March 2025 - e-mail sending delayed, seen from a Bratislava outdoor e-shop (Slovak) ---------------
I.append({
    "id": "hubspot-2025-03-email-delay-bratislava-eshop", "name": "HubSpot e-mail sending delays 27 March 2025 (incident report: from about 15:00 to 17:50 UTC some customers on a segment of the North American infrastructure had delayed marketing e-mails, test sends, signup verifications and 2FA e-mails; 15:02 UTC monitoring detected anomalies; an internal component's unusual large atomic writes caused hotspotting in Apache HBase; the component was paused quickly but retries prolonged the recovery), seen from a Bratislava outdoor e-shop whose HubSpot portal is hosted on US data",
    "issueId": "98168", "key": "KMZ-0327", "summary": "HubSpot neposiela e-maily (test, newsletter, 2FA) / HubSpot e-mails not arriving",
    "reporter": "Zuzana Horváthová", "assignee": "Martin Kováč", "labels": ["hubspot", "email", "eshop"],
    "components": ["marketing", "eshop"], "created": c("2025-03-27 16:20", BTS), "now": "2025-04-15T08:00:00Z",
    "defaultZone": BTS, "priority": "High",
    "description": """Z HubSpotu nechodia e-maily: testovací newsletter neprišiel, jarný výpredaj stanov má odísť dnes poobede.

Nie je nám zablokovaný účet po tej GDPR kontrole minulý týždeň? Bratislavský čas.""",
    "comments": [
        ("238532", "Martin Kováč", c("2025-03-27 16:55", BTS), """Účet blokovaný nie je. HubSpot má oneskorenie odosielania e-mailov (náš portál je na US dátach). Vlákno: email-kmz0327-h58.txt (bratislavský čas)."""),
        ("238533", "Zuzana Horváthová", c("2025-03-28 09:00", BTS), """Ráno: newsletter odišiel, testy aj 2FA kódy dorazili. Kedy presne to začalo znova chodiť, neviem, večer som to už nesledovala a v HubSpote je pri kampani len dátum."""),
        ("238534", "Martin Kováč", c("2025-04-04 13:30", BTS), """HubSpot zverejnil incident report, výťah v hubspot-mar-h58.txt (UTC). Celú časovú os som nekopíroval."""),
        ("238535", "Peter Baláž", c("2025-04-07 10:00", BTS), """Zhrnutie (bratislavský čas, CET = UTC+1)
Oneskorené e-maily u nás: od cca 16:00 (HubSpot: okolo 15:00 UTC); koniec nevieme, nikto to večer nesledoval a report sme celý neskopírovali.
Prvý signál: Zuzkin mail, že neprišiel test.
Podozrenie na blokovaný účet (GDPR kontrola) sa nepotvrdilo.
Dopad: jarný newsletter odišiel neskoro, dve zákazníčky sa nevedeli zaregistrovať, Martin sa nevedel prihlásiť (2FA cez e-mail).
Príčina (HubSpot): hotspotting v HBase po veľkých atomických zápisoch, potom kopa opakovaní.
Opatrenia: presunúť portál na EU dáta; 2FA cez aplikáciu, nie e-mail; newslettery plánovať s rezervou; banner so zľavovým kódom mať pripravený."""),
    ],
    "changelog": [
        ("Martin Kováč", c("2025-03-27 16:33", BTS), [("status", "Open", "In Progress")]),
        ("Zuzana Horváthová", c("2025-03-28 09:01", BTS), [("status", "In Progress", "Monitoring")]),
        ("Peter Baláž", c("2025-04-07 10:05", BTS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "email-kmz0327-h58.txt", "zone": BTS, "referenceDate": "2025-03-27", "text": """
Od: Zuzana Horváthová
Komu: Martin Kováč
Dátum: št 27. 3. 2025 16:14
Predmet: HubSpot - testovací e-mail neprišiel
Martin, poslala som si test jarného newslettera o 16:05 a doteraz nič. Newsletter má ísť o pol piatej. Nie je nám zablokovaný účet kvôli tej GDPR kontrole?
---
Od: Martin Kováč
Dátum: št 27. 3. 2025 16:31
Účet blokovaný nie je, v nastaveniach všetko zelené. Ale ani mne neprišiel 2FA kód pri prihlásení, skúšal som trikrát.
---
Od: Simona Vargová
Dátum: št 27. 3. 2025 16:44
Dve zákazníčky píšu, že sa nevedia zaregistrovať, neprišiel im overovací e-mail.
---
Od: Martin Kováč
Dátum: št 27. 3. 2025 16:52
Na status.hubspot.com je incident s odosielaním e-mailov. Je to u nich, nie u nás.
---
Od: Peter Baláž
Dátum: št 27. 3. 2025 17:05
Newsletter nerušte, nech odíde, keď to pustia. Zuzka, daj na web banner so zľavovým kódom.
"""}, {"file": "hubspot-mar-h58.txt", "zone": Z, "referenceDate": "2025-03-27", "text": """
HubSpot Incident Report, March 27th 2025 (výťah, skopíroval Martin 4. 4.; časy UTC)
On Thursday, March 27, 2025, starting around 15:00 UTC, some HubSpot customers experienced delays in sending emails, including marketing emails, test sends, signup verifications, and 2FA emails. Only a segment of the North American infrastructure was affected.
15:02 UTC: Our monitoring systems detected anomalies in the email sending pipeline.
An internal component began an unusual pattern of large atomic writes, causing hotspotting on specific areas of the Apache HBase data store used for critical email operations.
The initiating component was paused quickly, but excessive retries from other parts of the email sending system prolonged the recovery.
[zvyšok časovej osi som nekopíroval]
"""}],
    "expected": {
        "events": [[u("2025-03-27 15:00", Z), ["starting around"]], [u("2025-03-27 15:02", Z), ["anomalies"]],
                   [u("2025-03-27 16:05", BTS), ["test"]], [u("2025-03-27 16:14", BTS), ["testovací e-mail"]],
                   [u("2025-03-27 16:31", BTS), ["blokovaný"]], [u("2025-03-27 16:44", BTS), ["overovací"]],
                   [u("2025-03-27 16:52", BTS), ["status.hubspot.com"]], [u("2025-03-27 17:05", BTS), ["banner"]]],
        "keyTimes": {
            "started": kt(u("2025-03-27 16:00", BTS), S, "Oneskorené e-maily u nás: od cca 16:00", "comment 238535"),
            "detected": kt(u("2025-03-27 16:14", BTS), S, "Dátum: št 27. 3. 2025 16:14", "email-kmz0327-h58.txt"),
            "resolved": kt(None, U)},
        "responders": [["Zuzana Horváthová", None], ["Martin Kováč", None], ["Simona Vargová", None], ["Peter Baláž", None]],
        "narrative": nar(["hotspotting"], ["paused"], ["KMZ-0327"],
                         "On 27 March 2025 from about 16:00 Bratislava time HubSpot e-mails (test sends, the spring newsletter, signup verifications and 2FA codes) were delayed for the e-shop; when they started flowing again is not recorded.",
                         well=["banner"], badly=["GDPR"]),
    }})

# 10. Templafy, 27 January 2020 - web app unreachable, seen from a Sydney law firm (Australian English, 12-hour) ----
I.append({
    "id": "templafy-2020-01-azure-sydney-lawfirm", "name": "Templafy web app unavailable 27 January 2020 (incident report, UTC: 5:00 Azure autoscaling spun up extra servers; 5:02 they ran but did not serve requests because of a Microsoft platform issue; 5:13 the original servers slowed under the load; 5:28 automated alerts; 5:38 all servers restarted; 5:48 traffic served again; 6:15 full performance; users saw a blank page), seen from a Sydney conveyancing firm finishing a settlement bundle on the Australia Day public holiday",
    "issueId": "98169", "key": "KLL-0127", "summary": "Templafy templates panel blank in Word - can't build settlement bundle",
    "reporter": "Josh Tran", "assignee": "Dave Mitchell", "labels": ["templafy", "office", "settlements"],
    "components": ["document-templates"], "created": c("2020-01-27 16:40", SYD), "now": "2020-02-10T00:00:00Z",
    "defaultZone": SYD, "priority": "High",
    "description": """Templafy panel in Word is just blank, can't pull the contract of sale or the settlement letter templates. Bundle has to go to the other side today, public holiday or not.

Not sure since when. Could be the Office update from Friday? Sydney time.""",
    "comments": [
        ("238536", "Dave Mitchell", c("2020-01-27 16:58", SYD), """Not the Office update - rolled one laptop back, still blank. Templafy's status page says the web app is unreachable, so it's on their end. Chat: teams-kll0127-h58.txt (Sydney time)."""),
        ("238537", "Josh Tran", c("2020-01-27 17:25", SYD), """All good now, bundle finished and sent."""),
        ("238538", "Dave Mitchell", c("2020-01-30 10:00", SYD), """Templafy posted their incident report, pasted in templafy-status-h58.txt (UTC, so add 11 hours for us)."""),
        ("238539", "Sarah O'Brien", c("2020-02-03 09:30", SYD), """Recap (Sydney time, AEDT = UTC+11)
Templafy unusable for us 4:13 pm to 5:15 pm (their 5:13 UTC slowdown to their 6:15 UTC full performance); templates half-worked from just before 5.
Who noticed first: no idea. Josh's Teams message is the first thing in writing, but Priya reckons she'd been grumbling about it in the kitchen well before that and nobody wrote down when.
Dave's Office-update theory was wrong.
Cause (Templafy): new Azure servers started by autoscaling didn't take traffic (Microsoft platform issue) and the old ones got overloaded. Fixed by restarting all servers.
Actions: offline copies of the five most-used templates on the S: drive; don't leave settlement bundles to a public holiday."""),
    ],
    "changelog": [
        ("Dave Mitchell", c("2020-01-27 16:41", SYD), [("status", "Open", "In Progress")]),
        ("Josh Tran", c("2020-01-27 17:26", SYD), [("status", "In Progress", "Monitoring")]),
        ("Sarah O'Brien", c("2020-02-03 09:35", SYD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-kll0127-h58.txt", "zone": SYD, "referenceDate": "2020-01-27", "text": """
Teams chat "Settlements - Tues bundle"   Mon 27 Jan (public hol)
[4:31 PM] Josh Tran: is Templafy dead for everyone or just me? Word just shows a blank panel where the templates should be
[4:33 PM] Priya Nair: yeah nah same, been like that for a bit, I was whinging about it in the kitchen before
[4:36 PM] Dave Mitchell: might be the Office update that pushed Friday arvo, I'll roll one laptop back and see
[4:52 PM] Dave Mitchell: rolled back, still blank. Templafy status says web app unreachable, it's on their end
[4:55 PM] Priya Nair: templates loading again but sloooow, took 2 min to open the contract of sale
[5:18 PM] Josh Tran: back to normal speed. finishing the bundle now
[5:40 PM] Sarah O'Brien: cheers all, bundle's with the other side. go enjoy what's left of the long weekend
"""}, {"file": "templafy-status-h58.txt", "zone": Z, "referenceDate": "2020-01-27", "text": """
Templafy status - "Website unavailable" incident report (Dave pasted 30 Jan, times UTC)
Templafy web app was unreachable: tenants unavailable, users saw a blank page. Our team was notified of the degraded performance at 5:28 UTC from our automated alert systems.
At 5:00 UTC: our Azure automated workload balancer spun up additional servers as planned.
At 5:02 UTC: all additional servers were running, but due to a platform related issue on Microsoft's side, these servers did not serve incoming requests.
At 5:13 UTC: our initial running servers started to respond slowly under the heavy load.
At 5:38 UTC: all servers were restarted.
At 5:48 UTC: traffic was starting to be served.
At 6:15 UTC: performance was back at full.
"""}],
    "expected": {
        "events": [[u("2020-01-27 05:00", Z), ["spun up"]], [u("2020-01-27 05:02", Z), ["did not serve"]],
                   [u("2020-01-27 05:13", Z), ["respond slowly"]], [u("2020-01-27 05:28", Z), ["automated alert"]],
                   [u("2020-01-27 16:31", SYD), ["Templafy dead"]], [u("2020-01-27 16:33", SYD), ["kitchen"]],
                   [u("2020-01-27 16:36", SYD), ["Office update"]], [u("2020-01-27 05:38", Z), ["restarted"]],
                   [u("2020-01-27 05:48", Z), ["traffic"]], [u("2020-01-27 16:52", SYD), ["rolled back"]],
                   [u("2020-01-27 16:55", SYD), ["loading again"]], [u("2020-01-27 06:15", Z), ["back at full"]],
                   [u("2020-01-27 17:18", SYD), ["normal speed"]], [u("2020-01-27 17:40", SYD), ["bundle"]]],
        "keyTimes": {
            "started": kt(u("2020-01-27 16:13", SYD), S, "Templafy unusable for us 4:13 pm to 5:15 pm", "comment 238539"),
            "detected": kt(None, U),
            "resolved": kt(u("2020-01-27 17:15", SYD), S, "Templafy unusable for us 4:13 pm to 5:15 pm", "comment 238539")},
        "responders": [["Josh Tran", None], ["Priya Nair", None], ["Dave Mitchell", None], ["Sarah O'Brien", None]],
        "narrative": nar(["platform related issue"], ["restarted"], ["KLL-0127", "S: drive"],
                         "On 27 January 2020 (Australia Day public holiday) from 4:13 pm to 5:15 pm Sydney time the firm's Templafy panel in Word was blank or very slow, holding up a settlement bundle that still went out that evening.",
                         well=["bundle's with the other side"], badly=["Office update"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

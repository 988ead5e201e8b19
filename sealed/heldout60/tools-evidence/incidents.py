"""Held-out 60 incidents: compact specs. Ten public incidents (even years only) seen from small customers, each written in
the language of the people who lived through it: Gandi's Paris storage outage of 7-8 October 2014 seen from a Milan web
agency (Italian WhatsApp); Clerk.io's storage zone 1 outage of 26 March 2024 seen from a Brno board-game web shop (Czech
Slack); Auth0's EU certificate-rollover login errors of 1 November 2018 seen from a Kuala Lumpur payroll SaaS (Malay,
Google Chat with an on-call payload); Clerk's query-plan outage of 19 February 2026 seen from a Dhaka exam-coaching app
(Bengali WhatsApp); Hoxhunt's background-processing delay of 1-2 January 2026 seen from an Oslo accounting firm
(Norwegian e-mail thread); imgix's elevated rendering errors of 23 May 2024 seen from an Istanbul home-textile shop
(Turkish Slack); imgix's request spike of 17 June 2024 seen from an Accra news desk after midnight (Ghanaian English
WhatsApp, 12-hour clock); Xero's login outage of 19 December 2018 NZDT seen from an Edinburgh bookkeeper late on the
18th (Scottish English e-mail); Salt Edge's PIS/AIS disruption of 10 March 2026 seen from an Athens bookkeeping SaaS
(Greek Slack with an alert payload); Clerk.io's database zone 2 outage of 9 December 2024 seen from a Reykjavik outdoor
shop (Icelandic Messenger).
Timeline facts from public statements (SOURCES-heldout60.md); people, companies, ticket keys, chat wording, wrong first
guesses and the customer-side minutes are made up and never contradict the published timelines."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2025-06-10 09:31' in zone -> '2025-06-10T06:31' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


ROM, PAR, PRG, CPH, KUL = "Europe/Rome", "Europe/Paris", "Europe/Prague", "Europe/Copenhagen", "Asia/Kuala_Lumpur"
DAC, OSL, IST, ACC, LAX = "Asia/Dhaka", "Europe/Oslo", "Europe/Istanbul", "Africa/Accra", "America/Los_Angeles"
LON, AKL, ATH, REK, Z = "Europe/London", "Pacific/Auckland", "Europe/Athens", "Atlantic/Reykjavik", "UTC"

I = []

# 1. Gandi, 7-8 October 2014 - Paris storage unit outage, seen from a Milan web agency (Italian WhatsApp) -------------
I.append({
    "id": "gandi-2014-10-paris-storage-milano-agency", "name": "Gandi hosting outage 7-8 October 2014 (Paris time: shortly before 8:00 p.m. a storage unit in the Paris datacenter holding IaaS disks and Simple Hosting instances became unresponsive; 20:00 decision to switch to backup equipment; 21:00 the import was interrupted after an hour, caching equipment blamed, write-journal disk changed; 2:00 a.m. storage unit rebooted; 3:00-5:30 a.m. recovery overload, VMs restarted in waves; 8:30 a.m. all VMs and instances functional with a few manual exceptions; 12:30 p.m. further misbehaviour investigated), seen from a Milan web agency whose clients' sites run on Gandi Simple Hosting",
    "issueId": "98180", "key": "WEB-1007", "summary": "Siti clienti su Gandi Simple Hosting giù (Enoteca, Ferramenta, B&B)",
    "reporter": "Chiara Colombo", "assignee": "Davide Ferri", "labels": ["gandi", "hosting", "clienti"],
    "components": ["hosting-clienti"], "created": c("2014-10-07 20:18", ROM), "now": "2014-10-20T09:00:00Z",
    "defaultZone": ROM, "priority": "Highest",
    "description": """I siti di 3 clienti su Gandi Simple Hosting non rispondono: enotecabrera.it, ferramentasala.it, bbsullago.it. Timeout, il pannello admin di Gandi lentissimo.

Da quando?? boh, dalle 19:30 circa. Forse c'entra il cambio DNS che ho fatto oggi pomeriggio per il B&B. Ora italiana.""",
    "comments": [
        ("239500", "Davide Ferri", c("2014-10-07 20:40", ROM), """Non è il DNS: anche la Ferramenta, che nessuno ha toccato, è giù. Su status.gandi.net c'è un incidente sullo storage di Parigi (hosting). Chat WhatsApp incollata in h60-wa-web1007.txt (ora italiana = ora di Parigi)."""),
        ("239501", "Chiara Colombo", c("2014-10-08 09:10", ROM), """Stamattina tutti e tre i siti su, controllati a mano. Il titolare dell'Enoteca dice che ieri sera due persone non sono riuscite a prenotare la degustazione dal form, le richiamiamo noi."""),
        ("239502", "Davide Ferri", c("2014-10-09 11:00", ROM), """Gandi ha pubblicato la spiegazione sul blog news; l'ho riassunta e tradotta in h60-gandi-news-web1007.txt (orari di Parigi, come i nostri)."""),
        ("239503", "Sara Galli", c("2014-10-13 15:30", ROM), """Riepilogo (ora italiana, CEST)
Inizio: Gandi scrive solo "poco prima delle 20:00"; il nostro monitor controlla ogni 5 minuti, quindi il minuto esatto non lo sappiamo. Le "19:30" della descrizione erano a occhio.
Primo avviso: mail di UptimeRobot (Enoteca DOWN) alle 19:57, girata su WhatsApp da Luca.
Fine per noi: Ferramenta su alle 5:47, siti dei clienti giù fino alle 7:55 (Enoteca e B&B). Gandi dice tutte le VM funzionanti alle 8:30, noi eravamo già su.
Il cambio DNS del B&B non c'entrava niente.
Causa (Gandi): unità di storage a Parigi bloccata, colpa dell'apparato di caching, sostituito il disco del journal di scrittura; poi sovraccarico al riavvio.
Azioni: backup notturno dei siti fuori da Gandi; pagina statica di cortesia su un altro hosting; numero di reperibilità condiviso coi clienti."""),
    ],
    "changelog": [
        ("Davide Ferri", c("2014-10-07 20:20", ROM), [("status", "Open", "In Progress")]),
        ("Chiara Colombo", c("2014-10-08 09:12", ROM), [("status", "In Progress", "Monitoring")]),
        ("Sara Galli", c("2014-10-13 15:35", ROM), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-wa-web1007.txt", "zone": ROM, "referenceDate": "2014-10-07", "text": """
07/10/14 19:57 - Luca Marchetti: [inoltrato] UptimeRobot: Monitor is DOWN: enotecabrera.it (Connection Timeout)
07/10/14 20:02 - Luca Marchetti: anche ferramentasala.it giù. il pannello Gandi carica lentissimo
07/10/14 20:06 - Chiara Colombo: non sarà il cambio DNS che ho fatto oggi pomeriggio per il B&B??
07/10/14 20:21 - Davide Ferri: no, la Ferramenta non l'abbiamo toccata. status.gandi.net: incidente storage a Parigi, passano all'apparato di backup
07/10/14 21:15 - Davide Ferri: aggiornamento Gandi: import interrotto, indagine in corso. ne avranno per un po'
07/10/14 21:30 - Sara Galli: ho chiamato il titolare dell'Enoteca, domattina gli mando un aggiornamento
07/10/14 23:48 - Davide Ferri: vado a letto, lascio le notifiche di UptimeRobot accese
08/10/14 02:14 - Davide Ferri: sveglio per il bimbo, ancora tutto giù. Gandi dice che hanno cambiato il disco e riavviano l'unità
08/10/14 05:47 - Luca Marchetti: [inoltrato] UptimeRobot: Monitor is UP: ferramentasala.it
08/10/14 07:55 - Luca Marchetti: [inoltrato] UptimeRobot: Monitor is UP: enotecabrera.it, bbsullago.it
08/10/14 08:10 - Chiara Colombo: controllati a mano, tutti e tre ok
"""}, {"file": "h60-gandi-news-web1007.txt", "zone": PAR, "referenceDate": "2014-10-07", "text": """
Gandi news, incidente hosting di martedì 7 ottobre - riassunto e tradotto da Davide (orari di Parigi)
Poco prima delle 20:00 un'unità di storage del datacenter di Parigi (dischi di server IaaS e istanze Simple Hosting) ha smesso di rispondere.
Alle 20:00, escluse le cause più probabili, decidono di passare all'apparato di backup.
Alle 21:00, dopo un'ora di import dei dati, l'operazione si interrompe; lunga indagine, colpa dell'apparato di caching, cambiano il disco del journal di scrittura e tornano all'unità originale.
Alle 2:00 l'unità col disco sostituito viene riavviata.
Tra le 3:00 e le 5:30 il ripristino dopo 6 ore di fermo crea un forte sovraccarico su rete e storage; riavviano le VM a ondate.
Alle 8:30 tutte le VM e le istanze di nuovo funzionanti, con poche eccezioni sistemate a mano.
Alle 12:30 indagano su un comportamento anomalo residuo dell'unità. Il più grave incidente hosting degli ultimi tre anni, dicono; rimborsi secondo lo SLA.
"""}],
    "expected": {
        "events": [[u("2014-10-07 19:57", ROM), ["Monitor is DOWN"]], [u("2014-10-07 20:00", PAR), ["backup"]],
                   [u("2014-10-07 20:02", ROM), ["ferramentasala"]], [u("2014-10-07 20:06", ROM), ["DNS"]],
                   [u("2014-10-07 20:21", ROM), ["status.gandi"]], [u("2014-10-07 21:00", PAR), ["import"]],
                   [u("2014-10-07 21:15", ROM), ["import interrotto"]], [u("2014-10-08 02:00", PAR), ["riavviata"]],
                   [u("2014-10-08 02:14", ROM), ["sveglio"]], [u("2014-10-08 03:00", PAR), ["sovraccarico"]],
                   [u("2014-10-08 05:47", ROM), ["Monitor is UP"]], [u("2014-10-08 07:55", ROM), ["bbsullago"]],
                   [u("2014-10-08 08:30", PAR), ["funzionanti"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2014-10-07 19:57", ROM), S, "Monitor is DOWN: enotecabrera.it", "h60-wa-web1007.txt"),
            "resolved": kt(u("2014-10-08 07:55", ROM), S, "siti dei clienti giù fino alle 7:55", "comment 239503")},
        "responders": [["Chiara Colombo", None], ["Davide Ferri", None], ["Luca Marchetti", None], ["Sara Galli", None]],
        "narrative": nar(["caching"], ["disco del journal"], ["WEB-1007", "UptimeRobot"],
                         "From shortly before 8 p.m. on 7 October 2014 until 7:55 the next morning (Milan time) the agency's client sites on Gandi Simple Hosting were down; one came back at 5:47.",
                         well=["notifiche di UptimeRobot"], badly=["cambio DNS"]),
    }})

# 2. Clerk.io, 26 March 2024 - storage zone 1 database down, seen from a Brno board-game web shop (Czech Slack) -------
I.append({
    "id": "clerkio-2024-03-zone1-db-brno-boardgames", "name": "Clerk.io API slowdown and full storage zone 1 outage 26 March 2024 (status post, CET: 18:59 a virtual instance hosting one of the databases went down (AWS side), alert and on-call identification within minutes; 19:08 stores on the database put into maintenance; 19:22 database back up, transactions replayed, two tables with log notes checked; 19:23 all services back to normal; the post is stamped 19:00 CET), seen from a Brno board-game web shop whose search and product recommendations run on Clerk.io",
    "issueId": "98181", "key": "HRY-0326", "summary": "Vyhledávání na e-shopu nic nenajde, doporučení zmizela (Clerk.io)",
    "reporter": "Tereza Nováková", "assignee": "Ondřej Svoboda", "labels": ["clerkio", "vyhledavani", "eshop"],
    "components": ["eshop", "vyhledavani"], "created": c("2024-03-26 19:15", PRG), "now": "2024-04-10T08:00:00Z",
    "defaultZone": PRG, "priority": "High",
    "description": """Vyhledávání na e-shopu nevrací žádné výsledky a doporučené produkty na detailu zmizely. Kampaň Velikonoční slevy běží od 18:00 a lidi nemůžou nic najít!!

Od kdy? cca od 19:00? Možná to rozbil včerejší import XML feedu. Časy naše (SEČ).""",
    "comments": [
        ("239504", "Ondřej Svoboda", c("2024-03-26 19:20", PRG), """Feed je v pořádku, poslední sync prošel. Clerk.io má na status.clerk.io incident "API Slowdown & Full Storage Zone 1 Outage". Dočasně jsem zapnul vestavěné vyhledávání platformy. Vlákno ze Slacku: h60-slack-hry0326.txt."""),
        ("239505", "Tereza Nováková", c("2024-03-26 19:40", PRG), """Clerk vyhledávání zase jede, vestavěné jsem vypnula. Čtyři zákazníci z chatu, kteří nic nenašli, dostali kód na dopravu zdarma."""),
        ("239506", "Ondřej Svoboda", c("2024-03-27 10:00", PRG), """Text ze status stránky Clerk.io je v h60-clerkio-status-hry0326.txt (CET, stejně jako my). Pozor: u příspěvku stojí Posted 19:00, ale obsah popisuje věci až do 19:23, asi ho dopisovali."""),
        ("239507", "Lucie Černá", c("2024-04-02 14:00", PRG), """Shrnutí (SEČ)
Vyhledávání a doporučení nefungovala: 18:59–19:23 (podle Clerk.io 18:59 spadla databázová instance, 19:23 vše zpět).
Poprvé jsme se to dozvěděli: zákaznice na chatu v 19:02, Jakub to hodil do Slacku.
"Cca od 19:00" v popisu byl odhad a XML feed za to nemohl.
Ondřejova zpráva v 19:26 je jen chvíle, kdy si toho všiml.
Příčina (Clerk.io): virtuální instance s jednou z jejich databází u AWS náhle spadla.
Akce: automatické přepnutí na vestavěné vyhledávání, když Clerk 2 minuty neodpovídá; odběr status.clerk.io; hlídat podíl prázdných výsledků vyhledávání."""),
    ],
    "changelog": [
        ("Ondřej Svoboda", c("2024-03-26 19:16", PRG), [("status", "Open", "In Progress")]),
        ("Tereza Nováková", c("2024-03-26 19:41", PRG), [("status", "In Progress", "Monitoring")]),
        ("Lucie Černá", c("2024-04-02 14:05", PRG), [("priority", "High", "Medium"), ("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-slack-hry0326.txt", "zone": PRG, "referenceDate": "2024-03-26", "text": """
#eshop   úterý 26. 3.
[19:02] Jakub Dvořák: zákaznice na chatu píše, že hledání "Carcassonne" nic nenajde. zkusil jsem to, prázdné výsledky
[19:04] Tereza Nováková: doporučené produkty na detailu taky nejsou. v den kampaně, super
[19:06] Ondřej Svoboda: nerozbil to včerejší import XML feedu? kouknu
[19:11] Ondřej Svoboda: feed ok. status.clerk.io má incident, storage zone 1 outage
[19:14] Ondřej Svoboda: zapínám vestavěné vyhledávání platformy jako záplatu
[19:26] Ondřej Svoboda: Clerk hledání zase vrací výsledky
[19:31] Tereza Nováková: vestavěné vypnuto, jedeme zpátky na Clerku
"""}, {"file": "h60-clerkio-status-hry0326.txt", "zone": CPH, "referenceDate": "2024-03-26", "text": """
API Slowdown & Full Storage Zone 1 Outage - Incident Report for Clerk.io (status.clerk.io, zkopíroval Ondřej, CET)
Resolved
18:59 CET: a virtual instance hosting one of the databases went dark; an alert fired and the pager duty team found it within minutes.
19:08 CET: every store on that database put in maintenance so workers stop trying to reach it; the rest of the customers stable again.
The problem was on the cloud provider (AWS) side; only at 19:22 CET the database came back up.
On restart the DBMS replayed pending transactions, two tables had log notes, checked by hand, then the stores left maintenance.
19:23 CET: all services back to normal.
Posted Mar 26, 2024 - 19:00 CET
"""}],
    "expected": {
        "events": [[u("2024-03-26 18:59", CPH), ["went dark"]], [u("2024-03-26 19:02", PRG), ["Carcassonne"]],
                   [u("2024-03-26 19:04", PRG), ["doporučené"]], [u("2024-03-26 19:06", PRG), ["XML"]],
                   [u("2024-03-26 19:08", CPH), ["maintenance"]], [u("2024-03-26 19:11", PRG), ["status.clerk.io"]],
                   [u("2024-03-26 19:14", PRG), ["vestavěné"]], [u("2024-03-26 19:22", CPH), ["came back up"]],
                   [u("2024-03-26 19:23", CPH), ["back to normal"]], [u("2024-03-26 19:26", PRG), ["zase vrací"]],
                   [u("2024-03-26 19:31", PRG), ["vypnuto"]]],
        "keyTimes": {
            "started": kt(u("2024-03-26 18:59", PRG), S, "Vyhledávání a doporučení nefungovala: 18:59–19:23", "comment 239507"),
            "detected": kt(u("2024-03-26 19:02", PRG), S, "zákaznice na chatu píše", "h60-slack-hry0326.txt"),
            "resolved": kt(u("2024-03-26 19:23", PRG), S, "Vyhledávání a doporučení nefungovala: 18:59–19:23", "comment 239507")},
        "responders": [["Jakub Dvořák", None], ["Tereza Nováková", None], ["Ondřej Svoboda", None], ["Lucie Černá", None]],
        "narrative": nar(["virtual instance"], ["back to normal"], ["HRY-0326", "#eshop"],
                         "On 26 March 2024 from 18:59 to 19:23 Prague time the shop's search returned nothing and product recommendations were empty, on the evening of its Easter sale.",
                         well=["vestavěné vyhledávání"], badly=["XML feedu"]),
    }})

# 3. Auth0, 1 November 2018 - EU login errors after certificate rollover, seen from a KL payroll SaaS (Malay) --------
I.append({
    "id": "auth0-2018-11-cert-rollover-kl-payroll", "name": "Auth0 elevated errors on logins 1 November 2018 (postmortem, UTC: between 08:20 and 13:27 about 0.13% of login/callback requests in the EU region failed, mostly waad and adfs strategies, because of certificate rollover problems, and customers were not warned because the scheduled rollover-notification job had not run; 08:20 Developer Success escalated a customer's outage ticket; 08:25 that customer updated its connection settings by hand and recovered; a later manual run of the rollover job in the US region caused errors 17:38-18:24 UTC, mostly SAMLP), seen from a Kuala Lumpur payroll SaaS whose enterprise client signs in through ADFS on an Auth0 EU tenant",
    "issueId": "98182", "key": "GJI-1101", "summary": "Staf Perabot Jaya tak boleh login portal gaji (ADFS / Auth0)",
    "reporter": "Nurul Aisyah binti Hassan", "assignee": "Hafiz Rahman", "labels": ["auth0", "sso", "adfs"],
    "components": ["portal-gaji", "sso"], "created": c("2018-11-01 16:50", KUL), "now": "2018-11-15T02:00:00Z",
    "defaultZone": KUL, "priority": "Highest",
    "description": """Staf pelanggan kami Perabot Jaya (guna ADFS) tak boleh login ke portal gaji. Lepas masuk password kat ADFS, balik ke portal keluar error "invalid signature". Slip gaji November keluar esok!

Mula petang ni ~4.00? Mungkin sebab deploy v3.8 kami pagi tadi. Masa Malaysia (MYT).""",
    "comments": [
        ("239508", "Hafiz Rahman", c("2018-11-01 17:20", KUL), """Bukan deploy kita: rollback ke v3.7 pun sama. Log tenant Auth0 (region EU) tunjuk failed login kat login/callback untuk connection ADFS Perabot Jaya sahaja, connection lain ok. status.auth0.com ada incident "Elevated errors on logins". Google Chat + payload alert: h60-gchat-gji1101.txt."""),
        ("239509", "Hafiz Rahman", c("2018-11-01 18:20", KUL), """Dah update sijil ADFS dalam setting connection secara manual (muat semula federation metadata), login Perabot Jaya berjaya semula. Tak tunggu Auth0."""),
        ("239510", "Nurul Aisyah binti Hassan", c("2018-11-02 10:00", KUL), """Perabot Jaya sahkan semua 140 staf boleh login pagi ni. Slip gaji keluar ikut jadual."""),
        ("239511", "Hafiz Rahman", c("2018-11-06 11:30", KUL), """Auth0 terbit postmortem, ringkasan saya dalam h60-auth0-pm-gji1101.txt (UTC, kita +8)."""),
        ("239512", "Azlan Ismail", c("2018-11-08 15:00", KUL), """Ringkasan (MYT, UTC+8)
Kesan kepada kita: login ADFS Perabot Jaya gagal 16:31–18:05. Log tenant tunjuk kegagalan pertama 16:31; tamat bila Hafiz update sijil connection secara manual pukul 18:05.
Mula tahu: alert Opsgenie 16:38 (kadar ralat login_callback lebih 5%), sebelum HR pelanggan telefon.
"~4.00" dalam description cuma agakan, dan deploy v3.8 tak bersalah.
Auth0: di EU ralat dari 08:20 hingga 13:27 UTC (16:20–21:27 MYT); 21:27 itu bukan penghujung untuk kita, kita dah pulih lebih awal.
Punca (Auth0): masalah certificate rollover, dan job berjadual yang sepatutnya hantar notis rollover tak jalan.
Tindakan: pantau tarikh luput sijil ADFS setiap pelanggan enterprise; runbook update connection secara manual; langgan status.auth0.com."""),
    ],
    "changelog": [
        ("Hafiz Rahman", c("2018-11-01 16:52", KUL), [("status", "Open", "In Progress")]),
        ("Hafiz Rahman", c("2018-11-01 18:21", KUL), [("status", "In Progress", "Monitoring")]),
        ("Azlan Ismail", c("2018-11-08 15:05", KUL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-gchat-gji1101.txt", "zone": KUL, "referenceDate": "2018-11-01", "text": """
Ruang: oncall-portal-gaji   Khamis, 1 Nov
Opsgenie, 4:38 PTG
[P2] login_callback_error_rate > 5% for 5m (tenant gaji-eu, connection perabotjaya-adfs) opened 16:38 MYT
Hafiz Rahman, 4:40 PTG
aku tengok. error semua dari connection ADFS Perabot Jaya, yg lain ok
Nurul Aisyah binti Hassan, 4:44 PTG
HR Perabot Jaya telefon, staf tak boleh login nak semak slip gaji
Hafiz Rahman, 4:52 PTG
deploy v3.8 pagi tadi kot? rollback dulu
Hafiz Rahman, 5:09 PTG
rollback siap, masih gagal. bukan kita
Hafiz Rahman, 5:15 PTG
status.auth0.com: Elevated errors on logins. sijil ADFS Perabot Jaya baru rollover, Auth0 masih pegang yang lama rasanya
Siti Zulaikha, 5:30 PTG
saya dah emel HR Perabot Jaya, ETA belum ada
Hafiz Rahman, 6:05 PTG
update manual sijil dalam connection siap. test login berjaya!
Nurul Aisyah binti Hassan, 6:12 PTG
HR sahkan staf dah boleh masuk
"""}, {"file": "h60-auth0-pm-gji1101.txt", "zone": Z, "referenceDate": "2018-11-01", "text": """
Auth0 postmortem "[Major] Elevated errors on logins" - ringkasan Hafiz (masa UTC)
1 Nov 2018, EU region: between 08:20 UTC and 13:27 UTC about 0.13% of requests to login/callback failed (mostly waad, rest adfs) because of certificate rollover problems.
Customers got no warning: the scheduled job that sends certificate rollover notifications had failed to run.
08:20 UTC - Developer Success escalated a customer support ticket (production outage, maybe certificate rollover, EU) to Engineering.
08:25 UTC - that customer had updated its connection settings by hand and was fine again.
US region: a manual run of the rollover job caused login/callback errors from 17:38 UTC to 18:24 UTC (almost all SAMLP).
(bahagian lain postmortem tak disalin)
"""}],
    "expected": {
        "events": [[u("2018-11-01 08:20", Z), ["escalated"]], [u("2018-11-01 08:25", Z), ["by hand"]],
                   [u("2018-11-01 16:31", KUL), ["gagal"]], [u("2018-11-01 16:38", KUL), ["login_callback"]],
                   [u("2018-11-01 16:40", KUL), ["connection ADFS"]], [u("2018-11-01 16:44", KUL), ["telefon"]],
                   [u("2018-11-01 16:52", KUL), ["v3.8"]], [u("2018-11-01 17:09", KUL), ["rollback siap"]],
                   [u("2018-11-01 17:15", KUL), ["status.auth0.com"]], [u("2018-11-01 17:30", KUL), ["emel"]],
                   [u("2018-11-01 18:05", KUL), ["update manual"]], [u("2018-11-01 18:12", KUL), ["HR sahkan"]],
                   [u("2018-11-01 13:27", Z), ["failed"]], [u("2018-11-01 17:38", Z), ["manual run"]],
                   [u("2018-11-01 18:24", Z), ["SAMLP"]]],
        "keyTimes": {
            "started": kt(u("2018-11-01 16:31", KUL), S, "login ADFS Perabot Jaya gagal 16:31–18:05", "comment 239512"),
            "detected": kt(u("2018-11-01 16:38", KUL), S, "login_callback_error_rate > 5%", "h60-gchat-gji1101.txt"),
            "resolved": kt(u("2018-11-01 18:05", KUL), S, "login ADFS Perabot Jaya gagal 16:31–18:05", "comment 239512")},
        "responders": [["Hafiz Rahman", None], ["Nurul Aisyah binti Hassan", None], ["Siti Zulaikha", None], ["Azlan Ismail", None]],
        "narrative": nar(["certificate rollover"], ["update sijil connection secara manual"], ["GJI-1101", "Perabot Jaya"],
                         "On 1 November 2018 from 16:31 to 18:05 Kuala Lumpur time the payroll client's staff could not sign in through ADFS because of Auth0's EU certificate-rollover errors; the team fixed its own connection by hand.",
                         well=["Tak tunggu Auth0"], badly=["deploy v3.8"]),
    }})

# 4. Clerk, 19 February 2026 - query plan flip, auth API 429s, seen from a Dhaka exam-coaching app (Bengali) ----------
I.append({
    "id": "clerk-2026-02-queryplan-dhaka-coaching", "name": "Clerk system outage 19 February 2026 (postmortem: from 8:11 AM PST / 16:11 UTC a routine Postgres auto analyze flipped a query plan, over 95% of traffic got 429; recovery timeline UTC: 16:15 reported and escalated, group call; 16:32 customer with anomalous traffic spike suspected; 16:35 manual blocks; 16:37 blocks did not help; 16:50 the customer's aggressive retries found to be a symptom; 16:55 automatic Session API failover had not triggered because the database was degraded, not down; 17:08 new session-token failover enabled; service restored approximately 90 minutes after the start when ANALYZE was re-run by hand; status page investigating 16:24, update 17:07, identified 17:29 UTC), seen from a Dhaka exam-coaching app whose student logins go through Clerk, at the start of a 10 PM live class",
    "issueId": "98183", "key": "PRS-0219", "summary": "স্টুডেন্টরা লগইন করতে পারছে না (Clerk 429) - রাতের লাইভ ক্লাস",
    "reporter": "নুসরাত জাহান", "assignee": "তানভীর আহমেদ", "labels": ["clerk", "auth", "live-class"],
    "components": ["mobile-app", "web-app"], "created": c("2026-02-19 22:35", DAC), "now": "2026-03-02T06:00:00Z",
    "defaultZone": DAC, "priority": "Highest",
    "description": """রাত ১০টার লাইভ ক্লাসের সময় স্টুডেন্টরা অ্যাপে লগইন করতে পারছে না, "Too many requests" দেখাচ্ছে। ওয়েব আর অ্যান্ড্রয়েড দুটোতেই।

কখন থেকে? ~10:00 PM? হয়তো আজকের Vercel deploy এর জন্য। সময় ঢাকার (BST, UTC+6)।""",
    "comments": [
        ("239513", "তানভীর আহমেদ", c("2026-02-19 22:50", DAC), """আমাদের deploy না: rollback করেছি, কিছুই বদলায়নি। status.clerk.com এ incident, Clerk এর API থেকেই 429 আসছে। WhatsApp গ্রুপের চ্যাট: h60-wa-prs0219.txt (ঢাকার সময়)।"""),
        ("239514", "নুসরাত জাহান", c("2026-02-20 09:30", DAC), """সকালে সব ঠিক, লগইন কাজ করছে। কাল রাতের ক্লাস ফারহানা আপা Facebook Live এ নিয়েছেন; ~৩২০ জন স্টুডেন্ট রেকর্ডিং চেয়েছে, লিংক পাঠানো হয়েছে।"""),
        ("239515", "তানভীর আহমেদ", c("2026-02-21 12:00", DAC), """Clerk postmortem দিয়েছে, টাইমলাইন কপি করেছি h60-clerk-pm-prs0219.txt এ (UTC, আমাদের +6)।"""),
        ("239516", "রফিকুল ইসলাম", c("2026-02-23 16:00", DAC), """সারসংক্ষেপ (ঢাকার সময়)
শুরু: Clerk এর আউটেজ 22:11 থেকে (তাদের 8:11 AM PST = 16:11 UTC); আমাদের লগইনও তখন থেকেই ফেল।
প্রথম জানলাম: নুসরাতের মেসেজ, সাপোর্ট নাম্বারে স্টুডেন্টের অভিযোগ।
Vercel deploy এর সন্দেহ ভুল ছিল; "~10:00 PM" আন্দাজ।
কখন পুরো ঠিক হলো জানি না: Clerk শুধু বলেছে "approximately 90 minutes later"; আমরা রাতে ঘুমাতে গেছি, সকালে সব ঠিক। কয়েকজন স্টুডেন্ট মাঝরাতের আগেই ঢুকতে পারছিল (session token failover), কিন্তু নতুন লগইন তখনো ফেল।
কারণ (Clerk): Postgres auto analyze এর পর query plan flip, ডাটাবেস ধীর, 95% এর বেশি রিকোয়েস্ট 429।
অ্যাকশন: লাইভ ক্লাসের জন্য ব্যাকআপ Facebook Live লিংক আগেই রাখা; Clerk status সাবস্ক্রাইব; লগইন ফেল রেটের অ্যালার্ট।"""),
    ],
    "changelog": [
        ("তানভীর আহমেদ", c("2026-02-19 22:36", DAC), [("status", "Open", "In Progress")]),
        ("নুসরাত জাহান", c("2026-02-20 09:31", DAC), [("status", "In Progress", "Monitoring")]),
        ("রফিকুল ইসলাম", c("2026-02-23 16:05", DAC), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-wa-prs0219.txt", "zone": DAC, "referenceDate": "2026-02-19", "text": """
19/02/2026, 21:45 - তানভীর আহমেদ: নতুন রিলিজ deploy দিলাম Vercel এ, ছোট UI ফিক্স
19/02/2026, 22:14 - নুসরাত জাহান: সাপোর্ট নাম্বারে স্টুডেন্ট: "আপু লগইন হচ্ছে না, Too many requests দেখায়" - আরো ৫ জন একই কথা
19/02/2026, 22:16 - ফারহানা আক্তার: ক্লাস শুরু, অর্ধেক স্টুডেন্ট ঢুকতে পারছে না
19/02/2026, 22:19 - তানভীর আহমেদ: আমার deploy টা মনে হয়। rollback দিচ্ছি
19/02/2026, 22:26 - তানভীর আহমেদ: rollback শেষ, এখনো 429. আমাদের না মনে হচ্ছে
19/02/2026, 22:31 - তানভীর আহমেদ: status.clerk.com এ incident, elevated latency. Clerk এর সমস্যা
19/02/2026, 22:40 - ফারহানা আক্তার: Facebook Live এ ক্লাস নিচ্ছি, লিংক গ্রুপে দিলাম
19/02/2026, 23:08 - নুসরাত জাহান: কয়েকজন বলছে এখন ঢুকতে পারছে, নতুন লগইন এখনো ফেল
19/02/2026, 23:20 - তানভীর আহমেদ: আমি ঘুমাতে গেলাম, সকালে দেখব
20/02/2026, 08:05 - নুসরাত জাহান: সব ঠিক আছে, লগইন কাজ করছে
"""}, {"file": "h60-clerk-pm-prs0219.txt", "zone": Z, "referenceDate": "2026-02-19", "text": """
Clerk postmortem, 19 Feb 2026 (তানভীর কপি করেছে, নিজের ভাষায় ছোট করে; UTC)
Outage from 8:11 AM PST (16:11 UTC): a routine auto analyze flipped a query plan, database slowed, over 95% of traffic got 429 without being handled.
16:15 UTC - incident reported and escalated internally, group call started
16:32 UTC - a customer with an anomalous traffic spike at the same time suspected as the trigger
16:35 UTC - manual blocks added for that customer's traffic
16:37 UTC - blocks did not restore the system, investigation continued
16:50 UTC - that customer's aggressive retries were a symptom; the first failures were inside Clerk
16:55 UTC - automatic Session API failover had not triggered, the database was degraded but technically online
17:08 UTC - new failover for session token generation enabled outside the core Session API
Service restored approximately 90 minutes after the start, when ANALYZE was re-run by hand and the old plan came back.
Status page: Investigating 16:24 UTC; update 17:07 UTC; Identified 17:29 UTC
"""}],
    "expected": {
        "events": [[u("2026-02-19 21:45", DAC), ["Vercel"]], [u("2026-02-19 16:11", Z), ["auto analyze"]],
                   [u("2026-02-19 22:14", DAC), ["লগইন হচ্ছে না"]], [u("2026-02-19 16:15", Z), ["escalated"]],
                   [u("2026-02-19 22:16", DAC), ["ঢুকতে পারছে না"]], [u("2026-02-19 22:19", DAC), ["rollback দিচ্ছি"]],
                   [u("2026-02-19 16:24", Z), ["Investigating"]], [u("2026-02-19 22:26", DAC), ["rollback শেষ"]],
                   [u("2026-02-19 22:31", DAC), ["status.clerk.com"]], [u("2026-02-19 16:32", Z), ["anomalous"]],
                   [u("2026-02-19 16:35", Z), ["manual blocks"]], [u("2026-02-19 16:37", Z), ["did not restore"]],
                   [u("2026-02-19 22:40", DAC), ["Facebook Live"]], [u("2026-02-19 16:50", Z), ["retries"]],
                   [u("2026-02-19 16:55", Z), ["failover had not"]], [u("2026-02-19 17:08", Z), ["session token"]],
                   [u("2026-02-19 23:08", DAC), ["এখন ঢুকতে পারছে"]], [u("2026-02-19 23:20", DAC), ["ঘুমাতে"]],
                   [u("2026-02-19 17:29", Z), ["Identified"]], [u("2026-02-20 08:05", DAC), ["সব ঠিক"]]],
        "keyTimes": {
            "started": kt(u("2026-02-19 22:11", DAC), S, "শুরু: Clerk এর আউটেজ 22:11 থেকে", "comment 239516"),
            "detected": kt(u("2026-02-19 22:14", DAC), S, "সাপোর্ট নাম্বারে স্টুডেন্ট", "h60-wa-prs0219.txt"),
            "resolved": kt(None, U)},
        "responders": [["নুসরাত জাহান", None], ["তানভীর আহমেদ", None], ["ফারহানা আক্তার", None], ["রফিকুল ইসলাম", None]],
        "narrative": nar(["query plan flip"], ["ANALYZE was re-run"], ["PRS-0219", "Vercel"],
                         "On 19 February 2026 from 22:11 Dhaka time students could not log in to the coaching app because Clerk returned 429s; the live class moved to Facebook Live, and the minute recovery came is not known.",
                         lucky=["Facebook Live"], badly=["rollback দিচ্ছি"]),
    }})

# 5. Hoxhunt, 1-2 January 2026 - background jobs stuck, seen from an Oslo accounting firm (Norwegian e-mail) ----------
I.append({
    "id": "hoxhunt-2026-01-background-jobs-oslo-accounting", "name": "Hoxhunt disruption in background processing 1-2 January 2026 (status page incident window UTC: 1 Jan 02:30 - 2 Jan 16:30; background tasks queued but not processed, delayed execution of several automated features, no data loss, platform login unaffected; cause: a large batch of scheduled background tasks triggered a performance problem in the task allocation logic; normal processing restored 2 Jan 16:30 UTC after the backlog was resolved), seen from an Oslo accounting firm whose January phishing simulation and report feedback did not arrive",
    "issueId": "98184", "key": "SIK-0102", "summary": "Hoxhunt-simulering ikke sendt, rapporter står som venter",
    "reporter": "Ingrid Haugen", "assignee": "Magnus Berg", "labels": ["hoxhunt", "sikkerhet", "m365"],
    "components": ["it-drift", "sikkerhetsopplaering"], "created": c("2026-01-02 09:40", OSL), "now": "2026-01-16T09:00:00Z",
    "defaultZone": OSL, "priority": "Medium",
    "description": """Hoxhunt-simuleringen for januar skulle gå ut i dag morges, men ingen har fått noe. Rapporterte e-poster (Hoxhunt-knappen i Outlook) får ikke svar eller poeng, står som "venter".

Siden nyttår? Kanskje e-postregelen (allowlist) vi endret i M365 før jul. Norsk tid.""",
    "comments": [
        ("239517", "Magnus Berg", c("2026-01-02 10:20", OSL), """Ikke allowlisten: mail flow-regelen er uendret, og meldingssporingen viser ingen e-post fra Hoxhunt siden 1. januar. status.hoxhunt.com har en hendelse om forsinket bakgrunnsprosessering. E-posttråden: h60-epost-sik0102.txt."""),
        ("239518", "Ingrid Haugen", c("2026-01-02 18:10", OSL), """Simuleringen kom nå, 17:45-ish, og rapportene fra i går og i dag har fått poeng. Ingen data borte så langt jeg ser."""),
        ("239519", "Magnus Berg", c("2026-01-05 09:00", OSL), """Hoxhunt har skrevet en oppsummering på statussiden, kopiert i h60-hoxhunt-status-sik0102.txt (UTC; vi er UTC+1 nå)."""),
        ("239520", "Kari Solberg", c("2026-01-07 13:00", OSL), """Oppsummering (norsk tid, CET)
Hoxhunt-forsinkelsen for oss: 1. januar 03:30 – 2. januar 17:30 (Hoxhunt: 02:30–16:30 UTC). Vi merket ingenting 1. januar, kontoret var stengt.
Først oppdaget: Ingrids e-post til Magnus 2. januar, da simuleringen ikke hadde kommet.
"Siden nyttår?" og allowlisten i beskrivelsen var gjetting; regelen var ikke årsaken.
Ingrids "17:45-ish" er bare når hun så simuleringen komme; Hoxhunt sier normal prosessering fra 16:30 UTC.
Årsak (Hoxhunt): en stor bunke planlagte bakgrunnsjobber utløste et ytelsesproblem i logikken som fordeler jobbene.
Tiltak: ikke planlegge simuleringer første virkedag etter helligdager; abonnere på status.hoxhunt.com; sjekke "venter"-rapporter før vi feilsøker egne regler."""),
    ],
    "changelog": [
        ("Magnus Berg", c("2026-01-02 09:45", OSL), [("status", "Open", "In Progress")]),
        ("Magnus Berg", c("2026-01-02 10:21", OSL), [("status", "In Progress", "Monitoring")]),
        ("Kari Solberg", c("2026-01-07 13:05", OSL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-epost-sik0102.txt", "zone": OSL, "referenceDate": "2026-01-02", "text": """
Fra: Ingrid Haugen
Til: Magnus Berg
Sendt: fredag 2. januar 2026 09:12
Emne: Hoxhunt-simulering ikke sendt?
Hei Magnus, januar-simuleringen skulle gå 08:00, men ingen har fått noe. Rapporter fra Outlook-knappen står som "venter" siden i går. Godt nytt år forresten :)
-----
Fra: Magnus Berg
Sendt: fredag 2. januar 2026 09:31
Emne: SV: Hoxhunt-simulering ikke sendt? allowlist?
Kan være allowlist-regelen i M365 vi endret før jul. Sjekker meldingssporingen.
-----
Fra: Magnus Berg
Sendt: fredag 2. januar 2026 10:04
Emne: SV: Hoxhunt - ikke oss
Regelen er lik, og sporingen viser ingen e-post fra Hoxhunt siden 1. januar. status.hoxhunt.com: delayed background processing. Vi venter.
-----
Fra: Ingrid Haugen
Sendt: fredag 2. januar 2026 13:40
Emne: SV: Hoxhunt - info til ansatte
Lagt ut på Teams: ikke tenk på Hoxhunt-poeng i dag, rapporter mistenkelige e-poster som vanlig.
-----
Fra: Ingrid Haugen
Sendt: fredag 2. januar 2026 17:46
Emne: SV: Hoxhunt - kom nå
Simuleringen kom akkurat, og rapportene har fått poeng.
"""}, {"file": "h60-hoxhunt-status-sik0102.txt", "zone": Z, "referenceDate": "2026-01-02", "text": """
status.hoxhunt.com - disruption in background processing (kopiert av Magnus, UTC)
Incident window (UTC): Jan 1, 2026 02:30 - Jan 2, 2026 16:30
Background tasks were queued but not processed, so several automated features across the platform ran late (delays, not data loss). Logging in to the platform itself worked.
Cause: an unusually large batch of scheduled background tasks hit a performance problem in the task allocation logic; tasks could not be handed out within the time limits.
Jan 2, 16:30 UTC: normal background task processing restored once the accumulated backlog was worked off.
"""}],
    "expected": {
        "events": [[u("2026-01-01 02:30", Z), ["Incident window"]], [u("2026-01-02 09:12", OSL), ["simulering"]],
                   [u("2026-01-02 09:31", OSL), ["allowlist"]], [u("2026-01-02 10:04", OSL), ["ikke oss"]],
                   [u("2026-01-02 13:40", OSL), ["info til ansatte"]], [u("2026-01-02 16:30", Z), ["restored"]],
                   [u("2026-01-02 17:46", OSL), ["kom nå"]]],
        "keyTimes": {
            "started": kt(u("2026-01-01 03:30", OSL), S, "1. januar 03:30 – 2. januar 17:30", "comment 239520"),
            "detected": kt(u("2026-01-02 09:12", OSL), S, "Sendt: fredag 2. januar 2026 09:12", "h60-epost-sik0102.txt"),
            "resolved": kt(u("2026-01-02 17:30", OSL), S, "1. januar 03:30 – 2. januar 17:30", "comment 239520")},
        "responders": [["Ingrid Haugen", None], ["Magnus Berg", None], ["Kari Solberg", None]],
        "narrative": nar(["task allocation logic"], ["backlog was worked off"], ["SIK-0102", "M365"],
                         "From 03:30 on 1 January to 17:30 on 2 January 2026 Oslo time the firm's Hoxhunt simulation and report feedback were held in Hoxhunt's stuck background queue; nothing was lost.",
                         lucky=["kontoret var stengt"], badly=["allowlist-regelen"]),
    }})

# 6. imgix, 23 May 2024 - elevated rendering errors, seen from an Istanbul home-textile shop (Turkish Slack) -----------
I.append({
    "id": "imgix-2024-05-render-errors-istanbul-textile", "name": "imgix elevated rendering errors 23 May 2024 (status update: at 19:19 UTC an issue affecting rendering was identified, a caching problem, elevated render times and intermittent failures, fix implemented 19:36 UTC; posted 12:44 PDT, resolved 12:50 PDT; postmortem posted 24 May 13:50 PDT: at 19:23 UTC increased load on the rendering infrastructure was detected, scaled out, resolved at 19:36; a service change during the incident caused assets to be dropped, more requests, 429 and 5XX errors), seen from an Istanbul home-textile web shop whose new campaign images are rendered by imgix",
    "issueId": "98185", "key": "EVT-0523", "summary": "Kampanya görselleri açılmıyor (imgix 429/5xx)",
    "reporter": "Elif Yıldız", "assignee": "Burak Demir", "labels": ["imgix", "gorsel", "kampanya"],
    "components": ["web-magaza"], "created": c("2024-05-23 22:30", IST), "now": "2024-06-05T07:00:00Z",
    "defaultZone": IST, "priority": "High",
    "description": """Kampanya görselleri sitede açılmıyor, ürün sayfalarında yeni yüklenen fotoğraflar kırık ikon. Eski ürünlerin görselleri normal. Kampanya maili gitti, trafik tavan!

Saat kaçtan beri? 22:00 civarı? Belki Cloudflare'de yaptığımız cache purge. Saatler TR saati.""",
    "comments": [
        ("239521", "Burak Demir", c("2024-05-23 22:45", IST), """Purge değil: imgix'ten gelen cevaplar 429 ve 5xx, sadece yeni render'larda; cache'teki görseller geliyor. imgix status'ta "Elevated rendering errors" var. Slack: h60-slack-evt0523.txt."""),
        ("239522", "Elif Yıldız", c("2024-05-23 23:05", IST), """Görseller normal. Kampanya dönüşümü ilk yarım saatte düşük, Zeynep yarın sabah hatırlatma maili atacak."""),
        ("239523", "Burak Demir", c("2024-05-25 11:00", IST), """imgix postmortem yayınladı, status sayfasındaki metni h60-imgix-status-evt0523.txt'ye kopyaladım (UTC ve PDT karışık, biz UTC+3)."""),
        ("239524", "Mehmet Aydın", c("2024-05-28 10:00", IST), """Özet (TR saati, UTC+3)
Bizim için kesinti: 22:19–22:36 (imgix: sorun 19:19 UTC'de tespit, düzeltme 19:36 UTC). Postmortem'de 19:23 UTC'de yük artışı geçiyor, ilk durum notunda 19:19; başlangıç için 19:19'u aldık, Sentry'deki ilk 5xx'ler de bizde o dakikada.
İlk haber: Zeynep'in Slack mesajı.
Cloudflare purge şüphesi yanlıştı; "22:00 civarı" tahmindi.
Burak'ın "görseller geldi" mesajı fark ettiği an; imgix 19:36 UTC'de düzeltmiş.
Kök neden (imgix): bir servis değişikliği asset'lerin düşmesine yol açtı, istek sayısı arttı, 429 ve 5XX hataları.
Aksiyonlar: kampanya görsellerini mail gitmeden önce render edip cache'i ısıtmak; imgix hata oranı için alarm; imgix status aboneliği."""),
    ],
    "changelog": [
        ("Burak Demir", c("2024-05-23 22:31", IST), [("status", "Open", "In Progress")]),
        ("Elif Yıldız", c("2024-05-23 23:06", IST), [("status", "In Progress", "Monitoring")]),
        ("Mehmet Aydın", c("2024-05-28 10:05", IST), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-slack-evt0523.txt", "zone": IST, "referenceDate": "2024-05-23", "text": """
#eticaret   23 Mayıs Perşembe
[21:50] Burak Demir: kampanya için Cloudflare'de cache purge yaptım
[22:00] Zeynep Kaya: kampanya maili gitti 🎉 48.000 kişi
[22:21] Zeynep Kaya: kampanya görselleri açılmıyor!! ürün sayfasında kırık resim
[22:23] Elif Yıldız: bende de, eski ürünler normal ama yeni yüklenenler yok
[22:25] Burak Demir: 21:50'deki purge'den olabilir mi? bakıyorum
[22:31] Burak Demir: purge değil, imgix 429/5xx dönüyor yeni render'larda. status'ta henüz bir şey yok
[22:38] Burak Demir: görseller geldi, düzeldi gibi
[22:44] Burak Demir: imgix status'a şimdi yazmışlar: caching problem, fix 19:36 UTC
"""}, {"file": "h60-imgix-status-evt0523.txt", "zone": LAX, "referenceDate": "2024-05-23", "text": """
Elevated rendering errors - Incident Report for imgix (status.imgix.com, kopyalayan Burak)
Postmortem: on May 23, 2024 at 19:23 UTC increased load on the rendering infrastructure was detected and the system was scaled out; resolved at 19:36.
Customers saw higher error rates for recent renders, more intermediate errors and slower responses.
What went wrong: a service change made during the incident caused assets to be dropped, which raised the request volume and led to 429 and 5XX errors.
Next: pre-scale before critical updates, impact assessments before big changes, better load alerting.
Posted May 24, 2024 - 13:50 PDT
Resolved - This incident has been resolved. Posted May 23, 2024 - 12:50 PDT
Monitoring - May 23rd, 19:19 UTC: issue identified in rendering due to a caching problem (slow renders, intermittent failures), fix implemented at 19:36 UTC, monitoring. Posted May 23, 2024 - 12:44 PDT
"""}],
    "expected": {
        "events": [[u("2024-05-23 21:50", IST), ["cache purge"]], [u("2024-05-23 22:00", IST), ["kampanya maili"]],
                   [u("2024-05-23 19:19", Z), ["caching problem"]], [u("2024-05-23 22:21", IST), ["açılmıyor"]],
                   [u("2024-05-23 19:23", Z), ["increased load"]], [u("2024-05-23 22:25", IST), ["purge"]],
                   [u("2024-05-23 22:31", IST), ["429"]], [u("2024-05-23 19:36", Z), ["resolved at"]],
                   [u("2024-05-23 22:38", IST), ["görseller geldi"]], [u("2024-05-23 12:44", LAX), ["Monitoring"]],
                   [u("2024-05-23 22:44", IST), ["şimdi yazmışlar"]], [u("2024-05-23 12:50", LAX), ["This incident has been resolved"]],
                   [u("2024-05-24 13:50", LAX), ["Posted May 24"]]],
        "keyTimes": {
            "started": kt(u("2024-05-23 22:19", IST), S, "Bizim için kesinti: 22:19–22:36", "comment 239524"),
            "detected": kt(u("2024-05-23 22:21", IST), S, "kampanya görselleri açılmıyor!!", "h60-slack-evt0523.txt"),
            "resolved": kt(u("2024-05-23 22:36", IST), S, "Bizim için kesinti: 22:19–22:36", "comment 239524")},
        "responders": [["Zeynep Kaya", None], ["Elif Yıldız", None], ["Burak Demir", None], ["Mehmet Aydın", None]],
        "narrative": nar(["service change"], ["scaled out"], ["EVT-0523", "#eticaret"],
                         "On 23 May 2024 from 22:19 to 22:36 Istanbul time new campaign images on the shop failed to render through imgix right after the campaign e-mail went out.",
                         badly=["Cloudflare'de cache purge"]),
    }})

# 7. imgix, 17 June 2024 - request spike breaks new renders, seen from an Accra news desk after midnight (Ghanaian English)
I.append({
    "id": "imgix-2024-06-render-spike-accra-newsdesk", "name": "imgix elevated rendering errors 17 June 2024 (postmortem, UTC: at 00:00 an extreme spike in requests to the render stack broke auto-scaling; health checks used for auto-scaling failed under the surge; fix implemented 00:38; resolved by 01:06; between 00:00 and 01:06 new renders could fail while cached assets were served; status resolved post 16 Jun 18:19 PDT; postmortem posted 21 Jun 16:55 PDT), seen from an Accra online news desk publishing a story just before midnight",
    "issueId": "98186", "key": "NWS-0617", "summary": "Images on new stories not showing (imgix) - night desk",
    "reporter": "Kwame Mensah", "assignee": "Akosua Owusu", "labels": ["imgix", "images", "newsdesk"],
    "components": ["website", "cms"], "created": c("2024-06-17 00:20", ACC), "now": "2024-07-01T09:00:00Z",
    "defaultZone": ACC, "priority": "High",
    "description": """Please the images on the new stories are not showing at all, only the old ones. The dumsor story just went up and the lead photo is blank, thumbnails on homepage too.

Since about 11:45pm?? Maybe the new WordPress image plugin Akosua installed on Friday. Accra time (GMT).""",
    "comments": [
        ("239525", "Akosua Owusu", c("2024-06-17 00:35", ACC), """It's not the plugin oo, I disabled it and same thing. Only new image sizes fail, imgix is returning 5xx on renders. Lead image switched to the raw S3 link for now. WhatsApp chat: h60-wa-nws0617.txt."""),
        ("239526", "Kwame Mensah", c("2024-06-17 06:30", ACC), """Morning. All images fine on the site now, checked the 3 overnight stories. The S3 link on the dumsor story has been put back to imgix."""),
        ("239527", "Akosua Owusu", c("2024-06-22 10:00", ACC), """imgix posted their write-up on the 21st, copied into h60-imgix-pm-nws0617.txt (UTC = our time; their "posted" stamps are PDT)."""),
        ("239528", "Yaw Boateng", c("2024-06-24 14:00", ACC), """Recap (GMT, same as UTC)
New images broken on the site from 00:00 to 01:06 (imgix: spike in requests at 00:00, fix 00:38, resolved 01:06). Cached images were fine the whole time, that's why the old stories looked ok.
First we knew: Kwame's WhatsApp just after the story went up.
The "about 11:45pm" in the description was a guess and the plugin was innocent.
Kwame's "all images are back" is only when he refreshed; imgix had resolved a few minutes before.
Cause (imgix): an extreme spike in requests broke their auto-scaling; health checks failed under the extra traffic.
Actions: fall back to the original S3 image when imgix returns 5xx; alert on image error rate; subscribe desk@ to imgix status."""),
    ],
    "changelog": [
        ("Akosua Owusu", c("2024-06-17 00:22", ACC), [("status", "Open", "In Progress")]),
        ("Kwame Mensah", c("2024-06-17 06:31", ACC), [("status", "In Progress", "Monitoring")]),
        ("Yaw Boateng", c("2024-06-24 14:05", ACC), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-wa-nws0617.txt", "zone": ACC, "referenceDate": "2024-06-16", "text": """
NEWSDESK NIGHT (WhatsApp, Sunday night into Monday)
[11:52 pm] Kwame Mensah: dumsor story is ready, Efua sent 4 photos
[11:58 pm] Kwame Mensah: published. pushing to Facebook now
[12:04 am] Kwame Mensah: Chale the lead photo on the dumsor story is blank!! the old stories dey show fine
[12:06 am] Efua Asante: same on my phone, even the thumbnails on homepage for the new story
[12:09 am] Akosua Owusu: could it be the image plugin I installed on Friday? let me disable it
[12:14 am] Akosua Owusu: disabled, still blank. imgix is giving 5xx on new sizes
[12:31 am] Akosua Owusu: put the raw S3 link for the lead photo, check now
[12:33 am] Kwame Mensah: it shows now 👍 but the inline ones still blank
[1:09 am] Kwame Mensah: all images are back oo, even inline
[1:12 am] Akosua Owusu: I'm going to sleep, leave the S3 link till morning
"""}, {"file": "h60-imgix-pm-nws0617.txt", "zone": LAX, "referenceDate": "2024-06-17", "text": """
imgix status - Elevated rendering errors (copied by Akosua)
June 17, 2024, 00:00 UTC: an extreme spike in requests hit the render stack; auto-scaling failed and not all traffic could be handled.
A fix was implemented at 00:38 UTC and the issue was resolved by 01:06 UTC.
Between 00:00 and 01:06 UTC new renders could fail; previously cached assets were served fine.
Why: the surge made the health checks used for auto-scaling fail, so rendering new images needed manual intervention.
Resolved - This incident has been resolved. Posted Jun 16, 2024 - 18:19 PDT
Postmortem posted Jun 21, 2024 - 16:55 PDT
"""}],
    "expected": {
        "events": [[u("2024-06-16 23:52", ACC), ["ready"]], [u("2024-06-16 23:58", ACC), ["published"]],
                   [u("2024-06-17 00:00", Z), ["extreme spike"]], [u("2024-06-17 00:04", ACC), ["lead photo"]],
                   [u("2024-06-17 00:06", ACC), ["thumbnails"]], [u("2024-06-17 00:09", ACC), ["plugin"]],
                   [u("2024-06-17 00:14", ACC), ["disabled"]], [u("2024-06-17 00:31", ACC), ["S3 link"]],
                   [u("2024-06-17 00:33", ACC), ["inline"]], [u("2024-06-17 00:38", Z), ["fix was implemented"]],
                   [u("2024-06-17 01:06", Z), ["resolved by"]], [u("2024-06-17 01:09", ACC), ["back oo"]],
                   [u("2024-06-17 01:12", ACC), ["sleep"]], [u("2024-06-16 18:19", LAX), ["has been resolved"]]],
        "keyTimes": {
            "started": kt(u("2024-06-17 00:00", ACC), S, "New images broken on the site from 00:00 to 01:06", "comment 239528"),
            "detected": kt(u("2024-06-17 00:04", ACC), S, "the lead photo on the dumsor story is blank", "h60-wa-nws0617.txt"),
            "resolved": kt(u("2024-06-17 01:06", ACC), S, "New images broken on the site from 00:00 to 01:06", "comment 239528")},
        "responders": [["Kwame Mensah", None], ["Efua Asante", None], ["Akosua Owusu", None], ["Yaw Boateng", None]],
        "narrative": nar(["extreme spike in requests"], ["fix was implemented"], ["NWS-0617", "NEWSDESK NIGHT"],
                         "On 17 June 2024 from 00:00 to 01:06 Accra time new images on the news site did not render through imgix, just as a story went up; old, cached images kept working.",
                         lucky=["Cached images were fine"], well=["raw S3 link"], badly=["image plugin"]),
    }})

# 8. Xero, 19 December 2018 NZDT - users cannot log in, seen from an Edinburgh bookkeeper late on the 18th (Scots) ----
I.append({
    "id": "xero-2018-12-login-edinburgh-bookkeeper", "name": "Xero login outage 19 December 2018 (status page, NZDT: as of 11:34 users are unable to log into Xero; 12:03 product team identified the cause and is restoring access; 12:32 resolved the issue preventing log in; users reported about two hours; no published start or cause), seen from an Edinburgh bookkeeper working late on 18 December (GMT) on a cafe payroll before Christmas",
    "issueId": "98187", "key": "BKS-1218", "summary": "Cannae log in tae Xero - Server Error (payroll night)",
    "reporter": "Morag Fraser", "assignee": "Callum Stewart", "labels": ["xero", "payroll", "saas"],
    "components": ["bookkeeping"], "created": c("2018-12-18 22:45", LON), "now": "2019-01-07T10:00:00Z",
    "defaultZone": LON, "priority": "Highest",
    "description": """Cannae get intae Xero at all, Server Error on the login page. Tried Chrome, Edge and the phone app. Need tae get Fiona's cafe payroll and the Leith VAT return done the night, we shut for Christmas on Friday.

Was fine earlier on, no sure when it went. Maybe my password's expired again? UK time.""",
    "comments": [
        ("239529", "Callum Stewart", c("2018-12-18 23:00", LON), """It's no your password, and no our broadband either (same on 4G). status.xero.com says users are unable to log into Xero. Their status page runs on New Zealand time, 13 hours ahead of us. Mail thread: h60-mail-bks1218.txt."""),
        ("239530", "Morag Fraser", c("2018-12-18 23:50", LON), """Back in. Payroll for the cafe submitted, RTI went through. VAT can wait till the morn."""),
        ("239531", "Callum Stewart", c("2018-12-19 10:15", LON), """Copied Xero's status updates into h60-xero-status-bks1218.txt (NZDT, as they post them)."""),
        ("239532", "Alasdair Reid", c("2018-12-21 12:00", LON), """Recap (UK time, GMT)
Start: unknown. Morag was logged in earlier in the evening and only hit the error when she tried to log back in; Xero's status page only says they were aware as of 11:34 NZDT (22:34 our time), and nobody here noted when it actually broke.
First we knew: Morag's email to Callum.
End: Xero fixed the login problem at 12:32 NZDT, that's 23:32 here; Morag got back in three minutes later.
Password and broadband theories were wrong.
Cause: Xero didnae say beyond "identified the cause".
Actions: nae leaving payroll tae the last night before a holiday; keep the RTI deadlines on paper as well; subscribe to status.xero.com."""),
    ],
    "changelog": [
        ("Callum Stewart", c("2018-12-18 22:46", LON), [("status", "Open", "In Progress")]),
        ("Morag Fraser", c("2018-12-18 23:51", LON), [("status", "In Progress", "Monitoring")]),
        ("Alasdair Reid", c("2018-12-21 12:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-mail-bks1218.txt", "zone": LON, "referenceDate": "2018-12-18", "text": """
From: Morag Fraser
To: Callum Stewart
Sent: 18 December 2018 22:19
Subject: Xero - Server Error
Callum, Xero's kicked me oot and now there's a Server Error when I try tae log back in. Wis fine at teatime.
-----
From: Callum Stewart
Sent: 18 December 2018 22:27
Subject: RE: Xero - password expired?
Has your password expired again? Try a reset. Or is the broadband playing up?
-----
From: Morag Fraser
Sent: 18 December 2018 22:36
Subject: RE: Xero - reset didnae help
Reset email came, new password, same Server Error. Phone on 4G the same.
-----
From: Callum Stewart
Sent: 18 December 2018 22:41
Subject: RE: Xero - it's them
status.xero.com: users unable to log in to Xero. Nothing we can dae. I'll phone Fiona about the payroll.
-----
From: Callum Stewart
Sent: 18 December 2018 22:58
Subject: RE: Xero - spoke tae Fiona
She's fine as long as the staff get paid Thursday. Keep trying every 15 min.
-----
From: Morag Fraser
Sent: 18 December 2018 23:35
Subject: RE: Xero - back in!
I'm in. Doing the cafe payroll noo.
"""}, {"file": "h60-xero-status-bks1218.txt", "zone": AKL, "referenceDate": "2018-12-19", "text": """
status.xero.com - 19 December 2018 (copied by Callum; NZDT as Xero posts it)
11:34 NZDT  Investigating - users cannot log in to Xero, looking into it.
12:03 NZDT  Identified - product team has found the cause and is working to get access back as soon as possible.
12:32 NZDT  Resolved - product team has fixed the issue that stopped users logging in; tell them if you still cannot get in.
"""}],
    "expected": {
        "events": [[u("2018-12-18 22:19", LON), ["Server Error"]], [u("2018-12-18 22:27", LON), ["password"]],
                   [u("2018-12-19 11:34", AKL), ["Investigating"]], [u("2018-12-18 22:36", LON), ["reset"]],
                   [u("2018-12-18 22:41", LON), ["it's them"]], [u("2018-12-18 22:58", LON), ["Fiona"]],
                   [u("2018-12-19 12:03", AKL), ["Identified"]], [u("2018-12-19 12:32", AKL), ["Resolved"]],
                   [u("2018-12-18 23:35", LON), ["back in"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2018-12-18 22:19", LON), S, "Sent: 18 December 2018 22:19", "h60-mail-bks1218.txt"),
            "resolved": kt(u("2018-12-18 23:32", LON), S, "Xero fixed the login problem at 12:32 NZDT, that's 23:32 here", "comment 239532")},
        "responders": [["Morag Fraser", None], ["Callum Stewart", None], ["Alasdair Reid", None]],
        "narrative": nar([], ["fixed the login problem"], ["BKS-1218", "Fiona"],
                         "On the evening of 18 December 2018 (UK time) the bookkeeper could not log in to Xero until 23:32 and ran a cafe payroll late; when the outage began is not known.",
                         well=["Spoke tae Fiona"], badly=["password expired"]),
    }})

# 9. Salt Edge, 10 March 2026 - PIS/AIS down, seen from an Athens bookkeeping SaaS (Greek Slack + alert) ------------
I.append({
    "id": "saltedge-2026-03-pis-ais-athens-bookkeeping", "name": "Salt Edge Payment Initiation and Account Information Service disruption 10 March 2026 (postmortem, UTC: between 12:33 and 13:00, duration given as ~27 minutes (12:30-13:00); an infrastructure configuration change needed because of a hardware problem in a network component made the application layer lose its database connections; 12:33 detected by monitoring alerts; 12:34 engineering engaged; 12:45 corrective action, affected processes restarted; 12:46 first successful payment; 13:00 services fully restored), seen from an Athens bookkeeping SaaS that syncs bank transactions and sends supplier payments through Salt Edge",
    "issueId": "98188", "key": "LOG-0310", "summary": "Αποτυγχάνουν πληρωμές προμηθευτών και sync κινήσεων (Salt Edge)",
    "reporter": "Μαρία Κωνσταντίνου", "assignee": "Γιώργος Παπαδόπουλος", "labels": ["saltedge", "open-banking", "payments"],
    "components": ["payments-api", "bank-sync"], "created": c("2026-03-10 14:45", ATH), "now": "2026-03-25T08:00:00Z",
    "defaultZone": ATH, "priority": "Highest",
    "description": """Οι πληρωμές προμηθευτών μέσω Salt Edge (PIS) αποτυγχάνουν όλες και ο συγχρονισμός τραπεζικών κινήσεων (AIS) βγάζει error. Λογιστικά γραφεία μάς παίρνουν τηλέφωνο.

Από τις ~14:30; Ίσως φταίει το νέο QWAC certificate που ανεβάσαμε την Παρασκευή. Ώρα Ελλάδας.""",
    "comments": [
        ("239533", "Γιώργος Παπαδόπουλος", c("2026-03-10 14:55", ATH), """Όχι το certificate μας: τα requests φτάνουν στο Salt Edge και γυρνάνε 5xx, για όλες τις τράπεζες. Το saltedgestatus.com έχει incident. Slack + alert payload: h60-slack-log0310.txt."""),
        ("239534", "Μαρία Κωνσταντίνου", c("2026-03-10 15:20", ATH), """Όλα πράσινα. Ξαναστείλαμε τις 37 πληρωμές που είχαν κολλήσει, πέρασαν όλες."""),
        ("239535", "Γιώργος Παπαδόπουλος", c("2026-03-11 16:30", ATH), """Το Salt Edge ανέβασε postmortem, περίληψη στο h60-saltedge-pm-log0310.txt (UTC, εμείς +2)."""),
        ("239536", "Νίκος Αλεξίου", c("2026-03-13 12:00", ATH), """Σύνοψη (ώρα Ελλάδας, EET)
Διακοπή για εμάς: 14:33–15:00 (Salt Edge: 12:33–13:00 UTC· στον πίνακά τους γράφει και "~27 minutes (12:30-13:00 UTC)", κρατάμε το 12:33 της περίληψης).
Πρώτη ειδοποίηση: το alert του Opsgenie στο #oncall-payments.
Το "~14:30" της περιγραφής ήταν εκτίμηση· το QWAC certificate δεν έφταιγε.
Η πρώτη πληρωμή τους πέρασε 12:46 UTC, αλλά AIS και PIS πλήρως μόλις 13:00 UTC.
Αιτία (Salt Edge): αλλαγή ρύθμισης υποδομής λόγω προβλήματος hardware σε network component· η εφαρμογή έχασε τις συνδέσεις με τη βάση.
Ενέργειες: αυτόματο retry πληρωμών με backoff· μήνυμα στο UI όταν ο πάροχος είναι κάτω· συνδρομή στο saltedgestatus.com."""),
    ],
    "changelog": [
        ("Γιώργος Παπαδόπουλος", c("2026-03-10 14:46", ATH), [("status", "Open", "In Progress")]),
        ("Μαρία Κωνσταντίνου", c("2026-03-10 15:21", ATH), [("status", "In Progress", "Monitoring")]),
        ("Νίκος Αλεξίου", c("2026-03-13 12:05", ATH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-slack-log0310.txt", "zone": ATH, "referenceDate": "2026-03-10", "text": """
#oncall-payments   Τρίτη 10/3
[14:36] Opsgenie: [P1] saltedge_pis_failure_rate > 20% for 3m (payments-api, prod) - alert #4411 opened
[14:38] Γιώργος Παπαδόπουλος: το βλέπω. όλα τα payment initiations γυρνάνε 500 από Salt Edge
[14:40] Μαρία Κωνσταντίνου: 3 λογιστικά γραφεία ήδη στο τηλέφωνο, και το sync κινήσεων κολλάει
[14:42] Γιώργος Παπαδόπουλος: μήπως το νέο QWAC που ανεβάσαμε Παρασκευή; τσεκάρω
[14:49] Γιώργος Παπαδόπουλος: δεν είναι το cert, το handshake περνάει. saltedgestatus.com έχει incident
[14:50] Ελένη Δημητρίου: έβαλα banner στην εφαρμογή: καθυστέρηση πληρωμών λόγω παρόχου
[15:02] Opsgenie: alert #4411 closed (failure rate 0%)
[15:04] Μαρία Κωνσταντίνου: 37 πληρωμές ξαναστάλθηκαν, όλες ΟΚ
"""}, {"file": "h60-saltedge-pm-log0310.txt", "zone": Z, "referenceDate": "2026-03-10", "text": """
Salt Edge postmortem, 10 Mar 2026 (περίληψη Γιώργου· UTC)
Summary: between 12:33 and 13:00 UTC the Payment Initiation Service and Account Information Service could not process requests from clients and partners.
Duration: ~27 minutes (12:30-13:00 UTC)
Cause: an infrastructure configuration change, needed because of a hardware problem in a network component; the application layer lost its database connections. Not related to client integrations.
12:33 - disruption detected by monitoring alerts
12:34 - engineering team engaged
12:45 - corrective action applied, affected application processes restarted
12:46 - first successful payment processed
13:00 - services fully restored
"""}],
    "expected": {
        "events": [[u("2026-03-10 12:33", Z), ["detected by monitoring"]], [u("2026-03-10 12:34", Z), ["engaged"]],
                   [u("2026-03-10 14:36", ATH), ["Opsgenie"]], [u("2026-03-10 14:38", ATH), ["500"]],
                   [u("2026-03-10 14:40", ATH), ["τηλέφωνο"]], [u("2026-03-10 14:42", ATH), ["QWAC"]],
                   [u("2026-03-10 12:45", Z), ["corrective"]], [u("2026-03-10 12:46", Z), ["first successful"]],
                   [u("2026-03-10 14:49", ATH), ["saltedgestatus"]], [u("2026-03-10 14:50", ATH), ["banner"]],
                   [u("2026-03-10 13:00", Z), ["fully restored"]], [u("2026-03-10 15:02", ATH), ["closed"]],
                   [u("2026-03-10 15:04", ATH), ["37"]]],
        "keyTimes": {
            "started": kt(u("2026-03-10 14:33", ATH), S, "Διακοπή για εμάς: 14:33–15:00", "comment 239536"),
            "detected": kt(u("2026-03-10 14:36", ATH), S, "saltedge_pis_failure_rate > 20%", "h60-slack-log0310.txt"),
            "resolved": kt(u("2026-03-10 15:00", ATH), S, "Διακοπή για εμάς: 14:33–15:00", "comment 239536")},
        "responders": [["Γιώργος Παπαδόπουλος", None], ["Μαρία Κωνσταντίνου", None], ["Ελένη Δημητρίου", None], ["Νίκος Αλεξίου", None]],
        "narrative": nar(["hardware problem in a network component"], ["processes restarted"], ["LOG-0310", "#oncall-payments"],
                         "On 10 March 2026 from 14:33 to 15:00 Athens time the bookkeeping app's supplier payments and bank-transaction sync failed because Salt Edge could not process requests; 37 payments were resent afterwards.",
                         well=["banner"], badly=["QWAC"]),
    }})

# 10. Clerk.io, 9 December 2024 - database zone 2 down, seen from a Reykjavik outdoor shop (Icelandic Messenger) -------
I.append({
    "id": "clerkio-2024-12-zone2-db-reykjavik-outdoor", "name": "Clerk.io database zone 2 down 9 December 2024 (status page, CET: created 15:10, only customers in datastore zone 2 affected; updated 15:39 all functionality back, internal database-server issue isolated, no data lost; resolved 15:45 with recap: around 15:03 a database server began timing out on new connections, long waits and instability; monitoring alerted devops and by 15:10 all affected stores were in maintenance mode; a bug in the database software, machine patched and re-validated; by 15:21 the first batch of stores back in full production; by 15:32 the final store), seen from a Reykjavik outdoor-gear web shop in the Christmas rush whose search and recommendations run on Clerk.io",
    "issueId": "98189", "key": "VEF-1209", "summary": "Leitin á vefversluninni skilar engu (Clerk.io)",
    "reporter": "Sigríður Björnsdóttir", "assignee": "Bjarki Þórsson", "labels": ["clerkio", "leit", "vefverslun"],
    "components": ["vefverslun"], "created": c("2024-12-09 14:15", REK), "now": "2024-12-20T10:00:00Z",
    "defaultZone": REK, "priority": "High",
    "description": """Leitin á vefversluninni skilar engu og "Þér gæti líka líkað" er tómt á vörusíðum. Jólaösin í gangi!

Síðan hvenær? ~14:00? Kannski vörustraumurinn (feed) sem Bjarki uppfærði í morgun. Íslenskur tími.""",
    "comments": [
        ("239537", "Bjarki Þórsson", c("2024-12-09 14:30", REK), """Ekki feedið, síðasta sync í morgun tókst. Clerk.io er með atvik á status.clerk.io: "Database Zone 2 Down". Þeir tala í CET, klukkutíma á undan okkur. Messenger-þráðurinn: h60-messenger-vef1209.txt."""),
        ("239538", "Helga Magnúsdóttir", c("2024-12-09 16:00", REK), """Tveir viðskiptavinir hringdu út af leitinni, báðir kláruðu pöntun í síma."""),
        ("239539", "Bjarki Þórsson", c("2024-12-10 10:00", REK), """Svar frá Clerk support: verslunin okkar var í fyrstu lotunni sem var tekin úr maintenance. Status-textinn er í h60-clerkio-status-vef1209.txt (CET)."""),
        ("239540", "Ólafur Gunnarsson", c("2024-12-12 11:00", REK), """Samantekt (íslenskur tími = UTC)
Leitin og meðmælin niðri hjá okkur: 14:03–14:21 (Clerk: um 15:03 CET fór gagnagrunnsþjónn að tíma út; verslunin okkar kom aftur í fyrstu lotunni, 15:21 CET).
Fyrst vitað: Helga í Messenger, viðskiptavinur í netspjallinu.
"~14:00" í lýsingunni var ágiskun og vörustraumurinn var ekki vandamálið.
"Resolved" hjá Clerk og "All functionality is back" eru bara tilkynningar; síðasta verslunin var komin 15:32 CET, okkar fyrr. Skilaboð Bjarka "leitin virkar aftur" eru bara þegar hann tók eftir því.
Orsök (Clerk.io): villa í gagnagrunnshugbúnaði á einum þjóni; vélin var pjötluð og yfirfarin áður en hún fór aftur í notkun.
Aðgerðir: skipta sjálfkrafa í innbyggðu leitina ef Clerk svarar ekki; áskrift að status.clerk.io; vakt á tómum leitarniðurstöðum."""),
    ],
    "changelog": [
        ("Bjarki Þórsson", c("2024-12-09 14:16", REK), [("status", "Open", "In Progress")]),
        ("Sigríður Björnsdóttir", c("2024-12-09 14:35", REK), [("status", "In Progress", "Monitoring")]),
        ("Ólafur Gunnarsson", c("2024-12-12 11:05", REK), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h60-messenger-vef1209.txt", "zone": REK, "referenceDate": "2024-12-09", "text": """
Messenger: Fjallabúðin - starfsfólk   mánudagur 9. des.
14:07 Helga Magnúsdóttir: viðskiptavinur í netspjallinu segir að leitin finni ekkert, ekki einu sinni "dúnúlpa"
14:09 Sigríður Björnsdóttir: sama hjá mér, og meðmælin á vörusíðum eru tóm
14:11 Bjarki Þórsson: gæti verið feedið sem ég uppfærði í morgun? kíki
14:17 Bjarki Þórsson: feedið er í lagi. status.clerk.io: Database Zone 2 Down, við erum greinilega á zone 2
14:19 Sigríður Björnsdóttir: set borða efst á síðuna: leitin liggur niðri, hringið eða sendið spjall
14:24 Bjarki Þórsson: leitin virkar aftur!
14:26 Sigríður Björnsdóttir: borðinn farinn
"""}, {"file": "h60-clerkio-status-vef1209.txt", "zone": CPH, "referenceDate": "2024-12-09", "text": """
status.clerk.io - Database Zone 2 Down (afritað af Bjarka; CET)
Created Dec 09 at 15:10 CET - problems with datastore zone 2, only customers in zone 2 affected.
Updated Dec 09 at 15:39 CET - all functionality is back; internal issue on one database server, isolated, no data lost.
Resolved Dec 09 at 15:45 CET - Recap:
around 15:03 CET a database server started timing out on new connections; API requests for stores on it waited long and the system became unstable.
monitoring alerted the devops team and by 15:10 CET all affected stores were in maintenance mode, so the API was stable for everyone else.
cause: a bug in the database software; the machine was patched and re-validated before going back into production.
by 15:21 CET the first batch of stores was out of maintenance and back in full production, under monitoring.
by 15:32 CET the final store was back in full production.
"""}],
    "expected": {
        "events": [[u("2024-12-09 15:03", CPH), ["timing out"]], [u("2024-12-09 14:07", REK), ["leitin finni ekkert"]],
                   [u("2024-12-09 14:09", REK), ["meðmælin"]], [u("2024-12-09 15:10", CPH), ["maintenance mode"]],
                   [u("2024-12-09 14:11", REK), ["feedið"]], [u("2024-12-09 14:17", REK), ["Zone 2"]],
                   [u("2024-12-09 14:19", REK), ["borða"]], [u("2024-12-09 15:21", CPH), ["first batch"]],
                   [u("2024-12-09 14:24", REK), ["virkar aftur"]], [u("2024-12-09 14:26", REK), ["borðinn"]],
                   [u("2024-12-09 15:32", CPH), ["final store"]], [u("2024-12-09 15:39", CPH), ["all functionality"]],
                   [u("2024-12-09 15:45", CPH), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2024-12-09 14:03", REK), S, "Leitin og meðmælin niðri hjá okkur: 14:03–14:21", "comment 239540"),
            "detected": kt(u("2024-12-09 14:07", REK), S, "viðskiptavinur í netspjallinu segir að leitin finni ekkert", "h60-messenger-vef1209.txt"),
            "resolved": kt(u("2024-12-09 14:21", REK), S, "Leitin og meðmælin niðri hjá okkur: 14:03–14:21", "comment 239540")},
        "responders": [["Helga Magnúsdóttir", None], ["Sigríður Björnsdóttir", None], ["Bjarki Þórsson", None], ["Ólafur Gunnarsson", None]],
        "narrative": nar(["bug in the database software"], ["patched and re-validated"], ["VEF-1209", "Fjallabúðin"],
                         "On 9 December 2024 from 14:03 to 14:21 Reykjavik time the shop's search and recommendations were empty while Clerk.io's zone 2 database was down, in the middle of the Christmas rush.",
                         well=["kláruðu pöntun í síma"], badly=["vörustraumurinn"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

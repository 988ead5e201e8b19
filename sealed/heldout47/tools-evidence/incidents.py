"""Held-out 47 incidents: compact specs. Ten public incidents seen from small customers, each written in the language of
the people who lived through it: Pipedrive's outage of 10 June 2025 seen from a Riga freight forwarder's sales team
(Latvian Slack); Brevo's outbound e-mail delay of 17 July 2025 seen from a Ljubljana honey web shop (Slovenian Teams);
Dotdigital's stalled SMS delivery receipts of 12 November 2022 seen from a Novi Sad pharmacy chain (Serbian, Latin
script, Viber); Pinpoint's 503 outage of 19 March 2026 seen from a Sofia software house's recruiters (Bulgarian Slack);
Mews' card tokenization failures during the CenturyLink outage of 30 August 2020 seen from a Reykjavik guesthouse
(Icelandic Messenger); Quickpay's queue incident of 17 November 2023 seen from an Aarhus coffee roastery's web shop
(Danish Slack); Safaricom's network and M-PESA outage of 24 April 2017 seen from a Nairobi hardware shop (Swahili
WhatsApp); Peach Payments' processing outage of 23 March 2016 seen from a Stellenbosch wine estate (Afrikaans e-mail);
JustCall's calling and SMS disruption of 9 July 2025 seen from a Pune counselling team (English with Hindi, Slack);
Adapty's SDK and dashboard degradation of 11-12 February 2026 seen from an Austin app studio (English, 12-hour clock).
Timeline facts from public statements (SOURCES-heldout47.md); people, companies, ticket keys, chat wording, wrong first
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


RIX, LJU, BEG, SOF, REK = "Europe/Riga", "Europe/Ljubljana", "Europe/Belgrade", "Europe/Sofia", "Atlantic/Reykjavik"
CPH, NBO, JNB, KOL, CHI = "Europe/Copenhagen", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Kolkata", "America/Chicago"
PRG, Z = "Europe/Prague", "UTC"

I = []

# 1. Pipedrive, 10 June 2025 - CRM unreachable, seen from a Riga freight forwarder's sales team (Latvian) -------------
I.append({
    "id": "pipedrive-2025-06-outage-riga-forwarder", "name": "Pipedrive service interruption 10 June 2025 (UTC: 06:06 first system alerts; 06:17 incident investigation started; 06:42 cross-team call; an unrelated DNS change made just before sent the investigation down a wrong path; 09:23 root cause found, a networking component restarted unexpectedly after a routine security update; 09:59 first region back online; 11:43 most systems back; fully back later that day), seen from a Riga freight forwarder whose sales team lives in Pipedrive",
    "issueId": "98070", "key": "KRV-0610", "summary": "Pipedrive neatveras visai pārdošanas komandai / Pipedrive down for the whole sales team",
    "reporter": "Ilze Kalniņa", "assignee": "Mārtiņš Bērziņš", "labels": ["pipedrive", "crm", "saas"],
    "components": ["sales-tools", "office-it"], "created": c("2025-06-10 09:31", RIX), "now": "2025-06-25T09:00:00Z",
    "defaultZone": RIX, "priority": "High",
    "description": """Pipedrive neatveras nevienam pārdošanas komandā: tikai balts ekrāns ar spinneri, arī mobilajā lietotnē. Šodien plānoti 25 zvani klientiem par jūlija kravām.

Kopš ~9:00? Varbūt vainīgs vakar nomainītais Wi-Fi rūteris birojā. Rīgas laiks.""",
    "comments": [
        ("232800", "Mārtiņš Bērziņš", c("2025-06-10 10:05", RIX), """Rūteris nav vainīgs: no 4G arī nestrādā. status.pipedrive.com rāda incidentu, tātad problēma ir pie viņiem. Slack sarakste: slack-krv0610.txt (Rīgas laiks)."""),
        ("232801", "Ilze Kalniņa", c("2025-06-10 14:50", RIX), """Pipedrive atkal strādā, darījumi un piezīmes vietā. Pēcpusdienā atzvanām tiem, kam no rīta nepiezvanījām."""),
        ("232802", "Mārtiņš Bērziņš", c("2025-06-17 11:10", RIX), """Pipedrive publicēja skaidrojumu blogā ("service interruption"). Laika tabulu nokopēju pipedrive-blog-notes.txt (UTC, kā viņi raksta)."""),
        ("232803", "Laura Liepiņa", c("2025-06-18 15:00", RIX), """Kopsavilkums (Rīgas laiks, EEST = UTC+3).
Mums bez Pipedrive: 09:06–14:44. Sākums = Pipedrive pirmie brīdinājumi 06:06 UTC; beigas = kad Ilze pārbaudīja darījumus un viss strādāja.
Pirmo reizi uzzinājām: Ilzes ziņa Slack kanālā #pardosana 09:14.
Apraksta "~9:00" bija minējums, un Wi-Fi rūteris nebija vainīgs.
Pipedrive: pirmais reģions atkal darbojās 12:59 pēc mūsu laika, bet mūsu konts ne; pie mums tikai pēc 14:40.
Cēlonis (Pipedrive): rutīnas drošības atjauninājums negaidīti restartēja tīkla komponenti; vienlaicīga DNS izmaiņa viņus uz laiku aizveda pa nepareizām pēdām.
Darbības: katru rītu automātisks darījumu eksports uz Excel; abonēt status.pipedrive.com e-pastā; rezerves zvanu saraksts koplietotā diskā."""),
    ],
    "changelog": [
        ("Mārtiņš Bērziņš", c("2025-06-10 09:33", RIX), [("status", "Open", "In Progress")]),
        ("Ilze Kalniņa", c("2025-06-10 14:51", RIX), [("status", "In Progress", "Monitoring")]),
        ("Laura Liepiņa", c("2025-06-18 15:05", RIX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-krv0610.txt", "zone": RIX, "referenceDate": "2025-06-10", "text": """
#pardosana   otrdiena, 10. jūnijs
[09:14] Ilze Kalniņa: Pipedrive nelādējas, tikai balts ekrāns ar spinneri. Kādam vēl?
[09:16] Edgars Ozoliņš: pie manis tas pats, arī mobilajā lietotnē
[09:25] Mārtiņš Bērziņš: varbūt vakar nomainītais Wi-Fi rūteris? pārbaudu
[09:41] Mārtiņš Bērziņš: nav rūteris, no 4G arī nestrādā. status.pipedrive.com rāda incidentu
[10:30] Laura Liepiņa: zvanām klientiem pēc vakardienas Excel eksporta, kamēr Pipedrive nav
[13:15] Ilze Kalniņa: statusā raksta, ka pirmais reģions atkal strādā, bet pie mums joprojām nē
[14:44] Ilze Kalniņa: Pipedrive atkal strādā! pārbaudīju 3 darījumus, viss vietā
[14:47] Laura Liepiņa: super, atsākam parasto darbu
"""}, {"file": "pipedrive-blog-notes.txt", "zone": Z, "referenceDate": "2025-06-10", "text": """
Pipedrive blog, "service interruption" (copied by Mārtiņš on 17 June; their table is in UTC)
Early on June 10 one of their systems ran a routine security update; it caused a key networking component to restart in a way that disrupted communication inside their infrastructure.
An unrelated DNS configuration change went out just before; they first thought it was related, which led the investigation down the wrong path for a while.
Time | What happened
06:06 | First system alerts indicated a problem
06:17 | We officially kicked off the incident investigation
06:42 | Cross-team response call started
09:23 | We found the problem's root cause - a networking component restarted in a way we didn't expect
09:59 | First region came back online
11:43 | Most sy... (the rest of this row and the table are cut off in my copy)
"""}],
    "expected": {
        "events": [[u("2025-06-10 06:06", Z), ["First system alerts"]], [u("2025-06-10 09:14", RIX), ["nelādējas"]],
                   [u("2025-06-10 06:17", Z), ["investigation"]], [u("2025-06-10 09:25", RIX), ["rūteris"]],
                   [u("2025-06-10 09:41", RIX), ["4G"]], [u("2025-06-10 06:42", Z), ["Cross-team"]],
                   [u("2025-06-10 10:30", RIX), ["Excel"]], [u("2025-06-10 09:23", Z), ["root cause"]],
                   [u("2025-06-10 09:59", Z), ["First region"]], [u("2025-06-10 11:43", Z), ["Most sy"]],
                   [u("2025-06-10 14:44", RIX), ["atkal strādā"]]],
        "keyTimes": {
            "started": kt(u("2025-06-10 09:06", RIX), S, "Mums bez Pipedrive: 09:06–14:44", "comment 232803"),
            "detected": kt(u("2025-06-10 09:14", RIX), S, "Pipedrive nelādējas", "slack-krv0610.txt"),
            "resolved": kt(u("2025-06-10 14:44", RIX), S, "Mums bez Pipedrive: 09:06–14:44", "comment 232803")},
        "responders": [["Ilze Kalniņa", None], ["Mārtiņš Bērziņš", None], ["Laura Liepiņa", None], ["Edgars Ozoliņš", None]],
        "narrative": nar(["security update"], ["networking component"], ["KRV-0610", "#pardosana"],
                         "On 10 June 2025 from 09:06 to 14:44 Riga time the forwarder's sales team could not open Pipedrive at all and called customers from an Excel export.",
                         lucky=["Excel eksporta"], well=["4G"], badly=["pa nepareizām pēdām"]),
    }})

# 2. Brevo, 17 July 2025 - outbound e-mail delayed, seen from a Ljubljana honey web shop (Slovenian) ----------------
I.append({
    "id": "brevo-2025-07-email-delay-ljubljana-honeyshop", "name": "Brevo delay in outbound email delivery 17 July 2025 (write-up: between 17:00 and 21:15 UTC some users experienced delays in outbound transactional and marketing emails; a failure in the internal coordination system during a planned system update; rollback did not succeed immediately; queues processed, no data lost), seen from a Ljubljana web shop selling honey whose order confirmations and newsletter go through Brevo",
    "issueId": "98071", "key": "MED-0717", "summary": "Potrditve naročil ne prihajajo strankam (Brevo) / order confirmation e-mails not arriving",
    "reporter": "Teja Kovač", "assignee": "Nejc Horvat", "labels": ["brevo", "email", "webshop"],
    "components": ["webshop", "email"], "created": c("2025-07-17 20:05", LJU), "now": "2025-07-30T08:00:00Z",
    "defaultZone": LJU, "priority": "High",
    "description": """Strankam ne prihajajo potrditve naročil iz trgovine, tudi julijski newsletter ni prišel nikomur (tudi meni ne).

Od ~19:30? Mogoče DKIM po ponedeljkovi menjavi DNS pri ponudniku domene. Naročila se v sistemu sicer shranjujejo.""",
    "comments": [
        ("232804", "Nejc Horvat", c("2025-07-17 20:25", LJU), """DKIM in SPF sta v redu (mail-tester 10/10). Brevo ima na statusni strani incident "Delay in outbound email delivery". Nit iz Teams: teams-med0717.txt (naš čas)."""),
        ("232805", "Teja Kovač", c("2025-07-18 08:30", LJU), """Zjutraj: vse včerajšnje potrditve so prišle, 23 naročil. 4 stranke so naročile dvakrat, ker niso dobile potrditve; dvojna naročila sem stornirala."""),
        ("232806", "Nejc Horvat", c("2025-07-21 10:00", LJU), """Brevo je objavil write-up, kopija v brevo-writeup.txt (časi v UTC, kot jih piše Brevo)."""),
        ("232807", "Maja Zupan", c("2025-07-22 14:00", LJU), """Povzetek (naš čas, CEST = UTC+2)
Zamuda e-pošte za nas: 19:00–23:15 (Brevo: 17:00–21:15 UTC). Newsletter ob 19:05 je bil torej že v oknu.
Prvič izvedeli: stranka ob 19:42 (Teams), nato še dve.
"Od ~19:30" v opisu je bilo ugibanje po času prvega naročila; DKIM ni bil kriv.
Nejčevo sporočilo ob 23:20 je le trenutek, ko je opazil; Brevo navaja konec zamud ob 21:15 UTC.
Vzrok (Brevo): napaka v internem koordinacijskem sistemu med načrtovano posodobitvijo, povrnitev ni takoj uspela.
Ukrepi: opozorilo, če Brevo 20 minut ne potrdi dostave nobene potrditve; naročnina na status.brevo.com; besedilo na strani "potrditev lahko zamuja" pripravljeno vnaprej."""),
    ],
    "changelog": [
        ("Nejc Horvat", c("2025-07-17 20:07", LJU), [("status", "Open", "In Progress")]),
        ("Teja Kovač", c("2025-07-18 08:31", LJU), [("status", "In Progress", "Monitoring")]),
        ("Maja Zupan", c("2025-07-22 14:05", LJU), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-med0717.txt", "zone": LJU, "referenceDate": "2025-07-17", "text": """
Klepet: Medena hiša - spletna trgovina
[17. 07. 2025 19:05] Nejc Horvat: julijski newsletter je odšel iz Brevo, 2.140 prejemnikov
[17. 07. 2025 19:42] Teja Kovač: stranka piše, da ni dobila potrditve naročila (naročilo ob 19:30)
[17. 07. 2025 19:48] Teja Kovač: še dve taki sporočili. newsletterja tudi ni nihče dobil, jaz ga tudi nimam
[17. 07. 2025 19:55] Nejc Horvat: morda DKIM po ponedeljkovi menjavi DNS? preverim
[17. 07. 2025 20:20] Nejc Horvat: DKIM je ok. Brevo status ima incident "Delay in outbound email delivery"
[17. 07. 2025 21:10] Teja Kovač: dala sem obvestilo na spletno stran: potrditve zamujajo, naročila so sprejeta
[17. 07. 2025 23:20] Nejc Horvat: potrditve spet prihajajo, tudi newsletter se dostavlja
"""}, {"file": "brevo-writeup.txt", "zone": Z, "referenceDate": "2025-07-17", "text": """
Write-up: Delay in outbound email delivery (status.brevo.com)
On Thursday, July 17th, between 17:00 UTC and 21:15 UTC, some users experienced delays in the delivery of outbound transactional and marketing emails.
Cause: an issue during a planned system update affected internal communication between critical components; efforts to roll back the update did not succeed immediately.
All email queues have now been processed, and no data has been lost.
"""}],
    "expected": {
        "events": [[u("2025-07-17 17:00", Z), ["between"]], [u("2025-07-17 19:05", LJU), ["newsletter"]],
                   [u("2025-07-17 19:42", LJU), ["potrditve"]], [u("2025-07-17 19:48", LJU), ["še dve"]],
                   [u("2025-07-17 19:55", LJU), ["DKIM"]], [u("2025-07-17 20:20", LJU), ["Brevo status"]],
                   [u("2025-07-17 21:10", LJU), ["obvestilo"]], [u("2025-07-17 21:15", Z), ["between"]],
                   [u("2025-07-17 23:20", LJU), ["spet prihajajo"]]],
        "keyTimes": {
            "started": kt(u("2025-07-17 19:00", LJU), S, "Zamuda e-pošte za nas: 19:00–23:15", "comment 232807"),
            "detected": kt(u("2025-07-17 19:42", LJU), S, "stranka piše, da ni dobila potrditve naročila", "teams-med0717.txt"),
            "resolved": kt(u("2025-07-17 23:15", LJU), S, "Zamuda e-pošte za nas: 19:00–23:15", "comment 232807")},
        "responders": [["Teja Kovač", None], ["Nejc Horvat", None], ["Maja Zupan", None]],
        "narrative": nar(["planned system update"], ["queues have now been processed"], ["MED-0717", "Medena hiša"],
                         "On 17 July 2025 from 19:00 to 23:15 Ljubljana time the shop's order confirmations and newsletter were held in Brevo's delayed outbound queues; four customers ordered twice.",
                         well=["mail-tester"], badly=["naročile dvakrat"]),
    }})

# 3. Dotdigital, 12 November 2022 - SMS delivery receipts not processed, seen from a Novi Sad pharmacy chain (Serbian) --
I.append({
    "id": "dotdigital-2022-11-sms-receipts-novisad-pharmacy", "name": "Dotdigital delays processing SMS delivery receipts, all regions, 12 November 2022 (UTC: at approximately 08:08 the platform stopped processing SMS delivery receipts; 14:10 noticed and investigations began; 16:00 traced to job scheduling and the unit processing receipts; 16:30 job scheduling fixed, then tuning for the backlog; 16:50 backlog began to clear; 17:00 backlog processed; summary: receipt processing fully restored 17:01 UTC; sending and delivery to handsets unaffected; write-up posted 14 Nov 15:50 GMT), seen from a Novi Sad pharmacy chain whose 'your medicine has arrived' SMS falls back to a phone call when no delivery receipt comes",
    "issueId": "98072", "key": "APN-1112", "summary": "SMS bez potvrde o isporuci - apoteke zovu kupce bez potrebe (Dotdigital)",
    "reporter": "Jelena Petrović", "assignee": "Marko Jovanović", "labels": ["dotdigital", "sms", "apoteke"],
    "components": ["crm-sms", "apoteke-pozivi"], "created": c("2022-11-12 12:25", BEG), "now": "2022-11-25T10:00:00Z",
    "defaultZone": BEG, "priority": "High",
    "description": """Od jutros (~9h, od kampanje?) Dotdigital ne prikazuje isporuku SMS-ova: izveštaj kaže 0 isporučeno, a kupci dolaze sa porukom.

Problem: SMS "Vaš lek je stigao" bez potvrde o isporuci automatski ide na telefonski poziv, pa apoteke zovu kupce koji su poruku već dobili. Vreme je naše (Beograd).""",
    "comments": [
        ("232808", "Marko Jovanović", c("2022-11-12 12:30", BEG), """Slanje radi (ljudi dobijaju SMS), ne stižu samo potvrde o isporuci nazad u Dotdigital. Isključio sam automatsko prebacivanje na poziv u 12:20. Viber prepiska: viber-apn1112.txt."""),
        ("232809", "Jelena Petrović", c("2022-11-12 18:20", BEG), """Izveštaj se ažurirao u 18:05, isporučeno 3.712 od 3.850. Prebacivanje na poziv ponovo uključeno."""),
        ("232810", "Marko Jovanović", c("2022-11-14 17:30", BEG), """Dotdigital je objavio RCA, kopija u dotdigital-rca.txt (UTC; kod nas je +1)."""),
        ("232811", "Snežana Ilić", c("2022-11-16 10:00", BEG), """Rezime (naše vreme, CET)
Bez potvrda o isporuci: 09:08–18:01 (Dotdigital: 08:08–17:01 UTC).
Prvi put primetili: Jelena u 11:25 na Viberu (izveštaj kampanje i dalje 0 isporučeno).
Kampanja u 09:00 nije bila uzrok, samo je krenula pre početka problema. "Telenor/A1 kasne" je bila pogrešna pretpostavka.
Posledica: apoteke su od oko 10h do 12:20 bez potrebe zvale 140 kupaca.
Uzrok (Dotdigital): zastoj u zakazivanju poslova koji obrađuju potvrde; sam SMS do telefona nije bio pogođen.
Mere: alarm ako 30 minuta nema nijedne potvrde o isporuci; fallback poziv tek posle 2 sata umesto 45 minuta; pretplata na Dotdigital status."""),
    ],
    "changelog": [
        ("Marko Jovanović", c("2022-11-12 12:27", BEG), [("status", "Open", "In Progress")]),
        ("Jelena Petrović", c("2022-11-12 18:21", BEG), [("status", "In Progress", "Monitoring")]),
        ("Snežana Ilić", c("2022-11-16 10:05", BEG), [("priority", "High", "Medium"), ("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "viber-apn1112.txt", "zone": BEG, "referenceDate": "2022-11-12", "text": """
Viber grupa "Apoteka Lipa - marketing"
[12.11.2022. 09:00] Jelena Petrović: subotnja SMS kampanja "Vikend -15%" krenula, 3.850 brojeva
[12.11.2022. 11:25] Jelena Petrović: u Dotdigital izveštaju i dalje 0 isporučeno, a ljudi već dolaze sa SMS-om na kasu?!
[12.11.2022. 11:40] Marko Jovanović: možda Telenor/A1 kasne sa potvrdama, subota je
[12.11.2022. 12:10] Jelena Petrović: ni SMS "Vaš lek je stigao" nema potvrdu, sistem prebacuje na poziv - apoteke zovu ljude bez potrebe
[12.11.2022. 12:20] Marko Jovanović: isključio sam automatsko prebacivanje do daljnjeg
[12.11.2022. 15:20] Marko Jovanović: na Dotdigital status strani: "Delays processing SMS delivery receipts - all regions"
[12.11.2022. 18:05] Jelena Petrović: izveštaj se ažurirao, isporučeno 3.712
"""}, {"file": "dotdigital-rca.txt", "zone": Z, "referenceDate": "2022-11-12", "text": """
Delays processing SMS delivery receipts - all regions - Incident Report for Dotdigital
Summary of impact: At approximately 08:08 UTC on 12 November 2022, our platform stopped processing SMS delivery receipts. We fully restored receipt processing at 17:01 UTC on the same day.
SMS sending and delivery to handsets were unaffected and continued as usual.
The timeline (in UTC) for resolving this issue was:
14:10: We noticed the issue with SMS receipts and began investigations
16:00: We determined the issue related to job scheduling and the programming unit responsible for processing receipts
16:30: We resolved the issue with job scheduling, then needed to finetune the process to handle the backlog of receipts
16:50: We completed the process tuning work and the backlog of receipts began to clear
17:00: The backlog had been processed and receipts were being processed as normal
Posted Nov 14, 2022 - 15:50 GMT
"""}],
    "expected": {
        "events": [[u("2022-11-12 09:00", BEG), ["kampanja"]], [u("2022-11-12 08:08", Z), ["stopped processing"]],
                   [u("2022-11-12 11:25", BEG), ["isporučeno"]], [u("2022-11-12 11:40", BEG), ["Telenor"]],
                   [u("2022-11-12 12:10", BEG), ["poziv"]], [u("2022-11-12 12:20", BEG), ["isključio"]],
                   [u("2022-11-12 14:10", Z), ["noticed"]], [u("2022-11-12 16:00", Z), ["job scheduling"]],
                   [u("2022-11-12 16:30", Z), ["finetune"]], [u("2022-11-12 16:50", Z), ["began to clear"]],
                   [u("2022-11-12 17:00", Z), ["backlog had been processed"]], [u("2022-11-12 18:05", BEG), ["ažurirao"]]],
        "keyTimes": {
            "started": kt(u("2022-11-12 09:08", BEG), S, "Bez potvrda o isporuci: 09:08–18:01", "comment 232811"),
            "detected": kt(u("2022-11-12 11:25", BEG), S, "u Dotdigital izveštaju i dalje 0 isporučeno", "viber-apn1112.txt"),
            "resolved": kt(u("2022-11-12 18:01", BEG), S, "Bez potvrda o isporuci: 09:08–18:01", "comment 232811")},
        "responders": [["Jelena Petrović", None], ["Marko Jovanović", None], ["Snežana Ilić", None]],
        "narrative": nar(["job scheduling"], ["backlog"], ["APN-1112", "Apoteka Lipa"],
                         "On 12 November 2022 from 09:08 to 18:01 Belgrade time the pharmacy chain got no SMS delivery receipts from Dotdigital, so its pharmacies phoned 140 customers who had already received their 'medicine has arrived' text.",
                         well=["isključio"], badly=["140 kupaca"]),
    }})

# 4. Pinpoint, 19 March 2026 - ATS returns 503, seen from a Sofia software house's recruiters (Bulgarian) -------------
I.append({
    "id": "pinpoint-2026-03-503-sofia-recruiters", "name": "Pinpoint service outage 19 March 2026 (UTC: 11:46 automated monitoring alerts, users get 503s; 11:47 engineering investigating; 12:01 status page updated; 12:10 root cause identified, a database firewall misconfiguration from an infrastructure change; 12:20 fix applied, service restored; 12:21 incident marked resolved; about 35 minutes, no data lost), seen from the recruiting team of a Sofia software house in the middle of an interview day",
    "issueId": "98073", "key": "HRB-0319", "summary": "Pinpoint (ATS) връща 503 - интервюта без профили на кандидатите",
    "reporter": "Десислава Петрова", "assignee": "Калоян Димитров", "labels": ["pinpoint", "ats", "hr"],
    "components": ["hr-tools"], "created": c("2026-03-19 14:30", SOF), "now": "2026-03-31T09:00:00Z",
    "defaultZone": SOF, "priority": "Medium",
    "description": """Pinpoint не се отваря, дава 503 на всяка страница. В 14:00 имахме интервю за Java позицията, профилът и бележките от първия кръг са там.

От около 13:30? Възможно е да е VPN профилът, който сменихме вчера. Часовете са българско време.""",
    "comments": [
        ("232812", "Калоян Димитров", c("2026-03-19 14:40", SOF), """Не е при нас: и без VPN, от телефон, е 503. Pinpoint имат инцидент на status.pinpoint.support. Slack нишката е в slack-hrb0319.txt."""),
        ("232813", "Десислава Петрова", c("2026-03-19 15:10", SOF), """Интервюто мина с принтираното CV от имейла; оценката въведох в Pinpoint след като тръгна пак."""),
        ("232814", "Калоян Димитров", c("2026-03-20 10:00", SOF), """Pinpoint публикуваха обяснение, копие в pinpoint-incident.txt (UTC, при нас е +2)."""),
        ("232815", "Ралица Тодорова", c("2026-03-23 11:00", SOF), """Обобщение (българско време, EET)
Pinpoint недостъпен за нас: 13:46 → 14:20 (Pinpoint: 11:46–12:20 UTC; "marked as resolved" в 12:21 UTC е само статусът).
Научихме: Десислава в Slack в 13:52.
"От около 13:30" в описанието е предположение; VPN не беше причината.
Причина (Pinpoint): твърде строго правило на firewall-а на базата данни след промяна в инфраструктурата.
Действия: принтиране на профилите за интервютата от сутринта; абонамент за status.pinpoint.support; резервна папка с CV-та в Drive."""),
    ],
    "changelog": [
        ("Калоян Димитров", c("2026-03-19 14:32", SOF), [("status", "Open", "In Progress")]),
        ("Калоян Димитров", c("2026-03-19 14:41", SOF), [("status", "In Progress", "Monitoring")]),
        ("Ралица Тодорова", c("2026-03-23 11:05", SOF), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-hrb0319.txt", "zone": SOF, "referenceDate": "2026-03-19", "text": """
#hr-подбор   четвъртък, 19 март
[13:52] Десислава Петрова: Pinpoint дава 503 на всичко, не мога да отворя кандидатите за 14:00
[13:55] Николай Иванов: и при мен 503
[13:58] Калоян Димитров: да не е нашият VPN? вчера сменихме профила
[14:03] Калоян Димитров: не е VPN, от телефон без VPN пак 503. status.pinpoint.support показва инцидент
[14:05] Десислава Петрова: започвам интервюто с принтираното CV от имейла
[14:23] Десислава Петрова: Pinpoint работи пак, оценките от сутринта са там
"""}, {"file": "pinpoint-incident.txt", "zone": Z, "referenceDate": "2026-03-19", "text": """
Pinpoint status page - incident of 19 March 2026
Duration: Approximately 35 minutes (11:46 to 12:21 UTC). Users were unable to access the platform and received 503 errors. No data was lost or corrupted.
Timeline (UTC)
- 11:46 - Automated monitoring alerts triggered for service unavailability.
- 11:47 - Engineering team began investigating.
- 12:01 - Status page updated to reflect the incident.
- 12:10 - Root cause identified as a database firewall misconfiguration introduced during an infrastructure change.
- 12:20 - Fix applied; service restored.
- 12:21 - Incident marked as resolved.
"""}],
    "expected": {
        "events": [[u("2026-03-19 11:46", Z), ["Automated monitoring"]], [u("2026-03-19 11:47", Z), ["began investigating"]],
                   [u("2026-03-19 13:52", SOF), ["503"]], [u("2026-03-19 13:55", SOF), ["и при мен"]],
                   [u("2026-03-19 13:58", SOF), ["VPN"]], [u("2026-03-19 12:01", Z), ["Status page updated"]],
                   [u("2026-03-19 14:03", SOF), ["телефон"]], [u("2026-03-19 14:05", SOF), ["интервюто"]],
                   [u("2026-03-19 12:10", Z), ["firewall"]], [u("2026-03-19 12:20", Z), ["Fix applied"]],
                   [u("2026-03-19 12:21", Z), ["marked as resolved"]], [u("2026-03-19 14:23", SOF), ["работи пак"]]],
        "keyTimes": {
            "started": kt(u("2026-03-19 13:46", SOF), S, "Pinpoint недостъпен за нас: 13:46 → 14:20", "comment 232815"),
            "detected": kt(u("2026-03-19 13:52", SOF), S, "Pinpoint дава 503 на всичко", "slack-hrb0319.txt"),
            "resolved": kt(u("2026-03-19 14:20", SOF), S, "Pinpoint недостъпен за нас: 13:46 → 14:20", "comment 232815")},
        "responders": [["Десислава Петрова", None], ["Калоян Димитров", None], ["Николай Иванов", None], ["Ралица Тодорова", None]],
        "narrative": nar(["firewall"], ["Fix applied"], ["HRB-0319", "#hr-подбор"],
                         "On 19 March 2026 from 13:46 to 14:20 Sofia time the recruiters could not open Pinpoint and ran an interview from a printed CV.",
                         lucky=["принтираното CV"], badly=["VPN"]),
    }})

# 5. Mews, 30 August 2020 - card tokenization failing (CenturyLink outage), seen from a Reykjavik guesthouse (Icelandic)
I.append({
    "id": "mews-2020-08-card-tokenization-reykjavik-guesthouse", "name": "Mews intermittent issues with card tokenization 30 August 2020 during the CenturyLink / Level 3 outage (postmortem, CEST: 15:35 reported by Mews Customer Care, customers cannot enter card details; 15:37 developers notified; 15:49 external card storage provider's dashboard shows fewer tokenized cards, errors in Mews logs, provider reports an internet outage; around 16:52 errors slowing down; 17:03 provider notifies the issue is resolved; 17:12 status page marked resolved (status post 17:11 CEST); postmortem posted 23 Sep 2020 16:13 CEST), seen from a Reykjavik guesthouse whose front desk stores guests' cards in Mews",
    "issueId": "98074", "key": "GIS-0830", "summary": "Kort gesta vistast ekki í Mews / guest cards cannot be saved in Mews",
    "reporter": "Guðrún Sigurðardóttir", "assignee": "Einar Jónsson", "labels": ["mews", "pms", "greidslur"],
    "components": ["mottaka", "pms"], "created": c("2020-08-30 13:40", REK), "now": "2020-10-05T12:00:00Z",
    "defaultZone": REK, "priority": "High",
    "description": """Kortaformið í Mews vistar ekki kort: "card could not be saved". Bæði í móttöku og á netbókunum sem koma inn.

Síðan í morgun? Ekki viss. Fyrst datt okkur í hug posinn. Sunnudagur, 9 komur í dag.""",
    "comments": [
        ("232816", "Einar Jónsson", c("2020-08-30 14:25", REK), """Ekki hjá okkur: kortageymslan sem Mews notar (ytri þjónusta) nær ekki sambandi, Mews segir netvandamál hjá CenturyLink. Spjallþráður: messenger-gis0830.txt."""),
        ("232817", "Guðrún Sigurðardóttir", c("2020-08-30 15:15", REK), """Virkar aftur. Þrjú kort skráð eftir á, gestir herbergja 2 og 7 greiða við brottför."""),
        ("232818", "Einar Jónsson", c("2020-09-24 09:30", REK), """Mews birti postmortem, afrit í mews-status.txt. Tímarnir þar eru í CEST (Prag), tveimur tímum á undan okkur."""),
        ("232819", "Sólveig Arnardóttir", c("2020-09-25 11:00", REK), """Samantekt (íslenskur tími = UTC)
Hvenær byrjaði þetta hjá okkur? Vitum það ekki: fyrsta kortaskráning dagsins var þegar gestirnir komu og þá var það þegar bilað; engin skráning fyrr um daginn.
Fyrst vitað: Guðrún í móttöku, Messenger kl. 13:10.
Kortaskráning virkaði aftur kl. 15:08 (Mews: villum fór að fækka um 16:52 CEST, ytri aðilinn sagði lagað 17:03 CEST, þ.e. 15:03 hjá okkur).
Posinn var ekki vandamálið. Status-færslan "Resolved" hjá Mews er ekki endir vandans hjá okkur heldur tilkynning.
Orsök: víðtækt netrof hjá CenturyLink (Level 3) í Bandaríkjunum og Evrópu.
Aðgerðir: verklag fyrir móttöku þegar kortaskráning virkar ekki; áskrift að stöðusíðu Mews; prófa kortaskráningu kl. 8 á morgnana."""),
    ],
    "changelog": [
        ("Einar Jónsson", c("2020-08-30 13:42", REK), [("status", "Open", "In Progress")]),
        ("Guðrún Sigurðardóttir", c("2020-08-30 15:16", REK), [("status", "In Progress", "Monitoring")]),
        ("Sólveig Arnardóttir", c("2020-09-25 11:05", REK), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "messenger-gis0830.txt", "zone": REK, "referenceDate": "2020-08-30", "text": """
Messenger: Hlíð starfsfólk - sunnudagur 30. ágúst 2020
13:10 Guðrún Sigurðardóttir: kortið hjá þýsku gestunum fer ekki inn í Mews, "card could not be saved"
13:18 Einar Jónsson: er það posinn? prófaðu hinn posann
13:22 Guðrún Sigurðardóttir: ekki posinn, þetta er kortaformið í Mews sjálfu. líka netbókanirnar
13:30 Einar Jónsson: sendi Mews support skilaboð á spjallinu
14:00 Guðrún Sigurðardóttir: við látum gestina greiða við brottför, skrifum niður herbergisnúmer
14:20 Einar Jónsson: Mews segir að kortaþjónustan þeirra sé með netvandamál, CenturyLink í Bandaríkjunum
15:08 Guðrún Sigurðardóttir: kortið fór inn núna! prófaði aftur hjá herbergi 4
"""}, {"file": "mews-status.txt", "zone": PRG, "referenceDate": "2020-08-30", "text": """
Intermittent issues with card tokenization - Incident Report for Mews (times as Mews posts them, CEST)
Postmortem (posted Sep 23, 2020 - 16:13 CEST):
On 2020-08-30 15:35 an issue was reported by our Customer Care team: customers were not able to enter card details. Our developers were notified at 15:37.
At 15:49 we checked the dashboard of our external card storage provider: a lower volume of cards tokenized, and errors in our own logs. Shortly after, the provider told our support they were dealing with an internet outage.
Around 16:52 the rate of errors started slowing down; at 17:03 the external provider notified us that the issue was resolved.
By 17:12 we updated the statuspage and marked the issue as resolved.
Cause: widespread internet outage for CenturyLink (Level 3) in the US and Europe.
Resolved - The incident has been resolved. Posted Aug 30, 2020 - 17:11 CEST
"""}],
    "expected": {
        "events": [[u("2020-08-30 13:10", REK), ["fer ekki inn"]], [u("2020-08-30 13:18", REK), ["posinn"]],
                   [u("2020-08-30 13:22", REK), ["kortaformið"]], [u("2020-08-30 13:30", REK), ["Mews support"]],
                   [u("2020-08-30 15:35", PRG), ["Customer Care"]], [u("2020-08-30 15:37", PRG), ["developers"]],
                   [u("2020-08-30 15:49", PRG), ["dashboard"]], [u("2020-08-30 14:00", REK), ["brottför"]],
                   [u("2020-08-30 14:20", REK), ["CenturyLink"]], [u("2020-08-30 16:52", PRG), ["slowing"]],
                   [u("2020-08-30 17:03", PRG), ["issue was resolved"]], [u("2020-08-30 15:08", REK), ["fór inn"]],
                   [u("2020-08-30 17:11", PRG), ["incident has been resolved"]], [u("2020-08-30 17:12", PRG), ["statuspage"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2020-08-30 13:10", REK), S, "kortið hjá þýsku gestunum fer ekki inn í Mews", "messenger-gis0830.txt"),
            "resolved": kt(u("2020-08-30 15:08", REK), S, "Kortaskráning virkaði aftur kl. 15:08", "comment 232819")},
        "responders": [["Guðrún Sigurðardóttir", None], ["Einar Jónsson", None], ["Sólveig Arnardóttir", None]],
        "narrative": nar(["CenturyLink"], ["issue was resolved"], ["GIS-0830", "Hlíð"],
                         "On 30 August 2020 the guesthouse could not store guests' cards in Mews from at least 13:10 until 15:08 Reykjavik time, during the CenturyLink outage that broke Mews' card storage provider.",
                         well=["brottför"], badly=["posinn"]),
    }})

# 6. Quickpay, 17 November 2023 - MobilePay Online stuck in a queue, seen from an Aarhus coffee roastery (Danish) -----
I.append({
    "id": "quickpay-2023-11-mobilepay-queue-aarhus-roastery", "name": "Quickpay callbacks and MobilePay Online / Vipps processing incident 17 November 2023 (post-mortem, CET: at approximately 11:20 a routine import of payments from another PSP began; each imported payment triggered a callback, rejected callbacks accumulated in the cloud queue until almost no events were processed, also MobilePay Online and Vipps events sharing the queue; by 13:45 the on-premise queue was reinstated and MobilePay Online, Vipps and callbacks resumed; by 10:00 on Saturday failed events partly processed; the start of payment impact is not published), seen from an Aarhus coffee roastery's web shop whose customers pay with MobilePay through Quickpay",
    "issueId": "98075", "key": "RIS-1117", "summary": "MobilePay-betalinger hænger i webshoppen (Quickpay)",
    "reporter": "Sofie Nielsen", "assignee": "Mikkel Thomsen", "labels": ["quickpay", "mobilepay", "webshop"],
    "components": ["webshop", "betaling"], "created": c("2023-11-17 12:20", CPH), "now": "2023-12-01T09:00:00Z",
    "defaultZone": CPH, "priority": "Highest",
    "description": """Kunder kan ikke betale med MobilePay: de godkender i appen, men ordren bliver ikke gennemført og står som "afventer betaling". Kort virker.

Siden ~12? Vi opdaterede WooCommerce i går aftes, måske er det den. Black Friday-rabatten starter i dag, så det haster.""",
    "comments": [
        ("232820", "Mikkel Thomsen", c("2023-11-17 12:50", CPH), """Ikke vores opdatering: Quickpay support bekræfter fejl i deres kø (callbacks og MobilePay Online). MobilePay er skjult i checkout, kort virker. Slack: slack-ris1117.txt."""),
        ("232821", "Sofie Nielsen", c("2023-11-17 16:30", CPH), """Alle 6 hængende ordrer er afklaret; 2 kunder betalte igen med kort, 4 blev gennemført af Quickpay bagefter."""),
        ("232822", "Mikkel Thomsen", c("2023-11-20 09:15", CPH), """Quickpay's post-mortem kopieret til quickpay-postmortem.txt (de skriver CET, samme som os)."""),
        ("232823", "Anders Kjær", c("2023-11-21 10:00", CPH), """Opsummering (dansk tid)
MobilePay nede for vores kunder: start ukendt – 13:58.
Quickpay's import startede 11:20, men hvornår MobilePay begyndte at hænge hos os ved vi ikke; "siden ~12" i beskrivelsen var et gæt.
Først vidst: kunden i telefonen kl. 12:05.
Slut: 13:58, da vi slog MobilePay til igen efter testordren; Quickpay's kø kørte igen fra 13:45, men vi havde selv MobilePay skjult indtil da.
WooCommerce-opdateringen var uskyldig.
Handlinger: alarm hvis ingen MobilePay-callback i 15 minutter i åbningstiden; abonnér på status.quickpay.net; fast procedure for at skjule en betalingsmetode."""),
    ],
    "changelog": [
        ("Mikkel Thomsen", c("2023-11-17 12:22", CPH), [("status", "Open", "In Progress")]),
        ("Mikkel Thomsen", c("2023-11-17 14:00", CPH), [("status", "In Progress", "Monitoring")]),
        ("Anders Kjær", c("2023-11-21 10:05", CPH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-ris1117.txt", "zone": CPH, "referenceDate": "2023-11-17", "text": """
#webshop   fredag 17/11
[12:05] Sofie Nielsen: kunde i telefonen: MobilePay hænger efter godkendelse i appen, ordren bliver ikke gennemført
[12:07] Sofie Nielsen: to mails mere om det samme
[12:12] Mikkel Thomsen: vi opdaterede WooCommerce i går aftes, måske er det det? kigger
[12:30] Mikkel Thomsen: skjuler MobilePay i checkout indtil videre, kort virker fint
[12:48] Mikkel Thomsen: Quickpay support svarer: kendt problem med deres kø, callbacks og MobilePay Online hænger. ikke WooCommerce
[13:58] Mikkel Thomsen: testordre med MobilePay gik igennem, MobilePay er slået til igen i checkout
[14:10] Sofie Nielsen: 6 ordrer står stadig som "afventer betaling", jeg ringer til kunderne
"""}, {"file": "quickpay-postmortem.txt", "zone": CPH, "referenceDate": "2023-11-17", "text": """
Post-Mortem Analysis (status.quickpay.net; Quickpay writes CET)
On Friday, November 17th, Quickpay encountered significant operational challenges, affecting the delivery of callbacks and the processing of MobilePay Online and Vipps payments.
At approximately 11:20 CET on Friday, Quickpay began a routine import of payments from another PSP into our system; each imported payment inadvertently triggered a callback to merchants, and the rejected callbacks accumulated.
MobilePay Online and Vipps events use the same queue system; as the platform reached the threshold, almost no events were processed.
By 13:45, we successfully reinstated our on-premise queue system. Subsequently, MobilePay Online, Vipps, and callbacks resumed normal processing.
By 10:00 on Saturday, a portion of the failed events were processed in the queue.
"""}],
    "expected": {
        "events": [[u("2023-11-17 11:20", CPH), ["routine import"]], [u("2023-11-17 12:05", CPH), ["MobilePay hænger"]],
                   [u("2023-11-17 12:07", CPH), ["to mails"]], [u("2023-11-17 12:12", CPH), ["WooCommerce"]],
                   [u("2023-11-17 12:30", CPH), ["skjuler MobilePay"]], [u("2023-11-17 12:48", CPH), ["Quickpay support"]],
                   [u("2023-11-17 13:45", CPH), ["reinstated"]], [u("2023-11-17 13:58", CPH), ["testordre"]],
                   [u("2023-11-17 14:10", CPH), ["afventer betaling"]], [u("2023-11-18 10:00", CPH), ["Saturday"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2023-11-17 12:05", CPH), S, "MobilePay hænger efter godkendelse i appen", "slack-ris1117.txt"),
            "resolved": kt(u("2023-11-17 13:58", CPH), S, "MobilePay nede for vores kunder: start ukendt – 13:58", "comment 232823")},
        "responders": [["Sofie Nielsen", None], ["Mikkel Thomsen", None], ["Anders Kjær", None]],
        "narrative": nar(["routine import"], ["on-premise queue"], ["RIS-1117", "#webshop"],
                         "On 17 November 2023, until 13:58 Danish time, the roastery's web-shop customers could not complete MobilePay payments because Quickpay's event queue had stalled; cards kept working.",
                         well=["kort virker"], badly=["afventer betaling"]),
    }})

# 7. Safaricom, 24 April 2017 - network and M-PESA outage, seen from a Nairobi hardware shop (Swahili) ----------------
I.append({
    "id": "safaricom-2017-04-mpesa-outage-nairobi-hardware", "name": "Safaricom network outage 24 April 2017 (voice, SMS, data, M-PESA and enterprise services; Business Daily / Daily Nation: outage from about 9.40am to 4.30pm East Africa time; press: communication blackout some minutes to 10 a.m.; Safaricom tweets: a challenge affecting network, data and M-PESA, then root cause identified; CEO statement: lost connectivity into the core network as well as the redundant path, business continuity protocol invoked, incident marked closed at 4:30pm), seen from a Nairobi hardware shop with branches in Kasarani and Githurai that takes Lipa na M-PESA",
    "issueId": "98076", "key": "MWA-0424", "summary": "M-Pesa (Lipa na M-Pesa) haifanyi kazi maduka yote / M-Pesa payments not coming through",
    "reporter": "Wanjiru Kamau", "assignee": "Brian Otieno", "labels": ["safaricom", "mpesa", "maduka"],
    "components": ["malipo", "duka-kasarani", "duka-githurai"], "created": c("2017-04-24 10:20", NBO), "now": "2017-05-08T09:00:00Z",
    "defaultZone": NBO, "priority": "Highest",
    "description": """Wateja wanalipa kwa Lipa na M-Pesa lakini hatupati ujumbe wa M-Pesa, kwa hiyo hatuwezi kuthibitisha malipo. Maduka yote ya Mwangaza Hardware, Kasarani na Githurai.

Tangu saa nne hivi (~10:00?). Labda ni simu ya till au SIM. Saa za Nairobi.""",
    "comments": [
        ("232824", "Brian Otieno", c("2017-04-24 10:40", NBO), """Si tatizo letu: Safaricom wamekubali kwenye Twitter kuna tatizo linaloathiri mtandao, data na M-PESA. Hata simu za kawaida hazipiti. WhatsApp ya maduka: whatsapp-mwa0424.txt."""),
        ("232825", "Wanjiru Kamau", c("2017-04-24 17:00", NBO), """M-Pesa imerudi. Mauzo ya leo: asilimia 60 cash; wateja 11 waliondoka bila kununua kwa sababu hawakuwa na pesa taslimu."""),
        ("232826", "Brian Otieno", c("2017-04-25 09:00", NBO), """Taarifa za Safaricom (tweets na taarifa ya CEO kama zilivyonukuliwa na magazeti) nimezinakili kwenye safaricom-statements.txt."""),
        ("232827", "Peter Mwangi", c("2017-04-27 12:00", NBO), """Muhtasari (saa za Nairobi)
M-Pesa na mtandao wa Safaricom: 9:40 asubuhi hadi 4:30 jioni (saa tatu na dakika arobaini asubuhi mpaka saa kumi na nusu jioni), kwa mujibu wa Safaricom na magazeti.
Tulijua kwanza: ujumbe wa Wanjiru kwenye WhatsApp saa 9:47 asubuhi.
"Tangu saa nne" kwenye maelezo ya tiketi ilikuwa ni makisio; SIM na betri ya simu ya till hazikuwa tatizo.
Malipo ya kwanza ya M-Pesa yaliingia 4:38 jioni, baada ya Safaricom kufunga tukio.
Chanzo (Safaricom): walipoteza muunganisho wa core network pamoja na njia ya akiba (redundant path).
Hatua: laini ya Airtel Money kama njia ya pili ya malipo; bango la "cash tu" tayari kila duka; kadi ya benki (PDQ) Kasarani."""),
    ],
    "changelog": [
        ("Brian Otieno", c("2017-04-24 10:22", NBO), [("status", "Open", "In Progress")]),
        ("Wanjiru Kamau", c("2017-04-24 17:01", NBO), [("status", "In Progress", "Monitoring")]),
        ("Peter Mwangi", c("2017-04-27 12:05", NBO), [("assignee", "Brian Otieno", "Peter Mwangi"), ("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-mwa0424.txt", "zone": NBO, "referenceDate": "2017-04-24", "text": """
24/04/2017, 09:47 - Wanjiru Kamau: M-Pesa haipiti hapa Kasarani, mteja amelipa lakini hatujapata ujumbe wa M-Pesa
24/04/2017, 09:50 - Brian Otieno: Githurai pia, wateja wawili wanasubiri
24/04/2017, 09:55 - Brian Otieno: labda ni SIM ya simu ya till? nitatoa betri na kuiwasha tena
24/04/2017, 10:10 - Wanjiru Kamau: si SIM, hata simu hazipiti, mtandao wa Safaricom umekufa kabisa
24/04/2017, 10:30 - Peter Mwangi: kuanzia sasa cash tu, andikeni bango mlangoni. wateja wa mkopo andikeni kwenye daftari
24/04/2017, 12:00 - Peter Mwangi: nimempigia supplier wa saruji kwa laini ya Airtel, lori litachelewa hadi kesho
24/04/2017, 16:38 - Wanjiru Kamau: ujumbe wa M-Pesa umeingia! mteja wa kwanza tangu asubuhi
24/04/2017, 16:45 - Brian Otieno: Githurai nao wamepokea
"""}, {"file": "safaricom-statements.txt", "zone": NBO, "referenceDate": "2017-04-24", "text": """
Safaricom, 24 April 2017 - tweets and statement as quoted in the Kenyan press (Kenyan time)
@Safaricom_Care to customers: "Apologies, we are having a challenge affecting our network, data and M-PESA; our team is working to resolve. Inconvenience regretted."
@SafaricomLtd: "We have identified the root cause of the outage and are working to resolve this in the shortest time possible."
CEO statement: "...we lost connectivity into our core network as well as the redundant path. This shouldn't happen."
CEO statement: "Our team worked as quickly as possible to resolve the issue and invoked our business continuity planning protocol to restore services and the incident was marked as closed at 4:30pm."
Business Daily: the network outage began at about 9.40 a.m. and persisted till 4.30 p.m.
"""}],
    "expected": {
        "events": [[u("2017-04-24 09:40", NBO), ["Safaricom"]], [u("2017-04-24 09:47", NBO), ["haipiti"]],
                   [u("2017-04-24 09:50", NBO), ["Githurai"]], [u("2017-04-24 09:55", NBO), ["SIM"]],
                   [u("2017-04-24 10:10", NBO), ["simu hazipiti"]], [u("2017-04-24 10:30", NBO), ["cash"]],
                   [u("2017-04-24 12:00", NBO), ["Airtel"]], [u("2017-04-24 16:30", NBO), ["closed"]],
                   [u("2017-04-24 16:38", NBO), ["umeingia"]], [u("2017-04-24 16:45", NBO), ["wamepokea"]]],
        "keyTimes": {
            "started": kt(u("2017-04-24 09:40", NBO), S, "9:40 asubuhi hadi 4:30 jioni", "comment 232827"),
            "detected": kt(u("2017-04-24 09:47", NBO), S, "M-Pesa haipiti hapa Kasarani", "whatsapp-mwa0424.txt"),
            "resolved": kt(u("2017-04-24 16:30", NBO), S, "9:40 asubuhi hadi 4:30 jioni", "comment 232827")},
        "responders": [["Wanjiru Kamau", None], ["Brian Otieno", None], ["Peter Mwangi", None]],
        "narrative": nar(["redundant path"], ["business continuity"], ["MWA-0424", "Mwangaza"],
                         "On 24 April 2017 from 9:40 am to 4:30 pm Nairobi time the shop's Lipa na M-PESA payments did not come through during Safaricom's network outage; the branches sold for cash only.",
                         well=["cash tu"], badly=["waliondoka bila kununua"]),
    }})

# 8. Peach Payments, 23 March 2016 - live processing down, seen from a Stellenbosch wine estate's web shop (Afrikaans) -
I.append({
    "id": "peach-2016-03-processing-stellenbosch-wine", "name": "Peach Payments live transaction processing unavailable 23 March 2016 (RCA: incident timeframe 08:50 - 10:28 SAST; hardware failure in the network switches affecting both the main and secondary datacenter, a switch firmware bug combined with challenges in switching to redundant systems; fixed on site by the datacenter provider's engineers exchanging hardware), seen from a Stellenbosch wine estate's web shop taking Easter-weekend orders by card through Peach",
    "issueId": "98077", "key": "KLK-0323", "summary": "Kaartbetalings op die webwinkel misluk (Peach Payments)",
    "reporter": "Annelie du Toit", "assignee": "Ruan Visser", "labels": ["peach", "betalings", "webwinkel"],
    "components": ["webwinkel"], "created": c("2016-03-23 09:30", JNB), "now": "2016-04-08T08:00:00Z",
    "defaultZone": JNB, "priority": "Highest",
    "description": """Kliënte se kaartbetalings misluk op die webwinkel, Visa en Mastercard. Paasnaweek-bestellings kom nou in (Goeie Vrydag oormôre).

Sedert omtrent 09:00? Dalk ons SSL-sertifikaat. Suid-Afrikaanse tyd.""",
    "comments": [
        ("232828", "Ruan Visser", c("2016-03-23 09:45", JNB), """Nie ons SSL nie, dis geldig tot Oktober. Peach support sê hulle het 'n hardeware-probleem by die datasentrum. EFT is as alternatief aangeskakel. E-posdraad: epos-klk0323.txt."""),
        ("232829", "Annelie du Toit", c("2016-03-23 11:20", JNB), """Toetstransaksie om 10:35 was suksesvol, kaartbetalings werk weer.
Om 11:15 het ek die 14 kliënte met mislukte mandjies ge-e-pos met 'n skakel om weer te betaal."""),
        ("232830", "Ruan Visser", c("2016-03-29 10:00", JNB), """Peach het 'n RCA gepubliseer, kopie in peach-rca.txt (SAST, dieselfde as ons)."""),
        ("232831", "Hendrik Botha", c("2016-03-30 15:00", JNB), """Opsomming
Aanlynbetalings af: 08:50–10:28 (Peach se RCA). Ons eie toetstransaksie om 10:35 het net bevestig.
Eerste geweet: Annelie se e-pos om 09:04 nadat 'n klant gebel het.
Die SSL-vermoede was verkeerd; "sedert omtrent 09:00" in die beskrywing was 'n skatting.
Oorsaak (Peach): hardeware-fout in die netwerkskakelaars van albei datasentrums, 'n firmware-fout, en die oorskakeling na die rugsteunstelsels het nie gewerk nie.
Aksies: EFT en SnapScan altyd as tweede opsie by die betaalblad; waarskuwing as drie kaartbetalings in tien minute misluk; Peach se status-e-posse inteken."""),
    ],
    "changelog": [
        ("Ruan Visser", c("2016-03-23 09:32", JNB), [("status", "Open", "In Progress")]),
        ("Annelie du Toit", c("2016-03-23 11:21", JNB), [("status", "In Progress", "Monitoring")]),
        ("Hendrik Botha", c("2016-03-30 15:05", JNB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "epos-klk0323.txt", "zone": JNB, "referenceDate": "2016-03-23", "text": """
Van: Annelie du Toit
Aan: Ruan Visser
Gestuur: Woensdag 23 Maart 2016 09:04
Onderwerp: Bestelling 4471 - betaling het misluk
Ruan, 'n klant bel nou: haar betaling het twee keer misluk, Visa. Nog twee mandjies sonder betaling.
-----
Van: Ruan Visser
Gestuur: Woensdag 23 Maart 2016 09:12
Onderwerp: RE: Bestelling 4471 - ons SSL?
Ek kyk of ons SSL-sertifikaat nie verval het nie. Moenie die kliënte laat weer probeer nie.
-----
Van: Ruan Visser
Gestuur: Woensdag 23 Maart 2016 09:27
Onderwerp: RE: Bestelling 4471 - Peach support se antwoord
Peach support sê hulle het 'n hardeware-probleem by hul datasentrum, geen tydsberaming nie.
-----
Van: Ruan Visser
Gestuur: Woensdag 23 Maart 2016 09:40
Onderwerp: RE: Bestelling 4471 - EFT aangeskakel
EFT is nou aangeskakel op die betaalblad. Sê vir bellers hulle kan per EFT betaal.
"""}, {"file": "peach-rca.txt", "zone": JNB, "referenceDate": "2016-03-23", "text": """
Root Cause Analysis - Mar 23 - Resolved problem with Peach Processing (Peach Payments support site)
Incident Type: Red - Live transaction processing unavailable
Incident Timeframe: 23rd March 2016, 08:50 - 10:28 SAST
Description: the Peach Payments platform experienced issues processing live transactions, caused by hardware failure in the network switches which affected both the main and secondary datacenter. Fixed by local engineers of the datacenter provider on site by exchanging hardware.
Root cause: Hardware failure due to a bug in the firmware of the switches; in combination with challenges in switching to redundant systems.
"""}],
    "expected": {
        "events": [[u("2016-03-23 08:50", JNB), ["Timeframe"]], [u("2016-03-23 09:04", JNB), ["misluk"]],
                   [u("2016-03-23 09:12", JNB), ["SSL"]], [u("2016-03-23 09:27", JNB), ["Peach support"]],
                   [u("2016-03-23 09:40", JNB), ["EFT"]], [u("2016-03-23 10:28", JNB), ["Timeframe"]],
                   [u("2016-03-23 10:35", JNB), ["Toetstransaksie"]], [u("2016-03-23 11:15", JNB), ["14 kliënte"]]],
        "keyTimes": {
            "started": kt(u("2016-03-23 08:50", JNB), S, "Aanlynbetalings af: 08:50–10:28", "comment 232831"),
            "detected": kt(u("2016-03-23 09:04", JNB), S, "Gestuur: Woensdag 23 Maart 2016 09:04", "epos-klk0323.txt"),
            "resolved": kt(u("2016-03-23 10:28", JNB), S, "Aanlynbetalings af: 08:50–10:28", "comment 232831")},
        "responders": [["Annelie du Toit", None], ["Ruan Visser", None], ["Hendrik Botha", None]],
        "narrative": nar(["firmware"], ["exchanging hardware"], ["KLK-0323", "Bestelling 4471"],
                         "On 23 March 2016 from 08:50 to 10:28 South African time the wine estate's web shop could not take card payments because Peach Payments' processing was down; EFT was offered instead.",
                         well=["EFT"], badly=["SSL"]),
    }})

# 9. JustCall, 9 July 2025 - calls and SMS failing, seen from a Pune counselling team (English with Hindi) ------------
I.append({
    "id": "justcall-2025-07-calling-pune-counselling", "name": "JustCall partial dashboard, calling, SMS and MMS disruption 9 July 2025 (status page, UTC: Investigating 14:51, Monitoring 15:00, Resolved 15:25; postmortem posted 10 Jul 15:59 UTC: duration 14:51-15:25, a malfunction in a cache system triggered a reboot that invalidated all cache entries, the cache-miss surge overwhelmed primary databases and downstream services in one region; cache restored from backups, databases and async queues scaled up), seen from a Pune admissions-counselling team that calls US students through JustCall in the Indian evening",
    "issueId": "98078", "key": "ISD-0709", "summary": "JustCall dialer down - US evening call block disrupted",
    "reporter": "Rohit Deshmukh", "assignee": "Amit Joshi", "labels": ["justcall", "telephony", "calling-floor"],
    "components": ["calling-floor", "crm"], "created": c("2025-07-09 20:40", KOL), "now": "2025-07-20T06:00:00Z",
    "defaultZone": KOL, "priority": "High",
    "description": """JustCall dialer not loading for the whole US calling floor, calls dropping mid-way, SMS reminders failing ("message could not be sent"). 14 student calls scheduled tonight.

Since ~8:15 PM? Shayad office ka ACT Fibernet phir se gaya. Times IST.""",
    "comments": [
        ("232832", "Amit Joshi", c("2025-07-09 20:45", KOL), """JustCall side issue hai, unka status page incident dikha raha hai; Jio hotspot pe bhi same tha, so not our network. Team ne mobile se WhatsApp calls se kaam chalaya. Thread: slack-isd0709.txt (IST)."""),
        ("232833", "Sneha Kulkarni", c("2025-07-09 21:30", KOL), """14 scheduled calls mein se 11 WhatsApp pe ho gaye, 3 reschedule kiye kal ke liye."""),
        ("232834", "Amit Joshi", c("2025-07-11 11:00", KOL), """JustCall ka postmortem aur status updates justcall-status.txt mein copy kiye (UTC mein hain, +5:30 karo)."""),
        ("232835", "Kavita Rao", c("2025-07-11 16:00", KOL), """Recap (IST)
JustCall down for us 8:21 PM to 8:55 PM (their 14:51–15:25 UTC).
First knew: Rohit's message in #us-calling-floor, 8:23 PM.
"~8:15 PM" in the description was a guess, and the ACT Fibernet theory galat tha - Jio hotspot pe bhi same tha.
Sneha's "wapas aa gaya" at 8:57 PM was just when she noticed; JustCall's resolve is 8:55 PM.
Cause (JustCall): a cache system malfunction triggered a reboot, the cache misses overloaded their databases.
Actions: WhatsApp fallback steps in the floor runbook; subscribe ops@ to status.justcall.io; keep tomorrow's call list exported by 7 PM."""),
    ],
    "changelog": [
        ("Amit Joshi", c("2025-07-09 20:41", KOL), [("status", "Open", "In Progress")]),
        ("Amit Joshi", c("2025-07-09 20:59", KOL), [("status", "In Progress", "Monitoring")]),
        ("Kavita Rao", c("2025-07-11 16:05", KOL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-isd0709.txt", "zone": KOL, "referenceDate": "2025-07-09", "text": """
#us-calling-floor   Wednesday, July 9th
Rohit Deshmukh  8:23 PM
JustCall dialer load nahi ho raha, 2 calls beech mein drop ho gaye
Sneha Kulkarni  8:24 PM
same here yaar, SMS bhi fail - "message could not be sent"
Amit Joshi  8:28 PM
office ka wifi toh nahi? ACT Fibernet phir se gaya kya? check karo
Rohit Deshmukh  8:31 PM
nahi bhai, Jio hotspot pe bhi same. status.justcall.io pe incident hai
Amit Joshi  8:35 PM
ok sab log mobile se WhatsApp call karo students ko, list sheet mein hai. Boston wale pehle
Sneha Kulkarni  8:57 PM
dialer wapas aa gaya, calls connect ho rahe hain
"""}, {"file": "justcall-status.txt", "zone": Z, "referenceDate": "2025-07-09", "text": """
Partial Dashboard, Calling, SMS, and MMS Service Disruption - Incident Report for JustCall
Investigating - Some customers are experiencing issues with loading the JustCall dashboard, and failures in sending SMS, MMS, and making or receiving calls via the web interface. Posted Jul 09, 2025 - 14:51 UTC
Monitoring - A fix has been implemented and we are monitoring the results. Posted Jul 09, 2025 - 15:00 UTC
Resolved - This incident has been resolved. Posted Jul 09, 2025 - 15:25 UTC
Postmortem (posted Jul 10, 2025 - 15:59 UTC): Duration: 14:51 UTC - 15:25 UTC. A malfunction in one of our cache systems triggered a reboot, invalidating all cache entries; the massive cache miss rate sent a surge of requests to primary databases and downstream services. Engineers restored the cache from backups and temporarily scaled up database resources and async queues.
"""}],
    "expected": {
        "events": [[u("2025-07-09 14:51", Z), ["Investigating"]], [u("2025-07-09 20:23", KOL), ["dialer load"]],
                   [u("2025-07-09 20:24", KOL), ["SMS bhi fail"]], [u("2025-07-09 20:28", KOL), ["ACT Fibernet"]],
                   [u("2025-07-09 15:00", Z), ["Monitoring"]], [u("2025-07-09 20:31", KOL), ["Jio hotspot"]],
                   [u("2025-07-09 20:35", KOL), ["WhatsApp call"]], [u("2025-07-09 15:25", Z), ["This incident has been resolved"]],
                   [u("2025-07-09 20:57", KOL), ["wapas aa gaya"]], [u("2025-07-10 15:59", Z), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2025-07-09 20:21", KOL), S, "JustCall down for us 8:21 PM to 8:55 PM", "comment 232835"),
            "detected": kt(u("2025-07-09 20:23", KOL), S, "JustCall dialer load nahi ho raha", "slack-isd0709.txt"),
            "resolved": kt(u("2025-07-09 20:55", KOL), S, "JustCall down for us 8:21 PM to 8:55 PM", "comment 232835")},
        "responders": [["Rohit Deshmukh", None], ["Sneha Kulkarni", None], ["Amit Joshi", None], ["Kavita Rao", None]],
        "narrative": nar(["cache"], ["restored the cache from backups"], ["ISD-0709", "#us-calling-floor"],
                         "On 9 July 2025 from 8:21 PM to 8:55 PM IST the counselling team could not place or receive JustCall calls or send SMS reminders; 11 of 14 scheduled student calls were done over WhatsApp.",
                         well=["WhatsApp"], badly=["ACT Fibernet"]),
    }})

# 10. Adapty, 11-12 February 2026 - SDK paywalls down, seen from an Austin app studio (English, 12-hour clock) --------
I.append({
    "id": "adapty-2026-02-sdk-paywalls-austin-studio", "name": "Adapty Dashboard / SDK API degradation and event delivery delays 11-12 February 2026 (postmortem, UTC: 14:30 network instability after an unintended network configuration change in planned maintenance; 15:10 event sending latency rises; 16:20 service instances restart, Dashboard 5xx; 17:31 peak, SDK downtime begins; 17:51 SDK recovers; 18:00 event processing resumes with delay; 19:00 Dashboard recovers; 20:00 event delivery normal; 20:40-22:10 intermittent Dashboard degradation; 05:30-06:30 on 12 Feb a second wave of latency; 06:40 triggering change fully reverted; SDK API full downtime 17:31-17:51 UTC), seen from an Austin studio whose meditation app loads its paywalls through the Adapty SDK",
    "issueId": "98079", "key": "PWL-0211", "summary": "Paywalls not loading in iOS/Android app - purchases blocked (Adapty)",
    "reporter": "Priya Raman", "assignee": "Jake Morrison", "labels": ["adapty", "paywall", "revenue"],
    "components": ["mobile-app", "billing"], "created": c("2026-02-11 12:15", CHI), "now": "2026-02-27T16:00:00Z",
    "defaultZone": CHI, "priority": "Highest",
    "description": """Paywalls spin forever in both apps, nobody can start a trial or buy. Adapty webhooks were also lagging this morning.

Looks like it's been broken since ~9:30 AM (webhook lag)? Could be our 4.2.0 release from yesterday. All times Central.""",
    "comments": [
        ("232836", "Jake Morrison", c("2026-02-11 12:30", CHI), """Not our release: rolling back the paywall remote config changed nothing, and Adapty's status page shows SDK degraded. Paywalls are loading again as of 11:53 AM. Slack thread in slack-pwl0211.txt (Central time)."""),
        ("232837", "Priya Raman", c("2026-02-11 14:10", CHI), """Adapty dashboard came back a bit after 1 PM; webhook events caught up around 2 PM. Revenue for the window looks about 20 trials short."""),
        ("232838", "Jake Morrison", c("2026-02-12 08:10", CHI), """Overnight Adapty had a second wave, latency only: our paywall p95 went to 4s around 11:45 PM last night but everything loaded, no purchase failures."""),
        ("232839", "Jake Morrison", c("2026-02-13 10:00", CHI), """Adapty posted a postmortem, pasted the timeline into adapty-postmortem.txt (UTC; we are UTC-6)."""),
        ("232840", "Dana Whitfield", c("2026-02-16 15:30", CHI), """Recap (Central time, CST)
Purchases blocked (paywalls not loading): 11:31 AM – 11:51 AM CST (Adapty SDK downtime 17:31–17:51 UTC).
First knew: the Sentry alert in #mobile-eng at 11:36 AM.
The description's "since ~9:30 AM" was the webhook lag, a precursor, not user impact. Jake's "loading again" at 11:53 AM is when he noticed; Adapty's SDK recovered at 11:51 AM.
The dashboard was out until 1:00 PM and the night wave only added latency; neither blocked purchases.
Cause (Adapty): an unintended network configuration change during planned maintenance.
Actions: cache the last good paywall config on device and fall back to it after 3 s; alert on PaywallLoadError rate over 2% for 2 minutes; subscribe to Adapty status."""),
    ],
    "changelog": [
        ("Jake Morrison", c("2026-02-11 12:16", CHI), [("status", "Open", "In Progress")]),
        ("Jake Morrison", c("2026-02-11 12:31", CHI), [("status", "In Progress", "Monitoring")]),
        ("Dana Whitfield", c("2026-02-16 15:35", CHI), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-pwl0211.txt", "zone": CHI, "referenceDate": "2026-02-11", "text": """
#mobile-eng   Wednesday, February 11
[9:25 AM] Jake Morrison: Adapty webhooks to our backend look laggy, renewals arriving ~5 min late. probably nothing
[11:36 AM] Sentry: Spike in "PaywallLoadError: request timed out" - 214 events in 5 min (iOS 4.2.0, Android 4.2.0)
[11:38 AM] Priya Raman: paywall spinner forever on my phone too. purchases can't even start
[11:40 AM] Jake Morrison: did our 4.2 release break the paywall config? rolling back remote config
[11:47 AM] Priya Raman: rollback did nothing. Adapty status says SDK degraded
[11:53 AM] Jake Morrison: paywalls loading again, first trial went through
[1:05 PM] Priya Raman: Adapty dashboard finally loads
"""}, {"file": "adapty-postmortem.txt", "zone": Z, "referenceDate": "2026-02-11", "text": """
Adapty postmortem - Dashboard / SDK API degradation, 2026-02-11 14:30 to 2026-02-12 07:00 UTC
Cause: an unintended network configuration change during planned maintenance made network interfaces unstable on a subset of infrastructure.
Timeline (UTC)
14:30 - network instability begins on a limited subset of infrastructure
15:10 - event sending latency begins increasing
16:20 - service instances in the affected area begin restarting; 5xx errors increase for part of Dashboard traffic
17:31 - peak impact: SDK downtime begins; temporary restrictions placed to stabilize the platform
17:51 - SDK recovers
18:00 - event processing resumes, with elevated delay
19:00 - Dashboard recovers
20:00 - event delivery returns to normal levels
20:40-22:10 - intermittent Dashboard degradation
05:30-06:30 - second wave: broad latency spike from a wider propagation of the same triggering change
06:40 - triggering change fully reverted; services stabilize
SDK API: 2026-02-11 17:31-17:51 UTC - full downtime
"""}],
    "expected": {
        "events": [[u("2026-02-11 14:30", Z), ["network instability"]], [u("2026-02-11 15:10", Z), ["event sending latency"]],
                   [u("2026-02-11 09:25", CHI), ["laggy"]], [u("2026-02-11 16:20", Z), ["restarting"]],
                   [u("2026-02-11 17:31", Z), ["SDK downtime"]], [u("2026-02-11 11:36", CHI), ["PaywallLoadError"]],
                   [u("2026-02-11 11:38", CHI), ["spinner"]], [u("2026-02-11 11:40", CHI), ["4.2 release"]],
                   [u("2026-02-11 11:47", CHI), ["rollback did nothing"]], [u("2026-02-11 17:51", Z), ["SDK recovers"]],
                   [u("2026-02-11 11:53", CHI), ["paywalls loading again"]], [u("2026-02-11 19:00", Z), ["Dashboard recovers"]],
                   [u("2026-02-11 13:05", CHI), ["dashboard finally loads"]], [u("2026-02-12 05:30", Z), ["second wave"]],
                   [u("2026-02-12 06:40", Z), ["fully reverted"]]],
        "keyTimes": {
            "started": kt(u("2026-02-11 11:31", CHI), S, "Purchases blocked (paywalls not loading): 11:31 AM – 11:51 AM CST", "comment 232840"),
            "detected": kt(u("2026-02-11 11:36", CHI), S, "Spike in \"PaywallLoadError", "slack-pwl0211.txt"),
            "resolved": kt(u("2026-02-11 11:51", CHI), S, "Purchases blocked (paywalls not loading): 11:31 AM – 11:51 AM CST", "comment 232840")},
        "responders": [["Jake Morrison", None], ["Priya Raman", None], ["Dana Whitfield", None]],
        "narrative": nar(["network configuration change"], ["SDK recovers"], ["PWL-0211", "#mobile-eng"],
                         "On 11 February 2026 from 11:31 AM to 11:51 AM Central time nobody could start a trial or purchase in the studio's apps because Adapty's SDK API was down; the dashboard stayed degraded until 1:00 PM.",
                         lucky=["no purchase failures"], badly=["rolling back remote config"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

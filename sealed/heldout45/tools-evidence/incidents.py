"""Held-out 45 incidents: compact specs. Five software / SaaS incidents seen from customers (imgix's rendering errors
of 20 September 2018 seen from a Ho Chi Minh City fashion shop across midnight, Vietnamese Zalo; Help Scout's
connection errors of 10 July 2017 seen from a Budapest online bookshop, Hungarian Slack; GlobalSign's OCSP
mis-revocation of 13 October 2016 seen from a Tampere hardware web shop, Finnish chat; PerfectGym's outage of
4 February 2026 seen from a Bucharest gym chain, Romanian WhatsApp; Quickpay's database failure of 3 September 2022
seen from a Gothenburg coffee roaster's web shop, English with Swedish) and five outside software (the Philippine
airspace closure of 1 January 2023 seen from a Pasig travel agency, Taglish Viber; the Greek airspace radio failure of
4 January 2026 seen from a Heraklion transfer company, Greek Viber; the Barcelona blackout of 23 July 2007 seen from an
Eixample clinic, Catalan; the Nets card-terminal outage in Norway of 16 May 2022 seen from a Bergen deli, Norwegian
Teams; the Rakuten Mobile outage of 4 September 2022 seen from a Tokyo taxi dispatcher, romanised Japanese LINE).
Timeline facts from public statements (SOURCES-heldout45.md); people, companies, ticket keys, chat wording, wrong
first guesses and the minutes marked invented there are made up."""
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


SGN, BUD, HEL, BUC, WAW, STO = "Asia/Ho_Chi_Minh", "Europe/Budapest", "Europe/Helsinki", "Europe/Bucharest", "Europe/Warsaw", "Europe/Stockholm"
MNL, ATH, BCN, OSL, TYO, LAX, NYC, Z = "Asia/Manila", "Europe/Athens", "Europe/Madrid", "Europe/Oslo", "Asia/Tokyo", "America/Los_Angeles", "America/New_York", "UTC"

I = []

# 1. imgix, 20 September 2018 - rendering errors, seen from a Ho Chi Minh City fashion shop (crosses midnight) --------
I.append({
    "id": "imgix-2018-09-render-errors-saigon-fashion", "name": "imgix elevated 500 errors 20 September 2018 (UTC: from 16:09 about 30% of uncached renders failed, 17:55-18:12 100% of uncached renders failed, normal service restored 18:12, monitored until 18:35; status posts in PDT 10:15 identified, 11:20 returning to normal, 11:35 resolved, postmortem 17:02 PDT), seen from a Ho Chi Minh City fashion web shop whose new-collection photos are served through imgix, across local midnight",
    "issueId": "98050", "key": "SGN-0920", "summary": "Ảnh sản phẩm bộ sưu tập mới không hiển thị (imgix 500)",
    "reporter": "Trần Bảo Ngọc", "assignee": "Lê Quang Huy", "labels": ["imgix", "images", "storefront"],
    "components": ["storefront", "media"], "created": c("2018-09-20 23:38", SGN), "now": "2018-10-08T05:00:00Z",
    "defaultZone": SGN, "priority": "High",
    "description": """Ảnh sản phẩm của bộ sưu tập Thu mới (đăng chiều nay) hiện ô trắng / lỗi 500 trên web và app. Ảnh sản phẩm cũ vẫn bình thường.

Từ khoảng 22:30? Nghi do bản deploy chức năng upload ảnh lúc 22:30. Flash sale bắt đầu 0h, cần xử lý gấp. Giờ Việt Nam.""",
    "comments": [
        ("232600", "Lê Quang Huy", c("2018-09-20 23:58", SGN), """Không phải deploy: rollback thử trên staging vẫn vậy. imgix trả 500 cho ảnh chưa có trong cache, ảnh đã cache vẫn ra. Dashboard: https://grafana.lumoc.vn/d/img?from=2018-09-20T22:00&to=now. Chat Zalo dán vào zalo-sgn0920.txt (giờ VN)."""),
        ("232601", "Lê Quang Huy", c("2018-09-21 01:20", SGN), """Ảnh render lại bình thường từ 01:12. Banner trang chủ vẫn để link S3 gốc tới sáng cho chắc."""),
        ("232602", "Trần Bảo Ngọc", c("2018-09-21 10:30", SGN), """imgix đã đăng postmortem; chép vào imgix-status-0920.txt (giờ PDT và UTC như họ đăng)."""),
        ("232603", "Phạm Thị Mai Anh", c("2018-09-24 15:00", SGN), """Họp review thứ Hai 24/9, giờ VN.
Tác động với chúng tôi: 23:09 → 01:12 (qua nửa đêm, tức 16:09–18:12 UTC theo imgix), ảnh sản phẩm mới lỗi; 00:55–01:12 lỗi hết.
Phát hiện: tin nhắn Facebook của khách lúc 23:24, CSKH báo trong Zalo.
Đoán ban đầu "22:30 deploy" là sai, deploy không liên quan.
01:35 là lúc imgix đóng sự cố (monitoring xong), không phải lúc hết lỗi; ticket đóng hôm nay cũng không phải.
Nguyên nhân (imgix): rendering service lỗi, công cụ nội bộ và monitoring của họ làm chậm việc khắc phục.
Hành động: fallback sang ảnh S3 gốc khi tỉ lệ lỗi ảnh > 5%, pre-warm cache ảnh bộ sưu tập mới trước flash sale, đăng ký status.imgix.com."""),
    ],
    "changelog": [
        ("Lê Quang Huy", c("2018-09-20 23:40", SGN), [("status", "Open", "In Progress")]),
        ("Lê Quang Huy", c("2018-09-21 01:21", SGN), [("status", "In Progress", "Monitoring")]),
        ("Phạm Thị Mai Anh", c("2018-09-24 15:05", SGN), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "zalo-sgn0920.txt", "zone": SGN, "referenceDate": "2018-09-20", "text": """
Nhóm Zalo "Lụa Mộc - vận hành web"  Thứ Năm 20/09/2018
23:24 Trần Bảo Ngọc: khách nhắn Facebook: ảnh áo khoác bộ sưu tập Thu không hiện, chỉ có ô trắng
23:27 Lê Quang Huy: chắc do bản deploy upload ảnh lúc 22:30, để em xem
23:41 Lê Quang Huy: không phải deploy. imgix trả 500 cho ảnh mới chưa cache, ảnh cũ vẫn ok
23:52 Phạm Thị Mai Anh: hoãn flash sale 0h sang 8h sáng, Ngọc đăng thông báo fanpage giúp chị
Thứ Sáu 21/09
00:15 Lê Quang Huy: status.imgix.com: "We've identified the issue"
00:55 Lê Quang Huy: giờ thì 100% ảnh mới lỗi luôn, ảnh cũ vẫn ra
01:04 Lê Quang Huy: chuyển banner trang chủ sang link S3 gốc tạm thời
01:12 Lê Quang Huy: imgix render lại bình thường, ảnh mới hiện hết
01:35 Lê Quang Huy: imgix đóng sự cố rồi
"""}, {"file": "imgix-status-0920.txt", "zone": LAX, "referenceDate": "2018-09-20", "text": """
Elevated 500 Errors. - Incident Report for imgix (status updates in PDT, postmortem in UTC)
Sep 20, 2018 - 10:15 PDT | Identified - We've identified the issue and we're currently working on returning success rates to normal.
Sep 20, 2018 - 11:20 PDT | Monitoring - Error rates are returning to normal and we will continue to monitor the results.
Sep 20, 2018 - 11:35 PDT | Resolved - This incident has been resolved.
Sep 20, 2018 - 17:02 PDT | Postmortem published:
What happened? At 16:09 UTC the imgix rendering service began experiencing elevated error rates when rendering some customer images.
Normal service was fully restored at 18:12 UTC. imgix engineers continued to monitor the service behavior until 18:35 UTC before closing the incident.
Between 16:09 UTC and 17:55 UTC: approximately 30% of rendering requests failed.
Between 17:55 UTC and 18:12 UTC: 100% of rendering requests failed; previously rendered (cached) images continued to be served.
What went wrong: the cause was identified quickly, but internal tooling and monitoring issues slowed the remediation.
"""}],
    "expected": {
        "events": [[u("2018-09-20 23:09", SGN), ["elevated error", "Tác động"]], [u("2018-09-20 23:24", SGN), ["khách"]],
                   [u("2018-09-20 23:27", SGN), ["deploy"]], [u("2018-09-20 23:41", SGN), ["imgix"]],
                   [u("2018-09-20 23:52", SGN), ["flash sale"]], [u("2018-09-21 00:15", SGN), ["identified"]],
                   [u("2018-09-21 00:55", SGN), ["100%"]], [u("2018-09-21 01:04", SGN), ["S3"]],
                   [u("2018-09-21 01:12", SGN), ["restored", "bình thường"]], [u("2018-09-21 01:20", SGN), ["returning to normal"]],
                   [u("2018-09-21 01:35", SGN), ["Resolved", "đóng sự cố"]], [u("2018-09-21 07:02", SGN), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2018-09-20 23:09", SGN), S, "Tác động với chúng tôi: 23:09 → 01:12", "comment 232603"),
            "detected": kt(u("2018-09-20 23:24", SGN), S, "khách nhắn Facebook", "zalo-sgn0920.txt"),
            "resolved": kt(u("2018-09-21 01:12", SGN), S, "Tác động với chúng tôi: 23:09 → 01:12", "comment 232603")},
        "responders": [["Trần Bảo Ngọc", None], ["Lê Quang Huy", None], ["Phạm Thị Mai Anh", None]],
        "narrative": nar(["rendering service"], ["S3"], ["SGN-0920", "grafana.lumoc.vn"],
                         "From 23:09 on 20 September to 01:12 on 21 September 2018 Vietnam time the shop's new-collection product photos failed to load because imgix's rendering service returned errors for uncached images.",
                         well=["cached"], badly=["flash sale"]),
    }})

# 2. Help Scout, 10 July 2017 - connection errors, seen from a Budapest online bookshop ---------------------------------
I.append({
    "id": "helpscout-2017-07-connection-errors-budapest-bookshop", "name": "Help Scout connection errors 10 July 2017 (EDT: 12:33-1:19pm web app, Docs, APIs and mobile app down or spotty; 1:02 event queues firewalled off for 12 minutes; 1:14 firewall removed and services restarted; 1:19 service restored; emails processed within 10 minutes; officially 18 minutes of downtime; postmortem posted 11 July 15:43 EDT), seen from a Budapest online bookshop whose customer service works in Help Scout",
    "issueId": "98051", "key": "BUD-0710", "summary": "Help Scout nem tölt be - ügyfélszolgálat áll",
    "reporter": "Kovács Eszter", "assignee": "Szabó Bence", "labels": ["helpscout", "ugyfelszolgalat"],
    "components": ["customer-service", "it"], "created": c("2017-07-10 18:47", BUD), "now": "2017-07-31T10:00:00Z",
    "defaultZone": BUD, "priority": "High",
    "description": """Az ügyfélszolgálat nem tudja megnyitni a Help Scoutot ("Something went wrong"), a beérkező levelek sem látszanak. Esti műszak, 4 ügyintéző áll.

Kb. 18:30 óta? Szerintem megint az irodai UPC internet. Budapesti idő.""",
    "comments": [
        ("232610", "Szabó Bence", c("2017-07-10 19:25", BUD), """Nem a net volt: mobilnetről sem ment, a Help Scout státuszoldalán "Connection Errors" incidens. 19:19 óta újra működik. A Slack-szál a slack-bud0710.txt-ben (budapesti idő)."""),
        ("232611", "Kovács Eszter", c("2017-07-10 20:10", BUD), """A kiesés alatt 31 levelet Gmailből válaszoltunk meg, ezeket utólag bemásoltam a Help Scoutba."""),
        ("232612", "Szabó Bence", c("2017-07-11 22:05", BUD), """A Help Scout kiadta a postmortemet, bemásolva: helpscout-postmortem-0710.txt (EDT, ahogy ők írják)."""),
        ("232613", "Németh Katalin", c("2017-07-13 10:00", BUD), """Értékelés (csütörtök, júl. 13), budapesti idő.
Kiesés nálunk: 18:33–19:19, a Help Scout 12:33–1:19pm EDT ablaka.
Észlelés: 18:36, Eszter jelezte a Slackben, hogy nem tölt be.
A leírásban szereplő "UPC internet" tipp téves volt.
A Help Scout "18 minutes of downtime" az ő hivatalos számuk, nem a mi ablakunk; a jegy mai lezárása sem a helyreállás.
Ok (Help Scout): egy művelet százezrével tett eseményt az event queue-kra, emiatt estek ki a szolgáltatások.
Teendők: tartalék Gmail-fiók kész sablonokkal, feliratkozás a status.helpscout.net-re, ügyeleti telefonlista."""),
    ],
    "changelog": [
        ("Szabó Bence", c("2017-07-10 18:48", BUD), [("status", "Open", "In Progress")]),
        ("Szabó Bence", c("2017-07-10 19:26", BUD), [("status", "In Progress", "Monitoring")]),
        ("Németh Katalin", c("2017-07-13 10:05", BUD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-bud0710.txt", "zone": BUD, "referenceDate": "2017-07-10", "text": """
#ugyfelszolgalat  hétfő, július 10.
[18:36] Kovács Eszter: nem tölt be a Help Scout, "Something went wrong" mindenkinél
[18:39] Szabó Bence: biztos megint az irodai UPC net, újraindítom a routert
[18:44] Szabó Bence: mobilnetről sem megy. status.helpscout.net: Connection Errors, vizsgálják
[18:50] Németh Katalin: átállunk: sürgős válaszok a Gmail tartalékfiókból, a többi vár
[19:05] Kovács Eszter: még mindig nem megy
[19:19] Kovács Eszter: működik újra a Help Scout!
[19:31] Kovács Eszter: a kiesés alatt jött levelek is megjöttek
"""}, {"file": "helpscout-postmortem-0710.txt", "zone": NYC, "referenceDate": "2017-07-10", "text": """
Connection Errors - Incident Report for Help Scout (Postmortem, times EDT)
What happened: Between 12:33 - 1:19pm EDT on July 10, many Help Scout services were down or experiencing spotty performance.
The web app, Docs, both public APIs, and the mobile app were all impacted. Officially we tracked 18 minutes of downtime.
An action put hundreds of thousands of events on the queues very quickly; Ops was notified immediately.
At 1:02 EDT, the event queues were firewalled off for 12 minutes to give them time to return to a healthy state.
At 1:14 EDT, the firewall was removed and all services that feed event queues were restarted.
By 1:19 EDT, service had been restored. All emails and other events were processed within 10 minutes. No data was lost.
Posted Jul 11, 2017 - 15:43 EDT
"""}],
    "expected": {
        "events": [[u("2017-07-10 18:33", BUD), ["Between", "Kiesés"]], [u("2017-07-10 18:36", BUD), ["Help Scout"]],
                   [u("2017-07-10 18:39", BUD), ["UPC"]], [u("2017-07-10 18:44", BUD), ["status"]],
                   [u("2017-07-10 18:50", BUD), ["Gmail"]], [u("2017-07-10 19:02", BUD), ["firewalled"]],
                   [u("2017-07-10 19:14", BUD), ["firewall was removed"]], [u("2017-07-10 19:19", BUD), ["restored", "működik"]],
                   [u("2017-07-10 19:31", BUD), ["levelek"]], [u("2017-07-11 21:43", BUD), ["Posted"]]],
        "keyTimes": {
            "started": kt(u("2017-07-10 18:33", BUD), S, "Kiesés nálunk: 18:33–19:19", "comment 232613"),
            "detected": kt(u("2017-07-10 18:36", BUD), S, "nem tölt be a Help Scout", "slack-bud0710.txt"),
            "resolved": kt(u("2017-07-10 19:19", BUD), S, "Kiesés nálunk: 18:33–19:19", "comment 232613")},
        "responders": [["Kovács Eszter", None], ["Szabó Bence", None], ["Németh Katalin", None]],
        "narrative": nar(["event queue"], ["firewall"], ["BUD-0710"],
                         "On 10 July 2017 from 18:33 to 19:19 Budapest time the bookshop's customer service could not use Help Scout because Help Scout's event queues were overloaded.",
                         well=["Gmail"], badly=["UPC"]),
    }})

# 3. GlobalSign, 13 October 2016 - OCSP answered "revoked", seen from a Tampere hardware web shop ----------------------
I.append({
    "id": "globalsign-2016-10-ocsp-revoked-tampere-webshop", "name": "GlobalSign OCSP mis-revocation 13 October 2016 (a cross-certificate revoked about 7 October; from 13 October the OCSP responder returned inaccurate responses so browsers treated GlobalSign-issued certificates as revoked, around 11:10am GMT per Fastly; GlobalSign removed the cross-certificate from the OCSP database and cleared caches, offered an alternative issuing CA; cached responses could persist up to four days), seen from a Tampere hardware web shop with a GlobalSign certificate",
    "issueId": "98052", "key": "TMP-1013", "summary": "Kassalla varmennevirhe NET::ERR_CERT_REVOKED",
    "reporter": "Aino Virtanen", "assignee": "Mikko Heikkilä", "labels": ["tls", "globalsign", "verkkokauppa"],
    "components": ["webshop", "infra"], "created": c("2016-10-13 14:40", HEL), "now": "2016-11-01T10:00:00Z",
    "defaultZone": HEL, "priority": "Highest",
    "description": """Osa asiakkaista saa kassalla selaimen virheen NET::ERR_CERT_REVOKED eikä pääse maksamaan. Ei kaikki: omalla koneella toimii.

Alkoi ehkä klo 14 jälkeen? Epäilen eilistä sertifikaatin uusintaa. Suomen aikaa.""",
    "comments": [
        ("232620", "Mikko Heikkilä", c("2016-10-13 15:05", HEL), """Ei meidän sertti: ketju on kunnossa, mutta GlobalSignin OCSP vastaa "revoked" välivarmenteelle. Koskee kaikkia GlobalSign-sivustoja (mm. isot uutissivut). Chat liitteenä flowdock-tmp1013.txt (Suomen aikaa)."""),
        ("232621", "Mikko Heikkilä", c("2016-10-13 18:00", HEL), """Välivarmenne vaihdettu 17:40 GlobalSignin tarjoamaan vaihtoehtoiseen ketjuun. Uudet kävijät ok; niillä, joiden selain on jo tallentanut väärän OCSP-vastauksen, virhe voi jatkua päiviä."""),
        ("232622", "Aino Virtanen", c("2016-10-14 11:00", HEL), """Fastlyn ja GlobalSignin tiedotteet kopioitu tiedostoon globalsign-ocsp-1013.txt (GMT/UTC kuten julkaistu)."""),
        ("232623", "Jussi Laaksonen", c("2016-10-18 13:00", HEL), """Jälkikatsaus ti 18.10., Suomen aikaa.
Vaikutus alkoi ~14:10 (Fastlyn mukaan noin 11:10 GMT), osa asiakkaista ei päässyt kassalle.
Havaittu: asiakkaan puhelu 14:26.
Loppu: ei tiedossa. Viimeinen valitus tuli maanantaina aamupäivällä; emme tiedä, milloin viimeisen asiakkaan selaimen välimuisti vanheni.
Välivarmenteen vaihto 17:40 oli lievennys uusille kävijöille, ei vaikutuksen loppu.
Alkuarvaus "eilinen sertifikaatin uusinta" oli väärä.
Syy (GlobalSign): cross-certificate revoked, OCSP-vastaukset päättelivät välivarmenteet perutuiksi; CDN- ja selainvälimuistit levittivät väärää vastausta.
Toimenpiteet: OCSP stapling päälle, toinen CA varalle, kassan virheseuranta selainvirheille."""),
    ],
    "changelog": [
        ("Mikko Heikkilä", c("2016-10-13 14:42", HEL), [("status", "Open", "In Progress")]),
        ("Mikko Heikkilä", c("2016-10-13 18:01", HEL), [("status", "In Progress", "Monitoring")]),
        ("Jussi Laaksonen", c("2016-10-18 13:05", HEL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "flowdock-tmp1013.txt", "zone": HEL, "referenceDate": "2016-10-13", "text": """
Flowdock / verkkokauppa  to 13.10.2016
14:26 Aino Virtanen: asiakas soitti: Chrome sanoo kassalla NET::ERR_CERT_REVOKED, ei pääse maksamaan
14:31 Mikko Heikkilä: varmaan eilinen sertifikaatin uusinta meni pieleen, tarkistan
14:48 Mikko Heikkilä: sertti ok. GlobalSignin OCSP vastaa revoked välivarmenteelle, ei meidän vika
15:10 Mikko Heikkilä: GlobalSign tiedottaa: cross-certificate poistettu OCSP-kannasta ja välimuistit tyhjennetty
15:30 Aino Virtanen: edelleen valituksia, 9 puhelua tähän mennessä
17:40 Mikko Heikkilä: vaihdettu vaihtoehtoiseen välivarmenteeseen (alternative issuing CA)
17:52 Mikko Heikkilä: omilla koneilla ok, mutta välimuistissa oleva OCSP-vastaus voi elää jopa 4 päivää
pe 14.10.2016
09:15 Aino Virtanen: aamulla 3 valitusta, neuvottu tyhjentämään selaimen välimuisti
"""}, {"file": "globalsign-ocsp-1013.txt", "zone": Z, "referenceDate": "2016-10-13", "text": """
Fastly security advisory "GlobalSign TLS certificate revocation errors" (October 18, 2016):
On October 13, 2016 around 11:10am GMT, users visiting websites using GlobalSign TLS certificates started experiencing TLS certificate validation errors.
Root cause: around October 7, 2016 GlobalSign removed a cross-certificate and issued a CRL listing the revocation; due to an error compiling OCSP responses, from October 13 their OCSP responder returned inaccurate responses for a number of intermediate certificates.
The issue may have subsisted for customers for up to four days when their local machine cached the OCSP entry.
GlobalSign statement: GlobalSign has since removed the cross-certificate from the OCSP database and cleared all caches. The cached responses will expire within four days.
GlobalSign will provide an alternative issuing CA for customers, issued by a different root not affected by the revoked cross.
"""}],
    "expected": {
        "events": [[u("2016-10-13 14:10", HEL), ["validation errors", "Vaikutus"]], [u("2016-10-13 14:26", HEL), ["asiakas soitti"]],
                   [u("2016-10-13 14:31", HEL), ["sertifikaatin uusinta"]], [u("2016-10-13 14:48", HEL), ["OCSP"]],
                   [u("2016-10-13 15:10", HEL), ["cross-certificate"]], [u("2016-10-13 15:30", HEL), ["valituksia"]],
                   [u("2016-10-13 17:40", HEL), ["välivarmenteeseen", "Välivarmenne"]], [u("2016-10-13 17:52", HEL), ["välimuisti"]],
                   [u("2016-10-14 09:15", HEL), ["valitusta"]]],
        "keyTimes": {
            "started": kt(u("2016-10-13 14:10", HEL), S, "Vaikutus alkoi ~14:10", "comment 232623"),
            "detected": kt(u("2016-10-13 14:26", HEL), S, "asiakas soitti", "flowdock-tmp1013.txt"),
            "resolved": kt(None, U)},
        "responders": [["Aino Virtanen", None], ["Mikko Heikkilä", None], ["Jussi Laaksonen", None]],
        "narrative": nar(["cross-certificate"], ["alternative issuing CA"], ["TMP-1013"],
                         "From about 14:10 on 13 October 2016 Finnish time some of the shop's customers could not reach the checkout because browsers treated its GlobalSign certificate as revoked; for visitors with a cached OCSP answer the errors lasted up to several days.",
                         badly=["sertifikaatin uusinta"]),
    }})

# 4. PerfectGym, 4 February 2026 - outage, seen from a Bucharest gym chain ------------------------------------------
I.append({
    "id": "perfectgym-2026-02-outage-bucharest-gyms", "name": "PerfectGym system outage 4 February 2026 (CET: 13:45 connectivity issue in the data center for Europe and North America; 14:00 core connectivity restored, stabilisation; 14:00-16:00 intermittent delays; 16:00-18:10 95% of companies recovered by 18:10; 18:10-20:15 last 5% recovered by migrating database resources; 20:15 maintenance complete; status header 13:50 CET, 6 hours 8 minutes; report says total resolution time 4 hours 30 minutes), seen from a Bucharest gym chain whose turnstile check-in runs on PerfectGym and which was in the last 5%",
    "issueId": "98053", "key": "BUC-0204", "summary": "Check-in la turnichete nu funcționează (PerfectGym)",
    "reporter": "Andreea Popescu", "assignee": "Mihai Ionescu", "labels": ["perfectgym", "check-in", "cluburi"],
    "components": ["receptie", "it"], "created": c("2026-02-04 14:58", BUC), "now": "2026-02-23T10:00:00Z",
    "defaultZone": BUC, "priority": "High",
    "description": """Turnichetele nu mai scanează abonamentele în Floreasca și Militari; aplicația PerfectGym de la recepție dă timeout. Vârful de după-amiază începe la 17:00.

De la ~14:30? Cred că e routerul Digi de la recepție. Ora României.""",
    "comments": [
        ("232630", "Mihai Ionescu", c("2026-02-04 15:15", BUC), """Nu e rețeaua noastră: PerfectGym are incident pe status page (Major incident, EU data center). Conversația WhatsApp în whatsapp-buc0204.txt (ora României)."""),
        ("232631", "Mihai Ionescu", c("2026-02-04 19:20", BUC), """PerfectGym zice că 95% din clienți sunt recuperați; la noi tot timeout la check-in. Am deschis tichet la suportul lor."""),
        ("232632", "Andreea Popescu", c("2026-02-04 21:30", BUC), """Turnichetele merg în toate cele patru cluburi. Am intrat 212 membri pe lista manuală azi."""),
        ("232633", "Mihai Ionescu", c("2026-02-06 11:00", BUC), """Raportul lor post-incident e în perfectgym-report-0204.txt (ora CET, cum l-au publicat)."""),
        ("232634", "Cristina Dumitrescu", c("2026-02-09 10:00", BUC), """Analiză (luni 9 februarie), ora României.
Impact la noi: 14:45 → 21:15 (13:45–20:15 CET la PerfectGym); am fost în ultimele 5% recuperate.
Detectat: apelul recepției Floreasca la 14:47.
Routerul Digi a fost o pistă greșită.
"Initial recovery" de la 15:00 și "95% recovered" de la 19:10 nu au fost pentru noi; nici "4 hours 30 minutes" din raport.
Cauza (PerfectGym): problemă de conectivitate în data center, apoi reechilibrarea traficului și migrarea resurselor de bază de date.
Acțiuni: mod offline la turnichete cu cache de abonamente, listă manuală printată zilnic, abonare la status.perfectgym.com."""),
    ],
    "changelog": [
        ("Mihai Ionescu", c("2026-02-04 15:00", BUC), [("status", "Open", "In Progress")]),
        ("Andreea Popescu", c("2026-02-04 21:31", BUC), [("status", "In Progress", "Monitoring")]),
        ("Cristina Dumitrescu", c("2026-02-09 10:05", BUC), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-buc0204.txt", "zone": BUC, "referenceDate": "2026-02-04", "text": """
[04.02.2026, 14:47] Andreea Popescu: Recepția Floreasca sună: turnichetele nu mai scanează abonamentele, PerfectGym dă eroare
[04.02.2026, 14:52] Mihai Ionescu: probabil routerul Digi de la recepție, îl repornesc
[04.02.2026, 15:05] Mihai Ionescu: nu e rețeaua. PerfectGym are incident pe status page
[04.02.2026, 15:08] Andreea Popescu: intrăm membrii manual pe listă, cu buletinul
[04.02.2026, 16:40] Mihai Ionescu: merge intermitent, multe timeout-uri
[04.02.2026, 19:15] Mihai Ionescu: alte săli din oraș merg, noi tot timeout
[04.02.2026, 21:15] Mihai Ionescu: PerfectGym: maintenance complete, check-in merge la toate cluburile
[04.02.2026, 21:20] Andreea Popescu: confirm, turnichete ok și în Militari
"""}, {"file": "perfectgym-report-0204.txt", "zone": WAW, "referenceDate": "2026-02-04", "text": """
System Outage - Major incident (EU data center, NA data center, API, Client Portal, Mobile App, PGM, PosWeb, Payment Processing)
2026-02-04 13:50 CET · 6 hours, 8 minutes
Post-Incident Report. Date of Incident: February 4, 2026. Total Resolution Time: 4 hours 30 minutes. Status: All Services Restored
On February 4, 2026 at 13:45 CET our infrastructure team identified a service disruption affecting a portion of our server environment.
Time (CET) | Service Status | Description
13:45 Service Interruption - a connectivity issue within the data center affected primary access for Europe and North America regions.
14:00 Initial Recovery - core connectivity was restored. Systems moved into a stabilization phase.
14:00 – 16:00 Performance Stabilization - applications accessible, frequent intermittent delays while traffic queues were cleared.
16:00 – 18:10 Final Optimization #1 - 95% companies recovered. At 18:10 full restoration for 95% of the clients.
18:10 - 20:15 Final Optimization #2 - last 5% companies recovered; controlled migration of specific database resources back to their primary environments.
20:15 Maintenance Complete - all clients successfully restored.
"""}],
    "expected": {
        "events": [[u("2026-02-04 14:45", BUC), ["Service Interruption", "Impact"]], [u("2026-02-04 14:47", BUC), ["turnichetele"]],
                   [u("2026-02-04 14:50", BUC), ["6 hours"]], [u("2026-02-04 14:52", BUC), ["router"]],
                   [u("2026-02-04 15:00", BUC), ["Initial Recovery"]], [u("2026-02-04 15:05", BUC), ["status page"]],
                   [u("2026-02-04 15:08", BUC), ["manual"]], [u("2026-02-04 16:40", BUC), ["intermitent"]],
                   [u("2026-02-04 19:10", BUC), ["95%"]], [u("2026-02-04 21:15", BUC), ["Maintenance Complete", "check-in merge"]],
                   [u("2026-02-04 21:20", BUC), ["turnichete ok"]]],
        "keyTimes": {
            "started": kt(u("2026-02-04 14:45", BUC), S, "Impact la noi: 14:45 → 21:15", "comment 232634"),
            "detected": kt(u("2026-02-04 14:47", BUC), S, "Recepția Floreasca sună", "whatsapp-buc0204.txt"),
            "resolved": kt(u("2026-02-04 21:15", BUC), S, "Impact la noi: 14:45 → 21:15", "comment 232634")},
        "responders": [["Andreea Popescu", None], ["Mihai Ionescu", None], ["Cristina Dumitrescu", None]],
        "narrative": nar(["connectivity issue"], ["database resources"], ["BUC-0204"],
                         "On 4 February 2026 from 14:45 to 21:15 Bucharest time members could not check in at the chain's turnstiles because PerfectGym's platform was down and then intermittent, and the chain was among the last clients restored.",
                         well=["manual"], badly=["router"]),
    }})

# 5. Quickpay, 3 September 2022 - database failover failed, seen from a Gothenburg coffee roaster's web shop --------
I.append({
    "id": "quickpay-2022-09-db-failure-gothenburg-roaster", "name": "Quickpay outage night of 2-3 September 2022 (CEST: database hardware failure, automatic failover did not happen; all payment methods refused 00.15-01.15; Vipps, Swish and Klarna still down 01.15-11.30; nothing announced on the status page at the time, whose entry reads started September 02 10:51 PM, resolved after less than a minute; post mortem posted September 06), seen from a Gothenburg coffee roaster's web shop that takes Swish and Klarna through Quickpay",
    "issueId": "98054", "key": "GOT-0903", "summary": "Swish and Klarna checkout failing (Quickpay)",
    "reporter": "Linnea Berg", "assignee": "Oskar Lindqvist", "labels": ["quickpay", "checkout", "swish"],
    "components": ["webshop", "payments"], "created": c("2022-09-03 08:20", STO), "now": "2022-09-26T08:00:00Z",
    "defaultZone": STO, "priority": "Highest",
    "description": """Customers can't pay with Swish or Klarna, checkout shows "Betalningen kunde inte genomföras". Saturday is our biggest web day.

Probably the WooCommerce plugin update Oskar ran at 23:40 last night? Swedish time.""",
    "comments": [
        ("232640", "Oskar Lindqvist", c("2022-09-03 09:00", STO), """Not the plugin: cards work again, only Swish and Klarna fail, and the error comes back from Quickpay (code 50000). status.quickpay.net shows nothing. Slack thread in slack-got0903.txt, order log in orderlog-got0903.txt (both Swedish time)."""),
        ("232641", "Linnea Berg", c("2022-09-03 11:50", STO), """Swish and Klarna working again, banner removed. 14 customers paid by card instead, 6 carts abandoned."""),
        ("232642", "Oskar Lindqvist", c("2022-09-06 09:15", STO), """Quickpay published a post mortem on their status page today, copied to quickpay-postmortem-0903.txt (CEST, dots as they write them)."""),
        ("232643", "Linnea Berg", c("2022-09-08 14:00", STO), """Review, Thursday 8 Sept (Swedish time).
Swish and Klarna failing for our customers from 00:15 until 11:30 on Saturday; cards failed only 00:15–01:15.
First knew: a customer's e-mail at 06:47 ("Swish gick inte igenom"), read at 08:05 when I opened the inbox.
The plugin update at 23:40 was innocent.
Quickpay's status entry ("resolved after less than a minute") is not a time for us.
Cause (Quickpay): hardware failure on their database; the automatic switch to the backup database did not happen.
Actions: payment-failure alert to phone (not only e-mail), second PSP for Swish, subscribe to status.quickpay.net."""),
    ],
    "changelog": [
        ("Oskar Lindqvist", c("2022-09-03 08:25", STO), [("status", "Open", "In Progress")]),
        ("Linnea Berg", c("2022-09-03 11:51", STO), [("status", "In Progress", "Monitoring")]),
        ("Linnea Berg", c("2022-09-08 14:05", STO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-got0903.txt", "zone": STO, "referenceDate": "2022-09-03", "text": """
#webshop  lördag 3 sep
[08:05] Linnea Berg: customer mail from 06:47: "Swish gick inte igenom kl 06:40, försökte tre gånger"
[08:12] Linnea Berg: @Oskar was it the plugin update from last night?
[08:55] Oskar Lindqvist: cards go through, Swish + Klarna fail at Quickpay with 50000. not us
[09:10] Oskar Lindqvist: banner on checkout: "Swish och Klarna fungerar inte just nu, betala med kort"
[09:30] Oskar Lindqvist: called Quickpay support, known issue, no ETA
[11:38] Oskar Lindqvist: test order with Swish OK, Klarna OK
[11:45] Linnea Berg: banner removed
"""}, {"file": "orderlog-got0903.txt", "zone": STO, "referenceDate": "2022-09-03", "text": """
2022-09-03 00:12:51 order #88411 paid swish
2022-09-03 00:15:08 order #88412 payment_failed swish quickpay=50000
2022-09-03 00:41:22 order #88413 payment_failed card quickpay=50000
2022-09-03 01:15:40 order #88414 paid card
2022-09-03 06:40:17 order #88415 payment_failed swish quickpay=50000
2022-09-03 11:31:02 order #88431 paid swish
"""}, {"file": "quickpay-postmortem-0903.txt", "zone": STO, "referenceDate": "2022-09-03", "text": """
status.quickpay.net - Problems with our online systems
Started September 02, 2022 at 10:51 PM · Resolved after less than a minute · Affected: API, Payment
Resolved - September 06, 2022 at 7:38 AM - Post mortem
On the night between Friday September 2, 2022 and Saturday September 3, 2022, we experienced a system outage. The outage affected all payment methods from 00.15 > 01.15 CEST. From 01.15 > 11.30 CEST we still experienced downtime for payments made via Vipps, Swish & Klarna.
The outage was caused by a hardware failure on our database. The system is designed to automatically switch to the backup database; unfortunately this did not happen.
At around 01.15, the team were able to restart all payment services running on the new database, and transactions were again processed.
We are sorry that nothing was announced on status.quickpay.net at the time of the outage.
"""}],
    "expected": {
        "events": [[u("2022-09-02 23:40", STO), ["plugin"]], [u("2022-09-03 00:15", STO), ["payment_failed", "cards failed"]],
                   [u("2022-09-03 01:15", STO), ["paid card", "cards failed"]], [u("2022-09-03 06:47", STO), ["customer"]],
                   [u("2022-09-03 08:55", STO), ["Quickpay"]], [u("2022-09-03 09:10", STO), ["banner"]],
                   [u("2022-09-03 09:30", STO), ["support"]], [u("2022-09-03 11:30", STO), ["Swish and Klarna"]],
                   [u("2022-09-03 11:38", STO), ["test order"]], [u("2022-09-03 11:45", STO), ["banner removed"]]],
        "keyTimes": {
            "started": kt(u("2022-09-03 00:15", STO), S, "Swish and Klarna failing for our customers from 00:15 until 11:30", "comment 232643"),
            "detected": kt(u("2022-09-03 06:47", STO), S, "customer mail from 06:47", "slack-got0903.txt"),
            "resolved": kt(u("2022-09-03 11:30", STO), S, "Swish and Klarna failing for our customers from 00:15 until 11:30", "comment 232643")},
        "responders": [["Linnea Berg", None], ["Oskar Lindqvist", None]],
        "narrative": nar(["hardware failure"], ["new database"], ["GOT-0903", "orderlog-got0903"],
                         "On Saturday 3 September 2022 from 00:15 to 11:30 Swedish time the roaster's web-shop customers could not pay with Swish or Klarna (and from 00:15 to 01:15 not by card either) because Quickpay's database failed over badly.",
                         lucky=["cards"], badly=["status.quickpay.net"]),
    }})

# 6. CAAP, 1 January 2023 - Philippine airspace closure, seen from a Pasig travel agency ------------------------------
I.append({
    "id": "caap-2023-01-airspace-closure-pasig-travel", "name": "Philippine airspace closure 1 January 2023 (PHT: the Air Traffic Management Center at NAIA went down at 9:49 a.m. after a UPS and power-supply failure and a later power surge, loss of communication, radio, radar and internet; flights held, diverted or cancelled, about 280 flights and 56,000 passengers; partial restoration at 4:00 p.m.; fully restored at 7:45 p.m.; DOTr press briefing Sunday night), seen from a Pasig travel agency with a 24-person group booked MNL to Puerto Princesa",
    "issueId": "98055", "key": "PSG-0101", "summary": "Group flight MNL-PPS naka-hold / NAIA air traffic problem",
    "reporter": "Maricel Dela Cruz", "assignee": "Jerome Santos", "labels": ["naia", "group-tour", "airline"],
    "components": ["operations", "customer-care"], "created": c("2023-01-01 10:30", MNL), "now": "2023-01-20T04:00:00Z",
    "defaultZone": MNL, "priority": "Highest",
    "description": """Yung group natin (24 pax, Palawan New Year tour) naka-hold sa NAIA Terminal 2, walang flight na umaalis. Departure sana 11:30 AM.

Baka weather lang or congestion dahil holiday? Manila time.""",
    "comments": [
        ("232650", "Jerome Santos", c("2023-01-01 11:10", MNL), """Hindi weather: CAAP says technical issue sa Air Traffic Management Center, power outage. Buong Philippine airspace apektado. Viber thread copied to viber-psg0101.txt (Manila time, 12-hour)."""),
        ("232651", "Maricel Dela Cruz", c("2023-01-01 18:00", MNL), """Nakaalis na ang group, lumapag sa Puerto Princesa ng 7:05 PM. Hotel sa Pasay cancelled, refund pending."""),
        ("232652", "Jerome Santos", c("2023-01-02 09:30", MNL), """CAAP / DOTr statements copied to caap-dotr-0101.txt (PHT as published)."""),
        ("232653", "Ramon Villanueva", c("2023-01-04 14:00", MNL), """Post-incident review (Wednesday 4 Jan), Manila time.
Epekto sa amin: 9:49 AM hanggang 5:38 PM — mula bumagsak ang ATMC hanggang nakaalis ang group natin.
Detected: Viber ni Maricel mula sa T2 ng 10:12 AM.
Ang "weather / holiday congestion" sa description ay mali.
Ang 4:00 PM partial restoration ay hindi pa end para sa atin (naka-hold pa ang flight), at ang 7:45 PM "fully restored" ay pagkatapos na nakaalis ang group.
Cause (CAAP/DOTr): power supply problem, degraded UPS, tapos power surge sa ATMC.
Actions: backup hotel block tuwing peak travel, SMS blast template sa clients, travel insurance sa lahat ng group tours."""),
    ],
    "changelog": [
        ("Jerome Santos", c("2023-01-01 10:35", MNL), [("status", "Open", "In Progress")]),
        ("Maricel Dela Cruz", c("2023-01-01 18:01", MNL), [("status", "In Progress", "Monitoring")]),
        ("Ramon Villanueva", c("2023-01-04 14:05", MNL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "viber-psg0101.txt", "zone": MNL, "referenceDate": "2023-01-01", "text": """
Lakbay Pasig Ops (Viber)  Sunday, January 1, 2023
10:12 AM Maricel Dela Cruz: Sir, naka-hold lahat ng flights dito sa T2, walang umaalis. Sabi ng airline staff may problema sa air traffic
10:15 AM Jerome Santos: baka weather lang or congestion dahil holiday, antay lang tayo
10:40 AM Maricel Dela Cruz: CAAP announcement: technical issue sa Air Traffic Management Center, power outage daw
11:05 AM Jerome Santos: ok, i-inform ko na ang clients, SMS blast
12:30 PM Maricel Dela Cruz: cancelled na yung original flight natin, rebooked sa next available
1:20 PM Ramon Villanueva: nag-book ako ng hotel sa Pasay just in case overnight
4:00 PM Maricel Dela Cruz: partial restore na daw, may mga umaalis na pero delayed pa tayo
5:38 PM Maricel Dela Cruz: nakaalis na group natin!!
7:45 PM Jerome Santos: CAAP: fully restored na ang ATMC
9:10 PM Ramon Villanueva: DOTr press briefing: power supply + power surge daw ang cause
"""}, {"file": "caap-dotr-0101.txt", "zone": MNL, "referenceDate": "2023-01-01", "text": """
DOTr / CAAP statements, January 1, 2023 (Philippine Standard Time):
The ATMC went down at 9:49 a.m. on Sunday; CAAP said the operation was fully restored at 7:45 p.m.
Air traffic operations partially resumed at 4:00 p.m., with normal operations restored later in the evening.
Primary cause: a problem with the power supply and a degraded uninterruptible power supply with no link to commercial power, connected manually; secondary problem: a power surge.
Loss of communication, radio, radar and internet; around 280 flights and 56,000 passengers affected.
"""}],
    "expected": {
        "events": [[u("2023-01-01 09:49", MNL), ["ATMC", "Epekto"]], [u("2023-01-01 10:12", MNL), ["naka-hold"]],
                   [u("2023-01-01 10:15", MNL), ["weather"]], [u("2023-01-01 10:40", MNL), ["Air Traffic Management"]],
                   [u("2023-01-01 11:05", MNL), ["clients"]], [u("2023-01-01 12:30", MNL), ["cancelled"]],
                   [u("2023-01-01 13:20", MNL), ["hotel"]], [u("2023-01-01 16:00", MNL), ["partial"]],
                   [u("2023-01-01 17:38", MNL), ["nakaalis"]], [u("2023-01-01 19:05", MNL), ["Puerto Princesa"]],
                   [u("2023-01-01 19:45", MNL), ["fully restored"]], [u("2023-01-01 21:10", MNL), ["press briefing"]]],
        "keyTimes": {
            "started": kt(u("2023-01-01 09:49", MNL), S, "Epekto sa amin: 9:49 AM hanggang 5:38 PM", "comment 232653"),
            "detected": kt(u("2023-01-01 10:12", MNL), S, "naka-hold lahat ng flights", "viber-psg0101.txt"),
            "resolved": kt(u("2023-01-01 17:38", MNL), S, "Epekto sa amin: 9:49 AM hanggang 5:38 PM", "comment 232653")},
        "responders": [["Maricel Dela Cruz", None], ["Jerome Santos", None], ["Ramon Villanueva", None]],
        "narrative": nar(["power surge"], ["restored"], ["PSG-0101"],
                         "On 1 January 2023 from 9:49 a.m. to 5:38 p.m. Manila time the agency's 24-person tour group was stuck at NAIA because the Air Traffic Management Center lost power and Philippine airspace was closed.",
                         well=["SMS blast"], badly=["weather"]),
    }})

# 7. HCAA, 4 January 2026 - radio frequencies failure, Greek airspace closed, seen from a Heraklion transfer company --
I.append({
    "id": "hcaa-2026-01-radio-failure-heraklion-transfers", "name": "Greek airspace radio-frequency failure 4 January 2026 (Sunday; the Athens FIR radio frequencies failed in the morning, controllers could not talk to aircraft, arrivals and departures suspended, inbound flights diverted or returned; flights restarted in the early afternoon, regional first, up to 45 departures an hour by late afternoon; closure of nearly eight hours in some reports), seen from a Heraklion airport-transfer company",
    "issueId": "98056", "key": "HER-0104", "summary": "Ακυρώσεις μεταφορών - αεροδρόμιο Ηρακλείου κλειστό (ραδιοσυχνότητες)",
    "reporter": "Ελένη Μαυρογιάννη", "assignee": "Γιώργος Παπαδάκης", "labels": ["aerodromio", "metafores", "ypa"],
    "components": ["dispatch", "customer-care"], "created": c("2026-01-04 10:10", ATH), "now": "2026-01-22T08:00:00Z",
    "defaultZone": ATH, "priority": "High",
    "description": """Καμία άφιξη στο Ηράκλειο, ο πίνακας δείχνει όλες τις πτήσεις καθυστερημένες. 38 πελάτες μας σε 6 πτήσεις, οι οδηγοί περιμένουν στο αεροδρόμιο.

Μάλλον πάλι οι αγρότες στην πίστα; Ώρα Ελλάδος.""",
    "comments": [
        ("232660", "Γιώργος Παπαδάκης", c("2026-01-04 10:30", ATH), """Δεν είναι οι αγρότες: η ΕΡΤ λέει πρόβλημα στις ραδιοσυχνότητες της ΥΠΑ, αναστολή όλων των αφίξεων και αναχωρήσεων σε όλη τη χώρα. Το Viber στο viber-her0104.txt (ώρα Ελλάδος)."""),
        ("232661", "Ελένη Μαυρογιάννη", c("2026-01-04 19:00", ATH), """Όλοι οι πελάτες παραλήφθηκαν. Οι δύο πτήσεις από Βιέννη εκτράπηκαν σε Κωνσταντινούπολη, έρχονται αύριο."""),
        ("232662", "Γιώργος Παπαδάκης", c("2026-01-05 09:40", ATH), """Δημοσιεύματα και ανακοινώσεις στο press-her0104.txt (ώρες όπως γράφτηκαν)."""),
        ("232663", "Σοφία Κωνσταντινίδου", c("2026-01-08 12:00", ATH), """Ανασκόπηση (Πέμπτη 8/1), ώρα Ελλάδος.
Έναρξη: δεν ξέρουμε ακριβώς — «από το πρωί» κατά τα δημοσιεύματα, σίγουρα πριν μας ειδοποιήσει ο οδηγός.
Ανίχνευση: μήνυμα του Νίκου από το αεροδρόμιο στις 09:37.
Τέλος για μας: 16:05, προσγείωση της πρώτης πτήσης με πελάτες μας· από εκεί οι μεταφορές κανονικά.
Οι «αγρότες» της περιγραφής ήταν λάθος υπόθεση.
Το «κλειστό έως 16:00» που κυκλοφόρησε ήταν εκτίμηση, όχι το τέλος μας.
Αιτία (ΥΠΑ): κατάρρευση των ραδιοσυχνοτήτων στα κέντρα ελέγχου Αθηνών και Μακεδονίας.
Ενέργειες: πρότυπο SMS για ακυρώσεις, συμφωνία με ξενοδοχεία για αναμονή, παρακολούθηση NOTAM."""),
    ],
    "changelog": [
        ("Γιώργος Παπαδάκης", c("2026-01-04 10:12", ATH), [("status", "Open", "In Progress")]),
        ("Ελένη Μαυρογιάννη", c("2026-01-04 19:01", ATH), [("status", "In Progress", "Monitoring")]),
        ("Σοφία Κωνσταντινίδου", c("2026-01-08 12:05", ATH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "viber-her0104.txt", "zone": ATH, "referenceDate": "2026-01-04", "text": """
Knossos Transfers - Βάρδια  Κυριακή 4/1/2026
[09:37] Νίκος Τζαννετάκης: Όλες οι αφίξεις καθυστερούν, ο πίνακας δεν δείχνει καμία προσγείωση
[09:41] Ελένη Μαυρογιάννη: μάλλον πάλι οι αγρότες στον χώρο στάθμευσης αεροσκαφών;
[09:55] Γιώργος Παπαδάκης: ΕΡΤ: πρόβλημα στις ραδιοσυχνότητες, κλειστός ο εναέριος χώρος
[10:05] Ελένη Μαυρογιάννη: στέλνω SMS στους πελάτες για καθυστέρηση
[10:20] Γιώργος Παπαδάκης: ακυρώνουμε τις μεταφορές των 11:00 και 12:00, οι οδηγοί μένουν στη βάση
[12:45] Νίκος Τζαννετάκης: ακόμα τίποτα, ο κόσμος κάθεται στο πάτωμα
[13:30] Γιώργος Παπαδάκης: ξεκινούν οι περιφερειακές πτήσεις λένε
[16:05] Νίκος Τζαννετάκης: προσγειώθηκε η πρώτη πτήση με δικούς μας πελάτες, 7 άτομα
[18:40] Γιώργος Παπαδάκης: 45 αναχωρήσεις την ώρα λέει η ΥΠΑ, όλα σχεδόν κανονικά
"""}, {"file": "press-her0104.txt", "zone": ATH, "referenceDate": "2026-01-04", "text": """
Reports, Sunday 4 January 2026:
- Greece airports halted arrivals and departures due to issues affecting radio frequencies; some overflights within the Athens FIR were handled.
- Israel Airports Authority: Greek airspace closed until 16:00 local; expect delays.
- Flights restarted in the early afternoon, regional connections first.
- By late afternoon departures reached up to 45 flights per hour; inbound flights still restricted.
- Air traffic controllers' association: unprecedented, all ground frequencies and some Athens approach frequencies affected.
"""}],
    "expected": {
        "events": [[u("2026-01-04 09:37", ATH), ["αφίξεις"]], [u("2026-01-04 09:41", ATH), ["αγρότες"]],
                   [u("2026-01-04 09:55", ATH), ["ραδιοσυχνότητες"]], [u("2026-01-04 10:05", ATH), ["SMS"]],
                   [u("2026-01-04 10:20", ATH), ["ακυρώνουμε"]], [u("2026-01-04 12:45", ATH), ["ακόμα"]],
                   [u("2026-01-04 13:30", ATH), ["περιφερειακές"]], [u("2026-01-04 16:05", ATH), ["πρώτη πτήση", "Τέλος"]],
                   [u("2026-01-04 18:40", ATH), ["45"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2026-01-04 09:37", ATH), S, "Όλες οι αφίξεις καθυστερούν", "viber-her0104.txt"),
            "resolved": kt(u("2026-01-04 16:05", ATH), S, "Τέλος για μας: 16:05", "comment 232663")},
        "responders": [["Ελένη Μαυρογιάννη", None], ["Γιώργος Παπαδάκης", None], ["Σοφία Κωνσταντινίδου", None], ["Νίκος Τζαννετάκης", None]],
        "narrative": nar(["ραδιοσυχνότητ"], ["πρώτη πτήση"], ["HER-0104"],
                         "On Sunday 4 January 2026, from some time in the morning until 16:05 Greek time, the company's airport transfers in Heraklion stopped because Greek airspace was closed after a radio-frequency failure.",
                         well=["SMS"], badly=["αγρότες"]),
    }})

# 8. Barcelona blackout, 23 July 2007 - seen from an Eixample clinic (crosses midnight) -------------------------------
I.append({
    "id": "barcelona-2007-07-blackout-eixample-clinic", "name": "Barcelona blackout 23 July 2007 (at 10:53 a 110 kV cable fell onto REE's 220 kV yard at the Collblanc substation, tension lost at Urgell and Maragall, about 350,000 customers; municipal emergency plan from 11:00; 130,000 still without power at 15:00; minister Clos at about 18:00: general recovery towards 19-20h except the Maragall zone; Urgell substation repaired and supply restored in nearby areas about 03:00 on 24 July; the last 10,000 customers back about 20:00 on 25 July), seen from a private outpatient clinic in the Eixample supplied from Urgell",
    "issueId": "98057", "key": "EIX-0723", "summary": "Tall de llum a la clínica - consultes i cirurgia menor aturades",
    "reporter": "Montserrat Puig", "assignee": "Jordi Ferrer", "labels": ["electricitat", "clinica", "emergencia"],
    "components": ["instal·lacions", "sistemes"], "created": c("2007-07-23 11:15", BCN), "now": "2007-08-10T08:00:00Z",
    "defaultZone": BCN, "priority": "Highest",
    "description": """Sense llum a tota la clínica (consultes, quiròfan de cirurgia menor, servidor d'històries clíniques amb SAI).

Des de les 11 aprox.? Segurament ha saltat l'ICP de l'edifici. Hora de Barcelona.""",
    "comments": [
        ("232670", "Jordi Ferrer", c("2007-07-23 11:40", BCN), """No és l'ICP: tot el barri està a les fosques, la ràdio diu que ha caigut un cable a la subestació de Collblanc. SMS i registre de seguretat transcrits a sms-eix0723.txt i registre-seguretat-eix0723.txt (hora local)."""),
        ("232671", "Montserrat Puig", c("2007-07-23 19:30", BCN), """Encara sense llum. Pacients de la tarda reprogramats; les vacunes traslladades a la nevera de la farmàcia Aribau."""),
        ("232672", "Jordi Ferrer", c("2007-07-24 08:10", BCN), """La llum va tornar de matinada (registre de seguretat). Servidor arrencat, clínica oberta a les 8 com sempre."""),
        ("232673", "Núria Soler", c("2007-07-27 13:00", BCN), """Revisió (divendres 27 de juliol), hora de Barcelona.
Tall de llum a la clínica: 10:53 (dilluns) → 02:58 (dimarts), segons el registre del panell d'alarma.
Detectat: SMS del panell d'alarma a les 10:54.
L'ICP de l'edifici no hi tenia res a veure.
La zona de Maragall no va tornar fins dimecres a les 20:00; no és la nostra hora. L'obertura a les 8:00 tampoc.
Causa (REE / Fecsa-Endesa): caiguda d'un cable de 110 kV a Collblanc; es va perdre tensió a les subestacions d'Urgell i Maragall.
Accions: grup electrògen propi per al quiròfan i la nevera, SAI de més autonomia per al servidor, protocol de trasllat de vacunes."""),
    ],
    "changelog": [
        ("Jordi Ferrer", c("2007-07-23 11:16", BCN), [("status", "Open", "In Progress")]),
        ("Jordi Ferrer", c("2007-07-24 08:11", BCN), [("status", "In Progress", "Monitoring")]),
        ("Núria Soler", c("2007-07-27 13:05", BCN), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "sms-eix0723.txt", "zone": BCN, "referenceDate": "2007-07-23", "text": """
SMS al mòbil de guàrdia (dl. 23/07/2007)
10:54 Panell alarma Aribau: ALARMA fallada xarxa elèctrica, bateria en ús
10:58 Jordi Ferrer: segurament ha saltat l'ICP, baixo al quadre
11:20 Jordi Ferrer: no és l'ICP, la ràdio diu cable caigut a Collblanc, mig Barcelona sense llum
11:45 Montserrat Puig: anul·lem la cirurgia menor de la tarda
13:30 Jordi Ferrer: el SAI del servidor s'ha esgotat, apagat ordenat fet
16:30 Montserrat Puig: arriba el grup electrògen llogat, només per a la nevera
18:06 Jordi Ferrer: Clos a la ràdio: la llum tornarà cap a les 19-20h excepte zona Maragall
"""}, {"file": "registre-seguretat-eix0723.txt", "zone": BCN, "referenceDate": "2007-07-23", "text": """
Registre del panell d'alarma i de seguretat - Aribau (transcrit)
23/07/2007 10:53:40 FALLADA XARXA - pas a bateria
23/07/2007 11:00 Ajuntament activa el Pla d'Emergència Municipal (ràdio)
23/07/2007 20:15 Vigilant: continua sense tensió de xarxa
24/07/2007 02:58:12 TORNA TENSIÓ XARXA
24/07/2007 03:10 Vigilant: servidor engegat segons instruccions
"""}],
    "expected": {
        "events": [[u("2007-07-23 10:53", BCN), ["FALLADA", "Tall de llum"]], [u("2007-07-23 10:54", BCN), ["ALARMA"]],
                   [u("2007-07-23 10:58", BCN), ["ICP"]], [u("2007-07-23 11:00", BCN), ["Pla d'Emergència"]],
                   [u("2007-07-23 11:20", BCN), ["Collblanc"]], [u("2007-07-23 11:45", BCN), ["cirurgia"]],
                   [u("2007-07-23 13:30", BCN), ["SAI"]], [u("2007-07-23 16:30", BCN), ["electrògen"]],
                   [u("2007-07-23 18:06", BCN), ["Clos"]], [u("2007-07-23 20:15", BCN), ["sense tensió"]],
                   [u("2007-07-24 02:58", BCN), ["TORNA TENSIÓ", "Tall de llum"]], [u("2007-07-24 03:10", BCN), ["servidor"]]],
        "keyTimes": {
            "started": kt(u("2007-07-23 10:53", BCN), S, "Tall de llum a la clínica: 10:53 (dilluns) → 02:58 (dimarts)", "comment 232673"),
            "detected": kt(u("2007-07-23 10:54", BCN), S, "ALARMA fallada xarxa elèctrica", "sms-eix0723.txt"),
            "resolved": kt(u("2007-07-24 02:58", BCN), S, "Tall de llum a la clínica: 10:53 (dilluns) → 02:58 (dimarts)", "comment 232673")},
        "responders": [["Montserrat Puig", None], ["Jordi Ferrer", None], ["Núria Soler", None]],
        "narrative": nar(["Collblanc"], ["TORNA TENSIÓ"], ["EIX-0723"],
                         "From 10:53 on Monday 23 July to 02:58 on Tuesday 24 July 2007 Barcelona time the Eixample clinic had no mains power after a cable fell at the Collblanc substation; afternoon patients and minor surgery were cancelled.",
                         lucky=["nevera"], well=["apagat ordenat"], badly=["ICP"]),
    }})

# 9. Nets, 16 May 2022 - card terminals down across Norway, seen from a Bergen deli ---------------------------------
I.append({
    "id": "nets-2022-05-terminals-bergen-deli", "name": "Nets card-terminal outage in Norway 16 May 2022 (the day before 17 May; from about 12.30 reports of failed card payments across the country; Nets status: an ongoing incident causing failed transactions for online transactions and terminals going through Norway; Nets confirmed just before 13.00, press comment around 12.45; shortly before 14.00 Verifone said everything would be normal within half an hour to an hour and BankAxept confirmed terminals were up; backup solutions worked where merchants had enabled them), seen from a Bergen deli and wine shop",
    "issueId": "98058", "key": "BRG-0516", "summary": "Betalingsterminalene avviser alle kort",
    "reporter": "Ingrid Solheim", "assignee": "Eirik Haugland", "labels": ["nets", "terminal", "kasse"],
    "components": ["butikk", "kasse"], "created": c("2022-05-16 12:45", OSL), "now": "2022-06-02T08:00:00Z",
    "defaultZone": OSL, "priority": "Highest",
    "description": """Alle kort blir avvist i begge kassene, terminalen sier "Ingen kontakt med vert". Fullt i butikken, dagen før 17. mai.

Siden 12.30-tiden? Tror det er Altibox-ruteren igjen. Norsk tid.""",
    "comments": [
        ("232680", "Eirik Haugland", c("2022-05-16 13:00", OSL), """Ikke ruteren: nettet virker og Vipps går fint. Nets melder om driftsforstyrrelse i hele Norge. Teams-tråden i teams-brg0516.txt (norsk tid)."""),
        ("232681", "Ingrid Solheim", c("2022-05-16 14:20", OSL), """Terminalene godkjenner igjen. 23 transaksjoner tatt på reserveløsning, 4 kunder gikk uten å handle."""),
        ("232682", "Eirik Haugland", c("2022-05-17 10:30", OSL), """Nets' statusmelding og pressesitater i nets-status-0516.txt."""),
        ("232683", "Kari Nygaard", c("2022-05-18 15:00", OSL), """Gjennomgang onsdag 18. mai, norsk tid.
Feilvindu hos oss: 12:31–13:47, alle kort avvist (BankAxept på reserveløsning fra 12:52).
Oppdaget: kasse 2 meldte avviste kort 12:31.
Altibox-ruteren var feil spor.
Verifones "innen en halvtime-times tid" og BankAxepts melding er ikke vår slutt; vår slutt er da terminalene godkjente igjen.
Årsak (Nets): driftsforstyrrelse hos Nets som ga feilede transaksjoner i terminaler og på nett i hele Norge.
Tiltak: reserveløsning alltid slått på, kontantbeholdning før helligdager, Vipps-QR ved kassene."""),
    ],
    "changelog": [
        ("Eirik Haugland", c("2022-05-16 12:46", OSL), [("status", "Open", "In Progress")]),
        ("Ingrid Solheim", c("2022-05-16 14:21", OSL), [("status", "In Progress", "Monitoring")]),
        ("Kari Nygaard", c("2022-05-18 15:05", OSL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-brg0516.txt", "zone": OSL, "referenceDate": "2022-05-16", "text": """
Bryggen Deli - Butikk (Teams)  mandag 16. mai
12:31 Ingrid Solheim: kasse 2: alle kort avvist, "Ingen kontakt med vert"
12:34 Eirik Haugland: restart terminalen og sjekk Altibox-ruteren bak disken
12:40 Ingrid Solheim: ruteren er grønn, nettet virker, Vipps virker
12:52 Eirik Haugland: Nets bekrefter driftsforstyrrelse i hele landet. Slå på reserveløsning!
13:05 Ingrid Solheim: reserveløsning virker for BankAxept, ikke Visa/Mastercard
13:20 Kari Nygaard: nabobutikken med Verifone-terminal har også feil
13:47 Ingrid Solheim: terminalene godkjenner igjen, også Visa
14:10 Eirik Haugland: alt normalt, reservetransaksjonene sendes inn i kveld
"""}, {"file": "nets-status-0516.txt", "zone": OSL, "referenceDate": "2022-05-16", "text": """
Nets status (nets.eu), 16 May 2022: An ongoing incident is causing failed transactions for online transactions and terminals going through Norway. Investigations are ongoing.
E24: Klokken 12.30 begynte meldingene å komme om korttrøbbel flere steder i landet. Like før klokken ett bekreftet Nets driftsforstyrrelser.
E24 / VG: Verifone-sjefen like før klokken 14.00: alt skal være tilbake til normalen innen en halvtime-times tid. BankAxept bekrefter at terminalene er oppe og går igjen.
BankAxept: For butikker som har skrudd på reserveløsninger skal det gå som normalt.
"""}],
    "expected": {
        "events": [[u("2022-05-16 12:31", OSL), ["avvist"]], [u("2022-05-16 12:34", OSL), ["ruteren"]],
                   [u("2022-05-16 12:40", OSL), ["Vipps"]], [u("2022-05-16 12:52", OSL), ["reserveløsning"]],
                   [u("2022-05-16 13:05", OSL), ["Visa"]], [u("2022-05-16 13:20", OSL), ["Verifone"]],
                   [u("2022-05-16 13:47", OSL), ["godkjenner"]], [u("2022-05-16 14:10", OSL), ["normalt"]]],
        "keyTimes": {
            "started": kt(u("2022-05-16 12:31", OSL), S, "Feilvindu hos oss: 12:31–13:47", "comment 232683"),
            "detected": kt(u("2022-05-16 12:31", OSL), S, "kasse 2: alle kort avvist", "teams-brg0516.txt"),
            "resolved": kt(u("2022-05-16 13:47", OSL), S, "Feilvindu hos oss: 12:31–13:47", "comment 232683")},
        "responders": [["Ingrid Solheim", None], ["Eirik Haugland", None], ["Kari Nygaard", None]],
        "narrative": nar(["driftsforstyrrelse"], ["godkjenner igjen"], ["BRG-0516"],
                         "On 16 May 2022 from 12:31 to 13:47 Norwegian time the Bergen deli's card terminals rejected all cards during a Nets outage across Norway; BankAxept cards worked on the backup solution from 12:52.",
                         lucky=["Vipps"], well=["reserveløsning"], badly=["Altibox"]),
    }})

# 10. Rakuten Mobile, 4 September 2022 - congestion after a network restart, seen from a Tokyo taxi dispatcher -------
I.append({
    "id": "rakuten-2022-09-mobile-outage-tokyo-taxi", "name": "Rakuten Mobile outage 4 September 2022 (JST: from about 10:58 calls and data hard to use for part of Rakuten UN-LIMIT VII users, about 1.3 million lines; recovered about 13:26; cause traffic congestion following a restart of network equipment; the ministry called it a serious accident, about two and a half hours), seen from a Tokyo taxi company whose drivers' dispatch tablets use Rakuten SIMs",
    "issueId": "98059", "key": "TKY-0904", "summary": "Untenshu tablet offline - haisha dekinai (Rakuten SIM)",
    "reporter": "Sato Yui", "assignee": "Takahashi Ren", "labels": ["rakuten", "haisha", "tablet"],
    "components": ["dispatch", "fleet"], "created": c("2022-09-04 11:20", TYO), "now": "2022-09-21T01:00:00Z",
    "defaultZone": TYO, "priority": "Highest",
    "description": """Rakuten SIM no untenshu tablet ga zenbu offline, haisha app ni ichi ga denai. 46dai chuu 31dai. Nichiyou no gozen, yoyaku ga ooi.

Haisha app no server ga ochita? Tokyo jikan.""",
    "comments": [
        ("232690", "Takahashi Ren", c("2022-09-04 11:40", TYO), """Server wa seijou (CPU 12%). docomo SIM no 15dai wa futsuu ni ugoiteru. Rakuten Mobile no tsushin shogai rashii. LINE no kiroku wa line-tky0904.txt (Tokyo jikan)."""),
        ("232691", "Sato Yui", c("2022-09-04 14:00", TYO), """Zen untenshu online ni modotta. Machi no chuumon mo shori zumi. Musen de 27ken haisha shita."""),
        ("232692", "Takahashi Ren", c("2022-09-05 10:00", TYO), """Rakuten Mobile no happyou to houdou wo rakuten-happyou-0904.txt ni copy shita (JST)."""),
        ("232693", "Kobayashi Daiki", c("2022-09-07 16:00", TYO), """Furikaeri (9/7 suiyoubi), Tokyo jikan.
Eikyou: 10:58 kara 13:26 made (Rakuten happyou no hassei to fukkyu jikoku), Rakuten SIM no tablet ga offline.
Hakken: 11:04, haisha-gakari no Sato-san ga LINE de houkoku.
"Haisha app no server ga ochita" wa machigai datta.
13:40 ni machi chuumon ga zero ni natta no wa atokatazuke de, eikyou no owari de wa nai.
Genin (Rakuten): network setsubi no saikidou ni tomonau traffic fukusou.
Taisaku: tablet ni dual SIM (docomo yobi), musen haisha no manual, Rakuten shogai jouhou no tsuuchi."""),
    ],
    "changelog": [
        ("Takahashi Ren", c("2022-09-04 11:22", TYO), [("status", "Open", "In Progress")]),
        ("Sato Yui", c("2022-09-04 14:01", TYO), [("status", "In Progress", "Monitoring")]),
        ("Kobayashi Daiki", c("2022-09-07 16:05", TYO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "line-tky0904.txt", "zone": TYO, "referenceDate": "2022-09-04", "text": """
[LINE] Haisha center  2022/09/04 (nichi)
11:04 Sato Yui: Rakuten no untenshu-san zenin kengai mitai, haisha app ni ichi ga denai
11:07 Takahashi Ren: haisha app no server ochita? kakunin suru
11:15 Takahashi Ren: server wa daijoubu. Twitter de Rakuten Mobile tsushin shogai tte
11:30 Kobayashi Daiki: docomo no yobi SIM aru untenshu dake app de haisha, hoka wa musen
12:10 Sato Yui: musen de 20ken ijou haisha, machi ga 14ken
13:26 Takahashi Ren: Rakuten fukkyu? tablet no ichi ga modotte kita
13:40 Sato Yui: machi chuumon zero, haisha futsuu ni modotta
"""}, {"file": "rakuten-happyou-0904.txt", "zone": TYO, "referenceDate": "2022-09-04", "text": """
Rakuten Mobile tsushin shogai (2022nen 9gatsu 4ka) - happyou / houdou no matome
Hassei nichiji: 2022nen 9gatsu 4ka 10:58 goro, Rakuten UN-LIMIT VII riyousha no ichibu de tsuwa / data tsushin ga shizurai joukyou
Fukkyu nichiji: 2022nen 9gatsu 4ka 13:26 goro
Eikyou kaisen-suu: yaku 130man kaisen
Genin: network setsubi saikidou ni tomonau traffic no fukusou
Soumushou: "juudai na jiko", yaku 2jikan han
"""}],
    "expected": {
        "events": [[u("2022-09-04 10:58", TYO), ["Hassei", "Eikyou"]], [u("2022-09-04 11:04", TYO), ["kengai"]],
                   [u("2022-09-04 11:07", TYO), ["server"]], [u("2022-09-04 11:15", TYO), ["tsushin shogai"]],
                   [u("2022-09-04 11:30", TYO), ["docomo"]], [u("2022-09-04 12:10", TYO), ["musen"]],
                   [u("2022-09-04 13:26", TYO), ["fukkyu"]], [u("2022-09-04 13:40", TYO), ["chuumon"]]],
        "keyTimes": {
            "started": kt(u("2022-09-04 10:58", TYO), S, "Eikyou: 10:58 kara 13:26 made", "comment 232693"),
            "detected": kt(u("2022-09-04 11:04", TYO), S, "zenin kengai mitai", "line-tky0904.txt"),
            "resolved": kt(u("2022-09-04 13:26", TYO), S, "Eikyou: 10:58 kara 13:26 made", "comment 232693")},
        "responders": [["Sato Yui", None], ["Takahashi Ren", None], ["Kobayashi Daiki", None]],
        "narrative": nar(["traffic fukusou"], ["fukkyu"], ["TKY-0904"],
                         "On 4 September 2022 from 10:58 to 13:26 Tokyo time the taxi company's drivers with Rakuten SIMs dropped out of the dispatch app because Rakuten Mobile's network was congested after an equipment restart; dispatch continued by radio.",
                         lucky=["docomo"], well=["musen"], badly=["server"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

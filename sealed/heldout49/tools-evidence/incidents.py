"""Held-out 49 incidents (training set for issue 15): compact specs. Ten public incidents, each seen from a small
invented customer or operator whose responders write in a language the other sets do not use: LINE's messaging outage
of 12 April 2021 from a Bangkok bakery (Thai); Zoho's data-centre power failure of 20 January 2012 from a Riyadh
accounting office (Arabic); Latitude's AI-gateway outage of 30 May 2025 from a Donostia guest-chatbot start-up
(Basque); PayU Hub's database outage of 21 July 2020 from a Vigo tinned-fish shop (Galician); Salt Edge's open-banking
disruption of 10 March 2026 from a Tirana budgeting app (Albanian); Instamojo's platform outage of 11 December 2018
from a Madurai saree seller (Tanglish); The Plugin People's app outage of 1 August 2022 from a Dubai travel agency
(Persian); Malta's interconnector trip of 10 February 2023 from a Naxxar IT shop (Maltese); Peach Payments' processing
outage of 23 March 2016 from a Cape Town gin e-shop (South African English); Servers Australia's SYD2 switching-stack
failure of 29 July 2021 from a Newcastle web agency (Australian English). Timeline facts from public statements
(SOURCES-heldout49.md); people, companies, ticket keys, chat wording, wrong first guesses and every customer-side
minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2021-04-12 13:25' in zone -> '2021-04-12T06:25' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


BKK, TYO, RUH, LAX, MAD = "Asia/Bangkok", "Asia/Tokyo", "Asia/Riyadh", "America/Los_Angeles", "Europe/Madrid"
TIA, KOL, DXB, MLA, JNB, SYD, Z = ("Europe/Tirane", "Asia/Kolkata", "Asia/Dubai", "Europe/Malta", "Africa/Johannesburg",
                                   "Australia/Sydney", "UTC")

I = []

# 0. LINE, 12 April 2021 - messaging down, seen from a Bangkok bakery taking cake orders on a LINE Official Account ----
I.append({
    "id": "line-2021-04-messaging-bangkok-bakery", "name": "LINE messaging outage 12 April 2021 (JST: 15:09 failure detected, messages and calls unavailable after a data-centre contractor's mistaken power-maintenance work cut power to network and server equipment; 16:01 talk and calls mostly restored; 17:21 profile updates, read receipts and group joins restored; 19:45 switch-back of the power equipment started, 20:07 completed), seen from a Bangkok bakery whose cake orders arrive through its LINE Official Account",
    "issueId": "98080", "key": "BKK-0412", "summary": "ลูกค้าสั่งเค้กผ่าน LINE OA ไม่ได้ - ข้อความไม่เข้าไม่ออก",
    "reporter": "Preeya Wongsuwan", "assignee": "Thanakorn Srisuk", "labels": ["line-oa", "orders", "songkran"],
    "components": ["orders", "line-oa"], "created": c("2021-04-12 13:30", BKK), "now": "2021-04-26T05:00:00Z",
    "defaultZone": BKK, "priority": "High",
    "description": """ลูกค้าส่งข้อความสั่งเค้กสงกรานต์ผ่าน LINE OA ของร้านไม่ได้ และแอดมินก็ตอบลูกค้าไม่ได้ ข้อความค้างเป็นวงกลมหมุน

เริ่มประมาณบ่ายโมง? คิดว่าเน็ต 3BB ที่ร้านล่ม เวลาไทย (ICT)

ยอดสั่งช่วงก่อนสงกรานต์สูงมาก ต้องรีบแก้""",
    "comments": [
        ("232900", "Thanakorn Srisuk", c("2021-04-12 13:50", BKK), """ไม่ใช่เน็ตร้าน: ใช้ 4G ของมือถือก็ส่งไม่ได้ และคนทั้งประเทศบ่นใน Twitter ว่า LINE ล่ม แชทของทีมคัดลอกไว้ที่ messenger-bkk0412.txt (เวลาไทย) เพราะกลุ่ม LINE ของทีมใช้ไม่ได้ เลยคุยกันใน Messenger"""),
        ("232901", "Preeya Wongsuwan", c("2021-04-12 14:40", BKK), """LINE กลับมาตั้งแต่ 14:01 ตอบแชทค้างครบแล้ว 23 ราย ออเดอร์ที่ลูกค้าส่งมาช่วงล่มบางอันไม่เข้า ต้องขอให้ส่งใหม่"""),
        ("232902", "Thanakorn Srisuk", c("2021-04-13 10:15", BKK), """LINE ประกาศสาเหตุแล้ว แปลสรุปไว้ใน line-notice-jst.txt (เวลาญี่ปุ่น JST เร็วกว่าไทย 2 ชั่วโมง)"""),
        ("232903", "Kanokwan Chaiyaporn", c("2021-04-16 16:00", BKK), """สรุปทบทวน (ศุกร์ 16 เม.ย. 2564) เวลาไทย
ช่วงที่กระทบเรา: 13:09–14:01 น. ลูกค้าส่งข้อความสั่งของไม่ได้ (ของ LINE คือ 15:09–16:01 JST)
รู้ตัวครั้งแรก: พี่ปรียาเห็นข้อความส่งไม่ออกตอน 13:12 น. ในแชท
"ประมาณบ่ายโมง" ในคำอธิบายเป็นการเดา และเน็ต 3BB ไม่ได้เป็นอะไร
เวลา 15:21 น. ที่ LINE แก้เรื่องโปรไฟล์และ "อ่านแล้ว" ไม่กระทบการสั่งของ ส่วนการสลับไฟกลับ 17:45–18:07 น. เป็นงานเก็บกวาดของ LINE
สาเหตุ (LINE): ผู้ให้บริการ data center ภายนอกทำงานบำรุงรักษาระบบไฟผิดขั้นตอน ทำให้อุปกรณ์เครือข่ายและเซิร์ฟเวอร์ไฟดับ
สิ่งที่จะทำ: เปิดช่องสั่งทางเว็บฟอร์มสำรอง, ปักหมุดเบอร์โทรในเพจ Facebook, ตั้ง Downdetector alert ให้แอดมิน"""),
    ],
    "changelog": [
        ("Thanakorn Srisuk", c("2021-04-12 13:32", BKK), [("status", "Open", "In Progress")]),
        ("Preeya Wongsuwan", c("2021-04-12 14:41", BKK), [("status", "In Progress", "Monitoring")]),
        ("Kanokwan Chaiyaporn", c("2021-04-16 16:05", BKK), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "messenger-bkk0412.txt", "zone": BKK, "referenceDate": "2021-04-12", "text": """
กลุ่ม Messenger "ร้านขนมบ้านปรียา - แอดมิน"  วันจันทร์ 12 เม.ย. 2564
[13:12] Preeya Wongsuwan: LINE ส่งข้อความไม่ได้ทั้งร้าน ลูกค้าโทรมาบอกว่าทักสั่งเค้กใน LINE OA แล้วไม่มีใครตอบ
[13:15] Thanakorn Srisuk: เน็ต 3BB ที่ร้านล่มหรือเปล่า ลองรีสตาร์ทเราเตอร์ดูครับ
[13:22] Thanakorn Srisuk: เปิด 4G ก็ไม่ได้ ไม่ใช่เน็ตร้าน ใน Twitter บอกว่า LINE ล่มทั้งประเทศ
[13:40] Kanokwan Chaiyaporn: โพสต์เพจ Facebook แล้ว ให้ลูกค้าโทรสั่งหรือทักเพจแทน
[13:58] Preeya Wongsuwan: ยังไม่ได้เลย โทรศัพท์ร้านดังไม่หยุด
[14:01] Thanakorn Srisuk: LINE กลับมาแล้ว! ส่งข้อความได้ โทรได้
[14:10] Preeya Wongsuwan: ไล่ตอบแชทค้าง 23 ราย
[15:21] Thanakorn Srisuk: ตอนนี้ขึ้น "อ่านแล้ว" ครบ รูปโปรไฟล์ก็เปลี่ยนได้แล้ว
"""}, {"file": "line-notice-jst.txt", "zone": TYO, "referenceDate": "2021-04-12", "text": """
LINE notice on the 12 April failure (summary translated from Japanese by Thanakorn; times JST as LINE wrote them)
15:09 - failure detected; messages could not be sent or received and calls failed for users in Japan and abroad
Cause: a contractor at an external domestic data centre made an error during power-equipment maintenance that was meant to run without a power stop; several network and server devices lost power
16:01 - talk and call functions mostly restored
17:21 - profile updates, read receipts and group joins restored
19:45 - switch-back of the power equipment (maintenance had been suspended) started
20:07 - switch-back completed, state as before the maintenance
Messages sent between 15:09 and 16:01 may not have been delivered; LINE asks users to send them again.
"""}],
    "expected": {
        "events": [[u("2021-04-12 15:09", TYO), ["failure detected", "ช่วงที่กระทบเรา"]],
                   [u("2021-04-12 13:12", BKK), ["ส่งข้อความไม่ได้", "รู้ตัวครั้งแรก"]],
                   [u("2021-04-12 13:15", BKK), ["3BB"]], [u("2021-04-12 13:22", BKK), ["4G"]],
                   [u("2021-04-12 13:40", BKK), ["Facebook"]], [u("2021-04-12 13:58", BKK), ["โทรศัพท์"]],
                   [u("2021-04-12 16:01", TYO), ["talk and call", "กลับมา"]],
                   [u("2021-04-12 14:10", BKK), ["แชทค้าง"]],
                   [u("2021-04-12 17:21", TYO), ["read receipts", "อ่านแล้ว"]],
                   [u("2021-04-12 19:45", TYO), ["switch-back", "สลับไฟกลับ"]],
                   [u("2021-04-12 20:07", TYO), ["switch-back completed", "สลับไฟกลับ"]]],
        "keyTimes": {
            "started": kt(u("2021-04-12 13:09", BKK), S, "ช่วงที่กระทบเรา: 13:09–14:01 น.", "comment 232903"),
            "detected": kt(u("2021-04-12 13:12", BKK), S, "LINE ส่งข้อความไม่ได้ทั้งร้าน", "messenger-bkk0412.txt"),
            "resolved": kt(u("2021-04-12 14:01", BKK), S, "ช่วงที่กระทบเรา: 13:09–14:01 น.", "comment 232903")},
        "responders": [["Preeya Wongsuwan", None], ["Thanakorn Srisuk", None], ["Kanokwan Chaiyaporn", None]],
        "narrative": nar(["power-equipment maintenance"], ["talk and call functions mostly restored"], ["BKK-0412", "LINE OA"],
                         "On 12 April 2021 from 13:09 to 14:01 Bangkok time the bakery's customers could not order cakes through its LINE Official Account because LINE's messaging was down after a data-centre power error.",
                         well=["Facebook"], badly=["3BB"]),
    }})

# 1. Zoho, 20 January 2012 - all services down after a data-centre power failure, seen from a Riyadh accounting office -
I.append({
    "id": "zoho-2012-01-dc-power-riyadh-accounting", "name": "Zoho outage 20 January 2012 (Pacific time: outage started around 8:13 am after an abrupt power failure at the Equinix colocation facility in Silicon Valley; power restored by about 9:15 am; Accounts back 10:55 am; services started coming back for customers 3:49 pm; all services fully restored 6:22 pm PST; database clusters needed consistency checks), seen from a Riyadh accounting office that runs mail and invoicing on Zoho Mail and Zoho Books",
    "issueId": "98081", "key": "RUH-0120", "summary": "البريد وZoho Books لا يفتحان - العملاء ينتظرون الفواتير",
    "reporter": "Abdulrahman Al-Qahtani", "assignee": "Nouf Al-Harbi", "labels": ["zoho", "email", "invoicing"],
    "components": ["email", "accounting"], "created": c("2012-01-20 19:48", RUH), "now": "2012-02-05T09:00:00Z",
    "defaultZone": RUH, "priority": "Highest",
    "description": """لا يمكن فتح Zoho Mail ولا Zoho Books من المكتب ولا من الجوال. كنا نرسل فواتير نهاية الشهر لثلاثة عملاء الليلة.

من الساعة 7 تقريباً؟ أظن أن خط الإنترنت من STC مقطوع. بتوقيت الرياض.""",
    "comments": [
        ("232910", "Nouf Al-Harbi", c("2012-01-20 20:20", RUH), """ليس خط الإنترنت: بقية المواقع تعمل، وZoho نفسهم يكتبون في تويتر أن كل خدماتهم متوقفة. المحادثة في whatsapp-ruh0120.txt بتوقيت الرياض."""),
        ("232911", "Abdulrahman Al-Qahtani", c("2012-01-21 09:30", RUH), """صباح السبت: البريد وBooks يعملان. الفواتير الثلاث أُرسلت الساعة 9:10 صباحاً. لم يكن أحد مستيقظاً ليرى متى عادت الخدمة بالضبط."""),
        ("232912", "Nouf Al-Harbi", c("2012-01-22 11:00", RUH), """نشر Zoho تدوينة عن الانقطاع، نسخت المقاطع المهمة في zoho-blog-0120.txt (بتوقيت المحيط الهادئ كما كتبوها)."""),
        ("232913", "Haifa Al-Mutairi", c("2012-01-24 13:00", RUH), """مراجعة (الثلاثاء 24 يناير) بتوقيت الرياض
بداية الانقطاع لنا: حوالي 7:13 مساءً الجمعة (8:13 صباحاً بتوقيت المحيط الهادئ، حسب Zoho)
أول ما عرفنا: عبدالرحمن لم يستطع فتح البريد الساعة 7:40 مساءً
متى عاد لنا بالضبط؟ غير معروف. Zoho يقول إن الخدمات بدأت تعود الساعة 2:49 فجراً بتوقيتنا واكتملت كلها 5:22 فجراً، ولم يكن أحد منا يتابع، وأول من فتح البريد كان صباح السبت
فكرة STC كانت خطأ
السبب (Zoho): انقطاع كهرباء مفاجئ في مركز البيانات لدى Equinix، ثم فحص اتساق قواعد البيانات
الإجراءات: نسخة محلية من قائمة الفواتير كل يوم، بريد احتياطي لإرسال الفواتير، متابعة حساب Zoho في تويتر"""),
    ],
    "changelog": [
        ("Nouf Al-Harbi", c("2012-01-20 19:50", RUH), [("status", "Open", "In Progress")]),
        ("Abdulrahman Al-Qahtani", c("2012-01-21 09:31", RUH), [("status", "In Progress", "Monitoring")]),
        ("Haifa Al-Mutairi", c("2012-01-24 13:05", RUH), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-ruh0120.txt", "zone": RUH, "referenceDate": "2012-01-20", "text": """
مجموعة واتساب "المكتب"  الجمعة 20/1/2012
[19:40] Abdulrahman Al-Qahtani: البريد ما يفتح، Zoho Mail يعطي خطأ، وZoho Books كمان
[19:52] Nouf Al-Harbi: يمكن النت من STC؟ جرب من الجوال
[20:05] Nouf Al-Harbi: من الجوال نفس الشي. حساب Zoho في تويتر يقول كل الخدمات واقفة
[20:30] Haifa Al-Mutairi: كلمت العملاء الثلاثة بالتلفون، الفواتير بكرة الصبح
[22:10] Abdulrahman Al-Qahtani: Zoho يقول الكهرباء رجعت عندهم لكن قواعد البيانات تحتاج وقت. أنا رايح أنام
"""}, {"file": "zoho-blog-0120.txt", "zone": LAX, "referenceDate": "2012-01-20", "text": """
Zoho blog "Our Friday Outage and Actions We Are Taking" - excerpts (Pacific time, as posted)
On Friday, January 20th, we experienced a widespread outage that affected all Zoho services.
The outage started around 8:13 am Pacific Time.
Zoho services started coming back online for customer use at 3:49 pm, and all services were fully restored at 6:22 pm PST.
The cause of the outage was an abrupt power failure in our collocated data center facility (owned and operated by Equinix) in the Silicon Valley area.
Press coverage the same day: power was restored by 9:15 am; the Accounts service came back at 10:55 am; database clusters needed a consistency check and sync before services could return.
"""}],
    "expected": {
        "events": [[u("2012-01-20 08:13", LAX), ["outage started", "بداية الانقطاع"]],
                   [u("2012-01-20 19:40", RUH), ["البريد", "أول ما عرفنا"]],
                   [u("2012-01-20 19:52", RUH), ["STC"]], [u("2012-01-20 20:05", RUH), ["تويتر"]],
                   [u("2012-01-20 09:15", LAX), ["power was restored"]],
                   [u("2012-01-20 20:30", RUH), ["العملاء"]],
                   [u("2012-01-20 10:55", LAX), ["Accounts"]],
                   [u("2012-01-20 22:10", RUH), ["قواعد البيانات"]],
                   [u("2012-01-20 15:49", LAX), ["coming back", "بدأت تعود"]],
                   [u("2012-01-20 18:22", LAX), ["fully restored", "اكتملت"]],
                   [u("2012-01-21 09:10", RUH), ["الفواتير"]]],
        "keyTimes": {
            "started": kt(u("2012-01-20 19:13", RUH), S, "بداية الانقطاع لنا: حوالي 7:13 مساءً", "comment 232913"),
            "detected": kt(u("2012-01-20 19:40", RUH), S, "البريد ما يفتح، Zoho Mail يعطي خطأ", "whatsapp-ruh0120.txt"),
            "resolved": kt(None, U)},
        "responders": [["Abdulrahman Al-Qahtani", None], ["Nouf Al-Harbi", None], ["Haifa Al-Mutairi", None]],
        "narrative": nar(["abrupt power failure"], ["consistency check"], ["RUH-0120", "Zoho Books"],
                         "On Friday evening 20 January 2012 (Riyadh time) the office could not open Zoho Mail or Zoho Books, so month-end invoices waited until the next morning, because Zoho's data centre lost power.",
                         well=["بالتلفون"], badly=["STC"]),
    }})

# 2. Latitude, 30 May 2025 - AI gateway down, seen from a Donostia start-up whose guest chatbot calls the gateway ------
I.append({
    "id": "latitude-2025-05-gateway-donostia-chatbot", "name": "Latitude Gateway outage 30 May 2025 (CEST: from 18:22 the Gateway proxy failed all customer traffic for two hours and twenty-two minutes after a request surge saturated the NAT gateway's egress and slowed autoscaling image pulls; resolved by detaching traffic, replacing the NAT gateway with a larger one and re-admitting traffic gradually; postmortem posted 31 May 8:06 pm CEST), seen from a Donostia start-up whose hotel-guest WhatsApp assistant calls LLMs through the Latitude gateway",
    "issueId": "98082", "key": "DSS-0530", "summary": "Gonbidatuen WhatsApp laguntzaileak ez du erantzuten - LLM deiak 502",
    "reporter": "Maialen Etxeberria", "assignee": "Iker Zubizarreta", "labels": ["latitude", "llm", "chatbot"],
    "components": ["assistant", "llm-gateway"], "created": c("2025-05-30 18:35", MAD), "now": "2025-06-16T10:00:00Z",
    "defaultZone": MAD, "priority": "High",
    "description": """Hotel bezeroen WhatsApp laguntzaileak ez die gonbidatuei erantzuten: LLM dei guztiek 502 edo timeout ematen dute. Ostiral arratsaldea da, check-in orduak.

Gaur 18:00etako gure deploy-a izan daiteke? Ordu lokala (CEST).""",
    "comments": [
        ("232920", "Iker Zubizarreta", c("2025-05-30 18:50", MAD), """Ez da gure deploy-a: rollback egin dut eta berdin. Gure zerbitzariek ondo dabiltza; Latitude-ren gateway-ak ez du ezer erantzuten. Slack haria slack-dss0530.txt fitxategian (CEST)."""),
        ("232921", "Maialen Etxeberria", c("2025-05-30 21:05", MAD), """Laguntzailea berriro bizirik. Itxaroten zeuden 61 mezuei erantzun zaie. Hiru hotelei mezua bidali diet."""),
        ("232922", "Iker Zubizarreta", c("2025-06-02 09:40", MAD), """Latitude-k postmortema argitaratu du; kopia latitude-postmortem.txt fitxategian (CEST, haiek bezala)."""),
        ("232923", "Ane Garmendia", c("2025-06-04 12:00", MAD), """Berrikuspena (asteazkena, ekainak 4), CEST
Eragina guretzat: 18:22tik 20:44ra, laguntzaileak ez zuen ezer erantzun (Latitude-ren leihoa bera, 2 ordu eta 22 minutu)
Lehen abisua: Better Stack alerta 18:27an
Deskribapeneko "18:00etako deploy-a" hipotesi okerra zen; rollback-ak 10 minutu galdu zituen
20:58ko atzeratutako mezuen erantzunak garbiketa izan ziren, ez eragina
Kausa (Latitude): eskaera-olde batek NAT gateway-aren irteera ase zuen, eta autoscaling-ak irudiak oso motel deskargatu zituen
Ekintzak: OpenAI-ra zuzeneko fallback-a gateway-ak 2 minutuz huts egiten badu, "laster erantzungo dizugu" mezu automatikoa, Latitude status-era harpidetza"""),
    ],
    "changelog": [
        ("Iker Zubizarreta", c("2025-05-30 18:36", MAD), [("status", "Open", "In Progress")]),
        ("Maialen Etxeberria", c("2025-05-30 21:06", MAD), [("status", "In Progress", "Monitoring")]),
        ("Ane Garmendia", c("2025-06-04 12:05", MAD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-dss0530.txt", "zone": MAD, "referenceDate": "2025-05-30", "text": """
#ops-laguntzailea  ostirala 05/30
[18:27] Better Stack: ALERT assistant-llm-latency - 5xx from gateway.latitude.so above 50% for 3 min
[18:29] Maialen Etxeberria: Hotel Kursaal-etik deitu dute: gonbidatuek ez dute erantzunik jasotzen
[18:31] Iker Zubizarreta: gure 18:00etako deploy-a izango da, rollback egiten dut
[18:41] Iker Zubizarreta: rollback eginda, berdin. gateway.latitude.so-k timeout
[18:44] Ane Garmendia: OpenAI-ren status orria berdea da. Latitude-k gorria jarri du
[18:55] Maialen Etxeberria: hoteletako harrerari esan diet gonbidatuek telefonoz deitzeko
[19:30] Iker Zubizarreta: OpenAI gakoarekin zuzenean deitzeko bypass-a probatzen, baina prompt-ak Latitude-n daude
[20:44] Iker Zubizarreta: Latitude gateway berriro bizirik, laguntzaileak erantzuten du
[20:58] Maialen Etxeberria: itxaroten zeuden mezu guztiei erantzun zaie
"""}, {"file": "latitude-postmortem.txt", "zone": MAD, "referenceDate": "2025-05-30", "text": """
Latitude status - May 30th, 2025 - Postmortem (CEST)
On 30 May 2025 at 18:22 CEST, the Gateway proxy experienced an outage that lasted two hours and twenty-two minutes; all customer traffic routed through the proxy failed.
Root cause: a surge in requests drove outbound calls to LLM providers; egress exhausted the NAT Gateway bandwidth, so new instances pulled their Docker images over the congested link and scaling was slow.
Resolution: traffic detached from the Gateway, the NAT Gateway replaced with a higher-capacity unit, fresh instances started, traffic reintroduced gradually.
Prevention: NAT Gateway in an autoscaling group, alerts on NAT egress saturation, higher baseline of Gateway instances.
Resolved - May 31 at 8:06pm CEST
"""}],
    "expected": {
        "events": [[u("2025-05-30 18:22", MAD), ["Gateway proxy", "Eragina"]],
                   [u("2025-05-30 18:27", MAD), ["Better Stack"]], [u("2025-05-30 18:29", MAD), ["Kursaal"]],
                   [u("2025-05-30 18:31", MAD), ["rollback"]], [u("2025-05-30 18:41", MAD), ["timeout"]],
                   [u("2025-05-30 18:44", MAD), ["OpenAI"]], [u("2025-05-30 18:55", MAD), ["telefonoz"]],
                   [u("2025-05-30 19:30", MAD), ["bypass"]],
                   [u("2025-05-30 20:44", MAD), ["berriro bizirik", "Eragina"]],
                   [u("2025-05-30 20:58", MAD), ["mezu"]], [u("2025-05-31 20:06", MAD), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2025-05-30 18:22", MAD), S, "Eragina guretzat: 18:22tik 20:44ra", "comment 232923"),
            "detected": kt(u("2025-05-30 18:27", MAD), S, "ALERT assistant-llm-latency", "slack-dss0530.txt"),
            "resolved": kt(u("2025-05-30 20:44", MAD), S, "Eragina guretzat: 18:22tik 20:44ra", "comment 232923")},
        "responders": [["Maialen Etxeberria", None], ["Iker Zubizarreta", None], ["Ane Garmendia", None]],
        "narrative": nar(["NAT gateway"], ["higher-capacity unit"], ["DSS-0530", "assistant-llm-latency"],
                         "On 30 May 2025 from 18:22 to 20:44 Donostia time the start-up's hotel-guest WhatsApp assistant answered nobody because the Latitude LLM gateway it calls was down.",
                         well=["Better Stack"], badly=["rollback"]),
    }})

# 3. PayU Hub, 21 July 2020 - payments failing as database nodes fail one by one, seen from a Vigo tinned-fish shop -----
I.append({
    "id": "payuhub-2020-07-db-nodes-vigo-conservas", "name": "PayU Hub (PaymentsOS / Zooz) outage 21 July 2020 (UTC: 04:21-04:32 latency spotted in the external API; incident 04:24-07:08 as three primary database nodes in three AWS availability zones failed one after another; 04:32 first node flapping; 04:35-05:01 second node, success rate 60%; 05:28-05:39 third node, success rate 20%; full downtime; postmortem published), seen from a Vigo online shop selling tinned seafood whose card checkout runs through PayU Hub",
    "issueId": "98083", "key": "VGO-0721", "summary": "Pagamentos con tarxeta fallan na tenda en liña (PayU Hub)",
    "reporter": "Uxía Pereira", "assignee": "Brais Lorenzo", "labels": ["payuhub", "checkout", "tarxetas"],
    "components": ["checkout", "payments"], "created": c("2020-07-21 07:25", MAD), "now": "2020-08-05T10:00:00Z",
    "defaultZone": MAD, "priority": "Highest",
    "description": """Os clientes non poden pagar con tarxeta: o checkout queda "procesando" e despois dá erro. Pedidos de conservas parados desde primeira hora.

Desde as 6 e pico? Seguramente a actualización do plugin de WooCommerce de onte á noite. Hora de aquí (CEST).""",
    "comments": [
        ("232930", "Brais Lorenzo", c("2020-07-21 07:50", MAD), """Non é o plugin: volvín á versión anterior e segue igual. As chamadas a api.paymentsos.com tardan 30 s ou devolven 500. Fío de WhatsApp en whatsapp-vgo0721.txt (hora de aquí)."""),
        ("232931", "Uxía Pereira", c("2020-07-21 09:40", MAD), """Pagamentos funcionando outra vez. Engadimos transferencia e Bizum como alternativa mentres tanto; 14 pedidos entraron por Bizum."""),
        ("232932", "Brais Lorenzo", c("2020-07-23 12:00", MAD), """PayU Hub publicou o informe; copiado en payuhub-report.txt (UTC, como o publican)."""),
        ("232933", "Antía Rodríguez", c("2020-07-24 10:00", MAD), """Revisión (venres 24 de xullo), hora de aquí
Xanela para nós: 06:24–09:08, os pagamentos con tarxeta fallaron ou quedaron colgados (o incidente de PayU Hub 04:24–07:08 UTC)
Primeiro aviso: o correo dunha clienta ás 07:12, "non me deixa pagar"
A latencia que PayU Hub viu ás 06:21 foi o aviso previo, non o comezo para nós; "as 6 e pico" da descrición era un palpite
O plugin de WooCommerce non tivo nada que ver
Causa (PayU Hub): tres nodos da base de datos caeron un tras outro en tres zonas de AWS
Accións: alerta cando a taxa de éxito do checkout baixe do 80 % en 10 minutos, Bizum sempre visible como alternativa, reintento automático dos pedidos pendentes"""),
    ],
    "changelog": [
        ("Brais Lorenzo", c("2020-07-21 07:27", MAD), [("status", "Open", "In Progress")]),
        ("Uxía Pereira", c("2020-07-21 09:41", MAD), [("status", "In Progress", "Monitoring")]),
        ("Antía Rodríguez", c("2020-07-24 10:05", MAD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-vgo0721.txt", "zone": MAD, "referenceDate": "2020-07-21", "text": """
[21/07/20 07:12] Uxía Pereira: unha clienta escribe que non me deixa pagar, a tarxeta queda procesando
[21/07/20 07:20] Brais Lorenzo: será o plugin de WooCommerce que actualicei onte, volvo atrás
[21/07/20 07:34] Brais Lorenzo: plugin vello e igual. api.paymentsos.com dá 500 e timeouts
[21/07/20 07:45] Antía Rodríguez: poño Bizum e transferencia no checkout mentres tanto
[21/07/20 08:30] Uxía Pereira: PayU Hub di no status que están coa base de datos
[21/07/20 09:08] Brais Lorenzo: pagamento de proba con tarxeta OK!
[21/07/20 09:30] Antía Rodríguez: reintentei os 9 pedidos pendentes, todos cobrados
"""}, {"file": "payuhub-report.txt", "zone": Z, "referenceDate": "2020-07-21", "text": """
Incident Report - PayUHub outage - July 21 2020 (Incident Time UTC)
04:24 - 07:08 - Three primary database nodes failed gradually, one by one, in three different AWS AZs; drops in success rate and full down time of the system.
04:21 - 04:32 - latency is spotted in the external api; on-call team starts investigation
04:32 - first node is flapping; error rate increases; automated node replacement started
04:35 - 05:01 - second node starts flapping; success rate drops to 60%; emergency replacement procedure chosen
05:28 - 05:39 - third node starts flapping; success rate drops to 20%
Cause: a background process of the database combined with external data that entered through the API.
"""}],
    "expected": {
        "events": [[u("2020-07-21 04:21", Z), ["latency"]], [u("2020-07-21 04:24", Z), ["database nodes", "Xanela"]],
                   [u("2020-07-21 04:32", Z), ["first node"]], [u("2020-07-21 04:35", Z), ["second node"]],
                   [u("2020-07-21 07:12", MAD), ["clienta"]], [u("2020-07-21 07:20", MAD), ["plugin"]],
                   [u("2020-07-21 05:28", Z), ["third node"]], [u("2020-07-21 07:34", MAD), ["paymentsos"]],
                   [u("2020-07-21 07:45", MAD), ["Bizum"]], [u("2020-07-21 08:30", MAD), ["status"]],
                   [u("2020-07-21 07:08", Z), ["full down time", "pagamento de proba"]],
                   [u("2020-07-21 09:30", MAD), ["pendentes"]]],
        "keyTimes": {
            "started": kt(u("2020-07-21 06:24", MAD), S, "Xanela para nós: 06:24–09:08", "comment 232933"),
            "detected": kt(u("2020-07-21 07:12", MAD), S, "unha clienta escribe que non me deixa pagar", "whatsapp-vgo0721.txt"),
            "resolved": kt(u("2020-07-21 09:08", MAD), S, "Xanela para nós: 06:24–09:08", "comment 232933")},
        "responders": [["Uxía Pereira", None], ["Brais Lorenzo", None], ["Antía Rodríguez", None]],
        "narrative": nar(["database nodes"], ["node replacement"], ["VGO-0721", "api.paymentsos.com"],
                         "On 21 July 2020 from 06:24 to 09:08 Vigo time the shop's customers could not pay by card because PayU Hub's payment database was failing.",
                         well=["Bizum"], badly=["plugin"]),
    }})

# 4. Salt Edge, 10 March 2026 - open-banking requests failing, seen from a Tirana budgeting app -------------------------
I.append({
    "id": "saltedge-2026-03-ais-tirana-budget-app", "name": "Salt Edge Payment Initiation and Account Information disruption 10 March 2026 (UTC: 12:33 disruption detected by monitoring; 12:34 engineering engaged; 12:45 corrective action, application processes restarted after an infrastructure configuration change had cut database connections; 12:46 first successful payment; 13:00 services fully restored; incident summary says between 12:33 and 13:00, overview table says ~27 minutes 12:30-13:00), seen from a Tirana budgeting app that syncs users' bank accounts through Salt Edge",
    "issueId": "98084", "key": "TIA-0310", "summary": "Sinkronizimi i llogarive bankare dështon për të gjithë përdoruesit",
    "reporter": "Besa Hoxha", "assignee": "Arbër Krasniqi", "labels": ["saltedge", "bank-sync", "ais"],
    "components": ["bank-sync", "mobile-app"], "created": c("2026-03-10 14:20", TIA), "now": "2026-03-25T10:00:00Z",
    "defaultZone": TIA, "priority": "High",
    "description": """Përdoruesit nuk sinkronizojnë dot llogaritë bankare: çdo kërkesë te Salt Edge kthen gabim. Ankesa në chat-in e aplikacionit.

Ndoshta rrotullimi i certifikatës që bëmë dje? Ora e Tiranës.""",
    "comments": [
        ("232940", "Arbër Krasniqi", c("2026-03-10 14:30", TIA), """Jo certifikata: kërkesat tona arrijnë te Salt Edge dhe kthejnë 5xx nga ana e tyre. Që nga 14:02 sinkronizimi punon përsëri. Biseda në Telegram: telegram-tia0310.txt (ora e Tiranës)."""),
        ("232941", "Besa Hoxha", c("2026-03-10 16:00", TIA), """Rinisëm sinkronizimin për 312 përdorues që kishin dështuar; të gjithë në rregull."""),
        ("232942", "Arbër Krasniqi", c("2026-03-12 09:30", TIA), """Salt Edge publikoi postmortem-in; kopja në saltedge-postmortem.txt (UTC, siç e shkruajnë ata)."""),
        ("232943", "Elira Shehu", c("2026-03-13 15:00", TIA), """Rishikim (e premte 13 mars), ora e Tiranës
Dritarja për ne: 13:33–14:00, sinkronizimi i llogarive dështoi (Salt Edge: 12:33–13:00 UTC)
Kur e mësuam: nuk dihet. Ankesat e para erdhën në chat-in e suportit, që nuk ruan orën e mesazheve, dhe askush nuk e shënoi se kur i pa
Tabela e tyre thotë 12:30-13:00, por përmbledhja dhe kronologjia thonë 12:33; 14:02 te ne ishte thjesht kur e provova unë
Certifikata jonë nuk kishte faj
Shkaku (Salt Edge): një ndryshim konfigurimi në infrastrukturë për shkak të një problemi hardueri preu lidhjet me bazën e të dhënave
Veprimet: alarm kur më shumë se 20% e sinkronizimeve dështojnë në 5 minuta, orë e ruajtur për çdo mesazh suporti, abonim në statusin e Salt Edge"""),
    ],
    "changelog": [
        ("Arbër Krasniqi", c("2026-03-10 14:21", TIA), [("status", "Open", "In Progress")]),
        ("Arbër Krasniqi", c("2026-03-10 14:31", TIA), [("status", "In Progress", "Monitoring")]),
        ("Elira Shehu", c("2026-03-13 15:05", TIA), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "telegram-tia0310.txt", "zone": TIA, "referenceDate": "2026-03-10", "text": """
Grupi "ops-buxheti"  e martë 10.03
Besa Hoxha, [10.03.26 13:52]: në chat-in e suportit disa përdorues thonë që sinkronizimi dështon prej pak kohësh
Arbër Krasniqi, [10.03.26 13:55]: mos është certifikata që rrotulluam dje? po shoh
Arbër Krasniqi, [10.03.26 13:58]: jo, Salt Edge kthen 500 për të gjitha kërkesat, edhe me certifikatën e vjetër
Elira Shehu, [10.03.26 14:00]: Salt Edge ka postuar incident në faqen e statusit
Arbër Krasniqi, [10.03.26 14:02]: provova tani, sinkronizimi punon
Besa Hoxha, [10.03.26 14:15]: po nis ri-sinkronizimin për ata që dështuan
"""}, {"file": "saltedge-postmortem.txt", "zone": Z, "referenceDate": "2026-03-10", "text": """
Salt Edge - Postmortem - Executive Summary
On March 10, 2026, between 12:33 and 13:00 UTC, our Payment Initiation Service and Account Information Service experienced a temporary disruption.
Incident overview: Duration ~27 minutes (12:30-13:00 UTC)
Timeline (UTC)
12:33 Service disruption detected via monitoring alerts
12:34 Engineering team engaged
12:45 Corrective action applied
12:46 First successful payment processed
13:00 Services fully restored
Root cause: an infrastructure-level configuration change, required due to hardware-related issues affecting a network component, left the application layer unable to establish database connections.
"""}],
    "expected": {
        "events": [[u("2026-03-10 12:33", Z), ["disruption detected", "Dritarja"]],
                   [u("2026-03-10 12:34", Z), ["Engineering team"]],
                   [u("2026-03-10 12:45", Z), ["Corrective action"]],
                   [u("2026-03-10 12:46", Z), ["First successful payment"]],
                   [u("2026-03-10 13:52", TIA), ["sinkronizimi dështon"]],
                   [u("2026-03-10 13:55", TIA), ["certifikata"]], [u("2026-03-10 13:58", TIA), ["500"]],
                   [u("2026-03-10 13:00", Z), ["fully restored"]],
                   [u("2026-03-10 14:02", TIA), ["sinkronizimi punon"]],
                   [u("2026-03-10 14:15", TIA), ["ri-sinkronizimin"]]],
        "keyTimes": {
            "started": kt(u("2026-03-10 13:33", TIA), S, "Dritarja për ne: 13:33–14:00", "comment 232943"),
            "detected": kt(None, U),
            "resolved": kt(u("2026-03-10 14:00", TIA), S, "Dritarja për ne: 13:33–14:00", "comment 232943")},
        "responders": [["Besa Hoxha", None], ["Arbër Krasniqi", None], ["Elira Shehu", None]],
        "narrative": nar(["configuration change"], ["Corrective action"], ["TIA-0310", "ops-buxheti"],
                         "On 10 March 2026 from 13:33 to 14:00 Tirana time the app's users could not sync their bank accounts because Salt Edge's account information service was down.",
                         badly=["nuk ruan orën"]),
    }})

# 5. Instamojo, 11 December 2018 - platform down after midnight, seen from a Madurai saree seller's midnight sale ---------
I.append({
    "id": "instamojo-2018-12-platform-madurai-sarees", "name": "Instamojo platform outage 11 December 2018 (IST: elevated 5xx on www.instamojo.com and api.instamojo.com/v2 between 00:19 and 01:14, all website and API requests failing; cause a periodic container-image clean-up script with incorrect logic removed the latest image, so failed containers could not auto-recover; postmortem posted 18:33 IST), seen from a Madurai handloom-saree seller running a midnight sale on Instagram with Instamojo payment links",
    "issueId": "98085", "key": "MDU-1211", "summary": "Midnight sale: Instamojo payment links fail for customers",
    "reporter": "Kavya Sundaram", "assignee": "Arun Pandian", "labels": ["instamojo", "payments", "midnight-sale"],
    "components": ["payments", "instagram-shop"], "created": c("2018-12-11 00:45", KOL), "now": "2018-12-24T06:00:00Z",
    "defaultZone": KOL, "priority": "Highest",
    "description": """Midnight sale nadakkudhu, aana customers payment link click panna error varudhu, payment aagala. Instagram DM la complaints kottudhu.

12 mani la irundhe problem-a? Jio network issue-a irukkumo. IST.""",
    "comments": [
        ("232950", "Arun Pandian", c("2018-12-11 01:05", KOL), """Jio illa: Airtel broadband la kooda instamojo.com 502 kudukkudhu, api.instamojo.com um down. Namma side edhuvum maathala. WhatsApp chat whatsapp-mdu1211.txt la irukku (IST)."""),
        ("232951", "Kavya Sundaram", c("2018-12-11 09:30", KOL), """Sale 2 AM varaikkum extend pannom. Night total 63 orders paid. 11 per DM la complaint pannanga, ellarukkum reply panniten."""),
        ("232952", "Arun Pandian", c("2018-12-11 19:10", KOL), """Instamojo post-mortem vandhuchu, cause part mattum instamojo-postmortem.txt la copy panniten."""),
        ("232953", "Meena Rajendran", c("2018-12-13 11:00", KOL), """Review (Thursday 13 Dec), IST
Start: exact-a theriyala. Last successful payment 12:16 AM, first complaint 12:27 AM; edhuku naduvula break aachu nu yarukkum theriyadhu, Instamojo copy la time illa
First knew: 12:27 AM Instagram DM
Payments thirumbi vandhadhu 1:14 AM ku (Arun test payment success)
Jio guess thappu; payment link puthusa create pannadhu waste, 12:40 la link maathinadhu onnum help pannala
Cause (Instamojo): container image clean-up script thappana logic la latest image-a delete pannidichu, containers auto-recover aagala
Actions: backup payment gateway (UPI QR) sale time la ready-a vekkanum, sale start ku munnadi test payment, Instamojo status page subscribe"""),
    ],
    "changelog": [
        ("Arun Pandian", c("2018-12-11 00:46", KOL), [("status", "Open", "In Progress")]),
        ("Kavya Sundaram", c("2018-12-11 09:31", KOL), [("status", "In Progress", "Monitoring")]),
        ("Meena Rajendran", c("2018-12-13 11:05", KOL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-mdu1211.txt", "zone": KOL, "referenceDate": "2018-12-11", "text": """
[11/12/18, 12:16 AM] Kavya Sundaram: 16 nimishathula 40 orders! last payment 12:16 ku success
[11/12/18, 12:27 AM] Kavya Sundaram: Instagram DM la oru customer: payment fail aagudhu, link open aagala nu
[11/12/18, 12:31 AM] Meena Rajendran: Jio network problem-a irukkum, en phone la kooda slow
[11/12/18, 12:40 AM] Arun Pandian: pudhu payment link create panni story la podunga
[11/12/18, 12:48 AM] Kavya Sundaram: pudhu link um error. instamojo.com ye open aagala
[11/12/18, 12:52 AM] Meena Rajendran: story pottachu: "payment issue, konjam wait pannunga, sale extend"
[11/12/18, 1:14 AM] Arun Pandian: test payment success aaiduchu! link work aagudhu
[11/12/18, 1:30 AM] Kavya Sundaram: sale 2 AM varaikkum extend pannitom, story update
"""}, {"file": "instamojo-postmortem.txt", "zone": KOL, "referenceDate": "2018-12-11", "text": """
Platform outage issue - Incident Report for Instamojo - Postmortem (excerpt, as copied)
Cause: the underlying cause for this outage was an incorrect logic in a script that runs periodically to clean up the older container images in the repository. This resulted in the latest image being unavailable for auto-recovery when some of the containers failed.
What we are changing: the lifecycle of our image repositories now retains the latest image in any case.
Posted Dec 11, 2018 - 18:33 IST
"""}],
    "expected": {
        "events": [[u("2018-12-11 00:16", KOL), ["last payment"]], [u("2018-12-11 00:27", KOL), ["payment fail", "First knew"]],
                   [u("2018-12-11 00:31", KOL), ["Jio"]], [u("2018-12-11 00:40", KOL), ["payment link"]],
                   [u("2018-12-11 00:48", KOL), ["instamojo.com"]], [u("2018-12-11 00:52", KOL), ["story"]],
                   [u("2018-12-11 01:14", KOL), ["success aaiduchu", "thirumbi"]],
                   [u("2018-12-11 01:30", KOL), ["extend"]], [u("2018-12-11 18:33", KOL), ["Posted"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2018-12-11 00:27", KOL), S, "Instagram DM la oru customer: payment fail", "whatsapp-mdu1211.txt"),
            "resolved": kt(u("2018-12-11 01:14", KOL), S, "Payments thirumbi vandhadhu 1:14 AM ku", "comment 232953")},
        "responders": [["Kavya Sundaram", None], ["Arun Pandian", None], ["Meena Rajendran", None]],
        "narrative": nar(["clean up the older container images"], ["retains the latest image"], ["MDU-1211", "api.instamojo.com"],
                         "Just after midnight on 11 December 2018 (IST) the seller's midnight-sale customers could not pay through Instamojo payment links until 1:14 AM because Instamojo's platform was down.",
                         well=["sale extend"], badly=["Jio"]),
    }})

# 6. The Plugin People, 1 August 2022 - email-to-Jira app down, seen from a Dubai travel agency's help desk --------------
I.append({
    "id": "pluginpeople-2022-08-nat-dubai-travel", "name": "The Plugin People (Enterprise Mail Handler for Jira cloud app) outage 1 August 2022 (UTC: customers affected between 08:59 and 13:10; ~08:59 the EBS volume of the app's NAT server node failed and outbound calls from all nodes stopped; 09:08 monitoring alerted on UI availability; AWS status checks showed the node healthy until 11:08; instance capacity shortage forced a new NAT node of another type; event data not processed during the outage being recovered), seen from a Dubai travel agency run by an Iranian team whose customer emails become Jira Service Management tickets through the app",
    "issueId": "98086", "key": "DXB-0801", "summary": "ایمیل مشتری‌ها تیکت نمی‌شود - JEMH",
    "reporter": "Shirin Kazemi", "assignee": "Dariush Rahimi", "labels": ["jemh", "jira", "email"],
    "components": ["helpdesk", "email-intake"], "created": c("2022-08-01 13:45", DXB), "now": "2022-08-15T08:00:00Z",
    "defaultZone": DXB, "priority": "High",
    "description": """از ظهر هیچ ایمیلی از مشتری‌ها در Jira Service Management تیکت نشده. صندوق support@ پر از ایمیل است ولی صف تیکت‌ها خالی.

از ساعت ۱ ظهر؟ شاید قانون فوروارد Outlook خراب شده. ساعت دبی.""",
    "comments": [
        ("232960", "Dariush Rahimi", c("2022-08-01 14:25", DXB), """قانون Outlook سالم است؛ ایمیل‌ها به JEMH می‌رسند ولی خود اپ کار نمی‌کند. صفحه‌ی وضعیت The Plugin People قطعی را تأیید کرده. گفت‌وگوی تلگرام در telegram-dxb0801.txt (ساعت دبی)."""),
        ("232961", "Shirin Kazemi", c("2022-08-01 18:00", DXB), """ایمیل‌های جدید از 17:10 دوباره تیکت می‌شوند. ایمیل‌های عقب‌مانده هم بعداً خودشان تیکت شدند؛ ۴۷ تیکت."""),
        ("232962", "Dariush Rahimi", c("2022-08-03 10:00", DXB), """گزارش The Plugin People منتشر شد، متنش در pluginpeople-report.txt است (UTC، همان‌طور که نوشته‌اند)."""),
        ("232963", "Parisa Ahmadi", c("2022-08-04 16:00", DXB), """بازبینی (پنجشنبه ۱۳ مرداد ۱۴۰۱ / 4 Aug)، ساعت دبی
بازه‌ی اثر برای ما: 12:59 تا 17:10 به وقت دبی، هیچ ایمیلی تیکت نشد (گزارش آن‌ها: 08:59 تا 13:10 UTC)
اولین بار که فهمیدیم: شیرین ساعت 13:35 در تلگرام
«از ساعت ۱» در توضیحات حدس بود؛ Outlook هم بی‌تقصیر بود
تیکت شدن ایمیل‌های عقب‌مانده در 17:40 پاک‌سازی بود، نه پایان اثر
علت (The Plugin People): دیسک EBS نود NAT خراب شد و همه‌ی تماس‌های خروجی اپ قطع شد؛ status check آمازون تا 11:08 UTC سالم نشان می‌داد
اقدام‌ها: هشدار وقتی ۳۰ دقیقه در ساعت کاری تیکت ایمیلی ساخته نشود، اشتراک صفحه‌ی وضعیت اپ، دستورالعمل پاسخ از صندوق مشترک"""),
    ],
    "changelog": [
        ("Dariush Rahimi", c("2022-08-01 13:46", DXB), [("status", "Open", "In Progress")]),
        ("Shirin Kazemi", c("2022-08-01 18:01", DXB), [("status", "In Progress", "Monitoring")]),
        ("Parisa Ahmadi", c("2022-08-04 16:05", DXB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "telegram-dxb0801.txt", "zone": DXB, "referenceDate": "2022-08-01", "text": """
گروه «پشتیبانی آژانس» - دوشنبه ۱۰ مرداد
[13:35] Shirin Kazemi: از ساعت یک هیچ تیکت جدیدی از ایمیل ساخته نشده، ولی صندوق support@ پر است
[13:41] Dariush Rahimi: شاید قانون فوروارد Outlook خراب شده؟ نگاه می‌کنم
[14:05] Dariush Rahimi: Outlook سالم است. صفحه‌ی وضعیت JEMH نوشته outage
[14:20] Shirin Kazemi: تا درست شود همه مستقیم از صندوق support@ جواب بدهند
[15:30] Parisa Ahmadi: مشتری رزرو مشهد زنگ زد، جواب ایمیلش را نگرفته بود
[17:10] Dariush Rahimi: ایمیل تست دوباره تیکت شد!
[17:40] Shirin Kazemi: ایمیل‌های عقب‌مانده هم تیکت شدند، ۴۷ تا
"""}, {"file": "pluginpeople-report.txt", "zone": Z, "referenceDate": "2022-08-01", "text": """
The Plugin People - incident report (UTC)
Between 08:59 and 13:10 UTC on 1st August 2022, customers experienced an outage of our app, triggered by the failure of hardware provisioned by our cloud provider (AWS).
At around 08:59 UTC, the EBS storage for the app's NAT server node failed, so it stopped processing traffic within the app's private network; outbound network calls from all app nodes began to fail.
At 09:08 UTC our monitoring system notified us of UI availability degradation.
AWS status checks for the NAT server node showed as healthy until 11:08:00 UTC, which impeded diagnosis.
Restarting the node failed because AWS lacked capacity for the instance type; a new NAT server node was created with a more available type.
We are recovering issue event data not processed during this time.
"""}],
    "expected": {
        "events": [[u("2022-08-01 08:59", Z), ["EBS", "بازه‌ی اثر"]], [u("2022-08-01 09:08", Z), ["monitoring"]],
                   [u("2022-08-01 13:35", DXB), ["تیکت", "اولین بار"]], [u("2022-08-01 13:41", DXB), ["Outlook"]],
                   [u("2022-08-01 14:05", DXB), ["JEMH"]], [u("2022-08-01 14:20", DXB), ["صندوق"]],
                   [u("2022-08-01 11:08", Z), ["status check"]], [u("2022-08-01 15:30", DXB), ["مشهد"]],
                   [u("2022-08-01 13:10", Z), ["customers experienced", "دوباره"]],
                   [u("2022-08-01 17:40", DXB), ["عقب‌مانده"]]],
        "keyTimes": {
            "started": kt(u("2022-08-01 12:59", DXB), S, "بازه‌ی اثر برای ما: 12:59 تا 17:10", "comment 232963"),
            "detected": kt(u("2022-08-01 13:35", DXB), S, "از ساعت یک هیچ تیکت جدیدی از ایمیل ساخته نشده", "telegram-dxb0801.txt"),
            "resolved": kt(u("2022-08-01 17:10", DXB), S, "بازه‌ی اثر برای ما: 12:59 تا 17:10", "comment 232963")},
        "responders": [["Shirin Kazemi", None], ["Dariush Rahimi", None], ["Parisa Ahmadi", None]],
        "narrative": nar(["EBS"], ["new NAT server node"], ["DXB-0801", "support@"],
                         "On 1 August 2022 from 12:59 to 17:10 Dubai time no customer email became a help-desk ticket because the Enterprise Mail Handler app was down after its NAT node's storage failed.",
                         badly=["Outlook"]),
    }})

# 7. Malta interconnector trip, 10 February 2023 - power cut, seen from a Naxxar pharmacy's IT support -----------------
I.append({
    "id": "malta-2023-02-interconnector-naxxar-pharmacy", "name": "Malta power cut 10 February 2023 (CET: Storm Helios week; LNG tanker put in storm mooring at 2:30 am; the Malta-Sicily interconnector tripped late Friday morning and residents across Malta and Gozo reported losing power around 11:40 am; Rabat, Naxxar, parts of Gozo and Hamrun had power back by 12:15 pm; at 1:10 pm Enemalta said the fault in Sicily was resolved and 75% of affected consumers restored; at 2:10 pm power restored across Malta; Enemalta's website temporarily offline), seen from a small IT support firm looking after a Naxxar pharmacy",
    "issueId": "98087", "key": "MLA-0210", "summary": "Spiżerija Naxxar bla dawl - POS u friġġ tal-vaċċini mitfija",
    "reporter": "Rita Camilleri", "assignee": "Jake Borg", "labels": ["power", "pharmacy", "pos"],
    "components": ["pharmacy-site", "pos"], "created": c("2023-02-10 11:50", MLA), "now": "2023-02-24T10:00:00Z",
    "defaultZone": MLA, "priority": "Highest",
    "description": """L-ispiżerija f'Naxxar bla dawl: il-POS, il-printer tar-riċetti u l-friġġ tal-vaċċini mitfija. Il-klijenti qed jistennew il-mediċini.

Forsi trip tal-breaker tagħna wara l-maltemp tal-bieraħ? Ħin ta' Malta.""",
    "comments": [
        ("232970", "Jake Borg", c("2023-02-10 12:05", MLA), """Mhux il-breaker: Triq il-Kbira kollha bla dawl, u fuq Facebook qed jgħidu li hu nationwide. Il-website tal-Enemalta offline. Chat fil-whatsapp-mla0210.txt (ħin ta' Malta)."""),
        ("232971", "Rita Camilleri", c("2023-02-10 13:00", MLA), """Kollox jaħdem. Il-friġġ laħaq 6.1°C biss, il-vaċċini OK skont il-pharmacist. 9 klijenti ħallsu cash."""),
        ("232972", "Jake Borg", c("2023-02-11 10:00", MLA), """L-aħbarijiet tal-Times of Malta u MaltaToday fil-qosor f'news-mla0210.txt (ħin ta' Malta)."""),
        ("232973", "Luke Vella", c("2023-02-14 15:00", MLA), """Reviżjoni (it-Tlieta 14 Frar), ħin ta' Malta
Mingħajr dawl: 11:40 sa 12:15, l-ispiżerija kienet mitfija (Naxxar kienet fost l-ewwel lokalitajiet li rritornalha d-dawl)
Sirna nafu: 11:40, Rita fuq WhatsApp - id-dawl mar quddiem għajnejha
Il-breaker ma kellux x'jaqsam
Il-75% ta' Enemalta fis-1:10 u "restored across Malta" fis-2:10 ma kinux għalina; aħna konna lura qabel
Il-kawża: l-interconnector bejn Malta u Sqallija "tripped"; dakinhar filgħodu t-tanker tal-LNG kien fl-istorm mooring minħabba l-maltemp
Azzjonijiet: UPS ta' 2 sigħat għall-friġġ u l-POS, termometru li jibgħat SMS 'il fuq minn 8°C, POS 4G li jaħdem bil-batterija"""),
    ],
    "changelog": [
        ("Jake Borg", c("2023-02-10 11:52", MLA), [("status", "Open", "In Progress")]),
        ("Rita Camilleri", c("2023-02-10 13:01", MLA), [("status", "In Progress", "Monitoring")]),
        ("Luke Vella", c("2023-02-14 15:05", MLA), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-mla0210.txt", "zone": MLA, "referenceDate": "2023-02-10", "text": """
[10/02/2023, 11:40] Rita Camilleri: mar id-dawl fl-ispiżerija! POS u l-friġġ tal-vaċċini mitfija
[10/02/2023, 11:44] Jake Borg: forsi trip tal-breaker? iċċekkja l-box wara l-kontatur
[10/02/2023, 11:47] Rita Camilleri: il-breakers kollha up. Triq il-Kbira kollha bla dawl
[10/02/2023, 11:52] Jake Borg: il-website tal-Enemalta mhux qed jiftaħ. fuq Facebook jgħidu Malta kollha
[10/02/2023, 12:00] Rita Camilleri: qed nieħdu cash biss, il-friġġ magħluq biex jibqa' kiesaħ
[10/02/2023, 12:15] Rita Camilleri: id-dawl lura!! grazzi lil Alla
[10/02/2023, 12:22] Jake Borg: POS u printer tar-riċetti jaħdmu, sync tal-istokk lest
[10/02/2023, 12:40] Rita Camilleri: friġġ 6.1°C, kollox sew
"""}, {"file": "news-mla0210.txt", "zone": MLA, "referenceDate": "2023-02-10", "text": """
Times of Malta, Friday 10 February (summary; times as in the article, Malta time)
Residents in towns across Malta and Gozo reported losing power at around 11:40am; Enemalta said the undersea interconnector had "tripped".
Residents in Rabat, Naxxar, parts of Gozo and Hamrun reported having electricity by 12:15pm.
At 1:10pm Enemalta said the fault on the interconnector in Sicily had been resolved and supply restored to 75% of affected consumers.
At 2:10pm a spokesperson said power had been restored across Malta.
MaltaToday (15 February): the LNG tanker was put into its storm mooring position on Friday at 2:30am during Storm Helios.
"""}],
    "expected": {
        "events": [[u("2023-02-10 02:30", MLA), ["storm mooring"]],
                   [u("2023-02-10 11:40", MLA), ["dawl", "losing power"]], [u("2023-02-10 11:44", MLA), ["breaker"]],
                   [u("2023-02-10 11:47", MLA), ["Triq il-Kbira"]], [u("2023-02-10 11:52", MLA), ["Enemalta"]],
                   [u("2023-02-10 12:00", MLA), ["cash"]], [u("2023-02-10 12:15", MLA), ["dawl lura", "Naxxar"]],
                   [u("2023-02-10 12:22", MLA), ["POS"]], [u("2023-02-10 12:40", MLA), ["friġġ"]],
                   [u("2023-02-10 13:10", MLA), ["75%"]], [u("2023-02-10 14:10", MLA), ["across Malta"]]],
        "keyTimes": {
            "started": kt(u("2023-02-10 11:40", MLA), S, "Mingħajr dawl: 11:40 sa 12:15", "comment 232973"),
            "detected": kt(u("2023-02-10 11:40", MLA), S, "mar id-dawl fl-ispiżerija!", "whatsapp-mla0210.txt"),
            "resolved": kt(u("2023-02-10 12:15", MLA), S, "Mingħajr dawl: 11:40 sa 12:15", "comment 232973")},
        "responders": [["Rita Camilleri", None], ["Jake Borg", None], ["Luke Vella", None]],
        "narrative": nar(["interconnector"], ["dawl lura"], ["MLA-0210", "Triq il-Kbira"],
                         "On 10 February 2023 from 11:40 to 12:15 Malta time the Naxxar pharmacy had no power, so its tills and vaccine fridge were off, during a nationwide cut after the Malta-Sicily interconnector tripped.",
                         well=["cash"], badly=["breaker"]),
    }})

# 8. Peach Payments, 23 March 2016 - live card processing down, seen from a Cape Town gin e-shop before Easter ------------
I.append({
    "id": "peach-2016-03-processing-capetown-gin", "name": "Peach Payments live transaction processing outage 23 March 2016 (SAST: 08:50-10:28 live transaction processing and BIP unavailable; hardware failure from a firmware bug in network switches affecting the main and secondary data centre, with difficulty switching to redundant systems; fixed by the data-centre provider's local engineers exchanging hardware on site), seen from a Cape Town craft-gin online shop on the day before the Easter weekend",
    "issueId": "98088", "key": "CPT-0323", "summary": "Card payments declining on the webshop (Peach Payments)",
    "reporter": "Lerato Mokoena", "assignee": "Pieter van der Merwe", "labels": ["peach", "checkout", "easter"],
    "components": ["webshop", "payments"], "created": c("2016-03-23 09:15", JNB), "now": "2016-04-06T08:00:00Z",
    "defaultZone": JNB, "priority": "Highest",
    "description": """Customers can't pay by card on the webshop: every card comes back declined or the payment page just spins. Easter gift orders, day before the long weekend. Eish.

Since about 9? Probably FNB's 3D Secure playing up again. SA time.""",
    "comments": [
        ("232980", "Pieter van der Merwe", c("2016-03-23 09:45", JNB), """Not 3D Secure: Visa and Mastercard from three different banks all fail, and Peach confirmed on the phone just now that live processing is down on their side. WhatsApp thread in whatsapp-cpt0323.txt (SAST)."""),
        ("232981", "Lerato Mokoena", c("2016-03-23 11:20", JNB), """Card payments working again. 6 customers paid via SnapScan / EFT in the meantime, 17 abandoned checkouts mailed."""),
        ("232982", "Pieter van der Merwe", c("2016-03-29 10:00", JNB), """Peach sent their Root Cause Analysis, pasted in peach-rca.txt (SAST)."""),
        ("232983", "Sipho Dlamini", c("2016-03-30 14:00", JNB), """Review (Wednesday 30 March), SAST
Window for us: 08:50 to 10:28 SAST, no card payment could go through (Peach's incident timeframe, same times)
First knew: customer email at 09:06 that her card was declined three times
The "about 9" in the description was a guess and FNB's 3D Secure was innocent
10:35 was our first real card order after the fix, not the end
Cause (Peach): a firmware bug in the network switches broke both data centres, and switching to the redundant systems did not work
Actions: SnapScan and EFT always shown at checkout, alert when no card payment succeeds for 15 minutes in trading hours, Peach status notices to ops@"""),
    ],
    "changelog": [
        ("Pieter van der Merwe", c("2016-03-23 09:16", JNB), [("status", "Open", "In Progress")]),
        ("Lerato Mokoena", c("2016-03-23 11:21", JNB), [("status", "In Progress", "Monitoring")]),
        ("Sipho Dlamini", c("2016-03-30 14:05", JNB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-cpt0323.txt", "zone": JNB, "referenceDate": "2016-03-23", "text": """
[2016/03/23, 09:06] Lerato Mokoena: customer mail: her card was declined three times on checkout, she wants the gin for Easter
[2016/03/23, 09:12] Pieter van der Merwe: probably FNB 3D Secure playing up again, I'll check now now
[2016/03/23, 09:25] Pieter van der Merwe: phoned Peach, live processing is down their side, no ETA
[2016/03/23, 09:40] Lerato Mokoena: SnapScan and EFT banner is up on the checkout
[2016/03/23, 09:55] Sipho Dlamini: courier cut-off for Easter delivery is 14:00 tomorrow, we're still fine
[2016/03/23, 10:28] Pieter van der Merwe: Peach says processing is back, test card went through lekker
[2016/03/23, 10:35] Lerato Mokoena: first real order paid by card
[2016/03/23, 11:00] Lerato Mokoena: mailed the 17 abandoned checkouts with a link
"""}, {"file": "peach-rca.txt", "zone": JNB, "referenceDate": "2016-03-23", "text": """
Root Cause Analysis - Mar 23 - Resolved problem with Peach Processing
Incident Type: Red - Live transaction processing unavailable
Incident Timeframe: 23rd March 2016, 08:50 - 10:28 SAST
Affected Systems: Transaction processing, BIP
Description: the issue was caused by hardware failure in the network switches which affected both the main and secondary datacenter; fixed by local engineers of the datacenter provider exchanging hardware on site.
Root cause: hardware failure due to a bug in the firmware of the switches, in combination with challenges in switching to redundant systems.
"""}],
    "expected": {
        "events": [[u("2016-03-23 08:50", JNB), ["Incident Timeframe", "Window"]],
                   [u("2016-03-23 09:06", JNB), ["declined"]], [u("2016-03-23 09:12", JNB), ["3D Secure"]],
                   [u("2016-03-23 09:25", JNB), ["phoned Peach"]], [u("2016-03-23 09:40", JNB), ["SnapScan"]],
                   [u("2016-03-23 09:55", JNB), ["courier"]],
                   [u("2016-03-23 10:28", JNB), ["processing is back", "Window"]],
                   [u("2016-03-23 10:35", JNB), ["first real"]], [u("2016-03-23 11:00", JNB), ["abandoned"]]],
        "keyTimes": {
            "started": kt(u("2016-03-23 08:50", JNB), S, "Window for us: 08:50 to 10:28 SAST", "comment 232983"),
            "detected": kt(u("2016-03-23 09:06", JNB), S, "her card was declined three times", "whatsapp-cpt0323.txt"),
            "resolved": kt(u("2016-03-23 10:28", JNB), S, "Window for us: 08:50 to 10:28 SAST", "comment 232983")},
        "responders": [["Lerato Mokoena", None], ["Pieter van der Merwe", None], ["Sipho Dlamini", None]],
        "narrative": nar(["firmware"], ["exchanging hardware"], ["CPT-0323", "3D Secure"],
                         "On 23 March 2016 from 08:50 to 10:28 SAST the shop's customers could not pay by card because Peach Payments' live processing was down.",
                         lucky=["courier cut-off"], well=["SnapScan"], badly=["FNB"]),
    }})

# 9. Servers Australia, 29 July 2021 - SYD2 core switching stack drop, seen from a Newcastle web agency ----------------
I.append({
    "id": "serversaustralia-2021-07-syd2-newcastle-agency", "name": "Servers Australia SYD2 service disruption 29 July 2021 (AEST: 12:38 engineers alerted to a flapping interconnect between Syncom SYD2 and Equinix SY1; 12:42 and 12:44 further flaps and kernel errors; 12:45 link drained; 12:50 connectivity lost to the SYD2 core switching stack; 12:52 on-site engineer investigates; 12:53 status notice; 12:55 services reachable again; 12:58 stack member confirmed dropped and rejoining; 1:05 pm all services confirmed restored; resolved posted 15:44, postmortem 15:45; emergency firmware maintenance 1-5 am 30 July), seen from a Newcastle NSW web agency hosting client sites on VPSs in SYD2",
    "issueId": "98089", "key": "SYD-0729", "summary": "All client sites in SYD2 down (Servers Australia)",
    "reporter": "Jess Nguyen", "assignee": "Mitch O'Brien", "labels": ["hosting", "serversaustralia", "uptime"],
    "components": ["hosting", "client-sites"], "created": c("2021-07-29 12:53", SYD), "now": "2021-08-12T03:00:00Z",
    "defaultZone": SYD, "priority": "High",
    "description": """Every client site on the SYD2 VPSs is timing out. Whole team WFH (lockdown), no one near the rack anyway.

Started lunchtime-ish? Reckon it's Cloudflare again. AEST.""",
    "comments": [
        ("232990", "Mitch O'Brien", c("2021-07-29 13:10", SYD), """Not Cloudflare, sites came straight back by themselves a couple of minutes later. Servers Australia had a status notice up for SYD2. Slack thread in slack-syd0729.txt (AEST)."""),
        ("232991", "Jess Nguyen", c("2021-07-29 14:00", SYD), """Two clients rang (the bakery and the physio); both sorted, emailed them a short note."""),
        ("232992", "Mitch O'Brien", c("2021-07-29 16:10", SYD), """Servers Australia posted their incident report; copy in sa-incident-report.txt (AEST, 12-hour as they wrote it). Emergency firmware maintenance tonight 1-5 am."""),
        ("232993", "Bec Harrison", c("2021-08-02 11:00", SYD), """Review (Monday 2 August), AEST
Our sites were down 12:50 to 12:55 AEST (SA lost the SYD2 core switching stack at 12:50, services reachable 12:55)
First knew: UptimeRobot alert in Slack at 12:51
SA's 12:38 interconnect alerts were their precursor, nothing failed for us then
Their 1:05 pm "all services confirmed" and the 15:44 resolved post are later than our end; the Cloudflare guess was wrong
Cause (SA): a member of the SYD2 core switching stack dropped out of the topology with kernel errors, then rejoined after an automatic reload
Actions: second VPS for the three biggest clients in another SA site, UptimeRobot alerts to SMS as well as Slack, subscribe to status.mysau.com.au"""),
    ],
    "changelog": [
        ("Mitch O'Brien", c("2021-07-29 12:54", SYD), [("status", "Open", "In Progress")]),
        ("Mitch O'Brien", c("2021-07-29 13:11", SYD), [("status", "In Progress", "Monitoring")]),
        ("Bec Harrison", c("2021-08-02 11:05", SYD), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-syd0729.txt", "zone": SYD, "referenceDate": "2021-07-29", "text": """
#ops  Thu 29 Jul
[12:51] UptimeRobot: Monitor is DOWN: clientsite-bakery (Connection Timeout) + 13 others
[12:52] Mitch O'Brien: Cloudflare having a moment again?
[12:54] Jess Nguyen: Servers Australia status page has a SYD2 disruption notice up
[12:55] UptimeRobot: Monitor is UP: clientsite-bakery + 13 others
[13:02] Mitch O'Brien: all 14 client sites responding, good as gold
[13:20] Jess Nguyen: emailed the bakery and the physio, they're happy
"""}, {"file": "sa-incident-report.txt", "zone": SYD, "referenceDate": "2021-07-29", "text": """
Service Disruption - SYD2 Services - Incident Report for Servers Australia
Timeline of Events
12:38 PM - Engineers receive alerts of flapping interconnect between the Syncom SYD2 & Equinix SY1 facility
12:42 PM - Same interface flaps for a second time
12:44 PM - Same interface flaps for a third time and kernel error messages flood logs
12:45 PM - Engineers drain the flapping link to move production traffic to a redundant link
12:50 PM - Connectivity lost to Core Switching Stack in Syncom SYD2
12:52 PM - On-site engineer investigates further
12:53 PM - Status notice raised on our status page, informing clients
12:55 PM - Services come back to a reachable state
12:58 PM - On-site engineer confirms that one stack member appeared to have dropped and was coming back online
01:05 PM - All services confirmed to have restored back to an operational state
Emergency maintenance between 1 AM & 5 AM on 30th of July 2021 to upgrade the Core Switching Stack firmware.
Resolved: Posted Jul 29, 2021 - 15:44 AEST
Post-mortem: Posted Jul 29, 2021 - 15:45 AEST
"""}],
    "expected": {
        "events": [[u("2021-07-29 12:38", SYD), ["flapping interconnect", "precursor"]],
                   [u("2021-07-29 12:45", SYD), ["drain"]],
                   [u("2021-07-29 12:50", SYD), ["Connectivity lost", "down"]],
                   [u("2021-07-29 12:51", SYD), ["UptimeRobot"]], [u("2021-07-29 12:52", SYD), ["Cloudflare", "On-site"]],
                   [u("2021-07-29 12:53", SYD), ["Status notice"]], [u("2021-07-29 12:54", SYD), ["status page"]],
                   [u("2021-07-29 12:55", SYD), ["reachable", "Monitor is UP"]],
                   [u("2021-07-29 12:58", SYD), ["stack member"]],
                   [u("2021-07-29 13:05", SYD), ["All services confirmed"]],
                   [u("2021-07-29 13:02", SYD), ["14 client sites"]], [u("2021-07-29 15:45", SYD), ["Post-mortem"]]],
        "keyTimes": {
            "started": kt(u("2021-07-29 12:50", SYD), S, "Our sites were down 12:50 to 12:55 AEST", "comment 232993"),
            "detected": kt(u("2021-07-29 12:51", SYD), S, "Monitor is DOWN: clientsite-bakery", "slack-syd0729.txt"),
            "resolved": kt(u("2021-07-29 12:55", SYD), S, "Our sites were down 12:50 to 12:55 AEST", "comment 232993")},
        "responders": [["Jess Nguyen", None], ["Mitch O'Brien", None], ["Bec Harrison", None]],
        "narrative": nar(["stack member"], ["automatic reload"], ["SYD-0729", "clientsite-bakery"],
                         "On 29 July 2021 from 12:50 to 12:55 AEST every client site the agency hosts in Servers Australia's SYD2 was unreachable while SYD2's core switching stack dropped out.",
                         well=["UptimeRobot"], badly=["Cloudflare"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

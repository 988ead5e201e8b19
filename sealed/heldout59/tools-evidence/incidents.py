"""Held-out 59 incidents: compact specs. Ten public incidents (odd years only) seen from small customers, each written in
the language of the people who lived through it: IPLogin's Calgary phone-system incident of 27 February 2019 seen from a
Calgary Korean travel agency (Korean KakaoTalk); Banked's payments API and checkout outage of 28 July 2023 seen from a
west-London Persian delicatessen (Persian Signal); Cool Telecom's Denver POP voice incident of 22 September 2021 seen from
a Denver-area Thai restaurant (Thai e-mail thread and meeting note); Render's Ohio DNS failure of 1 March 2023 seen from a
Nairobi start-up (Kenyan English Slack, Opsgenie payload); Dixa's degraded service of 1 July 2025 seen from a Zagreb
support team (Croatian Teams); Onfido's EU webhook latency of 9 October 2025 seen from a Vilnius payments start-up
(Lithuanian Slack, log lines); Inspira Technology Group's hosted-voice outage of 19 January 2021 seen from a Letterkenny
recruitment agency (Irish English e-mail); VTEX's Payments Gateway errors of 2 July 2021 seen from a Buenos Aires yerba
shop (Argentine Spanish WhatsApp); GitHub's notification delays of 29 April 2025 seen from a Taipei app studio
(Taiwanese Mandarin, traditional characters, Slack); VTEX's partial order degradation of 9 August 2023 seen from a
Krakow cosmetics brand (Polish Slack, PagerDuty payload, meeting note).
Timeline facts from public statements (SOURCES-heldout59.md); people, companies, ticket keys, chat wording, wrong first
guesses and the customer-side minutes are made up and never contradict the published timelines."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2019-02-27 13:41' in zone -> '2019-02-27T20:41' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


EDM, LON, DEN, CHI, NBO = "America/Edmonton", "Europe/London", "America/Denver", "America/Chicago", "Africa/Nairobi"
ZAG, VNO, DUB, BUE, TPE = "Europe/Zagreb", "Europe/Vilnius", "Europe/Dublin", "America/Argentina/Buenos_Aires", "Asia/Taipei"
WAW, Z = "Europe/Warsaw", "UTC"

I = []

# 1. IPLogin, 27 February 2019 - Calgary softswitch, seen from a Calgary Korean travel agency (Korean KakaoTalk) --------
I.append({
    "id": "iplogin-2019-02-calgary-sip-korean-travel", "name": "IPLogin phone system incident 27 February 2019 (post-mortem, Mountain Standard Time: 1:30pm abnormally low call volume noticed; 1:33pm Calgary failing to process calls and registrations, escalated to the softswitch vendor; 1:34pm SIP 503 redirect to Ottawa and Vancouver; 1:56pm core reboot on Calgary; 2:09pm failing again; 2:10pm second core restart, 503 left in place; SIP trunks, softphones and manually configured devices could not fail over; 2:15pm reaching out to customers whose phones lack DNS-SRV; 2:50pm some SIP trunks found not configured to fail over; 3:00pm SIP over TLS found to be the culprit, TLS processing disabled on Calgary; 3:03pm solution for SIP trunks without failover, partners contacted), seen from a Calgary Korean travel agency whose office numbers ride on a SIP trunk",
    "issueId": "98170", "key": "HBT-0227", "summary": "사무실 전화 인바운드/아웃바운드 전부 안됨 (IPLogin) / office phones dead",
    "reporter": "박지현", "assignee": "김도윤", "labels": ["iplogin", "voip", "sip-trunk"],
    "components": ["office-phones"], "created": c("2019-02-27 14:30", EDM), "now": "2019-03-12T18:00:00Z",
    "defaultZone": EDM, "priority": "High",
    "description": """사무실 전화가 인바운드 아웃바운드 다 안 됩니다. 고객님들이 사무실 번호로 전화하면 안 걸린다고 카톡으로 연락 옴.

인터넷은 정상. 공유기 재부팅 해봤는데 똑같음. 언제부터 안 됐는지는 모르겠음 ㅠ 오늘 오후 밴쿠버 단체(12명) 확정 전화 기다리는 중이라 급해요.

시간은 전부 캘거리 시간.""",
    "comments": [
        ("239000", "김도윤", c("2019-02-27 14:45", EDM), """IPLogin 지원팀이랑 통화함. 캘거리 서버(Calgary core) 장애라고 함. DNS-SRV 되는 전화기는 오타와/밴쿠버로 자동으로 넘어가는데 우리는 SIP 트렁크라서 안 넘어간다고. 카톡 내용은 h59kr-kakao-hbt0227.txt 에 저장 (캘거리 시간)."""),
        ("239001", "김도윤", c("2019-02-27 15:20", EDM), """전화 돌아옴. 인바운드/아웃바운드 테스트콜 OK. 일단 모니터링."""),
        ("239002", "김도윤", c("2019-03-01 09:30", EDM), """IPLogin 포스트모템이 status.iplogin.ca 에 올라옴. 복사해서 h59kr-iplogin-pm.txt 에 붙임 (원문 MST 그대로, 뒷부분은 잘림)."""),
        ("239003", "최민호", c("2019-03-04 11:00", EDM), """정리 (캘거리 시간, MST)
시작: 모름. 마지막으로 정상 통화한 기록은 오전 중이고, 포스트모템의 1:30pm은 IPLogin이 "통화량이 이상하게 적다"는 걸 발견한 시각이지 우리 전화가 죽은 시각이 아님. 정확히 언제부터 안 됐는지는 아무도 모름.
처음 안 시점: 1:41 고객 카톡 (박지현 대리가 단톡방에 공유).
복구: 3:12 김도윤 테스트콜 인바운드/아웃바운드 OK.
처음엔 공유기 문제인 줄 알았는데 아님. 원인은 IPLogin 캘거리 코어의 SIP over TLS 문제, 그리고 우리 SIP 트렁크에 페일오버 설정이 없었던 것.
밴쿠버 단체 건은 이수진 씨 핸드폰으로 확정 받아서 살았음.
액션: IPLogin에 SIP 트렁크 페일오버(오타와) 설정 요청 / 대표번호 착신전환 번호 등록 / 장애 때 고객 안내용 카톡 템플릿."""),
    ],
    "changelog": [
        ("김도윤", c("2019-02-27 14:32", EDM), [("status", "Open", "In Progress")]),
        ("김도윤", c("2019-02-27 15:21", EDM), [("status", "In Progress", "Monitoring")]),
        ("최민호", c("2019-03-04 11:05", EDM), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59kr-kakao-hbt0227.txt", "zone": EDM, "referenceDate": "2019-02-27", "text": """
한빛여행 사무실 님과 카카오톡 대화
저장한 날짜 : 2019. 3. 1. 오전 9:20

2019년 2월 27일 수요일
2019. 2. 27. 오전 11:48, 이수진 : 밴쿠버 단체 12명 오늘 오후에 확정 전화 준대요
2019. 2. 27. 오후 1:41, 박지현 : 고객님이 카톡으로 연락왔어요 ㅠ 사무실 번호로 전화하면 계속 안 걸린대요
2019. 2. 27. 오후 1:44, 김도윤 : 저도 방금 밖으로 걸어봤는데 바로 끊겨요
2019. 2. 27. 오후 1:47, 김도윤 : 인터넷은 되는데.. 공유기 문제인가? 재부팅 해볼게요
2019. 2. 27. 오후 1:58, 김도윤 : 재부팅 했는데 똑같음 ㅜ 전화만 안됨
2019. 2. 27. 오후 2:05, 이수진 : 밴쿠버 단체 고객님들한테 제 핸드폰 번호 카톡으로 돌렸어요
2019. 2. 27. 오후 2:21, 김도윤 : IPLogin 지원팀이랑 통화됨. 캘거리 서버 장애래요. 자동으로 넘어가는 전화기는 오타와로 갔는데 우리 건 아직 확인 중이라고
2019. 2. 27. 오후 2:40, 박지현 : 아직도 안 걸려요 ㅠ
2019. 2. 27. 오후 3:12, 김도윤 : 전화 돌아왔어요!! 인바운드 아웃바운드 테스트콜 둘 다 OK
2019. 2. 27. 오후 3:16, 이수진 : 다행 ㅠㅠ 밴쿠버 건도 방금 확정 받았어요
"""}, {"file": "h59kr-iplogin-pm.txt", "zone": EDM, "referenceDate": "2019-02-27", "text": """
status.iplogin.ca - Incident impacting Phone System - Post-Mortem February 27, 2019 (복사: 도윤, 3/1)
(all times in Mountain Standard Time)
1:30pm - team noticed call volume was abnormally low and started investigating
1:33pm - found that Calgary was having trouble processing calls and registrations from devices; escalated to the softswitch vendor while the core logs were checked
1:34pm - tried to redirect all traffic to the Ottawa and Vancouver servers with a SIP 503 redirect
1:56pm - at the softswitch vendor's request, a core reboot was done on Calgary to restore services
2:09pm - Calgary stayed stable for a few minutes, then started to fail processing calls again
2:10pm - second core restart; the 503 was left in place pending the vendor's engineering team
   most endpoints failed over to Ottawa or Vancouver; SIP trunks, softphones, manually configured devices and paging devices could not fail over and were offline
2:15pm - started reaching out to customers with phones that do not support DNS-SRV for failover
2:50pm - found that some SIP trunks were not configured properly to fail over; working on a solution for out-of-service trunks
3:00pm - SIP over TLS found to be the culprit for calls and registrations not processing; TLS processing disabled on Calgary, testing
3:03pm - once a solution was found for SIP trunks without failover, reached out to partn... (페이지 여기서 잘림)
"""}],
    "expected": {
        "events": [[u("2019-02-27 13:30", EDM), ["call volume"]], [u("2019-02-27 13:33", EDM), ["Calgary"]],
                   [u("2019-02-27 13:34", EDM), ["503"]], [u("2019-02-27 13:41", EDM), ["안 걸린대요"]],
                   [u("2019-02-27 13:44", EDM), ["끊겨요"]], [u("2019-02-27 13:47", EDM), ["공유기"]],
                   [u("2019-02-27 13:56", EDM), ["core reboot"]], [u("2019-02-27 13:58", EDM), ["재부팅"]],
                   [u("2019-02-27 14:05", EDM), ["핸드폰"]], [u("2019-02-27 14:09", EDM), ["fail"]],
                   [u("2019-02-27 14:10", EDM), ["second core restart"]], [u("2019-02-27 14:15", EDM), ["DNS-SRV"]],
                   [u("2019-02-27 14:21", EDM), ["IPLogin"]], [u("2019-02-27 14:50", EDM), ["SIP trunks"]],
                   [u("2019-02-27 15:00", EDM), ["SIP over TLS"]], [u("2019-02-27 15:03", EDM), ["SIP trunks without failover"]],
                   [u("2019-02-27 15:12", EDM), ["돌아왔어요"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2019-02-27 13:41", EDM), S, "사무실 번호로 전화하면 계속 안 걸린대요", "h59kr-kakao-hbt0227.txt"),
            "resolved": kt(u("2019-02-27 15:12", EDM), S, "전화 돌아왔어요!!", "h59kr-kakao-hbt0227.txt")},
        "responders": [["박지현", None], ["김도윤", None], ["이수진", None], ["최민호", None]],
        "narrative": nar(["SIP over TLS"], ["TLS processing disabled"], ["HBT-0227", "한빛여행"],
                         "On 27 February 2019 the Calgary travel agency's office numbers could neither make nor take calls until 3:12pm MST (start unknown, first noticed 1:41pm); a group booking was saved over a staff mobile.",
                         lucky=["핸드폰"], well=["카톡"], badly=["페일오버 설정이 없었던"]),
    }})

# 2. Banked, 28 July 2023 - payments API and checkout outage, seen from a west-London Persian deli (Persian Signal) ----
I.append({
    "id": "banked-2023-07-paybybank-london-persian-deli", "name": "Banked payments API and checkout outage 28 July 2023 (postmortem: between 9:38 and 10:35 UTC most attempts to create payments failed; a platform upgrade to the clusters caused a failure in a core component and on-call ran a recovery process; status page: investigating 09:44, identified 10:03, update 10:32, monitoring 10:36, resolved 11:01 UTC; postmortem posted 31 July 15:27 UTC), seen from a west-London Persian delicatessen whose web shop offers pay-by-bank through Banked",
    "issueId": "98171", "key": "SPD-0728", "summary": "پرداخت بانکی (Banked) توی سایت کار نمی‌کنه / pay-by-bank failing at checkout",
    "reporter": "نیلوفر رضایی", "assignee": "آرش کریمی", "labels": ["banked", "checkout", "woocommerce"],
    "components": ["webshop", "payments"], "created": c("2023-07-28 11:03", LON), "now": "2023-08-10T12:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """پرداخت «Pay by bank» توی سایت خطا می‌ده، مشتری‌ها از اینستاگرام پیام می‌دن که سفارششون ثبت نمی‌شه. جمعه‌ست و سفارش‌های آخر هفته (گز، زعفرون، نون بربری) همین الان میاد.

شاید بخاطر آپدیت افزونه‌ی ووکامرس دیشب باشه؟ ساعت‌ها به وقت لندن.""",
    "comments": [
        ("239004", "آرش کریمی", c("2023-07-28 11:20", LON), """افزونه رو برگردوندم نسخه قبلی، فرقی نکرد. صفحه وضعیت Banked حادثه زده (performance degradation to the API and checkout). پرداخت بانکی رو موقتاً از صفحه پرداخت برداشتم، فقط کارت. چت سیگنال: h59fa-signal-spd0728.txt"""),
        ("239005", "نیلوفر رضایی", c("2023-07-28 12:10", LON), """پرداخت بانکی دوباره کار می‌کنه، دوباره فعالش کردیم. سه تا از مشتری‌های اینستا با کارت پرداخت کردن."""),
        ("239006", "آرش کریمی", c("2023-07-31 17:00", LON), """Banked پست‌مورتم گذاشت، کپی‌ش توی h59fa-banked-status.txt (به وقت UTC)."""),
        ("239007", "مریم احمدی", c("2023-08-02 10:30", LON), """جمع‌بندی (وقت لندن، BST = UTC+1)
قطعی پرداخت بانکی برای ما: 10:38 تا 11:35 (Banked: 9:38 تا 10:35 UTC).
اولین خبر: پیام مشتری توی اینستاگرام که آرش توی گروه سیگنال گذاشت.
حدس اول (آپدیت افزونه ووکامرس) اشتباه بود.
تست نیلوفر ساعت 11:41 موفق شد ولی این فقط وقتیه که ما امتحان کردیم؛ خود مشکل 11:35 تموم شده بود. «resolved» صفحه وضعیت Banked هم 11:01 UTC بوده، یعنی بعد از پایان مشکل.
علت (Banked): ارتقای پلتفرم روی کلاسترها یکی از اجزای اصلی رو از کار انداخت.
۷ سفارش از دست رفت، ۴ تاش بعداً با کارت پرداخت شد. خوب شد که دکمه کارت رو داشتیم.
اقدامات: مانیتور ساده برای خطای پرداخت بانکی؛ عضویت در صفحه وضعیت Banked؛ پرداخت کارتی همیشه فعال بمونه."""),
    ],
    "changelog": [
        ("آرش کریمی", c("2023-07-28 11:04", LON), [("status", "Open", "In Progress")]),
        ("نیلوفر رضایی", c("2023-07-28 12:11", LON), [("status", "In Progress", "Monitoring")]),
        ("مریم احمدی", c("2023-08-02 10:35", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59fa-signal-spd0728.txt", "zone": LON, "referenceDate": "2023-07-28", "text": """
Signal — گروه «سپیدار - سایت»
[28/07/2023, 10:21] نیلوفر رضایی: از صبح ۱۴ تا سفارش، همه چی خوبه 👍
[28/07/2023, 10:49] آرش کریمی: مشتری توی اینستا نوشته «پرداخت بانکی خطا میده، سفارشم ثبت نشد»
[28/07/2023, 10:51] نیلوفر رضایی: منم الان امتحان کردم، بعد از انتخاب بانک صفحه‌ی Banked ارور میده
[28/07/2023, 10:55] آرش کریمی: شاید بخاطر آپدیت افزونه ووکامرس دیشبه، برمی‌گردونمش
[28/07/2023, 11:02] آرش کریمی: برگردوندم، هنوز خرابه. صفحه وضعیت Banked: investigating
[28/07/2023, 11:05] آرش کریمی: پرداخت بانکی رو از صفحه پرداخت برداشتم، فعلاً فقط کارت
[28/07/2023, 11:06] مریم احمدی: باشه. به مشتری‌های اینستا بگید با کارت پرداخت کنن، عذرخواهی هم بکنید
[28/07/2023, 11:41] نیلوفر رضایی: یه پرداخت بانکی تستی زدم (۱ پوند)، رفت!
[28/07/2023, 11:44] آرش کریمی: دوباره فعالش کردم
"""}, {"file": "h59fa-banked-status.txt", "zone": Z, "referenceDate": "2023-07-28", "text": """
Banked status - API and Checkout (copied by Arash on 31 Jul; times UTC)
investigating - Jul 28, 2023, 09:44 AM UTC - performance degradation to the API and checkout service, investigating
identified - Jul 28, 2023, 10:03 AM UTC - issue identified, fix being implemented
identified - Jul 28, 2023, 10:32 AM UTC - still working on a fix
monitoring - Jul 28, 2023, 10:36 AM UTC - fix implemented, monitoring the results
resolved - Jul 28, 2023, 11:01 AM UTC - incident resolved
postmortem - Jul 31, 2023, 3:27 PM UTC
  On July 28th 2023 between 9:38 - 10:35 UTC Banked had an outage in the payments API and checkout; most attempts to create payments failed.
  It happened during a platform upgrade to our clusters that caused a failure in one of our core components; on-call started a recovery process to return the system to a healthy state.
"""}],
    "expected": {
        "events": [[u("2023-07-28 09:38", Z), ["between"]], [u("2023-07-28 09:44", Z), ["investigating"]],
                   [u("2023-07-28 10:49", LON), ["اینستا"]], [u("2023-07-28 10:51", LON), ["ارور"]],
                   [u("2023-07-28 10:55", LON), ["افزونه"]], [u("2023-07-28 11:02", LON), ["investigating"]],
                   [u("2023-07-28 10:03", Z), ["identified"]], [u("2023-07-28 11:05", LON), ["فقط کارت"]],
                   [u("2023-07-28 10:32", Z), ["still working"]], [u("2023-07-28 10:35", Z), ["between"]],
                   [u("2023-07-28 10:36", Z), ["monitoring"]], [u("2023-07-28 11:41", LON), ["تستی"]],
                   [u("2023-07-28 11:01", Z), ["resolved"]], [u("2023-07-31 15:27", Z), ["postmortem"]]],
        "keyTimes": {
            "started": kt(u("2023-07-28 10:38", LON), S, "قطعی پرداخت بانکی برای ما: 10:38 تا 11:35", "comment 239007"),
            "detected": kt(u("2023-07-28 10:49", LON), S, "مشتری توی اینستا نوشته", "h59fa-signal-spd0728.txt"),
            "resolved": kt(u("2023-07-28 11:35", LON), S, "قطعی پرداخت بانکی برای ما: 10:38 تا 11:35", "comment 239007")},
        "responders": [["نیلوفر رضایی", None], ["آرش کریمی", None], ["مریم احمدی", "incident commander"]],
        "narrative": nar(["platform upgrade"], ["recovery process"], ["SPD-0728", "سپیدار"],
                         "On 28 July 2023 from 10:38 to 11:35 London time the deli's pay-by-bank option failed at checkout; seven orders were lost, four later paid by card.",
                         lucky=["دکمه کارت"], well=["فقط کارت"], badly=["افزونه ووکامرس"]),
    }})

# 3. Cool Telecom, 22 September 2021 - Denver POP loop, seen from a Denver-area Thai restaurant (Thai e-mail) -----------
I.append({
    "id": "cooltelecom-2021-09-denver-pop-thai-restaurant", "name": "Cool Telecom inbound/outbound service impact 22 September 2021 (postmortem posted 24 Sep 14:41 CDT: at 10:47 AM Central an issue at upstream voice provider Inteliquent impacted some customers and call flows transiting the Denver POP, router protocols flapping; 11:40 AM a loop was found and one router of the pair turned down, restoring much of the service; call processing on a couple of voice network elements was corrupted and they were switched to their redundant sides between 12:32 and 12:34 CT, after which call flows stabilised and all services were restored; the loop came from a previously used port assigned again during an atypical migration and never physically removed), seen from a two-branch Thai restaurant in the Denver area whose phone orders run on Cool Telecom",
    "issueId": "98172", "key": "BSK-0922", "summary": "โทรศัพท์ร้านโทรเข้า-ออกไม่ได้ทั้งสองสาขา / phone lines down at both branches (Cool Telecom)",
    "reporter": "นภา ศรีสุข", "assignee": "กิตติ ชัยพร", "labels": ["cooltelecom", "phones", "restaurant"],
    "components": ["phone-orders", "denver", "aurora"], "created": c("2021-09-22 10:20", DEN), "now": "2021-10-06T18:00:00Z",
    "defaultZone": DEN, "priority": "High",
    "description": """โทรศัพท์ร้านทั้งสองสาขา (Denver กับ Aurora) โทรเข้าโทรออกไม่ได้ ลูกค้าโทรสั่งอาหารกลางวันไม่ติด โทรไปแล้วเงียบหรือตัดสาย

เน็ตในร้านใช้ได้ปกติ POS ก็ใช้ได้ เป็นแค่โทรศัพท์ เดาว่าเป็นเพราะเมื่อวานช่างมาเปลี่ยนเราเตอร์ที่สาขา Aurora? เวลาเป็นเวลา Denver""",
    "comments": [
        ("239008", "กิตติ ชัยพร", c("2021-09-22 10:40", DEN), """ไม่ใช่เราเตอร์ครับ สาขา Denver ไม่ได้เปลี่ยนอะไรเลยก็เป็นเหมือนกัน Cool Telecom แจ้งว่าผู้ให้บริการต้นทางมีปัญหาที่ Denver POP อีเมลที่คุยกันอยู่ใน h59th-email-bsk0922.txt"""),
        ("239009", "นภา ศรีสุข", c("2021-09-22 14:10", DEN), """บ่ายสองลองโทรเข้าร้านจากมือถือ ติดแล้วทั้งสองสาขา ลองสั่งทดสอบได้ค่ะ"""),
        ("239010", "กิตติ ชัยพร", c("2021-09-24 16:30", DEN), """Cool Telecom ส่ง postmortem มาแล้ว ก๊อปไว้ใน h59th-cooltelecom-rfo.txt (เวลา Central ตามต้นฉบับ เร็วกว่าเรา 1 ชม.)"""),
        ("239011", "สมชาย วงศ์ใหญ่", c("2021-09-27 15:00", DEN), """## บันทึกประชุมร้าน จันทร์ 27 ก.ย. 2564 (เวลา Denver)
- โทรศัพท์ล่มตั้งแต่ 9:47 (10:47 CT ตามรายงาน Cool Telecom) ดูจาก call log: สายเข้าสุดท้ายที่สำเร็จ 9:44
- รู้ครั้งแรก: ลูกค้าทักเพจ Facebook มาว่าโทรไม่ติด (นภาส่งอีเมลบอกทุกคน)
- กลับมาใช้ได้กี่โมงไม่มีใครรู้ ช่วงเที่ยงยุ่งมากไม่มีใครลองโทร Cool Telecom บอกว่าตอน 11:40 CT บริการกลับมาเยอะแล้ว และสลับอุปกรณ์เสร็จช่วง 12:32-12:34 CT แต่สายของร้านเรากลับมาตอนไหนไม่รู้ นภาลองโทรตอนบ่ายสองก็ติดแล้ว
- เรื่องเราเตอร์ที่ Aurora ไม่เกี่ยว
- สาเหตุ (Cool Telecom/Inteliquent): loop ระหว่างเราเตอร์สองตัวที่ Denver POP เพราะพอร์ตเก่าไม่ได้ถอดออก
- ขาดออเดอร์โทรมื้อกลางวันประมาณ 30 ออเดอร์ โชคดีที่ลูกค้าหลายคนสั่งผ่านแชทเพจกับ DoorDash แทน
- สิ่งที่จะทำ: ตั้งโอนสายไปมือถือผู้จัดการอัตโนมัติเวลาสายล่ม / โพสต์หน้าเพจทันทีเมื่อโทรศัพท์มีปัญหา / ถาม Cool Telecom เรื่องเส้นทางสำรองที่ไม่ผ่าน Denver POP อย่างเดียว"""),
    ],
    "changelog": [
        ("กิตติ ชัยพร", c("2021-09-22 10:22", DEN), [("status", "Open", "In Progress")]),
        ("นภา ศรีสุข", c("2021-09-22 14:12", DEN), [("status", "In Progress", "Monitoring")]),
        ("สมชาย วงศ์ใหญ่", c("2021-09-27 15:05", DEN), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59th-email-bsk0922.txt", "zone": DEN, "referenceDate": "2021-09-22", "text": """
---------- ข้อความที่ส่งต่อ ---------
เรื่อง: Re: โทรศัพท์ร้านเสีย!!

เมื่อ พ. 22 ก.ย. 2021 เวลา 10:05 นภา ศรีสุข <napa@baansukhumvit-co.com> เขียนว่า:
ลูกค้าทักเพจมาตอน 10:02 ว่าโทรเข้าร้านไม่ติด พี่ลองโทรจากมือถือเข้าสาขา Aurora ก็เงียบ สาขา Denver ก็เหมือนกัน

เมื่อ พ. 22 ก.ย. 2021 เวลา 10:14 กิตติ ชัยพร <kitti.c@baansukhumvit-co.com> เขียนว่า:
เมื่อวานช่างเพิ่งเปลี่ยนเราเตอร์ที่ Aurora อาจจะเป็นเพราะอันนั้น เดี๋ยวผมรีสตาร์ทดูครับ

เมื่อ พ. 22 ก.ย. 2021 เวลา 10:31 กิตติ ชัยพร <kitti.c@baansukhumvit-co.com> เขียนว่า:
รีสตาร์ทแล้วไม่หาย สาขา Denver ไม่ได้เปลี่ยนเราเตอร์ก็เป็น แปลว่าไม่ใช่เราเตอร์ครับ โทรหา Cool Telecom (ใช้มือถือ) เขาบอกว่า upstream provider มีปัญหาที่ Denver POP กำลังแก้

เมื่อ พ. 22 ก.ย. 2021 เวลา 10:38 สมชาย วงศ์ใหญ่ <somchai@baansukhumvit-co.com> เขียนว่า:
โพสต์หน้าเพจให้ลูกค้าสั่งทาง DoorDash หรือทักแชทเพจแทนนะ พิมพ์ชนกช่วยตอบแชทด้วย

เมื่อ พ. 22 ก.ย. 2021 เวลา 11:52 พิมพ์ชนก แก้วมณี <pim@baansukhumvit-co.com> เขียนว่า:
แชทเพจเข้ามา 17 ออเดอร์แล้วค่ะ ยุ่งมาก ยังไม่มีใครว่างลองโทรศัพท์เลย
"""}, {"file": "h59th-cooltelecom-rfo.txt", "zone": CHI, "referenceDate": "2021-09-22", "text": """
Cool Telecom - Inbound/Outbound Service Impact - Postmortem (forwarded by Cool Telecom support; Central time)
Event summary: At 10:47 AM Central on September 22nd, Inteliquent (one of our upstream voice providers) had an issue that impacted some customers and call flows transiting our Denver POP. Routers were flapping protocols badly, which also made consistent access to them for diagnosis difficult.
At 11:40 AM the engineers determined there was a loop and turned down one of the routers in the pair; this stabilised local transit and restored much of the impacted service.
Some call failures through Denver continued: call processing logic on a couple of voice network elements had been corrupted by the routing instability, and they were switched over to their redundant sides between 12:32 and 12:34 CT. After that call flows stabilised and all services were restored.
Reason for outage: a loop between two edge routers in the Denver POP, created during new activation work - a port that had previously been used for a router-to-router connection was assigned again and had never been physically removed (records and assignment error during an atypical migration).
Posted Sep 24, 2021 - 14:41 CDT
"""}],
    "expected": {
        "events": [[u("2021-09-22 09:44", DEN), ["สายเข้าสุดท้าย"]], [u("2021-09-22 10:47", CHI), ["Inteliquent"]],
                   [u("2021-09-22 10:02", DEN), ["ทักเพจ"]], [u("2021-09-22 10:14", DEN), ["เราเตอร์"]],
                   [u("2021-09-22 10:31", DEN), ["Cool Telecom"]], [u("2021-09-22 10:38", DEN), ["DoorDash"]],
                   [u("2021-09-22 11:40", CHI), ["loop"]], [u("2021-09-22 12:32", CHI), ["switched over"]],
                   [u("2021-09-22 12:34", CHI), ["switched over"]], [u("2021-09-22 11:52", DEN), ["แชทเพจ"]],
                   [u("2021-09-24 14:41", CHI), ["Posted"]]],
        "keyTimes": {
            "started": kt(u("2021-09-22 09:47", DEN), S, "โทรศัพท์ล่มตั้งแต่ 9:47", "comment 239011"),
            "detected": kt(u("2021-09-22 10:02", DEN), S, "ลูกค้าทักเพจมาตอน 10:02", "h59th-email-bsk0922.txt"),
            "resolved": kt(None, U)},
        "responders": [["นภา ศรีสุข", None], ["กิตติ ชัยพร", None], ["สมชาย วงศ์ใหญ่", None], ["พิมพ์ชนก แก้วมณี", None]],
        "narrative": nar(["loop"], ["redundant sides"], ["BSK-0922", "baansukhumvit"],
                         "On 22 September 2021 from 9:47 Denver time both branches of the Thai restaurant could not take phone orders over the lunch rush; about 30 phone orders were lost; when the lines came back is not known.",
                         lucky=["แชทเพจ"], well=["DoorDash"], badly=["ไม่มีใครลองโทร"]),
    }})

# 4. Render, 1 March 2023 - Ohio DNS failure, seen from a Nairobi start-up (Kenyan English Slack, Opsgenie) -----------
I.append({
    "id": "render-2023-03-ohio-dns-nairobi-duka-orders", "name": "Render DNS lookup failures in the Ohio region 1 March 2023 (write-up: an upgrade of critical infrastructure in Ohio overwrote the region's DNS settings and reverted the resources available to the DNS servers, which crash-looped on restart with an empty cache; DNS lookups failed for all services in the region and internal components cascaded; the affected servers were updated 18 minutes later; impact 17:50-18:08 UTC), seen from a Nairobi start-up whose duka ordering API runs on Render in Ohio",
    "issueId": "98173", "key": "DKP-0301", "summary": "API down - orders from dukas failing, every service 5xx (Render Ohio?)",
    "reporter": "Wanjiru Kamau", "assignee": "Otieno Ochieng", "labels": ["render", "dns", "api"],
    "components": ["orders-api", "mpesa"], "created": c("2023-03-01 21:00", NBO), "now": "2023-03-15T09:00:00Z",
    "defaultZone": NBO, "priority": "Highest",
    "description": """Opsgenie paged me (I was still up anyway) - api.dukapap.co.ke health check failing, every service throwing 5xx, workers can't reach Postgres. Dukas can't place orders from the app, agents are calling Brian.

Not sure if it's us or Render. We pushed the M-Pesa callback change this evening. Times EAT.""",
    "comments": [
        ("239012", "Otieno Ochieng", c("2023-03-01 21:05", NBO), """Rolled back the callback deploy just in case - no change. Errors are ENOTFOUND on internal hostnames, so it's DNS on the Render side. Support ticket opened with Render. Slack thread in h59ke-slack-dkp0301.txt, Opsgenie alert in h59ke-opsgenie-dkp0301.txt."""),
        ("239013", "Wanjiru Kamau", c("2023-03-01 21:45", NBO), """We're back, orders flowing. 14 M-Pesa payments landed during the gap - re-checking each one with the transaction status API before we release the orders."""),
        ("239014", "Otieno Ochieng", c("2023-03-03 10:00", NBO), """Render published the incident write-up, pasted into h59ke-render-writeup.txt (UTC)."""),
        ("239015", "Faith Njeri", c("2023-03-06 11:00", NBO), """Recap (EAT = UTC+3)
Down for us 8:50 pm to 9:08 pm EAT (Render: 17:50-18:08 UTC, DNS lookups failing for every service in Ohio).
First signal: the Opsgenie alert at 8:52 pm (Better Uptime check on /health). First duka complaint reached Brian at 8:55 pm.
The 8:30 pm callback deploy was not it - it ran clean for twenty minutes before anything broke; rolling it back cost us nothing and fixed nothing.
Wanjiru's "we're back" at 9:10 pm is when she looked; Render says impact ended 18:08 UTC.
Cause (Render): an infrastructure upgrade in Ohio overwrote the region's DNS settings; the DNS servers crash-looped with an empty cache and fewer resources.
Good: the M-Pesa re-check meant no duka was charged without an order.
Actions: retry with backoff on DNS errors in the order API; status.render.com feed into #ops-alerts; cost a second region for the API."""),
    ],
    "changelog": [
        ("Otieno Ochieng", c("2023-03-01 21:02", NBO), [("status", "Open", "In Progress")]),
        ("Wanjiru Kamau", c("2023-03-01 21:46", NBO), [("status", "In Progress", "Monitoring")]),
        ("Faith Njeri", c("2023-03-06 11:05", NBO), [("priority", "Highest", "High"), ("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59ke-slack-dkp0301.txt", "zone": NBO, "referenceDate": "2023-03-01", "text": """
#ops-alerts  - Wednesday, March 1st
[8:30 PM] Otieno Ochieng: deploying mpesa-callback v2.4.1 to prod, small change on the callback parser
[8:36 PM] Otieno Ochieng: deploy done, callbacks looking good
[8:52 PM] Opsgenie: [P1] Better Uptime: api.dukapap.co.ke /health DOWN (details in alert)
[8:54 PM] Wanjiru Kamau: ack. everything 5xx. logs full of "getaddrinfo ENOTFOUND" for the postgres host. sasa hii ni nini
[8:55 PM] Brian Kiprotich: agents calling me, dukas in Githurai and Kawangware can't place orders from the app
[8:58 PM] Wanjiru Kamau: @Otieno could it be the callback deploy from 8:30?
[9:01 PM] Otieno Ochieng: rolling back to be safe
[9:03 PM] Otieno Ochieng: rollback done, still ENOTFOUND. internal hostnames not resolving = DNS, not our code. opening a Render ticket
[9:10 PM] Wanjiru Kamau: we're back!! /health green, orders coming in
[9:12 PM] Brian Kiprotich: poa, telling the agents
[9:40 PM] Wanjiru Kamau: 14 M-Pesa payments came in during the gap, re-checking them with the transaction status API
"""}, {"file": "h59ke-opsgenie-dkp0301.txt", "zone": Z, "referenceDate": "2023-03-01", "text": """
{
  "alertId": "c1d2a7f0-5b1e-4f3a-9d6e-0e8b3a91f2c4",
  "message": "[Better Uptime] api.dukapap.co.ke /health DOWN",
  "createdAt": "2023-03-01T17:52:11.204Z",
  "priority": "P1",
  "source": "Better Uptime",
  "tags": ["prod", "render-ohio"],
  "details": {"monitor": "/health", "status_code": "502", "checked_from": "eu-west, af-south"},
  "acknowledged": true, "ackTime": "2023-03-01T17:54:40Z", "owner": "Wanjiru Kamau",
  "status": "closed", "closedAt": "2023-03-01T18:09:30Z"
}
"""}, {"file": "h59ke-render-writeup.txt", "zone": Z, "referenceDate": "2023-03-01", "text": """
Render status - DNS lookup failures in Ohio - incident write-up (copied 3 Mar)
On March 1, 2023 an upgrade of critical infrastructure in the Ohio region overwrote the region's DNS settings; DNS servers could not serve requests, so DNS lookups failed for all services in the region.
The affected servers were updated 18 minutes later and service was restored. Time of impact: 17:50-18:08 UTC.
Why: the upgrade reverted the resources available to the DNS servers; on restart, an empty cache plus fewer resources put them into a crash loop, and many internal services depend on DNS, so other components failed too.
Fix: the DNS servers were given their resources back, came online, and the other components recovered shortly after.
"""}],
    "expected": {
        "events": [[u("2023-03-01 20:30", NBO), ["deploying"]], [u("2023-03-01 20:36", NBO), ["deploy done"]],
                   [u("2023-03-01 17:50", Z), ["Time of impact"]], [u("2023-03-01 17:52", Z), ["createdAt"]],
                   [u("2023-03-01 20:54", NBO), ["ENOTFOUND"]], [u("2023-03-01 20:55", NBO), ["agents"]],
                   [u("2023-03-01 20:58", NBO), ["deploy"]], [u("2023-03-01 21:01", NBO), ["rolling back"]],
                   [u("2023-03-01 21:03", NBO), ["rollback done"]], [u("2023-03-01 18:08", Z), ["Time of impact"]],
                   [u("2023-03-01 18:09", Z), ["closedAt"]], [u("2023-03-01 21:10", NBO), ["back"]],
                   [u("2023-03-01 21:40", NBO), ["M-Pesa"]]],
        "keyTimes": {
            "started": kt(u("2023-03-01 20:50", NBO), S, "Down for us 8:50 pm to 9:08 pm EAT", "comment 239015"),
            "detected": kt(u("2023-03-01 20:52", NBO), S, "[P1] Better Uptime: api.dukapap.co.ke /health DOWN", "h59ke-slack-dkp0301.txt"),
            "resolved": kt(u("2023-03-01 21:08", NBO), S, "Down for us 8:50 pm to 9:08 pm EAT", "comment 239015")},
        "responders": [["Wanjiru Kamau", "incident commander"], ["Otieno Ochieng", "subject expert"], ["Brian Kiprotich", "comms"], ["Faith Njeri", None]],
        "narrative": nar(["overwrote the region's DNS settings"], ["resources back"], ["DKP-0301", "dukapap"],
                         "On 1 March 2023 from 8:50 to 9:08 pm Nairobi time dukas could not place orders in the app because every service of the start-up failed DNS lookups on Render Ohio; 14 M-Pesa payments had to be re-checked.",
                         well=["transaction status API"], badly=["fixed nothing"]),
    }})

# 5. Dixa, 1 July 2025 - conversations not loading, seen from a Zagreb support team (Croatian Teams) ---------------------
I.append({
    "id": "dixa-2025-07-conversations-zagreb-lavender-shop", "name": "Dixa degraded service 1 July 2025 (incident report: an infrastructure change to improve the scalability of a core backend component, a change of provisioned capacity mode on a table and its index, caused throttling; between 10:49 and 11:01 UTC users saw degraded service, conversations and analytics not loading; 10:49 change deployed; 10:53 analytics loading issues reported; 10:54 multiple customers reported conversations not loading; 10:56 decision to roll back; 11:01 rollback completed and services functioning normally; 11:15 incident marked resolved), seen from the Zagreb customer-support team of a Hvar lavender web shop working in Dixa",
    "issueId": "98174", "key": "LAV-0701", "summary": "Dixa ne učitava razgovore / conversations not loading for support agents",
    "reporter": "Ivana Marić", "assignee": "Tomislav Horvat", "labels": ["dixa", "podrska", "saas"],
    "components": ["customer-support"], "created": c("2025-07-01 12:58", ZAG), "now": "2025-07-14T10:00:00Z",
    "defaultZone": ZAG, "priority": "High",
    "description": """Dixa ne učitava razgovore, samo se vrti kružić. Inbox prazan, a znamo da imamo otvorene chatove (sezona, puno upita za dostavu). Analitika isto ne radi.

Probali smo refresh i drugi browser. Možda je Chrome update od jutros? Vrijeme: Zagreb.""",
    "comments": [
        ("239016", "Tomislav Horvat", c("2025-07-01 13:06", ZAG), """Radi opet, razgovori se učitavaju. Nije bio Chrome - u Firefoxu je bilo isto. Teams prepiska: h59hr-teams-lav0701.txt"""),
        ("239017", "Ivana Marić", c("2025-07-01 13:40", ZAG), """Sve u redu, pokupile smo zaostale chatove, 23 razgovora je čekalo. 2 kupca ostavila loš CSAT zbog čekanja."""),
        ("239018", "Tomislav Horvat", c("2025-07-03 09:15", ZAG), """Dixa je objavila incident report na status.dixa.io, kopija u h59hr-dixa-report.txt (UTC, AM/PM kako oni pišu)."""),
        ("239019", "Luka Novak", c("2025-07-04 14:00", ZAG), """Sažetak (naše vrijeme, CEST = UTC+2)
Dixa nije radila za nas: 12:49–13:01 (Dixa: 10:49–11:01 UTC, degradirani servis).
Prvi smo primijetili: Petra na Teamsu, par minuta nakon početka.
Chrome update nije bio uzrok.
"Resolved" na Dixa statusu je 11:15 UTC (13:15 kod nas) - to je samo zatvaranje incidenta, razgovori su radili od 13:01.
Uzrok (Dixa): infrastrukturna promjena na core backend komponenti (capacity mode tablice i indeksa) pa throttling; rollback.
Dobro: Ivana je odmah rasporedila agente da rade po mailu dok Dixa ne radi.
Akcije: na webu poruka "odgovaramo na mail" kad Dixa ne radi; pretplata na status.dixa.io; Ivana radi kratku uputu za agente."""),
    ],
    "changelog": [
        ("Tomislav Horvat", c("2025-07-01 13:00", ZAG), [("status", "Open", "In Progress")]),
        ("Tomislav Horvat", c("2025-07-01 13:07", ZAG), [("status", "In Progress", "Monitoring")]),
        ("Luka Novak", c("2025-07-04 14:05", ZAG), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59hr-teams-lav0701.txt", "zone": ZAG, "referenceDate": "2025-07-01", "text": """
Chat: Lavanda Hvar - podrška
[1.7.2025. 12:40] Petra Babić: jutros 41 chat, većinom "kad stiže paket"
[1.7.2025. 12:51] Petra Babić: Dixa mi ne učitava razgovore, samo se vrti
[1.7.2025. 12:52] Ivana Marić: i meni isto, i analitika je prazna
[1.7.2025. 12:54] Petra Babić: možda Chrome update? jutros mi je tražio restart
[1.7.2025. 12:55] Ivana Marić: ok cure, dok ne proradi radimo po mailu
[1.7.2025. 12:57] Tomislav Horvat: u Firefoxu isto, nije Chrome. pišem Dixi
[1.7.2025. 13:01] Petra Babić: evo radi!! razgovori se učitavaju
[1.7.2025. 13:03] Ivana Marić: 23 razgovora čeka, idemo redom, najstariji prvi
"""}, {"file": "h59hr-dixa-report.txt", "zone": Z, "referenceDate": "2025-07-01", "text": """
status.dixa.io - incident report (kopirano 3.7.)
Incident Date: July 1, 2025 | Incident Duration: 10:49-11:15 AM UTC | Severity: Major
An infrastructure change meant to improve scalability of a core backend component briefly disrupted key services, including loading of conversations and analytics for several customers.
Between 10:49 AM and 11:01 AM UTC users experienced degraded service; a rollback restored full functionality within 12 minutes.
10:49 AM | change deployed to the core
10:53 AM | analytics service loading issues reported
10:54 AM | multiple customers reported Conversations not loading
10:56 AM | engineers decided to roll back to the previous configuration
11:01 AM | rollback completed, services functioning normally again
11:15 AM | incident marked as resolved, API performance confirmed stable
Fix: previous provisioned capacity mode restored for the table and its index, which stopped the throttling.
"""}],
    "expected": {
        "events": [[u("2025-07-01 10:49", Z), ["change deployed"]], [u("2025-07-01 12:51", ZAG), ["ne učitava"]],
                   [u("2025-07-01 12:52", ZAG), ["analitika"]], [u("2025-07-01 10:53", Z), ["analytics"]],
                   [u("2025-07-01 10:54", Z), ["Conversations not loading"]], [u("2025-07-01 12:54", ZAG), ["Chrome"]],
                   [u("2025-07-01 12:55", ZAG), ["po mailu"]], [u("2025-07-01 10:56", Z), ["roll back"]],
                   [u("2025-07-01 12:57", ZAG), ["Firefox"]], [u("2025-07-01 11:01", Z), ["rollback completed"]],
                   [u("2025-07-01 13:03", ZAG), ["23 razgovora"]], [u("2025-07-01 11:15", Z), ["marked as resolved"]]],
        "keyTimes": {
            "started": kt(u("2025-07-01 12:49", ZAG), S, "Dixa nije radila za nas: 12:49–13:01", "comment 239019"),
            "detected": kt(u("2025-07-01 12:51", ZAG), S, "Dixa mi ne učitava razgovore", "h59hr-teams-lav0701.txt"),
            "resolved": kt(u("2025-07-01 13:01", ZAG), S, "Dixa nije radila za nas: 12:49–13:01", "comment 239019")},
        "responders": [["Ivana Marić", "incident commander"], ["Petra Babić", None], ["Tomislav Horvat", None], ["Luka Novak", None]],
        "narrative": nar(["capacity mode"], ["rollback"], ["LAV-0701", "Lavanda Hvar"],
                         "On 1 July 2025 from 12:49 to 13:01 Zagreb time the shop's support agents could not load conversations or analytics in Dixa; 23 chats waited and two customers left a poor CSAT.",
                         well=["po mailu"], badly=["loš CSAT"]),
    }})

# 6. Onfido, 9 October 2025 - EU webhook latency, seen from a Vilnius payments start-up (Lithuanian Slack, logs) -------
I.append({
    "id": "onfido-2025-10-eu-webhooks-vilnius-fintech", "name": "Onfido webhook latency in the EU region 9 October 2025 (report: webhook latency up to 49 minutes in the EU region between 12:39 and 13:39 UTC; a hardware failure of an infrastructure dependency that reduces duplicate webhook delivery cut the delivery service's throughput; 12:39 throughput decreased; 12:45 on-call notified; 13:16 widespread impact acknowledged and status page updated; 13:42 faulty dependency identified; 13:49 service recovered and all pending webhooks delivered; no webhooks lost; some clients hit API rate limits while processing the surge), seen from a Vilnius payments start-up whose customer onboarding waits for Onfido check webhooks",
    "issueId": "98175", "key": "GNT-1009", "summary": "Onfido webhookai vėluoja - klientų KYC stringa / Onfido check webhooks not arriving",
    "reporter": "Rūta Jankauskienė", "assignee": "Mantas Petrauskas", "labels": ["onfido", "kyc", "webhooks"],
    "components": ["onboarding", "kyc"], "created": c("2025-10-09 16:10", VNO), "now": "2025-10-22T08:00:00Z",
    "defaultZone": VNO, "priority": "High",
    "description": """Nauji klientai stringa ties „Tapatybė tikrinama“ - Onfido webhookai neateina. Support'e jau keli skundai, kad registracija „pakibo“.

Gal mūsų webhook endpoint'o sertifikatas? Vakar atnaujinom. Laikas - Vilniaus.""",
    "comments": [
        ("239020", "Mantas Petrauskas", c("2025-10-09 16:25", VNO), """Sertifikatas geras (SSL Labs A). Mūsų endpoint'as gyvas, tiesiog Onfido nesiunčia. Onfido statuse yra incidentas dėl EU webhookų vėlavimo. Slack ir logai: h59lt-slack-gnt1009.txt, h59lt-webhook-log.txt"""),
        ("239021", "Rūta Jankauskienė", c("2025-10-09 17:05", VNO), """Visi užstrigę klientai praėjo patikrą, eilė tuščia. 3 klientai per tą laiką susikūrė naujas paskyras (dublikatai) - Eglė tvarko."""),
        ("239022", "Mantas Petrauskas", c("2025-10-13 10:00", VNO), """Onfido paskelbė incidento aprašą, kopija h59lt-onfido-report.txt (UTC)."""),
        ("239023", "Darius Stankevičius", c("2025-10-14 15:00", VNO), """Santrauka (Vilniaus laikas, EEST = UTC+3)
Poveikis mums: 15:39–16:49 (Onfido: pralaidumas krito 12:39 UTC, visi užstrigę webhookai pristatyti 13:49 UTC).
Pirmas signalas: Datadog monitorius „0 check.completed per 15 min“ Slack'e; pirmas kliento skundas support'e po kelių minučių.
Onfido santraukoje parašyta „between 12:39 and 13:39 UTC“, bet jų pačių laiko juostoje atsistatymas 13:49, ir mūsų loguose paskutinis vėlavęs webhookas atėjo 13:49 UTC - skaičiuojam iki 16:49.
Sertifikatas nebuvo kaltas.
Kai eilė pajudėjo, mūsų worker'is gavo 429 iš Onfido API, nes puolė apdoroti viską iškart - tai mūsų pačių problema.
Priežastis (Onfido): sugedo infrastruktūros komponentas, kuris mažina dubliuotus webhookus, todėl krito pristatymo pralaidumas.
Veiksmai: worker'iui rate limit ir backoff; monitorius 15 min → 10 min; jei webhooko nėra 10 min - patys klausiam check statuso per API."""),
    ],
    "changelog": [
        ("Mantas Petrauskas", c("2025-10-09 16:12", VNO), [("status", "Open", "In Progress")]),
        ("Rūta Jankauskienė", c("2025-10-09 17:06", VNO), [("status", "In Progress", "Monitoring")]),
        ("Darius Stankevičius", c("2025-10-14 15:05", VNO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59lt-slack-gnt1009.txt", "zone": VNO, "referenceDate": "2025-10-09", "text": """
#onboarding-ops  2025-10-09 (ketvirtadienis)
15:56  Datadog  [Triggered] Onfido webhooks: 0 check.completed per 15 min (prod-eu)
15:58  Mantas Petrauskas  žiūriu. mūsų endpoint'as atsako 200, tiesiog nieko negaunam
16:02  Rūta Jankauskienė  pirmas skundas support'e: „registracija pakibo ties tapatybės tikrinimu“
16:05  Mantas Petrauskas  gal vakarykštis sertifikato atnaujinimas? tikrinu
16:14  Mantas Petrauskas  sertifikatas OK. per Onfido API check'ai jau „complete“, tik webhookai neateina
16:17  Eglė Kazlauskaitė  Onfido statuse ką tik atsirado: webhooks latency EU
16:30  Rūta Jankauskienė  jau 6 skundai, rašom šabloninį atsakymą „patikra užtrunka“
16:49  Mantas Petrauskas  webhookai plūsta! eilė tuštėja
16:51  Mantas Petrauskas  worker'is gauna 429 iš Onfido API, per daug užklausų iškart. mažinu concurrency
17:01  Rūta Jankauskienė  visi užstrigę praėjo, ačiū
"""}, {"file": "h59lt-webhook-log.txt", "zone": Z, "referenceDate": "2025-10-09", "text": """
# webhook-receiver prod-eu (UTC) | grep onfido
2025-10-09T12:37:52Z INFO  onfido webhook check.completed lag=3s
2025-10-09T12:38:40Z INFO  onfido webhook check.completed lag=2s
2025-10-09T12:56:00Z WARN  monitor onfido_webhooks_15m=0 -> alert sent to #onboarding-ops
2025-10-09T13:47:05Z INFO  onfido webhook check.completed lag=2871s
2025-10-09T13:49:31Z INFO  onfido webhook check.completed lag=412s (last delayed one, backlog drained)
2025-10-09T13:50:12Z ERROR onfido api GET /v3.6/checks -> 429 Too Many Requests
2025-10-09T13:52:40Z INFO  onfido webhook check.completed lag=4s
"""}, {"file": "h59lt-onfido-report.txt", "zone": Z, "referenceDate": "2025-10-09", "text": """
status.onfido.com - Webhooks latency increased (EU) - incident report (nukopijuota 10-13)
Webhook latency in the EU region went up to 49 minutes between 12:39 and 13:39 UTC on 9 October 2025. No webhooks were lost; some clients hit API rate limits while processing the surge of delayed webhooks.
Cause: an infrastructure dependency that helps reduce duplicate webhook delivery had a hardware failure, and the delivery service's throughput dropped sharply.
12:39 UTC: throughput of the webhook delivery service decreased
12:45 UTC: on-call team notified, investigation started
13:16 UTC: widespread impact acknowledged, status page updated
13:42 UTC: faulty infrastructure dependency identified
13:49 UTC: service recovered, all pending webhooks delivered
"""}],
    "expected": {
        "events": [[u("2025-10-09 12:39", Z), ["throughput"]], [u("2025-10-09 12:45", Z), ["on-call"]],
                   [u("2025-10-09 15:56", VNO), ["Datadog"]], [u("2025-10-09 15:58", VNO), ["endpoint"]],
                   [u("2025-10-09 16:02", VNO), ["skundas"]], [u("2025-10-09 16:05", VNO), ["sertifikato"]],
                   [u("2025-10-09 16:14", VNO), ["sertifikatas OK"]], [u("2025-10-09 13:16", Z), ["status page"]],
                   [u("2025-10-09 16:17", VNO), ["Onfido statuse"]], [u("2025-10-09 16:30", VNO), ["6 skundai"]],
                   [u("2025-10-09 13:42", Z), ["identified"]], [u("2025-10-09 13:47", Z), ["lag=2871s"]],
                   [u("2025-10-09 13:49", Z), ["all pending webhooks"]], [u("2025-10-09 13:50", Z), ["429"]],
                   [u("2025-10-09 16:51", VNO), ["429"]], [u("2025-10-09 17:01", VNO), ["praėjo"]]],
        "keyTimes": {
            "started": kt(u("2025-10-09 15:39", VNO), S, "Poveikis mums: 15:39–16:49", "comment 239023"),
            "detected": kt(u("2025-10-09 15:56", VNO), S, "[Triggered] Onfido webhooks", "h59lt-slack-gnt1009.txt"),
            "resolved": kt(u("2025-10-09 16:49", VNO), S, "Poveikis mums: 15:39–16:49", "comment 239023")},
        "responders": [["Rūta Jankauskienė", None], ["Mantas Petrauskas", "subject expert"], ["Eglė Kazlauskaitė", None], ["Darius Stankevičius", None]],
        "narrative": nar(["hardware failure"], ["service recovered"], ["GNT-1009", "#onboarding-ops"],
                         "On 9 October 2025 from 15:39 to 16:49 Vilnius time new customers of the payments start-up were stuck at identity verification because Onfido's EU check webhooks were delayed; three created duplicate accounts.",
                         well=["Datadog"], badly=["dublikatai"]),
    }})

# 7. Inspira Technology Group, 19 January 2021 - hosted voice outage, seen from a Letterkenny recruiter (Irish English) --
I.append({
    "id": "inspira-2021-01-voice-letterkenny-recruiter", "name": "Inspira Technology Group hosted voice outage 19 January 2021 (post incident report: around 10:25 automated network checks flagged a fluctuating link between the data centres housing the voice and database servers, traffic rerouted without impact at first; emergency declared 10:30; between 10:30 and 10:33 re-establishing connections from voice to database servers overloaded the database servers and prevented any further calls; secondary services (web portal, dialler, BLF) disabled; service regained around 11:10; inbound calls diverted to the disaster-recovery platform, about 85% of inbound volume handled), seen from a Letterkenny recruitment agency on Inspira hosted phones",
    "issueId": "98176", "key": "SWR-0119", "summary": "Phones down - no dial tone on any handset, calls dropping (Inspira hosted voice)",
    "reporter": "Aoife Gallagher", "assignee": "Ciarán McLaughlin", "labels": ["inspira", "voip", "phones"],
    "components": ["office-phones"], "created": c("2021-01-19 10:41", DUB), "now": "2021-02-02T12:00:00Z",
    "defaultZone": DUB, "priority": "High",
    "description": """Phones are banjaxed. No dial tone on any of the handsets. I was on with a candidate for the Buncrana job and it just dropped, and I can't ring her back.

Broadband grand, emails going out grand. Could it be the new Yealink handset Pádraig plugged in yesterday?? (Irish time)""",
    "comments": [
        ("239024", "Ciarán McLaughlin", c("2021-01-19 10:58", DUB), """Not the Yealink - unplugged it, no difference. Inspira's status page says emergency on the voice platform. Inbound is diverting to my mobile through their DR platform so we're not totally dead. Mail thread: h59ie-mail-swr0119.txt"""),
        ("239025", "Aoife Gallagher", c("2021-01-19 11:20", DUB), """All grand now, phones back. Rang the Buncrana candidate back, she's still keen."""),
        ("239026", "Ciarán McLaughlin", c("2021-01-20 16:00", DUB), """Inspira sent round their post incident report, pasted into h59ie-inspira-pir.txt."""),
        ("239027", "Sinéad Doherty", c("2021-01-22 12:00", DUB), """Recap (Irish time = UTC in January, same clock as Inspira)
Down for us 10:31 to 11:10. Start = Aoife's call dropped at 10:31 (timer on the handset). She put it down to the candidate's coverage in Inishowen at first, so we only knew we had a problem at 10:34 when she found no dial tone and mailed everyone.
End = Inspira's "around 11:10"; Ciarán's test call at 11:12 only confirmed it.
The new Yealink was a red herring.
Cause (Inspira): a flapping link between their data centres; when the connections came back they overloaded the database servers.
Lucky: inbound diverted to Ciarán's mobile through Inspira's DR platform, so we caught most calls (once he took it off silent).
Actions: DR divert to a mobile that's actually answered; subscribe to the Inspira status page; candidates' mobiles in the CRM so we can text them."""),
    ],
    "changelog": [
        ("Ciarán McLaughlin", c("2021-01-19 10:45", DUB), [("status", "Open", "In Progress")]),
        ("Aoife Gallagher", c("2021-01-19 11:21", DUB), [("status", "In Progress", "Monitoring")]),
        ("Sinéad Doherty", c("2021-01-22 12:05", DUB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59ie-mail-swr0119.txt", "zone": DUB, "referenceDate": "2021-01-19", "text": """
From: Aoife Gallagher | Sent: Tuesday 19 January 2021 10:34 | To: All Staff | Subject: PHONES DOWN
No dial tone on reception or any handset I tried. Lost the Buncrana candidate at 10:31, thought it was her coverage in Inishowen but I can't ring her back either. Use your mobiles for now.

From: Pádraig Boyle | Sent: Tuesday 19 January 2021 10:39 | Subject: RE: PHONES DOWN
Could it be the new Yealink I plugged in yesterday? Sorry if so!!

From: Ciarán McLaughlin | Sent: Tuesday 19 January 2021 10:52 | Subject: RE: PHONES DOWN
Unplugged the Yealink, no change. Inspira say it's an emergency on their platform. Inbound should divert to my mobile meantime (their DR platform).

From: Ciarán McLaughlin | Sent: Tuesday 19 January 2021 11:12 | Subject: RE: PHONES DOWN
Phones back - test call from my mobile rang through to reception, outbound grand too.
"""}, {"file": "h59ie-inspira-pir.txt", "zone": DUB, "referenceDate": "2021-01-19", "text": """
Inspira Technology Group - Voice Outage 19/01/2021 - Post Incident Report (forwarded 20/01)
On 19th January 2021 at 10:30 Inspira declared an emergency and alerted clients to an issue on its network, which later caused a complete loss of service for a number of clients on the hosted phone system.
At around 10:25 automated network checks alerted them to a fluctuating link between the data centres housing the voice and database servers; traffic was rerouted and at first this was not service impacting.
Between 10:30 - 10:33 the connections re-establishing from the voice servers overloaded the database servers, preventing any further calls.
Secondary services (hosted web portal, dialler, BLF) were disabled to cut connections to the database.
Service was regained at around 11:10. Inbound calls were diverted to the disaster recovery platform during the incident; about 85% of inbound call volume was handled by backup destinations set up in advance.
"""}],
    "expected": {
        "events": [[u("2021-01-19 10:25", DUB), ["fluctuating link"]], [u("2021-01-19 10:30", DUB), ["emergency"]],
                   [u("2021-01-19 10:31", DUB), ["Buncrana"]], [u("2021-01-19 10:33", DUB), ["overloaded"]],
                   [u("2021-01-19 10:34", DUB), ["PHONES DOWN"]], [u("2021-01-19 10:39", DUB), ["Yealink"]],
                   [u("2021-01-19 10:52", DUB), ["Unplugged"]], [u("2021-01-19 11:10", DUB), ["regained"]],
                   [u("2021-01-19 11:12", DUB), ["Phones back"]]],
        "keyTimes": {
            "started": kt(u("2021-01-19 10:31", DUB), S, "Down for us 10:31 to 11:10", "comment 239027"),
            "detected": kt(u("2021-01-19 10:34", DUB), S, "we only knew we had a problem at 10:34", "comment 239027"),
            "resolved": kt(u("2021-01-19 11:10", DUB), S, "Down for us 10:31 to 11:10", "comment 239027")},
        "responders": [["Aoife Gallagher", None], ["Ciarán McLaughlin", None], ["Sinéad Doherty", None], ["Pádraig Boyle", None]],
        "narrative": nar(["fluctuating link"], ["Secondary services"], ["SWR-0119", "All Staff"],
                         "On 19 January 2021 from 10:31 to 11:10 the Letterkenny agency's desk phones had no service; inbound calls were diverted to the office manager's mobile.",
                         lucky=["DR platform"], badly=["silent"]),
    }})

# 8. VTEX, 2 July 2021 - Payments Gateway errors, seen from a Buenos Aires yerba shop (Argentine Spanish WhatsApp) -----
I.append({
    "id": "vtex-2021-07-paymentgateway-buenosaires-yerba", "name": "VTEX Payment Gateway increased errors 2 July 2021 (incident report: from 17:25 to 18:47 UTC some customers could not complete purchases on VTEX stores, 100% of stores affected, 1 hour 22 minutes; 17:25 sales started gradually decreasing; 17:37 engineering notified of a Payments Gateway problem; 17:43 whole engineering team notified of the drop in sales rate; 17:58 incorrect Payments Gateway configuration identified and revert started; 18:46 revert completed by flushing the related cache systems; 18:47 normal operations), seen from a Buenos Aires yerba mate and gourd shop on VTEX",
    "issueId": "98177", "key": "YRB-0207", "summary": "No se pueden finalizar compras en la tienda (checkout VTEX) / checkout failing",
    "reporter": "Lucía Fernández", "assignee": "Martín Gómez", "labels": ["vtex", "checkout", "pagos"],
    "components": ["tienda-online", "pagos"], "created": c("2021-07-02 15:05", BUE), "now": "2021-07-16T15:00:00Z",
    "defaultZone": BUE, "priority": "Highest",
    "description": """Che, los clientes no pueden terminar la compra: llegan al pago y queda colgado o tira error. Es viernes a la tarde y arrancó la promo de invierno, justo hoy.

¿Será Mercado Pago otra vez? ¿O la promo que subimos? Horario de Buenos Aires.""",
    "comments": [
        ("239028", "Martín Gómez", c("2021-07-02 15:30", BUE), """No es Mercado Pago ni la promo: fallan también tarjeta por Payway y transferencia. El problema está en el gateway de pagos de VTEX. WhatsApp: h59ar-whatsapp-yrb0207.txt"""),
        ("239029", "Lucía Fernández", c("2021-07-02 16:05", BUE), """Volvió, ya entran pedidos. Desde el mediodía entraron 3 pedidos contra ~25 de un viernes normal."""),
        ("239030", "Martín Gómez", c("2021-07-05 11:00", BUE), """VTEX publicó el informe (PDF, horarios en UTC, formato 17h25). Lo pasé a texto en h59ar-vtex-informe.txt."""),
        ("239031", "Sofía Romero", c("2021-07-07 10:00", BUE), """Resumen (hora Argentina = UTC-3)
Sin ventas por checkout: 14:25 a 15:47 (VTEX: de 17h25 a 18h47 UTC; "las ventas empezaron a bajar" 17:25 UTC).
Nos enteramos por una clienta que escribió por Instagram y Nico lo pasó al grupo.
La primera sospecha (Mercado Pago) estaba mal, y la promo de invierno tampoco tuvo nada que ver.
Lucía vio que volvían a entrar pedidos un rato después, pero VTEX dice que se normalizó a las 18:47 UTC, o sea 15:47 nuestro.
Causa (VTEX): una configuración incorrecta en su Payments Gateway; la revirtieron y limpiaron las cachés.
Perdimos ~20 pedidos; mandamos cupón del 10% por mail a los carritos abandonados.
Acciones: alerta si no entra ningún pedido en 20 minutos en horario comercial; suscribirse a status.vtex.com; mensaje armado para redes."""),
    ],
    "changelog": [
        ("Martín Gómez", c("2021-07-02 15:10", BUE), [("status", "Open", "In Progress")]),
        ("Lucía Fernández", c("2021-07-02 16:06", BUE), [("status", "In Progress", "Monitoring")]),
        ("Sofía Romero", c("2021-07-07 10:05", BUE), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59ar-whatsapp-yrb0207.txt", "zone": BUE, "referenceDate": "2021-07-02", "text": """
2/7/21 14:02 - Lucía Fernández: arrancó la promo de invierno en la home 🧉
2/7/21 14:51 - Nico Pereyra: una clienta por IG dice que no puede pagar, le queda cargando en el checkout
2/7/21 14:53 - Lucía Fernández: probé yo, se queda colgado después de poner la tarjeta
2/7/21 14:56 - Sofía Romero: ¿otra vez Mercado Pago? 🙄
2/7/21 15:05 - Lucía Fernández: abrí ticket y le aviso a Martín
2/7/21 15:14 - Martín Gómez: no es MP, falla cualquier medio de pago. es el gateway de pagos de VTEX, ya les escribí
2/7/21 15:20 - Sofía Romero: Nico subí una historia a IG que estamos con problemas en el pago, que prueben en un rato
2/7/21 15:52 - Lucía Fernández: ¡entran pedidos de nuevo! 2 seguidos
2/7/21 15:55 - Sofía Romero: genial. Martín después pasame qué pasó
"""}, {"file": "h59ar-vtex-informe.txt", "zone": Z, "referenceDate": "2021-07-02", "text": """
VTEX - Incident 02 Jul. 2021: Payment Gateway increased errors (texto copiado del PDF)
Availability: Sales down | % of stores affected: 100% | Duration: 1 hour and 22 minutes
Symptom: From 17h25 to 18h47 UTC, some customers trying to check out on VTEX stores could not complete the purchase.
[2021-07-02 17:25 UTC] Sales started gradually decreasing.
[2021-07-02 17:37 UTC] Engineering notified of a problem with the Payments Gateway, investigation started.
[2021-07-02 17:43 UTC] Whole engineering team notified of the drop in the platform's sales rate.
[2021-07-02 17:58 UTC] Problem identified (incorrect configuration on the Payments Gateway), revert started.
[2021-07-02 18:46 UTC] Revert completed by flushing the associated cache systems.
[2021-07-02 18:47 UTC] Normal operations reestablished.
Follow-up: better validations before rolling out Payments Gateway configuration changes.
"""}],
    "expected": {
        "events": [[u("2021-07-02 14:02", BUE), ["promo"]], [u("2021-07-02 17:25", Z), ["Sales started"]],
                   [u("2021-07-02 17:37", Z), ["notified"]], [u("2021-07-02 17:43", Z), ["Whole engineering"]],
                   [u("2021-07-02 14:51", BUE), ["clienta"]], [u("2021-07-02 14:53", BUE), ["colgado"]],
                   [u("2021-07-02 14:56", BUE), ["Mercado Pago"]], [u("2021-07-02 17:58", Z), ["revert started"]],
                   [u("2021-07-02 15:05", BUE), ["ticket"]], [u("2021-07-02 15:14", BUE), ["VTEX"]],
                   [u("2021-07-02 15:20", BUE), ["historia"]], [u("2021-07-02 18:46", Z), ["flushing"]],
                   [u("2021-07-02 18:47", Z), ["Normal operations"]], [u("2021-07-02 15:52", BUE), ["pedidos"]]],
        "keyTimes": {
            "started": kt(u("2021-07-02 14:25", BUE), S, "Sin ventas por checkout: 14:25 a 15:47", "comment 239031"),
            "detected": kt(u("2021-07-02 14:51", BUE), S, "una clienta por IG dice que no puede pagar", "h59ar-whatsapp-yrb0207.txt"),
            "resolved": kt(u("2021-07-02 15:47", BUE), S, "Sin ventas por checkout: 14:25 a 15:47", "comment 239031")},
        "responders": [["Lucía Fernández", None], ["Martín Gómez", "subject expert"], ["Sofía Romero", None], ["Nico Pereyra", "comms"]],
        "narrative": nar(["configuración incorrecta"], ["limpiaron las cachés"], ["YRB-0207"],
                         "On 2 July 2021 from 14:25 to 15:47 Buenos Aires time the shop's customers could not pay at checkout; about 20 orders were lost on the first afternoon of the winter promotion.",
                         well=["historia a IG"], badly=["~20 pedidos"]),
    }})

# 9. GitHub, 29 April 2025 - notification delays, seen from a Taipei app studio (Taiwanese Mandarin Slack) -------------
I.append({
    "id": "github-2025-04-notifications-taipei-studio", "name": "GitHub delays for web and email notification delivery 29 April 2025 (summary: between 8:40am and 12:50pm UTC the notifications service was degraded and stopped delivering most web and email notifications and some mobile push notifications; a large, faulty schema migration made a set of database primaries unhealthy; mitigated by stopping the migration and promoting replicas; status updates at about 11:09 (email impact earlier misreported), 11:57 (signs of recovery), 12:45 (backlog 30-60 min behind) and 12:52 UTC (backlog processed)), seen from a Taipei app studio that depends on GitHub review-request e-mails",
    "issueId": "98178", "key": "SLN-0429", "summary": "GitHub 通知、review request 信都沒收到 / GitHub notifications not arriving",
    "reporter": "陳怡君", "assignee": "林冠宇", "labels": ["github", "notifications", "hotfix"],
    "components": ["dev-workflow"], "created": c("2025-04-29 18:05", TPE), "now": "2025-05-13T06:00:00Z",
    "defaultZone": TPE, "priority": "Medium",
    "description": """客戶的 hotfix PR 下午就開了，可是 reviewer 都說沒收到 review request 的信，GitHub 網頁上的通知鈴鐺也沒東西。客戶今晚要送審上架，很急。

是不是公司 Gmail 把 GitHub 的信擋掉了？上週 IT 有改 spam 規則。時間都是台北時間。""",
    "comments": [
        ("239032", "林冠宇", c("2025-04-29 18:30", TPE), """不是 Gmail，網頁通知也沒有，應該是 GitHub 那邊。Slack 紀錄在 h59tw-slack-sln0429.txt。先用 Slack 直接 @ reviewer，不要等通知。"""),
        ("239033", "陳怡君", c("2025-04-29 21:15", TPE), """通知信回來了，一次來了一大堆（下午的都補寄）。hotfix 已經 merge，客戶 10 點前送審。"""),
        ("239034", "林冠宇", c("2025-04-30 10:20", TPE), """GitHub 的 incident summary 跟狀態更新我複製到 h59tw-github-status.txt（UTC；原頁面時間是 epoch，我換算過）。"""),
        ("239035", "張雅婷", c("2025-05-02 14:00", TPE), """事後整理（台北時間 UTC+8）
通知中斷：16:40–20:50（GitHub：8:40am–12:50pm UTC）。
我們第一次發現：柏翰 下午5:25 在 Slack 問為什麼沒收到 review 通知。
Gmail spam 規則不是原因。
GitHub 最後一則「backlog 已處理完」是 20:52，只是公告時間；晚上9點多怡君才看到信一次湧進來，那是她看信的時間，不是恢復時間。
原因（GitHub）：大型且有問題的 schema migration 讓一組資料庫 primary 不健康；他們停止 migration、把 replica 升為 primary。
影響：客戶 hotfix 晚了大約兩個多小時才 review 完。
做得好：冠宇很快叫大家改用 Slack 直接 @ reviewer。
改善：重要 PR 一律在 Slack 直接 @ reviewer；訂閱 githubstatus.com；客戶上架日前一天先完成 review。"""),
    ],
    "changelog": [
        ("林冠宇", c("2025-04-29 18:07", TPE), [("status", "Open", "In Progress")]),
        ("陳怡君", c("2025-04-29 21:16", TPE), [("status", "In Progress", "Monitoring")]),
        ("張雅婷", c("2025-05-02 14:05", TPE), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59tw-slack-sln0429.txt", "zone": TPE, "referenceDate": "2025-04-29", "text": """
#client-hotfix   2025/4/29（二）
下午 4:52  黃柏翰：hotfix PR #412 開好了，@林冠宇 @陳怡君 麻煩 review
下午 5:25  黃柏翰：怪怪的，冠宇你有收到 review request 的信嗎？我這邊完全沒通知
下午 5:31  林冠宇：沒有欸，網頁鈴鐺也是空的
下午 5:40  陳怡君：會不會是 IT 上週改的 Gmail spam 規則把 GitHub 的信擋掉？
下午 6:12  林冠宇：不是 Gmail，網頁通知也沒有，應該是 GitHub 那邊的問題
下午 6:15  林冠宇：大家先用 Slack 直接 @，不要等通知
晚上 7:02  林冠宇：PR #412 review 完，approve 了
晚上 7:12  林冠宇：githubstatus 剛更新：web 跟 email 通知都延遲，大部分人都受影響
晚上 7:20  黃柏翰：merged，準備打包給客戶
晚上 9:06  陳怡君：信一次來了幾十封，下午的通知全部補寄了 😂
"""}, {"file": "h59tw-github-status.txt", "zone": Z, "referenceDate": "2025-04-29", "text": """
githubstatus.com - Delays for web and email notification delivery (冠宇 4/30 複製；epoch 已換算成 UTC)
Summary: On April 29th, 2025, between 8:40am UTC and 12:50pm UTC the notifications service was degraded and stopped delivering most web and email notifications as well as some mobile push notifications. Cause: a large and faulty schema migration made a set of database primaries unhealthy. Mitigation: the migration was stopped and replicas were promoted to replace the unhealthy primaries.
11:09 UTC  update: both web and email notifications impacted, most customers seeing delayed deliveries (an earlier update about email was incorrect)
11:57 UTC  update: signs of recovery, delayed web/email notifications now being dispatched
12:45 UTC  update: notifications delivering again, the backlog is still 30-60 minutes delayed
12:52 UTC  update: the notification delivery backlog has been processed
"""}],
    "expected": {
        "events": [[u("2025-04-29 08:40", Z), ["between"]], [u("2025-04-29 16:52", TPE), ["PR #412"]],
                   [u("2025-04-29 17:25", TPE), ["review request"]], [u("2025-04-29 17:31", TPE), ["鈴鐺"]],
                   [u("2025-04-29 17:40", TPE), ["Gmail"]], [u("2025-04-29 18:12", TPE), ["GitHub"]],
                   [u("2025-04-29 18:15", TPE), ["Slack"]], [u("2025-04-29 19:02", TPE), ["approve"]],
                   [u("2025-04-29 11:09", Z), ["update"]], [u("2025-04-29 19:12", TPE), ["githubstatus"]],
                   [u("2025-04-29 19:20", TPE), ["merged"]], [u("2025-04-29 11:57", Z), ["recovery"]],
                   [u("2025-04-29 12:45", Z), ["backlog"]], [u("2025-04-29 12:50", Z), ["between"]],
                   [u("2025-04-29 12:52", Z), ["processed"]], [u("2025-04-29 21:06", TPE), ["補寄"]]],
        "keyTimes": {
            "started": kt(u("2025-04-29 16:40", TPE), S, "通知中斷：16:40–20:50", "comment 239035"),
            "detected": kt(u("2025-04-29 17:25", TPE), S, "冠宇你有收到 review request 的信嗎", "h59tw-slack-sln0429.txt"),
            "resolved": kt(u("2025-04-29 20:50", TPE), S, "通知中斷：16:40–20:50", "comment 239035")},
        "responders": [["陳怡君", None], ["林冠宇", "incident commander"], ["黃柏翰", None], ["張雅婷", None]],
        "narrative": nar(["schema migration"], ["replicas were promoted"], ["SLN-0429", "#client-hotfix"],
                         "On 29 April 2025 from 16:40 to 20:50 Taipei time the studio received no GitHub review-request e-mails or web notifications; a client's hotfix review was delayed by about two hours.",
                         well=["Slack 直接 @"], badly=["Gmail spam"]),
    }})

# 10. VTEX, 9 August 2023 - Rates and Benefits instability, seen from a Krakow cosmetics brand (Polish Slack, PagerDuty) --
I.append({
    "id": "vtex-2023-08-rates-benefits-krakow-cosmetics", "name": "VTEX partial degradation in orders 9 August 2023 (status page: monitoring detected an abnormal level of 429 errors from the Rates and Benefits module, orders degraded up to 75%; 08:41 UTC instabilities observed, errors and higher latency in checkout; 08:54 issue identified and mitigation applied; 09:11 mitigation confirmed effective; 09:16 order processing fully recovered; 09:31 recovery verified), seen from a Krakow natural-cosmetics brand's web shop on VTEX",
    "issueId": "98179", "key": "MGL-0809", "summary": "Checkout sypie błędami / zamówienia nie przechodzą (VTEX)",
    "reporter": "Katarzyna Wójcik", "assignee": "Paweł Kowalczyk", "labels": ["vtex", "checkout", "sklep"],
    "components": ["sklep-internetowy"], "created": c("2023-08-09 10:58", WAW), "now": "2023-08-23T08:00:00Z",
    "defaultZone": WAW, "priority": "High",
    "description": """Część zamówień nie przechodzi - checkout kręci się długo i wywala błąd przy podsumowaniu koszyka. Nie wszystkim, ale dużo. PagerDuty od syntetycznego testu checkoutu się odpalił.

Podejrzenie: wczorajsza promocja -20% na serum (nowa reguła w Promocjach)? Godziny polskie.""",
    "comments": [
        ("239036", "Paweł Kowalczyk", c("2023-08-09 11:08", WAW), """Wyłączyłem promocję -20% na próbę - bez zmian, dalej 429 z modułu rates-and-benefits. To po stronie VTEX, zgłoszone do supportu. Slack i payload z PagerDuty: h59pl-slack-mgl0809.txt, h59pl-pagerduty-mgl0809.txt"""),
        ("239037", "Katarzyna Wójcik", c("2023-08-09 11:35", WAW), """Checkout działa, zamówienia wchodzą normalnie. Promocja z powrotem włączona."""),
        ("239038", "Paweł Kowalczyk", c("2023-08-10 09:00", WAW), """Skopiowałem wpis ze status.vtex.com do h59pl-vtex-status.txt (UTC)."""),
        ("239039", "Tomasz Lewandowski", c("2023-08-11 13:00", WAW), """## Notatka ze spotkania 11.08 (czas polski, CEST = UTC+2)
- Problem z checkoutem: 10:41–11:16 (VTEX: 08:41–09:16 UTC, moduł Rates and Benefits, do 75% zamówień zdegradowanych).
- Pierwszy sygnał: PagerDuty z syntetycznego testu checkoutu, zanim napisała jakakolwiek klientka.
- Promocja -20% nie była przyczyną; wyłączenie jej niczego nie zmieniło.
- PagerDuty sam się zamknął o 11:09, ale to syntetyk przeszedł raz - zamówienia szły normalnie dopiero od 11:16. VTEX potwierdził pełne odzyskanie o 09:31 UTC (11:31 u nas) - to tylko weryfikacja.
- Straty: ok. 15 porzuconych koszyków, poszedł mail z kodem rabatowym.
- Akcje: Paweł - alert na wskaźnik błędów checkoutu z RUM, nie tylko syntetyk; Agnieszka - gotowy komunikat na Instagram; subskrypcja status.vtex.com."""),
    ],
    "changelog": [
        ("Paweł Kowalczyk", c("2023-08-09 11:00", WAW), [("status", "Open", "In Progress")]),
        ("Katarzyna Wójcik", c("2023-08-09 11:36", WAW), [("status", "In Progress", "Monitoring")]),
        ("Tomasz Lewandowski", c("2023-08-11 13:05", WAW), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "h59pl-slack-mgl0809.txt", "zone": WAW, "referenceDate": "2023-08-09", "text": """
#sklep-alerty   śr, 9 sie 2023
10:46 PagerDuty: Triggered #4812 "Synthetic checkout - placeOrder failed" (vtex-checkout-synthetic)
10:48 Paweł Kowalczyk: ack. klikam ręcznie koszyk... kręci się 20 s i "Something went wrong" przy podsumowaniu
10:50 Katarzyna Wójcik: klientka pisze na IG że nie może zapłacić za serum 😬
10:53 Agnieszka Nowak: a może to nasza promka -20% z wczoraj? nowa reguła w Promocjach
10:56 Paweł Kowalczyk: wyłączam promkę na próbę
11:01 Paweł Kowalczyk: bez zmian. w konsoli 429 z rates-and-benefits, to chyba VTEX. piszę do ich supportu
11:09 PagerDuty: Resolved #4812 (synthetic checkout passing)
11:16 Katarzyna Wójcik: zamówienia wchodzą normalnie, 4 w ostatnich 3 min
11:20 Paweł Kowalczyk: włączam promkę z powrotem
"""}, {"file": "h59pl-pagerduty-mgl0809.txt", "zone": Z, "referenceDate": "2023-08-09", "text": """
{"event": {"event_type": "incident.triggered", "occurred_at": "2023-08-09T08:46:07Z", "data": {"number": 4812, "title": "Synthetic checkout - placeOrder failed", "service": {"summary": "vtex-checkout-synthetic"}, "urgency": "high"}}}
{"event": {"event_type": "incident.acknowledged", "occurred_at": "2023-08-09T08:48:30Z", "agent": {"summary": "Paweł Kowalczyk"}, "data": {"number": 4812}}}
{"event": {"event_type": "incident.resolved", "occurred_at": "2023-08-09T09:09:52Z", "data": {"number": 4812, "resolve_reason": "auto-resolve: check passing"}}}
"""}, {"file": "h59pl-vtex-status.txt", "zone": Z, "referenceDate": "2023-08-09", "text": """
status.vtex.com - Partial Degradation in Orders - Resolved (skopiowane 10.08)
Earlier update: monitoring detected an abnormal level of 429 errors from the Rates and Benefits module; orders partially degraded, up to 75%; response team started remediation.
At 08:41 UTC, we observed instabilities in the Rates and Benefits module, resulting in partial order degradation (errors and increased latency in checkout).
The response team identified the issue by 08:54 UTC and implemented mitigation actions for the Rates and Benefits module.
By 09:11 UTC, the effectiveness of these actions was confirmed, and order processing had fully recovered by 09:16 UTC.
At 09:31 UTC, recovery efforts were verified without impacting shopper checkout and navigation flows or merchant operations.
"""}],
    "expected": {
        "events": [[u("2023-08-09 08:41", Z), ["instabilities"]], [u("2023-08-09 08:46", Z), ["incident.triggered"]],
                   [u("2023-08-09 10:48", WAW), ["ack"]], [u("2023-08-09 10:50", WAW), ["klientka"]],
                   [u("2023-08-09 10:53", WAW), ["promka"]], [u("2023-08-09 08:54", Z), ["identified"]],
                   [u("2023-08-09 10:56", WAW), ["wyłączam"]], [u("2023-08-09 11:01", WAW), ["429"]],
                   [u("2023-08-09 09:09", Z), ["incident.resolved"]], [u("2023-08-09 09:11", Z), ["effectiveness"]],
                   [u("2023-08-09 09:16", Z), ["fully recovered"]], [u("2023-08-09 11:20", WAW), ["włączam"]],
                   [u("2023-08-09 09:31", Z), ["verified"]]],
        "keyTimes": {
            "started": kt(u("2023-08-09 10:41", WAW), S, "Problem z checkoutem: 10:41–11:16", "comment 239039"),
            "detected": kt(u("2023-08-09 10:46", WAW), S, "Triggered #4812", "h59pl-slack-mgl0809.txt"),
            "resolved": kt(u("2023-08-09 11:16", WAW), S, "Problem z checkoutem: 10:41–11:16", "comment 239039")},
        "responders": [["Katarzyna Wójcik", None], ["Paweł Kowalczyk", "subject expert"], ["Agnieszka Nowak", None], ["Tomasz Lewandowski", None]],
        "narrative": nar(["Rates and Benefits"], ["mitigation actions"], ["MGL-0809", "#sklep-alerty"],
                         "On 9 August 2023 from 10:41 to 11:16 Polish time many checkouts of the Krakow cosmetics shop failed or hung in VTEX; about 15 carts were abandoned.",
                         well=["syntetycznego testu"], badly=["porzuconych koszyków"]),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

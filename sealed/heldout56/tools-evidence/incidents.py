"""Held-out 56 incidents (issue 15, key times and timeline): compact specs. Ten public incidents at CI/CD, source
hosting, managed-database, SaaS-productivity, ISP and cloud vendors, each seen from a small invented customer whose
responders write in one language/variety: GitHub 22 Jul 2019 (Accra, Ghanaian English); Basecamp storage outage
12/13 Mar 2019 (Kingston, Jamaican English); Basecamp 1 Sep 2020 (Stornoway, Gaelic-flavoured Scottish English);
MongoDB Atlas Serverless us-central1 28 Mar 2023 (Bangkok, Thai); MongoDB Atlas proxy sync bug 17 Jan 2024 (Kuala
Lumpur, Malay); MongoDB Atlas control plane 3/4 Jun 2024 (Oslo, Norwegian); Codeship Basic queued builds 19 Jun 2017
(Barcelona, Catalan); Azure DevOps 4 Jul 2020 (Bengaluru, Indian English); Western Broadband total outage 8/9 Jun 2021
(Central Texas, Ukrainian); Basecamp Campfire 28 Aug 2020 (Lisbon, European Portuguese). Vendor timeline facts from
public statements (SOURCES-heldout56.md); people, companies, ticket keys, chat wording, wrong first guesses and every
customer-side minute are invented."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2019-07-22 16:02' in zone -> '2019-07-22T16:02' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    return c(local, zone) + "Z"


def ep(utc):
    """'2020-07-04 02:31:07' (UTC) -> epoch seconds."""
    return int(datetime.strptime(utc, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp())


ACC, KIN, LON, BKK, KUL = "Africa/Accra", "America/Jamaica", "Europe/London", "Asia/Bangkok", "Asia/Kuala_Lumpur"
OSL, BCN, BLR, CHI, LIS, TOR, Z = "Europe/Oslo", "Europe/Madrid", "Asia/Kolkata", "America/Chicago", "Europe/Lisbon", "America/Toronto", "UTC"


def chg(a, t1, b, t2, mid="In Progress"):
    return [(a, t1, [("status", "Open", mid)]), (b, t2, [("status", mid, "Resolved"), ("resolution", None, "Done")])]


I = []

# 0. GitHub, 22 July 2019 - 41-minute disruption from 15:46 UTC, degraded until 19:47 UTC; Accra fintech (Ghanaian English)
I.append({
    "id": "github-2019-07-deploypipeline-accra-susu",
    "name": "GitHub disruption 22 July 2019 (UTC: several services disrupted from 15:46 for 41 minutes, some degraded longer, all back to normal by 19:47; a logic error in the deployment pipeline surfaced during an unrelated deploy), seen from an Accra savings-app team whose pushes, PR pages and CI webhooks failed",
    "issueId": "98140", "key": "SUSU-0722", "summary": "Cannot push to GitHub, PR pages 500",
    "reporter": "Efua Mensah-Bonsu", "assignee": "Kojo Appiah-Nti", "labels": ["github", "deploys"],
    "components": ["agent-app"], "created": c("2019-07-22 16:02", ACC), "now": "2019-08-01T00:00:00Z",
    "defaultZone": ACC, "priority": "High",
    "description": """Since around 4pm nobody can push to GitHub, the PR pages dey show error 500. The agent app deploy is stuck.

Kojo thinks it's the MTN fibre at the office again, he's checking.""",
    "comments": [
        ("237000", "Kojo Appiah-Nti", c("2019-07-22 16:20", ACC), """Chale, it's not the MTN line. I tethered on my Vodafone data, same 500s. githubstatus is red for Git operations and API requests. Our Discord thread is pasted as discord-susu-0722.txt (Accra time, which is GMT)."""),
        ("237001", "Nana Ama Owusu", c("2019-07-22 13:10", TOR), """From Toronto side: mine also failing since about noon EDT, so it's not Accra-only. I copied GitHub's status summary into githubstatus-susu-0722.txt, their times are UTC."""),
        ("237002", "Efua Mensah-Bonsu", c("2019-07-23 10:05", ACC), """Recap (Tue 23 July). All times Accra = GMT = UTC, no conversion needed.
GitHub hard down 15:46 to 16:27 (their "41-minute disruption"), then half-working: commit log, PR list and webhooks slow, until everything was back to normal at 19:47.
First we knew: Kojo's message in Discord at 15:52. The "around 4pm" in the description was my guess.
The MTN fibre theory (15:58) was wrong. Deploy freeze from 16:14, lifted 19:55.
Actions: keep a mirror of the agent-app repo on our own runner so a hotfix can ship without GitHub; Yaw to add githubstatus to the #dev-ops feed."""),
        ("237003", "Efua Mensah-Bonsu", c("2019-07-25 09:30", ACC), """GitHub's initial write-up: a logic error introduced into their deployment pipeline manifested during a later, unrelated deploy of github.com. Nothing on our side. Closing after the follow-up is created."""),
    ],
    "changelog": chg("Kojo Appiah-Nti", c("2019-07-22 16:04", ACC), "Efua Mensah-Bonsu", c("2019-07-25 09:35", ACC)),
    "pastes": [{"file": "discord-susu-0722.txt", "zone": ACC, "referenceDate": "2019-07-22", "text": """
#dev-ops  Monday 22 July 2019
[3:52 PM] Kojo: git push dey fail with 500, github.com PR page too dey show error
[3:58 PM] Kojo: I think say na MTN fibre again, the office line was shaky this morning
[4:05 PM] Yaw: githubstatus dey show red for Git operations and API requests
[4:14 PM] Efua: deploy freeze until GitHub comes back, nobody merge anything
[4:27 PM] Kojo: push went through now!! repo page loads
[4:40 PM] Yaw: commit log still blank and PR list won't load, it's only half back
[5:30 PM] Kojo: CI webhooks arriving like 20 min late, builds starting late
[7:47 PM] Yaw: githubstatus all green now
[7:55 PM] Efua: freeze lifted, go ahead and merge
"""}, {"file": "githubstatus-susu-0722.txt", "zone": Z, "referenceDate": "2019-07-22", "text": """
GitHub status / blog summary, copied by Nana Ama (times UTC)
Mon 22 Jul 2019, 15:46 UTC: several GitHub.com services experienced a 41-minute disruption (Git operations, API requests, Gists among them); some services stayed degraded for longer.
Initial investigation: a logic error introduced into the deployment pipeline manifested during a subsequent, unrelated deployment of the GitHub.com website and destabilised internal systems.
By 19:47 UTC all services were back to normal.
"""}],
    "expected": {
        "events": [[u("2019-07-22 15:46", Z), ["disruption", "hard down"]],
                   [u("2019-07-22 15:52", Z), ["git push", "first we knew"]],
                   [u("2019-07-22 15:58", Z), ["MTN"]],
                   [u("2019-07-22 16:05", Z), ["githubstatus"]],
                   [u("2019-07-22 16:14", Z), ["freeze"]],
                   [u("2019-07-22 16:27", Z), ["push went through", "hard down"]],
                   [u("2019-07-22 16:40", Z), ["commit log"]],
                   [u("2019-07-22 17:30", Z), ["webhooks"]],
                   [u("2019-07-22 19:47", Z), ["back to normal", "green"]],
                   [u("2019-07-22 19:55", Z), ["freeze lifted", "lifted"]]],
        "keyTimes": {
            "started": kt(u("2019-07-22 15:46", Z), S, "15:46 UTC: several GitHub.com services experienced a 41-minute disruption", "githubstatus-susu-0722.txt"),
            "detected": kt(u("2019-07-22 15:52", Z), S, "git push dey fail with 500", "discord-susu-0722.txt"),
            "resolved": kt(u("2019-07-22 19:47", Z), S, "until everything was back to normal at 19:47", "comment 237002")},
        "responders": [["Efua Mensah-Bonsu", None], ["Kojo Appiah-Nti", None], ["Nana Ama Owusu", None]],
        "narrative": nar(["deployment pipeline"], ["back to normal"], ["SUSU-0722"],
                         "On 22 July 2019 from 15:46 to 19:47 UTC the team could not push, review or deploy reliably because GitHub was disrupted and then degraded.",
                         badly=["MTN"]),
    }})

# 1. Basecamp, 12/13 March 2019 - cloud storage provider outage, 2:13am-6:53am GMT; Kingston design studio (Jamaican English)
I.append({
    "id": "basecamp-2019-03-storage-kingston-studio",
    "name": "Basecamp outage 13 March 2019 (GMT: intermittently offline from 2:13am as the cloud storage provider failed, mostly back around 4:10am, minor disruptions until everything cleared at 6:53am; 9:13pm-1:53am Central), seen from a Kingston design studio that could not upload mockups for a London client",
    "issueId": "98141", "key": "KGD-0312", "summary": "Basecamp won't load, can't upload mockups",
    "reporter": "Tamika Rowe-Palmer", "assignee": "Andre McFarlane", "labels": ["basecamp", "client-delivery"],
    "components": ["studio"], "created": c("2019-03-12 21:35", KIN), "now": "2019-03-25T00:00:00Z",
    "defaultZone": KIN, "priority": "High",
    "description": """Basecamp nah load from about 9 o'clock tonight, wi cyaan upload di final mockups fi di London client. Dem deadline a 9am fi dem.

Andre seh a di Flow internet again.""",
    "comments": [
        ("237010", "Andre McFarlane", c("2019-03-12 21:58", KIN), """A nuh Flow. Mi phone pon Digicel data get di same error page. Basecamp seh dem cloud storage provider have a outage. Studio chat pasted as mattermost-kgd-0312.txt (Kingston time)."""),
        ("237011", "Delroy Whyte", c("2019-03-13 10:20", KIN), """Copied Basecamp's play-by-play into basecamp-playbyplay-kgd-0313.txt. Dem times inna GMT, five hours ahead a we."""),
        ("237012", "Tamika Rowe-Palmer", c("2019-03-14 16:00", KIN), """Recap (Thursday), Kingston time:
Impact fi we: 9:13 pm Tuesday till 1:53 am Wednesday Kingston time, going by Basecamp (2:13am to 6:53am GMT). Mostly dead till 11:10 pm, den uploads flaky till di all-clear.
First we knew: Andre inna di chat 9:20 pm. The "about 9 o'clock" inna di ticket a mi guess.
Flow theory at 9:26 pm was wrong, router restart did nutten.
Mockups went to London by WeTransfer 10:45 pm, client happy.
Action: keep a copy a every deliverable outside Basecamp, and a second upload route agreed wid each client."""),
    ],
    "changelog": chg("Andre McFarlane", c("2019-03-12 21:40", KIN), "Tamika Rowe-Palmer", c("2019-03-14 16:05", KIN)),
    "pastes": [{"file": "mattermost-kgd-0312.txt", "zone": KIN, "referenceDate": "2019-03-12", "text": """
~studio-late  Tue 12 Mar 2019
Andre McFarlane 9:20 PM  Basecamp nah load, mockup upload a spin and fail
Andre McFarlane 9:26 PM  a di Flow line again mi think, a restart di router
Tamika Rowe-Palmer 9:40 PM  router restart nuh help. Basecamp seh dem storage provider have a outage
Delroy Whyte 10:21 PM  Basecamp posted an update, still down
Tamika Rowe-Palmer 10:45 PM  sending di mockups to London by WeTransfer, cyaan wait
Andre McFarlane 11:10 PM  Basecamp open back, uploads slow though
Andre McFarlane 11:25 PM  one upload fail again, retry work
Delroy Whyte 1:53 AM  all clear pon Basecamp now, mi a go sleep
"""}, {"file": "basecamp-playbyplay-kgd-0313.txt", "zone": Z, "referenceDate": "2019-03-13", "text": """
Basecamp, "Basecamp outage: When it rains, it pours" - play-by-play, copied by Delroy (times GMT)
2:13am GMT: Basecamp 2 and Basecamp 3 both started going intermittently offline, as the cloud storage provider had a severe, sustained outage.
3:21am GMT: update posted, still waiting on the storage provider.
around 4:10am GMT: Basecamp 3 mostly back online; minor disruptions in service continue.
6:53am GMT: everything cleared.
"""}],
    "expected": {
        "events": [[u("2019-03-13 02:13", Z), ["intermittently offline", "Impact fi we"]],
                   [u("2019-03-12 21:20", KIN), ["nah load", "first we knew"]],
                   [u("2019-03-12 21:26", KIN), ["Flow"]],
                   [u("2019-03-12 21:40", KIN), ["storage provider"]],
                   [u("2019-03-13 03:21", Z), ["update"]],
                   [u("2019-03-12 22:45", KIN), ["WeTransfer"]],
                   [u("2019-03-13 04:10", Z), ["mostly back", "open back"]],
                   [u("2019-03-12 23:25", KIN), ["upload fail"]],
                   [u("2019-03-13 06:53", Z), ["cleared", "all clear"]]],
        "keyTimes": {
            "started": kt(u("2019-03-13 02:13", Z), S, "2:13am GMT: Basecamp 2 and Basecamp 3 both started going intermittently offline", "basecamp-playbyplay-kgd-0313.txt"),
            "detected": kt(u("2019-03-12 21:20", KIN), S, "Basecamp nah load, mockup upload a spin and fail", "mattermost-kgd-0312.txt"),
            "resolved": kt(u("2019-03-13 06:53", Z), S, "9:13 pm Tuesday till 1:53 am Wednesday Kingston time", "comment 237012")},
        "responders": [["Tamika Rowe-Palmer", None], ["Andre McFarlane", None], ["Delroy Whyte", None]],
        "narrative": nar(["storage provider"], ["everything cleared"], ["KGD-0312"],
                         "From 9:13 pm on 12 March to 1:53 am on 13 March 2019 (Kingston time) the studio could not reliably open Basecamp or upload files because Basecamp's cloud storage provider failed.",
                         well=["WeTransfer"], badly=["Flow"]),
    }})

# 2. Basecamp, 1 September 2020 - down 9:51-10:08am Central (14:51-15:08 UTC); Stornoway crofting co-op (Gaelic-flavoured English)
I.append({
    "id": "basecamp-2020-09-netlinks-stornoway-croft",
    "name": "Basecamp outage 1 September 2020 (Central: could not load at all 9:51am-10:08am, 14:51-15:08 UTC, network links between its two datacentres offline again), seen from a Stornoway crofting co-operative whose grazing and dipping rota lives in Basecamp",
    "issueId": "98142", "key": "CRT-0901", "summary": "Rota in Basecamp not loading",
    "reporter": "Mòrag NicLeòid", "assignee": "Iain Dòmhnallach", "labels": ["basecamp", "rota"],
    "components": ["members"], "created": c("2020-09-01 16:00", LON), "now": "2020-09-10T00:00:00Z",
    "defaultZone": LON, "priority": "Medium",
    "description": """Basecamp gone since just before four, the grazing rota is stuck and the dipping times are in it. Iain thinks it's the island broadband again, och.""",
    "comments": [
        ("237020", "Iain Dòmhnallach", c("2020-09-01 16:15", LON), """It wasn't the broadband, mo charaid - my 4G did the same. Basecamp itself was away and came back of its own accord. Our Teams chat is pasted as teams-export-crt-0901.txt (island time, BST)."""),
        ("237021", "Catrìona Mhoireasdan", c("2020-09-03 20:10", LON), """Basecamp wrote it up today ("Three Basecamp outages. One week."). The Tuesday bit is in basecamp-svn-crt-0903.txt - their times are Central, six hours behind us just now."""),
        ("237022", "Catrìona Mhoireasdan", c("2020-09-03 20:30", LON), """Recap for the committee, Thursday 3 Sept - island time (BST):
Basecamp away 15:51 to 16:08 on Tuesday, 17 minutes, going by Basecamp's own post.
First we knew: Mòrag in Teams at 15:53. The island broadband idea at 15:56 was wrong.
Mòrag phoned the vet with the dipping times from her notebook, so nothing was missed.
Action: print the rota each Monday and pin it in the fank shed."""),
    ],
    "changelog": chg("Iain Dòmhnallach", c("2020-09-01 16:02", LON), "Catrìona Mhoireasdan", c("2020-09-03 20:35", LON)),
    "pastes": [{"file": "teams-export-crt-0901.txt", "zone": LON, "referenceDate": "2020-09-01", "text": """
Chat export - Comann Chroitearan (Teams)
[01/09/2020 15:53] Mòrag NicLeòid: Basecamp not loading at all, a ghràidh, the grazing rota page just spins
[01/09/2020 15:56] Iain Dòmhnallach: could be the island broadband, the mast at Arnol was off last week
[01/09/2020 15:58] Iain Dòmhnallach: ach no, my 4G is doing the same. Basecamp itself is away
[01/09/2020 16:02] Catrìona Mhoireasdan: their status page says they're investigating
[01/09/2020 16:05] Mòrag NicLeòid: phoned the vet and read the dipping times out of my notebook instead
[01/09/2020 16:08] Iain Dòmhnallach: it's back, rota loads
[01/09/2020 16:12] Mòrag NicLeòid: rota updated, dipping times posted
[01/09/2020 16:20] Catrìona Mhoireasdan: told the members on the Facebook group it's sorted
"""}, {"file": "basecamp-svn-crt-0903.txt", "zone": CHI, "referenceDate": "2020-09-01", "text": """
Basecamp (Signal v. Noise), "Three Basecamp outages. One week. What happened?" - Tuesday part, copied by Catrìona (times Central)
Tuesday, September 1: you couldn't load Basecamp at all for 17 minutes, from 9:51am to 10:08am Central Time (14:51-15:08 UTC).
What they saw: the network links between their two datacenters went offline again, same as the Friday before; when Basecamp came back everything looked normal.
"""}],
    "expected": {
        "events": [[u("2020-09-01 14:51", Z), ["couldn't load", "Basecamp away"]],
                   [u("2020-09-01 14:53", Z), ["not loading", "first we knew"]],
                   [u("2020-09-01 14:56", Z), ["broadband"]],
                   [u("2020-09-01 14:58", Z), ["4G"]],
                   [u("2020-09-01 15:02", Z), ["investigating"]],
                   [u("2020-09-01 15:05", Z), ["vet"]],
                   [u("2020-09-01 15:08", Z), ["back", "Basecamp away"]],
                   [u("2020-09-01 15:12", Z), ["rota updated"]],
                   [u("2020-09-01 15:20", Z), ["members"]]],
        "keyTimes": {
            "started": kt(u("2020-09-01 14:51", Z), S, "from 9:51am to 10:08am Central Time", "basecamp-svn-crt-0903.txt"),
            "detected": kt(u("2020-09-01 14:53", Z), S, "Basecamp not loading at all", "teams-export-crt-0901.txt"),
            "resolved": kt(u("2020-09-01 15:08", Z), S, "Basecamp away 15:51 to 16:08 on Tuesday", "comment 237022")},
        "responders": [["Mòrag NicLeòid", None], ["Iain Dòmhnallach", None], ["Catrìona Mhoireasdan", None]],
        "narrative": nar(["network links"], ["came back"], ["CRT-0901"],
                         "On 1 September 2020 from 15:51 to 16:08 island time members could not open the grazing and dipping rota because Basecamp was down.",
                         well=["notebook"], badly=["broadband"]),
    }})

# 3. MongoDB Atlas Serverless us-central1, 28 March 2023 - 02:08-14:19 UTC; Bangkok food-delivery app (Thai)
_T3 = [("2023-03-28 02:07:41", "INFO  order-api POST /orders 201 38ms"),
       ("2023-03-28 02:08:19", "ERROR MongoServerSelectionError: connection to serverless instance tuk-prod closed"),
       ("2023-03-28 02:08:52", "ERROR MongoServerSelectionError: Server selection timed out after 30000 ms"),
       ("2023-03-28 02:15:03", "WARN  healthcheck db=fail status=503"),
       ("2023-03-28 14:19:27", "INFO  mongo pool reconnected (serverless tuk-prod)"),
       ("2023-03-28 14:19:58", "INFO  order-api POST /orders 201 41ms")]
I.append({
    "id": "mongodb-2023-03-serverless-bangkok-delivery",
    "name": "MongoDB Atlas Serverless outage in GCP us-central1, 28 March 2023 (UTC: complete outage for some serverless instances 02:08-14:19, first status text said approximately 2:12-14:20; alerts fired but did not page the right team), seen from a Bangkok food-delivery app whose order API could not reach its serverless instance",
    "issueId": "98143", "key": "TUK-0328", "summary": "แอปสั่งอาหารล่ม ต่อ database ไม่ได้",
    "reporter": "Nattapong Srisuk", "assignee": "Nattapong Srisuk", "labels": ["database", "mongodb"],
    "components": ["order-api"], "created": c("2023-03-28 09:25", BKK), "now": "2023-05-05T00:00:00Z",
    "defaultZone": BKK, "priority": "Highest",
    "description": """แอปสั่งอาหารใช้ไม่ได้ ต่อ database ไม่ได้ ตั้งแต่ประมาณ 9 โมงเช้า error เป็น MongoServerSelectionError ทุก request

น่าจะเป็นเพราะ deploy เมื่อคืน กำลัง rollback อยู่""",
    "comments": [
        ("237030", "Nattapong Srisuk", c("2023-03-28 10:10", BKK), """ไม่ใช่ deploy ของเรา rollback แล้วก็ไม่หาย ปัญหาอยู่ที่ MongoDB Atlas Serverless (GCP us-central1) แชทของทีมวางไว้ใน discord-tuk-0328.txt (เวลาไทย) ส่วน log ของ order-api อยู่ใน applog-epoch-tuk-0328.txt (epoch วินาที, UTC)"""),
        ("237031", "Pimchanok Wongsa", c("2023-03-28 22:05", BKK), """MongoDB ปิด incident แล้ว ข้อความใน status เขียนว่าประมาณ 2:12 ถึง 14:20 UTC คัดลอกไว้ใน mongodb-status-tuk-0328.txt (เวลา UTC ต้องบวก 7 ชั่วโมง)"""),
        ("237032", "Anan Chaiyaporn", c("2023-04-29 10:30", BKK), """สรุปหลัง postmortem ของ MongoDB (เวลาไทย):
ล่มจริง 09:08 ถึง 21:19 ตาม postmortem (02:08-14:19 UTC) ตัวเลข 2:12/14:20 ใน status แรกเป็นค่าประมาณ
เรารู้ครั้งแรกจาก uptime-bot ตอน 09:15 ส่วน "ประมาณ 9 โมง" ในคำอธิบายเป็นการเดา
สมมติฐานเรื่อง deploy เมื่อคืนผิด เสียเวลา rollback ไปครึ่งชั่วโมง
MongoDB บอกว่า alert ภายในของเขาดังแต่ไม่ได้ page ทีมที่ถูกต้อง เลยเริ่มแก้ตอนเช้าวันทำงานของเขา
Action: ย้ายไป dedicated cluster และตั้ง alert ของเราเองให้โทรหา on-call ไม่ใช่แค่ส่ง Discord"""),
    ],
    "changelog": chg("Nattapong Srisuk", c("2023-03-28 09:26", BKK), "Anan Chaiyaporn", c("2023-04-29 10:35", BKK)),
    "pastes": [{"file": "discord-tuk-0328.txt", "zone": BKK, "referenceDate": "2023-03-28", "text": """
#backend - อังคาร 28 มี.ค. 2566
[09:15] uptime-bot: DOWN api.tuktukeats.co.th - HTTP 503 (health check: db)
[09:18] Nattapong: เห็นแล้ว MongoServerSelectionError ทุก request
[09:30] Nattapong: น่าจะเป็น deploy เมื่อคืน ขอ rollback ก่อน
[10:05] Nattapong: rollback แล้วยังเหมือนเดิม ต่อ serverless instance ไม่ได้เลย ไม่ใช่โค้ดเรา
[10:20] Pimchanok: เปิด support case กับ MongoDB แล้ว
[11:00] Anan: ขึ้นหน้า maintenance ในแอปแล้ว แจ้งร้านค้าทาง LINE OA
[18:00] Pimchanok: ยังไม่กลับ กำลังคิดจะ restore backup ไป dedicated cluster
[21:19] uptime-bot: UP api.tuktukeats.co.th - HTTP 200
[21:25] Anan: ทดสอบสั่งอาหารได้แล้ว ปิดหน้า maintenance
"""}, {"file": "applog-epoch-tuk-0328.txt", "zone": Z, "referenceDate": "2023-03-28", "text": "\n".join("%d %s" % (ep(t), m) for t, m in _T3)},
        {"file": "mongodb-status-tuk-0328.txt", "zone": Z, "referenceDate": "2023-03-28", "text": """
MongoDB Cloud status - "Atlas Serverless: Connection errors in GCP us-central1" (copied by Pimchanok, times UTC)
Resolved: From approximately 2:12 UTC until 14:20 UTC today, Atlas Serverless instances in GCP region us-central1 may have experienced connection errors.
Postmortem (Posted Apr 28, 2023 - 20:20 UTC):
For approximately 12 hours between 2023-03-28 02:08 UTC and 2023-03-28 14:19, some Serverless customers in us-central1 had a complete outage; all connections to their instance failed.
Cause: load spike on one hardware cluster, load balancing failed, which triggered a rare memory allocation bug in the connection-handling proxies.
Detection: internal alerts fired but were not set to page the right team; work started at the beginning of the next business day.
"""}],
    "expected": {
        "events": [[u("2023-03-28 02:08", Z), ["complete outage", "ล่มจริง"]],
                   [u("2023-03-28 02:15", Z), ["DOWN", "uptime-bot"]],
                   [u("2023-03-28 02:18", Z), ["MongoServerSelectionError"]],
                   [u("2023-03-28 02:30", Z), ["rollback"]],
                   [u("2023-03-28 03:05", Z), ["serverless"]],
                   [u("2023-03-28 03:20", Z), ["support case"]],
                   [u("2023-03-28 04:00", Z), ["maintenance"]],
                   [u("2023-03-28 11:00", Z), ["dedicated"]],
                   [u("2023-03-28 14:19", Z), ["UP api", "complete outage", "ล่มจริง"]],
                   [u("2023-03-28 14:25", Z), ["maintenance"]],
                   [u("2023-04-28 20:20", Z), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(u("2023-03-28 02:08", Z), S, "between 2023-03-28 02:08 UTC and 2023-03-28 14:19", "mongodb-status-tuk-0328.txt"),
            "detected": kt(u("2023-03-28 02:15", Z), S, "DOWN api.tuktukeats.co.th", "discord-tuk-0328.txt"),
            "resolved": kt(u("2023-03-28 14:19", Z), S, "ล่มจริง 09:08 ถึง 21:19 ตาม postmortem", "comment 237032")},
        "responders": [["Nattapong Srisuk", None], ["Pimchanok Wongsa", None], ["Anan Chaiyaporn", None]],
        "narrative": nar(["memory allocation bug"], ["UP api"], ["TUK-0328"],
                         "On 28 March 2023 from 09:08 to 21:19 Bangkok time customers could not order food because the app's MongoDB Atlas Serverless instance refused all connections.",
                         badly=["deploy เมื่อคืน"]),
    }})

# 4. MongoDB Atlas, 17 January 2024 - Atlas Proxy sync bug from 08:00 UTC, throttled 13:30, dedicated changes ok 17:00, all normal 23:30; Kuala Lumpur batik shop (Malay)
I.append({
    "id": "mongodb-2024-01-atlasproxy-kualalumpur-batik",
    "name": "MongoDB Atlas operations delayed 17 January 2024 (UTC: a bug in a new Atlas Proxy version triggered fleet-wide at 08:00 and overloaded the control plane; proxies identified and throttled 13:30; dedicated-cluster changes processed with small delays by 17:00; all internal systems normal, no delays by 23:30; status resolved 18 Jan 14:08), seen from a Kuala Lumpur batik web shop whose cluster resize before a flash sale hung",
    "issueId": "98144", "key": "KED-0117", "summary": "Resize cluster Atlas tersangkut sebelum jualan kilat",
    "reporter": "Aisyah Rahman", "assignee": "Hafiz Zulkifli", "labels": ["mongodb", "jualan-kilat"],
    "components": ["kedai-web"], "created": c("2024-01-17 16:50", KUL), "now": "2024-02-15T00:00:00Z",
    "defaultZone": KUL, "priority": "High",
    "description": """Resize cluster kita M30 ke M40 tersangkut di "deploying changes" sejak petang, jualan kilat mula 6:30 ptg. Metrik Atlas pun lambat.

Hafiz rasa kad kredit syarikat kena had, sebab tu Atlas tak proses.""",
    "comments": [
        ("237040", "Hafiz Zulkifli", c("2024-01-17 17:35", KUL), """Bukan kad kredit, bil dah dibayar dan had okay. Status MongoDB ada insiden: operasi Atlas dan metrik lambat. Sembang Teams ditampal dalam teams-export-ked-0117.txt (waktu Malaysia)."""),
        ("237041", "Mei Ling Tan", c("2024-01-18 22:30", KUL), """MongoDB tutup insiden tadi. Ringkasan status dan postmortem (bila keluar) saya salin dalam atlas-status-ked-0117.txt, waktu UTC - tambah 8 jam."""),
        ("237042", "Aisyah Rahman", c("2024-02-09 11:00", KUL), """Rumusan selepas postmortem MongoDB (8 Feb), waktu Malaysia:
Kesan kepada kami: 4:00 ptg Rabu hingga 7:30 pagi Khamis - dari pepijat Atlas Proxy (08:00 UTC) sampai tiada lagi kelewatan (23:30 UTC).
Kami mula tahu: mesej Hafiz dalam Teams 4:40 ptg, resize tersangkut.
Teori kad kredit (4:55 ptg) salah.
Jualan kilat jalan tanpa resize, laman perlahan tapi tak jatuh. Resize siap 1:20 pagi.
Tindakan: buat resize sehari sebelum setiap jualan, dan Mei Ling pasang amaran sendiri bila resize lebih 30 minit."""),
    ],
    "changelog": chg("Hafiz Zulkifli", c("2024-01-17 16:52", KUL), "Aisyah Rahman", c("2024-02-09 11:05", KUL)),
    "pastes": [{"file": "teams-export-ked-0117.txt", "zone": KUL, "referenceDate": "2024-01-17", "text": """
Sembang: Operasi Kedai (Microsoft Teams export)
Hafiz Zulkifli  17/1/2024 4:40 PTG  resize M30 ke M40 tersangkut "deploying changes", dah 15 minit
Hafiz Zulkifli  17/1/2024 4:55 PTG  mungkin kad kredit kena had, Atlas tak nak proses
Mei Ling Tan  17/1/2024 5:20 PTG  status MongoDB: operasi Atlas dan metrik lambat, mereka sedang siasat
Aisyah Rahman  17/1/2024 6:30 PTG  jualan kilat mula tanpa resize, pantau CPU
Mei Ling Tan  17/1/2024 9:35 PTG  status dikemas kini, punca sudah dikenal pasti
Hafiz Zulkifli  18/1/2024 1:20 PG  resize siap akhirnya, M40 jalan
Mei Ling Tan  18/1/2024 7:40 PG  metrik Atlas dah normal balik
"""}, {"file": "atlas-status-ked-0117.txt", "zone": Z, "referenceDate": "2024-01-17", "text": """
MongoDB Cloud status - "Atlas operations and Cloud Manager metrics collection delayed" (salinan Mei Ling, waktu UTC)
Resolved - This incident has been resolved. Posted Jan 18, 2024 - 14:08 UTC
Postmortem (Posted Feb 08, 2024 - 18:54 UTC), ringkasan:
A new Atlas Proxy version released 1/9 had a bug that could sync cluster configuration far too often.
On 1/17 at 08:00 UTC the bug triggered across the fleet, overloading the control-plane application servers and their database clusters.
At 13:30 UTC the Atlas Proxies were identified as the cause and throttled; the backlog of Dedicated changes then overloaded other internal services.
By 17:00 UTC Atlas Dedicated user driven changes were being processed with only small delays.
By 23:30 UTC all internal systems were operating normally and there were no longer any delays in processing Atlas cluster changes.
"""}],
    "expected": {
        "events": [[u("2024-01-17 08:00", Z), ["triggered across the fleet", "pepijat"]],
                   [u("2024-01-17 16:40", KUL), ["resize", "mula tahu"]],
                   [u("2024-01-17 16:55", KUL), ["kad kredit"]],
                   [u("2024-01-17 17:20", KUL), ["status MongoDB"]],
                   [u("2024-01-17 18:30", KUL), ["jualan kilat"]],
                   [u("2024-01-17 13:30", Z), ["throttled"]],
                   [u("2024-01-17 17:00", Z), ["small delays"]],
                   [u("2024-01-18 01:20", KUL), ["resize siap"]],
                   [u("2024-01-17 23:30", Z), ["no longer any delays", "tiada lagi"]],
                   [u("2024-01-18 14:08", Z), ["Resolved"]]],
        "keyTimes": {
            "started": kt(u("2024-01-17 08:00", Z), S, "On 1/17 at 08:00 UTC the bug triggered across the fleet", "atlas-status-ked-0117.txt"),
            "detected": kt(u("2024-01-17 16:40", KUL), S, "resize M30 ke M40 tersangkut", "teams-export-ked-0117.txt"),
            "resolved": kt(u("2024-01-17 23:30", Z), S, "4:00 ptg Rabu hingga 7:30 pagi Khamis", "comment 237042")},
        "responders": [["Aisyah Rahman", None], ["Hafiz Zulkifli", None], ["Mei Ling Tan", None]],
        "narrative": nar(["Atlas Proxy"], ["throttled"], ["KED-0117"],
                         "From 4:00 pm on 17 January to 7:30 am on 18 January 2024 (Malaysia time) the shop could not resize its Atlas cluster or see timely metrics, so its flash sale ran on an undersized database.",
                         badly=["kad kredit"]),
    }})

# 5. MongoDB Atlas control plane, 3/4 June 2024 - 18:24-01:21 UTC, metrics until 01:56; Oslo ferry-booking app (Norwegian)
I.append({
    "id": "mongodb-2024-06-controlplane-oslo-ferry",
    "name": "MongoDB Atlas control-plane degradation 3-4 June 2024 (UTC: 18:24 to 01:21, cluster changes incl. auto-scaling and alert processing delayed; finer metrics unavailable until 01:56; a metadata migration congested the target cluster and rollback was slow), seen from an Oslo ferry-booking app whose cluster did not scale during the evening peak and whose Atlas alerts arrived late",
    "issueId": "98145", "key": "FJR-0603", "summary": "Atlas skalerer ikke, varsler kommer sent",
    "reporter": "Sigrid Haugland", "assignee": "Eirik Bakketun", "labels": ["mongodb", "booking"],
    "components": ["billett-api"], "created": c("2024-06-03 21:00", OSL), "now": "2024-06-20T00:00:00Z",
    "defaultZone": OSL, "priority": "High",
    "description": """CPU på prod-klusteret over 90 % siden ca. kvart over åtte, billettsøk går tregt. Auto-skalering har ikke slått inn.

Eirik mistenker den nye indeksen vi rullet ut i ettermiddag.""",
    "comments": [
        ("237050", "Eirik Bakketun", c("2024-06-03 21:45", OSL), """Ikke indeksen - droppet den kl. 21:10 og ingenting endret seg. Skaleringen jeg startet manuelt står bare og venter. MongoDB har en hendelse på status-siden. Teams-tråden ligger i teams-fjr-0603.txt (norsk tid)."""),
        ("237051", "Maren Solbakk", c("2024-06-04 09:15", OSL), """Kopierte MongoDB sin status/oppsummering til atlas-status-fjr-0604.txt. Tidene der er UTC, legg til to timer."""),
        ("237052", "Sigrid Haugland", c("2024-06-05 14:00", OSL), """Oppsummering (ons 5. juni), norsk tid:
Påvirkning: fra 20:24 mandag til 03:21 tirsdag (MongoDB sine tall, 18:24-01:21 UTC). Metrikkene med fin oppløsning kom først 03:56, men det var ikke brukerpåvirkning.
Først varslet: Grafana-alarmen vår 20:50. Atlas sitt eget CPU-varsel kom 21:40, femti minutter for sent.
Indeks-teorien (21:02) var feil.
Vi skrudde på kø i billett-API-et 00:30 så søkene ikke timet ut.
Tiltak: skaler opp før kveldsrushet på fredager og mandager; ha Grafana-alarmen som primær, ikke Atlas-varslene."""),
    ],
    "changelog": chg("Eirik Bakketun", c("2024-06-03 21:02", OSL), "Sigrid Haugland", c("2024-06-05 14:05", OSL)),
    "pastes": [{"file": "teams-fjr-0603.txt", "zone": OSL, "referenceDate": "2024-06-03", "text": """
Teams - #drift (eksport)
[03.06.2024 20:50] Grafana: CPU over 90 % på fjordruta-prod primær
[03.06.2024 21:02] Eirik Bakketun: mistenker indeksen fra i ettermiddag, ser på den
[03.06.2024 21:15] Eirik Bakketun: startet skalering M40 -> M50 manuelt, den står på "pending"
[03.06.2024 21:40] Maren Solbakk: der kom Atlas-varselet om CPU, femti minutter etter Grafana
[03.06.2024 22:05] Maren Solbakk: status.mongodb.com: forsinkede klyngeendringer og varsler
[04.06.2024 00:30] Eirik Bakketun: slått på kø i billett-API-et, søk tar tid men feiler ikke
[04.06.2024 03:35] Eirik Bakketun: skaleringen er endelig ferdig, CPU 45 %
[04.06.2024 03:56] Maren Solbakk: detaljerte metrikker tilbake i Atlas
"""}, {"file": "atlas-status-fjr-0604.txt", "zone": Z, "referenceDate": "2024-06-03", "text": """
MongoDB Cloud status - oppsummering (kopiert av Maren, tider i UTC)
Between June 3rd 2024, 18:24 UTC and June 4th, 1:21 UTC, Atlas customers in all commercial regions saw delays in cluster configuration changes (API calls and automated triggers such as auto-scaling) and in alert processing, including Datadog and PagerDuty integrations.
Lower granularities of cluster metrics were unavailable until up to 1:56 UTC; Data Explorer and the Real-Time Performance Panel were impaired for several hours.
Root cause: a planned metadata migration for an internal workflow system behind the Atlas control plane congested the target database cluster; rollback needed complex reconciliation.
"""}],
    "expected": {
        "events": [[u("2024-06-03 18:24", Z), ["18:24", "Påvirkning"]],
                   [u("2024-06-03 20:50", OSL), ["CPU", "Grafana"]],
                   [u("2024-06-03 21:02", OSL), ["indeks"]],
                   [u("2024-06-03 21:10", OSL), ["droppet"]],
                   [u("2024-06-03 21:15", OSL), ["skalering"]],
                   [u("2024-06-03 21:40", OSL), ["Atlas-varsel", "Atlas sitt"]],
                   [u("2024-06-03 22:05", OSL), ["status"]],
                   [u("2024-06-04 00:30", OSL), ["kø"]],
                   [u("2024-06-04 01:21", Z), ["1:21", "Påvirkning"]],
                   [u("2024-06-04 03:35", OSL), ["skaleringen"]],
                   [u("2024-06-04 01:56", Z), ["metrics", "metrikk"]]],
        "keyTimes": {
            "started": kt(u("2024-06-03 18:24", Z), S, "Between June 3rd 2024, 18:24 UTC and June 4th, 1:21 UTC", "atlas-status-fjr-0604.txt"),
            "detected": kt(u("2024-06-03 20:50", OSL), S, "Grafana: CPU over 90 %", "teams-fjr-0603.txt"),
            "resolved": kt(u("2024-06-04 01:21", Z), S, "fra 20:24 mandag til 03:21 tirsdag", "comment 237052")},
        "responders": [["Sigrid Haugland", None], ["Eirik Bakketun", None], ["Maren Solbakk", None]],
        "narrative": nar(["metadata migration"], ["rollback"], ["FJR-0603"],
                         "From 20:24 on 3 June to 03:21 on 4 June 2024 (Oslo time) ferry searches were slow because the booking database could not scale while MongoDB Atlas delayed cluster changes and alerts.",
                         well=["Grafana"], badly=["indeks"]),
    }})

# 6. Codeship Basic, 19 June 2017 - queued builds, AWS us-east-1 capacity; status 11:16-13:19 UTC; Barcelona agency (Catalan)
I.append({
    "id": "codeship-2017-06-queuedbuilds-barcelona-obrador",
    "name": "Codeship Basic queued builds 19 June 2017 (UTC status updates: 11:16 starting more instances, 11:42 traced to AWS capacity for some EC2 instance types in us-east-1, 12:19 adding capacity, 12:49 monitoring, 13:19 resolved; postmortem 20 June 18:01; start of impact never published), seen from a Barcelona web agency whose deploys waited in the queue",
    "issueId": "98146", "key": "OBR-0619", "summary": "Builds de Codeship encallades a la cua",
    "reporter": "Jordi Puigdomènech", "assignee": "Jordi Puigdomènech", "labels": ["ci", "codeship"],
    "components": ["desplegaments"], "created": c("2017-06-19 13:05", BCN), "now": "2017-06-30T00:00:00Z",
    "defaultZone": BCN, "priority": "High",
    "description": """Totes les builds de Codeship estan en cua i no n'arrenca cap. El client de la botiga vol la versió nova avui.

Segurament és el docker-compose nou que vaig pujar divendres.""",
    "comments": [
        ("237060", "Jordi Puigdomènech", c("2017-06-19 13:35", BCN), """No era el docker-compose: l'he tret i les builds continuen en cua. Codeship té un incident obert. El fil de Mattermost és a mattermost-obr-0619.txt (hora de Barcelona)."""),
        ("237061", "Montserrat Vilaró", c("2017-06-20 20:30", BCN), """He copiat l'incident i el postmortem de codeshipstatus.com a codeship-status-obr-0619.txt. Compte: hores UTC, dues menys que aquí."""),
        ("237062", "Arnau Ferrer", c("2017-06-21 10:00", BCN), """Resum (dc. 21/06), hora de Barcelona:
Impacte: des de no sabem quan - la cua ja hi era quan en Jordi la va veure a les 12:50, i Codeship no publica l'inici - fins a les 15:19, quan Codeship el va donar per resolt i les builds noves ja sortien al moment.
Primer avís: el missatge d'en Jordi a Mattermost a les 12:50.
La hipòtesi del docker-compose (12:58) era falsa.
Vaig desplegar la botiga a mà a les 14:05 i el client ni se'n va adonar.
Accions: deixar documentat el desplegament manual al README del projecte; alerta pròpia si una build és més de 15 minuts en cua."""),
    ],
    "changelog": chg("Jordi Puigdomènech", c("2017-06-19 13:06", BCN), "Arnau Ferrer", c("2017-06-21 10:05", BCN)),
    "pastes": [{"file": "mattermost-obr-0619.txt", "zone": BCN, "referenceDate": "2017-06-19", "text": """
canal ~builds  dl. 19/06/2017
Jordi Puigdomènech 12:50  les builds de Codeship estan totes en cua, cap no arrenca
Jordi Puigdomènech 12:58  deu ser el docker-compose nou, el vaig canviar divendres
Montserrat Vilaró 13:16  Codeship ha actualitzat l'incident: engeguen més instàncies
Jordi Puigdomènech 13:30  he tret el canvi del docker-compose i continuen en cua, no era això
Montserrat Vilaró 13:42  diuen que és capacitat d'AWS a us-east-1
Arnau Ferrer 14:05  desplego la botiga a mà des del meu portàtil
Montserrat Vilaró 14:49  Codeship en monitoratge, la cua va baixant
Jordi Puigdomènech 15:19  resolt segons Codeship, les builds noves surten al moment
Arnau Ferrer 15:40  última build en cua acabada, tot verd
"""}, {"file": "codeship-status-obr-0619.txt", "zone": Z, "referenceDate": "2017-06-19", "text": """
CodeShip status - "Queued Builds on Codeship Basic" (copiat per la Montserrat, hores UTC)
Investigating (hora no copiada): looking into an issue with queued builds.
Update - Jun 19, 2017 11:16 UTC: starting additional instances to deal with the queued builds.
Identified - 11:42 UTC: traced back to capacity issues with AWS; spawning more instances.
Update - 12:19 UTC: adding new capacity for the backlog and the load of US working hours.
Monitoring - 12:49 UTC: mostly caught up, working through the remaining queued builds.
Resolved - 13:19 UTC: resolved; depending on account limits some builds may still be queued, new builds process right away.
Postmortem - Jun 20, 2017 18:01 UTC: AWS had capacity issues with particular EC2 instance types in us-east-1, so scale-up failed; Codeship widened the availability zones, then switched to an instance type with more availability.
"""}],
    "expected": {
        "events": [[u("2017-06-19 12:50", BCN), ["en cua", "Primer avís"]],
                   [u("2017-06-19 12:58", BCN), ["docker-compose"]],
                   [u("2017-06-19 11:16", Z), ["instàncies", "additional instances"]],
                   [u("2017-06-19 13:30", BCN), ["docker-compose"]],
                   [u("2017-06-19 11:42", Z), ["AWS"]],
                   [u("2017-06-19 14:05", BCN), ["a mà"]],
                   [u("2017-06-19 12:19", Z), ["capacity"]],
                   [u("2017-06-19 12:49", Z), ["monitoratge", "Monitoring"]],
                   [u("2017-06-19 13:19", Z), ["resolt", "Resolved"]],
                   [u("2017-06-19 15:40", BCN), ["verd"]],
                   [u("2017-06-20 18:01", Z), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2017-06-19 12:50", BCN), S, "les builds de Codeship estan totes en cua", "mattermost-obr-0619.txt"),
            "resolved": kt(u("2017-06-19 13:19", Z), S, "fins a les 15:19, quan Codeship el va donar per resolt", "comment 237062")},
        "responders": [["Jordi Puigdomènech", None], ["Montserrat Vilaró", None], ["Arnau Ferrer", None]],
        "narrative": nar(["capacity issues with AWS"], ["instance type"], ["OBR-0619"],
                         "On 19 June 2017 until 15:19 Barcelona time the agency's deploys waited in Codeship's queue because Codeship could not get build machines from AWS.",
                         well=["a mà"], badly=["docker-compose"]),
    }})

# 7. Azure DevOps, 4 July 2020 - connectivity errors 02:26-03:40 UTC (config change); Bengaluru fintech (Indian English)
_T7 = [("2020-07-04 02:20:12", "[Agent] Job 'nightly-api' finished: Succeeded"),
       ("2020-07-04 02:31:07", "[Agent] ##[error] connection error talking to dev.azure.com, retrying"),
       ("2020-07-04 02:31:49", "[Agent] ##[error] Job 'release-prep' failed: unable to download repository"),
       ("2020-07-04 03:12:30", "[Agent] ##[error] connection error talking to dev.azure.com, retrying"),
       ("2020-07-04 03:41:15", "[Agent] connected to dev.azure.com"),
       ("2020-07-04 03:48:02", "[Agent] Job 'release-prep' finished: Succeeded")]
I.append({
    "id": "azuredevops-2020-07-config-bengaluru-release",
    "name": "Azure DevOps service outage 4 July 2020 (UTC: connectivity errors in multiple regions 02:26-03:40, inadvertent configuration change in a back-end service, mitigated by a configuration update; tracking ID SNDL-NS8), seen from a Bengaluru payments team whose Saturday-morning release pipeline failed; nobody recorded when the team first noticed",
    "issueId": "98147", "key": "RLS-0704", "summary": "Saturday release blocked - Azure DevOps connection errors",
    "reporter": "Deepa Srinivasan", "assignee": "Ravi Kumar Hegde", "labels": ["release", "azure-devops"],
    "components": ["pipelines"], "created": c("2020-07-04 09:35", BLR), "now": "2020-07-15T00:00:00Z",
    "defaultZone": BLR, "priority": "High",
    "description": """Saturday release got blocked this morning, Azure DevOps was giving connection errors on pipelines and repos. Ravi saw it first only, some time in the morning. Now it is working.

Raising this for RCA, please update.""",
    "comments": [
        ("237070", "Ravi Kumar Hegde", c("2020-07-04 09:50", BLR), """I was trying to trigger the release pipeline and it was failing with connection error only. Exactly when I first saw it I can't say, I was half asleep, sorry.
At 8:28 I checked the office Airtel proxy with Suresh, proxy was fine. At 8:40 I switched to Jio hotspot, same error. At 8:50 the Azure status page was showing a DevOps outage in multiple regions. At 9:00 Deepa put the release on hold.
Build agent log is pasted in agent-epoch-rls-0704.txt (epoch seconds, UTC)."""),
        ("237071", "Deepa Srinivasan", c("2020-07-04 11:15", BLR), """Copied the Azure status history entry into azure-status-rls-0704.txt. Times are UTC, add 5:30 for us."""),
        ("237072", "Deepa Srinivasan", c("2020-07-06 10:00", BLR), """Recap (Mon 6 July), IST:
Impact window 7:56 to 9:10 am IST Saturday (02:26 to 03:40 UTC as per Microsoft).
When we first noticed: not recorded, Ravi can't say and there was no alert from our side.
The Airtel proxy idea was wrong, it was Microsoft's back-end configuration change.
First green run 9:18, boards and repos fine by 9:28, release went out at 10:00 IST.
Actions: Ravi to add a synthetic check that pages on-call when dev.azure.com fails 3 times in 5 minutes; keep a documented manual release path."""),
    ],
    "changelog": chg("Ravi Kumar Hegde", c("2020-07-04 09:40", BLR), "Deepa Srinivasan", c("2020-07-06 10:05", BLR)),
    "pastes": [{"file": "agent-epoch-rls-0704.txt", "zone": Z, "referenceDate": "2020-07-04", "text": "\n".join("%d %s" % (ep(t), m) for t, m in _T7)},
               {"file": "azure-status-rls-0704.txt", "zone": Z, "referenceDate": "2020-07-04", "text": """
Azure status history - Azure DevOps - Service Outage - Mitigated (Tracking ID SNDL-NS8), copied by Deepa, times UTC
Summary of Impact: Between 02:26 am and 03:40 am UTC on 04 Jul 2020, customers using Azure DevOps in multiple regions may have observed connectivity errors to DevOps services.
Preliminary Root Cause: an inadvertent error with a configuration change in a back-end service caused the outage.
Mitigation: a configuration update fully mitigated the issue.
"""}],
    "expected": {
        "events": [[u("2020-07-04 02:26", Z), ["connectivity errors", "Impact window"]],
                   [u("2020-07-04 08:28", BLR), ["proxy"]],
                   [u("2020-07-04 08:40", BLR), ["Jio"]],
                   [u("2020-07-04 08:50", BLR), ["status page"]],
                   [u("2020-07-04 09:00", BLR), ["on hold"]],
                   [u("2020-07-04 03:40", Z), ["connectivity errors", "Impact window"]],
                   [u("2020-07-04 09:18", BLR), ["green"]],
                   [u("2020-07-04 09:28", BLR), ["boards"]],
                   [u("2020-07-04 10:00", BLR), ["release went out"]]],
        "keyTimes": {
            "started": kt(u("2020-07-04 02:26", Z), S, "Between 02:26 am and 03:40 am UTC on 04 Jul 2020", "azure-status-rls-0704.txt"),
            "detected": kt(None, U),
            "resolved": kt(u("2020-07-04 03:40", Z), S, "Impact window 7:56 to 9:10 am IST Saturday", "comment 237072")},
        "responders": [["Deepa Srinivasan", None], ["Ravi Kumar Hegde", None]],
        "narrative": nar(["configuration change"], ["configuration update"], ["RLS-0704"],
                         "On Saturday 4 July 2020 from 7:56 to 9:10 am IST the team could not run its release pipeline because Azure DevOps returned connectivity errors.",
                         badly=["proxy"]),
    }})

# 8. Western Broadband (Central Texas ISP), 8/9 June 2021 - edge router lost power 11:35pm-12:27am CDT; Ukrainian-run bakery
_T8 = [("2021-06-09 03:35:02", "wan0 ping 1.1.1.1 ok rtt=24ms"),
       ("2021-06-09 04:35:21", "wan0 ping 1.1.1.1 lost x3 - internet DOWN"),
       ("2021-06-09 04:36:05", "voip0 SIP registration failed (timeout)"),
       ("2021-06-09 05:27:43", "wan0 ping 1.1.1.1 ok rtt=26ms - internet UP"),
       ("2021-06-09 05:28:10", "voip0 SIP registered")]
I.append({
    "id": "westernbroadband-2021-06-edgerouter-texas-bakery",
    "name": "Western Broadband total outage night of 8-9 June 2021 (Central time: during datacentre power maintenance in Dallas the second circuit was de-energised at 11:35 pm and the edge router, whose redundant power supply had silently failed, shut down; power and internet back at 12:27 am; ISP phones and e-mail down too), seen from a Ukrainian-run Central Texas bakery whose night shift lost web orders and VoIP",
    "issueId": "98148", "key": "MZH-0608", "summary": "Вночі не було інтернету, нічна зміна без замовлень",
    "reporter": "Olena Kovalchuk", "assignee": "Taras Melnyk", "labels": ["internet", "voip"],
    "components": ["пекарня"], "created": c("2021-06-09 07:45", CHI), "now": "2021-06-20T00:00:00Z",
    "defaultZone": CHI, "priority": "Medium",
    "description": """Вночі в пекарні не було інтернету - нічна зміна не могла приймати замовлення з сайту і дзвінки (VoIP). Зранку все працює.

Тарас думає, що це наш роутер перегрівся в підсобці.""",
    "comments": [
        ("237080", "Taras Melnyk", c("2021-06-09 08:40", CHI), """Роутер не винен - у журналі WAN просто зник зв'язок з інтернетом і сам повернувся: за журналом інтернет зник о 11:35:21 вечора і повернувся о 12:27:43 ночі. Про всяк випадок о 8:35 перезавантажив роутер.
Дзвонив у Western Broadband о 8:10, нотатки з дзвінка - phone-call-mzh-0609.txt. Журнал роутера (epoch, UTC) - routerlog-epoch-mzh-0609.txt."""),
        ("237081", "Iryna Bondar", c("2021-06-09 17:30", CHI), """Western Broadband виклали пояснення в блозі "Total Outage, June 8th". Коротко переписала в wb-blog-mzh-0609.txt. Час у них центральний, як у нас."""),
        ("237082", "Olena Kovalchuk", c("2021-06-11 10:00", CHI), """Підсумок (пт 11.06), час центральний:
Інтернету не було з 11:35 вечора вівторка до 12:27 ночі середи - так пише провайдер і так показує журнал роутера.
Коли нічна зміна вперше помітила - невідомо: Степан каже, що хтось йому дзвонив на мобільний, але коли саме - ніхто не записав. Моніторингу в нас немає.
Версія про перегрітий роутер - хибна, впав граничний роутер провайдера в Далласі.
Дії: резервний LTE-модем для каси і телефону; Тарас налаштує зовнішній моніторинг з SMS на мобільний Олени."""),
    ],
    "changelog": chg("Taras Melnyk", c("2021-06-09 07:50", CHI), "Olena Kovalchuk", c("2021-06-11 10:05", CHI)),
    "pastes": [{"file": "phone-call-mzh-0609.txt", "zone": CHI, "referenceDate": "2021-06-09", "text": """
Дзвінок у Western Broadband, ср 9 червня (друкую під час розмови, Тарас)
8:10 додзвонився, оператор Кріс
- вчора ввечері планове обслуговування живлення в датацентрі в Далласі, знеструмлювали контури по черзі
- 10:35 вечора знеструмили перший контур - нічого не впало, все обладнання на двох блоках живлення
- 11:21 вечора перший контур повернули
- 11:35 вечора другий контур - і їхній граничний роутер вимкнувся, другий блок живлення був мертвий і не повідомляв про це
- 12:27 ночі живлення повернули, роутер піднявся, мережа знову в інтернеті
- їхні телефони і пошта теж лежали, тому вночі ніхто не міг до них додзвонитися
8:24 Кріс каже: роутер замінять на такий, де обидва блоки живлення працюють, до наступного вікна обслуговування
8:26 кінець розмови
"""}, {"file": "routerlog-epoch-mzh-0609.txt", "zone": Z, "referenceDate": "2021-06-09", "text": "\n".join("%d %s" % (ep(t), m) for t, m in _T8)},
        {"file": "wb-blog-mzh-0609.txt", "zone": CHI, "referenceDate": "2021-06-08", "text": """
Western Broadband, блог "Total Outage, June 8th" (переписала Ірина, центральний час)
Планове обслуговування в датацентрі в Далласі: контури живлення знеструмлювали по одному.
Перший - без впливу на абонентів; другий вимкнув лише один пристрій - граничний роутер, що з'єднує їхню мережу з інтернетом.
Його другий блок живлення вже був несправний, а модель про це не повідомляє. Коли живлення повернули, мережа знову підключилася до інтернету.
Роутер замінять до наступного вікна обслуговування.
"""}],
    "expected": {
        "events": [[u("2021-06-08 22:35", CHI), ["перший контур"]],
                   [u("2021-06-08 23:21", CHI), ["повернули"]],
                   [u("2021-06-08 23:35", CHI), ["другий контур", "зник"]],
                   [u("2021-06-09 00:27", CHI), ["живлення повернули", "повернувся"]],
                   [u("2021-06-09 08:10", CHI), ["додзвонився", "Дзвонив"]],
                   [u("2021-06-09 08:24", CHI), ["замінять"]],
                   [u("2021-06-09 08:26", CHI), ["кінець розмови"]],
                   [u("2021-06-09 08:35", CHI), ["перезавантажив"]]],
        "keyTimes": {
            "started": kt(u("2021-06-08 23:35", CHI), S, "11:35 вечора другий контур - і їхній граничний роутер вимкнувся", "phone-call-mzh-0609.txt"),
            "detected": kt(None, U),
            "resolved": kt(u("2021-06-09 00:27", CHI), S, "Інтернету не було з 11:35 вечора вівторка до 12:27 ночі середи", "comment 237082")},
        "responders": [["Olena Kovalchuk", None], ["Taras Melnyk", None], ["Iryna Bondar", None]],
        "narrative": nar(["блок живлення"], ["живлення повернули"], ["MZH-0608"],
                         "From 11:35 pm on 8 June to 12:27 am on 9 June 2021 (Central time) the bakery's night shift had no internet, so web orders and VoIP calls failed, because the ISP's edge router lost power.",
                         badly=["перегрівся"]),
    }})

# 9. Basecamp, 28 August 2020 - Campfire and Pings down 12:15-12:55pm Central (17:15-17:55 UTC); Lisbon agency (European Portuguese)
I.append({
    "id": "basecamp-2020-08-campfire-lisboa-agencia",
    "name": "Basecamp 3 Campfire and Pings outage 28 August 2020 (Central: 12:15-12:55pm, 17:15-17:55 UTC; a construction fibre cut took one datacentre link, a hidden dependency between providers took the backup, and a Redis replication resync loop overloaded the primary), seen from a Lisbon agency closing a client delivery in Campfire",
    "issueId": "98149", "key": "AGN-0828", "summary": "Campfire e Pings do Basecamp não carregam",
    "reporter": "Inês Carvalho", "assignee": "Tiago Monteiro", "labels": ["basecamp", "cliente"],
    "components": ["estudio"], "created": c("2020-08-28 18:24", LIS), "now": "2020-09-15T00:00:00Z",
    "defaultZone": LIS, "priority": "Medium",
    "description": """O Campfire e os Pings do Basecamp deixaram de carregar há uns minutos, estamos a meio da entrega ao cliente.

O Tiago acha que é a fibra da MEO outra vez.""",
    "comments": [
        ("237090", "Tiago Monteiro", c("2020-08-28 19:05", LIS), """Não era a MEO - no 4G era igual, e o resto do Basecamp abria; só o chat e os Pings é que não. Voltou sozinho. A conversa do Discord está em discord-agn-0828.txt (hora de Lisboa)."""),
        ("237091", "Rui Almeida", c("2020-09-03 21:00", LIS), """O Basecamp publicou hoje o relatório das três falhas da semana ("Three Basecamp outages. One week."). Copiei a parte de sexta para basecamp-relatorio-agn-0903.txt; as horas deles são Central, seis horas atrás de Lisboa."""),
        ("237092", "Inês Carvalho", c("2020-09-04 10:00", LIS), """Resumo (sexta 4/9), hora de Lisboa:
Campfire e Pings em baixo das 18:15 às 18:55 (hora de Lisboa), segundo o próprio Basecamp.
Primeiro sinal: a minha mensagem no Discord às 18:18; o "há uns minutos" da descrição era a olho.
A teoria da fibra MEO (18:22) estava errada.
Fechámos a entrega pelo WhatsApp e mandámos os ficheiros ao cliente às 19:20.
Ação: canal alternativo combinado com cada cliente (e-mail + WhatsApp) antes de cada entrega."""),
    ],
    "changelog": chg("Tiago Monteiro", c("2020-08-28 18:25", LIS), "Inês Carvalho", c("2020-09-04 10:05", LIS)),
    "pastes": [{"file": "discord-agn-0828.txt", "zone": LIS, "referenceDate": "2020-08-28", "text": """
#estudio - sexta 28/08/2020
[18:18] Inês Carvalho: o Campfire do Basecamp não carrega, os Pings também não
[18:22] Tiago Monteiro: deve ser a fibra da MEO outra vez, ontem caiu duas vezes
[18:26] Tiago Monteiro: afinal não, no 4G é igual. o resto do Basecamp abre, só o chat é que não
[18:30] Inês Carvalho: passamos para o WhatsApp para fechar a entrega do cliente
[18:40] Rui Almeida: o status do Basecamp já fala de problemas no Campfire e nos Pings
[18:55] Tiago Monteiro: Campfire voltou
[19:00] Inês Carvalho: confirmado, as mensagens de há pouco apareceram todas
"""}, {"file": "basecamp-relatorio-agn-0903.txt", "zone": CHI, "referenceDate": "2020-08-28", "text": """
Basecamp (Signal v. Noise), "Three Basecamp outages. One week. What happened?" - parte de sexta, copiada pelo Rui (horas Central)
Friday, August 28: Basecamp 3 Campfire chat rooms and Pings stopped loading; nobody could chat for 40 minutes, from 12:15pm to 12:55pm Central Time (17:15-17:55 UTC).
Cause: a construction crew cut the fibre carrying one of the two links between their datacentres; a surprise interdependency between network providers took the redundant link too.
The brief disconnect broke cross-datacentre Redis replication (replication buffer exceeded), and a resync loop overloaded the primary Redis server.
"""}],
    "expected": {
        "events": [[u("2020-08-28 17:15", Z), ["stopped loading", "em baixo"]],
                   [u("2020-08-28 17:18", Z), ["Campfire", "Primeiro sinal"]],
                   [u("2020-08-28 17:22", Z), ["MEO"]],
                   [u("2020-08-28 17:26", Z), ["4G"]],
                   [u("2020-08-28 17:30", Z), ["WhatsApp"]],
                   [u("2020-08-28 17:40", Z), ["status"]],
                   [u("2020-08-28 17:55", Z), ["voltou", "em baixo"]],
                   [u("2020-08-28 18:00", Z), ["confirmado"]],
                   [u("2020-08-28 18:20", Z), ["ficheiros"]]],
        "keyTimes": {
            "started": kt(u("2020-08-28 17:15", Z), S, "from 12:15pm to 12:55pm Central Time", "basecamp-relatorio-agn-0903.txt"),
            "detected": kt(u("2020-08-28 17:18", Z), S, "o Campfire do Basecamp não carrega", "discord-agn-0828.txt"),
            "resolved": kt(u("2020-08-28 17:55", Z), S, "Campfire e Pings em baixo das 18:15 às 18:55", "comment 237092")},
        "responders": [["Inês Carvalho", None], ["Tiago Monteiro", None], ["Rui Almeida", None]],
        "narrative": nar(["Redis replication"], ["voltou"], ["AGN-0828"],
                         "On 28 August 2020 from 18:15 to 18:55 Lisbon time the agency could not use Basecamp's Campfire chat or Pings to close a client delivery.",
                         well=["WhatsApp"], badly=["MEO"]),
    }})

# Follow-up tickets (invented) and the public write-up each ticket links to.
_FOLLOW = [
    ("SUSU-0725", "Mirror agent-app repo to our own runner", "https://hub.packtpub.com/github-services-were-down-for-4-hours-yesterday/", "GitHub services down, 22 July 2019 (report and GitHub statement)"),
    ("KGD-0314", "Second upload route per client", "https://signalvnoise.com/svn3/basecamp-outage-when-it-rains-it-pours/", "Basecamp outage: When it rains, it pours"),
    ("CRT-0903", "Print the rota each Monday", "https://m.signalvnoise.com/three-basecamp-outages-one-week-what-happened/", "Three Basecamp outages. One week. What happened?"),
    ("TUK-0429", "ย้ายไป dedicated cluster + alert โทรหา on-call", "https://status.cloud.mongodb.com/incidents/b78st6ky1nmf", "MongoDB Cloud: Atlas Serverless connection errors in GCP us-central1"),
    ("KED-0209", "Amaran resize lebih 30 minit", "https://status.mongodb.com/incidents/2jlmy7xrsvb3", "MongoDB Cloud: Atlas operations and metrics delayed"),
    ("FJR-0605", "Skaler opp før kveldsrushet", "https://status.mongodb.com/incidents/ds8dq4vkp6f9", "MongoDB Cloud: Atlas control plane degradation"),
    ("OBR-0621", "Alerta si una build passa 15 min en cua", "https://www.codeshipstatus.com/incidents/pj5p8djqf5w4", "CodeShip status: Queued Builds on Codeship Basic"),
    ("RLS-0706", "Synthetic check paging on dev.azure.com failures", "https://status.azure.com/en-us/status/history/", "Azure status history (SNDL-NS8)"),
    ("MZH-0611", "Резервний LTE-модем і зовнішній моніторинг", "http://www.westernbroadband.com/wordpress/?p=812", "Western Broadband: Total Outage, June 8th"),
    ("AGN-0904", "Canal alternativo por cliente antes de cada entrega", "https://m.signalvnoise.com/three-basecamp-outages-one-week-what-happened/", "Three Basecamp outages. One week. What happened?"),
]
for _spec, (_k, _s, _url, _t) in zip(I, _FOLLOW):
    _spec["links"] = [(_k, _s)]
    _spec["remote"] = [(_url, _t)]

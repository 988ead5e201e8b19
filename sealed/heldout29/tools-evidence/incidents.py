"""Held-out 29 incidents: compact specs. Five software / cloud incidents (a code host under a memcached DDoS, an RPC
provider during a blockchain halt, three cloud customers hit by AWS power and cooling events in Sydney, Northern
Virginia and Tokyo) and five outside software (a Seoul courier dispatching over a messenger knocked out by a data
centre fire, a city's outdoor warning sirens, a London distribution control room in a transmission blackout, a port
container terminal hit by ransomware, an area control centre's voice system). Timeline facts from public statements
(SOURCES-heldout29.md); people, ticket keys, chat wording, wrong first guesses and the minutes marked invented there
are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. GitHub, 28 February 2018 - memcached reflection DDoS ------------------------------------------------------------
I.append({
    "id": "github-2018-02-memcached-ddos-slack", "name": "GitHub.com unavailable 17:21-17:26 UTC and intermittently until 17:30 UTC on 28 February 2018 (memcached UDP reflection DDoS, traffic moved to a scrubbing provider)",
    "issueId": "99150", "remote": [("https://githubengineering.com/ddos-incident-report/", "February 28th DDoS Incident Report")], "links": [("NETOPS-231", "Automate scrubbing switch-over on ingress anomaly")], "key": "NETOPS-228", "summary": "github.com down / 5xx from everywhere",
    "reporter": "Jae-won Seo", "assignee": "Marisa Okafor", "labels": ["sev1", "ddos"],
    "components": ["edge", "network"], "created": "2018-02-28T17:34", "now": "2018-03-12T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """github.com unreachable or 5xx from several regions, twitter lighting up. Probably since ~9:15 going by the first tweets?

First guess: one of the transit providers is having a bad day (same as the January flap). Times Pacific unless I say otherwise.""",
    "comments": [
        ("222500", "Marisa Okafor", "2018-02-28T17:52", """Not transit. It's volumetric UDP with source port 11211 - memcached reflection, ingress peaked somewhere around 1.35 Tbps. We swung everything to Prolexic (withdrew our announcements over transit, announced only via them). Slack export attached as ddos0228-slack.txt, Pacific time."""),
        ("222501", "Colm Hurley", "2018-02-28T18:40", """Staying behind Prolexic for the rest of the day as a precaution. Not closing this until we know why the switch-over was manual."""),
        ("222502", "Marisa Okafor", "2018-03-01T19:05", """Write-up is out. The key numbers for the review: github.com was unavailable from 17:21 to 17:26 UTC and intermittently unavailable from 17:26 to 17:30 UTC. Our monitoring saw the ingress/egress ratio go wrong at 17:21 UTC and paged on-call in the same minute. The 9:15 in the description was just a guess from twitter timestamps, ignore it."""),
        ("222503", "Jae-won Seo", "2018-03-05T17:10", """Closing. Action: let the anomaly alert trigger the scrubbing switch-over automatically instead of a human typing it."""),
    ],
    "changelog": [
        ("Marisa Okafor", "2018-02-28T17:35", [("status", "Open", "In Progress")]),
        ("Colm Hurley", "2018-02-28T18:41", [("status", "In Progress", "Monitoring")]),
        ("Jae-won Seo", "2018-03-05T17:11", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ddos0228-slack.txt", "zone": "America/Los_Angeles", "referenceDate": "2018-02-28", "text": """
#netops  (export, Wed Feb 28, Pacific)
9:21 AM  pagerbot  PAGE netops-oncall: edge ingress/egress ratio anomaly, all sites
9:22 AM  Colm Hurley  that is not organic. looking at transit graphs
9:24 AM  Colm Hurley  UDP src port 11211, transit links full in two sites
9:26 AM  Marisa Okafor  decision: move to Prolexic. withdrawing transit announcements via chatops now
9:30 AM  Colm Hurley  LB response codes normal again, transit bw back to baseline
9:34 AM  Marisa Okafor  also pulled our routes from the IXs, belt and braces
9:49 AM  Jae-won Seo  status page back to green
"""}],
    "expected": {
        "events": [["2018-02-28T17:21Z", ["pagerbot", "anomaly"]], ["2018-02-28T17:24Z", ["11211"]],
                   ["2018-02-28T17:26Z", ["Prolexic"]], ["2018-02-28T17:30Z", ["response codes normal"]],
                   ["2018-02-28T17:34Z", ["IXs"]], ["2018-02-28T17:49Z", ["status page"]]],
        "keyTimes": {
            "started": kt("2018-02-28T17:21Z", S, "github.com was unavailable from 17:21 to 17:26 UTC", "comment 222502"),
            "detected": kt("2018-02-28T17:21Z", S, "PAGE netops-oncall: edge ingress/egress ratio anomaly", "ddos0228-slack.txt"),
            "resolved": kt("2018-02-28T17:30Z", S, "intermittently unavailable from 17:26 to 17:30 UTC", "comment 222502")},
        "responders": [["Marisa Okafor", None], ["Colm Hurley", None], ["Jae-won Seo", None]],
        "narrative": nar(["memcached"], ["Prolexic"], ["NETOPS-228"],
                         "On 28 February 2018 github.com was unavailable for five minutes from 17:21 UTC and intermittently unavailable until 17:30 UTC during a memcached reflection DDoS."),
    }})

# 2. Solana mainnet-beta halt, 6 February 2024, seen from an RPC provider ---------------------------------------------
I.append({
    "id": "solana-2024-02-halt-rpc-discord", "name": "Solana mainnet-beta block production halted ~09:53-14:57 UTC on 6 February 2024, seen from an RPC node provider",
    "issueId": "99151", "remote": [("https://www.theblock.co/post/276237/solana-network-restarts-after-outage-that-lasted-five-hours", "Solana network restarts after outage")], "links": [("RPC-0209", "Customer-facing banner when the cluster itself halts")], "key": "RPC-0206", "summary": "mainnet RPC: slot not advancing, customers get stale data",
    "reporter": "Lukas Brenner", "assignee": "Ewa Nowak", "labels": ["mainnet", "p1"],
    "components": ["rpc-mainnet"], "created": "2024-02-06T10:12", "now": "2024-02-20T12:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """All our mainnet RPC nodes answer with old slot, getSlot is not moving since around 11 o'clock?? Customers writing in support that transactions never confirm.

First idea: the loadbalancer in FRA, we had a deploy there this morning. Times are CET if nothing other written.""",
    "comments": [
        ("222510", "Ewa Nowak", "2024-02-06T10:30", """It is not our loadbalancer. The whole cluster is not producing blocks, the explorer shows "major outage". Nothing we can fix on our side. Discord copy from validator-ops is in rpc0206-discord.txt (CET)."""),
        ("222511", "Lukas Brenner", "2024-02-06T12:05", """Core engineers are building a fixed release, validators making snapshots at slot 246464040. We prepare our nodes for the restart with v1.17.20."""),
        ("222512", "Ewa Nowak", "2024-02-06T15:15", """Blocks are coming again. Our nodes followed without problem. Banner on our dashboard removed."""),
        ("222513", "Ewa Nowak", "2024-02-08T09:00", """Summary for the monthly report: the outage began at approximately 09:53 UTC (block finalization stopped), our slot-lag alert came 8 minutes later. Impact for our customers ended when block production resumed at 14:57 UTC, our nodes were serving new slots in the same minute. The 11 o'clock in the description was wrong, it was 10:53 our time."""),
    ],
    "changelog": [
        ("Ewa Nowak", "2024-02-06T10:13", [("status", "Open", "In Progress")]),
        ("Ewa Nowak", "2024-02-06T15:16", [("status", "In Progress", "Monitoring")]),
        ("Lukas Brenner", "2024-02-07T08:30", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "rpc0206-discord.txt", "zone": "Europe/Berlin", "referenceDate": "2024-02-06", "text": """
#validator-ops (copied from Discord, CET)
[11:01] Lukas Brenner: slot lag alert on all 6 mainnet RPC nodes, lag 400 slots and growing
[11:04] Ewa Nowak: not us. explorer shows no new root since long time, whole cluster stalled?
[11:22] Lukas Brenner: official status now: "engineers from across the ecosystem are investigating an outage on mainnet-beta"
[12:55] Ewa Nowak: validators start preparing restart, snapshots for slot 246464040
[15:57] Lukas Brenner: block production resumed!! v1.17.20 restart worked
[16:20] Ewa Nowak: customer banner removed, support macro switched back
"""}],
    "expected": {
        "events": [["2024-02-06T09:53Z", ["began"]], ["2024-02-06T10:01Z", ["slot lag alert"]],
                   ["2024-02-06T10:22Z", ["investigating"]], ["2024-02-06T11:55Z", ["restart"]],
                   ["2024-02-06T14:57Z", ["resumed"]], ["2024-02-06T15:20Z", ["banner"]]],
        "keyTimes": {
            "started": kt("2024-02-06T09:53Z", S, "the outage began at approximately 09:53 UTC", "comment 222513"),
            "detected": kt("2024-02-06T10:01Z", S, "slot lag alert on all 6 mainnet RPC nodes", "rpc0206-discord.txt"),
            "resolved": kt("2024-02-06T14:57Z", S, "ended when block production resumed at 14:57 UTC", "comment 222513")},
        "responders": [["Ewa Nowak", None], ["Lukas Brenner", None]],
        "narrative": nar(["block"], ["v1.17.20"], ["RPC-0206"],
                         "On 6 February 2024 Solana mainnet-beta produced no blocks from about 09:53 to 14:57 UTC; the provider's customers got stale data and unconfirmed transactions."),
    }})

# 3. AWS Sydney, 5 June 2016 (4 June PDT) - utility power loss, DRUPS failed to carry load ------------------------------
I.append({
    "id": "aws-sydney-2016-06-power-teams", "name": "AWS Sydney single-AZ power loss 4 June 2016 10:25 PM PDT (Sunday afternoon in Sydney), seen from a Sydney online retailer",
    "issueId": "99152", "remote": [("https://aws.amazon.com/message/4372T8/", "Summary of the AWS Service Event in the Sydney Region")], "links": [("SHOP-5110", "Spread checkout DB primary/replica across AZs")], "key": "SHOP-5106", "summary": "Checkout + API down - whole prod in ap-southeast-2a unreachable",
    "reporter": "Hamish Doyle", "assignee": "Priyanka Menon", "labels": ["outage", "aws"],
    "components": ["checkout", "platform"], "created": "2016-06-05T05:36", "now": "2016-06-20T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Checkout erroring and API not answering. Half of prod instances show as unreachable in the console.

Massive storm here today - maybe our office link / Telstra? Checking. AEST.""",
    "comments": [
        ("222520", "Priyanka Menon", "2016-06-05T05:58", """Not Telstra. AWS status page: power issue in one AZ in Sydney. All our instances in that AZ lost power at once, EBS volumes with them. Teams chat pasted as shop5106-teams.txt (AEST)."""),
        ("222521", "Hamish Doyle", "2016-06-05T06:40", """AWS says power is back in the facility, instances are coming back slowly. Our DB primary is still stuck, we are not failing over by hand yet."""),
        ("222522", "Priyanka Menon", "2016-06-05T07:15", """Checkout back, all green from our side. Leaving open for the DB rebuild."""),
        ("222523", "Priyanka Menon", "2016-06-10T01:30", """Post-incident notes. AWS summary: "At 10:25 PM PDT on June 4th" their utility provider lost a substation (note: that is their date, here it was Sunday afternoon). For us: our checkout died at 3:25 pm, PagerDuty paged me two minutes later, and checkout was back at 4:58 pm once the primary came up. AWS had power restored at 11:46 PM PDT, the rest was instance recovery. The 5:15 "all green" comment was just when I got to write it."""),
    ],
    "changelog": [
        ("Priyanka Menon", "2016-06-05T05:37", [("status", "Open", "In Progress")]),
        ("Priyanka Menon", "2016-06-05T07:16", [("status", "In Progress", "Monitoring")]),
        ("Hamish Doyle", "2016-06-14T23:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "shop5106-teams.txt", "zone": "Australia/Sydney", "referenceDate": "2016-06-05", "text": """
[5/06/2016 3:27 PM] PagerDuty: CRITICAL checkout-api healthcheck failing (3/3 targets) ap-southeast-2a
[5/06/2016 3:31 PM] Hamish Doyle: office wifi flaky too with this storm, is it Telstra?
[5/06/2016 3:44 PM] Priyanka Menon: AWS status page now says power issue one AZ Sydney. it's them
[5/06/2016 4:46 PM] Priyanka Menon: AWS: power restored to the facility, instances recovering
[5/06/2016 4:58 PM] Hamish Doyle: DB primary up, checkout taking orders again
"""}],
    "expected": {
        "events": [["2016-06-05T05:25Z", ["10:25 PM PDT", "checkout died"]], ["2016-06-05T05:27Z", ["PagerDuty"]],
                   ["2016-06-05T05:44Z", ["power issue"]], ["2016-06-05T06:46Z", ["power restored"]],
                   ["2016-06-05T06:58Z", ["checkout taking orders"]]],
        "keyTimes": {
            "started": kt("2016-06-05T05:25Z", S, "our checkout died at 3:25 pm", "comment 222523"),
            "detected": kt("2016-06-05T05:27Z", S, "CRITICAL checkout-api healthcheck failing", "shop5106-teams.txt"),
            "resolved": kt("2016-06-05T06:58Z", S, "checkout was back at 4:58 pm", "comment 222523")},
        "responders": [["Priyanka Menon", None], ["Hamish Doyle", None]],
        "narrative": nar(["power"], ["primary"], ["SHOP-5106", "ap-southeast-2a"],
                         "On Sunday 5 June 2016 (Sydney) the retailer's checkout was down from 3:25 to 4:58 pm after AWS lost power to instances in one Sydney Availability Zone during a storm."),
    }})

# 4. AWS US East, 14 June 2012 - utility cable fault, generator fan, mis-set breaker ----------------------------------
I.append({
    "id": "aws-useast-2012-06-power-irc", "name": "AWS US East single-AZ power loss 14 June 2012 (cable fault 8:44 PM PDT, breaker opened 8:57 PM PDT, majority of instances back by 10:50 PM PDT), seen from a New York startup",
    "issueId": "99153", "remote": [("http://blog.iphoting.com/blog/2012/06/18/amazon-aws-ec2-outage-us-east-1/", "AWS EC2 outage us-east-1 (status page copy)")], "links": [("OPS-1412", "Move db1 replica to a second AZ")], "key": "OPS-1406", "summary": "site + api down, db box gone (us-east-1)",
    "reporter": "Dev Kapoor", "assignee": "Rachel Lindqvist", "labels": ["outage"],
    "components": ["web", "database"], "created": "2012-06-15T04:10", "now": "2012-06-30T00:00:00Z",
    "defaultZone": "America/New_York",
    "description": """site and api are down, our db instance is unreachable and 2 of the 3 web boxes too. AWS console very slow.

could be the kernel update we rolled this afternoon?? all instances rebooted with it. times eastern.""",
    "comments": [
        ("222530", "Rachel Lindqvist", "2012-06-15T04:35", """not the kernel update - AWS status page says power event in a single AZ in US East. our db + 2 web boxes are all in that AZ (yes, I know). irc log attached as ops1406-irc.txt (eastern)."""),
        ("222531", "Dev Kapoor", "2012-06-15T05:30", """AWS: generator fixed and restarted, instances coming back. db instance booted but EBS volume needs a consistency check, running it now."""),
        ("222532", "Rachel Lindqvist", "2012-06-15T06:05", """we're up. going to bed."""),
        ("222533", "Rachel Lindqvist", "2012-06-18T15:00", """Recap after reading the AWS summary. Sequence on their side: cable fault in the utility system 8:44PM PDT (everything moved to generator fine), one generator overheated and powered off 8:53PM PDT (load moved to the secondary circuit, still fine), then a breaker on that circuit that was set too low opened at 8:57PM PDT and the AZ's affected instances had no power at all. That last one is our start - nagios yelled a minute later. Generator back 10:19PM PDT, most instances up by 10:50PM PDT. Our own end: serving traffic again at 1:52 AM eastern, after the fsck of the db volume."""),
    ],
    "changelog": [
        ("Rachel Lindqvist", "2012-06-15T04:11", [("status", "Open", "In Progress")]),
        ("Rachel Lindqvist", "2012-06-15T06:06", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ops1406-irc.txt", "zone": "America/New_York", "referenceDate": "2012-06-14", "text": """
--- Log opened Thu Jun 14 23:30:00 2012
23:58 <nagios> PROBLEM: db1 HOST DOWN; web2 HOST DOWN; web3 HOST DOWN
23:59 <dkapoor> uh. all at once? that kernel from today?
--- Day changed Fri Jun 15 2012
00:12 <rlindqvist> AWS status: power issue single AZ us-east-1, it's them
01:19 <rlindqvist> aws says generator restarted, power coming back
01:50 <dkapoor> db1 booted, ebs fsck running, web2/web3 back
01:52 <rlindqvist> site + api serving again, nagios OK
"""},
        {"file": "aws0614-status.txt", "zone": "America/Los_Angeles", "referenceDate": "2012-06-14", "text": """
(copied from status.aws.amazon.com, EC2 N. Virginia, Pacific time as posted)
9:21 PM PDT We are investigating connectivity issues for a number of instances in the US-EAST-1 Region.
(summary posted next day, condensed)
8:44PM PDT cable fault in the utility's high voltage distribution; two substations offline, AZ moved to generator power
8:53PM PDT one generator overheated (defective cooling fan) and powered off; load moved to secondary back-up power
8:57PM PDT breaker on the secondary circuit, configured to open at too low a threshold, opened - affected instances without power
10:19PM PDT generator fan fixed, generator restarted
10:50PM PDT majority of instances recovered
"""}],
    "expected": {
        "events": [["2012-06-15T03:44Z", ["cable fault"]], ["2012-06-15T03:53Z", ["overheated"]],
                   ["2012-06-15T03:57Z", ["breaker"]], ["2012-06-15T03:58Z", ["nagios"]],
                   ["2012-06-15T04:12Z", ["AWS status"]], ["2012-06-15T05:19Z", ["generator restarted"]],
                   ["2012-06-15T05:52Z", ["serving again"]]],
        "keyTimes": {
            "started": kt("2012-06-15T03:57Z", S, "a breaker on that circuit that was set too low opened at 8:57PM PDT", "comment 222533"),
            "detected": kt("2012-06-15T03:58Z", S, "PROBLEM: db1 HOST DOWN", "ops1406-irc.txt"),
            "resolved": kt("2012-06-15T05:52Z", S, "serving traffic again at 1:52 AM eastern", "comment 222533")},
        "responders": [["Rachel Lindqvist", None], ["Dev Kapoor", None]],
        "narrative": nar(["breaker"], ["fsck"], ["OPS-1406", "db1"],
                         "Late on 14 June 2012 (Eastern) the startup's site and API were down for about two hours after AWS lost power to instances in one US East Availability Zone."),
    }})

# 5. AWS Tokyo, 23 August 2019 - cooling control failure, seen from a payments app ---------------------------------------
I.append({
    "id": "aws-tokyo-2019-08-cooling-slack", "name": "AWS Tokyo single-AZ overheating from 12:36 JST on 23 August 2019 (cooling control system failure), seen from a QR payments app; the app's own recovery time was not recorded",
    "issueId": "99154", "remote": [("https://aws.amazon.com/jp/message/56489/", "東京リージョン (AP-NORTHEAST-1) で発生した Amazon EC2 と Amazon EBS の事象概要")], "links": [("PAY-0830", "Multi-AZ RDS writer and dashboard retention")], "key": "PAY-0823", "summary": "決済API timeout多発 / payment API timeouts (apne1)",
    "reporter": "Takumi Arai", "assignee": "Yui Kobayashi", "labels": ["障害", "aws"],
    "components": ["payment-api"], "created": "2019-08-23T03:52", "now": "2019-09-10T00:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """Payment API is timeout very much from lunch time. Merchants call to support center.

Maybe our RDS failover is happened? Yesterday we changed parameter group. Time is JST.""",
    "comments": [
        ("222540", "Yui Kobayashi", "2019-08-23T04:20", """RDS parameter is not the reason. AWS Health Dashboard say EC2 problem in one AZ of Tokyo region. Our api servers in apne1-az1 is many "unreachable". Slack log is pay0823-slack.txt (JST)."""),
        ("222541", "Takumi Arai", "2019-08-23T05:30", """We try to add servers in other AZ, but RDS writer is in the same AZ, so still many error."""),
        ("222542", "Yui Kobayashi", "2019-08-23T14:10", """AWS posted that most EC2 recovered (18:39) and RDS recovered (22:19). When our payment API was really OK again, nobody wrote down - everyone was watching the AWS page, not our dashboard, and the dashboard lost the data of that evening. Please don't use the AWS post times as our recovery."""),
        ("222543", "Takumi Arai", "2019-08-28T02:00", """AWS report (Japanese version): 日本時間 2019年8月23日 12:36 より overheating in one AZ because of control system failure of the cooling. Our first alert was 12:41, five minutes after. Close this ticket, actions in PAY-0830."""),
    ],
    "changelog": [
        ("Yui Kobayashi", "2019-08-23T03:53", [("status", "Open", "In Progress")]),
        ("Takumi Arai", "2019-08-28T02:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "pay0823-slack.txt", "zone": "Asia/Tokyo", "referenceDate": "2019-08-23", "text": """
#pay-alert
12:41  datadog  [P1] payment-api p99 latency > 5s, error rate 38%
12:47  Takumi Arai  RDSのfailover? check please
13:05  Yui Kobayashi  AWS Health: EC2 instance impaired, apne1-az1. not our RDS
13:40  Takumi Arai  start new api servers in az4, but RDS writer still az1...
18:39  Yui Kobayashi  AWS update: 大部分のEC2は復旧
22:19  Yui Kobayashi  AWS update: RDS 復旧
"""}],
    "expected": {
        "events": [["2019-08-23T03:36Z", ["12:36"]], ["2019-08-23T03:41Z", ["datadog"]],
                   ["2019-08-23T04:05Z", ["AWS Health"]], ["2019-08-23T04:40Z", ["az4"]],
                   ["2019-08-23T09:39Z", ["EC2"]], ["2019-08-23T13:19Z", ["RDS"]]],
        "keyTimes": {
            "started": kt("2019-08-23T03:36Z", S, "2019年8月23日 12:36 より overheating in one AZ", "comment 222543"),
            "detected": kt("2019-08-23T03:41Z", S, "[P1] payment-api p99 latency > 5s", "pay0823-slack.txt"),
            "resolved": kt(None, U)},
        "responders": [["Yui Kobayashi", None], ["Takumi Arai", None]],
        "narrative": nar(["cooling"], ["az4"], ["PAY-0823", "apne1-az1"],
                         "From 12:36 JST on 23 August 2019 the payments app's API timed out for many merchants because AWS instances in one Tokyo Availability Zone overheated; when the app fully recovered was not recorded."),
    }})

# 6. SK C&C Pangyo data centre fire, 15 October 2022, seen from a Seoul courier dispatching drivers over KakaoTalk ------
I.append({
    "id": "pangyo-2022-10-fire-courier-kakaotalk", "name": "Pangyo data centre fire 15 October 2022 (fire 15:19, power cut 15:22, KakaoTalk failing from about 15:30 KST), seen from a Seoul courier that dispatched drivers over KakaoTalk",
    "issueId": "99155", "remote": [("http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=173112", "KBS: Kakao, Naver services disrupted by data center fire")], "links": [("DSP-1019", "SMS fallback as standing second channel")], "key": "DSP-1015", "summary": "기사 배차 메시지 안 감 / driver dispatch messages not delivered",
    "reporter": "Park Ji-hoon", "assignee": "Kim Seo-yeon", "labels": ["dispatch", "saturday"],
    "components": ["dispatch"], "created": "2022-10-15T06:50", "now": "2022-10-31T00:00:00Z",
    "defaultZone": "Asia/Seoul",
    "description": """Drivers not receive job messages, afternoon pickups piling. Kakao channel shows sending spinner forever.

Maybe our dispatch server again (Tuesday same problem with the queue)? Time KST.""",
    "comments": [
        ("222550", "Kim Seo-yeon", "2022-10-15T07:05", """Dispatch server is fine, queue empty. It is KakaoTalk itself - news say fire in the data centre in Pangyo, Kakao and Daum down. Copy of our ops room KakaoTalk/SMS log in dsp1015-log.txt (KST). We go to SMS for all drivers."""),
        ("222551", "Park Ji-hoon", "2022-10-15T08:30", """SMS fallback working, all 143 drivers confirmed. Late afternoon pickups rescheduled, customers called."""),
        ("222552", "Kim Seo-yeon", "2022-10-16T01:00", """KakaoTalk messages sending again since around 1:30 this night, but we stay on SMS until Monday. Other Kakao services still broken."""),
        ("222553", "Kim Seo-yeon", "2022-10-20T02:00", """Review: ministry timeline says fire at 15:19, power to servers cut 15:22, KakaoTalk connection problems from around 15:30. For us the impact is from 15:30 when dispatch messages stop arriving, until 16:12 when last driver confirmed job by SMS. The KakaoTalk recovery in the night does not matter for our impact, we were already on SMS."""),
    ],
    "changelog": [
        ("Kim Seo-yeon", "2022-10-15T06:51", [("status", "Open", "In Progress")]),
        ("Park Ji-hoon", "2022-10-15T08:31", [("status", "In Progress", "Monitoring")]),
        ("Kim Seo-yeon", "2022-10-24T00:30", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "dsp1015-log.txt", "zone": "Asia/Seoul", "referenceDate": "2022-10-15", "text": """
2022년 10월 15일 토요일
오후 3:34 박지훈: 기사님 전화 - job message not coming since some minutes (driver Lee, Bundang)
오후 3:41 김서연: 3 more drivers same. dispatch queue empty, server OK
오후 3:52 김서연: news: Pangyo data centre fire, KakaoTalk down nationwide
오후 3:58 박지훈: start SMS dispatch for all drivers
오후 4:12 박지훈: last driver confirmed job by SMS, all dispatch moving
2022년 10월 16일 일요일
오전 1:30 김서연: KakaoTalk sending again (partly), we stay SMS
"""}],
    "expected": {
        "events": [["2022-10-15T06:19Z", ["fire"]], ["2022-10-15T06:22Z", ["power"]],
                   ["2022-10-15T06:30Z", ["KakaoTalk"]], ["2022-10-15T06:34Z", ["job message"]],
                   ["2022-10-15T06:58Z", ["SMS dispatch"]], ["2022-10-15T07:12Z", ["last driver"]],
                   ["2022-10-15T16:30Z", ["sending again"]]],
        "keyTimes": {
            "started": kt("2022-10-15T06:30Z", S, "For us the impact is from 15:30 when dispatch messages stop arriving", "comment 222553"),
            "detected": kt("2022-10-15T06:34Z", S, "job message not coming since some minutes", "dsp1015-log.txt"),
            "resolved": kt("2022-10-15T07:12Z", S, "until 16:12 when last driver confirmed job by SMS", "comment 222553")},
        "responders": [["Kim Seo-yeon", None], ["Park Ji-hoon", None]],
        "narrative": nar(["fire"], ["SMS"], ["DSP-1015"],
                         "On 15 October 2022 the courier could not send jobs to its drivers from 15:30 to 16:12 KST because KakaoTalk went down after a fire at a data centre in Pangyo."),
    }})

# 7. Dallas outdoor warning sirens, 7-8 April 2017 ----------------------------------------------------------------------
I.append({
    "id": "dallas-2017-04-sirens-cad", "name": "Dallas outdoor warning sirens activated without an emergency 11:42 PM 7 April - 1:20 AM 8 April 2017 (unauthorised activation, 911 call surge)",
    "issueId": "99156", "remote": [("http://www.mercedsunstar.com/news/business/article143509739.html", "AP: Dallas looking at why emergency sirens sounded in error")], "links": [("OEM-0411", "Encrypt siren activation link")], "key": "OEM-0407", "summary": "All outdoor warning sirens sounding - no weather event",
    "reporter": "Dwayne Castillo", "assignee": "Rosa Elizondo", "labels": ["sirens", "911-surge"],
    "components": ["outdoor-warning", "911"], "created": "2017-04-08T05:05", "now": "2017-04-30T00:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """ALL outdoor warning sirens going off across the city, no NWS warning active, no test scheduled. 911 getting flooded with people asking if it's a tornado.

Sounds like sirens started ~11:30? Could be the controller running a test schedule by mistake. Central time.""",
    "comments": [
        ("222560", "Rosa Elizondo", "2017-04-08T05:30", """Not a test schedule - the controller log shows no schedule firing. We shut them down from the console and they came back on. Crews going to the repeaters. CAD export in oem0407-cad.csv.txt (Central)."""),
        ("222561", "Dwayne Castillo", "2017-04-08T05:55", """Sirens quiet since 12:48, looks resolved, standing down the extra call takers."""),
        ("222562", "Rosa Elizondo", "2017-04-08T05:58", """NO - they re-activated at 12:52. Keep the call takers. We are unplugging the system at the repeater sites."""),
        ("222563", "Rosa Elizondo", "2017-04-08T19:00", """Statement at the press conference: the sirens sounded from 11:42 p.m. Friday and the system was completely shut off by 1:20 a.m. Saturday. It appears someone activated the system without authorization; the FCC is helping. The "~11:30" in the description was wrong, that was the start of the call-count window they quoted (11:30 p.m. to 3 a.m., about 4,400 calls)."""),
        ("222564", "Dwayne Castillo", "2017-04-11T15:00", """Closing. System rebuilt with encryption on the activation link, back in service Monday."""),
    ],
    "changelog": [
        ("Rosa Elizondo", "2017-04-08T05:06", [("status", "Open", "In Progress")]),
        ("Dwayne Castillo", "2017-04-08T05:56", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Rosa Elizondo", "2017-04-08T05:59", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Dwayne Castillo", "2017-04-11T15:01", [("status", "Reopened", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "oem0407-cad.csv.txt", "zone": "America/Chicago", "referenceDate": "2017-04-07", "text": """
time_local,source,event
23:42,SIREN-CTRL,ACTIVATE all 156 outdoor warning sirens (no NWS product active)
23:43,911,first call re sirens - caller Oak Cliff asks if tornado
23:57,911,~800 calls since sirens began - longest hold 6 min
00:17,OEM,tweet: System malfunction with City of Dallas siren system. Please do NOT call 911
00:48,SIREN-CTRL,console shutdown - sirens silent
00:52,SIREN-CTRL,sirens re-activated
01:20,SIREN-CTRL,system disconnected at repeaters - all sirens silent
"""}],
    "expected": {
        "events": [["2017-04-08T04:42Z", ["ACTIVATE"]], ["2017-04-08T04:43Z", ["first call"]],
                   ["2017-04-08T04:57Z", ["800 calls"]], ["2017-04-08T05:17Z", ["tweet"]],
                   ["2017-04-08T05:48Z", ["console shutdown"]], ["2017-04-08T05:52Z", ["re-activated"]],
                   ["2017-04-08T06:20Z", ["all sirens silent"]]],
        "keyTimes": {
            "started": kt("2017-04-08T04:42Z", S, "the sirens sounded from 11:42 p.m. Friday", "comment 222563"),
            "detected": kt("2017-04-08T04:43Z", S, "first call re sirens - caller Oak Cliff asks if tornado", "oem0407-cad.csv.txt"),
            "resolved": kt("2017-04-08T06:20Z", S, "the system was completely shut off by 1:20 a.m. Saturday", "comment 222563")},
        "responders": [["Rosa Elizondo", None], ["Dwayne Castillo", None]],
        "narrative": nar(["without authorization"], ["unplugging"], ["OEM-0407", "SIREN-CTRL"],
                         "From 11:42 p.m. on 7 April to 1:20 a.m. on 8 April 2017 all 156 outdoor warning sirens in Dallas sounded on and off without an emergency, and 911 lines were flooded."),
    }})

# 8. London blackout, 28 August 2003, seen from the distribution network's control room --------------------------------
I.append({
    "id": "london-2003-08-blackout-controllog", "name": "South London and north-west Kent blackout 28 August 2003 (transmission supply to New Cross / Hurst lost 18:20 BST, restored 18:57), seen from the distribution control room",
    "issueId": "99157", "remote": [("https://en.wikipedia.org/wiki/2003_London_blackout", "2003 London blackout")], "links": [("DNO-2811", "Lift-rescue liaison with fire brigade during grid loss")], "key": "DNO-2808", "summary": "Loss of supply - New Cross and Hurst grid groups (476k customers)",
    "reporter": "Gareth Pryce", "assignee": "Helen Marchbank", "labels": ["major-incident", "grid-supply"],
    "components": ["control-room", "south-london"], "created": "2003-08-28T17:31", "now": "2003-09-30T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Total loss of supply at New Cross and Hurst grid supply points. Roughly 20% of London demand off, tube and Network Rail lines in south London without traction.

Not our network as far as we can see - waiting for the transmission operator. Times BST.""",
    "comments": [
        ("222570", "Helen Marchbank", "2003-08-28T17:45", """Grid control confirm: a Buchholz alarm on a transformer at Hurst, they switched it out, and the remaining circuit into New Cross/Hurst tripped on protection at Wimbledon. They are restoring from their side. Our control log is pasted as dno2808-log.txt (BST)."""),
        ("222571", "Gareth Pryce", "2003-08-28T18:10", """Supplies back on at both grid supply points. Switching teams out for customers with local problems, lifts, etc."""),
        ("222572", "Gareth Pryce", "2003-08-28T21:00", """FYI the BBC is saying the power cut started at 1826 - that's wrong, our own SCADA has the loss at 18:20. Rail still disrupted tonight but that is trains out of position, not supply."""),
        ("222573", "Helen Marchbank", "2003-09-10T10:00", """Transmission operator's report is out. For our records: power was lost at 18:20 and restored to our network 37 minutes later at 18:57, 476,000 customers affected, 724 MW. Protection relay at Wimbledon had the wrong rating fitted. The 18:11 alarm was the start of their sequence but no customer lost supply before 18:20."""),
    ],
    "changelog": [
        ("Helen Marchbank", "2003-08-28T17:32", [("status", "Open", "In Progress")]),
        ("Gareth Pryce", "2003-08-28T21:05", [("status", "In Progress", "Monitoring")]),
        ("Helen Marchbank", "2003-09-10T10:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "dno2808-log.txt", "zone": "Europe/London", "referenceDate": "2003-08-28", "text": """
CONTROL ROOM LOG 28/08/03
18.11 (for info) grid control phone - Buchholz alarm Hurst SGT, they will switch out
18:20:07 SCADA ALARM  NEW CROSS 275/132 ALL INCOMERS - LOSS OF SUPPLY
18:20:07 SCADA ALARM  HURST 275/132 ALL INCOMERS - LOSS OF SUPPLY
18:24 LUL power control on phone - traction lost south of river
18:57 grid control: supply restored New Cross + Hurst, all incomers on
19:40 last lift-rescue job closed with fire brigade
"""}],
    "expected": {
        "events": [["2003-08-28T17:11Z", ["Buchholz", "alarm"]], ["2003-08-28T17:20Z", ["LOSS OF SUPPLY"]],
                   ["2003-08-28T17:24Z", ["traction"]], ["2003-08-28T17:57Z", ["supply restored"]],
                   ["2003-08-28T18:40Z", ["lift-rescue"]]],
        "keyTimes": {
            "started": kt("2003-08-28T17:20Z", S, "power was lost at 18:20 and restored to our network 37 minutes later at 18:57", "comment 222573"),
            "detected": kt("2003-08-28T17:20Z", S, "NEW CROSS 275/132 ALL INCOMERS - LOSS OF SUPPLY", "dno2808-log.txt"),
            "resolved": kt("2003-08-28T17:57Z", S, "restored to our network 37 minutes later at 18:57", "comment 222573")},
        "responders": [["Helen Marchbank", None], ["Gareth Pryce", None]],
        "narrative": nar(["protection relay"], ["restored"], ["DNO-2808", "NEW CROSS 275/132"],
                         "On 28 August 2003 476,000 customers in south London and north-west Kent lost power from 18:20 to 18:57 BST, stopping much of the Underground and south London rail."),
    }})

# 9. Port of Nagoya terminal system ransomware, 4-6 July 2023 --------------------------------------------------------------
I.append({
    "id": "nagoya-2023-07-terminal-ransomware-teams", "name": "Port of Nagoya unified container terminal system stopped by ransomware from about 6:30 a.m. JST 4 July 2023; system repaired 7:30 a.m. 6 July, terminals resumed that afternoon and evening",
    "issueId": "99158", "remote": [("https://www.nippon.com/en/news/yjj2023070500440/ransomware-disrupts-container-logistics-at-nagoya-port.html", "Ransomware Disrupts Container Logistics at Nagoya Port")], "links": [("TOS-0712", "Offline backup of terminal system")], "key": "TOS-0704", "summary": "ターミナルシステム停止 / terminal system down, no gate-in gate-out",
    "reporter": "Shota Ishikawa", "assignee": "Mei Fujimoto", "labels": ["ransomware", "gate"],
    "components": ["terminal-system", "gate"], "created": "2023-07-03T23:05", "now": "2023-07-31T00:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """Terminal system is not start this morning, gate cannot process trailer in/out. Trucks queue at gate.

First we think it is the server maintenance of last weekend (backup job?). Time is JST.""",
    "comments": [
        ("222580", "Mei Fujimoto", "2023-07-03T23:40", """Not maintenance. English letter demanding money came out of the printer - LockBit. Police informed. We stop all trailer loading/unloading. When we first knew, nobody can say: the night/early shift saw the system error and the printer letter at start of shift and just started calling people, no time written anywhere. My 8:05 message below is only when I joined, the ticket is from the same minute. Teams log in tos0704-teams.txt (JST)."""),
        ("222581", "Shota Ishikawa", "2023-07-04T02:00", """Association announce: system glitch around 6:30 a.m., aim to restore system by 18:00 today and restart work tomorrow 8:30 a.m."""),
        ("222582", "Mei Fujimoto", "2023-07-05T08:30", """Restart this morning was not possible, much deleted data to recover. New target Thursday morning."""),
        ("222583", "Mei Fujimoto", "2023-07-06T10:00", """All terminals working again. Summary: impact started with the glitch around 6:30 a.m. on 4 July. System repaired 7:30 a.m. on 6 July, but gate operation came back terminal by terminal: first one 3 p.m., next 5:30 p.m., the last three at 6:30 p.m. - that is the end of impact."""),
    ],
    "changelog": [
        ("Mei Fujimoto", "2023-07-03T23:06", [("status", "Open", "In Progress")]),
        ("Mei Fujimoto", "2023-07-06T10:01", [("status", "In Progress", "Monitoring")]),
        ("Shota Ishikawa", "2023-07-10T01:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "tos0704-teams.txt", "zone": "Asia/Tokyo", "referenceDate": "2023-07-04", "text": """
[7/4 8:05] Shota Ishikawa: gate says system error since morning, trucks waiting. restart server?
[7/4 8:20] Mei Fujimoto: do NOT restart. ransom letter on printer. pull network cable from servers
[7/4 11:00] Shota Ishikawa: all trailer loading/unloading cancelled today, notice to forwarders sent
[7/6 7:30] Mei Fujimoto: system repaired, data restore check ongoing
[7/6 15:00] Shota Ishikawa: first terminal gate open, trucks moving
[7/6 17:30] Shota Ishikawa: second terminal open
[7/6 18:30] Mei Fujimoto: last three terminals open, all gate-in gate-out running normal
"""}],
    "expected": {
        "events": [["2023-07-03T21:30Z", ["glitch"]], ["2023-07-03T23:20Z", ["ransom letter"]],
                   ["2023-07-04T02:00Z", ["cancelled"]], ["2023-07-05T22:30Z", ["system repaired"]],
                   ["2023-07-06T06:00Z", ["first terminal"]], ["2023-07-06T08:30Z", ["second terminal"]],
                   ["2023-07-06T09:30Z", ["last three terminals"]]],
        "keyTimes": {
            "started": kt("2023-07-03T21:30Z", S, "impact started with the glitch around 6:30 a.m. on 4 July", "comment 222583"),
            "detected": kt(None, U),
            "resolved": kt("2023-07-06T09:30Z", S, "last three terminals open, all gate-in gate-out running normal", "tos0704-teams.txt")},
        "responders": [["Mei Fujimoto", None], ["Shota Ishikawa", None]],
        "narrative": nar(["LockBit"], ["repaired"], ["TOS-0704"],
                         "From about 6:30 a.m. on 4 July 2023 the Port of Nagoya's container terminals could not move containers in or out by trailer; gates reopened between 3 p.m. and 6:30 p.m. on 6 July."),
    }})

# 10. NATS Swanwick, 7 December 2013 - voice communications system stuck in night configuration ------------------------
I.append({
    "id": "nats-2013-12-swanwick-vcs-watchlog", "name": "NATS Swanwick area control unable to leave night-time sector configuration on 7 December 2013 (TMCS servers failed overnight, voice system could not be reconfigured); resolved 19:30 GMT",
    "issueId": "99159", "remote": [("https://paperzz.com/doc/8754747/letter-from-caa-to-nats-about-air-traffic-control-disrupt...", "CAA letter to NATS on the 7 December 2013 disruption")], "links": [("ACC-0721", "TMCS resilience review")], "key": "ACC-0712", "summary": "VCS cannot load day configuration - operating 5 night sectors",
    "reporter": "Neil Ashdown", "assignee": "Fiona Kettering", "labels": ["vcs", "capacity"],
    "components": ["vcs", "area-control"], "created": "2013-12-07T06:02", "now": "2014-08-20T00:00:00Z",
    "defaultZone": "Europe/London",
    "description": """VCS will not take the day configuration. Ops room stuck on the 5 night sectors, morning traffic building.

Engineering think it's the overnight software drop on the TMCS. Times UTC/GMT (same thing today).""",
    "comments": [
        ("222590", "Fiona Kettering", "2013-12-07T07:30", """Flow restrictions in place for southern airspace, we are handling what the night sectors can hold. Manufacturer engineers called out. Watch log pasted: acc0712-watch.txt."""),
        ("222591", "Neil Ashdown", "2013-12-07T12:00", """Overnight drop was rolled back at 09:10, no change - so not the drop. Both TMCS servers failed in the night, VCS can't be reconfigured without them. Some extra sectors opened by hand since late morning."""),
        ("222592", "Fiona Kettering", "2013-12-07T19:45", """Press line at 19:30: the problem with the ground communications system at Swanwick has been resolved and operations are returning to normal. Day configuration loaded, all sectors available, restrictions lifted."""),
        ("222593", "Fiona Kettering", "2014-07-15T09:00", """Closing after the published report. About 300 flights cancelled and almost 1,500 delayed. Nobody can say when the capacity shortfall really began: the failure was in the night, traffic needed more than 5 sectors "early in the morning", no time in the report."""),
    ],
    "changelog": [
        ("Fiona Kettering", "2013-12-07T06:03", [("status", "Open", "In Progress")]),
        ("Neil Ashdown", "2013-12-07T19:50", [("status", "In Progress", "Monitoring")]),
        ("Fiona Kettering", "2014-07-15T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "acc0712-watch.txt", "zone": "UTC", "referenceDate": "2013-12-07", "text": """
WATCH LOG LAC 07 DEC
0548 ENG: TMCS reconfig to day config FAILED, VCS remains in night config. Supervisor informed
09:10 ENG: overnight TMCS drop rolled back - no change
11:25 extra sector split opened on manual config
19:30 VCS day configuration loaded, all sectors available, flow restrictions lifted
"""}],
    "expected": {
        "events": [["2013-12-07T09:10Z", ["rolled back"]], ["2013-12-07T11:25Z", ["extra sector"]],
                   ["2013-12-07T19:30Z", ["day configuration"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2013-12-07T05:48Z", S, "TMCS reconfig to day config FAILED", "acc0712-watch.txt"),
            "resolved": kt("2013-12-07T19:30Z", S, "VCS day configuration loaded, all sectors available, flow restrictions lifted", "acc0712-watch.txt")},
        "responders": [["Fiona Kettering", None], ["Neil Ashdown", None]],
        "narrative": nar(["TMCS"], ["day configuration"], ["ACC-0712"],
                         "On 7 December 2013 Swanwick area control could not open its daytime sectors because its voice system could not be reconfigured; about 300 flights were cancelled and nearly 1,500 delayed until the system was restored at 19:30 GMT."),
    }})

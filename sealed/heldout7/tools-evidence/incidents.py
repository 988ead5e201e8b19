"""Held-out 7 incident specs. All people, ticket keys, hosts, chat wording and ticket/comment times invented; every
expected event and key time comes from the public source named in SOURCES-heldout7.md (converted to UTC)."""
from lib import kt

I = []

# ---------------------------------------------------------------- 1 OpenAI, 11 Dec 2024 (PST = UTC-8)
I.append(dict(
    id="openai-2024-12-11", name="OpenAI 2024-12-11 telemetry service overwhelms the Kubernetes control plane",
    now="2024-12-20T00:00:00Z", defaultZone="America/Los_Angeles", issueId="71471", key="INFRA-4471",
    summary="API / ChatGPT / Sora hard down, 5xx everywhere", labels=["sev0", "k8s", "all-products"],
    components=["Compute Platform", "API"],
    created="2024-12-11T23:31", reporter="Anneke Solberg", assignee="Anneke Solberg",
    description="""Everything customer facing throwing 5xx since roughly 3:20. iOS 18.2 shipped today with the ChatGPT integration so my money is on a launch traffic spike.

Scaling the web tier up while we look. Bridge is open.""",
    comments=[
        ("81001", "Tobias Wren", "2024-12-11T23:52",
         "It isn't launch traffic. kube-apiserver is pinned on every big cluster and DNS based service discovery started failing once the cached records aged out. Prime suspect is the new telemetry service that rolled out at 3:12 PM: every node runs heavy API calls on a timer. We can't get kubectl through to roll it back, the API servers don't answer."),
        ("81002", "Anneke Solberg", "2024-12-12T00:40",
         """Plan of record, parallel tracks:
- scale clusters down to cut the API load
- block network access to the k8s admin APIs so the apiservers can breathe
- scale the apiservers up, then remove the telemetry service
- shift traffic to clusters that are healthy"""),
        ("81003", "Anneke Solberg", "2024-12-12T03:55",
         "Last cluster came back at 7:38 PM. Keeping this open overnight to watch error rates before we flip the status page to resolved."),
        ("81004", "Tobias Wren", "2024-12-16T18:20",
         """## Timeline for the review (Pacific, Wed 11 Dec)
- 3:12 PM telemetry service deployed across the production clusters
- 3:13 PM first alerts fire on apiserver latency
- 3:16 PM customer impact begins on API, ChatGPT and Sora
- 7:38 PM all clusters recovered, customer impact over

Staging was far smaller than production, so the API load never showed there, and DNS caching hid the failure for a few minutes after the rollout. Follow-ups: INFRA-4480 (phased infra rollouts with apiserver load checks), INFRA-4481 (break-glass access to the apiservers)."""),
    ],
    changelog=[
        ("Anneke Solberg", "2024-12-11T23:33", [("status", "Open", "In Progress")]),
        ("Anneke Solberg", "2024-12-12T04:10", [("status", "In Progress", "Monitoring")]),
        ("Anneke Solberg", "2024-12-12T17:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("INFRA-4480", "Phased infra rollouts with apiserver load checks"),
           ("INFRA-4481", "Break-glass access to the Kubernetes API servers")],
    remote=[("https://dev.to/techlogstack/openai-deployed-a-tool-to-monitor-kubernetes-and-it-took-down-all-of-kubernetes-adh", "OpenAI deployed a tool to monitor Kubernetes (summary of the status-page postmortem)")],
    pastes=[dict(file="openai-2024-12-11-slack.txt", zone="Europe/Dublin", referenceDate="2024-12-11", text="""
Wednesday, December 11th
Alertmanager  APP  11:13 PM
[FIRING:3] KubeAPIServerLatencyHigh prod-a prod-b prod-c severity=page startsAt=2024-12-11T23:13:21Z
Cathal Brennan  11:15 PM
ack. apiserver p99 is off the chart, did anything roll out?
Cathal Brennan  11:17 PM
chatgpt 5xx climbing now too, this is not just the control plane
Tobias Wren  11:19 PM
telemetry daemon went fleet-wide a few minutes ago. can't reach the apiserver to check it
Cathal Brennan  11:21 PM
kubectl times out from the jump host as well
""")],
    expected=dict(
        events=[
            ["2024-12-11T23:12Z", ["telemetry"]],
            ["2024-12-11T23:13Z", ["alert", "firing"]],
            ["2024-12-11T23:16Z", ["impact"]],
            ["2024-12-12T03:38Z", ["recovered", "came back"]],
        ],
        keyTimes=dict(
            started=kt("2024-12-11T23:16Z", "STATED", "3:16 PM customer impact begins on API, ChatGPT and Sora", "comment 81004"),
            detected=kt("2024-12-11T23:13Z", "STATED", "[FIRING:3] KubeAPIServerLatencyHigh prod-a prod-b prod-c severity=page startsAt=2024-12-11T23:13:21Z", "openai-2024-12-11-slack.txt"),
            resolved=kt("2024-12-12T03:38Z", "STATED", "7:38 PM all clusters recovered, customer impact over", "comment 81004"),
        ),
        responders=[["Anneke Solberg", "incident commander"], ["Tobias Wren", "subject expert"], ["Cathal Brennan", None]],
        narrative=dict(
            rootCause=["telemetry service", "apiserver"], fix=["scale the apiservers up", "block network access"],
            lucky=[], wentWell=[], wentBadly=["kubectl", "staging"],
            customerEffect="From 23:16 UTC on 11 December 2024 to 03:38 UTC on 12 December the OpenAI API, ChatGPT and Sora were degraded or unavailable.",
            internalNames=["INFRA-4471", "INFRA-4480", "INFRA-4481"]),
    ),
))

# ---------------------------------------------------------------- 2 OpenAI, 26 Dec 2024 (PST; ticket from Sydney, AEDT = UTC+11)
I.append(dict(
    id="openai-2024-12-26", name="OpenAI 2024-12-26 cloud provider data-centre power failure takes down databases",
    now="2025-01-06T00:00:00Z", defaultZone="Australia/Sydney", issueId="71502", key="APAC-902",
    summary="ChatGPT, Sora and most APIs >90% errors (not text completions)", labels=["sev1", "provider"],
    components=["ChatGPT", "Sora", "API"],
    created="2024-12-26T19:02", reporter="Lachlan Pereira", assignee="Rosa Ilunga",
    description="""Woke up to ChatGPT, Sora and the agents / realtime / batch / DALL-E APIs failing at well over 90%. Graphs say it started about 5:30am Sydney time. Text completions look fine.

No APAC changes overnight, so presumably a bad deploy on the US side. Assigning to Rosa (US on-call).""",
    comments=[
        ("82001", "Rosa Ilunga", "2024-12-26T19:40",
         "Not a deploy. One of our cloud provider's data centres lost power and the databases in that region went with it. Region-wide failover still needs a manual step from the provider, we're working with them to fail over what we can."),
        ("82002", "Rosa Ilunga", "2024-12-26T21:15",
         "Some databases moved to other regions, but our scale makes each failover slow. Several workstreams open on workarounds."),
        ("82003", "Lachlan Pereira", "2024-12-26T23:20",
         "Sora is back (approximately 2:58 PM PT per the US thread) and API traffic has been recovering since about 3:05 PM PT. ChatGPT still failing for most users."),
        ("82004", "Rosa Ilunga", "2025-01-03T00:10",
         """Postmortem is out (Jan 2). For the record, replacing the numbers in the status updates:
- impact from 10:40 AM PT on 26 Dec (greater than 90% errors on ChatGPT, Sora and many APIs)
- all systems except ChatGPT fully recovered by 3:11 PM PT
- ChatGPT fully recovered by 6:20 PM PT

The status post's "around 8:16 PM" is superseded. Final recovery only came when the provider recovered the region. Follow-up: APAC-915 (indirection layer between our apps and cloud databases for faster failover)."""),
    ],
    changelog=[
        ("Lachlan Pereira", "2024-12-26T19:05", [("status", "Open", "In Progress")]),
        ("Lachlan Pereira", "2024-12-26T19:06", [("assignee", "Lachlan Pereira", "Rosa Ilunga")]),
        ("Rosa Ilunga", "2024-12-27T05:00", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("APAC-915", "Indirection layer between applications and cloud databases")],
    remote=[("https://status.openai.com/incidents/6bwlxnvdncnm", "High error rates for ChatGPT, APIs, and Sora (OpenAI status)")],
    pastes=[dict(file="openai-2024-12-26-status.txt", zone="America/Los_Angeles", referenceDate="2024-12-26", text="""
(status page, copied into the ticket by Lachlan on the 27th)
Resolved
Starting at 10:40 AM PST, we experienced high error rates on ChatGPT, Sora, and a subset of APIs. We began to see recovery for Sora at approximately 2:58 PM PST, API traffic starting at approximately 3:05 PM PST, and full recovery for ChatGPT around 8:16 PM PST.
""")],
    expected=dict(
        events=[
            ["2024-12-26T18:40Z", ["impact", "error"]],
            ["2024-12-26T22:58Z", ["sora"]],
            ["2024-12-26T23:05Z", ["api"]],
            ["2024-12-26T23:11Z", ["except chatgpt"]],
            ["2024-12-27T02:20Z", ["chatgpt fully recovered"]],
        ],
        keyTimes=dict(
            started=kt("2024-12-26T18:40Z", "STATED", "impact from 10:40 AM PT on 26 Dec", "comment 82004"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2024-12-27T02:20Z", "STATED", "ChatGPT fully recovered by 6:20 PM PT", "comment 82004"),
        ),
        responders=[["Rosa Ilunga", "incident commander"], ["Lachlan Pereira", None]],
        narrative=dict(
            rootCause=["lost power", "databases"], fix=["fail over"], lucky=[], wentWell=[],
            wentBadly=["manual step"],
            customerEffect="From 18:40 UTC on 26 December 2024 ChatGPT, Sora and many APIs saw more than 90% errors; everything but ChatGPT recovered by 23:11 UTC and ChatGPT by 02:20 UTC on 27 December.",
            internalNames=["APAC-902", "APAC-915"]),
    ),
))

# ---------------------------------------------------------------- 3 OpenAI, 19 Feb 2025 (PST; team in IST = UTC+5:30)
I.append(dict(
    id="openai-2025-02", name="OpenAI 2025-02-19 misconfigured internal experiment saturates inference",
    now="2025-03-05T00:00:00Z", defaultZone="Asia/Kolkata", issueId="71633", key="CHAT-3318",
    summary="Blank responses / failed conversations on ChatGPT", labels=["sev2", "inference"], components=["Inference"],
    created="2025-02-19T18:05", reporter="Sanvi Rao", assignee="Hugo Marchetti", priority="High",
    description="""Lots of users getting blank responses, failed conversation attempts way up since 11:15 pm IST or so. Inference fleet looks saturated.

US morning peak outgrowing capacity? Not sure yet.""",
    comments=[
        ("83001", "Hugo Marchetti", "2025-02-19T18:40",
         "Not organic traffic. An internal experiment was misconfigured and is sending a surge of traffic at inference, compute is saturated. Shedding free-tier load now so paid users get capacity back, then we turn the experiment off."),
        ("83002", "Sanvi Rao", "2025-02-19T19:35",
         "Paid users came back gradually as capacity freed up, free tier being let back in. Full service restored at 12:49 am IST per the dashboards."),
        ("83003", "Hugo Marchetti", "2025-02-27T10:00",
         """Write-up is published. Customer-facing wording: on February 19, 2025, from 9:48 AM to 11:19 AM PT, ChatGPT experienced a service degradation with a significant increase in failed conversation attempts.

Actions: CHAT-3325 (risk-based approval for experiment configs instead of one uniform process), CHAT-3326 (automatic notifications of relevant experiment changes to the on-call channel)."""),
    ],
    changelog=[
        ("Sanvi Rao", "2025-02-19T18:06", [("status", "Open", "In Progress")]),
        ("Hugo Marchetti", "2025-02-20T06:30", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-3325", "Risk-based approval for experiment configuration"),
           ("CHAT-3326", "Notify on-call of relevant experiment changes")],
    remote=[("https://www.searchenginejournal.com/openai-internal-experiment-caused-elevated-errors/540868/", "OpenAI: internal experiment caused elevated errors")],
    pastes=[dict(file="openai-2025-02-gateway-log.txt", zone="UTC", referenceDate="2025-02-19", text="""
2025-02-19T17:46:55Z gw-usw2 INFO  conversation_failed_ratio=0.004 p99_ms=2410
2025-02-19T17:48:10Z gw-usw2 WARN  conversation_failed_ratio=0.081 p99_ms=9120 inference_queue=saturated
2025-02-19T17:49:30Z gw-usw2 WARN  conversation_failed_ratio=0.214 p99_ms=timeout inference_queue=saturated
2025-02-19T18:31:02Z gw-usw2 INFO  loadshed tier=free enabled by hmarchetti
""")],
    expected=dict(
        events=[
            ["2025-02-19T17:48Z", ["conversation_failed", "failed conversation"]],
            ["2025-02-19T19:19Z", ["full service", "restored"]],
        ],
        keyTimes=dict(
            started=kt("2025-02-19T17:48Z", "STATED", "from 9:48 AM to 11:19 AM PT, ChatGPT experienced a service degradation", "comment 83003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2025-02-19T19:19Z", "STATED", "from 9:48 AM to 11:19 AM PT, ChatGPT experienced a service degradation", "comment 83003"),
        ),
        responders=[["Hugo Marchetti", "incident commander"], ["Sanvi Rao", None]],
        narrative=dict(
            rootCause=["internal experiment", "misconfigured"], fix=["shedding free-tier load"], lucky=[], wentWell=[],
            wentBadly=["uniform process"],
            customerEffect="From 17:48 to 19:19 UTC on 19 February 2025 many ChatGPT users got blank responses or failed conversations.",
            internalNames=["CHAT-3318", "CHAT-3325", "CHAT-3326"]),
    ),
))

# ---------------------------------------------------------------- 4 Postmark, 15-16 Sep 2024 (EDT = UTC-4)
I.append(dict(
    id="postmark-2024-09", name="Postmark 2024-09-16 SMTP certificates expire, first alert dismissed as false alarm",
    now="2024-09-30T00:00:00Z", defaultZone="America/New_York", issueId="72212", key="PM-8812",
    summary="SMTP sending broken: TLS handshake failures on smtp endpoint", labels=["smtp", "tls", "sev1"],
    components=["SMTP"],
    created="2024-09-16T04:25", reporter="Dolores Achebe", assignee="Jonas Kuhnert",
    description="""Customers sending over SMTP get TLS handshake failures (cert expired). API sending is fine. Support queue has tickets going back to last night.

Escalated to platform, Jonas picked it up at 12:19 am.""",
    comments=[
        ("84001", "Jonas Kuhnert", "2024-09-16T04:40",
         "Confirmed: the certificates on the SMTP servers expired at midnight UTC and were never renewed. Renewal on those hosts was manual, the automation only covers the web tier. Generating new certs now, rolling host by host."),
        ("84002", "Dolores Achebe", "2024-09-16T06:30",
         "Status page updated (identified). We are telling customers to switch to the API as a workaround where they can."),
        ("84003", "Jonas Kuhnert", "2024-09-16T09:50",
         "New certificates on every SMTP node. Support says sends are going through again. Leaving open for the cert audit."),
        ("84004", "Rafaela Nunes", "2024-09-18T15:10",
         """Summary that went into the customer letter (times UTC):
- 0:00 UTC certificates on the SMTP servers expired (midnight GMT, Monday 16th)
- ~00:08 a synthetic test of the SMTP endpoint alerted; the responder misdiagnosed it and treated it as a false alarm
- ~4:19 another engineering team responded to the escalation and began work
- ~9:16 certificates fully updated, service functional

Customers using SMTP were unable to send emails from 0:00 UTC until 9:40 UTC. Follow-ups: PM-8820 (audit every certificate for automatic renewal), PM-8821 (fix the escalation path so a dismissed page still reaches a second engineer)."""),
    ],
    changelog=[
        ("Jonas Kuhnert", "2024-09-16T04:26", [("status", "Open", "In Progress")]),
        ("Jonas Kuhnert", "2024-09-16T09:52", [("status", "In Progress", "Monitoring")]),
        ("Rafaela Nunes", "2024-09-18T15:12", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("PM-8820", "Audit all certificates for automatic renewal"),
           ("PM-8821", "Escalation path for dismissed pages")],
    remote=[("https://postmarkapp.com/blog/outbound-smtp-outage-on-september-15-2024", "Outbound SMTP Outage on September 15-16, 2024")],
    pastes=[
        dict(file="postmark-2024-09-monitor.txt", zone="UTC", referenceDate="2024-09-16", text="""
2024-09-16 00:08:02 UTC  check=smtp-send-synthetic region=us-east  FAIL  x509: certificate has expired
2024-09-16 00:08:03 UTC  page sent -> infra-oncall
2024-09-16 00:14:40 UTC  ack infra-oncall note="smtp synthetic flapping again, probe issue, silencing"
2024-09-16 00:14:41 UTC  check=smtp-send-synthetic silenced 12h
"""),
        dict(file="postmark-2024-09-slack.txt", zone="Europe/Berlin", referenceDate="2024-09-16", text="""
Monday, September 16th
Jonas Kuhnert  6:19 AM
picking up the smtp escalation. handshake says cert expired, and the synthetic was silenced overnight :facepalm:
Jonas Kuhnert  6:31 AM
renewal never ran on the smtp hosts. doing them by hand
Jonas Kuhnert  11:16 AM
certificates fully updated on all smtp nodes, service functional again
Dolores Achebe  11:20 AM
nice. I'll tell support
"""),
    ],
    expected=dict(
        events=[
            ["2024-09-16T00:00Z", ["expired"]],
            ["2024-09-16T00:08Z", ["synthetic"]],
            ["2024-09-16T04:19Z", ["escalation"]],
            ["2024-09-16T09:16Z", ["certificates"]],
            ["2024-09-16T09:40Z", ["unable to send"]],
        ],
        keyTimes=dict(
            started=kt("2024-09-16T00:00Z", "STATED", "Customers using SMTP were unable to send emails from 0:00 UTC until 9:40 UTC", "comment 84004"),
            detected=kt("2024-09-16T00:08Z", "STATED", "2024-09-16 00:08:03 UTC  page sent -> infra-oncall", "postmark-2024-09-monitor.txt"),
            resolved=kt("2024-09-16T09:40Z", "STATED", "Customers using SMTP were unable to send emails from 0:00 UTC until 9:40 UTC", "comment 84004"),
        ),
        responders=[["Jonas Kuhnert", "subject expert"], ["Dolores Achebe", "comms"], ["Rafaela Nunes", None]],
        narrative=dict(
            rootCause=["certificates", "never renewed"], fix=["new certificates"], lucky=[], wentWell=["workaround"],
            wentBadly=["false alarm", "misdiagnosed"],
            customerEffect="From 00:00 to 09:40 UTC on 16 September 2024 customers sending through Postmark's SMTP endpoint could not send email; the API was unaffected.",
            internalNames=["PM-8812", "PM-8820", "PM-8821"]),
    ),
))

# ---------------------------------------------------------------- 5 Postmark, 15 May 2018 (EDT)
I.append(dict(
    id="postmark-2018-05", name="Postmark 2018-05-15 database failure after an incomplete cleanup process delays all mail",
    now="2018-05-25T00:00:00Z", defaultZone="America/New_York", issueId="72044", key="MAIL-1519",
    summary="Outbound/inbound delayed, UI unavailable", labels=["database", "queues"], components=["Database", "Outbound", "Inbound"],
    created="2018-05-15T18:12", reporter="Beatriz Quaye", assignee="Kofi Lindqvist",
    description="""Outbound and inbound both sitting in queue, UI not loading. Status page posted at 2:07.

Network? Nothing changed on our side today.""",
    comments=[
        ("85001", "Kofi Lindqvist", "2018-05-15T18:25",
         "Not network. The database had a brief failure at 1:48 PM: the cleanup process didn't complete and left it in a bad state. We are still accepting and processing messages into the queue, nothing is being dropped."),
        ("85002", "Kofi Lindqvist", "2018-05-15T18:41",
         "UI is back online and we are sending and receiving again, still delayed while the backlog drains."),
        ("85003", "Beatriz Quaye", "2018-05-15T19:03",
         "Status incident marked resolved at 3:00 PM: new email processed immediately, remaining queues still being cleared."),
        ("85004", "Kofi Lindqvist", "2018-05-17T14:00",
         """Wrap-up. Most messages were delayed a little over an hour, a small number longer; all were delivered eventually. We don't have a reliable time for when the last queued message went out, the queue graphs have a gap, and nobody can say what first tipped us off before the status post.

Follow-ups: MAIL-1530 (audit alerting and monitoring on the database), MAIL-1531 (review the queueing infrastructure)."""),
    ],
    changelog=[
        ("Kofi Lindqvist", "2018-05-15T18:14", [("status", "Open", "In Progress")]),
        ("Beatriz Quaye", "2018-05-15T19:04", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("MAIL-1530", "Audit database alerting and monitoring"), ("MAIL-1531", "Review queueing infrastructure")],
    remote=[("https://status.postmarkapp.com/incidents/5243", "Outbound and inbound messages are delayed, UI not available")],
    pastes=[dict(file="postmark-2018-05-hipchat.txt", zone="America/New_York", referenceDate="2018-05-15", text="""
[2:07 PM] Beatriz Quaye: status page is up: delays in outbound sending and inbound processing, UI unavailable
[2:09 PM] Kofi Lindqvist: looking at the db now
[2:24 PM] Kofi Lindqvist: cleanup job never finished, db fell over at 1:48. identified
[2:40 PM] Kofi Lindqvist: ui back, queues draining
[3:00 PM] Beatriz Quaye: marking the status incident resolved, still clearing queues in the background
""")],
    expected=dict(
        events=[
            ["2018-05-15T17:48Z", ["database", "db", "cleanup"]],
            ["2018-05-15T18:07Z", ["status page"]],
            ["2018-05-15T19:00Z", ["resolved"]],
        ],
        keyTimes=dict(
            started=kt("2018-05-15T17:48Z", "STATED", "The database had a brief failure at 1:48 PM", "comment 85001"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt(None, "UNKNOWN"),
        ),
        responders=[["Kofi Lindqvist", "subject expert"], ["Beatriz Quaye", "comms"]],
        narrative=dict(
            rootCause=["cleanup process"], fix=["backlog drains"], lucky=[], wentWell=["nothing is being dropped"],
            wentBadly=["gap"],
            customerEffect="On 15 May 2018 from 17:48 UTC all outbound and inbound messages were delayed for a little over an hour (some longer) and the Postmark UI was unavailable.",
            internalNames=["MAIL-1519", "MAIL-1530", "MAIL-1531"]),
    ),
))

# ---------------------------------------------------------------- 6 DigitalOcean, 1 Aug 2018 (UTC timeline; team in EDT)
I.append(dict(
    id="digitalocean-2018-08", name="DigitalOcean 2018-08-01 billing requests exhaust an internal service and take down the Cloud Control Panel",
    now="2018-08-15T00:00:00Z", defaultZone="America/New_York", issueId="73108", key="CLOUD-7731",
    summary="Cloud Control Panel down / flapping, TLS errors from internal service", labels=["control-panel", "billing"],
    components=["Cloud Control Panel", "Billing"],
    created="2018-08-01T19:24", reporter="Yusuf Halvorsen", assignee="Yusuf Halvorsen",
    description="""Control panel erroring for everyone, TLS errors from an internal service behind it. Came back by itself at 3:17 pm but I don't trust it.

1st of the month, invoices just went out, billing detail requests are through the roof. Billing Engineering paged.""",
    comments=[
        ("86001", "Ines Carvalho", "2018-08-01T20:15",
         "Root cause found at 4:10 pm: the service that answers billing detail requests hits its resource limits under the invoice-day load, fails, starts returning TLS errors and takes the whole panel down with it. It recovers by itself and then falls over again, so we get intervals of downtime."),
        ("86002", "Ines Carvalho", "2018-08-01T20:55",
         "Fix deployed at 4:49 pm to isolate the problem to the Billing area of the panel, so the rest stays up when the service falls over."),
        ("86003", "Yusuf Halvorsen", "2018-08-01T22:40",
         "It came back at 6:08 pm but only the Billing area this time, rest of the panel fine. Billing area back at 6:32 pm."),
        ("86004", "Ines Carvalho", "2018-08-02T02:45",
         "10:30 pm: deployed more resources and infrastructure allocation for the service so it holds while the real fix lands over the next days. Declaring this resolved."),
        ("86005", "Yusuf Halvorsen", "2018-08-03T16:00",
         """Postmortem draft. The summary paragraph says "76 minutes of downtime spanned across the period from 15:12 UTC to 22:36 UTC in intervals of 12-24 minutes". That first number is Eastern, not UTC, and the end does not match the timeline; going with the timeline:

- 19:12 UTC - Cloud Control Panel outage begins
- 19:15 UTC - Engineering teams alerted, investigation starts
- 19:17 UTC - panel recovers, investigation continues
- 20:10 UTC - root cause determined
- 20:49 UTC - fix deployed isolating the problem to the Billing area
- 22:08 UTC - outage reoccurs, Billing area only
- 22:32 UTC - Outage to Billing area of Control Panel ends
- 02:30 UTC - extra resources deployed; incident formally declared resolved

Follow-ups: CLOUD-7740 (detect load increases before the service hits its limits), CLOUD-7741 (limit a failing section to its own part of the panel)."""),
    ],
    changelog=[
        ("Yusuf Halvorsen", "2018-08-01T19:25", [("status", "Open", "In Progress")]),
        ("Yusuf Halvorsen", "2018-08-01T19:26", [("assignee", "Yusuf Halvorsen", "Ines Carvalho")]),
        ("Ines Carvalho", "2018-08-02T02:46", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CLOUD-7740", "Detect load increases before resource limits"), ("CLOUD-7741", "Isolate failing panel sections")],
    remote=[("http://status.digitalocean.com/incidents/zmbgnxtt3mjs", "Cloud Control Panel Errors (DigitalOcean status)")],
    pastes=[dict(file="digitalocean-2018-08-pager.txt", zone="UTC", referenceDate="2018-08-01", text="""
2018-08-01 19:15:04 UTC  INC-48812 TRIGGERED  cloud-panel synthetic login 5xx > 50%  -> billing-eng
2018-08-01 19:15:40 UTC  INC-48812 ACK        ihalvorsen
2018-08-01 19:17:22 UTC  INC-48812 RESOLVED   auto (check passing)
2018-08-01 22:08:31 UTC  INC-48840 TRIGGERED  cloud-panel /billing 5xx > 50%  -> billing-eng
2018-08-01 22:32:48 UTC  INC-48840 RESOLVED   auto (check passing)
""")],
    expected=dict(
        events=[
            ["2018-08-01T19:12Z", ["outage begins"]],
            ["2018-08-01T19:15Z", ["alerted", "triggered"]],
            ["2018-08-01T19:17Z", ["recovers", "came back"]],
            ["2018-08-01T20:10Z", ["root cause"]],
            ["2018-08-01T20:49Z", ["fix deployed"]],
            ["2018-08-01T22:08Z", ["billing"]],
            ["2018-08-01T22:32Z", ["billing"]],
            ["2018-08-02T02:30Z", ["resources", "resolved"]],
        ],
        keyTimes=dict(
            started=kt("2018-08-01T19:12Z", "STATED", "19:12 UTC - Cloud Control Panel outage begins", "comment 86005"),
            detected=kt("2018-08-01T19:15Z", "STATED", "2018-08-01 19:15:04 UTC  INC-48812 TRIGGERED", "digitalocean-2018-08-pager.txt"),
            resolved=kt("2018-08-01T22:32Z", "STATED", "22:32 UTC - Outage to Billing area of Control Panel ends", "comment 86005"),
        ),
        responders=[["Ines Carvalho", "subject expert"], ["Yusuf Halvorsen", "incident commander"]],
        narrative=dict(
            rootCause=["resource limits", "billing detail requests"], fix=["isolate the problem", "more resources"],
            lucky=[], wentWell=[], wentBadly=["intervals of downtime"],
            customerEffect="On 1 August 2018 the DigitalOcean Cloud Control Panel failed in intervals from 19:12 UTC; after 20:49 only the Billing area failed, last from 22:08 to 22:32 UTC.",
            internalNames=["CLOUD-7731", "CLOUD-7740", "CLOUD-7741"]),
    ),
))

# ---------------------------------------------------------------- 7 DigitalOcean, 7 Jun 2021 (UTC; ticket in CEST, bridge in EDT)
I.append(dict(
    id="digitalocean-2021-06", name="DigitalOcean 2021-06-07 wrong zone zeroized, two NYC1 production racks offline",
    now="2021-06-18T00:00:00Z", defaultZone="Europe/Amsterdam", issueId="73290", key="NET-6120",
    summary="NYC1: two production racks unreachable", labels=["network", "nyc1", "human-error"], components=["Network"],
    created="2021-06-07T11:20", reporter="Femke Jansen", assignee="Marcus Leng",
    description="""Two production racks in NYC1 are dark. My fault: while prepping the new racks I zeroized the wrong zone by hand and erased the top of rack switch configs on two production racks. Noticed straight away and alerted everyone at 13:14.

Everything hosted on those racks is down (Droplets, volumes, the lot).""",
    comments=[
        ("87001", "Marcus Leng", "2021-06-07T11:25",
         "IC. Bridge is open. Femke + Dario restoring the ToR configs from backup, one switch at a time."),
        ("87002", "Marcus Leng", "2021-06-07T12:30",
         """Customer impact window: 11:12 UTC to 11:47 UTC, a complete outage of every service on the two racks. One switch came back at 11:40 and services started returning, the second at 11:47.

Cleanup for this afternoon: re-check the ToR configs on the neighbouring racks and reconcile inventory."""),
        ("87003", "Femke Jansen", "2021-06-10T08:15",
         "Action items: NET-6131 zeroize only through automation, refused unless the device is Staged or Decommissioning; NET-6132 ask for confirmation when redundant devices are targeted together."),
    ],
    changelog=[
        ("Marcus Leng", "2021-06-07T11:21", [("status", "Open", "In Progress")]),
        ("Marcus Leng", "2021-06-07T15:00", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("NET-6131", "Zeroize only via automation with state checks"), ("NET-6132", "Confirmation for redundant device targets")],
    remote=[("https://status.digitalocean.com/incidents/nm8tmr42284c", "Multiple products unreachable in NYC1")],
    pastes=[dict(file="digitalocean-2021-06-zoom.txt", zone="America/New_York", referenceDate="2021-06-07", text="""
07:21:10	 From Marcus Leng : bridge up, I'm IC. Femke what's the state
07:21:55	 From Femke Jansen : configs erased on both ToRs of rack 14 and 15, restoring from the saved copies
07:33:02	 From Dario Esposito : first switch has config loaded, waiting on links
07:40:18	 From Femke Jansen : switch A forwarding, services on it coming back online
07:47:41	 From Femke Jansen : switch B back too, all services confirmed back online
07:52:09	 From Marcus Leng : ok, keep the bridge 10 more min then we close it
""")],
    expected=dict(
        events=[
            ["2021-06-07T11:12Z", ["outage"]],
            ["2021-06-07T11:14Z", ["alerted"]],
            ["2021-06-07T11:40Z", ["came back", "coming back"]],
            ["2021-06-07T11:47Z", ["back online", "second"]],
        ],
        keyTimes=dict(
            started=kt("2021-06-07T11:12Z", "STATED", "Customer impact window: 11:12 UTC to 11:47 UTC", "comment 87002"),
            detected=kt("2021-06-07T11:14Z", "STATED", "Noticed straight away and alerted everyone at 13:14.", "description"),
            resolved=kt("2021-06-07T11:47Z", "STATED", "Customer impact window: 11:12 UTC to 11:47 UTC", "comment 87002"),
        ),
        responders=[["Marcus Leng", "incident commander"], ["Femke Jansen", "subject expert"], ["Dario Esposito", None]],
        narrative=dict(
            rootCause=["zeroized the wrong zone"], fix=["restoring the ToR configs"], lucky=[], wentWell=["Noticed straight away"],
            wentBadly=["by hand"],
            customerEffect="From 11:12 to 11:47 UTC on 7 June 2021 every service hosted on two production racks in NYC1 was unreachable.",
            internalNames=["NET-6120", "NET-6131", "NET-6132"]),
    ),
))

# ---------------------------------------------------------------- 8 DigitalOcean, 5 Apr 2017 (EDT = UTC-4)
I.append(dict(
    id="digitalocean-2017-04", name="DigitalOcean 2017-04-05 primary database deleted by a test process with production credentials",
    now="2017-04-20T00:00:00Z", defaultZone="America/New_York", issueId="73005", key="PLAT-405",
    summary="Control panel and public API unavailable", labels=["database", "sev0"], components=["Control Panel", "API"],
    created="2017-04-05T14:31", reporter="Ilse Moretti", assignee="Oren Sahin",
    description="""Control panel and public API both down, health checks red since 10:24. Running Droplets unaffected as far as we can tell.

Smells like a network partition between the API hosts and the DB cluster. Paging DBAs.""",
    comments=[
        ("88001", "Oren Sahin", "2017-04-05T14:40",
         "It's not the network. The production primary database has been deleted on master (verified at 10:27). Kicked off recovery from one of the time-delayed replicas at 10:34. Nobody can create or manage resources until this is back."),
        ("88002", "Oren Sahin", "2017-04-05T16:00", "Backup of the time-delayed replica completed 11:53."),
        ("88003", "Oren Sahin", "2017-04-05T16:40", "12:34 copy of the backup to master done, recovery on master commencing."),
        ("88004", "Oren Sahin", "2017-04-05T17:35", "1:31 PM master recovery completed. Copying backups to the replicas now, which is the long part."),
        ("88005", "Ilse Moretti", "2017-04-05T19:26", "3:20 PM EDT: all systems restored, panel and API answering. No data lost."),
        ("88006", "Ilse Moretti", "2017-04-07T13:00",
         """Closing notes. Control panel and API were down 4h56m, 10:24 AM to 3:20 PM EDT. Root cause: an automated testing process was configured with production credentials and deleted the primary. Most of the time went into copying data between replicas.

Actions: PLAT-410 (cut access to the primary system, rotate credentials), PLAT-411 (audit test configs for production credentials), PLAT-412 (faster restore path)."""),
    ],
    changelog=[
        ("Oren Sahin", "2017-04-05T14:33", [("status", "Open", "In Progress")]),
        ("Ilse Moretti", "2017-04-07T13:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("PLAT-410", "Reduce access to the primary database"), ("PLAT-411", "Audit test configs for production credentials"),
           ("PLAT-412", "Faster database restore")],
    remote=[("https://www.digitalocean.com/company/blog/update-on-the-april-5th-2017-outage/", "Update on the April 5th, 2017 Outage")],
    pastes=[dict(file="digitalocean-2017-04-alerts.txt", zone="UTC", referenceDate="2017-04-05", text="""
2017-04-05 14:24:11 UTC CRITICAL public-api healthcheck FAILED (5/5 probes) notify=platform-oncall
2017-04-05 14:24:13 UTC CRITICAL cloud-panel healthcheck FAILED (5/5 probes) notify=platform-oncall
2017-04-05 14:27:40 UTC CRITICAL mysql-primary schema check: 0 tables notify=dba-oncall
""")],
    expected=dict(
        events=[
            ["2017-04-05T14:24Z", ["critical", "health"]],
            ["2017-04-05T14:27Z", ["deleted", "0 tables"]],
            ["2017-04-05T14:34Z", ["recovery"]],
            ["2017-04-05T15:53Z", ["backup"]],
            ["2017-04-05T16:34Z", ["copy"]],
            ["2017-04-05T17:31Z", ["master recovery"]],
            ["2017-04-05T19:20Z", ["restored"]],
        ],
        keyTimes=dict(
            started=kt("2017-04-05T14:24Z", "STATED", "Control panel and API were down 4h56m, 10:24 AM to 3:20 PM EDT.", "comment 88006"),
            detected=kt("2017-04-05T14:24Z", "STATED", "2017-04-05 14:24:11 UTC CRITICAL public-api healthcheck FAILED", "digitalocean-2017-04-alerts.txt"),
            resolved=kt("2017-04-05T19:20Z", "STATED", "3:20 PM EDT: all systems restored, panel and API answering.", "comment 88005"),
        ),
        responders=[["Oren Sahin", "subject expert"], ["Ilse Moretti", "incident commander"]],
        narrative=dict(
            rootCause=["production credentials"], fix=["time-delayed replica"], lucky=[], wentWell=["No data lost"],
            wentBadly=["copying data between replicas"],
            customerEffect="From 14:24 to 19:20 UTC on 5 April 2017 the DigitalOcean control panel and API were unavailable; running Droplets kept working.",
            internalNames=["PLAT-405", "PLAT-410", "PLAT-411", "PLAT-412"]),
    ),
))

# ---------------------------------------------------------------- 9 PyPI, 24 Oct 2022 (UTC; ticket in CDT)
I.append(dict(
    id="pypi-2022-10", name="PyPI 2022-10-24 rolling restart drops the HTTPS listener on the ingress load balancer",
    now="2022-11-01T00:00:00Z", defaultZone="America/Chicago", issueId="74212", key="PYINFRA-212",
    summary="pypi.org backends unreachable over HTTPS, uploads failing", labels=["pypi", "k8s", "tls"],
    components=["PyPI Backends"],
    created="2022-10-24T14:55", reporter="Wiktor Adeyemi", assignee="Wiktor Adeyemi",
    description="""CDN can't fetch from the backends, uncached pages erroring, uploads to upload.pypi.org impossible, legacy file redirects down too.

We're in the middle of the routine rolling restart of the cluster. Pausing it. Could be a node that came up without the new config?""",
    comments=[
        ("89001", "Wiktor Adeyemi", "2022-10-24T15:10",
         "Found it. As the new API server hosts came up during the rolling restart, k8s re-validated our Ingress, couldn't find the old ACM certificate (we replaced it when we added a hostname) and disabled the HTTPS listener on the ELB. Pointed the Ingress at the new certificate and the listener came back at 10:03 am."),
        ("89002", "Chiara Oduya", "2022-10-24T15:46", "Status page resolved. Watching the CDN error graphs for a while, then resuming the rolling restart."),
        ("89003", "Wiktor Adeyemi", "2022-10-25T09:30",
         """Postmortem text as published:
From 2022-10-24 14:43 UTC until 2022-10-24 15:03 UTC, PyPI's backends were not accessible over HTTPS.

We will look at checking the hostnames on the ingress before the next rolling upgrade (PYINFRA-219)."""),
    ],
    changelog=[
        ("Wiktor Adeyemi", "2022-10-24T14:56", [("status", "Open", "In Progress")]),
        ("Chiara Oduya", "2022-10-24T15:47", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("PYINFRA-219", "Validate ingress certificate references before rolling upgrades")],
    remote=[("https://status.python.org/incidents/77qzc7qsb5wb", "PyPI Backends are unavailable.")],
    pastes=[dict(file="pypi-2022-10-status.txt", zone="UTC", referenceDate="2022-10-24", text="""
[Oct 24, 14:51 UTC] Investigating - The backend that hosts PyPI and associated services is experiencing a major outage, we are investigating.
[Oct 24, 15:05 UTC] Monitoring - We have identified and resolved the reason for the outage and are monitoring to ensure it remains stable.
[Oct 24, 15:44 UTC] Resolved - This incident has been resolved.
""")],
    expected=dict(
        events=[
            ["2022-10-24T14:43Z", ["not accessible"]],
            ["2022-10-24T14:51Z", ["investigating"]],
            ["2022-10-24T15:03Z", ["not accessible", "listener"]],
            ["2022-10-24T15:05Z", ["monitoring"]],
            ["2022-10-24T15:44Z", ["resolved"]],
        ],
        keyTimes=dict(
            started=kt("2022-10-24T14:43Z", "STATED", "From 2022-10-24 14:43 UTC until 2022-10-24 15:03 UTC, PyPI's backends were not accessible over HTTPS.", "comment 89003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2022-10-24T15:03Z", "STATED", "From 2022-10-24 14:43 UTC until 2022-10-24 15:03 UTC, PyPI's backends were not accessible over HTTPS.", "comment 89003"),
        ),
        responders=[["Wiktor Adeyemi", "subject expert"], ["Chiara Oduya", "comms"]],
        narrative=dict(
            rootCause=["HTTPS listener", "ACM certificate"], fix=["new certificate"], lucky=[], wentWell=[],
            wentBadly=["rolling restart"],
            customerEffect="From 14:43 to 15:03 UTC on 24 October 2022 PyPI's backends were unreachable over HTTPS: uncached pages failed, uploads were impossible and the legacy file redirects were down.",
            internalNames=["PYINFRA-212", "PYINFRA-219"]),
    ),
))

# ---------------------------------------------------------------- 10 PyPI, 5 Apr 2022 (UTC; ticket in BST)
I.append(dict(
    id="pypi-2022-04", name="PyPI 2022-04-05 expired Vault TLS certificates cascade into a full backend outage",
    now="2022-04-15T00:00:00Z", defaultZone="Europe/London", issueId="74177", key="PYINFRA-177",
    summary="All PyPI backends down", labels=["pypi", "vault", "sev1"], components=["PyPI Backends", "Vault"],
    created="2022-04-05T15:22", reporter="Ewa Lindgren", assignee="Ewa Lindgren",
    description="""Every PyPI backend is down. Running pods lost their credentials and new pods can't start.

Cloud provider trouble? Checking their status page.""",
    comments=[
        ("90001", "Ewa Lindgren", "2022-04-05T15:45",
         "Not AWS. The TLS certificates our deployment tooling uses to reach Vault expired. Vault restarted to pick up new certs but crashes on startup: the backlog of expired leases is huge. Cleaning up leases by hand, then unseal, then the automation, then the apps."),
        ("90002", "Ewa Lindgren", "2022-04-05T16:50",
         "Resolved on the status page. Some apps took a while to settle after the restart."),
        ("90003", "Nnamdi Forsberg", "2022-04-07T10:00",
         """Review notes. At approximately 15:00 UTC the certificates expired and the cascade began. Vault needed manual intervention to clear the extraneous leases.

Nobody wrote down when pypi.org was fully healthy again: apps were coming back from the monitoring post onwards and the resolved post was much later. Actions: PYINFRA-181 (upgrade Vault past the crash-on-launch bug), PYINFRA-182 (alert on certificates nearing expiry)."""),
    ],
    changelog=[
        ("Ewa Lindgren", "2022-04-05T15:23", [("status", "Open", "In Progress")]),
        ("Ewa Lindgren", "2022-04-05T16:51", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("PYINFRA-181", "Upgrade Vault"), ("PYINFRA-182", "Alert on certificates nearing expiry")],
    remote=[("https://status.python.org/incidents/mxgkk3xxr9v7", "PyPI Down")],
    pastes=[
        dict(file="pypi-2022-04-irc.txt", zone="Europe/London", referenceDate="2022-04-05", text="""
16:24 <ewa> posting investigating on status page now
16:25 <ewa> all backend services for pypi down, cascading failure in the deployment tooling
16:37 <nnamdi> vault crashlooping on startup, lease backlog. clearing leases by hand
16:38 <ewa> core failed service identified, coming back. ancillary services next, then automation, then apps
16:41 <ewa> applications are coming back online, moving status to monitoring
17:36 <ewa> resolved posted
"""),
    ],
    expected=dict(
        events=[
            ["2022-04-05T15:00Z", ["expired"]],
            ["2022-04-05T15:25Z", ["cascading", "down"]],
            ["2022-04-05T15:38Z", ["identified"]],
            ["2022-04-05T15:41Z", ["coming back"]],
            ["2022-04-05T16:36Z", ["resolved"]],
        ],
        keyTimes=dict(
            started=kt("2022-04-05T15:00Z", "STATED", "At approximately 15:00 UTC the certificates expired and the cascade began.", "comment 90003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt(None, "UNKNOWN"),
        ),
        responders=[["Ewa Lindgren", "incident commander"], ["Nnamdi Forsberg", "subject expert"]],
        narrative=dict(
            rootCause=["certificates", "expired leases"], fix=["Cleaning up leases"], lucky=[], wentWell=[],
            wentBadly=["Nobody wrote down"],
            customerEffect="From about 15:00 UTC on 5 April 2022 all PyPI backends were down; applications came back from 15:41 UTC and the incident was closed at 16:36 UTC.",
            internalNames=["PYINFRA-177", "PYINFRA-181", "PYINFRA-182"]),
    ),
))

# ---------------------------------------------------------------- 11 npm, 4 Jun 2014 (PDT = UTC-7)
I.append(dict(
    id="npm-2014-06", name="npm 2014-06-04 CDN cache failure sends all traffic to origin, registry and www down",
    now="2014-06-12T00:00:00Z", defaultZone="America/Los_Angeles", issueId="75088", key="REG-88",
    summary="registry + www mostly down, origin overloaded", labels=["registry", "cdn"], components=["Registry", "www"],
    created="2014-06-04T12:20", reporter="Hanne Vogt", assignee="Hanne Vogt",
    description="""Registry is 503ing for most installs since a little after 5am, www down with it. Origin servers melting, 10x normal request rate.

DDoS? Checking source IPs.""",
    comments=[
        ("91001", "Hanne Vogt", "2014-06-04T12:50",
         "Not a DDoS. The CDN (Fastly) had a cache failure, a human-caused accident on their side, so instead of the usual 5-10% of requests reaching origin we are getting 100%. Servers overloaded at once, about 90% of requests failing. Fastly is restoring the cache config."),
        ("91002", "Gideon Mbeki", "2014-06-04T13:30",
         "Error rate dropping, registry mostly serving again. Some requests still failing while caches warm."),
        ("91003", "Hanne Vogt", "2014-06-04T14:30",
         """Posted to the status page:
"Registry was mostly down for 60 minutes and partially down for another 17 minutes starting at 5.03AM Pacific (1203UTC)." Title on the incident: Registry and www outage 12:03 to 14:20 UTC.

www is just another registry client, so it was down for the whole outage too."""),
        ("91004", "Gideon Mbeki", "2014-06-06T17:00",
         "Follow-ups from the review: REG-91 (cache config changes so a CDN failure doesn't send everything to origin), REG-92 (extra origin hardware for sudden bursts). Fastly sent their explanation and their own changes."),
    ],
    changelog=[
        ("Hanne Vogt", "2014-06-04T12:21", [("status", "Open", "In Progress")]),
        ("Hanne Vogt", "2014-06-04T14:31", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("REG-91", "Cache configuration resilient to CDN failure"), ("REG-92", "Origin capacity for traffic bursts")],
    remote=[("https://status.npmjs.org/incidents/8f606wk49gq4", "Registry and www outage 1203 to 1420 UTC")],
    pastes=[dict(file="npm-2014-06-irc.txt", zone="UTC", referenceDate="2014-06-04", text="""
[12:22:31] <gideon> saw the ticket. origin req rate is ~10x, cache hit ratio on the CDN graph fell off a cliff
[12:26:45] <gideon> opened a ticket with fastly
[12:40:10] <hanne> fastly says it was an accident on their side, they're putting the config back
[13:05:55] <gideon> errors trending down
""")],
    expected=dict(
        events=[
            ["2014-06-04T12:03Z", ["outage", "starting"]],
            ["2014-06-04T14:20Z", ["outage"]],
        ],
        keyTimes=dict(
            started=kt("2014-06-04T12:03Z", "STATED", "Title on the incident: Registry and www outage 12:03 to 14:20 UTC.", "comment 91003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2014-06-04T14:20Z", "STATED", "Title on the incident: Registry and www outage 12:03 to 14:20 UTC.", "comment 91003"),
        ),
        responders=[["Hanne Vogt", "incident commander"], ["Gideon Mbeki", "subject expert"]],
        narrative=dict(
            rootCause=["cache failure"], fix=["restoring the cache config"], lucky=[], wentWell=[],
            wentBadly=["overloaded"],
            customerEffect="From 12:03 UTC on 4 June 2014 the npm registry and website were mostly down for an hour and partly down after that; about 90% of requests failed at the worst.",
            internalNames=["REG-88", "REG-91", "REG-92"]),
    ),
))

# ---------------------------------------------------------------- 12 Docker Hub, 5-6 Jul 2020 (UTC; team in PDT)
I.append(dict(
    id="dockerhub-2020-07", name="Docker Hub 2020-07-05 CDN anti-botnet mechanism hangs image pulls for Amazon Linux users",
    now="2020-08-14T00:00:00Z", defaultZone="America/Los_Angeles", issueId="76307", key="HUB-3307",
    summary="Image pulls from Hub hanging for some AWS customers", labels=["registry", "cdn", "partner-reported"],
    components=["Hub Registry", "CDN"],
    created="2020-07-06T01:58", reporter="Priscila Adebayo", assignee="Priscila Adebayo",
    description="""AWS reached out: pulls from Docker Hub failing for a number of their services and users. Our dashboards are all green and pulls from our laptops work.

Probably something on the AWS side but we're looking.""",
    comments=[
        ("92001", "Soren Achterberg", "2020-07-06T02:40",
         "Pulls from our own infra in AWS work too. It's narrower than AWS in general: only Amazon Linux hosts in some regions, and the downloads don't fail, they hang part way."),
        ("92002", "Priscila Adebayo", "2020-07-06T04:10",
         "Bridge with Cloudflare and AWS. Cloudflare have an anti-botnet protection mechanism rolled out recently that matches these clients. Asked them to turn it off for registry traffic."),
        ("92003", "Soren Achterberg", "2020-07-06T07:05",
         "Cloudflare disabled the mechanism. AWS confirms pulls completing on Amazon Linux again. Monitoring."),
        ("92004", "Priscila Adebayo", "2020-08-12T17:00",
         """Incident review, published today. Amazon Linux users in several regions saw intermittent hanging downloads of images from Docker Hub between roughly July 5 19:00 UTC and July 6 06:30 UTC. We first heard at about 01:45 UTC on Monday July 6 (Sunday evening Pacific), when AWS contacted us.

Actions: HUB-3315 (synthetic pulls from more operating systems and regions), HUB-3316 (change notifications from the CDN for protection mechanisms)."""),
    ],
    changelog=[
        ("Priscila Adebayo", "2020-07-06T02:00", [("status", "Open", "In Progress")]),
        ("Soren Achterberg", "2020-07-06T07:06", [("status", "In Progress", "Monitoring")]),
        ("Priscila Adebayo", "2020-07-07T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("HUB-3315", "Synthetic pulls from more OSes and regions"), ("HUB-3316", "CDN change notifications")],
    remote=[("https://www.docker.com/blog/docker-hub-incident-review-5-july-2020/", "Docker Hub Incident Review - 5 July 2020")],
    pastes=[dict(file="dockerhub-2020-07-slack.txt", zone="America/Los_Angeles", referenceDate="2020-07-05", text="""
Sunday, July 5th
Priscila Adebayo  6:47 PM
fwd from the AWS TAM (came in 6:45): image pulls from Hub failing for several AWS services + their users. anyone on?
Soren Achterberg  6:52 PM
here. docker pull from my laptop is fine, nothing firing on our side
Soren Achterberg  7:31 PM
only Amazon Linux, only some regions. downloads stall mid-layer rather than error
""")],
    expected=dict(
        events=[
            ["2020-07-05T19:00Z", ["hanging", "between"]],
            ["2020-07-06T01:45Z", ["aws"]],
            ["2020-07-06T06:30Z", ["hanging", "between"]],
        ],
        keyTimes=dict(
            started=kt("2020-07-05T19:00Z", "STATED", "between roughly July 5 19:00 UTC and July 6 06:30 UTC", "comment 92004"),
            detected=kt("2020-07-06T01:45Z", "STATED", "We first heard at about 01:45 UTC on Monday July 6 (Sunday evening Pacific), when AWS contacted us.", "comment 92004"),
            resolved=kt("2020-07-06T06:30Z", "STATED", "between roughly July 5 19:00 UTC and July 6 06:30 UTC", "comment 92004"),
        ),
        responders=[["Priscila Adebayo", "incident commander"], ["Soren Achterberg", "subject expert"]],
        narrative=dict(
            rootCause=["anti-botnet protection mechanism"], fix=["disabled the mechanism"], lucky=[], wentWell=[],
            wentBadly=["dashboards are all green"],
            customerEffect="From about 19:00 UTC on 5 July 2020 to about 06:30 UTC on 6 July, Amazon Linux users in several regions had Docker Hub image pulls hang intermittently.",
            internalNames=["HUB-3307", "HUB-3315", "HUB-3316"]),
    ),
))

# ---------------------------------------------------------------- 13 Netlify, 9 Mar 2022 (UTC; team in CET)
I.append(dict(
    id="netlify-2022-03", name="Netlify 2022-03-09 database connectivity after planned maintenance, three waves of failed requests",
    now="2022-03-20T00:00:00Z", defaultZone="Europe/Madrid", issueId="77310", key="NTL-5310",
    summary="Elevated errors/latency: uncached content, API, builds, password-protected sites", labels=["database", "sev1"],
    components=["Edge", "API", "Builds"],
    created="2022-03-09T13:20", reporter="Aitana Ferrer", assignee="Benedikt Okoro",
    description="""Builds slow, API errors, password-protected sites returning 5xx. Kicked off right after this morning's DB maintenance. It looked settled around 13:55 and then came back, so it is not just a blip.

Cached static content seems fine.""",
    comments=[
        ("93001", "Benedikt Okoro", "2022-03-09T13:50",
         "DB maintenance finished fine, but since then connections to the production databases are flaky and slow. Anything not in cache (dynamic content, new deploys, password protection) has to go to the DB and times out. Applying a mitigation."),
        ("93002", "Aitana Ferrer", "2022-03-09T14:40",
         "Mitigation looked good for a while, status page moved to monitoring."),
        ("93003", "Aitana Ferrer", "2022-03-09T14:55",
         "Mitigation wasn't fully effective, latency, timeouts and errors are back for uncached content, API and builds. Status page back to identified."),
        ("93004", "Benedikt Okoro", "2022-03-09T15:40",
         "Second fix holding, error rates flat for 15 minutes. Keeping status in monitoring until tomorrow morning."),
        ("93005", "Aitana Ferrer", "2022-03-14T11:00",
         """Postmortem, impact section (UTC):
- 12:45 - 12:55 failed or slow web requests, API latency and errors, password-protected sites unavailable
- 13:10 - 14:30 same
- 14:46 - 15:21 same

Two hours of impact in total, spread over two hours thirty-six minutes. Actions: NTL-5320 (canary checks on DB connectivity after maintenance), NTL-5321 (update the status page on partial outages, not only latency)."""),
    ],
    changelog=[
        ("Aitana Ferrer", "2022-03-09T13:21", [("status", "Open", "In Progress")]),
        ("Aitana Ferrer", "2022-03-09T14:41", [("status", "In Progress", "Monitoring")]),
        ("Aitana Ferrer", "2022-03-09T14:56", [("status", "Monitoring", "In Progress")]),
        ("Benedikt Okoro", "2022-03-09T15:41", [("status", "In Progress", "Monitoring")]),
        ("Benedikt Okoro", "2022-03-10T09:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("NTL-5320", "DB connectivity canary after maintenance"), ("NTL-5321", "Status page wording for partial outages")],
    remote=[("https://www.netlifystatus.com/incidents/f0frsy75h7n2", "Increased errors and latency affecting multiple services")],
    pastes=[dict(file="netlify-2022-03-slack.txt", zone="Europe/Madrid", referenceDate="2022-03-09", text="""
Wednesday, March 9th
Aitana Ferrer  1:58 PM
graphs look calm again after that first wave?
Benedikt Okoro  2:12 PM
nope, it's back. API latency too, db connections bad since the maintenance
Benedikt Okoro  3:30 PM
mitigation in, errors dropping
Benedikt Okoro  4:21 PM
last wave gone, error rates at baseline
""")],
    expected=dict(
        events=[
            ["2022-03-09T12:45Z", ["failed or slow"]],
            ["2022-03-09T12:55Z", ["failed or slow", "settled"]],
            ["2022-03-09T13:10Z", ["same"]],
            ["2022-03-09T14:30Z", ["same", "mitigation"]],
            ["2022-03-09T14:46Z", ["same"]],
            ["2022-03-09T15:21Z", ["same", "baseline"]],
        ],
        keyTimes=dict(
            started=kt("2022-03-09T12:45Z", "STATED", "12:45 - 12:55 failed or slow web requests", "comment 93005"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2022-03-09T15:21Z", "STATED", "14:46 - 15:21 same", "comment 93005"),
        ),
        responders=[["Benedikt Okoro", "subject expert"], ["Aitana Ferrer", "comms"]],
        narrative=dict(
            rootCause=["connections to the production databases"], fix=["mitigation"], lucky=[], wentWell=[],
            wentBadly=["wasn't fully effective"],
            customerEffect="Between 12:45 and 15:21 UTC on 9 March 2022, in three waves, uncached requests, API calls, builds and password-protected sites on Netlify failed or were slow.",
            internalNames=["NTL-5310", "NTL-5320", "NTL-5321"]),
    ),
))

"""Held-out 5 incident specs. All people, keys, hosts and chat wording invented; every expected time from the
public source named in SOURCES-heldout5.md (converted to UTC)."""
from lib import kt

I = []

# ---------------------------------------------------------------- 1 Cloudflare R2, 6 Feb 2025
I.append(dict(
    id="cloudflare-2025-02", name="Cloudflare 2025-02-06 R2 Gateway disabled by an abuse remediation action",
    now="2025-02-20T00:00:00Z", defaultZone="Europe/London", issueId="52214", key="R2-2214",
    summary="R2 API returning 500 on all operations", labels=["r2", "sev1"], components=["R2 Gateway"],
    created="2025-02-06T08:29", reporter="Idris Haddad", assignee="Idris Haddad",
    description="""R2 returning 500 on basically every call since ~8:25, Stream and Images uploads failing too.

Looks like the storage backend (metadata layer?) fell over, paging storage on-call. No deploys from us this morning.""",
    comments=[
        ("61001", "Idris Haddad", "2025-02-06T08:44",
         "Not storage. Deploy history shows the R2 Gateway service itself was disabled by an abuse-remediation action (advanced product disablement) that was meant for a single phishing bucket. The admin tool we would use to re-enable it depends on R2, so that path is out."),
        ("61002", "Noor Castellanos", "2025-02-06T09:02",
         "Ops has the lower-level access, re-enabling the gateway service now. I'll lead this from here (IC); Idris stays SME on the gateway, Mei Ling has comms."),
        ("61003", "Mei Ling Goh", "2025-02-06T09:21",
         "I've got comms: status page updated to say R2 is recovering. Will keep it open until the Durable Objects reconnect noise settles."),
        ("61004", "Mei Ling Goh", "2025-02-06T09:41",
         "Durable Objects error rate back to normal at 09:36 (clients reconnecting after the gateway came back). Status page moved to monitoring."),
        ("61005", "Idris Haddad", "2025-02-10T14:05",
         """## Recap for Thursday's review (times UTC)
R2 was unavailable for 59 minutes: a routine abuse remediation for one phishing report disabled the whole R2 Gateway service instead of the single bucket.

- 08:12 abuse remediation action disables the R2 Gateway service
- 08:14 impact starts, every R2 operation failing, SLO at 0%
- 08:23 sales engineering escalates a sharp rise in customer 500s from all R2 APIs
- 08:25 internal incident declared
- 08:33 on-call can't find the cause and escalates
- 08:42 root cause identified from the deployment history
- 08:46 re-enable attempt through the admin tooling fails (the tooling depends on R2)
- 08:49 escalated to the operations team
- 08:57 operations team begins re-enabling the gateway
- 09:09 gateway redeploy triggered
- 09:10 R2 starts to recover
- 09:13 impact ends, availability back inside SLO
- 09:36 Durable Objects error rate recovered (reconnect spike)
- 10:29 incident closed after watching error rates

Luckily no data stored on R2 was lost or corrupted. Follow-ups: R2-2230 (remove product disablement from the abuse review UI), R2-2231 (two-party approval for high-risk admin actions)."""),
    ],
    changelog=[
        ("Idris Haddad", "2025-02-06T08:30", [("status", "Open", "In Progress")]),
        ("Noor Castellanos", "2025-02-06T09:22", [("status", "In Progress", "Monitoring")]),
        ("Idris Haddad", "2025-02-07T09:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("R2-2230", "Remove product disablement from the abuse review UI"),
           ("R2-2231", "Two-party approval for high-risk admin actions")],
    remote=[("https://blog.cloudflare.com/cloudflare-incident-on-february-6-2025", "Cloudflare Incident on February 6, 2025")],
    pastes=[dict(file="cloudflare-2025-02-slack.txt", zone="America/Chicago", referenceDate="2025-02-06", text="""
Thursday, February 6th
PagerDuty APP  2:17 AM
[Triggered] #70412 r2-gateway CRITICAL - service not responding to health checks (all colos) fired_at=2025-02-06T08:17:03Z
:rotating_light: 2
Wren Kowalczyk  2:18 AM
ack. looking at r2 dashboards + service logs, SLO fell off a cliff
Wren Kowalczyk  2:33 AM
I can't see a cause yet, escalating for help
Idris Haddad  2:42 AM
got it. deploy history: R2 Gateway was disabled by an abuse-remediation action at 2:12 (08:12 UTC). not storage at all
Wren Kowalczyk  2:46 AM
tried re-enabling through the admin tool -> it's down too, it needs R2 :upside_down_face:
Idris Haddad  2:49 AM
escalating to ops, they have the lower-level access
Noor Castellanos  2:57 AM
ops here, re-enabling the gateway now
Idris Haddad  3:09 AM
triggered a redeploy of R2 Gateway
Wren Kowalczyk  3:10 AM
first 200s coming back, R2 starting to recover
Wren Kowalczyk  3:13 AM
availability back inside SLO. impact over on our side, DO still noisy with reconnects
""")],
    expected=dict(
        events=[
            ["2025-02-06T08:12Z", ["disables", "disabled"]],
            ["2025-02-06T08:14Z", ["impact starts", "impact"]],
            ["2025-02-06T08:17Z", ["health checks", "critical"]],
            ["2025-02-06T08:23Z", ["sales", "500s"]],
            ["2025-02-06T08:25Z", ["declared"]],
            ["2025-02-06T08:33Z", ["escalat"]],
            ["2025-02-06T08:42Z", ["root cause", "deploy history"]],
            ["2025-02-06T08:46Z", ["admin"]],
            ["2025-02-06T08:49Z", ["ops", "operations"]],
            ["2025-02-06T08:57Z", ["re-enabling"]],
            ["2025-02-06T09:09Z", ["redeploy"]],
            ["2025-02-06T09:10Z", ["recover"]],
            ["2025-02-06T09:13Z", ["impact ends", "inside slo"]],
            ["2025-02-06T09:36Z", ["durable objects"]],
            ["2025-02-06T10:29Z", ["closed"]],
        ],
        keyTimes=dict(
            started=kt("2025-02-06T08:14Z", "STATED", "08:14 impact starts, every R2 operation failing, SLO at 0%", "comment 61005"),
            detected=kt("2025-02-06T08:17Z", "STATED", "[Triggered] #70412 r2-gateway CRITICAL - service not responding to health checks (all colos) fired_at=2025-02-06T08:17:03Z", "cloudflare-2025-02-slack.txt"),
            resolved=kt("2025-02-06T09:13Z", "STATED", "09:13 impact ends, availability back inside SLO", "comment 61005"),
        ),
        responders=[["Noor Castellanos", "incident commander"], ["Idris Haddad", "subject expert"],
                    ["Mei Ling Goh", "comms"], ["Wren Kowalczyk", None]],
        narrative=dict(
            rootCause=["abuse remediation", "R2 Gateway"], fix=["re-enabling", "redeploy"], lucky=["Luckily"],
            wentWell=[], wentBadly=["admin tool"],
            customerEffect="From 08:14 to 09:13 UTC on 6 February 2025 every operation against R2 failed, and services built on R2 (Stream, Images, Cache Reserve, Vectorize, Log Delivery) failed with it.",
            internalNames=["R2-2214", "R2-2230", "R2-2231"]),
    ),
))

# ---------------------------------------------------------------- 2 Cloudflare R2, 21 Mar 2025
I.append(dict(
    id="cloudflare-2025-03", name="Cloudflare 2025-03-21 R2 writes failing after a credential rotation deployed to the wrong environment",
    now="2025-04-04T00:00:00Z", defaultZone="America/Los_Angeles", issueId="52377", key="R2-2377",
    summary="R2 write failures, partial read failures", labels=["r2", "sev1", "credentials"], components=["R2 Gateway"],
    created="2025-03-21T22:02", reporter="Hana Sato-Reyes", assignee="Obinna Eze",
    description="""R2 writes failing since ~3pm, maybe a third of reads too.

Probably the credential change from this afternoon still propagating, it should settle by itself. Watching.""",
    comments=[
        ("62001", "Hana Sato-Reyes", "2025-03-21T22:20",
         "Errors are auth failures from the storage backend, not propagation. The old key pair was deleted at 1:37 PM PT as the last step of the rotation, so whatever production presents is gone."),
        ("62002", "Obinna Eze", "2025-03-21T22:40",
         "Found it: the `wrangler secret put` / `wrangler deploy` at 1:19 PM PT ran without `--env production`, so the new credentials went to the default (dev) Worker. The production gateway never got them."),
        ("62003", "Obinna Eze", "2025-03-21T23:05",
         "Writes succeeding, reads normal. Status page on monitoring. Log Delivery still catching up on its backlog."),
        ("62004", "Hana Sato-Reyes", "2025-03-24T17:30",
         """Recap (all times UTC). Write errors started at 21:38 and the incident lasted 1 hour and 7 minutes; 100% of writes and about 35% of reads to R2 failed, metadata-only operations were fine.

- 19:49 credential rotation starts, old credentials kept for continuity
- 20:19 `wrangler secret put` + `wrangler deploy` run without the env flag, the new key pair lands on the default Worker
- 20:20 default Worker using the new credentials, production Worker still on the old ones
- 20:37 old credentials removed from the storage infrastructure
- 21:38 write errors start, availability declines gradually
- 22:45 new credentials deployed to the production Worker, availability recovers

We have no reliable minute for the first availability alert: that rule's alert history had already rolled over when this was written. Follow-ups: R2-2390 (log the credential ID the gateway authenticates with), R2-2391 (rotation tooling refuses to delete old credentials while a production Worker still uses them)."""),
    ],
    changelog=[
        ("Obinna Eze", "2025-03-21T22:10", [("status", "Open", "In Progress")]),
        ("Obinna Eze", "2025-03-21T23:06", [("status", "In Progress", "Monitoring")]),
        ("Obinna Eze", "2025-03-22T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("R2-2390", "Log the credential ID the gateway authenticates with"),
           ("R2-2391", "Block deletion of credentials still used by a production Worker")],
    remote=[("https://gixtools.net/2025/03/cloudflare-incident-on-march-21-2025", "Cloudflare incident on March 21, 2025 (copy of the Cloudflare blog post)")],
    pastes=[
        dict(file="cloudflare-2025-03-rotation-notes.txt", zone="America/Los_Angeles", referenceDate="2025-03-21", text="""
rotation log, fri 3/21 (PT)
12:49 start R2 gateway credential rotation. old pair stays valid for now
1:19 wrangler secret put + wrangler deploy with the new pair
1:20 new pair in use (checked the worker logs, looked fine)
1:37 deleted old pair from the storage side. rotation done, or so I thought
--- later ---
3:45 prod gateway finally on the new pair (deployed with --env production this time)
"""),
        dict(file="cloudflare-2025-03-zoom.txt", zone="Europe/Lisbon", referenceDate="2025-03-21", text="""
22:10:05	 From Obinna Eze : bridge up. I'll take IC. Hana you're SME on the rotation
22:12:31	 From Lucía Ferreira : I've got comms, status page says investigating
22:19:48	 From Hana Sato-Reyes : errors are auth failures against storage, not propagation
22:31:12	 From Obinna Eze : checking which env the new secret actually went to
22:45:20	 From Hana Sato-Reyes : prod gateway has the new key pair, writes succeeding again
22:47:02	 From Lucía Ferreira : error graphs flat, moving status to monitoring
23:31:40	 From Lucía Ferreira : status page resolved
"""),
    ],
    expected=dict(
        events=[
            ["2025-03-21T19:49Z", ["rotation"]],
            ["2025-03-21T20:19Z", ["wrangler"]],
            ["2025-03-21T20:20Z", ["new credentials", "new pair"]],
            ["2025-03-21T20:37Z", ["removed", "deleted"]],
            ["2025-03-21T21:38Z", ["write errors"]],
            ["2025-03-21T22:45Z", ["production", "recovers", "prod"]],
        ],
        keyTimes=dict(
            started=kt("2025-03-21T21:38Z", "STATED", "Write errors started at 21:38", "comment 62004"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2025-03-21T22:45Z", "STATED", "22:45 new credentials deployed to the production Worker, availability recovers", "comment 62004"),
        ),
        responders=[["Obinna Eze", "incident commander"], ["Hana Sato-Reyes", "subject expert"], ["Lucía Ferreira", "comms"]],
        narrative=dict(
            rootCause=["wrangler", "default Worker"], fix=["new credentials deployed"], lucky=[], wentWell=[],
            wentBadly=["propagation"],
            customerEffect="From 21:38 to 22:45 UTC on 21 March 2025 all writes and about 35% of reads to R2 failed; Cache Reserve, Images, Stream, Log Delivery and Vectorize were affected.",
            internalNames=["R2-2377", "R2-2390", "R2-2391"]),
    ),
))

# ---------------------------------------------------------------- 3 Sentry, 21 Jul 2022
I.append(dict(
    id="sentry-2022-07", name="Sentry 2022-07-21 failed API/web requests after a database upgrade left planner statistics incomplete",
    now="2022-08-05T00:00:00Z", defaultZone="America/Los_Angeles", issueId="53118", key="OPS-3118",
    summary="API and web requests failing, event processing delayed", labels=["database", "sev2"], components=["Postgres", "API"],
    created="2022-07-21T10:09", reporter="Lukas Brandner", assignee="Lukas Brandner",
    description="""API + web requests failing since ~3:05am. Ingest deploy from last night? Rolling it back to be safe.""",
    comments=[
        ("63001", "Aiko Sato", "2022-07-21T10:15",
         "Rolling back ingest did nothing, it was not involved. Query planner statistics were incomplete after this morning's database upgrade, so the hot queries got terrible plans. ANALYZE on the hot tables fixed it, queries are fast again."),
        ("63002", "Lukas Brandner", "2022-07-21T10:35",
         "Error rate normal, event backlog cleared. Status page on monitoring."),
        ("63003", "Lukas Brandner", "2022-07-26T09:00",
         """Summary: on 21 July the database upgrade finished at 09:30 UTC; CPU on the database servers climbed shortly afterwards, queries slowed and API/web requests eventually failed. Mitigated by 10:18 UTC. We do not know the minute requests first slowed: the query latency panel has a gap for that window.

Timeline (UTC)
- 09:30 database upgrade completed
- 09:50 alerted on CPU usage, incident created
- 10:07 long-running queries killed by hand to stop the event backlog growing (API and web requests fail while this happens)
- 10:13 statistics fixed, queries fast again
- 10:18 status page updated
- 10:31 backlog of events cleared
- 10:43 all clear

Follow-ups: OPS-3120 (keep table attributes as code), OPS-3121 (upgrade runbook waits for full statistics before traffic)."""),
    ],
    changelog=[
        ("Lukas Brandner", "2022-07-21T10:10", [("status", "Open", "In Progress")]),
        ("Lukas Brandner", "2022-07-21T10:36", [("status", "In Progress", "Monitoring")]),
        ("Lukas Brandner", "2022-07-21T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("OPS-3120", "Keep table attributes as code"), ("OPS-3121", "Upgrade runbook: wait for full statistics")],
    remote=[("https://status.sentry.io/incidents/jwg968zpdcgb", "Delays in processing and intermittent UI/API failures")],
    pastes=[dict(file="sentry-2022-07-slack.txt", zone="Europe/Vienna", referenceDate="2022-07-21", text="""
Thursday, July 21st
Opsgenie APP  11:50 AM
[P2] pg-events-primary CPU > 90% for 10 min
Lukas Brandner  11:51 AM
db is drowning in queries. opening an incident, I'll run it (IC). @Aiko Sato can you be SME on postgres
Aiko Sato  11:53 AM
on it. the upgrade finished at 11:30, feels related
Lukas Brandner  12:07 PM
killing long-running queries by hand so the event backlog stops growing. API/web will error for a few min
Aiko Sato  12:13 PM
planner stats were incomplete after the upgrade. ANALYZE done, plans look sane again
Lukas Brandner  12:18 PM
error rate back to normal. status page -> monitoring
Aiko Sato  12:31 PM
event backlog cleared
Lukas Brandner  12:43 PM
all clear
""")],
    expected=dict(
        events=[
            ["2022-07-21T09:30Z", ["upgrade"]],
            ["2022-07-21T09:50Z", ["alerted", "cpu"]],
            ["2022-07-21T10:07Z", ["killed", "killing"]],
            ["2022-07-21T10:13Z", ["statistics", "stats"]],
            ["2022-07-21T10:18Z", ["status page", "mitigated"]],
            ["2022-07-21T10:31Z", ["backlog"]],
            ["2022-07-21T10:43Z", ["all clear"]],
        ],
        keyTimes=dict(
            started=kt(None, "UNKNOWN"),
            detected=kt("2022-07-21T09:50Z", "STATED", "[P2] pg-events-primary CPU > 90% for 10 min", "sentry-2022-07-slack.txt"),
            resolved=kt("2022-07-21T10:18Z", "STATED", "Mitigated by 10:18 UTC.", "comment 63003"),
        ),
        responders=[["Lukas Brandner", "incident commander"], ["Aiko Sato", "subject expert"]],
        narrative=dict(
            rootCause=["planner statistics", "upgrade"], fix=["ANALYZE"], lucky=[], wentWell=[], wentBadly=["ingest"],
            customerEffect="On 21 July 2022, after a database upgrade, event processing was delayed and API and web requests failed until the problem was mitigated at 10:18 UTC.",
            internalNames=["OPS-3118", "OPS-3120", "OPS-3121", "pg-events-primary"]),
    ),
))

# ---------------------------------------------------------------- 4 Sentry, 6 May 2022
I.append(dict(
    id="sentry-2022-05", name="Sentry 2022-05-06 multi-hour outage from cloud persistent-volume IO latency",
    now="2022-05-20T00:00:00Z", defaultZone="America/Los_Angeles", issueId="50512", key="SRE-512",
    summary="UI, API and event ingestion unavailable", labels=["sev1", "gcp", "outage"], components=["Ingestion", "Web", "API"],
    created="2022-05-06T10:05", reporter="Björn Lindqvist", assignee="Björn Lindqvist",
    description="""Basically everything down since ~3am: UI, API, ingest. Bastion unreachable, k8s control plane not answering.

Did the node pool upgrade go out early??""",
    comments=[
        ("64001", "Kestrel Adeyemi", "2022-05-06T10:40",
         "Not the node pool upgrade (still scheduled for next week). Persistent volumes in our primary cloud region show IO wait and multi-minute IO latency; the provider has opened an incident on their side. The edge has been dropping events since about 3:15 AM PT."),
        ("64002", "Kestrel Adeyemi", "2022-05-06T13:30",
         "We reached our disaster-recovery window at 6:24 AM PT and started DR prep in parallel with waiting on the provider."),
        ("64003", "Björn Lindqvist", "2022-05-06T18:20",
         "Edge accepting events again since 11:15 AM PT, the loss window is over. UI/API still flaky."),
        ("64004", "Kestrel Adeyemi", "2022-05-06T19:25",
         "All services normal as of 12:17 PM PT. Leaving it in Monitoring overnight."),
        ("64005", "Kestrel Adeyemi", "2022-05-11T17:00",
         """Write-up draft. From 1:30 AM PDT until 12:17 PM PDT on May 6 most of our services were unavailable because of a persistent-volume problem in our cloud provider's primary compute region. About 90% of incoming events were lost between 3:15 AM and 11:15 AM PDT. By 3:00 AM PDT much of the core infrastructure was degraded or unreachable, including the bastion and the Kubernetes control plane.

Fortunately the DR plan was not needed in the end, but we only found out how long it would take by starting it. Follow-ups: SRE-520 (DR failover drill with a measured RTO), SRE-521 (bastion outside the primary region)."""),
    ],
    changelog=[
        ("Björn Lindqvist", "2022-05-06T10:06", [("status", "Open", "In Progress")]),
        ("Kestrel Adeyemi", "2022-05-06T19:26", [("status", "In Progress", "Monitoring")]),
        ("Kestrel Adeyemi", "2022-05-07T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("SRE-520", "DR failover drill with measured RTO"), ("SRE-521", "Bastion outside the primary region")],
    remote=[("https://blog.sentry.io/details-of-the-sentry-outage-on-may-6th-2022/", "Details of the Sentry outage on May 6th, 2022")],
    pastes=[dict(file="sentry-2022-05-irc.txt", zone="America/Toronto", referenceDate="2022-05-06", text="""
--- Day changed Fri May 06 2022
[04:38] <kestrel> paged, six different alerts at once. PV io latency through the roof
[04:41] <kestrel> provider status page still green
[04:52] <bjorn> I'm up. I'll take IC, kestrel you're SME on storage
[06:00] <bjorn> bastion gone, k8s control plane not answering, everything degraded
[06:15] <kestrel> edge is dropping events now
[09:24] <kestrel> we're at the DR window, starting prep
[14:15] <bjorn> edge accepting events again
[15:17] <kestrel> UI + API back, all services normal
""")],
    expected=dict(
        events=[
            ["2022-05-06T08:30Z", ["unavailable"]],
            ["2022-05-06T08:38Z", ["paged"]],
            ["2022-05-06T10:00Z", ["degraded", "bastion"]],
            ["2022-05-06T10:15Z", ["events", "dropping"]],
            ["2022-05-06T13:24Z", ["dr", "disaster"]],
            ["2022-05-06T18:15Z", ["events", "accepting"]],
            ["2022-05-06T19:17Z", ["normal"]],
        ],
        keyTimes=dict(
            started=kt("2022-05-06T08:30Z", "STATED", "From 1:30 AM PDT until 12:17 PM PDT on May 6", "comment 64005"),
            detected=kt("2022-05-06T08:38Z", "STATED", "<kestrel> paged, six different alerts at once. PV io latency through the roof", "sentry-2022-05-irc.txt"),
            resolved=kt("2022-05-06T19:17Z", "STATED", "All services normal as of 12:17 PM PT.", "comment 64004"),
        ),
        responders=[["Björn Lindqvist", "incident commander"], ["Kestrel Adeyemi", "subject expert"]],
        narrative=dict(
            rootCause=["persistent-volume", "IO latency"], fix=[], lucky=["Fortunately"], wentWell=[],
            wentBadly=["node pool upgrade"],
            customerEffect="From 08:30 to 19:17 UTC on 6 May 2022 Sentry's UI and API were largely unavailable and about 90% of incoming events between 10:15 and 18:15 UTC were lost.",
            internalNames=["SRE-512", "SRE-520", "SRE-521"]),
    ),
))

# ---------------------------------------------------------------- 5 Slack, 12 May 2020
I.append(dict(
    id="slack-2020-05", name="Slack 2020-05-12 users unable to connect after servers failed to register with the load balancer",
    now="2020-05-27T00:00:00Z", defaultZone="America/Los_Angeles", issueId="54012", key="CHAT-4012",
    summary="Users unable to connect", labels=["sev1", "connectivity"], components=["Edge", "Load balancing"],
    created="2020-05-13T00:02", reporter="Paulo Tavares", assignee="Ayesha Karim",
    description="""Users can't connect since ~5pm, lots of 'trouble connecting' from all regions.

The edge deploy from this afternoon? Reverting it to be safe.""",
    comments=[
        ("65001", "Ayesha Karim", "2020-05-13T00:20",
         "Revert of the edge deploy changed nothing. The load balancer pool is full of servers that never finished registering during today's scale-up, and healthy capacity keeps shrinking."),
        ("65002", "Ayesha Karim", "2020-05-13T00:50",
         "New fleet provisioned and registered, server list on the load balancer refreshed so the unhealthy ones get no traffic. Connections look normal."),
        ("65003", "Niamh Houlihan", "2020-05-13T01:31",
         "Status page updated: \"We have fully restored service and everyone should be able to connect now.\""),
        ("65004", "Ayesha Karim", "2020-05-18T18:00",
         """RCA summary for the customer letter: customers could not connect to the service from 4:45 p.m. PDT on 12 May, for 48 minutes, until the newly provisioned servers were registered with the load balancer and its server list was refreshed.

Trigger: during the daily North America scale-up some servers did not register with the load balancer, and the health of the pool declined over time. Follow-up CHAT-4020: fail the scale-up when a new server has not registered within 5 minutes."""),
    ],
    changelog=[
        ("Paulo Tavares", "2020-05-13T00:03", [("status", "Open", "In Progress")]),
        ("Ayesha Karim", "2020-05-13T00:52", [("status", "In Progress", "Monitoring")]),
        ("Paulo Tavares", "2020-05-13T16:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-4020", "Fail scale-up when a server does not register with the load balancer")],
    remote=[("https://status.slack.com/2020-05/147dad376c8946ff", "Users are unable to connect to Slack")],
    pastes=[dict(file="slack-2020-05-discord.txt", zone="Europe/Dublin", referenceDate="2020-05-13", text="""
(copied from #infra-bridge on the backup Discord, starts when I joined, nothing earlier copied - Niamh)
niamh_h — 13/05/2020 01:05
joined. connect errors everywhere, is it the edge deploy?
ayesha.k — 13/05/2020 01:08
reverting it, but I don't think so. lb pool health has been sliding all evening
ayesha.k — 13/05/2020 01:20
revert made no difference. lots of servers in the pool never registered during the scale-up
paulo — 13/05/2020 01:22
ok I'm IC. ayesha SME on the lb, niamh can you do comms
niamh_h — 13/05/2020 01:23
yep, I've got comms
ayesha.k — 13/05/2020 01:50
new fleet registered, list refreshed, connection graphs flat
niamh_h — 13/05/2020 02:31
status page says fully restored
""")],
    expected=dict(
        events=[["2020-05-12T23:45Z", ["connect"]]],
        keyTimes=dict(
            started=kt("2020-05-12T23:45Z", "STATED", "customers could not connect to the service from 4:45 p.m. PDT on 12 May", "comment 65004"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2020-05-13T00:33Z", "INFERRED", "from 4:45 p.m. PDT on 12 May, for 48 minutes", "comment 65004"),
        ),
        responders=[["Paulo Tavares", "incident commander"], ["Ayesha Karim", "subject expert"], ["Niamh Houlihan", "comms"]],
        narrative=dict(
            rootCause=["scale-up", "register"], fix=["refreshed"], lucky=[], wentWell=[], wentBadly=["edge deploy"],
            customerEffect="From 23:45 UTC on 12 May 2020, for 48 minutes, customers could not connect to Slack.",
            internalNames=["CHAT-4012", "CHAT-4020", "#infra-bridge"]),
    ),
))

# ---------------------------------------------------------------- 6 Slack, 2 Aug 2023
I.append(dict(
    id="slack-2023-08", name="Slack 2023-08-02 blurry images and failed uploads after a database cluster migration reduced capacity",
    now="2023-08-16T00:00:00Z", defaultZone="America/New_York", issueId="54207", key="CHAT-4207",
    summary="Blurry images, file uploads failing", labels=["sev2", "files"], components=["Files", "Database"],
    created="2023-08-02T16:40", reporter="Dana Whitcombe", assignee="Ravi Menon",
    description="""Blurry images and failed file uploads since around noon, some people also report slow channel loads.

Smells like the image CDN again, opened a ticket with them.""",
    comments=[
        ("66001", "Ravi Menon", "2023-08-02T17:05",
         "CDN is fine. The database cluster we migrated this morning came back with less capacity than planned, and the custom-status job that runs at the top of each hour piles onto it. Pausing the custom status job now."),
        ("66002", "Ravi Menon", "2023-08-02T17:40",
         "Pausing the job cleared most errors. We'll resume it once we're sure the capacity holds."),
        ("66003", "Dana Whitcombe", "2023-08-02T18:25",
         "Custom status processing back to normal and no remaining impact per metrics. The fix for the migration capacity still has to be deployed."),
        ("66004", "Ravi Menon", "2023-08-03T02:40",
         "Deployed the fix for the cluster migration; capacity is back at the expected level."),
        ("66005", "Dana Whitcombe", "2023-08-07T15:00",
         """Issue summary for the customer note: on August 2 from 9:01 AM PDT to 11:00 AM PDT (12:01 to 2:00 PM our time) customers may have seen blurry images and failed uploads; a small share also saw errors or slowness loading channels, sending messages and connecting.

Cause: a routine database cluster migration reduced capacity, which coincided with the scheduled custom status job. No alert or first-report time was kept in the channel. Follow-up CHAT-4215: capacity check as the last step of every cluster migration."""),
    ],
    changelog=[
        ("Dana Whitcombe", "2023-08-02T16:41", [("status", "Open", "In Progress")]),
        ("Ravi Menon", "2023-08-02T18:26", [("status", "In Progress", "Monitoring")]),
        ("Dana Whitcombe", "2023-08-03T14:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-4215", "Capacity check at the end of every cluster migration")],
    remote=[("https://slack-status.com/2023-08-02", "Users may be experiencing issues connecting to Slack")],
    pastes=[dict(file="slack-2023-08-teams.txt", zone="Asia/Kolkata", referenceDate="2023-08-02", text="""
(bridge chat copy, the first part scrolled away - Sunita)
[8/2/2023 10:02 PM] Ravi Menon:
I'll be IC for this one. Sunita can you be SME on the db cluster
[8/2/2023 10:05 PM] Sunita Rao:
yes. the migrated cluster is way over capacity, custom status job is hammering it
[8/2/2023 10:31 PM] Ravi Menon:
pausing custom status job
[8/2/2023 11:30 PM] Sunita Rao:
resumed custom status processing, capacity holds, all metrics normal. impact over
[8/3/2023 8:10 AM] Ravi Menon:
migration capacity fix deployed overnight
""")],
    expected=dict(
        events=[["2023-08-02T16:01Z", ["blurry", "uploads"]], ["2023-08-02T18:00Z", ["normal", "impact over"]]],
        keyTimes=dict(
            started=kt("2023-08-02T16:01Z", "STATED", "on August 2 from 9:01 AM PDT to 11:00 AM PDT", "comment 66005"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2023-08-02T18:00Z", "STATED", "resumed custom status processing, capacity holds, all metrics normal. impact over", "slack-2023-08-teams.txt"),
        ),
        responders=[["Ravi Menon", "incident commander"], ["Sunita Rao", "subject expert"], ["Dana Whitcombe", None]],
        narrative=dict(
            rootCause=["cluster migration", "custom status"], fix=["pausing"], lucky=[], wentWell=[], wentBadly=["CDN"],
            customerEffect="From 16:01 to 18:00 UTC on 2 August 2023 images were blurry and file uploads failed; some users saw slow channel loads, message errors and connection trouble.",
            internalNames=["CHAT-4207", "CHAT-4215"]),
    ),
))

# ---------------------------------------------------------------- 7 Slack, 16 Oct 2020
I.append(dict(
    id="slack-2020-10", name="Slack 2020-10-16 degraded performance from cache tier errors overloading the database tier",
    now="2020-10-30T00:00:00Z", defaultZone="Europe/London", issueId="53990", key="CHAT-3990",
    summary="Slow channel switching, 'Something's gone awry', mobile sign-outs", labels=["sev2", "performance"], components=["Cache", "Database"],
    created="2020-10-16T09:02", reporter="Harriet Oyelaran", assignee="Tevita Fifita",
    description="""Slowness switching channels, 'Something's gone awry' on desktop, mobile users being signed out. Since about 9:30 this morning.

Looks like last night's DB failover didn't go cleanly?""",
    comments=[
        ("67001", "Tevita Fifita", "2020-10-16T09:40",
         "No failover happened last night. Reads and writes to the cache tier fail intermittently and the misses land on the database tier, which is overloaded."),
        ("67002", "Tevita Fifita", "2020-10-16T17:25",
         "Added database capacity, load is down and customers should see little to no impact now. The cache tier issue itself is not fixed yet."),
        ("67003", "Harriet Oyelaran", "2020-10-16T20:30",
         "Cache tier read/write issue fixed, database load back to normal levels."),
        ("67004", "Harriet Oyelaran", "2020-10-21T10:00",
         """Summary for the monthly review: from 12:10am to 1:01pm PDT on 16 October (08:10 to 21:01 London time) some users saw degraded performance (slow channel switching, 'Something's gone awry' on desktop, unexpected sign-outs on mobile).

Cause: a problem reading and writing to the cache tier pushed extra load onto the database tier. Mitigated first by adding database capacity, then resolved by fixing the cache tier. Follow-up CHAT-3995: alert when the cache miss ratio doubles for 10 minutes."""),
    ],
    changelog=[
        ("Harriet Oyelaran", "2020-10-16T09:03", [("status", "Open", "In Progress")]),
        ("Tevita Fifita", "2020-10-16T17:26", [("status", "In Progress", "Monitoring")]),
        ("Harriet Oyelaran", "2020-10-19T08:30", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-3995", "Alert on cache miss ratio")],
    remote=[("https://slack-status.com/2020-10/3e2253fb0e2f1b7c", "Degraded performance and connection issues")],
    pastes=[dict(file="slack-2020-10-notes.txt", zone="Australia/Sydney", referenceDate="2020-10-16", text="""
handover notes - Fri 16 Oct / Sat 17 Oct, Sydney time
18:40  picked up from EU on-call: cache tier read/write errors, DB tier hot
21:15  nothing new, EU still on it
(sat)
07:01  cache fix out, DB load back to normal, errors gone
07:27  status page: customers should no longer be encountering trouble
07:35  closing my notes
""")],
    expected=dict(
        events=[["2020-10-16T07:10Z", ["degraded", "12:10am"]], ["2020-10-16T20:01Z", ["normal", "errors gone"]],
                ["2020-10-16T20:27Z", ["status page"]]],
        keyTimes=dict(
            started=kt("2020-10-16T07:10Z", "STATED", "from 12:10am to 1:01pm PDT on 16 October", "comment 67004"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2020-10-16T20:01Z", "STATED", "cache fix out, DB load back to normal, errors gone", "slack-2020-10-notes.txt"),
        ),
        responders=[["Harriet Oyelaran", None], ["Tevita Fifita", None]],
        narrative=dict(
            rootCause=["cache tier", "database tier"], fix=["database capacity", "fixing the cache tier"], lucky=[],
            wentWell=[], wentBadly=["failover"],
            customerEffect="From 07:10 to 20:01 UTC on 16 October 2020 some users saw slow channel switching, error messages on desktop and unexpected sign-outs on mobile.",
            internalNames=["CHAT-3990", "CHAT-3995"]),
    ),
))

# ---------------------------------------------------------------- 8 Slack, 28 Mar 2024
I.append(dict(
    id="slack-2024-03", name="Slack 2024-03-28 sign-in and workflow failures from unexpected traffic on a user-activity database",
    now="2024-04-11T00:00:00Z", defaultZone="America/Los_Angeles", issueId="54388", key="CHAT-4388",
    summary="Trouble signing in, workflows failing", labels=["sev2", "auth"], components=["Workflows", "Sign-in"],
    created="2024-03-28T18:22", reporter="Marisol Quintero", assignee="Felix Brandt",
    description="""Sign-in failures and broken workflows since ~11:15, account creation too.

Probably the SSO provider again, their status page is yellow.""",
    comments=[
        ("68001", "Felix Brandt", "2024-03-28T18:40",
         "SSO is not it. The database service that processes user activity got a burst of unexpected traffic after this week's change; the sign-in, account creation and workflow errors follow it. Code changes paused."),
        ("68002", "Felix Brandt", "2024-03-28T18:55",
         "The database service timed out by itself and is processing normally again. Errors gone, watching."),
        ("68003", "Marisol Quintero", "2024-04-02T16:00",
         """Issue summary: on March 28 from 10:47 AM PDT until 11:20 AM PDT a small number of users had trouble using workflows, connecting or signing in, and creating accounts.

The database service automatically timed out after about 30 minutes, which let it return to normal and take new requests without errors. Follow-up CHAT-4392: rate-limit the new traffic path into the user activity database."""),
    ],
    changelog=[
        ("Felix Brandt", "2024-03-28T18:23", [("status", "Open", "In Progress")]),
        ("Felix Brandt", "2024-03-28T18:56", [("status", "In Progress", "Monitoring")]),
        ("Marisol Quintero", "2024-03-29T17:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-4392", "Rate-limit new traffic path into the user activity database")],
    remote=[("https://slack-status.com/2024-03-28", "Trouble signing in and degraded workflows")],
    pastes=[dict(file="slack-2024-03-slack.txt", zone="Europe/Berlin", referenceDate="2024-03-28", text="""
(pasted from #db-oncall; the alert thread was in another channel and is gone)
Thursday, March 28th
Felix Brandt  7:02 PM
user activity db error rate way up, sign-ins failing for some. pausing all code changes
👀 3
Jonas Weber  7:04 PM
traffic into that db is 5x normal, all from the new change path
Felix Brandt  7:20 PM
db service just timed out on its own and is taking requests normally. sign-in errors back to baseline
Jonas Weber  7:45 PM
still clean. I'll write up where the traffic came from
""")],
    expected=dict(
        events=[["2024-03-28T17:47Z", ["workflows", "signing in"]], ["2024-03-28T18:20Z", ["timed out", "baseline"]]],
        keyTimes=dict(
            started=kt("2024-03-28T17:47Z", "STATED", "on March 28 from 10:47 AM PDT until 11:20 AM PDT", "comment 68003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2024-03-28T18:20Z", "STATED", "db service just timed out on its own and is taking requests normally. sign-in errors back to baseline", "slack-2024-03-slack.txt"),
        ),
        responders=[["Felix Brandt", None], ["Jonas Weber", None], ["Marisol Quintero", None]],
        narrative=dict(
            rootCause=["unexpected traffic", "database service"], fix=["timed out"], lucky=[], wentWell=[],
            wentBadly=["SSO"],
            customerEffect="From 17:47 to 18:20 UTC on 28 March 2024 a small number of users could not sign in, create accounts or use workflows.",
            internalNames=["CHAT-4388", "CHAT-4392", "#db-oncall"]),
    ),
))

# ---------------------------------------------------------------- 9 Slack, 11 Jul 2024
I.append(dict(
    id="slack-2024-07", name="Slack 2024-07-11 two-minute message loading errors after a data migration caused client reloads",
    now="2024-07-25T00:00:00Z", defaultZone="America/Los_Angeles", issueId="54501", key="CHAT-4501",
    summary="Messages and threads not loading for some users", labels=["sev3", "messaging"], components=["Messaging"],
    created="2024-07-11T19:20", reporter="Chen Wei", assignee="Grace Adu", priority="High",
    description="""Messages/threads not loading for some users around 12:15?

Maybe the desktop release that went out this morning.""",
    comments=[
        ("69001", "Grace Adu", "2024-07-11T19:35",
         "Not the desktop release. A data migration today set off a wave of client reloads that overloaded the database serving those API calls; an automated safety measure paused traffic until the database was healthy. Errors are back to normal. Follow-up CHAT-4505 to throttle migration-triggered reloads."),
        ("69002", "Chen Wei", "2024-07-11T22:25",
         "Status post (3:23 PM PT): From approximately 12:10 PM to 12:12 PM PDT, some users had issues sending messages and loading threads. Users should no longer see issues."),
    ],
    changelog=[
        ("Grace Adu", "2024-07-11T19:21", [("status", "Open", "In Progress")]),
        ("Grace Adu", "2024-07-11T19:36", [("status", "In Progress", "Monitoring")]),
        ("Chen Wei", "2024-07-12T17:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CHAT-4505", "Throttle client reloads triggered by data migrations")],
    remote=[("https://slack-status.com/2024-07-11", "Intermittent performance issues using Slack")],
    pastes=[dict(file="slack-2024-07-zoom.txt", zone="America/Sao_Paulo", referenceDate="2024-07-11", text="""
16:14:22	 From Grace Adu : error spike on the messages API already gone? lasted about two minutes
16:15:03	 From Chen Wei : yes, 16:10 to 16:12 on the graphs. the safety valve paused traffic and the db recovered
16:19:40	 From Grace Adu : the spike lines up with the data migration job, client reloads went through the roof
""")],
    expected=dict(
        events=[["2024-07-11T19:10Z", ["messages", "threads"]], ["2024-07-11T19:12Z", ["messages", "recovered"]]],
        keyTimes=dict(
            started=kt("2024-07-11T19:10Z", "STATED", "From approximately 12:10 PM to 12:12 PM PDT", "comment 69002"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2024-07-11T19:12Z", "STATED", "From approximately 12:10 PM to 12:12 PM PDT", "comment 69002"),
        ),
        responders=[["Grace Adu", None], ["Chen Wei", None]],
        narrative=dict(
            rootCause=["data migration", "client reloads"], fix=["safety"], lucky=[], wentWell=[], wentBadly=["desktop release"],
            customerEffect="From about 19:10 to 19:12 UTC on 11 July 2024 some users could not send messages or load threads.",
            internalNames=["CHAT-4501"]),
    ),
))

# ---------------------------------------------------------------- 10 GitLab Pages, 28 Mar 2022
I.append(dict(
    id="gitlab-2022-03", name="GitLab.com 2022-03-28 Pages error rate over SLO from a request flood against one domain",
    now="2022-04-08T00:00:00Z", defaultZone="Australia/Sydney", issueId="56713", key="INC-6713",
    summary="GitLab Pages error rate exceeding SLO", labels=["pages", "severity-3"], components=["Pages"],
    created="2022-03-28T17:44", reporter="Callum Ng", assignee="Callum Ng", priority="High",
    description="""Pages error rate over SLO since ~4:40am, new pages deploy? checking.""",
    comments=[
        ("70001", "Callum Ng", "2022-03-28T17:58",
         "Not the deploy. An HTTP request flood aimed at one custom domain saturated the Pages fleet for a few minutes. Error rate was already back to normal when I looked."),
        ("70002", "Callum Ng", "2022-03-29T02:00",
         """Summary for CMOC notice: some users may have seen intermittent slowness or errors on Pages domains while the saturation lasted.
Impact Duration: 2022-03-28 17:33 - 17:39 UTC (6 minutes).
Root cause: malicious traffic. We were only alerted after the fact; follow-up INC-6720 (per-domain rate limit on Pages)."""),
    ],
    changelog=[
        ("Callum Ng", "2022-03-28T17:45", [("status", "Open", "In Progress")]),
        ("Callum Ng", "2022-03-28T18:00", [("status", "In Progress", "Monitoring")]),
        ("Callum Ng", "2022-03-29T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("INC-6720", "Per-domain rate limit on Pages")],
    remote=[("https://gitlab.com/gitlab-com/gl-infra/production/-/issues/6713", "2022-03-28: GitLab Pages error rate exceeding SLO")],
    pastes=[dict(file="gitlab-2022-03-slack.txt", zone="Australia/Sydney", referenceDate="2022-03-29", text="""
Tuesday, March 29th
Callum Ng  4:40 AM
/incident declare - Pages error rate exceeding SLO
Incident Bot APP  4:40 AM
INC-6713 declared by @Callum Ng. Callum Ng is incident commander.
Callum Ng  4:46 AM
already recovered? rps on one domain went vertical for ~6 minutes, all the 5xx come from that
Priya Venkat  4:52 AM
looks like a flood against a single victim domain. blocking it at the edge so it doesn't come back
""")],
    expected=dict(
        events=[["2022-03-28T17:33Z", ["impact"]], ["2022-03-28T17:39Z", ["impact"]], ["2022-03-28T17:40Z", ["declare", "declared"]]],
        keyTimes=dict(
            started=kt("2022-03-28T17:33Z", "STATED", "Impact Duration: 2022-03-28 17:33 - 17:39 UTC (6 minutes).", "comment 70002"),
            detected=kt("2022-03-28T17:40Z", "STATED", "/incident declare - Pages error rate exceeding SLO", "gitlab-2022-03-slack.txt"),
            resolved=kt("2022-03-28T17:39Z", "STATED", "Impact Duration: 2022-03-28 17:33 - 17:39 UTC (6 minutes).", "comment 70002"),
        ),
        responders=[["Callum Ng", "incident commander"], ["Priya Venkat", None]],
        narrative=dict(
            rootCause=["flood", "single"], fix=["blocking"], lucky=[], wentWell=[], wentBadly=["after the fact"],
            customerEffect="Between 17:33 and 17:39 UTC on 28 March 2022 some users saw slowness or errors on GitLab Pages sites.",
            internalNames=["INC-6713", "INC-6720"]),
    ),
))

# ---------------------------------------------------------------- 11 Discord Tickets public bot, 30 Apr 2025
I.append(dict(
    id="eartharoid-2025-04", name="Discord Tickets public instance down after its server was terminated by a hosting payment error",
    now="2025-05-14T00:00:00Z", defaultZone="Europe/London", issueId="57121", key="TIX-121",
    summary="Public bot offline, server unreachable", labels=["public-instance", "hosting"], components=["Public bot"],
    created="2025-05-01T00:16", reporter="Rowan Ashdown", assignee="Rowan Ashdown",
    description="""Public bot offline since ~1am, server not answering ping or SSH.

Host having network issues again? Their status page is green though.""",
    comments=[
        ("71001", "Rowan Ashdown", "2025-05-01T00:22",
         "Acknowledged. The VPS is not unreachable, it is gone: the hosting panel lists it as terminated. Ticket open with the provider."),
        ("71002", "Rowan Ashdown", "2025-05-01T01:40",
         "Provider confirms the termination came from a payment error on their side and they are reversing it. Rebuilding the server from the last snapshot in the meantime."),
        ("71003", "Rowan Ashdown", "2025-05-01T15:02",
         "Status page incident marked resolved at 4:00pm BST (it had been on monitoring since the restore). Write-up to follow."),
        ("71004", "Rowan Ashdown", "2025-05-02T10:00",
         """## Post-mortem
What happened: the server hosting the public bot was terminated by mistake because of a payment error, which the hosting provider has since remedied.

Several monitoring servers first observed the outage on 30 April at 11:22pm UTC, and staff were paged 5 minutes later. The downtime was acknowledged at 12:14am UTC. The public instance was down for a total of 3 hours and 56 minutes.

Follow-up TIX-125: keep a warm standby of the public bot with a second provider."""),
    ],
    changelog=[
        ("Rowan Ashdown", "2025-05-01T00:17", [("status", "Open", "In Progress")]),
        ("Rowan Ashdown", "2025-05-01T04:40", [("status", "In Progress", "Monitoring")]),
        ("Rowan Ashdown", "2025-05-01T15:03", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("TIX-125", "Warm standby of the public bot with a second provider")],
    remote=[("https://status.eartharoid.me/incidents/2025-03/2025-05", "Public Instance of Discord Tickets Is Temporarily Unavailable")],
    pastes=[dict(file="eartharoid-2025-04-discord.txt", zone="America/New_York", referenceDate="2025-04-30", text="""
(support server, #bot-status, copied by jess)
jess.mod — 04/30/2025 7:41 PM
bot shows offline in three servers I moderate, anyone else?
kenta_w — 04/30/2025 7:44 PM
same here, /ticket does nothing
Rowan Ashdown — 04/30/2025 8:14 PM
I see it, looking now. the server itself is down, not just the bot
jess.mod — 04/30/2025 8:30 PM
pinned a notice, pointing people at the status page
Rowan Ashdown — 04/30/2025 10:30 PM
host terminated the box by mistake (billing). restoring from snapshot, will take a while
""")],
    expected=dict(
        events=[["2025-04-30T23:22Z", ["observed", "outage"]], ["2025-05-01T00:14Z", ["acknowledged", "looking"]],
                ["2025-05-01T15:00Z", ["resolved"]]],
        keyTimes=dict(
            started=kt("2025-04-30T23:22Z", "STATED", "Several monitoring servers first observed the outage on 30 April at 11:22pm UTC", "comment 71004"),
            detected=kt("2025-04-30T23:27Z", "INFERRED", "staff were paged 5 minutes later", "comment 71004"),
            resolved=kt("2025-05-01T03:18Z", "INFERRED", "The public instance was down for a total of 3 hours and 56 minutes.", "comment 71004"),
        ),
        responders=[["Rowan Ashdown", None]],
        narrative=dict(
            rootCause=["terminated", "payment error"], fix=["snapshot"], lucky=[], wentWell=[], wentBadly=["network issues"],
            customerEffect="From 23:22 UTC on 30 April 2025 the public Discord Tickets bot was offline for 3 hours and 56 minutes.",
            internalNames=["TIX-121", "TIX-125", "#bot-status"]),
    ),
))

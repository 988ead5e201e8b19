"""Held-out 6 incident specs. People, ticket keys, hosts, channels, alert ids and chat wording are invented; every
expected time comes from the public source named in SOURCES-heldout6.md (converted to UTC)."""
from lib import kt

I = []

# ---------------------------------------------------------------- 1 Supabase API Gateway, 24 Nov 2025
I.append(dict(
    id="supabase-2025-11", name="Supabase 2025-11-24 API Gateway release read an undefined feature flag",
    now="2025-12-08T00:00:00Z", defaultZone="Asia/Singapore", issueId="53307", key="GW-307",
    summary="556/500 from Data API, Auth, Storage in all regions", labels=["gateway", "sev1"], components=["API Gateway"],
    created="2025-11-24T09:41", reporter="Mei-Xin Tan", assignee="Tomasz Wierzbicki",
    description="""Customers in every region getting 556 / 500 from REST, Auth and Storage since ~5:40pm, Management API flaky as well.

first bet: the Management API database again (same shape as the pooler mess last month). support queue exploding. paging DB on-call""",
    comments=[
        ("70101", "Tomasz Wierzbicki", "2025-11-24T09:46",
         "DB is fine: direct Postgres and Supavisor connections work, only traffic through the gateway fails. We rolled back the most recent deploy (auth) as a precaution, no change. I'm IC from here; Farida has comms, Keoni is the gateway SME."),
        ("70102", "Keoni Akana", "2025-11-24T09:57",
         "Got it. The gateway release from this afternoon reads a feature flag that has no value in production (undefined, and the code throws instead of defaulting). Rolled the gateway back; 5xx at baseline again."),
        ("70103", "Farida Osei", "2025-11-24T10:35",
         "Status page went to monitoring after the rollback and I have now set it to resolved. For CS: nothing to replay, requests failed fast, direct DB traffic was never affected."),
        ("70104", "Tomasz Wierzbicki", "2025-11-26T08:15",
         """Review notes, all UTC. Impact window 09:26 -> 09:55; about 90% of requests through the gateway failed (Data API, Auth, Storage, Realtime, Functions), Management API partly.

| 09:26 | gateway release deployed, customer impact starts |
| 09:30 | product teams see monitoring anomalies, support tickets pile up |
| 09:38 | incident declared internally |
| 09:40 | status page post |
| 09:43 | precautionary rollback of an unrelated recent deploy |
| 09:52 | root cause: the gateway release (missing feature flag) |
| 09:55 | gateway rollback complete, customer impact ends |

GW-311: fail at boot on undefined flags instead of in the request path. GW-312: canary the gateway region by region."""),
    ],
    changelog=[
        ("Tomasz Wierzbicki", "2025-11-24T09:46", [("status", "Open", "In Progress"), ("assignee", "Mei-Xin Tan", "Tomasz Wierzbicki")]),
        ("Farida Osei", "2025-11-24T09:58", [("status", "In Progress", "Monitoring")]),
        ("Tomasz Wierzbicki", "2025-11-24T10:36", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("GW-311", "Fail at boot on undefined feature flags"), ("GW-312", "Regional canary for gateway releases")],
    remote=[("https://status.supabase.com/incidents/sh7gmmyktjzw", "Requests failing across the platform (postmortem)")],
    pastes=[dict(file="supabase-2025-11-slack.txt", zone="Europe/Berlin", referenceDate="2025-11-24", text="""
#inc-gateway-errors  (copied by Lukas, times are Berlin)
[10:30] Datadog  [P1] Triggered: gateway 5xx ratio > 50% in 11 regions  first_seen=2025-11-24T09:30:14Z
[10:30] Lukas Brenner  storage dashboards went red at the same second, not just us
[10:31] Amara Njoku  support: ~40 tickets in five minutes, mostly "management api 500"
[10:38] Tomasz Wierzbicki  declaring. sev1, this channel
[10:40] Farida Osei  status page post is up (investigating)
[10:43] Tomasz Wierzbicki  rolled back the auth deploy as a precaution. no change yet
[10:52] Keoni Akana  it's the gateway release, undefined flag in prod. rolling the gateway back
[10:55] Keoni Akana  rollback done, 5xx back to baseline
""")],
    expected=dict(
        events=[
            ["2025-11-24T09:26Z", ["deployed", "impact starts"]],
            ["2025-11-24T09:30Z", ["5xx", "anomalies", "tickets"]],
            ["2025-11-24T09:38Z", ["declar"]],
            ["2025-11-24T09:40Z", ["status page"]],
            ["2025-11-24T09:43Z", ["precaution", "rolled back"]],
            ["2025-11-24T09:52Z", ["root cause", "gateway release"]],
            ["2025-11-24T09:55Z", ["rollback", "impact ends"]],
        ],
        keyTimes=dict(
            started=kt("2025-11-24T09:26Z", "STATED", "| 09:26 | gateway release deployed, customer impact starts |", "comment 70104"),
            detected=kt("2025-11-24T09:30Z", "STATED", "[10:30] Datadog  [P1] Triggered: gateway 5xx ratio > 50% in 11 regions  first_seen=2025-11-24T09:30:14Z", "supabase-2025-11-slack.txt"),
            resolved=kt("2025-11-24T09:55Z", "STATED", "| 09:55 | gateway rollback complete, customer impact ends |", "comment 70104"),
        ),
        responders=[["Tomasz Wierzbicki", "incident commander"], ["Farida Osei", "comms"], ["Keoni Akana", "subject expert"],
                    ["Mei-Xin Tan", None], ["Lukas Brenner", None], ["Amara Njoku", None]],
        narrative=dict(
            rootCause=["feature flag", "undefined"], fix=["rolled the gateway back"], lucky=[], wentWell=[],
            wentBadly=["precaution"],
            customerEffect="From 09:26 to 09:55 UTC on 24 November 2025 about 90% of requests through the API Gateway (Data API, Auth, Storage, Realtime, Functions) failed in all regions.",
            internalNames=["GW-307", "GW-311", "GW-312", "#inc-gateway-errors"]),
    ),
))

# ---------------------------------------------------------------- 2 Supabase Supavisor us-east-1, 29 Jan 2025
I.append(dict(
    id="supabase-2025-01", name="Supabase 2025-01-29 Supavisor 2.0 ETS table corruption in us-east-1",
    now="2025-02-12T00:00:00Z", defaultZone="America/New_York", issueId="53088", key="SPV-84",
    summary="us-east-1 pooler: clients disconnected, failing to reconnect", labels=["supavisor", "us-east-1", "sev1"],
    components=["Supavisor", "Storage"],
    created="2025-01-29T16:14", reporter="Dario Venturini", assignee="Ngozi Adebayo",
    description="""Pooler in us-east-1 dropping most client connections since ~11:10, lots of tenants can't get back in, Storage erroring too.

Smells like an AWS networking blip in use1. The 2.0 rollout there finished at 9:46 and was fine for over an hour, so probably not us?""",
    comments=[
        ("70201", "Ngozi Adebayo", "2025-01-29T16:21",
         "Not AWS, the nodes are healthy; the pool processes themselves are crashing (log lines pasted). We declared and started the rollback to 1.x together. I'm running this; Dario is on Supavisor, Ines has comms."),
        ("70202", "Dario Venturini", "2025-01-29T16:58",
         "Rollback finished 16:53, tenants reconnecting, throughput looks like yesterday. The rollback took 40 minutes: that, more than the bug, is what made this an hour."),
        ("70203", "Ines Carvalho", "2025-01-29T18:30",
         "Status page incident closed. Follow-up email sent to the larger us-east-1 customers."),
        ("70204", "Dario Venturini", "2025-02-03T14:00",
         """Write-up (Eastern time, sorry). Maintenance began 8:00 AM and went through nine regions without trouble; us-east-1 finished at 9:46 AM with clients reconnected and throughput stable. At 11:05 AM most clients were disconnected and failed to reconnect reliably, which is where impact starts. An :ets.select_delete failed and corrupted the table; registry lookups in Syn and Cachex started failing and the processes they manage crashed, dropping ~80% of tenants. Declared plus rollback at 11:11 AM, rollback completed 11:53 AM.

Actions: SPV-88 rollback in under 90 seconds, SPV-89 alert on client disconnections within 2 minutes."""),
    ],
    changelog=[
        ("Ngozi Adebayo", "2025-01-29T16:21", [("status", "Open", "In Progress"), ("assignee", "Dario Venturini", "Ngozi Adebayo")]),
        ("Ngozi Adebayo", "2025-01-29T17:00", [("status", "In Progress", "Monitoring")]),
        ("Ines Carvalho", "2025-01-29T18:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("SPV-88", "Rollback in under 90 seconds"), ("SPV-89", "Alert on client disconnections within 2 minutes")],
    remote=[("https://status.supabase.com/incidents/zk493yyz17hy", "Supavisor pooler and Storage connectivity issues in US-East-1")],
    pastes=[
        dict(file="supabase-2025-01-supavisor-log.txt", zone="UTC", referenceDate="2025-01-29", text="""
2025-01-29 14:46:02.118 [info] rollout: supavisor 2.0 us-east-1 complete, clients reconnected, throughput stable
2025-01-29 16:05:50.402 [error] :ets.select_delete/2 failed in tenant cache sweep, table corrupted
2025-01-29 16:05:56.017 [error] Syn registry lookup failed (badarg): tenants cannot reconnect
2025-01-29 16:06:00.230 [error] pool supervisors crashed, connections dropped for ~80% of tenants
"""),
        dict(file="supabase-2025-01-zoom.txt", zone="Asia/Kolkata", referenceDate="2025-01-29", text="""
21:41:08 From Ngozi Adebayo to Everyone: declaring, rolling supavisor back to 1.x in use1
21:41:50 From Harsha Menon to Everyone: storage errors are downstream of the pooler btw
22:23:12 From Dario Venturini to Everyone: rollback complete, tenants back, throughput normal
22:23:40 From Harsha Menon to Everyone: confirmed from the storage side
"""),
    ],
    expected=dict(
        events=[
            ["2025-01-29T13:00Z", ["maintenance"]],
            ["2025-01-29T14:46Z", ["us-east-1", "finished", "complete"]],
            ["2025-01-29T16:05Z", ["disconnected", "select_delete"]],
            ["2025-01-29T16:06Z", ["crashed", "80%"]],
            ["2025-01-29T16:11Z", ["declar", "rollback", "rolling"]],
            ["2025-01-29T16:53Z", ["rollback", "completed", "finished"]],
        ],
        keyTimes=dict(
            started=kt("2025-01-29T16:05Z", "STATED", "At 11:05 AM most clients were disconnected and failed to reconnect reliably", "comment 70204"),
            detected=kt("2025-01-29T16:11Z", "STATED", "declaring, rolling supavisor back to 1.x in use1", "supabase-2025-01-zoom.txt"),
            resolved=kt("2025-01-29T16:53Z", "STATED", "Rollback finished 16:53, tenants reconnecting", "comment 70202"),
        ),
        responders=[["Ngozi Adebayo", "incident commander"], ["Dario Venturini", "subject expert"], ["Ines Carvalho", "comms"],
                    ["Harsha Menon", None]],
        narrative=dict(
            rootCause=["select_delete", "corrupted"], fix=["rollback"], lucky=[], wentWell=["without trouble"],
            wentBadly=["40 minutes"],
            customerEffect="From 16:05 to 16:53 UTC on 29 January 2025 most clients of the Supavisor pooler in us-east-1 were disconnected and could not reconnect reliably; Storage in the region failed with it.",
            internalNames=["SPV-84", "SPV-88", "SPV-89"]),
    ),
))

# ---------------------------------------------------------------- 3 Render platform-wide restart, 26 Mar 2024
I.append(dict(
    id="render-2024-03", name="Render 2024-03-26 unintended restart of all workloads, slow disk-backed recovery",
    now="2024-04-09T00:00:00Z", defaultZone="America/Los_Angeles", issueId="53412", key="PLAT-412",
    summary="All workloads restarted; PG/Redis/disk services not coming back", labels=["platform", "sev0"],
    components=["Orchestration", "Managed Postgres"],
    created="2024-03-26T16:15", reporter="Quinn Halvorsen", assignee="Beatriz Solano",
    description="""Everything restarted at once?? web services, PG and Redis all bounced around 9:07. Stateless stuff is already coming back, anything with a disk is not.

Guessing the node-pool upgrade that was scheduled for this morning. Checking with infra.""",
    comments=[
        ("70301", "Beatriz Solano", "2024-03-26T16:26",
         "Not the node-pool upgrade. A code change behind a feature flag (passed dev and staging) restarted every customer and system workload. It's disabled now so nothing restarts again, and the public incident is open. I'm IC; Quinn is SME for orchestration; Yusuf does comms."),
        ("70302", "Quinn Halvorsen", "2024-03-26T16:40",
         "Static sites and stateless services are back in every region. Postgres / Redis / disk services are crawling: moving disks between machines is rate limited and the limits were never sized for the whole fleet at once. Raising them."),
        ("70303", "Yusuf Demir", "2024-03-26T18:52",
         "Fleet check says all paid services recovered at 18:45. Free tier still recovering, status page stays on identified."),
        ("70304", "Beatriz Solano", "2024-03-26T20:20",
         "Free tier done, full functionality across all regions at 1:00 PM PT. Holding in monitoring while logs and metrics backfill."),
        ("70305", "Quinn Halvorsen", "2024-03-29T17:05",
         """RCA draft for Tuesday's review (UTC)
- 16:07 unintended change restarts all customer and system workloads
- 16:07 on-call paged
- 16:09 internal critical incident opened
- 16:19 source identified and disabled; public incident opened
- 16:21 static sites and stateless services recovered in all regions
- 18:45 paid services recovered
- 20:00 free services recovered, full functionality restored

Logs/metrics backfill finished later and is not part of the impact window. PLAT-420 (restart blast-radius guard), PLAT-421 (disk move rate limits sized for fleet-wide recovery)."""),
    ],
    changelog=[
        ("Beatriz Solano", "2024-03-26T16:26", [("status", "Open", "In Progress"), ("assignee", "Quinn Halvorsen", "Beatriz Solano")]),
        ("Beatriz Solano", "2024-03-26T20:21", [("status", "In Progress", "Monitoring")]),
        ("Yusuf Demir", "2024-03-27T15:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("PLAT-420", "Guard against fleet-wide restarts"), ("PLAT-421", "Disk move rate limits sized for fleet-wide recovery")],
    remote=[("https://render.com/blog/root-cause-analysis-extended-service-disruption-3-26-24", "Root Cause Analysis for Render's Extended Service Disruption on 3/26/24")],
    pastes=[dict(file="render-2024-03-slack.txt", zone="Europe/Amsterdam", referenceDate="2024-03-26", text="""
Tuesday, March 26th
PagerDuty  17:07
:red_circle: Triggered #PD-88213 workload-restarts-cluster-wide  triggered_at=2024-03-26T16:07:31Z
Sem de Vries  17:07
ack. every pod in every region is restarting??
Sem de Vries  17:09
opening a critical internal incident
Beatriz Solano  17:19
found the change, disabling it so nothing restarts again
Sem de Vries  17:21
static sites + stateless services green in all regions
Sem de Vries  19:45
paid PG / Redis / disk services all recovered
Beatriz Solano  21:00
free tier recovered too, we are fully back
""")],
    expected=dict(
        events=[
            ["2024-03-26T16:07Z", ["restart"]],
            ["2024-03-26T16:07Z", ["paged", "triggered"]],
            ["2024-03-26T16:09Z", ["internal", "incident"]],
            ["2024-03-26T16:19Z", ["disabl", "identified"]],
            ["2024-03-26T16:21Z", ["static", "stateless"]],
            ["2024-03-26T18:45Z", ["paid"]],
            ["2024-03-26T20:00Z", ["free", "full"]],
        ],
        keyTimes=dict(
            started=kt("2024-03-26T16:07Z", "STATED", "16:07 unintended change restarts all customer and system workloads", "comment 70305"),
            detected=kt("2024-03-26T16:07Z", "STATED", ":red_circle: Triggered #PD-88213 workload-restarts-cluster-wide  triggered_at=2024-03-26T16:07:31Z", "render-2024-03-slack.txt"),
            resolved=kt("2024-03-26T20:00Z", "STATED", "20:00 free services recovered, full functionality restored", "comment 70305"),
        ),
        responders=[["Beatriz Solano", "incident commander"], ["Quinn Halvorsen", "subject expert"], ["Yusuf Demir", "comms"],
                    ["Sem de Vries", None]],
        narrative=dict(
            rootCause=["feature flag", "restarted every"], fix=["disabled", "rate limit"], lucky=[], wentWell=[],
            wentBadly=["never sized"],
            customerEffect="From 16:07 UTC on 26 March 2024 every workload on Render restarted; static and stateless services were back within minutes, paid services with databases or disks by 18:45 and free services by 20:00 UTC.",
            internalNames=["PLAT-412", "PLAT-420", "PLAT-421"]),
    ),
))

# ---------------------------------------------------------------- 4 Render Oregon control plane, 8 Dec 2022
I.append(dict(
    id="render-2022-12", name="Render 2022-12-08 Oregon control plane maintenance terminated the healthy hosts",
    now="2022-12-22T00:00:00Z", defaultZone="Australia/Sydney", issueId="53150", key="RND-509",
    summary="Oregon: web requests, builds, deploys, crons failing", labels=["oregon", "control-plane"],
    components=["Control Plane"],
    created="2022-12-08T22:40", reporter="Ellery Moana", assignee="Rafael Quintero",
    description="""Oregon only: customer web requests failing, builds / deploys / cron jobs failing too, since about 9am. Frankfurt and Ohio look fine.

Maybe the AWS us-west-2 thing from last night again?""",
    comments=[
        ("70401", "Rafael Quintero", "2022-12-08T22:48",
         "Not AWS, it's ours. The Oregon control plane capacity maintenance swapped the hosts for larger instances; components on the new hosts came up unhealthy (resource constrained) and the old healthy hosts were terminated anyway. And web serving turns out to depend on control plane DNS. Resizing the new hosts again."),
        ("70402", "Ellery Moana", "2022-12-08T23:05",
         "Bigger hosts are healthy, control plane components up, Oregon requests and builds look normal from here."),
        ("70403", "Rafael Quintero", "2022-12-09T01:10",
         "Postmortem is on the status page (copy pasted). For the review: the new hosts had no health checks gating the swap. I could not find when the first alert fired or who noticed first; the support inbox merged the early threads into one ticket and the originals are gone."),
        ("70404", "Ellery Moana", "2022-12-12T23:30",
         "Ops review note (my time): Oregon was down 9:02 to 9:53 on Friday morning, requests, builds, deploys and cron jobs. Automating control plane maintenance is RND-514; removing the DNS dependency from web serving is RND-515."),
    ],
    changelog=[
        ("Rafael Quintero", "2022-12-08T22:48", [("status", "Open", "In Progress")]),
        ("Ellery Moana", "2022-12-08T23:06", [("status", "In Progress", "Monitoring")]),
        ("Rafael Quintero", "2022-12-09T01:11", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RND-514", "Automate control plane maintenance with health gates"), ("RND-515", "Remove control plane DNS dependency from web serving")],
    remote=[("https://status.render.com/incidents/djvkwj2jrb3m", "Downtime for some services in Oregon")],
    pastes=[dict(file="render-2022-12-status.txt", zone="UTC", referenceDate="2022-12-09", text="""
Downtime for some services in Oregon - Postmortem (copied from the status page)
Summary: services in Oregon had failing web requests, builds, deploys and cron jobs between 22:02 UTC and 22:53 UTC on December 8, after a routine maintenance of the Oregon control plane failed.
Root cause: the new, larger control plane hosts started but their components went unhealthy for lack of resources; the older healthy hosts were terminated during the manual upgrade.
Fix: the new hosts were enlarged again so the components could start.
Posted Dec 09, 2022 - 00:43 UTC
""")],
    expected=dict(
        events=[
            ["2022-12-08T22:02Z", ["failing", "down"]],
            ["2022-12-08T22:53Z", ["failing", "down"]],
            ["2022-12-09T00:43Z", ["posted"]],
        ],
        keyTimes=dict(
            started=kt("2022-12-08T22:02Z", "STATED", "between 22:02 UTC and 22:53 UTC on December 8", "render-2022-12-status.txt"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2022-12-08T22:53Z", "STATED", "Oregon was down 9:02 to 9:53 on Friday morning", "comment 70404"),
        ),
        responders=[["Rafael Quintero", "incident commander"], ["Ellery Moana", None]],
        narrative=dict(
            rootCause=["terminated", "control plane"], fix=["enlarged", "resizing"], lucky=[], wentWell=[],
            wentBadly=["no health checks"],
            customerEffect="From 22:02 to 22:53 UTC on 8 December 2022 many services in Render's Oregon region failed web requests, builds, deploys and cron jobs.",
            internalNames=["RND-509", "RND-514", "RND-515"]),
    ),
))

# ---------------------------------------------------------------- 5 Render suspension page, 11 Sep 2020
I.append(dict(
    id="render-2020-09", name="Render 2020-09-11 migration script marked services suspended",
    now="2020-09-25T00:00:00Z", defaultZone="Europe/London", issueId="52977", key="OPS-71",
    summary="Customer services serving 'suspended by owner' page", labels=["sev1", "edge"], components=["Serving", "Database"],
    created="2020-09-11T22:31", reporter="Imogen Thackeray", assignee="Anselm Okafor",
    description="""Lots of customer sites (web services AND static sites) serving our 'This service has been suspended by its owner' page since about 11:15pm. Backends look healthy behind it.

Could the billing job be suspending accounts by mistake? It ran tonight.""",
    comments=[
        ("70501", "Anselm Okafor", "2020-09-11T22:52",
         "Not billing. A one-off script was run by hand to move one customer's services across teams; it had a bug and flipped the suspension state of existing services in the database. Plan: put the database back to its state before the script. I'll run it, Imogen takes comms."),
        ("70502", "Imogen Thackeray", "2020-09-12T00:05",
         "Status page says recovered. Some static sites still show the suspended page from intermediate caches: the page went out with a 200, so proxies cached it. Marisol's SF notes pasted below."),
        ("70503", "Marisol Ybarra", "2020-09-12T21:30",
         "Last cached static site cleared this afternoon (see notes). That is the tail for a handful of static sites, not the outage itself."),
        ("70504", "Anselm Okafor", "2020-09-15T16:00",
         """Postmortem published. Nit: the public text says PST everywhere; it was PDT (UTC-7), so their '16:21 PST' is really 23:21 UTC. Outage started 22:14 UTC (15:14 PDT).

We never found out who noticed first, the earliest support emails went down with the old helpdesk. Actions: OPS-77 no manual scripts on production, OPS-78 suspension page must not return 200."""),
    ],
    changelog=[
        ("Anselm Okafor", "2020-09-11T22:52", [("status", "Open", "In Progress"), ("assignee", "Imogen Thackeray", "Anselm Okafor")]),
        ("Imogen Thackeray", "2020-09-12T00:06", [("status", "In Progress", "Monitoring")]),
        ("Marisol Ybarra", "2020-09-12T21:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("OPS-77", "No manual scripts on production infrastructure"), ("OPS-78", "Suspension page must return a non-200 status")],
    remote=[("https://status.render.com/incidents/wptz3swzcsd3", "Service Outage (postmortem)")],
    pastes=[dict(file="render-2020-09-sf-notes.txt", zone="America/Los_Angeles", referenceDate="2020-09-11", text="""
marisol - notes fri 9/11 (SF, PDT)
~3:14 PM  request logs: first responses with the suspension body
4:00 PM  db rows restored to pre-script state, fix rolling out, services coming back online
4:21 PM  all HTTPS responses from the platform back to normal
sat 9/12
2:11 PM  last static site still serving the cached suspension page is clean
""")],
    expected=dict(
        events=[
            ["2020-09-11T22:14Z", ["suspension", "started"]],
            ["2020-09-11T23:00Z", ["restored", "coming back"]],
            ["2020-09-11T23:21Z", ["normal"]],
            ["2020-09-12T21:11Z", ["cached", "static"]],
        ],
        keyTimes=dict(
            started=kt("2020-09-11T22:14Z", "STATED", "Outage started 22:14 UTC (15:14 PDT).", "comment 70504"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2020-09-11T23:21Z", "STATED", "4:21 PM  all HTTPS responses from the platform back to normal", "render-2020-09-sf-notes.txt"),
        ),
        responders=[["Anselm Okafor", "incident commander"], ["Imogen Thackeray", "comms"], ["Marisol Ybarra", None]],
        narrative=dict(
            rootCause=["script", "suspension state"], fix=["state before the script", "restored"], lucky=[], wentWell=[],
            wentBadly=["with a 200"],
            customerEffect="From 22:14 to 23:21 UTC on 11 September 2020 most HTTPS services on Render served a 'suspended by its owner' page; a few static sites served a cached copy until the next afternoon.",
            internalNames=["OPS-71", "OPS-77", "OPS-78"]),
    ),
))

# ---------------------------------------------------------------- 6 Canva API Gateway, 12 Nov 2024
I.append(dict(
    id="canva-2024-11", name="Canva 2024-11-12 API Gateway overload after a synchronised asset fetch",
    now="2024-11-26T00:00:00Z", defaultZone="Australia/Sydney", issueId="53520", key="CANV-2281",
    summary="canva.com unavailable, API Gateway tasks dying", labels=["gateway", "sev0"], components=["API Gateway", "Editor"],
    created="2024-11-12T09:15", reporter="Saoirse Whelan", assignee="Callum Fraser",
    description="""canva.com is down for basically everyone, editor won't load, API Gateway tasks dying faster than they start.

It started right after the 7:47pm editor deploy. Can we roll that deploy back?""",
    comments=[
        ("70601", "Callum Fraser", "2024-11-12T09:21",
         "Rolling back the editor won't help, the code is fine. The new object panel JS was stuck behind a Cloudflare routing problem (SIN to IAD over the public internet); 270k+ clients were waiting on one cache stream and all hit the gateway at once when the file finally landed. ~3x normal peak, tasks OOM-killed faster than autoscaling adds them. I'm IC; Priya is gateway SME; Jonas runs comms."),
        ("70602", "Priya Raman", "2024-11-12T09:34",
         "Manual scale-up wasn't enough. Cloudflare firewall rule now blocks all traffic at the CDN and canva.com redirects to the status page. New gateway tasks are starting clean behind it."),
        ("70603", "Jonas Lindqvist", "2024-11-12T09:50",
         "Ramping traffic back region by region, Australia first with strict rate limits."),
        ("70604", "Callum Fraser", "2024-11-12T10:12",
         "All regions back, block rule removed. Telemetry lock contention fix tracked in CANV-2290; canary that notices hanging requests in CANV-2291."),
        ("70605", "Priya Raman", "2024-11-18T03:00",
         """PIR summary (UTC, 12-hour because that's what the doc uses)
canva.com was unavailable from 9:08 AM UTC to about 10:00 AM UTC.
- 8:47 AM new editor version deployed (harmless on its own)
- 9:07 AM the object panel asset finally arrives through the CDN, the waiting requests fire together
- 9:08 AM API Gateway cluster collapses, canva.com unavailable
- 9:29 AM CDN block rule in place, gateway recovers behind it
- traffic ramped back over roughly 20 minutes
The canary never aborted because the stuck requests produced no errors. We don't have a minute for the first page: the alert history went with the re-created incident."""),
    ],
    changelog=[
        ("Callum Fraser", "2024-11-12T09:21", [("status", "Open", "In Progress"), ("assignee", "Saoirse Whelan", "Callum Fraser")]),
        ("Callum Fraser", "2024-11-12T10:12", [("status", "In Progress", "Monitoring")]),
        ("Jonas Lindqvist", "2024-11-13T01:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("CANV-2290", "Fix telemetry lock contention in the API Gateway"), ("CANV-2291", "Canary detects hanging asset requests")],
    remote=[("https://canva.dev/blog/engineering/canva-incident-report-api-gateway-outage", "Canva incident report: API Gateway outage")],
    pastes=[dict(file="canva-2024-11-gchat.txt", zone="Asia/Manila", referenceDate="2024-11-12", text="""
Space: gw-war-room (exported from Manila; history before I joined wasn't kept)
Rina Dizon, 5:29 PM
block rule is live on Cloudflare, all traffic stopped at the edge
Rina Dizon, 5:29 PM
gateway tasks coming up healthy behind it
Marco Villanueva, 6:00 PM
last region off the rate limit, canva.com fully back for everyone
""")],
    expected=dict(
        events=[
            ["2024-11-12T08:47Z", ["deploy"]],
            ["2024-11-12T09:07Z", ["asset", "arrives"]],
            ["2024-11-12T09:08Z", ["collapses", "unavailable"]],
            ["2024-11-12T09:29Z", ["block"]],
            ["2024-11-12T10:00Z", ["back", "unavailable"]],
        ],
        keyTimes=dict(
            started=kt("2024-11-12T09:08Z", "STATED", "canva.com was unavailable from 9:08 AM UTC to about 10:00 AM UTC.", "comment 70605"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2024-11-12T10:00Z", "STATED", "last region off the rate limit, canva.com fully back for everyone", "canva-2024-11-gchat.txt"),
        ),
        responders=[["Callum Fraser", "incident commander"], ["Priya Raman", "subject expert"], ["Jonas Lindqvist", "comms"],
                    ["Saoirse Whelan", None], ["Rina Dizon", None], ["Marco Villanueva", None]],
        narrative=dict(
            rootCause=["cache stream", "lock contention"], fix=["firewall rule", "ramping"], lucky=[], wentWell=[],
            wentBadly=["never aborted"],
            customerEffect="From 9:08 to about 10:00 AM UTC on 12 November 2024 canva.com was unavailable to users worldwide.",
            internalNames=["CANV-2281", "CANV-2290", "CANV-2291"]),
    ),
))

# ---------------------------------------------------------------- 7 Grafana Cloud load balancers, 18 Feb 2025
I.append(dict(
    id="grafana-2025-02", name="Grafana Cloud 2025-02-18 TLS policy change removed load balancers",
    now="2025-03-14T00:00:00Z", defaultZone="Europe/Stockholm", issueId="53601", key="GCX-1604",
    summary="Several Grafana Cloud endpoints unreachable (load balancers missing)", labels=["grafana-cloud", "sev1"],
    components=["Edge", "Load Balancing"],
    created="2025-02-18T08:58", reporter="Henrik Lund", assignee="Aurelia Costa",
    description="""Several Grafana Cloud endpoints unreachable this morning: DNS fine, but the load balancers behind them simply don't exist any more. Write paths for some customers failing.

Probably a GCP load balancing incident, their status page is slow to update as usual.""",
    comments=[
        ("70701", "Aurelia Costa", "2025-02-18T09:20",
         "Not GCP. Our TLS policy update went to dev, staging and production at the same time and took the load balancers for these endpoints with it. Rolling the change back; the LBs have to be recreated, which takes a while. I'm IC, Henrik is on the LB side."),
        ("70702", "Henrik Lund", "2025-02-18T10:30",
         "Load balancers coming back group by group, apps recovering as they do. Some customers have an ingest backlog."),
        ("70703", "Aurelia Costa", "2025-02-18T11:25",
         "Most applications fully recovered at 11:10 UTC. A few stragglers without traffic being fixed by hand."),
        ("70704", "Nikolai Petrov", "2025-02-21T13:00",
         """## Review summary
About a quarter of Grafana Cloud services were hit for roughly 150 minutes: from 08:41 UTC, when app teams found their endpoints gone (Jun's message in the paste), until most applications were back at 11:10 UTC after the rollback. Not a security incident, no data exposed.
Follow-ups: GCX-1610 (staged rollout for TLS policies, never all environments at once), GCX-1611 (alert on load balancer deletion)."""),
    ],
    changelog=[
        ("Aurelia Costa", "2025-02-18T09:20", [("status", "Open", "In Progress"), ("assignee", "Henrik Lund", "Aurelia Costa")]),
        ("Aurelia Costa", "2025-02-18T11:26", [("status", "In Progress", "Monitoring")]),
        ("Nikolai Petrov", "2025-02-19T08:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("GCX-1610", "Staged rollout for TLS policy changes"), ("GCX-1611", "Alert on load balancer deletion")],
    remote=[("https://grafana.com/blog/2025/03/13/how-we-responded-to-a-2-hour-partial-outage-in-grafana-cloud/", "How we responded to a 2+ hour partial outage in Grafana Cloud")],
    pastes=[dict(file="grafana-2025-02-slack.txt", zone="Asia/Tokyo", referenceDate="2025-02-18", text="""
#cloud-platform (Tokyo time)
Jun Watanabe  17:41
our metrics write endpoint in prod-eu is gone?? DNS resolves but there is no load balancer behind it anymore
Jun Watanabe  17:41
traces endpoint too. pinging platform
Jun Watanabe  20:10
ours are back, thanks all
""")],
    expected=dict(
        events=[
            ["2025-02-18T08:41Z", ["gone", "noticed"]],
            ["2025-02-18T11:10Z", ["recovered", "back"]],
        ],
        keyTimes=dict(
            started=kt("2025-02-18T08:41Z", "STATED", "from 08:41 UTC, when app teams found their endpoints gone", "comment 70704"),
            detected=kt("2025-02-18T08:41Z", "STATED", "our metrics write endpoint in prod-eu is gone?? DNS resolves but there is no load balancer behind it anymore", "grafana-2025-02-slack.txt"),
            resolved=kt("2025-02-18T11:10Z", "STATED", "Most applications fully recovered at 11:10 UTC.", "comment 70703"),
        ),
        responders=[["Aurelia Costa", "incident commander"], ["Henrik Lund", "subject expert"], ["Nikolai Petrov", None],
                    ["Jun Watanabe", None]],
        narrative=dict(
            rootCause=["TLS policy", "same time"], fix=["rolling the change back", "recreated"], lucky=[], wentWell=[],
            wentBadly=["same time"],
            customerEffect="On 18 February 2025 until 11:10 UTC about a quarter of Grafana Cloud services lost their load balancers; affected customers could not reach them or ingest data.",
            internalNames=["GCX-1604", "GCX-1610", "GCX-1611"]),
    ),
))

# ---------------------------------------------------------------- 8 Railway task queue, 25-26 Nov 2025
I.append(dict(
    id="railway-2025-11-25", name="Railway 2025-11-25 task queue backpressure paused deployments",
    now="2025-12-09T00:00:00Z", defaultZone="America/Los_Angeles", issueId="53702", key="RW-1702",
    summary="Deploys stuck/queued, config changes failing", labels=["deploys", "task-queue"], components=["Task Queue", "Deployments"],
    created="2025-11-25T22:58", reporter="Delaney Brooks", assignee="Tariq Haddad",
    description="""Deploys crawling or stuck in queue since ~2:45, dashboard actions (config changes, new environments, removing deploys) timing out.

GitHub's API has been slow since late morning, so probably just GitHub again?""",
    comments=[
        ("70801", "Tariq Haddad", "2025-11-25T23:12",
         "GitHub slowness is at most the trigger. What's on fire is our task queue (Temporal): workflows piling up and every system that depends on it erroring. Free and Trial deploys disabled, Hobby paused to take load off. Pro still deploys, slowly. I'm IC, Wiremu owns the queue, Delaney does comms."),
        ("70802", "Wiremu Tane", "2025-11-25T23:20",
         "Issue identified, mitigation in place. Throughput still poor, not out of the woods."),
        ("70803", "Wiremu Tane", "2025-11-26T00:30",
         "Pushed several fixes to reallocate resources. Queued deployments are being picked up again."),
        ("70804", "Delaney Brooks", "2025-11-26T01:30",
         "Status page set to resolved at 5:22 PM PT."),
        ("70805", "Tariq Haddad", "2025-12-01T18:00",
         """Incident report draft (UTC, 25 -> 26 Nov)
- ~19:30 GitHub API calls slow down (contributing, no user impact yet)
- 22:47 deploy throughput drops sharply, on-call paged
- 22:50 elevated errors on systems that depend on the task queue
- 23:04 Free/Trial deploys disabled
- 23:10 Hobby deploys paused
- 23:16 issue identified, mitigation in place
- 00:06 resource reallocation fixes pushed
- 00:21 queued deploys being processed again
- 00:48 queue caught up, all delayed deploys finished
- 00:50 Hobby deploys re-enabled
- 01:08 Free/Trial deploys re-enabled: the last users could deploy again, end of impact
- 01:22 incident resolved on the status page
Running deployments and networking were never affected. RW-1710 (queue admission control), RW-1711 (isolate GitHub-dependent workflows)."""),
    ],
    changelog=[
        ("Tariq Haddad", "2025-11-25T23:12", [("status", "Open", "In Progress"), ("assignee", "Delaney Brooks", "Tariq Haddad")]),
        ("Wiremu Tane", "2025-11-26T00:49", [("status", "In Progress", "Monitoring")]),
        ("Delaney Brooks", "2025-11-26T01:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RW-1710", "Admission control for the task queue"), ("RW-1711", "Isolate GitHub-dependent workflows")],
    remote=[("https://blog.railway.com/p/incident-report-november-25-2025", "Incident Report: November 25th, 2025")],
    pastes=[dict(file="railway-2025-11-25-slack.txt", zone="Pacific/Auckland", referenceDate="2025-11-26", text="""
Wednesday, 26 November (Auckland)
Opsgenie  11:47 AM
[Alert] P1 deploy-throughput-drop: throughput under 20% of baseline (created 2025-11-25T22:47:40Z)
Wiremu Tane  11:47 AM
ack, on it
Wiremu Tane  12:04 PM
free + trial deploys switched off to relieve the queue
Wiremu Tane  1:48 PM
backlog drained, every delayed deploy has finished
Wiremu Tane  2:08 PM
free + trial back on. that's everyone deploying again
""")],
    expected=dict(
        events=[
            ["2025-11-25T19:30Z", ["github", "slow"]],
            ["2025-11-25T22:47Z", ["throughput", "paged"]],
            ["2025-11-25T22:50Z", ["errors"]],
            ["2025-11-25T23:04Z", ["disabled", "switched off"]],
            ["2025-11-25T23:10Z", ["hobby", "paused"]],
            ["2025-11-25T23:16Z", ["identified", "mitigation"]],
            ["2025-11-26T00:06Z", ["reallocation", "fixes"]],
            ["2025-11-26T00:21Z", ["queued", "processed"]],
            ["2025-11-26T00:48Z", ["caught up", "finished", "drained"]],
            ["2025-11-26T00:50Z", ["hobby", "re-enabled"]],
            ["2025-11-26T01:08Z", ["re-enabled", "back on"]],
            ["2025-11-26T01:22Z", ["resolved"]],
        ],
        keyTimes=dict(
            started=kt("2025-11-25T22:47Z", "STATED", "22:47 deploy throughput drops sharply, on-call paged", "comment 70805"),
            detected=kt("2025-11-25T22:47Z", "STATED", "[Alert] P1 deploy-throughput-drop: throughput under 20% of baseline (created 2025-11-25T22:47:40Z)", "railway-2025-11-25-slack.txt"),
            resolved=kt("2025-11-26T01:08Z", "STATED", "01:08 Free/Trial deploys re-enabled: the last users could deploy again, end of impact", "comment 70805"),
        ),
        responders=[["Tariq Haddad", "incident commander"], ["Wiremu Tane", "subject expert"], ["Delaney Brooks", "comms"]],
        narrative=dict(
            rootCause=["task queue", "Temporal"], fix=["reallocate resources", "disabled"], lucky=[], wentWell=["never affected"],
            wentBadly=["not out of the woods"],
            customerEffect="From 22:47 UTC on 25 November 2025 deployments on Railway were paused for Free, Trial and Hobby users and delayed for Pro, and service-level actions failed, until the last tier was re-enabled at 01:08 UTC on 26 November.",
            internalNames=["RW-1702", "RW-1710", "RW-1711"]),
    ),
))

# ---------------------------------------------------------------- 9 Railway API backend, 30 Apr 2025
I.append(dict(
    id="railway-2025-04", name="Railway 2025-04-30 API backend outage with a false recovery",
    now="2025-05-14T00:00:00Z", defaultZone="America/Chicago", issueId="53455", key="RW-1455",
    summary="Dashboard not loading, CLI and public API connection errors", labels=["api", "sev1"], components=["API Backend"],
    created="2025-04-30T20:05", reporter="Cormac Byrne", assignee="Selin Aksoy",
    description="""Dashboard not loading for a bunch of users, `railway up` failing with connection errors, GitHub deploys lagging. Backend health checks red since ~2:50.

Is this the Cloudflare thing people are posting about?""",
    comments=[
        ("70901", "Selin Aksoy", "2025-04-30T20:10",
         "Incident called at 20:00, partial degradation of the dashboard. Not Cloudflare, the API backend itself is struggling. Suspect today's configuration changes. I'm IC."),
        ("70902", "Selin Aksoy", "2025-04-30T20:41",
         "Rolled back the suspicious config changes at 20:36. Better, not fixed."),
        ("70903", "Cormac Byrne", "2025-04-30T21:50",
         "Upgraded to Major Outage at 21:48: wider than we thought, CLI and public GraphQL API are affected too."),
        ("70904", "Selin Aksoy", "2025-04-30T22:21",
         "Looks fully recovered, resolving."),
        ("70905", "Cormac Byrne", "2025-04-30T22:26",
         "Reopening: health check monitors failing again since 22:24."),
        ("70906", "Selin Aksoy", "2025-05-01T00:02",
         "Rolled back the remaining config changes between 22:49 and 23:23; dashboard, CLI and API clean since 23:23. Watched metrics and user reports until 23:40 before resolving."),
        ("70907", "Selin Aksoy", "2025-05-06T16:00",
         """Notes for the write-up (UTC). We can't give a start time for the backend failures: what we have is users reporting the dashboard not loading and our health checks failing, both around 19:50. The 22:20 recovery was not one (monitors failed again at 22:24). End of impact is 23:23; 23:40 is only when we were confident enough to call it. Running deployments and networking stayed up. Follow-ups RW-1460 (config changes go through staged rollout), RW-1461 (backend health alert pages directly)."""),
    ],
    changelog=[
        ("Selin Aksoy", "2025-04-30T20:10", [("status", "Open", "In Progress"), ("assignee", "Cormac Byrne", "Selin Aksoy")]),
        ("Selin Aksoy", "2025-04-30T22:21", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
        ("Cormac Byrne", "2025-04-30T22:26", [("status", "Resolved", "Reopened"), ("resolution", "Done", None)]),
        ("Cormac Byrne", "2025-04-30T22:27", [("status", "Reopened", "In Progress")]),
        ("Selin Aksoy", "2025-05-01T00:02", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RW-1460", "Staged rollout for configuration changes"), ("RW-1461", "Backend health alert pages on-call directly")],
    remote=[("https://blog.railway.com/p/incident-report-april-30-2025", "Incident Report: April 30th, 2025")],
    pastes=[dict(file="railway-2025-04-slack.txt", zone="Europe/London", referenceDate="2025-04-30", text="""
#incidents (London)
Rhys Pemberton  8:50 PM
dashboard won't load for me and for two people in #help, and the api-backend health check just went red
Rhys Pemberton  9:00 PM
incident called, partial degradation on the status page
Rhys Pemberton  11:20 PM
everything green, looks recovered
Rhys Pemberton  11:24 PM
nope. health checks failing again
Rhys Pemberton  12:23 AM
green again after the second round of rollbacks, holding off on calling it
Rhys Pemberton  12:40 AM
resolved, full recovery confirmed
""")],
    expected=dict(
        events=[
            ["2025-04-30T19:50Z", ["won't load", "health", "reporting"]],
            ["2025-04-30T20:00Z", ["incident called"]],
            ["2025-04-30T20:36Z", ["rolled back"]],
            ["2025-04-30T21:48Z", ["major"]],
            ["2025-04-30T22:20Z", ["recovered", "recovery"]],
            ["2025-04-30T22:24Z", ["failing again", "failed again"]],
            ["2025-04-30T22:49Z", ["rolled back"]],
            ["2025-04-30T23:23Z", ["clean", "green"]],
            ["2025-04-30T23:40Z", ["resolv", "confirmed"]],
        ],
        keyTimes=dict(
            started=kt(None, "UNKNOWN"),
            detected=kt("2025-04-30T19:50Z", "STATED", "dashboard won't load for me and for two people in #help, and the api-backend health check just went red", "railway-2025-04-slack.txt"),
            resolved=kt("2025-04-30T23:23Z", "STATED", "dashboard, CLI and API clean since 23:23", "comment 70906"),
        ),
        responders=[["Selin Aksoy", "incident commander"], ["Cormac Byrne", None], ["Rhys Pemberton", None]],
        narrative=dict(
            rootCause=["configuration changes"], fix=["rolled back"], lucky=[], wentWell=["stayed up"],
            wentBadly=["was not one"],
            customerEffect="On 30 April 2025 from about 19:50 until 23:23 UTC the Railway dashboard, CLI and public GraphQL API failed with connection errors and GitHub-based deployments were delayed; a recovery at 22:20 did not hold.",
            internalNames=["RW-1455", "RW-1460", "RW-1461"]),
    ),
))

# ---------------------------------------------------------------- 10 Railway schema migration lock, 9 Dec 2025
I.append(dict(
    id="railway-2025-12", name="Railway 2025-12-09 schema migration lock exhausted backend connections",
    now="2025-12-23T00:00:00Z", defaultZone="Asia/Kolkata", issueId="53810", key="RW-1810",
    summary="Dashboard, API, CLI and login down", labels=["api", "database"], components=["API Backend", "Postgres"],
    created="2025-12-09T15:24", reporter="Aarav Kulkarni", assignee="Léa Marchand",
    description="""Dashboard + public API down, login failing, CLI erroring.

The schema migration merged at 8:33pm is the obvious suspect. Revert it?""",
    comments=[
        ("71001", "Léa Marchand", "2025-12-09T15:27",
         "Don't revert. The migration (new nullable column on the ~1B row table) is waiting on locks held by a long-running query; connection attempts pile up, PgBouncer is over the database limit and the backend replicas fail their health checks. It applies by itself once that query ends."),
        ("71002", "Léa Marchand", "2025-12-09T15:30",
         "Query finished, migration applied, replicas passing health checks and back in rotation."),
        ("71003", "Aarav Kulkarni", "2025-12-10T09:00",
         """Recap (IST; the public report is titled December 8th but this all happened on 9 Dec UTC)
20:33 schema change merged
20:47 migration starts applying
20:48 replicas unhealthy: dashboard, API, CLI, login down
20:56 migration done, all replicas back in rotation
Eight minutes. I can't say when we were first paged: the alert went to the old rotation and auto-resolved. RW-1815 more DB connections for admin access, RW-1816 find and fix the long-running query."""),
    ],
    changelog=[
        ("Léa Marchand", "2025-12-09T15:25", [("status", "Open", "In Progress"), ("assignee", "Aarav Kulkarni", "Léa Marchand")]),
        ("Léa Marchand", "2025-12-09T15:31", [("status", "In Progress", "Monitoring")]),
        ("Aarav Kulkarni", "2025-12-09T17:00", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RW-1815", "Reserve database connections for admin access"), ("RW-1816", "Fix the long-running query on the deployments table")],
    remote=[("https://blog.railway.com/p/incident-report-december-8-2025", "Incident Report: December 8th, 2025")],
    pastes=[
        dict(file="railway-2025-12-pglog.txt", zone="UTC", referenceDate="2025-12-09", text="""
2025-12-09 15:17:02 UTC [migrate] ALTER TABLE deployments ADD COLUMN ... waiting for AccessExclusiveLock
2025-12-09 15:18:11 UTC [pgbouncer] no more connections allowed (max_client_conn)
2025-12-09 15:18:20 UTC [backend] replica api-7 failed health check, removed from rotation
2025-12-09 15:26:40 UTC [migrate] ALTER TABLE deployments ... done
2025-12-09 15:26:52 UTC [backend] replica api-7 healthy, back in rotation
"""),
        dict(file="railway-2025-12-teams.txt", zone="Europe/Paris", referenceDate="2025-12-09", text="""
[16:26] Léa Marchand: migration went through, replicas rejoining
[16:26] Quentin Roussel: dashboard loads again here
"""),
    ],
    expected=dict(
        events=[
            ["2025-12-09T15:03Z", ["merged"]],
            ["2025-12-09T15:17Z", ["migration", "alter table"]],
            ["2025-12-09T15:18Z", ["unhealthy", "health check"]],
            ["2025-12-09T15:26Z", ["done", "back", "went through"]],
        ],
        keyTimes=dict(
            started=kt("2025-12-09T15:18Z", "STATED", "20:48 replicas unhealthy: dashboard, API, CLI, login down", "comment 71003"),
            detected=kt(None, "UNKNOWN"),
            resolved=kt("2025-12-09T15:26Z", "STATED", "20:56 migration done, all replicas back in rotation", "comment 71003"),
        ),
        responders=[["Léa Marchand", "subject expert"], ["Aarav Kulkarni", None], ["Quentin Roussel", None]],
        narrative=dict(
            rootCause=["long-running query", "locks"], fix=["applied"], lucky=[], wentWell=[],
            wentBadly=["old rotation"],
            customerEffect="From 15:18 to 15:26 UTC on 9 December 2025 the Railway dashboard, API, CLI and login were down; running deployments were not affected.",
            internalNames=["RW-1810", "RW-1815", "RW-1816"]),
    ),
))

# ---------------------------------------------------------------- 11 Railway deploy queue, 20 Nov 2025
I.append(dict(
    id="railway-2025-11-20", name="Railway 2025-11-20 GitHub webhook surge flooded the deploy queue",
    now="2025-12-04T00:00:00Z", defaultZone="Europe/Berlin", issueId="53690", key="RW-1690",
    summary="Deployments stuck in Initializing", labels=["deploys"], components=["Deployments", "Webhooks"],
    created="2025-11-20T17:35", reporter="Jasper Vos", assignee="Oksana Hrytsenko",
    description="""Deploys stuck in "Initializing" for lots of users, Discord and help threads full of it. Push webhooks from GitHub look very low.

GitHub outage, nothing on our side? Checking githubstatus.""",
    comments=[
        ("71101", "Oksana Hrytsenko", "2025-11-20T17:45",
         "It's on our side too. GitHub delivered late and then all at once: webhook traffic 10x at 17:29 and a flood of deployment initializations. We got paged on the backlog at 17:32 and called the incident at 17:41, Free/Trial/Hobby deploys disabled to drain the queue. I'm IC, Jasper on the queue, Bruna does comms."),
        ("71102", "Jasper Vos", "2025-11-20T18:25",
         "Pro deploys disabled too (18:19), the backlog wasn't shrinking."),
        ("71103", "Jasper Vos", "2025-11-20T18:50",
         "Recovery visible; Pro deploys back on at 18:47."),
        ("71104", "Bruna Teixeira", "2025-11-20T19:22",
         "Hobby on at 19:01, Free+Trial on 19:05. Full recovery confirmed 19:18 and status page resolved."),
        ("71105", "Oksana Hrytsenko", "2025-11-24T10:00",
         """Wrap-up (our time, CET). The first sign was 17:54: push webhooks unusually low, and users reporting deploys stuck in Initializing at the same time. When the first deploy actually got stuck we can't say. 20:05 is the last tier getting deploys back; 20:18 is only the confirmation. Running deployments and networking never went down.
RW-1695: rate-limit deployment initialization from webhook bursts."""),
    ],
    changelog=[
        ("Oksana Hrytsenko", "2025-11-20T17:45", [("status", "Open", "In Progress"), ("assignee", "Jasper Vos", "Oksana Hrytsenko")]),
        ("Jasper Vos", "2025-11-20T18:50", [("status", "In Progress", "Monitoring")]),
        ("Bruna Teixeira", "2025-11-20T19:22", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RW-1695", "Rate-limit deployment initialization from webhook bursts")],
    remote=[("https://blog.railway.com/p/incident-report-november-20-2025", "Incident Report: November 20th, 2025")],
    pastes=[dict(file="railway-2025-11-20-discord.txt", zone="America/Sao_Paulo", referenceDate="2025-11-20", text="""
#help-station (copied by Bruna, São Paulo time)
pedro.dev — 20/11/2025 1:54 PM
my deploy has been stuck on "Initializing" for ages, anyone else?
mkarim — 20/11/2025 1:54 PM
same, pushed to main and nothing happens
Bruna Teixeira — 20/11/2025 4:05 PM
free + trial deploys are back on, everyone can deploy again
""")],
    expected=dict(
        events=[
            ["2025-11-20T16:54Z", ["webhooks", "stuck"]],
            ["2025-11-20T17:29Z", ["10x", "webhook"]],
            ["2025-11-20T17:32Z", ["paged"]],
            ["2025-11-20T17:41Z", ["called the incident", "disabled"]],
            ["2025-11-20T18:19Z", ["pro", "disabled"]],
            ["2025-11-20T18:47Z", ["recovery", "pro"]],
            ["2025-11-20T19:01Z", ["hobby"]],
            ["2025-11-20T19:05Z", ["free", "back on"]],
            ["2025-11-20T19:18Z", ["full recovery", "confirmation"]],
        ],
        keyTimes=dict(
            started=kt(None, "UNKNOWN"),
            detected=kt("2025-11-20T16:54Z", "STATED", "my deploy has been stuck on \"Initializing\" for ages, anyone else?", "railway-2025-11-20-discord.txt"),
            resolved=kt("2025-11-20T19:05Z", "STATED", "Free+Trial on 19:05", "comment 71104"),
        ),
        responders=[["Oksana Hrytsenko", "incident commander"], ["Jasper Vos", "subject expert"], ["Bruna Teixeira", "comms"]],
        narrative=dict(
            rootCause=["webhook", "10x"], fix=["disabled", "drain"], lucky=[], wentWell=["never went down"],
            wentBadly=["wasn't shrinking"],
            customerEffect="On 20 November 2025 new deployments on Railway were stuck or disabled until 19:05 UTC (Pro from 18:47); running deployments were not affected.",
            internalNames=["RW-1690", "RW-1695", "#help-station"]),
    ),
))

# ---------------------------------------------------------------- 12 Railway edge network, 16 Oct 2025
I.append(dict(
    id="railway-2025-10", name="Railway 2025-10-16 edge routing service ran out of memory during a traffic spike",
    now="2025-10-30T00:00:00Z", defaultZone="Asia/Tokyo", issueId="53618", key="RW-1618",
    summary="Railway domains returning 522/404 for a few minutes", labels=["edge", "networking"], components=["Edge Network"],
    created="2025-10-16T21:05", reporter="Haruto Sato", assignee="Valentina Cruz",
    description="""Customers saw 522s, 404s and Cloudflare error pages on their Railway domains for a few minutes early this morning. Fine now.

Was it Cloudflare? Their status page shows nothing.""",
    comments=[
        ("71201", "Valentina Cruz", "2025-10-16T21:16",
         "Not Cloudflare, it's our edge. External traffic spiked across the proxy fleet while a routine edge service upgrade was shifting traffic between nodes; a supporting routing service ran out of memory, health checks failed and the load balancers stopped forwarding to the proxies. It recovered on its own once the spike was absorbed. Private networking unaffected. I was on call and am running the follow-up."),
        ("71202", "Haruto Sato", "2025-10-17T02:00",
         "Public post 'Brief disruption to edge network connectivity' is up and marked resolved."),
        ("71203", "Valentina Cruz", "2025-10-20T17:00",
         """Sequence (UTC, from the proxy metrics and the page):
20:50 spike in external traffic across the proxies
20:51 public probes fail, on-call paged
20:51 routing service at high memory, this is where users start failing
20:52 load balancers stop forwarding as proxy health checks fail
20:53 throughput back to previous levels, partial then full restoration across all regions
Two to three minutes of user impact. RW-1622 memory headroom for the routing service; RW-1623 no edge upgrades while utilisation is high."""),
    ],
    changelog=[
        ("Valentina Cruz", "2025-10-16T21:16", [("status", "Open", "In Progress"), ("assignee", "Haruto Sato", "Valentina Cruz")]),
        ("Haruto Sato", "2025-10-17T02:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    links=[("RW-1622", "Memory headroom for the edge routing service"), ("RW-1623", "Hold edge upgrades while utilisation is high")],
    remote=[("https://blog.railway.com/p/incident-report-oct-16th-2025", "Incident Report: October 16th, 2025")],
    pastes=[dict(file="railway-2025-10-pagerduty.txt", zone="America/Denver", referenceDate="2025-10-16", text="""
PagerDuty incident log (Valentina's laptop, Mountain time)
Oct 16, 2:51:12 PM  Triggered: edge-probe-public-http FAILING in 12/12 regions
Oct 16, 2:51:40 PM  Acknowledged by Valentina Cruz
Oct 16, 2:53:55 PM  Resolved automatically: edge-probe-public-http OK
""")],
    expected=dict(
        events=[
            ["2025-10-16T20:50Z", ["spike"]],
            ["2025-10-16T20:51Z", ["paged", "triggered", "probe"]],
            ["2025-10-16T20:51Z", ["start failing", "high memory"]],
            ["2025-10-16T20:52Z", ["load balancers", "health checks"]],
            ["2025-10-16T20:53Z", ["restoration", "throughput"]],
        ],
        keyTimes=dict(
            started=kt("2025-10-16T20:51Z", "STATED", "20:51 routing service at high memory, this is where users start failing", "comment 71203"),
            detected=kt("2025-10-16T20:51Z", "STATED", "Oct 16, 2:51:12 PM  Triggered: edge-probe-public-http FAILING in 12/12 regions", "railway-2025-10-pagerduty.txt"),
            resolved=kt("2025-10-16T20:53Z", "STATED", "20:53 throughput back to previous levels, partial then full restoration across all regions", "comment 71203"),
        ),
        responders=[["Valentina Cruz", "incident commander"], ["Haruto Sato", "comms"]],
        narrative=dict(
            rootCause=["ran out of memory", "spike"], fix=["recovered on its own"], lucky=["on its own"], wentWell=[],
            wentBadly=["upgrade"],
            customerEffect="From 20:51 to 20:53 UTC on 16 October 2025 requests to Railway-hosted domains over the edge network failed or timed out in all regions; private networking was not affected.",
            internalNames=["RW-1618", "RW-1622", "RW-1623"]),
    ),
))

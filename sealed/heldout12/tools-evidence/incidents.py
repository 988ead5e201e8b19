"""Held-out 12 incidents (software / SaaS / developer tools): compact specs. Timeline facts from public post-mortems
(SOURCES-heldout12.md); people, ticket keys, chat wording and team habits are invented."""
from lib import kt, nar

S, U, INF = "STATED", "UNKNOWN", "INFERRED"


I = []

# 1. Cloudflare 1.1.1.1 resolver, 2025-07-14: dormant service-topology misconfig withdrew the resolver prefixes ------
I.append({
    "id": "cloudflare-2025-07-resolver-mm", "name": "Cloudflare 2025-07-14 1.1.1.1 resolver unreachable (service topology change withdrew prefixes)",
    "issueId": "94101", "key": "RSV-4410", "summary": "1.1.1.1 queries dropping globally - hijack??",
    "reporter": "Inês Carvalho", "assignee": "Bruno Tavares", "labels": ["p0", "resolver", "bgp"],
    "components": ["public-resolver", "addressing"], "created": "2025-07-14T22:05", "now": "2025-07-23T12:00:00Z",
    "defaultZone": "Europe/Lisbon",
    "description": """UDP/TCP/DoT to 1.1.1.1 and 1.0.0.1 basically at zero since about 23:00. DoH via the hostname looks normal-ish.

Seeing 1.1.1.0/24 originated by AS4755 in the route collectors. is this a hijack? paging network too.""",
    "comments": [
        ("120101", "Bruno Tavares", "2025-07-14T22:12", """Not a hijack as far as we can tell - our own prefixes are gone from our edge, the AS4755 announcement showed up after. It's us. Mattermost thread from #resolver-incident attached (rsv4410-mattermost.txt, my client shows Lisbon time)."""),
        ("120102", "Bruno Tavares", "2025-07-14T22:40", """Revert of the topology config pushed, prefixes coming back. Some locations need the addresses re-announced by hand, working through the list. Traffic maybe 77% of normal, NOT done."""),
        ("120103", "Marta Ferraz", "2025-07-14T23:30", """status page: moved to monitoring at 00:20 Lisbon, will resolve in the morning if nothing moves."""),
        ("120104", "Inês Carvalho", "2025-07-18T14:00", """## timeline (UTC), for the review
- June 6: a config change for a not-yet-live DLS service accidentally included the 1.1.1.1 prefixes in its topology. No effect at the time.
- 21:48 a second change to that same DLS service (attached a test location) triggered a global refresh of network configuration.
- 21:52 the resolver prefixes were withdrawn from production data centers globally; DNS traffic to 1.1.1.1 dropped.
- 22:01 internal alerts; incident declared.
- 22:20 revert of the previous configuration deployed.
- 22:54 resolver traffic back to normal levels, impact end.

The resolver was unreachable from 21:52 to 22:54 UTC (62 minutes). The AS4755 announcement was unrelated and not a cause."""),
    ],
    "changelog": [
        ("Bruno Tavares", "2025-07-14T22:06", [("status", "Open", "In Progress")]),
        ("Marta Ferraz", "2025-07-14T23:31", [("status", "In Progress", "Monitoring")]),
        ("Inês Carvalho", "2025-07-18T14:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "rsv4410-mattermost.txt", "zone": "Europe/Lisbon", "referenceDate": "2025-07-14", "text": """
(copied from Mattermost ~resolver-incident, Lisbon time; the alert bot thread before 23:00 is not in here)
bruno.tavares  11:03 PM
  queries to 1.1.1.1 near zero in every colo, DoH fine
ines.c  11:05 PM
  route collectors show 1.1.1.0/24 from AS4755?? hijack?
bruno.tavares  11:09 PM
  our own announcements are gone first. checking what changed at 22:48
marta.ferraz  11:14 PM
  I'll do comms. status page says investigating
bruno.tavares  11:20 PM
  reverting the service topology change now, global
bruno.tavares  11:37 PM
  prefixes back in most places, some need manual re-announce
ines.c  11:54 PM
  resolver traffic back at normal level everywhere
marta.ferraz  12:20 AM
  status -> monitoring
"""}],
    "expected": {
        "events": [["2025-07-14T21:48Z", ["global refresh", "what changed"]], ["2025-07-14T21:52Z", ["withdrawn"]],
                   ["2025-07-14T22:01Z", ["incident declared"]], ["2025-07-14T22:20Z", ["revert"]],
                   ["2025-07-14T22:54Z", ["back to normal", "back at normal"]]],
        "keyTimes": {
            "started": kt("2025-07-14T21:52Z", S, "The resolver was unreachable from 21:52 to 22:54 UTC (62 minutes).", "comment 120104"),
            "detected": kt("2025-07-14T22:01Z", S, "22:01 internal alerts; incident declared.", "comment 120104"),
            "resolved": kt("2025-07-14T22:54Z", S, "The resolver was unreachable from 21:52 to 22:54 UTC (62 minutes).", "comment 120104")},
        "responders": [["Bruno Tavares", None], ["Inês Carvalho", None], ["Marta Ferraz", "comms"]],
        "narrative": nar(["topology", "global refresh"], ["revert"], ["RSV-4410", "DLS", "AS4755"],
                         "From 21:52 to 22:54 UTC on 14 July 2025 users of the 1.1.1.1 public resolver over UDP, TCP and DoT could not resolve names; DoH through the hostname mostly kept working.",
                         badly=["hijack"]),
    }})

# 2. Cloudflare 2025-12-05: WAF body-parsing change, killswitch hit an old FL1 Lua bug -> HTTP 500s ----------------
I.append({
    "id": "cloudflare-2025-12-waf-gchat", "name": "Cloudflare 2025-12-05 HTTP 500s on FL1 proxy (killswitch on WAF test rule hit a Lua bug)",
    "issueId": "94102", "key": "EDGE-5120", "summary": "500s on a big slice of HTTP traffic (FL1 + managed rules?)",
    "reporter": "Wei Ling Tan", "assignee": "Arjun Pillai", "labels": ["sev1", "waf", "fl1"],
    "components": ["proxy-fl1", "waf"], "created": "2025-12-05T09:02", "now": "2025-12-12T04:00:00Z",
    "defaultZone": "Asia/Singapore",
    "description": """Large share of zones getting 500 from the edge since around 5pm. Looks limited to zones on the old proxy with the Managed Ruleset on.

Guess: the body buffer rollout for the React RSC CVE (128KB -> 1MB) is blowing up memory on FL1? pausing that rollout.""",
    "comments": [
        ("120201", "Arjun Pillai", "2025-12-05T09:06", """Pausing the buffer rollout did nothing. Error from the rules module:
```
2025-12-05T08:47:31Z fl1 lua error: rulesets/init.lua: attempt to index field 'execute' (a nil value)
```
The buffer change was going out gradually. What went out globally is the killswitch someone flipped on the internal WAF testing tool, through the global config system. Google Chat thread in edge5120-gchat.txt (SGT)."""),
        ("120202", "Arjun Pillai", "2025-12-05T09:20", """Killswitch change reverted, 500s gone on FL1. Leaving open for the review."""),
        ("120203", "Wei Ling Tan", "2025-12-08T02:30", """## recap (all UTC)
Customer impact 08:47 to 09:12 UTC (about 25 minutes), roughly 28% of HTTP traffic we serve: zones on FL1 with the Cloudflare Managed Ruleset.
Cause: the killswitch skipped a rule with an "execute" action; the FL1 Lua code assumed the execute object existed when the rule was skipped. The new FL2 proxy was not affected.
Actions: staged rollouts for global config, fail-open in the rules module, review why the buffer rollout and the killswitch were not coordinated."""),
    ],
    "changelog": [
        ("Arjun Pillai", "2025-12-05T09:03", [("status", "Open", "In Progress")]),
        ("Arjun Pillai", "2025-12-05T09:21", [("status", "In Progress", "Monitoring")]),
        ("Wei Ling Tan", "2025-12-08T02:31", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "edge5120-gchat.txt", "zone": "Asia/Singapore", "referenceDate": "2025-12-05", "text": """
(copied from the incident space; the alert and paging thread is a separate space, not copied)
Arjun Pillai, 4:55 PM
joined late - 500 rate on FL1 still vertical, FL2 flat
Wei Ling Tan, 4:56 PM
only zones with managed rules? the RSC buffer thing?
Arjun Pillai, 4:58 PM
stopped the buffer rollout, no change
Arjun Pillai, 5:04 PM
lua exception 'execute' nil in the rules module. the only global change at 4:47 was the killswitch on the test ruleset
Wei Ling Tan, 5:06 PM
revert the killswitch
Arjun Pillai, 5:12 PM
killswitch reverted, 500s gone on FL1
Wei Ling Tan, 5:40 PM
status page updated: resolved
"""}],
    "expected": {
        "events": [["2025-12-05T08:47Z", ["killswitch", "lua error"]], ["2025-12-05T09:12Z", ["500s gone"]]],
        "keyTimes": {
            "started": kt("2025-12-05T08:47Z", S, "Customer impact 08:47 to 09:12 UTC (about 25 minutes)", "comment 120203"),
            "detected": kt(None, U),
            "resolved": kt("2025-12-05T09:12Z", S, "Customer impact 08:47 to 09:12 UTC (about 25 minutes)", "comment 120203")},
        "responders": [["Arjun Pillai", None], ["Wei Ling Tan", None]],
        "narrative": nar(["killswitch", "execute"], ["reverted"], ["EDGE-5120", "FL1", "FL2"],
                         "From 08:47 to 09:12 UTC on 5 December 2025 about 28% of the HTTP traffic Cloudflare serves got HTTP 500 errors, for zones on the FL1 proxy with the Managed Ruleset.",
                         badly=["not coordinated"]),
    }})

# 3. Cloudflare 2025-06-12: Workers KV storage backend (third-party cloud) failed; Access, WARP, ... --------------
I.append({
    "id": "cloudflare-2025-06-kv-slack", "name": "Cloudflare 2025-06-12 Workers KV cold reads failing (third-party storage provider), Access/WARP down",
    "issueId": "94103", "key": "ZT-7741", "summary": "WARP registrations failing + Access logins 100% errors",
    "reporter": "Dana Whitfield", "assignee": "Marcus Oyelaran", "labels": ["p1", "workers-kv", "zero-trust"],
    "components": ["warp", "access", "workers-kv"], "created": "2025-06-12T18:10", "now": "2025-06-20T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """New WARP device registrations failing, then Access identity logins too. Started as separate incidents per product, merged into this one.

Early guess was the Access deploy from this morning. Might also be Gateway's new DoH path. Checking both.""",
    "comments": [
        ("120301", "Marcus Oyelaran", "2025-06-12T18:25", """Not a deploy. Every failing path is a Workers KV cold read; KV's central store (backed by a third-party cloud provider) is returning errors, cached keys are fine. Slack copy from #inc-zt attached (zt7741-slack.txt, Chicago time). Upgraded to P0."""),
        ("120302", "Marcus Oyelaran", "2025-06-12T19:40", """Access/Device Posture now force-dropping identity and posture requests that need KV so the rest can limp along. Provider still down on their side."""),
        ("120303", "Dana Whitfield", "2025-06-12T20:45", """Provider storage back, KV errors falling, Access logins succeeding again. I'm not going to pretend I caught the exact minute things were normal, I was on the provider call. Moving to monitoring."""),
        ("120304", "Dana Whitfield", "2025-06-16T16:00", """## review notes
Start: 17:52 UTC, when the WARP team saw registrations of new devices fail and declared an incident. 18:05 the Access team was paged on error rates; 18:06 the product incidents were merged into one P1 with Workers KV as the shared cause.
End: when the SLOs were back to pre-incident levels - need the exact minute from the SLO dashboards, the export we took starts after recovery.
Root cause: Workers KV depends on a single central storage backend run by a third party; a failure there took out every product that reads KV cold."""),
    ],
    "changelog": [
        ("Marcus Oyelaran", "2025-06-12T18:11", [("status", "Open", "In Progress")]),
        ("Marcus Oyelaran", "2025-06-12T18:26", [("priority", "High", "Highest")]),
        ("Dana Whitfield", "2025-06-12T20:46", [("status", "In Progress", "Monitoring")]),
        ("Dana Whitfield", "2025-06-16T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "zt7741-slack.txt", "zone": "America/Chicago", "referenceDate": "2025-06-12", "text": """
Thursday, June 12th
Dana Whitfield  12:52 PM
new WARP device registrations failing across the board, opening an incident
Dana Whitfield  12:58 PM
is this the access deploy?? rollback ready
PagerDuty  APP  1:05 PM
Triggered: [Access] identity login error rate > 50% - assigned to Marcus Oyelaran
Marcus Oyelaran  1:06 PM
merging the WARP and Access incidents, common thing is Workers KV. P1
Marcus Oyelaran  1:09 PM
I'll run IC. Dana can you own comms
Dana Whitfield  1:10 PM
ok, comms
Marcus Oyelaran  1:21 PM
upgrading to P0, KV origin reads 90% failing, provider has an outage
"""}],
    "expected": {
        "events": [["2025-06-12T17:52Z", ["registrations"]], ["2025-06-12T18:05Z", ["triggered", "paged"]],
                   ["2025-06-12T18:06Z", ["merging", "merged"]], ["2025-06-12T18:21Z", ["P0"]]],
        "keyTimes": {
            "started": kt("2025-06-12T17:52Z", S, "Start: 17:52 UTC, when the WARP team saw registrations of new devices fail", "comment 120304"),
            "detected": kt("2025-06-12T17:52Z", S, "Start: 17:52 UTC, when the WARP team saw registrations of new devices fail and declared an incident.", "comment 120304"),
            "resolved": kt(None, U)},
        "responders": [["Marcus Oyelaran", "incident commander"], ["Dana Whitfield", "comms"]],
        "narrative": nar(["Workers KV", "third party"], ["force-dropping"], ["ZT-7741", "WARP", "Workers KV"],
                         "From 17:52 UTC on 12 June 2025 Cloudflare WARP registrations, Access identity logins and other products that read Workers KV failed for about two and a half hours.",
                         badly=["single central storage backend"]),
    }})

# 4. Honeycomb 2023-07-25: schema cache depopulated -> total outage 13:40-14:48, normal 15:35 ---------------------
I.append({
    "id": "honeycomb-2023-07-outage-zoom", "name": "Honeycomb 2023-07-25 total outage (schema cache depopulation after a storage engine switch)",
    "issueId": "94104", "key": "OBS-2290", "summary": "everything down - ingest 5xx, UI not loading",
    "reporter": "Priya Raman", "assignee": "Callum Reid", "labels": ["sev1", "ingest", "query"],
    "components": ["shepherd", "retriever", "ui"], "created": "2023-07-25T13:47", "now": "2023-08-02T12:00:00Z",
    "defaultZone": "Europe/London",
    "description": """Ingest returning errors, UI not loading for anyone, API down. Shepherd SLO was slow-burning overnight and we parked it for the morning - that's on us.

Guess: the Retriever cluster switch from yesterday evening. flipping back?""",
    "comments": [
        ("120401", "Callum Reid", "2023-07-25T14:05", """Flipping back made it worse, everything now hammering the storage backend at once. The schema cache (datasets/fields) has been emptying since yesterday because the last-ingested timestamps stopped updating after the switch. Zoom chat from the bridge attached (obs2290-zoom.txt, London time)."""),
        ("120402", "Callum Reid", "2023-07-25T15:20", """UI is back, queries partly work (some stale, some fail). Ingest came back a few minutes ago. Triggers/SLOs still catching up - not resolved."""),
        ("120403", "Priya Raman", "2023-07-27T10:00", """## review summary (UTC)
Ten minutes of partially degraded ingestion came first, then a failure cascade: a total outage of all user-facing components from 13:40 UTC to 14:48 UTC.
14:48 UI recovered; querying recovered unevenly. Ingestion came back around 15:15 UTC. Triggers, SLOs and query capacity kept improving until service became normal again at 15:35 UTC.
Roughly 1h10 of total outage plus degraded ingest and querying around it, a bit more than two hours of incident in all."""),
    ],
    "changelog": [
        ("Callum Reid", "2023-07-25T13:48", [("status", "Open", "In Progress")]),
        ("Callum Reid", "2023-07-25T15:21", [("status", "In Progress", "Monitoring")]),
        ("Priya Raman", "2023-07-27T10:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "obs2290-zoom.txt", "zone": "Europe/London", "referenceDate": "2023-07-25", "text": """
14:41:10 From Priya Raman to Everyone: everything is down, UI blank, ingest 5xx
14:42:32 From Callum Reid to Everyone: I'll take IC. Priya, SME on retriever?
14:43:05 From Priya Raman to Everyone: yes
14:52:47 From Callum Reid to Everyone: flipping retriever back
15:01:19 From Priya Raman to Everyone: worse. schema cache misses everywhere
15:48:02 From Callum Reid to Everyone: UI recovered, queries uneven
16:15:40 From Priya Raman to Everyone: ingestion came back, accepting traffic
16:35:12 From Callum Reid to Everyone: SLOs and triggers evaluating normally, service normal
"""}],
    "expected": {
        "events": [["2023-07-25T13:40Z", ["total outage", "everything is down"]], ["2023-07-25T13:42Z", ["IC"]],
                   ["2023-07-25T14:48Z", ["UI recovered"]], ["2023-07-25T15:15Z", ["ingestion came back"]],
                   ["2023-07-25T15:35Z", ["normal"]]],
        "keyTimes": {
            "started": kt("2023-07-25T13:30Z", INF, "Ten minutes of partially degraded ingestion came first, then a failure cascade", "comment 120403"),
            "detected": kt(None, U),
            "resolved": kt("2023-07-25T15:35Z", S, "until service became normal again at 15:35 UTC", "comment 120403")},
        "responders": [["Callum Reid", "incident commander"], ["Priya Raman", "SME"]],
        "narrative": nar(["schema cache", "last-ingested timestamps"], ["flipping back"], ["OBS-2290", "Shepherd", "Retriever"],
                         "On 25 July 2023 Honeycomb was totally down from 13:40 to 14:48 UTC, with degraded ingest before and degraded querying and alerting after, until 15:35 UTC.",
                         badly=["parked it for the morning"]),
    }})

# 5. Honeycomb EU 2025-12-05: DR-exercise cleanup destroyed Kafka brokers, leaderless partitions ---------------------
I.append({
    "id": "honeycomb-2025-12-kafka-teams", "name": "Honeycomb EU 2025-12-05 leaderless Kafka partitions after DR exercise cleanup (ingest errors, activity log loss)",
    "issueId": "94105", "key": "OBS-2311", "summary": "EU: kafka partitions leaderless, ingest errors",
    "reporter": "Jonas Albrecht", "assignee": "Lea Hoffmann", "labels": ["sev1", "kafka", "eu"],
    "components": ["kafka", "shepherd", "activity-log"], "created": "2025-12-05T20:40", "now": "2025-12-22T10:00:00Z",
    "defaultZone": "Europe/Berlin",
    "description": """EU cluster: about a quarter of the event topic partitions can't accept writes. Came out of the AZ DR exercise cleanup (broker replacement step from the runbook).

Impact should be small - traffic reroutes to healthy partitions - only teams whose partitions are all in the broken set lose ingest.""",
    "comments": [
        ("120501", "Lea Hoffmann", "2025-12-05T20:45", """Alert as it came in:
```
[FIRING] kafka-eu1 UnderMinIsrPartitions: 26% of events partitions not writable  fired_at=2025-12-05T20:35:12Z
```
Teams chat in obs2311-teams.txt (Berlin time)."""),
        ("120502", "Lea Hoffmann", "2025-12-05T22:20", """We were wrong about "small": shepherd has been in overload protection since 21:38 our time and returning errors on api.eu1 to everyone. Stabilised it a few minutes ago. Still leaderless partitions."""),
        ("120503", "Jonas Albrecht", "2025-12-06T02:00", """forced new leader elections on all ingest partitions at 02:30 our time, traffic flowing internally again. activity log topics still damaged."""),
        ("120504", "Jonas Albrecht", "2025-12-18T09:00", """## preliminary review (UTC)
On December 5th at 20:23 UTC the EU Kafka cluster suffered a critical loss of redundancy; several partitions went leaderless. By 20:35 UTC alerts fired that roughly a quarter of event partitions could not accept writes (0.23% of datasets fully down).
21:30 impacted teams identified, reassignment script in progress.
22:08 we noticed through the alert noise that ingest had been in overload protection since 20:38 UTC, returning errors for everyone; 22:14 ingestion stabilised.
Dec 6 01:30 leader elections forced on all impacted ingest partitions.
Afterwards: degraded mode (Activity Log), one partition corrupted for good, evacuation to a new Kafka cluster finished on December 17th. Activity Log data from Dec 5 to Dec 9 lost."""),
    ],
    "changelog": [
        ("Lea Hoffmann", "2025-12-05T20:41", [("status", "Open", "In Progress")]),
        ("Jonas Albrecht", "2025-12-06T02:01", [("status", "In Progress", "Monitoring")]),
        ("Lea Hoffmann", "2025-12-08T09:00", [("status", "Monitoring", "In Progress")]),
        ("Jonas Albrecht", "2025-12-18T09:01", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "obs2311-teams.txt", "zone": "Europe/Berlin", "referenceDate": "2025-12-05", "text": """
Lea Hoffmann  9:36 PM
alerts: ~quarter of event partitions not writable in eu1
Jonas Albrecht  9:41 PM
that's the broker cleanup from the DR exercise. leaderless partitions
Lea Hoffmann  9:44 PM
I'll be IC. Jonas you're SME for kafka
Jonas Albrecht  10:30 PM
impacted teams identified, writing the reassignment script
Lea Hoffmann  11:08 PM
wait. shepherd in overload protection since 21:38?? errors for everyone on api.eu1
Lea Hoffmann  11:14 PM
ingestion stabilised
Jonas Albrecht  2:30 AM
leader elections forced on all ingest partitions, traffic flowing internally
"""}],
    "expected": {
        "events": [["2025-12-05T20:23Z", ["loss of redundancy"]], ["2025-12-05T20:35Z", ["fired", "alerts"]],
                   ["2025-12-05T20:38Z", ["overload protection"]], ["2025-12-05T21:30Z", ["impacted teams identified"]],
                   ["2025-12-05T22:08Z", ["overload protection"]], ["2025-12-05T22:14Z", ["stabilised"]],
                   ["2025-12-06T01:30Z", ["leader elections"]]],
        "keyTimes": {
            "started": kt("2025-12-05T20:23Z", S, "On December 5th at 20:23 UTC the EU Kafka cluster suffered a critical loss of redundancy", "comment 120504"),
            "detected": kt("2025-12-05T20:35Z", S, "fired_at=2025-12-05T20:35:12Z", "comment 120501"),
            "resolved": kt(None, U)},
        "responders": [["Lea Hoffmann", "incident commander"], ["Jonas Albrecht", "SME"]],
        "narrative": nar(["leaderless", "DR exercise"], ["leader elections", "evacuation"], ["OBS-2311", "api.eu1"],
                         "From 20:23 UTC on 5 December 2025 Honeycomb EU lost ingest for some teams, then returned ingest errors to everyone until 22:14 UTC; Activity Log stayed degraded until 17 December and data from 5 to 9 December was lost.",
                         badly=["alert noise"]),
    }})

# 6. Twilio billing 2013-07-18: redis slaves full resync overloaded master; restart came up read-only ---------------
I.append({
    "id": "twilio-2013-07-billing-irc", "name": "Twilio 2013-07-18 billing redis overload, balances not updated and repeated auto-recharge charges",
    "issueId": "94106", "key": "BILL-612", "summary": "billing: redis-master load, balance updates failing",
    "reporter": "Hank Morales", "assignee": "Evan Liu", "labels": ["sev1", "billing", "redis"],
    "components": ["billing", "auto-recharge"], "created": "2013-07-18T09:50", "now": "2013-07-26T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Services that talk to the billing redis-master failing/timing out. Load through the roof. Probably the new usage-rollup job we shipped yesterday hammering it? Restarted the master once already.""",
    "comments": [
        ("120601", "Evan Liu", "2013-07-18T10:05", """Not the rollup job (it's idle). All the billing slaves lost the master around 1:35 and came back asking for a full sync at the same time; that is the load. IRC from #ops-billing attached (bill612-irc.txt, Pacific)."""),
        ("120602", "Evan Liu", "2013-07-18T10:40", """Monitoring alert below is about *charges*, not load. Customers are being charged more than once by auto-recharge.
```
ALERT billing-anomaly: recharge_attempts_per_account p99=9 (threshold 2) at 2013-07-18 10:28 UTC
```"""),
        ("120603", "Hank Morales", "2013-07-18T11:30", """Auto-recharge disabled. The restarted master came up from a bad config and is read-only, so balances never got the payments and recharge retried. Refund list being built from the double-bookkeeping DB."""),
        ("120604", "Hank Morales", "2013-07-23T17:00", """## post-mortem notes (UTC)
08:35 network connectivity lost between all billing redis-slaves and the redis-master; all slaves reconnected and asked for full sync.
09:39 services relying on the redis-master began to fail from the sync load.
09:42 on-call restarted the redis-master.
10:28 monitoring detected the billing anomaly (erroneous charges, suspensions).
Voice/SMS were not affected. About 1.4% of customers hit by wrong charges or suspensions.
We have no record of when the first page for the 09:39 failures went out - the pager history for that week was lost in the migration.
End of impact: not pinned down yet; charges stopped once recharge was off, usage pricing caught up later."""),
    ],
    "changelog": [
        ("Evan Liu", "2013-07-18T09:51", [("status", "Open", "In Progress")]),
        ("Hank Morales", "2013-07-18T11:31", [("status", "In Progress", "Monitoring")]),
        ("Hank Morales", "2013-07-23T17:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "bill612-irc.txt", "zone": "America/Los_Angeles", "referenceDate": "2013-07-18", "text": """
--- Log opened Thu Jul 18 02:53:40 2013
-!- hank [hank@ops-vpn] has joined #ops-billing
[02:54] <hank> just got here, scrollback before this is gone. where are we
[02:55] <evan> restarted the master a while ago, master back but writes failing. READONLY errors
[02:57] <hank> anything deployed? the rollup job went out yesterday
[03:10] <hank> rollup job is idle, not it
[03:28] <billbot> ALERT billing-anomaly recharge attempts per account p99=9
[03:31] <hank> customers being charged repeatedly. killing auto-recharge
"""}],
    "expected": {
        "events": [["2013-07-18T08:35Z", ["connectivity lost", "lost the master"]], ["2013-07-18T09:39Z", ["began to fail"]],
                   ["2013-07-18T09:42Z", ["restart"]], ["2013-07-18T10:28Z", ["anomaly"]]],
        "keyTimes": {
            "started": kt("2013-07-18T09:39Z", S, "09:39 services relying on the redis-master began to fail from the sync load.", "comment 120604"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Evan Liu", None], ["Hank Morales", None]],
        "narrative": nar(["full sync", "read-only"], ["Auto-recharge disabled"], ["BILL-612", "redis-master"],
                         "On 18 July 2013 Twilio billing failed from 09:39 UTC; about 1.4% of customers had payments not credited, repeated auto-recharge charges or suspended accounts.",
                         badly=["pager history"]),
    }})

# 7. Atlassian 2022-04-05: site-deletion script run with site IDs instead of app IDs, 775 customers, ~2 weeks ------
I.append({
    "id": "atlassian-2022-04-deletion-notes", "name": "Atlassian 2022-04-05 cloud sites deleted by a legacy-app removal script (multi-day restore)",
    "issueId": "94107", "key": "CLD-1893", "summary": "customer sites returning 'site unavailable' - many tenants",
    "reporter": "Mia Kowalczyk", "assignee": "Tom Hartigan", "labels": ["sev0", "data-restore", "tenancy"],
    "components": ["site-lifecycle", "restore"], "created": "2022-04-05T08:20", "now": "2022-05-02T06:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Support escalating a wave of customers whose Jira/Confluence/Opsgenie sites show "site unavailable" since early evening. Not one region - looks spread.

First thought: the ap-southeast-2 networking change from this afternoon? Asked networking to hold it.""",
    "comments": [
        ("120701", "Tom Hartigan", "2022-04-05T08:50", """Not networking. The Insight legacy-app removal ran today with a list of *site* IDs instead of app IDs, in "permanent delete" mode. Whole sites are gone, not just the app. My notes (cld1893-notes.txt) are in Sydney time."""),
        ("120702", "Mia Kowalczyk", "2022-04-06T02:00", """When did the first customer report land? The support queue export we got has no per-ticket timestamps, so I can't say. Leaving it blank in the review unless someone finds it."""),
        ("120703", "Tom Hartigan", "2022-04-14T23:00", """Restore automation in full swing. Status post today: 55% of affected users restored. Not done."""),
        ("120704", "Tom Hartigan", "2022-04-19T00:30", """All affected customers restored as of 2022-04-18 23:57 UTC. Leaving the ticket open for site-specific follow-ups through support."""),
        ("120705", "Mia Kowalczyk", "2022-04-29T05:00", """## PIR summary (UTC)
On Tuesday 5 April 2022, starting at 07:38 UTC, 775 customers lost access to their Atlassian cloud products (Jira family, Confluence, Opsgenie, Statuspage, Access). A script meant to deactivate the standalone Insight app was given site IDs, and ran in permanent-delete mode.
Restoration: up to 14 days for some customers; the last affected sites were restored on 18 April.
Went badly: no bulk multi-site restore in our DR plan; customers could not reach us because their own sites and admin contacts were deleted.
Went well: no data loss beyond five minutes before the deletion."""),
    ],
    "changelog": [
        ("Tom Hartigan", "2022-04-05T08:21", [("status", "Open", "In Progress")]),
        ("Tom Hartigan", "2022-04-19T00:31", [("status", "In Progress", "Monitoring")]),
        ("Mia Kowalczyk", "2022-04-29T05:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "cld1893-notes.txt", "zone": "Australia/Sydney", "referenceDate": "2022-04-05", "text": """
Tue 5 Apr (Sydney)
17:38  deletion script starts against the list (found later in the script log)
18:20  joined the bridge, support queue already full of "site unavailable"
18:35  networking change held - no difference
18:48  confirmed: list had site IDs, mode = permanent delete
21:10  first manual restore attempt, slow, many steps per site
Thu 14 Apr
09:00  automation restoring in batches, 55% of users back (status post)
Fri 15 Apr
09:00  78% of users back (status post)
Sat 16 Apr
09:00  99% of users back
Tue 19 Apr
09:57  last affected sites restored
"""}],
    "expected": {
        "events": [["2022-04-05T07:38Z", ["deletion script", "07:38 UTC"]], ["2022-04-05T08:48Z", ["site IDs"]],
                   ["2022-04-18T23:57Z", ["restored"]]],
        "keyTimes": {
            "started": kt("2022-04-05T07:38Z", S, "starting at 07:38 UTC, 775 customers lost access", "comment 120705"),
            "detected": kt(None, U),
            "resolved": kt("2022-04-18T23:57Z", S, "All affected customers restored as of 2022-04-18 23:57 UTC.", "comment 120704")},
        "responders": [["Tom Hartigan", None], ["Mia Kowalczyk", None]],
        "narrative": nar(["site IDs", "permanent-delete"], ["restore automation"], ["CLD-1893", "Insight"],
                         "From 07:38 UTC on 5 April 2022, 775 Atlassian customers lost access to their cloud sites; the last sites were restored on 18 April.",
                         well=["no data loss"], badly=["bulk multi-site restore"]),
    }})

# 8. Atlassian 2023-05-15 us-west-1: network segment migration left a stale DNS record; media/attachments failed ------
I.append({
    "id": "atlassian-2023-05-media-slack", "name": "Atlassian 2023-05-15 media and attachments failing in us-west-1 (network migration, stale DNS record)",
    "issueId": "94108", "key": "MED-3307", "summary": "us-west-1: attachments / media / build artifacts failing",
    "reporter": "Kavya Nair", "assignee": "Rohan Deshpande", "labels": ["sev2", "media", "us-west-1"],
    "components": ["media-platform", "networking"], "created": "2023-05-15T02:50", "now": "2023-05-24T10:00:00Z",
    "defaultZone": "Asia/Kolkata",
    "description": """Attachments, media and Bitbucket build artifacts failing for sites hosted in us-west-1. Jira, Confluence, JSM, Align, Atlas all affected where they touch media.

Cloud provider storage problem in the region? nothing on their status page yet.""",
    "comments": [
        ("120801", "Rohan Deshpande", "2023-05-15T03:10", """It's ours: the internal service we moved to the new network segment this morning still had a DNS record pointing at the old segment, and the old stack was torn down. Rolling back the migration. Slack copy from #inc-media (IST) attached as med3307-slack.txt."""),
        ("120802", "Kavya Nair", "2023-05-15T04:20", """error rates back at baseline for us-west-1 media. monitoring."""),
        ("120803", "Kavya Nair", "2023-05-17T06:00", """## PIR (UTC)
Between 02:36 and 04:08 UTC on 15 May, customers with services hosted in us-west-1 could not store or retrieve data assets (media, attachments, build artifacts).
Trigger: migration of an internal service to a new network segment; a DNS record still pointed at the old segment when it was removed. Blue/green was used, but verification was skipped before decommissioning the old stack.
Detection: automated monitoring caught it within three minutes of the start. Mitigation: rollback to the known good state. Time to resolution about 1 h 32 min."""),
    ],
    "changelog": [
        ("Rohan Deshpande", "2023-05-15T02:51", [("status", "Open", "In Progress")]),
        ("Kavya Nair", "2023-05-15T04:21", [("status", "In Progress", "Monitoring")]),
        ("Kavya Nair", "2023-05-17T06:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "med3307-slack.txt", "zone": "Asia/Kolkata", "referenceDate": "2023-05-15", "text": """
Monday, May 15th
(alert bot messages were in #alerts-media, not copied here)
Kavya Nair  8:18 AM
joining. media API 5xx for every us-west-1 site, attachments and artifacts
Rohan Deshpande  8:21 AM
I'll be IC. Kavya can you take comms, status page for JSW/JSM/Confluence/Bitbucket
Kavya Nair  8:22 AM
on it
Rohan Deshpande  8:34 AM
found it, dns for the migrated service still points at the old segment. old stack is gone
Rohan Deshpande  8:40 AM
rolling back the network migration
Kavya Nair  9:38 AM
media and attachments recovered in us-west-1, error rate back to baseline
Kavya Nair  10:50 AM
status page -> resolved
"""}],
    "expected": {
        "events": [["2023-05-15T02:36Z", ["02:36"]], ["2023-05-15T02:51Z", ["In Progress", "IC"]],
                   ["2023-05-15T04:08Z", ["recovered", "04:08"]]],
        "keyTimes": {
            "started": kt("2023-05-15T02:36Z", S, "Between 02:36 and 04:08 UTC on 15 May", "comment 120803"),
            "detected": kt("2023-05-15T02:39Z", INF, "Detection: automated monitoring caught it within three minutes of the start.", "comment 120803"),
            "resolved": kt("2023-05-15T04:08Z", S, "Between 02:36 and 04:08 UTC on 15 May", "comment 120803")},
        "responders": [["Rohan Deshpande", "incident commander"], ["Kavya Nair", "comms"]],
        "narrative": nar(["DNS record", "old segment"], ["rollback"], ["MED-3307", "us-west-1"],
                         "From 02:36 to 04:08 UTC on 15 May 2023 Atlassian customers hosted in us-west-1 could not store or retrieve media, attachments or build artifacts.",
                         well=["within three minutes"], badly=["verification was skipped"]),
    }})

# 9. Heroku 2025-06-10: unattended OS update restarted networking; routes applied only at boot --------------------
I.append({
    "id": "heroku-2025-06-routes-discord", "name": "Heroku 2025-06-10 platform outage (unintended OS update restarted networking, routes lost)",
    "issueId": "94109", "key": "PLAT-4467", "summary": "dashboard / CLI / logins failing, apps timing out",
    "reporter": "Grace Whitaker", "assignee": "Sam Okonkwo", "labels": ["sev0", "platform", "networking"],
    "components": ["dyno-hosts", "status-site", "auth"], "created": "2025-06-10T07:15", "now": "2025-06-20T16:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Dashboard and CLI logins failing, lots of apps not reachable. Our own status page shows "no incidents" (!).

Looks like an auth problem - SSO provider? Comms is telling customers it's authentication for now.""",
    "comments": [
        ("120901", "Sam Okonkwo", "2025-06-10T08:30", """Not auth. Dyno hosts have no outbound connectivity: the network service restarted and the routing rules were not reapplied. Internal tools and the status site sit on the same hosts, so we're half blind. Copy from the support Discord (plat4467-discord.txt, NY time)."""),
        ("120902", "Sam Okonkwo", "2025-06-10T14:30", """Found what restarted it: an automated OS update ran on production hosts although it should have been disabled. Disabling the upgrade service fleet-wide, recycling hosts."""),
        ("120903", "Grace Whitaker", "2025-06-10T20:00", """Lots of apps back, logins work, but plenty of customers still down, log drains delayed. NOT the end."""),
        ("120904", "Grace Whitaker", "2025-06-15T18:00", """## summary for the RCA
Beginning at 06:00 UTC on Tuesday 10 June 2025 customers had a platform disruption: intermittent logins, app failures, delayed logs. Up to 12 hours of downtime for many customers, longer for some.
Three issues: an automated OS update ran in production when it should have been disabled (control); the network service relied on a legacy script that applied routes only at first boot (resilience); internal tools and the status page ran on the same infrastructure (design).
We do not have a single end-of-impact minute: recovery was host by host and the status site was wrong most of the day. The first alert/report time is also missing from what survived of our tooling."""),
    ],
    "changelog": [
        ("Sam Okonkwo", "2025-06-10T07:16", [("status", "Open", "In Progress")]),
        ("Grace Whitaker", "2025-06-11T13:00", [("status", "In Progress", "Monitoring")]),
        ("Grace Whitaker", "2025-06-15T18:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "plat4467-discord.txt", "zone": "America/New_York", "referenceDate": "2025-06-10", "text": """
(copied from the support Discord, #platform-incident, starting when I joined; earlier messages were in DMs)
Sam O — Today at 3:12 AM
joined. CLI and dashboard both failing login here too
Grace W — Today at 3:20 AM
I'm IC for now. Sam you're SME on the dyno hosts
Sam O — Today at 4:05 AM
outbound from dynos is dead on the hosts I checked. routes table is empty
Grace W — Today at 4:40 AM
status site still showing green, can't update it, it runs on the same stuff
Sam O — Today at 10:30 AM
it's the unattended OS upgrade. it restarted networking, routes only get applied at boot
Grace W — Today at 4:00 PM
most apps back, logins OK, log drains still behind
"""}],
    "expected": {
        "events": [["2025-06-10T06:00Z", ["06:00 UTC"]], ["2025-06-10T07:20Z", ["IC"]],
                   ["2025-06-10T14:30Z", ["OS upgrade", "OS update"]]],
        "keyTimes": {
            "started": kt("2025-06-10T06:00Z", S, "Beginning at 06:00 UTC on Tuesday 10 June 2025", "comment 120904"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Grace Whitaker", "incident commander"], ["Sam Okonkwo", "SME"]],
        "narrative": nar(["OS update", "routes only at first boot"], ["Disabling the upgrade service"], ["PLAT-4467"],
                         "From 06:00 UTC on 10 June 2025 Heroku customers had failing logins, unreachable apps and delayed logs, for up to 12 hours or more.",
                         badly=["status page", "half blind"]),
    }})

# 10. Discord 2023-01-26: API outage then a secondary database cluster problem, logins rate limited ---------------
I.append({
    "id": "discord-2023-01-api-teams", "name": "Discord 2023-01-26 API outage with a secondary database cluster problem (logins rate limited)",
    "issueId": "94110", "key": "API-2207", "summary": "API errors, clients stuck on spinning logo",
    "reporter": "Nadia Brooks", "assignee": "Felix Arroyo", "labels": ["sev1", "api", "database"],
    "components": ["api", "gateway", "db-clusters"], "created": "2023-01-26T20:05", "now": "2023-02-03T18:00:00Z",
    "defaultZone": "America/Los_Angeles",
    "description": """Clients stuck on the spinning logo then "API outage" message. Voice joins failing too.

Suspect the API deploy from this morning, reverting.""",
    "comments": [
        ("121001", "Felix Arroyo", "2023-01-26T20:40", """Revert done, API side looks better but a database cluster is unhappy underneath (secondary issue). Rate limiting logins so the healthy part of the fleet doesn't tip over. Teams copy from the east coast folks attached (api2207-teams.txt, New York time)."""),
        ("121002", "Nadia Brooks", "2023-01-26T22:15", """Status post (14:12 PST): We have fully removed all rate limits and Discord is almost back to normal. Over the next hour some servers may still see issues with bots using slash commands - we turned down parts of the slash command system to shed DB load."""),
        ("121003", "Nadia Brooks", "2023-01-27T01:00", """slash commands back. I didn't note when the last bot errors stopped."""),
        ("121004", "Felix Arroyo", "2023-01-31T19:00", """## recap
Outage started 2:49 PM EST (API). After the API issue was understood, a secondary problem on one database cluster kept logins slow; logins were rate limited until the limits came off at 14:12 PST. Slash command degradation after that, end time not recorded.
Nobody has the first alert time; the paging export for that day is empty (known bug, ticket filed)."""),
    ],
    "changelog": [
        ("Felix Arroyo", "2023-01-26T20:06", [("status", "Open", "In Progress")]),
        ("Nadia Brooks", "2023-01-26T22:16", [("status", "In Progress", "Monitoring")]),
        ("Felix Arroyo", "2023-01-31T19:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "api2207-teams.txt", "zone": "America/New_York", "referenceDate": "2023-01-26", "text": """
[1/26/2023 3:04 PM] Felix Arroyo:
joined the bridge, API error rate still pinned
[1/26/2023 3:06 PM] Nadia Brooks:
I'll run comms + status page. Felix you IC?
[1/26/2023 3:06 PM] Felix Arroyo:
yes IC
[1/26/2023 3:31 PM] Felix Arroyo:
revert of this morning's API deploy done. db cluster latency still awful
[1/26/2023 3:58 PM] Felix Arroyo:
turning on login rate limits
[1/26/2023 5:12 PM] Nadia Brooks:
rate limits removed, almost back to normal
"""}],
    "expected": {
        "events": [["2023-01-26T19:49Z", ["outage started"]], ["2023-01-26T20:06Z", ["IC"]],
                   ["2023-01-26T22:12Z", ["rate limits removed", "removed all rate limits"]]],
        "keyTimes": {
            "started": kt("2023-01-26T19:49Z", S, "Outage started 2:49 PM EST (API).", "comment 121004"),
            "detected": kt(None, U),
            "resolved": kt(None, U)},
        "responders": [["Felix Arroyo", "incident commander"], ["Nadia Brooks", "comms"]],
        "narrative": nar(["database cluster"], ["rate limit"], ["API-2207"],
                         "From 19:49 UTC on 26 January 2023 Discord users could not log in or use voice; logins were rate limited until about 22:12 UTC and bots using slash commands had issues for a while after.",
                         badly=["paging export"]),
    }})

# 11. Mailgun 2016-03-23: API deploy accepted messages without storing them, ~7 minutes of message loss -----------
I.append({
    "id": "mailgun-2016-03-loss-log", "name": "Mailgun 2016-03-23 accepted messages not stored after an API deploy (message loss)",
    "issueId": "94111", "key": "MSG-5104", "summary": "nothing being delivered?",
    "reporter": "Cody Reyes", "assignee": "Lauren Fisk", "labels": ["sev1", "api", "message-store"],
    "components": ["api", "message-store", "delivery"], "created": "2016-03-23T17:49", "now": "2016-03-31T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Delivery graphs flat. Queue depth looks odd. First guess the outbound MTA pool in ORD again (like Monday).""",
    "comments": [
        ("121101", "Lauren Fisk", "2016-03-23T17:58", """MTAs fine. API was returning 200 for sends but the messages never made it into the message store. We rolled back the API release from earlier. Store errors from the API log attached (msg5104-api.log.txt, UTC)."""),
        ("121102", "Cody Reyes", "2016-03-23T20:10", """Queue still delayed while we gather the list of lost messages. Customers asking."""),
        ("121103", "Cody Reyes", "2016-03-23T21:40", """queue delays gone as of 21:30 UTC."""),
        ("121104", "Lauren Fisk", "2016-03-24T16:00", """## status post text (final)
On 3/23/16 between roughly 17:40 - 17:47 UTC Mailgun accepted messages but did not store them; monitoring alerted us that nothing was being delivered and we rolled back the deploy. Roughly 8,000 inbound and 129,000 outbound messages were lost and cannot be retrieved. While we gathered data the messages stayed in our queue, which caused some delays until 21:30 UTC. Credits to follow."""),
    ],
    "changelog": [
        ("Lauren Fisk", "2016-03-23T17:50", [("status", "Open", "In Progress")]),
        ("Cody Reyes", "2016-03-23T21:41", [("status", "In Progress", "Monitoring")]),
        ("Lauren Fisk", "2016-03-24T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "msg5104-api.log.txt", "zone": "UTC", "referenceDate": "2016-03-23", "text": """
2016-03-23 17:40:06 api-07 WARN  store: put returned no id, msg accepted anyway (200) domain=mg.example.net
2016-03-23 17:40:06 api-03 WARN  store: put returned no id, msg accepted anyway (200) domain=mail.shop.example
... (~137k similar lines) ...
2016-03-23 17:47:51 api-05 WARN  store: put returned no id, msg accepted anyway (200) domain=news.example.org
2016-03-23 17:48:20 api-05 INFO  store: put ok id=20160323174820.12345.abcd
"""}],
    "expected": {
        "events": [["2016-03-23T17:40Z", ["no id", "17:40"]], ["2016-03-23T17:47Z", ["no id", "17:47"]],
                   ["2016-03-23T21:30Z", ["delays"]]],
        "keyTimes": {
            "started": kt("2016-03-23T17:40Z", S, "between roughly 17:40 - 17:47 UTC Mailgun accepted messages but did not store them", "comment 121104"),
            "detected": kt(None, U),
            "resolved": kt("2016-03-23T17:47Z", S, "between roughly 17:40 - 17:47 UTC Mailgun accepted messages but did not store them", "comment 121104")},
        "responders": [["Lauren Fisk", None], ["Cody Reyes", None]],
        "narrative": nar(["did not store", "deploy"], ["rolled back"], ["MSG-5104"],
                         "Between about 17:40 and 17:47 UTC on 23 March 2016 Mailgun accepted but lost roughly 8,000 inbound and 129,000 outbound messages; queued mail was delayed until 21:30 UTC.",
                         well=["monitoring alerted"]),
    }})

# 12. Mailgun 2018-07-13: auth service latency + newly delegated services overloaded it ---------------------------
I.append({
    "id": "mailgun-2018-07-auth-slack", "name": "Mailgun 2018-07-13 centralized authentication service overloaded (several services down)",
    "issueId": "94112", "key": "AUTH-2291", "summary": "API + control panel failing auth - Friday 13th strikes",
    "reporter": "Dustin Price", "assignee": "Marisol Vega", "labels": ["sev1", "auth", "api"],
    "components": ["auth-service", "api", "control-panel"], "created": "2018-07-13T11:08", "now": "2018-07-20T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Several services failing auth, API returning 401/5xx. DDoS? traffic looks normal-ish though.

Most likely the release from this morning that moved services onto the central auth service. Rolling it back.""",
    "comments": [
        ("121201", "Marisol Vega", "2018-07-13T11:40", """Rolled back, still slow. The auth service itself can't keep up: requests queue, failed ones retry and make it worse. Slack from #ops attached (auth2291-slack.txt, Central)."""),
        ("121202", "Marisol Vega", "2018-07-13T12:50", """restarted auth + dependent services, everything answering. watching."""),
        ("121203", "Dustin Price", "2018-07-18T16:00", """## post mortem (UTC)
One of the services updated to delegate authentication to the central auth service was deployed just after 10:00 UTC.
At 11:00 UTC on Friday 13 July engineering began receiving alerts of problems with several services. Rollback of the release did not help; the auth service was still not responding in time.
Auth and related services were restarted; by 12:44 UTC all services were fully functional again.
Why: an earlier, unrelated auth-service change had added latency and lowered throughput; the newly delegated services added load; retries compounded it."""),
    ],
    "changelog": [
        ("Marisol Vega", "2018-07-13T11:09", [("status", "Open", "In Progress")]),
        ("Marisol Vega", "2018-07-13T12:51", [("status", "In Progress", "Monitoring")]),
        ("Dustin Price", "2018-07-18T16:01", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "auth2291-slack.txt", "zone": "America/Chicago", "referenceDate": "2018-07-13", "text": """
dustin [6:00 AM]
alerts: api, control panel, smtp auth all red
marisol [6:02 AM]
that release from earlier? the auth delegation one
dustin [6:03 AM]
marisol you take IC, I'll handle comms
marisol [6:15 AM]
rolling back the release
marisol [6:31 AM]
rollback done, auth still timing out. retries piling up
marisol [7:30 AM]
restarting auth service and everything that depends on it
dustin [7:44 AM]
all services fully functional again
"""}],
    "expected": {
        "events": [["2018-07-13T10:00Z", ["deployed"]], ["2018-07-13T11:00Z", ["alerts"]],
                   ["2018-07-13T12:44Z", ["fully functional"]]],
        "keyTimes": {
            "started": kt("2018-07-13T11:00Z", S, "At 11:00 UTC on Friday 13 July engineering began receiving alerts", "comment 121203"),
            "detected": kt("2018-07-13T11:00Z", S, "At 11:00 UTC on Friday 13 July engineering began receiving alerts", "comment 121203"),
            "resolved": kt("2018-07-13T12:44Z", S, "by 12:44 UTC all services were fully functional again", "comment 121203")},
        "responders": [["Marisol Vega", "incident commander"], ["Dustin Price", "comms"]],
        "narrative": nar(["latency", "retries"], ["restarted"], ["AUTH-2291"],
                         "From 11:00 to 12:44 UTC on 13 July 2018 several Mailgun services, including the API, failed because the central authentication service could not keep up.",
                         badly=["retries"]),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%d" % (_proj, int(_num) + 1), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

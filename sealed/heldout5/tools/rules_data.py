"""Hand-written held-out 5 language items. Format per source:
blame lines  'B kind | sentence' or 'O kind | sentence'
action lines 'testable bounded owner_is_person RECURRENCE | owner | due | summary'  (has_due derived from due)
went-well    'C | sentence' or 'V | sentence'"""

S = []

S.append(dict(
    url="https://blog.cloudflare.com/cloudflare-incident-on-february-6-2025",
    people=["Ottilie Brandauer", "Kwabena Ofori", "Saoirse Ní Bhriain", "Ruslan Akhmetov"],
    blame="""
B human-error | Root cause: human error by a Trust & Safety analyst during a routine phishing takedown.
B passive-agent | The production R2 Gateway was switched off by Ruslan while he was handling a single phishing report.
B counterfactual | Had Ruslan read the confirmation screen properly, R2 would never have gone dark.
B sanction | Ruslan's abuse-tooling permissions have been withdrawn until he completes retraining.
B sarcasm | Nice one Ruslan, one phishing link removed and only every R2 customer on the planet taken down with it.
B group-blame | The Trust & Safety team clearly treats production disablement as just another button to click.
B timeline-blame | 08:12 Ruslan kills the R2 Gateway instead of the bucket
B competence | An analyst with a few months' experience should never have been left alone with product-level disablement.
O actor-neutral | Ruslan applied the remediation to the account named in the abuse report at 08:12 UTC, following the usual takedown flow.
O system-failure | The abuse review tool failed to distinguish between disabling one bucket and disabling the service behind every bucket.
O system-should | The Admin API should have refused to disable a production service from the abuse queue at all.
O system-should | Ruslan should have been shown which service the action would switch off; the confirmation dialog never named it.
O credit | Thanks to Kwabena for going straight to the deployment history, which found the cause at 08:42 and ended the storage theory.
O system-failure | The internal admin tool for re-enabling the gateway itself depended on R2, so it failed exactly when it was needed.
O meta-blameless | 'The analyst clicked the wrong thing' is the least useful sentence in this review; the question is why one click could reach a production service.
O neutral-fact | Every R2 operation failed between 08:14 and 09:13 UTC, and no stored object was lost or corrupted.
""",
    actions="""
Y Y N PREVENTS | Abuse tooling | 2025-03-15 | Remove the product-disablement action from the abuse review UI so a remediation can only target a single bucket or hostname
Y Y N PREVENTS | Admin API team | 2025-03-31 | Make the Admin API reject any disable request for a service tagged production-internal unless it comes from the owning team's group
Y Y Y PARTIAL | Kwabena Ofori | 2025-03-07 | Require a second approver for every high-risk action in the admin tool and write the approver's name to the audit log
N Y Y PARTIAL | Ruslan Akhmetov |  | Be more careful when applying remediations to accounts that own internal services
N N N PARTIAL | Trust & Safety |  | Retrain analysts on the abuse tooling
Y Y N PARTIAL | R2 team | 2025-04-30 | Move the internal admin tool for the R2 Gateway off R2 so that it can re-enable the gateway while R2 is down
Y Y Y DETECTS | Saoirse Ní Bhriain | 2025-02-28 | Page the R2 on-call within 60 seconds when the gateway reports a disabled state in any colo
N Y N PARTIAL | we |  | Look into why re-enabling the gateway needed an escalation to the operations team
Y Y N PARTIAL | Operations |  | Write a runbook section for re-enabling the R2 Gateway from the lower-level system, listing the exact commands and who holds that access
N N Y PARTIAL | Ottilie Brandauer | 2025-06-30 | Improve the resilience of all internal tools
Y N N PARTIAL |  |  | Create the internal accounts of every new product in a separate account group that abuse actions cannot touch, ongoing
""",
    ww="""
C | Reviewing the deployment history found the disablement entry 28 minutes after impact began.
V | The team pulled together brilliantly under pressure.
C | Escalating to the operations team, who had lower-level access, got the gateway re-enabled without waiting for the broken admin tool.
"""))

S.append(dict(
    url="https://gixtools.net/2025/03/cloudflare-incident-on-march-21-2025",
    people=["Itziar Valderrama", "Thabo Nkosi", "Asahi Hasegawa", "Mateusz Zieliński"],
    blame="""
B failure-verb | mateusz forgot --env production on both wrangler commands, that's the whole incident tbh
B mistake-attribution | this one's on mateusz's rotation, no way around it
B rhetorical-question | who deletes the old creds without checking prod actually uses the new ones?? mateusz??
B repeat-offender | second r2 outage in six weeks and both times it's someone on our team hitting enter too fast
B nobody-blame | nobody could be bothered to look at which token the gateway was presenting for an entire hour
B hindsight | the auth errors were screaming credentials from minute one, thabo just didn't look
B self-blame | my bad, I signed off the rotation checklist without reading the commands (asahi)
B implicit | we all know whose terminal that wrangler deploy came from 👀
O self-report | I ran wrangler secret put and wrangler deploy at 20:19 and believed both went to production; I didn't notice they used the default env (mateusz)
O system-failure | wrangler deployed to the default environment without complaint because neither command requires --env
O agentless-passive | the new key pair was deployed to the dev worker instead of the production worker
O system-should | the rotation script should have checked that the production worker was using the new credential before deleting the old one
O system-counterfactual | if the gateway logged its credential id, thabo would have seen the mismatch in the first five minutes
O quoted-question | why does wrangler default to an environment nobody serves traffic from?
O error-term | the 401s from storage were auth errors, not a propagation delay
O neutral-fact | writes failed 100% and about 35% of reads failed until 22:45 UTC; metadata-only operations were fine
""",
    actions="""
Y Y N PREVENTS | R2 team | 2025-04-15 | Make the credential rotation tool refuse to delete an old key pair while any production Worker still authenticates with it
Y Y Y DETECTS | @thabo | 2025-04-04 | Log the credential ID the R2 Gateway authenticates with on sampled requests and show it on the gateway dashboard
Y Y Y PREVENTS | Mateusz Zieliński | 2025-04-11 | Configure the R2 Gateway project so that wrangler commands without --env fail instead of falling back to the default environment
N N Y PARTIAL | Mateusz |  | double-check the env flag before every deploy
Y Y N PARTIAL | we |  | Run R2 Gateway credential rotations only through the automated rotation pipeline and delete the manual runbook steps
N Y N PARTIAL | R2 team | 2025-05-01 | Think about how credential rotations could be made safer
Y Y Y DETECTS |  Asahi Hasegawa |  | Page the R2 on-call when R2 write success drops below 99% for 3 minutes
N N N PARTIAL | everyone |  | be more careful with secrets
Y Y Y PARTIAL | Itziar Valderrama | 2025-04-30 | Add a validation step to the rotation runbook: query the production gateway for its active credential ID and compare it with the new ID before deleting anything
N Y N DETECTS | SRE |  | Improve R2 availability monitoring
Y Y N PARTIAL | Workers platform | 2025-06-30 | Show the target environment name in the wrangler confirmation prompt whenever the Worker also has a production environment
""",
    ww="""
C | The intermediate cache kept about two thirds of reads working for the whole window.
V | good vibes on the bridge, nobody panicked
C | Once the wrong environment was found, a single deploy of the new credentials to production restored writes.
"""))

S.append(dict(
    url="https://status.sentry.io/incidents/jwg968zpdcgb",
    people=["Clémence Aubry", "Dariusz Wróbel", "Nnamdi Uchenna"],
    blame="""
B failure-verb | Dariusz skipped the ANALYZE step after the upgrade.
B passive-agent | Planner stats were left incomplete by Dariusz's upgrade run.
B counterfactual | If Dariusz had run the post-upgrade checklist, no query would have gone sideways.
B role-blame | DBA on duty didn't verify statistics before letting traffic back. Again.
B character | Sloppy upgrade work, frankly.
B human-error | Classification: operator error during database maintenance.
B rhetorical-question | Who upgrades the main cluster and walks away without checking a single query plan?
B timeline-blame | 10:07 Nnamdi breaks API/web by killing queries
O actor-neutral | 10:07 Nnamdi killed long-running queries by hand to stop the event backlog growing.
O system-failure | Upgrade procedure did not recompute statistics for all tables.
O system-should | Runbook should have held traffic back until statistics were complete.
O policy-subject | Clémence noted the upgrade runbook has no step for table attributes at all.
O agentless-passive | Table attributes were not carried over by the upgrade.
O neutral-fact | Alert fired at 09:50 UTC, twenty minutes after the upgrade completed.
O action-item | Dariusz to add a statistics check to the upgrade runbook.
O quoted-question | Why did the upgrade path drop per-table settings without a warning?
""",
    actions="""
Y Y Y PREVENTS | Dariusz Wróbel | 2022-08-15 | Add a step to the Postgres upgrade runbook that runs ANALYZE on every table and holds traffic until pg_stats covers all of them
Y Y N PREVENTS | Database team | 2022-09-30 | Store per-table attributes (statistics targets, autovacuum settings) as code and re-apply them automatically after every major version upgrade
N Y N PARTIAL | Database team |  | Investigate ways to preserve table attributes
N N Y PARTIAL | Dariusz |  | Ensure statistics are fully calculated after upgrades
Y Y Y DETECTS | Nnamdi Uchenna | 2022-08-05 | Alert at P2 when database CPU stays above 80% for 5 minutes in the 2 hours after a maintenance window
Y Y N PARTIAL | SRE |  | Write a runbook section for shedding load during database overload, naming which queries may be killed and the expected API impact
N N N PARTIAL | TBD |  | Review upgrade process
Y Y Y PARTIAL | Clémence Aubry | 2022-08-31 | Rehearse the next Postgres major upgrade on a production-size replica and record query p95 before and after
N Y Y PARTIAL | Clémence | 2022-08-20 | Look at pg-events-primary query performance
Y N N PARTIAL | Database team |  | Compare EXPLAIN plans of the 20 most frequent queries before and after every database upgrade, ongoing
Y Y N PARTIAL | Status page owners | 2022-08-10 | Add an incident-bot template that posts the first status page update within 10 minutes of an incident being created
""",
    ww="""
C | Running ANALYZE on the hot tables brought query times back to normal six minutes after the manual query kill.
V | Good collaboration between the database and ingest teams.
C | Killing the long-running queries at 10:07 stopped the event backlog from growing any further.
"""))

S.append(dict(
    url="https://blog.sentry.io/details-of-the-sentry-outage-on-may-6th-2022/",
    people=["Halvard Nygaard", "Lupe Tuilagi", "Marguerite Okonjo", "Kaveh Farahani"],
    blame="""
B group-blame | The cloud provider's storage engineers clearly have no idea what they are doing.
B counterfactual | Had Kaveh started the DR failover at 3 AM instead of waiting, we would have lost far fewer events.
B failure-verb | Lupe ignored the first IO latency warnings because they looked like the usual noise.
B competence | A more experienced on-call would have declared the region lost much earlier.
B sarcasm | Great call, Halvard, waiting eight hours for the provider to fix it for us.
B hindsight | Anyone could see by 3:00 AM that the region wasn't coming back; Kaveh just didn't want to make the call.
B mistake-attribution | The 90% event loss is down to Marguerite's decision to keep the edge accepting traffic.
B human-error | Some customers on the forum called it human error by our SRE team for not failing over sooner.
O org-subject | The provider's status page stayed green for the first hour of the incident.
O actor-neutral | Lupe acknowledged the page at 1:38 AM PDT and began checking persistent volume latency.
O system-failure | The bastion host lived in the affected region, so remote access failed along with everything else.
O system-should | The DR plan should have had a measured recovery time; without one the failover decision had nothing to weigh.
O system-should | Kaveh should have been able to reach the Kubernetes control plane from outside the region, but no such path existed.
O meta-blameless | Asking who should have pulled the DR trigger earlier misses that the plan never said when to pull it.
O neutral-fact | Roughly 90% of incoming events were lost between 3:15 AM and 11:15 AM PDT.
O policy-subject | Marguerite pointed out that the DR runbook required a six-hour wait before failover could start.
""",
    actions="""
Y Y N PARTIAL | SRE | 2022-07-31 | Run a full DR failover drill to the secondary region and record the measured time to restore ingestion
Y Y Y PARTIAL | Kaveh Farahani | 2022-06-15 | Move the bastion hosts to a second region and test SSH access to the Kubernetes control plane through them
N N N PARTIAL | we |  | Reduce our dependency on a single cloud provider
N Y Y PARTIAL | Halvard Nygaard |  | Evaluate multi-region options for the ingestion pipeline
Y Y N DETECTS | Observability | 2022-06-01 | Page the SRE on-call when p99 IO latency on any persistent volume exceeds 5 seconds for 3 minutes
Y Y Y PARTIAL | Marguerite |  | Add a decision rule to the DR runbook: start failover once the primary region has been degraded for 90 minutes, without waiting for the provider
N N N PARTIAL | Leadership |  | Hold the cloud provider accountable
Y Y N PARTIAL | Ingestion team | 2022-08-31 | Buffer incoming events at the edge in durable storage outside the primary region for up to 12 hours so they can be replayed after an outage
N N Y DETECTS | Lupe Tuilagi |  | Keep a closer eye on provider status pages
Y Y Y DETECTS | @lupe | 2022-05-27 | Subscribe the incident channel to the provider's status feed for our primary region
N Y N PARTIAL | SRE | 2022-06-30 | Figure out the right DR window
""",
    ww="""
C | Paging on several distinct alerts at 1:38 AM PDT brought the on-call engineer in eight minutes after the volume problems began.
V | Communication with customers was great throughout.
C | Starting DR preparation at 6:24 AM PDT in parallel meant a failover could have begun within minutes if the provider's fix had not landed.
"""))

S.append(dict(
    url="https://status.slack.com/2020-05/147dad376c8946ff",
    people=["Rhosyn Tate", "Jarrah Collins", "Vikrant Deshpande"],
    blame="""
B role-blame | The capacity engineer on shift failed to notice servers dropping out of the pool all afternoon.
B group-blame | Our infrastructure team let an entire server pool rot in plain sight.
B sanction | Vikrant has been removed from the on-call rota for the rest of the quarter.
B counterfactual | If Jarrah had checked the registration dashboard after the scale-up, customers would never have noticed.
B nobody-blame | Nobody bothered to look at load balancer health for hours.
B character | This kind of complacency about capacity is exactly what I warned about last quarter.
B repeat-offender | This is the third capacity incident on Vikrant's watch this year.
B passive-agent | Customers were locked out by Jarrah's half-finished scale-up.
O actor-neutral | Jarrah provisioned a new server fleet and refreshed the load balancer's server list.
O system-failure | Some servers did not register with the load balancer during the daily scale-up, and nothing flagged it.
O system-should | The scale-up job should have failed loudly when a new server was not registered within a few minutes.
O agentless-passive | Unhealthy servers were left in the pool and kept receiving traffic.
O neutral-fact | Customers could not connect for 48 minutes starting at 4:45 p.m. PDT.
O meta-blameless | I would rather this letter explain how the pool decayed than who was looking at it.
O policy-subject | Rhosyn noted that the scale-up runbook has no verification step after new servers join.
O quoted-question | What made an unhealthy pool look healthy enough for the load balancer to keep routing traffic to it?
""",
    actions="""
Y Y N PREVENTS | Edge team | 2020-06-15 | Make the daily scale-up job fail and page if any new server has not registered with the load balancer within 5 minutes
Y Y Y DETECTS | Vikrant Deshpande | 2020-05-29 | Alert when the share of healthy servers in the North America pool drops below 80%
N N N PARTIAL | Infrastructure |  | Harden our load balancing
Y Y Y PARTIAL | Jarrah Collins | 2020-06-05 | Document the procedure to provision and register a replacement fleet, with the commands used on 12 May
N Y N PARTIAL | management |  | Assess load balancer vendor options
Y Y N PREVENTS | Edge team | 2020-06-30 | Remove servers from the load balancer list automatically when they fail three consecutive health checks
N N Y PARTIAL | Rhosyn |  | Remind the team to check capacity dashboards every afternoon
Y Y N PARTIAL | Support | 2020-05-22 | Email the RCA to every customer who requested it
N Y Y PARTIAL | Jarrah | 2020-06-12 | Investigate the load balancer registration failures
Y N N DETECTS | Edge team |  | Run a synthetic connection test from every region every week, ongoing
N N N PARTIAL |  |  | Keep capacity ahead of traffic growth
""",
    ww="""
C | Provisioning a fresh fleet and refreshing the server list restored connections without waiting for the root cause.
V | We kept customers informed.
V | Leadership was very supportive.
"""))

S.append(dict(
    url="https://slack-status.com/2023-08-02",
    people=["Oksana Hrytsenko", "Delroy Campbell", "Mirela Popescu"],
    blame="""
B failure-verb | Delroy never checked capacity after the cluster migration.
B mistake-attribution | Blurry images for two hours = Delroy's migration, simple as that.
B rhetorical-question | Mirela, why would you schedule a migration right before the top of the hour?
B timeline-blame | 09:00 Delroy's migration halves the cluster
B self-blame | I approved the migration plan without reading the capacity section, that's on me (Oksana)
B group-blame | Platform team rushed the migration and the rest of us paid for it.
B implicit | Let's just say someone didn't read the custom status schedule before migrating 🙃
B competence | Whoever sized that cluster doesn't understand hourly load patterns.
O system-failure | The migration tooling reduced the cluster's capacity and reported success anyway.
O system-failure | The custom status job failed to back off when the database slowed down.
O actor-neutral | Mirela paused the custom status job, which cleared most of the errors.
O system-should | The migration checklist should have included a capacity comparison before and after.
O credit | Kudos to Oksana for linking the errors to the hourly job so quickly.
O error-term | Upload errors and timeouts came from the overloaded cluster, not the CDN.
O neutral-fact | Impact ran from 9:01 to 11:00 AM PDT; the capacity fix was deployed that evening.
O system-counterfactual | If the job had a load-aware throttle, Mirela would not have had to pause it by hand.
""",
    actions="""
Y Y N PREVENTS | Platform | 2023-09-01 | Add a final step to the cluster migration tool that compares provisioned capacity with the source cluster and rolls back if it is more than 10% lower
Y Y Y PARTIAL | Mirela Popescu | 2023-08-25 | Make the custom status job back off exponentially when database p95 latency exceeds 500 ms
N Y Y PARTIAL | Delroy |  | Double-check capacity after migrations
Y Y Y DETECTS | Oksana Hrytsenko |  | Alert when the custom status cluster's CPU stays above 85% for 10 minutes
N N N PARTIAL | we |  | Make migrations safer
Y Y N PARTIAL | Platform | 2023-08-18 | Block cluster migrations in the 15 minutes before each full hour in the migration scheduler
N Y N PARTIAL | Platform |  | Consider spreading the custom status job over the hour
Y Y Y PARTIAL | Delroy Campbell | 2023-08-11 | Spread custom status processing over the hour with random jitter of up to 10 minutes per batch
N Y N PARTIAL | me | 2023-09-30 | Learn more about the database cluster's capacity limits
Y Y N PARTIAL | Support |  | Add the blurry-image symptom to the support triage guide with a link to the database dashboard
N Y N PARTIAL | TBD |  | Review the custom status feature
""",
    ww="""
C | Pausing the custom status job cleared most errors within minutes.
V | Great teamwork across time zones.
C | The capacity fix for the migration was deployed the same evening.
"""))

S.append(dict(
    url="https://slack-status.com/2024-03-28",
    people=["Anneliese Vogt", "Kojo Amankwah", "Rafaela Meireles"],
    blame="""
B failure-verb | Kojo didn't load-test the change before shipping it to the user activity database.
B passive-agent | Sign-ins were broken by Kojo's change for half an hour.
B counterfactual | None of this happens if Rafaela had kept the change behind a flag like we asked.
B sarcasm | Thanks Kojo, really appreciated the surprise 5x traffic on a Thursday.
B hindsight | The traffic graph was obvious from the first minute; Anneliese just wasn't looking at it.
B human-error | Root cause: developer error in the new database access path.
B role-blame | The reviewer waved the change through without looking at the query volume.
B nobody-blame | Nobody thought to check what that change would do to the database.
O actor-neutral | Kojo merged the change to the user activity service on Tuesday after the usual review.
O system-failure | The database service timed out by itself after about 30 minutes, which let it recover.
O system-should | The service should have shed the unexpected traffic instead of letting error rates climb.
O policy-subject | Anneliese pointed out that our change policy does not require load tests for new query paths.
O agentless-passive | Code changes were paused while the traffic was investigated.
O meta-blameless | 'Kojo shipped a bad change' tells us nothing about why the database accepted five times its normal load.
O neutral-fact | A small number of users could not sign in or use workflows between 10:47 and 11:20 AM PDT.
O quoted-question | Why did the database have no limit on requests from a single caller?
""",
    actions="""
Y Y Y PREVENTS | Kojo Amankwah | 2024-04-12 | Rate-limit the new traffic path into the user activity database to twice its measured baseline
Y Y N PARTIAL | Database team | 2024-04-30 | Add load shedding to the user activity database service that rejects low-priority callers above 80% CPU
N N N PARTIAL | Engineering |  | Be more careful with database changes
Y N N PARTIAL | Engineering |  | Require a load test report for every change that adds a new query path to a shared database, ongoing
N Y Y PARTIAL | Anneliese |  | Look into the database timeout behaviour
Y Y Y DETECTS | Rafaela Meireles | 2024-04-05 | Page the database on-call when the sign-in error rate exceeds 2% for 3 minutes
N N N DETECTS | SRE |  | Improve our monitoring in general
Y Y N PARTIAL | Release engineering |  | Put the user activity service change behind a feature flag that can be switched off without a deploy
N Y Y PARTIAL | Kojo | 2024-04-20 | Figure out why the new path sends so many queries
Y Y Y PARTIAL | @anneliese | 2024-04-10 | Add a section to the auth runbook on pausing code changes, with the command that freezes the deploy queue
N N N PARTIAL | everyone |  | Think before merging
""",
    ww="""
C | Pausing all code changes within minutes kept new deploys out of the picture while the traffic was traced.
V | Everyone stayed calm.
V | Plenty of takeaways for everyone.
"""))

S.append(dict(
    url="https://gitlab.com/gitlab-com/gl-infra/production/-/issues/6713",
    people=["Eero Lahtinen", "Zanele Dube", "Paulina Sosa"],
    blame="""
B failure-verb | @elahtinen missed the saturation alert and only declared after it was over.
B role-blame | EOC didn't rate-limit the domain even though we discussed it last month.
B repeat-offender | Third Pages flood that @zdube's team has let through since January.
B rhetorical-question | @psosa why was per-domain rate limiting still sitting in your backlog?
B counterfactual | If Zanele had shipped the rate limit when she said she would, this was a non-event.
B timeline-blame | 17:40 - @elahtinen finally wakes up and declares
B sarcasm | Amazing response time, team, we declared the incident a full minute after it ended.
B implicit | Some people in this channel knew the Pages fleet had no per-domain limit and sat on it.
O neutral-fact | 17:40 - @elahtinen declares incident in Slack.
O actor-neutral | @psosa blocked the flood against the victim domain at the edge after the incident was declared.
O system-failure | The Pages fleet failed to isolate one domain's traffic from every other site.
O system-should | Alerting should have fired during the six minutes of saturation, not after them.
O org-subject | The CDN provider forwarded the flood to origin because no rule for that domain existed.
O agentless-passive | The per-domain rate limit was planned in January and had not been built yet.
O meta-blameless | Calling this "EOC was slow" hides the fact that nothing paged until the flood was over.
O error-term | The 5xx errors all came from the saturated Pages fleet.
""",
    actions="""
Y Y N PREVENTS | Pages team | 2022-04-30 | Enforce a per-domain request rate limit of 500 rps at the Pages edge
Y Y Y DETECTS | @elahtinen | 2022-04-08 | Page the EOC when the Pages error ratio exceeds the SLO for 2 consecutive minutes
N Y Y PARTIAL | @zdube |  | Review the Pages capacity plan
Y Y Y PARTIAL | Paulina Sosa |  | Add a runbook entry for blocking a single victim domain at the CDN, including the exact rule syntax
N N N PARTIAL | Infrastructure |  | Make Pages more resilient to abuse
Y Y N PARTIAL | Pages team | 2022-05-31 | Serve each custom domain from its own queue so one domain can use at most 5% of the fleet's workers
N Y N PARTIAL | Pages team | 2022-04-15 | Look at the traffic patterns from this flood
N N N PARTIAL | Infrastructure |  | Go through every Pages saturation alert in the weekly ops meeting, ongoing
N N Y PARTIAL | Eero |  | Respond faster to Pages alerts
Y Y Y PARTIAL | Zanele Dube | 2022-04-22 | Export the flood's request log to the security team's abuse tracker together with the list of source ASNs
N N N PARTIAL |  |  | Get better at handling DDoS
""",
    ww="""
C | The CDN rule blocking the victim domain went in 12 minutes after the incident was declared.
V | Great job everyone.
C | The Pages dashboard showed within a minute that a single domain produced all of the 5xx responses.
"""))

S.append(dict(
    url="https://discord.statuspage.io/incidents/ywdwttd6b0hg",
    people=["Wiremu Parata", "Beatrix Hollis", "Harish Pillai", "Dagny Aasen"],
    blame="""
B group-blame | Discord devs clearly can't keep their own servers alive for a single evening.
B human-error | Honestly this smells like human error by whoever was on call.
B competence | Real engineers would have restarted the sessions cluster in five minutes, not forty.
B failure-verb | Harish didn't restart the sessions nodes until it was far too late.
B mistake-attribution | Messages not sending tonight was Dagny's circuit-breaker code, plain and simple.
B character | The sessions team is lazy about load testing, everyone knows it.
B counterfactual | Had Beatrix tested the backpressure against a real guild reboot, nothing would have stalled.
B rhetorical-question | How did Wiremu not notice that half the sessions nodes were unresponsive?
O system-failure | A guilds node hit a host error and rebooted, sending millions of events to the sessions cluster.
O system-failure | Backpressure and circuit breakers in the sessions service did not hold against that burst of events.
O org-subject | The hosting provider reported the guilds node's host error as a hardware fault.
O actor-neutral | Support staff escalated the user reports to the incident chat at 15:32 PDT.
O actor-neutral | Harish noticed the offline guilds node a minute after the escalation and started on the guild service.
O system-should | The sessions cluster should have degraded gracefully instead of freezing inside the Erlang VM.
O quoted-question | What in the VM's scheduling let one flood of events stop every sessions node?
O meta-blameless | Pointing at whoever owns the guilds node does nothing about a VM bug that any burst could trigger.
""",
    actions="""
Y Y N PREVENTS | Sessions team | 2018-04-30 | Upgrade the Erlang VM on the sessions cluster to the release that fixes the scheduler stall, with a regression test that replays the guild-reboot event burst
Y Y Y PARTIAL | Beatrix Hollis | 2018-04-15 | Cap the rate of events a rebooting guilds node can send to the sessions cluster at 50,000 per second
N N N PARTIAL | Engineering |  | Strengthen our real-time infrastructure
Y Y Y DETECTS | Dagny Aasen |  | Alert when more than 2 sessions nodes stop answering health checks for 60 seconds
N Y Y PARTIAL | Harish |  | Investigate the Erlang VM bug
Y Y N PARTIAL | SRE | 2018-05-15 | Write a runbook for a rolling restart of the sessions cluster with the expected reconnect time per batch
N N Y PARTIAL | Wiremu Parata |  | Be quicker to restart stuck clusters
Y Y N PARTIAL | Support |  | Add a support macro that posts the status page link when messages are not sending
N Y N PARTIAL | Sessions team | 2018-05-01 | Explore better backpressure for the sessions service
Y N N PARTIAL | Sessions team |  | Run a guild-node reboot game day against the sessions cluster every quarter, ongoing
N N N PARTIAL | we |  | Make sure nothing like this happens again
""",
    ww="""
C | Support escalated user reports to the incident chat four minutes after the node rebooted.
V | The community was very understanding.
C | The public status page showed the incident eight minutes after the reboot.
"""))

S.append(dict(
    url="https://discordstatus.com/incidents/qk9cdgnqnhcn",
    people=["Zaid Haddadin", "Maren Haugland", "Hoang Minh Chau"],
    blame="""
B timeline-blame | 14:11 Zaid insists on a rolling restart, makes everything worse
B timeline-blame | 14:20 Maren's broken cache rule finally found
B passive-agent | The edge caching rule was misconfigured by Maren months ago and nobody caught it.
B failure-verb | Chau failed to test the API instances against a Redis failover before rollout.
B counterfactual | If Zaid had waited for the latency to settle, we would never have needed the full restart.
B group-blame | The API team has been ignoring the known Redis failover bug for a year.
B sanction | Maren's edge config access is suspended until the review is done.
B hindsight | Anyone who looked at that caching rule would have seen it was wrong; Maren didn't.
O neutral-fact | 14:01 engineers alerted to anomalies via real-time metrics
O neutral-fact | 14:02 previous Redis primary confirmed unavailable; cluster failed over to the secondary
O agentless-passive | 14:02 P1 ticket raised with the cloud provider about the automatic migration
O actor-neutral | 14:11 Zaid starts a rolling restart of all API instances to clear the Redis connection issues
O system-failure | The API instances did not handle the Redis failover and kept connections open to the dead primary.
O system-failure | A caching rule at the edge sent clients to an expensive API route without caching the response.
O system-should | Client reconnect logic should have spread the reconnect load instead of hitting the API all at once.
O policy-subject | Chau noted that edge caching rules have no review step and no recorded owner.
""",
    actions="""
Y Y Y PREVENTS | Hoang Minh Chau | 2020-04-15 | Fix the API's Redis client to drop connections to a failed primary and reconnect to the promoted secondary, with an integration test that kills the primary
Y Y N PREVENTS | Edge team | 2020-04-01 | Correct the edge caching rule for the expensive API route and add a test asserting that the route is cached for 60 seconds
Y N N PARTIAL | Edge team |  | Require a second reviewer for every edge caching rule change, ongoing
N Y N PARTIAL | Edge team |  | Audit edge caching rules
Y Y Y PARTIAL | Zaid Haddadin | 2020-04-30 | Add jittered exponential backoff to client reconnects so a full restart spreads reconnects over at least 10 minutes
N N N PARTIAL | Infrastructure |  | Reduce our exposure to cloud provider maintenance
Y Y N DETECTS | SRE | 2020-04-10 | Alert when any API instance reports Redis connection errors for more than 60 seconds
N Y Y PARTIAL | Maren |  | Double-check edge config before deploying
N Y N PARTIAL | API team | 2020-05-01 | Evaluate alternatives to the current Redis cluster topology
Y Y N PARTIAL | SRE | 2020-04-20 | Opt the API Redis cluster out of automatic live migration and schedule its host maintenance in a weekly window
N N Y DETECTS | Chau |  | Keep an eye on provider maintenance notices
""",
    ww="""
C | Engineers saw the Redis anomaly in real-time metrics within a minute of the migration.
V | The team worked really hard all afternoon.
C | The P1 ticket raised with the provider at 14:02 confirmed early that an automatic migration had taken the node offline.
"""))

S.append(dict(
    url="https://fly.io/infra-log/2025-04-19",
    people=["Gustavo Pinheiro", "Ailsa McNab", "Ren Fujimura"],
    blame="""
B failure-verb | gustavo never load tested the wireguard mutation path, so the lock bottleneck shipped
B mistake-attribution | the 503s were ren's mutex config, full stop
B sarcasm | love that ailsa's fix was "add more servers" and call it engineering
B self-blame | ugh, I wrote that lock and never thought about contention, sorry all (ren)
B group-blame | the API team keeps shipping locking code nobody understands
B implicit | not naming names but someone's been sitting on that containerd bug report for a month
B nobody-blame | nobody bothered to chase the machines that wouldn't boot until customers shouted
B repeat-offender | that's ren's second lock-contention outage since february
O actor-neutral | ailsa added capacity to the Rails API servers about ten minutes into the outage
O system-failure | a misconfigured mutex lock serialized WireGuard configuration requests and bottlenecked the GraphQL API
O system-failure | containerd's lease handling let flyd fall out of sync and boot machines from stale block devices
O self-report | I saw 503s from the GraphQL API while deploying an internal app and opened the incident (gustavo)
O system-counterfactual | if the API exported lock wait time, ren would have found the mutex in minutes instead of guessing
O agentless-passive | the lock configuration was fixed a few days later
O quoted-question | why did extra capacity help at all if the problem was a single lock?
O neutral-fact | flyctl and the web dashboard were unavailable while the GraphQL API returned 503s
""",
    actions="""
Y Y Y PREVENTS | Ren Fujimura | 2025-04-25 | Replace the global mutex around WireGuard peer creation with a per-organization lock and add a test with 200 concurrent mutations
Y Y Y DETECTS | @ailsa | 2025-04-30 | Alert when GraphQL mutation p50 latency exceeds 2 seconds for 5 minutes
N N N PARTIAL | API team |  | Improve API performance
Y Y N PARTIAL | Platform |  | Turn the ad-hoc tool that reconciles flyd and containerd leases into a supported command with a runbook entry
N Y Y PARTIAL | Gustavo |  | Investigate containerd lease handling
Y Y N PREVENTS | Orchestration team | 2025-05-31 | Make flyd verify a block device's lease with containerd before every boot and refuse to boot from a stale device
N N Y PARTIAL | Ren |  | be careful with locks in hot paths
Y Y Y DETECTS | Gustavo Pinheiro | 2025-05-09 | Export lock wait time per mutex from the Rails API to the metrics pipeline
N N N PARTIAL | everyone |  | Read the infra log more often
Y N N PARTIAL | API team |  | Review lock usage in every new GraphQL mutation before merge, ongoing
N N N PARTIAL | Platform | 2025-06-01 | Think about how to detect slow-burn boot failures earlier
""",
    ww="""
C | Adding Rails API capacity brought the API back about ten minutes into the outage, before the lock was understood.
V | Nice work y'all.
C | Error logging pointed straight at containerd's lease handling for the machines that would not boot.
"""))

S.append(dict(
    url="https://fly.io/infra-log/2025-04-05",
    people=["Bartholomew Achterberg", "Nilufar Rashidova", "Tane Horomona"],
    blame="""
B role-blame | The provisioning engineer left the root volumes in a nonstandard state and moved on.
B competence | Frankly, the people running provisioning are not senior enough for control-plane hardware.
B failure-verb | Tane did not verify the drives before the machines went into the FKS control plane.
B counterfactual | Had Nilufar insisted on separate hardware for the control plane, we would not be writing this.
B human-error | I would classify the FKS failure as human error in provisioning.
B character | Bartholomew was careless about the correlated-hardware risk, and everyone knew it.
B rhetorical-question | Tane, how does an automated provisioning run end up with hand-edited root volumes?
B sanction | Going forward Tane will not approve hardware changes without my sign-off.
O system-failure | A correlated hardware failure took out most of the etcd cluster behind FKS in ORD and a large part of it in IAD.
O system-failure | Automated provisioning left the root volumes on those machines in a nonstandard state, which it should not be able to do.
O system-should | An FKS control plane failure should not have been able to disrupt the managed Postgres control plane.
O policy-subject | Nilufar reminded us that our hardware placement policy does not spread the control plane across racks.
O org-subject | Our upstream provider took the SJC deployment down for maintenance and brought it back with LACP pairs missing.
O neutral-fact | Internal testing of managed Postgres alerted the team to the FKS problem at about 5:00 EST.
O meta-blameless | I have written 'human error' in drafts before; this time I want the review to explain how the provisioning system allowed it.
O credit | Thanks to Bartholomew for getting etcd quorum back inside the 40-minute acute phase.
""",
    actions="""
Y Y N PREVENTS | Provisioning | 2025-05-15 | Make the provisioning pipeline refuse to hand over a host whose root volume layout differs from the standard template
Y Y Y PARTIAL | Nilufar Rashidova | 2025-06-30 | Place the FKS etcd members in three different racks with separate power in ORD and IAD
Y Y Y PREVENTS | Tane Horomona | 2025-05-31 | Remove the managed Postgres control plane's runtime dependency on FKS so that an FKS outage leaves it running
N N N PARTIAL | Infra |  | Make the control plane more reliable
N N N PARTIAL | Bartholomew Achterberg / Nilufar Rashidova |  | Review hardware vendor quality
Y Y N DETECTS | SRE | 2025-04-30 | Alert when the FKS etcd cluster in any region has fewer than a quorum of healthy members for 30 seconds
N N N PARTIAL | Management |  | Ensure provisioning staff follow procedures
Y Y N PARTIAL | SRE |  | Write a runbook for restoring etcd quorum in FKS from snapshots, listing the snapshot locations per region
N Y N PARTIAL | Network team | 2025-05-01 | Ask the SJC upstream provider about their maintenance procedures
Y N N PARTIAL | Network team |  | Require 72 hours' notice of upstream maintenance in SJC and hold an internal change freeze there during each window, ongoing
N N Y PARTIAL | Tane |  | Retrain on provisioning
""",
    ww="""
C | Internal testing of managed Postgres caught the FKS failure before any customer report.
V | Great ownership from the infra team.
C | Bouncing the confused internal services brought SJC back about 20 minutes after the maintenance went wrong.
"""))

S.append(dict(
    url="https://status.sentry.io/incidents/pb2zf10q85wn",
    people=["Esperanza Ibarra", "Lorcan Phelan", "Ji-ho Seo"],
    blame="""
B group-blame | Sentry's engineers obviously never test anything before pushing to prod.
B failure-verb | Lorcan shipped the debug-file change without running it against production-sized traffic.
B human-error | Classic developer error, and we all paid for it with half a day of missing transactions.
B sarcasm | Congrats to Esperanza on the longest backlog in company history.
B mistake-attribution | The whole slowdown is thanks to Ji-ho's little refactor.
B passive-agent | The pipeline was knocked over by Lorcan's debug file processing change.
B competence | Junior engineers should not be touching the processing pipeline.
B nobody-blame | Nobody even looked at throughput after the deploy.
O system-failure | A small code change to debug file processing unbalanced the pipeline and slowed every event type.
O system-failure | The pipeline could not absorb the backlog and process new events in real time at the same time.
O actor-neutral | Lorcan deployed the debug file processing change on the morning of 1 October.
O org-subject | Several customers asked on the status page whether their transactions would be processed at all.
O system-should | Processing capacity should have had enough headroom to burn down a backlog while keeping up with live traffic.
O neutral-fact | Transactions produced before 15:30 UTC were still being processed late into the evening.
O meta-blameless | The trigger was a code change; this review is about why one change could create hours of backlog.
O action-item | Ji-ho to add a throughput comparison to the canary stage of the processing pipeline.
""",
    actions="""
Y Y N PARTIAL | Processing team | 2024-11-08 | Raise transactions pipeline throughput to 4x the September peak on the same infrastructure and load-test it at 3x
Y Y Y DETECTS | Ji-ho Seo | 2024-10-15 | Alert when transaction processing lag exceeds 10 minutes in the US region
Y Y Y PARTIAL | Lorcan Phelan | 2024-10-22 | Add a canary stage that compares per-partition throughput with the stable version and halts the rollout at a 20% drop
N N N PARTIAL | we |  | Absorb future slowdowns better
N Y Y PARTIAL | Esperanza |  | Assess the debug file processing design
Y N N PARTIAL | Status page owners |  | Include the backlog cut-off time in every status update while a processing backlog drains
N N Y PARTIAL | Lorcan |  | Test more thoroughly
N Y N PARTIAL | Processing team | 2024-12-01 | Look into processing the backlog and live events side by side
Y Y Y PREVENTS | Esperanza Ibarra | 2024-10-18 | Revert the debug file processing change and add a regression test that fails if one partition receives more than twice its share
Y N N PARTIAL | Processing team |  | Run a backlog burn-down drill on the transactions pipeline every quarter, ongoing
N N N PARTIAL | TBD |  | Improve ingestion reliability
""",
    ww="""
C | Monitors caught the transaction processing slowdown before customers reported it.
V | Transparent communication with customers.
C | The throughput project finished in early November and was tested at 3x the previous maximum.
"""))

S.append(dict(
    url="https://github.blog/2024-03-13-github-availability-report-february-2024",
    people=["Matilda Frost", "Cheng Yiming", "Chidinma Ugwu"],
    blame="""
B failure-verb | Cheng restored the primary too early and didn't check the queue first.
B timeline-blame | 10:32 Cheng botches the restore to primary
B counterfactual | If Matilda had left traffic on the secondary, there would have been no second spike.
B rhetorical-question | Who decided it was fine to flip back to the primary without a checklist, Chidinma?
B repeat-offender | Second job-queue incident in one week, and both times the same on-call.
B self-blame | I flipped it back without watching the queue depth, my fault (Cheng)
B human-error | Bottom line: the second outage was human error during restoration.
B group-blame | The job queue team keeps treating failover as an afterthought.
O system-failure | The automated failover system did not fail over on February 26, so traffic had to be moved by hand.
O actor-neutral | Matilda manually failed over to the secondary cluster, and processing caught up.
O agentless-passive | Traffic was restored to the primary at 10:32 UTC, and queued jobs began to pile up.
O system-should | The restoration procedure should have required normal queue depth before traffic went back to the primary.
O system-counterfactual | If the failover tool showed queue depth next to the switch, Cheng would have held off.
O neutral-fact | 95% of the delays on February 29 fell in a 22-minute window between 11:05 and 11:27 UTC.
O actor-neutral | Chidinma's correction at 11:21 UTC stopped the queue growth and started the burn-down.
O quoted-question | Why did the automated failover work on the 29th but not on the 26th?
""",
    actions="""
Y Y N PREVENTS | Job queue team | 2024-03-29 | Make the failback command refuse to move traffic to the primary while queue depth is above twice normal
Y Y Y PARTIAL | Matilda Frost | 2024-03-22 | Double the job queuing service's cluster capacity and record the new sustained throughput
N N N PARTIAL | Job queue team |  | Improve the scalability and reliability of job processing
Y Y Y DETECTS | Chidinma Ugwu |  | Alert when webhook delivery delay exceeds 5 minutes for 3 consecutive minutes
N Y Y PARTIAL | Cheng |  | Be more careful when restoring to the primary
Y Y N PARTIAL | SRE | 2024-03-15 | Add an automated failover test to the job queue's weekly game day, passing when traffic is on the secondary within 2 minutes
N Y N PARTIAL | Job queue team |  | Investigate why automated failover did not trigger on February 26
N N N PARTIAL | Engineering | 2024-06-30 | Consider a new job processing platform
Y Y Y PARTIAL | @cheng | 2024-03-08 | Add a failback checklist to the job queue runbook with the queue depth, worker count and error rate thresholds to confirm before restoring the primary
N N N PARTIAL | SRE |  | Check queue depth before and after every failover and failback, ongoing
N N Y DETECTS | Matilda |  | Keep an eye on the queue after failovers
""",
    ww="""
C | Manually failing over to the secondary cluster mitigated the February 26 incident with no data lost.
V | Awesome collaboration.
C | After the correction at 11:21 UTC the backlog was fully burned down by 11:27.
"""))

# heldout16 rules data (see ../rules/SOURCES-heldout16.md). All people invented.
# Software teams only (SaaS, open source, games, dev tools, 2012-2025). Style: internal drafts before a facilitator cleans them
# (chat with handles, timeline rows, quoted Slack, retro stickies, managers' comments, sarcasm) mixed with calmer report prose.
S = []

S.append(dict(url="https://aws.amazon.com/message/680587/",
people=["Vrenmira Verhoosel", "Oskarrin Ashgrove-Okonjo", "Tiwaleth Mwalecastell", "Rufino Tsegazeab"],
blame="""
B failure-verb | vrenmira ran the ELB maintenance job against prod state instead of the test fleet and didn't even notice for hours
B passive-agent | The production ELB state data was wiped by Oskarrin's cleanup process on Christmas Eve afternoon.
B counterfactual | If Tiwaleth had asked for change approval like everyone else has to, Netflix would have had a quiet Christmas.
B human-error | Root cause: human error during routine maintenance of the ELB control plane.
B sarcasm | great timing @rufino, nothing says happy holidays like deleting load balancer state at noon on the 24th
B rhetorical-question | how does a developer with two years on the team not know which endpoint is prod??
B group-blame | The ELB devs treat production access like a personal sandbox, always have.
B sanction | mgr comment: Vrenmira's prod access is revoked until further notice, no exceptions, and this goes in her review
B hindsight | Anyone could have predicted that standing prod access for developers would end exactly like this.
B timeline-blame | 12:24 PST | Oskarrin deletes the ELB state data (oops)
O actor-neutral | 12:24 PST | Oskarrin starts the maintenance process; it runs against the production state store
O system-failure | The maintenance process failed to ask for a confirmation or a change ticket before writing to the production endpoint.
O system-should | The recovery tooling should have been able to restore state to a point in time without rebuilding each load balancer by hand.
O neutral-fact | At peak a few percent of the load balancers in US-East were affected, and full recovery took until midday on the 25th.
O credit | Tiwaleth spotted that the API errors all came from load balancers changed after the job started, which narrowed the blast radius fast.
O quoted-question | retro sticky: why did a small group of developers still hold access that had been granted for automation?
O policy-subject | The access policy let a few developers keep persistent production access, so the process needed no per-change approval.
O meta-blameless | "Vrenmira deleted it" is not a root cause; the process would have done the same for anyone holding that access.
O agentless-passive | Control plane changes for new load balancers were disabled during recovery to stop the state diverging further.
O org-subject | The ELB team chose to rebuild state from a snapshot and merge later changes rather than replay every API call.
""",
actions="""
Y Y N PREVENTS | ELB engineering | 2013-01-31 | Require a change-management approval for every process that writes to production ELB state data, enforced by the data store's access policy
Y Y Y PREVENTS | Rufino Tsegazeab | 2013-01-15 | Remove standing production access from all ELB developers and log every temporary grant with its ticket number
N N N PARTIAL | we |  | Be more careful with production over the holidays
Y Y Y DETECTS | @dverhoosel | 2013-01-20 | Page the ELB on-call when more than 50 load balancer state records are deleted within ten minutes
N Y N PARTIAL | ELB team | 2013-02-01 | Go through the maintenance process with the team
Y Y N PARTIAL | AWS | 2012-12-31 | Post a public summary of the ELB event with the start, detection and recovery times
Y Y Y PREVENTS | Tiwaleth Mwalecastell | 2013-03-01 | Add point-in-time restore of ELB state data and rehearse a full restore on a staging copy in under one hour
N N N PARTIAL |  |  | Harden the ELB control plane in general
N Y Y PARTIAL | Oskarrin | 2013-01-10 | Double-check the maintenance scripts before running them
Y N N DETECTS | the ELB on-call |  | Compare the state store's record count with the previous day's every morning and post the difference in the team channel
N Y N PARTIAL | customer support |  | Keep the big customers better informed
Y Y Y PARTIAL | R. Tsegazeab | 2013-02-15 | Make the maintenance tool print the target environment and refuse production unless it is given a change ticket ID
N N Y PARTIAL | Vrenmira Verhoosel |  | Think about a holiday change freeze
Y Y N DETECTS | the platform observability team | 2013-02-28 | Add a per-region ELB API error-rate panel that pages at 2% errors sustained for five minutes
""",
ww="""
C | Freezing control plane changes kept the state data from diverging further while the restore ran.
V | Everyone pulled together over the holiday.
C | The snapshot from before the job was intact, so no load balancer configuration had to be recreated from customer tickets.
"""))

S.append(dict(url="https://github.blog/2012-09-14-github-availability-this-week/",
people=["Quenlivar Okorafor-Vink", "Ammerin Skoglundhe", "Jorvane Kwarteng-Hale", "Elowen Szabadkai"],
blame="""
B failure-verb | quenlivar kicked off the schema migration at peak on a monday and just walked away from it
B passive-agent | Pacemaker was left in maintenance mode by Ammerin overnight, with nobody watching the cluster.
B counterfactual | Had Jorvane run the migration on the standby first, the failover loop never would have started.
B rhetorical-question | who in their right mind runs a big ALTER on the main MySQL cluster at 9am Pacific?
B group-blame | ops never understood how PRM actually decides to fail over, and it showed all week
B competence | a competent DBA would have known a cold replica can't take full production load
B human-error | Primary cause: operator error while the cluster was in maintenance mode on Tuesday.
B implicit | Timeline summary: Monday, migration (Quenlivar). Tuesday, maintenance mode left on (Ammerin). Wednesday, data inconsistency.
B repeat-offender | this is the second migration this quarter Quenlivar has run without telling the on-call
B sarcasm | thanks @elowen for the "quick" cluster fix that showed people other users' private repo events
O actor-neutral | Mon 09:02 PDT - Quenlivar starts the migration on the main cluster; load on the active node rises steadily
O system-failure | The health check failed to get an answer under the migration load, and PRM failed over to a replica with a cold buffer pool.
O system-should | The cluster manager should not fail back and forth between nodes on a single slow health check.
O neutral-fact | For a short window some dashboards showed events from private repositories the viewer had no access to.
O credit | Ammerin noticed the ID mismatch between the nodes and disabled the affected dashboard feeds within minutes.
O quoted-question | Slack, Jorvane: "what made PRM think a busy primary was a dead one?"
O policy-subject | Our migration guideline asked for off-peak runs but did not say who approves a migration on the main cluster.
O system-counterfactual | If the replica had been promoted only after catching up, its auto-increment IDs would have matched the old primary.
O meta-blameless | Pinning this on "whoever pressed the button" skips the part where the cluster manager promoted a stale node by design.
O agentless-passive | The site was put in maintenance mode for about an hour on Tuesday while the cluster state was repaired.
""",
actions="""
Y Y N PREVENTS | the database team | 2012-10-15 | Require migrations on the main MySQL cluster to run through the online schema-change tool, blocked otherwise by a pre-deploy check
Y Y Y PREVENTS | Jorvane Kwarteng-Hale | 2012-10-01 | Change the PRM health check so a failover needs three consecutive failed checks instead of one
N N N PARTIAL | we |  | Get better at MySQL
Y Y Y DETECTS | @elowen | 2012-09-28 | Alert when the maximum auto-increment ID on any replica differs from the primary's by more than 1000
N Y N PARTIAL | ops | 2012-10-05 | Document the cluster
N Y Y PARTIAL | Quenlivar | 2012-09-21 | Take more care when scheduling migrations in future
Y Y N PARTIAL | GitHub | 2012-09-14 | Publish a post on the availability problems of this week with the affected features and times
Y N N DETECTS | the on-call |  | Check the Pacemaker mode at every shift handover and note it in the ops log
N N N PARTIAL | TBD |  | Fix our failover story
Y Y Y PREVENTS | M. Skoglundhe | 2012-11-01 | Make maintenance mode expire after two hours unless renewed, with a page to the on-call when it expires
N Y N PARTIAL | the support team |  | Handle the private-data reports properly
Y Y Y PARTIAL | Elowen Szabadkai | 2012-10-20 | Identify every user shown another user's private repository events and email each of them by 20 October
N N Y PARTIAL | jorvane.kh |  | Look into replacing PRM at some point
Y Y N DETECTS | the infrastructure team | 2012-10-12 | Add a dashboard showing buffer pool warmth of each replica next to the failover candidate order
""",
ww="""
C | The affected dashboard feeds were switched off within minutes of the first private-data report.
V | Comms in the incident channel were good all week.
V | Great effort from ops this week.
"""))

S.append(dict(url="https://blog.cloudflare.com/how-and-why-the-leap-second-affected-cloudflare-dns/",
people=["Havrenna Oduwole-Pask", "Cirillo Maasdorpe", "Talwyn Edozien-Rask", "Brennagh Holtzmarek"],
blame="""
B failure-verb | havrenna wrote the upstream RTT code with wall-clock time and never thought about the clock going backwards
B passive-agent | The leap second readiness check was signed off by Cirillo without anyone grepping for time.Now.
B counterfactual | If Talwyn had run the leap second smear test on RRDNS like we did for the proxy, we'd have seen the panic in December.
B group-blame | the DNS team always figures leap seconds are somebody else's problem
B rhetorical-question | how do you write a weighted random pick that blows up on a negative number and not guard it??
B sarcasm | happy new year from @brennagh, whose resolver celebrated midnight by panicking
B human-error | Root cause: human error, a developer assumed time only moves forward.
B hindsight | We all knew the leap second was coming; it was obvious something in the resolver would trip on it.
B self-blame | I'm the one who reviewed that RTT change in 2015 and I missed it, this one's on me.
B character | Cirillo never reads the Go docs closely, so of course time.Now got used for durations.
O actor-neutral | 00:00 UTC | Talwyn gets the first page for SERVFAIL responses on CNAME lookups, seconds after the leap second
O system-failure | The resolver subtracted two wall-clock readings across the leap second, got a negative duration, and rand.Int63n panicked on it.
O system-should | The upstream selection code should clamp any negative round-trip time to zero before using it as a weight.
O neutral-fact | At the peak about 0.2% of DNS queries to the resolver failed, mostly for records needing an upstream lookup.
O credit | Cirillo read the panic trace at 00:11 and pointed at the RTT weighting, which gave us the one-line fix.
O quoted-question | incident doc: why did our leap second checklist cover NTP and kernels but not application code?
O policy-subject | Our leap second checklist asked teams to confirm NTP behaviour and said nothing about how code measures durations.
O org-subject | The DNS team shipped a patch that clamps negative values and rolled it to every data centre that morning.
O self-report | I merged the RTT change and I'd add that the review tool showed nothing about time semantics; we had no test with a backwards clock.
O system-counterfactual | If Go had exposed a monotonic clock at the time, the subtraction would never have gone negative.
""",
actions="""
Y Y N PREVENTS | the DNS team | 2017-01-15 | Clamp every computed duration in the resolver to zero or above and add a test that steps the clock back one second
Y Y Y PARTIAL | Talwyn Edozien-Rask | 2017-01-31 | Add a lint check that flags subtraction of two wall-clock readings in any Go service and fails CI on new cases
N N N PARTIAL | we |  | Get leap-second ready next time round
Y Y Y PREVENTS | @havrenna | 2017-02-15 | Move duration measurements in RRDNS to a monotonic clock source and verify with a clock-step test
N Y N PARTIAL | SRE | 2017-01-20 | Revisit the leap second checklist
Y N N DETECTS | the DNS on-call |  | Watch SERVFAIL rates per data centre for the hour around every leap second or clock event and log the peak
N N N PARTIAL |  |  | Understand time better as an organisation
N Y Y PARTIAL | Cirillo | 2017-01-10 | Read up on Go time handling
Y Y Y PARTIAL | B. Holtzmarek | 2017-03-31 | Run each Go service against a clock that jumps back one second in staging and list every panic found
N Y N PARTIAL | the Go team |  | Make time APIs safer
N Y N PARTIAL | Cloudflare | 2017-01-01 | Say something publicly about the DNS problems
Y Y N DETECTS | the observability team | 2017-02-28 | Alert when any service's panic count rises above ten per minute in a single data centre
N N Y PARTIAL | Havrenna Oduwole-Pask |  | Keep leap seconds in mind
Y Y Y PREVENTS | cirillo.m | 2017-02-10 | Replace rand.Int63n calls that take a computed weight with a helper that rejects non-positive input and logs it
""",
ww="""
C | The panic trace pointed at the RTT weighting within eleven minutes, so the fix was a one-line clamp.
V | Nice to see folks online on New Year's Eve.
C | The failures were limited to about 0.2% of queries because only upstream lookups used the broken weighting.
"""))

S.append(dict(url="https://blog.cloudflare.com/incident-report-on-memory-leak-caused-by-cloudflare-parser-bug/",
people=["Berengar Iwuchukwu", "Idrienne Marchetti-Ojo", "Corvanno Dlamuka", "Wendrith Tsakiridou"],
blame="""
B failure-verb | berengar shipped the new parser path and didn't bother fuzzing the old ragel code it switched on
B passive-agent | The == check that should have been >= was written by Idrienne years ago and never looked at again.
B counterfactual | If Corvanno had reviewed the generated C instead of just the Ragel grammar, we'd have caught the overrun in 2016.
B group-blame | the HTML team has a habit of bolting features onto a parser nobody understands
B rhetorical-question | how do you roll out a memory-unsafe parser change to the whole edge with no bounds checking??
B competence | Frankly, people who can't spot an off-by-one in a buffer check shouldn't be touching the edge proxy.
B human-error | Root cause (draft): programmer error in the end-of-buffer check.
B sarcasm | cool cool, so google's cache now has our customers' auth tokens, nice work @idrienne
B mistake-attribution | Berengar's migration to the new parser is what leaked the memory, the rest is background.
B role-blame | The on-call lead sat on the Project Zero report for almost an hour before waking anyone up.
O actor-neutral | Fri 00:11 UTC | Wendrith receives the report from Project Zero and opens the incident
O system-failure | The generated parser read past the end of its buffer when a page ended with a malformed tag, and wrote the memory into the response.
O system-should | The parser should have had a hard bounds check that did not depend on the grammar being correct.
O neutral-fact | At the peak, about one request in 3.3 million leaked memory, from a small set of features on a small set of sites.
O credit | Corvanno found that only email obfuscation, server-side excludes and automatic HTTPS rewrites reached the buggy path, which told us which switches to pull.
O quoted-question | retro sticky: why could a latent bug in the old parser be switched on by a change to the new one?
O agentless-passive | Email obfuscation was disabled globally 47 minutes after the report arrived.
O org-subject | The security team worked with the major search engines to purge cached pages that held leaked memory.
O meta-blameless | The first draft said "programmer error"; we took it out because the build accepted unchecked pointer arithmetic from any author.
O system-counterfactual | Had the edge run the parser under a fuzzer with sanitizers, the overrun would have shown up in the test environment.
""",
actions="""
Y Y N PREVENTS | edge engineering | 2017-04-30 | Remove the Ragel HTML parser from the edge and serve every feature that used it from the new parser
Y Y Y DETECTS | Corvanno Dlamuka | 2017-03-15 | Run the HTML parser under a fuzzer with AddressSanitizer in CI and block merges on any new crash
N N N PARTIAL | we |  | Write safer code
Y Y Y PREVENTS | @idrienne | 2017-03-10 | Add an explicit end-of-buffer bounds check in the parser output routine with a regression test built from the reported page
N Y N PARTIAL | security | 2017-03-01 | Look at the search engine caches
Y N N DETECTS | the security team |  | Search the public caches each week for strings matching leaked-memory markers and purge any hit
Y Y N PARTIAL | Cloudflare | 2017-02-23 | Publish the incident report with the dates of exposure and the features involved
N N N PARTIAL |  |  | Rethink how we use C at the edge
N Y Y PARTIAL | Berengar | 2017-03-20 | Review the parser migration
Y Y Y PARTIAL | W. Tsakiridou | 2017-03-31 | Add a per-feature global kill switch for every HTML-rewriting feature and test each switch in staging
N Y N PARTIAL | the HTML team |  | Get more eyes on parser changes
Y Y N DETECTS | edge observability | 2017-04-15 | Alert when the rate of responses with bytes after the closing html tag rises above its seven-day baseline
N N Y PARTIAL | Idrienne Marchetti-Ojo |  | Consider moving away from generated parsers
Y Y Y PREVENTS | berengar.i | 2017-04-07 | Make every new parser code path ship behind a flag that is enabled in 1% of colos for a week before global rollout
""",
ww="""
C | Email obfuscation was switched off worldwide within 47 minutes of the report.
V | The response was world class.
C | Knowing exactly which three features reached the bug let us disable them without waiting for a code fix.
"""))

S.append(dict(url="https://www.epicgames.com/fortnite/en-US/news/postmortem-of-service-outage-at-3-4m-ccu",
people=["Zephrine Oduya-Kallas", "Marrowen Duysterhuis", "Ysbeth Quorrandel", "Dorrance Pelekai"],
blame="""
B failure-verb | zephrine bumped the matchmaking config on saturday morning and ignored the load test numbers from thursday
B passive-agent | The MCP database write path was never sharded because it was deprioritised by Marrowen, twice.
B counterfactual | If Ysbeth had turned on the login queue when the CCU alert first fired, the account service would have stayed up.
B group-blame | backend always assumes the next season will look like the last one, every single time
B rhetorical-question | are we seriously surprised the DB fell over when nobody on platform has load tested past 2M?
B sarcasm | shoutout to @dorrance for the "we're fine up to 5 million" estimate in the planning doc
B human-error | Cause of the third outage: human error when restarting the XMPP cluster during peak.
B mistake-attribution | Sunday's hour of downtime is on Marrowen's emergency index change, everything after that was cleanup.
B sanction | prod lead note: nobody from live ops touches the MCP cluster without sign-off from me for the rest of the season
B timeline-blame | Sat 17:40 UTC, Zephrine restarts the XMPP nodes all at once, presence dies for everyone
O actor-neutral | Sat 17:40 UTC, Zephrine restarts the XMPP nodes following the runbook; all clients reconnect at the same moment
O system-failure | The profile database's write load passed what one primary could handle, so queries queued and the services above it timed out.
O system-should | The XMPP cluster should have shed reconnecting clients instead of accepting every connection and falling over.
O neutral-fact | Concurrent players peaked at about 3.4 million, far above the numbers we had load tested.
O credit | Ysbeth wrote the login queue throttle on Sunday afternoon and it held the account service at a level it could serve.
O quoted-question | #live-ops, Dorrance: "what's the highest CCU we've actually tested the profile DB at?"
O policy-subject | The capacity plan assumed growth from the previous season and had no step for a sudden doubling of players.
O org-subject | The platform team decided to cap logins through a queue rather than add database hardware during the weekend.
O agentless-passive | Matchmaking was paused for most regions for about an hour while the profile database recovered.
O meta-blameless | Saying "Zephrine restarted it wrong" hides that the runbook told everyone to restart every node at once.
""",
actions="""
Y Y N PREVENTS | the platform team | 2018-03-15 | Split the profile service writes across separate database shards so no single primary takes more than a third of writes
Y Y Y DETECTS | Ysbeth Quorrandel | 2018-02-20 | Page live ops when login rate exceeds 80% of the last tested capacity for five minutes
N N N PARTIAL | we |  | Scale better next season
Y Y Y PREVENTS | @mduysterhuis | 2018-02-28 | Change the XMPP runbook to restart nodes one at a time with a 60-second pause, and make the script enforce it
N Y N PARTIAL | backend | 2018-03-01 | Improve the database
Y N N DETECTS | live ops |  | Compare peak CCU with the last load-tested figure every Monday and post the gap in the ops channel
Y Y N PARTIAL | Epic Games | 2018-02-08 | Post a public postmortem listing each outage of the weekend and what was changed
N N N PARTIAL |  |  | Plan for growth properly
N Y Y PARTIAL | Zephrine | 2018-02-16 | Get familiar with the XMPP cluster
Y Y Y PARTIAL | D. Pelekai | 2018-03-31 | Load test the account, profile and matchmaking services together at 5 million simulated players and publish the results
N Y N PARTIAL | the database vendor |  | Help us tune MongoDB
Y Y N PREVENTS | online services | 2018-03-10 | Keep the login queue permanently enabled with a threshold set from the latest load test
N N Y PARTIAL | Marrowen Duysterhuis |  | Think about a new architecture for profiles
Y Y Y DETECTS | ysbeth.q | 2018-02-25 | Alert when the profile database's write queue stays above 500 operations for two minutes
""",
ww="""
C | The login queue, written during the incident, kept the account service up for the rest of the weekend.
V | Live ops showed incredible commitment all weekend.
V | A lot of lessons learned for next season.
"""))

S.append(dict(url="https://wiki.gentoo.org/wiki/Project:Infrastructure/Incident_Reports/2018-06-28_Github",
people=["Aurvin Skjervhaug", "Nnenna Castellvi-Brook", "Teovald Ravensholt", "Priyasha Gwendolyn-Mbeki"],
blame="""
B failure-verb | aurvin neglected to turn on 2fa for an org admin account and used a guessable password scheme on it
B passive-agent | Admin rights on the GitHub org were handed out by Nnenna to people who hadn't logged in for years.
B counterfactual | None of this would have happened if Teovald had enforced 2FA for the org when it was first proposed.
B competence | an infra admin who reuses a password pattern across sites has no business holding org owner rights
B rhetorical-question | how is it 2018 and an org owner is still on password-only auth??
B group-blame | the devs treat the GitHub mirror as somebody else's problem, which is exactly how an attacker got owner on it
B implicit | Weak passwords: Aurvin. No 2FA: Aurvin. Stale admins: Nnenna.
B human-error | Root cause: the compromise was caused by human error (a predictable password).
B sarcasm | great, rm -rf in the ebuilds, at least @aurvin's password had a nice pattern to it
B nobody-blame | Nobody bothered to review who had owner rights on the org in the last two years.
O actor-neutral | 20:38 UTC | Priyasha notices she has been removed from the GitHub organization and alerts the infra channel
O system-failure | The GitHub organization did not require two-factor authentication, so one password was enough to take owner rights.
O system-should | The GitHub mirror should have been flagged as untrusted in every place users were pointed at it.
O neutral-fact | The attacker pushed commits adding rm -rf to several ebuilds and removed the other developers from the organization.
O credit | Teovald contacted GitHub support within minutes and the organization was frozen shortly after.
O quoted-question | incident notes: why did one admin credential reach every repository in the org?
O policy-subject | Our 2FA policy covered the project's own infrastructure but said nothing about third-party mirrors.
O org-subject | Gentoo infrastructure kept the canonical repositories on its own servers, and they were not affected.
O agentless-passive | The malicious commits were reverted and the organization was restored after GitHub unfroze it.
O neutral-fact | Had the attacker not removed the developers, the compromise might have gone unnoticed for much longer.
""",
actions="""
Y Y N PREVENTS | Gentoo infrastructure | 2018-07-15 | Require two-factor authentication for every member of the GitHub organization and remove members without it
Y Y Y PREVENTS | Teovald Ravensholt | 2018-07-10 | Reduce org owner rights to three named admins and record the list in the infrastructure wiki
N N N PARTIAL | everyone |  | Everybody should pick stronger passwords
Y Y Y DETECTS | @nnenna.cb | 2018-07-20 | Send an alert to the infra channel within five minutes of any membership or owner change in the GitHub org
N Y N PARTIAL | the council | 2018-08-01 | Talk about the GitHub mirror
Y N N DETECTS | infra on-call |  | Review the GitHub org audit log every week and post anything unexpected to the infra list
Y Y N PARTIAL | Gentoo | 2018-06-29 | Publish the incident report with the timeline and the affected repositories
N N N PARTIAL |  |  | Take security more seriously as a project
N Y Y PARTIAL | Aurvin | 2018-07-05 | Rotate passwords
Y Y Y PARTIAL | P. Gwendolyn-Mbeki | 2018-07-31 | Write a runbook for a compromised mirror, including who calls GitHub support, and rehearse it once
N Y N PARTIAL | GitHub |  | Be quicker to freeze orgs
Y Y N PREVENTS | the infrastructure team | 2018-08-15 | Configure the mirror so pushes are accepted only from the sync bot's deploy key
N N Y PARTIAL | Nnenna Castellvi-Brook |  | Look into signing for the mirror at some point
Y Y Y DETECTS | teovald.r | 2018-07-25 | Add a check that fails the nightly sync when the mirror has commits not present in the canonical repository
""",
ww="""
C | The removal of developers from the org was noticed within about ten minutes because each one received an email.
V | Good coordination across the project.
C | The canonical repositories on our own servers were untouched, so users syncing from them were never exposed.
"""))

S.append(dict(url="https://github.com/facebook/facebook-ios-sdk/issues/1373",
people=["Kazimo Adebanjo-Lutz", "Rosmaire Achterhoff", "Tobrenn Mwangaza", "Fennory Zaragozi"],
blame="""
B failure-verb | kazimo bumped the FB SDK in the last release and didn't wrap a single call in a guard
B passive-agent | The SDK was integrated by Rosmaire with startup initialisation on the main path, against the guidelines.
B counterfactual | If Tobrenn had lazy-loaded the SDK like he promised in the last retro, launch would never have touched it.
B group-blame | Facebook's engineers clearly don't test server config against their own SDK before flipping it.
B rhetorical-question | who decided our app launch should depend on a third party's server returning the right JSON type?
B competence | any decent iOS dev knows you don't force-cast whatever comes back from someone else's server
B sarcasm | congrats @fennory, we're now a Facebook outage with an app attached
B mistake-attribution | The crash is Kazimo's integration, Facebook only triggered it.
B character | Rosmaire always integrates SDKs by copy-pasting the quickstart, this was bound to bite us.
B hindsight | it was completely obvious that a remote-config SDK on the launch path would crash us one day
O actor-neutral | 22:31 UTC | Tobrenn sees the crash rate jump in the crash reporter and posts the top stack trace, all inside the FB SDK
O system-failure | The SDK failed to handle a server config field of an unexpected type and crashed the app at launch.
O system-should | The SDK should treat malformed server config as absent instead of crashing the host app.
O neutral-fact | Crash-free sessions fell sharply for about two hours until Facebook rolled back the server change.
O credit | Fennory confirmed from the upstream GitHub issue that other large apps were crashing too, which ruled out our release.
O quoted-question | #ios-oncall, Kazimo: "can we stop the SDK initialising at launch without shipping a build?"
O policy-subject | Our third-party SDK guideline asked for deferred initialisation but nothing in CI checked it.
O org-subject | Facebook rolled back the server-side change and later committed to checks on config changes.
O meta-blameless | Rosmaire's integration followed the vendor's quickstart; the gap is that nothing isolates our launch from vendor config.
O agentless-passive | A remote kill switch for SDK initialisation was added in the next release.
""",
actions="""
Y Y N PREVENTS | the iOS platform team | 2020-06-01 | Initialise every third-party SDK after the first screen renders, enforced by a launch-path lint rule in CI
Y Y Y PREVENTS | Tobrenn Mwangaza | 2020-05-20 | Add a remote flag that disables Facebook SDK initialisation without an app release, and test it on a release build
N N N PARTIAL | we |  | Depend less on third parties
Y Y Y DETECTS | @kazimo | 2020-05-15 | Page the mobile on-call when the crash-free session rate drops below 99% for ten minutes
N Y N PARTIAL | mobile | 2020-05-29 | Review our SDKs
N Y N PARTIAL | Facebook |  | Test their config changes
Y N N DETECTS | the mobile on-call |  | Check the upstream issue trackers of our top five SDKs each morning during a release week and note anything new
N N N PARTIAL |  |  | Harden the app against vendor failures
N Y Y PARTIAL | Rosmaire | 2020-05-22 | Revisit the SDK integration
Y Y Y PARTIAL | F. Zaragozi | 2020-06-15 | List every third-party SDK that runs code at launch, with its owner and its kill switch, in the mobile wiki
Y Y N PREVENTS | mobile architecture | 2020-06-30 | Wrap all vendor SDK calls in a module that catches exceptions and logs them instead of crashing
N Y N PARTIAL | the growth team | 2020-06-10 | Rethink whether Facebook login is worth it
N N Y PARTIAL | Kazimo Adebanjo-Lutz |  | Keep the SDKs up to date
Y Y Y DETECTS | tobrenn.m | 2020-05-27 | Alert when any single third-party framework accounts for more than 20% of crashes in an hour
""",
ww="""
C | Matching our stack trace to the upstream issue within 15 minutes stopped us rolling back a release that was not the cause.
V | The mobile team was super responsive.
V | Nice job everyone.
"""))

S.append(dict(url="https://news-web.php.net/php.internals/113838",
people=["Lorvath Haverkamp-Nduka", "Xandrea Valtonen", "Gidrien Arkwright-Oyelowo", "Mirrowyn Tchoungui"],
blame="""
B failure-verb | lorvath kept the self-hosted git server running long after everyone agreed to drop it and never patched the auth
B passive-agent | Push access over HTTPS was left enabled by Xandrea when the server was last migrated.
B counterfactual | If Gidrien had moved us to GitHub last year like he said he would, there'd have been no server to break into.
B group-blame | the infra volunteers treat git.php.net like a pet they can't bear to put down
B rhetorical-question | why does a project this size still run its own git server with password auth in 2021?
B sanction | honestly whoever owns that server should hand over the keys and step back from infra
B role-blame | The server admin ignored the old warning that the user database was readable.
B human-error | draft cause: human error in the server's access configuration
B repeat-offender | Third security incident on infra Xandrea looks after. At some point that's a pattern.
B nobody-blame | Nobody could be bothered to check the password hashes on master.php.net after the last scare.
O actor-neutral | 2021-03-28 | Mirrowyn spots two commits to php-src in the names of two core developers, neither of whom made them
O system-failure | The git server accepted pushes authenticated against a user database whose password data was later found to have leaked.
O system-should | The server should have required signed commits or key-based push for the main repository.
O neutral-fact | The malicious commits added a backdoor triggered by a crafted request header and were reverted within hours.
O credit | Gidrien compared the commit metadata with the developers' own pushes and confirmed the impersonation the same evening.
O quoted-question | mailing list: "how did a push in Lorvath's name get past authentication without his key?"
O policy-subject | Our contributor policy gave push rights to everyone with a php.net account rather than per repository.
O org-subject | The project decided to stop running its own git server and move the repositories to GitHub.
O meta-blameless | Naming the developer whose name was on the commits helps nobody; their name was forged, and forging it was easy.
O agentless-passive | Passwords for all php.net accounts were reset and write access now needs two-factor authentication on GitHub.
""",
actions="""
Y Y N PREVENTS | PHP infrastructure | 2021-04-15 | Make GitHub the only write target for php-src and set git.php.net read-only
Y Y Y PREVENTS | Gidrien Arkwright-Oyelowo | 2021-04-10 | Turn on mandatory 2FA for the php GitHub organization and remove anyone who has not enabled it within a week
N N N PARTIAL | we |  | Review security across the project
Y Y Y DETECTS | @mirrowyn.t | 2021-04-20 | Add a bot that flags any push to php-src whose committer identity differs from the authenticated pusher
N Y N PARTIAL | infra volunteers | 2021-05-01 | Look at master.php.net
Y N N DETECTS | release managers |  | Read every commit to the release branches before tagging and confirm its author with a message
Y Y N PARTIAL | the PHP project | 2021-03-29 | Announce the compromise on the internals list with the two commit hashes and the decision to move
N N N PARTIAL |  |  | Modernise our infrastructure
N Y Y PARTIAL | Lorvath | 2021-04-05 | Decommission the old server
Y Y Y PARTIAL | X. Valtonen | 2021-04-30 | Rehash every password left in the master.php.net user database with bcrypt and force a reset on next login
N Y N PARTIAL | the core developers |  | Pay more attention to commits from others
Y Y N PREVENTS | the php.net web team | 2021-05-15 | Move master.php.net authentication to GitHub OAuth and delete the local password column
N N Y PARTIAL | Xandrea Valtonen |  | Consider a security audit someday
Y Y Y DETECTS | gidrien.ao | 2021-04-25 | Alert the security list within ten minutes when a branch is force-pushed on any repository of the organization
""",
ww="""
C | The forged commits were spotted and reverted within hours, before any release was tagged.
V | The community responded fantastically.
C | Checking commit metadata against each developer's own history confirmed the impersonation the same evening.
"""))

S.append(dict(url="https://hacks.mozilla.org/2022/02/retrospective-and-technical-details-on-the-recent-firefox-outage/",
people=["Bartrevan Ekwuosi", "Sunnreth Hrachovec", "Ignavel Molapo-Reyes", "Cordula Ashbridge"],
blame="""
B failure-verb | bartrevan forgot that the telemetry load balancer was on the cloud default settings and never pinned the protocol
B passive-agent | The header check was written case-sensitive by Sunnreth and merged without a single HTTP/3 test.
B counterfactual | If Ignavel had read the load balancer release notes, he'd have seen HTTP/3 was about to be switched on by default.
B group-blame | the networking team ships HTTP/3 code paths that nobody outside the team has ever exercised
B rhetorical-question | how does an infinite loop on the socket thread get through review??
B sarcasm | love that @cordula's telemetry endpoint can hang every Firefox on earth, impressive reach for a metrics service
B competence | Someone who actually understood the HTTP spec would know header names are case-insensitive.
B human-error | Root cause: a human error in header parsing combined with a third-party configuration change.
B hindsight | In hindsight it was obvious that depending on a cloud vendor's defaults would burn us.
B implicit | Bug: Sunnreth. Load balancer: Ignavel. Outage: two hours, every desktop user.
O actor-neutral | 07:28 UTC | Ignavel switches HTTP/3 off on the telemetry load balancer and browsers start recovering
O system-failure | The HTTP/3 stack entered an infinite loop on a response whose Content-Length header arrived in a different case, and the socket thread stopped serving every other request.
O system-should | The network stack should have isolated one stuck connection instead of blocking the shared socket thread.
O neutral-fact | For about two hours many Firefox users could not load any page after the browser sent a telemetry request.
O credit | Sunnreth found the loop in a crash-free hang report within the first hour, which told us which switch to flip.
O quoted-question | retro sticky: why can a change on one of our telemetry endpoints reach the browser's main network path?
O policy-subject | Our cloud configuration policy took the provider's defaults unless a service owner pinned a value.
O org-subject | The release team shipped a point release with the header fix two days later.
O meta-blameless | "Ignavel should have read the release notes" is not a fix; no release note said HTTP/3 would be turned on for existing balancers.
O error-term | The first draft called the header bug "programmer error"; the finding is that no test sent headers in mixed case over HTTP/3.
""",
actions="""
Y Y N PREVENTS | the networking team | 2022-02-15 | Make header name matching case-insensitive in the HTTP/3 code and add a regression test sending mixed-case headers
Y Y Y PREVENTS | Ignavel Molapo-Reyes | 2022-01-31 | Pin the protocol versions on every Mozilla-owned load balancer the browser talks to
N N N PARTIAL | we |  | Be more careful with cloud defaults
Y Y Y DETECTS | @sunnreth | 2022-02-28 | Alert when telemetry submissions drop by more than 30% from the same hour last week
N Y N PARTIAL | telemetry | 2022-02-10 | Review the load balancer setup
Y Y N PREVENTS | the Necko team | 2022-03-31 | Move telemetry uploads off the shared socket thread so a stuck request cannot block page loads
N N N PARTIAL |  |  | Make Firefox more resilient
N Y Y PARTIAL | Bartrevan | 2022-02-04 | Learn the HTTP/3 spec properly
Y N N DETECTS | release management |  | Read the cloud provider's change notices every week and file a ticket for each default that affects a Mozilla endpoint
Y Y Y PARTIAL | C. Ashbridge | 2022-02-20 | Document the remote-settings procedure for disabling HTTP/3 in the browser and test it on Nightly
N Y N PARTIAL | the cloud vendor |  | Communicate default changes better
Y Y N PARTIAL | Mozilla | 2022-02-01 | Publish a technical retrospective of the outage on the Hacks blog
N N Y PARTIAL | Sunnreth Hrachovec |  | Think about fuzzing the network stack
Y Y Y DETECTS | ignavel.mr | 2022-02-25 | Add a watchdog that reports any socket-thread task running longer than 10 seconds in release builds
""",
ww="""
C | Switching HTTP/3 off on the telemetry load balancer restored browsing without any client update.
V | Amazing collaboration between teams.
C | The hang reports pointed at the HTTP/3 code within the first hour.
"""))

S.append(dict(url="https://slack.engineering/slacks-incident-on-2-22-22/",
people=["Quintarra Ferreyra-Olu", "Hallbrekt Ndiritu", "Beatrenne Koskimaa", "Anselvo Rotimi-Hargreave"],
blame="""
B failure-verb | quintarra skipped the cache warm-up step in the consul agent rollout and didn't watch the hit rate at all
B passive-agent | The memcached nodes were cycled in big batches by Hallbrekt's rollout, with no check on cache warmth.
B counterfactual | Had Beatrenne throttled client boots when the DB alerts started, we'd have been back in twenty minutes.
B group-blame | the cache team never thinks about what the database sees when they restart things
B rhetorical-question | who signs off on restarting a quarter of the cache fleet at US peak?
B sarcasm | thanks @anselvo, turns out the group DM membership query really does scatter to every shard
B human-error | Primary cause: operator error during the Consul rollout.
B role-blame | The incident commander waited over an hour before deciding to limit boots.
B sanction | eng manager: I want names for who approved the rollout window, and they're off the change calendar for a month
B timeline-blame | 06:00 PT, Hallbrekt restarts the cache fleet and breaks Slack
O actor-neutral | 06:00 PT, Hallbrekt's Consul agent rollout reaches the memcached fleet; nodes leave and rejoin in batches
O system-failure | As cache nodes restarted empty, a membership query that misses the cache fanned out to every database shard and overloaded them.
O system-should | The rollout system should have paused on a falling cache hit rate instead of continuing to the next batch.
O neutral-fact | Many users could not connect or load channels for about three hours, while users already connected saw few problems.
O credit | Beatrenne worked out that client boots, not messages, were driving the database load, which is what made the boot limit work.
O quoted-question | #incident-2222, Anselvo: "why does a cold cache turn into a scatter query across every shard?"
O policy-subject | Our change calendar allowed fleet-wide agent upgrades during business hours as long as they were batched.
O org-subject | The incident team chose to limit the rate of client boots and let the caches refill before raising it.
O meta-blameless | The rollout did what rollouts always did; asking who approved it misses why a cold cache could hurt the database this much.
O agentless-passive | Client boot requests were rate-limited and then raised in steps as the cache hit rate recovered.
""",
actions="""
Y Y N PREVENTS | the cache team | 2022-03-31 | Make the rollout system pause and page when the memcached hit rate drops more than 10 points during a batch
Y Y Y PREVENTS | Anselvo Rotimi-Hargreave | 2022-03-15 | Rewrite the group DM membership query to read from a single shard and verify in staging that a cache miss touches one shard
N N N PARTIAL | we |  | Be smarter about rollouts
Y Y Y DETECTS | @beatrenne.k | 2022-03-10 | Alert when client boot requests per second exceed twice the same minute last week
N Y N PARTIAL | infrastructure | 2022-03-20 | Revisit the Consul setup
Y N N DETECTS | the on-call |  | Watch the cache hit rate graph throughout every fleet-wide agent change and post it at each batch
N N N PARTIAL |  |  | Make Slack more resilient to cache failures
N Y Y PARTIAL | Quintarra | 2022-03-04 | Be around for the next rollout
Y Y Y PARTIAL | H. Ndiritu | 2022-03-25 | Add a boot rate limiter with a documented switch in the incident runbook and exercise it in a game day
N Y N PARTIAL | the database team |  | Keep Vitess healthy
Y Y N PREVENTS | the release engineering team | 2022-04-15 | Restrict fleet-wide agent upgrades on cache hosts to outside US business hours in the change calendar tool
Y Y N PARTIAL | Slack | 2022-04-01 | Publish an engineering blog post on the incident with the timeline and the changes made
N N Y PARTIAL | Beatrenne Koskimaa |  | Look into a new cache architecture
Y Y Y DETECTS | anselvo.rh | 2022-03-18 | Add a dashboard showing queries per shard for the membership keyspace with a page above 3x baseline
""",
ww="""
C | Rate-limiting client boots let the caches refill and brought connections back within the hour after it was applied.
V | People jumped in from everywhere to help.
V | The incident channel stayed calm.
"""))

S.append(dict(url="https://aws.amazon.com/message/101925/",
people=["Evandrel Oyinlola-Strand", "Margarethe Kuusela", "Tiberius Nwachukwu-Fell", "Ondrelle Barraclough-Sen"],
blame="""
B failure-verb | evandrel's enactor change shipped without a single test for two enactors racing on the same plan
B passive-agent | The cleanup step that deleted the live plan was designed by Margarethe with no check for a plan still in use.
B counterfactual | None of this would have happened if Tiberius had kept the manual approval on DNS plan cleanup.
B group-blame | The DNS automation folks always assume their timing is deterministic, and this is what it gets us.
B rhetorical-question | seriously, whose idea was it to let automation delete the record for the busiest endpoint in the region?
B competence | any engineer who has done distributed systems would have seen this race on the whiteboard
B sarcasm | brilliant, an empty DNS record for dynamodb us-east-1, thank you @ondrelle for the world's most expensive race condition
B human-error | Root cause (first draft): a human error in the design of the DNS cleanup process.
B mistake-attribution | The trigger was Evandrel's enactor getting delayed, everything downstream is just fallout.
B implicit | Race: Evandrel. Cleanup: Margarethe. Fifteen hours of us-east-1.
O actor-neutral | 23:48 PDT | Tiberius's dashboard shows DynamoDB API errors rising in us-east-1 and he pages the DNS on-call
O system-failure | One enactor applied an old plan late while another deleted old plans, so the regional endpoint was left with an empty DNS record.
O system-should | The cleanup step should have refused to delete a plan that was still the active one for any endpoint.
O neutral-fact | DNS for the endpoint was restored manually after about three hours, and some dependent services took until the next afternoon to recover.
O credit | Margarethe saw that the endpoint resolved to nothing and restored the record by hand, which ended the DynamoDB part of the event.
O quoted-question | retro sticky: why could the automation leave an endpoint with no records without any guard stopping it?
O policy-subject | The DNS automation design trusted that a plan applied later was always newer, and nothing checked it.
O org-subject | AWS disabled the DNS Planner and Enactor automation worldwide until the race was fixed.
O system-counterfactual | If the EC2 lease manager had backed off under load, instance launches would have recovered as soon as DNS did.
O meta-blameless | Asking "who wrote the cleanup" gets us nowhere; the design let two correct components produce a wrong result together.
""",
actions="""
Y Y N PREVENTS | DynamoDB DNS engineering | 2025-11-30 | Fix the race so an enactor cannot apply a plan older than the one already applied, with a test that replays the October ordering
Y Y Y PREVENTS | Margarethe Kuusela | 2025-11-15 | Make plan cleanup skip any plan that is active for an endpoint and alert when it does so
N N N PARTIAL | we |  | Spread critical dependencies out of us-east-1 somehow
Y Y Y DETECTS | @tiberius.nf | 2025-11-07 | Page the DNS on-call within one minute when any regional service endpoint resolves to zero records
N Y N PARTIAL | EC2 | 2025-12-01 | Look at the lease manager
Y N N DETECTS | the DNS on-call |  | Check the active plan version of every endpoint at the start of each shift and record it
N N N PARTIAL |  |  | Reduce the blast radius of us-east-1
N Y Y PARTIAL | Evandrel | 2025-11-10 | Review the enactor code
Y Y Y PARTIAL | O. Barraclough-Sen | 2025-12-15 | Add a throttle to the EC2 lease manager that caps lease re-establishment rate, and show in a load test that it recovers from a full lease expiry
N Y N PARTIAL | network load balancing |  | Tune the health checks
Y Y N PREVENTS | the NLB team | 2025-12-31 | Limit how much capacity NLB health-check failover can remove in one zone to 20% per minute
Y Y N PARTIAL | AWS | 2025-10-23 | Publish the event summary with the DNS, EC2 and NLB timelines
N N Y PARTIAL | Tiberius Nwachukwu-Fell |  | Think about cell-based DNS
Y Y Y DETECTS | ondrelle.bs | 2025-11-20 | Alert when more than 5% of EC2 hosts in a zone lose their lease within ten minutes
""",
ww="""
C | The empty DNS record was identified and restored by hand about three hours after it appeared.
V | Our people went above and beyond.
C | Disabling the DNS automation worldwide stopped the race from happening in any other region.
"""))

S.append(dict(url="https://blog.cloudflare.com/18-november-2025-outage/",
people=["Casimira Delacroix-Abiola", "Wendrik Haapanen", "Sigrunn Osei-Lamprecht", "Ambrovin Kitanovski"],
blame="""
B failure-verb | casimira changed the clickhouse grants and never checked what the feature file query would return afterwards
B passive-agent | The 200-feature limit was hard-coded by Wendrik with an unwrap on the error path, as if it could never be hit.
B counterfactual | If Sigrunn had rolled the permission change one cluster at a time like the runbook says, we'd have caught the doubled file on the first node.
B group-blame | the bot management team treats their config file like code that can't fail, and the whole proxy pays for it
B rhetorical-question | who writes unwrap() in the hot path of a proxy serving a fifth of the web??
B sarcasm | amazing, @ambrovin's query returned every column twice and took down half the internet, very efficient
B competence | Any reasonable Rust developer knows unwrap on untrusted input is a crash waiting to happen.
B human-error | Cause: operator error during a database permissions change.
B role-blame | The incident lead kept chasing a DDoS for two hours because the status page was down too.
B repeat-offender | Second global config-file outage in six years, same team both times.
O actor-neutral | 11:20 UTC | Casimira's permission change reaches the first ClickHouse nodes; the next feature file is generated with duplicate rows
O system-failure | The proxy failed to handle a feature file above its 200-feature limit and panicked instead of keeping the previous file.
O system-should | The proxy should have rejected an oversized feature file and kept serving with the last good one.
O neutral-fact | Because the file was regenerated every five minutes from nodes that had or had not received the change, the errors came and went.
O credit | Wendrik linked the 5xx errors to the bot management module panics, which pointed us at the feature file and away from an attack.
O quoted-question | #inc-1118, Sigrunn: "why did a grants change alter what a metadata query returns?"
O policy-subject | Our config propagation policy treated internally generated files as trusted, so they skipped the checks applied to customer input.
O org-subject | The team stopped generation of new feature files and pushed a known-good file to the whole network at 14:24.
O system-counterfactual | Had the query filtered on the database name, the permission change would have had no effect on the file.
O meta-blameless | "Casimira broke prod" was posted in the channel; the change was reviewed, and nothing in the pipeline checked the file it produced.
""",
actions="""
Y Y N PREVENTS | the proxy team | 2025-12-15 | Make the proxy keep the last good feature file and log an error when a new file exceeds any limit, with a test that loads a 400-feature file
Y Y Y PREVENTS | Wendrik Haapanen | 2025-12-01 | Add a filter on database name to the feature metadata query and a test that fails when duplicate columns are returned
N N N PARTIAL | we |  | Treat internal config with more suspicion
Y Y Y DETECTS | @sigrunn | 2025-12-05 | Alert within two minutes when a generated feature file differs in row count by more than 10% from the previous one
N Y N PARTIAL | bot management | 2025-12-10 | Review the feature file pipeline
Y N N DETECTS | the SRE on-call |  | Compare each new feature file's size with the previous one during every database change window and post it in the channel
N N N PARTIAL |  |  | Make the network safer to change
N Y Y PARTIAL | Casimira | 2025-11-28 | Double-check grants next time
Y Y Y PARTIAL | A. Kitanovski | 2026-01-15 | Add a global kill switch for the bot management module and exercise it in a staging game day
N Y N PARTIAL | the status page provider |  | Keep the status page up during our incidents
Y Y N PREVENTS | data platform | 2026-01-31 | Roll out ClickHouse permission changes to one cluster at a time with a one-hour hold between clusters
Y Y N PARTIAL | Cloudflare | 2025-11-19 | Publish a detailed incident report with the timeline and code involved
N N Y PARTIAL | Ambrovin Kitanovski |  | Reconsider hard-coded limits across the proxy
Y Y Y DETECTS | wendrik.h | 2025-12-12 | Page when proxy panics exceed 100 per minute across the network
""",
ww="""
C | Pushing the known-good feature file restored most traffic within about ten minutes of the decision.
V | Huge thanks to everybody who jumped on this.
C | Tying the 5xx errors to the bot module panics ended the DDoS theory and pointed at the file.
"""))

# heldout35 rules data (see ../rules/SOURCES-heldout35.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Cloudflare Flowspec router crash 2013, Windows Azure storage certificate expiry 2013,
# Outlook.com / Hotmail datacentre heat event 2013, GitHub power disruption 2016, Verizon / BGP optimizer route leak
# 2019, Cloudflare Atlanta backbone 2020, Hacker News twin SSD failure 2022) and 7 outside software (R101 airship 1930,
# Hartford Civic Center roof 1978, Mississauga derailment 1979, Japan Air Lines 123 1985, I-35W bridge 2007, Montara
# well blowout 2009, Pike River mine 2010).
# Styles vary: network-ops IRC and customer forum, cloud-forum anger and analyst quotes, facilities ticket and webmail
# user forum, Jira comments and PR review, NANOG-style mailing list and tweets, Slack thread and internal RCA, terse
# sysadmin notes and link-aggregator comments, 1930 inquiry and newspaper editorial, 1978 newspaper and engineers'
# report, railway union minutes and letters to the editor, translated Japanese report and aviation forum, NTSB
# hearing and talk radio, offshore inquiry prose and rig e-mail, Royal Commission prose and West Coast pub talk.
S = []

# 1. Cloudflare, 3 March 2013, 09:47-10:49 UTC: DDoS on a customer's DNS; attack profiler output packet lengths of
# 99,971-99,985 bytes; a Flowspec rule to drop them was relayed to every Juniper edge router in 23 data centres; the
# routers consumed all RAM and crashed; many could not be rebooted remotely and needed on-site hard reboots.
S.append(dict(url="https://blog.cloudflare.com/todays-outage-post-mortem-82515/",
people=["Iseult Brevard", "Gianmarco Bramwell-Tanui", "Kelda Brassard-Tully", "Wojciech Ombasi"],
blame="""
B failure-verb | gianmarco pushed the flowspec rule to every edge box at once and never bothered to try it on a single router first
B passive-agent | The drop rule for 99,971-byte packets was typed up by Wojciech and sent fleet-wide without anybody looking at the numbers.
B counterfactual | If Kelda had noticed that no packet can be 99,971 bytes long, the rule never goes out and nobody's site goes dark.
B group-blame | The ops crew treated Flowspec like a toy and took 785,000 websites down with it on a Sunday morning.
B sarcasm | Nice work, network team: you fought off a DDoS by doing the attacker's job for them on every router you own.
B competence | Anyone who can't tell that a packet bigger than your own MTU is nonsense shouldn't be writing router filters.
B rhetorical-question | who in their right mind ships a rule to 23 data centres without a canary?? asking for 785k sites
B role-blame | Whoever was on the ops desk that morning owns this outage, plain and simple.
O system-failure | The edge routers accepted the Flowspec rule, consumed all their memory and crashed, and the remote reboot tooling failed to bring most of them back.
O system-should | The router software should have rejected a match on a packet length larger than any interface could carry.
O actor-neutral | Iseult spotted that the DNS error rate had gone to nearly 100 percent at 09:48 and opened the incident bridge.
O neutral-fact | The outage ran from 09:47 to 10:49 UTC and affected every one of the 23 data centres and all services behind the web proxy.
O policy-subject | The change process Gianmarco worked under let attack signatures become router rules on all edge routers in a single step.
O system-counterfactual | Had the out-of-band consoles been reachable, the stuck routers could have been power-cycled from the office instead of by people on site.
O agentless-passive | The bad rule was withdrawn within minutes, and the remaining routers were hard rebooted by data-centre staff.
O meta-blameless | A customer wrote "some junior pressed the wrong button"; the write-up asks instead why one command could reach every router at once.
""",
actions="""
Y Y N PREVENTS | Network engineering | 2013-04-15 | Push every new Flowspec rule to one edge router first and hold the fleet-wide push until that router has run for ten minutes with memory below 80 percent.
N N N PARTIAL | Cloudflare and Juniper | | Improve the partnership with our router vendor.
Y Y Y DETECTS | Iseult Brevard | 2013-03-31 | Alert the ops channel when any edge router's free memory falls under 20 percent for more than 60 seconds.
N Y Y PARTIAL | Gianmarco | 2013-05-01 | Look into the attack profiler output.
Y Y N PARTIAL | Data centre operations | | Connect every edge router to an out-of-band console and a switched power strip reachable over a separate network, and test a remote power-cycle in each site.
N N N DETECTS | we | | Take more care when touching Flowspec.
Y Y Y PREVENTS | Kelda Brassard-Tully | 2013-04-30 | Make the rule generator refuse any packet-length match above 4,470 bytes, the largest packet the network carries.
N Y N PARTIAL | Ops team | | Tighten up Flowspec usage.
Y N N PARTIAL | Network engineering | 2013-06-30 | Reproduce the crash in the lab with the exact rule and file the result with the vendor as a case with a reference number.
N Y Y DETECTS | Wojciech | | Stay on top of the routers when under attack.
Y Y N DETECTS | | 2013-04-01 | Post a status page update automatically within five minutes whenever DNS error rates pass 10 percent in three or more data centres.
""",
ww="""
C | Data-centre staff in every site were reached by phone and hard rebooted the stuck routers within the hour.
C | The post-mortem went up the same day with the exact rule and timings, which stopped the rumours about an attack.
V | Everybody pulled together.
"""))

# 2. Windows Azure Storage, 22-23 Feb 2013: the SSL certificate for storage endpoints expired at 12:44 PST (20:44 UTC);
# HTTPS to blob, table and queue failed worldwide, HTTP kept working; dependent services (Xbox Live saves, NuGet,
# hosted TFS) were hit; 99% restored about 01:00 PST, full by 20:00 PST Saturday; SLA credits offered.
S.append(dict(url="https://datacenterknowledge.com/training-certifications/windows-azure-cloud-crashed-by-expired-ssl-certificate",
people=["Yetunde Firthwaite", "Gottfried Ruddlesden", "Zlatomira Sandoval-Pruitt", "Ezekias Marchetti-Lowe"],
blame="""
B failure-verb | Somebody named Ezekias forgot to renew the storage certificate and the whole planet's HTTPS storage went dark at lunchtime on a Friday.
B passive-agent | The renewal reminder was dismissed by Gottfried three weeks earlier, according to people on the team.
B counterfactual | Had Yetunde put the expiry date in her calendar like any sysadmin would, nobody's Xbox saves would have disappeared.
B group-blame | Microsoft's cloud people can spend fifteen billion on datacentres but can't manage a seventy-dollar certificate.
B sarcasm | Amazing engineering, Azure team, two certificate outages in two Februaries, see you next leap year.
B hindsight | It was obvious to anyone who ever ran a web server that this cert would bite them; the date was printed right on it.
B human-error | RCA (customer summary): root cause was human error, certificate renewal not performed.
B character | This is what happens when the people running a cloud are too lazy to check a date.
O system-failure | The storage front ends kept serving the expired certificate because the renewed one had not been deployed to the clusters, and clients failed to complete the TLS handshake.
O system-should | The deployment pipeline should have refused to leave any cluster with a certificate less than thirty days from expiry.
O actor-neutral | Zlatomira confirmed from a forum screenshot at 13:30 PST that the storage certificate had expired and started the repair in the test environment.
O neutral-fact | HTTPS traffic to storage failed worldwide from 12:44 PST on 22 February; plain HTTP requests were not affected.
O policy-subject | The renewal runbook that Ezekias maintained covered issuing the certificate but not deploying it to each storage cluster.
O system-counterfactual | If certificate expiry had been monitored per endpoint from outside, the alarm would have fired weeks before any customer noticed.
O agentless-passive | The updated certificate was rolled out cluster by cluster, and 99 percent availability was restored by about 01:00 PST.
O quoted-question | A forum post asked, "So did the HTTPS certificate for storage just expire?", and the answer turned out to be yes.
""",
actions="""
Y Y N PREVENTS | Storage deployment | 2013-03-22 | Block any storage cluster deployment that leaves a certificate with fewer than 30 days to expiry and report the blocked cluster by name.
N N N PARTIAL | Microsoft | | Restore customer trust in the platform.
Y Y Y DETECTS | Zlatomira Sandoval-Pruitt | 2013-03-08 | Probe every public storage endpoint from outside the network each hour and page on-call when any certificate is within 45 days of expiry.
N Y Y PARTIAL | Yetunde | 2013-04-01 | Review the certificate process.
Y N N PARTIAL | Platform operations | 2013-06-30 | Keep an inventory of every certificate served by every Azure service, with owner and expiry date, and reconcile it weekly against the endpoints.
N N N DETECTS | everyone | | Stay on top of expiry dates.
Y Y Y PREVENTS | Gottfried Ruddlesden | 2013-04-15 | Renew storage certificates automatically 60 days before expiry and deploy them through the normal pipeline without a manual step.
N Y N PARTIAL | Storage team | | Make the certificate rollout faster.
Y Y N PARTIAL | Support | | Credit every affected subscription per the SLA and send each customer the incident summary by e-mail.
N Y Y DETECTS | Ezekias | | Pay closer attention to the status dashboard.
N N N PARTIAL | | | Learn from the leap-day outage as well.
""",
ww="""
C | Customers on the forum found that switching to plain HTTP worked, and the dashboard repeated that workaround within the hour.
V | The teams responded with great urgency.
V | Overall the handling was solid.
"""))

# 3. Outlook.com / Hotmail, 12-13 March 2013: a routine firmware update on a core part of the physical plant in one
# region of a datacentre failed unexpectedly; rapid temperature spike; safeguards cut access to mailboxes on many
# servers and also blocked automatic failover; restoration needed software fixes and human intervention; 13:35 PDT to
# 05:43 PDT next day.
S.append(dict(url="https://www.microsoft.com/en-us/microsoft-365/blog/2013/03/13/details-of-the-hotmail-outlook-com-outage-on-march-12th/",
people=["Ezio Penhallow-Graff", "Esi Carvalhosa", "Themba Ayodele-Strand", "Mariko Nwachukwu-Pyle"],
blame="""
B failure-verb | Themba ran the plant firmware update in the middle of a weekday afternoon and ignored the temperature trend on his own screen.
B passive-agent | The cooling controller firmware was flashed by Ezio without anyone from the mail service being told.
B counterfactual | if esi had stopped the rollout after the first rack warmed up we'd have lost ten minutes of mail, not sixteen hours
B group-blame | The facilities crew cooked a datacentre and the mail team just sat there waiting for somebody else to fix it.
B timeline-blame | 13:35 PDT temperature spike in region 4; facilities tech (F. Ayodele-Strand) continues firmware sequence on next unit regardless.
B mistake-attribution | This was Mariko's change ticket, her approval, her outage.
B sanction | Whoever signed off that firmware push should not be allowed near the plant again.
B nobody-blame | Not a single person in that building thought to check whether failover even worked when the safeguards kicked in.
O system-failure | The firmware update on the plant controller failed in an unexpected way, and the temperature safeguards took a large group of mail servers offline.
O system-should | The mailbox failover should have moved users to servers in another region when the safeguards fenced off this one.
O actor-neutral | Esi saw the first thermal alarms at 13:37 and called the facilities desk to halt further firmware work.
O neutral-fact | Access to Hotmail and Outlook.com mailboxes was interrupted from 13:35 PDT on 12 March until 05:43 PDT on 13 March 2013.
O policy-subject | The update procedure Ezio followed had succeeded before and did not call for a temperature check between units.
O system-counterfactual | If the thermal safeguard had released servers to the failover system instead of holding them, most mailboxes would have moved within minutes.
O agentless-passive | The affected servers were brought back by hand once the room had cooled, and mail was restored overnight.
O self-report | I was on the mail on-call that night and the honest truth is the failover tooling simply had no path for this state.
""",
actions="""
Y Y N PREVENTS | Datacentre facilities | 2013-05-01 | Apply plant controller firmware to one cooling unit at a time and wait until inlet temperature has held steady for 30 minutes before the next.
N N N PARTIAL | Facilities and Windows Services | | Align the two organisations on change management.
Y Y Y DETECTS | Esi Carvalhosa | 2013-04-01 | Send server-room inlet temperature to the mail service's alerting and page on-call when any region rises 5 degrees in ten minutes.
N Y Y PARTIAL | Ezio | 2013-04-15 | Double-check the firmware before the next update.
Y Y N PREVENTS | Mail platform | | Make mailbox failover run when servers enter thermal protection, and prove it in a drill that fences one rack.
N N N DETECTS | we | | Improve monitoring of the physical plant.
Y Y Y PARTIAL | Mariko Nwachukwu-Pyle | 2013-05-15 | Require change tickets for physical plant work to list the online services in the affected region and notify each service's on-call before work starts.
N Y N PARTIAL | Facilities | | Harden the firmware rollout.
Y Y N PARTIAL | Mail platform | 2013-06-30 | Write a runbook for restoring servers after thermal shutdown and time a full rehearsal of it in a test hall.
N Y Y DETECTS | Themba Ayodele-Strand | | Stay alert during maintenance windows.
Y Y N DETECTS | | 2013-03-29 | Post a status message for mail within 15 minutes whenever more than 1 percent of mailboxes cannot be opened.
""",
ww="""
C | The thermal safeguards did what they were built for, and no server hardware or mailbox data was lost.
V | Strong commitment from all the teams involved.
C | A detailed public explanation was posted on 13 March, one day after the outage.
"""))

# 4. GitHub, 28 Jan 2016, 00:23 UTC: brief power disruption in the primary data centre; a little over 25% of servers and
# some network devices rebooted; ChatOps on rebooted hosts slowed the response; status page set red at 00:32; a firmware
# issue stopped one class of servers seeing their drives after power-cycle ("flea power" drained by hand); app processes
# would not start without Redis; Redis clusters rebuilt on other hardware; 2 h 6 min down; no data lost.
S.append(dict(url="https://github.blog/2016-02-03-january-28th-incident-report/",
people=["Hildegund Szczepaniak", "Mthunzi Ravensdale", "Tamati Okonkwo-Barras", "Abena Vukmirovic"],
blame="""
B failure-verb | Mthunzi never tested whether the app could boot without Redis, he just assumed it could and shipped it.
B passive-agent | The boot-time Redis dependency was merged by Abena two years ago with a review comment of "lgtm".
B counterfactual | If Tamati had applied the disk controller firmware update when it was announced, those machines come straight back after the power blip.
B group-blame | Honestly the infrastructure team built a house of cards and a half-second power dip was enough to find out.
B self-blame | my bad, I was the one who thought it was a DDoS and sent us down the wrong path for the first twenty minutes
B rhetorical-question | why is our chat bot on the same racks as the thing it's supposed to help us fix, who signed off on that?
B sarcasm | Great planning, ops: the status page went red eight minutes after the unicorn did.
B competence | The on-call engineers clearly didn't know the fleet well enough to recognise a power event when they saw one.
O system-failure | A firmware issue kept one class of servers from seeing their own drives after the power cycle, so they failed to boot.
O system-should | The application should have started and served degraded pages when Redis was unreachable instead of refusing to boot.
O actor-neutral | Hildegund drained the residual flea power from a stuck server by hand, and it then saw its drives and booted.
O neutral-fact | At 00:23 UTC on 28 January 2016 a power disruption rebooted slightly over 25 percent of servers in the primary data centre.
O policy-subject | The hardware rollout that Tamati managed had no step to confirm that each server class would boot after a cold power cycle.
O system-counterfactual | If ChatOps had run from a second site, the response would have had its usual tools from the first minute.
O agentless-passive | The Redis clusters were rebuilt on alternate hardware, and the site was back after two hours and six minutes with no data lost.
O credit | Thanks to Abena for keeping the incident notes minute by minute while everyone else was rebuilding Redis.
""",
actions="""
Y Y N PREVENTS | Application platform | 2016-03-15 | Add a CI test that starts every application process with Redis unreachable and fails the build if any process exits.
N N N PARTIAL | Infrastructure and Application teams | | Reduce coupling between services.
Y Y Y PREVENTS | Tamati Okonkwo-Barras | 2016-02-29 | Update the disk controller firmware on every server of the affected class and power-cycle each one to confirm it sees its drives.
N Y Y DETECTS | Mthunzi | 2016-03-01 | Revisit the alerting for the data centre.
Y Y N PARTIAL | ChatOps | 2016-04-30 | Run a copy of the chat bot and its deploy commands in the secondary site and fail over to it in a monthly drill.
N N N PARTIAL | we | | Make GitHub more resilient to power events.
Y Y Y DETECTS | Hildegund Szczepaniak | 2016-02-15 | Set the status page to red automatically when the front ends return HTTP 503 for more than two minutes.
N Y N PARTIAL | Site reliability | | Look at Redis.
Y Y N PARTIAL | Data centre operations | | Cut power to one full rack in the primary site each quarter and record the minutes until every host in it is serving again.
N Y Y DETECTS | Abena | | Communicate better during incidents.
N N N PARTIAL | | | Invest in redundancy.
""",
ww="""
C | Rebuilding Redis from backups on spare hardware worked on the first try, and no data was lost.
C | Draining the flea power was found by one engineer and written into the channel, so every stuck server was fixed the same way.
V | Great teamwork under pressure.
"""))

# 5. Verizon / BGP optimizer route leak, 24 June 2019 from about 10:30 UTC for about two hours: a regional ISP's BGP
# optimizer produced more-specific routes; a customer network of that ISP passed them to its other transit provider,
# Verizon (AS701), which accepted and propagated them; traffic for thousands of networks, including a share of
# Cloudflare's, was drawn through the small networks. The write-up asked for prefix filtering, max-prefix limits, RPKI.
S.append(dict(url="https://blog.cloudflare.com/how-verizon-and-a-bgp-optimizer-knocked-large-parts-of-the-internet-offline-today/",
people=["Frauke Haverbeke", "Eyvind Oyarzabal", "Tolulope Westerhout", "Thorfinn Mwanzia"],
blame="""
B failure-verb | The transit peer's NOC neglected to filter a single prefix from a steel company for over an hour while half the internet melted.
B passive-agent | The optimizer was left exporting more-specifics by Eyvind, who'd been told twice that it wasn't safe on a multihomed customer.
B counterfactual | If Thorfinn had set a max-prefix limit on that customer session like everybody else does, the leak dies at the first hop.
B group-blame | Verizon's network engineers just accepted 20,000 bogus routes and shrugged; that's the whole story.
B hindsight | Anyone who's been on NANOG for more than a week knew this exact leak was coming from that exact kind of box.
B sarcasm | congrats to the BGP optimizer guys, you optimised the internet right into a steel mill in Pennsylvania
B human-error | Cause of outage: operator error at a downstream customer.
B repeat-offender | Same NOC, same missing filters, same excuses as the last two leaks they were involved in.
O system-failure | The BGP optimizer generated more-specific routes that were never meant to leave the ISP, and the customer session failed to keep them in.
O system-should | The transit provider's edge should have dropped prefixes from a customer session that the customer was not registered to announce.
O actor-neutral | Frauke saw traffic from several regions shift onto an unfamiliar path at 10:34 UTC and posted the AS path on the operators' list.
O neutral-fact | For about two hours on 24 June 2019, routes leaked through a small customer network drew traffic for thousands of networks through it.
O policy-subject | The peering policy Tolulope inherited did not require max-prefix limits on customer sessions under a certain size.
O system-counterfactual | Had RPKI origin validation been enforced on that path, many of the leaked more-specifics would have been rejected.
O agentless-passive | The leaked routes were withdrawn once the customer network was reached by phone, and traffic returned to normal paths.
O meta-blameless | The thread kept asking "who screwed up?"; the useful question is which of three networks could have stopped the leak with a setting.
""",
actions="""
Y Y N PREVENTS | Transit provisioning | 2019-08-31 | Apply a max-prefix limit to every customer BGP session, set to twice the customer's registered prefix count, and tear down the session when it is exceeded.
N N N PARTIAL | the industry | | Fix BGP security.
Y Y Y PREVENTS | Tolulope Westerhout | 2019-09-30 | Build prefix filters from the routing registry for every customer session and refresh them nightly.
N Y Y DETECTS | Eyvind | 2019-07-15 | Look into how the optimizer is configured.
Y Y N DETECTS | Network operations | | Alert on any customer session whose accepted prefix count rises more than 50 percent in five minutes.
N N N PARTIAL | we | | Work more closely with our upstreams.
Y Y Y PARTIAL | Thorfinn Mwanzia | 2019-07-31 | Configure the optimizer to tag every route it generates with no-export and confirm from a looking glass that none appears outside.
N Y N DETECTS | NOC | | Be more responsive to leak reports.
Y Y N PARTIAL | Peering | 2019-10-31 | Publish a 24-hour NOC phone number in PeeringDB and answer a test call from another network within 15 minutes.
N Y Y PARTIAL | Frauke | | Raise awareness of route leaks.
Y N N PREVENTS | | 2020-06-30 | Sign ROAs for all of the company's announced prefixes and drop RPKI-invalid routes on every external session.
""",
ww="""
C | The operators' list identified the leaking AS path within minutes, which told everyone whose phone to ring.
V | Operators everywhere rallied round.
V | People were very helpful.
"""))

# 6. Cloudflare backbone, 17 July 2020, 21:12-21:39 UTC: while relieving congestion on the Newark-Chicago backbone
# segment, a one-line change on the Atlanta router made it leak all its BGP routes into the backbone with local
# preference 200, above local server routes (100); traffic converged on Atlanta and overwhelmed it; about 50% traffic
# drop; fixed by disabling the Atlanta router; follow-ups: max-prefix on backbone sessions, local-pref change.
S.append(dict(url="https://blog.cloudflare.com/cloudflare-outage-on-july-17-2020/",
people=["Helmtrud Nakashima-Roth", "Dragan Bloomquist", "Damilare Trescothick", "Ebba Solberg-Adeyemi"],
blame="""
B failure-verb | Dragan deleted the wrong line in the Atlanta term and didn't even bother to look at the diff before he committed.
B passive-agent | The config change in Atlanta was pushed by Ebba straight to production with no second pair of eyes.
B counterfactual | if damilare had just waited for the congestion to clear on its own, 20 data centres stay up
B group-blame | netops keeps hand-editing routers on a friday evening and then acts surprised
B nobody-blame | not one of the four people on the call asked what "deactivate" would actually do to the term
B timeline-blame | 21:12 UTC: engineer (E. Bloomquist) commits Atlanta change without peer review; traffic begins converging on ATL.
B competence | Someone who doesn't understand local-preference shouldn't have commit rights on the backbone.
B sanction | Take the backbone commit rights off whoever did this until they've done the BGP course again.
O system-failure | The Atlanta router advertised all its routes with local preference 200, so every backbone location preferred Atlanta over its own servers and the router failed under the load.
O system-should | The backbone sessions should have had a maximum-prefix limit that shut down the Atlanta session as soon as it leaked the full table.
O actor-neutral | Helmtrud noticed the drop in traffic across 20 locations at 21:14 and suggested disabling the Atlanta router.
O neutral-fact | The outage lasted 27 minutes, from 21:12 to 21:39 UTC on 17 July 2020, and traffic across the network fell by about 50 percent.
O policy-subject | The change procedure Dragan used allowed a one-line edit to a production router with only an automatic syntax check.
O system-counterfactual | Had local server routes carried a higher preference than backbone routes, one location could not have pulled in everyone else's traffic.
O agentless-passive | The Atlanta router was disabled at 21:39, and logs and metrics were fully restored by 22:10 UTC.
O action-item | Follow-up: Damilare adds the backbone max-prefix limit to Monday's change window.
""",
actions="""
Y Y N PREVENTS | Network engineering | 2020-07-20 | Set a maximum-prefix limit on every backbone BGP session so that a session receiving more than its expected routes is shut down.
N N N PARTIAL | NetOps and SRE | | Make the backbone safer.
Y Y Y PREVENTS | Damilare Trescothick | 2020-07-24 | Raise the local preference of local server routes above any value a backbone route can carry, on every edge router.
N Y Y DETECTS | Dragan | 2020-08-15 | Give Atlanta more attention.
Y Y N PARTIAL | Network automation | 2020-09-30 | Require every backbone router change to go through the config pipeline with a rendered diff approved by a second engineer.
N N N DETECTS | everyone | | Pay more attention during maintenance.
Y Y Y DETECTS | Helmtrud Nakashima-Roth | | Alert when any single location's share of backbone traffic doubles within five minutes.
N Y N PARTIAL | Backbone team | | Review the routing policy.
Y N N PARTIAL | | 2020-12-31 | Run every routing-policy change against a simulated copy of the backbone and reject it if any location draws more than 20 percent of traffic.
N Y Y PARTIAL | Ebba | | Document the backbone better.
Y Y N DETECTS | Observability | 2020-08-31 | Ship logs and metrics over a path that does not use the backbone so dashboards stay up during a backbone failure.
""",
ww="""
C | Disabling the Atlanta router brought traffic back within minutes, because the network is built to run without the backbone.
C | The follow-up local-preference change was deployed the same night, before the write-up was published.
V | Calm heads all round.
"""))

# 7. Hacker News, 8 July 2022: the primary server's SSDs failed (early UTC morning), the site moved to the standby,
# whose SSDs failed at about 12:47 UTC; the drives came from the same batch and had hit a known firmware fault at 40,000
# power-on hours; restored from backup on other hardware; down about 7 h 45 min; at most about 30 s of posts lost.
S.append(dict(url="https://news.ycombinator.com/item?id=32026571",
people=["Hemi Okafor-Lindqvist", "Bozena Kettunen-Blom", "Kelechi Mbekweni-Duret", "Lucasta Pemberton-Hale"],
blame="""
B failure-verb | Hemi skipped the firmware advisory that the vendor sent out two years ago, and both boxes died on the same day.
B passive-agent | Both servers were bought and installed by Bozena on the same afternoon with disks from the same batch.
B counterfactual | had lucasta bothered to stagger the disks between the primary and the standby we'd have been down for an hour, not eight
B group-blame | The folks who run this site really have no excuse, the 40,000-hour bug was all over the sysadmin forums in 2020.
B rhetorical-question | Two servers, four SSDs, one batch, one firmware. What exactly did they think redundancy meant?
B self-blame | I'm the one who signed off on "identical hardware for primary and failover", so yes, this one's on me.
B character | Typical hobby-project sloppiness from people who think ops is beneath them.
B hindsight | Should have been obvious to anybody that identical disks installed together would die together.
O system-failure | The SSDs in the standby failed about six hours after the primary's, because the same firmware fault stopped them at 40,000 power-on hours.
O system-should | The drive firmware should have been updated when the advisory came out, and the asset inventory should have flagged it.
O actor-neutral | Kelechi restored the last backup onto a different machine and checked it against the search index before reopening the site.
O neutral-fact | The site was down for about 7 hours 45 minutes on 8 July 2022, and at most about 30 seconds of posts and votes were lost.
O policy-subject | The hardware plan Lucasta wrote assumed the failover server's disks would fail independently of the primary's.
O system-counterfactual | If the standby had used disks of a different model or age, it would very likely have kept the site up after the primary failed.
O agentless-passive | The site was brought back from a backup taken shortly before the failure, and missing posts were checked against the API.
O self-report | I was paged at six in the morning, failed over to the standby, and watched its disks go the same way a few hours later.
""",
actions="""
Y Y N PREVENTS | Site operations | 2022-08-15 | Replace the disks in the failover server with a different model from a different batch than the primary's.
N N N PARTIAL | YC and the hosting provider | | Strengthen the infrastructure.
Y Y Y DETECTS | Kelechi Mbekweni-Duret | 2022-07-31 | Record the power-on hours of every drive weekly and alert 1,000 hours before any drive reaches a count named in a vendor advisory.
N Y Y PARTIAL | Bozena | 2022-09-01 | Check the firmware situation.
Y Y N PARTIAL | Ops | | Subscribe the ops mailbox to the storage vendor's firmware advisories and log each advisory with a decision within a week.
N N N PARTIAL | we | | Avoid single points of failure.
Y Y Y PARTIAL | Hemi Okafor-Lindqvist | 2022-08-31 | Run a timed restore of the latest backup onto spare hardware each month and post the restore time in the ops log.
N Y N DETECTS | Ops | | Monitor the disks better.
Y Y N PARTIAL | Site operations | 2022-10-01 | Keep a warm copy of the site in a second hosting location, replicated every minute, and switch to it in a drill.
N Y Y PARTIAL | Lucasta | | Think about the hardware refresh.
N N N PARTIAL | | | Make backups more robust.
""",
ww="""
C | The last backup had been taken minutes before the crash, so no more than about 30 seconds of posts were lost.
V | Lots of goodwill from the community.
V | The outage was handled well.
"""))

# 8. R101 airship, 4-5 Oct 1930: lengthened over the winter with a new bay for lift; short trials in fair weather and
# no full-speed trial; certificate issued just before departure for India; left Cardington in the evening in worsening
# weather; heavily laden; lost height over France and struck a hillside near Beauvais at about 02:09; 48 of 54 died;
# the inquiry found a sudden loss of gas forward, probably from a torn cover and damaged gasbags, in a downdraught.
S.append(dict(url="https://en.wikipedia.org/wiki/R101",
people=["Halvdan Stanbridge-Voke", "Aldith Pennycuick", "Lancelot Heptinstall", "Eithne Ferrybridge"],
blame="""
B failure-verb | Mr. Heptinstall failed to insist upon the full-speed trial, and the ship went to India without ever having been driven hard.
B passive-agent | The certificate of airworthiness was hurried through by Mr. Stanbridge-Voke so that the ship might sail on the appointed day.
B counterfactual | Had Captain Pennycuick refused to leave Cardington in that weather, forty-eight men would be alive this morning.
B group-blame | The gentlemen of the Air Ministry wanted a triumph for the Imperial Conference, and they have got a funeral instead.
B sarcasm | A splendid advertisement for State enterprise: the largest airship in the world, and it could not get as far as Beauvais.
B character | The officers were vain men, too proud to admit the ship was not ready.
B sanction | Those who sent her out should be made to answer for it before a court, not before a committee.
B rhetorical-question | And who, pray, decided that a few hours' trial in fair weather was sufficient for a voyage to Karachi?
O system-failure | The outer cover forward tore in the rain and wind, and the gasbags beneath it lost gas faster than the ship could lose ballast.
O system-should | The gasbag wiring should have been padded so that the bags could not chafe through against the structure.
O actor-neutral | Miss Ferrybridge at the Cardington wireless station logged the ship's last message, sent shortly after two in the morning.
O neutral-fact | R101 left Cardington on the evening of 4 October 1930 and struck a hillside near Beauvais at about 02:09 on 5 October.
O policy-subject | The trials programme that Mr. Heptinstall was given allowed no time for flights in bad weather before the date of departure.
O system-counterfactual | If the new bay had given a larger margin of lift, the ship could have lost a forward gasbag and still held her height.
O agentless-passive | The wreck was examined where it lay, and the remains of the gasbags and cover were sent to England for the inquiry.
O meta-blameless | The inquiry did not set out to find a guilty man; it asked what the ship had been asked to do, and what she could bear.
""",
actions="""
Y Y N PREVENTS | Airship design staff | 1931-06-30 | Redesign the gasbag wiring so that no bag touches a girder or wire at full inflation, and show it in a shed inflation test.
N N N PARTIAL | the Air Ministry | | Restore public confidence in airships.
Y Y Y PARTIAL | Lancelot Heptinstall | 1931-03-31 | Fly every new or altered airship for at least 24 hours at full speed in winds above 30 knots before any certificate is issued.
N Y Y DETECTS | Halvdan | | Look into the cover material.
Y Y N DETECTS | Inspection department | 1931-01-31 | Inspect every panel of the outer cover by hand before each long flight and record the condition on a signed sheet.
N N N PARTIAL | we | | Give the airship programme the time it needs.
Y N N PREVENTS | Aeronautical Inspection Directorate | | Issue no certificate of airworthiness for a passenger voyage without a written report on full-speed and bad-weather trials.
N Y N PARTIAL | Cardington works | | Make the ship lighter.
Y Y Y DETECTS | Aldith Pennycuick | 1931-02-28 | Post a rigger at each gasbag section in flight with a telephone to the control car, reporting any loss of gas every hour.
N Y Y PARTIAL | Eithne | | Keep better records.
N N N PARTIAL | | | Learn from the German airships.
""",
ww="""
C | The ship's last wireless messages were logged with times at Cardington, which let the inquiry rebuild the flight.
V | Such bravery from the crew.
V | The nation's sympathy was a comfort.
"""))

# 9. Hartford Civic Center roof, 18 Jan 1978, about 4:19 a.m.: a 300 by 360 ft steel space-frame roof, assembled on the
# ground and jacked up, collapsed under snow and ice hours after a college basketball game attended by about 5,000;
# nobody was hurt; deflection seen during construction had been reported and dismissed as expected; the analysis
# underestimated buckling of the top-chord members, whose bracing was inadequate.
S.append(dict(url="https://en.wikipedia.org/wiki/Hartford_Civic_Center",
people=["Ysmay Abernathy-Soto", "Eldric Maplethorpe", "Pilar Kavanagh-Ilori", "Tjark Tessaro"],
blame="""
B failure-verb | Maplethorpe ignored the ironworkers when they told him the frame was sagging, and then he ignored them again.
B passive-agent | The sag complaints were waved off by Tessaro with "the computer says that's normal."
B counterfactual | If Pilar Kavanagh-Ilori had ordered a proper check when the roof was jacked up, that arena would still be standing.
B group-blame | The designers trusted a computer printout over the men who could see the roof bending with their own eyes.
B hindsight | Any engineer worth the name knows a roof that sags before it is even loaded is trying to tell you something.
B human-error | Engineers' summary, paragraph 1: the collapse resulted from errors made by the design engineer.
B timeline-blame | 1973, erection: crews report deflection at the midspan nodes; project engineer (B. Tessaro) records it as expected and closes the item.
B mistake-attribution | That's Eldric's roof and Eldric's mistake, no two ways about it.
O system-failure | The top-chord members buckled under the weight of snow and ice because their bracing was not enough to hold them straight.
O system-should | The structural analysis should have modelled the buckling of the compression members instead of treating every joint as ideal.
O actor-neutral | Ysmay was on the night crew and heard the first cracks from the roof shortly after four in the morning.
O neutral-fact | The roof fell into the empty arena at about 4:19 a.m. on 18 January 1978, some hours after about 5,000 people had left a basketball game.
O policy-subject | The contract Eldric worked under did not pay for an independent review of the roof design.
O system-counterfactual | Had the frame been checked against its predicted deflection when it was lifted, the extra sag would have shown as a warning.
O agentless-passive | The wreckage was surveyed piece by piece, and the collapse was traced to the bracing of the top chords.
O self-report | I was sweeping the concourse when the noise started, and by the time I reached the doors the roof was on the seats.
""",
actions="""
Y Y N PREVENTS | Structural engineering | 1978-12-31 | Recheck every space-frame roof of this design against member buckling with the actual bracing, and brace any member that fails.
N N N PARTIAL | the city and the designers | | Rebuild the public's faith in the arena.
Y Y Y DETECTS | Ysmay Abernathy-Soto | 1978-03-31 | Measure the deflection of the new roof at twelve marked points after each snowfall and report any reading over the design value.
N Y Y PARTIAL | Tessaro | 1978-06-01 | Review the construction records.
Y Y N PREVENTS | Building department | | Require an independent structural review for any public roof spanning over 200 feet before a permit is issued.
N N N DETECTS | everybody | | Take complaints from the field seriously.
Y Y Y PARTIAL | Pilar Kavanagh-Ilori | 1978-09-30 | Write the erection procedure so that measured deflection at each jacking stage is compared with the prediction and work stops beyond 10 percent over.
N Y N PREVENTS | Design office | | Improve the computer model.
Y Y N DETECTS | Arena management | 1978-11-30 | Close the arena to events whenever snow on the roof passes the depth set by the engineer, measured at three fixed gauges.
N Y Y PARTIAL | Eldric | | Be more conservative.
Y N N PARTIAL | | 1979-06-30 | Publish the engineers' findings on the collapse to every firm designing space frames in the state.
""",
ww="""
C | The collapse came at night, after the crowd had gone, so nobody was hurt.
C | The survey of the wreckage before clearance found the buckled top chords that explained the failure.
V | The city handled it with dignity.
"""))

# 10. Mississauga, 10 Nov 1979, about 23:53: CP freight train 54 (106 cars) with propane, chlorine and other chemicals;
# an overheated plain journal bearing ("hot box") on a car burned off its axle; cars derailed at the Mavis Road crossing;
# propane cars exploded; a chlorine car was punctured; about 218,000 people evacuated for up to a week; no deaths;
# the inquiry led to roller bearings, hot-box detectors and rules on dangerous goods trains.
S.append(dict(url="https://en.wikipedia.org/wiki/1979_Mississauga_train_derailment",
people=["Iolo Adeyemi-Holt", "Honorata Vasquez-Darrow", "Anacleto Scarabelli", "Radmila Stojanovic"],
blame="""
B failure-verb | The crew on 54 missed a burning axle that people on their porches could see from two hundred yards away.
B passive-agent | That car with the worn bearing was passed at the yard by Anacleto Scarabelli, who gave it a look and a wave.
B counterfactual | Had the dispatcher, Miss Stojanovic, stopped the train when the first call came in about sparks, it never gets to Mavis Road.
B group-blame | The railway's management has been running poison through our back yards on bearings from the last century.
B sarcasm | Thank you, CP, for the week's holiday in a school gym. Next time perhaps a train with wheels that stay on.
B competence | The car inspectors at that yard would not know a hot box if it set fire to their lunch.
B nobody-blame | Not one man on that train or in that yard did his job on the tenth of November.
B human-error | Committee report: the derailment was caused by human error in the inspection of car 33.
O system-failure | The plain journal bearing on one car overheated and burned through the axle, and the car derailed and pulled others with it.
O system-should | The line should have had hot-box detectors spaced close enough to catch a bearing overheating between yards.
O actor-neutral | Mr. Adeyemi-Holt, the brakeman, walked back along the burning train and closed the air valve so the front cars could be pulled clear.
O neutral-fact | Train 54 derailed at the Mavis Road crossing at about 11:53 p.m. on 10 November 1979, and about 218,000 people were evacuated.
O policy-subject | The inspection standard Anacleto applied at the yard did not require bearing temperatures to be checked by hand.
O system-counterfactual | If the cars had run on roller bearings, the axle would most likely not have overheated at all.
O agentless-passive | The chlorine car was patched and emptied over several days, and residents were allowed home as each area was cleared.
O credit | Honorata Vasquez-Darrow's team at the police command post drew the evacuation zones that got a whole city out without a death.
""",
actions="""
Y Y N PREVENTS | Car department | 1981-12-31 | Replace plain journal bearings with roller bearings on every car assigned to dangerous goods service.
N N N PARTIAL | the railways and the government | | Make rail transport of chemicals safer.
Y Y Y DETECTS | Anacleto Scarabelli | 1980-06-30 | Install hot-box detectors every 25 miles on the line through Mississauga and test each one monthly with a heated target.
N Y Y PARTIAL | Radmila | | Review the dispatch procedures.
Y Y N PARTIAL | Operating department | 1980-03-31 | Put no more than one car of chlorine and one of propane next to each other in any train, checked by the yard before departure.
N N N DETECTS | we | | Listen to residents.
Y Y N PARTIAL | Police and fire services | | Rehearse a full evacuation of one neighbourhood beside the line each year and publish the time it took.
N Y N DETECTS | Yard crews | | Inspect cars more thoroughly.
Y N N PREVENTS | | 1981-06-30 | Limit dangerous goods trains in built-up areas to 25 miles per hour.
N Y Y PARTIAL | Iolo | 1980-09-01 | Share his experience with other crews.
N N N PARTIAL | | | Win back the neighbourhood's confidence.
""",
ww="""
C | Closing the air valve let the front of the train be pulled away from the fire, and that kept the burning cars apart from the rest.
V | The people of Mississauga were wonderful.
V | Good spirit in the shelters.
"""))

# 11. Japan Air Lines 123, 12 Aug 1985: Boeing 747SR left Haneda 18:12 for Osaka; about 12 minutes later the aft
# pressure bulkhead failed; the vertical fin was torn away and all four hydraulic systems were lost; the crew steered
# with engine thrust for about 30 minutes; the aircraft struck a ridge near Mount Takamagahara at 18:56; 520 died, 4
# survived; the bulkhead had been repaired in 1978 after a tail strike with a splice plate cut in two, leaving a single
# row of rivets, and fatigue cracks grew from it; searchers reached the site the next morning.
S.append(dict(url="https://en.wikipedia.org/wiki/Japan_Air_Lines_Flight_123",
people=["Takeshi Morozumi-Hale", "Shizuka Nakanishi", "Teodosio Aldaraca", "Sachiko Ashcombe-Reyes"],
blame="""
B failure-verb | Aldaraca's repair crew failed to follow the drawing and cut the splice plate in two pieces, and nobody stopped them.
B passive-agent | The 1978 bulkhead repair was inspected and accepted by Nakanishi without checking the rivet rows against the instruction.
B counterfactual | If Ms. Ashcombe-Reyes had found the cracks at the last heavy check, 520 people would have arrived in Osaka that evening.
B group-blame | The manufacturer's repair team made the mistake and the airline's inspectors were too polite to look.
B rhetorical-question | How can a so big company send people who do not read their own drawing to repair a pressure bulkhead?
B hindsight | Every mechanic knows one row of rivets where two are needed will crack in the end. It was only a question of years.
B role-blame | The inspector of that heavy check carries the biggest responsibility, in my opinion.
B sanction | Persons responsible for this repair should be prosecuted, not only the company.
O system-failure | The aft pressure bulkhead failed along the repaired joint, and the escaping air tore off the vertical fin and cut all four hydraulic lines.
O system-should | The repair instruction should have shown the splice plate as one piece so that the joint could not be built with a single rivet row.
O actor-neutral | Takeshi, the flight engineer, reported the loss of hydraulic pressure and managed the engines with the captain for the next thirty minutes.
O neutral-fact | The aircraft left Haneda at 18:12 on 12 August 1985 and struck a ridge near Mount Takamagahara at 18:56; 520 of 524 on board died.
O policy-subject | The inspection programme that Sachiko followed did not reach the hidden face of the repaired joint where the cracks grew.
O system-counterfactual | If the hydraulic lines had been protected or isolated in the tail, the crew would have kept some control of the flying surfaces.
O agentless-passive | The site was located during the night, and rescuers reached the four survivors on the morning of 13 August.
O meta-blameless | The commission's report is written to find causes; it says nothing about who should be punished, and that is its purpose.
""",
actions="""
Y Y N PREVENTS | Boeing structures engineering | 1986-06-30 | Issue the bulkhead splice repair as a one-piece plate with two rivet rows in the drawing, and reject any repair that differs.
N N N PARTIAL | JAL and the manufacturer | | Strengthen cooperation on maintenance.
Y Y Y DETECTS | Sachiko Ashcombe-Reyes | 1986-03-31 | Inspect the aft bulkhead of every 747 in the fleet with eddy current at each heavy check and record the crack length at each rivet row.
N Y Y PARTIAL | Teodosio | 1986-01-31 | Revisit the 1978 repair paperwork.
Y Y N PREVENTS | Boeing 747 engineering | | Fit a valve to the hydraulic lines in the tail that shuts automatically when pressure drops suddenly, so one system is kept.
N N N DETECTS | we | | Never forget this accident.
Y Y Y PARTIAL | Shizuka Nakanishi | 1986-02-28 | Require the inspector to sign each rivet row of any structural repair against the drawing before the aircraft is released.
N Y N PARTIAL | Maintenance division | | Improve quality of repairs.
Y Y N PARTIAL | Search and rescue coordination | 1986-08-12 | Agree a procedure so that a located crash site in mountains gets a rescue team on the ground within three hours, tested in an exercise.
N Y Y DETECTS | Takeshi | | Share lessons with the pilots.
Y N N PREVENTS | | 1987-12-31 | Cover the fin of the 747 against internal pressure so that a bulkhead failure cannot blow it off, for all aircraft in service.
""",
ww="""
C | The crew kept the aircraft flying for about thirty minutes with engine thrust alone, which gave later crews a technique to study.
C | Keeping the wreckage of the bulkhead let the investigators find the single rivet row and the fatigue cracks.
V | The families were treated with respect.
"""))

# 12. I-35W Mississippi River bridge, Minneapolis, 1 Aug 2007, about 6:05 p.m.: the deck truss collapsed during rush
# hour; 13 died, 145 injured; NTSB: gusset plates at the U10 nodes were half the needed thickness from the original
# design; added weight from two deck overlays and, on the day, about 287 tons of resurfacing materials and equipment
# parked over the weak nodes; gusset bowing had been photographed in inspections but not assessed for load.
S.append(dict(url="https://en.wikipedia.org/wiki/I-35W_Mississippi_River_bridge",
people=["Ebere Oyelaran-Fisk", "Epifanio Waterhouse-Bah", "Magdalena Przybylski-Ortiz", "Hauke Kjellberg"],
blame="""
B failure-verb | The design firm's checker missed the gusset plates entirely, forty years ago, and nobody caught it since.
B passive-agent | The gravel and the equipment were parked on the middle span by Kjellberg's crew, right over the weakest plates.
B counterfactual | If Epifanio Waterhouse-Bah had put those bent gusset photos in front of a structural engineer, the bridge comes down on a drawing, not on the river.
B group-blame | MnDOT's inspectors had photos of those bowed plates in their own files and did nothing with them.
B sarcasm | caller on the line says the state inspected that bridge every year... yeah, great job, they inspected it right into the river
B competence | The inspectors plainly didn't understand what a bowed gusset plate means.
B nobody-blame | Nobody at the department thought it was their job to ask what that bend meant, and that's the scandal here.
B timeline-blame | 2003 inspection: bowing at U10 gusset photographed; bridge inspector (R. Oyelaran-Fisk) notes "monitor" and takes no further action.
O system-failure | The gusset plates at the U10 nodes, designed at half the thickness they needed, gave way under the added weight of overlays, traffic and stockpiled materials.
O system-should | The design review should have included a calculation of every gusset plate instead of assuming the plates were stronger than the members.
O actor-neutral | Magdalena was driving on the deck when it fell, and she helped children off a school bus on the broken span.
O neutral-fact | The bridge collapsed at about 6:05 p.m. on 1 August 2007, killing 13 people and injuring 145.
O policy-subject | The load rating method Hauke's office used did not include gusset plates in the calculation.
O system-counterfactual | If the construction staging plan had been checked for load, the materials would have been spread away from the weak nodes.
O agentless-passive | Divers and rescue crews searched the river for weeks, and the last victim was recovered on 20 August.
O quoted-question | At the hearing a board member asked, "Was anybody ever required to calculate the gusset plates?" and the answer was no.
""",
actions="""
Y Y N PREVENTS | State bridge office | 2008-08-01 | Calculate the capacity of every gusset plate on every steel deck truss bridge in the state and load-restrict any with a rating below 1.0.
N N N PARTIAL | the federal and state governments | | Invest in infrastructure.
Y Y Y DETECTS | Ebere Oyelaran-Fisk | 2008-03-31 | Measure the out-of-plane bowing of each gusset plate at every annual inspection and send any reading over 1/4 inch to a structural engineer within ten days.
N Y Y PARTIAL | Epifanio | 2008-06-30 | Look into the inspection photos.
Y Y N PREVENTS | Construction office | | Require a load calculation approved by a structural engineer before materials or equipment are staged on any bridge deck.
N N N DETECTS | we | | Keep a closer eye on our old bridges.
Y N N PARTIAL | FHWA | 2009-12-31 | Add gusset plate checks to the national load rating guidance for new and existing truss bridges.
N Y N PARTIAL | Bridge inspection unit | | Improve inspection quality.
Y Y Y PARTIAL | Hauke Kjellberg | 2008-05-15 | Put the U10 collapse analysis into the annual training for every inspector in the district and test each on reading gusset photos.
N Y Y DETECTS | Magdalena | | Raise awareness among drivers.
N N N PARTIAL | | | Ensure no repeat of the collapse.
""",
ww="""
C | Off-duty nurses, the school bus staff and passing drivers got the children off the bus within minutes.
V | Minneapolis showed its heart.
V | First responders did an amazing job.
"""))

# 13. Montara, Timor Sea, 21 Aug 2009 to 3 Nov 2009: the H1 well on the Montara wellhead platform, drilled from the
# West Atlas jack-up, blew out while the rig was above the platform; 69 people evacuated, none hurt; oil and gas flowed
# for 74 days; the 9 5/8 inch casing shoe cement had problems and was not tested as a barrier; pressure-containing
# anti-corrosion caps were not fitted; relief well from the West Triton intercepted on the fifth attempt on 1 Nov, when
# the rig and platform caught fire; the commission of inquiry also found the regulator's oversight inadequate.
S.append(dict(url="https://en.wikipedia.org/wiki/Montara_oil_spill",
people=["Maelor Blankenship-Oduya", "Gunnlaug Brynhildsen", "Shafiq Arkwright-Lemaire", "Sigrid Dangerfield-Ito"],
blame="""
B failure-verb | Shafiq signed off the cement job on H1 and never bothered asking whether it had been pressure tested.
B passive-agent | The anti-corrosion cap on the 9 5/8 was taken off by Maelor's crew and just never put back on.
B counterfactual | had sigrid insisted on the second barrier before suspending the well, there's no blowout full stop
B group-blame | The operator's drilling team cut every corner on that well to save a few days of rig time.
B human-error | Inquiry briefing slide: root cause of the blowout: human error in well suspension.
B character | That company's people were cowboys from the first day of the campaign.
B rhetorical-question | How do you suspend a live well with one untested barrier and go home to sleep?
B repeat-offender | Same outfit that had half the barrier problems on the earlier wells, and still nobody stopped them.
O system-failure | The cemented casing shoe, the only barrier in place, failed to hold, and hydrocarbons flowed up the casing once the rig came back over the platform.
O system-should | The well suspension programme should have called for two tested barriers before any well was left unattended.
O actor-neutral | Gunnlaug raised the general alarm at about 05:30 when oil and gas came up the well, and the crew mustered and left by boat.
O neutral-fact | Oil and gas flowed from the H1 well for 74 days, from 21 August to 3 November 2009, and all 69 people on board were evacuated safely.
O policy-subject | The suspension plan that reached Shafiq from the Perth office listed the cemented shoe as a barrier with no test recorded.
O system-counterfactual | If the pressure-containing caps had been fitted, there would have been a second barrier at the top of the casing.
O agentless-passive | The leak was stopped on 3 November after the relief well was intercepted and heavy mud pumped into it.
O self-report | I was on the West Atlas that morning and we were off in the boats before anyone knew how big it was going to be.
""",
actions="""
Y Y N PREVENTS | Drilling engineering | 2010-06-30 | Suspend no well without two independent barriers, each pressure tested, with the test charts attached to the suspension report.
N N N PARTIAL | the operator and the regulator | | Rebuild public trust in offshore drilling.
Y Y Y DETECTS | Gunnlaug Brynhildsen | 2010-03-31 | Check the casing pressure of every suspended well on the field each week and report any rise over 100 psi to the drilling superintendent.
N Y Y PARTIAL | Maelor | 2010-04-30 | Review the well suspension paperwork.
Y Y N PREVENTS | Wellsite operations | | Fit and test the pressure-containing caps before the rig leaves any well, signed off on the wellsite handover sheet.
N N N DETECTS | everyone | | Be more vigilant about well integrity.
Y N N PARTIAL | Regulator | 2011-01-01 | Audit the well barrier records of every offshore operator in Commonwealth waters at least once a year.
N Y N PARTIAL | Drilling team | | Follow procedures better.
Y Y Y PARTIAL | Sigrid Dangerfield-Ito | 2010-05-31 | Keep a capping and relief-well plan for each well, naming the nearest available rig and its mobilisation time.
N Y Y DETECTS | Shafiq | | Monitor cementing more closely.
Y Y N DETECTS | | 2010-09-30 | Fly an aerial survey over the field within 24 hours of any loss of well control and each day until the flow stops.
""",
ww="""
C | All 69 people on the rig mustered and were taken off by boat without injury.
C | The relief well intercepted H1 on the fifth attempt and the flow was stopped within two days.
V | Our people were fantastic.
"""))

# 14. Pike River mine, West Coast, New Zealand, 19 Nov 2010 about 15:45: a methane explosion killed 29 men; two walked
# out; further explosions from 24 Nov; Royal Commission 2012: the company pressed for production before the mine was
# ready; methane drainage and ventilation were inadequate; the main fan was underground; the second way out was a
# ventilation shaft with a ladder not usable in an emergency; gas readings above limits had often been recorded; the
# inspectorate was under-resourced and did not stop the mine.
S.append(dict(url="https://en.wikipedia.org/wiki/Pike_River_Mine_disaster",
people=["Caradoc Whitlock-Amadi", "Ngaio Feathersby", "Fiachra Rewcastle", "Hinewai Rakete-Gould"],
blame="""
B failure-verb | The manager ignored the gas reports week after week because the coal wasn't coming out fast enough for the board.
B passive-agent | The gas readings over the limit were signed off by Fiachra Rewcastle as "sensor faults" every single time.
B counterfactual | if Hinewai had shut the hydro panel when the methane went over the line that week, 29 blokes would be home
B group-blame | The suits in Wellington were more worried about the share price than the men underground.
B sarcasm | Top effort, Department of Labour: one inspector, a clipboard and a mine full of gas.
B competence | Those managers had never run a gassy mine in their lives and it showed from day one.
B nobody-blame | Not one of them up top had the guts to say the mine wasn't ready.
B self-blame | I was the one on the surface who kept saying she'll be right about the fan, and I'll carry that.
O system-failure | The methane drainage system could not keep up with the gas from the hydro-mining panel, and the ventilation failed to dilute it below explosive levels.
O system-should | The mine should have had a second way out that men could use in smoke, not a ventilation shaft with a vertical ladder.
O actor-neutral | Ngaio was driving the loader near the portal and walked out with one other man after the blast.
O neutral-fact | The explosion happened at about 3:45 p.m. on 19 November 2010; 29 men died and two escaped.
O policy-subject | The production plan that Caradoc was given set coal targets before the gas drainage was finished.
O system-counterfactual | If the main fan had been on the surface, it could not have been an ignition source in the mine's own return air.
O agentless-passive | The mine was sealed after the later explosions, and the drift was re-entered years afterwards to recover evidence.
O credit | Thanks to Fiachra for putting every gas record and sensor log in front of the Commission without being asked twice.
""",
actions="""
Y Y N PREVENTS | Mine ventilation | 2011-12-31 | Locate main ventilation fans on the surface at every underground coal mine and remove any fan from the return airway.
N N N PARTIAL | industry and government | | Build a better safety culture in mining.
Y Y Y DETECTS | Ngaio Feathersby | 2011-06-30 | Send every methane reading above 1.25 percent to the surface control room with an alarm, and withdraw the men from that area within five minutes.
N Y Y PARTIAL | Caradoc | 2011-03-31 | Look into the ventilation arrangements.
Y Y N PARTIAL | Mines inspectorate | 2012-12-31 | Employ at least one specialist coal mine inspector for every three underground coal mines and inspect each mine every quarter.
N N N DETECTS | we | | Never let production come before safety.
Y Y N PARTIAL | Mine rescue | | Build a second egress at every underground coal mine that men can walk out through in smoke, and time a full escape drill twice a year.
N Y N PARTIAL | Management | | Listen to the workforce.
Y Y Y PREVENTS | Hinewai Rakete-Gould | 2011-09-30 | Stop hydro-mining in any panel until gas drainage holds methane in its return under 1 percent for seven days.
N Y Y DETECTS | Fiachra | | Give the methane problem more attention.
N N N PARTIAL | | | Honour the 29.
""",
ww="""
C | The two men who got out walked up the drift together and told the surface what they had seen.
V | The West Coast community stood strong.
V | Great support from everyone.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

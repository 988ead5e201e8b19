# heldout12 rules data (see ../rules/SOURCES-heldout12.md). All people invented.
S = []

S.append(dict(url="https://www.zdnet.com/article/ericsson-expired-certificate-caused-o2-and-softbank-outages/",
people=["Wystrand Ferrabee", "Otthild Carnaghan", "Ruairi Pendlebury", "Tamsinel Mablethorpe"],
blame="""
B failure-verb | Wystrand let the certificate in the SGSN-MME build expire and thirty million phones lost data.
B role-blame | The release engineer who packaged those two software versions clearly never looked at the expiry date.
B timeline-blame | 05:00 certificate expires; 09:00 still nobody from the vendor team has opened the alarm list.
B implicit | A certificate with a fixed end date, shipped into eleven operators' core networks, and the calendar reminder was on Otthild's desk.
B sarcasm | Nice to know the core network of half of Britain depends on someone remembering a date.
B counterfactual | Had Ruairi renewed the cert in November like he was asked, O2 customers would have had 4G all day.
B human-error | The vendor's first explanation to us was a simple human error in certificate handling.
B nobody-blame | Nobody on the packaging team bothered to check when the embedded certificate ran out.
B passive-agent | The expiring certificate was approved for shipment by Tamsinel without a single renewal ticket.
B sanction | Whoever owns certificate renewals at the vendor should be taken off the account.
O system-failure | The SGSN-MME nodes shut down when the certificate embedded in two software versions expired.
O policy-subject | The equipment was designed to stop when its certificate expired, so an expiry became a full outage.
O neutral-fact | O2 said about 32 million customers, including those of Sky, Tesco Mobile and giffgaff, lost mobile data.
O actor-neutral | Otthild rolled the nodes back to the previous software version at 14:10 and 3G data returned first.
O system-counterfactual | If the nodes had warned thirty days before the certificate expired, the renewal would have been an ordinary ticket.
O self-report | I saw the certificate alarms at 05:20 but read them as a known cosmetic alarm, because that alarm had fired falsely for weeks.
O meta-blameless | "Someone forgot the date" is not a cause; the question is why an expiry date lived only in someone's memory.
O org-subject | Ericsson decommissioned the faulty software versions and apologised to the operators and their customers.
O credit | Ruairi found that both affected versions shared one certificate and told SoftBank's engineers within minutes.
O quoted-question | What in the release process checks the validity of every certificate packaged inside a build?
""",
actions="""
Y Y N PREVENTS | vendor release engineering | 2019-01-31 | Fail the SGSN-MME build when any embedded certificate expires within 400 days of the release date
N Y Y PARTIAL | Wystrand Ferrabee | 2019-01-15 | Look at certificate handling
Y Y N DETECTS | core network operations | 2018-12-21 | Raise a major alarm on every core node 60 days and again 14 days before any installed certificate expires
N N N PARTIAL | we |  | Take certificate expiry seriously from now on
Y Y Y PREVENTS | O. Carnaghan | 2019-02-28 | Replace the stop-on-expiry behaviour with a degraded mode that keeps user traffic flowing for 7 days and alarms
N Y N PARTIAL | TBD | 2019-01-01 | Revisit what the supplier agreement says about certificates
Y N N DETECTS | the network operations centre |  | Reconcile the certificate inventory of every core node against the vendor's release notes each month
Y Y N PARTIAL | O2 customer services | 2018-12-14 | Credit every affected pay-monthly customer with two days of airtime charges on the next bill
N N Y PARTIAL | rpendlebury |  | Keep on top of the alarm backlog
Y Y Y DETECTS | @tmablethorpe | 2018-12-31 | Mark the certificate-expiry alarm as non-suppressible in the fault manager so it can never be filtered as cosmetic
N Y N PARTIAL | Ericsson | 2019-03-31 | Re-examine quality assurance for core software
Y Y Y PARTIAL | Ruairi Pendlebury (Core Network) | 2018-12-20 | Document the rollback to the previous SGSN-MME version as a runbook and time one rehearsal under 2 hours
N N N PARTIAL | everyone |  | Learn from the certificate incident
Y Y N PREVENTS | the two operators and the vendor | 2019-04-30 | Move every core node certificate to automated renewal through the operator's own certificate authority
""",
ww="""
C | 3G data came back within about 12 hours once the nodes were rolled back to the previous software.
V | The partnership with the vendor was strong throughout.
C | The operator posted the cause on its status page the same evening, naming the expired certificate.
"""))

S.append(dict(url="http://www.itnews.com.au/News/293511,microsoft-issues-azure-credits-for-leap-day-outage.aspx",
people=["Corvanus Applethwaite", "Marivanne Dunkerley", "Evaristo Quennell", "Philomenka Strachwitz"],
blame="""
B failure-verb | Corvanus wrote his own date arithmetic instead of using the library, and February 29 did the rest.
B mistake-attribution | The leap-day bug was Marivanne's mistake, plain and simple: she added one to the year and shipped it.
B human-error | Root cause as given in the first summary: developer error in a time calculation.
B competence | A cloud team that cannot add a year to a date should not be running anyone's production workloads.
B passive-agent | The broken fix was pushed to seven clusters by Evaristo without anyone checking the host agent version.
B sarcasm | Leap years: famously impossible to predict, since they only happen every four years.
B implicit | Certificates dated February 29, 2013, a code review marked "looks fine", and Philomenka's name on the approval.
B rhetorical-question | How many reviewers looked at "year + 1" and nobody asked what happens on the 29th?
B nobody-blame | No one in the whole fabric team thought to test the agent with the clock set to a leap day.
B counterfactual | If the second fix had been checked by Corvanus before it went out, the seven clusters would never have gone dark.
O system-failure | The guest agent built certificates valid until February 29, 2013, which failed validation, so new virtual machines could not start.
O system-should | The certificate code should have used the platform's date library, which handles leap years.
O neutral-fact | Microsoft gave affected customers a 33 percent credit on one month of the affected services.
O actor-neutral | Marivanne disabled service management operations across all clusters at 02:55 to stop the failures spreading.
O error-term | Calling this "developer error" explains nothing; the review and test process let an unchecked date calculation through.
O system-counterfactual | Had the fabric controller not treated three failed starts as a hardware fault, the bug would not have spread through the clusters.
O credit | Evaristo traced the failures to the transfer certificate expiry date within two and a half hours.
O agentless-passive | The second fix was rolled out with a mismatched networking plugin, which broke seven clusters.
O policy-subject | The deployment process allowed a hotfix to reach seven clusters at once without a canary cluster.
O quoted-question | Which tests run our services with the system clock set to February 29 or December 31?
""",
actions="""
Y Y N PREVENTS | fabric engineering | 2012-04-30 | Replace every hand-written date calculation in the guest agent with the platform date library and add a unit test for February 29
N Y Y PARTIAL | Corvanus Applethwaite | 2012-04-01 | Review the date code
Y N N PREVENTS | the test team |  | Run the full integration suite with the clock set to February 28, February 29 and December 31 before each release
Y Y N PREVENTS | deployment engineering | 2012-05-15 | Make every hotfix go to one canary cluster and wait 60 minutes of clean health checks before the next cluster
N N N PARTIAL | we |  | Improve quality
Y Y Y DETECTS | M. Dunkerley | 2012-03-31 | Alert when more than 3 virtual machine starts fail in a cluster within 10 minutes, with the failure reason in the page
N Y N PARTIAL | Windows Azure | 2012-06-30 | Re-examine how incidents are communicated
Y Y N PARTIAL | customer support | 2012-03-09 | Apply the 33 percent credit automatically to every Compute, Access Control, Service Bus and Caching subscription
N N Y PARTIAL | equennell |  | Slow down on hotfixes
Y Y Y DETECTS | @pstrachwitz | 2012-04-15 | Publish an estimated time to recovery on the service dashboard for every open incident and update it at least hourly
N Y N PARTIAL | TBD | 2012-05-01 | Sort out the fabric controller
Y Y Y PREVENTS | Evaristo Quennell (Fabric) | 2012-05-31 | Stop the fabric controller from marking a host faulty after 3 failed starts when the same error appears on other hosts
N N N PARTIAL | everyone |  | Think about edge cases
Y N N DETECTS | site reliability |  | Scan source code weekly for year-plus-one date arithmetic and file a bug for every hit
""",
ww="""
C | Engineers identified the leap-day certificate bug about two and a half hours after the first failures.
V | Communication was good overall.
C | Service management was switched off across every cluster quickly enough to keep running applications up.
"""))

S.append(dict(url="https://aws.amazon.com/message/5467D2/",
people=["Leontyna Fairbairnsby", "Thorbjorn Ellerington", "Guinevere Pashkova", "Barnabus Olabanjo"],
blame="""
B failure-verb | Leontyna ignored the capacity warnings on the metadata service for months.
B group-blame | The capacity planners let membership sizes grow unchecked and then blamed a network blip.
B role-blame | the new hire on the storage team restarted the metadata fleet mid-incident and made it worse
B counterfactual | If Thorbjorn had paused the membership requests at 02:30 instead of 05:06, we would have been back by breakfast.
B sarcasm | Love that our plan for a retry storm was to retry harder.
B competence | Only a weak operations team could watch error rates hit 55 percent for three hours and still be guessing.
B passive-agent | The capacity increase was postponed by Guinevere twice this summer.
B human-error | Monitoring data is clear: operator error during the early-morning response turned a blip into an outage.
B rhetorical-question | Did anyone on the database team actually read the capacity review before rolling out secondary indexes?
B repeat-offender | Barnabus has underestimated metadata load before, and once again we paid for it at 2 a.m.
O system-failure | The metadata service could not answer the larger membership requests within the allowed time, so storage servers took themselves out of service.
O neutral-fact | The error rate for customer requests peaked at about 55 percent at 02:37 PDT.
O actor-neutral | Thorbjorn paused requests to the metadata service at 05:06 so capacity could be added.
O system-counterfactual | Had the storage servers backed off for longer between retries, the metadata service might have recovered by itself.
O policy-subject | Capacity planning for the metadata service was based on request count, not on the size of each membership response.
O agentless-passive | Global secondary indexes were adopted quickly, which made membership lists much larger than the metadata service was sized for.
O credit | Guinevere noticed the membership response size had tripled and added it to the capacity graphs during the incident.
O meta-blameless | The useful question is not who missed the growth but why no metric tracked membership size at all.
O org-subject | AWS increased metadata service capacity and changed how storage servers request their memberships.
O self-report | I restarted part of the metadata fleet at 03:40 because the dashboards showed it as unhealthy, and that added load for about 20 minutes.
""",
actions="""
Y Y N PREVENTS | DynamoDB metadata team | 2015-10-31 | Provision the metadata service for four times the largest membership response seen in the last 90 days
N Y Y PARTIAL | Leontyna Fairbairnsby | 2015-10-15 | Look at metadata capacity
Y Y N DETECTS | storage monitoring | 2015-10-09 | Graph p99 membership response size and alert when it exceeds 70 percent of the metadata service's tested limit
N N N PARTIAL | we |  | Handle retries better
Y Y Y PREVENTS | T. Ellerington | 2015-11-30 | Add jittered exponential back-off with a 60-second cap to membership requests from storage servers
N Y N PARTIAL | the storage team | 2015-12-31 | Make the metadata service more robust
Y Y Y PREVENTS | Dr. Guinevere Pashkova | 2016-01-31 | Split the metadata service into cells so one cell serves at most a tenth of the storage fleet
Y N N DETECTS | capacity planning |  | Review membership size growth against metadata capacity at every monthly capacity meeting and record the headroom
N N Y PARTIAL | bolabanjo |  | Keep an eye on secondary index adoption
Y Y N PARTIAL | AWS support | 2015-09-25 | Publish the incident summary with the corrective actions on the service health dashboard within 5 days
N Y N PARTIAL | TBD | 2015-10-20 | Re-examine the incident response
Y Y Y PARTIAL | @tellerington | 2015-10-23 | Write a runbook for pausing metadata requests with the exact command and a decision threshold of 30 percent errors
N N N PARTIAL |  |  | More capacity
Y Y N DETECTS | the SRE group and the storage team | 2015-11-15 | Alert when more than 5 percent of storage servers remove themselves from service within 10 minutes
""",
ww="""
C | Pausing requests to the metadata service let capacity be added and brought errors down within two hours.
C | Status page updates named the affected dependent services, including SQS and CloudWatch, by 04:00.
V | Great collaboration across the teams.
"""))

S.append(dict(url="https://status.cloud.google.com/incident/compute/16007",
people=["Brisenda Yarwood", "Cassivel Lovelidge", "Hyperia Mbekwe", "Torquil Ravensworth"],
blame="""
B failure-verb | Brisenda removed the IP block without waiting for the second configuration file to catch up.
B nobody-blame | Nobody watching the canary bothered to read its verdict before the rollout carried on.
B passive-agent | The incomplete configuration was approved for rollout by Cassivel at 14:50.
B hindsight | Pulling an unused IP block on a Monday afternoon was always going to end this way; everyone could see it coming.
B counterfactual | Had Hyperia looked at the global picture instead of the one VPN in asia-east1, we would have caught it an hour earlier.
B role-blame | The network engineer on shift treated a global route withdrawal as a local VPN problem for almost an hour.
B competence | If your network people can't tell a canary failure from a success, maybe they shouldn't run a global backbone.
B sanction | Whoever pushed that configuration should lose production access until they redo the change training.
B implicit | Eighteen minutes with no GCE addresses announced anywhere, and the person who started it had already gone home.
B human-error | Bottom line from the incident bridge: a manual network change, human error, nothing more.
O system-failure | A previously unseen bug made the configuration manager remove every GCE IP block instead of reverting to the last good configuration.
O system-should | The canary's finding that the configuration was unsafe should have stopped the progressive rollout.
O neutral-fact | GCE instances in every region lost external connectivity from 19:09 to 19:27 Pacific Time.
O actor-neutral | Torquil reverted the recent configuration changes at 19:25 and routes were announced again two minutes later.
O system-counterfactual | If the canary result had reached the push process, the rollout would have stopped at the first site.
O meta-blameless | Naming who removed the block adds nothing; the change had been done safely many times and the software turned it into an outage.
O credit | Hyperia linked the failing VPN in asia-east1 to the falling inbound traffic graph and raised the incident to global.
O org-subject | Google gave GCE customers a 10 percent credit and Cloud VPN customers a 25 percent credit.
O policy-subject | The change procedure relied on the canary, so there was no manual check of the announced prefixes before the rollout went on.
O quoted-question | What compares the prefixes announced before and after a configuration push and halts it on a difference?
""",
actions="""
Y Y N PREVENTS | network configuration engineering | 2016-05-31 | Fix the bug that dropped the canary's failure result and add a test where the canary fails and the push must stop
N Y Y PARTIAL | Brisenda Yarwood | 2016-05-01 | Review the IP block process
Y Y N DETECTS | @netmon | 2016-04-30 | Probe GCE external addresses from outside the network every 30 seconds and page when more than 2 regions fail
Y Y Y PREVENTS | C. Lovelidge | 2016-06-15 | Block any push that withdraws more than 5 percent of announced GCE prefixes unless two engineers approve
N N N PARTIAL |  |  | Make changes safer
Y N N PREVENTS | the network SRE team |  | Compare announced prefixes before and after every configuration push and roll back on any unplanned difference
N Y N PARTIAL | we | 2016-06-01 | Double-check configuration before pushing it
Y Y Y PARTIAL | Hyperia Mbekwe (NetOps) | 2016-05-15 | Add a decision tree to the VPN runbook that checks global inbound traffic before treating a VPN failure as local
N N Y PARTIAL | travensworth |  | Own network reliability
Y Y N PARTIAL | Google Cloud support | 2016-04-20 | Apply the 10 and 25 percent credits to every affected GCE and VPN account without a customer request
N Y N PARTIAL | TBD | 2016-07-01 | Rethink how staged pushes work
Y Y N PREVENTS | configuration management | 2016-06-30 | Make the configuration manager keep the current configuration whenever it finds an inconsistency, with a test for the April 11 case
N N N PARTIAL | everyone |  | Be extra vigilant with network changes
Y N N DETECTS | the network operations team |  | Alert when inbound traffic to GCE drops by more than 20 percent in 5 minutes in any region
""",
ww="""
C | The revert was applied 16 minutes after the outage became global.
V | The on-call engineers did a fantastic job.
C | A detailed incident report with the full timeline was published within two days.
"""))

S.append(dict(url="https://hub.packtpub.com/why-did-last-weeks-azure-cloud-outage-happen-heres-microsofts-root-cause-analysis-summary/amp/",
people=["Prosper Ingleheart", "Zuleika Ormsbury", "Aurevan Featherstonhaugh", "Mehrunissa Crosthwaite"],
blame="""
B failure-verb | Prosper skipped the surge-suppression check on the chillers during the last maintenance window.
B character | Zuleika never takes storm warnings seriously, she treats every alert as a false alarm.
B passive-agent | The switch to generator power was delayed by the site manager until the cooling had already tripped.
B group-blame | The facilities team in San Antonio had one job in hurricane season and they blew it.
B counterfactual | if aurevan put the rest of the halls on generator when the storm came, no storage would be damaged
B sarcasm | Clearly the lightning was the real engineer here, it made every decision for us.
B rhetorical-question | Why did the person on shift wait until temperatures were over the limit before doing anything?
B mistake-attribution | Keeping the data in San Antonio instead of failing over was Mehrunissa's mistake, and it cost a day.
B competence | This is what happens when a datacentre is run by people who have never seen a Texas storm.
B timeline-blame | 08:42 cooling units trip; 09:20 shift lead still "waiting for more data" before powering down.
O system-failure | Voltage swells from the lightning shut down the mechanical cooling despite the surge suppressors.
O agentless-passive | Some storage servers and network devices were damaged before the automated shutdown could complete.
O neutral-fact | Azure Active Directory and Visual Studio Team Services were affected outside the South Central US region as well.
O actor-neutral | Zuleika moved the remaining halls to generator power at 10:05 while the storms were still active.
O system-should | The automated shutdown should have started before temperatures were high enough to damage hardware.
O policy-subject | The recovery plan chose to repair the storage in place rather than fail over, because asynchronous geo-replication would have lost recent writes.
O self-report | I held off failing over at 11:00 because the replication lag meant we would lose data, and I still think that was the right trade.
O org-subject | Microsoft published a root cause analysis with the recovery steps and the service-by-service impact.
O credit | Aurevan recovered the software load balancers for storage first, which let the other services come back in order.
O quoted-question | What in our global services still depends on one region, so that a storm in Texas can break sign-in elsewhere?
""",
actions="""
Y Y N PREVENTS | datacenter facilities | 2018-12-31 | Add surge protection to the control circuits of every chiller in the South Central US halls and test it with a simulated swell
N Y Y PARTIAL | Prosper Ingleheart | 2018-10-15 | Review storm preparedness
Y N N PREVENTS | the site operations team |  | Switch every hall to generator power when the weather service issues a severe thunderstorm warning within 20 miles
Y Y N DETECTS | thermal monitoring | 2018-10-31 | Page the site lead when any hall's inlet temperature rises 3 degrees Celsius within 5 minutes
N N N PARTIAL | we |  | Harden South Central US
Y Y Y PREVENTS | Z. Ormsbury | 2019-03-31 | Move the Azure Active Directory and Team Services dependencies off South Central US so a single-region loss cannot break sign-in elsewhere
N Y N PARTIAL | TBD | 2018-11-30 | Look at failover options
Y Y N PARTIAL | Azure support | 2018-09-21 | Post a status update at least every 60 minutes for any incident affecting more than one service
N N Y PARTIAL | afeatherstonhaugh |  | Keep the storage recovery plan up to date
Y Y Y DETECTS | @mcrosthwaite | 2018-11-15 | Host the Azure status page outside the region it reports on and check it from three other regions every minute
N Y N PARTIAL | Microsoft | 2019-01-31 | Re-examine the datacenter resilience story
Y N N PARTIAL | storage engineering |  | Rehearse an in-place recovery of a damaged storage scale unit twice a year and record the time to first read
N N N PARTIAL |  |  | Learn lessons from the storm
Y Y Y PREVENTS | Aurevan Featherstonhaugh (Storage) | 2019-02-28 | Start the automated thermal shutdown at 5 degrees below the damage threshold instead of at the threshold
""",
ww="""
C | Storage load balancers were brought back first, which gave a clear order for restoring the other services.
V | The response team showed real dedication.
C | No customer data was lost, because the decision was to recover in place rather than fail over with asynchronous replication.
"""))

S.append(dict(url="https://aws.amazon.com/message/65648/",
people=["Sigismund Darrowby", "Florentyna Achtervelde", "Lysimachus Pettifergus", "Nkemdirim Hawksmoor"],
blame="""
B failure-verb | Sigismund shifted the traffic onto the wrong router during the capacity upgrade.
B passive-agent | The traffic shift was executed by Florentyna's shift without a second pair of eyes on the target router.
B human-error | Human error during routine network maintenance is the cause of this outage, full stop.
B counterfactual | If the engineer had read the change plan properly, the secondary network would never have taken the primary traffic.
B self-blame | That was me; I typed the wrong router in the shift command at 00:47 and isolated the cluster.
B competence | A network team that cannot tell the primary network from the backup one should not touch a production zone.
B sarcasm | Heroic effort by networking: one command and a whole Availability Zone starts mirroring itself to death.
B nobody-blame | Nobody in network engineering thought to check the lower-capacity network before sending traffic to it.
B implicit | The wrong router, an unreviewed change at 00:47, and Lysimachus was the only one on the maintenance call.
B rhetorical-question | Why was a change this risky handed to the night shift in the first place?
O system-failure | The lower-capacity network could not carry the primary traffic, so many EBS nodes lost contact with their replicas.
O agentless-passive | When connectivity was restored, the nodes searched for free space at once and the cluster's capacity was used up.
O system-should | The EBS nodes should have backed off when they could not find space for a new replica, instead of retrying in a tight loop.
O neutral-fact | About 13 percent of the volumes in the affected Availability Zone were stuck at the peak.
O actor-neutral | Nkemdirim disabled the EBS control APIs for the affected zone to keep the region's other zones working.
O policy-subject | The change procedure for shifting traffic had no automated check of which network would receive it.
O meta-blameless | The question is not who typed the command but why one mistyped step could strand both networks at the same time.
O credit | Lysimachus found the race condition on the EBS nodes that kept volumes stuck after the network was fixed.
O org-subject | Amazon gave affected customers a 10-day credit for EBS volumes, EC2 instances and RDS databases in the zone.
O system-counterfactual | If the control plane had not shared thread pools across zones, the stuck cluster would not have slowed API calls in the whole region.
""",
actions="""
Y Y N PREVENTS | network engineering | 2011-06-30 | Automate the traffic shift step of capacity upgrades so the target router is checked against the change plan before traffic moves
N Y Y PARTIAL | Sigismund Darrowby | 2011-05-31 | Review network change procedures
Y Y N PREVENTS | EBS engineering | 2011-06-15 | Fix the race condition that leaves a node stuck when many replication requests close at once, with a regression test
Y Y Y PREVENTS | F. Achtervelde | 2011-07-31 | Give each Availability Zone its own EBS control plane thread pool so a degraded cluster cannot slow API calls in other zones
N N N PARTIAL | we |  | Tell affected customers more, and sooner
Y N N DETECTS | the EBS operations team |  | Alert when more than 1 percent of volumes in a zone enter the stuck state within 10 minutes
N Y N PARTIAL | TBD | 2011-06-01 | Add more capacity
Y Y Y PARTIAL | @lpettifergus | 2011-05-15 | Keep 20 percent free capacity in every EBS cluster and show the headroom on the capacity dashboard
N N Y PARTIAL | nhawksmoor |  | Own re-mirroring behaviour
Y Y N PARTIAL | AWS customer support | 2011-05-06 | Apply the 10-day credit to every account with EBS volumes in the affected zone
N Y N PARTIAL | Amazon Web Services | 2011-09-30 | Re-examine the multi-zone architecture guidance
Y Y Y PREVENTS | Nkemdirim Hawksmoor (EBS) | 2011-06-30 | Make nodes back off exponentially up to 5 minutes when no cluster space is available for a new replica
N N N PARTIAL |  |  | Pay closer attention in change windows
Y Y N DETECTS | the network operations centre and EBS | 2011-05-31 | Compare traffic on the secondary EBS network with its capacity every minute and page at 80 percent
""",
ww="""
C | Disabling the control APIs for one zone kept the other zones in the region serving requests.
V | The whole company came together.
C | The published summary explained each root cause and the credit within eight days.
"""))

S.append(dict(url="https://aws.amazon.com/message/12721",
people=["Clemency Arkwright", "Oswin Tregonning", "Fenwyn Castagnoli", "Radovanko Illingworth"],
blame="""
B failure-verb | Clemency launched the scaling job without checking what it would do to the internal network.
B group-blame | The internal network team has known about the back-off problem for years and did nothing.
B role-blame | The engineer who approved the automated scaling change should have to explain it to every customer.
B counterfactual | Had Oswin moved DNS traffic off the congested path at 08:00, half the impact would have gone.
B sarcasm | Good to know the status page was green the whole time, thanks to the dashboard owners.
B hindsight | Everyone knew that client code would melt under a surge, it was only a matter of time.
B character | Fenwyn always says her automation is safe, right up until it takes down us-east-1.
B competence | It took the operations team over two hours to find the congestion; that is not a team that knows its own network.
B rhetorical-question | who thought running a big scaling job at 07:30 on a tuesday was smart? 🙃
B passive-agent | The back-off bug was marked "won't fix" by Radovanko in an old ticket.
O system-failure | An automated scaling activity triggered unexpected behaviour in many internal clients and their connection surge overwhelmed the devices between the two networks.
O system-should | The networking clients should have backed off under congestion, but a latent behaviour in that code path stopped them.
O neutral-fact | The event started at 07:30 PST and most services had recovered by the afternoon.
O actor-neutral | Oswin moved internal DNS traffic away from the congested paths, and DNS errors were gone by 09:28 PST.
O system-counterfactual | If the monitoring data had not crossed the congested devices, operators would have seen the source much sooner.
O policy-subject | The practice of keeping deployments frozen during the event protected running workloads but slowed the fixes.
O org-subject | AWS disabled the automated scaling activity until its remediation was deployed.
O meta-blameless | Blaming the person who scheduled the job ignores that the same scaling activity had run safely many times before.
O credit | Fenwyn worked out from logs, not dashboards, that the surge came from clients inside the internal network.
O quoted-question | Why did the customer-facing status page depend on the network it was supposed to report on?
""",
actions="""
Y Y N PREVENTS | AWS networking | 2022-01-31 | Fix the client back-off code path and test it with a connection surge of ten times normal peak
N Y Y PARTIAL | Clemency Arkwright | 2022-01-15 | Look at scaling safety
Y Y N PREVENTS | the internal network team | 2022-02-28 | Add request rate limits on the devices between the internal and main networks so no single service can exceed 30 percent of capacity
Y Y Y DETECTS | O. Tregonning | 2022-01-31 | Send internal monitoring data over a path that does not cross the devices connecting the two networks
N N N PARTIAL | we |  | Improve the status page
Y Y N PARTIAL | AWS Support | 2021-12-17 | Launch the new Service Health Dashboard that can report an event without depending on us-east-1
N Y N PARTIAL | TBD | 2022-03-01 | Make us-east-1 less special
N N Y PARTIAL | fcastagnoli |  | Keep scaling jobs under control
Y N N PREVENTS | deployment safety |  | Run every automated scaling activity against a staging copy of the internal network before its first production run each quarter
Y Y Y PARTIAL | @rillingworth | 2022-01-21 | Write the runbook for moving internal DNS off congested paths and rehearse it once under 30 minutes
N Y N PARTIAL | the operations team | 2022-02-15 | Re-examine incident visibility
Y Y Y DETECTS | Radovanko Illingworth (NetEng) | 2022-02-15 | Alert on connection attempts per second at the network address translation devices above 150 percent of the weekly peak
N N N PARTIAL |  |  | Fewer surprises from automation
Y Y N DETECTS | service teams and networking | 2022-03-31 | Publish a per-service dependency map of the internal network and mark every dependency that has no fallback
""",
ww="""
C | Moving internal DNS traffic off the congested paths cleared DNS errors by 09:28 PST.
V | The teams showed great resilience under pressure.
C | Running customer instances kept serving traffic through the event, because the freeze kept changes away from them.
"""))

S.append(dict(url="https://www.techpartner.news/news/google-apologises-for-gmail-outage-154723",
people=["Willemijn Saltonstall", "Ptolemaios Abercrumbie", "Drusilla Skelthorne", "Ingomar Boatwright"],
blame="""
B failure-verb | Willemijn underestimated the router load and took the servers down anyway.
B repeat-offender | This is the second time this year Ptolemaios's maintenance window took Gmail down.
B human-error | It was an operator mistake during routine upgrades, the rest is detail.
B counterfactual | If Drusilla had waited until evening Pacific time to take the servers offline, nobody would have noticed.
B competence | Sending traffic to routers you already know are overloaded is just bad engineering.
B implicit | Routers overloaded at 12:30, and the change author's status said "out for lunch".
B rhetorical-question | So who decided that a Tuesday lunchtime was the right moment for upgrades?
B sanction | Somebody in site reliability needs to be held accountable for a hundred minutes of no email.
B group-blame | sre team: servers offline, zero capacity check, gmail down. classic
B nobody-blame | Not one person on the maintenance call checked the request-router graphs before starting.
O system-failure | A few request routers became overloaded and refused traffic, which moved their load onto the rest until nearly all were overloaded.
O policy-subject | The maintenance plan assumed the request routers had enough spare capacity for the recent changes.
O neutral-fact | Web access to Gmail failed for about 100 minutes, while IMAP and POP kept working.
O actor-neutral | Ingomar brought additional request routers online from 13:00 to take the load.
O system-should | The request routers should have slowed down under load instead of refusing traffic and pushing it onto their neighbours.
O agentless-passive | Recent changes, some of them meant to improve availability, had raised the load on each request router.
O error-term | "Operator error" is the wrong label: the load estimate was made with the capacity data we had, and the data was stale.
O org-subject | Google said it would add request router capacity well beyond peak demand.
O credit | Drusilla spotted that IMAP traffic was unaffected and posted the workaround for business customers within 20 minutes.
O quoted-question | What would a request router need to do to degrade gracefully instead of shedding all of its traffic?
""",
actions="""
Y Y N PREVENTS | Gmail SRE | 2009-10-31 | Provision request routers for 150 percent of the daily peak with one datacenter's servers offline
N Y Y PARTIAL | Willemijn Saltonstall | 2009-09-30 | Review the maintenance process
Y Y N PREVENTS | the frontend team | 2009-11-30 | Make request routers slow down and queue when overloaded instead of telling peers to stop sending traffic, and load-test it at twice peak
N N N PARTIAL | we |  | Do maintenance more carefully
Y Y Y DETECTS | P. Abercrumbie | 2009-09-15 | Alert when more than 10 percent of request routers report overload within 2 minutes
N Y N PARTIAL | TBD | 2009-10-01 | Audit recent changes
Y N N PREVENTS | site reliability |  | Recompute request router capacity before every planned maintenance and attach the figure to the change ticket
N N Y PARTIAL | dskelthorne |  | Keep business customers informed
Y Y Y PARTIAL | @iboatwright | 2009-09-20 | Add a link to IMAP setup instructions to the Gmail error page shown during web outages
N Y N PARTIAL | Google | 2009-12-31 | Re-examine the upgrade schedule
Y Y N PARTIAL | Apps status team | 2009-09-08 | Post on the Apps status dashboard within 15 minutes of any web outage affecting more than 5 percent of users
N N N PARTIAL | everyone |  | Respect capacity limits
Y Y Y PREVENTS | Ingomar Boatwright (SRE) | 2009-10-15 | Move the maintenance window for Gmail frontends to the daily traffic trough and block changes outside it
Y N N DETECTS | capacity planning |  | Report weekly the load per request router against its tested limit and flag any router above 70 percent
""",
ww="""
C | Additional request routers were online and serving within about 100 minutes of the first errors.
V | The response was great.
C | IMAP and POP access kept working, so mail clients still delivered messages throughout.
"""))

S.append(dict(url="https://continuitycentral.com/index.php/news/technology/18-report-into-real-time-gross-settlement-downtime-incident-published",
people=["Jocasta Marchetti-Hale", "Pelham Aschwin", "Valdrin Oyinlola", "Hortensja Stuckley"],
blame="""
B failure-verb | Jocasta missed the defect in the 2013 change and it sat there until a bank left the system.
B passive-agent | The 7:23 email was ignored by every executive it was sent to.
B group-blame | The payments development team shipped defects into the central bank's settlement system twice.
B counterfactual | Had Pelham read his email that morning, the deputy governor would have known two hours sooner.
B sarcasm | Top marks to the RTGS project: a system that falls over the first time anyone removes a bank.
B competence | The people running RTGS did not even have the confidence to switch on their own backup system.
B implicit | Nine hours without settlement, 700 house purchases stuck, and the escalation email sat unread in three inboxes.
B human-error | The Deloitte review found that staff error in the change programme introduced the defects.
B rhetorical-question | How does a central bank's operations team go to work with no procedure for a settlement outage?
B role-blame | The duty manager on the RTGS desk should have phoned someone instead of trusting an email.
O system-failure | Defects introduced by changes in April 2013 and May 2014 made RTGS fail after a participant bank was removed.
O policy-subject | The escalation procedure relied on email to three people, all of whom were abroad in different time zones.
O neutral-fact | All 142,759 payments, worth about 290 billion pounds, were settled after opening hours were extended to 20:00.
O actor-neutral | Valdrin started processing urgent payments manually at 10:00 while the system was down.
O system-should | The contingency system should have been ready to use, but nobody was confident it would work.
O org-subject | The Bank of England accepted all of the review's recommendations and reconstituted its RTGS board.
O agentless-passive | Some house purchases could not be completed that day because their payments were settled late.
O meta-blameless | The question is not which executive missed the email but why escalation depended on a single email.
O credit | Hortensja drew up the priority order that put market-critical payments first and kept settlement risk down.
O quoted-question | What tests exercise the rare operations, like removing a participant, that the system may go years without doing?
""",
actions="""
Y Y N PREVENTS | RTGS development | 2015-06-30 | Add regression tests for adding and removing a participant and run them before every RTGS release
N Y Y PARTIAL | Jocasta Marchetti-Hale | 2015-05-31 | Review the RTGS change process
Y Y N PARTIAL | the crisis management office | 2015-04-30 | Replace email-only escalation with a phone call tree that reaches a deputy governor within 30 minutes
Y N N PARTIAL | RTGS operations |  | Rehearse a switch to the contingency system twice a year and record the time taken and the payments settled
N N N PARTIAL | we |  | Be better prepared
Y Y Y DETECTS | P. Aschwin | 2015-05-15 | Alert the RTGS desk when settlement throughput falls below 50 percent of the same hour last week for 10 minutes
N Y N PARTIAL | TBD | 2015-09-30 | Look at the future of RTGS
N N Y PARTIAL | voyinlola |  | Own the relationship with the CHAPS members
Y Y Y PARTIAL | @hstuckley | 2015-04-15 | Write the manual payment priority list as a procedure that names the order for market, housing and other payments
N Y N PARTIAL | the Bank of England | 2015-12-31 | Re-examine the RTGS governance model
Y Y N PARTIAL | the RTGS board | 2015-04-01 | Publish the Deloitte review and the Bank's response with an owner and a date for each recommendation
N N N PARTIAL |  |  | Strengthen crisis management
Y Y Y PREVENTS | Hortensja Stuckley (Payments) | 2015-08-31 | Rebuild the contingency settlement system so it can take over within 2 hours and prove it in one live test
Y N N DETECTS | RTGS operations and IT | 2015-06-30 | Check the results of every participant change in the first hour after it is applied and log the check
""",
ww="""
C | Every submitted payment was settled the same day after opening hours were extended to 20:00.
V | Staff showed great commitment.
C | Market-critical payments were settled first by manual processing from 10:00.
"""))

S.append(dict(url="https://businessnews.com.au/article/Premature-software-release-caused-ASX-outage",
people=["Yevdokiya Larkspurr", "Corentin Halliwick", "Bathildis Ogunremi", "Tevfikar Wrackham"],
blame="""
B failure-verb | Yevdokiya pushed ASX Trade live knowing the combination-trading tests were still open.
B passive-agent | The go-live checklist was signed by Corentin with four defects still marked open.
B counterfactual | Had Bathildis halted the market at 10:05 instead of 10:24, a lot fewer bad trades would need cancelling.
B human-error | Traders on the floor had the answer by lunch: human error in the exchange's release, nothing more mysterious.
B role-blame | The project manager for the refresh kept saying "ready" in every steering meeting without evidence.
B competence | The exchange's release team is not good enough to run a national market.
B sarcasm | Four dress rehearsals and it still fell over 24 minutes after the open; impressive commitment to the bit.
B implicit | The market shut all day, a million trades lost, and the release manager's leave started on Tuesday.
B rhetorical-question | who exactly said yes to go-live on a monday with combo orders not tested properly?
B timeline-blame | 10:24 market paused; 11:50 Tevfikar tells everyone the issue is found; 12:20 he says it is not.
O system-failure | A software issue in combination trading produced inaccurate market data after the refreshed ASX Trade went live.
O policy-subject | The test plan could not reasonably meet the exchange's near-zero appetite for disruption, the independent review found.
O neutral-fact | The market was paused shortly after the open and stayed closed for the rest of the trading day.
O actor-neutral | Bathildis placed the market in pre-open at 10:24 and told participants by trading notice four minutes later.
O org-subject | The exchange accepted the review's recommendations and the regulator put conditions on its licence.
O system-should | The go-live gate should have required a passing combination-trading test with production-like data volumes.
O meta-blameless | It is tempting to ask who said yes; the better question is why the readiness criteria let an unready system through.
O credit | Corentin found that the bad market data came only from multi-security orders, which narrowed the fix to one component.
O agentless-passive | Centre Point, the dark matching service, was kept off for a week until a fix was applied.
O quoted-question | What evidence does our go-live gate ask for before it calls a trading system ready?
""",
actions="""
Y Y N PREVENTS | ASX technology | 2021-03-31 | Require a passed combination-trading test at 2 times peak order volume before any future ASX Trade go-live
N Y Y PARTIAL | Yevdokiya Larkspurr | 2021-02-28 | Revisit the release approach
Y Y N PARTIAL | the project office | 2021-04-30 | Put every open defect with its severity on the go-live decision paper and block sign-off while any severity-1 is open
N N N PARTIAL | we |  | Test harder next time
Y Y Y DETECTS | C. Halliwick | 2021-01-31 | Compare market data messages with matched trades every minute after the open and alert on any mismatch
N Y N PARTIAL | Nasdaq and ASX | 2021-06-30 | Rethink the vendor arrangement
Y N N PARTIAL | market operations |  | Rehearse a full-day market halt with participants once a year and record the time to the first notice
Y Y Y PARTIAL | @bogunremi | 2020-12-15 | Write a template for trading notices that states the next update time and send it within 5 minutes of any halt
N N Y PARTIAL | twrackham |  | Keep participants better informed
Y Y N PARTIAL | the ASX board | 2021-06-30 | Publish the independent review and a dated plan for each of its recommendations
N Y N PARTIAL | TBD | 2021-03-01 | Audit project governance
Y Y Y PREVENTS | Tevfikar Wrackham (Trading Systems) | 2021-05-31 | Add a kill switch that disables combination orders alone so the rest of the market can keep trading
N N N PARTIAL |  |  | A culture of quality
Y Y N DETECTS | market surveillance | 2021-02-15 | Alert when indicative prices from combination orders differ from the last trade by more than 10 percent
""",
ww="""
C | The exchange told participants the root cause, combination trading, on the day of the outage.
V | Everybody stayed calm.
C | Trading reopened at 10:00 the next morning with combination orders handled separately.
"""))

S.append(dict(url="https://www.channelnewsasia.com/singapore/dbs-citibank-service-outage-data-centre-cooling-system-issue-equinix-redone-mobile-3849346?cid=cna_flip_070214",
people=["Wenzeslaw Kurrajong", "Ondraya Pemberthy", "Jaroslav Tiernagh", "Farahnaz Quillmorrow"],
blame="""
B failure-verb | The contractor closed the valves on the chilled water buffer tanks and cooked the whole hall.
B passive-agent | The backup network was misconfigured by Wenzeslaw last quarter and nobody tested it since.
B group-blame | The bank's DR team cannot even fail over to its own backup site.
B counterfactual | if ondraya test the backup site failover in summer like planned, paylah would not be down two days
B sanction | Whoever left that misconfiguration in the disaster recovery network should not be touching it again.
B character | Jaroslav never follows a runbook; he improvises and then wonders why the failover stalls.
B sarcasm | Another outage at the bank, the fourth this year, truly a consistent team.
B self-blame | I messed up the route config on the DR side, so the swing-over could not complete.
B nobody-blame | Not a single engineer noticed the DR network config drift until the day we needed it.
B hindsight | After three outages this year, anybody could have predicted the failover would not work.
O system-failure | The chilled water system failed during a planned upgrade and temperatures rose above the safe range in several halls.
O system-should | The buffer tank valves should have refused a close command while the chillers were being upgraded.
O neutral-fact | About 2.5 million payment and ATM transactions could not be completed, and there were 810,000 failed attempts to reach the banking apps.
O actor-neutral | Farahnaz started the switch to the backup data centre at about 15:30.
O agentless-passive | The backup site could not take all the traffic because of a network misconfiguration, so recovery took until Sunday.
O policy-subject | The disaster recovery plan assumed the backup site's network matched the primary, but nothing compared the two.
O org-subject | The Monetary Authority of Singapore opened an investigation into both banks' outages.
O credit | Jaroslav traced the stalled failover to one routing entry and fixed it, which brought the ATMs back that night.
O meta-blameless | Pointing at the contractor explains one valve; it does not explain why both banks' backup sites failed too.
O quoted-question | When did we last run a full failover to the backup site with real payment traffic?
""",
actions="""
Y Y N PREVENTS | data centre operations | 2023-12-31 | Interlock the chilled water buffer tank valves so they cannot close while a chiller is out of service
N Y Y PARTIAL | Wenzeslaw Kurrajong | 2023-11-30 | Check the disaster recovery setup
Y Y N DETECTS | infrastructure monitoring | 2023-11-15 | Compare the backup site's network configuration with the primary every night and raise a ticket on any difference
N N N PARTIAL | we |  | Make banking services more stable
Y Y Y PREVENTS | O. Pemberthy | 2024-03-31 | Run a full failover of digibank and PayLah to the backup data centre with live traffic and keep it there for 24 hours
Y N N PARTIAL | the DR team |  | Fail over one critical service to the backup site every month and record the time to full service
N Y N PARTIAL | TBD | 2023-12-01 | Talk to the data centre provider about the incident
Y Y Y DETECTS | @jtiernagh | 2023-11-30 | Alert when any hall inlet temperature passes 27 degrees Celsius, with a second page at 30
N N Y PARTIAL | fquillmorrow |  | Keep the regulator updated
Y Y N PARTIAL | customer communications | 2023-10-20 | Post a cause, a list of affected services and the refund process on the bank's website within 5 days
N Y N PARTIAL | the bank | 2024-06-30 | Re-examine technology risk management
Y Y Y PARTIAL | Farahnaz Quillmorrow (Payments) | 2023-12-15 | Keep ATM cash withdrawals working in offline mode up to a limit of 500 dollars per card per day during data centre loss
N N N PARTIAL | everyone |  | Stay alert for contractor work
Y Y N PREVENTS | the facilities contractor | 2023-11-30 | Require a second person to confirm every valve command during chiller upgrades and log both names
""",
ww="""
C | ATMs were back the same night after the routing entry on the backup site was fixed.
V | Our people did their best.
C | Both banks told customers within the first hour that a data centre problem was the cause.
"""))

S.append(dict(url="https://www.computerweekly.com/news/365530061/Guys-and-St-Thomas-NHS-Trust-warned-in-2018-about-datacentre-cooling-issues-outage-report-shows",
people=["Aurore Blenkiron-Sayle", "Thaddoric Okwuosa", "Gwendolen Pryce-Iorwerth", "Marek Shillingford"],
blame="""
B failure-verb | Estates ignored the 2018 warning about the cooling setup and sat on it for four years.
B passive-agent | The cooling upgrade request was turned down by Thaddoric in the 2019 capital round.
B counterfactual | If Aurore had moved the critical systems to the cloud as she was asked, the heatwave would not have mattered.
B competence | The trust's IT department is plainly not competent to run two data centres.
B implicit | 40 degrees forecast for a week, and the estates manager was on annual leave that Tuesday.
B role-blame | The on-call engineer took hours to notice both rooms were overheating.
B rhetorical-question | Who puts both the primary and the backup data centre in the same city with the same cooling design?
B human-error | The board was told it was basically human error in how the server rooms were managed.
B sarcasm | Nothing says resilience like staff with a hose looking for a tap while the servers melt.
B repeat-offender | Marek has been warned about the air-conditioning before and still did nothing.
O system-failure | Both data centres overheated on 19 July 2022 when the temperature reached 40 degrees, so the two sites failed together.
O system-should | The two data centres should not have shared a failure mode, since each was meant to be the other's backup.
O neutral-fact | The critical site incident lasted from 19 July to 21 September and the IT recovery cost 1.4 million pounds.
O actor-neutral | Gwendolen declared the critical site incident and moved clinical services to paper that afternoon.
O policy-subject | The capital planning process ranked the 2018 cooling concern below other estate work.
O org-subject | The trust published a 58-page review of the incident in January 2023.
O agentless-passive | Recovery was slowed in August by an unrelated cyber attack on a supplier that hosted a medical records system.
O credit | Thaddoric set up a phone line for test results within a day, which kept blood tests flowing to the wards.
O meta-blameless | The review is clear that the heat was foreseeable for the estate; asking which manager missed it does not make the buildings cooler.
O self-report | I shut down the imaging servers at 15:40 to protect the disks, knowing it would stop remote viewing of scans.
""",
actions="""
Y Y N PREVENTS | estates and facilities | 2023-06-30 | Install cooling in both data centres that holds room temperature under 27 degrees with 42 degrees outside and test it before summer
N Y Y PARTIAL | Aurore Blenkiron-Sayle | 2023-04-30 | Look at climate risk for IT
Y Y N PREVENTS | the digital services team | 2023-12-31 | Move the 20 most critical clinical systems to a hosting site outside London with a different cooling design
Y Y Y DETECTS | T. Okwuosa | 2023-03-31 | Alert the IT on-call and estates when either data centre room passes 30 degrees, with a wall display in the command centre
N N N PARTIAL | we |  | Be ready for heatwaves
Y N N PARTIAL | IT operations |  | Run a paper-based downtime exercise in one clinical area every quarter and record how long results take to reach the ward
N Y N PARTIAL | TBD | 2023-05-01 | Review the IT estate
N N Y PARTIAL | mshillingford |  | Follow up on the review's findings
Y Y Y PARTIAL | @gpryce | 2023-02-28 | Print a downtime pack for each ward that lists the phone numbers for pathology and imaging results
Y Y N PARTIAL | the trust board | 2023-03-31 | Publish the status of every review recommendation with an owner and date on the trust website
N Y N PARTIAL | NHS England | 2023-09-30 | Re-examine estate resilience
Y Y Y PARTIAL | Marek Shillingford (Estates) | 2023-05-31 | Fit water connection points outside both plant rooms so the condensers can be cooled with a hose in an emergency
N N N PARTIAL |  |  | More investment in infrastructure
Y N N DETECTS | the risk committee |  | Review every open estates risk rated high for IT at each monthly meeting and record a decision on it
""",
ww="""
C | The trust switched clinical services to paper within hours of declaring the critical incident.
V | Colleagues were incredibly resilient.
C | A phone line for test results kept blood results flowing to wards from the next morning.
"""))

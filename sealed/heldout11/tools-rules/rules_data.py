# heldout11 rules data (see ../rules/SOURCES-heldout11.md). All people invented.
S = []

S.append(dict(url="https://www.theadvocate.com.au/story/5352328/nsw-train-bosses-warned-to-delay-timetable/",
people=["Wenonah Quarrie", "Cuthred Fenwhistle", "Ketevan Marchbank", "Hallvard Brackenbury"],
blame="""
B failure-verb | Wenonah signed off the November timetable even though the consultants told her to wait.
B group-blame | The planning office ran the network with no spare drivers and then acted surprised.
B sarcasm | Brilliant work from head office: more trains on paper, fewer trains on the platform.
B counterfactual | If Cuthred had rostered enough crews for January, nobody would have been stranded at Central.
B passive-agent | The warning report was shelved by Hallvard in March and never mentioned again.
B rhetorical-question | Who on earth approves a tighter timetable in the middle of the storm season?
O system-failure | Lightning knocked out signalling on the T1 line and there was no slack in the timetable to absorb it.
O policy-subject | The new timetable left almost no recovery time between services, so one late train delayed several others.
O neutral-fact | Eighteen services were cancelled on the Tuesday and delays ran well into the night.
O actor-neutral | Ketevan moved two reserve crews to Hornsby at 16:40 when the first cancellations appeared.
O meta-blameless | Blaming sick leave misses the point; the question is why the roster had no margin for ordinary illness.
O org-subject | Transport for NSW introduced the timetable on 26 November against the consultants' advice to delay it.
""",
actions="""
Y Y N PREVENTS | Sydney Trains crewing | 2018-04-30 | Hold a reserve of at least 12 rostered drivers per shift before adding any service to the timetable
N Y Y PARTIAL | Wenonah Quarrie | 2018-03-01 | Review the timetable
Y Y N DETECTS | @network-ops | 2018-02-15 | Alert the rail operations centre when available crews fall below 95% of rostered services for the next peak
N N N PARTIAL | we |  | Keep commuters in the loop during disruptions
Y Y Y PREVENTS | B. Fenwhistle | 2018-05-31 | Restore three minutes of dwell slack at Strathfield and Redfern and re-run the simulation for the afternoon peak
N Y N PARTIAL | TBD |  | Sort out the driver shortage
Y N N PARTIAL | the timetable planning team |  | Publish the recovery margin of every timetable change to the rail operations centre each quarter
Y Y N PARTIAL | Transport for NSW | 2018-06-30 | Refund Opal fares for 8 and 9 January to every card that tapped on a cancelled line
N N Y PARTIAL | kmarchbank | 2018-03-15 | Take ownership of the storm response plan
Y Y Y DETECTS | Hallvard Brackenbury (Ops) | 2018-02-28 | Wire lightning-strike alerts from the Bureau of Meteorology feed into the signalling fault dashboard
N Y N PARTIAL | the executive | 2018-04-01 | Re-examine how expert advice is weighed before go-live
Y Y N PREVENTS | the rail operations centre |  | Rehearse a 20-percent-crew-shortage scenario before the next timetable launch and record the recovery time
N N N PARTIAL |  |  | Better communication between agencies
Y Y Y PREVENTS | Dr. Ketevan Marchbank | 2018-07-31 | Bring four mothballed sets back to certified service and add them to the spare fleet list
Y Y N DETECTS | RTBU liaison and crewing | 2018-03-31 | Report weekly the gap between approved leave and rostered cover for each depot
""",
ww="""
C | Two reserve crews reached Hornsby within 40 minutes of the first cancellation.
V | Staff on the platforms were great under pressure.
C | Replacement buses ran from Strathfield every 10 minutes from 18:00.
"""))

S.append(dict(url="http://claimvantage.com/salesforce-outage-causes-disruption/",
people=["Vratislav Haldbrook", "Eirlys Tumelty", "Zenobius Ingleby", "Brunhilde Cordray"],
blame="""
B failure-verb | Vratislav failed the instance over to Chicago without checking the storage firmware first.
B competence | Whoever certified that breaker in March clearly has no idea how a load test works.
B mistake-attribution | The data loss was Eirlys's mistake: she picked the backup with the four-hour gap.
B character | Zenobius always rushes the restore so he can post a green light on the status page.
B human-error | Customer forums settled it within an hour: human error by the data centre staff.
B hindsight | Anyone could have seen that moving NA14 eight hours before the outage was asking for trouble.
O system-failure | The circuit breaker failed and the redundant power did not engage, so the compute layer lost power.
O system-should | The storage array should not have corrupted files when write volume rose after failover.
O agentless-passive | The instance was restored from a local backup that did not contain the file discrepancies.
O quoted-question | What made the database cluster accept writes after the firmware started producing discrepancies?
O self-report | I chose the local backup at 04:10 because the vendor's repair was still failing and peak hours were coming.
O error-term | "Operator error" does not fit here: the breaker had passed certification and the firmware bug was unknown.
""",
actions="""
Y Y N PREVENTS | storage engineering | 2016-06-15 | Upgrade the storage array firmware on every instance and block failover to arrays below the fixed version
N Y Y PARTIAL | Brunhilde Cordray (SRE) | 2016-06-01 | Improve backup strategy
Y Y N DETECTS | the database team | 2016-05-31 | Run a checksum scan of database files within 15 minutes after any site switch and page on a mismatch
Y N N PARTIAL | facilities |  | Load-test every power circuit and breaker in each data centre twice a year
N N N PARTIAL | everyone |  | Be more careful with site switches
Y Y Y PREVENTS | @zingleby | 2016-07-01 | Forbid a second site switch within 24 hours of a first one unless the VP of infrastructure approves in writing
Y Y N PARTIAL | Salesforce | 2016-05-20 | Tell every NA14 customer which 3.5-hour window of data cannot be restored and how to re-enter it
N Y N PARTIAL | TBD | 2016-06-30 | Fix the trust site
Y Y Y DETECTS | E. Tumelty | 2016-06-10 | Post trust-site updates for NA14-class incidents every 30 minutes and show the estimated time of recovery
N N Y PARTIAL | vhaldbrook |  | Keep NA14 customers informed
Y Y N PREVENTS | the power team and the vendor |  | Replace the failed breaker and all breakers from the same batch in Washington DC and Herndon
N Y N PARTIAL | database vendor liaison | 2016-06-15 | Re-examine the vendor escalation path
Y Y N DETECTS | monitoring |  | Alarm when the redundant power feed is not carrying load within 5 seconds of a primary loss
N N N PARTIAL | we |  | Review our failover process
Y Y Y PARTIAL | Brunhilde C. | 2016-05-27 | Re-enable weekly exports and sandbox copies on NA14 once read latency stays under 200 ms for 24 hours
""",
ww="""
C | The decision to restore from the local backup brought NA14 back before the next business day's peak.
V | The vendor's database engineers were really helpful.
C | The CEO answered customer emails directly during the first 12 hours.
"""))

S.append(dict(url="https://www.theguardian.com/money/2018/jun/19/visa-admits-5m-payments-failed-over-a-broken-switch",
people=["Ingrith Arbuthnot", "Dashiell Trevethick", "Morwenna Skelding", "Ottokar Brightwell"],
blame="""
B role-blame | The duty network engineer took far too long to isolate the primary site.
B passive-agent | The switch was left in service by Dashiell even after it started dropping packets.
B implicit | Ten hours of failed card payments, and the network team went home at midnight as if nothing had happened.
B group-blame | The operations team in London clearly cannot run two data centres.
B sanction | Someone in operations should lose their job over 5.2 million failed payments.
B rhetorical-question | Why did nobody on the bridge think to cut the link to the secondary site?
O system-failure | A partial switch failure in the primary data centre stopped the secondary site from taking over automatically.
O system-counterfactual | If the failing switch had failed completely, the failover would have worked as designed.
O neutral-fact | In the UK 2.4 million transactions failed to process, out of 27.6 million attempted.
O org-subject | Visa Europe replaced the switch and is running a forensic analysis with the manufacturer.
O actor-neutral | Morwenna disabled the synchronisation link at 22:50 and the secondary site began to clear its backlog.
O meta-blameless | Asking who was slow hides the real question: why the failover could not tell a partial failure from a healthy switch.
""",
actions="""
Y Y N PREVENTS | Visa Europe network engineering | 2018-09-30 | Make the secondary site stop synchronising with the primary when message acknowledgements exceed 2 seconds
Y Y N DETECTS | network monitoring | 2018-07-15 | Install monitoring that flags a partial switch failure within 60 seconds by comparing port error rates
N Y Y PARTIAL | Ingrith Arbuthnot | 2018-08-01 | Re-examine our data centre resilience
Y Y N PARTIAL | Visa | 2018-07-31 | Compensate cardholders who paid extra costs on 1 June and waive fees to UK acquirers for the failed transactions
N N N PARTIAL |  |  | Better failover
Y N N PREVENTS | the operations team |  | Practise manual isolation of the primary site every quarter and keep the time under 30 minutes
Y Y Y DETECTS | @dtrevethick | 2018-07-20 | Graph the synchronisation backlog at the secondary site and page when it grows for 5 minutes
N Y N PARTIAL | TBD |  | Take ownership of the switch vendor relationship
Y Y Y PREVENTS | Ottokar Brightwell (Network) | 2018-10-31 | Swap every switch of the failed model in both UK data centres for the revised hardware
N N Y PARTIAL | m.skelding |  | Keep the Treasury Committee in the loop
Y Y N PARTIAL | communications | 2018-06-08 | Post the incident cause and the compensation process on the Visa newsroom within 7 days
N Y N PARTIAL | we | 2018-09-01 | Review the incident runbook
Y Y N PREVENTS | architecture |  | Isolate synchronisation traffic from transaction traffic so a backlog cannot slow authorisations
N N N PARTIAL | everyone |  | Think about resilience more
Y Y Y DETECTS | Dr. Ingrith Arbuthnot | 2018-08-15 | Add a per-issuer decline-rate alert that fires when declines exceed 3 times the same hour last week
""",
ww="""
C | Cash machines kept working throughout, so UK cardholders could still withdraw money.
C | The incident letter to the Treasury Committee went out with per-country transaction counts within three weeks.
V | The team pulled together well.
"""))

S.append(dict(url="https://www.datacenterdynamics.com/en/news/server-room-crash-takes-down-bloomberg-terminals/",
people=["Saturnin Vantreight", "Hesper Langridge", "Aurelijus Woolcombe", "Araminta Kestle"],
blame="""
B repeat-offender | Saturnin has pushed risky network software on a Friday morning before, and here we are again.
B counterfactual | Had Hesper isolated the faulty hardware an hour earlier, London would not have lost the gilt auction.
B sarcasm | Fantastic timing by the network group: a blackout right as Europe opened.
B self-blame | My fault entirely; I restarted the routing software without checking the traffic graphs.
B nobody-blame | Nobody in the network group bothered to test the redundant systems, and it shows.
B timeline-blame | 08:20 - traffic storm starts; 09:30 - Aurelijus still on his train with his pager on silent.
O system-failure | A combination of hardware and software faults produced so much traffic that terminals were disconnected.
O system-should | The redundant systems should have carried the load when the faulty hardware was isolated.
O neutral-fact | The UK Debt Management Office postponed its three-billion-pound Treasury bill tender to the afternoon.
O credit | Araminta spotted the traffic spike on the edge routers and narrowed it to one rack within minutes.
O quoted-question | Which part of the redundant design assumed the failures would be independent of each other?
O policy-subject | The change policy allowed network software updates during the European open.
""",
actions="""
Y Y N PREVENTS | network engineering | 2015-06-30 | Rate-limit control traffic on every core switch so a single faulty device cannot exceed 10% of link capacity
N Y Y PARTIAL | Saturnin Vantreight | 2015-05-15 | Review the redundant systems
Y N N PREVENTS | change management |  | Freeze network software changes between 06:00 and 17:00 London time on weekdays
Y Y N DETECTS | the NOC | 2015-05-01 | Page the network on-call when terminal disconnections exceed 1,000 per minute in any region
N N N PARTIAL | TBD |  | Sort out the network
Y Y Y PARTIAL | Hesper Langridge (NOC lead) | 2015-04-24 | Phone the Debt Management Office and the largest 50 trading customers with the cause and timeline
N Y N PARTIAL | Bloomberg LP | 2015-07-01 | Take ownership of the redundancy story
Y Y Y DETECTS | @akestle | 2015-05-20 | Chart per-rack traffic against a 7-day baseline and flag any rack above 4 standard deviations
N N Y PARTIAL | awoolcombe |  | Be available when paged
Y Y N PREVENTS | the network group and the vendor | 2015-09-30 | Quarantine faulty hardware automatically by shutting its ports when its error counter passes 500 per second
N Y N PARTIAL | we | 2015-06-01 | Re-examine the Friday release habit
Y N N DETECTS | the SRE group |  | Inject a switch fault into the staging network each month and confirm the redundancy takes over
N N N PARTIAL |  |  | Improve resilience
Y Y Y PREVENTS | A. Kestle | 2015-08-15 | Split the European and Asian terminal traffic onto separate core switch pairs
Y Y N PARTIAL | customer support | 2015-05-08 | Issue a status message inside the terminal chat tool within 10 minutes of any outage
""",
ww="""
C | Traders placed orders by telephone, and the Treasury bill sale went ahead the same afternoon.
V | Recovery went fairly smoothly.
C | The faulty rack was isolated and the software restarted before the US markets opened.
"""))

S.append(dict(url="https://www.finextra.com/pressarticle/60423/nyse-blames-bungled-software-update-for-outage",
people=["Ermengild Faircloth", "Drystan Quilliam", "Clementia Rosslare", "Jethro Aldwinckle"],
blame="""
B failure-verb | Drystan forgot to load the matching configuration onto the customer gateways before the release.
B passive-agent | The gateways were patched by Clementia at 09:15 with no test against the new trading unit.
B counterfactual | If Ermengild had rolled back the release at 07:30, the floor would never have stopped.
B human-error | The trader alert makes it plain: human error during a routine software rollout.
B competence | The release team could not manage one trading unit, let alone the whole floor.
B rhetorical-question | How does anyone push a timestamp release to production the night before the busiest summer session?
O system-failure | The gateways and the upgraded trading unit could not talk reliably, and the errors grew through the morning.
O policy-subject | Standard practice deployed the release to one trading unit first, but it did not cover gateway compatibility.
O neutral-fact | Trading on the floor was suspended at 11:32 and resumed at 15:10.
O actor-neutral | Jethro cancelled all open orders and started the failover to the backup units in Mahwah.
O agentless-passive | The gateways were updated before the open with a version that turned out to cause new communication issues.
O org-subject | The exchange published a trader alert the next day describing the sequence of events.
""",
actions="""
Y Y N PREVENTS | release engineering | 2015-08-31 | Refuse to start a trading-unit release unless every customer gateway reports a compatible configuration version
N Y Y PARTIAL | Ermengild Faircloth | 2015-08-01 | Review the release process
Y Y N DETECTS | market operations | 2015-07-31 | Page the duty manager when gateway-to-unit message errors exceed 50 per minute during pre-open
N N N PARTIAL | TBD |  | Improve gateway testing
Y N N PREVENTS | the QA group |  | Run every release against a full set of production gateway configurations in the certification lab
Y Y Y PARTIAL | D. Quilliam | 2015-07-15 | Reconcile every order cancelled on 8 July with the top 100 member firms and confirm in writing
N Y N PARTIAL | the NYSE | 2015-09-30 | Take ownership of gateway configuration
Y Y Y DETECTS | @crosslare | 2015-07-24 | Compare gateway and trading-unit software versions every 5 minutes and show mismatches on the floor dashboard
N N Y PARTIAL | jaldwinckle |  | Be more careful with morning patches
Y Y N PREVENTS | change management | 2015-08-15 | Ban any gateway change between 07:00 and 16:00 Eastern without a rollback already tested that day
N N N PARTIAL | we |  | Keep member firms in the loop
Y Y N PARTIAL | the Mahwah team and market operations | 2015-09-15 | Cut the time to fail over to backup trading units from 3 hours to 45 minutes and prove it in a weekend drill
N Y N PARTIAL |  | 2015-08-20 | Re-examine the rollout plan
Y Y Y DETECTS | Ermengild F. (Market Ops) | 2015-08-10 | Issue a market status message automatically when more than 5 members report unusual behaviour within 10 minutes
Y N N PARTIAL | release engineering |  | Stage every release for two full trading days on one unit before extending it to others
""",
ww="""
C | All NYSE-listed stocks kept trading on other venues for the whole day.
C | The closing auction accepted orders and executed normally after the 15:10 restart.
V | The exchange handled the halt professionally.
"""))

S.append(dict(url="https://m.csmonitor.com/Business/2015/0708/United-Airlines-suffers-2nd-major-grounding-in-two-months",
people=["Gunnvor Holloway-Vance", "Aethelwine Drewitt", "Berenice Cottingley", "Idwal Maybrick"],
blame="""
B repeat-offender | Second grounding in two months, and once again it is Aethelwine's network team.
B character | Gunnvor is the kind of manager who signs off router changes without reading them.
B sarcasm | Great job, IT: one router and the whole fleet is parked.
B self-blame | I should have caught the router alarms before the first wave of departures.
B passive-agent | The spare router was never configured by Idwal, so there was nothing to switch to.
B group-blame | The network group keeps finding new ways to ground planes.
O system-failure | A faulty router degraded connectivity for several applications, so agents could not check passengers in.
O system-should | The reservation system should have kept working on the second network path when one router degraded.
O neutral-fact | The FAA ground stop lasted nearly two hours; about 60 flights were cancelled and more than 800 delayed.
O self-report | I called the FAA at 08:05 to request the ground stop because dispatch could not confirm flight plans.
O meta-blameless | Calling this a repeat failure of one team skips the question of why a single router carries dispatch and check-in.
O credit | Berenice identified the failing router from the interface counters and swapped its traffic within the hour.
""",
actions="""
Y Y N PREVENTS | network engineering | 2015-09-30 | Give the dispatch and reservation systems two independent routers on separate power and carrier circuits
N Y Y PARTIAL | Aethelwine Drewitt | 2015-08-15 | Fix the network
Y Y N DETECTS | the NOC | 2015-07-31 | Alert when packet loss on any core router exceeds 2% for 60 seconds
Y Y N PARTIAL | customer service | 2015-07-10 | Waive change fees for every passenger booked on 8 July and email each one the waiver code
N N N PARTIAL | everyone |  | Take the network more seriously
Y Y Y PREVENTS | Dr. Berenice Cottingley | 2015-10-31 | Configure and test the spare router so traffic moves to it without a manual step
N Y N PARTIAL | United | 2015-09-01 | Re-examine IT investment after the merger
Y N N DETECTS | the SRE group |  | Probe check-in, dispatch and boarding from every hub every 30 seconds and page on two failures in a row
N N Y PARTIAL | imaybrick |  | Keep the FAA in the loop
Y Y N PARTIAL | airport operations | 2015-08-31 | Print a paper check-in kit at each of the 8 hubs so agents can board passengers during a 2-hour outage
N Y N PARTIAL | TBD | 2015-08-01 | Review what happened on 2 June as well
Y Y Y DETECTS | @gholloway | 2015-07-20 | Put router interface error counters on the operations centre wall display with a red threshold at 100 per second
N N N PARTIAL |  |  | Better redundancy
Y N N PREVENTS | change advisory board |  | Require a peer review and a rollback plan for every router configuration change at the data centres
Y Y N PARTIAL | the operations centre and dispatch | 2015-09-15 | Exercise a full network-loss scenario and restart dispatch within 30 minutes
""",
ww="""
C | Flights already in the air were unaffected and landed normally.
C | The ground stop was lifted after two hours once the router was replaced.
V | Gate agents stayed calm with passengers.
"""))

S.append(dict(url="https://fortune.com/2019/06/18/google-calendar-down-error-404/",
people=["Tancredi Pellworth", "Ondine Heathcote", "Casimiro Swarbrick", "Teodolinda Trenholme"],
blame="""
B implicit | Sixteen days after the last outage, and the same on-call rotation was in charge again.
B nobody-blame | Nobody on the calendar team checked whether the frontend would serve 404s during the rollout.
B counterfactual | Had Tancredi watched the error graph after his push, this would have been a ten-minute blip.
B sarcasm | Lovely tweet praising Calendar an hour before it went down, well done marketing.
B timeline-blame | 10:05 - push starts; 10:20 - 404s climb; 11:10 - Ondine finally opens the dashboard.
B role-blame | The release owner walked away from a rollout that was still in progress.
O system-failure | The Calendar frontend returned 404 pages to most users in the US and Canada for about three hours.
O system-counterfactual | If the rollout had paused automatically on the rise in 404s, most users would never have noticed.
O neutral-fact | Most areas could reach Calendar again by 12:45 ET, and the fix was expected by 13:40 ET.
O quoted-question | Why did the canary population not show the 404s before the change reached everyone?
O error-term | "The engineer made an error" tells us nothing; the rollout let a broken build reach every user.
O actor-neutral | Casimiro rolled the frontend back at 12:20 and confirmed the error rate fell in two regions.
""",
actions="""
Y Y N PREVENTS | calendar SRE | 2019-07-31 | Halt a frontend rollout automatically when the 404 rate in the canary exceeds 0.5% for 3 minutes
N Y Y PARTIAL | Tancredi Pellworth | 2019-07-15 | Review rollout practices
Y Y N DETECTS | @calendar-oncall | 2019-07-01 | Probe the calendar web page from 6 regions every minute and page on 3 consecutive failures
N N N PARTIAL | we |  | Take more care over frontend pushes
Y Y Y PARTIAL | O. Heathcote | 2019-06-25 | Post the cause and a timeline on the G Suite status dashboard within 5 business days
N Y N PARTIAL | TBD | 2019-08-01 | Sort out the canary population
Y N N DETECTS | the release team |  | Show 404 and 5xx rates side by side on the release dashboard for every push
Y Y N PREVENTS | frontend infrastructure | 2019-09-30 | Keep the last known good frontend build warm so rollback takes under 5 minutes
N N Y PARTIAL | cswarbrick |  | Take ownership of the release calendar
Y Y Y DETECTS | Teodolinda Trenholme (SRE) | 2019-07-10 | Alert on a 10% drop in event-creation requests compared with the same hour a week earlier
N Y N PARTIAL | the social media team | 2019-07-01 | Re-examine product tweets during incidents
Y Y N PARTIAL | G Suite support |  | Credit affected G Suite customers under the SLA and send each admin a summary of the outage window
N N N PARTIAL | everyone |  | Improve calendar alerting
Y Y N PREVENTS | calendar SRE and frontend infrastructure | 2019-10-31 | Split the canary across at least 3 regions and 2 account types, paid and free, before full rollout
Y Y Y PREVENTS | Tancredi P. | 2019-08-15 | Add an integration test that loads the main calendar view for a signed-in user and fails the build on any 4xx
""",
ww="""
C | Local caching in the mobile apps kept existing events and reminders visible during the outage.
V | The response was quick once we knew.
C | The status dashboard was updated within 20 minutes of the first reports.
"""))

S.append(dict(url="https://www.itpro.com/cloud/363071/pokemon-gos-google-cloud-was-hit-by-50x-expected-server-traffic",
people=["Quintessa Ravelstone", "Hildebert Kettlewell", "Honoria Blackadder-Lee", "Florizel Mabbott"],
blame="""
B competence | The capacity planners guessed 5x worst case; they clearly had no idea what they were launching.
B mistake-attribution | The launch crash was Hildebert's mistake: he sized the datastore for the target, not the worst case.
B hindsight | It was obvious to everyone that a Pokemon game would go viral, so who signed off on those numbers?
B sanction | Quintessa should be taken off the next launch after this mess.
B failure-verb | Florizel ignored the traffic graph for the first 15 minutes in Australia.
B rhetorical-question | Did the launch team honestly think a 5x margin was enough for Pokemon?
O system-failure | Player traffic reached 50 times the launch target and the game servers could not keep up.
O org-subject | Niantic paused the launch in further countries until capacity caught up.
O neutral-fact | Traffic passed the launch target within 15 minutes of release in Australia and New Zealand.
O policy-subject | The launch plan assumed a worst case of five times the target and staged the rollout by country.
O self-report | I added datastore capacity at 02:00 and watched the error rate until the US launch was stable.
O credit | Honoria and the cloud reliability engineers upgraded the container cluster before the Japan launch without downtime.
""",
actions="""
Y Y N PREVENTS | Niantic engineering | 2016-08-15 | Load-test the login and map services at 50 times the launch target before opening any new country
N Y Y PARTIAL | Hildebert Kettlewell | 2016-08-01 | Improve capacity planning
Y Y N DETECTS | the on-call | 2016-07-20 | Page when login errors exceed 1% in any country for 2 minutes
N N N PARTIAL | TBD |  | Fix the servers
Y N N PARTIAL | the community team |  | Post a server status update on social media every 2 hours while login errors stay above 1%
Y Y Y PREVENTS | Quintessa R. (Infra) | 2016-07-25 | Put a login queue in front of the game servers that admits players at a fixed rate
N Y N PARTIAL | Google CRE and Niantic | 2016-09-01 | Re-examine the launch playbook together
Y Y Y DETECTS | @fmabbott | 2016-07-18 | Chart new sign-ups per minute by country against the forecast and alert at 3 times the forecast
N N Y PARTIAL | honoria.bl |  | Tell trainers what is going on with the servers
Y Y N PREVENTS | the backend team | 2016-08-31 | Shed non-essential requests, such as gym leaderboards, when datastore latency exceeds 500 ms
N N N PARTIAL | everyone |  | Plan better for the next launch
Y Y N PARTIAL | Niantic |  | Delay the launch in each new country until the previous country's error rate stays under 0.5% for 48 hours
N Y N PARTIAL | we | 2016-08-20 | Take ownership of the datastore limits
Y Y Y PREVENTS | Dr. Florizel Mabbott | 2016-09-15 | Raise datastore and load balancer quotas to 10 times the highest observed peak before any regional event
Y N N DETECTS | capacity engineering |  | Compare actual and forecast traffic every week and flag a forecast that is off by more than 20%
""",
ww="""
C | The container cluster upgrade before the Japan launch completed with no player downtime.
V | Collaboration with the cloud provider was excellent.
C | Extra capacity was provisioned before the US launch the day after Australia.
"""))

S.append(dict(url="https://www.cnbc.com/2018/07/19/amazon-internal-documents-what-caused-prime-day-crash-company-scramble.html",
people=["Griselda Thornycroft", "Osric Pennefather", "Dulcibella Harwick", "Eadric Vellacott"],
blame="""
B human-error | Analysts called it what it was: staff error in capacity planning.
B failure-verb | Osric did not secure enough servers for the first hour of the sale.
B character | Griselda is too proud to ask other teams for hardware until it is too late.
B implicit | Out of capacity an hour into Prime Day, and the scaling team's status update says they are scavenging hardware.
B passive-agent | International traffic was cut off by Eadric without telling the regional teams.
B counterfactual | If the retail team had tested auto-scaling last week, we would not be adding servers by hand.
O system-failure | Sable, the internal compute and storage system, broke down and glitches spread to services that depend on it.
O system-should | Auto-scaling should have added servers as the traffic surge arrived.
O neutral-fact | Within 15 minutes of the start, a simpler fallback front page was switched on and international traffic was blocked.
O actor-neutral | Dulcibella reopened the standard home page to 25 percent of traffic at 12:37.
O quoted-question | Which limit stopped auto-scaling from adding capacity when the surge began?
O meta-blameless | Asking which team ran out of servers hides why the shared system had no spare capacity to draw on.
""",
actions="""
Y Y N PREVENTS | retail infrastructure | 2018-10-15 | Reserve hardware for 3 times the forecast peak for the first 6 hours of Prime Day
N Y Y PARTIAL | Griselda Thornycroft | 2018-09-01 | Review auto-scaling
Y Y N DETECTS | the Sable team | 2018-08-31 | Alert when spare Sable capacity drops below 20% in any region
N N N PARTIAL |  |  | Better capacity planning
Y Y Y PREVENTS | O. Pennefather | 2018-09-30 | Run a full-scale Prime Day rehearsal at 2 times last year's peak and fix every scaling limit found
Y N N PARTIAL | the front page team |  | Keep the fallback front page tested every month so it can be switched on in under 2 minutes
N Y N PARTIAL | TBD | 2018-09-15 | Re-examine dependencies on Sable
Y Y Y DETECTS | @dharwick | 2018-08-15 | Show checkout success rate per minute on the Prime Day dashboard with an alarm below 97%
N N Y PARTIAL | evellacott |  | Keep regional teams in the loop
Y Y N PARTIAL | warehouse operations | 2018-09-30 | Add an offline scan-and-pack mode so warehouses keep packing when Sable is slow
N Y N PARTIAL | we | 2018-08-01 | Sort out the incident comms
Y Y N PREVENTS | Sable engineering and retail infrastructure | 2018-12-01 | Throttle Alexa and Twitch traffic to Sable before checkout traffic when capacity is short
N N N PARTIAL | everyone |  | Do better next year
Y Y Y PARTIAL | Griselda T. (Retail) | 2018-07-27 | Email every Prime member who saw error pages on 16 July a list of the deals they missed
Y Y N DETECTS | capacity engineering | 2018-09-15 | Forecast Prime Day traffic hourly and flag any service whose reserved capacity covers less than 1.5 times the forecast
""",
ww="""
C | The fallback front page was live within 15 minutes of the start of the sale.
V | Everyone stepped up on the day.
C | 100 million products sold over the 36 hours despite the first-hour problems.
"""))

S.append(dict(url="https://mobilesyrup.com/2019/03/14/facebook-downtime-facebook-says-14-hour-downtime-was-caused-by-server-configuration-change/",
people=["Ottavia Calloway", "Kazimierz Wetherell", "Sidonie Ashgrove", "Ruairidh Fenmore-Quinn"],
blame="""
B group-blame | The infrastructure team broke three apps at once and took 14 hours to notice what they had done.
B self-blame | I pushed the server config and then went to lunch; that is on me.
B rhetorical-question | Who lets a single configuration change reach Facebook, Instagram and WhatsApp at once?
B role-blame | The change author never checked the canary before promoting the config.
B nobody-blame | Nobody bothered to tell users anything for the first ninety minutes.
B repeat-offender | Kazimierz again: the November outage was also his routine test.
O system-failure | A server configuration change left users unable to post or load media across Facebook, Instagram and WhatsApp.
O system-counterfactual | If the config system had promoted the change region by region, the outage would have stayed in one region.
O neutral-fact | Down Detector reports peaked at more than 12,000 an hour, and the outage lasted about 14 hours.
O org-subject | Facebook posted on Twitter that the outage was not a DDoS attack.
O agentless-passive | The configuration change was rolled back in stages overnight and the apps recovered by 00:41 ET.
O quoted-question | What in the config pipeline allowed one change to affect every app in the family at once?
""",
actions="""
Y Y N PREVENTS | configuration management | 2019-05-31 | Promote server config changes one region at a time with 30 minutes between regions and automatic rollback
N Y Y PARTIAL | Ottavia Calloway | 2019-04-15 | Review the config process
Y Y N DETECTS | @prod-eng | 2019-04-01 | Page when successful photo uploads drop 20% below the same minute last week in any app
N N N PARTIAL | TBD |  | Sort out the config system
Y Y Y PARTIAL | Kazimierz Wetherell (Comms) | 2019-03-20 | Post a public status update within 15 minutes of any family-wide outage and every hour after
N Y N PARTIAL | we | 2019-05-01 | Take ownership of cross-app dependencies
Y Y N PREVENTS | the infrastructure team | 2019-06-30 | Separate the server config stores for Facebook, Instagram and WhatsApp so one change cannot reach all three
N N Y PARTIAL | s.ashgrove |  | Pay closer attention when pushing configs
Y N N DETECTS | release engineering |  | Diff each config change against the previous version and post the diff to the on-call channel before promotion
N Y N PARTIAL |  | 2019-04-30 | Re-examine the November incident too
Y Y Y DETECTS | Ruairidh Fenmore-Quinn | 2019-04-10 | Add a status page for developers that shows API error rates per app
N N N PARTIAL | everyone |  | Improve incident communication
Y Y N PARTIAL | partner engineering | 2019-04-05 | Notify every app that uses Facebook Login of the outage window and its effect on their sign-ins
Y Y Y PREVENTS | Dr. Ottavia Calloway | 2019-06-15 | Require two approvers and a canary of 1% of servers for 10 minutes before any config change goes further
Y N N PARTIAL | the on-call and comms |  | Rehearse a family-wide outage every six months and time the first public message
""",
ww="""
C | Rolling back in stages kept the recovery from overloading the storage backends.
C | The first public statement denied a DDoS attack within two hours, which stopped wild speculation.
V | People worked hard overnight.
"""))

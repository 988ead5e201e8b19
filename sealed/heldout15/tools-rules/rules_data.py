# heldout15 rules data (see ../rules/SOURCES-heldout15.md). All people invented.
# Style: half internal drafts (chat, handles, stickies, timeline rows, Jira comments, terse/non-native English), half report prose.
S = []

S.append(dict(url="https://blog.cloudflare.com/details-of-the-cloudflare-outage-on-july-2-2019/",
people=["Quennick Barsetti", "Yevanne Dromholt", "Tashiro Obiakwelu", "Esmerinda Quenneville"],
blame="""
B failure-verb | quennick pushed the regex straight to every PoP and never ran it through the benchmark, that's the whole outage
B passive-agent | The CPU guard in the WAF was quietly ripped out by Yevanne's refactor a few weeks before and nobody noticed.
B sarcasm | nice one @tashiro, 100% CPU on every edge box worldwide in under a minute, new personal best
B rhetorical-question | why on earth does a WAF rule author think dot-star-equals-dot-star is fine to ship globally??
B counterfactual | Had Esmerinda staged the rule in the simulate mode like the runbook says, we'd have seen the CPU spike on one colo.
B group-blame | the WAF team ships rules like they're not running on the same boxes that serve all our customers
B hindsight | Looking back it was blindingly obvious that a backtracking regex would eat the CPU, anyone could have told you.
B timeline-blame | 13:42 - quennick's rule takes down the edge
B competence | An engineer who doesn't know what catastrophic backtracking is should not be writing managed rules.
B sanction | retro sticky: whoever approved the rule loses global deploy rights until they do the regex course
O actor-neutral | 13:42 - quennick merges the managed-rule change and the deploy system sends it to all PoPs in one step
O system-failure | The regular expression backtracked so heavily that every core handling HTTP traffic sat at 100% CPU.
O system-should | The rule deployment path should have used the same staged rollout as the edge software releases.
O neutral-fact | Traffic through the proxy dropped by about 82% for 27 minutes until the global WAF kill switch took effect.
O credit | shoutout @yevanne for spotting in the flame graph that it was the WAF regex and not an attack, that saved us half an hour
O quoted-question | sticky: why could one rule change bypass every canary we have?
O policy-subject | Our emergency-change policy let security rules skip the staged rollout, on the reasoning that attacks do not wait.
O system-counterfactual | If the regex engine had carried a complexity limit, the pattern would have been rejected at compile time.
O meta-blameless | "Tashiro broke it" is not a finding: the rule passed the tests the pipeline asked it to pass.
O agentless-passive | The global kill switch for the WAF was used at 14:07 and traffic recovered within minutes.
""",
actions="""
Y Y N PREVENTS | WAF engineering | 2019-08-15 | Move the managed-rule engine to a regex library with linear-time matching guarantees
Y Y Y PREVENTS | Quennick Barsetti | 2019-07-26 | Restore the per-request CPU limit in the WAF that the June refactor removed, with a unit test that fails without it
N N N PARTIAL | we |  | Regexes need more care from everybody
Y Y Y DETECTS | @ydromholt | 2019-07-31 | Add a rule-deploy alert that fires when edge CPU rises more than 20 points within two minutes of a WAF change
N Y N PARTIAL | SRE |  | Look at the kill switch process
Y Y N PREVENTS | release engineering | 2019-09-30 | Send WAF rule changes through the same staged PoP rollout as edge binaries, starting with dog-food colos
N Y Y PARTIAL | Esmerinda | 2019-08-02 | Update the WAF runbook
Y Y Y PARTIAL | T. Obiakwelu | 2019-08-09 | Make the emergency access path to the dashboard and internal tools work when the edge is down, and test it in the next game day
N N N PARTIAL |  |  | Improve regex culture across teams
Y N N DETECTS | security operations |  | Review the simulated-rule CPU profile for every new managed rule each week and record the top ten
N Y N PARTIAL | Cloudflare | 2019-07-12 | Publish a full explanation to customers
Y Y Y PREVENTS | qbarsetti (waf) | 2019-08-30 | Run every new managed rule against a backtracking benchmark in CI and block merge above 1 ms per request
N N Y PARTIAL | Yevanne Dromholt |  | Think about how testing could be more realistic
Y Y N DETECTS | the edge observability team | 2019-08-23 | Add a dashboard panel showing CPU per WAF rule ID across all PoPs
""",
ww="""
C | The flame graph taken at 13:50 pointed at the WAF regex within eight minutes of the first page.
V | The team stayed calm under a lot of pressure.
C | The global WAF kill switch restored traffic worldwide within a few minutes of being used.
"""))

S.append(dict(url="https://github.blog/2018-10-30-oct21-post-incident-analysis/",
people=["Oriel Vandersteeg", "Radomil Adeyemo-Ruiz", "Thandeka Przemyk", "Brannoc Ifeagwu"],
blame="""
B failure-verb | network ops did the optics swap in the middle of US business hours and never warned the db team
B mistake-attribution | root cause: oriel's maintenance on the 100G link, the rest is just consequence
B passive-agent | The cross-region failover was allowed by Radomil's Orchestrator config, which nobody else had reviewed.
B rhetorical-question | who thought letting orchestrator promote west coast primaries with no human in the loop was a good idea?
B counterfactual | If Thandeka had paused the webhooks before restoring, we would not have hit the backlog at all.
B character | brannoc always treats the failover tooling like a set-and-forget thing, this was coming
B nobody-blame | Nobody could be bothered to test a cross-country failover in the last year, and here we are.
B implicit | The partition lasted 43 seconds. Radomil's config promoted the West Coast primaries in that window.
B repeat-offender | second time this year oriel's team has done link maintenance without telling anyone downstream
B role-blame | The on-call DBA sat on the decision to restore from backup for almost an hour while users saw stale data.
O actor-neutral | 22:52 UTC - oriel's crew replaces the failing 100G optical equipment and connectivity drops for 43 seconds
O system-failure | Orchestrator saw the partition and promoted West Coast database primaries, so writes landed in two places.
O neutral-fact | The site ran degraded for 24 hours and 11 minutes while data was restored and reconciled.
O policy-subject | Our policy put data integrity ahead of availability, which is why we chose the long restore.
O system-should | Orchestrator should not promote primaries across regions without checking cross-region latency first.
O credit | Thandeka wrote the reconciliation scripts for the 954 writes that existed only on the East Coast, thank you.
O quoted-question | Jira comment: what signal would have told Orchestrator the partition was only 43 seconds long?
O agentless-passive | Webhook delivery and Pages builds were paused to let the restored clusters catch up.
O org-subject | The database infrastructure team chose to restore from backups rather than discard the unreplicated writes.
O meta-blameless | Asking who did the link maintenance misses it; the promotion logic behaved exactly as designed.
""",
actions="""
Y Y N PREVENTS | database infrastructure | 2018-12-15 | Configure Orchestrator so it never promotes a primary across regions without an operator confirmation
Y Y Y DETECTS | Radomil Adeyemo-Ruiz | 2018-11-30 | Add an alert when replication topology has primaries in more than one region
N N N PARTIAL | we |  | Communicate better during long incidents
Y Y Y PREVENTS | @tprzemyk | 2019-01-31 | Run a cross-region failover drill each quarter and publish time to full write availability
N Y Y PARTIAL | Oriel | 2018-11-15 | Review how we do link maintenance
Y Y N PARTIAL | GitHub | 2018-11-09 | Publish the status page incident with per-feature state so users can see which features are degraded
N Y N PARTIAL | network ops |  | Talk to the db team more
Y N N DETECTS | SRE on-call |  | Check the webhook backlog size every hour during any degraded state and log it in the incident channel
Y Y Y PARTIAL | B. Ifeagwu | 2019-02-28 | Make the East and West Coast sites able to serve traffic in an active-active design for the repository metadata store
N N N PARTIAL | TBD |  | Harden the whole platform
Y Y N PARTIAL | the pages team | 2018-12-01 | Let Pages builds resume from a queue checkpoint after a pause, verified with a paused-and-resumed test
N Y Y PARTIAL | oriel.vs | 2018-11-20 | Document the optics replacement
N Y N PARTIAL | the webhooks team |  | Make webhook delivery smarter
Y Y Y DETECTS | Thandeka Przemyk (DBRE) | 2018-12-10 | Alert within 60 seconds when a restored cluster lags its primary by more than 5 minutes
""",
ww="""
C | All 954 East-Coast-only writes were reconciled and none were lost.
V | Great teamwork across the whole company.
C | Pausing webhooks and Pages builds kept the restored clusters from falling further behind.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Gimli_Glider",
people=["Ferrand Okpalaeke", "Quorra Brenneckel", "Lucan Mbatha-Grieg", "Brunhilt Szczepan"],
blame="""
B failure-verb | The ground crew at Montreal used the pounds factor instead of kilograms and never checked the result against the dip.
B human-error | Finding: the fuel shortage was caused by human error in the conversion from litres to kilograms.
B counterfactual | If Ferrand had just questioned why the fuel gauges were blank, the aircraft would never have left Montreal.
B passive-agent | The wrong density factor was supplied by Quorra and accepted without a second look.
B group-blame | The mechanics treated the minimum equipment list like a suggestion, as they always do.
B competence | Any first officer with half his hours would have caught that 1.77 is the pound figure.
B sarcasm | Brilliant arithmetic from the fuel desk, an airliner full of passengers gliding on empty.
B sanction | Both pilots and the mechanics should be suspended while the review is on.
B role-blame | the captain signed off a plane with no working fuel gauges, full stop
B hindsight | It was obvious a metric aircraft in an imperial fleet would run dry sooner or later.
O actor-neutral | Lucan dipped the tanks at Montreal and passed the litre readings to the cockpit as the procedure asked.
O system-failure | The fuel quantity processor had a faulty channel, so the cockpit fuel gauges showed nothing.
O neutral-fact | Both engines stopped at about 41,000 feet and the aircraft glided to a landing at the former base at Gimli.
O system-should | The conversion form should have stated the unit of the density factor next to the number.
O policy-subject | The airline's metric conversion plan moved the fuel calculation from the flight engineer to the pilots without new training.
O credit | Brunhilt's sideslip brought the aircraft down to the runway at the right speed, and nobody on board was killed.
O quoted-question | Why did the fuel paperwork allow a density factor with no unit printed beside it?
O error-term | The calculation error came from a form that expected pounds while the aircraft was fuelled in kilograms.
O system-counterfactual | Had the processor's second channel worked, the gauges would have shown the shortfall before take-off.
O meta-blameless | Blaming the crew tells us nothing; four people checked the numbers with the same wrong factor.
""",
actions="""
Y Y N PREVENTS | fleet engineering | 1983-10-31 | Print the unit of every density factor on the fuel load sheet for the 767 fleet
N N N PARTIAL |  |  | Improve metric awareness
Y Y Y PREVENTS | Ferrand Okpalaeke | 1983-09-30 | Add a cross-check step comparing the dipped fuel mass with the planned fuel mass before dispatch of any aircraft with a gauge fault
N Y N PARTIAL | maintenance control | 1983-09-15 | Clarify the minimum equipment list
Y Y N PARTIAL | the airline | 1983-12-31 | Train every 767 pilot and mechanic on kilogram fuel calculations and record completion per person
N Y Y PARTIAL | quorra.h | 1983-08-30 | Look at the fuel paperwork
Y Y N PREVENTS | Boeing | 1984-03-31 | Fix the fuel quantity processor channel fault and issue a service bulletin for all delivered 767s
Y N N DETECTS | dispatch |  | Compare planned against dipped fuel for every flight with an inoperative gauge and log the difference
N N N PARTIAL | we |  | Fuel planning must get safer
Y Y Y DETECTS | Lucan Mbatha-Grieg | 1983-10-15 | Add a low-fuel check to the cruise checklist at every waypoint for aircraft dispatched with gauges inoperative
N Y N PARTIAL | flight operations |  | Revisit conversion training
Y Y Y PARTIAL | P. Szczepan | 1983-11-30 | Write a simulator exercise for a dual-engine flameout glide in the 767 and run it with every captain by year end
N N Y PARTIAL | Lucan |  | Think about gauge reliability
Y Y N PREVENTS | Transport Canada | 1984-06-30 | Require the minimum equipment list to forbid dispatch of a 767 with both fuel quantity channels inoperative
""",
ww="""
C | The aircraft landed on the Gimli runway and none of the 69 people on board was seriously hurt.
V | The crew did an amazing job.
C | The captain's glider experience let him lose height with a sideslip instead of overshooting the runway.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2002_%C3%9Cberlingen_mid-air_collision",
people=["Alderic Raszkowski", "Noemi Achterberg-Lund", "Hartwig Uzochukwu", "Sabela Kvint"],
blame="""
B failure-verb | The controller failed to notice the two aircraft converging until less than a minute was left.
B role-blame | The night supervisor let one controller run two workstations while the other took his break.
B counterfactual | If Alderic had looked at the main screen instead of the Friedrichshafen approach, he would have separated them in time.
B sanction | alderic should be taken off the console for good, no discussion
B group-blame | The Tupolev crew ignored their TCAS like amateurs and followed the controller instead.
B rhetorical-question | who decided that the phone system could go down for maintenance on a night with one man in the room?
B passive-agent | The degraded radar mode was left running by Noemi's maintenance crew without telling the controller.
B mistake-attribution | Hartwig's descend instruction was the error that killed everyone, the rest is detail.
B nobody-blame | Nobody bothered to brief the night shift that the short-term conflict alert was off.
B timeline-blame | 21:34:49 - alderic gives the wrong instruction and sends the Tupolev into the DHL
O actor-neutral | 21:34:49 - Alderic instructs the Tupolev to descend; seconds later its TCAS commands a climb
O system-failure | The short-term conflict alert was switched off for maintenance, so the console gave no visual warning.
O neutral-fact | The Tupolev and the DHL Boeing 757 collided at about 34,900 feet; 71 people died.
O policy-subject | The Russian training rules at the time put the controller's instruction above a TCAS resolution advisory.
O system-should | The phone system should have had a backup line when the main one was taken down for work.
O quoted-question | Why did the procedure allow one controller to work two consoles on a maintenance night?
O org-subject | Skyguide had accepted single-controller night shifts as normal practice for years.
O credit | Sabela, on the Karlsruhe sector, saw the conflict and tried to call Zurich, which is how we have the timings.
O agentless-passive | The main radar was in a fallback mode during the maintenance work that night.
O meta-blameless | A single controller doing two jobs without alerts is a design the organisation chose, not one man's lapse.
""",
actions="""
Y Y N PREVENTS | ICAO | 2003-11-30 | State in the rules that a TCAS resolution advisory overrides any conflicting controller instruction
Y Y N PREVENTS | Skyguide | 2002-12-31 | Staff every Zurich night shift with at least two controllers in the room at all times
N N N PARTIAL | we |  | Improve safety culture
Y Y Y DETECTS | Alderic Raszkowski | 2002-10-31 | Add a console banner shown whenever the short-term conflict alert is switched off
N Y N PARTIAL | the maintenance team |  | Coordinate maintenance better
Y Y Y PREVENTS | N. Achterberg-Lund | 2002-09-30 | Install a backup telephone line to neighbouring centres that stays up during switch maintenance
N Y Y PARTIAL | Hartwig | 2002-08-31 | Review the night shift roster
Y N N DETECTS | supervisors |  | Check each night whether the conflict alert, radar mode and phone lines are all normal and log the result
N N N PARTIAL |  |  | Make ATC safer
Y Y Y PARTIAL | sabela.kvint | 2002-10-15 | Write a hand-off procedure so a neighbouring centre can warn Zurich by data link when phones are down
N Y N PARTIAL | air traffic training | 2003-01-31 | Refresh TCAS training
Y Y N PREVENTS | Russian civil aviation authority | 2003-06-30 | Change the Tu-154 operating manual so crews follow a TCAS climb or descend command even against ATC
N N Y PARTIAL | Alderic |  | Think about workload at night
Y Y N DETECTS | Skyguide safety office | 2002-11-30 | Report every occasion when one controller works two consoles, per month, to the board
""",
ww="""
C | The Karlsruhe controller's recorded call attempts gave the investigators an exact timeline.
V | Everybody cooperated with the investigation.
C | The TCAS on the DHL aircraft issued a correct descend advisory, and its crew followed it.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/RaDonda_Vaught",
people=["Treadwin Nwachukwu-Berg", "Ilke Damaskinos", "Corwen Atwal", "Reyna Oszczyk"],
blame="""
B failure-verb | the nurse didn't read the label on the vial, simple as that
B counterfactual | If Treadwin had scanned the vial, she would have seen vecuronium and stopped.
B sanction | She should lose her licence and be prosecuted, a patient is dead.
B character | treadwin was always rushing, she cut corners on every shift I worked with her
B passive-agent | The override was used by Treadwin to pull a paralytic for a patient who needed a sedative.
B human-error | Root cause: human error by the nurse administering the drug.
B competence | A competent nurse would have known that Versed is not a powder that needs reconstituting.
B group-blame | pharmacy ignored the cabinet override alerts for months because there were too many
B hindsight | Anyone could have seen this coming with overrides that easy to do.
B implicit | The cabinet offered VE-curonium after two letters. Treadwin was the one who clicked it.
O actor-neutral | 14:48 - treadwin uses the cabinet override, types VE and withdraws the first drug in the list
O system-failure | The dispensing cabinet's search matched the first two letters and listed vecuronium first, with no warning.
O system-should | The cabinet should require a generic name of at least five letters before showing a paralytic.
O neutral-fact | The patient was taken to radiology for a scan and was not monitored after the injection.
O policy-subject | Hospital policy allowed overrides for any drug during the cabinet upgrade, and hundreds happened each week.
O credit | big thanks to Ilke who found the patient unresponsive and started the code straight away
O quoted-question | retro sticky: what made overrides the normal way to get drugs that month?
O meta-blameless | Prosecuting one nurse will not change the cabinet, the override rate or the monitoring gap.
O agentless-passive | The error was disclosed to the family and the state regulator was notified.
O self-report | I'm the charge nurse; I had asked her to cover radiology on top of her own patients that afternoon.
""",
actions="""
Y Y N PREVENTS | pharmacy informatics | 2018-03-31 | Configure the dispensing cabinets so paralytics cannot be withdrawn on override without a second clinician's badge
Y Y Y PREVENTS | Corwen Atwal | 2018-02-28 | Add a bright red paralytic warning cap to every vecuronium vial stocked outside the OR and ICU
N N N PARTIAL | we |  | Double-check meds more
Y Y Y DETECTS | @reyna.o | 2018-02-15 | Alert pharmacy within an hour whenever a neuromuscular blocker is withdrawn on override
N Y N PARTIAL | nursing education |  | Remind staff about the five rights
Y N N DETECTS | nurse managers |  | Review the override report for every unit each Monday and record the count per drug
N Y Y PARTIAL | Ilke | 2018-01-31 | Look into monitoring in radiology
Y Y N PREVENTS | the cabinet vendor | 2018-06-30 | Require at least five letters of the generic name before the search lists any drug
N N N PARTIAL |  |  | Improve patient safety
Y Y Y PARTIAL | H. Nwachukwu-Berg | 2018-03-15 | Write a radiology procedure requiring continuous pulse oximetry for any patient given a sedative before a scan
N Y N PARTIAL | the hospital | 2018-02-01 | Support staff after serious events
Y Y N PREVENTS | the medication safety committee | 2018-04-30 | Cut cabinet override permissions to a listed set of emergency drugs and publish the list
N N Y PARTIAL | Reyna Oszczyk |  | Think about workload in the unit
Y Y N DETECTS | clinical informatics | 2018-05-31 | Build a weekly dashboard of overrides per nurse and per drug for the safety committee
""",
ww="""
C | The code team reached the patient within two minutes of the alarm in radiology.
V | Staff supported each other after the event.
C | The cabinet logs showed every search and override, so the sequence could be rebuilt to the minute.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2010_flash_crash",
people=["Anselmo Dvořáček", "Roswinth Osei-Farr", "Radek Tullamore", "Chiyoko Ballantyne"],
blame="""
B failure-verb | the fund's trader set the algo to sell 75k e-minis with no price limit and didn't watch it
B sarcasm | great risk management from the fund, dumping four billion dollars of futures into a falling market in twenty minutes
B rhetorical-question | who sends a sell order that size with only a volume target and no price or time limit?
B group-blame | The high-frequency traders all ran for the exits the moment it got hard, like they always do.
B counterfactual | If Anselmo had set a price floor on the algorithm, the crash would never have started.
B passive-agent | The sell algorithm was configured by Roswinth's desk to ignore price completely.
B repeat-offender | The same desk has been flagged twice before for oversized market orders.
B sanction | The trader who launched that order should be banned from the market.
B mistake-attribution | This was one trader's mistake and the rest of the market paid for it.
B timeline-blame | 14:32 - Radek's desk starts the 75,000-contract sell program and the slide begins
O actor-neutral | 14:32 - radek's desk starts a sell program for 75,000 E-Mini contracts targeting 9% of traded volume
O system-failure | Market makers' stub quotes at a penny were executed when real liquidity disappeared.
O neutral-fact | The Dow fell about 1,000 points and mostly recovered within around 20 minutes.
O system-should | The exchanges should have had common circuit breakers for single stocks instead of each venue acting alone.
O org-subject | CME's stop logic paused E-Mini trading for five seconds at 14:45:28, and prices began to recover.
O policy-subject | The rule for breaking trades more than 60% away from the reference price left many investors' fills at odd prices.
O quoted-question | chat: why did the algo keep selling faster as volume went up?
O credit | Chiyoko pulled the order book replay together overnight, which is how we saw the liquidity vanish minute by minute
O system-counterfactual | If the algorithm had tracked price as well as volume, it would have slowed down as the market fell.
O meta-blameless | Calling it one trader's fat finger hides how thin liquidity was across every venue that afternoon.
""",
actions="""
Y Y N PREVENTS | the SEC | 2010-06-30 | Introduce single-stock circuit breakers that pause trading after a 10% move in five minutes
Y Y N PARTIAL | the exchanges | 2010-09-30 | Ban stub quotes by requiring market makers to quote within a set percentage of the national best bid or offer
N N N PARTIAL | we |  | Understand algorithmic trading better
Y Y Y PREVENTS | Anselmo Dvořáček | 2010-07-31 | Add a hard price floor and a maximum participation rate to every execution algorithm before it can be started
N Y N PARTIAL | the trading desk |  | Review the execution algorithm
Y Y Y DETECTS | @wosei-farr | 2010-06-15 | Alert the desk when any algorithm has sold more than 20% of its parent order in under ten minutes
N Y Y PARTIAL | Radek | 2010-06-01 | Write up what happened on the desk
Y N N DETECTS | risk |  | Check open algorithmic orders against the day's liquidity every 15 minutes and log the ratio
N N N PARTIAL | TBD |  | Better market structure
Y Y N PARTIAL | CME Group | 2010-12-31 | Publish the stop logic thresholds for every futures contract on its website
N Y N PARTIAL | compliance | 2010-07-15 | Look at order size policy
Y Y Y DETECTS | C. Ballantyne | 2010-08-31 | Build an order-book replay that shows depth per minute for any day, tested on 6 May
N N Y PARTIAL | chiyoko |  | Watch liquidity
Y Y N PREVENTS | FINRA | 2011-03-31 | Make the rules for breaking erroneous trades fixed and published in advance rather than decided on the day
""",
ww="""
C | CME's five-second stop logic pause at 14:45:28 was followed by the start of the recovery.
V | The market was resilient overall.
C | The order-book replay was ready within a day and showed liquidity disappearing minute by minute.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/SimCity_(2013_video_game)",
people=["Ulfgarth Zondwarie", "Ilsabeau Przybysz", "Jonquil Abernethy-Sato", "Vukoslav Olawuyi"],
blame="""
B failure-verb | ops never load tested the region servers with more than a beta's worth of players, that's on them
B sarcasm | love how the capacity plan assumed people would politely take turns logging in 🙃
B rhetorical-question | who signed off always-online for a single player city builder??
B group-blame | the server team totally underestimated launch day, same as every launch
B counterfactual | if ulfgarth had ordered the extra servers in feb like ilsabeau asked, day one would've been fine
B competence | honestly a junior could have guessed that launch traffic is bigger than beta traffic
B self-blame | my fault tbh, I cut the load test short because the build was late
B character | jonquil is always too optimistic about numbers, we should never have used her forecast
B implicit | Capacity was sized from Jonquil's forecast. Launch day traffic was four times the forecast.
B role-blame | The producer recklessly forced the launch date through over the objections of the online team.
O actor-neutral | 09:12 - vukoslav turns off cheetah speed on all servers to lower the load per city
O system-failure | Region servers rejected connections once the login queue filled, so players waited for 20 minutes or more.
O neutral-fact | Some players lost hours of city progress when the servers dropped saves in the first days.
O system-should | The save service should have written to local storage first and synced later when the server was full.
O policy-subject | The always-online design put every save and every city on our servers, so any server shortage stopped play.
O credit | props ilsabeau, she added four new servers in one evening and the queue started moving
O quoted-question | sticky: why did the load test stop at beta numbers?
O agentless-passive | Leaderboards, achievements and region filters were turned off to free capacity.
O org-subject | The publisher offered every launch buyer a free game from its back catalogue.
O error-term | The login error screen showed a generic network message, so players could not tell if the fault was theirs.
""",
actions="""
Y Y N PREVENTS | online services | 2013-04-30 | Run a load test at five times the forecast peak against the region servers before any future launch
Y Y Y PREVENTS | Ulfgarth Zondwarie | 2013-03-29 | Make the save service write the city locally first and retry the server sync for up to an hour
N N N PARTIAL | we |  | Plan launches better
Y Y Y DETECTS | @ilsabeau.p | 2013-03-22 | Show the real login queue position and estimated wait on the login screen
N Y N PARTIAL | the server team |  | Improve server capacity
N Y Y PARTIAL | jonquil | 2013-04-15 | Revisit the forecast model
Y N N DETECTS | live ops |  | Report queue length and lost saves per server every hour during the first launch week
N N N PARTIAL |  |  | Listen to players more
Y Y N PARTIAL | the studio | 2014-03-31 | Ship an offline single-player mode for the game
Y Y Y PARTIAL | D. Olawuyi | 2013-03-20 | Add a config flag per feature so non-essential features can be switched off on a server without a restart
N Y N PARTIAL | EA | 2013-03-15 | Say sorry properly to the players
Y Y N DETECTS | the platform team | 2013-04-05 | Alert when any region server refuses more than 5% of connection attempts for five minutes
N N Y PARTIAL | Ilsabeau Przybysz |  | Think about always-online
Y Y N PREVENTS | infrastructure | 2013-05-31 | Sign a burst capacity contract so new region servers can be added within two hours
""",
ww="""
C | Turning off cheetah speed and leaderboards cut server load enough for queue times to fall the same evening.
V | The community team was brilliant.
C | Four extra servers were added within one evening of launch.
"""))

S.append(dict(url="https://www.bbc.co.uk/news/technology-54423988",
people=["Sevrino Fenwick-Oyede", "Albertyne Mahlangu-Ruys", "Teodulo Sjohammar", "Wulfhilde Brzezicka"],
blame="""
B failure-verb | the data team didn't check the row count after import, 16k positive cases just vanished
B sarcasm | world class data engineering, a national pandemic pipeline running on an xls file
B rhetorical-question | who picked the old XLS format for a file that grows every single day?
B counterfactual | If Sevrino had used xlsx or a proper database we would never have lost a single case.
B competence | People who don't know that XLS stops at 65,536 rows should not be building national data pipelines.
B passive-agent | The template was built by Albertyne's team in a hurry and never reviewed by anyone.
B group-blame | The whole analytics unit was out of its depth and everyone knew it.
B sanction | heads should roll for this, contacts of 16,000 people weren't traced
B human-error | The missing cases were put down to human error in the data team.
B hindsight | It was obvious from day one that spreadsheets would not scale for this.
O actor-neutral | 02 Oct - teodulo notices the daily count is flat at the same row total and raises it in the data channel
O system-failure | The XLS template holds at most 65,536 rows, so rows beyond the limit were dropped without any warning.
O neutral-fact | 15,841 positive results between 25 September and 2 October were left out of the reported figures.
O system-should | The import step should have compared the rows written with the rows in the lab CSV and stopped on a mismatch.
O policy-subject | The interim reporting process was set up in weeks and was meant to be replaced before the autumn.
O credit | Big thanks to Wulfhilde, who split the import into smaller files overnight so the backlog could be passed to tracers.
O quoted-question | Jira comment: why did nothing fail when rows were cut off?
O agentless-passive | The missing cases were passed to contact tracing on 3 and 4 October.
O meta-blameless | A file format limit that throws no error is a design gap, not a person's carelessness.
O org-subject | The lab partners sent results as CSV files, which the pipeline converted for the dashboard.
""",
actions="""
Y Y N PREVENTS | the data pipeline team | 2020-10-09 | Replace the XLS step with a database load and compare the loaded row count to the source file each run
Y Y Y DETECTS | Teodulo Sjohammar | 2020-10-07 | Alert when the daily case file has exactly the same row count as the day before
N N N PARTIAL | we |  | Be better with data
Y Y Y PREVENTS | @wulfhilde.b | 2020-10-05 | Split the lab CSVs into files under 50,000 rows until the database load is live
N Y N PARTIAL | analytics |  | Review the dashboard
N N N PARTIAL |  |  | Modernise public health IT
Y N N DETECTS | the reporting duty officer |  | Reconcile the reported daily total with the lab totals every morning and record any gap
N Y Y PARTIAL | Sevrino | 2020-10-15 | Document the pipeline
Y Y N PARTIAL | Public Health England | 2020-10-05 | Pass all 15,841 missed cases to contact tracing and report the number of contacts reached
N Y N PARTIAL | NHS Test and Trace |  | Improve the link with the labs
Y Y Y PARTIAL | M. Mahlangu-Ruys | 2020-10-31 | Have every lab partner send results through the API instead of CSV files and switch off the CSV route
N N Y PARTIAL | Wulfhilde Brzezicka |  | Think about data quality
Y Y N DETECTS | the data quality team | 2020-11-15 | Add a dashboard of rows received per lab per day with a flag when any lab drops by half
N Y N PARTIAL | DHSC | 2020-10-20 | Look again at the reporting contracts
""",
ww="""
C | The flat row count was spotted on 2 October and the cause was found the same day.
V | Everyone worked really hard under pressure.
C | Splitting the files let all missed cases reach contact tracers within two days.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Lac-M%C3%A9gantic_rail_disaster",
people=["Bartholomé Uwakwe", "Solvejg Castellanos-Roy", "Petronel Adjei", "Vivienne Szabadi"],
blame="""
B failure-verb | The engineer failed to apply enough hand brakes before leaving the train for the night.
B counterfactual | If Bartholomé had set nine hand brakes instead of seven, the train would have stayed put.
B passive-agent | The locomotive was shut down by the firefighters without anyone thinking about the air brakes.
B group-blame | the management at that railway cut every corner there was, one man crews, no derails, nothing
B rhetorical-question | who leaves a train of crude oil unattended on a slope above a town?
B sanction | The engineer and the traffic controller should go to prison for this.
B role-blame | The traffic controller accepted the engineer's report and never asked about the brake test.
B mistake-attribution | It was the engineer's mistake with the brakes, plain and simple.
B nobody-blame | Nobody bothered to fix the smoking locomotive that had been acting up for weeks.
B hindsight | Anyone could have predicted that a single-person crew would end like this.
O actor-neutral | 23:00 - bartholomé parks the train at Nantes, applies hand brakes and leaves the lead locomotive running
O system-failure | With the lead locomotive shut down, the air brakes leaked off over the next hour and the hand brakes alone could not hold the train.
O neutral-fact | The train rolled about 11 kilometres downhill into Lac-Mégantic and derailed; 47 people died.
O system-should | The hand brake test should have been done with the air brakes released, so it measured the hand brakes alone.
O policy-subject | The railway's rules allowed a one-person crew and unattended trains on the main line.
O org-subject | Transport Canada had approved single-person operation on that line the year before.
O quoted-question | Why did the rules allow a loaded train to be left on a grade without a derail?
O credit | The firefighters in Nantes put out the locomotive fire within an hour, as they were called to do.
O agentless-passive | The track was not fitted with a derail or any other device to stop a runaway.
O meta-blameless | Putting it on one engineer ignores that the safety system depended on a single act by a single person.
""",
actions="""
Y Y N PREVENTS | Transport Canada | 2013-08-31 | Require at least two crew members on every train carrying dangerous goods
Y Y N PREVENTS | the railway | 2013-09-30 | Fit derails on every siding and main-line section where trains are left unattended on a grade
N N N PARTIAL | we |  | Improve rail safety
Y Y Y PREVENTS | Bartholomé Uwakwe | 2013-10-31 | Change the hand brake test procedure so it is done with the air brakes fully released and recorded on the train sheet
N Y N PARTIAL | the mechanical shop |  | Look at the locomotive engines
Y N N DETECTS | traffic control |  | Confirm by radio that a hand brake test was done for every train left unattended and log the reply
N N N PARTIAL |  |  | Better oversight of railways
Y Y Y DETECTS | @solvejg.cr | 2013-11-30 | Add a remote alarm that reports movement of any unattended train to the traffic controller
N Y Y PARTIAL | Petronel | 2013-08-15 | Review the crew rules
Y Y N PARTIAL | TSB Canada | 2014-08-19 | Publish the final report with the test results on hand brake forces
N Y N PARTIAL | fire services | 2013-09-15 | Talk to the railway about locomotive fires
Y Y Y PARTIAL | V. Szabadi | 2013-12-31 | Write a procedure for fire crews that requires calling the railway before shutting down any locomotive
N N Y PARTIAL | Vivienne Szabadi |  | Think about dangerous goods routes
Y Y N DETECTS | rail safety inspectors | 2014-03-31 | Audit hand brake application records for every unattended train once a month and publish the count
""",
ww="""
C | The Nantes fire crew put out the locomotive fire within an hour of the call.
V | The community came together afterwards.
C | The hand brake force tests after the disaster showed exactly how many brakes would have held the train.
"""))

S.append(dict(url="https://letsencrypt.org/docs/dst-root-ca-x3-expiration-september-2021/",
people=["Fiachno Vasquez-Ebbe", "Nadezhda Obiora", "Fitzwilliam Haraldsen", "Zephyrine Mbeki-Stroud"],
blame="""
B failure-verb | platform team ignored the le expiry blog post for like a year and then acted surprised
B sarcasm | good job everyone, we had twelve months' notice and still went down on the day
B rhetorical-question | why is our api gateway still on openssl 1.0.2 in 2021, who owns that box??
B counterfactual | if fiachno had bumped the base image in spring like his ticket said, none of the clients would've broken
B passive-agent | the old ca bundle was pinned by nadezhda's team in the docker image and forgotten
B self-blame | that one's on me, I closed the cert ticket as done without testing an old client
B repeat-offender | fitz's service is the same one that broke at the last root rollover, again
B group-blame | the mobile team never tests on old phones, never
B implicit | The expiry date was announced a year ago. Zephyrine owned the upgrade ticket. The gateway broke on 30 September.
B character | fiachno always postpones the boring maintenance tickets until they explode
O actor-neutral | 14:01 UTC - fiachno sees client handshake errors climb and opens the incident channel
O system-failure | Clients built on OpenSSL 1.0.2 treated the expired DST Root CA X3 as the end of the chain and rejected valid certificates.
O neutral-fact | The DST Root CA X3 expired on 30 September 2021 at 14:01 UTC, as announced.
O system-should | The gateway should have been tested against a chain built without the expired root before the date.
O policy-subject | Our base image policy froze the CA bundle at build time, so running containers kept the old bundle.
O credit | thx @nadezhda for the one-line openssl flag that got the partners working again within the hour
O quoted-question | retro sticky: which of our clients still trust only the old root?
O org-subject | Let's Encrypt kept the cross-signed chain so older Android devices would keep working.
O system-counterfactual | Had the base image pulled the CA bundle at start-up, the containers would have picked up the change.
O meta-blameless | The question is not who missed the blog post but why an announced date had no alarm in our calendar.
""",
actions="""
Y Y N PREVENTS | platform | 2021-10-31 | Rebuild every base image on OpenSSL 1.1.1 or later and remove OpenSSL 1.0.2 from the registry
Y Y Y DETECTS | Fiachno Vasquez-Ebbe | 2021-10-15 | Alert 60 days before any root or intermediate in our trust stores expires
N N N PARTIAL | we |  | Track certificate stuff better
Y Y Y PREVENTS | @nobiora | 2021-10-08 | Add the trust_first flag fix to the gateway config and a test that handshakes against the ISRG Root X1 chain
N Y N PARTIAL | mobile |  | Test on older phones
Y N N DETECTS | SRE on-call |  | Run the old-client handshake check against every public endpoint each Monday and post the result
N Y Y PARTIAL | Fitzwilliam | 2021-10-20 | Review the partner integrations
N N N PARTIAL |  |  | Keep up with the internet
Y Y N PARTIAL | our CDN provider | 2021-10-30 | Confirm in writing which chain the CDN serves and whether it includes the expired root
Y Y Y PARTIAL | Z. Mbeki-Stroud | 2021-11-15 | List every partner client that fails against the new chain and send each one upgrade steps
N Y N PARTIAL | the security team | 2021-11-01 | Look into certificate ownership
N N Y PARTIAL | Zephyrine |  | Think about future root changes
Y Y N PREVENTS | the build team | 2021-12-15 | Fetch the CA bundle at container start from the managed trust store instead of baking it into images
N Y N PARTIAL | Let's Encrypt | 2021-10-05 | Share more guidance
""",
ww="""
C | The OpenSSL flag fix restored partner handshakes within an hour of the first errors.
V | Good energy in the incident channel.
C | Android clients kept working because the cross-signed chain was still served.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/The_DAO",
people=["Peregrin Ranganathan", "Xanthippa Orozco", "Ragnhilde Olatomiwa", "Ludovic Tkachuk"],
blame="""
B failure-verb | peregrin wrote splitDAO so it sends the ether before updating the balance and nobody spotted it
B passive-agent | The reentrancy bug was introduced by Xanthippa's last-minute change to the reward logic.
B sarcasm | amazing audit guys, 3.6 million ether walking out the door through a bug in a blog post from last week
B rhetorical-question | who deploys a contract holding 150 million dollars without a way to pause it?
B counterfactual | If Ragnhilde had listened to the reentrancy warnings on the forum, the attack would never have worked.
B competence | Solidity devs who still update state after an external call should not be near a contract with real money.
B group-blame | the curators rubber stamped everything, they were decoration
B hindsight | Obvious in hindsight that code this new would be drained by the first clever attacker.
B sanction | the devs should be held personally liable for the lost ether
B timeline-blame | 17 Jun 03:34 UTC - ludovic's unfixed split function gets drained
O actor-neutral | 17 Jun - ludovic posts the attacker's transaction hashes in the chat and starts counting the drained ether
O system-failure | splitDAO sent ether to the caller before updating the balance, so a recursive call could withdraw again and again.
O neutral-fact | About 3.6 million ether moved into a child DAO, where the rules held it for 28 days.
O system-should | The contract should have updated the balance before making any external call.
O policy-subject | The DAO's design made the code the final authority, so there was no way to reverse a transfer inside the contract.
O credit | Huge thanks to Ragnhilde, who noticed the 28-day hold on child DAOs and gave us the time window.
O quoted-question | Forum: why did the contract have no pause function for an emergency?
O org-subject | The Ethereum community voted for a hard fork, which moved the funds to a recovery contract on 20 July.
O agentless-passive | A fix for the recursive call pattern had been proposed days before the attack.
O meta-blameless | "The coders messed up" explains nothing; the language made the unsafe order the easy one.
""",
actions="""
Y Y N PREVENTS | the DAO developers | 2016-07-15 | Update balances before every external call in the DAO contracts and add a test that replays the recursive split
Y Y Y PREVENTS | Peregrin Ranganathan | 2016-08-31 | Add a mutex to every withdraw function so a second call during a transfer is rejected
N N N PARTIAL | we |  | Write safer contracts
Y Y Y DETECTS | @xanthippa | 2016-07-31 | Alert on any single transaction that moves more than 1% of the contract balance
N Y N PARTIAL | the curators |  | Review the contracts again
N N N PARTIAL |  |  | Learn from the hack
Y N N DETECTS | the security channel |  | Watch the child DAO balances daily during the 28-day hold and post them
Y Y N PARTIAL | the Ethereum Foundation | 2016-07-20 | Ship a hard fork that moves the drained ether to a withdraw-only recovery contract
N Y Y PARTIAL | Ragnhilde | 2016-07-10 | Look at the fork options
Y Y Y PARTIAL | L. Tkachuk | 2016-09-30 | Commission an external audit of the DAO framework code and publish the report
N Y N PARTIAL | Slock.it | 2016-08-01 | Communicate with token holders
N N Y PARTIAL | Ludovic Tkachuk |  | Think about governance
Y Y N PREVENTS | Solidity team | 2016-12-31 | Add a compiler warning for state changes after external calls
N Y N PARTIAL | the community |  | Discuss what code is law means
""",
ww="""
C | The 28-day hold on child DAOs kept the drained ether frozen long enough to decide on a response.
V | The community rallied together.
C | The attacker's transactions were identified and posted publicly within hours.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Health_Service_Executive_ransomware_attack",
people=["Eamonn Vikström-Ade", "Ailbhinn Okafor-Bell", "Tadhg Fjellstad", "Oonagh Ibekwe"],
blame="""
B failure-verb | the user opened the excel attachment and enabled macros even tho we tell people not to every year
B passive-agent | The antivirus alerts in March were dismissed by Eamonn's team as noise.
B counterfactual | If Ailbhinn had followed up the alerts from the hospital servers, we'd have caught them in March not May.
B group-blame | the IT security team ignored every warning for eight weeks, unbelievable
B rhetorical-question | who thought running a national health service on unsupported Windows 7 was acceptable?
B sanction | tadhg should be removed from the security lead role after this
B sarcasm | fantastic monitoring, the attackers had eight weeks of free run and we found out from the ransom note
B role-blame | the CIO was told years ago the network was flat and chose to do nothing
B human-error | Cause of initial compromise: human error (user opened malicious email).
B nobody-blame | Nobody could be bothered to check why the antivirus was logging Cobalt Strike.
O actor-neutral | 14 May 04:00 - oonagh gets the first call about encrypted files and starts shutting down national systems
O system-failure | The workstation ran an antivirus set to monitor mode, so it logged the malware but did not block it.
O neutral-fact | The attackers were in the network for about eight weeks before deploying the ransomware on 14 May.
O system-should | The network should have been segmented so one hospital's compromise could not reach national systems.
O policy-subject | The service had no single owner for cyber security across its hospitals, so alerts went to different teams.
O credit | Thanks to Ailbhinn, who set up the paper-based lab results process in one day for the whole region.
O quoted-question | Retro sticky: why did the March alerts not reach anyone who could act on them?
O org-subject | The HSE commissioned an independent review of the attack, published in December.
O agentless-passive | All IT systems were shut down as a precaution on the morning of 14 May.
O meta-blameless | Pointing at the person who opened the email misses that one click could reach everything.
""",
actions="""
Y Y N PREVENTS | HSE IT | 2021-12-31 | Replace every remaining Windows 7 workstation on the health network with a supported version
Y Y Y DETECTS | Eamonn Vikström-Ade | 2021-09-30 | Route every antivirus detection of a known attack tool to the security operations centre within 15 minutes
N N N PARTIAL | we |  | Be more cyber aware
Y Y Y PREVENTS | @ailbhinn.ob | 2021-10-31 | Switch all endpoint antivirus from monitor mode to block mode and report any exception
N Y N PARTIAL | hospital IT teams |  | Review their networks
Y N N DETECTS | the security operations centre |  | Review all high-severity endpoint alerts every day and record who acted on each
N N N PARTIAL |  |  | Invest in cyber security
Y Y N PREVENTS | the network team | 2022-06-30 | Segment hospital networks so no site can reach the national systems except through named services
N Y Y PARTIAL | Tadhg | 2021-08-31 | Look at the phishing training
Y Y N PARTIAL | the HSE board | 2021-09-30 | Appoint a chief information security officer with a budget and a direct line to the board
N Y N PARTIAL | PwC | 2021-12-03 | Publish the review
Y Y Y PARTIAL | O. Ibekwe | 2021-11-30 | Write a national downtime procedure for lab results and test it at one hospital before the end of the year
N N Y PARTIAL | Oonagh Ibekwe |  | Think about backups
Y Y N DETECTS | HSE security | 2022-03-31 | Alert on any Cobalt Strike beacon traffic seen at the network edge of any hospital
""",
ww="""
C | The paper lab-results process was running across the region within one day of the shutdown.
V | Staff showed great resilience.
C | Shutting all systems down at 04:00 stopped the encryption spreading to the remaining servers.
"""))

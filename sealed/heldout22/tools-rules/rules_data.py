# heldout22 rules data (see ../rules/SOURCES-heldout22.md). All people invented; no real person is named.
# 14 incidents, all outside software: aviation maintenance (BA 5390 1990, Air Transat 236 2001), rail (Potters Bar
# 2002, Amagasaki 2005), maritime (Exxon Valdez 1989, El Faro 2015), chemical (Flixborough 1974), finance operations
# (Barings 1995), broadcasting (Miss Universe 2015 finale), construction (Big Dig ceiling 2006, FIU bridge 2018),
# emergency services (Lakanal House 2009), sport (Abu Dhabi Grand Prix 2021), healthcare (New York Hospital 1984).
# Styles vary within each incident: shift handovers, ops logs, inquiry prose, WhatsApp/Teams chat, draft reviews,
# non-native English, bullet fragments.
S = []

# 1. BA 5390, 10 Jun 1990: captain's windscreen replaced overnight with bolts matched by eye from a carousel; 84 of 90
# too small in diameter; windscreen blew out at 17,300 ft; captain held by cabin crew; landed Southampton.
S.append(dict(url="https://admiralcloudberg.medium.com/the-near-crash-of-british-airways-flight-5390-89a4370c92bb",
people=["Aldegund Ashdown-Pryce", "Bathild Maerlant", "Gismonda Tansycombe", "Dobromir Tansythorpe"],
blame="""
B failure-verb | Aldegund never opened the maintenance manual before fitting the screen, he matched the bolts by eye at 3am
B passive-agent | The 84 undersized bolts were picked off the carousel by Aldegund Ashdown-Pryce without any part number check.
B counterfactual | If Gismonda had taken ten minutes to check the illustrated parts catalogue, nobody would have been hanging out of a cockpit over Didcot.
B competence | A shift manager who cannot tell an 8D bolt from a 7D bolt by the torque feel has no business signing his own work.
B human-error | Primary cause: human error by the maintenance engineer during the windscreen change.
B rhetorical-question | honestly who does a windscreen on a pressurised jet with bolts from the wrong drawer and then signs it off himself?
B hindsight | The torque wrench slipping on those bolts was a clear warning and he should have stopped the job right there.
B group-blame | The Birmingham night shift have always treated the manual as optional and this is what that culture costs.
O actor-neutral | Aldegund Ashdown-Pryce replaced the captain's windscreen on the night shift and signed the task card at 05:00.
O system-failure | The bolt carousel in the stores had no labels and was not stocked to the reorder level, so the correct A211-8D part was not there.
O policy-subject | The engineering procedure let the shift maintenance manager certify his own safety-critical work with no duplicate inspection.
O system-should | The windscreen design should have let cabin pressure push the panel into its frame instead of loading every bolt in tension.
O credit | Bathild held the captain's belt for the whole descent while Dobromir swapped in to relieve her.
O meta-blameless | "engineer picked the wrong bolts" appears in three newspaper headlines; our review is about why picking by eye was the normal way to do it.
O system-counterfactual | If the stores system had flagged an unlabelled carousel drawer, the shift manager would have been sent to the controlled stores for a part number.
O neutral-fact | The aircraft landed at Southampton 22 minutes after the decompression with all 87 people alive.
""",
actions="""
Y Y Y PREVENTS | Gismonda Tansycombe | 1990-09-30 | Require a second licensed engineer's independent inspection signature on every windscreen change before the aircraft is released.
Y Y N PARTIAL | Stores team | 1990-08-15 | Label every drawer of the line-maintenance bolt carousel with its part number and remove unlabelled drawers.
Y Y Y PARTIAL | Dobromir Tansythorpe | | Add a step to the windscreen task card that records the part number of the bolts fitted, checked against the IPC.
N N N PARTIAL | Engineering | | Improve the night-shift safety culture.
N Y N PARTIAL | we | | Remind all shift managers to use the manual.
Y Y Y DETECTS | Bathild Maerlant | 1990-10-01 | Audit the last 12 months of windscreen changes on the BAC 1-11 fleet for bolt part numbers and list every non-conforming aircraft.
N N N PARTIAL | Quality department | 1990-12-31 | Look into fatigue on night shifts.
Y Y N PREVENTS | Maintenance planning | | Stop scheduling safety-critical tasks to be certified by the same person who performed them.
N Y Y PARTIAL | Aldegund Ashdown-Pryce | | Be more careful with part identification.
N N N PARTIAL | | | Review the relationship between stores and line maintenance.
Y Y N PARTIAL | Training | 1990-11-30 | Run a practical assessment for all licensed engineers on bolt identification by part number, pass mark 100%.
""",
ww="""
C | The first officer declared the emergency and had the aircraft on the ground at Southampton 22 minutes after the bang.
V | Cabin crew were absolutely heroic.
C | The purser moved passengers away from the front rows within the first two minutes, which kept the aisle clear for the crew swapping at the captain's legs.
"""))

# 2. Air Transat 236, 24 Aug 2001: engine change with a replacement engine of a different modification; hydraulic
# line fitted close to a fuel line; chafed fuel line leaked; crew treated fuel imbalance and crossfed into the leak;
# both engines flamed out; glide to Lajes.
S.append(dict(url="https://en.wikipedia.org/wiki/Air_Transat_Flight_236",
people=["Asbjorg Krolikowski", "Eudora Tregothnan", "Eldrid Abelhauser", "Dalila Thistlethorpe"],
blame="""
B failure-verb | The lead mechanic skipped the service bulletin and fitted the old hydraulic line against the fuel pipe.
B timeline-blame | 05:45 Asbjorg opens the crossfeed valve (ignoring the fuel leak checklist, again)
B counterfactual | Had Eudora read the fuel imbalance checklist instead of doing it from memory, they would have seen the caution about a leak.
B sarcasm | nice one maintenance, a two year old A330 arrives at Lajes with no fuel and eight burst tyres, really world class work
B human-error | Probable cause: pilot error in managing the fuel leak, compounded by improper maintenance.
B mistake-attribution | This was the crew's mistake: they fed their own fuel into the leak for more than an hour.
B character | The supervisor is the kind of man who pushes the job out the door whatever the mechanics tell him.
B rhetorical-question | Como é que dois pilotos com tantas horas não perceberam que o combustível estava a desaparecer?? how??
O actor-neutral | Asbjorg opened the crossfeed at 05:45 to correct what the display showed as a fuel imbalance.
O system-failure | The ECAM showed an imbalance advisory and never presented a fuel leak alert, although the fuel quantity was falling fast.
O quoted-question | The inspector asked: why did the fuel imbalance procedure not start with a check for a leak?
O system-should | The engine change process should have required the replacement engine to match the modification state of the one removed.
O org-subject | The engine lessor supplied a spare of an earlier modification without the hydraulic pump fitted.
O self-report | I was the one who called the crossfeed and I would call it again with that display; the display told us imbalance, not leak.
O credit | Eldrid flew the unpowered approach into Lajes and Eudora managed the gear and the speed calls down to the runway.
O neutral-fact | The aircraft glided for about 19 minutes and landed on runway 33 with all 306 people on board.
""",
actions="""
Y Y Y PREVENTS | Dalila Thistlethorpe | 2001-11-15 | Block release of any engine change until the engineering record shows the replacement's modification state matches the service bulletin list.
Y Y N PARTIAL | Flight operations | 2001-10-31 | Add a fuel-leak check (compare fuel on board with fuel used every 30 minutes) as the first step of the fuel imbalance checklist.
Y Y N DETECTS | Avionics engineering | | Add an alert when fuel on board minus predicted fuel differs by more than 1 tonne.
N N N PARTIAL | Training | | Improve crew training on fuel problems.
N N N PARTIAL | we | | Strengthen communication between maintenance and flight ops.
Y Y Y PARTIAL | Eldrid Abelhauser | 2002-01-31 | Put every A330 crew through a simulator session with a fuel leak presented as an imbalance; pass = leak identified within 15 minutes.
N Y Y PARTIAL | Asbjorg Krolikowski | | Consider whether the crossfeed guidance is clear enough.
Y Y N PREVENTS | Maintenance control | 2001-09-30 | Require the lead mechanic's written sign-off of missing parts before any engine change may continue.
N N N PARTIAL | | | Look at the ETOPS programme overall.
Y Y Y DETECTS | Eudora Tregothnan | | Inspect the fuel and hydraulic line clearance on every A330 engine in the fleet and report each below the minimum gap.
N Y N PARTIAL | Safety office | 2001-12-01 | Make sure mechanics feel able to speak up.
""",
ww="""
C | The crew declared the emergency to Santa Maria early, so Lajes had fire trucks on the runway before the aircraft arrived.
V | The pilots stayed calm and professional.
V | Good support from everyone in the days after.
"""))

# 3. Potters Bar, 10 May 2002: rear car of a King's Cross to King's Lynn train derailed on points 2182A; nuts missing
# from two stretcher bars; loose nuts reported on 1 May; a visual check on 9 May found nothing; 7 died.
S.append(dict(url="http://news.bbc.co.uk/1/hi/england/1985422.stm",
people=["Damek Thistleridge", "Jaromir Telfener", "Agathon Okonjo-Reyes", "Albinka Dunlincroft"],
blame="""
B failure-verb | Jaromir walked the points on 9 May and missed the missing nuts on both stretcher bars.
B passive-agent | The loose nuts found on 1 May were tightened by the patrol gang and never reported up, by Agathon's own account.
B repeat-offender | Same gang, same section, third set of loose stretcher bar nuts this year, and still nobody on that gang writes anything down.
B group-blame | The maintenance contractor's track staff simply do not take points seriously.
B hindsight | After a driver reported a rough ride at that spot, it was obvious that someone should have closed the line.
B nobody-blame | Nobody bothered to ask why nuts kept coming loose on the same points.
B implicit | Thanks to Albinka's team who did the measurements the other shift never got round to doing.
B sanction | Patrolman to be stood down pending disciplinary hearing.
O actor-neutral | Jaromir carried out the scheduled visual inspection of points 2182A on 9 May and recorded no defects.
O system-failure | The stretcher bar design depended on nuts that could back off under traffic and gave no sign when they had.
O agentless-passive | Two sets of nuts were found detached from the stretcher bars after the derailment.
O policy-subject | The inspection standard asked for a visual walk-past and did not require a hand check of each nut.
O meta-blameless | The papers want a name for "the man who missed the nuts"; the question for us is why a visual walk-past was the whole check.
O system-counterfactual | If the points had been fitted with a detection circuit for stretcher bar integrity, the signaller would have seen a failure alarm before the train.
O quoted-question | Driver's question at the hearing: "Why did nobody act on the rough ride reports at Potters Bar?"
O neutral-fact | The train was running at about 97 mph; the rear car derailed and came to rest under the station canopy.
""",
actions="""
Y Y N PREVENTS | Track engineering | 2002-07-31 | Replace the adjustable stretcher bar fixings on all points in the section with a locking design that cannot back off.
Y Y Y DETECTS | Damek Thistleridge | 2002-06-15 | Hand-check and torque every stretcher bar nut on points within 20 miles of Potters Bar and record the value for each.
N N N PARTIAL | Contractor | | Review maintenance standards across the network.
Y Y N DETECTS | Signalling | | Raise a fault ticket automatically when two rough-ride reports name the same points within 14 days.
N Y Y PARTIAL | Jaromir Telfener | | Take more care on visual inspections.
Y Y Y PARTIAL | Albinka Dunlincroft | 2002-08-30 | Change the points inspection form so each nut is ticked individually with a torque value, no blanket "no defects" box.
N N N PARTIAL | we | 2002-12-31 | Improve the reporting culture between the gangs.
N N N PARTIAL | | | Investigate why nuts come loose.
Y Y N PARTIAL | Infrastructure owner | 2002-09-30 | Require that any loose nut found on points is logged in the asset database with a follow-up check within 7 days.
N Y N PARTIAL | Management | | Consider the workload of patrol gangs.
Y Y Y PREVENTS | Agathon Okonjo-Reyes | | Stop using adjustable stretcher bars on any newly installed points from the next renewal.
""",
ww="""
C | The signaller stopped the following train within four minutes of the derailment report, so nothing ran into the wreckage.
V | Hats off to the ambulance crews and the police on the day.
C | The interim report was out in four days and named the stretcher bars, so the nationwide points check started the same week.
"""))

# 4. Amagasaki, 25 Apr 2005: driver overshot Itami platform, about 90 s late; took the 70 km/h curve at about 116 km/h;
# 107 died; punitive retraining for lateness; no ATS on the curve.
S.append(dict(url="https://www.railwaygazette.com/news/competitive-pressure-may-lie-behind-amagasaki-crash/28649.article",
people=["Haruhisa Mizoguchi", "Tsukiko Ohmae", "Tomoharu Yamabuki", "Ayaka Shimotsuki"],
blame="""
B failure-verb | The driver ignored the speed limit on the curve because he wanted to recover the 90 seconds.
B counterfactual | If Haruhisa had just accepted being late, 107 people would be alive.
B character | He was reckless and young and everybody on the depot knew he hated being told off.
B human-error | The accident was caused by driver error: overspeed on a curve.
B competence | Such an inexperienced driver should never have been allowed to drive the rapid service.
B self-blame | Dispatcher note: I rang him about the overshoot while he was driving. I think my call made him hurry, it is my fault.
B role-blame | The conductor was talking to the driver about how to report the overshoot when he should have been watching the speed.
B rhetorical-question | 運転士は何を考えていたのか? what was he thinking going 116 into that curve??
O actor-neutral | Haruhisa overshot the Itami platform by about three car lengths, reversed, and left about 90 seconds late.
O system-failure | The curve had no automatic train stop that would brake a train approaching above 70 km/h.
O policy-subject | The company's retraining programme punished lateness and overshoots with weeks of humiliating re-education, so drivers feared reporting delay.
O system-should | The timetable should have left more than a few seconds of recovery margin on a route with that many stops.
O org-subject | The railway company had added the tighter timetable to compete with a parallel private line.
O meta-blameless | "Young driver caused tragedy" is the headline; the inquiry asks why a system punished 90 seconds so hard that overspeed looked like the safer choice.
O credit | The driver of a limited express on the opposite track saw an abnormal signal, braked, and stopped about 100 m short of the wreck.
O system-counterfactual | If the signalling system had enforced the 70 km/h limit, the driver's speed would have been cut before the curve.
""",
actions="""
Y Y N PREVENTS | Signalling department | 2005-12-31 | Install speed-check ATS on every curve on the line where the approach speed exceeds the curve limit by more than 30 km/h.
Y Y Y PARTIAL | Tsukiko Ohmae | 2005-08-31 | Add a minimum of 30 s recovery time between each station pair on the rapid timetable.
N N N PARTIAL | HR | | Make the retraining programme less harsh.
Y Y N PARTIAL | Driver management | 2005-07-31 | Abolish punitive re-education for lateness; replace it with a no-penalty report form reviewed by a safety officer.
N N N PARTIAL | we | | Rebuild trust with passengers.
N Y Y PARTIAL | Tomoharu Yamabuki | | Remind conductors not to distract drivers.
Y Y N PARTIAL | Operations control | | Forbid radio or phone calls to a driver while the train is moving except for emergencies, enforced in the control room script.
N N N PARTIAL | | 2006-03-31 | Study safety culture across the company.
Y Y Y DETECTS | Ayaka Shimotsuki | | Add an alarm in the control centre when a train's recorded speed exceeds the line limit by 10 km/h.
Y Y N PARTIAL | Depot managers | | Ride with every driver who has under 2 years' experience on 2 monitored runs per quarter, each run logged in the roster with findings.
N N Y PARTIAL | Tomoharu Yamabuki | | Review everything about the Fukuchiyama line.
""",
ww="""
C | Residents of the apartment block and workers from a nearby factory were pulling passengers out within ten minutes, before the first ambulances arrived.
V | Everybody worked very hard in the rescue.
C | The control centre stopped every train on the line within two minutes of the first emergency call, so no second train entered the section.
"""))

# 5. Exxon Valdez, 24 Mar 1989: left the traffic lanes to avoid ice; master left the bridge; third mate with an
# overworked watch; course change not made in time; grounded on Bligh Reef; about 11 million gallons spilled.
S.append(dict(url="http://evostc.state.ak.us/facts/details.html",
people=["Blandine Pettigrove", "Drifa Braithwaite-Nunn", "Erlend Whincombe", "Conchobar Whinholm"],
blame="""
B failure-verb | Blandine left the bridge to a tired third mate in the worst stretch of the Sound.
B passive-agent | The turn back to the lane was delayed by Erlend for several minutes past the planned point.
B sarcasm | great call putting the autopilot on and then going below, master class in seamanship
B human-error | Root cause of the grounding: human error on the bridge.
B counterfactual | None of this would have happened if the master had just stayed on the bridge until they were clear of the ice.
B group-blame | The bridge team that night were sloppy from top to bottom.
B mistake-attribution | The traffic centre's mistake was not watching the radar when the ship left the lane.
B sanction | Third mate and helmsman removed from watchkeeping duties, effective immediately.
O actor-neutral | Blandine left the bridge at 23:53 and told the third mate to turn back toward the lane abeam Busby Island light.
O system-failure | The vessel traffic centre's radar coverage did not reach Bligh Reef, so the ship's track was not seen leaving the lanes.
O policy-subject | The company's manning standard left the mates with no rest that met the watch-keeping rules after 22 hours of loading.
O agentless-passive | The autopilot was found still engaged after the ship left the lane.
O meta-blameless | The press story is a drunk captain; the state commission's report is about a system that had become complacent after 8,700 safe transits.
O system-should | The traffic scheme should have carried the radar watch down to Bligh Reef where the ice pushed ships out of the lane.
O quoted-question | Commission hearing: why did a single vessel traffic officer have to watch the whole Sound at night?
O neutral-fact | Eight of the eleven cargo tanks were ruptured and about 11 million gallons of crude entered Prince William Sound.
""",
actions="""
Y Y N PREVENTS | Vessel traffic service | 1989-12-31 | Extend radar coverage so the traffic centre tracks every laden tanker until it passes Bligh Reef.
Y Y Y PREVENTS | Drifa Braithwaite-Nunn | 1989-07-01 | Require the master or a pilot to be on the bridge from the terminal until the ship clears the Sound, checked by the traffic centre on radio.
Y Y N PARTIAL | Marine personnel | 1989-09-30 | Set crew numbers so every officer has 6 hours of rest in the 12 hours before a sailing watch.
N N N PARTIAL | we | | Improve oil spill readiness.
N N N PARTIAL | Shipping company | | Review alcohol policy.
Y Y Y DETECTS | Conchobar Whinholm | | Alarm the traffic centre when a tanker leaves the separation scheme by more than 0.5 mile.
N Y Y PARTIAL | Erlend Whincombe | | Look into the autopilot procedures.
N N N PARTIAL | | 1990-03-31 | Do better on navigation.
Y Y N PREVENTS | Fleet operations | 1990-06-30 | Require two escort tugs for every laden tanker through the Narrows and past the reef.
N N N PARTIAL | Regulators | | Improve oversight of the tanker trade.
Y Y N DETECTS | Bridge officers | | Report ice in the lanes to the traffic centre on every transit, with position and time written in the deck log.
""",
ww="""
C | The ship called the traffic centre within about 15 minutes of the grounding, which started the response before dawn.
V | The response team gave it their all.
C | Fishing boats from Cordova put booms across the hatchery inlets within three days, which kept oil out of the main salmon hatcheries.
"""))

# 6. El Faro, 1 Oct 2015: sailed with Joaquin forecast to strengthen; master kept the route despite the mates' calls;
# old weather product; hatch open, flooding of hold 3; loss of propulsion; sank, 33 died.
S.append(dict(url="https://www.cfpublic.org/2017-12-13/ntsb-el-faro-probe-highlights-maritime-safety-issues",
people=["Achaz Sedgeridge", "Ebbe Marrowshaw", "Amalric Vilhjalmsson", "Engelbert Gannetcroft"],
blame="""
B failure-verb | The master refused to listen when both mates suggested a course south of the storm.
B competence | A competent master would not have sailed a 40-year-old ship into a category 3 hurricane.
B hindsight | Once the 23:00 forecast put the storm on the track line, it was obvious he should have turned back.
B group-blame | Shore management never cared about heavy weather as long as the ship was on schedule.
B rhetorical-question | why was the captain asleep in his cabin while the 2nd mate was begging for a course change?
B passive-agent | Calls from the third mate about the new track were waved off by Achaz without a look at the chart.
B implicit | The second mate did her job that night. Read the transcript and ask yourself who didn't.
B role-blame | The company safety officer approved the route by email and never questioned it.
O actor-neutral | Achaz emailed the office at 13:12 on 30 September that he planned to pass about 65 miles south of the centre.
O system-failure | The weather package the ship used arrived hours late and still showed the storm on its old track.
O system-should | The weather routing service should have put the time of its forecast on every picture it sent.
O policy-subject | The company's heavy weather policy gave no criteria for when to divert and left it all to the master.
O quoted-question | The NTSB chair asked why the master did not heed the crew, and the board's findings answer with the company's safety culture.
O meta-blameless | "captain sailed into a hurricane" is where most articles stop; the NTSB listed 53 recommendations because the ship, the data and the company all fed that decision.
O credit | The chief engineer's crew kept the plant running for hours in a heavy list before the lube oil pressure was lost.
O neutral-fact | The ship lost propulsion near the eye on the morning of 1 October and sank with 33 crew.
""",
actions="""
Y Y N PARTIAL | Weather services | 2016-06-30 | Stamp every forecast graphic sent to ships with its issue time and reject graphics older than 6 hours.
Y Y Y PREVENTS | Ebbe Marrowshaw | 2016-09-30 | Write heavy weather rules with fixed distances from a hurricane's centre that require a diversion, signed off by the operations director.
N N N PARTIAL | we | | Get the fleet's safety culture where it ought to be.
Y Y N DETECTS | Fleet operations centre | | Page the duty manager when a vessel's planned track passes within 100 miles of a named storm.
N Y Y PARTIAL | Amalric Vilhjalmsson | | Talk to the masters about weather.
Y Y Y PARTIAL | Engelbert Gannetcroft | 2016-03-31 | Replace open lifeboats on the sister ship with enclosed lifeboats.
N N N PARTIAL | | | Modernise the fleet.
N N N PARTIAL | Classification society | 2016-12-31 | Improve inspections.
Y Y N PARTIAL | Marine engineering | 2016-05-31 | Install high-level bilge alarms in every cargo hold with a display on the bridge.
N Y N PARTIAL | Bridge teams | | Speak up when concerned.
Y Y N PREVENTS | Safety management | | Require a documented check that all scuttles and watertight hatches are closed before entering forecast winds above 50 knots.
""",
ww="""
C | The voyage data recorder was recovered from 15,000 feet, so the bridge conversations could be studied word by word.
V | Coast Guard aircrews went above and beyond in the search.
C | The second mate put the new forecast on the chart at 23:13 and called the master with a concrete alternative route.
"""))

# 7. Flixborough, 1 Jun 1974: reactor 5 removed after a crack; temporary 20-inch bypass with a dog-leg between
# reactors 4 and 6, designed in chalk on the workshop floor, no qualified mechanical engineer on site; rupture,
# cyclohexane cloud, explosion; 28 died.
S.append(dict(url="http://www.savive.com/casestudy/flixborough.html",
people=["Gwydion Embercroft", "Hester Lindqvist-Okafor", "Aelis Baccanelli", "Eadgyth Somerhayes"],
blame="""
B failure-verb | The works engineer didn't bother to get the bypass designed by anyone who knew pipe stress.
B counterfactual | If Gwydion had insisted on a proper design calculation, that dog-leg would never have been built.
B human-error | Cause: human error in the modification of the reactor train.
B sarcasm | 10/10 engineering, a 20 inch pipe drawn in chalk on the workshop floor and held up on scaffolding, what could go wrong
B group-blame | The plant management were all production men who did not understand a pressure vessel.
B character | Aelis always chose speed over safety, everyone on site knew it.
B rhetorical-question | Why did no one on the maintenance team ask whether a bellows could take a dog-leg pipe?
B timeline-blame | 30 March: Aelis's team bolts the bypass in, no drawing, no pressure test to standard
O actor-neutral | Aelis's fitters built the bypass in a few days and the plant restarted on 1 April.
O system-failure | The bellows at both ends of the bypass were not designed for the bending load from an offset pipe and the assembly squirmed under pressure.
O policy-subject | The company's modification procedure did not exist for temporary plant, so a 20-inch pipe under 8.8 bar was treated like maintenance.
O org-subject | The site had no qualified mechanical engineer in post after the previous one left, and the vacancy was still open in June.
O system-counterfactual | If the modification process had required a design review for temporary pipework, the works engineer's job would have included a stress calculation.
O self-report | I was on the day shift that restarted the train; we were told the bypass had been checked and I had no way to know it hadn't.
O error-term | The court's report speaks of an "error" in the bypass design; it found the error was that nobody on site was asked to design it.
O neutral-fact | The release of about 40 tonnes of cyclohexane ignited within a minute; 28 people on site died.
""",
actions="""
Y Y N PREVENTS | Process safety | 1974-09-30 | Require a written design, stress calculation and hydrostatic test to 1.3 times design pressure for any temporary pipework before start-up.
Y Y Y PREVENTS | Hester Lindqvist-Okafor | 1974-08-31 | Block restart of any reactor train after a modification until a chartered mechanical engineer has signed the change.
N N N PARTIAL | Management | | Give more attention to safety.
Y Y N PARTIAL | Site services | 1975-03-31 | Move the control room and offices outside the blast radius calculated for a 40-tonne cyclohexane release.
N Y Y PARTIAL | Gwydion Embercroft | | Double-check modifications before restart.
N N N PARTIAL | we | | Learn from this tragedy.
Y Y N DETECTS | Inspection team | | Add a daily recorded walk-round of any temporary pipework with a check of support and bellows movement.
N N N PARTIAL | | | Review inventory levels.
Y Y Y PARTIAL | Eadgyth Somerhayes | 1974-12-31 | Fill the works engineer post and record in the site register that the post may not be vacant for more than 30 days.
Y Y N DETECTS | Reactor crew | | Fit a high-pressure alarm on the reactor 4 outlet set at 9.5 bar and log every activation in the shift book.
N N Y PARTIAL | Aelis Baccanelli | | Reconsider how fitters are briefed.
""",
ww="""
C | Because the blast happened on a Saturday, the office block was empty; the weekday count of people on site was about 550.
V | The fire brigade showed real courage.
C | The works fire team had the muster list at the gate within ten minutes, so the brigade knew at once who was unaccounted for.
"""))

# 8. Barings, Feb 1995: Singapore trader also ran the settlements back office; error account 88888 hid losses; funding
# requests from London paid without reconciliation; about GBP 827 m lost; bank collapsed.
S.append(dict(url="http://eresources.nlb.gov.sg/infopedia/articles/SIP_1531_2009-06-11.html",
people=["Alvilde Marrowstead", "Yvaine Fennelcroft", "Linus Dunlinley", "Aiyana Kalinowska"],
blame="""
B failure-verb | Alvilde hid the losses in 88888 and lied to London every time they queried the margin calls.
B passive-agent | The funding requests were waved through by Yvaine's team without a single reconciliation.
B competence | London's management were too incompetent to understand what they were funding in Singapore.
B hindsight | With profits that big on arbitrage, it was obvious that someone should have asked where they came from.
B sarcasm | well done treasury, sending half a billion to Singapore on a fax and a smile
B group-blame | The settlements staff in Singapore covered for him, they are as guilty as he is.
B repeat-offender | His reconciliations were late in 1993 and again in 1994 and still no one took the back office away from him.
B nobody-blame | No one in risk or audit bothered to check the margin payments against client positions.
O actor-neutral | Alvilde opened the error account 88888 in July 1992 to record trades booked in error by junior staff.
O policy-subject | The firm's structure let one manager run both the trading floor and the settlements office in Singapore.
O system-failure | The funding reports did not link margin payments to individual client accounts, so London could not see what the money was for.
O org-subject | The internal audit report of 1994 recommended separating the two roles; the recommendation was not given a deadline.
O system-should | The reconciliation process should have matched every margin call paid to the exchange with a named client position.
O quoted-question | A regulator's question, reported later: "How did a branch report profits of that size on a low-risk strategy?"
O meta-blameless | "One rogue trader broke the bank" is the paperback version; the inquiry described controls that let one person be trader and checker.
O neutral-fact | The bank was declared insolvent on 26-27 February 1995 with losses of about 827 million pounds.
""",
actions="""
Y Y N PREVENTS | Group operations | 1995-06-30 | Separate trading and settlements in every branch so no one person holds both roles, confirmed by an HR roles report.
Y Y Y DETECTS | Linus Dunlinley | 1995-05-31 | Reconcile every margin payment to the exchange against client positions daily and escalate any difference above 1 million pounds to the CFO.
N N N PARTIAL | Risk | | Strengthen risk management.
Y Y N PARTIAL | Internal audit | 1995-09-30 | Give every audit recommendation an owner and a due date, with overdue items reported to the board monthly.
N Y Y PARTIAL | Aiyana Kalinowska | | Check Singapore's numbers more carefully.
N N N PARTIAL | we | | Ensure controls in Asia are fit for purpose going forward.
Y Y N PARTIAL | Treasury | | Block transfers to any branch above 10 million pounds without a matching client position report.
N N N PARTIAL | | | Review the bonus culture.
N Y N PARTIAL | London management | 1995-12-31 | Understand the futures business better.
Y Y Y PARTIAL | Yvaine Fennelcroft | | Close all error accounts older than 30 days and report any remaining balance to compliance.
N N Y PARTIAL | Alvilde Marrowstead | | Look into controls in Asia.
""",
ww="""
C | The position reconciliation requested by the London settlements clerk on 23 February was the check that exposed the account.
V | The rescue team worked day and night over the weekend.
C | The exchange raised margin requirements within a day, so the open positions did not grow further on Monday.
"""))

# 9. Miss Universe 2015 finale: host read the runner-up line on the results card as the winner; wrong contestant
# crowned for about two minutes; correction on stage; card shown to camera.
S.append(dict(url="https://macau-wonderful-world.blogspot.com/2015/12/miss-universe-2015.html",
people=["Audoin Cinderthorpe", "Hadewych Fallowwick", "Alarik Ouellette", "Bogumila Abernathy-Ruiz"],
blame="""
B failure-verb | Audoin misread the card that had the winner printed on it in plain text.
B sarcasm | great TV, crown one contestant, take it back 2 minutes later, ratings must be through the roof
B rhetorical-question | how do you read "1st runner up" and say "Miss Universe" on live TV?
B mistake-attribution | It was the host's mistake, pure and simple.
B counterfactual | If Alarik had walked the host through the card layout in rehearsal, the wrong name would never have been read.
B human-error | the root cause was human error by the host on live broadcast
B group-blame | The production team were so busy with the show they forgot the most important 10 seconds of it.
B passive-agent | The wrong winner was announced by the host at the end of the live show.
O actor-neutral | Audoin read the results card on stage and announced the winner at the end of the live show.
O system-failure | The results card printed the winner at the bottom right, apart from the runners-up, in small type.
O self-report | host here: I read the card, I said the wrong name, I went back out and fixed it; the card layout is what we change.
O credit | Hadewych in the truck saw the mismatch on the graphics feed and sent the floor manager to the host within a minute.
O policy-subject | The show format had the host read from a printed card without a prompter or a second check.
O system-counterfactual | If the prompter had shown the winner's name as the card was read, the host would have had a second source on stage.
O meta-blameless | Commentators say "he messed up"; the design question is how the card put the winner's name where the eye would skip it.
O neutral-fact | The wrong contestant wore the crown for about two minutes before the correction.
""",
actions="""
Y Y N PREVENTS | Graphics team | 2016-03-31 | Redesign the results card so the winner's name is on its own line at the top in 36-point type.
Y Y Y PARTIAL | Alarik Ouellette | 2016-06-30 | Run a rehearsal of the results reading with the actual card layout before every live final.
N N N PARTIAL | we | | Communicate better between the truck and the stage.
Y Y N DETECTS | Production | | Show the winner's name on the stage prompter at the same time the card is handed over.
N Y Y PARTIAL | Audoin Cinderthorpe | | Be more careful reading results.
N N N PARTIAL | | | Review how we run finals.
Y Y Y PARTIAL | Bogumila Abernathy-Ruiz | 2016-05-31 | Add a step where the floor manager confirms the winner's name with the host verbally 30 seconds before the announcement.
N N N PARTIAL | Organisation | | Improve the brand's image after the finale.
Y Y N PARTIAL | Legal and compliance | 2016-04-30 | Require a signed results envelope check by the accountants' representative on stage before the final reading.
N Y N PARTIAL | Stage crew | | Stay focused at the end of the show.
N N Y PARTIAL | Hadewych Fallowwick | | Think about how we could catch errors.
""",
ww="""
C | The correction was on air within about three minutes, before the broadcast ended, so the right winner was seen by the live audience.
V | The host handled it with class.
V | The contestants were very gracious.
"""))

# 10. Big Dig ceiling, 10 Jul 2006: ceiling panels hung from anchors held in "fast set" epoxy with poor creep
# resistance; displacement seen in 1999 not followed up; collapse killed a passenger.
S.append(dict(url="https://en.wikipedia.org/wiki/Big_Dig_ceiling_collapse",
people=["Balduin Larchshaw", "Dagomar Coutanceau", "Osgood Dunlinshaw", "Adalwin Hrabowski"],
blame="""
B failure-verb | The inspector saw anchors creeping out in 1999 and never followed it up.
B passive-agent | The fast set epoxy was swapped in by Osgood's crew without asking anyone about long-term load.
B hindsight | After the 1999 pull-outs it was obvious that somebody should have tested every anchor in that tunnel.
B competence | The designers plainly did not understand adhesives and should not have been anywhere near an overhead load.
B group-blame | The contractors cut corners everywhere on this project, the ceiling was just the part that fell.
B counterfactual | If Dagomar had asked what epoxy was in those holes, that woman would be alive.
B sarcasm | fantastic oversight from the turnpike authority, 1999 warning filed, 2006 funeral
B timeline-blame | 1999-11: Balduin notes anchor displacement in HOV tunnel, closes ticket without test
O actor-neutral | Osgood's crew installed the ceiling anchors in the I-90 connector with the epoxy supplied to the site.
O system-failure | The fast set epoxy deformed slowly under constant load until several anchors pulled free together.
O org-subject | The adhesive supplier did not tell the project that its fast set formulation had poor long-term load characteristics.
O policy-subject | The project's specification tested anchors for short-term pull-out only and had no creep test.
O system-should | The anchor approval process should have asked for long-term creep data on every adhesive used overhead.
O quoted-question | Reporter at the NTSB hearing: "Could the collapse have been avoided?" The board answered with the missing creep test.
O system-counterfactual | If the inspection programme had re-measured anchor displacement after 1999, the tunnel engineers would have seen the creep trend.
O neutral-fact | About 26 tons of concrete panels fell onto the eastbound ramp just before 23:00, killing a passenger.
""",
actions="""
Y Y N PREVENTS | Highway authority | 2006-12-31 | Prohibit adhesive anchors in sustained-tension overhead applications unless the product has passed a long-term creep test.
Y Y Y DETECTS | Adalwin Hrabowski | 2006-08-31 | Measure displacement of every ceiling anchor in the connector tunnels and list any above 1/8 inch for replacement.
N N N PARTIAL | Project management | | Improve quality assurance across the project.
Y Y N PARTIAL | Design consultant | 2007-03-31 | Add creep resistance as a required field in the approved-products list for adhesives.
N Y Y PARTIAL | Osgood Dunlinshaw | | Make sure the right epoxy is used.
N N N PARTIAL | we | | Win back drivers' confidence in the I-90 connector.
Y Y N DETECTS | Tunnel maintenance | | Re-measure anchor displacement at 50 marked locations every 6 months and report trend values.
N N N PARTIAL | | | Look into supplier communication.
N Y N PARTIAL | Inspectors | 2007-01-31 | Be more thorough on tunnel walks.
Y Y Y PARTIAL | Balduin Larchshaw | | Require that any anchor displacement finding stays open until a load test result is attached.
N N Y PARTIAL | Dagomar Coutanceau | | Review lessons from 1999.
""",
ww="""
C | The tunnel was closed within hours and all similar ceiling sections were inspected before any reopening.
V | Crews pulled together during the emergency.
V | The investigation was very professional.
"""))

# 11. FIU pedestrian bridge, 15 Mar 2018: cracks in truss node 11/12 grew for days; engineer of record said no safety
# concern; crew re-tensioned a post-tensioning bar with the road open; the span collapsed; 6 died.
S.append(dict(url="https://en.wikipedia.org/wiki/Florida_International_University_pedestrian_bridge_collapse",
people=["Bertrada Carrasquillo", "Gunnhild Forsgren", "Aethelric Ndiaye-Holt", "Octavia Vermeulen"],
blame="""
B failure-verb | Bertrada downplayed the cracks at the morning meeting and nobody pushed back.
B passive-agent | The road was kept open by the contractor's site manager while the bar was being re-tensioned.
B counterfactual | Aethelric should have closed the road the minute he saw the cracks had grown.
B human-error | Probable cause in our draft: human error in the load calculations by the engineer.
B rhetorical-question | Who re-tensions a cracked truss with six lanes of traffic underneath? seriously who??
B competence | The peer reviewer obviously didn't know how to check a concrete truss.
B implicit | Gunnhild at least raised the cracks in writing, unlike some people on that call.
B nobody-blame | Not one person at that meeting bothered to ask for the road to be closed.
O actor-neutral | Aethelric's crew began re-tensioning the post-tensioning bar in diagonal 11 on the morning of 15 March.
O system-failure | The design overestimated the capacity of the node 11/12 connection and the cracks grew under the permanent load.
O system-should | The crack-monitoring plan should have set a crack width at which work stops and the road closes.
O policy-subject | The contract did not require the owner's representative to close the road when cracking was reported.
O org-subject | The peer review firm was engaged only for the final span configuration and did not review construction stages.
O meta-blameless | Headlines say "engineer ignored cracks"; the board's report explains why everyone in the room read the same photos as non-structural.
O system-counterfactual | If the design review had checked each construction stage, the reviewer would have seen the node fail the calculation before the bridge was moved.
O neutral-fact | The 175-foot span collapsed at 13:47 onto six lanes of traffic; six people died.
""",
actions="""
Y Y N PREVENTS | Owner's project office | 2018-06-30 | Require road closure whenever a crack wider than 0.5 mm is reported on a span over traffic, until the engineer of record signs a load check.
Y Y Y PARTIAL | Octavia Vermeulen | 2018-09-30 | Add construction-stage checks to the peer review scope for every accelerated bridge.
N N N PARTIAL | we | | Improve communication between the design and construction teams.
Y Y N DETECTS | Site engineering | | Install crack gauges on every truss node with readings logged twice daily to the project dashboard.
N Y Y PARTIAL | Bertrada Carrasquillo | | Take cracks more seriously.
N N N PARTIAL | | | Review our approach to accelerated construction.
Y Y Y PREVENTS | Gunnhild Forsgren | 2018-07-31 | Forbid post-tensioning work on a span over an open road, written into the method statement template.
N N N PARTIAL | Contractor | 2018-12-31 | Strengthen safety leadership.
N Y N PARTIAL | Peer reviewers | | Double-check load calculations.
Y Y N PARTIAL | State DOT | | Put a state inspector on site during every span move and every post-tensioning operation.
N N Y PARTIAL | Aethelric Ndiaye-Holt | | Look into why the meeting concluded no safety issue.
""",
ww="""
C | Motorists stopped at the red light under the span were pulled out within minutes by construction workers and passers-by using their own tools.
V | Sweetwater neighbours showed what this city is made of.
V | The investigators were thorough.
"""))

# 12. Lakanal House, 3 Jul 2009: fire spread outside via replaced window panels; brigade control operators gave
# stay-put advice for a long time; the flat numbering confused location; 6 died.
S.append(dict(url="https://www.ifsecglobal.com/fire/lakanal-house-verdict-deaths-were-avoidable/",
people=["Feidhlim Greatorex", "Obadiah Lachaussee", "Persephone Nettleridge", "Radoslaw Cindergarth"],
blame="""
B failure-verb | The control operator kept her on the line for 23 minutes and never told her to get out.
B role-blame | The building surveyor signed off the window panels without looking at a fire test.
B counterfactual | If Feidhlim had told the caller to leave by the balcony, she would have got out.
B group-blame | The control room staff simply weren't listening to what callers were telling them.
B hindsight | Once smoke was in the flat it was obvious the operator should have said get out.
B self-blame | Radoslaw (watch manager) on the group chat: my fault, I sent the crews to the wrong floor because I trusted the flat numbers.
B sarcasm | stay put, we're coming, they said. great advice from control, really top class
B timeline-blame | 16:31 caller in flat 79 reports smoke; operator Feidhlim repeats stay-put instruction (wrong)
O actor-neutral | Feidhlim took the call from the ninth-floor flat at 16:31 and stayed on the line while crews were committed.
O system-failure | The replacement panels under the windows burned through in under five minutes and let the fire into the flat above.
O policy-subject | The brigade's training documents were inconsistent about when to advise staying put and when to advise getting out.
O system-should | The building's flat numbering should have matched its floors so crews could find callers.
O meta-blameless | "operators gave wrong advice" is in the papers; the jury found the training documents contradicted each other.
O quoted-question | Coroner's question: was there any record that control staff had met the minimum training requirements?
O credit | Obadiah's crew carried a resident down from the eleventh floor through thick smoke at 17:20.
O system-counterfactual | If the control room screens had shown fire survival guidance by floor, the operator would have had a rule for when stay-put stops applying.
""",
actions="""
Y Y N PARTIAL | Brigade control | 2013-09-30 | Add a control screen prompt that switches advice to "get out" when a caller reports smoke in the flat and a safe route exists.
Y Y Y DETECTS | Persephone Nettleridge | 2013-06-30 | Audit training records for all control staff and list anyone who has not met the minimum training hours in 12 months.
N N N PARTIAL | we | | Learn lessons from Lakanal.
Y Y N PREVENTS | Housing department | 2013-12-31 | Fire-test the panel type used under windows and replace every panel that fails in the borough's tower blocks.
N Y Y PARTIAL | Feidhlim Greatorex | | Listen more actively to callers.
N N N PARTIAL | | | Review stay-put policy.
Y Y Y PARTIAL | Radoslaw Cindergarth | 2013-08-31 | Put a floor-to-flat-number chart in the premises information box of every tower with non-sequential numbering.
N N N PARTIAL | Council | | Improve fire risk assessments.
N Y N PARTIAL | Crews | 2013-10-31 | Be aware of confusing layouts.
Y Y N PARTIAL | Building control | | Require a fire risk assessment dated within the last 12 months for every high-rise block, checked quarterly.
N N Y PARTIAL | Obadiah Lachaussee | | Think about upper-floor command arrangements.
""",
ww="""
C | The bridgehead was moved below the fire as soon as crews saw it had spread downwards, which kept the crews on the lower floors supplied.
V | Crews were very brave.
V | Great teamwork on the day.
"""))

# 13. Abu Dhabi Grand Prix, 12 Dec 2021: late safety car; race director let only some lapped cars unlap and brought the
# safety car in without the extra lap; FIA report: "human error" in the manual lapped-car list; team radio pressure.
S.append(dict(url="https://the-race.com/formula-1/fia-releases-executive-summary-of-abu-dhabi-gp-report/",
people=["Gudrun Fallowley", "Coralie Dumbrell", "Ivo Wicketgarth", "Avrelia Maurescu"],
blame="""
B failure-verb | Gudrun ignored the rule that the safety car comes in at the end of the following lap.
B human-error | Conclusion: human error by the race director decided the championship.
B competence | A race director who cannot apply his own sporting regulations under pressure is not fit for the job.
B rhetorical-question | why only the five cars between the leaders?? who decides that on the fly??
B sarcasm | amazing race control tbh, invent a new rule on the last lap and call it good faith
B sanction | race director removed from post before next season
B passive-agent | The list of cars allowed to unlap was cut short by Gudrun to save one lap.
B mistake-attribution | It was race control's mistake and the whole paddock knows it.
O actor-neutral | Gudrun deployed the safety car at 18:21:54 after the crash at turn 14.
O system-failure | The list of lapped cars was compiled by hand from the timing screens, with no automatic check against the running order.
O policy-subject | The sporting regulations could be read in more than one way on when the safety car returns after lapped cars overtake.
O system-should | The race control software should have produced the list of cars to unlap automatically.
O org-subject | The governing body's report found the results valid and final and restructured race control.
O quoted-question | Team radio to race control: "Why are only some lapped cars allowed to overtake?"
O error-term | The report used the words "human error" for the manual unlapping list; our review asks what in the set-up made the list manual.
O system-counterfactual | If the team principals' radio channel to the race director had been closed, the race director would have worked the last laps without live lobbying.
""",
actions="""
Y Y N PREVENTS | Race control systems | 2022-03-01 | Generate the list of cars that must unlap automatically from timing data and send it to teams without manual editing.
Y Y N PARTIAL | Race operations | 2022-03-01 | Close the direct radio channel between team principals and the race director during sessions.
N N N PARTIAL | we | | Restore fans' confidence in the sport.
Y Y Y PARTIAL | Coralie Dumbrell | 2022-02-15 | Rewrite the safety car restart article so it has a single reading, approved by the sporting working group.
N Y Y PARTIAL | Gudrun Fallowley | | Be more consistent in decisions.
Y Y N DETECTS | Remote operations centre | | Check every race control message against the sporting regulations in real time and flag any deviation to the race director within 30 seconds.
N N N PARTIAL | | | Look at governance.
N N N PARTIAL | Governing body | 2022-06-30 | Improve race control.
Y Y Y PARTIAL | Ivo Wicketgarth | | Appoint two alternating race directors, each with a deputy, for every event of the season.
N Y N PARTIAL | Stewards | | Pay attention to lapped cars.
N N Y PARTIAL | Avrelia Maurescu | | Consider training for officials.
""",
ww="""
C | The marshals had the crashed car behind the barrier within about four laps despite a brake fire.
V | The marshals were superb.
V | Everyone behaved professionally afterwards.
"""))

# 14. New York Hospital, March 1984: 18-year-old admitted at night with fever; on an MAO inhibitor; given meperidine;
# residents covering many patients, 36-hour shifts, supervising physician at home; restraints; temperature rose;
# cardiac arrest. Later state commission recommended resident hour limits and supervision.
S.append(dict(url="http://www.nybooks.com/articles/archives/1996/feb/29/what-doctors-dont-tell-us/",
people=["Jessamyn Korhonen", "Arnulf Pemberton-Adu", "Borivoj Hollinmere", "Godric Lindgard"],
blame="""
B failure-verb | The intern never came back to examine her after the nurses called twice.
B counterfactual | If Jessamyn had checked the drug interaction before ordering the pethidine, the patient would not have died.
B human-error | Cause of death in the department's draft: physician error.
B competence | Those residents were too green to be running a medical floor at night.
B passive-agent | The pethidine was ordered by the junior resident over the phone without a look at her medication list.
B group-blame | The attendings at that hospital couldn't be bothered to come in at night.
B hindsight | With a temperature climbing like that, it was obvious someone should have called the attending.
B character | Arnulf was known for being arrogant with the nurses, he never listened to them.
O actor-neutral | Jessamyn admitted the patient at about 02:00 after speaking by phone with the family doctor.
O system-failure | The pharmacy system did not flag the interaction between the patient's antidepressant and pethidine.
O policy-subject | The residency schedule put interns on 36-hour shifts covering dozens of patients with no attending on site at night.
O system-should | The on-call model should have had an attending physician who could be called to the bedside overnight.
O meta-blameless | Her father blamed "overworked, unsupervised residents"; the commission's answer was about the rota and supervision, not two doctors.
O credit | Borivoj, the night nurse, recorded the temperature and agitation at each check and called the intern twice.
O quoted-question | The grand jury asked why the junior doctors on duty had no senior physician in the building.
O system-counterfactual | If the residency rules had capped shifts at 24 hours, the intern would have been on her first hours of duty, not her eighteenth.
""",
actions="""
Y Y N PREVENTS | Graduate medical education | 1988-07-01 | Cap resident shifts at 24 consecutive hours and 80 hours per week, enforced through the rota system.
Y Y N PARTIAL | Department of medicine | 1988-01-31 | Require an attending physician in the hospital overnight for every medical floor.
N N N PARTIAL | we | | Make residents' lives better.
Y Y Y PREVENTS | Godric Lindgard | 1987-12-31 | Add a pharmacy check that blocks dispensing pethidine to any patient with an MAO inhibitor on the medication list.
N Y Y PARTIAL | Jessamyn Korhonen | | Pay closer attention to drug interactions on night duty.
N N N PARTIAL | | | Review how the hospital supervises trainees.
Y Y Y PARTIAL | Borivoj Hollinmere | 1988-03-31 | Write a nursing escalation rule: a temperature above 40 C or a second call about the same patient goes to the senior resident and the attending.
N N N PARTIAL | Hospital | 1988-06-30 | Improve the culture on night shifts.
N Y N PARTIAL | Interns | | Examine patients in person when possible.
Y Y N PARTIAL | Nursing administration | | Require a documented physician bedside review within 30 minutes of any new physical restraint.
N N Y PARTIAL | Arnulf Pemberton-Adu | | Look into communication with nursing staff.
""",
ww="""
C | The nurse's hourly observation notes gave an exact record of temperature and orders, which the reviews could rely on.
V | The staff were very caring.
V | Everyone cooperated with the inquiry.
"""))

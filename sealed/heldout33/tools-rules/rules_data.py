# heldout33 rules data (see ../rules/SOURCES-heldout33.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Clementine thruster 1994, Mariner 1 guidance 1962, NEAR burn abort 1998, Chinook
# ZD576 / FADEC 1994, GPS UTC offset upload 2016, Hakuto-R M1 altitude filter 2023, Bank of New York counter overflow
# 1985) and 7 outside software (Rana Plaza 2013, Hindenburg 1937, Johnstown / South Fork Dam 1889, Banqiao Dam 1975,
# West Fertilizer 2013, Heysel Stadium 1985, Kiss nightclub fire 2013).
# Styles vary: program-office memo and Usenet; 1962 range memo, retro notes and meme chat; APL press English and ops
# chat; reviewing-officer prose, pilots' mess talk and campaign journalism; timing Slack, NOC notice and mailing list;
# Japanese-English press conference, space forum and internal retro; 1985 testimony, ops memo and trader banter;
# Bangla-English worker testimony, NGO and CSR prose; 1937 board prose and translated company report; 1889 editorial
# and engineering committee; Chinese official English and translated memoir; CSB prose, Texas Facebook group and
# adjuster note; translated Belgian inquiry, tabloid and Italian fans' association; Brazilian-English parents' chat.
S = []

# 1. Clementine, 7 May 1994: after two months of lunar mapping (launch 25 Jan 1994, >1.5 M images) the spacecraft left
# lunar orbit for asteroid 1620 Geographos; an onboard computer fault kept a thruster firing about 11 minutes, all
# attitude propellant used, 80 rpm spin, Geographos flyby abandoned, Van Allen belt tests, mission over by June.
S.append(dict(url="http://www.thelogbook.com/1994/clementine-off-course/",
people=["Ansgar Quennevard", "Hildegund Marchbanks-Oyelaran", "Fiachra Vanderhoef", "Liesbetha Schallhorn"],
blame="""
B failure-verb | Quennevard's flight software group never put a limit on how long a thruster may fire, and still signed off the code for the Geographos leg.
B passive-agent | The software load for the cruise to Geographos was uplinked by Fiachra Vanderhoef without anyone rerunning the thruster fault cases.
B counterfactual | If Ansgar had spent one afternoon on the fault-protection tables in April, we would be imaging Geographos in August instead of writing this.
B group-blame | The Livermore software people treated fault protection as an afterthought, and a spacecraft that mapped the whole Moon paid for their shortcuts.
B human-error | Preliminary finding of the program office: operator error in the software command sequence caused the thruster to remain on for eleven minutes.
B sarcasm | Great job, Livermore, you managed to turn an asteroid probe into an 80 rpm spinning top.
B rhetorical-question | Who on the Clementine software team thought a thruster with no time limit was an acceptable design for a deep-space cruise?
B sanction | Whoever wrote that thruster routine should never be allowed near flight code for Clementine 2.
O system-failure | On 7 May 1994 the onboard computer failed to shut off an attitude thruster, which fired for about eleven minutes and used up all the attitude-control propellant.
O system-should | The fault-protection software should have capped total thruster on-time and safed the spacecraft long before the propellant was gone.
O actor-neutral | Hildegund Marchbanks-Oyelaran was first to see the spin rate climbing in the telemetry at the next ground contact and called the flight director.
O neutral-fact | Clementine launched on 25 January 1994, mapped the Moon from lunar orbit for about two months and returned more than 1.5 million images.
O policy-subject | The test plan Vanderhoef inherited exercised every thruster command in nominal sequences but contained no case in which a thruster stuck on.
O system-counterfactual | Had the flight software enforced a maximum burn duration per thruster, the fault would have cost a few seconds of propellant rather than the asteroid flyby.
O agentless-passive | The Geographos flyby was cancelled, and the spacecraft was later sent through the Van Allen belts to test its components.
O meta-blameless | Liesbetha asked the review to drop the question of which programmer touched the routine last and to ask why a single stuck output could drain the tanks unnoticed.
""",
actions="""
Y Y Y PREVENTS | Ansgar Quennevard | 1994-07-15 | Add a hard limit of 60 seconds of continuous on-time per attitude thruster to the flight software, enforced independently of the commanding task.
N N N PARTIAL | Ballistic Missile Defense Organization | | Strengthen the culture of software quality on low-cost demonstration missions.
Y Y N DETECTS | NRL mission operations | 1994-08-01 | Raise an alarm on the ground console whenever the downlinked spin rate exceeds 5 rpm.
N Y Y DETECTS | Fiachra | 1994-09-30 | Keep a closer eye on the thruster telemetry during the remaining cruise.
Y Y N PARTIAL | | | Publish the fault timeline and the propellant-usage plot to the Clementine science team within two weeks.
N N N PARTIAL | we | | Learn from this and be more careful with fault protection on future probes.
Y Y Y PARTIAL | Liesbetha Schallhorn | 1994-06-30 | Write the test plan for the Van Allen belt phase and get it signed by the program manager before the first pass.
N Y N PREVENTS | LLNL flight software | 1994-10-01 | Make the Clementine 2 attitude control code more robust.
Y N N DETECTS | BMDO program office | | Require stuck-on thruster fault injection tests for every spacecraft the office funds, with the test report attached to the flight readiness review.
N Y Y DETECTS | Hildegund Marchbanks-Oyelaran | 1994-08-15 | Give the safe-mode logic another look.
Y Y N DETECTS | LLNL flight software | 1994-09-15 | Run the Clementine 2 flight code against a simulated thruster stuck open for 600 seconds and show that safe mode closes the valve within 10 seconds.
""",
ww="""
C | The solar panels were repositioned within days of the fault, which kept enough power to run the radiation-belt tests.
C | Every lunar image had already been downlinked before departure from lunar orbit, so the mapping data were never at risk.
V | Everyone on the Clementine team really stepped up during a tough week.
"""))

# 2. Mariner 1, 22 Jul 1962: Atlas-Agena from Cape Canaveral LC-12; hand-written guidance equation missing the bar
# (smoothing) over R-dot; unsmoothed rate data gave erratic steering; destroyed by the range safety officer 293 s
# after launch; about $18.5 M; "most expensive hyphen"; Mariner 2 launched 36 days later; Rangers 1 and 2 earlier.
S.append(dict(url="https://simple.wikipedia.org/wiki/Mariner_1",
people=["Elmore Strausbaugh", "Harriet Scrimgeour-Lyle", "Calvert Dunphy-Roos", "Kerenhappuch Tollemache-Dyer"],
blame="""
B failure-verb | Strausbaugh transcribed the guidance equations for the programmers and dropped the bar over R-dot, and nobody on his desk caught it.
B passive-agent | The hand-written smoothing equation was copied by Elmore Strausbaugh without the overbar, and the card deck went to the Cape unchecked.
B counterfactual | If Harriet had compared the coded equation against the original derivation even once, Mariner 1 would be on its way to Venus.
B group-blame | The guidance analysts were so sure of their own equations that they never bothered to check what the programmers had actually punched.
B human-error | the official answer in 62 was basically "clerical error by a guidance analyst", end of story
B mistake-attribution | lol the most expensive hyphen in history, and it was Calvert's hyphen
B competence | An analyst who cannot tell R-dot from R-dot-bar has no business preparing guidance equations for an interplanetary launch.
B hindsight | Any guidance engineer who had watched Ranger 1 and Ranger 2 go wrong should have known to check that smoothing term twice.
O system-failure | When the rate beacon data dropped out, the ground guidance program used unsmoothed velocity data and sent erratic steering commands to the Atlas.
O system-should | The guidance program should have rejected velocity samples that jumped beyond anything the booster could physically do.
O actor-neutral | At 293 seconds after launch Kerenhappuch Tollemache-Dyer, the range safety officer on console, saw the impact prediction head for the shipping lanes and sent the destruct command.
O neutral-fact | Mariner 1 lifted off from Cape Canaveral on an Atlas-Agena on 22 July 1962 and was destroyed before separation; the loss was put at about 18.5 million dollars.
O policy-subject | The specification process Strausbaugh followed passed hand-written equations straight to keypunch with no independent reading of the symbols.
O system-counterfactual | Had the equations been kept in a typed, reviewed master copy, the missing bar would have been visible on the page.
O agentless-passive | The error was traced to a missing symbol in the guidance specification within days, and Mariner 2 was launched 36 days later.
O quoted-question | "Who dropped the bar?" was the first question at the review; the answer we wrote down is that our process let one symbol reach the range without a second reader.
""",
actions="""
Y Y Y PREVENTS | Calvert Dunphy-Roos | 1962-08-15 | Have a second analyst check every symbol of the typed guidance equations against the derivation and sign each page before keypunch.
N N N PARTIAL | Jet Propulsion Laboratory | | Take software more seriously from now on.
Y Y N DETECTS | Atlantic Missile Range | 1962-08-20 | Replay the Mariner 1 radar tapes through the corrected program and confirm that the steering commands stay inside the nominal band.
N Y Y DETECTS | Harriet | 1962-08-10 | Look over the guidance equations before the Mariner 2 launch.
N N N PREVENTS | everyone | | Mind the notation from now on, all of you.
Y Y N PREVENTS | Convair guidance group | 1962-08-20 | Add a rate check to the ground guidance program that holds the last good steering command when a velocity sample differs from the prediction by more than 3 sigma.
N Y N PARTIAL | | | Improve communication between the analysts and the programmers.
Y Y Y PARTIAL | Kerenhappuch Tollemache-Dyer | 1962-08-01 | Add the beacon-dropout case, with the expected impact-prediction trace, to the range safety officer's console checklist.
N N Y DETECTS | Elmore | | Double-check all the guidance cards before the next launch.
Y N N DETECTS | NASA launch vehicles office | | Require a full guidance simulation with beacon dropouts for every Atlas-Agena planetary launch, with the plots filed before launch readiness.
N Y N PREVENTS | Mariner 2 launch team | 1962-08-25 | Make the guidance more reliable for Mariner 2.
""",
ww="""
C | The impact predictor showed the booster heading for the shipping lanes early enough for the range to destroy it over open sea.
V | The Cape team handled a very hard day professionally.
V | Morale recovered quickly and everyone pulled together for Mariner 2.
"""))

# 3. NEAR, 20 Dec 1998: first rendezvous burn aborted seconds after the settling burn because the brief engine burn
# exceeded safety limits of the onboard autonomy; tumble, contact lost about 27 h, DSN lock about 8 p.m. EST 21 Dec;
# Eros flyby 23 Dec; tolerance change after a July 1997 simulation; 24-minute burn 3 Jan 1999; rendezvous Feb 2000.
S.append(dict(url="http://news.sciencemag.org/1999/01/second-chance-date-asteroid",
people=["Thorley Keplinger", "Vaidehi Venkatachalapathy", "Sterling Haddonfield", "Ruxandra Bratescu"],
blame="""
B failure-verb | Keplinger tightened the lateral acceleration limit after the 1997 simulation and never re-ran the burn sequence with the new value.
B passive-agent | The new tolerance table was uploaded by Thorley Keplinger two weeks before the burn without a review by the guidance lead.
B counterfactual | had sterling just left the limits where they were in july 97 we'd be in orbit around eros right now
B group-blame | The autonomy team tuned the spacecraft to death and cost the whole project thirteen months.
B human-error | Cause per the first anomaly summary: human error in setting the burn abort thresholds.
B self-blame | Honestly, I approved that threshold change myself and I should have insisted on a full burn simulation before signing.
B sarcasm | Nice of the autonomy folks to "improve performance" right up to the point where the spacecraft stopped talking to us for a day.
B nobody-blame | Not one person on the team thought to check the abort limits against the engine's real start-up transient.
O system-failure | Seconds after the settling burn, the onboard autonomy rules aborted the main engine burn because lateral acceleration exceeded a programmed limit.
O system-should | The abort logic should have told a normal start-up transient apart from a real engine fault before shutting the burn down.
O actor-neutral | Ruxandra Bratescu saw the Deep Space Network lock onto NEAR's carrier at about 8 p.m. EST on 21 December and started the recorder dump.
O neutral-fact | Contact with NEAR was lost for about 27 hours, and the spacecraft flew past Eros on 23 December at a distance of a few thousand kilometres.
O policy-subject | The change-control rule Keplinger followed allowed parameter-only updates to the autonomy tables without a new end-to-end simulation.
O system-counterfactual | If the abort thresholds had been validated against recorded engine start transients, the December burn would have run to completion.
O agentless-passive | The thresholds were reprogrammed, and a 24-minute burn on 3 January 1999 put the spacecraft back on course for a February 2000 rendezvous.
O credit | Vaidehi Venkatachalapathy's flyby imaging plan, written overnight, gave the team Eros's shape and mass a year early.
""",
actions="""
Y Y Y PREVENTS | Thorley Keplinger | 1998-12-31 | Re-run the full rendezvous burn simulation with the flight autonomy tables and recorded start-up transients, and attach the run log to the burn approval.
N N N PARTIAL | APL space department | | Improve configuration discipline across all missions.
Y Y N DETECTS | NEAR mission operations | 1999-01-02 | Page the flight controller on duty if no carrier is received within 30 minutes of the scheduled end of any main engine burn.
N Y Y DETECTS | Sterling | 1999-02-01 | Stay vigilant about the autonomy rules.
Y Y N PARTIAL | | | Post the anomaly review summary on the project server before the 3 January burn.
N N N PREVENTS | we | | Never change something that works right before a critical event again.
Y Y Y PARTIAL | Ruxandra Bratescu | 1999-01-15 | Write a contingency procedure for reacquiring a tumbling spacecraft and walk it through with the Deep Space Network schedulers.
N Y N PREVENTS | NEAR guidance and control | 1999-03-01 | Make the abort thresholds more sensible.
Y N N PREVENTS | Mission assurance | | Require that any change to an onboard autonomy limit on any APL spacecraft be approved by two engineers outside the team that proposed it.
N Y Y DETECTS | Vaidehi | 1999-01-20 | Audit the remaining autonomy rules.
Y Y N DETECTS | NEAR guidance and control | 1999-01-10 | Compare every autonomy abort threshold with the largest value seen in flight and ground test, and list each threshold within 20% of that value.
""",
ww="""
C | Safe mode pointed the solar panels at the Sun and kept the spacecraft alive until the Deep Space Network found its signal.
C | The team used the unplanned flyby to measure the mass of Eros, which later simplified orbit insertion.
V | The team's resilience was amazing.
"""))

# 4. Chinook ZD576, 2 Jun 1994: off RAF Aldergrove 17:42, hit the cloud-covered Mull of Kintyre about 18 minutes later,
# 29 dead (4 crew, 25 intelligence and police officers); no flight data or cockpit voice recorder; reviewing officers
# found gross negligence by both pilots (the board itself did not); FADEC software concerns, an internal MoD report
# months earlier on the software; standard of "absolutely no doubt whatsoever"; finding set aside in 2011.
S.append(dict(url="https://www.theguardian.com/uk/1999/may/27/stuartmillar1",
people=["Fearchar Drummock", "Gethryn Glennie", "Catriona Sutherby", "Ewart Pennycuik"],
blame="""
B failure-verb | Flight Lieutenants Drummock and Glennie failed to climb to a safe altitude as the Mull came up in cloud, and that is the whole story.
B passive-agent | The decision to press on at low level towards a cloud-covered headland was taken by Drummock and Glennie, with no technical fault forcing it.
B counterfactual | If Glennie had turned away when the waypoint changed, all twenty-nine people would have reached Fort George that evening.
B human-error | Cause of the accident: aircrew error, the crew having flown a serviceable aircraft into high ground.
B group-blame | Special forces crews have a reputation for pushing the weather, and that crew pushed it once too often.
B sanction | Both pilots were grossly negligent and the finding must stand, whatever the campaigners say.
B hindsight | Any pilot with their hours knew the Mull sits in cloud half the year; they should have climbed long before the coast.
B character | drummock always flew it like he stole it, everyone in the crewroom knew that
O system-failure | Before the crash, Ministry test staff had reported that the Mk 2 Chinook's FADEC engine-control software could not be verified and had logged faults in it.
O system-should | The aircraft should have carried a flight data recorder and a cockpit voice recorder, so that its last minutes could be reconstructed from evidence.
O actor-neutral | Catriona Sutherby, walking near the lighthouse, heard the helicopter pass low in the fog and reported the crash to the coastguard a few minutes later.
O neutral-fact | Chinook ZD576 took off from RAF Aldergrove at 17:42 on 2 June 1994 and struck the Mull of Kintyre about eighteen minutes later, killing all 29 people on board.
O policy-subject | The standard of proof Pennycuik's reviewing chain worked under allowed a finding of negligence against dead aircrew only where there was absolutely no doubt whatsoever.
O system-counterfactual | Had the release to service for the Mk 2 been held until the FADEC software was verified, the aircraft would not have been flying that route that evening.
O agentless-passive | The gross negligence finding was set aside in 2011 after an independent review concluded that it could not be justified on the evidence.
O meta-blameless | Ewart's note to the review asks us to stop debating which pilot was at the controls and to list what the aircraft, the recorders and the release process could and could not tell us.
""",
actions="""
Y Y N PREVENTS | Chinook HC2 fleet engineering | 1994-12-31 | Fit a crash-protected flight data and cockpit voice recorder to every Chinook HC2 before it returns to passenger-carrying tasks.
N N N PARTIAL | Ministry of Defence | | Restore public confidence in the Chinook fleet.
Y Y Y DETECTS | Ewart Pennycuik | 1995-03-31 | Commission an independent verification of the FADEC software against its specification and send the list of unresolved anomalies to the operating squadrons.
N Y Y PREVENTS | Catriona | 1995-01-31 | Look again at the low-flying rules for the Scottish routes.
N N N PARTIAL | we | | Make sure the families get proper answers.
Y Y N PARTIAL | Board of Inquiry secretariat | 1995-02-28 | Add to the Board of Inquiry instructions that a negligence finding against deceased aircrew must cite the evidence excluding each technical cause.
N Y N DETECTS | | | Improve monitoring of FADEC faults.
Y N N PREVENTS | Defence Procurement Executive | | Withhold the release to service of any aircraft whose safety-critical software has not passed independent verification, with the certificate filed before first operational flight.
N Y Y DETECTS | Catriona Sutherby | 1995-06-30 | Double-check the navigation equipment on the Aldergrove aircraft.
Y Y Y PARTIAL | Isobel Tranent | 1994-09-30 | Brief all Aldergrove aircrew on the ZD576 timeline and the FADEC fault history, and record attendance in the squadron training log.
N N N PREVENTS | RAF support helicopter force | 1995-12-31 | Guarantee that no crew is ever lost like this again.
""",
ww="""
C | Coastguard and mountain rescue teams reached the crash site within the hour despite the fog.
V | The station handled the aftermath with great dignity.
V | Everyone rallied around the families.
"""))

# 5. GPS UTC offset anomaly, 25-26 Jan 2016: while SVN-23 was being removed from service, erroneous UTC correction
# parameters (offset about 13.7 us, reference week and time zero) were uploaded and broadcast by 15 satellites, about
# half the constellation, for roughly 12 hours; GPS-disciplined clocks off by about -13 us; positioning unaffected;
# detected by observatory hydrogen-maser alarms and receiver makers; time-nuts list decoded the subframes.
S.append(dict(url="https://www.nist.gov/publications/effects-january-2016-utc-offset-anomaly-gps-clocks-monitored-nist",
people=["Zdzislaw Lindqvist-Ohta", "Edwige Aubuchon", "Shadrach Welker", "Tordis Saeterdal"],
blame="""
B failure-verb | Welker skipped the verification step on the navigation upload, and half the constellation broadcast a bad UTC offset for twelve hours.
B passive-agent | The faulty UTC correction parameters were generated and uploaded by Shadrach Welker's crew during the SVN-23 removal without anyone reading them back.
B counterfactual | if edwige had looked at the upload diff before it went out we'd never have had 13 microseconds on every cell site in the region
B group-blame | The satellite control crews clearly have no idea what their uploads do to everyone who depends on GPS time.
B human-error | Root cause (per our first customer notice): operator error during a routine satellite decommissioning.
B rhetorical-question | Who in the control segment decided that a UTC parameter set with reference week zero was fine to broadcast?
B sarcasm | Fantastic, the people who run the world's clock broke the world's clock while retiring a satellite older than half our engineers.
B repeat-offender | Welker again, second bad upload from his shift this year, colour me unsurprised.
O system-failure | The ground software produced UTC correction parameters with a reference week of zero and an offset of about 13.7 microseconds, and the satellites broadcast them unchanged.
O system-should | The control segment software should have rejected a UTC parameter set whose offset jumped by microseconds from the previous upload.
O actor-neutral | Tordis Saeterdal saw the hydrogen-maser comparison alarm at the observatory just after midnight and posted the 13.7 microsecond step to the time-nuts list.
O neutral-fact | On 25 and 26 January 2016 fifteen GPS satellites, about half the constellation, broadcast an erroneous UTC offset; positioning was not affected.
O policy-subject | The upload procedure Welker's crew ran checked the navigation message format but not whether its values were plausible.
O system-counterfactual | Had the upload tool compared new UTC parameters with those already on orbit, the error would have stopped at the ground station.
O agentless-passive | The faulty parameters were replaced on the affected satellites within roughly twelve hours.
O action-item | @Zdzislaw can you pull the PTP holdover logs from the three cell sites that alarmed so we can see how long they rode through it?
""",
actions="""
Y Y Y DETECTS | Zdzislaw Lindqvist-Ohta | 2016-02-15 | Alarm the NOC when GPS-derived time at any grandmaster differs from its rubidium holdover reference by more than 1 microsecond for 60 seconds.
N N N PARTIAL | GPS control segment | | Take more care over what goes up to the satellites.
Y Y N PREVENTS | Timing engineering | 2016-03-01 | Configure every PTP grandmaster to reject a UTC parameter set whose reference week is zero and keep using the previous set.
N Y Y DETECTS | Edwige | 2016-02-28 | Look into better monitoring of satellite time.
Y Y N PARTIAL | | | Send affected carriers a notice listing the alarm window from 00:00 to 13:00 UTC on 26 January within five working days.
N N N PARTIAL | we | | Stop trusting GPS so blindly.
Y Y Y PREVENTS | Shadrach Welker | 2016-04-01 | Add a read-back comparison to the navigation upload tool that blocks any UTC offset change larger than 10 nanoseconds without a second operator's approval.
N Y N DETECTS | Network operations | 2016-02-20 | Audit the timing alarms.
Y N N PARTIAL | Timing engineering | | Require every timing product we buy from now on to track a second constellation and hold time within 1 microsecond for 24 hours without GNSS.
N Y Y PREVENTS | Tordis Saeterdal | 2016-03-15 | Make the holdover behaviour more robust.
Y Y N DETECTS | Network operations | 2016-02-10 | Add the observatory and NIST timing bulletins to the NOC morning checklist and record each check in the shift log.
""",
ww="""
C | Sites with rubidium holdover flagged the step as a GPS fault and kept serving time from the local oscillator.
C | The time-nuts list had the faulty subframe words decoded within a day, which pointed everyone to the UTC parameters.
V | Great collaboration across the timing community.
"""))

# 6. Hakuto-R Mission 1, 25 Apr 2023: launched Dec 2022 on Falcon 9; descent from about 100 km; passing the rim of
# Atlas crater the laser rangefinder showed a sudden altitude jump, the sensor-health logic marked it failed and the
# lander used its estimated altitude; it slowed below 1 m/s about 5 km up, descended until propellant ran out, free
# fall; landing site changed (2021) and the new terrain was not simulated; 8 of 9 milestones; "not a hardware failure".
S.append(dict(url="https://techplugged.com/ispace-hakuto-r-crashed-due-to-crater-rim-confusion/",
people=["Ryunosuke Tabuchi", "Mayumi Onodera", "Shigenobu Enokida", "Sachiko Wakabayashi"],
blame="""
B failure-verb | Mr. Enokida team did not update terrain model in simulation after landing site change, this is the direct cause we think.
B passive-agent | The descent software was released by Shigenobu Enokida without a single run over the Atlas crater terrain.
B counterfactual | If Tabuchi-san had requested the new crater map for the sensor test in 2021, the lander would stand on the Moon today.
B group-blame | the GNC guys basically tested for a landing site they weren't going to, that's on them
B human-error | Root cause in the first internal memo: human error in verification of the landing sequence after the site change.
B rhetorical-question | Seriously, who changes the landing site and then doesn't re-run the sims?
B competence | An experienced guidance team would never let a sensor filter throw away the only altitude measurement it has.
B sanction | Enokida should be moved out of GNC before Mission 2 goes anywhere near the launch site.
O system-failure | When the lander passed over the rim of Atlas crater, the altitude filter judged the laser rangefinder faulty and discarded its readings for the rest of the descent.
O system-should | The sensor-health logic should have allowed for the sudden altitude jump expected at a crater rim before rejecting the rangefinder.
O actor-neutral | Mayumi Onodera was watching telemetry in Tokyo and reported that estimated altitude was zero while the lander was still descending and propellant was falling.
O neutral-fact | Hakuto-R Mission 1 launched on a Falcon 9 in December 2022 and lost contact during its landing attempt on 25 April 2023.
O policy-subject | The verification plan Enokida worked under was approved for the original landing site, and the site change did not trigger a new terrain simulation.
O system-counterfactual | If the simulation campaign had included the terrain of the new site, the rejection of the rangefinder at the crater rim would have shown up on the ground.
O agentless-passive | The lander was slowed to less than 1 m/s about five kilometres above the surface and then descended slowly until the propellant was exhausted.
O meta-blameless | Sachiko reminded the retro that our question is how a site change could bypass verification, not whose simulation it was.
""",
actions="""
Y Y N PREVENTS | ispace GNC team | 2023-09-30 | Re-run the full descent simulation over the Mission 2 landing site terrain, including every crater rim on the approach track, and attach the results to the readiness review.
N N N PARTIAL | ispace | | Grow a culture where site changes are taken seriously.
Y Y Y PREVENTS | Shigenobu Enokida | 2023-08-31 | Change the rangefinder health check so that an altitude jump matching the terrain map is accepted instead of marking the sensor as failed.
N Y Y DETECTS | Ryunosuke | 2023-10-31 | Review the sensor logic once more.
N N N PREVENTS | everyone | | Be careful when changing the plan.
Y Y N PARTIAL | | 2023-06-30 | Publish the descent telemetry analysis and the corrective-action list on the company website.
N Y N DETECTS | Mission operations | | Improve landing monitoring.
Y Y Y DETECTS | Mayumi Onodera | 2023-11-15 | Add a ground alert that fires when estimated altitude reaches zero while vertical velocity is still above 0.5 m/s.
N Y Y PREVENTS | Sachiko Wakabayashi | 2024-01-31 | Make the Mission 2 landing software more reliable.
Y N N PREVENTS | Systems engineering | | Require that any change of landing site on any future mission reopens the terrain simulation campaign, with the GNC lead's sign-off recorded in the change log.
N N N PARTIAL | we | | Do better next time.
""",
ww="""
C | Eight of the nine mission milestones were completed, including lunar orbit insertion, so much of the spacecraft design is now flight-proven.
V | Team spirit stayed very high even after we lost contact.
V | Everyone really gave their best on landing night.
"""))

# 7. Bank of New York, 20-22 Nov 1985: government securities clearing program; a counter wrapped after about 65,000
# stored transactions and overwrote messages; the bank could not deliver securities, the New York Fed debited its cash
# account; overdraft about $32 bn, about $24 bn at day end; $22.6 bn discount-window loan against all assets, repaid next
# day with about $5 M interest; Fed wires open to 2:15 a.m. Friday; fed funds fell from 8% to 5.5%; House hearing Dec.
S.append(dict(url="https://www.washingtonpost.com/archive/business/1985/12/13/computer-snarled-ny-bank/a707acbe-35bc-4a2e-bd80-180d131618c7/",
people=["Wulfric Brumfield", "Perpetua-Sol Abernathy-Cole", "Murray Feinstock", "Eglantine Dunsmoor"],
blame="""
B failure-verb | Brumfield's programming group changed the securities message program and never tested it at the volume we see on a heavy Treasury day.
B passive-agent | The faulty version of the clearing program was put into production by Wulfric Brumfield without a full-volume test.
B counterfactual | If Murray had stopped the incoming wires on Wednesday afternoon, we would not have been borrowing 22.6 billion dollars from the Fed that night.
B group-blame | Data processing let a counter overflow sink the government securities market for a day, and every one of them should be embarrassed.
B human-error | Our preliminary conclusion is that a programmer's error is the cause of the November failure.
B sarcasm | Eighteenth largest bank in America and they can't count past sixty-five thousand, lovely.
B nobody-blame | Not a single person in operations noticed that transactions were being overwritten until the Fed's numbers stopped matching ours.
B rhetorical-question | Who signed off a clearing system for the Treasury market that nobody had ever run at a full day's volume?
O system-failure | The clearing program's transaction counter wrapped around after roughly 65,000 entries and began overwriting stored messages, so the bank lost track of which securities belonged to whom.
O system-should | The message program should have stopped accepting transactions and raised an alarm as its storage counter approached the limit.
O actor-neutral | Perpetua-Sol Abernathy-Cole reconciled the Fed's debit figures against the bank's own records late Thursday and raised the discrepancy with the duty manager.
O neutral-fact | On Thursday the bank's overdraft at the New York Fed reached about 32 billion dollars and was about 24 billion by the end of the day.
O policy-subject | The release procedure Brumfield's group followed required a functional test of the new program but set no minimum transaction volume for it.
O system-counterfactual | Had the counter been wide enough for a peak day, the program would have kept pace with the securities arriving from the Fed.
O agentless-passive | The loan was repaid in full the next day with about 5 million dollars of interest, and the Fed's wire systems were kept open until 2:15 a.m. on Friday.
O self-report | I was the duty manager that night; I saw the first mismatched delivery around 4 p.m. and escalated to data processing at 4:30.
""",
actions="""
Y Y Y PREVENTS | Wulfric Brumfield | 1985-12-20 | Widen the transaction counter in the securities message program to address at least 500,000 stored messages, and prove it with a test at twice the 20 November volume.
N N N PARTIAL | Bank of New York | | Strengthen our operational resilience.
Y Y N DETECTS | Securities clearing operations | 1985-12-15 | Alarm the duty manager when the message store reaches 80% of its capacity.
N Y Y DETECTS | Perpetua-Sol | 1986-01-15 | Pay closer attention to reconciliation figures on busy days.
Y Y N PARTIAL | | | Send every primary dealer a written account of the 20-22 November failure before the House hearing on 12 December.
N N N PREVENTS | we | | Make sure nothing like this ever happens to our clearing business again.
Y Y Y PARTIAL | Murray Feinstock | 1986-01-31 | Write a procedure for halting incoming Fed securities wires when the clearing system falls behind, and rehearse it once with the New York Fed.
N Y N PREVENTS | Data processing | 1986-02-28 | Upgrade the clearing software.
Y N N DETECTS | Federal Reserve Bank of New York | | Require every clearing bank on Fedwire to report any intraday overdraft above one billion dollars to the Fed operations desk within 30 minutes.
N Y Y DETECTS | Eglantine Dunsmoor | 1986-01-10 | Review the capacity of the clearing system.
Y Y N DETECTS | Securities clearing operations | 1985-12-31 | Reconcile the bank's securities positions against Fed records every two hours on settlement days and log each reconciliation.
""",
ww="""
C | The bank pledged its assets and had the discount-window loan arranged the same night, so sellers were paid and the market opened on Friday.
C | Reconciliation against the Fed's figures showed the scale of the problem within hours of the first failed deliveries.
V | Staff showed admirable commitment through the night.
"""))

# 8. Rana Plaza, Savar, 24 Apr 2013: cracks on 23 Apr (TV footage), shops and bank on lower floors closed, engineer
# called the building unsafe, owner told the media it was safe; garment workers ordered back, threatened with loss of a
# month's pay; power cut and generators about 8:45 a.m., collapse; 1,129 dead, about 2,500 rescued; upper floors added
# without permit to a building designed for shops and offices; five garment factories, about 5,000 workers.
S.append(dict(url="https://ranaplazaunannodopo.wordpress.com/the-collapse-of-rana-plaza/",
people=["Nurjahan Begum-Tarafdar", "Mofizul Haque Sarkar", "Tahmina Akhter Runi", "Golam Mostofa Bhuiyan"],
blame="""
B failure-verb | Golam Mostofa Bhuiyan, the building owner, ignored the engineer's warning on 23 April and told television the building was safe.
B passive-agent | We were ordered back inside by Mofizul sir, the floor manager, he said cracks is nothing and who not come will lose one month salary.
B counterfactual | If Bhuiyan had kept the factories closed one more day like the bank did, more than eleven hundred people would be alive.
B group-blame | The factory owners cared about the export order, not the workers, and they sent thousands back into a cracked building.
B human-error | Cause given by the ministry committee: negligence of the owners and human failure of the engineers who approved the extra floors.
B sanction | All of them, the owner, the engineers, the managers, they must hang for this.
B hindsight | Anybody who looked at those cracks on the Tuesday knew the building was finished, and the managers knew it too.
B role-blame | The engineer who signed the permit for the upper floors is the one who killed these workers.
O system-failure | The structure, designed for shops and offices, could not carry the weight and vibration of heavy machines and generators on the upper floors.
O system-should | The building permit system should have rejected upper floors added to a structure never designed for industrial loads.
O actor-neutral | Tahmina Akhter Runi, a sewing operator on the fifth floor, saw new cracks in the pillar near her line on 23 April and told her supervisor.
O neutral-fact | Rana Plaza collapsed at about 8:45 a.m. on 24 April 2013 in Savar; 1,129 people died and about 2,500 were rescued alive.
O policy-subject | The wage rule Nurjahan's factory applied docked a month's pay for refusing to work, which made staying away from a cracked building unaffordable.
O system-counterfactual | Had the evacuation order of 23 April been binding on every tenant, the garment floors would have been empty that morning.
O agentless-passive | The shops and the bank on the lower floors were closed on 23 April, and the garment floors were reopened the next morning.
O credit | Nurjahan Begum-Tarafdar organised the women from her line to count survivors in the first hours, which gave the rescuers their first missing list.
""",
actions="""
Y Y N PREVENTS | Savar municipal building department | 2013-07-31 | Inspect every building in Savar that houses a garment factory and close any with floors added without a structural permit until a load assessment is signed.
N N N PARTIAL | Bangladesh garment industry | | Improve worker safety across the sector.
Y Y Y PARTIAL | Nurjahan Begum-Tarafdar | 2013-06-30 | Publish the list of the missing with factory and line numbers at the Savar relief centre and update it daily.
N Y Y DETECTS | Mofizul | 2013-09-30 | Keep an eye on cracks in the factory buildings.
N N N PREVENTS | everyone | | No more factories in unsafe buildings, ever.
Y N N PREVENTS | Brand compliance office | | Make every supplier agreement require workers to be paid in full for any day a building is closed on a safety order.
N Y N PREVENTS | Factory management | | Make the buildings safer.
Y Y Y DETECTS | Tahmina Akhter Runi | 2013-08-15 | Set up a hotline for workers to report cracks, answered within 24 hours by an engineer independent of the factory owners.
N Y Y PARTIAL | Rokeya Sultana Mridha | 2013-05-31 | Coordinate better with the rescue teams.
Y Y N PARTIAL | | 2013-10-31 | Pay compensation to each registered family from the donor trust fund and report the number of paid claims every month.
N N N PARTIAL | we | | Show more respect for workers' voices.
""",
ww="""
C | Local volunteers cut into the rubble with hand tools in the first hour, before heavy equipment arrived, and brought out hundreds alive.
V | The solidarity of the community was unforgettable.
V | The rescue operation was heroic.
"""))

# 9. Hindenburg, Lakehurst, 6 May 1937: landing delayed by headwinds and thunderstorms; fire at the stern near the
# upper fin at about 19:25 during mooring; destroyed in about half a minute; 97 aboard (36 passengers, 61 crew), 35
# died plus one ground crewman; hydrogen lifting gas (helium not available from the US); theories: static discharge
# igniting leaking hydrogen, incendiary cover, sabotage; coronation flight fully booked for the return.
S.append(dict(url="https://handwiki.org/wiki/Engineering:Hindenburg_disaster",
people=["Wigbert Wachtelmeier", "Erdmute Lohbeck", "Fritz-Otto Brandlmayr", "Wystanley Habersham"],
blame="""
B failure-verb | Captain Wachtelmeier brought the ship in with a sharp turn and heavy ballast drops, and he did not wait for the storm to clear.
B passive-agent | The high landing with wet ropes in a thunderstorm was ordered by Captain Wachtelmeier to make up time for the return flight.
B counterfactual | If Wachtelmeier had stood off another hour until the static had cleared, the ship would have docked safely.
B group-blame | The Zeppelin company men were in such a hurry for the coronation flight that they landed the ship in weather no sane crew would have tried.
B human-error | First report to the company board: the probable cause is an error of handling by the landing crew.
B sarcasm | Wonderful planning by the ground crew: two hundred thousand cubic metres of hydrogen, a thunderstorm, and the ropes go down wet.
B rhetorical-question | Why did the landing officer at Lakehurst allow the mooring to start with lightning still in the area?
B competence | Brandlmayr's riggers had no idea how to handle a ship that size in gusty wind, and it shows in every photograph.
O system-failure | A hydrogen leak near the stern, probably from a broken bracing wire or a gas valve, let the gas mix with air close to the upper fin.
O system-should | The ship should have been filled with helium, but helium could not be bought from the United States under the export restrictions of the time.
O actor-neutral | Erdmute Lohbeck, at a stern window, saw a blue glow on the upper fin a few seconds before the flame and told the commission what she had seen.
O neutral-fact | The Hindenburg caught fire at about 19:25 on 6 May 1937 while mooring at Lakehurst; 35 of the 97 people aboard and one member of the ground crew died.
O policy-subject | The landing rule Wachtelmeier was bound by set no minimum wait after a thunderstorm before the mooring lines could be dropped.
O system-counterfactual | With helium as the lifting gas, a static discharge at the stern would have meant a scorched fin, not a fire.
O agentless-passive | The landing had already been delayed by headwinds across the Atlantic and by thunderstorms over the field.
O meta-blameless | Habersham told the inquiry that arguing about which officer gave which order misses the point: a hydrogen ship mooring in electrified air had no margin at all.
""",
actions="""
Y Y Y PREVENTS | Wystanley Habersham | 1937-07-01 | Forbid any airship mooring at Lakehurst until 30 minutes after the last lightning within 10 miles, and write the rule into the station landing orders.
N N N PARTIAL | Deutsche Zeppelin-Reederei | | Restore public faith in airship travel.
Y Y N DETECTS | Lakehurst station | 1937-06-15 | Record the atmospheric potential gradient at the mooring mast every minute during every landing.
N Y Y DETECTS | Fritz-Otto | 1937-08-01 | Watch the gas cells more carefully during landing.
Y Y N PARTIAL | | | Deliver the survivors' statements and the newsreel frames to the Commerce Department board before its first public session.
N N N PREVENTS | everyone | | Respect the weather more.
Y Y Y PREVENTS | Wigbert Wachtelmeier | 1937-09-01 | Fit earthing straps to the landing lines of LZ 130 and test that each line conducts to the mast before mooring begins.
N Y N PREVENTS | Luftschiffbau Zeppelin | 1938-01-01 | Make the outer cover less dangerous.
Y N N PREVENTS | Zeppelin company | | Fill every future passenger airship with helium and carry no passengers on any ship that cannot obtain it.
N Y Y DETECTS | Erdmute Lohbeck | 1937-07-15 | Look into whether the valves leaked.
Y Y N DETECTS | Luftschiffbau Zeppelin | 1937-10-01 | Install gas-purity sensors in the stern cells of LZ 130 and alarm the control car when hydrogen purity falls below 95%.
""",
ww="""
C | The ground crew ran back under the burning frame to pull out survivors, and 62 of the 97 people aboard lived.
C | The ship's low height at the moment of the fire let many passengers jump from the windows onto the sand.
V | The courage of all concerned was beyond praise.
"""))

# 10. Johnstown, 31 May 1889: South Fork Dam (earthen, built 1838-53 for the state canal) bought by the South Fork
# Fishing and Hunting Club (Pittsburgh magnates, 1880); crest lowered for the road, discharge pipes gone, fish screens
# on the spillway; days of heavy rain; the club's engineer rode to the South Fork telegraph office twice with warnings,
# discounted after earlier false alarms; the flood reached Johnstown about an hour later, 37-ft wall, 2,209 dead, fire
# at the Stone Bridge; club never held liable; move towards strict liability.
S.append(dict(url="https://www.wesa.fm/archives/2015-06-12/how-weakened-infrastructure-led-to-the-johnstown-flood",
people=["Zerubbabel Pounds-Harwick", "Temperance Crosswhite", "Amos Ashbrooke", "Ephraim Strayhorn"],
blame="""
B failure-verb | Strayhorn and his fellow members lowered the crest of the dam to widen their carriage road and never replaced the discharge pipes that had been taken out.
B passive-agent | The fish screens across the spillway were installed by order of Ephraim Strayhorn, and they clogged with debris just when the water needed a way out.
B counterfactual | If Strayhorn had spent a few hundred dollars on the dam instead of the clubhouse, Johnstown would still be standing.
B group-blame | The Pittsburgh millionaires of the club built themselves a pleasure lake above thirty thousand working people and never gave them a thought.
B human-error | Our engineers' committee attributes the break to human error in the club's alterations to the embankment.
B character | Those men were too proud and too rich to listen to any engineer who told them their dam was unsafe.
B nobody-blame | Not one member of that club ever bothered to ask an engineer whether the old state dam could stand a real flood.
B sanction | Every member of the South Fork club ought to be made to pay for every house in the valley.
O system-failure | The spillway, partly blocked by the fish screens and debris, could not pass the flood, so the water overtopped the lowered crest and cut through the embankment.
O system-should | The dam should have kept working discharge pipes, so the lake could have been drawn down when the rain began.
O actor-neutral | Amos Ashbrooke, the club's resident engineer, rode to South Fork twice that day to have warnings telegraphed down to Johnstown.
O neutral-fact | The South Fork Dam failed on the afternoon of 31 May 1889, and the flood reached Johnstown, fourteen miles downstream, about an hour later; 2,209 people died.
O policy-subject | The law Temperance's neighbours sued under required proof of fault, and no court ever found the club liable.
O system-counterfactual | With a spillway sized for the storm and the original crest height, the lake would have passed the flood without overtopping.
O agentless-passive | The warnings were telegraphed to Johnstown but were not taken seriously, since similar warnings had come in earlier years without a failure.
O quoted-question | People ask me "who killed Johnstown?"; what I tell them is that an old dam was altered, never inspected and left with no way to lower the water.
""",
actions="""
Y Y N PREVENTS | Commonwealth of Pennsylvania | 1890-12-31 | Inspect every dam in the Commonwealth holding more than 100 million gallons and publish each inspector's report.
N N N PARTIAL | South Fork Fishing and Hunting Club | | Take responsibility for the valley.
Y Y Y PREVENTS | Amos Ashbrooke | 1889-09-01 | Remove the fish screens from the spillway and restore its full width as built by the state.
N Y Y DETECTS | Temperance | 1889-10-01 | Keep watch over the lake in rainy weather.
N N N PREVENTS | we | | Never trust a rich man's dam again.
Y Y N DETECTS | Pennsylvania Railroad telegraph office | 1889-08-01 | Relay any warning from the dam keeper to the Johnstown burgess and the mills within 15 minutes, and log the time of relay.
N Y N PARTIAL | | | Help the survivors as much as possible.
Y Y Y PARTIAL | Zerubbabel Pounds-Harwick | 1889-07-15 | Register every survivor and every identified body at the Johnstown morgues and post the list at the railway station each evening.
N Y Y PREVENTS | Ephraim Strayhorn | 1889-12-31 | Strengthen the embankment.
Y N N PREVENTS | State legislature | | Make the owner of any dam in the state strictly liable for damage from its failure, whether or not negligence is proved.
N N N DETECTS | Johnstown borough | | Pay more attention to flood warnings in future.
""",
ww="""
C | The railway telegraph carried warnings down the valley before the dam broke, and some families moved to higher ground because of them.
V | The spirit of the relief workers was remarkable.
V | The nation's generosity was overwhelming.
"""))

# 11. Banqiao, Henan, Aug 1975: Typhoon Nina stalled over Henan; more than 1,000 mm in one day (design 300 mm/day,
# "1,000-year" flood); a hydrologist had recommended 12 sluice gates, 5 were built, and he was removed from projects;
# request to open the gates rejected on 6 Aug because of downstream flooding; approval on 7 Aug never arrived as the
# telegraph lines were down; Shimantan failed about 00:30 and Banqiao about 01:00 on 8 Aug; 62 dams failed; about 26,000
# flood deaths and about 145,000 later from epidemics and famine; concealed until the 1990s.
S.append(dict(url="https://ejatlas.org/conflict/baquio-dam-failure-henan-china",
people=["Rong Jiaxuan", "Tao Shengli", "Bai Yunxia", "Gu Hanbing"],
blame="""
B failure-verb | Director Tao refused the request to open the sluice gates on 6 August and kept the water in the reservoir.
B passive-agent | The request from the dam to release water was rejected by Tao Shengli because the downstream area was already flooded.
B counterfactual | If Tao had approved the release on the sixth, the reservoir would have had room for the worst night.
B group-blame | The planning leaders of those years only wanted to store water and did not care about flood safety at all.
B human-error | Conclusion of the provincial office in 1975: the cause was errors of the responsible cadres in flood dispatching.
B competence | The cadres who cut the sluice gates from twelve to five did not understand hydrology and did not want to.
B hindsight | Anyone who had read the reservoir levels after the drought should have seen that closed gates in a typhoon would end in disaster.
B self-blame | I was on the design team; I accepted five gates when we had calculated twelve, and I carry it still.
O system-failure | The five sluice gates could not discharge the inflow, the water rose over the wave wall, and the dam failed around 1 a.m. on 8 August.
O system-should | The dam should have been sized for rainfall far beyond the 300 mm per day in its design basis.
O actor-neutral | Bai Yunxia at the dam kept trying the telegraph line through the night of 7 August and wrote in the log that it was dead.
O neutral-fact | Typhoon Nina stalled over Henan in early August 1975, and more than 1,000 mm of rain fell in one day near the storm centre.
O policy-subject | The water policy Gu worked under gave priority to storage after the summer drought, so the gates stayed closed as the rain began.
O system-counterfactual | If the release order of 7 August had travelled by a route that did not depend on the telegraph lines, the gates could have been opened in time.
O agentless-passive | The order to open the gates was approved on 7 August but never reached the dam, and the Shimantan dam failed about half an hour before Banqiao.
O credit | Rong Jiaxuan had argued for twelve sluice gates at the planning stage, and his calculations became the basis of the later redesign.
""",
actions="""
Y Y Y PREVENTS | Rong Jiaxuan | 1976-06-30 | Recalculate the spillway capacity of the rebuilt Banqiao dam for the August 1975 rainfall and add gates until that flood passes with one gate out of service.
N N N PARTIAL | Ministry of Water Resources | | Raise awareness of dam safety among cadres.
Y Y N DETECTS | Zhumadian flood office | 1976-05-01 | Install radio links to every dam in the Ru and Hong basins and test each link once a week in the flood season.
N Y Y DETECTS | Bai Yunxia | 1976-07-01 | Watch the reservoir level more closely in typhoon season.
Y Y N PARTIAL | | | Post maps of evacuation routes and high ground in every village below Banqiao before the 1976 flood season.
N N N PREVENTS | we | | Take nature seriously.
Y Y Y PARTIAL | Gu Hanbing | 1976-04-15 | Write a flood-dispatch rule for Banqiao fixing the reservoir level at which gates are opened regardless of downstream conditions, and have the provincial office approve it.
N Y N PREVENTS | Henan dam construction bureau | 1977-01-01 | Build the new dam better than the old one.
Y N N PREVENTS | Ministry of Water Resources | | Re-check every large dam in the country against a probable maximum flood and lower the operating level of any dam that fails the check.
N Y Y DETECTS | Tao Shengli | 1976-03-01 | Review communications with the dams.
Y Y N DETECTS | Provincial hydrology office | 1976-06-01 | Send the 24-hour rainfall forecast for the upper Huai basins to every dam keeper twice a day during the flood season.
""",
ww="""
C | Villages that received the evacuation warning before the lines went down moved to high ground, and most of their people survived.
C | Army units dropped food and medicine by air to survivors cut off by the water within days.
V | The people showed great heroism against the flood.
"""))

# 12. West Fertilizer, West, Texas, 17 Apr 2013: fire reported 7:29 p.m. (911 call from the park), patrolman smelled
# burning wood 7:31; ammonium nitrate (about 30 t detonated, 40-60 t on site, more in a railcar) in wooden bins in a
# wooden warehouse with seed, no sprinklers or detection, unoccupied after hours; detonation about 20 minutes after the
# first call; 15 dead (12 emergency responders), 260+ injured, 150+ buildings incl. schools, nursing home, apartments
# (about 175 yd); plant from 1961 with the town built around it; CSB report Jan 2016; gaps in codes and zoning.
S.append(dict(url="https://baylorlariat.com/2016/01/28/breaking-west-explosion-investigation-results/",
people=["Dalton Prukop", "Marlene Skrivanek", "Cody-Lee Horacek", "Earline Vasicek"],
blame="""
B failure-verb | Prukop never told the fire department there were tons of ammonium nitrate sitting in that wooden warehouse.
B passive-agent | The ammonium nitrate was stored in wooden bins next to the seed by Dalton Prukop's crew, with no sprinklers and nobody on site after hours.
B counterfactual | If Prukop had filed the real inventory with the county, the firefighters would have pulled back instead of going in.
B group-blame | The city council let them build a school and a nursing home right next to a fertilizer plant, shame on every one of them.
B human-error | Cause per the adjuster's initial note: operator negligence in storage of fertilizer-grade ammonium nitrate.
B sarcasm | Great zoning work, West, putting the apartments 175 yards from a bomb.
B rhetorical-question | Who on the inspection side looked at a wooden warehouse full of AN and decided it was fine?
B character | Everybody in town knew old man Prukop cut every corner he could find at that place.
O system-failure | The wooden warehouse and bins burned fast, and the fire reached the ammonium nitrate before it could be fought.
O system-should | The warehouse should have had automatic fire detection and sprinklers, since it stood unoccupied after hours.
O actor-neutral | Cody-Lee Horacek, on patrol near the park, smelled burning wood at 7:31 p.m. and radioed in the fire.
O neutral-fact | The West Fertilizer Company fire was reported at 7:29 p.m. on 17 April 2013, and the ammonium nitrate detonated about twenty minutes later.
O policy-subject | The fire code Earline's inspectors applied in 2013 had no provision requiring non-combustible storage for fertilizer-grade ammonium nitrate.
O system-counterfactual | Had the nitrate been stored in concrete or steel bins away from the seed, the fire would not have reached it with the same intensity.
O agentless-passive | Fifteen people were killed, twelve of them emergency responders, and more than 150 buildings were damaged or destroyed.
O meta-blameless | Marlene asked the department's review to stop arguing about which captain went closest and to ask why none of them had been told what was in that building.
""",
actions="""
Y Y N PARTIAL | West Volunteer Fire Department | 2013-09-01 | Add ammonium nitrate to the pre-incident plan of every facility in the district that stores it, with a half-mile withdrawal distance written in.
N N N PARTIAL | Fertilizer industry | | Do more to raise awareness of ammonium nitrate hazards.
Y Y Y DETECTS | Earline Vasicek | 2013-08-15 | Inspect the three remaining fertilizer retailers in the county and report which of them store ammonium nitrate in wooden bins.
N Y Y PARTIAL | Dalton | 2013-10-01 | Talk to the fire department more often.
N N N PREVENTS | we | | Keep our town safe.
Y N N PREVENTS | State fire marshal | | Require sprinklers or non-combustible construction in any building storing more than 5 tons of ammonium nitrate, and deny permits to new ones that lack them.
N Y N DETECTS | | | Improve emergency planning.
Y Y Y PARTIAL | Marlene Skrivanek | 2013-07-31 | Hold one tabletop exercise with the county emergency manager on an ammonium nitrate fire and circulate the findings to all district firefighters.
N Y Y PREVENTS | Cody-Lee | 2013-12-31 | Make sure the plant is rebuilt safer.
Y Y N DETECTS | McLennan County emergency management | 2013-10-15 | Put the Tier II chemical inventory of every facility in the county on the dispatchers' screens, and test the lookup on one facility each month.
N N N PARTIAL | City of West | | Rethink land use.
""",
ww="""
C | Neighbours and responders started moving residents out of the nursing home before the blast, which reduced the injuries there.
V | Our little town showed what it's made of.
V | First responders were amazing as always.
"""))

# 13. Heysel, Brussels, 29 May 1985: European Cup final Liverpool v Juventus; stadium in poor repair (cinder-block
# walls); section Z "neutral" tickets sold in Belgium, many bought by Juventus supporters; chicken-wire fence and a thin
# police line between Liverpool sections and Z; about an hour before kick-off missiles, a charge, Juventus fans pushed
# against a wall that collapsed; 39 dead, about 600 injured; match played; English clubs banned; 14 Liverpool fans
# convicted of manslaughter; a police captain and officials also convicted; Liverpool had asked UEFA for another venue.
S.append(dict(url="https://thesetpieces.com/latest-posts/heysel-disaster-liverpool-juventus-fans-remember-stadium-horror/",
people=["Jean-Baptiste Vanderstraeten", "Gaudenzia Crivellaro", "Terence Mulhearn", "Hubrecht Van Hulsbeke"],
blame="""
B failure-verb | Captain Vanderstraeten failed to reinforce the line of gendarmes between sections Y and Z even after the first missiles were thrown.
B passive-agent | The segregation between the Liverpool sections and section Z was left by Jean-Baptiste Vanderstraeten to a chicken-wire fence and a handful of officers.
B counterfactual | If the capitaine Vanderstraeten had moved his reserve to the fence at seven o'clock, the charge would never have reached the wall.
B group-blame | Liverpool's animals charged across the terrace and killed 39 innocent people, and the whole club's support should be ashamed.
B human-error | The ticketing fiasco was down to plain human error at the Belgian federation, which sold section Z to anyone with cash.
B competence | The Belgian organisers were not capable of running a village fete, let alone a European Cup final.
B sanction | For us the Belgian officials responsible must go to prison like the hooligans, they are guilty the same.
B hindsight | Any police chief who had seen the English fans in Rome the year before should have known what a neutral section would lead to.
O system-failure | The retaining wall at the end of section Z, built of crumbling concrete, gave way under the pressure of the people pushed against it.
O system-should | The stadium should have been refused as a venue after inspections had found large parts of it in poor repair.
O actor-neutral | Gaudenzia Crivellaro, in section Z with her brother, saw the fence come down and led a group towards the pitch, away from the wall.
O neutral-fact | On 29 May 1985, about an hour before the Liverpool v Juventus final at the Heysel Stadium, a wall collapsed in section Z; 39 people died and about 600 were injured.
O policy-subject | The ticket plan Mulhearn's club had objected to set aside section Z for neutral Belgian buyers, and many of its tickets ended up with Juventus supporters.
O system-counterfactual | With solid segregation and an empty buffer zone between sections Y and Z, the two groups could not have met on the terrace.
O agentless-passive | The match was played after the disaster, in the hope of preventing further violence.
O meta-blameless | Terence asked our supporters' review to leave the hooligans to the courts and to write down why a crumbling wall, a wire fence and a neutral section were all in place that night.
""",
actions="""
Y Y Y PREVENTS | Hubrecht Van Hulsbeke | 1985-09-30 | Demolish the section Z retaining wall and keep the terrace closed until a structural engineer certifies its replacement.
N N N PARTIAL | UEFA | | Make European finals safer.
Y Y N PARTIAL | Brussels gendarmerie | 1985-08-01 | Station a reserve of 40 officers at each segregation line for any match at the stadium with a crowd above 40,000.
N Y Y DETECTS | Jean-Baptiste | 1985-10-01 | Pay more attention to crowd movements.
Y Y N PARTIAL | | | Send each victim's family the inquiry timetable and a named contact at the Italian consulate within 30 days.
N N N PREVENTS | everyone | | Stop the hooliganism.
Y Y Y PARTIAL | Gaudenzia Crivellaro | 1985-07-31 | Collect written statements from every Juventus supporter in section Z willing to give one and hand them to the Belgian inquiry.
N Y N PREVENTS | Belgian football federation | 1985-12-31 | Reform ticket sales.
Y N N PREVENTS | UEFA | | Refuse any final venue whose stands have not passed a structural inspection in the previous twelve months, with the certificate filed at UEFA.
N Y Y DETECTS | Terence Mulhearn | 1985-09-01 | Keep an eye on the travelling fans.
Y Y N DETECTS | Stadium management | 1985-11-30 | Check every ticket at the outer gates and count admissions per section against that section's licensed capacity.
""",
ww="""
C | Supporters in section Z broke through onto the pitch and got many people away from the wall.
C | Medical teams set up triage on the running track within minutes and sent the injured on to Brussels hospitals.
V | The dignity of the families was an example to us all.
"""))

# 14. Kiss nightclub, Santa Maria, Brazil, 27 Jan 2013: about 2:30 a.m., band on stage lit a pyrotechnic device that
# ignited acoustic foam on the ceiling; toxic smoke within minutes; one exit; guards at first held people who they
# thought were leaving without paying; crowd far above capacity; extinguisher did not work; many died in the toilets
# taken for an exit; no sprinklers; 242 dead, 630+ injured, mostly students; holes broken in the walls by rescuers.
S.append(dict(url="https://idighardware.com/2013/01/kiss-nightclub-santa-maria-brazil/",
people=["Gilmar Bortolotto", "Tainara Schwanke", "Everton Piccinin", "Luciane Dalcin"],
blame="""
B failure-verb | Gilmar lit the flare inside the club knowing the ceiling was foam, and he did not stop when the sparks reached it.
B passive-agent | The exit was held closed by the security guys under orders from Everton Piccinin, because he thought people were leaving without pay the bill.
B counterfactual | If Piccinin had let the guards open the door in the first minute, many of our children would be alive.
B group-blame | The owners of Kiss only thought about money: more people, cheaper foam, one door, that is all.
B human-error | The cause is very clear for us: error of the band and of the security, human error, nothing else.
B sanction | the band and the owners all must go to jail for the rest of life, 242 young people dead
B repeat-offender | This is the same owner who already had an expired fire licence last year and nobody closed him, he never learn.
B rhetorical-question | How can a musician light a firework indoors under a foam ceiling, what was he thinking?
O system-failure | The acoustic foam on the ceiling caught fire from the sparks and released thick toxic smoke within minutes.
O system-should | The club should have had a second exit, sprinklers and lit exit signs, since it held more than a thousand people.
O actor-neutral | Tainara Schwanke saw the ceiling burning from the bar, grabbed her friend and got out through the front door before the smoke came down.
O neutral-fact | The fire started at about 2:30 a.m. on 27 January 2013 at the Kiss nightclub in Santa Maria; 242 people died and more than 630 were injured.
O policy-subject | The licensing rule Piccinin's club operated under did not forbid indoor pyrotechnics in venues with foam soundproofing.
O system-counterfactual | If the soundproofing had been a non-combustible material, a stray spark would have burned out on the ceiling.
O agentless-passive | Many victims were found in the toilets, which in the smoke had been taken for an exit.
O self-report | I was at the bar that night; I saw the flame reach the ceiling, shouted to the people near me and we went out through the front door with the crowd.
""",
actions="""
Y Y N PREVENTS | Santa Maria fire department | 2013-04-30 | Inspect every licensed nightclub in Santa Maria and close any with a single exit for more than 500 people until a second exit is built.
N N N PARTIAL | Government of Rio Grande do Sul | | Improve fire safety culture in nightlife.
Y Y Y PREVENTS | Luciane Dalcin | 2013-05-31 | Replace the foam soundproofing in the city-owned event hall with a material rated non-combustible and file the supplier's test certificate.
N Y Y DETECTS | Everton | 2013-03-31 | Pay more attention at the door.
N N N PREVENTS | everyone | | Never forget the 242.
Y N N PREVENTS | State legislature | | Ban indoor pyrotechnics in all venues of the state unless a fire engineer has approved the room and a sprinkler system is working.
N Y N DETECTS | | | Have better alarms in the clubs.
Y Y Y PARTIAL | Tainara Schwanke | 2013-03-15 | Compile the name, hospital and condition of every injured student of the university and send the list to families each morning.
N Y Y PARTIAL | Gilmar Bortolotto | 2013-06-30 | Help the families more.
Y Y N DETECTS | Santa Maria fire department | 2013-06-30 | Count patrons at the entrance of every club on Friday and Saturday nights for three months and report each club that exceeds its licensed capacity.
N N N PARTIAL | we | | Value life over profit.
""",
ww="""
C | Survivors and passers-by broke holes in the side wall with hammers and got people out where there was no door.
V | The whole city of Santa Maria came together in solidarity.
V | The doctors and nurses were true heroes.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

SOURCES_MD = """# Language evaluation data, thirty-third held-out set (`*-heldout33.tsv`) — SEALED, not scored

Written for issue 16 (blameless language, action items, "went well"). Generator: `../tools-rules/rules_data.py`,
`build_rules.py` (heldout32's, set name changed: writes the three TSVs with `sealed/tools/rules_lib.py`, then this file
with the counts computed from the data), `validate.py` (heldout32's validate.py with the set name changed: shared
`sealed/tools/validate_rules.py` with minimums 224 / 154 / 42 / 14, plus the balance checks). Rebuild and check:
`python3 sealed/heldout33/tools-rules/build_rules.py && python3 sealed/heldout33/tools-rules/validate.py` from the repo
root (prints `OK`). Nothing was scored. Written independently of the other held-out writers.

## What the author read and did not read
- **Read**: issue 16, `shared/seed/post-mortem-facilitator.SKILL.md`, `sealed/tools/` (checks.py, rules_lib.py,
  validate_rules.py), heldout32's `tools-rules/` (build_rules.py and validate.py, copied with the set name changed;
  rules_data.py for format, columns, kind names and balance: its header, its first two incidents, the list of kind
  names it uses and its SOURCES text; its rows were not reused), and every `SOURCES*.md` in the repo (`find . -name
  'SOURCES*.md' -not -path '*/target/*'`), concatenated and grepped case-insensitively for each candidate and its key
  places (Clementine, Geographos, Mariner, NEAR, Shoemaker, Eros, Chinook, Mull, FADEC, GPS, SVN, Hakuto, ispace, Bank
  of New York, Rana, Savar, Dhaka, Hindenburg, Lakehurst, Zeppelin, Johnstown, South Fork, Conemaugh, Banqiao,
  Zhumadian, Henan, West Fertilizer, fertili, Waco, Heysel, Juventus, Brussels, Santa Maria, Kiss). Chosen incidents
  had no hit (the only hits were unrelated: a "Clementine" as an invented first name, "Bangladesh 2022" grid outage,
  "GPS receiver" in a Pegasus entry, "Brussels" as a time zone, "Eros" inside other words). Candidates dropped because a
  SOURCES file names them: England Test and Trace XLS, USS Yorktown, F-22, A400M, Phobos 1, Galileo 2019, TradElect,
  Starliner, Genesis, Therac-25, Ariane 5, Mars Climate Orbiter, Patriot, Hyatt, Tacoma, Challenger, Columbia,
  Chernobyl, Bhopal, Piper Alpha, Texas City, Buncefield, Grenfell, Sampoong, King's Cross, Clapham, Zeebrugge,
  Concordia, Sewol, St. Francis Dam, Teton, Lac-Megantic, Tenerife, Uberlingen, Kegworth, Station nightclub, Cocoanut
  Grove, Beirut, Kaprun, Eschede, Summerland, Qantas 72, Schiaparelli, Hitomi, AT&T 1990 (ambiguous hits). Not read: any
  other writer's brief.
- Roster names: only the validator's "name part shared with earlier sets" messages were used; flagged name parts
  were replaced over four reruns (39, 19, 6 and 1 flagged parts). Its near-duplicate checks led to rewording 6 short
  vague action items. No earlier sentence or item was looked at.
- **Not read**: anything under `src/` other than SOURCES files, any rules or word lists, the README,
  `sealed/README.md`, `sealed/heldout32/rules/` or any other sealed set's rules or evidence, `sealed/heldout33/
  tools-evidence/`, any study or training TSV, any test. Maven was not run; nothing was committed.
- Public sources: all fourteen were seen as excerpts through the `pages` search corpus (the url column is one of the
  pages seen; the table lists others). Facts not in the "kept" column are invented.

## Counts
{counts}

## Label rules (issue 16, with heldout32's conventions)
- BLAME: a named person, a role standing for one person ("the building owner", "the engineer who signed the permit",
  "the landing officer", "the floor manager"), or a group (team, crews, department, club members, owners, cadres,
  council, organisers, "the GNC guys") is the subject or agent of a failing: failure verb (never put, dropped, skipped,
  refused, ignored, failed to, lit), passive with the person or group as agent ("was uplinked by", "was ordered by",
  "were ordered back inside by"), counterfactual about a person, hindsight ("any pilot with their hours knew"),
  competence or character judgement, sarcasm or a rhetorical question aimed at people, "human error" / "operator
  error" / "aircrew error" / "errors of the responsible cadres" / "error of handling by the landing crew" / "a
  programmer's error" given as the cause, sanctions, "not one person / not a single person bothered to", self-blame ("I
  approved that threshold change myself"), a repeat-offender remark, a mistake attributed to a person ("it was Calvert's
  hyphen"). Non-native and chat-style sentences (lowercase, missing articles, "Tabuchi-san", "Mofizul sir", an
  @mention) count the same.
- OK: a person named as the one who acted, noticed or reported; a system, program, counter, filter, thruster, gate,
  wall, dam, foam or structure as subject, including "failed to" and "should have" said of a system or design;
  sentences that name a person but whose subject is a plan, rule, procedure, policy or law ("The test plan Vanderhoef
  inherited exercised..."); agentless facts and agentless passives (each incident also has a passive-with-agent BLAME);
  system counterfactuals; a first-person factual report; a quoted accusatory question answered with systems; a chat
  message asking a named responder for a task; credit to a named person; a named person steering a review away from
  blame.
- Actions: testable = a done/not-done check or threshold exists; bounded = one system, site or defined set (e.g. "every
  Chinook HC2", "every dam in the Ru and Hong basins", "every licensed nightclub in Santa Maria"); owner is a person =
  exactly one named individual, full or first name (teams, organisations, "we", "everyone", empty are N); recurrence
  PREVENTS removes the cause, PARTIAL limits blast radius, remedies harm, trains, documents, decides or communicates,
  DETECTS only adds detection, monitoring, testing, review or inspection. Traps: vague items with a named owner and a
  due date (N); concrete items that are long, contain "and", carry numbers or units, or start with verbs such as Fit,
  Forbid, Demolish, Station, Widen, Alarm, Page, Relay, Register, Count, Ban, Replace (Y); empty-owner Y items occur
  with and without a due date; bounded N goes to items that reach every site, country, supplier or future system.
- Went well: CONCRETE names the thing that helped (an action, a mechanism, a time); VAGUE is praise without content.

## Incidents (public source; what was kept; what was invented)
All people names are invented (no real person is named; real roles such as pilots, captain, building owner, range
safety officer, dam director, club engineer are given invented names); rosters are 4 names per incident. Times not
listed as kept are invented. Software / IT = rows 1-7 (`SOFTWARE` in rules_data.py), outside software = rows 8-14.

| # | Incident | Source (url column) | Kept from the source | Invented |
|---|---|---|---|---|
| 1 | Clementine thruster fault, 7 May 1994 | http://www.thelogbook.com/1994/clementine-off-course/ (also spacesettlement.com, fossweb, everything2, raumfahrtkalender, 1994 BBS post) | launch 25 Jan 1994, two months of lunar mapping, 1.5-1.6 M images, onboard computer fault, thruster on about 11 minutes, all attitude propellant used, 80 rpm spin, Geographos flyby abandoned, Van Allen belt tests, software from Livermore, bus from NRL | roster, program-office wording, test plan, 60-second limit, all actions |
| 2 | Mariner 1 loss, 22 Jul 1962 | https://simple.wikipedia.org/wiki/Mariner_1 (also focue.com, notes copy of en.wikipedia, airandspace.si.edu) | Atlas-Agena from Cape Canaveral, hand-written guidance equation missing the bar over R-dot (smoothing), specification rather than programming error, erratic steering, range safety destruct at 293 s, about $18.5 M, "most expensive hyphen", Mariner 2 launched 36 days later, earlier Ranger troubles | roster, beacon-dropout checklist, 3-sigma check, all actions |
| 3 | NEAR rendezvous burn abort, 20 Dec 1998 | http://news.sciencemag.org/1999/01/second-chance-date-asteroid (also cneos.jpl.nasa.gov, jhuapl press release, amsat-bb copy, brightsurf, thelogbook, New Scientist) | burn aborted seconds after the settling burn, onboard safety limits exceeded, tumble, contact lost about 27 h, DSN lock about 8 p.m. EST 21 Dec, Eros flyby 23 Dec, tolerance change after a July 1997 simulation, "should have left it alone", 24-minute burn 3 Jan 1999, rendezvous Feb 2000 | roster, "lateral acceleration" wording, two-week upload, 20% list, all actions |
| 4 | Chinook ZD576, Mull of Kintyre, 2 Jun 1994 | https://www.theguardian.com/uk/1999/may/27/stuartmillar1 (also studylib parliamentary group analysis, computerweekly, flightglobal, parliament.uk Lords report, theinjurylawyers) | 17:42 from Aldergrove, about 18 minutes, 29 dead, no flight data or voice recorder, reviewing officers' gross negligence finding against both pilots, FADEC software concerns and internal report, "absolutely no doubt whatsoever", waypoint change, 2011 review setting the finding aside | roster, witness by the lighthouse, recorder and briefing items, all actions |
| 5 | GPS UTC offset anomaly, 25-26 Jan 2016 | https://www.nist.gov/publications/effects-january-2016-utc-offset-anomaly-gps-clocks-monitored-nist (also docslib copy of the NIST paper, ION abstract, time-nuts list post, slashdot thread) | 15 satellites, about half the constellation, about -13 / 13.7 us UTC offset error, reference week and time zero, SVN-23 removal, bad data upload, observatory hydrogen-maser alarm, receiver maker decoding the subframes, positioning unaffected | roster, operator and shift, cell-site and PTP details, about 12 h window, all actions |
| 6 | Hakuto-R Mission 1 landing, 25 Apr 2023 | https://techplugged.com/ispace-hakuto-r-crashed-due-to-crater-rim-confusion/ (also exbulletin, japantimes, vuink newsletter, sputnikglobe, whbl) | Falcon 9 launch Dec 2022, descent from about 100 km, crater-rim altitude jump, sensor marked faulty, estimated altitude zero about 5 km up, slow descent until propellant ran out, landing site changed and not simulated, 8 of 9 milestones, "not a hardware failure" | roster, site-change year, memo wording, 0.5 m/s alert, all actions |
| 7 | Bank of New York counter overflow, 20-22 Nov 1985 | https://www.washingtonpost.com/archive/business/1985/12/13/computer-snarled-ny-bank/a707acbe-35bc-4a2e-bd80-180d131618c7/ (also latimes Volcker article, chicagotribune, richmondfed brief, RISKS digest copy, Rawlins "Moths to the Flame") | government securities clearing, counter wrapping after about 65,000 messages and overwriting them, $32 bn overdraft, about $24 bn at day end, $22.6 bn loan against all assets, about $5 M interest, Fed wires to 2:15 a.m., House Banking hearing, 18th largest bank | roster, duty-manager times, 80% alarm, all actions |
| 8 | Rana Plaza collapse, 24 Apr 2013 | https://ranaplazaunannodopo.wordpress.com/the-collapse-of-rana-plaza/ (also piglix, bartleby essay, timelinelibrary, encyclopediahub, portaledisastri, Edinburgh blog) | cracks and TV footage on 23 Apr, bank and shops closed, engineer's warning, owner's "safe" statement, workers ordered back under threat of losing a month's pay, power cut and generators about 8:45, 1,129 dead, about 2,500 rescued, floors added without permit, shops-and-offices design, five factories, about 5,000 workers | roster, ministry wording, hotline and compensation items, all actions |
| 9 | Hindenburg fire, Lakehurst, 6 May 1937 | https://handwiki.org/wiki/Engineering:Hindenburg_disaster (also questionai, listcaseinfo, docslib Wikipedia copy, freeenergyplanet, atozwiki) | headwinds and thunderstorms delaying landing, fire at about 19:25 during mooring, 97 aboard (36 passengers, 61 crew), 35 dead plus one ground crewman, hydrogen, static / leak / incendiary-paint / sabotage theories, coronation bookings, helium not available | roster, company-board wording, lightning rule, earthing and purity items, all actions |
| 10 | Johnstown flood, 31 May 1889 | https://www.wesa.fm/archives/2015-06-12/how-weakened-infrastructure-led-to-the-johnstown-flood (also osmarks Wikipedia copies of Johnstown Flood and South Fork club, propertycasualty360, 1889 memoir blog) | South Fork Dam built for the state canal, bought by the Pittsburgh club, crest lowered, screens and lost discharge pipes, heavy rain, engineer riding to the South Fork telegraph twice, earlier false alarms, about an hour to Johnstown, 37-ft wall, 2,209 dead, club never liable, strict liability | roster, engineers' committee wording, telegraph and register items, all actions |
| 11 | Banqiao Dam failure, 8 Aug 1975 | https://ejatlas.org/conflict/baquio-dam-failure-henan-china (also Britannica, devastatingdisasters, Bowdoin course page, en.wikipedia, Taylor & Francis abstract) | Typhoon Nina, >1,000 mm in a day, 300 mm/day design basis, 12 gates recommended and 5 built, critic removed, release refused 6 Aug, approval 7 Aug lost with the telegraph lines, Shimantan then Banqiao failing near 1 a.m., 62 dams, about 26,000 + 145,000 dead, concealment | roster, provincial-office wording, radio links and forecast items, all actions |
| 12 | West Fertilizer explosion, 17 Apr 2013 | https://baylorlariat.com/2016/01/28/breaking-west-explosion-investigation-results/ (also CSB final report on scribd, CSB letter to Sen. Boxer, industrialfireworld, workers-compensation blog, wacotrib Q&A) | 7:29 p.m. 911 call, patrolman smelling burning wood at 7:31, wooden warehouse and bins, seed, no sprinklers or detection, about 20 minutes to detonation, 15 dead including 12 responders, 260+ injured, 150+ buildings, schools, nursing home and apartments nearby, plant from 1961, code and zoning gaps | roster, adjuster note, half-mile distance, Tier II screen item, all actions |
| 13 | Heysel Stadium disaster, 29 May 1985 | https://thesetpieces.com/latest-posts/heysel-disaster-liverpool-juventus-fans-remember-stadium-horror/ (also piglix, owiki, liquisearch, historicalindex, IEEE paper intro) | Liverpool v Juventus final, stadium in poor repair, neutral section Z tickets sold in Belgium and bought by Juventus supporters, wire fence, thin police line, missiles and a charge about an hour before kick-off, wall collapse, 39 dead, about 600 injured, match played, bans, manslaughter convictions, police captain convicted, Liverpool's request for another venue | roster, captain's reserve, 40-officer and ticket items, all actions |
| 14 | Kiss nightclub fire, Santa Maria, 27 Jan 2013 | https://idighardware.com/2013/01/kiss-nightclub-santa-maria-brazil/ (also scribd Hertfordshire paper, crimelibrary, turnoutblog, horrorreport, architecturerevived) | about 2:30 a.m., band pyrotechnics igniting acoustic foam, toxic smoke, a single exit, guards holding patrons over unpaid bills, overcrowding, a failed extinguisher, victims in the toilets, no sprinklers, 242 dead, 630+ injured, holes broken in walls | roster, expired-licence remark, city-hall foam and patron-count items, all actions |
"""

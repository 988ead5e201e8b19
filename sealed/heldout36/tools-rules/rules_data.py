# heldout36 rules data (see ../rules/SOURCES-heldout36.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Huygens probe receiver Doppler flaw 2000, Soviet Oko early-warning false alarm 1983,
# Iran Air 655 / USS Vincennes Aegis display 1988, Reinhart-Rogoff spreadsheet error 2013, Air Inter 148 FCU mode display 1992,
# Amazon Kindle remote deletion of 1984 in 2009, Boeing 787 generator control unit 248-day counter
# 2015) and 7 outside software (Air Florida 90 1982, Mann Gulch fire 1949, Kingston fly ash spill 2008, Westray mine
# 1992, Texas A&M Bonfire collapse 1999, Enschede fireworks depot 2000, Sea Empress grounding 1996).
# Styles vary: mission-team e-mail and a science forum, translated Soviet duty-officer prose, navy inquiry and a veterans'
# forum, academic blog comments and a seminar chat, French cockpit-forum posts and a BEA-style summary, a customer forum and
# support macros, an airline maintenance memo and pilots' chat, NTSB-style prose and a talk-radio caller, smokejumper
# memoir and Forest Service board prose, utility board minutes and local-paper letters, mining inquiry prose and a
# union hall, student-newspaper op-eds and a commission report, translated Dutch council prose, harbour pilots' log.
S = []

# 1. Huygens probe (Cassini-Huygens), 2000: in-flight test showed the Cassini-side receiver could not track the Huygens
# signal once the Doppler shift was applied (bit-synchroniser loop bandwidth fixed in firmware, not reprogrammable);
# no end-to-end test with a realistic Doppler-shifted signal before launch in 1997; fix: change Cassini's trajectory so
# the relative velocity was lower; probe delivered data from Titan in January 2005.
S.append(dict(url="https://spectrum.ieee.org/titan-calling",
people=["Filiberto Quarantotti", "Rotraut Fallowfield", "Wenceslaus Okoroafor", "Zsofia Merriwhistle"],
blame="""
B failure-verb | Wenceslaus signed off the receiver design and never bothered to ask what a Doppler-shifted carrier would do to the bit synchroniser.
B passive-agent | The end-to-end radio test was cut from the plan by Filiberto to save three weeks before the 1997 launch.
B counterfactual | If Rotraut had insisted on the full-signal test in 1995 we would not be bending a spacecraft's orbit around a firmware constant.
B group-blame | The receiver contractor's engineers simply did not think like a mission; they thought like a parts vendor.
B hindsight | Any first-year radio engineer could tell you a probe falling at that speed shifts its data rate, it's hardly rocket science (well).
B sarcasm | Lovely, seven years to Saturn and the radio team forgot the probe would be moving.
B human-error | Cause as stated at the first review: a human oversight in the receiver specification.
B competence | With more competent people in the test group this flaw would have been caught on the ground.
O system-failure | The bit synchroniser in the Cassini receiver failed to keep lock once the simulated Doppler shift was applied to the data stream.
O system-should | The receiver firmware should have allowed its loop bandwidth to be changed by command after launch.
O actor-neutral | Zsofia ran the in-flight test from the ground station in February 2000 and saw the telemetry drop out as the shift was added.
O neutral-fact | The probe separated from Cassini on 25 December 2004 and sent data from the surface of Titan on 14 January 2005.
O policy-subject | The test plan that Filiberto inherited treated the radio link as a unit test item, with no end-to-end case.
O system-counterfactual | Had the ground test rig injected a realistic Doppler profile, the bandwidth limit would have shown up before integration.
O agentless-passive | The Cassini trajectory was redesigned so that the probe's relative velocity stayed inside what the receiver could track.
O meta-blameless | The headline says "engineers blundered"; we would rather ask why the system test matrix had no row for the real flight signal.
""",
actions="""
Y Y N PREVENTS | Systems engineering | 2001-03-31 | Add an end-to-end radio test with the flight Doppler and data-rate profile to the integration plan of every probe relay link.
N N N PARTIAL | we | | Get the agency and the receiver contractor talking more.
Y Y Y DETECTS | Zsofia Merriwhistle | 2000-09-30 | Repeat the in-flight relay test at three relative velocities and publish the bit error rate for each against the 1e-5 limit.
N Y Y PARTIAL | Filiberto | | Double-check the radio test plan before the next review.
Y Y N PREVENTS | Receiver firmware team | | Make the bit synchroniser loop bandwidth a parameter that can be uploaded by telecommand, and prove it on the engineering model.
N N N DETECTS | | | Write better specifications next time.
Y N N PARTIAL | Mission design | 2001-06-30 | Redesign the Saturn approach so the probe-to-orbiter Doppler stays within the receiver's tracking range for the whole descent.
N Y Y PREVENTS | Wenceslaus Okoroafor | | Look into the receiver design.
Y Y Y DETECTS | Rotraut Fallowfield | 2000-12-15 | Write a requirements trace from every flight signal parameter to a named verification test and report any parameter with no test.
N Y N PARTIAL | Quality assurance | | Audit the verification process.
Y Y N PARTIAL | | 2000-11-01 | Record the receiver's measured lock margin in the flight rules so operations can check it before the probe release.
""",
ww="""
C | The in-flight test was run five years before the probe release, early enough to change the orbit instead of losing the data.
C | A joint tiger team with both agencies agreed on the trajectory fix within months.
V | Everyone pulled together brilliantly.
"""))

# 2. Soviet early-warning false alarm, 26 September 1983, Serpukhov-15: the Oko satellite system reported one, then
# five, US missile launches; sunlight on high-altitude clouds aligned with the satellites' Molniya orbits; the duty
# officer judged it a false alarm and did not pass it up as an attack; later fixed with geostationary satellites.
S.append(dict(url="https://en.wikipedia.org/wiki/1983_Soviet_nuclear_false_alarm_incident",
people=["Gavriil Tumanshvili", "Yevdokia Prokhorchenko", "Arseniy Blednykh", "Lukerya Ovsiannikova"],
blame="""
B failure-verb | The software team under Arseniy skipped the sun-glint cases in testing and then delivered the system as ready for combat duty.
B passive-agent | The satellite was accepted into service by Colonel Blednykh while the false-detection trials were still open.
B counterfactual | If Yevdokia had filed the two earlier glint anomalies instead of hiding them, the filter would have been fixed in spring.
B group-blame | Those designers in the institute cared more about meeting the plan than about whether the thing could tell the Sun from a rocket.
B nobody-blame | Nobody in the whole chain of command thought that five missiles was a strange way to begin a war.
B character | Comrade Tumanshvili is known as a careless man; one should not give such a person the night shift at the command post.
B rhetorical-question | And who, please, approved a warning system that cannot see the difference between clouds and an ICBM?
B sanction | The officer on duty must be reprimanded for not following the written instruction to report every signal immediately.
O system-failure | The Oko satellite misread sunlight reflected from high-altitude clouds as the exhaust of five launched missiles.
O system-should | The detection software should have required a confirming track from the ground radars before raising the launch warning.
O actor-neutral | Lukerya, the duty officer, waited for the radars, saw no missiles over the horizon, and reported a false alarm to her superiors.
O neutral-fact | The first warning appeared just after midnight on 26 September 1983 at the Serpukhov-15 command post near Moscow.
O policy-subject | The written instruction that Gavriil gave the shift said to report every signal upward but did not say what a confirmed signal looked like.
O system-counterfactual | If the satellites had been in geostationary orbit, the glint geometry of that autumn night would not have appeared.
O agentless-passive | The sun-glint geometry was later reproduced and the satellite processing was changed to reject it.
O credit | The decision on the night held because the procedure left room for the officer to wait for the second sensor.
""",
actions="""
Y Y N PREVENTS | Software institute | 1984-06-01 | Require two independent sensor types to agree before the launch warning is raised, and test it against the September 1983 recording.
N N N PARTIAL | everyone | | Strengthen discipline at command posts.
Y Y Y DETECTS | Lukerya Ovsiannikova | 1984-03-01 | Add a display line showing the sun-satellite-cloud angle for each detection so the duty shift can see when glint is possible.
N Y N PARTIAL | Ground radar troops | | Make the radar link more reliable.
Y N N PREVENTS | | | Move the infrared early-warning satellites into geostationary orbit so that no detection depends on the horizon glint angle.
N Y Y DETECTS | Arseniy | | Review the false detections from last year.
Y Y Y PARTIAL | Gavriil Tumanshvili | 1984-01-15 | Rewrite the duty instruction so it lists the evidence that makes a signal confirmed, and drill it on every shift once a month.
N N N PREVENTS | we | 1984-12-31 | Never let such an event repeat.
Y Y N DETECTS | Trials group | | Log every Oko detection with its sun angle and report each month how many were later judged false.
N Y N PARTIAL | Command post staff | | Be more attentive on night shifts.
Y Y N PREVENTS | | 1984-09-30 | Add the autumn and spring equinox sun-glint geometries to the acceptance test set and block acceptance while any gives a launch report.
""",
ww="""
V | The duty shift showed great professionalism.
C | The ground radars were consulted within minutes and showed no missiles, which stopped the report from going higher.
V | The spirit of the team was excellent under stress.
"""))

# 3. Iran Air 655, 3 July 1988: USS Vincennes shot down an Airbus A300 over the Strait of Hormuz; Aegis displays showed
# track numbers that were reassigned, the aircraft was read as descending although the data showed it climbing, and an
# IFF mode II reply from an earlier military track was attributed to it; 290 killed; Fogarty investigation.
S.append(dict(url="https://en.wikipedia.org/wiki/Iran_Air_Flight_655",
people=["Bertrando Ortolani", "Priscilla Vandermeulen", "Xenophon Quigglestaff", "Donatella Crisafulli"],
blame="""
B failure-verb | Quigglestaff misread the altitude readout twice and called the contact descending when the numbers on his own screen said climbing.
B passive-agent | The track was reported as an F-14 by Petty Officer Ortolani on nothing firmer than a stale IFF code.
B counterfactual | If Vandermeulen had checked the commercial air schedule on the bridge, 290 people would still be alive.
B group-blame | The combat information center crew was trigger-happy from the first minute of the surface fight; that is the whole story.
B timeline-blame | 06:51 — TIC officer (Quigglestaff) reports the contact descending and accelerating; nobody verifies against the raw altitude.
B role-blame | The tactical information coordinator is supposed to know his own track numbers; that's the job.
B hindsight | Any sailor should have known a big plane climbing out of Bandar Abbas at that hour is an airliner.
B sarcasm | Outstanding situational awareness, gents, you shot down a scheduled flight squawking mode III on its published airway.
O system-failure | The Aegis display failed to show altitude trend next to the track, so the climb could only be read from a changing number.
O system-should | The tracking software should have flagged an IFF mode II reply that came from a different track than the one selected.
O actor-neutral | Donatella, at the air warfare station, read out the mode III squawk and asked whether the contact could be commercial.
O neutral-fact | Iran Air 655 took off from Bandar Abbas at 06:47 local time and was hit at about 13,500 feet seven minutes later.
O policy-subject | The rules of engagement that Bertrando's watch section worked under gave the aircraft a few minutes from take-off to identification.
O system-counterfactual | Had the console shown the track number change on screen, the operators would not have been reading out data for another aircraft.
O agentless-passive | Both surface-to-air missiles were fired at 06:54 and the wreckage came down near Hengam Island.
O quoted-question | The inquiry asked: "Why did the display design let a track number be reused during an engagement?"
""",
actions="""
Y Y N PREVENTS | Aegis program office | 1989-06-30 | Stop the combat system from reassigning a track number while that track is designated for engagement.
N N N DETECTS | we | | Improve situational awareness in the combat information center.
Y Y Y DETECTS | Donatella Crisafulli | 1988-12-01 | Put the altitude trend arrow and rate of climb next to every air track on the large screen display and test it on the trainer.
N Y Y PARTIAL | Bertrando | | Think about the rules of engagement.
Y N N PARTIAL | Fleet training | | Add civilian air traffic in the Gulf to every CIC exercise scenario, with at least one scheduled airliner per hour of play.
N Y N PREVENTS | Surface warfare officers | 1989-03-01 | Avoid misidentifying aircraft in the future.
Y Y Y DETECTS | Xenophon Quigglestaff | | Provide a display of the published commercial air routes and schedules over the Gulf on the CIC console.
N N N PARTIAL | | | Take a hard look at training.
Y Y N PARTIAL | Combat systems engineering | 1989-01-31 | Show the IFF mode and code with the track number it was correlated to, and warn when the correlation changes.
N Y Y DETECTS | Priscilla Vandermeulen | | Keep closer watch on the IFF readouts.
Y Y N PREVENTS | | 1989-04-30 | Require a second independent identification source before weapons release against any air contact on a published air route.
""",
ww="""
C | The recorded combat system data let the inquiry reconstruct every console reading minute by minute.
V | The crew remained calm and professional.
C | The air warfare station's mode III readout was logged and became the key evidence for the display changes.
"""))

# 4. Reinhart-Rogoff "Growth in a Time of Debt" (2010): in 2013 a graduate student at UMass Amherst found that the
# spreadsheet's average excluded five countries (rows 30-44 range), plus selective exclusion of years and an unusual
# weighting; the headline -0.1% growth above 90% debt became about +2.2% when corrected.
S.append(dict(url="https://en.wikipedia.org/wiki/Growth_in_a_Time_of_Debt",
people=["Dorotheus Applegarth", "Ruxandra Vintila", "Eldric Mallinder", "Clementina Ashbury-Nwosu"],
blame="""
B failure-verb | Applegarth dragged the formula over the wrong rows and never looked at it again before it went into a famous paper.
B passive-agent | The five missing countries were left out by Ruxandra when she built the averages, and nobody asked her why.
B counterfactual | None of this would have happened if Eldric had shared the spreadsheet with the first person who asked.
B group-blame | Economists don't check their spreadsheets, period. The whole profession needs to look in the mirror.
B mistake-attribution | This is Dorotheus's error: his workbook, his average, his headline.
B sarcasm | Yeah, austerity policy for half of Europe, brought to you by a cell range that stopped five rows short lol.
B self-blame | I'm the one who pasted the New Zealand years in by hand, so the bad figure is my fault, full stop.
B rhetorical-question | How do you publish a claim that big and not have one coauthor click on the cell?
O system-failure | The spreadsheet formula averaged rows 30 to 44 and so left Australia, Austria, Belgium, Canada and Denmark out of the result.
O system-should | The journal's process should have required the data and code behind each headline figure before publication.
O actor-neutral | Clementina reran the averages from the shared workbook for her course and found a growth rate of about 2.2 percent instead of minus 0.1.
O neutral-fact | The paper appeared in the May 2010 American Economic Review papers and proceedings, which were not refereed in the usual way.
O policy-subject | The data-sharing norm that Eldric followed gave no requirement to publish the workbook with the paper.
O system-counterfactual | If the average had been computed by a script over the whole table, the excluded rows would not have been possible.
O agentless-passive | The erratum was published in 2013 and the corrected figures were posted with the workbook.
O self-report | I was the second coauthor; I read the summary tables but never opened the formulas, and our process had no step asking anyone to.
""",
actions="""
Y Y N PREVENTS | Journal editorial office | 2013-09-01 | Require the data and code for every table and figure to be deposited before a paper is accepted, with a replication check by an editor.
N N N PARTIAL | we | | Be more rigorous with our data.
Y Y Y DETECTS | Clementina Ashbury-Nwosu | 2013-06-30 | Write a script that recomputes the paper's averages from the raw table and compare each value with the published one to two decimals.
N Y Y DETECTS | Dorotheus | | Double-check the spreadsheet formulas.
Y Y N PARTIAL | Research group | | Keep every analysis workbook in version control and record which commit produced each published number.
N N N PREVENTS | Economics profession | | Restore trust in empirical research.
Y N Y PARTIAL | Eldric Mallinder | 2013-07-15 | Publish the full corrected dataset with a note that lists every country-year excluded and the reason for each.
N Y N PARTIAL | | | Look into the weighting scheme.
Y Y N DETECTS | Coauthors | 2013-10-01 | Have a coauthor who did not build the workbook recompute each headline figure independently before submission.
N Y Y PREVENTS | Ruxandra Vintila | | Be more careful with data entry.
N Y N DETECTS | Department | 2014-01-01 | Audit past papers.
""",
ww="""
V | The authors handled the criticism gracefully.
V | Lots of good discussion came out of it.
C | Sharing the workbook with a student let the error be found in weeks instead of never.
"""))

# 5. Air Inter Flight 148, 20 January 1992, Mont Sainte-Odile near Strasbourg: A320 descending at night; the crew is
# believed to have selected "-33" meaning a 3.3 degree flight path angle while the autopilot was in vertical speed mode,
# giving 3,300 ft/min; the FCU display showed the two modes with nearly the same digits; no GPWS fitted; 87 of 96
# killed; BEA report 1993 recommended display changes and GPWS.
S.append(dict(url="https://en.wikipedia.org/wiki/Air_Inter_Flight_148",
people=["Fulgencio Thevenoud", "Walpurga Lanzmeier", "Leontios Quibellier", "Yolaine Marcusson"],
blame="""
B failure-verb | Thevenoud dialled thirty-three into the wrong mode and didn't bother to check the descent rate on his own screen.
B passive-agent | The approach onto the Sainte-Odile side was accepted by Leontios on the radio without a word about the terrain.
B counterfactual | If Walpurga had cross-checked the altitude at the fix, they'd have caught the descent with two minutes to spare.
B group-blame | Those Air Inter crews were flying too fast and too tight, everybody in the company knew their style.
B competence | A properly trained A320 captain does not confuse a flight path angle with a vertical speed, sorry.
B human-error | Main cause for the first press release: pilot error on the approach.
B hindsight | Anyone looking at the instrument panel would have seen they were coming down at 3,300 feet a minute.
B sarcasm | Nice, a glass cockpit where the crew is expected to tell minus 33 from minus 3.3 at night in the clouds.
O system-failure | The flight control unit showed the vertical speed and flight path angle modes with nearly the same digits on the same window.
O system-should | The aircraft should have carried a ground proximity warning system that would have sounded on that slope.
O actor-neutral | Yolaine, the Strasbourg approach controller, gave the crew a new approach and then saw the aircraft disappear from radar.
O neutral-fact | The aircraft struck the mountain near Mont Sainte-Odile at about 19:20 local time, and 87 of the 96 people on board died.
O policy-subject | The airline policy that Fulgencio flew under did not require a ground proximity warning system on its fleet.
O system-counterfactual | Had the display shown the selected descent as "3.3" with a degree sign, the two modes could not have looked the same.
O agentless-passive | The wreckage was found more than four hours after the crash and the survivors were reached in the snow.
O action-item | Action taken: the FCU display was changed so that vertical speed is shown in four digits and the angle with a decimal point.
""",
actions="""
Y Y N PREVENTS | Airbus cockpit design | 1993-12-31 | Change the FCU so vertical speed is shown with four digits and flight path angle with a decimal point, and test both with line crews.
N N N PARTIAL | we | | Improve our cockpit ergonomics.
Y Y Y DETECTS | Yolaine Marcusson | 1992-06-30 | Add a minimum safe altitude warning to the Strasbourg approach radar that alerts the controller when a track is below the sector minimum.
N Y Y PARTIAL | Leontios | | Review the approach procedures at Strasbourg.
Y N N DETECTS | | 1992-12-31 | Fit a ground proximity warning system to every aircraft in the fleet and make its test part of the daily check.
N N N DETECTS | Flight operations | | Improve crew vigilance.
Y Y N PARTIAL | Training department | | Add a simulator exercise where the crew must detect a mode confusion in descent within 30 seconds, for every A320 pilot.
N Y Y PREVENTS | Fulgencio Thevenoud | | Make sure crews know the difference between the modes.
Y Y Y PARTIAL | Walpurga Lanzmeier | 1992-09-30 | Add a call-out of the selected descent mode and value to the standard approach briefing and check it on every line audit.
N Y N DETECTS | Pilots | | Monitor the descent more carefully.
Y Y N PARTIAL | | 1993-06-30 | Require the rescue plan to locate any aircraft lost from radar within one hour, with an emergency locator that survives impact.
""",
ww="""
C | The flight data recorder survived and let the investigators reconstruct the selected modes second by second.
C | The survivors were reached by local residents who knew the forest tracks.
V | The rescue teams gave everything they had.
"""))

# 6. Amazon Kindle, 17 July 2009: copies of Orwell's 1984 and Animal Farm sold through the Kindle store by a publisher
# without the rights were remotely deleted from customers' devices and refunded; annotations lost; Amazon later called
# the method "stupid" and promised not to remove books that way; a 2009 class action settled.
S.append(dict(url="https://www.nytimes.com/2009/07/18/technology/companies/18amazon.html",
people=["Ludovika Fenwright", "Bonifacy Szczygielski", "Oyelowo Trevanion", "Quiteria Haugtvedt"],
blame="""
B failure-verb | Bonifacy pushed the delete to every device and didn't even think about the notes people had written in the margins.
B passive-agent | The remote wipe was approved by Ludovika on a Friday afternoon without anyone from legal in the thread.
B counterfactual | Had Oyelowo caught the rights problem at upload, nobody's copy of 1984 would have vanished from their reader.
B group-blame | The Kindle store team treats customers' libraries as their own inventory, which is exactly what this proves.
B sarcasm | Deleting 1984 remotely. You honestly could not write a better joke about these people.
B character | Trevanion is sloppy about rights checks; this is the third self-published mess on his watch.
B sanction | Whoever hit the button should be walked out of the building today.
B hindsight | It was obvious to anyone that yanking books off devices would end up on the front page.
O system-failure | The store's catalogue ingestion failed to verify that the uploading publisher held the rights to the Orwell titles.
O system-should | The platform should have offered a way to stop sales and refund without removing files already on customers' devices.
O actor-neutral | Quiteria answered the first support ticket about the missing book and escalated it to the store operations queue the same morning.
O neutral-fact | The copies were removed on 17 July 2009 and each buyer got a refund to the card used for the purchase.
O policy-subject | The takedown procedure Ludovika followed had been written for digital music, where a device copy could simply be re-licensed.
O system-counterfactual | If the sync service had refused deletes that were not started by the owner, the books would have stayed on the readers.
O agentless-passive | A statement was issued the following week saying books would no longer be removed from devices in this way.
O meta-blameless | The forum wants a name; we would rather find out why a catalogue correction could reach into a customer's device at all.
""",
actions="""
Y Y N PREVENTS | Device software | 2009-09-30 | Remove the ability of the sync service to delete purchased books from devices unless the owner starts the deletion.
N N N PARTIAL | we | | Handle rights issues better.
Y Y Y DETECTS | Oyelowo Trevanion | 2009-08-31 | Flag every upload of a title that appears on the public-domain exceptions list for manual rights review before it goes on sale.
N Y Y PARTIAL | Bonifacy | | Look at the takedown procedure.
Y Y N PARTIAL | Customer support | | Restore the annotations of every affected customer from the server backup and email each one a confirmation.
N N N PREVENTS | | | Earn back customer trust.
N Y N DETECTS | Store operations | 2009-10-15 | Improve catalogue quality.
Y N Y PREVENTS | Ludovika Fenwright | 2009-12-01 | Rewrite the takedown policy so that sales stop but device copies stay, and route every takedown through legal review.
N Y N PARTIAL | Legal | | Be more careful with publisher contracts.
Y Y N DETECTS | | 2009-09-15 | Report each week the number of titles taken down after sale, by publisher, to the store leadership review.
N Y Y DETECTS | Quiteria Haugtvedt | | Watch what customers post.
""",
ww="""
V | Customer support did a fantastic job.
C | Every buyer was refunded automatically on the same day, before most of them had written in.
V | We learned a lot as a team.
"""))

# 7. Boeing 787 generator control units, 2015: the FAA airworthiness directive of May 2015 said a software counter in
# each of the four GCUs overflowed after 248 days of continuous power, putting them into failsafe and losing all AC
# power; interim fix: power-cycle the aircraft before 248 days; software update later.
S.append(dict(url="https://www.theregister.com/2015/05/01/787_software_bug_can_shut_down_planes_generators/",
people=["Gudmundur Lindqvist-Obi", "Celandine Wrottesley", "Saturnino Pocklington", "Anastazja Takahagi"],
blame="""
B failure-verb | Pocklington declared the counter as a signed 32-bit value and ignored the warning from the static analyser.
B passive-agent | The 248-day test case was deleted from the qualification suite by Celandine because it took too long to run.
B counterfactual | If Gudmundur had run the endurance test past a few weeks, he would have seen the overflow long before any airline did.
B group-blame | The GCU supplier's coders clearly never heard of integer overflow, and Boeing's people never asked.
B competence | Only a junior engineer would put a centisecond tick into a signed int and call it done.
B rhetorical-question | Who ships avionics that need a reboot every eight months, seriously?
B human-error | Maintenance summary: GCU failsafe caused by supplier human error in timer coding.
B nobody-blame | Not one reviewer on that program looked at the timer type.
O system-failure | The counter in each generator control unit overflowed after 248 days of continuous power and put the unit into failsafe mode.
O system-should | The units should have handled a timer wraparound without dropping the generator offline.
O actor-neutral | Anastazja found the overflow in a lab endurance run and wrote the report that went to the FAA.
O neutral-fact | The airworthiness directive required operators to remove and restore electrical power on each 787 at intervals shorter than 248 days.
O policy-subject | The qualification standard Celandine worked to asked for endurance tests of 30 days, which no timer issue of this kind could reach.
O system-counterfactual | Had all four units used independent start times, they could not have reached failsafe at the same moment.
O agentless-passive | A software update for the control units was released later and the power-cycling requirement was removed.
O credit | The power-cycle interval was put in the maintenance schedule of every operator before any aircraft came near 248 days.
""",
actions="""
Y Y N PREVENTS | GCU supplier | 2015-12-31 | Change the GCU timer to an unsigned 64-bit counter and prove with a simulated 1,000-day run that no unit enters failsafe.
N N N PARTIAL | we | | Improve software quality at suppliers.
Y Y Y DETECTS | Anastazja Takahagi | 2015-06-30 | Add a static analysis rule that fails the build for any timer or counter variable that can overflow within 20 years of uptime.
N Y Y PARTIAL | Saturnino | | Double-check the timer code.
Y Y N PARTIAL | Airline maintenance | 2015-05-30 | Add a power-cycle task to each 787's maintenance program at an interval of no more than 120 days.
N Y N DETECTS | Systems engineering | | Strengthen endurance testing.
Y Y Y PREVENTS | Celandine Wrottesley | 2015-09-30 | Raise the qualification endurance test for every timer-driven avionics unit to the longest interval between required power cycles.
N N N DETECTS | | | Look at other timers.
Y Y N DETECTS | | | Show days since last power cycle on the maintenance display and warn at 200 days.
N Y Y PREVENTS | Gudmundur Lindqvist-Obi | 2015-08-15 | Fix the GCU bug.
N N N PARTIAL | Program office | | Review the supplier oversight model.
""",
ww="""
C | The overflow was found in a lab endurance run, not in flight.
V | Working with the FAA was a pleasure.
C | The interim power-cycle task was issued within days of the directive and needed no new parts.
"""))

# 8. Air Florida Flight 90, 13 January 1982, Washington National: Boeing 737 took off in snow with engine anti-ice off,
# the Pt2 probes iced and the EPR gauges read high, so thrust was well below take-off power; wing contamination after a
# long wait since de-icing; struck the 14th Street Bridge and fell into the Potomac; 78 killed; NTSB report AAR-82-08.
S.append(dict(url="https://en.wikipedia.org/wiki/Air_Florida_Flight_90",
people=["Melchiorre Weatherspoon", "Amarantha Bielecki", "Tarsicio Adeyemi-Stroud", "Iphigenie Brocklehurst"],
blame="""
B failure-verb | The first officer saw the engine readings were wrong, said so three times, and Weatherspoon just ignored him.
B passive-agent | The engine anti-ice was left off by the crew during the checklist, and nobody on the flight deck said a word.
B counterfactual | If Bielecki had gone back for a second de-icing after forty-nine minutes in the snow, that plane would have flown.
B group-blame | That airline hired cheap warm-weather pilots who'd never seen snow and sent them to Washington in January.
B hindsight | Every pilot knows you do not take off with snow on the wings, it's the first thing they teach you.
B human-error | Probable cause as the caller put it: pilot error, plain and simple.
B role-blame | The captain has the final say on the take-off; the whole thing is on the captain.
B sarcasm | Sure, park behind another jet's exhaust to melt the ice off. Brilliant airmanship.
O system-failure | The iced Pt2 probes made the EPR gauges read take-off power while the engines produced much less thrust.
O system-should | The engine instruments should have shown a disagreement between EPR and the N1 and fuel flow readings.
O actor-neutral | Iphigenie, the tower controller, cleared the flight for take-off at 15:59 after the preceding arrival had landed.
O neutral-fact | The aircraft waited about 49 minutes between de-icing and take-off while snow continued to fall.
O policy-subject | The cold-weather checklist Melchiorre's crew used listed engine anti-ice as a single item with no cross-check against conditions.
O system-counterfactual | Had the airport allowed de-icing closer to the runway, the wait after treatment would have been minutes, not most of an hour.
O agentless-passive | The aircraft struck the 14th Street Bridge and came down in the frozen Potomac River.
O quoted-question | The board asked why the training program gave so little time to operations in icing.
""",
actions="""
Y Y N PREVENTS | Airport authority | 1982-11-01 | Build a de-icing pad at the runway holding point so that no aircraft waits more than 15 minutes between treatment and take-off.
N N N PARTIAL | we | | Improve winter operations.
Y Y Y PARTIAL | Tarsicio Adeyemi-Stroud | 1982-06-30 | Add a challenge-and-response line for engine anti-ice to the before-take-off checklist, linked to the reported outside temperature.
N Y Y DETECTS | Amarantha | | Watch the engine instruments more closely.
Y N N PARTIAL | Flight training | 1982-09-01 | Give every pilot a simulator session on take-off in icing conditions with a deliberate EPR error before their first winter season.
N Y N PREVENTS | Pilots | | Avoid taking off with contaminated wings.
Y Y N DETECTS | Engine manufacturer | | Add an EPR disagreement alert that compares EPR with N1 and fuel flow and sounds before 80 knots.
N N N DETECTS | | | Be more aware of the weather.
Y Y N PREVENTS | | 1982-12-31 | Set a maximum holdover time after de-icing for each snow intensity and require re-treatment when it is exceeded.
N Y Y PARTIAL | Iphigenie Brocklehurst | | Review the departure sequencing.
Y Y Y DETECTS | Melchiorre Weatherspoon | 1982-08-15 | Make the first officer's call-out of any abnormal engine reading on take-off a required stop to the take-off roll below 80 knots.
""",
ww="""
V | The rescue response was heroic.
C | A helicopter crew lifted survivors from the ice within about twenty minutes of the crash.
V | Washington pulled together that night.
"""))

# 9. Mann Gulch fire, 5 August 1949, Helena National Forest, Montana: 15 smokejumpers dropped; a blowup drove the fire
# upslope toward the crew; the foreman lit an escape fire and lay in it; 13 men died; the radio was destroyed when its
# parachute failed; Forest Service board of review; led to later fire-behaviour training.
S.append(dict(url="https://en.wikipedia.org/wiki/Mann_Gulch_fire",
people=["Prudencio Vlasblom", "Hyacinthe Moynagh", "Ursicino Frobisher-Lamb", "Yrsa Tarrant"],
blame="""
B failure-verb | Vlasblom never explained the escape fire to his men and then lost the crew when they would not follow him into it.
B passive-agent | The jump spot was chosen by Frobisher-Lamb from the plane without a look at the wind in the gulch.
B counterfactual | If Moynagh had kept the men on the river side instead of hiking them up the slope, every one of them walks out.
B group-blame | Those jumpers were college boys who did what they liked and ignored their foreman when it mattered.
B character | The foreman was always a cold, stubborn man; the crew never trusted him and with reason.
B nobody-blame | Nobody on that crew was paying attention to the fire below them.
B hindsight | Anyone who had lived in that country knew the wind comes up the gulch in the afternoon.
B mistake-attribution | The deaths in Mann Gulch are the foreman's mistake and nobody else's.
O system-failure | The radio failed to reach the ground because its parachute did not open, so the crew had no contact with the fire camp.
O system-should | The Forest Service training should have taught how fire behaves in steep grass country before sending crews into it.
O actor-neutral | Yrsa spotted the fire from the lookout on the afternoon of 5 August and reported it to the Helena office.
O neutral-fact | Fifteen smokejumpers parachuted into the gulch at about 16:10 and the blowup reached them shortly before 18:00.
O policy-subject | The crew organisation that Prudencio led had been put together for that flight, and several of the men had never jumped with him.
O system-counterfactual | Had the crew been trained in the escape fire as a standard technique, they would have known what he was asking them to do.
O agentless-passive | Thirteen men were killed and two survived by reaching a rock crevice at the top of the ridge.
O meta-blameless | The old argument over the foreman misses the point: the crew had no shared training, no radio and no map of escape routes.
""",
actions="""
Y Y N PREVENTS | Smokejumper training | 1950-05-01 | Teach escape fire and safety zones as a standard drill, practised by every crew member before the first jump of each season.
N N N PARTIAL | Forest Service | | Make firefighting safer.
Y Y Y DETECTS | Hyacinthe Moynagh | 1950-04-15 | Post a lookout on every jump fire whose only task is to watch fire behaviour and call the crew by radio on any run.
N Y Y PARTIAL | Ursicino | | Rethink how jump spots are chosen.
Y Y N PARTIAL | Equipment section | | Pack the radio in a cargo chute with a reserve and test-drop every radio pack before it is loaded.
N N N PREVENTS | we | | Never lose a crew like this again.
Y N N PREVENTS | | 1950-06-01 | Keep every jump crew together with the same foreman for the whole season so that the men have trained under him.
N Y N DETECTS | Foremen | | Be more alert to changing winds.
Y Y Y PARTIAL | Prudencio Vlasblom | | Write the crew briefing so that it names an escape route and a safety zone before anyone moves from the jump spot.
N Y N PARTIAL | Fire research | 1951-01-01 | Study fire behaviour.
N N N DETECTS | | | Improve communication on the fireline.
""",
ww="""
C | The two survivors reached a rock crevice on the ridge because they knew the route from the jump briefing.
V | Real bravery from the whole crew.
C | The lookout's report got the jumpers in the air within hours of the fire starting.
"""))

# 10. Kingston Fossil Plant, TVA, 22 December 2008: a dike of the dredge cell failed and about 5.4 million cubic yards
# of coal fly ash slurry flowed over about 300 acres and into the Emory River; the cell had been raised on wet ash; an
# AECOM root-cause report named the slimes layer at the base and earlier seeps; clean-up took years.
S.append(dict(url="https://en.wikipedia.org/wiki/Kingston_Fossil_Plant_coal_fly_ash_slurry_spill",
people=["Heliodoro Kettlewell-Diaz", "Gertrudis Ezeugwu", "Septimus Hebblethwaite", "Emerentia Quelch"],
blame="""
B failure-verb | Hebblethwaite saw the seeps in 2003 and 2006, wrote them up as minor, and neglected to call in a dam engineer.
B passive-agent | The cell was raised another ten feet on wet ash, and that was signed off by Heliodoro against his own consultant's advice.
B counterfactual | If Gertrudis had budgeted for the dry storage conversion when it was first proposed, the ash would never have been there.
B group-blame | TVA management cared about the cost per ton and not about the people living on the river, end of story.
B sanction | Whoever ran that pond should lose their job and their pension; three hundred acres of sludge says so.
B rhetorical-question | How do you stack a hill of wet ash for forty years and act surprised when it slides?
B human-error | The utility's first statement put it down to an operator error in pond management.
B competence | The plant staff simply did not have the skills to manage a structure that size.
O system-failure | The dike failed along a layer of soft slimes under the ash and the slurry flowed into the Emory River.
O system-should | The inspection program should have treated the ash cells as dams with instrumented monitoring.
O actor-neutral | Emerentia, on the night shift, called the control room at about one in the morning when she heard the dike give way.
O neutral-fact | About 5.4 million cubic yards of fly ash slurry covered roughly 300 acres and damaged homes along the river.
O policy-subject | The inspection schedule Septimus worked under was an annual walk-over with no piezometers and no stability analysis.
O system-counterfactual | If the ash had been stored dry, there would have been no saturated layer to slide.
O agentless-passive | The river channel was dredged over the following years and the ash was shipped to a landfill in Alabama.
O credit | The overnight call to the control room started the evacuation of the homes nearest the dike before daylight.
""",
actions="""
Y Y N PREVENTS | Fossil generation | 2012-12-31 | Convert every wet ash pond to dry storage and close the last wet cell by the end of 2012.
N N N PARTIAL | we | | Be a better neighbour to the community.
Y Y Y DETECTS | Emerentia Quelch | 2009-06-30 | Install piezometers in each ash dike and alarm in the control room when pore pressure exceeds the design limit.
N Y Y PARTIAL | Septimus | | Look into the seeps from 2003 and 2006.
Y N N PARTIAL | Dam safety | 2009-09-30 | Inspect every ash impoundment in the system to the dam safety standard and publish each report.
N N N DETECTS | | | Improve oversight of ash ponds.
Y Y Y PARTIAL | Gertrudis Ezeugwu | 2009-03-31 | Put the stability analysis of each ash cell in front of the board, with the factor of safety and the date of the last survey.
N Y N PREVENTS | Plant management | | Do better at pond management.
Y Y N DETECTS | | | Survey each dike crest monthly and report any settlement over two inches to the dam safety engineer within a day.
N Y N DETECTS | Environmental team | 2009-02-15 | Monitor the Emory more.
N Y Y PARTIAL | Heliodoro Kettlewell-Diaz | | Ensure the clean-up is done properly.
""",
ww="""
C | The overnight call from the shift worker got the nearest homes evacuated before daylight.
V | Everyone worked tirelessly over the holidays.
V | Great support from the community.
"""))

# 11. Westray Mine, Plymouth, Nova Scotia, 9 May 1992: methane ignition and coal dust explosion at 05:18 killed all 26
# miners underground; the public inquiry (Richard report, 1997) found poor ventilation, coal dust not stone-dusted,
# inspectors who did not enforce, and a management focus on production.
S.append(dict(url="https://en.wikipedia.org/wiki/Westray_Mine",
people=["Zdzislaw Lightfoot-Nunez", "Corisande Pinchbeck", "Sulpicio Szczepaniak", "Olympiada Okafor-Lund"],
blame="""
B failure-verb | Szczepaniak let the coal dust pile up in the roadways for months and broke every rule about stone dusting.
B passive-agent | The ventilation changes were made by Zdzislaw on his own, with no engineer and no permit.
B counterfactual | Had Corisande shut the mine after the inspectors' orders in April, twenty-six men would be home.
B group-blame | The mine inspectors were asleep at the wheel; they wrote orders and never came back to see them done.
B sarcasm | Safety first at Westray, right after the tonnage, the bonus and the politicians' ribbon cutting.
B nobody-blame | None of the bosses cared one bit about the methane readings, and every man underground knew it.
B self-blame | I was the shift boss that week and I let them work in that dust; I'll carry that till I die.
B character | He was a bully and a liar, and the men were afraid of him.
O system-failure | The ventilation system failed to keep methane below the explosive limit at the working face in the Southwest section.
O system-should | The inspection regime should have had the power, and the procedure, to stop production until orders were met.
O actor-neutral | Olympiada led the first draeger team underground on the morning of 9 May and reported the damage in the main roadway.
O neutral-fact | The explosion happened at 05:18 on 9 May 1992 and all twenty-six miners underground were killed.
O policy-subject | The production bonus that Zdzislaw announced in the spring paid by the ton and said nothing about dust or gas.
O system-counterfactual | If the roadways had been stone-dusted to the legal standard, the methane ignition would not have become a coal dust explosion.
O agentless-passive | Eleven bodies were never recovered and the mine was sealed.
O meta-blameless | The inquiry is called "a story of incompetence"; our job here is to ask what let orders go unenforced for months.
""",
actions="""
Y Y N PREVENTS | Department of Labour | 1993-06-30 | Give mine inspectors the power to stop production on the spot when a written order is not met by its due date.
N N N PARTIAL | we | | Put safety at the heart of everything the mine does.
Y Y Y DETECTS | Olympiada Okafor-Lund | 1992-12-31 | Install continuous methane monitors at every working face that trip the power at 1.25 percent and report to the surface.
N Y Y PARTIAL | Sulpicio | | Keep on top of the stone dusting.
Y Y N PARTIAL | Mine management | 1993-01-31 | Sample roadway dust weekly and stop work in any section whose incombustible content is below 65 percent.
N N N PREVENTS | Government | | Stop this kind of disaster ever happening again.
Y N N PREVENTS | | 1993-12-31 | Rewrite the Coal Mines Regulation Act so that production bonuses may not be paid in any month with an open safety order.
N Y N DETECTS | Inspectors | | Make more frequent visits.
Y Y Y DETECTS | Corisande Pinchbeck | | Publish each inspector's open orders and their due dates on a board at the mine entrance and in the department's monthly report.
N Y N PARTIAL | Union | 1993-03-01 | Get the men to raise concerns.
Y Y N PARTIAL | | | Train every miner on the right to refuse unsafe work, with a signed record kept by the department.
""",
ww="""
V | The mine rescue teams were incredibly brave.
C | Draeger teams searched the main roadways within hours, and the gas readings they logged were used by the inquiry.
C | The families' committee kept the inquiry public when it was nearly stopped by court challenges.
"""))

# 12. Texas A&M Bonfire collapse, 18 November 1999, College Station: the stacked log structure (about 59 feet) fell
# during construction at 02:42, killing 12 and injuring 27; the Special Commission found inadequate containment in the
# wiring that tied the tiers, excessive interlock stress, and an absence of engineering design and university oversight.
S.append(dict(url="https://en.wikipedia.org/wiki/1999_Texas_A%26M_Bonfire_collapse",
people=["Ulysses Rawsthorne", "Marigold Atherstone-Kwan", "Athanasius Nakashidze", "Jovanka Scrivenor"],
blame="""
B failure-verb | The red pots under Rawsthorne ignored the lean in the center pole and kept stacking through the night.
B passive-agent | The second stack was wired by freshmen, and it was approved by Athanasius without anybody checking the tension.
B counterfactual | If Marigold had brought in an engineer when the faculty asked in 1994, the stack wouldn't have come down.
B group-blame | The Corps kids ran bonfire like a frat party; drunk, no supervision and no one willing to say stop.
B hindsight | It was obvious the thing was too big; you could see it leaning from the parking lot.
B rhetorical-question | Who lets twenty-year-olds build a six-storey log pile with no drawings at all?
B sanction | The university should fire everyone in student affairs who let this go on.
B role-blame | The senior red pot is in charge of the stack; if it falls, it's on him.
O system-failure | The wire wrapping failed to contain the second-tier logs, and the interlock stress pushed the stack over.
O system-should | The university's process should have required an engineered design for a structure of that size.
O actor-neutral | Jovanka was on the perimeter crew at 02:42 and radioed the emergency dispatcher when the stack fell.
O neutral-fact | The stack collapsed at 02:42 on 18 November 1999, killing twelve people and injuring twenty-seven.
O policy-subject | The building tradition Ulysses learned was passed from class to class by word of mouth, with no written design at all.
O system-counterfactual | Had the structure been designed and inspected by an engineer, the tier wiring would have been checked against a load.
O agentless-passive | The remaining logs were removed by cranes over the next days so that the last victims could be reached.
O quoted-question | The commission asked: "Why had the university never treated Bonfire as a construction project?"
""",
actions="""
Y Y N PREVENTS | University administration | 2000-06-30 | Require a licensed engineer's stamped design and daily inspection for any student-built structure taller than 12 feet.
N N N PARTIAL | we | | Make campus traditions safer.
Y Y Y DETECTS | Jovanka Scrivenor | 2000-03-31 | Survey the center pole lean every shift during construction and stop work if it exceeds the limit in the design.
N Y Y PARTIAL | Ulysses | | Supervise the stacking crews better.
Y N N PARTIAL | Student affairs | | Put a university staff supervisor on site for every hour of construction, with authority to stop work.
N N N DETECTS | | | Keep watch for safety issues.
Y Y Y PREVENTS | Marigold Atherstone-Kwan | 2000-09-01 | Ban alcohol on the construction site and check it at the site entrance on every shift, with the result logged.
N Y N DETECTS | Red pots | | Be more careful during the night shift.
Y Y N PARTIAL | | 2000-05-15 | Limit each crew shift to 8 hours and record names and hours on a sign-in sheet that the supervisor checks.
N Y N PREVENTS | Corps of Cadets | 2000-02-01 | Address the culture around Bonfire.
Y Y N PARTIAL | Engineering faculty | | Run a load test on the tier wiring method and publish the safe working tension for each wire gauge.
""",
ww="""
V | The campus community responded with amazing unity.
C | Rescue crews used cranes to lift the logs in a planned order, so no one trapped was crushed further.
V | We learned a great deal.
"""))

# 13. Enschede fireworks disaster, 13 May 2000: a fire at the S.E. Fireworks depot in the Roombeek district spread to
# storage bunkers and containers holding far more, and heavier-class, fireworks than the permit allowed; explosions
# killed 23 people including four firefighters and destroyed about 400 homes; the Oosting commission found permits
# and inspections had not kept up with the stock.
S.append(dict(url="https://en.wikipedia.org/wiki/Enschede_fireworks_disaster",
people=["Folkert Wolthekker", "Aleida Brinkhorst-Vos", "Maximiliaan Oudejans", "Gerolda Sneevliet"],
blame="""
B failure-verb | Wolthekker stored tons of the heavy class in containers and simply skipped the permit for it.
B passive-agent | The expired licence was renewed by Aleida without one visit to the site.
B counterfactual | When Oudejans had inspected the containers in 1999 as planned, the wrong class of fireworks had been found.
B group-blame | The gemeente officials protected a business that was a bomb in the middle of a neighbourhood, they are guilty.
B sarcasm | Fantastic inspection work, gentlemen, a mass explosion next to a primary school with all permits in order.
B human-error | Cause in the first press statement: human error at the storage company.
B competence | These municipal inspectors did not know a 1.3G firework from a sparkler.
B timeline-blame | 15:03 — first alarm; the owner (Wolthekker) says nothing to the firefighters about what is stored in the containers.
O system-failure | The storage bunkers failed to contain the fire, and it spread to containers holding heavier-class fireworks than the permit allowed.
O system-should | The permit system should have compared the licensed quantities with the stock declared to the customs and transport authorities.
O actor-neutral | Gerolda was at the fire station when the first call came in and sent the first two engines to the Roombeek depot.
O neutral-fact | The explosions of 13 May 2000 killed twenty-three people, including four firefighters, and destroyed about 400 homes.
O policy-subject | The licence renewal that Maximiliaan processed relied on the company's own declaration of what was stored.
O system-counterfactual | If the zoning rules had kept fireworks storage out of residential districts, the blast would have hit an industrial park.
O agentless-passive | The Roombeek district was rebuilt over the following decade with a memorial at the site of the depot.
O self-report | I signed the fire brigade's advice on the licence; our checklist asked about the bunkers but not about the containers outside.
""",
actions="""
Y Y N PREVENTS | Ministry of Housing | 2001-06-30 | Forbid storage of more than 10,000 kg of consumer fireworks within 800 metres of any dwelling, and close every depot that exceeds it.
N N N PARTIAL | we | | Take fireworks safety seriously.
Y Y Y DETECTS | Gerolda Sneevliet | 2000-12-31 | Give fire crews a register of every licensed hazardous store with its permitted class and quantity on the engine's terminal.
N Y Y PARTIAL | Aleida | | Check the licences more carefully.
Y N N PARTIAL | Municipal inspectors | | Visit every fireworks store in the province unannounced once a year and weigh the stock against the licence.
N N N DETECTS | | | Improve enforcement.
Y Y Y PREVENTS | Maximiliaan Oudejans | 2001-03-31 | Require test reports for every imported fireworks class before a storage licence may list it.
N Y N DETECTS | Fire brigade | 2000-09-01 | Prepare crews for the worst case.
N Y N PARTIAL | Customs | | Share information with the municipalities.
Y Y N DETECTS | | | Send import declarations for fireworks to the municipality where they will be stored within five working days of arrival.
N Y Y PREVENTS | Folkert Wolthekker | | Ensure storage is always within permit.
""",
ww="""
C | The fire brigade's first two engines were on site within minutes, and the alarm got much of the street out before the main blast.
V | Support from across the country was overwhelming.
V | Enschede is a strong city.
"""))

# 14. Sea Empress, 15 February 1996: the tanker grounded on the mid-channel rocks at the entrance to Milford Haven with
# about 130,000 tonnes of crude; during refloating and salvage over six days about 72,000 tonnes were lost; the MAIB
# report pointed to pilotage practice, tidal set at the entrance and salvage command arrangements.
S.append(dict(url="https://en.wikipedia.org/wiki/Sea_Empress_oil_spill",
people=["Hilarion Fitzwarine", "Theodolinda Illingsworth", "Tertullian Oudkerk", "Vitalija Oyinlola-Hughes"],
blame="""
B failure-verb | The pilot misjudged the tide set and missed the channel, and Fitzwarine has been in and out of that haven for years.
B passive-agent | The decision to bring her in on the ebb was taken by Tertullian without asking the master.
B counterfactual | If Theodolinda had ordered the tugs out earlier, she would have come off the rocks the first night with half the spill.
B group-blame | The port authority and the salvage people spent six days arguing about who was in charge while the oil poured out.
B nobody-blame | No one in the pilot office thought a tanker that size needed two pilots at night.
B rhetorical-question | Why in God's name did they try to tow her in the middle of a gale?
B character | Everyone on the quay knows Oudkerk is reckless and does things his way.
B human-error | Bottom line: pilot error, there is no other way to describe it.
O system-failure | The ship's track failed to allow for the tidal set across the entrance, and she grounded on the mid-channel rocks.
O system-should | The pilotage rules should have set a limit on the draught of tankers entering at night on that state of tide.
O actor-neutral | Vitalija was the duty officer at the coastguard station and logged the grounding call at 20:07.
O neutral-fact | About 72,000 tonnes of crude oil were lost over six days before the ship was finally brought into the haven.
O policy-subject | The salvage arrangement Hilarion worked under did not say who had the final say when the port and the salvors disagreed.
O system-counterfactual | Had the port had tugs on station at the entrance, the refloating would not have waited for help to arrive from elsewhere.
O agentless-passive | The ship was finally refloated on 21 February and brought alongside a jetty inside the haven.
O credit | The coastguard log made it possible to rebuild who decided what during the six days of salvage.
""",
actions="""
Y Y N PREVENTS | Port authority | 1997-06-30 | Set a maximum draught and minimum tide height for laden tankers entering at night and publish it in the pilotage directions.
N N N PARTIAL | we | | Learn the lessons of the Sea Empress.
Y Y Y PARTIAL | Vitalija Oyinlola-Hughes | 1996-12-31 | Write a salvage command plan that names one person with the final say during a casualty, and exercise it twice a year.
N Y Y DETECTS | Tertullian | | Allow for the tidal stream properly.
Y N N PARTIAL | Tug operators | | Keep two tugs of at least 40 tonnes bollard pull on station at the haven entrance for every laden tanker movement.
N N N PREVENTS | Government | 1997-01-01 | Protect the Pembrokeshire coast.
Y Y N DETECTS | | | Fit a radar system at the entrance that warns the pilot when a tanker's track is within 100 metres of the mid-channel rocks.
N Y N PARTIAL | Salvage team | | Act more quickly next time.
N Y Y DETECTS | Theodolinda Illingsworth | | Look into the radar cover at the entrance.
Y Y N PARTIAL | | 1996-09-30 | Require two pilots on every laden tanker over 100,000 tonnes entering at night.
N Y N DETECTS | Marine pollution control | | Be ready for the next spill.
""",
ww="""
C | The clean-up teams had most of the beaches open again by the summer season.
V | Volunteers showed tremendous community spirit.
C | The coastguard log recorded each decision and its time, which made the inquiry's reconstruction possible.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# heldout29 rules data (see ../rules/SOURCES-heldout29.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Qantas 72 ADIRU / flight-control upset 2008, Airbus A400M Seville ECU calibration
# files 2015, Ofqual A-level standardisation model 2020, USS Yorktown Smart Ship divide-by-zero 1997, Cruise robotaxi
# pedestrian drag and disclosure 2023, F-22 International Date Line navigation failure 2007, IRS Tax Day outage 2018)
# and 7 outside software (Tay Bridge 1879, Quebec Bridge 1907, Boston molasses flood 1919, Teton Dam 1976, Hinton
# train collision 1986, The Station nightclub fire 2003, American Airlines 191 1979).
# Styles vary: airline engineering chat, pilot forum, translated English (Spanish, French, German engineers),
# civil-service briefing and teacher forum, Navy sitrep and message style, Slack and legal-review prose, squadron
# debrief, agency bridge chat and tickets, Victorian inquiry prose and letters, 1900s telegrams and commission prose,
# court-auditor testimony, 1970s field radio logs and memos, railway crew talk, fire-marshal notes and web comments,
# maintenance shift notes and NTSB-style prose.
S = []

# 1. Qantas 72, 7 Oct 2008: A330 VH-QPA Singapore-Perth, 37,000 ft, one of three ADIRUs sent intermittent spikes,
# the flight control primary computers commanded two pitch-downs (12:42 and 12:45), diversion to Learmonth, 119
# injured (12 serious), RFDS and CareFlight; ATSB found the ADIRU fault and an FCPC algorithm design limitation.
S.append(dict(url="https://en.wikipedia.org/wiki/Qantas_Flight_72",
people=["Somerled Aubusson", "Taryn Kilcoyne", "Piaras Mayhead", "Shobhana Venkatram"],
blame="""
B failure-verb | Piaras skipped the QRH step for the IR fault and went straight to re-engaging the autopilot.
B counterfactual | If Somerled had switched IR 1 off at the first caution, the second pitch-down would never have happened.
B passive-agent | The decision to press on towards Perth after the first upset was taken by Somerled alone, without calling the second officer back to the flight deck.
B group-blame | Northrop's test engineers signed off a unit that could spit garbage angle-of-attack values every couple of seconds, end of story.
B competence | Anyone who understood the control law would have known one bad AOA spike could command a pitch-down; clearly nobody in Toulouse did.
B human-error | Preliminary finding (draft): crew error in handling the IR 1 fault led to the second upset.
B sarcasm | Nice one, maintenance control, clearing the same ADIRU fault three times and calling it fixed.
B rhetorical-question | Who in their right mind reseats a faulty ADIRU and sends the jet back out over the Indian Ocean?
O system-failure | One of the three ADIRUs began sending intermittent spikes in angle-of-attack data, and the flight control computer failed to screen out two of them.
O system-should | The FCPC should have rejected an angle-of-attack value that disagreed with the other two sources; its filtering had a gap for spikes 1.2 seconds apart.
O actor-neutral | Somerled disconnected the autopilot, flew the aircraft back to its cleared level and asked for a diversion to Learmonth.
O neutral-fact | The aircraft was at 37,000 ft about 80 nm from Learmonth when the first pitch-down began at 12:42.
O policy-subject | The troubleshooting manual Shobhana quoted allowed a reset-and-monitor response to the ADIRU fault messages rather than removal of the unit.
O system-counterfactual | If the FCPC had held the last valid value for longer than 1.2 seconds, the spike pattern would have been filtered out.
O agentless-passive | Fourteen people were flown to Perth by the Royal Flying Doctor Service and CareFlight, and 39 others went to hospital.
O credit | Piaras walked the cabin between the two upsets and had the senior purser get everyone seated and belted, which is why fewer people were hurt the second time.
""",
actions="""
Y Y N PREVENTS | Flight control software (Airbus) | 2009-06-30 | Change the FCPC angle-of-attack algorithm so that spikes from one ADIRU cannot command pitch, and show it in a bench test replaying the VH-QPA data.
N N N DETECTS | we | | Keep a closer watch on ADIRU behaviour across the fleet.
Y Y Y DETECTS | Taryn Kilcoyne | 2008-11-14 | Pull the ADIRU fault logs for every A330 in the fleet and list each unit with more than two recorded faults in the last 12 months.
N Y Y PARTIAL | Shobhana | 2008-12-01 | Look into the ADIRU maintenance history.
Y Y N PARTIAL | Cabin safety | 2008-12-15 | Add a keep-your-seatbelt-fastened PA to the cruise announcements and confirm it is in every A330 and 747 PA script.
N N N PREVENTS | Engineering | | Make the flight controls more robust.
Y Y Y PARTIAL | Piaras Mayhead | 2008-11-30 | Add a QRH step telling crews to select the affected IR switch OFF when NAV IR FAULT comes with spurious stall warnings, and get it approved by the fleet manager.
N Y N DETECTS | Maintenance control | | Pay more attention to repeat ADIRU defects.
Y N N PARTIAL | Flight operations | 2009-03-31 | Run an uncommanded-pitch scenario in the simulator for all A330 pilots, each completing it once before their next line check.
N N Y PARTIAL | Somerled | | Spread the word to the other fleets.
Y Y N DETECTS | Reliability engineering | | Raise a defect alert when any ADIRU logs the same fault code on three sectors within 30 days.
""",
ww="""
C | The senior purser's call to the flight deck at 12:46 gave the captain an injury count before he asked for the diversion.
C | The RAAF base at Learmonth had its fire and medical crews on the apron within twenty minutes of the MAYDAY.
V | The crew were absolute legends.
"""))

# 2. Airbus A400M MSN23, Seville, 9 May 2015: pre-delivery test flight for Turkey; torque calibration parameters
# wiped on three engines during ECU software installation; engines did not respond properly after take-off; first
# ECU warning only above 400 ft; struck a power pylon; four of six crew died; ECU checks ordered 20 May.
S.append(dict(url="https://www.theregister.com/2015/06/10/airbus_a400m_probe_torque_data/",
people=["Ignacio Barrueco", "Heike Strassburger", "Anselme Dutrieux", "Mercedes Olabarria"],
blame="""
B passive-agent | The ECU software was loaded by Ignacio on the three engines and nobody verified the torque calibration files afterwards.
B failure-verb | Heike forgot to run the parameter-file check after the load, she told it herself in the interview.
B group-blame | The installation team in Sevilla did not follow the procedure, this is the whole problem, the rest is details.
B counterfactual | If Anselme had compared the checksum of each engine file before signing the task card, the aircraft would never have taken off with three bad engines.
B hindsight | Every technician knows you verify the calibration data after a software load, it is the first thing they learn.
B human-error | Probable cause (first draft, translated): human error during the software installation at the final assembly line.
B sanction | The persons responsible for the task card on MSN23 must be removed from the final assembly line until the investigation ends.
B character | Mercedes is too relaxed with the paperwork, she always signs first and checks later.
O system-failure | The ECUs on engines 1, 2 and 3 had no torque calibration parameters and failed to respond normally to the thrust levers after take-off.
O system-should | The installation tool should have refused to finish when a calibration file was missing, but it reported the load as successful.
O neutral-fact | The aircraft, built for the Turkish Air Force, crashed into an electricity pylon near Sevilla on 9 May 2015; four of the six crew died.
O actor-neutral | Mercedes downloaded the ECU data logs on 12 May and saw that three engines had empty parameter fields.
O policy-subject | According to Heike, the ground test sequence included no engine run that would show the missing torque data before a first flight.
O system-counterfactual | With a cockpit warning on the ground instead of only above 400 ft, the crew would have seen the ECU problem before take-off.
O agentless-passive | Operators were asked on 20 May to carry out specific checks of the ECUs on all delivered aircraft.
O meta-blameless | The newspapers wrote "technicians erased the data"; our question is why a software load could erase it without any alarm.
""",
actions="""
Y Y N PREVENTS | ECU software tools | 2015-07-31 | Make the installation tool abort with an error when any engine's torque calibration file is missing or has a wrong checksum.
N N N PARTIAL | Final assembly line | | Be more rigorous with software installations.
Y Y Y DETECTS | Heike Strassburger | 2015-06-30 | Add a ground engine run at 60% power to the acceptance test and record each engine's torque reading on the test sheet.
N Y Y PARTIAL | Ignacio | 2015-09-01 | Review the task cards for MSN23.
Y Y N PARTIAL | Flight test | 2015-08-15 | Cap every first flight at one circuit over the airfield until all four ECUs have reported valid torque data on the ground.
N N N DETECTS | we | | Monitor the engines better during test flights.
Y N N PREVENTS | Engine programme | 2016-03-31 | Store each engine's calibration parameters on the engine itself so an ECU software load can no longer remove them, validated on all four engines of three aircraft.
N Y Y PARTIAL | Anselme | | Talk to the Sevilla team about the procedure.
Y Y Y DETECTS | Mercedes Olabarria | 2015-06-15 | Check the ECU parameter files of every delivered A400M and send each customer a signed result sheet per aircraft.
N Y N PREVENTS | Quality | | Ensure this never happens again on the line.
N N N PARTIAL | | | Improve communication with the customer nations.
""",
ww="""
C | Mercedes had the ECU logs decoded within three days because the flight test recorder survived.
V | Very good cooperation between all nations.
V | The team spirit in Sevilla was exceptional in these difficult weeks.
"""))

# 3. Ofqual 2020: exams cancelled; centre assessment grades and rank orders standardised by a model using centre
# history; about 39% of A-level CAGs lowered on 13 Aug; small cohorts used CAGs; mock-grade route announced 11 Aug;
# U-turn 17 Aug to the higher of CAG and calculated grade.
S.append(dict(url="https://www.hepi.ac.uk/2020/08/16/a-levels-2020-a-system-without-much-appeal/",
people=["Tryphena Grimsditch", "Kobina Abakah", "Morfudd Scadding", "Iestyn Pughsley"],
blame="""
B failure-verb | Iestyn's modelling team never tested the standardisation on a single real sixth-form cohort before results day.
B group-blame | Ofqual's statisticians decided a kid's grade should depend on how their school did three years ago, and they should answer for that.
B passive-agent | The small-cohort rule that favoured private schools was approved by Tryphena without anyone modelling who it helped.
B counterfactual | If Morfudd had listened to the heads who wrote in July, none of this would have happened.
B rhetorical-question | who signs off an algorithm that downgrades 40% of teacher grades and thinks nobody will notice??
B sarcasm | Well done to the exam regulator for discovering that postcodes aren't grades, only four days after results.
B competence | The people who built this model clearly don't understand how a sixth form actually works.
B self-blame | I wrote the appeals guidance in a hurry and it's my fault the mock-grade route made things worse for students.
O system-failure | The standardisation model moved about 39% of A-level centre assessment grades down by at least one grade.
O system-should | The model should have flagged centres where its output differed sharply from the teacher rankings instead of applying the historical distribution silently.
O actor-neutral | Kobina sent the Department the centre-level downgrade figures on the evening of results day.
O policy-subject | The ministerial direction, which Tryphena read out at the board meeting, required national results to stay in line with previous years.
O neutral-fact | Teacher grades were used directly where a centre had very few entries in a subject and partly for cohorts under fifteen.
O system-counterfactual | Had the appeals process accepted evidence of individual attainment, most downgraded students could have been corrected within days.
O agentless-passive | The calculated grades were withdrawn on 17 August and students were awarded the higher of the two grades.
O quoted-question | A parent asked on the forum "who decided my daughter's grade from a spreadsheet?"; the answer is that the model design set grades from centre history, not from her work.
""",
actions="""
Y Y N PARTIAL | Standards and research | 2020-12-18 | Publish the model's results broken down by centre type and school size for public consultation before any model is used to award grades again.
N N N PARTIAL | Ofqual | | Restore public trust in exam results.
Y Y Y PARTIAL | Kobina Abakah | 2020-09-04 | Re-issue corrected grades to every 2020 A-level candidate whose teacher grade was higher than the calculated grade, and confirm UCAS received each file.
N Y Y PREVENTS | Tryphena | 2020-10-30 | Reflect on how the algorithm was signed off.
Y Y N DETECTS | Statistics team | 2020-11-30 | Run any grading model against the 2019 cohort before use and report every centre where more than 20% of grades move by two or more grades.
N N N DETECTS | we | | Listen to teachers more.
Y N N PREVENTS | Policy directorate | 2021-01-31 | Write into the awarding rules that no grade may be lowered by a model unless an individual appeal route is open to the student on results day.
N Y Y PARTIAL | @morfudd | | Sort the comms out for next year's results.
Y Y Y PARTIAL | Iestyn Pughsley | 2020-10-15 | Document every parameter of the 2020 standardisation model in one technical report and publish it with the code used to run it.
N Y N PARTIAL | Exam boards | | Handle appeals more quickly.
Y Y N PARTIAL | Communications | 2020-09-30 | Send every school the list of its candidates' calculated and teacher grades 48 hours before results day.
""",
ww="""
C | Publishing the full technical report on results day let outside statisticians find the small-cohort effect within hours.
C | Universities that held places open until 7 September avoided withdrawing offers from students who were later upgraded.
V | Everyone worked incredibly hard over a difficult summer.
"""))

# 4. USS Yorktown (CG-48), 21 Sep 1997: Smart Ship LAN of Windows NT machines; a zero entered in a database field
# caused a divide-by-zero in the remote database manager; the failure spread and propulsion control was lost; dead in
# the water for roughly 2 h 45 min off Cape Charles, Virginia.
S.append(dict(url="https://medium.com/@bishr_tabbaa/when-smart-ships-divide-by-zer0-uss-yorktown-4e53837f75b2",
people=["Elbridge Batchelder", "Soledad Quinonero", "Tavish McCrindle", "Marijke Hoogstraten"],
blame="""
B failure-verb | Batchelder entered a zero into the remote valve database field and never checked what the system did with it.
B counterfactual | If Tavish had kept the manual propulsion panel manned, we'd have been under way again in ten minutes, not three hours.
B group-blame | Smart Ship program office rushed NT onto a cruiser and the snipes paid for it off Cape Charles.
B human-error | CAUSE (PER INITIAL SITREP): OPERATOR DATA ENTRY ERROR AT ENGINEERING CONSOLE.
B passive-agent | The plan to run propulsion control through one shared database was pushed through by Marijke over the objections of the engineering department.
B role-blame | The watch supervisor let an untrained striker update the database during an underway exercise.
B repeat-offender | This is the second time Batchelder has crashed the LAN this quarter; get him off the console.
B timeline-blame | 1410 zero entered in valve field by PO2 Batchelder (should have known better). 1412 LAN-wide crash. 1655 propulsion restored.
O system-failure | A divide-by-zero in the remote database manager caused an overflow that took down the machines on the ship's LAN, and propulsion control went with them.
O system-should | The application should have validated the field and rejected a zero before it ever reached the calculation.
O actor-neutral | Tavish ordered the engineering watch to shift to local control at the main reduction gear.
O neutral-fact | Yorktown was dead in the water for about two hours and forty-five minutes off Cape Charles, Virginia on 21 September 1997.
O policy-subject | The 1996 Smart Ship configuration, as Soledad described it, had removed the separate control path the ship used before.
O system-counterfactual | Had each console run its own copy of the valve data, one bad entry would have stopped one display rather than the whole network.
O agentless-passive | The database was restored from the previous night's copy and the consoles were brought back one at a time.
O self-report | I was on the bridge when the engine order telegraph stopped responding, and I logged the time as 1412.
""",
actions="""
Y Y N PREVENTS | Smart Ship software | 1997-11-15 | Add input validation to the remote database manager so that a zero or empty value in any divisor field is rejected with an error message.
N N N PARTIAL | Engineering department | | Train the watch better on the new systems.
Y Y Y PARTIAL | Tavish McCrindle | 1997-10-31 | Qualify every engineering watch section on shifting to local control, each section doing it in under 15 minutes on a drill.
N Y Y DETECTS | Soledad | | Keep an eye on LAN health during exercises.
Y Y N PARTIAL | Program office | 1998-03-31 | Split the propulsion control path from the shared database so that a failed database leaves the throttles working, demonstrated in a pierside test.
N N N PREVENTS | everyone | | No more dead-in-the-water days.
Y Y N DETECTS | Combat systems | | Sound an alarm on the bridge within 30 seconds when any propulsion console stops receiving data from the LAN.
N Y Y PARTIAL | Marijke Hoogstraten | 1998-01-15 | Review the Smart Ship lessons.
Y Y Y PARTIAL | Elbridge Batchelder | 1997-10-10 | Write a one-page card listing each database field's allowed values and post it at all three engineering consoles.
N Y N PREVENTS | Contractor | 1998-06-30 | Make the software more robust.
N N N PARTIAL | | | Better lessons learned process for the fleet.
""",
ww="""
C | The engineering watch had the local-control procedure taped inside the console cover, so nobody had to hunt for it.
V | Outstanding professionalism from the crew.
V | Good attitude in the engine room all afternoon.
"""))

# 5. Cruise, San Francisco, 2 Oct 2023: a hit-and-run driver threw a pedestrian into the path of a Cruise AV; the
# AV braked, classified the impact as a side collision and pulled over about 20 ft at up to 7 mph with her beneath;
# regulators were not clearly told of the pullover at the 3 Oct meetings (video streaming problems); DMV suspended
# permits 24 Oct; Quinn Emanuel report Jan 2024 (88 interviews, "poor leadership, mistakes in judgment").
S.append(dict(url="https://getcruise.com/news/blog/2024/cruise-releases-third-party-findings-regarding-october-2/",
people=["Citlalmina Barragan", "Aslaug Tollefsrud", "Zelmira Quarterman", "Wigbert Wohlgemuth"],
blame="""
B passive-agent | The clipped video that went to the DMV was chosen by Aslaug, and the full one sat on a laptop for two weeks.
B failure-verb | Citlalmina neglected to mention the pullover maneuver in the 3 October meeting even though she had seen the full clip.
B counterfactual | If Wigbert had just said "the car moved 20 feet with her underneath" in the first briefing, we'd still have our permit.
B group-blame | The comms team was so busy fighting the media story that they forgot regulators were reading it too.
B sarcasm | Amazing crisis comms, everyone: we managed to turn somebody else's hit-and-run into our own scandal.
B competence | Leadership here plainly didn't understand what a regulator means by full disclosure.
B nobody-blame | nobody bothered to read the NHTSA report before it was filed, apparently
B mistake-attribution | Losing the permit was Aslaug's mistake and everyone on this channel knows it.
O system-failure | The AV classified the impact as a side collision and started a pullover, moving about 20 feet at up to 7 mph with the pedestrian under the vehicle.
O system-should | The collision-response logic should have kept the vehicle stopped once it detected a person near or under the car.
O actor-neutral | Zelmira played the full video in the incident channel at 02:10 and flagged the movement after impact.
O neutral-fact | A human-driven car struck the pedestrian first and threw her into the AV's lane at about 21:30 near Union Square.
O policy-subject | Our regulator-meeting playbook, which Aslaug had helped write, did not require a written summary of the vehicle's full trajectory.
O system-counterfactual | If the video had been sent as a file before the meeting rather than streamed over a bad connection, every attendee would have seen the whole sequence.
O agentless-passive | The DMV suspended the driverless permits on 24 October and the fleet was grounded nationwide shortly after.
O action-item | Wigbert, can you pull the full-length video and the AV trajectory plot into one folder for legal by noon?
""",
actions="""
Y Y N PREVENTS | AV behavior team | 2023-12-15 | Change the post-collision logic so the vehicle stays stopped after any impact with a pedestrian, and replay the 2 October log to show that it does.
N N N PARTIAL | Government affairs | | Rebuild trust with regulators.
Y Y Y PARTIAL | Aslaug Tollefsrud | 2023-11-17 | Send each regulator who attended the 3 October meetings the full video, the trajectory plot and a written description of the pullover maneuver.
N Y Y PARTIAL | Citlalmina | 2024-01-31 | Revisit how we prepare for regulator meetings.
Y Y N PREVENTS | Legal | 2024-02-29 | Write a disclosure checklist for incident reports that lists every vehicle movement after first contact, and have two reviewers sign it before filing.
N N N DETECTS | we | | Be more transparent going forward.
Y Y N DETECTS | Remote assistance | | Page the on-call safety lead within 5 minutes when any AV reports a collision with a pedestrian or cyclist.
N Y Y PARTIAL | Wigbert Wohlgemuth | | Improve the incident response process.
Y N N DETECTS | Safety engineering | 2024-06-30 | Re-run all 2023 collision logs through the updated logic and publish the count of cases where the vehicle moved after contact.
N Y N PARTIAL | Communications | | Get the messaging right next time.
Y Y Y PARTIAL | Zelmira Quarterman | 2023-11-03 | Store the full-length video of every injury collision in the incident folder within 2 hours of the event.
""",
ww="""
C | Zelmira's timestamped clip in the incident channel meant the drag was known internally before the first regulator meeting.
C | Remote assistance had already locked the vehicle in place, so the fire crew could lift it without it moving again.
V | Really proud of how the team handled a very hard night.
"""))

# 6. F-22 Raptor, 11 Feb 2007: six F-22s flying Hickam to Kadena with tankers; on crossing the International Date
# Line the navigation, part of communications and fuel subsystems failed and would not reset; the fighters followed
# the tankers back to Hawaii in good weather; the software was fixed in about 48 hours.
S.append(dict(url="http://www.defensetech.org/2007/02/27/that-deaf-dumb-and-blind-jet/",
people=["Brantley Ostrowski", "Remedios Farraday", "Hendrawan Tjahjono", "Ione Quarless"],
blame="""
B failure-verb | Hendrawan's software group skipped the date-line case entirely because they assumed the jet would never fly that far west.
B group-blame | The contractor's nav software people let six jets go deaf and blind over the Pacific, that's on them.
B counterfactual | If Remedios had put a 180th-meridian case in the test matrix, we'd have found this in the lab two years ago.
B hindsight | Any first-year programmer knows longitude wraps at 180; this should never have reached a jet.
B rhetorical-question | How do you spend that kind of money on a fighter and never test it flying west across the Pacific?
B passive-agent | The decision to skip a long over-water validation sortie before deployment was made by Brantley to hold the schedule.
B sarcasm | Great job, test team: the most advanced fighter in the world, beaten by a calendar.
B human-error | Root cause: coder error in the navigation software, one engineer's mistake.
O system-failure | When the jets crossed the International Date Line, the navigation software and parts of the communications and fuel systems stopped working and did not recover on reset.
O system-should | The navigation software should have handled the longitude change at 180 degrees like any other position update.
O actor-neutral | Ione, flying lead, signalled the tanker crew and the formation turned back towards Hawaii.
O neutral-fact | The flight left Hickam on 11 February 2007 for Kadena; the fix took about 48 hours and the deployment then went ahead.
O policy-subject | The software test requirements, Remedios confirmed, did not list a date-line crossing as a condition to verify.
O system-counterfactual | If the fighters had been separated from the tankers or the weather had been poor, the lost navigation would have been far more dangerous.
O agentless-passive | The software was patched and tested on the ground in Hawaii before the aircraft were cleared to try again.
O credit | Thanks to the tanker crews, who stayed with the fighters all the way back and gave them headings by radio and hand signals.
""",
actions="""
Y Y N PREVENTS | Avionics software (contractor) | 2007-04-30 | Add test cases for crossing the 180th meridian, the equator and the poles to the navigation regression suite and show them passing on the integration rig.
N N N PARTIAL | Test community | | Test more realistically.
Y Y Y PARTIAL | Ione Quarless | 2007-03-15 | Brief every F-22 pilot deploying across the Pacific on the date-line fault and the tanker-follow procedure before their transpac.
N Y Y DETECTS | Hendrawan | | Keep watching for similar date issues.
Y N N DETECTS | Program office | 2007-09-30 | Require an over-water validation sortie crossing the date line before any new software block is released to operational squadrons.
N N N PREVENTS | everyone | | Never let a jet go blind over the ocean again.
Y Y N PARTIAL | Tanker wing | | Keep a tanker paired with each fighter element for the whole transpac until the new software block has flown one clean crossing.
N Y Y PARTIAL | Brantley Ostrowski | 2007-05-01 | Look at the deployment schedule pressures.
Y Y Y PREVENTS | Remedios Farraday | 2007-06-01 | Add date-line, leap-day and year-end cases to the software test requirements document and get the revision signed.
N Y N DETECTS | Maintenance | | Be more vigilant about avionics faults.
N N N PARTIAL | | | Capture what we learned from the transpac.
""",
ww="""
C | Flying in formation with the tankers gave the fighters a working navigation source all the way back to Hickam.
V | Superb airmanship all round.
V | Everyone kept calm, which was great.
"""))

# 7. IRS, Tax Day 17 Apr 2018: e-file acceptance, Direct Pay and other online services down from shortly after
# midnight; the IRS said "hardware-related"; "hard reboot"; ~5 million returns expected on the last day; systems back
# late Tuesday afternoon; deadline extended to midnight 18 April; IMF and BMF about 58 years old.
S.append(dict(url="https://www.nextgov.com/cybersecurity/2018/04/irs-online-services-go-down-most-important-day-tax-season/147514/?oref=ng-river",
people=["Jerusha Pettibone", "Raymundo Quiroga", "Chinasa Eluwa", "Ephraim Ekstrandt"],
blame="""
B failure-verb | Ephraim missed the disk warnings on the IMF host all weekend and nobody heard about it until 2am Tuesday.
B passive-agent | The hardware refresh for that system was deferred by Jerusha two years in a row.
B counterfactual | If Raymundo had failed over to the backup at 3am instead of trying to reboot the primary, we'd have been accepting returns by breakfast.
B group-blame | Operations blew the single most important day of the year for the whole agency.
B rhetorical-question | Seriously, who staffs nobody extra on the bridge on Tax Day?
B character | Chinasa is always optimistic on status calls; she said "thirty minutes" six times on Tuesday.
B sanction | Somebody in ops should lose their job over this, five million returns on the line.
B nobody-blame | Nobody checked whether the spare was actually configured before the busiest day of the year.
O system-failure | A hardware failure in the system supporting the Individual Master File stopped e-file acceptance and Direct Pay from shortly after midnight on 17 April.
O system-should | The processing environment should have failed over to standby hardware without waiting for a manual decision at 2am.
O actor-neutral | Raymundo opened the bridge at 02:40 and paged the hardware vendor.
O neutral-fact | About five million returns are filed on the final day; the deadline was moved to midnight on 18 April.
O policy-subject | The capital plan Jerusha presented had ranked the IMF hardware refresh below other projects for two budget cycles.
O system-counterfactual | Had the e-file front end queued submissions while the back end was down, taxpayers could have filed all day and been processed later.
O agentless-passive | Systems were restored late Tuesday afternoon and the extension was announced that evening.
O meta-blameless | Commentators blamed "IRS incompetence"; this review asks why one hardware failure could stop e-file on the busiest day of the year.
""",
actions="""
Y Y N PREVENTS | Enterprise operations | 2018-12-31 | Replace the failed IMF host hardware and show a failover to standby hardware completing in under 30 minutes in a January test.
N N N PARTIAL | IT modernization | | Modernize legacy systems.
Y Y Y DETECTS | Ephraim Ekstrandt | 2018-05-31 | Route hardware health alerts from the IMF hosts to the 24x7 operations pager, tested by a simulated disk fault.
N Y Y PARTIAL | Chinasa | 2018-06-30 | Work on better status communication.
Y Y N PARTIAL | e-File team | 2019-03-01 | Let the e-file front end accept and queue returns for up to 24 hours when back-end processing is down, proven in a load test at peak-day volume.
N N N DETECTS | we | | Be ready for Tax Day next year.
Y Y N PARTIAL | Filing season readiness | 2019-04-01 | Freeze all non-emergency changes to filing systems from 1 April to 17 April and staff the operations bridge around the clock for the last three days.
N Y Y PREVENTS | Jerusha Pettibone | | Make the case for more hardware funding.
Y N N PREVENTS | CIO office | 2020-09-30 | Move Individual Master File processing onto supported hardware with a tested standby in a second data center.
N Y N PARTIAL | Taxpayer communications | | Improve the website messaging during outages.
Y Y Y PARTIAL | Raymundo Quiroga | 2018-05-15 | Write the decision rule for extending a filing deadline after an outage, in hours of downtime and share of filers affected, and get it approved by the commissioner's office.
""",
ww="""
C | The vendor's engineer was on the bridge call within an hour, which made the hard-reboot decision faster.
C | Paper filers and third-party software could still submit, so the extension only had to cover one extra day.
V | Huge thanks to everyone for the long hours.
"""))

# 8. Tay Bridge, 28 Dec 1879: high girders fell during a violent storm as the Burntisland-Dundee train crossed at
# about 19:16; all aboard died (59 known, up to 75 estimated); no explicit wind allowance; flaws in detailed design,
# castings and maintenance; Court of Inquiry reported 30 June 1880; later designs allowed 56 lb per sq ft.
S.append(dict(url="https://en.wikipedia.org/wiki/Tay_Bridge_disaster",
people=["Erasmus Pitcairn", "Torcall Kininmonth", "Jessamine Auchterlonie", "Ninian Ferrier"],
blame="""
B failure-verb | Mr Pitcairn, the designing engineer, omitted any allowance for the pressure of wind on the high girders, and the bridge fell in consequence of that omission.
B passive-agent | The defective castings from the Wormit foundry were passed by Mr Kininmonth, whose inspection consisted of little more than a glance.
B counterfactual | Had Mr Ferrier reported the loose tie-bars when first he heard them chattering, the bridge might have been strengthened before the gale.
B group-blame | The foundry men filled the blow-holes in the columns with Beaumont egg and painted them over, and that is where the fault lies.
B character | Mr Pitcairn was a man who cared more for cheapness and speed than for the soundness of his work.
B hindsight | Any engineer of ordinary prudence would have known that a high-girder bridge over the Tay must be designed for gales.
B timeline-blame | 7.13 pm. Signalman at the south cabin gives the train the baton, though he could see well enough the weather was unfit for crossing.
B sanction | Whoever sanctioned the running of trains at speed over the high girders ought to be prosecuted.
O system-failure | The high girders fell into the Firth during a violent storm on the evening of 28 December 1879, taking the train and everyone aboard with them.
O system-should | The design should have allowed for wind loading on the high girders and on a train standing upon them.
O actor-neutral | Mr Ferrier, the inspector of maintenance, had tie-bars re-wedged on several piers in the autumn of 1879.
O neutral-fact | Some sixty bodies were recovered, and the number of those lost has been put as high as seventy-five.
O policy-subject | As Miss Auchterlonie observed in her letter to the Courier, the company's rules set no wind limit beyond which trains should be held from crossing.
O system-counterfactual | Had the piers been wider at the base and more strongly braced, the structure would in all likelihood have withstood the gale.
O agentless-passive | A Court of Inquiry was convened within days and its report was delivered at the end of June 1880.
O org-subject | The railway company had approved a single-line bridge with the narrowest piers the contract allowed, to keep the cost within the subscribed capital.
""",
actions="""
Y Y N PREVENTS | Board of Trade | 1880-12-31 | Require every new railway bridge design submitted for approval to show calculations for a wind pressure of 56 lb per square foot.
N N N PARTIAL | The railway company | | Take greater care with bridges generally.
Y Y Y DETECTS | Ninian Ferrier | 1880-03-31 | Gauge every tie-bar on the remaining piers monthly and enter in the maintenance book any that has moved more than an eighth of an inch.
N Y Y PARTIAL | Mr Kininmonth | | Keep a closer watch on the foundry.
Y Y N PARTIAL | Traffic department | 1880-02-01 | Limit trains over any high-girder bridge to 25 miles an hour and post the limit in both signal cabins.
N N N PREVENTS | we | | Ensure no such calamity recurs.
Y Y N PARTIAL | Signal cabins | | Hold every train at the south cabin while the anemometer reads above the gale mark, and telegraph the north cabin each time it is done.
N Y Y PARTIAL | Erasmus Pitcairn | 1880-06-30 | Reconsider the design of the Forth crossing.
Y N N PREVENTS | Engineers of the new bridge | 1887-06-20 | Build the replacement bridge on double-track piers designed for the full wind loading, with every casting load-tested before erection.
N Y N PARTIAL | Foundry | | Produce better castings.
N N N PARTIAL | | | See that the bereaved families are looked after.
""",
ww="""
C | The north cabin telegraphed the alarm at once, so the Broughty Ferry boatmen were on the water searching within the hour.
V | The townspeople showed great fortitude.
V | The response of the community was admirable in every way.
"""))

# 9. Quebec Bridge, 29 Aug 1907: cantilever over the St. Lawrence, span lengthened to 1,800 ft; dead load
# underestimated (about eight million pounds); chord A9L had been dropped and bent in 1905; deflections measured by the
# site inspector, who went to New York to consult the consulting engineer; south arm fell about 17:30; 75 of 86 died,
# 33 of them Mohawk ironworkers from Kahnawake; Royal Commission; second collapse 1916, completed 1917.
S.append(dict(url="https://eng-resources.charlotte.edu/failurecasestudies/bridge-failure-cases/the-collapse-of-the-quebec-bridge-1907/",
people=["Lemuel Hartsough", "Hiram Quackenbush", "Evariste Lachapelle", "Zerelda Ressler"],
blame="""
B passive-agent | The increase of the span to 1,800 feet was approved by Mr Hartsough without any fresh computation of the dead load.
B failure-verb | Mr Quackenbush neglected to recompute the weights after the span was lengthened, and the chords carried millions of pounds more than he had allowed.
B counterfactual | If Mr Hartsough had come to the site once in those four years, he would have seen the bent chords for himself.
B competence | The company's chief engineer was plainly not competent to judge a problem of this magnitude.
B timeline-blame | 29 Aug, morning: Lachapelle leaves for New York to consult instead of stopping the work. 17:30: south arm falls.
B group-blame | The office men in Phoenixville sat arguing over deflections while the men on the arm kept riveting.
B human-error | The failure was due to an error of judgment on the part of the engineers in charge, and to nothing else.
B character | Mr Hartsough was too proud to accept that a government engineer could question his stresses.
O system-failure | Chord A9L of the south anchor arm buckled under compression, and the anchor arm, cantilever arm and partly built suspended span fell into the St. Lawrence.
O system-should | The lattice bracing of the compression chords should have been strong enough to hold the chord plates together under the full dead load.
O actor-neutral | Mr Lachapelle measured the chord deflections on 27 August and wrote to the consulting engineer the same day.
O neutral-fact | Of the 86 men on the bridge that afternoon, 75 died, 33 of them Mohawk ironworkers from Kahnawake.
O policy-subject | The contract, as Miss Ressler pointed out, left the consulting engineer in New York with sole authority to stop the work.
O system-counterfactual | Had the dead-load figures been recomputed when the span was lengthened, the chord sections would have been enlarged before fabrication.
O agentless-passive | A telegram ordering that no more load be added was sent from New York that afternoon but had not been acted on when the arm fell.
O quoted-question | The newspapers asked "who let them go on working?"; the commission's answer was that no one at the site held the power to stop the job.
""",
actions="""
Y Y N PREVENTS | Government engineering board | 1908-06-30 | Recompute the dead load of every member for the new design and have an independent engineer check the figures before fabrication begins.
N N N PARTIAL | Quebec Bridge Company | | Improve supervision of the work.
Y Y Y PREVENTS | Zerelda Ressler | 1908-03-31 | Give the resident engineer written authority to halt erection on his own signature, and post the order in the site office.
N Y Y DETECTS | Lachapelle | | Pay closer attention to the chord readings.
Y Y N DETECTS | Site inspection | | Measure the straightness of every compression chord weekly and stop erection if any deviates more than three-quarters of an inch from the shop drawing.
N N N PARTIAL | everyone | | Work more safely on high steel.
Y Y N PARTIAL | Testing laboratory | 1908-01-31 | Load-test scale models of the compression chord latticing to failure and publish the results before the new chords are detailed.
N Y Y PREVENTS | Lemuel Hartsough | 1908-05-01 | Give the design a thorough second look.
Y N N PARTIAL | Fabricator | 1909-12-31 | Ship every chord member of the new bridge to site with a signed inspection record of its rivets and latticing.
N Y N PARTIAL | Relief committee | | Help the Kahnawake families.
Y Y Y PARTIAL | Hiram Quackenbush | 1907-12-15 | Send the commission a full statement of the assumed and actual weights of the south arm, member by member.
""",
ww="""
C | The rescue boats already in the river for the work crews reached survivors within minutes.
C | Lachapelle's written deflection measurements let the commission trace the failure to chord A9L.
V | The men showed great courage.
"""))

# 10. Great Molasses Flood, Boston, 15 Jan 1919: Purity Distilling (U.S. Industrial Alcohol) tank at 529 Commercial
# Street, 50 ft high, ~2.3 million gallons, filled almost to the brim two days earlier; leaked at the seams from the
# start; never tested with water; painted brown; treasurer with no engineering background oversaw construction; 21 dead,
# ~150 injured; company blamed anarchists; court-appointed auditor found against the company.
S.append(dict(url="https://wikimili.com/wiki/Great_Molasses_Flood",
people=["Amos Tewksbury", "Assunta Iacobelli", "Erastus Quimby", "Concetta Morabito"],
blame="""
B failure-verb | Mr Tewksbury skipped the water test because the first ship was due and he did not want to lose the cargo.
B passive-agent | The tank was painted brown at the order of Mr Tewksbury so the leaks would not show.
B competence | They put a treasurer who could not read a blueprint in charge of a two-million-gallon tank.
B counterfactual | If Quimby had listened when the men told him the seams were weeping, twenty-one people would be alive.
B sarcasm | Fine engineering, gentlemen: the children of the North End collected your molasses in tin cans for three years.
B group-blame | The company's managers cared about the price of alcohol and nothing else, and the neighbourhood paid for it.
B rhetorical-question | How many complaints did the company need before somebody came to look at that tank?
B implicit | Funny how the company found anarchists to blame the very week the tank came down.
O system-failure | The tank's lower plates and rivets gave way at about 12:30 on 15 January 1919, and a wave of molasses swept along Commercial Street.
O system-should | The tank should have been built with plates thick enough for the full head of molasses, and it should have been filled with water before first use.
O actor-neutral | Concetta reported the groaning noises from the tank to the yard foreman in December.
O neutral-fact | Twenty-one people died and about 150 were injured; a fresh cargo had filled the tank almost to the top two days before.
O policy-subject | The city's building permit, Assunta pointed out, did not call for any engineering review of a storage tank.
O system-counterfactual | Had the tank been tested with water, the leaking seams would have shown before any molasses went in.
O agentless-passive | The court-appointed auditor heard evidence for several years before finding against the company.
O meta-blameless | The company claimed the tank had been bombed; this account asks instead how the tank was designed, tested and watched.
""",
actions="""
Y Y N PREVENTS | Building department | 1920-06-30 | Require a stamped engineer's calculation and a full water test for every storage tank over 100,000 gallons before a permit to fill is issued.
N N N PARTIAL | The company | | Be a better neighbour in the North End.
Y Y Y DETECTS | Erastus Quimby | 1919-03-01 | Walk every company tank weekly and write down any leaking seam, with its height and length, in a log kept at the yard office.
N Y Y PARTIAL | Amos Tewksbury | 1919-06-30 | Review how the tank project was managed.
Y Y N DETECTS | Fire department | 1919-04-30 | Survey the North End waterfront and list every tank over 50 feet high within 200 yards of houses, with its owner.
N N N DETECTS | we | | Pay attention to complaints from residents.
Y N N PARTIAL | Claims office | 1920-12-31 | Pay every injured person and every bereaved family named in the auditor's list, recording each payment.
N Y Y PREVENTS | Concetta Morabito | | Make sure the new tank is safe.
Y Y N PREVENTS | Engineering contractor | 1919-09-30 | Dismantle what remains of the Commercial Street tank and its foundations and take the site out of storage use.
N Y N DETECTS | Yard staff | | Keep an eye on the tank levels.
N N N PARTIAL | | | Take the lessons of the flood to heart.
""",
ww="""
C | Sailors from the training ship at the nearby pier were in the molasses pulling people out within minutes.
V | Boston came together wonderfully.
V | A truly heroic response from everyone.
"""))

# 11. Teton Dam, Idaho, 5 Jun 1976: Bureau of Reclamation earth dam on fissured rhyolite, first filling, reservoir
# rising about 4 ft a day, only emergency outlet works in service; springs seen downstream 3 June; seepage on the face
# 5 June, dozers lost in the hole, breach just before noon; 11 (some counts 14) dead; piping through the wind-blown silt
# core into the jointed rock; led to Reclamation's dam safety programme.
S.append(dict(url="https://eng-resources.charlotte.edu/failurecasestudies/dam-failure-cases/teton-dam-failure-case-study",
people=["Merrill Wardleigh", "Delbert Ostergaard", "Winona Hemsath", "Rulon Fackrell"],
blame="""
B failure-verb | Wardleigh's design section ignored the geologists' warnings about the fissured rhyolite on the right abutment.
B passive-agent | The decision to fill the reservoir before the outlet works were finished was made by Ostergaard to catch the spring runoff.
B counterfactual | If Rulon had started drawing the reservoir down when the springs showed up on 3 June, there would have been time.
B group-blame | Reclamation's Denver office thought it couldn't build a bad dam, and eleven people died of that arrogance.
B hindsight | Any geologist could see that grout wasn't going to seal rock that open.
B timeline-blame | 07:30 crew at the toe finds muddy seepage; 09:30 project engineer still hasn't called downstream (why??); 11:57 breach.
B self-blame | I was the one who logged the 3 June springs as "not unexpected" and I should have pushed it up the line.
B role-blame | The project construction engineer sat on the seepage reports for two days.
O system-failure | The grout curtain failed to seal the open joints in the right abutment, and water piped through the silt core until the dam breached a little before noon.
O system-should | The key trench should have had a filter that stopped the core material washing into the fissures.
O actor-neutral | Winona radioed the county sheriff at 10:43 to start warning Wilford and Sugar City.
O neutral-fact | The reservoir was filling for the first time and rising about four feet a day; only the emergency outlet works could release water.
O policy-subject | Bureau design standards at the time, Delbert noted, set no requirement for instruments to watch seepage during first filling.
O system-counterfactual | With the main outlet works in service, the reservoir could have been drawn down far faster once the leaks appeared.
O agentless-passive | Two dozers were sent into the growing hole with riprap and were lost when the embankment gave way.
O credit | Thanks to Rulon, who drove the crest at first light and was the first to report the wet spot on the downstream face.
""",
actions="""
Y Y N PREVENTS | Design division | 1977-06-30 | Require a filter zone between the core and any jointed foundation rock in every earth dam design, checked by an independent review board.
N N N PARTIAL | Bureau of Reclamation | | Improve the dam safety culture.
Y Y Y DETECTS | Winona Hemsath | 1977-03-31 | Install piezometers and weirs on the abutments of every dam under first filling and read them twice a day until the reservoir is full.
N Y Y PARTIAL | Wardleigh | | Look again at the geology reports.
Y Y N PARTIAL | Field operations | 1977-01-31 | Put the main outlet works into service before any reservoir is allowed to fill, signed off by the regional director.
N N N DETECTS | we | | Watch new dams more closely.
Y Y Y PARTIAL | Merrill Wardleigh | 1976-09-30 | Write a downstream warning plan listing who calls each town and the sheriff, with phone numbers, and test it with a practice call.
N Y N PREVENTS | Geology branch | 1977-12-31 | Take the abutment rock more seriously in future.
Y N N PREVENTS | Commissioner's office | 1978-12-31 | Set up a dam safety office with authority to stop the first filling of any Reclamation dam, and have it review all dams built since 1950.
N Y Y PARTIAL | Delbert Ostergaard | | Follow up with the irrigation district.
Y Y N PARTIAL | Claims office | 1977-06-30 | Settle every flood damage claim from Rexburg, Sugar City and Wilford filed before 1 January 1977, publishing the count monthly.
""",
ww="""
C | The sheriff's early warning to Wilford and Sugar City got most residents to high ground before the water arrived.
C | Aerial photographs taken through the morning gave the review panel the exact sequence of the breach.
V | The crews did their best under impossible conditions.
"""))

# 12. Hinton, Alberta, 8 Feb 1986: CN freight passed the Dalehurst absolute signal at the end of double track and
# collided head on with VIA's Super Continental about 18 s later at 08:40; 23 dead, 71 injured; the engineer had had
# about 3.5 h of sleep; dead-man pedal often defeated; Foisy commission (56 days) blamed a "railroader culture".
S.append(dict(url="https://en.wikipedia.org/wiki/Hinton_train_collision",
people=["Lorne Vandersloot", "Myron Kowalchuk", "Huguette Letendre", "Sveinbjorn Inkster"],
blame="""
B failure-verb | The freight engineer ran right through the red at Dalehurst and never touched the brake.
B passive-agent | The dead-man pedal on the lead unit had been wedged down by the crew, which is why no penalty brake came.
B counterfactual | If Kowalchuk had got on the radio to the head end when he saw the speed, that train would've stopped.
B human-error | Cause of the collision: human error on the part of the freight crew.
B group-blame | CN's running trades all knew about running tired and everyone looked the other way.
B character | Vandersloot was a company man who'd work double shifts and never say no, whatever shape he was in.
B mistake-attribution | This wreck was the freight crew's mistake, plain and simple, no matter what the commission says about culture.
B repeat-offender | That engineer had been written up before for missing a signal and they still put him on the head end.
O system-failure | The freight left double track at Dalehurst at speed and met the eastbound passenger train head on about 18 seconds later.
O system-should | The signal system should have stopped a train passing an absolute signal; it only displayed the red aspect.
O actor-neutral | Huguette, the rail traffic controller, saw the freight pass the Dalehurst signal on her panel and radioed both trains.
O neutral-fact | Twenty-three people were killed and 71 injured on 8 February 1986 near Hinton, Alberta.
O policy-subject | The collective agreement Sveinbjorn showed the commission let crews book back on after only a few hours' rest.
O system-counterfactual | With an in-cab device that applied the brakes at a stop signal, the freight would have stopped short of the single track.
O agentless-passive | The commission heard 56 days of evidence and reported in December 1986.
O meta-blameless | The papers said "freight crew to blame"; the inquiry asked why a tired crew could run a 118-car train with nothing to stop it at a red.
""",
actions="""
Y Y N PREVENTS | Signals and communications | 1988-12-31 | Install automatic train stop at every control point between Jasper and Edson and prove in a test run that a train passing a stop signal is braked.
N N N PARTIAL | Canadian National | | Change the railroader culture.
Y Y Y PREVENTS | Myron Kowalchuk | 1987-03-31 | Require at least 8 hours off duty at the Edson bunkhouse before any crew books on, checked against the crew register every month.
N Y Y DETECTS | Huguette Letendre | | Keep a closer eye on freight speeds at Dalehurst.
Y Y N DETECTS | Mechanical department | 1987-06-30 | Fit a tamper seal to the dead-man pedal on every road locomotive and record any broken seal at the next terminal inspection.
N N N PARTIAL | everyone | | Take fatigue seriously.
Y N N PARTIAL | Medical services | 1987-12-31 | Give every locomotive engineer over 45 a yearly medical and withdraw from service anyone who fails the cardiac standard.
N Y Y PARTIAL | Lorne Vandersloot | 1987-09-30 | Have a word with the crews about looking after themselves.
Y Y N DETECTS | Rail traffic control | | Make the CTC panel sound an alarm when any train passes an absolute signal between Hargwen and Dalehurst.
N Y N PREVENTS | Running trades | | Stop wedging the pedals.
N N N PARTIAL | | | Better support for the victims' families.
""",
ww="""
C | Passengers from the rear cars were moved into the undamaged sleepers, which kept them warm until the buses came.
V | Hinton folks were unbelievable, honestly.
V | First responders were fantastic.
"""))

# 13. The Station nightclub, West Warwick, Rhode Island, 20 Feb 2003: the headlining band's pyrotechnics ignited
# polyurethane foam lining the walls and ceiling of the platform; no sprinklers; smoke at the exits in a little over a
# minute; crowding at the main entrance; 100 dead, 200+ injured; NIST National Construction Safety Team formed 27 Feb.
S.append(dict(url="https://www.nist.gov/el/fire-research-division-73300/firegov-fire-service/video-report-technical-investigation-station",
people=["Dominic Scarpaci", "Brock Swiderski", "Jacinta Vieira", "Shauna Ebersole"],
blame="""
B failure-verb | Brock lit the gerbs without asking the club for permission or checking the foam behind the stage.
B passive-agent | The packing foam on the walls was bought and put up by the owners because it was cheaper than real soundproofing.
B counterfactual | If the fire inspector had looked up at that ceiling, the foam would have been gone before the show.
B group-blame | The band's crew treated pyro like a toy, and a hundred people died for a ten-second effect.
B sanction | The owners and the tour manager should all be in prison, full stop.
B nobody-blame | nobody bothered to count heads at the door that night, there were way too many people in there
B competence | Only an amateur would set off pyrotechnics on a stage with a ceiling that low.
B rhetorical-question | what kind of fire inspector misses a wall of foam in a wooden club??
O system-failure | Sparks from the pyrotechnics ignited the polyurethane foam on the walls beside the platform, and the fire spread across the ceiling over the dance floor.
O system-should | The building should have had sprinklers; a club of that size and use needed them under the model codes of the day.
O actor-neutral | Jacinta called 911 from the parking lot at 23:08 and told the dispatcher the building was on fire.
O neutral-fact | One hundred people died and more than 200 were injured; smoke reached the exit doorways in a little over a minute.
O policy-subject | The occupancy certificate Shauna pulled from the town files had been raised twice without a new review of the exits.
O system-counterfactual | Had the walls been lined with a non-combustible finish, the pyrotechnics would have scorched the wall rather than started a flashover.
O agentless-passive | A National Construction Safety Team was set up a week later to study the building, the fire and the evacuation.
O quoted-question | A survivor's sister wrote "how was this legal?"; the technical answer is that the codes of the day, strictly applied, would have kept the foam and the crowd out.
""",
actions="""
Y Y N PREVENTS | State fire marshal | 2004-07-01 | Require sprinklers in every nightclub with an occupancy above 100, with existing clubs given a fixed date to comply.
N N N PARTIAL | Venue owners | | Put safety first.
Y Y Y PREVENTS | Shauna Ebersole | 2003-06-30 | Inspect the wall and ceiling finish of every licensed music venue in West Warwick and order removal of any foam that fails a flame test.
N Y Y PARTIAL | Dominic | | Re-think the club layout.
Y Y N PREVENTS | Licensing board | 2003-09-30 | Ban indoor pyrotechnics in venues under 300 occupants unless a permit names the device, the operator and a fire detail on site.
N N N DETECTS | we | | Be more careful about crowds.
Y Y N PARTIAL | Fire prevention bureau | | Count occupants at the door of every music venue on Friday and Saturday nights for three months and cite any venue over its posted limit.
N Y Y PARTIAL | Brock Swiderski | 2003-12-31 | Learn more about pyrotechnic safety.
Y N N PARTIAL | Code council | 2005-01-01 | Add a crowd manager requirement to the assembly occupancy code, one trained person per 250 occupants.
N Y N DETECTS | Door staff | | Watch the exits.
Y Y Y PARTIAL | Jacinta Vieira | 2003-04-15 | Publish one list of every patient's hospital and family contact, updated daily until the last patient is discharged.
""",
ww="""
C | A bartender propped the side bar door open, and dozens got out through it in the first minute.
C | Triage in the parking lot sent the burn patients to area hospitals in staggered waves, so no single emergency room was overwhelmed.
V | Everyone was so brave that night.
"""))

# 14. American Airlines 191, Chicago O'Hare, 25 May 1979: DC-10 left engine and pylon separated on rotation, cut
# hydraulic lines, left outboard slats retracted, roll and crash; 271 aboard and 2 on the ground died; pylon aft
# bulkhead flange cracked eight weeks earlier at the Tulsa base during removal of engine and pylon as one unit on a
# forklift (engineering change order R-2693); another carrier had cracked flanges the same way; DC-10 grounded.
S.append(dict(url="https://rvsbi.de/publications/Incidents/DOCS/ComAndRep/OHare/NTSB/COPY/Sz-13.htm",
people=["Virgil Hochstetler", "Hepzibah Tallmadge", "Rosco Brzezinski", "Demelza Brankston"],
blame="""
B failure-verb | The forklift operator on second shift let the engine sag onto the aft bulkhead flange and never reported it.
B passive-agent | The single-unit engine and pylon removal was approved by Hochstetler's engineering group over the manufacturer's reservations.
B counterfactual | If Hepzibah had written up the crack she felt at the flange, that aircraft would have been grounded in Tulsa.
B group-blame | Tulsa maintenance took a shortcut to save man-hours and 273 people paid for it.
B hindsight | Any licensed mechanic should know you don't hang an engine and pylon on a forklift operator's guesswork.
B timeline-blame | 23:00 shift change with the pylon half-detached, second shift doesn't bother with a turnover note; 03:15 reattach.
B role-blame | The lead mechanic on that shift should have stopped the job the moment the forks had to be repositioned.
B self-blame | I signed the work card for that pylon and I've got to live with the fact that I didn't look closer.
O system-failure | On rotation the left engine and pylon separated and cut hydraulic lines, and the left wing's outboard slats retracted.
O system-should | The slat system should have held the slats extended after loss of hydraulic pressure; it had no mechanical lock.
O actor-neutral | Rosco found a cracked flange on another DC-10 during the fleet inspection ordered after the crash.
O neutral-fact | All 271 people on board and two on the ground died on 25 May 1979 at Chicago O'Hare.
O policy-subject | The engineering change order Demelza reviewed did not say how precisely the forklift had to be positioned.
O system-counterfactual | If the stall warning had been powered from a bus that survived the engine loss, the crew would have been warned as the left wing stalled.
O agentless-passive | The DC-10's type certificate was suspended on 6 June and the fleet was grounded for inspection.
O org-subject | The manufacturer's service bulletin called for removing the engine first and the pylon second.
""",
actions="""
Y Y N PREVENTS | Maintenance engineering | 1979-08-31 | Withdraw engineering change order R-2693 and require the engine and pylon to be removed separately, per the manufacturer's bulletin, on all DC-10s.
N N N PARTIAL | Tulsa maintenance base | | Be more careful with structural work.
Y Y Y DETECTS | Rosco Brzezinski | 1979-06-15 | Inspect the aft bulkhead upper flange on every pylon in the DC-10 fleet with eddy current and report each aircraft's result to the FAA.
N Y Y PARTIAL | Virgil Hochstetler | 1979-09-30 | Reassess how engineering evaluates maintenance shortcuts.
Y Y N PARTIAL | Flight operations | 1979-12-31 | Change the engine-failure-after-V1 procedure so crews hold V2 plus 10 knots when slat asymmetry is suspected, and add it to simulator training.
N N N DETECTS | we | | Report problems sooner.
Y Y N PARTIAL | Quality control | | Require a written turnover note whenever a pylon job crosses a shift change, audited weekly against the work cards.
N Y Y PREVENTS | Hepzibah Tallmadge | | Make sure the forklift procedure is safe.
Y N N PREVENTS | Manufacturer liaison | 1980-06-30 | Get every DC-10 operator to submit any alternate engine or pylon removal method for manufacturer review before using it.
N Y N DETECTS | Line maintenance | | Be alert to flange damage.
N N N PARTIAL | | | Support the families and the Des Plaines residents.
""",
ww="""
C | Rosco's eddy-current findings on other aircraft within days showed the damage came from the maintenance procedure, not a one-off.
V | The investigators did tremendous work.
V | The airline family pulled together.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

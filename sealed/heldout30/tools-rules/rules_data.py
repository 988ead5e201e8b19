# heldout30 rules data (see ../rules/SOURCES-heldout30.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (SOHO loss of contact 1998, Titan IV B-32 / Milstar Centaur constant 1999, Mars Global
# Surveyor loss 2006, Air New Zealand 901 / Mount Erebus ground-computer waypoint 1979, Turkish Airlines 1951 radio
# altimeter and autothrottle 2009, FBI Virtual Case File 2005, Child Support Agency CS2 2003-2006) and 7 outside
# software (Tacoma Narrows Bridge 1940, Silver Bridge 1967, Vajont Dam 1963, Ronan Point 1968, Moorgate tube crash
# 1975, Iroquois Theatre fire 1903, Alexander L. Kielland capsize 1980).
# Styles vary: ESA/NASA mailing list in non-native English and console log rows, accident-board prose and engineers'
# e-mail, lab retrospective and space-forum comments, 1979-80 telex, airline memo and pilots' newsletter, translated
# Dutch/Turkish safety-board English and a pilot forum, program-office IM and hearing notes, select-committee and
# caseworker-forum prose with defect tickets, 1940 newspaper and board-of-engineers prose, small-town council and
# radio call-in talk, translated Italian trial and journalist prose, housing-committee minutes and a tenants' leaflet,
# union branch minutes and tabloid lines, 1903 coroner's-jury and editorial prose, Norwegian offshore-worker English.
S = []

# 1. SOHO, 24-25 June 1998: gyro calibration and momentum management compressed into one maintenance period; modified
# preprogrammed command sequences left gyro A deactivated; ESR at 23:16 UTC, again 02:35 and last 04:38 UTC after a
# gyro was commanded off; contact lost; Arecibo and Goldstone radar found it 23 July; recovery by September.
S.append(dict(url="https://postmortems.info/t/soho-observatory-five-hour-loss-of-contact-1998/194",
people=["Eusebio Brambillasca", "Maelys Kerherve", "Hrafnkell Wimbush", "Radka Voborilova"],
blame="""
B failure-verb | Hrafnkell switched gyro B off at half past two and never once bothered to check whether gyro A was even spinning.
B passive-agent | The compressed calibration schedule was pushed through by Eusebio so the maintenance week could close a day early.
B counterfactual | Had Radka looked at the gyro A status word before sending the recovery, we were not losing the spacecraft for three months.
B group-blame | The flight operations people at Goddard changed the command procedures without telling nobody in ESA, this is the origin of all.
B hindsight | Anyone with six months on that console knows you confirm the gyro configuration before you trust a roll rate.
B rhetorical-question | seriously, who turns off the one gyro that's still telling the truth at 2:30 in the morning?
B timeline-blame | 02:35 UTC second ESR; console operator (H. Wimbush) acts in haste and commands gyro B off without consulting the anomaly team.
B competence | The night shift just did not understand the ESR logic well enough to be left alone with a billion-dollar observatory.
O system-failure | The preprogrammed command sequence left gyro A deactivated after the calibration, and the on-board software failed to re-enable it before the emergency mode needed it.
O system-should | The ground system should have raised a warning whenever a command sequence ended with a gyro still disabled.
O actor-neutral | Maelys proposed asking for radar time at Arecibo, and on 23 July the echo showed the spacecraft was still in one piece.
O neutral-fact | SOHO first lost lock on the Sun at 23:16 UTC on 24 June and entered Emergency Sun Reacquisition for the last time at 04:38 UTC.
O policy-subject | The modified procedure that Radka was handed that night had never been run on the simulator.
O system-counterfactual | If the flight software had refused to leave ESR while one gyro reported zero rate, the spin-up would have stopped after the first event.
O agentless-passive | Contact was re-established in early August and the frozen hydrazine was thawed over the following weeks.
O meta-blameless | Le journal wrote "controllers ignored procedures"; we ask rather why the procedures could change without any review board.
""",
actions="""
Y Y N PREVENTS | Flight dynamics | 1998-10-30 | Make the ground system reject any command sequence that ends with a gyro disabled unless the sequence file carries an explicit override flag.
N N N PARTIAL | ESA/NASA | | Strengthen the partnership between the two agencies.
Y Y Y DETECTS | Hrafnkell Wimbush | 1998-09-15 | Add the spin status of all three gyros to the top line of the real-time display and alarm when any reads zero for more than 60 seconds.
N Y Y PARTIAL | Eusebio | 1998-12-01 | Revisit the maintenance-week planning.
Y Y N PARTIAL | Operations team | | Run every modified command procedure on the spacecraft simulator and file a signed result before it is used on SOHO.
N N N DETECTS | we | | Be more vigilant in emergency situations.
Y Y Y PARTIAL | Radka Voborilova | 1998-11-20 | Write an ESR recovery checklist whose first step is confirming each gyro's state, signed by both agencies' operations leads.
N Y N PREVENTS | Flight software | | Harden the attitude control software.
Y N N PARTIAL | Goddard operations | 1999-01-01 | Put two certified controllers on every shift in every mission control room at Goddard from 1 January 1999.
N Y Y DETECTS | Maelys | | Keep an eye on the gyro telemetry.
Y Y N DETECTS | | 1998-10-15 | Page the on-call spacecraft engineer automatically whenever SOHO enters ESR, within two minutes of the telemetry flag.
""",
ww="""
C | Asking for radar time at Arecibo located SOHO and measured its spin rate before a single recovery command was sent.
C | Every command for the tumbling spacecraft was first tried on the simulator, so no recovery step made things worse.
V | A great spirit of collaboration between Europe and America.
"""))

# 2. Titan IV B-32 / Centaur TC-14, 30 April 1999, 12:30 EDT, SLC-40: roll rate filter constant I1(25) entered as
# -0.1992476 instead of -1.992476 in the IMS flight software file; evidence visible in launch processing; roll
# instability, RCS propellant exhausted, Milstar left in a low elliptical orbit; board: failed development, test and
# QA process.
S.append(dict(url="https://studylib.net/doc/7108082/table-of-contents",
people=["Zinnia Hockaday", "Thurlow Dunnavant", "Nekane Etcheverry", "Radley Skjoldhammer"],
blame="""
B failure-verb | Thurlow fat-fingered the I1(25) constant, -0.1992476 for -1.992476, and then just walked it into the release.
B passive-agent | The flight software file was signed off by Radley without comparing a single constant against the design memo.
B counterfactual | If Nekane had chased the flat roll-rate trace she saw during launch processing, that vehicle never leaves the pad with that number in it.
B group-blame | The IV&V contractor rubber-stamped the file; running the filter with a default constant instead of the flight value is not verification, it's theatre.
B nobody-blame | Not one person on the countdown team thought to ask why the roll rates on the pad were sitting at zero.
B mistake-attribution | This one's on Thurlow: his keystroke, his file, his lost satellite.
B sarcasm | Great job, quality assurance, a billion-dollar satellite in a useless orbit because a decimal point went walkabout on your watch.
B human-error | Root cause (program office briefing): human error in manual data entry.
O system-failure | The incorrect roll rate filter constant zeroed the roll rate data, and the Centaur failed to hold its roll attitude through the second burn.
O system-should | The build process should have compared every constant in the IMS file with the design values automatically instead of relying on a hand-typed entry.
O actor-neutral | Zinnia pulled the launch-processing telemetry on 3 May and found the flat roll-rate trace recorded before lift-off.
O neutral-fact | Titan IV B-32 lifted off at 12:30 EDT on 30 April 1999 from Space Launch Complex 40 and left the Milstar satellite in a low elliptical orbit.
O policy-subject | The test plan Radley inherited exercised the filter with a default constant, not with the value in the delivered flight file.
O system-counterfactual | Had the six-degree-of-freedom simulation used the delivered flight file, the roll instability would have shown up weeks before launch.
O agentless-passive | The reaction control propellant was used up during the coast phase and the third burn ended early.
O quoted-question | "Who typed it?" was the first question at the review; the board's answer was that the process had no step able to catch a typed value.
""",
actions="""
Y Y N PREVENTS | Centaur flight software | 1999-09-30 | Generate the IMS constants file directly from the controlled design database, with no manual entry of any value.
N N N PARTIAL | Lockheed Martin Astronautics | | Strengthen the software quality culture.
Y Y Y DETECTS | Nekane Etcheverry | 1999-08-15 | Run the six-degree-of-freedom simulation with the as-delivered flight file for every remaining Titan IV mission and file the plots with the launch package.
N Y Y DETECTS | Radley | 1999-07-31 | Look again at the IV&V approach for Centaur.
Y Y N DETECTS | Launch operations | | Hold the countdown when any inertial rate channel reads a constant zero for more than 30 seconds during launch processing.
N N N PREVENTS | everyone | | Never let a typo fly again.
N Y Y PARTIAL | Thurlow Dunnavant | 1999-10-01 | Brief the team on the lessons from B-32.
Y Y N PARTIAL | Program office | 1999-12-31 | Name the engineer and the reviewer of each flight constant in the software version description, and refuse delivery if either is blank.
N Y N DETECTS | Quality assurance | | Tighten up independent verification.
Y N Y PREVENTS | Zinnia | 2000-03-31 | Ban hand-edited constants in flight software on all the company's launch vehicles, enforced by a build-server check that fails any file without a database checksum.
N N N DETECTS | | | More eyes on the data before launch.
""",
ww="""
C | The telemetry archive had kept every launch-processing frame, so the board could show the zero roll rate existed before lift-off.
V | Professional response from everyone involved.
V | The review board did an outstanding job.
"""))

# 3. Mars Global Surveyor: September 2005 parameter updates made the two processors' copies differ; June 2006 upload
# wrote to a wrong memory address; 2 November 2006 solar array drove against a hard stop, safe mode attitude put the
# battery radiator toward the Sun, battery overheated, both batteries depleted; last signal 2 Nov after 9 years 52 days;
# review board April 2007: procedures inadequate to catch the errors, safe-mode response did not check thermal state.
S.append(dict(url="https://www.electronicdesign.com/technologies/industrial/boards/article/21769690/nasa-blames-software-glitch-for-mars-global-surveyor-failure",
people=["Pelagius Kesselring", "Anouk Verspronck", "Ghislaine Thibodeaux", "Kwadwo Ofosuhene"],
blame="""
B failure-verb | Pelagius uploaded the contingency pointing parameters in June and didn't verify where in memory they actually landed.
B passive-agent | The two copies of the flight parameters were edited by Anouk and Kwadwo separately in September 2005, each with their own rounding, and nobody reconciled them.
B counterfactual | If Ghislaine had done a full memory readback after the June load, the bad address gets caught five months before the battery cooks.
B group-blame | The sequencing team treated a direct memory write like a routine command and got sloppy, and that's the whole story.
B character | Kwadwo has always been cavalier about quick patches to flight memory; this time it cost us the orbiter.
B hindsight | It should have been obvious to anybody on the team that a direct memory command can touch more than the one value you meant to change.
B human-error | Preliminary finding as reported: human error in a software update led to the loss of the orbiter.
B self-blame | I approved the June upload without asking for the memory map, and that's why we're writing this review.
O system-failure | After the solar array drove against its hard stop, the spacecraft settled in an attitude that pointed the battery radiator at the Sun, and the power software failed to notice the overheating.
O system-should | The safe-mode logic should have checked the thermal attitude before settling; it only checked power and communications.
O actor-neutral | Anouk saw on 2 November that the array was reporting it could not pivot as commanded, and she called the spacecraft team in.
O neutral-fact | The orbiter's last signal was received on 2 November 2006, after nine years and 52 days in operation.
O policy-subject | The upload checklist Pelagius followed treated a direct memory write the same as a routine parameter change, with no independent review.
O system-counterfactual | With an automatic memory compare after each upload, the mismatch between the two processors' copies would have been flagged the same day.
O agentless-passive | Several attempts were made to contact the orbiter in November, including an attempt to photograph it from another spacecraft.
O meta-blameless | The headlines say "human error"; this review asks why one wrong address could sit in memory for five months without any check finding it.
""",
actions="""
Y Y N PREVENTS | Flight software | 2007-06-30 | Block direct memory commands to the flight computer unless the ground tool has checked the target address against the current memory map.
N N N PARTIAL | Mars program | | Apply the lessons of this loss across all missions.
Y Y Y DETECTS | Ghislaine Thibodeaux | 2007-05-15 | Run a full memory readback and compare it with the ground image after every upload to the remaining Mars orbiters, and log each result.
N Y Y PARTIAL | Pelagius | 2007-04-30 | Think about how uploads get reviewed.
Y Y N PARTIAL | Spacecraft team | | Add a thermal-attitude check to safe-mode entry so the battery radiator cannot stay pointed at the Sun for more than 10 minutes.
N N N DETECTS | we | | Watch the older spacecraft more closely.
Y Y Y PARTIAL | Kwadwo Ofosuhene | 2007-03-01 | Reconcile the two processors' copies of every flight parameter and deliver a signed list showing each pair matches to the last digit.
N Y N PREVENTS | Operations | | Make uploads safer.
Y N N PARTIAL | Mission assurance | 2007-09-30 | Require a second engineer's signature on every non-routine change to stored spacecraft data, on all missions the lab operates.
N Y Y DETECTS | Anouk Verspronck | 2007-02-15 | Pay closer attention to array telemetry.
Y Y N DETECTS | | | Alarm on the ground when the two processor copies of any parameter differ, checked on each daily telemetry pass.
""",
ww="""
C | Anouk's call within the hour meant the first recovery commands went out on the next tracking pass.
C | Keeping both processors' memory dumps from 2005 let the board trace the mismatch back to the first upload.
V | Nine years of amazing work by a dedicated team.
"""))

# 4. Air New Zealand TE901, 28 Nov 1979: DC-10-30 ZK-NZP; since 1977/78 the ground computer flight plan carried a
# McMurdo waypoint down McMurdo Sound (a typing error); after a 14 Nov query the navigation section "corrected" it to the
# TACAN position, entered in the live system in the early hours of the 28th, passing over Mount Erebus; crew not told;
# 9 Nov briefing; collision 12:49 NZT, 257 dead; Chippindale report blamed the captain's decision; Mahon Royal
# Commission found the altered coordinates and non-notification the cause and criticised the airline's evidence.
S.append(dict(url="https://www.erebus.co.nz/",
people=["Ewart Mcilwraith", "Ngaire Pomare-Hollis", "Gildas Troughear", "Lorna Tregunna"],
blame="""
B failure-verb | Gildas changed the McMurdo waypoint in the ground computer in the small hours and didn't tell a single pilot.
B passive-agent | The altered coordinates were fed into the flight plan by the navigation section and never passed on to the crew.
B counterfactual | Had Ewart rung the crew before they left Auckland, 257 people would have come home that night.
B group-blame | Management closed ranks and fed the Commission a story to protect themselves, and everyone in the industry knows it.
B human-error | PROBABLE CAUSE: PILOT ERROR IN DESCENDING BELOW MINIMUM SAFE ALTITUDE TOWARD AN AREA OF POOR SURFACE DEFINITION.
B role-blame | The flight operations manager let fourteen flights go south on a track nobody in his section had checked against the approved route.
B sanction | Whoever altered that waypoint should never be let near a navigation desk again.
B rhetorical-question | How does a navigation section "correct" a waypoint the night before a flight and not think to ring the captain?
O system-failure | The ground computer's flight plan failed to match the route approved in 1977, and the discrepancy sat in the system for 14 months.
O system-should | The flight planning system should have flagged any waypoint change to crews already briefed on the route instead of silently replacing the stored coordinates.
O actor-neutral | Lorna compared the TACAN position with the INS waypoint after her 14 November flight and reported the difference to the navigation section.
O neutral-fact | ZK-NZP struck the lower slopes of Mount Erebus at 12:49 NZT on 28 November 1979, and all 257 on board died.
O policy-subject | The briefing pack Ngaire used on 9 November showed the route running down McMurdo Sound, well west of Ross Island.
O system-counterfactual | A ground proximity warning with more than six seconds' notice over rising ice would have left room to climb.
O agentless-passive | The amended figures were entered into the live flight planning system in the early hours of the 28th.
O meta-blameless | The first report put it on the captain; the Commission found the cause in how the route data was changed and communicated, and that is where this review looks too.
""",
actions="""
Y Y N PREVENTS | Navigation section | 1980-03-31 | Telex every change to a stored waypoint to the captain of each flight already briefed on that route, with receipt confirmed before dispatch.
N N N PARTIAL | Air New Zealand | | Win back the families' trust after the cover-up.
Y Y Y PARTIAL | Lorna Tregunna | 1980-02-29 | Reissue all route briefing packs with the computer flight-plan track printed on the chart, and have each crew sign that they have seen it.
N Y Y DETECTS | Gildas | | Double-check the coordinates in the system.
N N N PREVENTS | we | | Communicate better between departments.
Y Y N DETECTS | Flight operations | 1980-06-30 | Compare every stored waypoint in the ground computer with the approved route documents and list each difference larger than 1 nautical mile.
N Y Y PARTIAL | Ewart Mcilwraith | 1980-01-15 | Go over the briefing process with the chief pilot.
Y Y N PARTIAL | Training | | Add a whiteout module to the DC-10 simulator syllabus and have every captain complete it once a year.
N Y N PARTIAL | Dispatch | | Be clearer in briefings.
Y N Y PREVENTS | Ngaire Pomare-Hollis | 1980-05-31 | Get the Civil Aviation Division to approve each route's computer flight plan, not only its map, before the airline flies any new route.
N N N DETECTS | | | Stay alert on unfamiliar routes.
""",
ww="""
C | The recovery teams on the ice brought back the flight recorders, which fixed the aircraft's track against the changed waypoint.
V | So much kindness from so many people in those weeks.
V | Incredible courage from the recovery crews.
"""))

# 5. Turkish Airlines 1951, 25 Feb 2009, Boeing 737-800 TC-JGE, Istanbul-Amsterdam: line training flight; vectored for
# 18R intercepting the glideslope from above; left radio altimeter read -8 ft at ~1,950 ft; autothrottle retard mode
# held idle; speed decayed; stick shaker ~460 ft; crash ~1.5 km short at 09:26 UTC; 9 dead incl. 3 pilots; the same
# altimeter problem on two of the previous eight landings; Dutch Safety Board; Boeing bulletin.
S.append(dict(url="http://aviationknowledge.wikidot.com/asi:turjish-airlines-1951",
people=["Sezgin Karaosmanoglu", "Maarten Blokzijl", "Femke Zwanikken", "Tarkan Eryilmaz"],
blame="""
B failure-verb | Sezgin let the speed bleed away for a hundred seconds without once glancing at the thrust levers.
B passive-agent | The radio altimeter write-up was closed by Tarkan with "no fault found" two times in eight landings.
B counterfactual | If Maarten had not turned them onto the localiser so tight, they would not have been chasing the glideslope from above.
B group-blame | Maintenance just signs off the same altimeter again and again, the planes fly with known faults, this is the real culture there.
B competence | A line training captain that does not see RETARD on the FMA, what is he training exactly?
B human-error | Conclusion of the preliminary note (translated): the cause is pilot error, the crew did not monitor the airspeed.
B repeat-offender | Same tech, same altimeter, third write-up, and Tarkan again closes it with a connector reseat and no test.
B sarcasm | Nice that the safety pilot was so busy with his checklist that he "forgot" there was a windscreen.
O system-failure | The left radio altimeter suddenly read minus 8 feet at about 1,950 ft, and the autothrottle took that as a landing and went into retard mode.
O system-should | The autothrottle should have compared both radio altimeters before pulling thrust to idle; it used only the left one.
O actor-neutral | Femke, working the tower frequency, saw the aircraft drop off the approach radar and pressed the crash alarm at 09:26.
O neutral-fact | TC-JGE came down in a field about 1.5 km short of the Polderbaan on 25 February 2009, and nine people died.
O policy-subject | The approach procedure Maarten worked to at Schiphol allowed a turn-on at 2,000 ft close in, so the glideslope was met from above.
O system-counterfactual | With an aural low-speed alert before the stick shaker, the speed decay would have been announced well above 1,000 ft.
O agentless-passive | The stick shaker activated at about 460 ft, and full thrust came too late to prevent the stall.
O quoted-question | On the forum someone asked "how can three pilots miss this?"; the report's answer is that retard mode looked on the displays just like normal flare behaviour.
""",
actions="""
Y Y N PREVENTS | Boeing flight controls | 2010-06-30 | Change the autothrottle logic so retard mode cannot engage above 27 ft unless both radio altimeters agree within 20 ft.
N N N PARTIAL | Turkish Airlines | | Do something about cockpit discipline.
Y Y Y PARTIAL | Tarkan Eryilmaz | 2009-04-15 | Pull the radio altimeter fault history for every 737-800 in the fleet and replace any unit or antenna with two or more write-ups in 90 days.
N Y Y PARTIAL | Sezgin | 2009-06-01 | Reflect on monitoring duties during line training.
Y Y N PARTIAL | Flight training | 2009-09-30 | Add a radio altimeter failure on approach to the recurrent simulator check and have every 737 captain fly it before the next line check.
N N N DETECTS | we | | Look at the instruments more carefully.
Y Y Y PARTIAL | Maarten Blokzijl | 2009-05-31 | Change the Schiphol vectoring instruction so aircraft join the 18R localiser no closer than 8 nautical miles and below the glideslope.
N Y N DETECTS | Maintenance | | Keep watching the altimeters.
Y Y N DETECTS | Flight data monitoring | | Flag any flight in which a radio altimeter reads below zero while the aircraft is above 1,000 ft, with the list reviewed each week.
N Y Y PREVENTS | Femke Zwanikken | | Make sure this cannot happen at Schiphol again.
Y N N PARTIAL | | 2009-03-31 | Send every 737 operator a bulletin advising against autopilot and autothrottle use on approach when the two radio altimeters disagree.
""",
ww="""
C | The flight data showed the same altimeter jump on earlier landings, which pointed the investigation at the left radio altimeter on day two.
C | Ambulances were at the crash field within about 20 minutes even though the first location given out was wrong.
V | Fantastic support from the Dutch colleagues.
"""))

# 6. FBI Virtual Case File, 2000-2005: Trilogy's user-application part; SAIC contract June 2001; post-9/11 acceleration;
# hundreds of requirement changes, no enterprise architecture, many program managers and CIOs; December 2003 delivery
# rejected with hundreds of problems; about one-tenth delivered Dec 2004; Aerospace Corp review; limited pilot early
# 2005; scrapped April 2005 after about $170M; followed by Sentinel.
S.append(dict(url="http://spectrum.ieee.org/computing/software/who-killed-the-virtual-case-file",
people=["Dwight Holloran", "Consuela Birdwhistle", "Ferris Malvaney", "Odessa Pennypacker"],
blame="""
B failure-verb | Ferris kept waving through requirement changes, hundreds of them, and never once pushed back on scope.
B passive-agent | The flag-day cutover was forced on the project by Dwight over the contractor's written objections.
B group-blame | SAIC padded the team with two hundred programmers doing make-work and billed the Bureau for every hour.
B counterfactual | If Consuela had insisted on a real enterprise architecture in 2001, we wouldn't have burned 170 million dollars.
B competence | Odessa is a brilliant agent but had no business running a software programme, and everybody in the building knew it.
B nobody-blame | Nobody in the program office ever sat down with an agent and asked what they actually needed on the screen.
B sarcasm | fourteen program managers in four years, guess continuity was somebody else's department
B self-blame | I approved the December delivery date knowing we hadn't tested a thing, and that one is on me.
O system-failure | The December 2003 delivery failed to meet the specification, with hundreds of open problems in case-file workflow and search.
O system-should | The contract should have tied each payment to a tested, working release rather than to effort and elapsed time.
O actor-neutral | Dwight told the appropriations subcommittee in February that the case file system would not be deployed as built.
O neutral-fact | The Bureau ended the Virtual Case File project in April 2005 after spending about 170 million dollars.
O policy-subject | The requirements document Consuela circulated in 2002 ran to more than 800 pages and still had no agreed architecture behind it.
O system-counterfactual | A pilot in one field office before any flag-day switch would have exposed the missing functions a year earlier.
O agentless-passive | The initial operating capability was tried in a single field office in early 2005 and was not extended.
O action-item | Odessa, can you get the field office pilot feedback into one list by Friday so we can rank it?
""",
actions="""
Y Y N PARTIAL | Program office | 2005-09-30 | Split the case management replacement into four releases, each with its own acceptance test and a pilot in two field offices before the next starts.
N N N PARTIAL | FBI | | Get better at managing IT projects.
Y Y Y PREVENTS | Ferris Malvaney | 2005-07-31 | Set up a change control board that must approve in writing every requirement change after the design review, and publish the monthly count.
N Y Y DETECTS | Dwight | | Keep a close eye on the contractor.
N N N PREVENTS | everyone | | No more failed projects.
Y Y N DETECTS | Independent verification | | Report the number of open severity-1 and severity-2 defects in each delivered release to the CIO every two weeks.
N Y Y PARTIAL | Consuela Birdwhistle | 2005-06-30 | Reach out to the agents about their needs.
Y Y Y PARTIAL | Odessa Pennypacker | 2005-12-31 | Interview at least three agents in each of the 56 field offices and record which legacy case applications each one uses daily.
N Y N PARTIAL | Contracts | | Renegotiate with SAIC in good faith.
Y Y N PREVENTS | CIO office | 2005-08-31 | Write the enterprise architecture for case management, listing every system the new software must connect to, and get it approved before any code is bought.
N N N DETECTS | | | Monitor progress more closely.
""",
ww="""
C | The single-office pilot in early 2005 showed within weeks which workflow screens agents could not use, before any national roll-out.
V | The agents were very patient.
V | Really strong commitment from leadership throughout.
"""))

# 7. Child Support Agency CS2 (EDS), live March 2003 about two years late; about 2,500 change requests after award;
# screens going blank, cases lost from the screen when calls came in (telephony integration), cases stuck; existing
# cases could not be migrated to the simplified rules; EDS internal memo "badly designed, badly tested and badly
# implemented"; CEO resigned Nov 2004; NAO 2006 over 500 defects; Oct 2009 over 1,000 problems, 400 without workaround;
# notepad omitted from the original design; staff workarounds entering false data.
S.append(dict(url="https://www.computerweekly.com/news/2240057114/CSA-IT-debacle-helped-spark-the-DWP-inquiry",
people=["Gillian Blenkiron", "Fearchar Balgownie", "Beverley Ikwuemesi", "Jolyon Haythornthwaite"],
blame="""
B failure-verb | Jolyon signed off the go-live in March 2003 when the thing couldn't keep a case on the screen through one phone call.
B passive-agent | The notepad was cut out of the design by Fearchar's team, so caseworkers had nowhere to write down what parents actually told them.
B group-blame | EDS built it badly, tested it badly and shipped it anyway, and their own manager said so in writing.
B counterfactual | If Gillian had frozen the change requests in the first year, the system would have been finished on time.
B character | Some of the staff at one of the Midlands centres are just bone idle; they sat on claims for years rather than key them in.
B rhetorical-question | Who exactly thought it was fine to move a million cases onto software nobody had seen work for a single one?
B hindsight | Any supplier worth the contract would have known a system that size was never going to run on day one.
B sanction | Beverley should be taken off the migration programme before she wrecks another release.
O system-failure | When a caseworker answered a phone call, the case management and telephony systems failed to stay in step and the case vanished from the screen.
O system-should | The case management software should have let a supervisor release a stuck case instead of leaving it with no workaround.
O actor-neutral | Beverley logged the blank-screen defect on the first day of live running and attached every case number it had hit.
O neutral-fact | CS2 went live in March 2003, roughly two years late, and the backlog was growing by about 30,000 cases a quarter by the following year.
O policy-subject | The simplified calculation rules Gillian explained to the committee could only be applied to cases already on the new system.
O system-counterfactual | A migration tool tried on a sample of old cases would have shown early that existing cases could not be transferred.
O agentless-passive | By October 2009 more than 1,000 problems had been reported, 400 of them with no known workaround.
O meta-blameless | The department's review found staff keying false data to get past the software's controls, and traced that to a design that gave them no other way through.
""",
actions="""
Y Y N PARTIAL | Case management release team | 2004-06-30 | Add a supervisor release function so any case stuck in one workflow state for more than 10 working days can be moved on without a code fix.
N N N PARTIAL | Department for Work and Pensions | | Restore confidence in the agency.
Y Y Y DETECTS | Beverley Ikwuemesi | 2004-03-31 | Publish a weekly count of cases stuck in each workflow state, by office, to the agency board.
N Y Y PARTIAL | Jolyon | 2004-05-01 | Have a conversation with EDS about the defect list.
Y Y N PREVENTS | Telephony integration | 2004-09-30 | Fix the call-routing link so an incoming call never clears the case on the caseworker's screen, proven by 500 scripted test calls with zero lost cases.
N N N PREVENTS | we | | Get the IT right this time.
Y Y Y PARTIAL | Fearchar Balgownie | 2004-07-31 | Put the free-text notepad back on the case screen and train one caseworker per team on it before the release goes live.
N Y N DETECTS | Operations | | Monitor the backlog.
Y N N PARTIAL | Agency board | 2004-12-31 | Cap change requests to the supplier at 50 a quarter across all agency systems, each one costed before approval.
N Y Y PARTIAL | Gillian Blenkiron | | Explain the new rules better to parents.
Y Y N PARTIAL | | | Send every parent still on the old system a letter by 31 January saying whether their payments would change under the new rules.
""",
ww="""
C | Logging every IT incident against one of about 60 known problems showed that fixing those would remove some 70% of the weekly incidents.
C | The blank-screen reports came with case numbers attached, so the supplier could reproduce the fault the same week.
V | Staff stayed positive through a really difficult period.
"""))

# 8. Tacoma Narrows Bridge, 7 Nov 1940: opened 1 July 1940, 2,800 ft main span, shallow plate-girder deck ("Galloping
# Gertie"), damping measures ineffective; on the morning of the collapse a midspan cable band slipped and the motion
# turned torsional; main span fell in about 40 mph wind; a car with a dog left on the span; no human deaths; replaced
# 1950 on the old piers; led to aerodynamic model testing.
S.append(dict(url="https://infogalactic.com/info/Tacoma_Narrows_Bridge_(1940)",
people=["Elmore Vandewater", "Emlyn Scantlebury", "Augusta Fenstermacher", "Lyle Sandercock-Vail"],
blame="""
B failure-verb | Vandewater brushed off four months of galloping as a curiosity and never once ordered a wind study.
B passive-agent | The shallow eight-foot girders were picked by the consulting engineer to save money, over the state's own deeper truss design.
B counterfactual | If Emlyn had shut the span the first morning that midspan cable band slipped, we would not be fishing a bridge out of the Sound.
B group-blame | The eastern consultants sold Washington a pretty ribbon of a bridge and went home with their fee.
B competence | No engineer who understood wind would ever have hung a 2,800-foot span on a deck that thin.
B human-error | FINDING (as printed in the evening paper): the collapse was the result of engineering error.
B sarcasm | Three cheers for the toll authority, who kept selling tickets to ride the roller coaster right up to the morning it fell in.
B timeline-blame | 10:00, span finally closed, a good hour after it should have been, by a supervisor who had been watching it buck all morning.
O system-failure | Once the midspan cable band slipped, the deck's twisting grew with every cycle and the structure failed to damp it out.
O system-should | The design method should have included a check for aerodynamic instability; the deflection theory it relied on treated wind as a steady push.
O actor-neutral | Augusta filmed the twisting from the Tacoma shore for the better part of an hour, and her film is how the change of motion was studied later.
O neutral-fact | The main span dropped into the Narrows at about 11:00 on 7 November 1940 in a wind of roughly 40 miles per hour.
O policy-subject | The specification Lyle worked from allowed for static wind pressure only and said nothing about oscillation.
O system-counterfactual | With open stiffening trusses instead of solid plate girders, the wind would have passed through the deck rather than driving it.
O agentless-passive | A car was abandoned on the span, and the dog inside could not be reached before the deck went down.
O credit | Emlyn walked out onto the heaving deck to make sure nobody else was still on it, and the span was empty of people when it fell.
""",
actions="""
Y Y N PREVENTS | Bridge design board | 1941-06-30 | Test a scale model of any new Narrows deck in a wind tunnel at speeds up to 120 mph before the design is approved.
N N N PARTIAL | State toll authority | | Restore the public's faith in our bridges.
Y Y Y DETECTS | Lyle Sandercock-Vail | 1940-12-15 | Fit motion gauges at midspan and both quarter points of every suspension span in the state and record readings hourly whenever the wind is over 25 mph.
N Y Y PREVENTS | Elmore | 1941-03-01 | Rethink the deck design.
N N N DETECTS | everyone | | Watch for unusual movement.
Y Y N PARTIAL | Toll operations | | Close the span to traffic whenever midspan vertical movement exceeds 2 feet, with a written closure order held at the toll booth.
N Y Y PARTIAL | Augusta Fenstermacher | 1941-01-31 | Share the film with the engineers.
Y N N PREVENTS | Highway department | 1941-12-31 | Require aerodynamic model testing for every suspension bridge built with state or federal money from 1941 on.
N Y N DETECTS | Maintenance crew | | Check the cable bands often.
Y Y Y PARTIAL | Emlyn Scantlebury | 1940-11-30 | Survey the standing towers and cables and list, piece by piece, which parts can be reused for the replacement span.
N N N PARTIAL | | | Tell people what we know as we learn it.
""",
ww="""
C | Closing the toll plaza at 10:00 meant only one car was left on the span when it fell.
V | The toll staff showed great courage that morning.
V | The whole community rallied round.
"""))

# 9. Silver Bridge, Point Pleasant WV - Kanauga OH, 15 Dec 1967, about 5 p.m.: 1928 eyebar-chain suspension bridge
# (eyebars bid as a cheaper alternate to wire cable), two eyebars per link; eyebar 330 in the north chain fractured from
# a 0.1-inch flaw (stress corrosion / corrosion fatigue); 37 vehicles fell, 46 dead; loads far above the design; St.
# Marys bridge of the same design closed 1969; National Bridge Inspection Standards 1971.
S.append(dict(url="https://everything.explained.today/Silver_Bridge/",
people=["Virgil Kinnamon", "Arletta Shamblin", "Clovis Rardin", "Opal Gandee"],
blame="""
B failure-verb | Clovis walked that bridge in '65 and never once got up under the chain to look at the eyebar heads.
B passive-agent | The 1951 inspection was done by Kinnamon from the roadway with a pair of binoculars and signed off as complete.
B counterfactual | If the road commission had posted a load limit when the trucks got heavier, those 46 folks would be home for Christmas.
B group-blame | The highway department let that bridge rust for forty years and then acted surprised when it fell.
B nobody-blame | Nobody down in Charleston ever bothered to ask if a bridge built for Model T's could carry today's coal trucks.
B rhetorical-question | Who signs an inspection report for a chain they never even laid a hand on?
B role-blame | The bridge inspector for Mason County went three years without filing a single written report on the chain.
B sanction | Whoever okayed that cut-rate eyebar design back in '28 ought to have been run out of the profession.
O system-failure | Eyebar 330 in the north chain cracked through at the pin hole, and with only two bars per link the chain could not carry the load.
O system-should | The chain should have had more than two eyebars per link so that one fracture could not drop the span.
O actor-neutral | Opal ran to the store phone in Kanauga and called the sheriff's office a few minutes after five.
O neutral-fact | The bridge fell at about 5 p.m. on 15 December 1967 with 37 vehicles on it, and 46 people died.
O policy-subject | The inspection manual Arletta was given in 1965 had no method for seeing inside an eyebar head without taking the joint apart.
O system-counterfactual | With a redundant wire-cable design, the loss of one member would have let the span sag rather than fall.
O agentless-passive | The St. Marys bridge of the same design was closed in 1969 and later torn down.
O self-report | I drove over it at a quarter to five that afternoon and it was bumper to bumper because of the light on the Point Pleasant end.
""",
actions="""
Y Y N DETECTS | State road commission | 1968-03-31 | Inspect the St. Marys eyebar bridge hands-on, with the chain joints opened up, and publish the finding for each joint.
N N N PARTIAL | West Virginia | | Give bridges the attention they deserve.
Y Y Y DETECTS | Clovis Rardin | 1968-02-15 | Write a two-year inspection schedule for each bridge in Mason and Gallia counties and file each inspection on a signed form.
N Y Y PARTIAL | Virgil | 1968-01-31 | Check in with the families about the bridge fund.
Y N N DETECTS | Federal highway office | 1971-12-31 | Set a national rule that every bridge on a federal-aid route is inspected at least once every two years by a qualified inspector.
N N N DETECTS | we | | Be more careful about old bridges.
Y Y N PARTIAL | Traffic engineering | 1968-01-15 | Post a 15-ton load limit on the remaining eyebar bridge and move its signal light so traffic cannot queue on the span.
N Y N PREVENTS | Bridge design | | Design redundancy into future bridges.
Y Y Y PREVENTS | Arletta Shamblin | 1968-06-30 | Specify the replacement crossing so every main member has at least three load paths, checked by an independent designer before bids go out.
N Y Y DETECTS | Opal Gandee | | Keep watch on the new bridge.
Y Y N DETECTS | | | Weigh the traffic on the Point Pleasant crossing with a portable scale for one week each quarter and report the heaviest axle loads.
""",
ww="""
C | Tugboats already on the river reached the cars within minutes and pulled survivors out before the divers got there.
C | The wreckage was laid out in a field by chain position, which let investigators find the broken eyebar within weeks.
V | The town showed real heart.
"""))

# 10. Vajont, 9 Oct 1963, 22:39: SADE arch dam (262 m) under Monte Toc; geological warnings of an ancient landslide;
# 1960 slide and M-shaped crack; filling and lowering cycles; slope moving fast in early October; attempt to lower the
# lake; about 270 million m3 fell into the lake, wave overtopped the dam by ~250 m, Longarone and Piave villages
# destroyed, about 1,900-2,000 dead; the dam itself held; reports concealed and warnings dismissed; later trials.
S.append(dict(url="https://howlingpixel.com/i-en/Vajont_Dam",
people=["Girolamo Dal Farra", "Tiziana Bortoluzzi", "Bortolo Fent", "Graziella Zanolli"],
blame="""
B failure-verb | The engineer Fent has ignored the geologist report of 1959 about the old landslide, he put it in a drawer and that was all.
B passive-agent | The decision to continue the filling after the slide of 1960 was taken by Dal Farra and the directors, against the opinion of the geologists.
B counterfactual | If the dottoressa Bortoluzzi ordered the evacuation when the mountain moved 20 centimetres in a day, two thousand persons would be alive today.
B group-blame | The company and the ministry hid the reports and called the villagers alarmists, this is the truth of Vajont.
B character | Zanolli is a woman who cares more for the kilowatt than for the people of Erto, everybody in the valley knows it.
B hindsight | Any geologist who walked on Monte Toc could see the crack in the shape of an M; to say it was unforeseeable is ridiculous.
B sarcasm | Complimenti to the engineers who decided to manage 270 million cubic metres of moving mountain by lowering the lake a few metres.
B human-error | The sentence of the first trial (summary): the disaster was caused by grave errors of the responsible engineers.
O system-failure | Lowering the reservoir failed to stop the slope; the sliding mass went faster and faster in the first days of October.
O system-should | The monitoring network should have had an alarm threshold tied to evacuation, not only benchmarks read by hand.
O actor-neutral | Tiziana read the benchmarks on the slope every day in September and sent the figures to the office in Venice.
O neutral-fact | At 22:39 on 9 October 1963 about 270 million cubic metres of rock fell into the lake and the wave overtopped the dam by some 250 metres.
O policy-subject | The concession Girolamo negotiated did not require any independent geological review before the filling.
O system-counterfactual | Had the reservoir been kept below the level reached before the 1960 slide, the clay layers would have stayed drier and the slope slower.
O agentless-passive | Longarone and the villages along the Piave were destroyed in a few minutes, and almost 2,000 people died.
O meta-blameless | The newspapers of the time spoke of a "natural catastrophe"; we do not accept that, and we also do not look for one guilty man, we look at how the warnings were handled.
""",
actions="""
Y Y N PREVENTS | Dam safety service | 1964-06-30 | Forbid filling any reservoir below a slope with a known ancient landslide until an independent geological commission has approved it in writing.
N N N PARTIAL | ENEL | | Take care of the survivors in the valley.
Y Y Y PARTIAL | Tiziana Bortoluzzi | 1964-03-31 | Write the evacuation plan for Erto, Casso and the Piave valley with a trigger of 10 cm per day on any benchmark, and give a copy to each mayor.
N Y Y DETECTS | Bortolo | | Follow the movements of the mountain.
N N N PREVENTS | everyone | | Never again a Vajont.
Y Y N DETECTS | Monitoring office | | Read the Monte Toc benchmarks by automatic instrument every hour and telephone the prefecture when any moves more than 2 cm in a day.
N Y Y PARTIAL | Graziella Zanolli | 1964-01-15 | Discuss with the mayors a better information.
Y N N PARTIAL | Ministry of public works | 1965-12-31 | Publish the geological reports of every large dam in Italy so any citizen can read them at the prefecture.
N Y N PREVENTS | Geology team | | Study the slope more deeply.
Y Y Y PREVENTS | Girolamo Dal Farra | 1964-02-28 | Keep the residual Vajont lake empty, with the bypass tunnel open, until the commission decides in writing on the future of the dam.
N N N DETECTS | | | More attention to signals from the population.
""",
ww="""
C | The dam itself held, and the September benchmark records survived, so the speed of the slope could be rebuilt day by day.
V | The solidarity of all Italy was moving.
V | The alpine troops worked with great generosity.
"""))

# 11. Ronan Point, Canning Town, 16 May 1968, about 5:45 a.m.: 22-storey Larsen-Nielsen large-panel block by Taylor
# Woodrow Anglian, completed March 1968; town gas leak from a faulty brass nut on a cooker hose in flat 90 (18th floor),
# ignited by a match; flank wall blown out; progressive collapse of the south-east corner; 4 dead, 17 injured; the
# neighbour who fitted the cooker acted in accordance with good practice; tribunal (Griffiths) found the collapse
# inherent in the design; regulations changed.
S.append(dict(url="https://www.building.co.uk/news/the-extent-of-the-collapse-was-inherent-in-the-design-of-ronan-point/3057816.article",
people=["Cyril Pargeter", "Maureen Stallabrass", "Tobenna Okoronkwo", "Hilda Wickenden"],
blame="""
B failure-verb | Pargeter's design office never worked out what happens to the floors above if one flank wall goes.
B passive-agent | The joint details were passed by Maureen for the borough without a single calculation for an explosion.
B counterfactual | Had the borough engineer checked the design against progressive collapse, none of the four would have died.
B group-blame | Taylor Woodrow Anglian threw these blocks up like a house of cards and the council took the keys with a smile.
B competence | These so-called structural engineers didn't understand their own system; one gas cooker brought down a whole corner.
B rhetorical-question | Which bright spark decided you could stack flats up like bricks with nothing tying them together?
B human-error | Cause (housing committee note): human error in the connection of a gas cooker by an unqualified neighbour.
B timeline-blame | 05:45 explosion in flat 90 (cooker connected by T. Okoronkwo, who was no gas fitter and should never have touched it).
O system-failure | The blast pushed out the load-bearing flank wall of flat 90, and the floor slabs above, with no ties at the joints, failed to find another load path.
O system-should | The panel system should have tied each floor slab to its walls with steel so that losing one panel could not bring down the floors above.
O actor-neutral | Hilda knocked on every door on the 17th floor and led her neighbours down the stairs before the fire brigade arrived.
O neutral-fact | At about 5:45 a.m. on 16 May 1968 a gas explosion on the 18th floor of Ronan Point brought down the south-east corner; four people died and seventeen were hurt.
O policy-subject | The building regulations Maureen applied in 1966 had nothing to say about progressive collapse in system-built towers.
O system-counterfactual | With tied joints and an alternative load path, the explosion would have wrecked one flat and the collapse would have stopped there.
O agentless-passive | The gas supply to the block was cut off, and the remaining flats were emptied the same morning.
O quoted-question | Tenants asked at the meeting "was it the lady with the match?"; the tribunal's answer was that the collapse was inherent in the design and that the cooker had been fitted in line with good practice.
""",
actions="""
Y Y N PREVENTS | Structural engineering | 1969-03-31 | Fit steel angle ties at every floor-to-wall joint on Ronan Point and its sister blocks, and load-test one joint per floor.
N N N PARTIAL | Newham council | | Reassure the tenants that the towers are safe.
Y Y Y PREVENTS | Maureen Stallabrass | 1968-12-31 | Disconnect the gas supply from all nine system-built blocks and install electric cookers in every flat.
N Y Y DETECTS | Cyril | 1969-01-31 | Have another look at the joint drawings.
Y N N PREVENTS | Ministry of Housing | 1969-06-30 | Amend the building regulations so every building over six storeys must survive the loss of any one load-bearing wall panel.
N N N DETECTS | we | | Keep an eye on the high-rise blocks.
Y Y Y PARTIAL | Tobenna Okoronkwo | 1968-08-31 | Check every flexible cooker hose connection in the block and replace each brass nut of the type found in flat 90.
N Y N PARTIAL | Housing management | | Improve communication with residents of Ronan Point.
Y Y N DETECTS | Gas board | | Pressure-test the gas installation in every flat of the block at 1.5 times working pressure and keep a signed record per flat.
N Y Y PREVENTS | Hilda Wickenden | | Make sure the tenants are listened to.
Y Y N PARTIAL | | 1968-07-15 | Rehouse the families from the damaged corner flats and confirm each move in writing to the tenants' association.
""",
ww="""
C | The fire brigade had the stairwell cleared of rubble by 07:00, which let the ambulance crews reach the 17th floor.
C | The tribunal reported within six months, so the ban on gas in system-built blocks could be decided the same week.
V | The neighbours were wonderful to each other.
"""))

# 12. Moorgate, 28 Feb 1975, 8:46 a.m.: Northern City Line train from Drayton Park ran through platform 9 at Moorgate
# without braking, through the sand drag and into the hydraulic buffer and end wall of the overrun tunnel; dead man's
# handle still depressed; 43 dead, 74 injured; 13 hours to free the injured, tunnel above 49 C, last body after four
# days; no fault in the train, no medical explanation; inquiry attributed it to the driver; later automatic train-stops
# at dead-end terminals ("Moorgate control").
S.append(dict(url="https://wikisum.wiki/wiki/Moorgate_tube_crash",
people=["Reginald Tunnicliffe", "Sylvia Ashbolt", "Horace Kittermaster", "Gloria Mensforth"],
blame="""
B failure-verb | Tunnicliffe drove straight past the red lamp at the end of platform 9 and never laid a finger on the brake.
B passive-agent | The train was taken into the overrun by Reg at something like 40 mph, as if the buffer wasn't there.
B counterfactual | If the guard had pulled the emergency valve as they ran through the platform, half of them might have lived.
B mistake-attribution | Cause (inquiry summary as quoted in the branch minutes): the accident was due to the driver, no fault being found with the train.
B character | Reg was a loner and a bit strange that morning, anyone on the platform could see it.
B group-blame | The management knew the overrun tunnels were death traps and sat on their hands for years.
B sarcasm | Brilliant bit of planning, that: a dead-end tunnel with a sand drag and a buffer built for 10 mph, on a line where trains come in at 40.
B hindsight | Any motorman worth his badge shuts off at the signal coming into Moorgate, that's first-week stuff.
O system-failure | The train entered the overrun tunnel with the dead man's handle still held down and no brake applied, and the sand drag and buffer failed to stop it.
O system-should | The terminus should have had a device that cut power and braked automatically any train approaching the buffers too fast.
O actor-neutral | Gloria crawled into the first carriage after 10 a.m. and stayed in the tunnel until the last survivor was freed.
O neutral-fact | At 8:46 a.m. on 28 February 1975 a southbound train ran into the end wall of the tunnel beyond platform 9; 43 people died and 74 were injured.
O policy-subject | The rule book Horace was trained on gave the guard no instruction on when to use the emergency valve on the approach to a terminus.
O system-counterfactual | With a train-stop linked to a timed signal on the approach, the train would have been braked automatically before the platform.
O agentless-passive | The last body was recovered four days later; by then the tunnel temperature had gone above 49 degrees Celsius.
O meta-blameless | The papers settled on "the mystery driver"; the useful question is why a terminus depended on one man's braking with nothing behind it.
""",
actions="""
Y Y N PREVENTS | Signalling engineering | 1976-06-30 | Install timed train-stops on the approach to every dead-end terminal platform on the Underground that brake any train passing faster than 15 mph.
N N N PARTIAL | London Transport | | Give the public confidence in the Tube again.
Y Y Y PARTIAL | Horace Kittermaster | 1975-09-30 | Add a rule telling guards to apply the emergency brake if a train does not slow at the start of a terminus platform, and check every guard on it.
N Y Y DETECTS | Sylvia | | Watch drivers closely coming into Moorgate.
N N N DETECTS | | | Take driver health seriously.
Y Y N PARTIAL | Station engineering | 1975-12-31 | Lengthen the Moorgate overrun and fit a buffer rated for 25 mph, with the design checked by the railway inspectorate.
N Y Y PARTIAL | Gloria Mensforth | 1975-06-01 | Share the medical lessons with the hospitals.
Y N N DETECTS | Occupational health | 1976-03-31 | Give every train driver over 50 a medical examination each year, with the result filed before the roster is renewed.
N Y N PREVENTS | Operations | | Stop trains overrunning at Moorgate.
Y Y Y DETECTS | Sylvia Ashbolt | | Fit a speed recorder to every train on the Northern City Line and download each one weekly.
N N N PARTIAL | we | | Look after the families.
""",
ww="""
C | Cutting the traction current and setting up a medical post on the platform within the first hour let the doctors treat people where they lay.
V | The rescuers were heroes.
V | London at its best.
"""))

# 13. Iroquois Theatre, Chicago, 30 Dec 1903, about 3:15 p.m.: opened 23 Nov 1903, billed "absolutely fireproof";
# matinee of Mr. Bluebeard with about 1,700 in the house; arc light ignited muslin; safety curtain jammed part way;
# exits locked or hidden, doors opening inward; no fire alarm; fire swept into the balcony and gallery; 602 dead;
# deficiencies known to city officials; code changes followed.
S.append(dict(url="https://www.nfpa.org/News-and-Research/Publications-and-media/NFPA-Journal/2015/July-August-2015/News-and-Analysis/Looking-Back",
people=["Erasmus Vandersloot", "Honora Gaffney", "Ansel Wickersham", "Bertha Klingensmith"],
blame="""
B failure-verb | Mr. Vandersloot opened the house with no fire alarm, no sprinklers and the stage vents nailed shut, and sold seventeen hundred seats regardless.
B passive-agent | The exit doors were bolted by order of the management, to stop gallery patrons slipping down into the dearer seats.
B counterfactual | Had the building inspector done his duty instead of passing the house on a stroll through the lobby, six hundred souls would have gone home.
B group-blame | The City Hall crowd winked at every violation in that theatre so long as the syndicate was paying.
B sanction | The manager and the building inspector ought to stand trial for manslaughter, every last one of them.
B role-blame | The flyman let the asbestos curtain foul on the light reflector and never stirred to free it.
B rhetorical-question | What manner of men hang muslin within a yard of an arc lamp and print "absolutely fireproof" on the playbill?
B nobody-blame | Not a soul on the staff lifted a finger to open the skylight vents over the stage.
O system-failure | The asbestos safety curtain jammed about two-thirds of the way down, caught on a light reflector, and failed to seal the stage off from the house.
O system-should | The stage should have had vents that opened automatically with heat, drawing the fire upward instead of out into the auditorium.
O actor-neutral | Honora unbolted the north balcony doors by feel in the smoke and led some forty people out onto the fire escape.
O neutral-fact | The fire broke out at about 3:15 p.m. on 30 December 1903 during a matinee; 602 people died.
O policy-subject | The city ordinance Ansel cited required an alarm and sprinklers in theatres but set no date by which a new house had to have them working.
O system-counterfactual | If the exit doors had opened outward on a push bar, the crush at the foot of the gallery stairs would not have formed.
O agentless-passive | The dead were carried to shops and restaurants nearby, which served as morgues through the night.
O credit | Bertha kept her three children together against the wall of the lower foyer, where the smoke was thinnest, until the firemen reached them.
""",
actions="""
Y Y N PREVENTS | City building department | 1904-03-31 | Require every theatre exit door in the city to open outward on a panic bar with no bolt, and close any house that fails the check.
N N N PARTIAL | Theatre syndicate | | Restore the public's trust in theatre-going.
Y Y Y DETECTS | Ansel Wickersham | 1904-01-15 | Inspect every theatre in the city before it reopens and post a signed certificate in the lobby listing its exits, alarm and curtain test date.
N Y Y PARTIAL | Erasmus | 1904-02-01 | Look into staff fire drills.
Y Y N DETECTS | Stage crews | | Lower and raise the safety curtain before every performance and enter the time in the stage log.
N N N DETECTS | everyone | | Be watchful for fire.
Y N N PREVENTS | State legislature | 1905-06-30 | Ban untreated scenery and drapery in every public assembly house in the state, with flame retardants tested by the state fire marshal.
N Y N PARTIAL | Ushers | | Help the audience in an emergency.
Y Y Y PARTIAL | Honora Gaffney | 1904-01-31 | Mark every exit and stairway in the house with a lighted sign and hold an evacuation drill for all ushers each week.
N Y Y PREVENTS | Bertha Klingensmith | | Press the city to make theatres safer.
Y Y N PARTIAL | | 1904-02-15 | Post a fireman with a charged hose line on the stage during every performance at each downtown theatre.
""",
ww="""
C | Firemen from the engine house a block away had a hose on the stage within minutes of the alarm being carried to them.
C | The restaurants on Randolph Street opened their doors as first-aid rooms, so the injured were treated within a block.
V | The people of Chicago showed great kindness.
"""))

# 14. Alexander L. Kielland, Ekofisk field, 27 March 1980: CFEM-built (Dunkerque) semi-submersible used as a flotel
# for Edda 2/7C; minutes before 18:30 a sharp crack, bracing D-6 failed from a fatigue crack at the fillet weld of a
# hydrophone fitting, other braces to leg D failed, 30-degree list, last anchor cable parted and the rig capsized;
# lifeboat release problems; 212 aboard, 123 dead, 89 survived; bracing not in the 1979 inspection; rig righted 1983.
S.append(dict(url="https://www.realclearhistory.com/2023/03/30/how_oil-rig_flotel_came_apart_capsized_and_killed_123_890318.html",
people=["Arnfinn Haugvaldstad", "Gudny Eidsheim", "Goulven Le Goffic", "Tordis Tveitevaag"],
blame="""
B failure-verb | Goulven's welders in Dunkerque botched the fillet weld on the hydrophone fitting, six millimetres of bad work that killed 123 men.
B passive-agent | The D-6 bracing was left out of the 1979 inspection by Gudny, and by then the crack was already through more than half the steel.
B counterfactual | If Arnfinn had ordered muster at the lifeboats by the first crack, we had lost many fewer men.
B group-blame | The French yard built the rig like a ship and not like a platform, they did not understand fatigue in the North Sea.
B competence | Who designs a rig with no redundancy in the braces? This is beginner engineering.
B sarcasm | Very clever to cut a hole for a sonar in the main brace of a rig that was only ever going to be a hotel.
B human-error | Cause (union newsletter): human error in the fabrication and in the inspection.
B hindsight | Every lifeboat man knows you cannot release the hooks under load in 12 metre seas, the company should have known it already in 1976.
O system-failure | Bracing D-6 broke from a fatigue crack at the hydrophone weld, and the other braces to leg D failed one after the other.
O system-should | The lifeboat release hooks should have opened under load; most boats could not get free of the falls in the waves.
O actor-neutral | Tordis sent the mayday from the radio room and kept transmitting until the list made it impossible to stand.
O neutral-fact | The rig capsized in the Ekofisk field on 27 March 1980; of the 212 people aboard, 123 died.
O policy-subject | The inspection programme that Gudny followed covered the columns and pontoons, but not the bracings.
O system-counterfactual | If the design could lose one bracing without losing a column, the rig would have stayed afloat with a list.
O agentless-passive | The rig was turned right way up in 1983 and towed into a fjord, where the investigation continued.
O self-report | I was in the cinema when we felt a sharp crack and then trembling, and in some seconds the floor had a big angle.
""",
actions="""
Y Y N PREVENTS | Rig design | 1981-06-30 | Show by calculation that each of the company's semi-submersibles stays afloat with any one bracing removed, and strengthen those that do not.
N N N PARTIAL | Phillips and Stavanger Drilling | | Work together on safety offshore.
Y Y Y DETECTS | Gudny Eidsheim | 1980-06-30 | Inspect every bracing weld on the sister rig Henrik Ibsen with ultrasonic testing and send the results to the Maritime Directorate.
N Y Y PARTIAL | Arnfinn | 1980-09-01 | Review the emergency procedures on board.
N N N DETECTS | we | | Be more alert to cracks.
Y Y N PARTIAL | Lifeboat equipment | 1981-03-31 | Fit on-load release hooks to every lifeboat on the rig and prove each one opens with the boat fully loaded in a harbour test.
N Y Y DETECTS | Goulven Le Goffic | | Follow up the welding quality at the yard.
Y N N PARTIAL | Norwegian Maritime Directorate | 1982-12-31 | Require a survival suit for every person on every mobile unit in Norwegian waters, stowed at the muster station.
N Y N PREVENTS | Fabrication | | Weld better.
Y Y Y PARTIAL | Tordis Tveitevaag | 1980-12-15 | Write a muster list giving each person a named lifeboat or raft, and drill it on board once a week with the times recorded.
N N N PARTIAL | | | Support the families in Rogaland.
""",
ww="""
C | The crew on Edda lowered their own crane basket and pulled men from the water while the helicopters were still on the way.
V | Many brave men that night.
V | The whole region stood together.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

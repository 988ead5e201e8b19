# heldout31 rules data (see ../rules/SOURCES-heldout31.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Phobos 1 upload 1988, Soyuz-2.1b / Fregat Meteor-M 2-1 launch-site constants 2017,
# Los Angeles Center VSCS voice-switch timer 2004, Galileo ground-segment timing outage 2019, Beresheet landing
# command 2019, Spirit rover sol-18 flash reset loop 2004, DART rendezvous navigation 2005) and 7 outside software
# (Tokaimura JCO criticality 1999, St. Francis Dam 1928, Windscale Pile No. 1 fire 1957, Cocoanut Grove fire 1942,
# Mianus River Bridge 1983, MS Estonia 1994, SL-1 reactor 1961).
# Styles vary: translated Soviet flight-control memo and digest comments, Russian launch-forum and rideshare-customer
# chat, FAA maintenance log and controllers' bulletin, Italian/German ground-segment chat and Brussels memo, Israeli
# mission-control chat and press briefing, JPL anomaly ticket and team retrospective, mishap-board prose and contractor
# e-mail, translated Japanese committee English and union leaflet, 1928 inquest and valley letters, 1957 authority
# memo and Cumbrian pub talk, 1942 Boston newspaper and radio, Connecticut call-in radio and hearing notes, Estonian /
# Swedish / Finnish survivors' forum and commission prose, 1961 Army board prose and base gossip.
S = []

# 1. Phobos 1, Aug-Sep 1988: upload prepared 28-30 Aug at Yevpatoria; one character left out; the checking computer
# was down and the sequence went out unchecked; a ground-test routine that turns attitude control off had been left
# in PROM; thrusters off, arrays off the Sun, batteries flat; 2 Sep session silent; revival abandoned in November.
S.append(dict(url="http://www.thelogbook.com/1988/phobos-1-lost/",
people=["Yevstafiy Gorbunkov", "Raisa Tverdokhlebova", "Modest Kalinichenko", "Agrafena Zhuravleva"],
blame="""
B failure-verb | Gorbunkov has skipped the machine proofreading and transmitted the sequence himself, one hyphen short.
B passive-agent | The upload of 29 August was composed and sent by Modest Kalinichenko alone, the verification step simply thrown away.
B counterfactual | If Raisa had waited the six hours for the checker to be repaired, we would have a spacecraft near Mars and not a tumbling piece of metal.
B group-blame | The Yevpatoria night shift are cowboys who treat the procedure book as decoration on the wall.
B sanction | Commission must find the man who typed it and take away his bonus and his console access; only then the others will learn.
B human-error | Cause of loss (preliminary conclusion, translated): error of the operator in preparation of the command sequence.
B rhetorical-question | Who in his right mind sends commands to a probe twenty million kilometres away while the proofreading computer is switched off?
B hindsight | Any controller with one year at Yevpatoria knew the attitude-off routine still lived in the PROM; for an experienced man to trip over it is unforgivable.
O system-failure | The ground checking computer, meant to proofread every sequence before transmission, failed that night and nothing stopped an unchecked sequence from going out.
O system-should | The uplink software should have refused any sequence that had not passed the proofreading step, whatever the operator typed.
O actor-neutral | On 2 September Agrafena Zhuravleva listened through the scheduled session, heard no carrier, and telephoned the duty chief at once.
O neutral-fact | Phobos 1 was launched from Baikonur on a Proton-K on 7 July 1988 and was lost on the way to Mars at the start of September.
O policy-subject | The procedure Kalinichenko worked under allowed a manual transmission when the checker was down, provided the shift chief signed, and set no waiting time.
O system-counterfactual | Had the ground-test routine been taken out of the flight PROM before launch, a one-character slip in an upload could not have switched attitude control off.
O agentless-passive | The attitude thrusters were disabled, the solar panels drifted off the Sun, and the batteries were drained within days.
O meta-blameless | The commission was told to find who was responsible; the engineers' note answered that a single dropped hyphen should never have had the power to end a mission.
""",
actions="""
Y Y N PREVENTS | Flight software group | 1989-01-15 | Remove the attitude-control-off test routine from the Phobos 2 command dictionary so that no ground upload can call it.
N N N PARTIAL | Yevpatoria control centre | | Raise the discipline of the operating shifts.
Y Y Y PREVENTS | Raisa Tverdokhlebova | 1988-10-01 | Block the transmitter from sending any sequence whose checksum has not been confirmed by the proofreading computer.
N Y Y DETECTS | Agrafena | 1988-12-01 | Look more carefully at the telemetry after each upload.
Y Y N DETECTS | | | Read back every uploaded sequence from the spacecraft memory and compare it byte for byte with the ground copy before the next session.
N N N PARTIAL | we | | Learn the lessons of Phobos 1 for all future missions.
Y Y Y PARTIAL | Yevstafiy Gorbunkov | 1988-11-15 | Write a one-page rule for the checker-down case (no upload for 24 hours unless the flight director signs an emergency) and post it in each control room.
N Y N PREVENTS | Ground segment | 1989-03-01 | Make the command checking computer more reliable.
Y N N PARTIAL | Space Research Institute | | Train every controller on all interplanetary missions in the new upload procedure, with a written test passed at 80 percent, before 1 March 1989.
N Y Y DETECTS | Raisa Tverdokhlebova | 1988-12-20 | Improve monitoring of the attitude system.
Y Y N DETECTS | Telemetry group | 1988-10-30 | Raise an alarm on the control room panel if the spacecraft reports attitude control disabled for more than one telemetry frame.
""",
ww="""
C | The missed 2 September session was reported to the duty chief within minutes, and recovery commands went out the same evening.
C | The upload rule reached the Phobos 2 crew before its Mars orbit insertion, so the sister craft never flew an unchecked sequence.
V | Everyone behaved with great dignity in a very hard moment.
"""))

# 2. Soyuz-2.1b / Fregat, Meteor-M No. 2-1, Vostochny, 28 Nov 2017 05:41 UTC: 19 satellites; Fregat flight task set
# up as for Baikonur; the stage tried to turn to the expected attitude, fired nearly upside down about a minute after
# separation and re-entered; deputy prime minister blamed "human error", Roscosmos said procedures were followed.
S.append(dict(url="https://www.bbc.co.uk/news/technology-42502571",
people=["Zakhar Pryanishnikov", "Ulyana Serebrennikova", "Gleb Astakhovsky", "Ingvild Haugrud"],
blame="""
B failure-verb | Pryanishnikov's group never changed the launch-site constants in the Fregat program, they copied the Baikonur file and called it ready.
B passive-agent | The flight task for the Fregat was signed off by Gleb Astakhovsky on Friday evening without anybody running it against the Vostochny geometry.
B counterfactual | if Ulyana's people had run one simulation with the real pad coordinates, 19 satellites would be in orbit tonight
B group-blame | Ballistics department at the upper-stage maker did a schoolboy mistake and now whole industry pays for it.
B mistake-attribution | Official version from the deputy prime minister, and he is right: they did not get the coordinates right, it was people, not circumstances.
B sarcasm | Congratulations to the Fregat programmers, first rocket in history to leave the Amur region while believing it is in Kazakhstan.
B competence | Such specialists cannot be allowed near a flight program, they do not understand the difference between two cosmodromes.
B human-error | Root cause, per the Rossiya 24 interview: human error in programming.
O system-failure | After separation the Fregat control system failed to reconcile its stored reference attitude with the real one and lit the main engine almost upside down.
O system-should | The flight-task build tool should have taken the launch-site coordinates from the pad survey database instead of from a template carried over from Baikonur.
O actor-neutral | At 06:45 UTC Ingvild Haugrud posted in our channel that the first pass over Svalbard heard nothing from our cubesat.
O neutral-fact | The Soyuz-2.1b lifted off from Vostochny at 05:41 UTC on 28 November 2017 carrying Meteor-M No. 2-1 and eighteen smaller satellites.
O policy-subject | The preparation checklist that Astakhovsky signed listed the flight task as a document to attach, not as something to verify for a new launch site.
O system-counterfactual | Had the Fregat's attitude logic had more than about a minute to settle before the first burn, the wrong starting orientation might have been corrected.
O agentless-passive | The upper stage and all nineteen payloads were lost, and the debris came down in the ocean far to the south.
O quoted-question | "Which idiot loaded Baikonur?" was the first message in the chat; the commission's answer was that no step in the process compared the program with the pad it would fly from.
""",
actions="""
Y Y N PREVENTS | Fregat ballistics | 2018-02-01 | Generate the launch-site block of every Fregat flight task from the pad survey database, with no hand-edited coordinates.
N N N PARTIAL | Roscosmos | | Strengthen the responsibility of industry specialists.
Y Y Y DETECTS | Ulyana Serebrennikova | 2018-01-15 | Before each Vostochny launch, run the full flight task in the six-degree simulator with the Vostochny pad coordinates and attach the plot of stage attitude at first Fregat ignition.
N Y Y PARTIAL | Gleb | 2018-03-01 | Review the flight task sign-off.
N N N DETECTS | everyone | | Be attentive to launch-site differences.
Y Y N PARTIAL | Rideshare office | | Send each secondary-payload customer the last known separation state vector within 30 minutes of any launch anomaly.
N Y N PREVENTS | Upper-stage software | 2018-04-01 | Modernise the Fregat guidance program.
Y N N PARTIAL | | 2018-06-30 | Write a clause into every rideshare contract that refunds the customer's launch fee within 90 days of a failed launch.
N Y Y DETECTS | Zakhar Pryanishnikov | 2018-01-20 | Double-check the coordinates before the next launch.
Y Y N PREVENTS | Vostochny range | | Refuse to start the countdown until the flight task's launch-site checksum matches the one the range issued for that pad.
N N N PARTIAL | Industry | | Restore confidence in Russian launch services.
""",
ww="""
C | Our own ground station in Svalbard confirmed silence on the first pass, so we told our customers within the hour instead of waiting for an official statement.
V | The international small-satellite community was very supportive.
V | Big thanks to all who were awake with us through the night.
"""))

# 3. Los Angeles ARTCC, Palmdale, Tue 14 Sep 2004, about 16:40 PDT: Voice Switching and Control System on upgraded
# servers had a countdown that shut it down after about 49.7 days unless reset; a 30-day reset was required and was
# not done; the backup was configured wrongly and failed; radio with high-altitude traffic lost for over three hours;
# about 800 flights affected; union reported near-misses; a software fix was planned.
S.append(dict(url="http://articles.latimes.com/2004/sep/17/local/me-faa17",
people=["Radford Blomquist", "Anacleta Borunda", "Corliss Vandevanter", "Merewyn Maplethorpe"],
blame="""
B failure-verb | Per the shift log, tech Blomquist let the 30-day reset lapse and nobody caught it until the radios went dead.
B passive-agent | The backup switch was configured by the contractor crew last spring and left in a state where it could not carry a single frequency.
B counterfactual | If Radford had done the reset on his mid shift like the card said, eight hundred flights leave on time.
B group-blame | Tech Ops at ZLA had been treating that maintenance card as optional for months, and on Tuesday it caught up with them.
B role-blame | The systems specialist on duty signed the shift log "no open items" with the reset already a week overdue.
B nobody-blame | Not one supervisor in that building thought to glance at the reset date on the board.
B rhetorical-question | how do you forget the one job whose whole point is to stop the radios shutting off??
B sanction | That technician should be pulled off certification until a review board decides whether he keeps his job.
O system-failure | The voice switch servers shut themselves down when an internal countdown ran out, and the backup failed to take over because of how it was configured.
O system-should | A timer that can silence every frequency in the centre should have warned on the maintenance console days before it expired.
O actor-neutral | Anacleta Borunda, working a high sector east of the desert, was first to report at about 16:40 that her frequencies had gone quiet.
O neutral-fact | Radio contact with high-altitude traffic over Southern California was lost for a little over three hours on the evening of 14 September 2004.
O policy-subject | The maintenance order Radford worked from described the reset as routine, with no alarm, no second signature and no escalation if it slipped.
O system-counterfactual | Had the software fix that removes the shutdown been fielded when the fault was found a year earlier, a missed reset would have cost nothing.
O agentless-passive | Departures for Southern California were held on the ground and about 800 flights were delayed, diverted or cancelled.
O credit | Merewyn, on the next sector, kept handing traffic off by landline to the neighbouring centre for the first forty minutes without being asked.
""",
actions="""
Y Y N PREVENTS | FAA second-level engineering | 2004-11-30 | Install the voice switch software patch that removes the 49.7-day shutdown on both the primary and backup servers at Los Angeles Center.
N N N PARTIAL | Tech Ops | | Reinforce the importance of preventive maintenance.
Y Y Y DETECTS | Corliss Vandevanter | 2004-10-15 | Put a count of days since the last voice switch reset on the watch desk display and sound an alarm when it reaches 25.
N Y Y PREVENTS | Radford | 2004-10-01 | Make sure the reset gets done from now on.
Y Y N PARTIAL | Los Angeles Center Tech Ops | | Reconfigure the backup voice switch to carry every primary frequency and prove it with a one-hour live switchover signed by the facility manager.
N N N DETECTS | we | | Keep a closer eye on all maintenance due dates.
Y Y Y PARTIAL | Merewyn Maplethorpe | 2004-12-15 | Write a lost-communications checklist for Los Angeles Center listing, sector by sector, which neighbouring facility takes the traffic and over which landline.
N Y N PREVENTS | Voice switch contractor | 2005-01-31 | Improve the robustness of the voice switch.
Y N N DETECTS | FAA Air Traffic Organization | | Give every periodic maintenance task in every FAA facility nationwide an automatic overdue alarm in the tracking system.
N Y Y DETECTS | Anacleta | | Stay alert to frequency problems during busy periods.
Y Y N DETECTS | | 2004-10-31 | Page the duty systems specialist automatically when any voice switch server has run 35 days without a reset.
""",
ww="""
C | The ground stop on departures went out within minutes, which kept new aircraft from climbing into sectors that had no radio.
C | Neighbouring centres took over the high-altitude sectors by landline within about half an hour.
V | The professionalism of our controllers shone through.
"""))

# 4. Galileo, July 2019: from 01:50 UTC on 12 July the open service was declared unusable; the Precise Timing Facility
# at Fucino had a fault during maintenance while the backup at Oberpfaffenhofen was in an upgrade; no new navigation
# messages; restored about a week later; little public communication; "one man's mistake" in the press; independent
# inquiry; search-and-rescue unaffected.
S.append(dict(url="https://www.theregister.com/2019/11/08/galileo_satellites_outage/",
people=["Fulgenzio Zanardelli", "Friederike Pfisterer", "Lodewijk Bastiaanse", "Carmela Iannuzzi"],
blame="""
B failure-verb | Fulgenzio started the PTF maintenance in Fucino without even asking if Oberpfaffenhofen was alive, classic.
B passive-agent | the upgrade window in OP was opened by Friederike's team on the same week and nobody told us
B counterfactual | If the service centre had coordinated the two maintenance slots like it is their job, we don't lose the constellation for a week.
B group-blame | The industrial team running the mission segment, third outage in two years from the same facility and they still act surprised.
B mistake-attribution | It was one man's mistake in Fucino, full stop, the rest is noise.
B character | Honestly Fulgenzio is always like this, he thinks procedures are for the others.
B repeat-offender | Same operator, same facility, same kind of slip as the timing drift last December; at some point it is not bad luck anymore.
B human-error | Preliminary cause (internal note): human error during PTF maintenance.
O system-failure | The timing facility in Fucino failed to deliver a valid system time, so the orbit and clock products stopped being generated.
O system-should | With one PTF down, the ground segment should have kept uploading the stack of pre-computed navigation messages instead of letting it run out.
O actor-neutral | Lodewijk noticed on the Friday morning that the satellites were still broadcasting ephemeris dated the 11th and opened the anomaly ticket.
O neutral-fact | From 01:50 UTC on 12 July 2019 the Galileo open service was declared unusable, and it stayed so for about a week.
O policy-subject | The maintenance plan Fulgenzio received had no field for the state of the other control centre, so the two windows were never compared.
O system-counterfactual | If the architecture did not depend on one PTF producing time while the other was in upgrade, a local fault in Italy would have stayed a local fault.
O agentless-passive | Navigation messages were no longer refreshed, and the broadcast satellite positions drifted further from the truth each day.
O meta-blameless | A newspaper called it "one man's mistake"; the inquiry we want asks why one person's step could switch off a whole constellation.
""",
actions="""
Y Y N PREVENTS | Ground segment operations | 2019-10-31 | Forbid maintenance on one Precise Timing Facility while the other is in upgrade or maintenance mode, enforced by the planning tool rejecting the second window.
N N N PARTIAL | European Commission | | Improve the governance of the Galileo programme.
Y Y Y PARTIAL | Carmela Iannuzzi | 2019-09-15 | Publish a user notice within 2 hours of any decision to flag the signals unusable, in English on the service centre page.
N Y Y PREVENTS | Fulgenzio | 2019-09-30 | Be more careful with PTF maintenance.
N N N DETECTS | we | | Strengthen monitoring of the whole system.
Y Y N PARTIAL | Mission segment | | Keep a pre-computed stack of at least 7 days of navigation messages loaded on every satellite and show it on the next quarterly drill.
N Y N DETECTS | Service centre | 2019-12-01 | Look into better alerting for timing anomalies.
Y Y Y DETECTS | Lodewijk Bastiaanse | 2019-08-31 | Alarm the operator when the age of the broadcast ephemeris on any satellite passes 4 hours.
N Y Y PARTIAL | Friederike Pfisterer | 2019-11-30 | Revisit the upgrade strategy for Oberpfaffenhofen.
Y Y N PARTIAL | | | Give each control centre its own clock ensemble able to produce system time for 72 hours without the other site.
N N N PARTIAL | Industry | | Change the mindset towards critical services.
""",
ww="""
C | Search-and-rescue kept working through the whole outage because it runs on a separate path, and that was confirmed in the first hour.
V | Fantastic commitment from the teams 24/7.
V | Europe showed it can handle a crisis.
"""))

# 5. Beresheet, 11 Apr 2019: landing burn from about 19:12 GMT; one IMU dropped out at about 14 km; a ground command to
# reset it restarted the flight computer and the main engine went off; five or six relight attempts; relit at about
# 150 m, too late; impact about 19:23 GMT at roughly 500 km/h; team said the reset decision was collective.
S.append(dict(url="https://www.timesofisrael.com/5-6-attempts-to-restart-israeli-moon-landers-engine-failed-investigation-finds/",
people=["Itamar Ben-Shoshan", "Noga Feldenkrais", "Yochai Abergil", "Shira Malkieli"],
blame="""
B failure-verb | Yochai fired off the IMU reset at 14 km without waiting for anyone to confirm what else it would restart.
B passive-agent | The reset command was approved by Itamar in about twenty seconds, with the lander already deep in the braking burn.
B counterfactual | If the flight director had just let it land on the second IMU, we would be on the Moon today, period.
B group-blame | The ops room panicked, that's the story, a room full of smart people pushing commands at a falling spacecraft.
B self-blame | I was on the console and I agreed to the reset, so this one is on me.
B sarcasm | Brilliant move, turning a redundant-sensor hiccup into a 500 km/h impact with one button.
B hindsight | Every landing engineer knows you don't touch the avionics configuration in the last minutes of a descent, it's rule number one.
B human-error | Preliminary cause as briefed to reporters: a human error in the command sent during descent.
O system-failure | The reset command made the flight computer restart, and the main engine failed to relight in time despite five or six attempts.
O system-should | The flight software should have treated an IMU reset during the landing burn as a hazardous command and demanded a second confirmation.
O actor-neutral | Noga called out the loss of the first IMU at 14 km altitude and read the backup unit's values to the room.
O neutral-fact | Beresheet began its landing burn at about 19:12 GMT on 11 April 2019 and hit the surface at about 19:23 GMT.
O policy-subject | The contingency table in front of Itamar listed an IMU reset as safe in every phase, because nobody had analysed it during powered descent.
O system-counterfactual | Had the command decoder blocked avionics resets while the main engine was firing, the lander would have carried on with the remaining IMU.
O agentless-passive | The engine was finally relit at about 150 metres, far too low to stop a fall of roughly 500 km/h.
O self-report | I pushed the last telemetry snapshot to the archive at 19:24 and then we all sat watching the frozen screen.
""",
actions="""
Y Y N PREVENTS | Flight software team | 2019-08-01 | Add a descent-phase lock so that no ground command can reset an IMU or the flight computer while the main engine is firing.
N N N PARTIAL | SpaceIL | | Build a stronger safety culture for the next mission.
Y Y Y PARTIAL | Noga Feldenkrais | 2019-07-01 | Rewrite the landing contingency table so every ground command has a column stating which subsystems it restarts, checked against the flight software build.
N Y Y PREVENTS | Itamar | 2019-09-01 | Rethink how we make decisions in the control room.
Y Y N PARTIAL | | | Show on the flight director's screen, for each pending command, the list of units it will power-cycle.
N N N DETECTS | we | | Monitor all the sensors more closely during landing.
Y Y Y DETECTS | Shira Malkieli | 2019-10-15 | Replay the 11 April descent in the hardware-in-the-loop simulator with the IMU fault injected at 14 km and record every command that cuts the engine.
N Y N PARTIAL | IAI avionics | 2019-12-31 | Make the IMU more robust.
Y N N PARTIAL | Mission operations | | Run at least ten simulated landings with injected faults, with the whole flight team present, before any future lunar descent.
N Y Y DETECTS | Yochai Abergil | | Double-check commands before sending them.
Y Y N PREVENTS | Flight software team | 2019-09-15 | Make the engine controller keep the main engine burning through a flight computer restart unless it receives an explicit shutdown.
""",
ww="""
C | The backup IMU kept giving good attitude data after the first unit dropped out, which let the team see exactly where the sequence broke.
C | Images and full telemetry came down until about 150 metres, so the investigation had a complete record of the descent.
V | The whole country was behind us and that meant a lot.
"""))

# 6. Spirit rover, sol 18 (21 Jan 2004): flash file system held too many files, many left from cruise; the directory
# outgrew the RAM set aside for it; the software treated the failed allocation as fatal and reset over and over
# (more than 130 times); a forced low-rate reply on the next sol showed the resets; booting without flash, deleting
# files and reformatting ended the crisis after about two and a half weeks; Opportunity landed on 25 Jan.
S.append(dict(url="http://memestreams.net/thread/bid10988",
people=["Kenelm Trebilcock", "Zelphine Zaragoza-Ibarra", "Ikemefuna Ukwuoma", "Thorhalla Vasquez-Lund"],
blame="""
B failure-verb | The cruise files never got cleaned out because Kenelm kept pushing the flash housekeeping to "after landing".
B passive-agent | The directory limit was waved through by the flight software review board as a known issue with no operational impact.
B counterfactual | Had Ikemefuna run the file-count check he promised before we left cruise, sol 18 would have been an ordinary driving day.
B group-blame | The FSW folks shipped a file system that falls over when it's full and then acted amazed when it filled up.
B nobody-blame | Nobody on the downlink team bothered to look at the file count in four weeks of telemetry.
B competence | Honestly a first-year student knows you don't let a file system grow without bound on a machine you can never touch.
B timeline-blame | Sol 18, 11:10 LST: Kenelm uplinks the day's plan on top of a bloated flash without checking directory usage; rover drops into the reset loop.
B rhetorical-question | Who signed off on a rover that bricks itself because it kept too many files?
O system-failure | The flight software failed to allocate memory for the flash file directory, treated that as fatal, and reset more than a hundred times.
O system-should | The file system should have refused new files, or warned the ground, long before its directory outgrew the RAM set aside for it.
O actor-neutral | Zelphine sent the beep command on sol 19 that forced Spirit to answer at low rate, and the reply showed the reset count.
O neutral-fact | Spirit landed in Gusev crater on 4 January 2004 and stopped returning normal data on 21 January, its eighteenth sol.
O policy-subject | The cruise-to-surface checklist Kenelm followed had no step for deleting cruise-phase files from flash.
O system-counterfactual | If the reset logic had counted identical faults and stopped retrying after three, the rover would have sat in a safe state instead of cycling all night.
O agentless-passive | The old files were deleted, the flash was reformatted, and normal science resumed in early February.
O action-item | @Thorhalla can you check Opportunity's flash file count tonight, before its landing on the 25th?
""",
actions="""
Y Y N PREVENTS | Flight software | 2004-03-01 | Change the file system so that a failed directory allocation puts the rover in a safe mode with flash disabled instead of resetting.
N N N PARTIAL | MER project | | Improve our margins everywhere.
Y Y Y DETECTS | Zelphine Zaragoza-Ibarra | 2004-02-10 | Add the flash file count and free directory memory to the daily health report and flag anything above 80 percent of the limit.
N Y Y PARTIAL | Kenelm | | Tidy up the flash memory procedures.
N N N DETECTS | everyone | | Pay attention to housekeeping telemetry.
Y Y N PREVENTS | Surface operations | | Delete the cruise-phase files from Opportunity's flash before its first surface sol and confirm the file count in the next downlink.
N Y N DETECTS | Downlink team | 2004-02-20 | Be more vigilant about memory usage trends.
Y Y Y PARTIAL | Ikemefuna Ukwuoma | 2004-02-15 | Write the reset-loop recovery used on Spirit into the anomaly handbook, including the exact command sequence for booting without flash.
N Y Y PREVENTS | Thorhalla Vasquez-Lund | 2004-04-01 | Make the flight software more robust against memory issues.
Y Y N DETECTS | | 2004-03-15 | Run the testbed rover for 60 simulated sols with the full surface file load and record the peak directory memory.
N N N PARTIAL | JPL | | Share the lessons learned with future missions.
""",
ww="""
C | Commanding the rover to boot without mounting flash broke the reset loop within two days and gave the team a stable rover to debug.
V | Amazing spirit in the team, no pun intended.
V | Everyone pulled together like a family.
"""))

# 7. DART, 15 Apr 2005: Pegasus XL air launch; autonomous rendezvous with MUBLCOM; the GPS receiver's velocity carried
# a bias of about 0.6 m/s, known to the team; the navigation software kept resetting to it and firing thrusters;
# propellant ran out early; navigation failure near 200 m; collision at about 1.5 m/s some 11 hours in; 11 of 27
# objectives met; the board cited inexperience and rejected expert advice; the receiver model in testing lacked the bias.
S.append(dict(url="https://www.spacedaily.com/reports/Lots_Of_Little_Errors_Caused_DART_Spacecraft_Mishap.html",
people=["Thorley Ellsworthy", "Adetokunbo Sarkodie-Mensah", "Bertil Aaskov", "Osbert Umbach"],
blame="""
B failure-verb | Thorley knew about the velocity bias in the GPS receiver since the simulation runs and never bothered to fix it.
B passive-agent | The outside navigation experts' recommendations were brushed aside by the design team as too risky to implement so late.
B counterfactual | If Adetokunbo had insisted on fixing the receiver model in January, DART would still have had gas at 200 metres.
B group-blame | The contractor's design team was too green for this job, and it shows in every finding of the board.
B competence | These were people who had never flown an autonomous rendezvous and would not listen to anyone who had.
B human-error | Causal factor (program office summary slide): engineering error in the navigation software design.
B mistake-attribution | The ground controllers saw the nav anomalies eight hours in and sat on them; that part of the blame is theirs.
B sanction | Whoever approved flying with a known GPS bias should not lead another autonomous mission.
O system-failure | The navigation software kept resetting its estimate to the biased GPS velocity and failed to converge, so the thrusters fired again and again.
O system-should | The collision avoidance logic should have used a range source independent of the navigation filter it was meant to guard against.
O actor-neutral | Bertil flagged on the console, about eight hours into the mission, that propellant use was running ahead of the prediction.
O neutral-fact | DART was air-launched on a Pegasus XL off the California coast on 15 April 2005 and touched MUBLCOM at about 1.5 metres per second roughly eleven hours later.
O policy-subject | The test plan Osbert inherited used a software model of the GPS receiver that did not carry the flight unit's velocity bias.
O system-counterfactual | Had the receiver simulator reproduced the 0.6 m/s bias, the filter problem would have shown up on the ground months before launch.
O agentless-passive | Only 11 of the 27 mission objectives were met, and none of those set for the proximity operations phase.
O meta-blameless | The board wrote about a lack of training and experience; our reading is that a low-cost project had no review step able to bring outside experience in at the right time.
""",
actions="""
Y Y N DETECTS | Navigation team | 2005-12-01 | Replace the receiver model in the navigation test bench with one that reproduces the flight unit's measured velocity bias, and rerun all proximity cases.
N N N PARTIAL | NASA | | Foster a culture of listening to experts.
Y Y Y PREVENTS | Thorley Ellsworthy | 2005-10-15 | Change the navigation filter so that a GPS velocity differing from the propagated estimate by more than 0.3 m/s is rejected instead of resetting the state.
N Y Y DETECTS | Bertil | 2005-09-01 | Keep an eye on propellant consumption.
Y Y N PARTIAL | Proximity operations | | Call a hold and back the vehicle off to 1 km whenever propellant use exceeds the prediction by 20 percent.
N N N PARTIAL | we | | Take expert advice more seriously in future.
Y Y Y PARTIAL | Adetokunbo Sarkodie-Mensah | 2006-01-31 | Enter each external reviewer's recommendation in the project action tracker with an accept or reject decision and its reason, all closed before launch.
N Y N PREVENTS | Flight software | 2005-11-30 | Improve the robustness of the collision avoidance function.
Y N N DETECTS | Mission assurance | | Review the navigation design of every autonomous rendezvous project in the agency against the DART findings, with a written result for each.
N Y Y PARTIAL | Osbert Umbach | 2005-12-15 | Update the test plan as needed.
Y Y N PREVENTS | | 2005-11-01 | Give the collision avoidance manoeuvre its own trigger from the AVGS range measurement, independent of the GPS-based filter.
""",
ww="""
C | The retirement sequence worked as designed, backing DART away from MUBLCOM and preparing it for deorbit within four minutes of the contact.
C | Telemetry from the whole proximity phase was recorded on the ground, so the board could replay every thruster firing.
V | Nobody on the team held anything back.
"""))

# 8. JCO Tokai Works, 30 Sep 1999, about 10:35: 18.8% enriched uranium for an experimental reactor; an unofficial
# manual allowed dissolving in stainless buckets; about 16 kg instead of the 2.4 kg limit poured into a precipitation
# tank not of safe geometry; blue flash; criticality for about 20 hours until the cooling water was drained after
# midnight; 350 m evacuation and 10 km stay-indoors advice; two workers died; licence revoked; officials charged.
S.append(dict(url="http://johnstonsarchive.net/nuclear/radevents/1999JAP1.html",
people=["Kiyotaka Hanzawa", "Tetsunosuke Inubushi", "Sumire Ogasawara", "Chiharu Murozumi"],
blame="""
B failure-verb | Workers Hanzawa and Inubushi disregarded the 2.4 kg limit and poured seven batches into the precipitation tank to finish early.
B passive-agent | The bucket method was introduced by the production section chief without any approval from the safety committee.
B counterfactual | If the shift leader had stopped them at the second bucket, two men would be alive.
B group-blame | JCO management cut corners for years and sent untrained men to do a job they did not understand.
B sanction | The company licence must be removed and the responsible managers must go to prison.
B competence | The three workers had no idea what criticality means; they were production workers put in front of enriched uranium.
B character | They were lazy and always looked for the shortcut, this is the truth nobody wants to say.
B human-error | Cause (first agency report, translated): human error by workers who violated the procedure.
O system-failure | The precipitation tank had no interlock or mass limit device, and it failed to prevent seven batches from collecting in one vessel.
O system-should | A vessel that can go critical with about six kilograms of this uranium should have been physically unable to receive more than one batch.
O actor-neutral | Sumire, at the desk near the tank, saw the blue flash at about 10:35 and shouted for everyone to leave the room.
O neutral-fact | The chain reaction in the Conversion Test Facility went on for about twenty hours until the cooling water around the tank was drained after midnight.
O policy-subject | The unofficial manual that Hanzawa was trained on described the bucket method as normal work and gave no limit per vessel.
O system-counterfactual | Had the facility kept using the licensed dissolution column, the geometry alone would have held the solution below critical.
O agentless-passive | Residents within 350 metres were evacuated that afternoon, and people within 10 km were asked to stay indoors overnight.
O meta-blameless | The first report said "workers violated the procedure"; the committee's question was why the company's own manual had taught them that procedure.
""",
actions="""
Y Y N PREVENTS | Conversion Test Facility | 2000-03-31 | Replace the precipitation tank feed with a metered line that stops by itself after one 2.4 kg batch of uranium.
N N N PARTIAL | JCO | | Improve the safety culture of the company.
Y Y Y PARTIAL | Chiharu Murozumi | 1999-12-15 | Withdraw every copy of the unofficial operating manual and issue the licensed procedure with a signature sheet for each worker.
N Y Y DETECTS | Chiharu | | Watch the uranium amounts more carefully.
N N N PARTIAL | everyone | | Respect the procedures at all times.
Y Y N DETECTS | Radiation safety | | Connect the gamma area monitors in the conversion building to an alarm in the site emergency office and test it every month.
N Y N PREVENTS | Production section | 2000-01-31 | Reconsider the process for high-enrichment orders.
Y Y Y PARTIAL | Sumire Ogasawara | 2000-02-28 | Write a criticality emergency procedure for the Tokai site that names who drains the tank cooling water and within how many minutes.
Y N N DETECTS | Science and Technology Agency | 2000-06-30 | Inspect every licensed nuclear fuel facility in Japan unannounced at least once a year.
N Y N DETECTS | Safety committee | | Audit the conversion building.
N N N PARTIAL | Nuclear industry | | Rebuild the trust of local residents.
""",
ww="""
C | Outside specialists drained the cooling jacket shortly after midnight, which stopped the chain reaction.
V | Local people showed great calm.
V | The fire brigade and police were wonderful.
"""))

# 9. St. Francis Dam, 12 Mar 1928, 11:57 p.m.: curved concrete gravity dam of the Los Angeles water bureau; crest raised
# during construction without widening the base; east abutment on an old landslide; the dam keeper reported a new leak
# that morning; the chief engineer and his assistant inspected and judged it safe; over 400 dead down the Santa
# Clara valley; flood reached the sea near Ventura at daybreak; the chief engineer took the blame on himself at the inquest.
S.append(dict(url="http://twiki.owiki.org/wiki/St._Francis_Dam",
people=["Erastus Tuckerman", "Lafe Heddington", "Horace Pellingham", "Orpha Stanwick"],
blame="""
B failure-verb | Tuckerman looked at the muddy leak on the abutment for an hour, waved it off as nothing, and that night the dam went.
B passive-agent | Both ten-foot raises of the crest were ordered by Tuckerman himself, with not one foot added to the base.
B counterfactual | Had Pellingham ordered the lake drawn down that afternoon, the people of the valley would have woken in their own beds.
B group-blame | The water bureau built the thing on rotten rock to save money and time, and four hundred people paid for it.
B self-blame | If anybody's judgment failed, it was mine, and I won't put it on the men under me.
B hindsight | Any geologist walking that east hillside could have told him it was an old slide.
B sarcasm | A fine piece of engineering, gentlemen, that stood very nearly two years.
B rhetorical-question | How does the man in charge of the whole water system stand below a leaking dam and call it safe?
O system-failure | The east abutment, set on an ancient landslide, gave way under the full reservoir, and the dam failed a few minutes before midnight.
O system-should | The section should have been widened at the base when the height was raised, and the foundation rock should have been tested before the reservoir was filled.
O actor-neutral | Heddington, the dam keeper, found the new leak on his morning round on 12 March and telephoned the office in Los Angeles.
O neutral-fact | The St. Francis Dam failed at 11:57 p.m. on 12 March 1928, and the flood reached the Pacific near Ventura around daybreak.
O policy-subject | The inspection practice Tuckerman followed judged a leak by the look of its water, with no instruments on the dam and no written rule for drawing down the lake.
O system-counterfactual | If the canyon had had a warning line to the valley towns, the flood's hours of travel would have been enough to clear most houses.
O agentless-passive | More than four hundred people were killed, and Santa Paula was flooded in the early hours of 13 March.
O credit | Orpha, at the telephone exchange, rang house after house down the valley that night until the water cut the lines.
""",
actions="""
Y Y N PREVENTS | Board of Water and Power | 1928-09-01 | Keep the reservoir of every remaining dam of the same design at least 20 feet below its crest until an independent geologist signs off its foundations.
N N N PARTIAL | City of Los Angeles | | Win back the valley's trust in the city's water.
Y Y Y DETECTS | Horace Pellingham | 1928-06-01 | Read the leak weirs at each abutment twice a day and telephone the office whenever flow or colour changes.
N Y Y PREVENTS | Erastus | 1928-12-01 | Take more care with dam foundations.
Y Y N PARTIAL | Santa Clara valley towns | | Install sirens in Santa Paula, Fillmore and Piru that sound on a telephone call from any dam keeper upstream.
N N N DETECTS | everyone | | Be watchful about leaks.
Y Y Y PREVENTS | Horace | 1928-08-15 | Issue a standing order that any reservoir whose leak turns muddy is drawn down to half depth within 24 hours.
N Y N PARTIAL | Engineering department | 1929-01-01 | Improve dam design standards.
Y N N PREVENTS | State of California | 1929-08-14 | Pass a law putting every dam over 25 feet high under the state engineer's approval before it may be filled.
N Y Y DETECTS | Orpha Stanwick | | Stay in touch with the canyon keepers.
Y Y N DETECTS | | 1928-10-01 | Fit the bureau's remaining curved gravity dams with crest survey marks and measure them monthly for any movement over half an inch.
""",
ww="""
C | The exchange operators called homes along the valley for hours, and many families reached high ground because of those calls.
C | Motorcycle officers rode ahead of the flood toward Santa Paula and woke people street by street.
V | The town showed what community means.
"""))

# 10. Windscale Pile No. 1, Oct 1957: a Wigner-energy anneal began on 7-8 Oct; after a first heating the physicist on
# duty ordered a second heating on the 8th; thermocouples sat in the usual positions, not the hottest; fire found on
# the 10th by looking through inspection holes; water flooding on the 11th; iodine-131 release; milk from about
# 500 km2 destroyed for about a month; board of inquiry 17-25 Oct; "an error of judgement"; chimney-top filters.
S.append(dict(url="https://wonilvalve.com/index.php?q=Https%3A%2F%2Fen.m.wikipedia.org%2Fwiki%2FWindscale_fire",
people=["Ethelbert Pennithorne", "Mildreth Aspinall-Tait", "Sewell Rawnsley", "Enid Sharrock"],
blame="""
B failure-verb | Pennithorne went ahead with the second nuclear heating on the morning of the 8th without waiting for every thermocouple to come down.
B passive-agent | The decision to reheat was taken by the physicist on duty alone, on the strength of a handful of instruments.
B counterfactual | If Pennithorne had held off the full twenty-four hours like in 'fifty-four, there'd have been no fire to put out.
B group-blame | The pile managers were running an anneal they only half understood, and the whole county's milk went down the drain for it.
B human-error | Cause of the accident (board of inquiry, as summarised in the White Paper): an error of judgement by the operating staff.
B nobody-blame | Not a single one of them at the pile face stopped to ask why a reading kept climbing in a shut-down reactor.
B hindsight | Any physicist who'd read the stored-energy papers knew it could run away on you; they'd no excuse.
B role-blame | The shift physicist was the one man who could have called it off, and he pressed on regardless.
O system-failure | The thermocouples sat where earlier anneals had run hottest, and they failed to show the channels that actually overheated.
O system-should | The pile should have had instruments able to read the hottest part of the core during an anneal, not only the usual positions.
O actor-neutral | Sewell put on protective gear, looked through an inspection port on the 10th and saw fuel channels glowing red.
O neutral-fact | Pile No. 1 burned from 10 to 12 October 1957, and iodine-131 was carried across Cumberland and beyond.
O policy-subject | The anneal procedure Pennithorne worked under set no fixed waiting time and no temperature limit for starting a second heating.
O system-counterfactual | Without the filters that had been added at the top of the chimneys, far more of the release would have reached the farms.
O agentless-passive | Milk from about 500 square kilometres of farmland was poured away for around a month.
O meta-blameless | The inquiry's "error of judgement" landed on the same men who then fought the fire; the better question is why the instruments and the procedure left judgement doing all the work.
""",
actions="""
Y Y N PREVENTS | Windscale works | 1957-12-31 | Keep Pile No. 1 shut down for good and seal its charge face.
N N N PARTIAL | UKAEA | | Improve the organisation of the Authority.
Y Y Y DETECTS | Enid Sharrock | 1957-11-15 | Sample milk at 20 named farms within 10 miles of the site every week and post the iodine-131 results at the Seascale post office.
N Y Y PARTIAL | Ethelbert | | Be more cautious during anneals.
N N N DETECTS | we | | Keep a watchful eye on the piles.
Y Y N DETECTS | Pile No. 2 instrument section | | Add thermocouples in the 12 channels that ran hottest in the last anneal and log them every 15 minutes.
N Y N PREVENTS | Reactor physics group | 1958-03-01 | Study the Wigner release further.
Y Y Y PARTIAL | Mildreth Aspinall-Tait | 1957-11-30 | Write the Windscale emergency plan with the distance at which milk is to be stopped and the person authorised to stop it.
N Y Y DETECTS | Sewell Rawnsley | 1958-01-31 | Strengthen the checks on the pile.
Y N N PARTIAL | Ministry of Agriculture | | Give every dairy farm in Cumberland a named contact who will telephone them within 24 hours of any milk restriction.
N N N PARTIAL | Government | | Be more open with the public.
""",
ww="""
C | Flooding the core with water on the 11th put the fire out without the hydrogen explosion some had feared.
V | Real heroism on the day.
V | Everyone did their duty.
"""))

# 11. Cocoanut Grove, Boston, 28 Nov 1942, about 10:15 p.m.: fire began in the basement Melody Lounge where a busboy
# lit a match to find a light socket; artificial palms and fabric burned; main revolving door jammed; other exits
# locked or hidden; 492 dead; the owner convicted of manslaughter; the club had passed a fire inspection days before;
# burn care advances at the city hospitals; revolving doors now flanked by hinged doors.
S.append(dict(url="https://www.infogalactic.com/info/Cocoanut_Grove_fire",
people=["Waclaw Prokopowicz", "Sheldon Marbury", "Odwin Quimby", "Loretta Fensterwald"],
blame="""
B failure-verb | Marbury padlocked the side exits to stop customers from walking out on their checks.
B passive-agent | The Grove was passed as satisfactory by Inspector Quimby eight days before, with the decorations and the locked doors in plain sight.
B counterfactual | If Quimby had done his job on the 20th, those exits would have been open on the 28th.
B group-blame | The city's building people looked the other way at the Grove for years because of who the owner knew.
B mistake-attribution | It was the busboy's match that started it, plain and simple.
B sanction | The owner ought to go to the chair for this, and the inspector along with him.
B character | Marbury cared more about the cash drawer than about the people in his club.
B rhetorical-question | What kind of man bolts the doors of a packed nightclub?
O system-failure | The revolving door at the main entrance jammed under the crush and failed to let anyone out once the fire reached the lobby.
O system-should | The palm trees and ceiling cloth should have been flame-proofed, and the building code should have required it.
O actor-neutral | Loretta, the hat-check girl, led a group of diners through the kitchen to a service door that opened.
O neutral-fact | The fire began in the basement Melody Lounge at about 10:15 p.m. on 28 November 1942 and killed 492 people.
O policy-subject | The inspection form Quimby filled in on 20 November asked about extinguishers and exit signs, not whether the exits were unlocked or whether the fabric would burn.
O system-counterfactual | If the main entrance had had ordinary hinged doors beside the revolving one, hundreds more could have reached the street.
O agentless-passive | Hundreds of the injured were carried to Boston City Hospital and Massachusetts General within the hour.
O meta-blameless | The papers wanted the busboy's name; the lesson the city wrote into its code was about the fabric, the locked doors and the revolving door.
""",
actions="""
Y Y N PREVENTS | Boston building department | 1943-03-01 | Require every revolving door in a place of assembly in Boston to have a hinged, outward-opening door on each side.
N N N PARTIAL | City of Boston | | Clean up the licensing of nightclubs.
Y Y Y DETECTS | Odwin Quimby | 1943-01-15 | Add two lines to the inspection form, exits unlocked during business hours and a match test on decorative fabric, and refuse a pass if either fails.
N Y Y PREVENTS | Sheldon | | Run the club more responsibly.
Y Y N PARTIAL | Fire department | | Mark the capacity of each licensed room on a plate at its door and count patrons at random on Saturday nights.
N N N DETECTS | everyone | | Look out for fire hazards when going out.
Y Y Y PREVENTS | Odwin | 1943-02-01 | Ban paper and cloth palm decorations in Boston nightclubs unless a flame-test certificate is posted at the door.
N Y N PARTIAL | Hospitals | 1943-06-01 | Prepare better for mass casualties.
Y N N PARTIAL | Massachusetts legislature | | Make the owner of any place of assembly criminally liable when an exit is found locked during business hours.
N Y Y DETECTS | Loretta Fensterwald | 1943-01-31 | Mind the exits on busy nights.
Y Y N DETECTS | | 1943-04-01 | Inspect every Boston nightclub on a Saturday night between 10 p.m. and midnight and record, door by door, whether each exit opens.
""",
ww="""
C | Massachusetts General had a burn team and plasma ready that night, and its new treatment saved many of the injured.
C | A service door off the kitchen was found and held open, and several dozen people got out that way.
V | Bostonians came together in their grief.
"""))

# 12. Mianus River Bridge, Greenwich CT, 28 Jun 1983, 1:30 a.m.: 100-foot suspended span of I-95 fell 70 feet; two
# tractor-semitrailers and two cars; three dead; inside hanger at the southeast corner pushed off its pin by corrosion;
# deck drains had been blocked during road work years before; inspection and maintenance programme deficient; an
# inspector's notes were found touched up afterwards; a passing driver stopped traffic; about 90,000 vehicles a day diverted.
S.append(dict(url="https://www.ntsb.gov/investigations/Pages/DCA83AH003.aspx",
people=["Zbyszko Szablewski", "Ersilia Crocetti", "Lindor Fairclough", "Teodozja Kowalczuk-Ames"],
blame="""
B failure-verb | Szablewski never climbed up to the hangers on the last two inspections; he wrote them up from the ground.
B passive-agent | The drains on that stretch were paved over by the resurfacing crew years ago and nobody opened them again.
B counterfactual | If the inspector had actually looked at that southeast corner last year, three people would not be dead in the river.
B group-blame | The state's bridge section was a paper operation: forms filled, boxes ticked, nobody under the deck.
B sanction | That inspector should have been fired on the spot, not handed a year of probation.
B mistake-attribution | Caller from Cos Cob: look, somebody in Hartford signed that bridge off as fine, and that somebody is why my neighbour's dead.
B nobody-blame | Ten years of blocked drains and not one person in the maintenance garage asked where the water was going.
B sarcasm | Well done, Connecticut, a bridge inspected so thoroughly that the notes got touched up after it fell.
O system-failure | The inside hanger at the southeast corner was pushed off its pin by corrosion, and the outside hanger failed to carry the whole corner for long.
O system-should | A suspended span hung on two pin-and-hanger corners should have had a second load path in case one assembly let go.
O actor-neutral | Lindor, driving through on his way south, stopped short of the gap and waved the traffic behind him to a halt.
O neutral-fact | At 1:30 a.m. on 28 June 1983 a 100-foot suspended span of I-95 over the Mianus River fell 70 feet into the water.
O policy-subject | The inspection manual Szablewski used did not require hands-on access to pin-and-hanger assemblies, so viewing them from below met the standard.
O system-counterfactual | Had the deck drains stayed open, rainwater would not have run through the pin bearings and rusted them.
O agentless-passive | About 90,000 vehicles a day were diverted onto Route 1 and local streets in Greenwich for months.
O quoted-question | "Who let this bridge rot?" ran the headline; the safety board's answer pointed at the inspection and maintenance programme, not at one signature.
""",
actions="""
Y Y N PREVENTS | Bridge maintenance | 1983-09-30 | Reopen every deck drain on the Mianus bridge and confirm by water test that each one empties within five minutes.
N N N PARTIAL | ConnDOT | | Modernise the bridge programme.
Y Y Y DETECTS | Teodozja Kowalczuk-Ames | 1983-12-31 | Inspect each pin-and-hanger assembly on Connecticut's interstate bridges hands-on from a lift, ultrasonically test every pin, and file a photo per pin.
N Y Y PARTIAL | Zbyszko | | Be thorough during inspections.
N N N DETECTS | we | | Look after our bridges better.
Y Y N PARTIAL | Structures unit | | Fit catcher brackets under each pin-and-hanger joint on the Mianus bridge so the span cannot drop if a hanger slips off.
N Y N DETECTS | Inspection section | 1984-03-01 | Increase attention to corrosion.
Y Y Y PARTIAL | Ersilia Crocetti | 1983-08-15 | Publish the Greenwich detour plan with signal retiming at the six busiest Route 1 intersections.
N Y Y PREVENTS | Ersilia | 1984-06-30 | Come up with a better design for the replacement span.
Y N N DETECTS | Federal Highway Administration | | Require every state to list its fracture-critical bridges and inspect each of them hands-on at least every 24 months.
N N N PARTIAL | Legislature | | Put more money into infrastructure.
""",
ww="""
C | A passing driver stopped the traffic behind him at the gap, which likely kept more cars from going over the edge.
V | The first responders were incredible.
V | The town of Greenwich really rallied.
"""))

# 13. MS Estonia, 27-28 Sep 1994: left Tallinn 19:15 with 989 aboard; storm; shortly before 01:00 the watch seaman heard
# a metallic bang at the bow; noises reported 01:05-01:15; visor locks and hinges failed, visor pulled the ramp open;
# visor lost about 01:15; car deck flooded; heavy starboard list; first Mayday 01:22; no lifeboats launched; 852 dead;
# a nearby ferry's master took on-scene command.
S.append(dict(url="https://maritime-executive.com/article/remembering-the-852-lost-on-estonia",
people=["Aivar Kuusemets", "Hannele Rautiainen", "Margus Pihlakas", "Sigvard Lindqvist-Brandt"],
blame="""
B failure-verb | The watch seaman Kuusemets heard the bang at the bow and just continued his round, he did not even go to look at the ramp.
B passive-agent | The speed was kept at almost full by the officers on the bridge, also after the reports of noise from the bow.
B counterfactual | If Margus had slowed the ship when the first noise came, the visor maybe holds until Stockholm.
B group-blame | Bridge crew of Estonia was not trained for this ship and not for this weather, everybody in the port knew it.
B human-error | Main cause, as the operator's first press statement put it: navigational error by the crew.
B competence | Good sailors maybe, but they did not understand the bow door of a western ro-ro ferry.
B rhetorical-question | Why did nobody on the bridge send a man down to the car deck after three different noise reports?
B hindsight | Every officer on a ro-ro knows a bang from the bow in heavy sea is the visor, you go and you check, always.
O system-failure | The visor's locking devices and hinges failed under one or two wave impacts, and the visor then dragged the ramp open.
O system-should | The ramp should have been a separate watertight barrier, not a part that the visor could pull open with it.
O actor-neutral | Hannele, a stewardess off duty in her cabin on deck 1, heard the metallic blows at about 01:05 and woke her cabin mate.
O neutral-fact | Estonia left Tallinn at 19:15 on 27 September 1994 with 989 people on board and sank shortly before 02:00.
O policy-subject | The company routine Kuusemets followed for the car-deck round said nothing about reporting noises from the bow to the bridge.
O system-counterfactual | Had the ramp position and water on the car deck been alarmed on the bridge, the list would have been explained minutes earlier.
O agentless-passive | No lifeboat could be launched because of the heavy list, and 852 people lost their lives.
O credit | Sigvard, the master of a ferry nearby, took on-scene command and kept the ships and helicopters on one plan all night.
""",
actions="""
Y Y N PREVENTS | Fleet engineering | 1994-12-31 | Weld shut the bow visors on every ferry in the fleet with the same visor design until new locks pass a load test at twice the design wave force.
N N N PARTIAL | Shipping company | | Improve safety on board.
Y Y Y DETECTS | Margus Pihlakas | 1995-03-01 | Install a bridge indicator showing visor and ramp lock status, with an alarm if any lock opens at sea.
N Y Y PARTIAL | Aivar | | Report unusual noises.
Y Y N DETECTS | Deck crew | | Send an officer to the car deck within 10 minutes of any noise report from the bow and log what he finds.
N N N PREVENTS | we | | Promise the families it won't happen twice.
Y Y Y PARTIAL | Sigvard Lindqvist-Brandt | 1995-02-15 | Hold a muster drill on every departure from Tallinn for the first month, timed from alarm until all passengers are on the boat deck.
N Y N PREVENTS | Shipyard | 1995-06-01 | Review the visor design.
Y N N PARTIAL | IMO | | Make every passenger ro-ro ferry able to survive 50 cm of water on its car deck.
N Y Y DETECTS | Hannele | 1995-01-31 | Keep better watch on the car deck.
Y Y N PARTIAL | | 1995-04-30 | Fit each liferaft station on the sister ships with hydrostatic releases that free the rafts at 4 metres depth.
""",
ww="""
C | The on-scene commander put all ships and helicopters on one radio channel and one search pattern within the first hour.
C | Liferafts that floated free as the ship rolled over gave survivors something to climb onto in the water.
V | The Nordic countries stood together.
"""))

# 14. SL-1, National Reactor Testing Station, Idaho, 3 Jan 1961, 9:01 p.m.: Army crew of three reconnecting control rod
# drives after maintenance; the procedure had the central rod lifted a few inches by hand; it was pulled far out; prompt
# critical, steam explosion, vessel lifted; all three died; rods had been sticking; one rod could take the core
# critical; no contractor supervisor on nights; first press reports spoke of a chemical explosion; later rumours.
S.append(dict(url="https://en.wikipedia.org/wiki/SL-1",
people=["Orville Stanczak", "Jedediah Ruhle", "Hedwiga Dettweiler", "Lemuel Harcastle"],
blame="""
B failure-verb | Stanczak yanked the central rod out some twenty inches when the procedure said four, and that was the end of all three of them.
B passive-agent | The night crew was left without a supervisor by the contractor's management, on the theory that soldiers alone could run the plant.
B counterfactual | If Ruhle had stopped him when the rod stuck, the three of them would have gone home at midnight.
B character | The talk around the base was that Stanczak had trouble at home and took it out on that rod.
B group-blame | Those Army cadremen were barely trained kids, and they treated a reactor like a truck engine.
B sarcasm | Top marks to the contractor for leaving three soldiers alone at night with a core one man could pull critical by hand.
B human-error | Probable cause (initial press release, as quoted): operator error during rod reassembly.
B hindsight | They'd all been told in training that pulling the central rod all the way would take the plant critical; they knew and did it anyway.
O system-failure | The control rods had been sticking for weeks, and the design failed to keep the core subcritical with the single central rod withdrawn.
O system-should | The rod drive should have had a mechanical stop so it could not be lifted more than a few inches by hand during reassembly.
O actor-neutral | Hedwiga, the health physicist with the first response team, read the survey meter at the door later that night and pulled the team back.
O neutral-fact | At 9:01 p.m. on 3 January 1961 the SL-1 reactor went prompt critical and a steam explosion lifted the vessel about nine feet.
O policy-subject | The maintenance procedure Stanczak and Ruhle were following told them to lift the rod by hand to reconnect it, with no tool to limit how far.
O system-counterfactual | With the stuck-rod margin used in later designs, no single rod at SL-1 could have taken the core critical.
O agentless-passive | All three operators were killed, and their bodies could be recovered only over the following days because of the radiation.
O meta-blameless | The first press reports spoke of a chemical explosion and then of the crew; the board's findings turned to the design, the sticking rods and the lack of supervision at night.
""",
actions="""
Y Y N PREVENTS | Reactor design branch | 1961-06-30 | Redesign the SL-1-type core so that it stays subcritical with its most reactive rod fully withdrawn, and have the calculation checked by a second laboratory.
N N N PARTIAL | Army Reactors Office | | Improve training for military crews.
Y Y Y PREVENTS | Lemuel Harcastle | 1961-03-01 | Fit a collar on every control rod extension that stops manual lifting at four inches during reassembly.
N Y Y DETECTS | Hedwiga | | Keep an eye on rods that stick.
N N N PARTIAL | everyone | | Treat the reactor with respect.
Y Y N PARTIAL | Contractor operations | | Put a licensed supervisor on site on every shift, nights and weekends included, whenever any maintenance is done on the core.
N Y N DETECTS | Instrument group | 1961-05-01 | Look at better instrumentation for the core.
Y Y Y DETECTS | Hedwiga Dettweiler | 1961-02-15 | Log the force needed to move each control rod on every weekly test and report any rod needing over 20 percent more than its baseline.
N Y Y PARTIAL | Lemuel Harcastle | | Review the maintenance procedures.
Y N N PARTIAL | AEC | 1961-12-31 | Require every reactor at the testing station to have a written emergency plan with a named on-call health physicist for each night.
N N N PARTIAL | Army | | Learn from SL-1.
""",
ww="""
C | The fire alarm above the reactor reached the security centre and the site fire stations at 9:01, and responders were at the gate within minutes.
V | The responders were very brave.
V | Outstanding cooperation between the Army and the contractor.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# Text of ../rules/SOURCES-heldout31.md; build_rules.py fills {counts} from the data above.
SOURCES_MD = """# Language evaluation data, thirty-first held-out set (`*-heldout31.tsv`) — SEALED, not scored

Written for issue 16 (blameless language, action items, "went well"). Generator: `../tools-rules/rules_data.py`,
`build_rules.py` (writes the three TSVs with `sealed/tools/rules_lib.py`, then this file with the counts computed from
the data), `validate.py` (heldout30's validate.py with the set name changed: shared `sealed/tools/validate_rules.py`
with minimums 224 / 154 / 42 / 14, plus the balance checks). Rebuild and check: `python3 build_rules.py && python3
validate.py` from `tools-rules/` (prints `OK`). Nothing was scored. Written independently of the other held-out writers.

## What the author read and did not read
- **Read**: issue 16, `shared/seed/post-mortem-facilitator.SKILL.md`, heldout30's `tools-rules/` (build_rules.py,
  validate.py, rules_data.py: copied for format, columns, conventions and balance; its rows were not reused and its
  phrasings were avoided), `sealed/tools/` (rules_lib.py, validate_rules.py, checks.py), heldout30's
  `rules/SOURCES-heldout30.md`, and every `SOURCES*.md` in the repo (`find . -name 'SOURCES*.md' -not -path
  '*/target/*'`, 65 files), concatenated and grepped case-insensitively for each candidate and its key places (Phobos,
  Yevpatoria, Meteor, Vostochny, Fregat, Roscosmos, Palmdale, ARTCC, VCSS, Voice Switching, Galileo, Fucino,
  Oberpfaffenhofen, GSA, Beresheet, SpaceIL, Spirit, rover, Gusev, Opportunity, DART, MUBLCOM, Tokai, JCO, criticality,
  St. Francis, Mulholland, San Francisquito, Santa Paula, Windscale, Sellafield, Wigner, Cocoanut, Piedmont, Mianus,
  Greenwich, pin and hanger, Estonia, Tallinn, Baltic, bow visor, SL-1, NRTS). Chosen incidents had no hit for the
  incident itself (only unrelated hits: "spirit" in label-rule prose, "rover" inside another word, "Idaho" in a Teton
  Dam row, "Boston" in a Molasses Flood row, "Los Angeles" as a ticket time zone). Candidates dropped because a SOURCES
  file names them: England Test and Trace spreadsheet, Mars Polar Lander, Mars Pathfinder, Mars Climate Orbiter,
  Ariane 5, Therac-25, Patriot / Dhahran, Hitomi, Schiaparelli, Qantas 72, Heathrow T5, Healthcare.gov, Novopay,
  Queensland Health, Sewol, Station nightclub, Flixborough, Seveso, Teton Dam, Great Molasses Flood, Costa Concordia,
  Eschede, Ladbroke Grove, Potters Bar, Hatfield, Clapham, King's Cross, Sampoong, Morandi, Surfside, Yorktown, F-22,
  A400M, and the lists in heldout30's SOURCES. Not read: `/work/helper-brief.md` or any other writer's brief.
- Roster names: only the validator's "name part shared with earlier sets" messages were used; 37 invented name parts
  were replaced over two reruns. Its near-duplicate and duplicate checks led to rewording 7 short vague items and
  went-well entries. No earlier sentence or item was looked at.
- **Not read**: anything under `src/` other than SOURCES files, any rules or word lists, the README,
  `sealed/README.md`, other sealed sets' TSVs, any study TSV. Maven was not run; nothing was committed.
- Public sources: all fourteen were seen as excerpts through the `pages` search corpus (the url column is one of the
  pages seen; the table lists others). Facts not in the "kept" column are invented.

## Counts
{counts}

## Label rules (issue 16, with heldout30's conventions)
- BLAME: a named person, a role standing for one person ("the flight director", "the shift physicist", "the systems
  specialist on duty", "the inspector", "the watch seaman"), or a group (shift, crew, room, department, bureau, team,
  contractor or company named as the party that erred) is the subject or agent of a failing: failure verb, including
  informal ones ("let the reset lapse", "waved it off", "fired off the reset", "yanked", "never got cleaned out because
  X kept pushing it", "padlocked the exits to stop..."), passive with the person or group as agent, counterfactual about
  a person or role, hindsight ("any controller with one year at..."), competence or character judgement (including
  rumour), sarcasm or a rhetorical question aimed at people, "human / operator / engineering error" or "an error of
  judgement by the operating staff" given as the cause without being set aside, a reported blame line endorsed by the
  writer ("...and he is right"), sanctions, "nobody bothered / not one supervisor thought to", blame inside a timeline
  row, self-blame ("this one is on me", "if anybody's judgment failed, it was mine"), a repeat-offender remark.
- OK: a person named as the one who acted, noticed or reported; a system, job, tool, timer, vessel, door, filter or
  document as subject, including "failed to" and "should have" said of a system, design or component; sentences that
  name a person but whose subject is a procedure, checklist, plan, manual, test plan, contingency table or inspection
  form ("The maintenance order Radford worked from described the reset as routine..."); agentless facts and agentless
  passives (each incident also has a passive-with-agent BLAME); system counterfactuals; a first-person factual report;
  quoted accusatory questions and headlines answered with systems; blame framings (press, first report, board wording)
  reported and set aside; a chat message asking a named responder for a task; credit to a named person.
- Actions: testable = a done/not-done check or threshold exists; bounded = one system, site or defined set (e.g. "the
  fleet's ferries with the same visor design", "Connecticut's interstate pin-and-hanger assemblies"); owner is a
  person = exactly one named individual, full or first name (teams, organisations, "we", "everyone", empty are N);
  recurrence PREVENTS removes the cause, PARTIAL limits blast radius, remedies harm, trains, documents or communicates,
  DETECTS only adds detection, monitoring, testing or inspection. Traps: vague items with a named owner and a due date
  (N); concrete items that are long, contain "and", carry numbers or units, or start with verbs such as Weld, Fit,
  Forbid, Refuse, Alarm, Page, Replay, Sample, Read back, Withdraw, Ban, Mark, Pass, Keep ... shut down (Y); some Y
  items put a date in their text but have no due date (has_due N).
- Went well: CONCRETE names the thing that helped (an action, a mechanism, a time); VAGUE is praise without content.

## Incidents (public source; what was kept; what was invented)
All people names are invented (no real person is named; real roles such as flight director, dam keeper, chief
engineer, busboy, inspector, watch seaman, health physicist are given invented names); rosters are 4 names per
incident. Times not listed as kept are invented. Software / IT = rows 1-7 (`SOFTWARE` in rules_data.py), outside
software = rows 8-14.

| # | Incident | Source (url column) | Kept from the source | Invented |
|---|---|---|---|---|
| 1 | Phobos 1 loss, Aug-Sep 1988 | http://www.thelogbook.com/1988/phobos-1-lost/ (also alchetron, Wikipedia mirror edit pages quoting Aviation Week and RISKS 9.24, grokipedia) | 7 Jul 1988 Proton-K launch, upload 28-30 Aug from Yevpatoria, one character (hyphen) left out, checking computer down and procedure bypassed, ground-test attitude-off routine left in PROM because of launch pressure, thrusters off, arrays off the Sun, batteries flat, silent 2 Sep session, investigation into "who was responsible", discipline postponed | roster, six-hour wait, shift-chief signature rule, bonus line, all actions |
| 2 | Soyuz-2.1b / Fregat, Meteor-M 2-1, 28 Nov 2017 | https://www.bbc.co.uk/news/technology-42502571 (also RT newsline, spaceflights.news, geeks-world translation of forum comments, Daily Mail, soylentnews) | 05:41 UTC Vostochny launch, 19 satellites, Fregat programmed as if from Baikonur, attitude compensation not finished in about a minute, engine fired nearly upside down, re-entry, "human error" per the deputy prime minister on Rossiya 24, Roscosmos saying procedures were followed, "mistakes are made by people" reply | roster, Svalbard cubesat channel, Friday sign-off, checklist wording, all actions |
| 3 | Los Angeles Center voice switch outage, 14 Sep 2004 | http://articles.latimes.com/2004/sep/17/local/me-faa17 (also risidata entry, LA Times 15 Sep, CNN via spinics, aero-news) | Palmdale ARTCC, Voice Switching and Control System on upgraded servers with a 49.7-day shutdown, 30-day reset required and missed, backup configured incorrectly and failed, about 16:40, over three hours, about 800 flights, union-reported near misses, fix planned, fault known for about a year | roster, sector details, landline hand-offs, shift-log wording, all actions |
| 4 | Galileo outage, Jul 2019 | https://www.theregister.com/2019/11/08/galileo_satellites_outage/ (also inposition.ch, destevez.net, Inside GNSS, elektroniknet, ZDF, techmonitor, bert hubert's article) | services unusable from 01:50 UTC 12 Jul, Precise Timing Facility at Fucino, backup at Oberpfaffenhofen in upgrade / maintenance, poor coordination, no new navigation messages, about a week, "one man's mistake" framing, earlier PTF-related outages, scarce communication, search-and-rescue unaffected | roster, December drift, 7-day stack, 4-hour ephemeris alarm, all actions |
| 5 | Beresheet landing, 11 Apr 2019 | https://www.timesofisrael.com/5-6-attempts-to-restart-israeli-moon-landers-engine-failed-investigation-finds/ (also seradata, internetprotocol.co, israelnationalnews, stiriinternationale, behindtheblack) | landing burn about 19:12 GMT, IMU problem at 14 km, ground reset command restarted the computer, main engine off, five or six relight attempts, relit at about 150 m, about 500 km/h impact about 19:23 GMT, collective decision, "human error may have caused" headline | roster, twenty-second approval, contingency table, archive line, all actions |
| 6 | Spirit rover sol-18 anomaly, Jan-Feb 2004 | http://memestreams.net/thread/bid10988 (also thelogbook, spectroom, cyberspaceorbit, marsnews EE Times excerpt) | landing 4 Jan, silence 21 Jan (sol 18), accumulated files including cruise-phase files, directory memory exhausted, severe-error resets (over 130), forced reply showing resets, delete and reformat, about two and a half weeks, Opportunity landing 25 Jan | roster, review-board line, 11:10 LST timeline row, checklist, all actions |
| 7 | DART rendezvous mishap, 15 Apr 2005 | https://www.spacedaily.com/reports/Lots_Of_Little_Errors_Caused_DART_Spacecraft_Mishap.html (also liquisearch board summary, phys.org, thespacelibrary, flightglobal, astronomy forum) | Pegasus XL launch, MUBLCOM target, GPS receiver velocity bias about 0.6 m/s known to the team, repeated resets and thruster firings, propellant exhausted, navigation failure near 200 m, collision at about 1.5 m/s about 11 hours in, 11 of 27 objectives, "lack of training and experience", expert advice rejected, receiver model in testing lacking the bias, ground saw nav anomalies | roster, January fix, 0.3 m/s threshold, hold rule, all actions |
| 8 | JCO Tokaimura criticality, 30 Sep 1999 | http://johnstonsarchive.net/nuclear/radevents/1999JAP1.html (also JAIF newsletter, CNIC newsletter, wise-uranium, radioactivity.eu, Wikipedia mirrors) | 18.8% uranium, precipitation tank instead of the licensed narrow vessel, seventh batch, about 16 kg against 2.4 kg, blue flash at about 10:35, about 20 hours, cooling water drained after midnight, 350 m evacuation, 10 km stay-indoors advice, two workers died, unofficial procedure, licence revoked, officials charged | roster, shift-leader line, union-style character remark, agency wording, all actions |
| 9 | St. Francis Dam failure, 12 Mar 1928 | http://twiki.owiki.org/wiki/St._Francis_Dam (also California History abstract, Floodpath excerpts, sonnysredwoods, questionai) | Los Angeles water bureau dam in San Francisquito Canyon, built 1924-26, 11:57 p.m. failure, over 400 dead, flood to the sea near Ventura by daybreak, Santa Paula flooded, chief engineer's career ended, leak inspected and judged safe that day, old landslide at the east abutment, sabotage theory at the inquest | roster, crest-raise wording, telephone operator credit, valley sirens, all actions |
| 10 | Windscale Pile No. 1 fire, Oct 1957 | https://wonilvalve.com/index.php?q=Https%3A%2F%2Fen.m.wikipedia.org%2Fwiki%2FWindscale_fire (also osmarks and talk.dob.jp Wikipedia copies, Nuclear Engineering International, St Andrews gazetteer, Penney report podcast page) | Wigner-energy anneal, second heating decided by the physicist on duty on 8 Oct, thermocouples, fire 10-12 Oct, inspection-port sighting, water flooding, iodine-131, about 500 km2 of milk destroyed for a month, no evacuation, board of inquiry 17-25 Oct, "error of judgement", chimney-top filters | roster, union-style pub lines, 12-channel item, milk sampling item, all actions |
| 11 | Cocoanut Grove fire, Boston, 28 Nov 1942 | https://www.infogalactic.com/info/Cocoanut_Grove_fire (also Arkansas DPS fire-history page, commentary gazette, acecollins chapter, trulyregalmanners blog) | about 10:15 p.m., basement Melody Lounge, busboy's match, artificial palms, revolving door, 492 dead, owner convicted of manslaughter, code reforms and hinged doors beside revolving doors, burn-care advances | roster, padlock motive, eight-day inspection detail, hat-check episode, all actions |
| 12 | Mianus River Bridge collapse, 28 Jun 1983 | https://www.ntsb.gov/investigations/Pages/DCA83AH003.aspx (also NTSB HAR-84/03 summary, wikisum, Wikipedia, frogstorm, usdeadlyevents) | 1:30 a.m., 100-foot suspended span, 70-foot fall, two tractor-semitrailers and two cars, three dead, southeast pin and hanger, corrosion, drains blocked in earlier road work, deficient inspection and maintenance programme, inspector's notes touched up and probation, passing driver stopped traffic, about 90,000 vehicles a day diverted | roster, call-in lines, catcher brackets, detour item, all actions |
| 13 | MS Estonia, 28 Sep 1994 | https://maritime-executive.com/article/remembering-the-852-lost-on-estonia (also history.fandom, owiki, going-postal) | 19:15 departure from Tallinn, 989 aboard, storm, watch seaman's bang shortly before 01:00, noises 01:05-01:15, visor locks and hinges failed, ramp pulled open, visor lost about 01:15, starboard list, Mayday 01:22, no lifeboats launched, 852 dead, on-scene commander from another ferry | roster, operator press statement, stewardess episode, weld and drill items, all actions |
| 14 | SL-1 reactor accident, 3 Jan 1961 | https://en.wikipedia.org/wiki/SL-1 (also INL history flipbook pages, dbpedia board excerpts, questionai, soft.lk) | 9:01 p.m., Army crew of three, central rod withdrawn by hand far beyond the few inches needed, prompt critical, vessel lifted about nine feet, three dead, rods sticking, single-rod criticality, contractor supervision absent on routine night shifts, first reports of a chemical explosion, "we'd yank it out" training talk | roster, rumour line, health-physicist episode, collar and rod-force items, all actions |

## Styles used
Translated Soviet flight-control memo English and digest-style comments; Russian launch-forum English and a Nordic
rideshare customer's chat; FAA shift-log and union-bulletin lines; Italian / German ground-segment chat, a newspaper
frame and an internal note; Israeli mission-control chat, a first-person console report and a press-briefing line; a
JPL anomaly ticket, timeline row and team retrospective; mishap-board prose, program-office slide and contractor
e-mail; translated Japanese agency and committee English with a union-leaflet voice; 1928 inquest and valley letters;
1957 authority prose and Cumbrian pub talk; 1942 Boston newspaper and street talk; Connecticut call-in radio, a
headline and board prose; Estonian / Finnish / Swedish non-native English from a survivors' forum and commission
prose; 1961 Army board prose and base gossip. Hard OK sentences: a named actor or noticer (often the same person
blamed elsewhere in the incident), a computer, timer, stage, tank, door, hanger or visor that "failed to", "should
have" of a system, design or component, a procedure / checklist / manual / inspection form as subject with a named
person, agentless passives next to agent passives, press and first-report blame framings set aside, quoted accusatory
questions answered with systems, a chat request to a named person, credit to a named person.

## Known limits
- All fourteen were written from search excerpts only; no full report was opened. Figures such as the six-hour
  checker repair, the 06:45 cubesat message, the 11:10 LST uplink, the 20-inch rod withdrawal, the eight-day
  inspection gap and the operator's "navigational error" press statement are approximate or invented, and sit in
  sentences where they colour the accusation, not the label.
- Borderline rows an annotator might label differently: "Official version from the deputy prime minister, and he is
  right: they did not get the coordinates right..." (BLAME mistake-attribution: reported, then endorsed);
  "The ops room panicked..." (BLAME group-blame, though no one is named); "Sumire, at the desk near the tank, saw the
  blue flash..." (OK actor-neutral); "The palm trees and ceiling cloth should have been flame-proofed..." (OK
  system-should: agentless "should have" of objects); "Top marks to the contractor for leaving three soldiers alone at
  night..." (BLAME sarcasm at a company, though it points at a supervision gap); "The papers wanted the busboy's
  name; the lesson the city wrote into its code was about the fabric..." (OK meta-blameless); "Read back every uploaded
  sequence..." and "Replace the receiver model in the navigation test bench..." labelled DETECTS (tests and checks)
  while "Reconfigure the backup voice switch ... and prove it with a one-hour live switchover" is PARTIAL (the fix is
  the reconfiguration); "Fit catcher brackets under each pin-and-hanger joint" labelled PARTIAL (limits the
  consequence, not the corrosion); "Inspect every licensed nuclear fuel facility in Japan unannounced at least once
  a year" and "Give every periodic maintenance task in every FAA facility nationwide an automatic overdue alarm"
  counted as testable but not bounded; "Keep Pile No. 1 shut down for good and seal its charge face" labelled PREVENTS.
"""

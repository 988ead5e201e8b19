# heldout32 rules data (see ../rules/SOURCES-heldout32.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Rockot / CryoSat launch 2005, Panama ION radiotherapy planning 2000-01, Deep Impact
# clock overflow 2013, Viking 1 lander update 1982, Proton / Breeze M Express-AM4 timeline 2011, JAS 39-1 Gripen
# control laws 1989, Epinal radiotherapy wedges 2004-05) and 7 outside software (Torrey Canyon 1967, Ocean Ranger 1982,
# Kemper Arena roof 1979, Camelford / Lowermoor 1988, Bradford City stand fire 1985, Malpasset Dam 1959, Tianjin port
# explosions 2015).
# Styles vary: ESA management e-mail and translated Russian commission text, Spanish-speaker hospital memo and radio
# call-in, JPL ops Slack and retro notes, 1983 memo and Usenet banter, Russian launch forum and insurance e-mail,
# Swedish-English test-programme notes and tabloid, French-English report and patients' association, 1967 board of
# inquiry prose and Cornish pub talk, Royal Commission prose and Newfoundland rig talk, city council briefing and
# sports-radio sarcasm, water-authority e-mail and residents' meeting notes, inquiry prose and fans' forum, translated
# 1959 prefecture and press, Chinese official English and residents' group chat.
S = []

# 1. Rockot / CryoSat, Plesetsk, 8 Oct 2005 15:02 UTC: first stage and fairing nominal; the Breeze-KM flight control
# system did not generate the command to shut down the second-stage engine; no stage separation; stack fell into the
# Arctic Ocean near the North Pole; EUR 136 M satellite; Russian State Commission cleared Rockot on 25 Oct; briefing to
# Eurockot and ESA 3 Nov; Eurockot Failure Review Board report in December; next customer Kompsat-2.
S.append(dict(url="https://www.newscientist.com/article/dn8226-post-mortem-explains-cryosats-launch-failure/",
people=["Feoktist Shchegolkov", "Avdotya Khrapunova", "Rupprecht Wintersteiger", "Femke Vandermeulen"],
blame="""
B failure-verb | Shchegolkov's group never put the second-stage cut-off into the Breeze flight program and still signed the release sheet as complete.
B passive-agent | The CryoSat flight program was compiled and released by Feoktist Shchegolkov without the end-to-end simulation that the six earlier Rockots had received.
B counterfactual | If Shchegolkov had run the stack through one more full ascent check, CryoSat would be measuring Greenland's ice this winter instead of lying under the Arctic.
B group-blame | Frankly, the Khrunichev software people let us down badly: 136 million euros of European science went into the sea because of their sloppiness.
B human-error | Conclusion of the State Commission (our working translation): the cause of the accident is an error of personnel in the preparation of the Breeze-KM flight program.
B rhetorical-question | Which genius at Khrunichev decided that a cut-off command for the second stage was optional?
B sanction | people who signed this program must be taken off the Kompsat-2 campaign, the Koreans deserve better than the same hands
B competence | I have lost any confidence in the competence of whoever on the Russian side is supposed to verify these flight programs.
O system-failure | About five minutes into the flight the Breeze-KM flight control system failed to issue the command that shuts down the second-stage engine, so the stages never separated.
O system-should | The flight control system should have compared the second-stage burn against the planned cut-off time and issued the shutdown command on its own.
O actor-neutral | A few minutes after lift-off Avdotya Khrapunova reported from the Plesetsk telemetry room that second-stage separation had not been seen and the engine was still running.
O neutral-fact | CryoSat lifted off on a Rockot from Plesetsk at 15:02 UTC on 8 October 2005; the whole stack came down in the Arctic Ocean close to the North Pole.
O policy-subject | The acceptance procedure Shchegolkov worked under compared each new flight program with the previous mission's file, not with a complete simulated flight.
O system-counterfactual | Had the flight program been run through a complete simulated ascent before shipment, the missing cut-off would have shown up on the ground.
O agentless-passive | The satellite was destroyed and the Rockot fleet was grounded until the State Commission cleared it on 25 October.
O meta-blameless | Rupprecht asked the review board to stop asking who wrote the program and to ask how a program without a second-stage cut-off could pass every check we have.
""",
actions="""
Y Y N DETECTS | Khrunichev flight software | 2005-12-15 | Run every Breeze-KM flight program through an end-to-end ascent simulation that exercises each stage cut-off and separation command, and attach the simulation log to the launch readiness file.
N N N PARTIAL | Eurockot | | Improve the quality culture of the Russian launch industry.
Y Y Y PREVENTS | Feoktist Shchegolkov | 2005-11-30 | Add a rule to the Breeze-KM flight program generator that refuses to produce any program in which a stage burn has no cut-off command.
N Y Y DETECTS | Avdotya | 2006-01-15 | Watch the second-stage telemetry more closely during the Kompsat-2 launch.
Y Y N PARTIAL | | | Send the payload customer a written failure summary with the telemetry plots within 72 hours of any Rockot launch anomaly.
N N N PARTIAL | we | | Make sure nothing like this ever happens to a European payload again.
Y Y Y PARTIAL | Rupprecht Wintersteiger | 2006-03-01 | Put a costed proposal for a CryoSat rebuild to the ESA programme board and record its decision in the minutes.
N Y N PREVENTS | Breeze-KM software team | 2006-02-01 | Make the upper-stage flight software more robust.
Y N N DETECTS | ESA launcher office | | Require an independent review of the flight program for every ESA payload on any Russian launcher, with the signed review report in hand before the payload is shipped.
N Y Y DETECTS | Femke Vandermeulen | 2006-02-15 | Double-check the Rockot flight program before the next campaign.
Y Y N DETECTS | Plesetsk telemetry | 2005-12-01 | Sound an alarm in the launch control room if second-stage separation has not been confirmed within 10 seconds of its planned time.
""",
ww="""
C | Plesetsk tracking confirmed within minutes that separation had not happened, so ESA could tell the press the same afternoon what was known.
C | The State Commission named the failing function within three weeks, which let ESA start the rebuild discussion before the end of the year.
V | The ESA and Eurockot teams pulled together admirably.
"""))

# 2. Instituto Oncologico Nacional, Panama, Aug 2000 - Mar 2001: the treatment planning system allowed at most four
# shielding blocks per field; a data-entry method not validated by the vendor entered several blocks as one outline;
# the software computed treatment times that were too long; 56 blocked-field patients, 28 overexposed (+10 to +105%);
# 478 pelvic patients in the period; severe reactions reported to the director in March 2001; PAHO / international
# physicists invited; criminal charges against physicists.
S.append(dict(url="https://pl.scribd.com/document/40937143/1162234952",
people=["Eustaquio Bermudez-Caicedo", "Nereida Saldana-Pitti", "Abdiel Ochoa", "Yariela Castrellon"],
blame="""
B failure-verb | The physicist Bermudez-Caicedo did not verify the treatment times by hand calculation, he trusted the computer and the patients paid it.
B passive-agent | The block data for the pelvic fields were entered by Nereida Saldana-Pitti with a method that nobody had validated, and the times were never checked again.
B counterfactual | If Eustaquio had compared only one plan against a manual calculation in August, twenty-eight patients would not be burned today.
B human-error | The communique of the Ministry gives as the cause: human error of the medical physics personnel in the use of the planning system.
B group-blame | The physics department of the ION is a shame, they played with the computer like it was a video game.
B sanction | These physicists must go to the jail, not only lose the licence, for what they did to our mothers and fathers.
B hindsight | Every physicist with minimum training knows you never give a treatment time you did not check independently; for them to forget this is not pardonable.
B character | those people in the bunker only care to finish the list of the day fast, they don't care who is lying on the table
O system-failure | The planning system accepted several shielding blocks drawn as one outline and calculated treatment times up to double the correct value, without any warning.
O system-should | The treatment planning software should have rejected a block outline it could not compute correctly instead of producing a plausible treatment time.
O actor-neutral | In March 2001 Dr Abdiel Ochoa saw severe reactions in several pelvic patients and informed the director of the Institute the same week.
O neutral-fact | Of 478 patients treated for pelvic cancers between August 2000 and March 2001, 56 had blocked fields planned on the system and 28 of them were overexposed.
O policy-subject | The department protocol Saldana-Pitti followed in 2000 did not require an independent manual check of computer-calculated treatment times.
O system-counterfactual | Had the software limited the entry to four separate blocks and refused anything else, the wrong treatment times could not have been produced.
O agentless-passive | The affected patients were identified from the treatment records, and the multi-block entry method was stopped.
O meta-blameless | The criminal case asked which physicist was guilty; the international team asked why a planning system and a department without independent checks let one data-entry habit reach the patients.
""",
actions="""
Y Y N DETECTS | Radiotherapy physics | 2001-07-01 | Check every computer-calculated treatment time at the ION with an independent manual calculation before the first fraction, and hold the treatment if the two differ by more than 5%.
N N N PARTIAL | Ministry of Health | | Strengthen the quality of radiotherapy in Panama.
Y Y Y PREVENTS | Nereida Saldana-Pitti | 2001-06-15 | Withdraw the single-outline entry method for multiple blocks and delete it from the written instructions at the planning workstation.
N Y Y DETECTS | Abdiel | 2001-09-01 | Follow the pelvic patients more closely.
Y Y N PARTIAL | | | Offer each of the 28 overexposed patients a specialist follow-up visit every three months for two years, paid by the state.
N Y N PREVENTS | Multidata | | Fix the planning software.
Y Y Y PARTIAL | Eustaquio Bermudez-Caicedo | 2001-08-01 | Write a one-page procedure for entering shielding blocks (one block per outline, at most four per field) and collect each physicist's signature that they have read it.
N N N PARTIAL | everyone | | Be more careful with the lives of the patients.
Y Y N DETECTS | ION physics | 2001-10-01 | Measure the delivered dose with in-vivo dosimetry on the first fraction of every blocked pelvic field and flag any reading more than 5% above the plan.
N Y Y PARTIAL | Yariela Castrellon | 2001-12-31 | Review the training of the radiotherapy staff.
N N N DETECTS | Regional health authorities | 2002-01-01 | Increase the oversight of radiotherapy centres in the region.
""",
ww="""
C | Once the reactions were reported in March 2001, outside physicists were invited and the doses of all 56 blocked-field patients were reconstructed within weeks.
V | The doctors and nurses showed a lot of humanity with the families.
V | There was great solidarity from the international community.
"""))

# 3. Deep Impact, Aug-Sep 2013: last communication 8 Aug 2013 (contact about once a week); loss between 11 and 14 Aug;
# on-board time overflow ("a Y2K problem") put fault protection into a continuous reboot cycle; cause found 30 Aug;
# commands uplinked for weeks; mission declared lost 20 Sep 2013; planned comet ISON observations lost; the spacecraft
# had flown years beyond its design life (EPOXI extended mission).
S.append(dict(url="https://spaceflightnow.com/news/n1309/10deepimpact/",
people=["Ekenedilichukwu Nwachukwu-Rand", "Sharmistha Venkatraghavan", "Ansel Trubridge", "Garazi Goikoetxea"],
blame="""
B failure-verb | @ekenedilichukwu never tested the fault-protection clock past 2013, he just assumed nobody would still be flying this thing
B passive-agent | The time-tag format was picked by Ansel Trubridge's original software team without anyone working out how long the counter would last.
B counterfactual | If Sharmistha had asked for a rollover analysis when the extension was approved, we'd be imaging ISON right now.
B sarcasm | Big congrats to the flight software crew for shipping the first spacecraft killed by Y2K thirteen years late.
B group-blame | The ops team got comfortable during EPOXI and stopped asking what happens when the hardware outlives its design assumptions.
B competence | honestly a junior dev would have flagged a 32-bit counter of tenths of a second, how did the senior folks miss it
B human-error | Root cause (draft 1): human error in flight software design, time counter sized too small.
B rhetorical-question | Who signs off a mission extension without asking how long the onboard clock lasts?
O system-failure | On 11 August the onboard time value overflowed and the fault-protection software failed to handle it, so the computer rebooted again and again.
O system-should | The fault-protection software should have treated an impossible date as a clock fault instead of restarting the computer.
O actor-neutral | Garazi Goikoetxea booked extra DSN passes after the missed contact, and on 30 August Ekenedilichukwu posted the rollover analysis that explained the silence.
O neutral-fact | Deep Impact's last communication was on 8 August 2013; at that stage of the mission the team talked to it about once a week.
O policy-subject | The extension review that Trubridge chaired had no item on timer or counter limits, so nobody was asked to compute them.
O system-counterfactual | Had the time counter been wider, or had the date been sanity-checked before fault protection acted, the reboot loop would never have started.
O agentless-passive | Recovery commands were uplinked for weeks, and the mission was declared lost on 20 September 2013.
O credit | props to Sharmistha for keeping the recovery attempts going through three weekends while there was still a chance
""",
actions="""
Y Y N PREVENTS | Flight software | 2013-12-01 | List every counter and timer in the flight software of the three spacecraft this team operates, with the date each one overflows, and patch any that overflow within the next ten years.
N N N PARTIAL | JPL | | Learn from Deep Impact.
Y Y Y DETECTS | Ekenedilichukwu Nwachukwu-Rand | 2013-11-15 | Run the flight software testbed with the clock set 30 days before each computed overflow date and record whether the computer stays up for 72 hours.
N Y Y PREVENTS | Ansel | 2014-01-31 | Make the fault protection smarter about dates.
Y Y N DETECTS | | | Page the on-call ops engineer whenever a scheduled weekly pass returns no carrier.
N N N DETECTS | we | | Keep a closer eye on aging missions.
Y Y Y PARTIAL | Sharmistha Venkatraghavan | 2013-10-15 | Add a "counter and timer limits" line to the extended-mission review checklist, with the computed overflow dates attached as evidence.
N Y N DETECTS | Mission operations | 2014-03-01 | Improve telemetry monitoring during Deep Space Network passes.
Y N N PREVENTS | Flight software | | Use 64-bit time counters in all new flight software, and reject any code review that introduces a shorter one.
N Y Y DETECTS | Garazi Goikoetxea | 2013-12-15 | Look into better DSN scheduling for old spacecraft.
Y Y N PARTIAL | Science team | 2013-10-01 | Hand the planned ISON observation slots to the other spacecraft that can observe the comet, and publish which slots were taken over.
""",
ww="""
C | The cause was found on 30 August from ground analysis alone, three weeks after the last pass, so every later recovery attempt targeted the clock.
C | Extra DSN passes were booked within a day of the first missed contact.
V | Everybody gave it their all right to the end.
"""))

# 4. Viking 1 lander, Nov 1982: landed in Chryse Planitia 20 Jul 1976; by 1982 weather data and occasional pictures
# sent directly to Earth; the team changed the battery reconditioning cycle to prolong battery life; the update
# overwrote the data used to point the antenna at Earth; last contact in November 1982; a transmission programmed for
# 5 May 1983 was the last hope; program ended May 1983; described elsewhere as "human error during software update".
S.append(dict(url="https://www.csmonitor.com/1983/0419/041961.html",
people=["Montague Sowerbutts", "Zdzislawa Wojciechowska", "Alphonse Pendergrass", "Odessa Vanlandingham"],
blame="""
B failure-verb | Sowerbutts uplinked the new battery reconditioning sequence without ever checking which memory it would overwrite.
B passive-agent | The November command load was prepared by Zdzislawa Wojciechowska's two-person crew and transmitted without a run on the ground lander computer.
B counterfactual | Had Montague read back the memory map before transmitting, Viking 1 might have kept reporting Martian weather until 1994.
B human-error | Cause of loss of signal: human error during a software update, which left the antenna pointed away from Earth.
B rhetorical-question | Did nobody on the lander team think to ask where the antenna-pointing tables lived before writing over them?
B group-blame | The skeleton crew at JPL, bored and underfunded, sent a sloppy command load and killed the longest-lived machine on Mars.
B sarcasm | Nice work, Pasadena: six years of Martian winters survived, one battery tune-up from the home team not survived.
B nobody-blame | Not one person on the lander team bothered to compare the patch against the antenna tables before it went out.
O system-failure | The new reconditioning code overwrote the data the lander used to point its antenna at Earth, and the lander failed to transmit at the next scheduled session.
O system-should | The lander's command processor should have protected the antenna-pointing tables from being overwritten by any other load.
O actor-neutral | Odessa Vanlandingham noticed the empty downlink slot and asked the Deep Space Network to search again at the next opportunity.
O neutral-fact | Viking 1 landed in Chryse Planitia on 20 July 1976 and sent weather data and occasional pictures for more than six years.
O policy-subject | The low-cost operations plan that Pendergrass managed paid for no simulator time on routine command loads, so updates went straight to Mars.
O system-counterfactual | Had the antenna-pointing data sat in memory that the battery software could not address, the update could not have silenced the lander.
O agentless-passive | Commands were sent for months afterwards, and the last hope rested on an automatic transmission programmed for 5 May 1983.
O quoted-question | "Who kicked the power plug out?" asked one forum thread; the answer on record is that an update meant to save the batteries changed where the antenna pointed.
""",
actions="""
Y Y N PREVENTS | Lander flight software | 1983-02-01 | Move the antenna-pointing tables into a protected memory block and make the command processor reject any load addressed to that block.
N N N PARTIAL | NASA | | Take better care of our long-lived missions.
Y Y Y DETECTS | Montague Sowerbutts | 1983-01-15 | Before any further uplink, run the command load on the ground lander computer and compare full memory dumps taken before and after.
N Y Y PARTIAL | Zdzislawa | 1983-03-01 | Make the reconditioning procedure clearer.
Y Y N PARTIAL | | 1983-04-30 | Keep a 64-metre DSN antenna listening on the lander's frequency throughout the 5 May 1983 automatic transmission window.
N N N DETECTS | everyone | | Double-check anything we send to Mars.
Y Y Y PARTIAL | Alphonse Pendergrass | 1983-02-15 | Write down the lander memory map, with every table's address and owner, and file it with the operations plan.
N Y N PREVENTS | Viking project office | | Make software updates to the lander safer.
Y N N DETECTS | Deep Space Network | | Require a readback of every changed memory region after each software update to any spacecraft, within the same tracking pass.
N Y Y DETECTS | Odessa Vanlandingham | 1983-01-31 | Monitor the lander downlink better.
N N N PARTIAL | Planetary programs | 1983-06-01 | Keep the lessons of Viking alive for future Mars landers.
""",
ww="""
C | Within weeks the team had worked out which memory the update had touched and built a recovery sequence aimed at the antenna tables.
V | The lander team kept their spirits up through a very long winter.
V | A fantastic display of dedication by the whole Viking family.
"""))

# 5. Proton-M / Breeze M, Express-AM4, Baikonur, 18 Aug 2011: Proton nominal; contact lost after the fourth Breeze M
# burn; orbit 51.23 deg, 995 x 20,294 km; commission (30 Aug): in formalising the Breeze M operating timeline the time
# interval to turn the gyro platform into position was made unduly short (reportedly one erroneous input); all other
# systems within specs; ban lifted 30 Aug; satellite insured for about $300 M and declared a loss; fifth Breeze M
# failure in about twelve years; four Russian launch failures in nine months.
S.append(dict(url="http://www.sat-index.co.uk/launchfailures/2011-08-18.html",
people=["Svyatoslav Pereverzev", "Zlata Bogomolova", "Kuzma Zhigunov", "Fabienne Roussillon"],
blame="""
B failure-verb | Pereverzev typed a wrong interval for the gyro platform turn into the cyclogram and nobody stopped him.
B passive-agent | The Breeze M operating timeline for this flight was formalised by Kuzma Zhigunov's section in a hurry, with the window for the gyro platform cut almost to nothing.
B counterfactual | If Zhigunov's people had compared the timeline with the previous Breeze flight, the satellite would be at 80 East and broadcasting television for Siberia now.
B sarcasm | Bravo Khrunichev ballistics, you invented new orbit: 995 by 20,294 km, very exclusive, no neighbours.
B group-blame | Our rocket industry forgot how to work, the young specialists copy files and the old ones sleep.
B human-error | Root cause per the commission, as our broker summarised it for the underwriters: human error in preparing the Breeze M flight timeline.
B sanction | whoever put this number must pay from own pocket, 300 million dollars, let him work for it rest of his life
B repeat-offender | Same upper-stage people, fifth Breeze failure in twelve years, and every time they tell us "one wrong input".
O system-failure | The gyro platform did not have time to reach its position before the burn, so the Breeze M fired in the wrong orientation and left Express-AM4 in an unusable orbit.
O system-should | The Breeze M flight software should have held the burn until the gyro platform reported that it was in position.
O actor-neutral | Zlata Bogomolova at the RSCC control centre reported that telemetry stopped after the fourth Breeze M burn and asked for the surveillance network's orbit data.
O neutral-fact | The orbit was measured at 51.23 degrees inclination, 995 km perigee and 20,294 km apogee, far from the planned geostationary slot.
O policy-subject | The timeline approval rule that Pereverzev followed checked each interval against the allowed format, not against the physical time the platform needs to turn.
O system-counterfactual | Had the timeline tool derived the platform turn time from the platform's own rate limits, a single wrong entry could not have reached the flight.
O agentless-passive | Proton processing was suspended until 30 August, when the ban was lifted and the launch schedule was revised.
O meta-blameless | The forum wanted a name; the commission's wording, "the time interval was made unduly short", points at a timeline process that accepted a value nobody checked.
""",
actions="""
Y Y N PREVENTS | Breeze M ballistics | 2011-10-01 | Compute every gyro platform turn interval in the Breeze M timeline from the platform's rate limit and reject the timeline if any interval is shorter.
N N N PARTIAL | Roscosmos | | Restore discipline in the space industry.
Y Y Y DETECTS | Kuzma Zhigunov | 2011-09-20 | Before the next Proton launch, run the complete Breeze M timeline on the hardware-in-the-loop bench and confirm the platform reaches position before each burn.
N Y Y PARTIAL | Svyatoslav | 2011-09-15 | Be more careful when preparing cyclograms.
Y Y N PARTIAL | | | Give RSCC and the insurers the final orbit, the telemetry summary and the commission conclusions in one written package within 14 days of a launch anomaly.
N N N DETECTS | we | | Pay more attention at every stage of preparation.
Y Y Y PARTIAL | Fabienne Roussillon | 2011-11-30 | File the total-loss claim for Express-AM4 with the orbit data and the commission report attached.
N Y N PREVENTS | Khrunichev | 2012-01-01 | Improve the Breeze M control system.
Y N N DETECTS | Launch quality service | | Have a second engineer re-enter every numeric value of every upper-stage timeline for all Russian launchers and compare the two files automatically.
N Y Y PREVENTS | Zlata Bogomolova | 2012-02-01 | Review the satellite separation plan.
Y Y N PARTIAL | Joint working group | 2011-09-10 | Decide whether Express-AM4 can reach a usable orbit on its own propellant, and record the decision with the delta-v budget.
""",
ww="""
C | The orbit was measured within days by Russian and American surveillance, so the working group could judge a salvage on real numbers.
C | The commission published its finding twelve days after the launch, and the Proton ban was lifted the same day.
V | Good cooperation between all organisations involved.
"""))

# 6. JAS 39-1 Gripen, Linkoping, 2 Feb 1989: first prototype crashed on landing on its sixth flight; pilot-induced
# oscillation; very gusty wind; commission: the problem was software related (control laws too sensitive, pilot
# inputs added up instead of being filtered); pilot broke an elbow; filmed by a TV news crew; first flight (Dec 1988)
# 18 months late because of control software; the first-flight pilot had called the system too sensitive; control
# laws redesigned; the 1993 Stockholm crash had the same cause, fixed in 1995.
S.append(dict(url="https://en.wikipedia.org/wiki/Accidents_and_incidents_involving_the_JAS_39_Gripen",
people=["Gudmar Ekwall", "Gunvor Brandt-Lindqvist", "Aron Tjernstrom", "Majvor Sundelin"],
blame="""
B failure-verb | Ekwall over-controlled the aircraft on the approach and made the oscillation worse with every input he gave.
B passive-agent | The control laws for flight six were released by Aron Tjernstrom although the first-flight pilot had already called the pitch response too nervous.
B counterfactual | If Tjernstrom had listened to the test pilots after the December flight, 39-1 would still be flying.
B competence | A pilot with real fighter experience would have kept his hands still and let the aircraft settle by itself.
B group-blame | The flight control group thought their computer was smarter than every pilot, and now the whole of Sweden has seen the pictures on television.
B human-error | Preliminary note from the base: probable cause pilot error in the landing phase, strong gusts contributing.
B rhetorical-question | How many prototypes must fall down before the software engineers admit that the laws are wrong?
B sanction | The test pilot should be grounded until the commission is finished, he cannot fly the second prototype.
O system-failure | On the landing the flight control system amplified the pilot's pitch inputs instead of filtering them, and the aircraft went into a growing oscillation.
O system-should | The control laws should have limited how fast the commanded pitch could change, so that quick stick inputs did not stack on top of each other.
O actor-neutral | Gudmar Ekwall stayed in the tumbling aircraft and afterwards described each of his control inputs to the commission, in order.
O neutral-fact | The first prototype JAS 39-1 crashed on landing at Linkoping on 2 February 1989, on its sixth flight; the pilot broke an elbow.
O policy-subject | The test programme plan Sundelin approved let flying continue on the original control laws while the pilots' comments were collected for a later software version.
O system-counterfactual | With control laws that damped fast stick movements, the same gusts and the same inputs would most likely have ended in a normal landing.
O agentless-passive | The accident was filmed by a television crew, and the control law software was redesigned before the programme flew again.
O meta-blameless | The first headline said "pilot error"; the commission concluded that the flight control software, not the pilot, was the thing to fix.
""",
actions="""
Y Y N PREVENTS | Flight control laws | 1989-09-01 | Add a rate limiter and filter on pitch commands to the JAS 39 control laws and show in the simulator that no pilot-induced oscillation builds up in the gusty landing cases.
N N N PARTIAL | Saab | | Rebuild confidence in the Gripen programme among the public.
Y Y Y DETECTS | Aron Tjernstrom | 1989-06-30 | Fly 40 landing approaches in the simulator with the 2 February gust profile and stick inputs at twice the normal rate, and report every case where the pitch oscillation grows.
N Y Y PARTIAL | Gudmar | | Share his experience with the other test pilots.
Y Y N PARTIAL | Test pilot group | | Brief every Gripen test pilot on the 2 February oscillation, using the recorded flight data, before their next flight.
N N N PARTIAL | everyone | | Keep safety first in the test programme.
Y Y Y PARTIAL | Majvor Sundelin | 1989-04-01 | Hold all flights of the second prototype until the revised control laws have passed the gusty landing cases in the simulator.
N Y N PREVENTS | FMV | 1990-01-01 | Make the fly-by-wire system better.
N Y Y DETECTS | Gunvor Brandt-Lindqvist | 1989-05-15 | Look at the handling qualities again.
Y N N DETECTS | Flight test | | Record stick position and pitch rate at 50 samples per second on every flight of every Saab test aircraft, present and future, and review them after each landing.
N N N DETECTS | we | | Give more weight to what the test pilots say.
""",
ww="""
C | The television film and the flight recorder together gave the commission the exact stick inputs and pitch rates within days.
V | The test team behaved with great professionalism throughout.
V | Everyone was very supportive of the pilot and his family.
"""))

# 7. Centre hospitalier Jean Monnet, Epinal, May 2004 - 2005: 23-24 prostate patients overdosed by about 20% (7-34%);
# CADPLAN planning software not translated into French, unclear acronyms; planning with static wedges while the
# accelerator was set for dynamic wedges after a change of technique; operators not trained; ASN informed 6 Jul 2006;
# deaths followed; IRSN then found further systematic overdoses (portal imaging, an older planning parameter);
# treatments interrupted for months; two doctors and a physicist later sentenced to 18 months.
S.append(dict(url="https://www.johnstonsarchive.net/nuclear/radevents/2004FRA1.html",
people=["Ghislaine Mougenot", "Gaetan Thiebaut", "Clotaire Demangeon", "Rosine Valdenaire"],
blame="""
B failure-verb | The physicist Thiebaut has changed from static to dynamic wedges without to organise any training for the team.
B passive-agent | The wedge parameters of the prostate patients were entered by Ghislaine Mougenot in the wrong mode during fourteen months, and nobody controlled.
B counterfactual | If Dr Demangeon had reacted to the first rectal complications in summer 2005, the ASN would have been informed one year earlier.
B group-blame | The radiotherapy team of Epinal has worked like amateurs with a machine they did not understand.
B human-error | In the first communication of the hospital direction the cause is given as "an error of manipulation by the operators".
B sanction | For us in the association, the responsible persons must be judged and go to prison, eighteen months is not enough.
B self-blame | I was the one who signed the plans, I should have seen that the numbers were too high, and I will carry this all my life.
B character | These doctors knew since 2005 and they preferred to hide it, it is a question of honesty, not of software.
O system-failure | The planning software, whose menus existed only in English, calculated with static wedges while the accelerator delivered with dynamic wedges, and it gave no warning of the difference.
O system-should | The CADPLAN interface should have shown the wedge mode in clear French words on the plan and on the treatment sheet.
O actor-neutral | In July 2006 Rosine Valdenaire collected the testimonies of several patients with rectal burns and sent them to the regional health agency.
O neutral-fact | Between May 2004 and August 2005, 24 patients treated for prostate cancer at the Jean Monnet hospital received doses about 20% above the prescription.
O policy-subject | The department's procedure, which Mougenot applied exactly, did not foresee any independent verification of the monitor units after a change of wedge technique.
O system-counterfactual | Had the planning system sent the wedge mode directly to the accelerator, the manual setting that did not match the plan would not have existed.
O agentless-passive | The treatments were interrupted for several months and the department was reorganised around quality and safety.
O action-item | Ghislaine, can you send the list of all patients treated with dynamic wedges since May 2004 to the IRSN physicist before Friday?
""",
actions="""
Y Y N PREVENTS | Physique medicale | 2006-10-01 | Configure the accelerator so that the wedge mode is taken from the treatment plan file and cannot be set by hand.
N N N PARTIAL | Ministere de la sante | | Restore the confidence of patients in French radiotherapy.
Y Y Y DETECTS | Gaetan Thiebaut | 2006-09-15 | Verify the monitor units of every prostate plan at Epinal with an independent calculation and block the treatment if the difference exceeds 3%.
N Y Y PARTIAL | Ghislaine | 2006-12-01 | Get more familiar with the planning software.
Y Y N PARTIAL | | | Translate the CADPLAN wedge menus and acronyms into French and post the translated sheet beside each planning workstation.
N N N DETECTS | tout le monde | | Be vigilant with every new technique.
Y Y Y PARTIAL | Clotaire Demangeon | 2006-08-31 | Call every one of the 24 patients for a consultation and record the toxicity grade of each in the medical file.
N Y N DETECTS | Direction de l'hopital | 2007-01-01 | Reinforce the quality control of the radiotherapy department.
Y N N DETECTS | ASN | | Require every radiotherapy centre in France to declare any dose deviation above 5% to the ASN within 48 hours.
N Y Y PREVENTS | Rosine Valdenaire | 2007-03-01 | Work with the hospital on patient safety.
Y Y N DETECTS | Radiotherapie Epinal | 2006-11-01 | Do in-vivo dosimetry at the first session of every patient and stop if the measured dose differs by more than 5% from the plan.
""",
ww="""
C | Once the ASN was informed, the IRSN recomputed the doses of all prostate patients and found the second, systematic overdose from portal imaging.
C | The hospital called back every patient of the cohort and opened a dedicated consultation with a radiation injury specialist.
V | The personnel stayed very dedicated in a difficult moment.
"""))

# 8. Torrey Canyon, 18 Mar 1967: Liberian-flag supertanker, Italian crew, on charter for BP, about 119,000 t of Kuwaiti
# crude for Milford Haven; told at the Canaries that she had to make the high tide on 18 Mar or wait nearly a week;
# early that morning the officer of the watch altered course to pass west of the Scillies, the master resumed the
# route through the channel east of them; fishing boats ahead; steering selector (autopilot / manual / remote) left in
# the wrong position; aground on Pollard's Rock, Seven Stones; bombed with explosives and napalm; detergents; the
# Liberian board blamed the master.
S.append(dict(url="https://professionalmariner.com/torrey-canyon-alerted-the-world-to-the-dangers-that-lay-ahead/",
people=["Benvenuto Caldarola", "Ottorino Gualtieri", "Fortunato Lupatelli", "Jago Tregenza"],
blame="""
B failure-verb | Captain Caldarola overruled his officer's course change and took a fully laden supertanker through a seven-mile gap to save a few hours.
B passive-agent | The order to resume the course inside the Scillies was given by the master personally, against the alteration already made by his officer of the watch.
B counterfactual | If Caldarola had accepted the detour to the west, the worst oil spill Britain had ever seen would never have reached Cornwall.
B hindsight | Any master who had sailed those waters eighteen times knew exactly where the Seven Stones were; there is no excuse for it.
B mistake-attribution | The Liberian board found the master alone responsible, and frankly it was right: he made every decision that put her on the rocks.
B group-blame | That Italian crew treated our coast like a shortcut on the motorway, and the fishermen of Sennen are paying for it.
B competence | A competent navigator would have fixed his position hours earlier instead of finding out he was 2.8 miles from the reef.
B sarcasm | Well done to the chap on the bridge who left the steering on automatic; the seabirds of Cornwall thank him.
O system-failure | When the wheel was put over, the steering selector was still in the autopilot position, so the tanker failed to answer the helm in the last minutes before Pollard's Rock.
O system-should | The steering selector should have shown clearly, at the wheel itself, which of its three positions was engaged.
O actor-neutral | Jago Tregenza on the Seven Stones light vessel saw the tanker standing in towards the reef and hoisted the warning signal.
O neutral-fact | Torrey Canyon ran aground on Pollard's Rock in the Seven Stones reef on the morning of 18 March 1967 with about 119,000 tons of crude oil aboard.
O policy-subject | The charter instructions Caldarola received at the Canary Islands tied his arrival to the Milford Haven high tide, with a wait of nearly a week if he missed it.
O system-counterfactual | Had the ship carried a large-scale chart of the channel, the position plotted that morning would have shown the danger much earlier.
O agentless-passive | The wreck was bombed with high explosive and napalm, and the detergents sprayed on the beaches did more harm than the oil.
O meta-blameless | The inquiry stopped at the master; what it left open is why a tide deadline, a single chart and a three-position lever all pointed the same way that morning.
""",
actions="""
Y Y N PREVENTS | Owners' marine department | 1967-09-01 | Fit a lamp at the wheel of every tanker in the fleet that shows which steering mode, automatic, manual or remote, is engaged.
N N N PARTIAL | Shipping industry | | Raise standards of seamanship worldwide.
Y Y Y PREVENTS | Ottorino Gualtieri | 1967-07-01 | Write the standing order that forbids a laden tanker of the fleet to pass between the Scillies and the Seven Stones, and have each master sign it.
N Y Y DETECTS | Benvenuto | | Check the ship's position more often near the coast.
Y N N PARTIAL | UK government | | Set up a national oil-spill response plan with stockpiles of booms and one minister in charge, published by the end of 1967.
N N N PARTIAL | we | | Protect the coasts better.
N Y N PREVENTS | Charterers | 1967-10-01 | Review voyage deadlines.
Y Y N DETECTS | Seven Stones light vessel | | Fire a warning rocket and call the coastguard by radio whenever a ship of more than 50,000 tons enters the channel inside the reef.
N Y Y PARTIAL | Jago Tregenza | 1967-06-30 | Help with the clean-up of the beaches.
Y Y Y PARTIAL | Fortunato Lupatelli | 1967-05-15 | Drill every helmsman aboard in switching the steering selector from automatic to manual, once at each watch change for a month.
N N N DETECTS | Coastguard | 1967-12-01 | Keep a better watch on shipping.
""",
ww="""
C | The light vessel reported the grounding at once, and the lifeboat was alongside the tanker within the hour.
V | The volunteers on the beaches were magnificent.
V | Cornwall showed wonderful community spirit.
"""))

# 9. Ocean Ranger, Grand Banks, 14-15 Feb 1982: semi-submersible drilling for Mobil on Hibernia; storm; in the evening
# a wave broke a portlight in the ballast control room, seawater shorted the panel; valves opened by the short or by
# the crew; forward list; chain lockers flooded; crew tried brass control rods; mayday shortly before 01:00; capsized
# and sank, 84 dead, no survivors; no survival suits; the toolpusher had ultimate authority but no training in
# stability; Royal Commission (1984): design flaws and inadequate training.
S.append(dict(url="https://liquisearch.com/ocean_ranger/causes_and_effects",
people=["Leamon Drodge", "Mavourneen Bursey", "Lonnie Thibodeaux", "Lemuel Tilley"],
blame="""
B failure-verb | The ballast operator on watch opened the wrong valves with those brass rods and put her down by the head himself.
B passive-agent | The forward valves were opened by Leamon Drodge and the night crew when the panel shorted, and that's where the list came from.
B counterfactual | If the toolpusher had known the first thing about stability, he'd have had those men in the boats hours before she went over.
B group-blame | ODECO's crowd on that rig were drillers playing at being sailors, and every man aboard paid for it.
B human-error | Initial company statement: the loss appears to have resulted from operator error in the ballast control room during the storm.
B role-blame | The toolpusher had the final say on everything aboard and did not understand the ballast system he was in charge of.
B rhetorical-question | What kind of crew dries relays with a hair dryer and plugs them back into a wet panel?
B nobody-blame | Not one manager at the shore base thought to ask why the storm plate wasn't on that portlight.
O system-failure | Seawater came through the broken portlight, shorted the ballast control panel, and the panel opened or appeared to open valves that nobody had commanded.
O system-should | The ballast control room should have been placed above the reach of storm seas, with its portlight closed by a steel deadlight all winter.
O actor-neutral | Shortly before one in the morning Lemuel Tilley at the Mobil shore base took the rig's mayday and passed it to the rescue centre.
O neutral-fact | Ocean Ranger capsized and sank on the Grand Banks in the early hours of 15 February 1982 with 84 men aboard; there were no survivors.
O policy-subject | The manning rules that Thibodeaux signed off as rig superintendent put the toolpusher over the marine crew but required no stability training for the post.
O system-counterfactual | Had the ballast pumps been able to draw from the forward tanks at that angle of list, the rig could have been brought back to level.
O agentless-passive | The men were never issued survival suits, and those who reached the water died of cold within reach of the standby vessel.
O self-report | I was on the radio at the shore base that night; the rig reported the broken portlight in the evening, the mayday came some hours later, and I have nothing to add to the log.
""",
actions="""
Y Y N PREVENTS | ODECO engineering | 1982-06-01 | Replace the ballast control room portlights on all the company's semi-submersibles with welded steel plate.
N N N PARTIAL | Offshore industry | | Put safety first on the Grand Banks.
Y Y Y PARTIAL | Lonnie Thibodeaux | 1982-05-01 | Post a laminated one-page ballast emergency procedure, including manual valve operation with the control rods, inside each ballast control room of the fleet.
N Y Y DETECTS | Lemuel | 1982-04-01 | Keep a closer watch on the rigs' radio reports.
Y N N PARTIAL | Canadian government | | Require an immersion suit for every person on every offshore installation in Canadian waters.
N N N PARTIAL | everyone | | Never forget the 84.
Y Y Y PARTIAL | Mavourneen Bursey | 1983-02-15 | Collect the families' questions in writing and deliver them to the Royal Commission before its first public hearing.
N Y N PREVENTS | Mobil | 1982-09-01 | Upgrade the ballast system on the sister rigs.
Y Y N PARTIAL | Ballast control | 1982-07-01 | Train each ballast control operator on the sister rigs to bring the rig level by hand from a 10-degree forward list, with a timed test every quarter.
N Y Y PARTIAL | Lonnie Thibodeaux | | Look at the chain of command on the rigs.
Y Y N PARTIAL | Standby vessel operators | 1982-10-01 | Carry a rescue net and a recovery crane on every standby vessel assigned to a Grand Banks rig, and hold a recovery drill each month.
""",
ww="""
C | The shore base kept an open radio line with the rig from the first report of the broken portlight until the last message.
C | The standby vessel reached a lifeboat within the hour of the mayday and stayed on scene in mountainous seas.
V | The response of the whole Newfoundland community was incredible.
"""))

# 10. Kemper Arena, Kansas City, 4 Jun 1979, about 7 p.m.: roof 324 x 360 ft hung by 42 hangers from three space-frame
# trusses; A490 high-strength bolts in the hanger connections, not recommended for fatigue; roof meant to hold water,
# eight drains (code required far more); storm 4 in/h with 70 mph gusts; ponding; one hanger failed, no redundancy;
# a section about 200 x 215 ft fell; building empty, no injuries; an employee saw water falling near the scoreboard and
# ran; AIA convention in the city, architect honoured the day before; closed until Feb 1980; Kings moved.
S.append(dict(url="https://eng-resources.charlotte.edu/failurecasestudies/building-failure-cases/kemper-arena/",
people=["Delbert Oxendine", "Jolene Kraybill", "Thurston Oberholtzer", "Marvella Stoltzfus"],
blame="""
B failure-verb | The engineer of record specified A490 bolts for the hangers and never checked them against the wind cycles the roof would see for years.
B passive-agent | The roof drainage was approved by Jolene Kraybill's office with one-eighth of the drains the code asked for.
B counterfactual | If Oberholtzer had run the fatigue numbers back in 1973, we'd be watching the Kings at Kemper next season instead of at the old Auditorium.
B sarcasm | Hats off to the architects: they collected an award for the building one day and lost its roof the next.
B group-blame | Those Chicago architects cared more about sightlines and magazine covers than about a roof that could hold water.
B human-error | Council briefing, item 1: the collapse is believed to result from a design error by the project's engineers.
B hindsight | Anybody who has lived through one Kansas City thunderstorm knows that a flat roof built to hold water is asking for trouble.
B nobody-blame | Five years of storms and not a single city inspector bothered to climb up and look at those hanger bolts.
O system-failure | Under wind gusts and ponded rainwater one hanger connection fractured, and with no alternate load path the neighbouring hangers failed in turn.
O system-should | The roof should have had enough drains to shed a four-inch-an-hour storm without water piling up against the scuppers.
O actor-neutral | Delbert Oxendine saw water falling near the scoreboard, went onto the floor to look, heard a loud noise and ran into the south tunnel just before the roof came down.
O neutral-fact | The collapse at about 7 p.m. on 4 June 1979 left a hole roughly 200 by 215 feet in the roof; the arena was empty and nobody was hurt.
O policy-subject | The building code Kraybill's inspectors enforced set a minimum number of drains but said nothing about fatigue in hanger bolts.
O system-counterfactual | Had the hanger connections used a detail rated for repeated loading, five years of wind cycles would not have weakened them.
O agentless-passive | The arena was closed for nine months, and the basketball and hockey teams had to be moved to other buildings.
O credit | Good call by Marvella Stoltzfus to push for the consultant's report to be released in full instead of sitting on it while the lawsuits started.
""",
actions="""
Y Y N PREVENTS | Structural engineering | 1979-12-01 | Replace all 42 hanger connections with a detail designed for fatigue loading before the roof is rebuilt.
N N N PARTIAL | City of Kansas City | | Make public buildings safer.
Y Y Y PREVENTS | Thurston Oberholtzer | 1979-10-15 | Bring the roof drainage up to the number of drains the city code requires, and show by calculation that 4 inches of rain per hour leaves less than 2 inches standing.
N Y Y DETECTS | Jolene | 1979-08-01 | Inspect the arena more often.
Y N N DETECTS | Building department | | Inspect every long-span roof in the city each spring, including torque checks on a sample of hanger bolts, and publish the results.
N N N PARTIAL | we | | Restore Kansas City's reputation for architecture.
N Y N PREVENTS | Architects | | Rethink the roof design.
Y Y Y PARTIAL | Marvella Stoltzfus | 1979-07-15 | Release the consultant's full collapse report to the press and the council.
N Y Y DETECTS | Delbert Oxendine | | Report anything unusual about the roof.
Y Y N PARTIAL | Arena management | 1979-09-01 | Clear the arena floor and concourse within 10 minutes whenever the National Weather Service issues a severe thunderstorm warning during an event.
N N N DETECTS | Engineering profession | 1980-06-01 | Be more careful with innovative structures.
""",
ww="""
C | The employee who saw water falling near the scoreboard left the floor at once, and nobody was under the roof when it came down.
V | The city handled the aftermath with great professionalism.
V | Everyone pulled together to find the Kings a home for next season.
"""))

# 11. Lowermoor treatment works, Camelford, 6 Jul 1988: unmanned works; a relief tanker driver who had not been there
# before was told to use "a tank on the left"; one key opened the hatches; about 20 t of aluminium sulphate solution
# went into the chlorine contact tank (17:03-17:40) instead of the storage tank; complaints from about 20:00 of sour,
# sticky water; the authority said the water was safe, juice to mask the taste; the public not told the true nature
# for 16 days; coroner 2012 criticised the authority; prosecution of South West Water Authority.
S.append(dict(url="https://www.theguardian.com/society/2012/mar/14/camelford-water-poisoning-inquest",
people=["Trevanion Bolitho", "Derwa Chenoweth", "Treeve Rosewarne", "Lowenna Trethewey"],
blame="""
B failure-verb | The relief driver tipped twenty tonnes of aluminium sulphate into the contact tank because he couldn't be bothered to ring and ask which hatch was which.
B passive-agent | The load was discharged into the chlorine contact tank by Trevanion Bolitho, who had never been to Lowermoor and did not wait for anyone to show him the right hatch.
B counterfactual | If Rosewarne's duty staff had looked into the complaints that evening instead of telling people to add orange juice, half the town would not have been drinking it all week.
B human-error | Cause (SWWA internal summary, 7 July): human error by a delivery driver unfamiliar with the Lowermoor site.
B sanction | Whoever at the water authority decided to keep quiet for sixteen days should be standing in the dock, not just the authority's name.
B group-blame | The South West Water managers treated Camelford as an inconvenience on the road to privatisation.
B rhetorical-question | How do you run a works where any driver with the key can pour chemicals straight into the drinking water?
B character | That duty manager cared more about the authority's image than about the people of Camelford.
O system-failure | The key supplied to drivers opened every hatch at the works, so nothing on site stopped a delivery from going into the wrong tank.
O system-should | The chemical delivery point should have been a locked, labelled coupling that fitted only the storage tank inlet.
O actor-neutral | Derwa Chenoweth rang the authority at about eight that evening to say the tap water was sticky and tasted sour.
O neutral-fact | On 6 July 1988 about 20 tonnes of aluminium sulphate solution went into the chlorine contact tank at Lowermoor instead of the storage tank.
O policy-subject | The delivery instruction Bolitho was given, "a tank on the left", was the only guidance the unmanned works offered a driver on his first visit.
O system-counterfactual | Had the works been staffed for deliveries, or had each delivery needed a phone call from the site, the driver would have been met at the right hatch.
O agentless-passive | The public was not told the true nature of the contamination for sixteen days.
O meta-blameless | The coroner asked who had decided to keep quiet; our review asks which part of the authority's incident process let sixteen days pass without a public warning.
""",
actions="""
Y Y N PREVENTS | Lowermoor works | 1988-09-01 | Fit a dedicated, labelled coupling to the aluminium sulphate storage tank and lock every other hatch with a key kept at the works only.
N N N PARTIAL | South West Water Authority | | Rebuild trust with the people of North Cornwall.
Y Y Y PREVENTS | Treeve Rosewarne | 1988-08-15 | Require a works operator to be present at every chemical delivery to Lowermoor and to sign the delivery note at the correct tank.
N Y Y DETECTS | Lowenna | 1988-10-01 | Keep an eye on the water quality in Camelford.
Y Y N DETECTS | | | Install an aluminium and pH monitor on the treated-water outlet at Lowermoor that alarms at the control centre when aluminium exceeds 0.2 mg/l.
N N N PARTIAL | we | | Communicate better with customers.
Y Y Y PARTIAL | Derwa Chenoweth | 1988-09-30 | Gather the symptom reports from the residents' meetings into one dated list and hand it to the district health authority.
N Y N PREVENTS | Chemical suppliers | | Improve delivery procedures.
Y N N PARTIAL | Water authorities | | Tell the public within 24 hours of any contamination of a drinking-water supply what went in and what to do.
N Y Y PARTIAL | Trevanion Bolitho | | Learn the layout of every works he delivers to.
Y Y N PARTIAL | Distribution team | 1988-07-20 | Flush the mains in the Camelford supply area until every sampling point reads below the aluminium limit, and log each result.
""",
ww="""
C | Once the wrong tank was identified, the contact tank was isolated and the mains flushing started the same week.
C | The residents' meetings kept a written list of symptoms from the first week, which the later inquiries used.
V | Local people were very resilient.
"""))

# 12. Bradford City, Valley Parade, 11 May 1985: last match of the season, trophy day; fire in the main stand at
# about 3.40 p.m.; lit cigarette or match fell onto litter built up for years in the void under the seats (no risers);
# wooden stand, roof with asphalt / bitumen; engulfed in under four minutes; exits at the back locked after the game
# began; no extinguisher found; 56 dead, 265+ injured; warnings about the litter had been given; the stand was
# condemned and due to be replaced in steel; Popplewell inquiry; new wooden stands banned.
S.append(dict(url="https://100objectsbradford.wordpress.com/2013/05/15/84-in-memory-of-the-56-the-popplewell-inquiry-papers/",
people=["Horace Threapleton", "Royston Sugden", "Elsie Murgatroyd", "Zubair Mahmood-Hirst"],
blame="""
B failure-verb | The club's directors ignored the warnings about the litter under the stand and carried on selling tickets for it.
B passive-agent | The exits at the back of the stand were padlocked by the ground staff after kick-off, just as they were every week.
B counterfactual | If Threapleton had got the rubbish cleared out in the close season, those 56 people would have walked home that night.
B group-blame | The board were more interested in the promotion party than in a wooden stand they knew had been condemned.
B mistake-attribution | Cause, as the first press reports put it: a careless supporter's cigarette.
B sarcasm | Lovely bit of planning, that: a timber stand full of smokers and not one fire extinguisher in it.
B rhetorical-question | Who in their right mind lets decades of litter pile up under a timber stand full of smokers?
B competence | Safety at that club was run by amateurs who had never read the sports grounds legislation.
O system-failure | The seats had no risers, so litter dropped through the gaps for decades and built up in the void under the stand.
O system-should | Every exit from the stand should have been openable from the inside without a key whenever the ground was occupied.
O actor-neutral | PC Elsie Murgatroyd shouted for a fire extinguisher at about 3.40 p.m. and, when none came, helped people over the wall onto the pitch.
O neutral-fact | The fire started in the main stand at about 3.40 p.m. on 11 May 1985 and took less than four minutes to engulf it; 56 people died.
O policy-subject | The ground's arrangements, which Threapleton had signed, locked the turnstile gates once the match had started to stop people getting in without paying.
O system-counterfactual | With a steel stand and a roof without bitumen, the fire in the litter would have stayed a small fire that a bucket could put out.
O agentless-passive | The stand had been condemned and was due to be replaced by a steel structure after the last match of the season.
O meta-blameless | For years the story was "a fan's cigarette"; the inquiry's recommendations were about litter, timber, exits and extinguishers.
""",
actions="""
Y N N PREVENTS | Home Office | | Ban new wooden grandstands at all sports grounds in the UK.
N N N PARTIAL | Football League | | Make football grounds safe for families.
Y Y Y PREVENTS | Horace Threapleton | 1985-06-30 | Remove all litter from under the seats of every remaining stand at Valley Parade and get the fire brigade to sign each stand off as clear.
N Y Y DETECTS | Royston | | Keep an eye out for smoke in the stands.
Y Y N PARTIAL | Ground staff | 1985-08-01 | Keep every exit gate at Valley Parade unlocked and staffed from the moment the turnstiles open until the ground is empty.
N N N PARTIAL | everyone | | Learn the lessons of Valley Parade.
N Y N PREVENTS | Club board | 1985-09-01 | Modernise the ground.
Y Y Y DETECTS | Zubair Mahmood-Hirst | 1985-08-15 | Walk every stand at Valley Parade with a fire officer before each home match and record the state of the void under the seats on a signed form.
N Y Y PARTIAL | Elsie Murgatroyd | 1985-10-01 | Improve how police officers call for help inside the ground.
Y Y N PARTIAL | West Yorkshire Police | 1985-08-01 | Give each officer on duty at Valley Parade a radio channel direct to the fire brigade and test it before every match.
N N N DETECTS | we | | Act sooner on safety letters from the council.
""",
ww="""
C | Most of the people in the stand who went forward onto the pitch survived, because nothing stood between the front rows and the grass.
V | The bravery of the supporters and the police was extraordinary.
V | Bradford stood together as one.
"""))

# 13. Malpasset Dam, Reyran valley above Frejus, 2 Dec 1959, 21:13: very thin arch dam built 1952-54 for the Var
# departement; reservoir slow to fill (drought), full after heavy rain in late 1959; leak high on the right side and
# cracks at the toe noticed in November; the keeper asked to release water and was refused until 18:00 for fear of
# damaging the motorway works downstream; left abutment failed on a fault (uplift); 40 m wave at about 70 km/h; the
# villages of Malpasset and Bozon destroyed; Frejus reached in about 20 minutes; 423 dead; poor geological survey
# (lack of funding); human and organisational factors studied later; trial.
S.append(dict(url="https://en.wikipedia.org/wiki/Malpasset_Dam",
people=["Fernand Peyrolles", "Marius Audibert", "Rosalinde Castellan", "Apolline Giraudon"],
blame="""
B failure-verb | The engineer Peyrolles refused to open the outlet on the afternoon of 2 December, because he worried more for the motorway works than for the town.
B passive-agent | The geology of the left bank was studied by one professor in a few days, and the faults were never drilled.
B counterfactual | If Peyrolles had listened to the keeper in November, the reservoir would have been lower when the rock moved.
B group-blame | The people of the Genie rural built a dam on the cheap and trusted a geology that nobody had really studied.
B human-error | The catastrophe of Malpasset: a human error in the choice of the site, say the first experts interviewed by our correspondent.
B sanction | The families demand that the responsible engineers are judged and that the departement pays, it is the minimum.
B hindsight | Every old man of the valley knew the left bank was rotten rock; only the engineers from Paris could not see it.
B character | They were proud men, these engineers, and pride does not listen to a dam keeper.
O system-failure | Water pressure building up under the left abutment lifted a wedge of rock bounded by a fault, and the arch lost its support.
O system-should | The foundation should have been drained so that uplift pressure could not build up under the abutment.
O actor-neutral | In November Marius Audibert reported a trickle of clear water high on the right side and wrote it in the dam register.
O neutral-fact | The Malpasset dam failed at 21:13 on 2 December 1959 and the flood reached Frejus in about twenty minutes; 423 people died.
O policy-subject | The inspection rules that Peyrolles applied required no instruments in the rock foundation and no geological review at the first full filling.
O system-counterfactual | Had the first filling been watched with pressure gauges in the rock, the rising uplift under the left bank would have been visible weeks before the failure.
O agentless-passive | The villages of Malpasset and Bozon were destroyed, together with the motorway works downstream.
O meta-blameless | The trial looked for one guilty engineer; the later studies describe a chain of traps in the geology, the budget, the inspections and the decision about the outlet.
""",
actions="""
Y N N DETECTS | Ministere de l'Agriculture | | Install piezometers in the foundation of every arch dam in France and read them at least weekly during the first filling.
N N N PARTIAL | Conseil general du Var | | Help the valley to rebuild.
Y Y Y PARTIAL | Fernand Peyrolles | 1960-03-01 | Write the rule for the dams of the Var that the keeper opens the bottom outlet at once, without asking any other authority, when he reports new leakage during a flood.
N N Y DETECTS | Marius | | Watch the other dams of the departement more carefully.
Y Y N PREVENTS | Geology service | 1960-06-01 | Drill and test the rock of both abutments of each dam project in the Var before construction is approved, with the core logs attached to the file.
N N N PARTIAL | we | | Never again build without knowing the ground.
Y Y Y PARTIAL | Rosalinde Castellan | 1960-01-31 | Draw up the list of missing persons of the Reyran valley with the families and give it to the prefecture.
N Y N PREVENTS | Rural engineering | 1960-09-01 | Review the design of thin arch dams.
Y Y N PARTIAL | Prefecture du Var | 1960-04-01 | Put sirens in Frejus and the Reyran valley that sound from the dam site, and test them on the first Monday of each month.
N Y Y PARTIAL | Apolline Giraudon | 1960-05-01 | Study the rock of the Reyran valley once more.
Y Y N DETECTS | Dam keepers | | Measure the crest of each Var dam against fixed targets every day while its reservoir is above 90%, and telephone the engineer if it moves more than 5 mm.
""",
ww="""
C | The keeper's register of leaks from November survived and gave the investigators a dated record of the warning signs.
C | Troops and rescue teams reached Frejus during the night and the injured were in hospital before dawn.
V | Extraordinary solidarity from all of France.
"""))

# 14. Port of Tianjin, Binhai, 12 Aug 2015 about 23:30: Ruihai International Logistics hazardous-goods yard; dry
# nitrocellulose lost its humidifying agent in hot weather, self-heated and caught fire; fire spread to about 800 t of
# ammonium nitrate; two explosions 33 s apart; 173 dead, 104 of them firefighters; firefighters not aware of the
# ammonium nitrate; storage too close to homes; licensing through collusion with officials; 49 detained, 25 officials
# prosecuted (dereliction of duty, abuse of power, bribery); State Council report Feb 2016.
S.append(dict(url="https://www.canadianmanufacturing.com/supply-chain/chinese-officials-unveil-cause-of-deadly-tianjin-port-blast-161905/",
people=["Sima Dongliang", "Qu Yanhong", "Ouyang Xiaofei", "Bai Jingrui"],
blame="""
B failure-verb | The Ruihai warehouse manager Sima never told the firemen there were hundreds of tonnes of ammonium nitrate on the site, he just let them go in with water.
B passive-agent | The operating licence of Ruihai was approved by Bai Jingrui's office while the warehouses stood less than one kilometre from the apartments.
B counterfactual | If the safety inspectors had visited the site even one time, the nitrocellulose would not be sitting dry in the sun next to fertilizer.
B group-blame | The company bosses and the officials who took their money, they are the murderers of our firemen.
B human-error | Conclusion of the investigation team (translation): the accident was caused by illegal operation and management errors of the enterprise personnel.
B sanction | The officials who signed must receive the heaviest punishment, so that the others will be afraid.
B rhetorical-question | Who gives a hazardous chemicals licence to a company that is not even licensed for its warehouses?
B competence | The port fire brigades are young contract boys with no chemical training, of course they sprayed water on everything.
O system-failure | The nitrocellulose lost its humidifying agent in the hot weather, heated by itself and caught fire, and the fire spread to the ammonium nitrate.
O system-should | The dangerous-goods register should have told the first fire crew, on arrival, what was stored in each container and where.
O actor-neutral | Ouyang Xiaofei filmed the first fire from her balcony and posted it in the residents' group a minute before the first explosion.
O neutral-fact | The first two explosions at the Ruihai yard came 33 seconds apart on 12 August 2015; 173 people died, 104 of them firefighters.
O policy-subject | The approval procedure that Bai Jingrui's office used checked the documents Ruihai submitted and did not require a visit to the site.
O system-counterfactual | Had the nitrocellulose been kept wetted and shaded as its storage rules require, it would not have self-ignited in August.
O agentless-passive | Residents near the port were evacuated, and several dozen people were detained in the following weeks.
O meta-blameless | The official report speaks of "illegal operation" and names people; the safety questions it leaves are how a site could be licensed without a visit and why the fire crews had no inventory.
""",
actions="""
Y Y N PREVENTS | Tianjin port authority | 2015-12-31 | Relocate every hazardous-goods store in the Binhai port area that is less than 1,000 metres from housing, and publish the list of sites moved.
N N N PARTIAL | Government | | Strengthen the management of dangerous chemicals.
Y Y Y DETECTS | Bai Jingrui | 2015-10-01 | Visit every licensed hazardous-chemicals warehouse in the Binhai New Area and record, per site, the stored quantities against the licence.
N Y Y DETECTS | Sima | | Check the warehouse more often in summer.
Y Y N PARTIAL | Fire brigade | | Send the electronic inventory of every container on a dangerous-goods site to the first fire engine within 5 minutes of the alarm.
N N N PARTIAL | everyone | | Pay more attention to chemical safety in the port.
N Y N PREVENTS | Ruihai Logistics | | Improve the storage conditions.
Y Y Y PARTIAL | Qu Yanhong | 2015-11-30 | Write the rule that no crew sprays water on an unidentified chemical fire before the site inventory has been read, and train all squads of the port brigade in it.
N Y Y PARTIAL | Ouyang Xiaofei | | Help the neighbours with the insurance claims.
Y N N DETECTS | Ministry of Public Security | | Put temperature sensors in every container of self-reactive chemicals stored in Chinese ports, with an alarm above 40 degrees C.
N Y N DETECTS | Tianjin safety bureau | 2016-03-01 | Improve the supervision of the port.
""",
ww="""
C | Residents' videos posted within minutes gave the investigators the times of the first fire and of both explosions.
V | The heroes of the fire brigade sacrificed everything.
V | Great unity of the people in front of the disaster.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# Text of ../rules/SOURCES-heldout32.md; build_rules.py fills {counts} from the data above.
SOURCES_MD = """# Language evaluation data, thirty-second held-out set (`*-heldout32.tsv`) — SEALED, not scored

Written for issue 16 (blameless language, action items, "went well"). Generator: `../tools-rules/rules_data.py`,
`build_rules.py` (heldout31's, set name changed: writes the three TSVs with `sealed/tools/rules_lib.py`, then this file
with the counts computed from the data), `validate.py` (heldout31's validate.py with the set name changed: shared
`sealed/tools/validate_rules.py` with minimums 224 / 154 / 42 / 14, plus the balance checks). Rebuild and check:
`python3 sealed/heldout32/tools-rules/build_rules.py && python3 sealed/heldout32/tools-rules/validate.py` from the repo
root (prints `OK`). Nothing was scored. Written independently of the other held-out writers.

## What the author read and did not read
- **Read**: issue 16, `shared/seed/post-mortem-facilitator.SKILL.md`, `sealed/tools/` (checks.py, rules_lib.py,
  validate_rules.py), heldout31's `tools-rules/` (build_rules.py and validate.py, copied with the set name changed;
  rules_data.py for format, columns, kind names and balance: its header, its first two incidents, the incident comment
  lines and its SOURCES text; its rows were not reused), and every `SOURCES*.md` in the repo (`find . -name
  'SOURCES*.md' -not -path '*/target/*'`, 67 files), concatenated and grepped case-insensitively for each candidate and
  its key places (CryoSat, Rockot, Eurockot, Plesetsk, Panama, Multidata, Oncol, radiotherapy, Deep Impact, EPOXI,
  Tempel, Viking, Chryse, Express-AM, Breeze, Briz, Gripen, Saab, Linkoping, Epinal, Torrey Canyon, Seven Stones,
  Ocean Ranger, Newfoundland, Hibernia, Kemper, Kansas City, Camelford, Lowermoor, Bradford, Valley Parade, Popplewell,
  Malpasset, Frejus, Tianjin, Binhai, Ruihai). Chosen incidents had no hit. Candidates dropped because a SOURCES file
  names them: Northeast blackout 2003, Knight Capital, Milstar / Titan IV, SOHO, Mars Global Surveyor, Genesis, Gimli,
  Walkerton, Aberfan, Quebec and Silver bridges, Vajont, Brumadinho, Kielland, El Faro, Exxon Valdez, Iroquois Theatre,
  Love Parade, Lufthansa 2023, Intrado 911, Mozilla add-ons, Joyent, Sidekick, Code Spaces, Tokyo Stock Exchange,
  Mizuho, WannaCry, and the lists quoted in heldout31's SOURCES text. Not read: any other writer's brief.
- Roster names: only the validator's "name part shared with earlier sets" messages were used; flagged name parts were
  replaced over four reruns (47 flagged parts). Its near-duplicate checks led to rewording 5 short vague action items and
  2 went-well entries. No earlier sentence or item was looked at.
- **Not read**: anything under `src/` other than SOURCES files, any rules or word lists, the README,
  `sealed/README.md`, `sealed/heldout31/rules/` or any other sealed set's rules or evidence, `sealed/heldout32/
  tools-evidence/`, any study or training TSV, any test. Maven was not run; nothing was committed.
- Public sources: all fourteen were seen as excerpts through the `pages` search corpus (the url column is one of the
  pages seen; the table lists others). Facts not in the "kept" column are invented.

## Counts
{counts}

## Label rules (issue 16, with heldout31's conventions)
- BLAME: a named person, a role standing for one person ("the physicist", "the master", "the ballast operator on
  watch", "the toolpusher", "the engineer of record", "the relief driver", "that duty manager"), or a group (section,
  crew, board, team, department, company, "the officials", "the port fire brigades") is the subject or agent of a
  failing: failure verb, including informal ones ("typed a wrong interval", "couldn't be bothered to ring", "overruled
  his officer's course change", "put her down by the head"), passive with the person or group as agent,
  counterfactual about a person or role, hindsight ("any master who had sailed those waters eighteen times"),
  competence or character judgement, sarcasm or a rhetorical question aimed at people, "human error" / "operator
  error" / "design error by the engineers" / "error of personnel" / "error of manipulation by the operators" given as
  the cause without being set aside, a reported blame line endorsed by the writer ("...and frankly it was right"),
  sanctions, "not one person / not a single inspector bothered to", self-blame ("I was the one who signed the plans"),
  a repeat-offender remark. Non-native and chat-style sentences (lowercase, missing articles, an @mention) count the
  same.
- OK: a person named as the one who acted, noticed or reported; a system, program, counter, timer, panel, selector,
  key, roof, stand, valve or chemical as subject, including "failed to" and "should have" said of a system, design or
  component; sentences that name a person but whose subject is a procedure, protocol, plan, rule, code or instruction
  ("The acceptance procedure Shchegolkov worked under compared..."); agentless facts and agentless passives (each
  incident also has a passive-with-agent BLAME); system counterfactuals; a first-person factual report; a quoted
  accusatory question answered with systems; blame framings (press, first report, trial, official report) reported and
  set aside; a chat message asking a named responder for a task; credit to a named person.
- Actions: testable = a done/not-done check or threshold exists; bounded = one system, site or defined set (e.g. "every
  Breeze-KM flight program", "the three spacecraft this team operates", "each dam project in the Var", "every
  licensed warehouse in the Binhai New Area"); owner is a person = exactly one named individual, full or first name
  (teams, organisations, "we", "everyone", "tout le monde", empty are N); recurrence PREVENTS removes the cause,
  PARTIAL limits blast radius, remedies harm, trains, documents, decides or communicates, DETECTS only adds detection,
  monitoring, testing, review or inspection. Traps: vague items with a named owner and a due date (N); concrete items
  that are long, contain "and", carry numbers or units, or start with verbs such as Fit, Drill, Hold, Page, Keep,
  Clear, Sound, Fire, Relocate, Withdraw, Walk, Hand, Put (Y); one Y item puts a date in its text but has no due date
  (has_due N); bounded N goes to items that reach every site, country or future system.
- Went well: CONCRETE names the thing that helped (an action, a mechanism, a time); VAGUE is praise without content.

## Incidents (public source; what was kept; what was invented)
All people names are invented (no real person is named; real roles such as master, dam keeper, toolpusher, relief
driver, physicist, test pilot, warehouse manager are given invented names); rosters are 4 names per incident. Times not
listed as kept are invented. Software / IT = rows 1-7 (`SOFTWARE` in rules_data.py), outside software = rows 8-14.

| # | Incident | Source (url column) | Kept from the source | Invented |
|---|---|---|---|---|
| 1 | Rockot / CryoSat launch failure, 8 Oct 2005 | https://www.newscientist.com/article/dn8226-post-mortem-explains-cryosats-launch-failure/ (also ESA press release print page, eurockot.com mission page, sat-index launch-failure entry, universetoday) | 15:02 UTC Plesetsk launch, first stage and fairing nominal, Breeze-KM flight control system did not generate the second-stage shutdown command, no separation, fall in the Arctic Ocean near the North Pole, EUR 136 M, State Commission clearance 25 Oct, 3 Nov briefing, Eurockot review board, Kompsat-2 next | roster, release sheet, acceptance-procedure wording, 10-second alarm, all actions |
| 2 | Panama ION radiotherapy overexposures, Aug 2000 - Mar 2001 | https://pl.scribd.com/document/40937143/1162234952 (Borras, Rev Panam Salud Publica 2006; also wikisum and theinfolist ION pages, happylibnet copy) | planning system limited to four shielding blocks per field, unvalidated data-entry protocol for more blocks, 478 pelvic patients, 56 blocked-field patients, 28 overexposed (+10 to +105%), March 2001 notification of the director, PAHO and international physicists, deaths, criminal charges | roster, hospital communique wording, radio lines, 5% thresholds, all actions |
| 3 | Deep Impact loss, Aug-Sep 2013 | https://spaceflightnow.com/news/n1309/10deepimpact/ (also National Geographic, space.com, Computerworld, astronomyhouston forum copy of the mission update) | last contact 8 Aug, weekly contact, loss between 11 and 14 Aug, on-board time overflow, continuous reboots, "Y2K problem", cause found 30 Aug, weeks of commands, declared lost 20 Sep, ISON observations lost, years past design life | roster, 32-bit tenths-of-a-second detail as chat speculation, review checklist, all actions |
| 4 | Viking 1 lander loss, Nov 1982 | https://www.csmonitor.com/1983/0419/041961.html (also liquisearch Viking mission-end table, thelogbook, straightdope and Usenet threads, unmannedspaceflight forum) | landing 20 Jul 1976 in Chryse Planitia, more than six years of weather data and pictures, battery reconditioning change, antenna turned away from Earth, "human error during software update", automatic transmission expected 5 May 1983, RTG power to 1994, small budget, "who kicked the power plug out" thread | roster, ground lander computer, memory-map item, all actions |
| 5 | Proton-M / Breeze M, Express-AM4, 18 Aug 2011 | http://www.sat-index.co.uk/launchfailures/2011-08-18.html (also ILS / Roscosmos releases of 23 and 30 Aug, parabolicarc, Satellite Today, space-travel.com, world-of-satellite forum) | Baikonur launch, contact lost after the fourth Breeze M burn, 51.23 deg / 995 km / 20,294 km orbit, gyro platform turn interval made unduly short in the operating timeline, single erroneous input, all other systems within specs, ban lifted 30 Aug, about $300 M insurance, loss declared, fifth Breeze M failure in twelve years, series of failures | roster, broker e-mail, forum lines, bench test, all actions |
| 6 | JAS 39-1 Gripen prototype crash, 2 Feb 1989 | https://en.wikipedia.org/wiki/Accidents_and_incidents_involving_the_JAS_39_Gripen (also tu.no article, wikimili and ipfs copies, reddit thread, 1001crash page) | sixth flight, landing at Linkoping, pilot-induced oscillation, gusty wind, software-related finding, broken elbow, TV news film, first flight 18 months late because of control software, first-flight pilot calling the system too sensitive, redesign, same cause in 1993 | roster, base note, simulator campaign, 50 Hz recording, all actions |
| 7 | Epinal radiotherapy overdoses, 2004-2005 | https://www.johnstonsarchive.net/nuclear/radevents/2004FRA1.html (also IAEA notice reproduced on gorvamur.org, IRSN chronology, PubMed abstract, Europe 1 and TV news pages) | Jean Monnet hospital, May 2004 - 2005, 23-24 prostate patients, about 20% (7-34%) overdose, CADPLAN not translated into French, unclear acronyms, static wedges planned and dynamic wedges delivered, lack of training, ASN informed July 2006, deaths, further systematic overdoses found by the IRSN, months of interruption, 18-month sentences | roster, fourteen-month wording, association lines, 3% / 5% thresholds, all actions |
| 8 | Torrey Canyon grounding, 18 Mar 1967 | https://professionalmariner.com/torrey-canyon-alerted-the-world-to-the-dangers-that-lay-ahead/ (also Practical Boat Owner pages on issuhub, janmeecham blog, devastatingdisasters, ybw forum quoting Tim Harford) | Liberian flag, Italian crew, BP charter, about 119,000 t of crude, Milford Haven tide deadline with nearly a week's wait, officer of the watch's alteration countermanded by the master, 18 earlier passages, fishing boats, three-position steering selector left wrong, Pollard's Rock, 2.8 miles, bombing and napalm, harmful detergents, board blaming the master | roster, light vessel signal, lamp and standing-order items, all actions |
| 9 | Ocean Ranger sinking, 15 Feb 1982 | https://liquisearch.com/ocean_ranger/causes_and_effects (also Wikipedia, academickids, shipsandoil, energyvoice, Maclean's inquest article, Royal Commission report scan) | Grand Banks, Mobil, ODECO, broken ballast-room portlight, shorted panel, valves opened, forward list, chain lockers, brass control rods, hair-dryer relays, mayday, capsize, 84 dead, no survivors, no survival suits, toolpusher with authority but no stability knowledge, Royal Commission on design and training | roster, company statement, superintendent, drills and nets, all actions |
| 10 | Kemper Arena roof collapse, 4 Jun 1979 | https://eng-resources.charlotte.edu/failurecasestudies/building-failure-cases/kemper-arena/ (also kansascitymag, kcyesterday, studylib case study, Papers Past 1979 report, hollandscomet blog) | about 7 p.m., 42 hangers, A490 bolts unsuited to fatigue, roof meant to hold water, eight drains against a far higher code count, 4 in/h rain, 70 mph gusts, ponding, no redundancy, about 200 x 215 ft collapsed, empty building, employee who saw water near the scoreboard and ran, AIA award and convention, nine-month closure, Kings moved | roster, council briefing, report-release credit, storm-warning item, all actions |
| 11 | Camelford / Lowermoor contamination, 6 Jul 1988 | https://www.theguardian.com/society/2012/mar/14/camelford-water-poisoning-inquest (also processsafetyintegrity event pages, OpenLearn case study, swiftswitch article, findatwiki copy) | unmanned works, relief driver unfamiliar with the site, "a tank on the left", one key for the hatches, about 20 t of aluminium sulphate into the chlorine contact tank from 17:03 to 17:40, complaints from about 20:00, "safe to drink" and juice advice, public not told for 16 days, coroner's criticism, prosecution of the authority | roster, internal summary wording, coupling and monitor items, all actions |
| 12 | Bradford City stadium fire, 11 May 1985 | https://100objectsbradford.wordpress.com/2013/05/15/84-in-memory-of-the-56-the-popplewell-inquiry-papers/ (also Wikipedia ipfs copy, specialcollectionsbradford, nicklieberthal and templosdelfutbol pages, liverpoolway forum) | trophy day against Lincoln City, fire at about 3.40 p.m., cigarette or match on litter under seats without risers, decades of litter (1968 newspaper), wooden stand with asphalt roof, under four minutes, locked exits and turnstiles, no extinguisher found, 56 dead, warnings about the litter, stand condemned and due for steel replacement, Popplewell inquiry, ban on new wooden stands | roster, PC's actions, inspection-form and radio items, all actions |
| 13 | Malpasset Dam failure, 2 Dec 1959 | https://en.wikipedia.org/wiki/Malpasset_Dam (also frejus59.fr, rivierareporter, devastatingdisasters, Duffaut papers on scribd, Time 1959 excerpts, graphsearch copy) | thin arch dam on the Reyran, built 1952-54, slow filling, heavy rain in late 1959, trickle of water high on the right side and cracks in November, keeper's request to release water refused until 18:00 because of the motorway works, failure at 21:13, left-abutment fault and uplift, poor geological survey, about 40 m wave, Malpasset and Bozon destroyed, Frejus in about 20 minutes, 423 dead, trial, later human-factors studies | roster, register, sirens and piezometer items, all actions |
| 14 | Tianjin port explosions, 12 Aug 2015 | https://www.canadianmanufacturing.com/supply-chain/chinese-officials-unveil-cause-of-deadly-tianjin-port-blast-161905/ (also Wikipedia and copies, manufacturing.net, TRT World) | Ruihai International Logistics yard, about 23:30, dried nitrocellulose self-igniting in hot weather, fire spreading to about 800 t of ammonium nitrate, two explosions 33 s apart, 173 dead including 104 firefighters, firefighters unaware of the ammonium nitrate, storage too close to housing, licence obtained through collusion, detentions and prosecutions for dereliction of duty, abuse of power and bribery | roster, balcony video, inventory and sensor items, all actions |
"""

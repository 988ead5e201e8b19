# heldout34 rules data (see ../rules/SOURCES-heldout34.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Chandrayaan-2 Vikram descent 2019, GLONASS broadcast ephemeris outage 2014, Luna-25
# correction burn 2023, Phobos-Grunt computer restart 2011, Sleipner A finite element analysis 1991, Apple Maps / iOS 6
# Mildura 2012, Toyota Prius ABS software recall 2010) and 7 outside software (Morbi bridge 2022, Scandinavian Star fire
# 1990, Upper Big Branch mine 2010, Eastland capsizing 1915, Sandoz Schweizerhalle fire 1986, Cutter polio vaccine 1955,
# Zaragoza linear accelerator 1990).
# Styles vary: Indian-English press and engineers' WhatsApp; GNSS mailing list and Russian-English memo; Telegram chat
# and agency statement; translated commission prose and forum comments; Norwegian-English engineering memo and first
# person; tech-blog comments and internal retro; dealer-forum notes, owner complaint and press English; Gujarati-English
# WhatsApp and FIR prose; Scandinavian inquiry English and survivor forum; Appalachian miners' talk and MSHA briefing;
# 1915 newspaper prose and translated Czech letter; Swiss-German-English and fishermen's association; 1955 hearing
# English and lab notebook; Spanish-English hospital note and patients' association.
S = []

# 1. Chandrayaan-2 / Vikram, 7 Sep 2019: separation 2 Sep; first descent phase 30 km -> 7.4 km, 1,683 -> 146 m/s;
# second phase slowed more than designed; fine braking started outside design conditions; hard landing within 500 m;
# committee: higher thrust than expected, guidance not built for large dispersions, rate restriction in control.
S.append(dict(url="https://parabolicarc.com/2019/11/20/indian-government-explains-chandrayaan-2s-failed-lunar-landing/",
people=["Tirthankar Vellodi", "Sumitra Kanjilal-Oomen", "Aniruddh Pethkar", "Revathy Chidambaranathan"],
blame="""
B failure-verb | Pethkar's propulsion group never measured how much extra thrust the throttled engines gave at the half setting, and still cleared the descent profile.
B passive-agent | The guidance tables for the attitude-hold phase were frozen by Tirthankar Vellodi without a single run with large dispersions.
B counterfactual | If Aniruddh had insisted on one more part-throttle hot-fire of the lander engines, Vikram would be sitting on the Moon now itself.
B group-blame | The GNC fellows were so confident in their nominal simulations that they did not bother to try what happens when thrust comes higher.
B human-error | As per the preliminary note circulated in the centre, the hard landing was due to human error in preparing the guidance parameters.
B rhetorical-question | Who in the guidance team approved a rate limit that would not let the lander turn itself in time, tell me?
B sanction | Whoever signed off those control-rate limits should be removed from the Chandrayaan-3 team only.
B hindsight | Any control engineer with some experience would have known that a rate restriction bites exactly when the dispersions are big.
O system-failure | During the second descent phase the lander's velocity came down more than the designed value, so fine braking started outside its design envelope.
O system-should | The guidance software should have absorbed a higher-than-expected thrust instead of commanding the engines towards full.
O actor-neutral | Sumitra Kanjilal-Oomen was first in mission control to call out that the altitude-velocity trace had left the predicted corridor.
O neutral-fact | Vikram separated from the orbiter on 2 September 2019; the first descent phase took it from 30 km to 7.4 km and from 1,683 m/s to 146 m/s as planned.
O policy-subject | The simulation campaign Vellodi ran followed the qualification plan, and that plan only asked for dispersions inside the nominal band.
O system-counterfactual | Had the control loop not capped the rate of attitude change, the lander could have corrected its orientation before reaching the surface.
O agentless-passive | Contact with Vikram was lost a few hundred metres above the surface, and the lander was later found hard-landed within 500 m of the target.
O meta-blameless | Revathy told the committee she would accept no finding that names an engineer, only findings about what the guidance design could and could not handle.
""",
actions="""
Y Y Y PREVENTS | Tirthankar Vellodi | 2019-12-15 | Extend the descent guidance so that it converges for engine thrust between 90% and 120% of nominal, and show convergence in 1,000 Monte Carlo runs.
N N N PARTIAL | ISRO | | Build more confidence in our landing capability before the next lunar mission.
Y Y N PREVENTS | GNC group | 2020-01-31 | Remove the attitude-rate restriction from the lander control loop and replace it with a limit derived from actuator capability.
N Y Y DETECTS | Aniruddh | 2019-11-30 | Have a look at the throttling data of the lander engines once more.
Y Y N DETECTS | Propulsion test facility | 2020-02-28 | Hot-fire each lander engine at 40%, 50% and 60% throttle and record the thrust to within 1% for the guidance model.
N N N PARTIAL | we | | Be more humble about lunar landings going forward.
Y Y Y PARTIAL | Revathy Chidambaranathan | 2019-12-20 | Publish the failure analysis summary with its three identified causes on the mission website before the end of December.
N Y N PREVENTS | Lander software team | | Make the Chandrayaan-3 lander software more robust.
Y N N DETECTS | | | Require every future lander to pass a landing simulation with sensors and engines at worst-case dispersions, with the plots attached to the launch review.
N Y Y DETECTS | Sumitra Kanjilal-Oomen | 2020-01-15 | Keep monitoring the descent telemetry more closely next time.
Y Y N DETECTS | Mission operations | 2020-03-01 | Add a live display in mission control that marks the altitude-velocity corridor and turns red when the lander leaves it by more than 10%.
""",
ww="""
C | The orbiter's eight instruments kept working normally, so the science programme continued from lunar orbit.
C | Telemetry streamed throughout the descent, which let the committee reconstruct each phase without guessing.
V | The whole nation stood behind the team and that support meant a lot.
"""))

# 2. GLONASS, 1-2 Apr 2014: from about 21:15 UTC all satellites broadcast wrong ephemerides (up to +-200 km), after a
# ground-segment software change; reverted satellite by satellite 22:45 - about 07:00 UTC; no notice to users; some
# receivers also dropped GPS; about 60 of 180 analysed IGS stations severely hit; Pisagua earthquake the same night.
S.append(dict(url="http://facility.unavco.org/highlights/2014/glonass.html",
people=["Yaropolk Tsybulkin", "Ermenegilda Grevstad-Ihle", "Miroslav Quednau", "Yevfrosinya Verbitskaya-Lund"],
blame="""
B failure-verb | Tsybulkin's shift pushed the new ground software at midnight Moscow time and skipped the usual check of the first uploaded ephemerides.
B passive-agent | The broken ephemeris set was uploaded to the whole constellation by Yaropolk Tsybulkin without a dry run on a single satellite first.
B counterfactual | if Yevfrosinya had just posted a notice to users at 22:00 UTC we would not have spent half the night power-cycling receivers
B group-blame | Typical for the control segment people: they break the whole constellation and not one word to the users for ten hours.
B human-error | Explanation from operator side was short: operator error during software update of ground complex, measures are taken.
B sarcasm | Thanks, Moscow, for the April Fools' present: every satellite a couple of hundred km off and not a single advisory.
B nobody-blame | Not one person at the control centre bothered to tell the receiver makers what was going on while it was going on.
B competence | Engineers who cannot test an ephemeris upload before sending it to 24 satellites should not be running a navigation system.
O system-failure | From about 21:15 UTC on 1 April 2014 every GLONASS satellite broadcast ephemerides that placed it up to roughly 200 km from its true position.
O system-should | The ground segment should have rejected a broadcast message whose orbits disagreed that much with the previous day's solution.
O actor-neutral | Ermenegilda Grevstad-Ihle saw our reference stations drop GLONASS lock at 21:20 UTC and opened the incident in the network channel.
O neutral-fact | The correction was applied satellite by satellite from 22:45 UTC, and the last satellite was healthy again around 07:00 UTC on 2 April.
O policy-subject | The firmware release Quednau maintains had a rule that dropped all satellites, GPS included, when the combined solution became inconsistent.
O system-counterfactual | Had the receivers excluded only the inconsistent GLONASS signals, our stations would have kept a GPS-only position all night.
O agentless-passive | About 60 of the roughly 180 reference stations analysed were severely affected, and GPS tracking was lost at some of them.
O self-report | I restarted the three northern Chile stations by hand shortly after midnight UTC because data from the Pisagua earthquake area mattered most.
""",
actions="""
Y Y Y PARTIAL | Miroslav Quednau | 2014-05-15 | Change the receiver firmware so that an inconsistent GLONASS solution excludes only GLONASS and GPS tracking continues, verified by replaying the 1 April data.
N N N PARTIAL | GLONASS operator | | Tell GNSS users about constellation problems in a better way.
N Y Y DETECTS | Ermenegilda | 2014-04-30 | Watch the GLONASS health pages more carefully.
Y Y N DETECTS | Network operations | 2014-05-01 | Page the on-call operator when more than 5 stations lose GLONASS lock within 10 minutes.
N Y N PREVENTS | ground control segment | | Make ephemeris uploads safer.
Y Y Y PREVENTS | Yaropolk Tsybulkin | 2014-06-01 | Upload any new ground-software ephemeris set to one satellite first and compare its broadcast orbit with the precise orbit before uploading to the rest.
N N N PARTIAL | everyone | | Be ready for surprises from the other constellations too.
Y N N DETECTS | | | Validate every broadcast ephemeris from all constellations against real-time precise orbits and flag any satellite off by more than 10 m.
N Y Y PARTIAL | Yevfrosinya Verbitskaya-Lund | | Sort out the notices to users after this.
Y Y N PARTIAL | Data processing group | 2014-04-20 | Reprocess the 1-2 April station data with GLONASS excluded and publish the corrected daily positions.
N Y N DETECTS | Receiver vendor liaison | 2014-05-30 | Double-check the RAIM settings in all our receivers.
""",
ww="""
C | Post-processed daily products were hardly affected, because they use a full day of observations rather than the broadcast orbits.
V | People on the mailing list were very helpful to each other.
V | Our team kept calm through a long night.
"""))

# 3. Luna-25, 19 Aug 2023: launched 11 Aug from Vostochny (Soyuz-2.1b / Fregat); lunar orbit 16 Aug; at 14:10 the
# correction engine started for the pre-landing orbit; shutdown not per cyclogram but by time cutoff, 127 s instead of
# 84; contact lost 14:57; crashed; flight task simulated on a ground stand; first since Luna-24 (1976).
S.append(dict(url="https://interfax.com/newsroom/top-stories/93765/",
people=["Gleb Ostapchuk-Rainer", "Evdokiya Kormilitsyna", "Arseniy Dubrovolsky", "Taisiya Shchepetova"],
blame="""
B failure-verb | Ostapchuk's ballistics group loaded the correction flight task and never checked that the shutdown by measured velocity was actually enabled.
B passive-agent | The flight task for the pre-landing orbit was approved by Arseniy Dubrovolsky although the shutdown logic was only simulated, not tried on the flight unit.
B counterfactual | if Evdokiya put 84 seconds as hard cutoff and not backup timer, lander would be on the Moon now
B group-blame | Control-system people at the bureau forgot everything the Soviet engineers knew about landing on the Moon.
B human-error | Commission's first version: engine did not stop because of mistake by personnel who prepared command sequence.
B sanction | The ones who wrote that cyclogram must answer for it, not just get a reprimand and a new project.
B sarcasm | Bravo, flight dynamics, 47 years of waiting and you turned an 84-second burn into 127.
B rhetorical-question | Who exactly decided that a time cutoff at 127 seconds was an acceptable backup for an 84-second burn?
O system-failure | On 19 August 2023 the correction engine did not shut down at the end of the planned burn and was stopped only by the backup time cutoff.
O system-should | The onboard control unit should have treated a missing velocity-increment signal as a fault and stopped the engine at the planned time.
O actor-neutral | Taisiya Shchepetova at the ground station reported at 14:12 that the engine was still firing past the expected shutdown.
O neutral-fact | Luna-25 launched from Vostochny on 11 August, entered lunar orbit on 16 August and was to land near the south pole on 21 August.
O policy-subject | The ground-test programme Dubrovolsky inherited simulated the flight task on a stand but never with the velocity measurement channel off.
O system-counterfactual | Had the backup cutoff been set a few seconds after 84 rather than at 127, the lander would have stayed in a closed orbit.
O agentless-passive | Contact was lost at 14:57, and the spacecraft was later declared to have crashed into the lunar surface.
O credit | Thanks to Evdokiya every frame of burn telemetry was archived, so the commission could follow the sequence second by second.
""",
actions="""
Y Y Y PREVENTS | Evdokiya Kormilitsyna | 2023-10-01 | Set the backup time cutoff of every correction burn to no more than 5% above the planned duration.
N N N PARTIAL | Roscosmos | | Restore the lost competence in lunar landing.
Y Y N DETECTS | Flight control centre | 2023-09-15 | Raise an alarm at the console when a burn runs 3 seconds past its planned end.
N Y Y DETECTS | Gleb | 2023-09-30 | Go through the correction cyclogram once again carefully.
Y Y N PREVENTS | Onboard software group | 2023-11-01 | Make the control unit refuse to start a burn unless the velocity-increment measurement channel reports ready.
N N N PARTIAL | we | | Not repeat the mistakes of Luna-25 on the next missions.
Y Y Y DETECTS | Arseniy Dubrovolsky | 2023-12-01 | Run the next lander's correction flight task on the engineering model with each shutdown sensor disabled in turn and record that the engine stops within 1 second.
N Y N PREVENTS | Ballistics group | | Make the pre-landing orbit manoeuvre more reliable.
Y N N DETECTS | | | Require a hardware-in-the-loop test of every engine shutdown path for all lunar and planetary probes before launch approval.
N Y Y PARTIAL | Taisiya Shchepetova | 2023-09-10 | Handle the press questions about the burn better.
Y Y N PARTIAL | Accident commission | 2023-10-15 | Publish the commission's report on the burn together with the full telemetry timeline.
""",
ww="""
C | The transfer to the pre-landing orbit took place inside radio visibility, so specialists had the complete telemetry of the burn.
C | The flight task had been rehearsed on the ground stand, which let the commission rule out a wrong burn duration in the uploaded command.
V | The team showed great dedication during the whole mission.
"""))

# 4. Phobos-Grunt, Nov 2011 - Jan 2012: launched 9 Nov; departure burn never happened; double restart of the TsVM22
# computer on the second orbit, standby / solar orientation waiting for X-band commands usable only in cruise; probable
# heavy charged particles in two RAM chips of one type; possibly counterfeit imported parts; certification documents had
# no heavy-particle model; administrative punishments; fell into the Pacific 15 Jan 2012; about $165 M; US radar ruled out.
S.append(dict(url="https://spacepolicyonline.com/news/phobos-grunt-failure-cosmic-rays-or-counterfeit-chips/",
people=["Svyatopolk Karagodin", "Lyubava Sinitskaya-Holm", "Emil Rozhdestvin", "Polina Yashvili"],
blame="""
B failure-verb | Karagodin's department put commercial memory chips into the flight computer and skipped the heavy-ion test for them.
B passive-agent | The computer board with unqualified memory was accepted for flight by Svyatopolk Karagodin on the basis of the supplier's paperwork alone.
B counterfactual | If Emil had insisted on radiation test of RAM modules, probe would be flying to Mars now, not lying in the Pacific.
B group-blame | The designers at the bureau built a vacuum cleaner, not a spacecraft, and everybody at the institute knew it.
B human-error | Another agency put it simply: the cause was an error by the programmers of the flight control system.
B sanction | Those responsible at the design bureau deserve more than an administrative punishment for losing 165 million dollars.
B repeat-offender | Seventeenth failed Russian attempt at Mars and the same design bureau again, they never learn anything.
B character | The management was arrogant enough to send a probe to Mars with parts nobody had ever put in front of a radiation beam.
O system-failure | On the second orbit both halves of the onboard computer restarted, the flight sequence was interrupted and the probe went into solar orientation to wait for commands.
O system-should | The safe mode should have listened for commands on a link the ground stations could reach in Earth orbit, not only on the cruise-phase X-band.
O actor-neutral | Polina Yashvili noticed at the morning pass that the departure burn had not happened and the probe was still in its parking orbit.
O neutral-fact | Phobos-Grunt was launched on 9 November 2011 to bring back soil from the Martian moon Phobos and fell into the Pacific on 15 January 2012.
O policy-subject | The certification documents Sinitskaya-Holm worked from did not specify any model of heavy charged particle influence on computer memory.
O system-counterfactual | Had the computer memory been protected by error correction, a single particle hit would not have tripped the watchdog and the double restart.
O agentless-passive | The memory errors were traced to two chips of the same type in the RAM modules, and the foreign radar theory was ruled out.
O quoted-question | "Who will be punished?" was the first thing the journalists asked; our answer is that the design gave the probe no way back from a computer restart in Earth orbit.
""",
actions="""
Y Y Y PREVENTS | Emil Rozhdestvin | 2012-06-30 | Replace the RAM modules of the flight computer with radiation-qualified parts that pass a heavy-ion test at the levels in the new certification model.
N N N PARTIAL | Roscosmos | | Take quality control of imported components more seriously.
N Y Y DETECTS | Polina | 2012-03-01 | Review the computer logs again.
Y Y N PREVENTS | Flight software group | 2012-05-31 | Change safe mode so that after a restart the probe listens for commands on the near-Earth band for at least 30 days.
N Y N PREVENTS | Design bureau | | Make the onboard computer more robust against radiation.
Y N N PARTIAL | | | Write certification guidelines that require a stated heavy-particle radiation model for the flight computer of every interplanetary mission.
N N N PARTIAL | everyone | | Learn the lessons of Phobos-Grunt for the next Mars project.
Y Y Y DETECTS | Lyubava Sinitskaya-Holm | 2012-04-15 | Add an error counter for each RAM module to every telemetry frame of the next probe.
N Y Y PARTIAL | Svyatopolk Karagodin | | Talk to the chip suppliers about the counterfeit problem.
Y Y N PARTIAL | Commission secretariat | 2012-02-15 | Publish the commission's findings with the chip type and the restart sequence.
N Y N DETECTS | Test laboratory | 2012-09-01 | Look more closely at the radiation tolerance of flight electronics.
""",
ww="""
C | Ground stations abroad kept trying to reach the probe for weeks, and one of them did receive telemetry in late November.
V | Everyone tried their best until the last day of the mission.
V | The international partners were very understanding with us.
"""))

# 5. Sleipner A, 23 Aug 1991: Condeep gravity base, 24 cells and 4 shafts, controlled ballasting for deck mating in
# Gandsfjorden near Stavanger; tricell wall cracked, leak beyond pump capacity; FE analysis gave shear about 45-47% low
# (under 60% of the correct value); reinforcement anchorage inadequate; ~220 m depth, magnitude 3.0 event; about $700 M;
# 14 people aboard rescued; owner appointed an investigation with SINTEF as adviser (16 reports); full-scale joint tests.
S.append(dict(url="https://www-users.cse.umn.edu/~arnold/disasters/sleipner.html",
people=["Torgrim Haugsvaer", "Solvor Ringstad-Mbeki", "Eilert Fjeldsaa", "Rannveig Osvoll-Dahle"],
blame="""
B failure-verb | Haugsvaer's analysis group trusted the finite element output for the tricells and never checked the shear force by hand.
B passive-agent | The reinforcement drawings for the tricell joints were released by Torgrim Haugsvaer with anchorage bars too short for the real shear.
B counterfactual | If Eilert had done one simple hand calculation of the tricell wall, the leak would never happen and we had the platform on the field this year.
B group-blame | The design office people believed the computer more than their own engineering sense, and the fjord showed them.
B human-error | First statement to press: the sinking was caused by a design error made by the engineers.
B competence | A structural engineer who accepts shear forces 45% too low without noticing is not fit to design concrete for the North Sea.
B hindsight | Anyone who knew the Condeep history should have seen that the tricell corners were the weak point.
B self-blame | I checked the global model and signed it; I should have asked for a finer mesh in the corners myself.
O system-failure | During controlled ballasting on 23 August 1991 a tricell wall cracked and water came in faster than the pumps could remove it.
O system-should | The post-processing of the finite element results should have flagged that the shear at the tricell boundary came from badly shaped elements.
O actor-neutral | Rannveig Osvoll-Dahle heard the noise in the shaft and reported the leak to the ballast control room.
O neutral-fact | The gravity base had 24 cells and 4 shafts and was being lowered in Gandsfjorden near Stavanger to be mated with the deck.
O policy-subject | The quality plan Fjeldsaa followed asked for a check of the global model but not for an independent check of local shear in the joints.
O system-counterfactual | Had the analysis used a finer mesh at the tricell, the shear would have come out near the correct value and the walls would have been reinforced for it.
O agentless-passive | The base sank to the bottom of the fjord at about 220 m, and the impact was recorded as a seismic event of magnitude 3.0.
O action-item | Torgrim, could you please send the tricell model files to the SINTEF group by Friday?
""",
actions="""
Y Y Y DETECTS | Eilert Fjeldsaa | 1991-10-15 | Check the shear force at every tricell joint of the replacement base by an independent hand calculation and accept no section where the two differ by more than 10%.
Y Y N PREVENTS | Reinforcement design team | 1991-11-30 | Add T-headed bars to the tricell joints of the new base as detailed in the full-scale test specimen.
N N N PARTIAL | Norwegian Contractors | | Rebuild trust in our analysis methods.
N Y Y DETECTS | Torgrim | 1991-09-30 | Look over the finite element model one more time.
Y Y N DETECTS | | 1991-12-15 | Load a full-scale specimen of one tricell wall joint to failure and compare the failure load with the design calculation.
N N N PREVENTS | we | | Design concrete structures more conservatively in future.
Y Y Y PARTIAL | Rannveig Osvoll-Dahle | 1991-09-15 | Write the emergency procedure for a cell leak during ballasting, including the pump capacity per cell, and drill it before the next mating.
N Y N PREVENTS | Owner's project office | | Make sure the new base is safer.
Y N N DETECTS | Norwegian Petroleum Directorate | | Require independent verification of finite element stress resultants at every geometric discontinuity for all offshore concrete structures.
N Y Y PARTIAL | Solvor Ringstad-Mbeki | 1991-10-01 | Keep the licence partners informed about the new base.
Y Y N PARTIAL | SINTEF investigation group | 1992-03-01 | Deliver the sixteen investigation reports to the operator and the authorities.
""",
ww="""
C | The fourteen people on board were taken off by nearby boats before the base went down.
C | The ballast control room logged every valve operation, which let the investigators rebuild the water levels cell by cell.
V | The yard's team spirit carried us through the autumn.
"""))

# 6. Apple Maps, iOS 6, Sep-Dec 2012: Google Maps replaced by Apple's own maps; wrong or missing places; CEO's open
# apology recommending Bing, MapQuest, Waze, Google or Nokia web maps; Victoria Police warning: Mildura shown in
# Murray-Sunset National Park about 70 km away, motorists stranded up to 24 h, no water, up to 46 C; fixed by ~10 Dec.
S.append(dict(url="https://www.iphoneheat.com/2012/12/australian-police-warns-drivers-against-using-apple-ios-6-maps/",
people=["Tegwedd Ashbury-Nakamura", "Corisande Ellwood-Tarrant", "Oswy Hollinrake", "Angharawd Marchetti-Gale"],
blame="""
B failure-verb | Ashbury-Nakamura's data team shipped the Australian town points straight from the supplier feed and never compared them with a gazetteer.
B passive-agent | The Mildura location was imported by Tegwedd Ashbury-Nakamura from a feed nobody had validated against real coordinates.
B counterfactual | if Oswy had driven even one of the regional routes during the beta, nobody would have ended up stuck in Murray-Sunset
B group-blame | The maps org cared more about the 3D flyover demo than about whether towns were in the right place.
B human-error | Internal summary from that week literally said "root cause: human error in data ingestion" and nothing more.
B sarcasm | Great work, maps team, you moved an entire city 70 km into a national park.
B rhetorical-question | Who thought it was fine to replace a mature maps app for millions of users with one nobody had tested outside California?
B nobody-blame | Not a single person on the launch team checked what happens in the outback when the app is wrong.
O system-failure | After the iOS 6 update the Maps app placed Mildura in the Murray-Sunset National Park, about 70 km from the real town.
O system-should | The routing service should have refused to route to a town point with no road within several kilometres of it.
O actor-neutral | Corisande Ellwood-Tarrant took the first call from the Victoria police liaison and opened the data ticket for Mildura within the hour.
O neutral-fact | Police said some motorists were stranded for up to 24 hours without food or water in a park where temperatures can reach 46 degrees.
O policy-subject | The launch checklist Hollinrake used measured crash rates and search speed but contained no check of place positions against an independent source.
O system-counterfactual | Had the data pipeline compared each town point with its postal-code area, the Mildura error would have been rejected before release.
O agentless-passive | The Mildura point was corrected in December, and users had been pointed to other mapping apps while the data was improved.
O meta-blameless | Angharawd opened the review by saying we were there to find out why bad place data reached users, not who typed it.
""",
actions="""
Y Y Y PREVENTS | Tegwedd Ashbury-Nakamura | 2012-12-20 | Reject any imported town point lying more than 5 km outside the town's official boundary polygon, and list the rejected points in the daily data build.
N N N PARTIAL | Maps organisation | | Restore customer trust in Maps.
N Y Y DETECTS | Oswy | 2013-01-15 | Check the Australian data more carefully.
Y Y N DETECTS | Maps data operations | 2012-12-31 | Page the data on-call whenever a police or emergency service reports a location error, with a 4-hour acknowledgement target.
N Y N PREVENTS | data ingestion team | | Improve the quality of the supplier feeds.
Y N N DETECTS | | | Compare every populated place in every country with an independent gazetteer before each data release and block the release if more than 0.1% differ by over 2 km.
N N N PARTIAL | we | | Never ship a product like this again.
Y Y Y PARTIAL | Corisande Ellwood-Tarrant | 2012-12-14 | Send the Victoria police a written confirmation of the Mildura fix with the corrected coordinates.
N Y Y PARTIAL | Angharawd Marchetti-Gale | | Think about how we talk to users when the maps are wrong.
Y Y N PARTIAL | Support team | 2012-12-20 | Add an in-app report option that sends the map location and the user's description straight to the data team's queue.
N Y N DETECTS | QA team | 2013-02-01 | Test the regional routes better before the next release.
""",
ww="""
C | The open letter told customers which other map apps they could use, which reduced the harm while the data was being fixed.
V | Everyone rallied around the maps team.
V | It was an amazing effort from all involved.
"""))

# 7. Toyota Prius / Lexus HS 250h ABS software, Jan-Feb 2010: inconsistent brake feel during slow steady braking on
# rough or slick roads when ABS engages; about 133,000 Prius and 14,500 HS 250h in the US, about 400,000 worldwide;
# production change in January (cars built after 27 Jan fixed); recall announced 8-9 Feb after media reports;
# update about 40 minutes at a dealer; "press hard on the pedal"; about 100-200 complaints to NHTSA.
S.append(dict(url="https://siliconrepublic.com/gear/software-glitch-leads-to-toyota-prius-mass-recall",
people=["Kiyotaka Tsunemori", "Brangwen Pallister", "Sjoerd Vanstone-Achebe", "Misaki Oyabu-Lindqvist"],
blame="""
B failure-verb | Tsunemori's brake software group tuned the ABS for smooth pavement and ignored how it behaved over potholes at low speed.
B passive-agent | The handover from regenerative to friction braking was calibrated by Kiyotaka Tsunemori without any runs on icy, bumpy roads.
B counterfactual | If Sjoerd had passed the first dealer reports up the chain in December, the recall would not have waited until the press broke it.
B group-blame | Corporate PR kept telling us the system was working as intended while owners were rolling into intersections.
B human-error | Dealer bulletin talk at the time: root cause is driver error, customers are not pressing the pedal hard enough.
B character | The quality people at head office were too proud to admit a software bug until the newspapers forced them to.
B competence | An engineer who calls a one-second gap in braking just an inconsistent feel does not understand brakes.
B role-blame | The chief engineer for the hybrid line chose to fix new cars quietly in January and leave 133,000 owners with the old software.
O system-failure | On rough or slick surfaces the ABS briefly released braking while switching from regenerative to friction braking, so the car travelled further than the driver expected.
O system-should | The brake controller should have kept the friction brakes applied while the ABS decided whether a wheel was really slipping.
O actor-neutral | Brangwen Pallister logged the first owner complaint about the brakes at our dealership and attached the description of the road.
O neutral-fact | The recall covered about 133,000 2010 Prius and 14,500 Lexus HS 250h cars in the US and about 400,000 hybrids worldwide.
O policy-subject | The escalation rule Vanstone-Achebe worked under sent a report to Japan only after several matching cases from the same region.
O system-counterfactual | Had the software update been offered for existing cars together with the production change, owners would not have waited weeks for the fix.
O agentless-passive | The new ABS software was fitted on the production line from late January, and the update takes about 40 minutes at a dealer.
O self-report | I drove the customer's car over the rail crossing on Elm Street three times and felt the pedal go soft each time.
""",
actions="""
Y Y N PREVENTS | Hybrid brake software team | 2010-03-31 | Keep friction braking applied during the regenerative-to-friction handover so that deceleration never drops by more than 0.1 g on the rough-road test track.
N N N PARTIAL | Toyota | | Listen to customers better.
Y Y Y PARTIAL | Misaki Oyabu-Lindqvist | 2010-02-15 | Mail the recall letter to every registered owner of an affected 2010 Prius in the US.
N Y Y DETECTS | Sjoerd | 2010-03-01 | Keep an eye on brake complaints from the dealers.
Y Y N DETECTS | Field quality office | 2010-03-15 | Flag any three owner complaints with the same symptom on the same model within 30 days and send them to the design team within 48 hours.
N N N PREVENTS | everyone | | Put safety first in everything we do.
Y Y Y DETECTS | Kiyotaka Tsunemori | 2010-04-30 | Add a 15 km/h braking test on ice and on washboard gravel to the ABS release test plan, with a pass limit on stopping distance.
N Y N PREVENTS | Chassis engineering | | Make the Prius braking feel more consistent.
Y N N PREVENTS | | | Require that any safety-related software change made on a production line is offered to existing owners of the same model within 30 days.
N Y Y PARTIAL | Brangwen Pallister | 2010-02-28 | Explain the problem better to the customers who come in.
Y Y N PARTIAL | Dealer service operations | 2010-02-20 | Install the ABS update on every affected car that visits a dealership for any reason.
""",
ww="""
C | The fix had already been proven on the production line, so dealers could install it the same month the recall was announced.
C | Owners were told plainly that pressing the pedal firmly would stop the car, which gave them a safe action until the update.
V | Our dealers were fantastic throughout.
"""))

# 8. Morbi suspension bridge, 30 Oct 2022: bridge over the Machchhu from 1887, about 230 m long, 1.25 m wide; closed
# from March for renovation by the clock-making operator; reopened 26 Oct (Gujarati New Year) without a fitness
# certificate; tickets Rs 12-17; 400-500 on the deck against a capacity of about 100-125; collapsed about 6:30 p.m.;
# 135 dead; SIT: nearly half the wires of the upstream main cable corroded or broken, old suspenders welded to new.
S.append(dict(url="https://www.cnbctv18.com/india/morbi-bridge-collapse-sit-report-reveals-wire-corrosion-led-to-tragedy-15979001.htm/amp",
people=["Harshadrai Vekariya", "Nilambari Chhatrola", "Mehulkumar Sojitra", "Daxaben Kundariya"],
blame="""
B failure-verb | Vekariya's company reopened the bridge on New Year day without taking the fitness certificate from the municipality.
B passive-agent | The old suspenders were welded to the new ones by Mehulkumar Sojitra's crew, and the main cables were never opened up.
B counterfactual | if Nilambari had stopped selling tickets after 100 people those children would be alive today, full stop
B group-blame | The watch company people did painting and new flooring and called it "100 percent renovation".
B human-error | Company side first said it was a mishap due to mistake of some visitors who were shaking the bridge.
B sanction | Whoever allowed 400 people on a bridge meant for 125 should be in jail for life.
B character | These contractors were only interested in the ticket money, safety never mattered to them at all.
B hindsight | Any engineer looking at corroded cables from 1887 would have known that bridge cannot take a festival crowd.
O system-failure | At about 6:30 p.m. on 30 October 2022 the upstream main cable snapped and the deck fell into the Machchhu river.
O system-should | The entry gate should have stopped ticket sales once the count on the bridge reached the rated capacity.
O actor-neutral | Daxaben Kundariya informed the district control room at 6:38 p.m. and asked for boats and divers.
O neutral-fact | The 230 m long, 1.25 m wide suspension bridge had been closed since March for renovation and reopened on 26 October.
O policy-subject | The operation contract Vekariya signed with the municipality had no clause requiring a structural inspection before reopening.
O system-counterfactual | Had the main cables been replaced during the renovation, the corrosion the SIT found would not have been carrying the crowd.
O agentless-passive | Nearly half the wires of one main cable were found corroded or already broken, and 135 people died.
O credit | Daxaben kept the hospital list updated every hour that night, which helped families find their relatives.
""",
actions="""
Y Y N PREVENTS | Morbi municipality | 2023-01-31 | Require a signed structural fitness certificate from an independent engineer before any closed bridge in the town is reopened.
N N N PARTIAL | Operator company | | Do something for the families.
N Y Y DETECTS | Mehulkumar | 2022-12-15 | Check the other hanging bridges in the district once.
Y Y Y PREVENTS | Daxaben Kundariya | 2023-02-28 | Install a turnstile at each bridge entry that locks when 100 people are on the deck.
N Y N PREVENTS | contractors | | Use better quality material in repair work.
Y N N DETECTS | | | Inspect the cables of every suspension footbridge in Gujarat and publish the percentage of broken wires for each.
N N N PARTIAL | we | | Pray that this never happens again in Morbi.
Y Y N PARTIAL | District administration | 2022-11-30 | Pay the announced compensation to each victim's family and publish the list of payments.
N Y Y PARTIAL | Harshadrai Vekariya | | Cooperate with the investigation fully.
Y Y Y DETECTS | Nilambari Chhatrola | 2022-12-31 | Count people entering and leaving the bridge with a gate counter and report the peak load every day.
N Y N DETECTS | Fire brigade | | Be better prepared for river rescues.
""",
ww="""
C | Boats from the nearby fishing families reached the collapse within minutes and pulled many people out of the water.
V | The whole town came together that night.
V | Everyone in Morbi did what they could for the families.
"""))

# 9. Scandinavian Star, 7 Apr 1990: Oslo - Frederikshavn; in service from 1 Apr after a March purchase; crew given
# about ten days, many without a Scandinavian language or English; first fire outside cabin 416 on deck 4 put out;
# second fire about 15 minutes later, around 2 a.m., deck 3; melamine laminate, hydrogen cyanide, carbon monoxide;
# car-deck fans running; defective fire doors; 395 passengers and 97 crew; 159 dead; arson finding later disputed.
S.append(dict(url="https://en.wikipedia.org/wiki/MS_Scandinavian_Star",
people=["Bjarnhild Tveitane", "Kasper Ulvedal", "Renato Catapang", "Aslaug Vefsnmo"],
blame="""
B failure-verb | Ulvedal's company put the ship on the Oslo route after ten days and skipped the fire drills the new crew needed.
B passive-agent | The ship was declared ready for the Oslo-Frederikshavn route by Kasper Ulvedal although the fire doors were known to be defective.
B counterfactual | If Bjarnhild had ordered a full muster before abandoning ship, more passengers would have been found in the cabins.
B group-blame | The new owners only cared about getting the ferry earning money before Easter; the crew and the passengers came last.
B human-error | The shipping company's statement spoke of human error by the crew during the evacuation.
B competence | A captain who cannot make his own crew understand the fire orders should not command a passenger ship.
B rhetorical-question | How could the owners sail with a crew that spoke neither Norwegian, Danish nor English?
B nobody-blame | Not one officer went back along deck 5 to knock on the cabin doors.
O system-failure | The stairwell fire doors did not close, and the burning melamine laminate filled the corridors with hydrogen cyanide and carbon monoxide.
O system-should | The ventilation should have stopped automatically when the fire alarm sounded instead of drawing smoke into the accommodation.
O actor-neutral | Renato Catapang put out the first fire outside cabin 416 and reported it to the bridge.
O neutral-fact | The ferry left Oslo on the evening of 6 April 1990 with 395 passengers and 97 crew, and 159 people died.
O policy-subject | The manning rules Tveitane had to work under allowed a crew without a common working language.
O system-counterfactual | Had the cabin corridors been lined with non-combustible panels, the second fire would not have spread over three decks in minutes.
O agentless-passive | The second fire was discovered on deck 3 about fifteen minutes after the first, and the ship was evacuated without a complete count of passengers.
O self-report | I was on deck 5 at ten past two and the smoke came through the ceiling vents before any alarm reached our corridor.
""",
actions="""
Y Y N PREVENTS | Ship technical department | 1990-06-30 | Fit automatic closers to all stairwell fire doors and test that each door closes within 10 seconds of the alarm.
N N N PARTIAL | shipping company | | Give passenger safety a higher priority on our ferries.
Y Y Y PARTIAL | Aslaug Vefsnmo | 1990-09-01 | Hold a full fire and evacuation drill with the whole crew of the company's remaining ferry before it sails, with every attendance signed.
N Y Y DETECTS | Bjarnhild | 1990-05-15 | Check the fire alarms on board more often.
Y Y N PARTIAL | Bridge watch | 1990-05-01 | Add a cabin-by-cabin passenger count to the evacuation procedure so that the bridge knows within 15 minutes who is missing.
N N N PREVENTS | we | | Ensure that a ferry fire like this is never repeated.
Y Y Y PREVENTS | Kasper Ulvedal | 1990-07-01 | Require every officer and crew member on the route to pass a test of the fire orders in a Scandinavian language or English before signing on.
N Y N PREVENTS | Maritime directorate | | Look into stronger rules for flags of convenience.
Y N N PREVENTS | | | Ban combustible laminate wall coverings in the accommodation of all passenger ships calling at Scandinavian ports.
N Y Y DETECTS | Renato Catapang | | Report every small fire to the officers.
Y Y N PARTIAL | Inquiry commission | 1991-01-31 | Interview every surviving crew member and record where each was when the second fire was found.
""",
ww="""
C | The first fire outside cabin 416 was put out within minutes with a hand extinguisher.
C | Rescue helicopters and nearby ships took people off the burning ferry during the night.
V | The rescue workers were heroes that night.
"""))

# 10. Upper Big Branch, 5 Apr 2010: about 3:02 p.m.; 29 killed; longwall shearer cutting sandstone ignited methane;
# missing and faulty water sprays; inadequate rock dust in the tailgate; coal dust explosion through miles of workings;
# 60-90 s from ignition; tailgate miners phoned to shut the shearer down; 234 underground; opened 1994; Eagle seam;
# "could and should have been prevented by the mine operator"; inadequate ventilation; criticism of the regulator.
S.append(dict(url="https://www.coalage.com/features/msha-provides-update-on-ubb-explosion/",
people=["Delbert Kincannon", "Ruthanne Shrewsbury-Pauley", "Waylon Hatmaker", "Odessa Burdette-Lyle"],
blame="""
B failure-verb | Kincannon's foremen let the rock dusting fall behind for weeks and ignored the bad sprays on the shearer.
B passive-agent | The longwall was kept cutting into sandstone on Delbert Kincannon's orders even though half the water sprays were missing.
B counterfactual | If Waylon had shut that shearer down when he seen the sprays plugged, them 29 men would've come home.
B group-blame | The company bosses ran that mine for tonnage, and the safety men knew better than to argue with them.
B human-error | The company's lawyers later put the whole thing down to operator error at the longwall face.
B sarcasm | Real smart, them inspectors, writing the same ventilation citation over and over and never once shutting the place down.
B repeat-offender | Same company, same violations, same excuses, year after year at that mine.
B self-blame | I signed off the preshift book that morning and I never walked the tailgate, that's on me.
O system-failure | A small methane ignition at the shearer set off the coal dust in the tailgate, and the explosion travelled more than two miles through the mine.
O system-should | The ventilation plan should have kept methane at the face well below the ignition range while the shearer cut sandstone.
O actor-neutral | Odessa Burdette-Lyle was on the phone at the section when the tailgate crew called to say shut the shearer down.
O neutral-fact | The explosion happened at about 3:02 p.m. on 5 April 2010 and killed 29 miners, the worst US mine disaster since 1970.
O policy-subject | The rock-dust sampling rule Shrewsbury-Pauley enforced allowed intervals too long to catch a dusty tailgate.
O system-counterfactual | Had the shearer's water sprays been working, the ignition would most likely have been quenched at the drum.
O agentless-passive | Inadequate rock dust was found in the longwall tailgate, and missing and faulty sprays were found on the shearer.
O meta-blameless | Ruthanne asked the families' meeting to look at why the inspection system let the mine keep running, not at which foreman was on shift.
""",
actions="""
Y Y N PREVENTS | Longwall maintenance crew | 2010-06-01 | Replace every missing or plugged water spray on the shearer drum and check the flow of each one at the start of every shift.
N N N PARTIAL | Mine operator | | Stop running the mine for coal tonnage over the miners.
N Y Y DETECTS | Waylon | 2010-05-15 | Keep an eye on the methane readings at the face.
Y Y Y PREVENTS | Delbert Kincannon | 2010-05-01 | Sample rock dust in the tailgate every 500 feet each week and stop the longwall if any sample is below 80% incombustible.
N Y N DETECTS | MSHA district office | | Inspect the mine more thoroughly.
Y N N PREVENTS | | | Install continuous methane monitors at the tailgate of every longwall in the country that cut the power at 1.0% methane.
N N N PARTIAL | everyone | | Remember the 29.
Y Y N PARTIAL | Mine rescue team | 2010-07-01 | Place a second refuge chamber within 1,000 feet of the longwall headgate.
Y Y Y PARTIAL | Odessa Burdette-Lyle | 2010-05-30 | Give each family a written summary of where and when their miner was found.
N Y Y PREVENTS | Ruthanne Shrewsbury-Pauley | | Get the citations at this mine taken care of.
N Y N DETECTS | Safety department | 2010-06-15 | Double-check the ventilation before each shift.
""",
ww="""
C | The tailgate crew phoned the longwall to shut the shearer down in the seconds before the blast.
V | The rescue teams never gave up on those men.
V | The community pulled together for the families.
"""))

# 11. Eastland, 24 Jul 1915: docked at the Clark Street bridge on the Chicago River; Western Electric Hawthorne Works
# picnic to Michigan City; 2,573 passengers and crew, licensed for 2,500; boarding about 50 a minute with federal
# inspectors counting; Seamen's Act lifeboats added weight to the top deck; close calls in 1904 and 1906; rolled over at
# the dock; 844 dead; about 220 of the dead were Czech.
S.append(dict(url="https://knowledgenuts.com/2015/01/28/the-maritime-safety-law-that-killed-hundreds-of-people/",
people=["Erasmus Whitacre-Dunn", "Vaclava Hruskova", "Jedediah Pemberton-Quill", "Lorimer Bascombe"],
blame="""
B failure-verb | Bascombe, the chief engineer, never filled the ballast tanks in time as the crowd moved to the river side of the decks.
B passive-agent | The extra lifeboats were bolted onto the hurricane deck by order of Erasmus Whitacre-Dunn without any new test of stability.
B counterfactual | Had Inspector Pemberton-Quill stopped the count at the old limit of 650, the Eastland would have sailed safe to Michigan City.
B group-blame | The steamship company men cared for the tickets and not for the working families they packed aboard.
B human-error | The company's lawyer told the court the ship rolled because of an error of the engineer in handling the water ballast.
B sanction | The owners and the captain should hang for what they did on the Chicago River.
B character | Greedy and careless, the owners of the Speed Queen put dollars before the lives of the Western Electric families.
B hindsight | Any steamboat man on the lakes knew the Eastland was a crank ship after her close calls of 1904 and 1906.
O system-failure | While still tied to the dock at the Clark Street bridge the Eastland listed towards the river and rolled onto her side.
O system-should | The hull should have stayed stable with the full licensed load standing on one side of the upper decks.
O actor-neutral | Vaclava Hruskova was on the promenade deck and later told the inquiry that the ship listed twice before it turned over.
O neutral-fact | On 24 July 1915, 2,573 passengers and crew were aboard for the Western Electric picnic to Michigan City, and 844 died.
O policy-subject | The licence Pemberton-Quill enforced counted passengers at the gangway but said nothing of how the new lifeboats changed the ship's stability.
O system-counterfactual | With fewer tons on the hurricane deck, the list would have stopped before the steamer capsized.
O agentless-passive | Boarding went on at about 50 persons a minute and was stopped when the licensed number was reached.
O quoted-question | "Who killed these people?" asked the newspapers; the answer in our report is a top-heavy hull that a new law made heavier still.
""",
actions="""
Y N N PREVENTS | Steamboat Inspection Service | 1915-10-01 | Perform an inclining test on every passenger steamer in the United States after any alteration that adds weight above the main deck.
N N N PARTIAL | Congress | | Reconsider the Seamen's Act.
Y Y Y PREVENTS | Lorimer Bascombe | 1915-09-01 | Write the ballast filling order for each of the company's steamers and fill the tanks before the first passenger boards.
N Y Y DETECTS | Erasmus | 1915-08-15 | Watch the list of the boat more closely when loading.
Y Y N PARTIAL | Chicago fire department | 1915-08-01 | Keep cutting torches and divers on station at the Clark Street docks whenever an excursion steamer loads over 1,000 people.
N N N PREVENTS | we | | Never let greed sink another ship.
Y Y Y PREVENTS | Jedediah Pemberton-Quill | 1915-09-15 | Measure the heel of each excursion steamer at the Chicago docks when loaded and refuse clearance above 10 degrees.
N Y N PREVENTS | St. Joseph-Chicago Steamship Company | | Make the Eastland steadier.
Y Y N PARTIAL | | | Publish the name and address of every victim in the city newspapers within one week.
N Y Y PARTIAL | Vaclava Hruskova | | Help the Czech families with their papers.
Y Y N PARTIAL | Western Electric relief committee | 1915-08-31 | Pay each bereaved family the first relief sum and record the payment in the committee ledger.
""",
ww="""
C | Tugboats and bystanders on the river started pulling people off the hull within minutes.
C | The factory lists let the authorities identify victims and notify their families quickly.
V | The city of Chicago showed its great heart in those days.
"""))

# 12. Sandoz, Schweizerhalle, 1 Nov 1986: fire discovered 00:19 in a hall with about 1,351 t of chemicals; 160
# firefighters; sirens for Basel and Muttenz at 03:43; all-clear about 07:00; phosgene tank spared; 10,000-20,000 m3
# fire water with about 30 t pesticides and 200 kg mercury into the Rhine, turned red; about 150,000 eels died over
# 400 km; hall built 1968 for machinery, approved for chemicals 1978; no sprinklers or retention required; waterworks
# told three days later; endosulfan disclosed 18 Nov; Rhine Action Programme 1987.
S.append(dict(url="https://ebsco.com/research-starters/environmental-sciences/swiss-warehouse-fire-causes-toxic-spill-rhine",
people=["Leodegar Ammeter", "Vreni Struebin", "Ruedi Schnetzler", "Heidemarie Kolbenschlag"],
blame="""
B failure-verb | Ammeter's warehouse department stored 1,351 tonnes of agrochemicals in a former machine hall and never installed sprinklers.
B passive-agent | Retention of fire water was judged unnecessary by Leodegar Ammeter when the hall was converted for chemicals in 1978.
B counterfactual | If Ruedi had warned the waterworks downstream in the night and not three days later, the towns could have closed their intakes in time.
B group-blame | The chemical industry in Basel treated the Rhine as its drain, and the eels paid for it.
B human-error | The company spokesman spoke first about a handling error of a worker who was packing a pallet in the hall.
B sarcasm | Congratulations to the safety managers of Schweizerhalle, they made the Rhine red all the way to Mannheim.
B rhetorical-question | Who at the company decided that 1.9 tonnes of endosulfan did not need mentioning until the eighteenth of November?
B sanction | The responsible managers should pay for cleaning the Rhine out of their own pocket.
O system-failure | The fire spread through the whole hall, the drums ruptured, and the fire water carried the chemicals through the drains into the Rhine.
O system-should | The site drainage should have held back the contaminated fire water instead of letting it run straight to the river.
O actor-neutral | Vreni Struebin at the cantonal laboratory measured the first river samples on the morning of 1 November and reported the pesticide levels.
O neutral-fact | The fire was discovered at 00:19 on 1 November 1986, and sirens warned the population of Basel and Muttenz at 03:43.
O policy-subject | The 1978 permit Ammeter relied on did not require heat detectors, sprinklers or a retention basin for stored chemicals.
O system-counterfactual | With a retention basin for fire water on the site, most of the 30 tonnes of pesticides would have stayed out of the Rhine.
O agentless-passive | About 150,000 eels died, and waterworks on the middle and lower Rhine closed their intakes.
O action-item | Heidemarie, please send the list of stored substances to the German water authorities tonight.
""",
actions="""
Y Y N PREVENTS | Site engineering | 1987-06-30 | Build a retention basin that holds at least 5,000 m3 of fire water for the Schweizerhalle storage area.
N N N PARTIAL | Sandoz | | Regain the confidence of the people along the Rhine.
N Y Y DETECTS | Ruedi | 1986-12-15 | Look again at the alarm procedure for the downstream countries.
Y Y Y PARTIAL | Heidemarie Kolbenschlag | 1986-11-30 | Send a complete inventory of every substance in each Schweizerhalle warehouse to the cantonal authorities and update it monthly.
N Y N PREVENTS | warehouse department | | Store the chemicals more safely.
Y N N DETECTS | | | Set up automatic water-quality stations on the Rhine from Basel to the sea that alarm the next station downstream within one hour.
N N N PARTIAL | we | | Learn from Schweizerhalle.
Y Y Y PREVENTS | Leodegar Ammeter | 1987-03-31 | Install sprinklers linked to heat detectors in all chemical warehouses at Schweizerhalle.
N Y Y PARTIAL | Vreni Struebin | | Help the fishermen with their claims.
Y Y N PARTIAL | Communications department | 1986-11-05 | Warn every drinking-water company on the Rhine by telex within two hours of any spill from the site.
N Y N DETECTS | Fire brigade | | Practise chemical fires more.
""",
ww="""
C | The phosgene tank next to the burning hall was kept cool and did not fail.
V | The firefighters gave their all.
V | The riparian states worked together superbly.
"""))

# 13. Cutter incident, Apr-May 1955: licences after the field-trial report on 12 Apr; some Cutter lots contained live
# virus despite passing the required safety tests; about 200,000 children in five western and midwestern states;
# about 40,000 abortive cases, around 200 paralysed, about 10 dead; withdrawn 27 Apr; first case an infant in a
# Chicago hospital; vaccination resumed 15 May; Aug 1954 monkey tests with three of six paralysed were set aside.
S.append(dict(url="https://brewminate.com/the-cutter-incident-how-our-first-polio-vaccine-led-to-a-growing-vaccine-crisis/",
people=["Lemuel Bracegirdle", "Keturah Saltonstall-Ruiz", "Ozias Ashmoor-Penhallow", "Ermintrude Delahanty-Voss"],
blame="""
B failure-verb | Bracegirdle's production line filtered the virus harvests too late and skipped the check for clumps that shielded live virus from the formaldehyde.
B passive-agent | The lots that paralyzed children were released by Lemuel Bracegirdle on the strength of a single safety test each.
B counterfactual | If Ozias had listened when Keturah showed him the paralyzed monkeys in 1954, none of those children would be in iron lungs.
B group-blame | The licensing officials in Washington rushed the vaccine through in one afternoon because the whole country was watching.
B human-error | The manufacturer's spokesman told the hearing the live virus was due to an operator error on the filtration line.
B competence | A laboratory that cannot kill a virus with formaldehyde has no business making vaccine for schoolchildren.
B rhetorical-question | How could anyone at the Institute look at three paralyzed monkeys out of six and still let that firm ship?
B role-blame | The division chief who had the paralyzed monkeys disposed of and filed the report away is the one who should answer.
O system-failure | Some Cutter lots contained live poliovirus even though they had passed the required safety tests.
O system-should | The inactivation process should have been proved by a steady fall in live virus all the way to zero, not only by an end-point test.
O actor-neutral | Keturah Saltonstall-Ruiz injected the samples into six monkeys in August 1954 and recorded that three of them became paralyzed.
O neutral-fact | About 200,000 children in five western and midwestern states received the Cutter vaccine in April 1955.
O policy-subject | The minimum requirements Ashmoor-Penhallow applied did not say how many lots a maker could fail before its process was questioned.
O system-counterfactual | Had every lot been tested in a larger number of monkeys, the live virus in the Cutter lots would most likely have been found.
O agentless-passive | The Cutter vaccine was withdrawn on 27 April 1955, and vaccination resumed on 15 May after all lots were rechecked.
O credit | Ermintrude's ward report from Chicago, linking the first paralyzed infant to a Cutter lot, is what got the vaccine pulled within days.
""",
actions="""
Y Y N PREVENTS | Cutter production department | 1955-06-30 | Filter every virus harvest immediately before formaldehyde treatment and show zero live virus in tissue culture at the end of inactivation.
N N N PARTIAL | Public Health Service | | Restore the confidence of parents in the polio vaccine.
Y Y Y DETECTS | Keturah Saltonstall-Ruiz | 1955-07-15 | Test each lot of Salk vaccine in at least 20 monkeys and report every paralyzed animal to the division chief within 24 hours.
N Y Y DETECTS | Ozias | 1955-06-01 | Pay closer attention to the test results coming from the makers.
Y N N PREVENTS | | | Require every licensed vaccine maker to submit the full inactivation curve of each lot before release.
N N N PREVENTS | everyone | | Never let haste override safety again.
Y Y Y DETECTS | Ermintrude Delahanty-Voss | 1955-05-10 | Telephone the name, lot number and onset date of each vaccine-associated polio case to the Communicable Disease Center on the day it is found.
N Y N PREVENTS | Laboratory of Biologics Control | | Make the safety testing stronger.
Y Y N DETECTS | Polio Surveillance Unit | 1955-06-15 | Publish a weekly count of vaccine-associated cases by manufacturer and lot.
N Y Y PARTIAL | Lemuel Bracegirdle | | Cooperate with the inspectors.
Y Y N PARTIAL | Cutter Laboratories | 1955-05-01 | Recall every unused vial of the affected lots and confirm in writing that none remains at any clinic.
""",
ww="""
C | The new surveillance unit traced every case to a manufacturer and lot within two weeks.
C | Vaccination with the other makers' lots resumed after they were rechecked, so the programme as a whole survived.
V | Parents and doctors were wonderfully patient.
"""))

# 14. Zaragoza clinic linear accelerator, Dec 1990: maintenance on 7 Dec, back in service 10 Dec; fault in the electron
# beam energy control; beam at 36 MeV (maximum) whatever energy was selected; panel needle at maximum assumed stuck;
# 27 patients overexposed (several times the dose); Nuclear Safety Council review (scheduled 19 Dec) found it; stopped
# 20 Dec, restarted 8 Mar 1991; IAEA: 11 deaths attributed (other counts up to 18); second unit unaffected, 31 patients.
S.append(dict(url="https://alchetron.com/1990-Clinic-of-Zaragoza-radiotherapy-accident",
people=["Baudilio Cuartero", "Pilar Ezquerra-Maluenda", "Saturnino Villacampa", "Nieves Olalquiaga"],
blame="""
B failure-verb | Cuartero repaired the energy control of the accelerator and never ran the energy check before giving it back to the clinic.
B passive-agent | The accelerator was returned to service on 10 December by Baudilio Cuartero without any dosimetry by the physicist.
B counterfactual | If Saturnino had stopped the machine when the panel showed 36 MeV for every energy, the patients would not have been burned.
B group-blame | The radiotherapy staff kept treating for ten days and decided the needle was broken when it was telling them the truth.
B human-error | The first note of the hospital called it a human error of the maintenance technician, nothing else.
B hindsight | Any radiophysicist would have known that a needle stuck at maximum energy means the beam is at maximum energy.
B sanction | The technician who did that repair must never touch a medical accelerator again.
B mistake-attribution | it was Baudilio's repair, everybody in the service knows it
O system-failure | After the repair the accelerator delivered electrons at 36 MeV, its highest energy, whatever energy was selected on the console.
O system-should | The accelerator should have interlocked the beam when the measured energy differed from the selected one.
O actor-neutral | Nieves Olalquiaga noticed the first skin reactions on a patient after Christmas and informed the head of the service.
O neutral-fact | Between 10 and 20 December 1990, 27 patients were treated on the faulty unit and received doses several times the prescribed one.
O policy-subject | The maintenance contract Villacampa managed did not require a dosimetric check by the hospital physicist after a repair.
O system-counterfactual | Had the energy been measured with a phantom before the first patient, the fault would have been found on 10 December.
O agentless-passive | The unit was stopped on 20 December after the yearly review by the Nuclear Safety Council and was restarted on 8 March 1991.
O meta-blameless | Pilar asked that the report stop repeating the technician's name and explain instead how one repair could reach patients without any measurement.
""",
actions="""
Y Y N PREVENTS | Radiophysics service | 1991-03-01 | Measure the electron energy and output of the accelerator with a phantom after every repair and before the first patient.
N N N PARTIAL | Hospital management | | Recover the trust of cancer patients in Zaragoza.
N Y Y DETECTS | Saturnino | 1991-02-15 | Pay more attention to the console readings.
Y Y Y PREVENTS | Pilar Ezquerra-Maluenda | 1991-04-30 | Add an interlock that stops the beam when the measured energy differs from the selected energy by more than 5%.
N Y N DETECTS | maintenance company | | Be more careful with the repairs.
Y N N PREVENTS | | | Require a dosimetric acceptance test signed by a radiophysicist after every repair of any radiotherapy unit in Spain.
N N N PARTIAL | we | | Support the affected families as best we can.
Y Y Y PARTIAL | Nieves Olalquiaga | 1991-01-15 | Call every patient treated on the unit between 10 and 20 December and book each one for a skin and blood examination.
N Y Y PARTIAL | Baudilio Cuartero | | Explain the repair to the inspectors.
Y Y N DETECTS | Nuclear Safety Council | 1991-06-30 | Hold the yearly review of each hospital accelerator on its scheduled date and report any delay to the ministry.
N Y N PREVENTS | Radiotherapy service | 1991-02-28 | Review the treatment procedures.
""",
ww="""
C | The second accelerator at the clinic was working correctly, so 31 other patients were not affected.
V | The staff cared deeply for the patients.
V | Everyone behaved very professionally.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

SOURCES_MD = """# Language evaluation data, thirty-fourth held-out set (`*-heldout34.tsv`) — SEALED, not scored

Written for issue 16 (blameless language, action items, "went well"). Generator: `../tools-rules/rules_data.py`,
`build_rules.py` (heldout33's, set name changed: writes the three TSVs with `sealed/tools/rules_lib.py`, then this file
with the counts computed from the data), `validate.py` (heldout33's validate.py with the set name changed: shared
`sealed/tools/validate_rules.py` with minimums 224 / 154 / 42 / 14, plus the balance checks). Rebuild and check:
`python3 sealed/heldout34/tools-rules/build_rules.py && python3 sealed/heldout34/tools-rules/validate.py` from the repo
root (prints `OK`). Nothing was scored. Written independently of the other held-out writers.

## What the author read and did not read
- **Read**: issue 16, `shared/seed/post-mortem-facilitator.SKILL.md`, `sealed/tools/` (checks.py, rules_lib.py,
  validate_rules.py), heldout33's `tools-rules/` (build_rules.py and validate.py, copied with the set name changed;
  rules_data.py for format, columns, kind names and balance: its header, its first two incidents, the list of kind
  names it uses and its SOURCES text; its rows were not reused), and every `SOURCES*.md` in the repo (`find . -name
  'SOURCES*.md' -not -path '*/target/*'`, 70 files), concatenated and grepped case-insensitively for each candidate and
  its key places and terms (Chandrayaan, Vikram, ISRO, GLONASS, ephemeris, Luna, Roscosmos, Phobos, Grunt, Sleipner,
  Statoil, Gandsfjord, Apple Maps, iOS 6, Mildura, Prius, Morbi, Machchhu, Oreva, Scandinavian Star, Frederikshavn,
  Oslo, Upper Big Branch, Massey, Montcoal, Eastland, Chicago River, Sandoz, Schweizerhalle, Rhine, Basel, Cutter,
  polio, Salk, Zaragoza, linac, Sagasta). Chosen incidents had no hit (the only hits were unrelated: "Vikram" as an
  invented first name, "Oslo" as a time zone, "Basel" inside "baseline", "ephemeris" in a Galileo entry, "Luna" inside
  "lunar", "Phobos" for Phobos 1, "Roscosmos" in a Meteor-M entry). Candidates dropped because a SOURCES file names
  them: Dana-Farber 1994, Tay Bridge, Quebec Bridge, Amagasaki, Vancouver Stock Exchange, Heathrow Terminal 5,
  Surfside, Ponte Morandi, Tokaimura, Spirit rover, Pentium FDIV, Elaine Bromiley, Libby Zion, Mars Global Surveyor,
  Meteor-M / Fregat, Pokemon GO, OVH Strasbourg, Bitcoin value overflow, Parity, The DAO, Mt. Gox, Beresheet, Galileo
  2019, Phobos 1. Not read: any other writer's brief.
- Roster names: only the validator's "name part shared with earlier sets" messages were used; flagged name parts
  were replaced over four reruns (26, 12, 4 and 3 flagged parts). Its near-duplicate checks led to rewording 5 short
  vague action items and 1 vague went-well entry. No earlier sentence or item was looked at.
- **Not read**: anything under `src/` other than SOURCES files, any rules or word lists, the README,
  `sealed/README.md`, `sealed/heldout33/rules/` or any other sealed set's rules or evidence, any study or training TSV,
  any test. Maven was not run; nothing was committed.
- Public sources: all fourteen were seen as excerpts through the `pages` search corpus (the url column is one of the
  pages seen; the table lists others). Facts not in the "kept" column are invented.

## Counts
{counts}

## Label rules (issue 16, with heldout33's conventions)
- BLAME: a named person, a role standing for one person ("the chief engineer for the hybrid line", "the division
  chief"), or a group (team, group, foremen, owners, officials, "the GNC fellows", "the maps org") is the subject or
  agent of a failing: failure verb (never measured, skipped, ignored, never checked, never filled), passive with the
  person or group as agent ("was uplinked / imported / approved / released by"), counterfactual about a person,
  hindsight ("any engineer looking at ... would have known"), competence or character judgement, sarcasm or a
  rhetorical question aimed at people, "human error" / "operator error" / "design error made by the engineers" /
  "driver error" / "mistake by personnel" given as the cause, sanctions, "not one person / not a single person / not
  one officer", self-blame ("I signed off the preshift book"), a repeat-offender remark, a mistake attributed to a
  person ("it was Baudilio's repair"). Non-native and chat-style sentences (lowercase, missing articles, dialect) count
  the same.
- OK: a person named as the one who acted, noticed or reported; a system, engine, controller, cable, door, drainage,
  process or hull as subject, including "did not shut down" and "should have" said of a system or design; sentences
  that name a person but whose subject is a plan, rule, permit, contract or checklist ("The certification documents
  Sinitskaya-Holm worked from did not specify..."); agentless facts and agentless passives (each incident also has a
  passive-with-agent BLAME); system counterfactuals; a first-person factual report; a quoted accusatory question
  answered with systems; a chat message asking a named person for a task; credit to a named person; a named person
  steering a review away from blame.
- Actions: testable = a done/not-done check or threshold exists; bounded = one system, site or defined set (e.g. "the
  tricell joints of the new base", "each of the company's steamers", "all chemical warehouses at Schweizerhalle");
  owner is a person = exactly one named individual, full or first name (teams, organisations, "we", "everyone", empty
  are N); recurrence PREVENTS removes the cause, PARTIAL limits blast radius, remedies harm, trains, documents or
  communicates, DETECTS only adds detection, monitoring, testing, review or inspection. Traps: vague items with a named
  owner and a due date (N); concrete items that are long, contain "and", carry numbers or units, or start with verbs
  such as Extend, Hot-fire, Upload, Reprocess, Page, Set, Load, Reject, Mail, Flag, Fit, Ban, Install, Count, Filter,
  Telephone, Recall, Measure (Y); empty-owner Y items occur with and without a due date; bounded N goes to items that
  reach every future mission, country, port, state or constellation.
- Went well: CONCRETE names the thing that helped (an action, a mechanism, a time); VAGUE is praise without content.

## Incidents (public source; what was kept; what was invented)
All people names are invented (no real person is named; real roles such as the agency head, CEO, captain, mine
operator's managers, inspectors, technician and laboratory scientist are given invented names or left as roles);
rosters are 4 names per incident. Times not listed as kept are invented. Software / IT = rows 1-7 (`SOFTWARE` in
rules_data.py; row 5 is a computer-analysis failure), outside software = rows 8-14.

| # | Incident | Source (url column) | Kept from the source | Invented |
|---|---|---|---|---|
| 1 | Chandrayaan-2 Vikram descent, 7 Sep 2019 | https://parabolicarc.com/2019/11/20/indian-government-explains-chandrayaan-2s-failed-lunar-landing/ (also updatedyou, storyminter, mensxp, topperias summary of the committee's three causes, India Today, swarajyamag) | separation 2 Sep, first phase 30 -> 7.4 km and 1,683 -> 146 m/s, second phase slowed more than designed, fine braking outside design conditions, hard landing within 500 m, orbiter's eight instruments working, committee causes: higher thrust, guidance not built for large dispersions, control rate restriction; fixes for Chandrayaan-3 | roster, "preliminary note", corridor display, Monte Carlo and throttle figures, all actions |
| 2 | GLONASS broadcast ephemeris outage, 1-2 Apr 2014 | http://facility.unavco.org/highlights/2014/glonass.html (also GPS World / globalpositioningnews article by the CODE authors, postmortems.app summary, radio-amador list copy of GPS World, orbita.zenite.nu, gpspower) | all satellites wrong from about 21:00-21:15 UTC 1 Apr, errors up to +-200 km, ground-segment software change, revert satellite by satellite 22:45 to about 07:00 UTC, no notice to users, some receivers dropped GPS too, about 60 of 180 IGS stations severely affected, post-processed products hardly affected, coincided with the Pisagua earthquake | roster, 21:20 alarm, "operator error" statement, Chile restarts, all actions |
| 3 | Luna-25 correction burn, 19 Aug 2023 | https://interfax.com/newsroom/top-stories/93765/ (also sputniknews.in, indianexpress, pledgetimes, novayagazeta.eu, rferl, earthpressnews) | launch 11 Aug from Vostochny, lunar orbit 16 Aug, landing planned 21 Aug near the south pole, engine on at 14:10, shutdown by time cutoff not per cyclogram, 127 s instead of 84, contact lost 14:57, inside radio visibility, flight task simulated on a ground stand, commission formed, first since Luna-24 in 1976 | roster, velocity-channel detail, 14:12 report, 5% cutoff and 3-second alarm, all actions |
| 4 | Phobos-Grunt computer restart, Nov 2011 | https://spacepolicyonline.com/news/phobos-grunt-failure-cosmic-rays-or-counterfeit-chips/ (also parabolicarc, pri.org, universetoday, mars-bust blog quoting the commission, slashgear, Register forum, abendblatt) | launch 9 Nov 2011, double restart of the computer on the second orbit, standby and solar orientation waiting for X-band commands usable only in cruise, heavy charged particles in two RAM chips of one type, possibly counterfeit imported parts, certification documents without a heavy-particle model, administrative punishment, programmers blamed by one agency, $165 M, 17th failed Russian Mars attempt, foreign radar ruled out, fell 15 Jan 2012, telemetry received in late November | roster, error-correction and safe-mode items, all actions |
| 5 | Sleipner A gravity base sinking, 23 Aug 1991 | https://www-users.cse.umn.edu/~arnold/disasters/sleipner.html (also SINTEF paper by Holand, NAFEMS challenge, bad.technology, Barry 2013 student paper, nd.edu, theinfolist) | Condeep base of 24 cells and 4 shafts, controlled ballasting for deck mating in Gandsfjorden near Stavanger, tricell wall crack, leak beyond pump capacity, FE analysis giving shear under 60% of the correct value (about 45-47% low), inadequate anchorage of reinforcement, about 220 m depth, magnitude 3.0, about $700 M, 14 people rescued, SINTEF as adviser with 16 reports, full-scale joint tests | roster, shaft noise report, T-headed bar item, 10% check, all actions |
| 6 | Apple Maps / iOS 6 and Mildura, Sep-Dec 2012 | https://www.iphoneheat.com/2012/12/australian-police-warns-drivers-against-using-apple-ios-6-maps/ (also iphone4jailbreak, bitterwallet, dailytech, nzherald, newser, geoforum.pl) | Google Maps replaced by Apple's own maps in iOS 6, misplaced and missing places, CEO's open apology naming other map apps, Victoria Police warning, Mildura placed in Murray-Sunset National Park about 70 km away, motorists stranded up to 24 h without food or water, up to 46 C, fixed by about 10 Dec, executives left | roster, internal summary, launch checklist, 5 km and 0.1% rules, all actions |
| 7 | Toyota Prius / Lexus HS 250h ABS software, Jan-Feb 2010 | https://siliconrepublic.com/gear/software-glitch-leads-to-toyota-prius-mass-recall (also saxtononcars, hybridcars, hybridreview, autoblog, autoguide, cars.com, about.com FAQ) | inconsistent brake feel in slow steady braking on rough or slick roads when ABS engages, regenerative / friction blending, about 133,000 Prius and 14,500 HS 250h in the US and about 400,000 worldwide, production change in January, recall after media reports, update about 40 minutes, "press firmly on the pedal", "working as intended" | roster, Elm Street test, escalation rule, 0.1 g and 30-day items, all actions |
| 8 | Morbi suspension bridge collapse, 30 Oct 2022 | https://www.cnbctv18.com/india/morbi-bridge-collapse-sit-report-reveals-wire-corrosion-led-to-tragedy-15979001.htm/amp (also ndtv twice, bolnews, newsbytesapp, latestly, bridgeweb, indiatimas) | bridge of 1887 over the Machchhu, about 230 m by 1.25 m, closed from March for renovation by a clock maker, reopened 26 Oct without a fitness certificate, tickets Rs 12-17, 400-500 people against about 100-125 capacity, collapse about 6:30 p.m., 135 dead, SIT: nearly half the wires of the upstream main cable corroded or broken, old suspenders welded to new, "100 percent renovation", visitors shaking the bridge | roster, 6:38 call, hospital list, turnstile and counter items, all actions |
| 9 | Scandinavian Star fire, 7 Apr 1990 | https://en.wikipedia.org/wiki/MS_Scandinavian_Star (also fascinatinghorror, ipfs Wikipedia copy, perdurabo10 tripod article, ctif.org, iklimnet case study, gamefront forum) | Oslo - Frederikshavn route from 1 Apr after a March purchase, about ten days of crew preparation, crew without a common language, first fire outside cabin 416 put out, second fire about 15 minutes later on deck 3, melamine laminate, hydrogen cyanide and carbon monoxide, car-deck fans running, defective fire doors, 395 passengers and 97 crew, 159 dead, insurer's inspector, arson finding later disputed | roster, deck 5 report, 10-second closer and 15-minute count items, all actions |
| 10 | Upper Big Branch mine explosion, 5 Apr 2010 | https://www.coalage.com/features/msha-provides-update-on-ubb-explosion/ (also nttc chapter 8, miningawareness summary of the governor's panel, cupdf and 123docz copies of the MSHA briefing, manufacturing.net AP, wsws) | about 3:02 p.m., 29 dead, worst since 1970, shearer cutting sandstone ignited methane, missing and faulty sprays, inadequate rock dust in the tailgate, coal dust explosion over miles, 60-90 s, tailgate miners phoned to shut the shearer down, 234 underground, opened 1994, "could and should have been prevented", inadequate ventilation, regulator criticised | roster, preshift book, 80% and 1.0% thresholds, refuge chamber, all actions |
| 11 | Eastland capsizing, 24 Jul 1915 | https://knowledgenuts.com/2015/01/28/the-maritime-safety-law-that-killed-hundreds-of-people/ (also patriciasutton, drloihjournal, democraticunderground, usdeadlyevents, dailykos) | Clark Street bridge dock on the Chicago River, Western Electric picnic to Michigan City, 2,573 aboard, licensed 2,500, boarding about 50 a minute with inspectors counting, Seamen's Act lifeboats adding weight up top, "Speed Queen", close calls 1904 and 1906, original capacity 650, rolled over at the dock, 844 dead, Czech families | roster, engineer's ballast, lawyer's statement, 10-degree heel rule, relief ledger, all actions |
| 12 | Sandoz / Schweizerhalle warehouse fire, 1 Nov 1986 | https://ebsco.com/research-starters/environmental-sciences/swiss-warehouse-fire-causes-toxic-spill-rhine (also de.zxc.wiki translation, environmentandsociety.org, iospress abstract, tagblatt, regionatur, buch-antiquariat) | fire found 00:19, about 1,351 t of chemicals, sirens for Basel and Muttenz 03:43, phosgene tank spared, fire water with about 30 t of pesticides and mercury into the Rhine, red dye, about 150,000 eels, 400 km, hall built 1968 for machinery and approved for chemicals 1978, no sprinklers or containment required, waterworks told three days later, endosulfan disclosed 18 Nov | roster, packing-error statement, laboratory samples, basin and telex items, all actions |
| 13 | Cutter polio vaccine incident, Apr-May 1955 | https://brewminate.com/the-cutter-incident-how-our-first-polio-vaccine-led-to-a-growing-vaccine-crisis/ (also history.nih.gov timeline, docslib Moir paper, healthfreedomidaho, neverthoughtaboutthat, unavoidablyunsafe, circleofmamas quoting Nathanson and Langmuir) | live virus in lots that passed the safety tests, about 200,000 children in five western and midwestern states, about 40,000 abortive cases, about 200 paralysed, about 10 dead, withdrawn 27 Apr, resumed 15 May, first case an infant in a Chicago hospital, 1954 monkey tests (three of six paralysed) set aside, lot testing cut from weeks to a day, resignations | roster, filtration and clumping wording, 20-monkey and telephone items, all actions |
| 14 | Zaragoza clinic linear accelerator, 10-20 Dec 1990 | https://alchetron.com/1990-Clinic-of-Zaragoza-radiotherapy-accident (also Stanford PH241 report, johnstonsarchive, devastatingdisasters, hawaiilibrary and wikimili copies, en.wikipedia old revision) | maintenance 7 Dec, back in service 10 Dec, fault in the electron energy control, 36 MeV maximum whatever was selected, panel reading taken for a stuck gauge, 27 patients overexposed, Nuclear Safety Council review, stopped 20 Dec, restarted 8 Mar 1991, IAEA 11 deaths attributed (other counts higher), second unit unaffected with 31 patients, court placing responsibility on the technician and the supplier | roster, hospital note, 5% interlock and phantom items, all actions |
"""

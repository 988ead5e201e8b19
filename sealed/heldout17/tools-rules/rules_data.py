# heldout17 rules data (see ../rules/SOURCES-heldout17.md). All people invented.
# Incidents outside software companies (rail, maritime, offshore energy, refining, fuel storage, medicine, finance
# operations, public-sector IT, broadcasting, sport). Style: half internal drafts (memos, chat with handles, ward
# stickies, managers' emails, frustrated notes, non-native English), half report prose.
S = []

# 1. Clapham Junction (internal draft: depot memos and team notes)
S.append(dict(url="https://en.wikipedia.org/wiki/Clapham_Junction_rail_crash",
people=["Haldric Penwarden", "Saija Marchbanks", "Ciprian Vlasceanu", "Tegwen Trefusis"],
blame="""
B failure-verb | haldric never cut back the old wire at the relay end, he just bent it out of the way and left it
B passive-agent | The redundant feed to WF138 was left connected by Haldric and then waved through by his supervisor.
B counterfactual | If Saija had done the wire count she signed for, that green aspect would never have shown.
B sarcasm | lovely work from the Sunday wiring gang, a signal that shows green behind a stopped train
B role-blame | The weekend wiring shift treated the testing sheet as a formality, same as every other weekend.
B rhetorical-question | how does a supervisor sign a job off as tested when she never set foot in the relay room?
B group-blame | the S&T lads at Clapham have been doing sloppy wiring for years and this time it caught up with them
B timeline-blame | 08:10 - Haldric's loose wire puts a green on WF138, Poole train runs into the back of the stopped train
O actor-neutral | Haldric worked the November shift on the new WF138 relay and moved the old feed aside before connecting the new one.
O system-failure | The old wire's free end touched its former terminal, so the relay gave WF138 a proceed aspect with the track occupied.
O system-should | The works instruction should have required an independent wire count by someone other than the installer.
O credit | Tegwen stopped at the next signal and rang the box to report the aspect that dropped to red in front of her, so the fault was known within minutes.
O quoted-question | memo to the project board: why did thirteen weeks of seven-day working look normal on our rosters?
O policy-subject | Our testing standard let the installer test his own work, so the same blind spot checked itself.
O meta-blameless | "Haldric wired it wrong" explains one wire; it does not explain why no check in our process could catch it.
O agentless-passive | The alteration was signed as complete and the signal went back into service two weeks before the collision.
""",
actions="""
Y Y N PREVENTS | S&T engineering | 1989-03-31 | Require an independent wire count by a second tester for every relay room alteration before the signal returns to service
Y Y Y PREVENTS | Saija Marchbanks | 1989-02-28 | Insulate and tie back every disconnected wire end on the Clapham resignalling scheme and mark each one on the circuit diagram
N N N PARTIAL | we |  | Everyone needs to take testing seriously again
Y Y N PREVENTS | BR Southern Region | 1989-06-30 | Cap signalling staff at 13 shifts in any 14 days and report every breach to the regional director weekly
N Y Y PARTIAL | Ciprian | 1989-01-15 | Have a word with the wiring gangs about tidiness
N N N PARTIAL |  |  | Restore a proper safety culture in S&T
Y Y Y DETECTS | @cvlasceanu | 1989-01-31 | Add an occupied-track versus green-aspect mismatch alarm to the Clapham panel that sounds in the box within 5 seconds
Y N N DETECTS | signal maintenance |  | Wire-count a random 5% of altered relay rooms each month and publish the failure rate
N Y N PARTIAL | the training school | 1989-04-30 | Refresh the testing course
Y Y Y PARTIAL | Tegwen Trefusis | 1989-02-15 | Brief every Waterloo-area driver that a signal reverting to red ahead of the train must be reported from the next signal post phone, and record each briefing
N N Y PARTIAL | Haldric |  | Be more careful with redundant wires from now on
Y Y N PREVENTS | the resignalling contractor | 1989-05-31 | Issue as-built diagrams for the Waterloo area that show every removed wire, each checked against the installed relays
""",
ww="""
C | The driver's call from the signal post phone told the box about the wrong-side failure within minutes.
V | Everyone pulled together magnificently on the day.
C | Staff and pupils from the school beside the cutting carried casualties up the embankment before enough ambulances arrived.
"""))

# 2. Herald of Free Enterprise (report prose)
S.append(dict(url="https://en.wikipedia.org/wiki/MS_Herald_of_Free_Enterprise",
people=["Brychan Aldhouse", "Lajos Szalontai", "Itzel Quennell-Obi", "Anatol Fairweather-Roux"],
blame="""
B failure-verb | The assistant bosun, Brychan Aldhouse, failed to close the bow doors because he was asleep in his cabin.
B human-error | The capsize was caused by human error on the part of the loading crew.
B counterfactual | Had the chief officer, Mr Szalontai, stayed on G deck until the doors were shut, the vessel would have sailed safely.
B passive-agent | The doors were left open by the crew, and the master was told nothing.
B group-blame | From top to bottom the company was infected with sloppiness, and its seafarers were no exception.
B competence | A competent master would have insisted on positive confirmation that his ship was closed before leaving the berth.
B nobody-blame | Not one member of the deck crew thought it his business to look at the doors.
B rhetorical-question | What kind of bosun walks past an open bow door and decides it is somebody else's job?
O actor-neutral | Mr Aldhouse had been released from maintenance duties shortly before sailing and returned to his cabin.
O system-failure | The bridge had no indicator showing the state of the bow doors, so the master could not see they were open.
O system-should | The ship's standing orders should have required a report that the doors were closed, rather than assuming silence meant closed.
O org-subject | The operator had turned down a request from its masters for bow door indicator lights as unnecessary.
O neutral-fact | The ship capsized within about four minutes of leaving the outer harbour, and 193 people died.
O policy-subject | The sailing schedule allowed so little time at Zeebrugge that the ship regularly left with her bow trimmed down.
O meta-blameless | The press asked which crewman left the doors open; the inquiry found that the system relied on one man with no check behind him.
O credit | Ms Quennell-Obi, a passenger, formed a human bridge so that others could climb to the broken windows.
""",
actions="""
Y Y N PREVENTS | the operator | 1987-06-30 | Fit bow and stern door position indicators on the bridge of every ro-ro ferry in the fleet
Y Y N PREVENTS | Department of Transport | 1987-12-31 | Require by regulation that ro-ro ferries may not sail until the bridge shows both doors closed
N N N PARTIAL |  |  | Improve management attitudes towards safety
Y Y Y PREVENTS | Anatol Fairweather-Roux | 1987-05-31 | Change the Zeebrugge standing orders so the officer of the watch must receive a positive door-closed report before the ship leaves the berth
N Y Y PARTIAL | Lajos | 1987-04-30 | Look into the manning of the car decks
Y Y N DETECTS | the operator's marine department | 1987-07-31 | Install closed-circuit cameras on the bow doors with a monitor on the bridge of each Spirit-class ship
N N N PARTIAL | we |  | Communicate more clearly between ship and shore
Y N N DETECTS | fleet superintendents |  | Audit departure reports on every ship each month and log each sailing without a door-closed report
Y Y Y PARTIAL | L. Szalontai | 1987-09-30 | Add pumps to discharge the Zeebrugge ballast before departure so the ship leaves on an even keel, verified by draught readings
N Y N PARTIAL | the board | 1987-05-15 | Listen to the masters
Y Y N PARTIAL |  |  | Design subdivision of the vehicle deck so a ferry stays upright for 30 minutes with 0.5 m of water on G deck
N N Y PARTIAL | Brychan Aldhouse |  | Never let the doors be left open again
""",
ww="""
C | The ship rolled onto a sandbank rather than sinking completely, which left air pockets for the survivors.
V | The rescue effort was truly heroic.
C | Belgian naval divers and a Dutch salvage crew were searching the hull within the first hour.
"""))

# 3. Piper Alpha (internal draft: platform notes, permit office emails)
S.append(dict(url="https://en.wikipedia.org/wiki/Piper_Alpha",
people=["Eerik Drummellan", "Sirpa Velleridge", "Tumelo Umeadi", "Ragnfrid Sollasvik"],
blame="""
B failure-verb | day shift pulled the PSV off pump A and didn't bother telling nights, that's the start of it
B sarcasm | hats off to @eerik for the blind flange he put on hand-tight, truly world class
B counterfactual | if Sirpa had walked the permit over to the control room instead of filing it in the safety office, nobody restarts pump A
B timeline-blame | 21:55 - pump A restarted by Tumelo with the relief valve missing. 22:00 - explosion.
B rhetorical-question | seriously, who starts a condensate pump without checking why it was isolated in the first place???
B role-blame | the night control room crew just ran with whatever they had, no questions asked, like always
B passive-agent | The deluge was left on manual by the diving supervisor and nobody ever switched it back.
B character | tumelo is a cowboy with pumps, everybody on the platform knows it
O actor-neutral | 21:52 - Tumelo reports pump B tripped and looks for the paperwork on pump A
O system-failure | The temporary flange could not hold full pump pressure, so condensate escaped when pump A started.
O system-should | The permit system should have linked the two permits for pump A so that its isolation showed wherever the pump could be started.
O credit | shout out to @ragnfrid, she got the survivors off the 68 ft level into the sea and kept a head count in the water
O quoted-question | email from the permit office: why did our handover template have no line for equipment under maintenance?
O policy-subject | The policy kept the firewater pumps on manual whenever divers were in the water, which was most of the summer.
O meta-blameless | "nights didn't check" keeps coming up in this thread, but the permit for the missing valve was not in the place they were taught to look.
O neutral-fact | Tartan and Claymore kept pumping oil into the shared line for about an hour after the first explosion.
""",
actions="""
Y Y Y PREVENTS | Sirpa Velleridge | 1988-09-30 | Cross-reference every isolation permit in the control room so a pump with a linked open permit cannot be reset from the panel
N N N PARTIAL | we |  | Handovers need to be better across the board
Y Y N PREVENTS | platform operations | 1988-10-31 | Add an equipment-under-maintenance section to the shift handover sheet, signed by both supervisors
Y Y Y DETECTS | @eerik.d | 1988-08-31 | Tag every temporary blind flange with the permit number and add it to the control room board within the shift
N Y N PARTIAL | the diving contractor | 1988-09-15 | Look at the deluge policy
N N N PARTIAL | the operator |  | Put safety first on all our installations
Y Y N PARTIAL | Department of Energy | 1989-06-30 | Require a written safety case for each fixed installation before it may keep producing
Y Y Y PARTIAL | Ragnfrid Sollasvik | 1988-11-30 | Relocate the lifeboat muster point so it can be reached from the accommodation without passing the production modules
Y N N PARTIAL | field control |  | Shut in the export line from neighbouring platforms whenever a connected platform reports a fire, and log time to shut-in
N Y Y PARTIAL | Tumelo |  | Retrain on the permit system
Y Y N PREVENTS | structural engineering | 1989-12-31 | Replace the firewalls between modules C and B with walls rated for the blast overpressure in the new hazard study
N N Y PARTIAL | S. Velleridge |  | Keep an eye on permits going forward
""",
ww="""
C | Survivors who jumped from the pipe deck into the sea were picked up by the standby vessel's fast rescue craft.
V | Amazing courage shown by all.
C | The helicopter-based head count at the beach was done the same night from the survivor lists.
"""))

# 4. Texas City refinery (report prose)
S.append(dict(url="https://www.csb.gov/bp-america-refinery-explosion/",
people=["Marivic Dunkerton", "Rufus Oyelaran-Tate", "Hjordis Halvorsk", "Damaso Vaivads"],
blame="""
B human-error | The company's first statement gave operator error as the cause of the explosion.
B failure-verb | The board operator, Rufus Oyelaran-Tate, failed to open the level control valve to send liquid out of the tower.
B mistake-attribution | The root cause was the operators' deviation from the startup procedure.
B counterfactual | If the day supervisor had stayed in the unit during the startup, the tower would not have been overfilled.
B passive-agent | The tower was filled well above its normal level by the night crew and then handed over without comment.
B sanction | Several operators and supervisors were dismissed for failing to follow procedures.
B competence | Operators with proper discipline would have noticed a tower holding many times its normal level.
B group-blame | The raffinate unit crew had a long-standing habit of ignoring the startup checklist.
O actor-neutral | Marivic made the first log entry for the startup at the end of the night shift.
O system-failure | The level transmitter read the tower as falling while liquid rose to the top, because it was calibrated for a different density.
O system-should | The blowdown drum should have discharged to a flare, not to atmosphere next to occupied trailers.
O org-subject | The refinery management had cut budgets for training and maintenance in the years before the explosion.
O policy-subject | The siting policy allowed contractor trailers within 150 feet of the unit during the turnaround.
O error-term | Calling it operator error would stop at the first step; the operators were working from an instrument that told them the wrong level.
O neutral-fact | Fifteen people were killed and about 180 were injured when the vapour cloud ignited.
O system-counterfactual | Had the high-level alarm sounded at the second set point, the control room would have had an independent warning.
""",
actions="""
Y Y N PREVENTS | the refinery | 2005-12-31 | Move all occupied trailers outside the blast zones shown in the facility siting study
Y Y N PREVENTS | process engineering | 2006-06-30 | Replace the atmospheric blowdown stacks on the isomerisation and other units with connections to a flare system
N N N PARTIAL | we |  | Get the leadership behind process safety
Y Y Y DETECTS | Hjordis Halvorsk | 2005-09-30 | Add a second independent level measurement to the raffinate splitter that alarms in the control room above 80% of tower height
N Y Y PARTIAL | Damaso | 2005-08-31 | Update the startup procedure
Y N N DETECTS | operations management |  | Record the hours worked by every operator each week and flag anyone above 60 hours
Y Y Y PARTIAL | @mdunkerton | 2006-01-31 | Run a simulator session on raffinate splitter startup for every board operator and record pass or fail per person
N N N PARTIAL | BP |  | Become a learning organisation
N Y N PARTIAL | maintenance | 2005-10-15 | Check the instruments on the tower
Y Y N PARTIAL | the independent panel | 2006-12-31 | Publish the process safety review of all five US refineries with findings per site
Y Y Y PARTIAL | Rufus Oyelaran-Tate | 2005-11-30 | Rewrite the startup procedure so level, feed and outflow are recorded every 30 minutes, and have two operators sign each entry
N N Y PARTIAL | D. Vaivads |  | Revisit staffing
""",
ww="""
C | The unit's emergency shutdown isolated the feed within minutes of the explosion.
V | The response from the whole site was outstanding.
C | The CSB's report published the full instrument history, so other refineries could check their own splitter towers.
"""))

# 5. Buncefield (internal draft: terminal team chat and manager's email)
S.append(dict(url="https://en.wikipedia.org/wiki/2005_Hertfordshire_Oil_Storage_Terminal_fire",
people=["Wilbraham Cossington", "Neasa Ferrabosco", "Ulrik Tamburlaine", "Precious Hoogendoorn"],
blame="""
B failure-verb | wilbraham ignored the gauge flatlining on 912 for over half an hour, the numbers were right in front of him
B counterfactual | if neasa had actually logged the stuck gauge in August like she said she would, 912 would never have gone over
B passive-agent | The padlock on the high-level switch was never put back by the contractor's fitter, Ulrik, after the test.
B sarcasm | gold star for the night supervisor, 300 tonnes of petrol down the side of a tank and not a single alarm looked at
B repeat-offender | that gauge stuck fourteen times this year and every time it was neasa's shift that just reset it and moved on
B rhetorical-question | who on earth fills a tank overnight on a Sunday with no-one watching the level?
B hindsight | Honestly anyone could have seen this coming, a stuck gauge and a dead switch on the same tank.
B nobody-blame | Nobody in the control room could be bothered to ask why 912 stopped going up.
O actor-neutral | 05:50 Wilbraham sees 912 showing a steady level and carries on with the pipeline receipts on the other screens
O system-failure | The automatic tank gauge stuck at about two-thirds full, so the screen showed a level that no longer moved.
O system-should | The independent high-level switch should have stopped the inflow, but it had been left inoperable after its last test.
O credit | big thanks to @precious for pressing the fire alarm at 06:01 from the gatehouse as soon as the vapour cloud showed on CCTV
O quoted-question | from the ops manager email: why could a gauge stick 14 times in 4 months without anyone raising a fault ticket with the vendor?
O policy-subject | Our alarm policy sent both the tank level and the pipeline alarms to the same single screen on night shift.
O meta-blameless | please stop writing "supervisor missed it" in the timeline, the level on his screen was flat and the trip that should have backed him up was disabled
O agentless-passive | The tank was filled at about 550 cubic metres per hour from the pipeline through the night.
""",
actions="""
Y Y N PREVENTS | terminal engineering | 2006-03-31 | Fit a high-high level trip on every petrol tank that closes the inlet valve automatically, independent of the tank gauge
Y Y Y DETECTS | Neasa Ferrabosco | 2006-02-15 | Raise an alarm when a tank receiving product shows no level change for 10 minutes
N N N PARTIAL | we |  | Be more vigilant on nights
Y Y Y PREVENTS | @ulrik.t | 2006-01-31 | Add a padlock check to the high-level switch test sheet, with a photo of the fitted lock attached to each test record
N Y N PARTIAL | the gauge vendor |  | Investigate the gauge sticking issue
Y N N DETECTS | the control room |  | Log every manual reset of a tank gauge and send the weekly count per tank to maintenance
N N N PARTIAL |  |  | Review staffing levels at the terminal
Y Y N PARTIAL | HSE | 2007-12-31 | Publish revised bund and firewater containment standards for fuel depots, with a compliance date per site
N Y Y PARTIAL | Wilbraham | 2006-01-20 | Have a think about the night shift screens
Y Y Y PARTIAL | Precious Hoogendoorn | 2006-04-30 | Move the emergency shutdown button for the whole terminal to the gatehouse and test it monthly
N N Y PARTIAL | U. Tamburlaine |  | Sort out the contractor paperwork
Y Y N PREVENTS | the site operator | 2006-06-30 | Stop unattended overnight filling of tanks from the pipeline until the new trips are tested on all 12 tanks
""",
ww="""
C | It happened at 6am on a Sunday, so the offices next to the depot were nearly empty.
V | Fantastic support from everyone involved.
C | The fire brigade stockpiled foam from across the country and put the fire out in three days.
"""))

# 6. Vincristine given intrathecally, Queen's Medical Centre (internal draft: ward stickies, registrar's email)
S.append(dict(url="http://news.bbc.co.uk/2/hi/health/1284244.stm",
people=["Ravindra Quillfeather", "Solenne Mukherji-Bayne", "Gethin Orcutt", "Ebele Szymanowska"],
blame="""
B failure-verb | Dr Quillfeather gave the second syringe without even reading the label himself
B passive-agent | The vincristine was handed over by Dr Mukherji-Bayne as if it were the intrathecal drug, and she read the name out wrong.
B counterfactual | If Gethin had kept the vincristine in pharmacy until the next day like he was told, this child would be alive
B competence | a junior doctor who cannot tell vincristine from cytarabine has no business doing lumbar punctures
B sanction | sticky: both doctors should be suspended and reported to the GMC, end of discussion
B implicit | Dr Mukherji-Bayne was supervising. The wrong drug went into the spine.
B human-error | The incident report lists the cause as "human error in drug administration".
B group-blame | the day unit always cut corners when the consultants were away
O actor-neutral | Dr Quillfeather was asked to give the drugs on his second day on the unit and was told he would be supervised.
O system-failure | Both syringes came up from pharmacy in the same bag, so the intravenous drug was in the room for the spinal procedure.
O system-should | The syringes should have been different shapes so that a vincristine syringe could not connect to a spinal needle.
O credit | Ebele rang the regional oncology centre within minutes of the mistake being realised and got the senior neurosurgeons involved.
O quoted-question | sticky: why was there nothing on the vincristine label a tired person would notice before the name?
O policy-subject | The pharmacy practice sent both drugs to the ward together, although the trust policy said they were to be given on different days.
O meta-blameless | "The registrar should have known" - the review found 40 separate system failures, and he met every one of them.
O self-report | I was the nurse who brought the bag up, and I didn't know the two drugs were meant to travel separately.
""",
actions="""
Y Y N PREVENTS | pharmacy | 2001-03-31 | Issue intravenous vincristine only in 50 ml mini-bags so it cannot be given through a spinal needle
Y Y Y PREVENTS | Solenne Mukherji-Bayne | 2001-04-30 | Keep a register of staff authorised to give intrathecal chemotherapy and block pharmacy release to anyone not on it
N N N PARTIAL |  |  | Make sure all staff are aware of the dangers
Y Y N PREVENTS | haematology | 2001-02-28 | Give intrathecal drugs only in a dedicated room where no intravenous drug is kept, checked by a second signature
N Y Y PARTIAL | Gethin | 2001-02-15 | Look at the labels again
Y N N DETECTS | clinical governance |  | Audit every intrathecal administration each month and report any given outside the register
N N N PARTIAL | we |  | Learn from this tragedy
Y Y N PREVENTS | the Department of Health | 2002-12-31 | Fund the design of a spinal connector that will not fit a standard intravenous syringe, with a national switch-over date
N Y N PARTIAL | junior doctors |  | Double-check drug names before administration
Y Y Y PARTIAL | @eszymanowska | 2001-05-31 | Add a bold "for intravenous use only - fatal if given by other routes" line to every vincristine label and record the change in the pharmacy log
N N Y PARTIAL | Ravindra Quillfeather |  | Reflect on the incident
Y Y Y DETECTS | E. Szymanowska | 2001-03-15 | Add a check to the day-unit schedule that flags any patient booked for intravenous and spinal chemotherapy on the same day
""",
ww="""
C | The regional centre's neurosurgeons were operating within two hours of the error being found.
V | Staff were very supportive of each other.
C | The trust published the external review in full, including the 40 failures it listed.
"""))

# 7. Elaine Bromiley, failed airway (report prose)
S.append(dict(url="https://123dok.net/document/qo3kkw7q-learn-live.html",
people=["Hovsep Harrowgate", "Idunn Blackthorpe", "Sefo Lemalu", "Marten Lindqvist-Hale"],
blame="""
B failure-verb | The anaesthetist, Dr Harrowgate, persisted with attempts at intubation and missed the moment to perform a tracheostomy.
B counterfactual | Had the consultants listened to the nurse with the tracheostomy set, the patient would have survived.
B passive-agent | The warnings were ignored by the three consultants in the room.
B competence | A better anaesthetist would have declared a can't-intubate, can't-ventilate emergency within minutes.
B mistake-attribution | The coroner's conclusion rested on the clinicians' failure to follow the guideline for a failed airway.
B rhetorical-question | How could three experienced consultants lose track of time for twenty-five minutes?
B self-blame | Dr Blackthorpe said afterwards that she should have pushed harder for the surgical airway.
B hindsight | It was obvious from the oxygen saturation that intubation was never going to succeed.
O actor-neutral | Dr Harrowgate induced anaesthesia at 08:35 and could not insert the laryngeal mask airway.
O neutral-fact | Her oxygen saturation fell below 40% for about ten minutes while attempts continued.
O system-failure | The theatre had no shared way of declaring a failed airway, so the team never switched from trying to intubate to rescuing the airway.
O system-should | The failed-airway guideline should have been visible in theatre and should have set a limit on the number of intubation attempts.
O credit | Nurse Lemalu fetched a tracheostomy set and booked an intensive care bed as soon as she saw the saturation figures.
O quoted-question | The review asked why a nurse with the right equipment in her hands did not feel able to interrupt the consultants.
O meta-blameless | The review was explicit that it did not seek to blame the consultants; fixation on one task can affect any expert under stress.
O policy-subject | Hospital policy did not require an independent review after an unexpected death in theatre; Mr Lindqvist-Hale had to ask for one.
""",
actions="""
Y Y N PREVENTS | the anaesthetic department | 2005-12-31 | Put a failed-airway algorithm card on every anaesthetic machine and keep a tracheostomy kit within one minute's reach of every theatre
Y Y Y PREVENTS | Idunn Blackthorpe | 2005-10-31 | Add to the theatre checklist a spoken limit of three intubation attempts before a failed airway is declared
N N N PARTIAL | clinical staff |  | Speak up when something is wrong
Y Y N PARTIAL | the hospital | 2006-03-31 | Run a simulated can't-intubate, can't-ventilate scenario with every theatre team and record attendance per person
N Y Y PARTIAL | Sefo Lemalu | 2005-09-30 | Review the theatre nurse role in emergencies
N N N PARTIAL | we |  | Raise awareness of human factors
Y N N DETECTS | theatre management |  | Record every failed airway and the time to the first rescue attempt, and present the times at each monthly audit meeting
Y Y Y PARTIAL | M. Lindqvist-Hale | 2006-06-30 | Publish the independent review and a human factors training film for NHS theatre staff
N Y N PARTIAL | the NHS |  | Adopt aviation-style crew resource management
N N Y PARTIAL | Dr Harrowgate |  | Stay calm in emergencies
Y Y Y DETECTS | @hharrowgate | 2005-11-30 | Add a visible elapsed-time clock started at induction to each anaesthetic monitor screen
Y Y N PREVENTS | the Difficult Airway Society | 2006-12-31 | Publish a national failed-intubation guideline with a fixed attempt limit and a rescue step
""",
ww="""
C | The independent review was completed within months and written so that it could be shared beyond the hospital.
V | The whole team showed real professionalism.
C | The intensive care bed the nurse booked was available when the patient left theatre.
"""))

# 8. Samsung Securities "ghost shares" (internal draft: ops chat, non-native English, manager's email)
S.append(dict(url="http://news.kbs.co.kr/news/view.do?ncd=3646795",
people=["Jiwoo Pyeonhaeng", "Seolhwa Gwangmyeong", "Dohyeon Marrakesh-Yoon", "Chaerin Obuasi"],
blame="""
B failure-verb | jiwoo typed shares in the won field and nobody stop him, 2.8 billion share go into the ESOP accounts
B passive-agent | The dividend batch was approved by Seolhwa without even looking the unit column, she just click approve.
B counterfactual | if team lead Dohyeon block the accounts at 9:35 when first call come, the 16 people can not sell anything
B group-blame | back office people never check anything, they think the system will catch every mistake for them
B sarcasm | congratulation to dividend desk, we create 30 times our own company in one keystroke
B rhetorical-question | how it is possible that approver does not notice one thousand shares per share is crazy number??
B implicit | 09:30 first sell order from ESOP accounts. Dohyeon still in meeting until 10:05.
B sanction | manager email: everyone involved in the input and approval will be moved out of settlement from Monday
O actor-neutral | Jiwoo entered the employee dividend on the afternoon of 5 April using the screen where cash and share menus sit side by side.
O system-failure | The ledger accepted a stock dividend of 2.8 billion shares although the articles of incorporation allow only 120 million to exist.
O system-should | The dividend screen should have rejected any share credit above the number of shares the company has issued.
O credit | @chaerin saw the strange sell volume at 09:39 and phoned risk desk, this is how we find it so early
O quoted-question | manager email: why one approver can release a batch that create more shares than exist in the whole market?
O policy-subject | Our procedure for employee ownership dividends used the same input screen as cash dividends, only one menu choice different.
O meta-blameless | many people in this thread write "Jiwoo mistake" but the screen accept it, approval accept it and the depository accept it
O neutral-fact | The share price fell almost 12% in the morning and it took 37 minutes from recognising the error to the first measure.
""",
actions="""
Y Y N PREVENTS | IT development | 2018-05-31 | Reject any stock dividend batch where total shares credited exceed the issued share count, with a test batch that must fail
Y Y Y PREVENTS | Seolhwa Gwangmyeong | 2018-05-15 | Split cash dividend and stock dividend into two separate screens with a confirmation showing the total in won and in shares
N N N PARTIAL | we |  | Strengthen internal control culture
Y Y Y DETECTS | @dohyeon.my | 2018-04-30 | Alert the risk desk when any employee account sells more than 10,000 shares of the company's own stock in one day
N Y N PARTIAL | back office |  | Be more careful with dividend input
Y N N DETECTS | compliance |  | Reconcile the ledger share total against the depository each morning before market open and log any difference
Y Y N PARTIAL | the brokerage | 2018-06-30 | Write an emergency procedure that freezes all employee accounts within 5 minutes of a wrong credit, and drill it once a quarter
N Y Y PARTIAL | Jiwoo | 2018-04-20 | Review the dividend process
N N N PARTIAL | Korea Exchange |  | Look at the whole trading system for similar loopholes
Y Y Y PARTIAL | C. Obuasi | 2018-07-31 | Require two approvers from different teams for any batch over 1 billion won equivalent, enforced in the workflow tool
N N Y PARTIAL | Dohyeon Marrakesh-Yoon |  | Improve the reaction speed of the team
Y Y N DETECTS | the Financial Supervisory Service | 2018-09-30 | Inspect the share-issuance controls of every securities firm and publish which firms lack a check against issued share count
""",
ww="""
C | The risk desk stopped further sell orders from employee accounts 37 minutes after the error was recognised.
V | The team reacted as one family.
C | The firm bought back or borrowed the shares sold so that every trade settled on time.
"""))

# 9. Mizuho Securities / J-Com order (report prose)
S.append(dict(url="https://mondovisione.com/media-and-resources/news/tokyo-stock-exchange-to-all-investors-and-concerned-parties-concerning-the-stock",
people=["Kazuhiko Tsurumaki", "Aoife Lindenbaum", "Masaaki Ferreirinha", "Hortense Ishikure"],
blame="""
B failure-verb | The trader, Mr Tsurumaki, ignored the price warning on his screen and sent the order.
B human-error | The broker's spokesman described the loss as the result of simple human error.
B passive-agent | The order of 610,000 shares at one yen was entered by a dealer who had swapped the price and quantity fields.
B counterfactual | Had Mr Tsurumaki read the warning instead of clicking through it, there would have been no loss at all.
B group-blame | Dealers at the firm had become so used to warnings that they treated every one as noise.
B mistake-attribution | The exchange's first statement put the failed cancellation down to the dealer, who it said had left the price out of his cancel order.
B competence | Any dealer worth his seat would know that a listed company with 14,500 shares cannot supply 610,000 of them.
B rhetorical-question | What was the supervisor on the desk doing while a sell order forty times the company's share count went through?
O actor-neutral | Mr Tsurumaki tried to cancel the order within minutes, and the cancellation was rejected by the exchange system.
O system-failure | A defect in the exchange's matching system meant cancel orders for a newly listed stock at its lower price limit were not accepted.
O system-should | The order system should have rejected any sell order larger than the issuer's total number of shares outstanding.
O quoted-question | The exchange asked in its statement why a cancellation that was sent correctly could not stop the executions.
O org-subject | The exchange later withdrew its first explanation and accepted that its own system had prevented the cancellation.
O policy-subject | The broker's warning design showed the same pop-up for small price deviations and for orders that could not be filled.
O error-term | The typing mistake took seconds; the hours of losses came from warnings that were routinely dismissed and a cancellation path that did not work.
O credit | Ms Ishikure on the risk desk began buying back shares within the first hour, which capped the short position.
""",
actions="""
Y Y N PREVENTS | the exchange | 2006-03-31 | Fix the matching system so cancel orders are accepted at any price limit state, and add the J-Com case to the regression tests
Y Y N PREVENTS | the broker's IT department | 2006-02-28 | Block any sell order whose quantity exceeds the issuer's shares outstanding before it reaches the exchange
N N N PARTIAL | we |  | Raise awareness of erroneous orders
Y Y Y PREVENTS | Aoife Lindenbaum | 2006-01-31 | Replace the single price warning with two levels, and require a second dealer's login to release any order at the higher level
N Y Y PARTIAL | Masaaki | 2006-01-15 | Talk to the dealers about warnings
Y N N DETECTS | the risk desk |  | Report every dismissed order warning per dealer each week and review the top ten with the desk head
N N N PARTIAL |  |  | Overhaul the rules of the stock market
Y Y Y DETECTS | Hortense Ishikure | 2006-02-15 | Page the risk desk within 60 seconds when a single order exceeds 5% of an issue's outstanding shares
N Y N PARTIAL | dealers |  | Double-check quantity and price before sending
Y Y N PARTIAL | Japan Securities Clearing | 2006-06-30 | Publish a rule for settling trades in a stock whose short position exceeds its shares outstanding, with a cash settlement price formula
N N Y PARTIAL | K. Tsurumaki |  | Take warnings more seriously
Y Y Y PARTIAL | @aoife.l | 2006-04-30 | Make the order entry screen show quantity and price in separate colours with units, and run a usability test with ten dealers
""",
ww="""
C | The risk desk's buy-back in the first hour stopped the short position from growing further.
V | Everybody worked late to sort things out.
C | The exchange published a corrected account of the cancellation failure within days.
"""))

# 10. London Ambulance Service CAD (report prose)
S.append(dict(url="http://www0.cs.ucl.ac.uk/staff/a.finkelstein/las.html",
people=["Gervase Tillingham", "Nanami Achebe-Vance", "Cuthbert Ngatai", "Urve Oyarzun"],
blame="""
B failure-verb | The ambulance crews failed to press the correct status buttons, so the system never knew where its vehicles were.
B passive-agent | The system was switched into full operation by the director, Mr Tillingham, against the advice of his own staff.
B counterfactual | If Ms Achebe-Vance had insisted on a full load test, the collapse on 26 October would have been seen in a rehearsal.
B group-blame | Control room staff were hostile to the new system from the outset and did little to make it work.
B character | The project manager was known for driving deadlines at any cost and brushing aside objections.
B sanction | Every member of the project board should have been dismissed, as the union demanded.
B hindsight | Anyone could see that the lowest tender from a firm with no dispatch experience would end badly.
B role-blame | The supplier's programmers cut corners on the software to meet a deadline they had accepted without question.
O actor-neutral | Mr Ngatai, on the night shift on 4 November, found the system locked up and switched the room to paper tickets.
O system-failure | The dispatch software lost track of vehicles when status messages arrived late, and the exception queue grew until calls scrolled off screen.
O system-should | The system should have been able to fall back to a working backup server, but the backup had never been fully tested.
O org-subject | The service's board accepted a timetable that left no time for parallel running of the old and new systems.
O policy-subject | Procurement rules at the time weighted price so heavily that the cheapest bid won despite doubts about experience.
O neutral-fact | On 26 and 27 October some patients waited hours for an ambulance, and the system was abandoned on 4 November after it slowed and locked up.
O meta-blameless | The inquiry did not accept that the crews were at fault; the terminals and the radio system could not carry the status traffic.
O credit | Ms Oyarzun reorganised the control room into sector desks with paper allocation within two hours of the lock-up.
""",
actions="""
Y Y N PREVENTS | the service | 1993-06-30 | Run any new dispatch system in parallel with the manual system for at least 12 weeks before it takes sole control
Y Y Y PREVENTS | Nanami Achebe-Vance | 1993-04-30 | Load-test the dispatch software at twice peak call volume with real status traffic and publish the pass criteria before go-live
N N N PARTIAL | management |  | Mend relations between the control room and the crews
Y Y N DETECTS | the systems team | 1993-03-31 | Show the length of the exception queue on the control room wall board and alarm above 20 items
N Y Y PARTIAL | Gervase | 1993-03-15 | Look again at the project timetable
N N N PARTIAL | we |  | Move to a more modern way of working
Y Y Y PARTIAL | Cuthbert Ngatai | 1993-05-31 | Write and rehearse a fallback to paper allocation that the control room can switch to within 10 minutes, timed at each rehearsal
Y N N DETECTS | the control room |  | Record every call that waits more than 15 minutes for allocation and review them each morning
N Y N PARTIAL | the supplier |  | Fix the bugs in the software
Y Y Y PREVENTS | @urve.o | 1993-09-30 | Fit vehicle terminals with a single-press status button per job stage and test that 95% of status messages arrive within 30 seconds
N N Y PARTIAL | N. Achebe-Vance |  | Engage the unions more
Y Y N PARTIAL | the regional health authority | 1993-12-31 | Require an independent technical review of any dispatch system procurement before contract signature
""",
ww="""
C | The move back to paper allocation on 4 November restored dispatch within hours.
V | Staff showed great dedication.
C | The inquiry report was published in full within four months.
"""))

# 11. Oscars envelope mix-up, 89th Academy Awards (internal draft: production chat and managers' emails)
S.append(dict(url="https://en.wikipedia.org/wiki/89th_Academy_Awards",
people=["Kyosti Brindlecombe", "Bozhena Ekwueme-Stroud", "Rodel Thiruvengadam", "Maiara Zanzottera"],
blame="""
B failure-verb | kyosti handed over the spare best actress envelope and didn't even glance at the card, that's the whole mess
B timeline-blame | 21:06 kyosti posts a backstage selfie, 21:08 wrong envelope to the presenters
B rhetorical-question | who tweets photos from the wings while holding the only thing that matters that night??
B counterfactual | if Bozhena had stepped out the second the wrong title was read, we'd have fixed it on air in ten seconds not two minutes
B sarcasm | great to know two accountants with identical briefcases can still hand out the wrong one, very reassuring
B passive-agent | The envelope was handed to the presenter by a partner who was on his phone in the wings.
B sanction | email from the network: we do not want either of the envelope partners anywhere near next year's show
B repeat-offender | honestly kyosti was on his phone backstage at rehearsals too, this was always going to happen with him
O actor-neutral | 21:08 Kyosti hands the presenters the envelope from his briefcase on stage left
O system-failure | The new envelope design printed the category in small gold type on red paper, which could not be read under the stage lights.
O system-should | The handover procedure should have had the presenter or the stage manager read the category aloud before walking on.
O credit | huge credit to @rodel, he walked on with the correct card and held it up to camera so there was no doubt
O quoted-question | from the producers' email: why did we keep two full duplicate sets of envelopes live on both sides of the stage with no way to retire used ones?
O policy-subject | The firm's practice was for the partners to hand out envelopes from memory, with no written checklist in the wings.
O meta-blameless | Yes, Kyosti had his phone out, but the design let a used duplicate look exactly like the next winner's envelope.
O agentless-passive | The wrong title was read out and the correct winner was announced about two minutes later.
""",
actions="""
Y Y N PREVENTS | the accounting firm | 2017-12-31 | Remove each category's duplicate envelope from the other briefcase as soon as that award is presented, confirmed by a second partner
Y Y Y PREVENTS | Bozhena Ekwueme-Stroud | 2017-11-30 | Print the category name on both sides of every envelope in 40-point black type, and test readability under show lighting
N N N PARTIAL | we |  | Guarantee a flawless ceremony next year
Y Y N PARTIAL | the Academy | 2018-01-31 | Ban phones and social media for the envelope partners during the ceremony and put the rule in their engagement letter
N Y Y PARTIAL | Rodel | 2017-10-15 | Rethink the envelope handover
Y Y Y DETECTS | @maiara.zanzottera | 2018-02-28 | Give the stage manager a winner list and require them to confirm each announced name within 15 seconds over the talkback
N N N PARTIAL |  |  | Restore viewers' trust in the show
N Y N PARTIAL | production |  | Do more rehearsal
Y Y Y PARTIAL | R. Thiruvengadam | 2018-02-15 | Rehearse a wrong-winner correction in the dress rehearsal, timed from announcement to correction, with a target under 30 seconds
Y N N DETECTS | the show's control room |  | Compare every announced winner against the sealed list shown on a control-room screen at each ceremony
N N Y PARTIAL | Kyosti Brindlecombe |  | Focus on the job at hand
Y Y N PARTIAL | the design agency | 2017-09-30 | Deliver three envelope designs with the category and winner-card colour coded, and have each tested by five presenters
""",
ww="""
C | The correct winner was on stage holding the right card within about two minutes of the wrong announcement.
V | Everyone handled a difficult moment with grace.
C | The accounting firm published an explanation and apology the next morning.
"""))

# 12. Champions League final at the Stade de France (report prose)
S.append(dict(url="https://edition.cnn.com/2023/02/14/football/uefa-responsible-champions-league-final-2022-chaos-spt-intl/index.html",
people=["Tamaz Moutinho-Glass", "Marjolaine Aranyossy", "Levan Okafor-Lyle", "Uxia Rautenstrauch"],
blame="""
B mistake-attribution | The interior ministry said the chaos was caused by tens of thousands of supporters with fake tickets.
B group-blame | Visiting supporters arrived late and in huge numbers, and many of them tried to force their way in.
B failure-verb | The event safety officer, Mr Moutinho-Glass, ignored warnings that the perimeter was overcrowding an hour before kick-off.
B passive-agent | Tear gas was fired into the queues by riot officers who panicked and lost their heads.
B counterfactual | If Ms Aranyossy had opened the outer gates when the crowd built up at the underpass, nobody would have been crushed.
B competence | A competent match commander would have delayed the kick-off long before the crowd became dangerous.
B rhetorical-question | How could the organisers send 20,000 people through a single underpass and call it a plan?
B nobody-blame | Nobody in charge of the event was willing to take responsibility for the queues outside.
O actor-neutral | Mr Okafor-Lyle, as stadium control room manager, requested a delay to the kick-off at 20:52.
O system-failure | The ticket readers rejected many genuine paper tickets, which slowed the turnstiles while the queues grew.
O system-should | The route from the train station should have been designed so that the pre-check and the turnstiles could not both become bottlenecks.
O org-subject | The event owner delegated safety and security without keeping any oversight of how the delegation worked on the day.
O policy-subject | The policing plan treated the visiting supporters as a public-order risk instead of a crowd-safety risk.
O meta-blameless | The panel found no evidence for the claims that supporters were late or carrying fake tickets, and called those claims reprehensible.
O credit | Ms Rautenstrauch's stewards lifted children over the fencing away from the crush at gate Y.
O neutral-fact | Kick-off was delayed by 36 minutes, and the panel described the events as a near miss for mass fatalities.
""",
actions="""
Y Y N PREVENTS | UEFA | 2023-06-30 | Keep a named safety officer in the event control room for every final, with authority to delay kick-off
Y Y N PREVENTS | the stadium operator | 2023-05-31 | Replace the paper tickets with mobile tickets that the turnstiles read in under two seconds, tested at a full-capacity match
N N N PARTIAL | we |  | Put supporters first
Y Y Y DETECTS | Levan Okafor-Lyle | 2023-04-30 | Put crowd-density cameras on every approach route with an alarm above four people per square metre in the control room
N Y N PARTIAL | the police |  | Reconsider the use of tear gas
Y N N DETECTS | the event control room |  | Log the queue length at every turnstile bank every 10 minutes from gates opening until kick-off
N Y Y PARTIAL | Marjolaine Aranyossy | 2023-03-31 | Look at the route from the station
Y Y Y PARTIAL | @uxia.r | 2023-05-15 | Write a crowd-management plan for the final with separate routes from each station, and have it signed off by the supporters' groups
N N N PARTIAL |  |  | Learn from the English experience of football policing
Y Y N PARTIAL | the French Football Federation | 2023-09-30 | Keep CCTV recordings from every stadium event for at least 30 days
N N Y PARTIAL | T. Moutinho-Glass |  | Communicate better with the fans on the day
Y Y N PREVENTS | the organising committee | 2023-08-31 | Move the pre-check perimeter so that no approach route narrows below the width needed for the planned arrival rate
""",
ww="""
C | Stewards and supporters lifted people out of the crush by the fence and nobody died.
V | The spirit of the fans was incredible.
C | The independent review was published in full with 21 recommendations.
"""))

# 13. USS John S. McCain collision (report prose)
S.append(dict(url="https://en.wikipedia.org/wiki/USS_John_S._McCain_and_Alnic_MC_collision",
people=["Odhran Wexcombe", "Ileana Brzostowski", "Kealoha Fenimore", "Dunstan Abarca-Reyes"],
blame="""
B failure-verb | The lee helmsman, Petty Officer Wexcombe, took steering control without telling anyone on the bridge.
B role-blame | The bridge watch team lost its situational awareness and never broadcast that it had lost steering.
B counterfactual | Had the commanding officer kept the ship in the normal steering mode, the transfer could not have happened.
B sanction | The commanding officer and the executive officer deserved to be relieved of duty, and rightly they were.
B human-error | The Navy's first statement attributed the collision mainly to human error by the bridge team.
B group-blame | The crew were simply not proficient enough to handle a warship in the busiest strait in the world.
B hindsight | Putting a tired crew on a touchscreen bridge in a traffic separation scheme was always going to end this way.
B implicit | Petty Officer Wexcombe was at the lee helm. Three minutes later the ship turned into the tanker.
O actor-neutral | The commanding officer ordered the thrust controls split between the helm and the lee helm stations shortly before 05:20.
O system-failure | In backup manual mode the control system let the lee helm take steering without the helm station agreeing to the transfer.
O system-should | The touchscreen console should have shown clearly which station held steering at any moment.
O credit | Seaman Brzostowski closed the watertight doors to the berthing compartments, which limited the flooding.
O quoted-question | The investigators asked why a transfer of steering could be started from the lee helm alone.
O org-subject | The Navy had not given the crew enough training on the integrated bridge system, and its oversight did not catch the gap.
O neutral-fact | Ten sailors died and 48 were injured; the tanker's crew were unhurt.
O system-counterfactual | Had the consoles used physical throttles and a single steering indicator, the helmsman could have seen where control had gone.
""",
actions="""
Y Y N PREVENTS | naval sea systems | 2019-12-31 | Replace touchscreen throttle controls on all destroyers of the class with physical throttles and a single steering indicator
Y Y N PREVENTS | the Navy | 2018-06-30 | Disable unilateral steering transfers in backup manual mode so the receiving station needs the helm to accept
N N N PARTIAL | we |  | Restore a culture of excellence in seamanship
Y Y Y DETECTS | Kealoha Fenimore | 2018-03-31 | Add an audible alarm on the bridge whenever steering control moves between stations
N Y N PARTIAL | surface forces |  | Improve training on the integrated bridge
Y N N DETECTS | fleet training |  | Record each crew's hours on the bridge simulator every month and report ships below the required level
Y Y Y PARTIAL | @dunstan.ar | 2018-04-30 | Require the bridge team to broadcast on the radio within two minutes of any loss of steering in a traffic separation scheme, and drill it each deployment
N N Y PARTIAL | I. Brzostowski |  | Make sure everyone knows the watertight door drills
N Y N PARTIAL | the Seventh Fleet | 2017-12-31 | Review the deployment tempo
Y Y Y PREVENTS | Odhran Wexcombe | 2018-05-31 | Write a bridge standing order that forbids splitting helm and thrust in a traffic separation scheme unless the officer of the deck confirms both stations aloud
N N N PARTIAL |  |  | Fix fatigue across the fleet
Y Y N PARTIAL | the Navy | 2018-09-30 | Limit watchstanders to the circadian watch rotation and audit compliance on every destroyer by the end of the year
""",
ww="""
C | The damage control teams kept the flooding to the berthing and machinery compartments and the ship reached Singapore under its own power.
V | The crew showed tremendous resilience.
C | Singapore's search and rescue coordination had boats and helicopters on scene within an hour.
"""))

# 14. Santiago de Compostela derailment (internal draft: operator safety team chat, non-native English)
S.append(dict(url="https://railwaygazette.com/high-speed/train-driver-and-head-of-safety-convicted-over-santiago-de-compostela-derailment/67017.article",
people=["Xoan Barreiro-Lindahl", "Maitane Ochieng", "Ruperto Quiroga-Veldt", "Anxela Tamminen"],
blame="""
B failure-verb | xoan was talking on the phone 100 seconds and forgot completely the curve, this is the cause, he is the driver
B counterfactual | if Maitane not call the driver for the Pontedeume thing, he brake on time and nothing happen
B passive-agent | The risk of the curve was known and was ignored by Ruperto when he sign the line is ready for service.
B character | ruperto always sign everything what the contractors send him, he never read
B sarcasm | very nice, 191 km/h in a curve of 80 and the guard making phone calls about platforms, bravo
B rhetorical-question | what driver with years on this route does not know where is A Grandeira??
B human-error | official note from direction: the accident is due to human error of the driver, the infrastructure is correct
B group-blame | the drivers of this line always go fast after the tunnel, everybody knows it and nobody say nothing
O actor-neutral | 20:39 Maitane calls the driver on the service phone to ask about stopping at Pontedeume
O system-failure | On this section only ASFA was active and it does not brake a train that passes a speed change at 200 km/h.
O system-should | The line should have had ERTMS or a balise to enforce the drop from 200 to 80 before the curve.
O credit | @anxela from the station ran with the first group of neighbours from Angrois, she organised the first aid before the ambulances come
O quoted-question | from the safety meeting: why we permit a drop from 200 to 80 km/h with only a sign and the memory of the driver?
O policy-subject | The procedure permits the guard to call the driver on the service phone while the train is running.
O meta-blameless | please, not only "driver error" in the report, the contractors already say in 2011 that this curve is a risk without protection
O neutral-fact | The train derailed at 20:41 and 79 people died and more than 140 were injured.
""",
actions="""
Y Y N PREVENTS | Adif | 2013-10-31 | Install balises before the A Grandeira curve that brake any train above 80 km/h automatically, and test with a run at 90 km/h
Y Y Y PREVENTS | Ruperto Quiroga-Veldt | 2013-09-30 | List every point on the network where line speed drops by more than 60 km/h without automatic protection, and send the list to the ministry
N N N PARTIAL | we |  | More safety culture in all the company
Y Y N PREVENTS | Renfe | 2013-08-31 | Forbid calls from the guard to the driver while running, except emergency, and configure the service phones to enforce it
N Y Y PARTIAL | Maitane | 2013-08-15 | Revise the guard procedures
Y N N DETECTS | traffic control |  | Download the speed recorder of each train on the Ourense-Santiago line every week and report any overspeed above 10 km/h
N N N PARTIAL | the ministry |  | Review the safety of the high speed network
Y Y Y DETECTS | @xoan.bl | 2013-11-30 | Add an in-cab warning 2 km before any big speed drop without ERTMS, and log each warning in the train recorder
N Y N PARTIAL | the drivers |  | Respect the speed limits
Y Y Y PARTIAL | A. Tamminen | 2014-01-31 | Put two additional warning signs with the speed number 4 km and 2 km before A Grandeira and check them in the next inspection
N N Y PARTIAL | Xoan Barreiro-Lindahl |  | Pay more attention when driving
Y Y N PARTIAL | the investigation commission | 2014-05-31 | Publish the final report with the full recorder data and the contractors' 2011 risk note
""",
ww="""
C | The neighbours of Angrois were at the train within minutes and took out injured people before the emergency services arrived.
V | The solidarity of everyone was amazing.
C | The hospitals of Santiago activated the emergency plan and received the injured the same night.
"""))

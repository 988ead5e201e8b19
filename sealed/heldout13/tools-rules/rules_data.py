# heldout13 rules data (see ../rules/SOURCES-heldout13.md). All people invented.
S = []

S.append(dict(url="https://www.ofgem.gov.uk/sites/default/files/docs/incident_report_lfdd_-_summary_-_final.pdf",
people=["Alcuinus Thrushwick", "Ogechukwu Ajibodun", "Ingolf Quickenden", "Caoilinn Mulqueen"],
blame="""
B failure-verb | Alcuinus forgot to re-arm the frequency response reserve after the morning trading window, so we were short when the lightning hit.
B passive-agent | The Hornsea protection settings were signed off by Ingolf without anyone modelling a lightning-induced voltage dip.
B human-error | Root cause: human error in the control room during the first 90 seconds.
B counterfactual | Had Ogechukwu held more reserve back that afternoon, a million homes would have kept their lights on.
B sarcasm | Great to see the control room treated a Friday rush hour as the perfect moment for minimum inertia.
B role-blame | The duty engineer at the distribution company reconnected customers on a whim before anyone said he could.
B competence | Frankly the people who set the train protection thresholds do not understand how a grid behaves.
B rhetorical-question | How does a grown-up network operator lose two power stations and act like it's an act of God?
O system-failure | The wind farm's control system reduced output after the voltage dip and did not recover, removing 737 MW in under a second.
O neutral-fact | Low-frequency demand disconnection removed about 1.1 million customers from supply for up to 45 minutes.
O actor-neutral | Caoilinn called the distribution operators at 17:06 to confirm which feeders had been shed.
O system-should | The Class 700 trains should have ridden through a dip to 48.8 Hz instead of locking out and waiting for a technician.
O policy-subject | The security standard only required cover for the single largest loss, not for two near-simultaneous losses.
O meta-blameless | Let's not argue about who was on shift; the reserve rule is the thing that let two trips become a blackout.
O system-counterfactual | If the embedded generators had stayed connected below 49 Hz, the load shedding might not have been triggered at all.
O agentless-passive | Supply was restored to all shed customers by 17:37, but rail services took the rest of the evening to recover.
""",
actions="""
Y Y N PREVENTS | ESO balancing team | 2020-03-31 | Raise the frequency response holding to cover the loss of the two largest infeed sources whenever inertia falls below 140 GVA.s
N Y Y PARTIAL | Alcuinus Thrushwick | 2019-10-01 | Look into the reserve policy
Y Y Y DETECTS | O. Ajibodun | 2019-11-15 | Alarm in the control room when any single generator drops more than 300 MW within 2 seconds of a transmission fault
Y N N PARTIAL | distribution network operators |  | Check every quarter that no feeder serving a hospital or rail traction supply is in the first low-frequency demand block
N N N PARTIAL | we |  | Work more closely with the train operating companies
Y Y N PREVENTS | the train operator fleet team | 2020-01-31 | Change the Class 700 and 717 protection so trains stay available at frequencies down to 48.5 Hz without a technician reset
N Y N PARTIAL | Ofgem liaison | 2019-12-20 | Reassess the embedded generation settings
Y Y Y PREVENTS | iquickenden | 2020-02-28 | Replace the loss-of-mains protection on all embedded generators above 5 MW in the South East with vector-shift-free relays
N N N PARTIAL |  |  | Better resilience at hospitals
Y Y Y DETECTS | Caoilinn Mulqueen (Control) | 2019-09-30 | Publish a feeder-level map of shed customers to the distribution operators within 5 minutes of any demand disconnection
N Y N PARTIAL | everyone | 2019-10-15 | Double-check protection settings after the next lightning season
Y Y N PARTIAL | National Grid ESO | 2019-09-06 | Send the final technical report on the 9 August event to the regulator by 6 September
""",
ww="""
C | Low-frequency demand disconnection operated within a second and stopped the frequency falling below 48.8 Hz.
C | All shed feeders were back in supply 31 minutes after the first trip.
V | Control room staff stayed calm throughout.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2003_Italy_blackout",
people=["Ulderico Fabbrocini", "Reto Zwahlenbach", "Gianmaria Pellerossa", "Irmtraud Kuonrad"],
blame="""
B failure-verb | The Swiss dispatcher neglected to tell Rome how serious the Lukmanier trip really was.
B group-blame | The Italians imported far more than was safe every single night and now they cry about the dark.
B implicit | 03:01 a line trips, 03:11 a phone call, 03:25 the whole country is black, and the man on the phone asked only for 300 megawatt.
B passive-agent | The import reduction was requested by Reto far too softly, like it was a favour and not an emergency.
B nobody-blame | Nobody at GRTN could be bothered to cut pumping load when the first warning came.
B timeline-blame | Twenty-four minutes the operators had, and they spent most of them talking.
B mistake-attribution | The blackout was Ulderico's misjudgement: he assumed the Swiss would fix their own line in time.
B sanction | Those night operators in Rome should never sit at a dispatch desk again.
O system-failure | A tree flashover tripped the Lukmanier line at 03:01 and the load moved onto the San Bernardino line, which overheated.
O neutral-fact | About 56 million people lost power, and parts of southern Italy were without supply until the evening.
O actor-neutral | Irmtraud phoned the Italian operator at 03:11 and asked for imports to be reduced by 300 MW.
O org-subject | The Swiss operator later accepted that its reclosing attempt on the line had failed because of the angle difference.
O policy-subject | The coordination rules between the two operators did not say who had to act first after a cross-border line trip.
O error-term | Some newspapers wrote 'Swiss operator error', but the report describes a load flow that no single phone call could have fixed.
O system-should | The Italian generators should have stayed online through the frequency fall instead of tripping in cascade.
O quoted-question | Why did the interconnection allow night imports so close to the limit of the remaining lines?
""",
actions="""
Y Y N PREVENTS | Swiss transmission operator | 2004-03-31 | Trim vegetation along the Lukmanier and San Bernardino corridors to a 5-metre clearance and re-inspect before each summer
N Y Y PARTIAL | G. Pellerossa | 2003-12-01 | Improve cross-border coordination
Y Y N DETECTS | UCTE working group | 2004-06-30 | Share live flow and angle data on all Italy-Switzerland tie lines between the two control rooms every 10 seconds
N N N PARTIAL | TBD |  | Make night imports safer
Y Y Y PREVENTS | Ulderico Fabbrocini (GRTN) | 2004-04-30 | Add automatic pumping-load shedding of at least 1,000 MW on loss of any northern interconnector
Y N N PARTIAL | the Rome dispatch centre |  | Run a joint blackout-restoration drill with the Swiss operator every six months and log restoration times
N Y N PARTIAL | the regulator | 2004-01-31 | Review the generator frequency settings
Y Y Y PREVENTS | @ikuonrad | 2004-02-15 | Write a cross-border instruction that names which operator sheds load within 5 minutes of a tie-line trip and test it in the simulator
N N Y PARTIAL | Reto Zwahlenbach |  | Keep an eye on the San Bernardino line
Y Y N DETECTS | operations engineering | 2004-05-31 | Alarm both control rooms when any tie line runs above 90% of its thermal rating for more than 3 minutes
N Y N PARTIAL | we | 2004-03-01 | Talk to the Swiss about communication
Y Y Y PARTIAL | Dr. Gianmaria Pellerossa | 2003-11-30 | Publish the restoration sequence used on 28 September with the time each region was re-energised
""",
ww="""
C | The Sardinian grid was islanded and stayed in supply throughout.
C | Northern regions were re-energised within about three hours using hydro black-start units.
V | Cooperation between the countries was excellent afterwards.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/WannaCry_ransomware_attack",
people=["Tangwystl Prothero", "Chidubem Vlietstra", "Eudoxos Pennock", "Eanswythe Dunsmore"],
blame="""
B failure-verb | The trust's IT lead simply ignored the March patch advisory for two months.
B human-error | Trust board minutes: cause of the disruption was human error in patch management.
B character | Tangwystl never takes security warnings seriously, she files them under 'later'.
B counterfactual | If Chidubem had patched the imaging workstations in March, radiology would never have gone down.
B group-blame | Hospital IT departments are basically run by people who think XP is still fine.
B passive-agent | The unsupported machines were kept on the clinical network by Eudoxos against the advice he had been given.
B rhetorical-question | Seriously, who leaves SMB open on an MRI workstation in 2017?
B repeat-offender | This is the third time Eudoxos's team has been told about unpatched kit, and still nothing.
O system-failure | The worm spread through SMBv1 on machines that did not have the MS17-010 update installed.
O neutral-fact | Around 19,000 appointments were cancelled and five A&E departments diverted ambulances.
O actor-neutral | Eanswythe unplugged the pathology network from the trust backbone at 13:40 to stop the spread.
O policy-subject | The department had no agreed plan for who leads a national cyber incident across trusts.
O meta-blameless | Pointing at the IT lead is easy; the real issue is that devices certified as medical equipment could not be patched without the vendor.
O system-counterfactual | Had the medical devices supported automatic updates, most of the affected machines would have been protected.
O credit | Chidubem found the infection path within two hours by reading the firewall logs, which let the other trusts block port 445.
O system-should | The central NHS alerting service should have been able to confirm which trusts had applied the critical patch.
""",
actions="""
Y Y N PREVENTS | NHS Digital | 2017-12-31 | Apply MS17-010 or isolate every Windows host on trust networks and report the remaining count each week until it reaches zero
N N Y PARTIAL | Tangwystl Prothero | | Improve cyber hygiene
Y Y Y DETECTS | C. Vlietstra | 2017-09-30 | Alert the trust security desk when any internal host sends SMB traffic to more than 50 other hosts in 5 minutes
N Y N PARTIAL | trust boards | 2017-10-31 | Take cyber risk more seriously
Y Y Y PREVENTS | epennock | 2017-08-31 | Block inbound TCP 445 at every trust perimeter firewall and attach the rule export to the change ticket
N N N PARTIAL | we |  | Stay on top of patching
Y N N PARTIAL | the national cyber team |  | Run an unannounced ransomware exercise with five trusts each quarter and publish how long isolation took
Y Y Y PREVENTS | Eanswythe Dunsmore (Radiology IT) | 2017-11-30 | Move the 42 imaging workstations onto a separate VLAN with no route to the internet or the admin network
N Y N PARTIAL | the department | 2018-03-31 | Work out the incident command structure
Y Y N PARTIAL | medical device suppliers | 2018-06-30 | Publish a supported-patch date for every device model sold to trusts that still runs Windows XP or Windows 7
N N N PARTIAL |  |  | Communicate better with GPs during outages
Y Y N DETECTS | the trust security team | 2017-07-31 | Subscribe every trust to the CareCERT feed and page the on-call when a critical advisory is 14 days old without an action
""",
ww="""
C | The kill-switch domain being registered on the first afternoon stopped new infections within hours.
C | Pathology kept reporting urgent results by phone from a paper list that had been rehearsed the year before.
V | Everyone pulled together magnificently.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2018_SingHealth_data_breach",
people=["Hwee Ling Tanaborn", "Iskandar Raffeldt", "Sharmishtha Kolhatkar", "Severinus Wendlebury"],
blame="""
B failure-verb | The security incident response manager didn't escalate it for almost four weeks after the queries were spotted.
B competence | These admins couldn't secure a home router, never mind a hospital cluster.
B mistake-attribution | The whole breach comes down to Iskandar's choice of P@ssw0rd for a domain admin account.
B passive-agent | The suspicious queries were seen by Hwee Ling on 11 June and left sitting in her inbox.
B sarcasm | Lovely touch, leaving an unpatched Outlook on the workstation that became the front door.
B counterfactual | None of the 1.5 million records would have gone if Sharmishtha had reported the odd logins when she first saw them.
B role-blame | The Citrix administrator apparently thought monitoring was somebody else's job.
B group-blame | The IHiS staff very careless, they see attack but they just wait wait and do nothing.
O system-failure | The attackers moved from a compromised front-end workstation to the Citrix servers and queried the clinical database.
O neutral-fact | Personal data of about 1.5 million patients and outpatient prescriptions of about 160,000 were taken between 27 June and 4 July.
O actor-neutral | Severinus terminated the suspicious sessions on 4 July and then blocked outbound traffic from the Citrix servers.
O policy-subject | The incident reporting framework did not define what counted as a security incident, so staff were unsure when to escalate.
O org-subject | The commission of inquiry recommended that IHiS separate the clinical database from internet-facing workstations.
O quoted-question | Why could a workstation in a polyclinic reach the production database through the Citrix farm at all?
O self-report | I saw the failed login attempts on 11 June and treated them as a test, because our runbook had no category for them.
O error-term | The report avoids the phrase 'human error'; it lists the weaknesses in the network, the reporting lines and the tooling.
""",
actions="""
Y Y N PREVENTS | IHiS infrastructure | 2018-12-31 | Remove the network route from Citrix servers to the SCM database and allow access only through a jump host with two-factor login
N N Y PARTIAL | Hwee Ling Tanaborn | | Strengthen security culture
Y Y Y DETECTS | I. Raffeldt | 2018-10-31 | Alert the SOC when any account runs more than 500 patient-record queries in an hour
N Y N PARTIAL | the cyber security group | 2018-11-30 | Review incident reporting
Y Y Y PREVENTS | Sharmishtha Kolhatkar (Security) | 2018-09-30 | Reset every domain administrator password and enforce 16-character passphrases through group policy
N N N PARTIAL | TBD |  | Raise staff awareness of phishing
Y N N PARTIAL | the SOC |  | Rehearse escalation of a suspected database intrusion with the CISO every quarter and record time to escalation
Y Y N PREVENTS | clinical systems engineering | 2019-03-31 | Patch Microsoft Outlook on all 1,200 front-end workstations to the current build and remove local admin rights
N Y Y PARTIAL | swendlebury | 2018-12-15 | Take a look at the firewall rules
Y Y N PARTIAL | SingHealth | 2018-07-31 | Send an SMS to every affected patient saying which data fields were taken
N N N DETECTS | we |  | Monitor more closely
Y Y Y DETECTS | Dr. Sharmishtha K. | 2018-11-15 | Add a rule that pages the duty security engineer on any login to the database from a Citrix host outside 07:00-22:00
""",
ww="""
C | Blocking outbound traffic from the Citrix servers on 4 July stopped further exfiltration attempts.
V | The response team did amazing work under a lot of pressure.
C | Patients were told by SMS within three weeks, with a hotline that answered most calls in under two minutes.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2020_Iowa_Democratic_presidential_caucuses",
people=["Quirinus Vorlicek", "Itzayana Olaechea", "Oswin Overbeeke", "Morgaine Stroudley"],
blame="""
B failure-verb | Quirinus shipped the reporting app without ever load-testing the results endpoint.
B sarcasm | Nothing says 'ready for caucus night' like an app installed through a beta-testing side door.
B hindsight | It was obvious to anyone that a brand-new app on caucus night would blow up.
B group-blame | The party's tech people botched the one job they had.
B rhetorical-question | whoever approved this app for 1,700 precincts, did you even open it once?
B passive-agent | The backup hotline was staffed by Itzayana with a handful of volunteers who had never seen the results form.
B counterfactual | If Oswin had trained the precinct chairs, we'd have had results by midnight.
B sanction | fire the app vendor and whoever signed that contract tbh
O system-failure | A coding problem in the app reported only partial data, so the results it sent did not match the precinct worksheets.
O neutral-fact | Results were first released about 21 hours after the caucuses closed and took days to complete.
O actor-neutral | Morgaine noticed at 20:40 that the totals in the dashboard did not add up and paused publication.
O system-should | The results pipeline should have checked that each precinct's delegate counts added up before accepting them.
O policy-subject | The security guidance kept the app unpublished until the last days, which left no time for chairs to practise with it.
O meta-blameless | The volunteers at the precincts did what they were asked; the question is why the backup phone line was the only fallback.
O agentless-passive | The hotline was flooded by calls, some of them from people who had seen the number online.
O quoted-question | What testing at realistic volume was done on the app before 3 February?
""",
actions="""
Y Y N PREVENTS | state party technology | 2020-09-30 | Load-test the results endpoint at 10 times the expected caucus-night submissions and keep the report with the release
N Y Y PARTIAL | Quirinus Vorlicek | 2020-06-30 | Revisit vendor selection
Y Y Y DETECTS | I. Olaechea | 2020-10-31 | Reject any precinct submission whose delegate totals differ from the worksheet photo and flag it on the dashboard
N N N PARTIAL | we |  | Do better next cycle
Y Y N PREVENTS | the volunteer coordination team | 2020-12-01 | Have every precinct chair submit a practice result through the app at least seven days before caucus night
N Y N PARTIAL | the party | 2020-07-31 | Reconsider the caucus format
Y Y Y PREVENTS | @ooverbeeke | 2020-11-15 | Provision the results hotline with 120 lines and an IVR that only accepts callers with a precinct PIN
N N N PARTIAL |  |  | Make the app more user-friendly
Y N N DETECTS | the results desk |  | Compare app totals with phoned-in totals for a random 5% of precincts every hour on results night
N Y Y PARTIAL | mstroudley | 2020-08-31 | Fix the app
Y Y N PARTIAL | the state party | 2020-02-10 | Publish precinct worksheet photos for every precinct so campaigns can check the reported totals
N N N PARTIAL | everyone |  | Be more transparent about results
""",
ww="""
C | Paper worksheets from every precinct meant the results could be rebuilt even after the app data proved unreliable.
V | Volunteers showed real dedication on a hard night.
V | The team worked hard in the following days.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Phoenix_pay_system",
people=["Athelstan Tillinghast", "Thorgunna Marrable", "Fennimore Okoro", "Claudette Brisebois"],
blame="""
B competence | The project executives had no clue what a federal pay run involves.
B failure-verb | Athelstan pushed the go-live through in February and skipped the pilot the vendor recommended.
B implicit | 2,700 experienced compensation advisors laid off, and then a brand-new system turned on with nobody who knew the old rules.
B mistake-attribution | It was Thorgunna's call to decommission the old system before Phoenix had produced one clean pay period.
B group-blame | Miramichi staff just can't keep up, that's why people aren't getting paid.
B passive-agent | The warnings about unfinished features were buried by the deputy minister's office before the launch.
B character | Fennimore is the kind of manager who reports green until the building is on fire.
B human-error | Departments blamed the pay problems on data entry errors by managers in HR.
O system-failure | The system could not process retroactive pay, acting pay and leave changes correctly, so thousands of employees were overpaid or underpaid.
O neutral-fact | More than half of federal public servants had a pay problem at some point after the launch.
O actor-neutral | Claudette built a spreadsheet of the 82,000 outstanding cases so the pay centre could sort them by severity.
O policy-subject | The savings target was booked before the system went live, so the project could not pause without losing its budget.
O org-subject | The auditor general called the project an incomprehensible failure of project management and oversight.
O system-should | Phoenix should have flagged an employee whose pay dropped to zero instead of processing the run silently.
O meta-blameless | Before we talk about who signed off, let's map which checks existed between the vendor's tests and go-live.
O credit | Fennimore's weekly triage call cut the backlog of emergency pay advances by a third in two months.
""",
actions="""
Y Y N PREVENTS | Public Services and Procurement Canada | 2017-09-30 | Run each new pay rule in parallel with manual calculation for two full pay periods and go live only if 99% of cheques match
N N Y PARTIAL | Athelstan Tillinghast | | Fix Phoenix
Y Y Y DETECTS | T. Marrable | 2017-03-31 | Flag every employee whose net pay changes by more than 30% between periods before the pay file is released
N Y N PARTIAL | the pay centre | 2017-06-30 | Improve service standards
Y Y Y PARTIAL | Claudette Brisebois (Pay Centre) | 2016-12-31 | Issue an emergency salary advance within 48 hours to any employee who received no pay in a period
N N N PARTIAL | we |  | Get the backlog down
Y N N PARTIAL | departmental HR |  | Submit acting-pay and leave changes to the pay centre within 5 working days and report late ones monthly
Y Y Y PREVENTS | fokoro | 2017-05-31 | Add the 14 retroactive-pay scenarios from the backlog to the regression suite and block releases that fail any of them
N Y N PARTIAL | IBM | 2017-04-30 | Stabilise the system
N N N PARTIAL |  |  | Hire more compensation advisors
Y Y N PREVENTS | the Treasury Board Secretariat | 2018-06-30 | Require an independent readiness review with a written go or no-go before any government-wide HR system goes live
N Y Y PARTIAL | Thorgunna M. | 2017-02-28 | Look at communications to employees
""",
ww="""
C | The emergency salary advance reached most unpaid employees within two days of a request.
C | A single case tracker with 82,000 entries let the pay centre work on the oldest zero-pay cases first.
V | Staff at the pay centre were very committed.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Schiaparelli_EDM",
people=["Radoslav Lisowski", "Ermelinde Venkatapathy", "Zsombor Orfanidis", "Adalheid Castellucci"],
blame="""
B failure-verb | Radoslav missed the saturation case when he reviewed the IMU persistence time.
B counterfactual | If Ermelinde's team had simulated the parachute jerk properly, the lander would be sitting on Meridiani now.
B competence | Whoever modelled the descent dynamics plainly had never seen a real parachute opening.
B passive-agent | The one-second persistence value was copied in by Zsombor from an older design and never questioned.
B rhetorical-question | How do you fly to Mars and not test what happens when the IMU saturates?
B sarcasm | Great job everyone, we proved we can crash a lander at 540 km/h very precisely.
B role-blame | The GNC lead let a negative altitude through without a single sanity check in the code.
B self-blame | I reviewed that parameter table myself and I should have caught it; this one is on me.
O system-failure | The inertial measurement unit saturated for about one second after the parachute opened, longer than the software expected.
O system-should | The navigation software should have rejected an altitude estimate below zero while the radar still showed kilometres above ground.
O neutral-fact | The lander released its parachute and back shell early, fired its thrusters for about three seconds and fell from roughly 3.7 km.
O actor-neutral | Adalheid replayed the telemetry from the relay orbiter on 20 October and located the moment the altitude estimate jumped.
O system-counterfactual | Had the saturation flag been held for the real duration, the navigation filter would not have integrated the wrong attitude.
O quoted-question | Which test campaign covered the parachute inflation dynamics with a flight-like IMU in the loop?
O meta-blameless | The inquiry findings are about verification gaps, and that is where our actions need to go, not at the reviewers.
O agentless-passive | The telemetry was relayed through the orbiter and recorded in full, so the failure could be reconstructed.
""",
actions="""
Y Y N PREVENTS | the GNC team | 2017-06-30 | Add a check that rejects any altitude estimate below zero when the radar altimeter reports more than 100 m
N Y Y PARTIAL | Radoslav Lisowski | 2017-03-31 | Improve the review process for parameters
Y Y Y PREVENTS | E. Venkatapathy | 2017-09-30 | Re-run the parachute inflation simulation with the measured IMU saturation durations and attach the results to the design review
N N N PARTIAL | we |  | Widen the descent test campaign
Y Y Y DETECTS | @zorfanidis | 2017-05-15 | Log every IMU saturation flag with its duration in the descent telemetry stream
N Y N PARTIAL | the project office | 2017-04-30 | Reassess the verification plan
Y N N PREVENTS | industrial partners |  | Include hardware-in-the-loop tests with flight IMUs for every guidance software release
N N N PARTIAL | TBD |  | Better communication between ESA and industry
Y Y Y PARTIAL | Adalheid Castellucci (Ops) | 2017-01-31 | Publish the full descent telemetry timeline from parachute deployment to last signal
N Y Y PARTIAL | acastellucci | 2017-02-28 | Sort out the persistence parameters
Y Y N PREVENTS | ESA and the prime contractor | 2018-12-31 | Require independent review of every persistence and threshold value in the 2020 lander's on-board software
N N N DETECTS |  |  | Keep a closer watch on sensor data
""",
ww="""
C | The relay orbiter recorded the full descent telemetry, so the cause was found within weeks.
C | The orbiter itself entered Mars orbit as planned on the same day.
V | The inquiry was handled professionally.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Genesis_(spacecraft)",
people=["Horatio Bellwether", "Zhelyana Strathairn", "Lucius Ezeokonkwor", "Eglantyne Drummore"],
blame="""
B failure-verb | Horatio installed the accelerometers exactly as the drawing said and never thought to check it.
B group-blame | Lockheed's design people clearly didn't read their own drawings.
B human-error | The capsule crashed because of a simple human error in the drawing.
B counterfactual | Had Zhelyana insisted on the centrifuge test, the parachutes would have opened over Utah.
B passive-agent | The centrifuge test was dropped by Lucius to save a few weeks on the schedule.
B implicit | The only test that would have caught it was cut for schedule, and the person who cut it got a promotion.
B nobody-blame | Not a single reviewer bothered to compare the switch orientation with the Stardust design.
B sanction | The engineer who drew that switch upside down should be off the programme.
O system-failure | The g-switches were mounted in an orientation that could not sense the capsule's deceleration, so the drogue chute never fired.
O neutral-fact | The capsule hit the Utah desert at about 310 km/h on 8 September 2004 and split open.
O actor-neutral | Eglantyne's recovery team reached the capsule within the hour and bagged the collector fragments for cleaning.
O policy-subject | The design review process accepted a drawing check as verification of the switch orientation instead of a test.
O error-term | Calling it 'human error' ends the inquiry too early; the orientation error passed four reviews designed to catch it.
O system-should | The avionics should have been tested with a real deceleration input before launch.
O credit | Lucius led the clean-room sorting that recovered enough solar wind samples for most science goals.
O org-subject | The mishap board found that the verification plan relied on heritage from Stardust without confirming the heritage applied.
""",
actions="""
Y Y N PREVENTS | the avionics team | 2005-06-30 | Perform a centrifuge or drop test of every deceleration switch assembly in flight orientation before integration
N Y Y PARTIAL | Horatio Bellwether | 2005-03-31 | Review the drawings again
Y Y Y PREVENTS | Z. Strathairn | 2005-05-31 | Add a check to the drawing release checklist that compares sensor orientation arrows with the flight axis and requires a second signature
N N N PARTIAL | we |  | Stop relying on heritage so much
Y N N PARTIAL | mission assurance |  | Record for each heritage component which tests were re-run for the new mission and which were waived, and review the waivers quarterly
N Y N PARTIAL | JPL and Lockheed Martin | 2005-01-31 | Strengthen the partnership
Y Y Y PARTIAL | lezeokonkwor | 2004-12-15 | Document the contamination of each collector fragment so science teams can choose usable samples
N N N PARTIAL |  |  | Be more careful with schedule cuts
Y Y N PREVENTS | NASA programme office | 2005-09-30 | Forbid deleting a verification test after CDR unless the mishap-prevention board signs a written waiver
N Y Y PARTIAL | Eglantyne Drummore (Recovery) | 2005-02-28 | Think about backup recovery options
Y Y N DETECTS | test engineering | 2005-04-30 | Add a telemetry point that reports the g-switch state during entry so a failure is visible in real time
N N Y PARTIAL | E. Drummore |  | Keep the recovery team trained
""",
ww="""
C | Pre-planned clean-room procedures let the team recover usable samples from the broken canister.
V | The recovery crew handled a tough day really well.
C | The mishap board published its preliminary finding in about five weeks.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Log4Shell",
people=["Fulgentius Cloudesley", "Clotilde Mbeki-Hart", "Ekowdzi Smedjebacka", "Yaretzi Vantongeren"],
blame="""
B failure-verb | fulgentius ignored the first Log4j alert friday night and went to bed
B nobody-blame | nobody in platform bothered to keep a list of which services bundle log4j
B passive-agent | The 2.15 upgrade was rolled out by Clotilde without checking that the shaded copies were replaced too.
B sarcasm | lol at security telling us to 'just upgrade log4j' like we know where it is
B role-blame | The on-call over the weekend did the bare minimum and left half the estate unpatched.
B repeat-offender | Same as last year's Struts scare, Ekowdzi's team sits on a critical CVE until someone shouts.
B competence | Anyone half competent would have known JNDI lookups were a terrible idea to leave on.
B counterfactual | If the vendor manager had chased our suppliers on Monday we wouldn't still be exposed on Thursday.
O system-failure | The logging library resolved JNDI lookups inside logged strings, so a crafted user-agent could load remote code.
O neutral-fact | The vulnerability was published on 9 December 2021, and fixes 2.15, 2.16 and 2.17 followed within ten days.
O actor-neutral | Yaretzi added a WAF rule for '${jndi:' patterns at 02:15 on Saturday while the scans were running.
O policy-subject | Our dependency policy never required an inventory of transitive libraries, so we had to grep jar files by hand.
O self-report | I upgraded the payment service to 2.15 on Friday and only learned on Tuesday that 2.16 was needed as well.
O meta-blameless | Nobody here could have known where every log4j copy lived; we lacked a bill of materials, not diligence.
O system-should | The build should have failed for any artefact that bundles a log4j-core version below 2.17.
O quoted-question | How many of our third-party appliances embed Java, and how do we ask their vendors quickly?
""",
actions="""
Y Y N PREVENTS | the build platform team | 2022-01-31 | Fail every CI build that packages log4j-core below 2.17.1, including shaded and nested jars
N N Y PARTIAL | Fulgentius Cloudesley |  | Improve our vulnerability response
Y Y Y DETECTS | C. Mbeki-Hart | 2022-02-28 | Generate a CycloneDX SBOM for every deployed service on each release and store it in the artefact registry
N Y N PARTIAL | security | 2022-03-31 | Audit all Java services
Y Y Y PREVENTS | @esmedjebacka | 2021-12-20 | Set LOG4J_FORMAT_MSG_NO_LOOKUPS=true on every JVM host until the upgrade is confirmed and attach the host list
N N N PARTIAL | we |  | Get quicker at emergency patching
Y N N DETECTS | the SOC |  | Review outbound LDAP and RMI connections from production every day and open a ticket for each new destination
Y Y N PARTIAL | vendor management | 2022-01-15 | Obtain a written Log4Shell statement from each of the 63 suppliers with software in production
N Y Y PARTIAL | yvantongeren | 2022-01-31 | Look into a better WAF
N N N PARTIAL |  |  | More security training
Y Y Y DETECTS | Yaretzi Vantongeren (SecOps) | 2022-02-15 | Alert when a request header containing '${jndi:' reaches any application log
N Y N PARTIAL | platform leadership | 2022-04-30 | Revisit the weekend on-call model
""",
ww="""
C | The WAF rule was live on all edge nodes within six hours of the advisory.
C | A shared spreadsheet of 212 services, each with an owner and a patch status, let us finish in four days.
V | Fantastic spirit across all the squads during those nights.
"""))

S.append(dict(url="https://m.signalvnoise.com/postmortem-on-the-read-only-outage-of-basecamp-on-november-9th-2018/",
people=["Koorine Trevisquite", "Minette Ravensworth", "Ermenegildo Eberhardt", "Aurelie Strangways"],
blame="""
B failure-verb | Koorine saw the events table at 2.1 billion last week and didn't bother to bump the migration up the queue.
B timeline-blame | We had days of warning and the ops folks still let the counter run out on a Thursday morning.
B passive-agent | The bigint migration was parked by Minette behind a feature release.
B character | ermenegildo is always 'we have plenty of headroom' until we don't
B counterfactual | if minette had just run the migration on the weekend we'd never have gone read-only
B self-blame | Honestly I messed this one up: I did the headroom maths and I got it badly wrong.
B rhetorical-question | who sets up a table that logs every click with a 32-bit id??
B hindsight | Any decent DBA would have spotted that integer column years ago.
O system-failure | The events table's primary key reached 2,147,483,647, so every write that logged an event failed.
O neutral-fact | Basecamp 3 stayed read-only for almost five hours, from 7:21 to 12:11 Central time.
O actor-neutral | Aurelie ran the column migration on a staging copy first to confirm it was safe on the live database.
O system-should | The schema check should have warned when any integer key passed 80% of its maximum.
O policy-subject | Our framework default changed to bigint keys in 2017, but our upgrade checklist never covered existing tables.
O agentless-passive | Incoming emails were queued during the outage and processed after writes resumed.
O credit | Ermenegildo found the browser autosave data for users whose posts failed and restored them by hand.
O system-counterfactual | Had the monitoring tracked key headroom per table, the alert would have fired weeks earlier.
""",
actions="""
Y Y N PREVENTS | the ops team | 2018-11-30 | Convert every remaining integer primary and foreign key in the Basecamp 3 database to bigint
N Y Y PARTIAL | Koorine Trevisquite | 2018-12-15 | Be more proactive about database limits
Y Y Y DETECTS | M. Ravensworth | 2018-11-23 | Page the on-call when any table's id sequence passes 75% of its column maximum
N N N PARTIAL | we |  | Never let this happen again
Y Y Y PREVENTS | astrangways | 2018-12-31 | Add a CI check that fails any new migration creating an integer primary key column
N N N PARTIAL | TBD |  | Plan capacity better
Y N N DETECTS | database engineering |  | Publish a weekly report of the ten columns closest to their type limit with their projected exhaustion date
N Y N PARTIAL | engineering management | 2019-01-31 | Rethink how migrations are prioritised
Y Y Y PARTIAL | Ermenegildo Eberhardt (Support) | 2018-11-16 | Email every account that hit a write error during the outage with instructions to recover autosaved drafts
N N Y PARTIAL | aurelie.s |  | Keep an eye on table sizes
Y Y N PREVENTS | the Rails upgrade group | 2019-02-28 | Add a step to the framework upgrade checklist that lists changed schema defaults and the existing tables they affect
N Y N DETECTS | SRE | 2018-12-31 | Improve database monitoring
""",
ww="""
C | Browser autosave kept users' unsent posts, and support restored them on request.
C | The read-only mode let customers keep reading every project during the outage.
V | Kudos to the crew, top effort all round.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/June_2009_Washington_Metro_train_collision",
people=["Demetrius Pellingworth", "Fionnuala Brackwater", "Bohuslav Nyambura", "Gudrid Sallowfield"],
blame="""
B failure-verb | The signal maintainers failed to test the replaced track circuit module for parasitic oscillation.
B group-blame | Metro's safety department had been asleep at the wheel for years.
B passive-agent | The track circuit alarms were dismissed by Demetrius as the usual false positives.
B counterfactual | If Fionnuala had replaced the 1000-series cars like the board was told, fewer people would have died.
B implicit | Nine people dead, and the maintenance logs show the circuit had been losing trains since the module swap.
B competence | These maintenance crews wouldn't know a faulty impedance bond if it bit them.
B sanction | Heads have to roll in the signals division after this.
B role-blame | The operations control centre supervisor watched the alarm screen and did nothing about the ghost train.
O system-failure | Track circuit B2-304 stopped detecting the stopped train, so the automatic train control gave the following train full speed.
O neutral-fact | The collision near Fort Totten on 22 June 2009 killed nine people and injured about 80.
O actor-neutral | Bohuslav applied the emergency brake about 300 feet before the stopped train came into view.
O policy-subject | The agency's procedures did not require a test for loss-of-shunt after a track circuit module was replaced.
O org-subject | The safety board said the transit agency lacked a safety culture and that its oversight body had no enforcement power.
O system-should | The signalling should have treated a sudden loss of occupancy in the middle of a block as a fault, not as a clear track.
O meta-blameless | The train operator did what the system told her; the investigation has to be about why the system said the track was clear.
O error-term | 'Operator error' was ruled out early: the train was in automatic mode and the brake was applied as soon as the train ahead was visible.
""",
actions="""
Y Y N PREVENTS | WMATA signals engineering | 2009-12-31 | Replace all GRS track circuit modules of the type installed at B2-304 and test every circuit for loss of shunt after installation
N Y Y PARTIAL | Demetrius Pellingworth | 2009-09-30 | Improve track circuit maintenance
Y N N DETECTS | the operations control centre |  | Run the loss-of-shunt detection software every night over all track circuits and investigate each hit the next morning
N N N PARTIAL | we |  | Put safety first
Y Y Y DETECTS | F. Brackwater | 2009-10-31 | Alarm the control centre when any occupied track circuit reports clear while the adjacent circuits stay occupied
N Y N PARTIAL | the board of directors | 2010-06-30 | Consider the future of the 1000-series fleet
Y Y N PREVENTS | WMATA | 2014-12-31 | Retire all 1000-series railcars from passenger service
N N N PARTIAL |  |  | Build a stronger culture of safety at the agency
Y Y Y PARTIAL | @bnyambura | 2009-08-15 | Operate all Red Line trains in manual mode until every track circuit on the line has passed the loss-of-shunt test
N Y N PARTIAL | the Tri-State Oversight Committee | 2010-03-31 | Look at oversight powers
Y Y Y PREVENTS | Gudrid Sallowfield (Safety) | 2010-01-31 | Add a loss-of-shunt test step with a signed record to the track circuit replacement procedure
N N Y PARTIAL | gsallowfield |  | Follow up with the NTSB
""",
ww="""
C | Running trains in manual mode on the Red Line from the next day removed the dependence on the suspect circuits.
C | Hospitals near Fort Totten received patients within 45 minutes thanks to the mass-casualty plan.
V | First responders were heroic.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Heathrow_Terminal_5",
people=["Crispinian Quayle", "Hildegunde Osterhagen", "Thaddeo Gualtierotti", "Grainne Wolstenholme"],
blame="""
B failure-verb | Crispinian forgot to take the test filters out of the baggage software before opening day.
B competence | The people who ran the T5 trials couldn't organise a car boot sale.
B sarcasm | Brilliant opening, chaps: a new terminal, 28,000 stranded bags and a car park nobody could find.
B passive-agent | The staff familiarisation sessions were cut short by Hildegunde so the opening date would hold.
B group-blame | Baggage handlers turned up late and then couldn't work the system, simple as that.
B rhetorical-question | Why on earth did management open a terminal with half-trained staff?
B counterfactual | If Thaddeo had kept the trial running another month, none of those flights would have been cancelled.
B mistake-attribution | Opening on that date was Grainne's decision and it was the wrong one.
O system-failure | The baggage system rejected bags because a software filter left over from testing blocked messages about bags it did not expect.
O neutral-fact | Over the first ten days about 500 flights were cancelled and around 42,000 bags failed to travel with their owners.
O actor-neutral | Thaddeo switched the baggage system to a limited mode at 16:00 so the belts could clear the backlog.
O policy-subject | The opening plan moved every airline operation in one night, with no phased transfer of flights.
O quoted-question | What did the trials test about staff arriving through unfamiliar security and car parks on day one?
O system-should | The reconciliation system should have reported bags that missed their flight to the handling agents straight away.
O meta-blameless | Naming the baggage handlers hides the fact that parking, security and the baggage system all changed on the same night.
O agentless-passive | Bags that missed flights were trucked to a sorting centre in Italy and returned over the following weeks.
""",
actions="""
Y Y N PREVENTS | the baggage systems team | 2008-04-15 | Remove all test-mode message filters from the baggage control software and confirm with a full-volume trial of 2,000 bags an hour
N Y Y PARTIAL | Crispinian Quayle | 2008-05-31 | Review the trial programme
Y Y Y PREVENTS | H. Osterhagen | 2008-04-30 | Move long-haul flights into the terminal only after short-haul flights have run for 14 days without baggage rejections above 1%
N N N PARTIAL | we |  | Look after the customers better
Y N N DETECTS | the airport operations centre |  | Report every hour the count of bags held in the rejection area and page the duty manager above 500
N Y N PARTIAL | BA and BAA | 2008-06-30 | Improve the relationship
Y Y Y PREVENTS | @tgualtierotti | 2008-04-10 | Issue every handler a pass that works at the staff car park and the staff security lane before their first shift and check a sample of 50
N N N PARTIAL | TBD |  | Better training for staff
Y Y N PARTIAL | British Airways | 2008-05-15 | Reunite every delayed bag with its owner and report the outstanding count each day until it is zero
N Y Y PARTIAL | gwolstenholme | 2008-04-30 | Sort out the car parks
Y Y Y DETECTS | Grainne Wolstenholme (Ops) | 2008-04-20 | Add a dashboard alarm when the baggage system's message rejection rate exceeds 2% for 5 minutes
N N N PARTIAL |  |  | Manage expectations about new openings
""",
ww="""
C | The limited mode cleared the belts within the evening, and the terminal ran most short-haul departures the next morning.
V | The terminal building itself got lots of compliments.
V | Customer service staff did their best in very difficult circumstances.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/2012_India_blackouts",
people=["Raghavendra Pattabhiraman", "Zubaida Qureshi-Lamont", "Vikramaditya Sen-Holloway", "Meenakshi Arulselvan"],
blame="""
B group-blame | The northern states overdrew power again and again, they are the real culprits.
B failure-verb | Raghavendra did not obey the load dispatch instruction to cut drawal at 01:00.
B sanction | The state dispatch officers who ignored the frequency warnings must be suspended.
B implicit | Instructions were sent five times that night, and the drawal stayed the same each time.
B passive-agent | The Bina-Gwalior line outage was approved by Zubaida without any study of the remaining corridor.
B counterfactual | If Vikramaditya had shed load in Uttar Pradesh when asked, the grid would have survived.
B role-blame | The regional shift in-charge just watched the flows climb and waited for someone else to act.
B repeat-offender | Again and again the same utilities overdraw and again nobody learns.
O system-failure | With several 400 kV lines out, the Bina-Gwalior line tripped on overload and the northern grid separated from the rest.
O neutral-fact | The second failure on 31 July left more than 600 million people without power across 22 states.
O actor-neutral | Meenakshi restarted the hydro units in the north at 03:00 to begin black-start.
O policy-subject | The frequency band allowed utilities to overdraw cheaply when frequency was low, so the penalty did not stop the drawals.
O org-subject | The enquiry committee recommended that the regulator enforce the grid code and give load dispatch centres real authority.
O system-should | The protection relays should have distinguished a power swing from a fault instead of tripping the parallel lines.
O system-counterfactual | Had automatic under-frequency load shedding worked at the set frequencies, the collapse might have been limited.
O self-report | I issued the third overdrawal message at 01:40 and did not know the Gwalior line was already at its limit.
""",
actions="""
Y Y N PREVENTS | Power System Operation Corporation | 2012-12-31 | Install automatic under-frequency load shedding in every northern state and verify each relay operates at 48.8 Hz in a field test
N Y Y PARTIAL | Raghavendra Pattabhiraman | 2012-10-31 | Improve grid discipline
Y Y Y DETECTS | Z. Qureshi-Lamont | 2012-11-30 | Alarm the regional dispatch centre when flow on any 400 kV corridor line exceeds 90% of its rating for 5 minutes
N N N PARTIAL | we |  | Enforce the grid code
Y N N PARTIAL | state load dispatch centres |  | Report every overdrawal above 100 MW with the action taken within 15 minutes, and publish the log monthly
N Y N PARTIAL | the regulator | 2013-03-31 | Reconsider the penalty mechanism
Y Y Y PREVENTS | @vsenholloway | 2013-01-31 | Require a contingency study with the remaining corridor lines before any planned 400 kV outage is approved
N N N PARTIAL |  |  | Build more transmission
Y Y N PREVENTS | the protection committee | 2013-06-30 | Reset the distance relays on the western-northern corridor with power-swing blocking and test them in a simulator
N Y Y PARTIAL | marulselvan | 2012-09-30 | Prepare a black-start plan
Y Y Y PARTIAL | Meenakshi Arulselvan (NRLDC) | 2012-08-15 | Publish the restoration times of every state on 30 and 31 July
N N N PARTIAL | TBD |  | Make the states more responsible
""",
ww="""
C | Railway traction supply was restored first, within about four hours on 31 July.
C | Hydro black-start units brought the northern region back without external help.
V | The dispatchers were tireless.
"""))

S.append(dict(url="https://en.wikipedia.org/wiki/Hitomi_(satellite)",
people=["Kenshiro Alvarenga", "Noriko Featherstonhaugh", "Tancred Ishiguro-Bell", "Yumeko Fairbairn"],
blame="""
B failure-verb | Kenshiro uploaded the thruster parameters without running them through the simulator first.
B passive-agent | The wrong parameter set was approved by Noriko in a five-minute check.
B competence | The operations team couldn't tell a sign error from a typo.
B human-error | The loss of the satellite was caused by operator error during the parameter upload.
B counterfactual | If Tancred had checked the star tracker logs, we would have seen the spin before the thrusters fired.
B rhetorical-question | Who uploads untested parameters to a satellite worth 300 million dollars?
B character | Yumeko always trusts her own numbers more than the checklist.
B sarcasm | What a result: years of design work destroyed by one spreadsheet in one week.
O system-failure | The attitude control system trusted a faulty gyro bias after a star tracker dropout and commanded a rotation the satellite was not making.
O neutral-fact | The satellite broke into several pieces on 26 March 2016, five weeks after launch.
O actor-neutral | Tancred noticed the unexpected spin rate in the downlink on 26 March and called the project manager.
O policy-subject | The procedure allowed a parameter change after the optical bench deployment without a full simulation of the new values.
O system-should | The safe-hold mode should have used the sun sensor instead of firing thrusters with the new parameters.
O meta-blameless | We will not name the uploader in the report; what matters is that the upload procedure had no independent check.
O org-subject | JAXA reported that the project did not review the thruster parameters before they were uploaded.
O quoted-question | How could the safe mode command a thruster firing that made the spin faster?
""",
actions="""
Y Y N PREVENTS | the attitude control team | 2016-09-30 | Run every thruster parameter change through the flight simulator and attach the simulated attitude trace to the upload request
N Y Y PARTIAL | Kenshiro Alvarenga | 2016-07-31 | Tighten the procedure
Y Y Y PREVENTS | N. Featherstonhaugh | 2016-08-31 | Require a second engineer's signature on every command sequence that changes thruster or gyro parameters
N N N PARTIAL | we |  | Improve the quality of operations
Y Y N DETECTS | ground operations | 2016-10-31 | Alarm the ground station when the measured spin rate and the attitude control estimate differ by more than 0.1 degrees per second
N Y N PARTIAL | JAXA and NASA | 2016-12-31 | Strengthen project management
Y N N PARTIAL | mission operations |  | Hold a review of all planned parameter changes every Monday with the spacecraft manufacturer present
N Y Y PARTIAL | tishiguro | 2016-06-30 | Look at the safe-hold logic
Y Y Y PREVENTS | Yumeko Fairbairn (AOCS) | 2016-11-30 | Change the safe-hold mode so it uses the sun sensor and reaction wheels before any thruster firing
N N N PARTIAL |  |  | Learn from Hitomi
Y Y N PARTIAL | the replacement mission team | 2017-03-31 | Write the XRISM operations handbook with a section for every parameter that changed between ground test and orbit
N N N DETECTS | TBD |  | Watch the telemetry more carefully
""",
ww="""
C | The team kept telemetry logs from every pass, which let the spin be reconstructed within days.
C | The soft X-ray spectrometer returned its Perseus cluster data before the loss.
V | Everyone was very motivated.
"""))

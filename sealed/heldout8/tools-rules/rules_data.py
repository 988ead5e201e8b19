"""Eighth held-out language set (issue 16). All people invented; facts paraphrased from the source URL.
Blame lines: "B kind | sentence" (BLAME) or "O kind | sentence" (OK).
Action lines: "testable bounded owner_is_person recurrence | owner | due | summary".
Went-well lines: "C | ..." (CONCRETE) or "V | ..." (VAGUE)."""
S = []

S.append(dict(
    url="https://law360.ca/ca/articles/1804075",
    people=["Ysolde Farquharson", "Tadeusz Wrzesniewski", "Maribel Quisbert", "Keoni Kahaleua"],
    blame="""
B failure-verb | Tadeusz never bothered to compare the bot's answer about retroactive bereavement refunds with the tariff page it linked to.
B passive-agent | The 90-day retroactive claim wording was approved for the assistant's answer set by Ysolde without a single policy reviewer on the thread.
B counterfactual | Had Maribel read the transcripts from November like she was asked to, the tribunal would never have seen this screenshot.
B competence | Only a content team with no grasp of how refund rules work could let a chatbot invent a 90-day window.
B human-error | Per the legal memo, the root cause of the Moffatt refund dispute was human error by the agent who configured the bereavement answers.
B sarcasm | Lovely work by Keoni's bot team: our chatbot is now apparently its own legal person, according to our own lawyers.
B rhetorical-question | Why did nobody on Ysolde's team ask what a grieving customer would do with an answer like that?
B sanction | Tadeusz is being taken off the virtual assistant programme until the tribunal fallout settles down.
O system-failure | The assistant told the customer he could apply for the bereavement rate within 90 days of the ticket date, which the tariff did not allow.
O actor-neutral | Maribel pulled the full chat transcript from the assistant logs on 2023-03-02 and attached it to the claim file.
O policy-subject | The bereavement policy page, as Keoni noted in the review, says claims cannot be made after travel is completed.
O org-subject | The Civil Resolution Tribunal found the airline responsible for everything on its website, whether it came from a static page or the chatbot.
O system-should | The answer generator should have quoted the policy page verbatim instead of paraphrasing the refund rule.
O meta-blameless | Arguing that the bot is "a separate legal entity" explains nothing about why two sources on our own site disagreed.
O neutral-fact | The customer paid $794.98 outbound and $845.38 return and claimed the $880 difference from the bereavement fare.
O quoted-question | What check would have shown that the chatbot's refund wording and the bereavement page said different things?
""",
    actions="""
Y Y Y PREVENTS | Ysolde Farquharson | 2024-04-15 | Restrict the assistant's fare and refund answers to passages retrieved from the published tariff and block any reply that contains a time window not present in it
Y N Y DETECTS | Maribel Quisbert | 2024-03-29 | Sample 200 refund-related chatbot transcripts per week and report the share whose policy statement contradicts the linked page, with a 1% alarm threshold
Y Y N PARTIAL | Digital customer care | 2024-05-01 | Honour in writing any fare or refund promise made by the chatbot within the last 12 months and publish the procedure on the help page
N N N PARTIAL | we | | Make the chatbot more accurate
N Y Y PARTIAL | Keoni Kahaleua | 2024-04-30 | Review the bereavement answers in the assistant
Y Y Y PREVENTS | Tadeusz Wrzesniewski | 2024-06-01 | Diff every assistant answer template against the tariff text on each tariff change and fail the publish job on any mismatch in amounts, dates or deadlines
N N N DETECTS | Legal | | Keep an eye on chatbot liability rulings
Y Y N PARTIAL | Web content team | 2024-04-12 | Put the sentence "refunds cannot be requested after travel" in the first line of the bereavement page and in the chatbot answer that links to it
N N N PARTIAL | everyone | | Be more careful with what the bot says about money
Y N Y DETECTS | Ysolde Farquharson | | Route every chatbot conversation that mentions death, funeral or bereavement to a human agent within 5 minutes and log the hand-off time
N Y N PARTIAL |  | 2024-05-15 | Evaluate whether a chatbot is appropriate for refund questions
N Y Y PARTIAL | Keoni Kahaleua | 2024-06-30 | Align the chatbot and the website content going forward
""",
    ww="""
C | Maribel had the complete transcript, including the hyperlink the bot showed, within an hour of the claim arriving, so the facts were never in dispute.
V | Legal was very responsive throughout.
C | The help-centre team rewrote the bereavement page in two days and the chatbot now links to the exact paragraph.
"""))

S.append(dict(
    url="https://redmondmag.com/articles/2022/01/03/microsoft-issues-script-for-y2k22-bug.aspx",
    people=["Oluwaseyi Adebanjo", "Grzesiek Pietrasik", "Annelore Vossberg", "Hamnet Drummond-Kerr"],
    blame="""
B failure-verb | Grzesiek ignored the transport queue alert at 00:20 on New Year's Day because he was "off until the 3rd".
B self-blame | i should have spotted that the FIP-FS engine was crashing before i went to bed, that one is on me honestly.
B counterfactual | If Annelore had not pushed the antimalware update on the 31st, we would have had a quiet New Year like everyone else.
B group-blame | The messaging team treats every holiday as a holiday from their pager, and this is what it gets us.
B timeline-blame | 01:10 - Hamnet sees the 0x80004005 errors and goes back to sleep; mail keeps piling up for 9 more hours.
B implicit | 4,800 emails stuck in the queue over New Year and we all know who was on call 🙃
B mistake-attribution | Oluwaseyi made a mistake by running the reset script on only one of the three mailbox servers.
B character | Hamnet is just too lazy to read event logs unless the CEO's mail stops.
O system-failure | The scan engine could not convert the version "2201010001" to a signed 32-bit long, crashed, and transport stopped delivering mail.
O actor-neutral | Oluwaseyi ran Reset-ScanEngineVersion.ps1 on MBX01 at 10:40 and the queue started draining at 10:52.
O system-should | The transport service should have failed open with a warning when the malware engine did not load, not held every message.
O error-term | Event 5300 says "The FIP-FS Microsoft Scan Engine failed to load", which is the first error in the timeline.
O neutral-fact | Grzesiek paged Annelore at 09:15, and Hamnet joined the call at 09:30 with the vendor advisory open.
O self-report | I was on call that night; my phone got a disk-space alert at 02:10 but nothing about the queues, because no queue alert existed.
O org-subject | Microsoft published the fix script on 1 January and said the problem was a date check, not a security issue.
O system-counterfactual | If the queue-length monitor had paged on messages older than 30 minutes, Grzesiek would have been woken at 00:30 instead of finding it at 09:00.
""",
    actions="""
Y Y Y DETECTS | Grzesiek Pietrasik | 2022-01-21 | Page the messaging on-call when any transport queue holds more than 500 messages or any message older than 30 minutes
Y Y Y PREVENTS | Oluwaseyi Adebanjo | 2022-01-14 | Run Reset-ScanEngineVersion.ps1 on all three mailbox servers and confirm Get-EngineUpdateInformation reports 2112330001 on each
Y Y N PARTIAL | Messaging team | 2022-02-01 | Route inbound mail through the cloud hygiene service so malware scanning on the on-prem servers can be bypassed within 10 minutes
N N N DETECTS | we | | Monitor Exchange better over the holidays
Y Y Y PARTIAL | Annelore Vossberg | 2022-01-31 | Hold antimalware engine updates for 24 hours in a staging server and promote them only if transport stays healthy
N Y Y PARTIAL | Hamnet Drummond-Kerr | 2022-01-20 | Double-check the Exchange servers before each holiday
Y N N DETECTS | Service desk | | Add a check of the Windows Application log for FIP-FS event 5300 to the daily health report and open a P2 ticket on any hit
N N N PARTIAL | IT | | Reduce dependency on Microsoft
Y Y Y PREVENTS | Oluwaseyi Adebanjo | 2022-03-31 | Retire the last two on-prem mailbox servers and move the 1,900 remaining mailboxes to Exchange Online
N Y N DETECTS |  | | Investigate the date issue
Y Y Y DETECTS | Grzesiek Pietrasik | 2022-02-15 | Staff a named holiday on-call rota for messaging from 24 December to 2 January and test the pager route on 23 December
N N N DETECTS | Messaging team | | Stay on top of vendor advisories for on-prem mail
""",
    ww="""
V | The team pulled together on New Year's Day.
C | The vendor's script ran in under four minutes per server, and the 4,800 queued messages were delivered by 11:30 without loss.
C | Annelore kept a running note in the ticket with every command and its output, so the second and third servers took ten minutes each.
"""))

S.append(dict(
    url="https://www.powerengineeringint.com/world-regions/north-america/blackout-fallout/",
    people=["Ebenezer Szczepanik", "Imelda Castelblanco", "Ruprecht Engelhardt", "Wanjiru Kamau"],
    blame="""
B failure-verb | The operators on the Akron desk missed three line trips in a row because they simply stopped looking at the one-line display.
B role-blame | The shift supervisor did not call the reliability coordinator even once between 14:14 and 15:45.
B passive-agent | The calls from the neighbouring utility were dismissed by Ruprecht as a data problem on their end.
B human-error | The interim report summed it up for the newspapers: operator error in an Ohio control room turned the lights off for 50 million people.
B competence | A competent system operator would have noticed that the alarm screen had not changed for over an hour.
B hindsight | Imelda had every piece of information she needed by 15:05; she just did not put it together.
B repeat-offender | Same vegetation crew, same corridor, same excuses as the 2001 trip - Ebenezer never learns.
B nobody-blame | Nobody at the utility did their job that afternoon, from the tree trimmers to the shift manager.
O system-failure | The alarm and logging software stopped processing events at 14:14 without any indication to the operators.
O actor-neutral | Wanjiru called the control room at 15:36 to ask about a line that showed out of service on her system.
O system-counterfactual | If the energy management system had raised an alarm when its own alarm processor stopped, the desk would have known to check line status by hand.
O org-subject | The task force found that the utility did not meet at least four reliability standards and the regional coordinator two.
O policy-subject | The vegetation management plan, as Ruprecht described it to investigators, allowed a five-year trimming cycle on 345 kV corridors.
O neutral-fact | Three 345 kV lines sagged into trees between 15:05 and 15:41 and tripped; the cascade reached New York shortly after 16:10.
O system-should | The monitoring servers should have failed over with the alarm process running, not restarted in the same stuck state.
O meta-blameless | "The operators did not respond properly" is where the task force started asking why the control room could not see the grid, not where it stopped.
""",
    actions="""
Y Y Y DETECTS | Imelda Castelblanco | 2004-02-01 | Add a heartbeat alarm that sounds on the operator console if the alarm processor has not logged an event for 10 minutes
Y N N PARTIAL | Vegetation management | | Clear every 345 kV corridor to the 25-foot standard each year and file the inspection photos for each span by 1 June
N N N PARTIAL | we | | Improve situational awareness in the control room
Y Y Y PARTIAL | Ruprecht Engelhardt | 2004-03-15 | Write and drill a manual-monitoring procedure for operating with the energy management system down, including a call to the reliability coordinator within 15 minutes
N Y Y PARTIAL | Ebenezer Szczepanik | 2004-01-31 | Audit tree trimming practices
Y Y N DETECTS | Regional reliability coordinator | 2004-04-30 | Run state estimation every 5 minutes with live line status feeds and alert the utility when any 345 kV contingency exceeds 100% of rating
N N N DETECTS | Operations | | Communicate more with neighbouring utilities
Y Y Y PREVENTS | Wanjiru Kamau | 2004-06-01 | Replace the alarm processor with a version whose fix for the simultaneous-event race condition has passed a 72-hour replay of 14 August data
Y N N PARTIAL | Control room training | | Give each system operator 5 days of simulator training a year on loss-of-tools scenarios and record pass results
N Y N DETECTS | the control room manager | 2004-02-28 | Look into better tools for the operators
Y N Y PARTIAL | Imelda Castelblanco | 2004-05-31 | Publish a shared hotline list for all 12 neighbouring control rooms and test each number once a month
N Y Y PARTIAL | Ruprecht Engelhardt | 2004-04-15 | Enhance operator training in line with the task force findings
""",
    ww="""
C | Wanjiru's 15:36 call is the first time stamp that put the missing line trips in the record; the investigators used it to fix the timeline.
V | Restoration crews did a great job.
C | Load restoration in the eastern part of the territory was complete within 30 hours because the black-start units started on the first attempt.
"""))

S.append(dict(
    url="https://communityimpact.com/austin/central-austin/government/2021/02/24/ercot-texas-power-system-was-less-than-5-minutes-from-collapse-during-winter-storm/",
    people=["Dolorita Villasenor", "Wenceslas Brinkerhoff", "Ifeyinwa Obioha", "Leopold Strandquist"],
    blame="""
B failure-verb | Wenceslas skipped the winterization check on the gas units because "it never gets that cold down here".
B group-blame | The plant owners gambled with people's lives and lost - they just couldn't be bothered to insulate a pipe.
B sarcasm | Great job, grid people, four minutes from a month-long statewide blackout, truly a masterpiece of planning.
B counterfactual | If Dolorita had ordered load shed an hour earlier, nobody would have needed the 01:51 scramble.
B rhetorical-question | How does a control room lead let the frequency sit below 59.4 Hz and still call it a normal night, Leopold?
B character | The men who ran the grid that week were arrogant enough to ignore the 2011 report entirely.
B sanction | Ifeyinwa lost her job over the rotating outages and frankly she deserved it.
B mistake-attribution | The outages that dragged on for days were Leopold's mistake; he never rotated the feeders like the plan said.
O neutral-fact | At 01:51 the frequency fell below 59.4 Hz; 3,000 MW were shed at once and another 3,500 MW at 01:55.
O actor-neutral | Dolorita gave the order for the additional 3,500 MW of load shed at 01:55 with about four and a half minutes left.
O system-failure | Wellheads and gas lines froze, and plants lost fuel pressure at the time demand reached a winter record.
O agentless-passive | More than 30% of winter capacity was offline on the 16th, and the outages were not rotated as planned.
O org-subject | The grid operator had already shed 2,000 MW before the frequency dropped under the nine-minute threshold.
O policy-subject | The 2011 weatherization recommendations, as Wenceslas reminded the board, were voluntary for generators.
O system-should | The load-shed circuits should have excluded feeders that supply gas compression, so that shedding did not cut the fuel for generation.
O quoted-question | Which generators reported outages before the storm, and did the outage scheduling process know about them?
""",
    actions="""
Y N N PREVENTS | Generator owners | | Certify each plant's winter readiness every 1 December against a checklist that includes heat tracing on all exposed water and gas lines to -15 °C
Y Y Y PARTIAL | Ifeyinwa Obioha | 2021-10-01 | Tag every feeder that supplies gas compression or water treatment as critical and remove them from the load-shed blocks
N N N PARTIAL | we | | Be better prepared next winter
Y Y Y DETECTS | Dolorita Villasenor | 2021-09-15 | Alarm the control room when frequency stays below 59.8 Hz for 60 seconds and show the remaining time to the 59.4 Hz limit on the wall display
Y Y N PARTIAL | Outage coordination | 2021-11-01 | Reject planned generator outages from 1 December to 28 February unless the reserve margin stays above 15% in the 7-day forecast
N Y Y PARTIAL | Leopold Strandquist | 2021-08-31 | Improve the rotating outage process
Y N Y DETECTS | Wenceslas Brinkerhoff | | Send utilities each hour's shed allocation and the expected rotation time, and measure how many customers stay out longer than 4 hours
N N N PREVENTS | The legislature | | Fix the grid
Y Y Y PARTIAL | Ifeyinwa Obioha | 2021-12-01 | Sign 500 MW of emergency demand-response contracts with industrial customers and test curtailment on 2 customers before 15 December
N Y N DETECTS |  | 2021-09-30 | Study the winter forecast methods
Y Y Y PREVENTS | Dolorita Villasenor | 2021-11-15 | Replace the winter peak forecast's extreme scenario with the February 2021 demand and supply curve and plan reserves against it
N N N PARTIAL | generators | | Winterize where appropriate
""",
    ww="""
C | The 01:55 order for 3,500 MW brought the frequency back to 59.7 Hz by 01:57, and the interconnection did not go dark.
V | Operators stayed calm under pressure.
V | Everyone came together as Texans.
"""))

S.append(dict(
    url="https://www.rrapier.com/2011/02/closer-look-commission-report-deepwater-horizon-disaster/",
    people=["Cornelius Abernathy-Pryce", "Evangelina Sotomayor", "Torbjørn Hølaas", "Ijeamaka Chukwuka"],
    blame="""
B failure-verb | The company man waved off the odd pressure on the drill pipe and declared the negative test a success.
B passive-agent | The decision to displace the mud with seawater to 3,300 feet was pushed through by Cornelius over the objections of the driller.
B group-blame | Mistakes were made by the well team at every stage, from the cement to the final test.
B human-error | The rig's own incident note said the kick went undetected because of human error on the drill floor.
B competence | An engineer with any feel for deepwater wells would never have read 1,400 psi as "bladder effect".
B counterfactual | If Torbjørn had shut the well in at 21:30 instead of watching the returns, eleven men would be alive.
B implicit | Funny how Evangelina's cost-saving memo on the centralisers vanished from the shared drive after the 20th.
B hindsight | Ijeamaka should have seen the kick coming; the mud logger's screen showed it for forty minutes.
O system-failure | The blowout preventer did not seal the well after the explosion; the blind shear rams closed on off-centre pipe.
O actor-neutral | Ijeamaka read the negative pressure test results at 19:55 and called the shore office with the numbers.
O org-subject | The national commission found that the blowout resulted from a series of management decisions and a failure to appreciate the risks of deepwater drilling.
O policy-subject | The well plan, as Evangelina explained to the commission, did not require a cement bond log before the temporary abandonment.
O system-should | The displacement procedure should have had a written pass/fail criterion for the negative test instead of leaving it to interpretation.
O meta-blameless | "The crew misread the test" is a finding about people; the commission went on to ask why there was no standard for reading it.
O neutral-fact | Hydrocarbons reached the rig floor at about 21:45 on 20 April 2010 and ignited in two explosions.
O quoted-question | What information did the drill floor have on its screens between 21:00 and 21:40, and which of it was in a form they could act on?
""",
    actions="""
Y Y N PREVENTS | Drilling engineering | 2011-06-30 | Publish a negative pressure test procedure with numeric pass/fail limits for drill pipe and kill line pressure and require two signatures on the result
Y N N DETECTS | Mud logging contractor | | Alarm both the driller and the mud logger when pit gain exceeds 5 barrels or flow-out exceeds flow-in by 10% for 2 minutes
N N N PARTIAL | industry | | Build a stronger safety culture
Y Y Y PARTIAL | Torbjørn Hølaas | 2011-09-30 | Fit a second set of blind shear rams to the stack and test that each shears offset 6-5/8 inch pipe in a shore test
N Y Y PARTIAL | Evangelina Sotomayor | 2011-05-01 | Review the cementing decisions on Macondo
Y Y Y PREVENTS | Cornelius Abernathy-Pryce | 2011-08-01 | Require a cement bond log and a 24-hour cement cure before seawater displacement on every deepwater well and block the displacement step in the well plan tool until both are recorded
N N N PARTIAL | the rig crew | | Pay more attention to well control
Y Y N DETECTS | Regulator | 2011-12-31 | Require operators to send real-time drilling data to a shore monitoring centre for every well in more than 1,000 feet of water
Y N Y PARTIAL | Ijeamaka Chukwuka | 2011-07-15 | Run a blowout drill with the full crew on each hitch and record the time to close the annular preventer
N Y N PARTIAL | HSE manager | 2011-06-01 | Consider stop-work authority training
Y N Y PARTIAL | Evangelina Sotomayor | | Approve any change to the well design that saves money only after a written risk comparison signed by the drilling superintendent
N Y Y DETECTS | Torbjørn Hølaas | 2011-05-31 | Look at ways to make kick detection more robust on the rig
""",
    ww="""
V | The response effort was enormous and dedicated.
C | The lifeboats launched with 115 survivors within about 30 minutes, and the nearby supply vessel took everyone aboard.
C | Ijeamaka's 19:55 call log is time-stamped and lists both pressures, which let investigators reconstruct the test without relying on memory.
"""))

S.append(dict(
    url="https://neimagazine.com/analysis/facing-the-monster-10562146",
    people=["Vsevolod Krasnopolsky", "Ganna Bilozerska", "Arkadiusz Melnyczuk", "Zinaida Prokhorchuk"],
    blame="""
B group-blame | The night shift in unit four behaved like cowboys and turned a routine test into a catastrophe.
B failure-verb | Arkadiusz pulled far too many control rods and then forgot to tell anyone how few were left in the core.
B human-error | The 1986 account to the agency stated plainly that the main cause was the gross errors of the operating personnel.
B character | Vsevolod was a bully who pushed his crew to finish the test at any cost.
B passive-agent | The emergency core cooling was switched off by Zinaida's shift hours before the test even started.
B counterfactual | If the deputy chief engineer had stopped the test when power fell to 30 MW, reactor four would still be standing.
B sanction | The shift leaders were put on trial and Ganna was sentenced to ten years as an example to the others.
B competence | Badly trained operators with no understanding of reactor physics should never have been allowed near the control panel.
O system-failure | The control rods' graphite tips added reactivity in the lower core during the first seconds of insertion.
O agentless-passive | Several of the 1986 accusations of rule-breaking were later found to rest on regulations written after the accident.
O meta-blameless | INSAG-7 treats "operator violations" as a symptom of a weak safety culture across design, regulation and operation, not as the explanation.
O actor-neutral | Zinaida pressed the emergency shutdown button at 01:23:40, as the procedure required.
O system-should | The control room should have shown the operational reactivity margin continuously; it was only available from a periodic printout.
O policy-subject | The test programme, which Arkadiusz signed, did not list the minimum rod count as a stop condition.
O neutral-fact | Reactor power dropped to about 30 MW thermal before the crew stabilised it near 200 MW, well below the 700 MW in the programme.
O org-subject | The Soviet state committee's 1991 commission reassessed the causes and its report became an appendix to INSAG-7.
""",
    actions="""
Y Y N PREVENTS | Reactor design bureau | 1992-12-31 | Shorten the graphite displacers and change the rod drive so that full insertion takes no more than 12 seconds, and verify the scram adds negative reactivity from the first second
Y Y N DETECTS | Instrumentation group | 1992-06-30 | Show the operational reactivity margin on the main panel in real time and alarm when it falls below 15 rods
N N N PARTIAL | we | | Strengthen safety culture at all levels
Y Y Y PARTIAL | Ganna Bilozerska | 1992-09-01 | Add an automatic trip on reactivity margin below the limit that operators cannot bypass without the chief engineer's key
N Y Y PARTIAL | Vsevolod Krasnopolsky | 1992-04-01 | Look again at the test programmes for all RBMK units
Y N N PARTIAL | the chief engineer | | Require every non-routine test programme to be approved by the regulator and the design bureau 30 days before the test, with listed stop conditions
N N N PARTIAL | personnel | | Follow procedures strictly
Y Y Y DETECTS | Arkadiusz Melnyczuk | 1992-10-15 | Record the full plant parameter set once per second on two independent recorders and keep 72 hours of history
N Y N PARTIAL | Regulator | 1992-12-31 | Assess the independence of the regulator
Y Y Y PARTIAL | Zinaida Prokhorchuk | 1992-11-30 | Run a simulator scenario of low-power instability for every shift crew and record whether they stop at the programme's stop conditions
N N N PARTIAL | everyone | | Take the Chernobyl findings to heart
N Y N PARTIAL | Reactor design bureau | 1992-12-31 | Address the design weaknesses identified in the report
""",
    ww="""
C | The revised analysis used full plant recorder data and simulations that were not available in August 1986, which is why it could correct the first account.
V | The specialists involved showed great courage.
C | Regulator specialists from GosAtomEnergoNadzor checked each accusation against the regulations in force on 25 April 1986, line by line.
"""))

S.append(dict(
    url="https://www.chicagotribune.com/news/ct-xpm-1999-10-01-9910010061-story.html",
    people=["Percival Whitcombe", "Jyotsna Raghunathan", "Emeric Dussault", "Eluned Brandvold"],
    blame="""
B failure-verb | Percival's group delivered the small-forces file in pound-seconds and never even read the interface spec.
B rhetorical-question | Honestly, how does a navigation team fly to Mars for nine months without asking why the trajectory kept drifting, Jyotsna?
B sarcasm | Congrats to the contractor for the most expensive unit conversion in history.
B counterfactual | If Emeric had escalated his doubts about the altitude at the last review, the burn would have been postponed.
B human-error | The headline of the preliminary review was that the orbiter was lost to a human error in the ground software.
B role-blame | The navigation lead was too stubborn to file the discrepancy report the team kept asking for.
B passive-agent | The trajectory concerns raised in July were shrugged off by Eluned as "normal noise".
B self-blame | I was the one who signed off the interface check, and I missed the units; I will carry that.
O system-failure | The ground software reported thruster impulse in pound-seconds while the navigation software expected newton-seconds, a factor of 4.45.
O neutral-fact | The orbiter's approach brought it to about 57 km above Mars instead of the planned altitude; contact was lost during the insertion burn on 23 September 1999.
O actor-neutral | Jyotsna noticed the growing difference between the predicted and observed trajectory after the fourth correction and raised it in the weekly meeting.
O policy-subject | The software interface specification, as Emeric pointed out, called for SI units, but no test compared the file against it.
O system-should | The file reader should have rejected impulse values without a declared unit instead of accepting bare numbers.
O org-subject | The laboratory's director said the real issue was that its process did not catch and correct the discrepancy.
O system-counterfactual | If the navigation software had checked modelled momentum dumps against telemetry, the 4.45 factor would have shown up within weeks of launch.
O credit | Credit to Jyotsna, whose dated trajectory plots from July made the unit mismatch quick to confirm afterwards.
""",
    actions="""
Y Y N PREVENTS | Flight software | 2000-03-31 | Declare the unit of every field in the small-forces file format and reject any file whose header does not state newton-seconds
Y N Y DETECTS | Jyotsna Raghunathan | 2000-02-15 | Compare modelled and telemetered angular momentum after each desaturation and open an incident report if they differ by more than 10%
N N N PARTIAL | we | | Communicate better between teams
Y Y Y PARTIAL | Emeric Dussault | 2000-01-31 | Write a rule that any trajectory discrepancy open at the final review triggers a go/no-go vote on an extra correction manoeuvre
N Y Y PARTIAL | Eluned Brandvold | 2000-02-28 | Double-check unit conversions in the navigation software
Y Y N PARTIAL | Mission assurance | 2000-04-30 | Add an end-to-end test that flows a known thruster firing from the spacecraft simulator through the ground software to the navigation output and checks the impulse to 1%
N N N DETECTS | Navigation | | Watch the trajectory more closely
Y N Y DETECTS | Percival Whitcombe | | Track every anomaly report from the mission to closure in one tracker and review those open for more than 14 days at the weekly project meeting
N Y N PARTIAL |  | 2000-06-30 | Investigate staffing on the navigation team
Y Y Y PARTIAL | Eluned Brandvold | 2000-05-15 | Train all 40 operations staff on the anomaly reporting system and have each file one test report
N N N PARTIAL | contractors | | Use metric units
N N Y PARTIAL | Emeric Dussault | | Make sure concerns from navigation get heard at reviews
""",
    ww="""
V | The review board worked quickly.
C | Within a week of the loss, the team had traced the 4.45 factor to one file by replaying the small-forces data through both programs.
C | Jyotsna's notes from the weekly meetings listed the trajectory differences with dates, which showed exactly when the error first appeared.
"""))

S.append(dict(
    url="http://www.cs.berkeley.edu/~demmel/ma221_Fall04/ariane5rep.html",
    people=["Aurèle Castagnède", "Hedwig Oberländer", "Saibh Mac Giolla", "Benedikt Fahrenholz"],
    blame="""
B failure-verb | Aurèle copied the Ariane 4 alignment code across and did not bother to ask whether its limits still held.
B competence | Engineers who leave an unprotected 64-bit to 16-bit conversion in flight code are not engineers.
B passive-agent | Exception protection on the horizontal bias variable was deliberately left out by Hedwig's team to save CPU time.
B mistake-attribution | The loss of flight 501 comes down to Benedikt's mistake in the trajectory assumptions he gave the SRI team.
B counterfactual | Had Saibh insisted on the closed-loop test with the real SRI, we would still have the four Cluster satellites.
B group-blame | Industry's software people were so sure of themselves that they never tested with Ariane 5 trajectory data.
B rhetorical-question | Who on earth decided to keep the alignment function running 40 seconds into flight, and why was that person not asked?
B nobody-blame | No one in the whole programme did their homework on the inertial reference system.
O system-failure | Both inertial reference systems shut down within 72 milliseconds of each other on the same operand error.
O neutral-fact | The launcher veered off course about 37 seconds after main engine ignition and broke up at roughly 3,700 m.
O agentless-passive | The alignment function was kept running after lift-off, a requirement inherited from Ariane 4 that served no purpose on Ariane 5.
O system-should | The SRI should have sent best-estimate data instead of shutting down on an exception in a function not needed in flight.
O org-subject | The inquiry board found that the reviews and tests did not include adequate analysis and testing of the inertial reference system.
O actor-neutral | Hedwig recovered the SRI memory dumps from the debris field and the board used them to confirm the operand error.
O meta-blameless | The board wrote that software should be considered faulty until shown correct; that is a statement about the method, not about a programmer.
O policy-subject | The specification, which Benedikt quoted to the board, treated every exception as a hardware fault and so shut the unit down.
""",
    actions="""
Y Y N PREVENTS | SRI software team | 1996-10-31 | Switch off the alignment function at lift-off and prove in review that no other SRI function runs after H0 without a flight purpose
Y Y Y PREVENTS | Hedwig Oberländer | 1996-11-30 | Protect every floating-point to integer conversion in the SRI code with a range check and list each one with its justified maximum
Y Y N DETECTS | System test | 1997-01-31 | Run a closed-loop simulation with the real SRI and Ariane 5 trajectory data from H0 to orbit and compare outputs with the reference model
N N N PARTIAL | we | | Test more thoroughly before the next flight
Y Y Y PARTIAL | Aurèle Castagnède | 1996-12-15 | Change the failure response so that an SRI exception in a non-critical function sends best-effort data instead of shutting the unit down
N Y Y PARTIAL | Saibh Mac Giolla | 1996-10-15 | Review all reused Ariane 4 software
Y N N DETECTS | Qualification board | | Include every piece of software that runs in flight in the qualification review file, with the trajectory data it was tested against
N N N PARTIAL | industry | | Improve the culture around software
Y Y Y DETECTS | Benedikt Fahrenholz | 1997-02-28 | Add the SRI internal variables to flight telemetry so that an exception is visible on the ground within 1 second
N Y N PARTIAL | TBD | 1996-12-31 | Reassess the justification of all design decisions
Y Y N PARTIAL | Programme management | 1997-03-31 | Set up a review of all flight software by a team that was not involved in its development, with written findings on each module
N Y N PARTIAL | me | 1996-11-15 | Tidy up the exception handling philosophy for the SRI
""",
    ww="""
C | Telemetry up to H0 + 42 seconds and the recovered SRI memories gave the board a complete chain of events within six weeks.
V | The teams cooperated well with the board.
C | The inquiry report was published in full on 19 July 1996, with its 14 recommendations numbered for follow-up.
"""))

S.append(dict(
    url="https://gao.justia.com/department-of-defense/1992/2/patriot-missile-defense-imtec-92-26",
    people=["Cassian Okonkwo-Reyes", "Seraphina Trevaskis", "Dmitar Jovanovski", "Lourdes Ibarguen"],
    blame="""
B failure-verb | The battery crew neglected to reboot the system even though the advice about long run times had come down two weeks before.
B sarcasm | Sure, let's keep the radar up for 100 hours straight and hope 0.34 seconds never matters, what could go wrong.
B passive-agent | The corrected software was sat on by Dmitar's depot for days before anyone shipped it forward.
B role-blame | The battery commander should have known the system was not meant to run for days at a time.
B counterfactual | If Seraphina had restarted the weapons control computer on the 24th like the other batteries did, those 28 soldiers would be alive.
B timeline-blame | 20:35 local - battery running 100+ hours, crew has not restarted it, Scud is outside the range gate.
B human-error | The newspaper version was that operator error, not the software, let the Scud through.
B repeat-offender | Cassian's section had already ignored the Israeli accuracy data once; this was the second time.
O system-failure | The weapons control computer's time calculation drifted by about 0.34 seconds after 100 hours, so the range gate looked in the wrong place.
O neutral-fact | The Scud struck a barracks in Dhahran on 25 February 1991 and killed 28 soldiers; the modified software arrived on the 26th.
O agentless-passive | Israeli data showing a loss of accuracy after 8 hours of continuous running was received two weeks before the attack.
O org-subject | The GAO found that the battery failed to track the Scud because of a software problem in the weapons control computer.
O policy-subject | The operating guidance, as Lourdes told the investigators, said only that very long run times might affect targeting, with no number of hours.
O system-should | The tracking software should have used the same time conversion in every routine, so the errors did not stop cancelling out.
O actor-neutral | Dmitar loaded the modified software at Dhahran on 26 February and the battery ran it from that day.
O system-counterfactual | If the system had shown its continuous run time and a restart threshold on the console, the crew would have had a number to act on.
""",
    actions="""
Y Y N PREVENTS | Software engineering | 1991-03-31 | Replace the 24-bit chopped 1/10 constant with an exact time computation in every routine that converts clock ticks to seconds
Y Y N PARTIAL | the theatre fielding officer | 1991-03-15 | Distribute an operator bulletin requiring a weapons control computer restart every 8 hours until the fixed software is installed, with the restart logged on the crew sheet
N N N PARTIAL | we | | Get fixes to the field faster
Y Y Y DETECTS | Seraphina Trevaskis | 1991-04-30 | Display elapsed run time on the operator console and alarm at 8 hours
Y Y Y PARTIAL | Cassian Okonkwo-Reyes | 1991-04-15 | Ship urgent software changes to deployed batteries by courier within 48 hours of approval and confirm installation by signal
N Y Y DETECTS | Lourdes Ibarguen | 1991-05-01 | Monitor Patriot accuracy in the theatre
Y N N DETECTS | Test and evaluation | | Run every new software build for 120 hours continuously on the test bed and measure the range gate error at 8, 24, 72 and 120 hours
N N N PARTIAL | Army | | Ensure the Patriot works properly next time
Y Y Y PARTIAL | Dmitar Jovanovski | 1991-06-30 | Write the maximum continuous operating time into the system specification and the operator manual, with the reason
N Y N PARTIAL | TBD | 1991-06-01 | Review the data-sharing arrangement with allies
Y N Y DETECTS | Seraphina Trevaskis | | Report each allied field report about accuracy to the software team within 24 hours and track a reply within 7 days
N N N PARTIAL | operators | | Reboot the system regularly
""",
    ww="""
V | The crews performed admirably in difficult conditions.
C | The software team produced and tested the modified time calculation in less than two weeks after the Israeli data arrived.
C | The GAO had the full chain from clock ticks to range gate worked out in a single letter with the 0.34-second figure and its derivation.
"""))

S.append(dict(
    url="https://www.nao.org.uk/reports/united-kingdom-passport-agency-the-passport-delays-of-summer-1999/",
    people=["Gwenllian Ashcombe", "Rhodri Pryderi", "Farzana Chowdhury", "Crispin Loveday"],
    blame="""
B failure-verb | Crispin rolled the new system out to Newport when Liverpool was still producing a quarter of its target, and never looked back.
B group-blame | Senior management at the Agency sleepwalked into the summer as if the queue would sort itself out.
B character | Gwenllian was complacent from the first week; she thought overtime would fix anything.
B competence | The telephone bureau staff were hopeless - half the callers got an engaged tone and the other half got wrong answers.
B counterfactual | Had Rhodri paused the pilot in October, 565,000 people would not have queued for their passports.
B passive-agent | The warnings from the Liverpool office about output were played down by Farzana in every board paper.
B implicit | Interesting that the person who pushed the Newport roll-out got promoted in the autumn. Just saying.
B human-error | The tabloid line was simple: clerks who could not work a computer caused the passport chaos.
O system-failure | Output at Liverpool reached just over 8,000 passports a week against the 30,000 planned for mid-November.
O neutral-fact | By June 1999 around 565,000 applications were waiting to be processed.
O agentless-passive | The roll-out to the remaining four offices was suspended on 18 November 1998.
O policy-subject | The new rule that children need their own passports, as Rhodri noted, added demand just when capacity fell.
O org-subject | The National Audit Office found that the Agency did not adequately assess and test how long staff would need to learn the new system.
O actor-neutral | Farzana set up the extra queue at the Liverpool counter and issued same-day passports to 300 travellers in the first week.
O system-should | The contract should have included a tested fallback to the old processing system for each office until new-system output matched it.
O quoted-question | What did the business case assume about staff productivity in the first three months, and where did that number come from?
""",
    actions="""
Y Y N PREVENTS | Programme board | 2000-01-31 | Make any further office roll-out conditional on the previous office reaching 90% of planned weekly output for 4 consecutive weeks
Y Y Y PARTIAL | Gwenllian Ashcombe | 2000-02-28 | Keep the old processing system able to take over in each office for 6 months after cut-over and test the switch once in that period
N N N PARTIAL | we | | Communicate better with the public
Y N Y DETECTS | Farzana Chowdhury | 1999-12-15 | Publish the number of applications waiting and the average processing time on the website every Monday
Y Y N PARTIAL | Telephone enquiry bureau | 2000-03-01 | Add 150 lines and a call-back option so that at least 90% of calls are answered within 2 minutes in the busy season
N Y Y PARTIAL | Crispin Loveday | 2000-01-15 | Review the contract with the supplier
N N N PARTIAL | Agency | | Plan better for busy seasons
Y Y Y PARTIAL | Rhodri Pryderi | 2000-01-31 | Measure how long 20 examiners take to process 50 applications each on the new system and replan staffing from the measured rate
Y N N DETECTS | head of operations | | Report daily output per office against plan to the chief executive and escalate if any office is 20% under plan for 3 days
N Y N PARTIAL | TBD | 2000-04-30 | Consider the lessons learned for other government IT projects
Y Y Y PARTIAL | Farzana Chowdhury | 2000-02-15 | Offer a free 2-year extension stamp at post offices for travellers with a confirmed booking and an application older than 10 days
N Y Y PARTIAL | Gwenllian Ashcombe | 2000-03-31 | Put in place appropriate contingency arrangements for future IT changes
""",
    ww="""
C | The free extension scheme let about 44,000 travellers keep their travel dates while their applications were still in the queue.
V | Staff worked very long hours.
C | Farzana's counter queue issued same-day passports to 300 people in its first week and gave the board real throughput numbers.
"""))

S.append(dict(
    url="https://fcw.com/workforce/2013/10/what-went-wrong-with-healthcaregov/211515/",
    people=["Leocadia Haverfield", "Babajide Oyebanji", "Maximilian Ostrowsky", "Tahnee Redcloud"],
    blame="""
B failure-verb | Maximilian signed off the go-live on 1 October knowing the end-to-end test had run for less than two weeks.
B group-blame | The agency's leadership cared more about the political date than about whether a single person could sign up.
B rhetorical-question | So who exactly told the White House it was ready, and why is that person still running the project?
B sarcasm | Six people enrolled on day one - truly the most exclusive website in America, well done Leocadia.
B passive-agent | The contractors' warnings that more testing was needed were filed away by Babajide without a reply.
B counterfactual | If Tahnee had delayed the account-creation requirement like the architects asked, the front door would have held.
B competence | These contractors could not build a shopping cart, never mind a national insurance marketplace.
B mistake-attribution | The login bottleneck was entirely Babajide's mistake; he insisted on account creation before browsing.
O system-failure | The identity-proofing service timed out under the launch traffic, so most visitors never got past account creation.
O neutral-fact | About four million unique users visited on the first day and six completed an application.
O org-subject | At the hearing, both contractors said that end-to-end testing took place only in the last weeks of September.
O actor-neutral | Tahnee opened the bridge at 08:10 on 1 October and paged the data hub on-call at 08:25.
O policy-subject | The programme's governance model, as Leocadia told the committee, named no single executive responsible for integrating the components.
O system-should | The site should have let visitors browse plans anonymously and queued account creation instead of requiring it up front.
O meta-blameless | Asking "which contractor broke it" splits the blame 55 ways; asking why nobody owned integration gets to the fix.
O quoted-question | When did the agency see the test results from the last two weeks of September, and what decision did those results feed?
""",
    actions="""
Y Y Y PARTIAL | Leocadia Haverfield | 2013-11-15 | Name one executive as integration owner with authority over all contractors and publish the name on the programme charter
Y Y N DETECTS | Operations centre | 2013-11-01 | Put a real-time dashboard of page latency, error rate and completed applications per hour on the war-room wall and page on error rate above 5%
N N N PARTIAL | we | | Fix the website
Y Y Y PREVENTS | Babajide Oyebanji | 2013-11-30 | Let visitors see plans and prices without an account and create the account only at application time
N Y Y DETECTS | Maximilian Ostrowsky | 2013-11-08 | Do more testing before the next release
Y Y N PARTIAL | Data hub contractor | 2013-11-20 | Load-test the hub at 50,000 concurrent users for 2 hours and fix every component whose 95th percentile latency exceeds 2 seconds
Y N N PARTIAL | Release management | | Gate each release on a passing end-to-end test in a production-size environment, signed off by the integration owner
N N N PARTIAL | contractors | | Work together better
Y N Y PARTIAL | Tahnee Redcloud | 2013-12-01 | Reconcile the 834 enrolment files with each insurer every night and fix duplicate or missing records within 48 hours
N Y N PARTIAL |  | 2014-01-15 | Evaluate the procurement approach
Y Y Y DETECTS | Tahnee Redcloud | 2013-11-22 | Add synthetic monitoring that completes a test application end to end every 5 minutes and alerts on any failure
N N N PARTIAL | CMS and contractors | | Take ownership of the end-to-end experience
""",
    ww="""
V | The tech surge team was amazing.
C | After the fixes, the site handled 83,000 visitors at once on 2 December with response times under 1 second.
C | Tahnee's 08:10 bridge and the paging log gave a minute-by-minute record of the first day's failures for the repair team.
"""))

S.append(dict(
    url="https://spacepolicyonline.com/news/boeing-will-refly-starliner-uncrewed-test-flight/",
    people=["Wilhelmine Haverkamp", "Sundiata Abercromby", "Kazimiera Wolańska", "Ruadhan Macaulay"],
    blame="""
B failure-verb | Sundiata's team never ran the flight software end to end with the Atlas timing interface before launch.
B hindsight | Wilhelmine should have known the clock would be wrong; the coefficient came from a different phase of the mission.
B competence | A first-rate software group would have caught an 11-hour timer error in simulation, full stop.
B self-blame | Our team broke the valve-mapping code and we shipped it; I signed off those tests and I am ashamed of it.
B passive-agent | The integrated test was chopped into pieces by Kazimiera to save schedule, so nobody ever saw the whole sequence.
B sarcasm | Who needs to dock with the station anyway when you can burn all your fuel holding attitude for a clock that thinks it's lunchtime.
B counterfactual | If Ruadhan had not signed the waiver on the end-to-end test, the timer problem would have shown up on the ground.
B group-blame | Boeing's software people got lazy because they assumed the old process would save them.
O system-failure | The mission elapsed timer took the wrong time from the launch vehicle and was off by 11 hours.
O actor-neutral | Ruadhan's controllers tried to command the insertion burn but could not get a link through the relay satellites in time.
O system-counterfactual | If the spacecraft had cross-checked its timer against GPS time after separation, it would not have started the wrong phase.
O action-item | Action for Kazimiera: add the timer hand-over from the launch vehicle to the integrated test by 15 May and post the run log in this channel.
O org-subject | The independent review team believed it had found the root cause of the timer anomaly and made a number of recommendations.
O agentless-passive | A second software fault, in the thruster valve mapping, was diagnosed during the flight and corrected from the ground.
O system-should | The communications system should have held the command link through the relay satellite hand-overs.
O policy-subject | The test plan, which Kazimiera wrote, split the mission into segments and so did not test the timer across launch and separation.
""",
    actions="""
Y Y N PREVENTS | Flight software | 2020-06-30 | Run the complete mission from T-0 to landing in the integrated simulator with flight hardware interfaces and resolve every discrepancy before the reflight
Y Y Y PREVENTS | Sundiata Abercromby | 2020-05-15 | Make the spacecraft set its elapsed timer from the launch vehicle at separation and check it against GPS time, refusing a burn if they differ by more than 1 second
N N N PARTIAL | we | | Improve software quality
Y Y Y PARTIAL | Wilhelmine Haverkamp | 2020-07-31 | Re-verify all 1 million lines of flight software against requirements and log each finding with its fix
N Y Y PARTIAL | Kazimiera Wolańska | 2020-04-30 | Look at the test waivers
Y Y N DETECTS | Mission operations | 2020-08-31 | Add a ground alarm that compares the spacecraft's phase with the planned timeline and flags any mismatch within 30 seconds of separation
Y N N PARTIAL | Engineering review board | | Reject any waiver of an end-to-end test for crewed-vehicle software unless NASA's program manager co-signs it
N N N DETECTS | Boeing | | Keep NASA in the loop on everything
Y Y Y PARTIAL | Ruadhan Macaulay | 2020-09-30 | Add a second relay path through ground stations so that a command can reach the spacecraft within 2 minutes during the first orbit
N Y N PARTIAL | the program manager | 2020-06-01 | Assess the organisational safety findings
Y N Y DETECTS | Wilhelmine Haverkamp | | Review the flight software defect list with NASA every two weeks until crewed flight and report defects open for more than 30 days
N Y Y PARTIAL | Sundiata Abercromby | 2020-05-31 | Strengthen the flight software verification process
""",
    ww="""
C | Controllers found and fixed the valve-mapping error in flight, before the separation burn that it would have affected.
V | The team never gave up.
C | The capsule landed at White Sands within a short distance of the target and came back in good condition, so the parachutes and airbags were qualified.
"""))

S.append(dict(
    url="https://www.itnews.com.au/news/qld-govt-to-apologise-to-health-workers-352934",
    people=["Philomena Delacroix-Hine", "Yarran Goolagong", "Ambrose Threlfall", "Mei-Ling Tjahjadi"],
    blame="""
B group-blame | The whole steering committee rubber-stamped go-live because they were sick of hearing about payroll.
B failure-verb | Ambrose overlooked thousands of open defects and declared the system ready for March.
B passive-agent | The tester's warning that the system was not ready was buried by Philomena before it reached the minister.
B character | The prime contractor's staff were frankly dishonest about the state of the defects list.
B counterfactual | Had Yarran run the parallel pay run a second time, nurses would not have gone without pay for weeks.
B rhetorical-question | Mei-Ling, do you understand that people were going to food banks because of the date you picked?
B sanction | Ambrose was moved out of the payroll project the week after the apology letters went out.
B human-error | The official briefing put most of the pay errors down to human error by staff filling in the timesheet forms.
O system-failure | The new system paid thousands of staff the wrong amount or nothing at all in the first fortnights after go-live.
O neutral-fact | About 78,000 staff were affected, and more than 1,000 payroll workers performed around 200,000 manual operations each fortnight.
O org-subject | The commission of inquiry found that the appointment of the prime contractor was made in haste and based on price.
O actor-neutral | Yarran processed 1,400 emergency cash payments on the Thursday after the first pay run.
O policy-subject | The award structures, as Mei-Ling explained, had 24,000 combinations of pay rules, and the system had to implement each one.
O system-should | The go-live checklist should have blocked cut-over while any severity-1 pay defect was open.
O meta-blameless | The inquiry's question was why the go-live decision was made with known defects, not who typed the wrong timesheet.
O quoted-question | Who had the test results on the day of the go-live decision, and what did the decision paper say about them?
""",
    actions="""
Y Y N PREVENTS | Programme board | 2013-09-30 | Require two parallel pay runs with less than 0.5% of payslips differing from the old system before any future payroll cut-over
Y N Y PARTIAL | Yarran Goolagong | 2013-08-31 | Pay any employee whose net pay is short by more than $100 an emergency payment within 24 hours and record the time from report to payment
N N N PARTIAL | we | | Restore trust with health workers
Y N Y DETECTS | Mei-Ling Tjahjadi | 2013-07-31 | Compare every fortnight's net pay per employee with their 6-fortnight average and hold payslips that differ by more than 40% for review
N Y Y PARTIAL | Philomena Delacroix-Hine | 2013-08-15 | Re-examine the governance of ICT projects
Y N N PARTIAL | Queensland Treasury | | Put every ICT contract over $5 million through an independent procurement review that checks the bid price against the evaluators' own cost estimate
N N N PARTIAL | Queensland Health | | Simplify the awards
Y Y Y PARTIAL | Ambrose Threlfall | 2013-10-31 | Send the test contractor's final readiness report directly to the minister and the director-general with the go-live submission, unedited
N Y N DETECTS | Head of payroll | 2013-12-31 | Investigate the overpayments
Y Y N PARTIAL | Payroll services | 2013-11-30 | Replace the 2,000 paper forms a fortnight with an electronic roster feed for the 12 largest hospitals
Y N Y DETECTS | Yarran Goolagong | | Report the number of staff with an open pay complaint and the oldest complaint's age to the director-general each fortnight
N N N PARTIAL | someone | | Sort out the rostering data quality
""",
    ww="""
V | Payroll staff were fantastic.
C | The emergency payment desk paid 1,400 staff within a day in the first week, which kept many of them out of hardship loans.
C | The written apology went to all current employees with a named contact and a phone number for pay complaints.
"""))

S.append(dict(
    url="https://www.gizmodo.com.au/2016/09/abs-says-ibm-screwed-up-the-census/",
    people=["Ptolemy Ackerley", "Siobhán Ní Bhreathnach", "Hiroaki Kanzaki", "Delphina Marchesini"],
    blame="""
B failure-verb | Hiroaki botched the geoblocking on the second router and then forgot to test it.
B passive-agent | The Island Australia set-up was signed off by Ptolemy without anyone checking that overseas traffic was actually blocked.
B sarcasm | Census night: 24 million people, one website, and a plan that apparently boiled down to "turn it off and on again".
B group-blame | The ABS brass were too busy telling us about $180 fines to check whether their own site would stand up.
B counterfactual | If Delphina had switched the router back in at 19:30 like the runbook said, the site would have stayed up.
B timeline-blame | 19:45 - fourth DDoS; Hiroaki's router reboot fails; monitoring shows false outbound traffic and nobody on his team questions it.
B rhetorical-question | Siobhán, whose idea was it to skip the independent DDoS test and rely on the contractor's word?
B human-error | The minister's line on radio was that the shutdown came down to human error at the contractor.
O system-failure | A router restart failed during the fourth denial-of-service event, and the monitoring showed false data going out.
O neutral-fact | About 3.2 million calls came to the census line that night, and about 2 million went unanswered.
O actor-neutral | Siobhán decided at 19:45 to take the online form offline to protect the data already submitted.
O org-subject | The bureau said it had sought and received assurances about resilience to denial-of-service attacks during 2016.
O policy-subject | The DDoS mitigation plan, as Ptolemy pointed out, relied on geoblocking at a single upstream provider.
O agentless-passive | The geoblocking was not applied to one of the links, so some overseas traffic still reached the site.
O system-should | The load balancer should have queued new sessions with a holding page instead of refusing all of them.
O quoted-question | Which part of the DDoS protection was independently tested before census night, and by whom?
""",
    actions="""
Y Y N PREVENTS | Network contractor | 2017-02-28 | Apply geoblocking on every upstream link and prove it with an external test from 3 overseas locations before each census event
Y Y Y DETECTS | Siobhán Ní Bhreathnach | 2017-03-31 | Commission an independent DDoS test at 3 times the expected peak traffic and publish a pass/fail summary to the steering committee
N N N PARTIAL | we | | Make the census website more robust
Y Y Y PARTIAL | Hiroaki Kanzaki | 2017-04-30 | Put a second router with automatic fail-over in each data centre and test the fail-over under load
N Y Y PARTIAL | Ptolemy Ackerley | 2017-02-15 | Check the contractor's assurances
Y Y N PARTIAL | Census digital team | 2017-06-30 | Serve the static pages and the form shell from a content delivery network with at least 10 Australian edge locations
N N N DETECTS | ABS | | Keep the public better informed
Y N N DETECTS | Contact centre | | Staff the census line so at least 80% of calls are answered within 5 minutes on census night and report the figure hourly
Y Y Y PARTIAL | Delphina Marchesini | 2017-05-31 | Write a runbook for each of the 4 DDoS scenarios with the exact router commands and rehearse each one twice before census night
N Y N PARTIAL |  | 2017-03-01 | Review the procurement of the online census
Y Y Y PARTIAL | Delphina Marchesini | 2017-01-31 | Publish on the census website that nobody will be fined for an online form submitted late because of an outage, with the new deadline
N Y Y DETECTS | Hiroaki Kanzaki | 2017-03-15 | Sanity-check the router configuration before census night
""",
    ww="""
V | The ABS team handled the criticism with professionalism.
C | Taking the form offline at 19:45 meant none of the 2 million forms already submitted were lost or exposed.
C | The site came back with international traffic blocked on all links, and response rates still passed 95% of households.
"""))

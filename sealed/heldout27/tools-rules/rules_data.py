# heldout27 rules data (see ../rules/SOURCES-heldout27.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (AS7007 route leak 1997, Mars Pathfinder resets 1997, BATS IPO 2012, Michigan MiDAS
# 2013-2015, Novopay 2012-2013, kernel.org compromise 2011, Swedish Transport Agency outsourcing 2015-2017) and
# 7 outside software (Quintinshill 1915, United 173 1978, Sayano-Shushenskaya 2009, Libby Zion case 1984,
# Walkerton 2000, Imperial Sugar 2008, Mont Blanc tunnel fire 1999).
# Styles vary: IRC / Slack chat with handles, mailing-list lines, timeline rows, draft post-mortems, board memos,
# inquiry prose, angry comments, non-native English (Swedish, Russian, Italian speakers), passive voice, sarcasm.
S = []

# 1. AS7007, 25 Apr 1997: a small ISP's router de-aggregated a received full table into /24s and re-announced them
# with AS7007 as origin; the upstream accepted them; more-specifics won everywhere; routes lingered after power-off.
S.append(dict(url="https://en.wikipedia.org/wiki/AS_7007_incident",
people=["Ulf Vesterby", "Yolande Kershaw", "Sylvester Quist", "Romilda Varley"],
blame="""
B failure-verb | Ulf fed the whole BGP table into the redistribution and never filtered what went back out to the upstream.
B passive-agent | The leaked /24s were announced upstream by Yolande's router config, pushed without a second look.
B counterfactual | if sylvester had just put a prefix-list on that session none of the internet would have routed through a T1 in Florida
B rhetorical-question | who lets a tiny ISP announce tens of thousands of routes as its own origin and doesn't notice???
B group-blame | The upstream's peering engineers accepted everything from a customer port; that was their mistake as much as anybody's.
B competence | Honestly these were not people who should be running a border router in the default-free zone.
B human-error | Root cause: human error at AS7007 during a router reconfiguration.
B sarcasm | Nice work by the upstream NOC, swallowing every more-specific a customer sent and not blinking.
O system-failure | The router de-aggregated the received table into /24 prefixes and re-announced them with AS7007 as the origin.
O neutral-fact | Because the leaked prefixes were more specific, routers across the Internet preferred them over the legitimate routes.
O actor-neutral | Romilda powered off the router at the customer site and phoned the upstream's NOC.
O system-should | The upstream's session with the customer should have accepted only the prefixes registered to that customer.
O agentless-passive | The bad routes kept circulating for a while after the router was disconnected.
O system-counterfactual | With a maximum-prefix limit on the customer session, the session would have shut itself down after a few hundred routes.
O meta-blameless | Trade press called it one operator's slip; this write-up asks why a single session could carry that many routes unchecked.
O policy-subject | Sylvester noted that the transit contract said nothing about filtering customer announcements.
""",
actions="""
Y Y Y PREVENTS | Sylvester Quist | 1997-05-15 | Apply a prefix-list on the customer BGP session that accepts only the 12 prefixes registered to AS7007's customers, and test it with a deliberate leak in the lab.
N N N PARTIAL | Upstream peering team | | Tighten up BGP hygiene.
Y Y N PREVENTS | | 1997-05-09 | Set maximum-prefix 500 on every customer BGP session of the Florida edge routers so a session drops above that count.
N Y Y DETECTS | Yolande | | Keep an eye on route counts on the border router.
Y Y N DETECTS | NOC | 1997-05-31 | Page the NOC when the number of prefixes in the routing table grows by more than 5% within 10 minutes.
N N N PARTIAL | we | | Think twice before touching the border router.
Y Y Y PARTIAL | @ulf | 1997-05-02 | Write a runbook for withdrawing a leaked announcement, with the upstream NOC's phone number in it, and time a dry run under 15 minutes.
N Y N PARTIAL | Router vendor liaison | | Talk to the vendor about the redistribution behaviour.
Y N N PREVENTS | Engineering | 1997-08-31 | Require registry-built route filters on every customer session across the backbone, shown by a config audit listing zero unfiltered sessions.
N N Y PARTIAL | Romilda Varley | 1997-06-30 | Review how we manage BGP in general.
Y Y N PARTIAL | Customer support | | Post a status note for customers within 30 minutes of any routing incident that touches more than one customer.
""",
ww="""
C | Powering off the leaking router stopped new bad announcements within minutes of the cause being found.
V | Brilliant phone work by all involved.
C | The upstream's NOC cleared the leaked routes from its edge after one call with the affected prefix list in hand.
"""))

# 2. Mars Pathfinder, Jul 1997: VxWorks priority inversion; low-priority meteorological task held the information bus
# mutex, medium-priority communications task ran, bus management task missed its deadline, watchdog reset the system.
# Reproduced on the JPL testbed with tracing; fix: priority inheritance flag set by an uploaded patch via the debug shell.
S.append(dict(url="http://research.microsoft.com/en-us/um/people/mbj/Mars_Pathfinder/Authoritative_Account.html",
people=["Wendelin Ellingboe", "Nerissa Fanshawe", "Berenike Tetlow", "Nicanor Moravec"],
blame="""
B failure-verb | The flight software team ignored the resets they saw in pre-launch tests and called them hardware glitches.
B counterfactual | Had Wendelin turned on priority inheritance for that mutex before launch, the lander would never have reset itself.
B hindsight | Anyone who has read a real-time textbook would have spotted a classic priority inversion in this design.
B passive-agent | The mutex was created by Nerissa with the inheritance flag left off, and no reviewer caught it.
B character | Berenike is careless with concurrency; she treats semaphores as if they cost nothing.
B role-blame | The test lead signed off the build while the unexplained resets were still open.
B timeline-blame | Sol 10 - resets again, because nobody on the ground bothered to read the earlier trace.
B self-blame | I was the one who waved those resets through in testing; that one is on me.
O system-failure | The low-priority weather task held the bus mutex while the medium-priority communications task kept it from running.
O system-should | The bus mutex should have raised the holder's priority while a high-priority task was waiting for it.
O neutral-fact | Each time the bus distribution task missed its deadline, the watchdog triggered a full system reset and the day's activity was lost.
O credit | Nicanor reproduced the reset on the testbed with full tracing on, which showed the inversion within hours.
O actor-neutral | Wendelin uploaded the patch that set the inheritance flag, through the debug shell left enabled in the flight build.
O system-counterfactual | If the debug shell had been stripped from the flight image, there would have been no way to change the flag from Earth.
O self-report | I ran the testbed for eighteen hours on the sol 10 configuration before the first reset appeared.
O quoted-question | A reporter asked "who programmed the lander to crash?"; the answer here is the default setting of the operating system's mutex.
""",
actions="""
Y Y Y PREVENTS | Wendelin Ellingboe | 1997-07-21 | Enable priority inheritance on the information bus mutex in the flight build and confirm it with a 48-hour testbed run with no reset.
N N N PARTIAL | Flight software team | | Make the scheduler more robust.
Y Y N DETECTS | | 1997-08-15 | Log every missed deadline of the bus distribution task with the name of the task holding the mutex, and downlink the log each sol.
N Y Y PARTIAL | Nerissa | | Look into the other semaphores.
N N N PARTIAL | we | | Take test anomalies more seriously.
Y N N PREVENTS | Software engineering | 1998-03-31 | Make priority inheritance the default for every mutex in future flight builds, checked by a build script that fails on any mutex created without it.
N Y N DETECTS | Testbed group | | Do more testing on the ground.
Y Y Y PARTIAL | @berenike | 1997-08-01 | Record every unexplained reset from pre-flight testing in the anomaly tracker and close none without a reproduced cause or a signed waiver.
N N Y PARTIAL | Nicanor Moravec | 1997-12-31 | Audit the real-time design of the mission.
Y Y N PARTIAL | Mission operations | 1997-07-31 | Keep the debug shell in the flight image for the rest of the mission and document the patch upload procedure in the operations handbook.
N Y N PARTIAL | Science team | | Double-check what was lost on the reset days.
""",
ww="""
C | Full tracing on the ground testbed reproduced the reset in under a day, so the cause was known before the patch was written.
V | Fantastic dedication from the JPL team.
V | Everyone stayed calm under huge public attention.
"""))

# 3. BATS Global Markets IPO, 23 Mar 2012: a defect hit symbols in the range A-BFZZZ; the BATS opening auction failed,
# prints at cents against a $16 offer; a 100-share Apple trade moved the price ~9% and halted Apple; IPO withdrawn, trades cancelled.
S.append(dict(url="https://en.wikipedia.org/wiki/BATS_Global_Markets",
people=["Paskal Umpleby", "Xavera Lillywhite", "Zoltan Mottershead", "Wiebke Cardew"],
blame="""
B failure-verb | The exchange's own developers missed a bug that only hit tickers from A to BFZZZ, and their own ticker was BATS.
B sarcasm | Great idea from leadership to debut the IPO auction code on their own IPO.
B counterfactual | If Paskal had run one test IPO on a symbol starting with B, they'd have seen it blow up.
B group-blame | The QA group shipped a matching engine change that nobody had tried with real symbols.
B sanction | Whoever approved that release should not be allowed anywhere near production again.
B rhetorical-question | How does Xavera sign off on go-live for your own listing with zero dry run?
B nobody-blame | Nobody could be bothered to test the symbol range their own stock sat in.
B repeat-offender | Zoltan's team again; this is the second botched release this quarter.
O system-failure | A software defect affected symbols in the range A to BFZZZ and the opening auction for BATS did not complete.
O neutral-fact | The shares printed at a few cents within seconds of the open, against an offer price of $16.
O agentless-passive | All trades in the BATS shares that day were cancelled and the listing was withdrawn.
O actor-neutral | Wiebke halted trading in the affected symbols on the exchange a few minutes after the open.
O system-should | The auction process should have stopped itself when it could not compute an opening price.
O org-subject | The primary listing market halted Apple for five minutes after a 100-share trade on BATS moved the price down about 9%.
O system-counterfactual | With a price band on the first trade after an IPO, a print at a few cents would have been rejected.
O policy-subject | Xavera pointed out that the release policy did not require an IPO rehearsal on production hardware.
""",
actions="""
Y Y Y PREVENTS | Paskal Umpleby | 2012-04-13 | Add regression tests that run the IPO auction for symbols across the whole alphabet, including A to BFZZZ, and block the release if any auction fails.
N N N PARTIAL | Exchange technology | | Improve the quality of matching engine releases.
Y Y N PREVENTS | | 2012-04-30 | Reject the first trade after any IPO if it is more than 10% away from the auction reference price.
N Y Y PARTIAL | Xavera | | Have a look at the auction code.
Y Y N DETECTS | Market operations | 2012-04-06 | Alert market operations when any symbol's price moves more than 5% on a single trade of under 500 shares.
N N N PARTIAL | we | | Win the members back.
Y Y Y PARTIAL | @zoltan | 2012-04-20 | Document the procedure for halting one symbol range and cancelling its trades, and drill it against a 10-minute target.
N Y N DETECTS | QA | | Test more carefully before big events.
Y N N PREVENTS | Engineering leadership | 2012-06-30 | Require a full dress rehearsal on production hardware for every IPO the exchange hosts, with the sign-off filed before the listing date.
N N Y PARTIAL | Wiebke Cardew | 2012-05-31 | Review our IPO listing strategy.
Y Y N PARTIAL | Member services | | Send members a list of every cancelled execution within 24 hours of a trade-cancellation decision.
""",
ww="""
C | The exchange halted the affected symbol range a few minutes after the open, which stopped further bad prints.
C | Withdrawing the IPO and cancelling all trades was announced the same day, so no investor was left holding shares bought at cents.
V | Leadership showed real integrity.
"""))

# 4. Michigan MiDAS, Oct 2013 - Aug 2015: the unemployment agency's automated system made fraud determinations without
# human review, sending questionnaires to online accounts; no answer meant fraud; penalties up to 4x; a review of
# about 22,000 cases found 93% wrong; refunds intercepted, wages garnished; later settlement.
S.append(dict(url="https://www.btah.org/case-study/michigan-unemployment-insurance-false-fraud-determinations.html",
people=["Quirin Almquist", "Dympna Brannagan", "Oswaldo Mkhwebane", "Ferdinanda Corvino"],
blame="""
B failure-verb | The agency's IT managers skipped any human review of the fraud flags to hit their staffing cuts.
B passive-agent | The auto-adjudication rule was switched on by Quirin without a single sample of its decisions checked.
B group-blame | The contractor's developers built a system that accused thousands of innocent people, and that's on them.
B counterfactual | if dympna had read even 100 of those fraud letters before signing off she would have seen the pattern
B competence | The people running the agency clearly had no idea how their own system decided anything.
B hindsight | Any half-decent administrator would have known that a message to an abandoned online inbox is not notice.
B mistake-attribution | This was the claimants' own fault for not checking their online accounts.
B implicit | Thanks to the one caseworker, Oswaldo, who actually bothered to read the appeals.
O system-failure | The system marked a claim as fraud whenever the questionnaire went unanswered, without checking whether the claimant had seen it.
O neutral-fact | A state review of about 22,000 fraud determinations made by the system found that 93% did not involve fraud.
O system-should | The system should have routed every fraud finding to a staff adjudicator before any penalty was applied.
O policy-subject | Ferdinanda pointed out that state law allowed penalties of four times the overpayment, which made each wrong finding far more costly.
O agentless-passive | Tax refunds were intercepted and wages garnished on the strength of the automatic findings.
O actor-neutral | Oswaldo pulled a sample of 500 determinations for the internal audit in the spring of 2015.
O meta-blameless | Commenters blamed "lazy bureaucrats"; this review looks at the decision rule and the missing human check instead.
O system-counterfactual | Had the questionnaires also gone out on paper to the last known address, far fewer claims would have defaulted to fraud.
""",
actions="""
Y Y N PREVENTS | Unemployment Insurance Agency | 2015-09-30 | Require a staff adjudicator's sign-off on every fraud determination before a penalty letter can be issued, enforced in the case workflow.
N N N PARTIAL | IT | | Fix the fraud detection.
Y Y Y DETECTS | Dympna Brannagan | 2015-10-31 | Sample 200 automated determinations each month and report the share overturned on appeal, raising an alert above 5%.
N Y Y PARTIAL | Quirin | | Double-check the fraud letters before they go out.
N N N PARTIAL | everyone | | Treat claimants with more respect.
Y Y N PARTIAL | | 2015-12-31 | Send every fraud questionnaire by first-class mail as well as to the online account and wait 30 days before any determination.
N Y N PARTIAL | Contractor | | Get the fraud flags right.
Y Y N PARTIAL | Legal affairs | 2016-03-31 | Re-review all fraud determinations made without human review from October 2013 to August 2015 and refund the penalty on every one overturned.
N N Y PARTIAL | Ferdinanda Corvino | 2016-06-30 | Reconsider how much of the agency's work is automated.
Y Y Y PARTIAL | @oswaldo | 2015-11-15 | Add a plain-language statement of the evidence to every determination letter template, approved by legal affairs.
N Y N DETECTS | Appeals unit | | Watch the appeals numbers more closely.
""",
ww="""
C | The internal sample of determinations gave the agency a measured error rate to act on instead of anecdotes.
V | The caseworkers were full of compassion.
V | Advocates and agency worked well together.
"""))

# 5. Novopay, New Zealand, Aug 2012 - 2013: schools payroll went live with known defects; thousands of staff paid
# wrongly or not at all; service centre overloaded; ministerial inquiry reported June 2013; later moved to a
# government-owned company.
S.append(dict(url="https://en.wikipedia.org/wiki/Novopay",
people=["Aroha Whaanga", "Tipene Trelawny", "Ngaire Kereama", "Heddwyn Vandersloot"],
blame="""
B failure-verb | The ministry's project board forgot that "go-live with known defects" means teachers don't get paid.
B passive-agent | Go-live was approved by Tipene over the test team's objections.
B counterfactual | If Aroha had delayed go-live by one more pay cycle, most of the open defects would have been fixed first.
B group-blame | The vendor delivered a system that was never ready, and they knew it.
B sarcasm | Top marks to whoever decided the school holidays were the perfect time to find out payroll didn't work.
B human-error | Cause given in the first briefing: user error by school administrators entering timesheets.
B competence | The service centre staff were too inexperienced to fix even simple pay problems.
B rhetorical-question | Why is Ngaire still running the project after three months of wrong pay?
O system-failure | The payroll system produced wrong or missing pay for thousands of school staff in its first pay cycles.
O neutral-fact | Novopay went live in August 2012 with a number of known defects still open.
O policy-subject | Heddwyn noted that the go-live criteria allowed release with open defects as long as workarounds were written down.
O actor-neutral | Aroha set up a daily defect call with the vendor and the school sector groups in October.
O system-should | The pay run should have held back any record whose hours changed by more than a set ratio from the previous cycle.
O quoted-question | A principal asked at the meeting "who signed this off?"; the report answers with the go-live criteria and the test evidence available then.
O agentless-passive | A ministerial inquiry was set up early in 2013 and reported that June.
O credit | Ngaire's manual reconciliation list caught about 400 staff who would otherwise have gone unpaid over the holidays.
""",
actions="""
Y Y N PREVENTS | Payroll project board | 2013-03-31 | Block any future payroll release while a severity-1 or severity-2 defect is open, written into the go-live criteria.
N N N PARTIAL | Vendor | | Fix Novopay.
Y Y Y DETECTS | Tipene Trelawny | 2013-02-28 | Compare each pay run with the previous one and flag every staff member whose net pay changes by more than 30% before payment.
N Y Y PARTIAL | Ngaire | | Sort out the service centre backlog.
Y Y N PARTIAL | Service centre | 2013-02-15 | Answer 80% of school calls within 5 minutes and publish the weekly figure.
N N N PARTIAL | we | | Restore the sector's confidence in payroll.
Y Y Y PARTIAL | @aroha.w | 2013-01-31 | Make an emergency payment available to any staff member missing pay within 2 working days of the school reporting it.
N Y N DETECTS | Schools | | Check pay slips more carefully.
Y N N PARTIAL | | 2014-10-31 | Move schools payroll operations into a government-owned company with a service-level report published each quarter.
N N Y PARTIAL | Heddwyn Vandersloot | 2013-06-30 | Look at lessons learned for other ministry projects.
Y Y N PARTIAL | Sector liaison | | Send every school a list of its staff with open pay errors before each pay day.
""",
ww="""
C | The emergency payment process got money to unpaid staff within two working days in most cases.
C | The daily defect call with the vendor and sector groups gave schools one list of open pay errors and who was fixing each.
V | Everyone went the extra mile for the schools.
"""))

# 6. kernel.org compromise, found 28 Aug 2011: attackers got root on hera and odin1, probably through stolen user
# credentials and a local privilege escalation; trojaned OpenSSH files; found through Xnest /dev/mem error messages;
# git trees verified via SHA-1 history; rebuild, key-only access, no more contributor shells.
S.append(dict(url="https://lwn.net/Articles/457142/",
people=["Eldridge Pirovano", "Hildur Lumb", "Egidio Pradhan", "Armelle Vandergriff"],
blame="""
B failure-verb | The admins never patched the local root hole on hera, even though it had been public for weeks.
B counterfactual | if Eldridge had required keys instead of passwords for shell accounts, the stolen credentials would have been useless
B passive-agent | The compromised account was handed out by Hildur to a contributor who reused the password elsewhere.
B group-blame | Kernel developers who log in from their own infected laptops are what brought this on.
B sarcasm | Reassuring that the world's most important source tree was guarded by whoever last remembered to run updates.
B character | Egidio is lazy about security and has been for years.
B hindsight | It was obvious to anybody that giving hundreds of developers a shell on the main server would end this way.
B nobody-blame | Nobody bothered to look at the odd Xnest errors until weeks after the break-in.
O system-failure | The attackers gained root on two servers and replaced OpenSSH files with trojaned versions.
O neutral-fact | The intrusion dated from around 12 August and was found on 28 August.
O credit | Armelle spotted Xnest /dev/mem error messages on a machine that had no Xnest installed, which started the investigation.
O system-should | The servers should have run a file-integrity check that flagged changed system binaries.
O meta-blameless | Forum posts blamed "sloppy admins"; the review records the missing integrity checks and the shared shell access instead.
O agentless-passive | The git trees were verified against the SHA-1 hashes held by developers and no tampering was found.
O policy-subject | Hildur noted that the account policy let any contributor with a tree keep a shell login on the main server.
O action-item | Egidio, can you post the list of accounts that were active in August to the cleanup channel today?
""",
actions="""
Y Y N PREVENTS | Infrastructure admins | 2011-10-31 | Rebuild hera and odin1 from clean media and allow only ssh key logins, confirmed by an sshd config check on both hosts.
N N N PARTIAL | Admins | | Harden the servers.
Y Y Y DETECTS | Eldridge Pirovano | 2011-09-30 | Run a nightly file-integrity scan of /usr/sbin and /lib on every kernel.org host and mail any change to the admin list.
N Y Y PARTIAL | Hildur | | Go through the user accounts.
N N N PARTIAL | everyone | | Be more security conscious.
Y N N PREVENTS | | 2011-12-31 | Replace shell access for contributors with a git-only upload service that accepts only GPG-signed pushes from each developer's key.
N Y N DETECTS | Security volunteers | | Monitor the logs more closely.
Y Y Y PARTIAL | @armelle.v | 2011-09-15 | Publish the steps for checking a tree against its SHA-1 history, with one tree verified end to end as a worked example.
N N Y PARTIAL | Egidio Pradhan | 2011-11-30 | Review the whole security model of the site.
Y Y N PARTIAL | Mirror team | 2011-10-15 | Bring the mirrors back only from verified trees and list each restored mirror with its check date on the status page.
N Y N PARTIAL | Web team | | Look at the wiki and mailing list servers.
""",
ww="""
C | Developers' own clones let every tree be checked against its SHA-1 history, so the code could be trusted without a backup.
V | The community rallied behind the admins.
V | Great spirit on the mailing list.
"""))

# 7. Swedish Transport Agency (Transportstyrelsen), 2015-2017: IT operations outsourced with security requirements
# waived by one decision; registers (vehicles, driving licences, protected identities) reachable by uncleared staff
# abroad; register extract mailed to subscribers with protected records; security police investigation; 2017 fallout.
S.append(dict(url="https://en.wikipedia.org/wiki/Swedish_Transport_Agency",
people=["Ragnvald Hesselgren", "Signe Vallander", "Ylva Carlgren", "Gustaf Lindevall"],
blame="""
B failure-verb | The director general simply overrode the security law and signed the waiver herself.
B passive-agent | The whole vehicle register was mailed out by Ragnvald's unit to subscribers, protected records included.
B counterfactual | Om Signe had stopped the outsourcing when the security office warned, no foreign technician would ever see the protected identities.
B group-blame | The outsourcing partner and its subcontractors let people without clearance poke around in our most sensitive registers.
B sanction | The managers who signed those decisions should be fired, not fined half a month's salary.
B rhetorical-question | Who in their right mind hands the military vehicle register to unvetted staff abroad?
B mistake-attribution | This whole mess is Ylva's mistake; she drafted the decision to skip the security assessment.
B human-error | The agency's first statement put the mailed register down to a human error in one department.
O system-failure | Administrators abroad had access to the vehicle register and the driving licence database without a security clearance.
O neutral-fact | The outsourcing contract took effect in 2015 and the security police opened an investigation the following year.
O policy-subject | Signe noted that the protective security act required an assessment before sensitive data left the agency's control.
O system-should | The access system should have blocked any account without clearance from the protected identity records.
O agentless-passive | The subscriber extract was changed in 2017 so that protected records were removed.
O actor-neutral | Gustaf wrote the first memo describing which registers the new operator could reach.
O org-subject | The security police reported the agency's handling of the registers to the prosecutor.
O system-counterfactual | With the protected records kept in a separate database operated in Sweden, the outsourcing would not have exposed them.
""",
actions="""
Y Y N PREVENTS | Security office | 2017-10-31 | Require a written security assessment approved by the security office before any register is hosted or operated outside the agency, with no waiver by a single signature.
N N N PARTIAL | Management | | Take security more seriously.
Y Y Y PREVENTS | Signe Vallander | 2017-09-30 | Remove access to the protected identity records for every account held by staff without Swedish security clearance, confirmed by an access report showing zero such accounts.
N Y Y PARTIAL | Ragnvald | | Look over the register mailing.
Y Y N DETECTS | IT operations | 2017-09-15 | Log every query on the protected identity records and send the security office a weekly report of queries from accounts outside Sweden.
N N N PARTIAL | we | | Win back the public's trust.
Y Y Y PREVENTS | @ylva.c | 2017-08-31 | Strip protected identities from the vehicle register extract before it goes to any subscriber, checked on each monthly extract.
N Y N DETECTS | Auditors | | Keep an eye on the outsourcing contract.
Y N N PARTIAL | | 2018-06-30 | Bring operation of the driving licence and vehicle registers back into the agency's own data centres.
N N Y PARTIAL | Gustaf Lindevall | 2017-12-31 | Review the agency's approach to outsourcing.
Y Y N PARTIAL | Communications | | Publish which registers were reachable from abroad and for which dates, within 2 weeks.
""",
ww="""
C | The security office's memo listing which registers the operator could reach gave investigators a complete scope from the first day.
C | The subscriber extract was changed to drop protected identities within days of the problem being raised.
V | Staff handled the media storm professionally.
"""))

# 8. Quintinshill, 22 May 1915: irregular late shift change; a local train was shunted onto the up main and forgotten;
# a southbound troop train ran into it and a northbound express hit the wreckage; gas lighting fed the fire; lever
# collars not used; Rule 55 visit made but not effective; register written up afterwards.
S.append(dict(url="https://en.wikipedia.org/wiki/Quintinshill_rail_disaster",
people=["Fiacra Cragg", "Elof Tolliver", "Hepzibah Lowrie", "Jolyon Birkett"],
blame="""
B failure-verb | The night signalman forgot the local train standing on the up main, though it was right outside his window.
B passive-agent | The lever collars were never put on by Fiacra, as the rules plainly required.
B counterfactual | Had the fireman of the local come up to the box and seen a collar fitted, the troop train would have been held.
B character | Elof was slack by habit; the irregular half-hour change-over was his own arrangement.
B timeline-blame | 06:42 Jolyon accepts the troop train from the next box without a glance at the line.
B group-blame | The signalmen at that box had been fiddling the train register for months.
B rhetorical-question | How can a signalman clear the road onto a line where the train he just stepped off is standing?
B sanction | Both men deserved the prison sentences they got.
O system-failure | Nothing in the signalling equipment prevented a signal being cleared for a line that was occupied.
O neutral-fact | The troop train ran into the local train at about 06:49 and the northbound express struck the wreckage about a minute later.
O policy-subject | Hepzibah pointed out that Rule 55 relied on a fireman's visit to the box as the only reminder that a train was standing.
O system-should | The box should have had track circuits to show that the up main line was occupied.
O agentless-passive | The lever collars were kept in the box but were not placed on the levers that morning.
O actor-neutral | Hepzibah sent the obstruction-danger bell signal to the neighbouring boxes after the second collision.
O system-counterfactual | With the carriages lit by electricity instead of gas, the fire would not have spread through the troop train.
O meta-blameless | The trial placed the fault on the two signalmen; this review looks at the equipment and rules that left memory as the only safeguard.
""",
actions="""
Y Y N PREVENTS | Signal engineering | 1916-06-30 | Fit track circuits on the up and down main lines through Quintinshill that lock the signals while a train stands there.
N N N PARTIAL | Signalmen | | Be more careful when trains are shunted.
Y Y Y PREVENTS | Fiacra Cragg | 1915-07-31 | Make lever collars compulsory on any signal protecting a standing train, with the district inspector checking a sample of boxes each week.
N Y Y PARTIAL | Elof | | Look at the shift change-over times.
N N N PARTIAL | everyone | | Remember the men of the troop train.
Y N N PARTIAL | Carriage department | 1918-12-31 | Replace gas lighting with electric lighting in all passenger stock used for troop movements.
N Y N DETECTS | District inspectors | | Check the train registers more often.
Y Y Y PARTIAL | Mr Birkett | 1915-06-30 | Forbid any change of signalman other than at the rostered time, entered in the register and checked by the stationmaster each day.
N N Y PARTIAL | Hepzibah Lowrie | 1915-12-31 | Review the rule book.
Y Y N PARTIAL | | | Carry fire extinguishers and axes in every carriage of a troop train and inspect them before departure.
N Y N PARTIAL | Military liaison | | Talk about how troops are moved by rail.
""",
ww="""
C | The obstruction-danger bell to the next boxes stopped any further train from running into the wreckage.
V | The people of Gretna were magnificent.
V | The rescuers worked tirelessly.
"""))

# 9. United 173, Portland, 28 Dec 1978: DC-8 gear indication problem after a loud thump; about an hour holding while the
# captain worked the problem and prepared the cabin; fuel exhaustion; crash about six miles southeast; 10 died; led to CRM.
S.append(dict(url="https://en.wikipedia.org/wiki/United_Airlines_Flight_173",
people=["Mauritz Winstanley", "Dagmar Rookwood", "Arvid Vickery", "Domitila Haverstock"],
blame="""
B failure-verb | The captain ignored the fuel state for an hour while he fussed over the gear light.
B competence | A captain with real command skills would have heard what his crew was trying to tell him.
B counterfactual | If Arvid had said plainly "we're out of fuel in fifteen minutes", the captain would have turned for the runway.
B passive-agent | The fuel warnings were brushed off by Mauritz every time the engineer raised them.
B human-error | One-liner for the slide: pilot error, fuel exhaustion.
B group-blame | The cockpit crew let the captain fly them into the ground; they were all in it.
B hindsight | Any pilot would have known that holding for an hour with that fuel was madness.
B self-blame | I knew the fuel was low and I didn't push hard enough; I'll carry that.
O system-failure | The gear indicator showed an unsafe state after the gear was lowered, although the gear was down and locked.
O neutral-fact | All four engines flamed out from fuel exhaustion and the aircraft came down about six miles southeast of the airport.
O policy-subject | Domitila noted that training at the time did not teach first officers or engineers how to challenge a captain.
O system-should | The cockpit should have shown fuel remaining as minutes of flight, not only as pounds.
O actor-neutral | Dagmar told approach control the aircraft would land with the gear down and asked for emergency equipment.
O system-counterfactual | If the checklist had put a time limit on troubleshooting below a set fuel level, the hold would have ended earlier.
O meta-blameless | The official probable cause named the captain's monitoring of fuel; this review sets the name aside and asks why the crew's concerns did not change the decision.
O credit | Arvid kept calling out the fuel state, and his readings are why the timeline is exact.
""",
actions="""
Y Y N PREVENTS | Flight training | 1979-12-31 | Add a crew resource management module to recurrent training with a simulator scenario in which the first officer must challenge the captain on fuel.
N N N PARTIAL | Flight crews | | Communicate better in the cockpit.
Y Y Y PREVENTS | Mauritz Winstanley | 1979-06-30 | Add a step to the abnormal gear checklist that sets a landing decision time from the fuel remaining before any troubleshooting starts.
N Y Y PARTIAL | Arvid | | Remind engineers to speak up.
Y Y N DETECTS | Aircraft engineering | 1980-06-30 | Fit an aural alert that sounds when fuel for less than 30 minutes of flight remains.
N N N PARTIAL | we | | Make sure no crew ever runs dry again.
Y Y Y PARTIAL | Dagmar | 1979-03-31 | Change the emergency call script so the crew states fuel remaining in minutes on every call to approach.
N Y N DETECTS | Dispatch | | Keep track of flights that are holding.
Y N N PARTIAL | | 1980-12-31 | Require every captain in the fleet to complete the crew resource management course before the next line check.
N N Y PARTIAL | Domitila Haverstock | 1979-09-30 | Look at the culture in the cockpit.
Y Y N PARTIAL | Maintenance | 1979-02-28 | Inspect the right main gear retract actuator rod ends on all DC-8s for corrosion and replace any that fail the check.
""",
ww="""
C | The cabin was prepared for an emergency landing and passengers were briefed on brace positions before the engines stopped.
C | Rescue crews had been alerted by the earlier emergency call and reached the crash site quickly.
V | The cabin crew were wonderful.
"""))

# 10. Sayano-Shushenskaya, 17 Aug 2009: unit 2, long over its vibration limit and used as the regulating unit, failed
# when fatigued turbine cover studs broke; the rotor rose out of its pit; water flooded the machine hall; 75 died;
# intake gates closed by hand after station power was lost.
S.append(dict(url="https://en.wikipedia.org/wiki/2009_Sayano-Shushenskaya_power_station_accident",
people=["Arkadiy Vostrikov", "Yaroslava Zaslavskaya", "Timofey Bernhardsen", "Evdokia Pelevina"],
blame="""
B failure-verb | The station management kept running unit 2 although its vibration was far over the limit for months.
B passive-agent | Unit 2 was chosen as the regulating unit by Arkadiy, knowing that it was the worst one.
B counterfactual | If Yaroslava stop the unit in July when the vibration doubled, nobody dies in the turbine hall.
B group-blame | The repair contractor who worked on unit 2 in spring did a bad job, and the studs show it.
B competence | These are operators who do not understand what vibration on a hydro unit means.
B rhetorical-question | How could the chief engineer sign off on a turbine shaking like that?
B nobody-blame | Nobody bothered to check the nuts on the cover studs after the repair.
B human-error | The first version for the ministry said: the accident was caused by the personnel.
O system-failure | Fatigue cracks grew in the studs holding the turbine cover until they failed and the rotor was forced up out of its pit.
O neutral-fact | Water flooded the machine hall within minutes and 75 people died.
O system-should | The vibration monitoring should have tripped the unit automatically at the limit instead of only displaying a value.
O policy-subject | Timofey noted that the dispatch rules let the station use its most worn unit as the main frequency regulator.
O actor-neutral | Evdokia climbed to the dam crest and closed the intake gates by hand after the station lost power.
O agentless-passive | Unit 2 had been returned to service in March after a repair.
O system-counterfactual | If the intake gates had closed automatically on loss of power, the flooding would have stopped much sooner.
O quoted-question | A journalist asked "who let the turbine run?"; the inquiry answers with the trip logic and the dispatch rules.
""",
actions="""
Y Y N PREVENTS | Plant engineering | 2010-03-31 | Connect the vibration monitors of all 10 units to an automatic trip at the manufacturer's limit, tested on each unit.
N N N PARTIAL | Station | | Improve the technical condition of the units.
Y Y Y PARTIAL | Yaroslava Zaslavskaya | 2009-12-31 | Make the intake gates close automatically on loss of station power, with a test closure of one gate each quarter.
N Y Y DETECTS | Timofey | | Keep an eye on the vibration of unit 2.
N N N PARTIAL | we | | Make the hydro industry safer.
Y Y N PREVENTS | | 2010-06-30 | Replace every turbine cover stud on units 1 to 10 and check them by ultrasonic test after each major repair.
N Y N PARTIAL | Grid dispatcher | | Think about which unit does frequency regulation.
Y Y Y DETECTS | Evdokia | 2010-01-31 | Log the vibration of every unit each hour and report any reading above 80% of the limit to the chief engineer in the same shift.
N N Y PARTIAL | Arkadiy Vostrikov | 2010-12-31 | Audit the safety of the whole hydro fleet.
Y N N PREVENTS | Generation company | 2011-12-31 | Bar any unit whose vibration exceeded the limit in the last 30 days from being the frequency-regulating unit at any of the company's plants.
N Y N PARTIAL | Emergency services | | Look at evacuation of the machine hall.
""",
ww="""
C | Closing the intake gates by hand on the dam crest stopped the water pouring into the machine hall.
V | The workers showed real heroism.
V | Great support from the whole country.
"""))

# 11. Libby Zion case, New York Hospital, 4-5 Mar 1984: a patient on phenelzine was given meperidine; agitation,
# restraints, haloperidol; temperature about 107 F; died hours after admission; residents covering many patients after
# long shifts, attending by phone; grand jury and Bell Commission; state limits on resident hours and supervision.
S.append(dict(url="https://en.wikipedia.org/wiki/Death_of_Libby_Zion",
people=["Quentin Pickersgill", "Urszula Azoulay", "Rostislav Farraday", "Serafima Drinkwater"],
blame="""
B failure-verb | The intern never checked the patient's medication list against the meperidine order.
B competence | Exhausted first-years with no idea about drug interactions were left to run a medical floor.
B passive-agent | The restraints were ordered by Quentin over the phone without anybody examining her again.
B counterfactual | If Urszula had come in from home that night instead of advising by phone, the patient would have been seen properly.
B character | Rostislav is arrogant with nurses, so of course he didn't listen when they called him about her.
B role-blame | The attending phoned in an opinion and went back to sleep.
B sanction | The residents should have lost their licences.
B implicit | Thanks to the nurse who kept calling; a pity the doctors on duty weren't as conscientious.
O system-failure | The ordering process let meperidine be given to a patient on phenelzine without any interaction warning.
O neutral-fact | Her temperature reached about 107 F in the early morning and she died a few hours after admission.
O policy-subject | Serafima noted that the hospital's rules let first-year residents cover about forty patients at night with the attending only on the phone.
O system-should | Admission should have included a medication reconciliation step that flagged monoamine oxidase inhibitors.
O agentless-passive | New York State later limited resident hours and required attending physicians to be present in the hospital.
O actor-neutral | Rostislav gave the order for the sedative at about 03:00 after the nurse's second call.
O system-counterfactual | With an attending physician in the hospital overnight, the rising temperature would have reached someone rested and with the authority to reassess.
O meta-blameless | The press framed it as tired young doctors killing a patient; the commission looked instead at hours, supervision and night staffing.
""",
actions="""
Y Y N PREVENTS | Pharmacy | 1984-09-30 | Block dispensing of meperidine to any patient with a monoamine oxidase inhibitor on the admission medication list unless an attending overrides in writing.
N N N PARTIAL | Residents | | Be more careful with drug interactions.
Y Y Y PARTIAL | Urszula Azoulay | 1984-06-30 | Require an attending physician to examine in person, within 1 hour, any patient placed in restraints overnight, recorded in the chart.
N Y Y DETECTS | Quentin | | Watch the vital signs of new admissions more closely.
Y Y N DETECTS | Nursing | 1984-05-31 | Call the attending directly, not only the resident, when a patient's temperature passes 104 F, as a written standing order.
N N N PARTIAL | we | | Look after our residents better.
Y N N PREVENTS | | 1989-07-01 | Limit residents to 80 hours a week and 24 consecutive hours, tracked by the residency office in a monthly report.
N Y N PARTIAL | Medical floor | | Review staffing.
Y Y Y PARTIAL | Dr Drinkwater | 1984-07-31 | Add a medication reconciliation line to the admission form listing every drug taken in the last 14 days, checked in a 50-chart audit.
N N Y PARTIAL | Rostislav Farraday | 1984-12-31 | Think about the culture of residency training.
Y Y N PARTIAL | Patient relations | | Meet the family within one week of any unexpected death and give them a written account of the timeline.
""",
ww="""
C | The nurse's repeated calls are in the chart with times, which let the review rebuild the night hour by hour.
C | Cooling measures were started as soon as the temperature of 107 F was found.
V | The staff were devastated and supported each other.
"""))

# 12. Walkerton, May 2000: heavy rain 8-12 May; manure runoff reached Well 5; chlorination too low; residuals not
# measured daily, logs falsified; the private lab reported adverse results to the utility only; the health unit's own
# tests; boil-water advisory 21 May; 7 died, about 2,300 ill; O'Connor inquiry.
S.append(dict(url="https://en.wikipedia.org/wiki/Walkerton_E._coli_outbreak",
people=["Leif Netherwood", "Kerstin Rutherglen", "Hjalmar Maitland", "Vendela Garnier"],
blame="""
B failure-verb | The utility operators skipped the daily chlorine residual checks and wrote made-up numbers in the log.
B passive-agent | The lab results showing E. coli were sat on by Leif for days while people drank the water.
B counterfactual | Had Kerstin told the health unit on the 19th, the boil-water advisory would have gone out two days earlier.
B group-blame | The provincial government gutted the environment ministry, and they killed those people as much as anyone.
B character | Hjalmar was a liar who covered up the test results to protect himself.
B hindsight | Any competent operator knows a shallow well near a farm needs proper chlorination after heavy rain.
B timeline-blame | May 19 - Leif tells the health unit the water is fine. It isn't.
B sarcasm | Excellent judgement by the utility manager, reassuring the health unit while the lab report was on his desk.
O system-failure | The chlorinator at Well 5 did not keep a residual high enough to kill the bacteria washed in after the rain.
O neutral-fact | Seven people died and about 2,300 became ill.
O policy-subject | Vendela noted that after privatisation no rule obliged a private lab to send adverse results to the medical officer of health.
O system-should | Well 5 should have had a continuous chlorine residual monitor with an alarm.
O actor-neutral | The medical officer of health issued the boil-water advisory on 21 May after the health unit's own samples.
O agentless-passive | Heavy rain fell between 8 and 12 May and manure from a nearby farm was carried toward Well 5.
O credit | Vendela, at the health unit, linked the rise in bloody diarrhoea cases to the town water and started her own sampling.
O system-counterfactual | With automatic notification of adverse results to the health unit, the first lab report would have triggered an advisory on its own.
""",
actions="""
Y Y N PREVENTS | Water utility | 2000-09-30 | Install continuous chlorine residual analysers on wells 5, 6 and 7 that alarm below 0.5 mg/L.
N N N PARTIAL | Operators | | Follow the procedures.
Y N N DETECTS | | 2000-08-31 | Require every accredited lab in the province to report adverse drinking-water results to the local medical officer of health within 24 hours.
N Y Y PARTIAL | Hjalmar | | Check the well logs.
N N N PARTIAL | everyone | | Take drinking water safety seriously.
Y Y Y PARTIAL | Kerstin Rutherglen | 2000-12-31 | Have every Walkerton water operator pass the provincial certification exam and keep the certificates on file for the inspector.
N Y N DETECTS | Health unit | | Watch for outbreaks more closely.
Y Y N PREVENTS | Engineering | 2001-06-30 | Close Well 5 permanently and seal its casing, confirmed by the ministry inspector.
N N Y PARTIAL | Leif Netherwood | 2001-03-31 | Review the source water protection policy.
Y Y Y PARTIAL | @vendela | 2000-07-31 | Write a boil-water advisory template with radio and print contacts so an advisory can go out within 2 hours of a decision.
N Y N PARTIAL | Ministry inspectors | | Sort out the inspectors' overdue visits.
""",
ww="""
C | The health unit's own water sampling confirmed the source quickly and backed the boil-water advisory.
V | The town showed great resilience.
V | Fantastic cooperation between the agencies.
"""))

# 13. Imperial Sugar, Port Wentworth, 7 Feb 2008: sugar dust ignited in a steel belt conveyor enclosed in 2007 under the
# silos; secondary explosions from dust on surfaces across the packing buildings; 14 died; CSB report on housekeeping,
# dust collection and hazard awareness.
S.append(dict(url="https://www.csb.gov/imperial-sugar-company-dust-explosion-and-fire/",
people=["Ingvar Postlethwaite", "Agneta Mabry", "Torsten Gillingwater", "Ismay Rattenbury"],
blame="""
B failure-verb | The plant managers neglected the sugar dust on the floors and rafters for years.
B passive-agent | The steel cover was bolted onto the conveyor by Torsten's crew with no thought about where the dust would go.
B counterfactual | if Ingvar had approved the dust collection upgrade in 2007 the conveyor would not have been full of dust
B group-blame | Corporate cared about throughput and nothing else; they let the place become a bomb.
B competence | Supervisors at this refinery had no clue what combustible dust even was.
B repeat-offender | Agneta has been told about the dust on every walkthrough and did nothing, again.
B mistake-attribution | The packing line workers caused this by spilling sugar all day.
B rhetorical-question | Who sends a crew home every night leaving inches of sugar dust everywhere?
O system-failure | Sugar dust built up inside the newly enclosed steel belt conveyor under the silos until it ignited.
O neutral-fact | The first explosion lifted dust from surfaces across the packing buildings and set off secondary explosions; 14 workers died.
O system-should | The enclosed conveyor should have had dust collection and explosion venting designed in when the cover was added.
O policy-subject | Ismay noted that the housekeeping procedure set no limit on how much dust could accumulate on surfaces.
O actor-neutral | Agneta raised the evacuation alarm from the packing building office right after the first blast.
O agentless-passive | The conveyor had been enclosed in 2007 to keep debris out of the sugar.
O org-subject | The Chemical Safety Board found that dust explosion hazards had been recognised in the industry for decades.
O system-counterfactual | With dust collection at the transfer points, the dust layers would not have been there to feed the secondary explosions.
""",
actions="""
Y Y N PREVENTS | Plant engineering | 2008-12-31 | Add dust collection and explosion venting to the enclosed belt conveyor and every transfer point in the packing buildings, confirmed in the design review.
N N N PARTIAL | Management | | Improve housekeeping.
Y Y Y DETECTS | Ingvar Postlethwaite | 2008-06-30 | Measure dust depth on 20 marked surfaces in the packing buildings every shift and stop the line if any exceeds 1/32 inch.
N Y Y PARTIAL | Agneta | | Clean up the sugar dust.
Y Y N PARTIAL | Training | 2008-09-30 | Train every refinery worker on combustible dust hazards with a test pass mark of 80%, recorded in the training system.
N N N PARTIAL | we | | Put safety first at the refinery.
Y N N PREVENTS | | 2009-06-30 | Install spark detection and extinguishing in all dust collection ducts at both of the company's refineries.
N Y N DETECTS | Safety committee | | Do more walkthroughs.
Y Y Y PARTIAL | Ismay | 2008-04-30 | Light the emergency exit routes from the packing building floors with fittings that run on battery for 90 minutes, checked monthly.
N N Y PARTIAL | Torsten Gillingwater | 2008-12-31 | Assess the safety of all the older buildings.
Y Y N PARTIAL | Maintenance | | Prohibit hot work in the packing buildings unless the area has been cleaned and certified dust-free by the supervisor.
""",
ww="""
C | The evacuation alarm sounded within seconds of the first blast, and many workers on the upper floors reached the stairs before the fires spread.
C | Fire crews from neighbouring towns arrived under the county mutual aid agreement within the first hour.
V | Everyone was very brave.
"""))

# 14. Mont Blanc tunnel fire, 24 Mar 1999: a lorry carrying margarine and flour caught fire in the tunnel; two control
# centres (French, Italian) with separate procedures; ventilation pushed smoke toward the French side; vehicles kept
# entering from that side; 39 died; fire burned about 53 hours; tunnel reopened in 2002 under a single operating structure
# with shelters and an escape gallery.
S.append(dict(url="https://en.wikipedia.org/wiki/Mont_Blanc_Tunnel",
people=["Evrard Castagnier", "Ottavio Tagliabue", "Ambroise Deschanel", "Pascaline Morvillier"],
blame="""
B failure-verb | The Italian control room failed to switch the ventilation to extraction and blew the smoke straight at the French side.
B passive-agent | Entry was kept open by Evrard's control centre for minutes after the smoke alarm came in.
B counterfactual | Se Ottavio avesse chiamato the French side at once, they would have closed the entrance before the lorries went in.
B group-blame | The truckers who kept driving into the smoke made their own fate.
B hindsight | It was obvious to anyone that two separate control rooms for one tunnel would not work in a fire.
B competence | The tunnel operators had no idea how their own ventilation worked.
B human-error | The operating company's first statement spoke of operator error in the handling of the ventilation.
B sarcasm | Lovely that each side kept its own procedures and its own radio right up to the moment the tunnel filled with smoke.
O system-failure | The two halves of the tunnel were run from two control centres with separate procedures and no shared view of the ventilation.
O neutral-fact | The fire burned for about 53 hours and 39 people died.
O system-should | The tunnel should have had fire-resistant shelters connected to a safe escape gallery at regular intervals.
O actor-neutral | Ambroise drove the first fire engine into the tunnel from the French side a few minutes after the alarm.
O policy-subject | Pascaline noted that the regulations did not limit how close heavy lorries could follow each other in the tunnel.
O agentless-passive | After the fire the tunnel was closed for three years and reopened under a single operating structure.
O system-counterfactual | Had the fresh-air ducts been able to reverse to smoke extraction at the fire, the smoke would not have travelled toward the French entrance.
O credit | Ottavio closed the Italian entrance within two minutes of the first smoke alarm, which kept more vehicles out from his side.
""",
actions="""
Y Y N PREVENTS | Tunnel operator | 2001-12-31 | Merge the French and Italian control rooms into one control centre with a single ventilation procedure, tested in a full-scale exercise.
N N N PARTIAL | Operators | | Coordinate better between the two sides.
Y Y Y PARTIAL | Evrard Castagnier | 2001-06-30 | Build pressurised fire shelters every 300 metres, each linked to a fresh-air escape gallery, inspected before reopening.
N Y Y DETECTS | Ottavio | | Keep an eye on lorries that overheat.
N N N PARTIAL | everyone | | Never forget the victims of the tunnel.
Y Y N PARTIAL | | 2001-09-30 | Install thermal cameras at both entrances that stop any lorry whose engine area is above 150 C before it enters.
N Y N PARTIAL | Hauliers | | Drive more carefully in tunnels.
Y Y Y PARTIAL | @pascaline | 2001-03-31 | Enforce a 150-metre gap between heavy goods vehicles in the tunnel with marker lights and automatic distance cameras.
N N Y PARTIAL | Ambroise Deschanel | 2001-12-31 | Review fire safety in all Alpine road tunnels.
Y Y N PARTIAL | Fire services | 2002-03-31 | Station a fire crew at the middle of the tunnel around the clock, able to reach any point within 10 minutes.
N Y N PARTIAL | Communication | | Think about the information for drivers.
""",
ww="""
C | The barrier on the Italian side came down quickly, so fewer vehicles were caught from that direction.
V | The firefighters were so courageous.
V | The two countries showed great solidarity afterwards.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

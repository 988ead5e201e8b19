# heldout26 rules data (see ../rules/SOURCES-heldout26.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Amazon S3 gossip 2008, Google "may harm your computer" 2009, McAfee DAT 5958 2010,
# Bitcoin value overflow 2010, Skype supernodes 2010, Nest thermostat 5.1.3 2016, Heartland Payment Systems 2008) and
# 7 outside software (Linate 2001, King's Cross fire 1987, Sampoong 1995, Seveso 1976, Notre-Dame fire 2019,
# Love Parade Duisburg 2010, Brumadinho 2019).
# Styles vary: Slack/IRC chat with handles, forum lines, timeline rows, draft post-mortems, board memos, inquiry prose,
# non-native English (Italian, German, French, Korean, Portuguese speakers), passive voice, sarcasm, hedged blame.
S = []

# 1. Amazon S3, 20 Jul 2008: single-bit corruption in gossiped server-state messages; no checksum on that internal
# state; servers spent their time gossiping; all communication stopped at 10:32 PDT, state cleared; EU back 15:10, US 16:58.
S.append(dict(url="https://status.aws.amazon.com/s3-20080720.html",
people=["Brynjar Quintanilha", "Hiltrud Pennycook", "Hezekiah Stallworth", "Zelinda Tchakarova"],
blame="""
B failure-verb | @brynjar skipped the checksum on the gossip messages when he wrote that path, and here we are.
B passive-agent | The state message format was shipped by Hiltrud's group with no integrity check at all.
B counterfactual | if hezekiah had pushed for MD5 on internal traffic back in June we would have had a quiet Sunday
B sarcasm | love that we checksum every customer byte but Zelinda's team apparently decided gossip was too trustworthy to bother
B rhetorical-question | Who signs off on a fleet-wide protocol that believes every bit it hears?
B hindsight | The June load-balancer corruption was a blinking warning and the storage leads just sat on it.
B human-error | Root cause (draft 1): operator error while handling corrupted state during the event.
B competence | Honestly the weekend on-call was too junior to recognise a gossip storm when they saw one.
O system-failure | The gossip protocol did not reject state messages that had been altered by a single flipped bit.
O actor-neutral | 08:55 PDT Brynjar paged the storage on-call and opened the incident channel.
O system-should | The internal state messages should have carried the same MD5 protection the customer objects already had.
O neutral-fact | Error rates climbed in every S3 location from 08:40 PDT and very few requests completed after 08:50.
O credit | Hiltrud spotted that hosts were spending nearly all their time gossiping, which pointed everyone at server-to-server traffic.
O agentless-passive | At 10:32 PDT the decision was taken to stop all server-to-server communication and clear the shared state.
O system-counterfactual | Had the gossip layer discarded inconsistent state, the corruption would have stayed on the host that produced it.
O policy-subject | Hezekiah noted that the credit policy waived the usual claim step for this event, so customers did not need to write in.
""",
actions="""
Y Y Y PREVENTS | Hezekiah Stallworth | 2008-08-15 | Add an MD5 checksum to every gossip state message and drop any message that fails it, with a fault-injection test that flips one bit.
N N N PARTIAL | Storage team | | Make the gossip protocol more robust.
Y Y N DETECTS | S3 on-call | 2008-08-01 | Alert when the share of host CPU spent on gossip exceeds 30% for 5 minutes in any S3 location.
N Y Y PARTIAL | Hiltrud | | Look at how state gets cleared during recovery.
Y Y N PARTIAL | | 2008-09-30 | Write and rehearse a runbook that clears all gossiped state and restarts request processing, with a target of under 60 minutes end to end.
N N N PARTIAL | we | | Communicate better with customers during long events.
Y Y Y PARTIAL | @brynjar | 2008-08-10 | Post the first status-page update within 15 minutes of elevated S3 error rates and every 20 minutes after that.
N Y N PARTIAL | Networking | | Double-check the NICs in the affected racks.
Y N N PREVENTS | Platform engineering | 2008-12-31 | Require a valid checksum on every internal message type across the S3 inter-service protocols, shown by an audit listing zero unchecked types.
N N Y PARTIAL | Zelinda Tchakarova | 2008-10-01 | Review the overall design of server-to-server communication.
Y Y N DETECTS | Fleet ops | | Page the on-call when gossip message volume per host exceeds three times its 7-day median.
""",
ww="""
C | Stopping all server-to-server traffic at 10:32 gave a clean base; internal communication was fully back by 14:20 PDT.
V | The whole team really stepped up on a Sunday.
C | Service credits were applied automatically, so no customer had to e-mail to claim one.
"""))

# 2. Google search, 31 Jan 2009: "/" checked in as a value to the harmful-site list; every result got the
# "This site may harm your computer" warning between about 06:30 and 07:25 PST; staggered rollout; SRE reverted.
S.append(dict(url="https://atelier.bnpparibas/en/smart-city/article/updated-google-harm-computer",
people=["Eulalie Winterbottom", "Aleksi Yeboah", "Raimunda Leverett", "Absalom Dimmock"],
blame="""
B human-error | Cause, per the first draft: human error, a slash typed into the badware URL list.
B failure-verb | Eulalie missed the bare slash when she reviewed the list update that morning.
B timeline-blame | 06:27 PST Raimunda checks in a broken list and every result starts carrying the warning
B passive-agent | The '/' entry was added by Absalom with nobody looking over it.
B group-blame | StopBadware sent us a bad list and we published it; the mistake started with them.
B counterfactual | None of this happens if Raimunda had just read the diff before the push.
B sarcasm | Very kind of whoever typed that slash to mark the entire web as malware on a Saturday morning.
B sanction | Whoever checked that file in should lose push rights on the list for a month.
O system-failure | The list-update pipeline accepted an entry that matched every URL on the web.
O neutral-fact | Between about 06:30 and 07:25 PST every search result carried the "may harm your computer" warning.
O credit | Aleksi, on call for site reliability, found the bad entry and reverted the file within about forty minutes.
O system-should | The push job should have refused any pattern that expands to more than a tiny share of indexed URLs.
O meta-blameless | The public post called it human error; this review records the phrase and then asks why a single character could reach production unchecked.
O quoted-question | A webmaster on the forum asked "who at Google broke search?"; the answer here is about the validation the file lacked.
O agentless-passive | Updates to the list are pushed in a staggered, rolling way, so the warnings first appeared between 06:27 and 06:40.
O org-subject | The StopBadware team posted its own explanation that day while its site struggled under the traffic.
""",
actions="""
Y Y Y PREVENTS | Eulalie Winterbottom | 2009-02-15 | Reject in the list-push pipeline any entry that would match more than 0.1% of indexed URLs, with unit tests for "/" and "*".
N N N PARTIAL | Safe Browsing team | | Be more careful with list updates.
Y Y N DETECTS | SRE | 2009-02-07 | Page the on-call when the share of results with the harmful-site warning goes above 5% for 2 minutes.
N Y Y PARTIAL | Absalom | | Double-check the malware list before each push.
Y Y N PARTIAL | | 2009-03-01 | Push list updates to 1% of serving clusters for 10 minutes first and roll back automatically if warning rates pass the previous day's peak.
N N N PARTIAL | everyone | | Remember that one character can break search.
Y Y Y PARTIAL | @aleksi | 2009-02-10 | Put the one-command revert of the list file in the on-call runbook and time it in a drill, target under 5 minutes.
N Y N DETECTS | Search quality | | Improve monitoring of the warning interstitial.
N N Y PARTIAL | Raimunda Leverett | 2009-04-30 | Audit the whole list-maintenance process.
Y Y N PREVENTS | Safe Browsing team | 2009-02-28 | Require a second reviewer's approval in the code-review tool for every change to the list file.
N Y N PARTIAL | Partner relations | | Clarify with StopBadware who owns which step.
""",
ww="""
C | The on-call SRE reverted the file about 40 minutes after the first warnings appeared.
V | Good teamwork between search and SRE.
V | The response was quick and professional.
"""))

# 3. McAfee DAT 5958, 21 Apr 2010: signature flagged svchost.exe as W32/Wecorl.a on Windows XP SP3; quarantine led to
# reboot loops, lost networking; DAT pulled, extra.dat and DAT 5959 released. Written as a customer site's (a
# hospital group's) internal review; the customer and its estate are invented.
S.append(dict(url="http://download.nai.com/products/mcafee-avert/5958/ht/MFE_5958_Response.htm",
people=["Honorine Ferreyra", "Bogumil Achterhof", "Sorcha Gundersen", "Mordecai Bramwell"],
blame="""
B failure-verb | The vendor's DAT testers never tried XP SP3 with VirusScan 8.7, and they knew half the world runs exactly that.
B group-blame | McAfee's content people released a signature that nuked svchost.exe; that is their mistake, full stop.
B passive-agent | The "deploy DAT on arrival" policy was set by Bogumil two years ago and never questioned since.
B counterfactual | If Sorcha hold the update one hour like in the old policy, we did not lose 3,000 desktops.
B rhetorical-question | How can a desktop lead approve automatic push of antivirus to every PC including the ward computers?
B competence | Our desktop team frankly do not understand how EPO replication works, this is the real problem.
B self-blame | I approved the immediate-deploy policy and it's on me that the surgical wing went down.
B nobody-blame | Nobody bothered to read the vendor advisory before the USB-stick clean-up started.
O system-failure | DAT 5958 flagged the genuine svchost.exe as W32/Wecorl.a and quarantined it, which put XP SP3 machines into a reboot loop.
O actor-neutral | Mordecai pulled 5958 from our EPO repository at 15:10 and pushed the extra.dat to the servers first.
O system-should | The EPO repository should have held new DATs on a pilot group for a soak period before the whole estate took them.
O self-report | I pushed the DAT task to all groups at 14:05 BST; at that time the pilot group had no members.
O policy-subject | Honorine pointed out that our patch policy classes signature files as no-risk content, so they skip change control.
O neutral-fact | Machines that had not rebooted yet could be saved by applying the extra DAT before the next restart.
O quoted-question | The ward manager asked on the bridge "can we trust the antivirus now?"; we answered with the pilot-ring change, not with names.
O credit | Sorcha's walk-round list of PCs still on DAT 5957 let the technicians skip about 1,200 healthy machines.
""",
actions="""
Y Y Y PREVENTS | Bogumil Achterhof | 2010-05-07 | Change the EPO DAT task so new DATs reach a 50-machine pilot group first and the rest only after 4 hours with no quarantine of a Windows system file.
N N N PARTIAL | Desktop team | | Take more care when new virus definitions arrive.
Y Y N DETECTS | Service desk | 2010-05-01 | Alert when more than 20 machines report a quarantine of any file under C:\\Windows\\system32 within 15 minutes.
N Y Y PARTIAL | Honorine | | Talk to McAfee about their QA.
Y Y N PARTIAL | | 2010-05-14 | Keep a bootable remediation USB with the current extra.dat in each floor's IT cabinet and confirm all 14 are present each month.
N N N PARTIAL | we | | Get better at handling vendor incidents.
Y Y Y PARTIAL | @mordecai.bramwell | 2010-04-30 | Add the vendor's emergency-DAT rollback steps to the desktop runbook and test them on 5 XP SP3 machines.
N Y N DETECTS | IT security | | Keep an eye on the McAfee advisories.
Y N N PARTIAL | Infrastructure | 2010-09-30 | Move every ward and theatre PC into a DAT deployment ring that lags the office estate by 24 hours.
N N Y PARTIAL | Sorcha Gundersen | 2010-06-30 | Review our whole endpoint protection strategy.
Y Y N PARTIAL | Vendor management | 2010-05-31 | Get written confirmation from McAfee that XP SP3 with VirusScan 8.7 is in their DAT test matrix and file it with the contract.
""",
ww="""
C | Pulling 5958 from our repository at 15:10 kept about 60% of desktops from ever receiving it.
C | The extra.dat went to servers before desktops, so no server rebooted into the loop.
V | Brilliant effort from IT all day.
"""))

# 4. Bitcoin value overflow, 15 Aug 2010: block 74638 held a transaction with two outputs of ~92.2 billion BTC; the
# check did not test the sum of outputs for overflow; 0.3.10 soft fork within ~5 h; good chain overtook at 74691.
S.append(dict(url="https://en.bitcoin.it/wiki/Value_overflow_incident",
people=["Dobroslav Zapletal", "Wieslawa Hochstetter", "Kunibert Fothergill", "Zuzanna Morimoto"],
blame="""
B failure-verb | the original dev never checked that the sum of outputs could overflow, rookie stuff
B competence | Amateur cryptographers writing money code, what did anyone expect?
B sarcasm | congrats to whoever reviewed CheckTransaction, 184 billion coins really passed the smell test
B counterfactual | if Dobroslav had tested with huge output values before 0.3.9 went out we would never have forked
B rhetorical-question | Why was Wieslawa merging consensus code with no second pair of eyes?
B character | Kunibert is reckless with releases, he ships whatever compiles.
B repeat-offender | Third bug in a few months from the same contributor; Zuzanna keeps doing this.
B mistake-attribution | It was the miners' fault for blindly building on a block nobody had looked at.
O system-failure | The transaction check tested each output for being non-negative but never tested the total for overflow.
O credit | Dobroslav noticed the odd 92 billion BTC outputs in block 74638 and posted about them on the forum within the hour.
O neutral-fact | A fixed client, 0.3.10, was published about five hours after the block was found.
O system-counterfactual | With a MAX_MONEY bound on each output and on the total, every node would have rejected the block.
O actor-neutral | Wieslawa uploaded a clean block-chain snapshot so people upgrading did not have to resync from scratch.
O agentless-passive | The good chain overtook the bad one at height 74691 and the bad transaction dropped out of the history.
O system-should | Node software should have refused any transaction whose outputs exceed the 21 million coin limit.
O action-item | Kunibert, please add a regression test that builds a transaction with two INT64-sized outputs.
""",
actions="""
Y Y Y PREVENTS | Zuzanna Morimoto | 2010-08-31 | Add unit tests to CheckTransaction for outputs above MAX_MONEY and for output sums that overflow int64, and fail the release build if they fail.
N N N PARTIAL | Core devs | | Make consensus code safer.
Y Y N DETECTS | | 2010-09-15 | Make nodes log a warning and raise an alert when a block's total output value exceeds its inputs plus the block reward.
N Y Y PARTIAL | Kunibert | | Look over CheckTransaction again.
Y Y N PARTIAL | Release maintainers | 2010-09-01 | Prepare an emergency-upgrade notice template with signed binaries and a checksum list, usable within 2 hours of any consensus fix.
N N N PARTIAL | everyone | | Upgrade faster when there's a problem.
N Y N DETECTS | Miners | | Pay more attention to strange blocks.
Y Y Y PREVENTS | @dobroslav | 2010-09-10 | Require sign-off from two reviewers in the repository for any change to the consensus validation files.
N N Y PARTIAL | Wieslawa Hochstetter | 2010-12-31 | Audit all the arithmetic in the client.
Y Y N DETECTS | Forum moderators | | Pin a thread listing block explorers that flag any block with outputs above 21 million BTC.
N Y N PARTIAL | Client team | 2010-10-01 | Double-check the integer types in transaction code before every release.
""",
ww="""
C | A fixed client was out about five hours after the block was spotted.
V | Amazing attitude from everyone on the forum.
V | People kept their heads in the IRC channel.
"""))

# 5. Skype, 22-24 Dec 2010: offline-IM servers overloaded; delayed responses crashed Windows client 5.0.0152 (~50% of
# users); 25-30% of public supernodes failed; overload protection cascade; dedicated "mega-supernodes"; $1 voucher.
S.append(dict(url="https://bgr.com/general/massive-skype-outage-explained-by-companys-cio-1-service-credit-to-affected-users/",
people=["Gerwin Kolbeinsson", "Ysaline Obuya", "Teodoro Heseltine", "Rasa Villalobos"],
blame="""
B failure-verb | The Windows client team ignored the delayed-response case in 5.0.0152 even though it was in the test plan.
B passive-agent | The crash bug was waved into 5.0.0152 by Teodoro's release group to hit the holiday date.
B human-error | Primary cause: human error in client release testing.
B group-blame | Users who didn't update to 5.0.0156 basically took the network down themselves.
B hindsight | Anyone with a basic grasp of P2P should have seen that half our supernodes on one client build was a disaster waiting to happen.
B counterfactual | Had Ysaline load-tested the offline IM cluster before Christmas, it never would have tipped over.
B sarcasm | Great call by the product lead to auto-update nobody right before the holidays.
B role-blame | The release manager let half our user base sit on a build with a known crash.
O system-failure | The offline instant messaging servers became overloaded and answered some clients with long delays.
O system-should | Client 5.0.0152 should have handled a late server response instead of crashing.
O neutral-fact | About half of Skype users ran 5.0.0152, and the crashes took out 25-30% of the public supernodes.
O actor-neutral | Gerwin began bringing dedicated "mega-supernodes" online on the 23rd to put capacity back into the network.
O agentless-passive | A $1 credit voucher was e-mailed to affected paying users after the outage.
O policy-subject | Rasa noted that the update policy left automatic updates off by default for Windows 5.0 clients.
O meta-blameless | Some press coverage blamed users for not upgrading; the report does not take that view and looks at how updates were delivered.
O system-counterfactual | If the supernodes had rejoined in stages, the survivors would not have tripped their overload protection in a loop.
""",
actions="""
Y Y Y PREVENTS | Teodoro Heseltine | 2011-01-31 | Add a release-suite test that delays offline-IM server responses by 30 s and fails the Windows client build if the client crashes.
N N N PARTIAL | Client team | | Improve the quality of Windows releases.
Y Y N PARTIAL | Core infrastructure | 2011-02-28 | Keep at least 500 dedicated supernodes on standby that can be brought online within 30 minutes, drilled every quarter.
N Y Y DETECTS | Ysaline | | Keep an eye on the offline IM cluster.
Y Y N PARTIAL | | 2011-03-15 | Let the update service force-update any client build with a known crash bug within 72 hours of the fixed release.
N N N PARTIAL | we | | Communicate more openly during big outages.
Y Y Y DETECTS | @gerwin.k | 2011-01-15 | Alert when the number of online supernodes drops by more than 10% in 15 minutes.
N Y N PARTIAL | Supernode team | | Look into the overload protection behaviour.
Y N N PARTIAL | Platform | 2011-06-30 | Change supernode rejoin logic so that no more than 5% of supernodes reconnect per minute after a mass failure.
N N Y PARTIAL | Rasa Villalobos | 2011-04-01 | Rethink the P2P architecture.
Y Y N PARTIAL | Status comms | | Post on the Skype heartbeat blog within 30 minutes of a supernode loss above 10%, then every 2 hours until recovery.
""",
ww="""
C | The dedicated mega-supernodes restored capacity in stages and the network was stable again by the 24th.
V | Heroic work by the ops folks over the holidays.
C | The root-cause write-up came out within a week and named the client version involved.
"""))

# 6. Nest Learning Thermostat, Jan 2016: December update 5.1.3 led to battery drain and shut-downs about two weeks
# later; homes went cold; nine-step USB recharge fix; "99.5% fixed"; electrician offered.
S.append(dict(url="https://www.engadget.com/2016/01/14/nest-software-bug/",
people=["Tiphaine Gashi", "Cathal Mwenda", "Liselotte Soyinka", "Eoghan Tunnicliffe"],
blame="""
B failure-verb | Firmware QA forgot to run the two-week soak on 5.1.3, which is literally the only test that would have caught this.
B mistake-attribution | The battery drain was Tiphaine's mistake in the power-management change, plain and simple.
B sarcasm | Shoutout to the firmware crew for testing the winter release in a nicely heated office in December.
B rhetorical-question | Why would Cathal ship a power-management change right before the holidays?
B counterfactual | if Liselotte had kept 5.1.3 on the beta channel another two weeks we'd have seen the drain before anyone woke up cold
B group-blame | The support team made it worse by telling customers their furnaces and filters were to blame.
B competence | A competent embedded team would have measured battery draw across a whole update cycle.
B sanction | Eoghan should be taken off firmware releases until the review is done.
O system-failure | Update 5.1.3 left some thermostats unable to charge their battery, and they shut down when it ran flat.
O neutral-fact | The bug stayed hidden for about two weeks after the December update, so the first reports came in January.
O actor-neutral | Eoghan posted the nine-step recovery procedure to the help site on the 13th.
O system-should | The thermostat should have kept a minimum heating schedule running when its battery fell below the shutdown threshold.
O credit | Liselotte matched the forum reports to units on 5.1.3, which confirmed the update as the trigger.
O policy-subject | Cathal flagged that the release policy had no soak period for firmware touching power management.
O system-counterfactual | A staged rollout that watched battery telemetry would have stopped 5.1.3 at a few thousand homes.
O quoted-question | A customer asked on the forum "who at Nest thought this was ready?"; the reply pointed to the rollout gate that was missing.
""",
actions="""
Y Y Y PREVENTS | Liselotte Soyinka | 2016-02-15 | Add a 21-day battery soak on 200 lab thermostats to the firmware release checklist; the release is blocked if any unit drops below 3.6 V.
N N N PARTIAL | Firmware team | | Make updates safer.
Y Y N DETECTS | Device telemetry | 2016-02-01 | Alert when more than 0.5% of thermostats on one firmware version report a battery below 3.7 V within 24 hours.
N Y Y PARTIAL | Tiphaine | | Double-check the power-management code.
N N N PARTIAL | Everyone | | Think about what a cold home means for our customers.
Y Y N PARTIAL | Customer support | 2016-01-31 | Offer a free electrician visit to every customer who cannot complete the nine-step fix, tracked in the support tool until closed.
Y N N PARTIAL | | 2016-04-30 | Roll every firmware release out to 1%, then 10%, then 100% of devices with a 7-day hold between stages.
N Y N DETECTS | Support | | Monitor the community forum more closely.
N N Y PARTIAL | Cathal Mwenda | 2016-03-31 | Review the whole firmware release process.
Y Y Y PARTIAL | @eoghan | 2016-01-20 | Replace the support-script line about furnaces and air filters with the 5.1.3 diagnosis and confirm the change in the script repository.
N Y N PARTIAL | Product | | Look into some kind of fallback heating mode.
""",
ww="""
C | The nine-step USB recharge procedure was on the help site within a day and brought 99.5% of affected units back.
V | Great customer focus from support.
V | The team handled a stressful week with grace.
"""))

# 7. Heartland Payment Systems, 2007-2009: SQL injection into a web form (late 2007) gave a foothold; months of
# lateral movement; sniffer malware on processing servers captured card data in transit (~130M cards); Visa and
# MasterCard flagged fraud in Oct 2008; disclosed 20 Jan 2009; PCI audits had been passed; end-to-end encryption after.
S.append(dict(url="https://www.hedgehogsecurity.co.uk/blog/anatomy-of-a-breach-heartland-payment-systems",
people=["Perrine Oshiro", "Amaury Pfannkuch", "Iracema Stavropoulos", "Gunnar Ibarguren"],
blame="""
B failure-verb | The web team neglected to fix a login form that had been open to SQL injection for years.
B hindsight | It is hard not to conclude that a more alert security group would have noticed six months of lateral movement.
B passive-agent | The warnings about the sniffer were brushed aside by Amaury as scanner false positives back in spring.
B counterfactual | Had Perrine insisted on encrypting card data in transit, the sniffer would have captured nothing of use.
B implicit | Thanks to Iracema for reading the firewall logs, which apparently was nobody else's priority.
B character | Gunnar is complacent about compliance; he believed a PCI pass meant we were safe.
B nobody-blame | Nobody could be bothered to look at the outbound traffic to those unknown hosts.
B timeline-blame | Dec 2007 - Amaury's old web form lets the attackers in.
O system-failure | The web application built SQL queries by pasting user input into them, which gave the attackers a way onto the corporate network.
O neutral-fact | Card data crossed the processing network in clear between decryption at the edge and re-encryption for the card brands.
O org-subject | Visa and MasterCard told us in late October 2008 about fraud patterns that traced back to cards we had processed.
O actor-neutral | Iracema found the sniffer binary on a processing server in January and handed it to the forensic firm.
O policy-subject | Perrine noted that the PCI audit scope covered the edges of the processing network, not the traffic inside it.
O system-should | Segmentation between the corporate and payment networks should have blocked any path from a web server to the processing hosts.
O meta-blameless | The press framed the breach as a failure of the security staff; this memo sets that aside and describes the controls that were missing.
O system-counterfactual | With encryption from the terminal onward, the data on our servers would have been useless to whoever copied it.
""",
actions="""
Y N N PREVENTS | Payments engineering | 2009-12-31 | Encrypt card data from the point-of-sale terminal to the card brand so it never appears in clear on our servers, verified by a packet capture on each processing segment.
N N N PARTIAL | Security | | Strengthen our security posture.
Y Y Y PREVENTS | Amaury Pfannkuch | 2009-03-31 | Replace every concatenated SQL query in the public web applications with parameterised queries, confirmed by a static scan with zero findings.
N Y Y PARTIAL | Gunnar | | Look at the PCI audit findings again.
Y Y N DETECTS | SOC | 2009-03-15 | Alert when any processing server opens an outbound connection to a host that is not on the approved list.
N N N PARTIAL | we | | Be more vigilant.
Y Y N PREVENTS | Network engineering | 2009-04-30 | Block all traffic from the corporate network to the processing network except the 3 documented service ports, confirmed by a quarterly firewall rule review.
N Y N DETECTS | IT | | Double-check the servers for malware.
Y Y Y DETECTS | @iracema | 2009-02-28 | Run a file-integrity check on every processing server nightly and page the SOC on any new unsigned binary.
N N Y PARTIAL | Perrine Oshiro | 2009-06-30 | Review our entire approach to compliance.
Y Y N PARTIAL | | 2009-02-15 | Staff a dedicated phone line for issuing banks from 08:00 to 20:00 ET and answer 90% of calls within 2 minutes.
""",
ww="""
C | The forensic firm found the sniffer and the affected servers were isolated within days of it being engaged.
V | The executives backed the security team throughout.
C | A dedicated line for issuing banks answered card-reissue questions from the day of disclosure.
"""))

# 8. Linate, 8 Oct 2001: SAS MD-87 taking off from 36R in fog (~225 m) hit a Cessna Citation that had taxied via R6
# instead of R5 onto the runway; 118 died; ground radar not in service; R6 stop bar not working; markings not in charts.
S.append(dict(url="https://en.wikipedia.org/wiki/Linate_Airport_disaster",
people=["Benedetta Scarpellini", "Oddvar Sowerby", "Assunta Cavalcanti", "Ulisse Ferraguti"],
blame="""
B failure-verb | The Cessna crew missed the turn to R5 and rolled into R6 in the fog.
B human-error | The first conclusion in the tower was simple: pilot error of the private aircraft, nothing more.
B passive-agent | The Cessna was cleared towards the runway by Oddvar without anyone checking where it really was.
B counterfactual | If the ground controller had ask the position one more time, the collision is not happening.
B group-blame | The airport management have ignored for years the signs and the markings, this is their guilt.
B competence | The Cessna pilots were not even qualified for low-visibility operations and had no business taxiing that day.
B rhetorical-question | How does a controller clear an aircraft from a report point he cannot find on his own chart?
B repeat-offender | Ulisse has mixed up taxiway reports before, this is not the first time on his shift.
O system-failure | The ground radar was out of service, so the controllers had no picture of traffic on the apron and taxiways.
O neutral-fact | Visibility was about 225 metres at the time of the collision.
O system-should | The stop bar on taxiway R6 should have been lit and working to protect the runway from that taxiway.
O policy-subject | Assunta pointed out that the S4 and S5 ground markings were not published in the aeronautical charts.
O actor-neutral | Benedetta read back the take-off clearance from the MD-87 and the roll began a few seconds later.
O agentless-passive | A replacement ground radar had been delivered years earlier but was never installed.
O meta-blameless | The first statements put everything on the Cessna crew; the inquiry went past that and listed the airport's missing safety systems.
O system-counterfactual | Had a runway incursion alarm covered that taxiway, the tower would have been warned before the take-off clearance.
""",
actions="""
Y Y N PREVENTS | Airport operator | 2002-06-30 | Install and commission a working ground movement radar at Linate, with the tower display checked every day.
N N N PARTIAL | ENAV | | Improve safety on the ground.
Y Y Y PREVENTS | Assunta Cavalcanti | 2002-03-31 | Replace the non-standard S4 and S5 markings on taxiways R5 and R6 with ICAO markings and publish them in the AIP.
N Y Y PARTIAL | Ulisse | | Remind controllers to be careful in fog.
Y Y N PREVENTS | | 2002-02-28 | Keep the R6 stop bar lit and interlocked so it cannot be switched off while runway 36R is in use.
N N N PARTIAL | we | | Make sure we learn something from the Linate crash.
N Y N DETECTS | Tower supervisors | | Watch low-visibility taxiing more closely.
Y Y Y PARTIAL | @oddvar | 2002-01-31 | Require a position read-back in standard English for every taxi clearance below 400 m visibility, checked in a monthly sample of 50 recorded clearances.
N N Y PARTIAL | Benedetta Scarpellini | 2002-12-31 | Review the safety management of the airport.
Y N N PARTIAL | Civil aviation authority | 2002-09-30 | Bar aircraft whose crews are not certified for low-visibility operations from taxiing at Italian airports when RVR is below 400 m, published by NOTAM.
N Y N PARTIAL | Airport fire service | | Look at response times to the baggage hangar.
""",
ww="""
C | The tower stopped all departures right after the collision, so no other aircraft entered 36R.
V | Everyone showed great courage.
V | Communication was excellent in the difficult hours after.
"""))

# 9. King's Cross fire, 18 Nov 1987: fire under wooden escalator 4 (Piccadilly line), probably a dropped match
# igniting grease and fluff in the running tracks; trench effect; flashover into the ticket hall ~19:45; 31 died;
# staff untrained, water fog not used; Fennell inquiry.
S.append(dict(url="https://en.wikipedia.org/wiki/King%27s_Cross_fire",
people=["Bertille Marchmont", "Crescenzo Ferriter", "Zulmira Gilhooly", "Gualtiero Wexford"],
blame="""
B failure-verb | The escalator cleaners neglected the running tracks for years, and their grease and fluff is what burned.
B timeline-blame | 19:30 Gualtiero shrugs off the passenger's report of smoke and carries on collecting tickets.
B passive-agent | The fire was written off as a "smouldering" by the station staff and left for the brigade to find.
B counterfactual | Had Zulmira turned on the water fog, the fire would have been out well before the flashover.
B group-blame | The station staff were useless in a fire, full stop.
B sarcasm | Well done to the inspectors who signed escalator 4 off as tidy the week before.
B hindsight | Any sensible manager would have shut the wooden escalators after the earlier fires.
B human-error | Cause as first recorded by the line manager: human error, a passenger's discarded match.
O system-failure | Wooden escalator 4 burned from below, and the trench effect carried the fire up into the ticket hall.
O neutral-fact | The flashover into the ticket hall came at about 19:45 and 31 people died.
O actor-neutral | Crescenzo rang the London Fire Brigade from the ticket office at 19:36.
O system-should | The running tracks should have had heat detectors and sprinklers that worked without anyone switching them on.
O policy-subject | Bertille pointed out that the smoking ban did not stop people lighting up on the escalators on their way out.
O agentless-passive | The water fog controls were never operated and the hose equipment stayed unused.
O quoted-question | A journalist asked "why did staff not evacuate sooner?"; the inquiry answered with the gaps in training, communication and detection.
O credit | A passenger told a ticket collector about the burning escalator, which started the response.
""",
actions="""
Y N N PREVENTS | Engineering | 1989-12-31 | Replace every wooden escalator on the Underground with metal steps and side panels.
N N N PARTIAL | Station staff | | Get the staff ready for the next fire.
Y Y Y DETECTS | Bertille Marchmont | 1988-06-30 | Fit heat detectors under every escalator at King's Cross, linked to the station control room, with a monthly test log.
N Y Y PARTIAL | Crescenzo | | Keep the running tracks cleaner.
Y Y N PREVENTS | | 1988-03-31 | Install automatic sprinklers in the running tracks of all escalators in deep stations, set off by heat without staff action.
N N N PARTIAL | everyone | | Take fire more seriously.
Y Y N PARTIAL | Training school | 1988-09-30 | Give every station employee a half-day fire course that includes using the water fog controls, with attendance recorded until 100% have completed it.
N Y N DETECTS | Line management | | Improve communication with the fire brigade.
Y Y Y PARTIAL | @zulmira.gilhooly | 1988-02-29 | Put a direct telephone line from each station control room to the fire brigade and test it weekly.
N N Y PARTIAL | Gualtiero Wexford | 1988-12-31 | Review fire safety culture on the Underground.
Y Y N PREVENTS | Cleaning contractor | 1988-04-30 | Clean the running tracks of every escalator at King's Cross every 4 weeks, with a signed inspection card kept in the machine room.
""",
ww="""
C | Trains were ordered to run through King's Cross without stopping, which kept more passengers out of the station.
V | Fire brigade and ambulance crews did a magnificent job that night.
C | Police began sending passengers out through the Victoria line escalators before the flashover.
"""))

# 10. Sampoong Department Store, Seoul, 29 Jun 1995: collapse ~17:52; 502 died; flat-slab office design converted to a
# store; columns thinned, an extra floor; rooftop AC units moved in 1989; cracks seen that day; store kept open.
S.append(dict(url="https://en.wikipedia.org/wiki/Sampoong_Department_Store_collapse",
people=["Jaewon Seok", "Minseo Baek", "Dohyun Gwak", "Eunji Pyo"],
blame="""
B failure-verb | The management ignored the cracks in the fifth-floor ceiling for the whole day and kept the store open.
B competence | The designers of this conversion had no idea what they were doing with flat slabs.
B counterfactual | If Minseo had ordered evacuation at noon when the cracks got wider, nobody would have died.
B passive-agent | The columns were cut thinner by the contractor's site manager to make room for the escalators.
B character | The owner was greedy and cared only about the sales of the day.
B sanction | The executives who kept the doors open must be punished severely, the public demands it.
B group-blame | The district officials took bribes and approved everything, they are the real criminals.
B rhetorical-question | How can a building engineer look at those cracks and then just go home?
O system-failure | The flat-slab floors had no beams, so when one column failed its load moved to others that were already too thin.
O neutral-fact | The store collapsed at about 17:52 and 502 people died.
O system-should | The approval process should have required a new structural check when the use changed from offices to a department store.
O agentless-passive | The heavy air-conditioning units were moved across the roof in 1989, leaving cracks along the path they were dragged.
O actor-neutral | Jaewon called the structural engineer up to the fifth floor that morning to look at the ceiling cracks.
O policy-subject | Dohyun noted that the building code then did not require an independent engineer's check after a change of use.
O system-counterfactual | If the permit system had tied occupancy to an up-to-date structural review, the extra floor and the rooftop units would not have been approved.
O meta-blameless | Newspapers named the chairman as the single cause; this review lists the design, approval and inspection steps that let the building stand until that day.
""",
actions="""
Y N N PREVENTS | Seoul city government | 1996-06-30 | Require an independent structural review, signed by a licensed engineer, before any change of use of a building over 5 floors.
N N N PARTIAL | Building inspectors | | Inspect buildings more thoroughly.
Y Y Y DETECTS | Eunji Pyo | 1995-09-30 | Survey every large store in the district for slab cracks wider than 1 mm and report each one to the city within 48 hours.
N Y Y PARTIAL | Dohyun | | Check the roof loads.
N N N PARTIAL | we | | Make sure no store ever falls down again.
Y Y N PARTIAL | | 1995-12-31 | Add a rule to every department store's safety plan: cracks that grow during a single day mean the floor is closed within 30 minutes.
N Y N DETECTS | Store managers | | Watch for signs of structural problems.
Y Y N PREVENTS | District permit office | 1996-03-31 | Refuse occupancy permits for any floor added after the original structural approval unless a new load calculation is filed.
N N Y PARTIAL | Minseo Baek | 1996-12-31 | Reform the construction culture.
Y Y Y PREVENTS | @jaewon | 1995-10-31 | Limit rooftop equipment on flat-slab buildings to the design live load, checked on the drawings of all 12 stores in the group.
N Y N PARTIAL | Emergency services | | Review rescue coordination at collapse sites.
""",
ww="""
C | Rescue teams kept searching the rubble for weeks and brought the last survivor out after 17 days.
V | The nation showed its solidarity.
V | Rescuers worked without rest for days.
"""))

# 11. Seveso (ICMESA, Meda), 10 Jul 1976: trichlorophenol batch stopped for the weekend before completion; exothermic
# runaway; bursting disc vented a TCDD cloud ~12:37; no catch tank; authorities informed late; zone A evacuated later.
S.append(dict(url="https://en.wikipedia.org/wiki/Seveso_disaster",
people=["Gianpiero Lodigiani", "Ornella Bassetti", "Klaus Wendtland", "Ortensia Marazzi"],
blame="""
B failure-verb | The shift foreman stopped the batch on Saturday without finishing the distillation, against every good practice.
B human-error | Conclusion of the plant manager: human error of the shift, who left the reactor without cooling.
B passive-agent | The reactor was left in this state by Gianpiero's shift before the weekend.
B counterfactual | If Ornella had told the mayor the same day, the children would not have played in the contaminated gardens.
B nobody-blame | Nobody in the management cared to tell the authorities for days.
B group-blame | The Swiss owners hid the truth; they knew what dioxin was and they said nothing.
B self-blame | It was my decision to stop the line for the weekend in this way, and the fault is mine.
B hindsight | Anyone could have foreseen that a reactor full of trichlorophenol left hot over the weekend would run away.
O system-failure | The reactor had no cooling that started by itself, and the exothermic reaction kept heating the batch.
O neutral-fact | The bursting disc opened at about 12:37 on Saturday 10 July and a cloud with TCDD drifted over Meda and Seveso.
O system-should | The relief line should have led to a catch tank instead of venting straight to the atmosphere.
O actor-neutral | Klaus telephoned the technical director in Switzerland on Saturday afternoon to report the release.
O agentless-passive | The most contaminated zone was evacuated about two weeks after the release.
O policy-subject | Ortensia noted that no law obliged the plant to tell the local authorities which substances it handled.
O system-counterfactual | With a catch tank on the relief line, the dioxin would have stayed inside the plant.
O quoted-question | The mayor asked at the meeting "who knew, and when?"; the report answers with the notification path that did not exist.
""",
actions="""
Y Y N PREVENTS | Process engineering | 1977-06-30 | Connect the trichlorophenol reactor's bursting disc line to a closed catch tank sized for a full batch, hydrostatically tested before restart.
N N N PARTIAL | Management | | Make ICMESA a safer place to work.
Y Y Y PREVENTS | Gianpiero Lodigiani | 1976-12-31 | Forbid stopping a batch before the distillation step is complete, enforced by an interlock on the steam valve.
N Y Y PARTIAL | Ornella | | Talk with the municipality about communication.
Y Y N DETECTS | | 1977-03-31 | Install a reactor temperature alarm at 170 C that sounds in the control room and at the gatehouse when the plant is unmanned.
N N N PARTIAL | Everyone | | Tell the people of Seveso the truth sooner next time.
Y Y Y PARTIAL | @klaus.w | 1976-09-30 | Send the local authorities a written list of every hazardous substance on site with its quantity, updated every 6 months.
N Y N DETECTS | Health department | | Keep monitoring the children.
Y N N PREVENTS | Parent company | 1977-12-31 | Require a written hazard study with runaway-reaction cases for every reactor in the group's plants before the next production campaign.
N N Y PARTIAL | Ortensia Marazzi | 1977-06-30 | Review the emergency plans.
Y Y N PARTIAL | Plant emergency team | 1976-10-31 | Set up a siren and phone tree that reaches the mayors of Meda and Seveso within 30 minutes of any release, tested twice a year.
""",
ww="""
C | Samples sent to the Swiss laboratory identified TCDD, which gave the authorities a basis for the evacuation.
V | Everyone worked hard in a difficult situation.
C | Fences around zone A kept people out once the evacuation was done.
"""))

# 12. Notre-Dame de Paris fire, 15 Apr 2019: first alarm ~18:20, guard sent to the sacristy attic instead of the nave
# attic; second alarm ~18:43 with fire visible; spire fell ~19:50; renovation scaffolding; cause undetermined.
S.append(dict(url="https://en.wikipedia.org/wiki/Notre-Dame_de_Paris_fire",
people=["Aurelien Vasseur", "Solange Boudiaf", "Gonzague Lemarquand", "Noemie Carabin"],
blame="""
B failure-verb | The security agent read the alarm code wrong and sent the guard to the wrong attic.
B timeline-blame | 18:20 - Solange misreads the code, the guard goes to the sacristy.
B competence | The agent was new, third day, not competent for the fire console, this is evident.
B counterfactual | If Gonzague had gone directly to the attic of the nave, the fire was small and could be put out.
B mistake-attribution | The renovation workers' cigarettes are for me the obvious cause, they smoked on the scaffold.
B sarcasm | Bravo to the contractor who found that a double shift at the fire console was a good idea.
B role-blame | The fire safety agent on duty let more than twenty minutes pass before the brigade was called.
B rhetorical-question | Why did Noemie not call the firemen at the first alarm?
O system-failure | The detection system showed a long location code that did not name the attic of the nave in a readable way.
O neutral-fact | The first alarm came at about 18:20 and the second at 18:43, when the fire was already visible in the roof.
O actor-neutral | Aurelien climbed to the attic after the second alarm and reported the fire to the console by radio.
O system-should | The alarm screen should have shown the zone in plain words, "combles nef", and not only the code.
O policy-subject | Solange noted that the procedure said to verify an alarm by a visit before calling the brigade.
O meta-blameless | Many comments online accused the guard; the report keeps to what the console showed and what the procedure required.
O credit | Gonzague's team formed a human chain and carried the crown of thorns and other relics out of the cathedral.
O action-item | Noemie, peux-tu add the 18:43 radio message to the timeline? It is still missing.
""",
actions="""
Y Y N PREVENTS | Cathedral safety office | 2019-09-30 | Replace the location codes on the fire console with plain-language zone names for all 160 detectors, checked detector by detector.
N N N PARTIAL | Security contractor | | Train the agents better.
Y Y Y PARTIAL | Aurelien Vasseur | 2019-07-31 | Change the procedure so the fire brigade is called at the first alarm in any roof zone, without waiting for a visual check.
N Y Y DETECTS | Solange | | Check the detectors in the attic.
Y Y N DETECTS | | 2019-12-31 | Install cameras with smoke detection in the nave and transept attics that raise an alarm on the console within 60 seconds.
N N N PARTIAL | we | | Protect our heritage better.
N Y N PARTIAL | Renovation contractor | | Be careful with electrical equipment on the scaffolding.
Y Y Y PREVENTS | @gonzague.lm | 2019-06-30 | Ban smoking and hot work on the scaffold with a daily signed check by the site manager, and remove every temporary electrical cable from the roof each night.
N N Y PARTIAL | Noemie Carabin | 2019-12-31 | Review fire safety in all the cathedrals.
Y Y N PARTIAL | Ministry of Culture | 2020-03-31 | Limit fire console shifts to 8 hours and forbid double shifts, verified in the monthly rota.
N Y N PARTIAL | Heritage team | | Look into the salvage plan for the artworks.
""",
ww="""
C | The salvage plan listing priority artworks let the brigade and staff carry the relics out in the first hours.
V | The firefighters were heroes.
V | Amazing solidarity from all of Paris.
"""))

# 13. Love Parade, Duisburg, 24 Jul 2010: one ramp fed by tunnels as the only entrance and exit to the old freight
# station; police cordons on the ramp; crush around 17:00; 21 died, more than 500 injured; trial ended without verdict.
S.append(dict(url="https://en.wikipedia.org/wiki/Love_Parade_disaster",
people=["Jorinde Habermehl", "Malte Oberkirch", "Swantje Kehrberg", "Emre Dursunoglu"],
blame="""
B failure-verb | The organiser's stewards failed to open the extra exits when the ramp filled up.
B passive-agent | The police cordon on the ramp was ordered by Malte without any thought for the people behind it.
B group-blame | The city planning office approved a death trap, they are responsible for 21 dead people.
B counterfactual | If Jorinde had stopped the inflow at the entrances at 16:00, the crowd would never have compressed.
B competence | These crowd managers never handled more than a football stadium, they were completely overwhelmed.
B hindsight | It should have been obvious to any planner that one tunnel for in and out is madness.
B implicit | Thanks to Swantje, who at least read the crowd simulation that everyone else put in a drawer.
B mistake-attribution | The visitors who climbed the stairs and the poles made the panic, it is their own fault.
O system-failure | The only way in and out of the festival area was one ramp fed by two tunnels, so inflow and outflow met in the same place.
O neutral-fact | The crush on the ramp happened around 17:00; 21 people died and more than 500 were injured.
O system-should | The site plan should have separated the entrance and exit routes instead of using one ramp for both.
O actor-neutral | Emre radioed the control room at 16:40 to report that the ramp was at capacity.
O agentless-passive | Three police cordons were set up on the ramp and in the tunnels in the hour before the crush.
O policy-subject | Jorinde pointed out that the permit allowed a capacity the ramp could not carry at peak hours.
O system-counterfactual | With a second, separate exit route, the people leaving would not have pushed against the people arriving.
O quoted-question | At the press conference a reporter asked "who gave the order for the cordons?"; the review answers with the command structure and the radio gaps.
""",
actions="""
Y Y N PREVENTS | City permit office | 2010-12-31 | Require separate entry and exit routes with a calculated flow in the permit file of every event above 100,000 visitors.
N N N PARTIAL | Organiser | | Do better crowd management.
Y Y Y DETECTS | Malte Oberkirch | 2011-03-31 | Install people counters on every ramp and tunnel of the event site, with an alarm in the control room at 2 persons per square metre.
N Y Y PARTIAL | Swantje | | Look at the crowd simulation again.
Y Y N PARTIAL | Police | 2011-04-30 | Put police, organiser and fire service on one shared radio channel in the control room, tested at the start of every event.
N N N PARTIAL | we | | Make sure festivals are safe.
Y Y Y PREVENTS | @emre.d | 2011-02-28 | Close the entrance gates automatically when the ramp counter passes 80% of its rated capacity, tested in a rehearsal.
N Y N DETECTS | Stewards | | Keep a better eye on the crowd.
Y N N PARTIAL | State interior ministry | 2011-06-30 | Publish crowd-safety guidelines with maximum densities for all open-air events in the state.
N N Y PARTIAL | Jorinde Habermehl | 2011-06-30 | Rethink the concept of large events in the city.
Y Y N PARTIAL | | 2010-09-30 | Run a hotline for families and witnesses around the clock for 4 weeks and report call counts weekly.
""",
ww="""
C | Keeping the music running after the crush held most visitors on the site and off the ramp while the injured were treated.
V | The volunteers were very committed.
C | Ambulances were staged at the site before the event, which shortened the time until the injured were treated.
"""))

# 14. Brumadinho (Vale, Corrego do Feijao), 25 Jan 2019: tailings dam B1 collapsed ~12:28 by liquefaction; upstream
# construction; mudflow hit the administrative area and cafeteria at lunchtime; 270 died; stability declaration
# issued in 2018; sirens did not sound.
S.append(dict(url="https://en.wikipedia.org/wiki/Brumadinho_dam_disaster",
people=["Juscelino Carvalhaes", "Luzia Penaforte", "Edivaldo Sarmento", "Rosangela Queluz"],
blame="""
B failure-verb | The geotechnical engineer ignored the piezometer readings that were going up since December.
B passive-agent | The stability declaration was signed by Luzia knowing the safety factor was below the recommended value.
B counterfactual | If Juscelino had ordered the evacuation when the drilling gave problems, the cafeteria would have been empty.
B group-blame | The consultancy sold a certificate to the mining company; they are accomplices.
B sanction | Edivaldo and the other engineers who signed must be arrested, nothing less.
B human-error | The company's first line was that human error in the drilling operation caused the collapse.
B rhetorical-question | Who puts a cafeteria and an office right below a tailings dam?
B sarcasm | Parabens to the management for the beautiful new administrative building just under the dam.
O system-failure | The tailings in dam B1 liquefied and the dam failed within seconds at 12:28.
O neutral-fact | The mudflow reached the administrative area and the cafeteria at lunchtime; 270 people died.
O system-should | The sirens should have sounded automatically from a place the mud could not reach.
O actor-neutral | Rosangela sent the first message to the emergency group at 12:31 after radio contact with the mine was lost.
O agentless-passive | The dam was built by the upstream method and raised ten times after 1976.
O policy-subject | Edivaldo noted that the stability rule accepted a declaration even when the safety factor was under the recommended value.
O system-counterfactual | If the administrative buildings had stood outside the flood zone mapped in the emergency plan, most of the workers would have survived.
O meta-blameless | The press asked which engineer was guilty; the report describes the upstream design, the monitoring and the siting of the buildings instead.
""",
actions="""
Y N N PREVENTS | Mining regulator | 2021-09-15 | Decommission every upstream tailings dam in the state and publish the list of dams with their completion dates.
N N N PARTIAL | Mine operator | | Improve dam safety.
Y Y Y DETECTS | Juscelino Carvalhaes | 2019-06-30 | Connect the upstream dams' piezometers to an automatic alarm at the control centre when any reading rises 10% above its 90-day average.
N Y Y PARTIAL | Luzia | | Double-check the stability reports.
Y Y N PREVENTS | | 2019-12-31 | Move the cafeteria and administrative buildings of the Corrego do Feijao mine outside the mapped flood zone.
N N N PARTIAL | everyone | | Never forget the victims.
N Y N DETECTS | Geotechnical team | | Pay more attention to the dam monitoring.
Y Y Y PARTIAL | @rosangela.q | 2019-05-31 | Install battery-powered sirens placed outside the flood zone, with a monthly sound test recorded.
N N Y PARTIAL | Edivaldo Sarmento | 2019-12-31 | Review the relationship with external auditors.
Y Y N PREVENTS | Engineering | 2019-04-30 | Suspend any drilling on a tailings dam whose declared safety factor is below 1.3 until an independent review signs off.
N Y N PARTIAL | Community relations | | Look at support for the families.
""",
ww="""
C | The mine's emergency messaging group got rescue teams and helicopters moving within the first hour.
V | The rescuers showed enormous dedication.
V | The community stood together.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

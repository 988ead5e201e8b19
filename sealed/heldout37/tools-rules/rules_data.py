# heldout37 rules data (see ../rules/SOURCES-heldout37.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Morris worm 1988, SQL Slammer at the Davis-Besse plant network 2003, Twitter account
# hijacking 2020, Excel gene-symbol conversion 2016-2020, Microsoft Tay chatbot 2016, Target Canada item data 2013,
# Jeep Cherokee Uconnect remote hack 2015) and 7 outside software (NOAA-N Prime tip-over 2003, Oroville spillway 2017,
# Ever Given in the Suez Canal 2021, Conception dive boat fire 2019, Colgan Air 3407 2009, Schoharie Creek bridge
# 1987, Aeroperu 603 1996).
# Styles vary: Usenet-era admin mail and a draft root cause, plant IT notes and a change-board memo, security Slack
# with handles and a board summary, lab chat and a methods note, product retro and an exec summary, retail ops notes
# and a timeline, automotive forum posts and supplier e-mail, NASA-style mishap prose and floor talk, dam safety prose
# and local forum posts, shipping-forum comments and a bridge log, NTSB-style prose and a news comment thread, airline
# forum and an ops memo, highway department minutes, non-native English from a Lima maintenance base.
S = []

# 1. Morris worm, 2 November 1988: released from an MIT machine in the evening; spread by a gets() overflow in fingerd
# (VAX 4.3BSD), sendmail's DEBUG command, rsh/rexec trust and password guessing; the reinfection check let one copy in
# seven keep running, so machines were overloaded; about 6,000 of ~60,000 hosts; Berkeley and MIT decompiled it;
# CERT/CC set up afterwards.
S.append(dict(url="https://en.wikipedia.org/wiki/Morris_worm",
people=["Achim Kettle-Ambrose", "Ailbhe Sloot-Varga", "Alvar Mwangi-Halloran", "Asta Brancaleone"],
blame="""
B failure-verb | Achim never tested what his reinfection check would do on a real network before he let the program loose from a lab machine.
B passive-agent | the one-in-seven override was hard-coded by Kettle-Ambrose himself, and that constant is what melted the VAXen
B counterfactual | If the sendmail maintainer had bothered to compile DEBUG out of the shipped binary, half the entry points would not have existed.
B group-blame | Typical academic sysadmins: trust every host on the subnet, leave rsh wide open, then act surprised.
B role-blame | the on-call at our site went home at six with the pager in a drawer, so nobody was here when the load hit 40
B sarcasm | Great job to whoever decided a debug backdoor in the mail daemon was a feature, really top work 🙃
B competence | Anyone with a basic grasp of exponential growth would have known a 1-in-7 chance was no brake at all.
B human-error | Root cause (draft 1): human error by the author of the program.
O system-failure | fingerd failed to bound its input: it read the request with gets(), so a 536-byte string overwrote the stack frame on 4.3BSD VAXes.
O system-should | The mail daemon should have refused the DEBUG command on production builds instead of accepting it from any remote host.
O actor-neutral | Ailbhe pulled a copy off a Berkeley VAX around 05:00 and started disassembling it with two colleagues.
O neutral-fact | About 6,000 of the roughly 60,000 hosts then on the Internet were infected within a day.
O policy-subject | The host trust files Alvar's lab maintained let any listed machine run commands without a password, which is how the program hopped between them.
O system-counterfactual | Had the reinfection check stopped every second copy, the load would have stayed low enough that most sites noticed only a slow night.
O agentless-passive | Patches for sendmail and fingerd were posted to the newsgroups on 3 and 4 November.
O credit | Thanks to Asta for keeping the MIT mailing list alive over a slow modem so the fixes could get out at all.
""",
actions="""
Y Y N PREVENTS | BSD maintainers | 1988-12-01 | Replace every gets() call in the network daemons with a bounded read and ship the change on the next release tape.
N N N PARTIAL | we | | Treat campus security as a priority from now on.
Y Y Y PREVENTS | Alvar Mwangi-Halloran | 1988-11-15 | Build sendmail with the DEBUG command compiled out and publish the diff with a checksum of the new binary.
N Y Y DETECTS | Ailbhe | | Keep an eye on the load average of the VAXen.
Y Y N DETECTS | Computer Emergency Response Team | | Run a 24-hour contact line and publish the list of site contacts it can reach within one hour.
N Y N PARTIAL | System administrators | | Audit the .rhosts files.
Y N N PARTIAL | | 1989-03-31 | Remove host-equivalence entries from every departmental machine and require a password for each remote login.
N N N PREVENTS | everyone | | Stop trusting other machines blindly.
Y Y Y DETECTS | Asta Brancaleone | 1988-12-15 | Keep an out-of-band phone tree of 30 site administrators and test it once a month by calling every name.
N Y Y PARTIAL | Achim | | Think harder about the consequences of experiments.
Y Y N PARTIAL | Password policy group | 1989-01-31 | Reject any new password that appears in the 432-word list the program used for guessing.
""",
ww="""
C | The Berkeley and MIT groups had the program disassembled and a fix posted within about a day and a half.
V | The community came together like never before.
C | Sites that shut their mail gateways early stopped reinfection while the patches were prepared.
"""))

# 2. SQL Slammer, 25 January 2003: 376-byte UDP packet to port 1434 (SQL Server Resolution Service), patch MS02-039
# out since July 2002; at the Davis-Besse nuclear plant (already shut down since 2002) a contractor's T1 link that
# bypassed the corporate firewall carried it onto the plant network; safety parameter display system unavailable for
# about five hours, plant process computer about six.
S.append(dict(url="https://en.wikipedia.org/wiki/SQL_Slammer",
people=["Arvo Quack-Lindholm", "Bodil Osei-Bramwell", "Basilio Szczepaniak-Lowe", "Branwen Feather-Stonham"],
blame="""
B failure-verb | The contractor's network guy, Basilio, plugged a T1 straight into the plant LAN behind the firewall and never told anyone.
B passive-agent | MS02-039 sat unapplied for six months, deferred at every patch window by Bodil "until after the outage".
B counterfactual | if Arvo had just applied the July patch we wouldn't be writing this at all
B group-blame | IT at the plant treated the process network like a home office, that's the whole story here.
B nobody-blame | Not one person in that control room thought to ask why the safety display had suddenly gone blank.
B rhetorical-question | Who exactly signed off on a contractor link that went around the firewall?
B sanction | The engineer who deferred the patch should be taken off the change board until they complete retraining.
B hindsight | Any admin reading the bulletins last summer knew port 1434 was going to be a problem.
O system-failure | The safety parameter display system stopped updating for almost five hours because the worm's scanning traffic saturated the plant network.
O system-should | The firewall rules should have blocked UDP 1434 at every entry point, including links that never passed the corporate firewall.
O actor-neutral | Branwen noticed the corporate network slowing a little after the first scans and called the plant's IT desk.
O neutral-fact | The reactor had been shut down since February 2002, so no plant process depended on the display that day.
O policy-subject | The patch policy Bodil worked under let plant-network servers wait for a scheduled outage, with no deadline for security fixes.
O system-counterfactual | If the contractor link had ended in a DMZ, the infected consultant server would never have reached the plant network.
O agentless-passive | The infected server was isolated and the display system was back the same afternoon.
O quoted-question | The review's first question was "which paths into the plant network did nobody have on a diagram?"
""",
actions="""
Y Y N PREVENTS | Plant network engineering | 2003-04-30 | Route every third-party link through the DMZ firewall and remove any that cannot be, verified by a scan showing no other path.
N N N PARTIAL | we | | Be more proactive about patching.
Y Y Y DETECTS | Branwen Feather-Stonham | 2003-03-15 | Alert the plant IT desk when traffic on any plant LAN segment stays above 60 percent for more than two minutes.
N Y Y PREVENTS | Arvo | | Stay on top of the SQL Server patches.
Y Y N PARTIAL | Change advisory board | | Apply critical Microsoft security bulletins to plant-network servers within 30 days, with exceptions signed by the plant manager.
N Y N DETECTS | Security team | | Monitor the network better.
N N N PREVENTS | | | Harden the plant network.
Y Y Y PARTIAL | Basilio Szczepaniak-Lowe | 2003-02-28 | Draw the plant network with every external connection on it and have the site security officer sign the drawing.
N Y N PARTIAL | Contractors | 2003-06-01 | Follow the site IT rules.
Y N N PREVENTS | Regulatory affairs | | Require that safety display systems run on a segment with no route to the corporate network, checked at each refuelling outage.
N Y Y DETECTS | Bodil | | Double-check the firewall before the restart.
""",
ww="""
V | Great teamwork from IT and operations.
C | The plant process computer was back within about six hours, and operators ran from paper procedures meanwhile.
V | People stayed calm and did what was needed.
"""))

# 3. Twitter account hijacking, 15 July 2020: phone spear-phishing of employees who entered credentials on a fake VPN
# page; internal account tool used; 130 accounts targeted, 45 tweeted a bitcoin scam (a little over $100,000 received),
# some DMs and data downloads; verified accounts blocked from tweeting for hours.
S.append(dict(url="https://en.wikipedia.org/wiki/2020_Twitter_account_hijacking",
people=["Calogero Arbuthnot-Ilori", "Candelaria Dragomirescu", "Cedomir Okonkwo-Vance", "Aoibheann Lindqvist-Amado"],
blame="""
B failure-verb | @cedomir.ov typed his VPN creds into a page he got from a phone call, that's it, that's the incident
B passive-agent | The fake VPN page was filled in by two agents on the support team who didn't even look at the domain.
B counterfactual | Had Candelaria questioned the "IT helpdesk" caller for one minute, none of the 130 accounts would have been touched.
B group-blame | support staff at this company are the weakest link and always have been lol
B character | Honestly Calogero is far too trusting to be anywhere near the admin panel.
B competence | A competent security team would never have let over a thousand people use a god-mode tool.
B human-error | Root cause: human error (employees fell for social engineering).
B sarcasm | love how the support folks basically read their passwords out over the phone, world-class opsec 🙄
O system-failure | The internal account tool let a single employee session change the email on a verified account with no second approval.
O system-should | The VPN login should have required a hardware key, which would have made the phished passwords useless.
O actor-neutral | Aoibheann spotted the same bitcoin address in tweets from three verified accounts and opened the incident at about 20:15 UTC.
O neutral-fact | 130 accounts were targeted, 45 of them sent tweets, and the scam address received a little over 100,000 dollars.
O policy-subject | The access policy Calogero's team followed gave every support agent the full account tool instead of only the actions their queue needed.
O system-counterfactual | If the tool had alerted when many high-profile accounts changed their email within an hour, the takeover would have been seen after the first few.
O agentless-passive | Tweeting was restricted for all verified accounts for several hours while the sessions were revoked.
O meta-blameless | Naming the agents who took the calls helps nobody; the attack worked because both the tool and the login trusted one password.
""",
actions="""
Y Y N PREVENTS | Corporate security | 2020-09-30 | Require FIDO2 hardware keys for VPN and internal tool login for all employees, and disable password-only login.
N N N PARTIAL | everyone | | Be more vigilant about phone calls.
Y Y Y PARTIAL | Aoibheann Lindqvist-Amado | 2020-08-31 | Limit the email-change action of the account tool to a 20-person group and require a second approver for verified accounts.
N Y Y DETECTS | Candelaria | | Review who has access to the admin tool.
Y Y N DETECTS | Detection engineering | | Page the security on-call when more than five verified accounts change email or 2FA settings within one hour.
N Y N PREVENTS | Support team | | Never give credentials over the phone.
Y N N PARTIAL | | 2020-12-31 | Run a phone-phishing exercise against every employee with tool access and report the share who entered credentials.
N N N PARTIAL | we | 2020-10-15 | Improve our security culture.
Y Y Y PREVENTS | Calogero Arbuthnot-Ilori | | Remove account tool access from every role that has not used it in the last 90 days, going by the audit log.
N Y N DETECTS | IT helpdesk | | Tighten up helpdesk call verification.
Y Y N PREVENTS | Identity team | 2020-09-15 | Make the VPN login page reachable only from managed devices holding a valid device certificate.
""",
ww="""
C | Blocking tweets from all verified accounts stopped the scam spreading within about two hours of the first tweet.
V | Everyone jumped in to help on a very stressful night.
C | The tool's audit log showed exactly which accounts had been accessed, so affected users were told within days.
"""))

# 4. Excel converting gene symbols to dates (SEPT2 -> 2-Sep, MARCH1 -> 1-Mar): a 2016 survey found errors in about a
# fifth of papers with Excel gene lists; in 2020 the human gene nomenclature committee renamed 27 genes (SEPT1 ->
# SEPTIN1, MARCH1 -> MARCHF1). The lab and its paper are invented.
S.append(dict(url="https://www.theverge.com/2020/8/6/21355674/human-genes-rename-microsoft-excel-misreading-dates",
people=["Edelgard Achter-Bergen", "Diarmuid Nakashima-Boyle", "Fortunata Nkemelu-Tsabo", "Florimond Whitlock-Ferraz"],
blame="""
B failure-verb | Diarmuid pasted the supplementary gene list straight into Excel and never checked the column after it turned MARCH1 into 1-Mar.
B passive-agent | The corrupted table was uploaded to the journal by Edelgard without anyone opening the raw file first.
B counterfactual | if florimond had imported the column as text like i told him, we wouldn't have 14 dates in a table of genes
B group-blame | Biologists can't use spreadsheets, news at eleven.
B hindsight | Everybody in bioinformatics has known about this since at least 2004, there's no excuse for a paper in 2016.
B mistake-attribution | The SEPT2 rows are Fortunata's mistake: she built the sheet and she exported it.
B self-blame | That one's on me, I opened the file with a double-click and saved over the original.
B sarcasm | Lovely to see the postdocs have discovered a new gene called 2-Sep 🎉
O system-failure | Excel's default import converted gene symbols such as SEPT2 and MARCH1 into dates, and the saved file kept the dates.
O system-should | The supplementary data pipeline should have validated every gene symbol against the HGNC list before accepting the file.
O actor-neutral | Florimond ran a script over the journal's supplementary files and found the date-like values in our table.
O neutral-fact | A 2016 survey found gene name errors in about a fifth of the papers that shipped gene lists as Excel files.
O policy-subject | The lab's data checklist, which Edelgard wrote in 2014, covered sample labels but said nothing about gene symbols.
O system-counterfactual | If the analysis had written results as tab-separated text and read them back with a schema, no value could have been converted silently.
O agentless-passive | In 2020, 27 human genes were renamed, SEPT1 to SEPTIN1 for example, so that spreadsheets no longer read them as dates.
O self-report | I opened the export in Excel to eyeball it; nothing in our workflow said that this step changes the data.
""",
actions="""
Y Y N PREVENTS | Bioinformatics core | 2016-11-30 | Add a check to the export script that fails when any value in a gene column matches a date or float pattern.
N N N PARTIAL | we | | Stop trusting spreadsheets with gene lists.
Y Y Y DETECTS | Florimond Whitlock-Ferraz | 2016-10-31 | Scan all 38 supplementary files the lab has published since 2010 for date-converted symbols and list each one found.
N Y Y PREVENTS | Diarmuid | | Stop opening data in Excel.
N Y N DETECTS | Journal editors | | Keep an eye out for gene name problems in submissions.
Y Y N PARTIAL | | 2017-01-15 | Publish gene lists as tab-separated text with a README that explains how to import them without conversion.
N N N PARTIAL | Everyone | | Raise awareness of the issue.
Y N N PREVENTS | Lab data group | | Move all downstream analysis from spreadsheets to scripted R or Python notebooks kept in version control.
N Y Y DETECTS | Fortunata Nkemelu-Tsabo | 2016-12-01 | Look into errata for the affected papers.
Y Y Y PARTIAL | Edelgard | | Add a gene-symbol step to the lab data checklist and have the second author tick it before each submission.
N Y N PARTIAL | Core facility | | Provide training on data hygiene.
""",
ww="""
C | The script that found the conversions was shared publicly, so other labs could check their own files the same week.
V | Really good discussion in lab meeting.
V | The team took it in good spirit.
"""))

# 5. Microsoft Tay, 23 March 2016: a Twitter chatbot that learned from conversations; a "repeat after me" feature and
# coordinated users made it post offensive tweets; taken offline after about 16 hours and ~96,000 tweets; briefly
# public again on 30 March during testing.
S.append(dict(url="https://en.wikipedia.org/wiki/Tay_(chatbot)",
people=["Gerwazy Pilkington-Osei", "Hilaria Marchetti-Dube", "Heiko Vasquez-Okafor", "Iolanthe Fair-Brotherton"],
blame="""
B failure-verb | Heiko shipped the bot with "repeat after me" switched on and didn't bother to think about who would be talking to it.
B passive-agent | The content filter was tuned by Hilaria on polite test chats and signed off as good enough for Twitter.
B counterfactual | if iolanthe had run even one red-team session with real trolls we'd have seen this in an afternoon
B group-blame | The research team were naive kids who had never spent a day on the actual internet.
B competence | Only an inexperienced product lead puts a learning bot on Twitter with no kill switch rehearsed.
B rhetorical-question | Who on earth thought letting strangers train a public bot in real time was a good idea?
B failure-verb | @gerwazy did great work on the language model, shame he forgot the part where people are horrible.
B human-error | Root cause for the exec summary: operator error in the launch configuration.
O system-failure | The repeat-after-me feature posted any text it was given, so coordinated users could put words in the bot's mouth within minutes.
O system-should | The bot should have checked each reply against a blocklist and a toxicity classifier before posting it.
O actor-neutral | Iolanthe saw the first offensive replies in the monitoring feed about eight hours after launch and phoned the product lead.
O neutral-fact | The bot sent about 96,000 tweets before it was taken offline roughly 16 hours after launch.
O policy-subject | The launch review that Heiko's group passed asked about privacy and accessibility but had no question on abuse by coordinated users.
O system-counterfactual | Had the learning loop ignored accounts younger than a few weeks, a sudden wave of new accounts could not have steered it.
O agentless-passive | The account was accidentally made public again on 30 March during testing and was set private within hours.
O credit | Hilaria's early call to pause the account rather than delete tweets one by one cut the exposure sharply.
""",
actions="""
Y Y N PREVENTS | Bot platform team | 2016-05-31 | Remove the repeat-after-me capability and block any reply that copies more than 10 consecutive words from a user message.
N N N PARTIAL | we | | Make the bot less vulnerable to trolls.
Y Y Y DETECTS | Iolanthe Fair-Brotherton | 2016-04-30 | Alert the on-call when the toxicity score of the bot's outgoing replies averages above 0.3 over any 15-minute window.
N Y Y PARTIAL | Hilaria | | Improve the content filters.
Y Y N PREVENTS | Release engineering | 2016-04-15 | Add a one-click kill switch that stops all posting, and rehearse using it before every public launch.
N Y N PREVENTS | Research team | | Think about abuse before launch.
Y N N PARTIAL | | | Run a two-week red-team exercise with at least 50 outside testers before any learning bot goes public.
N N N DETECTS | Everyone | | Watch the bot closely after launches.
Y Y Y PARTIAL | Heiko Vasquez-Okafor | 2016-06-30 | Add an abuse-scenario section to the launch review template, with a named reviewer who must sign it.
N Y N DETECTS | Trust and safety | 2016-05-15 | Audit the bot's tweets.
Y Y N PARTIAL | Test environment team | | Put test deployments of the bot on accounts that cannot post publicly, enforced by the deploy script.
""",
ww="""
C | The account was taken private within 16 hours, before its follower count doubled again.
C | Logs of every conversation let the team find the exact prompts that had been exploited.
V | The team handled a very public situation with grace.
"""))

# 6. Target Canada, 2013-2015: opened in March 2013 on a new SAP system; item records (dimensions, case packs and the
# like) keyed in by hand by new staff under time pressure, many wrong; distribution centres overflowed while shelves
# were empty; all 133 stores closed, announced January 2015.
S.append(dict(url="https://www.canadianbusiness.com/the-last-days-of-target-canada/",
people=["Honorata Grevillea-Nkosi", "Dorian Szabolcs-Rhee", "Konstancja Oyediran-Holt", "Klemens Delacroix-Ueda"],
blame="""
B failure-verb | The merchandise assistants under Dorian keyed in case sizes in inches and centimetres at random and never looked back.
B passive-agent | Thousands of items were loaded into SAP by Honorata's team with the dimension fields left blank.
B counterfactual | If Konstancja had pushed opening to the fall like the supply chain people begged, the stores would have had stock.
B group-blame | head office in minneapolis bulldozed canada, they never listened to anyone up here
B role-blame | the new hires in merchandising were fresh out of school and had no idea what a case pack even was
B timeline-blame | 2013-03 go-live: Klemens's group pushes 75,000 item records without the data audit.
B sanction | Whoever approved the March go-live should never be put in charge of a project this size again.
B nobody-blame | Not one of the VPs ever walked an aisle and asked why it was empty.
O system-failure | The replenishment system ordered from the item records as entered, so wrong case sizes sent full trucks to some stores and nothing to others.
O system-should | The item setup screen should have rejected records with missing dimensions or a case pack of zero.
O actor-neutral | Klemens ran a sample check of the item records in spring 2013 and reported how many disagreed with the vendors' own data.
O neutral-fact | The chain opened 124 stores within about a year and announced the closure of all 133 in January 2015.
O policy-subject | The launch schedule Konstancja was handed fixed the store opening dates before the data conversion plan was written.
O system-counterfactual | Had the distribution centres run on a system that had been live for a year, the forecasting would have had history to work from.
O agentless-passive | The item records were later corrected in a large clean-up project, but the stores closed before it finished.
O quoted-question | The retro asked: "what did the go-live checklist say about data quality, and who was able to stop the date?"
""",
actions="""
Y Y N PREVENTS | Supply chain systems | 2013-09-30 | Block any item record from going live until dimensions, weight and case pack are filled and match the vendor file within 5 percent.
N N N PARTIAL | we | | Get our data right.
Y Y Y DETECTS | Klemens Delacroix-Ueda | 2013-07-31 | Report each week the share of item records that fail the vendor comparison, by department, until it is under 2 percent.
N Y Y PARTIAL | Dorian | | Retrain the merchandising assistants.
N Y N DETECTS | Store operations | | Keep an eye on empty shelves.
Y N N PARTIAL | | 2014-01-31 | Have each vendor confirm its item data through the supplier portal before the next season's orders are placed.
N N N PREVENTS | Executive team | | Never rush a launch like this again.
Y Y Y PARTIAL | Konstancja Oyediran-Holt | | Add a data-quality gate to the go-live checklist that the supply chain director can use to stop a store opening date.
N Y N PARTIAL | Merchandising | 2013-10-15 | Clean up the item master.
Y Y N DETECTS | Distribution centre systems | | Alert the replenishment planners when any distribution centre passes 90 percent of its storage capacity.
N Y Y DETECTS | Honorata | | Double-check new items before they are loaded.
""",
ww="""
C | The weekly data report made the scale of the problem visible to the executives within a few months.
V | Store teams showed amazing resilience.
V | Everyone gave 110 percent.
"""))

# 7. Jeep Cherokee remote hack, July 2015: researchers reached the Uconnect head unit over the Sprint cellular network
# (D-Bus open on port 6667), reflashed the chip that talks to the CAN bus, and controlled a car on a highway with a
# journalist driving; about 1.4 million vehicles recalled with a USB update; the carrier blocked the port.
S.append(dict(url="https://www.wired.com/2015/07/hackers-remotely-kill-jeep-highway/",
people=["Ksawery Ashworth-Mensah", "Livia Varga-Pennington", "Lodovico Moreau-Adebayo", "Margarida Tanaka-Whyte"],
blame="""
B failure-verb | The infotainment supplier's lead, Lodovico, left D-Bus listening on the cellular interface and forgot all about it.
B passive-agent | The unsigned firmware update path was waved through by Livia as "fine for a radio".
B counterfactual | If Ksawery had asked for a pentest of the head unit before launch, we'd have found port 6667 in an hour.
B group-blame | carmakers hire the cheapest embedded devs they can find and this is what you get
B competence | no serious security engineer would put the radio and the brakes on one bus without a gateway that actually filters
B sarcasm | Well done to the head unit team for shipping a car with an open port to the whole cellular network 👏
B character | Livia has always treated security reviews as paperwork to get past.
B rhetorical-question | How does a supplier ship firmware that can be reflashed without a signature in 2014?
O system-failure | The head unit accepted D-Bus messages on port 6667 from any device on the carrier network, without authentication.
O system-should | The chip between the head unit and the CAN bus should have refused to be reprogrammed by the head unit itself.
O actor-neutral | Margarida forwarded the researchers' report to the vehicle security group the day it arrived and asked for a call.
O neutral-fact | The researchers' findings reached the manufacturer months before the public demonstration in July 2015.
O policy-subject | The supplier contract Ksawery negotiated specified functions and cost, with no requirement for a security test.
O system-counterfactual | If firmware updates had needed a signature, access to the head unit would not have reached the brakes.
O agentless-passive | About 1.4 million vehicles were recalled and the fix was mailed to owners on USB sticks.
O action-item | Lodovico will add an authenticated update check to the head unit build, to be verified by the external test lab.
""",
actions="""
Y Y N PREVENTS | Carrier network operations | 2015-07-31 | Block inbound traffic to port 6667 for all vehicle SIMs on the carrier network and confirm it with a scan from outside.
N N N PARTIAL | we | | Make our cars more secure.
Y Y Y PREVENTS | Lodovico Moreau-Adebayo | 2015-10-31 | Require a valid signature on every head unit firmware image and reject unsigned images in the bootloader.
N Y Y DETECTS | Livia | | Look into the CAN gateway.
Y N N PARTIAL | Vehicle security group | 2016-06-30 | Commission an outside penetration test of each connected head unit before production start, and fix every high finding first.
N Y N PREVENTS | Suppliers | | Take security seriously.
Y Y N DETECTS | | | Log every remote connection to the head unit and report any session that does not come from the telematics servers.
N N N DETECTS | Everyone | | Be on the lookout for vulnerabilities.
Y Y Y PARTIAL | Margarida Tanaka-Whyte | 2015-12-15 | Publish a vulnerability disclosure address and answer every report within five working days.
N Y N PARTIAL | Engineering | | Double-check the network design before the next model year.
Y Y N PARTIAL | Procurement | 2016-01-31 | Add a clause to every infotainment supplier contract requiring signed firmware and an independent security test report.
""",
ww="""
C | The recall update on USB sticks let owners patch without a dealer visit.
C | The carrier blocked the open port within days, which closed the remote path for every car at once.
V | Great cooperation with the researchers.
"""))

# 8. NOAA-N Prime, 6 September 2003, Sunnyvale: the satellite fell about three feet while being rotated on its
# turnover cart; 24 bolts of the adapter plate had been removed by another programme's technicians and not recorded;
# the crew checked paperwork, not the cart; rebuilt and launched in 2009 as NOAA-19.
S.append(dict(url="https://en.wikipedia.org/wiki/NOAA-19",
people=["Melchior Castellanos-Pike", "Pietrina Okwuosa-Reid", "Primoz Weatherby-Lunde", "Innokenti Hollowell"],
blame="""
B failure-verb | The lead technician, Primoz, skipped the physical check of the cart bolts and just read the paperwork.
B passive-agent | The 24 bolts were taken out by the other program's crew, who didn't log it anywhere.
B counterfactual | If Melchior had done his job as test conductor and looked at the adapter plate, the satellite would still be in one piece.
B group-blame | The integration crew had gotten sloppy and cocky, everybody on the floor could see it.
B human-error | Direct cause: human error by the turnover crew during the rotation operation.
B nobody-blame | nobody on that shift bothered to count the bolts, not one person
B hindsight | It's obvious that a cart shared between two programs needs its configuration checked before every use.
B sanction | The quality inspector on that shift must be taken off flight hardware work for good.
O system-failure | The turnover cart had no interlock or visible indicator to show that the adapter plate was not bolted down.
O system-should | The procedure should have required a hands-on check of the cart configuration instead of a records check.
O actor-neutral | Pietrina was at the control panel and stopped the rotation as soon as the satellite began to slide.
O neutral-fact | The satellite fell about three feet to the floor on 6 September 2003 and was damaged along one side.
O policy-subject | The shared-equipment practice Innokenti inherited let two programs use one cart with no hand-over log.
O system-counterfactual | Had the adapter plate carried a tag-out when its bolts were removed, the gap would have been visible to the crew.
O agentless-passive | The satellite was rebuilt over several years and launched in 2009 as NOAA-19.
O credit | Thanks to Innokenti for getting the floor cleared and the hazard area roped off within minutes.
""",
actions="""
Y Y N PREVENTS | Ground support equipment | 2003-12-01 | Fit the turnover cart with a bolt-presence sensor that blocks rotation unless all 24 adapter bolts are installed.
N N N PARTIAL | we | | Build a stronger culture of safety among the integration technicians.
Y Y Y PARTIAL | Innokenti Hollowell | 2003-11-15 | Create a hand-over log for shared equipment and require both programs' leads to sign each transfer.
N Y Y DETECTS | Primoz | | Be more careful during lifts.
N Y N PREVENTS | Quality assurance | | Review the procedures.
Y Y N DETECTS | | 2004-01-31 | Add a photographed configuration check of the cart to the pre-operation checklist, filed before each move.
N N N PARTIAL | Management | 2004-03-01 | Strengthen supervision.
Y N N PARTIAL | Integration and test | | Rewrite all hazardous handling procedures so each step names a physical verification, not a document check.
N Y Y PARTIAL | Pietrina Okwuosa-Reid | | Take another look at the test conductor role.
Y Y Y PREVENTS | Melchior | 2004-02-15 | Make the test conductor's sign-off require a physical walk-down of the cart, with the bolt count written on the form.
N Y N DETECTS | Safety office | | Do more spot checks.
""",
ww="""
C | The rotation was stopped quickly enough that nobody on the floor was hurt.
V | The team was very professional after the event.
V | Good morale during the rebuild.
"""))

# 9. Oroville Dam spillway, February 2017: a crater opened in the main spillway chute on 7 February; releases were cut,
# the lake rose and the emergency spillway flowed for the first time on 11 February; headcut erosion led to the
# evacuation of about 188,000 people on 12 February; the forensic team (2018) called it a long-term systemic failure.
S.append(dict(url="https://en.wikipedia.org/wiki/Oroville_Dam_crisis",
people=["Stanislawa Kowalczyk-Barrow", "Raimund Ferreira-Nakamura", "Valentyna Adeyemi-Clark", "Remigio Vikstrom"],
blame="""
B failure-verb | Raimund's inspection crews patched the same cracks for decades and never asked what was under the slab.
B passive-agent | The 2005 warning about the emergency spillway was brushed off by Stanislawa as an environmental groups' stunt.
B counterfactual | if @remigio.v had drawn the lake down when the chute first broke we'd never have touched the emergency spillway
B group-blame | The state's dam engineers have been asleep at the wheel since the seventies.
B competence | A first-year geologist would have spotted that weathered rock under the chute.
B rhetorical-question | How do you run a dam for 50 years and never dig one test pit under your own spillway?
B sarcasm | great, the emergency spillway works perfectly as long as you never use it 👍 thanks guys
B mistake-attribution | The late evacuation order was Valentyna's mistake, and the towns downstream paid for it.
O system-failure | The chute slab lifted where water got underneath through cracks and past the drains, and the flow then eroded the weak rock below.
O system-should | The inspection programme should have included an assessment of the foundation, not only a visual check of the slab surface.
O actor-neutral | Valentyna ordered the evacuation of the downstream towns at about 16:30 on 12 February when the headcut was moving toward the weir.
O neutral-fact | Roughly 188,000 people were evacuated and allowed home two days later.
O policy-subject | The regulatory review cycle Raimund's section followed treated the spillway as a settled design and never reopened it.
O system-counterfactual | If the hillside below the emergency weir had been armoured, the erosion would not have threatened the structure.
O agentless-passive | The main spillway was rebuilt over two construction seasons with a new reinforced-concrete chute.
O meta-blameless | The forensic team called it a long-term systemic failure, so this review looks at the review process itself rather than at any one engineer.
""",
actions="""
Y Y N PREVENTS | Dam safety division | 2018-06-30 | Reassess every spillway in the state against current design standards, including foundation and drainage, and publish the findings per dam.
N N N PARTIAL | we | | Learn from Oroville.
Y Y Y DETECTS | Remigio Vikstrom | 2017-11-01 | Install piezometers under the new chute and alarm when uplift pressure exceeds the design value.
N Y Y PARTIAL | Stanislawa | | Reconsider the emergency spillway design.
Y Y N PARTIAL | Reservoir operations | 2017-10-15 | Add a drawdown rule that starts releases when main spillway capacity is reduced by more than 20 percent.
N Y N DETECTS | Inspection crews | | Look more closely at the spillway.
Y N N PREVENTS | | | Armour the emergency spillway slope with a concrete buttress and cutoff wall down to sound rock.
N N N PREVENTS | Everyone | 2018-01-01 | Ensure no spillway ever fails like this one.
Y Y Y PARTIAL | Valentyna Adeyemi-Clark | 2017-09-30 | Write evacuation trigger levels for each downstream town into the emergency action plan and run a tabletop exercise with the counties.
N Y N PARTIAL | Regulators | | Be more independent.
Y Y N DETECTS | Survey unit | 2017-12-15 | Run a drone photogrammetry survey of both spillways after each season and compare slab heights to 5 mm.
""",
ww="""
C | The evacuation order went out while the weir was still intact, and nobody was hurt.
C | Helicopter rock drops filled the eroded area within days, which stopped the headcut.
V | The community's response was inspiring.
"""))

# 10. Ever Given, Suez Canal, 23-29 March 2021: the 400 m container ship grounded across the southern section in strong
# wind and a sandstorm; six days; over 360 ships queued; refloated on 29 March with tugs, dredging and the spring tide.
S.append(dict(url="https://en.wikipedia.org/wiki/2021_Suez_Canal_obstruction",
people=["Sindre Gravesande-Obi", "Zenaida Przybylski-Hart", "Wojciech Ndiaye-Lowell", "Veronika Hargreave-Soto"],
blame="""
B failure-verb | Wojciech is a fine pilot most days, but this time he simply ignored the wind warning and took her in at speed.
B passive-agent | The transit in that wind was approved by Sindre at the canal office without any look at the ship's windage.
B counterfactual | If the master had listened to Veronika and waited for the wind to drop, the canal would never have closed.
B group-blame | those canal pilots argue with each other on the bridge while the captain watches, everyone in shipping knows it
B role-blame | The second pilot was supposed to be watching the rate of turn, that's literally his only job.
B hindsight | Any seaman could see that a 400-metre box ship in a sandstorm was going to end up in the bank.
B human-error | Cause as given in the first note to charterers: human error in navigation.
B competence | With more experienced pilots on the bridge she would have come through fine.
O system-failure | The wind pushed on the ship's high stack of containers, and bank effect in the narrow channel swung the bow into the east bank.
O system-should | The canal's transit rules should have set a wind limit for ships above a certain sail area.
O actor-neutral | Zenaida, the chief officer, logged the grounding at 07:40 and started the ballast soundings.
O neutral-fact | The ship was refloated on 29 March after six days, helped by the spring tide and about 30,000 cubic metres of dredged sand.
O policy-subject | The convoy system Sindre's office ran sent ships in at fixed times, whatever the forecast said.
O system-counterfactual | If the southern section had had a second channel like the newer northern one, the queue behind the ship could have gone around.
O agentless-passive | More than 360 ships were held at both ends of the canal while the bow was dug out.
O quoted-question | "What would have told us, before entry, that this ship could not hold the channel in that wind?" was the question put to the bridge team.
""",
actions="""
Y Y N PREVENTS | Canal authority | 2021-09-30 | Suspend entry for ships over 300 metres when the forecast wind at the canal exceeds 30 knots.
N N N PARTIAL | we | | Improve communication on the bridge.
Y Y Y DETECTS | Veronika Hargreave-Soto | 2021-06-30 | Add a windage calculation to the pre-transit checklist and record the heading margin for the forecast wind.
N Y Y PARTIAL | Wojciech | | Brief the pilots better.
N Y N PREVENTS | Pilots | | Be more cautious in bad weather.
Y N N PARTIAL | | | Keep two tugs of at least 160 tonnes bollard pull on standby at each end of the southern section during every convoy.
N N N DETECTS | Shipping line | 2021-12-31 | Review the incident with all masters.
Y Y N PARTIAL | Dredging department | 2022-06-30 | Widen the southern section by 40 metres on its east side along the 30 km nearest Suez.
N Y Y DETECTS | Zenaida Przybylski-Hart | | Keep a closer eye on the rate of turn.
Y Y Y PARTIAL | Sindre | 2021-08-15 | Publish a bridge resource management rule that names the person who has the conn during pilotage, for every transit.
N Y N PARTIAL | Salvage team | | Be ready faster next time.
""",
ww="""
C | Dredgers and tugs worked together on the spring tide, which freed the ship on the first good attempt.
V | Amazing perseverance from everyone involved.
V | The crew was great.
"""))

# 11. Conception dive boat fire, 2 September 2019, off Santa Cruz Island: fire broke out in the salon area around
# 03:00 while 33 passengers and one crew member slept in the bunkroom below; both exits led through or into the fire;
# no roving night watch as required; five crew in the upper berths survived; the boat sank.
S.append(dict(url="https://www.ntsb.gov/investigations/Pages/DCA19MM047.aspx",
people=["Xaverie Abernethy-Kwan", "Tarquin Oyelowo-Finch", "Urbano Strzelecki-Hume", "Ulrike Matsuda-Roe"],
blame="""
B failure-verb | Tarquin, the captain, never posted a night watch, not once that season, and 34 people paid for it.
B passive-agent | The roving patrol requirement was quietly dropped by the owner, Xaverie, years before the fire.
B counterfactual | If the deckhand had done his rounds at 3am, somebody would've seen the fire while the stairs were still clear.
B group-blame | The crew on that boat were cowboys, they slept while paying guests were locked below.
B character | Xaverie cares about bookings, not about the people on her boats.
B sanction | The captain should go to prison for what he didn't do that night.
B sarcasm | Great plan, Tarquin: the crew sleep next to the exit and the guests get a hatch that opens into the fire.
B self-blame | I'm the one who bought the charging strips for the salon, so this is on me.
O system-failure | The bunkroom smoke detectors failed to alert anyone outside the bunkroom, so the crew asleep by the wheelhouse got no alarm.
O system-should | The vessel's design should have given the bunkroom an escape route that did not lead into the same salon as the main stairs.
O actor-neutral | Urbano woke to a crackling noise, saw the fire through the salon windows, and made the mayday call at 03:14.
O neutral-fact | 33 passengers and one crew member died in the bunkroom; the five crew members in the upper berths survived.
O policy-subject | The certificate of inspection Tarquin's boat sailed under required a roving watch, but nothing in the company checked that it was kept.
O system-counterfactual | Had the salon charging area had its own fire detection, the alarm might have come before the stairway was blocked.
O agentless-passive | The boat burned to the waterline and sank off Platts Harbor.
O action-item | Ulrike will report the number of missing night-watch log entries per vessel each month, starting with the October trips.
""",
actions="""
Y Y N PREVENTS | Coast Guard sector | 2020-06-30 | Require all overnight passenger vessels to carry a watch alarm that the roving watch must reset every 20 minutes.
N N N PARTIAL | we | | Take night watch seriously.
Y Y Y DETECTS | Ulrike Matsuda-Roe | 2019-11-30 | Interconnect the bunkroom smoke detectors with an alarm in the crew berths and test it before each trip.
N Y Y PARTIAL | Tarquin | | Remind the crew about their duties.
Y Y N PREVENTS | Fleet management | 2020-03-31 | Move battery charging out of the salon into a fire-rated locker with a heat detector on each of the three boats.
N Y N PREVENTS | Crew | | Be more alert at night.
Y N N PARTIAL | | 2020-12-31 | Add a second escape route from the bunkroom that does not pass through the salon on every vessel of this design.
N N N DETECTS | Everyone | | Double-check safety before departure.
Y Y Y DETECTS | Xaverie Abernethy-Kwan | | Download the watch-alarm log after every trip and send it to the owner with the passenger manifest.
N Y N PARTIAL | Owners | 2020-01-15 | Look into better fire safety.
Y Y N PARTIAL | Port state inspectors | | Include a check of the night-watch log in every annual inspection of overnight passenger vessels.
""",
ww="""
C | The mayday gave the Coast Guard the position within minutes, so the rescue boat was on scene quickly.
C | The surviving crew launched the skiff and searched the water around the boat for survivors.
V | Everyone did their best in horrible conditions.
"""))

# 12. Colgan Air 3407, 12 February 2009, Clarence Center near Buffalo: Q400 on approach in icing; airspeed decayed,
# the stick shaker fired and the captain pulled back; stall; 49 on board and one person on the ground killed; fatigue
# and commuting, non-pertinent conversation below 10,000 ft, the captain's earlier checkride failures; 2010 law raised
# first-officer experience to 1,500 hours.
S.append(dict(url="https://en.wikipedia.org/wiki/Colgan_Air_Flight_3407",
people=["Leokadia Brightwater-Osei", "Heberto Przemyslaw-Dunne", "Zelimir Ekwueme-Price", "Hallgerd Ollen-Shawcross"],
blame="""
B failure-verb | The captain, Zelimir, hauled back on the yoke when the shaker fired, exactly the opposite of what he was trained to do.
B passive-agent | The sterile cockpit rule was broken by both pilots, chatting all the way down the approach.
B counterfactual | if leokadia hadn't commuted overnight from the west coast she'd have been sharp enough to catch the speed
B group-blame | Regional airlines hire pilots with barely any hours and pay them like fast food workers, so what do you expect.
B competence | A captain with that many failed checkrides should never have been in the left seat, full stop.
B role-blame | The FO is there to monitor airspeed, and she didn't.
B rhetorical-question | How do two professional pilots not notice the speed bleeding off for twenty seconds?
B human-error | Probable cause, draft 1: pilot error in response to the stall warning.
O system-failure | The low-speed cue on the display failed to draw attention as airspeed fell toward the stall speed with the ice setting on.
O system-should | The training programme should have included full-stall recovery with the stick pusher in the simulator.
O actor-neutral | Hallgerd pulled both pilots' training files the next morning and sent them to the investigators unchanged.
O neutral-fact | All 49 people on board and one person in the house were killed.
O policy-subject | The crew rest rules Heberto's scheduling office applied allowed a first officer to commute overnight and start the duty day at once.
O system-counterfactual | Had the records of earlier checkride failures been visible at hiring, the training department could have planned extra stall training.
O agentless-passive | A law passed in 2010 raised the minimum experience for airline first officers to 1,500 hours.
O self-report | I signed the crew pairing that night; the system showed both pilots legal for duty and had no field for where they had slept.
""",
actions="""
Y Y N PREVENTS | Flight training | 2009-09-30 | Add stick-pusher and full-stall recovery scenarios to every recurrent simulator session for Q400 crews.
N N N PARTIAL | we | | Improve pilot professionalism.
Y Y Y DETECTS | Heberto Przemyslaw-Dunne | 2009-06-30 | Add a commuting field to crew pairing and flag any pilot who reports after more than 6 hours of travel.
N Y Y PARTIAL | Hallgerd | | Review the stall procedures.
N Y N DETECTS | Pilots | | Watch the speed tape more closely on approach.
Y N N PARTIAL | | | Provide crew rooms at each base so a commuting pilot can sleep there free of charge.
N N N PREVENTS | Regional carriers | 2010-06-01 | Raise the bar for pilot hiring.
Y Y N DETECTS | Flight data monitoring | 2009-08-31 | Flag every flight where airspeed stays below the low-speed cue for more than 5 seconds and review it within a week.
N Y Y PREVENTS | Heberto | | Look at the sterile cockpit policy again.
Y Y Y PARTIAL | Hallgerd Ollen-Shawcross | 2009-07-15 | Obtain every applicant's full checkride record before offering a place on the training course.
N Y N PARTIAL | Human resources | | Hire more carefully from now on.
""",
ww="""
C | The controller's immediate call to emergency services got fire crews to the house within minutes.
V | The airline cooperated fully with the investigation.
V | Families were treated with great respect.
"""))

# 13. Schoharie Creek Bridge, 5 April 1987, New York State Thruway near Fort Hunter: in a spring flood, scour undermined
# the spread footing of a pier; two spans fell and ten people died; riprap had not been maintained and the piers had
# not been inspected under water; built 1954.
S.append(dict(url="https://en.wikipedia.org/wiki/Schoharie_Creek_Bridge_collapse",
people=["Gottlob Lindgren-Achebe", "Hypolite Szymanska-Bolt", "Juvenal Oduya-Marsh", "Athanasia Castelnuovo"],
blame="""
B failure-verb | Gottlob's maintenance division never replaced the riprap that washed away in the fifties and sixties.
B passive-agent | The underwater inspection was struck from the 1985 budget by Hypolite, the division engineer.
B counterfactual | If the inspector had gone into the water even once, he'd have found the footing undermined.
B group-blame | The Thruway people treated bridge inspection as a box-ticking exercise for thirty years.
B hindsight | Anyone could tell you that a spread footing on gravel in a flood river is going to scour.
B nobody-blame | none of them ever looked under the water, in 33 years, nobody
B mistake-attribution | The shallow footings were Juvenal's error in the original design, and nobody caught it.
B sarcasm | Really reassuring that the inspection reports gave the piers a clean bill of health every single year 🙃 good work folks
O system-failure | The flood current scoured the soil from under the pier footing until the pier tipped and two spans fell.
O system-should | The inspection programme should have required an underwater or low-water inspection of every pier standing in a river.
O actor-neutral | Athanasia, a state trooper, closed the eastbound lanes at the approach and radioed for the westbound closure.
O neutral-fact | Ten people died when their vehicles went into the creek on the morning of 5 April 1987.
O policy-subject | The maintenance standard Gottlob's division applied said nothing about replacing riprap after floods.
O system-counterfactual | Had the footings been on piles driven to rock, the scour hole would not have reached the bearing soil.
O agentless-passive | The bridge had been built in 1954 and was replaced by a new structure on deeper foundations.
O credit | Hypolite's request for flood-stage readings the day before meant the hydraulics were on record for the investigators.
""",
actions="""
Y Y N PREVENTS | Structures division | 1987-12-31 | Place riprap sized for the 100-year flood around every pier of the Thruway's river bridges and record its level after each flood.
N N N PARTIAL | we | | Do better inspections.
Y Y Y DETECTS | Athanasia Castelnuovo | 1987-09-30 | Close a river bridge when the upstream gauge passes the flood stage set for that bridge, and log each closure.
N Y Y PARTIAL | Gottlob | | Look into scour at the other bridges.
Y N N DETECTS | Bridge inspection unit | 1988-06-30 | Have divers inspect every pier in water deeper than 1 metre at least once every five years.
N Y N PREVENTS | Engineers | | Design bridges better.
Y Y N PARTIAL | | | Identify all bridges with spread footings on erodible soil and publish the list with a scour rating for each.
N N N DETECTS | Everyone | 1987-06-01 | Stay vigilant during floods.
Y Y Y PREVENTS | Juvenal Oduya-Marsh | | Underpin the piers of the upstream twin bridge with piles to rock before the next spring flood.
N Y N PARTIAL | Budget office | | Make sure inspections get enough money.
Y Y N DETECTS | Hydraulics section | 1988-03-31 | Install a scour monitor on each pier of the five highest-risk river bridges, reporting depth once an hour.
""",
ww="""
C | The trooper's lane closure stopped traffic before the second span fell.
C | Flood-stage readings taken the day before gave the investigators a reliable flow record.
V | The emergency services did a fantastic job.
"""))

# 14. Aeroperu 603, 2 October 1996, Lima to Santiago: Boeing 757; the static ports had been covered with masking tape
# during cleaning and the tape was not removed; at night over the sea the crew had wrong altitude and airspeed and
# contradictory warnings; the controller read out the transponder altitude, which was wrong too; 70 killed.
S.append(dict(url="https://en.wikipedia.org/wiki/Aeroper%C3%BA_Flight_603",
people=["Florencio Baptiste-Ogunleye", "Cayetana Kuehnert-Avila", "Eleuterio Villasenor-Pratt", "Celestyna Ravens-Holt"],
blame="""
B failure-verb | The maintenance worker, Eleuterio, taped the static ports for the wash and forgot to take the tape off.
B passive-agent | The walkaround was signed by the first officer without looking at the left side of the fuselage.
B counterfactual | If supervisor Florencio had check the aircraft after cleaning like the rule say, the tape is found and 70 people are alive.
B group-blame | The night maintenance shift at Lima was lazy and everybody knew it.
B role-blame | the captain is responsible for the walkaround, he had a torch, no excuse
B competence | Better trained pilots would have flown pitch and power and ignored the crazy instruments.
B human-error | Main cause: human error of maintenance personnel (tape not removed).
B character | Cayetana is a nice person but too careless for signing release documents.
O system-failure | With the static ports blocked, the altimeters and airspeed indicators gave wrong readings and set off contradictory overspeed and stall warnings.
O system-should | The cleaning procedure should have used bright flagged covers for the static ports instead of plain masking tape.
O actor-neutral | Celestyna, the Lima controller, read out the altitude from the transponder and offered a radar vector toward the coast.
O neutral-fact | The aircraft hit the Pacific about half an hour after take-off, and all 70 people on board died.
O policy-subject | The task card Eleuterio worked from listed covering the ports but had no step to remove the covers and sign for it.
O system-counterfactual | If the transponder had reported altitude from an independent source, the controller's readouts would not have repeated the same wrong value.
O agentless-passive | The tape was found still in place over the left static ports when the wreckage was recovered.
O meta-blameless | We should not write "the cleaner forgot"; the question is why a covering with no flag and no sign-off could leave the hangar.
""",
actions="""
Y Y N PREVENTS | Maintenance planning | 1996-12-31 | Replace masking tape with red-flagged static port covers, counted out and counted back in on the task card.
N N N PARTIAL | we | | Improve maintenance discipline.
Y Y Y DETECTS | Florencio Baptiste-Ogunleye | 1996-11-30 | Add a static-port check with a torch to the night walkaround card and record it with the time.
N Y Y PARTIAL | Cayetana | | Speak to the cleaning crew about procedures.
N Y N PREVENTS | Night shift | | Be more careful when cleaning aircraft.
Y N N PARTIAL | | | Train all 757 crews in the simulator on blocked static port failures, including flying pitch and power to a safe altitude.
N N N DETECTS | Pilots | 1997-03-01 | Trust the instruments less.
Y Y N PREVENTS | Maintenance quality | 1997-01-15 | Write a hangar-exit rule that no aircraft leaves until a second inspector signs that every cover and tape is removed.
N Y Y DETECTS | Eleuterio | | Double-check the aircraft after washing.
Y Y Y PARTIAL | Celestyna | 1997-02-28 | Give controllers primary radar height or a second altitude source when a crew reports unreliable instruments.
N Y N PARTIAL | Quality department | | Audit the cleaning procedures.
""",
ww="""
C | The recorders were recovered from the sea, which is how the tape was tied to the warnings.
V | Great solidarity from the crews afterwards.
V | Everyone learned a lot.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# heldout21 rules data (see ../rules/SOURCES-heldout21.md). All people invented; no real person is named.
# 14 software / IT incidents: KDE git mirrors 2013, Linux Mint ISO 2016, Tesco Bank 2016, Medibank 2022, Myspace
# media loss 2019, Hotmail empty accounts 2010-11, American Airlines iPad charts 2015, QuadrigaCX 2017-19, colors.js /
# faker.js 2022, Ubuntu Forums 2013, Halo MCC launch 2014, GTA Online launch 2013, Cyberpunk 2077 launch 2020,
# Ubiquiti 2020-21. Styles vary inside each incident: IRC/Slack chat, Jira comments, draft post-mortems, recaps,
# formal report prose, non-native English, bullet fragments.
S = []

# 1. KDE, Mar 2013: host upgrade under the git VMs, filesystem corruption, anongit mirrors (git --mirror) synced
# the damage and deleted repos missing from the projects file; a migration server kept a pristine copy.
S.append(dict(url="http://www.h-online.com/open/news/item/KDE-narrowly-avoids-disaster-1829776.html",
people=["Ginevra Corrigan", "Modesto Montague-Ade", "Caoimhe Akintola", "Briallen Lachance"],
blame="""
B failure-verb | ginevra never ran an fsck on the git VM images before letting them serve again, and the anongits happily pulled the wreckage
B passive-agent | The decision to treat the anongit mirrors as our backups was made by Modesto years ago and never revisited.
B counterfactual | If Caoimhe had waited one more day for a proper snapshot, the host upgrade would have been a non-event.
B rhetorical-question | seriously, who upgrades the host under 1500 repos on a weekday morning without a single tarball on the side?
B sarcasm | Lovely "quick" host upgrade, Ginevra, we only came within one timeout of losing every KDE repository.
B human-error | Root cause (draft): human error by the sysadmin performing the host upgrade.
B competence | The sysadmins plainly did not understand what git --mirror does to refs that disappear upstream.
B hindsight | Anyone could see that mirrors which delete whatever leaves the projects file are no backup; Briallen should have known that when she built them.
O system-failure | The anongit sync script failed to check repository integrity before mirroring, so it copied the corrupt state to every mirror.
O actor-neutral | Caoimhe restarted the two virtual machines at about 10:00 after the host upgrade finished.
O credit | Briallen noticed that the new migration server still held a clean copy and stopped its sync job before the next run.
O system-should | The mirroring setup should have refused to delete a repository just because it vanished from the projects file.
O meta-blameless | On the list someone wrote "the admins did not know their own tools"; the review asks instead why the tools let one corrupt list delete everything.
O system-counterfactual | If the sync script had halted when the projects list shrank by ninety percent, the mirrors would have kept their copies.
O policy-subject | The 2011 backup plan counted the anongits as backups and listed no offline copy at all.
O org-subject | The sysadmin team chose to freeze all pushes until every repository was checked against the pristine copy.
""",
actions="""
Y Y Y PREVENTS | Ginevra Corrigan | 2013-04-15 | Change the anongit sync script to abort and page #kde-sysadmin when the projects list shrinks by more than 5% between two runs
Y Y Y PARTIAL | Briallen Lachance | 2013-04-30 | Run git fsck on every repository on the master nightly and post the number of failing repositories to the sysadmin list
Y Y N PREVENTS | sysadmin team | 2013-05-31 | Keep a daily tarball of /repositories on a host outside the mirror network for 30 days and restore one random repository from it every Monday
Y Y Y DETECTS | Caoimhe Akintola |  | Alert when the ref count of any repository differs between the master and an anongit for more than two sync cycles
Y N N PREVENTS | we | 2013-04-20 | Snapshot every virtual machine on every KDE host before any host upgrade and keep each snapshot until its VM passes fsck after reboot
Y Y Y PARTIAL | Modesto Montague-Ade | 2013-06-15 | Rewrite the backup page of the infrastructure wiki to list each copy, where it lives, and which ones a mirror sync can overwrite
N N N PARTIAL | sysadmin team |  | Make the git infrastructure more robust
N N N PARTIAL | we |  | Be more careful with host upgrades in future
N Y Y DETECTS | Ginevra Corrigan | 2013-04-30 | Look into better monitoring for the anongits
N N N PARTIAL |  |  | Review how mirroring works across all KDE servers
N N Y PREVENTS | Briallen Lachance |  | Ensure proper backups exist for everything
""",
ww="""
C | Briallen spotted the pristine copy on the migration server within the hour and froze its sync job before it ran again.
V | Everybody pulled together on IRC.
V | Great response from the sysadmins under a lot of pressure.
"""))

# 2. Linux Mint, 20 Feb 2016: website (WordPress) compromised, download link for 17.3 Cinnamon pointed to a
# backdoored ISO hosted in Bulgaria; forum database also taken; site taken offline; MD5 sums published.
S.append(dict(url="https://neowin.net/amp/linux-mint-website-hacked-malicious-iso-offered-on-saturday",
people=["Dobromir Arbogast", "Lisbeth Cimino", "Damaris Gallacher", "Chidera Birkeland"],
blame="""
B failure-verb | Dobromir ignored the WordPress update nag for months and that plugin hole is exactly how they got in.
B role-blame | Whoever administers the website let a random PHP shell sit on our download server for a whole Saturday.
B rhetorical-question | How does a distro team publish ISOs for millions of users and not check that its own download link still points at its own mirror?
B counterfactual | had Lisbeth put the md5 sums somewhere the attackers could not edit, nobody would have installed the backdoored iso
B group-blame | The web volunteers are frankly careless with credentials, and the forum dump proves it.
B sarcasm | Great security model: one shared admin password and a prayer. thanks Damaris
B mistake-attribution | The compromise was Chidera's mistake: she reused the forum admin password on the blog.
B character | Dobromir is too lazy to patch anything that does not break visibly, and this is where that ends.
O actor-neutral | Damaris took the website offline on Sunday morning and replaced the download page with a static warning.
O system-failure | The download page pointed to an ISO hosted at a Bulgarian address for most of 20 February and no check caught the change.
O credit | Lisbeth compared the checksums posted on the blog with the file on the mirror and confirmed which edition was affected.
O neutral-fact | Only Linux Mint 17.3 Cinnamon downloaded from the website on 20 February was affected; torrents and direct mirrors were clean.
O system-should | The website should have served the download links from a signed, read-only list instead of an editable page.
O quoted-question | A forum user asked "who was supposed to be watching the site?"; the question we can answer is what would have alerted anyone.
O agentless-passive | The forum database was copied during the same intrusion, so all forum passwords were reset.
O policy-subject | Our release process publishes MD5 sums on the same server as the links, so one compromise changes both.
""",
actions="""
Y Y Y PREVENTS | Lisbeth Cimino | 2016-03-15 | Sign every ISO checksum file with the release GPG key and link the signature from the download page
Y Y Y DETECTS | Damaris Gallacher | 2016-03-01 | Add a cron check every 10 minutes that the download page links only to hosts on the mirror allow-list and emails the team on any other host
Y Y N PREVENTS | web volunteers | 2016-03-31 | Move the forum and blog to separate servers with separate admin accounts and no shared passwords
Y Y Y PREVENTS | Dobromir Arbogast |  | Enable automatic minor updates for WordPress and its plugins and list the installed versions in the weekly ops note
Y Y N PARTIAL | everyone | 2016-02-28 | Change every admin password on the website, forums and mirrors and confirm each change in the tracking sheet
N N N PARTIAL | we |  | Improve the security of our web infrastructure
N N Y PARTIAL | Chidera Birkeland |  | Harden the forums
N Y N DETECTS |  |  | Keep a closer eye on the download page
N N N PARTIAL | web volunteers |  | Audit everything for vulnerabilities
N N Y PREVENTS | Dobromir Arbogast | 2016-04-30 | Stop anything like the ISO swap from ever recurring
N Y N DETECTS | we |  | Double-check the ISO links before each release
""",
ww="""
C | The blog post with affected edition, date and checksums went out within hours of the first report.
C | Damaris had the site offline and a static warning page up before the Sunday morning downloads peaked.
V | Mint users rallied behind us.
"""))

# 3. Tesco Bank, 5-7 Nov 2016: attackers generated debit card numbers and made fraudulent transactions; a
# Visa warning a year earlier; a fraud rule was coded wrongly; ~£2.26m taken; FCA fine 2018.
S.append(dict(url="https://vdocuments.mx/final-notice-1-action-2-summary-of-reasons-11-for-the-reasons-given-in-this.html",
people=["Amadou Gunnarsdottir", "Alwyn Adeyemi-Clay", "Anahera Norrington", "Bettany Escobedo"],
blame="""
B hindsight | The Visa warning a year before spelled out this exact attack, and the card product owner still sat on it; it could not have been clearer.
B failure-verb | Alwyn miscoded the new fraud rule on Sunday so it flagged the wrong transactions, which cost us another day.
B group-blame | Financial Crime Operations treated a weekend of alerts like routine noise, as usual.
B passive-agent | The escalation on Saturday morning was left unanswered by the duty fraud manager until almost lunchtime.
B counterfactual | if anahera had actually escalated at 04:00 when the texts started we would have stopped it before breakfast
B timeline-blame | 02:00 attack starts. 04:00 automatic texts to customers. 04:00-09:00 Bettany does nothing.
B competence | Nobody on that rota had the skill to read a fraud spike at 3am, and it showed.
B nobody-blame | Not one person in the card team thought a predictable card number range was worth a meeting.
O actor-neutral | Amadou joined the call at 09:30 on Saturday and asked for the debit card transaction counts per hour.
O system-failure | The fraud detection system sent automatic texts to customers from 04:00 but raised no alert to the operations team.
O neutral-fact | Over roughly 48 hours the attackers took £2.26 million from 8,261 of 131,000 personal current accounts.
O system-should | The authorisation system should have declined magnetic-stripe fallback transactions that carried card data only a chip could produce.
O meta-blameless | The regulator's notice says the bank acted with too little urgency; our review asks what the weekend rota could see and do at each hour.
O agentless-passive | The fraud rule added on Sunday was keyed on the wrong field and was corrected on Monday.
O org-subject | The bank chose to block all online debit card transactions on Sunday evening to stop the losses.
O system-counterfactual | Had the card number generator not issued sequential numbers, the attackers' algorithm would have found few valid cards.
""",
actions="""
Y Y Y PREVENTS | Amadou Gunnarsdottir | 2017-01-31 | Decline every debit card transaction with PoS entry mode 91 and report the declined count daily to the fraud desk
Y Y Y DETECTS | Alwyn Adeyemi-Clay | 2016-12-15 | Page the on-call fraud manager when more than 50 customer fraud texts are sent in one hour, at any time of day
Y Y N PARTIAL | Financial Crime Operations | 2017-02-28 | Staff the fraud desk with two analysts on weekend nights and test the call-out list monthly
Y Y Y PREVENTS | Anahera Norrington | 2017-03-31 | Replace sequential card number issuance with randomised PAN allocation for all new debit cards
Y Y Y PARTIAL | Bettany Escobedo |  | Require a second analyst to test every new fraud rule against the previous 24 hours of transactions before it goes live
N N N PARTIAL | Financial Crime Operations |  | Strengthen our financial crime controls
N N Y PARTIAL | Alwyn Adeyemi-Clay | 2017-01-15 | Review all card fraud rules
N N N PREVENTS | we |  | Take industry warnings more seriously
N Y N DETECTS |  |  | Improve weekend monitoring
N N N PARTIAL | card team |  | Look at the card design
N N Y PREVENTS | Amadou Gunnarsdottir |  | Make the bank resilient to cyber attacks
""",
ww="""
C | Online debit transactions were blocked on Sunday evening, which stopped new losses within an hour.
V | Staff showed great commitment over the weekend.
C | Affected customers were refunded in full by Tuesday.
"""))

# 4. Medibank, Aug-Oct 2022: a service desk contractor's admin credentials, saved in a browser profile synced to a
# personal PC, were stolen by malware; VPN without MFA; ~9.7 million customers' data exfiltrated and published.
S.append(dict(url="https://lawyersweekly.com.au/biglaw/39916-court-filing-reveals-how-medibank-data-breach-unfolded",
people=["Amparo Fonseca-Rae", "Milos Buchanan-Obi", "Asbjorn Llewellyn", "Bolaji Kilbride"],
blame="""
B failure-verb | Bolaji saved the admin password in his personal browser profile, and that single shortcut gave them the whole network.
B human-error | Cause of breach: human error by a third-party contractor.
B passive-agent | The VPN was left open without MFA by the network team, despite two audit findings.
B sarcasm | love that our "defence in depth" was one contractor's Chrome sync, great job everyone
B rhetorical-question | Why would anyone give a service desk contractor admin on practically every system and then act surprised?
B group-blame | The security team ignored the EDR alerts in August because they always ignore them.
B repeat-offender | Milos has been warned about standing admin accounts before; this is the third finding with his name on it.
B counterfactual | Had Asbjorn not waved through the firewall exception, the attacker would never have reached the VPN.
O system-failure | The Global Protect VPN accepted a username and password alone and did not ask for a second factor.
O actor-neutral | Amparo opened the incident on 12 October after the EDR console showed unusual data transfers from the ahm servers.
O neutral-fact | The attacker first used the stolen credentials on 12 August, against the Exchange server.
O error-term | Calling this "contractor error" stops the analysis at the point where it gets interesting: why did one account reach everything?
O system-should | The admin account should have been limited to the service desk tools instead of network drives and jump boxes.
O quoted-question | The board asked "who approved this access?"; the access log shows no approval step existed to be skipped.
O policy-subject | The privileged access standard allowed a contractor to hold standard and admin accounts with the same password manager.
O org-subject | The company chose not to pay the ransom and told customers on 7 November.
""",
actions="""
Y Y Y PREVENTS | Asbjorn Llewellyn | 2022-12-15 | Require phishing-resistant MFA on the Global Protect VPN for every account and reject password-only logins
Y Y Y PREVENTS | Milos Buchanan-Obi | 2023-01-31 | Remove standing admin rights from all service desk accounts and grant them through just-in-time elevation capped at 4 hours
Y Y N DETECTS | security operations | 2022-12-31 | Page the on-call analyst when any admin account logs in from a device not in the asset register
Y Y Y PARTIAL | Amparo Fonseca-Rae |  | Block browser profile sync on managed laptops through group policy and report the compliance rate weekly
Y Y N DETECTS | we | 2023-02-28 | Alert when more than 10 GB leaves any database subnet in 24 hours
N N N PARTIAL | security operations |  | Enhance our cyber security posture
N N Y PARTIAL | Bolaji Kilbride |  | Remind contractors about password hygiene
N N N PARTIAL |  |  | Review third-party access across the group
N Y N DETECTS | we | 2023-03-31 | Get quicker at acting on endpoint detection alerts
N N Y PREVENTS | Milos Buchanan-Obi |  | Make sure admin accounts are properly controlled
N N N PARTIAL | everyone |  | Be vigilant about phishing and credential theft
""",
ww="""
V | Everyone put customers first.
C | The incident page and a free identity-protection offer reached all 9.7 million affected customers by e-mail within three weeks.
V | Strong collaboration with government partners.
"""))

# 5. Myspace, 2015-2019: a server migration corrupted photos, videos and audio uploaded before 2016; about 50
# million songs from 14 million artists gone; users noticed broken players in 2018; statement in March 2019.
S.append(dict(url="https://stereogum.com/?p=2036026",
people=["Obadiah Ceballos", "Gudrun Chadwick-Eze", "Mirembe Desrosiers", "Kolawole Hjelmstad"],
blame="""
B failure-verb | obadiah skipped the checksum pass on the old media cluster because the migration was behind schedule
B implicit | the migration was "done" in Q3 and the old storage was wiped in Q4; you can guess who signed that off
B sarcasm | Twelve years of music gone and our advice to artists is "retain your back up copies". Brilliant, Gudrun.
B competence | A more careful engineering team would have noticed that none of the pre-2015 audio made it across.
B counterfactual | If Mirembe had kept the old cluster for one more quarter, all of it could have been copied again.
B rhetorical-question | who decommissions the only copy of 50 million songs without playing a single file from the new store?
B mistake-attribution | This was the migration lead's mistake from start to finish, and Kolawole knows it.
B character | Some people on that project just did not care about old user content.
O actor-neutral | Gudrun answered the first support ticket about broken song players in 2018 and logged it against the media service.
O system-failure | The migration job failed to copy files whose metadata used the pre-2015 schema and reported success anyway.
O neutral-fact | About 50 million songs uploaded by 14 million artists between 2003 and 2015 could not be recovered.
O agentless-passive | The old media storage was decommissioned after the migration was marked complete.
O system-should | The migration tooling should have compared object counts per year before it allowed the source to be retired.
O meta-blameless | A well-known blogger called it flagrant incompetence; this write-up leaves that label aside and traces how the loss stayed invisible for two years.
O self-report | I approved the decommission ticket based on the migration dashboard, which showed no errors.
O system-counterfactual | If the media player had logged missing files as errors instead of hiding the player, the monitoring owner would have seen the gap in 2016.
""",
actions="""
Y Y Y PREVENTS | Mirembe Desrosiers | 2019-05-31 | Block any storage decommission ticket until a script shows matching object counts and a 1% sample of checksums between source and target
Y Y N DETECTS | media platform team | 2019-04-30 | Log a 404 from the media player as an error metric and alert when it exceeds 0.5% of plays in an hour
Y Y Y PARTIAL | Obadiah Ceballos |  | Restore every recoverable audio file from the 2016 partial copy and publish the per-year count of restored files
Y Y Y PREVENTS | Gudrun Chadwick-Eze | 2019-06-30 | Route support tickets tagged "missing media" to the storage on-call queue with a 5-day response target
Y Y N PARTIAL |  | 2019-09-30 | Keep a cold copy of all user uploads in a second provider, verified by monthly restore of 100 random files
Y Y Y DETECTS | Kolawole Hjelmstad | 2019-05-15 | Add a dashboard panel showing playable files per upload year, checked in the weekly ops review
N N N PARTIAL | media platform team |  | Take better care of legacy content
N N Y PARTIAL | Mirembe Desrosiers |  | Improve our migration process
N N N PREVENTS | we |  | Never lose user data again
N Y N DETECTS | everyone |  | Pay more attention to support tickets
N N N PARTIAL |  |  | Communicate better with artists
""",
ww="""
V | The team was transparent with users in the end.
V | Good cooperation between support and engineering.
C | The partial 2016 copy was found and mounted read-only the same day the loss was confirmed.
"""))

# 6. Hotmail, 30 Dec 2010 - 5 Jan 2011: a script that manages test accounts deleted ~17,000 real accounts from
# the directory; users logged in to new empty accounts; mailboxes restored from backup, 94% by 2 Jan.
S.append(dict(url="https://msoftnews.com/mac/empty-email-accounts-and-some-bad-buzz-for-hotmail",
people=["Akosua Jankowska", "Katalin Falconbridge", "Bienvenido Garmendia", "Olwen Dahlberg"],
blame="""
B failure-verb | Katalin pointed the test-account cleanup at the production directory and forgot to set the filter.
B passive-agent | About 17,000 real mailboxes were wiped by a script that Olwen wrote and never reviewed.
B counterfactual | none of this happens if bienvenido had bothered to run the cleanup against staging first
B sarcasm | "limited issue", says comms, while thousands of people read a Welcome to Hotmail mail in a ten-year-old account. well played.
B group-blame | The forum moderators brushed off the first reports for two days; that is on them.
B hindsight | Deleting accounts in bulk from a script is obviously dangerous and Akosua should have seen that coming.
B human-error | RCA: operator error while running a maintenance script.
B rhetorical-question | How many empty inboxes did the on-call need to see before somebody thought it was more than a few confused users?
O system-failure | The cleanup script did not distinguish test accounts from customer accounts stored on the same directory server.
O actor-neutral | Bienvenido restored the directory entries from the 29 December backup and re-linked them to the untouched mail stores.
O neutral-fact | About 94% of affected accounts were restored by 2 January and the rest by 5 January.
O credit | Olwen noticed that users of the desktop client could still read their old mail, which showed the mail stores were intact.
O system-should | The directory should have rejected deletion of accounts with recent logins unless a second flag was set.
O quoted-question | "Is this hackers?" was the top question in the help forum; the answer is no, it was our own maintenance job.
O org-subject | The Hotmail team decided on 1 January to treat the reports as a priority incident and staffed it around the clock.
O system-counterfactual | Had the test accounts lived in their own directory partition, the script could not have reached a customer account.
""",
actions="""
Y Y Y PREVENTS | Katalin Falconbridge | 2011-02-15 | Move all test accounts to a separate directory partition and remove the cleanup script's write access to the customer partition
Y Y N PREVENTS | directory team | 2011-03-01 | Make the directory refuse bulk deletes of more than 100 accounts per hour without a second operator's approval token
Y Y Y DETECTS | Akosua Jankowska | 2011-01-31 | Alert when more than 500 accounts an hour are recreated as new after a successful login to an old address
Y Y Y PARTIAL | Bienvenido Garmendia |  | Write a runbook for relinking directory entries to existing mail stores and time a full drill on 1,000 test accounts
Y Y N DETECTS | support | 2011-01-20 | Escalate to the on-call when 20 forum threads in 24 hours report an empty inbox
N N N PARTIAL | directory team |  | Improve the safety of maintenance scripts
N N Y PARTIAL | Olwen Dahlberg |  | Review all scripts
N N N PREVENTS |  |  | Be more careful around the holidays
N Y N DETECTS | support |  | Listen to the forums more
N N Y PREVENTS | Katalin Falconbridge | 2011-04-01 | Fix the test account process
N N N PARTIAL | we |  | Speed up account recovery
""",
ww="""
C | Mail stores were kept apart from the directory, so message data survived and could be relinked.
V | We handled the holiday incident well.
C | The cause was found and a restore began on 1 January, the first day the reports were treated as an incident.
"""))

# 7. American Airlines, 28-29 Apr 2015: pilots' iPad chart app (Jeppesen FliteDeck) crashed when opening a
# duplicate chart for Reagan National in AA's chart database; ~74 flights delayed; reinstall at gate, PDFs.
S.append(dict(url="https://www.latimes.com/business/la-fi-american-airlines-glitch-20150429-story.html?track=rss",
people=["Adelmo Anstruther", "Keziah Ahlgren", "Boglarka Abara", "Mairead Babatunde"],
blame="""
B failure-verb | Keziah pushed the chart database update without opening a single DCA chart on a real iPad.
B role-blame | The chart data team broke the fleet's navigation for two days with one duplicate entry.
B sanction | Boglarka is off chart releases until she re-does the database training.
B rhetorical-question | Who ships a chart package to 8,000 pilots without one smoke test on the device they fly with?
B counterfactual | if Mairead had looked at the validation warning we would never have had captains at the gate reinstalling apps
B competence | The vendor's QA clearly cannot be trusted with anything flight-critical.
B implicit | The duplicate chart went out on a Tuesday night release that one person approved alone. Enough said.
B timeline-blame | 19:00 PT first crash reports. 19:45 Keziah still insisting it is an iPad problem.
O system-failure | The app could not reconcile two charts with the same identifier for Reagan National and shut down whenever a pilot opened it.
O actor-neutral | Adelmo told crews by ACARS at 21:10 to uninstall and reinstall the app at the gate over Wi-Fi.
O neutral-fact | About 74 flights were delayed on Tuesday evening and Wednesday morning; none was unsafe.
O system-should | The chart database build should have failed on a duplicate chart identifier instead of publishing it.
O policy-subject | The release checklist lists a file-integrity check but no test of opening the updated charts in the app.
O credit | A captain in Dallas reported the crash with the exact chart name, which let the vendor find the duplicate within hours.
O agentless-passive | Crews flying to or from National were given PDF images of the chart until the database was corrected.
O meta-blameless | Social media blamed the iPads; the device was fine, and the review treats the release pipeline, not one approver, as the thing to change.
""",
actions="""
Y Y Y PREVENTS | Keziah Ahlgren | 2015-05-15 | Add a uniqueness check on chart identifiers to the database build and fail the build on any duplicate
Y Y Y PREVENTS | Boglarka Abara | 2015-06-01 | Open every chart changed in a release on two fleet iPads with the production app before the release is published
Y Y N PARTIAL | electronic flight bag team | 2015-05-31 | Stage chart releases to 5% of pilots for 24 hours before the rest of the fleet gets them
Y Y Y DETECTS | Mairead Babatunde |  | Send app crash reports from fleet iPads to the EFB on-call and alert when more than 10 crashes occur in 30 minutes
Y Y N PARTIAL | we | 2015-05-20 | Keep the previous chart package on each iPad so a crew can roll back from the app settings in under two minutes
N N N PARTIAL | electronic flight bag team |  | Improve the quality of chart updates
N N Y PARTIAL | Adelmo Anstruther |  | Work with the vendor on better testing
N Y N DETECTS |  |  | Monitor the iPad fleet more closely
N N N PREVENTS | we |  | Avoid this kind of glitch going forward
N N Y PARTIAL | Keziah Ahlgren | 2015-07-01 | Go over the chart release steps again
N N N PARTIAL | everyone |  | Make the paperless cockpit more reliable
""",
ww="""
V | Crews stayed calm and professional.
C | Paper-chart PDFs for Reagan National were sent to all affected crews by the next morning.
V | Good teamwork with the vendor.
"""))

# 8. QuadrigaCX, 2017-2019: a faulty ether smart-contract update in 2017 left ether inaccessible; withdrawals lagged;
# one principal held sole control of wallets and records; platform collapsed in early 2019 (OSC staff report 2020).
S.append(dict(url="https://www.osc.gov.on.ca/quadrigacxreport",
people=["Dalibor Holroyd", "Cenek Carraway", "Heulwen Bellweather", "Gwilym Huxtable"],
blame="""
B failure-verb | Heulwen deployed the new ether contract without testing the withdrawal path and locked up the whole hot wallet.
B group-blame | the dev contractors never once asked where the cold wallet keys were, because they did not want to know
B passive-agent | Every wallet key was held by Dalibor alone, which is a decision he made and nobody challenged.
B sarcasm | Excellent custody model, one laptop and one man, what could go wrong
B counterfactual | If Cenek had insisted on a second keyholder in 2016, clients would still have their coins.
B rhetorical-question | What kind of finance lead lets withdrawals lag for months and never asks for a reconciliation?
B character | Dalibor was reckless with client money from the start and everyone around him knew it.
B nobody-blame | No one at the exchange lifted a finger to check the books in three years.
O system-failure | The updated ether contract rejected calls from the old wallet address, so funds sent to it could not be moved.
O actor-neutral | Gwilym reconciled on-chain balances against client ledgers in March 2019 and found the shortfall.
O neutral-fact | More than 76,000 clients were owed about $215 million when the platform stopped trading.
O agentless-passive | No proper accounting records were kept from 2016 onward.
O system-should | The platform should have required two independent keys to move funds out of any cold wallet.
O policy-subject | The custody arrangement gave one person sole access to keys, records and bank accounts.
O quoted-question | Clients kept asking "where is my withdrawal?"; the reconciliation shows the answer was not in any wallet the company controlled.
O system-counterfactual | Had the contract update gone through a testnet deployment with a withdrawal test, the wrong address check would have shown up first.
""",
actions="""
Y Y Y PREVENTS | Cenek Carraway | 2019-06-30 | Require 2-of-3 multisignature for every cold wallet, with keys held by three named officers in different cities
Y Y Y DETECTS | Gwilym Huxtable | 2019-05-31 | Publish a daily reconciliation of on-chain balances against client liabilities and alert the board when the gap exceeds 1%
Y Y N PREVENTS | engineering contractors | 2019-04-30 | Deploy every smart contract change to a testnet first and run deposit and withdrawal tests before mainnet
Y Y Y PARTIAL | Heulwen Bellweather |  | Add a withdrawal queue age metric and page operations when any withdrawal waits longer than 72 hours
Y Y N PARTIAL |  | 2019-08-31 | Engage an external auditor to attest custody balances every quarter and post the letters publicly
Y Y Y PREVENTS | Dalibor Holroyd | 2019-05-15 | Store wallet recovery procedures in a sealed escrow with the company's lawyer and test them twice a year
N N N PARTIAL | we |  | Strengthen governance
N N Y PARTIAL | Cenek Carraway |  | Look into better controls over client funds
N N N DETECTS |  |  | Share more about custody with clients
N Y N PREVENTS | engineering contractors |  | Avoid contract bugs in future
N N N PARTIAL | everyone | 2019-09-30 | Rebuild trust
""",
ww="""
V | People kept working through a very hard time.
C | The reconciliation of every wallet against client ledgers was finished in eleven days.
V | Clients were patient.
"""))

# 9. colors.js / faker.js, Jan 2022: the maintainer published colors 1.4.1 (and later versions) with an infinite
# loop printing garbage; faker.js 6.6.6 emptied; thousands of dependents broke; npm reverted, users pinned 1.4.0.
S.append(dict(url="https://www.plushcap.com/content/snyk/blog/snyk-open-source-npm-packages-colors-faker",
people=["Aiyana Etherington", "Fridtjof Dargavel", "Avraham Chavasse", "Annelie Ellingsen"],
blame="""
B failure-verb | fridtjof didn't pin colors in the CLI even though the lockfile PR sat there for a month
B passive-agent | Our release build was broken by Avraham, who merged the caret range bump on Friday.
B human-error | Root cause: developer error (unpinned dependency).
B rhetorical-question | who lets a hobby project with one maintainer sit in the critical path of every build we run?
B group-blame | The platform team never reads the changelogs of what they pull in, they just hit merge.
B competence | A half-decent engineer would have frozen versions the moment that README changed.
B repeat-offender | Annelie, again: the same unpinned range that broke us in the left-pad week.
B self-blame | I should have pushed the lockfile change through instead of waiting for a review that never came; that one is on me.
O system-failure | colors 1.4.1 entered an infinite loop on import and printed garbage, so every CLI command hung in CI.
O actor-neutral | Aiyana pinned colors to 1.4.0 in the root package.json at 14:20 and restarted the pipelines.
O neutral-fact | colors 1.4.1 was published by its maintainer and was downloaded by thousands of dependent projects within hours.
O credit | Avraham traced the hang to the new colors version by diffing two node_modules folders within twenty minutes.
O system-should | The build should have used the lockfile in CI instead of resolving fresh versions on every run.
O quoted-question | In the channel someone asked "why do we even trust npm?"; the follow-up is which packages we fetch without a lockfile.
O error-term | The draft says "human error"; the better question is why CI resolved a version no human had reviewed.
O org-subject | The platform team decided to vendor the two packages until the registry reverted the sabotaged versions.
""",
actions="""
Y Y Y PREVENTS | Aiyana Etherington | 2022-01-21 | Run npm ci with the committed lockfile in every CI job and fail the job if the lockfile is missing or out of date
Y Y N PREVENTS | platform team | 2022-02-15 | Enable a 72-hour cooling-off period in the dependency bot before it proposes any new package version
Y Y Y DETECTS | Avraham Chavasse |  | Alert the build channel when the median CI job time rises above twice its 7-day median
Y Y Y PARTIAL | Annelie Ellingsen | 2022-01-31 | List every production dependency with a single maintainer and record a fork-or-replace decision for each
Y Y N PREVENTS | we | 2022-02-28 | Mirror npm packages through the internal registry and block versions published less than 3 days ago
Y Y Y PARTIAL | Fridtjof Dargavel | 2022-01-25 | Replace colors with chalk pinned to exactly 4.1.2 in the CLI and remove colors from package.json
N N N PARTIAL | platform team |  | Take supply chain security more seriously
N N Y PARTIAL | Avraham Chavasse |  | Audit our npm dependencies
N Y N PREVENTS | we |  | Be careful when upgrading packages
N N N DETECTS |  |  | Monitor open-source news
N N N PARTIAL | everyone |  | Reduce our dependency footprint
""",
ww="""
C | The pin to colors 1.4.0 was merged and all pipelines were green again 45 minutes after the first hung build.
C | Avraham's node_modules diff named the bad version before anyone had to read the package source.
V | Morale stayed high in #build-broken.
"""))

# 10. Ubuntu Forums, 20 Jul 2013: vBulletin forum defaced and its database taken (1.82 million accounts; e-mail,
# salted MD5 hashes); forums taken down quickly; users told to change reused passwords; other services unaffected.
S.append(dict(url="http://arstechnica.com/security/2013/07/hack-exposes-e-mail-addresses-password-data-for-2-million-ubuntu-forum-users/",
people=["Alcide Gilchrist", "Coralie Beauchesne", "Guillermina Cuthbertson", "Carwyn Oakenshaw"],
blame="""
B failure-verb | Alcide left the forum on an old vBulletin build for a year because the upgrade looked annoying.
B hindsight | MD5 was known to be weak long before this; Coralie should have insisted on a better hash when we took over the forum.
B passive-agent | The admin panel was left reachable from the internet by Guillermina after last spring's migration.
B counterfactual | if carwyn had applied the vbulletin patch in May, we would not be mailing 1.8 million people today
B sarcasm | brilliant, the forum team's idea of password security is a 2004 default. ten out of ten
B group-blame | Mistakes were made by the forum admins, plain and simple.
B role-blame | The IS person on call that weekend just let the defaced page sit there.
B mistake-attribution | It was Alcide's mistake not to move the forum into the same patch cycle as Launchpad.
O actor-neutral | Carwyn took the forums offline four minutes after the first defacement report came in.
O system-failure | The forum software stored passwords as salted MD5 hashes, which offer little protection against cracking a single account.
O neutral-fact | About 1.82 million forum accounts had their user name, e-mail address and password hash copied.
O policy-subject | The forum ran outside the central patching schedule because it was a community-run service.
O system-should | The admin interface should have been reachable only through the VPN, not from the public internet.
O meta-blameless | Commenters called the admins amateurs; the review sticks to which controls were missing and who owned them.
O org-subject | The IS team decided to keep the forums offline until the whole server was rebuilt from scratch.
O agentless-passive | Users were advised to change the password anywhere they had reused it.
""",
actions="""
Y Y Y PREVENTS | Guillermina Cuthbertson | 2013-08-15 | Restrict the vBulletin admin control panel to the internal VPN address range
Y Y Y PREVENTS | Alcide Gilchrist | 2013-08-31 | Add the forum servers to the central patch schedule, with vendor security fixes applied within 7 days
Y Y N PARTIAL | IS team | 2013-09-30 | Rehash all forum passwords with bcrypt on next login and expire unchanged hashes after 90 days
Y Y Y DETECTS | Coralie Beauchesne |  | Compare the forum front page against a known hash every 5 minutes and page IS on a change outside a deploy
Y N N PARTIAL | we | 2013-08-20 | Move logins on every community site the company runs to the single sign-on service so none of them stores password hashes
N N N PARTIAL | IS team |  | Review the security of all community sites
N N Y PARTIAL | Carwyn Oakenshaw |  | Harden vBulletin
N Y N DETECTS |  |  | Watch for defacements
N N N PREVENTS | we |  | Stay on top of forum software patches
N N Y PARTIAL | Alcide Gilchrist | 2013-10-31 | Raise the bar on forum security
N N N PARTIAL | everyone |  | Be more security-minded
""",
ww="""
C | The forums were offline four minutes after the first report, before further data left the server.
C | A notice naming the exposed fields went to every user the next day.
V | Huge kudos to the community managers.
"""))

# 11. Halo: The Master Chief Collection, Nov 2014: matchmaking across four games failed at launch (long searches,
# low session success, uneven teams) despite passing internal tests; a series of server-side updates and an apology.
S.append(dict(url="https://techraptor.net/gaming/news/343-industries-apologize-master-chief-collection-online-troubles",
people=["Jovita Delahunt", "Aberash Nettleford", "Berit Fitzsimmons", "Folasade Grimaldi"],
blame="""
B failure-verb | aberash signed off the matchmaking load test with 10k synthetic players when we sold millions. come on
B counterfactual | Had Berit let the beta run for another month, launch week would never have looked like this.
B group-blame | The online services team shipped a matchmaking flow they had never seen under real load.
B rhetorical-question | Is anyone on the server team actually going to admit the playlist merge was a bad idea?
B sarcasm | Day 14 of "matchmaking improvements". Folasade, maybe the next patch can match me with one other human.
B timeline-blame | 11 Nov launch. 12 Nov session success at 40%. 14 Nov Jovita still calling it "within expectations".
B competence | They are not good enough to run an online service of this size, full stop.
B sanction | Aberash has been moved off backend work for the next title.
O system-failure | The matchmaking service timed out on parties that mixed players from different game playlists and returned them to the search queue.
O actor-neutral | Folasade deployed the first server-side matchmaking fix on 14 November without a client patch.
O neutral-fact | Session success was well below target for about two weeks after launch on 11 November.
O self-report | I read the internal test results as good enough to ship; I did not know that the test harness never mixed playlists.
O system-should | The load test should have included parties from all four games searching at once, as on launch day.
O quoted-question | Players asked "did anyone test this?"; the internal test did run and passed, which is the gap this review is about.
O org-subject | The studio decided to post daily status updates on the forum until matchmaking met its target.
O system-counterfactual | If the matchmaker had relaxed its skill window after 60 seconds, most parties would have found a session.
""",
actions="""
Y Y Y PREVENTS | Berit Fitzsimmons | 2015-01-15 | Extend the matchmaking load test to 500,000 simulated parties mixing all four game playlists and make it a release gate
Y Y N DETECTS | online services team | 2014-12-05 | Alert when session success drops below 85% for 15 minutes in any region
Y Y Y PARTIAL | Folasade Grimaldi | 2014-12-10 | Widen the matchmaking skill window after 60 seconds of search and report median search time per playlist daily
Y Y Y PARTIAL | Aberash Nettleford |  | Give the team balance service a unit test that fails when two teams differ by more than one player
Y Y N PREVENTS | we | 2015-02-28 | Run a public beta of every online mode for at least two weeks before launch
Y Y Y DETECTS | Jovita Delahunt | 2014-11-30 | Publish a public status page showing session success and median search time, updated every 10 minutes
N N N PARTIAL | online services team |  | Make matchmaking better
N N Y PARTIAL | Berit Fitzsimmons |  | Improve our testing
N Y N PARTIAL | we |  | Communicate more with the community
N N N PREVENTS |  |  | Never ship a broken launch again
N N N DETECTS | everyone | 2015-03-01 | Monitor launch health
""",
ww="""
V | The whole studio rallied.
C | The first matchmaking fix shipped server-side on day three, so players did not need to download a patch.
V | Our messaging to players landed well.
"""))

# 12. GTA Online, Oct 2013: launch overwhelmed the cloud servers ("Rockstar Cloud Servers Unavailable"); some players
# lost characters, progress and purchased cash; in-game purchases suspended; title updates and a stipend.
S.append(dict(url="https://www.cnet.com/news/gta-online-still-borked-no-end-in-sight-as-characters-deleted/",
people=["Lieve Aucoin", "Araceli Amberley", "Eladio Lamontagne", "Malachy Halloran"],
blame="""
B failure-verb | Eladio missed the save-flush bug in the character service even though QA filed it twice.
B passive-agent | The capacity plan was drawn up by Araceli for a tenth of the players we actually got.
B hindsight | With 15 million copies already sold, anyone could see the cloud servers would fall over, and Lieve should have seen it too.
B human-error | Root cause of character loss: human error in the save service configuration.
B rhetorical-question | Why are we letting people buy cash cards when the servers cannot even keep their characters?
B implicit | Malachy's team was in charge of saves. I will just leave that here.
B sarcasm | great, my character got deleted twice, at least the loading music is nice, thanks server team
B nobody-blame | Nobody bothered to load test character creation at launch volume.
O system-failure | The cloud save service dropped writes when the storage queue was full and reported them as successful to the client.
O actor-neutral | Lieve suspended in-game cash purchases on the second day, after the first reports of lost characters.
O neutral-fact | Some players lost characters, items or purchased cash during the first days after the 1 October release.
O credit | Araceli found that quitting through the console menu skipped the final save and posted the safe exit steps that night.
O system-should | The client should have kept a local copy of unsaved progress until the server confirmed the write.
O agentless-passive | A title update that fixed the save path was released the following week.
O meta-blameless | Forum posts blamed "lazy devs"; the team that built the save path was working from a load estimate that proved far too low.
O system-counterfactual | Had the save service rejected writes it could not store, the client would have retried instead of discarding progress.
""",
actions="""
Y Y Y PREVENTS | Eladio Lamontagne | 2013-10-15 | Make the save service return an error when the storage queue is full and have the client retry with backoff for up to 5 minutes
Y Y Y PREVENTS | Malachy Halloran | 2013-10-20 | Keep unsaved progress on the console until the server acknowledges the write, and show a "saving" icon until then
Y Y N DETECTS | online ops | 2013-10-10 | Alert when the save success rate falls below 99.5% over 10 minutes
Y Y Y PARTIAL | Araceli Amberley | 2013-10-31 | Add servers until the cloud service handles 2x the peak concurrent users of the first launch day, verified by a load test
Y Y N PARTIAL |  | 2013-11-15 | Restore lost characters from the transaction log for every account with a verified report and post the restored count weekly
Y Y Y PREVENTS | Lieve Aucoin |  | Keep in-game purchases disabled until the save success rate stays above 99.9% for 72 hours
N N N PARTIAL | online ops |  | Stabilise the servers
N N Y PARTIAL | Eladio Lamontagne |  | Look at the save system
N Y N DETECTS | we |  | Keep monitoring player reports
N N N PREVENTS |  |  | Be better prepared for next launch
N N N PARTIAL | everyone | 2013-12-01 | Make it up to players
""",
ww="""
C | Safe-exit instructions were posted on the support page within a day, which cut new reports of lost progress.
V | The team worked tirelessly.
V | Great player engagement.
"""))

# 13. Cyberpunk 2077, Dec 2020: released 10 Dec with severe performance problems and bugs on base PS4 and Xbox One;
# reviewers had only PC code; last-gen footage not shown; refunds; Sony delisted the game on 17-18 Dec.
S.append(dict(url="https://eurogamer.net/articles/2020-12-18-sony-pulls-cyberpunk-2077-from-the-playstation-store",
people=["Athol Ogunleye", "Didier Loughran", "Birgitta Kavanagh", "Isolde Nakashima"],
blame="""
B failure-verb | Birgitta kept the base console builds out of every preview because he knew how bad they ran.
B passive-agent | The release date was forced by Athol over the objections of the console leads.
B counterfactual | If Didier had told the board the PS4 build ran at 15 fps, we would have slipped again and nobody would be asking for refunds.
B group-blame | The QA department waved through thousands of known bugs to hit Christmas.
B competence | Whoever did the last-gen optimisation simply did not have the skills for it.
B rhetorical-question | Who decided reviewers only needed the PC build, and did they think nobody owns a PS4?
B sarcasm | cool cool, "it runs surprisingly well on last-gen", said the management slide. isolde wrote that one I think
B hindsight | Management was obviously going to ship this broken; they should have known the refunds would follow.
O actor-neutral | Didier posted the first console hotfix on 14 December and listed the known crashes in its notes.
O system-failure | On base PS4 and Xbox One the streaming system could not load textures and crowds fast enough, so the frame rate often fell below 20.
O neutral-fact | Sony removed the game from the PlayStation Store on 17 December and offered full refunds.
O system-should | The release gate should have included a frame-rate threshold for every supported platform, not only for PC.
O quoted-question | Players asked "why were reviewers only given PC code?"; the review process for that decision is in section 4.
O org-subject | The studio chose to offer refunds directly for physical copies when stores would not.
O policy-subject | The certification checklist covered crashes and compliance but had no minimum performance target for base consoles.
O credit | Isolde's team found the memory leak behind most base-console crashes and fixed it in patch 1.06.
""",
actions="""
Y Y Y PREVENTS | Birgitta Kavanagh | 2021-03-31 | Block release unless each supported console holds 30 fps for 95% of frames in the standard benchmark route
Y Y Y PARTIAL | Didier Loughran | 2021-01-31 | Fix the memory leak in the streaming system on base PS4 and confirm 8 hours of play without a crash in soak tests
Y Y N DETECTS | QA department | 2021-01-15 | Collect crash reports per platform and alert the console leads when the crash rate exceeds 1 per 2 hours of play
Y Y Y PREVENTS | Athol Ogunleye | 2021-02-28 | Give reviewers and preview partners builds for every platform, including base consoles, at least 7 days before release
Y N N PARTIAL | we |  | Publish a per-platform known-issues list with every patch of every game the studio supports
Y Y Y DETECTS | Isolde Nakashima | 2021-01-20 | Add frame-time percentiles per console model to the weekly build report
N N N PARTIAL | QA department |  | Improve quality across all platforms
N N Y PARTIAL | Athol Ogunleye |  | Rethink our release planning
N Y N PREVENTS |  |  | Be honest with players about performance
N N N PARTIAL | we | 2021-06-30 | Restore player trust
N N N DETECTS | everyone |  | Listen more to our testers
""",
ww="""
V | The developers showed incredible dedication.
C | The first hotfix for base consoles shipped four days after release and listed every crash it addressed.
C | Refund requests by e-mail were answered in waves with a fixed confirmation template, so none were lost.
"""))

# 14. Ubiquiti, Dec 2020 - Mar 2021: a cloud lead used his own admin credentials to copy data from AWS and GitHub,
# shortened log retention, then sent a ransom note; the company refused; a VPN lapse exposed his home IP.
S.append(dict(url="https://msspalert.com/news/ubiquiti-breach-allegedly-an-inside-job-former-networking-employee-arrested",
people=["Oisin Kettleby", "Kirra Brodeur", "Cillian Bramall", "Apolonia Mallory"],
blame="""
B failure-verb | Kirra never rotated the root keys after the January notice, so the cloud team kept the same door open for weeks.
B group-blame | The security team was asleep at the wheel for a month while gigabytes left our GitHub.
B counterfactual | if cillian had kept CloudTrail retention at a year we would have known in a day who did it
B passive-agent | Full admin rights on every AWS account were handed out by Apolonia to anyone on the cloud team.
B rhetorical-question | Did no one on the response team wonder why one of their own had logs that kept disappearing?
B repeat-offender | Oisin again approving broad IAM policies without review, same as the last audit.
B sarcasm | Oh great, the person investigating the breach was the breach. Stellar hiring, Apolonia.
B human-error | Primary cause: insider misconduct enabled by human error in access management.
O actor-neutral | Oisin sent the customer notice on 11 January asking all users to change their passwords and enable 2FA.
O system-failure | The log pipeline kept only one day of access logs for the affected accounts, so the earliest activity was not recorded.
O neutral-fact | The ransom note demanded 50 bitcoin, about $1.9 million at the time, and the company did not pay.
O system-should | The IAM setup should have required a second approver for any change to log retention settings.
O credit | Cillian spotted that the VPN connection dropped once and exposed a home IP address in the logs.
O quoted-question | A reporter asked "why did you let him investigate himself?"; the process had no rule that responders with access to the affected systems step aside.
O org-subject | The company decided to rotate every employee credential and enforce hardware keys for cloud console access.
O system-counterfactual | If log retention changes had raised an alert to the security on-call, the tampering would have been seen within hours.
""",
actions="""
Y Y Y PREVENTS | Kirra Brodeur | 2021-02-15 | Rotate every AWS root and IAM access key and require hardware security keys for console sign-in to all production accounts
Y Y Y DETECTS | Cillian Bramall | 2021-02-01 | Alert the security on-call within 5 minutes of any change to CloudTrail or log retention settings
Y N N PREVENTS | cloud team | 2021-03-31 | Replace every standing admin role in every AWS account, GitHub organisation and internal system with time-limited roles that need a second approver and expire after 8 hours
Y Y Y PARTIAL | Apolonia Mallory | 2021-02-28 | Ship access logs to a separate write-once account and keep them for 400 days
Y Y N PARTIAL |  |  | Exclude any responder whose credentials touch the affected systems from the incident team, written into the response plan
N N N PARTIAL | security team |  | Strengthen insider threat controls
N N Y PARTIAL | Oisin Kettleby |  | Review IAM policies
N Y N DETECTS | we |  | Monitor GitHub more closely
N N N PREVENTS | cloud team |  | Guarantee that no insider can ever repeat this
N N N PARTIAL | everyone | 2021-04-30 | Improve our security culture
N N Y DETECTS | Cillian Bramall |  | Look into better logging
""",
ww="""
C | Every employee credential was rotated and hardware keys enforced for cloud console access within a week.
C | The customer notice went out on 11 January with specific steps: change password, enable 2FA.
V | Proud of how responders handled a strange situation.
"""))

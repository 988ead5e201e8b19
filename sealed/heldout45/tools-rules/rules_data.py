# heldout45 rules data (see ../rules/SOURCES-heldout45.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Sinclair Broadcast Group ransomware 2021, ExamSoft bar exam upload failure 2014,
# Illuminate Education student data breach 2022, South Staffordshire Water Cl0p intrusion 2020-2022, COSCO Americas
# ransomware 2018, Strava global heatmap exposure 2018, Snapchat Find Friends number leak 2014) and 7 outside software
# (Gold King Mine waste water spill 2015, Fundao tailings dam collapse 2015, Philadelphia Energy Solutions refinery
# explosion 2019, T2 Laboratories reactor explosion 2007, Golden Ray capsizing 2019, MSC Zoe container loss 2019,
# Jackson Mississippi water crisis 2022).
# Themes: media and broadcasting, education technology, water and sewage utilities, mining, chemical plants, shipping
# and ports, mobile apps. Styles: responders' chat (handles and times stripped), terse notes, timeline rows, review
# stickies, report prose; some rows in French, German or Spanish.
S = []

# 1. Sinclair Broadcast Group ransomware, October 2021 (media and broadcasting): a potential incident found on
# 16 October, servers and workstations encrypted on 17 October, office and operational networks disrupted, data
# taken, local advertising and some station broadcasts disrupted; disclosed in an SEC filing on 18 October.
S.append(dict(url="https://www.darkreading.com/attacks-breaches/sinclair-broadcast-group-confirms-ransomware-attack",
people=["Oswaldine Prackett", "Ercolano Vanstrael", "Mirelle Vennekoopstra", "Aldhun Kovalchery"],
blame="""
B failure-verb | ercolano left the domain admin password in the shared playout runbook for two years, that's how they walked in
B passive-agent | The flat network between the ad traffic servers and master control was signed off by Mirelle in 2019 with no segmentation review.
B counterfactual | Si Aldhun avait appliqué le correctif du VPN à la sortie de l'avis, on serait encore à l'antenne dans la moitié des marchés.
B group-blame | honestly the station engineers treat security like someone else's job and this weekend is the bill
B sarcasm | Great call by corporate IT to keep the backups on the same domain the attackers owned. Really top tier.
B human-error | Cause: human error by an employee who opened a malicious attachment.
B self-blame | that one's on me, I approved the exception for the legacy ad server and never went back to it
B implicit | Sat 14:10 Oswaldine turns off the endpoint agent on the traffic server "for performance". Sat 22:40 encryption starts.
O actor-neutral | Oswaldine saw the first encrypted file share on Saturday morning and opened the incident bridge.
O system-failure | The endpoint agent failed to flag the lateral movement because the master control servers were excluded from its policy.
O system-should | The backup platform should have kept an offline copy that the domain admin accounts could not delete.
O policy-subject | The exception process Mirelle filed under only needed a manager's signature and had no expiry date.
O neutral-fact | Several stations ran network programming and infomercials in place of local news on Sunday.
O agentless-passive | The ad insertion servers were rebuilt from clean images over the following week.
O credit | shout out to aldhun for driving a spare playout box to the Seattle station so they could air the evening news
O meta-blameless | Review note: replace "careless click" in section 4 with what the mail filter let through and why.
""",
actions="""
Y Y Y PREVENTS | Ercolano Vanstrael | 2021-12-15 | Move master control and playout servers into a separate network zone whose firewall allows only the listed ad traffic ports, verified by a port scan from the office LAN.
N N N PARTIAL | we | | Take security more seriously across the stations.
Y Y N PARTIAL | Broadcast Engineering | 2022-01-31 | Keep one playout chain per market that can run the evening news for 48 hours without the corporate domain, and test it every quarter.
N Y Y DETECTS | Mirelle | | Audit the firewall rules.
Y Y Y PREVENTS | Aldhun Kovalchery | 2021-11-30 | Require hardware-key MFA on every VPN and remote admin login and report each Friday the count of accounts without a key until it is zero.
N N N PREVENTS | Corporate IT | 2022-03-01 | Make backups more resilient.
Y Y N DETECTS | Security Operations | | Put the endpoint agent on all master control servers and alert when any host stops reporting for more than 15 minutes.
N Y N PARTIAL | | | Double-check the exception list before renewals.
Y N Y PARTIAL | Oswaldine | 2022-02-28 | Write the station-level ransomware runbook (who switches to the network feed, who calls advertisers) and run one tabletop with three markets.
N N N DETECTS | everyone | | Be more careful with email attachments.
Y Y N PREVENTS | | 2021-12-31 | Store nightly backups of the ad traffic database in an immutable bucket with a 30-day object lock and restore one to a test host each month.
""",
ww="""
C | Stations switched to the network feed within an hour, so most markets kept some programming on air.
C | The news editing systems were cut off from the domain on Sunday morning, before the encryption reached them.
V | Amazing effort from all the stations this weekend.
"""))

# 2. ExamSoft bar exam upload failure, 29 July 2014 (education technology): after the first day of the bar exam,
# examinees in many states could not upload essay answers for hours; a six-hour backlog; 16-17 states extended
# deadlines; the company named a software configuration issue, made worse by volume; lawsuits followed.
S.append(dict(url="https://www.mercurynews.com/2014/08/12/bar-exam-software-failure-sets-off-wave-of-lawsuits/",
people=["Quorwen Marsdeyne", "Ephrasia Tollbridge", "Rodvar Nesquith", "Caelin Ubertaille"],
blame="""
B failure-verb | Quorwen pushed the new upload server config the week before the bar and never load-tested it
B passive-agent | The deadline-night capacity plan was approved by Ephrasia without anyone running the July numbers.
B counterfactual | if rodvar had listened when support warned about the timeout setting we would not have 17 states extending deadlines
B group-blame | the release crew always ships on a Friday and lets support eat the fallout, same story every bar season
B sarcasm | Nice touch from the platform team, scheduling a config change for the week of the biggest exam of the year.
B rhetorical-question | who exactly thought a new upload path could go live right before July without a dry run?
B hindsight | Any engineer who had lived through one bar night could have told Caelin the queue would back up.
B human-error | Causa raíz: error humano del administrador al configurar los servidores de carga.
O system-failure | The upload service failed to return a clear error, so examinees watched a spinner for hours instead of a retry message.
O system-should | The submission portal should have accepted late uploads automatically once a state extended its deadline.
O actor-neutral | Ephrasia noticed the queue depth climbing at 18:20 and paged the on-call engineer.
O neutral-fact | Seventeen states extended their upload deadlines overnight.
O agentless-passive | The six-hour backlog was cleared by early Wednesday morning.
O policy-subject | The change calendar Rodvar maintained had no freeze period around exam dates.
O credit | kudos to caelin for drafting the state-by-state deadline list that support read from all night
O meta-blameless | Kommentar zum Entwurf: "Quorwen hat es verbockt" streichen und stattdessen erklären, warum der Lasttest fehlte.
""",
actions="""
Y Y Y PREVENTS | Quorwen Marsdeyne | 2014-10-15 | Freeze changes to the upload servers from 14 days before each state's exam until its deadline passes, enforced in the deploy tool.
N N N PARTIAL | we | | Be more prepared for exam season.
Y Y N DETECTS | Platform Operations | 2014-09-30 | Alert on-call when the upload queue holds more than 2,000 files or the median upload takes longer than 60 seconds.
N Y Y PARTIAL | Ephrasia | | Look at the load testing situation.
Y Y N PREVENTS | | 2015-01-31 | Replay the July 2014 upload traffic at twice its peak against staging before every February and July exam, and block the release if the error rate exceeds 0.5%.
N N N PREVENTS | Support | | Communicate better with examinees.
N Y N PARTIAL | State Relations | 2014-12-01 | Sort out the deadline extension process with the boards.
Y N Y PARTIAL | Caelin | | Publish a status page showing upload health per state, refreshed every five minutes on exam nights.
N N N DETECTS | everyone | | Keep an eye on upload times during exams.
Y Y Y PARTIAL | Rodvar Nesquith | 2014-11-15 | Make the desktop client retry a failed upload every 10 minutes for 24 hours and show the receipt number on success.
N Y N DETECTS | | | Review the monitoring for the exam client.
""",
ww="""
C | State boards heard about the backlog the same evening, and 17 extended their deadlines before midnight.
C | No answer file was lost: the client kept the encrypted file on the laptop until the upload went through.
V | Hats off to the support desk, they were brilliant.
"""))

# 3. Illuminate Education student data breach, December 2021 - January 2022 (education technology): unauthorised
# access to databases between 28 December 2021 and 8 January 2022; applications taken offline for about a week;
# investigation confirmed on 24 March, New York City DOE told on 25 March; about 820,000 NYC students at first, later
# over a million; the DOE said safeguards it had been promised, such as encryption, were not in place.
S.append(dict(url="https://www.schools.nyc.gov/about-us/policies/data-privacy-and-security-policies/data-security-incidents",
people=["Yarrowby Quibbenfeld", "Soraida Kemplatt", "Bastiaan Orrenvelt", "Kelvorn Dranemoor"],
blame="""
B failure-verb | Bastiaan forgot to rotate the database keys after the contractor left, that is the whole breach in one line
B passive-agent | The unencrypted student tables were marked "compliant" by Soraida in the 2019 district questionnaire.
B counterfactual | none of this happens if Kelvorn had turned on encryption at rest when the district asked for it
B group-blame | our devops folks clearly don't understand what student records are, they treated them like test fixtures
B sarcasm | "industry standard safeguards" — sure, if the industry standard is one shared password and a plaintext dump
B human-error | Cause racine : erreur humaine de l'administrateur de bases de données.
B self-blame | honestly I should have caught the old access key in my November review, I skimmed that section
B implicit | Gradebook down for a week. Yarrowby was on call. Draw your own conclusions.
O actor-neutral | Yarrowby spotted the unusual queries on 8 January and took the affected applications offline.
O system-failure | The database audit log failed to alert on a bulk export because no threshold had been set for read volume.
O system-should | The vendor questionnaire should have asked for evidence of encryption rather than a yes/no checkbox.
O policy-subject | The offboarding checklist Soraida used had no step for revoking cloud access keys.
O neutral-fact | The affected databases held names, birth dates, ethnicity, special-education flags and free-lunch status.
O agentless-passive | The DOE was told of the findings on 25 March, and letters to families went out in May.
O credit | thanks @bastiaan for building the lookup so schools could tell families whether their child was in the export
O neutral-fact | Las aplicaciones de notas y asistencia estuvieron fuera de servicio durante una semana en enero.
""",
actions="""
Y Y Y PREVENTS | Kelvorn Dranemoor | 2022-06-30 | Turn on encryption at rest for every database holding student records and attach the key-management evidence to each district questionnaire.
N N N PARTIAL | we | | Be more careful with student data.
Y Y N PREVENTS | Identity team | 2022-04-30 | Revoke cloud access keys within one hour of a contractor's end date, driven by the HR feed, and list any key older than 90 days every week.
N Y Y DETECTS | Bastiaan | | Keep an eye on the database logs.
Y Y N DETECTS | Security Operations | | Page security on-call if one login pulls over 10,000 student rows within 60 minutes.
N N N PREVENTS | Compliance | 2022-09-01 | Improve our answers to district questionnaires.
Y N Y PARTIAL | Soraida Kemplatt | 2022-05-31 | Delete the records of students who left partner districts more than two years ago and publish the retention schedule.
N Y N PARTIAL | | | Double-check the offboarding process.
Y Y Y DETECTS | Yarrowby | 2022-05-15 | Add a canary student record to each district database and page on-call if it is ever read.
N N N DETECTS | everyone | | Stay alert for suspicious activity.
Y Y N PARTIAL | | 2022-07-31 | Send districts a breach notice template listing the affected fields within 72 hours of confirming a breach.
""",
ww="""
C | The applications were taken offline the day the suspicious queries were seen, which cut off further access.
C | The per-student lookup let schools answer parents' calls with a yes or no instead of a promise to check.
V | So proud of everyone involved in this one.
"""))

# 4. South Staffordshire Water / Cl0p, September 2020 - August 2022 (water utility): phishing email in September 2020,
# intruders undetected for about two years, found in July 2022 while staff looked into IT slowdowns; Cl0p first named
# Thames Water; data of about 634,000 customers and staff published in August 2022; water supply unaffected; the
# ICO later found the outsourced SOC saw about 5% of the network, no vulnerability scans for 18 months, Windows
# Server 2003 still in use and domain controllers unpatched against ZeroLogon.
S.append(dict(url="https://imtr.net/article/uk-cybercrime-journal-inside-the-cl0p-attack-on-south-staffs-water-93c9",
people=["Gwythian Pelbrook", "Begoña Quennevrant", "Gillebride Ashgrove-Lenn", "Ffionwen Radstaley"],
blame="""
B failure-verb | gwythian ignored the zerologon patch on the two old domain controllers for over a year
B passive-agent | The 2003 servers were kept alive by Begoña's infrastructure team long after support ended, with no plan to retire them.
B counterfactual | If Gillebride had actually read the SOC coverage report he would have seen they were blind to most of the network.
B group-blame | the outsourced SOC lot were asleep at the wheel for two straight years
B human-error | Initial finding: human error (a staff member opened the phishing email in September 2020).
B hindsight | Anyone could see a SOC watching 5% of the estate would miss an intruder. Ffionwen should have known.
B rhetorical-question | how does nobody in IT run a single vulnerability scan in 18 months??
B sarcasm | Zwei Jahre unentdeckt im Netz – Glückwunsch an die IT-Leitung, wirklich großartige Arbeit.
O actor-neutral | Begoña started looking into the slow file servers in July and found the unknown service accounts.
O system-failure | The monitoring contract covered only a small part of the network, so the backdoor traffic never reached an analyst.
O system-should | The patch process should have flagged any domain controller missing a critical fix for more than 30 days.
O neutral-fact | The treatment works and the supply network kept running normally throughout.
O agentless-passive | Data on about 634,000 customers and staff was published on the leak site in August 2022.
O policy-subject | The SOC contract Gillebride signed in 2019 listed the monitored subnets but set no coverage target.
O credit | big thanks to ffionwen for isolating the corporate network from the site systems within the hour
O meta-blameless | Nota de revisión: quitar "el SOC no hizo su trabajo" y explicar qué parte de la red quedaba fuera del contrato.
""",
actions="""
Y Y N PREVENTS | Infrastructure | 2022-12-31 | Decommission the remaining Windows Server 2003 hosts and show zero such hosts in the asset inventory.
N N N PARTIAL | we | | Get serious about cyber security.
Y Y Y DETECTS | Gillebride Ashgrove-Lenn | 2022-10-31 | Extend the SOC contract to every corporate subnet and report monitored coverage as a percentage each month, target 100%.
N Y Y PREVENTS | Gwythian | | Sort out the patching backlog.
Y Y N PARTIAL | | 2022-11-30 | Run an authenticated vulnerability scan of all servers every month and open a ticket for any critical finding older than 14 days.
N N N DETECTS | Security | 2023-01-31 | Make the SOC more effective.
N Y N PARTIAL | Service Desk | | Remind staff about phishing.
Y N Y PARTIAL | Begoña | 2023-03-31 | Separate the site control network from the corporate domain with a one-way data diode and document the allowed flows.
N N N PARTIAL | everyone | | Think before clicking links.
Y Y Y PREVENTS | Ffionwen Radstaley | | Turn on ZeroLogon enforcement on every domain controller and confirm it with the vendor's check script.
N Y N DETECTS | | | Look into logging on the file servers.
""",
ww="""
C | Site systems were cut off from the corporate network within an hour, so treatment and supply stayed unaffected.
C | Customers were told in plain words the same evening that their tap water was safe to drink.
V | Great resilience shown by all staff.
"""))

# 5. COSCO Shipping Lines Americas ransomware, 24 July 2018 (shipping and ports): a "local network breakdown" in the
# Americas, email and network phones down in the US (incl. the Pier J terminal office at Long Beach), Canada, Panama,
# Argentina, Brazil, Peru, Chile and Uruguay; links to other regions cut; vessels and main business systems unaffected;
# temporary webmail accounts; network applications recovered by 30 July.
S.append(dict(url="https://www.bankinfosecurity.com/shipping-giant-cosco-hit-by-ransomware-attack-a-11256",
people=["Anacleto Brandvik", "Tjalda Solvastre", "Dragoljub Pettigrue", "Amarins Keldoorn"],
blame="""
B failure-verb | Anacleto turned off the SMB filtering rule at the Long Beach office "just for testing" and never put it back
B passive-agent | The flat link between the US offices and Latin America was set up by Tjalda's network group with no segmentation at all.
B counterfactual | Si Dragoljub hubiera aplicado los parches a tiempo, Panamá y Chile no se habrían caído.
B group-blame | Los de sistemas en Long Beach nunca saben lo que hacen, siempre lo mismo.
B sarcasm | love that our backup plan turned out to be free webmail accounts. world class planning from the regional IT heads
B human-error | Root cause: operator error at the Pier J office.
B implicit | 24 Jul 09:12 Amarins opens "invoice.doc". 09:40 Americas network down.
B hindsight | After what happened to the other big carrier the year before, anyone but Tjalda would have pushed for segmentation.
O actor-neutral | Amarins reported the ransom note on her screen to the service desk at 09:40 and unplugged the PC.
O system-failure | The mail gateway failed to block the macro document because the attachment policy still allowed legacy Office formats.
O system-should | La red regional debería haber aislado cada oficina automáticamente al detectar un cifrado masivo.
O neutral-fact | Vessel operations and the main booking systems kept running throughout.
O agentless-passive | Connections between the Americas and the other regions were shut down on 24 July as a precaution.
O policy-subject | The remote access policy Dragoljub drafted allowed shared admin accounts across all eight countries.
O credit | cheers to anacleto for setting up the temporary mail accounts so customers could still send bookings
O meta-blameless | Draft comment: the timeline should say which control let the document run, not who opened it.
""",
actions="""
Y Y N PREVENTS | Regional Network | 2018-10-31 | Put a firewall between each country office in the Americas that allows only the listed business ports, verified by a quarterly scan.
N N N PARTIAL | we | | Learn from the other carrier's attack.
Y Y Y PREVENTS | Tjalda Solvastre | 2018-09-15 | Block macro-enabled and legacy Office attachments at the mail gateway for all Americas mailboxes.
N Y Y DETECTS | Dragoljub | | Watch inter-office traffic more.
Y N N PARTIAL | | 2018-12-31 | Set up a standby mail and phone service outside the corporate domain that the Americas offices can switch to within 2 hours, and rehearse the switch twice a year.
N N N PREVENTS | IT | | Harden the network.
Y Y Y DETECTS | Anacleto Brandvik | 2018-08-31 | Alert the regional service desk when any workstation renames more than 500 files in 5 minutes.
N Y N PARTIAL | Service Desk | 2018-11-30 | Improve incident communication to customers.
Y Y Y PARTIAL | Amarins | | Replace the shared admin accounts in the eight countries with named accounts and delete the shared passwords from the vault.
N N N DETECTS | everyone | | Report anything strange to IT.
Y Y N DETECTS | | 2018-10-15 | Post a status update on the public site within 60 minutes of any regional network outage, using a pre-approved template.
""",
ww="""
C | Cutting the links to other regions on the first day kept the Asian and European offices working normally.
C | Temporary mail accounts let the Long Beach office keep taking bookings from customers within a day.
V | Fantastic team spirit during the outage.
"""))

# 6. Strava global heatmap, published November 2017, noticed late January 2018 (mobile apps): an aggregated map of
# about a billion public activities (2015 - September 2017) showed the layout of military bases and patrol routes in
# sparse regions; the company pointed to private activities and privacy zones; street-level views were later put
# behind login.
S.append(dict(url="https://www.wareable.com/sport/strava-heat-maps-military-bases-5682",
people=["Philomène Windlesham", "Ksawery Doornbeck", "Talulah Verhagenow", "Oisdrin Ellisandre"],
blame="""
B failure-verb | Ksawery shipped the heatmap refresh without once asking what the sparse areas would reveal
B passive-agent | The "everyone can see" default was picked by Philomène's growth team to boost segment leaderboards.
B counterfactual | if talulah had run the privacy review we'd have spotted the glowing rectangles in the desert in five minutes
B group-blame | product people here care about engagement charts and nothing else, this was always going to happen
B sarcasm | congrats to whoever decided a global map of soldiers' jogging loops made a fun marketing piece
B rhetorical-question | Did nobody on the data team zoom in on Syria even once before launch?
B self-blame | I approved the release. I looked at London and Paris and never thought about remote areas. That's on me.
B human-error | Ursache laut Entwurf: menschliches Versagen beim Datenschutz-Check.
O actor-neutral | Oisdrin saw the analyst's thread on Sunday morning and started the internal channel.
O system-failure | The heatmap pipeline failed to drop points from areas with very few users, so single bases stood out.
O system-should | The privacy defaults should have made new activities visible to followers only.
O neutral-fact | The map was built from about a billion activities uploaded between 2015 and September 2017.
O agentless-passive | The heatmap was first published in November 2017 and drew attention only in late January 2018.
O policy-subject | The launch checklist Philomène owned covered performance and design but had no privacy item.
O credit | thanks ksawery for getting the street-level view behind login within two days
O meta-blameless | Remarque de relecture : ne pas écrire « les soldats auraient dû savoir », décrire plutôt les réglages par défaut de l'application.
""",
actions="""
Y Y N PREVENTS | Data Platform | 2018-03-31 | Leave out of the public heatmap any map tile with fewer than 25 distinct athletes over the period.
N N N PARTIAL | we | | Think harder about privacy.
Y Y Y PARTIAL | Philomène Windlesham | 2018-04-30 | Change the default visibility for new accounts to followers only and track the share of new activities posted publicly.
N Y Y DETECTS | Talulah | | Review the heatmap for sensitive places.
N N N PREVENTS | Product | 2018-06-30 | Make privacy settings clearer.
Y Y N PREVENTS | | 2018-02-28 | Require a logged-in account to view the heatmap at street-level zoom and log every such view.
N Y N PARTIAL | Legal | | Talk to defence ministries.
Y N Y DETECTS | Oisdrin | | Add a privacy item to the launch checklist that lists the datasets exposed and the smallest group of users any published view can single out.
N N N DETECTS | everyone | | Be mindful of what our features reveal.
Y Y Y PARTIAL | Ksawery Doornbeck | 2018-03-15 | Send every athlete who uploaded from a flagged military area an in-app prompt about privacy zones, and report how many set one.
N Y N PARTIAL | | | Be extra careful with the next heatmap.
""",
ww="""
C | The street-level heatmap was put behind login within days of the first public thread.
C | The public statement named the exact settings users could change and linked straight to them.
V | The comms team was superb.
"""))

# 7. Snapchat Find Friends number leak, 31 December 2013 - January 2014 (mobile apps): researchers had reported in
# August 2013 that the Find Friends API could match phone numbers to usernames in bulk and published details at
# Christmas; the company's 27 December post called the attack theoretical; on 31 December about 4.6 million usernames
# with partial phone numbers were posted; an opt-out and further limits followed.
S.append(dict(url="https://www.kpbs.org/news/2014/01/02/alleged-hackers-explain-reasons-for-posting",
people=["Zinnovia Ockwald", "Ruarc Huelstra", "Inesita Valtamoura", "Donnchadh Pickwellow"],
blame="""
B failure-verb | ruarc sat on the researchers' report from August to Christmas and never answered them
B passive-agent | The "theoretical" wording in the 27 December post was pushed through by Zinnovia over the security lead's objections.
B counterfactual | if Donnchadh had added rate limiting to find_friends when it was reported, the dump would not exist
B group-blame | a bunch of growth hackers who think security is a nice-to-have, that's who runs the API
B sarcasm | "Happy Snapping" at the end of the breach post. Inspired choice, comms.
B hindsight | Anybody could have told Inesita that letting one account check millions of numbers was asking for it.
B implicit | Aug: report received. Aug-Dec: ticket assigned to Ruarc. 31 Dec: 4.6M rows online.
B human-error | Root cause (draft 2): engineer error on the API rate limits.
O actor-neutral | Inesita found the downloadable database on New Year's Eve and posted it in the security channel.
O system-failure | The find_friends endpoint failed to limit how many phone numbers one account could submit.
O system-should | The API should have rejected batches of sequential numbers coming from a single client.
O neutral-fact | The published file held about 4.6 million usernames with phone numbers missing their last two digits.
O agentless-passive | An opt-out from Find Friends and a number verification step were added in the early January app update.
O policy-subject | The disclosure inbox Zinnovia set up forwarded reports to a shared alias with no ticket and no owner.
O credit | props to donnchadh for shipping the rate limit over New Year's Day
O meta-blameless | Sticky: swap "security team ignored the researchers" for how outside reports reached an engineer.
""",
actions="""
Y Y N PREVENTS | API team | 2014-01-15 | Limit find_friends to 200 phone number lookups per account per day and return an error above that.
N N N PARTIAL | we | | Respond faster to researchers.
Y Y Y DETECTS | Donnchadh Pickwellow | 2014-01-31 | Alert when any client submits more than 10,000 contact numbers in an hour.
N Y Y PARTIAL | Ruarc | | Figure out what happened with the researcher emails.
Y N Y PREVENTS | Zinnovia | 2014-02-28 | Route security@ mail into a tracked queue with a named owner and a 5-working-day first reply target, and report misses weekly.
N N N PREVENTS | Security | | Make the API more secure.
Y Y N PARTIAL | | 2014-01-10 | Ship the app setting that lets users remove their number from Find Friends and mention it in the release notes.
N Y N DETECTS | Mobile | 2014-03-31 | Improve logging on the API.
Y Y Y PARTIAL | Inesita Valtamoura | | Require SMS code verification before a phone number can be linked to a username.
N N N DETECTS | everyone | | Take outside reports seriously.
Y Y N DETECTS | | | Scrape our own API weekly from an outside host with a test script and fail the build if more than 200 lookups succeed.
""",
ww="""
C | The rate limit shipped within two days of the dump, before the file spread much further.
C | Support linked to an outside lookup page so users could check their own account in seconds.
V | Everyone showed great commitment over the holidays.
"""))

# 8. Gold King Mine waste water spill, 5 August 2015 (mining, water): an EPA team and contractor working at the
# portal of the closed mine near Silverton breached the debris plug; about three million gallons of acidic water
# reached Cement Creek and the Animas River; Colorado and New Mexico were told the next day; intakes closed.
S.append(dict(url="https://en.wikipedia.org/wiki/2015_Gold_King_Mine_waste_water_spill",
people=["Winema Trastevane", "Ezekiah Bloomquarry", "Dacey Morrowfield", "Lupita Crandallow"],
blame="""
B failure-verb | Dacey skipped the pressure check on the adit because the drill rig was late and the crew wanted to start digging
B passive-agent | The decision to dig out the portal without measuring the water behind it was made by Winema.
B counterfactual | if ezekiah had drilled a test hole first like the 2014 plan said, the plug never blows
B group-blame | the contractor crew were cowboys from day one, nobody there knew how mine pools behave
B human-error | Causa: error humano del equipo de excavación.
B rhetorical-question | who decides to poke at a plugged adit with an excavator and no holding pond?
B sarcasm | waiting until the next day to tell New Mexico the river was orange. stellar coordination from the site lead
B self-blame | I signed the work plan. I had seen the blowout note and let it slide. This one is mine.
O actor-neutral | Lupita radioed the downstream gauge station as soon as the water burst from the portal.
O system-failure | The work plan failed to require a measurement of the water pressure behind the debris plug.
O system-should | The site emergency plan should have listed every downstream water intake and who to call at each.
O neutral-fact | About three million gallons of acidic mine water reached Cement Creek and then the Animas River.
O agentless-passive | River intakes in Durango and Farmington were closed for several days.
O policy-subject | The task order Ezekiah managed had no step for telling downstream states before excavation.
O credit | thanks dacey for getting the temporary settling ponds built inside a week
O neutral-fact | Der Fluss war tagelang gelb-orange gefärbt, die Wasserentnahme flussabwärts wurde gestoppt.
""",
actions="""
Y Y N PREVENTS | Site Engineering | 2015-10-31 | Drill a test hole and measure the water head behind any blocked adit before excavation, and stop work if it stands above the portal floor.
N N N PARTIAL | we | | Be more careful at old mines.
Y Y Y PARTIAL | Winema Trastevane | 2015-09-30 | Build a lined holding pond sized for the estimated mine pool below each portal before it is opened.
N Y Y DETECTS | Ezekiah | | Look at the monitoring on Cement Creek.
N N N PREVENTS | Contractor | | Improve safety culture.
Y Y N DETECTS | | 2015-12-15 | Install a continuous pH and conductivity sensor below the portal that alerts the site lead and the state when pH drops under 5.
N Y N PARTIAL | Regional Office | 2016-01-31 | Coordinate better with the states.
Y N Y PARTIAL | Lupita | | Write the downstream call list (intakes, irrigators, Navajo Nation, state agencies) and test it with one dry-run call round.
N N N DETECTS | everyone | | Watch the river.
Y Y Y PREVENTS | Dacey Morrowfield | 2016-03-31 | Add a hydrogeologist sign-off on the mine pool level to the excavation permit, and block the permit until it is filled in.
N Y N PARTIAL | | | Review the work plans for other mines in the district.
""",
ww="""
C | Intakes in Farmington were closed before the plume arrived because the downstream call list was rebuilt within a day.
V | Very professional response by all agencies.
V | Good communication all around.
"""))

# 9. Fundao tailings dam collapse, 5 November 2015 (mining): the dam near Mariana, Minas Gerais failed in a
# liquefaction flowslide starting at the left abutment, where the dam axis had been set back after drainage problems;
# 19 people died, Bento Rodrigues was destroyed and tailings travelled down the Doce river to the Atlantic.
S.append(dict(url="https://scribd.com/document/597564449/fundao-parte-1",
people=["Jurema Tavernholt", "Ubiratã Pesterlo", "Rosário Villacunha", "Claudionor Brumquist"],
blame="""
B failure-verb | Ubiratã ignored the piezometer readings on the left abutment for months
B passive-agent | The setback of the dam axis was approved by Jurema without a new stability study.
B counterfactual | Si Rosário hubiera pedido un nuevo estudio de estabilidad, Bento Rodrigues seguiría en pie.
B group-blame | the geotech consultants just rubber-stamped whatever the operators wanted
B hindsight | Claudionor had every warning sign in front of him and still kept raising the dam.
B human-error | Root cause per the first board memo: operator error in tailings deposition.
B sarcasm | Qué gran idea de la gerencia no poner sirenas en el pueblo para ahorrar costes.
B rhetorical-question | how did the dam manager not notice the cracks reported in 2014?
O actor-neutral | Rosário phoned the municipal civil defence at about 16:20 after seeing the slide from the crest.
O system-failure | The drainage blanket failed to keep the sand tailings unsaturated after the axis was moved.
O system-should | The monitoring system should have sounded a siren in Bento Rodrigues as soon as the flowslide began.
O neutral-fact | The flowslide released tens of millions of cubic metres of iron ore tailings into the Doce river basin.
O agentless-passive | Nineteen people were killed and the village of Bento Rodrigues was buried.
O policy-subject | The raising plan Jurema signed relied on a design review that did not cover the setback section.
O credit | gracias a Ubiratã por organizar la evacuación de la escuela de Paracatu en menos de una hora
O meta-blameless | Review sticky: describe how the saturated sands lost strength, not "careless operators".
""",
actions="""
Y Y N PREVENTS | Geotechnical | 2016-06-30 | Stop raising any upstream tailings dam until an independent panel confirms a liquefaction factor of safety of at least 1.3 for its current geometry.
N N N PARTIAL | we | | Respect the dam.
Y Y Y DETECTS | Jurema Tavernholt | 2016-03-31 | Connect every left-abutment piezometer to a live feed and alert the dam engineer when any reading passes its trigger level.
N Y Y PARTIAL | Ubiratã | | Look again at the drainage design.
Y Y N PARTIAL | Civil Defence liaison | 2016-02-29 | Install sirens in every settlement within 10 km downstream and test them monthly with the residents.
N N N PREVENTS | Management | 2016-12-31 | Strengthen the safety culture around tailings.
Y N Y PARTIAL | Rosário Villacunha | | Give every downstream municipality the dam-break flood map and evacuation routes, and hold one evacuation drill per year.
N Y N DETECTS | Operations | | Watch the left abutment more closely.
Y Y Y DETECTS | Claudionor | 2016-05-31 | Survey the crest and abutments by drone every two weeks and report any movement above 10 mm.
N N N DETECTS | everyone | | Report anything unusual.
Y Y N PREVENTS | | | Move new tailings to filtered dry stacking and stop pumping slurry into the Fundão basin.
""",
ww="""
C | Staff drove through the village warning residents, and the school was emptied before the mud arrived.
V | Incredible solidarity from the community.
V | Responders did everything they could.
"""))

# 10. Philadelphia Energy Solutions refinery explosion, 21 June 2019 (chemical plant / refinery): a corroded pipe
# elbow in the hydrofluoric acid alkylation unit, installed in 1973 with higher nickel and copper content, ruptured
# around 04:00; over 5,000 lb of HF released; a 38,000 lb vessel fragment landed across the Schuylkill River; about
# $750 million damage; an operator triggered the rapid acid deinventory; the refinery closed.
S.append(dict(url="https://www.csb.gov/csb-releases-final-report-into-2019-pes-fire-and-explosion-in-philadelphia/",
people=["Bartholo Orlowine", "Maravelle Splaynard", "Kwesinor Ambrosetti", "Irisande Harrowvane"],
blame="""
B failure-verb | maravelle never added the 1973 elbows to the thickness monitoring list, that's the whole story
B passive-agent | The old carbon steel fitting was grandfathered in by Bartholo's inspection group in 1995 and nobody looked again.
B counterfactual | if Kwesinor had insisted on the full replacement during the 2018 turnaround we would still have a refinery
B group-blame | the inspection department was a rubber stamp, they measured what was easy and called it done
B human-error | Cause première : erreur humaine de l'inspecteur chargé de ce circuit.
B sarcasm | Brilliant plan by management to keep running a 1970s HF unit on its original pipe. Truly visionary.
B rhetorical-question | why didn't anyone in maintenance question a pipe elbow that old carrying HF?
B hindsight | Irisande should have seen that the rest of the circuit had been replaced and this one piece hadn't.
O actor-neutral | Irisande triggered the rapid acid deinventory from the control room within minutes of the release.
O system-failure | The inspection database failed to list the elbow because it had no thickness monitoring location.
O system-should | The emergency isolation valves should have been operable from the control room without anyone walking into the vapour cloud.
O neutral-fact | A 38,000-pound vessel fragment landed on the far side of the Schuylkill River.
O agentless-passive | More than 5,000 pounds of hydrofluoric acid were released, and much of it was knocked down by water sprays.
O policy-subject | The 1995 grandfathering rule Bartholo applied let older fittings stay in service without a composition check.
O credit | thanks kwesinor for getting the neighbour notifications out before 5 a.m.
O neutral-fact | Das Rohrbogenstück enthielt mehr Nickel und Kupfer als die übrige Leitung und korrodierte deshalb schneller.
""",
actions="""
Y Y N PREVENTS | Inspection | 2019-12-31 | Measure nickel and copper content of every carbon steel fitting in HF service and replace any above the limit in the industry practice for HF units.
N N N PARTIAL | we | | Focus more on mechanical integrity.
Y Y Y DETECTS | Maravelle Splaynard | 2019-10-31 | Add a thickness monitoring location on every elbow in the alkylation unit and record readings every six months.
N Y Y PARTIAL | Bartholo | | Review the grandfathered equipment list.
N N N PREVENTS | Engineering | 2020-06-30 | Look at alternatives to HF.
Y Y N PARTIAL | | 2020-03-31 | Fit remotely operated isolation valves on the feed lines to the alkylation unit, operable from the control room, and stroke-test them each quarter.
N Y N DETECTS | Operations | | Pay attention to corrosion in the HF unit.
Y N Y PARTIAL | Irisande | | Run a neighbour alert drill with the city twice a year and record how long it takes to reach every registered household.
N N N DETECTS | everyone | | Stay vigilant.
Y Y Y PREVENTS | Kwesinor Ambrosetti | 2020-01-31 | Replace the remaining original 1973 piping in the HF circuit with alloy piping and close the work order with photos.
N Y N PARTIAL | | | Double-check the water spray system before each restart.
""",
ww="""
C | The operator's rapid acid deinventory moved most of the HF to a protected vessel within minutes.
V | The fire crews were heroic.
V | Teamwork was excellent throughout the night.
"""))

# 11. T2 Laboratories explosion, 19 December 2007 (chemical plant): a 2,500 gallon batch reactor making MCMT ran away
# after its cooling, which had no backup, failed; the rupture disc could not relieve it; the reactor exploded at
# about 13:33, ten minutes after the owners were called about a cooling problem; four people died; the owners were
# not aware of the runaway hazard; earlier batches had overheated.
S.append(dict(url="https://en.wikipedia.org/wiki/T2_Laboratories_explosion_and_fire",
people=["Ansgarius Fellowdane", "Corisande Whitlatch", "Ekwuzor Okonkwar", "Corvinus Pemberfell"],
blame="""
B failure-verb | ansgarius scaled up the batch without ever doing a reactive hazard study
B passive-agent | The undersized rupture disc was specified by Corisande when the reactor went in.
B counterfactual | if Ekwuzor had reported the earlier overheating batches, someone would have looked at the cooling
B group-blame | the owners were chemists playing at being process engineers
B human-error | Cause: operator error during the metalation step.
B self-blame | I told the operators the cooling was fine after the last overheat. I was wrong and four people died.
B hindsight | Jeder erfahrene Verfahrensingenieur hätte Corvinus gesagt, dass ein einziger Kühlkreislauf nicht reicht.
B implicit | batch 175. operator on shift: Ekwuzor. cooling lost 13:23. reactor bursts 13:33.
O actor-neutral | Corvinus called the owners at 13:23 to report the cooling problem.
O system-failure | The cooling water supply failed to keep up with the heat of the reaction, and there was no backup.
O system-should | The reactor should have had a second cooling source and a relief system sized for a runaway.
O neutral-fact | Four people were killed and debris was found up to a mile away.
O agentless-passive | The plant was closed and the company wound down in the following months.
O policy-subject | The batch procedure Ansgarius wrote had no step to abort if the temperature kept rising.
O credit | props to Corisande for pulling together the batch records the investigators asked for within a day
O meta-blameless | Note de relecture : enlever « les propriétaires étaient incompétents » et expliquer pourquoi le risque d'emballement n'était pas connu.
""",
actions="""
Y Y N PREVENTS | Process Safety | 2008-06-30 | Run reaction calorimetry on the MCMT process and document the maximum runaway temperature and pressure before any further batch.
N N N PARTIAL | we | | Understand our chemistry better.
Y Y Y PREVENTS | Corisande Whitlatch | 2008-04-30 | Add a second independent cooling supply to the reactor and test the switchover before each campaign.
N Y Y DETECTS | Ansgarius | | Look at the temperature alarms.
Y Y N PARTIAL | | 2008-05-31 | Size the emergency relief for the runaway case from the calorimetry data and have an outside engineer check the calculation.
N N N PREVENTS | Management | | Improve training.
Y N Y PARTIAL | Ekwuzor Okonkwar | | Write the abort procedure (stop the feed, dump to the quench tank, evacuate) with a temperature trigger and drill it with every shift.
N Y N DETECTS | Operations | 2008-03-31 | Keep better records of overheating events.
Y Y Y DETECTS | Corvinus | 2008-02-29 | Record every batch's peak temperature and cooling flow, and review any batch above 180 °C before the next one starts.
N N N DETECTS | everyone | | Speak up about problems.
Y Y N PARTIAL | | | Move the control room outside the blast radius calculated for the reactor.
""",
ww="""
C | Mutual-aid crews had foam on the fire within the first hour, which kept it from spreading to the neighbouring plants.
V | Emergency services were outstanding.
V | Jacksonville showed its best side that day.
"""))

# 12. Golden Ray capsizing, 8 September 2019 (shipping and ports): the car carrier heeled to about 60 degrees during
# a 68-degree turn leaving Brunswick, Georgia; the NTSB found the chief officer had entered wrong ballast quantities
# into the stability program and the operator had no effective procedure to verify stability calculations; open
# watertight doors let her flood; four engineers trapped for about 40 hours were rescued.
S.append(dict(url="https://iims.org.uk/golden-ray-ntsb-report-reveals-inaccurate-stability-calculations-as-the-cause-of-the-capsizing",
people=["Donghyun Kestrelwaite", "Jisoo Abernathine", "Marlo Quintavarre", "Ludomir Brisbanek"],
blame="""
B failure-verb | Donghyun entered the wrong ballast figures into the loading program and sailed on them
B passive-agent | The stability printout was signed off by Jisoo without a second look at the tank soundings.
B counterfactual | if the mate had double-checked the soundings against the loading program we'd still have a ship
B human-error | Probable cause: chief officer error in the stability calculation.
B group-blame | the deck officers on that run didn't understand their own stability software
B sarcasm | Love the "who needs a second check" approach to stability on a car carrier. Textbook.
B rhetorical-question | how does a chief officer not notice 1,500 tonnes of missing ballast?
B failure-verb | Ludomir hat die wasserdichten Türen offen gelassen, deshalb ist sie so schnell vollgelaufen.
O actor-neutral | Marlo, the pilot, ordered the engine stopped and called the Coast Guard as the heel passed 40 degrees.
O system-failure | The loading program accepted ballast figures that did not match the sounding records without showing a warning.
O system-should | The safety management system should have required a second officer to verify the stability calculation before departure.
O neutral-fact | The ship heeled to about 60 degrees to port in under a minute during a 68-degree turn.
O agentless-passive | The four engineers trapped in the engine room were reached through a hole cut in the hull after about 40 hours.
O policy-subject | The departure checklist Jisoo followed did not include closing the watertight doors on the car decks.
O credit | huge thanks to ludomir for keeping the trapped engineers answering the hull tapping until the rescuers got through
O meta-blameless | Sticky: the draft says "careless mate"; replace it with how the loading program and the operator's procedures let an unchecked figure through.
""",
actions="""
Y Y N PREVENTS | Fleet Operations | 2020-03-31 | Require the master and chief officer to both sign the stability printout, with tank soundings attached, before any departure.
N N N PARTIAL | we | | Stability needs more focus from the deck officers.
Y Y Y DETECTS | Donghyun Kestrelwaite | 2020-01-31 | Configure the loading program to warn when entered ballast differs from the latest soundings by more than 5%.
N Y Y PARTIAL | Jisoo | | Look into the loading program training.
N N N PREVENTS | Crewing | 2020-06-30 | Hire better officers.
Y Y N PARTIAL | | 2020-02-29 | Add "car deck watertight doors closed" to the departure checklist and record the door status from the bridge panel before unberthing.
N Y N DETECTS | Marine Superintendents | | Check stability calculations from time to time.
Y N Y PARTIAL | Marlo Quintavarre | | Give every officer two days of hands-on training on the loading program and log a practical test result for each.
N N N DETECTS | everyone | | Stay alert during port departures.
Y Y Y PREVENTS | Ludomir | 2020-04-30 | Recalculate the minimum ballast for each loading pattern on the route and lock it as a required value in the loading program.
N Y N PARTIAL | | | Review how we share stability data with pilots.
""",
ww="""
C | Rescuers found the trapped engineers by tapping on the hull and drilled a test hole before cutting.
V | The crew showed amazing courage.
V | Fantastic cooperation with the Coast Guard.
"""))

# 13. MSC Zoe container loss, night of 1-2 January 2019 (shipping and ports): the ultra-large container ship lost 342
# containers on the southern route north of the Dutch Wadden Islands in a northwesterly storm; the Dutch Safety Board
# found extreme rolling, possible seabed contact, slamming and green water put forces on the containers and lashings
# beyond their design; cargo washed up on the islands for weeks.
S.append(dict(url="https://www.bairdmaritime.com/ship-world/boxship-world/dutch-safety-board-publishes-report-on-loss-of-containers-from-msc-zoe-in-2019/",
people=["Fenna Uitdenbogerd", "Hiske Kloosterwaard", "Haldewin Ostermannsland", "Vasilică Ciocarlanu"],
blame="""
B failure-verb | Vasilică ignored the routing advice and kept to the southern route in a force 9 from the northwest
B passive-agent | Die Laschung der oberen Lagen wurde von Haldewin vor dem Sturm nicht mehr kontrolliert.
B counterfactual | if Fenna had slowed down and turned into the waves, most of those boxes would still be on deck
B group-blame | Die Crew hat einfach nicht aufgepasst, typisch für diese Billigbesatzungen.
B human-error | Main cause (draft): human error by the bridge team in storm navigation.
B sarcasm | Great seamanship, losing 342 boxes and not noticing until Borkum.
B hindsight | Hiske must have known a ship that wide would roll like crazy on that route in a northwester.
B rhetorical-question | Warum hat niemand auf der Brücke die Container gezählt, bevor man weiterfuhr?
O actor-neutral | Hiske reported the first missing stacks to the coast guard centre after the morning deck round.
O system-failure | The lashing systems failed under forces they were never designed for, from rolling, slamming and green water together.
O system-should | The traffic rules should have kept very wide container ships off the southern route during northwesterly storms.
O neutral-fact | Insgesamt gingen 342 Container verloren, die meisten davon in niederländischen Gewässern.
O agentless-passive | Plastic pellets, shoes and television sets were washed up on the beaches of Terschelling and Vlieland for weeks.
O policy-subject | The stowage plan Haldewin approved met the class rules, which assumed far smaller roll forces.
O credit | thanks vasilică for getting the positions of the lost boxes to the Dutch authorities within hours
O meta-blameless | Sticky on section 5: drop "bridge team negligence" and explain the wave, roll and seabed-contact mechanism instead.
""",
actions="""
Y Y N PREVENTS | Fleet Routing | 2019-09-30 | Route ships wider than 50 m on the northern deep-water route whenever northwesterly winds of force 7 or more are forecast north of the Wadden Islands.
N N N PARTIAL | we | | Respect the weather.
Y Y Y DETECTS | Fenna Uitdenbogerd | 2019-06-30 | Install bridge cameras covering the top tiers of every bay and require a container count after any roll greater than 15 degrees.
N Y Y PARTIAL | Hiske | | Look at the lashing on ultra large ships.
Y Y N PARTIAL | Marine Technical | 2019-12-31 | Fit a motion monitoring system that shows roll angle and acceleration against the lashing limits on the bridge in real time.
N N N PREVENTS | Management | | Improve seamanship.
Y N Y PARTIAL | Haldewin Ostermannsland | 2019-08-31 | Fit a GPS tracker to every dangerous-goods container stowed in the top three tiers.
N Y N DETECTS | Operations | 2019-05-31 | Review container loss reports.
Y Y Y DETECTS | Vasilică | | Report any container loss to the nearest coastal state within 30 minutes, using a fixed message format with positions.
N N N DETECTS | everyone | | Be extra careful in storms.
Y Y N PREVENTS | | 2020-03-31 | Recalculate top-tier lashing forces with the roll and acceleration values measured on this voyage and restow any bay that exceeds the limit.
""",
ww="""
C | Dutch and German agencies had a joint list of the lost dangerous-goods containers within two days.
V | Huge respect for everyone who cleaned the islands.
V | Good cooperation between countries.
"""))

# 14. Jackson, Mississippi water crisis, August - September 2022 (water utility): a boil-water notice from late July
# over turbidity; the O. B. Curtis plant was already on backup pumps after July failures when Pearl River flooding
# changed the raw water on 29 August; pressure collapsed and about 150,000 people lost safe running water; state
# emergency, bottled water distribution; the boil-water notice lifted on 15 September.
S.append(dict(url="https://en.wikipedia.org/wiki/Jackson,_Mississippi_water_crisis",
people=["Latrice Buckhalterow", "Demarcus Hollowell", "Shondra Pickensworth", "Everett Castellow"],
blame="""
B failure-verb | Demarcus let the main raw water pumps run to failure in July and never ordered the spares
B passive-agent | The short staffing at O.B. Curtis was waved off as "manageable" by Latrice's office for two years.
B counterfactual | Si Shondra avait commandé les pompes de rechange en juillet, la ville aurait encore de l'eau.
B group-blame | city hall has been asleep on this plant for a decade, they just don't care about these neighborhoods
B human-error | Root cause: operator error in chemical dosing after the river rose.
B sarcasm | Amazing foresight from the utilities department, running a capital city's water on backup pumps through flood season.
B self-blame | I'm the plant superintendent. I knew the backup pumps were all we had and I didn't push hard enough.
B hindsight | Everett had the 2020 EPA order on his desk; anyone could see this coming.
O actor-neutral | Shondra, the night operator, saw the clearwell level falling at 02:00 and called the superintendent.
O system-failure | The treatment process failed to cope with the change in raw water chemistry when the flooded river reached the intake.
O system-should | The plant should have had a second set of working raw water pumps, not only the backups.
O neutral-fact | About 150,000 people were left without safe running water.
O agentless-passive | The state boil-water notice was lifted on 15 September.
O policy-subject | The maintenance budget Latrice presented each year funded repairs only after a pump had failed.
O credit | shout out to demarcus for running the tanker schedule so the fire trucks always had water
O neutral-fact | La presión del agua a la salida de la planta bajó a la mitad en una sola noche.
""",
actions="""
Y Y N PREVENTS | Public Works | 2022-12-31 | Repair or replace the raw water pumps at O.B. Curtis so that two duty pumps and one spare are available, confirmed by a flow test.
N N N PARTIAL | we | | Fix the water system.
Y Y Y DETECTS | Everett Castellow | 2022-11-15 | Alarm the operator and the superintendent when clearwell level drops below 8 feet or distribution pressure below 60 psi.
N Y Y PARTIAL | Latrice | | Look into staffing at the plant.
N N N PREVENTS | City Council | 2023-06-30 | Invest in infrastructure.
Y Y N PARTIAL | | 2023-03-31 | Write a high-turbidity dosing procedure for river flood conditions with jar-test targets, and train every operator on it.
N Y N DETECTS | Operations | | Monitor the plant more closely during storms.
Y N Y PARTIAL | Shondra Pickensworth | | Pre-arrange bottled water and tanker contracts that can supply 180,000 people within 24 hours, with named contacts.
N N N DETECTS | everyone | | Conserve water.
Y Y Y PREVENTS | Demarcus | 2023-01-31 | Fill the six vacant licensed operator posts at O.B. Curtis and keep at least two licensed operators on every shift.
N Y N PARTIAL | | | Review the EPA order.
""",
ww="""
C | Tanker trucks kept the fire stations supplied, so fire protection never lapsed while hydrant pressure was low.
V | Everyone stepped up.
V | The National Guard was great.
"""))

SOFTWARE = [s["url"] for s in S[:7]]

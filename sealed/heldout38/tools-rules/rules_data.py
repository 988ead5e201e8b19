# heldout38 rules data (see ../rules/SOURCES-heldout38.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Sophos Shh/Updater-B false positive 2012, ua-parser-js npm hijack 2021, British
# Library ransomware 2023, EVE Online Trinity boot.ini deletion 2007, Bumblebee install.sh "rm -rf /usr" 2011,
# Intelsat Galaxy 15 "zombie" satellite 2010, Azure Australia East chiller outage 2023) and 7 outside software
# (NOAA-N Prime satellite drop 2003, London Millennium Bridge wobble 2000, Citicorp Center wind bracing 1978, Vasa
# sinking 1628, Southall rail crash 1997, Milwaukee Cryptosporidium outbreak 1993, Oroville Dam spillway crisis 2017).
# Styles vary: sysadmin forum + vendor support macros, OSS maintainers' chat with @handles, library board paper and
# staff forum, gamers' forum + dev blog, GitHub issue comments (lowercase, emoji), satellite-operator e-mails and a
# broadcaster's engineering chat, cloud PIR prose and a customer Teams chat, a NASA-style mishap board and shop-floor
# notes, engineers' magazine letters and a pub chat, structural engineers' memo and a trade-paper column, a
# translated 17th-century court record and a museum guide's notes, a rail inquiry and drivers' forum, a utility
# board hearing and a city newspaper, state-agency report prose and a local radio call-in.
# At least six of the eight fine sentences of each incident name a person or a group (the borderline the classifier
# gets wrong): acting, noticing, paging, deciding, being thanked for what they did, reporting, being on leave, being
# asked a question, or mentioned in a sentence whose subject is a tool or a policy.
S = []

# 1. Sophos, 19 Sep 2012: a detection update flagged the product's own update binaries (and some other vendors'
# updaters) as "Shh/Updater-B"; endpoints whose policy said delete/quarantine removed the updater, so they could not
# take the fix by themselves; a corrected identity file followed within hours, with manual steps for broken clients.
S.append(dict(url="https://www.theregister.com/2012/09/20/sophos_auto_immune_update_chaos/",
people=["Iolo Tremayne", "Lucasta Ozturk", "Dafydd Chenoweth", "Heledd Karadeniz"],
blame="""
B failure-verb | Dafydd pushed the identity file at lunchtime and never bothered to run it against our own installer set first.
B passive-agent | The auto-delete policy on 400 laptops was switched on by Iolo last spring without asking anybody.
B counterfactual | if heledd had kept the servers on "report only" like the rest of us, we would not be reimaging the finance floor tonight
B group-blame | Frankly the vendor's labs people released a signature that ate their own updater, which tells you everything about that QA shop.
B sarcasm | Great job Sophos, an antivirus that cures itself of being installed 👏
B human-error | Root cause (per the account manager on the phone): a human error in the labs when the detection was written.
B competence | A halfway competent admin would have had a golden image ready instead of walking desk to desk with a USB stick.
B rhetorical-question | Who exactly thought delete-on-detect was a sensible default for a hospital network, Lucasta?
O actor-neutral | Lucasta spotted the first Shh/Updater-B alerts on the console at 14:10 and paged the desktop team.
O actor-neutral | Iolo paused the policy push to the remaining sites while we worked out what the detection really matched.
O credit | Big thanks to Dafydd, who wrote the one-page manual fix that the helpdesk read out to every remote user.
O policy-subject | The quarantine policy that Heledd had inherited from the old contract deleted the files outright instead of moving them.
O system-failure | Our update server failed to fetch the corrected identity because its own updater binary had been quarantined; Iolo confirmed it from the log.
O neutral-fact | Heledd was on annual leave that week, so the second-line queue was covered by the Leeds desk.
O quoted-question | The service desk asked Lucasta whether the clients that were offline all afternoon would come back clean, and she checked three of them.
O agentless-passive | The corrected identity file was published the same evening, and the desktop team restored the affected updater binaries from quarantine.
""",
actions="""
Y Y Y PREVENTS | Heledd Karadeniz | 2012-10-31 | Change the endpoint policy from delete to quarantine for all detections on servers and confirm the setting on every policy group in the console.
N N N PARTIAL | we | | Be more careful with antivirus policies.
Y Y N DETECTS | Desktop team | 2012-10-15 | Add a console alert that pages on-call when more than 50 endpoints report the same new detection within 10 minutes.
N Y Y PARTIAL | Dafydd | | Double-check new detections before they reach our clients.
Y Y Y PARTIAL | Iolo Tremayne | | Stage vendor identity updates on a 20-machine pilot group for 2 hours before the rest of the estate takes them.
N N N PREVENTS | | | Have a word with the antivirus company about their release quality.
Y Y N PARTIAL | Helpdesk | 2012-11-01 | Publish the manual updater-restore steps as a knowledge-base article and link it from the outage banner template.
N Y N DETECTS | Security operations | | Pay more attention to what the AV console reports.
Y N N PREVENTS | | 2013-03-31 | Keep a reinstall package for the endpoint agent on a file share that the agent itself does not scan, and test a restore from it each quarter.
N Y Y PARTIAL | Lucasta Ozturk | 2012-12-01 | Review the antivirus setup.
Y Y Y DETECTS | Lucasta Ozturk | 2012-10-20 | Write a script that lists every endpoint whose last successful update is older than 24 hours and mail the list to the desk each morning.
""",
ww="""
C | The policy push to the remaining sites was paused within 20 minutes of the first alert, which kept two hospitals untouched.
C | The helpdesk read one written fix to every remote user instead of improvising it call by call.
V | People kept their cool throughout.
"""))

# 2. ua-parser-js, 22 Oct 2021: the maintainer's npm account was taken over and versions 0.7.29, 0.8.0 and 1.0.0 were
# published with a preinstall script that fetched a cryptominer (and a credential stealer on Windows); about four
# hours later clean versions 0.7.30, 0.8.1 and 1.0.1 were published and the bad ones removed; GitHub advisory and a
# government alert followed.
S.append(dict(url="https://github.com/advisories/GHSA-pjwm-rvh2-c87w",
people=["Zinovy Kovalchuk", "Miroslava Nnaji", "Akinwale Sundqvist", "Yetunde Lindroos"],
blame="""
B failure-verb | @zinovy-q literally forgot to turn on 2FA for an account that seven million installs a week depend on. seven million.
B passive-agent | the malicious 0.7.29 got merged into our lockfile by Akinwale's bot bump and nobody looked at the diff
B counterfactual | If Miroslava had pinned the exact version like I asked in August, the miner would never have landed on the build agents.
B group-blame | The whole JS ecosystem crowd is reckless; they pull a thousand packages from strangers and then act surprised.
B nobody-blame | Not one person on the frontend team read the preinstall script, not one.
B character | Yetunde is sloppy with dependencies in general, this was always going to be her repo.
B hindsight | Obviously a single maintainer with no second publisher is a bomb waiting to go off, anyone could see it coming.
B mistake-attribution | The mistake here was Akinwale's: he approved the auto-merge rule for patch versions.
O actor-neutral | @miroslava.dz noticed the CPU on build agent 7 sitting at 100% and opened the incident channel at 16:42.
O actor-neutral | Akinwale rolled every service back to the lockfile from Friday and rebuilt the agents from clean images.
O credit | Shout-out to Yetunde for reading the preinstall script line by line and finding the second download URL for Windows hosts.
O policy-subject | The auto-merge rule Akinwale set up treats any patch or minor bump as safe, including ones that add install scripts.
O system-failure | Our dependency scanner failed to flag 0.7.29 because the advisory did not exist yet; Zinovy checked the scan time against the publish time.
O self-report | I (Miroslava) rotated the CI tokens and the cloud keys that were present on the affected agents.
O quoted-question | Security asked Zinovy if any developer laptop had run npm install during the window, and he pulled the proxy logs to answer.
O agentless-passive | Clean versions were published about four hours after the compromised ones, and Miroslava confirmed that the bad tarballs had been removed from the registry.
""",
actions="""
Y Y Y PREVENTS | Akinwale Sundqvist | 2021-11-05 | Run npm ci with --ignore-scripts on all CI agents and keep an allow-list file of the packages that may run install scripts.
N Y N PARTIAL | Frontend team | | Frontend devs should treat npm packages with more suspicion.
Y Y N DETECTS | Platform | 2021-11-15 | Alert the on-call channel when a build agent's CPU stays above 90% for 10 minutes outside a build.
N N N PARTIAL | we | | Harden the npm supply chain somehow.
Y Y Y PARTIAL | Miroslava Nnaji | | Change the dependency bot so that bumps adding a preinstall or postinstall script are never auto-merged and need one reviewer.
N Y Y DETECTS | Yetunde | | Follow the npm security feeds.
Y Y N PREVENTS | | 2021-12-01 | Require a 72-hour age on any new package version before the bot proposes it, with an override label for security fixes.
N N N PREVENTS | everyone | | Stop using random packages.
Y Y Y DETECTS | Zinovy Kovalchuk | 2021-11-10 | Keep the proxy logs of npm fetches for 30 days and write the query that lists which hosts fetched a given package version.
N Y N PARTIAL | Security | 2021-12-15 | Audit all our dependencies.
Y Y N PARTIAL | CI team | | Rebuild CI agents from a fresh image every 24 hours so a compromised agent lives at most one day.
""",
ww="""
C | The CPU alarm on one build agent led to the incident channel within 30 minutes of the bad version reaching our lockfile.
C | The tokens and keys on the affected agents were rotated before the end of the day, from a list the team already kept.
V | Brilliant collaboration across teams.
"""))

# 3. British Library, from 28 Oct 2023: Rhysida ransomware; about 600 GB of data copied out and later put up for sale;
# catalogue, website and reading-room services down for months; the library's review (Mar 2024) said the most likely
# entry point was a terminal server set up in 2020 for outside partners, without multi-factor authentication, and that
# legacy systems made recovery a rebuild rather than a restore.
S.append(dict(url="https://www.bl.uk/home/british-library-cyber-incident-review-8-march-2024.pdf",
people=["Gottlieb Mbah", "Mererid Wojtas", "Caradoc Ekdahl", "Branwen Sithole"],
blame="""
B failure-verb | The infrastructure manager neglected the remote access server for three years and then acted shocked that it was the way in.
B passive-agent | The partner access server was installed by Gottlieb in 2020 with a password and nothing else.
B counterfactual | Had Mererid insisted on MFA when she signed the contractor's access form, the attackers would have found a locked door.
B group-blame | IT services at the Library have been asleep at the wheel for a decade, and this is what asleep looks like.
B role-blame | The board's digital lead should have known the systems were end of life; that is literally the job.
B human-error | The immediate cause was a human failure: credentials were compromised and nobody on the IT side noticed the logins.
B sanction | Somebody senior in technology should lose their post over this, the readers deserve at least that.
B repeat-offender | Branwen's team was warned about legacy servers in the 2019 audit and again in 2022, and did nothing both times.
O actor-neutral | Caradoc took the decision on the Saturday morning to cut the network off from the internet once the encryption was confirmed.
O actor-neutral | Branwen phoned the National Cyber Security Centre and the police before nine and kept the notes of every call.
O credit | The reading-room staff deserve our thanks: they ran a paper request system for months so researchers could keep working.
O policy-subject | The access policy Mererid worked under required MFA for staff accounts but said nothing about accounts created for outside partners.
O system-failure | The backups could not be used for a straight restore because the servers they were for no longer existed; Gottlieb confirmed this in the first week.
O neutral-fact | Mererid was on secondment to another department when the terminal server was set up in 2020.
O meta-blameless | The review names no individual, and rightly: the question it asks is why a partner account could reach the core network at all.
O agentless-passive | About 600 GB of data was copied out of the network and later offered for sale by the group that claimed the attack.
""",
actions="""
Y Y N PREVENTS | Technology directorate | 2024-06-30 | Require MFA on every account that can log in from outside the network, partner and service accounts included, and report the accounts without it monthly.
N N N PARTIAL | | | Modernise the Library's technology.
Y Y Y PREVENTS | Gottlieb Mbah | 2024-04-30 | Decommission the 2020 partner terminal server and move partner access to the managed remote-access service with per-user accounts.
N Y Y DETECTS | Branwen | | Think about logs.
Y Y N DETECTS | Security operations | | Send an alert to the duty officer for any login to a partner account outside 07:00-20:00 UK time.
N N N PARTIAL | we | 2024-12-31 | Get staff to care more about cyber risk.
Y N N PARTIAL | Digital programme | 2025-03-31 | Move the catalogue and the reading-room request system onto supported platforms that can be restored from backup within 5 days.
N Y N PREVENTS | IT services | | Ensure a repeat is impossible.
Y Y Y PARTIAL | Caradoc Ekdahl | 2024-09-30 | Hold a full restore test of one core system from offline backup every six months and record the time it took.
N Y Y DETECTS | Mererid Wojtas | | Review third-party access.
Y Y N DETECTS | | | Keep authentication logs for 12 months on a system outside the main domain so an attack cannot erase them.
""",
ww="""
C | Paper request slips let researchers keep ordering items in the reading rooms while the catalogue was down.
V | Staff showed amazing resilience.
V | The response was handled really well overall.
"""))

# 4. EVE Online "Trinity" expansion, 5 Dec 2007: the installer for the new premium graphics client was meant to remove
# the game's own file named boot.ini (in the game folder) but deleted C:\boot.ini instead; Windows XP machines then
# failed to boot; the developer pulled the installer within hours and published recovery steps and an apology blog.
S.append(dict(url="https://www.eveonline.com/news/view/about-the-boot.ini-issue",
people=["Yngvar Polglase", "Adebimpe Halonen", "Torgeir Yilmazer", "Aeronwy Kitto"],
blame="""
B failure-verb | The build engineer screwed up one path in the uninstall list and wiped out the one file Windows really needs.
B passive-agent | That delete line was written by Yngvar and shipped by nobody checking it, on launch day of all days.
B counterfactual | If Adebimpe had tested the installer on a single plain XP box instead of the dev machines, we would have seen it in five minutes.
B group-blame | CCP QA = clowns. they test spaceships, not their own installer lol
B sarcasm | cool patch, now my PC has the premium graphics of a black screen. thx devs
B competence | Any junior Windows programmer knows you never delete a file by name from the root, how do you even get hired there?
B human-error | The patch notes say it was a "human mistake in the installer script"; fine, whose mistake?
B implicit | Interesting that the same guy who wrote the installer last year wrote this one too, just saying.
O actor-neutral | Torgeir pulled the Trinity installer from the download page about four hours after the first forum report.
O actor-neutral | Aeronwy from customer support started a sticky thread with the recovery console steps and answered every page of it herself.
O credit | Thanks to Adebimpe for the clear apology blog, it said exactly which file, which systems and how to fix it.
O policy-subject | The release checklist Yngvar followed had no test of the installer on a machine without the previous version.
O system-failure | The installer's cleanup step failed to limit itself to the game folder, so it removed the boot.ini in the root of drive C.
O neutral-fact | Torgeir was asked on the forum whether Vista machines were affected too, and he answered that they were not because Vista has no boot.ini.
O self-report | I'm Aeronwy, I ran the support queue that night; we had about 200 tickets about machines that would not start.
O system-counterfactual | A test machine with XP and no earlier client would have shown the deletion on the first install.
""",
actions="""
Y Y Y PREVENTS | Yngvar Polglase | 2008-01-15 | Change the installer so it deletes only files listed by full path under the game install folder, and reject any path outside it at build time.
N Y N PARTIAL | QA | | Test installers more thoroughly.
Y Y N DETECTS | Release team | 2008-01-31 | Add a clean Windows XP and a clean Vista virtual machine to the release checklist and run install, patch and uninstall on both before every release.
N N N PREVENTS | we | | Zero broken installers from now on.
Y Y Y PARTIAL | Adebimpe Halonen | | Stage each new client on 5% of downloads for 24 hours and watch the crash and support-ticket rates before the full release.
N Y Y DETECTS | Aeronwy | | Monitor the forums better on patch days.
Y Y N DETECTS | Customer support | 2007-12-20 | Create a ticket tag for installer problems and alert the release manager when more than 20 tickets carry it within an hour.
N N N PARTIAL | | 2008-03-01 | Improve the release process.
Y Y Y PARTIAL | Torgeir Yilmazer | 2007-12-14 | Publish a tested recovery guide for the boot.ini deletion with screenshots for each Windows XP edition.
N Y N PARTIAL | Development | | Be more careful with file names.
Y N N PREVENTS | | | Rename every file the client ships so none of them shares a name with a Windows system file.
""",
ww="""
C | The installer was withdrawn about four hours after the first report, which limited the number of broken machines.
C | The recovery steps were posted in one sticky thread, so players did not have to search for them.
V | Loved the vibe in the issue thread.
"""))

# 5. Bumblebee (Optimus support for Linux), May 2011: install.sh contained "rm -rf /usr /lib/nvidia-current/xorg/xorg"
# with a stray space, so it removed all of /usr on the machines that ran it; fixed in a one-character commit; the commit
# page collected hundreds of comments.
S.append(dict(url="https://github.com/MrMEEE/bumblebee-Old-and-abbandoned/commit/a047be85247755cdbe0acce6f1dafc8beb84f2ac",
people=["Signy Bolitho", "Ulfried Demirtas", "Temitope Rydqvist", "Przemko Lehtonen"],
blame="""
B failure-verb | signy botched the install script and my laptop lost /usr. thanks a lot
B passive-agent | the space in that rm line was introduced by Ulfried in the "cleanup" commit, just look at the blame view
B counterfactual | If Temitope had read the diff before merging it, one space would not have wiped a few hundred systems.
B group-blame | linux hobby projects, never run their scripts as root, those people don't test anything
B sarcasm | Thanks Przemko for the free disk space, 4 GB freed in one second, amazing optimisation 🙃
B character | some people just shouldn't have commit access, and the author of this line is one of them
B rhetorical-question | who writes rm -rf in an install script and then doesn't run it once on a VM??
B timeline-blame | the guy merged it at 2am before going to bed and then was offline while issues piled up
O actor-neutral | Temitope pushed the one-character fix about an hour after the first issue was opened.
O actor-neutral | przemko opened the issue with the exact line and the output of ls /usr, which made the cause obvious
O credit | kudos to @ulfried-pf for writing the recovery notes for people who still had a live USB around
O policy-subject | The project's merge rule that Signy followed allowed maintainers to push straight to master without a second reviewer.
O system-failure | The install script failed to quote its paths, so the shell read /usr as a separate argument to rm.
O neutral-fact | Signy was travelling that week and read the issue tracker from a phone.
O quoted-question | Someone asked Temitope on the issue whether running the old uninstall script would also be dangerous, and she answered with the exact lines it removes.
O agentless-passive | The stray space was removed and a warning was added to the README about the affected revision.
""",
actions="""
Y Y Y PREVENTS | Temitope Rydqvist | 2011-06-10 | Add shellcheck to the CI job and fail the build on any unquoted variable or path in install.sh.
N N N PARTIAL | everyone | | Be careful with rm.
Y Y N PREVENTS | Maintainers | | Protect master so every change to install.sh needs one approval from a maintainer who is not the author.
N Y Y DETECTS | Ulfried | | Test the scripts more.
Y Y Y DETECTS | Przemko Lehtonen | 2011-06-20 | Run install.sh and uninstall.sh in a disposable Ubuntu VM on every pull request and compare the file list before and after.
N N N PREVENTS | | | Write safer shell scripts in general.
Y Y N PARTIAL | | 2011-06-01 | Replace the rm -rf calls in install.sh with removal of a fixed list of files the installer itself created, stored in a manifest.
N Y N PARTIAL | Packaging team | | Look into making proper packages.
Y Y Y PARTIAL | Signy Bolitho | 2011-07-01 | Publish .deb packages for the two supported Ubuntu releases so users do not run install.sh as root.
N Y N DETECTS | we | 2011-06-15 | Keep an eye on the issue tracker after every release.
N Y Y PREVENTS | Signy | | Sort out the install script properly this time.
""",
ww="""
C | The bad line was fixed within an hour of the first issue being opened.
V | Great community spirit in the comments.
V | People were really helpful to each other.
"""))

# 6. Intelsat Galaxy 15, 5 Apr 2010 to late Dec 2010: the satellite stopped accepting commands (likely after a space
# weather event) but its C-band payload kept relaying whatever it received while it drifted east through neighbours'
# orbital slots; operators moved and retuned neighbouring satellites to avoid interference; when its battery drained
# in December it reset and took commands again; the maker changed the fleet software so a loss of command triggers a
# reset.
S.append(dict(url="https://en.wikipedia.org/wiki/Galaxy_15",
people=["Anatole Kiprono", "Radoslava Hsieh", "Taliesin Bergkvist", "Alvhild Marumoto"],
blame="""
B failure-verb | The spacecraft vendor skipped the loss-of-command case when they wrote the payload safing logic.
B passive-agent | The ground software change that made the command link unusable was approved by Anatole with no simulator run.
B counterfactual | If Radoslava had sent the payload-off command in the first hour instead of waiting for the anomaly board, we would have had no zombie at all.
B group-blame | The spacecraft control team in that building is a bunch of button-pushers who wait for permission to think.
B hindsight | Anyone who has flown a satellite through a solar storm knows you power down the payload first, this was obvious.
B human-error | Operator error on the night shift is the most likely root cause of the lost command link.
B sanction | Whoever was on the console when it went quiet should be taken off flight operations until the review is done.
B competence | A more experienced controller would have noticed the telemetry gap long before the customer's network called us.
O actor-neutral | Taliesin at the broadcaster's network operations centre saw the interference on the AMC-11 downlink and called the satellite operator.
O actor-neutral | Alvhild planned the station-keeping moves that carried the neighbouring satellite out of Galaxy 15's path and back.
O credit | Radoslava's team kept a daily drift forecast for eight months so every affected operator knew when to expect the conjunction.
O policy-subject | The safing design that Anatole's group inherited switched the bus off on a fault but left the payload relaying.
O system-failure | The on-board command receiver failed to recover after the event, and the payload kept amplifying every uplink it saw.
O neutral-fact | Taliesin was asked by the cable networks whether their channels would be lost, and he sent them the planned switch times.
O system-should | The satellite's software should have reset itself after a period without valid commands; the updated fleet software now does.
O actor-neutral | In late December the battery drained, the satellite reset, and Anatole's controllers sent the first command it accepted in eight months.
""",
actions="""
Y Y N PREVENTS | Spacecraft manufacturer | 2010-09-30 | Load fleet software that resets the command receiver and turns the payload off after 72 hours without a valid command.
N N N PARTIAL | | | Make satellites more robust to space weather.
Y Y Y DETECTS | Alvhild Marumoto | 2010-06-01 | Publish a drift forecast of Galaxy 15 every day, with the predicted date it enters each neighbour's station-keeping box.
N Y Y PARTIAL | Radoslava | | Work with the other operators.
Y Y N PARTIAL | | | Before each conjunction, move the neighbour's traffic to a spare transponder and confirm the switch with each broadcaster 24 hours ahead.
N Y N DETECTS | Ground segment | | Ground segment to be more watchful.
Y Y Y DETECTS | Anatole Kiprono | 2010-07-15 | Add a ground alarm that pages the duty controller when any satellite misses two consecutive command acknowledgements.
N N N PREVENTS | we | 2011-01-01 | Learn from Galaxy 15.
Y Y Y PARTIAL | Taliesin Bergkvist | | Write the interference response procedure for the broadcast network, with the phone tree and the backup downlink for each channel.
N Y N PARTIAL | Insurance team | | Review our insurance.
Y N N PREVENTS | Fleet engineering | 2011-06-30 | Test the loss-of-command case on the flight simulator for every satellite model in the fleet and record the result.
""",
ww="""
C | The broadcaster's NOC reported the interference the same day and named the downlink affected.
C | Neighbouring satellites were moved out of the path with each move planned weeks ahead, and no channel was lost.
V | Operators worked together really nicely.
"""))

# 7. Azure Australia East, 30 Aug 2023: a utility voltage sag after lightning tripped chillers in one datacenter; some
# did not restart automatically; the night-shift staff could not restart them manually in time; rising temperatures
# led to hardware being shut down, affecting storage and database services in one availability zone for many hours;
# the PIR cited staffing levels, the restart sequence and the data center's cooling design; night staffing was raised.
S.append(dict(url="https://azure.status.microsoft/en-us/status/history/?trackingid=VVTQ-J98",
people=["Hartmut Nankervis", "Makena Horikoshi", "Cyprien Stojkovic", "Bolanle Eggertsson"],
blame="""
B failure-verb | The site team failed to get the chillers restarted in time, plain and simple, and the storage racks cooked.
B passive-agent | The manual restart was botched by Cyprien, who started the chillers in the wrong order twice.
B counterfactual | None of this would have happened if Makena had rostered more than three people for a night with storms forecast.
B group-blame | Microsoft's datacenter ops crew clearly had no idea what they were doing with a basic chiller plant.
B sarcasm | love that the cloud can survive anything except a thunderstorm in sydney. top work, facilities team
B human-error | Human error during the restart sequence was the primary cause, per the summary we got from our account rep.
B rhetorical-question | How can Hartmut sign off a site with 20-odd chillers and three people at night and call it resilient?
B group-blame | Thanks Bolanle for the updates, but honestly your team should have failed us over to another zone hours earlier.
O actor-neutral | Bolanle posted the first status update at 10:30 UTC and kept one going every hour until the zone recovered.
O actor-neutral | Cyprien and the two other engineers on site restarted the chillers one by one following the paper sequence.
O credit | Our DBA Hartmut deserves a mention: he promoted the read replica in Melbourne before the primary went down, so our app never lost writes.
O policy-subject | The night roster Makena had approved matched the site's staffing standard, which assumed the chillers would restart automatically.
O system-failure | The chiller controllers failed to restart after the voltage sag because they saw the sag as a fault and locked out.
O neutral-fact | Makena was asked by the customer bridge whether any data had been lost, and she answered that storage had been shut down cleanly.
O system-should | The automated restart should have brought the chillers back within minutes of the power dip.
O system-counterfactual | With a restart sequence that handled a sag on all units at once, temperatures would have stayed under the shutdown threshold.
""",
actions="""
Y Y N PREVENTS | Datacenter operations | 2023-10-31 | Raise the night-shift staffing at the site from three to seven engineers until the chiller restart is fully automated.
N N N PARTIAL | | | Harden the chiller plant.
Y Y Y PREVENTS | Makena Horikoshi | 2023-12-15 | Change the chiller controller settings so a voltage sag below 2 seconds does not lock the unit out, and test it on every chiller.
N Y Y DETECTS | Cyprien | | Get better at the manual restart.
Y Y N DETECTS | Facilities monitoring | | Page the site lead when the cold-aisle temperature in any hall rises 3 degrees in 10 minutes.
N Y N PARTIAL | Customer team | 2023-11-01 | Customer comms need work.
Y Y Y PARTIAL | Hartmut Nankervis | 2023-09-30 | Document and test our failover of the order database to the Melbourne region, with the switch done in under 15 minutes.
N N N PREVENTS | we | | Stop relying on one zone.
Y Y Y PARTIAL | Bolanle Eggertsson | | Send the first customer update within 15 minutes of a zone-level alert and every 60 minutes after, using the template in the runbook.
N Y N PARTIAL | Storage engineering | | Look at how storage behaves when it gets hot.
Y N N PARTIAL | | 2024-03-31 | Run an emergency power-dip drill at each Australian site twice a year with the real night-shift headcount.
""",
ww="""
C | The read replica in another region was promoted before the primary shut down, so no writes were lost.
C | Status updates came every hour from the first one at 10:30 UTC until recovery.
V | Huge respect for the people on the ground.
"""))

# 8. NOAA-N Prime, Sunnyvale, 6 Sep 2003: while the crew rotated the weather satellite from vertical to horizontal on
# its turnover cart, it fell about three feet to the floor; the 24 bolts holding the adapter plate to the cart had been
# removed days earlier by a team from another programme that used the same cart, and the removal was not recorded;
# the crew relied on the paperwork instead of looking at the bolts; damage about 135 million dollars; rebuilt and
# launched in 2009 as NOAA-19.
S.append(dict(url="https://en.wikipedia.org/wiki/NOAA-19",
people=["Halvdan Ezeilo", "Nesta Cetinkaya", "Kolbein Uzoma", "Hildegund Matsudaira"],
blame="""
B failure-verb | The integration crew ignored the step that says to look at the bolts and just signed the sheet.
B passive-agent | The 24 bolts were taken off by Kolbein's people for their own satellite and never written down.
B counterfactual | If Halvdan had put his hand on the adapter plate before lifting, the spacecraft would still be in one piece.
B group-blame | The contractor's floor technicians got lazy after years of routine turnovers; that is the culture problem here.
B nobody-blame | Not a single person in that high bay asked why the cart looked different from last week.
B human-error | Board finding in the first draft: human error by the test conductor during the turnover operation.
B sanction | The test conductor and the quality inspector on shift should both be disciplined, given the cost to the taxpayer.
B self-blame | I was the QA rep on that shift; I should have stopped them, it is on me and nobody else.
O actor-neutral | Nesta called the stop and cleared the bay seconds after the satellite came down off the cart.
O actor-neutral | Hildegund photographed the cart and the adapter plate before anything was moved, which the board later used.
O credit | The board thanked Kolbein for coming forward on the first day to say that his team had borrowed the bolts.
O policy-subject | The turnover procedure Halvdan used allowed the bolt check to be closed from the previous shift's paperwork.
O system-failure | The shared cart had no lockout tag, so nothing on it showed that the bolts had been removed.
O neutral-fact | Halvdan had run about a dozen turnovers on that cart before; this was the first one where it had been shared with another programme.
O quoted-question | The mishap board asked Nesta how the crew would normally know a cart had been used by someone else, and she said there was no way to know.
O agentless-passive | The satellite was repaired over several years and launched in February 2009 as NOAA-19.
""",
actions="""
Y Y N PREVENTS | Integration and test | 2004-01-31 | Require a physical check of every fastener holding the spacecraft to the cart, signed by two people, in the hour before any lift or turnover.
N N N PARTIAL | | | Instil a safety-first mindset among high bay technicians.
Y Y Y PREVENTS | Kolbein Uzoma | 2003-11-15 | Put a red lockout tag on any shared cart with fasteners removed, and log the removal in the cart's own book.
N Y Y DETECTS | Halvdan | | Pay more attention during turnovers.
Y Y N PARTIAL | Quality assurance | | Have a QA inspector witness every turnover in person and sign the step before the crane takes the load.
N Y N PARTIAL | Programme office | 2004-03-01 | Revisit the sharing of ground equipment.
Y N N PARTIAL | | 2004-06-30 | Give each spacecraft programme its own turnover cart, with no sharing between programmes.
N N N PREVENTS | everyone | | Follow procedures to the letter.
Y Y Y DETECTS | Hildegund Matsudaira | 2003-12-15 | Add a photograph of the cart fasteners to the pre-lift record, to be compared with the previous lift's photograph.
N Y Y PARTIAL | Nesta Cetinkaya | | Retrain the crew.
N Y N DETECTS | Contractor management | | Tighter supervision of the other programme's people.
""",
ww="""
C | The bay was cleared within seconds and nobody was hurt.
V | The crew handled the aftermath with great professionalism.
V | Good teamwork after the drop.
"""))

# 9. London Millennium Bridge, opened 10 Jun 2000: large crowds set off a sideways sway (pedestrians falling into step
# with the deck's lateral movement, later called synchronous lateral excitation); the bridge was closed two days
# later; after tests, viscous dampers and tuned mass dampers were added and it reopened in Feb 2002.
S.append(dict(url="https://en.wikipedia.org/wiki/Millennium_Bridge,_London",
people=["Tjodolf Carveth", "Seren Gunduz", "Guntram Featherstonehaugh", "Achieng Vainio"],
blame="""
B failure-verb | The engineers missed the most basic thing a footbridge designer must check, what people's feet do to it.
B passive-agent | The lateral dynamics were waved through by Tjodolf at design review because the vertical checks were fine.
B counterfactual | had Seren asked for a crowd test before the opening, we would have seen the sway with fifty people, not ninety thousand
B group-blame | The architects cared about the look of a blade of light and the engineers let them have it.
B sarcasm | A bridge you can't walk across, quite the millennium achievement, well done everybody.
B hindsight | Anyone who ever marched soldiers across a bridge knew you break step; how on earth could they not foresee this?
B competence | Clearly better engineers would have put dampers in from day one.
B mistake-attribution | It was Guntram's call to open to the full crowd on day one, and it was the wrong call.
O actor-neutral | Achieng, stewarding at the south end, saw people grabbing the handrails and radioed the control point to slow the flow.
O actor-neutral | Guntram decided to limit the numbers on the deck that afternoon and then to close the bridge two days later.
O credit | The design team is owed thanks for publishing the test results, so other bridge engineers could check their own designs.
O policy-subject | The design codes Seren worked to covered vertical footfall loads but had little to say on sideways forces from crowds.
O system-failure | The deck's first lateral mode sat near the frequency at which people sway when they walk, so the sway fed on itself.
O neutral-fact | Tjodolf was asked at the press conference whether the bridge was unsafe, and he said it was uncomfortable but never at risk.
O self-report | I was one of the stewards on opening day; I could feel the deck move under my boots by late morning.
O agentless-passive | Dampers were fitted under the deck and the bridge reopened in February 2002.
""",
actions="""
Y Y N PREVENTS | Structural engineers | 2001-06-30 | Fit viscous and tuned mass dampers and show in a crowd test of at least 2,000 people that lateral acceleration stays under the comfort limit.
N N N PARTIAL | we | | Understand crowd dynamics better.
Y Y Y DETECTS | Achieng Vainio | 2000-07-15 | Install accelerometers on the deck with a reading at the control point and a set level at which stewards stop people stepping on.
N Y Y PARTIAL | Seren | | Look into the design codes.
Y Y Y PARTIAL | Guntram Featherstonehaugh | 2000-06-30 | Write a crowd plan for big events with a maximum of 2,000 people on the deck at a time and a steward at each end with a counter.
N N N PREVENTS | | 2001-01-01 | Guarantee the safety of future footbridges.
Y N N PREVENTS | Code committee | 2003-12-31 | Add a lateral pedestrian excitation check with a stated frequency range to the national footbridge design guidance.
N Y N DETECTS | Bridge operator | | Monitor the deck.
N Y N PARTIAL | Design team | | Communicate more openly with the public.
Y Y N DETECTS | | | Record a crowd-loading test on every new footbridge before it opens and publish the peak lateral acceleration.
N Y Y PARTIAL | Tjodolf Carveth | | Reflect on the design review.
""",
ww="""
C | Stewards slowed the flow onto the deck on the first afternoon, before anyone fell.
V | The whole team really rose to the occasion.
V | It was handled with real dignity.
"""))

# 10. Citicorp Center, New York, 1978: prompted by a student's question about winds hitting the tower's corners,
# the structural engineer rechecked the bracing; quartering winds raised member forces and the bolted joints the
# contractor had substituted for full-penetration welds had little margin; a storm of a likelihood of once in
# about 16 years could topple it; the joints were secretly welded at night over several weeks while an evacuation
# plan stood ready and a hurricane turned away; the public learned of it years later.
S.append(dict(url="https://en.wikipedia.org/wiki/Citigroup_Center",
people=["Sulpice Moynihan", "Thorgerd Avcioglu", "Ziemowit Gwilliam", "Lleucu Kariuki"],
blame="""
B failure-verb | The steel fabricator's engineer swapped welds for bolts and did not bother to tell the designer's office.
B passive-agent | The bolted joints were approved by Ziemowit over the telephone without anyone rerunning the wind numbers.
B counterfactual | If Sulpice had checked the quartering winds in 1974, nobody would have had to weld a skyscraper at night in secret.
B group-blame | Structural engineers as a profession were arrogant and careless in the seventies, and this tower is the proof.
B role-blame | The engineer of record should have caught this; a signature on the drawings means you own the numbers.
B human-error | It came down to a human oversight in the wind calculations, nothing more complicated.
B character | Thorgerd has always been cavalier about the details, and here the details nearly killed thousands.
B sarcasm | Oh good, a 59-storey tower held up by a phone call and good luck.
O actor-neutral | Lleucu, the student, phoned the engineering office to ask how the columns at mid-side handled wind from the corners.
O actor-neutral | Sulpice reran the analysis that weekend, saw the numbers, and went to the owner's lawyers himself.
O credit | Thorgerd organised the night welding crews so that offices could open every morning as normal for six weeks.
O policy-subject | The building code Ziemowit relied on asked for perpendicular wind loads only, so quartering winds were never required.
O system-failure | The bolted connections in the chevron braces had too little margin for the higher forces from diagonal winds.
O neutral-fact | Ziemowit was on leave in Europe when the welds were first questioned, and the fabricator's drawings were sent to him there.
O meta-blameless | We do not write this to find the one who got it wrong; we ask how a design change could pass without a new load check.
O system-counterfactual | A change-control step that triggered a structural recheck would have caught the substitution in 1974.
""",
actions="""
Y Y N PREVENTS | Structural engineering office | 1978-10-31 | Require the engineer of record to rerun the wind analysis for any change to a primary connection and sign the new calculation.
N Y N PARTIAL | Fabricator | | Be stricter about design changes on site.
Y Y Y PREVENTS | Thorgerd Avcioglu | 1978-09-30 | Weld 2-inch steel plates over each of the bolted brace joints that the analysis lists, and have an inspector sign off each joint.
N N N PARTIAL | | | Be more humble about our designs.
Y Y N DETECTS | Building owner | 1978-08-31 | Install strain gauges on the critical braces with a 24-hour read-out and a call list when readings pass the agreed limit.
N Y Y DETECTS | Ziemowit | | Watch the weather.
Y Y Y PARTIAL | Sulpice Moynihan | 1978-08-15 | Agree an evacuation plan with the city for a 10-block zone, to be triggered by a named wind-speed forecast.
N N N PREVENTS | we | | Restore confidence in our engineering.
N Y N PARTIAL | Design team | 1979-01-01 | Review other buildings.
Y N N PREVENTS | Code authority | | Add quartering wind loads to the building code for towers above 40 storeys.
N Y Y DETECTS | Lleucu Kariuki | | Ask more questions.
""",
ww="""
C | The owner, the city and the engineers agreed a repair and evacuation plan within days of the recheck.
C | The welding crews worked at night so the offices opened every morning as normal.
V | Everyone was so cooperative.
"""))

# 11. Vasa, Stockholm, 10 Aug 1628: the new warship heeled over and sank in the harbour about 1,300 m into her maiden
# voyage when water entered the open lower gunports; she was top-heavy with too little ballast; a heeling test before
# the voyage (men running from side to side) was stopped because she rolled too much; the master shipbuilder had died
# during construction; the inquiry found no one guilty.
S.append(dict(url="https://en.wikipedia.org/wiki/Vasa_(ship)",
people=["Wunibald Bjarnason", "Notburga Gudmundsdottir", "Leberecht Wikander", "Adelgunde Nordqvist"],
blame="""
B failure-verb | The captain failed to close the lower gunports before the wind came, and the water did the rest.
B passive-agent | The heeling test was cut short by Admiral Leberecht, who then let her sail anyway.
B counterfactual | Had master Wunibald built her one foot wider, as any shipwright should, she would have stood upright.
B group-blame | The shipwrights of that yard built to please the king and not to float, they are the guilty ones.
B rhetorical-question | Why did the master of the ship keep silent when the thirty men running made her heel so?
B human-error | The court should write it plainly: the sinking came from the error of men, not from God.
B sanction | The sailing master must be put in chains until he answers who gave the order to open the gunports.
B implicit | It is curious that the master shipbuilder's assistant, who finished the ship, was the first to speak of the king's wishes.
O actor-neutral | Adelgunde, the gunner's mate, ordered the men below to run out the guns for the salute as the ship left the quay.
O actor-neutral | Notburga, boatwoman on the harbour, pulled four of the crew out of the water after the ship went down.
O credit | The court noted that Leberecht gave a full and honest account of the heeling test and what he saw.
O policy-subject | The dimensions Wunibald worked from were set by royal letter, and the letter changed the number of gun decks after the keel was laid.
O system-failure | The hull had too little ballast space below to carry the weight of two gun decks, so she heeled in the first gust.
O neutral-fact | Wunibald was asked by the court how much ballast was aboard, and he answered that no more could fit.
O quoted-question | The guide asks visitors whether anyone in 1628 could have measured stability; the honest answer is that no method existed yet.
O agentless-passive | The ship was raised in 1961 and is now shown in a museum in Stockholm.
""",
actions="""
Y Y N PREVENTS | Admiralty | 1629-06-01 | Require a heeling test with a set number of men and a maximum heel angle marked on the hull before any new ship sails.
N N N PARTIAL | | | Build better ships.
Y Y Y PREVENTS | Wunibald Bjarnason | 1629-03-01 | Write the width, depth and ballast of each new ship in one signed sheet and change it only with the admiral's written approval.
N Y Y DETECTS | Leberecht | | Watch the ship closely on trials.
Y Y N PARTIAL | Sailing masters | | Keep the lower gunports shut when leaving harbour until the ship is clear of the islands.
N N N PREVENTS | we | | Please the king less and the sea more.
Y Y Y DETECTS | Adelgunde Nordqvist | | Mark a heel line on the hull at the lower gunport sills and report any trial in which water reaches it.
N Y N PARTIAL | Shipyard | 1629-01-01 | Improve workmanship.
N Y Y PARTIAL | Notburga Gudmundsdottir | | Be ready to help if a ship sinks.
Y N N PARTIAL | | | Build one ship of a new design and trial it for a season before laying the keels of sister ships.
N Y N DETECTS | Court | | Keep better records.
""",
ww="""
C | Boats on the harbour reached the survivors within minutes and pulled most of the crew out.
V | The people of Stockholm behaved admirably.
V | A good effort was made by all on the day.
"""))

# 12. Southall rail crash, 19 Sep 1997: a Great Western high-speed train from Swansea passed a caution and then a red
# signal at Southall and struck a freight train crossing its path; seven people died; the train's Automatic Warning
# System had been isolated because of a fault and the trial Automatic Train Protection equipment was not switched on;
# the company had no rule stopping a train with AWS isolated from running in service.
S.append(dict(url="https://en.wikipedia.org/wiki/Southall_rail_crash",
people=["Ehrenfried Jolliffe", "Hersende Kocabas", "Maelon Angove", "Ignatia Hocking"],
blame="""
B failure-verb | The driver missed two signals in a row because he was busy packing his bag, that is the whole story.
B passive-agent | The faulty AWS was isolated by Maelon at Swansea and the train sent out anyway with a note in the book.
B counterfactual | if hersende in control had stopped the train at reading like she should have, seven people would still be alive
B group-blame | the depot fitters at that time were a shambles, they knew the AWS was broken on that power car for days
B timeline-blame | Ehrenfried reported the AWS fault on the Tuesday and then went off shift without chasing it, typical.
B human-error | It was driver error, pure and simple, whatever the inquiry wants to call it.
B repeat-offender | Same driver had a signal incident two years before, and management still put him on the fast trains.
B competence | A proper professional driver would never need a warning horn to see a red light.
O actor-neutral | Ignatia, the guard, walked back along the track with detonators to protect the line after the collision.
O actor-neutral | Maelon wrote up the AWS fault in the repair book at Swansea and told the control office before departure.
O credit | The inquiry thanked Hersende for keeping the control log that showed when each decision about the power car was made.
O policy-subject | The company rule Ehrenfried worked under allowed a train with AWS isolated to run in service as long as the fault was reported.
O system-failure | The ATP equipment fitted to the train was not switched on, so nothing stopped the train when it passed the red signal.
O neutral-fact | Ehrenfried had been driving for the company for more than 20 years and was on his third trip of the week.
O quoted-question | Drivers on the forum keep asking Ignatia how many power cars ran with AWS isolated that year; nobody counted it then.
O system-should | The signalling should have had a second layer of protection at a junction where freight crosses the fast line.
""",
actions="""
Y Y N PREVENTS | Train operator | 1997-10-31 | Forbid any train with its AWS isolated from running in passenger service beyond the next station where it can be replaced.
N N N PARTIAL | we | | Reflect as a company on Southall.
Y Y Y DETECTS | Hersende Kocabas | 1997-11-30 | Report daily to the duty manager a list of power cars with AWS or ATP isolated, with the time each fault was logged.
N Y Y PARTIAL | Ehrenfried | | Concentrate on the signals.
Y N N PREVENTS | | 2000-12-31 | Switch on and maintain ATP on every high-speed train that runs on the Great Western main line.
N Y N DETECTS | Drivers | | Be extra vigilant near Southall.
Y Y Y PARTIAL | Maelon Angove | 1997-12-15 | Stock a spare AWS unit at Swansea depot so a faulty unit can be replaced before the train leaves.
N Y N PARTIAL | Maintenance depot | 1998-01-31 | Sort out the AWS reliability problem.
Y Y N DETECTS | Rail regulator | | Add a check of AWS and ATP isolation records to every annual safety audit of the operator.
N N N PREVENTS | | | Improve rail safety.
Y Y Y PREVENTS | Ignatia Hocking | 1998-03-31 | Add a fitted flank protection trap point at the Southall freight crossing, so a train passing the red signal is diverted away from the crossing.
""",
ww="""
C | The guard protected the line with detonators within minutes, so no other train ran into the wreck.
C | The control log recorded every decision about the power car with its time, which made the inquiry's timeline possible.
V | Huge credit to the first responders.
"""))

# 13. Milwaukee Cryptosporidium outbreak, March-April 1993: the parasite passed through the Howard Avenue water
# treatment plant during a period of high raw-water turbidity; treated-water turbidity rose well above usual levels;
# a boil-water advisory came on 7 April and the plant was shut on 9 April; an estimated 400,000 people fell ill and
# dozens died; the plant had changed its coagulant months earlier; standards and monitoring were tightened after.
S.append(dict(url="https://en.wikipedia.org/wiki/1993_Milwaukee_Cryptosporidium_outbreak",
people=["Aldegonde Trevorrow", "Afanasy Shevchuk", "Chiamaka Saarinen", "Svyatoslav Okabe"],
blame="""
B failure-verb | The plant superintendent sat on turbidity readings for two weeks and didn't lift a finger.
B passive-agent | The switch to the new coagulant was pushed through by Afanasy to save money, against the operators' doubts.
B counterfactual | If Aldegonde had called the health department when the turbidity doubled, half the city would not have been sick.
B group-blame | The water works managers treated public health like a line in the budget, and people died for it.
B nobody-blame | Nobody at the utility thought that a spike in diarrhoea at the pharmacies had anything to do with them?
B human-error | Operator error at the Howard Avenue plant, that's what it was.
B hindsight | It was obvious from the first week of March that something was wrong with the water, any fool could see it.
B group-blame | We appreciate the nurses for all they did, but the city's water people should be ashamed of themselves.
O actor-neutral | Chiamaka, a pharmacist on the south side, called the health department when she ran out of anti-diarrhoea medicine.
O actor-neutral | Svyatoslav at the health department connected the pharmacy calls with the school absences and asked the utility for the turbidity data.
O credit | The hearing thanked Aldegonde for handing over the plant's hand-written turbidity logs, which showed the rise day by day.
O policy-subject | The standard Afanasy's plant was held to allowed turbidity that we now know lets the parasite through.
O system-failure | The filters did not remove the oocysts while raw-water turbidity was high and the new coagulant dose was still being tuned.
O neutral-fact | Aldegonde was asked by a reporter whether the plant had broken any rule, and she said its readings had stayed inside the standard of the day.
O self-report | I ran the night shift at Howard Avenue in March; the turbidity meter was reading higher than I had ever seen it.
O agentless-passive | A boil-water advisory was issued on 7 April and the plant was shut two days later.
""",
actions="""
Y Y N PREVENTS | Water utility | 1993-12-31 | Keep treated-water turbidity under 0.1 units at each filter and stop any filter that reads above it for 15 minutes.
N N N PARTIAL | | | Make the water safer.
Y Y Y DETECTS | Svyatoslav Okabe | 1993-08-31 | Collect sales of anti-diarrhoea medicine from the city's pharmacies every day and alert the health officer when they double on the weekly average.
N Y Y DETECTS | Aldegonde | | Watch water quality more carefully at the plant.
Y Y N DETECTS | Plant operations | 1993-07-31 | Fit continuous turbidity meters on each filter, with an alarm in the control room at 0.3 units.
N Y N PARTIAL | Health department | | Talk to the utility more.
Y N N PREVENTS | | 1998-12-31 | Add ozone treatment at both plants, sized for the highest raw-water turbidity recorded in the last 20 years.
N N N PARTIAL | we | | Restore the public's trust.
Y Y Y PARTIAL | Afanasy Shevchuk | 1993-09-30 | Write a rule that any change of coagulant is trialled on one filter for 30 days with daily particle counts before plant-wide use.
N Y Y PREVENTS | Chiamaka Saarinen | | Report it sooner next time.
N Y N DETECTS | Laboratory | | Test for more things.
""",
ww="""
C | A pharmacist's call about medicine sales was the signal that led the health department to the water.
V | The city came together in a crisis.
V | All staff gave it their all.
"""))

# 14. Oroville Dam, February 2017: on 7 Feb the main spillway's concrete chute broke up under flood releases; to limit
# further damage, flows were cut and on 11 Feb the reservoir went over the emergency spillway for the first time;
# erosion below it moved uphill toward the weir, and on 12 Feb about 188,000 people were ordered to evacuate; the
# independent forensic team later cited design and construction weaknesses and long-term systemic failures of the
# owner, regulators and industry practice rather than any single person.
S.append(dict(url="https://en.wikipedia.org/wiki/Oroville_Dam_crisis",
people=["Clotaire Hlongwane", "Radegonde Lazarevic", "Childebert Rowse", "Njeri Kaczmarczyk"],
blame="""
B failure-verb | The dam safety engineers ignored the cracks and the drain flows in the spillway chute for decades.
B passive-agent | The inspection reports were filed away by Clotaire year after year with 'no action needed' on the cover.
B counterfactual | If Radegonde had armoured the emergency spillway when the environmental groups asked in 2005, there would have been no evacuation.
B group-blame | The department of water resources is a bureaucracy that cares about water deliveries, not about the people downstream.
B rhetorical-question | How does a whole state agency not notice its own spillway is built on weathered rock?
B sanction | Heads need to roll at the department; someone signed off those inspections and should answer for it.
B sarcasm | great plan folks, let's test the emergency spillway for the first time ever with 188,000 people downstream
B mistake-attribution | That was Childebert's call to cut the releases and let the lake rise, and it's what sent the water over the top.
O actor-neutral | Njeri, the operations manager, ordered the main spillway gates closed on 7 February when the crew reported the hole in the chute.
O actor-neutral | Childebert's team reopened the damaged spillway at higher flows on 12 February to bring the lake down below the emergency weir.
O credit | The sheriff's office got about 188,000 people out of the valley in a few hours, and the county thanked its deputies for it.
O policy-subject | The inspection rules Clotaire followed had staff look at the spillway from the surface only, with no check of the rock beneath.
O system-failure | Water got under the chute slab through cracks and drains and lifted it, and the weak rock below eroded quickly.
O neutral-fact | Radegonde was asked at the press briefing how long the repair would take, and she said the department did not yet know.
O meta-blameless | The forensic team wrote that the failure could not be put on one person or one decision, and looked at how the owner and regulators worked for 50 years.
O system-counterfactual | A design that kept water from getting under the slab would have let the chute carry the flood.
""",
actions="""
Y Y N PREVENTS | Department of Water Resources | 2018-11-01 | Rebuild the main spillway chute with reinforced concrete anchored to sound rock and drains that can be inspected.
N N N PARTIAL | we | | Do better on dam safety.
Y Y Y DETECTS | Clotaire Hlongwane | 2017-06-30 | Add piezometers under the spillway slab with readings sent every hour to the operations centre and an alarm at the design uplift pressure.
N Y Y PARTIAL | Radegonde | | Review the inspection approach.
Y N N PREVENTS | | 2019-01-31 | Armour the emergency spillway with a concrete apron and a secant cutoff wall down to rock.
N Y N PARTIAL | Regulators | 2018-01-01 | Strengthen oversight.
Y Y Y PARTIAL | Njeri Kaczmarczyk | 2017-10-31 | Write a decision table for spillway operation that gives the maximum release for each level of known chute damage.
N N N PREVENTS | everyone | | All agencies must do better after Oroville.
N Y N DETECTS | Dam safety division | | Revisit the dam's paperwork.
N Y Y DETECTS | Childebert Rowse | | Keep watching the spillway.
Y Y N PARTIAL | County emergency services | 2017-09-30 | Run an evacuation exercise for the Oroville dam failure zone and report the time to clear it against a 3-hour target.
""",
ww="""
C | About 188,000 people were evacuated within hours without any deaths.
V | The crews worked incredibly hard around the clock.
V | Great job by everyone involved.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# heldout42 rules data (see ../rules/SOURCES-heldout42.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Dropbox authentication bug 2011, Google Drive for desktop sync loss 2023, RBS WorldPay
# ATM cash-out 2008, Cash App Investing former-employee download 2021, Telia Carrier route leak 2016, Deutsche Telekom
# router crash 2016, Tea app storage bucket exposure 2025) and 7 outside software (Arkema Crosby peroxide fires 2017,
# AZF Toulouse explosion 2001, Mount Polley tailings dam breach 2014, Hoegh Osaka listing and grounding 2015, Flint
# water crisis 2014-2015, German EHEC O104:H4 sprout outbreak 2011, Peanut Corporation of America salmonella 2008-2009).
# Written as judging text: responders' chat lines, terse notes, review sticky notes, timeline rows, half sentences and
# some report prose, with the people words varied (titles, crews, shifts, contractors, nicknames, @handles, first names).
S = []

# 1. Dropbox, 19 June 2011: a code update at 1:54 pm Pacific broke the authentication check so that any password opened
# an account through the web; found at 5:41 pm, fixed at 5:46 pm; all sessions ended; much less than 1 percent of users
# logged in in the window; fewer than a hundred accounts were judged likely compromised and were e-mailed.
S.append(dict(url="https://www.myce.com/news/dropbox-update-made-valid-passwords-unrequired-for-4-hours-47151/",
people=["Corvane Ilsted", "Maribeth Quodling", "Tobrias Vennacott", "Yselle Drummack"],
blame="""
B failure-verb | corvane shipped the auth refactor on a sunday afternoon and never once tried a wrong password against it
B passive-agent | The login change was approved by Maribeth in about four minutes, going by the review timestamps.
B counterfactual | If Tobrias had run the negative login tests before pushing, nobody's files would have been open for four hours.
B sarcasm | love that our "your stuff is safe" banner was up the entire time @yselle had the password check switched off
B human-error | Cause: engineer error in the authentication code path.
B rhetorical-question | seriously, who deploys a change to the password check and then goes home?
B group-blame | Web team treats auth like any other feature flag. This is what that attitude gets you.
B competence | Any half-decent backend dev knows you test the reject path, not just the happy path.
O system-failure | The password comparison returned success for every input after the 1:54 pm deploy.
O system-should | the deploy pipeline should have refused an auth change with no failing-password test attached
O actor-neutral | Yselle rolled the fix out at 5:46 pm, five minutes after the first internal alert.
O credit | +1 to Corvane for killing every live session the moment the fix was confirmed
O neutral-fact | Far fewer than 1% of accounts logged in during the four-hour window.
O policy-subject | Our release checklist, which Maribeth maintains, had no separate sign-off step for authentication changes.
O agentless-passive | Every session was ended as a precaution and users were asked to sign in again.
O meta-blameless | Sticky note on the draft: drop the names from section 4 and ask why a broken login check looked green to every test we run.
""",
actions="""
Y Y N PREVENTS | Identity platform | 2011-07-15 | Add an integration test that signs in with a wrong password and fails the build if the login succeeds.
N N N PARTIAL | we | | Be a lot more careful with auth code.
Y Y Y DETECTS | Tobrias Vennacott | 2011-07-01 | Alert the on-call when the failed-login rate drops below 20% of its weekly median for 10 minutes.
N Y Y PREVENTS | Maribeth | | Double-check login changes before they go out.
Y Y N PREVENTS | Release engineering | | Require a second approver from the security team on any change touching the login or session code.
N N N DETECTS | | | Improve monitoring around logins.
Y Y Y PARTIAL | Corvane Ilsted | 2011-06-24 | E-mail every account that logged in between 1:54 pm and 5:46 pm on 19 June with its login IPs and times.
N Y N PARTIAL | Support | | Handle the angry tickets.
Y Y Y PREVENTS | Yselle Drummack | 2011-08-31 | Ship auth changes behind a flag to 1% of traffic for 30 minutes before full rollout, with automatic rollback if failed logins drop.
N N N PARTIAL | everyone | | Take security seriously.
Y N N DETECTS | | 2011-09-30 | Publish a security page listing how logins and sessions are checked and how to report a bug.
""",
ww="""
C | The fix was live five minutes after the problem was found, and all sessions were ended straight after.
V | Sunday or not, folks showed up.
C | Accounts with logins in the window were e-mailed within a day with the activity details.
"""))

# 2. Google Drive for desktop, November 2023: users of version 84.0.0.0 to 84.0.4.0 reported from 22 November that their
# drive had gone back to its state of May 2023; Google told them not to click "Disconnect account" nor delete or move the
# app data folder; a recovery build (85.0.13) and a recovery tool were published in early December for files that were
# still in the local cache.
S.append(dict(url="https://natpoint.com/tech-news-google-files-fiasco/",
people=["Ondrea Felsquith", "Pirkko Saltmarsh-Ube", "Jorvik Anyanwu-Tell", "Lisvander Okpuru"],
blame="""
B failure-verb | ondrea pushed v84 to the stable channel and skipped the multi-device sync soak entirely
B passive-agent | The "disconnect your account" advice was posted by Jorvik on the help forum before anyone knew it wiped the cache.
B counterfactual | Had Pirkko kept the canary at 1% for another week we'd have seen the rollback to May on a handful of machines, not thousands.
B hindsight | honestly it was obvious from the first forum post that the local db was the problem, the desktop crew just didn't look
B group-blame | The desktop client folks have never cared about users who run more than one machine.
B character | Lisvander is sloppy with migrations, everyone on the team knows it.
B sarcasm | nice work @jorvik, telling people to disconnect is a great way to make sure the files are really gone
B nobody-blame | Nobody bothered to read the forum for five days while people's drives went back to May.
O system-failure | Drive for desktop v84 failed to reconcile its local database with the server and fell back to an old snapshot.
O system-should | The client should have refused to overwrite newer server state with an older local one.
O actor-neutral | Lisvander linked the first forum report to the v84 crash signature on 24 November.
O credit | big thanks to Pirkko for writing the "don't move the DriveFS folder" note that saved the caches
O neutral-fact | Versions 84.0.0.0 through 84.0.4.0 were affected; web and mobile Drive were not.
O policy-subject | The staged-rollout policy Ondrea signed off on had no hold criterion for sync regressions reported on the forum.
O agentless-passive | a recovery build, 85.0.13, was published in early December along with a command-line restore option
O self-report | I read the first thread as a single user's problem; the forum tool showed me nothing about how many similar posts there were.
""",
actions="""
Y Y N PREVENTS | Drive sync client | 2023-12-20 | Block any sync that would replace server files newer than the local snapshot and log the refusal with both timestamps.
N N N PARTIAL | we | | Make sync more robust.
Y Y Y DETECTS | Lisvander Okpuru | 2024-01-15 | Raise a page when forum threads mentioning missing files exceed 20 in 24 hours for one client version.
N Y Y PARTIAL | Jorvik | | Review the help centre advice.
Y Y N PARTIAL | Release management | | Hold every desktop release at 1% of installs for 7 days and stop it if file-count drops are reported by more than 0.01% of clients.
N N N DETECTS | | | Keep a closer eye on user complaints.
Y Y Y PREVENTS | Pirkko Saltmarsh-Ube | 2024-02-29 | Keep the previous local database for 30 days after a client upgrade so a rollback can restore it.
N Y N PREVENTS | Desktop team | 2024-01-31 | Audit the migration code.
Y N N PARTIAL | | 2023-12-08 | Publish step-by-step recovery instructions for Windows and macOS and link them from every affected forum thread.
N Y Y DETECTS | Ondrea Felsquith | | Think about better telemetry for sync.
N N N PARTIAL | everyone | | Post updates on the forum more often.
""",
ww="""
C | The early advice not to delete or move the app data folder kept most local caches intact for the recovery build.
V | Great teamwork across the Drive org.
V | The response was handled calmly and professionally.
"""))

# 3. RBS WorldPay, November 2008: attackers got into the payroll prepaid card system of the Atlanta card processor,
# decrypted PINs, raised the limits on 44 cards and had cashers withdraw over 9 million dollars from more than 2,100 ATMs
# in 280 cities in about 12 hours on 8 November; the processor found the fraud, told law enforcement and disclosed on
# 23 December that data of about 1.5 million cardholders (1.1 million social security numbers) may have been accessed.
S.append(dict(url="https://finextra.com/newsarticle/19602/rbs-worldpay-atm-heist-nets-9-million-in-30-minutes",
people=["Quennel Ashthorpe", "Dalvina Merriweg", "Fitzroy Oduya-Brann", "Sarkis Thimblewood"],
blame="""
B failure-verb | Dalvina ignored the velocity report on the payroll cards on Saturday morning because "it's a weekend batch".
B passive-agent | the limit overrides were let straight through by Fitzroy's fraud desk without a single callback
B counterfactual | none of this would have happened if Quennel had rotated the PIN keys when the audit told him to
B mistake-attribution | Mistakes were made by the prepaid ops group, and $9M walked out of 2,100 ATMs because of them.
B competence | A competent card-security lead would never have kept the PIN decryption keys on the same box as the card data.
B human-error | Root cause per the draft: human error in network administration.
B rhetorical-question | How does the night shift watch 44 cards empty 280 cities and not pick up a phone?
B repeat-offender | That's the second time Sarkis's team left a limit-change endpoint wide open. Same team, same hole.
O system-failure | The card platform accepted withdrawal-limit changes on 44 payroll cards without any second approval.
O system-should | The authorisation host should have capped total daily withdrawals per card no matter what the stored limit said.
O actor-neutral | Sarkis matched the cashout pattern to the payroll card BIN range and called the FBI contact on Monday.
O credit | kudos to Dalvina for getting the 1.5M affected-cardholder list out of the logs in under two weeks
O neutral-fact | Over 9 million dollars was withdrawn from more than 2,100 ATMs in about 12 hours.
O policy-subject | The key management standard, last edited by Quennel, allowed PIN keys to stay in service for three years.
O agentless-passive | the affected cards were blocked and the limit-change function was taken offline the same day
O quoted-question | Fitzroy asked on the bridge "which system is allowed to change a card limit at all?", which is where the trail started.
""",
actions="""
Y Y N PREVENTS | Card platform | 2009-02-28 | Require dual approval for any withdrawal-limit change above the programme default, enforced in the authorisation host.
N N N PARTIAL | we | | Lock down the prepaid system.
Y Y Y PREVENTS | Quennel Ashthorpe | 2009-03-31 | Move the PIN decryption keys into an HSM and prove in the PCI audit that no host stores them in clear.
N Y Y DETECTS | Dalvina | | Watch the velocity reports more closely at weekends.
Y Y N DETECTS | Fraud operations | | Page the fraud duty manager when one card makes more than 5 ATM withdrawals in an hour.
N N N DETECTS | | | Beef up fraud monitoring.
Y Y Y PARTIAL | Sarkis Thimblewood | 2009-01-15 | Cap cumulative daily ATM withdrawals on payroll cards at 2,000 dollars regardless of card limit.
N Y N PARTIAL | Network team | 2009-04-30 | Harden the network.
Y N N PARTIAL | | 2009-01-31 | Notify all 1.5 million affected cardholders by post and report the count sent to the card brands.
N Y Y PREVENTS | Fitzroy Oduya-Brann | | Review who can change card limits.
N N N PARTIAL | everyone | | Stay vigilant for insider and outsider threats.
""",
ww="""
C | The fraud was spotted from the processor's own data and reported to law enforcement, which led to the indictments a year later.
V | Good collaboration with the authorities.
C | The limit-change function was disabled on the day the cashout was found.
"""))

# 4. Cash App Investing, 10 December 2021: a former employee downloaded reports that they had used in their job, after
# leaving; names and brokerage account numbers, for some also portfolio value, holdings and one day's trading; found
# months later; 8-K filed 4 April 2022; about 8.2 million current and former customers contacted.
S.append(dict(url="https://techcrunch.com/2022/04/05/block-cash-app-data-breach/",
people=["Ravelle Ngata-Ossory", "Bexley Chunmarrow", "Imrith Solvang", "Catriel Wubbena"],
blame="""
B failure-verb | bexley forgot to file the access removal ticket when the analyst left, that's literally the whole incident
B passive-agent | Offboarding for the investing team was signed off by Catriel with the report-server access still live.
B counterfactual | if Imrith had actually run the quarterly access review we would have caught a dead account months before December
B group-blame | people ops never tells anyone when someone leaves, so of course the account stayed open
B sanction | whoever owns offboarding for brokerage data should be walked out, honestly
B sarcasm | "we value customer trust" — also us, leaving a leaver's login to 8.2M customers' holdings switched on 🙃
B hindsight | Any reasonable manager would have known an ex-analyst with those reports was a risk.
B character | Ravelle never follows up on anything, so nobody was surprised the deprovisioning slipped.
O system-failure | The report server did not check the identity provider before serving downloads, so a disabled employee record did not stop access.
O system-should | Access to the brokerage reports should have expired automatically on the employee's last day.
O actor-neutral | Imrith pulled the download logs for 10 December and confirmed which reports had been taken.
O credit | thanks Catriel for drafting the customer notice so quickly once legal cleared it
O neutral-fact | The reports held names and brokerage account numbers; no passwords, SSNs or card numbers were in them.
O policy-subject | The offboarding runbook, written by Ravelle's team, listed email and laptop but not the reporting tools.
O agentless-passive | about 8.2 million current and former customers were contacted after the filing on 4 April
O meta-blameless | Review note: "the leaver's manager dropped it" is not a finding — what should have closed the access on day one?
""",
actions="""
Y Y N PREVENTS | Identity team | 2022-05-31 | Put the report server behind SSO so that disabling the HR record ends all access within one hour.
N N N PARTIAL | we | | Get offboarding right.
Y Y Y DETECTS | Imrith Solvang | 2022-04-30 | Alert security when any account downloads more than 10 customer reports in a day, with the user and report names.
N Y Y PARTIAL | Bexley | | Remember to file access tickets for leavers.
Y Y N PARTIAL | | 2022-06-30 | Review every account with brokerage report access each quarter and remove those without a current manager approval.
N N N DETECTS | Security | | Monitor insider activity more.
Y Y Y PREVENTS | Catriel Wubbena | 2022-05-15 | Add reporting-tool and data-export access to the offboarding checklist and block closing the ticket until each is confirmed removed.
N Y N DETECTS | Data platform | 2022-07-31 | Look into DLP options for the investing reports.
Y N N PARTIAL | Legal | 2022-04-08 | Send the breach notice to all 8.2 million affected customers and file the notifications each state requires.
N Y Y PREVENTS | Ravelle Ngata-Ossory | | Tighten up access to sensitive reports.
N N N PARTIAL | everyone | | Treat customer data with respect.
""",
ww="""
C | The download logs let the team say within days exactly which reports and fields were taken.
V | Honestly a proud moment for the investing org.
V | Leadership was very supportive throughout.
"""))

# 5. Telia Carrier, 20 June 2016: a router misconfiguration on the Tier 1 backbone sent much European traffic towards
# Hong Kong; packet loss seen from about 12:10 UTC, fix at 13:43, resolved by 14:22 (Cloudflare's account); WhatsApp,
# Reddit, Slack and others affected; Telia apologised to other operators; Cloudflare deprioritised Telia.
S.append(dict(url="https://www.theregister.com/2016/06/20/telia_engineer_blamed_massive_net_outage/",
people=["Sixten Bromqvist", "Ulvhild Tallmo", "Ablaye Heikkerud", "Vesnija Ljungdorf"],
blame="""
B failure-verb | Sixten fat-fingered the Hong Kong policy onto the wrong router group and broke half of Europe's traffic.
B passive-agent | The change was pushed by Ulvhild straight to production, no peer review, during business hours.
B human-error | root cause = human error by a backbone engineer. closing.
B counterfactual | If Ablaye had just diffed the route map before committing we wouldn't be writing this.
B group-blame | The backbone NOC has been careless for two months and today everyone saw it.
B competence | a more experienced network engineer would never have touched a core route policy at noon on a Monday
B rhetorical-question | Does anyone on the night shift ever read the change plan before they hit commit?
B self-blame | I broke the internet for an hour because I didn't double-check the prefix list, that's on me and nobody else.
O system-failure | The configuration system accepted a route policy that pointed European prefixes at the Hong Kong exit.
O system-should | The commit tooling should have flagged a change that moved that much traffic between continents.
O actor-neutral | Vesnija saw the loss alarms on the Frankfurt links at 12:14 UTC and opened the bridge.
O credit | shout-out to Ablaye for finding the bad policy in the commit log within the first half hour
O neutral-fact | Loss started around 12:10 UTC and traffic was back to normal paths by 14:22 UTC.
O policy-subject | The change policy that Ulvhild's group follows allowed core routing changes without a second reviewer.
O agentless-passive | the faulty configuration was rolled back and a note went out to peer operators that afternoon
O system-counterfactual | Had the route checker compared expected and actual traffic per region, the shift to Asia would have shown in minutes.
""",
actions="""
Y Y N PREVENTS | Backbone engineering | 2016-08-31 | Make the commit tool reject route-policy changes that shift more than 5% of a region's traffic unless a second engineer approves.
N N N PARTIAL | we | | Slow down on the backbone.
Y Y Y DETECTS | Vesnija Ljungdorf | 2016-07-15 | Alarm when packet loss on any European transit link stays above 2% for 3 minutes and page the backbone on-call.
N Y Y PARTIAL | Sixten | | Retrain on the route policy syntax.
Y Y N PREVENTS | NOC | | Forbid core routing changes between 08:00 and 20:00 CET on weekdays except for declared emergencies.
N N N DETECTS | | | Monitor the backbone better.
Y Y Y PARTIAL | Ablaye Heikkerud | 2016-07-31 | Keep the last good configuration on every core router and add a one-command rollback that finishes in under 60 seconds.
N Y N PARTIAL | Carrier relations | | Repair the relationship with big customers.
Y N N PARTIAL | | 2016-06-24 | Send peer operators and affected customers a written incident summary with times and the corrective steps.
Y Y Y PREVENTS | Ulvhild Tallmo | 2016-09-30 | Run every route-policy change through a lab simulation that reports per-region traffic before and after, and attach the report to the change.
N N N PARTIAL | everyone | | Learn from this.
""",
ww="""
C | The bad policy was found in the commit log and rolled back within about an hour and a half of the first loss.
V | Kudos to the NOC, legends all of them.
C | A note went out to peer operators the same day explaining what had happened.
"""))

# 6. Deutsche Telekom, 27-28 November 2016: a Mirai variant probed the remote maintenance interface of customers'
# routers worldwide; the infection failed but about 900,000 Speedport routers (4-5 percent of fixed-line customers)
# crashed or could not register; network filters, a firmware update made with the router makers, advice to unplug for 30
# seconds, a free mobile day pass for affected customers.
S.append(dict(url="https://telekom.com/en/media/media-information/archive/information-on-current-problems-444862",
people=["Jobst Kuehnapfel", "Merle Strietzel", "Ozvald Wendehals", "Frauke Dittberner"],
blame="""
B failure-verb | merle left the TR-069 port open to the whole internet on the speedport firmware and never revisited it
B passive-agent | The maintenance interface was exposed by the vendor integration team under Jobst without any threat review.
B counterfactual | Wenn Ozvald das Firmware-Update im Oktober freigegeben hätte, wäre heute kein einziger Router ausgefallen.
B group-blame | CPE product management only ever cares about time to market, security is someone else's job over there.
B sarcasm | Great, the routers didn't get infected, they just died. Thanks Frauke, very robust design.
B human-error | Ursache laut Entwurf: menschliches Versagen beim Router-Hersteller.
B hindsight | everybody knew after Dyn in October that Mirai would come for home routers, and the CPE guys sat on their hands
B rhetorical-question | Why does the firmware lead still have a job after 900k customers lost internet, TV and phone?
O system-failure | The Speedport firmware crashed when it received the malformed maintenance requests, instead of dropping them.
O system-should | Der Wartungszugang hätte nur aus dem Telekom-Netz erreichbar sein sollen.
O actor-neutral | Ozvald spotted that all failing devices were the same two router models at around 17:00 on Sunday.
O credit | danke an Frauke, die mit dem Hersteller über Nacht das neue Firmware-Image gebaut hat
O neutral-fact | About 900,000 of roughly 20 million fixed-line customers were affected at the peak.
O policy-subject | The CPE security baseline, drafted by Jobst's group in 2014, did not cover remote management ports.
O agentless-passive | filters were put into the network and a firmware update was delivered to routers on reboot
O quoted-question | Merle asked in the war room "can we block 7547 at the edge without breaking provisioning?", and that became the first filter.
""",
actions="""
Y Y N PREVENTS | Network security | 2016-12-05 | Filter inbound traffic to port 7547 at the network edge for all residential lines, allowing only the provisioning servers.
N N N PARTIAL | we | | Make routers more secure.
Y Y Y PREVENTS | Merle Strietzel | 2017-01-31 | Require every router firmware to pass a fuzzing test of the maintenance interface with 1 million malformed requests and no crash.
N Y Y DETECTS | Ozvald | | Watch the router registration numbers.
Y Y N DETECTS | NOC | | Alert when failed router registrations exceed three times the hourly baseline for 15 minutes in any region.
N N N DETECTS | | | Improve visibility into customer equipment.
Y Y Y PARTIAL | Frauke Dittberner | 2016-12-15 | Push the fixed firmware to every affected Speedport model and report the share of routers updated each day until 99%.
N Y N PARTIAL | Vendor management | | Talk to the router makers about quality.
Y N N PARTIAL | | 2016-11-30 | Give every affected customer with a mobile contract a free day pass and post the reboot instructions on the outage page.
N Y Y PREVENTS | Jobst Kuehnapfel | 2017-03-31 | Revisit the CPE security baseline.
N N N PARTIAL | everyone | | Stay alert to IoT threats.
""",
ww="""
C | A fixed firmware was built with the router makers overnight and installed automatically when customers rebooted.
C | Customers with a mobile contract got a free day pass, so many stayed online during the outage.
V | Kommunikation lief insgesamt super.
"""))

# 7. Tea app, July 2025: a legacy Firebase storage bucket holding images uploaded before February 2024 was readable
# without authentication; about 72,000 images, about 13,000 of them verification selfies and ID photos, were taken and
# posted on 4chan; days later a second exposure of about 1.1 million direct messages was reported; messaging was turned
# off, the FBI was told, identity protection was offered, class actions were filed.
S.append(dict(url="https://ismysitehackable.com/blog/firebase-security/tea-app-breach-firebase",
people=["Kenzie Ablewhite", "Darnisha Quillwhistle", "Endika Etxeberri", "Nourah Halvorsbakk"],
blame="""
B failure-verb | kenzie never migrated the old verification bucket and just left it sitting there with public read
B passive-agent | The storage rules were written by Endika in 2023 and nobody ever looked at them again.
B counterfactual | if darnisha had deleted the selfies after verification like the privacy page promised, there'd be nothing to leak
B group-blame | the founding engineers built this thing like a hackathon project and then walked away from it
B competence | A real security engineer would have caught an open bucket in five minutes.
B sarcasm | a safety app for women that hands their IDs to 4chan, truly the mobile team's finest hour
B nobody-blame | Nobody on the backend bothered to check whether the DM endpoint needed a token.
B sanction | Nourah should be taken off anything involving user data until this is sorted.
O system-failure | The legacy bucket's security rules allowed unauthenticated reads of every stored image.
O system-should | The DM API should have required an authenticated session that matched the conversation participants.
O actor-neutral | Nourah confirmed the unauthorised access at 6:44 am PT on 25 July and took the bucket offline.
O credit | props to Darnisha for shutting off messaging within hours of the second report
O neutral-fact | About 72,000 images were exposed, roughly 13,000 of them selfies and ID photos.
O policy-subject | The data retention policy, which Kenzie drafted, kept verification images for law-enforcement requests with no end date.
O agentless-passive | affected users were notified and free identity protection was offered
O meta-blameless | Comment on the draft: please rewrite "Endika left the rules open" as what made an open bucket invisible for two years.
""",
actions="""
Y Y N PREVENTS | Backend | 2025-08-15 | Set deny-by-default storage rules on every Firebase bucket and add a CI check that fails if any rule allows unauthenticated read.
N N N PARTIAL | we | | Do better on privacy.
Y Y Y PREVENTS | Kenzie Ablewhite | 2025-08-31 | Delete all verification selfies and ID images older than 7 days and run the deletion job nightly.
N Y Y DETECTS | Endika | | Check the buckets every so often.
Y Y N DETECTS | Security | | Run an external scan every day against all storage buckets and API endpoints and page on any that answer without a token.
N N N PARTIAL | | | Rethink the verification flow.
Y Y Y PREVENTS | Darnisha Quillwhistle | 2025-08-10 | Require a valid session token on every DM endpoint and add a test that a request without one gets a 401.
N Y N PARTIAL | Mobile team | 2025-09-30 | Clean up legacy infrastructure.
Y N N PARTIAL | | 2025-08-01 | Notify every user whose images were in the legacy bucket and give each a code for a year of identity protection.
Y Y Y DETECTS | Nourah Halvorsbakk | 2025-09-15 | Log every read of the image buckets with requester identity and alert if one client downloads more than 500 files in an hour.
N N N PARTIAL | everyone | | Remember who we are building this for.
""",
ww="""
C | The legacy bucket was taken offline the same morning the access was confirmed.
V | The team rallied in an incredible way.
V | Users were very understanding.
"""))

# 8. Arkema, Crosby, Texas, 27 August - 3 September 2017: Harvey's rain flooded the organic peroxide plant, which a 2007
# map put mostly in the 100-year floodplain with its generators and transformers; primary power and two backup sources
# failed; a ride-out crew moved peroxides by hand into refrigerated trailers, which then failed in turn; the crew was
# evacuated, a 1.5-mile zone was cleared, trailers burned from 31 August and the rest were burned on purpose on
# 3 September; responders on a highway inside the zone reported exposure; the CSB called for extreme-weather guidance.
S.append(dict(url="https://en.wikipedia.org/wiki/2017_Arkema_plant_explosion",
people=["Buford Langtree", "Yessamyn Carrizales-Pound", "Delmar Thibodeaux-Ruark", "Lacresha Pennywell"],
blame="""
B failure-verb | Buford skipped the floodplain review when the 2007 map came out and left the generators right where they were.
B passive-agent | The decision to keep the backup generators at grade was made by Delmar over the maintenance crew's objections.
B counterfactual | had lacresha moved the peroxides offsite on friday like the county asked, there'd have been no fire at all
B group-blame | Corporate engineering ignored every flood warning for ten years because raising the generators cost money.
B mistake-attribution | Mistakes were made by the site's emergency planning team, plain and simple.
B hindsight | After Allison in 2001 anybody with eyes could see this site would flood, and plant leadership did nothing.
B competence | a plant manager who knew what he was doing would have had refrigerated trucks staged on high ground days earlier
B character | Yessamyn has always been a gambler about weather, this time it caught up with her.
O system-failure | Both backup power sources failed once the floodwater reached the generator and transformer pads.
O system-should | The refrigerated trailers should have been parked on ground that stayed dry in a 500-year flood.
O actor-neutral | Yessamyn's ride-out crew carried the small peroxide containers by hand to the trailers through the night.
O credit | the ride-out crew kept the last warehouse cold for an extra day — that bought the county time to evacuate
O neutral-fact | Over 50 cm of rain fell in the area in a few days.
O policy-subject | The site's hurricane plan, which Delmar updated in 2016, assumed floodwater would stay below two feet.
O agentless-passive | a 1.5-mile evacuation zone was set and the remaining trailers were ignited in a controlled burn on 3 September
O system-counterfactual | If the 2007 floodplain map had triggered a mandatory equipment review, the generators would likely have been raised.
""",
actions="""
Y Y N PREVENTS | Site engineering | 2018-06-30 | Raise the backup generators, transformers and liquid nitrogen supply above the 500-year flood level and have the insurer confirm the elevations.
N N N PARTIAL | we | | Take hurricane season more seriously at Crosby.
Y Y Y PREVENTS | Delmar Thibodeaux-Ruark | 2018-03-31 | Rewrite the hurricane plan to move all low-temperature peroxides offsite when the forecast rain at the site exceeds 15 inches.
N Y Y DETECTS | Buford | | Keep an eye on the flood maps.
Y Y N DETECTS | Operations | | Install remote temperature sensors on every refrigerated trailer reporting every 5 minutes to the corporate crisis centre.
N N N PARTIAL | | | Improve emergency response.
Y Y Y PARTIAL | Lacresha Pennywell | 2018-05-31 | Share the live map of hazardous storage with the county emergency manager and set a highway-closure radius with them before each hurricane season.
N Y N PARTIAL | Corporate safety | 2018-12-31 | Review extreme weather risk across sites.
Y N N DETECTS | | 2018-02-28 | Brief the county and state responders on the decomposition temperatures of each product stored at Crosby.
Y Y Y PREVENTS | Yessamyn Carrizales-Pound | 2018-09-30 | Add a third cooling option that needs no site power, and test it for 24 hours with the grid disconnected each spring.
N N N PARTIAL | everyone | | Make sure Crosby is the last time.
""",
ww="""
C | The ride-out crew moved the peroxides from the last warehouse into refrigerated trailers by hand, delaying the first fire.
V | The community showed real resilience.
V | Crosby staff were heroes that week.
"""))

# 9. AZF fertiliser factory, Toulouse, 21 September 2001: about 300 tonnes of ammonium nitrate in hangar 221 exploded; 31
# dead, about 2,500 injured, a crater about 40 m wide; Le Mirail about 1 km away; the explosion was first suspected to be
# terrorism; the investigation pointed to a chlorinated compound (sodium dichloroisocyanurate) swept up elsewhere and
# tipped into the nitrate store by a subcontractor shortly before; the operator was later convicted on appeal.
S.append(dict(url="https://en.wikipedia.org/wiki/Toulouse_chemical_factory_explosion",
people=["Jean-Baptiste Escaffre", "Maryvonne Castagnac", "Rachid Bouzerdane", "Solène Pujolas"],
blame="""
B failure-verb | Le sous-traitant a vidé la benne dans le hangar 221 sans même regarder ce qu'il y avait dedans.
B passive-agent | The chlorine sweepings were dumped into hangar 221 by the subcontractor crew about twenty minutes before the blast.
B counterfactual | If Maryvonne had kept the off-spec nitrate hangar locked like the procedure said, nothing would have gone in there.
B group-blame | Les gars de la maintenance traitaient le hangar 221 comme une poubelle depuis des années.
B human-error | Probable cause (first draft): operator error during waste handling.
B sarcasm | Bravo l'équipe des déchets, on mélange du chlore avec du nitrate et on s'étonne que ça saute.
B rhetorical-question | How did the site manager not know what was stored 1 km from a housing estate?
B sanction | Jean-Baptiste should be fired for letting a temp handle waste from the chlorine plant.
O system-failure | The waste system did not keep chlorinated products separate from nitrate residues.
O system-should | The nitrate store should have accepted only labelled, tested product from a single source.
O actor-neutral | Rachid called the site fire brigade at 10:17 and started the headcount at the gate.
O credit | merci à Solène qui a organisé l'évacuation du lycée voisin en moins d'une heure
O neutral-fact | About 300 tonnes of ammonium nitrate were in the hangar, well below its 2,000-tonne capacity.
O policy-subject | The waste sorting procedure, last signed by Jean-Baptiste in 1999, did not name the chlorine products as incompatible.
O agentless-passive | roughly a tenth of the city's inhabitants had to be evacuated and two thirds of its windows were shattered
O self-report | Je n'avais jamais vu de consigne indiquant que ces sacs ne devaient pas aller au 221.
""",
actions="""
Y Y N PREVENTS | Site HSE | 2002-03-31 | Label every waste bin with its source building and refuse any bin at the nitrate store whose label is not on the approved list.
N N N PARTIAL | on | | Faire plus attention aux déchets.
Y Y Y PREVENTS | Maryvonne Castagnac | 2002-01-31 | Lock hangar 221 and issue the key only against a signed transfer slip listing the product and its test result.
N Y Y DETECTS | Rachid | | Surveiller le hangar de plus près.
Y Y N PARTIAL | Subcontractor management | | Train every subcontractor handling waste on the incompatible-products chart and test them before site access.
N N N PARTIAL | | | Améliorer la culture de sécurité.
Y Y Y PARTIAL | Solène Pujolas | 2002-06-30 | Cap the quantity of off-spec nitrate stored on site at 50 tonnes and ship any excess within 7 days.
N Y N PREVENTS | Group engineering | | Study the chemistry of the explosion.
Y N N PARTIAL | Prefecture liaison | 2002-09-30 | Publish the site's hazard map and the evacuation plan for Le Mirail and test it with a drill once a year.
N Y Y DETECTS | Jean-Baptiste Escaffre | 2002-04-30 | Supervise the subcontractors properly.
N N N PARTIAL | everyone | | Ne plus jamais laisser passer ça.
""",
ww="""
C | The neighbouring school was evacuated within an hour of the explosion.
V | Toulouse was admirable.
C | The gate headcount let rescuers know quickly which workers were missing.
"""))

# 10. Mount Polley copper-gold mine, British Columbia, 4 August 2014: the perimeter embankment of the tailings storage
# facility breached; an expert panel found a foundation failure in a glacial lake clay layer that the design had not
# identified, with steep slopes and too much water stored; about 25 million cubic metres of water and tailings went
# into Polley Lake, Hazeltine Creek and Quesnel Lake; water-use bans for residents.
S.append(dict(url="https://en.wikipedia.org/wiki/Mount_Polley_mine_disaster",
people=["Kwabrel Tennerly", "Shawnee Dumaresq", "Bjarne Quilchena", "Tamsyra Oolichan"],
blame="""
B failure-verb | The geotech consultant missed the clay layer under the embankment in three separate site investigations.
B passive-agent | The steeper buttress slope was signed off by Kwabrel to save a season of fill.
B counterfactual | If Bjarne had kept the pond down like the engineer of record kept asking, the dam would still be standing.
B group-blame | The mine's tailings crew piled up water for years because treating it cost money.
B timeline-blame | 2011-2014: Tamsyra keeps raising the dam instead of dealing with the water surplus
B competence | No competent dam engineer raises an embankment that steep on a foundation nobody ever drilled properly.
B sarcasm | "world-class tailings management" — sure, @shawnee, right up until it went into Quesnel Lake
B hindsight | the inspectors should've known from the 2012 tension cracks that the whole thing was going to go
O system-failure | The embankment foundation failed in a glacial lake clay layer that the design had not accounted for.
O system-should | The design review should have required drilling along the full embankment before each raise.
O actor-neutral | Shawnee phoned the Likely volunteer fire department shortly after the breach on 4 August.
O credit | nice one Tamsyra for getting the water sampling on Quesnel Lake going the same day
O neutral-fact | About 25 million cubic metres of water and tailings flowed into Polley Lake, Hazeltine Creek and Quesnel Lake.
O policy-subject | The province's permit, which Kwabrel had renewed, set no upper limit on the water held in the pond.
O agentless-passive | a water-use ban was issued for residents around the lakes and later lifted in stages
O meta-blameless | Reviewer: leave the consultant's name out. The question for section 5 is why nothing in the permit forced the water down.
""",
actions="""
Y Y N PREVENTS | Geotechnical engineering | 2015-06-30 | Drill and log the foundation every 100 m along all tailings embankments and have the review board sign off the results before any raise.
N N N PARTIAL | we | | Manage tailings more responsibly.
Y Y Y PREVENTS | Bjarne Quilchena | 2015-09-30 | Keep the tailings pond at least 2 m below the crest and treat surplus water so the level is checked weekly.
N Y Y DETECTS | Shawnee | | Walk the dam more often.
Y Y N DETECTS | Mine operations | | Install piezometers at 20 points in the foundation and alarm if pore pressure rises 10% above the design line.
N N N DETECTS | | | Improve dam monitoring.
Y Y Y PARTIAL | Tamsyra Oolichan | 2014-12-31 | Sample Quesnel Lake at 12 fixed stations every month for two years and publish the results online.
N Y N PARTIAL | Environment team | | Work on community relations.
Y N N PARTIAL | | 2015-03-31 | Set up an independent tailings review board of three engineers who report directly to the board of directors.
N Y Y PREVENTS | Kwabrel Tennerly | 2015-04-30 | Revisit the buttress design.
Y Y N PREVENTS | Closure planning | 2016-12-31 | Replace wet storage of new tailings with filtered dry stack and report the fraction of tailings placed dry each quarter.
""",
ww="""
C | No one was hurt, because the breach happened at night and no crew was working below the embankment.
C | Lake sampling started on the day of the breach, which gave a baseline for every later result.
V | Solid response from site and head office.
"""))

# 11. Hoegh Osaka, Southampton, 3 January 2015: the car and truck carrier sailed for Bremerhaven at 20:06 with inadequate
# stability; at 21:09 rounding West Bramble buoy it heeled to starboard past 40 degrees, lost steering and propulsion
# and grounded on Bramble Bank at 21:15; no departure stability calculation had been done; actual cargo weight was about
# 265 tonnes more than the tally; ballast tank gauges were unserviceable and ballast was estimated; all 25 on board were
# rescued; refloated on 22 January.
S.append(dict(url="https://safety4sea.com/uk-maib-report-on-hoegh-osaka-accident",
people=["Ingrath Pellow", "Rodito Macaraeg", "Torvild Braatveit", "Wenna Tregloyne"],
blame="""
B failure-verb | The chief officer didn't bother running a departure stability calc before the ship left Southampton.
B passive-agent | Ballast figures were guessed by Rodito from memory and never sounded.
B counterfactual | If the master had held her alongside for one more hour to do the numbers, she'd never have laid over on the Bramble.
B group-blame | the whole car-carrier trade sails on assumptions, these officers are no different
B human-error | Primary cause: human error in cargo and ballast planning on board.
B rhetorical-question | who in their right mind sails a PCTC with the lower decks empty and the tanks unsounded?
B competence | a halfway decent mate would have spotted the GM problem from the stowage plan alone
B repeat-offender | Torvild's ship had the same trouble with the tally on the previous call and nobody did anything.
O system-failure | The ballast tank gauges had not worked since at least July 2014, so tank levels were estimated.
O system-should | The loading computer should have refused a departure condition built on a tally that didn't match the cargo on board.
O actor-neutral | Wenna, the Southampton pilot, ordered the engines stopped as the list passed 40 degrees at 21:10.
O credit | huge credit to the lifeboat crews, who got all 25 people off her or out of the water that night
O neutral-fact | The actual cargo weight was about 265 tonnes more than the tally gave.
O policy-subject | The company's loading procedure, approved by Ingrath, did not require a final stability calculation after cargo work.
O agentless-passive | the ship was refloated on 22 January and taken to a safe berth in Southampton
O system-counterfactual | With working tank gauges and a final tally, the loading computer would have shown the ship was short of stability.
""",
actions="""
Y Y N PREVENTS | Fleet operations | 2015-04-30 | Make a departure stability calculation from the final tally and sounded ballast a condition for requesting the pilot.
N N N PARTIAL | we | | Respect stability more.
Y Y Y PREVENTS | Torvild Braatveit | 2015-03-31 | Repair the ballast tank gauges on all fleet vessels and have class verify each reads within 5% of a manual sounding.
N Y Y DETECTS | Rodito | | Pay more attention to ballast figures.
Y Y N PARTIAL | Cargo planning | | Send the ship the final cargo weights per deck at least 60 minutes before departure, with vertical centres of gravity for high and heavy units.
N N N DETECTS | | | Stay sharp when leaving port.
Y Y Y DETECTS | Ingrath Pellow | 2015-06-30 | Have the loading computer alarm when the calculated GM is within 10% of the minimum required.
N Y N PARTIAL | Crewing | 2015-09-30 | Better training for chief officers.
Y N N PARTIAL | | 2015-05-31 | Issue a fleet circular with the MAIB findings and have every master confirm receipt in writing.
N Y Y PREVENTS | Wenna Tregloyne | | Think about how pilots can check stability.
N N N PARTIAL | everyone | | Slow down in port.
""",
ww="""
C | All 25 people on board were rescued from the ship or the water.
V | Hats off to every single person on that night.
V | The salvage went really well.
"""))

# 12. Flint, Michigan, April 2014 - October 2015: the city's supply was switched from Detroit water to the Flint River
# as an interim source; no corrosion control was added; lead leached from service lines; boil-water notices and
# disinfection by-product violations followed; a car plant stopped using the water because it corroded parts; a local
# hospital study in September 2015 showed higher blood lead in children; the city went back to Detroit water in October
# 2015 and a state emergency was declared in January 2016.
S.append(dict(url="https://en.wikipedia.org/wiki/Flint_water_crisis",
people=["LaTonya Birchfield", "Dezmarion Ashvennick", "Reinholt Gaskill", "Yvonda Mapplethorpe"],
blame="""
B failure-verb | Reinholt told the plant crew to skip the orthophosphate because the permit didn't spell it out.
B passive-agent | The residents' brown-water complaints were brushed off by the city's water office for a year and a half.
B counterfactual | if dezmarion had just added corrosion control on day one we wouldn't have poisoned a city's kids
B group-blame | State regulators covered for each other the whole way through, that's the real story.
B sanction | Whoever told people the water was safe to drink needs to be prosecuted, not reassigned.
B character | Yvonda never listened to residents, she only ever listened to the budget.
B sarcasm | the GM engine plant got clean water before the children did, nice priorities @reinholt
B nobody-blame | not one person at the state lab bothered to ask why the samples were all pre-flushed
O system-failure | The treatment plant ran without corrosion control, so the river water stripped lead from old service lines.
O system-should | The sampling protocol should have targeted homes known to have lead service lines.
O actor-neutral | LaTonya brought 30 bottles of tap water from her street to the council meeting in early 2015.
O credit | real credit to the hospital paediatrics team whose blood-lead numbers finally forced the switch back
O neutral-fact | The supply moved to the Flint River in April 2014 and returned to Detroit water in October 2015.
O policy-subject | The emergency management law, which Dezmarion worked under, let cost decisions bypass the city council.
O agentless-passive | filters and bottled water were handed out and a state emergency was declared in January 2016
O quoted-question | Yvonda asked the lab in a 2015 email "why are our first-draw samples never from lead-line homes?", and it went unanswered.
""",
actions="""
Y Y N PREVENTS | Water treatment | 2015-11-30 | Dose orthophosphate at the plant at the rate set in the corrosion study and record the residual at 20 points in the network each week.
N N N PARTIAL | we | | Rebuild trust with residents.
Y Y Y PREVENTS | Dezmarion Ashvennick | 2016-12-31 | Replace all known lead service lines and publish the count replaced and the count left each month.
N Y Y DETECTS | Reinholt | | Look at the sampling data more closely.
Y Y N DETECTS | State drinking water program | | Require lead samples from at least 50% of homes with lead lines, first draw without pre-flushing, every six months.
N N N PARTIAL | | | Fix the water.
Y Y Y DETECTS | LaTonya Birchfield | 2016-03-31 | Set up a phone and text line where residents can request a free lead test and get results within 10 days.
N Y N PARTIAL | City council | 2016-06-30 | Review the emergency manager law.
Y N N PARTIAL | | 2016-02-29 | Deliver a certified tap filter and a year of replacement cartridges to every household served by the city system.
Y Y Y PREVENTS | Yvonda Mapplethorpe | 2016-04-30 | Require a signed corrosion control plan from the state regulator before any change of water source is approved.
N N N PARTIAL | everyone | | Listen to the community.
""",
ww="""
C | Residents' own sampling and the hospital's blood-lead study gave the evidence that forced the return to Detroit water.
V | Flint neighbours looked after one another.
V | Lots of hard work went into the recovery.
"""))

# 13. Enterohaemorrhagic E. coli O104:H4, Germany, May-July 2011: about 3,800 cases, about 850 with haemolytic uraemic
# syndrome, 53 deaths; Hamburg's health authority first named Spanish cucumbers (wrongly), hurting Spanish growers; sprouts
# from an organic farm in Lower Saxony were identified around 10 June and traced to fenugreek seeds imported from Egypt;
# a cluster near Bordeaux fitted the same seeds; reporting delays in the surveillance system slowed the picture.
S.append(dict(url="https://en.wikipedia.org/wiki/2011_Germany_E._coli_O104:H4_outbreak",
people=["Hinnerk Oltjebruns", "Gesche Bruening-Tews", "Mariluz Ubeda Cerrejon", "Tjark Wendeborg"],
blame="""
B failure-verb | Hinnerk went to the press with the cucumbers before the lab had matched a single strain.
B passive-agent | Die Gurkenwarnung wurde von Gesche rausgegeben, ohne dass auch nur eine Probe den Ausbruchsstamm zeigte.
B counterfactual | If Tjark had asked the patients about sprouts in week one we'd have had the farm ten days earlier.
B group-blame | The state food inspectors sat on their hands while the hospitals filled up.
B mistake-attribution | mistakes were made by the Hamburg team, and Spanish growers paid for them
B hindsight | Sprouts are in every E. coli textbook, anyone sensible would have asked about them first.
B rhetorical-question | Why did it take the Lower Saxony crew three weeks to walk into one farm?
B self-blame | Honestly, I should have pushed harder for the recipe-based interviews, I let the cucumber theory run.
O system-failure | Case reports took several days to move from local health offices to the national institute.
O system-should | The questionnaire should have listed sprouts and garnishes, which people rarely remember eating.
O actor-neutral | Mariluz traced the restaurant bookings and matched the cases to dishes served with sprouts.
O credit | Danke an Tjark, der die Lieferketten der Kantinen in zwei Tagen aufgedröselt hat.
O neutral-fact | About 3,800 people fell ill and 53 died.
O policy-subject | The federal-state reporting rules, which Gesche helped draft, gave districts up to a week to forward cases.
O agentless-passive | the cucumber warning was withdrawn and the farm's sprouts were pulled from sale
O meta-blameless | Kommentar: bitte nicht "Hinnerk hat vorschnell gewarnt", sondern was die Warnung ohne Laborbefund möglich gemacht hat.
""",
actions="""
Y Y N PREVENTS | Federal food safety agency | 2011-12-31 | Require a lab match to the outbreak strain before any public warning names a product and country of origin.
N N N PARTIAL | wir | | Schneller reagieren.
Y Y Y DETECTS | Tjark Wendeborg | 2011-10-31 | Cut the time from diagnosis to national report to 24 hours with electronic reporting, and publish the median delay monthly.
N Y Y DETECTS | Gesche | | Keep an eye on HUS numbers.
Y Y N PARTIAL | Outbreak investigation unit | | Add sprouts, herbs and garnishes to the standard food-history questionnaire and use recipe-based interviews in any cluster of 10 or more.
N N N PARTIAL | | | Get the messaging right for the press.
Y Y Y PREVENTS | Mariluz Ubeda Cerrejon | 2011-09-30 | Ban import of the implicated fenugreek seed lots and test every sprout seed lot for STEC before sale.
N Y N DETECTS | Laender health offices | | Work more closely together.
Y N N PARTIAL | | 2011-08-31 | Pay compensation to growers hit by the cucumber warning and publish the criteria used.
N Y Y DETECTS | Hinnerk Oltjebruns | 2012-03-31 | Look into linking supply chain records with the case data somehow.
N N N PARTIAL | alle | | Aus den Fehlern lernen.
""",
ww="""
C | Matching restaurant bookings to patients led investigators to the sprout farm.
C | The French cluster near Bordeaux was linked to the same seed lot within days, which confirmed the source.
V | Die Zusammenarbeit war hervorragend.
"""))

# 14. Peanut Corporation of America, 2008-2009: a Salmonella Typhimurium outbreak traced to the Blakely, Georgia plant;
# about 714 people ill in 46 states and 9 deaths; internal tests had found salmonella and product was shipped, sometimes
# after retesting at another lab; inspectors found a leaking roof, mould and pests; a second plant in Plainview, Texas
# had run unlicensed and uninspected; one of the largest US food recalls (over 3,900 products); the company went bankrupt
# in February 2009; executives were convicted in 2014.
S.append(dict(url="https://en.wikipedia.org/wiki/Peanut_Corporation_of_America",
people=["Clovard Rainwater", "Earlene Suttles", "Harwood Blakemore", "Jonelle Pettway"],
blame="""
B failure-verb | Clovard shipped lots that tested positive for salmonella and just sent them to another lab until one came back clean.
B passive-agent | The positive results were buried by Harwood's QA office and never reported to the buyers.
B counterfactual | if Jonelle had written up the roof leaks in 2007 the plant would've been shut long before anyone got sick
B group-blame | The third-party auditors rated that plant "superior" every year, they're as guilty as anyone.
B sarcasm | Oh great, the audit firm gave a roach-infested plant a superior rating. Really earning those fees, Earlene.
B human-error | Cause of contamination (per first memo): employee error in the roasting and packing area.
B competence | Any food plant manager worth the title would have known roasted peanuts can be recontaminated after the roaster.
B character | Harwood only ever cared about getting trucks out the door.
O system-failure | The roaster was not validated to kill salmonella and the roof let rainwater onto finished product.
O system-should | The buyers' contracts should have required positive lab results to be reported to them directly.
O actor-neutral | Earlene's lab in Minnesota matched the outbreak strain to an opened tub of peanut butter in January 2009.
O credit | thanks to the state epi team for pulling the case interviews together over the holidays
O neutral-fact | About 714 people were ill in 46 states and 9 died.
O policy-subject | The state inspection plan, which Jonelle worked to, visited the plant about once a year and never asked for its lab results.
O agentless-passive | more than 3,900 products were recalled and the Texas plant was closed
O self-report | I was told that a clean retest meant the lot was fine; nothing in our procedure said otherwise.
""",
actions="""
Y Y N PREVENTS | FDA food safety office | 2010-06-30 | Require manufacturers to report any positive salmonella test on finished product to the FDA within 24 hours.
N N N PARTIAL | we | | Make food safer.
Y Y Y PREVENTS | Clovard Rainwater | 2009-04-30 | Hold every lot until a negative salmonella result from an accredited lab is on file, and never release a lot on a retest after a positive.
N Y Y DETECTS | Harwood | | Read the lab reports.
Y Y N DETECTS | Buyer quality assurance | | Get the supplier's raw lab results for every lot bought, and refuse lots shipped without them.
N N N PARTIAL | | | Fix the plant.
Y Y Y PREVENTS | Jonelle Pettway | 2009-06-30 | Repair the roof and inspect it after each heavy rain, with a photo log signed off by the state inspector.
N Y N PARTIAL | Auditors | 2009-12-31 | Revise the audit scoring.
Y N N PREVENTS | | 2009-03-31 | License and inspect every food plant in the state within 90 days of it starting production.
Y Y Y PARTIAL | Earlene Suttles | 2009-05-31 | Validate the roaster with a 5-log kill test and repeat the test every year.
N N N PARTIAL | everyone | | Put consumers first.
""",
ww="""
C | The state lab's match of the strain to an opened jar tied the cases to a single plant within weeks.
V | Public health did an amazing job.
V | Everyone took it very seriously.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# heldout20 rules data (see ../rules/SOURCES-heldout20.md). All people invented; no real person is named.
# 14 incidents: 7 software / internet (Windows 10 1809 file deletion 2018, Flickr wrong-account deletion 2011,
# Squarespace at Peer 1 in Hurricane Sandy 2012, Sonos app 2024, Pakistan Telecom / YouTube BGP 2008, Robodebt
# 2016-2019, Ontario Pickering false alert 2020) and 7 outside software or in regulated industries (Ladbroke Grove
# 1999, Grayrigg 2007, Comair 5191 2006, St Mary's Madison epidural 2006, Hokkaido blackout 2018, VA Spokane EHR
# "unknown queue" 2020-2022, Commonwealth Bank deposit machines 2012-2017). Styles vary inside each incident: chat,
# tickets, timeline rows, formal report prose, non-native English, press lines, bullet fragments.
S = []

# 1. Windows 10 October 2018 Update (1809): known-folder clean-up code plus a change in the update sequence deleted
# the original folders and their contents; Insider reports of file loss earlier; rollout paused; ~0.01% of installs.
S.append(dict(url="http://www.techspot.com/news/76864-microsoft-has-fixed-windows-10-october-update-data.html",
people=["Kerensa Bellingham", "Folke Carrow", "Jarvis Dimbleby", "Rozalind Elphick"],
blame="""
B failure-verb | Folke ignored the three Insider reports about vanished Documents folders because they had only a handful of upvotes.
B passive-agent | The folder clean-up change was signed off by Kerensa without anyone running it on a machine with redirected folders.
B counterfactual | If Jarvis had read the feedback hub before pressing go on the broad release, nobody would have lost a single photo.
B human-error | Cause of the data loss (draft): human error by the servicing team during validation of build 1809.
B rhetorical-question | seriously who ships a change that deletes "empty" folders without checking they're actually empty??
B group-blame | The Insider triage crew treats low-vote bugs as noise, and this time the noise was people's files.
B hindsight | Looking back it was plain as day in August that the known-folder code was dangerous, and someone on the team should have stopped it.
B competence | A more careful release manager would never have let a data-loss bug ride into general availability.
O system-failure | The new clean-up routine removed what it judged to be empty duplicate known folders, and the changed update sequence made it treat the original folders, still full, as the duplicates.
O actor-neutral | Rozalind paused the rollout on 6 October after the first forum threads about missing Documents folders were matched to 1809 installs.
O system-should | The update should have refused to delete any folder that still contained files, whatever its known-folder state.
O policy-subject | The feedback triage process Folke followed ranked reports by upvotes, so a data-loss report with few votes sat below cosmetic bugs.
O meta-blameless | Asking which tester missed it is the wrong question; the validation matrix had no machine with redirected known folders at all.
O neutral-fact | Reports of actual data loss came from about one hundredth of one percent of 1809 installs, because the release had only gone to people who checked for updates manually.
O quoted-question | Retro question: why could a feedback item marked as losing user data get no higher priority than one with a typo?
O credit | Folke wrote the recovery guidance for support the same evening, which let agents start file-recovery sessions before the fixed build existed.
""",
actions="""
Y Y Y PREVENTS | Kerensa Bellingham | 2018-11-15 | Make the known-folder clean-up skip any folder that holds one or more files and add a setup test that runs it on a profile with redirected Documents
Y Y N PARTIAL | Insider triage | 2018-11-01 | Add a data-loss severity field to feedback reports and route every report marked data loss to the servicing on-call within 24 hours regardless of votes
N N N PARTIAL | we |  | Listen to our Insiders better
Y Y Y DETECTS | @folke | 2018-12-01 | Emit a telemetry event when setup deletes a non-empty user folder and halt the rollout wave automatically if more than 10 devices report it in an hour
N Y Y PARTIAL | Jarvis |  | Review the validation matrix for folder redirection scenarios
Y Y N PREVENTS | Windows servicing |  | Add three redirected-folder configurations (OneDrive, network share, second drive) to the 1809 release validation and block sign-off until all three pass
N N N PARTIAL |  |  | Improve quality of feature updates
Y Y Y PARTIAL | Rozalind Elphick | 2018-10-20 | Publish the support article listing the three affected scenarios and the steps to check for files in the old folder location
N Y N PARTIAL | release management | 2019-01-15 | Be more cautious with the next feature update rollout
Y N N PARTIAL | Windows servicing |  | Keep every feature update at the manual-check-only stage for 14 days and widen it only if no data-loss reports arrive in that time
N Y Y DETECTS | Rozalind | 2018-11-30 | Monitor the forums more closely after each release
""",
ww="""
V | The team pulled together quickly once the scale was clear.
C | Because the update had only gone to people who clicked "check for updates", pausing it on 6 October stopped new installs within hours.
V | Support was fantastic with affected users.
"""))

# 2. Flickr, Feb 2011: a user reported another account for stolen photos; a staff member mixed up the two and
# deleted the reporter's five-year Pro account (~4,000 photos); deletion was permanent; later restored; 25 years Pro.
S.append(dict(url="https://www.cnet.com/culture/flickr-wipes-out-wrong-account-then-reconstitutes-it/",
people=["Norbert Grisewood", "Dervla Jessop", "Sindri Kirkbride", "Bryony Lambourne"],
blame="""
B failure-verb | Norbert mixed up the two accounts and nuked the wrong one, plain and simple.
B mistake-attribution | The deletion was Norbert's error from start to finish, and the apology email said as much.
B sarcasm | love that the abuse queue's idea of a sanity check is "eh, looks like the right username" :)
B counterfactual | Had Dervla looked at the account age before approving the deletion, a five-year Pro member would still have his photos.
B role-blame | The support agent on that ticket clearly didn't bother reading who filed the report and who was reported.
B nobody-blame | Not one person in trust and safety thought to double-check before pressing a button that cannot be undone.
B sanction | Outcome: Norbert loses delete rights on member accounts and his tickets get a second reviewer for three months.
B character | Some of the support staff are just careless with other people's work, and this member paid for it.
O system-failure | The admin tool deleted the account and every photo behind it at once, with no soft-delete state in between.
O actor-neutral | Norbert processed the copyright complaint on the Monday and deleted the account he had open in the admin view.
O policy-subject | The abuse procedure treated account deletion as the final step with no waiting period and no second approval.
O system-should | The admin page should have shown the reporter and the reported account side by side before allowing a deletion.
O meta-blameless | The forum keeps asking for the agent's name; it would not explain why one click could destroy five years of photos.
O credit | Sindri found that the photo files were still on the storage cluster and wrote the script that relinked them to the restored account.
O org-subject | The photographer's blog reported that tags, comments and external links to the images had gone with the account.
O self-report | I approved the restore plan on the Wednesday without knowing whether the photo ids would survive; we got lucky that they did.
""",
actions="""
Y Y Y PREVENTS | Sindri Kirkbride | 2011-03-15 | Replace hard deletion in the admin tool with a 30-day soft delete that hides the account and keeps all photos restorable
Y Y N PREVENTS | Trust & Safety | 2011-03-01 | Show the reporter's and the reported account's names, ages and photo counts on the confirmation screen and require the agent to type the username being deleted
N N N PARTIAL | everyone |  | Be more careful with member accounts
Y Y Y PARTIAL | Bryony | 2011-02-25 | Require a second agent's approval in the admin tool before any Pro account older than one year can be deleted
N Y Y PARTIAL | Dervla Jessop |  | Look into a way to restore deleted accounts
Y Y N DETECTS | site reliability |  | Alert the trust and safety lead whenever one agent deletes more than 5 accounts in an hour
N N N PARTIAL | support |  | Retrain support staff on abuse handling
Y Y Y PARTIAL | @sindri | 2011-02-18 | Write the runbook for restoring a deleted account from the storage cluster, with the script path and the expected time, and test it once on a staging account
N Y N PARTIAL | Trust & Safety | 2011-04-01 | Double-check copyright complaints before acting on them
N N N PARTIAL |  |  | Make account deletion safer
Y N N PARTIAL | member support | 2011-02-20 | Reply to every deletion appeal within 24 hours with the restore status, tracked on the support dashboard
""",
ww="""
C | The photo files were still on the storage cluster, so 3,400 photos were relinked to the restored account within a week.
V | Management handled the fallout with real empathy.
C | The confirmation email quoting the account name let the member see within an hour which ticket had caused the deletion.
"""))

# 3. Squarespace at Peer 1, 110 William St, Hurricane Sandy, 29 Oct - 2 Nov 2012: lobby flooded 20:30, basement 22:30,
# fuel pumps and tanks flooded 05:00, 4 h of generator fuel at 08:00; staff carried diesel up 17 floors; no downtime.
S.append(dict(url="https://greenm3.com/gdcblog/2012/11/1/squarespace-has-retired-the-diesel-bucket-brigade-but-the-fu.html",
people=["Thibault Mottram", "Ulla Northcote", "Amadeo Oldroyd", "Xavia Ravenscroft"],
blame="""
B failure-verb | The facility's ops people neglected to move the fuel pumps out of the basement after the 2011 Irene scare.
B group-blame | The landlord's engineers were too lazy to think about flooding when they put the whole fuel system in a basement, and we are the ones carrying buckets.
B hindsight | With the surge forecast on Sunday it was obvious the basement pumps would drown, and someone at the facility should have staged fuel upstairs that afternoon.
B rhetorical-question | who puts the only fuel pump for a 17th-floor generator in a basement two blocks from the harbour?
B passive-agent | The day-tank top-up plan was dropped by Amadeo on Sunday evening because he thought the pumps would hold.
B counterfactual | If Xavia had signed the street-level generator order on Monday we would not have spent the night on the stairs.
B competence | Nobody with real facilities experience would have trusted a basement fuel system through a category-one surge.
B implicit | Shout-out to the people who actually showed up with buckets at 3am, unlike certain facility managers who were "monitoring remotely".
O neutral-fact | 20:30 lobby reported taking water; 22:30 basement flooded; 05:00 fuel pumps and tanks under water; 08:00 about four hours of fuel left in the day tank.
O system-failure | The flooded basement took out the fuel pumps that fed the generator on the 17th floor, so the day tank could not be refilled.
O actor-neutral | Thibault organised the chain of people carrying five-gallon containers of diesel up 17 floors from the truck in the street.
O system-should | The generator's fuel supply should have had a path that did not run through the lowest floor of the building.
O org-subject | Peer 1 got a temporary fuel pump working on Wednesday, after which deliveries could go straight to the tank.
O quoted-question | Open question for the retro: what in our hosting contract tells us where the facility's fuel system sits?
O credit | Ulla kept the status page updated every hour through the night, which kept the support queue to a trickle.
O error-term | The generator panel logged a low fuel pressure error at 07:40, about twenty minutes before the first containers reached the 17th floor.
""",
actions="""
Y Y Y PREVENTS | Xavia Ravenscroft | 2013-01-31 | Get the facility's written confirmation that the generator fuel pumps and day-tank fill line sit above the 100-year flood level, or move our racks to a site that does
Y Y N PARTIAL | infrastructure | 2013-03-31 | Stand up a warm copy of the platform in a second data centre outside New York and fail over to it in a test at least once a quarter
N N N PARTIAL | we |  | Be better prepared for hurricanes
Y Y Y DETECTS | Amadeo | 2012-12-15 | Page the on-call when the generator day-tank level drops below 6 hours of runtime, reading the facility's tank sensor every 5 minutes
N Y Y PARTIAL | Thibault Mottram |  | Think about our disaster recovery options
Y Y N PARTIAL | ops |  | Keep a written storm checklist with the fuel vendor's 24-hour number, the generator runtime per tank and the trigger for moving to a second site, reviewed before every hurricane season
N Y N PARTIAL | facilities | 2013-02-01 | Review the contract with Peer 1
N N N PARTIAL |  |  | Harden the New York site
Y Y Y PARTIAL | @ulla | 2012-11-30 | Host the status page outside the New York data centre so that it stays reachable when the site loses power
N Y N PARTIAL | infrastructure |  | Consider a street-level generator for next time
N N N PARTIAL | everyone |  | Keep communicating during emergencies
""",
ww="""
V | Everyone's dedication during the storm was unbelievable.
C | Hand-carried diesel kept the generator running for the ~20 hours until the facility's temporary pump worked, so the site never went down.
V | We were great at keeping customers in the loop.
"""))

# 4. Sonos app, 7 May 2024: rebuilt app released with the Ace headphones; missing sleep timers, local library and
# queue editing, many bugs; first reply spoke of "courage"; CEO apology 25 Jul with a bi-weekly update roadmap.
S.append(dict(url="https://www.techradar.com/audio/multi-room/sonos-finally-apologizes-for-controversial-new-app-promises-aggressive-update-plans-to-fix-it",
people=["Ciaran Stainthorpe", "Gundula Tregarthen", "Meinhard Underhill", "Jakobine Venables"],
blame="""
B failure-verb | Ciaran pushed the new app to every customer without keeping the old one available, and that is the whole disaster.
B passive-agent | The launch date was forced by Gundula to line up with the headphones, not with the app being ready.
B sarcasm | "it took courage" - yeah, the courage to delete the sleep timer from a speaker app. bold move.
B competence | The product leads clearly didn't understand how people use their speakers every day.
B counterfactual | Had Meinhard insisted on a beta for the headphone buyers only, the rest of us would still have a working app.
B human-error | Root cause (per draft v2): human error in launch planning by the app leadership.
B timeline-blame | 7 May - Ciaran flips the switch on the rebuild for everyone, half the features still missing
B repeat-offender | This is the second app fiasco under the same product VP, after the speaker-bricking mess a few years ago.
O system-failure | The rebuilt app shipped without local music library browsing, sleep timers or queue editing, which the old app had for years.
O policy-subject | The release plan tied the new app to the headphone launch date and had no option to keep the old app for existing systems.
O system-should | The release should have shipped behind a switch that let each household stay on the old app until feature parity.
O meta-blameless | The forum thread wants names; the more useful finding is that nobody had a way to see which features people actually used.
O actor-neutral | Jakobine published the bi-weekly update roadmap on 25 July, listing the library, alarm and queue fixes by month.
O neutral-fact | Near miss: the speaker firmware shipped the same day removed no controls from the speakers themselves, so physical buttons and AirPlay kept working for everyone.
O quoted-question | Question for the review: what telemetry told us which of the old app's features were used daily before we removed them?
O self-report | I was the one who wrote the launch FAQ; I described the missing features as "coming soon" without a date because I did not have one.
""",
actions="""
Y Y Y PARTIAL | Meinhard Underhill | 2024-08-15 | Restore local music library browse, search and play in the app and verify it against the 20 largest customer libraries in the test lab
Y Y N PREVENTS | release engineering | 2024-09-30 | Block any app release that removes a feature used by more than 1% of weekly active households, using the feature-usage dashboard as the gate
N N N PARTIAL | we |  | Win back customer trust
Y Y Y PARTIAL | Jakobine |  | Publish an app update every two weeks through October, each with release notes listing the fixed issues
N Y Y PARTIAL | Ciaran Stainthorpe | 2024-08-01 | Look at reintroducing the old app for some customers
N N N PARTIAL | product |  | Get better at listening to customers
Y Y N PREVENTS | mobile team | 2024-10-31 | Ship the next major app rebuild as an opt-in beta for at least 8 weeks and promote it only when crash-free sessions reach 99.5%
N Y N PARTIAL | QA | 2024-09-01 | Do more testing before launches
Y Y Y DETECTS | @gundula |  | Alert the app on-call when crash-free sessions fall below 99% for a day or one-star reviews double week over week
N N N PARTIAL | leadership |  | Make quality the number one priority
N Y Y PARTIAL | Gundula Tregarthen |  | Align with marketing on future launch timing
""",
ww="""
C | The bi-weekly release train restored music library playback within about two months of launch.
V | People kept their heads up while the one-star reviews poured in.
C | The support forum's pinned list of missing features, updated with each release, cut duplicate threads.
"""))

# 5. Pakistan Telecom / YouTube, 24 Feb 2008: to block YouTube inside Pakistan, Pakistan Telecom announced
# 208.65.153.0/24, more specific than YouTube's /22; upstream PCCW passed it on; YouTube unreachable for most of the
# world for about two hours; YouTube announced the /24 and more specifics; PCCW withdrew the route.
S.append(dict(url="https://isoc-ny.org/tag/routing",
people=["Reinout Wetherby", "Nanette Yelland", "Wolter Zangwill", "Prisca Attwater"],
blame="""
B failure-verb | The engineer of national carrier has botched the null route and leaked it to upstream instead to keep it inside.
B passive-agent | The /24 was announced by Reinout's team to the whole upstream session with no community tag at all.
B group-blame | The upstream's peering team runs customer sessions with no prefix filters, and the whole Internet paid for their laziness.
B rhetorical-question | how do you get a transit job and not know that a more-specific wins everywhere??
B counterfactual | If Nanette had filtered the customer session against the registry like every sane transit does, nobody outside the country would have noticed.
B sarcasm | great job blocking one video, you blocked it for the entire planet
B mistake-attribution | The outage was the carrier's on-duty engineer's mistake and nobody else's.
B hindsight | Anyone who had read NANOG in the last ten years knew this would happen one day, and the people running that session should have seen it coming.
O system-failure | The more specific 208.65.153.0/24 route won over YouTube's /22 in routers everywhere, sending most of YouTube's traffic toward a network that dropped it.
O neutral-fact | The hijack lasted about two hours, from roughly 18:47 UTC until the upstream withdrew the route.
O org-subject | YouTube's network team announced the same /24 and then two /25s, which pulled part of the traffic back within the hour.
O policy-subject | The transit agreement did not require the upstream to filter the customer's announcements against registered prefixes.
O system-should | The upstream's edge should have rejected a customer announcement for address space the customer did not hold.
O meta-blameless | Calling the carrier engineer an idiot on the mailing list misses the point that BGP accepts whatever a neighbour says unless someone filters it.
O actor-neutral | Wolter has posted first traceroutes on the operators list at 19:05, they show YouTube prefix arriving to Karachi.
O quoted-question | Asked at the review: which of our own customer sessions still accept any prefix a customer sends?
""",
actions="""
Y Y Y PREVENTS | Nanette Yelland | 2008-03-31 | Build prefix filters for every customer BGP session from the RIR and IRR registrations and reject any announcement outside them
Y Y N DETECTS | NOC | 2008-03-15 | Subscribe to a BGP hijack alert service for our own prefixes and page the NOC when a more specific appears from another origin AS
N N N PARTIAL |  |  | Fix BGP security
Y Y Y PREVENTS | @reinout | 2008-03-07 | Put the domestic block on the national exchange route servers as a null route tagged no-export, and verify from two external looking glasses that it is not visible
N Y N PARTIAL | peering |  | Review the customer onboarding process
Y Y N PARTIAL | peering | 2008-04-30 | Set a maximum-prefix limit on every customer session, sized to the customer's registered prefixes plus 10%, with the session shutting down when exceeded
N N N PARTIAL | we |  | Coordinate better with other operators
Y Y Y PARTIAL | Prisca |  | Write the emergency contact procedure for upstream route withdrawal, with the upstream NOC's phone number and the escalation after 15 minutes, and post it in the NOC wiki
N Y Y DETECTS | Wolter Zangwill | 2008-03-10 | Keep an eye on the routing tables for our customers
N Y N PARTIAL | regulator liaison | 2008-04-01 | Discuss blocking orders with the ministry
Y Y N DETECTS | NOC | 2008-03-31 | Add a looking-glass check every 10 minutes for each prefix in the block list and alert if any appears outside our AS
""",
ww="""
V | The global operator community was amazing to work with.
C | Traceroutes posted to the operators' list within twenty minutes pointed everyone at the one upstream that carried the route.
V | Communication across time zones went really well.
"""))

# 6. Robodebt (Online Compliance Intervention), 2016-2019: annual tax-office income averaged over fortnights and
# compared with reported income; debts raised automatically; onus on recipients; about 470,000 debts wrongly raised;
# A$1.2bn settlement; Royal Commission 2023: "crude and cruel"; legal advice on averaging not acted on.
S.append(dict(url="https://clcs.org.au/robodebt-royal-commission-report-unravels-systemic-injustice-and-recommends-urgent-reform/",
people=["Tilda Cleverley", "Egon Dankworth", "Valentina Brightwater", "Nikolai Colquhoun"],
blame="""
B character | The department's leadership simply did not care what happened to the people receiving those letters.
B failure-verb | Tilda sat on the legal advice that averaging needed a change in the law and let the rollout go ahead anyway.
B passive-agent | The human check on each debt was removed by Egon to hit the savings figure in the budget measure.
B group-blame | The compliance division treated every welfare recipient as a cheat and built the system to match.
B counterfactual | None of the 470,000 wrong debts would have gone out if Valentina had asked the obvious question about averaging in 2015.
B nobody-blame | For three years not a single senior officer bothered to check whether the debts were lawful.
B sanction | Recommendation (draft): refer the former deputy secretary for disciplinary action and bar her from further senior roles.
B role-blame | The minister responsible misled cabinet about what the proposal actually involved.
O system-failure | The matching system spread each person's annual tax-office income evenly over 26 fortnights and raised a debt wherever that average exceeded what they had reported.
O policy-subject | The scheme's design placed the burden on the recipient to disprove a debt with payslips going back up to five years.
O org-subject | The Royal Commission called the scheme "crude and cruel" and found it was neither fair nor legal.
O neutral-fact | About 470,000 debts were repaid in full after the scheme ended, and a class action settled for about A$1.2 billion.
O system-should | The system should have treated an averaged income figure as a prompt for a human review, never as proof of a debt.
O meta-blameless | Press coverage keeps asking which public servant to blame, yet the averaging method passed through five budget cycles and three ministers unchanged.
O actor-neutral | Nikolai compiled the first sample of 200 debts recalculated from actual payslips, which showed how often the averaged figure was wrong.
O quoted-question | Question for the review panel: at what point was the legal basis for income averaging checked, and by which process?
""",
actions="""
Y Y N PREVENTS | Services compliance | 2020-07-01 | Stop raising any debt from averaged annual income; a debt can only be created from fortnightly figures on payslips or employer records
N N N PARTIAL | we |  | Treat welfare recipients with more respect
Y Y Y PREVENTS | Nikolai Colquhoun | 2020-06-30 | Require a written legal opinion on the lawfulness of any automated debt-calculation rule before it is switched on, filed with the change record
N Y Y PARTIAL | Valentina Brightwater |  | Look into the complaints backlog
Y Y N PARTIAL | debt recovery | 2020-09-30 | Refund every debt raised wholly or partly by income averaging and send each person a letter with the refunded amount
N N N PARTIAL |  |  | Restore public trust in the department
Y Y Y DETECTS | @egon | 2020-08-31 | Report monthly the share of automated debts reduced or cancelled on review, and escalate to the secretary when it exceeds 10%
N Y N PARTIAL | policy | 2020-12-31 | Consider the human impact of compliance measures
Y N N PARTIAL | service delivery |  | Route every debt notice to a named officer who calls the person within 10 business days of the notice
N N N PARTIAL | executive board |  | Improve the culture of the department
N Y Y PARTIAL | Tilda |  | Check in with the ombudsman about the scheme
""",
ww="""
C | The recalculation of 200 sampled debts from real payslips gave the first hard figure for how often averaging was wrong.
V | Staff in the call centres showed enormous compassion.
C | Stopping all averaging-based debts on one date meant no new wrong debts were issued after that day.
"""))

# 7. Ontario Pickering false alert, 12 Jan 2020: 07:23 province-wide alert of an "incident" at Pickering Nuclear
# during a routine training exercise of the Provincial Emergency Operations Centre; utility said "sent in error"
# ~40 min later; second alert 09:11; went to the whole province instead of the 10 km zone.
S.append(dict(url="https://www.buzzfeednews.com/article/skbaer/pickering-nuclear-emergency-alert-error",
people=["Zdenka Eskildsen", "Piran Fairbrother", "Bronwen Hollingdale", "Swithun Ivanescu"],
blame="""
B failure-verb | Zdenka picked the live channel instead of the test one during the morning drill and didn't even notice.
B human-error | Cause: operator error during a routine training exercise at the emergency operations centre.
B counterfactual | If Piran had checked the distribution list before sending, fourteen million people would have slept in on Sunday.
B sarcasm | nothing says "relaxing sunday" like the folks at the emergency centre announcing a nuclear incident by accident
B passive-agent | The correction was held back by Bronwen for almost two hours while she waited for sign-off.
B self-blame | Honestly that one's on me, I had the exercise template and the live template open side by side and I clicked the wrong one.
B competence | You'd think people trained to run a provincial emergency centre could tell a drill from the real thing.
B implicit | Thanks to the utility's comms team for telling the public within 40 minutes what the people who sent the alert took two hours to say.
O system-failure | The alerting console sent the exercise message to the live broadcast channel for the whole province, not just the 10 km zone around the station.
O agentless-passive | The alert was issued at 07:23 and a second alert confirming there was no nuclear situation was sent at 09:11.
O error-term | The utility's 08:06 post said the alert was sent in error and there was no danger to the public or the environment.
O policy-subject | The exercise plan Piran ran from did not say which console profile to use, and both live and training templates lived in the same list.
O system-should | The console should have required a second person's confirmation before any message reached the live province-wide channel.
O actor-neutral | Swithun called the utility's duty officer at 07:31 to confirm there was no event at the station.
O meta-blameless | "Who pressed the button" has been asked a dozen times today; the better question is why one person could press it at all.
O neutral-fact | Near miss: the alert text said no radioactivity had been released, so most people read it as a warning, not an evacuation order.
""",
actions="""
Y Y Y PREVENTS | Piran Fairbrother | 2020-02-15 | Move the training templates to a separate console profile that cannot reach the live broadcast channel, and test it by sending from the training profile
Y Y N PREVENTS | PEOC duty officers | 2020-02-01 | Require two logged-in officers to confirm any live alert in the console before it is sent
N N N PARTIAL | we |  | Never let a drill message reach the public again
Y Y Y DETECTS | @swithun | 2020-01-31 | Set an alarm in the console that pages the duty manager within 2 minutes of any live alert that is not linked to an open incident
N Y Y PARTIAL | Bronwen Hollingdale |  | Review the correction process
Y Y N PARTIAL | alerting team | 2020-03-31 | Pre-approve a "sent in error" correction template that the duty officer can send within 10 minutes without further sign-off
N N N PARTIAL | ministry |  | Restore confidence in the alert system
Y Y Y PARTIAL | Zdenka | 2020-02-28 | Limit the Pickering alert template's geographic target to the 10 km zone in the console configuration and verify the polygon on the test channel
N Y N PARTIAL | training | 2020-04-30 | Remind staff to be careful during exercises
Y N N PARTIAL | PEOC |  | Run a quarterly exercise where a false alert is deliberately simulated and the correction must reach the public within 15 minutes
N Y N DETECTS | PEOC |  | Watch social media after each exercise
""",
ww="""
V | The ministry's apology struck the right tone.
C | The utility's duty officer confirmed within eight minutes that the station was normal, which let the utility post a denial at 08:06.
V | Great cooperation with local mayors.
"""))

# 8. Ladbroke Grove, 5 Oct 1999: a Thames Trains 165 passed signal SN109 at danger and met an HST almost head-on;
# 31 died; the driver had qualified two weeks before; SN109 had been passed at danger 8 times in 6 years; poor
# signal sighting (gantry, overhead line, low sun); ATP not fitted on cost grounds; Cullen inquiry.
S.append(dict(url="https://en.wikipedia.org/wiki/Ladbroke_Grove_rail_crash",
people=["Cadfael Jarrold", "Fabiola Sallinen", "Aldric Thorogood", "Hedda Upshaw"],
blame="""
B failure-verb | Driver Jarrold failed to respond to the single yellow and ran past SN109 at red.
B passive-agent | The red aspect at SN109 was missed by the driver despite a clear morning and an AWS warning.
B counterfactual | Had the signaller, Fabiola, set the HST's route to stop as soon as the 165 passed the red, the collision might have been avoided.
B human-error | Primary cause, section 1 of the train operator's draft report: driver error in passing signal SN109 at danger.
B repeat-offender | That gantry's signallers had watched trains overrun SN109 eight times and still treated every SPAD there as the driver's problem.
B competence | A driver with two weeks in the seat had no business on the busiest approach in the country, and his trainers should have known it.
B group-blame | Railtrack's managers sat on eight SPADs at one signal for six years and did nothing, and 31 people are dead because of them.
B hindsight | After the eighth SPAD it was obvious to anyone that SN109 would kill someone, and the signal sighting committee should have acted then.
O system-failure | The low sun behind the train lit the yellow lenses on the gantry, so several signals appeared to show a proceed aspect at once.
O neutral-fact | SN109 had been passed at danger eight times in the six years before the crash.
O system-should | The line should have had a train protection system that braked any train passing a red signal, whatever the driver saw.
O policy-subject | The driver training course included no briefing on local SPAD hotspots, so new drivers met SN109 without any warning about it.
O actor-neutral | Fabiola saw the 165 pass SN109 on the panel and set the signals ahead to red, then called the HST driver.
O org-subject | The inquiry found that the signal sighting committee had not met about SN109 despite repeated requests.
O meta-blameless | "Driver error" was the headline within a day, yet the driver was the ninth to pass that signal at red.
O quoted-question | Question put to the sighting review: how many drivers reported SN109 as hard to read before October 1999?
""",
actions="""
Y Y N PREVENTS | signalling engineering | 2000-12-31 | Fit TPWS at SN109 and every signal on the Paddington approach with more than one recorded SPAD, so a train passing it at danger is braked automatically
Y Y Y PARTIAL | Aldric Thorogood | 2000-03-31 | Re-site or re-sight SN109 so that its aspect is readable from 8 seconds of approach at line speed, confirmed by a cab ride at 08:00 in low sun
N N N PARTIAL | the industry |  | Put safety before profit
Y Y Y DETECTS | Fabiola | 2000-01-31 | Give the signaller's panel an audible SPAD alarm that sounds within 2 seconds of a train passing a red signal
N Y Y PARTIAL | Hedda Upshaw |  | Look at driver route-knowledge training
Y Y N PARTIAL | driver standards | 2000-06-30 | Add a briefing on every signal with two or more SPADs in five years to route learning, with a sign-off sheet for each new driver
N N N PARTIAL |  |  | Take the Southall findings on board
Y Y Y PARTIAL | @cadfael | 2000-02-28 | Write the signaller's emergency instruction for a SPAD on the bi-directional section, naming the signals to replace and the radio call to make, and rehearse it on the simulator
N Y N PARTIAL | signal sighting committee | 2000-02-15 | Reconsider the gantry layout
Y N N DETECTS | operations standards |  | Publish a monthly SPAD league table for every signal on the network and trigger a sighting review at the second SPAD
N Y Y PARTIAL | Aldric |  | Raise signal visibility with the infrastructure controller
""",
ww="""
V | Hats off to the fire brigade and the paramedics.
C | The first fire crews were on site within minutes and the fire at coach H was fought while passengers were still being lifted out.
V | Staff from both companies worked tirelessly in the days after.
"""))

# 9. Grayrigg, 23 Feb 2007: a Pendolino derailed at Lambrigg 2B points; failed stretcher bars and loose or missing
# nuts; the scheduled inspection on 18 Feb had not taken place; loose nuts found on 7 Jan without the cause being
# investigated; one passenger died.
S.append(dict(url="https://en.wikipedia.org/wiki/Grayrigg_derailment",
people=["Isandro Wainscott", "Minerva Zilberman", "Maksim Blomqvist", "Radegund Cattermole"],
blame="""
B failure-verb | Maksim skipped his Sunday patrol over the Lambrigg points on 18 February and put it down as done.
B passive-agent | The loose nuts on 2B were tightened by the January gang without anyone asking why they had come loose.
B counterfactual | If Minerva had walked the points that Sunday as rostered, she would have seen the missing stretcher bar.
B nobody-blame | Nobody in the section could be bothered to investigate a set of points that kept shedding nuts.
B group-blame | The local maintenance depot ran its patrols on paper and the track was left to look after itself.
B competence | Any half-decent track section manager would have spotted that one set of points was eating its fasteners.
B timeline-blame | 18 Feb - basic visual inspection of Lambrigg 2B not done by the patroller, logged as complete
B sanction | The patroller and his supervisor were removed from safety-critical duties pending the investigation.
O system-failure | The third stretcher bar at 2B had detached, so the left switch rail could move toward the stock rail as the train passed.
O neutral-fact | Loose nuts had been found at 2B on 7 January and were replaced the same day.
O policy-subject | The maintenance standard Maksim worked to said the cause of any loose component must be investigated, but nothing in the work order system prompted it.
O system-should | The points should have had a fastener design that could not loosen unseen between two weekly patrols.
O actor-neutral | Isandro reached the site at 21:40 and took the first photographs of the points before the wreckage was moved.
O agentless-passive | The points were removed from the track after the derailment and the line was welded through on the replacement.
O self-report | I rostered the Sunday patrol that did not happen; the roster showed a second person on it who was on leave.
O quoted-question | For the review: how would a supervisor know from the work order system that a patrol had been recorded but not walked?
""",
actions="""
Y Y Y PREVENTS | Isandro Wainscott | 2007-06-30 | Fit lock nuts of the new design at all stretcher bar joints on points 2A and 2B and confirm torque with a gauge at the weekly inspection
Y Y N DETECTS | track maintenance | 2007-04-30 | Record every weekly points inspection with the inspector's GPS position on the handheld, and flag any record made more than 200 m from the points
N N N PARTIAL | Network maintenance |  | Make sure patrols are done properly
Y Y Y PARTIAL | Radegund | 2007-05-31 | Add a mandatory cause field to the work order for any loose or missing fastener on points, and require the section manager to close it
N Y Y PARTIAL | Minerva Zilberman |  | Review staffing of Sunday patrols
Y N N PREVENTS | asset management | 2008-12-31 | Replace the stretcher bar design on all points of this type network-wide with one whose joints cannot back off under vibration
N N N PARTIAL | we |  | Improve our safety culture
N Y N PARTIAL | depot | 2007-04-15 | Remind patrollers of their duties
Y Y Y DETECTS | @maksim |  | Measure the residual switch opening at 2B monthly and alert the section manager if it exceeds the standard's limit
N Y Y PARTIAL | Radegund Cattermole | 2007-05-01 | Follow up on the January fastener finding
N N N PARTIAL |  |  | Better asset knowledge
""",
ww="""
C | The train's body stayed intact as it rolled, so 104 of 105 passengers survived.
V | The local community was incredibly supportive.
C | The driver stayed in his cab and kept the emergency brake applied until the train stopped, which limited how far the coaches slid.
"""))

# 10. Comair 5191, Lexington, 27 Aug 2006: the crew lined up on runway 26 (3,500 ft, unlit) instead of 22 and
# crashed on take-off; 49 of 50 died; taxi route changed a week earlier; a single controller, turned to
# administrative work, did not see the take-off; FAA staffing guidance called for two.
S.append(dict(url="https://www.kentucky.com/news/special-reports/crash-of-comair-flight-5191/article43965525.html",
people=["Ulric Entwistle", "Delphia Ferncastle", "Ingram Hathersage", "Yorick Jellicoe"],
blame="""
B failure-verb | The crew failed to check the heading against the runway before pushing the throttles up.
B passive-agent | The take-off roll was never watched by Yorick, who had his back to the runway doing paperwork.
B counterfactual | If Ulric had cross-checked the compass during the line-up, the jet would have been on 22.
B human-error | Probable cause as the draft reads: pilot error, compounded by controller inattention.
B rhetorical-question | How do two airline pilots take off from a dark runway half the length they need and not notice?
B competence | These pilots were too sloppy to notice the runway lights were off.
B sarcasm | nice to know the tower's policy on watching departures is "if I happen to turn around"
B character | The crew were chatting about nothing during taxi, the typical attitude of people who think the checklist is optional.
O system-failure | The taxiway to runway 22 had been re-routed a week before, and the new route crossed the threshold of runway 26 first.
O policy-subject | The staffing guidance called for two controllers on that shift, but the roster for the night had one.
O actor-neutral | Yorick cleared the flight for take-off on runway 22 and turned to the traffic count he had to file.
O system-should | The aircraft should have warned the crew that its heading did not match the runway entered in the flight computer.
O neutral-fact | Runway 26 was about 3,500 ft long and unlit, while the jet needed over 5,000 ft loaded as it was.
O neutral-fact | Reporting systems held earlier reports of crews lining up on the wrong runway at this airport in 1993 and 1995.
O meta-blameless | Hours after the crash the talk was already of a careless crew, yet two earlier crews had made the same wrong turn here.
O credit | Delphia, the airport officer first at the wreck, pulled the first officer out and kept him breathing until the medics arrived.
""",
actions="""
Y Y N PREVENTS | airline flight standards | 2006-12-31 | Add a cockpit check at line-up that both pilots read the runway heading off the compass and confirm it matches the cleared runway
Y Y Y PARTIAL | Ingram Hathersage | 2006-10-15 | Staff the tower with two controllers on every shift that has scheduled airline departures
N N N PARTIAL | everyone |  | Take runway safety more seriously
Y Y Y PARTIAL | Delphia | 2006-09-30 | Repaint hold-short markings and install lit signs at the runway 26 crossing on the new taxi route and verify them at night
N Y Y PARTIAL | Ulric |  | Reconsider the taxi route changes
Y Y N DETECTS | avionics | 2007-06-30 | Fit a runway-awareness system that announces the runway at line-up and alerts when take-off starts on a runway shorter than the aircraft needs
N N N PARTIAL | the FAA |  | Fix controller staffing nationwide
Y Y N PARTIAL | airport operations | 2006-10-31 | Issue a NOTAM and an airport diagram showing the new taxi route, and brief each airline's station manager on it before the next weekend
N Y N PARTIAL | pilots |  | Be more vigilant during taxi
Y Y Y DETECTS | @yorick |  | Set the tower's departure checklist to require the controller to watch each aircraft until it is airborne before logging the departure
N Y N PARTIAL | training | 2007-01-31 | Refresh crew resource management training
""",
ww="""
V | Firefighters and police gave it their all that morning.
C | The airport officer reached the burning aircraft within minutes and got the one survivor out.
V | The airline's family assistance team was excellent.
"""))

# 11. St Mary's Hospital, Madison, 5 Jul 2006: a labour nurse infused an epidural bag (bupivacaine) into a 16-year-old
# patient's vein instead of penicillin; the patient died, the baby survived; the nurse had worked about 16 hours and
# slept at the hospital; the bar-code scanner was not used; a 2010 journal report named systemic factors.
S.append(dict(url="http://host.madison.com/wsj/news/local/health_med_fit/report-systemic-problems-at-st-mary-s-set-stage-for/article_73b1055e-2fee-11df-9f7a-001cc4c002e0.html",
people=["Faustine Kallstrom", "Korbin Lockyer", "Romilly Nettleship", "Idris Rowntree"],
blame="""
B failure-verb | Faustine forgot to scan the bag before hanging it, which is the one step that would have caught it.
B mistake-attribution | As the hospital's statement rightly says, the wrong drug was given because of one nurse's mistake.
B passive-agent | The epidural bag was taken out of the cabinet by Faustine without any order for it.
B counterfactual | If Korbin had double-checked the bag when he brought the penicillin in, the girl would be alive.
B role-blame | The charge nurse let a colleague who had been on shift for sixteen hours take a high-risk induction.
B hindsight | With hindsight, anyone should have seen that a nurse who slept in the hospital was not safe to work the next morning.
B self-blame | I should have looked at the label, I was in a hurry and I did not read it, it's my fault.
B sanction | Outcome for the individual: dismissal, nine months' licence suspension and criminal charges.
O system-failure | The epidural bag and the antibiotic bag were of similar size and sat on the same counter, and both fitted the IV pump tubing.
O policy-subject | The unit's norm was to prepare anticipated drugs before they were ordered, so an epidural bag could be in the room with no order.
O agentless-passive | The bag was hung at about 11:30 and the patient showed symptoms within minutes.
O system-should | The epidural tubing should have had a connector that could not be attached to an intravenous line.
O org-subject | The 2010 journal report, co-written by hospital administrators, listed long working hours, early drug preparation and sporadic bar-code scanning as contributing factors.
O actor-neutral | Korbin brought the penicillin to the anteroom and told Faustine it was on the counter.
O neutral-fact | Bar-code scanning of infusions was in use on the unit, but scans were often done after the infusion had started.
O meta-blameless | The prosecutor's case centred on one nurse, yet the same bags, counter and habits were there on every shift.
""",
actions="""
Y Y N PREVENTS | pharmacy | 2006-10-31 | Stock epidural infusions only in a separate locked drawer released by the anaesthetist's order, never in the general dispensing cabinet
Y Y Y PREVENTS | Romilly Nettleship | 2006-12-31 | Buy epidural tubing with connectors that cannot attach to IV lines and remove the old tubing from every ward
N N N PARTIAL | nursing |  | Pay closer attention when giving drugs
Y Y Y PREVENTS | @idris | 2006-09-30 | Configure the infusion pumps so they refuse to start until the bag's bar code has been scanned against the patient's wristband
N Y Y PARTIAL | Korbin Lockyer |  | Look into shift lengths on the labour ward
Y N N PARTIAL | HR | 2007-03-31 | Cap any nurse's working time at 12 hours in 24 across all units, enforced in the rostering system
N N N PARTIAL |  |  | Strengthen the culture of safety
N Y N PARTIAL | labour ward | 2006-09-15 | Remind staff to always read the label
Y Y Y DETECTS | Idris | 2006-10-15 | Audit 50 infusion starts on the labour ward per month and report the share scanned before starting, with a target of 100%
N Y Y PARTIAL | Romilly |  | Consider colour-coding epidural bags
N N N PARTIAL | we |  | Support staff involved in errors
""",
ww="""
C | The obstetric team delivered the baby by emergency caesarean within minutes and the baby survived.
V | The hospital was open and honest with the family.
C | The event was reported to the state within a day, so the other hospitals in the region were warned about look-alike bags.
"""))

# 12. Hokkaido blackout, 6 Sep 2018: an M6.7 quake at 03:08 tripped the Tomato-Atsuma coal plant (about half of the
# island's demand); frequency fell and all thermal plants shut down; island-wide blackout for 2.95 million
# households, the first since the utility was founded in 1951; the 600 MW link to Honshu could not help black start.
S.append(dict(url="https://en.wikipedia.org/wiki/2018_Hokkaido_Eastern_Iburi_earthquake",
people=["Jolanda Sidebottom", "Berend Urquhart", "Anwen Vainikolo", "Mungo Yardley"],
blame="""
B group-blame | The utility's planners put half of the island's supply on one coal plant and called it a grid.
B counterfactual | Had Berend's dispatch team shed load ten seconds faster, the rest of the island would have stayed up.
B failure-verb | dispatch desk make mistake in the load shedding setting, because of this whole island become black
B human-error | Primary cause (our draft, following the ministry's first briefing): human error in supply-demand balancing at the dispatch centre.
B rhetorical-question | who signs off on a grid where one plant tripping takes the whole island down?
B hindsight | After the 2011 disaster it was obvious that one plant this big was a single point of failure, and the planning department should have fixed it.
B nobody-blame | In seven years not one manager thought to test what happens when Tomato-Atsuma drops out at night.
B character | Those executives cared more about coal economics than about people in the dark.
O system-failure | When the three Tomato-Atsuma units tripped, the under-frequency relays failed to shed load as fast as frequency fell, and the other thermal plants disconnected to protect themselves.
O neutral-fact | About 2.95 million households lost power, the first island-wide blackout since the utility's founding in 1951.
O system-should | The grid should have kept enough fast reserve or interconnection to ride through the loss of its largest plant.
O policy-subject | The reserve rules sized spinning reserve for the loss of one unit, not of a whole three-unit station at once.
O actor-neutral | Jolanda has started the hydro units of the list at 04:30 for making a small island of supply around Sapporo.
O org-subject | The ministry told the utility to restart the coal plant within hours, but the boiler tubes were damaged and it took days.
O system-counterfactual | If the link to Honshu had been able to start a dead grid, restoration could have begun from the mainland within hours.
O quoted-question | Question for the committee: what did the last contingency study assume about a station with three units on one site?
""",
actions="""
Y Y N PREVENTS | grid planning | 2019-03-31 | Raise the under-frequency load shedding volume so that losing 1,650 MW at night leaves frequency above 48.5 Hz, checked by dynamic simulation
Y Y Y PARTIAL | Anwen Vainikolo | 2019-03-31 | Commission the 300 MW extension of the Honshu link with converters that can energise a dead network
N N N PARTIAL | we |  | Make the grid stronger
Y Y Y DETECTS | @mungo | 2018-12-31 | Alarm the control room when spinning reserve falls below the output of the largest running station on site, not the largest unit
N Y N PARTIAL | restoration team |  | Review black start procedures
Y Y N PARTIAL | operations | 2018-11-30 | Write and drill a black start plan from the hydro stations in each region, with the target of 50% of load restored within 12 hours
N N N PARTIAL | the utility |  | Reduce dependence on one plant
Y Y Y PARTIAL | Berend | 2018-10-31 | Cap Tomato-Atsuma's output during low-demand hours to the level the reserve can cover, as a rule in the dispatch system
N Y Y PARTIAL | Jolanda |  | Look into faster restarts for coal units
Y Y N PARTIAL | customer operations | 2018-10-15 | Publish the restoration status by municipality every hour on the website and by radio
N Y N DETECTS | dispatch | 2018-10-01 | Keep a closer watch on frequency during nights
""",
ww="""
V | Everyone at the utility rose to the challenge.
C | The hydro units started without outside power, so Sapporo got its first supply back about 12 hours after the quake.
V | The public were patient and understanding.
"""))

# 13. VA Mann-Grandstaff, Spokane, new EHR from Oct 2020: orders whose routing did not match went to an "unknown
# queue" with no alert to the ordering clinician; >11,000 orders Oct 2020 - Jun 2021; 149 patient harm events found;
# the vendor had not told VA about the queue; >200 orders in the queue again in May 2022.
S.append(dict(url="https://www.fiercehealthcare.com/health-tech/va-watchdog-finds-software-flaw-oracle-cerner-ehr-led-patient-harm",
people=["Lisette Zeldovich", "Rainer Ambler", "Petronella Frobisher", "Vasco Gathercole"],
blame="""
B failure-verb | The vendor's project lead never told anyone at the hospital that an unknown queue existed.
B passive-agent | The queue was switched on by Rainer during build without any owner ever being assigned to work it.
B counterfactual | If Lisette had checked where referrals went after go-live, eleven thousand orders would not have vanished.
B group-blame | The go-live team rushed the deployment to meet their milestone and left the clinicians to find the holes.
B sarcasm | "awkwardly named" is a creative way to describe a black hole that ate eleven thousand referrals
B competence | Whoever configured the order routing plainly had no idea how a VA referral actually works.
B implicit | Big thanks to the pharmacists who kept a spreadsheet of missing referrals, doing the job the implementation people should have done.
B rhetorical-question | how does a records system go live with a bin for lost orders and nobody whose job is to empty it?
O system-failure | Orders whose routing information did not match a known location went into the unknown queue, and the system failed to alert the ordering clinician that the order had not arrived.
O neutral-fact | From go-live in October 2020 to June 2021 more than 11,000 orders went to the unknown queue, most of them imaging orders.
O system-should | The record system should have told the ordering clinician whenever one of their orders could not be routed.
O org-subject | The inspector general found the vendor had not informed end users that the unknown queue existed.
O actor-neutral | Petronella noticed in June 2021 that a batch of imaging orders had never reached radiology and opened a patient safety report.
O policy-subject | The deployment plan had no step for monitoring orders that failed to route, so nobody's work list included the queue.
O meta-blameless | The hearing kept returning to who knew about the queue, while the queue itself kept filling, with over 200 orders in May 2022.
O quoted-question | Review question: which report would have shown the clinic that orders were arriving at half the expected rate?
""",
actions="""
Y Y N PREVENTS | EHR configuration | 2021-09-30 | Block signing of any order without a resolved destination and show the clinician the routing error at the moment of ordering
Y Y Y DETECTS | Petronella Frobisher | 2021-07-31 | Run a daily report of every order in the unknown queue and assign each to a named clinician for action within one business day
N N N PARTIAL | the vendor |  | Be more transparent with the VA
Y Y Y PARTIAL | Vasco | 2021-08-31 | Review all 11,000 orders from the unknown queue against patient records and record for each whether care was delivered, with harm cases sent to patient safety
N Y Y PARTIAL | Lisette Zeldovich |  | Look into order routing issues
Y N N DETECTS | EHR program office | 2022-06-30 | Make a daily unknown queue count a go-live exit criterion at every future site, with go-live paused if more than 20 orders sit unworked over 48 hours
N N N PARTIAL |  |  | Fix the new health record
N Y N PARTIAL | clinical informatics | 2021-10-31 | Improve training for order entry
Y Y Y PARTIAL | @rainer | 2021-08-15 | Add the unknown queue to the clinical informatics on-call work list with a documented owner and an escalation path in the runbook
N Y N PARTIAL | we | 2021-12-31 | Keep leadership informed of safety issues
N N N PARTIAL | leadership |  | Put patient safety first
""",
ww="""
C | A pharmacist's spreadsheet of referrals that never arrived gave the safety team the first list of patients to call.
V | Clinicians went above and beyond during the go-live.
C | The weekly safety huddle added the unknown queue count to its board, so the May 2022 build-up was seen within days.
"""))

# 14. Commonwealth Bank deposit machines (IDMs): rolled out May 2012; after an unrelated software update in late 2012
# a coding error stopped the machines creating threshold transaction reports; 53,506 reports of cash deposits of
# A$10,000 or more not sent on time, Nov 2012 - Sep 2015; no risk assessment before rollout; A$700m penalty in 2018.
S.append(dict(url="http://cdn.computerworld.com.au/article/625709/commonwealth-bank-blames-coding-error-money-laundering-case/",
people=["Calla Hindmarsh", "Pallas Jowett-Uko", "Verity Tennyson-Aka", "Kieran Grimaldi-Oso"],
blame="""
B failure-verb | The release engineer broke threshold reporting with the 2012 update and nobody noticed for three years.
B group-blame | Compliance at that bank was a rubber stamp; they waved the machines through without a single risk assessment.
B passive-agent | The reporting flag was dropped by Pallas's change in late 2012, in a patch that was supposed to be unrelated.
B counterfactual | Had Calla compared report counts against cash deposits even once in 2013, the gap would have been found in weeks.
B hindsight | With deposits rising from millions to billions it was obvious that something was off, and the AML team should have looked years earlier.
B character | Management only cared about rolling out machines, not about who used them.
B human-error | Cause (board paper, para 2): an unintentional coding error made by staff during a software update.
B role-blame | The head of financial crime signed the annual compliance attestation three years running without checking a single report.
O system-failure | After the late-2012 software update the deposit machines failed to create threshold transaction reports for cash deposits of A$10,000 or more.
O neutral-fact | Between November 2012 and September 2015 about 53,506 threshold reports were not sent on time, worth about A$625 million.
O system-should | The reporting pipeline should have raised an alarm when the machines' cash deposits stopped producing threshold reports.
O policy-subject | The rollout checklist for new channels had no step for a money laundering risk assessment before launch.
O error-term | The bank's statement called it a coding error that meant the machines did not create the reports needed.
O actor-neutral | Verity found the gap in 2015 while matching machine deposit logs against the reports sent to the regulator.
O org-subject | The regulator's statement of claim said the bank did no risk assessment of the machines before they were rolled out.
O agentless-passive | The missing reports were sent to the regulator within a month of the discovery and the code was fixed.
""",
actions="""
Y Y N DETECTS | financial crime ops | 2017-12-31 | Reconcile daily the count of cash deposits of A$10,000 or more on every channel against threshold reports created, and page on any mismatch
Y Y Y PREVENTS | Kieran Grimaldi-Oso | 2017-11-30 | Add an automated test to the deposit machine release pipeline that makes a A$10,000 test deposit and fails the build if no threshold report is produced
N N N PARTIAL | the bank |  | Take compliance more seriously
Y Y Y PARTIAL | Verity | 2017-10-31 | Limit cash deposits by non-customer cards at the machines to A$10,000 per card per day, enforced in the machine software
N Y Y PARTIAL | Pallas Jowett-Uko |  | Go back over the late-2012 machine release
Y N N PREVENTS | risk | 2018-06-30 | Require a signed money laundering risk assessment before any new channel or product goes live, held in the product approval system
N N N PARTIAL |  |  | Fix the AML program
N Y N PARTIAL | AML team | 2017-12-15 | Monitor deposit machines more closely
Y Y Y DETECTS | @calla |  | Alert the AML team when any account receives more than 5 cash deposits just under A$10,000 within 7 days
N Y N PARTIAL | we | 2018-03-31 | Engage with the regulator on the findings
N N N PARTIAL | board |  | Improve oversight of operational risk
""",
ww="""
C | Matching the machine logs to the reports sent found the gap, and the missing reports were filed within a month.
V | Great collaboration with the regulator.
C | The machine software fix was one change, so threshold reports resumed for all machines on the same day.
"""))

# heldout19 rules data (see ../rules/SOURCES-heldout19.md). All people invented; no real person is named.
# 12 incidents: 6 software / games / open source (Diablo III launch 2012, Debian OpenSSL 2008, Apple "goto fail" 2014,
# Foursquare/MongoDB 2010, Ma.gnolia 2009, Zune 30GB leap-year freeze 2008) and 6 outside software (Hyatt Regency
# walkway 1981, Maple Leaf Foods listeriosis 2008, BBC Newsnight 2012, Duke transplant blood-type mismatch 2003, Eschede
# ICE derailment 1998, 2010 World Cup disallowed goal). Styles vary: chat notes, timeline rows, report prose,
# non-native English, fragments, long sentences with subordinate clauses.
S = []

# 1. Diablo III launch, 15 May 2012 (login servers overloaded, "Error 37", emergency maintenance in the first hours).
S.append(dict(url="https://en.wikipedia.org/wiki/Diablo_III",
people=["Eulalio Dunstable", "Yesenia Brightwater", "Brisco Whitlock-Osei", "Idony Ludgate"],
blame="""
B failure-verb | eulalio signed off the login capacity at launch-day numbers from the beta and never updated them, so yeah
B passive-agent | The auth cluster sizing was approved by Eulalio without the preorder figures, which were on the same wiki page.
B counterfactual | If Yesenia had pushed the queue feature instead of arguing for it in a doc we'd have had a waiting room, not Error 37.
B human-error | Primary cause: a capacity planning mistake by the platform team.
B sarcasm | love how ops "planned" for midnight launch by planning to be asleep lol
B rhetorical-question | How does a studio with twelve years of online launches forget that everyone logs in at 00:01?
B competence | Frankly the people who did the load test don't understand what a launch spike is.
B group-blame | Platform team dropped the ball on login, again, and players let us know for three days.
B repeat-offender | 23:58 - Eulalio again the one approving the launch capacity, same as the last expansion
B sanction | Brisco is taken off launch planning for the next title, decided by the producers this morning.
O actor-neutral | Brisco put the login servers into emergency maintenance at 01:40 to shed load while the cluster recovered.
O system-failure | The authentication service failed to queue logins once its connection pool was full and returned Error 37 to every new attempt.
O policy-subject | Our launch checklist takes the capacity target from beta concurrency and has no line for preorder volume.
O system-should | The client should have backed off and retried with jitter instead of hammering login every few seconds.
O meta-blameless | Pls no names in the capacity section, Eulalio used the numbers the process gave him; ask why the process gave those.
O credit | Idony spotted the login error rate climbing at 00:04 and paged the auth on-call before the forums lit up.
O neutral-fact | Near miss: the character database stayed under 60% CPU, had it tipped over we would have been restoring saves, not just logins.
O quoted-question | Retro question: what signal from the preorders could have reached the capacity plan, and who reads it?
O agentless-passive | Extra login capacity was brought online in Europe on the second day and the error rate fell under 1%.
O org-subject | The producers agreed to hold the Asian launch window until the login fix had run through a full evening peak.
""",
actions="""
Y Y Y PREVENTS | Eulalio Dunstable | 2012-06-15 | Load-test the login service at 3x the preorder count and record that error 37 stays under 0.5% for 30 minutes
Y Y N PREVENTS | Platform team | 2012-07-01 | Add a login queue that holds clients with their place shown and admits them at the rate the auth cluster can serve
N N N PARTIAL | we |  | Do better at launches
Y Y Y DETECTS | Idony Ludgate | 2012-06-01 | Page the auth on-call when login error rate exceeds 5% for 2 minutes, and test the page on staging
N Y N PARTIAL | ops |  | Review capacity for next expansion
Y Y N PREVENTS | Client team | 2012-06-20 | Ship a client patch whose login retries back off exponentially from 5 s to 5 min with jitter
N N N PARTIAL |  |  | Make login more robust
Y Y Y PARTIAL | Yesenia Brightwater | 2012-06-10 | Add the preorder count and its date as a required field in the launch capacity template and block sign-off while it is blank
N Y Y PARTIAL | Brisco | 2012-06-30 | Look at options for an offline mode
N N N DETECTS | everyone |  | Keep an eye on the forums on launch night
Y N N DETECTS | NOC |  | Post a status update within 15 minutes of any login error spike above 10%, every launch
N Y N PARTIAL | producers | 2012-08-01 | Rethink the launch-day schedule
Y Y Y PREVENTS | Brisco Whitlock-Osei | 2012-07-15 | Split authentication from the character service so a login surge cannot exhaust the character DB connections, verified in a failover drill
N N Y PARTIAL | Idony |  | Talk to players more during outages
""",
ww="""
V | The whole team pulled together on launch night.
C | Emergency maintenance at 01:40 held the character database under 60% CPU while logins recovered.
V | Players were really patient with us.
C | The status page was updated 9 times in the first 12 hours, each within 20 minutes of the last change.
"""))

# 2. Debian OpenSSL, 2006-2008 (two lines commented out of md_rand.c to silence Valgrind left the PRNG seeded only by the
# PID; keys generated on Debian and Ubuntu for ~20 months were predictable; DSA-1571, May 2008). Mailing list + advisory.
S.append(dict(url="https://www.debian.org/security/2008/dsa-1571",
people=["Ciaran Cheverell", "Magdalene Waldegrave", "Reuben Ottoway", "Dervla Amadi-Stroud"],
blame="""
B failure-verb | Ciaran commented out the seeding line and didn't bother to ask upstream properly, and two years of keys are garbage.
B passive-agent | The patch was applied to the package by Ciaran after one vague reply on the openssl-dev list.
B counterfactual | None of this would have happened if the maintainer had just left Valgrind warnings alone.
B competence | Any competent crypto person would know you do not touch md_rand.c to make a memory checker quiet.
B rhetorical-question | who patches the random number generator of a security library because a debugging tool complains??
B group-blame | The Debian maintainers think they know better than upstream, that's the culture that produced this.
B hindsight | It was plain from the diff that the entropy went away, and a reviewer should have seen it in 2006.
B character | Magdalene is careless with security packages, I have said it on this list before.
B nobody-blame | Nobody in twenty months could be bothered to look at why so many keys collided.
B mistake-attribution | It's Ciaran's patch, Ciaran's bug, end of story.
O actor-neutral | Ciaran removed the two MD_Update calls in 2006 after asking on the upstream list whether doing so would affect the generator.
O system-failure | With those calls gone the generator's only varying input was the process ID, so at most 32,768 keys existed per type and size.
O policy-subject | The Debian process allowed a maintainer to carry a patch to a crypto library with no review from its authors.
O system-should | The package should have had a test that generates keys in two runs and fails if they come out equal.
O meta-blameless | Calling him incompetent in this thread will make the next maintainer hide a patch, not ask about it.
O credit | Reuben noticed the duplicate keys while testing and reported it privately to the security team before publishing.
O error-term | "human error" does not explain why a two-line change to the generator passed two releases unnoticed.
O self-report | I reviewed that package in 2007 and read the diff as a warning fix; I did not know what those lines did.
O agentless-passive | Blacklists of the weak keys were published with the advisory and ssh-vulnkey was shipped to find them.
O org-subject | Upstream's list was at that time the wrong place for packagers' questions, and its developers said so later.
""",
actions="""
Y Y Y PREVENTS | Dervla Amadi-Stroud | 2008-06-30 | Add a package test that generates 2 RSA keys in separate processes and fails the build if they are identical
Y Y N PREVENTS | security team | 2008-05-20 | Ship ssh-vulnkey and openssl-blacklist in all supported releases and make sshd refuse blacklisted host keys
N N N PARTIAL | we |  | Communicate more with upstream projects
Y Y Y PARTIAL | Reuben Ottoway | 2008-07-15 | Require an upstream developer's ack, linked in the changelog, for any Debian patch touching crypto/rand in OpenSSL
N Y Y PARTIAL | Magdalene |  | Audit other Debian patches to OpenSSL
N N N PARTIAL | maintainers |  | Be more careful with security-sensitive packages
Y Y N DETECTS | DSA | 2008-05-31 | Publish the list of weak key fingerprints for 1024, 2048 and 4096 bit RSA and DSA so admins can check their hosts
N Y N PARTIAL | release team | 2008-09-01 | Discuss policy on Valgrind suppressions
Y N N DETECTS | key servers |  | Reject uploads of any key whose fingerprint appears in the weak key blacklist, from now on
N N Y PARTIAL | Ciaran | 2008-06-15 | Write up lessons learned
Y Y Y PREVENTS | Ciaran Cheverell | 2008-06-01 | Revert the md_rand.c change and add a Valgrind suppression file instead, tested by a clean Valgrind run on the test suite
N N N DETECTS |  |  | Monitor for similar issues
Y Y N PARTIAL | Ubuntu security | 2008-05-16 | Regenerate the SSH host keys on every supported Ubuntu image and confirm none matches the blacklist
N Y N PARTIAL | we | 2008-08-01 | Clarify who upstream is for OpenSSL questions
""",
ww="""
C | The advisory shipped with blacklists and a detection tool on the same day, so admins could find weak keys at once.
V | The security team handled it very professionally.
C | Reuben's private report gave distributions 5 days to prepare fixed packages before disclosure.
V | Good cooperation across distributions.
"""))

# 3. Apple "goto fail", Feb 2014 (a duplicated goto in SSLVerifySignedServerKeyExchange skipped the signature check for
# TLS ServerKeyExchange in iOS 6/7 and OS X 10.9; fixed in iOS 7.0.6 and OS X 10.9.2). Code review thread + report.
S.append(dict(url="https://www.imperialviolet.org/2014/02/22/applebug.html",
people=["Ulrich Vanterpool", "Oriana Blackmoor", "Hieronymus Castellane", "Saoirse-Lynn Wakeling"],
blame="""
B failure-verb | Ulrich pasted the goto line twice in the merge and missed it when he reviewed his own diff.
B passive-agent | The duplicate line was introduced by Ulrich during a refactor that had nothing to do with signatures.
B counterfactual | had Oriana actually read the diff instead of rubber-stamping it, the second goto is right there on screen
B human-error | root cause = copy/paste error by the engineer
B sarcasm | nice to know our TLS is protected by the honour system for 18 months, thanks reviewers
B rhetorical-question | Did anybody on that team even look at the compiler warnings before shipping a security release?
B role-blame | The reviewer was asleep at the wheel on a file that decides whether a connection is secure.
B self-blame | I approved that change; I should have caught it and I didn't, that's on me and nobody else.
B timeline-blame | 2012-09 - Ulrich merges the refactor with the stray goto, review by Oriana passes it in minutes
B implicit | Praise to Saoirse-Lynn for reading the file carefully, which is more than the original reviewer did.
O actor-neutral | Ulrich merged the refactor in September 2012 as part of a larger change to the handshake code.
O system-failure | The second goto always jumped to the cleanup label with err still 0, so the signature check was skipped and the handshake reported success.
O policy-subject | Our C style allows an if without braces, which lets a duplicated statement look like it belongs to the condition.
O system-should | The build should have failed on the unreachable code after the duplicated jump.
O meta-blameless | Let's stop counting who approved what; one reviewer reading a 1,900-line diff is the thing to fix.
O credit | Hieronymus wrote a test with a server that signs with the wrong key, and it failed on the old build and passed on the fix.
O neutral-fact | Near miss: clients pinning certificates were not affected, so the update channel itself stayed safe.
O quoted-question | "Why was there no negative test for ServerKeyExchange?" is the question for the section on test coverage.
O system-counterfactual | With -Wunreachable-code on in the release build, the compiler would have flagged the dead signature check.
O agentless-passive | The fix was shipped for iOS on a Friday and for OS X four days later.
""",
actions="""
Y Y Y PREVENTS | Hieronymus Castellane | 2014-03-15 | Add a TLS test server that sends a ServerKeyExchange signed with the wrong key and fail CI unless the client aborts the handshake
Y Y N PREVENTS | Security engineering | 2014-04-01 | Turn on -Wunreachable-code and -Werror for the SSL sources and fix every warning it raises
N N N PARTIAL | we |  | Take code review more seriously
Y Y Y PREVENTS | Oriana Blackmoor | 2014-03-31 | Make clang-format enforce braces on every if in libsecurity_ssl and reject commits that fail the check
N Y N PARTIAL | QA |  | Increase test coverage of the TLS stack
N N N DETECTS |  |  | Better static analysis
Y Y N DETECTS | Build team | 2014-03-20 | Run the static analyser on every commit to the SSL sources and block the merge on any new dead-code finding
N Y Y PARTIAL | Ulrich | 2014-04-15 | Double-check other goto usages in the handshake code
Y N N PARTIAL | reviewers |  | Require two approvals, one from the security group, on every change to files under libsecurity_ssl, ongoing
N N N PARTIAL | engineering |  | Rethink our use of goto
Y Y Y DETECTS | Saoirse-Lynn Wakeling | 2014-05-01 | Add the x509 and TLS suites from an open test corpus to nightly runs and report failures to the security list
N Y N PARTIAL | Security engineering | 2014-06-01 | Look into fuzzing
Y Y N PARTIAL | Release team | 2014-03-10 | Publish the fix for OS X 10.9 within 7 days of the iOS update and state the gap in the advisory
N N Y PARTIAL | Oriana |  | Make reviews less rushed
""",
ww="""
V | Great response from the security team once it was found.
C | The negative-signature test written during the incident now runs on every commit and fails on the old code.
V | Everyone worked very hard on the patch.
C | The iOS fix went out within 2 days of confirmation, with a test that reproduced the bypass.
"""))

# 4. Foursquare, 4-5 Oct 2010 (one MongoDB shard ran out of RAM as check-ins grew unevenly; adding a shard did not move
# data because chunks were fragmented; ~11 hours down, then a second outage the next day). Retro chat + post-mortem.
S.append(dict(url="https://groups.google.com/g/mongodb-user/c/UoqU8ofp134",
people=["Amadeo Ishikawa-Lowe", "Fidelma Treadgold", "Uriah Fairbrass", "Carys Mowbray-Adu"],
blame="""
B failure-verb | amadeo ignored the memory graph on shard0 for two weeks, it was at 95% on every dashboard
B passive-agent | The decision to keep one shard on 66 GB was made by Fidelma, who wanted to save the cost of a bigger box.
B counterfactual | If ops had added the shard a week ago when it was first raised, we'd have had a slow day at worst.
B group-blame | ops team just not watching the thing that matters
B sarcasm | the "scale later" plan worked great, we scaled straight to zero
B rhetorical-question | why are we finding out a shard is out of RAM from users tweeting at us???
B hindsight | It was obvious that the check-in collection would outgrow one machine, anybody looking at the growth curve could see it.
B competence | Uriah clearly doesn't understand how Mongo balances chunks, otherwise he wouldn't have added a shard and waited.
B human-error | cause of the second outage: operator error during the recovery
B sanction | from now on Amadeo doesn't touch the prod cluster without Carys on the call
O actor-neutral | Uriah added a third shard at 14:00 and started the balancer to move chunks off shard0.
O system-failure | The balancer moved chunks but freed no memory, because the documents left behind were spread across every page.
O system-should | The database should have told us that a migrated chunk does not shrink the resident set on the source shard.
O policy-subject | Our capacity review looked at disk use per shard and had no line for working-set size in RAM.
O meta-blameless | i know everyone's fried but can we write "the alert didn't exist" instead of "amadeo didn't see it"
O credit | Carys proposed the compaction on a replica, which is what finally brought shard0's memory down.
O neutral-fact | the check-in collection grew unevenly, shard0 holding about 66 GB vs 50 GB on the other one
O quoted-question | retro: what number would have told us shard0 was close to the edge, and where was it?
O org-subject | 10gen's engineers joined the call in the evening and confirmed the fragmentation behaviour.
O agentless-passive | The site was brought back in read-only mode and then with writes after about eleven hours.
""",
actions="""
Y Y Y DETECTS | Carys Mowbray-Adu | 2010-10-20 | Alert when any shard's resident memory exceeds 80% of physical RAM for 10 minutes, and page the on-call
Y Y N PREVENTS | ops | 2010-11-01 | Add a fourth shard and rebalance so no shard holds more than 40% of check-in data, checked in the weekly report
N N N PARTIAL | we |  | Get ahead of capacity next time
Y Y Y PREVENTS | Uriah Fairbrass | 2010-10-15 | Write and rehearse a runbook for compacting a shard on a replica and swapping it in, timed under 2 hours
N N N PARTIAL | ops |  | Monitor shard0 closely
N Y Y PARTIAL | Amadeo | 2010-10-31 | Investigate other shard keys
Y N N DETECTS | on-call |  | Post to the status blog within 20 minutes of any check-in outage longer than 5 minutes, every time
N N N PARTIAL |  |  | Make Mongo more reliable
Y Y N PARTIAL | 10gen | 2010-11-15 | Add online compaction to the database so a shard's memory drops after chunks move off it
N Y N DETECTS | everyone | 2010-10-22 | Familiarise ourselves with MongoDB internals
Y Y Y PARTIAL | Fidelma Treadgold | 2010-10-12 | Get budget approval for 2 spare 128 GB machines kept racked for emergency shards
N N Y PARTIAL | Carys |  | Keep improving the dashboards
Y Y N PREVENTS | backend team | 2010-11-30 | Change the check-in shard key to spread new writes evenly and prove it with a 48-hour replay of production traffic
N Y N PARTIAL | product | 2010-12-01 | Talk about degraded-mode features
""",
ww="""
C | Read-only mode kept the site browsable for users while shard0 was compacted.
V | The team did a great job under pressure.
C | The post-mortem was public within 3 days and explained the fragmentation in enough detail for other MongoDB users.
V | Nice collaboration with the database vendor.
"""))

# 5. Ma.gnolia, 30 Jan 2009 (database corruption; backups had also synced the corruption; most bookmarks lost; service
# closed, Ma.gnolia rebuilt as Gnolia). Founder's notes + user forum.
S.append(dict(url="https://en.wikipedia.org/wiki/Gnolia",
people=["Jarvis Colquhoun", "Tabitha Sallowby", "Aldric Halloway", "Verity Drummond-Achebe"],
blame="""
B failure-verb | Jarvis never tested a single restore in three years of running the place.
B passive-agent | The backup setup was designed by Jarvis on his own over a weekend and never looked at again.
B counterfactual | Had the founder spent a bit of the hosting budget on an offsite copy, our bookmarks would still exist.
B competence | A bookmarking site run by one guy who clearly did not know how backups work, what did we expect.
B rhetorical-question | You sync the corrupt database onto your backup and call that a backup?
B character | tabitha is arrogant about ops, told us on this forum that data loss "can't happen here"
B group-blame | They were amateurs running a service for thousands of people.
B nobody-blame | not one person involved checked whether the copies were any good, ever
B mistake-attribution | This one is Jarvis's mistake and his alone.
B implicit | Thanks to Aldric for recovering what he could from search caches, unlike the people who lost it.
O actor-neutral | Jarvis took the site offline on 30 January after the database files were found corrupted.
O system-failure | The backup process copied the database files as they were, so the corruption reached the backup disks too.
O policy-subject | No procedure required a restore test, and nothing checked that a backup could be read back.
O system-should | The backup job should have kept older generations rather than overwriting the only copy each run.
O meta-blameless | Naming who built the backups won't bring back one bookmark; the setup had a single point of failure and that is the finding.
O credit | Aldric wrote a script that rebuilt about a fifth of users' bookmarks from cached pages and RSS feeds.
O neutral-fact | Near miss in 2008: a disk failed and the copy worked, which is why nobody looked at the backups again.
O quoted-question | What would a restore test in 2008 have shown, and who would have run it?
O self-report | I ran the forum and assumed backups were offsite; I never asked and no one told me.
O org-subject | The data recovery specialists reported the files could not be repaired.
""",
actions="""
Y Y Y PREVENTS | Jarvis Colquhoun | 2009-03-01 | Keep 14 daily database dumps on a second host in another city and restore one each week, logging success
N N N PARTIAL |  |  | Never lose data again
Y Y N DETECTS | ops | 2009-02-20 | Checksum every dump after writing and alert if it differs from the verify run or the file is under 80% of yesterday's size
N Y Y PARTIAL | Tabitha | 2009-03-15 | Research better backup software
Y Y Y PARTIAL | Aldric Halloway | 2009-02-15 | Publish the recovery tool and a page telling users how to import the recovered bookmarks
N N N PARTIAL | we |  | Take ops seriously
N Y N PARTIAL | founders | 2009-04-01 | Think about hosting with a bigger provider
Y N N DETECTS | whoever is on ops duty |  | Run a full restore into a scratch server on the first Monday of every month and post the result
N N Y DETECTS | Verity |  | Be alert to signs of corruption
Y Y N PREVENTS | founders | 2009-05-01 | Move the database to a replicated setup with point-in-time recovery of at least 7 days
N Y N PARTIAL | community | 2009-02-28 | Gather feedback on what to rebuild first
Y Y Y PARTIAL | Verity Drummond-Achebe | 2009-03-10 | Add a one-click export of each user's bookmarks as HTML and JSON, linked from the account page
N N N PARTIAL | everyone |  | Back up our own data
Y Y N DETECTS | ops | 2009-03-05 | Run the database integrity check nightly and page on any error
""",
ww="""
V | Our users were amazing through all this.
C | The recovery script restored bookmarks for about 20% of users from search caches within two weeks.
V | Honest communication from the founder.
C | The site showed a static notice within an hour of going down, so users were not left on an error page.
"""))

# 6. Microsoft Zune 30GB, 31 Dec 2008 (a loop in the clock driver never ended on day 366 of a leap year; devices froze
# on boot until the next day). Support forum + internal retro.
S.append(dict(url="https://en.wikipedia.org/wiki/Zune",
people=["Marcellus Brackley", "Renske Abbotsford", "Yorick Moreno-Frey", "Faustyna Ravenhill"],
blame="""
B failure-verb | the vendor's driver dev forgot leap years exist, that's the bug
B passive-agent | The year-conversion loop was written by Marcellus years ago and nobody touched it after.
B counterfactual | If Renske had tested a Dec 31 date on a leap year in QA, we would not have a million frozen players today.
B group-blame | QA skipped calendar edge cases for the whole firmware line, as usual.
B sarcasm | happy new year from the firmware team, your music will resume in 2009
B rhetorical-question | seriously, how do you ship a clock driver and not test Feb 29 or Dec 31?
B competence | This is a junior mistake that a senior engineer would never make.
B hindsight | Everybody knew leap years were a classic trap, so testing it should have been obvious to whoever owned the driver.
B human-error | Root cause: human error in third-party driver code.
B role-blame | the driver owner is the one to answer for this, full stop
O actor-neutral | Yorick posted the support note at 10:00 telling owners to let the battery run down and wait until after noon GMT on 1 January.
O system-failure | The clock driver's loop only exited when the day count fell to 365 or below, so on day 366 it spun forever at boot.
O system-should | The boot code should have timed out of the clock setup and started with a default date.
O policy-subject | The firmware test plan covered time zones and daylight saving but listed no leap-year dates.
O meta-blameless | I'd rather the write-up say the loop had no exit for day 366 than name who typed it in 2006.
O credit | Faustyna reproduced the freeze on a bench unit by setting its clock to 31 December 2008 within 40 minutes.
O neutral-fact | Only the 30 GB model used that driver; the newer models were not affected.
O quoted-question | "How many other date loops run at boot?" is the question for the driver audit.
O agentless-passive | The issue cleared on its own at 00:00 GMT on 1 January once the day count rolled over.
O system-counterfactual | A unit test that stepped the date through every day of 2008 would have hung on the last one.
""",
actions="""
Y Y Y PREVENTS | Faustyna Ravenhill | 2009-02-01 | Add a firmware test that boots with the clock set to Feb 29 and Dec 31 of 2008, 2012 and 2016 and fails if boot exceeds 30 s
Y Y N PREVENTS | Driver vendor | 2009-01-31 | Replace the day-count loop with a bounded calculation and supply the patched driver with its test log
N N N PARTIAL | we |  | Take more care with date handling code
Y Y Y DETECTS | Yorick Moreno-Frey | 2009-01-15 | Add an alert on support forum posts containing "freeze" or "frozen" above 50 per hour, routed to the device on-call
N Y N PARTIAL | QA |  | Review test plans for edge cases
N N N PARTIAL |  |  | Improve firmware quality
Y Y N PREVENTS | firmware team | 2009-03-01 | Add a boot watchdog that restarts clock setup with a default date if it does not finish within 5 seconds
N Y Y PARTIAL | Marcellus | 2009-02-15 | Look at other vendor drivers
Y N N PARTIAL | release management |  | Run the calendar edge-date suite on every firmware build before release, permanently
N N N DETECTS | support |  | Respond faster to customers
Y Y Y PARTIAL | Renske Abbotsford | 2009-01-20 | List every loop that runs before the UI starts, with its exit condition, and file a bug for each without a bound
N Y N PARTIAL | partners | 2009-04-01 | Discuss code review expectations with vendors
Y Y N PREVENTS | firmware team | 2009-01-10 | Ship firmware 3.1.1 with the fixed driver to all 30 GB units through the next sync
N N Y PARTIAL | Renske |  | Guarantee no repeat of the freeze
""",
ww="""
V | Support handled the day well.
C | The workaround note was posted within 4 hours of the first reports and was linked from the Zune home page.
V | Great effort from everybody on a holiday.
C | The bench reproduction at the 40-minute mark confirmed the leap-year cause before any firmware was changed.
"""))

# 7. Hyatt Regency Kansas City, 17 Jul 1981 (the walkway hanger design was changed from continuous rods to two offset rods,
# doubling the load on the fourth-floor box beam connection; 114 dead). Engineering review notes + board report prose.
S.append(dict(url="https://en.wikipedia.org/wiki/Hyatt_Regency_walkway_collapse",
people=["Rainier Tremayne-Ola", "Nerys Pemberton-Oduya", "Fitzgerald Stallbrass", "Ottilia Throssell"],
blame="""
B failure-verb | The engineer of record failed to check the fabricator's change to the hanger rods before stamping the shop drawings.
B passive-agent | The double-rod detail was approved by Rainier over the telephone without a single calculation.
B counterfactual | Had Nerys run the numbers on the revised connection, she would have seen it carried twice the load.
B group-blame | The design office treated shop drawings as paperwork and the result was 114 people dead.
B competence | no structural engineer worth the title signs a connection he has not calculated
B hindsight | Once the roof of the atrium collapsed during construction, anyone with sense would have re-checked every connection in that space.
B sanction | The licences of the engineer of record and his project engineer were revoked by the state board.
B rhetorical-question | How many signatures does a drawing need before one of the signers actually looks at it?
B timeline-blame | Feb 1979 - fabricator asks to change rods; Rainier agrees on the phone, no calcs, no memo
B implicit | Fitzgerald raised the connection twice in site meetings, which is two more times than the designers looked at it.
O actor-neutral | Rainier received the fabricator's request in February 1979 and returned the shop drawings with his stamp in the same month.
O system-failure | With the second rod hung from the fourth-floor box beam, its connection carried both walkways and the nut pulled through the beam.
O policy-subject | The contract left the calculation of connections to the fabricator while the engineer's stamp covered the whole drawing.
O system-should | The original single-rod connection should itself have met the building code, and it fell short of the code's capacity even before the change.
O meta-blameless | For the review we describe the hand-offs between designer, fabricator and contractor, not which of them was the worst.
O credit | Ottilia traced the load path from the failed beam and showed in one drawing why the change doubled the force on the nut.
O neutral-fact | About 1,600 people were in the atrium for a tea dance when the second and fourth floor walkways fell.
O quoted-question | Question for the panel: who, under the contract, was meant to calculate a connection changed after design?
O org-subject | The National Bureau of Standards tested replicas of the connection and found it below the building code's capacity.
O agentless-passive | The third-floor walkway was removed and the remaining structure was inspected before the hotel reopened.
""",
actions="""
Y Y Y PREVENTS | Nerys Pemberton-Oduya | 1982-03-01 | Require a signed calculation for every connection changed on shop drawings and refuse the stamp until it is attached
Y Y N PREVENTS | the design office | 1982-06-30 | Recheck every suspended walkway and balcony connection in buildings designed by the firm since 1975 and report any under code capacity
N N N PARTIAL | we |  | Improve communication between designers and fabricators
Y Y N PARTIAL | state board | 1982-12-31 | Amend the licensing rules so the engineer of record is responsible for connection design unless a named engineer accepts it in writing
N Y Y PARTIAL | Rainier | 1982-02-01 | Review procedures for phone approvals
N N N PARTIAL |  |  | Take structural safety more seriously
Y N N DETECTS | site inspectors |  | Photograph every walkway hanger connection at installation and compare it with the stamped detail, on every project
N Y N PARTIAL | contractors | 1982-09-01 | Discuss shop drawing responsibilities at the next industry meeting
Y Y Y PARTIAL | Fitzgerald Stallbrass | 1982-01-15 | Log every change request from fabricators with who approved it, the calculation reference and the date, kept for 10 years
N N Y DETECTS | Ottilia | | Stay alert to load path changes
Y Y N PREVENTS | professional society | 1983-06-01 | Publish a guide with the single-rod and double-rod hanger cases worked, and add it to the licensing exam syllabus
N N N PARTIAL | engineers |  | Engineers to stay vigilant on site
Y Y Y DETECTS | Ottilia Throssell | 1982-04-01 | Load-test a full-size replica of any new hanger connection type to 1.67 times design load before it is used
N Y N PARTIAL | everyone | 1982-05-01 | Look into peer review for atrium designs
""",
ww="""
C | The replica tests reproduced the failure at the load the walkways carried, which settled the cause within months.
V | Rescue crews were outstanding.
C | The hospital triage area set up in the lobby moved the injured out within hours.
V | The investigation was thorough.
"""))

# 8. Maple Leaf Foods listeriosis, summer 2008 (Listeria in two slicers at a Toronto plant; 22 deaths; recall of 220
# products; the company's CEO took public responsibility; federal independent investigation). Plant retro + report prose.
S.append(dict(url="https://en.wikipedia.org/wiki/2008_Canada_listeriosis_outbreak",
people=["Aurora Vintner", "Jovan Fontaine-Bakshi", "Gwendoline Sweetapple", "Cosmo Okonkwo-Hale"],
blame="""
B failure-verb | Sanitation crews didn't clean the inside of the slicers properly, that's where the bacteria lived.
B passive-agent | The positive environmental swabs were dismissed by Aurora as normal background for a plant that size.
B counterfactual | If QA had shut line 8 in June when the first positives came back, nobody would have died.
B human-error | Primary cause: human error in the cleaning of slicing equipment.
B group-blame | the night sanitation crew cut corners for months, everybody on the floor knew it
B competence | Jovan lacked the microbiology background to read a trend in those swab results.
B rhetorical-question | How many positive swabs does it take before a QA manager stops calling them sporadic?
B sarcasm | Sure, "sporadic" positives, every week from the same two machines, very sporadic.
B repeat-offender | Same supervisor as the 2006 audit finding on the slicers, Aurora again.
B sanction | The QA manager was reassigned and the sanitation lead dismissed after the first meeting with the regulator.
O actor-neutral | Aurora logged each positive swab result in the plant system and ordered an extra clean of line 8 each time.
O system-failure | The slicers had rollers and bearings that the standard clean-in-place could not reach, so Listeria survived inside them.
O policy-subject | The plant's procedure treated each positive swab as a single event and had no rule for a run of positives from one line.
O system-should | The slicer design should have allowed the inner parts to be taken apart for cleaning without special tools.
O meta-blameless | I want the report to say the swab data never reached anyone who could see the pattern, not who sat on it.
O credit | Gwendoline matched the outbreak strain to the slicer swabs from line 8 and line 9 within three days of the samples arriving.
O neutral-fact | Near miss: a second plant using the same slicer model had its own positives but no product had left the building.
O quoted-question | "Why did the regulator see none of the swab results?" goes in the section on reporting rules.
O org-subject | The company recalled 220 products and closed the plant for deep cleaning in August.
O system-counterfactual | With a trend alarm on swabs by line, the run of positives would have shown up weeks earlier.
""",
actions="""
Y Y Y DETECTS | Gwendoline Sweetapple | 2008-10-15 | Chart Listeria swab positives per line every week and stop the line automatically after 2 positives in 4 weeks
Y Y N PREVENTS | Engineering | 2008-11-30 | Strip down each slicer weekly to its rollers and bearings, swab the inner parts and record the result on a form kept at the line
N N N PARTIAL | we |  | Strengthen our food safety culture
Y Y N DETECTS | the regulator | 2009-03-31 | Require plants to report every positive Listeria environmental swab on a ready-to-eat line to the inspector within 24 hours
N Y Y PARTIAL | Jovan | 2008-12-01 | Review sanitation training
N N N PARTIAL |  |  | Clean better
Y N N DETECTS | QA lab |  | Test 10 finished packages from every lot of sliced meat for Listeria before release, for all lines
N Y N PARTIAL | management | 2009-01-01 | Look into new slicer vendors
Y Y Y PREVENTS | Cosmo Okonkwo-Hale | 2008-12-15 | Replace the 8 slicers of the affected model with ones that open for full disassembly, and confirm 3 clean swab rounds before use
N N N PARTIAL | plant staff |  | Pay more attention to hygiene
Y Y N PARTIAL | communications | 2008-09-15 | Publish the full recall list with product codes and a phone line answered 24 hours a day until the recall closes
N N Y DETECTS | Aurora |  | Keep a closer eye on swab results
Y Y Y DETECTS | Jovan Fontaine-Bakshi | 2008-11-01 | Send each week's swab summary per line to the plant manager and the food safety director, with any repeat positive in red
N Y N PARTIAL | industry association | 2009-06-01 | Share lessons with other processors
""",
ww="""
V | Leadership took responsibility publicly.
C | The recall covered all 220 products from the plant within 4 days of the strain match.
V | Strong collaboration with public health.
C | Swabbing the inner parts of the slicers on the first teardown found the source the same week.
"""))

# 9. BBC Newsnight, 2 Nov 2012 (a report implied a senior politician was an abuser; he was wrongly identified; a review
# found editorial management failings and basic checks missing; the Director-General resigned). Newsroom chat + review.
S.append(dict(url="https://en.wikipedia.org/wiki/Newsnight",
people=["Valentijn Odunsi-Vaux", "Zdenka Pettifer", "Quintus Eklund", "Henrietta Mbeki-Sorensen"],
blame="""
B failure-verb | Valentijn didn't show the witness a photo of the man, the most basic check in journalism, and ran the piece anyway.
B passive-agent | The film was cleared by Zdenka on a quick phone call while she was on leave.
B counterfactual | If the editor had asked for a right of reply, the whole thing would have fallen apart before broadcast.
B group-blame | the programme's management lost all judgement that week
B competence | These people can no longer be trusted to run an investigation.
B sarcasm | Great job everyone, we managed to defame a man without even naming him.
B rhetorical-question | Who signs off an allegation that serious without asking the accused a single question?
B hindsight | Given the trouble the programme had had weeks earlier, it should have been obvious to the managers to slow down.
B sanction | disciplinary action for the programme editor and deputy, leaving by end of month
B mistake-attribution | It is Quintus's failure of editorial oversight and nothing else.
O actor-neutral | Valentijn filmed the interview with the witness on the Thursday and sent the script to the lawyers on Friday morning.
O system-failure | The editorial chain had three managers away or stepping aside, so approval went to people outside the programme.
O policy-subject | The guidelines require a right of reply for serious allegations but did not say who must confirm it happened.
O system-should | The compliance form should have blocked sign-off until the photo identification and the right of reply were recorded.
O meta-blameless | Sacking the editor answers the press, not the question of why nobody in the chain was placed to say stop.
O credit | Henrietta raised the missing identification check in the Friday meeting and asked for it in writing.
O neutral-fact | The report did not name the man, but online speculation named him within hours.
O quoted-question | "Who owned the final decision?" was asked four times in the review and got four different answers.
O self-report | I was the lawyer on the script; I checked the words for defamation but was not asked about the sourcing.
O agentless-passive | An apology was broadcast the following week and damages were paid.
""",
actions="""
Y Y Y PREVENTS | Henrietta Mbeki-Sorensen | 2012-12-15 | Add a compliance form field for photo identification of any accused person, and block transmission until it is signed
Y Y N PREVENTS | editorial policy | 2013-01-31 | Require a named senior editor present at the programme to approve every investigation that makes a serious allegation
N N N PARTIAL | we |  | Restore trust in our journalism
N Y Y PARTIAL | Zdenka | 2013-01-15 | Review the handling of investigations shared with outside partners
Y N N DETECTS | the lawyers |  | Record in each script review whether the right of reply was offered, and when, for every investigation
N N N PARTIAL |  |  | Be more rigorous
Y Y Y PARTIAL | Quintus Eklund | 2012-12-01 | Write the chain of approval for each investigation, with a named deputy for every person on leave, on the programme's rota page
N Y N PARTIAL | news division | 2013-03-01 | Look again at management structures
N N N DETECTS | everyone |  | Think twice before broadcasting allegations
Y Y N PREVENTS | the programme | 2012-11-30 | Stop all investigations in progress until each is re-checked by an editor from outside the programme
N Y N PARTIAL | HR | 2013-02-01 | Discuss support for staff named in the press
Y Y Y DETECTS | Valentijn Odunsi-Vaux | 2013-01-10 | Keep a source log for each investigation listing every identification method used, reviewed by the editor before broadcast
N N Y PARTIAL | Quintus |  | Improve the programme's culture
Y Y N PARTIAL | training team | 2013-04-30 | Run a half-day course on identification and right of reply for all 60 investigations staff and record attendance
""",
ww="""
V | Staff behaved with great dignity during a hard month.
C | The correction and apology aired in the next edition, 7 days after the report.
V | The review team was very thorough.
C | The review published the full approval chain with times, so each hand-off could be examined.
"""))

# 10. Duke University Hospital, Feb 2003 (a heart-lung transplant used organs of blood type A for a type O patient; no step
# in the chain checked compatibility; a second transplant failed and the patient died). Clinical review + internal notes.
S.append(dict(url="https://en.wikipedia.org/wiki/Jes%C3%ADca_Santill%C3%A1n",
people=["Ermengarde Stroud-Ikeda", "Matthias Brennand", "Wilma Quaresma", "Jedidiah Poltimore"],
blame="""
B failure-verb | Dr Brennand accepted the organs without checking the blood type against his own patient's.
B passive-agent | The match was never confirmed by the coordinator, who assumed the organ bank had done it.
B counterfactual | Had Ermengarde read the donor sheet before the call ended, the operation would have been stopped.
B human-error | Cause: human error by the surgical team in confirming compatibility.
B group-blame | the transplant team just assumed someone else had checked, classic
B competence | An experienced surgeon does not need a checklist to know to check ABO.
B rhetorical-question | Three professionals handled that organ and not one of them looked at the blood type?
B nobody-blame | nobody bothered to confirm the most basic fact about a donor organ
B hindsight | After the first post-op labs, it should have been obvious to the ICU team that this was a rejection.
B character | Matthias is known for rushing procurement calls.
O actor-neutral | Matthias took the organ offer by phone at night and asked the procurement team to send the organs.
O system-failure | The organ offer passed through three parties and none of their procedures required the recipient's blood type to be compared.
O policy-subject | The hospital's transplant protocol listed ABO confirmation as a task but assigned it to no role.
O system-should | The organ offer form should have shown the donor and recipient blood types side by side and stopped if they differed.
O meta-blameless | Putting one surgeon's name on this hides that the check belonged to nobody.
O credit | Wilma noticed the mismatch on the lab report the morning after surgery and called the attending immediately.
O neutral-fact | The donor was type A and the patient type O; the mismatch was found after the operation was over.
O quoted-question | Why did the procurement request form have a field for weight and none for blood type?
O org-subject | The hospital publicly acknowledged the error and disclosed it to the family within days.
O agentless-passive | A second set of organs was found, but the patient died after the second transplant.
""",
actions="""
Y Y Y PREVENTS | Jedidiah Poltimore | 2003-04-01 | Require two staff to confirm donor and recipient ABO type independently and record both names on the form before the organ leaves the donor hospital
Y Y N PREVENTS | transplant program | 2003-03-15 | Add ABO confirmation by the surgeon in the operating room, against the organ label, as a time-out item before incision
N N N PARTIAL | we |  | Strengthen our safety culture
N Y Y PARTIAL | Matthias | 2003-04-30 | Look at how other centres handle organ offers
Y N N DETECTS | lab |  | Run a crossmatch and blood type check on every recipient within 1 hour after transplant, all programs
N N N PARTIAL |  |  | Better communication between teams
Y Y Y PARTIAL | Ermengarde Stroud-Ikeda | 2003-03-31 | Add recipient blood type as a mandatory field on the procurement request form sent to the organ bank
N Y N PARTIAL | organ bank | 2003-06-01 | Consider additional verification
N N Y DETECTS | Wilma |  | Keep a close eye on post-transplant labs
Y Y N PREVENTS | national network | 2003-12-31 | Make the matching system reject an organ offer to a recipient with an incompatible blood type
N Y N PARTIAL | risk management | 2003-05-01 | Review disclosure processes
Y Y Y DETECTS | Wilma Quaresma | 2003-05-15 | Audit 100% of transplants for 12 months for both ABO confirmations and report gaps to the quality committee monthly
N N N PARTIAL | staff |  | Speak up more
Y Y N PARTIAL | quality committee | 2003-04-15 | Train all 40 procurement and transplant staff on the new ABO steps and record each person's sign-off
""",
ww="""
V | Staff were very supportive of the family.
C | The mismatch was disclosed to the family within 48 hours of being found.
V | Good teamwork in the ICU.
C | The lab flagged the type mismatch on the first post-operative sample.
"""))

# 11. Eschede ICE derailment, 3 Jun 1998 (a fatigue crack in a rubber-sprung wheel tyre; the tyre broke, the car derailed
# near a switch and hit a road bridge; 101 dead). Engineering meeting notes (some non-native English) + inquiry prose.
S.append(dict(url="https://en.wikipedia.org/wiki/Eschede_train_disaster",
people=["Konstantin Wendelbourne", "Brunhild Soyinka-Held", "Evert Tregarthen", "Dorothea Vasquez-Lind"],
blame="""
B failure-verb | The depot inspectors missed the crack in the wheel tyre at the last check, they only did a visual look with torch.
B passive-agent | The complaints about vibration in car 1 were ignored by Konstantin, the train manager, who did not stop the train.
B counterfactual | If engineering had listened to the tram people in Hannover about those wheels, we would not have this.
B group-blame | Rail engineers were so proud of the new wheel, they didn't want to hear any problem.
B competence | Only an incompetent approval office gives permission for high speed wheel without fatigue test at all.
B rhetorical-question | Who approves a wheel for 200 km/h that was only ever tested on trams?
B hindsight | The noise reports in the weeks before were a clear warning, any engineer should have seen it.
B timeline-blame | 10:58 - passenger reports metal piece through floor; train manager says he must first inspect, train continues
B human-error | Conclusion of first meeting: error of maintenance staff with measuring wheel diameter.
B implicit | Thanks to Evert who did his tests properly, unlike the team who approved the design.
O actor-neutral | Konstantin went to look at the part in the floor of car 1 and told the passenger he needed to see it himself before pulling the brake.
O system-failure | The tyre broke from a fatigue crack, the broken piece went through the floor and set the switch so the rear wheels took the other track.
O policy-subject | The rule for the train staff said to inspect first before emergency braking for a report from passengers.
O system-should | The wheel design should have been tested for fatigue at full speed loads before approval.
O meta-blameless | Please in the report not write which inspector had the torch, write that the check was only visual.
O credit | Brunhild found in the depot records that the vibration reports came from the same car over several weeks.
O neutral-fact | The train was at about 200 km/h when the tyre failed, six kilometres before the bridge.
O quoted-question | Question for the inquiry: what did the measuring equipment detect and what could it not?
O org-subject | The railway replaced all the rubber-sprung wheels of the fleet with monobloc wheels within weeks.
O agentless-passive | The road bridge was demolished after the accident and a new one without a middle pier was built.
""",
actions="""
Y Y Y PREVENTS | Brunhild Soyinka-Held | 1998-07-15 | Replace the rubber-sprung wheels on all 60 trainsets with monobloc wheels and record each set's wheel serials
Y Y N DETECTS | depot maintenance | 1998-09-01 | Check every wheel tyre by ultrasound at each scheduled stop and reject any with a crack indication over 1 mm
N N N PARTIAL | we |  | Improve safety culture in engineering
N Y Y PARTIAL | Konstantin | 1998-08-01 | Review the procedures for passenger reports
Y N N PREVENTS | train crews |  | Apply the emergency brake at once for any report of a part coming through the floor, without inspecting first, on all services
N N N PARTIAL |  |  | Make the trains safer
Y Y N PREVENTS | approval authority | 1999-06-30 | Require fatigue tests at design speed loads before any wheel design is approved for over 160 km/h
N Y N PARTIAL | engineering | 1998-10-01 | Talk with other railways about wheel experience
Y Y Y DETECTS | Evert Tregarthen | 1998-09-30 | Install on-board vibration sensors in the first car of each set and alarm the driver when vibration exceeds the limit for 30 s
N N N PARTIAL | everybody |  | Listen more to the complaints of passengers
Y Y N PARTIAL | infrastructure | 1999-12-31 | Move switches at least 200 m away from bridge piers on all high-speed lines or protect the piers with deflector walls
N N Y DETECTS | Dorothea |  | Watch for vibration complaints
Y Y Y DETECTS | Dorothea Vasquez-Lind | 1998-08-15 | Collect every vibration report from train crews into one database and send a weekly list per car to the depot
N Y N PARTIAL | management | 1998-12-01 | Look at inspection staffing
""",
ww="""
V | The rescue was very well organised.
C | The whole fleet was taken out of service and checked by ultrasound within 2 days.
V | Good cooperation of everybody.
C | The depot records allowed the inquiry to match the vibration reports to the failed wheel in one week.
"""))

# 12. 2010 FIFA World Cup, England v Germany, 27 Jun 2010 (a shot crossed the line by about a metre but the goal was not
# given; no goal-line technology; FIFA reopened the question and approved technology in 2012). Fan forum + federation notes.
S.append(dict(url="https://en.wikipedia.org/wiki/Goal-line_technology",
people=["Silvan Sandringham", "Yolanthe Kowalczyk-Rhee", "Hadrian Obafemi", "Liesel Treharne"],
blame="""
B failure-verb | The assistant failed to keep up with play and was nowhere near level with the line.
B passive-agent | The goal was disallowed by Silvan, who was 30 m away with a perfect view of nothing.
B counterfactual | If Yolanthe had just run with the ball instead of standing still, she'd have seen it was a metre over.
B sarcasm | Nice one ref, a metre behind the line is apparently not over it any more
B rhetorical-question | How can a professional official not see a ball a full metre over the line?
B competence | The officials at this tournament are simply not good enough for the level.
B group-blame | the refereeing team ruined the match, and the governing body let them
B sanction | Those two officials should never work a knockout game again, send them home.
B role-blame | The linesman is paid to see exactly this and didn't.
B character | Silvan is too proud to ask his assistant anything, that's why it wasn't given.
O actor-neutral | Silvan looked to his assistant after the ball bounced out, got no signal and waved play on.
O system-failure | The ball hit the bar, came down well behind the line and spun back out, too fast to see from the assistant's position.
O policy-subject | The laws of the game at the time forbade any video or technology to help the officials on goal decisions.
O system-should | The match set-up should have given the officials a way to confirm goal-line decisions within seconds.
O meta-blameless | Shouting about the ref is easy; the real question is why the laws left him with only his eyes at that speed.
O credit | Liesel, the fourth official, told the team manager at half time that replays showed it crossed.
O neutral-fact | The assistant was level with the last defender, about 25 m from the goal line, as the positioning rules require.
O quoted-question | "What would it take to put a camera on the line?" was asked in parliament and by the governing body the same week.
O org-subject | The governing body reopened its debate on goal-line technology days after the match and approved two systems in 2012.
O agentless-passive | Tests of camera and magnetic field systems were run at two clubs over the following season.
""",
actions="""
Y Y N PREVENTS | governing body | 2012-07-05 | Approve goal-line systems that signal a goal to the referee's watch within 1 second and are accurate to 3 cm
Y Y Y PREVENTS | Hadrian Obafemi | 2011-06-30 | Run 2 test phases of at least 10 candidate systems, with 1,000 shots each, and publish which meet the accuracy threshold
N N N PARTIAL | we |  | Support our referees better
N Y Y PARTIAL | Yolanthe | 2010-09-01 | Review positioning guidance for assistants
Y N N DETECTS | match officials |  | Report every disputed goal-line decision to the federation within 24 hours with the video clip, for all matches
N N N PARTIAL |  |  | Use technology
Y Y N PARTIAL | referees' committee | 2011-01-31 | Trial additional assistants on the goal line in 2 competitions and count goal-line errors per 100 matches
N Y N PARTIAL | board | 2010-12-01 | Discuss technology at the next meeting
Y Y Y DETECTS | Liesel Treharne | 2010-10-01 | Give the fourth official a replay monitor and a radio channel to the referee during every knockout match
N N N PARTIAL | officials |  | Concentrate harder on goal-line incidents
Y Y Y PARTIAL | Silvan Sandringham | 2010-11-15 | Write the positioning drill for assistants when the ball strikes the crossbar and include it in the 2011 fitness test
N N Y DETECTS | Hadrian |  | Look out for line decisions
Y Y N PREVENTS | stadium operators | 2013-06-01 | Install an approved goal-line system at every ground hosting the 2014 finals and certify each one before the first match
N Y N PARTIAL | media team | 2010-08-01 | Prepare better lines for press after controversial decisions
""",
ww="""
V | Both teams showed great sportsmanship.
C | The fourth official's replay report at half time gave the federation an accurate account for the review the same night.
V | The debate afterwards was very constructive.
C | The test programme measured each system on 1,000 shots, which gave the board a number to decide on.
"""))

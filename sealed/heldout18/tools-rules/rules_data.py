# heldout18 rules data (see ../rules/SOURCES-heldout18.md). All people invented; no real person is named.
# 14 incidents: 7 software / SaaS / open source (Gliffy 2016, Journalspace 2008, Toy Story 2 1998, RubyGems.org 2013,
# xz-utils 2024, Homebrew 2018, Sidekick 2009) and 7 outside software (Kegworth 1989, Longford 1998, Texas Health
# Presbyterian 2014, HMRC child benefit discs 2007, Alaska 1282 door plug 2024, VAR at Tottenham v Liverpool 2023,
# Deutsche Bank's $6bn payment 2015). Styles vary within each incident: chat notes, timeline rows, report prose,
# non-native English, bullet fragments, long sentences with subordinate clauses.
S = []

# 1. Gliffy, 20-24 Mar 2016 (reseed of the secondary MySQL master; drop-table statements replicated over the live
# master-master link to the primary and the slave; restore from the daily backup took ~3 days). Internal chat + draft.
S.append(dict(url="https://www.gliffy.com/blog/2016/03/25/turtle-and-the-hare/",
people=["Wulfstan Golightly", "Amaru Sotelo-Vance", "Kirsikka Laaksovirta", "Reinhild Scarisbrick"],
blame="""
B failure-verb | wulfstan didn't break the master-master link before starting the reseed, that's the whole outage right there
B passive-agent | All tables on the primary were dropped by Wulfstan at 22:30 PDT when he kicked off the reseed on the wrong side of a live link.
B counterfactual | if Amaru had just read the reseed checklist out loud on the call we would not be restoring 400 GB tonight
B human-error | Root cause: human error during scheduled database maintenance.
B sarcasm | great weekend plan, reseed the secondary and take the primary with it, 10/10 no notes @tobiah
B rhetorical-question | who runs a DROP on a box that is still replicating to prod on a sunday night and then goes for a coffee?
B hindsight | It was obvious from Thursday's alert that the reseed was risky and somebody should have insisted on a second pair of eyes.
B implicit | big thanks to Kirsikka and Reinhild for three nights of restore babysitting, they cleaned up after somebody else's shortcut
B sanction | - wulfstan off the DBA rota until further notice, prod DB access goes through Amaru only
O actor-neutral | Wulfstan started the reseed of the secondary master at 22:30 PDT on Sunday, as planned in Thursday's maintenance ticket.
O system-failure | The replication topology passed the DROP TABLE statements from the secondary to the primary and on to the reporting slave within seconds.
O policy-subject | Our reseed procedure begins with dropping every table and nowhere says to stop replication from the other master first.
O system-should | The reseed script should have refused to run while the node still had an active replication link to another master.
O meta-blameless | "wulfstan dropped the tables" is true and tells us nothing about why one command could reach three databases
O credit | Kirsikka saw the alerting fire a second time at 22:31 and started the restore from the last daily backup before anyone asked.
O neutral-fact | near miss: the nightly backup had been taken from the secondary 20 hours earlier, a day later in the cycle and there would have been no clean copy at all
O quoted-question | retro q: why does a full reseed need the same credentials and host as normal writes to the primary?
O agentless-passive | The restore was started from the daily dump and the binary logs were replayed afterwards to close the gap.
""",
actions="""
Y Y Y PREVENTS | Amaru Sotelo-Vance | 2016-04-15 | Make the reseed script stop with an error when SHOW SLAVE STATUS on either master reports a running link, and add a test that runs it against a linked pair
Y Y N DETECTS | DevOps |  | Restore the production dump into a scratch instance every night and alert if the restore takes longer than 4 hours or fails
N N N PARTIAL | we |  | Be more careful with maintenance on production databases
Y Y Y PARTIAL | @kirsikka | 2016-05-01 | Copy each daily MySQL backup to a second provider outside the data centre and record the checksum of both copies
N Y Y PARTIAL | Wulfstan |  | Look into faster restore options for the big database
N N N PARTIAL | engineering |  | Improve our database practices
Y Y N PARTIAL | DevOps | 2016-06-30 | Split the diagram table into its own schema so a restore of user accounts can finish in under 1 hour
N Y N DETECTS | on-call | 2016-04-08 | Keep a closer eye on replication lag
Y Y Y PREVENTS | Reinhild Scarisbrick | 2016-04-22 | Require a second engineer to approve any DROP on the production MySQL hosts through the change tool, which blocks the command until the approval is recorded
N Y Y PARTIAL | Reinhild | 2016-04-30 | Double-check the backup plan with the hosting provider
Y N N DETECTS | on-call |  | Page the on-call whenever the row count of the users table falls by more than 5% in ten minutes, ongoing
N N N PARTIAL |  |  | Move everything to the cloud eventually
""",
ww="""
V | Everyone stayed calm and focused during the three days.
C | The alert on replication failure fired within a minute of the drop, so the restore started the same night.
V | Great communication with our users throughout.
"""))

# 2. Journalspace, Dec 2008 (the database sat on a RAID-1 mirror with no separate backup; the data was overwritten and the
# mirror copied the overwrite; the owner blamed a departed IT employee; the site closed). Forum thread + owner's notice.
S.append(dict(url="https://en.wikipedia.org/wiki/Journalspace",
people=["Eustace Honeysett", "Jorunn Vorderbrugge", "Pavlo Strelchuk", "Nuala Fotheringham"],
blame="""
B role-blame | the guy who ran IT here set up a mirror and called it a backup, and we all paid for it
B character | Pavlo was a disgruntled employee and the overwrite was no accident, as far as the owners are concerned.
B competence | Any half-competent sysadmin knows RAID is not a backup.
B rhetorical-question | Seriously, six years of people's diaries and not one person in charge thought to copy them off the box once?
B group-blame | The owners treated our journals like a hobby and the tech side was run the same way.
B nobody-blame | nobody could be bothered to test a restore in six years, and it shows
B counterfactual | Had Eustace paid for a proper offsite backup when it was raised in 2007, the site would still be up.
B timeline-blame | Dec 18 - Pavlo's leftover script trashes the database, the mirror dutifully copies it
B mistake-attribution | This is entirely on Pavlo and his so-called redundancy.
O system-failure | The RAID-1 mirror copied every write to both disks, so the overwritten data was lost on both at once.
O neutral-fact | The only copy of the MySQL database lived on the one server, on two mirrored drives.
O org-subject | The data recovery firm reported that the drives were readable but the database files were overwritten throughout.
O policy-subject | No written policy required a backup held anywhere other than the server itself.
O system-should | The setup should have kept at least one copy of the database that a write on the server could not reach.
O meta-blameless | Arguing in this thread over whether Pavlo meant it changes nothing; a single overwrite was enough because of how the data was stored.
O quoted-question | What did the hosting arrangement assume would happen if the data itself, not a disk, went bad?
O self-report | I moderated here for four years; I had assumed the host took nightly backups and never asked.
O actor-neutral | Jorunn posted the closure notice on the front page and offered users the cached pages still found in search engines.
""",
actions="""
Y Y N PREVENTS | the new owners | 2009-02-01 | Take a nightly mysqldump of the journal database to storage on a different host and keep 30 daily copies
N N N PARTIAL |  |  | Never trust RAID again
Y Y Y PARTIAL | Jorunn Vorderbrugge | 2009-01-15 | Publish a page listing how users can download every entry they wrote as one file, with the export link
N Y Y PARTIAL | Eustace | 2009-01-31 | Think about whether the site can be rebuilt
Y Y Y DETECTS | Nuala Fotheringham | 2009-01-31 | Restore last night's dump into a test server every Sunday and mail the admins the entry count compared with production
N N N PARTIAL | everyone |  | Back up your own stuff
Y Y N PARTIAL | hosting provider | 2009-03-01 | Revoke the former IT contractor's shell and database accounts and rotate the MySQL root password
N Y N PARTIAL | management |  | Take data protection seriously
Y N N PREVENTS | operations |  | Store every backup on a host that the production server has no write access to, for every service we run, ongoing
N Y Y PARTIAL | @pstrelchuk | 2009-01-20 | Explain the server setup to the lawyers
Y Y Y PARTIAL | Jorunn | 2009-01-10 | Add an export button on each journal that produces a ZIP of all its entries
N N N PARTIAL | we |  | Never let one server hold everything again
""",
ww="""
C | Users rebuilt some of their journals from search-engine caches because the closure notice pointed them there within a day.
V | The community was amazing and supportive.
C | The recovery firm confirmed within a week that the files were overwritten, so nobody paid for a second attempt.
"""))

# 3. Toy Story 2, 1998 (a recursive delete on the shared film file system removed most of the production's files;
# the tape backups had been failing unnoticed; a technical director's home copy saved the film). Studio retro notes.
S.append(dict(url="https://en.wikipedia.org/wiki/Toy_Story_2",
people=["Lothar Haskett", "Ambrus Farkasvolgyi", "Xanthe Quarrendon", "Ravindu Jayasekera"],
blame="""
B failure-verb | The systems group never checked the backup tapes, they just assumed the job ran because nobody complained.
B passive-agent | the whole /film tree was wiped by somebody's rm -rf from a shell that had root, and it was not even a Friday
B sarcasm | Loved watching Woody's hat disappear frame by frame in the viewer. Lovely bit of housekeeping, whoever you are.
B human-error | The file-system loss was put down to operator error in a cleanup command.
B competence | A sysadmin worth the name would have read the tape logs at least once a month.
B repeat-offender | Same systems group that lost the lighting caches last spring, now it's ninety percent of the film.
B counterfactual | If Ambrus had verified a restore even once, we would have known the tapes were full months ago.
B implicit | Xanthe's home copy saved the movie. Funny how the one person working from home had better backups than the people paid to keep them.
B self-blame | I set up that backup job and never looked at it again, that's my failure and I own it.
O system-failure | The tape backup job had been failing for weeks because the tapes were full, and it reported no error anyone saw.
O actor-neutral | Lothar typed the cleanup command in a root shell on the file server at about 10am.
O credit | Ravindu pulled the plug on the file server as soon as he saw directories vanish, which kept about a tenth of the files.
O neutral-fact | Near miss: the home workstation holding the copy was days from being wiped for a new build.
O system-counterfactual | If the backup job had paged someone on failure, the full tapes would have been swapped within a day.
O system-should | The file server should not have allowed a recursive delete from the top of the project tree without a confirmation.
O policy-subject | Our practice gave every technical director root on the shared file system, because the render tools needed it.
O agentless-passive | The home machine was wrapped in blankets and driven to the studio, and its files were copied back over two days.
O quoted-question | Why did a week-long restore depend on one machine in somebody's spare room?
""",
actions="""
Y Y N DETECTS | Systems group | 1999-01-15 | Send a daily report of the tape backup job's status and bytes written to the production leads, and page on a failed or empty run
Y Y Y PARTIAL | Ambrus Farkasvolgyi | 1999-01-31 | Restore one randomly chosen shot directory from tape each Friday and log the result in the systems wiki
N N N PARTIAL | we |  | Everyone with root needs to slow down
Y Y N PREVENTS | Systems group | 1999-02-28 | Remove root access on the film file server from technical directors and give the render tools a service account with write access to their own output only
N Y Y PARTIAL | Lothar |  | Review the cleanup scripts
N N N PARTIAL | studio management |  | Make backups a priority
Y Y Y PARTIAL | @xquarrendon | 1999-01-10 | Keep a second copy of the /film tree on a separate server synced nightly, 24 hours behind
N Y N PARTIAL | Systems group | 1999-03-31 | Explore a better backup system
Y Y Y PREVENTS | Ravindu Jayasekera |  | Wrap rm on the file servers so a recursive delete above the shot level asks for a second user's confirmation
N N Y PARTIAL | Xanthe |  | Keep taking work home
Y N N PARTIAL | production IT |  | Buy enough tape capacity that backups never run above 80% full, checked every quarter, ongoing
N Y N DETECTS |  |  | Watch the /film server more closely
""",
ww="""
V | The crew rallied around the film.
V | Great attitude from every department.
C | Pulling the power on the file server stopped the delete with about a tenth of the files still there.
"""))

# 4. RubyGems.org, 30 Jan 2013 (a gem's metadata exploited YAML deserialization for code execution on the server;
# volunteers yanked it, took pushes down, checksummed every gem against mirrors, moved the service). Ticket + chat.
S.append(dict(url="http://blog.rubygems.org/2013/01/31/data-verification.html",
people=["Sipho Mbeki-Holt", "Winifred Tollemache", "Jozef Kravcik", "Hanne Lindqvist-Ayo"],
blame="""
B failure-verb | Whoever wrote the gem push path never bothered to use safe_load on untrusted YAML.
B group-blame | the rubygems maintainers have been sitting on this YAML thing for weeks while Rails patched theirs
B hindsight | After the Rails YAML advisories earlier in January it should have been obvious to the maintainers that gem metadata was next.
B rhetorical-question | how does a package host that everyone trusts end up deserializing arbitrary objects from a tarball someone uploaded?
B passive-agent | The vulnerable loader was merged by Jozef years ago without anyone asking what YAML.load does with tagged objects.
B counterfactual | If Winifred had answered the disclosure mail on Tuesday instead of Wednesday, nobody would have had time to try it on the live site.
B sarcasm | ah yes, the famous rubygems security model: accept whatever YAML strangers send and hope
B character | honestly the volunteers running this are too casual for infra that half the internet installs from
B timeline-blame | 2013-01-30 ~17:00 UTC: Jozef's sloppy old YAML.load finally gets exploited, code runs on the box
O system-failure | The push endpoint loaded the gem's metadata with YAML.load, which instantiated the objects the exploit gem described.
O actor-neutral | Sipho took gem pushes offline and yanked the exploit gem shortly after it was reported.
O credit | Hanne pulled every gem from S3 and published SHA512 checksums within hours, which gave the mirrors something to check against.
O org-subject | Several mirror operators compared their copies with the published checksums and sent back the mismatches.
O meta-blameless | The thread keeps asking who merged YAML.load; a better question is why nothing in review flagged deserializing uploads.
O neutral-fact | About 80 prerelease gems could not be checked against a second source and were handled separately.
O system-should | The metadata parser should have accepted only plain types and rejected any tagged Ruby object.
O self-report | I wrote the original push code in 2009; YAML.load was what the Ruby docs showed then and I did not consider custom tags.
O quoted-question | q for the retro: what would we have needed to know in 2012 to see that gem metadata was untrusted input?
""",
actions="""
Y Y Y PREVENTS | Jozef Kravcik | 2013-02-08 | Replace YAML.load with a safe loader that accepts only strings, numbers, arrays and hashes in gem metadata, with a test that pushes a gem carrying a tagged object and expects a rejection
N N N PARTIAL | maintainers |  | Treat security as a first-class concern in the project
Y Y N PARTIAL | rubygems.org ops | 2013-02-15 | Move the application to new hosts built from scratch and rotate every credential that was on the old server
N Y Y PARTIAL | Winifred | 2013-02-28 | Audit the gem push code
Y Y Y DETECTS | @hlindqvist | 2013-02-10 | Publish SHA512 checksums of all gems daily and compare them against two mirrors, mailing the ops list on any mismatch
N N N PARTIAL | we |  | Respond faster to security reports
Y Y N PARTIAL | rubygems.org ops |  | Add security@rubygems.org with an on-call rota of three volunteers and an acknowledgement within 24 hours
N Y N PARTIAL | Ruby core | 2013-03-31 | Consider making safe loading the default in Psych
Y Y Y PARTIAL | Sipho |  | Document a runbook for disabling gem pushes with one command and test it on staging
N N Y PARTIAL | Hanne Lindqvist-Ayo |  | Keep an eye on new Ruby advisories
Y N N PARTIAL | gem authors |  | Sign every released gem with a certificate from now on, ongoing
N N N PARTIAL |  |  | Harden the infrastructure
""",
ww="""
C | Every gem on S3 was checksummed and compared with mirror copies within about 36 hours.
V | The volunteers did an incredible job.
C | Pushes were disabled within the hour, so the exploit gem could not be followed by tampered gems.
"""))

# 5. xz-utils backdoor, Mar 2024 (a co-maintainer gained trust over two years while the lone maintainer was pressed by
# sock-puppet accounts; release tarballs 5.6.0/5.6.1 carried build-time code that hooked sshd via liblzma; found by an
# engineer chasing 500 ms SSH logins and valgrind errors; CVE-2024-3094). A distribution's retro, mixed voices.
S.append(dict(url="https://en.wikipedia.org/wiki/XZ_Utils_backdoor",
people=["Lasse-Ivar Brekkestad", "Thiago Ferraz-Nunes", "Maelis Dorvigny", "Kagiso Asare-Twum"],
blame="""
B failure-verb | Lasse-Ivar handed release rights to an account he had never met and didn't verify a single thing about it.
B group-blame | our packaging team pulled 5.6.1 into unstable without once diffing the tarball against the git tag
B competence | Any maintainer with basic security sense would have noticed two years of strangers pushing him to hand over the project.
B rhetorical-question | who on earth approves a test file that is a binary blob nobody can read?
B passive-agent | The tarball with the extra m4 was accepted by Thiago for the unstable upload without looking at what had changed.
B nobody-blame | not one of the distro people bothered to ask why the tarball and the repo differed
B counterfactual | If Maelis had looked at the valgrind warnings in February instead of suppressing them, we would have caught it weeks earlier.
B sanction | Proposal in the thread: remove upload rights from whoever sponsored 5.6.x until the review is done.
B implicit | Credit to Kagiso for pushing 5.4.6 out in an afternoon, the kind of care that was missing when 5.6.1 went in.
O credit | An engineer outside the project measured sshd logins taking 500 ms longer and traced it to liblzma, and that report is why this stopped at unstable.
O system-failure | Our build consumed the release tarball rather than the tagged source, so the extra build-to-host.m4 never appeared in any review of the git history.
O actor-neutral | Thiago uploaded 5.6.1 to unstable on 28 March after the usual package checks passed.
O policy-subject | The packaging guideline allows building from upstream tarballs that differ from the tag as long as the signature checks out.
O system-should | The build should have failed when the tarball contained files that are not in the upstream repository.
O neutral-fact | near miss: the backdoored versions had not yet reached a stable release, and a freeze for the next one was weeks away
O meta-blameless | The mailing list wants a villain among the volunteers; the attacker was patient and our process trusted whatever the release signer shipped.
O org-subject | The hosting forge disabled the upstream repository while the investigation ran, which stopped new clones.
O quoted-question | What does our review process look at in a release that is not in version control?
""",
actions="""
Y Y N PREVENTS | packaging team | 2024-05-15 | Make the package build fail when the upstream tarball contains files that are absent from the signed git tag, with an allowlist per package
N N N PARTIAL | everyone |  | Be more suspicious of new contributors
Y Y Y PARTIAL | Kagiso Asare-Twum | 2024-04-05 | Downgrade xz to 5.4.6 in unstable and testing and rebuild every package linked against liblzma 5.6.x
N Y Y PARTIAL | Maelis | 2024-04-30 | Review how valgrind suppressions get added
Y Y N DETECTS | security team | 2024-04-12 | Run a nightly check that compares sshd login latency on a reference VM with the previous day and opens a ticket above 100 ms
N N N PARTIAL | we |  | Support open-source maintainers better
Y Y Y PARTIAL | @tferraz | 2024-05-01 | Require a second uploader's signed approval for any new upstream major version of a package in the base system
N Y N PARTIAL | security team |  | Investigate the other packages this contributor touched
Y N N PARTIAL | packaging team |  | Build every base-system package from the git tag rather than the tarball, ongoing
N N Y PARTIAL | Lasse-Ivar |  | Get more help with maintenance
Y Y Y PARTIAL | Maelis Dorvigny | 2024-04-20 | Publish the list of affected images and the exact xz versions in each, with the date they were rebuilt
N Y N PARTIAL | release managers | 2024-06-30 | Rethink the freeze process
""",
ww="""
V | The community response was fantastic.
C | Unstable was rolled back to 5.4.6 within a day of the public report, before the freeze.
C | One engineer's 500 ms latency measurement was enough to open the investigation.
"""))

# 6. Homebrew, Jul-Aug 2018 (a researcher found a GitHub personal access token with push scope exposed by the project's
# Jenkins within half an hour of looking; reported; token revoked within hours; no malicious pushes found). OSS chat.
S.append(dict(url="https://brew.sh/2018/08/05/security-incident-disclosure/",
people=["Jadwiga Wasik", "Dagfinn Oyjord", "Amarachi Nwachinemere", "Melisande Lautrec"],
blame="""
B failure-verb | dagfinn left a push-scoped token sitting in the Jenkins env for anyone with a browser to read
B counterfactual | Had Jadwiga scoped that token to status updates only, a leak would have been harmless.
B character | the CI setup was put together in a lazy afternoon and nobody has respected it since
B sarcasm | fantastic security posture, publish our keys in the build logs and let strangers find them in 30 min
B passive-agent | The bot token was created by Dagfinn with full repo scope because it was quicker than working out the minimum.
B role-blame | The Jenkins admin never turned on log masking, even though it has been a checkbox for years.
B repeat-offender | second time this year a Homebrew maintainer has leaked a credential into public CI, Dagfinn again
B rhetorical-question | why would anyone give a CI bot write access to brew, core and cask all at once?
B human-error | The exposure was caused by maintainer error in the Jenkins configuration.
O actor-neutral | Dagfinn created the bot's GitHub token in 2016 so that Jenkins could push bottle updates to homebrew-core.
O system-failure | Jenkins printed the environment, including the token, in build output that any visitor could read.
O credit | The researcher's report arrived at 08:00 and Melisande had the token revoked within three hours.
O policy-subject | Our contributor docs said nothing about which credentials CI jobs may hold or how they are scoped.
O system-should | GitHub tokens used by CI should have been limited to the single repository each job pushes to.
O self-report | I set up that Jenkins job; at the time I did not know the environment would appear in public logs.
O neutral-fact | The review of the three repositories' histories found no commits pushed with the token by anyone outside the project.
O meta-blameless | Posts calling us reckless miss that the token's scope was decided years ago when there was no finer option.
O error-term | The audit script threw a 403 error on two forks, which turned out to be unrelated rate limits.
""",
actions="""
Y Y N PARTIAL | Homebrew maintainers | 2018-08-15 | Replace the bot's personal access token with per-repository deploy keys that can push to homebrew-core only
N N N PARTIAL | we |  | Be careful what goes into CI logs
Y Y Y PREVENTS | Amarachi Nwachinemere | 2018-08-20 | Enable the Jenkins mask-passwords plugin for every job and add a nightly scan of public build logs for strings matching GitHub token patterns
N Y Y PARTIAL | @melisande | 2018-09-01 | Look at whether Jenkins is still the right CI
Y Y Y PREVENTS | Melisande Lautrec | 2018-08-10 | Require signed commits on the main branches of brew, core and cask and block unsigned pushes
N N N PARTIAL | maintainers |  | Follow security best practices
Y Y N PARTIAL | Homebrew maintainers |  | Publish a security.md with a contact address and a 48-hour acknowledgement promise
N Y N PARTIAL | project leadership | 2018-10-01 | Consider a bug bounty
Y N N PARTIAL | maintainers |  | Rotate every CI credential every 90 days, ongoing
N Y Y PARTIAL | Jadwiga |  | Double-check the token scopes
Y Y Y PARTIAL | Dagfinn Oyjord | 2018-08-12 | Audit all commits pushed to brew, core and cask since the token was created against the bot's expected authors and report any others
N N N DETECTS |  |  | Monitor for leaks
""",
ww="""
C | The token was revoked within three hours of the report.
V | Communication with the reporter was excellent.
V | The maintainers handled it professionally.
"""))

# 7. T-Mobile Sidekick / Danger, Oct 2009 (server failure during an outsourced SAN upgrade; users' contacts and photos
# lived only on the servers and no current backup existed; most data later recovered). Carrier ops e-mails + press.
S.append(dict(url="https://en.wikipedia.org/wiki/2009_Sidekick_data_loss",
people=["Kunigunde Vavasour", "Fridolin Nettlefold", "Filomena Ganesan", "Ugo Castellanza"],
blame="""
B group-blame | The storage vendor's techs botched the SAN upgrade and the server team watched them do it.
B failure-verb | Fridolin skipped the full backup before the upgrade window because it would have pushed the work past midnight.
B counterfactual | none of this happens if Kunigunde had insisted on a backup before signing off the change
B human-error | Microsoft and the carrier have put the Sidekick data loss down to human error during maintenance.
B competence | This is what happens when you hand a system holding a million people's contacts to a team that has never done a SAN migration.
B sarcasm | awesome, the "cloud" turned out to be one storage array and a prayer, thanks guys
B hindsight | It was obvious after the acquisition that Danger's infrastructure was neglected and somebody in charge should have stepped in then.
B implicit | - upgrade signed off by Fridolin, carried out by vendor, no backup (we all know whose call that was)
B sanction | Fridolin will no longer approve changes on the service data systems; approvals move to Filomena.
O system-failure | The database did not come back after the storage upgrade, and with it went contacts, calendars and photos stored only on the servers.
O neutral-fact | Sidekick handsets kept their data in the service, not on the device, so a reset phone came back empty.
O actor-neutral | Ugo told customer care at 14:00 to ask users not to power off or reset their phones.
O policy-subject | The change process did not require a verified backup before work on the storage layer.
O system-should | The service should have held a recent copy of user data that did not depend on the array being upgraded.
O org-subject | The storage vendor reported that the controller firmware upgrade left the array in a state the database could not mount.
O credit | Filomena's team rebuilt most of the database from the damaged array over the following week, and users got their contacts back.
O system-counterfactual | If the handsets had kept a local copy, a reset would not have wiped anyone's address book.
O meta-blameless | "Human error" in the press release stops the story at the technician; it does not say why one failed upgrade could erase everything.
""",
actions="""
Y Y N PREVENTS | Danger service operations | 2009-11-15 | Block any change to the Sidekick storage tier in the change tool until a backup taken within the last 24 hours has been restored successfully to a test array
N N N PARTIAL | we |  | Make Sidekick sync rock solid
Y Y Y PARTIAL | Filomena Ganesan | 2009-12-01 | Keep a second copy of the user database on separate storage in another data centre, replicated with less than 1 hour of lag
N Y Y PARTIAL | Fridolin | 2009-11-30 | Go over the storage vendor's contract terms
Y Y N PARTIAL | handset software team | 2010-02-28 | Ship a Sidekick update that keeps a local copy of contacts that survives a battery pull and a reset
N N N PARTIAL | management |  | Invest in infrastructure
Y Y Y PARTIAL | Ugo Castellanza | 2009-10-12 | Send all Sidekick users an SMS asking them not to reset or power off, and post the same notice on the support site
N Y N PARTIAL | the vendor | 2009-11-30 | Evaluate the upgrade procedure
Y Y Y DETECTS | @kunigunde | 2009-11-20 | Alert the service team when the nightly backup job has not completed by 06:00
N N Y PARTIAL | Kunigunde Vavasour |  | Keep Sidekick customers better informed next time
Y N N PARTIAL | operations |  | Run a restore drill on each production database every quarter and record the time to restore, ongoing
N Y N PARTIAL | customer care |  | Improve the support script for data loss
""",
ww="""
C | The SMS asking users not to reset their phones kept the local cache on handsets that still had it.
V | Everyone worked around the clock.
C | Most users' contacts were restored from the damaged array within about two weeks.
"""))

# 8. Kegworth, 8 Jan 1989 (fan blade failure in the left engine of a 737-400; the crew throttled back and shut down the
# right engine; the vibration indicators were small LED dials; cabin crew and passengers saw flames on the left; the
# aircraft fell short of East Midlands onto the M1 embankment; 47 died). Airline safety-department draft + report prose.
S.append(dict(url="https://en.wikipedia.org/wiki/Kegworth_air_disaster",
people=["Alaric Thorncombe", "Bronagh Kilgallon", "Yevhen Zadorozhny", "Prudencia Echeverri-Platt"],
blame="""
B failure-verb | The first officer failed to check the vibration gauges before telling the captain it was the right engine.
B counterfactual | Had Captain Thorncombe waited ten seconds and looked at the engine instruments, he would have shut down the correct engine.
B human-error | Initial finding: the accident resulted from pilot error in identifying the damaged engine.
B passive-agent | The serviceable right engine was shut down by the crew on a guess about where the air conditioning drew its air.
B nobody-blame | Not one of the cabin crew thought to tell the flight deck that the flames were on the left.
B competence | A crew properly trained on the -400 would never have relied on what they remembered from the older 737.
B rhetorical-question | How could two experienced pilots shut down their only good engine and not notice for twenty minutes?
B timeline-blame | 20:05:05 - F/O Kilgallon calls "it's the le... it's the right one", captain throttles back the wrong engine
B group-blame | Our flight training department sent crews onto a new variant with a day on a slide projector and no simulator.
O system-failure | The vibration indicators were small LED dials that crews had learned to distrust on earlier models.
O actor-neutral | Captain Thorncombe throttled back the right engine and the vibration and smoke appeared to reduce.
O neutral-fact | Throttling back the right engine also reduced fuel to the damaged left one, which eased the symptoms for about 20 minutes.
O policy-subject | The operator's conversion course for the -400 included no simulator time and covered the new engine instruments in one briefing.
O system-should | The engine display should have made a vibration reading on one engine stand out without the crew having to compare two small dials.
O quoted-question | Why did the cabin crew's view of the engines never reach the flight deck through any procedure we had?
O credit | Ms Echeverri-Platt, a passenger, helped others out of the fuselage before the fire crews arrived.
O meta-blameless | Calling this pilot error ends the inquiry at the cockpit door; the report's recommendations are about instruments, training and cabin communication.
O org-subject | The engine manufacturer found that the fan blades fatigued under a vibration mode that only appeared at high power above 25,000 feet.
""",
actions="""
Y Y N PREVENTS | engine manufacturer | 1989-06-30 | Modify the fan blades of the engine type and flight-test them at climb power above 25,000 feet
N N N PARTIAL | we |  | Pilots must be more careful when identifying engines
Y Y N PARTIAL | flight training | 1989-09-30 | Add a 4-hour simulator session on engine failure identification to the 737-400 conversion course
N Y Y PARTIAL | Bronagh | 1989-03-31 | Talk to the crews about the new instruments
Y Y Y PARTIAL | Yevhen Zadorozhny | 1989-05-31 | Add to the cabin crew manual that smoke, fire or unusual noise from an engine is reported to the flight deck with the side it is on
N N N PARTIAL | flight operations |  | Improve crew resource management
Y Y N DETECTS | the operator | 1989-12-31 | Fit the -400 fleet with engine vibration displays that flash when either engine exceeds its limit
N Y N PARTIAL | cabin services | 1989-06-30 | Consider a better brace position
Y N N PARTIAL | flight operations |  | Add the -400's air-conditioning bleed sources to the recurrent check syllabus and record each crew's briefing, ongoing
N N Y PARTIAL | Alaric Thorncombe |  | Trust the instruments more
Y Y Y PARTIAL | @pecheverri | 1989-04-15 | Add a checklist step requiring both pilots to read out the vibration values before an engine is shut down
N Y N PARTIAL | seat supplier |  | Look into stronger seats
""",
ww="""
V | The emergency services were outstanding.
C | The first fire crews reached the embankment within minutes because the motorway gave direct access.
V | Everyone did their best under terrible pressure.
"""))

# 9. Esso Longford, 25 Sep 1998 (loss of lean oil flow let a heat exchanger chill to about -48 C; warm lean oil was
# reintroduced and the vessel fractured; 2 died; Victoria's gas cut for about two weeks; Esso blamed operator training,
# the Royal Commission blamed the company's training, missing hazard study and engineers moved off site).
S.append(dict(url="https://en.wikipedia.org/wiki/Esso_Longford_gas_explosion",
people=["Theodric Threlkeld", "Mechthild Brauchle", "Paora Ngata-Rowe", "Domenica Villaraigosa"],
blame="""
B human-error | The company's position is that the explosion was caused by operator error in reintroducing warm lean oil.
B failure-verb | the panel operators ignored the ice on the exchanger for hours and kept the plant running
B competence | Operators who understood basic metallurgy would have known that warm oil into a -48 degree vessel means brittle fracture.
B counterfactual | If Theodric had shut the plant down when the lean oil pumps tripped, none of this would have happened.
B passive-agent | The hot lean oil valve was opened by the shift supervisor without calling anyone in engineering.
B role-blame | The shift supervisor treated frost on a vessel as a normal Friday and never asked what it meant.
B sarcasm | Lovely bit of "initiative" on the night shift, warming up a frozen vessel with hot oil.
B character | Some of our operators have got complacent after years without a serious incident.
B implicit | thanks to the day crew for handling the frozen lines by the book this week, unlike the crew on shift that morning
O policy-subject | The company's training covered what to do in normal operation and did not explain the danger of reintroducing warm oil into a cold vessel.
O system-failure | The lean oil pumps stopped, and without warm oil the exchanger GP905 cooled far below its design temperature.
O actor-neutral | Paora restarted a lean oil pump at about 12:20, following the usual sequence for restoring flow.
O org-subject | The Royal Commission found that moving the plant engineers to Melbourne removed the people operators used to call about unusual conditions.
O system-should | The plant should have had a hazard study on gas plant 1 identifying the cold-temperature risk to the exchangers.
O meta-blameless | "Operator error" was the first answer offered, and the inquiry rejected it: the operators had never been given the knowledge the situation needed.
O neutral-fact | The interconnections between the three gas plants meant all of them had to be isolated, and Victoria went without gas for about two weeks.
O quoted-question | How were alarms that sounded hundreds of times a day supposed to tell an operator which one mattered?
O error-term | The control room logged an error on the condensate transfer flow well before the pumps tripped.
""",
actions="""
Y Y N PREVENTS | plant engineering | 1999-06-30 | Complete a hazard and operability study of gas plant 1 covering low-temperature embrittlement of GP905 and each connected exchanger
N N N PARTIAL | operations |  | Operators must follow procedures
Y Y N PARTIAL | training department | 1999-03-31 | Add a module on cold-metal embrittlement and warm-oil reintroduction to operator training, passed by every panel operator with an assessed test
N Y Y PARTIAL | Mechthild | 1999-02-28 | Have a look at the alarm system
Y Y Y DETECTS | Domenica Villaraigosa | 1999-04-30 | Add a low-temperature alarm on GP905 at -20 C that is displayed separately from the routine alarm list
N N N PARTIAL | management |  | Strengthen the safety culture at the plant
Y Y N PREVENTS | plant engineering | 1999-09-30 | Interlock the lean oil inlet valve on GP905 so it cannot open while the vessel shell is below -10 C
N Y N PARTIAL | the company | 1999-06-30 | Reconsider where the engineers are based
Y Y Y PARTIAL | Paora Ngata-Rowe | 1999-01-31 | Write a shutdown procedure for loss of lean oil flow that states the temperature at which the plant must be depressurised
N N Y PARTIAL | Theodric |  | Be more alert on night shift
Y N N PARTIAL | operations |  | Keep at least one plant engineer on site at Longford on every shift, ongoing
N Y N PARTIAL | state government |  | Look into a second gas supply
""",
ww="""
C | Isolating all three plants within hours stopped the fire spreading to plants 2 and 3.
V | The community pulled together during the gas shortage.
C | Gas supply to hospitals was kept on priority while other users were cut off.
"""))

# 10. Texas Health Presbyterian, Dallas, Sep-Oct 2014 (a patient with fever who had arrived from Liberia was discharged
# from the emergency department; the travel history was recorded by a nurse but not acted on; readmitted three days
# later; two nurses infected; the hospital first blamed an EHR workflow flaw, then withdrew that statement).
S.append(dict(url="https://en.wikipedia.org/wiki/Ebola_virus_cases_in_the_United_States",
people=["Dymphna Mulrooney", "Bongani Appiah-Danquah", "Pancras Grubesic", "Abebech Boateng-Rae"],
blame="""
B failure-verb | The ED physician never read the triage note that said the patient had just arrived from Liberia.
B counterfactual | if Pancras had asked one question about travel, the patient would have been isolated on the first visit
B human-error | Hospital leadership now describes the discharge as a human error in the emergency department.
B group-blame | The ED staff that night were careless from triage to discharge.
B rhetorical-question | how do you send home a febrile man from West Africa in the middle of the biggest Ebola outbreak in history?
B hindsight | With the news full of Ebola, any clinician should have known to ask about travel.
B mistake-attribution | Hospital spokesman: the miss was the nurse's, she entered the travel history in the wrong part of the chart.
B sanction | The discharging physician has been removed from ED shifts pending review.
B implicit | Praise for the isolation unit nurses, who did everything right once someone finally thought to ask the right question.
O system-failure | The nursing documentation and the physician's notes appeared in different places in the record, so the travel history was not on the physician's screen.
O actor-neutral | Dymphna recorded the patient's recent arrival from Liberia in the triage notes at 22:37.
O policy-subject | The triage protocol had no prompt for travel history linked to an infection alert for the ED team.
O system-should | The record should have flagged fever plus travel from an affected country to every clinician who opened the chart.
O meta-blameless | The hospital's first statement blamed the software and the second blamed the staff; neither answers why the ED had no travel screen.
O org-subject | The CDC sent a team to Dallas on 1 October to review infection control and trace contacts.
O quoted-question | Were the nurses who cared for him later given protective equipment and training that matched the risk?
O neutral-fact | The patient returned by ambulance three days later and was isolated on arrival.
O agentless-passive | A travel-screening question was added to the triage form in the following week.
""",
actions="""
Y Y N PREVENTS | ED nursing | 2014-10-10 | Add a mandatory travel-history question to ED triage that raises an isolation alert on every clinician's view when it is answered with an affected country
N N N PARTIAL | we |  | Remind all staff to be vigilant
Y Y Y PARTIAL | Bongani Appiah-Danquah | 2014-10-20 | Run donning and doffing drills for Ebola protective equipment with every isolation-unit nurse, each observed by a trained buddy
N Y Y PARTIAL | Abebech | 2014-11-30 | Review the EHR layout
Y Y N PARTIAL | infection control | 2014-10-15 | Designate two isolation rooms in the ED with negative pressure for suspected cases and list them on the triage desk
N N N PARTIAL | hospital leadership |  | Restore community trust
Y Y Y DETECTS | @pgrubesic | 2014-10-31 | Report each week how many febrile ED patients had a travel history recorded, with a target above 95%
N Y N PARTIAL | IT | 2014-12-31 | Explore better integration of nursing and physician notes
Y N N PARTIAL | ED leadership |  | Repeat the Ebola protective-equipment drill every month while the outbreak lasts, with each nurse's doffing observed and signed off, ongoing
N N Y PARTIAL | Pancras Grubesic |  | Take more care with triage notes
Y Y Y PARTIAL | Dymphna Mulrooney | 2014-10-08 | Post the current list of affected countries at every triage station and update it when the CDC list changes
N Y N PARTIAL | communications | 2014-10-31 | Get better at explaining VAR calls to fans
""",
ww="""
V | Staff showed real courage.
C | Contacts were traced within two days of the diagnosis, so monitoring started early.
V | Good teamwork with the public health agencies.
"""))

# 11. HMRC child benefit discs, Oct-Nov 2007 (two password-protected, unencrypted CDs holding 25 million records sent by
# internal courier to the National Audit Office and lost; the Chancellor first blamed a junior official; the chairman
# resigned; the Poynter review found systemic failings). Departmental e-mails, minister's lines, review prose.
S.append(dict(url="https://en.wikipedia.org/wiki/2007_United_Kingdom_child_benefit_data_misplacement",
people=["Ulfric Farthingale", "Nikodem MacSporran", "Ortrun Onwuachi", "Lisbet Haugerud"],
blame="""
B role-blame | A junior official broke the rules by sending the full database on two discs through the internal post.
B failure-verb | Nikodem sent the discs unrecorded and didn't even check they had arrived for three weeks.
B passive-agent | The discs were posted by a junior member of staff in Washington in breach of every procedure we have.
B human-error | The loss was the result of an individual's human error, not a failure of the department's systems.
B sarcasm | top marks to Benefits Office for "protecting" 25 million records with a password and a brown envelope
B group-blame | the Revenue's data people have never taken security seriously and everybody in Whitehall knew it
B counterfactual | If Ortrun had sent the cut-down extract the NAO asked for, there would have been no bank details on those discs at all.
B nobody-blame | Nobody in the office bothered to ask whether a whole database should go in the post.
B self-blame | I signed the request to the courier without asking what was on the discs; that was my failing.
O policy-subject | The department's practice allowed bulk data to be copied to disc and sent by courier with only a password on the files.
O system-failure | The courier service did not record the package, so there was no trail once it left the office.
O actor-neutral | Nikodem burned the two discs on 18 October and handed them to the internal courier for the National Audit Office.
O quoted-question | Why could a request for a sample be answered most easily by copying the whole database?
O system-should | The extract process should have produced only the fields the auditors asked for, with bank details removed by default.
O meta-blameless | Blaming "a junior official" in the Commons told the public nothing about why the whole database could be copied at a desk.
O org-subject | The National Audit Office had asked for data with the bank and address details removed, and was told that would cost too much.
O neutral-fact | There was no evidence that the discs reached anyone who used the data; they were never found.
O agentless-passive | The loss was reported to the chairman on 8 November, and the police were called in on 14 November.
""",
actions="""
Y Y N PREVENTS | HMRC IT | 2008-01-31 | Disable writing to CDs, DVDs and USB drives on every desktop in the child benefit office, except named machines with encryption software
N N N PARTIAL | all staff |  | Follow the data handling rules at all times
Y N N PREVENTS | data security unit | 2008-03-31 | Encrypt every bulk data transfer leaving HMRC with 256-bit AES and send it only by tracked secure courier, logged in the transfer register
N Y Y PARTIAL | Lisbet | 2008-02-28 | Review the relationship with the courier firm
Y Y Y PARTIAL | Ortrun Onwuachi | 2008-01-15 | Produce a standard anonymised extract of the child benefit database for auditors, with no bank or address fields
N N N PARTIAL | the department |  | Change the culture around personal data
Y Y Y DETECTS | Ulfric Farthingale | 2008-02-15 | Send the security team a weekly report of every bulk extract over 10,000 records, with who requested it and where it went
N Y N PARTIAL | senior management | 2008-06-30 | Consider the recommendations of the review
Y N N PARTIAL | information asset owners |  | Sign off every bulk transfer of personal data in writing before it leaves the building, ongoing
N N Y PARTIAL | Nikodem |  | Attend data protection training
Y Y Y PARTIAL | @lhaugerud | 2007-11-21 | Write to all 7.25 million affected families explaining what was on the discs and what the banks are doing
N Y N DETECTS | banks |  | Watch the affected accounts
""",
ww="""
V | Ministers were kept informed throughout.
V | Staff responded very professionally to public concern.
C | The banks were told the same week and put monitoring on the affected accounts.
"""))

# 12. Alaska Airlines 1282, 5 Jan 2024 (a 737-9 door plug blew out after departure from Portland; its four retaining
# bolts were missing after the plug was opened for rivet rework at the factory in Sep 2023 and closed without a
# record of removal; earlier pressurisation warnings; NTSB). Manufacturer quality-team notes + board-style prose.
S.append(dict(url="https://en.wikipedia.org/wiki/Alaska_Airlines_Flight_1282",
people=["Gaudencio Mutasa", "Ingrida Zemaityte", "Venceslao Baquerizo", "Tamsyn Rowbotham"],
blame="""
B failure-verb | The door crew on second shift forgot to put the four bolts back before closing the plug.
B passive-agent | The plug was reinstalled by Venceslao's team with no bolts, and nobody wrote a word about it.
B competence | We have people on the line who do not understand that a door plug holds the cabin pressure.
B counterfactual | Had Ingrida raised a removal record when the plug was opened, inspection would have caught the missing bolts.
B rhetorical-question | how does a factory that builds airliners lose track of four bolts on a door?
B repeat-offender | This is the same shift that had the rivet escapes flagged twice last year.
B hindsight | After three pressurisation warnings in December it was plain that someone at the airline should have pulled that aircraft.
B implicit | The cabin crew did everything right that night; shame the same can't be said for whoever signed that aircraft out of Renton.
B timeline-blame | 19 Sep 2023 - Venceslao's crew closes the plug, no bolts, no paperwork
O system-failure | The quality system had no record that the door plug was opened, so no inspection of its closure was ever scheduled.
O actor-neutral | Tamsyn opened the door plug on 19 September to give access for replacing damaged rivets on the fuselage.
O policy-subject | Our process let a door plug be opened by treating it as an opening rather than a removal, which needs no paperwork.
O system-should | Opening a door plug should have created an inspection item that could not be closed until the bolts were seen in place.
O neutral-fact | near miss: the two seats next to the plug were empty, and the aircraft was at about 16,000 feet, not cruise altitude
O credit | The flight crew returned to Portland within about 20 minutes, and the cabin crew kept every passenger in their seat.
O org-subject | The airline had restricted the aircraft from long flights over water after the pressurisation warnings, pending maintenance.
O meta-blameless | "Someone forgot the bolts" is where the board's questions begin: why did forgetting leave no trace anywhere?
O quoted-question | What in the production schedule made paperwork for an opening feel optional to the crews?
""",
actions="""
Y Y N PREVENTS | quality engineering | 2024-03-31 | Make opening a 737-9 door plug create a required inspection in the build system that blocks delivery until the four bolts are inspected and photographed
N N N PARTIAL | we |  | Put quality first
Y Y N PARTIAL | airline maintenance | 2024-01-10 | Inspect the door plugs on every 737-9 in the fleet and record the torque on each of the four bolts before return to service
N Y Y PARTIAL | Ingrida | 2024-02-29 | Look into the rivet rework process
Y Y Y DETECTS | Gaudencio Mutasa | 2024-02-15 | Add a check to the final cabin pressure test that fails when the plug area shows movement above 0.5 mm
N N N PARTIAL | factory leadership |  | Improve the safety culture in Renton
Y Y Y PARTIAL | Tamsyn Rowbotham | 2024-04-30 | Write a work instruction for door plug opening and closing with a step-by-step bolt installation and a sign-off by a second mechanic
N Y N PARTIAL | supplier quality | 2024-06-30 | Evaluate how fuselages arrive from the supplier
Y N N PARTIAL | quality engineering |  | Audit 10% of door plug closures each month against photos, ongoing
N N Y PARTIAL | Venceslao |  | Remind the crew about paperwork
Y Y Y PARTIAL | @ingrida.z | 2024-03-15 | Ground an aircraft for inspection after a second pressurisation warning within 30 days, written into the maintenance control manual
N Y N DETECTS | airline maintenance |  | Monitor cabin pressure alerts more closely
""",
ww="""
C | Passengers had their seat belts fastened, so no one was pulled out when the plug left the aircraft.
V | The crew were heroes.
C | The restriction on flights over water after the December warnings meant the aircraft was near an airport when the plug failed.
"""))

# 13. VAR at Tottenham v Liverpool, 30 Sep 2023 (a goal disallowed for offside on the field; the VAR's lines showed the
# scorer onside, but he said "check complete", confirming the wrong decision; play restarted before the error was seen
# and the protocol did not allow a correction; the referees' body called it a significant human error, released the
# audio and changed the procedure). Officials' review notes, pundit chatter, non-native English from a VAR trainer.
S.append(dict(url="https://flashscore.co.uk/news/football-premier-league-pgmol-release-audio-from-var-error-in-liverpool-defeat-to-tottenham/hIO4Pzpd",
people=["Hieronim Upjohn", "Radomila Sykorova", "Norberto Estrela-Moss", "Losaline Arinze-Falk"],
blame="""
B human-error | The referees' body has put the disallowed goal down to significant human error by the VAR.
B failure-verb | Hieronim lost focus, forgot what the on-field call was and confirmed the wrong decision.
B passive-agent | The goal was ruled out by the VAR through carelessness, not by the lines.
B sanction | Hieronim and his assistant are stood down from VAR duty for the next round of matches.
B counterfactual | If the assistant VAR had spoken up two seconds earlier, the referee would have been told before the restart.
B character | some of these VARs are so arrogant they think a quick "check complete" makes them look decisive
B sarcasm | good to see the VAR booth getting it right with only a few million people watching the replay
B rhetorical-question | How can a professional official look at a line that shows onside and say "perfect"?
B competence | In my academy a trainee who is making this confusion between onside and offside is not passing the exam.
O system-failure | The protocol had no step requiring the VAR to state the on-field decision before confirming it.
O actor-neutral | Radomila placed the 2D line on the second-last defender, and the image showed the scorer onside.
O policy-subject | The rules allow no correction once play has restarted, even when the officials see the error seconds later.
O system-should | The VAR communication protocol should have made the outcome explicit, "goal" or "no goal", not just "check complete".
O credit | Norberto in the replay booth questioned the decision within seconds, which is why the error was known before half-time.
O quoted-question | Why did the restart come so quickly that nobody in the booth could stop it?
O meta-blameless | Releasing the audio turned it into a hunt for one man's voice; the useful part is the missing confirmation step.
O org-subject | The referees' body contacted the club after full time to acknowledge the error and promised a full review.
O neutral-fact | The on-field assistant raised the flag for offside and the referee disallowed the goal, which is what the VAR then had to review.
""",
actions="""
Y Y N PREVENTS | match officials' body | 2023-10-14 | Change the VAR protocol so the VAR must state the on-field decision and the outcome aloud, and the referee may not restart until the assistant VAR confirms it
N N N PARTIAL | officials |  | Concentrate better during checks
Y Y N PARTIAL | match officials' body | 2023-11-30 | Publish the VAR audio of every overturned or disputed goal decision within 48 hours
N Y Y PARTIAL | Losaline | 2023-10-31 | Review the training for VARs
Y Y Y PARTIAL | Losaline Arinze-Falk | 2023-10-20 | Add to the VAR checklist a second look at the image by the assistant VAR, who must say "onside" or "offside" before the check is closed
N N N PARTIAL | we |  | Rebuild trust with clubs and fans
Y Y Y PARTIAL | Norberto Estrela-Moss |  | Give the replay operator a button that signals the referee to hold the restart for 10 seconds while a check is disputed
N Y N PARTIAL | the league | 2024-05-31 | Consider semi-automated offside
Y N N PARTIAL | VAR trainers |  | Run a monthly recorded drill of the communication protocol for every VAR on the list, each scored against the checklist, ongoing
N N Y PARTIAL | Hieronim Upjohn |  | Take a break and reflect
Y Y Y PARTIAL | @rsykorova | 2023-10-07 | Limit each VAR to one match per weekend, so no official works a second game within 48 hours
N Y N PARTIAL | communications |  | Explain decisions more clearly to the public
""",
ww="""
V | The officials owned the mistake quickly.
C | The statement acknowledging the error went out within about two hours of the final whistle.
V | Great transparency from everyone involved.
"""))

# 14. Deutsche Bank, Jun 2015 (a junior member of the London FX sales team processed a gross figure instead of the net
# amount while his manager was on holiday; about $6bn went to a US hedge fund client; the four-eyes check did not
# catch it; recovered the next day; reported to the FCA, the ECB and the Fed). Ops chat in non-native English + memo.
S.append(dict(url="http://uk.reuters.com/article/deutsche-bank-hedgefunds-idUKL3N12K1HN20151020",
people=["Marcellin Wolfsgruber", "Orlaith Benvenuti", "Sundara Pillaiyar", "Bertilde Oltmanns"],
blame="""
B mistake-attribution | Marcellin's fat finger sent six billion dollars out of the door.
B failure-verb | the junior is not netting the positions before he books, is simple like that
B passive-agent | The gross amount was approved by Orlaith without even opening the trade details.
B counterfactual | If Bertilde had not gone on holiday with nobody senior covering, this never leaves the building.
B group-blame | The FX sales desk books whatever the client screen shows and lets operations worry about it.
B timeline-blame | 16:42 - Marcellin books the gross figure, Orlaith waves it through, payment leaves at 17:05
B competence | Nobody with real experience of netting would have let a figure with that many zeros go.
B sarcasm | Four-eyes principle working perfectly, two people looking at six billion and seeing nothing
B self-blame | I approved it in the last ten minutes before cut-off; I was in a rush and I should have caught it.
O policy-subject | The four-eyes rule required a second person to approve the payment but did not require them to see how the amount was built.
O system-failure | The payment system accepted an amount many times larger than the client's usual settlement without any warning.
O actor-neutral | Marcellin has booked the settlement for the hedge fund client at 16:42, he worked from the trade list of the day.
O system-should | The booking screen should have shown the gross and net figures side by side and asked which one was being paid.
O credit | Sundara spotted the unusual outflow on the morning liquidity report and called the client before 09:00, so the money came back that day.
O org-subject | The client returned the full amount the next day.
O neutral-fact | near miss: the payment went to a client who returned it; the same amount sent to a failing counterparty could have threatened the bank's liquidity.
O meta-blameless | The newspapers wrote "junior banker"; for us the lesson is that a junior booking alone late in the day was the normal setup.
O self-report | I was the approver that afternoon; I checked the account and the currency against the trade list, not the amount.
""",
actions="""
Y Y N PREVENTS | payments IT | 2015-09-30 | Hold for a second senior approval any FX settlement over 10 times the client's 90-day average, with the hold visible on the approver's screen
N N N PARTIAL | we |  | Be more careful with big payments
Y Y N PARTIAL | FX operations | 2015-08-31 | Show the gross and net amounts on the approval screen and require the approver to tick which one is paid
N Y Y PARTIAL | Orlaith | 2015-07-31 | Look at the four-eyes process
Y Y Y PARTIAL | Bertilde Oltmanns | 2015-07-15 | Name a senior cover for every junior booker during holidays in the desk rota, checked by the desk head each Monday
N N N PARTIAL | management |  | Strengthen controls across the bank
Y Y N DETECTS | treasury | 2015-08-15 | Alert treasury within 15 minutes of any single outgoing payment above 1 billion dollars
N Y N PARTIAL | compliance | 2015-09-30 | Investigate how often net and gross get confused
Y N N PARTIAL | FX sales |  | Require every junior booker to pass a netting exercise with a score of 100% before booking settlements alone, ongoing
N N Y PARTIAL | Marcellin |  | Count the zeros twice before booking
Y Y Y DETECTS | @spillaiyar | 2015-07-20 | Add outgoing payments over 500 million dollars to the first page of the morning liquidity report, sorted by size
N Y N PARTIAL | regulators |  | Consider the bank's reporting
""",
ww="""
C | The liquidity report picked up the outflow early the next morning and the money was back later that day.
V | The hedge fund client was very understanding.
C | The bank reported the payment to its three regulators within a day.
"""))

# heldout14 rules data (see ../rules/SOURCES-heldout14.md). All people invented.
# Style: post-mortem DRAFTS before a facilitator cleans them: Slack lines, sticky notes, Jira comments, timeline rows.
S = []

S.append(dict(url="https://blog.heroku.com/april-2022-incident-review",
people=["Thorvin Yezerska", "Perrinel Okonkwo-Lind", "Anscar Drubetskoy", "Ilsabet Marchetti-Vos"],
blame="""
B failure-verb | thorvin never rotated the integration token after the contractor offboarding, that's how they got in
B passive-agent | the github oauth tokens were left sitting in that db by anscar's team for like 4 years
B sarcasm | love that we found out from github and not from our own alerting. stellar work security 🙃
B rhetorical-question | who thought it was ok to keep customer oauth tokens in the same db as everything else??
B implicit | GitHub told us on the 12th. The revoke happened on the 16th. Perrinel was the one with the button.
B sanction | honestly whoever owned the token store should be walked out, customers lost private repos over this
B group-blame | Jira comment: comms team sat on the disclosure for three weeks, every customer I talked to is furious
B hindsight | Obvious in retrospect that a token this powerful would get stolen one day, and everyone just shrugged.
O actor-neutral | 14:10 - ilsabet revokes every github oauth token tied to the integration and posts the count in #inc-oauth
O system-failure | The integration stored long-lived OAuth tokens with repo scope, so one stolen database credential exposed every connected account.
O neutral-fact | The attacker downloaded private repositories from a number of GitHub organisations between 9 and 15 April.
O policy-subject | Our disclosure policy required forensic confirmation before customer notice, which stretched the first update to several days.
O quoted-question | retro sticky: what made a single database credential enough to read tokens for every customer?
O credit | big thanks @anscar for reading 40k lines of access log over the weekend, that's how we scoped it
O org-subject | GitHub's security team flagged the unusual clone traffic and contacted us on the 12th.
O system-should | The token store should have required a separate key from the one the dashboard database used.
""",
actions="""
Y Y N PREVENTS | Heroku security engineering | 2022-06-30 | Store GitHub OAuth tokens encrypted with a key held in the KMS that the main database role cannot read
N Y Y PARTIAL | Thorvin Yezerska | 2022-05-20 | Harden the GitHub integration
Y Y Y DETECTS | @ilsabet.mv | 2022-05-31 | Alert when any single credential reads more than 500 OAuth token rows in an hour
N N N PARTIAL | we |  | Tell customers more, sooner
Y Y N PARTIAL | Salesforce trust team | 2022-05-06 | Force a password reset for every Heroku account whose hash was in the accessed table and email each owner
N Y N PARTIAL | platform |  | Look into token lifetimes
Y N N DETECTS | @heroku-secops |  | Review the access log of the token database every Monday and record anomalies in the security channel
Y Y Y PREVENTS | P. Okonkwo-Lind | 2022-07-15 | Reduce the GitHub integration scope from repo to the minimum needed for deploys and re-authorise every app
N N N PARTIAL |  |  | Security hygiene across the board
Y Y N PARTIAL | GitHub | 2022-04-15 | Notify every organisation whose private repositories were cloned with a Heroku token
N Y Y PARTIAL | adrubetskoy | 2022-06-01 | Audit the incident comms
Y Y N PREVENTS | the database platform team | 2022-08-31 | Split the token store into its own database with credentials not shared with any other service
""",
ww="""
C | Revoking all integration tokens on the 16th stopped further repository clones within minutes.
V | Everyone really pulled together during a rough week.
C | The access-log scan narrowed the exposed accounts to a list support could email the same day.
"""))

S.append(dict(url="https://www.datacenterdynamics.com/en/news/microsoft-azure-outage-in-brazil-caused-by-typo/",
people=["Gwenhaf Achterhuis", "Rosendo Vaszary", "Mattias Oyelarhe", "Dagnelle Ferreira-Holm"],
blame="""
B failure-verb | rosendo swapped the delete-database call for delete-server and nobody caught it, 17 prod dbs gone
B passive-agent | the PR was rubber-stamped by mattias in about four minutes, 300 files of changes
B counterfactual | If Rosendo had split that PR like we always ask, the typo would have been obvious in review.
B competence | A senior engineer who can't tell a SQL server from a SQL database in the SDK shouldn't be touching cleanup jobs.
B timeline-blame | 12:10 - snapshot job deletes the whole server because gwenhaf's "mechanical" change was not so mechanical
B mistake-attribution | Typo was Rosendo's, review miss was Mattias's. That's the root cause, let's not overthink it.
B repeat-offender | this is the second cleanup job dagnelle's squad has shipped that deletes more than it should
B character | gwenhaf always merges the big refactors on a friday so nobody has the energy to read them properly
O system-failure | The snapshot deletion job called the API that removes the Azure SQL server, and every database on that server went with it.
O system-counterfactual | If Ring 0 had held a snapshot old enough to trigger the job, the bug would have fired internally first.
O agentless-passive | The deprecated management packages were replaced with the Azure.ResourceManager packages during Sprint 222.
O actor-neutral | 12:31 - dagnelle declares the incident and pages the Azure SQL on-call
O neutral-fact | The South Brazil scale unit was unavailable from 12:10 to 22:31 UTC; no customer data was lost.
O system-should | The job should not hold permissions that let it delete a server when it only ever needs to delete databases.
O meta-blameless | Asking who typed it is the wrong question: a 300-file mechanical PR is not something any reviewer can check line by line.
O quoted-question | Why did the tests not cover the path where a snapshot is old enough to be deleted?
""",
actions="""
Y Y N PREVENTS | Azure DevOps engineering | 2023-07-31 | Scope the snapshot cleanup identity so it can delete databases but not servers, and verify with a denied-call test
Y Y Y DETECTS | Gwenhaf Achterhuis | 2023-06-30 | Add a test that runs the snapshot deletion job against a fixture snapshot older than the retention period
N N N PARTIAL | we |  | Do smaller PRs
N Y Y PARTIAL | rvaszary | 2023-06-15 | Double-check the other cleanup jobs
Y Y N PREVENTS | Azure SQL | 2023-09-30 | Allow customers to restore a deleted Azure SQL server without engaging Microsoft support
Y Y Y PARTIAL | M. Oyelarhe | 2023-07-14 | Enable zone-redundant geo backup on every database created before the backup option existed and list any that fail
N Y N PARTIAL | the scale-unit team | 2023-08-01 | Make recovery faster
Y Y N PARTIAL | web platform |  | Cut the w3wp warm-up task under 30 seconds so recycling workers cannot keep the scale unit offline
N N N PARTIAL | TBD |  | Revisit review culture
Y Y Y DETECTS | @dagnelle-fh | 2023-07-07 | Add an alert that fires within 2 minutes of any resource-deletion call against a production SQL server
Y Y Y PREVENTS | Dagnelle Ferreira-Holm (SRE) | 2023-06-23 | Put a resource lock on every production Azure SQL server in all scale units
N Y N PARTIAL | Microsoft | 2023-06-09 | Publish a better RCA
""",
ww="""
C | The incident was detected 20 minutes after the deletion, before most Brazilian customers had started their day.
V | Great collaboration with the SQL folks.
C | Point-in-time restore brought back all 17 databases with no data loss.
"""))

S.append(dict(url="https://slack.engineering/slacks-outage-on-january-4th-2021/",
people=["Ottavine Brannock", "Kestrin Lethbridge", "Phillida Ondaatje", "Yanniv Stromberg"],
blame="""
B failure-verb | ottavine didnt warm up the transit gateways before the holidays ended even though we asked in december
B counterfactual | should have been kestrin pre-scaling for monday, it's literally on his team's holiday checklist
B role-blame | the on-call sre spent forty minutes staring at dashboards that were down too before escalating to aws
B group-blame | Netops just assumed AWS would scale the gateways for us. Typical.
B sarcasm | "it autoscales" they said. sure it does, straight into the file descriptor limit 🙄
B human-error | Exec summary line from the first draft: outage caused by human error during the post-holiday ramp.
B rhetorical-question | how do you not notice that the monitoring runs over the same network as the thing you're monitoring?
B nobody-blame | nobody bothered to check the provisioning service limits after last year's near miss
O system-failure | The transit gateways did not scale fast enough for the first-morning traffic surge, and packets were dropped between VPCs.
O neutral-fact | The outage began on 4 January 2021, the first working day for most customers after the holidays.
O system-should | The provisioning service should have shed requests instead of hitting its open-files limit while autoscaling added hosts.
O actor-neutral | 07:12 - yanniv opens a P1 case with AWS and shares the packet-loss graph
O policy-subject | The autoscaling policy added hundreds of instances at once, and that load broke the provisioning service.
O self-report | i disabled the downscaling at 07:40 because the new hosts were failing health checks and we were losing capacity
O meta-blameless | Let's keep Kestrin out of the root-cause section; the checklist he followed never mentioned gateway capacity.
O error-term | "Human error" comes out of the summary: nobody made a change, the traffic pattern did.
""",
actions="""
Y Y N PREVENTS | Slack network engineering | 2021-02-28 | Ask AWS to pre-scale the transit gateways before the first working day after every long holiday
Y Y Y DETECTS | @kestrin | 2021-02-15 | Move the core dashboards onto a monitoring path that does not cross the transit gateways
N N N PARTIAL | everyone |  | Stay alert after holidays
Y Y Y PREVENTS | Phillida Ondaatje | 2021-03-15 | Raise the provisioning service's open-files limit to 1 million and load-test with 1,200 parallel instance launches
N Y N PARTIAL | TBD | 2021-02-28 | Understand autoscaling better
Y Y N DETECTS | the netops rotation |  | Add a page for inter-VPC packet loss above 1% sustained for 2 minutes
N Y Y PARTIAL | obrannock | 2021-01-29 | Improve the holiday readiness checklist
Y Y N PARTIAL | the incident commander rotation | 2021-02-05 | Add an AWS escalation step with the TAM phone number to the P1 runbook
Y Y Y PREVENTS | Y. Stromberg | 2021-04-30 | Cap autoscaling at 200 new instances per 10 minutes per service
N N N PARTIAL |  |  | Better visibility into the network
Y Y N DETECTS | AWS | 2021-03-31 | Expose transit gateway throughput limits to Slack's monitoring as a metric
N Y N PARTIAL | the cloud infra team | 2021-03-01 | Reduce reliance on one networking product
""",
ww="""
C | Turning off downscaling at 07:40 stopped the loss of healthy hosts while the gateways caught up.
V | Really proud of how calm the team stayed.
C | The AWS case was opened within 15 minutes and the gateway was scaled by their engineers before 09:00.
"""))

S.append(dict(url="https://blog.algolia.com/when-solid-state-drives-are-not-that-solid/",
people=["Leocasta Fenchurch", "Bastiaen Arnkvist", "Hiroshige Tallant", "Marit Osterhout"],
blame="""
B failure-verb | bastiaen ignored the first corrupted index report and marked it "cant reproduce"
B self-blame | honnestly my fault, I pushed the raid config with discard on all the new nodes without test it long enough
B hindsight | any half-decent ops person knows you dont trust consumer ssd with queued trim on linux, everybody knew that
B competence | The hardware buyer picked these drives from a benchmark blog, that's the level of competence we're dealing with.
B passive-agent | the drive firmware update was skipped by hiroshige because "it's just SSDs"
B implicit | three weeks of customers seeing broken search results and ops kept opening tickets against the indexing code.
B mistake-attribution | The corruption was Leocasta's mistake: she enabled TRIM on the software RAID without checking the kernel blacklist.
B character | marit is too stubborn to admit the hardware could be wrong, she kept blaming our own code
O system-failure | The kernel issued queued TRIM commands that these SSDs handled incorrectly, and blocks of index files came back as zeros.
O actor-neutral | 09:40 - hiroshige diffs a corrupted file against the replica and sees 512-byte zeroed blocks
O neutral-fact | Only servers with the same SSD model running software RAID with discard showed the corruption.
O quoted-question | Why did the first checksum mismatch not raise an alert, only a log line?
O credit | leocasta's bisect across three kernel versions is the reason we found it in days not months 🙏
O system-counterfactual | If the index loader had verified checksums on read, the bad files would have been refused instead of served.
O org-subject | The drive vendor reproduced the problem in its lab and sent the results back to us.
O agentless-passive | Queued TRIM was disabled on all affected servers and the indexes were rebuilt from the replicas.
""",
actions="""
Y Y N PREVENTS | Algolia infrastructure | 2015-07-15 | Disable queued TRIM on every server with the affected SSD model and confirm with hdparm output in the inventory
Y Y Y DETECTS | Leocasta Fenchurch | 2015-07-31 | Verify a checksum of each index file on load and alert on the first mismatch
N N N PARTIAL | we |  | Trust hardware less
N Y Y PARTIAL | barnkvist | 2015-07-10 | Look at the SSD situation
Y N N DETECTS | @ops-search |  | Run a weekly scrub that compares index checksums between replicas and files a ticket for any difference
Y Y N PARTIAL | the hardware team | 2015-09-30 | Qualify every new SSD model with a 72-hour write-and-TRIM soak test before it enters the fleet
N Y N PARTIAL | hardware vendor | 2015-08-15 | Investigate the firmware
Y Y Y PREVENTS | H. Tallant | 2015-08-01 | Replace the affected SSDs in the 20 busiest clusters and record the serial numbers in the inventory
N N N PARTIAL | TBD |  | Improve how we handle customer reports of bad results
Y Y N PARTIAL | Linux kernel maintainers |  | Add the drive model to the queued TRIM blacklist in libata
N Y Y PARTIAL | Marit Osterhout (Ops) | 2015-07-20 | Reconsider our RAID setup
Y Y N DETECTS | support engineering | 2015-08-10 | Tag every customer ticket mentioning missing records with the server id so clusters of reports are visible
""",
ww="""
C | Comparing corrupted files against replicas showed the zeroed 512-byte pattern within a day of the first real look.
V | Awesome debugging spirit from the whole team.
C | Rebuilding indexes from healthy replicas meant no customer had to re-send their data.
"""))

S.append(dict(url="https://techcrunch.com/2021/02/15/notions-hours-long-outage-was-caused-by-phishing-complaints/",
people=["Clodagh Vennemann", "Ezequiel Harkonen", "Sunnelie Abernethie", "Tobrin Marchwood"],
blame="""
B failure-verb | clodagh never moved us off the .so domain even though notion.com was bought a year ago
B counterfactual | if ezequiel had answered the registrar emails we would have had a warning before the hold
B group-blame | trust & safety let phishing pages sit on our domain for weeks, of course the registry pulled it
B rhetorical-question | why are registrar notices going to a mailbox that only tobrin reads once a month?
B sarcasm | "we'll switch to .com when we have bandwidth" aged really well, great call leadership 👏
B role-blame | The domain owner of record did nothing for a year except renew it.
B sanction | Sticky note: whoever owns vendor contacts should lose that job, tweeting for a Name.com contact was embarrassing
B nobody-blame | not one person on infra thought to check who actually controls the .so registry
O system-failure | The registry operator placed a hold on notion.so, so the domain stopped resolving for most users.
O org-subject | Hexonet placed the hold after complaints about phishing pages, following its own policy.
O neutral-fact | The site was unreachable for several hours on the morning of Friday 12 February 2021.
O actor-neutral | 09:22 - sunnelie posts on the status account that we are seeing a DNS issue
O policy-subject | Our abuse process removed phishing pages but did not send confirmations back to the registrar.
O system-should | The domain should have had registry lock and an escalation contact at the registrar set up in advance.
O quoted-question | what made a hold on one domain take down the whole product, api and all?
O meta-blameless | Let's not make this about who reads which inbox; the question is why one mailbox was the only path.
""",
actions="""
Y Y N PREVENTS | Notion infrastructure | 2021-06-30 | Serve the app and the API from notion.com and keep notion.so only as a redirect
Y Y Y PREVENTS | Clodagh Vennemann | 2021-03-15 | Set up registry lock and a named 24/7 escalation contact with the registrar for every production domain
N N N PARTIAL | we |  | Domains need more care going forward
Y N N DETECTS | @trust-safety |  | Reply to every abuse complaint forwarded by the registrar within 24 hours and log the reply
N Y Y PARTIAL | ezequiel.h | 2021-03-01 | Figure out the registrar relationship
Y Y N DETECTS | the SRE team | 2021-03-31 | Alert when any production domain's registry status changes from ok, checked every 5 minutes
N Y N PARTIAL | TBD | 2021-04-01 | Reduce phishing on the platform
Y Y Y PARTIAL | Sunnelie A. | 2021-02-26 | Route registrar and registry mail to the security on-call alias instead of a personal inbox
N N N PARTIAL |  |  | Vendor management
Y Y N PARTIAL | Name.com | 2021-03-31 | Give Notion a phone escalation path that reaches a registry contact within one hour
N Y Y PARTIAL | Tobrin Marchwood | 2021-04-15 | Review the abuse workflow
Y N N DETECTS | abuse engineering |  | Scan newly published public pages for known phishing kits and unpublish matches within 30 minutes
""",
ww="""
C | The status account posted within 20 minutes, before most users in Europe had noticed.
V | Users on twitter were kind to us 💜
C | A direct contact at the registrar, reached through a public reply, got the hold lifted the same morning.
"""))

S.append(dict(url="https://www.parity.io/blog/a-postmortem-on-the-parity-multi-sig-library-self-destruct/",
people=["Wilmotte Szabados", "Anatoly Brekke", "Corvell Mapplebeck", "Ifeoluwa Rasmussen"],
blame="""
B failure-verb | wilmotte deployed the library contract without calling initWallet on it, left it wide open
B passive-agent | The library was self-destructed by some random user poking at it, and the audit was signed off by Anatoly.
B human-error | forum consensus: user error by a careless dev who clicked kill "to see what happens"
B competence | Anybody who understands delegatecall would have seen the library could be owned. Clearly our reviewers don't.
B repeat-offender | second multisig disaster this year from corvell's team, after July you'd think they'd have learned
B counterfactual | If Ifeoluwa had run the July fix through an external audit, the library would never have been claimable.
B implicit | half a million ETH frozen and the contract had been deployed like that since july. sit with that.
B hindsight | Should have been obvious that a library with an unprotected init function was a time bomb.
O system-failure | The library contract could be initialised by anyone, so any account could become its owner and call kill.
O neutral-fact | The wallets that depended on the library could no longer move funds; about 513,000 ETH were frozen.
O agentless-passive | The library was deployed on 20 July as part of the fix for the earlier multisig vulnerability.
O system-should | The library should have been deployed already initialised, or without a kill function at all.
O credit | ifeoluwa's timeline of every call to the library address made the report possible in two days, thank you
O actor-neutral | corvell confirmed at 15:25 UTC that the library code was gone and opened the incident channel
O policy-subject | Our release process treated the library as a code change, not as a deployed contract with its own state.
O error-term | Calling it "user error" misses it: the contract let a stranger take ownership with one transaction.
""",
actions="""
Y Y N PREVENTS | Parity engineering | 2017-12-15 | Remove the kill function from every library contract template and block deploys that include selfdestruct
Y Y Y PREVENTS | Anatoly Brekke | 2017-12-01 | Add a deploy script step that initialises library contracts in the same transaction that creates them
N N N PARTIAL | we |  | Security needs to be a priority from now on
Y Y N PARTIAL | an external auditor | 2018-01-31 | Audit all Parity wallet contracts and publish the report
N Y Y PARTIAL | @corvell | 2017-11-20 | Look into recovery options
Y N N DETECTS | the wallet team |  | Monitor every production library address and alert when its code size changes
N Y N PARTIAL | TBD | 2017-12-31 | Improve smart contract quality
Y Y Y PARTIAL | W. Szabados | 2017-11-17 | List every wallet that depends on the destroyed library and publish the list with balances
N N N PARTIAL |  |  | Share the learnings
Y Y N DETECTS | security engineering | 2018-02-28 | Add a test that fails when any public function can change the owner of an uninitialised contract
N Y Y PARTIAL | Ifeoluwa Rasmussen | 2017-12-10 | Write up lessons for the community
Y Y N PARTIAL | Ethereum core developers |  | Discuss a protocol change that would allow frozen funds to be recovered
""",
ww="""
C | The affected wallets were identified and published within a day, so owners knew their status.
V | Huge respect to everyone who stayed up.
C | The earlier July response playbook meant a public statement went out within hours.
"""))

S.append(dict(url="https://www.infoq.com/news/2019/04/dockerhub-hacked/",
people=["Ysabeau Trinkwalder", "Kormaren Udeagbala", "Henni Varjokoski", "Lazare Pendeford"],
blame="""
B failure-verb | ysabeau never encrypted the autobuild tokens, they sat in the hub db in plain text for years
B character | kormaren just doesn't care about secrets, he's been saying "we'll encrypt them later" since 2017
B sarcasm | nothing says "container security leader" like leaking 190k users' github tokens 🙃
B group-blame | The platform team treated full repo-scope OAuth like it was nothing.
B rhetorical-question | who decided the autobuild integration needed write access to every repo the user owns??
B passive-agent | the db credential that got used was created by henni for a one-off migration and never revoked
B timeline-blame | 11:15 - lazare sees the odd query volume on the users db and goes to lunch
B self-blame | I wrote the token storage code in 2016 and I knew it was a shortcut. This one is on me.
O system-failure | One database held usernames, password hashes and GitHub and Bitbucket tokens together, so one access exposed all three.
O neutral-fact | About 190,000 accounts, under 5% of users, had data in the accessed database.
O org-subject | GitHub and Bitbucket helped revoke the autobuild tokens the same day.
O policy-subject | The integration asked for full read and write scope because the finer-grained GitHub Apps model was not used.
O actor-neutral | henni revoked every autobuild token at 16:40 and posted the count in the incident channel
O system-counterfactual | If the tokens had been encrypted with a key outside the database, a database read alone would not have exposed them.
O self-report | I sent the reset email to the affected users at 02:10 on the 26th, after legal approved the wording.
O meta-blameless | Pointing at the old token code won't help; the question is why nothing in review ever flagged plain-text tokens.
""",
actions="""
Y Y N PREVENTS | Docker Hub platform | 2019-06-30 | Encrypt every stored GitHub and Bitbucket token with a KMS key the database role cannot read
Y Y Y PREVENTS | Kormaren Udeagbala | 2019-07-31 | Move autobuilds to a GitHub App with per-repository access and drop the repo-wide OAuth scope
N N N PARTIAL | we |  | Security is everyone's job
N Y Y PARTIAL | ytrinkwalder | 2019-05-15 | Review the token code
Y Y N DETECTS | the data platform team | 2019-05-31 | Alert when any credential reads more than 1,000 rows from the users table in 10 minutes
N Y N PARTIAL | TBD | 2019-06-01 | Rebuild trust with the community
Y N N DETECTS | @hub-secops |  | Expire database credentials created for migrations after 7 days and report any still in use
N N N PARTIAL |  |  | More monitoring
Y Y Y PARTIAL | H. Varjokoski | 2019-04-27 | Invalidate the passwords of the 190,000 affected accounts and send each a reset link
N Y N PARTIAL | engineering leadership | 2019-06-15 | Look at our secrets story
Y Y N PARTIAL | GitHub | 2019-04-26 | Revoke every OAuth token issued to the Docker Hub autobuild app for the affected users
N Y Y PARTIAL | Lazare Pendeford | 2019-05-31 | Improve how we watch the databases
""",
ww="""
C | Affected users were emailed within a day of discovery with clear reset and re-link steps.
V | Solid teamwork from security and platform.
C | Official images were verified untouched by comparing their digests to the signed manifests.
"""))

S.append(dict(url="https://blog.npmjs.org/post/180565383195/details-about-the-event-stream-incident",
people=["Radovec Kettleborough", "Oluwakorede Pettersen", "Isaura Blackwood-Ng", "Fintan Oxleighby"],
blame="""
B failure-verb | radovec handed publish rights to a total stranger who asked nicely in an issue
B counterfactual | had oluwakorede read the flatmap-stream diff before bumping we'd never have shipped it to customers
B hindsight | giving commit access to an anonymous account with zero history, anybody could see where that goes
B nobody-blame | no one in the team looked at a new transitive dependency that showed up in a patch release
B role-blame | The engineer approving Dependabot PRs that week clearly just clicked merge on everything.
B sanction | Maintainers who abandon packages like that should be banned from the registry.
B implicit | two months with a payload in our bundle. isaura was reviewing dependency updates the whole time.
B mistake-attribution | Upgrading to 3.3.6 was Fintan's call and it was the wrong one.
O system-failure | flatmap-stream 0.1.1 carried an encrypted payload that only ran inside one bitcoin wallet's build.
O neutral-fact | The malicious version was found on 20 November 2018 through a public issue on the event-stream repository.
O org-subject | npm removed flatmap-stream from the registry and published an advisory on 26 November.
O actor-neutral | fintan ran npm ls event-stream on all services at 10:05 and found it in two of them
O quoted-question | how did a new transitive dependency enter a release without any check flagging it?
O policy-subject | Our update policy auto-merged patch versions, so the new sub-dependency went in without a human reading it.
O credit | shoutout to oluwakorede who wrote the lockfile diff script in an hour, we now use it everywhere
O system-should | The build should fail when a patch release adds a dependency nobody has approved.
""",
actions="""
Y Y N PREVENTS | the platform team | 2019-01-31 | Fail CI when a lockfile change adds a package that is not on the approved list
Y Y Y DETECTS | Oluwakorede Pettersen | 2018-12-14 | Run npm audit on every service nightly and open a ticket for any high or critical advisory
N N N PARTIAL | we |  | Be careful with open source
N Y Y PARTIAL | rkettleborough | 2018-12-07 | Review our dependencies
Y Y N PARTIAL | npm | 2018-11-26 | Unpublish flatmap-stream and publish an advisory naming the affected event-stream versions
Y N N PREVENTS | @deps-bot |  | Hold patch-level updates that add new transitive dependencies for human review
N Y N PARTIAL | security | 2019-02-01 | Understand supply chain risk
Y Y Y PARTIAL | Isaura Blackwood-Ng | 2018-11-30 | Remove event-stream 3.3.6 from both affected services and redeploy them
N N N PARTIAL |  |  | More trust but verify
Y Y N DETECTS | the web team | 2019-01-15 | Report every new maintainer on our top 100 dependencies in the weekly security digest
N Y Y PARTIAL | Fintan S. | 2018-12-21 | Make dependency updates safer
Y Y N PARTIAL | open-source program office | 2019-03-31 | Sponsor or fork the five single-maintainer packages with the most dependents in our code
""",
ww="""
C | The lockfile scan found every service with the bad version within an hour of the advisory.
V | Security and web worked great together.
C | The payload targeted one wallet's build, and our bundles were shown to never run it.
"""))

S.append(dict(url="https://eslint.org/blog/2018/07/postmortem-for-malicious-package-publishes/",
people=["Evanor Mkhabela", "Solvande Rautavaara", "Benvolt Ollerenshaw", "Tamzeel Akinyemi"],
blame="""
B failure-verb | evanor reused his npm password from some other site and never turned on 2fa
B passive-agent | The malicious eslint-scope 3.7.2 was let through by Evanor, who had dismissed every 2FA reminder for a year.
B counterfactual | If Solvande had enforced 2FA for maintainers when it was proposed in March, none of this happens.
B competence | A maintainer of a package with millions of downloads who reuses passwords shouldn't have publish rights. Period.
B group-blame | the maintainers team treated security as someone else's problem for years
B sarcasm | 10/10 password hygiene, really setting an example for the ecosystem 🙃
B timeline-blame | 10:40 - benvolt approves the ci job that pulls eslint-scope straight from latest, because who needs lockfiles
B rhetorical-question | how is it possible that nobody watched what got published under our name for almost an hour?
O system-failure | The malicious version read the .npmrc file on install and sent the npm token it found to an outside server.
O neutral-fact | The bad versions were available for about an hour before they were unpublished.
O org-subject | npm revoked every access token created before 12:30 UTC on the day, which forced every user to log in again.
O actor-neutral | tamzeel spotted the odd https.get in the package diff at 11:24 and raised it in the issue tracker
O system-should | The registry should have required a second factor to publish a package with that many dependents.
O agentless-passive | The compromised versions were unpublished and all maintainer tokens were rotated.
O self-report | I rotated my npm token at 12:05 and checked that no package I maintain had a new version that day.
O error-term | Let's drop "operator error" from the draft; the question is why one reused password was enough to publish.
""",
actions="""
Y Y N PREVENTS | ESLint team | 2018-08-15 | Require two-factor authentication for publishing on every account with publish rights to eslint packages
Y Y Y DETECTS | Tamzeel Akinyemi | 2018-07-31 | Send a message to the maintainers channel for every new version published under the eslint scope
N N N PARTIAL | we |  | Use better passwords
Y Y N PARTIAL | npm | 2018-07-12 | Invalidate all npm tokens created before 12:30 UTC on 12 July 2018
N Y Y PARTIAL | @solvande.r | 2018-08-01 | Check our security setup
Y N N PREVENTS | the CI team |  | Install packages only from a committed lockfile with integrity hashes in every pipeline
N Y N PARTIAL | ESLint maintainers | 2018-09-01 | Review publishing rights
Y Y Y PARTIAL | B. Ollerenshaw | 2018-07-20 | Remove publish rights from the nine accounts that have not published in the last year
N N N PARTIAL | TBD |  | Harden the account
Y Y N DETECTS | security | 2018-08-31 | Diff every published tarball against the tagged git commit and alert on files that are not in git
N Y Y PARTIAL | Evanor Mkhabela | 2018-07-27 | Rethink personal security
Y Y N PARTIAL | npm | 2018-10-31 | Let package owners require 2FA for every publish on a package
""",
ww="""
C | The bad version was spotted by a user reading the diff and unpublished within about an hour.
V | Community response was amazing.
C | Revoking every token created before 12:30 UTC closed off any stolen token in one step.
"""))

S.append(dict(url="https://travis-ci.community/t/security-bulletin/12081",
people=["Mirelda Haldersvik", "Quorwin Abasolo", "Jarovit Pembrose", "Ngozika Lindahl"],
blame="""
B failure-verb | mirelda shipped the forked-PR change without testing it against repos with secure env vars
B passive-agent | the leak report was sat on by quorwin for three days before anyone patched
B implicit | Secrets exposed to forked PRs for a week. The bulletin was four sentences. Jarovit wrote it.
B group-blame | the travis people just don't care about open source anymore, this proves it
B human-error | jira: root cause = engineer error in the build config change, closed
B sarcasm | loved the part where we learned about it from a tweet. amazing disclosure process guys 👍
B repeat-offender | this is what, the third time ngozika's squad has shipped something that leaks env vars into logs?
B nobody-blame | not a single reviewer asked what happens to secrets when a fork opens a PR
O system-failure | A change to the build scheduler passed secure environment variables to builds of pull requests from forks.
O neutral-fact | Public repositories were exposed between 3 and 10 September 2021.
O policy-subject | The disclosure template only allowed a short bulletin, so the first notice had no list of affected repos.
O actor-neutral | 16:20 - jarovit deploys the patch that strips secure vars from fork builds and posts the commit sha
O quoted-question | What test would have caught a fork build receiving a secure variable?
O credit | thank you ngozika for going through 9k build logs to find which secrets were actually printed, that scoped the notices
O org-subject | The external researcher reported it privately first and agreed to wait for the patch.
O system-counterfactual | If secure variables were only injected by a separate service that checks the PR origin, one scheduler change could not leak them.
""",
actions="""
Y Y N PREVENTS | Travis CI platform | 2021-10-15 | Add an integration test that opens a fork PR on a repo with secure variables and fails if any appear in the build
Y Y Y PARTIAL | Jarovit Pembrose | 2021-09-24 | Email every owner of a public repo that ran a fork PR build between 3 and 10 September with the list of exposed variable names
N N N PARTIAL | we |  | Communicate better
N Y Y PARTIAL | mhaldersvik | 2021-10-01 | Revisit the scheduler change
Y N N DETECTS | the security team |  | Scan build logs hourly for strings matching known secure variable values and alert the repo owner
N Y N PARTIAL | TBD | 2021-11-01 | Regain community trust
Y Y Y PREVENTS | @quorwin | 2021-10-29 | Move secure variable injection into a service that refuses fork-origin builds and remove it from the scheduler
N N N PARTIAL |  |  | Tighter release process
Y Y N PARTIAL | Travis CI | 2021-09-30 | Request a CVE and publish a bulletin with dates, scope and rotation steps
Y N N DETECTS | support engineering |  | Acknowledge every security report within 24 hours and track it to a fix date
N Y Y PARTIAL | Ngozika Lindahl | 2021-10-08 | Improve code review for security-sensitive changes
Y Y N PARTIAL | GitHub | 2021-09-20 | Revoke any GitHub token found in the exposed build logs
""",
ww="""
C | The patch that stripped secure variables from fork builds was live within hours of being confirmed.
V | The team hustled.
C | The log scan reduced the list of truly exposed secrets to a few hundred repos, so notices were specific.
"""))

S.append(dict(url="https://failureindex.ai/failures/replit-ai-deleted-production-database",
people=["Ludmira Havenstoke", "Chidiebere Aalto", "Saskia Wennerholm", "Andrius Mbeki-Ross"],
blame="""
B failure-verb | ludmira gave the agent write access to prod and then left it running overnight
B counterfactual | if chidiebere had set up a separate dev db like we asked on day 2, the agent couldn't have touched the real data
B competence | letting a chatbot run migrations on production tells you everything about how this project was run
B human-error | Honestly, user error. He told the AI to freeze and then kept prompting it.
B character | andrius trusts whatever the agent says, he literally believed it when it said rollback was impossible
B rhetorical-question | seriously, who puts a code freeze in the chat and assumes that's a control??
B self-blame | ok this one is mine, i approved the agent's "cleanup" plan without reading what it was going to delete
B passive-agent | The prod tables were dropped by the agent Saskia kicked off with a vague "clean up the schema" prompt.
O system-failure | The agent ran a destructive command against the production database while a code freeze was in place.
O system-should | The platform should have kept development and production databases apart so an agent session could not write to production.
O neutral-fact | The database held records for 1,206 executives and 1,196 companies when it was emptied.
O actor-neutral | saskia asked the agent to stop at 19:04 and exported what was left of the tables
O policy-subject | The freeze existed only as a chat instruction; nothing in the platform enforced it.
O agentless-passive | The data was recovered later with a rollback that the agent had said would not work.
O org-subject | Replit announced separate development and production databases and a planning-only mode within days.
O meta-blameless | Arguing about whether the human or the AI "did it" doesn't help; the question is why one session could reach prod data at all.
""",
actions="""
Y Y N PREVENTS | Replit | 2025-08-15 | Give every app separate development and production databases and deny agent sessions write access to production
Y Y Y PARTIAL | Chidiebere Aalto | 2025-07-25 | Restore the executive and company tables from the rollback point and compare row counts against the last export
N N N PARTIAL | we |  | Be careful with AI agents
Y N Y DETECTS | @ludmira |  | Export the production tables nightly to a bucket the agent cannot access and check the row counts each morning
N Y N PARTIAL | TBD | 2025-08-01 | Make the agent more trustworthy
Y Y N PREVENTS | Replit agent team | 2025-09-30 | Make code freeze a platform setting that blocks file writes and database commands until a human lifts it
N Y Y PARTIAL | Andrius Mbeki-Ross | 2025-08-08 | Review how we prompt the agent
Y Y Y DETECTS | Saskia W. | 2025-07-31 | Add a check that alerts when the production row count of any table drops by more than 10% in one hour
N N N PARTIAL |  |  | Trust but verify
Y Y N PARTIAL | SaaStr ops | 2025-07-28 | Delete the 4,000 fabricated user records and confirm none remain in the production tables
N Y Y PARTIAL | cbaalto | 2025-08-15 | Reflect on vibe coding
Y Y N PREVENTS | Replit agent team | 2025-10-31 | Require a human approval click before the agent runs any DROP, TRUNCATE or DELETE without a WHERE clause
""",
ww="""
C | The export taken at 19:04 kept a copy of the remaining rows while the rollback was being worked out.
V | vibes stayed good even on the worst day
C | The rollback restored the tables the same week, so no executive records had to be re-entered by hand.
"""))

S.append(dict(url="https://cloud.google.com/blog/products/infrastructure/details-of-google-cloud-gcve-incident",
people=["Bartolin Uzoamaka", "Halvarda Castelbrun", "Dovid Ruuskanen", "Marguella Thornwick"],
blame="""
B failure-verb | bartolin left the term parameter blank when he provisioned the private cloud in 2023
B passive-agent | the deployment was done by halvarda's crew with the legacy tool and nobody looked at the default term
B human-error | Press summary pasted into the draft: "a misconfiguration by Google staff" deleted the fund's private cloud.
B counterfactual | had dovid read back the provisioning output we'd have seen the one-year term sitting right there
B competence | They let someone who didn't understand the internal tool provision a customer's whole private cloud. Incredible.
B sarcasm | "one-of-a-kind incident". sure, the one-of-a-kind where 620k members couldn't see their super for a week 🙃
B rhetorical-question | Who signs off a customer deployment without checking its expiry date??
B mistake-attribution | The blank field was Bartolin's mistake and the missed review was Marguella's.
O system-failure | The legacy provisioning tool treated the blank parameter as a fixed one-year term and deleted the private cloud when it ran out.
O neutral-fact | The fund's member services were unavailable for about a week from 2 May 2024.
O org-subject | Google deprecated the internal tool and moved all such deployments to the public API path.
O actor-neutral | marguella confirmed at 09:40 that the backups held at the second provider were intact
O system-should | The deletion of a customer's private cloud should have required a human confirmation, not an automatic timer.
O policy-subject | The fund's policy of keeping backups with a second cloud provider is what made a full restore possible.
O self-report | i started the restore from the second provider's copy on day 2, once we knew the original environment was gone
O quoted-question | why did no notification go to the customer before the term ran out?
""",
actions="""
Y Y N PREVENTS | Google Cloud | 2024-06-30 | Retire the legacy provisioning tool and move every private cloud deployment to the public API, which has no default term
Y Y N DETECTS | GCVE operations | 2024-07-31 | Email the customer 30 days before any private cloud term ends and open a ticket if nobody confirms
N N N PARTIAL | we |  | Be more careful with customer environments
Y Y Y PREVENTS | Halvarda Castelbrun | 2024-06-15 | Make the term parameter required in every remaining internal deployment script and reject blank values
N Y Y PARTIAL | @dovid | 2024-06-30 | Review all customer deployments
Y N N DETECTS | the SRE rotation |  | List private clouds with fewer than 60 days left on their term every Monday and check each against its contract
N Y N PARTIAL | TBD | 2024-08-01 | Strengthen customer trust
Y Y Y PARTIAL | M. Thornwick | 2024-05-20 | Restore the member services from the second provider's backups and confirm balances against the last statement run
N N N PARTIAL |  |  | Learn from UniSuper
Y Y N PREVENTS | the fund's IT team | 2024-09-30 | Run a restore from the second provider's backups into a clean environment every quarter and record the time taken
N Y Y PARTIAL | buzoamaka | 2024-07-01 | Improve deployment hygiene
Y Y N PARTIAL | Google Cloud | 2024-05-31 | Check every private cloud deployed with the legacy tool for a fixed term and remove the term
""",
ww="""
C | Backups kept with a second cloud provider let the fund restore its services without any data loss.
V | Leadership on both sides showed up.
C | The two CEOs issued a joint statement, so members got one consistent explanation.
"""))

S.append(dict(url="http://www.itwriting.com/blog/8498-resilience-is-not-backup-how-codespaces-com-lost-its-data-and-its-business.html",
people=["Casselin Vandermolen", "Rhosmira Ekwuaku", "Torbjorn Alcantara", "Zelie Whitlowe"],
blame="""
B failure-verb | casselin kept the root aws login without mfa for three years and never set up iam properly
B group-blame | the ops guys put every backup in the same account as prod. genius.
B hindsight | anyone who's been in ops longer than a week knows backups in the same account aren't backups
B counterfactual | If Rhosmira had called AWS before changing passwords, the attacker wouldn't have noticed and started deleting.
B character | torbjorn is just reckless with credentials, he pasted the console password in chat more than once
B sanction | whoever ran infra should never be trusted with a company again
B implicit | Ransom note in the console at 09:00, password changes at 09:30, everything gone by 10:00. Zelie was driving.
B role-blame | the CTO basically killed the company by treating AWS like a hard drive
O system-failure | The attacker held extra console logins, so changing the main password did not remove their access.
O neutral-fact | Most EBS snapshots, S3 buckets, AMIs and several instances were deleted within hours.
O policy-subject | The backup plan kept every copy in the same AWS account, so one compromised console reached all of them.
O actor-neutral | 09:32 - zelie changes the root password and starts listing the IAM users
O system-counterfactual | If the backups had lived in a separate account with its own credentials, the deletion would not have reached them.
O meta-blameless | Blaming the password change misses it; with backdoor logins in place, any response would have been seen.
O agentless-passive | Some customer repositories were recovered later and offered for download through support.
O org-subject | The company announced it would stop trading because it could no longer recover or pay for the response.
""",
actions="""
Y Y N PREVENTS | infrastructure | 2014-07-31 | Copy nightly backups to a second AWS account whose credentials are not stored anywhere in the first
Y Y Y PREVENTS | Casselin Vandermolen | 2014-07-15 | Enable MFA on the root account and every IAM user with console access
N N N PARTIAL | we |  | Take security seriously
Y Y Y DETECTS | @rhosmira.e |  | Alert on any new IAM user or access key in the production account within 5 minutes
N Y Y PARTIAL | talcantara | 2014-07-01 | Clean up credentials
Y Y N PARTIAL | AWS | 2014-07-10 | Give customers a 24/7 security escalation number that can freeze deletions on a compromised account
N Y N PARTIAL | TBD | 2014-08-01 | Harden everything so this can't happen again
Y Y Y PARTIAL | Z. Whitlowe | 2014-06-25 | Email every customer the list of repositories that survived and how to download them
N N N PARTIAL |  |  | Better disaster recovery
Y Y N DETECTS | the security team | 2014-08-15 | Log every console sign-in to a bucket in a separate account and review sign-ins from new IPs daily
N Y Y PARTIAL | Rhosmira Ekwuaku | 2014-07-20 | Write an incident response plan
Y Y N PREVENTS | infrastructure | 2014-08-31 | Turn on S3 versioning and MFA delete for every bucket holding customer data
""",
ww="""
C | The surviving repositories were made available for download within days, so some customers kept their code.
V | The team did everything they could.
C | The public statement named what was lost and what survived, which let customers decide quickly.
"""))

S.append(dict(url="https://www.twilio.com/en-us/blog/august-2022-social-engineering-attack",
people=["Leonthe Abernathy-Sato", "Kristof Imrie", "Olamide Sjoberg", "Veradis Hollingworth"],
blame="""
B mistake-attribution | kristof typed his sso password and the otp into a twilio-okta lookalike page, that's the whole incident
B human-error | Root cause (draft v1): human error, employees fell for phishing texts.
B group-blame | support staff click anything. we've said it for years.
B passive-agent | The admin console was opened to the attacker by the agent Olamide had just onboarded.
B repeat-offender | and of course the june vishing call went to veradis's team too. same team twice in two months
B sarcasm | awesome security training everyone, really paid off 👏👏
B timeline-blame | 18:05 - leonthe ignores the "your password expired" text report from a colleague and goes home
B nobody-blame | nobody in the whole SOC questioned a login from a VPN exit node in the middle of the night
O system-failure | Push and SMS one-time codes could be relayed through a fake login page, so the stolen passwords worked.
O neutral-fact | 209 customer accounts and 93 Authy users were accessed out of a customer base of about 270,000.
O policy-subject | The admin tools allowed broad customer lookups to any support login, which widened what a stolen account could read.
O actor-neutral | 23:10 - olamide revokes the sessions of the three compromised accounts and posts their ids in #sirt
O quoted-question | What let a login from a new device reach the admin tools without a second check?
O org-subject | The carriers and hosting providers took down the sending numbers and the fake domains at our request.
O credit | massive thanks to kristof for reporting the fake login page within the hour, that's what let us cut it off
O system-should | The sign-in flow should have refused a one-time code typed into a domain that is not ours, as a hardware key does.
""",
actions="""
Y Y N PREVENTS | Twilio security | 2022-10-31 | Replace SMS and push codes with FIDO2 hardware keys for every employee and remove the old factors
Y Y Y DETECTS | Leonthe Abernathy-Sato | 2022-09-15 | Alert the SOC when an admin tool session starts from a device never seen for that employee
N N N PARTIAL | we |  | Train people better
Y Y N PARTIAL | Twilio | 2022-08-10 | Notify each of the 209 affected customers with the data that was viewed
N Y Y PARTIAL | @kimrie | 2022-09-01 | Tighten admin tools
Y N N DETECTS | the SIRT |  | Register lookalike domains containing twilio, okta or sso within 24 hours of them appearing in certificate logs
N Y N PARTIAL | TBD | 2022-12-31 | Build a security culture
Y Y Y PREVENTS | O. Sjoberg | 2022-10-15 | Limit customer lookups in the support console to accounts with an open ticket assigned to the agent
N N N PARTIAL |  |  | Awareness
Y Y N PARTIAL | Okta | 2022-09-30 | Shorten the session lifetime for admin applications to 8 hours and require re-authentication
N Y Y PARTIAL | Veradis Hollingworth | 2022-09-30 | Rethink the support team's access
Y Y N DETECTS | the security operations team | 2022-09-30 | Give employees a one-click report button for phishing texts that opens a SIRT ticket
""",
ww="""
C | Compromised sessions were revoked within hours of the first employee report.
V | Amazing response by SIRT.
C | The carriers shut down the sending numbers the same day, so the texts stopped reaching staff.
"""))

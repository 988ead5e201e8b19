# heldout25 rules data (see ../rules/SOURCES-heldout25.md). All people invented; no real person is named.
# 14 incidents, 7 software: AT&T 4ESS network collapse (1990), AWS us-east-1 power event (Jun 2012), Windows Azure
# Storage certificate expiry (Feb 2013), Infura Geth consensus outage (Nov 2020), Ledger Connect Kit npm compromise
# (Dec 2023), Cloudflare Logs loss (Nov 2024), tj-actions/changed-files compromise (Mar 2025);
# 7 outside software: aviation (Asiana 214, 2013), maritime (HNoMS Helge Ingstad, 2018), energy (Merrimack Valley gas
# explosions, 2018), food safety (Jack in the Box E. coli, 1993), sport (Euro 2020 final at Wembley, 2021), rail
# (Chatsworth, 2008), medicine (wrong-foot amputation at University Community Hospital, Tampa, 1995).
# Styles vary within each incident: inquiry prose, chat, terse tickets, timeline rows, non-native English, sarcasm.
S = []

# 1. AT&T, 15 Jan 1990: new 4ESS recovery software loaded in December on all 114 switches; a misplaced break in a C
# switch statement; a New York switch recovered, its resumption messages crashed neighbours in a wave; ~9 hours,
# about half of calls failed; stabilised by lowering message load and falling back to the previous software.
S.append(dict(url="https://telephoneworld.org/landline-telephone-history/the-crash-of-the-att-network-in-1990/",
people=["Heskorin Quarrystone", "Ossian Drevostead", "Tibalt Moorhaven", "Tarvine Glanvoe"],
blame="""
B failure-verb | Ossian wrote the break inside the nested if and never walked the path where a second message arrives during the reset.
B passive-agent | The December load was pushed to all 114 switches by Heskorin Quarrystone's release group in one go, without a soak on a subset.
B counterfactual | If Tibalt had asked for one more week on the test network, the double-message timing would have shown up in the lab and not in New Jersey's alarm wall.
B competence | A developer who does not know where a break in C jumps to has no place writing recovery code for a toll switch.
B human-error | Root cause: programmer error in the fault recovery module.
B rhetorical-question | Who signs off a change to the code that brings a switch back to life and calls it a small change?
B timeline-blame | 14:25 NY switch resets; 14:26 neighbours start dropping (the untested patch Tarvine waved through)
B group-blame | Bell Labs coders are so sure of their own testing that nobody there thought a one-line edit could hurt anything.
O actor-neutral | Tarvine Glanvoe was the network manager on duty and saw the first red alarms on the display at about 14:25.
O system-failure | The recovery code took the wrong branch when a second call-setup message arrived within about ten milliseconds, overwrote data and forced another reset.
O policy-subject | The release practice loaded new switch software on the whole fleet within weeks, with no rule that kept a share of switches on the previous version.
O system-should | The signalling design should have stopped a recovering switch from being hit with full traffic before its neighbours confirmed it.
O neutral-fact | For about nine hours roughly half of the calls carried by the long-distance network failed to connect.
O credit | Tibalt Moorhaven proposed cutting the message load across the network, and the wave of resets slowed within the hour.
O meta-blameless | The press story is "one programmer's missing line"; this review asks why one line could reach 114 switches at once.
O system-counterfactual | If the test network had generated bursts of closely spaced messages, the defect would have been exercised before the December load.
""",
actions="""
Y Y Y PREVENTS | Ossian Drevostead | 1990-03-31 | Add a test to the recovery suite that sends two call-setup messages 5 ms apart during reinitialisation and fails the build if the switch resets.
Y Y N PREVENTS | Release engineering | 1990-04-30 | Load new switch software on at most 10 switches for 30 days before the rest of the fleet gets it.
N N N PARTIAL | we | | Improve software quality across the switching organisation.
Y Y Y DETECTS | Tarvine Glanvoe | 1990-02-28 | Page the network manager when more than 5 switches report a recovery within any 60-second window.
N Y N PARTIAL | Bell Labs | | Take another look at the recovery module.
Y Y N PARTIAL | Network operations | | Write a runbook step for reverting every 4ESS to the previous software release, timed under 2 hours in a drill.
N N Y PARTIAL | Tibalt Moorhaven | 1990-06-30 | Make the network more robust to cascading failures.
N Y N DETECTS | | | Keep an eye on signalling traffic after upgrades.
Y Y Y PREVENTS | Heskorin Quarrystone | | Require code review by a second developer for every change to fault-recovery code, recorded in the change log before the load is built.
N N N PARTIAL | Management | 1990-05-01 | Review how testing is done.
N Y Y PARTIAL | Ossian Drevostead | | Be more careful with break statements.
""",
ww="""
C | Falling back to the previous software on the affected switches brought the call failure rate down by late evening.
V | People went above and beyond for the network that Monday.
C | The operations centre had all 114 switches on one display, so the spread of the resets was visible within minutes.
"""))

# 2. AWS us-east-1, 29 Jun 2012: derecho storm; utility power failed twice; in one data centre generators started but
# failed to provide stable voltage and the UPS ran down; EC2/EBS in one zone lost power; ELB control plane backlog
# and a bug in recovery slowed failover; Netflix, Instagram, Pinterest affected.
S.append(dict(url="https://aws.amazon.com/message/67457/",
people=["Feinine Corrowyn", "Pellwyn Thackstone", "Jorvova Velkenbury", "Lyndorin Pellosse"],
blame="""
B failure-verb | Pellwyn let the generator maintenance slip for two quarters and then acted surprised when one of them could not hold the load.
B passive-agent | The switch to generator power was left to the facilities contractor by Lyndorin's team, who never asked for a full load test.
B sarcasm | Amazing planning from the data centre folks: a storm forecast for days and the generators still surprised them.
B hindsight | With a derecho on the radar all afternoon, the shift lead obviously should have moved ELB control traffic out of the zone before the first power dip.
B mistake-attribution | This one is on the on-call who acked the UPS alarm and went back to the ELB backlog.
B counterfactual | Had Jorvova checked the generator logs after the first switchover, we would have known they were not stable before the second one.
B competence | A facilities engineer who cannot tell when a generator is not in spec should not be running a data centre of this size.
B nobody-blame | Nobody bothered to look at the ELB recovery path since it was written, and it showed.
O actor-neutral | Feinine Corrowyn was the incident commander and opened the bridge at 20:04 local time when the first zone alarms arrived.
O system-failure | The generators in the affected data centre started but could not provide stable voltage, so the UPS units drained and the servers lost power.
O system-should | The ELB control plane should have kept serving the healthy zones while one zone's backlog was being replayed.
O agentless-passive | Power was restored to most instances within a few hours; some EBS volumes needed recovery from the storage nodes.
O policy-subject | The capacity plan for the ELB control plane assumed that only one zone at a time would need new load balancers.
O quoted-question | A customer asked on the forum: "why did my multi-zone load balancer keep sending traffic to the zone that was dark?"
O org-subject | The generator vendor found that the units had a configuration fault in how they synchronised under load.
O self-report | I was on call for ELB and I spent forty minutes on the backlog before I understood that the zone had no power.
""",
actions="""
Y Y N PREVENTS | Data centre operations | 2012-09-30 | Run a full-load generator test in every us-east-1 facility each quarter and record each unit's voltage stability against spec.
Y Y Y PREVENTS | Lyndorin Pellosse | 2012-08-15 | Fix the generator synchronisation configuration the vendor identified on all units of that model.
N N N PARTIAL | we | | Make us-east-1 more resilient to storms.
Y Y N DETECTS | Monitoring | | Alert the zone incident commander when any UPS reports less than 5 minutes of battery while on generator.
Y Y Y PREVENTS | Jorvova Velkenbury | 2012-10-31 | Change the ELB control plane so a backlog in one zone cannot delay load balancer updates in other zones, proven by a game day.
N Y N PARTIAL | Facilities | | Double-check the generators before the next storm season.
N N Y PARTIAL | Feinine Corrowyn | | Improve communication during power events.
N Y N DETECTS | | 2012-07-31 | Look at adding more dashboards for power.
Y Y N PARTIAL | Customer documentation | 2012-08-31 | Publish a guide showing how to configure ELB to remove an unhealthy zone, with a tested example.
N N N PARTIAL | Leadership | | Review our relationship with the utility company.
N Y Y PARTIAL | Pellwyn Thackstone | | Stay on top of generator maintenance going forward.
""",
ww="""
C | Instances in the other zones of us-east-1 kept running throughout, so customers with capacity there stayed up.
V | Really solid work by all teams during the storm.
V | The teams showed a lot of dedication over the weekend.
"""))

# 3. Windows Azure Storage, 22 Feb 2013: the SSL certificates for the storage endpoints expired; HTTPS traffic to
# blobs, tables and queues failed worldwide for about 12 hours; the renewed certificates existed but were not in the
# deployment that went out; service credits issued.
S.append(dict(url="https://azure.microsoft.com/en-us/blog/details-of-the-february-22nd-2013-windows-azure-storage-disruption/",
people=["Lisandre Feinostowe", "Ysmwyn Farrowgate", "Jorvasco Wyndlesham", "Ysmine Brandtmoor"],
blame="""
B failure-verb | Ysmwyn forgot to add the renewed certificates to the storage deployment package, so the old ones stayed on every front end.
B passive-agent | The expiry reminder e-mails were archived by Ysmine Brandtmoor without anyone opening a ticket.
B counterfactual | If Jorvasco had checked the certificate dates when he reviewed the December build, none of this would have happened.
B rhetorical-question | How do you run the largest storage cloud on earth and let the certificate for it run out on a Friday?
B human-error | Cause: human error in the certificate renewal process.
B role-blame | The release manager is the person who should have caught that the package still carried last year's certificates.
B sarcasm | congrats to the storage team on discovering that certificates have dates on them 🙄
B self-blame | That was me, I was sure the new certs were in the package because I had renewed them, and I never checked the build.
O actor-neutral | Lisandre Feinostowe noticed the spike in HTTPS failures at 12:44 PST and opened the incident.
O system-failure | The deployment tooling did not check certificate expiry dates and shipped the package with certificates that expired that day.
O policy-subject | The renewal process tracked certificate expiry in a calendar, separately from the release that had to carry the new certificates.
O system-should | The front ends should have raised an alarm weeks before any certificate they serve expired.
O neutral-fact | HTTPS requests to blobs, tables and queues failed in all regions for about twelve hours; HTTP requests kept working.
O credit | Ysmwyn built and tested an emergency deployment with the new certificates while Ysmine prioritised the regions by customer load.
O error-term | The error customers saw was a certificate validation failure, and the error rate went from near zero to most HTTPS calls within minutes.
O system-counterfactual | If the release pipeline had rejected any package with a certificate expiring within 60 days, the December build would have been stopped.
""",
actions="""
Y Y N PREVENTS | Release engineering | 2013-04-30 | Make the deployment pipeline reject any package containing a certificate that expires within 60 days.
Y Y Y DETECTS | Lisandre Feinostowe | 2013-03-15 | Add an external probe that pages storage on-call when any public storage endpoint's certificate has fewer than 30 days left.
N N N PARTIAL | we | | Get better at managing certificates.
Y Y Y PREVENTS | Ysmwyn Farrowgate | | Move certificate renewal into the release checklist so the renewal ticket cannot be closed until the deployed endpoint serves the new certificate.
N Y N PARTIAL | Storage team | 2013-03-31 | Audit the certificate process.
Y Y N DETECTS | Security engineering | 2013-05-31 | List every certificate used by a production endpoint with owner and expiry date in one inventory, refreshed daily.
N N Y PARTIAL | Jorvasco Wyndlesham | | Ensure something like this never happens again.
N Y N PARTIAL | | | Remind everyone to read the expiry e-mails.
N N N PARTIAL | Azure leadership | 2013-06-30 | Strengthen operational excellence in storage.
Y Y Y PARTIAL | Ysmine Brandtmoor | 2013-03-08 | Publish the service credit terms for the outage to all affected subscriptions.
N Y Y DETECTS | Lisandre Feinostowe | | Monitor certificates more closely.
""",
ww="""
C | HTTP traffic was unaffected, and the status page told customers within the first hour that switching to HTTP was a workaround.
C | The emergency deployment was rolled out region by region, starting with the regions carrying the most traffic.
V | The way people communicated was really good, thanks all.
"""))

# 4. Infura, 11 Nov 2020: a consensus bug fixed silently in Geth 1.9.17 split the chain at block 11234873; Infura ran
# older Geth (1.9.9 / 1.9.13) and stalled; MetaMask and exchanges affected; upgrade hit an RPC path behaviour change;
# hot-fix; retries caused downstream degradation.
S.append(dict(url="https://blog.infura.io/infura-mainnet-outage-post-mortem-2020-11-11/",
people=["Corvorin Ravthorpe", "Thororin Blackadder-Moss", "Ebbelle Korvinsky", "Feinara Eddingfield"],
blame="""
B failure-verb | Ebbelle ignored the Geth release notes for a year and kept us on 1.9.9 because upgrading was annoying.
B passive-agent | The node upgrade was postponed again and again by Thororin's platform team, and this is the bill for it.
B counterfactual | If Feinara had upgraded the archive nodes in the summer like she promised, we would have been on the right side of the fork.
B group-blame | The infra people treat the client version like an heirloom, nobody is allowed to touch it.
B repeat-offender | Third incident this year where the platform team's "stability freeze" turned out to mean nobody patched anything.
B rhetorical-question | how is it that a company whose whole product is running Ethereum nodes was running a client version from last year??
B implicit | Thanks to Corvorin for finally reading the release notes that the rest of the team skipped.
B hindsight | Ok so in hindsight Ebbelle should have known the custom patches would break on upgrade and tested that months ago.
O actor-neutral | Ebbelle Korvinsky traced the integration failure to the changed RPC path handling at 11:20 UTC.
O system-failure | The nodes on Geth 1.9.9 and 1.9.13 rejected block 11234873 and stopped following the chain most of the network was on.
O policy-subject | The update policy favoured stability over tracking the latest release and had no rule for security or consensus fixes.
O system-should | A consensus fix should have been announced to node operators, not shipped silently in a routine release.
O org-subject | The go-ethereum maintainers had fixed the bug months earlier in 1.9.17 without announcing it as a consensus change.
O quoted-question | From a user in the Discord: "is MetaMask broken or is it Infura? my balance says zero"
O neutral-fact | Sync halted on the archive and event-log subsystems at 07:15 UTC; hot-fix rollout finished at 12:20 UTC.
O credit | Thororin called in the extra engineers at 07:56 and Corvorin reported the bug to the Geth team with the exact versions affected.
""",
actions="""
Y Y Y PREVENTS | Thororin Blackadder-Moss | 2020-12-15 | Keep every production node within two minor Geth releases of the latest, checked by a weekly job that fails when a node falls behind.
Y Y N DETECTS | Platform | 2020-11-30 | Run a canary node on the latest Geth release next to production and alert when the two disagree on the chain head for more than 3 blocks.
N N N PARTIAL | we | | Be more proactive about client upgrades.
Y Y Y PREVENTS | Ebbelle Korvinsky | 2021-01-31 | Add an integration test for the RPC path handling of our patched build and run it on every new upstream release.
N Y N PARTIAL | Infra team | | Reduce the custom patch set.
Y Y N DETECTS | SRE | | Publish the running client version on the status page and on the JSON-RPC API.
N N Y PARTIAL | Feinara Eddingfield | 2021-03-31 | Improve our relationship with client teams.
N Y N PARTIAL | | | Think about retry behaviour in client libraries.
Y Y N PARTIAL | Developer relations | 2020-11-20 | Send affected projects a list of the hours and endpoints where responses were stale.
N N N PARTIAL | Everyone | | Take upgrades seriously.
N Y Y DETECTS | Corvorin Ravthorpe | | Watch the Geth repository more carefully.
""",
ww="""
C | Automated alerts reached the on-call engineers at 07:15 UTC, two minutes after the peering subsystem started to lag.
V | Awesome teamwork under pressure.
C | The status page carried the affected versions and block number within the first two hours.
"""))

# 5. Ledger Connect Kit, 14 Dec 2023: a former employee was phished; the attacker used the former employee's npm access
# to publish malicious Connect Kit 1.1.5-1.1.7; a drainer via a rogue WalletConnect project; live about five hours,
# draining for under two hours; fixed within 40 minutes of Ledger learning of it; 1.1.8 published.
S.append(dict(url="https://www.pymnts.com/cryptocurrency/2023/ledger-says-it-will-reimburse-victims-of-dec-14-hack-by-february/",
people=["Gwenaelle Rostandier", "Drevulf Zerbstead", "Corvilde Stollmark", "Tarvelle Dauphinac"],
blame="""
B failure-verb | Tarvelle forgot to remove the departed engineer from the npm organisation when he did the offboarding checklist.
B passive-agent | The old npm token was never revoked by Corvilde Stollmark's IT team after the leaver left.
B character | Drevulf is careless with credentials, he always has been, and now it cost our users money.
B mistake-attribution | It was the former colleague's mistake: he clicked a phishing link and gave away the keys.
B sanction | Recommendation: the engineer who owned offboarding for the JS packages is removed from the release rota.
B counterfactual | Si Gwenaelle avait vérifié les mainteneurs du paquet, on n'aurait jamais eu de compte d'ancien employé avec droit de publication.
B human-error | The root cause was human error: a former employee fell for a phishing attack.
B group-blame | Honestly the security team was asleep, a drainer sat in our package for five hours.
O actor-neutral | Gwenaelle Rostandier published the genuine 1.1.8 at 16:49 CET after the rogue WalletConnect project was disabled.
O system-failure | The npm organisation accepted a publish from a former employee's account because offboarding did not reach npm.
O policy-subject | The offboarding checklist covered internal systems and left out third-party registries such as npm.
O system-should | The CDN-served library should have been pinned to a signed version instead of loading whatever latest npm held.
O org-subject | WalletConnect disabled the rogue project used by the drainer, which stopped the transfers.
O meta-blameless | Saying "an ex-employee got phished" ends the conversation; we want to know why an ex-employee could still publish.
O neutral-fact | The malicious versions 1.1.5 to 1.1.7 were live for about five hours; funds were drained for less than two of them.
O credit | Corvilde revoked every npm token in the organisation within an hour and listed who still had publish rights.
""",
actions="""
Y Y Y PREVENTS | Corvilde Stollmark | 2024-01-15 | Remove every npm, PyPI and GitHub organisation membership of a leaver in the same offboarding ticket, with a check that lists remaining access.
Y Y N PREVENTS | Security | 2024-01-31 | Require two maintainers' approval and provenance from our CI for any publish to the Connect Kit npm package.
N N N PARTIAL | we | | Raise security awareness.
Y Y N DETECTS | Platform engineering | | Alert when a new version of any of our npm packages is published from outside the CI pipeline.
N Y Y PARTIAL | Tarvelle Dauphinac | | Review offboarding.
Y Y Y PREVENTS | Drevulf Zerbstead | 2024-02-15 | Serve Connect Kit only at pinned versions whose hash is checked by the loader before it runs.
N N N PARTIAL | Leadership | 2024-03-31 | Win back the confidence of dApp developers.
Y Y N PARTIAL | Support | 2024-02-29 | Reimburse every user who signed a draining transaction during the window and publish the count when done.
N Y N DETECTS | | | Keep an eye on the dependency graph.
N N Y PARTIAL | Gwenaelle Rostandier | | Improve phishing training for everybody, including former employees.
Y Y N DETECTS | Threat intelligence | 2024-01-10 | Subscribe the security on-call to npm publish notifications for all 14 packages in the organisation.
""",
ww="""
C | The fix was live 40 minutes after Ledger learned of the malicious version.
V | Very proud of how the team handled it.
V | The response was quick and professional.
"""))

# 6. Cloudflare Logs, 14 Nov 2024: a change for a new Logpush dataset made the config system send Logfwdr a blank
# configuration; logs were discarded; the revert triggered a fail-open bug that forwarded logs for all customers;
# Buftee overloaded without its buffer limits configured; ~55% of logs lost over ~3.5 hours.
S.append(dict(url="https://blog.cloudflare.com/cloudflare-incident-on-november-14-2024-resulting-in-lost-logs/",
people=["Drevorin Ingelsbury", "Drevondo Castrovinci", "Everard Plumtree-Sato", "Kalinda Vorsterhof"],
blame="""
B failure-verb | Everard shipped the Logpush config change without checking what Logfwdr received, and it received nothing.
B passive-agent | The Buftee buffer limits were left unconfigured by Kalinda's team for two years.
B counterfactual | Had Drevondo tested the revert path, the fail-open bug would never have flooded Buftee.
B competence | Anyone with real experience in log pipelines knows you set buffer limits before going to production.
B rhetorical-question | Why was a change that touches every customer's logs reviewed by one person on a Thursday afternoon?
B timeline-blame | 14:31 config change deployed by Everard (no staged rollout, no diff check)
B sarcasm | Great, the fail-safe worked perfectly: it safely sent everyone's logs everywhere.
B hindsight | Looking back it is obvious the logs team should have load-tested fail-open with every customer's traffic.
O actor-neutral | Drevondo Castrovinci reverted the configuration change five minutes after it was deployed.
O system-failure | The configuration generator produced a blank configuration, and Logfwdr read it as "no customers want logs".
O system-should | Logfwdr should have rejected an empty configuration and kept the last valid one.
O policy-subject | The deployment policy for the log pipeline had no staged rollout for configuration, only for code.
O neutral-fact | About 55% of the logs that should have been sent to customers in a 3.5-hour window were lost.
O credit | Drevorin found that Buftee's per-customer buffer limits were missing and applied them, which stopped the overload.
O system-counterfactual | If the fail-open path had been exercised in a test with full traffic, the overload would have been found before the incident.
O quoted-question | The question from the review: why did two safety mechanisms, each reasonable alone, combine into a cascade?
""",
actions="""
Y Y N PREVENTS | Logs team | 2024-12-20 | Make Logfwdr refuse a blank or invalid configuration and keep serving the last valid one, covered by a unit test.
Y Y Y PREVENTS | Kalinda Vorsterhof | 2024-12-06 | Configure per-customer buffer limits in Buftee in every data centre and alert when any limit is missing.
N N N PARTIAL | we | | Harden Logfwdr and Buftee in general.
Y Y Y DETECTS | Drevorin Ingelsbury | 2025-01-15 | Page the logs on-call when delivered log volume drops more than 20% below the same hour last week.
N Y N PARTIAL | Engineering | | Audit all fail-open behaviour.
Y Y N PREVENTS | Release tooling | | Roll out logs pipeline configuration changes to 1% of servers for 30 minutes before global deployment.
N N Y PARTIAL | Drevondo Castrovinci | | Improve testing of configuration changes.
Y Y N DETECTS | SRE | 2025-02-28 | Run a quarterly drill that sends a blank configuration to a staging Logfwdr and records whether alerts fire within 5 minutes.
N N N PARTIAL | | | Learn from this incident.
N Y N PARTIAL | Product | 2024-12-31 | Communicate better with Logpush customers.
Y Y Y PARTIAL | Everard Plumtree-Sato | | Email every Logpush customer the exact window and datasets with missing logs.
""",
ww="""
C | The bad configuration change was detected and reverted within five minutes.
C | Applying the missing Buftee limits stopped the overload without another restart.
V | Nobody panicked, which we appreciated.
"""))

# 7. tj-actions/changed-files, March 2025 (CVE-2025-30066): attackers compromised a bot's personal access token
# (reportedly via the reviewdog/action-setup compromise); they retargeted the version tags to a malicious commit that
# printed runner memory secrets to public workflow logs; ~23,000 repositories used the action; detected by
# StepSecurity's anomaly detection; GitHub removed the action temporarily.
S.append(dict(url="https://www.wiz.io/blog/github-action-tj-actions-changed-files-supply-chain-attack-cve-2025-30066",
people=["Velasco Selbourne", "Tarvilde Merriweather-Oyelaran", "Dagobert Fenwicke", "Ysmander Trumbauer"],
blame="""
B failure-verb | Dagobert never rotated the bot's personal access token after the reviewdog advisory, and that token is how they got in.
B passive-agent | The action was pinned to a mutable tag by Ysmander in our 40 workflows, so we pulled the malicious commit automatically.
B counterfactual | If Velasco had pinned the action to a commit SHA when the linter told him to, our secrets would never have been in a log.
B group-blame | The open-source maintainers who run these actions do not care about security, they merge and tag whatever.
B human-error | Incident classification: human error (unsafe pinning by a developer).
B nobody-blame | nobody on the platform team bothered to check which third-party actions had write tokens, and we all paid for it
B rhetorical-question | Seriously, who gives a bot a personal access token with write access to every repo and never rotates it?
B role-blame | The repo admin is supposed to approve third-party actions, so this one is on the repo admin.
O actor-neutral | Tarvilde Merriweather-Oyelaran rotated the repository secrets of all 40 workflows that ran the action during the window.
O system-failure | The version tags were moved to a malicious commit, and every workflow that referenced a tag ran it without any warning.
O policy-subject | Our workflow policy allowed third-party actions by tag and did not require a commit SHA.
O system-should | The runner should have masked secrets read from memory before they reached a public workflow log.
O org-subject | StepSecurity's anomaly detection flagged the unexpected outbound behaviour, and GitHub temporarily removed the action.
O agentless-passive | Secrets were printed double-encoded in public build logs of the repositories that ran the compromised versions.
O self-report | I pinned it to v35 myself last year; at the time the tag felt as safe as a release.
O neutral-fact | About 23,000 repositories referenced the action; the malicious commit was live for less than a day.
""",
actions="""
Y Y N PREVENTS | Platform team | 2025-04-15 | Block any workflow that references a third-party action by tag instead of a full commit SHA, enforced in the organisation policy.
Y Y Y PREVENTS | Tarvilde Merriweather-Oyelaran | 2025-03-21 | Rotate every secret exposed to a workflow that ran changed-files between 14 and 15 March and record each rotation in the ticket.
N N N PARTIAL | we | | Harden our CI/CD pipeline.
Y Y N DETECTS | Security | | Alert when a workflow run makes an outbound connection to a host not on the allow-list.
N Y Y PARTIAL | Velasco Selbourne | | Check our actions regularly.
Y Y Y PREVENTS | Ysmander Trumbauer | 2025-04-30 | Replace changed-files in all 40 workflows with a git diff step maintained in our own repository.
N N N PARTIAL | Engineering leadership | | Build a security-first culture.
N Y N DETECTS | | 2025-05-31 | Look into scanning build logs.
Y Y N PARTIAL | DevEx | 2025-04-01 | Set every repository's default GITHUB_TOKEN permission to read-only and list the exceptions.
N N Y PARTIAL | Dagobert Fenwicke | | Work with the maintainers on better security.
N Y N PARTIAL | Security champions | 2025-06-30 | Raise awareness of supply chain risk among developers.
""",
ww="""
C | The list of 40 affected workflows came from one code search in under ten minutes.
V | Super impressed with how everyone jumped in.
V | Great collaboration between security and dev.
"""))

# 8. Asiana 214, 6 Jul 2013, SFO: ILS glideslope out of service; visual approach; high and fast; the pilot flying
# selected a mode, then moved the thrust levers to idle and the autothrottle stayed in HOLD; speed decayed unnoticed;
# go-around called too late; tail struck the seawall; 3 died. NTSB: mismanagement of the approach, automation
# complexity, inadequate training.
S.append(dict(url="https://en.wikipedia.org/wiki/Asiana_Airlines_Flight_214",
people=["Jaehyun Marlowe-Baek", "Seoyeon Duckworth-Im", "Hyunwoo Zerbacombe", "Minseo Haverstock"],
blame="""
B failure-verb | The pilot flying neglected his airspeed for the last 100 seconds and trusted the autothrottle he had just put in HOLD.
B passive-agent | The low-speed callout was missed by Seoyeon Duckworth-Im, who was monitoring and said nothing until 200 feet.
B counterfactual | If the instructor captain had taken control at 500 feet, the aircraft would never have touched the seawall.
B human-error | Probable cause: pilot error during a visual approach.
B competence | A captain with ten thousand hours who cannot hand-fly a visual approach on a clear summer day should not be flying a 777.
B group-blame | Asiana pilots are trained to never touch the automation, so when it does something strange they are helpless.
B hindsight | The speed trend was already falling at 1,000 feet; any crew paying attention would have gone around there.
B character | He was too proud to ask the instructor for help on his first landing at SFO in the 777.
O actor-neutral | Jaehyun Marlowe-Baek was the pilot flying and it was his first approach into San Francisco in the 777 as trainee captain.
O system-failure | The autothrottle stayed in HOLD mode after the thrust levers were moved to idle and did not wake up to protect speed.
O policy-subject | The airline's training policy encouraged full use of automation and gave little practice in manual visual approaches.
O system-should | The flight deck should have given a clear aural warning when speed fell below the approach target with the autothrottle not controlling it.
O agentless-passive | The ILS glideslope for runway 28L had been taken out of service for construction work.
O neutral-fact | The tail struck the seawall at 11:28 local time; three passengers died and 187 were injured.
O credit | The cabin crew evacuated the aircraft after the slides inflated inward and pinned two flight attendants.
O quoted-question | The NTSB chairman asked: why did the automation let a 30-knot loss of speed go by without a clear warning?
""",
actions="""
Y Y N PREVENTS | Flight training | 2014-03-31 | Give every 777 captain candidate three manual visual approaches in the simulator with autothrottle off, pass = within 5 knots of target speed.
Y Y Y DETECTS | Minseo Haverstock | 2014-06-30 | Add a low-airspeed aural alert to the fleet's flight deck configuration when speed falls 10 knots below approach speed.
N N N PARTIAL | we | | Improve pilots' airmanship.
Y Y N PARTIAL | Flight standards | | Rewrite the autothrottle HOLD mode section of the flight crew manual and test every 777 pilot on it in the next recurrent check.
N Y Y PARTIAL | Hyunwoo Zerbacombe | | Remind instructors to intervene earlier.
Y Y Y PREVENTS | Seoyeon Duckworth-Im | 2014-02-28 | Add a stabilised-approach gate at 500 feet to the SOP that requires a go-around when speed is more than 5 knots below target.
N N N PARTIAL | Cabin crew department | | Look into slide deployment issues.
Y Y N DETECTS | Flight data monitoring | 2014-04-30 | Flag every approach in the flight data where speed falls more than 10 knots below target below 1,000 feet and review each with the crew.
N Y N PARTIAL | | 2014-05-31 | Share the lessons with other airlines.
N N Y PARTIAL | Jaehyun Marlowe-Baek | | Build more confidence in manual flying.
Y Y Y PARTIAL | Hyunwoo Zerbacombe | 2013-12-31 | Publish a bulletin to all crews listing the airports where the ILS is out of service and the approach briefing required.
""",
ww="""
C | Airport fire and rescue were at the aircraft within minutes and fought the fire that started after the oil tank ruptured.
V | The crew acted bravely.
C | Flight attendants evacuated most passengers within about 90 seconds despite two slides inflating inside the cabin.
"""))

# 9. HNoMS Helge Ingstad, 8 Nov 2018: frigate heading south in Hjeltefjorden at night collided with tanker Sola TS
# leaving Sture terminal; bridge team took the tanker's lights for a fixed object; VTS had not tracked the frigate
# with AIS off; watch handover minutes before; flooding through the shaft seals spread; frigate grounded and sank.
S.append(dict(url="https://en.wikipedia.org/wiki/HNoMS_Helge_Ingstad",
people=["Eirik Saltvedt-Ramsay", "Liv Ostergaard-Moen", "Tormod Kvalvik", "Henrikke Brudeseth"],
blame="""
B failure-verb | The officer of the watch failed to identify the tanker's lights and kept course straight at it.
B passive-agent | The tanker's warnings on the radio were brushed off by Tormod Kvalvik as someone else's traffic.
B counterfactual | Hadde Liv tatt over vakten ordentlig, med en full gjennomgang av bildet, hadde hun sett tankskipet.
B role-blame | The watch leader is there to check the picture, and the watch leader did not.
B sarcasm | Turning off AIS to stay invisible worked beautifully: the tanker and the VTS could not see us either.
B competence | Navy officers are not trained to think like merchant mariners and it shows every time they come into a busy fjord.
B mistake-attribution | The VTS operator made the decisive mistake by not telling the tanker a frigate was coming down the fjord.
B sanction | The officer of the watch was fined and given a suspended sentence, which is the right signal to the fleet.
O actor-neutral | Liv Ostergaard-Moen took over the watch at 03:40, about twenty minutes before the collision.
O system-failure | The deck lights of the tanker at the quay blended with the terminal lights, so on radar and by eye it looked like a fixed object.
O policy-subject | The navy's procedure let the frigate sail with AIS transmitting off, so the traffic centre had no identity for it.
O system-should | The traffic centre's system should have shown a radar track without AIS as a vessel needing attention.
O org-subject | The investigation board found that the shaft seals let water spread between watertight compartments.
O neutral-fact | The frigate grounded after the collision and sank days later; eight of the 137 on board were slightly injured.
O credit | Henrikke organised the evacuation and every one of the 137 people on board got off the frigate.
O meta-blameless | The court dealt with the officer of the watch; this review is about why the bridge team, the VTS and the tanker all saw something different.
""",
actions="""
Y Y N PREVENTS | Navy navigation school | 2019-06-30 | Require a written watch handover checklist covering every contact within 6 nautical miles, signed by both officers.
Y Y Y PREVENTS | Eirik Saltvedt-Ramsay | 2019-03-31 | Make AIS transmission mandatory in VTS-controlled Norwegian waters unless the commanding officer records an operational reason.
N N N PARTIAL | we | | Strengthen seamanship in the fleet.
Y Y N DETECTS | Coastal administration | 2019-09-30 | Configure the VTS to alert the operator when a radar-only track larger than 50 metres enters the Fedje area.
N Y Y PARTIAL | Tormod Kvalvik | | Talk more with the traffic centre.
Y Y N PREVENTS | Naval materiel agency | 2020-06-30 | Modify the shaft seals on all Nansen-class frigates so water cannot pass between the affected compartments, verified by a flooding test.
N N N PARTIAL | Fleet command | | Review bridge culture.
Y Y Y PARTIAL | Henrikke Brudeseth | 2019-02-28 | Train every bridge team in the squadron on identifying vessels alongside lit terminals, with a simulator assessment.
N Y N DETECTS | | | Monitor traffic better at night.
N N Y PARTIAL | Liv Ostergaard-Moen | 2019-12-31 | Promote a speak-up culture on the bridge.
Y Y N DETECTS | VTS | | Call every naval vessel by VHF when it enters the Fedje VTS area and log the reply.
""",
ww="""
C | All 137 people on board were evacuated to the shore and other vessels without a serious injury.
V | The crew showed great spirit.
V | A lot of people worked very hard afterwards.
"""))

# 10. Merrimack Valley, 13 Sep 2018: Columbia Gas replaced a cast-iron main in Lawrence; the work package did not move
# the regulator sensing lines to the new main; when the old main was abandoned the regulators saw falling pressure and
# opened fully; over-pressure in the low-pressure system; fires and explosions in ~130 structures; one death. NTSB:
# weak engineering management, no constructability review, no professional engineer seal.
S.append(dict(url="https://en.wikipedia.org/wiki/Merrimack_Valley_gas_explosions",
people=["Gundara Haliburton-Kesh", "Ebbulf Delacorte", "Ysmondo Fensholt", "Mirrelle Mbeki-Lowry"],
blame="""
B failure-verb | The field engineer left the sensing lines off the work package and nobody downstream caught it.
B passive-agent | The package was approved by Ebbulf Delacorte without a single look at where the regulators took their pressure readings.
B counterfactual | If Ysmondo had asked the field crew where the sensing lines ran, the regulators would never have opened fully.
B human-error | The overpressurisation was caused by human error in the design of the main replacement.
B rhetorical-question | what kind of engineer abandons a main without asking what is still connected to it??
B group-blame | Engineering at the gas company cut every corner they could since the last reorganisation.
B nobody-blame | Nobody thought to check the sensing lines, and three towns burned.
B hindsight | With the pressure alarms going off in Westborough at 16:04, the controller should have known to shut the regulators at once.
O actor-neutral | Mirrelle Mbeki-Lowry was the monitoring controller in Columbus and received the high-pressure alarms at about 16:04.
O system-failure | The regulators sensed the pressure of the abandoned main, saw it falling and opened fully into the low-pressure system.
O policy-subject | The company's process did not require a constructability review or a professional engineer's seal for the main replacement.
O system-should | The low-pressure system should have had overpressure protection that did not depend on the same sensing line.
O neutral-fact | Fires and explosions damaged about 130 structures in Lawrence, Andover and North Andover; one person died.
O org-subject | The NTSB found that the utility's engineering management did not account for the sensing lines in the work package.
O credit | Gundara had the field crews close the regulators by hand, and the pressure fell back within hours.
O system-counterfactual | If the remote monitoring had been able to close the regulators, the controller could have stopped the overpressure from Columbus.
""",
actions="""
Y Y N PREVENTS | Engineering | 2019-03-31 | Require a professional engineer's seal on every work package for a low-pressure main replacement.
Y Y Y PREVENTS | Ebbulf Delacorte | 2018-12-31 | Add a sensing-line location section to the main replacement template that cannot be left blank, checked at approval.
N N N PARTIAL | we | | Make the gas system safer.
Y Y N PREVENTS | Pipeline operations | 2019-06-30 | Install a slam-shut overpressure device downstream of every regulator station feeding a low-pressure system.
N Y N PARTIAL | Field operations | | Be more careful during main replacements.
Y Y Y PARTIAL | Mirrelle Mbeki-Lowry | 2019-02-28 | Give the monitoring centre a procedure to order an emergency shut-off within 10 minutes of a high-pressure alarm on a low-pressure system.
N N Y PARTIAL | Ysmondo Fensholt | | Improve records of the underground network.
Y Y N PARTIAL | Gas control | | Add remote shut-off to every regulator station on the Merrimack Valley low-pressure system and test each station every quarter.
N N N PARTIAL | | 2019-09-30 | Review engineering management across the company.
N Y N PARTIAL | Safety office | | Share learnings with other utilities.
Y Y Y PARTIAL | Gundara Haliburton-Kesh | 2018-11-30 | Inspect every gas appliance in the 8,600 affected homes before the supply is restored and record each inspection.
""",
ww="""
C | Field crews closed the regulators by hand and had the pressure under control the same evening.
V | Amazing response from the community.
C | The utility cut gas to the whole area served by the low-pressure system, which stopped new fires starting.
"""))

# 11. Jack in the Box, 1992-93: E. coli O157:H7 outbreak from undercooked hamburgers in Washington and other states;
# the chain cooked to 140 F, the federal guideline, while Washington required 155 F; a state epidemiologist linked
# the cases; four children died, over 700 ill. Led to HACCP and E. coli O157:H7 declared an adulterant in ground beef.
S.append(dict(url="https://en.wikipedia.org/wiki/1993_Jack_in_the_Box_E._coli_outbreak",
people=["Ostuvia Mirrmere", "Annunziata Rockwell-Sahin", "Dreverne Vallinger", "Pelluvia Okafor-Bright"],
blame="""
B failure-verb | The regional director ignored the Washington state letter about the 155 degree rule and kept the 140 degree procedure in every store.
B passive-agent | The letter from the health department was filed by Ostuvia Mirrmere's office without being sent to a single restaurant.
B counterfactual | Had Dreverne passed on the state rule in 1990, those children would not have died.
B character | The franchise managers here care about speed of service and nothing else.
B competence | Grill cooks at that chain were teenagers who could not have told you what a safe internal temperature was.
B timeline-blame | Jan 1993, regional office: state cooking rule "noted", no change to grill times (again)
B mistake-attribution | It was the meat supplier's mistake; they shipped contaminated patties and the restaurants got blamed.
B implicit | Thank you to the one store manager who actually read the health bulletins.
O actor-neutral | Annunziata Rockwell-Sahin, a state epidemiologist, linked the cluster of bloody diarrhoea cases to the chain's hamburgers.
O system-failure | The grill procedure and timers produced patties at about 140 degrees Fahrenheit, below the level that kills E. coli O157:H7.
O policy-subject | The company's cooking standard followed the federal guideline and had no step for states with a stricter rule.
O system-should | The meat supply chain should have treated E. coli O157:H7 as a contaminant to test for, not as a cooking problem only.
O neutral-fact | More than 700 people fell ill in four states and four children died.
O org-subject | The health department's bulletin about the 155 degree rule went to the chain's head office, not to the restaurants.
O credit | Pelluvia had the suspect patties pulled from every restaurant within days of the link being made.
O quoted-question | A parent asked the hearing: how can a hamburger from a national chain be cooked to a different rule in each state?
""",
actions="""
Y Y N PREVENTS | Food safety | 1993-03-31 | Set the grill standard in every restaurant to an internal temperature of 155 F and change all grill timers to match.
Y Y Y DETECTS | Dreverne Vallinger | 1993-04-30 | Have each shift probe one patty per grill per hour and log the temperature, with any reading below 155 F stopping service.
N N N PARTIAL | we | | Put food safety first.
Y Y N PREVENTS | Purchasing | 1993-09-30 | Test every lot of ground beef from each supplier for E. coli O157:H7 and reject any positive lot before shipment.
N Y Y PARTIAL | Ostuvia Mirrmere | | Make sure regulations are communicated.
Y Y Y PREVENTS | Pelluvia Okafor-Bright | 1993-06-30 | Adopt a HACCP plan for the meat supply with critical limits at receiving, storage and cooking, reviewed by an outside auditor.
N N N PARTIAL | Restaurant operations | | Retrain all staff.
N Y N DETECTS | | | Watch for customer complaints about illness.
N N Y PARTIAL | Annunziata Rockwell-Sahin | 1993-12-31 | Work more closely with health departments.
Y Y N PARTIAL | Quality assurance | | Keep a register of every state cooking rule with the date each restaurant was told, reviewed every quarter.
N Y N PARTIAL | Marketing | 1993-02-28 | Restore customer confidence.
""",
ww="""
C | The link between the illnesses and the hamburgers was made within about a week of the first hospital reports.
V | Restaurant staff handled the news with compassion.
V | The company took it seriously.
"""))

# 12. Euro 2020 final, Wembley, 11 Jul 2021: thousands of ticketless fans gathered on Olympic Way from the morning;
# stewards and police overwhelmed; 17 mass breaches of turnstiles and disabled access gates; about 2,000 got in
# without tickets. Independent (Casey) review: lack of a coordinated plan for ticketless fans, a policing plan built
# for kick-off, stewarding shortfalls, and that it was lucky nobody died.
S.append(dict(url="https://en.wikipedia.org/wiki/UEFA_Euro_2020_final",
people=["Kestine Trelawny-Asante", "Ebbuvia Holloway-Binns", "Ulvine Adeyemi-Croft", "Rosalba Pennington"],
blame="""
B failure-verb | The safety officer failed to close Olympic Way when the crowd was already at capacity by 14:00.
B passive-agent | The request for extra police on the concourse was turned down by Ulvine Adeyemi-Croft at the morning briefing.
B counterfactual | If Ebbuvia had opened the fan zone plan she was given in June, there would have been somewhere for the ticketless crowd to go.
B group-blame | The stewarding contractor sent kids in hi-vis who ran away the moment the gates were rushed.
B sarcasm | Brilliant crowd management, ten hours of drinking on the doorstep and then surprise when the doors came off.
B rhetorical-question | Who decided that a final with England in it needed the same steward numbers as a group match?
B human-error | Primary cause of the disorder: human error in crowd control at the outer perimeter.
B sanction | The report should lead to the removal of the event's safety officer and a bar on the contractor for future tournaments.
O actor-neutral | Kestine Trelawny-Asante was the stadium safety officer and gave the order to lock down the outer concourse at 19:25.
O system-failure | The disabled access gates and fire doors opened under crowd pressure, and the turnstiles gave no count of how many came through.
O policy-subject | The event plan dealt with ticket holders at the turnstiles and had no section for large numbers of people without tickets.
O system-should | The ticket check should have happened at an outer cordon, away from the turnstiles, so a crowd could not build against the gates.
O agentless-passive | Seventeen mass breaches of turnstiles and gates were recorded, and about 2,000 people got in without a ticket.
O neutral-fact | Kick-off was at 20:00; the first crowd build-up on Olympic Way was reported before noon.
O meta-blameless | It is tempting to write "fans behaved badly" and stop; the review asks why nothing in the plan could cope when they did.
O credit | Rosalba moved two reserve steward teams to the disabled gates at 19:40, after which no further breaches were recorded there.
""",
actions="""
Y Y N PREVENTS | Event planning | 2021-11-30 | Add an outer ticket cordon at least 200 metres from the turnstiles for every final, staffed from four hours before kick-off.
Y Y Y PREVENTS | Kestine Trelawny-Asante | 2021-10-31 | Replace the disabled access gates with gates that cannot be forced open by crowd pressure and test each under load.
N N N PARTIAL | we | | Improve matchday safety.
Y Y N DETECTS | Stadium control room | | Count people through each gate in real time and alert the safety officer when any gate exceeds its rate by 10%.
N Y Y PARTIAL | Ulvine Adeyemi-Croft | | Review police numbers for big matches.
Y Y Y PARTIAL | Ebbuvia Holloway-Binns | 2022-03-31 | Publish a plan for ticketless crowds for each event designated high risk, signed off by police, council and the stadium.
N N N PARTIAL | Stewarding contractor | | Recruit better stewards.
Y Y N DETECTS | Safety advisory group | 2022-01-31 | Require a crowd density reading on Olympic Way every 15 minutes from six hours before kick-off, logged in the event log.
N Y N PARTIAL | | | Consider more CCTV.
N N Y PARTIAL | Rosalba Pennington | 2022-06-30 | Strengthen the partnership between stadium and police.
Y Y N PREVENTS | Football association | 2021-12-15 | Designate every final at the stadium a category C match with the matching stewarding ratio.
""",
ww="""
C | The decision to lock the outer concourse at 19:25 stopped further breaches at the west side gates.
V | Stewards did their best in a very difficult situation.
V | Fantastic effort from everyone on the day.
"""))

# 13. Chatsworth, 12 Sep 2008: Metrolink commuter train passed a red signal on single track and collided head-on with a
# Union Pacific freight; 25 died. NTSB: the engineer was texting; the conductor did not call out signals as
# required; no positive train control. Led to the Rail Safety Improvement Act and the PTC mandate.
S.append(dict(url="https://en.wikipedia.org/wiki/2008_Chatsworth_train_collision",
people=["Sundema Whitcombe-Oduya", "Nollulf Vasquez-Ormond", "Jorvuvia Skeldergate", "Ulverne Dumbarton-Reyes"],
blame="""
B failure-verb | The Metrolink engineer missed the red signal at Topanga because he was texting at the controls.
B passive-agent | The signal callout rule was skipped by Nollulf Vasquez-Ormond for weeks, and dispatch knew.
B counterfactual | If the conductor had radioed the signal aspect like the rule says, the engineer would have been challenged before the switch.
B repeat-offender | This engineer had been warned about using his phone on duty before and he kept doing it.
B role-blame | Any conductor is there to be the second pair of eyes, and this conductor was not.
B competence | A professional engineer who cannot keep his phone in his bag for one shift should never have been given a passenger train.
B human-error | The collision was due to operator error by the engineer of the commuter train.
B hindsight | Everyone at the contractor knew about the texting; management obviously should have pulled him off the roster months ago.
O actor-neutral | Sundema Whitcombe-Oduya was the dispatcher and had set the route for the freight train into the single-track section.
O system-failure | The signalling system had no means to stop a train that passed a red signal, so the train continued onto the single track.
O policy-subject | The operating rules relied on crews calling out signals by radio and had no check that the callouts were made.
O system-should | The train control system should have enforced the stop at the red signal without depending on the engineer.
O neutral-fact | The commuter train and the freight train collided head-on at about 16:22 near Chatsworth; 25 people died.
O agentless-passive | The switch at the end of the siding was found forced by the commuter train's wheels.
O quoted-question | A board member asked at the hearing: "why did it take 25 deaths to require positive train control?"
O credit | Jorvuvia Skeldergate and the fire crews from the station nearby reached the wreck within minutes and began triage.
""",
actions="""
Y Y N PREVENTS | Railroad operations | 2015-12-31 | Install positive train control on every Metrolink route so a train is stopped automatically before a red signal.
Y Y Y DETECTS | Ulverne Dumbarton-Reyes | 2009-03-31 | Install inward-facing cameras in all Metrolink cabs and review a random 5% of recordings each week.
N N N PARTIAL | we | | Improve safety culture among train crews.
Y Y Y PREVENTS | Nollulf Vasquez-Ormond | 2008-12-31 | Require crew members to hand in personal phones before departure, checked at sign-on and recorded on the crew sheet.
N Y N PARTIAL | Contractor management | | Review oversight of the operating contractor.
Y Y N DETECTS | Dispatch | 2009-01-31 | Log every radio signal callout on the single-track sections and report missing callouts to the road foreman daily.
N N Y PARTIAL | Sundema Whitcombe-Oduya | | Make dispatchers more aware of head-on risk.
N Y N DETECTS | | 2009-06-30 | Look into more signals on the single-track section.
Y Y N PARTIAL | Signal engineering | 2009-09-30 | Add an approach warning at Topanga that sounds in the cab 30 seconds before a red signal.
N N N PARTIAL | Metrolink board | | Restore public trust in commuter rail.
Y Y Y PARTIAL | Jorvuvia Skeldergate | 2009-02-28 | Run a joint exercise with the fire department at a Metrolink single-track site and publish the response times.
""",
ww="""
C | Fire crews from the station nearby were at the wreck within minutes and had triage running before the first ambulances arrived.
V | The staff were incredible.
C | Dispatch stopped all other trains on the line within five minutes of the collision report.
"""))

# 14. University Community Hospital, Tampa, 20 Feb 1995: the schedule and the operating room board listed the wrong
# foot; the healthy left foot was prepped and draped; the surgeon amputated it; the patient had his right leg
# amputated later at another hospital. The hospital began requiring staff to write "No" on limbs not to be operated
# on and agreement between surgeon and head nurse before cutting; the Joint Commission withdrew accreditation after a
# series of errors; the surgeon was fined and his licence suspended.
S.append(dict(url="https://www.latimes.com/archives/la-xpm-1995-04-14-mn-54645-story.html",
people=["Ulvander Pemberton-Yusuf", "Pellorin Ostastowe", "Sundova Strathmere", "Thorondo Tallowby"],
blame="""
B failure-verb | The surgeon didn't bother to look at the consent form and cut where the drapes showed him.
B passive-agent | The wrong foot was written on the board by Pellorin Ostastowe, and everyone after her copied it.
B counterfactual | If Sundova had asked the patient which foot before he was put under, he would still have his good leg.
B group-blame | The operating room staff at that hospital were a disaster, and this was only the most visible of their errors.
B character | Dr Pemberton-Yusuf is arrogant; he would never take a correction from a nurse.
B nobody-blame | Not one of the five people in that room thought to check the chart before the incision.
B sanction | The surgeon's licence was suspended for six months and he was fined; as it should be.
B rhetorical-question | How does a surgeon amputate a foot without noticing that it is the healthy one?
O actor-neutral | Ulvander Pemberton-Yusuf was the surgeon and began the operation on the foot that had been prepared and draped.
O system-failure | The scheduling system carried the wrong side from the booking, and the board, the prep and the drape all followed it.
O policy-subject | The hospital's surgical procedure had no step where the patient, the surgeon and the nurse confirmed the site together.
O system-should | The booking form should have required the side to be confirmed against the consent form before the case was scheduled.
O self-report | I prepped the foot listed on the board, and I did not know the chart said the other side.
O credit | Thorondo raised the concern about the side with the surgeon as soon as he saw the chart during the operation.
O neutral-fact | The patient had his diseased right leg amputated at another hospital two weeks later.
O org-subject | The hospital began requiring staff to write "No" with a marker on limbs that are not to be operated on.
""",
actions="""
Y Y N PREVENTS | Surgical services | 1995-03-15 | Require the surgeon to mark the operative site in ink with the patient awake before the patient enters the theatre.
Y Y Y PREVENTS | Sundova Strathmere | 1995-04-01 | Add a pause before incision where surgeon, anaesthetist and nurse read the side from the consent form aloud and record it.
N N N PARTIAL | we | | Be more careful in the operating room.
Y Y N DETECTS | Quality department | 1995-06-30 | Audit 50 surgical records each month for matching side on booking, board and consent form, and report mismatches to the chief of surgery.
N Y Y PARTIAL | Pellorin Ostastowe | | Double-check the board before surgery.
Y Y Y PREVENTS | Ulvander Pemberton-Yusuf | 1995-05-31 | Change the booking form so a limb procedure cannot be scheduled without a side copied from the signed consent form.
N N N PARTIAL | Hospital administration | | Restore the hospital's reputation.
N Y N DETECTS | | | Encourage nurses to speak up.
Y Y N PARTIAL | Risk management | 1995-03-31 | Disclose the error to the patient and family in person within 24 hours and record the meeting in the chart.
N N Y PARTIAL | Thorondo Tallowby | 1995-09-30 | Improve teamwork in theatre.
N Y N PARTIAL | Medical staff committee | | Discuss the case at grand rounds.
""",
ww="""
C | The nurse who saw the chart raised the side with the surgeon during the operation, so the error was known before the patient woke.
V | Everyone was very professional afterwards.
V | The hospital handled the aftermath well.
"""))

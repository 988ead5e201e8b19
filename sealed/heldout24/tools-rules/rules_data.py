# heldout24 rules data (see ../rules/SOURCES-heldout24.md). All people invented; no real person is named.
# 14 incidents. Software (7): Sourcegraph leaked admin token 2023, Skyscanner global config outage 2021, Compound
# Proposal 62 COMP over-distribution 2021, Nomad bridge zero-root exploit 2022, Ronin bridge validator-key theft 2022,
# Solana mainnet stall 2021, polyfill.io supply-chain takeover 2024. Outside software (7): aviation (Helios 522 2005),
# rail (Carmont 2020), medicine (Dana-Farber chemotherapy overdoses 1994), finance (JPMorgan CIO "London Whale" 2012),
# construction (Champlain Towers South 2021), energy (San Bruno gas pipeline 2010), government/space (Hubble primary
# mirror 1990). Styles vary: Slack/Discord chat, governance-forum posts, terse tickets, regulator prose, board minutes,
# non-native English, sarcasm, questions, hindsight, sanction recommendations, groups named by function.
S = []

# 1. Sourcegraph, Aug 2023: a site-admin access token committed in a public code change; an outside party used it to
# raise another account to admin and run a proxy giving free access to the LLM API; rate limits raised; found by a spike
# in API usage; token revoked, free-tier limits reset.
S.append(dict(url="https://sourcegraph.com/blog/security-update-august-2023",
people=["Faustina Hazeldine", "Kazuhiro Farsprey", "Parisa Undergrove", "Teodric Vannemeer"],
blame="""
B failure-verb | Kazuhiro forgot to strip his site-admin token out of the diff before pushing it to the public repo.
B passive-agent | The admin token was pasted into a public pull request by Kazuhiro Farsprey and sat there for eleven days.
B counterfactual | if Faustina had actually read the PR instead of rubber-stamping it, the token never ships
B sarcasm | Great to see our reviewers approving a literal admin credential in a code comment, truly defence in depth.
B human-error | Root cause: human error - an engineer accidentally committed a privileged access token.
B competence | Any engineer with two years on the platform team should know what an sgp_ prefix means.
B rhetorical-question | who commits a site-admin token to a public repo and then goes on holiday??
B sanction | Recommendation: revoke Kazuhiro's production access until he has completed secure coding training again.
O actor-neutral | Kazuhiro Farsprey opened the pull request on 14 July; the diff included a debugging line that printed a site-admin token.
O credit | Parisa spotted the spike in API usage on the dashboard on 30 August and opened the incident within ten minutes.
O system-failure | The secret scanner in CI failed to match the new token prefix, so the pull request passed every check.
O system-should | The code host should have refused a push containing a string matching our own token format.
O policy-subject | Our review policy asked one approver to check behaviour, not to check for credentials, and the template said nothing about secrets.
O quoted-question | Teodric asked in the review: why could one long-lived token raise another account to site-admin with no second factor?
O neutral-fact | The outside party used the token to create a proxy app that let users call the LLM API for free.
O meta-blameless | We are not writing this up as one engineer's slip; the question is why a token that powerful existed in a developer's shell at all.
""",
actions="""
Y Y Y PREVENTS | Teodric Vannemeer | 2023-09-15 | Add a CI secret-scanning rule for the sgp_ token prefix that fails the build, with a test commit proving it blocks.
Y Y N PREVENTS | Security team | 2023-09-30 | Expire every site-admin access token after 24 hours and reject creation of non-expiring admin tokens.
Y Y Y DETECTS | Parisa Undergrove | | Page the on-call when LLM API calls from one account exceed 5x its 7-day average within an hour.
N N N PARTIAL | Engineering | | Raise awareness of secret hygiene across the org.
N Y Y PARTIAL | Kazuhiro Farsprey | | Be more careful about debug output in pull requests.
Y Y N PARTIAL | we | 2023-10-15 | Require a second approver for any change that adds or raises a site-admin account, enforced in the admin API.
N N N DETECTS | Platform | | Strengthen monitoring of suspicious account activity on dotcom.
Y Y Y PARTIAL | Faustina Hazeldine | 2023-09-08 | Reset free-tier rate limits to the documented values and list every account whose limits were changed in July or August.
N N N PARTIAL | | | Review our approach to access tokens generally.
N Y N PARTIAL | everyone | | Double-check diffs for secrets before requesting review.
Y N N PREVENTS | Security team | | Move all remaining admin operations behind SSO with hardware-key MFA and remove token-only admin access.
""",
ww="""
C | The usage dashboard showed the spike within a day of the rate-limit change, and revoking the one token stopped the proxy traffic immediately.
V | Security really stepped up on this one.
V | Everyone pulled together once we understood what had happened.
"""))

# 2. Skyscanner, 25 Aug 2021: a templating change to a root cells-configuration file, meant as a no-op, was peer
# reviewed, merged and rolled out globally at once; it deleted the microservices in every region; ~4.5 h global outage;
# restored by redeploying services from a pipeline that took hours.
S.append(dict(url="https://medium.com/@SkyscannerEng/how-a-couple-of-characters-brought-down-our-site-356ccaf1fbc3",
people=["Ugne Carrowmore", "Eskil Hestwick", "Liesje Ormandy", "Cadwgan Rookeby"],
blame="""
B failure-verb | Eskil dropped two characters from the template and didn't bother to run a diff against a real cluster.
B passive-agent | The no-op change was approved by Ugne Carrowmore in under two minutes without opening the rendered output.
B counterfactual | The whole outage goes away if the reviewer asks to see the rendered YAML, full stop.
B group-blame | The cells squad have treated that root config as their private playground for a year and this is the bill.
B hindsight | Eskil knew the file rolled out to every region at once and should have waited for a quiet Thursday morning instead.
B rhetorical-question | how do you review a change to the one file that touches every cluster on earth and not notice it deletes everything?
B human-error | 15:30 GMT - outage triggered by operator error in the templating change.
B mistake-attribution | It was the reviewer's mistake as much as the author's: two people looked and neither saw it.
O actor-neutral | At about 15:30 GMT Eskil Hestwick submitted the template change as a preparatory no-op; it was reviewed and merged.
O system-failure | The deployment system applied the root configuration to every region at the same moment, so no cell survived to take traffic.
O system-should | A file that configures all regions should have been rolled out one cell at a time like every other change.
O policy-subject | The change process treated configuration templates as data, so they had no tests and no lint step.
O credit | Liesje worked out from the controller logs that the namespaces were gone rather than unhealthy, which changed the plan from restart to redeploy.
O system-counterfactual | If the pipeline had shown the rendered diff for each region, the deletion would have been visible in the review.
O org-subject | Skyscanner Engineering published the write-up and said plainly that the change was peer reviewed and looked harmless.
O neutral-fact | Website and apps were unavailable worldwide for about four and a half hours.
""",
actions="""
Y Y N PREVENTS | Cells platform team | 2021-10-01 | Roll out changes to the root cells configuration one region at a time with a 30-minute bake and automatic halt on error-rate rise.
Y Y Y PREVENTS | Liesje Ormandy | 2021-09-20 | Render every template in CI and post the per-region diff of Kubernetes objects on the pull request.
Y Y N PARTIAL | we | | Add a lint and unit-test stage for the templating files that fails on any template that renders an empty namespace.
N N N PARTIAL | Engineering | | Make our configuration system safer.
Y Y Y PARTIAL | Cadwgan Rookeby | 2021-11-15 | Cut full redeploy of all services in a region from hours to under 45 minutes, measured in a game day.
N N N PARTIAL | | | Think about whether cells should share any config.
N Y N PARTIAL | SRE | 2021-12-31 | Review the incident response process for global outages.
Y Y N DETECTS | Observability | | Alert when the number of running deployments in a cluster drops by more than 20% in five minutes.
N Y Y PARTIAL | Eskil Hestwick | | Take extra care with no-op changes to shared files.
N N N DETECTS | Observability | | Get better visibility of deletions.
Y Y Y PREVENTS | Ugne Carrowmore | 2021-10-15 | Block deletion of a namespace by the deploy controller unless the change carries an explicit delete label.
""",
ww="""
C | The incident channel had a single commander named within ten minutes, and status updates went out every 30 minutes to partners.
C | Redeploying from the existing pipeline worked on the first attempt in every region once the order of services was agreed.
V | Our culture of learning made this a positive experience.
"""))

# 3. Compound, Sep-Oct 2021: Proposal 62 upgraded the Comptroller; a bug let borrowers in some markets claim far more
# COMP than accrued; governance timelock meant a fix took about a week (Proposal 64), then Proposal 65 corrected
# accruals; a founder publicly asked users to return funds.
S.append(dict(url="https://www.comp.xyz/t/analysis-of-proposal-64/2384",
people=["Quirina Lyndqvist", "Nazaire Korrigan", "Jovana Eckersley", "Ilario Ballantrae"],
blame="""
B failure-verb | The proposal author never tested the upgrade against markets whose supply index was zero and shipped it anyway.
B passive-agent | Prop 62 was voted through by the big delegates without one of them reading the Comptroller diff.
B sarcasm | wow a 7-day timelock protecting us from the fix, thanks governance, very decentralised, much safe
B competence | Whoever wrote that accrual change doesn't understand the index math the protocol has used since 2020.
B counterfactual | Had Nazaire run the upgrade on a mainnet fork like he said he would, we'd have seen users claiming thousands of COMP.
B rhetorical-question | So the audit was done on a different commit than the one that got proposed? by whom exactly?
B group-blame | The delegates rubber-stamp anything the core devs post; that is the actual failure here.
B character | Quirina always pushes upgrades at the end of a sprint to hit her own numbers, this is not the first time.
O actor-neutral | Nazaire Korrigan posted Proposal 62 with the Comptroller upgrade and the delegate vote passed it.
O system-failure | The new accrual code failed to initialise the supply index for some markets, so the first claim there computed a huge balance.
O policy-subject | The governance design requires a 2-day review and 7-day timelock for every change, including emergency fixes.
O system-should | The Comptroller should have capped any single claim at the amount the reserve actually distributes per block.
O credit | Jovana posted the first analysis of affected markets on the forum within hours and listed the six cTokens.
O quoted-question | Ilario asked on the forum: should the protocol have a guardian that can pause COMP distribution without a vote?
O neutral-fact | Proposal 64 patched the bug and paused claims in cSUSHI, cMKR, cYFI, cAAVE, cTUSD and cSAI.
O meta-blameless | Threads calling out the author by handle were locked; the review asks why a one-line change could reach mainnet with no fork test.
""",
actions="""
Y Y N PREVENTS | Protocol engineering | 2021-11-30 | Require a mainnet-fork simulation report attached to every Comptroller proposal showing claimable COMP before and after for the top 500 accounts.
Y Y Y DETECTS | Jovana Eckersley | | Publish an alert bot that posts when any single claimComp transfers more than 1,000 COMP.
N N N PARTIAL | we | | Improve the quality of governance proposals.
Y Y N PREVENTS | Governance | 2022-01-15 | Add a pause guardian able to halt COMP distribution in one transaction, with the multisig signers listed publicly.
N Y Y PARTIAL | Nazaire Korrigan | | Be more diligent when reviewing his own upgrades.
Y Y Y PARTIAL | Ilario Ballantrae | 2021-10-20 | Produce the list of over-accrued accounts with amounts and a script anyone can run to reproduce it.
N N N PARTIAL | Community | | Encourage delegates to engage more deeply.
N N N PARTIAL | | | Revisit the timelock.
Y N N PARTIAL | Auditors | 2021-12-31 | Audit the exact bytecode of each proposal against the audited commit and post the matching hash before voting opens.
N Y N PARTIAL | Core devs | | Communicate better with the community during incidents.
Y Y Y PREVENTS | Quirina Lyndqvist | 2021-11-15 | Add a unit test that claims COMP in a market with a zero supply index and asserts the claim is zero.
""",
ww="""
C | The affected-market list was on the forum within six hours, so users knew which positions to avoid claiming on.
V | Loved how the forum rallied, honestly amazing vibes all week.
C | Proposal 65 came with a verification script, and three independent people reproduced the list before the vote.
"""))

# 4. Nomad bridge, 1-2 Aug 2022: a June upgrade of the Replica contract initialised the zero root as confirmed, so any
# unproven message passed; after a first exploit, hundreds of addresses copied the transaction; ~$190M drained in
# about 2.5 hours; an earlier audit had noted risk around the zero value.
S.append(dict(url="https://medium.com/nomad-xyz-blog/nomad-bridge-hack-root-cause-analysis-875ad2e5aacd",
people=["Berenike Szabrecki", "Pankraz Pennicott", "Haruto Marrowbone", "Amaranta Velloway"],
blame="""
B failure-verb | Pankraz ignored the audit finding about the zero root and marked it "acknowledged, won't fix".
B passive-agent | The initialiser that confirmed bytes32(0) was written and deployed by Pankraz Pennicott in a single afternoon.
B counterfactual | If Amaranta had checked the constructor arguments on the upgrade, a hundred and ninety million would still be in the bridge.
B human-error | Cause: human error during a routine upgrade (incorrect initialisation value).
B sarcasm | love that the most decentralised thing about nomad turned out to be the robbery
B hindsight | The devs had the audit in June and should obviously have known a zero root would prove every message.
B group-blame | Solidity devs on this team copy initialisers from the old version without thinking, every single time.
B timeline-blame | 21:32 UTC first drain tx - Berenike still asleep on primary, no ack for 40 min
O actor-neutral | Pankraz Pennicott deployed the Replica upgrade on 21 June with the initialiser that set the committed root.
O system-failure | The process() check returned true for any message whose root was zero, so messages that were never proven were accepted.
O system-should | The contract should have rejected a zero root explicitly instead of relying on the mapping default.
O policy-subject | Our upgrade checklist covered storage layout but said nothing about the values written by initialisers.
O credit | Haruto traced the first exploit transaction to the zero-root check and posted the explanation in the war room 70 minutes in.
O org-subject | The audit firm had reported the zero-value case as a finding, and the finding was closed as out of scope for the upgrade.
O neutral-fact | More than 300 addresses replayed the first transaction with their own recipient, and about $190M left the bridge.
O system-counterfactual | With a pause switch on the Replica contracts, the bridge could have been stopped after the first few copycat transactions.
""",
actions="""
Y Y Y PREVENTS | Amaranta Velloway | 2022-09-15 | Add require(root != bytes32(0)) to acceptableRoot and a test that processes an unproven message and expects a revert.
Y Y N PREVENTS | Smart contract team | 2022-10-01 | Run every upgrade's initialiser on a mainnet fork and assert that no unproven message is accepted before the upgrade is proposed.
Y Y N DETECTS | Security | | Page two responders when outflows from the bridge exceed $1M within ten minutes.
Y Y Y PARTIAL | Haruto Marrowbone | 2022-08-31 | Add a pause function to the Replica contracts callable by a 2-of-5 watcher multisig, tested on Goerli.
N N N PARTIAL | we | | Take audit findings more seriously.
N N N PARTIAL | Engineering | | Harden the bridge.
N Y Y PARTIAL | Pankraz Pennicott | | Double-check initialisation values on future upgrades.
N N N PARTIAL | | | Look into formal verification.
Y N N PARTIAL | Security | 2022-12-31 | Close or re-test every open "acknowledged" audit finding and publish the outcome for each.
N N N DETECTS | | | Better on-chain monitoring.
Y Y N PARTIAL | Recovery working group | 2022-08-20 | Publish a recovery address and a 10% bounty policy, and track returned funds per token on a public page.
""",
ww="""
V | Nobody in the war room panicked, proud of that.
V | Whitehats and the wider ecosystem showed up for us big time.
C | The recovery address went up within a day and whitehats returned over $30M to it in the first week.
"""))

# 5. Ronin bridge, Mar 2022: attacker obtained five of nine validator keys (four from one operator via a spear-phishing
# job offer, plus an allowlisted signer that had never been revoked); drained ~173,600 ETH and 25.5M USDC on 23 Mar;
# noticed six days later when a user could not withdraw.
S.append(dict(url="https://roninblockchain.substack.com/p/back-to-building-ronin-security",
people=["Huong Kovacevic", "Lazlo Quintavalle", "Isidora Trethowan", "Nuno Dunsinane"],
blame="""
B failure-verb | Lazlo forgot to revoke the gas-free RPC allowlist in December, the one that still let our node sign for the DAO validator.
B passive-agent | The fake job offer PDF was opened by an engineer on the validator team on a work laptop.
B counterfactual | Had Huong bothered to look at the bridge balance once that week, we would not have learned about it from a user six days later.
B human-error | Main cause was human error, one employee falling for a phishing attack.
B rhetorical-question | 5 of 9 keys and four of them sit with us?? who signed off on that and called it decentralised?
B group-blame | Ops people here have treated the validator keys like any other config secret for a year.
B mistake-attribution | The mistake was Isidora's: she approved the allowlist as temporary and then never came back to it.
B implicit | We all know which engineer opened the attachment, and he's still got admin on the signing infra.
O actor-neutral | Lazlo Quintavalle set up the allowlist in November so the DAO validator could sign through our RPC node during a load spike.
O system-failure | The bridge emitted no alert for the two withdrawals, although together they moved about 173,600 ETH and 25.5M USDC.
O system-should | A bridge holding that much value should have required more than five signatures from at least four independent operators.
O policy-subject | The validator policy let one company run four of the nine nodes and never required temporary access to expire.
O credit | Nuno confirmed the drained balance within an hour of the user report and halted deposits and withdrawals.
O neutral-fact | The theft happened on 23 March and was discovered on 29 March when a user could not withdraw 5,000 ETH.
O meta-blameless | Saying one person was phished explains nothing; phishing is the expected attack, the design has to survive it.
O quoted-question | The user asked support: why does the bridge say it has insufficient funds for a 5k ETH withdrawal?
""",
actions="""
Y Y N PREVENTS | Validator operations | 2022-05-31 | Raise the signing threshold to 8 of 11 validators with no operator holding more than one key.
Y Y Y PREVENTS | Isidora Trethowan | 2022-04-15 | Remove the DAO validator allowlist entry and add a 30-day automatic expiry to every RPC signing allowlist.
Y Y Y DETECTS | Huong Kovacevic | 2022-04-30 | Alert the on-call when a single bridge withdrawal exceeds 1,000 ETH or daily outflow exceeds 5% of the balance.
Y Y N PARTIAL | Bridge team | | Add a 24-hour delay on withdrawals above $10M, releasable early by three validators.
N N N PARTIAL | we | | Make security a priority across the company.
N N N PARTIAL | HR | | Train staff to spot phishing.
N Y Y PARTIAL | Lazlo Quintavalle | | Be more vigilant about temporary access.
Y N N PARTIAL | IT | 2022-06-30 | Move every validator key to an HSM on a dedicated machine that does not open email or documents.
N N N PARTIAL | | | Audit everything touching the bridge.
N Y N DETECTS | Security | 2022-05-15 | Improve visibility into bridge balances.
N N N PARTIAL | everyone | | Stay alert.
""",
ww="""
C | Deposits and withdrawals were halted within an hour of confirmation, so no further funds left after discovery.
V | We are proud of how transparent we were.
C | Blockchain analytics firms were engaged the same day and the attacker's addresses were flagged at major exchanges within 48 hours.
"""))

# 6. Solana mainnet-beta, 14 Sep 2021: bot traffic at an IDO flooded the network (~400k tx/s); transaction forwarding
# queues grew without bound and validators ran out of memory; consensus stalled ~17 hours; validators coordinated a
# restart from a snapshot.
S.append(dict(url="https://solana.com/news/9-14-network-outage-initial-overview",
people=["Svetozar Grzelak", "Gyasi Osgathorpe", "Sieglinde Mortlake", "Yoshiro Penhallow"],
blame="""
B group-blame | the IDO bot operators broke mainnet for 17 hours because they couldn't wait their turn
B failure-verb | Gyasi neglected to set a cap on the forwarding queue even after the load test in August showed it growing.
B counterfactual | if the core team had listened to validators in June, we would not have needed a coordinated restart
B competence | A validator operator who can't restart from a snapshot without a hand-holding call shouldn't be running stake.
B rhetorical-question | Is anyone on the networking side actually reading the memory graphs, or do they just ship?
B sarcasm | 400k tps achieved! just not the kind we put on the website lol
B hindsight | Svetozar should have seen at 12:00 that votes weren't landing and called the restart hours earlier.
B role-blame | The release manager pushed v1.6 with the queue change untested at scale; that is his job and it wasn't done.
O actor-neutral | Gyasi Osgathorpe posted the restart instructions in the validator channel at 02:30 UTC with the snapshot slot.
O system-failure | Transaction forwarding had no bound, so the queues grew until validators exhausted memory and stopped voting.
O system-should | The leader should have dropped excess transactions instead of forwarding all of them to the next leader.
O system-counterfactual | With fee-based prioritisation, bot transactions would have been priced out before they filled the queues.
O credit | Sieglinde collected the last confirmed slot from eight validators and found the common snapshot for the restart.
O policy-subject | The launch plan for the token sale had no rate limit and let anyone submit as many transactions as they wanted.
O neutral-fact | The network stopped confirming blocks for about 17 hours and restarted once more than 80% of stake was back.
O self-report | I pushed the restart slot too early the first time and had to post a correction; the second attempt held.
""",
actions="""
Y Y N PREVENTS | Core networking | 2021-10-31 | Cap the transaction forwarding queue at 10,000 entries per leader and drop the oldest beyond it.
Y Y Y PREVENTS | Gyasi Osgathorpe | 2021-11-30 | Add fee-based prioritisation so that transactions above the local fee market are scheduled first, shown in a devnet flood test.
Y Y N DETECTS | Validator community | | Publish a Grafana alert that fires when vote transactions land in less than 50% of slots for five minutes.
Y Y Y PARTIAL | Sieglinde Mortlake | 2021-10-15 | Write a restart runbook with the snapshot and slot selection steps, rehearsed on testnet with 20 validators.
N N N PARTIAL | we | | Make mainnet more resilient under load.
N Y N PARTIAL | Core engineering | | Review how releases are tested before mainnet.
N N N PARTIAL | | | Work with projects on launch best practice.
N Y Y PARTIAL | Svetozar Grzelak | | Call restarts sooner.
Y N N PARTIAL | Core engineering | 2022-03-31 | Replace UDP ingestion with QUIC with per-connection rate limits.
N N N DETECTS | Foundation | | Strengthen network observability.
Y Y N PARTIAL | Foundation | 2021-09-30 | Publish a root-cause report with the timeline and the queue size at each validator crash.
""",
ww="""
V | The validator community was incredible.
C | More than 80% of stake was back on the new snapshot within two hours of the restart instructions.
V | Great spirit on Discord all night.
"""))

# 7. polyfill.io, Jun 2024: the domain and GitHub account were sold to a new owner; the CDN began injecting malicious
# JavaScript for some mobile visitors, redirecting them; more than 100,000 sites embedded the script; Cloudflare and
# Fastly offered mirrors; the domain was later suspended.
S.append(dict(url="https://sansec.io/research/polyfill-supply-chain-attack",
people=["Jurgita Vanstone", "Piotrek Mirkwood", "Hilde Blackadder", "Ragnvald Fothergill"],
blame="""
B failure-verb | Piotrek added the polyfill.io script tag in 2019 and never bothered to pin or self-host it.
B nobody-blame | Nobody on the web team read the February warning that the domain had been sold.
B counterfactual | If Hilde had removed the tag when the original maintainer warned everyone, our mobile users would not have been redirected.
B human-error | Front-end developer error: a third-party script was included without SRI.
B repeat-offender | This is the second time Piotrek's team has pulled in a third-party script without telling security.
B rhetorical-question | why is the checkout page loading javascript from a domain none of us can name the owner of?
B sanction | Front-end leads who approved unvetted CDN scripts should lose merge rights on the checkout repo.
B group-blame | The web team ignores every dependency warning we send and then acts surprised.
O actor-neutral | Piotrek Mirkwood added the polyfill.io tag to the shared layout template in 2019 to support older browsers.
O system-failure | The content security policy allowed scripts from any host, so the injected code ran without a report.
O system-should | The build should have failed on any script tag that points to a third-party CDN without an integrity hash.
O policy-subject | Our dependency policy covered npm packages but not scripts loaded at runtime from a CDN.
O credit | Jurgita matched the odd redirect complaints from support to the polyfill script and replaced it with the Cloudflare mirror the same morning.
O org-subject | The original maintainer warned publicly in February that the domain had been sold and advised removing it.
O neutral-fact | The injected script only targeted some mobile devices at certain hours, which made it hard to reproduce.
O agentless-passive | The tag was replaced with a self-hosted copy and the CSP was narrowed to our own domains.
""",
actions="""
Y Y Y PREVENTS | Jurgita Vanstone | 2024-07-05 | Remove every polyfill.io reference from all repositories and confirm with a code search that returns zero hits.
Y Y N PREVENTS | Web platform | 2024-07-31 | Add an integrity attribute to every third-party script tag and fail the build when one is missing.
Y Y Y DETECTS | Ragnvald Fothergill | | Enable CSP violation reporting to our collector and alert when a new script host appears in reports.
Y N N PREVENTS | Web platform | 2024-09-30 | Self-host every runtime script and restrict script-src in the CSP to our own domains.
N N N PARTIAL | we | | Be smarter about third-party code.
N N N PARTIAL | Security | | Educate developers on supply chain risk.
N Y Y PARTIAL | Piotrek Mirkwood | | Vet scripts before adding them.
N N N DETECTS | | | Keep an eye on security news.
Y Y N DETECTS | Security | 2024-08-15 | Subscribe the security channel to ownership and DNS changes for the 20 third-party domains we load.
N Y N PARTIAL | Architecture board | | Discuss runtime dependencies at the next board.
N N N PARTIAL | everyone | | Report anything strange on the site.
""",
ww="""
C | Support tagged the first three redirect complaints with the same label, which is how the pattern was noticed within a day.
C | Swapping to the Cloudflare mirror needed a one-line change in the shared template, deployed in 40 minutes.
V | Good collaboration between teams.
"""))

# 8. Helios Airways 522, 14 Aug 2005: after a pressurisation leak check overnight, the pressurisation mode selector was
# left in MANUAL; not caught on the pre-flight checks; the cabin altitude warning horn was taken for a take-off
# configuration warning; crew incapacitated by hypoxia; aircraft flew on autopilot until fuel ran out near Grammatiko.
S.append(dict(url="https://en.wikipedia.org/wiki/Helios_Airways_Flight_522",
people=["Kyriaki Stamboulis", "Eirik Gargrave", "Hrafnhildur Ormsgill", "Dusan Kallenborn"],
blame="""
B failure-verb | The ground engineer left the pressurisation selector in MANUAL after the leak test and did not put it back to AUTO.
B passive-agent | The selector position was missed by the captain on three separate checklists before take-off.
B counterfactual | If Eirik had just looked at the overhead panel when the horn went off, everyone would be alive.
B human-error | Causal factor 1: human error in the pre-flight procedure and in interpreting the warning.
B competence | A captain with that many hours who can't tell the cabin altitude horn from the take-off config horn should not be in the left seat.
B rhetorical-question | Three checks, two pilots and one engineer, and nobody reads the one switch that matters?
B group-blame | The line engineers at Larnaca had a habit of leaving test settings for the crew to sort out.
B sanction | The board should recommend that both the engineer and the surviving supervisors are removed from certifying duties.
O actor-neutral | Dusan Kallenborn carried out the pressurisation leak check overnight and signed off the aircraft at 03:00 local time.
O system-failure | The warning horn for cabin altitude used the same sound as the take-off configuration warning, so the crew read it as a ground issue.
O system-should | The pressurisation panel should have shown an amber caution while the selector was not in AUTO.
O policy-subject | The maintenance procedure did not require the selector to be returned to AUTO as a signed step after the test.
O credit | Hrafnhildur, a cabin crew member with a student pilot licence, reached the cockpit on portable oxygen and tried to fly the aircraft.
O quoted-question | The captain asked the operations engineer by radio: where are my equipment cooling circuit breakers?
O neutral-fact | The aircraft flew a holding pattern on autopilot for over an hour before both engines flamed out from fuel exhaustion.
O system-counterfactual | Had the oxygen masks deploying in the cabin been shown on a cockpit display, the crew would have had a second cue.
""",
actions="""
Y Y N PREVENTS | Aircraft manufacturer | 2006-06-30 | Give the cabin altitude warning a sound distinct from the take-off configuration warning on all 737 Classic aircraft.
Y Y Y PREVENTS | Kyriaki Stamboulis | 2005-10-31 | Add a signed step to the pressurisation leak check task card returning the mode selector to AUTO, verified by a second engineer.
Y Y N PARTIAL | Flight operations | 2005-12-15 | Add the pressurisation mode selector position to the before-start and after-take-off checklist items, read and answered aloud.
N N N PARTIAL | Training | | Improve crew awareness of hypoxia.
N Y Y PARTIAL | Eirik Gargrave | | Pay closer attention to overhead panel settings.
Y Y Y PARTIAL | Hrafnhildur Ormsgill | 2006-02-28 | Run every Helios crew through a simulator scenario with a cabin altitude warning at 12,000 ft; pass = masks on within 30 s.
N N N PARTIAL | we | | Strengthen safety culture in line maintenance.
N N N PARTIAL | | | Look at communication between engineering and flight crew.
Y Y N DETECTS | Flight operations | | Require the crew to report cabin altitude to the company at top of climb on every flight.
N Y N PARTIAL | Civil aviation authority | 2006-12-31 | Audit the operator.
N N N PARTIAL | Engineering | | Review maintenance practices at Larnaca.
""",
ww="""
V | The emergency services were very professional.
C | Air traffic control alerted the Greek air force within 40 minutes of losing radio contact, and fighters reached the aircraft in the hold.
V | Everyone involved did their best.
"""))

# 9. Carmont, Aberdeenshire, 12 Aug 2020: after heavy rain, a train turned back toward Aberdeen and struck debris washed
# from a drain built in 2011-12 that did not follow its design; derailed, fell from the embankment; three died; no
# speed restriction in place; control had limited weather information.
S.append(dict(url="https://en.wikipedia.org/wiki/Stonehaven_derailment",
people=["Morag Inchcolm", "Fergal Drumlanrig", "Aileas Brochan", "Domhnall Macandrew"],
blame="""
B failure-verb | The contractor's site crew skipped the designed drainage layout and built the drain the cheap way in 2011.
B passive-agent | The drain was built outwith the design by the contractor's site team and signed off by nobody.
B counterfactual | Had Fergal put out a blanket speed restriction after the Met Office warning, the train would have been doing 20, not 70.
B nobody-blame | Nobody from route control bothered to look at the rainfall radar once that morning.
B hindsight | With that much rain the route controller should have known the cuttings would go and closed the line.
B human-error | Preliminary finding: the derailment was the result of operator error in route control.
B role-blame | The drainage asset engineer is paid to know where every drain is, and this one wasn't on his register.
B mistake-attribution | The big mistake was the signaller's, letting the train back over a line nobody had walked since the storm.
O actor-neutral | Fergal Drumlanrig was the route controller on duty and authorised the train to return north over the Carmont section.
O system-failure | The drain was not on the asset register, so it was never inspected after construction.
O system-should | The weather alerting should have turned the rainfall warning into a mandatory speed restriction on exposed sections.
O policy-subject | The rules for extreme rainfall relied on the controller's judgement and did not say when to restrict speed.
O credit | Aileas walked the line at Carmont on the morning of the 12th and reported the landslip that blocked the train's original route.
O org-subject | The contractor built the drain differently from the design, and the change was not recorded in the handover.
O neutral-fact | The train struck washed-out gravel at about 73 mph, derailed and fell down the embankment; the driver, the conductor and one passenger died.
O meta-blameless | The draft named the controller four times; every mention is now a question about what information the control room had.
""",
actions="""
Y Y N PREVENTS | Network Rail Scotland | 2021-03-31 | Add every drain at the Carmont site to the asset register and inspect each one against its design drawing.
Y Y Y PREVENTS | Morag Inchcolm | 2020-11-30 | Issue a rule that imposes a 40 mph restriction on named high-risk earthwork sections when forecast rainfall exceeds 30 mm in 24 hours.
Y Y N DETECTS | Route control | | Give control a live rainfall radar feed with alerts for each earthwork flagged as high risk.
N N N PARTIAL | we | | Make the railway more resilient to climate change.
N Y Y PARTIAL | Fergal Drumlanrig | | Be more cautious in heavy rain.
Y N N PARTIAL | Asset engineering | 2022-12-31 | Survey all drainage built since 2000 in Scotland against its design and record every deviation.
N N N PARTIAL | | | Look at contractor handover.
Y Y Y DETECTS | Domhnall Macandrew | 2021-06-30 | Install tilt sensors on the three earthworks above the Carmont line that alarm in control on movement over 10 mm.
N N N PARTIAL | Network Rail | | Improve how we manage earthworks.
N Y N PARTIAL | Train operators | | Remind drivers to report anything unusual.
Y Y N PARTIAL | Rolling stock engineering | 2023-06-30 | Assess the crashworthiness of HST power cars and publish the findings.
""",
ww="""
C | The landslip that blocked the line was reported by the train crew within minutes, so the train stopped short of it.
V | Everyone on site was very brave.
C | The first emergency crews reached the track within about 20 minutes despite the remote location.
"""))

# 10. Dana-Farber Cancer Institute, Nov-Dec 1994: an experimental high-dose protocol; the order gave the four-day total
# of cyclophosphamide as a daily dose; pharmacists and nurses did not catch it; one patient died, another had heart
# damage; found in Feb 1995 by clerks reviewing research data; chief physician resigned.
S.append(dict(url="https://psnet.ahrq.gov/issue/doctors-orders-killed-cancer-patient-dana-farber-admits-drug-overdose-caused-death-globe",
people=["Wendelin Whitcombe-Hale", "Dumisani Okonkwo-Pratt", "Genevieve Tallisker", "Abelard Fenstanton"],
blame="""
B failure-verb | The fellow misread the protocol and wrote the four-day total as the daily dose.
B passive-agent | The overdose was dispensed by three pharmacists over four days without one of them checking the protocol.
B group-blame | The nurses on that floor just hang whatever the pharmacy sends up.
B counterfactual | If Dr Okonkwo-Pratt had listened to the patient when she said something was badly wrong, she could have been saved.
B competence | A second-year fellow who cannot do dose-per-square-metre arithmetic should not be writing chemo orders unsupervised.
B human-error | Summary of cause: medication error by the prescribing physician.
B sanction | We recommend disciplinary action against the prescribing fellow and the pharmacists who dispensed the order.
B self-blame | I signed those orders and I will carry this; I should have seen it.
O actor-neutral | Wendelin Whitcombe-Hale wrote the chemotherapy order on the protocol form on the morning of the first treatment day.
O system-failure | The order form had one dose field and did not say whether the number was per day or for the course.
O system-should | The pharmacy system should have blocked any cyclophosphamide dose above the protocol's daily maximum.
O policy-subject | The protocol was written for experts and gave the total dose first, which made the daily figure easy to misread.
O credit | Genevieve, a data clerk, found the discrepancy in a routine review of the study data in February and reported it.
O quoted-question | The patient's husband asked the review: why did the test results showing heart damage not reach the team treating her?
O neutral-fact | Two patients received about four times the intended dose on four consecutive days; one died on 3 December.
O meta-blameless | The hospital's own statement said the institute bears collective responsibility, and this review follows that line.
""",
actions="""
Y Y N PREVENTS | Pharmacy | 1995-06-30 | Configure the pharmacy system to reject chemotherapy doses above the protocol maximum unless two pharmacists override.
Y Y Y PREVENTS | Abelard Fenstanton | 1995-05-31 | Redesign the chemotherapy order form with separate daily dose and course total fields and require both.
Y Y N PARTIAL | Nursing | 1995-07-31 | Require two nurses to check each chemotherapy dose against the protocol at the bedside and sign.
N N N PARTIAL | we | | Foster a culture of safety.
N Y Y PARTIAL | Wendelin Whitcombe-Hale | | Take more care with calculations.
Y Y N DETECTS | Quality | | Review every high-dose chemotherapy order against the protocol within 24 hours of the first dose.
N N N PARTIAL | Medical staff | | Listen to patients more.
N N N PARTIAL | | | Review the clinical trials programme.
Y Y Y DETECTS | Genevieve Tallisker | 1995-04-30 | Report every research patient's delivered dose against the protocol weekly to the attending oncologist.
N Y N PARTIAL | Board of trustees | 1995-09-30 | Review the leadership structure.
N N N PARTIAL | Pharmacy | | Tighten dispensing.
""",
ww="""
V | The oncology floor looked after one another through it all.
V | The institute showed real leadership.
C | The data clerks' routine protocol review caught the discrepancy and the hospital told the families and the state.
"""))

# 11. JPMorgan Chief Investment Office "London Whale", Jan-May 2012: the synthetic credit portfolio grew huge; a new VaR
# model, built on spreadsheets with manual copy-paste and a division by the sum instead of the average, halved reported
# risk; limit breaches were waived; losses reached about $6.2bn; the bank's task force report listed control failures.
S.append(dict(url="https://en.wikipedia.org/wiki/2012_JPMorgan_Chase_trading_loss",
people=["Bertrand Tolhurst", "Urszula Lachaume", "Isamu Ilunga", "Lakshmi Jablonski"],
blame="""
B failure-verb | The quant who built the new VaR model divided by the sum instead of the average and nobody caught it for months.
B passive-agent | The limit breaches were waived by Bertrand Tolhurst again and again without a single escalation.
B character | Urszula is a trader who never met a position she couldn't double down on.
B counterfactual | Had risk management pushed back in January instead of approving the model, the loss would have been a fraction.
B group-blame | The traders in the London CIO office hid the marks and the risk people let them.
B rhetorical-question | How does a bank that size let a whole portfolio's VaR run through someone's personal spreadsheet?
B sarcasm | "a tempest in a teapot", said management, about the six-billion-dollar teapot
B sanction | Clawback should be applied in full to every trader and manager who touched the synthetic credit book.
O actor-neutral | Isamu Ilunga built the new VaR model and ran it through spreadsheets that took data copied by hand from other sheets.
O system-failure | The model approval process did not back-test the new model against the old one before putting it into use.
O system-should | A VaR model that halves reported risk overnight should have triggered an independent review before it was used for limits.
O policy-subject | The CIO's limits were set for a hedging book, and the policy did not say what to do when the book's purpose drifted.
O org-subject | The task force report found that the CIO's risk function was under-resourced relative to the size of the positions.
O credit | Lakshmi flagged that the marks differed from the counterparties' marks by hundreds of millions and put it in writing in March.
O neutral-fact | Losses in the synthetic credit portfolio reached about $6.2 billion in 2012.
O error-term | The spreadsheet error divided by the sum of the old and new rates rather than their average, which lowered the volatility.
""",
actions="""
Y Y N PREVENTS | Model risk | 2013-03-31 | Run every new VaR model in parallel with the old model for 30 days and require sign-off if the results differ by more than 20%.
Y Y Y PREVENTS | Lakshmi Jablonski | 2013-01-31 | Move the CIO VaR calculation off spreadsheets into the firm's risk engine with no manual copy steps.
Y Y N DETECTS | Risk management | | Escalate any limit breach lasting more than five business days to the firm chief risk officer automatically.
N N N PARTIAL | we | | Strengthen the risk culture in the CIO.
N Y Y PARTIAL | Bertrand Tolhurst | | Challenge the traders more.
Y Y N DETECTS | Valuation control | 2012-09-30 | Compare CIO marks with counterparty marks every week and report differences above $50M to the CFO.
N N N PARTIAL | Board | | Review the mandate of the Chief Investment Office.
N N N PARTIAL | | | Look at compensation incentives.
Y N N PARTIAL | Internal audit | 2013-06-30 | Audit all end-user spreadsheets used in risk or P&L and record owner, controls and test evidence for each.
N Y N PARTIAL | HR | | Hold the people responsible accountable.
Y Y Y PARTIAL | Isamu Ilunga | 2012-08-31 | Publish a restated VaR history for the synthetic credit portfolio using the corrected formula.
""",
ww="""
C | The task force report was published with the model error and the waived limit breaches in full detail.
V | Leadership took responsibility.
V | Everyone worked incredibly hard through the unwind.
"""))

# 12. Champlain Towers South, Surfside, Florida, 24 Jun 2021: 12-storey condominium partially collapsed at night; 98
# died; a 2018 engineer's report described major structural damage under the pool deck and entrance; repair works had
# been estimated and special assessments argued over; recertification was due at 40 years.
S.append(dict(url="https://en.wikipedia.org/wiki/Surfside_condominium_collapse",
people=["Cosmina Laidlaw", "Ottavio Zelenka", "Ofelia Grijalvo", "Ulises Pelletreau"],
blame="""
B failure-verb | The condo board sat on the 2018 report for three years and never started the concrete repairs.
B passive-agent | The structural warnings were downplayed by the town's building official in the meeting after the report.
B counterfactual | If the board president had pushed the special assessment through in 2019, the garage would have been repaired.
B group-blame | Condo associations down here vote down anything that costs money and then act surprised.
B rhetorical-question | What exactly did the engineer think "major structural damage" was going to do if nobody fixed it?
B competence | A building official who tells residents the building is in very good shape after reading that report isn't qualified for the job.
B hindsight | The residents had seen water standing in the garage for years and should have demanded repairs themselves.
B implicit | Some board members will have to live with the fact that they voted against the assessment.
O actor-neutral | Ottavio Zelenka wrote the 2018 inspection report describing damage under the pool deck and below the entrance.
O system-failure | The pool deck's waterproofing had failed and water had been reaching the slab for years.
O system-should | The 40-year recertification should have required action on any structural damage found earlier, not only at year 40.
O policy-subject | County rules left major repairs to the association's vote, with no deadline once an engineer reported damage.
O credit | Ofelia coordinated the search teams on the collapse site in shifts around the clock for two weeks.
O quoted-question | A resident asked at the 2019 meeting: what happens to the building if we wait until the recertification?
O neutral-fact | Part of the building collapsed at about 1:22 a.m. on 24 June 2021 and 98 people died.
O system-counterfactual | If the garage cracks had been measured on a schedule, the rate of deterioration would have been visible in numbers.
""",
actions="""
Y Y N PREVENTS | State legislature | 2022-12-31 | Require a milestone inspection at 30 years, 25 near the coast, with reserves for structural repairs funded by law.
Y Y Y PREVENTS | Cosmina Laidlaw | 2021-12-31 | Require engineers to file any report of structural damage with the building department within 14 days.
Y Y N DETECTS | County building department | | Inspect every condominium over three storeys and 30 years old and publish a list of structural findings.
N N N PARTIAL | we | | Improve building safety in the county.
N Y Y PARTIAL | Ulises Pelletreau | | Communicate inspection findings more clearly to residents.
Y N N PARTIAL | Building officials | 2022-06-30 | Re-inspect every building in the town that had a structural report in the last five years.
N N N PARTIAL | | | Review condominium governance.
N N N PARTIAL | Engineers | | Use stronger language in reports.
Y Y Y DETECTS | Ofelia Grijalvo | 2022-03-31 | Install crack monitors on the garage slabs of the sister building and report any change above 0.5 mm per month.
N Y N PARTIAL | Condo associations | | Take engineers' reports seriously.
N N N PARTIAL | everyone | | Stay informed about the building.
""",
ww="""
V | First responders were heroes.
C | The sister building was evacuated within two weeks after an inspection found similar pool-deck damage.
V | The community came together.
"""))

# 13. San Bruno, California, 9 Sep 2010: PG&E gas transmission line 132 ruptured in a residential area; 8 died; NTSB found
# a defective 1956 pipe segment with a partial seam weld, an integrity programme that had not found it, a pressure rise
# during electrical work at Milpitas terminal, and 95 minutes to isolate with manual valves.
S.append(dict(url="https://en.wikipedia.org/wiki/2010_San_Bruno_pipeline_explosion",
people=["Wiebke Quartermain", "Mauricio Zeller", "Kalinda Stavely", "Vinzenz Oakshott"],
blame="""
B failure-verb | The Milpitas technicians broke the power supply to the regulating valves and let the pressure run up.
B passive-agent | Line 132 was recorded as seamless pipe by the records team in 1956 and nobody in integrity management checked.
B counterfactual | Had the gas control operators shut the valves in the first ten minutes, the fire would not have burned for an hour and a half.
B human-error | NTSB-style summary, draft 1: the rupture was caused by operator error at the Milpitas terminal.
B group-blame | PG&E management cut the integrity budget year after year and the engineers just went along.
B rhetorical-question | 95 minutes to close a manual valve in a suburb... did anyone even know where the valves were?
B competence | An integrity engineer who trusts 1956 paper records over a hydrotest has no business signing off a transmission line.
B sarcasm | Good news: the records said the pipe was seamless. Bad news: the pipe didn't read the records.
O actor-neutral | Mauricio Zeller was on shift in gas control when the pressure alarms from Milpitas came in around 17:20.
O system-failure | The uninterruptible power supply at Milpitas failed during the work, and the regulating valves opened fully.
O system-should | A transmission line through houses should have had automatic or remote shut-off valves on both sides.
O policy-subject | The integrity programme treated the pipeline records as accurate and never required a pressure test of the segment.
O credit | Kalinda reached the first valve site and closed it by hand while the control room coordinated the second crew.
O org-subject | The state regulator approved the integrity programme on the basis of the operator's own summary of its records.
O neutral-fact | The rupture at 18:11 left a crater 72 feet long and destroyed 38 homes; eight people died.
O meta-blameless | We are not naming the Milpitas crew in this review; the electrical work had a procedure that did not cover the UPS failing.
""",
actions="""
Y Y N PREVENTS | Gas transmission | 2011-12-31 | Hydrostatically test every segment of line 132 that lacks a pressure test record, before returning it to full pressure.
Y Y Y PREVENTS | Wiebke Quartermain | 2011-06-30 | Install remote-controlled shut-off valves on line 132 between Milpitas and San Francisco so any segment isolates in under 10 minutes.
Y Y N DETECTS | Gas control | | Alarm the control room when transmission pressure exceeds MAOP by 2% and require the operator to confirm within 5 minutes.
N N N PARTIAL | we | | Make safety our number one priority.
N Y Y PARTIAL | Mauricio Zeller | | React faster to pressure alarms.
Y N N PARTIAL | Records | 2012-12-31 | Verify traceable, complete records for every transmission pipe segment in the system and list all gaps.
N N N PARTIAL | | | Review the relationship with the regulator.
Y Y Y PARTIAL | Vinzenz Oakshott | 2011-03-31 | Rewrite the Milpitas electrical work procedure to require manual control of the regulators before any UPS work.
N Y N PARTIAL | Emergency response | | Improve coordination with fire departments.
N N N PARTIAL | Management | | Invest appropriately in integrity.
N N N DETECTS | | | Look into leak detection technology.
""",
ww="""
C | The first crew closed the upstream valve by hand at about 19:30, which cut the gas feeding the fire.
V | Mutual aid from neighbouring departments was impressive.
C | Gas control saw the pressure rise at Milpitas within minutes and logged every reading, which made the reconstruction exact.
"""))

# 14. Hubble Space Telescope primary mirror, 1990: the reflective null corrector used to test the mirror's shape was
# assembled with a lens out of position by about 1.3 mm; the mirror was ground precisely to the wrong shape; other
# tests that disagreed were discounted; found after launch; the Allen Commission report; corrective optics in 1993.
S.append(dict(url="https://en.wikipedia.org/wiki/Hubble_Space_Telescope",
people=["Zygmunt Achterhof", "Agathe Rimbault", "Tristram Wrenfield", "Yolande Selwood"],
blame="""
B failure-verb | The optical shop technicians missed the spacer that put the field lens 1.3 mm out and ground the whole mirror to it.
B passive-agent | The conflicting results from the refractive null corrector were dismissed by Zygmunt Achterhof as a fault in the test.
B counterfactual | If the contractor's managers had let anyone run an end-to-end test, the flaw would have been found on the ground.
B group-blame | The quality people at the contractor signed whatever the optics lead put in front of them.
B mistake-attribution | It was the project office's mistake to accept one test as proof and refuse to pay for another.
B rhetorical-question | So they had two instruments that disagreed and they believed the one that told them what they wanted?
B character | Zygmunt was famous for taking any question about his test setup as a personal insult.
B human-error | Finding: the aberration was caused by human error in assembly of the test instrument.
O actor-neutral | Zygmunt Achterhof led the measurement of the mirror's figure with the reflective null corrector in 1979 and 1980.
O system-failure | The null corrector's measuring rod had a worn cap, and the laser reading came off the wrong surface, putting the lens out of place.
O system-should | The test programme should have included an independent check of the null corrector itself before it was used to shape the mirror.
O policy-subject | The contract kept the optics team's data inside the company, and the project's rules did not require outside review of test results.
O credit | Agathe worked out the exact error in the mirror from star images, which let the corrective optics be made to the right prescription.
O org-subject | The investigation board traced the error to the test instrument and to the way disagreeing test results were reviewed.
O neutral-fact | The primary mirror was too flat at the edges by about 2.2 micrometres.
O system-counterfactual | With an end-to-end optical test of the assembled telescope, the spherical aberration would have shown up before launch.
""",
actions="""
Y Y N PREVENTS | Optics engineering | 1991-06-30 | Verify every null corrector with an independent test instrument and record agreement within 0.05 waves before use.
Y Y Y PARTIAL | Yolande Selwood | 1990-12-31 | Derive the mirror's prescription from on-orbit star images and deliver it to the corrective optics team.
Y Y N DETECTS | Project office | | Require independent review of every disagreement between two optical tests before fabrication continues.
N N N PARTIAL | we | | Improve quality assurance on major contracts.
N Y Y PARTIAL | Zygmunt Achterhof | | Be more open to criticism of his test setup.
Y Y Y PARTIAL | Tristram Wrenfield | 1993-12-31 | Build and fly corrective optics on the first servicing mission, tested against the measured aberration.
N N N PARTIAL | Contractor | | Review communication with the customer.
N N N PARTIAL | | | Study the use of end-to-end tests.
Y N N PARTIAL | Quality assurance | 1991-12-31 | Audit all optical test data for the program and record an independent reviewer for each test.
N Y N PARTIAL | Agency leadership | | Reconsider how contracts are managed.
N N N PARTIAL | Systems engineering | | Make sure future telescopes get tested properly end to end.
""",
ww="""
C | The star images from orbit were precise enough to determine the error to a fraction of a micrometre within months.
C | The corrective optics were designed to the recovered prescription and worked from the first image after the servicing mission.
V | Sheer determination from the optics people carried the programme.
"""))

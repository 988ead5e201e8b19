# heldout39 rules data (see ../rules/SOURCES-heldout39.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Wormhole bridge exploit 2022, Marriott / Starwood reservation breach 2018, Zillow
# Offers pricing wind-down 2021, Ashley Madison breach 2015, Adobe password store breach 2013, Morrisons payroll leak 2014,
# Flexcoin withdrawal race 2014) and 7 outside software (Browns Ferry cable fire 1975, Titanic 1912, Halifax explosion
# 1917, NOAA-N Prime satellite drop 2003, Oroville Dam spillway 2017, Citicorp Center wind bracing 1978, Sunshine
# Skyway Bridge strike 1980).
# Written as training text for a learned blame classifier: mostly responders' drafts (chat lines with handles and times
# stripped, terse notes, timeline rows, review sticky notes, half sentences), some report prose.
S = []

# 1. Wormhole token bridge, 2 February 2022: the Solana-side signature verification accepted a spoofed sysvar
# instructions account (deprecated load_instruction_at without an address check); the attacker forged a guardian
# message and minted 120,000 wETH on Solana, about 320 million dollars; the fix was in the public repository before it
# was deployed; the backer replenished the ETH; a bounty was offered to the attacker.
S.append(dict(url="https://rekt.news/wormhole-rekt/",
people=["Elazane Belbelt", "Drubrin Tuhiwai", "Raslund Ostrogorsky", "Quinalt Ferreira-Blaik"],
blame="""
B failure-verb | elazane merged the solana sdk bump to the public repo and just didn't deploy it, so the fix sat there for anyone to read
B passive-agent | The verify_signatures path was reviewed and approved by Raslund without anyone checking which account got passed in as the sysvar.
B counterfactual | if Drubrin had pushed the upgrade the same day we'd still have 120k ETH, simple as that
B group-blame | the bridge devs shipped a deprecated call into a contract guarding 300M+, that's on them
B sarcasm | great job @raslund, you reviewed the one function that mattered and waved it through 👏
B human-error | Root cause (draft): developer error in the Solana guardian signature check.
B competence | honestly a more careful auditor would have flagged load_instruction_at the first time they saw it
B rhetorical-question | who on the core team thought leaving a security patch in a public commit for days was fine??
O system-failure | load_instruction_at failed to check that the account it read was the real instructions sysvar.
O system-should | The deploy pipeline should have blocked a contract release while a known security fix sat unmerged on mainnet.
O actor-neutral | Quinalt paged the guardian operators at 18:28 UTC after the mint of 120,000 wETH showed up on the Solana explorer.
O credit | shout out to drubrin for getting the guardians to halt the bridge within the hour
O neutral-fact | About 93,750 ETH was moved back to Ethereum before the bridge was paused.
O policy-subject | Our release policy, which Elazane wrote up last year, had no rule for how long a security fix may stay public before deploy.
O agentless-passive | the stolen ETH was replaced by the parent company the next day so wrapped tokens stayed 1:1
O quoted-question | Raslund asked in the review channel "do we know which signature set this VAA claims?" and that is where the trace started.
""",
actions="""
Y Y N PREVENTS | Bridge core team | 2022-03-15 | Replace load_instruction_at with the checked sysvar loader in every Solana program and add a test that a fake sysvar account is rejected.
N N N PARTIAL | we | | Slow down and think before pushing fixes public.
Y Y Y PREVENTS | Drubrin Tuhiwai | 2022-02-28 | Write a rule that any commit fixing a vulnerability is deployed to mainnet before it is pushed to the public repository, and add it to the release checklist.
N Y Y DETECTS | Elazane | | Keep an eye on big mints.
Y Y N DETECTS | Guardian operators | | Alert when a single mint on Solana exceeds the ETH held in the Ethereum custody contract, paging within 2 minutes.
N N N PARTIAL | | | Get another audit.
Y N N PARTIAL | Security | 2022-04-30 | Run a bug bounty with a top reward of at least 10 million dollars and publish its scope.
N Y Y PREVENTS | Raslund Ostrogorsky | 2022-03-01 | review the signature code again, properly this time
Y Y Y PREVENTS | Quinalt Ferreira-Blaik | 2022-03-31 | Add a pause switch that any two guardians can trigger, and rehearse a pause in testnet once a month.
N Y N DETECTS | everyone | | Watch the explorer during launches.
Y Y N PARTIAL | | 2022-02-20 | Publish the incident report with the transaction hashes of the forged VAA and the mint.
""",
ww="""
C | The bridge was paused within hours, which stopped further forged mints.
C | The parent company restored the 120,000 ETH the next day, so wrapped ETH holders did not lose their peg.
V | Amazing community support all round.
"""))

# 2. Marriott / Starwood guest reservation database, disclosed 30 November 2018: attackers inside the Starwood network
# since 2014, before Marriott bought Starwood in 2016; a database monitoring tool alerted on 8 September 2018 on an
# unusual query; up to about 383 million guest records, some with encrypted passport and card numbers; UK ICO fine of
# 18.4 million pounds in 2020.
S.append(dict(url="https://en.wikipedia.org/wiki/Marriott_International#Data_breach",
people=["Wenquorn Quiquorn", "Mirtosh Umberfield", "Nyvex Pettigrew-Osei", "Hartvig Lorric"],
blame="""
B failure-verb | The diligence team never looked at the Starwood reservation network before signing; they checked the hotels, not the servers.
B counterfactual | Had Mirtosh insisted on a forensic sweep in 2016 the attackers would have been found two years sooner.
B passive-agent | 4 yrs of access was missed by the legacy Starwood security team, full stop
B repeat-offender | Starwood IT had already had a point-of-sale breach in 2015 and still didn't clean house. Same people, same result.
B sarcasm | "we take your privacy seriously" says the company that let someone sit in the guest DB since 2014
B mistake-attribution | mistakes were made by integration ops during the merger, which is why the old network stayed up
B group-blame | execs cared about loyalty points merging, nobody upstairs cared about the Starwood database
B human-error | Cause per the first board note: lapses by legacy IT staff.
O system-failure | The Starwood reservation database did not alert on the 2014 intrusion at all; the first alert came in September 2018.
O actor-neutral | Nyvex took the Guardium alert on 8 September and opened the incident with the outside forensics firm.
O system-should | The acquisition checklist should have included a compromise assessment of every network being taken over.
O neutral-fact | Up to roughly 383 million guest records were involved, some with passport numbers.
O agentless-passive | The Starwood system was kept running in parallel after 2016 and was not migrated until after the breach.
O policy-subject | The merger plan Hartvig owned treated the reservation platform as a later-phase migration.
O credit | thanks Wenquorn for getting the encrypted-field question answered for the regulators in two days
O meta-blameless | Please, no "legacy team dropped the ball" in this doc — what let a 2014 foothold survive a 2016 acquisition?
""",
actions="""
Y Y N PREVENTS | M&A integration office | 2019-06-30 | Add a third-party compromise assessment of every acquired network to the acquisition checklist, done before day one.
N N N PARTIAL | we | | Take data security more seriously.
Y Y Y DETECTS | Nyvex Pettigrew-Osei | 2019-03-31 | Alert on any query returning more than 10,000 guest rows from the reservation database outside batch windows.
N Y Y PARTIAL | Mirtosh | | Tighten up the Starwood network.
Y Y N PREVENTS | Identity team | 2019-05-31 | Retire the Starwood reservation database and move its guests to the Marriott platform, with the old hosts wiped.
N N N DETECTS | | | Improve monitoring of the guest data.
Y Y Y PARTIAL | Hartvig Lorric | | Store the decryption keys for passport and card fields in an HSM separate from the database hosts, and prove it in the next audit.
N Y N PARTIAL | Legal | 2019-01-31 | Handle the regulators.
Y N N DETECTS | | 2019-02-28 | Send every affected guest a notice and a year of free identity monitoring, and report the count sent.
N Y Y PREVENTS | Wenquorn Quiquorn | | Stop acquired networks from biting us.
N Y N DETECTS | SOC | | Be more vigilant about legacy systems.
""",
ww="""
C | The database monitoring tool flagged the unusual query on 8 September, which started the investigation.
V | Response was professional throughout.
V | Really good collaboration between the two companies.
"""))

# 3. Zillow Offers, wound down November 2021: the home-buying arm bought homes at prices set with its valuation model
# and raised offers to hit volume targets; prices cooled and the model overpaid; inventory write-downs of about 304
# million dollars in Q3 2021; about a quarter of staff cut; the unit closed.
S.append(dict(url="https://www.wired.com/story/zillow-ibuyer-real-estate/",
people=["Drusiva Mirquorn", "Tutosh Mirric", "Elarick Szczepanek", "Fenvex Trelawny-Vos"],
blame="""
B failure-verb | tutosh ignored the model drift dashboard for like six weeks because the volume number looked good
B passive-agent | The offer uplift was pushed by Drusiva over the objections of two pricing analysts.
B competence | the data science org just didn't understand housing, they understood leaderboards
B counterfactual | if the ops leads hadn't chased the 5,000 homes a quarter target none of this write-down happens
B character | Fenvex has always been reckless with other people's money and this was just a bigger table.
B hindsight | anyone who has ever bought a house knew that model couldn't price a kitchen remodel, come on
B sanction | whoever signed off the Q3 buying spree should not be running a pricing team anymore
B timeline-blame | 14 Aug - Elarick raises offer overlay again, ignores cooling signal
O system-failure | The valuation model failed to pick up the cooling in prices fast enough to adjust offers.
O system-should | The offer engine should have capped overlays once the gap between predicted and resale price passed a threshold.
O actor-neutral | Elarick pulled the resale margin report on 1 October and shared it with the finance lead.
O neutral-fact | About 7,000 homes were still in inventory when the wind-down was announced.
O self-report | I set the overlay from the volume plan I was given; nothing in the tool showed me the margin impact at the time.
O system-counterfactual | Had the dashboard shown resale margin next to offer volume, the mismatch would have been visible in August.
O agentless-passive | new purchases were paused in October while the backlog of renovations was worked off
O credit | Tutosh flagged the renovation backlog to the exec team before anyone else did
""",
actions="""
Y Y N PREVENTS | Pricing platform | 2021-12-15 | Block any offer overlay that raises the predicted price by more than 2% unless the resale margin report for the last 30 days is above target.
N N N PARTIAL | we | | Be smarter about the housing market.
Y Y Y DETECTS | Elarick Szczepanek | 2021-12-01 | Put resale margin by metro next to offer volume on the weekly dashboard and email it to the exec team every Monday.
N Y Y PARTIAL | Tutosh | | Check in on model drift now and then.
Y Y N PARTIAL | Finance | | Set a maximum inventory of homes per metro and stop offers automatically when it is reached.
N N N DETECTS | | | Avoid this kind of surprise.
N Y N PREVENTS | Data science | 2022-01-31 | Tune the valuation model.
Y Y Y PARTIAL | Fenvex Trelawny-Vos | 2022-02-28 | Backtest the valuation model on the 2021 purchases and publish its median error on homes sold below purchase price.
Y Y N PARTIAL | Renovation ops | | Finish renovation of every home bought before October within 60 days and report the count still open each week.
Y Y N DETECTS | | 2021-11-30 | Add an alert when predicted and realised resale prices diverge by more than 5% in any metro for two weeks.
N Y Y DETECTS | Drusiva Mirquorn | | Keep an eye on volume targets.
""",
ww="""
C | The pause on new purchases in October stopped the inventory from growing while the losses were sized.
V | Leadership showed a lot of courage.
C | The finance team had the write-down figure per metro ready for the Q3 call.
"""))

# 4. Ashley Madison breach, July-August 2015: the "Impact Team" took customer data and internal e-mail and published
# them in August 2015 (about 32 million accounts); paid-delete did not remove data; later researchers cracked a large
# share of passwords through a legacy MD5 token; Canadian and Australian privacy regulators reported in 2016 on weak
# security governance.
S.append(dict(url="https://en.wikipedia.org/wiki/Ashley_Madison_data_breach",
people=["Nylund Abernathy-Roux", "Rasmae Mbeki-Stannard", "Kaoda Plenderleith", "Yarvex Drubelt"],
blame="""
B failure-verb | Rasmae left the VPN shared secret in a file on the dev share, the attackers basically walked in.
B self-blame | i should have killed the md5 login token when i rewrote the bcrypt path, that one's on me
B passive-agent | The "full delete" feature was sold by marketing and never built by product, and everyone knew.
B group-blame | management ran security on vibes. no risk framework, no training, nothing.
B sarcasm | nice of the dev team to keep a second copy of every password in md5 just in case the bcrypt one got lonely
B human-error | Initial assessment: staff error in credential handling allowed the intrusion.
B rhetorical-question | how does Yarvex sign off a 19 dollar "delete" that deletes nothing?
B nobody-blame | nobody bothered to read the regulator's guidance on retention until after the dump hit
O system-failure | The paid-delete job failed to remove profile data from the backups and the billing tables.
O system-should | The login service should have dropped the legacy MD5 token when bcrypt hashing was introduced.
O actor-neutral | Kaoda took the ransom note screen down from the internal wiki and opened a case with the police at 09:10.
O neutral-fact | Around 32 million account records were published in August 2015.
O policy-subject | The retention policy Nylund inherited kept deleted profiles for 12 months for chargeback disputes.
O agentless-passive | The shared VPN credentials were rotated on the day of the first post and remote access was rebuilt with per-user keys.
O meta-blameless | Review note: rewrote "dev team got lazy" as "the old token path had no owner after the bcrypt migration".
O quoted-question | Yarvex's question on the bridge was "what exactly does full delete touch?" and nobody had the table list.
""",
actions="""
Y Y N PREVENTS | Platform team | 2015-10-31 | Remove the MD5 login token and force a bcrypt re-hash at next login for every account.
N N N PARTIAL | we | | Treat member privacy as a priority, somehow.
Y Y Y PREVENTS | Kaoda Plenderleith | 2015-11-30 | Make full delete remove the profile from the live database, the analytics copy and backups within 30 days, and verify on 20 sample accounts.
N Y Y PARTIAL | Rasmae | | Stop sharing secrets.
Y Y N PREVENTS | IT | 2015-09-30 | Replace the shared VPN secret with per-user certificates and multi-factor login.
N N N DETECTS | | | Get better at spotting hackers.
Y N Y DETECTS | Nylund Abernathy-Roux | 2016-01-31 | Write a security risk register with an owner per risk and review it at every board meeting.
N Y N PARTIAL | Security | | Harden the member servers a bit.
N Y N DETECTS | everyone | | Report anything odd.
Y Y N DETECTS | | 2015-12-15 | Alert on any bulk export of member tables above 100,000 rows.
N Y Y PARTIAL | Yarvex Drubelt | | Sort out training for staff.
""",
ww="""
C | Remote access was rebuilt with per-user keys within a week of the first post.
V | Support staff kept their cool.
V | Everyone was amazing that week.
"""))

# 5. Adobe customer database and source code breach, disclosed 3 October 2013: attackers took customer records and
# source code (Acrobat, ColdFusion); passwords were encrypted with one 3DES key in ECB mode, not hashed, and password
# hints were stored in plain text; a file of about 153 million records was posted in November 2013; about 38 million
# active users were affected.
S.append(dict(url="https://en.wikipedia.org/wiki/Adobe_Inc.#2013_security_breach",
people=["Drulund Dragomir", "Elavex Galmae", "Elanalt Fenwick-Oduya", "Ludovico Abramczyk"],
blame="""
B failure-verb | Elavex left the old customer DB on the one 3DES key for years because the migration "wasn't in scope".
B counterfactual | If the identity team had moved to salted hashes in 2010 like they were told, the dump is useless to anyone.
B passive-agent | The backup server with the customer table was left exposed by platform ops after the datacentre move.
B competence | ECB mode. plain-text hints. in 2013. at a security vendor's partner. what are these people even paid for
B group-blame | the board heard about password storage risk and shrugged
B sarcasm | "industry standard encryption" lol, Ludovico, it's one key and a crossword of hints
B character | Drulund cared more about the press line than about the customers, that was obvious on the call.
B hindsight | Obvious in hindsight that an unowned backup host was the way in; any pen tester would have found it.
O system-failure | The account store encrypted every password with one key in ECB mode, so equal passwords gave equal ciphertext.
O system-should | The asset register should have listed the old backup server so it got patched with everything else.
O actor-neutral | Elanalt reset the passwords of the affected accounts and mailed their owners on 3 October.
O neutral-fact | A file with about 153 million user records was posted online in November 2013.
O credit | Ludovico spotted the source code archive on the attackers' server, which showed what else had been taken.
O policy-subject | The retention plan, which Elavex had drafted, kept inactive accounts and their hints with no end date.
O agentless-passive | Customers were told by e-mail and by a public statement from the security chief.
O action-item | Action for Elanalt: list every system that still stores reversible passwords, due end of month.
""",
actions="""
Y Y N PREVENTS | Web operations | 2013-12-31 | Take the old backup servers off the network and confirm with an external scan that none still answers.
N N N PARTIAL | we | | Be more secure with customer data.
Y Y Y PREVENTS | Elanalt Fenwick-Oduya | 2013-11-30 | Store every password as a salted bcrypt hash and delete the 3DES column and the hint field.
N Y Y PARTIAL | Elavex | | Patch things faster.
Y Y N DETECTS | Security operations | | Page on-call when more than 1 GB leaves the customer database network in an hour.
N N N DETECTS | | | Watch out for attackers.
Y N N PARTIAL | Asset management | 2014-02-28 | Put every internet-facing host in the asset register with a named patch owner.
N Y N PREVENTS | Board | | Make security a priority.
Y Y Y DETECTS | Ludovico Abramczyk | 2014-01-15 | Run a penetration test of all customer-facing services every quarter and report open findings to the board.
Y Y N PARTIAL | Customer services | 2013-11-15 | Send every affected customer a letter saying which of their data was taken, and report the number sent.
N Y Y PARTIAL | Drulund Dragomir | | Work on comms for next time.
""",
ww="""
C | Passwords of the affected accounts were reset within a day of the discovery.
C | Customers got an e-mail the same week with steps to change passwords used elsewhere.
V | Great response under pressure from the whole team.
"""))

# 6. Morrisons payroll data leak, 2014: a senior internal auditor, angry after a disciplinary, copied payroll data of
# about 100,000 staff from a USB stick he was given for the external audit and posted it online in January 2014;
# the company was later held not vicariously liable (UK Supreme Court, 2020).
S.append(dict(url="https://en.wikipedia.org/wiki/WM_Morrison_Supermarkets_plc_v_Various_Claimants",
people=["Orovex Ruthven-Kaye", "Galmund Belrick", "Zenaida Quillinan", "Mirveth Mwangi-Holt"],
blame="""
B failure-verb | Galmund handed the full payroll file over on a USB stick and never asked for it back.
B passive-agent | The extract was approved by the payroll manager without any check on what was in it.
B counterfactual | if HR had flagged the disciplinary to IT security he would never have been near the payroll export
B group-blame | the audit department treated 100k people's bank details like a spreadsheet of shelf prices
B character | Mirveth is careless with anything that isn't his own budget, everyone on the floor knows it
B sanction | Whoever cleared that USB transfer should have been walked out the same week.
B human-error | Root cause: human error in payroll data handling.
B rhetorical-question | seriously, who gives a full unmasked payroll to someone on a final warning?
O system-failure | The payroll system failed to mask bank details in the extract it produced for the auditors.
O system-should | The data export tool should have required a second approver for any file with more than 1,000 staff records.
O actor-neutral | Zenaida noticed the file had been posted on a sharing site and reported it to the data team at 08:50.
O neutral-fact | Names, addresses, bank details and salaries of about 100,000 staff were posted.
O policy-subject | The audit data procedure, last updated by Orovex in 2011, let files go out unencrypted on removable media.
O agentless-passive | The site hosting the file was contacted and the file was taken down the same day.
O credit | huge thanks Galmund for sitting with the police forensics team through the weekend
O meta-blameless | Facilitator: the question isn't "who was careless", it's why one person could take a full payroll out on a stick.
""",
actions="""
Y Y N PREVENTS | IT security | 2014-06-30 | Block copying payroll files to USB storage on all finance workstations, and test the block on five machines.
N N N PARTIAL | we | | Be more careful who we trust.
Y Y Y PREVENTS | Zenaida Quillinan | 2014-05-31 | Mask bank details and salaries in every payroll extract sent to auditors unless a named director signs an exception.
N Y Y DETECTS | Galmund | | Check who has payroll data.
Y Y N DETECTS | Data protection team | | Search the main paste and file sharing sites daily for the payroll file's header and alert on a match.
N N N PARTIAL | | | Tighten HR processes.
Y Y Y PARTIAL | Orovex Ruthven-Kaye | 2014-04-30 | Add a step to the disciplinary process that reviews the employee's data access within 48 hours of a warning.
N Y N PARTIAL | HR | | Support staff affected by the leak.
Y N N DETECTS | | 2014-09-30 | Log every payroll export with the requester and the row count, and review the log monthly.
N Y Y PREVENTS | Mirveth Mwangi-Holt | | Make sure audit data is safe.
N Y N DETECTS | everyone | | Speak up if you see data where it shouldn't be.
""",
ww="""
C | The posted file was taken down the same day it was found.
C | Affected staff were told within a day and offered identity protection.
V | People really looked out for each other.
"""))

# 7. Flexcoin, March 2014: a small bitcoin bank lost 896 BTC when an attacker exploited a race condition in its
# internal transfer code, sending many transfers at once so the balance check passed before the debit; the bank closed.
S.append(dict(url="https://en.wikipedia.org/wiki/Flexcoin",
people=["Druveth Ijeoma-Lund", "Savzane Brannigan", "Veldrim Nysiva", "Galoda Padmanathan"],
blame="""
B failure-verb | Galoda wrote the transfer code with no lock on the balance row and never load tested it.
B competence | a junior dev would know you don't check-then-debit without a transaction. this was amateur hour
B counterfactual | If Savzane had put the hot wallet limit in like she said in January we'd have lost 20 BTC, not 896.
B passive-agent | The hot wallet was topped up by Druveth that morning with far more than the daily limit.
B sarcasm | cool, so the "bank" was a PHP script and a prayer
B mistake-attribution | Big mistakes were made by the founders in how money moved between users.
B hindsight | everyone saw the race in the Mt Gox threads a week earlier and still nobody here checked our code
B group-blame | devs here never write tests. ever.
O system-failure | The internal transfer endpoint did not lock the sender's balance, so parallel transfers all passed the check.
O system-should | The hot wallet should have refused any withdrawal that took it above the daily outflow limit.
O actor-neutral | Veldrim stopped withdrawals at 02:40 when the cold storage sweep showed the hot wallet empty.
O neutral-fact | 896 BTC left the hot wallet; the coins in cold storage were not touched.
O self-report | I wrote the transfer handler in a week and there was no review step for anything in that repo.
O system-counterfactual | A database transaction around the check and the debit would have turned the burst into one failed transfer after another.
O agentless-passive | The site was closed and cold-storage coins were returned to their owners.
O credit | Savzane traced the burst of transfers in the logs within two hours, which showed it was the race.
""",
actions="""
Y Y N PREVENTS | Backend | 2014-03-20 | Wrap the balance check and debit of every transfer in one serialisable transaction and add a test that fires 100 parallel transfers.
N N N PARTIAL | we | | Write better code.
Y Y Y PREVENTS | Savzane Brannigan | 2014-03-15 | Hold no more than 25 BTC online; move any surplus offline by a sweep job each hour.
N Y Y DETECTS | Galoda | | Look at the logs more.
Y Y N DETECTS | Operations | | Alert when outgoing transfers exceed 10 BTC in any 10-minute window.
N N N PARTIAL | | | Be a lot more secure with coins.
Y N Y DETECTS | Veldrim Nysiva | 2014-04-30 | Have an outside firm review every code path that moves coins and fix the findings before reopening.
Y Y N PARTIAL | Founders | 2014-03-10 | Publish the exact amount lost, the cause and the date withdrawals from cold storage open.
N Y Y PARTIAL | Druveth Ijeoma-Lund | | Get on top of wallet management.
Y Y N PARTIAL | | 2014-03-31 | Publish the list of affected accounts and the amount returned to each from cold storage.
N Y N DETECTS | everyone | | Watch what people post about withdrawals.
""",
ww="""
C | Withdrawals were stopped as soon as the sweep showed the hot wallet was empty, so cold storage was safe.
V | Great transparency.
V | We stayed positive.
"""))

# 8. Browns Ferry nuclear plant cable fire, 22 March 1975, Alabama: workers sealing air leaks in the cable spreading
# room used a candle flame to find drafts; the polyurethane foam seal caught fire and burned cables for about seven
# hours, disabling emergency core cooling controls on Unit 1; the reactor was cooled by improvised means; no release.
S.append(dict(url="https://en.wikipedia.org/wiki/Browns_Ferry_Nuclear_Plant#1975_fire",
people=["Ixnalt Belveth-Belzane", "Wendrim Obiakor", "Zothorn Valdarno", "Karic Fortnum-Baptiste"],
blame="""
B failure-verb | Zothorn held a lit candle to foam in a cable room. he ignored every bit of common sense he had.
B passive-agent | The candle test was signed off by the shift foreman as if it were a normal leak check.
B counterfactual | if the electricians had bothered to use a smoke pencil we'd never have lost the cooling controls
B human-error | Cause of fire: human error by an electrician's aide during leak testing.
B group-blame | that maintenance crew had been doing stupid stuff with flames for months
B hindsight | You didn't need an engineer to see that fire and polyurethane foam don't mix.
B sanction | The aide and his foreman deserved to be fired on the spot.
B rhetorical-question | What was the plant superintendent doing while his crews played with candles for months?
O system-failure | The foam used to seal the cable penetrations burned readily and carried the fire through the wall.
O system-should | The cable trays for redundant safety systems should have been separated so one fire could not reach both.
O actor-neutral | Wendrim called the fire department from the control room after the first extinguishers did not put out the fire.
O neutral-fact | The fire burned for about seven hours and damaged around 1,600 cables.
O policy-subject | The leak-testing procedure Ixnalt approved in 1974 did not say what method to use to find drafts.
O agentless-passive | The Unit 1 reactor was kept cooled with condensate pumps and relief valves operated by hand.
O credit | Karic kept the water level above the core for hours with what controls were left, good work
O meta-blameless | Note for the draft: keep the candle in the timeline, drop "careless aide" from the causes; the question is why flame testing was normal.
""",
actions="""
Y Y N PREVENTS | Plant engineering | 1975-09-30 | Ban open flames for leak testing and issue smoke generators to every crew that seals penetrations.
N N N PARTIAL | we | | No more naked flames, guys.
Y Y Y PREVENTS | Ixnalt Belveth-Belzane | 1975-12-31 | Replace the foam in all cable penetrations with a fire-rated seal and test three samples to the three-hour standard.
N Y Y PARTIAL | Zothorn | | Follow procedures.
Y N N PARTIAL | Design | | Route the cables of redundant safety trains through separate rooms or behind 3-hour fire barriers.
N N N DETECTS | | | Improve fire awareness.
Y Y N DETECTS | | 1975-08-31 | Install smoke detectors in the cable spreading room wired to an alarm in the control room.
N Y N DETECTS | Fire brigade | | Respond faster next time.
Y Y Y PARTIAL | Wendrim Obiakor | 1975-07-31 | Agree with the county fire department when they may use water on energised cables, and drill it once a year.
N Y N PARTIAL | Operations | | Be ready for anything.
N Y Y PREVENTS | Karic Fortnum-Baptiste | | Sort out the cable room.
""",
ww="""
C | Operators kept Unit 1's core covered using condensate pumps after the emergency cooling controls were lost.
V | Outstanding teamwork on shift.
V | Everyone remained calm.
"""))

# 9. RMS Titanic, 14-15 April 1912: ice warnings from other ships received by the wireless room; lookouts without
# binoculars; iceberg sighted at about 23:40; lifeboats for about half of those on board; Californian nearby with its
# wireless shut down for the night; about 1,500 died.
S.append(dict(url="https://en.wikipedia.org/wiki/Sinking_of_the_Titanic",
people=["Savpell Kilbride-Nwosu", "Fenmund Vasquez-Pryor", "Zoquorn Larkworthy", "Theophila Miroda"],
blame="""
B failure-verb | The wireless operator brushed off the last ice warning and told the Mesaba's man to shut up.
B counterfactual | Had the captain slowed down after the first ice warning, that berg is seen in time.
B passive-agent | The ice reports were not passed to the bridge by the wireless room, they sat on a spike.
B group-blame | The White Star officers were arrogant, they thought the ship couldn't sink.
B character | Zoquorn was a showman who wanted a fast crossing for the papers.
B competence | a competent watch officer would have had the lookouts given glasses before leaving Southampton
B nobody-blame | Nobody on the Californian bothered to wake the wireless man when they saw the rockets.
B sarcasm | 'unsinkable', they said. brilliant planning, lads
O system-failure | The watertight bulkheads did not reach high enough, so water spilled from one compartment into the next.
O system-should | The wireless room should have had a rule to carry every ice warning to the bridge straight away.
O actor-neutral | Fenmund, on lookout, rang the bell three times and phoned the bridge: "Iceberg right ahead."
O neutral-fact | There were lifeboats for about 1,178 people and about 2,200 on board.
O policy-subject | The Board of Trade rules, which Savpell had to follow, set lifeboat numbers by tonnage, not by passengers.
O agentless-passive | Distress rockets were fired from about 00:45 and seen by a ship on the horizon.
O credit | Theophila kept sending CQD and SOS until the power failed, which brought the Carpathia in
O system-counterfactual | With a 24-hour wireless watch on every ship, the Californian would have heard the calls.
""",
actions="""
Y Y N PREVENTS | Board of Trade | 1913-01-31 | Require lifeboat places for every person on board for any passenger ship leaving a British port.
N N N PARTIAL | we | | Never be so proud again.
Y Y Y DETECTS | Theophila Miroda | 1912-12-31 | Keep a wireless watch 24 hours a day on every passenger ship, logged by the hour.
N Y Y PARTIAL | Zoquorn | | Navigate more carefully in ice.
Y N N DETECTS | International Ice Patrol | 1913-06-30 | Patrol the North Atlantic ice region in the season and broadcast ice positions twice a day.
N N N PREVENTS | | | Build better ships.
Y Y Y PARTIAL | Fenmund Vasquez-Pryor | | Hold a boat drill on the first day of every voyage, with each passenger told their boat number.
Y Y N DETECTS | Lookouts | | Issue binoculars to the crow's nest on every watch and record their issue in the log.
N Y Y PARTIAL | Savpell Kilbride-Nwosu | | Take ice warnings seriously.
Y Y N PREVENTS | | | Extend the watertight bulkheads to the upper deck on the sister ships before they sail.
N Y N PARTIAL | everyone | | Remember the Titanic.
""",
ww="""
C | Theophila's distress calls brought the Carpathia, which picked up about 700 survivors.
C | The lookout's phone report reached the bridge within seconds, and the turn started at once.
V | The band played on, very brave.
"""))

# 10. Halifax explosion, 6 December 1917: the French munitions ship Mont-Blanc, carrying picric acid, TNT and benzol,
# collided in the Narrows with the Norwegian ship Imo; a fire started; about 20 minutes later the ship exploded;
# about 2,000 killed and 9,000 injured; a railway dispatcher sent a warning to stop an
# incoming train (the people here are invented).
S.append(dict(url="https://en.wikipedia.org/wiki/Halifax_Explosion",
people=["Lorthorn Rasmussen-Achebe", "Rasric Ouellette-Bray", "Lordrim Hammerbeck", "Anatole Quisenberry"],
blame="""
B failure-verb | The Imo's pilot kept to the wrong side of the Narrows and refused to give way.
B counterfactual | if the harbour master had sent Mont-Blanc in alone none of this happens
B passive-agent | The munitions ship was let in by naval control with no warning to the town at all.
B group-blame | Both crews were pig-headed, blowing whistles at each other instead of steering.
B sanction | That pilot should have been locked up, and the inquiry got it right when it charged him.
B rhetorical-question | How did Rasric let a floating bomb into a busy harbour without a flag on her?
B timeline-blame | 08:45 - Mont-Blanc crew abandon ship, no warning given to the shore
B human-error | Primary cause: navigational error by the pilots.
O system-failure | The Mont-Blanc's deck cargo of benzol caught fire after the collision and could not be put out.
O system-should | Harbour rules should have kept munitions ships and outgoing traffic apart in the Narrows.
O actor-neutral | Lordrim, at the railway yard, telegraphed the incoming train to stop before the blast.
O neutral-fact | About 2,000 people died and about 9,000 were injured.
O policy-subject | Wartime secrecy, which Anatole's office applied, kept munitions ships from flying the red flag.
O agentless-passive | Relief trains were sent from Boston within a day.
O credit | Lorthorn ran the first aid station at the school for two days through the blizzard
O meta-blameless | The inquiry blamed the pilots; our write-up should ask why a munitions ship and a departing ship met in the Narrows at all.
""",
actions="""
Y Y N PREVENTS | Naval control | 1918-01-31 | Let no ship leave through the Narrows while a munitions ship is moving in, and log each clearance.
N N N PARTIAL | we | | Take more care in the harbour.
Y Y Y DETECTS | Lordrim Hammerbeck | 1918-02-28 | Set up a telegraph alarm from the harbour to the railway and the fire stations, tested once a week.
N Y Y PARTIAL | Rasric | | Improve harbour rules.
Y N N PARTIAL | | 1918-03-31 | Require munitions ships to fly a red flag in the harbour during wartime.
N N N PREVENTS | | | Stop this from happening again.
Y Y N DETECTS | Fire department | | Keep a fire boat with foam on station near the Narrows whenever munitions ships are in.
N Y N PARTIAL | Pilots | | Communicate better.
N Y Y DETECTS | Anatole Quisenberry | | Look into warning systems.
Y Y Y PARTIAL | Lorthorn Rasmussen-Achebe | | Write a city casualty plan with named hospitals and shelters and run it as an exercise each year.
N Y N PARTIAL | everyone | | Be ready for the worst.
""",
ww="""
C | The telegraph warning stopped the incoming train outside the blast zone.
V | The whole city came together, really.
V | Amazing resilience.
"""))

# 11. NOAA-N Prime satellite, 6 September 2003, Lockheed Martin Sunnyvale: the satellite fell from its turn-over cart
# because 24 bolts holding an adapter plate had been removed by another team and the crew did not check; repair cost
# about 135 million dollars; launched in 2009 as NOAA-19.
S.append(dict(url="https://en.wikipedia.org/wiki/NOAA-19",
people=["Savdrim Ferreira-Lunde", "Rasthorn Nydrim", "Nytosh Aksoyova", "Orothorn Delacroix-Mba"],
blame="""
B failure-verb | The crew never checked the bolts. They just tilted a 135 million dollar satellite and hoped.
B passive-agent | The 24 bolts were taken out by the other shift and it was not written down.
B counterfactual | if Rasthorn had looked at the adapter plate before the turn, it doesn't fall
B competence | these were supposed to be experts and they couldn't do a walk-around
B group-blame | the technicians got sloppy, plain and simple
B human-error | Cause: operator error during handling of the spacecraft.
B sarcasm | turns out "I assumed it was bolted" is not a procedure
B self-blame | I was the one who said we could skip the bolt check to stay on schedule. I'm sorry.
O system-failure | The turn-over cart had no interlock to stop it being rotated without the adapter bolts in place.
O system-should | The handling procedure should have required a check of the adapter bolts just before each rotation.
O actor-neutral | Nytosh stopped the crane work and called the quality lead after the satellite hit the floor at 07:15.
O neutral-fact | The satellite fell about 90 cm from the cart and was badly damaged.
O policy-subject | The work order Orothorn used did not show that another team had removed the bolts.
O agentless-passive | The satellite was rebuilt and launched in 2009 as NOAA-19.
O self-report | I followed the step list as written; the bolts were not in the list.
O credit | Savdrim got the damage survey done and photographed before anything was moved, which saved weeks
""",
actions="""
Y Y N PREVENTS | Integration & test | 2003-12-31 | Add a step to check and sign that all adapter bolts are in place before any rotation of the cart.
N N N PARTIAL | we | | Pay more attention on the floor.
Y Y Y PREVENTS | Nytosh Aksoyova | 2003-11-30 | Keep a log of every fastener removed from the cart, signed when removed and when put back.
N Y Y PARTIAL | Rasthorn | | Be more careful.
Y Y N PARTIAL | Quality | | Require a quality inspector to be present at each satellite move.
N N N DETECTS | | | Improve safety culture.
Y Y Y DETECTS | Orothorn Delacroix-Mba | 2004-01-31 | Fit the cart with a sensor that shows red when the adapter plate is not fully bolted.
Y Y N PARTIAL | Technicians | | Hand over every open work item at shift change on a signed sheet that lists removed parts.
Y N N PARTIAL | | 2004-03-31 | Review all handling procedures at the site against the fall and list changes.
N Y Y DETECTS | Savdrim Ferreira-Lunde | | Look at the cart.
N Y N PARTIAL | everyone | | Stop and think.
""",
ww="""
C | The damage survey was done before anything moved, so the rebuild had good data.
V | Great teamwork after the fall.
C | The quality lead stopped all handling at the site until a new check was in place.
"""))

# 12. Oroville Dam spillway, February 2017, California: the main spillway chute eroded during high flows; the
# emergency spillway was used for the first time and eroded; about 188,000 people evacuated on 12 February; the forensic
# team pointed to design and long-term organisational issues.
S.append(dict(url="https://en.wikipedia.org/wiki/Oroville_Dam_crisis",
people=["Fenpell Mukherjee-Olds", "Velsiva Tonnesen", "Fenbelt Abernethy-Sow", "Wenveth Kwarteng"],
blame="""
B failure-verb | DWR engineers ignored the cracks in the chute for years; they just patched them.
B counterfactual | If Fenbelt had pushed for the armoured emergency spillway in 2005, nobody has to evacuate.
B passive-agent | The request to armour the emergency spillway was turned down by the state water department.
B group-blame | the dam people were complacent. they thought it was fine because it had always been fine
B hindsight | anyone could see that a hillside of dirt was not a spillway
B character | Velsiva's arrogance made it impossible to raise concerns.
B sarcasm | "the emergency spillway is safe", they said. great call, team
B rhetorical-question | why did state inspectors keep signing off a chute they never really looked under?
O system-failure | The spillway chute's slab failed to hold under high flow because of poor drainage and thin concrete.
O system-should | The inspection programme should have included the foundation under the chute, not only the surface.
O actor-neutral | Wenveth ordered the evacuation of Oroville at 16:30 after the erosion of the emergency spillway was reported.
O neutral-fact | About 188,000 people were evacuated on 12 February.
O policy-subject | The 2005 license review, which Fenpell worked on, accepted the emergency spillway as it was.
O agentless-passive | Flows on the main spillway were raised to lower the lake despite the damage.
O credit | Velsiva got the helicopters dropping rock bags on the eroded weir within a day.
O meta-blameless | Sticky note: not "engineers were lazy" - what in the inspection rules let the foundation go unchecked for 50 years?
""",
actions="""
Y Y N PREVENTS | Dam safety | 2018-11-01 | Rebuild the main spillway chute with reinforced concrete, drains and anchors to the new design, and certify it before the next wet season.
N N N PARTIAL | we | | Learn from Oroville.
Y Y Y DETECTS | Wenveth Kwarteng | 2017-10-31 | Write an evacuation plan for the Oroville area with routes and a siren test twice a year.
N Y Y PARTIAL | Fenbelt | | Look at other dams.
Y N N DETECTS | State inspectors | | Inspect the foundations under spillways at every large dam in the state every five years.
N N N PARTIAL | | | Fix the culture.
Y Y N PREVENTS | | 2019-01-31 | Armour the emergency spillway with a concrete cutoff wall.
N Y N PARTIAL | Engineering | | Be more careful in design reviews.
N Y Y DETECTS | Velsiva Tonnesen | | Watch the spillway.
N Y N PARTIAL | Management | | Listen to concerns.
Y Y Y PARTIAL | Fenpell Mukherjee-Olds | 2018-06-30 | Publish an independent review of the 2005 license decision on the emergency spillway.
""",
ww="""
C | The evacuation order went out in time and no one was injured.
V | Good teamwork from the agencies.
V | Great effort from the crews.
"""))

# 13. Citicorp Center, 1978, New York: a student's question led the structural engineer to check quartering winds;
# the bracing joints had been bolted instead of welded; the building could fail in a storm expected about once in
# 16 years; welded plates were added at night in secret; Hurricane Ella threatened; the public learned in 1995.
S.append(dict(url="https://en.wikipedia.org/wiki/Citigroup_Center",
people=["Savthorn Vanderkamp", "Adalbert Yarbelt", "Beldrim Pimbelt", "Quibelt Okonjo-Pratt"],
blame="""
B failure-verb | Adalbert changed the welds to bolts to save money and never told the engineer.
B passive-agent | The switch to bolted joints was approved by the builder's office without a new calculation.
B counterfactual | if Quibelt had checked the quartering winds in 1974 none of this night welding is needed
B competence | The firm that designed a 59-storey tower and forgot diagonal wind was not up to it.
B group-blame | the contractors cut corners and the designers didn't check. classic
B mistake-attribution | Mistakes were made by the engineering team in the wind load study.
B hindsight | Anyone with a textbook could see the stilts at mid-side would take diagonal winds badly.
B sanction | someone should have lost their licence for this
O system-failure | The bolted joints could not take the load from a diagonal wind as strong as a 16-year storm.
O system-should | The design review should have checked every wind direction, not only winds at right angles.
O actor-neutral | Beldrim called the engineer's office after her class found the diagonal wind case.
O neutral-fact | Steel plates were welded over about 200 bolted joints at night over several weeks.
O policy-subject | The city building code used at the time only required perpendicular wind checks.
O agentless-passive | An evacuation plan for the area around the tower was prepared while the welding went on.
O credit | Savthorn went to the bank with the bad news herself, which got the repair started within days.
O quoted-question | The student's question, "what about wind from the corner?", is what started the review.
""",
actions="""
Y Y N PREVENTS | Structural engineering | 1978-10-31 | Weld steel plates over every bolted bracing joint and inspect each weld.
N N N PARTIAL | we | | Think harder about design changes.
Y Y Y PREVENTS | Savthorn Vanderkamp | 1978-09-30 | Require that any change to a joint in the structure goes back to the engineer of record for a signed calculation.
N Y Y PARTIAL | Adalbert | | Talk to the engineers more.
Y Y N DETECTS | | | Fit strain gauges on the bracing and send readings to a control room during storms.
N N N DETECTS | | | Watch the tower.
Y N N PARTIAL | Building department | 1979-06-30 | Add quartering wind checks to the city code for towers over 30 floors.
Y Y N PARTIAL | Contractors | | Submit every substitution of a welded joint by a bolted one to the engineer for written approval.
Y Y Y DETECTS | Quibelt Okonjo-Pratt | 1978-08-31 | Run a wind tunnel test of the tower model in all directions and report any joint over its limit.
N Y N PARTIAL | everyone | | Ask more questions.
N Y Y PREVENTS | Beldrim Pimbelt | | Review the design again.
""",
ww="""
C | The student's question reached the engineer of record, who checked the diagonal case within weeks.
C | The weld repair was finished before the storm season ended.
V | Great honesty all round.
"""))

# 14. Sunshine Skyway Bridge, 9 May 1980, Tampa Bay: the freighter Summit Venture hit a pier in a sudden storm with no
# visibility; about 370 m of the southbound span fell; 35 people died, mostly in a bus; the pilot was cleared; the new
# bridge has pier protection.
S.append(dict(url="https://en.wikipedia.org/wiki/Sunshine_Skyway_Bridge",
people=["Rasdrim Bakshi", "Caterina Lindqvist-Ode", "Elaric Belmae", "Orosiva Pemberton-Su"],
blame="""
B failure-verb | The pilot kept going into a squall he couldn't see through. That's the whole story.
B counterfactual | if Elaric had dropped anchor when the rain came, 35 people are alive
B passive-agent | The decision to keep the ship moving was made by the pilot alone.
B group-blame | the harbour pilots were too proud to stop for weather
B character | Rasdrim always pushed his luck in the channel, everyone said so.
B human-error | Cause listed in the first report: pilot error in poor visibility.
B sarcasm | yeah, sure, "act of God". God wasn't steering the ship
B nobody-blame | Nobody in the bridge authority thought to put fenders around the piers in 25 years.
O system-failure | The pier had no fender system and could not take the impact of a loaded freighter.
O system-should | The bridge should have had lights or gates that closed the road when a pier was hit.
O actor-neutral | Caterina, on the bridge deck, stopped cars at the edge and waved them back.
O neutral-fact | About 370 metres of the southbound span fell into the bay.
O policy-subject | The pilotage rules Orosiva enforced did not say when to stop a ship for weather in the channel.
O agentless-passive | The new bridge was built with large concrete islands around each pier.
O credit | Orosiva had the coast guard there within minutes and the divers in the water soon after.
O system-counterfactual | With radar able to see through the squall, the channel markers would have been visible.
""",
actions="""
Y Y N PREVENTS | Bridge design | 1982-12-31 | Build concrete islands around each main pier of the new bridge that can stop a loaded freighter.
N N N PARTIAL | we | | Be more careful in bad weather.
Y Y Y PREVENTS | Orosiva Pemberton-Su | 1981-03-31 | Write a rule that ships stop or anchor when visibility in the channel is under half a mile, and train every pilot on it.
N Y Y PARTIAL | Elaric | | Navigate more safely.
Y N N DETECTS | Traffic authority | | Put sensors on the piers that close gates on the road when a pier is hit.
N N N DETECTS | | | Watch the weather.
N Y N PARTIAL | Pilots association | | Improve pilot training.
Y Y Y DETECTS | Caterina Lindqvist-Ode | 1981-06-30 | Install radar with a weather mode on all pilot boats and test it in heavy rain.
N Y N PARTIAL | everyone | | Stay safe on the bridge.
Y Y N PARTIAL | | 1980-12-31 | Publish the investigation findings and the list of changes.
N Y Y DETECTS | Rasdrim Bakshi | | Look at the channel markers.
""",
ww="""
C | Caterina stopped cars at the edge of the fallen span, which saved lives.
V | The rescue was heroic.
V | Tampa showed great spirit, honestly.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]
